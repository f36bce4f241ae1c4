//! Relocatable EM_BPF ELF files (and flat instruction files) to [`Object`]s.
//!
//! The reader keeps everything [`write`](super::write) needs to reproduce an llvm-mc object
//! byte for byte: section order, flags, alignment, entry size, contents, relocations in file
//! order, the symbol table order (section symbols are recorded through
//! [`Section::symbols_before`] and [`Section::keep_section_symbol`]), the `STT_FILE` name and
//! the `.llvm_addrsig` list. What an [`Object`] cannot hold is dropped or refused:
//!
//! * dropped: a second `STT_FILE` symbol, the section type of
//!   sections other than PROGBITS/NOBITS/LLVM_ADDRSIG (they read as `Data`), `sh_link` and
//!   `sh_info` of such sections, and the position of `.llvm_addrsig` (always written last);
//! * refused with a [`ReadError`]: anything not ELF64 little-endian `ET_REL` `EM_BPF`,
//!   truncated or overlapping contents, RELA relocations, unknown relocation types, absolute
//!   or common symbols, symbol types other than NOTYPE/FUNC/OBJECT/SECTION/FILE.
//!
//! Reading never panics, whatever the bytes.

use super::{reloc_width, EM_BPF, SHT_LLVM_ADDRSIG};
use crate::btf::Btf;
use crate::object::*;
use goblin::container::{Container, Ctx, Endian};
use goblin::elf::{header, reloc::RelocSection, section_header as sh, sym, Elf, Symtab};
use std::collections::HashMap;
use std::fmt;

/// Why bytes are not a readable eBPF object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// No ELF magic.
    NotElf,
    /// ELF32.
    NotElf64,
    /// `ELFDATA2MSB` (bpfeb); only little-endian objects are supported.
    BigEndian,
    /// `e_machine` is not EM_BPF (247).
    WrongMachine(u16),
    /// `e_type` is not `ET_REL` (linked or shared objects).
    NotRelocatable(u16),
    /// A header, table or string lies (partly) outside the file or is malformed.
    Malformed { what: String },
    /// Two parts of the file overlap.
    Overlap { first: String, second: String },
    /// More than one `SHT_SYMTAB`.
    MultipleSymtabs,
    /// A symbol the object model cannot represent.
    UnsupportedSymbol {
        index: usize,
        name: String,
        reason: &'static str,
    },
    /// A relocation section of type `SHT_RELA` (BPF objects use `SHT_REL`).
    Rela { section: String },
    /// A relocation type that is not one of `RelocKind`.
    UnknownRelocType {
        section: String,
        offset: u64,
        r_type: u32,
    },
    /// A relocation whose symbol, section or offset is invalid.
    BadReloc {
        section: String,
        offset: u64,
        reason: String,
    },
    /// A raw instruction file whose length is not a multiple of 8.
    RawLength(usize),
}

