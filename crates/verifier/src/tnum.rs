//! Known-bits arithmetic: the verifier's `var_off`.
//!
//! A [`Tnum`] is a pair `(value, mask)`: a bit set in `mask` is unknown, every other bit has
//! the value it has in `value` (so `value & mask == 0`). It stands for every `u64` `x` with
//! `x & !mask == value`.
//!
//! Every operation mirrors the function of the same name in the kernel's
//! `kernel/bpf/tnum.c` / `include/linux/tnum.h` bit for bit, imprecision included: the
//! verifier's verdict depends on exactly what it knows, no more and no less. Where the
//! kernel changed an operation across releases the variants live side by side and
//! [`crate::releases`] picks one (`tnum_mul`).
//!
//! Printing follows the verifier log (`kernel/bpf/log.c` `tnum_strn`): a constant prints
//! as a number, anything else as `(0x..; 0x..)`.

use std::fmt;

/// Known bits of a 64-bit value: `mask` bits are unknown, the others equal `value`'s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Tnum {
    pub value: u64,
    pub mask: u64,
}

/// Which `tnum_mul` the kernel has (see [`crate::releases::Domain::tnum_mul`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MulAlgorithm {
    /// Long multiplication with the known product and the unknown partial products summed
    /// apart (value-mask decomposition, 5.13 to 6.17).
    ValueMaskSplit,
    /// Long multiplication where an unknown multiplier bit adds the union of "plus 0" and
    /// "plus b" (`tnum_union`), since 6.18.
    Union,
}

// The method names are the kernel's (`tnum_add`, `tnum_neg`, ...), kept for searching.
#[allow(clippy::should_implement_trait)]
impl Tnum {
    /// `tnum_unknown`: nothing known.
    pub const UNKNOWN: Tnum = Tnum {
        value: 0,
        mask: u64::MAX,
    };

    /// `tnum_const`.
    pub const fn constant(value: u64) -> Tnum {
        Tnum { value, mask: 0 }
    }

    /// A tnum from raw parts; the value bits under the mask are dropped, as every
    /// kernel tnum has `value & mask == 0`.
    pub const fn new(value: u64, mask: u64) -> Tnum {
        Tnum {
            value: value & !mask,
            mask,
        }
    }

    /// `tnum_range`: every value in `[min, max]` (and usually more: the bits below the
    /// highest differing bit all become unknown).
    pub fn range(min: u64, max: u64) -> Tnum {
        let bits = 64 - (min ^ max).leading_zeros();
        if bits > 63 {
            return Tnum::UNKNOWN;
        }
        let delta = (1u64 << bits) - 1;
        Tnum {
            value: min & !delta,
            mask: delta,
        }
    }

    /// `tnum_is_const`.
    pub fn is_const(self) -> bool {
        self.mask == 0
    }

    /// `tnum_is_unknown`.
    pub fn is_unknown(self) -> bool {
        self.mask == u64::MAX
    }

    /// Every bit from `shift` up is unknown: `tnum_mul`'s remaining steps, which add (and
    /// join) tnums whose bits below `shift` are known zeros, change nothing. Such an
    /// addition leaves the bits below `shift` alone (no carry can start there) and every
    /// bit above unknown, so it gives this tnum back, and so does its union with it.
    fn unknown_from(self, shift: u32) -> bool {
        shift < 64 && !self.mask >> shift == 0
    }

    /// `tnum_equals_const`.
    pub fn equals_const(self, v: u64) -> bool {
        self.is_const() && self.value == v
    }

    /// True when concrete `x` is one of the values this tnum stands for.
    pub fn contains_value(self, x: u64) -> bool {
        x & !self.mask == self.value
    }

    /// `tnum_in(self, b)`: every value of `b` is a value of `self`.
    pub fn contains(self, b: Tnum) -> bool {
        if b.mask & !self.mask != 0 {
            return false;
        }
        self.value == b.value & !self.mask
    }

    /// `tnum_is_aligned`: known to be a multiple of `size` (a power of two; 0 means yes).
    pub fn is_aligned(self, size: u64) -> bool {
        size == 0 || (self.value | self.mask) & (size - 1) == 0
    }

    /// `tnum_lshift`. Shift amounts of 64 or more give 0, as the kernel never asks for them.
    pub fn lshift(self, shift: u32) -> Tnum {
        Tnum {
            value: self.value.checked_shl(shift).unwrap_or(0),
            mask: self.mask.checked_shl(shift).unwrap_or(0),
        }
    }

    /// `tnum_rshift`.
    pub fn rshift(self, shift: u32) -> Tnum {
        Tnum {
            value: self.value.checked_shr(shift).unwrap_or(0),
            mask: self.mask.checked_shr(shift).unwrap_or(0),
        }
    }

