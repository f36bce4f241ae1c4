//! `.BTF.ext` of clang's objects: per code section, its `func_info` records (the instruction
//! each function starts at, with its BTF `FUNC` type), `line_info` records (the
//! instruction where a C file, line and column start, and BTF's copy of the line's text) and
//! `core_relo` records (an instruction a CO-RE relocation rewrites, `struct bpf_core_relo`), as
//! libbpf reads them before passing them to `BPF_PROG_LOAD` (`struct btf_ext_header` in
//! libbpf's `libbpf_internal.h`, `struct bpf_func_info` / `struct bpf_line_info` in
//! `include/uapi/linux/bpf.h`). Names and text are offsets into `.BTF`'s string section.
//!
//! In an object the instruction offsets are bytes from the start of the section, each with an
//! `R_BPF_64_NODYLD32` relocation against the section symbol (value 0); the relocations are
//! applied all the same, so that one against a function symbol gives its value too. A line
//! holds from its record's instruction up to the next record's, as the kernel's
//! `find_linfo` reads it. Reading never panics: a malformed `.BTF.ext` reads as `None`.

use std::collections::HashMap;

use crate::btf::Btf;
use crate::object::{Object, RelocKind, RelocTarget};

const MAGIC: u16 = 0xeb9f;
/// `struct bpf_func_info`: `insn_off`, `type_id`.
const FUNC_INFO_MIN: usize = 8;
/// `struct bpf_line_info`: `insn_off`, `file_name_off`, `line_off`, `line_col`.
const LINE_INFO_MIN: usize = 16;
/// `struct bpf_core_relo`: `insn_off`, `type_id`, `access_str_off`, `kind`.
const CORE_RELO_MIN: usize = 16;
/// The header length from which it has the `core_relo` block's offset and length.
const HDR_WITH_CORE: usize = 32;

/// One CO-RE relocation: the instruction it rewrites and what it asks of the target
/// kernel's types (`struct bpf_core_relo` in `include/uapi/linux/bpf.h`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CoreRelo {
    /// Byte offset of the instruction in the section.
    pub offset: u64,
    /// The local (object's `.BTF`) root type.
    pub type_id: u32,
    /// The access string's offset in `.BTF`'s strings ("0:1:2").
    pub access_off: u32,
    /// `enum bpf_core_relo_kind`.
    pub kind: u32,
}

/// Where a C line starts in a code section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineInfo {
    /// Byte offset in the section.
    pub offset: u64,
    /// The file name's offset in `.BTF`'s strings ([`LineInfo::file`]): read only for a
    /// line a diagnostic shows.
    pub file_off: u32,
    /// The offset of BTF's copy of the source line ([`LineInfo::text`]).
    pub text_off: u32,
    /// 1-based; 0 when the compiler knew none.
    pub line: u32,
    /// 1-based; 0 when the compiler knew none.
    pub column: u32,
}

impl LineInfo {
    /// The C file's name, from `btf`, the `.BTF` the records were read with (which checked it).
    pub fn file<'b>(&self, btf: &'b Btf) -> &'b str {
        btf.string(self.file_off).unwrap_or_default()
    }

    /// BTF's copy of the source line, from `btf` as for [`LineInfo::file`].
    pub fn text<'b>(&self, btf: &'b Btf) -> &'b str {
        btf.string(self.text_off).unwrap_or_default()
    }
}

/// Where a function starts in a code section, and its BTF type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FuncInfo {
    pub offset: u64,
    pub type_id: u32,
}

/// An object's `.BTF.ext`, by code section name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BtfExt {
    pub funcs: HashMap<String, Vec<FuncInfo>>,
    /// Ordered by offset.
    pub lines: HashMap<String, Vec<LineInfo>>,
    /// Per code section in the order `.BTF.ext` lists them, each section's records in the
    /// object's order (libbpf applies them so, and numbers them `relo #N` in their section).
    pub core: Vec<(String, Vec<CoreRelo>)>,
}

impl BtfExt {
    /// Reads `object`'s `.BTF.ext` (with `.BTF` for the strings); `None` when it has none or
    /// either is malformed.
    pub fn of(object: &Object) -> Option<BtfExt> {
        let btf = Btf::parse(&object.sections.iter().find(|s| s.name == ".BTF")?.data)?;
        BtfExt::of_with(object, &btf)
    }

    /// [`BtfExt::of`] with the object's `.BTF` already parsed.
    pub fn of_with(object: &Object, btf: &Btf) -> Option<BtfExt> {
        let index = object.sections.iter().position(|s| s.name == ".BTF.ext")?;
        let data = relocated(object, index)?;
        parse(&data, btf)
    }

    /// The C line of byte `offset` of section `section`: the last record at or before it.
    pub fn line_at(&self, section: &str, offset: u64) -> Option<&LineInfo> {
        let lines = self.lines.get(section)?;
        let i = lines.partition_point(|l| l.offset <= offset);
        lines.get(i.checked_sub(1)?)
    }

