//! A relocation's access string as a spec (`bpf_core_parse_spec`), and that spec matched
//! against a candidate target type (`bpf_core_spec_match`, `bpf_core_match_member`).
//!
//! The raw spec is the access string's numbers; the high-level one keeps only the named
//! fields and array indexes ("turning points"): anonymous structs and unions on the way are
//! in the raw spec only, so a target may nest its fields differently and still match.

use asm::btf::kind;

use crate::types::{fields_compat, is_any_enum, is_composite, types_compat, types_match};
use crate::types::{Fail, Types, MAX_LEVEL};
use crate::{Class, KindRow};

/// libbpf's `BPF_CORE_SPEC_MAX_LEN`.
const MAX_LEN: usize = 64;

/// A named field, an array index, or an enumerator.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Accessor<'a> {
    /// The struct or union (for a field), the element type (for an index), the enum.
    pub type_id: u32,
    pub idx: u32,
    /// `None` for an array index.
    pub name: Option<&'a str>,
}

/// A relocation's spec in one BTF.
#[derive(Clone)]
pub(crate) struct Spec<'a> {
    pub types: Types<'a>,
    pub root: u32,
    pub kind: &'static KindRow,
    pub acc: Vec<Accessor<'a>>,
    pub raw: Vec<u32>,
    /// A `__u32` in libbpf, and as it wraps there, here.
    pub bit_offset: u32,
}

impl<'a> Spec<'a> {
    fn new(types: Types<'a>, root: u32, kind: &'static KindRow) -> Self {
        Spec {
            types,
            root,
            kind,
            acc: Vec::new(),
            raw: Vec::new(),
            bit_offset: 0,
        }
    }
}

/// `bpf_core_parse_spec`: the local spec of a relocation of `kind` on `root` with access
/// string `access`.
pub(crate) fn parse<'a>(
    types: Types<'a>,
    root: u32,
    kind: &'static KindRow,
    access: &str,
) -> Result<Spec<'a>, Fail> {
    let bad = || format!("access string `{access}`");
    if access.is_empty() || access.starts_with(':') {
        return Err(bad());
    }
    let mut spec = Spec::new(types, root, kind);
    if kind.class == Class::Type {
        return match access == "0" {
            true => Ok(spec),
            false => Err(bad()),
        };
    }
    for part in access.split(':') {
        spec.raw.push(part.parse::<u32>().map_err(|_| bad())?);
        if spec.raw.len() > MAX_LEN {
            return Err(bad());
        }
    }
    let (mut id, t) = types.skip(root).ok_or_else(bad)?;
    let first = spec.raw[0];
    if kind.class == Class::Enumval {
        let name = types
            .enumerator(&t, first)
            .filter(|_| is_any_enum(&t) && spec.raw.len() == 1)
            .ok_or_else(bad)?
            .0;
        spec.acc.push(Accessor {
            type_id: id,
            idx: first,
            name: Some(name),
        });
        return Ok(spec);
    }
    spec.acc.push(Accessor {
        type_id: id,
        idx: first,
        name: None,
    });
    spec.bit_offset = bits(first, types.size(id).ok_or_else(bad)?);
    for i in 1..spec.raw.len() {
        let (sid, t) = types.skip(id).ok_or_else(bad)?;
        id = sid;
        let idx = spec.raw[i];
        if is_composite(&t) {
            let m = types.member(&t, idx).ok_or_else(bad)?;
            spec.bit_offset = spec.bit_offset.wrapping_add(m.bit_offset);
            if !m.name.is_empty() {
                spec.acc.push(Accessor {
                    type_id: id,
                    idx,
                    name: Some(m.name),
                });
            }
            id = m.ty;
        } else if t.kind == kind::ARRAY {
            let nelems = t.extra[2];
            let (elem, _) = types.skip(t.extra[0]).ok_or_else(bad)?;
            let flex = is_flex_array(types, spec.acc.last(), nelems);
            if !flex && idx >= nelems {
                return Err(bad());
            }
            spec.acc.push(Accessor {
                type_id: elem,
                idx,
                name: None,
            });
            spec.bit_offset = spec
                .bit_offset
                .wrapping_add(bits(idx, types.size(elem).ok_or_else(bad)?));
            id = elem;
        } else {
            return Err(format!(
                "access string `{access}` goes into a type of BTF kind {} at {i}",
                t.kind
            ));
        }
    }
    Ok(spec)
}

/// The local spec as libbpf's log shows it: the root type's name, then each named field
/// (`.name`) and array index (`[i]`), or the enumerator (`::NAME`).
pub(crate) fn describe(spec: &Spec, root: &str) -> String {
    let mut out = match root.is_empty() {
        true => "<anon>".to_string(),
        false => root.to_string(),
    };
    if spec.kind.class == Class::Enumval {
        if let Some(name) = spec.acc.first().and_then(|a| a.name) {
            out.push_str(&format!("::{name}"));
        }
        return out;
    }
    for (i, a) in spec.acc.iter().enumerate() {
        match a.name {
            Some(name) => out.push_str(&format!(".{name}")),
            None if i > 0 || a.idx > 0 => out.push_str(&format!("[{}]", a.idx)),
            None => {}
        }
    }
    out
}

/// The bits of `index` elements of `size` bytes, truncated to libbpf's `__u32`.
fn bits(index: u32, size: u64) -> u32 {
    (index as u64).wrapping_mul(size).wrapping_mul(8) as u32
}

