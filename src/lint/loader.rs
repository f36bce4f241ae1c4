//! Loader compatibility: what the loaders an SK_LOOKUP program ships with (libbpf 1.x,
//! cilium/ebpf, aya) do with its object before the kernel sees it, as lint findings
//! (`section-name`, `legacy-maps-section`, `map-without-btf`, `missing-license`,
//! `non-gpl-license`, `map-type-unusable`, `undefined-function`; codes in [`super::codes`]).
//!
//! The verifier cannot see these: a loader that refuses the object, or loads it with another
//! license than the one meant, never gets as far as the kernel's verdict.

use asm::{Object, RelocKind, RelocTarget};
use isa::{CallKind, Insn};

use super::codes::{self, FindingCode, LintCode};
use super::{location, Finding, Place};
use crate::cli::safe;
use crate::load::bind::{self, Bound};

/// A loader and the SK_LOOKUP section names it takes, read from its source.
pub struct Loader {
    pub name: &'static str,
    /// What it takes, in words.
    pub takes: &'static str,
    accepts: fn(&str) -> bool,
}

/// The loaders lint checks against.
pub const LOADERS: [Loader; 3] = [
    // libbpf.c: `SEC_DEF("sk_lookup", SK_LOOKUP, BPF_SK_LOOKUP, SEC_ATTACHABLE)` without
    // SEC_SLOPPY_PFX since 1.0, and `sec_def_matches` compares such a name exactly.
    Loader {
        name: "libbpf 1.x",
        takes: "exactly `sk_lookup`",
        accepts: |s| s == "sk_lookup",
    },
    // elf_sections.go: `{"sk_lookup", ...}`; `matchSectionName` takes a pattern without a
    // trailing `/` or `+` as a prefix (its test: "exact" matches "exactement").
    Loader {
        name: "cilium/ebpf",
        takes: "any name starting with `sk_lookup`",
        accepts: |s| s.starts_with("sk_lookup"),
    },
    // aya-obj's `ProgramSection::from_str`: the part before the first `/` (or the whole
    // name) must be `sk_lookup`.
    Loader {
        name: "aya",
        takes: "`sk_lookup` or `sk_lookup/NAME`",
        accepts: |s| s.split('/').next() == Some("sk_lookup"),
    },
];

/// What the checks read besides the linked program.
pub(super) struct Context<'a> {
    pub object: &'a Object,
    /// The object's `.BTF`, parsed.
    pub btf: Option<&'a asm::btf::Btf>,
    pub source: Option<&'a str>,
    pub profile: skctx::KernelProfile,
    pub privilege: skctx::Privilege,
}

/// Every loader finding of the program at `place`, bound as `bound`.
pub(super) fn findings(place: &Place, bound: &Bound, cx: &Context) -> Vec<Finding> {
    let mut out = object_findings(cx);
    out.extend(section_name(place));
    out.extend(gpl_only_calls(place, cx));
    out.extend(unusable_maps(place, bound, cx));
    out.extend(undefined_functions(place, cx.object, cx.btf));
    out
}

/// A finding without an instruction, at the start of section `name` of a `.s` input.
fn object_finding(
    code: &'static LintCode,
    cx: &Context,
    section: &str,
    message: String,
) -> Finding {
    let (line, column) = cx
        .object
        .sections
        .iter()
        .find(|s| s.name == section)
        .map_or((None, None), |s| location(s, cx.source, 0));
    Finding {
        code: FindingCode::Lint(code),
        line,
        column,
        ..super::unsupported(&message)
    }
}