    /// `tnum_arshift(a, min_shift, insn_bitness)`: arithmetic shift of the 32-bit or the
    /// 64-bit view; the 32-bit result is zero-extended.
    pub fn arshift(self, shift: u32, bits: u32) -> Tnum {
        let shift = shift.min(bits - 1);
        if bits == 32 {
            Tnum {
                value: ((self.value as i32) >> shift) as u32 as u64,
                mask: ((self.mask as i32) >> shift) as u32 as u64,
            }
        } else {
            Tnum {
                value: ((self.value as i64) >> shift) as u64,
                mask: ((self.mask as i64) >> shift) as u64,
            }
        }
    }

    /// `tnum_add`.
    pub fn add(self, b: Tnum) -> Tnum {
        let sm = self.mask.wrapping_add(b.mask);
        let sv = self.value.wrapping_add(b.value);
        let carries = sm.wrapping_add(sv) ^ sv;
        let mu = carries | self.mask | b.mask;
        Tnum {
            value: sv & !mu,
            mask: mu,
        }
    }

    /// `tnum_sub`.
    pub fn sub(self, b: Tnum) -> Tnum {
        let dv = self.value.wrapping_sub(b.value);
        let alpha = dv.wrapping_add(self.mask);
        let beta = dv.wrapping_sub(b.mask);
        let mu = (alpha ^ beta) | self.mask | b.mask;
        Tnum {
            value: dv & !mu,
            mask: mu,
        }
    }

    /// `tnum_neg`: `0 - self`.
    pub fn neg(self) -> Tnum {
        Tnum::constant(0).sub(self)
    }

    /// `tnum_and`.
    pub fn and(self, b: Tnum) -> Tnum {
        let alpha = self.value | self.mask;
        let beta = b.value | b.mask;
        let v = self.value & b.value;
        Tnum {
            value: v,
            mask: alpha & beta & !v,
        }
    }

    /// `tnum_or`.
    pub fn or(self, b: Tnum) -> Tnum {
        let v = self.value | b.value;
        let mu = self.mask | b.mask;
        Tnum {
            value: v,
            mask: mu & !v,
        }
    }

    /// `tnum_xor`.
    pub fn xor(self, b: Tnum) -> Tnum {
        let v = self.value ^ b.value;
        let mu = self.mask | b.mask;
        Tnum {
            value: v & !mu,
            mask: mu,
        }
    }

    /// `tnum_mul`, in the variant the kernel has.
    pub fn mul(self, b: Tnum, algorithm: MulAlgorithm) -> Tnum {
        match algorithm {
            MulAlgorithm::ValueMaskSplit => self.mul_value_mask_split(b),
            MulAlgorithm::Union => self.mul_union(b),
        }
    }

    /// The kernel's loop visits every multiplier bit; a bit that is a known 0 adds nothing
    /// (neither branch runs), so only the set bits of `value | mask` are visited, lowest
    /// first, with the multiplicand shifted to that bit. The early stop is checked at each
    /// visited bit: once every bit from some shift up is unknown it stays so at higher ones.
    fn mul_value_mask_split(self, b: Tnum) -> Tnum {
        let known = self.value.wrapping_mul(b.value);
        let mut unknown = Tnum::constant(0);
        let mut bits = self.value | self.mask;
        while bits != 0 {
            let shift = bits.trailing_zeros();
            if unknown.unknown_from(shift) {
                break;
            }
            let term = if self.value >> shift & 1 != 0 {
                b.mask << shift
            } else {
                (b.value | b.mask) << shift
            };
            unknown = unknown.add(Tnum::new_raw(0, term));
            bits &= bits - 1;
        }
        Tnum::constant(known).add(unknown)
    }

    /// As [`Tnum::mul_value_mask_split`], only the multiplier's set bits are visited.
    fn mul_union(self, b: Tnum) -> Tnum {
        let mut acc = Tnum::constant(0);
        let mut bits = self.value | self.mask;
        while bits != 0 {
            let shift = bits.trailing_zeros();
            if acc.unknown_from(shift) {
                break;
            }
            let b = b.lshift(shift);
            if self.value >> shift & 1 != 0 {
                acc = acc.add(b);
            } else {
                acc = acc.union(acc.add(b));
            }
            bits &= bits - 1;
        }
        acc
    }

    /// `tnum_union`: a tnum holding every value of both (bits where they disagree become
    /// unknown).
    pub fn union(self, b: Tnum) -> Tnum {
        let v = self.value & b.value;
        let mu = (self.value ^ b.value) | self.mask | b.mask;
        Tnum {
            value: v & !mu,
            mask: mu,
        }
    }

