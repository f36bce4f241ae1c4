//! CO-RE relocations as libbpf 1.x applies them before `BPF_PROG_LOAD`
//! (`bpf_object__relocate_core` in `libbpf.c`, the rules in `relo_core.c`): each
//! `core_relo` record of `.BTF.ext` names an instruction, a local type of the object's BTF
//! and an access string; the target kernel's types of the same essential name (the name
//! without a `___flavor` suffix) are the candidates, the fields are matched by name along
//! the access string, and the instruction gets the target's value (a field's offset, size,
//! existence, signedness, bitfield shifts; a type's id, existence, match or size; an
//! enumerator's existence or value), or is poisoned when the target has no such field.
//! A relocation libbpf cannot apply fails the whole load.
//!
//! | module | what |
//! |---|---|
//! | `types` | a BTF read for CO-RE: modifiers skipped, sizes, members, essential names, the compatibility and match relations |
//! | `spec` | an access string as a spec, and a spec matched on a candidate |
//! | `calc` | a relocation's original and new value, and the patched instruction |
//! | [`model`] | the BTF of the types a modelled release has (`struct bpf_sk_lookup`, `struct bpf_sock`) |
//!
//! The target is a kernel's own BTF ([`Target::Kernel`], `/sys/kernel/btf/vmlinux`) or a
//! release lint models ([`Target::Modelled`]): there only the two context structs are
//! known, and a relocation against another type, or one asking for a kernel's BTF type id,
//! is [`Error::Unsupported`] rather than a guess.
#![forbid(unsafe_code)]

mod calc;
pub mod model;
mod spec;
mod types;

use std::collections::HashMap;

use asm::btf::{kind, Btf};
use asm::btf_ext::{BtfExt, CoreRelo};
use asm::Object;
use isa::RawInsn;

pub use calc::POISON_HELPER;
pub use types::essential_name;

/// What a relocation kind computes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Field,
    Type,
    Enumval,
}

/// One `enum bpf_core_relo_kind` value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindRow {
    /// Its value in a `core_relo` record.
    pub id: u32,
    /// libbpf's name for it in its log (`core_relo_kind_str`).
    pub name: &'static str,
    pub class: Class,
    /// The clang builtin (and its second argument) or libbpf macro that emits it.
    pub emitted_by: &'static str,
}

/// Every relocation kind (`include/uapi/linux/bpf.h`).
pub const KINDS: &[KindRow] = &[
    kind(
        0,
        "byte_off",
        Class::Field,
        "a field access of a `preserve_access_index` type",
    ),
    kind(
        1,
        "byte_sz",
        Class::Field,
        "`__builtin_preserve_field_info(f, 1)`",
    ),
    kind(
        2,
        "field_exists",
        Class::Field,
        "`bpf_core_field_exists` (`__builtin_preserve_field_info(f, 2)`)",
    ),
    kind(
        3,
        "signed",
        Class::Field,
        "`__builtin_preserve_field_info(f, 3)`",
    ),
    kind(
        4,
        "lshift_u64",
        Class::Field,
        "`__builtin_preserve_field_info(f, 4)` (`BPF_CORE_READ_BITFIELD`)",
    ),
    kind(
        5,
        "rshift_u64",
        Class::Field,
        "`__builtin_preserve_field_info(f, 5)` (`BPF_CORE_READ_BITFIELD`)",
    ),
    kind(
        6,
        "local_type_id",
        Class::Type,
        "`bpf_core_type_id_local` (`__builtin_btf_type_id(t, 0)`)",
    ),
    kind(
        7,
        "target_type_id",
        Class::Type,
        "`bpf_core_type_id_kernel` (`__builtin_btf_type_id(t, 1)`)",
    ),
    kind(
        8,
        "type_exists",
        Class::Type,
        "`bpf_core_type_exists` (`__builtin_preserve_type_info(t, 0)`)",
    ),
    kind(
        9,
        "type_size",
        Class::Type,
        "`bpf_core_type_size` (`__builtin_preserve_type_info(t, 1)`)",
    ),
    kind(
        10,
        "enumval_exists",
        Class::Enumval,
        "`bpf_core_enum_value_exists` (`__builtin_preserve_enum_value(v, 0)`)",
    ),
    kind(
        11,
        "enumval_value",
        Class::Enumval,
        "`bpf_core_enum_value` (`__builtin_preserve_enum_value(v, 1)`)",
    ),
    kind(
        12,
        "type_matches",
        Class::Type,
        "`bpf_core_type_matches` (`__builtin_preserve_type_info(t, 2)`)",
    ),
];

