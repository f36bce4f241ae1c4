//! The structural pass: what the kernel checks before its path walk, in the kernel's order,
//! and the control-flow facts the walk needs.
//!
//! `bpf_check` runs these steps before `do_check` (kernel/bpf/verifier.c; `check_cfg` moved
//! to kernel/bpf/cfg.c after 6.18), each stopping at its first refusal:
//!
//! 1. `add_subprog_and_kfunc`: subprogram starts (entry, `call pc+N`, `ld_imm64`
//!    `BPF_PSEUDO_FUNC`), in slot order: `call to invalid destination`, `too many subprograms`.
//! 2. `check_subprogs`: every jump stays in its subprogram (`jump out of range from insn X to
//!    Y`), every subprogram ends in `exit` or `ja` (`last insn is not an exit or jmp`).
//!    Then `check_btf_info` without BTF: no `BPF_LD_[ABS|IND]` or `bpf_tail_call` in a
//!    subprogram other than the main one (`check_abnormal_return`).
//! 3. `resolve_pseudo_ldimm64`: the instruction-level checks made before the walk, one
//!    instruction at a time (`ld_imm64` is two slots): `BPF_LDX uses reserved fields`,
//!    `invalid bpf_ld_imm64 insn`, `unrecognized bpf_ld_imm64 insn`, `unknown opcode NN`,
//!    and, at each map reference, `The total number of maps per program has reached the limit of 64` when it names a 65th
//!    distinct map (`add_used_map`, by [`crate::MapInfo::id`]; [`check_loaded`]).
//!    Before 5.13 this step came first (see [`Change::ResolveAfterSubprogs`]).
//! 4. `check_cfg`: a depth-first walk from instruction 0 (fall-through edge first, then the
//!    branch or callee edge), then a scan in slot order for `unreachable insn N` and `jump into
//!    the middle of ldimm64 insn N`.
//! 5. From 7.1, `bpf_compute_const_regs` and `bpf_prune_dead_branches` (refusing nothing):
//!    a conditional jump decided by constants becomes a `goto` ([`crate::const_fold`]); the
//!    marks of step 4 stay those of the jump as written.
//!
//! Everything else about an instruction (registers, reserved fields of ALU, jump and store
//! instructions, `BPF_LD_[ABS|IND]` in SK_LOOKUP) the kernel checks only when its walk reaches
//! the instruction, so this pass lets such instructions through: [`Cfg::insn`] hands the walk
//! each slot's decoding, or the [`isa::DecodeError`] the walk turns into the kernel's message.
//!
//! Not modelled, reported as [`CfgError::Unsupported`]: kfunc calls other than skctx's
//! `KFUNCS` by their id (or on a release without them) and `BPF_PSEUDO_BTF_ID`
//! loads (the kernel resolves them against its BTF). Map references (`ld_imm64` with
//! `BPF_PSEUDO_MAP_FD`/`BPF_PSEUDO_MAP_VALUE`) are taken as naming valid maps: binding them
//! is the caller's job. Every SK_LOOKUP loader holds `CAP_BPF` (see [`skctx::Privilege`]),
//! and with it `push_insn` accepts loops (5.3+): before 6.7 only on a jump's edges
//! ([`Change::BackEdgesAnywhere`]).

use std::borrow::Cow;
use std::fmt;

use isa::table::{self, class, jmp_op, mode, source};
use isa::{DecodeError, Insn, LdImmKind, Pc, RawInsn, Size};
use skctx::limits::MAX_USED_MAPS;
use skctx::{ArgKind, Code, KernelProfile, KernelVersion};

use crate::reuse::Kept;

/// `BPF_MAX_SUBPROGS`.
pub const MAX_SUBPROGS: usize = 256;
/// `BPF_COMPLEXITY_LIMIT_INSNS`: `BPF_PROG_LOAD` refuses longer programs before the verifier.
pub const MAX_INSNS: usize = skctx::limits::BPF_COMPLEXITY_LIMIT_INSNS;

const EINVAL: i32 = 22;
const E2BIG: i32 = 7;
const EPROTO: i32 = 71;

