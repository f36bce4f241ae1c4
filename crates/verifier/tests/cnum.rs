//! The circular intervals of 7.2 (`verifier::cnum`) against two oracles.
//!
//! - A brute-force model: every arc of a 4-bit width (and 6-bit for the unary queries) is
//!   the set of values it names, and each operation's answer is checked against the set it
//!   should cover. Soundness everywhere (every concrete result is in the answer), and
//!   exactness where the kernel's comments promise it (one-arc intersections, sums whose
//!   sizes fit, negation, the bounds queries, subset).
//! - The kernel's own functions: `tests/cnum/kernel_vectors.txt` holds the answers of
//!   `kernel/bpf/cnum.c` compiled from the kernel's sources (`tests/cnum/harness.c`, whose
//!   header says how) for 32- and 64-bit arcs picked at the edges and at random; each line
//!   must be our answer too, bit for bit.
//!
//! 64-bit soundness beyond the vectors: property tests drawing values inside the arcs.

use proptest::prelude::*;
use verifier::cnum::{Cnum, Cnum32, Cnum64};

const W: u32 = 4;
type Small = Cnum<W>;
const N: u64 = 1 << W;

/// Every arc of the width, the empty one included.
fn all<const B: u32>() -> impl Iterator<Item = Cnum<B>> {
    let n = 1u64 << B;
    (0..n).flat_map(move |base| (0..n).map(move |size| Cnum { base, size }))
}

/// The values an arc names, as a bit set (bit v set when v is in it).
fn set<const B: u32>(c: Cnum<B>) -> u64 {
    let n = 1u64 << B;
    if c.base == n - 1 && c.size == n - 1 {
        return 0;
    }
    (0..=c.size).fold(0, |s, i| s | 1 << ((c.base + i) % n))
}

fn members(s: u64) -> impl Iterator<Item = u64> {
    (0..64).filter(move |v| s & (1 << v) != 0)
}

/// Whether a non-empty bit set of the width is one arc of the circle.
fn is_arc(s: u64, n: u64) -> bool {
    let full = if n == 64 { u64::MAX } else { (1 << n) - 1 };
    if s == full {
        return true;
    }
    // Starts: members whose predecessor is not a member; an arc has exactly one.
    members(s)
        .filter(|v| s & (1 << ((v + n - 1) % n)) == 0)
        .count()
        == 1
}

fn signed(v: u64, bits: u32) -> i64 {
    ((v << (64 - bits)) as i64) >> (64 - bits)
}

#[test]
fn empty_and_full_arcs() {
    for c in all::<W>() {
        assert_eq!(set(c) == 0, c.is_empty(), "{c:?}");
        for v in 0..N {
            assert_eq!(c.contains(v), set(c) & (1 << v) != 0, "{c:?} {v}");
        }
    }
    assert_eq!(set(Small::UNBOUNDED), (1 << N) - 1);
}

#[test]
fn bounds_queries_are_the_sets_extremes() {
    for c in all::<6>().filter(|c| !c.is_empty()) {
        let s = set(c);
        let umin = members(s).min().unwrap();
        let umax = members(s).max().unwrap();
        let smin = members(s).map(|v| signed(v, 6)).min().unwrap();
        let smax = members(s).map(|v| signed(v, 6)).max().unwrap();
        assert_eq!((c.umin(), c.umax()), (umin, umax), "{c:?}");
        assert_eq!((c.smin(), c.smax()), (smin, smax), "{c:?}");
    }
}

#[test]
fn ranges_make_the_arcs_they_name() {
    for min in 0..N {
        for max in min..N {
            let want = (min..=max).fold(0, |s, v| s | 1 << v);
            assert_eq!(set(Small::from_urange(min, max)), want);
        }
    }
    for min in -8i64..8 {
        for max in min..8 {
            let want = (min..=max).fold(0, |s, v| s | 1 << (v as u64 % N));
            assert_eq!(set(Small::from_srange(min, max)), want, "{min} {max}");
        }
    }
}

