//! BPF_PROG_LOAD against the live kernel: verdicts, messages, log growth, privilege drop.
//! Where a kernel release words an answer differently, the expectation follows the running
//! kernel's release through skctx's `KernelProfile` feature queries (confirmed on 6.1.192,
//! 6.12.118 and 6.18.44).
#![forbid(unsafe_code)]
// The kernel crate is Linux only.
#![cfg(target_os = "linux")]

mod common;

use common::*;
use isa::{Insn, RawInsn, Size};
use kernel::*;

fn opts() -> LoadOptions {
    LoadOptions::default()
}

#[test]
fn trivial_program_is_accepted() {
    require_kernel!("trivial_program_is_accepted");
    // r0 = 1; exit — hand-encoded (BPF_ALU64|BPF_MOV|BPF_K = 0xb7, BPF_JMP|BPF_EXIT = 0x95).
    let prog = [
        RawInsn::new(0xb7, 0, 0, 0, 1),
        RawInsn::new(0x95, 0, 0, 0, 0),
    ];
    let out = load(&prog, &[], &opts()).unwrap();
    assert!(out.accepted(), "log:\n{}", out.log);
    assert_eq!(out.errno, None);
    assert_eq!(out.message(), None);
    assert_eq!(out.insn_index(), None);
    assert_eq!(out.processed_insns(), Some(2));
    assert!(
        out.verification_time_usec().is_some(),
        "stats line missing:\n{}",
        out.log
    );
    assert_eq!(out.program.as_ref().map(|p| p.insn_count()), Some(2));
    assert_eq!(out.attempts, 1);
}

#[test]
fn misaligned_ctx_load_is_rejected_with_eacces() {
    require_kernel!("misaligned_ctx_load_is_rejected_with_eacces");
    // r0 = *(u32 *)(r1 + 2); r0 = 1; exit
    let prog = [
        RawInsn::new(0x61, 0, 1, 2, 0),
        RawInsn::new(0xb7, 0, 0, 0, 1),
        RawInsn::new(0x95, 0, 0, 0, 0),
    ];
    let out = load(&prog, &[], &opts()).unwrap();
    assert!(!out.accepted());
    assert_eq!(out.errno, Some(Errno::EACCES));
    assert_eq!(
        out.message().as_deref(),
        Some("invalid bpf_context access off=2 size=4")
    );
    assert_eq!(out.insn_index(), Some(0));
    assert_eq!(out.processed_insns(), Some(1));
    assert!(
        out.log.contains("0: (61) r0 = *(u32 *)(r1 +2)"),
        "{}",
        out.log
    );
}

#[test]
fn return_value_out_of_range_is_einval() {
    require_kernel!("return_value_out_of_range_is_einval");
    let out = load(&encode(&[mov_imm(0, 2), exit()]), &[], &opts()).unwrap();
    assert_eq!(out.errno, Some(Errno::EINVAL));
    let want = if running().retval_message_uses_bounds() {
        "At program exit the register R0 has smin=2 smax=2 should have been in [0, 1]"
    } else {
        "At program exit the register R0 has value (0x2; 0x0) should have been in (0x0; 0x1)"
    };
    assert_eq!(out.message().as_deref(), Some(want));
    assert_eq!(out.insn_index(), Some(1));
}