fn object_findings(cx: &Context) -> Vec<Finding> {
    let has = |name: &str| cx.object.sections.iter().any(|s| s.name == name);
    let mut out = Vec::new();
    if has("maps") {
        out.push(object_finding(
            codes::LEGACY_MAPS,
            cx,
            "maps",
            "the object has a legacy `maps` section: libbpf 1.0 and later refuse to open it \
             (cilium/ebpf and aya still read it)"
                .into(),
        ));
    }
    let btf_maps = cx
        .object
        .sections
        .iter()
        .any(|s| s.name == ".maps" && !s.data.is_empty());
    if btf_maps && !has(".BTF") {
        out.push(object_finding(
            codes::MAP_WITHOUT_BTF,
            cx,
            ".maps",
            "the object has maps in `.maps` but no `.BTF` section: no loader can read their \
             definitions"
                .into(),
        ));
    }
    if !has("license") {
        out.push(object_finding(
            codes::MISSING_LICENSE,
            cx,
            "license",
            "the object has no `license` section: libbpf and cilium/ebpf load it with an empty \
             license (not GPL-compatible), aya with \"GPL\""
                .into(),
        ));
    }
    out
}

/// `section-name`: the loaders that do not take the program's section for SK_LOOKUP.
fn section_name(place: &Place) -> Option<Finding> {
    let func = &place.funcs.list[place.linked.pieces.first()?.function];
    let section = &place.funcs.object().sections[func.section].name;
    if !crate::load::link::is_sk_lookup(section) {
        return None;
    }
    let refusing: Vec<String> = LOADERS
        .iter()
        .filter(|l| !(l.accepts)(section))
        .map(|l| format!("{} takes {}", l.name, l.takes))
        .collect();
    if refusing.is_empty() {
        return None;
    }
    let message = format!(
        "section `{}` is not an SK_LOOKUP program for every loader: {}",
        safe(section),
        refusing.join("; ")
    );
    Some(place.finding(
        FindingCode::Lint(codes::SECTION_NAME),
        0,
        func.start,
        message,
    ))
}

/// The helper id of each helper call of the linked program, by slot.
fn helper_calls(insns: &[isa::RawInsn]) -> Vec<(usize, i32)> {
    (0..insns.len())
        .filter_map(|k| match isa::decode_one(insns, isa::Pc(k)) {
            Ok(Insn::Call(CallKind::Helper(id))) => Some((k, id)),
            _ => None,
        })
        .collect()
}

/// `non-gpl-license`: each call of a GPL-only helper when the license is not GPL-compatible.
fn gpl_only_calls(place: &Place, cx: &Context) -> Vec<Finding> {
    let license = crate::load::license(cx.object);
    if license
        .as_deref()
        .is_some_and(skctx::license_is_gpl_compatible)
    {
        return Vec::new();
    }
    let why = match &license {
        Some(l) => format!("its license \"{}\" is not GPL-compatible", safe(l)),
        None => "it has no license (libbpf and cilium/ebpf pass an empty one)".into(),
    };
    helper_calls(&place.linked.insns)
        .into_iter()
        .filter_map(|(slot, id)| {
            let helper = skctx::helper_by_id(id)?;
            if !helper.proto?.gpl_only {
                return None;
            }
            let (piece, offset) = place.origin(slot)?;
            let message = format!(
                "calls `{}`, a GPL-only helper, but {why}: the kernel refuses the call",
                helper.kernel_name()
            );
            let code = FindingCode::Lint(codes::NON_GPL_LICENSE);
            Some(place.finding(code, piece, offset, message))
        })
        .collect()
}

/// Whether some helper offered to SK_LOOKUP on the profile takes a map of type `map_type`.
fn map_type_usable(map_type: u32, cx: &Context) -> bool {
    skctx::sk_lookup_helpers(cx.profile, cx.privilege).any(|h| {
        h.proto.is_some_and(|p| p.args.iter().any(|a| a.is_map()))
            && skctx::check_map_func_compatibility(cx.profile, map_type, h.id).is_ok()
    })
}

