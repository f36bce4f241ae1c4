//! Which stack slots are live before each instruction (kernel/bpf/liveness.c in 6.18): the
//! walk records, per function instance (its chain of call sites), the 8-byte slots each
//! instruction reads (`may_read`, a union over visits) and writes whole (`must_write`, an
//! intersection over visits); at each exit a backward fixpoint over the control flow gives
//! `live_before`. A fully explored checkpoint forgets its dead slots (`clean_func_state`).
//!
//! A function's reads and writes of its callers' frames (through a pointer a caller passed)
//! are marks of those frames in its own instance; its fixpoint hands what is live at its
//! first instruction, and what it writes on every path, to the call site in its caller's
//! instance (`propagate_to_outer_instance`), and a checkpoint asks every instance of its
//! chain about a frame (`bpf_stack_slot_alive`).
//!
//! A load at a variable offset reads every slot of its range, as the kernel marks it. Kept
//! simpler than the kernel where programs rarely go: any other access at a variable offset
//! leaves that frame's slots all live.
//!
//! The fixpoint is owed at the end of every path (an exit, a prune, a speculative path
//! ended: `process_bpf_exit`) and runs when the marks next change or a checkpoint next reads
//! the liveness, on the marks the path's end saw, so with the kernel's answer; after a
//! walk's last path it never runs. Its cost is the walk's on long programs. When every
//! edge of the program goes forward, one backward sweep from the highest slot marked since
//! the last fixpoint, stopping below the lowest slot a change can reach, gives the same
//! (unique) fixpoint as sweeping the whole program until nothing changes; with loops the
//! whole sweep runs, in the same order, as the answer may depend on it.
//!
//! The slot masks start zeroed and are written only where they change; their buffers are
//! kept for the next walk on the thread (`crate::reuse`).

use std::collections::HashMap;

use isa::RawInsn;

use crate::reuse::Kept;

/// A function instance: the call sites of frames 1..=n (empty: the main program).
pub(super) type Chain = Vec<usize>;

#[derive(Debug, Clone)]
struct Instance {
    may_read: Kept<u64>,
    must_write: Kept<u64>,
    written_seen: Kept<bool>,
    live: Kept<u64>,
    /// The marks of the callers' frames, by frame (allocated when first touched).
    outer: Vec<Option<Outer>>,
    /// The call sites of frames 1..=n: the instance's key.
    chain: Chain,
    /// The function's first instruction (the lowest walked in it).
    entry: usize,
    /// An outer frame's `must_write` lost slots since the last fixpoint
    /// (`must_write_dropped`): its `acc` is recomputed from nothing.
    outer_dropped: bool,
    /// An access this module does not place: every slot is live.
    opaque: bool,
    /// Marks changed since the last fixpoint.
    dirty: bool,
    /// The lowest and highest slot whose marks changed since the last fixpoint.
    marked: (usize, usize),
}

/// An instance's marks for one of its callers' frames (`per_frame_masks` of an outer frame,
/// reached through a pointer the caller passed): what each instruction reads and writes
/// whole there, and after the fixpoint what is live before it and written on every path
/// from it to the function's exit (`must_write_acc`), which the call site receives
/// ([`StackLive::propagate`]).
#[derive(Debug, Clone)]
struct Outer {
    may_read: Vec<u64>,
    must_write: Vec<u64>,
    live: Vec<u64>,
    acc: Vec<u64>,
}

impl Outer {
    fn new(len: usize) -> Outer {
        Outer {
            may_read: vec![0; len],
            must_write: vec![0; len],
            live: vec![0; len],
            acc: vec![0; len],
        }
    }

    /// `update_insn` for this frame at `pc`; true when something changed. An exit is left
    /// as it is, as the kernel leaves an instruction without successors.
    fn settle(&mut self, raw: &[RawInsn], pc: usize) -> bool {
        let succ = Flow::succ(raw, pc);
        let succ = succ.iter().filter(|&&s| s != NONE).map(|&s| s as usize);
        if succ.clone().next().is_none() {
            return false;
        }
        let after = succ.clone().fold(0, |acc, s| acc | self.live[s]);
        let acc = succ.fold(u64::MAX, |acc, s| acc & self.acc[s]) | self.must_write[pc];
        let before = (after & !self.must_write[pc]) | self.may_read[pc];
        let changed = before != self.live[pc] || acc != self.acc[pc];
        self.live[pc] = before;
        self.acc[pc] = acc;
        changed
    }