/// Kernel changes that move this pass's answer, each with the release it is modelled at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// `check_cfg` treats `ld_imm64` as one two-slot node and reports jumps into its second
    /// slot (3feb263bb516 "bpf: handle ldimm64 properly in check_cfg()", 6.7; backported to
    /// 6.1.72 (Debian 6.1 changelog), and to 6.6.y, 6.5.y and older stable series at patch
    /// levels not modelled). Before, the second slot was a node of its own and a jump into it
    /// failed in the walk.
    LdImm64InCfg,
    /// `gotol` (`BPF_JMP32 | BPF_JA` with a 32-bit offset in `imm`) is an instruction: cpu v4
    /// (6.6), and backported to 6.1.72 with the check_cfg rework above ("bpf: Support new
    /// 32bit offset jmp instruction", Debian 6.1 changelog; Debian 6.1.192 accepts it).
    Gotol,
    /// `resolve_pseudo_ldimm64` runs after `check_subprogs` and `check_btf_info` (needed by
    /// `BPF_PSEUDO_FUNC`, 5.13; UNCONFIRMED); before, `replace_map_fd_with_map_ptr` ran first.
    /// Debian's 5.10.262 has the later order (its `bpf_check`; under qemu, walk_random: a
    /// subprogram's tail call without BTF refused before an unknown opcode), a 5.10.y
    /// backport whose first release is UNCONFIRMED (modelled: the 5.10.y series).
    ResolveAfterSubprogs,
    /// `BPF_STX` with a mode other than `BPF_MEM`/`BPF_XADD` or a non-zero `imm` is refused
    /// with `BPF_STX uses reserved fields` before 5.12, when atomics started using `imm`.
    AtomicsUseImm,
    /// Without BTF func info, subprograms may not use `BPF_LD_[ABS|IND]` or `bpf_tail_call`
    /// (`check_abnormal_return`, with tail calls from subprograms, 5.10; UNCONFIRMED).
    AbnormalReturnCheck,
    /// `ld_imm64` with `BPF_PSEUDO_BTF_ID` (5.10).
    PseudoBtfId,
    /// `ld_imm64` with `BPF_PSEUDO_FUNC` (5.13).
    PseudoFunc,
    /// `ld_imm64` with `BPF_PSEUDO_MAP_IDX`/`BPF_PSEUDO_MAP_IDX_VALUE` (fd_array, 5.14).
    PseudoMapIdx,
    /// Calls with `BPF_PSEUDO_KFUNC_CALL` (e6ac2450d6de "bpf: Support bpf program calling
    /// kernel function", 5.13): `add_subprog_and_kfunc` checks them (the license first).
    /// Before, `check_subprogs` passes over them (Debian's 5.10.262: its sources; under
    /// qemu, mutate_kernel), which this crate does not model (unsupported).
    KfuncCalls,
    /// `may_goto` (`BPF_JMP | BPF_JCOND`) in the opcode table (6.9).
    MayGoto,
    /// 8- and 16-bit `BPF_STX | BPF_ATOMIC` (load-acquire/store-release, 6.15).
    NarrowAtomics,
    /// A CAP_BPF loader's back-edge may be any edge (10e14e9652bf "bpf: fix control-flow
    /// graph checking in privileged mode", 6.7). Before, `push_insn`'s `loop_ok` allowed it
    /// only on a jump's edges: the fall-through of another instruction, or a call's edges,
    /// into an instruction still on the DFS stack was `back-edge from insn T to W`. Debian
    /// 6.1.192 still refuses (confirmed under qemu); 6.12.118 and 6.18.44 accept.
    BackEdgesAnywhere,
    /// Prune points and jump points are apart ("bpf: decouple prune and jump points",
    /// bffdeaa8a5af, 6.2; in Debian's 6.1.192 sources, a 6.1.y backport whose first
    /// release is UNCONFIRMED: modelled as 6.1). Before (5.15.225's sources) every prune
    /// point records the jump history, and the instruction after a `ja` is one too
    /// (`init_explored_state(env, t + 1)`).
    PrunePointsApart,
    /// `check_and_resolve_insns` (the step 3 of 7.1, in Debian's 7.1.13 sources; the commit
    /// UNCONFIRMED): before the walk, every slot's register fields (`R<n> is invalid`, `dst`
    /// then `src`) and, after the opcode check, its reserved fields (`check_insn_fields`: the
    /// ALU, jump, store and `BPF_LD_[ABS|IND]` checks `do_check` made when it reached the
    /// instruction), and `BPF_LD_IMM64 uses reserved fields` after the second slot's check.
    /// Confirmed in Debian's 7.1.13 image (the `_v7_1` twins of `malformed.s` and
    /// `load_acquire.s`); 7.0.13 refuses them in the walk.
    InsnFieldsBeforeWalk,
    /// `bpf_compute_const_regs` and `bpf_prune_dead_branches` (kernel/bpf/const_fold.c,
    /// called by `bpf_check` after `check_cfg`, before the SCCs, liveness and the walk; in
    /// Debian's 7.1.13 sources, not in 6.19.14's or 7.0.13's; the commit UNCONFIRMED): a conditional jump
    /// whose operands are constants on every path becomes `goto` its outcome
    /// ([`crate::const_fold`]). The walk then marks no precision for it and, without
    /// CAP_PERFMON, explores no speculative path into the branch not taken (`speculation.s`
    /// `decided_branch_has_no_speculative_path_from_7_1`: 4 processed in Debian's 7.1.13
    /// image, 8 in 7.0.13's and on the live 6.18.44).
    ConstBranchesFolded,
}

impl Change {
    /// Every change, in declaration order (what `docs/verifier.md` lists).
    pub const ALL: [Change; 15] = [
        Change::LdImm64InCfg,
        Change::Gotol,
        Change::ResolveAfterSubprogs,
        Change::AtomicsUseImm,
        Change::AbnormalReturnCheck,
        Change::PseudoBtfId,
        Change::PseudoFunc,
        Change::PseudoMapIdx,
        Change::KfuncCalls,
        Change::MayGoto,
        Change::NarrowAtomics,
        Change::BackEdgesAnywhere,
        Change::PrunePointsApart,
        Change::InsnFieldsBeforeWalk,
        Change::ConstBranchesFolded,
    ];

    /// Does `profile`'s kernel have this change?
    pub fn in_profile(self, profile: KernelProfile) -> bool {
        let at = |major, minor| profile.has(KernelVersion::new(major, minor));
        // The 6.1.y stable series from `patch` on.
        let v6_1_from = |patch| profile.has(KernelVersion::with_patch(6, 1, patch)) && !at(6, 2);
        match self {
            Change::LdImm64InCfg => at(6, 7) || v6_1_from(72),
            Change::Gotol => at(6, 6) || v6_1_from(72),
            Change::ResolveAfterSubprogs => at(5, 13) || (at(5, 10) && !at(5, 11)),
            Change::AtomicsUseImm => at(5, 12),
            Change::AbnormalReturnCheck => at(5, 10),
            Change::PseudoBtfId => at(5, 10),
            Change::PseudoFunc => at(5, 13),
            Change::PseudoMapIdx => at(5, 14),
            Change::KfuncCalls => at(5, 13),
            Change::MayGoto => at(6, 9),
            Change::NarrowAtomics => at(6, 15),
            Change::BackEdgesAnywhere => at(6, 7),
            Change::PrunePointsApart => at(6, 1),
            Change::InsnFieldsBeforeWalk => at(7, 1),
            Change::ConstBranchesFolded => at(7, 1),
        }
    }
}

/// A refusal of this pass, as the kernel prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CfgRefusal {
    /// The instruction the refusal is about (`None` when the kernel names none).
    pub pc: Option<Pc>,
    /// The registered code.
    pub code: Code,
    /// Our explanation.
    pub message: String,
    /// The kernel's message line.
    pub kernel_message: String,
    pub errno: i32,
}

/// Why the pass stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CfgError {
    Refused(CfgRefusal),
    /// Something the kernel decides with facts this verifier does not have.
    Unsupported(String),
}

impl CfgError {
    fn refused(
        pc: Option<usize>,
        code: Code,
        message: String,
        kernel_message: String,
        errno: i32,
    ) -> CfgError {
        CfgError::Refused(CfgRefusal {
            pc: pc.map(Pc),
            code,
            message,
            kernel_message,
            errno,
        })
    }

    /// The kernel's message, when this is a refusal.
    pub fn kernel_message(&self) -> Option<&str> {
        match self {
            CfgError::Refused(r) => Some(&r.kernel_message),
            CfgError::Unsupported(_) => None,
        }
    }
}

impl fmt::Display for CfgError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CfgError::Refused(r) => {
                if let Some(pc) = r.pc {
                    write!(f, "insn {pc}: ")?;
                }
                write!(f, "{} (kernel: `{}`)", r.message, r.kernel_message)
            }
            CfgError::Unsupported(what) => write!(f, "unsupported: {what}"),
        }
    }
}

/// The part of the instruction a structural refusal is about: the target of a jump or
/// call, else the whole instruction.
fn structural_operand(code: Code) -> crate::Operand {
    match code {
        Code::JumpOutOfRange | Code::JumpIntoLdImm64 | Code::CallOutOfRange => {
            crate::Operand::Target
        }
        _ => crate::Operand::Insn,
    }
}

