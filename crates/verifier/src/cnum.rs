//! Circular intervals: the scalar ranges of Linux 7.2 (`struct cnum32`, `struct cnum64`).
//!
//! From 7.2 a scalar register keeps one arc per width in place of the four signed and
//! unsigned bounds [`crate::bounds`] tracks: the values of a width are placed on a circle
//! (0 at the top, the maximum just before it, the signed minimum opposite 0) and a [`Cnum`]
//! is the arc that starts at `base` and goes on for `size` more values clockwise. `size`
//! counts the values after `base`, so the full circle fits: `{0, MAX}` is every value. One
//! arc stands for an unsigned range, a signed range, or a range crossing either wrap point.
//! `{MAX, MAX}` is the empty arc.
//!
//! Every operation gives the kernel's answer (`kernel/bpf/cnum.c`, `cnum_defs.h`,
//! `include/linux/cnum.h` of Debian's 7.2.12 sources), imprecision included: an intersection
//! of two arcs that meet twice keeps the smaller arc, a sum whose sizes overflow is the full
//! circle, and the queries for unsigned or signed bounds give the whole range when the arc
//! crosses that range's wrap point. The width is a parameter so the tests can run every arc of a small
//! width; the verifier uses [`Cnum32`] and [`Cnum64`]. [`Ranges`] is 7.2's scalar state (known
//! bits and the two arcs) with its `reg_bounds_sync`. Not wired into the walk yet: the 7.2
//! verifier is refused by [`crate::releases`] (README, "Releases after 6.18").

use crate::bounds::Scalar;
use crate::tnum::Tnum;

/// An arc of `BITS`-bit values (`BITS` from 2 to 64): `base` and the `size` values after it,
/// both below `2^BITS`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Cnum<const BITS: u32> {
    pub base: u64,
    pub size: u64,
}

/// `struct cnum32`: a register's 32-bit subregister range.
pub type Cnum32 = Cnum<32>;
/// `struct cnum64`: a register's 64-bit range.
pub type Cnum64 = Cnum<64>;

// The method names are the kernel's (`cnum64_add`, ...), kept for searching.
#[allow(clippy::should_implement_trait)]
impl<const BITS: u32> Cnum<BITS> {
    /// The largest unsigned value of the width.
    pub const MAX: u64 = u64::MAX >> (64 - BITS);
    /// The largest signed value, as its unsigned bits.
    const SMAX: u64 = Self::MAX >> 1;
    /// The smallest signed value, as its unsigned bits.
    const SMIN: u64 = Self::SMAX + 1;
    /// No value (`CNUM*_EMPTY`).
    pub const EMPTY: Self = Cnum {
        base: Self::MAX,
        size: Self::MAX,
    };
    /// Every value (`CNUM*_UNBOUNDED`).
    pub const UNBOUNDED: Self = Cnum {
        base: 0,
        size: Self::MAX,
    };

    fn wrap(x: u64) -> u64 {
        x & Self::MAX
    }

    /// The value of the width's bits of `x` read as signed.
    fn signed(x: u64) -> i64 {
        ((x << (64 - BITS)) as i64) >> (64 - BITS)
    }

    /// The single value `v` (truncated to the width).
    pub fn constant(v: u64) -> Self {
        Cnum {
            base: Self::wrap(v),
            size: 0,
        }
    }

    /// `cnum*_from_urange`: `[min, max]` unsigned; `min > max` gives the arc from `min`
    /// round through the wrap point to `max`.
    pub fn from_urange(min: u64, max: u64) -> Self {
        Cnum {
            base: Self::wrap(min),
            size: Self::wrap(max.wrapping_sub(min)),
        }
    }

    /// `cnum*_from_srange`: `[min, max]` signed (values of the width, sign-extended).
    /// The full circle starts at 0 whatever `min` is.
    pub fn from_srange(min: i64, max: i64) -> Self {
        let size = Self::wrap((max as u64).wrapping_sub(min as u64));
        let base = if size == Self::MAX {
            0
        } else {
            Self::wrap(min as u64)
        };
        Cnum { base, size }
    }

