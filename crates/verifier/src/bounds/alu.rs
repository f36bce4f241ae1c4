//! ALU instructions on scalars: `adjust_scalar_min_max_vals` with the `scalar*_min_max_*`
//! transfer functions, MOV/MOVSX from `check_alu_op`, `maybe_fork_scalars`, and byte swaps
//! (`scalar_byte_swap`), each as the kernel of the [`Domain`] computes it.
//!
//! What the kernel does not track gives an unknown value, as `__mark_reg_unknown` does:
//! DIV, SDIV, MOD and SMOD results before [`Domain::div_mod_tracking`] or by a divisor that
//! is not a constant ([`super::divmod`]), shifts by an amount that is not a constant below the width
//! (`is_safe_to_compute_dst_reg_range`), NEG before range tracking for it, byte swaps
//! before bit tracking. The result is unknown in all 64 bits even for 32-bit instructions:
//! the kernel returns before the zero extension. Before [`Domain::alu_safe_ops`] (6.1)
//! the checks differ ([`Scalar::old_alu_gate`]): a source with contradictory bounds or
//! an unknown source of anything but ADD, SUB and AND gives an unknown value, while DIV,
//! MOD and shifts past the width by a constant give one that a 32-bit instruction
//! zero-extends.

use isa::{AluOp, EndianKind, Size, Width};

use super::{AluOutcome, Scalar};
use crate::releases::Domain;
use crate::tnum::Tnum;

