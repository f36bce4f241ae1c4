//! Soundness of the scalar domain against a brute-force model: every concrete value pair
//! contained in the inputs gives a concrete result contained in the output, a decided
//! branch is decided for every pair, and refinement keeps every pair that takes that side.
//!
//! Exhaustive over small abstract values (tnums with a few unknown bits placed where 64-bit
//! and 32-bit wrap-around and sign bits interact, plus range-narrowed variants), for the
//! newest, the 6.8 and the oldest (6.1) modelled domain; property tests beyond (`proptest`).

use isa::{AluOp, EndianKind, JmpCond, Size, Width};
use proptest::prelude::*;
use verifier::bounds::concrete_cond;
use verifier::{AluOutcome, BranchOutcome, Domain, Scalar, Tnum};

/// A tnum result and the concrete operation it abstracts.
type TnumCase = (Tnum, fn(u64, u64) -> u64);

/// The newest domain, 6.8's and the oldest (6.1's).
fn domains() -> [Domain; 3] {
    let v6_8 = Domain::for_version(skctx::KernelVersion::new(6, 8)).expect("6.8 is modelled");
    [Domain::NEWEST, v6_8, Domain::V6_1]
}
const WIDTHS: [Width; 2] = [Width::W64, Width::W32];
const CONDS: [JmpCond; 11] = [
    JmpCond::Eq,
    JmpCond::Ne,
    JmpCond::Set,
    JmpCond::Gt,
    JmpCond::Ge,
    JmpCond::Lt,
    JmpCond::Le,
    JmpCond::SGt,
    JmpCond::SGe,
    JmpCond::SLt,
    JmpCond::SLe,
];
const OPS: [AluOp; 18] = [
    AluOp::Add,
    AluOp::Sub,
    AluOp::Mul,
    AluOp::Div,
    AluOp::SDiv,
    AluOp::Or,
    AluOp::And,
    AluOp::Lsh,
    AluOp::Rsh,
    AluOp::Neg,
    AluOp::Mod,
    AluOp::SMod,
    AluOp::Xor,
    AluOp::Mov,
    AluOp::MovSx(Size::B),
    AluOp::MovSx(Size::H),
    AluOp::MovSx(Size::W),
    AluOp::Arsh,
];

/// The values of a tnum with few unknown bits.
fn members(t: Tnum) -> Vec<u64> {
    let bits: Vec<u32> = (0..64).filter(|b| t.mask >> b & 1 == 1).collect();
    assert!(bits.len() <= 8, "too many unknown bits to enumerate");
    (0..1u64 << bits.len())
        .map(|k| {
            bits.iter()
                .enumerate()
                .fold(t.value, |v, (i, b)| v | ((k >> i & 1) << b))
        })
        .collect()
}

fn scalar_members(s: &Scalar) -> Vec<u64> {
    members(s.var_off)
        .into_iter()
        .filter(|x| s.contains(*x))
        .collect()
}

/// Every tnum whose unknown/known bits lie at `positions` (3^n of them), on a base value.
fn tnums(positions: &[u32], base: u64) -> Vec<Tnum> {
    let n = positions.len() as u32;
    (0..3u32.pow(n))
        .map(|mut k| {
            let (mut v, mut m) = (base, 0u64);
            for p in positions {
                match k % 3 {
                    0 => v &= !(1 << p),
                    1 => v |= 1 << p,
                    _ => {
                        v &= !(1 << p);
                        m |= 1 << p;
                    }
                }
                k /= 3;
            }
            Tnum::new(v, m)
        })
        .collect()
}

/// Small abstract values: tnums around the 32- and 64-bit sign and carry boundaries, each
/// also narrowed by an unsigned and a signed comparison with one of its members.
fn scalars(d: &Domain) -> Vec<Scalar> {
    let mut ts = tnums(&[0, 1, 63], 0);
    ts.extend(tnums(&[0, 31, 32], 0));
    ts.extend(tnums(&[0, 1, 2], 0xffff_ffff_ffff_fff8));
    let mut out = Vec::new();
    for t in ts {
        let s = Scalar::from_tnum(t, d);
        out.push(s);
        let ms = members(t);
        if ms.len() > 2 {
            let pivot = Scalar::known(ms[ms.len() / 2]);
            for cond in [JmpCond::Le, JmpCond::SGe, JmpCond::Ne] {
                let (mut a, mut b) = (s, pivot);
                Scalar::refine(cond, Width::W64, true, &mut a, &mut b, d);
                if a.sanity_violation().is_none() && !scalar_members(&a).is_empty() {
                    out.push(a);
                }
            }
        }
    }
    out
}

