//! `bpf_get_smp_processor_id`'s result against the live kernel on the running kernel's
//! profile, which knows the machine's CPU count (`nr_cpu_ids`): a branch on the result
//! around each bound (below `nr_cpu_ids - 1`, at it, past it, and signed), the other side a
//! read the kernel refuses, so the verdict says whether the kernel walked that side. Where
//! the release bounds the result (6.12.118 and 6.18.44) the verdict depends on the CPU
//! count; on 6.1.192 it does not. Inside each cached kernel image too (one vCPU there).
#![cfg(target_os = "linux")]

mod common;

use skctx::Privilege;
use verifier::verify;

/// `call 8`, then `if r0 OP K goto ok`, the fall-through refused.
fn program(op: &str, k: i64) -> Vec<isa::RawInsn> {
    let source = format!(
        "\t.text\nprog:\ncall 8\nif r0 {op} {k} goto ok\nr0 = *(u64 *)(r10 + 8)\nok:\nr0 = 1\nexit\n"
    );
    speccase::corpus::prepare(&source, "smp.s")
        .expect("the program assembles")
        .insns
}

#[test]
fn smp_processor_id_bounds_agree_with_the_live_kernel() {
    if let Err(u) = kernel::availability() {
        common::say(format!("SKIPPED smp_kernel: {u}"));
        return;
    }
    let profile = common::running_profile();
    let cpus = i64::from(
        profile
            .cpus()
            .expect("the host profile knows its CPU count"),
    );
    let mut failures = Vec::new();
    let (mut agree, mut unsupported, mut accepted) = (0, 0, 0);
    for op in ["<", "<=", "s<", "s>=", "!=", "=="] {
        for k in [cpus - 2, cpus - 1, cpus, cpus + 1, 0, -1] {
            let insns = program(op, k);
            let out = kernel::load(
                &insns,
                &[],
                &kernel::LoadOptions {
                    stats: true,
                    ..Default::default()
                },
            )
            .expect("BPF_PROG_LOAD runs");
            accepted += usize::from(out.accepted());
            let ours = verify(&insns, &[], profile, Privilege::Root, true);
            match common::judge(&ours, &out, false) {
                Ok(true) => agree += 1,
                Ok(false) => unsupported += 1,
                Err(e) => failures.push(format!("if r0 {op} {k}: {e}")),
            }
        }
    }
    common::say(format!(
        "smp_kernel on {profile} with {cpus} CPUs: {agree} agree ({accepted} accepted by the kernel), {unsupported} unsupported, {} disagree",
        failures.len()
    ));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(
        unsupported, 0,
        "the running kernel's profile models the helper"
    );
}

#[test]
fn smp_processor_id_bounds_agree_inside_each_image() {
    let Some(runs) = common::in_each_image(
        "smp_kernel_images",
        &["smp_processor_id_bounds_agree_with_the_live_kernel"],
        &[],
        &["smp_kernel", "SKIPPED"],
    ) else {
        return;
    };
    common::assert_every_guest_passed(runs);
}
