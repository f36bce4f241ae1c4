//! Strongly connected components of the control flow graph and their visits (from 6.17,
//! [`crate::Domain::scc_replaces_loop_entry`]; kernel/bpf/verifier.c `compute_scc`,
//! `compute_scc_callchain`, `maybe_enter_scc`, `maybe_exit_scc`, `add_scc_backedge`,
//! `incomplete_read_marks`, `propagate_backedges`).
//!
//! Each instruction belongs to at most one SCC of its function's graph (an SCC of one
//! instruction only when it jumps to itself). A state's call chain is the call sites down
//! to the outermost frame whose instruction lies in an SCC, and that SCC: the states of one
//! call chain share a visit. The first checkpoint stored in a visit with no entry becomes
//! its entry; a path that converges by range (an iterator's `next`, `may_goto`, a callback
//! call, or a fully explored checkpoint of a visit with backedges) is kept as a backedge;
//! while a visit has backedges its fully explored checkpoints are compared by range and not
//! cleaned. When the entry's last path ends, the precise marks of each backedge's equal
//! checkpoint are propagated into the backedge's parents until nothing changes, and the
//! backedges are dropped.

use std::collections::HashMap;

use isa::table::{class, jmp_op};
use isa::RawInsn;

use super::prune::Meta;
use crate::state::State;

/// `MAX_BACKEDGE_ITERS`.
pub(super) const MAX_BACKEDGE_ITERS: usize = 64;

/// `bpf_scc_callchain`: the call sites of the frames above the one in an SCC, and its id.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Callchain {
    callsites: Vec<usize>,
    scc: u32,
}

/// `bpf_scc_backedge`: a path that ended equal to checkpoint `equal`, with what it needs to
/// backtrack again: its segment (`meta`), instruction and innermost frame.
#[derive(Debug, Clone)]
pub(super) struct Backedge {
    pub equal: usize,
    pub meta: Meta,
    pub pc: usize,
    pub frame: usize,
}

/// `bpf_scc_visit`.
#[derive(Debug)]
struct Visit {
    entry: Option<usize>,
    backedges: Vec<Backedge>,
}

/// The SCC of each instruction (0: none) and the visits of the current walk, found by
/// their call chain in `index` (the kernel's `scc_info` table: a walk may make thousands).
#[derive(Debug, Default)]
pub(super) struct Sccs {
    of: Vec<u32>,
    visits: Vec<Visit>,
    index: HashMap<Callchain, usize>,
}

impl Sccs {
    pub(super) fn new(raw: &[RawInsn]) -> Sccs {
        Sccs {
            of: compute(raw),
            visits: Vec::new(),
            index: HashMap::new(),
        }
    }

    /// `compute_scc_callchain` of `st` at `pc`.
    fn callchain(&self, st: &State, pc: usize) -> Option<Callchain> {
        let cur = st.frames.len() - 1;
        let mut callsites = Vec::new();
        for i in 0..=cur {
            let insn = if i == cur {
                pc
            } else {
                st.frames[i + 1].callsite.0
            };
            match self.of.get(insn).copied().unwrap_or(0) {
                0 if i < cur => callsites.push(insn),
                0 => return None,
                scc => return Some(Callchain { callsites, scc }),
            }
        }
        None
    }

    /// `maybe_enter_scc` for the new checkpoint `c` of `st` at `pc`: the visit its call
    /// chain shares (created on the first checkpoint of the chain), which the checkpoint
    /// keeps: its call chain never changes.
    pub(super) fn enter(&mut self, st: &State, pc: usize, c: usize) -> Option<usize> {
        let chain = self.callchain(st, pc)?;
        let k = match self.index.get(&chain) {
            Some(&k) => k,
            None => {
                self.index.insert(chain, self.visits.len());
                self.visits.push(Visit {
                    entry: None,
                    backedges: Vec::new(),
                });
                self.visits.len() - 1
            }
        };
        self.visits[k].entry.get_or_insert(c);
        Some(k)
    }