#[test]
fn intersection_is_sound_and_exact_on_one_arc() {
    for a in all::<W>() {
        for b in all::<W>() {
            let got = set(a.intersect(b));
            let truth = set(a) & set(b);
            assert_eq!(got & truth, truth, "unsound: {a:?} {b:?}");
            if truth == 0 || is_arc(truth, N) {
                assert_eq!(got, truth, "inexact: {a:?} {b:?}");
            } else {
                let (lo, hi) = if a.base <= b.base { (a, b) } else { (b, a) };
                let smaller = if lo.size <= hi.size { lo } else { hi };
                assert_eq!(got, set(smaller), "two arcs: {a:?} {b:?}");
            }
        }
    }
}

#[test]
fn sum_is_sound_and_exact_when_the_sizes_fit() {
    for a in all::<W>() {
        for b in all::<W>() {
            let got = set(a.add(b));
            let truth = members(set(a))
                .flat_map(|x| members(set(b)).map(move |y| (x + y) % N))
                .fold(0, |s, v| s | 1 << v);
            assert_eq!(got & truth, truth, "unsound: {a:?} {b:?}");
            if a.is_empty() || b.is_empty() || a.size + b.size < N {
                assert_eq!(got, truth, "inexact: {a:?} {b:?}");
            }
        }
    }
}

#[test]
fn negation_is_exact() {
    for a in all::<6>() {
        let truth = members(set(a)).fold(0, |s, v| s | 1 << ((64 - v) % 64));
        assert_eq!(set(a.negate()), truth, "{a:?}");
    }
}

#[test]
fn superset_is_the_sets_relation() {
    for a in all::<W>() {
        for b in all::<W>() {
            let truth = set(b) & !set(a) == 0;
            assert_eq!(a.is_superset_of(b), truth, "{a:?} {b:?}");
        }
    }
}

#[test]
fn low_bits_are_sound_and_exact_when_short() {
    for a in all::<W>() {
        let got = set(a.low::<2>());
        let truth = members(set(a)).fold(0, |s, v| s | 1 << (v % 4));
        assert_eq!(got & truth, truth, "{a:?}");
        if a.size < 4 {
            assert_eq!(got, truth, "{a:?}");
        }
    }
}

#[test]
fn trimming_by_low_bits_keeps_every_match_and_stays_inside() {
    for a in all::<W>() {
        for low in all::<2>() {
            let got = set(a.intersect_low(low));
            let truth = members(set(a))
                .filter(|v| set(low) & (1 << (v % 4)) != 0)
                .fold(0, |s, v| s | 1 << v);
            assert_eq!(got & truth, truth, "unsound: {a:?} {low:?}");
            assert_eq!(got & !set(a), 0, "grew: {a:?} {low:?}");
        }
    }
}

/// The arc trimming should give: from the first value of `a` whose low `L` bits are in
/// `low` to the last, walking `a` from its base; empty when no value matches.
fn trimmed_hull<const A: u32, const L: u32>(a: Cnum<A>, low: Cnum<L>) -> Cnum<A> {
    let steps: Vec<u64> = (0..=a.size)
        .filter(|i| low.contains((a.base + i) % (1 << L)))
        .collect();
    match (steps.first(), steps.last()) {
        (Some(&first), Some(&last)) if !a.is_empty() => Cnum {
            base: (a.base + first) % (1 << A),
            size: last - first,
        },
        _ => Cnum::EMPTY,
    }
}

/// Trimming is the tightest arc: it starts and ends on matching values, and is empty when
/// nothing matches.
fn check_trimming<const A: u32, const L: u32>() {
    for a in all::<A>() {
        for low in all::<L>() {
            assert_eq!(a.intersect_low(low), trimmed_hull(a, low), "{a:?} {low:?}");
        }
    }
}

#[test]
fn trimming_by_low_bits_is_the_hull_of_the_matches() {
    check_trimming::<4, 2>();
    check_trimming::<6, 3>();
    check_trimming::<5, 2>();
}

