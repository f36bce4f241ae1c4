//! The Linux verifier's verdict for SK_LOOKUP programs, without a kernel.
//!
//! The kernel walks paths depth first and never joins states (`../shared/research/
//! verifier-fidelity.md`); this crate mirrors that walk, its scalar domain bit for bit and its
//! checks, per [`skctx::KernelProfile`], so that its verdict, rejected instruction and message
//! are the kernel's. Kernel facts (context layout, helpers, map types, messages) come from
//! `skctx`; this crate holds the algorithm.
//!
//! | module | what | kernel source mirrored |
//! |---|---|---|
//! | [`cfg`] | the structural pass before the walk: subprograms, jump ranges, the instruction checks made before the walk, the depth-first CFG walk and its unreachable scan; prune points and per-slot decoding for the walk | kernel/bpf/verifier.c `add_subprog_and_kfunc`, `check_subprogs`, `resolve_pseudo_ldimm64`, `check_cfg`, `visit_insn`, `push_insn` |
//! | [`analysis`] | [`analyze`]: the verdict and the path the kernel's level-1 log shows for it (the failing path), with the state before each instruction printed as the level-2 log prints it, and whose walk it is (the entry point's or a global subprogram's, `Units`) | kernel/bpf/verifier.c `push_stack`/`pop_stack` (the log rewind), kernel/bpf/log.c `print_verifier_state` |
//! | [`btf`] | the `func_info` a loader passes ([`FuncInfo`]: where each subprogram starts, its linkage, a global one's arguments [`Arg`]), which callbacks and global subprograms need | kernel/bpf/verifier.c `check_btf_func_early`, `check_btf_func`; kernel/bpf/btf.c (6.1) or verifier.c (6.8+) `btf_prepare_func_args` |
//! | [`error`] | [`Verified`] (the opaque proof), [`Rejection`] (with the [`Operand`] it is about and a [`Related`] place: where the register at fault was last written on the path, where a leaked reference was acquired), [`Refusal`] (rejected or unsupported) | – |
//! | [`tnum`] | known-bits arithmetic (`var_off`) | kernel/bpf/tnum.c |
//! | [`cnum`] | circular intervals, the scalar ranges of 7.2 (not wired into the walk yet) | kernel/bpf/cnum.c, cnum_defs.h |
//! | [`bounds`] | the scalar register state (`Scalar`: signed/unsigned 64- and 32-bit ranges plus `var_off`) and `reg_bounds_sync`; [`bounds::alu`]: ALU transfer (incl. cpu v4 and byte swaps); [`bounds::branch`]: branch decision and refinement; the log's printing of a scalar | kernel/bpf/verifier.c `reg_bounds_sync`, `adjust_scalar_min_max_vals`, `is_scalar_branch_taken`, `regs_refine_cond_op`; kernel/bpf/log.c `print_scalar_ranges` |
//! | [`state`] | one path's state: registers (scalars, pointers with ids and references), the stack slot by slot, held references | `struct bpf_verifier_state`, `bpf_func_state`, `bpf_reg_state`, `bpf_stack_state` |
//! | `walk` | [`verify`]: the depth-first path walk, one module per instruction kind; on kernels with static liveness (6.18) checkpoints, pruning, loops, precision and the complexity limits | kernel/bpf/verifier.c `do_check` and the `check_*` functions it calls, `is_state_visited`, `mark_chain_precision`, `compute_live_registers` |
//! | [`releases`] | which changes to the scalar domain a kernel has, one query per change with its commit and releases | — |
//! | [`modelled`] | `docs/verifier.md`, rendered from `releases`, `cfg::Change` and the profile queries the walk reads | — |
//!
//! Built in steps; what is not modelled yet is reported as "unsupported", never guessed.
#![forbid(unsafe_code)]

pub mod analysis;
pub mod bounds;
pub mod btf;
pub mod cfg;
pub mod cnum;
mod const_fold;
pub mod error;
pub mod modelled;
pub mod releases;
mod reuse;
pub mod state;
pub mod tnum;
mod walk;

pub use analysis::{analyze, analyze_with_btf, Analysis, Step, Units};
pub use bounds::{AluOutcome, BranchOutcome, Scalar};
pub use btf::{FuncInfo, Linkage};
pub use error::{Operand, Refusal, Rejection, Related, Verified};
pub use releases::Domain;
pub use tnum::Tnum;

/// A map an `ld_imm64` at instruction slot `slot` refers to (what the kernel learns from the
/// map's file descriptor).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MapInfo {
    pub slot: usize,
    /// Which of the loader's maps this is: references with the same `id` name one map (the
    /// kernel's `struct bpf_map *`), which counts once toward `MAX_USED_MAPS`.
    pub id: usize,
    /// `BPF_MAP_TYPE_*` id.
    pub map_type: u32,
    pub key_size: u32,
    pub value_size: u32,
    pub max_entries: u32,
    pub flags: u32,
    /// The one value of a frozen map (`BPF_MAP_FREEZE` after writing it, as libbpf does with
    /// `.rodata`): with `BPF_F_RDONLY_PROG` in `flags`, the verifier reads constant-offset
    /// loads from it as known constants (`bpf_map_is_rdonly`, `bpf_map_direct_read`).
    pub frozen: Option<std::sync::Arc<[u8]>>,
    /// The map's name as the kernel has it (`map->name`: the loader's, at most 15
    /// characters), which some refusals print.
    pub name: std::sync::Arc<str>,
    /// What the map's BTF says of its value.
    pub btf: ValueBtf,
}

