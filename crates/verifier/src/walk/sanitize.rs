//! Pointer arithmetic without CAP_PERFMON (no `bypass_spec_v1`): the kernel masks a
//! pointer moved by a register so that it stays in its object even under speculation
//! (`sanitize_ptr_alu`, `retrieve_ptr_limit`, `sanitize_check_bounds`,
//! `check_stack_access_for_ptr_arithmetic`, `sanitize_val_alu`, `sanitize_err`).
//!
//! Before the move, the offset must have one sign and the pointer must be in its object
//! in the direction it moves (the limit); a variable offset pushes the speculative path
//! where the mask truncated it to 0 (the pointer unmoved, after the instruction) and from
//! then on scalars prune only when equal (`explore_alu_limits`). After the move, the new
//! pointer must be in its object (on every path, speculative ones too), and the masking
//! window (state and limit) is recorded per instruction: a second path arriving with
//! another window, or a scalar addition at the same instruction, is refused
//! (`update_alu_sanitation_state`, kept in [`Walker::alu_aux`]).

use isa::{AluOp, Pc, Reg};
use skctx::Code;

use super::{tnum_text, unsupported, Refusal, State, Value, Walker, EACCES};
use crate::bounds::Scalar;
use crate::error::Operand as ErrOperand;
use crate::state::{Ptr, PtrKind, STACK_MIN, STACK_SIZE};

/// `BPF_ALU_SANITIZE_SRC`: the pointer is the destination.
const SANITIZE_SRC: u32 = 1;
/// `BPF_ALU_SANITIZE_DST`: the scalar is the destination (`scalar += pointer`).
const SANITIZE_DST: u32 = 2;
/// `BPF_ALU_NEG_VALUE`.
const NEG_VALUE: u32 = 4;
/// `BPF_ALU_NON_POINTER`: a scalar ADD or SUB by register (`sanitize_val_alu`).
const NON_POINTER: u32 = 8;
/// `BPF_ALU_IMMEDIATE`: the offset register holds a constant.
const IMMEDIATE: u32 = 16;

/// Why `sanitize_ptr_alu` refuses (`enum { REASON_BOUNDS, ... }`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reason {
    Bounds,
    Type,
    Paths,
    Limit,
}

/// The registers of `dst op= src` with a pointer and a scalar, and whether the scalar is
/// the destination (`scalar += pointer`).
#[derive(Debug, Clone, Copy)]
pub(super) struct Regs {
    pub dst: Reg,
    pub src: Reg,
    pub swapped: bool,
}

/// What the check before the move hands to the one after it (`struct bpf_sanitize_info`).
#[derive(Debug, Clone, Copy)]
pub(super) struct Window {
    state: u32,
    limit: u32,
    mask_to_left: bool,
}

/// An instruction's recorded window in one word (0: none yet).
fn packed(state: u32, limit: u32) -> u64 {
    (u64::from(state) << 32) | u64::from(limit)
}

