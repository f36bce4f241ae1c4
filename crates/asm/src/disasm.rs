//! Objects to LLVM-syntax assembly that reassembles to the same object.
//!
//! [`to_text`] prints a whole [`Object`] as assembly text that `llvm-mc -triple bpfel
//! -filetype=obj` (and skasm) turns back into the same section bytes, symbol table (in the
//! same order) and relocations. Instructions are spelled as `llvm-objdump -d` prints them
//! (the [`isa`] printer), with labels instead of jump offsets, symbol names instead of
//! relocated immediates, and a `# N` comment giving the instruction's index (slot number)
//! counted from the start of the function symbol it belongs to (from the start of the section
//! when no function symbol precedes it): the index the kernel verifier log uses for a program.
//!
//! # Layout of the text
//!
//! 1. `.file "name"` when the object has an `STT_FILE` symbol.
//! 2. A declaration block fixing the symbol table order (llvm-mc orders symbols by first
//!    mention, and section symbols by the first entry into their section):
//!    every global or weak symbol in symbol table order (`.globl`/`.weak`, `.type`, `.size`;
//!    a `.skmap` line for maps), then the local symbols (`.type name,@function|@object|@notype`,
//!    `.size`) interleaved with bare section directives that enter sections early where a
//!    section symbol must come before some local symbol.
//! 3. Every section in order: its directive, `.p2align` when its alignment exceeds the
//!    default, then its contents with labels at their offsets.
//! 4. `.addrsig` and one `.addrsig_sym name` per entry of the address-significance table.
//!
//! # Code sections
//!
//! A code section is read as the kernel reads it, in 8-byte slots, and printed as pieces
//! (one line each): from each slot boundary, the instruction there if its bytes decode and
//! are exactly what its text assembles back to, and no symbol or relocation lies inside
//! it; where a relocation starts, the relocated instruction (`r1 = sym ll`, `call sym`) or
//! data word (`.quad sym`, `.long sym`), wherever it is; every other byte as data: a whole
//! slot as `.8byte 0x...` (its value, little-endian), less than a slot (the end of the
//! section, odd-sized data, bytes up to a label) as `.byte` lists. The comment gives the
//! slot index (`# N`, `# N byte K` inside a slot) and, for data, why it is not an
//! instruction. Any bytes therefore reassemble exactly: llvm-mc and skasm place data in code
//! sections where it stands. In plain llvm-mc syntax ([`to_llvm_text`]) a local call with no
//! label at its target prints as its raw slot, since llvm-mc would read `call pc+N` as a
//! call to a symbol `pc`.
//!
//! # Spellings the parser must accept (beyond plain llvm-mc syntax)
//!
//! * `.skmap NAME, type=TYPE, key=K, value=V, max_entries=N, flags=F[, spin_lock=OFF]`:
//!   printed instead of the `.maps` and `.BTF` sections (and the map symbols) when the
//!   object's maps, laid out by [`crate::btf::lay_out_maps`], reproduce those sections
//!   exactly and they are the last two sections (`.maps` then `.BTF`), which is where the
//!   assembler creates them.
//! * `.license "STRING"`: printed instead of a `license` section (flags `aw`, alignment 1)
//!   that holds exactly the string plus a NUL and one GLOBAL OBJECT symbol `_license` of that
//!   size at offset 0. A `.globl _license` line in the declaration block keeps its place
//!   among the globals.
//! * `.type NAME,@notype` in the declaration block (llvm-mc accepts it; it only names the
//!   symbol so that it takes its place in the symbol table).
//! * The instruction spellings of the [`isa`] printer that LLVM lacks (`call pc+N`,
//!   `call kfunc#ID`, `ld_pseudo`, `skb[rN + imm]`), used only when no label applies.
//! * Names that are not plain identifiers (`[A-Za-z_.$][A-Za-z0-9_.$]*`) are double-quoted,
//!   as llvm-mc accepts: `"my sym":`, `.section "odd name","a",@progbits`.
//!
//! # Labels and relocations
//!
//! Jump and local-call targets print as an existing LOCAL symbol at the target, else as a
//! synthetic temporary label `.LBB<section index>_<slot index>` (temporaries, `.L...`, do
//! not enter the symbol table, so reassembly adds no symbol; a global symbol is never used
//! as a jump target because llvm-mc would relocate against it); where no label can stand
//! at the target (inside a piece, outside the section), as the offset (`goto +N`). Relocated instructions print
//! the relocation's symbol: `r1 = sock_map ll`, `call helper_fn`, with `+N`/`-N` for a
//! non-zero addend; a relocation against a section symbol prints a label at the addressed
//! offset of that section (an existing local symbol, else a synthetic `.Ls<section>_<offset>`
//! or `.LBB<section>_<slot>` label). Data relocations print as `.quad EXPR` (R_BPF_64_ABS64)
//! and `.long EXPR` (R_BPF_64_ABS32 / R_BPF_64_NODYLD32), choosing a temporary or a named
//! label so that llvm-mc's type choice ([`crate::elf::data4_reloc_kind`]) gives back the same
//! type. Other data prints as `.zero N` (runs of 4+ zero bytes), `.ascii "..."` (runs of 4+
//! printable characters, `\\` and `\"` escaped) and `.byte` lists (decimal).
//!
//! What cannot be represented (a relocation in the middle of an instruction, a call
//! relocation into its own section, a symbol beyond its section's end, a relocation type the
//! symbol cannot give back, section flags llvm-mc has no letter for) is a
//! [`DisasmError::Unrepresentable`] naming the section and offset.

