//! The helper table: ids and names, SK_LOOKUP availability per profile and privilege
//! (sk_lookup-helpers.md §1, §2, §7), refusal messages, map compatibility (§5, §6).
#![forbid(unsafe_code)]

use skctx::helpers::*;
use skctx::maps::*;
use skctx::*;

/// The 6.18 probe table (sk_lookup-helpers.md §2): (id, name, offered without CAP_PERFMON,
/// GPL-only).
const SPEC_6_18: &[(i32, &str, bool, bool)] = &[
    (1, "bpf_map_lookup_elem", true, false),
    (2, "bpf_map_update_elem", true, false),
    (3, "bpf_map_delete_elem", true, false),
    (5, "bpf_ktime_get_ns", true, false),
    (6, "bpf_trace_printk", false, true),
    (7, "bpf_get_prandom_u32", true, false),
    (8, "bpf_get_smp_processor_id", true, false),
    (12, "bpf_tail_call", true, false),
    (14, "bpf_get_current_pid_tgid", true, false),
    (15, "bpf_get_current_uid_gid", true, false),
    (16, "bpf_get_current_comm", false, false),
    (17, "bpf_get_cgroup_classid", true, false),
    (22, "bpf_perf_event_read", false, true),
    (25, "bpf_perf_event_output", true, true),
    (35, "bpf_get_current_task", false, true),
    (37, "bpf_current_task_under_cgroup", true, false),
    (42, "bpf_get_numa_node_id", true, false),
    (55, "bpf_perf_event_read_value", false, true),
    (80, "bpf_get_current_cgroup_id", true, false),
    (86, "bpf_sk_release", true, false),
    (87, "bpf_map_push_elem", true, false),
    (88, "bpf_map_pop_elem", true, false),
    (89, "bpf_map_peek_elem", true, false),
    (93, "bpf_spin_lock", true, false),
    (94, "bpf_spin_unlock", true, false),
    (105, "bpf_strtol", true, false),
    (106, "bpf_strtoul", true, false),
    (109, "bpf_send_signal", false, false),
    (112, "bpf_probe_read_user", false, true),
    (113, "bpf_probe_read_kernel", false, true),
    (114, "bpf_probe_read_user_str", false, true),
    (115, "bpf_probe_read_kernel_str", false, true),
    (117, "bpf_send_signal_thread", false, false),
    (118, "bpf_jiffies64", true, false),
    (120, "bpf_get_ns_current_pid_tgid", true, false),
    (123, "bpf_get_current_ancestor_cgroup_id", true, false),
    (124, "bpf_sk_assign", true, false),
    (125, "bpf_ktime_get_boot_ns", true, false),
    (130, "bpf_ringbuf_output", true, false),
    (131, "bpf_ringbuf_reserve", true, false),
    (132, "bpf_ringbuf_submit", true, false),
    (133, "bpf_ringbuf_discard", true, false),
    (134, "bpf_ringbuf_query", true, false),
    (136, "bpf_skc_to_tcp6_sock", false, false),
    (137, "bpf_skc_to_tcp_sock", false, false),
    (138, "bpf_skc_to_tcp_timewait_sock", false, false),
    (139, "bpf_skc_to_tcp_request_sock", false, false),
    (140, "bpf_skc_to_udp6_sock", false, false),
    (141, "bpf_get_task_stack", false, false),
    (148, "bpf_copy_from_user", false, false),
    (149, "bpf_snprintf_btf", false, false),
    (153, "bpf_per_cpu_ptr", true, false),
    (154, "bpf_this_cpu_ptr", true, false),
    (156, "bpf_task_storage_get", true, false),
    (157, "bpf_task_storage_delete", true, false),
    (158, "bpf_get_current_task_btf", false, true),
    (160, "bpf_ktime_get_coarse_ns", true, false),
    (164, "bpf_for_each_map_elem", true, false),
    (165, "bpf_snprintf", false, true),
    (169, "bpf_timer_init", true, true),
    (170, "bpf_timer_set_callback", true, true),
    (171, "bpf_timer_start", true, true),
    (172, "bpf_timer_cancel", true, true),
    (175, "bpf_task_pt_regs", false, true),
    (176, "bpf_get_branch_snapshot", false, true),
    (177, "bpf_trace_vprintk", false, true),
    (178, "bpf_skc_to_unix_sock", false, false),
    (180, "bpf_find_vma", false, false),
    (181, "bpf_loop", true, false),
    (182, "bpf_strncmp", true, false),
    (191, "bpf_copy_from_user_task", false, true),
    (194, "bpf_kptr_xchg", true, false),
    (195, "bpf_map_lookup_percpu_elem", true, false),
    (196, "bpf_skc_to_mptcp_sock", false, false),
    (197, "bpf_dynptr_from_mem", true, false),
    (198, "bpf_ringbuf_reserve_dynptr", true, false),
    (199, "bpf_ringbuf_submit_dynptr", true, false),
    (200, "bpf_ringbuf_discard_dynptr", true, false),
    (201, "bpf_dynptr_read", true, false),
    (202, "bpf_dynptr_write", true, false),
    (203, "bpf_dynptr_data", true, false),
    (208, "bpf_ktime_get_tai_ns", true, false),
    (209, "bpf_user_ringbuf_drain", true, false),
    (210, "bpf_cgrp_storage_get", true, false),
    (211, "bpf_cgrp_storage_delete", true, false),
];

