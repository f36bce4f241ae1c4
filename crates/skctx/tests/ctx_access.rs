//! The ctx access matrix (sk_lookup-context.md §3.1, §3.5, §3.6), per profile.
#![forbid(unsafe_code)]

use std::collections::BTreeSet;

use isa::{AtomicOp, Insn, Operand, Reg, Size};
use skctx::ctx::{ctx_access_of_insn, CtxLoadType};
use skctx::*;

/// Word starts of the 4-byte fields with the full narrow pattern.
fn word_starts(profile: KernelProfile) -> Vec<i64> {
    let mut w = vec![8, 12, 16, 20, 24, 28, 32, 40, 44, 48, 52, 56, 60];
    if profile.has_ingress_ifindex() {
        w.push(64);
    }
    if !profile.has_be16_remote_port() {
        w.push(36);
    }
    w
}

/// The accepted plain loads, written out from the spec's table (not from the code).
fn expected_accepted(profile: KernelProfile) -> BTreeSet<(i64, u32)> {
    let mut s = BTreeSet::new();
    s.insert((0, 8));
    for w in word_starts(profile) {
        for (d, size) in [(0, 4), (0, 2), (2, 2), (0, 1), (1, 1), (2, 1), (3, 1)] {
            s.insert((w + d, size));
        }
    }
    if profile.has_be16_remote_port() {
        for cell in [
            (36, 4),
            (36, 2),
            (36, 1),
            (37, 1),
            (38, 2),
            (38, 1),
            (39, 1),
        ] {
            s.insert(cell);
        }
    }
    s
}

#[test]
fn full_6_18_matrix_has_exactly_106_accepted_loads() {
    let p = KernelProfile::V6_18;
    let expected = expected_accepted(p);
    assert_eq!(expected.len(), 106);
    let mut accepted = 0;
    let mut cells = 0;
    for cell in ctx_access_matrix(p, CtxAccessKind::Load, -4..=79) {
        cells += 1;
        let want = expected.contains(&(cell.off, cell.size));
        match cell.verdict {
            Ok(load) => {
                assert!(
                    want,
                    "accepted but should not be: off={} size={}",
                    cell.off, cell.size
                );
                accepted += 1;
                let want_type = if cell.off == 0 {
                    CtxLoadType::SockOrNull
                } else {
                    CtxLoadType::Scalar {
                        bytes: cell.size,
                        sign_extend: false,
                    }
                };
                assert_eq!(load.result, want_type);
            }
            Err(e) => {
                assert!(
                    !want,
                    "refused but should be accepted: off={} size={}",
                    cell.off, cell.size
                );
                assert_eq!(e.code(), Code::CtxBadAccess);
                assert_eq!(
                    e.kernel_message(),
                    format!(
                        "invalid bpf_context access off={} size={}",
                        cell.off, cell.size
                    )
                );
                assert_eq!(e.errno(), 13);
            }
        }
    }
    assert_eq!(cells, 84 * 4);
    assert_eq!(accepted, 106);
}

#[test]
fn every_profile_matches_its_spec_pattern() {
    for p in KernelProfile::ALL {
        let expected = expected_accepted(p);
        let got: BTreeSet<(i64, u32)> = ctx_access_matrix(p, CtxAccessKind::Load, -8..=80)
            .filter(|c| c.verdict.is_ok())
            .map(|c| (c.off, c.size))
            .collect();
        assert_eq!(got, expected, "profile {p}");
    }
    let count = |p| expected_accepted(p).len();
    assert_eq!(count(KernelProfile::V5_9), 99);
    assert_eq!(count(KernelProfile::V5_15), 99);
    assert_eq!(count(KernelProfile::V5_16), 106);
    assert_eq!(count(KernelProfile::V5_18), 106);
}

