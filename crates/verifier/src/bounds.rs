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
//! Every result is checked against the live kernel's level-2 log on random programs
//! (`tests/kernel.rs`) and against a brute-force model for soundness (`tests/soundness.rs`).

use std::fmt;

use isa::{AluOp, EndianKind, JmpCond, Size, Width};

use crate::releases::Domain;
use crate::tnum::{fmt_snum, fmt_unum, Tnum};

/// The verifier's view of one scalar register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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

/// A comparison after `rev_opcode`: the six orders, equality, and JSET both ways.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cond {
    Eq,
    Ne,
    Set,
    /// `BPF_JSET | BPF_X` in the kernel: the not-taken side of JSET.
    NotSet,
    Gt,
    Ge,
    Lt,
    Le,
    SGt,
    SGe,
    SLt,
    SLe,
}

impl Cond {
    fn of(c: JmpCond) -> Cond {
        match c {
            JmpCond::Eq => Cond::Eq,
            JmpCond::Ne => Cond::Ne,
            JmpCond::Set => Cond::Set,
            JmpCond::Gt => Cond::Gt,
            JmpCond::Ge => Cond::Ge,
            JmpCond::Lt => Cond::Lt,
            JmpCond::Le => Cond::Le,
            JmpCond::SGt => Cond::SGt,
            JmpCond::SGe => Cond::SGe,
            JmpCond::SLt => Cond::SLt,
            JmpCond::SLe => Cond::SLe,
        }
    }

    /// `rev_opcode`: the condition of the fall-through side.
    fn reversed(self) -> Cond {
        match self {
            Cond::Eq => Cond::Ne,
            Cond::Ne => Cond::Eq,
            Cond::Set => Cond::NotSet,
            Cond::NotSet => Cond::Set,
            Cond::Ge => Cond::Lt,
            Cond::Gt => Cond::Le,
            Cond::Le => Cond::Gt,
            Cond::Lt => Cond::Ge,
            Cond::SGe => Cond::SLt,
            Cond::SGt => Cond::SLe,
            Cond::SLe => Cond::SGt,
            Cond::SLt => Cond::SGe,
        }
    }

    /// `flip_opcode`: the same test with the operands swapped.
    fn flipped(self) -> Cond {
        match self {
            Cond::Ge => Cond::Le,
            Cond::Gt => Cond::Lt,
            Cond::Le => Cond::Ge,
            Cond::Lt => Cond::Gt,
            Cond::SGe => Cond::SLe,
            Cond::SGt => Cond::SLt,
            Cond::SLe => Cond::SGe,
            Cond::SLt => Cond::SGt,
            other => other,
        }
    }
}