const P: KernelProfile = KernelProfile::V6_18;

#[test]
fn table_is_indexed_by_id_and_complete() {
    assert_eq!(HELPERS.len(), 212);
    for (i, h) in HELPERS.iter().enumerate() {
        assert_eq!(h.id, i as i32);
        assert_eq!(helper_by_id(h.id).unwrap().name, h.name);
        assert_eq!(helper_by_name(h.name).unwrap().id, h.id);
        assert_eq!(helper_by_name(&h.kernel_name()).unwrap().id, h.id);
    }
    assert_eq!(HELPERS[0].kernel_name(), "bpf_unspec");
    assert_eq!(HELPERS[26].kernel_name(), "bpf_skb_load_bytes");
    assert_eq!(HELPERS[211].name, "cgrp_storage_delete");
    assert_eq!(helper_by_name("bpf_sk_assign").unwrap().id, 124);
    assert_eq!(helper_by_name("sk_assign").unwrap().id, 124);
    assert!(helper_by_name("nonexistent").is_none());
    assert!(helper_by_id(212).is_none() && helper_by_id(-1).is_none());
    assert_eq!(HELPERS.iter().filter(|h| h.proto.is_some()).count(), 85);
}

#[test]
fn availability_on_6_18_matches_the_probe() {
    let root: Vec<i32> = sk_lookup_helpers(P, Privilege::Root)
        .map(|h| h.id)
        .collect();
    let spec_ids: Vec<i32> = SPEC_6_18.iter().map(|r| r.0).collect();
    assert_eq!(root, spec_ids);
    assert_eq!(root.len(), 85);
    let perfmon_only = sk_lookup_helpers(P, Privilege::Root)
        .filter(|h| !h.offered(P, Privilege::NoPerfmon))
        .count();
    assert_eq!(perfmon_only, 28);
    for &(id, name, unpriv, gpl) in SPEC_6_18 {
        let h = helper_by_id(id).unwrap();
        assert_eq!(h.kernel_name(), name);
        assert_eq!(h.offered(P, Privilege::NoPerfmon), unpriv, "{name}");
        assert_eq!(h.proto.unwrap().gpl_only, gpl, "{name}");
    }
    // Nothing else is offered.
    for h in HELPERS {
        if !spec_ids.contains(&h.id) {
            assert!(!h.offered(P, Privilege::Root), "{}", h.name);
        }
    }
}

