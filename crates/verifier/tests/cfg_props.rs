//! The structural pass without a kernel: no panic on arbitrary slots for any profile, the
//! shape of its output, the marks `visit_insn` leaves, and the release-dependent answers
//! (which the live-kernel test cannot reach on one host).

mod common;
use common::Rng;

use isa::{Insn, Pc, RawInsn};
use skctx::{Code, KernelProfile};
use verifier::cfg::{self, CfgError, Marks, Slot};
use verifier::Refusal;

fn slot(v: u64, len: usize) -> RawInsn {
    let mut r = RawInsn::from_bytes(v.to_le_bytes());
    // Half the slots get a small offset or imm, so that jumps and calls land inside.
    if v >> 63 == 1 {
        r.off = (v >> 40) as i16 % (len as i16 + 2);
        r.imm = (v >> 20) as i32 % (len as i32 + 2);
    }
    // Most slots get an opcode that exists, so that programs also pass.
    if v >> 61 & 3 != 0 {
        const CODES: [u8; 10] = [0xb7, 0x15, 0x05, 0x95, 0x95, 0x85, 0x18, 0x61, 0x07, 0x00];
        r.code = CODES[(v >> 56) as usize % CODES.len()];
        if r.code == 0x61 || r.code == 0x00 {
            r.imm = 0;
        }
    }
    r
}

#[test]
fn no_panic_on_arbitrary_slots() {
    let mut rng = Rng::new(0xdead_beef_cafe_f00d);
    let mut profiles = KernelProfile::ALL.to_vec();
    profiles.push(KernelProfile::from_release("6.6.0").unwrap());
    let mut outcomes = [0usize; 3];
    for n in 0..40_000 {
        let len = 1 + (rng.next() % 40) as usize;
        let p: Vec<RawInsn> = (0..len).map(|_| slot(rng.next(), len)).collect();
        let profile = profiles[n % profiles.len()];
        match cfg::check(&p, profile) {
            Ok(c) => {
                outcomes[0] += 1;
                check_shape(&c, &p);
            }
            Err(CfgError::Refused(r)) => {
                outcomes[1] += 1;
                assert!(r.pc.is_none_or(|pc| pc.0 < len), "{r:?}");
                assert!(!r.kernel_message.is_empty());
            }
            Err(CfgError::Unsupported(_)) => outcomes[2] += 1,
        }
    }
    assert!(outcomes[0] > 200 && outcomes[1] > 10_000, "{outcomes:?}");
}

/// Subprograms tile the program from slot 0; every slot has a decoding and marks.
fn check_shape(c: &cfg::Cfg, p: &[RawInsn]) {
    assert_eq!(c.raw(), p);
    let subs = c.subprogs();
    assert_eq!(subs[0].start, Pc(0));
    assert_eq!(subs.last().unwrap().end, Pc(p.len()));
    assert!(subs
        .windows(2)
        .all(|w| w[0].end == w[1].start && w[0].start < w[0].end));
    for i in 0..p.len() {
        assert!(c.insn(Pc(i)).is_some());
        assert!(c.subprog_of(Pc(i)).is_some());
    }
    assert!(c.insn(Pc(p.len())).is_none());
}

fn mov(v: i32) -> RawInsn {
    RawInsn::new(0xb7, 0, 0, 0, v)
}
const EXIT: RawInsn = RawInsn::new(0x95, 0, 0, 0, 0);

fn marks(prune: bool, jmp: bool, force: bool, callback: bool) -> Marks {
    Marks {
        prune_point: prune,
        jmp_point: jmp,
        force_checkpoint: force,
        calls_callback: callback,
    }
}

#[test]
fn marks_follow_visit_insn() {
    let p = [
        RawInsn::new(0x15, 1, 0, 2, 0),   // 0: if r1 == 0 goto 3
        RawInsn::new(0x85, 0, 1, 0, 4),   // 1: call 6
        RawInsn::new(0x05, 0, 0, 0, 0),   // 2: goto +0
        RawInsn::new(0xe5, 0, 0, 0, 0),   // 3: may_goto +0
        RawInsn::new(0x85, 0, 0, 0, 181), // 4: call bpf_loop
        EXIT,                             // 5
        mov(0),                           // 6: the callee
        EXIT,
    ];
    let c = cfg::check(&p, KernelProfile::LATEST).expect("passes");
    let got: Vec<Marks> = (0..p.len()).map(|i| c.marks(Pc(i))).collect();
    let want = [
        marks(true, false, false, false), // conditional jump
        marks(true, false, false, false), // call with a callee
        marks(true, true, false, false),  // after the call
        marks(true, true, true, false),   // jump target, ja target, may_goto
        marks(true, true, true, true),    // after may_goto, sync callback call
        marks(true, true, false, false),  // after a call
        marks(true, true, false, false),  // callee entry
        marks(false, false, false, false),
    ];
    assert_eq!(got, want);
    let starts: Vec<(Pc, Pc)> = c.subprogs().iter().map(|s| (s.start, s.end)).collect();
    assert_eq!(starts, [(Pc(0), Pc(6)), (Pc(6), Pc(8))]);
    assert!(matches!(c.insn(Pc(4)), Some(Slot::Insn(Insn::Call(_)))));
}