#[test]
fn spec_examples_of_refused_loads() {
    let p = KernelProfile::V6_18;
    for (off, size) in [
        (2, 4),
        (0, 4),
        (72, 4),
        (38, 4),
        (8, 8),
        (16, 8),
        (56, 8),
        (68, 4),
        (-4, 4),
        (1, 1),
        (0, 1),
        (0, 2),
    ] {
        let e = ctx_access(p, off, size, CtxAccessKind::Load).unwrap_err();
        assert_eq!(
            e.kernel_message(),
            format!("invalid bpf_context access off={off} size={size}")
        );
    }
    // Offset 64 is outside the 64-byte context before 5.16.
    assert!(ctx_access(KernelProfile::V5_15, 64, 4, CtxAccessKind::Load).is_err());
    assert!(ctx_access(KernelProfile::V5_16, 64, 4, CtxAccessKind::Load).is_ok());
    // 2 @38 reads the upper half of the old 4-byte remote_port, and padding since 5.18.
    assert!(ctx_access(KernelProfile::V5_16, 38, 2, CtxAccessKind::Load).is_ok());
    assert_eq!(
        ctx_access(KernelProfile::V5_16, 36, 2, CtxAccessKind::Load)
            .unwrap()
            .field
            .name,
        "remote_port"
    );
    assert_eq!(
        ctx_access(KernelProfile::V6_18, 38, 2, CtxAccessKind::Load)
            .unwrap()
            .field
            .name,
        "(padding)"
    );
    assert_eq!(KernelProfile::V5_15.ctx_size(), 64);
    assert_eq!(KernelProfile::V6_18.ctx_size(), 72);
}

#[test]
fn every_store_is_refused_with_the_ctx_access_message() {
    for p in KernelProfile::ALL {
        for cell in ctx_access_matrix(p, CtxAccessKind::Store, -4..=79) {
            let e = cell.verdict.unwrap_err();
            assert_eq!(e.code(), Code::CtxWrite);
            assert_eq!(
                e.kernel_message(),
                format!(
                    "invalid bpf_context access off={} size={}",
                    cell.off, cell.size
                )
            );
        }
    }
}

#[test]
fn st_message_changes_at_6_4() {
    let kind = CtxAccessKind::StoreImm { dst: Reg::R1 };
    let old = ctx_access(KernelProfile::V6_1, 8, 4, kind).unwrap_err();
    assert_eq!(
        old.kernel_message(),
        "BPF_ST stores into R1 ctx is not allowed"
    );
    assert_eq!(old.code(), Code::CtxWrite);
    let new = ctx_access(KernelProfile::V6_6, 8, 4, kind).unwrap_err();
    assert_eq!(
        new.kernel_message(),
        "invalid bpf_context access off=8 size=4"
    );
    let r6 = CtxAccessKind::StoreImm { dst: Reg::R6 };
    assert_eq!(
        ctx_access(KernelProfile::V5_9, 0, 8, r6)
            .unwrap_err()
            .kernel_message(),
        "BPF_ST stores into R6 ctx is not allowed"
    );
}

#[test]
fn atomics_are_refused_before_any_offset_check() {
    for p in KernelProfile::ALL {
        for (off, size) in [(8, 4), (0, 8), (-4, 4), (200, 8)] {
            let e = ctx_access(p, off, size, CtxAccessKind::Atomic { dst: Reg::R1 }).unwrap_err();
            assert_eq!(e.code(), Code::CtxAtomic);
            let word = if p.has(KernelProfile::V5_15.version()) {
                "BPF_ATOMIC"
            } else {
                "BPF_XADD"
            };
            assert_eq!(
                e.kernel_message(),
                format!("{word} stores into R1 ctx is not allowed")
            );
            assert_eq!(e.errno(), 13);
        }
    }
}

