//! Open-coded number iterators (`bpf_iter_num_new`/`_next`/`_destroy`, libbpf's `bpf_for`
//! and `bpf_repeat`) against the live kernel: directed programs (loops that converge by
//! range, a value read through `next`'s pointer, early exits, values that decide memory
//! accesses, two loops in a row, loops in static subprograms, nested iterators, a caller's
//! iterator in a callee, leaks and misuse; and, loaded with BTF func_info as libbpf loads
//! clang's objects, iterators in `bpf_loop` callbacks and global functions) loaded with the
//! kernel's BTF ids of the kfuncs (`kernel::resolve_kfuncs`, as libbpf resolves them) and
//! verified here on the probed host profile at both privileges: the same verdict, the same
//! rejected instruction, message and errno, and the same `processed N insns` where both
//! accept (`ITER_PRIVILEGES=root`: root only). `ITER_SLOW=1` adds the loop whose precise
//! sum never converges and the programs that reach the 1M-instruction limit without
//! CAP_PERFMON (~20 s each in the kernel). Inside each cached kernel image too: 6.12.118
//! runs them as root (`ITER_IMAGES_ALL=1`: both privileges, minutes under TCG), 6.1.192
//! has no iterators (`SKIPPED`).
#![cfg(target_os = "linux")]

mod common;

use isa::RawInsn;
use kernel::{Btf, LoadOptions, LoadOutcome, ProgBtf};
use skctx::{KernelProfile, Privilege};
use verifier::{verify, verify_with_btf, FuncInfo, Linkage};

macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

/// `r1 = &it` for the iterator at `fp-8`.
const IT: &str = "r1 = r10\nr1 += -8\n";
/// `r1 = &it2` for a second iterator at `fp-24`.
const IT2: &str = "r1 = r10\nr1 += -24\n";