use crate::btf;
use crate::elf::{self, data4_reloc_kind, is_temporary, Entry};
use crate::object::*;
use isa::{decode_one, CallKind, Insn, LdImmKind, Pc, RawInsn};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt::{self, Write as _};

/// Why an object cannot be printed as reassemblable text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DisasmError {
    /// `to_text(obj, Some(name))` with no section of that name.
    NoSuchSection(String),
    /// The object is not writable as ELF (see [`crate::elf::WriteError`]).
    Invalid(elf::WriteError),
    /// Something llvm-mc syntax cannot express.
    Unrepresentable {
        section: String,
        offset: u64,
        reason: String,
    },
}

impl DisasmError {
    /// Stable kebab-case code.
    pub fn code(&self) -> &'static str {
        match self {
            DisasmError::NoSuchSection(_) => "disasm-no-such-section",
            DisasmError::Invalid(e) => e.code(),
            DisasmError::Unrepresentable { .. } => "disasm-unrepresentable",
        }
    }
}

impl fmt::Display for DisasmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DisasmError::NoSuchSection(s) => write!(f, "no section named `{s}`"),
            DisasmError::Invalid(e) => e.fmt(f),
            DisasmError::Unrepresentable {
                section,
                offset,
                reason,
            } => {
                write!(
                    f,
                    "{section}+{offset:#x}: cannot be written as assembly: {reason}"
                )
            }
        }
    }
}

impl std::error::Error for DisasmError {}

/// Column of the `# N` instruction index comments.
const COMMENT_COLUMN: usize = 40;

/// A symbol or label name as llvm-mc reads it (quoted unless a plain identifier).
pub fn quote_name(name: &str) -> String {
    let plain = !name.is_empty()
        && name.chars().enumerate().all(|(i, c)| {
            c.is_ascii_alphabetic()
                || c == '_'
                || c == '.'
                || c == '$'
                || (i > 0 && c.is_ascii_digit())
        });
    if plain {
        name.to_string()
    } else {
        quote_bytes(name.as_bytes())
    }
}

/// A double-quoted string: printable ASCII as is, `\\`, `\"`, other bytes as `\ooo`.
fn quote_bytes(b: &[u8]) -> String {
    let mut s = String::from("\"");
    for &c in b {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'"' => s.push_str("\\\""),
            0x20..=0x7e => s.push(c as char),
            _ => {
                let _ = write!(s, "\\{c:03o}");
            }
        }
    }
    s.push('"');
    s
}

fn with_addend(name: &str, a: i64) -> String {
    let n = quote_name(name);
    match a {
        0 => n,
        a if a > 0 => format!("{n}+{a}"),
        a => format!("{n}-{}", a.unsigned_abs()),
    }
}

fn kind_name(k: SymbolKind) -> &'static str {
    match k {
        SymbolKind::NoType => "@notype",
        SymbolKind::Func => "@function",
        SymbolKind::Object => "@object",
    }
}

/// The directive that enters a section.
fn section_directive(s: &Section) -> Result<String, String> {
    let code_flags = shf::ALLOC | shf::EXECINSTR;
    if s.name == ".text" && s.kind == SectionKind::Code && s.flags == code_flags && s.entsize == 0 {
        return Ok("\t.text".to_string());
    }
    let letters: &[(u64, char)] = &[
        (shf::ALLOC, 'a'),
        (shf::WRITE, 'w'),
        (shf::EXECINSTR, 'x'),
        (shf::MERGE, 'M'),
        (shf::STRINGS, 'S'),
        (0x400, 'T'),
        (0x20_0000, 'R'),
        (shf::EXCLUDE, 'e'),
    ];
    let mut flags = String::new();
    let mut rest = s.flags;
    for (bit, c) in letters {
        if s.flags & bit != 0 {
            flags.push(*c);
            rest &= !bit;
        }
    }
    if rest != 0 {
        return Err(format!("section flags {rest:#x} have no llvm-mc letter"));
    }
    if (s.kind == SectionKind::Code) != (s.flags & shf::EXECINSTR != 0) {
        return Err("a code section must have the x flag and only it".into());
    }
    let ty = match s.kind {
        SectionKind::Code | SectionKind::Data => "@progbits",
        SectionKind::Bss => "@nobits",
        SectionKind::AddrSig => "@llvm_addrsig",
    };
    let mut d = format!("\t.section\t{},\"{flags}\",{ty}", quote_name(&s.name));
    if s.flags & shf::MERGE != 0 {
        let _ = write!(d, ",{}", s.entsize);
    } else if s.entsize != 0 {
        return Err(format!("entry size {} without the M flag", s.entsize));
    }
    Ok(d)
}

/// The alignment a section has before any `.p2align` (llvm-mc aligns `.text` to 4).
fn default_align(s: &Section) -> u64 {
    if s.name == ".text" {
        4
    } else {
        1
    }
}

