//! Read marks: the liveness of kernels before the static rework (6.18's
//! [`super::liveness`] and [`super::stack_live`]; `static_liveness` in
//! [`crate::releases::CHANGES`]). Each register and stack slot of the current path is
//! linked to the same one in its parent checkpoint (`bpf_reg_state::parent`); a read
//! (`mark_reg_read`) marks the checkpoint's copy read and goes on up the chain until a
//! checkpoint whose segment wrote it (`REG_LIVE_WRITTEN` screens the read). A prune hit
//! charges the continuation's reads to the current path (`propagate_liveness`); a fully
//! explored checkpoint forgets what nothing read (`clean_live_states`), and `regsafe` and
//! `stacksafe` skip it.
//!
//! The links follow the kernel's copies: a callee's R1-R5 keep the caller's links, its
//! other registers and its stack have none until the next checkpoint; a returning R0 keeps
//! the callee's; a stack slot allocated after the last checkpoint has none.

use isa::{Insn, RawInsn};

use super::prune::Checkpoint;
use super::track::Effect;
use super::{State, Value, Walker};
use crate::state::{Byte, StackSlot};

/// A register or slot's parent: a frame of a checkpoint.
type Link = Option<(usize, usize)>;

/// R0-R5: what a call clobbers (`caller_saved`).
const CALLER_SAVED: u16 = 0b11_1111;
/// R6-R9: what a checkpoint links in its callers' frames.
const CALLEE_SAVED: std::ops::Range<usize> = 6..10;

/// The liveness of one frame: of the current path (links, writes since its checkpoint) or
/// of a checkpoint (its links and writes frozen, the reads its continuations made).
#[derive(Debug, Clone, Default)]
pub(crate) struct FrameLive {
    regs: [Link; 10],
    slots: Vec<Link>,
    written_regs: u16,
    written_slots: u64,
    pub read_regs: u16,
    pub read_slots: u64,
}

/// What one register or slot is: which bit of which mask.
#[derive(Debug, Clone, Copy)]
enum Place {
    Reg(usize),
    Slot(usize),
}

impl FrameLive {
    fn link(&self, p: Place) -> Link {
        match p {
            Place::Reg(r) => self.regs[r],
            Place::Slot(s) => self.slots.get(s).copied().flatten(),
        }
    }

    fn written(&self, p: Place) -> bool {
        match p {
            Place::Reg(r) => self.written_regs & (1 << r) != 0,
            Place::Slot(s) => self.written_slots & (1 << s) != 0,
        }
    }

    /// Marks `p` read; false when it already was.
    fn mark_read(&mut self, p: Place) -> bool {
        match p {
            Place::Reg(r) => {
                let had = self.read_regs & (1 << r) != 0;
                self.read_regs |= 1 << r;
                !had
            }
            Place::Slot(s) => {
                let had = self.read_slots & (1 << s) != 0;
                self.read_slots |= 1 << s;
                !had
            }
        }
    }
}

/// `mark_reg_read` from a link up the parent chain.
fn mark_chain(cps: &mut [Checkpoint], mut link: Link, p: Place) {
    while let Some((c, f)) = link {
        let Some(fl) = cps[c].meta.live.get_mut(f) else {
            return;
        };
        if !fl.mark_read(p) || fl.written(p) {
            return;
        }
        link = fl.link(p);
    }
}

