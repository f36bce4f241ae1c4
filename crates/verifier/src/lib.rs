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
//! | [`bounds`] | the scalar register state (`Scalar`: signed/unsigned 64- and 32-bit ranges plus `var_off`) and `reg_bounds_sync`; [`bounds::alu`]: ALU transfer (incl. cpu v4 and byte swaps); [`bounds::branch`]: branch decision and refinement; the log's printing of a scalar | kernel/bpf/verifier.c `reg_bounds_sync`, `adjust_scalar_min_max_vals`, `is_scalar_branch_taken`, `regs_refine_cond_op`; kernel/bpf/log.c `print_scalar_ranges` |
//! | [`releases`] | which changes to the scalar domain a kernel has, one query per change with its commit and releases | — |
//!
//! Built in steps; what is not modelled yet is reported as "unsupported", never guessed.
#![forbid(unsafe_code)]

pub mod bounds;
pub mod cfg;
pub mod error;
pub mod releases;
pub mod tnum;

pub use bounds::{AluOutcome, BranchOutcome, Scalar};
pub use error::{Operand, Refusal, Rejection, Related, Verified};
pub use releases::Domain;
pub use tnum::Tnum;