/// Whether the `license` section can be printed as `.license "..."`.
fn license_string(obj: &Object, i: usize) -> Option<&[u8]> {
    let s = &obj.sections[i];
    let (body, nul) = s.data.split_at(s.data.len().checked_sub(1)?);
    let ok = s.name == "license"
        && s.kind == SectionKind::Data
        && s.flags == shf::ALLOC | shf::WRITE
        && s.align <= 1
        && s.entsize == 0
        && s.relocs.is_empty()
        && nul == [0]
        && !body.contains(&0);
    let mut in_sec = obj.symbols.iter().filter(|x| x.section == Some(i));
    let lic = in_sec.next()?;
    let sym_ok = in_sec.next().is_none()
        && lic.name == "_license"
        && lic.value == 0
        && lic.size == s.data.len() as u64
        && lic.kind == SymbolKind::Object
        && lic.binding == Binding::Global;
    (ok && sym_ok).then_some(body)
}

struct Printer<'a> {
    obj: &'a Object,
    plan: elf::Plan<'a>,
    /// Defined symbols by (section, offset), in symbol order.
    sym_at: HashMap<(usize, u64), Vec<usize>>,
    /// Synthetic labels by (section, offset).
    labels: HashMap<(usize, u64), String>,
    names: HashSet<String>,
    /// Expression text of each relocation by (section, offset).
    reloc_expr: HashMap<(usize, u64), String>,
    /// Each code section as the pieces it prints as, by byte offset (empty for data).
    code: Vec<Vec<(u64, Piece)>>,
    skip: HashSet<usize>,
    /// The one section printed, if only one is.
    only: Option<usize>,
    /// skasm's spellings allowed (else only what llvm-mc reads).
    extensions: bool,
}

fn unrep(obj: &Object, sec: usize, offset: u64, reason: impl Into<String>) -> DisasmError {
    DisasmError::Unrepresentable {
        section: obj.sections[sec].name.clone(),
        offset,
        reason: reason.into(),
    }
}

impl<'a> Printer<'a> {
    /// A label at `(sec, off)` naming a local or temporary position: an existing local symbol
    /// (any when `temp` is false; only temporaries when true), else a synthetic temporary.
    fn local_label(&mut self, sec: usize, off: u64, temp: bool) -> String {
        if let Some(v) = self.sym_at.get(&(sec, off)) {
            for &i in v {
                let s = &self.obj.symbols[i];
                let is_temp = is_temporary(&s.name);
                if s.binding == Binding::Local && (!temp || is_temp) {
                    return quote_name(&s.name);
                }
            }
        }
        if let Some(l) = self.labels.get(&(sec, off)) {
            return l.clone();
        }
        let base = if self.obj.sections[sec].is_code() && off.is_multiple_of(8) {
            format!(".LBB{sec}_{}", off / 8)
        } else {
            format!(".Ls{sec}_{off}")
        };
        let mut name = base.clone();
        let mut n = 0;
        while self.names.contains(&name) {
            n += 1;
            name = format!("{base}_{n}");
        }
        self.names.insert(name.clone());
        self.labels.insert((sec, off), name.clone());
        name
    }

    /// A label for a call into section `t` whose in-place target is `v` (a slot boundary):
    /// any offset up to 7 bytes further gives the same slot count, so the first of them
    /// where a label can stand (the start of a piece of a code section).
    fn call_label(&mut self, t: usize, v: u64) -> String {
        let at = self.code[t]
            .iter()
            .map(|(off, _)| *off)
            .find(|off| (v..v + 8).contains(off))
            .unwrap_or(v);
        self.local_label(t, at, false)
    }

    /// An expression for offset `off` of section `t` made of a local label, as a relocation
    /// target: `temp` = Some(true) needs a temporary label, Some(false) a named (non-temporary)
    /// local symbol, None either. Uses a symbol exactly at `off` when there is one, else (in
    /// sections that are not SHF_MERGE, where llvm-mc folds `label+N` into the section symbol
    /// too) a label before `off` plus the distance.
    fn reloc_label(&mut self, t: usize, off: u64, temp: Option<bool>) -> Option<String> {
        let fits = |s: &Symbol| {
            s.binding == Binding::Local && temp.is_none_or(|want| is_temporary(&s.name) == want)
        };
        if let Some(v) = self.sym_at.get(&(t, off)) {
            if let Some(&i) = v.iter().find(|&&i| fits(&self.obj.symbols[i])) {
                return Some(quote_name(&self.obj.symbols[i].name));
            }
        }
        let merge = self.obj.sections[t].flags & shf::MERGE != 0;
        if temp == Some(false) {
            if merge {
                return None;
            }
            let s = self
                .obj
                .symbols
                .iter()
                .filter(|s| s.section == Some(t) && s.value <= off && fits(s))
                .max_by_key(|s| s.value)?;
            return Some(with_addend(&s.name, (off - s.value) as i64));
        }
        if merge {
            return Some(self.local_label(t, off, true));
        }
        let start = self.local_label(t, 0, true);
        Some(if off == 0 {
            start
        } else {
            format!("{start}+{off}")
        })
    }

    fn lay_out_code(&mut self) {
        for (si, s) in self.obj.sections.iter().enumerate() {
            if !s.is_code() {
                self.code.push(Vec::new());
                continue;
            }
            let relocs: HashMap<u64, RelocKind> = self.plan.relocs[si]
                .iter()
                .map(|r| (r.offset, r.kind))
                .collect();
            let fixed: BTreeSet<u64> = self
                .sym_at
                .keys()
                .filter(|(k, _)| *k == si)
                .map(|(_, o)| *o)
                .chain(relocs.keys().copied())
                .collect();
            self.code
                .push(lay_out_code(&self.plan.datas[si], &relocs, &fixed));
        }
    }