const fn kind(id: u32, name: &'static str, class: Class, emitted_by: &'static str) -> KindRow {
    KindRow {
        id,
        name,
        class,
        emitted_by,
    }
}

/// The row of relocation kind `id`.
pub fn kind_by_id(id: u32) -> Option<&'static KindRow> {
    KINDS.iter().find(|k| k.id == id)
}

/// A kernel BTF's named types by essential name, in id order: its candidates found without
/// a scan (build it once for a BTF that resolves many objects).
#[derive(Debug, Clone, Default)]
pub struct Names(HashMap<String, Vec<u32>>);

impl Names {
    pub fn of(btf: &Btf) -> Names {
        let mut names: HashMap<String, Vec<u32>> = HashMap::new();
        for id in 1..btf.type_count() {
            if let Some(t) = btf.raw_type(id).filter(|t| !t.name.is_empty()) {
                let essential = essential_name(t.name).to_string();
                names.entry(essential).or_default().push(id);
            }
        }
        Names(names)
    }

    fn get(&self, essential: &str) -> &[u32] {
        self.0.get(essential).map_or(&[], Vec::as_slice)
    }
}

/// The types relocations are resolved against.
#[derive(Clone, Copy)]
pub enum Target<'a> {
    /// A kernel's own BTF, and its [`Names`]. `in_module` says whether some module's BTF may
    /// have a type of an essential name vmlinux has none of (libbpf then searches the
    /// modules, which this does not).
    Kernel {
        vmlinux: &'a Btf,
        names: &'a Names,
        in_module: &'a dyn Fn(&str) -> bool,
    },
    /// A release lint models: [`model::btf`] parsed, and its name ("Linux 6.1").
    Modelled { btf: &'a Btf, release: &'a str },
}

impl<'a> Target<'a> {
    fn btf(&self) -> &'a Btf {
        match self {
            Target::Kernel { vmlinux, .. } => vmlinux,
            Target::Modelled { btf, .. } => btf,
        }
    }
}

/// Why an object's relocations cannot be applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// libbpf fails the load: what it says, with the relocation and instruction, and the
    /// instruction's section and byte offset when the relocation names one.
    Refused {
        why: String,
        at: Option<(String, u64)>,
    },
    /// Not modelled here: why.
    Unsupported(String),
}

impl Error {
    fn refused(why: impl Into<String>) -> Error {
        Error::Refused {
            why: why.into(),
            at: None,
        }
    }

    /// What is said about it.
    pub fn message(&self) -> &str {
        match self {
            Error::Refused { why, .. } | Error::Unsupported(why) => why,
        }
    }
}

/// One relocation applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub section: String,
    /// libbpf's `relo #N`: the record's index in its section.
    pub index: usize,
    /// Byte offset of the instruction in the section.
    pub offset: u64,
    pub kind: &'static KindRow,
    /// The value the instruction had and the one it got (0 when poisoned).
    pub from: u64,
    pub to: u64,
    /// The instruction became a call of [`POISON_HELPER`].
    pub poisoned: bool,
    /// What it asks of the kernel's types, as libbpf's log shows the local spec
    /// (`bpf_sk_lookup___core.port_override`, `sk_action___k::SK_PASS___k`).
    pub spec: String,
}

/// An object's code sections with every relocation applied.
#[derive(Debug, Clone, Default)]
pub struct Relocated {
    /// `(section index, its new bytes)` for each section a relocation changed.
    pub sections: Vec<(usize, Vec<u8>)>,
    pub applied: Vec<Applied>,
}

impl Relocated {
    /// `object` with the relocated sections' bytes.
    pub fn apply_to(&self, object: &Object) -> Object {
        let mut out = object.clone();
        for (i, data) in &self.sections {
            out.sections[*i].data.clone_from(data);
        }
        out
    }
}

/// Whether the object has CO-RE relocations in a section libbpf loads.
pub fn has_relocations(ext: &BtfExt) -> bool {
    ext.core
        .iter()
        .any(|(s, r)| !r.is_empty() && !s.starts_with('?'))
}

