//! The in-memory object: what the assembler produces, the ELF writer writes, and the ELF
//! reader returns. It mirrors a relocatable ELF file closely (sections with bytes,
//! symbols, relocations) so that objects from clang and llvm-mc round-trip exactly, and it
//! carries what only the assembler knows: source spans per instruction, declared maps and
//! the warnings it gave.

use std::ops::Range;

/// A relocatable eBPF object.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Object {
    /// In the order they are first mentioned in the source (the order llvm-mc uses).
    pub sections: Vec<Section>,
    /// Symbols other than section symbols and the file symbol, in order of first mention in
    /// the source (the order in which llvm-mc creates them).
    pub symbols: Vec<Symbol>,
    /// Maps declared with `.skmap`, already laid out in `.maps` and described in `.BTF`.
    pub maps: Vec<MapDef>,
    /// Name of the STT_FILE symbol (`.file "name"`), first in the symbol table.
    pub file: Option<String>,
    /// Symbols listed in `.llvm_addrsig` (`.addrsig` + `.addrsig_sym`); `None` without `.addrsig`.
    pub addrsig: Option<Vec<String>>,
    /// What the assembler warned about (severity warning), in source order; not written to ELF.
    pub warnings: Vec<crate::diag::AsmError>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub name: String,
    pub kind: SectionKind,
    /// ELF `sh_flags` (SHF_ALLOC = 0x2, SHF_EXECINSTR = 0x4, SHF_WRITE = 0x1, ...).
    pub flags: u64,
    pub align: u64,
    /// ELF `sh_entsize` (1 for `.comment`, else usually 0).
    pub entsize: u64,
    /// Contents (empty for `Bss`; see `bss_size`).
    pub data: Vec<u8>,
    pub bss_size: u64,
    pub relocs: Vec<Reloc>,
    /// For code sections: where each instruction and data item came from.
    pub source_map: SourceMap,
    /// Where this section's STT_SECTION symbol goes among the local symbols: after the local
    /// symbols among the first `symbols_before` entries of `Object::symbols`. llvm-mc
    /// registers a section's symbol when the section is first entered and any other symbol
    /// when it is first mentioned, and orders local symbols by registration; so this is the
    /// number of `Object::symbols` entries mentioned before the section was first entered.
    /// 0 (the default) puts the section symbol before every local symbol.
    pub symbols_before: usize,
    /// Write the STT_SECTION symbol even when no relocation targets the section (llvm-mc
    /// writes a section symbol only when a relocation uses it; other producers may not).
    pub keep_section_symbol: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKind {
    /// SHT_PROGBITS with SHF_EXECINSTR: eBPF instructions.
    Code,
    /// SHT_PROGBITS without SHF_EXECINSTR (`.rodata`, `.data`, `.maps`, `license`, `.BTF`, ...).
    Data,
    /// SHT_NOBITS (`.bss`).
    Bss,
    /// SHT_LLVM_ADDRSIG (`.llvm_addrsig`), emitted for `.addrsig`.
    AddrSig,
}

impl Section {
    pub fn new(name: &str, kind: SectionKind, flags: u64, align: u64) -> Self {
        Section {
            name: name.to_string(),
            kind,
            flags,
            align,
            entsize: 0,
            data: Vec::new(),
            bss_size: 0,
            relocs: Vec::new(),
            source_map: SourceMap::default(),
            symbols_before: 0,
            keep_section_symbol: false,
        }
    }

    /// Size in bytes (`bss_size` for `Bss`, else the length of `data`).
    pub fn size(&self) -> u64 {
        if self.kind == SectionKind::Bss {
            self.bss_size
        } else {
            self.data.len() as u64
        }
    }

    pub fn is_code(&self) -> bool {
        self.kind == SectionKind::Code
    }

    /// Where the instruction or data at byte `offset` (or the last one before it) came from.
    pub fn source_at(&self, offset: u64) -> Option<SourceLoc> {
        self.source_map.at(offset)
    }
}

