//! DIV, SDIV, MOD and SMOD by a constant, with [`Domain::div_mod_tracking`]
//! (`scalar{32,}_min_max_{u,s}{div,mod}` of `adjust_scalar_min_max_vals`): the range of the
//! instruction's width is computed, the other width's ranges and the known bits are reset.
//! A divisor of 0 gives 0 (DIV) or leaves the value (MOD), as the instruction set says.
//! Without the change, or with a divisor that is not a constant, the result is unknown
//! (`is_safe_to_compute_dst_reg_range`).

use isa::{AluOp, Width};

use super::Scalar;
use crate::releases::Domain;
use crate::tnum::Tnum;

impl Scalar {
    /// `dst <op> src` for the four division ops; `None` when the kernel does not compute a
    /// range (the result is then unknown in all 64 bits).
    pub(super) fn div_mod(
        &self,
        op: AluOp,
        width: Width,
        src: &Scalar,
        domain: &Domain,
    ) -> Option<Scalar> {
        if !domain.div_mod_tracking() || !src_is_const(width, src) {
            return None;
        }
        let mut d = *self;
        let zero = match width {
            Width::W32 => src.u32_min == 0,
            Width::W64 => src.umin == 0,
        };
        match (op, width) {
            (AluOp::Div | AluOp::SDiv, _) if zero => d = Scalar::known(0),
            (AluOp::Mod | AluOp::SMod, _) if zero => {}
            (AluOp::Div, Width::W32) => d.udiv32(src.u32_min),
            (AluOp::Div, Width::W64) => d.udiv64(src.umin),
            (AluOp::SDiv, Width::W32) => d.sdiv32(src.s32_min),
            (AluOp::SDiv, Width::W64) => d.sdiv64(src.smin),
            (AluOp::Mod, Width::W32) => d.umod32(src.u32_min),
            (AluOp::Mod, Width::W64) => d.umod64(src.umin),
            (AluOp::SMod, Width::W32) => d.smod32(src.s32_min),
            (AluOp::SMod, Width::W64) => d.smod64(src.smin),
            _ => return None,
        }
        if width == Width::W32 {
            d.zext_32_to_64();
        }
        d.sync(domain);
        Some(d)
    }

    /// The 32-bit ranges set, everything else unknown (`reset_reg64_and_tnum`).
    fn only_range32(&mut self, (s32_min, s32_max): (i32, i32), (u32_min, u32_max): (u32, u32)) {
        self.unbound64();
        self.var_off = Tnum::UNKNOWN;
        (self.s32_min, self.s32_max, self.u32_min, self.u32_max) =
            (s32_min, s32_max, u32_min, u32_max);
    }

    /// The 64-bit ranges set, everything else unknown (`reset_reg32_and_tnum`).
    fn only_range64(&mut self, (smin, smax): (i64, i64), (umin, umax): (u64, u64)) {
        self.unbound32();
        self.var_off = Tnum::UNKNOWN;
        (self.smin, self.smax, self.umin, self.umax) = (smin, smax, umin, umax);
    }

    fn udiv32(&mut self, by: u32) {
        let unsigned = (self.u32_min / by, self.u32_max / by);
        self.only_range32((i32::MIN, i32::MAX), unsigned);
    }

    fn udiv64(&mut self, by: u64) {
        let unsigned = (self.umin / by, self.umax / by);
        self.only_range64((i64::MIN, i64::MAX), unsigned);
    }

    /// S32_MIN / -1 is S32_MIN: a range holding more than it gives any value.
    fn sdiv32(&mut self, by: i32) {
        let (lo, hi) = (self.s32_min, self.s32_max);
        let signed = if lo == i32::MIN && by == -1 {
            if hi == i32::MIN {
                (lo, hi)
            } else {
                (i32::MIN, i32::MAX)
            }
        } else {
            let (a, b) = (lo / by, hi / by);
            (a.min(b), a.max(b))
        };
        self.only_range32(signed, (0, u32::MAX));
    }

    fn sdiv64(&mut self, by: i64) {
        let (lo, hi) = (self.smin, self.smax);
        let signed = if lo == i64::MIN && by == -1 {
            if hi == i64::MIN {
                (lo, hi)
            } else {
                (i64::MIN, i64::MAX)
            }
        } else {
            let (a, b) = (lo / by, hi / by);
            (a.min(b), a.max(b))
        };
        self.only_range64(signed, (0, u64::MAX));
    }

