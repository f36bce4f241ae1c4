//! Precision (`mark_chain_precision`): which scalars a decision rested on. When a branch is
//! decided, a pointer moves by a scalar or R0 is checked at exit, the walk backtracks from
//! the current instruction through the path's jump history (`backtrack_insn`) and marks the
//! registers and stack slots that fed the value precise in the checkpoints it passes. Only
//! checkpoints carry precision: `regsafe` compares a precise scalar by range, an imprecise
//! one not at all, which is how a loop whose counter nothing decides converges.
//!
//! The jump history ([`Hist`]) records, per path segment since its checkpoint, the
//! instructions the kernel records (`push_insn_history`): arrivals at jump points (with the
//! instruction the path came from), stack spills and fills (the slot), comparisons of stack
//! pointers, and the scalars linked to a compared one.
//!
//! Before `subprog_precision` ([`crate::releases::CHANGES`]; 6.1.192) backtracking is one
//! frame's: a call or an exit gives up (every scalar above precise), a parent checkpoint
//! that gains no new mark ends it, a spill or fill is one through R10 at the instruction's
//! offset, and a checkpoint's precise registers are propagated one at a time.

use isa::{RawInsn, Reg};

use super::prune::Checkpoint;
use super::{unsupported, Refusal, State, Value, Walker};
use crate::state::{Byte, StackSlot};

use skctx::limits::MAX_CALL_FRAMES as FRAMES;
/// R1-R5 (`BPF_REGMASK_ARGS`).
const ARGS: u16 = 0b11_1110;
/// `BPF_PSEUDO_CALL`.
const PSEUDO_CALL: u8 = 1;
/// `BPF_PSEUDO_KFUNC_CALL`.
const PSEUDO_KFUNC: u8 = 2;

/// A register or spilled stack slot of some frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Place {
    pub frame: usize,
    /// Register number, or stack slot (`spi`) when `!is_reg`.
    pub index: usize,
    pub is_reg: bool,
}

/// One jump-history entry (`struct bpf_insn_hist_entry`), 24 bytes: straight-line code
/// records one per spill and fill, and each pending path copies its segment's entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hist {
    /// Instruction indexes fit 32 bits: programs have at most 1M slots.
    idx: u32,
    /// The instruction the path came from (-1 at the program's start).
    prev: i32,
    /// `INSN_F_STACK_ACCESS`: the frame and stack slot spilled to or filled from.
    stack: Option<(u8, u8)>,
    /// `INSN_F_SRC_REG_STACK`, `INSN_F_DST_REG_STACK`.
    pub src_stack: bool,
    pub dst_stack: bool,
    /// `linked_regs`: the scalars sharing an id with a compared one (two or more; rare).
    linked: Option<Box<Linked>>,
}

/// The places of [`Hist`]'s `linked_regs`, behind one thin pointer.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Linked(Vec<Place>);

const _: () = assert!(std::mem::size_of::<Hist>() == 24);

impl Hist {
    /// An arrival at instruction `idx` from `prev`, with nothing else recorded.
    pub(crate) fn arrival(idx: usize, prev: i64) -> Hist {
        Hist {
            idx: idx as u32,
            prev: prev as i32,
            stack: None,
            src_stack: false,
            dst_stack: false,
            linked: None,
        }
    }

    pub(crate) fn idx(&self) -> i64 {
        i64::from(self.idx)
    }

    pub(crate) fn prev(&self) -> i64 {
        i64::from(self.prev)
    }

    /// The stack access: frame and slot.
    pub(crate) fn stack(&self) -> Option<(usize, usize)> {
        self.stack.map(|(f, s)| (usize::from(f), usize::from(s)))
    }

    pub(crate) fn set_stack(&mut self, frame: usize, spi: usize) {
        self.stack = Some((frame as u8, spi as u8));
    }

    pub(crate) fn linked(&self) -> &[Place] {
        self.linked.as_ref().map_or(&[], |l| &l.0)
    }

    pub(crate) fn set_linked(&mut self, linked: &[Place]) {
        self.linked = Some(Box::new(Linked(linked.to_vec())));
    }

