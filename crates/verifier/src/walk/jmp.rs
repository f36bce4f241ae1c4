//! Conditional jumps (`check_cond_jmp_op`: the decision, the pushed branch, refinement of
//! scalars and their linked copies, NULL checks; `may_goto`) and `exit` (`check_reference_leak`,
//! `check_return_code`).

use isa::{Insn, JmpCond, Operand, Pc, Reg, Width};
use skctx::{Code, ExitValue};

use super::precision::{Hist, Place};
use super::{unsupported, Flow, Refusal, State, Step, Value, Walker, EACCES};
use crate::bounds::{BranchOutcome, Scalar};
use crate::error::Operand as ErrOperand;
use crate::state::{Link, PtrKind, RefState};

impl Walker<'_> {
    /// `may_goto` (`check_cond_jmp_op`, `BPF_JCOND`): the path jumps; the fall-through (one
    /// more iteration) is pushed one `may_goto_depth` deeper, its imprecise scalars widened
    /// against the previous iteration's checkpoint here. Only where its convergence is
    /// modelled ([`super::prune::models_may_goto`]): the loop it bounds ends only through
    /// `is_state_visited`.
    pub(super) fn may_goto(&mut self, st: &mut State, off: i16) -> Step {
        if !super::prune::models_may_goto(self.profile) {
            return Err(unsupported(
                "may_goto (its loops are not modelled on this release)",
            ));
        }
        if off == 0 && !self.profile.may_goto_zero_allowed() {
            return Err(self.reject(
                Code::ReservedFields,
                ErrOperand::Insn,
                "invalid may_goto off 0 imm 0".into(),
                super::EINVAL,
            ));
        }
        let mut queued = st.clone();
        queued.may_goto_depth += 1;
        if let Some(prev) = self.prev_entry(st, self.pc.0) {
            self.widen_imprecise(prev, &mut queued);
        }
        self.push(queued, isa::Pc(self.pc.0 + 1))?;
        Ok(Flow::Jump(self.target(off as i64)))
    }

    pub(super) fn cond_jmp(&mut self, st: &mut State, insn: &Insn) -> Step {
        let Insn::JmpIf {
            cond,
            width,
            dst,
            src,
            off,
        } = *insn
        else {
            return Err(unsupported("not a conditional jump"));
        };
        let dst_first = self.profile.cond_jmp_reads_dst_first();
        let d = if dst_first {
            Some(self.read(st, dst)?)
        } else {
            None
        };
        let s = match src {
            Operand::Reg(r) => {
                let v = self.read(st, r)?;
                if self.leaky(&v) {
                    return Err(self.pointer_comparison(r));
                }
                v
            }
            Operand::Imm(imm) => Value::scalar(Scalar::known(imm as i64 as u64)),
        };
        let d = match d {
            Some(d) => d,
            None => self.read(st, dst)?,
        };
        let target = self.target(off as i64);
        let next = isa::Pc(self.pc.0 + 1);
        self.stack_operands(&d, &s);
        let outcome = match (src, &d) {
            (Operand::Reg(r), Value::Scalar(a, _)) if r == dst => {
                a.branch_same(cond, width, &self.domain)
            }
            _ => self.decide(&d, &s, cond, width),
        };
        let (follow, dead) = match outcome {
            BranchOutcome::Unknown => (None, next),
            BranchOutcome::Taken => (Some(Flow::Jump(target)), next),
            BranchOutcome::NotTaken => (Some(Flow::Next), target),
        };
        if let Some(flow) = follow {
            self.precise(st, dst)?;
            if let Operand::Reg(r) = src {
                self.precise(st, r)?;
            }
            if !self.privilege.has_perfmon() {
                self.speculative_path(st, dst, src, dead)?;
            }
            return Ok(flow);
        }
        let linked = self.link_history(st, &d, &s);
        let mut other = st.clone();
        self.refine(st, &mut other, (cond, width, dst, src), &linked)?;
        let null_check = width == Width::W64
            && src == Operand::Imm(0)
            && matches!(cond, JmpCond::Eq | JmpCond::Ne)
            && matches!(d, Value::Ptr(p) if p.kind.maybe_null());
        let refused = !null_check && self.leaky(&d);
        if !null_check && !refused && marks_one_side_not_null(&d, &s, cond, width) {
            return Err(unsupported(
                "comparing a maybe-NULL pointer for equality with another pointer",
            ));
        }
        if null_check {
            let Value::Ptr(p) = d else { unreachable!() };
            self.mark_null(st, p.id, p.ref_id, cond == JmpCond::Ne);
            self.mark_null(&mut other, p.id, p.ref_id, cond == JmpCond::Eq);
        }
        // The kernel refuses a compared pointer only after it pushed the other branch, which
        // a speculative path ended by the refusal (the nospec fallback) leaves to be walked.
        self.push(other, target)?;
        if refused {
            return Err(self.pointer_comparison(dst));
        }
        Ok(Flow::Next)
    }

    /// `INSN_F_SRC_REG_STACK`, `INSN_F_DST_REG_STACK`: a compared stack pointer is no
    /// scalar to backtrack.
    fn stack_operands(&mut self, d: &Value, s: &Value) {
        let stack = |v: &Value| matches!(v, Value::Ptr(p) if matches!(p.kind, PtrKind::Stack(_)));
        if stack(d) || stack(s) {
            let mut h = Hist::arrival(self.pc.0, self.meta.last_insn);
            h.dst_stack = stack(d);
            h.src_stack = stack(s);
            self.push_hist(h);
        }
    }

    /// The registers `collect_linked_regs` looks at in each frame of `st`: with
    /// [`crate::Domain::linked_regs_live_only`], those live before the instruction the frame
    /// is at (the jump, or the call site of the frame above); all of them before.
    fn linked_live_masks(&self, st: &State) -> Vec<u16> {
        let n = st.frames.len();
        if !self.domain.linked_regs_live_only() {
            return vec![u16::MAX; n];
        }
        let at = |f: usize| {
            if f + 1 == n {
                self.pc.0
            } else {
                st.frames[f + 1].callsite.0
            }
        };
        (0..n).map(|f| self.live_before(at(f))).collect()
    }

    /// `collect_linked_regs`: the scalars sharing the compared ones' ids enter the jump
    /// history, so that precision reaches all of them; they are also the ones the
    /// refinement reaches (`sync_linked_regs`).
    fn link_history(&mut self, st: &State, d: &Value, s: &Value) -> Vec<Place> {
        let mut linked = Vec::new();
        // The liveness is a whole-program pass the first time: only a linked scalar needs it.
        let mut live = None;
        for v in [s, d] {
            if let Value::Scalar(_, id) = *v {
                if id.is_linked() {
                    let live = live.get_or_insert_with(|| self.linked_live_masks(st));
                    collect_linked(st, id.base(), live, &mut linked);
                }
            }
        }
        if linked.len() > 1 {
            let mut h = Hist::arrival(self.pc.0, self.meta.last_insn);
            h.set_linked(&linked);
            self.push_hist(h);
        }
        linked
    }

    /// `sanitize_speculative_path`: the branch not taken is still walked, as speculative
    /// execution may take it, with the compared registers unknown.
    fn speculative_path(
        &mut self,
        st: &State,
        dst: Reg,
        src: Operand,
        pc: Pc,
    ) -> Result<(), Refusal> {
        let mut spec = st.clone();
        spec.speculative = true;
        spec.set(dst, Value::unknown());
        if let Operand::Reg(r) = src {
            spec.set(r, Value::unknown());
        }
        self.push(spec, pc)
    }

    fn pointer_comparison(&self, r: Reg) -> Refusal {
        self.reject_reg(
            Code::PtrComparison,
            r,
            format!("R{} pointer comparison prohibited", r.index()),
            EACCES,
        )
    }

    /// `is_branch_taken`.
    fn decide(&self, d: &Value, s: &Value, cond: JmpCond, width: Width) -> BranchOutcome {
        match (d, s) {
            (Value::Scalar(a, _), Value::Scalar(b, _)) => a.branch(cond, width, b, &self.domain),
            (Value::Ptr(_), _) | (_, Value::Ptr(_)) if !self.domain.range_vs_range() => {
                old_pointer_decision(d, s, cond, width)
            }
            // The low 32 bits of a valid pointer may be zero: no 32-bit decision.
            (Value::Ptr(_), _) | (_, Value::Ptr(_))
                if width == Width::W32 && self.domain.jmp32_ptr_undecided() =>
            {
                BranchOutcome::Unknown
            }
            (Value::Ptr(p), Value::Scalar(c, _)) | (Value::Scalar(c, _), Value::Ptr(p)) => {
                let is_const = match width {
                    Width::W64 => c.var_off.is_const(),
                    Width::W32 => c.var_off.subreg_is_const(),
                };
                let value = match width {
                    Width::W64 => c.var_off.value,
                    Width::W32 => c.var_off.value as u32 as u64,
                };
                let not_null = matches!(
                    p.kind,
                    PtrKind::Sock
                        | PtrKind::MapValue(_)
                        | PtrKind::MapKey(_)
                        | PtrKind::Map(_)
                        | PtrKind::Mem(_)
                        | PtrKind::RdonlyMem(_)
                ) && p.var.smin > -(1 << 29)
                    && p.var.smax < 1 << 29;
                if !is_const || !not_null || value != 0 {
                    return BranchOutcome::Unknown;
                }
                match cond {
                    JmpCond::Eq => BranchOutcome::NotTaken,
                    JmpCond::Ne => BranchOutcome::Taken,
                    _ => BranchOutcome::Unknown,
                }
            }
            _ => BranchOutcome::Unknown,
        }
    }

    /// `reg_set_min_max` on both branches (scalars only), then `sync_linked_regs` over
    /// the `linked` places.
    fn refine(
        &self,
        fall: &mut State,
        taken: &mut State,
        (cond, width, dst, src): (JmpCond, Width, Reg, Operand),
        linked: &[Place],
    ) -> Result<(), Refusal> {
        for (st, is_taken) in [(fall, false), (taken, true)] {
            let Value::Scalar(mut a, aid) = *st.reg(dst) else {
                continue;
            };
            match src {
                Operand::Reg(r) if r == dst => {
                    Scalar::refine_same(cond, width, is_taken, &mut a, &self.domain);
                    st.refine(dst, Value::Scalar(a, aid));
                    sync_linked(st, dst, linked, &self.domain);
                }
                Operand::Reg(r) => {
                    let Value::Scalar(mut b, bid) = *st.reg(r) else {
                        continue;
                    };
                    Scalar::refine(cond, width, is_taken, &mut a, &mut b, &self.domain);
                    st.refine(dst, Value::Scalar(a, aid));
                    st.refine(r, Value::Scalar(b, bid));
                    sync_linked(st, r, linked, &self.domain);
                    sync_linked(st, dst, linked, &self.domain);
                }
                Operand::Imm(imm) => {
                    let mut b = Scalar::known(imm as i64 as u64);
                    Scalar::refine(cond, width, is_taken, &mut a, &mut b, &self.domain);
                    st.refine(dst, Value::Scalar(a, aid));
                    sync_linked(st, dst, linked, &self.domain);
                }
            }
        }
        Ok(())
    }

    /// `mark_ptr_or_null_regs`: every register with NULL-check id `id` becomes the pointer
    /// (`!is_null`) or the scalar 0; on the NULL side the reference is dropped.
    fn mark_null(&self, st: &mut State, id: u32, ref_id: u32, is_null: bool) {
        if is_null && ref_id != 0 && ref_id == id {
            st.drop_ref(id);
        }
        let sockets = |m: usize| self.maps.get(m).is_some_and(|m| m.holds_sockets());
        for v in st.values_mut() {
            let Value::Ptr(mut p) = *v else { continue };
            if !p.kind.maybe_null() || p.id != id {
                continue;
            }
            if is_null {
                *v = Value::scalar(Scalar::known(0));
                continue;
            }
            p.kind = match p.kind {
                PtrKind::MapValueOrNull(m) if sockets(m) => PtrKind::Sock,
                PtrKind::MapValueOrNull(m) => PtrKind::MapValue(m),
                PtrKind::MemOrNull(n) => PtrKind::Mem(n),
                _ => PtrKind::Sock,
            };
            // A value holding a lock keeps its id: it names the lock.
            if !matches!(p.kind, PtrKind::MapValue(m) if self.locks_value(m)) {
                p.id = 0;
            }
            *v = Value::Ptr(p);
        }
    }

    /// `exit`: from a subprogram back to its caller with R0 (`prepare_func_exit`); from the
    /// main program with references released and R0 in [0, 1].
    pub(super) fn exit(&mut self, st: &mut State) -> Step {
        self.exit_while_locked(st)?;
        if st.frames.len() > 1 {
            let r0 = *st.reg(Reg::R0);
            if matches!(r0, Value::Ptr(p) if matches!(p.kind, PtrKind::Stack(_))) {
                return Err(self.reject_reg(
                    Code::RetvalPointer,
                    Reg::R0,
                    "cannot return stack pointer to the caller".into(),
                    super::EINVAL,
                ));
            }
            if st.cur().in_callback {
                return self.callback_exit(st, r0);
            }
            let callee = st.frames.pop().expect("a callee frame");
            st.set(Reg::R0, r0);
            return Ok(Flow::Goto(Pc(callee.callsite.0 + 1)));
        }
        self.section_at_exit(st, true)?;
        if !st.refs.is_empty() {
            let summary = self
                .profile
                .has(skctx::KernelVersion::new(6, 13))
                .then_some("BPF_EXIT instruction in main prog would lead to reference leak");
            return Err(self.leak(st, Code::ReferenceLeak, summary));
        }
        self.section_at_exit(st, false)?;
        if st.cur().subprog != 0 {
            return self.global_exit(st);
        }
        if self.profile.marks_r0_precise_at_exit() && matches!(st.reg(Reg::R0), Value::Scalar(..)) {
            self.precise(st, Reg::R0)?;
        }
        let r0 = match st.reg(Reg::R0) {
            Value::Uninit => ExitValue::Uninit,
            Value::Scalar(s, _) => ExitValue::Scalar {
                smin: s.smin,
                smax: s.smax,
                var_off_value: s.var_off.value,
                var_off_mask: s.var_off.mask,
            },
            v @ Value::Ptr(_) => ExitValue::Pointer {
                type_name: self.type_name(v),
            },
        };
        let checked = skctx::check_return(self.profile, self.privilege, r0);
        if checked.is_err() && self.pruning_may_accept_r0() {
            return Err(unsupported(
                "an out-of-range R0 after other paths: before 6.8 pruning may accept it",
            ));
        }
        checked.map_err(|e| {
            self.reject_at(
                e.code(),
                ErrOperand::Insn,
                Some(Reg::R0),
                e.kernel_message(),
                e.errno(),
            )
        })?;
        Ok(Flow::End)
    }
}