    /// The fixpoint over every slot, last to first, until nothing changes.
    fn sweep(&mut self, raw: &[RawInsn], dropped: bool) {
        if dropped {
            self.acc.iter_mut().for_each(|a| *a = 0);
        }
        while (0..self.live.len())
            .rev()
            .fold(false, |changed, pc| self.settle(raw, pc) | changed)
        {}
    }
}

/// The deepest call chain: `MAX_CALL_FRAMES`.
const MAX_FRAMES: usize = 8;

/// The program's control flow as the fixpoint reads it: the successors of each slot
/// ([`Flow::succ`], read from the slots), and the predecessors' summary computed once per
/// walk. Slots are `u32` (a program has at most 1M), so that the array stays small on long
/// programs.
#[derive(Debug, Default)]
struct Flow {
    /// The lowest slot with an edge to each slot ([`NONE`]: none).
    min_pred: Kept<u32>,
    /// Every edge goes to a higher slot.
    forward: bool,
}

/// No slot, in [`Flow`].
const NONE: u32 = u32::MAX;

impl Flow {
    fn new(raw: &[RawInsn]) -> Flow {
        let mut min_pred = Kept::filled(raw.len(), NONE);
        let mut forward = true;
        for pc in 0..raw.len() {
            for s in Flow::succ(raw, pc).into_iter().filter(|&s| s != NONE) {
                min_pred[s as usize] = min_pred[s as usize].min(pc as u32);
                forward &= s as usize > pc;
            }
        }
        Flow { min_pred, forward }
    }

    /// The successors of slot `pc` within the program (`liveness::successors`; [`NONE`]:
    /// none).
    fn succ(raw: &[RawInsn], pc: usize) -> [u32; 2] {
        super::liveness::successors(raw, pc).map(|s| match s {
            Some(s) if s < raw.len() => s as u32,
            _ => NONE,
        })
    }
}

/// The stack liveness of every function instance walked so far.
#[derive(Debug, Default)]
pub(super) struct StackLive {
    instances: Vec<Instance>,
    /// Where each chain's instance is in `instances`.
    index: HashMap<Chain, usize>,
    /// The chain asked for last and its instance: consecutive instructions share one.
    last: Option<(Chain, usize)>,
    /// Whole-slot writes of the current instruction (`write_masks_acc`): its own frame's,
    /// and its callers' frames' by frame.
    pending_write: u64,
    pending_outer: [u64; MAX_FRAMES],
    /// An exit's fixpoint not run yet ([`StackLive::update`]).
    owed: bool,
    flow: Flow,
}

impl Instance {
    fn mark(&mut self, pc: usize) {
        self.dirty = true;
        self.marked = (self.marked.0.min(pc), self.marked.1.max(pc));
    }

    /// Recomputes `live[pc]` from its successors; true when it changed.
    fn settle(&mut self, raw: &[RawInsn], pc: usize) -> bool {
        let after = Flow::succ(raw, pc)
            .iter()
            .filter(|&&s| s != NONE)
            .fold(0, |acc, &s| acc | self.live[s as usize]);
        let before = (after & !self.must_write[pc]) | self.may_read[pc];
        let changed = before != self.live[pc];
        if changed {
            self.live[pc] = before;
        }
        changed
    }

    /// Sweeps every slot, last to first, until nothing changes.
    fn sweep_all(&mut self, raw: &[RawInsn]) {
        while (0..self.live.len())
            .rev()
            .fold(false, |changed, pc| self.settle(raw, pc) | changed)
        {}
    }