    /// Whether a `func_info` record starts a function at byte `offset` of `section`.
    pub fn has_func_info(&self, section: &str, offset: u64) -> bool {
        self.func_at(section, offset).is_some()
    }

    /// The `func_info` record of the function at byte `offset` of `section`.
    pub fn func_at(&self, section: &str, offset: u64) -> Option<FuncInfo> {
        self.funcs
            .get(section)?
            .iter()
            .find(|f| f.offset == offset)
            .copied()
    }
}

/// The bytes of section `index` with its 32-bit relocations applied (symbol value added).
fn relocated(object: &Object, index: usize) -> Option<Vec<u8>> {
    let section = &object.sections[index];
    let mut data = section.data.clone();
    for r in &section.relocs {
        if !matches!(r.kind, RelocKind::Bpf64NoDyld32 | RelocKind::Bpf64Abs32) {
            continue;
        }
        let value = match &r.target {
            RelocTarget::Section(_) => 0,
            RelocTarget::Symbol(name) => object
                .symbols
                .iter()
                .find(|s| &s.name == name && s.section.is_some())
                .map_or(0, |s| s.value),
        };
        let at = usize::try_from(r.offset).ok()?;
        let word = data.get_mut(at..at.checked_add(4)?)?;
        let old = u32::from_le_bytes(word.try_into().ok()?);
        word.copy_from_slice(&old.wrapping_add(value as u32).to_le_bytes());
    }
    Some(data)
}

fn u32_at(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(
        data.get(at..at.checked_add(4)?)?.try_into().ok()?,
    ))
}

/// The header, then the `func_info` and `line_info` blocks it points at.
fn parse(data: &[u8], btf: &Btf) -> Option<BtfExt> {
    let magic = u16::from_le_bytes(data.get(0..2)?.try_into().ok()?);
    if magic != MAGIC || *data.get(2)? != 1 {
        return None;
    }
    let hdr_len = u32_at(data, 4)? as usize;
    let block = |at: usize| -> Option<&[u8]> {
        let off = hdr_len.checked_add(u32_at(data, at)? as usize)?;
        let len = u32_at(data, at + 4)? as usize;
        data.get(off..off.checked_add(len)?)
    };
    let mut ext = BtfExt::default();
    for (section, all) in records(block(8)?, FUNC_INFO_MIN, btf)? {
        let funcs = ext.funcs.entry(section).or_default();
        funcs.reserve(all.len());
        for record in all {
            funcs.push(FuncInfo {
                offset: u32_at(record, 0)? as u64,
                type_id: u32_at(record, 4)?,
            });
        }
    }
    for (section, all) in records(block(16)?, LINE_INFO_MIN, btf)? {
        let lines = ext.lines.entry(section).or_default();
        lines.reserve(all.len());
        for record in all {
            let line_col = u32_at(record, 12)?;
            let (file_off, text_off) = (u32_at(record, 4)?, u32_at(record, 8)?);
            // Checked here, as a malformed record makes the whole `.BTF.ext` unreadable.
            btf.string(file_off)?;
            btf.string(text_off)?;
            lines.push(LineInfo {
                offset: u32_at(record, 0)? as u64,
                file_off,
                text_off,
                line: line_col >> 10,
                column: line_col & 0x3ff,
            });
        }
    }
    for lines in ext.lines.values_mut() {
        lines.sort_by_key(|l| l.offset);
    }
    if hdr_len >= HDR_WITH_CORE {
        for (section, all) in records(block(24)?, CORE_RELO_MIN, btf)? {
            let mut relos = Vec::with_capacity(all.len());
            for record in all {
                relos.push(CoreRelo {
                    offset: u32_at(record, 0)? as u64,
                    type_id: u32_at(record, 4)?,
                    access_off: u32_at(record, 8)?,
                    kind: u32_at(record, 12)?,
                });
            }
            ext.core.push((section, relos));
        }
    }
    Some(ext)
}

/// The records of one block: a record size, then per section its name offset, record
/// count and records. Each section's name is returned with its records.
type Records<'a> = Vec<(String, std::slice::ChunksExact<'a, u8>)>;

fn records<'a>(block: &'a [u8], min: usize, btf: &Btf) -> Option<Records<'a>> {
    let mut out = Vec::new();
    if block.is_empty() {
        return Some(out);
    }
    let size = u32_at(block, 0)? as usize;
    if size < min {
        return None;
    }
    let mut at = 4;
    while at < block.len() {
        let name = btf.string(u32_at(block, at)?)?.to_string();
        let count = u32_at(block, at + 4)? as usize;
        at += 8;
        let end = at.checked_add(count.checked_mul(size)?)?;
        let all = block.get(at..end)?;
        if count > 0 {
            out.push((name, all.chunks_exact(size)));
        }
        at = end;
    }
    Some(out)
}