impl Walker<'_> {
    /// `prepare_func_exit` of a callback (`in_callback_fn`): R0 a precise scalar within
    /// `callback_ret_range` ([0, 1]); back to the call site, which calls the callback again
    /// or goes on, with the caller's imprecise scalars widened against the previous
    /// iteration's checkpoint there; before [`crate::Domain::callback_iteration`], on after
    /// the call.
    fn callback_exit(&mut self, st: &mut State, r0: Value) -> Step {
        let Value::Scalar(s, _) = r0 else {
            return Err(self.reject_at(
                Code::RetvalPointer,
                ErrOperand::Insn,
                Some(Reg::R0),
                "R0 not a scalar value".into(),
                EACCES,
            ));
        };
        self.callback_exit_refs(st)?;
        self.precise(st, Reg::R0)?;
        if let Some(message) = self.callback_ret_outside(&s) {
            return Err(self.reject_at(
                Code::RetvalRange,
                ErrOperand::Insn,
                Some(Reg::R0),
                message,
                super::EINVAL,
            ));
        }
        let callee = st.frames.pop().expect("a callback frame");
        if !self.domain.callback_iteration() {
            return Ok(Flow::Goto(Pc(callee.callsite.0 + 1)));
        }
        if let Some(prev) = self.prev_entry_of_cur(st, callee.callsite.0) {
            self.widen_imprecise(prev, st);
        }
        Ok(Flow::Goto(callee.callsite))
    }
}