impl From<CfgError> for crate::Refusal {
    /// A refusal with a registered code becomes a [`crate::Rejection`]; one without (the
    /// registry lacks codes for some structural messages) is reported as unsupported with the
    /// kernel's message, never under a wrong code.
    fn from(e: CfgError) -> crate::Refusal {
        match e {
            CfgError::Refused(CfgRefusal {
                pc,
                code,
                message,
                kernel_message,
                errno,
            }) => crate::Refusal::Rejected(Box::new(crate::Rejection {
                pc,
                operand: pc.map(|_| structural_operand(code)),
                code,
                message,
                kernel_message,
                errno,
                related: None,
            })),
            CfgError::Unsupported(what) => crate::Refusal::Unsupported(what),
        }
    }
}

/// One subprogram: slots `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Subprog {
    pub start: Pc,
    pub end: Pc,
    /// Calls `bpf_tail_call` (`has_tail_call`).
    pub has_tail_call: bool,
    /// Contains `BPF_LD_[ABS|IND]` (`has_ld_abs`).
    pub has_ld_abs: bool,
}

/// What `check_cfg`'s `visit_insn` marks on an instruction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Marks {
    /// `mark_prune_point`: `is_state_visited` runs here.
    pub prune_point: bool,
    /// `mark_jmp_point`: jump history is recorded on arrival here.
    pub jmp_point: bool,
    /// `mark_force_checkpoint`: a checkpoint is always made here (`may_goto`, callback calls).
    pub force_checkpoint: bool,
    /// `mark_calls_callback`: a synchronous callback-calling helper call.
    pub calls_callback: bool,
}

/// What one slot is, for the walk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slot {
    Insn(Insn),
    /// The second slot of an `ld_imm64` (before [`Change::LdImm64InCfg`] a jump may land
    /// here; the walk then refuses it).
    LdImm64Tail,
    /// Passed this pass, refused by the walk if it reaches it (boxed: rare, and the walk
    /// reads one slot per instruction, so slots stay the size of an [`Insn`]).
    Invalid(Box<DecodeError>),
}

/// The program after the structural pass.
#[derive(Debug, Clone)]
pub struct Cfg<'a> {
    /// The slots as the walk meets them, borrowed unless [`Change::ConstBranchesFolded`]
    /// rewrote a jump: the walk reads them (liveness) beside the decoded ones.
    raw: Cow<'a, [RawInsn]>,
    slots: Kept<Slot>,
    marks: Kept<Marks>,
    subprogs: Vec<Subprog>,
}

impl Cfg<'_> {
    /// The instruction slots as given.
    pub fn raw(&self) -> &[RawInsn] {
        &self.raw
    }

    /// Number of slots.
    pub fn len(&self) -> usize {
        self.raw.len()
    }

    pub fn is_empty(&self) -> bool {
        self.raw.is_empty()
    }

    /// The slot at `pc`.
    pub fn insn(&self, pc: Pc) -> Option<&Slot> {
        self.slots.get(pc.0)
    }

    /// Slot `k` is the second slot of an `ld_imm64`.
    pub fn is_ldimm64_tail(&self, k: usize) -> bool {
        matches!(self.slots.get(k), Some(Slot::LdImm64Tail))
    }

    pub fn marks(&self, pc: Pc) -> Marks {
        self.marks.get(pc.0).copied().unwrap_or_default()
    }

    /// Subprograms in slot order; the first is the main program.
    pub fn subprogs(&self) -> &[Subprog] {
        &self.subprogs
    }

    /// The subprogram containing `pc`.
    pub fn subprog_of(&self, pc: Pc) -> Option<usize> {
        self.subprogs
            .iter()
            .position(|s| s.start <= pc && pc < s.end)
    }
}

/// Runs the structural pass on `raw` for `profile`'s kernel.
pub fn check(raw: &[RawInsn], profile: KernelProfile) -> Result<Cfg<'_>, CfgError> {
    check_loaded(raw, &[], profile, true)
}

/// [`check`] of a program whose `ld_imm64` instructions name `maps`: while it resolves them
/// the kernel also counts the distinct maps (`MAX_USED_MAPS`); `gpl`: the license is
/// GPL-compatible (a kfunc call needs it; [`check`] assumes it).
pub fn check_loaded<'a>(
    raw: &'a [RawInsn],
    maps: &[crate::MapInfo],
    profile: KernelProfile,
    gpl: bool,
) -> Result<Cfg<'a>, CfgError> {
    if raw.is_empty() || raw.len() > MAX_INSNS {
        return Err(CfgError::Unsupported(format!(
            "{} instructions: BPF_PROG_LOAD refuses it with E2BIG before the verifier runs",
            raw.len()
        )));
    }
    let resolve_first = !Change::ResolveAfterSubprogs.in_profile(profile);
    if resolve_first {
        resolve_insns(raw, maps, profile)?;
    }
    let starts = subprog_starts(raw, profile, gpl)?;
    let subprogs = check_subprogs(raw, &starts, Change::Gotol.in_profile(profile))?;
    check_abnormal_return(&subprogs, profile)?;
    if !resolve_first {
        resolve_insns(raw, maps, profile)?;
    }
    let whole_ldimm64 = Change::LdImm64InCfg.in_profile(profile);
    let walk = Dfs::run(raw, whole_ldimm64, profile)?;
    scan_reached(raw, &walk.state, whole_ldimm64)?;
    let raw = match Change::ConstBranchesFolded.in_profile(profile) {
        true => {
            let starts: Vec<usize> = subprogs.iter().map(|s| s.start.0).collect();
            crate::const_fold::fold(raw, maps, &starts)
        }
        false => Cow::Borrowed(raw),
    };
    Ok(Cfg {
        slots: decode_slots(&raw, profile),
        raw,
        marks: walk.marks,
        subprogs,
    })
}

fn is_ldimm64(r: &RawInsn) -> bool {
    r.code == table::LD_IMM64
}

fn ld_imm_src(kind: LdImmKind) -> u8 {
    table::ld_imm_row(kind).src
}

fn is_pseudo_call(r: &RawInsn) -> bool {
    r.code == class::JMP | jmp_op::CALL && r.src == table::call_src::LOCAL
}

fn is_kfunc_call(r: &RawInsn) -> bool {
    r.code == class::JMP | jmp_op::CALL && r.src == table::call_src::KFUNC
}

/// A call of an iterator's `next` kfunc (`is_iter_next_insn`).
pub(crate) fn is_iter_next_call(r: &RawInsn) -> bool {
    is_kfunc_call(r)
        && skctx::kfunc_by_id(r.imm).is_some_and(|k| k.has(skctx::kfuncs::flags::ITER_NEXT))
}

fn is_helper_call(r: &RawInsn) -> bool {
    r.code == class::JMP | jmp_op::CALL && r.src == table::call_src::HELPER
}

fn is_pseudo_func(r: &RawInsn) -> bool {
    is_ldimm64(r) && r.src == ld_imm_src(LdImmKind::Func)
}