    /// A second entry for the same instruction adds to the first.
    pub(crate) fn merge(&mut self, other: Hist) {
        self.stack = self.stack.or(other.stack);
        self.src_stack |= other.src_stack;
        self.dst_stack |= other.dst_stack;
        if other.linked.is_some() {
            self.linked = other.linked;
        }
    }
}

/// Why backtracking gave up (`-ENOTSUPP`): every scalar becomes precise instead.
struct GiveUp;

/// `struct backtrack_state`: the registers and slots still to be made precise, per frame.
#[derive(Debug, Clone, Default)]
pub(crate) struct Bt {
    frame: usize,
    regs: [u16; FRAMES],
    stack: [u64; FRAMES],
}

impl Bt {
    pub(crate) fn new(frame: usize) -> Bt {
        Bt {
            frame,
            ..Bt::default()
        }
    }

    fn empty(&self) -> bool {
        (0..=self.frame).all(|f| self.regs[f] == 0 && self.stack[f] == 0)
    }

    fn reg(&self, r: u8) -> bool {
        self.regs[self.frame] & (1 << r) != 0
    }

    pub(crate) fn set_reg_in(&mut self, frame: usize, r: usize) {
        self.regs[frame] |= 1 << r;
    }

    pub(crate) fn set_slot_in(&mut self, frame: usize, spi: usize) {
        self.stack[frame] |= 1 << spi;
    }

    fn set_reg(&mut self, r: u8) {
        self.regs[self.frame] |= 1 << r;
    }

    fn clear_reg(&mut self, r: u8) {
        self.regs[self.frame] &= !(1 << r);
    }

    fn has(&self, p: Place) -> bool {
        if p.is_reg {
            self.regs[p.frame] & (1 << p.index) != 0
        } else {
            self.stack[p.frame] & (1 << p.index) != 0
        }
    }

    fn put(&mut self, p: Place) {
        if p.is_reg {
            self.regs[p.frame] |= 1 << p.index;
        } else {
            self.stack[p.frame] |= 1 << p.index;
        }
    }

    /// `bt_sync_linked_regs`: one linked scalar precise makes all precise.
    fn sync_linked(&mut self, hist: Option<&Hist>) {
        let Some(h) = hist else { return };
        if h.linked().iter().any(|&p| self.has(p)) {
            for &p in h.linked() {
                self.put(p);
            }
        }
    }

    fn subprog_exit(&mut self) -> Result<(), Refusal> {
        self.frame = self
            .frame
            .checked_sub(1)
            .ok_or_else(|| unsupported("backtracking past the main program's entry"))?;
        Ok(())
    }

    fn subprog_enter(&mut self) -> Result<(), Refusal> {
        if self.frame + 1 >= FRAMES {
            return Err(unsupported("backtracking into a ninth frame"));
        }
        self.frame += 1;
        Ok(())
    }
}

/// A spilled register (`is_spilled_reg`).
pub(crate) fn spilled(slot: &StackSlot) -> bool {
    slot.bytes[7] == Byte::Spill
}

/// A spilled scalar (`is_spilled_scalar_reg`).
pub(crate) fn spilled_scalar(slot: &StackSlot) -> bool {
    spilled(slot) && matches!(slot.spilled, Value::Scalar(..))
}