fn sext(v: u64, bytes: u32) -> u64 {
    match bytes {
        1 => v as i8 as i64 as u64,
        2 => v as i16 as i64 as u64,
        _ => v as i32 as i64 as u64,
    }
}

/// What the BPF instruction computes (interpreter semantics: shift amounts masked, division
/// by zero gives 0, modulo by zero leaves the dividend, 32-bit results zero-extended).
fn concrete_alu(op: AluOp, width: Width, x: u64, y: u64) -> u64 {
    match width {
        Width::W64 => match op {
            AluOp::Add => x.wrapping_add(y),
            AluOp::Sub => x.wrapping_sub(y),
            AluOp::Mul => x.wrapping_mul(y),
            AluOp::Div => x.checked_div(y).unwrap_or(0),
            AluOp::SDiv if y == 0 => 0,
            AluOp::SDiv => (x as i64).wrapping_div(y as i64) as u64,
            AluOp::Mod => x.checked_rem(y).unwrap_or(x),
            AluOp::SMod if y == 0 => x,
            AluOp::SMod => (x as i64).wrapping_rem(y as i64) as u64,
            AluOp::Or => x | y,
            AluOp::And => x & y,
            AluOp::Xor => x ^ y,
            AluOp::Lsh => x << (y & 63),
            AluOp::Rsh => x >> (y & 63),
            AluOp::Arsh => ((x as i64) >> (y & 63)) as u64,
            AluOp::Neg => x.wrapping_neg(),
            AluOp::Mov => y,
            AluOp::MovSx(size) => sext(y, size.bytes()),
        },
        Width::W32 => {
            let (a, b) = (x as u32, y as u32);
            let r = match op {
                AluOp::Add => a.wrapping_add(b),
                AluOp::Sub => a.wrapping_sub(b),
                AluOp::Mul => a.wrapping_mul(b),
                AluOp::Div => a.checked_div(b).unwrap_or(0),
                AluOp::SDiv if b == 0 => 0,
                AluOp::SDiv => (a as i32).wrapping_div(b as i32) as u32,
                AluOp::Mod => a.checked_rem(b).unwrap_or(a),
                AluOp::SMod if b == 0 => a,
                AluOp::SMod => (a as i32).wrapping_rem(b as i32) as u32,
                AluOp::Or => a | b,
                AluOp::And => a & b,
                AluOp::Xor => a ^ b,
                AluOp::Lsh => a << (b & 31),
                AluOp::Rsh => a >> (b & 31),
                AluOp::Arsh => ((a as i32) >> (b & 31)) as u32,
                AluOp::Neg => a.wrapping_neg(),
                AluOp::Mov => b,
                AluOp::MovSx(size) => sext(b as u64, size.bytes()) as u32,
            };
            r as u64
        }
    }
}

fn concrete_endian(kind: EndianKind, bits: u16, x: u64) -> u64 {
    let swap = kind != EndianKind::Le;
    match (bits, swap) {
        (16, false) => x & 0xffff,
        (32, false) => x & 0xffff_ffff,
        (_, false) => x,
        (16, true) => (x as u16).swap_bytes() as u64,
        (32, true) => (x as u32).swap_bytes() as u64,
        (_, true) => x.swap_bytes(),
    }
}

/// The model's destination for concrete `x`: for a fork, the path `x` is on.
fn result_for(
    out: AluOutcome,
    op: AluOp,
    width: Width,
    src: &Scalar,
    x: u64,
    d: &Domain,
) -> Scalar {
    match out {
        AluOutcome::Value(v) => v,
        AluOutcome::Fork { first, pushed } => {
            if pushed.contains(x) {
                match pushed.alu(op, width, src, d) {
                    AluOutcome::Value(v) => v,
                    AluOutcome::Fork { .. } => panic!("a pushed fork forks again"),
                }
            } else {
                first
            }
        }
    }
}