/// `i + imm + 1` in the kernel's `int` arithmetic.
fn relative(i: usize, delta: i32) -> i32 {
    (i as i32).wrapping_add(delta).wrapping_add(1)
}

/// `add_kfunc_call` for a call by skctx's kfunc id (`skctx::KFUNCS`; a loader gives the
/// kernel its BTF id): a modelled kfunc of a release that has it passes; any other kfunc,
/// whose BTF id only the kernel can resolve, is not modelled.
fn kfunc(i: usize, r: &RawInsn, profile: KernelProfile) -> Result<(), CfgError> {
    let k = skctx::kfunc_by_id(r.imm)
        .filter(|_| r.off == 0)
        .ok_or_else(|| {
            CfgError::Unsupported(format!(
                "insn {i}: a kernel function call by BTF id (only skctx's kfuncs are modelled)"
            ))
        })?;
    if !k.available(profile) {
        return Err(CfgError::Unsupported(format!(
            "insn {i}: kfunc {} on a kernel before {} (its BTF has no such function)",
            k.name, k.since
        )));
    }
    Ok(())
}

/// `add_subprog_and_kfunc`: the sorted subprogram starts, with the end of the program last.
fn subprog_starts(
    raw: &[RawInsn],
    profile: KernelProfile,
    gpl: bool,
) -> Result<Vec<usize>, CfgError> {
    let mut starts = vec![0usize];
    let funcs = Change::PseudoFunc.in_profile(profile);
    for (i, r) in raw.iter().enumerate() {
        // Only calls and `ld_imm64` can start a subprogram.
        if r.code != class::JMP | jmp_op::CALL && !is_ldimm64(r) {
            continue;
        }
        if is_kfunc_call(r) && !Change::KfuncCalls.in_profile(profile) {
            return Err(CfgError::Unsupported(format!(
                "insn {i}: a kernel function call on a release before kfunc calls (5.13)"
            )));
        }
        if is_kfunc_call(r) {
            // `add_kfunc_call` checks the license when it meets the program's first kfunc
            // call, before it looks at the call's BTF id.
            if !gpl {
                return Err(CfgError::refused(
                    None,
                    Code::GplOnly,
                    format!("insn {i}: a kernel function call from a program whose license is not GPL-compatible"),
                    "cannot call kernel function from non-GPL compatible program".into(),
                    EINVAL,
                ));
            }
            kfunc(i, r, profile)?;
            continue;
        }
        if !(is_pseudo_call(r) || funcs && is_pseudo_func(r)) {
            continue;
        }
        let target = relative(i, r.imm);
        let Some(t) = usize::try_from(target).ok().filter(|&t| t < raw.len()) else {
            let what = if is_pseudo_call(r) {
                "call"
            } else {
                "function reference"
            };
            return Err(CfgError::refused(
                Some(i),
                Code::CallOutOfRange,
                format!("{what} target {target} is outside the program"),
                "call to invalid destination".into(),
                EINVAL,
            ));
        };
        if let Err(at) = starts.binary_search(&t) {
            if starts.len() >= MAX_SUBPROGS {
                return Err(CfgError::refused(
                    Some(i),
                    Code::TooManySubprogs,
                    format!("more than {MAX_SUBPROGS} subprograms"),
                    "too many subprograms".into(),
                    E2BIG,
                ));
            }
            starts.insert(at, t);
        }
    }
    starts.push(raw.len());
    Ok(starts)
}

/// `check_subprogs`: jumps stay inside their subprogram; each ends in `exit` or `ja`.
fn check_subprogs(
    raw: &[RawInsn],
    starts: &[usize],
    gotol: bool,
) -> Result<Vec<Subprog>, CfgError> {
    let tail_call = skctx::helper_by_name("tail_call").map(|h| h.id);
    let mut subprogs = Vec::with_capacity(starts.len() - 1);
    for w in starts.windows(2) {
        let (start, end) = (w[0], w[1]);
        let mut sub = Subprog {
            start: Pc(start),
            end: Pc(end),
            has_tail_call: false,
            has_ld_abs: false,
        };
        for (i, r) in (start..).zip(&raw[start..end]) {
            sub.has_tail_call |= is_helper_call(r) && Some(r.imm) == tail_call;
            sub.has_ld_abs |= is_legacy_load(r.code);
            if let Some(to) = jump_target(r, i, gotol) {
                if to < start as i32 || to >= end as i32 {
                    return Err(CfgError::refused(
                        Some(i),
                        Code::JumpOutOfRange,
                        format!("jump to {to} leaves subprogram {}..{end}", start),
                        format!("jump out of range from insn {i} to {to}"),
                        EINVAL,
                    ));
                }
            }
        }
        if !ends_subprog(raw[end - 1].code, gotol) {
            return Err(CfgError::refused(
                None,
                Code::FallOffEnd,
                format!(
                    "the last instruction of subprogram {}..{end} (insn {}) can fall through",
                    start,
                    end - 1
                ),
                "last insn is not an exit or jmp".into(),
                EINVAL,
            ));
        }
        subprogs.push(sub);
    }
    Ok(subprogs)
}

/// `check_abnormal_return` (`check_btf_info` without BTF func info): subprograms other than
/// the main one may not use `BPF_LD_[ABS|IND]` or `bpf_tail_call`.
fn check_abnormal_return(subprogs: &[Subprog], profile: KernelProfile) -> Result<(), CfgError> {
    if !Change::AbnormalReturnCheck.in_profile(profile) {
        return Ok(());
    }
    for (n, sub) in subprogs.iter().enumerate().skip(1) {
        let what = if sub.has_ld_abs {
            "LD_ABS"
        } else if sub.has_tail_call {
            "tail_call"
        } else {
            continue;
        };
        return Err(CfgError::refused(
            None,
            Code::SubprogNeedsBtf,
            format!(
                "subprogram {n} (insn {}) uses {what}, which needs BTF function info",
                sub.start
            ),
            format!("{what} is not allowed in subprogs without BTF"),
            EINVAL,
        ));
    }
    Ok(())
}

fn is_legacy_load(code: u8) -> bool {
    code & class::MASK == class::LD && matches!(code & mode::MASK, mode::ABS | mode::IND)
}

/// The target `check_subprogs` computes for a jump-class slot (not calls or exits): a
/// `gotol` (`BPF_JMP32 | BPF_JA`) jumps by `imm` where the release has it ([`Change::Gotol`]),
/// by `off` as any jump before (where the opcode is then unknown).
fn jump_target(r: &RawInsn, i: usize, gotol: bool) -> Option<i32> {
    let c = r.code & class::MASK;
    if c != class::JMP && c != class::JMP32 {
        return None;
    }
    match r.code & table::OP_MASK {
        jmp_op::EXIT | jmp_op::CALL => None,
        _ if gotol && r.code == class::JMP32 | jmp_op::JA => Some(relative(i, r.imm)),
        _ => Some(relative(i, r.off as i32)),
    }
}