impl Walker<'_> {
    /// `mark_chain_precision(regno)` on the current path at the current instruction.
    pub(super) fn precise(&mut self, st: &State, r: Reg) -> Result<(), Refusal> {
        if self.explored.is_none() || !matches!(st.reg(r), Value::Scalar(..)) {
            return Ok(());
        }
        let mut bt = Bt::new(st.frames.len() - 1);
        bt.set_reg(r.index());
        self.backtrack(bt)
    }

    /// `__mark_chain_precision`: from the current instruction back through the current
    /// segment, then checkpoint by checkpoint up the parent chain.
    pub(super) fn backtrack(&mut self, mut bt: Bt) -> Result<(), Refusal> {
        if bt.empty() {
            return Ok(());
        }
        let one_frame = !self.domain.subprog_precision();
        let mut seg: Option<usize> = None;
        let mut first = self.meta.first_insn as i64;
        let mut last = self.pc.0 as i64;
        let mut subseq: i64 = -1;
        let mut skip_first = true;
        loop {
            if last < 0 {
                return Ok(());
            }
            let hist = match seg {
                None => self.meta.hist.clone(),
                Some(c) => self.checkpoint(c).meta.hist.clone(),
            };
            let mut end = hist.len();
            let mut i = last;
            loop {
                if !skip_first {
                    let h = (end > 0 && hist[end - 1].idx() == i).then(|| &hist[end - 1]);
                    let step = if one_frame {
                        self.backtrack_one_frame(i as usize, &mut bt)?
                    } else {
                        self.backtrack_insn(i as usize, subseq, h, &mut bt)?
                    };
                    if let Err(GiveUp) = step {
                        match (one_frame, seg) {
                            (true, Some(c)) => {
                                self.all_precise_from(self.checkpoint(c).meta.parent)
                            }
                            _ => self.all_precise_from(self.meta.parent),
                        }
                        return Ok(());
                    }
                }
                skip_first = false;
                if bt.empty() {
                    return Ok(());
                }
                subseq = i;
                match prev_insn(first, i, &hist, &mut end) {
                    Some(p) if p >= 0 => i = p,
                    _ => break,
                }
            }
            let parent = match seg {
                None => self.meta.parent,
                Some(c) => self.checkpoint(c).meta.parent,
            };
            let Some(p) = parent else { break };
            let new_marks = mark_in(self.checkpoint_mut(p), &mut bt, one_frame)?;
            self.marks_added |= new_marks;
            if bt.empty() || (one_frame && !new_marks) {
                return Ok(());
            }
            let cp = self.checkpoint(p);
            subseq = first;
            last = cp.meta.last_insn;
            first = cp.meta.first_insn as i64;
            seg = Some(p);
        }
        if !bt.empty() && !one_frame {
            self.all_precise_from(self.meta.parent);
        }
        Ok(())
    }

    /// `mark_all_scalars_precise`: every scalar of checkpoint `at` and those above it.
    pub(super) fn all_precise_from(&mut self, mut at: Option<usize>) {
        while let Some(c) = at {
            let cp = self.checkpoint_mut(c);
            for (f, frame) in cp.st.frames.iter().enumerate() {
                for (r, v) in frame.regs.iter().enumerate().take(10) {
                    if matches!(v, Value::Scalar(..)) {
                        cp.precise[f].0 |= 1 << r;
                    }
                }
                for (spi, slot) in frame.stack.iter().enumerate().take(frame.allocated / 8) {
                    if spilled_scalar(slot) {
                        cp.precise[f].1 |= 1 << spi;
                    }
                }
            }
            at = cp.meta.parent;
        }
    }

    /// `backtrack_insn`: what instruction `idx` makes of the registers and slots to trace.
    fn backtrack_insn(
        &self,
        idx: usize,
        subseq: i64,
        hist: Option<&Hist>,
        bt: &mut Bt,
    ) -> Result<Result<(), GiveUp>, Refusal> {
        let raw = self.cfg.raw();
        let Some(&insn) = raw.get(idx) else {
            return Err(unsupported("backtracking past the program's end"));
        };
        if insn.code == 0 {
            return Ok(Ok(()));
        }
        bt.sync_linked(hist);
        if self.cfg.marks(isa::Pc(idx)).calls_callback && subseq != idx as i64 + 1 {
            return callback_entry(bt).map(Ok);
        }
        if insn.code == 0x85 && insn.src == PSEUDO_CALL && self.calls_global(idx, insn.imm) {
            // The callee was not walked here: it only set R0.
            bt.clear_reg(0);
            if bt.regs[bt.frame] & ARGS != 0 {
                return Err(unsupported(
                    "a backtracking state the kernel reports as a verifier bug",
                ));
            }
            return Ok(Ok(()));
        }
        let class = insn.code & 0x07;
        let step = match class {
            0x04 | 0x07 => backtrack_alu(&insn, bt),
            0x01 => backtrack_load(&insn, insn.dst, hist, bt),
            // `is_atomic_load_insn`: load-acquire backtracks as `BPF_LDX`.
            0x03 if insn.code & 0xe0 == 0xc0 && insn.imm == super::liveness::op::LOAD_ACQ => {
                backtrack_load(&insn, insn.dst, hist, bt)
            }
            0x03 if insn.code & 0xe0 == 0xc0 && insn.imm & 1 != 0 => {
                let load = if insn.imm == 0xf1 { 0 } else { insn.src };
                backtrack_load(&insn, load, hist, bt)
            }
            0x02 | 0x03 => backtrack_store(&insn, class, hist, bt),
            0x05 | 0x06 => return backtrack_jmp(&insn, raw, subseq, hist, bt),
            0x00 if insn.code & 0xe0 == 0 => {
                bt.clear_reg(insn.dst);
                Step::Done
            }
            _ if bt.reg(insn.dst) => Step::GiveUp,
            _ => Step::Done,
        };
        Ok(match step {
            Step::Sync => {
                bt.sync_linked(hist);
                Ok(())
            }
            Step::Done => Ok(()),
            Step::GiveUp => Err(GiveUp),
        })
    }

    /// The call at `idx` with immediate `imm` goes to a global subprogram.
    fn calls_global(&self, idx: usize, imm: i32) -> bool {
        let target = idx as i64 + 1 + imm as i64;
        self.cfg
            .subprogs()
            .iter()
            .position(|s| s.start.0 as i64 == target)
            .is_some_and(|n| self.is_global(n))
    }

    /// 6.1's `backtrack_insn`: one frame, spills and fills through R10 only, a call or
    /// an exit gives up (and before 6.1 an atomic fetch is a store, not a load).
    fn backtrack_one_frame(&self, idx: usize, bt: &mut Bt) -> Result<Result<(), GiveUp>, Refusal> {
        let raw = self.cfg.raw();
        let Some(&insn) = raw.get(idx) else {
            return Err(unsupported("backtracking past the program's end"));
        };
        let class = insn.code & 0x07;
        let op = insn.code & 0xf0;
        let x = insn.code & 0x08 != 0;
        let atomic_fetch = class == 0x03
            && insn.code & 0xe0 == 0xc0
            && insn.imm & 1 != 0
            && self.profile.backtracks_atomic_fetch_as_load();
        let slot = || {
            let spi = (-(insn.off as i64) - 1) / 8;
            (0..64)
                .contains(&spi)
                .then_some(spi as usize)
                .ok_or_else(|| {
                    unsupported("a backtracking state the kernel reports as a verifier bug")
                })
        };
        match class {
            _ if insn.code == 0 => {}
            0x04 | 0x07 if bt.reg(insn.dst) => match op {
                0xd0 | 0x80 => {}
                0xb0 => {
                    bt.clear_reg(insn.dst);
                    if x {
                        bt.set_reg(insn.src);
                    }
                }
                _ if x => bt.set_reg(insn.src),
                _ => {}
            },
            0x01 | 0x03 if class == 0x01 || atomic_fetch => {
                let (load, base) = match class {
                    0x01 => (insn.dst, insn.src),
                    _ if insn.imm == 0xf1 => (0, insn.dst),
                    _ => (insn.src, insn.dst),
                };
                if bt.reg(load) {
                    bt.clear_reg(load);
                    if base == 10 {
                        let spi = slot()?;
                        bt.set_slot_in(bt.frame, spi);
                    }
                }
            }
            0x02 | 0x03 => {
                if bt.reg(insn.dst) {
                    return Ok(Err(GiveUp));
                }
                if insn.dst == 10 {
                    let spi = slot()?;
                    if bt.stack[bt.frame] & (1 << spi) != 0 {
                        bt.stack[bt.frame] &= !(1 << spi);
                        if class == 0x03 {
                            bt.set_reg(insn.src);
                        }
                    }
                }
            }
            0x05 | 0x06 => match op {
                0x80 if insn.src == PSEUDO_CALL || (insn.src == PSEUDO_KFUNC && insn.imm == 0) => {
                    return Ok(Err(GiveUp))
                }
                // A helper that calls a callback, like a BPF-to-BPF call.
                0x80 if insn.src == 0 && calls_callback(insn.imm) => return Ok(Err(GiveUp)),
                0x80 => {
                    bt.clear_reg(0);
                    if bt.regs[bt.frame] & 0x3f != 0 {
                        return Err(unsupported(
                            "a backtracking state the kernel reports as a verifier bug",
                        ));
                    }
                }
                0x90 => return Ok(Err(GiveUp)),
                0x00 => {}
                _ if x && (bt.reg(insn.dst) || bt.reg(insn.src)) => {
                    bt.set_reg(insn.dst);
                    bt.set_reg(insn.src);
                }
                _ => {}
            },
            0x00 if bt.reg(insn.dst) => {
                bt.clear_reg(insn.dst);
                if insn.code & 0xe0 != 0 {
                    return Ok(Err(GiveUp));
                }
            }
            _ => {}
        }
        Ok(Ok(()))
    }

    pub(super) fn checkpoint(&self, c: usize) -> &Checkpoint {
        &self.explored.as_ref().expect("pruning is on").cps[c]
    }

    pub(super) fn checkpoint_mut(&mut self, c: usize) -> &mut Checkpoint {
        &mut self.explored.as_mut().expect("pruning is on").cps[c]
    }
}