#[test]
fn structural_error_names_the_instruction() {
    require_kernel!("structural_error_names_the_instruction");
    let out = load(
        &encode(&[mov_imm(0, 1), exit(), mov_imm(0, 0), exit()]),
        &[],
        &opts(),
    )
    .unwrap();
    assert_eq!(out.errno, Some(Errno::EINVAL));
    assert_eq!(out.message().as_deref(), Some("unreachable insn 2"));
    assert_eq!(out.insn_index(), Some(2));
    assert_eq!(out.processed_insns(), Some(0));

    // r0 = 1; goto +5; exit
    let ja = |off| isa::Insn::Ja { off, long: false };
    let out = load(&encode(&[mov_imm(0, 1), ja(5), exit()]), &[], &opts()).unwrap();
    assert_eq!(
        out.message().as_deref(),
        Some("jump out of range from insn 1 to 7")
    );
    assert_eq!(out.insn_index(), Some(1));

    // r0 = 1; l: goto l — the message is followed by state dumps, which are not part of it.
    let out = load(&encode(&[mov_imm(0, 1), ja(-1)]), &[], &opts()).unwrap();
    assert_eq!(out.errno, Some(Errno::EINVAL));
    assert_eq!(
        out.message().as_deref(),
        Some("infinite loop detected at insn 1"),
        "{}",
        out.log
    );
    assert_eq!(out.insn_index(), Some(1));
    assert_eq!(
        out.log.contains("cur state:"),
        running().infinite_loop_prints_states(),
        "{}",
        out.log
    );
}

#[test]
fn reference_leak_message_spans_two_lines() {
    require_kernel!("reference_leak_message_spans_two_lines");
    // map_lookup_unreleased (verifier-messages.md): the socket from the SOCKMAP is never
    // released.
    let map = Map::create(&MapSpec::sockmap(4).named("sock_map")).unwrap();
    let mut p = lookup_key0_prologue();
    p.extend([jeq_imm(0, 0, 0), mov_imm(0, 1), exit()]);
    let out = load(&encode(&p), &[(PROLOGUE_MAP_SLOT, &map)], &opts()).unwrap();
    assert_eq!(out.errno, Some(Errno::EINVAL), "log:\n{}", out.log);
    let mut want = vec!["Unreleased reference id=2 alloc_insn=7".to_string()];
    if running().reference_leak_has_second_line() {
        want.push("BPF_EXIT instruction in main prog would lead to reference leak".to_string());
    }
    assert_eq!(out.summary.message_lines, want);
    assert_eq!(
        out.summary.primary_message(),
        Some("Unreleased reference id=2 alloc_insn=7")
    );
    assert_eq!(out.insn_index(), Some(10));
    assert_eq!(out.processed_insns(), Some(10));
}

#[test]
fn log_buffer_grows_until_the_log_fits() {
    require_kernel!("log_buffer_grows_until_the_log_fits");
    // 60 register moves and a rejected exit: a log of several KiB at level 2.
    let mut p: Vec<_> = (0..60).map(|i| mov_imm(2 + (i % 7) as u8, i)).collect();
    p.extend([mov_imm(0, 3), exit()]);
    let code = encode(&p);
    let base = LoadOptions {
        log_level: 2,
        stats: false,
        ..opts()
    };
    let big = load(&code, &[], &base).unwrap();
    assert_eq!(big.attempts, 1);
    assert!(big.log.len() > 2048, "log only {} bytes", big.log.len());
    let small = load(
        &code,
        &[],
        &LoadOptions {
            initial_log_size: 128,
            ..base.clone()
        },
    )
    .unwrap();
    assert!(
        small.attempts > 1,
        "expected a retry, got {} attempt(s)",
        small.attempts
    );
    assert!(small.log_size as usize > small.log.len());
    assert_eq!(small.log, big.log);
    assert_eq!(small.errno, Some(Errno::EINVAL));
    assert_eq!(small.summary, big.summary);
    assert_eq!(small.insn_index(), Some(61));
    let want = if running().retval_message_uses_bounds() {
        "At program exit the register R0 has smin=3 "
    } else {
        "At program exit the register R0 has value (0x3; "
    };
    assert!(
        small.message().unwrap().starts_with(want),
        "{:?}",
        small.message()
    );

    // An accepted program whose log does not fit is refused with ENOSPC by 6.4+ kernels
    // (the log is part of the answer); after growing, it loads.
    let ok = encode(&[mov_imm(0, 1), mov_imm(2, 2), mov_imm(3, 3), exit()]);
    let small_ok = load(
        &ok,
        &[],
        &LoadOptions {
            initial_log_size: 128,
            ..base.clone()
        },
    )
    .unwrap();
    assert!(
        small_ok.accepted(),
        "{:?}\n{}",
        small_ok.errno,
        small_ok.log
    );
    assert!(small_ok.attempts > 1, "log:\n{}", small_ok.log);
    assert!(small_ok.log.contains("3: (95) exit"), "{}", small_ok.log);

    // The same with statistics on (the verification time may differ between attempts).
    let stats = load(
        &code,
        &[],
        &LoadOptions {
            initial_log_size: 200,
            stats: true,
            ..base
        },
    )
    .unwrap();
    assert!(stats.attempts > 1);
    assert!(stats.verification_time_usec().is_some());
    assert_eq!(stats.summary.message_lines, big.summary.message_lines);
}