/// `exit`, `ja` or `gotol`: the codes a subprogram may end with.
fn ends_subprog(code: u8, gotol: bool) -> bool {
    code == class::JMP | jmp_op::EXIT
        || code == class::JMP | jmp_op::JA
        || gotol && code == class::JMP32 | jmp_op::JA
}

/// `resolve_pseudo_ldimm64`'s per-instruction checks, in slot order.
fn resolve_insns(
    raw: &[RawInsn],
    maps: &[crate::MapInfo],
    profile: KernelProfile,
) -> Result<(), CfgError> {
    let mut used = Vec::new();
    // `opcode_known` of each opcode met so far: long programs repeat a few opcodes.
    let mut known: [Option<bool>; 256] = [None; 256];
    // Asked of the profile at the first STX (an answer asked is noted), then kept.
    let mut atomics_use_imm = None;
    let before_walk = Change::InsnFieldsBeforeWalk.in_profile(profile);
    let mut i = 0;
    while i < raw.len() {
        let r = &raw[i];
        if before_walk {
            register_fields(r, i)?;
        }
        reserved_fields(r, i, profile, &mut atomics_use_imm)?;
        if is_ldimm64(r) {
            check_ldimm64(raw, i, profile, before_walk)?;
            add_used_map(maps, i, &mut used, profile)?;
            i += 2;
            continue;
        }
        let k = known[r.code as usize].get_or_insert_with(|| opcode_known(r.code, profile));
        if !*k {
            return Err(CfgError::refused(
                Some(i),
                Code::UnknownOpcode,
                format!("no instruction has opcode {:#04x}", r.code),
                format!("unknown opcode {:02x}", r.code),
                EINVAL,
            ));
        }
        if before_walk {
            insn_fields(r, i, profile)?;
        }
        i += 1;
    }
    Ok(())
}

/// `R<n> is invalid` for a register field above R10, `dst` first ([`Change::InsnFieldsBeforeWalk`]).
fn register_fields(r: &RawInsn, i: usize) -> Result<(), CfgError> {
    match [r.dst, r.src].into_iter().find(|&n| n > 10) {
        Some(n) => Err(CfgError::refused(
            Some(i),
            Code::BadRegister,
            format!("register field {n} names no register (R0 to R10)"),
            format!("R{n} is invalid"),
            EINVAL,
        )),
        None => Ok(()),
    }
}

/// `check_insn_fields` on a slot with a known opcode ([`Change::InsnFieldsBeforeWalk`]): the
/// reserved fields the walk checks on older releases ([`crate::walk::reserved`]), and those
/// of `BPF_LD_[ABS|IND]`. A `may_goto`'s are not modelled.
fn insn_fields(r: &RawInsn, i: usize, profile: KernelProfile) -> Result<(), CfgError> {
    use crate::walk::reserved;
    let c = r.code & class::MASK;
    let op = r.code & table::OP_MASK;
    let name = match c {
        class::JMP | class::JMP32 if op == jmp_op::JCOND => {
            let ok = c == class::JMP && (r.src, r.dst, r.imm) == (0, 0, 0);
            if ok {
                None
            } else {
                return Err(CfgError::Unsupported(format!(
                    "insn {i}: may_goto with reserved fields set (7.1 checks them before the walk)"
                )));
            }
        }
        class::JMP | class::JMP32 if ![jmp_op::JA, jmp_op::CALL, jmp_op::EXIT].contains(&op) => {
            reserved::cond_jmp(*r)
        }
        class::LD => {
            let abs = r.code & mode::MASK == mode::ABS;
            let dw = r.code & table::SIZE_MASK == table::SIZE_MASK;
            let bad = r.dst != 0 || r.off != 0 || dw || (abs && r.src != 0);
            bad.then_some("BPF_LD_[ABS|IND]")
        }
        _ => reserved::reserved_fields(*r, profile.has_cpu_v4()),
    };
    match name {
        Some(name) => Err(CfgError::refused(
            Some(i),
            Code::ReservedFields,
            format!("{name} with fields the kernel keeps reserved"),
            format!("{name} uses reserved fields"),
            EINVAL,
        )),
        None => Ok(()),
    }
}

/// `BPF_LDX uses reserved fields` (and, before atomics, `BPF_STX uses reserved fields`).
/// `atomics_use_imm`: [`Change::AtomicsUseImm`] once asked.
fn reserved_fields(
    r: &RawInsn,
    i: usize,
    profile: KernelProfile,
    atomics_use_imm: &mut Option<bool>,
) -> Result<(), CfgError> {
    let m = r.code & mode::MASK;
    let (name, bad) = match r.code & class::MASK {
        class::LDX => {
            let sx = m == mode::MEMSX && profile.has_cpu_v4();
            ("BPF_LDX", (m != mode::MEM && !sx) || r.imm != 0)
        }
        class::STX
            if !*atomics_use_imm
                .get_or_insert_with(|| Change::AtomicsUseImm.in_profile(profile)) =>
        {
            (
                "BPF_STX",
                (m != mode::MEM && m != mode::ATOMIC) || r.imm != 0,
            )
        }
        _ => return Ok(()),
    };
    if !bad {
        return Ok(());
    }
    Err(CfgError::refused(
        Some(i),
        Code::ReservedFields,
        format!(
            "{name} with mode {m:#04x} and imm {} is not an instruction",
            r.imm
        ),
        format!("{name} uses reserved fields"),
        EINVAL,
    ))
}

/// The `ld_imm64` checks: a well-formed second slot and a pseudo source the kernel knows.
/// `off_checked`: `BPF_LD_IMM64 uses reserved fields` after the second slot's check
/// ([`Change::InsnFieldsBeforeWalk`]; before, the walk's `check_ld_imm`).
fn check_ldimm64(
    raw: &[RawInsn],
    i: usize,
    profile: KernelProfile,
    off_checked: bool,
) -> Result<(), CfgError> {
    let refuse = |message: &str, kernel: &str, errno| {
        CfgError::refused(
            Some(i),
            Code::BadLdImm64,
            message.into(),
            kernel.into(),
            errno,
        )
    };
    let Some(next) = raw
        .get(i + 1)
        .filter(|n| (n.code, n.dst, n.src, n.off) == (0, 0, 0, 0))
    else {
        return Err(refuse(
            "ld_imm64 needs a second slot that is zero except for imm",
            "invalid bpf_ld_imm64 insn",
            EINVAL,
        ));
    };
    if off_checked && raw[i].off != 0 {
        return Err(CfgError::refused(
            Some(i),
            Code::ReservedFields,
            format!("ld_imm64 with off {}", raw[i].off),
            "BPF_LD_IMM64 uses reserved fields".into(),
            EINVAL,
        ));
    }
    let kind = table::LD_IMM
        .iter()
        .find(|row| row.src == raw[i].src)
        .map(|row| row.kind)
        .filter(|&k| ld_imm_known(k, profile));
    match kind {
        Some(LdImmKind::Imm | LdImmKind::Func | LdImmKind::MapValue) => Ok(()),
        Some(LdImmKind::BtfId) => Err(CfgError::Unsupported(format!(
            "insn {i}: ld_imm64 of a kernel variable (BPF_PSEUDO_BTF_ID)"
        ))),
        Some(LdImmKind::MapFd) if next.imm == 0 => Ok(()),
        Some(LdImmKind::MapIdxValue) => Err(fd_idx(i)),
        Some(LdImmKind::MapIdx) if next.imm == 0 => Err(fd_idx(i)),
        _ => Err(refuse(
            &format!(
                "ld_imm64 with pseudo source {} is not an instruction",
                raw[i].src
            ),
            "unrecognized bpf_ld_imm64 insn",
            EINVAL,
        )),
    }
}