/// The BTF a map was created with, as the verifier reads it (`map->btf`, `map->record`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ValueBtf {
    /// Created without BTF: `bpf_spin_lock` on its values is refused.
    #[default]
    None,
    /// Created with BTF describing the value: `spin_lock` is the byte offset of its one
    /// `struct bpf_spin_lock`, if it has one.
    Value { spin_lock: Option<u32> },
    /// Created with BTF that may place a lock where the caller did not say (global data
    /// whose `DATASEC` holds one): a lock call or an access of its value is unsupported.
    Unread,
}

impl ValueBtf {
    /// A map created as the spec cases' `# spin_lock:` lines say: with BTF placing a lock at
    /// `spin_lock`, or without BTF.
    pub fn lock_at(spin_lock: Option<u32>) -> ValueBtf {
        match spin_lock {
            Some(_) => ValueBtf::Value { spin_lock },
            None => ValueBtf::None,
        }
    }
}

impl MapInfo {
    /// `BPF_F_RDONLY_PROG`: the program may only read the map's values.
    pub const RDONLY_PROG: u32 = 1 << 7;

    /// `bpf_map_is_rdonly`: read-only to programs and frozen, so its value is known.
    pub fn rdonly_value(&self) -> Option<&[u8]> {
        self.frozen
            .as_deref()
            .filter(|_| self.flags & Self::RDONLY_PROG != 0)
    }

    /// The offset of the `struct bpf_spin_lock` in the map's value, if its BTF has one.
    pub fn spin_lock(&self) -> Option<u32> {
        match self.btf {
            ValueBtf::Value { spin_lock } => spin_lock,
            ValueBtf::None | ValueBtf::Unread => None,
        }
    }

    /// SOCKMAP or SOCKHASH: lookups give referenced sockets.
    pub fn holds_sockets(&self) -> bool {
        skctx::MapType::from_id(self.map_type).is_some_and(|t| t.holds_sockets())
    }
}

/// The kernel's verdict on `insns` loaded as an SK_LOOKUP program on `profile`'s kernel by a
/// loader with `privilege` (`gpl`: the license is GPL-compatible): the structural pass
/// ([`cfg::check`]), then the path walk. What is not modelled is
/// [`Refusal::Unsupported`].
pub fn verify(
    insns: &[isa::RawInsn],
    maps: &[MapInfo],
    profile: skctx::KernelProfile,
    privilege: skctx::Privilege,
    gpl: bool,
) -> Result<Verified, Refusal> {
    modelled_domain(profile)?;
    let cfg = structural(insns, maps, profile, gpl, false)?;
    walk_cfg(&cfg, maps, profile, (privilege, gpl), None)
}

/// The domain of `profile`, or why its release is not modelled.
fn modelled_domain(profile: skctx::KernelProfile) -> Result<Domain, Refusal> {
    Domain::for_profile(profile).map_err(|e| Refusal::Unsupported(e.to_string()))
}

/// [`cfg::check_loaded`] with its refusal as [`verify`] (`with_btf` false) or
/// [`verify_with_btf`] (true) gives it: for a caller that walks one structural pass on
/// several releases with [`walk_cfg`] (lint's `min_kernel`).
pub fn structural<'a>(
    insns: &'a [isa::RawInsn],
    maps: &[MapInfo],
    profile: skctx::KernelProfile,
    gpl: bool,
    with_btf: bool,
) -> Result<cfg::Cfg<'a>, Refusal> {
    cfg::check_loaded(insns, maps, profile, gpl).map_err(|e| match with_btf {
        true => btf::unmodelled_before_func_info(e.into(), profile),
        false => e.into(),
    })
}

/// The walk of [`verify`] (`funcs` `None`) or [`verify_with_btf`] on `profile` after the
/// structural pass `cfg` ([`structural`] for a profile that answers it alike), by a loader
/// with `privilege` (`gpl`: the license is GPL-compatible).
pub fn walk_cfg(
    cfg: &cfg::Cfg,
    maps: &[MapInfo],
    profile: skctx::KernelProfile,
    (privilege, gpl): (skctx::Privilege, bool),
    funcs: Option<&[FuncInfo]>,
) -> Result<Verified, Refusal> {
    let domain = modelled_domain(profile)?;
    let Some(funcs) = funcs else {
        return walk::run(cfg, maps, profile, privilege, gpl, domain, None);
    };
    if !walk::models_callbacks(profile) {
        return walk::run(cfg, maps, profile, privilege, gpl, domain, None)
            .map_err(btf::unmodelled);
    }
    let globals = btf::check_func_info(cfg, funcs, profile)?;
    walk::run(cfg, maps, profile, privilege, gpl, domain, Some(&globals))
}

/// [`verify`] of a program loaded with BTF `func_info` (`funcs`, one record per
/// subprogram), as libbpf loads clang's objects: callbacks (`bpf_loop`) are walked as the
/// kernel walks them, global subprograms verified on their own from their arguments. Modelled where the walk prunes as the kernel does (from 6.1);
/// elsewhere what BTF changes is [`Refusal::Unsupported`].
pub fn verify_with_btf(
    insns: &[isa::RawInsn],
    maps: &[MapInfo],
    profile: skctx::KernelProfile,
    privilege: skctx::Privilege,
    gpl: bool,
    funcs: &[FuncInfo],
) -> Result<Verified, Refusal> {
    modelled_domain(profile)?;
    let cfg = structural(insns, maps, profile, gpl, true)?;
    walk_cfg(&cfg, maps, profile, (privilege, gpl), Some(funcs))
}
