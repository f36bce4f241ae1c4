//! The verifier's knowledge of a scalar register, and how instructions change it.
//!
//! A [`Scalar`] is what `struct bpf_reg_state` keeps for a `SCALAR_VALUE`: the known bits
//! (`var_off`, a [`Tnum`]) and eight bounds, signed and unsigned, for the 64-bit value and
//! for its low 32 bits. Each function mirrors the kernel function named in its doc
//! (kernel/bpf/verifier.c), in the kernel's order of steps, imprecision included, for the
//! [`Domain`] of the kernel being modelled:
//!
//! | here | kernel |
//! |---|---|
//! | [`Scalar::sync`] | `reg_bounds_sync` (`__update_reg_bounds`, `__reg_deduce_bounds` rounds, `__reg_bound_offset`, `__update_reg_bounds`) |
//! | [`Scalar::alu`] | `adjust_scalar_min_max_vals` and the `scalar*_min_max_*` transfer functions; MOV and MOVSX from `check_alu_op` |
//! | [`Scalar::endian`] | `scalar_byte_swap` (or, without bit tracking, the unknown result) |
//! | [`Scalar::branch`] | `is_scalar_branch_taken` |
//! | [`Scalar::refine`] | `reg_set_min_max` → `regs_refine_cond_op` + `reg_bounds_sync` on both sides |
//! | [`Scalar::sanity_violation`] | `reg_bounds_sanity_check` |
//! | `Display` | `print_reg_state` / `print_scalar_ranges` for a scalar |
//!
//! Register-level concerns (ids, precision, liveness, pointers) belong to the walk; this
//! module only computes values.
//!
//! The transfer functions live in [`alu`] (`adjust_scalar_min_max_vals` and friends),
//! conditional jumps in [`branch`], the log's printing in `print`; this file holds the
//! register state itself and `reg_bounds_sync`.
//!
//! Every result is checked against the live kernel's level-2 log on random programs
//! (`tests/kernel.rs`) and against a brute-force model for soundness (`tests/soundness.rs`).

use isa::Width;

use crate::releases::Domain;
use crate::tnum::Tnum;

pub mod alu;
pub mod branch;
mod divmod;
mod print;

pub use branch::concrete_cond;

/// The verifier's view of one scalar register.
#[derive(Debug, Clone, Copy, Eq)]
pub struct Scalar {
    pub var_off: Tnum,
    pub smin: i64,
    pub smax: i64,
    pub umin: u64,
    pub umax: u64,
    pub s32_min: i32,
    pub s32_max: i32,
    pub u32_min: u32,
    pub u32_max: u32,
}

/// Every field equal. `reg_bounds_sync` compares whole scalars after each step; one pass of
/// XORs without a branch per field costs a third of the derived comparison. The unknown
/// bits first: scalars compared with [`Scalar::UNKNOWN`] mostly differ there.
impl PartialEq for Scalar {
    #[inline]
    fn eq(&self, o: &Scalar) -> bool {
        if self.var_off.mask != o.var_off.mask {
            return false;
        }
        let d64 = (self.var_off.value ^ o.var_off.value)
            | (self.var_off.mask ^ o.var_off.mask)
            | (self.smin ^ o.smin) as u64
            | (self.smax ^ o.smax) as u64
            | (self.umin ^ o.umin)
            | (self.umax ^ o.umax);
        let d32 = (self.s32_min ^ o.s32_min) as u32
            | (self.s32_max ^ o.s32_max) as u32
            | (self.u32_min ^ o.u32_min)
            | (self.u32_max ^ o.u32_max);
        d64 | u64::from(d32) == 0
    }
}

/// What `is_scalar_branch_taken` decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BranchOutcome {
    /// Every value pair takes the jump (the kernel returns 1).
    Taken,
    /// No value pair takes it (0).
    NotTaken,
    /// Undecided (-1): both successors are explored.
    Unknown,
}

/// The result of an ALU instruction on scalars.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AluOutcome {
    /// One new value for the destination.
    Value(Scalar),
    /// `maybe_fork_scalars`: the verifier splits the path. `first` is the result on the
    /// path that continues now (the destination was -1); `pushed` is the destination of a
    /// state pushed at the same instruction (the destination was 0), which executes the
    /// instruction again when it is popped.
    Fork { first: Scalar, pushed: Scalar },
}