/// Directed programs: (name, body); `{IT}` stands for [`IT`].
const PROGRAMS: [(&str, &str); 29] = [
    (
        "new_destroy",
        "{IT}r2 = 0\nr3 = 3\ncall bpf_iter_num_new\n{IT}call bpf_iter_num_destroy\nr0 = 0\nexit",
    ),
    // bpf_for(i, 0, 10) summing into an imprecise register.
    (
        "for_sum_imprecise",
        "{IT}r2 = 0\nr3 = 10\ncall bpf_iter_num_new\nr6 = 0\nL:\n{IT}call bpf_iter_num_next\n\
         if r0 == 0 goto done\nr2 = *(u32 *)(r0 + 0)\nr6 += r2\ngoto L\ndone:\n\
         {IT}call bpf_iter_num_destroy\nr0 = 0\nexit",
    ),
    // bpf_repeat(5) with the count in a stack slot.
    (
        "repeat_count_on_stack",
        "r1 = 0\n*(u64 *)(r10 - 16) = r1\n{IT}r2 = 0\nr3 = 5\ncall bpf_iter_num_new\nL:\n\
         {IT}call bpf_iter_num_next\nif r0 == 0 goto done\nr1 = *(u64 *)(r10 - 16)\n\
         r1 += 1\n*(u64 *)(r10 - 16) = r1\ngoto L\ndone:\n{IT}call bpf_iter_num_destroy\n\
         r0 = 0\nexit",
    ),
    // The value decides a stack read: precise, bounded by a mask.
    (
        "value_indexes_stack",
        "r1 = 0\n*(u64 *)(r10 - 16) = r1\n*(u64 *)(r10 - 24) = r1\n{IT}r2 = 0\nr3 = 100\n\
         call bpf_iter_num_new\nL:\n{IT}call bpf_iter_num_next\nif r0 == 0 goto done\n\
         r2 = *(u32 *)(r0 + 0)\nr2 &= 15\nr3 = r10\nr3 += -24\nr3 += r2\n\
         r4 = *(u8 *)(r3 + 0)\ngoto L\ndone:\n{IT}call bpf_iter_num_destroy\nr0 = 0\nexit",
    ),
    // The value, unbounded, indexes the stack: rejected.
    (
        "value_unbounded_index",
        "{IT}r2 = 0\nr3 = 100\ncall bpf_iter_num_new\nL:\n{IT}call bpf_iter_num_next\n\
         if r0 == 0 goto done\nr2 = *(u32 *)(r0 + 0)\nr3 = r10\nr3 += -24\nr3 += r2\n\
         r4 = *(u8 *)(r3 + 0)\ngoto L\ndone:\n{IT}call bpf_iter_num_destroy\nr0 = 0\nexit",
    ),
    // Leave the loop early on a value.
    (
        "early_break",
        "{IT}r2 = 0\nr3 = 50\ncall bpf_iter_num_new\nL:\n{IT}call bpf_iter_num_next\n\
         if r0 == 0 goto done\nr2 = *(u32 *)(r0 + 0)\nif r2 == 7 goto done\ngoto L\ndone:\n\
         {IT}call bpf_iter_num_destroy\nr0 = 0\nexit",
    ),
    // The early exit forgets to destroy the iterator.
    (
        "early_exit_leaks",
        "{IT}r2 = 0\nr3 = 50\ncall bpf_iter_num_new\nL:\n{IT}call bpf_iter_num_next\n\
         if r0 == 0 goto done\nr2 = *(u32 *)(r0 + 0)\nif r2 == 7 goto out\ngoto L\ndone:\n\
         {IT}call bpf_iter_num_destroy\nout:\nr0 = 0\nexit",
    ),
    // Bounds from the context.
    (
        "ctx_bounds",
        "r6 = r1\nr2 = *(u32 *)(r6 + 16)\nr3 = *(u32 *)(r6 + 60)\n{IT}call bpf_iter_num_new\n\
         r7 = 0\nL:\n{IT}call bpf_iter_num_next\nif r0 == 0 goto done\nr7 += 1\ngoto L\n\
         done:\n{IT}call bpf_iter_num_destroy\nr0 = 0\nexit",
    ),
    // A context field decides a branch inside the loop.
    (
        "ctx_branch_in_loop",
        "r6 = r1\n{IT}r2 = 0\nr3 = 8\ncall bpf_iter_num_new\nr7 = 0\nL:\n\
         {IT}call bpf_iter_num_next\nif r0 == 0 goto done\nr2 = *(u32 *)(r6 + 60)\n\
         if r2 > 1000 goto big\nr7 += 1\ngoto L\nbig:\nr7 += 2\ngoto L\ndone:\n\
         {IT}call bpf_iter_num_destroy\nr0 = 0\nexit",
    ),
    // Two loops in a row on the same slot.
    (
        "two_loops_one_slot",
        "{IT}r2 = 0\nr3 = 4\ncall bpf_iter_num_new\nA:\n{IT}call bpf_iter_num_next\n\
         if r0 == 0 goto a_done\ngoto A\na_done:\n{IT}call bpf_iter_num_destroy\n\
         {IT}r2 = 0\nr3 = 4\ncall bpf_iter_num_new\nB:\n{IT}call bpf_iter_num_next\n\
         if r0 == 0 goto b_done\ngoto B\nb_done:\n{IT}call bpf_iter_num_destroy\nr0 = 0\nexit",
    ),
    // Nested iterators at fp-8 and fp-16.
    (
        "nested",
        "{IT}r2 = 0\nr3 = 3\ncall bpf_iter_num_new\nA:\n{IT}call bpf_iter_num_next\n\
         if r0 == 0 goto a_done\nr1 = r10\nr1 += -16\nr2 = 0\nr3 = 3\ncall bpf_iter_num_new\n\
         B:\nr1 = r10\nr1 += -16\ncall bpf_iter_num_next\nif r0 == 0 goto b_done\ngoto B\n\
         b_done:\nr1 = r10\nr1 += -16\ncall bpf_iter_num_destroy\ngoto A\na_done:\n\
         {IT}call bpf_iter_num_destroy\nr0 = 0\nexit",
    ),
    // The pointer `next` returned is used after `destroy`.
    (
        "value_after_destroy",
        "{IT}r2 = 0\nr3 = 3\ncall bpf_iter_num_new\n{IT}call bpf_iter_num_next\n\
         if r0 == 0 goto out\nr6 = r0\n{IT}call bpf_iter_num_destroy\nr0 = *(u32 *)(r6 + 0)\n\
         r0 = 0\nexit\nout:\n{IT}call bpf_iter_num_destroy\nr0 = 0\nexit",
    ),
    // `next` after the loop ended (drained).
    (
        "next_when_drained",
        "{IT}r2 = 0\nr3 = 2\ncall bpf_iter_num_new\nL:\n{IT}call bpf_iter_num_next\n\
         if r0 != 0 goto L\n{IT}call bpf_iter_num_next\n{IT}call bpf_iter_num_destroy\n\
         r0 = 0\nexit",
    ),
    // A scalar for the iterator pointer.
    (
        "scalar_iterator",
        "r1 = 0\ncall bpf_iter_num_next\nr0 = 0\nexit",
    ),
    // An uninitialised end.
    (
        "uninit_end",
        "{IT}r2 = 0\ncall bpf_iter_num_new\n{IT}call bpf_iter_num_destroy\nr0 = 0\nexit",
    ),
    // bpf_for in a static subprogram, on its own stack.
    (
        "for_in_subprogram",
        "call sub\nr0 = 0\nexit\nsub:\n{IT}r2 = 0\nr3 = 10\ncall bpf_iter_num_new\nr6 = 0\n\
         L:\n{IT}call bpf_iter_num_next\nif r0 == 0 goto done\nr2 = *(u32 *)(r0 + 0)\n\
         r6 += r2\ngoto L\ndone:\n{IT}call bpf_iter_num_destroy\nr0 = 0\nexit",
    ),
    // The subprogram's iterator value indexes its stack.
    (
        "subprogram_value_indexes_stack",
        "call sub\nr0 = 0\nexit\nsub:\nr1 = 0\n*(u64 *)(r10 - 16) = r1\n\
         *(u64 *)(r10 - 24) = r1\n{IT}r2 = 0\nr3 = 100\ncall bpf_iter_num_new\nL:\n\
         {IT}call bpf_iter_num_next\nif r0 == 0 goto done\nr2 = *(u32 *)(r0 + 0)\n\
         r2 &= 15\nr3 = r10\nr3 += -24\nr3 += r2\nr4 = *(u8 *)(r3 + 0)\ngoto L\ndone:\n\
         {IT}call bpf_iter_num_destroy\nr0 = 0\nexit",
    ),
    // A subprogram returns with its iterator alive: the leak shows at the main exit.
    (
        "subprogram_leaks_iterator",
        "call sub\nr0 = 0\nexit\nsub:\n{IT}r2 = 0\nr3 = 3\ncall bpf_iter_num_new\nr0 = 0\nexit",
    ),
    // The subprogram called twice, its loop walked from each call.
    (
        "subprogram_loop_called_twice",
        "call sub\ncall sub\nr0 = 0\nexit\nsub:\n{IT}r2 = 0\nr3 = 4\ncall bpf_iter_num_new\n\
         L:\n{IT}call bpf_iter_num_next\nif r0 != 0 goto L\n{IT}call bpf_iter_num_destroy\n\
         r0 = 0\nexit",
    ),
    // The return value of new decides the verdict's R0.
    (
        "return_new_result",
        "{IT}r2 = 0\nr3 = 3\ncall bpf_iter_num_new\nr6 = r0\n{IT}call bpf_iter_num_destroy\n\
         r0 = r6\nr0 &= 1\nexit",
    ),
    // Nested loops inside a static subprogram.
    (
        "nested_in_subprogram",
        "call sub\nr0 = 0\nexit\nsub:\n{IT}r2 = 0\nr3 = 3\ncall bpf_iter_num_new\nA:\n\
         {IT}call bpf_iter_num_next\nif r0 == 0 goto a_done\n{IT2}r2 = 0\nr3 = 3\n\
         call bpf_iter_num_new\nB:\n{IT2}call bpf_iter_num_next\nif r0 == 0 goto b_done\n\
         goto B\nb_done:\n{IT2}call bpf_iter_num_destroy\ngoto A\na_done:\n\
         {IT}call bpf_iter_num_destroy\nr0 = 0\nexit",
    ),
    // The inner loop's value and the outer one's index the stack together.
    (
        "nested_values_sum",
        "r6 = 0\n{IT}r2 = 0\nr3 = 4\ncall bpf_iter_num_new\nA:\n{IT}call bpf_iter_num_next\n\
         if r0 == 0 goto a_done\nr7 = *(u32 *)(r0 + 0)\n{IT2}r2 = 0\nr3 = 4\n\
         call bpf_iter_num_new\nB:\n{IT2}call bpf_iter_num_next\nif r0 == 0 goto b_done\n\
         r1 = *(u32 *)(r0 + 0)\nr6 += r1\nr6 += r7\ngoto B\nb_done:\n\
         {IT2}call bpf_iter_num_destroy\ngoto A\na_done:\n{IT}call bpf_iter_num_destroy\n\
         r0 = 0\nexit",
    ),
    // The inner iterator leaks when the outer loop goes on.
    (
        "nested_inner_leaks",
        "{IT}r2 = 0\nr3 = 3\ncall bpf_iter_num_new\nA:\n{IT}call bpf_iter_num_next\n\
         if r0 == 0 goto a_done\n{IT2}r2 = 0\nr3 = 3\ncall bpf_iter_num_new\nB:\n\
         {IT2}call bpf_iter_num_next\nif r0 == 0 goto A\ngoto B\na_done:\n\
         {IT}call bpf_iter_num_destroy\nr0 = 0\nexit",
    ),
    // The inner loop reuses the outer iterator's slot.
    (
        "nested_same_slot",
        "{IT}r2 = 0\nr3 = 3\ncall bpf_iter_num_new\nA:\n{IT}call bpf_iter_num_next\n\
         if r0 == 0 goto a_done\n{IT}r2 = 0\nr3 = 3\ncall bpf_iter_num_new\ngoto A\n\
         a_done:\n{IT}call bpf_iter_num_destroy\nr0 = 0\nexit",
    ),
    // A static subprogram steps the caller's iterator (`next` on the caller's stack).
    (
        "next_in_callee",
        "{IT}r2 = 0\nr3 = 5\ncall bpf_iter_num_new\nr6 = 0\nL:\n{IT}call step\n\
         if r0 == 0 goto done\nr6 += 1\ngoto L\ndone:\n{IT}call bpf_iter_num_destroy\n\
         r0 = 0\nexit\nstep:\ncall bpf_iter_num_next\nif r0 == 0 goto z\nr0 = 1\nexit\n\
         z:\nr0 = 0\nexit",
    ),
    // The callee destroys the caller's iterator.
    (
        "destroy_in_callee",
        "{IT}r2 = 0\nr3 = 5\ncall bpf_iter_num_new\nL:\n{IT}call bpf_iter_num_next\n\
         if r0 == 0 goto done\ngoto L\ndone:\n{IT}call fini\nr0 = 0\nexit\nfini:\n\
         call bpf_iter_num_destroy\nr0 = 0\nexit",
    ),
    // The callee creates the iterator on the caller's stack.
    (
        "new_in_callee",
        "{IT}call init\nL:\n{IT}call bpf_iter_num_next\nif r0 == 0 goto done\ngoto L\n\
         done:\n{IT}call bpf_iter_num_destroy\nr0 = 0\nexit\ninit:\nr2 = 0\nr3 = 4\n\
         call bpf_iter_num_new\nr0 = 0\nexit",
    ),
    // The callee creates it on the caller's stack and nobody destroys it.
    (
        "new_in_callee_leaks",
        "{IT}call init\nr0 = 0\nexit\ninit:\nr2 = 0\nr3 = 4\ncall bpf_iter_num_new\n\
         r0 = 0\nexit",
    ),
    // A loop in a subprogram called from a loop.
    (
        "loop_calls_loop",
        "{IT}r2 = 0\nr3 = 3\ncall bpf_iter_num_new\nL:\n{IT}call bpf_iter_num_next\n\
         if r0 == 0 goto done\ncall sub\ngoto L\ndone:\n{IT}call bpf_iter_num_destroy\n\
         r0 = 0\nexit\nsub:\n{IT}r2 = 0\nr3 = 4\ncall bpf_iter_num_new\nM:\n\
         {IT}call bpf_iter_num_next\nif r0 != 0 goto M\n{IT}call bpf_iter_num_destroy\n\
         r0 = 0\nexit",
    ),
];