impl ReadError {
    /// Stable kebab-case code.
    pub fn code(&self) -> &'static str {
        match self {
            ReadError::NotElf => "elf-not-elf",
            ReadError::NotElf64 => "elf-not-elf64",
            ReadError::BigEndian => "elf-big-endian",
            ReadError::WrongMachine(_) => "elf-wrong-machine",
            ReadError::NotRelocatable(_) => "elf-not-relocatable",
            ReadError::Malformed { .. } => "elf-malformed",
            ReadError::Overlap { .. } => "elf-overlap",
            ReadError::MultipleSymtabs => "elf-multiple-symtabs",
            ReadError::UnsupportedSymbol { .. } => "elf-unsupported-symbol",
            ReadError::Rela { .. } => "elf-rela",
            ReadError::UnknownRelocType { .. } => "elf-unknown-reloc-type",
            ReadError::BadReloc { .. } => "elf-bad-reloc",
            ReadError::RawLength(_) => "raw-length",
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::NotElf => write!(f, "not an ELF file"),
            ReadError::NotElf64 => write!(f, "ELF32 file; eBPF objects are ELF64"),
            ReadError::BigEndian => write!(
                f,
                "big-endian (bpfeb) object; only little-endian is supported"
            ),
            ReadError::WrongMachine(m) => write!(f, "e_machine is {m}, not EM_BPF (247)"),
            ReadError::NotRelocatable(t) => {
                write!(f, "e_type is {t}, not ET_REL (a relocatable object)")
            }
            ReadError::Malformed { what } => write!(f, "malformed ELF: {what}"),
            ReadError::Overlap { first, second } => write!(f, "{first} overlaps {second}"),
            ReadError::MultipleSymtabs => write!(f, "more than one symbol table"),
            ReadError::UnsupportedSymbol {
                index,
                name,
                reason,
            } => {
                write!(f, "symbol {index} `{name}`: {reason}")
            }
            ReadError::Rela { section } => {
                write!(f, "{section}: RELA relocations are not used by BPF")
            }
            ReadError::UnknownRelocType {
                section,
                offset,
                r_type,
            } => {
                write!(
                    f,
                    "{section}+{offset:#x}: unknown BPF relocation type {r_type}"
                )
            }
            ReadError::BadReloc {
                section,
                offset,
                reason,
            } => {
                write!(f, "{section}+{offset:#x}: {reason}")
            }
            ReadError::RawLength(n) => {
                write!(
                    f,
                    "raw instruction file of {n} bytes is not a whole number of 8-byte slots"
                )
            }
        }
    }
}

impl std::error::Error for ReadError {}

fn malformed(what: impl Into<String>) -> ReadError {
    ReadError::Malformed { what: what.into() }
}

/// The NUL-terminated UTF-8 string at `off` of `table`.
fn cstr<'a>(table: &'a [u8], off: usize, what: &str) -> Result<&'a str, ReadError> {
    let rest = table
        .get(off..)
        .ok_or_else(|| malformed(format!("{what}: string offset {off} out of range")))?;
    let end = rest
        .iter()
        .position(|&b| b == 0)
        .ok_or_else(|| malformed(format!("{what}: unterminated string")))?;
    std::str::from_utf8(&rest[..end]).map_err(|_| malformed(format!("{what}: name is not UTF-8")))
}

/// An `Elf64_Shdr`, read straight from its 64 little-endian bytes (goblin's parser costs
/// more than the rest of reading a clang object's headers).
struct SectionHeader {
    sh_name: usize,
    sh_type: u32,
    sh_flags: u64,
    sh_offset: u64,
    sh_size: u64,
    sh_link: u32,
    sh_info: u32,
    sh_addralign: u64,
    sh_entsize: u64,
}

impl SectionHeader {
    fn of(b: &[u8; 64]) -> SectionHeader {
        let u32_at = |o: usize| u32::from_le_bytes([b[o], b[o + 1], b[o + 2], b[o + 3]]);
        let u64_at = |o: usize| u64::from(u32_at(o)) | u64::from(u32_at(o + 4)) << 32;
        SectionHeader {
            sh_name: u32_at(0) as usize,
            sh_type: u32_at(4),
            sh_flags: u64_at(8),
            sh_offset: u64_at(24),
            sh_size: u64_at(32),
            sh_link: u32_at(40),
            sh_info: u32_at(44),
            sh_addralign: u64_at(48),
            sh_entsize: u64_at(56),
        }
    }