/// `add_used_map`: the map the `ld_imm64` at `i` names joins `used` unless it is there
/// already; a map past `MAX_USED_MAPS` refuses the program (the kernel names no
/// instruction; our message does). Only map references have a [`crate::MapInfo`] at their
/// slot.
fn add_used_map(
    maps: &[crate::MapInfo],
    i: usize,
    used: &mut Vec<usize>,
    profile: KernelProfile,
) -> Result<(), CfgError> {
    let Some(m) = maps.iter().find(|m| m.slot == i) else {
        return Ok(());
    };
    if used.contains(&m.id) {
        return Ok(());
    }
    if used.len() >= MAX_USED_MAPS && !profile.used_maps_limit_has_message() {
        return Err(CfgError::Unsupported(format!(
            "more than {MAX_USED_MAPS} distinct maps on a release before 6.12 (E2BIG; 6.1 \
             prints no message, the release that added it is not established)"
        )));
    }
    if used.len() >= MAX_USED_MAPS {
        return Err(CfgError::refused(
            None,
            Code::TooManyMaps,
            format!(
                "instruction {i} names a map past the {MAX_USED_MAPS} distinct maps a program may use"
            ),
            format!("The total number of maps per program has reached the limit of {MAX_USED_MAPS}"),
            E2BIG,
        ));
    }
    used.push(m.id);
    Ok(())
}

/// Loads never pass an `fd_array`, so map indexes resolve to nothing.
fn fd_idx(i: usize) -> CfgError {
    CfgError::refused(
        Some(i),
        Code::FdArrayMissing,
        "ld_imm64 names a map by index, but the load passes no fd_array".into(),
        "fd_idx without fd_array is invalid".into(),
        EPROTO,
    )
}

fn ld_imm_known(kind: LdImmKind, profile: KernelProfile) -> bool {
    match kind {
        LdImmKind::Imm | LdImmKind::MapFd | LdImmKind::MapValue => true,
        LdImmKind::BtfId => Change::PseudoBtfId.in_profile(profile),
        LdImmKind::Func => Change::PseudoFunc.in_profile(profile),
        LdImmKind::MapIdx | LdImmKind::MapIdxValue => Change::PseudoMapIdx.in_profile(profile),
    }
}

/// `bpf_opcode_in_insntable`: is `code` an instruction of `profile`'s kernel (whatever its
/// other fields)? Read from the isa opcode table, gated by the release of each extension.
pub fn opcode_known(code: u8, profile: KernelProfile) -> bool {
    let op = code & table::OP_MASK;
    let src = code & source::MASK;
    let size = table::SIZES
        .iter()
        .find(|r| r.code == code & table::SIZE_MASK)
        .map(|r| r.size);
    // Asked only of the opcodes cpu v4 added: an answer asked is noted (`skctx::recorded`).
    let v4 = || profile.has_cpu_v4();
    match code & class::MASK {
        c @ (class::ALU | class::ALU64) => {
            if op == table::END_CODE {
                let row = table::ENDIAN
                    .iter()
                    .find(|r| r.class == c && r.source == src);
                return row.is_some_and(|r| c == class::ALU || r.class == class::ALU64 && v4());
            }
            let neg = table::alu_row(isa::AluOp::Neg).code;
            table::ALU.iter().any(|r| r.code == op) && (op != neg || src == source::K)
        }
        c @ (class::JMP | class::JMP32) => match op {
            jmp_op::JA => {
                src == source::K && (c == class::JMP || Change::Gotol.in_profile(profile))
            }
            jmp_op::CALL | jmp_op::EXIT => c == class::JMP && src == source::K,
            jmp_op::JCOND => {
                c == class::JMP && src == source::K && Change::MayGoto.in_profile(profile)
            }
            _ => table::JMP_COND.iter().any(|r| r.code == op),
        },
        class::LD => match code & mode::MASK {
            mode::IMM => size == Some(Size::DW),
            mode::ABS | mode::IND => size != Some(Size::DW),
            _ => false,
        },
        class::LDX => match code & mode::MASK {
            mode::MEM => true,
            mode::MEMSX => size != Some(Size::DW) && v4(),
            _ => false,
        },
        class::ST => code & mode::MASK == mode::MEM,
        _ => match code & mode::MASK {
            mode::MEM => true,
            mode::ATOMIC => {
                matches!(size, Some(Size::W | Size::DW))
                    || Change::NarrowAtomics.in_profile(profile)
                        && table::ATOMIC
                            .iter()
                            .any(|r| size.is_some_and(|s| r.sizes.contains(&s)))
            }
            _ => false,
        },
    }
}

/// `check_cfg`'s instruction states.
const DISCOVERED: u8 = 0x10;
const EXPLORED: u8 = 0x20;
/// On [`Dfs`]'s stack, a slot with one successor already followed: when the walk comes
/// back to it, `visit_insn` would find its only edge taken and return `DONE_EXPLORED`, so
/// the slot is explored without visiting it again (a program has at most 1M slots: the
/// top bit is free).
const RETURNING: u32 = 1 << 31;
/// With [`RETURNING`], on [`Dfs`]'s stack: the inner slots of a run of fall-through slots
/// ([`Dfs::fall_through_run`]), those after the entry below up to this entry's slot (the
/// run's last, on the stack above it), all returning.
const RUN: u32 = 1 << 30;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Edge {
    FallThrough = 1,
    Branch = 2,
}

enum Step {
    Done,
    Keep,
}