    /// A value already below the divisor is left as it is.
    fn umod32(&mut self, by: u32) {
        let res_max = by - 1;
        if self.u32_max > res_max {
            self.only_range32((i32::MIN, i32::MAX), (0, self.u32_max.min(res_max)));
        }
    }

    fn umod64(&mut self, by: u64) {
        let res_max = by - 1;
        if self.umax > res_max {
            self.only_range64((i64::MIN, i64::MAX), (0, self.umax.min(res_max)));
        }
    }

    /// The result has the dividend's sign and is below the divisor's magnitude; a value
    /// already within that is left as it is.
    fn smod32(&mut self, by: i32) {
        let max = (by.unsigned_abs() - 1) as i32;
        let (lo, hi) = (self.s32_min, self.s32_max);
        if lo >= -max && hi <= max {
            return;
        }
        let signed = smod_range(lo as i64, hi as i64, max as i64);
        self.only_range32((signed.0 as i32, signed.1 as i32), (0, u32::MAX));
    }

    fn smod64(&mut self, by: i64) {
        let max = (by.unsigned_abs() - 1) as i64;
        let (lo, hi) = (self.smin, self.smax);
        if lo >= -max && hi <= max {
            return;
        }
        self.only_range64(smod_range(lo, hi, max), (0, u64::MAX));
    }
}

/// The signed range of `[lo, hi] % d` where `max` is `|d| - 1`.
fn smod_range(lo: i64, hi: i64, max: i64) -> (i64, i64) {
    if lo >= 0 {
        (0, hi.min(max))
    } else if hi <= 0 {
        (lo.max(-max), 0)
    } else {
        (-max, max)
    }
}

/// `is_safe_to_compute_dst_reg_range` for DIV and MOD: the divisor is a constant.
fn src_is_const(width: Width, src: &Scalar) -> bool {
    match width {
        Width::W32 => {
            src.var_off.subreg_is_const()
                && src.s32_min == src.s32_max
                && src.u32_min == src.u32_max
        }
        Width::W64 => src.var_off.is_const() && src.smin == src.smax && src.umin == src.umax,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bounds::AluOutcome;

    fn alu(d: &Domain, op: AluOp, width: Width, a: Scalar, imm: i64) -> Scalar {
        match a.alu(op, width, &Scalar::known(imm as u64), d) {
            AluOutcome::Value(v) => v,
            AluOutcome::Fork { .. } => panic!("no fork"),
        }
    }

    #[test]
    fn a_remainder_by_a_constant_is_below_it_from_7_0_only() {
        let with = Domain::NEWEST;
        let mut without = with;
        without.set("div_mod_tracking", false);
        let mut u32_value = Scalar::UNKNOWN;
        u32_value.zext_32_to_64();
        u32_value.sync(&with);
        let m = alu(&with, AluOp::Mod, Width::W64, u32_value, 32352);
        assert_eq!((m.umin, m.umax, m.smin, m.smax), (0, 32351, 0, 32351));
        assert_eq!(
            alu(&without, AluOp::Mod, Width::W64, u32_value, 32352),
            Scalar::UNKNOWN
        );
        let q = alu(&with, AluOp::Div, Width::W32, u32_value, 16);
        assert_eq!(
            (q.u32_min, q.u32_max, q.umax),
            (0, u32::MAX / 16, u32::MAX as u64 / 16)
        );
        // By 0: DIV gives 0, MOD the dividend.
        assert_eq!(
            alu(&with, AluOp::Div, Width::W64, u32_value, 0),
            Scalar::known(0)
        );
        assert_eq!(alu(&with, AluOp::Mod, Width::W64, u32_value, 0), u32_value);
    }

    #[test]
    fn signed_division_of_the_minimum_by_minus_one_is_the_minimum() {
        let d = Domain::NEWEST;
        let min = Scalar::known(i64::MIN as u64);
        let q = alu(&d, AluOp::SDiv, Width::W64, min, -1);
        assert_eq!((q.smin, q.smax), (i64::MIN, i64::MIN));
        let r = alu(&d, AluOp::SMod, Width::W64, Scalar::known(-7i64 as u64), 4);
        assert!(r.smin <= -3 && r.smax >= -3 && r.smax <= 0, "{r:?}");
    }
}