    /// Forward edges only: slots above the highest marked one keep their fixpoint, and a
    /// slot below every marked slot and every predecessor of a changed one cannot change.
    fn sweep_marked(&mut self, raw: &[RawInsn], flow: &Flow, (lo, hi): (usize, usize)) {
        let mut lowest = lo;
        for pc in (0..=hi).rev() {
            if pc < lowest {
                break;
            }
            if self.settle(raw, pc) && flow.min_pred[pc] != NONE {
                lowest = lowest.min(flow.min_pred[pc] as usize);
            }
        }
    }
}

impl StackLive {
    /// The instance of `chain`: inlined for the common case, the chain of the instruction
    /// before.
    #[inline]
    fn instance(&mut self, chain: &Chain, len: usize) -> &mut Instance {
        let k = match &self.last {
            Some((c, k)) if same_chain(c, chain) => *k,
            _ => self.find_instance(chain, len),
        };
        &mut self.instances[k]
    }

    /// Where `chain`'s instance is, created when it is new; it becomes the last one asked for.
    #[inline(never)]
    fn find_instance(&mut self, chain: &Chain, len: usize) -> usize {
        let k = match self.index.get(chain) {
            Some(&k) => k,
            None => {
                self.instances.push(Instance {
                    may_read: Kept::filled(len, 0),
                    must_write: Kept::filled(len, 0),
                    written_seen: Kept::filled(len, false),
                    live: Kept::filled(len, 0),
                    outer: Vec::new(),
                    chain: chain.clone(),
                    entry: usize::MAX,
                    outer_dropped: false,
                    opaque: false,
                    dirty: false,
                    marked: (usize::MAX, 0),
                });
                self.index.insert(chain.clone(), self.instances.len() - 1);
                self.instances.len() - 1
            }
        };
        self.last = Some((chain.clone(), k));
        k
    }

    /// `bpf_mark_stack_read` of frame `frame`'s slots.
    pub(super) fn read(
        &mut self,
        chain: &Chain,
        frame: usize,
        raw: &[RawInsn],
        pc: usize,
        slots: u64,
    ) {
        if frame < chain.len() {
            return self.read_outer(chain, frame, raw, pc, slots);
        }
        let i = self.instance(chain, raw.len());
        if i.may_read[pc] | slots == i.may_read[pc] {
            return;
        }
        self.pay(raw);
        let i = self.instance(chain, raw.len());
        i.mark(pc);
        i.may_read[pc] |= slots;
    }

    /// A read of a caller's frame: into this instance's marks of that frame.
    #[inline(never)]
    fn read_outer(&mut self, chain: &Chain, frame: usize, raw: &[RawInsn], pc: usize, slots: u64) {
        let len = raw.len();
        let o = outer_masks(self.instance(chain, len), frame, len);
        if o.may_read[pc] | slots == o.may_read[pc] {
            return;
        }
        self.pay(raw);
        let i = self.instance(chain, len);
        i.dirty = true;
        outer_masks(i, frame, len).may_read[pc] |= slots;
    }

    /// `bpf_mark_stack_write`: slots of frame `frame` the current instruction writes whole,
    /// in an instance of `depth` callers.
    pub(super) fn write(&mut self, depth: usize, frame: usize, slots: u64) {
        if frame == depth {
            self.pending_write |= slots;
        } else if let Some(p) = self.pending_outer.get_mut(frame) {
            *p |= slots;
        }
    }

    /// The main program's instance exists and was the last one asked for.
    pub(super) fn main_is_current(&self) -> bool {
        matches!(&self.last, Some((c, _)) if c.is_empty())
    }

    /// No commit for the instruction at `pc` (a call that entered a static subprogram).
    pub(super) fn skip_commit(&mut self, chain: &Chain, len: usize, pc: usize) {
        let i = self.instance(chain, len);
        i.entry = i.entry.min(pc);
        self.pending_write = 0;
        self.pending_outer = [0; MAX_FRAMES];
    }

    /// An access this module cannot place.
    pub(super) fn opaque(&mut self, chain: &Chain, len: usize) {
        self.instance(chain, len).opaque = true;
    }