    /// `maybe_exit_scc` for checkpoint `c` of visit `k`, whose last path ended: the
    /// backedges to propagate when it is its visit's entry.
    pub(super) fn exit(&mut self, k: usize, c: usize) -> Vec<Backedge> {
        let v = &mut self.visits[k];
        if v.entry != Some(c) {
            return Vec::new();
        }
        v.entry = None;
        std::mem::take(&mut v.backedges)
    }

    /// `add_scc_backedge` to visit `k`.
    pub(super) fn add_backedge(&mut self, k: usize, b: Backedge) {
        self.visits[k].backedges.push(b);
    }

    /// `incomplete_read_marks` of a checkpoint of visit `k`.
    pub(super) fn incomplete(&self, k: usize) -> bool {
        !self.visits[k].backedges.is_empty()
    }
}

/// `bpf_insn_successors`, within the function: none after `exit`, the next slot after a
/// call, both sides of a conditional jump and `may_goto`, the target of `ja`/`gotol`.
fn successors(raw: &[RawInsn], i: usize) -> [Option<usize>; 2] {
    let r = &raw[i];
    let next = Some(i + 1).filter(|&n| n < raw.len());
    let target = |delta: i32| usize::try_from(i as i64 + 1 + delta as i64).ok();
    let c = r.code & class::MASK;
    if r.code == isa::table::LD_IMM64 {
        return [Some(i + 2).filter(|&n| n < raw.len()), None];
    }
    if c != class::JMP && c != class::JMP32 {
        return [next, None];
    }
    match r.code & isa::table::OP_MASK {
        jmp_op::EXIT => [None, None],
        jmp_op::CALL => [next, None],
        jmp_op::JA if c == class::JMP32 => [target(r.imm), None],
        jmp_op::JA => [target(r.off as i32), None],
        _ => [next, target(r.off as i32)],
    }
}

/// A jump whose target is at or before itself: without one the graph has no cycle (a
/// check of one byte per slot, so that loop-free programs pay almost nothing).
fn jumps_back(r: &RawInsn) -> bool {
    let c = r.code & class::MASK;
    if c != class::JMP && c != class::JMP32 {
        return false;
    }
    match r.code & isa::table::OP_MASK {
        jmp_op::EXIT | jmp_op::CALL => false,
        jmp_op::JA if c == class::JMP32 => r.imm < 0,
        _ => r.off < 0,
    }
}

/// `compute_scc`: Tarjan's algorithm without recursion; components of two or more
/// instructions, or of one that is its own successor, numbered from 1.
fn compute(raw: &[RawInsn]) -> Vec<u32> {
    let n = raw.len();
    if !raw.iter().any(jumps_back) {
        // Every lookup of an instruction past the end answers "in no SCC".
        return Vec::new();
    }
    let mut scc = vec![0u32; n];
    const UNSEEN: usize = usize::MAX;
    let mut index = vec![UNSEEN; n];
    let mut low = vec![0usize; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut next_index = 0;
    let mut next_scc = 1u32;
    for root in 0..n {
        if index[root] != UNSEEN {
            continue;
        }
        // (node, the next successor to look at)
        let mut dfs = vec![(root, 0usize)];
        index[root] = next_index;
        low[root] = next_index;
        next_index += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (v, ref mut k)) = dfs.last_mut() {
            let succ = successors(raw, v);
            if let Some(w) = succ.get(*k).copied() {
                *k += 1;
                let Some(w) = w else { continue };
                if index[w] == UNSEEN {
                    index[w] = next_index;
                    low[w] = next_index;
                    next_index += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    dfs.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            dfs.pop();
            if let Some(&(u, _)) = dfs.last() {
                low[u] = low[u].min(low[v]);
            }
            if low[v] != index[v] {
                continue;
            }
            let top = *stack.last().expect("v is on the stack");
            let assign = top != v || succ.contains(&Some(v));
            loop {
                let w = stack.pop().expect("v is on the stack");
                on_stack[w] = false;
                if assign {
                    scc[w] = next_scc;
                }
                if w == v {
                    break;
                }
            }
            next_scc += u32::from(assign);
        }
    }
    scc
}
