//! The `skctx` tables against the live kernel: for the host's profile, every context access
//! (offset × size × load, sign-extending load, store, store-immediate, atomic) and every
//! helper id (both privileges, GPL and non-GPL licenses) gets the kernel's verdict and message.
#![forbid(unsafe_code)]
// The kernel crate is Linux only.
#![cfg(target_os = "linux")]

/// Writes straight to the process's stderr: libtest captures `eprintln!` in passing tests,
/// and a skip or a summary must be seen.
macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

use isa::{AtomicOp, Insn, Operand, Reg, Size};
use kernel::{LoadOptions, Privilege};
use skctx::{ctx_access, CtxAccessKind, KernelProfile};

fn host_profile() -> Option<KernelProfile> {
    if let Err(u) = kernel::availability() {
        say!("SKIPPED skctx_kernel: {u}");
        return None;
    }
    let release = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap();
    Some(KernelProfile::from_release(release.trim()).unwrap())
}

fn load(insns: &[Insn], privilege: Privilege, license: &str) -> kernel::LoadOutcome {
    let opts = LoadOptions {
        privilege,
        license: license.into(),
        stats: false,
        initial_log_size: 16 * 1024,
        ..LoadOptions::default()
    };
    kernel::load_insns(insns, &[], &opts).expect("the kernel answers")
}

fn size(bytes: u32) -> Size {
    Size::from_bytes(bytes).unwrap()
}

#[test]
fn context_access_rules_match_the_kernel() {
    let Some(profile) = host_profile() else {
        return;
    };
    let mov = |dst, v| Insn::Alu {
        op: isa::AluOp::Mov,
        width: isa::Width::W64,
        dst,
        src: Operand::Imm(v),
    };
    let ret = [mov(Reg::R0, 1), Insn::Exit];
    let mut checked = 0;
    let mut accepted = 0;
    let mut mismatches = Vec::new();
    for off in -8i16..=80 {
        for bytes in [1u32, 2, 4, 8] {
            let cases: Vec<(CtxAccessKind, Vec<Insn>)> = vec![
                (
                    CtxAccessKind::Load,
                    vec![Insn::Load {
                        size: size(bytes),
                        sign_extend: false,
                        dst: Reg::R0,
                        src: Reg::R1,
                        off,
                    }],
                ),
                (
                    CtxAccessKind::Store,
                    vec![
                        mov(Reg::R2, 1),
                        Insn::Store {
                            size: size(bytes),
                            dst: Reg::R1,
                            off,
                            src: Operand::Reg(Reg::R2),
                        },
                    ],
                ),
                (
                    CtxAccessKind::StoreImm { dst: Reg::R1 },
                    vec![Insn::Store {
                        size: size(bytes),
                        dst: Reg::R1,
                        off,
                        src: Operand::Imm(1),
                    }],
                ),
            ];
            let mut cases = cases;
            if bytes < 8 && profile.has_cpu_v4() {
                cases.push((
                    CtxAccessKind::LoadSx,
                    vec![Insn::Load {
                        size: size(bytes),
                        sign_extend: true,
                        dst: Reg::R0,
                        src: Reg::R1,
                        off,
                    }],
                ));
            }
            if bytes >= 4 {
                cases.push((
                    CtxAccessKind::Atomic { dst: Reg::R1 },
                    vec![
                        mov(Reg::R2, 1),
                        Insn::Atomic {
                            op: AtomicOp::Add,
                            fetch: false,
                            size: size(bytes),
                            dst: Reg::R1,
                            src: Reg::R2,
                            off,
                        },
                    ],
                ));
            }
            for (kind, mut prog) in cases {
                prog.extend_from_slice(&ret);
                let model = ctx_access(profile, off as i64, bytes, kind);
                let kernel = load(&prog, Privilege::Root, "GPL");
                checked += 1;
                accepted += kernel.accepted() as usize;
                let agree = match &model {
                    Ok(_) => kernel.accepted(),
                    Err(e) => {
                        !kernel.accepted()
                            && kernel
                                .message()
                                .is_some_and(|m| m.contains(&e.kernel_message()))
                    }
                };
                if !agree {
                    mismatches.push(format!(
                        "{kind:?} off={off} size={bytes}: skctx {:?}, kernel {}",
                        model
                            .as_ref()
                            .map(|_| "accept")
                            .map_err(|e| e.kernel_message()),
                        kernel.message().unwrap_or_else(|| "accept".into())
                    ));
                }
            }
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} of {checked} context accesses disagree:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
    assert!(accepted > 100, "accepted accesses exercised: {accepted}");
    say!(
        "skctx_kernel: {checked} context accesses ({accepted} accepted) agree with the live kernel"
    );
}

#[test]
fn helper_availability_matches_the_kernel() {
    let Some(profile) = host_profile() else {
        return;
    };
    let availability_messages = [
        "cannot use helper",
        "invalid func",
        "GPL-restricted",
        "unknown func",
        "might sleep",
    ];
    let limit = profile.helper_id_limit();
    let mut checked = 0;
    let (mut offered, mut refused) = (0, 0);
    let mut mismatches = Vec::new();
    for privilege in [Privilege::Root, Privilege::NoPerfmon] {
        for (license, gpl) in [("GPL", true), ("Proprietary", false)] {
            for id in (-1..limit + 3).chain([5000]) {
                let prog = [
                    Insn::Call(isa::CallKind::Helper(id)),
                    Insn::Alu {
                        op: isa::AluOp::Mov,
                        width: isa::Width::W64,
                        dst: Reg::R0,
                        src: Operand::Imm(0),
                    },
                    Insn::Exit,
                ];
                let kernel = load(&prog, privilege, license);
                let msg = kernel.message().unwrap_or_default();
                let model = skctx::check_helper_call(profile, privilege, id as i64, gpl);
                checked += 1;
                if model.is_ok() {
                    offered += 1;
                } else {
                    refused += 1;
                }
                let agree = match &model {
                    Err(e) => !kernel.accepted() && msg.contains(&e.kernel_message()),
                    Ok(_) => {
                        kernel.accepted() || !availability_messages.iter().any(|m| msg.contains(m))
                    }
                };
                if !agree {
                    mismatches.push(format!(
                        "{privilege:?} {license} id {id}: skctx {:?}, kernel: {}",
                        model.map(|h| h.name).map_err(|e| e.kernel_message()),
                        if kernel.accepted() {
                            "accepted".into()
                        } else {
                            msg
                        }
                    ));
                }
            }
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} of {checked} helper probes disagree:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
    assert!(
        offered > 150 && refused > 400,
        "both outcomes exercised: {offered} offered, {refused} refused"
    );
    say!("skctx_kernel: {checked} helper probes ({offered} offered, {refused} refused) agree with the live kernel");
}