impl Walker<'_> {
    /// Pruning compares checkpoints in what their continuations read (kernels before 6.18).
    pub(super) fn read_marks(&self) -> bool {
        self.explored.is_some() && !self.domain.static_liveness()
    }

    /// The current path's liveness covers `frames` frames (a checkpoint's must).
    pub(super) fn live_sized(&mut self, frames: usize) {
        if self.read_marks() && frames > 0 {
            self.live_frame(frames - 1);
        }
    }

    /// The current path's liveness of frame `f`, grown to the path's frames.
    fn live_frame(&mut self, f: usize) -> &mut FrameLive {
        if self.meta.live.len() <= f {
            self.meta.live.resize_with(f + 1, FrameLive::default);
        }
        &mut self.meta.live[f]
    }

    /// The path the current instruction just pushed wrote R0 before the push
    /// (`mark_btf_func_reg_size` before `process_iter_next_call`'s `push_stack`).
    pub(super) fn live_pushed_wrote_r0(&mut self, f: usize) {
        if !self.read_marks() {
            return;
        }
        if let Some(p) = self.pending.last_mut() {
            if p.meta.live.len() <= f {
                p.meta.live.resize_with(f + 1, FrameLive::default);
            }
            p.meta.live[f].written_regs |= 1;
        }
    }

    /// `mark_reg_read` on the current path.
    fn live_read(&mut self, f: usize, p: Place) {
        let fl = self.live_frame(f);
        if fl.written(p) {
            return;
        }
        let link = fl.link(p);
        if let Some(ex) = self.explored.as_mut() {
            mark_chain(&mut ex.cps, link, p);
        }
    }

    /// The reads and writes of `insn`, which just ran on the current path: `frames` were
    /// the path's frames before it, `effects` its stack accesses.
    pub(super) fn live_after(
        &mut self,
        st: &State,
        insn: &Insn,
        frames: usize,
        effects: &[Effect],
    ) {
        if !self.read_marks() {
            return;
        }
        let raw = self.cfg.raw()[self.pc.0];
        let cur = frames - 1;
        match st.frames.len() {
            n if n > frames => return self.live_call(cur),
            n if n < frames => return self.live_return(cur),
            _ => {}
        }
        let (def, uses) = reads_writes(&raw, insn, frames == 1);
        for r in (0..10).filter(|r| uses & (1 << r) != 0) {
            self.live_read(cur, Place::Reg(r));
        }
        for e in effects {
            match e {
                Effect::Read(f, mask) if *f == cur => {
                    for s in (0..64).filter(|s| mask & (1 << s) != 0) {
                        self.live_read(cur, Place::Slot(s));
                    }
                }
                Effect::Write(f, mask) if *f == cur => self.live_frame(cur).written_slots |= mask,
                // Another frame's slots (or any at a variable offset): all of that frame's
                // are read.
                Effect::Read(f, _) | Effect::Write(f, _) => self.read_whole_frame(st, *f),
                Effect::Opaque(chain) => self.read_whole_frame(st, chain.len()),
            }
        }
        self.live_frame(cur).written_regs |= def;
    }

    /// Every allocated slot of frame `f` read.
    fn read_whole_frame(&mut self, st: &State, f: usize) {
        let slots = st.frames.get(f).map_or(0, |fr| fr.allocated / 8);
        for s in 0..slots {
            self.live_read(f, Place::Slot(s));
        }
    }

    /// `setup_func_entry`: the callee's R1-R5 are the caller's (links and write marks); the
    /// caller's R0-R5 are written.
    fn live_call(&mut self, caller: usize) {
        let from = self.live_frame(caller).clone();
        let mut callee = FrameLive::default();
        callee.regs[1..=5].copy_from_slice(&from.regs[1..=5]);
        callee.written_regs = from.written_regs & (CALLER_SAVED & !1);
        self.live_frame(caller).written_regs |= CALLER_SAVED;
        self.meta.live.truncate(caller + 1);
        self.meta.live.push(callee);
    }

    /// `prepare_func_exit`: the caller's R0 is the callee's, link and write mark.
    fn live_return(&mut self, callee: usize) {
        let from = self.live_frame(callee).clone();
        self.meta.live.truncate(callee);
        let caller = self.live_frame(callee - 1);
        caller.regs[0] = from.regs[0];
        caller.written_regs = (caller.written_regs & !1) | (from.written_regs & 1);
    }

    /// A new checkpoint `c` of `st` (its liveness taken from the path's): the path's
    /// registers and slots link to it and forget their writes.
    pub(super) fn live_checkpoint(&mut self, c: usize, st: &State) {
        if !self.read_marks() {
            return;
        }
        let depth = st.frames.len();
        for (f, frame) in st.frames.iter().enumerate() {
            let fl = self.live_frame(f);
            let regs = if f + 1 == depth { 0..10 } else { CALLEE_SAVED };
            for r in regs {
                fl.regs[r] = Some((c, f));
            }
            fl.slots = (0..frame.allocated / 8).map(|_| Some((c, f))).collect();
            fl.written_regs = 0;
            fl.written_slots = 0;
        }
        self.meta.live.truncate(depth);
    }

    /// `propagate_liveness`: what the continuations of checkpoint `c` read, the current
    /// path (pruned at it) reads.
    pub(super) fn live_propagate(&mut self, c: usize, st: &State) {
        if !self.read_marks() {
            return;
        }
        let old = self.checkpoint(c);
        let depth = old.st.frames.len();
        let marks: Vec<(usize, u16, u64, usize)> = old
            .meta
            .live
            .iter()
            .zip(&old.st.frames)
            .enumerate()
            .map(|(f, (fl, fr))| (f, fl.read_regs, fl.read_slots, fr.allocated / 8))
            .collect();
        for (f, regs, slots, old_slots) in marks {
            let first = if f + 1 < depth { 6 } else { 0 };
            for r in (first..10).filter(|r| regs & (1 << r) != 0) {
                self.live_read(f, Place::Reg(r));
            }
            let n = old_slots.min(st.frames.get(f).map_or(0, |fr| fr.allocated / 8));
            for s in (0..n).filter(|s| slots & (1 << s) != 0) {
                self.live_read(f, Place::Slot(s));
            }
        }
    }
}

/// `clean_verifier_state` with read marks: what no continuation read is forgotten.
pub(super) fn clean(cp: &mut Checkpoint) {
    for (f, frame) in cp.st.frames.iter_mut().enumerate() {
        let fl = cp.meta.live.get(f).cloned().unwrap_or_default();
        for r in 0..10 {
            if fl.read_regs & (1 << r) == 0 {
                frame.regs[r] = Value::Uninit;
                cp.precise[f].0 &= !(1 << r);
            }
        }
        for spi in 0..frame.allocated / 8 {
            if fl.read_slots & (1 << spi) == 0 {
                frame.stack[spi] = StackSlot {
                    bytes: [Byte::Invalid; 8],
                    spilled: Value::Uninit,
                };
                cp.precise[f].1 &= !(1 << spi);
            }
        }
    }
}

/// The registers an instruction writes and reads (`check_reg_arg`'s `DST_OP` and
/// `SRC_OP`); calls and exits as the kernel checks them: a helper reads its parameters, a
/// BPF-to-BPF call nothing (its callee takes R1-R5 over), the main program's exit R0.
fn reads_writes(raw: &RawInsn, insn: &Insn, main: bool) -> (u16, u16) {
    let (def, uses) = match insn {
        Insn::Call(isa::CallKind::Helper(_) | isa::CallKind::Kfunc { .. }) => {
            (CALLER_SAVED, super::liveness::def_use(raw).1)
        }
        Insn::Call(_) => (0, 0),
        Insn::Exit if main => (0, 1),
        Insn::Exit => (0, 0),
        _ => super::liveness::def_use(raw),
    };
    (def & 0x3ff, uses & 0x3ff)
}
