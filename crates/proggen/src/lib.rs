//! A seeded generator of random `BPF_PROG_TYPE_SK_LOOKUP` programs that knows what the
//! kernel verifier will say about each of them.
//!
//! # Use
//!
//! ```
//! let mut gen = proggen::Generator::new(42);
//! let p = gen.program();                 // valid, or one side of a mutation site
//! let (ok, bad) = gen.boundary_pair();   // the same program, valid and minimally broken
//! assert!(ok.expect.accepts() && !bad.expect.accepts());
//! println!("{}", bad.to_text());        // LLVM-syntax assembly with labels
//! ```
//!
//! A [`Program`] holds `isa::Insn`s (each prints as canonical LLVM syntax through `Display`),
//! the [`Expect`]ed verdict (with its verifier error code, a `skctx::Code`, a human reason
//! and a substring of the kernel's message), the [`MapRef`]s to bind (`ld_imm64` slots that must point at the
//! map named there; generated programs only ever use [`SOCK_MAP`], a SOCKMAP with u32 keys
//! and 4 entries), and which mutation site it carries ([`Boundary`]).
//!
//! # How verdicts are known
//!
//! Programs are not random bytes filtered afterwards: a builder emits structured code
//! (straight-line fragments, if/then/else with forward jumps, early returns, one bounded loop,
//! BPF-to-BPF calls)
//! while tracking, per register and 8-byte stack slot, a small abstract value (`Uninit`,
//! `Ctx`, `SkOrNull`, an exact constant, a *fresh* scalar with the full range of its width,
//! any other scalar, or "unusable" after paths disagree). Every fragment only reads what the
//! state says is safe to read, so the program is valid by construction. Fragments follow real
//! SK_LOOKUP shapes: `r6 = r1` prologue, context field loads (every one of the 106 accepted
//! offset/size pairs, plain and sign-extending), ALU of all kinds on scalars, `ld_imm64`,
//! byte swaps, spills and fills of scalars and pointers, store-immediates, atomics on the
//! stack, helper calls (`bpf_ktime_get_ns` 5, `bpf_get_prandom_u32` 7, `bpf_sk_assign` 124
//! with NULL, `ctx->sk` or a looked-up socket, `bpf_sk_release` 86), `struct bpf_sock` field
//! reads behind a NULL check, and SOCKMAP lookups with reference release.
//!
//! Three rules keep "valid" honest where the kernel reasons about values:
//! * Branch conditions compare only *fresh* scalars (a context load or a helper result never
//!   compared since) against constants inside their range, so the kernel must explore both
//!   arms: a mutation placed in an arm is always verified, never pruned as dead code.
//! * Loops count r9 to a constant; the body may not write r6-r9 or stack slots live before
//!   the loop and sees r0-r5 as unusable at its head, so one pass of the builder describes
//!   every iteration.
//! * Return values are shaped so the kernel's range is certain (`r0 = 0/1`, `r0 &= 1`,
//!   `r0 >>= 63`, a `> 1` guard), and the widened variants use only fresh scalars.
//!
//! # Boundary pairs
//!
//! A program built for a pair carries exactly one *site*: a spot with a valid and a broken
//! rendering that differ by one small change, everything else identical. Sites (see
//! [`Boundary::site`]):
//!
//! | site | valid | mutated | kernel says |
//! |---|---|---|---|
//! | `ctx-load-size`, `ctx-load-offset` | an accepted ctx load | size or offset moved off the accepted set (4→8, +1, into padding, past 72) | `invalid bpf_context access` |
//! | `ctx-store`, `ctx-atomic` | a stack store / stack atomic | the same aimed at the context | `invalid bpf_context access`, `BPF_ATOMIC stores into R<n> ctx` |
//! | `uninit-base` | ctx load through the ctx register | through a register never written / clobbered by a call | `R<n> !read_ok` |
//! | `sk-null-check`, `sk-field` | `bpf_sock` field read after `if rX == 0` | check removed / field off the accepted set | `invalid mem access 'sock_or_null'`, `invalid sock access` |
//! | `assign-r1`, `assign-r2`, `assign-r3` | `bpf_sk_assign(ctx, 0, flags)` | ctx not moved to r1 / r2 a non-zero scalar or fp / r3 not written | `R1 !read_ok`, `R2 type=scalar expected=sock`, `R3 !read_ok` |
//! | `map-no-release`, `map-no-null-check` | lookup, NULL check, assign, release | release or NULL check removed | `Unreleased reference`, `map_value_or_null` |
//! | `alu-div-zero`, `alu-shift-range` | `/= K`, `<<= K` | `/= 0`, shift by ≥ width or -1 | `div by zero`, `invalid shift` |
//! | `stack-misaligned`, `stack-bounds`, `fill-size` | aligned in-frame spill, 8-byte fill of a spilled pointer | misaligned, below -512 or at fp+0, narrow fill | `misaligned stack access`, `invalid write to stack`, `invalid size of register fill` |
//! | `helper-id` | `call 5/7/...` | `call 26/0/212/5000` | `cannot use helper`, `invalid func` |
//! | `if-unreachable` | `if cond goto L` | `goto L` (then-arm unreachable) | `unreachable insn` |
//! | `loop-no-init` | `r9 = 0` before the loop | removed | `R9 !read_ok` |
//! | `loop-no-increment` | `r9 += 1` (or the inner `r8 += 1` of nested loops) | removed (only in programs without `ctx->sk` loads or map lookups and loop bodies without stack writes: with those, 6.18 did not recognise the loop as infinite and ran to its 1M-instruction limit, seconds per program) | `infinite loop detected` |
//! | `loop-reset` | `r9 = 0` before the loop head | moved after it, so every iteration starts over (same conditions) | `infinite loop detected` |
//! | `subprog-arg-uninit` | the caller's `rN = ...` before `call` | removed; the callee reads rN first | `R<n> !read_ok` |
//! | `subprog-stack-arg` | the callee's `rD = *(u64 *)(rP + 0)` through a pointer into the caller's stack | the offset moved to the caller's frame top | `invalid read from stack R<p> off=0 size=8` |
//! | `subprog-ret-unset` | the callee's `r0 = K` before `exit` | removed; the caller reads r0 | `R0 !read_ok` |
//! | `ret-const`, `ret-unset`, `ret-widen`, `ret-branch-widen`, `ret-shift-widen` | `r0 = 1`, `r0 &= 1`, `if rF > 1`, `r0 >>= 63` | `r0 = 2`, the `r0 = K` removed (R0 uninit or unbounded), `&= 3` / `+= 1` / `<<= 1`, `> 2`, `>>= 62` | `At program exit the register R0 ...`, `R0 !read_ok` |
//!
//! # Subprograms and more loops
//!
//! Three opt-in [`Config`] switches (off by default, so existing seeds keep their streams;
//! [`Config::everything`] sets all three): `may_goto` makes some counter loops leave also
//! through a `may_goto` at their head (profiles since 6.9, [`rules::has_may_goto`]; no
//! mutation sites); `subprogs` makes BPF-to-BPF calls, each to its own
//! subprogram after the main program (arguments: constants, scalars, the context, a pointer
//! to a scalar in the caller's stack; its own frame and stack; a scalar return value the
//! caller reads; calls nest up to three frames); `loop_variety` adds loops counting up to a
//! bound-checked context value and nested counter loops, and loops whose verdict is the
//! kernel's heuristics (a loop up to a context byte without a bound check), which expect
//! [`Expect::KernelDecides`] instead of a guess. Loops are for privileged loaders (the
//! predictions are root's): without CAP_PERFMON the kernel also walks the speculative paths
//! of decided branches, and the loops up to a context value then run into its
//! 1M-instruction limit (`BPF program is too large`, seen on 6.18).
//!
//! Out of scope: reading uninitialised stack (only an error without CAP_PERFMON; programs
//! are meant for a root loader), tail calls, callbacks, global (BTF) functions, loops over
//! map values.
//!
//! The verifier facts the labels rely on are restated in [`rules`] (6.18, root, GPL) and
//! checked against the live kernel by `tests/kernel_boundary.rs`; only the error codes come
//! from skctx's registry (`skctx::codes`), and `tests/generator.rs` checks that each
//! predicted message is one of its code's forms.
//!
//! [`cgen`] is a second generator: user-style SK_LOOKUP programs in C for clang, with no
//! predicted verdict (the kernel judges them, `tests/cgen_kernel.rs`).
//!
//! Randomness is a local xorshift64* ([`Rng`]), so a seed means the same programs forever.
#![forbid(unsafe_code)]

pub mod cgen;
mod gen;
mod program;
mod rng;
pub mod rules;

pub use gen::{Config, Generator};
pub use program::{Boundary, Expect, MapDecl, MapRef, Program, SOCK_MAP};
pub use rng::Rng;
