//! [`Object`] to a relocatable ELF file laid out exactly as llvm-mc lays it out (see the
//! module documentation of [`crate::elf`] for the rules).

use super::{is_temporary, llvm_strtab, reloc_width, EM_BPF, SHT_LLVM_ADDRSIG};
use crate::object::{shf, Binding, Object, RelocKind, RelocTarget, SectionKind, SymbolKind};
use object::elf;
use object::endian::{LittleEndian as LE, U16, U32, U64};
use object::pod::bytes_of;
use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

/// Why an [`Object`] cannot be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteError {
    /// A relocation names a symbol that is not in `Object::symbols`.
    UnknownSymbol {
        section: String,
        offset: u64,
        name: String,
    },
    /// A section index (in a symbol or `RelocTarget::Section`) is out of range.
    BadSectionIndex { index: usize },
    /// A relocation's patched bytes are not inside its section.
    RelocOutOfBounds { section: String, offset: u64 },
    /// A relocation against an undefined temporary (`.L`) symbol.
    UndefinedTemporary { name: String },
    /// A section uses a name the writer creates itself (`.strtab`, `.symtab`, `.rel...`).
    ReservedSectionName { name: String },
    /// A name contains a NUL byte.
    NulInName { name: String },
    /// More sections than the ELF header can count (no extended numbering here).
    TooManySections,
}

impl WriteError {
    /// Stable kebab-case code.
    pub fn code(&self) -> &'static str {
        match self {
            WriteError::UnknownSymbol { .. } => "elf-unknown-symbol",
            WriteError::BadSectionIndex { .. } => "elf-bad-section-index",
            WriteError::RelocOutOfBounds { .. } => "elf-reloc-out-of-bounds",
            WriteError::UndefinedTemporary { .. } => "elf-undefined-temporary",
            WriteError::ReservedSectionName { .. } => "elf-reserved-section-name",
            WriteError::NulInName { .. } => "elf-nul-in-name",
            WriteError::TooManySections => "elf-too-many-sections",
        }
    }
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::UnknownSymbol {
                section,
                offset,
                name,
            } => {
                write!(
                    f,
                    "relocation at {section}+{offset:#x} names unknown symbol `{name}`"
                )
            }
            WriteError::BadSectionIndex { index } => write!(f, "no section with index {index}"),
            WriteError::RelocOutOfBounds { section, offset } => {
                write!(
                    f,
                    "relocation at {section}+{offset:#x} is outside the section"
                )
            }
            WriteError::UndefinedTemporary { name } => {
                write!(f, "relocation against undefined temporary symbol `{name}`")
            }
            WriteError::ReservedSectionName { name } => {
                write!(f, "section name `{name}` is reserved for the ELF writer")
            }
            WriteError::NulInName { name } => write!(f, "name {name:?} contains a NUL byte"),
            WriteError::TooManySections => write!(f, "too many sections"),
        }
    }
}

impl std::error::Error for WriteError {}

/// A symbol table entry before numbering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Entry {
    File,
    Section(usize),
    /// Index into `Object::symbols`.
    Sym(usize),
}

/// A relocation after LLVM's symbol-vs-section decision.
pub(crate) struct FinalReloc {
    pub offset: u64,
    pub kind: RelocKind,
    pub target: Entry,
}

/// Adds `delta` to the in-place addend of a relocation of `kind` at `offset` in `data`.
fn fold_addend(data: &mut [u8], offset: usize, kind: RelocKind, delta: u64) {
    match kind {
        RelocKind::Bpf64_64 => add_u32(data, offset + 4, delta as u32),
        RelocKind::Bpf64_32 => add_u32(data, offset + 4, (delta / 8) as u32),
        RelocKind::Bpf64Abs64 => {
            let b: [u8; 8] = data[offset..offset + 8].try_into().expect("8 bytes");
            let v = u64::from_le_bytes(b).wrapping_add(delta);
            data[offset..offset + 8].copy_from_slice(&v.to_le_bytes());
        }
        RelocKind::Bpf64Abs32 | RelocKind::Bpf64NoDyld32 => add_u32(data, offset, delta as u32),
    }
}