#[test]
fn log_level_zero_gives_no_log_but_a_verdict() {
    require_kernel!("log_level_zero_gives_no_log_but_a_verdict");
    let code = encode(&[mov_imm(0, 2), exit()]);
    let out = load(
        &code,
        &[],
        &LoadOptions {
            log_level: 0,
            stats: false,
            ..opts()
        },
    )
    .unwrap();
    assert_eq!(out.errno, Some(Errno::EINVAL));
    assert_eq!(out.log, "");
    assert_eq!(out.log_size, 0);
    // Stats only: no instruction trace, but the numbers.
    let out = load(
        &code,
        &[],
        &LoadOptions {
            log_level: 0,
            stats: true,
            ..opts()
        },
    )
    .unwrap();
    assert!(out.processed_insns().is_some(), "{}", out.log);
    assert!(out.verification_time_usec().is_some());
}

#[test]
fn wrong_expected_attach_type_is_einval_before_the_verifier() {
    require_kernel!("wrong_expected_attach_type_is_einval_before_the_verifier");
    let code = encode(&[mov_imm(0, 1), exit()]);
    let out = load(
        &code,
        &[],
        &LoadOptions {
            expected_attach_type: 0,
            ..opts()
        },
    )
    .unwrap();
    assert_eq!(out.errno, Some(Errno::EINVAL));
    assert_eq!(out.log, "");
    assert_eq!(out.message(), None);
    // Program type override: the same code as a socket filter (type 1) loads.
    let out = load(
        &code,
        &[],
        &LoadOptions {
            prog_type: 1,
            expected_attach_type: 0,
            ..opts()
        },
    )
    .unwrap();
    assert!(out.accepted(), "{}", out.log);
}

/// `bpf_probe_read_kernel(fp-8, 8, 0)`: needs CAP_PERFMON.
fn probe_read_kernel() -> Vec<RawInsn> {
    encode(&[
        mov_reg(1, 10),
        add_imm(1, -8),
        mov_imm(2, 8),
        mov_imm(3, 0),
        call(113),
        mov_imm(0, 1),
        exit(),
    ])
}

/// `bpf_trace_printk("hi\n", 4)`: needs CAP_PERFMON.
fn trace_printk() -> Vec<RawInsn> {
    encode(&[
        st_imm(Size::W, 10, -8, i32::from_le_bytes(*b"hi\n\0")),
        mov_reg(1, 10),
        add_imm(1, -8),
        mov_imm(2, 4),
        call(6),
        mov_imm(0, 1),
        exit(),
    ])
}