/// Applies every relocation of `ext` to `object`'s code sections against `target`, as
/// libbpf does: sections and records in the object's order (the candidates a relocation
/// rules out stay out for the next ones of its type). A section whose name starts with `?`
/// is not loaded by default, and libbpf leaves it alone.
pub fn relocate(
    object: &Object,
    local: &Btf,
    ext: &BtfExt,
    target: Target,
) -> Result<Relocated, Error> {
    let mut out = Relocated::default();
    let mut cands = HashMap::new();
    for (name, relos) in &ext.core {
        if name.starts_with('?') || relos.is_empty() {
            continue;
        }
        let index = object
            .sections
            .iter()
            .position(|s| &s.name == name && s.is_code())
            .ok_or_else(|| {
                Error::refused(format!(
                    "CO-RE relocations for `{name}`, which is no code section"
                ))
            })?;
        let mut insns: Vec<RawInsn> = object.sections[index]
            .data
            .chunks_exact(8)
            .map(|c| RawInsn::from_bytes(c.try_into().unwrap_or([0; 8])))
            .collect();
        for (k, relo) in relos.iter().enumerate() {
            let at = Place {
                section: name,
                index: k,
                offset: relo.offset,
            };
            let applied = one(local, relo, &target, &mut cands, &mut insns, &at)?;
            out.applied.push(applied);
        }
        let bytes = insns.iter().flat_map(|i| i.to_bytes()).collect();
        out.sections.push((index, bytes));
    }
    Ok(out)
}

/// Where a relocation is, for its messages.
struct Place<'a> {
    section: &'a str,
    index: usize,
    offset: u64,
}

impl Place<'_> {
    fn refused(&self, why: impl std::fmt::Display) -> Error {
        Error::Refused {
            why: format!(
                "CO-RE relocation #{} of section `{}` (instruction {}): {why}",
                self.index,
                self.section,
                self.offset / 8
            ),
            at: Some((self.section.to_string(), self.offset)),
        }
    }
}

/// Resolves and applies one relocation.
fn one(
    local: &Btf,
    relo: &CoreRelo,
    target: &Target,
    cands: &mut HashMap<u32, Vec<u32>>,
    insns: &mut [RawInsn],
    at: &Place,
) -> Result<Applied, Error> {
    if !relo.offset.is_multiple_of(8) {
        return Err(at.refused("not at an instruction boundary"));
    }
    let slot = (relo.offset / 8) as usize;
    if slot >= insns.len() {
        return Err(at.refused("past the end of the section"));
    }
    let kind = kind_by_id(relo.kind)
        .ok_or_else(|| at.refused(format!("unrecognized relocation kind {}", relo.kind)))?;
    let (res, spec) = resolve(local, relo, kind, target, cands).map_err(|e| match e {
        Error::Refused { why, .. } => at.refused(why),
        Error::Unsupported(why) => Error::Unsupported(format!(
            "CO-RE relocation #{} of section `{}` (instruction {slot}, {}): {why}",
            at.index, at.section, kind.name
        )),
    })?;
    let poisoned = calc::patch(insns, slot, &res).map_err(|why| at.refused(why))?;
    Ok(Applied {
        section: at.section.to_string(),
        index: at.index,
        offset: relo.offset,
        kind,
        from: res.orig,
        to: if poisoned { 0 } else { res.new },
        poisoned,
        spec,
    })
}