    /// Labels for jump targets and expressions for relocations.
    fn resolve(&mut self) -> Result<(), DisasmError> {
        let obj = self.obj;
        for si in 0..obj.sections.len() {
            if self.skip.contains(&si) || self.only.is_some_and(|o| o != si) {
                continue;
            }
            let relocs: Vec<(u64, RelocKind, Entry)> = self.plan.relocs[si]
                .iter()
                .map(|r| (r.offset, r.kind, r.target))
                .collect();
            let reloc_offsets: HashSet<u64> = relocs.iter().map(|r| r.0).collect();
            let size = obj.sections[si].data.len() as u64;
            let starts: HashSet<u64> = self.code[si].iter().map(|x| x.0).collect();
            let pieces = self.code[si].clone();
            for (off, piece) in &pieces {
                let Piece::Insn(insn) = piece else { continue };
                if reloc_offsets.contains(off) {
                    continue;
                }
                if let Some(t) = insn.jump_offset().and_then(|rel| jump_target(*off, rel)) {
                    if t == size || starts.contains(&t) {
                        self.local_label(si, t, false);
                    }
                }
            }
            let by_off: HashMap<u64, Insn> = pieces
                .iter()
                .filter_map(|(off, p)| match p {
                    Piece::Insn(i) => Some((*off, *i)),
                    _ => None,
                })
                .collect();
            let data = self.plan.datas[si].clone();
            for (off, kind, target) in relocs {
                let o = off as usize;
                let u32_at =
                    |at: usize| u32::from_le_bytes(data[at..at + 4].try_into().expect("4 bytes"));
                let sec = &obj.sections[si];
                // Where the relocation may sit, and the value it carries.
                let value: i64 = match kind {
                    RelocKind::Bpf64_64 | RelocKind::Bpf64_32 if !sec.is_code() => {
                        return Err(unrep(
                            obj,
                            si,
                            off,
                            format!("{} outside a code section", kind.name()),
                        ))
                    }
                    RelocKind::Bpf64_64 => match by_off.get(&off) {
                        Some(Insn::LdImm64 {
                            kind: LdImmKind::Imm,
                            imm,
                            imm_hi: 0,
                            ..
                        }) => *imm as i64,
                        _ => {
                            return Err(unrep(
                                obj,
                                si,
                                off,
                                "R_BPF_64_64 not on a plain ld_imm64 with a zero upper half",
                            ))
                        }
                    },
                    RelocKind::Bpf64_32 => match by_off.get(&off) {
                        Some(Insn::Call(CallKind::Local(imm))) => (*imm as i64 + 1) * 8,
                        _ => {
                            return Err(unrep(obj, si, off, "R_BPF_64_32 not on a BPF-to-BPF call"))
                        }
                    },
                    RelocKind::Bpf64Abs64 => {
                        i64::from_le_bytes(data[o..o + 8].try_into().expect("8 bytes"))
                    }
                    RelocKind::Bpf64Abs32 | RelocKind::Bpf64NoDyld32 => u32_at(o) as i32 as i64,
                };
                let expr = match target {
                    Entry::File => {
                        return Err(unrep(obj, si, off, "relocation against the file symbol"))
                    }
                    Entry::Sym(i) => {
                        let s = &obj.symbols[i];
                        if matches!(kind, RelocKind::Bpf64Abs32 | RelocKind::Bpf64NoDyld32) {
                            let def = s.section.map(|k| &obj.sections[k]);
                            if data4_reloc_kind(def, is_temporary(&s.name)) != kind {
                                return Err(unrep(
                                    obj,
                                    si,
                                    off,
                                    format!(
                                        "llvm-mc would not emit {} against `{}`",
                                        kind.name(),
                                        s.name
                                    ),
                                ));
                            }
                        }
                        with_addend(&s.name, value)
                    }
                    Entry::Section(t) => {
                        // The in-place value is an offset into section `t`.
                        let v = match kind {
                            RelocKind::Bpf64_64
                            | RelocKind::Bpf64Abs32
                            | RelocKind::Bpf64NoDyld32 => value as u32 as u64,
                            _ => value as u64,
                        };
                        // Beyond the end, only `label+N` (outside SHF_MERGE) reaches it.
                        let merge = obj.sections[t].flags & shf::MERGE != 0;
                        let exact = merge || kind == RelocKind::Bpf64_32;
                        if exact && v > obj.sections[t].size() {
                            return Err(unrep(
                                obj,
                                si,
                                off,
                                "addend beyond the end of the target section",
                            ));
                        }
                        if kind == RelocKind::Bpf64_32 && t == si {
                            return Err(unrep(
                                obj,
                                si,
                                off,
                                "call relocation into its own section",
                            ));
                        }
                        let want = match kind {
                            RelocKind::Bpf64Abs32 | RelocKind::Bpf64NoDyld32 => {
                                let tsec = &obj.sections[t];
                                if data4_reloc_kind(Some(tsec), true) == kind {
                                    Some(true)
                                } else if data4_reloc_kind(Some(tsec), false) == kind {
                                    Some(false)
                                } else {
                                    return Err(unrep(
                                        obj,
                                        si,
                                        off,
                                        format!("llvm-mc never emits {} here", kind.name()),
                                    ));
                                }
                            }
                            _ => None,
                        };
                        let label = match kind {
                            // `call` takes a label, not label+N: one at the target itself.
                            RelocKind::Bpf64_32 => Some(self.call_label(t, v)),
                            _ => self.reloc_label(t, v, want),
                        };
                        label.ok_or_else(|| {
                            unrep(
                                obj,
                                si,
                                off,
                                format!(
                                    "{} needs a named local symbol before the target",
                                    kind.name()
                                ),
                            )
                        })?
                    }
                };
                self.reloc_expr.insert((si, off), expr);
            }
        }
        Ok(())
    }