    /// `bpf_commit_stack_write_marks` for the instruction at `pc` of the current instance.
    /// Inlined (it runs after every instruction); a change of marks is out of line.
    #[inline]
    pub(super) fn commit(&mut self, chain: &Chain, raw: &[RawInsn], pc: usize) {
        let mask = std::mem::take(&mut self.pending_write);
        let i = self.instance(chain, raw.len());
        i.entry = i.entry.min(pc);
        // The words OR-ed rather than compared with `[0; MAX_FRAMES]`, which calls `memcmp`.
        if !i.outer.is_empty() || self.pending_outer.iter().fold(0, |a, &m| a | m) != 0 {
            self.commit_outer(chain, raw, pc);
        }
        let i = self.instance(chain, raw.len());
        let must = if i.written_seen[pc] {
            i.must_write[pc] & mask
        } else {
            mask
        };
        let changed = must != i.must_write[pc];
        i.written_seen[pc] = true;
        if changed {
            self.commit_change(chain, raw, pc, must);
        }
    }

    /// The commit of the callers' frames' writes (`commit_stack_write_marks` for frames
    /// below the current one): the first commit of an instruction sets `must_write`, later
    /// ones intersect it.
    #[inline(never)]
    fn commit_outer(&mut self, chain: &Chain, raw: &[RawInsn], pc: usize) {
        let pending = std::mem::take(&mut self.pending_outer);
        let len = raw.len();
        for (frame, &mask) in pending.iter().enumerate().take(chain.len()) {
            let i = self.instance(chain, len);
            let first = !i.written_seen[pc];
            if mask == 0 && i.outer.get(frame).is_none_or(Option::is_none) {
                continue;
            }
            let old = outer_masks(i, frame, len).must_write[pc];
            let new = if first { mask } else { old & mask };
            if new != old {
                self.pay(raw);
                let i = self.instance(chain, len);
                i.dirty = true;
                i.outer_dropped |= old & !new != 0;
                outer_masks(i, frame, len).must_write[pc] = new;
            }
        }
    }

    #[inline(never)]
    fn commit_change(&mut self, chain: &Chain, raw: &[RawInsn], pc: usize, must: u64) {
        self.pay(raw);
        let i = self.instance(chain, raw.len());
        i.mark(pc);
        i.must_write[pc] = must;
    }

    /// `bpf_update_live_stack`, at the end of a path: the fixpoint is owed, and runs
    /// ([`StackLive::pay`]) before the marks next change or the liveness is next read, so on
    /// the marks the path's end saw, as the kernel runs it; or never, when neither happens
    /// (a walk's last path).
    pub(super) fn update(&mut self) {
        self.owed = true;
    }

    /// The fixpoint an exit left owed, for every instance.
    fn pay(&mut self, raw: &[RawInsn]) {
        if !std::mem::take(&mut self.owed) {
            return;
        }
        if self.flow.min_pred.len() != raw.len() {
            self.flow = Flow::new(raw);
        }
        // The deepest first, as `bpf_update_live_stack` goes from the current frame out: a
        // callee's fixpoint marks its call site in its caller's instance.
        while let Some(k) = (0..self.instances.len())
            .filter(|&k| self.instances[k].dirty)
            .max_by_key(|&k| self.instances[k].chain.len())
        {
            let flow = &self.flow;
            let i = &mut self.instances[k];
            i.dirty = false;
            let marked = std::mem::replace(&mut i.marked, (usize::MAX, 0));
            if flow.forward {
                i.sweep_marked(raw, flow, marked);
            } else {
                i.sweep_all(raw);
            }
            let dropped = std::mem::take(&mut i.outer_dropped);
            for o in i.outer.iter_mut().flatten() {
                o.sweep(raw, dropped);
            }
            self.propagate(k, raw);
        }
    }

