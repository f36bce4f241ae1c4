//! The kfuncs the running kernel lets an SK_LOOKUP program call, against skctx's list of
//! 6.18.44's (`skctx::kfuncs::OFFERED_NOT_MODELLED`, beside the modelled `KFUNCS`): each is
//! loaded as root in `call NAME; r0 = 0; exit` (its BTF id from `/sys/kernel/btf/vmlinux`),
//! and the kernel must not refuse it for the program (`calling kernel function NAME is not
//! allowed`, a sleepable or device-bound program needed); a few kfuncs of other program
//! types must be refused so. Other releases offer other sets: on a kernel that is not
//! 6.18.y the test prints `SKIPPED`.

mod common;

use isa::RawInsn;
use kernel::{load, LoadOptions};

/// `call kfunc(btf_id); r0 = 0; exit`.
fn calls(btf_id: u32) -> Vec<RawInsn> {
    vec![
        RawInsn {
            code: 0x85,
            dst: 0,
            src: 2,
            off: 0,
            imm: btf_id as i32,
        },
        RawInsn {
            code: 0xb7,
            dst: 0,
            src: 0,
            off: 0,
            imm: 0,
        },
        RawInsn {
            code: 0x95,
            dst: 0,
            src: 0,
            off: 0,
            imm: 0,
        },
    ]
}

/// Why the kernel refuses `name` to an SK_LOOKUP program, if it does (any other rejection,
/// of the arguments or the exit, means it lets the program call it).
fn refusal(name: &str) -> Option<String> {
    let id = kernel::kernel_func_btf_id(name)
        .expect("the kernel's BTF reads")
        .unwrap_or_else(|| panic!("{name} is in the kernel's BTF"));
    let out = load(&calls(id), &[], &LoadOptions::default()).expect("BPF_PROG_LOAD runs");
    let log = out.message().unwrap_or_default();
    ["is not allowed", "must be sleepable", "device-bound"]
        .iter()
        .any(|m| log.contains(m))
        .then(|| log.to_string())
}

#[test]
fn the_kfuncs_offered_to_sk_lookup_are_skctx_list() {
    let name = "the_kfuncs_offered_to_sk_lookup_are_skctx_list";
    if !common::kernel_available(name) {
        return;
    }
    let release = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap();
    if !release.starts_with("6.18.") {
        eprintln!(
            "SKIPPED {name}: the list is 6.18's, the kernel is {}",
            release.trim()
        );
        return;
    }
    let modelled = skctx::kfuncs::KFUNCS.iter().map(|k| k.name);
    let offered: Vec<&str> = modelled
        .chain(skctx::kfuncs::OFFERED_NOT_MODELLED.iter().copied())
        .collect();
    let refused: Vec<String> = offered
        .iter()
        .filter_map(|n| refusal(n).map(|why| format!("{n}: {why}")))
        .collect();
    assert!(refused.is_empty(), "{}", refused.join("\n"));
    for other in [
        "bpf_task_acquire",
        "bpf_obj_new_impl",
        "bpf_cpumask_create",
        "bpf_copy_from_user_str",
        "bpf_xdp_metadata_rx_hash",
    ] {
        assert!(refusal(other).is_some(), "{other} is offered to SK_LOOKUP");
    }
    eprintln!(
        "kfuncs_offered: {} kfuncs offered to SK_LOOKUP on {} ({} modelled), 5 of other program types refused",
        offered.len(),
        release.trim(),
        skctx::kfuncs::KFUNCS.len()
    );
}