    /// The `# N` base: the function symbol containing `off`, else the section start.
    fn func_start(&self, sec: usize, off: u64) -> u64 {
        self.obj
            .symbols
            .iter()
            .filter(|s| s.section == Some(sec) && s.kind == SymbolKind::Func && s.value <= off)
            .map(|s| s.value)
            .max()
            .unwrap_or(0)
    }

    /// The label standing at the target of a jump or call at `off` with offset `rel`.
    fn target_label(&self, si: usize, off: u64, rel: i64) -> Option<String> {
        let t = jump_target(off, rel)?;
        let local = self.sym_at.get(&(si, t)).and_then(|v| {
            v.iter()
                .map(|&i| &self.obj.symbols[i])
                .find(|s| s.binding == Binding::Local)
                .map(|s| quote_name(&s.name))
        });
        local.or_else(|| self.labels.get(&(si, t)).cloned())
    }

    /// An instruction's text, jump targets as labels where one stands at the target, and
    /// a note for the comment. A local call with no label at its target has no llvm-mc
    /// text (llvm-mc would read `call pc+N` as a call to a symbol `pc`): in plain llvm-mc
    /// syntax it prints as its raw slot.
    fn insn_text(&self, si: usize, off: u64, insn: &Insn) -> (String, Option<String>) {
        if let Insn::Call(CallKind::Local(rel)) = insn {
            if !self.extensions && self.target_label(si, off, *rel as i64).is_none() {
                let raw = RawInsn::slice_to_bytes(&insn.encode());
                let v = u64::from_le_bytes(raw[..8].try_into().expect("a slot"));
                return (
                    format!(".8byte {v:#018x}"),
                    Some(format!("({insn}: no label can stand at the target)")),
                );
            }
        }
        let text = insn.to_text_with(&|rel| {
            self.target_label(si, off, rel)
                .unwrap_or_else(|| format!("{rel:+}"))
        });
        (text, helper_name(insn))
    }

    /// Labels (symbols and synthetic) at `(sec, off)` as lines.
    fn label_lines(&self, out: &mut String, sec: usize, off: u64, printed: &mut usize) {
        if let Some(v) = self.sym_at.get(&(sec, off)) {
            for &i in v {
                let s = &self.obj.symbols[i];
                let _ = writeln!(out, "{}:", quote_name(&s.name));
                *printed += 1;
            }
        }
        if let Some(l) = self.labels.get(&(sec, off)) {
            let _ = writeln!(out, "{l}:");
            *printed += 1;
        }
    }

    fn labels_in(&self, sec: usize) -> usize {
        self.sym_at
            .iter()
            .filter(|((s, _), _)| *s == sec)
            .map(|(_, v)| v.len())
            .sum::<usize>()
            + self.labels.keys().filter(|(s, _)| *s == sec).count()
    }