impl Scalar {
    /// `__mark_reg_unknown` for a scalar: nothing known.
    pub const UNKNOWN: Scalar = Scalar {
        var_off: Tnum::UNKNOWN,
        smin: i64::MIN,
        smax: i64::MAX,
        umin: 0,
        umax: u64::MAX,
        s32_min: i32::MIN,
        s32_max: i32::MAX,
        u32_min: 0,
        u32_max: u32::MAX,
    };

    /// `___mark_reg_known`: exactly `v`.
    pub const fn known(v: u64) -> Scalar {
        Scalar {
            var_off: Tnum::constant(v),
            smin: v as i64,
            smax: v as i64,
            umin: v,
            umax: v,
            s32_min: v as i32,
            s32_max: v as i32,
            u32_min: v as u32,
            u32_max: v as u32,
        }
    }

    /// A scalar with these known bits and nothing else, synced as the kernel would after
    /// learning them (e.g. a load).
    pub fn from_tnum(var_off: Tnum, domain: &Domain) -> Scalar {
        let mut s = Scalar {
            var_off,
            ..Scalar::UNKNOWN
        };
        s.sync(domain);
        s
    }

    /// True when concrete `x` is one of the values this scalar stands for (every field
    /// agrees with it).
    pub fn contains(&self, x: u64) -> bool {
        let lo = x as u32;
        self.var_off.contains_value(x)
            && (self.smin..=self.smax).contains(&(x as i64))
            && (self.umin..=self.umax).contains(&x)
            && (self.s32_min..=self.s32_max).contains(&(lo as i32))
            && (self.u32_min..=self.u32_max).contains(&lo)
    }

    /// `tnum_is_const(var_off)`: the value is known.
    pub fn is_const(&self) -> bool {
        self.var_off.is_const()
    }

    /// `is_reg_const`: the value (or its low half) is known.
    fn is_const_at(&self, width: Width) -> bool {
        match width {
            Width::W64 => self.var_off.is_const(),
            Width::W32 => self.var_off.subreg_is_const(),
        }
    }

    /// `reg_const_value`.
    fn const_at(&self, width: Width) -> u64 {
        match width {
            Width::W64 => self.var_off.value,
            Width::W32 => self.var_off.subreg().value,
        }
    }

    // ---- reg_bounds_sync and its parts ----

    /// `reg_bounds_sync`. A constant whose bounds hold it, and a scalar whose bounds are
    /// exactly what its known bits give ([`Scalar::of_tnum`]: nothing known, low bits
    /// unknown, any tnum after a transfer function that leaves its bounds to the tnum) are
    /// fixpoints of every step, on every [`Domain`]: they skip the rounds.
    pub fn sync(&mut self, domain: &Domain) {
        if self.var_off.is_const() && self.contains(self.var_off.value) {
            *self = Scalar::known(self.var_off.value);
            return;
        }
        if self.is_of_tnum() {
            return;
        }
        self.sync_rounds(domain);
    }

    /// The bounds are [`Scalar::of_tnum`] of the known bits `t`. For a `t` that is not a
    /// constant that is a fixpoint of every step of `reg_bounds_sync`: each deduction
    /// between two ranges finds the ends it would move to already there (both ranges' ends
    /// are values of `t`, and a range of `t` that crosses a sign or a 32-bit boundary in one
    /// domain crosses it in the other); `__reg_bound_offset` intersects `t` with
    /// `tnum_range(v, v | m)`, which holds `t`; `efc11a667878`'s single value needs a mask
    /// of 0. `tests::sync_shortcuts_agree_with_the_rounds` checks it against the rounds on
    /// every modelled domain.
    #[inline]
    fn is_of_tnum(&self) -> bool {
        // The unsigned bounds first: most scalars that are not leave here.
        self.umin == self.var_off.value
            && self.umax == self.var_off.value | self.var_off.mask
            && *self == Scalar::of_tnum(self.var_off)
    }

    /// The bounds `__update_reg_bounds` gives a scalar knowing nothing but `t`, each the
    /// extreme value of `t`.
    #[inline]
    fn of_tnum(t: Tnum) -> Scalar {
        let (v, m) = (t.value, t.mask);
        let (v32, m32) = (v as u32, m as u32);
        Scalar {
            var_off: t,
            smin: (v | (m & i64::MIN as u64)) as i64,
            smax: (v | (m & i64::MAX as u64)) as i64,
            umin: v,
            umax: v | m,
            s32_min: (v32 | (m32 & i32::MIN as u32)) as i32,
            s32_max: (v32 | (m32 & i32::MAX as u32)) as i32,
            u32_min: v32,
            u32_max: v32 | m32,
        }
    }