fn add_u32(data: &mut [u8], at: usize, delta: u32) {
    let b: [u8; 4] = data[at..at + 4].try_into().expect("4 bytes");
    let v = u32::from_le_bytes(b).wrapping_add(delta);
    data[at..at + 4].copy_from_slice(&v.to_le_bytes());
}

/// The in-place addend (LLVM's constant `C` of `sym + C`) of a relocation.
fn in_place_addend(data: &[u8], offset: usize, kind: RelocKind) -> i64 {
    let u32_at = |at: usize| u32::from_le_bytes(data[at..at + 4].try_into().expect("4 bytes"));
    match kind {
        RelocKind::Bpf64_64 => u32_at(offset + 4) as i32 as i64,
        RelocKind::Bpf64_32 => (u32_at(offset + 4) as i32 as i64 + 1) * 8,
        RelocKind::Bpf64Abs64 => {
            u64::from_le_bytes(data[offset..offset + 8].try_into().expect("8 bytes")) as i64
        }
        RelocKind::Bpf64Abs32 | RelocKind::Bpf64NoDyld32 => u32_at(offset) as i32 as i64,
    }
}

/// Largest alignment the writer pads section contents to.
const MAX_PADDING_ALIGN: u64 = 1 << 16;

fn align_to(n: u64, a: u64) -> u64 {
    if a <= 1 {
        n
    } else {
        n.div_ceil(a) * a
    }
}

fn pad_to(out: &mut Vec<u8>, align: u64) {
    let n = align_to(out.len() as u64, align) as usize;
    out.resize(n, 0);
}

fn check_name(name: &str) -> Result<(), WriteError> {
    if name.contains('\0') {
        return Err(WriteError::NulInName {
            name: name.to_string(),
        });
    }
    Ok(())
}

/// What the writer decided before laying out the file.
pub(crate) struct Plan<'o> {
    /// Section contents with folded addends (copied only where an addend changes).
    pub datas: Vec<Cow<'o, [u8]>>,
    /// Final relocations per section.
    pub relocs: Vec<Vec<FinalReloc>>,
    /// Symbol table entries after the null symbol.
    pub order: Vec<Entry>,
    /// Symbol table index of the first non-local symbol.
    pub first_global: usize,
}