    fn body(&self, out: &mut String, si: usize) -> Result<(), DisasmError> {
        let obj = self.obj;
        let s = &obj.sections[si];
        let directive = section_directive(s).map_err(|r| unrep(obj, si, 0, r))?;
        let _ = writeln!(out, "{directive}");
        if s.align > default_align(s) && s.align.is_power_of_two() {
            let _ = writeln!(out, "\t.p2align\t{}", s.align.trailing_zeros());
        }
        let mut printed = 0usize;
        let mut printed_relocs = 0usize;
        let size = s.size();
        if s.is_code() {
            let data = &self.plan.datas[si];
            for (off, piece) in &self.code[si] {
                let off = *off;
                self.label_lines(out, si, off, &mut printed);
                let (text, note) = match piece {
                    Piece::Insn(insn) => match self.reloc_expr.get(&(si, off)) {
                        Some(e) => {
                            printed_relocs += 1;
                            match insn {
                                Insn::LdImm64 { dst, .. } => (format!("{dst} = {e} ll"), None),
                                _ => (format!("call {e}"), None),
                            }
                        }
                        None => self.insn_text(si, off, insn),
                    },
                    Piece::Word(w) => {
                        printed_relocs += 1;
                        let d = if *w == 8 { ".quad" } else { ".long" };
                        (format!("{d} {}", self.reloc_expr[&(si, off)]), None)
                    }
                    Piece::Raw(len, why) => {
                        let b = &data[off as usize..(off + len) as usize];
                        let text = match <[u8; 8]>::try_from(b) {
                            Ok(slot) => format!(".8byte {:#018x}", u64::from_le_bytes(slot)),
                            Err(_) => {
                                let list: Vec<String> = b.iter().map(|x| x.to_string()).collect();
                                format!(".byte {}", list.join(", "))
                            }
                        };
                        (text, Some(format!("({why})")))
                    }
                };
                let line = format!("\t{text}");
                let width = line.len() + 7 * line.starts_with('\t') as usize;
                let pad = COMMENT_COLUMN.saturating_sub(width).max(1);
                let at = off - self.func_start(si, off);
                let index = match at % 8 {
                    0 => format!("{}", at / 8),
                    byte => format!("{} byte {byte}", at / 8),
                };
                let note = note.map_or(String::new(), |n| format!(" {n}"));
                let _ = writeln!(out, "{line}{}# {index}{note}", " ".repeat(pad));
            }
            self.label_lines(out, si, s.data.len() as u64, &mut printed);
        } else {
            // Data and bss: walk from event to event (labels, relocations).
            let mut events: Vec<u64> = self
                .sym_at
                .keys()
                .chain(self.labels.keys())
                .filter(|(k, _)| *k == si)
                .map(|(_, o)| *o)
                .chain(self.plan.relocs[si].iter().map(|r| r.offset))
                .filter(|&o| o <= size)
                .collect();
            events.sort_unstable();
            events.dedup();
            let relocs: HashMap<u64, RelocKind> = self.plan.relocs[si]
                .iter()
                .map(|r| (r.offset, r.kind))
                .collect();
            let data = &self.plan.datas[si];
            let mut off = 0u64;
            let mut next_event = events.iter().peekable();
            while off < size {
                while next_event.peek().is_some_and(|&&e| e < off) {
                    next_event.next();
                }
                self.label_lines(out, si, off, &mut printed);
                if let Some(kind) = relocs.get(&off) {
                    let e = &self.reloc_expr[&(si, off)];
                    let (d, w) = if *kind == RelocKind::Bpf64Abs64 {
                        (".quad", 8)
                    } else {
                        (".long", 4)
                    };
                    let _ = writeln!(out, "\t{d}\t{e}");
                    printed_relocs += 1;
                    off += w;
                    continue;
                }
                let end = next_event
                    .clone()
                    .find(|&&e| e > off)
                    .copied()
                    .unwrap_or(size)
                    .min(size);
                if s.kind == SectionKind::Bss {
                    let _ = writeln!(out, "\t.zero\t{}", end - off);
                } else {
                    self.data_lines(out, &data[off as usize..end as usize]);
                }
                off = end;
            }
            self.label_lines(out, si, size, &mut printed);
        }
        if printed_relocs != self.plan.relocs[si].len() {
            return Err(unrep(obj, si, 0, "relocations overlap each other"));
        }
        if printed != self.labels_in(si) {
            return Err(unrep(obj, si, 0, "a symbol lies inside an instruction, inside a relocated value, or beyond the section end"));
        }
        Ok(())
    }

    /// `.zero`, `.ascii` and `.byte` lines for plain bytes.
    fn data_lines(&self, out: &mut String, b: &[u8]) {
        let mut i = 0;
        let mut bytes: Vec<u8> = Vec::new();
        let flush = |out: &mut String, bytes: &mut Vec<u8>| {
            for chunk in bytes.chunks(16) {
                let list: Vec<String> = chunk.iter().map(|x| x.to_string()).collect();
                let _ = writeln!(out, "\t.byte\t{}", list.join(", "));
            }
            bytes.clear();
        };
        while i < b.len() {
            let zeros = b[i..].iter().take_while(|&&c| c == 0).count();
            if zeros >= 4 {
                flush(out, &mut bytes);
                let _ = writeln!(out, "\t.zero\t{zeros}");
                i += zeros;
                continue;
            }
            let text = b[i..]
                .iter()
                .take_while(|&&c| (0x20..=0x7e).contains(&c))
                .count();
            if text >= 4 {
                flush(out, &mut bytes);
                if b.get(i + text) == Some(&0) {
                    let _ = writeln!(out, "\t.asciz\t{}", quote_bytes(&b[i..i + text]));
                    i += text + 1;
                } else {
                    let _ = writeln!(out, "\t.ascii\t{}", quote_bytes(&b[i..i + text]));
                    i += text;
                }
                continue;
            }
            bytes.push(b[i]);
            i += 1;
        }
        flush(out, &mut bytes);
    }
}

/// How a stretch of a code section prints (one line each).
#[derive(Debug, Clone)]
enum Piece {
    /// An instruction (8 or 16 bytes), relocated or not.
    Insn(Insn),
    /// A relocated data word of this many bytes (`.quad` or `.long`).
    Word(u64),
    /// Bytes printed as data (`.8byte` for a whole slot, else `.byte`), and why.
    Raw(u64, String),
}

impl Piece {
    fn len(&self) -> u64 {
        match self {
            Piece::Insn(i) => 8 * i.slots() as u64,
            Piece::Word(n) | Piece::Raw(n, _) => *n,
        }
    }
}

/// The offset a jump at byte `off` with relative offset `rel` (in slots) lands on.
fn jump_target(off: u64, rel: i64) -> Option<u64> {
    let t = off as i64 + 8 + rel.checked_mul(8)?;
    u64::try_from(t).ok()
}

/// A helper call's name, as kernel verifier logs print it.
fn helper_name(insn: &Insn) -> Option<String> {
    match insn {
        Insn::Call(CallKind::Helper(id)) => skctx::helper_by_id(*id)
            .filter(|h| h.id != 0)
            .map(|h| format!("bpf_{}", h.name)),
        _ => None,
    }
}