#[test]
fn availability_grows_with_profiles_and_privilege() {
    let mut prev = 0;
    for p in KernelProfile::ALL {
        let root = sk_lookup_helpers(p, Privilege::Root).count();
        let unpriv = sk_lookup_helpers(p, Privilege::NoPerfmon).count();
        assert!(root >= prev, "{p}");
        assert!(unpriv <= root);
        for h in sk_lookup_helpers(p, Privilege::Root) {
            assert!(h.exists_in(p), "{} offered on {p} before it exists", h.name);
            assert!(h.id < p.helper_id_limit());
        }
        prev = root;
    }
    // The three SK_LOOKUP-specific prototypes and the core set exist since 5.9.
    for id in [1, 2, 3, 12, 25, 86, 124] {
        assert!(helper_by_id(id)
            .unwrap()
            .offered(KernelProfile::V5_9, Privilege::NoPerfmon));
    }
    // Socket casts since 5.10, CAP_PERFMON only.
    let cast = helper_by_id(137).unwrap();
    assert!(!cast.offered(KernelProfile::V5_9, Privilege::Root));
    assert!(cast.offered(KernelProfile::V5_10, Privilege::Root));
    assert!(!cast.offered(KernelProfile::V5_10, Privilege::NoPerfmon));
    // get_current_pid_tgid: 6.10.
    assert!(!helper_by_id(14)
        .unwrap()
        .offered(KernelProfile::V6_8, Privilege::Root));
    assert!(helper_by_id(14)
        .unwrap()
        .offered(KernelProfile::V6_12, Privilege::NoPerfmon));
}

#[test]
fn refusal_messages() {
    let t = SkLookup::new(P, Privilege::Root);
    let e = t.helper(26).unwrap_err();
    assert_eq!(
        e.kernel_message(),
        "program of this type cannot use helper bpf_skb_load_bytes#26"
    );
    assert_eq!((e.code(), e.errno()), (Code::HelperNotAllowed, 22));
    assert_eq!(
        t.helper(0).unwrap_err().kernel_message(),
        "program of this type cannot use helper bpf_unspec#0"
    );
    for id in [212i64, 5000, -1] {
        assert_eq!(
            t.helper(id).unwrap_err().kernel_message(),
            format!("invalid func unknown#{id}")
        );
    }
    // An id past an older kernel's enum is unknown there.
    assert_eq!(
        resolve_helper(KernelProfile::V5_9, Privilege::Root, 160)
            .unwrap_err()
            .kernel_message(),
        "invalid func unknown#160"
    );
    // Older wording for a known but refused helper.
    assert_eq!(
        resolve_helper(KernelProfile::V5_10, Privilege::Root, 26)
            .unwrap_err()
            .kernel_message(),
        "unknown func bpf_skb_load_bytes#26"
    );
    // Privilege: trace_printk needs CAP_PERFMON.
    assert!(resolve_helper(P, Privilege::Root, 6).is_ok());
    assert_eq!(
        resolve_helper(P, Privilege::NoPerfmon, 6)
            .unwrap_err()
            .kernel_message(),
        "program of this type cannot use helper bpf_trace_printk#6"
    );
    // GPL-only and might-sleep.
    assert_eq!(
        t.check_helper_call(113, false)
            .unwrap_err()
            .kernel_message(),
        "cannot call GPL-restricted function from non-GPL compatible program"
    );
    assert!(t.check_helper_call(113, true).is_ok());
    assert!(t.check_helper_call(124, false).is_ok());
    assert_eq!(
        t.check_helper_call(148, true).unwrap_err().kernel_message(),
        "helper call might sleep in a non-sleepable prog"
    );
}

#[test]
fn prototypes_of_the_sk_lookup_helpers() {
    let assign = helper_by_name("sk_assign").unwrap().proto.unwrap();
    assert_eq!(
        assign.args,
        &[
            ArgKind::PtrToCtx,
            ArgKind::PtrToSocketOrNull,
            ArgKind::Anything
        ]
    );
    assert_eq!(assign.ret, RetKind::Integer);
    assert_eq!(assign.refs, RefEffect::None);
    assert_eq!(assign.offered_by, "sk_lookup_func_proto");
    let release = helper_by_id(86).unwrap().proto.unwrap();
    assert_eq!(release.refs, RefEffect::Release);
    assert_eq!(
        release.args[0].expected_types_6_18(),
        Some("sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_")
    );
    let lookup = helper_by_id(1).unwrap().proto.unwrap();
    assert_eq!(lookup.args, &[ArgKind::ConstMapPtr, ArgKind::PtrToMapKey]);
    assert_eq!(lookup.refs, RefEffect::AcquireForSockMaps);
    assert_eq!(lookup.ret, RetKind::MapValueOrNull);
    let output = helper_by_id(25).unwrap().proto.unwrap();
    assert!(output.gpl_only);
    assert_eq!(output.args.len(), 5);
    assert_eq!(
        ArgKind::PtrToSocketOrNull.expected_types_6_18(),
        Some("sock")
    );
    assert_eq!(ArgKind::PtrToCtx.expected_types_6_18(), Some("ctx"));
    for h in HELPERS.iter().filter(|h| h.proto.is_some()) {
        let p = h.proto.unwrap();
        assert!(p.args.len() <= 5, "{}", h.name);
        assert!(
            p.signature.contains(&h.kernel_name()),
            "{}: {}",
            h.name,
            p.signature
        );
        assert!(!p.description.is_empty());
        assert!(!p.offered.is_empty());
        assert!(p.offered[0].0 >= kv_5_9(), "{}", h.name);
    }
}