#[test]
fn perfmon_helpers_need_cap_perfmon() {
    require_kernel!("perfmon_helpers_need_cap_perfmon");
    for (code, name) in [
        (probe_read_kernel(), "bpf_probe_read_kernel#113"),
        (trace_printk(), "bpf_trace_printk#6"),
    ] {
        let root = load(&code, &[], &opts()).unwrap();
        assert!(root.accepted(), "{name} as root:\n{}", root.log);
        let unpriv = load(&code, &[], &opts().with_privilege(Privilege::NoPerfmon)).unwrap();
        assert_eq!(unpriv.errno, Some(Errno::EINVAL), "{name}:\n{}", unpriv.log);
        let want = if running().helper_refusal_says_program_type() {
            format!("program of this type cannot use helper {name}")
        } else {
            format!("unknown func {name}")
        };
        assert_eq!(unpriv.message(), Some(want));
        assert_eq!(unpriv.insn_index(), Some(4));
    }
    // The calling thread kept its capabilities (the drop happened on a helper thread).
    let caps = effective_caps().unwrap();
    assert_ne!(
        caps & (1 << 38),
        0,
        "CAP_PERFMON lost on the test thread: {caps:#x}"
    );
    assert!(load(&probe_read_kernel(), &[], &opts()).unwrap().accepted());
}

#[test]
fn unprivileged_loader_cannot_read_uninitialised_stack() {
    require_kernel!("unprivileged_loader_cannot_read_uninitialised_stack");
    let code = encode(&[ldx(Size::DW, 0, 10, -8), mov_imm(0, 1), exit()]);
    let root = load(&code, &[], &opts()).unwrap();
    // Root too is refused before `root_reads_uninit_stack` (5.15.225, 5.10.262 in their images).
    assert_eq!(
        root.accepted(),
        running().root_reads_uninit_stack(),
        "{}",
        root.log
    );
    let out = load(&code, &[], &opts().with_privilege(Privilege::NoPerfmon)).unwrap();
    assert_eq!(out.errno, Some(Errno::EACCES));
    assert_eq!(
        out.message().as_deref(),
        Some("invalid read from stack R10 off=-8 size=8")
    );
    // Returning a pointer: EINVAL as root, EACCES ("leaks addr") without CAP_PERFMON.
    let code = encode(&[mov_reg(0, 1), exit()]);
    let root = load(&code, &[], &opts()).unwrap();
    assert_eq!(root.errno, Some(Errno::EINVAL));
    assert_eq!(
        root.message().as_deref(),
        Some("At program exit the register R0 is not a known value (ctx)")
    );
    let unpriv = load(&code, &[], &opts().with_privilege(Privilege::NoPerfmon)).unwrap();
    assert_eq!(unpriv.errno, Some(Errno::EACCES));
    assert_eq!(
        unpriv.message().as_deref(),
        Some("R0 leaks addr as return value")
    );
}

#[test]
fn invalid_requests_are_errors_not_panics() {
    require_kernel!("invalid_requests_are_errors_not_panics");
    assert!(matches!(
        load(&[], &[], &opts()),
        Err(Error::InvalidInput(_))
    ));
    let code = encode(&[mov_imm(0, 1), exit()]);
    let bad = LoadOptions {
        license: "G\0PL".into(),
        ..opts()
    };
    assert!(matches!(
        load(&code, &[], &bad),
        Err(Error::InvalidInput(_))
    ));
    let bad = LoadOptions {
        name: Some("no spaces allowed".into()),
        ..opts()
    };
    assert!(matches!(
        load(&code, &[], &bad),
        Err(Error::InvalidInput(_))
    ));
    let bad = LoadOptions {
        log_level: 7,
        ..opts()
    };
    assert!(matches!(
        load(&code, &[], &bad),
        Err(Error::InvalidInput(_))
    ));
    let named = LoadOptions {
        name: Some("sk_lookup.t".into()),
        ..opts()
    };
    assert!(load(&code, &[], &named).unwrap().accepted());
    // Garbage instructions are the kernel's to reject.
    let junk = vec![RawInsn::new(0xff, 0xf, 0xf, -1, -1); 3];
    let out = load(&junk, &[], &opts()).unwrap();
    assert_eq!(out.errno, Some(Errno::EINVAL));
}