/// Programs with callbacks or global subprograms, loaded with BTF func_info (as libbpf
/// loads clang's objects): (name, body, the subprograms that are global beside the main
/// program, by index).
const BTF_PROGRAMS: [(&str, &str, &[usize]); 9] = [
    // bpf_for inside a bpf_loop callback.
    (
        "for_in_loop_callback",
        "r1 = 3\nr2 = cb ll\nr3 = 0\nr4 = 0\ncall 181\nr0 = 0\nexit\ncb:\n{IT}r2 = 0\n\
         r3 = 4\ncall bpf_iter_num_new\nM:\n{IT}call bpf_iter_num_next\nif r0 != 0 goto M\n\
         {IT}call bpf_iter_num_destroy\nr0 = 0\nexit",
        &[],
    ),
    // The callback's value decides a stack read in its own frame.
    (
        "callback_value_indexes_stack",
        "r1 = 2\nr2 = cb ll\nr3 = 0\nr4 = 0\ncall 181\nr0 = 0\nexit\ncb:\nr1 = 0\n\
         *(u64 *)(r10 - 16) = r1\n{IT}r2 = 0\nr3 = 9\ncall bpf_iter_num_new\nM:\n\
         {IT}call bpf_iter_num_next\nif r0 == 0 goto done\nr2 = *(u32 *)(r0 + 0)\n\
         if r2 > 7 goto M\nr3 = r10\nr3 += -16\nr3 += r2\nr4 = *(u8 *)(r3 + 0)\ngoto M\n\
         done:\n{IT}call bpf_iter_num_destroy\nr0 = 0\nexit",
        &[],
    ),
    // The callback returns with its iterator alive.
    (
        "callback_leaks_iterator",
        "r1 = 2\nr2 = cb ll\nr3 = 0\nr4 = 0\ncall 181\nr0 = 0\nexit\ncb:\n{IT}r2 = 0\n\
         r3 = 4\ncall bpf_iter_num_new\nr0 = 0\nexit",
        &[],
    ),
    // bpf_loop inside a bpf_for loop: the caller's iterator is held at the callback's exit.
    (
        "loop_callback_in_for",
        "{IT}r2 = 0\nr3 = 3\ncall bpf_iter_num_new\nL:\n{IT}call bpf_iter_num_next\n\
         if r0 == 0 goto done\nr1 = 2\nr2 = cb ll\nr3 = 0\nr4 = 0\ncall 181\ngoto L\n\
         done:\n{IT}call bpf_iter_num_destroy\nr0 = 0\nexit\ncb:\nr0 = 0\nexit",
        &[],
    ),
    // The callback steps the caller's iterator through its context argument.
    (
        "callback_next_on_caller_iterator",
        "{IT}r2 = 0\nr3 = 3\ncall bpf_iter_num_new\nr1 = 2\nr2 = cb ll\nr3 = r10\n\
         r3 += -8\nr4 = 0\ncall 181\n{IT}call bpf_iter_num_destroy\nr0 = 0\nexit\ncb:\n\
         r1 = r2\ncall bpf_iter_num_next\nr0 = 0\nexit",
        &[],
    ),
    // The callback destroys the caller's iterator.
    (
        "callback_destroys_caller_iterator",
        "{IT}r2 = 0\nr3 = 3\ncall bpf_iter_num_new\nr1 = 1\nr2 = cb ll\nr3 = r10\n\
         r3 += -8\nr4 = 0\ncall 181\nr0 = 0\nexit\ncb:\nr1 = r2\n\
         call bpf_iter_num_destroy\nr0 = 0\nexit",
        &[],
    ),
    // A static subprogram with a loop, called from a callback.
    (
        "callback_calls_loop",
        "r1 = 2\nr2 = cb ll\nr3 = 0\nr4 = 0\ncall 181\nr0 = 0\nexit\ncb:\ncall sub\n\
         r0 = 0\nexit\nsub:\n{IT}r2 = 0\nr3 = 4\ncall bpf_iter_num_new\nM:\n\
         {IT}call bpf_iter_num_next\nif r0 != 0 goto M\n{IT}call bpf_iter_num_destroy\n\
         r0 = 0\nexit",
        &[],
    ),
    // bpf_for in a global subprogram.
    (
        "for_in_global_subprogram",
        "call g\nr0 = 0\nexit\ng:\n{IT}r2 = 0\nr3 = 10\ncall bpf_iter_num_new\nr6 = 0\n\
         L:\n{IT}call bpf_iter_num_next\nif r0 == 0 goto done\nr2 = *(u32 *)(r0 + 0)\n\
         r6 += r2\ngoto L\ndone:\n{IT}call bpf_iter_num_destroy\nr0 = 0\nexit",
        &[1],
    ),
    // A global subprogram returns with its iterator alive.
    (
        "global_subprogram_leaks",
        "call g\nr0 = 0\nexit\ng:\n{IT}r2 = 0\nr3 = 3\ncall bpf_iter_num_new\nr0 = 0\n\
         exit",
        &[1],
    ),
];

