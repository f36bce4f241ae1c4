//! What the verifier learns from the BTF `func_info` a loader passes with a program (libbpf
//! does for clang's objects): one record per subprogram, in order, with its `BTF_KIND_FUNC`
//! linkage and, for a global function, its prototype's arguments. The kernel needs it for
//! callbacks (a `BPF_PSEUDO_FUNC` `ld_imm64` is refused without it); global functions are
//! verified on their own against their BTF argument types (`btf_prepare_func_args`), and
//! a call to one checks its arguments against them (`btf_check_func_arg_match`).

use skctx::proto::{Param, Pointee, Proto, Ret, Tag, Type};
use skctx::KernelProfile;

use crate::cfg::Cfg;
use crate::error::Refusal;

/// `BTF_FUNC_STATIC`, `BTF_FUNC_GLOBAL`, `BTF_FUNC_EXTERN`: a `BTF_KIND_FUNC`'s `vlen`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u16)]
pub enum Linkage {
    Static = 0,
    Global = 1,
    Extern = 2,
}

impl Linkage {
    /// The linkage a `BTF_KIND_FUNC`'s `vlen` encodes, if it is one.
    pub fn from_vlen(vlen: u16) -> Option<Linkage> {
        match vlen {
            0 => Some(Linkage::Static),
            1 => Some(Linkage::Global),
            2 => Some(Linkage::Extern),
            _ => None,
        }
    }
}

/// One argument of a global function as `btf_prepare_func_args` classifies it, as far
/// as modelled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Arg {
    /// An integer or enum: `ARG_ANYTHING`, an unknown scalar in the callee.
    Scalar,
    /// A pointer to `struct bpf_sk_lookup`, or one tagged `arg:ctx`: `ARG_PTR_TO_CTX`.
    Ctx,
    /// A pointer to a type of `size` bytes (`btf_resolve_size`): `ARG_PTR_TO_MEM`, maybe
    /// NULL unless `nonnull` (the `arg:nonnull` decl tag on a kernel that reads it).
    Mem { size: u32, nonnull: bool },
    /// One the kernel takes and this verifier does not model (trusted, untrusted and arena
    /// pointers, zero-sized memory), with what it is: unsupported where it matters (a call,
    /// the callee's walk).
    Unsupported(String),
}

/// `struct bpf_func_info` as the verifier reads it: subprogram starting at instruction
/// `insn_off`, with the name and linkage of its BTF `FUNC` and its prototype (read only
/// for a global function).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FuncInfo {
    pub insn_off: u32,
    pub linkage: Linkage,
    pub name: String,
    pub proto: Proto,
}

/// Why `btf_prepare_func_args` refuses a global function's prototype: its log line and
/// the errno.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ProtoRefusal {
    pub line: String,
    pub errno: i32,
}

/// A global subprogram as its callers and its own walk see it.
#[derive(Debug, Clone)]
pub(crate) struct Global {
    /// Its BTF name, which 6.8+ logs print.
    pub name: String,
    /// Its arguments, or the kernel's refusal of its prototype.
    pub args: Result<Vec<Arg>, ProtoRefusal>,
    /// Returns `void` (accepted from 7.1): its exit leaves R0 unread, and a call leaves
    /// the caller's R0 uninitialised (`subprog_returns_void`).
    pub returns_void: bool,
}

/// Per subprogram, a global one (`None`: static, or the entry point).
pub(crate) type Globals = Vec<Option<Global>>;

/// `check_btf_func_early` and `check_btf_func`, as far as modelled: a record per
/// subprogram at its first instruction (what libbpf always sends; anything else is
/// unsupported rather than a guessed message); the global subprograms with their
/// prototypes prepared for `profile`.
pub(crate) fn check_func_info(
    cfg: &Cfg,
    funcs: &[FuncInfo],
    profile: KernelProfile,
) -> Result<Globals, Refusal> {
    let subprogs = cfg.subprogs();
    let layout = funcs.len() == subprogs.len()
        && funcs
            .iter()
            .zip(subprogs)
            .all(|(f, s)| f.insn_off as usize == s.start.0);
    if !layout {
        return Err(Refusal::Unsupported(
            "func_info records that do not match the subprograms one to one".into(),
        ));
    }
    funcs
        .iter()
        .enumerate()
        .map(|(n, f)| match f.linkage {
            Linkage::Global if n > 0 => Ok(Some(Global {
                name: f.name.clone(),
                args: prepare_func_args(profile, &f.name, &f.proto),
                returns_void: f.proto.ret == Ret::Void,
            })),
            Linkage::Extern if n > 0 => Err(Refusal::Unsupported(format!(
                "subprogram {n} with extern linkage"
            ))),
            _ => Ok(None),
        })
        .collect()
}

const EINVAL: i32 = 22;
const EOPNOTSUPP: i32 = 95;

/// `btf_prepare_func_args` for global function `name` on `profile`: at most 5
/// parameters, an integer return, then each parameter in order.
fn prepare_func_args(
    profile: KernelProfile,
    name: &str,
    proto: &Proto,
) -> Result<Vec<Arg>, ProtoRefusal> {
    let refuse = |line: String| ProtoRefusal {
        line,
        errno: EINVAL,
    };
    let n = proto.params.len();
    if n > 5 {
        return Err(refuse(format!(
            "Global function {name}() with {n} > 5 args. Buggy compiler."
        )));
    }
    // `void` too before 7.1: 6.1.192, 6.12.118, 6.18.44 and 7.0.13 refuse it.
    if profile.global_func_may_return_void() {
        if proto.ret == Ret::Other {
            return Err(refuse(format!(
                "Global function {name}() return value not void or scalar. Only those are supported."
            )));
        }
    } else if proto.ret != Ret::Int {
        return Err(refuse(format!(
            "Global function {name}() doesn't return scalar. Only those are supported."
        )));
    }
    (proto.params.iter().enumerate())
        .map(|(i, p)| prepare_arg(profile, name, i, p))
        .collect()
}