    /// The values `0..2^bits` (`bits` in 1..=63) with the bounds their known bits give: what
    /// a zero-extending load, a byte swap or a right shift of an unknown value leaves.
    #[cfg(test)]
    fn low_bits_unknown(bits: u32) -> Scalar {
        let mask = u64::MAX >> (64 - bits.clamp(1, 63));
        let (s32_min, s32_max) = if bits < 32 {
            (0, mask as i32)
        } else {
            (i32::MIN, i32::MAX)
        };
        Scalar {
            var_off: Tnum::new(0, mask),
            smin: 0,
            smax: mask as i64,
            umin: 0,
            umax: mask,
            s32_min,
            s32_max,
            u32_min: 0,
            u32_max: mask.min(u32::MAX as u64) as u32,
        }
    }

    /// `reg_bounds_sync` step by step, as the kernel runs it, leaving once the first
    /// `__update_reg_bounds` gives [`Scalar::of_tnum`]. The flags every call reads are read
    /// once, up front (a read is noted for `min_kernel`; reading one again notes nothing
    /// new).
    fn sync_rounds(&mut self, domain: &Domain) {
        let crate::releases::SyncFlags {
            single_value_tnum: single,
            deduce_cross_domain: cross,
            deduce_rounds,
            bound_offset_subreg,
        } = domain.sync_flags();
        self.update_bounds_as(single);
        // What the known bits give, as [`Scalar::sync`]'s shortcut: the rest is a fixpoint.
        if self.is_of_tnum() {
            return;
        }
        let tightened = *self;
        for _ in 0..deduce_rounds {
            let before = *self;
            self.deduce_round(cross, domain);
            // A round is a function of the scalar alone: one that changes nothing is a
            // fixpoint, and the kernel's remaining rounds would change nothing either.
            if *self == before {
                break;
            }
        }
        self.bound_offset_as(bound_offset_subreg);
        // `__update_reg_bounds` is idempotent: when the rounds and the offset changed
        // nothing since the first call, a second one would change nothing either.
        if *self != tightened {
            self.update_bounds_as(single);
        }
    }

    /// `__update_reg_bounds`: tighten the bounds from the known bits.
    fn update_bounds(&mut self, domain: &Domain) {
        self.update_bounds_as(domain.single_value_tnum());
    }

    /// [`Scalar::update_bounds`] with [`Domain::single_value_tnum`] read.
    #[inline]
    fn update_bounds_as(&mut self, single_value_tnum: bool) {
        self.update_bounds32();
        self.update_bounds64(single_value_tnum);
    }

    /// `__update_reg32_bounds`.
    fn update_bounds32(&mut self) {
        let t = self.var_off.subreg();
        let (v, m) = (t.value as u32, t.mask as u32);
        self.s32_min = self.s32_min.max((v | (m & i32::MIN as u32)) as i32);
        self.s32_max = self.s32_max.min((v | (m & i32::MAX as u32)) as i32);
        self.u32_min = self.u32_min.max(v);
        self.u32_max = self.u32_max.min(v | m);
    }

    /// `__update_reg64_bounds`, with the single-value check when the kernel has it.
    fn update_bounds64(&mut self, single_value_tnum: bool) {
        let (v, m) = (self.var_off.value, self.var_off.mask);
        self.smin = self.smin.max((v | (m & i64::MIN as u64)) as i64);
        self.smax = self.smax.min((v | (m & i64::MAX as u64)) as i64);
        self.umin = self.umin.max(v);
        self.umax = self.umax.min(v | m);
        if single_value_tnum {
            self.collapse_single_value();
        }
    }

    /// The part of `__update_reg64_bounds` added by efc11a667878: when the unsigned range
    /// and the known bits share one value only, the register is that value.
    fn collapse_single_value(&mut self) {
        let t = self.var_off;
        let next = t.step(self.umin);
        let umin_in = self.umin & !t.mask == t.value;
        let tmax = t.value | t.mask;
        let only = if umin_in && next > self.umax {
            Some(self.umin)
        } else if !umin_in && next == tmax {
            Some(tmax)
        } else if !umin_in && next <= self.umax && t.step(next) > self.umax {
            Some(next)
        } else {
            None
        };
        if let Some(x) = only {
            *self = Scalar::known(x);
        }
    }

