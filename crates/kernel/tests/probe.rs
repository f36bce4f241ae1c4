//! The host probe: release, behaviours and helper availability of the running kernel, each
//! behaviour cross-checked with a second program that the behaviour's description predicts.

mod common;

use common::*;
use kernel::{load, LoadOptions, Map, MapSpec};
use skctx::{Behaviour, KernelProfile};

#[test]
fn the_probed_release_is_the_running_kernel() {
    require_kernel!("the_probed_release_is_the_running_kernel");
    let probe = kernel::probe_host().unwrap();
    let uname = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap();
    assert_eq!(probe.release, uname.trim());
    // The stable release: uname's, or the one a distribution's version text names (Debian's
    // 6.1.0-57 is 6.1.192), never another series.
    let from_uname = KernelProfile::from_release(&probe.release)
        .unwrap()
        .version();
    let texts: Vec<String> = ["/proc/version", "/proc/version_signature"]
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    let stable = skctx::KernelVersion::stable(&probe.release, &texts).unwrap();
    assert_eq!(probe.profile.version(), stable);
    assert_eq!(
        (stable.major, stable.minor),
        (from_uname.major, from_uname.minor)
    );
    assert!(stable >= from_uname);
    let h = &probe.helpers;
    assert!(
        h.no_perfmon.is_subset(&h.root),
        "CAP_PERFMON only adds helpers"
    );
    assert!(h.gpl_only.is_subset(&h.root) && h.might_sleep.is_subset(&h.root));
    for id in [1, 12, 86, 124] {
        assert!(
            h.no_perfmon.contains(&id),
            "#{id} is offered to every SK_LOOKUP loader"
        );
    }
    assert!(h.id_limit >= probe.profile.helper_id_limit());
    say_line(format!(
        "probe: Linux {} = {} ({} helpers as root, {} without CAP_PERFMON)",
        probe.release,
        probe.profile,
        h.root.len(),
        h.no_perfmon.len()
    ));
}

/// kernel-builds.md: with the lookup result `sock_or_null` at the call, `bpf_sk_assign`
/// accepts it unchecked; with `map_value_or_null` it refuses it at the call.
#[test]
fn sockmap_lookup_behaviour_predicts_sk_assign_of_an_unchecked_result() {
    require_kernel!("sockmap_lookup_behaviour_predicts_sk_assign_of_an_unchecked_result");
    let sock_or_null = kernel::has_behaviour(Behaviour::SockmapLookupSockOrNull).unwrap();
    let map = Map::create(&MapSpec::sockmap(4).named("sock_map")).unwrap();
    let mut p = lookup_key0_prologue();
    p.extend([
        mov_reg(7, 0),
        mov_reg(1, 6),
        mov_reg(2, 7),
        mov_imm(3, 0),
        call(124), // bpf_sk_assign(ctx, unchecked lookup result, 0)
        jeq_imm(7, 0, 2),
        mov_reg(1, 7),
        call(86), // bpf_sk_release
        mov_imm(0, 1),
        exit(),
    ]);
    let out = load(
        &encode(&p),
        &[(PROLOGUE_MAP_SLOT, &map)],
        &LoadOptions::default(),
    )
    .unwrap();
    if sock_or_null {
        assert!(out.accepted(), "{}", out.log);
    } else {
        assert_eq!(
            out.message().as_deref(),
            Some("R2 type=map_value_or_null expected=sock"),
            "{}",
            out.log
        );
    }
}

/// The behaviour's probe loads one helper; the full helper probe must say the same of both.
#[test]
fn percpu_behaviour_matches_the_helper_probe() {
    require_kernel!("percpu_behaviour_matches_the_helper_probe");
    let needs_perfmon = kernel::has_behaviour(Behaviour::PercpuPtrNeedsPerfmon).unwrap();
    let helpers = kernel::helpers(0).unwrap();
    for id in [153, 154] {
        assert!(helpers.root.contains(&id), "#{id} offered as root");
        assert_eq!(helpers.no_perfmon.contains(&id), !needs_perfmon, "#{id}");
    }
}

/// The behaviour's probe passes the context as `nr_loops`; a stack pointer tells the same:
/// refused as not a scalar, or past R1 and refused at R2 (a scalar where a callback goes).
#[test]
fn bpf_loop_count_behaviour_predicts_a_stack_pointer_count() {
    require_kernel!("bpf_loop_count_behaviour_predicts_a_stack_pointer_count");
    let scalar = kernel::has_behaviour(Behaviour::BpfLoopCountScalar).unwrap();
    let p = [
        mov_reg(1, 10),
        mov_imm(2, 0),
        mov_imm(3, 0),
        mov_imm(4, 0),
        call(181), // bpf_loop(fp, 0, 0, 0)
        mov_imm(0, 0),
        exit(),
    ];
    let out = load(&encode(&p), &[], &LoadOptions::default()).unwrap();
    let want = if running().helper_id_limit() <= 181 {
        "invalid func unknown#181" // bpf_loop is 5.17's
    } else if scalar {
        "R1 type=fp expected=scalar"
    } else {
        "R2 type=scalar expected=func"
    };
    assert_eq!(out.message().as_deref(), Some(want), "{}", out.log);
}

/// This binary's tests inside each cached kernel image (Debian 6.1 and 6.12), under qemu.
#[test]
fn probe_tests_pass_in_each_kernel_image() {
    common::passes_in_each_kernel_image("kernel/probe", "probe_tests_pass_in_each_kernel_image");
}

/// Writes one line to stderr past libtest's capture (which keeps `eprintln!` output of a
/// passing test), so that the test's summary shows in `cargo test`'s output.
fn say_line(line: impl std::fmt::Display) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "{line}");
}
