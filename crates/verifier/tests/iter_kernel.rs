//! Open-coded number iterators (`bpf_iter_num_new`/`_next`/`_destroy`, libbpf's `bpf_for`
//! and `bpf_repeat`) against the live kernel: directed programs (loops that converge by
//! range, a value read through `next`'s pointer, early exits, values that decide memory
//! accesses, two loops in a row, loops in static subprograms, nested iterators, leaks and
//! misuse) loaded with the kernel's BTF ids of the kfuncs (`kernel::resolve_kfuncs`, as
//! libbpf resolves them) and
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
use kernel::LoadOptions;
use skctx::{KernelProfile, Privilege};
use verifier::verify;

macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

/// `r1 = &it` for the iterator at `fp-8`.
const IT: &str = "r1 = r10\nr1 += -8\n";

/// Directed programs: (name, body); `{IT}` stands for [`IT`].
const PROGRAMS: [(&str, &str); 20] = [
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
];

/// Programs that run into the 1M-instruction limit without CAP_PERFMON (tens of seconds
/// here and in the kernel): at that privilege only with `ITER_SLOW=1`.
const SLOW_UNPRIVILEGED: [&str; 3] = ["ctx_bounds", "two_loops_one_slot", "next_when_drained"];

/// The loop whose sum is the return value: precise, never converging.
const SLOW: (&str, &str) = (
    "for_sum_returned",
    "{IT}r2 = 0\nr3 = 10\ncall bpf_iter_num_new\nr6 = 0\nL:\n{IT}call bpf_iter_num_next\n\
     if r0 == 0 goto done\nr2 = *(u32 *)(r0 + 0)\nr6 += r2\ngoto L\ndone:\n\
     {IT}call bpf_iter_num_destroy\nr0 = r6\nr0 &= 1\nexit",
);

fn assemble(body: &str) -> Vec<RawInsn> {
    let body = body.replace("{IT}", IT);
    let source = format!("\t.text\n\t.globl prog\nprog:\n{body}\n");
    speccase::corpus::prepare(&source, "iter.s")
        .expect("the program assembles")
        .insns
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
    let mut programs = PROGRAMS.to_vec();
    if slow {
        programs.push(SLOW);
    }
    let (mut agree, mut unsupported, mut failures) = (0, Vec::new(), Vec::new());
    for (name, body) in programs {
        let raw = assemble(body);
        let loaded = kernel::resolve_kfuncs(&raw).expect("the kernel has the kfuncs");
        for privilege in Privilege::ALL {
            if privilege != Privilege::Root
                && (root_only || !slow && SLOW_UNPRIVILEGED.contains(&name))
            {
                continue;
            }
            let opts = LoadOptions {
                stats: true,
                ..LoadOptions::default()
            }
            .with_privilege(privilege);
            let out = kernel::load(&loaded, &[], &opts).expect("BPF_PROG_LOAD runs");
            let ours = verify(&raw, &[], profile, privilege, true);
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

/// The same programs inside each cached kernel image, each guest modelled by its release:
/// as root (a few seconds under TCG); `ITER_IMAGES_ALL=1` adds the unprivileged runs
/// (minutes: the 8193-jump program).
#[test]
fn iterator_programs_agree_inside_each_image() {
    let mut env = vec![("ITER_PRIVILEGES", "root".to_string())];
    if std::env::var_os("ITER_IMAGES_ALL").is_some_and(|v| !v.is_empty()) {
        env.clear();
    }
    let Some(runs) = common::in_each_image(
        "iter_kernel_images",
        &["iterator_programs_agree_with_the_live_kernel"],
        &env,
        &["iter_kernel", "SKIPPED"],
    ) else {
        return;
    };
    common::assert_every_guest_passed(runs);
}