    /// `propagate_to_outer_instance`: what instance `k` (a called function's) reads of its
    /// callers' frames before its first instruction becomes a read at the call site in its
    /// caller's instance, and what it writes there on every path a write at the call site.
    fn propagate(&mut self, k: usize, raw: &[RawInsn]) {
        let (chain, entry) = (self.instances[k].chain.clone(), self.instances[k].entry);
        let Some((&callsite, outer_chain)) = chain.split_last() else {
            return;
        };
        let marks: Vec<(u64, u64)> = (0..chain.len())
            .map(|f| match self.instances[k].outer.get(f) {
                Some(Some(o)) if entry < o.live.len() => (o.live[entry], o.acc[entry]),
                _ => (0, 0),
            })
            .collect();
        let len = raw.len();
        let outer_chain = outer_chain.to_vec();
        let depth = outer_chain.len();
        let i = self.instance(&outer_chain, len);
        let first = !i.written_seen[callsite];
        i.written_seen[callsite] = true;
        for (frame, &(live, acc)) in marks.iter().enumerate() {
            let (may_read, must_write) = if frame == depth {
                (&mut i.may_read[callsite], &mut i.must_write[callsite])
            } else if live == 0 && acc == 0 && i.outer.get(frame).is_none_or(Option::is_none) {
                continue;
            } else {
                let o = outer_masks(i, frame, len);
                (&mut o.may_read[callsite], &mut o.must_write[callsite])
            };
            let old = (*may_read, *must_write);
            *may_read |= live;
            *must_write = if first { acc } else { *must_write & acc };
            if (*may_read, *must_write) != old {
                i.outer_dropped |= frame != depth && old.1 & !*must_write != 0;
                i.dirty = true;
                i.marked = (i.marked.0.min(callsite), i.marked.1.max(callsite));
            }
        }
    }

    /// The slots of caller frame `frame` that instance `chain`'s marks hold live at `pc`
    /// (0 when it never touched that frame).
    pub(super) fn outer_live(
        &mut self,
        chain: &Chain,
        frame: usize,
        raw: &[RawInsn],
        pc: usize,
    ) -> u64 {
        self.pay(raw);
        match self.index.get(chain).map(|&k| &self.instances[k]) {
            Some(i) => match i.outer.get(frame) {
                Some(Some(o)) => o.live.get(pc).copied().unwrap_or(0),
                _ => 0,
            },
            None => 0,
        }
    }

    /// The slots of a frame live at `pc` of instance `chain` (all of them when unknown).
    pub(super) fn live(&mut self, chain: &Chain, raw: &[RawInsn], pc: usize) -> u64 {
        self.pay(raw);
        match self.index.get(chain).map(|&k| &self.instances[k]) {
            Some(i) if !i.opaque => i.live.get(pc).copied().unwrap_or(u64::MAX),
            _ => u64::MAX,
        }
    }
}

/// Instance `i`'s marks of caller frame `frame`, allocated when first asked for.
fn outer_masks(i: &mut Instance, frame: usize, len: usize) -> &mut Outer {
    if i.outer.len() <= frame {
        i.outer.resize(frame + 1, None);
    }
    i.outer[frame].get_or_insert_with(|| Outer::new(len))
}

/// `a == b`, element by element: chains are short (most are empty), and this runs for every
/// instruction walked.
fn same_chain(a: &Chain, b: &Chain) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// The 8-byte slots bytes `off..off + size` below the frame pointer touch.
pub(super) fn slots(off: i64, size: usize) -> u64 {
    let lo = off.max(crate::state::STACK_MIN);
    let hi = (off + size as i64).min(0);
    if lo >= hi {
        return 0;
    }
    // Bytes `lo..hi` lie in slots `(-hi) / 8` (the highest byte's) to `(-lo - 1) / 8`.
    let (first, last) = ((-hi) / 8, (-lo - 1) / 8);
    let upto = |n: i64| if n >= 63 { u64::MAX } else { (2u64 << n) - 1 };
    upto(last) & !(upto(first) >> 1)
}

#[cfg(test)]
mod tests {
    /// Every slot of every byte, as the byte-by-byte loop the arithmetic replaces.
    #[test]
    fn slots_are_the_slots_of_each_byte() {
        let by_byte = |off: i64, size: usize| {
            (off..off + size as i64)
                .filter(|b| (crate::state::STACK_MIN..0).contains(b))
                .fold(0u64, |m, b| m | 1 << ((-b - 1) / 8))
        };
        for off in -530..20 {
            for size in 0..=600 {
                assert_eq!(super::slots(off, size), by_byte(off, size), "{off} {size}");
            }
        }
    }
}