    /// The `count` headers at `offset` (`count` 0: the first header's `sh_size` says how
    /// many, as for more than `SHN_LORESERVE` sections).
    fn table(bytes: &[u8], offset: usize, count: usize) -> Result<Vec<SectionHeader>, ReadError> {
        let at = |k: usize| -> Result<SectionHeader, ReadError> {
            let start = offset.checked_add(k * 64);
            let b = start.and_then(|s| bytes.get(s..s.checked_add(64)?));
            let b = b.ok_or_else(|| malformed(format!("section header {k} outside the file")))?;
            Ok(SectionHeader::of(b.try_into().expect("64 bytes")))
        };
        let first = at(0)?;
        let count = if count == 0 {
            first.sh_size as usize
        } else {
            count
        };
        if count > bytes.len() / 64 {
            return Err(malformed(format!(
                "section headers: {count} do not fit in the file"
            )));
        }
        let mut all = Vec::with_capacity(count.max(1));
        all.push(first);
        for k in 1..count {
            all.push(at(k)?);
        }
        Ok(all)
    }
}

/// The file bytes of a section (empty for NOBITS).
fn contents<'a>(bytes: &'a [u8], h: &SectionHeader, what: &str) -> Result<&'a [u8], ReadError> {
    if h.sh_type == sh::SHT_NOBITS {
        return Ok(&[]);
    }
    let start = usize::try_from(h.sh_offset).ok();
    let end = start
        .zip(usize::try_from(h.sh_size).ok())
        .and_then(|(s, n)| s.checked_add(n));
    match (start, end) {
        (Some(s), Some(e)) if e <= bytes.len() => Ok(&bytes[s..e]),
        _ => Err(malformed(format!("{what}: contents lie outside the file"))),
    }
}

#[derive(Clone, Copy)]
enum SymRef {
    None,
    File,
    Section(usize),
    Sym(usize),
}

/// Reads a relocatable EM_BPF ELF64 little-endian object.
pub fn read(bytes: &[u8]) -> Result<Object, ReadError> {
    let mut obj = read_sections(bytes, true)?;
    obj.maps = crate::btf::recover_maps(&obj).unwrap_or_default();
    Ok(obj)
}

/// What a loader reads of an object: [`read`] without the contents and relocations of its
/// DWARF sections (`.debug_*`, which libbpf skips too: `is_sec_name_dwarf`; their headers
/// are still checked, and the sections listed, empty), and the object's `.BTF` parsed
/// (`None` without one, or when it is malformed) for a reader that needs it too (lint's
/// `func_info`, line info and loader checks), parsed once for both.
pub fn read_for_loading(bytes: &[u8]) -> Result<(Object, Option<Btf>), ReadError> {
    let mut obj = read_sections(bytes, false)?;
    let btf = (obj.sections.iter().find(|s| s.name == ".BTF")).and_then(|s| Btf::parse(&s.data));
    obj.maps = (btf.as_ref())
        .and_then(|b| crate::btf::recover_maps_with(&obj, b))
        .unwrap_or_default();
    Ok((obj, btf))
}

/// Whether libbpf takes section `name` for DWARF (and skips it).
fn is_dwarf(name: &str) -> bool {
    name.starts_with(".debug_")
}