/// The depth-first walk of `check_cfg` with the marks `visit_insn` leaves.
struct Dfs<'a> {
    raw: &'a [RawInsn],
    whole_ldimm64: bool,
    /// Asked only where an answer decides ([`Dfs::callbacks_iterate`],
    /// [`Dfs::loops_anywhere`]): `min_kernel` reuses a result for every release that gives
    /// the answers asked (`skctx::recorded`).
    profile: KernelProfile,
    state: Kept<u8>,
    /// Slots being visited (`u32`: a program has at most 1M), a slot with its one edge
    /// taken flagged [`RETURNING`], the inner slots of a fall-through run as one [`RUN`]
    /// entry.
    stack: Kept<u32>,
    marks: Kept<Marks>,
}

impl<'a> Dfs<'a> {
    fn run(
        raw: &'a [RawInsn],
        whole_ldimm64: bool,
        profile: KernelProfile,
    ) -> Result<Dfs<'a>, CfgError> {
        let mut dfs = Dfs {
            raw,
            whole_ldimm64,
            profile,
            state: Kept::filled(raw.len(), 0),
            stack: Kept::empty(raw.len()),
            marks: Kept::filled(raw.len(), Marks::default()),
        };
        dfs.stack.push(0);
        dfs.state[0] = DISCOVERED;
        while let Some(&t) = dfs.stack.last() {
            if t & RETURNING != 0 {
                dfs.returned(t);
                continue;
            }
            let t = dfs.fall_through_run(t as usize);
            if let Step::Done = dfs.visit(t)? {
                dfs.state[t] = EXPLORED;
                dfs.stack.pop();
            }
        }
        Ok(dfs)
    }

    /// Pops `t`, a [`RETURNING`] entry on top of the stack: its slot is explored, or for a
    /// [`RUN`] entry every slot the run discovered between the entry below and the run's
    /// last slot (an `ld_imm64`'s second slot, never discovered, stays as it is). The
    /// kernel pops those slots one after the other with nothing in between, so they are
    /// explored at the same point of the walk.
    fn returned(&mut self, t: u32) {
        self.stack.pop();
        if t & RUN == 0 {
            self.state[(t & !RETURNING) as usize] = EXPLORED;
            return;
        }
        let end = (t & !(RETURNING | RUN)) as usize;
        let start = self
            .stack
            .last()
            .map_or(0, |&b| (b & !RETURNING) as usize + 1);
        for s in &mut self.state[start..end] {
            if *s != 0 {
                *s = EXPLORED;
            }
        }
    }

    /// [`Dfs::visit`] of `t`, the slot on top of the stack, and of each slot it pushes in
    /// turn, while the slot only falls through to an undiscovered successor (straight-line
    /// code, most slots of a program): the same states as `visit`'s `push`, without its
    /// dispatch. The stack gets what the kernel's would hold, but for a run of two or more
    /// steps, whose inner slots are one [`RUN`] entry instead of one each. Returns the first
    /// slot that needs `visit`.
    #[inline]
    fn fall_through_run(&mut self, start: usize) -> usize {
        let mut t = start;
        let mut steps = 0;
        loop {
            let r = self.raw[t];
            let c = r.code & class::MASK;
            if c == class::JMP || c == class::JMP32 || is_pseudo_func(&r) {
                break;
            }
            let w = t + 1 + usize::from(self.whole_ldimm64 && is_ldimm64(&r));
            if self.state[t] != DISCOVERED || self.state.get(w) != Some(&0) {
                break;
            }
            self.state[t] = DISCOVERED | Edge::FallThrough as u8;
            self.state[w] = DISCOVERED;
            t = w;
            steps += 1;
        }
        if steps > 0 {
            if let Some(top) = self.stack.last_mut() {
                *top |= RETURNING;
            }
            if steps > 1 {
                self.stack.push(t as u32 | RETURNING | RUN);
            }
            self.stack.push(t as u32);
        }
        t
    }

    /// `push_insn`: follows edge `e` from `t` to `w` (inlined: it runs twice per slot);
    /// `loop_ok`: a jump's edge, which may be a back-edge on every release.
    #[inline(always)]
    fn push(&mut self, t: usize, w: i32, e: Edge, loop_ok: bool) -> Result<Step, CfgError> {
        if self.state[t] >= DISCOVERED | e as u8 {
            return Ok(Step::Done);
        }
        let Some(w) = usize::try_from(w).ok().filter(|&w| w < self.raw.len()) else {
            return Err(out_of_range(t, w));
        };
        if e == Edge::Branch {
            self.mark(w, |m| {
                m.prune_point = true;
                m.jmp_point = true;
            });
        }
        match self.state[w] {
            0 => {
                self.state[t] = DISCOVERED | e as u8;
                self.state[w] = DISCOVERED;
                self.stack.push(w as u32);
                return Ok(Step::Keep);
            }
            // A back-edge: a loop, which CAP_BPF loaders may have.
            s if s & 0xf0 == DISCOVERED && !loop_ok && !self.loops_anywhere() => {
                return Err(CfgError::refused(
                    Some(t),
                    Code::BackEdge,
                    format!("a back-edge from insn {t} to {w} on an edge that is not a jump's"),
                    format!("back-edge from insn {t} to {w}"),
                    EINVAL,
                ));
            }
            s if s & 0xf0 == DISCOVERED => {}
            _ => self.state[t] = DISCOVERED | e as u8,
        }
        Ok(Step::Done)
    }

    /// Synchronous callback calls are forced checkpoints: `mark_calls_callback` comes with
    /// the callback iterations (`callback_iteration`).
    fn callbacks_iterate(&self) -> bool {
        crate::Domain::modelled(self.profile).is_some_and(|d| d.callback_iteration())
    }

    /// [`Change::BackEdgesAnywhere`].
    fn loops_anywhere(&self) -> bool {
        Change::BackEdgesAnywhere.in_profile(self.profile)
    }

    #[inline]
    fn mark(&mut self, at: usize, f: impl FnOnce(&mut Marks)) {
        if let Some(m) = self.marks.get_mut(at) {
            f(m);
        }
    }

    fn size(&self, t: usize) -> usize {
        if self.whole_ldimm64 && is_ldimm64(&self.raw[t]) {
            2
        } else {
            1
        }
    }

    /// `visit_insn`.
    fn visit(&mut self, t: usize) -> Result<Step, CfgError> {
        let r = self.raw[t];
        if is_pseudo_func(&r) {
            return self.visit_call(t, true);
        }
        let c = r.code & class::MASK;
        if c != class::JMP && c != class::JMP32 {
            let step = self.push(t, (t + self.size(t)) as i32, Edge::FallThrough, false)?;
            if let Step::Keep = step {
                // Below the successor just pushed: `t` itself.
                let below = self.stack.len() - 2;
                self.stack[below] |= RETURNING;
            }
            return Ok(step);
        }
        match r.code & table::OP_MASK {
            jmp_op::EXIT => Ok(Step::Done),
            jmp_op::CALL => {
                self.mark_callback_call(t, &r);
                if is_iter_next_call(&r) {
                    // "crucial for fast convergence of open-coded iterator loop logic".
                    self.mark(t, |m| {
                        m.prune_point = true;
                        m.force_checkpoint = true;
                    });
                }
                self.visit_call(t, is_pseudo_call(&r))
            }
            jmp_op::JA => {
                let off = if c == class::JMP { r.off as i32 } else { r.imm };
                let w = relative(t, off);
                let step = self.push(t, w, Edge::FallThrough, true)?;
                if let Step::Keep = step {
                    return Ok(step);
                }
                if let Ok(w) = usize::try_from(w) {
                    self.mark(w, |m| {
                        m.prune_point = true;
                        m.jmp_point = true;
                    });
                }
                if t + 1 < self.raw.len() && !Change::PrunePointsApart.in_profile(self.profile) {
                    self.mark(t + 1, |m| m.prune_point = true);
                }
                Ok(step)
            }
            _ => {
                let may_goto = r.code == class::JMP | jmp_op::JCOND;
                self.mark(t, |m| {
                    m.prune_point = true;
                    m.force_checkpoint |= may_goto;
                });
                if let Step::Keep = self.push(t, (t + 1) as i32, Edge::FallThrough, true)? {
                    return Ok(Step::Keep);
                }
                self.push(t, relative(t, r.off as i32), Edge::Branch, true)
            }
        }
    }

    /// `visit_func_call_insn`: the fall-through, then the callee when there is one.
    fn visit_call(&mut self, t: usize, callee: bool) -> Result<Step, CfgError> {
        let next = t + self.size(t);
        if let Step::Keep = self.push(t, next as i32, Edge::FallThrough, false)? {
            return Ok(Step::Keep);
        }
        self.mark(next, |m| {
            m.prune_point = true;
            m.jmp_point = true;
        });
        if !callee {
            return Ok(Step::Done);
        }
        self.mark(t, |m| m.prune_point = true);
        let loop_ok = is_pseudo_func(&self.raw[t]);
        self.push(t, relative(t, self.raw[t].imm), Edge::Branch, loop_ok)
    }

    /// Helper calls that take a callback: synchronous ones force a checkpoint where callbacks
    /// iterate (before, nothing), asynchronous ones (`bpf_timer_set_callback`,
    /// `is_async_callback_calling_function`) are prune points.
    fn mark_callback_call(&mut self, t: usize, r: &RawInsn) {
        if !is_helper_call(r) {
            return;
        }
        let Some(proto) = skctx::helper_by_id(r.imm).and_then(|h| h.proto.map(|p| (h, p))) else {
            return;
        };
        if !proto.1.args.contains(&ArgKind::PtrToFunc) {
            return;
        }
        let is_async = proto.0.name == "timer_set_callback";
        if !is_async && !self.callbacks_iterate() {
            return;
        }
        self.mark(t, |m| {
            m.prune_point = true;
            if !is_async {
                m.calls_callback = true;
                m.force_checkpoint = true;
                m.jmp_point = true;
            }
        });
    }
}