/// The instruction at byte `off` of `data`, if its bytes decode and are exactly what its
/// text assembles back to.
fn insn_at(data: &[u8], off: usize) -> Result<Insn, String> {
    let slot = |k: usize| {
        let b = data.get(off + 8 * k..off + 8 * k + 8)?;
        Some(RawInsn::from_bytes(b.try_into().expect("8 bytes")))
    };
    let slots: Vec<RawInsn> = [slot(0), slot(1)].into_iter().flatten().collect();
    if slots.is_empty() {
        return Err("a partial slot".into());
    }
    let insn = decode_one(&slots, Pc(0)).map_err(|e| e.kind.to_string_lossy())?;
    let bytes = RawInsn::slice_to_bytes(&insn.encode());
    if data.get(off..off + bytes.len()) != Some(&bytes[..]) {
        return Err("bits its text cannot carry".into());
    }
    Ok(insn)
}

/// Splits a code section into the pieces it prints as, reading it as the kernel does
/// wherever it can: from each slot boundary, an instruction that decodes (exactly) with no
/// symbol or relocation (`fixed`) inside it; where a relocation starts, the relocated
/// instruction or data word; elsewhere the bytes up to the next slot boundary, symbol or
/// relocation, as data (a whole slot, or less at the end, after odd-sized data, or up to a
/// label).
fn lay_out_code(
    data: &[u8],
    relocs: &HashMap<u64, RelocKind>,
    fixed: &BTreeSet<u64>,
) -> Vec<(u64, Piece)> {
    let size = data.len() as u64;
    let mut out = Vec::new();
    let mut off = 0u64;
    while off < size {
        let next_fixed = fixed.range(off + 1..).next().copied().unwrap_or(size);
        let fits = |insn: &Insn| off + 8 * insn.slots() as u64 <= next_fixed.min(size);
        let whole_slot = off.is_multiple_of(8);
        let tried = match relocs.get(&off) {
            Some(RelocKind::Bpf64Abs64) => Ok(Piece::Word(8)),
            Some(RelocKind::Bpf64Abs32 | RelocKind::Bpf64NoDyld32) => Ok(Piece::Word(4)),
            // A relocated instruction prints as one wherever it is (llvm-mc has no other
            // text for its relocation); one that does not decode is reported later.
            Some(_) => insn_at(data, off as usize).map(Piece::Insn),
            None if whole_slot => insn_at(data, off as usize)
                .map(Piece::Insn)
                .map_err(|why| format!("not an instruction: {why}")),
            None => Err(String::new()),
        };
        let tried = tried.and_then(|p| match p {
            Piece::Insn(i) if !fits(&i) => Err("an instruction cut by a label".to_string()),
            p => Ok(p),
        });
        let piece = tried.unwrap_or_else(|why| {
            let end = ((off / 8 + 1) * 8).min(next_fixed).min(size);
            let len = end - off;
            let why = match len {
                8 => why,
                1 => "1 byte, not a whole slot".to_string(),
                _ if end == size && off.is_multiple_of(8) => format!("a partial slot: {len} bytes"),
                _ => format!("{len} bytes, not a whole slot"),
            };
            Piece::Raw(len, why)
        });
        let len = piece.len();
        out.push((off, piece));
        off += len;
    }
    out
}

trait LossyText {
    fn to_string_lossy(&self) -> String;
}

impl LossyText for isa::DecodeErrorKind {
    fn to_string_lossy(&self) -> String {
        let e = isa::DecodeError {
            pc: Pc(0),
            kind: self.clone(),
        };
        let s = e.to_string();
        s.split_once(": ").map(|(_, m)| m.to_string()).unwrap_or(s)
    }
}

/// Prints `obj` (or only its section `section`) as assembly text; see the module docs.
///
/// With `section: Some(name)` the text is a listing of that section alone (its directive,
/// labels and contents), without the declaration block, `.skmap`/`.license` forms or
/// `.addrsig` lines.
pub fn to_text(obj: &Object, section: Option<&str>) -> Result<String, DisasmError> {
    render(obj, section, true)
}

/// Like [`to_text`], but in plain llvm-mc syntax: never the `.skmap`/`.license` forms (the
/// `.maps`, `.BTF` and `license` sections print as data), so `llvm-mc -triple bpfel` itself
/// reassembles the text.
pub fn to_llvm_text(obj: &Object, section: Option<&str>) -> Result<String, DisasmError> {
    render(obj, section, false)
}