    /// `__reg_deduce_bounds`: one round.
    #[cfg(test)]
    fn deduce_bounds(&mut self, domain: &Domain) {
        self.deduce_round(domain.deduce_cross_domain(), domain);
    }

    /// `__reg_deduce_bounds`, one round, with [`Domain::deduce_cross_domain`] read.
    #[inline]
    fn deduce_round(&mut self, cross_domain: bool, domain: &Domain) {
        if !cross_domain {
            self.deduce32_sign();
            self.deduce64_sign();
            return;
        }
        self.deduce32(domain);
        self.deduce64(domain);
        self.deduce_mixed();
    }

    /// `__reg32_deduce_bounds` before [`Domain::deduce_cross_domain`]: the signed and
    /// unsigned ranges combine when the signed one does not cross the sign; otherwise the
    /// unsigned range may tell the sign.
    fn deduce32_sign(&mut self) {
        if self.s32_min >= 0 || self.s32_max < 0 {
            let lo = (self.s32_min as u32).max(self.u32_min);
            let hi = (self.s32_max as u32).min(self.u32_max);
            (self.s32_min, self.u32_min) = (lo as i32, lo);
            (self.s32_max, self.u32_max) = (hi as i32, hi);
        } else if (self.u32_max as i32) >= 0 {
            let hi = (self.s32_max as u32).min(self.u32_max);
            self.s32_min = self.u32_min as i32;
            (self.s32_max, self.u32_max) = (hi as i32, hi);
        } else if (self.u32_min as i32) < 0 {
            let lo = (self.s32_min as u32).max(self.u32_min);
            (self.s32_min, self.u32_min) = (lo as i32, lo);
            self.s32_max = self.u32_max as i32;
        }
    }

    /// `__reg64_deduce_bounds` before [`Domain::deduce_cross_domain`], as
    /// [`Scalar::deduce32_sign`] for the 64-bit ranges.
    fn deduce64_sign(&mut self) {
        if self.smin >= 0 || self.smax < 0 {
            let lo = (self.smin as u64).max(self.umin);
            let hi = (self.smax as u64).min(self.umax);
            (self.smin, self.umin) = (lo as i64, lo);
            (self.smax, self.umax) = (hi as i64, hi);
        } else if (self.umax as i64) >= 0 {
            let hi = (self.smax as u64).min(self.umax);
            self.smin = self.umin as i64;
            (self.smax, self.umax) = (hi as i64, hi);
        } else if (self.umin as i64) < 0 {
            let lo = (self.smin as u64).max(self.umin);
            (self.smin, self.umin) = (lo as i64, lo);
            self.smax = self.umax as i64;
        }
    }

    /// `__reg32_deduce_bounds`.
    fn deduce32(&mut self, domain: &Domain) {
        if self.umin >> 32 == self.umax >> 32 {
            self.u32_min = self.u32_min.max(self.umin as u32);
            self.u32_max = self.u32_max.min(self.umax as u32);
            if (self.umin as i32) <= (self.umax as i32) {
                self.s32_min = self.s32_min.max(self.umin as i32);
                self.s32_max = self.s32_max.min(self.umax as i32);
            }
        }
        if self.smin >> 32 == self.smax >> 32 {
            if (self.smin as u32) <= (self.smax as u32) {
                self.u32_min = self.u32_min.max(self.smin as u32);
                self.u32_max = self.u32_max.min(self.smax as u32);
            }
            if (self.smin as i32) <= (self.smax as i32) {
                self.s32_min = self.s32_min.max(self.smin as i32);
                self.s32_max = self.s32_max.min(self.smax as i32);
            }
        }
        // Upper halves two consecutive numbers, low halves a signed range through zero.
        if ((self.umin >> 32) as u32).wrapping_add(1) == (self.umax >> 32) as u32
            && (self.umin as i32) < 0
            && (self.umax as i32) >= 0
        {
            self.s32_min = self.s32_min.max(self.umin as i32);
            self.s32_max = self.s32_max.min(self.umax as i32);
        }
        if ((self.smin >> 32) as u32).wrapping_add(1) == (self.smax >> 32) as u32
            && (self.smin as i32) < 0
            && (self.smax as i32) >= 0
        {
            self.s32_min = self.s32_min.max(self.smin as i32);
            self.s32_max = self.s32_max.min(self.smax as i32);
        }
        if (self.u32_min as i32) <= (self.u32_max as i32) {
            self.s32_min = self.s32_min.max(self.u32_min as i32);
            self.s32_max = self.s32_max.min(self.u32_max as i32);
        }
        if (self.s32_min as u32) <= (self.s32_max as u32) {
            self.u32_min = self.u32_min.max(self.s32_min as u32);
            self.u32_max = self.u32_max.min(self.s32_max as u32);
        } else if domain.s32_sign_crossing() {
            if self.u32_max < self.s32_min as u32 {
                // The u32 range meets only the non-negative part of the s32 range.
                self.s32_min = self.u32_min as i32;
                self.u32_max = self.u32_max.min(self.s32_max as u32);
            } else if (self.s32_max as u32) < self.u32_min {
                // ... only the negative part.
                self.s32_max = self.u32_max as i32;
                self.u32_min = self.u32_min.max(self.s32_min as u32);
            }
        }
    }