/// Decides relocation targets (folding local symbols into section symbols) and the symbol
/// table order.
pub(crate) fn plan(obj: &Object) -> Result<Plan<'_>, WriteError> {
    let nsec = obj.sections.len();
    for s in &obj.sections {
        check_name(&s.name)?;
        if s.name == ".strtab" || s.name == ".symtab" {
            return Err(WriteError::ReservedSectionName {
                name: s.name.clone(),
            });
        }
    }
    for s in &obj.symbols {
        check_name(&s.name)?;
        if let Some(i) = s.section {
            if i >= nsec {
                return Err(WriteError::BadSectionIndex { index: i });
            }
        }
    }
    if let Some(f) = &obj.file {
        check_name(f)?;
    }
    // First symbol of each name (relocations name symbols).
    let mut by_name: HashMap<&str, usize> = HashMap::new();
    for (i, s) in obj.symbols.iter().enumerate() {
        by_name.entry(s.name.as_str()).or_insert(i);
    }

    // Decide every relocation's target; fold addends of local symbols into the bytes.
    let mut datas: Vec<Cow<[u8]>> = obj
        .sections
        .iter()
        .map(|s| Cow::Borrowed(s.data.as_slice()))
        .collect();
    let mut relocs: Vec<Vec<FinalReloc>> = Vec::with_capacity(nsec);
    let mut section_used = vec![false; nsec];
    let mut temp_used = vec![false; obj.symbols.len()];
    for (si, sec) in obj.sections.iter().enumerate() {
        let mut out = Vec::with_capacity(sec.relocs.len());
        for r in &sec.relocs {
            let end = r.offset.checked_add(reloc_width(r.kind));
            if sec.kind == SectionKind::Bss || end.is_none_or(|e| e > sec.data.len() as u64) {
                return Err(WriteError::RelocOutOfBounds {
                    section: sec.name.clone(),
                    offset: r.offset,
                });
            }
            let target = match &r.target {
                RelocTarget::Section(i) => {
                    if *i >= nsec {
                        return Err(WriteError::BadSectionIndex { index: *i });
                    }
                    section_used[*i] = true;
                    Entry::Section(*i)
                }
                RelocTarget::Symbol(name) => {
                    let Some(&idx) = by_name.get(name.as_str()) else {
                        return Err(WriteError::UnknownSymbol {
                            section: sec.name.clone(),
                            offset: r.offset,
                            name: name.clone(),
                        });
                    };
                    let sym = &obj.symbols[idx];
                    let temp = is_temporary(&sym.name);
                    match sym.section {
                        None if temp => {
                            return Err(WriteError::UndefinedTemporary {
                                name: sym.name.clone(),
                            })
                        }
                        Some(ts) if temp || sym.binding == Binding::Local => {
                            let merge = obj.sections[ts].flags & shf::MERGE != 0;
                            let c = in_place_addend(&datas[si], r.offset as usize, r.kind);
                            if merge && c != 0 {
                                temp_used[idx] |= temp;
                                Entry::Sym(idx)
                            } else {
                                if sym.value != 0 {
                                    let data = datas[si].to_mut();
                                    fold_addend(data, r.offset as usize, r.kind, sym.value);
                                }
                                section_used[ts] = true;
                                Entry::Section(ts)
                            }
                        }
                        _ => Entry::Sym(idx),
                    }
                }
            };
            out.push(FinalReloc {
                offset: r.offset,
                kind: r.kind,
                target,
            });
        }
        relocs.push(out);
    }

    // Symbol table order: file, locals (section symbols merged by `symbols_before`), globals.
    let in_symtab = |i: usize| !is_temporary(&obj.symbols[i].name) || temp_used[i];
    let mut order: Vec<Entry> = Vec::new();
    if obj.file.is_some() {
        order.push(Entry::File);
    }
    let mut sec_syms: Vec<usize> = (0..nsec)
        .filter(|&i| section_used[i] || obj.sections[i].keep_section_symbol)
        .collect();
    sec_syms.sort_by_key(|&i| (obj.sections[i].symbols_before, i));
    let mut next_sec = sec_syms.iter().peekable();
    for (i, s) in obj.symbols.iter().enumerate() {
        if s.binding != Binding::Local || !in_symtab(i) {
            continue;
        }
        while let Some(&&si) = next_sec.peek() {
            if obj.sections[si].symbols_before > i {
                break;
            }
            order.push(Entry::Section(si));
            next_sec.next();
        }
        order.push(Entry::Sym(i));
    }
    order.extend(next_sec.map(|&si| Entry::Section(si)));
    let first_global = order.len() + 1;
    for (i, s) in obj.symbols.iter().enumerate() {
        if s.binding != Binding::Local && in_symtab(i) {
            order.push(Entry::Sym(i));
        }
    }
    Ok(Plan {
        datas,
        relocs,
        order,
        first_global,
    })
}