/// `is_flex_arr`: an array of 0 elements that is the last member of the struct `acc` names.
fn is_flex_array(types: Types, acc: Option<&Accessor>, nelems: u32) -> bool {
    let Some(acc) = acc.filter(|a| a.name.is_some() && nelems == 0) else {
        return false;
    };
    types
        .ty(acc.type_id)
        .is_some_and(|t| t.vlen > 0 && acc.idx == t.vlen - 1)
}

/// `bpf_core_spec_match`: the target spec of `local` on candidate `targ_id`, `None` when the
/// candidate does not match.
pub(crate) fn matches<'a>(
    local: &Spec,
    targ: Types<'a>,
    targ_id: u32,
) -> Result<Option<Spec<'a>>, Fail> {
    let mut spec = Spec::new(targ, targ_id, local.kind);
    match local.kind.class {
        Class::Type => {
            let ok = match local.kind.name == "type_matches" {
                true => types_match(local.types, local.root, targ, targ_id, false, MAX_LEVEL)?,
                false => types_compat(local.types, local.root, targ, targ_id, MAX_LEVEL)?,
            };
            Ok(ok.then_some(spec))
        }
        Class::Enumval => Ok(match_enumerator(local, targ, targ_id).map(|acc| {
            spec.raw.push(acc.idx);
            spec.acc.push(acc);
            spec
        })),
        Class::Field => match_field(local, spec, targ_id),
    }
}

/// The target enumerator of the local one's essential name.
fn match_enumerator<'a>(local: &Spec, targ: Types<'a>, targ_id: u32) -> Option<Accessor<'a>> {
    let (id, t) = targ.skip(targ_id).filter(|(_, t)| is_any_enum(t))?;
    let want = crate::types::essential_name(local.acc[0].name?);
    (0..t.vlen).find_map(|i| {
        let (name, _) = targ.enumerator(&t, i)?;
        (crate::types::essential_name(name) == want).then_some(Accessor {
            type_id: id,
            idx: i,
            name: Some(name),
        })
    })
}

/// Each local accessor found in the target: named fields by name (through anonymous
/// members), indexes within the target array's bounds.
fn match_field<'a>(
    local: &Spec,
    mut spec: Spec<'a>,
    mut targ_id: u32,
) -> Result<Option<Spec<'a>>, Fail> {
    let targ = spec.types;
    for (i, la) in local.acc.iter().enumerate() {
        let Some((sid, t)) = targ.skip(targ_id) else {
            return Err(format!("target type [{targ_id}] does not resolve"));
        };
        targ_id = sid;
        if la.name.is_some() {
            match match_member(local, la, &mut spec, targ_id)? {
                Some(next) => targ_id = next,
                None => return Ok(None),
            }
            continue;
        }
        if i > 0 {
            if t.kind != kind::ARRAY {
                return Ok(None);
            }
            let flex = is_flex_array(targ, spec.acc.last(), t.extra[2]);
            if !flex && la.idx >= t.extra[2] {
                return Ok(None);
            }
            targ_id = targ
                .skip(t.extra[0])
                .ok_or_else(|| format!("target element type [{}]", t.extra[0]))?
                .0;
        }
        if spec.raw.len() == MAX_LEN {
            return Err("too deep a nesting".into());
        }
        spec.acc.push(Accessor {
            type_id: targ_id,
            idx: la.idx,
            name: None,
        });
        spec.raw.push(la.idx);
        let size = targ
            .size(targ_id)
            .ok_or_else(|| format!("target type [{targ_id}] has no size"))?;
        spec.bit_offset = spec.bit_offset.wrapping_add(bits(la.idx, size));
    }
    Ok(Some(spec))
}

/// `bpf_core_match_member`: the member of composite `targ_id` named as the local field
/// (searching anonymous members depth first), pushed onto `spec`; its type, or `None`.
fn match_member(
    local: &Spec,
    la: &Accessor,
    spec: &mut Spec,
    targ_id: u32,
) -> Result<Option<u32>, Fail> {
    let targ = spec.types;
    let Some((targ_id, t)) = targ.skip(targ_id) else {
        return Err(format!("target type [{targ_id}] does not resolve"));
    };
    if !is_composite(&t) {
        return Ok(None);
    }
    let lt = local.types.ty(la.type_id).ok_or("local type")?;
    let lm = local.types.member(&lt, la.idx).ok_or("local member")?;
    for i in 0..t.vlen {
        let m = targ.member(&t, i).ok_or("target member")?;
        if spec.raw.len() == MAX_LEN {
            return Err("too deep a nesting".into());
        }
        spec.bit_offset = spec.bit_offset.wrapping_add(m.bit_offset);
        spec.raw.push(i);
        if m.name.is_empty() {
            if let Some(found) = match_member(local, la, spec, m.ty)? {
                return Ok(Some(found));
            }
        } else if m.name == lm.name {
            spec.acc.push(Accessor {
                type_id: targ_id,
                idx: i,
                name: Some(m.name),
            });
            return match fields_compat(local.types, lm.ty, targ, m.ty)? {
                true => Ok(Some(m.ty)),
                false => {
                    spec.acc.pop();
                    Ok(None)
                }
            };
        }
        spec.bit_offset = spec.bit_offset.wrapping_sub(m.bit_offset);
        spec.raw.pop();
    }
    Ok(None)
}