    /// `TNUM(v, m)` without normalising: the kernel's multiply builds such values.
    const fn new_raw(value: u64, mask: u64) -> Tnum {
        Tnum { value, mask }
    }

    /// `tnum_intersect`: the values both stand for (where they disagree the result has a
    /// known 1, as in the kernel).
    pub fn intersect(self, b: Tnum) -> Tnum {
        let v = self.value | b.value;
        let mu = self.mask & b.mask;
        Tnum {
            value: v & !mu,
            mask: mu,
        }
    }

    /// `tnum_overlap`: some value could be in both (their known bits agree).
    pub fn overlaps(self, b: Tnum) -> bool {
        let mu = !self.mask & !b.mask;
        self.value & mu == b.value & mu
    }

    /// `tnum_cast`: keep the low `size` bytes (1, 2, 4 or 8).
    pub fn cast(self, size: u32) -> Tnum {
        let keep = low_mask(size * 8);
        Tnum {
            value: self.value & keep,
            mask: self.mask & keep,
        }
    }

    /// `tnum_subreg`: the low 32 bits.
    pub fn subreg(self) -> Tnum {
        self.cast(4)
    }

    /// `tnum_clear_subreg`: the high 32 bits, the low ones known 0.
    pub fn clear_subreg(self) -> Tnum {
        self.rshift(32).lshift(32)
    }

    /// `tnum_with_subreg`: the high half of `self`, the low half of `subreg`.
    pub fn with_subreg(self, subreg: Tnum) -> Tnum {
        self.clear_subreg().or(subreg.subreg())
    }

    /// `tnum_const_subreg`.
    pub fn const_subreg(self, value: u32) -> Tnum {
        self.with_subreg(Tnum::constant(value as u64))
    }

    /// `tnum_subreg_is_const`.
    pub fn subreg_is_const(self) -> bool {
        self.subreg().is_const()
    }

    /// `tnum_bswap16`: the low 16 bits byte-swapped, the rest cleared.
    pub fn bswap16(self) -> Tnum {
        Tnum {
            value: (self.value as u16).swap_bytes() as u64,
            mask: (self.mask as u16).swap_bytes() as u64,
        }
    }

    /// `tnum_bswap32`.
    pub fn bswap32(self) -> Tnum {
        Tnum {
            value: (self.value as u32).swap_bytes() as u64,
            mask: (self.mask as u32).swap_bytes() as u64,
        }
    }

    /// `tnum_bswap64`.
    pub fn bswap64(self) -> Tnum {
        Tnum {
            value: self.value.swap_bytes(),
            mask: self.mask.swap_bytes(),
        }
    }

    /// `tnum_step(t, z)`: the smallest value of `t` above `z`, for `t.value <= z < tmax`;
    /// `tmax` when `z >= tmax` and `t.value` when `z < t.value`.
    pub fn step(self, z: u64) -> u64 {
        let tmax = self.value | self.mask;
        if z >= tmax {
            return tmax;
        }
        if z < self.value {
            return self.value;
        }
        // Unknown bits copied from z: a value of t that agrees with z wherever it can.
        let j = self.value | (z & self.mask);
        if j > z {
            // Highest position where t has a known 1 and z a 0: above it follow z,
            // below it take the smallest choice.
            let flip = !z & self.value & !self.mask;
            let above = high_mask_above(flip);
            (above & z) | (!above & self.value)
        } else {
            // Highest position where z has a 1 and t a known 0: above it, count the unknown
            // bits of z up by one; below it, the smallest choice.
            let flip = z & !self.value & !self.mask;
            let k = 64 - flip.leading_zeros();
            let above = high_mask_above(flip);
            let v = (above & self.mask & z) | (above & !self.mask);
            let u = v.wrapping_add(1u64.checked_shl(k).unwrap_or(0));
            (u & self.mask) | self.value
        }
    }
}

/// `U64_MAX << fls64(x)`: the bits above the highest set bit of `x`.
fn high_mask_above(x: u64) -> u64 {
    u64::MAX.checked_shl(64 - x.leading_zeros()).unwrap_or(0)
}

/// The low `bits` bits set (`bits` up to 64).
fn low_mask(bits: u32) -> u64 {
    if bits >= 64 {
        u64::MAX
    } else {
        (1u64 << bits) - 1
    }
}

/// Whether the verifier log prints `n` in decimal (`is_unum_decimal`: up to `U16_MAX`).
pub(crate) fn unum_is_decimal(n: u64) -> bool {
    n <= u16::MAX as u64
}

/// `verbose_unum`.
pub(crate) fn fmt_unum(n: u64) -> String {
    if unum_is_decimal(n) {
        n.to_string()
    } else {
        format!("{n:#x}")
    }
}