/// `backtrack_insn` for jumps, calls and exits.
/// Back from a callback's first instruction to the helper call that pushed it: R1-R5 go
/// to the caller's frame (`backtrack_insn`'s synchronous callback case).
fn callback_entry(bt: &mut Bt) -> Result<(), Refusal> {
    if bt.regs[bt.frame] & !ARGS != 0 || bt.stack[bt.frame] != 0 {
        return Err(unsupported(
            "a backtracking state the kernel reports as a verifier bug",
        ));
    }
    for r in 1..=5 {
        if bt.reg(r) {
            bt.clear_reg(r);
            let caller = bt
                .frame
                .checked_sub(1)
                .ok_or_else(|| unsupported("a callback in frame 0"))?;
            bt.set_reg_in(caller, r as usize);
        }
    }
    bt.subprog_exit()
}

fn backtrack_jmp(
    insn: &RawInsn,
    raw: &[RawInsn],
    subseq: i64,
    hist: Option<&Hist>,
    bt: &mut Bt,
) -> Result<Result<(), GiveUp>, Refusal> {
    let op = insn.code & 0xf0;
    let bug = || unsupported("a backtracking state the kernel reports as a verifier bug");
    if op == 0x80 && insn.src == PSEUDO_CALL {
        if bt.regs[bt.frame] & !ARGS != 0 || bt.stack[bt.frame] != 0 {
            return Err(bug());
        }
        for r in 1..=5 {
            if bt.reg(r) {
                bt.clear_reg(r);
                let caller = bt.frame.checked_sub(1).ok_or_else(bug)?;
                bt.set_reg_in(caller, r as usize);
            }
        }
        bt.subprog_exit()?;
        return Ok(Ok(()));
    }
    if op == 0x80 {
        if insn.src == PSEUDO_KFUNC && insn.imm == 0 {
            return Ok(Err(GiveUp));
        }
        bt.clear_reg(0);
        if bt.regs[bt.frame] & ARGS != 0 {
            return Err(bug());
        }
    } else if op == 0x90 {
        let from_call = subseq >= 1
            && raw
                .get(subseq as usize - 1)
                .is_some_and(|c| c.code == 0x85 && c.src == PSEUDO_CALL);
        let r0 = from_call && bt.reg(0);
        if from_call && bt.regs[bt.frame] & ARGS != 0 {
            return Err(bug());
        }
        bt.clear_reg(0);
        bt.subprog_enter()?;
        if r0 {
            bt.set_reg(0);
        }
        return Ok(Ok(()));
    } else if insn.code & 0x08 != 0 && op != 0x00 {
        if !bt.reg(insn.dst) && !bt.reg(insn.src) {
            return Ok(Ok(()));
        }
        if !hist.is_some_and(|h| h.src_stack) {
            bt.set_reg(insn.src);
        }
        if !hist.is_some_and(|h| h.dst_stack) {
            bt.set_reg(insn.dst);
        }
    }
    bt.sync_linked(hist);
    Ok(Ok(()))
}