    /// `cnum*_from_tnum` (verifier.c, 7.2): the arc of known bits `value`/`mask` (the
    /// width's low bits of each; `tnum_subreg` for 32 bits): the unsigned range from the
    /// smallest to the largest member when the sign bit is known 0, else the signed one.
    pub fn from_known_bits(value: u64, mask: u64) -> Self {
        let (value, mask) = (Self::wrap(value), Self::wrap(mask));
        if (value | mask) & Self::SMIN != 0 {
            Self::from_srange(
                Self::signed(value | (mask & Self::SMIN)),
                Self::signed(value | (mask & Self::SMAX)),
            )
        } else {
            Self::from_urange(value, value | mask)
        }
    }

    /// The last value of the arc (`base + size`, wrapped).
    fn end(self) -> u64 {
        Self::wrap(self.base.wrapping_add(self.size))
    }

    /// `urange_overflow`: the arc crosses from `MAX` to 0, so it is two unsigned ranges.
    fn crosses_zero(self) -> bool {
        self.size > Self::MAX - self.base
    }

    /// `cnum*_is_empty`.
    pub fn is_empty(self) -> bool {
        self == Self::EMPTY
    }

    /// `cnum*_is_const`: one value (the empty arc is not a constant, but its size is not 0).
    pub fn is_const(self) -> bool {
        self.size == 0
    }

    /// `cnum*_contains`.
    pub fn contains(self, v: u64) -> bool {
        if self.is_empty() {
            return false;
        }
        let v = Self::wrap(v);
        if self.crosses_zero() {
            v >= self.base || v <= self.end()
        } else {
            v >= self.base && v <= self.end()
        }
    }

    /// `cnum*_umin`: 0 when the arc crosses from `MAX` to 0.
    pub fn umin(self) -> u64 {
        if self.crosses_zero() {
            0
        } else {
            self.base
        }
    }

    /// `cnum*_umax`: `MAX` when the arc crosses from `MAX` to 0.
    pub fn umax(self) -> u64 {
        if self.crosses_zero() {
            Self::MAX
        } else {
            self.end()
        }
    }

    /// `srange_overflow`: the arc holds both the signed maximum and the signed minimum.
    fn crosses_signed_wrap(self) -> bool {
        self.contains(Self::SMAX) && self.contains(Self::SMIN)
    }

    /// `cnum*_smin`, sign-extended: the width's minimum when the arc crosses the signed
    /// wrap point.
    pub fn smin(self) -> i64 {
        if self.crosses_signed_wrap() {
            Self::signed(Self::SMIN)
        } else {
            Self::signed(self.base).min(Self::signed(self.end()))
        }
    }

    /// `cnum*_smax`, sign-extended.
    pub fn smax(self) -> i64 {
        if self.crosses_signed_wrap() {
            Self::signed(Self::SMAX)
        } else {
            Self::signed(self.base).max(Self::signed(self.end()))
        }
    }

    /// `cnum*_intersect`: exact when the two arcs meet in one arc or not at all; when they
    /// meet in two, the smaller of the two arcs (on a tie, the one with the lower base).
    pub fn intersect(self, other: Self) -> Self {
        if self.is_empty() || other.is_empty() {
            return Self::EMPTY;
        }
        let (a, b) = if self.base > other.base {
            (other, self)
        } else {
            (self, other)
        };
        // `b` seen from `a.base`, where `a` starts at 0 and cannot cross the wrap point.
        let shifted = Cnum::<BITS> {
            base: b.base - a.base,
            size: b.size,
        };
        if shifted.crosses_zero() {
            if shifted.base <= a.size {
                if a.size <= b.size {
                    a
                } else {
                    b
                }
            } else {
                Cnum {
                    base: a.base,
                    size: a.size.min(shifted.end()),
                }
            }
        } else if a.size >= shifted.base {
            Cnum {
                base: b.base,
                size: (a.size - shifted.base).min(b.size),
            }
        } else {
            Self::EMPTY
        }
    }

