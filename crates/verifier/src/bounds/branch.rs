//! Conditional jumps on scalars: the decision (`is_scalar_branch_taken`) and the
//! refinement of both registers on each side (`reg_set_min_max` → `regs_refine_cond_op`,
//! `reg_bounds_sync`, `reg_bounds_sanity_check`), for every JMP and JMP32 condition.
//!
//! Before [`Domain::range_vs_range`] (6.1) the kernel decides only against a constant
//! source (`is_branch_taken`), refines one register against a constant (`reg_set_min_max`
//! and `reg_set_min_max_inv`, then `__reg_combine_*`) and two unknown registers only by
//! intersecting them on the equal side of a 64-bit JEQ/JNE (`reg_combine_min_max`): the
//! `old_*` functions below.

use isa::{JmpCond, Width};

use super::{BranchOutcome, Scalar};
use crate::releases::Domain;
use crate::tnum::Tnum;

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
    /// `is_scalar_branch_taken(self, other, cond, is_jmp32)`.
    pub fn branch(
        &self,
        cond: JmpCond,
        width: Width,
        other: &Scalar,
        domain: &Domain,
    ) -> BranchOutcome {
        if !domain.range_vs_range() {
            return self.old_branch(cond, width, other);
        }
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
                let disjoint = (domain.jeq_tnum_overlap() && !a.t.overlaps(b.t))
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

    /// `is_scalar_branch_taken` for a register compared with itself: with
    /// [`Domain::same_reg_decided`] every order is decided, JSET by whether the value may
    /// be 0 (its signed range at the width holding 0); before, as two equal registers.
    pub fn branch_same(&self, cond: JmpCond, width: Width, domain: &Domain) -> BranchOutcome {
        if !domain.same_reg_decided() {
            return self.branch(cond, width, self, domain);
        }
        let a = View::of(self, width);
        match cond {
            JmpCond::Set if a.t.is_const() => order(a.t.value != 0, a.t.value == 0),
            JmpCond::Set => order(a.smin > 0 || a.smax < 0, false),
            JmpCond::Eq | JmpCond::Ge | JmpCond::Le | JmpCond::SGe | JmpCond::SLe => {
                BranchOutcome::Taken
            }
            _ => BranchOutcome::NotTaken,
        }
    }

    /// 6.1's `is_branch_taken` for two scalars: decided only when `other` (the source) is
    /// a constant, by `is_branch32_taken`/`is_branch64_taken` on this register's bounds.
    fn old_branch(&self, cond: JmpCond, width: Width, other: &Scalar) -> BranchOutcome {
        if !other.is_const_at(width) {
            return BranchOutcome::Unknown;
        }
        let a = View::of(self, width);
        let val = other.const_at(width);
        let sval = match width {
            Width::W64 => val as i64,
            Width::W32 => val as u32 as i32 as i64,
        };
        match cond {
            JmpCond::Eq | JmpCond::Ne if a.t.is_const() => {
                let eq = a.t.value == val;
                order(eq == (cond == JmpCond::Eq), true)
            }
            JmpCond::Eq | JmpCond::Ne => BranchOutcome::Unknown,
            JmpCond::Set => order(a.t.value & val != 0, (a.t.mask | a.t.value) & val == 0),
            JmpCond::Gt => order(a.umin > val, a.umax <= val),
            JmpCond::SGt => order(a.smin > sval, a.smax <= sval),
            JmpCond::Lt => order(a.umax < val, a.umin >= val),
            JmpCond::SLt => order(a.smax < sval, a.smin >= sval),
            JmpCond::Ge => order(a.umin >= val, a.umax < val),
            JmpCond::SGe => order(a.smin >= sval, a.smax < sval),
            JmpCond::Le => order(a.umax <= val, a.umin > val),
            JmpCond::SLe => order(a.smax <= sval, a.smin > sval),
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
        if domain.same_reg_decided() {
            // `reg_set_min_max` leaves it: only an undecided JSET gets here.
            return None;
        }
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
    if !domain.range_vs_range() {
        old_refine(c, width, regs, (i1, i2), domain);
        return None;
    }
    refine_cond(c, width, regs, i1, i2, domain);
    regs[i1].sync(domain);
    regs[i2].sync(domain);
    if !domain.sanity_checks() {
        return None;
    }
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
            if !set && domain.jset_forgets_ranges() {
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

/// 6.1's refinement of one side (`cond` already that side's condition): against the
/// source when it is a constant, else against the destination when that is one (the
/// condition flipped), else the 64-bit equal side intersects both.
fn old_refine(
    cond: Cond,
    width: Width,
    regs: &mut [Scalar],
    (i1, i2): (usize, usize),
    domain: &Domain,
) {
    if regs[i2].is_const_at(width) {
        let other = regs[i2];
        old_set_min_max(cond, width, &mut regs[i1], &other, domain);
    } else if regs[i1].is_const_at(width) {
        let other = regs[i1];
        old_set_min_max(cond.flipped(), width, &mut regs[i2], &other, domain);
    } else if width == Width::W64 && cond == Cond::Eq {
        old_combine_min_max(regs, i1, i2, domain);
    }
}

/// `reg_set_min_max` (true-side rules of `cond`) of `reg` against constant `other`, then
/// `__reg_combine_32_into_64`/`__reg_combine_64_into_32`.
fn old_set_min_max(cond: Cond, width: Width, reg: &mut Scalar, other: &Scalar, domain: &Domain) {
    let jmp32 = width == Width::W32;
    let (val, val32) = (other.var_off.value, other.var_off.value as u32);
    match cond {
        Cond::Eq if jmp32 => reg.mark32_known(val32),
        Cond::Eq => *reg = Scalar::known(val),
        Cond::Ne => {}
        Cond::Set | Cond::NotSet => {
            let set = cond == Cond::Set;
            if !set && domain.jset_forgets_ranges() {
                reg.unbound64();
                reg.unbound32();
            }
            let v = if jmp32 { val32 as u64 } else { val };
            let apply = |t: Tnum| match set {
                true if v.is_power_of_two() => t.or(Tnum::constant(v)),
                true => t,
                false => t.and(Tnum::constant(!v)),
            };
            reg.var_off = if jmp32 {
                reg.var_off.with_subreg(apply(reg.var_off.subreg()))
            } else {
                apply(reg.var_off)
            };
        }
        _ if jmp32 => old_order32(cond, reg, val32),
        _ => old_order64(cond, reg, val),
    }
    if domain.no_combine_after_refine() {
        reg.sync(domain);
    } else if jmp32 {
        reg.combine_32_into_64(domain);
    } else {
        reg.combine_64_into_32(domain);
    }
}

/// The order rules of `reg_set_min_max` on the 64-bit bounds (the ends wrap as in C).
fn old_order64(cond: Cond, reg: &mut Scalar, val: u64) {
    let sval = val as i64;
    match cond {
        Cond::Gt => reg.umin = reg.umin.max(val.wrapping_add(1)),
        Cond::Ge => reg.umin = reg.umin.max(val),
        Cond::Lt => reg.umax = reg.umax.min(val.wrapping_sub(1)),
        Cond::Le => reg.umax = reg.umax.min(val),
        Cond::SGt => reg.smin = reg.smin.max(sval.wrapping_add(1)),
        Cond::SGe => reg.smin = reg.smin.max(sval),
        Cond::SLt => reg.smax = reg.smax.min(sval.wrapping_sub(1)),
        Cond::SLe => reg.smax = reg.smax.min(sval),
        Cond::Eq | Cond::Ne | Cond::Set | Cond::NotSet => {}
    }
}

/// [`old_order64`] on the 32-bit bounds.
fn old_order32(cond: Cond, reg: &mut Scalar, val: u32) {
    let sval = val as i32;
    match cond {
        Cond::Gt => reg.u32_min = reg.u32_min.max(val.wrapping_add(1)),
        Cond::Ge => reg.u32_min = reg.u32_min.max(val),
        Cond::Lt => reg.u32_max = reg.u32_max.min(val.wrapping_sub(1)),
        Cond::Le => reg.u32_max = reg.u32_max.min(val),
        Cond::SGt => reg.s32_min = reg.s32_min.max(sval.wrapping_add(1)),
        Cond::SGe => reg.s32_min = reg.s32_min.max(sval),
        Cond::SLt => reg.s32_max = reg.s32_max.min(sval.wrapping_sub(1)),
        Cond::SLe => reg.s32_max = reg.s32_max.min(sval),
        Cond::Eq | Cond::Ne | Cond::Set | Cond::NotSet => {}
    }
}

/// `__reg_combine_min_max`: two registers known equal share the intersection of their
/// 64-bit ranges and known bits, each synced.
fn old_combine_min_max(regs: &mut [Scalar], i1: usize, i2: usize, domain: &Domain) {
    let (a, b) = (regs[i1], regs[i2]);
    let mut both = a;
    both.umin = a.umin.max(b.umin);
    both.umax = a.umax.min(b.umax);
    both.smin = a.smin.max(b.smin);
    both.smax = a.smax.min(b.smax);
    both.var_off = a.var_off.intersect(b.var_off);
    for i in [i1, i2] {
        let r = &mut regs[i];
        (r.umin, r.umax, r.smin, r.smax, r.var_off) =
            (both.umin, both.umax, both.smin, both.smax, both.var_off);
        r.sync(domain);
    }
}