/// With the kernel forced unavailable (in a child process, since availability is computed
/// once per process), every entry point returns `Error::Unavailable`.
#[test]
fn entry_points_report_unavailable() {
    if std::env::var_os(DISABLE_ENV).is_none() {
        let exe = std::env::current_exe().unwrap();
        let out = std::process::Command::new(exe)
            .args([
                "--exact",
                "entry_points_report_unavailable",
                "--test-threads=1",
            ])
            .env(DISABLE_ENV, "1")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "child failed:\n{text}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(text.contains("1 passed"), "child ran no test:\n{text}");
        return;
    }
    let reason = availability().unwrap_err().reason;
    assert!(reason.contains(DISABLE_ENV), "{reason}");
    let un = |e: Error| assert!(e.is_unavailable(), "{e}");
    un(load(
        &encode(&[mov_imm(0, 1), exit()]),
        &[],
        &LoadOptions::default(),
    )
    .unwrap_err());
    un(Map::create(&MapSpec::array(4, 1)).unwrap_err());
    un(SocketSet::open_text(&["tcp listen 127.0.0.1:1"]).unwrap_err());
    let e = load(&[], &[], &LoadOptions::default()).unwrap_err();
    assert!(
        e.to_string().starts_with("kernel unavailable: disabled by"),
        "{e}"
    );
}

/// This binary's tests inside each cached kernel image (Debian 6.1 and 6.12), under qemu.
/// `call kfunc(ID)` of the modelled kfunc `name` (`skctx::KFUNCS`), before resolution.
fn kfunc_call(name: &str) -> Insn {
    let k = skctx::kfunc_by_name(name).expect("a modelled kfunc");
    Insn::Call(isa::CallKind::Kfunc {
        btf_id: k.id,
        off: 0,
    })
}

/// The running kernel's BTF has each modelled kfunc exactly from its release on, and a
/// program creating and destroying a number iterator loads once its calls are resolved
/// (`resolve_kfuncs`); without them resolution names the missing function.
#[test]
fn kfuncs_resolve_in_the_running_kernels_btf_from_their_release() {
    require_kernel!("kfuncs_resolve_in_the_running_kernels_btf_from_their_release");
    if std::fs::metadata(VMLINUX_BTF).is_err() {
        eprintln!("SKIPPED kfuncs_resolve_in_the_running_kernels_btf_from_their_release: no {VMLINUX_BTF}");
        return;
    }
    let profile = running();
    for k in skctx::KFUNCS {
        let id = kernel_func_btf_id(k.name).unwrap();
        assert_eq!(id.is_some(), k.available(profile), "{}", k.name);
    }
    assert_eq!(kernel_func_btf_id("bpf_no_such_kfunc").unwrap(), None);
    let prog = encode(&[
        mov_reg(1, 10),
        add_imm(1, -8),
        mov_imm(2, 0),
        mov_imm(3, 3),
        kfunc_call("bpf_iter_num_new"),
        mov_reg(1, 10),
        add_imm(1, -8),
        kfunc_call("bpf_iter_num_destroy"),
        mov_imm(0, 0),
        exit(),
    ]);
    let resolved = match resolve_kfuncs(&prog) {
        Ok(r) => r,
        Err(e) => {
            assert!(!skctx::KFUNCS[0].available(profile), "{e}");
            assert!(e.to_string().contains("bpf_iter_num_new"), "{e}");
            return;
        }
    };
    assert_ne!(resolved[4].imm, prog[4].imm);
    let out = load(&resolved, &[], &opts()).unwrap();
    assert!(out.accepted(), "log:\n{}", out.log);
    let proprietary = LoadOptions {
        license: "Proprietary".into(),
        ..opts()
    };
    let out = load(&resolved, &[], &proprietary).unwrap();
    assert_eq!(
        out.message().as_deref(),
        Some("cannot call kernel function from non-GPL compatible program")
    );
}

#[test]
fn load_tests_pass_in_each_kernel_image() {
    common::passes_in_each_kernel_image("kernel/load", "load_tests_pass_in_each_kernel_image");
}