    /// `__reg64_deduce_bounds`.
    fn deduce64(&mut self, domain: &Domain) {
        if (self.umin as i64) <= (self.umax as i64) {
            self.smin = self.smin.max(self.umin as i64);
            self.smax = self.smax.min(self.umax as i64);
        }
        if (self.smin as u64) <= (self.smax as u64) {
            self.umin = self.umin.max(self.smin as u64);
            self.umax = self.umax.min(self.smax as u64);
        } else if domain.s64_sign_crossing() {
            if self.umax < self.smin as u64 {
                self.smin = self.umin as i64;
                self.umax = self.umax.min(self.smax as u64);
            } else if (self.smax as u64) < self.umin {
                self.smax = self.umax as i64;
                self.umin = self.umin.max(self.smin as u64);
            }
        }
    }

    /// `__reg_deduce_mixed_bounds`: 64-bit bounds from 32-bit ones.
    fn deduce_mixed(&mut self) {
        const HI: u64 = !0xffff_ffffu64;
        let with_lo = |hi: u64, lo: u32| (hi & HI) | lo as u64;
        self.umin = self.umin.max(with_lo(self.umin, self.u32_min));
        self.umax = self.umax.min(with_lo(self.umax, self.u32_max));
        self.smin = self
            .smin
            .max(with_lo(self.smin as u64, self.u32_min) as i64);
        self.smax = self
            .smax
            .min(with_lo(self.smax as u64, self.u32_max) as i64);
        if (self.s32_min as u32) <= (self.s32_max as u32) {
            let (lo, hi) = (self.s32_min as u32, self.s32_max as u32);
            self.umin = self.umin.max(with_lo(self.umin, lo));
            self.umax = self.umax.min(with_lo(self.umax, hi));
            self.smin = self.smin.max(with_lo(self.smin as u64, lo) as i64);
            self.smax = self.smax.min(with_lo(self.smax as u64, hi) as i64);
        }
        // After a sign-extending load: the upper half cannot be all ones when the low half
        // is non-negative and the value is within [S32_MIN, S32_MAX].
        if self.s32_min >= 0 && self.smin >= i32::MIN as i64 && self.smax <= i32::MAX as i64 {
            self.smin = self.s32_min as i64;
            self.smax = self.s32_max as i64;
            self.umin = self.s32_min as u64;
            self.umax = self.s32_max as u64;
            self.var_off = self
                .var_off
                .intersect(Tnum::range(self.smin as u64, self.smax as u64));
        }
    }

    /// `__reg_bound_offset`: known bits from the unsigned ranges. Before
    /// [`Domain::bound_offset_subreg`] (the flag, read by the caller) the 32-bit range
    /// narrows the low half of the old tnum instead of the one the 64-bit range just
    /// narrowed.
    fn bound_offset_as(&mut self, bound_offset_subreg: bool) {
        let var64 = self.var_off.intersect(Tnum::range(self.umin, self.umax));
        let low = if bound_offset_subreg {
            var64.subreg()
        } else {
            self.var_off.subreg()
        };
        let var32 = low.intersect(Tnum::range(self.u32_min as u64, self.u32_max as u64));
        self.var_off = var64.clear_subreg().or(var32);
    }