/// The concrete meaning of a jump condition: whether `a <cond> b` holds for the 32-bit
/// (low halves) or 64-bit values. The model every abstract answer is checked against.
pub fn concrete_cond(cond: JmpCond, width: Width, a: u64, b: u64) -> bool {
    let (a, b) = match width {
        Width::W64 => (a, b),
        Width::W32 => (a as u32 as u64, b as u32 as u64),
    };
    let (sa, sb) = match width {
        Width::W64 => (a as i64, b as i64),
        Width::W32 => (a as u32 as i32 as i64, b as u32 as i32 as i64),
    };
    match cond {
        JmpCond::Eq => a == b,
        JmpCond::Ne => a != b,
        JmpCond::Set => a & b != 0,
        JmpCond::Gt => a > b,
        JmpCond::Ge => a >= b,
        JmpCond::Lt => a < b,
        JmpCond::Le => a <= b,
        JmpCond::SGt => sa > sb,
        JmpCond::SGe => sa >= sb,
        JmpCond::SLt => sa < sb,
        JmpCond::SLe => sa <= sb,
    }
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

    /// `reg_bounds_sync`.
    pub fn sync(&mut self, domain: &Domain) {
        self.update_bounds(domain);
        for _ in 0..domain.deduce_rounds() {
            self.deduce_bounds(domain);
        }
        self.bound_offset();
        self.update_bounds(domain);
    }

    /// `__update_reg_bounds`: tighten the bounds from the known bits.
    fn update_bounds(&mut self, domain: &Domain) {
        self.update_bounds32();
        self.update_bounds64(domain);
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
    fn update_bounds64(&mut self, domain: &Domain) {
        let (v, m) = (self.var_off.value, self.var_off.mask);
        self.smin = self.smin.max((v | (m & i64::MIN as u64)) as i64);
        self.smax = self.smax.min((v | (m & i64::MAX as u64)) as i64);
        self.umin = self.umin.max(v);
        self.umax = self.umax.min(v | m);
        if domain.single_value_tnum {
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
    fn deduce_bounds(&mut self, domain: &Domain) {
        self.deduce32(domain);
        self.deduce64(domain);
        self.deduce_mixed();
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
        } else if domain.s32_sign_crossing {
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
        } else if domain.s64_sign_crossing {
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

    /// `__reg_bound_offset`: known bits from the unsigned ranges.
    fn bound_offset(&mut self) {
        let var64 = self.var_off.intersect(Tnum::range(self.umin, self.umax));
        let var32 = var64
            .subreg()
            .intersect(Tnum::range(self.u32_min as u64, self.u32_max as u64));
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
    fn zext_32_to_64(&mut self) {
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
        if size < 4 {
            self.unbound32();
        }
        self.sync(domain);
    }

    // ---- ALU ----

    /// `dst = dst <op> src` for scalars (`adjust_scalar_min_max_vals`, MOV and MOVSX from
    /// `check_alu_op`). `src` is the source register, or for an immediate the kernel's
    /// `__mark_reg_known(imm)`: [`Scalar::known`] of the sign-extended `imm` for both
    /// widths (MOV is the exception: `w = imm` is `known(imm as u32)`, use
    /// [`Scalar::mov_imm`]). NEG ignores `src`.
    pub fn alu(&self, op: AluOp, width: Width, src: &Scalar, domain: &Domain) -> AluOutcome {
        match op {
            AluOp::Mov => return AluOutcome::Value(self.mov(width, src, domain)),
            AluOp::MovSx(size) => return AluOutcome::Value(src.movsx(width, size, domain)),
            AluOp::Div | AluOp::SDiv | AluOp::Mod | AluOp::SMod => {
                return AluOutcome::Value(Scalar::UNKNOWN)
            }
            AluOp::Neg if !domain.neg_tracking => return AluOutcome::Value(Scalar::UNKNOWN),
            AluOp::Lsh | AluOp::Rsh | AluOp::Arsh if !shift_is_computable(width, src) => {
                return AluOutcome::Value(Scalar::UNKNOWN)
            }
            AluOp::And | AluOp::Or if domain.fork_on_and_or && src.var_off.is_const() => {
                if let Some((minus_one, zero)) = self.fork_minus_one_zero() {
                    return AluOutcome::Fork {
                        first: minus_one.apply(op, width, src, domain),
                        pushed: zero,
                    };
                }
            }
            _ => {}
        }
        AluOutcome::Value(self.apply(op, width, src, domain))
    }

    /// The transfer function proper, for the ops `adjust_scalar_min_max_vals` computes.
    fn apply(&self, op: AluOp, width: Width, src: &Scalar, domain: &Domain) -> Scalar {
        let alu32 = width == Width::W32;
        let mut d = *self;
        match op {
            AluOp::Add => {
                d.add32(src, domain);
                d.add64(src, domain);
                d.var_off = d.var_off.add(src.var_off);
            }
            AluOp::Sub => {
                d.sub32(src, domain);
                d.sub64(src, domain);
                d.var_off = d.var_off.sub(src.var_off);
            }
            AluOp::Neg => {
                let old = *self;
                d = Scalar::known(0);
                d.sub32(&old, domain);
                d.sub64(&old, domain);
                d.var_off = old.var_off.neg();
            }
            AluOp::Mul => {
                d.var_off = d.var_off.mul(src.var_off, domain.tnum_mul());
                d.mul32(src, domain);
                d.mul64(src, domain);
            }
            AluOp::And => {
                d.var_off = d.var_off.and(src.var_off);
                d.and32(src);
                d.and64(src, domain);
            }
            AluOp::Or => {
                d.var_off = d.var_off.or(src.var_off);
                d.or32(src);
                d.or64(src, domain);
            }
            AluOp::Xor => {
                d.var_off = d.var_off.xor(src.var_off);
                d.xor32(src);
                d.xor64(src, domain);
            }
            AluOp::Lsh if alu32 => d.lsh32(src),
            AluOp::Lsh => d.lsh64(src, domain),
            AluOp::Rsh if alu32 => d.rsh32(src),
            AluOp::Rsh => d.rsh64(src, domain),
            AluOp::Arsh if alu32 => d.arsh32(src),
            AluOp::Arsh => d.arsh64(src, domain),
            AluOp::Mov | AluOp::MovSx(_) | AluOp::Div | AluOp::SDiv | AluOp::Mod | AluOp::SMod => {}
        }
        if alu32 {
            d.zext_32_to_64();
        }
        d.sync(domain);
        d
    }

    /// `maybe_fork_scalars`: a value in [-1, 0] (64-bit, else 32-bit) is split into the
    /// two constants before AND/OR with a constant: (the -1 path, the 0 path).
    fn fork_minus_one_zero(&self) -> Option<(Scalar, Scalar)> {
        let (mut minus_one, mut zero) = (*self, *self);
        if self.smin == -1 && self.smax == 0 {
            minus_one = Scalar::known(u64::MAX);
            zero = Scalar::known(0);
        } else if self.s32_min == -1 && self.s32_max == 0 {
            minus_one.mark32_known(u32::MAX);
            zero.mark32_known(0);
        } else {
            return None;
        }
        Some((minus_one, zero))
    }

    /// `coerce_reg_to_size`: the value zero-extended from its low `size` bytes, as after a
    /// narrow load (`check_mem_access`); `Size::DW` leaves it as it is.
    pub fn truncated(&self, size: Size, domain: &Domain) -> Scalar {
        let mut d = *self;
        if size != Size::DW {
            d.coerce_to_size(size.bytes(), domain);
        }
        d
    }

    /// `coerce_reg_to_size_sx`: the value sign-extended from its low `size` bytes, as after
    /// a sign-extending load (`BPF_MEMSX`) or `r1 = (s8/s16/s32) r1`; `Size::DW` leaves it
    /// as it is.
    pub fn sign_extended(&self, size: Size, domain: &Domain) -> Scalar {
        let mut d = *self;
        if size != Size::DW {
            d.coerce_to_size_sx(size.bytes(), domain);
        }
        d
    }

    /// `dst = imm` (`check_alu_op`, `BPF_MOV | BPF_K`): 64-bit sign-extends, 32-bit
    /// zero-extends.
    pub fn mov_imm(width: Width, imm: i32) -> Scalar {
        match width {
            Width::W64 => Scalar::known(imm as i64 as u64),
            Width::W32 => Scalar::known(imm as u32 as u64),
        }
    }

    /// `dst = src` / `w_dst = w_src`.
    fn mov(&self, width: Width, src: &Scalar, domain: &Domain) -> Scalar {
        let _ = self;
        let mut d = *src;
        if width == Width::W32 {
            d.zext_32_to_64();
            d.sync(domain);
        }
        d
    }

    /// `dst = (s8/s16/s32) src` (`coerce_reg_to_size_sx`) and `w_dst = (s8/s16) w_src`
    /// (`coerce_subreg_to_size_sx`, then zero extension).
    fn movsx(&self, width: Width, size: Size, domain: &Domain) -> Scalar {
        let mut d = *self;
        match width {
            Width::W64 => d.coerce_to_size_sx(size.bytes(), domain),
            Width::W32 => {
                d.coerce_subreg_to_size_sx(size.bytes());
                d.zext_32_to_64();
                d.sync(domain);
            }
        }
        d
    }

    /// `coerce_reg_to_size_sx`.
    fn coerce_to_size_sx(&mut self, size: u32, domain: &Domain) {
        let bits = size * 8;
        let sext = |v: u64| -> i64 {
            match size {
                1 => v as i8 as i64,
                2 => v as i16 as i64,
                _ => v as i32 as i64,
            }
        };
        if self.var_off.is_const() {
            *self = Scalar::known(sext(self.var_off.value) as u64);
            return;
        }
        let top = |v: i64| ((v as u64) >> bits) << bits;
        if top(self.smax) == top(self.smin) {
            let (a, b) = (sext(self.smax as u64), sext(self.smin as u64));
            let (lo, hi) = (a.min(b), a.max(b));
            if (hi >= 0) == (lo >= 0) {
                *self = Scalar {
                    var_off: Tnum::range(lo as u64, hi as u64),
                    smin: lo,
                    smax: hi,
                    umin: lo as u64,
                    umax: hi as u64,
                    s32_min: lo as i32,
                    s32_max: hi as i32,
                    u32_min: lo as u32,
                    u32_max: hi as u32,
                };
                return;
            }
        }
        let (lo, hi) = sext_limits(size);
        let fits = |v: i32| (lo..=hi).contains(&(v as i64));
        if domain.sext_keeps_low_half && fits(self.s32_min) && fits(self.s32_max) {
            // The signed low half already fits the narrow type, so sign extension gives
            // the sign extension of the low 32 bits: the signed range is the s32 one and
            // the 32-bit bounds survive ([`Domain::sext_keeps_low_half`]).
            *self = Scalar {
                var_off: Tnum::UNKNOWN,
                smin: self.s32_min as i64,
                smax: self.s32_max as i64,
                umin: 0,
                umax: u64::MAX,
                ..*self
            };
            self.sync(domain);
            return;
        }
        // set_sext64_default_val
        *self = Scalar {
            var_off: Tnum::UNKNOWN,
            smin: lo,
            smax: hi,
            umin: 0,
            umax: u64::MAX,
            s32_min: lo as i32,
            s32_max: hi as i32,
            u32_min: 0,
            u32_max: u32::MAX,
        };
    }

    /// `coerce_subreg_to_size_sx` (size 1 or 2).
    fn coerce_subreg_to_size_sx(&mut self, size: u32) {
        let bits = size * 8;
        let sext = |v: u32| -> i32 {
            if size == 1 {
                v as i8 as i32
            } else {
                v as i16 as i32
            }
        };
        if self.var_off.is_const() {
            let v = sext(self.var_off.value as u32);
            // The kernel makes the whole tnum the sign-extended 64-bit constant and sets
            // only the 32-bit bounds; zero extension follows.
            self.var_off = Tnum::constant(v as i64 as u64);
            self.s32_min = v;
            self.s32_max = v;
            self.u32_min = v as u32;
            self.u32_max = v as u32;
            return;
        }
        let top = |v: i32| ((v as u32) >> bits) << bits;
        if top(self.s32_max) == top(self.s32_min) {
            let (a, b) = (sext(self.s32_max as u32), sext(self.s32_min as u32));
            let (lo, hi) = (a.min(b), a.max(b));
            if (lo >= 0) == (hi >= 0) {
                self.s32_min = lo;
                self.s32_max = hi;
                self.u32_min = lo as u32;
                self.u32_max = hi as u32;
                self.var_off = Tnum::range(lo as i64 as u64, hi as i64 as u64).subreg();
                return;
            }
        }
        // set_sext32_default_val
        let (lo, hi) = sext_limits(size);
        self.s32_min = lo as i32;
        self.s32_max = hi as i32;
        self.u32_min = 0;
        self.u32_max = u32::MAX;
        self.var_off = Tnum::UNKNOWN.subreg();
    }

    /// Byte swaps (`BPF_END`, `bits` 16/32/64): `scalar_byte_swap` when the kernel tracks
    /// them, else an unknown value (`check_alu_op` marks the destination unknown).
    pub fn endian(&self, kind: EndianKind, bits: u16, domain: &Domain) -> Scalar {
        if !domain.bswap_tracking {
            return Scalar::UNKNOWN;
        }
        let mut d = *self;
        // Little-endian host: `le` only truncates, `be` and `bswap` swap.
        let swaps = kind != EndianKind::Le;
        if swaps {
            d.var_off = match bits {
                16 => d.var_off.bswap16(),
                32 => d.var_off.bswap32(),
                _ => d.var_off.bswap64(),
            };
            d.unbound64();
            d.unbound32();
        }
        if bits == 16 || bits == 32 {
            d.coerce_to_size(bits as u32 / 8, domain);
        }
        d.sync(domain);
        d
    }

    /// `scalar32_min_max_add`.
    fn add32(&mut self, src: &Scalar, domain: &Domain) {
        let (smin, o1) = self.s32_min.overflowing_add(src.s32_min);
        let (smax, o2) = self.s32_max.overflowing_add(src.s32_max);
        (self.s32_min, self.s32_max) = if o1 || o2 {
            (i32::MIN, i32::MAX)
        } else {
            (smin, smax)
        };
        let (umin, o1) = self.u32_min.overflowing_add(src.u32_min);
        let (umax, o2) = self.u32_max.overflowing_add(src.u32_max);
        (self.u32_min, self.u32_max) = if wrap_loses(o1, o2, domain) {
            (0, u32::MAX)
        } else {
            (umin, umax)
        };
    }

    /// `scalar_min_max_add`.
    fn add64(&mut self, src: &Scalar, domain: &Domain) {
        let (smin, o1) = self.smin.overflowing_add(src.smin);
        let (smax, o2) = self.smax.overflowing_add(src.smax);
        (self.smin, self.smax) = if o1 || o2 {
            (i64::MIN, i64::MAX)
        } else {
            (smin, smax)
        };
        let (umin, o1) = self.umin.overflowing_add(src.umin);
        let (umax, o2) = self.umax.overflowing_add(src.umax);
        (self.umin, self.umax) = if wrap_loses(o1, o2, domain) {
            (0, u64::MAX)
        } else {
            (umin, umax)
        };
    }

    /// `scalar32_min_max_sub`.
    fn sub32(&mut self, src: &Scalar, domain: &Domain) {
        let (smin, o1) = self.s32_min.overflowing_sub(src.s32_max);
        let (smax, o2) = self.s32_max.overflowing_sub(src.s32_min);
        (self.s32_min, self.s32_max) = if o1 || o2 {
            (i32::MIN, i32::MAX)
        } else {
            (smin, smax)
        };
        let (umin, o1) = self.u32_min.overflowing_sub(src.u32_max);
        let (umax, o2) = self.u32_max.overflowing_sub(src.u32_min);
        (self.u32_min, self.u32_max) = if sub_wrap_loses(o1, o2, domain) {
            (0, u32::MAX)
        } else {
            (umin, umax)
        };
    }

    /// `scalar_min_max_sub`.
    fn sub64(&mut self, src: &Scalar, domain: &Domain) {
        let (smin, o1) = self.smin.overflowing_sub(src.smax);
        let (smax, o2) = self.smax.overflowing_sub(src.smin);
        (self.smin, self.smax) = if o1 || o2 {
            (i64::MIN, i64::MAX)
        } else {
            (smin, smax)
        };
        let (umin, o1) = self.umin.overflowing_sub(src.umax);
        let (umax, o2) = self.umax.overflowing_sub(src.umin);
        (self.umin, self.umax) = if sub_wrap_loses(o1, o2, domain) {
            (0, u64::MAX)
        } else {
            (umin, umax)
        };
    }

    /// `scalar32_min_max_mul`.
    fn mul32(&mut self, src: &Scalar, domain: &Domain) {
        if domain.mul_signed_bounds {
            let u = self.u32_max.checked_mul(src.u32_max);
            let l = self.u32_min.checked_mul(src.u32_min);
            (self.u32_min, self.u32_max) = match (l, u) {
                (Some(l), Some(u)) => (l, u),
                _ => (0, u32::MAX),
            };
            (self.s32_min, self.s32_max) = corner_products(
                [self.s32_min as i64, self.s32_max as i64],
                [src.s32_min as i64, src.s32_max as i64],
                |p| i32::try_from(p).ok().map(i64::from),
            )
            .map_or((i32::MIN, i32::MAX), |(a, b)| (a as i32, b as i32));
            return;
        }
        if src.s32_min < 0 || self.s32_min < 0 {
            self.unbound32();
            return;
        }
        if src.u32_max > u16::MAX as u32 || self.u32_max > u16::MAX as u32 {
            self.unbound32();
            return;
        }
        self.u32_min *= src.u32_min;
        self.u32_max *= src.u32_max;
        (self.s32_min, self.s32_max) = if self.u32_max > i32::MAX as u32 {
            (i32::MIN, i32::MAX)
        } else {
            (self.u32_min as i32, self.u32_max as i32)
        };
    }

    /// `scalar_min_max_mul`.
    fn mul64(&mut self, src: &Scalar, domain: &Domain) {
        if domain.mul_signed_bounds {
            let u = self.umax.checked_mul(src.umax);
            let l = self.umin.checked_mul(src.umin);
            (self.umin, self.umax) = match (l, u) {
                (Some(l), Some(u)) => (l, u),
                _ => (0, u64::MAX),
            };
            let wide = |x: i64| x as i128;
            (self.smin, self.smax) = corner_products128(
                [wide(self.smin), wide(self.smax)],
                [wide(src.smin), wide(src.smax)],
            )
            .unwrap_or((i64::MIN, i64::MAX));
            return;
        }
        if src.smin < 0 || self.smin < 0 {
            self.unbound64();
            return;
        }
        if src.umax > u32::MAX as u64 || self.umax > u32::MAX as u64 {
            self.unbound64();
            return;
        }
        self.umin *= src.umin;
        self.umax *= src.umax;
        (self.smin, self.smax) = if self.umax > i64::MAX as u64 {
            (i64::MIN, i64::MAX)
        } else {
            (self.umin as i64, self.umax as i64)
        };
    }

    /// `scalar32_min_max_and`.
    fn and32(&mut self, src: &Scalar) {
        let t = self.var_off.subreg();
        if src.var_off.subreg_is_const() && self.var_off.subreg_is_const() {
            self.mark32_known(t.value as u32);
            return;
        }
        self.u32_min = t.value as u32;
        self.u32_max = self.u32_max.min(src.u32_max);
        self.s32_from_u32();
    }

    /// `scalar_min_max_and`.
    fn and64(&mut self, src: &Scalar, domain: &Domain) {
        if src.var_off.is_const() && self.var_off.is_const() {
            *self = Scalar::known(self.var_off.value);
            return;
        }
        self.umin = self.var_off.value;
        self.umax = self.umax.min(src.umax);
        self.s64_from_u64();
        self.update_bounds(domain);
    }

    /// `scalar32_min_max_or`.
    fn or32(&mut self, src: &Scalar) {
        let t = self.var_off.subreg();
        if src.var_off.subreg_is_const() && self.var_off.subreg_is_const() {
            self.mark32_known(t.value as u32);
            return;
        }
        self.u32_min = self.u32_min.max(src.u32_min);
        self.u32_max = (t.value | t.mask) as u32;
        self.s32_from_u32();
    }

    /// `scalar_min_max_or`.
    fn or64(&mut self, src: &Scalar, domain: &Domain) {
        if src.var_off.is_const() && self.var_off.is_const() {
            *self = Scalar::known(self.var_off.value);
            return;
        }
        self.umin = self.umin.max(src.umin);
        self.umax = self.var_off.value | self.var_off.mask;
        self.s64_from_u64();
        self.update_bounds(domain);
    }

    /// `scalar32_min_max_xor`.
    fn xor32(&mut self, src: &Scalar) {
        let t = self.var_off.subreg();
        if src.var_off.subreg_is_const() && self.var_off.subreg_is_const() {
            self.mark32_known(t.value as u32);
            return;
        }
        self.u32_min = t.value as u32;
        self.u32_max = (t.value | t.mask) as u32;
        self.s32_from_u32();
    }

    /// `scalar_min_max_xor`.
    fn xor64(&mut self, src: &Scalar, domain: &Domain) {
        if src.var_off.is_const() && self.var_off.is_const() {
            *self = Scalar::known(self.var_off.value);
            return;
        }
        self.umin = self.var_off.value;
        self.umax = self.var_off.value | self.var_off.mask;
        self.s64_from_u64();
        self.update_bounds(domain);
    }

    /// The signed 32-bit bounds are the unsigned ones when those do not cross the sign.
    fn s32_from_u32(&mut self) {
        (self.s32_min, self.s32_max) = if (self.u32_min as i32) <= (self.u32_max as i32) {
            (self.u32_min as i32, self.u32_max as i32)
        } else {
            (i32::MIN, i32::MAX)
        };
    }

    fn s64_from_u64(&mut self) {
        (self.smin, self.smax) = if (self.umin as i64) <= (self.umax as i64) {
            (self.umin as i64, self.umax as i64)
        } else {
            (i64::MIN, i64::MAX)
        };
    }

    /// `__scalar32_min_max_lsh`.
    fn lsh32_bounds(&mut self, umin: u64, umax: u64) {
        self.s32_min = i32::MIN;
        self.s32_max = i32::MAX;
        if umax > 31 || self.u32_max as u64 > 1u64 << (31 - umax) {
            self.u32_min = 0;
            self.u32_max = u32::MAX;
        } else {
            self.u32_min <<= umin;
            self.u32_max <<= umax;
        }
    }

    /// `scalar32_min_max_lsh`.
    fn lsh32(&mut self, src: &Scalar) {
        let (umin, umax) = (src.u32_min as u64, src.u32_max as u64);
        let sub = self.var_off.subreg();
        self.lsh32_bounds(umin, umax);
        self.var_off = sub.lshift(umin as u32).subreg();
        self.unbound64();
        self.update_bounds32();
    }

    /// `__scalar64_min_max_lsh`.
    fn lsh64_bounds(&mut self, umin: u64, umax: u64) {
        if umin == 32 && umax == 32 {
            self.smax = (self.s32_max as i64) << 32;
            self.smin = (self.s32_min as i64) << 32;
        } else {
            self.smax = i64::MAX;
            self.smin = i64::MIN;
        }
        if self.umax > 1u64 << (63 - umax) {
            self.umin = 0;
            self.umax = u64::MAX;
        } else {
            self.umin <<= umin;
            self.umax <<= umax;
        }
    }

    /// `scalar_min_max_lsh`.
    fn lsh64(&mut self, src: &Scalar, domain: &Domain) {
        let (umin, umax) = (src.umin, src.umax);
        self.lsh64_bounds(umin, umax);
        self.lsh32_bounds(umin, umax);
        self.var_off = self.var_off.lshift(umin as u32);
        self.update_bounds(domain);
    }

    /// `scalar32_min_max_rsh`.
    fn rsh32(&mut self, src: &Scalar) {
        let sub = self.var_off.subreg();
        let (umin, umax) = (src.u32_min, src.u32_max);
        self.s32_min = i32::MIN;
        self.s32_max = i32::MAX;
        self.var_off = sub.rshift(umin);
        self.u32_min >>= umax;
        self.u32_max >>= umin;
        self.unbound64();
        self.update_bounds32();
    }

    /// `scalar_min_max_rsh`.
    fn rsh64(&mut self, src: &Scalar, domain: &Domain) {
        let (umin, umax) = (src.umin as u32, src.umax as u32);
        self.smin = i64::MIN;
        self.smax = i64::MAX;
        self.var_off = self.var_off.rshift(umin);
        self.umin >>= umax;
        self.umax >>= umin;
        self.unbound32();
        self.update_bounds(domain);
    }

    /// `scalar32_min_max_arsh`.
    fn arsh32(&mut self, src: &Scalar) {
        let umin = src.u32_min;
        self.s32_min >>= umin;
        self.s32_max >>= umin;
        self.var_off = self.var_off.subreg().arshift(umin, 32);
        self.u32_min = 0;
        self.u32_max = u32::MAX;
        self.unbound64();
        self.update_bounds32();
    }

    /// `scalar_min_max_arsh`.
    fn arsh64(&mut self, src: &Scalar, domain: &Domain) {
        let umin = src.umin as u32;
        self.smin >>= umin;
        self.smax >>= umin;
        self.var_off = self.var_off.arshift(umin, 64);
        self.umin = 0;
        self.umax = u64::MAX;
        self.unbound32();
        self.update_bounds(domain);
    }

    // ---- conditional jumps ----

    /// `is_scalar_branch_taken(self, other, cond, is_jmp32)`.
    pub fn branch(
        &self,
        cond: JmpCond,
        width: Width,
        other: &Scalar,
        domain: &Domain,
    ) -> BranchOutcome {
        let (a, b) = (View::of(self, width), View::of(other, width));
        let jmp32 = width == Width::W32;
        let decided = |yes: bool| {
            if yes {
                BranchOutcome::Taken
            } else {
                BranchOutcome::NotTaken
            }
        };
        match cond {
            JmpCond::Eq | JmpCond::Ne => {
                let eq = cond == JmpCond::Eq;
                if a.t.is_const() && b.t.is_const() {
                    return decided((a.t.value == b.t.value) == eq);
                }
                let disjoint = (domain.jeq_tnum_overlap && !a.t.overlaps(b.t))
                    || a.umin > b.umax
                    || a.umax < b.umin
                    || a.smin > b.smax
                    || a.smax < b.smin
                    || (!jmp32
                        && (self.u32_min > other.u32_max
                            || self.u32_max < other.u32_min
                            || self.s32_min > other.s32_max
                            || self.s32_max < other.s32_min));
                if disjoint {
                    return decided(!eq);
                }
                BranchOutcome::Unknown
            }
            JmpCond::Set => {
                let (a, b) = if other.is_const_at(width) {
                    (a, b)
                } else if self.is_const_at(width) {
                    (b, a)
                } else {
                    return BranchOutcome::Unknown;
                };
                if a.t.value & b.t.value != 0 {
                    BranchOutcome::Taken
                } else if (a.t.mask | a.t.value) & b.t.value == 0 {
                    BranchOutcome::NotTaken
                } else {
                    BranchOutcome::Unknown
                }
            }
            JmpCond::Gt => order(a.umin > b.umax, a.umax <= b.umin),
            JmpCond::SGt => order(a.smin > b.smax, a.smax <= b.smin),
            JmpCond::Lt => order(a.umax < b.umin, a.umin >= b.umax),
            JmpCond::SLt => order(a.smax < b.smin, a.smin >= b.smax),
            JmpCond::Ge => order(a.umin >= b.umax, a.umax < b.umin),
            JmpCond::SGe => order(a.smin >= b.smax, a.smax < b.smin),
            JmpCond::Le => order(a.umax <= b.umin, a.umin > b.umax),
            JmpCond::SLe => order(a.smax <= b.smin, a.smin > b.smax),
        }
    }

    /// `reg_set_min_max` for one side: refine both registers for the jump taken (`taken`)
    /// or not, `reg_bounds_sync` each, then `reg_bounds_sanity_check` each: a register
    /// whose bounds contradict themselves (the side cannot happen, but the kernel did not
    /// see it) gets unbounded ranges, its known bits kept, as 6.18.44 does after printing
    /// `verifier bug: REG INVARIANTS VIOLATION (...)`. Returns the first violation's reason.
    pub fn refine(
        cond: JmpCond,
        width: Width,
        taken: bool,
        a: &mut Scalar,
        b: &mut Scalar,
        domain: &Domain,
    ) -> Option<&'static str> {
        let mut regs = [*a, *b];
        let violation = refine_in(cond, width, taken, &mut regs, (0, 1), domain);
        [*a, *b] = regs;
        violation
    }

    /// [`Scalar::refine`] for a comparison of a register with itself (`if r1 < r1`): the
    /// kernel refines through two pointers to the same state, so each step sees the
    /// previous one, and the register is synced twice.
    pub fn refine_same(
        cond: JmpCond,
        width: Width,
        taken: bool,
        a: &mut Scalar,
        domain: &Domain,
    ) -> Option<&'static str> {
        let mut regs = [*a];
        let violation = refine_in(cond, width, taken, &mut regs, (0, 0), domain);
        *a = regs[0];
        violation
    }

    /// What `reg_bounds_sanity_check` leaves of a register it found inconsistent:
    /// `__mark_reg_unbounded`, the known bits kept.
    fn unbounded_after_violation(&mut self) {
        self.unbound64();
        self.unbound32();
    }
}

/// `reg_set_min_max` on `regs[i1]` and `regs[i2]` (the same index when the kernel's two
/// pointers are equal).
fn refine_in(
    cond: JmpCond,
    width: Width,
    taken: bool,
    regs: &mut [Scalar],
    (i1, i2): (usize, usize),
    domain: &Domain,
) -> Option<&'static str> {
    let c = Cond::of(cond);
    let c = if taken { c } else { c.reversed() };
    refine_cond(c, width, regs, i1, i2, domain);
    regs[i1].sync(domain);
    regs[i2].sync(domain);
    let mut first = None;
    for i in [i1, i2] {
        if let Some(reason) = regs[i].sanity_violation() {
            first = first.or(Some(reason));
            regs[i].unbounded_after_violation();
        }
    }
    first
}

/// The bounds one comparison reads (`is_scalar_branch_taken`'s locals).
#[derive(Clone, Copy)]
struct View {
    t: Tnum,
    umin: u64,
    umax: u64,
    smin: i64,
    smax: i64,
}

impl View {
    fn of(s: &Scalar, width: Width) -> View {
        match width {
            Width::W64 => View {
                t: s.var_off,
                umin: s.umin,
                umax: s.umax,
                smin: s.smin,
                smax: s.smax,
            },
            Width::W32 => View {
                t: s.var_off.subreg(),
                umin: s.u32_min as u64,
                umax: s.u32_max as u64,
                smin: s.s32_min as i64,
                smax: s.s32_max as i64,
            },
        }
    }
}

fn order(taken: bool, not_taken: bool) -> BranchOutcome {
    if taken {
        BranchOutcome::Taken
    } else if not_taken {
        BranchOutcome::NotTaken
    } else {
        BranchOutcome::Unknown
    }
}

/// `regs_refine_cond_op` on `regs[r1]` and `regs[r2]`.
fn refine_cond(
    cond: Cond,
    width: Width,
    regs: &mut [Scalar],
    r1: usize,
    r2: usize,
    domain: &Domain,
) {
    let jmp32 = width == Width::W32;
    let (cond, r1, r2) = match cond {
        Cond::Ge | Cond::Gt | Cond::SGe | Cond::SGt => (cond.flipped(), r2, r1),
        _ => (cond, r1, r2),
    };
    // The kernel swaps so that the constant register (if any) is second.
    let const_second = |regs: &[Scalar]| {
        if regs[r2].is_const_at(width) {
            (r1, r2)
        } else {
            (r2, r1)
        }
    };
    match cond {
        Cond::Eq => refine_eq(jmp32, regs, r1, r2),
        Cond::Ne => {
            let (r1, r2) = const_second(regs);
            if regs[r2].is_const_at(width) {
                let val = regs[r2].const_at(width);
                refine_ne(jmp32, &mut regs[r1], val);
            }
        }
        Cond::Set | Cond::NotSet => {
            let (r1, r2) = const_second(regs);
            if !regs[r2].is_const_at(width) {
                return;
            }
            let val = regs[r2].const_at(width);
            let reg = &mut regs[r1];
            let set = cond == Cond::Set;
            if set && !val.is_power_of_two() {
                return;
            }
            if !set && domain.jset_forgets_ranges {
                reg.unbound64();
                reg.unbound32();
            }
            let apply = |t: Tnum| {
                if set {
                    t.or(Tnum::constant(val))
                } else {
                    t.and(Tnum::constant(!val))
                }
            };
            reg.var_off = if jmp32 {
                reg.var_off.with_subreg(apply(reg.var_off.subreg()))
            } else {
                apply(reg.var_off)
            };
        }
        Cond::Le | Cond::Lt => {
            let strict = u64::from(cond == Cond::Lt);
            if jmp32 {
                regs[r1].u32_max = regs[r1]
                    .u32_max
                    .min(regs[r2].u32_max.wrapping_sub(strict as u32));
                regs[r2].u32_min = regs[r2]
                    .u32_min
                    .max(regs[r1].u32_min.wrapping_add(strict as u32));
            } else {
                regs[r1].umax = regs[r1].umax.min(regs[r2].umax.wrapping_sub(strict));
                regs[r2].umin = regs[r2].umin.max(regs[r1].umin.wrapping_add(strict));
            }
        }
        Cond::SLe | Cond::SLt => {
            let strict = i64::from(cond == Cond::SLt);
            if jmp32 {
                regs[r1].s32_max = regs[r1]
                    .s32_max
                    .min(regs[r2].s32_max.wrapping_sub(strict as i32));
                regs[r2].s32_min = regs[r2]
                    .s32_min
                    .max(regs[r1].s32_min.wrapping_add(strict as i32));
            } else {
                regs[r1].smax = regs[r1].smax.min(regs[r2].smax.wrapping_sub(strict));
                regs[r2].smin = regs[r2].smin.max(regs[r1].smin.wrapping_add(strict));
            }
        }
        Cond::Ge | Cond::Gt | Cond::SGe | Cond::SGt => {}
    }
}

fn refine_eq(jmp32: bool, regs: &mut [Scalar], r1: usize, r2: usize) {
    if jmp32 {
        let o = regs[r2];
        let a = &mut regs[r1];
        a.u32_min = a.u32_min.max(o.u32_min);
        a.u32_max = a.u32_max.min(o.u32_max);
        a.s32_min = a.s32_min.max(o.s32_min);
        a.s32_max = a.s32_max.min(o.s32_max);
        let a = regs[r1];
        let b = &mut regs[r2];
        (b.u32_min, b.u32_max, b.s32_min, b.s32_max) = (a.u32_min, a.u32_max, a.s32_min, a.s32_max);
        let t = regs[r1]
            .var_off
            .subreg()
            .intersect(regs[r2].var_off.subreg());
        regs[r1].var_off = regs[r1].var_off.with_subreg(t);
        regs[r2].var_off = regs[r2].var_off.with_subreg(t);
    } else {
        let o = regs[r2];
        let a = &mut regs[r1];
        a.umin = a.umin.max(o.umin);
        a.umax = a.umax.min(o.umax);
        a.smin = a.smin.max(o.smin);
        a.smax = a.smax.min(o.smax);
        let a = regs[r1];
        let b = &mut regs[r2];
        (b.umin, b.umax, b.smin, b.smax) = (a.umin, a.umax, a.smin, a.smax);
        regs[r1].var_off = regs[r1].var_off.intersect(regs[r2].var_off);
        regs[r2].var_off = regs[r1].var_off;
    }
}

/// The not-equal side against constant `val`: an end of a range equal to it moves in.
fn refine_ne(jmp32: bool, r1: &mut Scalar, val: u64) {
    if jmp32 {
        let (u, s) = (val as u32, val as i32);
        if r1.u32_min == u {
            r1.u32_min = r1.u32_min.wrapping_add(1);
        }
        if r1.u32_max == u {
            r1.u32_max = r1.u32_max.wrapping_sub(1);
        }
        if r1.s32_min == s {
            r1.s32_min = r1.s32_min.wrapping_add(1);
        }
        if r1.s32_max == s {
            r1.s32_max = r1.s32_max.wrapping_sub(1);
        }
    } else {
        let s = val as i64;
        if r1.umin == val {
            r1.umin = r1.umin.wrapping_add(1);
        }
        if r1.umax == val {
            r1.umax = r1.umax.wrapping_sub(1);
        }
        if r1.smin == s {
            r1.smin = r1.smin.wrapping_add(1);
        }
        if r1.smax == s {
            r1.smax = r1.smax.wrapping_sub(1);
        }
    }
}

/// `is_safe_to_compute_dst_reg_range` for shifts: a constant amount below the width.
fn shift_is_computable(width: Width, src: &Scalar) -> bool {
    match width {
        Width::W32 => {
            src.var_off.subreg_is_const()
                && src.s32_min == src.s32_max
                && src.u32_min == src.u32_max
                && src.umax < 32
        }
        Width::W64 => {
            src.var_off.is_const() && src.smin == src.smax && src.umin == src.umax && src.umax < 64
        }
    }
}

/// Whether an unsigned add loses its bounds: the old kernels on any wrap, the newer ones
/// only when the low end does not wrap but the high end does.
fn wrap_loses(min_wrapped: bool, max_wrapped: bool, domain: &Domain) -> bool {
    if domain.add_sub_wrap_precision {
        !min_wrapped && max_wrapped
    } else {
        min_wrapped || max_wrapped
    }
}

/// The same for subtraction: old kernels on `dst_umin < src_umax` (the low end wraps),
/// newer ones when the low end wraps and the high end does not.
fn sub_wrap_loses(min_wrapped: bool, max_wrapped: bool, domain: &Domain) -> bool {
    if domain.add_sub_wrap_precision {
        min_wrapped && !max_wrapped
    } else {
        min_wrapped
    }
}

/// Min and max of the four corner products of 32-bit ranges, `None` on any overflow.
fn corner_products(
    a: [i64; 2],
    b: [i64; 2],
    fits: impl Fn(i64) -> Option<i64>,
) -> Option<(i64, i64)> {
    let mut out = Vec::with_capacity(4);
    for x in a {
        for y in b {
            out.push(fits(x * y)?);
        }
    }
    Some((*out.iter().min()?, *out.iter().max()?))
}

fn corner_products128(a: [i128; 2], b: [i128; 2]) -> Option<(i64, i64)> {
    let mut out = Vec::with_capacity(4);
    for x in a {
        for y in b {
            out.push(i64::try_from(x * y).ok()?);
        }
    }
    Some((*out.iter().min()?, *out.iter().max()?))
}

/// `S8/S16/S32_MIN` and `_MAX` for a sign-extending move of `size` bytes.
fn sext_limits(size: u32) -> (i64, i64) {
    match size {
        1 => (i8::MIN as i64, i8::MAX as i64),
        2 => (i16::MIN as i64, i16::MAX as i64),
        _ => (i32::MIN as i64, i32::MAX as i64),
    }
}

impl fmt::Display for Scalar {
    /// A scalar as `print_reg_state` prints it (without the `P` precision mark): a
    /// constant as a number, else `scalar(<ranges>,var_off=...)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.var_off.is_const() {
            return f.write_str(&fmt_snum(self.var_off.value as i64));
        }
        let mut parts = self.range_parts();
        if !self.var_off.is_unknown() {
            parts.push(format!("var_off={}", self.var_off));
        }
        write!(f, "scalar({})", parts.join(","))
    }
}