impl Scalar {
    /// `dst = dst <op> src` for scalars (`adjust_scalar_min_max_vals`, MOV and MOVSX from
    /// `check_alu_op`). `src` is the source register, or for an immediate the kernel's
    /// `__mark_reg_known(imm)`: [`Scalar::known`] of the sign-extended `imm` for both
    /// widths (for MOV `w = imm` is `known(imm as u32)`, also available as
    /// [`Scalar::mov_imm`], which gives the same value). NEG ignores `src`.
    ///
    /// The result is one value, or for AND/OR on a value in [-1, 0] the two paths the
    /// kernel explores ([`AluOutcome::Fork`]).
    pub fn alu(&self, op: AluOp, width: Width, src: &Scalar, domain: &Domain) -> AluOutcome {
        match op {
            AluOp::Mov => return AluOutcome::Value(Scalar::mov(width, src, domain)),
            AluOp::MovSx(size) => return AluOutcome::Value(src.movsx(width, size, domain)),
            AluOp::Neg if !domain.neg_tracking() => return AluOutcome::Value(Scalar::UNKNOWN),
            _ if !domain.alu_safe_ops() => {
                if let Some(v) = self.old_alu_gate(op, width, src, domain) {
                    return AluOutcome::Value(v);
                }
            }
            AluOp::Div | AluOp::SDiv | AluOp::Mod | AluOp::SMod => {
                let d = self.div_mod(op, width, src, domain);
                return AluOutcome::Value(d.unwrap_or(Scalar::UNKNOWN));
            }
            AluOp::Lsh | AluOp::Rsh | AluOp::Arsh if !shift_is_computable(width, src) => {
                return AluOutcome::Value(Scalar::UNKNOWN)
            }
            AluOp::And | AluOp::Or if domain.fork_on_and_or() && src.var_off.is_const() => {
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

    /// The checks at the top of 6.1's `adjust_scalar_min_max_vals` and its shift and
    /// default cases: the result when they decide it, `None` when the op is computed.
    fn old_alu_gate(
        &self,
        op: AluOp,
        width: Width,
        src: &Scalar,
        domain: &Domain,
    ) -> Option<Scalar> {
        let (src_known, contradictory, bits) = match width {
            Width::W32 => (
                src.var_off.subreg_is_const(),
                src.s32_min > src.s32_max || src.u32_min > src.u32_max,
                32,
            ),
            Width::W64 => (
                src.var_off.is_const(),
                src.smin > src.smax || src.umin > src.umax,
                64,
            ),
        };
        let not_const = match width {
            Width::W32 => src.s32_min != src.s32_max || src.u32_min != src.u32_max,
            Width::W64 => src.smin != src.smax || src.umin != src.umax,
        };
        if (src_known && not_const) || contradictory {
            return Some(Scalar::UNKNOWN);
        }
        if !src_known && !matches!(op, AluOp::Add | AluOp::Sub | AluOp::And) {
            return Some(Scalar::UNKNOWN);
        }
        let shift = matches!(op, AluOp::Lsh | AluOp::Rsh | AluOp::Arsh);
        let untracked = matches!(op, AluOp::Div | AluOp::SDiv | AluOp::Mod | AluOp::SMod);
        if untracked || (shift && src.umax >= bits) {
            // `mark_reg_unknown`, then the zero extension and sync every op gets.
            let mut d = Scalar::UNKNOWN;
            if width == Width::W32 {
                d.zext_32_to_64();
            }
            d.sync(domain);
            return Some(d);
        }
        None
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
                d.var_off = domain.tnum_mul(d.var_off, src.var_off);
                let by = |signed| {
                    let mut m = d;
                    m.mul32(src, signed);
                    m.mul64(src, signed);
                    m
                };
                d = domain.either(Domain::mul_signed_bounds, by(true), by(false));
            }
            AluOp::And => {
                d.var_off = d.var_off.and(src.var_off);
                d.and32(src, domain);
                d.and64(src, domain, alu32);
            }
            AluOp::Or => {
                d.var_off = d.var_off.or(src.var_off);
                d.or32(src, domain);
                d.or64(src, domain, alu32);
            }
            AluOp::Xor => {
                d.var_off = d.var_off.xor(src.var_off);
                d.xor32(src, domain);
                d.xor64(src, domain, alu32);
            }
            AluOp::Lsh if alu32 => d.lsh32(src),
            AluOp::Lsh => d.lsh64(src, domain),
            AluOp::Rsh if alu32 => d.rsh32(src),
            AluOp::Rsh => d.rsh64(src),
            AluOp::Arsh if alu32 => d.arsh32(src),
            AluOp::Arsh => d.arsh64(src),
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

    /// A register linked to this one with a delta (`sync_linked_regs`): this value plus
    /// `delta` by the 64-bit and 32-bit addition of bounds and tnum, zero-extended when the
    /// link was made by a 32-bit addition (`zext`); synced only with
    /// [`Domain::linked_sub_alu32`] (before it the sum is left unsynced).
    pub fn plus_linked_delta(&self, delta: i64, zext: bool, domain: &Domain) -> Scalar {
        let k = Scalar::known(delta as u64);
        let mut d = *self;
        d.add32(&k, domain);
        d.add64(&k, domain);
        d.var_off = d.var_off.add(k.var_off);
        if domain.linked_sub_alu32() {
            if zext {
                d.zext_32_to_64();
            }
            d.sync(domain);
        }
        d
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
    fn mov(width: Width, src: &Scalar, domain: &Domain) -> Scalar {
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
        if domain.sext_keeps_low_half() && fits(self.s32_min) && fits(self.s32_max) {
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
        if size >= 4 {
            // `w1 = (s32) w1` is not an instruction (decoding refuses it): nothing to do.
            return;
        }
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
        if !domain.bswap_tracking() {
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

    /// `scalar32_min_max_mul`, with the signed bounds of [`Domain::mul_signed_bounds`] or
    /// before them.
    fn mul32(&mut self, src: &Scalar, signed: bool) {
        if signed {
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

    /// `scalar_min_max_mul`, as [`Scalar::mul32`].
    fn mul64(&mut self, src: &Scalar, signed: bool) {
        if signed {
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
    fn and32(&mut self, src: &Scalar, domain: &Domain) {
        let old_s32_min = self.s32_min;
        let t = self.var_off.subreg();
        if src.var_off.subreg_is_const() && self.var_off.subreg_is_const() {
            self.mark32_known(t.value as u32);
            return;
        }
        self.u32_min = t.value as u32;
        self.u32_max = self.u32_max.min(src.u32_max);
        self.s32_from_u32(old_s32_min, src.s32_min, domain);
    }

    /// The `__update_reg_bounds` that ends a 64-bit transfer function, unless
    /// `reg_bounds_sync` follows right after (every 64-bit ALU op, [`Scalar::apply`]): that
    /// begins with the same call, which gives the same again, so skipping this one changes
    /// no result. Before the zero extension of a 32-bit op it counts.
    #[inline]
    fn update_bounds_unless_synced(&mut self, before_zext: bool, domain: &Domain) {
        if before_zext {
            self.update_bounds(domain);
        }
    }

    /// `scalar_min_max_and`.
    fn and64(&mut self, src: &Scalar, domain: &Domain, before_zext: bool) {
        let old_smin = self.smin;
        if src.var_off.is_const() && self.var_off.is_const() {
            *self = Scalar::known(self.var_off.value);
            return;
        }
        self.umin = self.var_off.value;
        self.umax = self.umax.min(src.umax);
        self.s64_from_u64(old_smin, src.smin, domain);
        self.update_bounds_unless_synced(before_zext, domain);
    }

    /// `scalar32_min_max_or`.
    fn or32(&mut self, src: &Scalar, domain: &Domain) {
        let old_s32_min = self.s32_min;
        let t = self.var_off.subreg();
        if src.var_off.subreg_is_const() && self.var_off.subreg_is_const() {
            self.mark32_known(t.value as u32);
            return;
        }
        self.u32_min = self.u32_min.max(src.u32_min);
        self.u32_max = (t.value | t.mask) as u32;
        self.s32_from_u32(old_s32_min, src.s32_min, domain);
    }

    /// `scalar_min_max_or`.
    fn or64(&mut self, src: &Scalar, domain: &Domain, before_zext: bool) {
        let old_smin = self.smin;
        if src.var_off.is_const() && self.var_off.is_const() {
            *self = Scalar::known(self.var_off.value);
            return;
        }
        self.umin = self.umin.max(src.umin);
        self.umax = self.var_off.value | self.var_off.mask;
        self.s64_from_u64(old_smin, src.smin, domain);
        self.update_bounds_unless_synced(before_zext, domain);
    }

    /// `scalar32_min_max_xor`.
    fn xor32(&mut self, src: &Scalar, domain: &Domain) {
        let old_s32_min = self.s32_min;
        let t = self.var_off.subreg();
        if src.var_off.subreg_is_const() && self.var_off.subreg_is_const() {
            self.mark32_known(t.value as u32);
            return;
        }
        self.u32_min = t.value as u32;
        self.u32_max = (t.value | t.mask) as u32;
        self.s32_from_u32(old_s32_min, src.s32_min, domain);
    }

    /// `scalar_min_max_xor`.
    fn xor64(&mut self, src: &Scalar, domain: &Domain, before_zext: bool) {
        let old_smin = self.smin;
        if src.var_off.is_const() && self.var_off.is_const() {
            *self = Scalar::known(self.var_off.value);
            return;
        }
        self.umin = self.var_off.value;
        self.umax = self.var_off.value | self.var_off.mask;
        self.s64_from_u64(old_smin, src.smin, domain);
        self.update_bounds_unless_synced(before_zext, domain);
    }

    /// The signed 32-bit bounds of a bitwise result: the unsigned ones when those do not
    /// cross the sign; before [`Domain::bitwise_signed_from_unsigned`], when both operands
    /// (`dst_min`, `src_min`: their old signed minima) are non-negative.
    fn s32_from_u32(&mut self, dst_min: i32, src_min: i32, domain: &Domain) {
        let keep = domain.either(
            Domain::bitwise_signed_from_unsigned,
            (self.u32_min as i32) <= (self.u32_max as i32),
            dst_min >= 0 && src_min >= 0,
        );
        (self.s32_min, self.s32_max) = if keep {
            (self.u32_min as i32, self.u32_max as i32)
        } else {
            (i32::MIN, i32::MAX)
        };
    }

    /// [`Scalar::s32_from_u32`] for the 64-bit bounds.
    fn s64_from_u64(&mut self, dst_min: i64, src_min: i64, domain: &Domain) {
        let keep = domain.either(
            Domain::bitwise_signed_from_unsigned,
            (self.umin as i64) <= (self.umax as i64),
            dst_min >= 0 && src_min >= 0,
        );
        (self.smin, self.smax) = if keep {
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
            self.u32_min = shl(self.u32_min, umin);
            self.u32_max = shl(self.u32_max, umax);
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

    /// `__scalar64_min_max_lsh`; before [`Domain::lsh32_sign_pattern`] `<< 32` keeps
    /// only the non-negative ends of the s32 range.
    fn lsh64_bounds(&mut self, umin: u64, umax: u64, domain: &Domain) {
        let by32 = umin == 32 && umax == 32;
        let keeps = |end: i32| by32 && (domain.lsh32_sign_pattern() || end >= 0);
        self.smax = if keeps(self.s32_max) {
            (self.s32_max as i64) << 32
        } else {
            i64::MAX
        };
        self.smin = if keeps(self.s32_min) {
            (self.s32_min as i64) << 32
        } else {
            i64::MIN
        };
        if self.umax > 1u64 << (63 - umax) {
            self.umin = 0;
            self.umax = u64::MAX;
        } else {
            self.umin = shl(self.umin, umin);
            self.umax = shl(self.umax, umax);
        }
    }

    /// `scalar_min_max_lsh`, without its closing `__update_reg_bounds` (64-bit only:
    /// [`Scalar::update_bounds_unless_synced`]).
    fn lsh64(&mut self, src: &Scalar, domain: &Domain) {
        let (umin, umax) = (src.umin, src.umax);
        self.lsh64_bounds(umin, umax, domain);
        self.lsh32_bounds(umin, umax);
        self.var_off = self.var_off.lshift(umin as u32);
    }

    /// `scalar32_min_max_rsh`.
    fn rsh32(&mut self, src: &Scalar) {
        let sub = self.var_off.subreg();
        let (umin, umax) = (src.u32_min, src.u32_max);
        self.s32_min = i32::MIN;
        self.s32_max = i32::MAX;
        self.var_off = sub.rshift(umin);
        self.u32_min = shr(self.u32_min, umax);
        self.u32_max = shr(self.u32_max, umin);
        self.unbound64();
        self.update_bounds32();
    }

    /// `scalar_min_max_rsh`, without its closing `__update_reg_bounds` (as `lsh64`).
    fn rsh64(&mut self, src: &Scalar) {
        let (umin, umax) = (src.umin as u32, src.umax as u32);
        self.smin = i64::MIN;
        self.smax = i64::MAX;
        self.var_off = self.var_off.rshift(umin);
        self.umin = shr(self.umin, umax);
        self.umax = shr(self.umax, umin);
        self.unbound32();
    }

    /// `scalar32_min_max_arsh`.
    fn arsh32(&mut self, src: &Scalar) {
        let umin = src.u32_min;
        self.s32_min = sar(self.s32_min, umin);
        self.s32_max = sar(self.s32_max, umin);
        self.var_off = self.var_off.subreg().arshift(umin, 32);
        self.u32_min = 0;
        self.u32_max = u32::MAX;
        self.unbound64();
        self.update_bounds32();
    }

    /// `scalar_min_max_arsh`, without its closing `__update_reg_bounds` (as `lsh64`).
    fn arsh64(&mut self, src: &Scalar) {
        let umin = src.umin as u32;
        self.smin = sar(self.smin, umin);
        self.smax = sar(self.smax, umin);
        self.var_off = self.var_off.arshift(umin, 64);
        self.umin = 0;
        self.umax = u64::MAX;
        self.unbound32();
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
    if domain.add_sub_wrap_precision() {
        !min_wrapped && max_wrapped
    } else {
        min_wrapped || max_wrapped
    }
}

/// The same for subtraction: old kernels on `dst_umin < src_umax` (the low end wraps),
/// newer ones when the low end wraps and the high end does not.
fn sub_wrap_loses(min_wrapped: bool, max_wrapped: bool, domain: &Domain) -> bool {
    if domain.add_sub_wrap_precision() {
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
    min_max(a.into_iter().flat_map(|x| b.map(|y| fits(x * y))))
}

fn corner_products128(a: [i128; 2], b: [i128; 2]) -> Option<(i64, i64)> {
    min_max(
        a.into_iter()
            .flat_map(|x| b.map(|y| i64::try_from(x * y).ok())),
    )
}

/// The least and greatest of `products`, `None` when one of them is (an overflow).
fn min_max(mut products: impl Iterator<Item = Option<i64>>) -> Option<(i64, i64)> {
    products.try_fold((i64::MAX, i64::MIN), |(lo, hi), p| {
        p.map(|p| (lo.min(p), hi.max(p)))
    })
}

/// `S8/S16/S32_MIN` and `_MAX` for a sign-extending move of `size` bytes.
fn sext_limits(size: u32) -> (i64, i64) {
    match size {
        1 => (i8::MIN as i64, i8::MAX as i64),
        2 => (i16::MIN as i64, i16::MAX as i64),
        _ => (i32::MIN as i64, i32::MAX as i64),
    }
}

/// `x << n` for the shift amounts the kernel computes with; amounts past the width (only
/// reachable from inconsistent states) give 0 instead of undefined behaviour.
fn shl<T: ShiftBy>(x: T, n: impl TryInto<u32>) -> T {
    n.try_into()
        .ok()
        .and_then(|n| x.checked_shl_by(n))
        .unwrap_or_default()
}

/// `x >> n`, likewise.
fn shr<T: ShiftBy>(x: T, n: impl TryInto<u32>) -> T {
    n.try_into()
        .ok()
        .and_then(|n| x.checked_shr_by(n))
        .unwrap_or_default()
}

/// Arithmetic `x >> n`; amounts past the width give the sign (0 or -1).
fn sar<T: ShiftBy + Ord>(x: T, n: impl TryInto<u32>) -> T {
    n.try_into()
        .ok()
        .and_then(|n| x.checked_shr_by(n))
        .unwrap_or_else(|| x.sign())
}

/// The integer types the bounds shift.
trait ShiftBy: Copy + Default {
    fn checked_shl_by(self, n: u32) -> Option<Self>;
    fn checked_shr_by(self, n: u32) -> Option<Self>;
    /// 0 or -1: what an arithmetic shift by the width or more leaves.
    fn sign(self) -> Self;
}

macro_rules! shift_by {
    ($($t:ty),*) => {$(
        impl ShiftBy for $t {
            fn checked_shl_by(self, n: u32) -> Option<Self> {
                self.checked_shl(n)
            }
            fn checked_shr_by(self, n: u32) -> Option<Self> {
                self.checked_shr(n)
            }
            #[allow(unused_comparisons)]
            fn sign(self) -> Self {
                if self < 0 { !0 } else { 0 }
            }
        }
    )*};
}

shift_by!(u32, u64, i32, i64);
