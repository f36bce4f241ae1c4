//! Which stack slots are live before each instruction (kernel/bpf/liveness.c in 6.18): the
//! walk records, per function instance (its chain of call sites), the 8-byte slots each
//! instruction reads (`may_read`, a union over visits) and writes whole (`must_write`, an
//! intersection over visits); at each exit a backward fixpoint over the control flow gives
//! `live_before`. A fully explored checkpoint forgets its dead slots (`clean_func_state`).
//!
//! Kept simpler than the kernel where programs rarely go: an access through a pointer to
//! another frame's stack, or at a variable offset, leaves that frame's slots all live.
//!
//! The fixpoint is owed at every exit and runs when the marks next change or a checkpoint
//! next reads the liveness, on the marks the exit saw, so with the kernel's answer; after a
//! walk's last exit it never runs. Its cost is the walk's on long programs. When every
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
    /// An access this module does not place: every slot is live.
    opaque: bool,
    /// Marks changed since the last fixpoint.
    dirty: bool,
    /// The lowest and highest slot whose marks changed since the last fixpoint.
    marked: (usize, usize),
}

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
    /// Whole-slot writes of the current instruction (`write_masks_acc`).
    pending_write: u64,
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

    /// `bpf_mark_stack_read`.
    pub(super) fn read(&mut self, chain: &Chain, raw: &[RawInsn], pc: usize, slots: u64) {
        let i = self.instance(chain, raw.len());
        if i.may_read[pc] | slots == i.may_read[pc] {
            return;
        }
        self.pay(raw);
        let i = self.instance(chain, raw.len());
        i.mark(pc);
        i.may_read[pc] |= slots;
    }

    /// `bpf_mark_stack_write`: slots the current instruction writes whole.
    pub(super) fn write(&mut self, slots: u64) {
        self.pending_write |= slots;
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

    #[inline(never)]
    fn commit_change(&mut self, chain: &Chain, raw: &[RawInsn], pc: usize, must: u64) {
        self.pay(raw);
        let i = self.instance(chain, raw.len());
        i.mark(pc);
        i.must_write[pc] = must;
    }

    /// `bpf_update_live_stack`, at an exit: the fixpoint is owed, and runs ([`StackLive::pay`])
    /// before the marks next change or the liveness is next read, so on the marks this exit
    /// saw, as the kernel runs it; or never, when neither happens (a walk's last exit).
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
        let flow = &self.flow;
        for i in self.instances.iter_mut().filter(|i| i.dirty) {
            i.dirty = false;
            let marked = std::mem::replace(&mut i.marked, (usize::MAX, 0));
            if flow.forward {
                i.sweep_marked(raw, flow, marked);
            } else {
                i.sweep_all(raw);
            }
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

/// `a == b`, element by element: chains are short (most are empty), and this runs for every
/// instruction walked.
fn same_chain(a: &Chain, b: &Chain) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// The 8-byte slots bytes `off..off + size` below the frame pointer touch.
pub(super) fn slots(off: i64, size: usize) -> u64 {
    let mut mask = 0u64;
    for b in off..off + size as i64 {
        if (crate::state::STACK_MIN..0).contains(&b) {
            mask |= 1 << ((-b - 1) / 8);
        }
    }
    mask
}