impl Scalar {
    /// `print_scalar_ranges`: the bounds that are not the type's limits, equal values of the
    /// same sign merged as `smin=umin=...`.
    fn range_parts(&self) -> Vec<String> {
        struct Item {
            name: &'static str,
            val: u64,
            omit: bool,
        }
        // In hex a negative 32-bit bound is printed as its u32, not sign-extended.
        let s32 = |v: i32| {
            if (i16::MIN as i64..=i16::MAX as i64).contains(&(v as i64)) {
                v as i64 as u64
            } else {
                v as u32 as u64
            }
        };
        let mut items = [
            Item {
                name: "smin",
                val: self.smin as u64,
                omit: self.smin == i64::MIN,
            },
            Item {
                name: "smax",
                val: self.smax as u64,
                omit: self.smax == i64::MAX,
            },
            Item {
                name: "umin",
                val: self.umin,
                omit: self.umin == 0,
            },
            Item {
                name: "umax",
                val: self.umax,
                omit: self.umax == u64::MAX,
            },
            Item {
                name: "smin32",
                val: s32(self.s32_min),
                omit: self.s32_min == i32::MIN,
            },
            Item {
                name: "smax32",
                val: s32(self.s32_max),
                omit: self.s32_max == i32::MAX,
            },
            Item {
                name: "umin32",
                val: self.u32_min as u64,
                omit: self.u32_min == 0,
            },
            Item {
                name: "umax32",
                val: self.u32_max as u64,
                omit: self.u32_max == u32::MAX,
            },
        ];
        let negative = |it: &Item| it.name.starts_with('s') && (it.val as i64) < 0;
        let mut parts = Vec::new();
        for i in 0..items.len() {
            if items[i].omit {
                continue;
            }
            let mut names = items[i].name.to_string();
            let neg1 = negative(&items[i]);
            let mut j = i + 2;
            while j < items.len() {
                if !items[j].omit && items[j].val == items[i].val && negative(&items[j]) == neg1 {
                    items[j].omit = true;
                    names.push('=');
                    names.push_str(items[j].name);
                }
                j += 2;
            }
            let v = items[i].val;
            let shown = if items[i].name.starts_with('s') {
                fmt_snum(v as i64)
            } else {
                fmt_unum(v)
            };
            parts.push(format!("{names}={shown}"));
        }
        parts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
