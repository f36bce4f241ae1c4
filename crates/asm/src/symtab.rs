//! The assembler's symbol table: every label and symbol name the source mentions, interned
//! once and known by a [`SymId`] from then on.
//!
//! Generated and compiled sources have a label every few lines, so this table holds hundreds
//! of thousands of entries for large files. Names live back to back in one string, entries
//! are 32-byte records in a vector, and the hash index holds only 4-byte ids: about a third
//! of the memory of a map from boxed names to records, and no allocation per name.

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;
use std::hash::BuildHasher;
use std::ops::Range;

/// A symbol's index in its [`SymTab`], in first-mention order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SymId(u32);

impl SymId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

const NONE: u32 = u32::MAX;

/// What the assembler knows about one symbol (32 bytes with its name's place).
#[derive(Debug, Clone)]
pub struct SymInfo {
    name_start: u32,
    name_len: u32,
    /// Symbol-creation order (shared with sections), which orders the ELF symbol table.
    pub order: u32,
    def_section: u32,
    def_offset: u32,
    def_bytes: (u32, u32),
    pub binding: Option<crate::object::Binding>,
    pub kind: crate::object::SymbolKind,
    /// The name of a section, standing for its start (no symbol of its own).
    pub section_alias: bool,
    /// Named by `.size` or `.addrsig_sym` and by nothing else so far: llvm-mc (19) writes no
    /// symbol for it.
    pub size_only: bool,
    /// `.hidden`, `.internal`, `.protected`.
    pub visibility: crate::object::Visibility,
}

impl SymInfo {
    /// (section, offset) of the definition.
    pub fn def(&self) -> Option<(usize, u64)> {
        (self.def_section != NONE).then_some((self.def_section as usize, self.def_offset as u64))
    }
    pub fn set_def(&mut self, (section, offset): (usize, u64)) {
        self.def_section = section as u32;
        self.def_offset = offset as u32;
    }
    /// Byte range of the definition in the source, for "defined twice" reports.
    pub fn def_span(&self) -> Option<Range<usize>> {
        (self.def_bytes.0 != NONE).then_some(self.def_bytes.0 as usize..self.def_bytes.1 as usize)
    }
    pub fn set_def_span(&mut self, r: Range<usize>) {
        self.def_bytes = (r.start as u32, r.end as u32);
    }
}

/// Interned symbol names and their [`SymInfo`].
#[derive(Default)]
pub struct SymTab {
    names: String,
    entries: Vec<SymInfo>,
    index: HashTable<u32>,
    hasher: FxBuildHasher,
}

impl SymTab {
    /// A table with room for `n` symbols before it grows.
    pub fn with_capacity(n: usize) -> Self {
        SymTab {
            names: String::with_capacity(n * 12),
            entries: Vec::with_capacity(n),
            index: HashTable::with_capacity(n),
            hasher: FxBuildHasher,
        }
    }

    pub fn name(&self, id: SymId) -> &str {
        let e = &self.entries[id.index()];
        &self.names[e.name_start as usize..(e.name_start + e.name_len) as usize]
    }

    pub fn get(&self, name: &str) -> Option<SymId> {
        let hash = self.hasher.hash_one(name);
        self.index
            .find(hash, |&i| self.name(SymId(i)) == name)
            .map(|&i| SymId(i))
    }

    /// The id of `name`, creating its entry with `order` when it is new (then `true`).
    pub fn intern(&mut self, name: &str, order: u32) -> (SymId, bool) {
        let hash = self.hasher.hash_one(name);
        let Self {
            names,
            entries,
            index,
            hasher,
        } = self;
        let name_of = |i: u32| {
            let e: &SymInfo = &entries[i as usize];
            &names[e.name_start as usize..(e.name_start + e.name_len) as usize]
        };
        if let Some(&i) = index.find(hash, |&i| name_of(i) == name) {
            return (SymId(i), false);
        }
        let id = entries.len() as u32;
        index.insert_unique(hash, id, |&i| hasher.hash_one(name_of(i)));
        let name_start = names.len() as u32;
        names.push_str(name);
        entries.push(SymInfo {
            name_start,
            name_len: name.len() as u32,
            order,
            def_section: NONE,
            def_offset: 0,
            def_bytes: (NONE, NONE),
            binding: None,
            kind: crate::object::SymbolKind::NoType,
            section_alias: false,
            size_only: false,
            visibility: crate::object::Visibility::Default,
        });
        (SymId(id), true)
    }

    /// Every symbol with its id, in first-mention order.
    pub fn iter(&self) -> impl Iterator<Item = (SymId, &SymInfo)> {
        self.entries
            .iter()
            .enumerate()
            .map(|(i, e)| (SymId(i as u32), e))
    }
}

impl std::ops::Index<SymId> for SymTab {
    type Output = SymInfo;
    fn index(&self, id: SymId) -> &SymInfo {
        &self.entries[id.index()]
    }
}

impl std::ops::IndexMut<SymId> for SymTab {
    fn index_mut(&mut self, id: SymId) -> &mut SymInfo {
        &mut self.entries[id.index()]
    }
}