fn kv_5_9() -> KernelVersion {
    KernelVersion::new(5, 9)
}

#[test]
fn map_types_and_compatibility() {
    assert_eq!(map_type(15).unwrap().name, "sockmap");
    assert_eq!(map_type_by_name("BPF_MAP_TYPE_SOCKHASH").unwrap().id(), 18);
    assert_eq!(
        map_type(4).unwrap().kernel_name(),
        "BPF_MAP_TYPE_PERF_EVENT_ARRAY"
    );
    for (i, m) in MAP_TYPES.iter().enumerate() {
        assert_eq!(m.id() as usize, i);
    }
    let c = |map, func| check_map_func_compatibility(P, map, func);
    let e = c(4, 1).unwrap_err();
    assert_eq!(
        e.kernel_message(),
        "cannot pass map_type 4 into func bpf_map_lookup_elem#1"
    );
    assert_eq!(e.errno(), 22);
    assert_eq!(
        c(3, 1).unwrap_err().kernel_message(),
        "cannot pass map_type 3 into func bpf_map_lookup_elem#1"
    );
    for ok in [
        (1, 1),
        (2, 1),
        (15, 1),
        (18, 1),
        (15, 2),
        (15, 3),
        (18, 2),
        (3, 12),
        (4, 25),
        (27, 130),
        (22, 87),
        (14, 1),
        (17, 1),
    ] {
        assert!(c(ok.0, ok.1).is_ok(), "{ok:?}");
    }
    for bad in [
        (7, 1),
        (8, 1),
        (16, 1),
        (20, 1),
        (15, 87),
        (1, 12),
        (2, 25),
        (1, 87),
        (27, 1),
    ] {
        assert!(c(bad.0, bad.1).is_err(), "{bad:?}");
    }
    assert_eq!(
        c(15, 87).unwrap_err().kernel_message(),
        "cannot pass map_type 15 into func bpf_map_push_elem#87"
    );
    // Sock-map updates from SK_LOOKUP arrive in 5.10.
    assert!(check_map_func_compatibility(KernelProfile::V5_9, 15, 2).is_err());
    assert!(check_map_func_compatibility(KernelProfile::V5_10, 15, 2).is_ok());
    // The lookup column agrees with the compatibility check.
    for m in MAP_TYPES.iter().filter(|m| m.id() != 0) {
        let refused = c(m.id(), 1).is_err();
        assert_eq!(refused, m.lookup == LookupResult::Refused, "{}", m.name);
    }
}

#[test]
fn renderings_mention_what_matters() {
    let root = render_helpers(P, Privilege::Root);
    assert!(
        root.contains("85 offered (28 need CAP_PERFMON)"),
        "{}",
        &root[..200]
    );
    assert!(root.contains("#124 bpf_sk_assign"));
    assert!(root
        .contains("long bpf_sk_assign(struct bpf_sk_lookup *ctx, struct bpf_sock *sk, u64 flags)"));
    let unpriv = render_helpers(P, Privilege::NoPerfmon);
    assert!(unpriv.contains("57 offered (0 need CAP_PERFMON)"));
    assert!(unpriv.contains("Needing CAP_PERFMON (not offered to this loader): bpf_trace_printk#6"));
    let ctx = render_ctx(P);
    assert!(ctx.contains("72 bytes"));
    assert!(ctx.contains("36:1,2,4 37:1"));
    assert!(render_ctx(KernelProfile::V5_15).contains("64 bytes"));
    assert!(render_ctx(KernelProfile::V5_15).contains("36:1,2,4 37:1 38:1,2 39:1"));
}