    /// `normalize`: a full circle starts at 0, unless it starts at the signed maximum.
    fn normalize(self) -> Self {
        if self.size == Self::MAX && self.base != 0 && self.base != Self::SMAX {
            Cnum { base: 0, ..self }
        } else {
            self
        }
    }

    /// `cnum*_add`: every sum of a value of each; the full circle when the sizes add up to
    /// more than it holds.
    pub fn add(self, other: Self) -> Self {
        if self.is_empty() || other.is_empty() {
            return Self::EMPTY;
        }
        if self.size > Self::MAX - other.size {
            return Self::UNBOUNDED;
        }
        Cnum {
            base: Self::wrap(self.base.wrapping_add(other.base)),
            size: self.size + other.size,
        }
        .normalize()
    }

    /// `cnum*_negate`: the arc of the negated values.
    pub fn negate(self) -> Self {
        if self.is_empty() {
            return Self::EMPTY;
        }
        Cnum {
            base: Self::wrap(self.end().wrapping_neg()),
            size: self.size,
        }
        .normalize()
    }

    /// `cnum*_is_subset(self, inner)`: every value of `inner` is in `self`.
    pub fn is_superset_of(self, inner: Self) -> bool {
        if inner.is_empty() {
            return true;
        }
        if self.is_empty() {
            return false;
        }
        let shifted = Cnum::<BITS> {
            base: Self::wrap(inner.base.wrapping_sub(self.base)),
            size: inner.size,
        };
        if shifted.crosses_zero() && self.size < Self::MAX {
            return false;
        }
        Self::wrap(shifted.base.wrapping_add(shifted.size)) <= self.size
    }

    /// `cnum32_from_cnum64` for a narrower width `N`: the arc of the low `N` bits, the full
    /// circle when the wide arc holds `2^N` values or more.
    pub fn low<const N: u32>(self) -> Cnum<N> {
        if self.is_empty() {
            return Cnum::<N>::EMPTY;
        }
        if self.size >= Cnum::<N>::MAX {
            Cnum::<N>::UNBOUNDED
        } else {
            Cnum {
                base: self.base & Cnum::<N>::MAX,
                size: self.size,
            }
        }
    }

    /// `cnum64_cnum32_intersect` for a narrower width `N`: this arc trimmed at both ends to
    /// values whose low `N` bits are in `low`. Only the ends move: values inside the arc
    /// whose low bits are outside `low` stay.
    pub fn intersect_low<const N: u32>(self, low: Cnum<N>) -> Self {
        if self.is_empty() || low.is_empty() {
            return Self::EMPTY;
        }
        let low_mask = Cnum::<N>::MAX;
        let size_low = self.size & low_mask;
        // `low` seen from the low bits of `self.base`: the arc now starts at a multiple of
        // 2^N.
        let shifted = Cnum::<N> {
            base: low.base.wrapping_sub(self.base) & low_mask,
            size: low.size,
        };
        let shifted_end = shifted.end();
        if shifted.crosses_zero() {
            let mut trimmed = self;
            if size_low > shifted_end && size_low < shifted.base {
                trimmed.size -= size_low - shifted_end;
            }
            return trimmed;
        }
        if self.size < shifted.base {
            return Self::EMPTY;
        }
        let start = Cnum {
            base: Self::wrap(self.base.wrapping_add(shifted.base)),
            size: self.size - shifted.base,
        };
        let cut = if size_low < shifted.base {
            size_low + ((1u64 << N) - shifted_end)
        } else {
            size_low.saturating_sub(shifted_end)
        };
        if start.size < cut {
            return Self::EMPTY;
        }
        Cnum {
            size: start.size - cut,
            ..start
        }
    }
}

