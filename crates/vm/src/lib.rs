//! Runs SK_LOOKUP programs without a kernel, as the kernel runs them.
//!
//! Two engines behind the same [`Outcome`]: the reference interpreter ([`interp`]) and
//! native code for verified programs through Cranelift ([`jit`]), which runs what it does
//! not compile on the interpreter and says so. A run takes the programs attached to a network
//! namespace (in order), a lookup [`skctx::net::Tuple`] and a [`World`] of sockets and maps,
//! and reports the verdict, the selected socket, where the packet is delivered, every helper
//! call and the instructions executed — or a [`Trap`] naming the program, the instruction
//! and the address, never undefined behaviour.
//!
//! | module | what lives there | kernel source mirrored |
//! |---|---|---|
//! | [`program`] | [`Program`]: slots decoded once, map references, verified or not | – |
//! | [`memory`] | tagged addresses: context, stacks, map values, sockets, maps; bounds | – |
//! | [`jit`] | [`jit::Jit`]: verified programs as native code (Cranelift); the only `unsafe` of the crate | arch/x86/net/bpf_jit_comp.c (what a JIT must keep) |
//! | `ops` | the interpreter's hot loop's view of each slot, decoded when programs are prepared | – |
//! | [`interp`] | the instruction set (cpu v1–v4, atomics, calls with frames, tail calls), checked loads and stores, budget, trace | kernel/bpf/core.c, verifier.c `do_misc_fixups` |
//! | [`helpers`] | the helpers by skctx name; any other traps with its name | net/core/filter.c, kernel/bpf/helpers.c |
//! | `kfuncs` | kfunc calls: the number iterator `bpf_iter_num_*` on skctx's `IterNum`, the RCU and preemption sections as no-ops; any other traps | kernel/bpf/bpf_iter.c, kernel/bpf/helpers.c |
//! | [`maps`] | ARRAY, HASH, LPM_TRIE, PERCPU_*, LRU_*, SOCKMAP, SOCKHASH, PROG_ARRAY, outputs | kernel/bpf/*map*.c, net/core/sock_map.c |
//! | [`world`] | [`World`]: sockets and maps from skctx's world file, clock, random seed | – |
//! | [`run`] | [`run()`]: the run array (skctx's rule), then delivery: selection, reuseport, the ordinary lookup; [`Prepared`]: the same set up once for many lookups, [`Prepared::run_brief`] without a report, [`Prepared::run_repeat`] one lookup n times as the kernel's test run repeats it | include/linux/filter.h, net/ipv4/inet_hashtables.c, udp.c |
//! | [`outcome`] | [`Outcome`], [`Delivery`], [`Trap`] | – |
//!
//! Kernel facts (context layout and load values, `struct bpf_sock`, `bpf_sk_assign`, the
//! run-array rule, helper ids and names, map types) come from `skctx`; this crate holds the
//! execution.
#![deny(unsafe_code)]

pub mod helpers;
pub mod interp;
#[allow(unsafe_code)]
pub mod jit;
mod kfuncs;
pub mod maps;
pub mod memory;
mod ops;
pub mod outcome;
pub mod program;
pub mod run;
pub mod task;
pub mod world;

pub use interp::RunOptions;
pub use maps::{Found, Map, MapDef, MapError, NewValue};
pub use outcome::{
    Delivery, Engine, HelperCall, JitFallback, Outcome, Output, ProgramRun, Selected, Trap,
    TrapKind,
};
pub use program::{bind_map_refs, Program};
pub use run::{delivery, regular_lookup, run, test_run_errno, Brief, Prepared};
pub use task::Task;
pub use world::{Socket, World};