/// ELF section flag values used by the assembler.
pub mod shf {
    pub const WRITE: u64 = 0x1;
    pub const ALLOC: u64 = 0x2;
    pub const EXECINSTR: u64 = 0x4;
    pub const MERGE: u64 = 0x10;
    pub const STRINGS: u64 = 0x20;
    pub const EXCLUDE: u64 = 0x8000_0000;
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Symbol {
    pub name: String,
    /// Index into `Object::sections`; `None` for an undefined symbol.
    pub section: Option<usize>,
    pub value: u64,
    pub size: u64,
    pub kind: SymbolKind,
    pub binding: Binding,
    pub visibility: Visibility,
}

/// A symbol's ELF visibility (the low bits of `st_other`), as `.internal`, `.hidden` and
/// `.protected` set it; the discriminants are the ELF values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Visibility {
    #[default]
    Default = 0,
    Internal = 1,
    Hidden = 2,
    Protected = 3,
}

impl Visibility {
    /// The directive that sets it (none for the default).
    pub fn directive(self) -> Option<&'static str> {
        match self {
            Visibility::Default => None,
            Visibility::Internal => Some(".internal"),
            Visibility::Hidden => Some(".hidden"),
            Visibility::Protected => Some(".protected"),
        }
    }

    pub fn from_st_other(st_other: u8) -> Self {
        match st_other & 3 {
            1 => Visibility::Internal,
            2 => Visibility::Hidden,
            3 => Visibility::Protected,
            _ => Visibility::Default,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SymbolKind {
    NoType,
    Func,
    Object,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Binding {
    Local,
    Global,
    Weak,
}

/// A relocation in a section. `target` names a symbol of `Object::symbols`, or a section
/// (its section symbol) when `RelocTarget::Section`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reloc {
    pub offset: u64,
    pub kind: RelocKind,
    pub target: RelocTarget,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RelocTarget {
    Symbol(String),
    Section(usize),
}

/// BPF relocation types (LLVM's `ELFRelocs/BPF.def`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelocKind {
    /// 1: `ld_imm64` of a symbol address (map references).
    Bpf64_64,
    /// 2: 64-bit absolute data.
    Bpf64Abs64,
    /// 3: 32-bit absolute data.
    Bpf64Abs32,
    /// 4: 32-bit data not resolved by dynamic loaders (`.BTF.ext`, DWARF).
    Bpf64NoDyld32,
    /// 10: `call` to a function in another section or undefined.
    Bpf64_32,
}

impl RelocKind {
    pub const ALL: [RelocKind; 5] = [
        RelocKind::Bpf64_64,
        RelocKind::Bpf64Abs64,
        RelocKind::Bpf64Abs32,
        RelocKind::Bpf64NoDyld32,
        RelocKind::Bpf64_32,
    ];

    pub fn elf_type(self) -> u32 {
        match self {
            RelocKind::Bpf64_64 => 1,
            RelocKind::Bpf64Abs64 => 2,
            RelocKind::Bpf64Abs32 => 3,
            RelocKind::Bpf64NoDyld32 => 4,
            RelocKind::Bpf64_32 => 10,
        }
    }

    pub fn from_elf_type(t: u32) -> Option<RelocKind> {
        RelocKind::ALL.into_iter().find(|k| k.elf_type() == t)
    }

    pub fn name(self) -> &'static str {
        match self {
            RelocKind::Bpf64_64 => "R_BPF_64_64",
            RelocKind::Bpf64Abs64 => "R_BPF_64_ABS64",
            RelocKind::Bpf64Abs32 => "R_BPF_64_ABS32",
            RelocKind::Bpf64NoDyld32 => "R_BPF_64_NODYLD32",
            RelocKind::Bpf64_32 => "R_BPF_64_32",
        }
    }
}

/// A map declared in assembly with `.skmap` (becomes a BTF-defined map in `.maps`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapDef {
    pub name: String,
    pub map_type: MapType,
    pub key_size: u32,
    pub value_size: u32,
    pub max_entries: u32,
    pub flags: u32,
    /// `spin_lock=OFF`: the value holds a `struct bpf_spin_lock` at byte `OFF`, so the map's
    /// BTF names its key and value types (`__type(key, ...)`, `__type(value, ...)`) and
    /// libbpf creates it with that BTF, as the kernel requires of a map a program locks.
    pub spin_lock: Option<u32>,
    pub span: Span,
}