/// A scalar's value in 7.2's domain (`bpf_reg_state`'s `var_off`, `r64`, `r32`); the log
/// prints the bounds the arcs' queries give (`reg_smin`, `reg_umin`, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ranges {
    pub var_off: Tnum,
    pub r64: Cnum64,
    pub r32: Cnum32,
}

impl Ranges {
    /// Nothing known.
    pub const UNKNOWN: Ranges = Ranges {
        var_off: Tnum::UNKNOWN,
        r64: Cnum64::UNBOUNDED,
        r32: Cnum32::UNBOUNDED,
    };

    /// `___mark_reg_known`.
    pub fn known(v: u64) -> Ranges {
        Ranges {
            var_off: Tnum::constant(v),
            r64: Cnum64::constant(v),
            r32: Cnum32::constant(v),
        }
    }

    /// The eight bounds the arcs' queries give (`reg_smin`, `reg_umin`, ... ), with the known
    /// bits: 7.2's `print_scalar_ranges` prints the table of these as [`Scalar`]'s `Display`
    /// prints its fields.
    pub fn bounds(&self) -> Scalar {
        Scalar {
            var_off: self.var_off,
            smin: self.r64.smin(),
            smax: self.r64.smax(),
            umin: self.r64.umin(),
            umax: self.r64.umax(),
            s32_min: self.r32.smin() as i32,
            s32_max: self.r32.smax() as i32,
            u32_min: self.r32.umin() as u32,
            u32_max: self.r32.umax() as u32,
        }
    }

    /// A 64-bit `dst += src` (`adjust_scalar_min_max_vals`, ALU64): the arcs added, the known
    /// bits by `tnum_add`, then the sync.
    pub fn add(&mut self, src: &Ranges) {
        self.r32 = self.r32.add(src.r32);
        self.r64 = self.r64.add(src.r64);
        self.var_off = self.var_off.add(src.var_off);
        self.sync();
    }

    /// A 64-bit `dst -= src`: the negated source's arcs added.
    pub fn sub(&mut self, src: &Ranges) {
        self.r32 = self.r32.add(src.r32.negate());
        self.r64 = self.r64.add(src.r64.negate());
        self.var_off = self.var_off.sub(src.var_off);
        self.sync();
    }

    /// A 64-bit `dst &= src` (`scalar32_min_max_and`, `scalar_min_max_and`): from the known
    /// bits' minimum to the smaller maximum, per width.
    pub fn and(&mut self, src: &Ranges) {
        self.var_off = self.var_off.and(src.var_off);
        let low = self.var_off.subreg();
        if !(src.var_off.subreg_is_const() && low.is_const()) {
            let max = self.r32.umax().min(src.r32.umax());
            self.r32 = Cnum32::from_urange(low.value, max);
        } else {
            self.r32 = Cnum32::constant(low.value);
        }
        if src.var_off.is_const() && self.var_off.is_const() {
            *self = Ranges::known(self.var_off.value);
        } else {
            let max = self.r64.umax().min(src.r64.umax());
            self.r64 = Cnum64::from_urange(self.var_off.value, max);
            self.update_from_known_bits();
        }
        self.sync();
    }

    /// A 64-bit `dst |= src` (`scalar32_min_max_or`, `scalar_min_max_or`): from the larger
    /// minimum to the known bits' maximum, per width.
    pub fn or(&mut self, src: &Ranges) {
        let src_min32 = src.r32.umin();
        let src_min64 = src.r64.umin();
        self.var_off = self.var_off.or(src.var_off);
        let low = self.var_off.subreg();
        if !(src.var_off.subreg_is_const() && low.is_const()) {
            let min = self.r32.umin().max(src_min32);
            self.r32 = Cnum32::from_urange(min, low.value | low.mask);
        } else {
            self.r32 = Cnum32::constant(low.value);
        }
        if src.var_off.is_const() && self.var_off.is_const() {
            *self = Ranges::known(self.var_off.value);
        } else {
            let min = self.r64.umin().max(src_min64);
            self.r64 = Cnum64::from_urange(min, self.var_off.value | self.var_off.mask);
            self.update_from_known_bits();
        }
        self.sync();
    }