/// `map-type-unusable`: each reference to a map no SK_LOOKUP helper takes: the maps the
/// loader bound, and the `.maps` maps of types it does not bind (their type read from BTF).
fn unusable_maps(place: &Place, bound: &Bound, cx: &Context) -> Vec<Finding> {
    let mut refs: Vec<(usize, String, u32)> = bound
        .maps
        .iter()
        .zip(&bound.refs)
        .map(|(m, (slot, name))| (*slot, name.clone(), m.map_type))
        .collect();
    let btf_types = cx.btf.map_or(Vec::new(), asm::btf::map_type_ids_in);
    for (slot, name) in map_relocations(place, cx.object) {
        let known = refs.iter().any(|(s, _, _)| *s == slot);
        if let Some((_, id)) = btf_types
            .iter()
            .find(|(n, _)| *n == name)
            .filter(|_| !known)
        {
            refs.push((slot, name, *id));
        }
    }
    refs.into_iter()
        .filter(|(_, _, ty)| !map_type_usable(*ty, cx))
        .filter_map(|(slot, name, ty)| {
            let (piece, offset) = place.origin(slot)?;
            let ty = skctx::map_type(ty).map_or(format!("map type {ty}"), |t| t.kernel_name());
            let message = format!(
                "map `{}` is a {ty}, which no helper offered to SK_LOOKUP programs on Linux {} takes",
                safe(&name),
                cx.profile
            );
            let code = FindingCode::Lint(codes::MAP_TYPE_UNUSABLE);
            Some(place.finding(code, piece, offset, message))
        })
        .collect()
}

/// The linked slot and symbol of each `ld_imm64` relocation of the linked program.
fn map_relocations(place: &Place, object: &Object) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for piece in &place.linked.pieces {
        let func = &place.funcs.list[piece.function];
        for r in &object.sections[func.section].relocs {
            if let (RelocKind::Bpf64_64, RelocTarget::Symbol(name)) = (r.kind, &r.target) {
                if (func.start..func.end).contains(&r.offset) {
                    let slot = piece.at + ((r.offset - func.start) / 8) as usize;
                    out.push((slot, name.clone()));
                }
            }
        }
    }
    out
}

/// `undefined-function`: each call relocation against a symbol the object does not define,
/// except a kfunc (modelled, or one 6.18.44 offers SK_LOOKUP:
/// `skctx::kfuncs::OFFERED_NOT_MODELLED`) that the object's BTF declares as an extern
/// function (libbpf resolves that one; without the declaration it fails: "failed to find
/// BTF for extern"). The verifier calls a program using an unmodelled one unsupported.
fn undefined_functions(
    place: &Place,
    object: &Object,
    btf: Option<&asm::btf::Btf>,
) -> Vec<Finding> {
    let known = |name: &str| {
        skctx::kfunc_by_name(name).is_some() || skctx::kfuncs::OFFERED_NOT_MODELLED.contains(&name)
    };
    let declared_kfunc = |name: &str| known(name) && btf.is_some_and(|b| b.has_extern_func(name));
    let mut out = Vec::new();
    for (k, piece) in place.linked.pieces.iter().enumerate() {
        let func = &place.funcs.list[piece.function];
        for r in &object.sections[func.section].relocs {
            let in_func = (func.start..func.end).contains(&r.offset);
            let RelocTarget::Symbol(name) = &r.target else {
                continue;
            };
            if !in_func
                || r.kind != RelocKind::Bpf64_32
                || bind::defines(object, name)
                || declared_kfunc(name)
            {
                continue;
            }
            let kfunc = skctx::kfunc_by_name(name);
            let message = match skctx::helper_by_name(name).filter(|_| name.starts_with("bpf_")) {
                _ if kfunc.is_some() => format!(
                    "calls the kfunc `{}`, which the object's BTF does not declare: libbpf \
                     resolves a kfunc through its `extern ... __ksym` declaration and fails \
                     without one (\"failed to find BTF for extern\")",
                    safe(name)
                ),
                Some(h) => format!(
                    "calls `{}`, which the object does not define: libbpf looks for a kernel \
                     function (kfunc) of that name; the helper `{}` is called by its id, {}",
                    safe(name),
                    h.kernel_name(),
                    h.id
                ),
                None => format!(
                    "calls `{}`, which the object does not define: loading fails unless the \
                     kernel has a kernel function (kfunc) of that name",
                    safe(name)
                ),
            };
            let code = FindingCode::Lint(codes::UNDEFINED_FUNCTION);
            out.push(place.finding(code, k, r.offset, message));
        }
    }
    out
}