/// Programs that run into the 1M-instruction limit without CAP_PERFMON (tens of seconds
/// here and in the kernel): at that privilege only with `ITER_SLOW=1`.
const SLOW_UNPRIVILEGED: [&str; 8] = [
    "ctx_bounds",
    "two_loops_one_slot",
    "next_when_drained",
    "next_in_callee",
    "new_in_callee",
    "loop_calls_loop",
    "for_in_loop_callback",
    "callback_calls_loop",
];

/// The loop whose sum is the return value: precise, never converging.
const SLOW: (&str, &str) = (
    "for_sum_returned",
    "{IT}r2 = 0\nr3 = 10\ncall bpf_iter_num_new\nr6 = 0\nL:\n{IT}call bpf_iter_num_next\n\
     if r0 == 0 goto done\nr2 = *(u32 *)(r0 + 0)\nr6 += r2\ngoto L\ndone:\n\
     {IT}call bpf_iter_num_destroy\nr0 = r6\nr0 &= 1\nexit",
);

fn assemble(body: &str) -> Vec<RawInsn> {
    let body = body.replace("{IT}", IT).replace("{IT2}", IT2);
    let source = format!("\t.text\n\t.globl prog\nprog:\n{body}\n");
    speccase::corpus::prepare(&source, "iter.s")
        .expect("the program assembles")
        .insns
}