    /// `reg_bounds_sanity_check`: the kernel's "REG INVARIANTS VIOLATION" reason, if any.
    pub fn sanity_violation(&self) -> Option<&'static str> {
        if self.umin > self.umax
            || self.smin > self.smax
            || self.u32_min > self.u32_max
            || self.s32_min > self.s32_max
        {
            return Some("range bounds violation");
        }
        if self.var_off.is_const() {
            let u = self.var_off.value;
            if self.umin != u || self.umax != u || self.smin != u as i64 || self.smax != u as i64 {
                return Some("const tnum out of sync with range bounds");
            }
        }
        if self.var_off.subreg_is_const() {
            let u = self.var_off.subreg().value as u32;
            if self.u32_min != u
                || self.u32_max != u
                || self.s32_min != u as i32
                || self.s32_max != u as i32
            {
                return Some("const subreg tnum out of sync with range bounds");
            }
        }
        None
    }

    // ---- helpers shared by the transfer functions ----

    fn unbound64(&mut self) {
        self.smin = i64::MIN;
        self.smax = i64::MAX;
        self.umin = 0;
        self.umax = u64::MAX;
    }

    fn unbound32(&mut self) {
        self.s32_min = i32::MIN;
        self.s32_max = i32::MAX;
        self.u32_min = 0;
        self.u32_max = u32::MAX;
    }

    /// `__mark_reg32_known`.
    fn mark32_known(&mut self, v: u32) {
        self.var_off = self.var_off.const_subreg(v);
        self.s32_min = v as i32;
        self.s32_max = v as i32;
        self.u32_min = v;
        self.u32_max = v;
    }

    /// `zext_32_to_64` (`__reg_assign_32_into_64`).
    pub(crate) fn zext_32_to_64(&mut self) {
        self.var_off = self.var_off.subreg();
        self.umin = self.u32_min as u64;
        self.umax = self.u32_max as u64;
        if self.s32_min >= 0 && self.s32_max >= 0 {
            self.smin = self.s32_min as i64;
            self.smax = self.s32_max as i64;
        } else {
            self.smin = 0;
            self.smax = u32::MAX as i64;
        }
    }

    /// `coerce_reg_to_size`: keep the low `size` bytes (1, 2 or 4).
    fn coerce_to_size(&mut self, size: u32, domain: &Domain) {
        self.var_off = self.var_off.cast(size);
        let mask = (1u64 << (size * 8)) - 1;
        if self.umin & !mask == self.umax & !mask {
            self.umin &= mask;
            self.umax &= mask;
        } else {
            self.umin = 0;
            self.umax = mask;
        }
        self.smin = self.umin as i64;
        self.smax = self.umax as i64;
        if !domain.no_combine_after_refine() {
            // 6.1: a 4-byte truncation is left as it is, narrower ones rebuild the
            // 32-bit bounds from the 64-bit ones.
            if size < 4 {
                self.combine_64_into_32(domain);
            }
            return;
        }
        if size < 4 {
            self.unbound32();
        }
        self.sync(domain);
    }

    /// `__reg_combine_64_into_32` (before [`Domain::no_combine_after_refine`]): the 32-bit
    /// bounds are the 64-bit ones where those fit, else unbounded; then `reg_bounds_sync`.
    pub(crate) fn combine_64_into_32(&mut self, domain: &Domain) {
        self.unbound32();
        let s32 = |v: i64| (i32::MIN as i64..=i32::MAX as i64).contains(&v);
        if s32(self.smin) && s32(self.smax) {
            (self.s32_min, self.s32_max) = (self.smin as i32, self.smax as i32);
        }
        if self.umin <= u32::MAX as u64 && self.umax <= u32::MAX as u64 {
            (self.u32_min, self.u32_max) = (self.umin as u32, self.umax as u32);
        }
        self.sync(domain);
    }

    /// `__reg_combine_32_into_64` (before [`Domain::no_combine_after_refine`]): with the
    /// upper half known zero the 64-bit bounds are the 32-bit ones
    /// (`__reg_assign_32_into_64`), else unbounded; then `reg_bounds_sync`.
    pub(crate) fn combine_32_into_64(&mut self, domain: &Domain) {
        if self.var_off.clear_subreg() == Tnum::constant(0) {
            self.umin = self.u32_min as u64;
            self.umax = self.u32_max as u64;
            let s64 = |v: i32| v >= 0;
            (self.smin, self.smax) = if s64(self.s32_min) && s64(self.s32_max) {
                (self.s32_min as i64, self.s32_max as i64)
            } else {
                (0, u32::MAX as i64)
            };
        } else {
            self.unbound64();
        }
        self.sync(domain);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use isa::AluOp;

    #[test]
    fn mov_of_a_sign_extended_immediate_is_mov_imm() {
        let d = Domain::NEWEST;
        for imm in [0, 1, -1, 0x7fff_ffff, i32::MIN, -4096] {
            let src = Scalar::known(imm as i64 as u64);
            for w in [Width::W64, Width::W32] {
                let AluOutcome::Value(v) = Scalar::UNKNOWN.alu(AluOp::Mov, w, &src, &d) else {
                    panic!("a move does not fork");
                };
                assert_eq!(v, Scalar::mov_imm(w, imm), "{w:?} {imm}");
            }
        }
    }

    /// `reg_bounds_sync` as the kernel writes it: every step, every round.
    fn kernel_sync(s: &mut Scalar, d: &Domain) {
        s.update_bounds(d);
        for _ in 0..d.deduce_rounds() {
            s.deduce_bounds(d);
        }
        s.bound_offset_as(d.bound_offset_subreg());
        s.update_bounds(d);
    }

    /// Scalars whose bounds and known bits come from a few random draws each: some
    /// already synced, most not.
    fn random_scalars(n: usize) -> Vec<Scalar> {
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        (0..n)
            .map(|_| {
                let (v, m) = (next(), next() >> (next() % 64));
                let mut s = Scalar {
                    var_off: Tnum::new(v & !m, m),
                    ..Scalar::UNKNOWN
                };
                let (a, b) = (next(), next());
                match next() % 4 {
                    0 => (s.umin, s.umax) = (a.min(b), a.max(b)),
                    1 => (s.smin, s.smax) = ((a as i64).min(b as i64), (a as i64).max(b as i64)),
                    2 => {
                        (s.u32_min, s.u32_max) =
                            ((a as u32).min(b as u32), (a as u32).max(b as u32))
                    }
                    _ => s.sync(&Domain::NEWEST),
                }
                s
            })
            .collect()
    }

    /// [`Scalar::of_tnum`] of tnums of every shape the ALU leaves (runs of unknown bits at
    /// the bottom, the top, around bit 31 and bit 63, single unknown bits, random masks over
    /// random values), the same tnums with looser bounds, and near misses of each (one
    /// bound one step tighter).
    fn tnum_bounded_scalars() -> Vec<Scalar> {
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let mut masks = vec![u64::MAX];
        for a in 0..64 {
            masks.push(1 << a);
            masks.push(u64::MAX << a);
            masks.push(u64::MAX >> a);
            for b in [1, 2, 31, 32, 33, 63] {
                masks.push((u64::MAX >> a) & (u64::MAX << (a + b).min(63)));
                masks.push(u64::MAX.rotate_left(a) & !(1 << b));
            }
        }
        masks.extend((0..1000).map(|_| next() & next() >> (next() % 64)));
        let values = [
            0,
            u64::MAX,
            1 << 63,
            1 << 31,
            0x8000_0000_8000_0000,
            0xffff_ffff,
        ];
        let mut out = Vec::new();
        for m in masks {
            let mut vs: Vec<u64> = values.to_vec();
            vs.extend((0..4).map(|_| next()));
            for v in vs {
                let t = Tnum::new(v & !m, m);
                let s = Scalar::of_tnum(t);
                out.push(s);
                // Bounds that `__update_reg_bounds` tightens to the tnum's.
                out.push(Scalar {
                    var_off: t,
                    ..Scalar::UNKNOWN
                });
                out.push(Scalar {
                    var_off: t,
                    umax: s.umax,
                    s32_min: s.s32_min,
                    ..Scalar::UNKNOWN
                });
                let near = [
                    Scalar {
                        umin: s.umin.saturating_add(1),
                        ..s
                    },
                    Scalar {
                        umax: s.umax.saturating_sub(1),
                        ..s
                    },
                    Scalar {
                        smin: s.smin.saturating_add(1),
                        ..s
                    },
                    Scalar {
                        smax: s.smax.saturating_sub(1),
                        ..s
                    },
                    Scalar {
                        u32_min: s.u32_min.saturating_add(1),
                        ..s
                    },
                    Scalar {
                        u32_max: s.u32_max.saturating_sub(1),
                        ..s
                    },
                    Scalar {
                        s32_min: s.s32_min.saturating_add(1),
                        ..s
                    },
                    Scalar {
                        s32_max: s.s32_max.saturating_sub(1),
                        ..s
                    },
                ];
                out.extend(near.into_iter().filter(|n| n.var_off.mask != 0 && *n != s));
            }
        }
        out
    }

    /// The shortcuts of [`Scalar::sync`] give what the kernel's steps give.
    #[test]
    fn sync_shortcuts_agree_with_the_rounds() {
        let values = [
            0,
            1,
            5,
            u64::MAX,
            1 << 63,
            u32::MAX as u64,
            0x8000_0000,
            0x1_0000_0001,
        ];
        let mut scalars = vec![Scalar::UNKNOWN];
        for v in values {
            let c = Tnum::constant(v);
            scalars.push(Scalar::known(v));
            scalars.push(Scalar {
                var_off: c,
                ..Scalar::UNKNOWN
            });
            scalars.push(Scalar {
                var_off: c,
                umin: v.saturating_sub(3),
                umax: v | 7,
                ..Scalar::UNKNOWN
            });
            scalars.push(Scalar {
                var_off: c,
                smin: (v as i64).wrapping_sub(1),
                ..Scalar::UNKNOWN
            });
            // Bounds that exclude the value: not a shortcut.
            scalars.push(Scalar {
                var_off: c,
                umin: v.wrapping_add(1),
                ..Scalar::UNKNOWN
            });
        }
        for bits in 1..64 {
            let low = Scalar::low_bits_unknown(bits);
            scalars.push(low);
            // Near misses: not the shortcut's scalar.
            scalars.push(Scalar {
                umax: low.umax - 1,
                ..low
            });
            scalars.push(Scalar { smin: -1, ..low });
            scalars.push(Scalar {
                var_off: Tnum::new(0, low.umax >> 1),
                ..low
            });
        }
        scalars.extend(random_scalars(2000));
        scalars.extend(tnum_bounded_scalars());
        // Every release from 6.1 to 6.19, and the patch levels with backports we model.
        let releases = (1..=19)
            .map(|minor| (minor, 0))
            .chain([(1, 192), (12, 118), (18, 44)])
            .map(|(minor, patch)| skctx::KernelVersion::with_patch(6, minor, patch));
        let domains = releases.filter_map(|v| Domain::for_version(v).ok());
        for d in domains.chain([Domain::V6_1, Domain::NEWEST]) {
            for s in &scalars {
                let (mut fast, mut full) = (*s, *s);
                fast.sync(&d);
                kernel_sync(&mut full, &d);
                assert_eq!(fast, full, "{s:?}");
                // A transfer function's closing `__update_reg_bounds` before the sync
                // changes nothing (`update_bounds_unless_synced`).
                let mut updated = *s;
                updated.update_bounds(&d);
                updated.sync(&d);
                assert_eq!(updated, full, "updated first: {s:?}");
            }
        }
    }

    #[test]
    fn prints_like_the_verifier_log() {
        let d = Domain::NEWEST;
        // Lines of the 6.18.44 log (tests/kernel.rs compares thousands more).
        let masked = Scalar::from_tnum(Tnum::new(0, 0x3f00), &d);
        assert_eq!(
            masked.to_string(),
            "scalar(smin=smin32=0,smax=umax=smax32=umax32=16128,var_off=(0x0; 0x3f00))"
        );
        let or_minus_two = Scalar::from_tnum(Tnum::new(u64::MAX - 1, 1), &d);
        assert_eq!(
            or_minus_two.to_string(),
            "scalar(smin=smin32=-2,smax=smax32=-1,umin=0xfffffffffffffffe,umin32=0xfffffffe,\
             var_off=(0xfffffffffffffffe; 0x1))"
        );
        assert_eq!(Scalar::UNKNOWN.to_string(), "scalar()");
        assert_eq!(Scalar::known(u64::MAX).to_string(), "-1");
        assert_eq!(Scalar::known(0x7fff_ffff).to_string(), "0x7fffffff");
    }
}