    /// `range_bounds_violation`: an arc is empty (no value fits).
    pub fn is_contradiction(&self) -> bool {
        self.r64.is_empty() || self.r32.is_empty()
    }

    /// `reg_bounds_sync`: each part narrowed by the others, in the kernel's order; nothing
    /// when an arc is already empty.
    pub fn sync(&mut self) {
        if self.is_contradiction() {
            return;
        }
        self.update_from_known_bits();
        self.deduce_between_widths();
        self.deduce_between_widths();
        self.known_bits_from_ranges();
        self.update_from_known_bits();
    }

    /// `__update_reg_bounds`: the arcs cut to the known bits' hulls; a 64-bit arc and known
    /// bits meeting in one value make the register that constant.
    pub fn update_from_known_bits(&mut self) {
        let t = self.var_off;
        self.r32 = self.r32.intersect(Cnum32::from_known_bits(t.value, t.mask));
        self.r64 = self.r64.intersect(Cnum64::from_known_bits(t.value, t.mask));
        if let Some(v) = self.single_common_value() {
            *self = Ranges::known(v);
        }
    }

    /// The one value the unsigned range and the known bits share, when the kernel's three
    /// tests (`__update_reg64_bounds`) find one: at `umin`, at the known bits' maximum, or at
    /// the first member above `umin`.
    fn single_common_value(&self) -> Option<u64> {
        let t = self.var_off;
        let (umin, umax) = (self.r64.umin(), self.r64.umax());
        let next = t.step(umin);
        let umin_in = umin & !t.mask == t.value;
        let tmax = t.value | t.mask;
        if umin_in && next > umax {
            Some(umin)
        } else if !umin_in && next == tmax {
            Some(tmax)
        } else if !umin_in && next <= umax && t.step(next) > umax {
            Some(next)
        } else {
            None
        }
    }

    /// `__reg_deduce_bounds`: the 32-bit arc cut to the 64-bit arc's low half, then the
    /// 64-bit arc trimmed to the 32-bit one.
    fn deduce_between_widths(&mut self) {
        self.r32 = self.r32.intersect(self.r64.low::<32>());
        self.r64 = self.r64.intersect_low(self.r32);
    }

    /// `__reg_bound_offset`: known bits from the unsigned ranges of both widths.
    fn known_bits_from_ranges(&mut self) {
        let wide = self
            .var_off
            .intersect(Tnum::range(self.r64.umin(), self.r64.umax()));
        let low = wide
            .subreg()
            .intersect(Tnum::range(self.r32.umin(), self.r32.umax()));
        self.var_off = wide.clear_subreg().or(low);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_examples_of_the_kernel_header() {
        // {U32_MAX, 1} is [-1, 0] signed; {S32_MAX, 1} is [S32_MAX, S32_MIN] unsigned.
        let a = Cnum32 {
            base: u32::MAX as u64,
            size: 1,
        };
        assert_eq!((a.smin(), a.smax()), (-1, 0));
        assert_eq!((a.umin(), a.umax()), (0, u32::MAX as u64));
        let b = Cnum32 {
            base: i32::MAX as u64,
            size: 1,
        };
        assert_eq!((b.umin(), b.umax()), (i32::MAX as u64, 1 << 31));
        assert_eq!((b.smin(), b.smax()), (i32::MIN as i64, i32::MAX as i64));
    }

    #[test]
    fn full_circle_from_a_signed_range_starts_at_zero() {
        assert_eq!(Cnum64::from_srange(i64::MIN, i64::MAX), Cnum64::UNBOUNDED);
        assert_eq!(Cnum::<8>::from_srange(-128, 127), Cnum::<8>::UNBOUNDED);
        assert_eq!(
            Cnum::<8>::from_srange(-3, 4),
            Cnum::<8> { base: 253, size: 7 }
        );
    }
}
