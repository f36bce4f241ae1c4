//! What CO-RE asks of a BTF: types with modifiers and typedefs skipped, sizes, members, the
//! "essential" name without a `___flavor`, and the two compatibility relations libbpf uses
//! (`relo_core.c`: `bpf_core_fields_are_compat` for a matched field, `__bpf_core_types_are_compat`
//! for the type-based relocations, `__bpf_core_types_match` for `TYPE_MATCHES`).

use asm::btf::{kind, Btf, RawType};

/// How deep a chain of modifiers, typedefs or nested types is followed (libbpf's 32).
const MAX_DEPTH: usize = 32;
/// libbpf's recursion budget for function prototypes and composite members.
pub(crate) const MAX_LEVEL: i32 = 32;
/// `BTF_INT_SIGNED` in an `INT`'s encoding.
const INT_SIGNED: u32 = 1;

/// A member of a `STRUCT` or `UNION`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Member<'a> {
    pub name: &'a str,
    pub ty: u32,
    pub bit_offset: u32,
    /// 0 for a member that is not a bitfield.
    pub bitfield_size: u32,
}

/// A BTF read for CO-RE.
#[derive(Clone, Copy)]
pub(crate) struct Types<'a> {
    pub btf: &'a Btf,
}

impl<'a> Types<'a> {
    pub fn ty(&self, id: u32) -> Option<RawType<'a>> {
        self.btf.raw_type(id)
    }

    pub fn string(&self, off: u32) -> &'a str {
        self.btf.string(off).unwrap_or_default()
    }

    /// `skip_mods_and_typedefs`: the type under qualifiers, `TYPE_TAG`s and typedefs.
    pub fn skip(&self, mut id: u32) -> Option<(u32, RawType<'a>)> {
        for _ in 0..MAX_DEPTH {
            let t = self.ty(id)?;
            match t.kind {
                kind::TYPEDEF | kind::VOLATILE | kind::CONST | kind::RESTRICT | kind::TYPE_TAG => {
                    id = t.size_or_type
                }
                _ => return Some((id, t)),
            }
        }
        None
    }

    /// `btf__resolve_size`: bytes of type `id` (a pointer is 8); `None` for `void`, a
    /// function, a forward declaration.
    pub fn size(&self, mut id: u32) -> Option<u64> {
        let mut nelems: u64 = 1;
        for _ in 0..MAX_DEPTH {
            let t = self.ty(id)?;
            let size = match t.kind {
                kind::INT
                | kind::STRUCT
                | kind::UNION
                | kind::ENUM
                | kind::ENUM64
                | kind::DATASEC
                | kind::FLOAT => t.size_or_type as u64,
                kind::PTR => 8,
                kind::TYPEDEF
                | kind::VOLATILE
                | kind::CONST
                | kind::RESTRICT
                | kind::VAR
                | kind::TYPE_TAG
                | DECL_TAG => {
                    id = t.size_or_type;
                    continue;
                }
                kind::ARRAY => {
                    nelems = nelems.checked_mul(*t.extra.get(2)? as u64)?;
                    id = *t.extra.first()?;
                    continue;
                }
                _ => return None,
            };
            return size.checked_mul(nelems).filter(|&s| s <= u32::MAX as u64);
        }
        None
    }

    /// Member `index` of composite type `t`.
    pub fn member(&self, t: &RawType, index: u32) -> Option<Member<'a>> {
        let w = t.extra.get(3 * index as usize..3 * index as usize + 3)?;
        let (bit_offset, bitfield_size) = match t.kflag {
            true => (w[2] & 0xff_ffff, w[2] >> 24),
            false => (w[2], 0),
        };
        Some(Member {
            name: self.string(w[0]),
            ty: w[1],
            bit_offset,
            bitfield_size,
        })
    }

    /// Enumerator `index` of an `ENUM` or `ENUM64`: its name and value (an `ENUM`'s 32-bit
    /// value sign-extended, as libbpf reads `btf_enum::val`, an `__s32`).
    pub fn enumerator(&self, t: &RawType, index: u32) -> Option<(&'a str, u64)> {
        let i = index as usize;
        match t.kind {
            kind::ENUM => {
                let w = t.extra.get(2 * i..2 * i + 2)?;
                Some((self.string(w[0]), w[1] as i32 as i64 as u64))
            }
            kind::ENUM64 => {
                let w = t.extra.get(3 * i..3 * i + 3)?;
                Some((self.string(w[0]), w[1] as u64 | (w[2] as u64) << 32))
            }
            _ => None,
        }
    }
}

/// `BTF_KIND_DECL_TAG`, which `asm::btf::kind` does not list.
const DECL_TAG: u32 = 17;

pub(crate) fn is_composite(t: &RawType) -> bool {
    matches!(t.kind, kind::STRUCT | kind::UNION)
}

pub(crate) fn is_any_enum(t: &RawType) -> bool {
    matches!(t.kind, kind::ENUM | kind::ENUM64)
}