#[test]
fn ld_imm64_slots_and_callbacks() {
    // r1 = callee ll; exit; callee: r0 = 0; exit
    let p = [
        RawInsn::new(0x18, 1, 4, 0, 3),
        RawInsn::new(0, 0, 0, 0, 0),
        mov(0),
        EXIT,
        mov(0),
        EXIT,
    ];
    let c = cfg::check(&p, KernelProfile::LATEST).expect("passes");
    assert_eq!(c.insn(Pc(1)), Some(&Slot::LdImm64Tail));
    assert_eq!(c.subprogs().len(), 2);
    assert_eq!(c.subprogs()[1].start, Pc(4));
    assert!(c.marks(Pc(0)).prune_point && c.marks(Pc(2)).prune_point);
    assert!(c.marks(Pc(4)).jmp_point);
    // Before 5.13 there is no BPF_PSEUDO_FUNC.
    let old = cfg::check(&p, KernelProfile::V5_10).unwrap_err();
    assert_eq!(old.kernel_message(), Some("unrecognized bpf_ld_imm64 insn"));
}

fn refusal(p: &[RawInsn], profile: KernelProfile) -> Option<(Code, String)> {
    match cfg::check(p, profile) {
        Err(CfgError::Refused(r)) => Some((r.code, r.kernel_message)),
        _ => None,
    }
}

#[test]
fn jumps_into_ld_imm64_by_release() {
    let p = [
        RawInsn::new(0x15, 1, 0, 1, 0),
        RawInsn::new(0x18, 1, 0, 0, 5),
        RawInsn::new(0, 0, 0, 0, 0),
        EXIT,
    ];
    assert_eq!(
        refusal(&p, KernelProfile::V6_18),
        Some((
            Code::JumpIntoLdImm64,
            "jump into the middle of ldimm64 insn 1".into()
        ))
    );
    // 6.6.0 predates 3feb263bb516: the second slot is a node of check_cfg's graph and the
    // walk refuses the jump.
    assert!(cfg::check(&p, KernelProfile::V6_6).is_ok());
}

#[test]
fn instruction_checks_by_release() {
    let gotol = [RawInsn::new(0x06, 0, 0, 0, 0), EXIT];
    assert!(cfg::check(&gotol, KernelProfile::V6_6).is_ok());
    assert_eq!(
        refusal(&gotol, KernelProfile::V6_1),
        Some((Code::UnknownOpcode, "unknown opcode 06".into()))
    );
    let memsx = [RawInsn::new(0x91, 0, 1, 0, 0), EXIT];
    assert!(cfg::check(&memsx, KernelProfile::V6_6).is_ok());
    assert_eq!(
        refusal(&memsx, KernelProfile::V6_1),
        Some((Code::ReservedFields, "BPF_LDX uses reserved fields".into()))
    );
    let may_goto = [RawInsn::new(0xe5, 0, 0, 0, 0), EXIT];
    assert!(cfg::check(&may_goto, KernelProfile::V6_12).is_ok());
    assert_eq!(
        refusal(&may_goto, KernelProfile::V6_8).map(|r| r.1),
        Some("unknown opcode e5".into())
    );
    let stx_imm = [RawInsn::new(0x7b, 10, 1, -8, 1), mov(0), EXIT];
    assert!(cfg::check(&stx_imm, KernelProfile::V5_15).is_ok());
    assert_eq!(
        refusal(&stx_imm, KernelProfile::V5_10).map(|r| r.1),
        Some("BPF_STX uses reserved fields".into())
    );
}

#[test]
fn resolve_order_by_release() {
    // An unknown opcode and a call outside the program: since 5.13 subprograms come first,
    // and on 5.10.y (a backport: 5.10.262's `bpf_check`).
    let p = [
        RawInsn::new(0xff, 0, 0, 0, 0),
        RawInsn::new(0x85, 0, 1, 0, 9),
        EXIT,
    ];
    for first in [KernelProfile::V6_18, KernelProfile::V5_10] {
        assert_eq!(
            refusal(&p, first).map(|r| r.1),
            Some("call to invalid destination".into())
        );
    }
    let v5_12 = KernelProfile::upstream(skctx::KernelVersion::new(5, 12)).unwrap();
    assert_eq!(
        refusal(&p, v5_12).map(|r| r.1),
        Some("unknown opcode ff".into())
    );
}

#[test]
fn structural_refusals_carry_their_code() {
    let p = [RawInsn::new(0x85, 0, 1, 0, 9), EXIT];
    let e = cfg::check(&p, KernelProfile::LATEST).unwrap_err();
    match Refusal::from(e) {
        Refusal::Rejected(r) => {
            assert_eq!((r.pc, r.code), (Some(Pc(0)), Code::CallOutOfRange));
            assert_eq!(r.kernel_message, "call to invalid destination");
        }
        other => panic!("{other:?}"),
    }
    let p = [mov(0), EXIT, mov(1), EXIT];
    match Refusal::from(cfg::check(&p, KernelProfile::LATEST).unwrap_err()) {
        Refusal::Rejected(r) => {
            assert_eq!((r.pc, r.code), (Some(Pc(2)), Code::UnreachableInsn));
            assert_eq!(r.kernel_message, "unreachable insn 2");
            assert_eq!(r.errno, 22);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn loops_pass_the_structural_pass() {
    // r0 = 0; loop: r0 += 1; if r0 < 10 goto loop; exit
    let p = [
        mov(0),
        RawInsn::new(0x07, 0, 0, 0, 1),
        RawInsn::new(0xa5, 0, 0, -2, 10),
        EXIT,
    ];
    let c = cfg::check(&p, KernelProfile::V5_9).expect("CAP_BPF loaders may loop");
    assert!(c.marks(Pc(1)).prune_point && c.marks(Pc(2)).prune_point);
}