/// `verbose_snum`: decimal within `[S16_MIN, S16_MAX]`, else the two's complement in hex.
pub(crate) fn fmt_snum(n: i64) -> String {
    if (i16::MIN as i64..=i16::MAX as i64).contains(&n) {
        n.to_string()
    } else {
        format!("{:#x}", n as u64)
    }
}

impl fmt::Display for Tnum {
    /// `tnum_strn` as the verifier log prints it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_const() {
            f.write_str(&fmt_unum(self.value))
        } else {
            write!(f, "({:#x}; {:#x})", self.value, self.mask)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_like_the_log() {
        assert_eq!(Tnum::new(0, 0x3f00).to_string(), "(0x0; 0x3f00)");
        assert_eq!(Tnum::constant(5).to_string(), "5");
        assert_eq!(Tnum::constant(0x10000).to_string(), "0x10000");
    }

    /// `tnum_mul` as the kernel writes it, every bit (both variants).
    fn mul_literal(a: Tnum, b: Tnum, algorithm: MulAlgorithm) -> Tnum {
        let (mut a, mut b) = (a, b);
        match algorithm {
            MulAlgorithm::ValueMaskSplit => {
                let known = a.value.wrapping_mul(b.value);
                let mut unknown = Tnum::constant(0);
                while a.value != 0 || a.mask != 0 {
                    if a.value & 1 != 0 {
                        unknown = unknown.add(Tnum::new_raw(0, b.mask));
                    } else if a.mask & 1 != 0 {
                        unknown = unknown.add(Tnum::new_raw(0, b.value | b.mask));
                    }
                    (a, b) = (a.rshift(1), b.lshift(1));
                }
                Tnum::constant(known).add(unknown)
            }
            MulAlgorithm::Union => {
                let mut acc = Tnum::constant(0);
                while a.value != 0 || a.mask != 0 {
                    if a.value & 1 != 0 {
                        acc = acc.add(b);
                    } else if a.mask & 1 != 0 {
                        acc = acc.union(acc.add(b));
                    }
                    (a, b) = (a.rshift(1), b.lshift(1));
                }
                acc
            }
        }
    }

    #[test]
    fn mul_matches_the_kernels_loop() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        // Sparse, dense, narrow and wide operands: masks and values drawn and thinned.
        let tnum = |next: &mut dyn FnMut() -> u64| {
            let width = next() % 65;
            let keep = if width == 64 {
                u64::MAX
            } else {
                (1u64 << width) - 1
            };
            let thin = if next().is_multiple_of(2) {
                next()
            } else {
                u64::MAX
            };
            let mask = next() & next() & keep & thin;
            Tnum::new(next() & keep & thin, mask)
        };
        for _ in 0..20_000 {
            let (a, b) = (tnum(&mut next), tnum(&mut next));
            for alg in [MulAlgorithm::ValueMaskSplit, MulAlgorithm::Union] {
                assert_eq!(a.mul(b, alg), mul_literal(a, b, alg), "{a} * {b}, {alg:?}");
            }
        }
    }

    /// Products whose high bits become unknown long before the multiplier runs out (an
    /// unknown value times an even constant, the low bits staying known): the loop stops
    /// early there, with the kernel's every-bit answer.
    #[test]
    fn mul_stopping_at_unknown_high_bits_matches_the_kernels_loop() {
        let wide = [
            Tnum::UNKNOWN,
            Tnum::new(0, u32::MAX as u64),
            Tnum::new(0, u64::MAX << 8),
            Tnum::new(0x10, 0xffff_ff00),
            Tnum::new(1, u64::MAX << 1),
        ];
        let factors = (0..64).flat_map(|k| [1u64 << k, 0x9e37_79b9 << k, 3 << k, u64::MAX << k]);
        for x in wide {
            for f in factors.clone() {
                let c = Tnum::constant(f);
                for (a, b) in [(x, c), (c, x), (x, x)] {
                    for alg in [MulAlgorithm::ValueMaskSplit, MulAlgorithm::Union] {
                        assert_eq!(a.mul(b, alg), mul_literal(a, b, alg), "{a} * {b}, {alg:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn step_examples_from_the_kernel_commit() {
        // t = x11100x0, z = 241 -> 242
        let t = Tnum::new(0b0111_0000, 0b1000_0010);
        assert_eq!(t.step(241), 242);
        // t = 1x1x0xxx, z = 180 -> 181
        let t = Tnum::new(0b1010_0000, 0b0101_0111);
        assert_eq!(t.step(180), 181);
        // t = x00010x1, z = 130 -> 137
        let t = Tnum::new(0b0000_1001, 0b1000_0010);
        assert_eq!(t.step(130), 137);
    }
}