/// `btf_kind_core_compat`: the same kind, or both enums.
pub(crate) fn kind_compat(a: &RawType, b: &RawType) -> bool {
    a.kind == b.kind || (is_any_enum(a) && is_any_enum(b))
}

/// An `INT`'s encoding bits (`BTF_INT_ENCODING`).
pub(crate) fn int_encoding(t: &RawType) -> u32 {
    t.extra.first().map_or(0, |w| (w >> 24) & 0x0f)
}

pub(crate) fn int_is_signed(t: &RawType) -> bool {
    int_encoding(t) & INT_SIGNED != 0
}

/// `BTF_INT_OFFSET`: non-zero only in the deprecated bitfield-like integers.
fn int_offset(t: &RawType) -> u32 {
    t.extra.first().map_or(0, |w| (w >> 16) & 0xff)
}

/// `bpf_core_essential_name_len`: the name up to its last `X___Y` flavor separator.
pub fn essential_name(name: &str) -> &str {
    let b = name.as_bytes();
    let is_sep = |i: usize| {
        b[i] != b'_' && b[i + 1] == b'_' && b[i + 2] == b'_' && b[i + 3] == b'_' && b[i + 4] != b'_'
    };
    (0..b.len().saturating_sub(4))
        .rev()
        .find(|&i| is_sep(i))
        .map_or(name, |i| &name[..i + 1])
}

/// An error of libbpf's (a negative errno there): the relocation fails and so does the load.
pub(crate) type Fail = String;

/// `bpf_core_fields_are_compat`.
pub(crate) fn fields_compat(
    local: Types,
    mut local_id: u32,
    targ: Types,
    mut targ_id: u32,
) -> Result<bool, Fail> {
    for _ in 0..MAX_DEPTH {
        let ((_, lt), (_, tt)) = match (local.skip(local_id), targ.skip(targ_id)) {
            (Some(l), Some(t)) => (l, t),
            _ => return Err(format!("types [{local_id}] or [{targ_id}] do not resolve")),
        };
        if is_composite(&lt) && is_composite(&tt) {
            return Ok(true);
        }
        if !kind_compat(&lt, &tt) {
            return Ok(false);
        }
        return Ok(match lt.kind {
            kind::PTR | kind::FLOAT => true,
            kind::FWD | kind::ENUM | kind::ENUM64 => {
                let (l, t) = (essential_name(lt.name), essential_name(tt.name));
                l.is_empty() || t.is_empty() || l == t
            }
            kind::INT => int_offset(&lt) == 0 && int_offset(&tt) == 0,
            kind::ARRAY => {
                (local_id, targ_id) = (lt.extra[0], tt.extra[0]);
                continue;
            }
            _ => false,
        });
    }
    Err("too deep a type".into())
}

/// `__bpf_core_types_are_compat` (TYPE_EXISTS, TYPE_SIZE, TYPE_ID_TARGET).
pub(crate) fn types_compat(
    local: Types,
    mut local_id: u32,
    targ: Types,
    mut targ_id: u32,
    level: i32,
) -> Result<bool, Fail> {
    let (lt0, tt0) = (local.ty(local_id), targ.ty(targ_id));
    match (lt0, tt0) {
        (Some(l), Some(t)) if !kind_compat(&l, &t) => return Ok(false),
        (Some(_), Some(_)) => {}
        _ => return Err(format!("types [{local_id}] or [{targ_id}] do not exist")),
    }
    for _ in 0..MAX_DEPTH {
        let ((_, lt), (_, tt)) = match (local.skip(local_id), targ.skip(targ_id)) {
            (Some(l), Some(t)) => (l, t),
            _ => return Err(format!("types [{local_id}] or [{targ_id}] do not resolve")),
        };
        if !kind_compat(&lt, &tt) {
            return Ok(false);
        }
        match lt.kind {
            kind::VOID | kind::STRUCT | kind::UNION | kind::ENUM | kind::FWD | kind::ENUM64 => {
                return Ok(true)
            }
            kind::INT => return Ok(int_offset(&lt) == 0 && int_offset(&tt) == 0),
            kind::PTR => (local_id, targ_id) = (lt.size_or_type, tt.size_or_type),
            kind::ARRAY => (local_id, targ_id) = (lt.extra[0], tt.extra[0]),
            kind::FUNC_PROTO => {
                if lt.vlen != tt.vlen {
                    return Ok(false);
                }
                for i in 0..lt.vlen as usize {
                    if level <= 0 {
                        return Err("too deep a function prototype".into());
                    }
                    let (lp, tp) = (lt.extra[2 * i + 1], tt.extra[2 * i + 1]);
                    let (lp, tp) = (skip_id(local, lp)?, skip_id(targ, tp)?);
                    if !types_compat(local, lp, targ, tp, level - 1)? {
                        return Ok(false);
                    }
                }
                (local_id, targ_id) = (
                    skip_id(local, lt.size_or_type)?,
                    skip_id(targ, tt.size_or_type)?,
                );
            }
            _ => return Ok(false),
        }
    }
    Err("too deep a type".into())
}