/// [`read`] but for the maps; without `dwarf`, DWARF sections are empty and their
/// relocations not read.
fn read_sections(bytes: &[u8], dwarf: bool) -> Result<Object, ReadError> {
    if bytes.len() < 4 || &bytes[..4] != b"\x7fELF" {
        return Err(ReadError::NotElf);
    }
    match bytes.get(header::EI_CLASS) {
        Some(&header::ELFCLASS64) => {}
        Some(&header::ELFCLASS32) => return Err(ReadError::NotElf64),
        _ => return Err(malformed("bad ELF class")),
    }
    match bytes.get(header::EI_DATA) {
        Some(&header::ELFDATA2LSB) => {}
        Some(&header::ELFDATA2MSB) => return Err(ReadError::BigEndian),
        _ => return Err(malformed("bad ELF data encoding")),
    }
    let hdr = Elf::parse_header(bytes).map_err(|e| malformed(format!("ELF header: {e}")))?;
    if hdr.e_machine != EM_BPF {
        return Err(ReadError::WrongMachine(hdr.e_machine));
    }
    if hdr.e_type != header::ET_REL {
        return Err(ReadError::NotRelocatable(hdr.e_type));
    }
    let ctx = Ctx::new(Container::Big, Endian::Little);
    let shoff = usize::try_from(hdr.e_shoff).map_err(|_| malformed("section header offset"))?;
    if shoff != 0 && hdr.e_shentsize != 64 {
        return Err(malformed(format!(
            "section header entry size {}",
            hdr.e_shentsize
        )));
    }
    let shdrs = if shoff == 0 {
        Vec::new()
    } else {
        SectionHeader::table(bytes, shoff, hdr.e_shnum as usize)?
    };
    let mut obj = Object::default();
    if shdrs.is_empty() {
        return Ok(obj);
    }

    // Section names.
    let shstrndx = if hdr.e_shstrndx == sh::SHN_XINDEX as u16 {
        shdrs[0].sh_link as usize
    } else {
        hdr.e_shstrndx as usize
    };
    let shstrtab = match shdrs.get(shstrndx) {
        Some(h) if shstrndx != 0 => contents(bytes, h, "section name table")?,
        _ => &[][..],
    };
    let mut names = Vec::with_capacity(shdrs.len());
    for (i, h) in shdrs.iter().enumerate() {
        names.push(if i == 0 {
            ""
        } else {
            cstr(shstrtab, h.sh_name, "section name")?
        });
    }

    // Every part of the file: inside it and disjoint.
    let shtab_end = shoff
        .checked_add(shdrs.len() * 64)
        .filter(|&e| e <= bytes.len());
    let Some(shtab_end) = shtab_end else {
        return Err(malformed("section headers outside the file"));
    };
    // Each part is a section (its index) or a named part: names are made only for an overlap.
    let mut parts: Vec<(usize, usize, Result<usize, &str>)> = Vec::with_capacity(shdrs.len() + 1);
    parts.push((0, 64, Err("the ELF header")));
    parts.push((shoff, shtab_end, Err("the section header table")));
    for (i, h) in shdrs.iter().enumerate().skip(1) {
        let data = contents(bytes, h, names[i])?;
        if !data.is_empty() {
            let start = h.sh_offset as usize;
            parts.push((start, start + data.len(), Ok(i)));
        }
    }
    parts.sort_by_key(|p| (p.0, p.1));
    let part_name = |p: &Result<usize, &str>| match p {
        Ok(i) => format!("section `{}`", names[*i]),
        Err(what) => what.to_string(),
    };
    for w in parts.windows(2) {
        if w[1].0 < w[0].1 {
            return Err(ReadError::Overlap {
                first: part_name(&w[0].2),
                second: part_name(&w[1].2),
            });
        }
    }

    // Sections the object keeps.
    let mut ours: Vec<Option<usize>> = vec![None; shdrs.len()];
    obj.sections.reserve(shdrs.len());
    let mut addrsig_hdr = None;
    let mut symtab_hdr = None;
    for (i, h) in shdrs.iter().enumerate().skip(1) {
        let kind = match h.sh_type {
            sh::SHT_NULL | sh::SHT_STRTAB | sh::SHT_REL => continue,
            sh::SHT_SYMTAB => {
                if symtab_hdr.replace(i).is_some() {
                    return Err(ReadError::MultipleSymtabs);
                }
                continue;
            }
            sh::SHT_RELA => {
                return Err(ReadError::Rela {
                    section: names[i].to_string(),
                })
            }
            SHT_LLVM_ADDRSIG if addrsig_hdr.is_none() => {
                addrsig_hdr = Some(i);
                continue;
            }
            SHT_LLVM_ADDRSIG => SectionKind::AddrSig,
            sh::SHT_NOBITS => SectionKind::Bss,
            _ if h.sh_flags & sh::SHF_EXECINSTR as u64 != 0 => SectionKind::Code,
            _ => SectionKind::Data,
        };
        let mut s = Section::new(names[i], kind, h.sh_flags, h.sh_addralign);
        s.entsize = h.sh_entsize;
        if kind == SectionKind::Bss {
            s.bss_size = h.sh_size;
        } else if dwarf || !is_dwarf(names[i]) {
            s.data = contents(bytes, h, names[i])?.to_vec();
        }
        ours[i] = Some(obj.sections.len());
        obj.sections.push(s);
    }

    // Symbols.
    let mut syms: Vec<SymRef> = Vec::new();
    if let Some(si) = symtab_hdr {
        let h = &shdrs[si];
        if h.sh_entsize != 24 || !h.sh_size.is_multiple_of(24) {
            return Err(malformed("symbol table entry size"));
        }
        let strtab_hdr = shdrs
            .get(h.sh_link as usize)
            .filter(|s| h.sh_link != 0 && s.sh_type == sh::SHT_STRTAB)
            .ok_or_else(|| malformed("symbol table does not link to a string table"))?;
        let strtab = contents(bytes, strtab_hdr, "symbol string table")?;
        let count = (h.sh_size / 24) as usize;
        let table = Symtab::parse(bytes, h.sh_offset as usize, count, ctx)
            .map_err(|e| malformed(format!("symbol table: {e}")))?;
        syms.reserve(count);
        obj.symbols.reserve(count);
        syms.push(SymRef::None);
        for index in 1..count {
            let s = table.get(index).ok_or_else(|| malformed("symbol table"))?;
            let name = cstr(strtab, s.st_name, "symbol name")?;
            let unsupported = |reason| ReadError::UnsupportedSymbol {
                index,
                name: name.to_string(),
                reason,
            };
            let section = match s.st_shndx as u32 {
                sh::SHN_UNDEF => None,
                sh::SHN_ABS if s.st_type() == sym::STT_FILE => None,
                n if n >= sh::SHN_LORESERVE => {
                    return Err(unsupported("absolute, common or extended-index symbol"))
                }
                n => match ours.get(n as usize) {
                    Some(Some(i)) => Some(*i),
                    _ => return Err(unsupported("defined in a section the object does not keep")),
                },
            };
            match s.st_type() {
                sym::STT_FILE => {
                    if obj.file.is_none() {
                        obj.file = Some(name.to_string());
                    }
                    syms.push(SymRef::File);
                    continue;
                }
                sym::STT_SECTION => {
                    let Some(i) = section else {
                        return Err(unsupported("section symbol without a section"));
                    };
                    let sec = &mut obj.sections[i];
                    if !sec.keep_section_symbol {
                        sec.keep_section_symbol = true;
                        sec.symbols_before = obj.symbols.len();
                    }
                    syms.push(SymRef::Section(i));
                    continue;
                }
                _ => {}
            }
            let kind = match s.st_type() {
                sym::STT_NOTYPE => SymbolKind::NoType,
                sym::STT_FUNC => SymbolKind::Func,
                sym::STT_OBJECT => SymbolKind::Object,
                _ => return Err(unsupported("symbol type other than NOTYPE, FUNC, OBJECT")),
            };
            let binding = match s.st_bind() {
                sym::STB_LOCAL => Binding::Local,
                sym::STB_GLOBAL => Binding::Global,
                sym::STB_WEAK => Binding::Weak,
                _ => return Err(unsupported("binding other than LOCAL, GLOBAL, WEAK")),
            };
            syms.push(SymRef::Sym(obj.symbols.len()));
            obj.symbols.push(Symbol {
                name: name.to_string(),
                section,
                value: s.st_value,
                size: s.st_size,
                kind,
                binding,
                visibility: Visibility::from_st_other(s.st_other),
            });
        }
    }
    let mut first_by_name: HashMap<&str, usize> = HashMap::new();
    for (i, s) in obj.symbols.iter().enumerate() {
        first_by_name.entry(s.name.as_str()).or_insert(i);
    }

    // Relocations.
    let mut relocs: Vec<(usize, Vec<Reloc>)> = Vec::new();
    for (i, h) in shdrs.iter().enumerate().skip(1) {
        if h.sh_type != sh::SHT_REL {
            continue;
        }
        let rname = names[i];
        let bad = |offset, reason: String| ReadError::BadReloc {
            section: rname.to_string(),
            offset,
            reason,
        };
        let target = match ours.get(h.sh_info as usize) {
            Some(Some(t)) => *t,
            _ => {
                return Err(bad(
                    0,
                    "applies to a section the object does not keep".into(),
                ))
            }
        };
        if h.sh_size == 0 || !dwarf && is_dwarf(&obj.sections[target].name) {
            continue;
        }
        if Some(h.sh_link as usize) != symtab_hdr {
            return Err(bad(0, "does not link to the symbol table".into()));
        }
        if h.sh_entsize != 16 || !h.sh_size.is_multiple_of(16) {
            return Err(bad(0, "entry size is not 16".into()));
        }
        let rs = RelocSection::parse(bytes, h.sh_offset as usize, h.sh_size as usize, false, ctx)
            .map_err(|e| malformed(format!("{rname}: {e}")))?;
        let tsec = &obj.sections[target];
        let mut out = Vec::with_capacity(rs.len());
        for r in rs.iter() {
            let kind =
                RelocKind::from_elf_type(r.r_type).ok_or_else(|| ReadError::UnknownRelocType {
                    section: tsec.name.clone(),
                    offset: r.r_offset,
                    r_type: r.r_type,
                })?;
            let in_bounds = r
                .r_offset
                .checked_add(reloc_width(kind))
                .is_some_and(|e| e <= tsec.size());
            if !in_bounds || tsec.kind == SectionKind::Bss {
                return Err(bad(r.r_offset, "patches bytes outside its section".into()));
            }
            let target = match syms.get(r.r_sym) {
                Some(SymRef::Section(s)) => RelocTarget::Section(*s),
                Some(SymRef::Sym(k)) => {
                    let name = &obj.symbols[*k].name;
                    if first_by_name.get(name.as_str()) != Some(k) {
                        return Err(bad(
                            r.r_offset,
                            format!("symbol name `{name}` is not unique"),
                        ));
                    }
                    RelocTarget::Symbol(name.clone())
                }
                _ => return Err(bad(r.r_offset, format!("invalid symbol index {}", r.r_sym))),
            };
            out.push(Reloc {
                offset: r.r_offset,
                kind,
                target,
            });
        }
        relocs.push((target, out));
    }
    for (t, rs) in relocs {
        obj.sections[t].relocs.extend(rs);
    }

    // Address-significance table.
    if let Some(ai) = addrsig_hdr {
        let data = contents(bytes, &shdrs[ai], ".llvm_addrsig")?;
        let mut list = Vec::new();
        let (mut v, mut shift) = (0u64, 0u32);
        for &b in data {
            if shift < 64 {
                v |= ((b & 0x7f) as u64) << shift;
            }
            shift += 7;
            if b & 0x80 == 0 {
                if let Some(SymRef::Sym(k)) = syms.get(v as usize) {
                    list.push(obj.symbols[*k].name.clone());
                }
                (v, shift) = (0, 0);
            }
        }
        obj.addrsig = Some(list);
    }

    Ok(obj)
}

/// Reads a flat file of 8-byte instruction slots (what `bpftool prog dump xlated file` or a
/// kernel log gives) as an object with one code section, `sk_lookup`, aligned to 8.
pub fn read_raw(bytes: &[u8]) -> Result<Object, ReadError> {
    if !bytes.len().is_multiple_of(8) {
        return Err(ReadError::RawLength(bytes.len()));
    }
    let mut s = Section::new(
        "sk_lookup",
        SectionKind::Code,
        shf::ALLOC | shf::EXECINSTR,
        8,
    );
    s.data = bytes.to_vec();
    Ok(Object {
        sections: vec![s],
        ..Object::default()
    })
}