#[test]
fn memsx_follows_plain_loads_from_6_6() {
    for p in [KernelProfile::V6_6, KernelProfile::V6_18] {
        for size in [1u32, 2, 4] {
            for off in -4..=79 {
                let plain = ctx_access(p, off, size, CtxAccessKind::Load).is_ok();
                let sx = ctx_access(p, off, size, CtxAccessKind::LoadSx);
                assert_eq!(sx.is_ok(), plain && off != 0, "off={off} size={size}");
                if let Ok(l) = sx {
                    assert_eq!(
                        l.result,
                        CtxLoadType::Scalar {
                            bytes: size,
                            sign_extend: true
                        }
                    );
                }
            }
        }
        // No 8-byte MEMSX exists.
        assert_eq!(
            ctx_access(p, 0, 8, CtxAccessKind::LoadSx)
                .unwrap_err()
                .code(),
            Code::UnknownOpcode
        );
    }
    let e = ctx_access(KernelProfile::V6_1, 8, 4, CtxAccessKind::LoadSx).unwrap_err();
    assert_eq!(e.kernel_message(), "unknown opcode 81");
    assert_eq!(e.errno(), 22);
    assert_eq!(
        ctx_access(KernelProfile::V6_1, 8, 2, CtxAccessKind::LoadSx)
            .unwrap_err()
            .kernel_message(),
        "unknown opcode 89"
    );
    assert_eq!(
        ctx_access(KernelProfile::V6_1, 8, 1, CtxAccessKind::LoadSx)
            .unwrap_err()
            .kernel_message(),
        "unknown opcode 91"
    );
}

#[test]
fn instructions_map_to_accesses() {
    let p = KernelProfile::V6_18;
    let load = Insn::Load {
        size: Size::W,
        sign_extend: false,
        dst: Reg::R0,
        src: Reg::R1,
        off: 8,
    };
    assert!(ctx_access_of_insn(p, &load, Reg::R1).unwrap().is_ok());
    assert!(ctx_access_of_insn(p, &load, Reg::R2).is_none());
    let st = Insn::Store {
        size: Size::W,
        dst: Reg::R1,
        off: 8,
        src: Operand::Imm(1),
    };
    assert_eq!(
        ctx_access_of_insn(KernelProfile::V6_1, &st, Reg::R1)
            .unwrap()
            .unwrap_err()
            .kernel_message(),
        "BPF_ST stores into R1 ctx is not allowed"
    );
    let stx = Insn::Store {
        size: Size::W,
        dst: Reg::R1,
        off: 8,
        src: Operand::Reg(Reg::R2),
    };
    assert_eq!(
        ctx_access_of_insn(p, &stx, Reg::R1)
            .unwrap()
            .unwrap_err()
            .code(),
        Code::CtxWrite
    );
    let atomic = Insn::Atomic {
        op: AtomicOp::Add,
        fetch: false,
        size: Size::W,
        dst: Reg::R1,
        src: Reg::R2,
        off: 8,
    };
    assert_eq!(
        ctx_access_of_insn(p, &atomic, Reg::R1)
            .unwrap()
            .unwrap_err()
            .kernel_message(),
        "BPF_ATOMIC stores into R1 ctx is not allowed"
    );
    assert!(ctx_access_of_insn(p, &Insn::Exit, Reg::R1).is_none());
}

#[test]
fn program_type_trait_answers_for_sk_lookup() {
    let t = SkLookup::new(KernelProfile::V6_18, Privilege::Root);
    let dynt: &dyn ProgramType = &t;
    assert_eq!(dynt.context_size(), 72);
    assert_eq!(dynt.prog_type(), 30);
    assert!(dynt.check_ctx_access(0, 8, CtxAccessKind::Load).is_ok());
    assert_eq!(dynt.return_range(), RetRange { min: 0, max: 1 });
    assert!(!dynt.allows_ld_abs());
    assert_eq!(
        LD_ABS_MESSAGE,
        "BPF_LD_[ABS|IND] instructions not allowed for this program type"
    );
    assert_eq!(
        SkLookup::new(KernelProfile::V5_10, Privilege::NoPerfmon).context_size(),
        64
    );
}
