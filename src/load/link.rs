//! The functions of an object's code sections, which of them are programs, and a program
//! linked as libbpf links it before loading (`bpf_object__reloc_code` and
//! `bpf_object__append_subprog_code` in libbpf.c): every function a BPF-to-BPF call (or a
//! `BPF_PSEUDO_FUNC` `ld_imm64`) reaches is appended once after the program, depth first in
//! instruction order (a callee's own callees come before the caller's next call), and each
//! call's immediate is fixed up to where its callee now is. The verifier then gets the
//! instructions the kernel would get.
//!
//! A call to an undefined symbol naming a kfunc of `skctx::KFUNCS` becomes `call kfunc(ID)`
//! with skctx's id (libbpf's `RELO_EXTERN_CALL`; `kernel::resolve_kfuncs` puts the running
//! kernel's BTF id there when the program goes to a kernel).
//!
//! Where libbpf is stricter, this is not: libbpf takes callees from `.text` only (a static
//! function in a program section is "not supported"), lint also appends a callee of the
//! program's own section. A call whose target lies inside the calling function keeps its
//! immediate (hand-written subprograms under the program's own symbol), and so does a call
//! without relocation whose target is in no function: the kernel refuses those bytes
//! (`call to invalid destination`), and so does the verifier.

use rustc_hash::FxHashMap as HashMap;

use asm::{Binding, Object, Reloc, RelocKind, RelocTarget, SymbolKind};
use isa::RawInsn;

use crate::cli::safe;

/// A function of a code section: a function symbol up to its size (or to the next function
/// when no size is recorded), or a whole section that has no function symbol.
#[derive(Debug, Clone)]
pub struct Function {
    pub section: usize,
    pub name: String,
    /// Byte range in the section.
    pub start: u64,
    pub end: u64,
    pub global: bool,
}

/// The functions of every code section of an object, and the relocations by place.
pub struct Functions<'a> {
    object: &'a Object,
    pub list: Vec<Function>,
    /// The code sections' relocations (the only ones linking looks up; an object's debug
    /// sections hold most of its relocations).
    relocs: HashMap<(usize, u64), &'a Reloc>,
    /// Defined symbols: section and value, by name (the first of a name, as the ELF reader
    /// requires relocation targets to be unique).
    defined: HashMap<&'a str, (usize, u64)>,
}

/// One function's instructions inside a linked program.
#[derive(Debug, Clone)]
pub struct Piece {
    /// Index into [`Functions::list`].
    pub function: usize,
    /// Its first slot in the linked program.
    pub at: usize,
    /// Its whole instruction slots.
    pub len: usize,
}

/// A program with its callees appended, as the loader passes it.
#[derive(Debug, Clone, Default)]
pub struct Linked {
    pub insns: Vec<RawInsn>,
    /// The program first, then each callee in the order appended.
    pub pieces: Vec<Piece>,
    /// The first call that could not be linked, said as "instruction N calls ...".
    pub unlinked: Option<String>,
}

/// Where a call or function reference goes.
enum Target {
    /// Byte offset inside the calling function: the immediate stays relative to it (`None`:
    /// the immediate stays as it is, pointing outside every function).
    Inside(Option<u64>),
    /// Another function (index into [`Functions::list`]): its first instruction.
    Function(usize),
    /// A modelled kfunc (`skctx::KFUNCS`), the undefined symbol's name: `call kfunc(ID)`.
    Kfunc(i32),
    /// Nowhere lint can follow: why.
    Nowhere(String),
}

impl<'a> Functions<'a> {
    pub fn of(object: &'a Object) -> Self {
        let list = (0..object.sections.len())
            .filter(|&i| object.sections[i].is_code())
            .flat_map(|i| section_functions(object, i))
            .collect();
        let relocs = object
            .sections
            .iter()
            .enumerate()
            .filter(|(_, s)| s.is_code())
            .flat_map(|(i, s)| s.relocs.iter().map(move |r| ((i, r.offset), r)))
            .collect();
        let mut defined = HashMap::default();
        for s in &object.symbols {
            if let Some(section) = s.section {
                defined.entry(s.name.as_str()).or_insert((section, s.value));
            }
        }
        Functions {
            object,
            list,
            relocs,
            defined,
        }
    }