/// How one instruction ended backtracking.
enum Step {
    /// Done, with the linked scalars synchronised again.
    Sync,
    /// Done, returning early (the kernel skips the second synchronisation).
    Done,
    GiveUp,
}

fn backtrack_alu(insn: &RawInsn, bt: &mut Bt) -> Step {
    if !bt.reg(insn.dst) {
        return Step::Done;
    }
    let x = insn.code & 0x08 != 0;
    match insn.code & 0xf0 {
        0xd0 | 0x80 => return Step::Done,
        0xb0 => {
            bt.clear_reg(insn.dst);
            if x && insn.src != 10 {
                bt.set_reg(insn.src);
            }
        }
        _ if x && insn.src != 10 => bt.set_reg(insn.src),
        _ => {}
    }
    Step::Sync
}

fn backtrack_load(insn: &RawInsn, load: u8, hist: Option<&Hist>, bt: &mut Bt) -> Step {
    let _ = insn;
    if !bt.reg(load) {
        return Step::Done;
    }
    bt.clear_reg(load);
    let Some((frame, spi)) = hist.and_then(|h| h.stack()) else {
        return Step::Done;
    };
    bt.set_slot_in(frame, spi);
    Step::Sync
}

fn backtrack_store(insn: &RawInsn, class: u8, hist: Option<&Hist>, bt: &mut Bt) -> Step {
    if bt.reg(insn.dst) {
        return Step::GiveUp;
    }
    let Some((frame, spi)) = hist.and_then(|h| h.stack()) else {
        return Step::Done;
    };
    if bt.stack[frame] & (1 << spi) == 0 {
        return Step::Done;
    }
    bt.stack[frame] &= !(1 << spi);
    if class == 0x03 {
        bt.set_reg(insn.src);
    }
    Step::Sync
}

