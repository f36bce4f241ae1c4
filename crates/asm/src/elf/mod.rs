//! Relocatable eBPF ELF files: [`write`] an [`Object`](crate::Object) the way
//! `llvm-mc -triple bpfel -filetype=obj` does, [`read`] any EM_BPF relocatable object (ours,
//! llvm-mc's, clang's) back, and [`read_raw`] flat instruction files.
//!
//! # What llvm-mc writes, and so what [`write`] writes
//!
//! Measured on LLVM 14 and LLVM 19 (both produce byte-identical objects for the same source):
//!
//! * **Header**: ELF64, little-endian, `ET_REL`, `EM_BPF` (247), OS ABI 0, `e_flags` 0,
//!   no program headers (`e_phentsize` 0).
//! * **Section header table**: `[0]` NULL, `[1]` `.strtab` (one string table shared by
//!   section and symbol names; it is also `e_shstrndx`), then every section in the object's
//!   order, each immediately followed by its `.rel<name>` section when it has relocations,
//!   then `.llvm_addrsig` (when [`Object::addrsig`](crate::Object) is `Some`), then `.symtab`.
//! * **File layout**: the 64-byte header; section contents in order, each padded to its
//!   alignment; `.symtab` (8-aligned); the `.rel` sections (8-aligned); `.llvm_addrsig`;
//!   `.strtab`; the section header table (8-aligned). Padding is zero.
//! * **Relocations** are `SHT_REL` (never RELA): the addend lives in the section bytes.
//!   `.rel<name>` has flags `SHF_INFO_LINK`, `sh_link` = `.symtab`, `sh_info` = the section,
//!   alignment 8, entry size 16. Entries are written in the object's order.
//! * **`.strtab`** is built like LLVM's `StringTableBuilder` in ELF mode: a leading NUL, then
//!   the strings sorted by their reversed bytes (descending, a string before its suffixes),
//!   each string that is a suffix of the previous one sharing its bytes (tail merging).
//! * **Symbol table**: the null symbol; the `STT_FILE` symbol when `Object::file` is set
//!   (`SHN_ABS`, LOCAL); the local symbols; then the global and weak ones (`sh_info` is the
//!   index of the first non-local). Within each group the order is llvm-mc's *registration*
//!   order: a section's `STT_SECTION` symbol is registered when the section is first
//!   entered, any other symbol when it is first mentioned (label, directive or operand).
//!   `Object::symbols` is in mention order; each section's
//!   [`symbols_before`](crate::Section::symbols_before) says where its section symbol falls.
//!   Section symbols have `st_name` 0.
//! * **Which symbols exist**: assembler temporaries (names starting with `.L`) are dropped,
//!   unless a relocation must name them (below). A section symbol is written only when a
//!   relocation targets the section (or [`keep_section_symbol`](crate::Section) is set).
//!   Undefined symbols that are referenced are GLOBAL NOTYPE (llvm-mc's rule; the lowering
//!   decides the binding).
//!
//! # Relocation rules (LLVM's `ELFObjectWriter::shouldRelocateWithSymbol` + BPF backend)
//!
//! A relocation whose [`RelocTarget::Symbol`](crate::RelocTarget) names a *local defined*
//! symbol (binding LOCAL, or a `.L` temporary) is rewritten against the symbol's section
//! symbol, with the symbol's value folded into the addend stored in place — unless the
//! symbol's section is `SHF_MERGE` and the in-place addend is non-zero, in which case the
//! symbol is kept (and written, even if temporary). Global, weak and undefined symbols are
//! always relocated against by name. In-place addends per kind:
//!
//! | kind | where | in-place value for target `T + A` |
//! |---|---|---|
//! | `R_BPF_64_64` (1) | `ld_imm64` at the offset: `r1 = map ll` | first slot `imm` = low 32 bits of `A` (second `imm` stays 0) |
//! | `R_BPF_64_ABS64` (2) | `.quad sym` | 64-bit word = `A` |
//! | `R_BPF_64_ABS32` (3) | `.long sym` | 32-bit word = `A` |
//! | `R_BPF_64_NODYLD32` (4) | `.long sym` in `.BTF`/`.BTF.ext` | 32-bit word = `A` |
//! | `R_BPF_64_32` (10) | `call sym` (src_reg 1) | `imm` = `A / 8 - 1` |
//!
//! So `r1 = local_map ll` against a LOCAL `local_map` at offset 32 of `.maps` becomes
//! `R_BPF_64_64 .maps` with `imm = 32`, and `call other` to a local function at offset 16
//! of `.text.other` becomes `R_BPF_64_32 .text.other` with `imm = 1`. A call or jump to a
//! symbol *in the same section* that is local is resolved by the assembler (no relocation);
//! a call to a global symbol in the same section still gets `R_BPF_64_32` against it.
//! For 4-byte data, LLVM chooses `R_BPF_64_NODYLD32` when the symbol is defined and is
//! either a temporary in an executable section (`.BTF.ext` instruction offsets) or a
//! non-temporary in an allocated writable section (`.BTF` DATASEC offsets of `.maps`/`.data`
//! variables), and `R_BPF_64_ABS32` otherwise ([`data4_reloc_kind`]). libbpf resolves map
//! references only through the symbol's own `st_value`, so maps must be GLOBAL symbols.