    pub fn object(&self) -> &'a Object {
        self.object
    }

    /// Whether `insn` is what [`Functions::link`] resolves (a BPF-to-BPF call, a
    /// `BPF_PSEUDO_FUNC` `ld_imm64` or a kfunc call), so that its relocation is no one else's.
    pub fn links(insn: Option<&RawInsn>) -> bool {
        insn.is_some_and(|i| is_call(i) || is_func(i) || is_kfunc(i))
    }

    /// The whole instruction slots of function `f`.
    pub fn insns(&self, f: usize) -> Vec<RawInsn> {
        let func = &self.list[f];
        let data = &self.object.sections[func.section].data;
        data.get(func.start as usize..func.end as usize)
            .unwrap_or(&[])
            .chunks_exact(8)
            .map(|c| RawInsn::from_bytes(c.try_into().unwrap_or([0; 8])))
            .collect()
    }

    /// The programs: the global functions of `sk_lookup` and `sk_lookup/...` sections; in an
    /// object without such a section, each global function of `.text` that no call targets.
    pub fn programs(&self) -> Vec<usize> {
        let of_section = |pred: &dyn Fn(&str) -> bool| -> Vec<usize> {
            (0..self.list.len())
                .filter(|&f| pred(&self.object.sections[self.list[f].section].name))
                .collect()
        };
        let lookup = of_section(&|n| is_sk_lookup(n));
        if !lookup.is_empty() {
            return lookup
                .into_iter()
                .filter(|&f| self.list[f].global)
                .collect();
        }
        let called = self.call_targets();
        of_section(&|n| n == ".text")
            .into_iter()
            .filter(|&f| self.list[f].global && !called.contains(&f))
            .filter(|&f| self.list[f].end > self.list[f].start)
            .collect()
    }

    /// Every function some call or function reference of another function reaches.
    fn call_targets(&self) -> Vec<usize> {
        let mut targets = Vec::new();
        for f in 0..self.list.len() {
            for (k, insn) in self.insns(f).iter().enumerate() {
                if let Some(Target::Function(g)) = self.target(f, k, insn) {
                    targets.push(g);
                }
            }
        }
        targets
    }

    /// Links program `main`: its instructions, then every function its calls reach.
    pub fn link(&self, main: usize) -> Linked {
        let mut linked = Linked::default();
        let mut placed: HashMap<usize, usize> = HashMap::default();
        self.append(&mut linked, &mut placed, main);
        // (piece, next slot): the caller waits while a new callee is walked.
        let mut stack = vec![(0usize, 0usize)];
        while let Some((p, k)) = stack.pop() {
            let Piece { function, at, len } = linked.pieces[p];
            if k >= len {
                continue;
            }
            stack.push((p, k + 1));
            let slot = at + k;
            let target = match self.target(function, k, &linked.insns[slot]) {
                None => continue,
                Some(Target::Nowhere(why)) => {
                    linked
                        .unlinked
                        .get_or_insert(format!("instruction {slot} {why}"));
                    continue;
                }
                Some(Target::Inside(None)) => continue,
                Some(Target::Kfunc(id)) => {
                    let insn = &mut linked.insns[slot];
                    (insn.src, insn.imm, insn.off) = (isa::table::call_src::KFUNC, id, 0);
                    continue;
                }
                Some(Target::Inside(Some(byte))) => {
                    at as i64 + ((byte - self.list[function].start) / 8) as i64
                }
                Some(Target::Function(g)) => {
                    let q = match placed.get(&g) {
                        Some(&q) => q,
                        None => {
                            let q = self.append(&mut linked, &mut placed, g);
                            stack.push((q, 0));
                            q
                        }
                    };
                    linked.pieces[q].at as i64
                }
            };
            if linked.insns[slot].code == isa::table::LD_IMM64 {
                linked.insns[slot].src = isa::table::ld_imm_row(isa::LdImmKind::Func).src;
            }
            match i32::try_from(target - slot as i64 - 1) {
                Ok(imm) => linked.insns[slot].imm = imm,
                Err(_) => {
                    linked.unlinked.get_or_insert(format!(
                        "instruction {slot} calls too far for a 32-bit offset"
                    ));
                }
            }
        }
        linked
    }

    /// Appends function `f` to `linked`; returns its piece.
    fn append(&self, linked: &mut Linked, placed: &mut HashMap<usize, usize>, f: usize) -> usize {
        let insns = self.insns(f);
        let piece = Piece {
            function: f,
            at: linked.insns.len(),
            len: insns.len(),
        };
        linked.insns.extend(insns);
        linked.pieces.push(piece);
        placed.insert(f, linked.pieces.len() - 1);
        linked.pieces.len() - 1
    }

    /// Where slot `k` of function `f` calls or points to, when it is a BPF-to-BPF call or a
    /// `BPF_PSEUDO_FUNC` `ld_imm64`: through its relocation (a symbol's value, or a section
    /// symbol and the offset the immediate holds) or, without one, relative to itself.
    fn target(&self, f: usize, k: usize, insn: &RawInsn) -> Option<Target> {
        let is_call = is_call(insn);
        let func = &self.list[f];
        let offset = func.start + 8 * k as u64;
        if !is_call && !is_func(insn) && !self.code_address(func.section, offset, insn) {
            return None;
        }
        // A call's immediate counts slots after the next one; a function reference's (with a
        // relocation) counts bytes from the symbol.
        let imm = insn.imm as i64;
        let (section, base, delta) = match self.relocs.get(&(func.section, offset)) {
            Some(r) if is_call && self.kfunc_of(r).is_some() => {
                return self.kfunc_of(r).map(|k| Target::Kfunc(k.id));
            }
            Some(r) => match self.reloc_base(r) {
                Ok((section, base)) if is_call => (section, base, 8 * (imm + 1)),
                Ok((section, base)) => (section, base, imm),
                Err(why) => return Some(Target::Nowhere(why)),
            },
            None => {
                let byte = offset as i64 + 8 * (imm + 1);
                // Without a relocation the bytes are what the kernel gets: a target outside
                // every function stays as it is, for the verifier to refuse as the kernel does.
                return Some(match self.function_at(f, func.section, byte) {
                    Target::Nowhere(_) => Target::Inside(None),
                    target => target,
                });
            }
        };
        Some(self.function_at(f, section, base.saturating_add(delta)))
    }

    /// libbpf's `RELO_SUBPROG_ADDR`: a plain `ld_imm64` whose `R_BPF_64_64` relocation
    /// points into a code section loads a function's address (`r2 = callback ll`); linking
    /// makes it a `BPF_PSEUDO_FUNC` load of the appended function.
    fn code_address(&self, section: usize, offset: u64, insn: &RawInsn) -> bool {
        let Some(r) = self.relocs.get(&(section, offset)) else {
            return false;
        };
        insn.code == isa::table::LD_IMM64
            && insn.src == 0
            && r.kind == RelocKind::Bpf64_64
            && self
                .reloc_base(r)
                .is_ok_and(|(s, _)| self.object.sections.get(s).is_some_and(|s| s.is_code()))
    }

    /// libbpf's `RELO_EXTERN_CALL`: a call relocated against an undefined symbol that names
    /// a modelled kfunc (libbpf then gives the call the kernel's BTF id of that function).
    fn kfunc_of(&self, r: &Reloc) -> Option<&'static skctx::Kfunc> {
        match &r.target {
            RelocTarget::Symbol(name)
                if r.kind == RelocKind::Bpf64_32 && !self.defined.contains_key(name.as_str()) =>
            {
                skctx::kfunc_by_name(name)
            }
            _ => None,
        }
    }

    /// The section and byte value of a relocation's symbol.
    fn reloc_base(&self, r: &Reloc) -> Result<(usize, i64), String> {
        if !matches!(r.kind, RelocKind::Bpf64_32 | RelocKind::Bpf64_64) {
            return Err(format!("has a {} relocation", r.kind.name()));
        }
        match &r.target {
            RelocTarget::Section(s) => Ok((*s, 0)),
            RelocTarget::Symbol(name) => self
                .defined
                .get(name.as_str())
                .map(|&(section, value)| (section, value as i64))
                .ok_or_else(|| {
                    if skctx::kfuncs::OFFERED_NOT_MODELLED.contains(&name.as_str()) {
                        return format!(
                            "calls the kfunc `{}`, which the kernel offers SK_LOOKUP programs (6.18.44) but this project does not model",
                            safe(name)
                        );
                    }
                    format!(
                        "calls `{}`, which the object does not define (extern functions and kfuncs other than skctx's are not modelled)",
                        safe(name)
                    )
                }),
        }
    }

    /// The function of `section` holding byte `byte`, seen from function `from`.
    fn function_at(&self, from: usize, section: usize, byte: i64) -> Target {
        let name = self
            .object
            .sections
            .get(section)
            .map_or("?", |s| s.name.as_str());
        // `list` is ordered by section, then start.
        let found = u64::try_from(byte)
            .ok()
            .filter(|b| b % 8 == 0)
            .and_then(|b| {
                let after = self
                    .list
                    .partition_point(|g| (g.section, g.start) <= (section, b));
                let g = after.checked_sub(1)?;
                let func = &self.list[g];
                (func.section == section && b < func.end).then_some((g, b))
            });
        match found {
            Some((g, b)) if g == from => Target::Inside(Some(b)),
            Some((g, _)) => Target::Function(g),
            None => Target::Nowhere(format!(
                "calls byte {byte} of section `{}`, where no function begins an instruction",
                safe(name)
            )),
        }
    }
}