/// `get_prev_insn_idx`: the instruction before `i` on this segment, `None` at its start.
fn prev_insn(first: i64, i: i64, hist: &[Hist], end: &mut usize) -> Option<i64> {
    let cnt = *end;
    if i == first && (cnt == 0 || (cnt == 1 && hist[0].idx() == i)) {
        return None;
    }
    if cnt > 0 && hist[cnt - 1].idx() == i {
        *end -= 1;
        return Some(hist[cnt - 1].prev());
    }
    Some(i - 1)
}

/// The marking step of `__mark_chain_precision` in a parent checkpoint: what is a scalar
/// there becomes precise (and needs no further tracing if it already was, unless
/// `one_frame`: 6.1 keeps tracing it); whether anything became precise.
fn mark_in(cp: &mut Checkpoint, bt: &mut Bt, one_frame: bool) -> Result<bool, Refusal> {
    let mut new_marks = false;
    for fr in (0..=bt.frame).rev() {
        let Some(frame) = cp.st.frames.get(fr) else {
            return Err(unsupported(
                "backtracking into a frame the checkpoint lacks",
            ));
        };
        for r in 0..16 {
            if bt.regs[fr] & (1 << r) == 0 {
                continue;
            }
            let scalar = matches!(frame.regs.get(r), Some(Value::Scalar(..)));
            let had = cp.precise[fr].0 & (1 << r) != 0;
            if !scalar || (had && !one_frame) {
                bt.regs[fr] &= !(1 << r);
            } else {
                new_marks |= !had;
                cp.precise[fr].0 |= 1 << r;
            }
        }
        for spi in 0..64 {
            if bt.stack[fr] & (1 << spi) == 0 {
                continue;
            }
            if spi >= frame.allocated / 8 {
                return Err(unsupported("backtracking into an unallocated stack slot"));
            }
            let had = cp.precise[fr].1 & (1 << spi) != 0;
            if !spilled_scalar(&frame.stack[spi]) || (had && !one_frame) {
                bt.stack[fr] &= !(1 << spi);
            } else {
                new_marks |= !had;
                cp.precise[fr].1 |= 1 << spi;
            }
        }
    }
    Ok(new_marks)
}

/// `is_callback_calling_function`: the helper takes a function.
fn calls_callback(id: i32) -> bool {
    skctx::helper_by_id(id)
        .and_then(|h| h.proto)
        .is_some_and(|p| p.args.contains(&skctx::ArgKind::PtrToFunc))
}