fn options(privilege: Privilege) -> LoadOptions {
    LoadOptions {
        stats: true,
        ..LoadOptions::default()
    }
    .with_privilege(privilege)
}

/// `raw` loaded with the kernel's BTF ids of its kfuncs.
fn load(raw: &[RawInsn], privilege: Privilege) -> LoadOutcome {
    let loaded = kernel::resolve_kfuncs(raw).expect("the kernel has the kfuncs");
    kernel::load(&loaded, &[], &options(privilege)).expect("BPF_PROG_LOAD runs")
}

/// func_info of `raw`'s subprograms (every BPF-to-BPF call's and function address's
/// target): the main program and those of `globals` global, the rest static, named `f0`,
/// `f1`, ..., each `int f(void)`.
fn funcs(raw: &[RawInsn], globals: &[usize]) -> Vec<FuncInfo> {
    let mut starts = vec![0u32];
    for (i, r) in raw.iter().enumerate() {
        let call = r.code == 0x85 && r.src == 1;
        let func = r.code == 0x18 && r.src == 4;
        if call || func {
            starts.push((i as i64 + 1 + r.imm as i64) as u32);
        }
    }
    starts.sort_unstable();
    starts.dedup();
    starts
        .iter()
        .enumerate()
        .map(|(k, &insn_off)| FuncInfo {
            insn_off,
            linkage: if k == 0 || globals.contains(&k) {
                Linkage::Global
            } else {
                Linkage::Static
            },
            name: format!("f{k}"),
            proto: Default::default(),
        })
        .collect()
}