mod read;
mod write;

pub use read::{read, read_for_loading, read_raw, ReadError};
pub(crate) use write::{plan, Entry, Plan};
pub use write::{write, WriteError};

use crate::object::{shf, Section};

/// `EM_BPF`.
pub const EM_BPF: u16 = 247;
/// `SHT_LLVM_ADDRSIG`.
pub const SHT_LLVM_ADDRSIG: u32 = 0x6fff_4c03;

/// The 4-byte data relocation llvm-mc emits for `.long sym`, given the section `sym` is
/// defined in (`None` when undefined) and whether `sym` is a temporary (`.L`) label.
pub fn data4_reloc_kind(defined_in: Option<&Section>, temporary: bool) -> crate::RelocKind {
    use crate::RelocKind::{Bpf64Abs32, Bpf64NoDyld32};
    let Some(sec) = defined_in else {
        return Bpf64Abs32;
    };
    let alloc = sec.flags & shf::ALLOC != 0;
    if temporary {
        if alloc && sec.flags & shf::EXECINSTR != 0 {
            return Bpf64NoDyld32;
        }
    } else if alloc && sec.flags & shf::WRITE != 0 {
        return Bpf64NoDyld32;
    }
    Bpf64Abs32
}

/// Whether a symbol name is an assembler temporary (never in the symbol table by itself).
pub fn is_temporary(name: &str) -> bool {
    name.starts_with(".L")
}

/// Byte width of the value a relocation kind patches.
pub fn reloc_width(kind: crate::RelocKind) -> u64 {
    use crate::RelocKind::*;
    match kind {
        Bpf64_64 => 16,
        Bpf64Abs64 => 8,
        Bpf64Abs32 | Bpf64NoDyld32 => 4,
        Bpf64_32 => 8,
    }
}

/// LLVM's ELF string table (`StringTableBuilder`, kind ELF, tail merging): offsets of
/// `strings` (duplicates allowed) and the table bytes.
pub(crate) fn llvm_strtab(strings: &[&str]) -> (Vec<u8>, std::collections::HashMap<String, u32>) {
    let mut uniq: Vec<&[u8]> = strings
        .iter()
        .map(|s| s.as_bytes())
        .filter(|s| !s.is_empty())
        .collect();
    uniq.sort_unstable();
    uniq.dedup();
    // Descending by reversed bytes; a string sorts before its proper suffixes.
    uniq.sort_by(|a, b| b.iter().rev().cmp(a.iter().rev()));
    let mut out = vec![0u8];
    let mut map = std::collections::HashMap::new();
    let mut prev: &[u8] = &[];
    for s in uniq {
        let off = if prev.ends_with(s) {
            out.len() - s.len() - 1
        } else {
            let o = out.len();
            out.extend_from_slice(s);
            out.push(0);
            prev = s;
            o
        };
        map.insert(String::from_utf8_lossy(s).into_owned(), off as u32);
    }
    map.insert(String::new(), 0);
    (out, map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strtab_tail_merges() {
        let (bytes, map) = llvm_strtab(&[".text", ".rel.text", "text", "a", ".symtab"]);
        // ".rel.text" first (reversed "txet.ler." > "txet."), then ".text" and "text" share it.
        assert_eq!(&bytes[..], b"\0.rel.text\0.symtab\0a\0");
        assert_eq!(map[".rel.text"], 1);
        assert_eq!(map[".text"], 5);
        assert_eq!(map["text"], 6);
    }
}
