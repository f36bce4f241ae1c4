//! Which stack slots are live before each instruction (kernel/bpf/liveness.c in 6.18): the
//! walk records, per function instance (its chain of call sites), the 8-byte slots each
//! instruction reads (`may_read`, a union over visits) and writes whole (`must_write`, an
//! intersection over visits); at each exit a backward fixpoint over the control flow gives
//! `live_before`. A fully explored checkpoint forgets its dead slots (`clean_func_state`).
//!
//! Kept simpler than the kernel where programs rarely go: an access through a pointer to
//! another frame's stack, or at a variable offset, leaves that frame's slots all live.

use std::collections::HashMap;

use isa::RawInsn;

/// A function instance: the call sites of frames 1..=n (empty: the main program).
pub(super) type Chain = Vec<usize>;

#[derive(Debug, Clone)]
struct Instance {
    may_read: Vec<u64>,
    must_write: Vec<u64>,
    written_seen: Vec<bool>,
    live: Vec<u64>,
    /// An access this module does not place: every slot is live.
    opaque: bool,
    /// Marks changed since the last fixpoint.
    dirty: bool,
}

/// The stack liveness of every function instance walked so far.
#[derive(Debug, Default)]
pub(super) struct StackLive {
    instances: HashMap<Chain, Instance>,
    /// Whole-slot writes of the current instruction (`write_masks_acc`).
    pending_write: u64,
}

impl StackLive {
    fn instance(&mut self, chain: &Chain, len: usize) -> &mut Instance {
        self.instances
            .entry(chain.clone())
            .or_insert_with(|| Instance {
                may_read: vec![0; len],
                must_write: vec![0; len],
                written_seen: vec![false; len],
                live: vec![0; len],
                opaque: false,
                dirty: false,
            })
    }

    /// `bpf_mark_stack_read`.
    pub(super) fn read(&mut self, chain: &Chain, len: usize, pc: usize, slots: u64) {
        let i = self.instance(chain, len);
        i.dirty |= i.may_read[pc] | slots != i.may_read[pc];
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
    pub(super) fn commit(&mut self, chain: &Chain, len: usize, pc: usize) {
        let mask = std::mem::take(&mut self.pending_write);
        let i = self.instance(chain, len);
        let must = if i.written_seen[pc] {
            i.must_write[pc] & mask
        } else {
            mask
        };
        i.dirty |= must != i.must_write[pc];
        i.must_write[pc] = must;
        i.written_seen[pc] = true;
    }

    /// `bpf_update_live_stack`: the fixpoint, for every instance.
    pub(super) fn update(&mut self, raw: &[RawInsn]) {
        for i in self.instances.values_mut().filter(|i| i.dirty) {
            i.dirty = false;
            loop {
                let mut changed = false;
                for pc in (0..raw.len()).rev() {
                    let after = super::liveness::successors(raw, pc)
                        .into_iter()
                        .flatten()
                        .filter_map(|s| i.live.get(s))
                        .fold(0, |acc, l| acc | l);
                    let before = (after & !i.must_write[pc]) | i.may_read[pc];
                    if before != i.live[pc] {
                        i.live[pc] = before;
                        changed = true;
                    }
                }
                if !changed {
                    break;
                }
            }
        }
    }

    /// The slots of a frame live at `pc` of instance `chain` (all of them when unknown).
    pub(super) fn live(&self, chain: &Chain, pc: usize) -> u64 {
        match self.instances.get(chain) {
            Some(i) if !i.opaque => i.live.get(pc).copied().unwrap_or(u64::MAX),
            _ => u64::MAX,
        }
    }
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
