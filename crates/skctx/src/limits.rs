//! The kernel's execution limits for BPF programs, as the verifier and the runtime apply
//! them to every program type (SK_LOOKUP included).

/// `MAX_BPF_STACK` (include/linux/filter.h): bytes of stack per frame.
pub const MAX_BPF_STACK: u32 = 512;

/// `MAX_CALL_FRAMES` (include/linux/bpf_verifier.h): the main program and 7 nested
/// BPF-to-BPF calls.
pub const MAX_CALL_FRAMES: usize = 8;

/// `BPF_MAX_LOOPS` (include/linux/bpf.h): the most iterations `bpf_loop` runs (more is
/// `-E2BIG`, kernel/bpf/bpf_iter.c) and what a `may_goto` counter starts with.
pub const BPF_MAX_LOOPS: u32 = 8 * 1024 * 1024;

/// `MAX_TAIL_CALL_CNT` (include/linux/bpf.h): a program and 33 tail calls run (the vm's
/// `tests/maps_kernel.rs` measures it on the live kernel).
pub const MAX_TAIL_CALL_CNT: u32 = 33;

/// `BPF_COMPLEXITY_LIMIT_INSNS` (include/linux/bpf.h): the most instructions a program may
/// have (`bpf_prog_load` refuses longer ones with E2BIG) and the most the verifier may
/// process on one load (`BPF program is too large`).
pub const BPF_COMPLEXITY_LIMIT_INSNS: usize = 1_000_000;

/// `BPF_COMPLEXITY_LIMIT_JMP_SEQ` (kernel/bpf/verifier.c): the most branches one path may
/// leave pending (`push_stack`: `The sequence of 8193 jumps is too complex.`).
pub const BPF_COMPLEXITY_LIMIT_JMP_SEQ: usize = 8192;

/// `MAX_USED_MAPS` (include/linux/bpf.h): the most distinct maps one program may reference
/// (`add_used_map`: `The total number of maps per program has reached the limit of 64`, E2BIG).
pub const MAX_USED_MAPS: usize = 64;
