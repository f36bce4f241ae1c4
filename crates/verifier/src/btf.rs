//! What the verifier learns from the BTF `func_info` a loader passes with a program (libbpf
//! does for clang's objects): one record per subprogram, in order, with its `BTF_KIND_FUNC`
//! linkage. The kernel needs it for callbacks (a `BPF_PSEUDO_FUNC` `ld_imm64` is refused
//! without it); global functions are verified on their own against their BTF argument
//! types, which this crate does not model.

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

/// `struct bpf_func_info` as the verifier reads it: subprogram starting at instruction
/// `insn_off`, with the linkage of its BTF `FUNC`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FuncInfo {
    pub insn_off: u32,
    pub linkage: Linkage,
}

/// `check_btf_func_early` and `check_btf_func`, as far as modelled: a record per
/// subprogram at its first instruction (what libbpf always sends; anything else is
/// unsupported rather than a guessed message), no global subprogram.
pub(crate) fn check_func_info(cfg: &Cfg, funcs: &[FuncInfo]) -> Result<(), Refusal> {
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
    if let Some((n, _)) = funcs
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, f)| f.linkage != Linkage::Static)
    {
        return Err(Refusal::Unsupported(format!(
            "global subprogram {n} (verified on its own against its BTF argument types)"
        )));
    }
    Ok(())
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