/// Writes `obj` as a relocatable ELF64 little-endian EM_BPF object, laid out as llvm-mc does.
///
/// Section contents are written as given, except that relocations against local defined
/// symbols are rewritten against section symbols with the symbol's value folded into the
/// in-place addend (LLVM's rule, see [`crate::elf`]).
pub fn write(obj: &Object) -> Result<Vec<u8>, WriteError> {
    let Plan {
        datas,
        relocs,
        order,
        first_global,
    } = plan(obj)?;
    let nsec = obj.sections.len();
    let mut by_name: HashMap<&str, usize> = HashMap::new();
    for (i, s) in obj.symbols.iter().enumerate() {
        by_name.entry(s.name.as_str()).or_insert(i);
    }
    let sym_index: HashMap<Entry, u32> = order
        .iter()
        .enumerate()
        .map(|(k, e)| (*e, k as u32 + 1))
        .collect();

    // Section header indices: NULL, .strtab, sections (+ .rel), .llvm_addrsig, .symtab.
    let mut shndx = vec![0u32; nsec];
    let mut rel_shndx = vec![None; nsec];
    let mut next = 2u32;
    for i in 0..nsec {
        shndx[i] = next;
        next += 1;
        if !relocs[i].is_empty() {
            rel_shndx[i] = Some(next);
            next += 1;
        }
    }
    let addrsig_shndx = obj.addrsig.as_ref().map(|_| {
        next += 1;
        next - 1
    });
    let symtab_shndx = next;
    let shnum = next + 1;
    if shnum >= elf::SHN_LORESERVE as u32 {
        return Err(WriteError::TooManySections);
    }

    // String table: section names (with .rel names), symbol names.
    let rel_names: Vec<String> = obj
        .sections
        .iter()
        .map(|s| format!(".rel{}", s.name))
        .collect();
    let mut strings: Vec<&str> = vec![".strtab", ".symtab"];
    for (i, s) in obj.sections.iter().enumerate() {
        strings.push(&s.name);
        if rel_shndx[i].is_some() {
            strings.push(&rel_names[i]);
        }
    }
    if addrsig_shndx.is_some() {
        strings.push(".llvm_addrsig");
    }
    if let Some(f) = &obj.file {
        strings.push(f);
    }
    for e in &order {
        if let Entry::Sym(i) = e {
            strings.push(&obj.symbols[*i].name);
        }
    }
    let (strtab, stroff) = llvm_strtab(&strings);

    let e = LE;
    let mut out = vec![0u8; 64];
    // Section contents.
    let mut sec_off = vec![0u64; nsec];
    for (i, s) in obj.sections.iter().enumerate() {
        // The header keeps any alignment; file padding is capped so that absurd values
        // (from a damaged input) cannot blow up the output.
        pad_to(&mut out, s.align.min(MAX_PADDING_ALIGN));
        sec_off[i] = out.len() as u64;
        if s.kind != SectionKind::Bss {
            out.extend_from_slice(&datas[i]);
        }
    }
    // Symbol table.
    pad_to(&mut out, 8);
    let symtab_off = out.len() as u64;
    out.extend_from_slice(bytes_of(&elf::Sym64::<LE> {
        st_name: U32::new(e, 0),
        st_info: 0,
        st_other: 0,
        st_shndx: U16::new(e, 0),
        st_value: U64::new(e, 0),
        st_size: U64::new(e, 0),
    }));
    for entry in &order {
        let other = match *entry {
            Entry::Sym(i) => obj.symbols[i].visibility as u8,
            _ => 0,
        };
        let (name, info, shn, value, size) = match *entry {
            Entry::File => {
                let f = obj.file.as_deref().unwrap_or_default();
                (stroff[f], elf::STT_FILE, elf::SHN_ABS, 0, 0)
            }
            Entry::Section(i) => (0, elf::STT_SECTION, shndx[i] as u16, 0, 0),
            Entry::Sym(i) => {
                let s = &obj.symbols[i];
                let bind = match s.binding {
                    Binding::Local => elf::STB_LOCAL,
                    Binding::Global => elf::STB_GLOBAL,
                    Binding::Weak => elf::STB_WEAK,
                };
                let ty = match s.kind {
                    SymbolKind::NoType => elf::STT_NOTYPE,
                    SymbolKind::Func => elf::STT_FUNC,
                    SymbolKind::Object => elf::STT_OBJECT,
                };
                let shn = s.section.map_or(elf::SHN_UNDEF, |i| shndx[i] as u16);
                (
                    stroff[s.name.as_str()],
                    (bind << 4) | ty,
                    shn,
                    s.value,
                    s.size,
                )
            }
        };
        let info = if matches!(entry, Entry::Sym(_)) {
            info
        } else {
            info | (elf::STB_LOCAL << 4)
        };
        out.extend_from_slice(bytes_of(&elf::Sym64::<LE> {
            st_name: U32::new(e, name),
            st_info: info,
            st_other: other,
            st_shndx: U16::new(e, shn),
            st_value: U64::new(e, value),
            st_size: U64::new(e, size),
        }));
    }
    let symtab_size = out.len() as u64 - symtab_off;
    // Relocation sections.
    let mut rel_off = vec![0u64; nsec];
    for i in 0..nsec {
        if rel_shndx[i].is_none() {
            continue;
        }
        pad_to(&mut out, 8);
        rel_off[i] = out.len() as u64;
        for r in &relocs[i] {
            let sym = sym_index[&r.target] as u64;
            out.extend_from_slice(bytes_of(&elf::Rel64::<LE> {
                r_offset: U64::new(e, r.offset),
                r_info: U64::new(e, (sym << 32) | r.kind.elf_type() as u64),
            }));
        }
    }
    // Address-significance table: ULEB128 symbol indices.
    let addrsig_off = out.len() as u64;
    if let Some(names) = &obj.addrsig {
        for n in names {
            let Some(&idx) = by_name.get(n.as_str()) else {
                continue;
            };
            let Some(&k) = sym_index.get(&Entry::Sym(idx)) else {
                continue;
            };
            crate::leb128::uleb(&mut out, k as u64);
        }
    }
    let addrsig_size = out.len() as u64 - addrsig_off;
    let strtab_off = out.len() as u64;
    out.extend_from_slice(&strtab);
    pad_to(&mut out, 8);
    let shoff = out.len() as u64;

    // Section headers.
    let mut shdr = |name: u32,
                    ty: u32,
                    flags: u64,
                    off: u64,
                    size: u64,
                    link: u32,
                    info: u32,
                    align: u64,
                    entsize: u64| {
        out.extend_from_slice(bytes_of(&elf::SectionHeader64::<LE> {
            sh_name: U32::new(e, name),
            sh_type: U32::new(e, ty),
            sh_flags: U64::new(e, flags),
            sh_addr: U64::new(e, 0),
            sh_offset: U64::new(e, off),
            sh_size: U64::new(e, size),
            sh_link: U32::new(e, link),
            sh_info: U32::new(e, info),
            sh_addralign: U64::new(e, align),
            sh_entsize: U64::new(e, entsize),
        }));
    };
    shdr(0, elf::SHT_NULL, 0, 0, 0, 0, 0, 0, 0);
    shdr(
        stroff[".strtab"],
        elf::SHT_STRTAB,
        0,
        strtab_off,
        strtab.len() as u64,
        0,
        0,
        1,
        0,
    );
    for (i, s) in obj.sections.iter().enumerate() {
        let ty = match s.kind {
            SectionKind::Code | SectionKind::Data => elf::SHT_PROGBITS,
            SectionKind::Bss => elf::SHT_NOBITS,
            SectionKind::AddrSig => SHT_LLVM_ADDRSIG,
        };
        let link = if s.kind == SectionKind::AddrSig {
            symtab_shndx
        } else {
            0
        };
        let size = s.size();
        shdr(
            stroff[s.name.as_str()],
            ty,
            s.flags,
            sec_off[i],
            size,
            link,
            0,
            s.align,
            s.entsize,
        );
        if rel_shndx[i].is_some() {
            let size = relocs[i].len() as u64 * 16;
            let name = stroff[rel_names[i].as_str()];
            shdr(
                name,
                elf::SHT_REL,
                elf::SHF_INFO_LINK as u64,
                rel_off[i],
                size,
                symtab_shndx,
                shndx[i],
                8,
                16,
            );
        }
    }
    if addrsig_shndx.is_some() {
        let name = stroff[".llvm_addrsig"];
        shdr(
            name,
            SHT_LLVM_ADDRSIG,
            shf::EXCLUDE,
            addrsig_off,
            addrsig_size,
            symtab_shndx,
            0,
            1,
            0,
        );
    }
    let symtab_name = stroff[".symtab"];
    shdr(
        symtab_name,
        elf::SHT_SYMTAB,
        0,
        symtab_off,
        symtab_size,
        1,
        first_global as u32,
        8,
        24,
    );

    let header = elf::FileHeader64::<LE> {
        e_ident: elf::Ident {
            magic: elf::ELFMAG,
            class: elf::ELFCLASS64,
            data: elf::ELFDATA2LSB,
            version: elf::EV_CURRENT,
            os_abi: elf::ELFOSABI_NONE,
            abi_version: 0,
            padding: [0; 7],
        },
        e_type: U16::new(e, elf::ET_REL),
        e_machine: U16::new(e, EM_BPF),
        e_version: U32::new(e, elf::EV_CURRENT as u32),
        e_entry: U64::new(e, 0),
        e_phoff: U64::new(e, 0),
        e_shoff: U64::new(e, shoff),
        e_flags: U32::new(e, 0),
        e_ehsize: U16::new(e, 64),
        e_phentsize: U16::new(e, 0),
        e_phnum: U16::new(e, 0),
        e_shentsize: U16::new(e, 64),
        e_shnum: U16::new(e, shnum as u16),
        e_shstrndx: U16::new(e, 1),
    };
    out[..64].copy_from_slice(bytes_of(&header));
    Ok(out)
}