fn skip_id(types: Types, id: u32) -> Result<u32, Fail> {
    types
        .skip(id)
        .map(|(id, _)| id)
        .ok_or_else(|| format!("type [{id}] does not resolve"))
}

/// `bpf_core_names_match`: an anonymous target matches only an anonymous local; else the
/// essential names are equal.
fn names_match(local: &str, targ: &str) -> bool {
    match targ.is_empty() {
        true => local.is_empty(),
        false => essential_name(local) == essential_name(targ),
    }
}

/// `__bpf_core_types_match` (TYPE_MATCHES).
pub(crate) fn types_match(
    local: Types,
    mut local_id: u32,
    targ: Types,
    mut targ_id: u32,
    mut behind_ptr: bool,
    level: i32,
) -> Result<bool, Fail> {
    if level <= 0 {
        return Err("too deep a type".into());
    }
    for _ in 0..MAX_DEPTH {
        let ((_, lt), (_, tt)) = match (local.skip(local_id), targ.skip(targ_id)) {
            (Some(l), Some(t)) => (l, t),
            _ => return Err(format!("types [{local_id}] or [{targ_id}] do not resolve")),
        };
        if !names_match(lt.name, tt.name) {
            return Ok(false);
        }
        let (lk, tk) = (lt.kind, tt.kind);
        match lk {
            kind::VOID => return Ok(lk == tk),
            kind::FWD => {
                return Ok(match (behind_ptr, lk == tk) {
                    (_, true) => lt.kflag == tt.kflag,
                    (true, false) => {
                        (tk == kind::STRUCT && !lt.kflag) || (tk == kind::UNION && lt.kflag)
                    }
                    (false, false) => false,
                })
            }
            kind::ENUM | kind::ENUM64 => {
                return Ok(is_any_enum(&tt) && enums_match(local, &lt, targ, &tt))
            }
            kind::STRUCT | kind::UNION if behind_ptr => {
                return Ok(lk == tk || (tk == kind::FWD && (lk == kind::UNION) == tt.kflag))
            }
            kind::STRUCT | kind::UNION => {
                return match lk == tk {
                    true => composites_match(local, &lt, targ, &tt, behind_ptr, level),
                    false => Ok(false),
                }
            }
            kind::INT => {
                return Ok(lk == tk
                    && lt.size_or_type == tt.size_or_type
                    && int_is_signed(&lt) == int_is_signed(&tt))
            }
            kind::PTR if lk == tk => {
                behind_ptr = true;
                (local_id, targ_id) = (lt.size_or_type, tt.size_or_type);
            }
            kind::ARRAY if lk == tk && lt.extra[2] == tt.extra[2] => {
                (local_id, targ_id) = (lt.extra[0], tt.extra[0]);
            }
            kind::FUNC_PROTO if lk == tk && lt.vlen == tt.vlen => {
                for i in 0..lt.vlen as usize {
                    let (lp, tp) = (lt.extra[2 * i + 1], tt.extra[2 * i + 1]);
                    if !types_match(local, lp, targ, tp, behind_ptr, level - 1)? {
                        return Ok(false);
                    }
                }
                (local_id, targ_id) = (lt.size_or_type, tt.size_or_type);
            }
            _ => return Ok(false),
        }
    }
    Err("too deep a type".into())
}

/// `bpf_core_enums_match`: the same size, and every local enumerator's name in the target.
fn enums_match(local: Types, lt: &RawType, targ: Types, tt: &RawType) -> bool {
    lt.size_or_type == tt.size_or_type
        && lt.vlen <= tt.vlen
        && (0..lt.vlen).all(|i| {
            let name = local.enumerator(lt, i).map_or("", |e| e.0);
            (0..tt.vlen).any(|j| names_match(name, targ.enumerator(tt, j).map_or("", |e| e.0)))
        })
}

/// `bpf_core_composites_match`: every local member has a target member of its name whose
/// type matches.
fn composites_match(
    local: Types,
    lt: &RawType,
    targ: Types,
    tt: &RawType,
    behind_ptr: bool,
    level: i32,
) -> Result<bool, Fail> {
    if lt.vlen > tt.vlen {
        return Ok(false);
    }
    for i in 0..lt.vlen {
        let Some(lm) = local.member(lt, i) else {
            return Ok(false);
        };
        let mut matched = false;
        for j in 0..tt.vlen {
            let Some(tm) = targ.member(tt, j) else {
                continue;
            };
            if names_match(lm.name, tm.name)
                && types_match(local, lm.ty, targ, tm.ty, behind_ptr, level - 1)?
            {
                matched = true;
                break;
            }
        }
        if !matched {
            return Ok(false);
        }
    }
    Ok(true)
}