/// Map types: skctx's enum of `enum bpf_map_type`, the one table of map types
/// ([`skctx::MAP_TYPES`]); `.skmap` declares those whose [`MapType::skmap`] is true.
pub use skctx::MapType;

/// Where one instruction (or data item of a code section) came from: its byte offset in the
/// section and its 1-based source line; the line's text gives the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SourceLoc {
    pub offset: u32,
    pub line: u32,
}

/// The source line of every instruction of a code section, stored as runs: most
/// instructions sit one per line right after the previous one, so a run records only its
/// first instruction, and instruction `k` of the run is `8 * k` bytes and `k` lines further.
/// Anything else (a 16-byte `ld_imm64`, data of another size, the items of one line of data)
/// is a run of its own, up to the next run. A million-line file needs a few hundred thousand
/// runs instead of a million entries. Every byte of a code section is pushed, so runs end
/// where the next begins.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceMap {
    runs: Vec<SourceRun>,
    /// Offset just past the last instruction.
    end: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct SourceRun {
    offset: u32,
    line: u32,
    /// One item (not a run of 8-byte instructions on successive lines).
    single: bool,
}

impl SourceMap {
    /// Records an item of `len` bytes at `offset` (8 or 16 for an instruction), after all
    /// earlier ones.
    pub fn push(&mut self, offset: u32, line: u32, len: u32) {
        let single = len != 8;
        let continues = |r: &SourceRun| {
            offset == self.end
                && if single || r.single {
                    // More data of the same line: the same item.
                    single && r.single && line == r.line
                } else {
                    line > r.line && (offset - r.offset) as u64 == 8 * (line - r.line) as u64
                }
        };
        if !self.runs.last().is_some_and(continues) {
            self.runs.push(SourceRun {
                offset,
                line,
                single,
            });
        }
        self.end = offset + len;
    }

    pub fn reserve(&mut self, runs: usize) {
        self.runs.reserve(runs);
    }

    pub fn is_empty(&self) -> bool {
        self.runs.is_empty()
    }

    /// The item at byte `offset`, or the last one before it.
    pub fn at(&self, offset: u64) -> Option<SourceLoc> {
        let i = self.runs.partition_point(|r| r.offset as u64 <= offset);
        let r = self.runs.get(i.checked_sub(1)?)?;
        let k = if r.single {
            0
        } else {
            let last = self.runs.get(i).map_or(self.end, |n| n.offset) as u64;
            (offset.min(last.saturating_sub(8)) - r.offset as u64) / 8
        };
        Some(SourceLoc {
            offset: r.offset + 8 * k as u32,
            line: r.line + k as u32,
        })
    }

    /// Every item, in offset order.
    pub fn iter(&self) -> impl Iterator<Item = SourceLoc> + '_ {
        self.runs.iter().enumerate().flat_map(move |(i, r)| {
            let next = self.runs.get(i + 1).map_or(self.end, |n| n.offset);
            let count = if r.single { 1 } else { (next - r.offset) / 8 };
            (0..count).map(move |k| SourceLoc {
                offset: r.offset + 8 * k,
                line: r.line + k,
            })
        })
    }
}

/// A byte range in the source text, with the 1-based line and column of its start.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Span {
    pub bytes: Range<usize>,
    pub line: u32,
    pub col: u32,
}