/// The arc of known bits is the hull of its members: unsigned when the sign bit is known,
/// signed when it is not (then the arc crosses 0).
#[test]
fn known_bits_arcs_are_the_hull_of_their_members() {
    for mask in 0..64u64 {
        for value in (0..64u64).filter(|v| v & mask == 0) {
            let members: Vec<u64> = (0..64u64).filter(|x| x & !mask == value).collect();
            let key = |x: &u64| {
                if mask & 32 == 0 {
                    *x as i64
                } else {
                    signed(*x, 6)
                }
            };
            let lo = *members.iter().min_by_key(|x| key(x)).unwrap();
            let hi = *members.iter().max_by_key(|x| key(x)).unwrap();
            let hull = set(Cnum::<6> {
                base: lo,
                size: (hi + 64 - lo) % 64,
            });
            let got = Cnum::<6>::from_known_bits(value, mask);
            assert_eq!(set(got), hull, "{value:#x} {mask:#x}");
        }
    }
}

/// One line of `kernel_vectors.txt`: `op width args... = results...`, hex.
fn check_vector(line: &str) -> Result<(), String> {
    let (lhs, rhs) = line.split_once(" = ").ok_or("no ' = '")?;
    let mut words = lhs.split_whitespace();
    let op = words.next().ok_or("no op")?;
    let width = words.next().ok_or("no width")?;
    let args: Vec<u64> = words
        .map(|w| u64::from_str_radix(w, 16))
        .collect::<Result<_, _>>()
        .map_err(|e| e.to_string())?;
    let want: Vec<u64> = rhs
        .split_whitespace()
        .map(|w| u64::from_str_radix(w, 16))
        .collect::<Result<_, _>>()
        .map_err(|e| e.to_string())?;
    let got = match width {
        "32" => answer::<32>(op, &args)?,
        "64" => answer::<64>(op, &args)?,
        "64/32" => answer_cross(op, &args)?,
        _ => return Err(format!("width {width}")),
    };
    if got == want {
        Ok(())
    } else {
        Err(format!("ours {got:x?}"))
    }
}

fn arc<const B: u32>(args: &[u64], at: usize) -> Cnum<B> {
    Cnum {
        base: args[at],
        size: args[at + 1],
    }
}

fn pair<const B: u32>(c: Cnum<B>) -> Vec<u64> {
    vec![c.base, c.size]
}

fn answer<const B: u32>(op: &str, args: &[u64]) -> Result<Vec<u64>, String> {
    let mask = Cnum::<B>::MAX;
    Ok(match op {
        "from_urange" => pair(Cnum::<B>::from_urange(args[0], args[1])),
        "from_srange" => pair(Cnum::<B>::from_srange(
            signed(args[0], B),
            signed(args[1], B),
        )),
        "bounds" => {
            let c = arc::<B>(args, 0);
            vec![
                c.umin(),
                c.umax(),
                c.smin() as u64 & mask,
                c.smax() as u64 & mask,
            ]
        }
        "contains" => vec![arc::<B>(args, 0).contains(args[2]) as u64],
        "intersect" => pair(arc::<B>(args, 0).intersect(arc(args, 2))),
        "add" => pair(arc::<B>(args, 0).add(arc(args, 2))),
        "negate" => pair(arc::<B>(args, 0).negate()),
        "is_subset" => vec![arc::<B>(args, 0).is_superset_of(arc(args, 2)) as u64],
        _ => return Err(format!("op {op}")),
    })
}

fn answer_cross(op: &str, args: &[u64]) -> Result<Vec<u64>, String> {
    Ok(match op {
        "from_cnum64" => pair(arc::<64>(args, 0).low::<32>()),
        "cnum32_intersect" => pair(arc::<64>(args, 0).intersect_low(arc::<32>(args, 2))),
        _ => return Err(format!("op {op}")),
    })
}