/// `bpf_core_calc_relo_insn`: the local spec, the candidates, the value.
fn resolve(
    local: &Btf,
    relo: &CoreRelo,
    kind: &'static KindRow,
    target: &Target,
    cands: &mut HashMap<u32, Vec<u32>>,
) -> Result<(calc::Res, String), Error> {
    let lt = types::Types { btf: local };
    let root = lt
        .ty(relo.type_id)
        .ok_or_else(|| Error::refused(format!("local type [{}] does not exist", relo.type_id)))?;
    let access = local.string(relo.access_off).unwrap_or_default();
    let local_spec = spec::parse(lt, relo.type_id, kind, access).map_err(|why| {
        Error::refused(format!(
            "parsing [{}] {} + {access} failed: {why}",
            relo.type_id,
            shown(root.name)
        ))
    })?;
    let what = spec::describe(&local_spec, root.name);
    if kind.name == "local_type_id" {
        let id = relo.type_id as u64;
        let res = calc::Res {
            orig: id,
            new: id,
            ..Default::default()
        };
        return Ok((res, what));
    }
    if root.name.is_empty() {
        return Err(Error::refused(format!(
            "<{}> relocation doesn't support anonymous types",
            kind.name
        )));
    }
    check_modelled(target, kind, root.name)?;
    let tt = types::Types { btf: target.btf() };
    let list = match cands.get(&relo.type_id) {
        Some(list) => list.clone(),
        None => candidates(lt, relo.type_id, target)?,
    };
    let mut kept = Vec::new();
    let mut best: Option<(calc::Res, u32)> = None;
    for &cand in &list {
        let Some(cand_spec) = spec::matches(&local_spec, tt, cand).map_err(Error::refused)? else {
            continue;
        };
        let res = calc::relo(kind, &local_spec, Some(&cand_spec)).map_err(Error::refused)?;
        match best {
            None => best = Some((res, cand_spec.bit_offset)),
            Some((_, bits)) if bits != cand_spec.bit_offset => {
                return Err(Error::refused(format!(
                    "field offset ambiguity: {} != {bits}",
                    cand_spec.bit_offset
                )))
            }
            Some((b, _)) if b.poison != res.poison || b.new != res.new => {
                return Err(Error::refused("relocation decision ambiguity"))
            }
            Some(_) => {}
        }
        kept.push(cand);
    }
    cands.insert(relo.type_id, if kept.is_empty() { list } else { kept });
    match best {
        Some((res, _)) => Ok((res, what)),
        None => Ok((
            calc::relo(kind, &local_spec, None).map_err(Error::refused)?,
            what,
        )),
    }
}

/// A modelled release knows only [`model::MODELLED_STRUCTS`], and no kernel BTF ids.
fn check_modelled(target: &Target, kind: &KindRow, name: &str) -> Result<(), Error> {
    let Target::Modelled { release, .. } = target else {
        return Ok(());
    };
    let essential = essential_name(name);
    if !model::MODELLED_STRUCTS.contains(&essential) {
        return Err(Error::Unsupported(format!(
            "CO-RE relocation against `{essential}` on {release} (lint models only `struct bpf_sk_lookup` and `struct bpf_sock` of a release without its BTF; lint with `--kernel host` on a kernel that has it)"
        )));
    }
    if kind.name == "target_type_id" {
        return Err(Error::Unsupported(format!(
            "the kernel's BTF type id of `{essential}` on {release} (only a kernel's own BTF has it)"
        )));
    }
    Ok(())
}

/// `bpf_core_find_cands`: the target types of the local type's kind and essential name.
fn candidates(local: types::Types, id: u32, target: &Target) -> Result<Vec<u32>, Error> {
    let lt = local
        .ty(id)
        .ok_or_else(|| Error::refused(format!("local type [{id}]")))?;
    let want = essential_name(lt.name);
    let btf = target.btf();
    let enum_kinds = [kind::ENUM, kind::ENUM64];
    let same_kind =
        |k: u32| k == lt.kind || (enum_kinds.contains(&k) && enum_kinds.contains(&lt.kind));
    let named: Vec<u32> = match target {
        Target::Kernel { names, .. } => names.get(want).to_vec(),
        Target::Modelled { .. } => (1..btf.type_count())
            .filter(|&i| {
                let t = btf.raw_type(i);
                t.is_some_and(|t| !t.name.is_empty() && essential_name(t.name) == want)
            })
            .collect(),
    };
    let found: Vec<u32> = named
        .into_iter()
        .filter(|&i| btf.kind_of(i).is_some_and(same_kind))
        .collect();
    if let Target::Kernel { in_module, .. } = target {
        if found.is_empty() && in_module(want) {
            return Err(Error::Unsupported(format!(
                "`{want}` is in no type of vmlinux's BTF, and a kernel module's BTF names it: libbpf would search the modules' BTF, which is not modelled"
            )));
        }
    }
    Ok(found)
}

fn shown(name: &str) -> &str {
    if name.is_empty() {
        "<anon>"
    } else {
        name
    }
}