/// One parameter: its `arg:` tags (read from 6.8 on; one the release does not know
/// refuses the prototype with EOPNOTSUPP), then its type.
fn prepare_arg(
    profile: KernelProfile,
    name: &str,
    i: usize,
    p: &Param,
) -> Result<Arg, ProtoRefusal> {
    let refuse = |what: &str| ProtoRefusal {
        line: format!("arg#{i} {what}"),
        errno: EINVAL,
    };
    let tags: &[Tag] = if profile.reads_global_arg_tags() {
        &p.tags
    } else {
        &[]
    };
    let known = |t: &Tag| match t {
        Tag::Other(_) => false,
        Tag::Untrusted => profile.knows_arg_untrusted(),
        _ => true,
    };
    if !tags.iter().all(known) {
        return Err(ProtoRefusal {
            line: format!("arg#{i} has unsupported set of tags"),
            errno: EOPNOTSUPP,
        });
    }
    let has = |t: Tag| tags.contains(&t);
    let only = |t: Tag| tags.iter().all(|u| *u == t);
    let pointee = match &p.ty {
        Type::Ptr(_) if !profile.global_args_take_memory() => {
            return Err(ProtoRefusal {
                line: format!("Arg#{i} type PTR in {name}() is not supported yet."),
                errno: EINVAL,
            })
        }
        Type::Ptr(pointee) => pointee,
        _ if !tags.is_empty() => return Err(refuse("has pointer tag, but is not a pointer type")),
        Type::Int => return Ok(Arg::Scalar),
        Type::Other(what) => return Ok(Arg::Unsupported(what.clone())),
        Type::Struct(_) | Type::Union(_) => {
            let kind = if matches!(p.ty, Type::Struct(_)) {
                "STRUCT"
            } else {
                "UNION"
            };
            return Err(ProtoRefusal {
                line: format!("Arg#{i} type {kind} in {name}() is not supported yet."),
                errno: EINVAL,
            });
        }
    };
    if has(Tag::Ctx) || *pointee == Pointee::Ctx {
        if !only(Tag::Ctx) {
            return Err(refuse("has invalid combination of tags"));
        }
        // `btf_validate_prog_ctx_type`: a tagged pointer is to void or to the context.
        return match pointee {
            Pointee::Ctx | Pointee::Void => Ok(Arg::Ctx),
            _ => Err(refuse("should be `struct bpf_sk_lookup *`")),
        };
    }
    if has(Tag::Trusted) {
        if has(Tag::NonNull) {
            return Err(refuse("has invalid combination of tags"));
        }
        return Ok(Arg::Unsupported(
            "the arg:trusted decl tag (a kernel BTF type)".into(),
        ));
    }
    if has(Tag::Untrusted) {
        if !only(Tag::Untrusted) {
            return Err(refuse("untrusted cannot be combined with any other tags"));
        }
        return Ok(Arg::Unsupported("the arg:untrusted decl tag".into()));
    }
    if has(Tag::Arena) {
        if !only(Tag::Arena) {
            return Err(refuse("arena cannot be combined with any other tags"));
        }
        return Ok(Arg::Unsupported(
            "the arg:arena decl tag (an arena map)".into(),
        ));
    }
    if has(Tag::Nullable) {
        return Err(refuse("has invalid combination of tags"));
    }
    match pointee.size() {
        Some(0) => Ok(Arg::Unsupported("a pointer to a zero-sized type".into())),
        Some(size) => Ok(Arg::Mem {
            size,
            nonnull: has(Tag::NonNull),
        }),
        None => {
            let (kind, tname) = match pointee {
                Pointee::Fwd(n) => ("FWD", n.as_str()),
                Pointee::Func => ("FUNC_PROTO", ""),
                _ => ("UNKNOWN", ""),
            };
            Err(refuse(&format!(
                "reference type('{kind} {tname}') size cannot be determined: -{EINVAL}"
            )))
        }
    }
}

/// [`unmodelled`], and before `BPF_PSEUDO_FUNC` (5.13) an `ld_imm64` the release does not
/// know: `check_btf_info` compares the func_info records with subprograms that do not count
/// the callback before `resolve_pseudo_ldimm64` refuses it (Debian's 5.10.262: `number of
/// funcs in func_info doesn't match number of subprogs`, lint's cross-check of `bpf_loop.o`
/// in its image), which is not modelled.
pub(crate) fn unmodelled_before_func_info(r: Refusal, profile: KernelProfile) -> Refusal {
    match r {
        Refusal::Rejected(r)
            if r.code == skctx::Code::BadLdImm64
                && !crate::cfg::Change::PseudoFunc.in_profile(profile) =>
        {
            Refusal::Unsupported(
                "an ld_imm64 this release does not know, loaded with BTF func_info (checked against the subprograms first)".into(),
            )
        }
        r => unmodelled(r),
    }
}

/// A rejection for want of BTF (`missing btf func_info`, a subprogram's `LD_ABS` or tail
/// call) where BTF was passed: what the kernel does then is not modelled.
pub(crate) fn unmodelled(r: Refusal) -> Refusal {
    match r {
        Refusal::Rejected(r) if r.code == skctx::Code::SubprogNeedsBtf => Refusal::Unsupported(
            "a program loaded with BTF func_info, which this rule needs (a subprogram's LD_ABS or tail call with BTF is not modelled)".into(),
        ),
        r => r,
    }
}