fn check_alu(op: AluOp, width: Width, a: &Scalar, b: &Scalar, d: &Domain) {
    if matches!(op, AluOp::MovSx(Size::W)) && width == Width::W32 {
        return;
    }
    let out = a.alu(op, width, b, d);
    for x in scalar_members(a) {
        for y in scalar_members(b) {
            let r = result_for(out, op, width, b, x, d);
            let z = concrete_alu(op, width, x, y);
            assert!(
                r.contains(z),
                "{op:?} {width:?}: {x:#x} op {y:#x} = {z:#x} not in {r} ({r:?})\n a = {a:?}\n b = {b:?}"
            );
        }
    }
}

#[test]
fn alu_results_contain_every_concrete_result() {
    for d in &domains() {
        let all = scalars(d);
        // Sources: every value for the cheap ops; shifts and the rest over a sample.
        let srcs: Vec<Scalar> = all.iter().step_by(3).copied().collect();
        for a in &all {
            for b in &srcs {
                for op in OPS {
                    for w in WIDTHS {
                        check_alu(op, w, a, b, d);
                    }
                }
            }
        }
    }
}

#[test]
fn shifts_by_constants_contain_every_concrete_result() {
    for d in &domains() {
        for a in scalars(d) {
            for w in WIDTHS {
                let bits = if w == Width::W64 { 64 } else { 32 };
                for k in 0..bits {
                    for op in [AluOp::Lsh, AluOp::Rsh, AluOp::Arsh] {
                        check_alu(op, w, &a, &Scalar::known(k), d);
                    }
                }
            }
        }
    }
}

#[test]
fn narrowing_contains_every_concrete_result() {
    for d in &domains() {
        for a in scalars(d) {
            for size in [Size::B, Size::H, Size::W, Size::DW] {
                let bits = size.bytes() * 8;
                let (t, x) = (a.truncated(size, d), a.sign_extended(size, d));
                for v in scalar_members(&a) {
                    let keep = if bits == 64 { v } else { v & ((1 << bits) - 1) };
                    let sext = if bits == 64 { v } else { sext(v, size.bytes()) };
                    assert!(
                        t.contains(keep),
                        "{size:?} zero-extension of {v:#x} not in {t}"
                    );
                    assert!(
                        x.contains(sext),
                        "{size:?} sign extension of {v:#x} not in {x}"
                    );
                }
            }
        }
    }
}