/// `raw` loaded with its kfuncs resolved and BTF func_info for `funcs`.
fn load_with_funcs(raw: &[RawInsn], funcs: &[FuncInfo], privilege: Privilege) -> LoadOutcome {
    let loaded = kernel::resolve_kfuncs(raw).expect("the kernel has the kfuncs");
    let defs: Vec<kernel::BtfFunc> = funcs
        .iter()
        .map(|f| kernel::BtfFunc {
            name: f.name.clone(),
            linkage: u16::from(f.linkage == Linkage::Global),
            proto: f.proto.clone(),
        })
        .collect();
    let btf = Btf::load(&kernel::func_only_btf(&defs)).expect("the BTF loads");
    let starts: Vec<u32> = funcs.iter().map(|f| f.insn_off).collect();
    let prog_btf = ProgBtf {
        btf: &btf,
        func_info: kernel::func_only_info(&starts),
        line_info: Vec::new(),
    };
    kernel::load_with_btf(&loaded, &[], &options(privilege), &prog_btf).expect("BPF_PROG_LOAD runs")
}

/// The host profile, or why the test cannot run.
fn host() -> Result<KernelProfile, String> {
    kernel::availability().map_err(|u| u.to_string())?;
    let profile = kernel::host_profile().map_err(|e| e.to_string())?;
    let new = skctx::kfunc_by_name("bpf_iter_num_new").expect("modelled");
    if !new.available(profile) {
        return Err(format!(
            "{profile} has no open-coded iterators (from {})",
            new.since
        ));
    }
    Ok(profile)
}

