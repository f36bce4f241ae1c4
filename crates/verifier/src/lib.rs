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
//! | [`error`] | [`Verified`] (the opaque proof), [`Rejection`], [`Refusal`] (rejected or unsupported) | – |
//! | [`tnum`] | known-bits arithmetic (`var_off`) | kernel/bpf/tnum.c |
//! | [`bounds`] | signed/unsigned 64- and 32-bit ranges: ALU transfer, `reg_bounds_sync`, branch decision and refinement | kernel/bpf/verifier.c `adjust_scalar_min_max_vals`, `reg_bounds_sync`, `is_scalar_branch_taken`, `regs_refine_cond_op` |
//!
//! Built in steps; what is not modelled yet is reported as "unsupported", never guessed.
#![forbid(unsafe_code)]

pub mod cfg;
pub mod error;

pub use error::{Operand, Refusal, Rejection, Related, Verified};