#[test]
fn every_kernel_vector_is_our_answer() {
    let text = include_str!("cnum/kernel_vectors.txt");
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .collect();
    assert!(lines.len() > 1000, "{} vectors", lines.len());
    let wrong: Vec<String> = lines
        .iter()
        .filter_map(|l| check_vector(l).err().map(|e| format!("{l}: {e}")))
        .collect();
    assert!(
        wrong.is_empty(),
        "{} of {} differ:\n{}",
        wrong.len(),
        lines.len(),
        wrong[..wrong.len().min(20)].join("\n")
    );
}

fn arc64() -> impl Strategy<Value = Cnum64> {
    let edge = prop_oneof![
        Just(0u64),
        Just(u64::MAX),
        Just(i64::MAX as u64),
        Just(i64::MIN as u64),
        Just(u32::MAX as u64),
        0u64..64,
        any::<u64>(),
    ];
    (edge.clone(), prop_oneof![0u64..64, any::<u64>(), edge])
        .prop_map(|(base, size)| Cnum { base, size })
}

/// A value inside a non-empty arc, `pick` steps from its base.
fn inside(c: Cnum64, pick: u64) -> u64 {
    let step = if c.size == u64::MAX {
        pick
    } else {
        pick % (c.size + 1)
    };
    c.base.wrapping_add(step)
}

proptest! {
    #[test]
    fn sums_negations_and_intersections_of_64_bit_arcs_are_sound(
        a in arc64(), b in arc64(), i in any::<u64>(), j in any::<u64>(),
    ) {
        prop_assume!(!a.is_empty() && !b.is_empty());
        let (x, y) = (inside(a, i), inside(b, j));
        prop_assert!(a.add(b).contains(x.wrapping_add(y)));
        prop_assert!(a.negate().contains(x.wrapping_neg()));
        if b.contains(x) {
            prop_assert!(a.intersect(b).contains(x));
        }
        let low = Cnum32 { base: b.base & 0xffff_ffff, size: b.size & 0xffff_ffff };
        prop_assert!(a.low::<32>().contains(x & 0xffff_ffff));
        if low.contains(x & 0xffff_ffff) {
            prop_assert!(a.intersect_low(low).contains(x));
        }
        prop_assert!(a.umin() <= x && x <= a.umax());
        prop_assert!(a.smin() <= x as i64 && x as i64 <= a.smax());
    }
}

/// An arc of the width holding `x`: `before` values before it and `after` after it; the
/// full circle starts at 0 (from `MAX` it would be the empty arc's encoding).
fn around<const B: u32>(x: u64, before: u64, after: u64) -> Cnum<B> {
    let max = Cnum::<B>::MAX;
    let before = before & max;
    let after = after.min(max - before);
    if before + after == max {
        return Cnum::UNBOUNDED;
    }
    Cnum {
        base: x.wrapping_sub(before) & max,
        size: before + after,
    }
}

fn span() -> impl Strategy<Value = u64> {
    prop_oneof![0u64..300, any::<u64>(), Just(u64::MAX)]
}

proptest! {
    /// `reg_bounds_sync` of 7.2 keeps every value the three parts agree on.
    #[test]
    fn sync_keeps_every_value(
        x in any::<u64>(), mask in any::<u64>(), small in any::<bool>(),
        b64 in span(), a64 in span(), b32 in span(), a32 in span(),
    ) {
        let x = if small { x & 0x1ff } else { x };
        let mask = if small { mask & 0x3ff } else { mask };
        let mut r = verifier::cnum::Ranges {
            var_off: verifier::Tnum::new(x & !mask, mask),
            r64: around::<64>(x, b64, a64),
            r32: around::<32>(x & 0xffff_ffff, b32, a32),
        };
        r.sync();
        prop_assert!(!r.is_contradiction(), "{r:?}");
        prop_assert!(r.var_off.contains_value(x), "{r:?}");
        prop_assert!(r.r64.contains(x), "{r:?}");
        prop_assert!(r.r32.contains(x & 0xffff_ffff), "{r:?}");
    }
}