#[test]
fn iterator_programs_agree_with_the_live_kernel() {
    let profile = match host() {
        Ok(p) => p,
        Err(why) => {
            say!("SKIPPED iter_kernel: {why}");
            return;
        }
    };
    let slow = std::env::var_os("ITER_SLOW").is_some_and(|v| !v.is_empty());
    let root_only = std::env::var("ITER_PRIVILEGES").is_ok_and(|v| v == "root");
    let mut programs: Vec<(&str, &str, Option<&[usize]>)> =
        PROGRAMS.iter().map(|&(n, b)| (n, b, None)).collect();
    programs.extend(BTF_PROGRAMS.iter().map(|&(n, b, g)| (n, b, Some(g))));
    if slow {
        programs.push((SLOW.0, SLOW.1, None));
    }
    let (mut agree, mut unsupported, mut failures) = (0, Vec::new(), Vec::new());
    for (name, body, globals) in programs {
        let raw = assemble(body);
        for privilege in Privilege::ALL {
            if privilege != Privilege::Root
                && (root_only || !slow && SLOW_UNPRIVILEGED.contains(&name))
            {
                continue;
            }
            let (out, ours) = match globals {
                None => (
                    load(&raw, privilege),
                    verify(&raw, &[], profile, privilege, true),
                ),
                Some(globals) => {
                    let funcs = funcs(&raw, globals);
                    let ours = verify_with_btf(&raw, &[], profile, privilege, true, &funcs);
                    (load_with_funcs(&raw, &funcs, privilege), ours)
                }
            };
            say!(
                "{name} ({privilege}): kernel {} at {:?}, {:?} processed; ours {:?}",
                out.message()
                    .and_then(|m| m.lines().last().map(str::to_string))
                    .unwrap_or("accepts".into()),
                out.insn_index(),
                out.processed_insns(),
                ours.as_ref().map(|v| v.processed())
            );
            match common::judge(&ours, &out, false) {
                Ok(true) => agree += 1,
                Ok(false) => unsupported.push(format!("{name} ({privilege}): {ours:?}")),
                Err(e) => failures.push(format!("{name} ({privilege}): {e}")),
            }
        }
    }
    say!(
        "iter_kernel on {profile}: {agree} agree, {} unsupported: {unsupported:?}",
        unsupported.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The same programs, directed and generated, inside each cached kernel image, each guest
/// modelled by its release: as root, 50 generated programs (seconds under TCG; the host's
/// `ITER_GEN_SEED` passed on);
/// `ITER_IMAGES_ALL=1` adds the unprivileged runs and the default count of generated programs
/// (minutes: the 8193-jump program).
#[test]
fn iterator_programs_agree_inside_each_image() {
    // As root, and 50 generated programs: under TCG each costs a fraction of a second.
    let mut env = vec![
        ("ITER_PRIVILEGES", "root".to_string()),
        ("ITER_GEN", "50".to_string()),
    ];
    if std::env::var_os("ITER_IMAGES_ALL").is_some_and(|v| !v.is_empty()) {
        env.clear();
    }
    let env = common::with_seed("ITER_GEN_SEED", env);
    let Some(runs) = common::in_each_image(
        "iter_kernel_images",
        &[
            "iterator_programs_agree_with_the_live_kernel",
            "generated_iterator_programs_agree_with_the_live_kernel",
        ],
        &env,
        &["iter_kernel", "iter_gen_kernel", "SKIPPED"],
    ) else {
        return;
    };
    common::assert_every_guest_passed(runs);
}

/// How many generated programs [`generated_iterator_programs_agree_with_the_live_kernel`]
/// checks by default (`ITER_GEN=<n>` sets it); `ITER_GEN_SEED` picks the stream.
const GENERATED: usize = 200;

/// One generated program's text and whether it carries a scalar from one iteration to the
/// next (a counter): such loops do not converge without CAP_BPF's imprecise scalars, so
/// they run as root only.
struct Generated {
    text: String,
    carried: bool,
}

/// A generator of iterator programs: `bpf_for` loops over fp-8 (and a nested one over
/// fp-16) with branches on the value and on a context field inside the body, `break` and
/// `continue`, a counter, static subprograms (one stepping the caller's inner iterator, one
/// with a loop of its own), and now and then a misuse (a missing or early `destroy`, an
/// inner iterator created twice).
struct IterGen<'a> {
    rng: &'a mut common::Rng,
    out: String,
    labels: usize,
    carried: bool,
    step_sub: bool,
    loop_sub: bool,
}

impl IterGen<'_> {
    fn label(&mut self) -> String {
        self.labels += 1;
        format!("G{}", self.labels)
    }

    fn line(&mut self, s: &str) {
        self.out.push_str(s);
        self.out.push('\n');
    }

    /// `r1 = &it` for the iterator at `fp-off`.
    fn it(&mut self, off: u32) {
        self.line(&format!("r1 = r10\nr1 += -{off}"));
    }

    /// A `bpf_for` over the iterator at `fp-off`: its value in `val`, its body at `depth`.
    fn for_loop(&mut self, off: u32, val: &str, depth: u32) {
        let (head, done) = (self.label(), self.label());
        let end = self.rng.pick(&[1, 3, 8, 100]);
        self.it(off);
        self.line(&format!("r2 = 0\nr3 = {end}\ncall bpf_iter_num_new"));
        self.line(&format!("{head}:"));
        self.it(off);
        let via_callee = depth > 0 && self.rng.chance(30);
        if via_callee {
            self.step_sub = true;
            self.line("call step");
        } else {
            self.line("call bpf_iter_num_next");
        }
        self.line(&format!("if r0 == 0 goto {done}"));
        self.line(&format!("{val} = *(u32 *)(r0 + 0)"));
        for _ in 0..self.rng.below(4) + 1 {
            self.stmt(val, depth, &head, &done);
        }
        if self.rng.chance(4) {
            self.it(off);
            self.line("call bpf_iter_num_destroy");
        }
        self.line(&format!("goto {head}"));
        self.line(&format!("{done}:"));
        if !self.rng.chance(4) {
            self.it(off);
            self.line("call bpf_iter_num_destroy");
        }
    }

    /// One statement of a loop body with its iterator's value in `val`.
    fn stmt(&mut self, val: &str, depth: u32, head: &str, done: &str) {
        match self.rng.below(8) {
            0 => {
                self.carried = true;
                self.line("r7 += 1");
            }
            1 => {
                let k = self.rng.below(10);
                let skip = self.label();
                self.line(&format!("if {val} > {k} goto {skip}"));
                self.stmt(val, depth, head, done);
                self.line(&format!("{skip}:"));
            }
            2 => {
                let k = self.rng.below(10);
                self.line(&format!("if {val} == {k} goto {done}"));
            }
            3 => {
                let k = self.rng.below(10);
                self.line(&format!("if {val} == {k} goto {head}"));
            }
            4 if depth < 2 => {
                let skip = self.label();
                self.line(&format!("r2 = *(u32 *)(r6 + 60)\nif r2 > 1000 goto {skip}"));
                self.line(&format!("r2 = {val}"));
                self.line(&format!("{skip}:"));
            }
            5 if depth == 0 => {
                self.for_loop(16, "r9", 1);
                if self.rng.chance(5) {
                    // The inner iterator created again without its destroy.
                    self.it(16);
                    self.line("r2 = 0\nr3 = 2\ncall bpf_iter_num_new");
                }
            }
            6 if depth < 2 => {
                self.loop_sub = true;
                self.line("call sub_loop");
            }
            _ => self.line(&format!("r2 = {val}\nr2 &= 7")),
        }
    }

    fn program(rng: &mut common::Rng) -> Generated {
        let mut g = IterGen {
            rng,
            out: String::new(),
            labels: 0,
            carried: false,
            step_sub: false,
            loop_sub: false,
        };
        g.line("r6 = r1\nr7 = 0\nr8 = 0\nr9 = 0");
        g.for_loop(8, "r8", 0);
        g.line("r0 = 0\nexit");
        if g.loop_sub {
            // A static function with a loop of its own (r6 not set, no calls of itself).
            g.line("sub_loop:");
            g.for_loop(8, "r8", 2);
            g.line("r0 = 0\nexit");
        }
        if g.step_sub {
            g.line("step:\ncall bpf_iter_num_next\nexit");
        }
        Generated {
            text: g.out,
            carried: g.carried,
        }
    }
}