impl Walker<'_> {
    /// `sanitize_ptr_alu` before the move (`commit_window` false): `None` on a speculative
    /// path, which only simulates the mask.
    pub(super) fn sanitize_before(
        &mut self,
        st: &State,
        op: AluOp,
        regs: Regs,
        p: Ptr,
        off: &Scalar,
    ) -> Result<Option<Window>, Refusal> {
        if self.skips_sanitation() {
            return Ok(None);
        }
        let imm = off.is_const();
        if st.speculative {
            self.simulate_mask(st, regs, p, imm)?;
            return Ok(None);
        }
        if !imm && (off.smin < 0) != (off.smax < 0) {
            return Err(self.sanitize_err(Reason::Bounds, op, regs));
        }
        let neg = off.smin < 0;
        let mask_to_left = (op == AluOp::Add && neg) || (op == AluOp::Sub && !neg);
        let limit = self
            .ptr_limit(&p, mask_to_left)
            .map_err(|r| self.sanitize_err(r, op, regs))?;
        let mut state = if regs.swapped {
            SANITIZE_DST
        } else {
            SANITIZE_SRC
        };
        state |= if neg { NEG_VALUE } else { 0 };
        state |= if imm { IMMEDIATE } else { 0 };
        if !imm {
            self.explore_alu_limits = true;
        }
        self.simulate_mask(st, regs, p, imm)?;
        Ok(Some(Window {
            state,
            limit,
            mask_to_left,
        }))
    }

    /// `do_sim`: a variable offset's speculative path, the offset masked to 0, so the
    /// destination holds the pointer unmoved after the instruction.
    fn simulate_mask(&mut self, st: &State, regs: Regs, p: Ptr, imm: bool) -> Result<(), Refusal> {
        if imm {
            return Ok(());
        }
        let mut spec = st.clone();
        spec.set(regs.dst, Value::Ptr(p));
        spec.speculative = true;
        self.push(spec, Pc(self.pc.0 + 1))
    }

    /// `sanitize_ptr_alu` after the move (`commit_window` true): the window narrowed by
    /// where the pointer went, recorded for the instruction.
    pub(super) fn sanitize_after(
        &mut self,
        op: AluOp,
        regs: Regs,
        moved: &Ptr,
        w: Window,
    ) -> Result<(), Refusal> {
        let limit = self
            .ptr_limit(moved, w.mask_to_left)
            .map_err(|r| self.sanitize_err(r, op, regs))?;
        let limit = (w.limit.wrapping_sub(limit) as i32).unsigned_abs();
        self.record_window(w.state, limit)
            .map_err(|r| self.sanitize_err(r, op, regs))
    }

    /// `sanitize_val_alu`: a scalar ADD or SUB by register records that no pointer moves
    /// here.
    pub(super) fn sanitize_scalar(&mut self, op: AluOp, dst: Reg) -> Result<(), Refusal> {
        if !matches!(op, AluOp::Add | AluOp::Sub)
            || self.privilege.has_perfmon()
            || self.skips_sanitation()
        {
            return Ok(());
        }
        let regs = Regs {
            dst,
            src: dst,
            swapped: false,
        };
        self.record_window(NON_POINTER, 0)
            .map_err(|r| self.sanitize_err(r, op, regs))
    }

    /// `can_skip_alu_sanitation` beyond the privilege and an immediate operand: since the
    /// nospec fallback (6.17) an instruction a speculative path failed at is preceded by a
    /// barrier, so nothing there is masked (seen on 6.18.44: a later path through it pushes
    /// no speculative path).
    fn skips_sanitation(&self) -> bool {
        self.nospec[self.pc.0]
    }

    /// `update_alu_sanitation_state`.
    fn record_window(&mut self, state: u32, limit: u32) -> Result<(), Reason> {
        let slot = &mut self.alu_aux[self.pc.0];
        let new = packed(state, limit);
        if *slot != 0 && *slot != new {
            return Err(Reason::Paths);
        }
        *slot = new;
        Ok(())
    }

    /// `retrieve_ptr_limit`: how far the pointer may move towards the start of its object
    /// (`mask_to_left`) or its end.
    fn ptr_limit(&self, p: &Ptr, mask_to_left: bool) -> Result<u32, Reason> {
        let off = p.off as i64 as u64;
        let (max, limit) = match p.kind {
            PtrKind::Stack(_) => (
                STACK_SIZE as u32 + u32::from(mask_to_left),
                p.var.var_off.value.wrapping_add(off).wrapping_neg() as u32,
            ),
            PtrKind::MapValue(m) => {
                let base = match mask_to_left {
                    true => p.var.smin as u64,
                    false => p.var.umax,
                };
                let size = self.maps.get(m).map_or(0, |m| m.value_size);
                (size, base.wrapping_add(off) as u32)
            }
            _ => return Err(Reason::Type),
        };
        match limit < max {
            true => Ok(limit),
            false => Err(Reason::Limit),
        }
    }

    /// `sanitize_err`: the refusal, about the source register (`Bounds`: the kernel compares
    /// the destination with a copy of the offset, so even `scalar += pointer` names the
    /// source) or the destination; where the offset is the destination itself
    /// ([`crate::Domain::sanitize_err_off_reg_is_dst`]) `scalar op= pointer` names the
    /// other one.
    fn sanitize_err(&self, reason: Reason, op: AluOp, regs: Regs) -> Refusal {
        const TAIL: &str = "pointer arithmetic with it prohibited for !root";
        let verb = if op == AluOp::Add { "add" } else { "sub" };
        let off_is_dst = regs.swapped && matches!(reason, Reason::Bounds | Reason::Type) && {
            self.domain.sanitize_err_off_reg_is_dst()
        };
        let (r, what) = match reason {
            Reason::Bounds => (
                if off_is_dst { regs.dst } else { regs.src },
                "has unknown scalar with mixed signed bounds".into(),
            ),
            Reason::Type => (
                if off_is_dst { regs.src } else { regs.dst },
                "has pointer with unsupported alu operation".into(),
            ),
            Reason::Paths => (
                regs.dst,
                format!("tried to {verb} from different maps, paths or scalars"),
            ),
            Reason::Limit => (regs.dst, format!("tried to {verb} beyond pointer bounds")),
        };
        let msg = format!("R{} {what}, {TAIL}", r.index());
        self.reject_reg(Code::PtrArith, r, msg, EACCES)
    }

    /// `sanitize_check_bounds`: without CAP_PERFMON the moved pointer must stay in its
    /// object (a stack pointer at a constant offset inside the frame, a map value pointer
    /// with one byte readable); other pointers are not checked.
    pub(super) fn sanitize_check(&self, n: u8, p: &Ptr) -> Result<(), Refusal> {
        if self.privilege.allows_ptr_leaks() {
            return Ok(());
        }
        let off = (p.off as i64).wrapping_add(p.var.var_off.value as i64) as i32;
        let reject = |code, msg: String| self.reject(code, ErrOperand::Dst, msg, EACCES);
        match p.kind {
            PtrKind::Stack(_) if !p.var.is_const() => Err(reject(
                Code::PtrArith,
                format!(
                    "R{n} variable stack access prohibited for !root, var_off={} off={off}",
                    tnum_text(p.var.var_off),
                ),
            )),
            PtrKind::Stack(_) if off >= 0 || (off as i64) < STACK_MIN => Err(reject(
                Code::PtrArith,
                format!("R{n} stack pointer arithmetic goes out of range, prohibited for !root; off={off}"),
            )),
            PtrKind::MapValue(m) => {
                let size = self.maps.get(m).map_or(0, |m| m.value_size);
                let out = format!(
                    "R{n} pointer arithmetic of map value goes out of range, prohibited for !root"
                );
                match one_byte_inside(p, size)? {
                    true if self.touches_lock(p, m, p.off as i64, 1)? => Err(reject(
                        Code::SpinLockAccess,
                        format!("bpf_spin_lock cannot be accessed directly by load/store\n{out}"),
                    )),
                    true => Ok(()),
                    false => Err(reject(Code::MapValueBounds, out)),
                }
            }
            _ => Ok(()),
        }
    }
}

/// `check_map_access(.., off, 1, false, ..)` of a map value pointer as a yes or no
/// (`check_mem_region_access`, `__check_mem_access`); sums past 32 bits, which the
/// kernel truncates, are not modelled.
fn one_byte_inside(p: &Ptr, size: u32) -> Result<bool, Refusal> {
    let off = p.off as i64;
    let (smin, umax) = (p.var.smin, p.var.umax);
    if smin < 0 && (smin == i64::MIN || smin.checked_add(off).is_none_or(|v| v < 0)) {
        return Ok(false);
    }
    let lo = smin + off;
    if umax >= 1 << 29 {
        return Ok(false);
    }
    let hi = umax as i64 + off;
    if i32::try_from(lo).is_err() || i32::try_from(hi).is_err() {
        return Err(unsupported(
            "a map value pointer's offset past 32 bits (sanitize_check_bounds)",
        ));
    }
    let inside = |at: i64| at >= 0 && at < size as i64;
    Ok(inside(lo) && inside(hi))
}