#[test]
fn sync_makes_a_constant_of_a_single_common_value() {
    // Unsigned [5, 9] and known bits x0x0 (0, 2, 8, 10): only 8 is both.
    let mut r = verifier::cnum::Ranges {
        var_off: verifier::Tnum::new(0, 0b1010),
        r64: Cnum64::from_urange(5, 9),
        r32: Cnum32::UNBOUNDED,
    };
    r.sync();
    assert_eq!(r, verifier::cnum::Ranges::known(8));
}

/// States the 7.2.12 image printed, after 64-bit ALU ops with a constant on an unknown
/// register (`kernel_logs_match_inside_each_image`'s random programs): `r7 |= 258` prints
/// only `umin=umin32=258` where the four-bound domain adds `smin=0x8000000000000102` and
/// `smin32=0x80000102` (the arcs cross the signed wrap point); `r6 &= 255; r6 -= 100` prints
/// as every release does.
#[test]
fn states_the_image_printed_after_alu_ops_are_the_arcs() {
    use verifier::cnum::Ranges;
    let mut r7 = Ranges::UNKNOWN;
    r7.or(&Ranges::known(258));
    assert_eq!(
        r7.bounds().to_string(),
        "scalar(umin=umin32=258,var_off=(0x102; 0xfffffffffffffefd))"
    );
    let mut r6 = Ranges::UNKNOWN;
    r6.and(&Ranges::known(255));
    assert_eq!(
        r6.bounds().to_string(),
        "scalar(smin=smin32=0,smax=umax=smax32=umax32=255,var_off=(0x0; 0xff))"
    );
    r6.sub(&Ranges::known(100));
    assert_eq!(
        r6.bounds().to_string(),
        "scalar(smin=smin32=-100,smax=smax32=155)"
    );
}

/// A 7.2 state holding `x`: known bits with `mask` unknown, arcs around `x`, synced.
fn ranges_around(x: u64, mask: u64, spans: [u64; 4]) -> verifier::cnum::Ranges {
    let mut r = verifier::cnum::Ranges {
        var_off: verifier::Tnum::new(x & !mask, mask),
        r64: around::<64>(x, spans[0], spans[1]),
        r32: around::<32>(x & 0xffff_ffff, spans[2], spans[3]),
    };
    r.sync();
    r
}

/// One of `Ranges`' ALU operations.
type AluOp = fn(&mut verifier::cnum::Ranges, &verifier::cnum::Ranges);

fn value_and_mask() -> impl Strategy<Value = (u64, u64)> {
    prop_oneof![
        (0u64..0x200, 0u64..0x400),
        (any::<u64>(), any::<u64>()),
        (any::<u64>(), Just(0u64)),
    ]
}

proptest! {
    /// 7.2's 64-bit ADD, SUB, AND and OR keep every concrete result.
    #[test]
    fn alu_ops_keep_every_result(
        (x, mx) in value_and_mask(), (y, my) in value_and_mask(),
        sx in proptest::array::uniform4(span()), sy in proptest::array::uniform4(span()),
    ) {
        let (dst, src) = (ranges_around(x, mx, sx), ranges_around(y, my, sy));
        let ops: [(AluOp, u64); 4] = [
            (verifier::cnum::Ranges::add, x.wrapping_add(y)),
            (verifier::cnum::Ranges::sub, x.wrapping_sub(y)),
            (verifier::cnum::Ranges::and, x & y),
            (verifier::cnum::Ranges::or, x | y),
        ];
        for (i, (op, z)) in ops.into_iter().enumerate() {
            let mut r = dst;
            op(&mut r, &src);
            prop_assert!(r.var_off.contains_value(z), "op {i}: {r:?}");
            prop_assert!(r.r64.contains(z), "op {i}: {r:?}");
            prop_assert!(r.r32.contains(z & 0xffff_ffff), "op {i}: {r:?}");
        }
    }
}