impl Walker<'_> {
    /// `check_reference_leak` at a callback's exit. From
    /// [`crate::Domain::callback_refs_shared`] it checks nothing (the references stay the
    /// program's); before, the references the callback's own frame acquired (`callback_ref`)
    /// are a leak, and the caller's frames' ones stay. A reference acquired in a subprogram
    /// another frame called and left (`callback_ref` 0: not checked, and not handed back
    /// to the caller) is not modelled.
    fn callback_exit_refs(&self, st: &State) -> Result<(), Refusal> {
        if st.refs.is_empty() || self.domain.callback_refs_shared() {
            return Ok(());
        }
        let cur = st.frames.len() - 1;
        let (own, other): (Vec<_>, Vec<_>) = st
            .refs
            .iter()
            .partition(|r| self.acquired_in_frame(st, r, cur));
        if other
            .iter()
            .any(|r| !(0..cur).any(|f| self.acquired_in_frame(st, r, f)))
        {
            return Err(unsupported(
                "a callback returning with a reference acquired in a subprogram that returned",
            ));
        }
        if own.is_empty() {
            return Ok(());
        }
        let mut leaked = st.clone();
        leaked.refs.retain(|r| own.contains(r));
        let summary = self
            .profile
            .has(skctx::KernelVersion::new(6, 13))
            .then_some("BPF_EXIT instruction in main prog would lead to reference leak");
        Err(self.leak(&leaked, Code::ReferenceLeak, summary))
    }

    /// Reference `r` was acquired by frame `f` of `st` itself: at an instruction of the
    /// subprogram it runs (a subprogram is at most once on a call chain).
    pub(super) fn acquired_in_frame(&self, st: &State, r: &RefState, f: usize) -> bool {
        let sub = &self.cfg.subprogs()[st.frames[f].subprog];
        (sub.start.0..sub.end.0).contains(&r.insn.0)
    }

    /// The message when R0 at a callback's return is outside [0, 1]: by its bounds
    /// (`retval_range_within`), or, where the exit check is `tnum_in`, by its tnum.
    fn callback_ret_outside(&self, s: &Scalar) -> Option<String> {
        if self.profile.retval_message_uses_bounds() {
            let out = s.smin < 0 || s.smax > 1;
            out.then(|| {
                skctx::runtime::invalid_scalar("At callback return", s.smin, s.smax, (0, 1))
            })
        } else {
            let (value, mask) = (s.var_off.value, s.var_off.mask);
            let out = (value | mask) & !1 != 0;
            out.then(|| skctx::runtime::invalid_tnum("At callback return", value, mask))
        }
    }
}