fn render(obj: &Object, section: Option<&str>, extensions: bool) -> Result<String, DisasmError> {
    let plan = elf::plan(obj).map_err(DisasmError::Invalid)?;
    let only = match section {
        None => None,
        Some(n) => Some(
            obj.sections
                .iter()
                .position(|s| s.name == n)
                .ok_or_else(|| DisasmError::NoSuchSection(n.to_string()))?,
        ),
    };
    let mut sym_at: HashMap<(usize, u64), Vec<usize>> = HashMap::new();
    for (i, s) in obj.symbols.iter().enumerate() {
        if let Some(sec) = s.section {
            sym_at.entry((sec, s.value)).or_default().push(i);
        }
    }
    let section_syms: HashSet<usize> = plan
        .order
        .iter()
        .filter_map(|e| {
            if let Entry::Section(i) = e {
                Some(*i)
            } else {
                None
            }
        })
        .collect();

    // Special forms.
    let real: Vec<usize> = (0..obj.sections.len())
        .filter(|&i| obj.sections[i].kind != SectionKind::AddrSig)
        .collect();
    let skmap = only.is_none()
        && extensions
        && real.len() >= 2
        && obj.sections[real[real.len() - 2]].name == ".maps"
        && obj.sections[real[real.len() - 1]].name == ".BTF"
        && !section_syms.contains(&real[real.len() - 2])
        && !section_syms.contains(&real[real.len() - 1])
        && btf::maps_reproducible(obj, &obj.maps);
    let license = if only.is_none() && extensions {
        obj.sections
            .iter()
            .position(|s| s.name == "license")
            .and_then(|i| license_string(obj, i).map(|b| (i, b)))
    } else {
        None
    };
    let mut skip = HashSet::new();
    let mut skip_syms = HashSet::new();
    if skmap {
        let (m, b) = (real[real.len() - 2], real[real.len() - 1]);
        skip.extend([m, b]);
        for (i, s) in obj.symbols.iter().enumerate() {
            if s.section == Some(m) {
                skip_syms.insert(i);
            }
        }
    }
    if let Some((li, _)) = license {
        skip.insert(li);
    }
    // The assembler starts every object with an empty `.text`, as llvm-mc does.
    let implicit_text = obj.sections.first().is_some_and(|t| {
        t.name == ".text" && t.is_code() && t.data.is_empty() && t.align <= 4 && t.relocs.is_empty()
    });
    if implicit_text
        && !section_syms.contains(&0)
        && !obj.symbols.iter().any(|s| s.section == Some(0))
    {
        skip.insert(0);
    }

    let names: HashSet<String> = obj.symbols.iter().map(|s| s.name.clone()).collect();
    let mut p = Printer {
        obj,
        plan,
        sym_at,
        labels: HashMap::new(),
        names,
        reloc_expr: HashMap::new(),
        code: Vec::new(),
        skip: skip.clone(),
        only,
        extensions,
    };
    p.lay_out_code();
    p.resolve()?;

    let mut out = String::new();
    if let Some(si) = only {
        p.body(&mut out, si)?;
        return Ok(out);
    }
    if let Some(f) = &obj.file {
        let _ = writeln!(out, "\t.file\t{}", quote_bytes(f.as_bytes()));
    }
    // Declarations: globals, then locals with early section entries.
    let decl = |out: &mut String, s: &Symbol| {
        let n = quote_name(&s.name);
        if s.kind != SymbolKind::NoType || s.binding == Binding::Local {
            let _ = writeln!(out, "\t.type\t{n},{}", kind_name(s.kind));
        }
        if s.size != 0 {
            let _ = writeln!(out, "\t.size\t{n}, {}", s.size);
        }
        if let Some(d) = s.visibility.directive() {
            let _ = writeln!(out, "\t{d}\t{n}");
        }
    };
    for e in &p.plan.order {
        let Entry::Sym(i) = *e else { continue };
        let s = &obj.symbols[i];
        if s.binding == Binding::Local {
            continue;
        }
        if skip_syms.contains(&i) {
            let Some(m) = obj.maps.iter().find(|m| m.name == s.name) else {
                return Err(unrep(
                    obj,
                    s.section.unwrap_or(0),
                    s.value,
                    "a symbol in .maps names no map",
                ));
            };
            let _ = write!(
                out,
                "\t.skmap\t{}, type={}, key={}, value={}, max_entries={}, flags={}",
                quote_name(&m.name),
                m.map_type.name(),
                m.key_size,
                m.value_size,
                m.max_entries,
                m.flags
            );
            let _ = match m.spin_lock {
                Some(at) => writeln!(out, ", spin_lock={at}"),
                None => writeln!(out),
            };
            continue;
        }
        let dir = if s.binding == Binding::Weak {
            ".weak"
        } else {
            ".globl"
        };
        let _ = writeln!(out, "\t{dir}\t{}", quote_name(&s.name));
        if license.is_some_and(|(li, _)| s.section == Some(li)) {
            continue;
        }
        decl(&mut out, s);
    }
    let enter = |out: &mut String, si: usize| -> Result<(), DisasmError> {
        if let Some((li, b)) = license {
            if li == si {
                let _ = writeln!(out, "\t.license\t{}", quote_bytes(b));
                return Ok(());
            }
        }
        let d = section_directive(&obj.sections[si]).map_err(|r| unrep(obj, si, 0, r))?;
        let _ = writeln!(out, "{d}");
        Ok(())
    };
    let mut entered = 0usize;
    for e in &p.plan.order {
        match *e {
            Entry::Section(si) => {
                while entered <= si {
                    if !skip.contains(&entered) || license.is_some_and(|(li, _)| li == entered) {
                        enter(&mut out, entered)?;
                    }
                    entered += 1;
                }
            }
            Entry::Sym(i) if obj.symbols[i].binding == Binding::Local => {
                decl(&mut out, &obj.symbols[i])
            }
            _ => {}
        }
    }
    // Contents.
    for si in 0..obj.sections.len() {
        if license.is_some_and(|(li, _)| li == si) {
            if si >= entered {
                enter(&mut out, si)?;
            }
            continue;
        }
        if skip.contains(&si) {
            continue;
        }
        out.push('\n');
        p.body(&mut out, si)?;
    }
    if let Some(list) = &obj.addrsig {
        let _ = writeln!(out, "\n\t.addrsig");
        for n in list {
            let _ = writeln!(out, "\t.addrsig_sym\t{}", quote_name(n));
        }
    }
    Ok(out)
}