/// Generated iterator programs ([`IterGen`]) against the live kernel: verdict, rejected
/// instruction, message, errno and processed count, at both privileges (without CAP_PERFMON
/// only those without a counter). `ITER_GEN=<n>` programs (default [`GENERATED`]),
/// `ITER_GEN_SEED=<s>`.
#[test]
fn generated_iterator_programs_agree_with_the_live_kernel() {
    let profile = match host() {
        Ok(p) => p,
        Err(why) => {
            say!("SKIPPED iter_gen_kernel: {why}");
            return;
        }
    };
    let n = std::env::var("ITER_GEN")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(GENERATED);
    let seed = std::env::var("ITER_GEN_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x1e7a_0001u64);
    let root_only = std::env::var("ITER_PRIVILEGES").is_ok_and(|v| v == "root");
    let mut rng = common::Rng::new(seed);
    let (mut runs, mut agree, mut accepted) = (0, 0, 0);
    let (mut unsupported, mut failures) = (Vec::new(), Vec::new());
    for i in 0..n {
        let g = IterGen::program(&mut rng);
        let raw = assemble(&g.text);
        for privilege in Privilege::ALL {
            if privilege != Privilege::Root && (g.carried || root_only) {
                continue;
            }
            runs += 1;
            let out = load(&raw, privilege);
            accepted += usize::from(out.accepted());
            let ours = verify(&raw, &[], profile, privilege, true);
            match common::judge(&ours, &out, false) {
                Ok(true) => agree += 1,
                Ok(false) => unsupported.push(format!("program {i} ({privilege}): {ours:?}")),
                Err(e) => failures.push(format!("program {i} ({privilege}): {e}\n{}", g.text)),
            }
        }
    }
    say!(
        "iter_gen_kernel on {profile}: {n} generated programs (seed {seed}), {runs} loads \
         ({accepted} accepted by the kernel): {agree} agree, {} unsupported, {} differ",
        unsupported.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    assert!(unsupported.is_empty(), "unsupported: {unsupported:#?}");
}