/// 6.1's `is_branch_taken` with a pointer (before [`crate::Domain::range_vs_range`]): only
/// a pointer destination that `reg_type_not_null` names (sockets, map values) against a
/// constant 0 source, at either width, decides JEQ/JNE.
fn old_pointer_decision(d: &Value, s: &Value, cond: JmpCond, width: Width) -> BranchOutcome {
    let (Value::Ptr(p), Value::Scalar(c, _)) = (d, s) else {
        return BranchOutcome::Unknown;
    };
    let zero = match width {
        Width::W64 => c.var_off.is_const() && c.var_off.value == 0,
        Width::W32 => c.var_off.subreg_is_const() && c.var_off.value as u32 == 0,
    };
    if !zero
        || !matches!(
            p.kind,
            PtrKind::Sock | PtrKind::MapValue(_) | PtrKind::MapKey(_)
        )
    {
        return BranchOutcome::Unknown;
    }
    match cond {
        JmpCond::Eq => BranchOutcome::NotTaken,
        JmpCond::Ne => BranchOutcome::Taken,
        _ => BranchOutcome::Unknown,
    }
}

/// A 64-bit `==` or `!=` of two pointers of which one may be NULL: from 6.2 the kernel
/// marks that one register (not its copies) not NULL where they are equal, which is not
/// modelled. Any other comparison of a maybe-NULL pointer (with a scalar, at 32 bits, by
/// order) is never decided (`is_branch_taken` needs a pointer known not NULL) and refines
/// nothing: both branches go on with the pointer as it was.
fn marks_one_side_not_null(d: &Value, s: &Value, cond: JmpCond, width: Width) -> bool {
    let (Value::Ptr(a), Value::Ptr(b)) = (d, s) else {
        return false;
    };
    width == Width::W64
        && matches!(cond, JmpCond::Eq | JmpCond::Ne)
        && a.kind.maybe_null() != b.kind.maybe_null()
}

