//! The kernel's execution limits for BPF programs, as the verifier and the runtime apply
//! them to every program type (SK_LOOKUP included).

/// `MAX_BPF_STACK` (include/linux/filter.h): bytes of stack per frame.
pub const MAX_BPF_STACK: u32 = 512;

/// `MAX_CALL_FRAMES` (include/linux/bpf_verifier.h): the main program and 7 nested
/// BPF-to-BPF calls.
pub const MAX_CALL_FRAMES: usize = 8;

/// `MAX_TAIL_CALL_CNT` (include/linux/bpf.h): a program and 33 tail calls run (the vm's
/// `tests/maps_kernel.rs` measures it on the live kernel).
pub const MAX_TAIL_CALL_CNT: u32 = 33;