#[test]
fn byte_swaps_contain_every_concrete_result() {
    for d in &domains() {
        for a in scalars(d) {
            for kind in [EndianKind::Le, EndianKind::Be, EndianKind::Swap] {
                for bits in [16, 32, 64] {
                    let r = a.endian(kind, bits, d);
                    for x in scalar_members(&a) {
                        let z = concrete_endian(kind, bits, x);
                        assert!(
                            r.contains(z),
                            "{kind:?}{bits} of {x:#x} = {z:#x} not in {r}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn branch_decisions_and_refinements_keep_every_concrete_pair() {
    for d in &domains() {
        let all = scalars(d);
        let srcs: Vec<Scalar> = all.iter().step_by(2).copied().collect();
        for a in &all {
            for b in &srcs {
                for cond in CONDS {
                    for w in WIDTHS {
                        check_branch(cond, w, a, b, d);
                    }
                }
            }
            for cond in CONDS {
                for w in WIDTHS {
                    check_same_register(cond, w, a, d);
                }
            }
        }
    }
}

fn check_branch(cond: JmpCond, w: Width, a: &Scalar, b: &Scalar, d: &Domain) {
    let outcome = a.branch(cond, w, b, d);
    let sides: Vec<(Scalar, Scalar, bool)> = [true, false]
        .into_iter()
        .map(|taken| {
            let (mut ra, mut rb) = (*a, *b);
            Scalar::refine(cond, w, taken, &mut ra, &mut rb, d);
            (ra, rb, taken)
        })
        .collect();
    for x in scalar_members(a) {
        for y in scalar_members(b) {
            let holds = concrete_cond(cond, w, x, y);
            match outcome {
                BranchOutcome::Taken => {
                    assert!(holds, "{cond:?} {w:?} said taken for {x:#x}, {y:#x}")
                }
                BranchOutcome::NotTaken => {
                    assert!(!holds, "{cond:?} {w:?} said not taken for {x:#x}, {y:#x}")
                }
                BranchOutcome::Unknown => {}
            }
            for (ra, rb, taken) in &sides {
                if holds == *taken {
                    assert!(
                        ra.contains(x) && rb.contains(y),
                        "{cond:?} {w:?} taken={taken}: ({x:#x}, {y:#x}) lost\n a = {a}\n b = {b}\n -> {ra}\n -> {rb}"
                    );
                }
            }
        }
    }
}

fn check_same_register(cond: JmpCond, w: Width, a: &Scalar, d: &Domain) {
    for taken in [true, false] {
        let mut r = *a;
        Scalar::refine_same(cond, w, taken, &mut r, d);
        for x in scalar_members(a) {
            if concrete_cond(cond, w, x, x) == taken {
                assert!(
                    r.contains(x),
                    "{cond:?} {w:?} r with itself, taken={taken}: {x:#x} lost"
                );
            }
        }
    }
}

#[test]
fn tnum_operations_contain_every_concrete_result() {
    let mut ts = tnums(&[0, 1, 2, 3], 0);
    ts.extend(tnums(&[0, 1, 62, 63], 0));
    for &a in &ts {
        let ma = members(a);
        for &b in &ts {
            let mb = members(b);
            let ops: [TnumCase; 7] = [
                (a.add(b), u64::wrapping_add),
                (a.sub(b), u64::wrapping_sub),
                (
                    a.mul(b, verifier::tnum::MulAlgorithm::Union),
                    u64::wrapping_mul,
                ),
                (
                    a.mul(b, verifier::tnum::MulAlgorithm::ValueMaskSplit),
                    u64::wrapping_mul,
                ),
                (a.and(b), |x, y| x & y),
                (a.or(b), |x, y| x | y),
                (a.xor(b), |x, y| x ^ y),
            ];
            for x in &ma {
                for y in &mb {
                    for (t, f) in &ops {
                        assert!(
                            t.contains_value(f(*x, *y)),
                            "{a} {b}: {x:#x}, {y:#x} not in {t}"
                        );
                    }
                }
                if b.contains_value(*x) {
                    assert!(a.intersect(b).contains_value(*x));
                }
            }
        }
        for x in &ma {
            assert!(a.neg().contains_value(x.wrapping_neg()));
            for s in [0, 1, 5, 31, 63] {
                assert!(a.lshift(s).contains_value(x << s));
                assert!(a.rshift(s).contains_value(x >> s));
                assert!(a.arshift(s, 64).contains_value(((*x as i64) >> s) as u64));
                let s32 = s.min(31);
                assert!(a
                    .arshift(s32, 32)
                    .contains_value(((*x as u32 as i32) >> s32) as u32 as u64));
            }
            for size in [1, 2, 4, 8] {
                let keep = if size == 8 {
                    u64::MAX
                } else {
                    (1 << (size * 8)) - 1
                };
                assert!(a.cast(size).contains_value(x & keep));
            }
            assert!(a.bswap16().contains_value((*x as u16).swap_bytes() as u64));
            assert!(a.bswap32().contains_value((*x as u32).swap_bytes() as u64));
            assert!(a.bswap64().contains_value(x.swap_bytes()));
            assert!(Tnum::range(ma[0], *x).contains_value(*x));
        }
    }
}

#[test]
fn tnum_step_is_the_next_member() {
    for t in tnums(&[0, 2, 3, 5, 7], 0b0100_0010) {
        let ms = members(t);
        let (lo, hi) = (
            ms.iter().min().copied().unwrap(),
            ms.iter().max().copied().unwrap(),
        );
        for z in 0..=0xffu64 {
            let expect = if z >= hi {
                hi
            } else if z < lo {
                lo
            } else {
                *ms.iter().filter(|m| **m > z).min().unwrap()
            };
            assert_eq!(t.step(z), expect, "step({t}, {z})");
        }
    }
}

fn arb_scalar() -> impl Strategy<Value = (Scalar, u64)> {
    // A concrete value, a tnum containing it, and bounds containing it.
    (any::<u64>(), any::<u64>(), any::<u64>(), any::<u64>()).prop_map(|(x, mask, lo, hi)| {
        let mask = mask & hi.rotate_left(7);
        let t = Tnum::new(x, mask);
        let mut s = Scalar::from_tnum(t, &Domain::NEWEST);
        s.umin = s.umin.max(x.saturating_sub(lo % 1000));
        s.umax = s.umax.min(x.saturating_add(hi % 1000));
        s.sync(&Domain::NEWEST);
        (s, x)
    })
}

proptest! {
    #[test]
    fn alu_is_sound_on_64_and_32_bit_values(
        (a, x) in arb_scalar(),
        (b, y) in arb_scalar(),
        op in prop::sample::select(OPS.to_vec()),
        w in prop::sample::select(WIDTHS.to_vec()),
    ) {
        prop_assume!(a.contains(x) && b.contains(y));
        prop_assume!(!(matches!(op, AluOp::MovSx(Size::W)) && w == Width::W32));
        for d in &domains() {
            let out = a.alu(op, w, &b, d);
            let r = result_for(out, op, w, &b, x, d);
            let z = concrete_alu(op, w, x, y);
            prop_assert!(r.contains(z), "{:?} {:?}: {:#x}, {:#x} = {:#x} not in {}", op, w, x, y, z, r);
        }
    }

    #[test]
    fn branches_are_sound_on_64_and_32_bit_values(
        (a, x) in arb_scalar(),
        (b, y) in arb_scalar(),
        cond in prop::sample::select(CONDS.to_vec()),
        w in prop::sample::select(WIDTHS.to_vec()),
    ) {
        prop_assume!(a.contains(x) && b.contains(y));
        for d in &domains() {
            let holds = concrete_cond(cond, w, x, y);
            let outcome = a.branch(cond, w, &b, d);
            let wrong = if holds { BranchOutcome::NotTaken } else { BranchOutcome::Taken };
            prop_assert_ne!(outcome, wrong);
            let (mut ra, mut rb) = (a, b);
            Scalar::refine(cond, w, holds, &mut ra, &mut rb, d);
            prop_assert!(ra.contains(x) && rb.contains(y), "{:?} {:?} {:#x} {:#x}: {} {}", cond, w, x, y, ra, rb);
        }
    }
}

/// Any register state, consistent or not (the walk may be handed anything).
fn any_scalar() -> impl Strategy<Value = Scalar> {
    (
        any::<(u64, u64)>(),
        any::<(i64, i64, u64, u64)>(),
        any::<(i32, i32, u32, u32)>(),
    )
        .prop_map(
            |((v, m), (smin, smax, umin, umax), (s32_min, s32_max, u32_min, u32_max))| Scalar {
                var_off: Tnum::new(v, m),
                smin,
                smax,
                umin,
                umax,
                s32_min,
                s32_max,
                u32_min,
                u32_max,
            },
        )
}

proptest! {
    #[test]
    fn no_operation_panics_on_any_state(
        a in any_scalar(),
        b in any_scalar(),
        op in prop::sample::select(OPS.to_vec()),
        cond in prop::sample::select(CONDS.to_vec()),
        w in prop::sample::select(WIDTHS.to_vec()),
        small in 0u64..70,
    ) {
        for d in &domains() {
            let _ = a.alu(op, w, &b, d);
            let _ = a.alu(op, w, &Scalar { umax: small, umin: small, ..b }, d);
            let _ = a.alu(op, w, &Scalar::known(small), d);
            let _ = a.branch(cond, w, &b, d);
            let (mut x, mut y) = (a, b);
            let _ = Scalar::refine(cond, w, true, &mut x, &mut y, d);
            let _ = Scalar::refine_same(cond, w, false, &mut x, d);
            for kind in [EndianKind::Le, EndianKind::Be, EndianKind::Swap] {
                let _ = a.endian(kind, 16, d);
                let _ = a.endian(kind, 64, d);
            }
            let _ = a.sign_extended(Size::B, d).truncated(Size::W, d);
            let mut s = a;
            s.sync(d);
            let _ = s.to_string();
            let _ = a.var_off.step(b.umin);
        }
    }
}