/// `LINKED_REGS_MAX`.
const LINKED_MAX: usize = 6;

/// `__collect_linked_regs` over every frame (the current one first): registers (those live
/// in `live[frame]`), then spilled scalars, whose link has base id `id`.
fn collect_linked(st: &State, id: u32, live: &[u16], out: &mut Vec<Place>) {
    for (f, frame) in st.frames.iter().enumerate().rev() {
        let regs = frame
            .regs
            .iter()
            .take(10)
            .enumerate()
            .filter(|(i, _)| live[f] & (1 << i) != 0)
            .map(|(i, v)| (i, v, true));
        let slots = frame
            .stack
            .iter()
            .take(frame.allocated / 8)
            .enumerate()
            .filter(|(_, s)| super::precision::spilled(s))
            .map(|(i, s)| (i, &s.spilled, false));
        for (index, v, is_reg) in regs.chain(slots) {
            if matches!(v, Value::Scalar(_, i) if i.base() == id) && out.len() < LINKED_MAX {
                out.push(Place {
                    frame: f,
                    index,
                    is_reg,
                });
            }
        }
    }
}

/// `sync_linked_regs`: the `linked` places holding a copy of register `r` (same base id)
/// get its refined value, plus the difference of their deltas when they differ.
fn sync_linked(st: &mut State, r: Reg, linked: &[Place], domain: &crate::Domain) {
    let Value::Scalar(known, kid) = *st.reg(r) else {
        return;
    };
    if !kid.is_linked() {
        return;
    }
    let cur = st.frames.len() - 1;
    for place in linked {
        if place.is_reg && place.frame == cur && place.index == r.index() as usize {
            continue;
        }
        let frame = &mut st.frames[place.frame];
        let v = match place.is_reg {
            true => &mut frame.regs[place.index],
            false => &mut frame.slot_mut(place.index).spilled,
        };
        let Value::Scalar(_, id) = *v else { continue };
        if id.base() != kid.base() {
            continue;
        }
        // bc308be380c1: copies added with different widths are not synced.
        if (id.id ^ kid.id) & Link::ADD_CONST == Link::ADD_CONST {
            continue;
        }
        *v = if (!id.has_delta() && !kid.has_delta()) || id.off == kid.off {
            Value::Scalar(known, kid)
        } else {
            let delta = id.off as i64 - kid.off as i64;
            let zext = (id.id | kid.id) & Link::ADD_CONST32 != 0;
            Value::Scalar(known.plus_linked_delta(delta, zext, domain), id)
        };
    }
}