/// A BPF-to-BPF call (`call` with `BPF_PSEUDO_CALL`).
fn is_call(insn: &RawInsn) -> bool {
    insn.code == isa::table::class::JMP | isa::table::jmp_op::CALL
        && insn.src == isa::table::call_src::LOCAL
}

/// A kfunc call (`call` with `BPF_PSEUDO_KFUNC_CALL`).
fn is_kfunc(insn: &RawInsn) -> bool {
    insn.code == isa::table::class::JMP | isa::table::jmp_op::CALL
        && insn.src == isa::table::call_src::KFUNC
}

/// An `ld_imm64` of a function's address (`BPF_PSEUDO_FUNC`, callbacks).
fn is_func(insn: &RawInsn) -> bool {
    insn.code == isa::table::LD_IMM64
        && insn.src == isa::table::ld_imm_row(isa::LdImmKind::Func).src
}

pub fn is_sk_lookup(name: &str) -> bool {
    name == "sk_lookup" || name.starts_with("sk_lookup/")
}

/// The functions of code section `index` by start, each up to its size, or to the next
/// function when its size is not recorded; the whole section when it has no function symbol.
fn section_functions(object: &Object, index: usize) -> Vec<Function> {
    let section = &object.sections[index];
    let len = section.data.len() as u64;
    let mut funcs: Vec<(&str, u64, u64, bool)> = object
        .symbols
        .iter()
        .filter(|s| s.section == Some(index) && s.kind == SymbolKind::Func && s.value < len)
        .map(|s| {
            (
                s.name.as_str(),
                s.value,
                s.size,
                s.binding != Binding::Local,
            )
        })
        .collect();
    funcs.sort_by_key(|f| f.1);
    funcs.dedup_by_key(|f| f.1);
    if funcs.is_empty() {
        return vec![Function {
            section: index,
            name: section.name.clone(),
            start: 0,
            end: len,
            global: true,
        }];
    }
    let starts: Vec<u64> = funcs.iter().map(|f| f.1).collect();
    funcs
        .iter()
        .enumerate()
        .map(|(k, &(name, start, size, global))| {
            let next = starts.get(k + 1).copied().unwrap_or(len);
            let end = if size > 0 {
                start.saturating_add(size).min(len)
            } else {
                next
            };
            Function {
                section: index,
                name: name.to_string(),
                start,
                end,
                global,
            }
        })
        .collect()
}
