//! What the verifier learns from the BTF `func_info` a loader passes with a program (libbpf
//! does for clang's objects): one record per subprogram, in order, with its `BTF_KIND_FUNC`
//! linkage and, for a global function, its prototype's arguments. The kernel needs it for
//! callbacks (a `BPF_PSEUDO_FUNC` `ld_imm64` is refused without it); global functions are
//! verified on their own against their BTF argument types (`btf_prepare_func_args`), and
//! a call to one checks its arguments against them (`btf_check_func_arg_match`).

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

/// One argument of a `FUNC`'s prototype as `btf_prepare_func_args` classifies it, as far
/// as modelled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// An integer or enum: `ARG_ANYTHING`, an unknown scalar in the callee.
    Scalar,
    /// A pointer to `struct bpf_sk_lookup`: `ARG_PTR_TO_CTX`.
    Ctx,
    /// A pointer to a type of `size` bytes (`btf_resolve_size`): `ARG_PTR_TO_MEM`, maybe
    /// NULL unless `nonnull` (the `arg:nonnull` decl tag, `__arg_nonnull`; only kernels
    /// that read decl tags heed it).
    Mem { size: u32, nonnull: bool },
    /// Anything else (a pointer to memory, `__arg_*` tags, a prototype the kernel refuses),
    /// with what it is: a global function with one is unsupported.
    Unsupported(String),
}

/// `struct bpf_func_info` as the verifier reads it: subprogram starting at instruction
/// `insn_off`, with the name and linkage of its BTF `FUNC` and its prototype's arguments
/// (read only for a global function; a prototype not modelled as a whole, e.g. one not
/// returning an integer, is a single [`Arg::Unsupported`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FuncInfo {
    pub insn_off: u32,
    pub linkage: Linkage,
    pub name: String,
    pub args: Vec<Arg>,
}

/// A global subprogram as its callers and its own walk see it.
#[derive(Debug, Clone)]
pub(crate) struct Global {
    /// Its BTF name, which 6.8+ logs print.
    pub name: String,
    pub args: Vec<Arg>,
}

/// Per subprogram, a global one (`None`: static, or the entry point).
pub(crate) type Globals = Vec<Option<Global>>;

/// `check_btf_func_early` and `check_btf_func`, as far as modelled: a record per
/// subprogram at its first instruction (what libbpf always sends; anything else is
/// unsupported rather than a guessed message); the global subprograms with their arguments,
/// each of them modelled.
pub(crate) fn check_func_info(cfg: &Cfg, funcs: &[FuncInfo]) -> Result<Globals, Refusal> {
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
                args: global_args(n, &f.args)?,
            })),
            Linkage::Extern if n > 0 => Err(Refusal::Unsupported(format!(
                "subprogram {n} with extern linkage"
            ))),
            _ => Ok(None),
        })
        .collect()
}

/// The arguments of global subprogram `n`, each modelled.
fn global_args(n: usize, args: &[Arg]) -> Result<Vec<Arg>, Refusal> {
    if let Some((k, Arg::Unsupported(what))) = args
        .iter()
        .enumerate()
        .find(|(_, a)| matches!(a, Arg::Unsupported(_)))
    {
        return Err(Refusal::Unsupported(format!(
            "global subprogram {n}'s argument #{k}: {what}"
        )));
    }
    if args.len() > 5 {
        return Err(Refusal::Unsupported(format!(
            "global subprogram {n} with more than 5 arguments"
        )));
    }
    Ok(args.to_vec())
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