/// `push_insn`'s refusal of a successor outside the program.
#[cold]
fn out_of_range(t: usize, w: i32) -> CfgError {
    CfgError::refused(
        Some(t),
        Code::JumpOutOfRange,
        format!("the successor {w} is outside the program"),
        format!("jump out of range from insn {t} to {w}"),
        EINVAL,
    )
}

/// `check_cfg`'s final scan: every instruction explored, no jump into an `ld_imm64`.
fn scan_reached(raw: &[RawInsn], state: &[u8], whole_ldimm64: bool) -> Result<(), CfgError> {
    let mut i = 0;
    while i < raw.len() {
        if state[i] != EXPLORED {
            return Err(CfgError::refused(
                Some(i),
                Code::UnreachableInsn,
                "no path from the program's entry reaches this instruction".into(),
                format!("unreachable insn {i}"),
                EINVAL,
            ));
        }
        if whole_ldimm64 && is_ldimm64(&raw[i]) {
            if state.get(i + 1).is_some_and(|&s| s != 0) {
                return Err(CfgError::refused(
                    Some(i),
                    Code::JumpIntoLdImm64,
                    format!(
                        "a jump lands on the second slot of this ld_imm64 (insn {})",
                        i + 1
                    ),
                    format!("jump into the middle of ldimm64 insn {i}"),
                    EINVAL,
                ));
            }
            i += 1;
        }
        i += 1;
    }
    Ok(())
}

/// A cpu v4 ALU instruction the opcode table knows before 6.6 under another meaning
/// (`MOVSX` is `MOV`, `SDIV`/`SMOD` are `DIV`/`MOD`, each with `off` set).
fn is_cpu_v4_alu(insn: &Insn) -> bool {
    matches!(
        insn,
        Insn::Alu {
            op: isa::AluOp::MovSx(_) | isa::AluOp::SDiv | isa::AluOp::SMod,
            ..
        }
    )
}

/// Each slot decoded for the walk, instruction by instruction from slot 0. Before cpu v4
/// (6.6) the `off` of sign-extending moves and signed division is a reserved field that
/// `check_alu_op` refuses when the walk reaches it.
fn decode_slots(raw: &[RawInsn], profile: KernelProfile) -> Kept<Slot> {
    let mut slots = Kept::empty(raw.len());
    let mut k = 0;
    while k < raw.len() {
        slots.push(decode_slot(raw, Pc(k), profile));
        let tail = is_ldimm64(&raw[k]) && k + 1 < raw.len();
        k += 1;
        if tail {
            slots.push(Slot::LdImm64Tail);
            k += 1;
        }
    }
    slots
}

/// The slot at `pc` as `profile`'s walk sees it (asked only about a cpu v4 instruction).
fn decode_slot(raw: &[RawInsn], pc: Pc, profile: KernelProfile) -> Slot {
    match isa::decode_one(raw, pc) {
        Ok(insn) if is_cpu_v4_alu(&insn) && !profile.has_cpu_v4() => {
            Slot::Invalid(Box::new(isa::DecodeError {
                pc,
                kind: isa::DecodeErrorKind::ReservedField {
                    field: "off",
                    value: raw[pc.0].off as i64,
                },
            }))
        }
        Ok(insn) => Slot::Insn(insn),
        Err(e) => match ignored_fields_cleared(raw, pc) {
            Some(insn) => Slot::Insn(insn),
            None => Slot::Invalid(Box::new(e)),
        },
    }
}

/// A slot the decoder refuses for a field the kernel never reads: the `off` of `exit`
/// (`do_check` checks its other fields).
fn ignored_fields_cleared(raw: &[RawInsn], pc: Pc) -> Option<Insn> {
    let mut r = raw[pc.0];
    if r.off == 0 || r.code != class::JMP | jmp_op::EXIT {
        return None;
    }
    r.off = 0;
    isa::decode_one(&[r], Pc(0)).ok()
}
