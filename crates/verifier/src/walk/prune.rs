//! Checkpoints and pruning (`is_state_visited`): at prune points the walk compares its state
//! with the checkpoints stored there. A fully explored checkpoint that covers the current
//! state (`states_equal` → `regsafe`, `stacksafe`, `refsafe`, not exact) ends the path; a
//! checkpoint still being explored (`branches > 0`: the path came back to it, a loop) that
//! equals it exactly means the loop cannot terminate (`infinite loop detected`). Whether a
//! new checkpoint is stored follows the kernel's heuristics; the checkpoints form the
//! kernel's parent tree, with the count of paths still open below each
//! (`update_branch_counts`). At a `may_goto` (against a checkpoint of another
//! `may_goto_depth`) and at a callback-calling helper, a checkpoint still being explored that
//! covers the current state by range (`RANGE_WITHIN`) ends the path: the loop converged.
//!
//! Kernels with the static liveness rework (6.18) compare a checkpoint only in the
//! registers live at its instruction ([`super::liveness`]); earlier kernels a fully
//! explored one in what its continuations read ([`super::read_marks`]). The other
//! differences between releases are rows of [`crate::releases::CHANGES`]: how ids are
//! compared (`regsafe_maps_ids`), how a loop is recognised (`exact_loop_check`), loop
//! entries (`exact_loop_check` without `scc_replaces_loop_entry`: a converged `may_goto`
//! makes its checkpoint the path's loop entry, and a fully explored checkpoint whose loop
//! entry is still being explored is compared by range and not cleaned; with
//! `scc_replaces_loop_entry`, the SCC visits of [`super::scc`] instead: a converged path is
//! a backedge, a fully explored checkpoint of a visit with backedges is compared by range
//! and not cleaned), how precision is backtracked (`subprog_precision`,
//! `stack_access_history`).

use std::cell::OnceCell;

use skctx::{Code, KernelProfile};

use super::liveness::live_regs;
use super::precision::{spilled, spilled_scalar, Bt, Hist};
use super::read_marks::FrameLive;
use super::scc::{Backedge, Sccs, MAX_BACKEDGE_ITERS};
use super::stack_live::{Chain, StackLive};
use super::{Refusal, State, Value, Walker, EINVAL};

/// `BPF_JMP | BPF_JCOND`: `may_goto` (`is_may_goto_insn_at`).
const MAY_GOTO: u8 = isa::table::class::JMP | isa::table::jmp_op::JCOND;
use crate::bounds::Scalar;
use crate::cfg::Cfg;
use crate::reuse::Kept;
use crate::state::{Byte, Frame, Link, Lock, PtrKind, StackSlot};

/// Loops and pruning are modelled on every release whose domain is modelled (static
/// liveness from 6.18, read marks before; before 6.1 the prune points of
/// [`crate::cfg::Change::PrunePointsApart`]).
pub(super) fn models_pruning(profile: KernelProfile) -> bool {
    profile.has(crate::releases::OLDEST_MODELLED)
}

/// `may_goto` is walked wherever the kernel has it (`crate::cfg::Change::MayGoto`): its
/// loops converge by `RANGE_WITHIN` against a checkpoint of another `may_goto_depth` and its
/// fall-through is widened (`widen_imprecise_scalars`); before the SCC rework the converged
/// checkpoint also becomes the path's loop entry ([`crate::Domain::scc_replaces_loop_entry`]).
/// Earlier kernels refuse the opcode.
pub(crate) fn models_may_goto(profile: KernelProfile) -> bool {
    crate::cfg::Change::MayGoto.in_profile(profile)
}

/// Callbacks are walked (with BTF `func_info`) on every modelled release: as iterations
/// that converge at the call ([`crate::Domain::callback_iteration`]), or once, from the
/// call into the callback and back after it (5.10, 5.15, 6.1).
pub(crate) fn models_callbacks(profile: KernelProfile) -> bool {
    profile.has(crate::releases::OLDEST_MODELLED)
}

/// A checkpoint is forced when the jump history since the last one is longer than this.
const HIST_FORCE: usize = 40;
/// Inside a loop, no new checkpoint before this many jumps or instructions.
const LOOP_JMPS: u64 = 20;
const LOOP_INSNS: u64 = 100;

/// What the current path carries besides its [`State`]: its parent checkpoint, where its
/// segment started, the instruction it came from, and the segment's jump history.
#[derive(Debug, Clone, Default)]
pub(crate) struct Meta {
    pub parent: Option<usize>,
    /// `first_insn_idx`.
    pub first_insn: usize,
    /// `last_insn_idx`: the instruction before the current one (-1 at the start).
    pub last_insn: i64,
    pub hist: Vec<Hist>,
    /// `dfs_depth`: checkpoints above the path (a checkpoint keeps the depth the path had).
    pub dfs_depth: u32,
    /// Read marks, per frame (kernels before 6.18).
    pub live: Vec<FrameLive>,
    /// `loop_entry`: the checkpoint heading the loop this state belongs to (kernels with
    /// [`crate::Domain::exact_loop_check`] and without
    /// [`crate::Domain::scc_replaces_loop_entry`]).
    pub loop_entry: Option<usize>,
}

/// A stored state (`struct bpf_verifier_state_list`).
#[derive(Debug, Clone)]
pub(crate) struct Checkpoint {
    pub st: State,
    /// The segment that led here from the parent checkpoint.
    pub meta: Meta,
    /// Per frame: precise registers, precise spilled stack slots.
    pub precise: Vec<(u16, u64)>,
    /// Paths still open below this checkpoint.
    pub branches: u32,
    hits: u32,
    misses: u32,
    cleaned: bool,
    /// The SCC visit its call chain shares ([`super::scc`]), from the SCC rework.
    visit: Option<usize>,
}

/// All checkpoints (the parent tree) and the per-instruction lists pruning searches.
#[derive(Debug)]
pub(crate) struct Explored {
    pub cps: Vec<Checkpoint>,
    /// Checkpoints at each instruction, newest first (evicted ones leave the list).
    lists: Lists,
    /// `live_regs_before` of each instruction, computed when a checkpoint is first compared
    /// or cleaned (a path that never meets a checkpoint again needs none).
    live: OnceCell<Vec<u16>>,
    /// The stack slots live before each instruction, per function instance.
    pub stack: StackLive,
    /// `jmps_processed`: jump-class instructions walked.
    pub jmps: u64,
    prev_jmps: u64,
    prev_processed: u64,
    /// Checkpoints forget what the static liveness finds dead, not what was never read.
    static_live: bool,
    /// Loop entries are tracked (`Meta::loop_entry`).
    loop_entries: bool,
    /// From the SCC rework: the SCCs and their visits ([`super::scc`]).
    scc: Option<Sccs>,
}

impl Explored {
    pub(super) fn new(cfg: &crate::cfg::Cfg, domain: crate::Domain) -> Explored {
        Explored {
            cps: Vec::new(),
            lists: Lists::new(cfg.len()),
            live: OnceCell::new(),
            stack: StackLive::default(),
            jmps: 0,
            prev_jmps: 0,
            prev_processed: 0,
            static_live: domain.static_liveness(),
            loop_entries: domain.exact_loop_check() && !domain.scc_replaces_loop_entry(),
            scc: (domain.exact_loop_check() && domain.scc_replaces_loop_entry())
                .then(|| Sccs::new(cfg.raw())),
        }
    }

    /// A walk after another (`do_check_common` again) goes on counting from where the last
    /// left off: `jmps_processed`, `prev_jmps_processed` and `prev_insn_processed` are the
    /// env's, never reset, so a global subprogram's first checkpoint depends on the walks
    /// before it (seen on 6.18.44: a checkpoint at a global function's first instruction).
    pub(super) fn carry_counts(&mut self, old: &Explored) {
        self.jmps = old.jmps;
        self.prev_jmps = old.prev_jmps;
        self.prev_processed = old.prev_processed;
    }

    /// `get_loop_entry` of a state whose own entry is `own`: the outermost entry of the
    /// chain, every state on it then pointing there directly.
    fn loop_entry(&mut self, own: &mut Option<usize>) -> Option<usize> {
        let mut top = *own;
        while let Some(t) = top {
            match self.cps[t].meta.loop_entry {
                Some(n) if n != t => top = Some(n),
                _ => break,
            }
        }
        if *own != top {
            let mut next = std::mem::replace(own, top);
            while let Some(c) = next {
                if self.cps[c].meta.loop_entry == top {
                    break;
                }
                next = std::mem::replace(&mut self.cps[c].meta.loop_entry, top);
            }
        }
        top
    }

    /// `live_regs_before` of slot `pc` (`compute_live_registers`), computed once.
    pub(super) fn live_regs_before(&self, cfg: &Cfg, pc: usize) -> u16 {
        self.live.get_or_init(|| live_regs(cfg))[pc]
    }

    /// With static liveness, `live_regs_before` of each frame of `st` at `pc` (a caller's
    /// at its call site); empty otherwise.
    fn live_in_frames(&self, cfg: &Cfg, st: &State, pc: usize) -> Vec<u16> {
        if !self.static_live || self.lists.get(pc).is_empty() {
            return Vec::new();
        }
        let live = self.live.get_or_init(|| live_regs(cfg));
        let depth = st.frames.len();
        (0..depth)
            .map(|f| {
                let ip = if f + 1 == depth {
                    pc
                } else {
                    st.frames[f + 1].callsite.0
                };
                live.get(ip).copied().unwrap_or(u16::MAX)
            })
            .collect()
    }

    /// [`Explored::loop_entry`] of checkpoint `c`.
    fn cp_loop_entry(&mut self, c: usize) -> Option<usize> {
        let mut own = self.cps[c].meta.loop_entry;
        let top = self.loop_entry(&mut own);
        self.cps[c].meta.loop_entry = own;
        top
    }

    /// `update_loop_entry(cur, hdr)` for a state whose own entry is `own` and whose
    /// `dfs_depth` is `depth`: `hdr` becomes its entry when the outermost entry above `hdr`
    /// is still being explored and no deeper than the state's own outermost entry.
    fn update_loop_entry(&mut self, own: &mut Option<usize>, depth: u32, hdr: usize) {
        let cur_depth = match self.loop_entry(own) {
            Some(e) => self.cps[e].meta.dfs_depth,
            None => depth,
        };
        let hdr1 = self.cp_loop_entry(hdr).unwrap_or(hdr);
        if self.cps[hdr1].branches > 0 && self.cps[hdr1].meta.dfs_depth <= cur_depth {
            *own = Some(hdr);
        }
    }

    /// [`Explored::update_loop_entry`] of checkpoint `c`.
    fn update_cp_loop_entry(&mut self, c: usize, hdr: usize) {
        let mut own = self.cps[c].meta.loop_entry;
        let depth = self.cps[c].meta.dfs_depth;
        self.update_loop_entry(&mut own, depth, hdr);
        self.cps[c].meta.loop_entry = own;
    }

    /// A fully explored checkpoint whose outermost loop entry is still being explored: its
    /// read and precision marks may be incomplete (`force_exact`).
    fn in_open_loop(&mut self, c: usize) -> Option<usize> {
        if !self.loop_entries {
            return None;
        }
        self.cp_loop_entry(c).filter(|&e| self.cps[e].branches > 0)
    }

    /// `incomplete_read_marks`: checkpoint `c` is in an SCC visit that has backedges.
    fn incomplete(&self, c: usize) -> bool {
        let visit = self.cps[c].visit;
        (self.scc.as_ref()).is_some_and(|s| visit.is_some_and(|k| s.incomplete(k)))
    }

    /// `clean_live_states`: fully explored checkpoints at `pc` with the current call sites
    /// forget their dead registers.
    fn clean(&mut self, cfg: &Cfg, pc: usize, cur: &State) {
        for k in 0..self.lists.get(pc).len() {
            let c = self.lists.get(pc)[k];
            if self.cps[c].branches > 0 || self.in_open_loop(c).is_some() || self.incomplete(c) {
                continue;
            }
            let cp = &mut self.cps[c];
            if cp.cleaned || !same_callsites(&cp.st, cur) {
                continue;
            }
            cp.cleaned = true;
            if !self.static_live {
                super::read_marks::clean(cp);
                continue;
            }
            let depth = cp.st.frames.len();
            for f in 0..depth {
                let ip = if f + 1 == depth {
                    pc
                } else {
                    cp.st.frames[f + 1].callsite.0
                };
                let regs = self.live.get_or_init(|| live_regs(cfg));
                let live = regs.get(ip).copied().unwrap_or(u16::MAX);
                for r in 0..10 {
                    if live & (1 << r) == 0 {
                        cp.st.frames[f].regs[r] = Value::Uninit;
                        cp.precise[f].0 &= !(1 << r);
                    }
                }
                let slot_ip = if f + 1 == depth { ip } else { ip + 1 };
                let mut slots = self.stack.live(&chain(&cp.st, f), cfg.raw(), slot_ip);
                // `bpf_stack_slot_alive`: the deeper functions' marks of this frame too, the
                // current one's at `pc`, each caller between's after its call.
                for g in f + 1..depth {
                    let at = if g + 1 == depth {
                        pc
                    } else {
                        cp.st.frames[g + 1].callsite.0 + 1
                    };
                    slots |= self.stack.outer_live(&chain(&cp.st, g), f, cfg.raw(), at);
                }
                let frame = &mut cp.st.frames[f];
                for spi in 0..frame.allocated / 8 {
                    if slots & (1 << spi) == 0 {
                        frame.stack[spi] = StackSlot {
                            bytes: [Byte::Invalid; 8],
                            spilled: Value::Uninit,
                        };
                        cp.precise[f].1 &= !(1 << spi);
                    }
                }
            }
        }
    }
}

/// The checkpoint lists of the instructions: only prune points get one, so a slot holds the
/// index of its list (0: none yet) in four bytes (a buffer kept across walks,
/// `crate::reuse`).
#[derive(Debug)]
struct Lists {
    /// Per slot: 1 + the index of its list in `lists`, or 0.
    at: Kept<u32>,
    lists: Vec<Vec<usize>>,
}

impl Lists {
    fn new(len: usize) -> Lists {
        Lists {
            at: Kept::filled(len, 0),
            lists: Vec::new(),
        }
    }

    fn get(&self, pc: usize) -> &[usize] {
        match self.at[pc] {
            0 => &[],
            k => &self.lists[k as usize - 1],
        }
    }

    fn get_mut(&mut self, pc: usize) -> &mut Vec<usize> {
        if self.at[pc] == 0 {
            self.lists.push(Vec::new());
            self.at[pc] = self.lists.len() as u32;
        }
        &mut self.lists[self.at[pc] as usize - 1]
    }
}

/// `explored_state`: the kernel keeps the checkpoints of instruction `pc` in the hash bucket
/// `(pc ^ callsite) % prog_len` of the innermost frame's call site (`BPF_MAIN_FUNC`, -1, in
/// the main program), so a search at `pc` meets only the checkpoints of call sites hashing
/// alike: another call's checkpoints there neither prune nor hold back a new checkpoint
/// (6.1.192's, 6.12.118's sources; 6.18.44's processed counts, walk_random seed 7).
fn htab_bucket(st: &State, pc: usize, len: usize) -> u32 {
    let callsite = match st.frames.len() {
        1 => -1,
        _ => st.cur().callsite.0 as i32,
    };
    ((pc as i32 ^ callsite) as u32) % len as u32
}

/// The function instance frame `f` of `st` runs in: the call sites of frames 1..=f.
pub(super) fn chain(st: &State, f: usize) -> Chain {
    st.frames[1..=f].iter().map(|fr| fr.callsite.0).collect()
}

/// What the search at a prune point found.
enum Found {
    Hit(usize),
    /// An iteration of a `may_goto` or callback loop within the range of an earlier one
    /// still being explored (`loop = true; goto hit`).
    Converged(usize),
    Loop,
    Miss {
        add: bool,
    },
}

impl Walker<'_> {
    /// `is_state_visited` at the current instruction: `true` ends the path (pruned).
    pub(super) fn is_state_visited(&mut self, st: &mut State) -> Result<bool, Refusal> {
        let pc = self.pc.0;
        if self.domain.cleans_current_state() {
            self.clean_current_regs(st, pc);
        }
        let marks = self.cfg.marks(self.pc);
        let long_hist = self.domain.stack_access_history() && self.meta.hist.len() > HIST_FORCE;
        let force = marks.force_checkpoint || long_hist;
        let found = self.search(st, pc, force);
        let add = match found {
            Found::Loop => {
                let message = format!("infinite loop detected at insn {pc}");
                let mut refusal = self.reject_before(Code::InfiniteLoop, message, EINVAL);
                if let Refusal::Rejected(r) = &mut refusal {
                    r.related = Some(crate::Related {
                        pc: self.pc,
                        what: "the state here repeats one still being explored".into(),
                    });
                }
                return Err(refusal);
            }
            Found::Hit(c) | Found::Converged(c) => {
                if marks.jmp_point {
                    self.push_hist(Hist::arrival(pc, self.meta.last_insn));
                }
                self.live_propagate(c, st);
                self.propagate_precision(c, st)?;
                if matches!(found, Found::Converged(_)) {
                    self.add_backedge(c, st);
                }
                return Ok(true);
            }
            Found::Miss { add } => add,
        };
        if add {
            self.checkpoint_here(st, pc);
        }
        Ok(false)
    }

    /// `clean_verifier_state`'s registers: each frame of the current state forgets the
    /// registers dead at its instruction (`pc`, a caller's at its call site).
    fn clean_current_regs(&self, st: &mut State, pc: usize) {
        let ex = self.explored.as_ref().expect("pruning is on");
        let depth = st.frames.len();
        for f in 0..depth {
            let ip = match f + 1 == depth {
                true => pc,
                false => st.frames[f + 1].callsite.0,
            };
            let live = ex.live_regs_before(self.cfg, ip);
            for (r, reg) in st.frames[f].regs.iter_mut().enumerate().take(10) {
                if live & (1 << r) == 0 {
                    *reg = Value::Uninit;
                }
            }
        }
    }

    /// The loop over the checkpoints at `pc`: a hit, an infinite loop, or a miss (with
    /// whether a new checkpoint is due); evicts checkpoints that keep missing.
    fn search(&mut self, st: &State, pc: usize, force: bool) -> Found {
        let processed = self.processed;
        let id_gen = self.id_gen;
        let mode = Mode {
            allow_uninit: self.allows_uninit_stack(),
            read_marks: !self.domain.static_liveness(),
            maps_ids: self.domain.regsafe_maps_ids(),
            stack_scalars: self.domain.stack_scalar_vs_misc(),
            loop_misc: self.domain.loop_prunes_misc_stack(),
            relaxed_ids: self.domain.regsafe_relaxed_scalar_ids(),
            folded_offsets: self.profile.folds_ptr_off_into_var_off(),
            explore_alu_limits: self.explore_alu_limits,
        };
        let loop_level = if self.domain.exact_loop_check() {
            Level::Exact
        } else {
            Level::NotExact
        };
        let marks = self.cfg.marks(self.pc);
        let force_checkpoint = marks.force_checkpoint;
        // The profile is asked only at a `may_goto` (an answer asked is noted for the memo).
        let may_goto = self.cfg.raw()[pc].code == MAY_GOTO && models_may_goto(self.profile);
        let iter_next = crate::cfg::is_iter_next_call(&self.cfg.raw()[pc]);
        let iter_level = if self.domain.exact_loop_check() {
            Level::RangeWithin
        } else {
            Level::NotExact
        };
        // Marked only where callbacks iterate (`callback_iteration`).
        let calls_callback = marks.calls_callback;
        let depth = self.meta.dfs_depth;
        let cfg = self.cfg;
        let own = &mut self.meta.loop_entry;
        let ex = self.explored.as_mut().expect("pruning is on");
        let mut add = force || (ex.jmps - ex.prev_jmps >= 2 && processed - ex.prev_processed >= 8);
        ex.clean(cfg, pc, st);
        let live = ex.live_in_frames(cfg, st, pc);
        let mut k = 0;
        let len = cfg.len();
        let bucket = htab_bucket(st, pc, len);
        while k < ex.lists.get(pc).len() {
            let c = ex.lists.get(pc)[k];
            let cp = &ex.cps[c];
            if htab_bucket(&cp.st, pc, len) != bucket {
                k += 1;
                continue;
            }
            if cp.branches > 0 {
                let within =
                    |cp: &Checkpoint| states_equal(cp, st, Level::RangeWithin, id_gen, mode, &live);
                // Before `exact_loop_check` (6.7) the iterator's convergence was a plain
                // prune's comparison.
                if iter_next
                    && states_equal(cp, st, iter_level, id_gen, mode, &live)
                    && super::iter::next_on_active(st)
                {
                    if ex.loop_entries {
                        ex.update_loop_entry(own, depth, c);
                    }
                    ex.cps[c].hits += 1;
                    return Found::Converged(c);
                }
                if may_goto && cp.st.may_goto_depth != st.may_goto_depth && within(cp) {
                    if ex.loop_entries {
                        ex.update_loop_entry(own, depth, c);
                    }
                    ex.cps[c].hits += 1;
                    return Found::Converged(c);
                }
                if calls_callback && within(cp) {
                    ex.cps[c].hits += 1;
                    return Found::Converged(c);
                }
                if !calls_callback
                    && !iter_next
                    && maybe_looping(&cp.st, st)
                    && !super::iter::iter_active_depths_differ(&cp.st, st)
                    && cp.st.may_goto_depth == st.may_goto_depth
                    && cp.st.callback_unroll_depth == st.callback_unroll_depth
                    && states_equal(cp, st, loop_level, id_gen, mode, &live)
                {
                    return Found::Loop;
                }
                if !force
                    && ex.jmps - ex.prev_jmps < LOOP_JMPS
                    && processed - ex.prev_processed < LOOP_INSNS
                {
                    add = false;
                }
            } else {
                let entry = ex.in_open_loop(c);
                let incomplete = ex.incomplete(c);
                let level = match (entry, incomplete) {
                    (None, false) => Level::NotExact,
                    _ => Level::RangeWithin,
                };
                if states_equal(&ex.cps[c], st, level, id_gen, mode, &live) {
                    if let Some(e) = entry {
                        ex.update_loop_entry(own, depth, e);
                    }
                    ex.cps[c].hits += 1;
                    return match incomplete {
                        true => Found::Converged(c),
                        false => Found::Hit(c),
                    };
                }
            }
            let cp = &mut ex.cps[c];
            if add {
                cp.misses += 1;
            }
            let n = if force_checkpoint && cp.branches > 0 {
                64
            } else {
                3
            };
            if cp.misses > cp.hits * n + n {
                ex.lists.get_mut(pc).remove(k);
                continue;
            }
            k += 1;
        }
        Found::Miss { add }
    }

    /// A new checkpoint of the current state at `pc`; the path continues below it (with
    /// [`Domain::clears_singular_ids`], both without the ids no other scalar shares).
    fn checkpoint_here(&mut self, st: &mut State, pc: usize) {
        if self.domain.clears_singular_ids() {
            clear_singular_ids(st);
        }
        let st = &*st;
        let processed = self.processed;
        let last_insn = self.meta.last_insn;
        self.live_sized(st.frames.len());
        let meta = std::mem::take(&mut self.meta);
        let ex = self.explored.as_mut().expect("pruning is on");
        ex.prev_jmps = ex.jmps;
        ex.prev_processed = processed;
        let c = ex.cps.len();
        ex.cps.push(Checkpoint {
            st: st.clone(),
            meta,
            precise: vec![(0, 0); st.frames.len()],
            branches: 1,
            hits: 0,
            misses: 0,
            cleaned: false,
            visit: None,
        });
        ex.lists.get_mut(pc).insert(0, c);
        if let Some(scc) = &mut ex.scc {
            ex.cps[c].visit = scc.enter(st, pc, c);
        }
        let live = ex.cps[c].meta.live.clone();
        self.meta = Meta {
            parent: Some(c),
            first_insn: pc,
            last_insn,
            hist: Vec::new(),
            dfs_depth: ex.cps[c].meta.dfs_depth + 1,
            live,
            loop_entry: ex.cps[c].meta.loop_entry,
        };
        self.live_checkpoint(c, st);
    }

    /// `propagate_precision`: what was precise in the checkpoint that covered the path
    /// becomes precise along the path.
    fn propagate_precision(&mut self, c: usize, st: &State) -> Result<(), Refusal> {
        if !self.domain.subprog_precision() {
            return self.propagate_one_by_one(c);
        }
        let bt = self.precise_in(c, st.frames.len() - 1);
        self.backtrack(bt)
    }

    /// What is precise in checkpoint `c`, to backtrack from a state whose innermost frame
    /// is `frame`.
    fn precise_in(&self, c: usize, frame: usize) -> Bt {
        let cp = self.checkpoint(c);
        let mut bt = Bt::new(frame);
        for (f, frame) in cp.st.frames.iter().enumerate() {
            let (regs, slots) = cp.precise[f];
            for r in 0..10 {
                if regs & (1 << r) != 0 && matches!(frame.regs[r], Value::Scalar(..)) {
                    bt.set_reg_in(f, r);
                }
            }
            for (spi, slot) in frame.stack.iter().enumerate().take(frame.allocated / 8) {
                if slots & (1 << spi) != 0 && spilled_scalar(slot) {
                    bt.set_slot_in(f, spi);
                }
            }
        }
        bt
    }

    /// The current path converged on checkpoint `c` (still being explored, or fully
    /// explored in a visit with backedges): `add_scc_backedge`, from the SCC rework.
    fn add_backedge(&mut self, c: usize, st: &State) {
        let b = Backedge {
            equal: c,
            meta: self.meta.clone(),
            pc: self.pc.0,
            frame: st.frames.len() - 1,
        };
        let ex = self.explored.as_mut().expect("pruning is on");
        if let (Some(scc), Some(k)) = (&mut ex.scc, ex.cps[c].visit) {
            scc.add_backedge(k, b);
        }
    }

    /// `propagate_backedges`: each backedge's equal checkpoint's precise scalars made
    /// precise from the backedge back up its parents, round after round until a round
    /// adds nothing (after `MAX_BACKEDGE_ITERS` rounds, every scalar above each backedge).
    fn propagate_backedges(&mut self, backedges: Vec<Backedge>) -> Result<(), Refusal> {
        let (meta, pc) = (std::mem::take(&mut self.meta), self.pc);
        let mut result = Ok(());
        for round in 0.. {
            if round > MAX_BACKEDGE_ITERS {
                for b in &backedges {
                    self.all_precise_from(b.meta.parent);
                }
                break;
            }
            self.marks_added = false;
            for b in backedges.iter().rev() {
                self.meta = b.meta.clone();
                self.pc = isa::Pc(b.pc);
                let bt = self.precise_in(b.equal, b.frame);
                result = self.backtrack(bt);
                if result.is_err() {
                    break;
                }
            }
            if result.is_err() || !self.marks_added {
                break;
            }
        }
        (self.meta, self.pc) = (meta, pc);
        result
    }

    /// 6.1's `propagate_precision`: one backtracking per precise register and slot of the
    /// checkpoint, innermost frame first, each in its own frame.
    fn propagate_one_by_one(&mut self, c: usize) -> Result<(), Refusal> {
        let cp = self.checkpoint(c);
        let mut todo = Vec::new();
        for (f, frame) in cp.st.frames.iter().enumerate().rev() {
            let (regs, slots) = cp.precise[f];
            for r in 0..10 {
                if regs & (1 << r) != 0 && matches!(frame.regs[r], Value::Scalar(..)) {
                    let mut bt = Bt::new(f);
                    bt.set_reg_in(f, r);
                    todo.push(bt);
                }
            }
            for (spi, slot) in frame.stack.iter().enumerate().take(frame.allocated / 8) {
                if slots & (1 << spi) != 0 && spilled_scalar(slot) {
                    let mut bt = Bt::new(f);
                    bt.set_slot_in(f, spi);
                    todo.push(bt);
                }
            }
        }
        todo.into_iter().try_for_each(|bt| self.backtrack(bt))
    }

    /// `update_branch_counts`: the current path ended; checkpoints with no open path left
    /// below them are fully explored, and each state that ends hands its loop entry to its
    /// parent.
    pub(super) fn path_ended(&mut self) -> Result<(), Refusal> {
        let mut at = self.meta.parent;
        let mut entry = self.meta.loop_entry;
        while let Some(c) = at {
            let Some(ex) = self.explored.as_mut() else {
                return Ok(());
            };
            if let (true, Some(e)) = (ex.loop_entries, entry) {
                ex.update_cp_loop_entry(c, e);
            }
            let cp = &mut ex.cps[c];
            cp.branches -= 1;
            if cp.branches > 0 {
                return Ok(());
            }
            at = cp.meta.parent;
            entry = cp.meta.loop_entry;
            if let (Some(scc), Some(k)) = (&mut ex.scc, ex.cps[c].visit) {
                let backedges = scc.exit(k, c);
                if !backedges.is_empty() {
                    self.propagate_backedges(backedges)?;
                }
            }
        }
        Ok(())
    }

    /// `bpf_update_live_stack`, at the end of a path (an exit, a prune, a speculative path ended).
    pub(super) fn update_stack_liveness(&mut self) {
        if let Some(ex) = self.explored.as_mut() {
            ex.stack.update();
        }
    }

    /// `push_stack`'s count: a pending path holds its parent checkpoint open.
    pub(super) fn path_forked(&mut self) {
        if let (Some(ex), Some(c)) = (self.explored.as_mut(), self.meta.parent) {
            ex.cps[c].branches += 1;
        }
    }

    /// `push_insn_history`: an entry for the current instruction, merged into the one it
    /// already has.
    pub(super) fn push_hist(&mut self, h: Hist) {
        if self.explored.is_none() {
            return;
        }
        match self.meta.hist.last_mut() {
            Some(last) if self.hist_open => last.merge(h),
            _ => {
                self.meta.hist.push(h);
                self.hist_open = true;
            }
        }
    }
}

impl Walker<'_> {
    /// `live_regs_before` of slot `pc`: the explored states' copy, or computed here when
    /// the walk does not prune.
    pub(super) fn live_before(&self, pc: usize) -> u16 {
        match &self.explored {
            Some(ex) => ex.live_regs_before(self.cfg, pc),
            None => live_regs(self.cfg)[pc],
        }
    }

    /// `find_prev_entry`: a checkpoint at `pc` still being explored, with the current call
    /// sites, above the current path's parent (the previous iteration of a loop).
    pub(super) fn prev_entry(&self, st: &State, pc: usize) -> Option<usize> {
        self.prev_entry_below(st, pc, 0)
    }

    /// [`Walker::prev_entry`] against the current path's own depth, one below its parent's
    /// (`find_prev_entry` of the current state, as a callback's exit calls it).
    pub(super) fn prev_entry_of_cur(&self, st: &State, pc: usize) -> Option<usize> {
        self.prev_entry_below(st, pc, 1)
    }

    fn prev_entry_below(&self, st: &State, pc: usize, extra: u32) -> Option<usize> {
        let ex = self.explored.as_ref()?;
        let depth = ex.cps[self.meta.parent?].meta.dfs_depth + extra;
        ex.lists.get(pc).iter().copied().find(|&c| {
            let cp = &ex.cps[c];
            cp.branches > 0 && same_callsites(&cp.st, st) && cp.meta.dfs_depth < depth
        })
    }

    /// `widen_imprecise_scalars`: scalars of `queued` that are imprecise in checkpoint `c`
    /// and differ from its value there become unknown.
    pub(super) fn widen_imprecise(&self, c: usize, queued: &mut State) {
        let cp = self.checkpoint(c);
        let maps = self.domain.regsafe_maps_ids();
        let by_ids = !self.domain.widen_ignores_ids();
        let mut ids = IdMap {
            pairs: Vec::new(),
            tmp_id_gen: self.id_gen,
        };
        for (f, old) in cp.st.frames.iter().enumerate() {
            let (regs, slots) = cp.precise[f];
            let cur = &mut queued.frames[f];
            for r in 0..old.regs.len() {
                let precise = regs & (1 << r) != 0;
                let ids = by_ids.then_some(&mut ids);
                widen(&old.regs[r], &mut cur.regs[r], precise, ids, maps);
            }
            let n = old.allocated.min(cur.allocated) / 8;
            for spi in 0..n {
                if !spilled(&old.stack[spi]) || !spilled(&cur.stack[spi]) {
                    continue;
                }
                let precise = slots & (1 << spi) != 0;
                widen(
                    &old.stack[spi].spilled,
                    &mut cur.stack[spi].spilled,
                    precise,
                    by_ids.then_some(&mut ids),
                    maps,
                );
            }
        }
    }
}

/// `maybe_widen_reg`: with `ids`, the same value is [`regs_exact`]'s; without (from
/// [`Domain::widen_ignores_ids`]), `scalars_exact_for_widen`'s: ids are not compared.
fn widen(old: &Value, cur: &mut Value, precise: bool, ids: Option<&mut IdMap>, maps: bool) {
    let (Value::Scalar(a, ia), Value::Scalar(b, ib)) = (old, &*cur) else {
        return;
    };
    let same = match ids {
        Some(ids) => regs_exact(old, cur, ids, maps),
        None => a == b && ia.off == ib.off,
    };
    if !precise && !same {
        *cur = Value::unknown();
    }
}

/// `exact_level`: `RANGE_WITHIN` compares every scalar by range, precise or not (the
/// convergence of `may_goto` and callback loops).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Level {
    NotExact,
    Exact,
    RangeWithin,
}

/// What a comparison takes from the release and the privilege.
#[derive(Debug, Clone, Copy)]
struct Mode {
    /// `allow_uninit_stack` (CAP_PERFMON).
    allow_uninit: bool,
    /// Registers and slots no continuation read are skipped (kernels before 6.18).
    read_marks: bool,
    /// `regsafe_maps_ids`: ids are mapped one to one, not compared as numbers.
    maps_ids: bool,
    /// `stack_scalar_vs_misc`: a spilled scalar and a `STACK_MISC` slot compare as scalars.
    stack_scalars: bool,
    /// `loop_prunes_misc_stack`: by range too, a `STACK_MISC`/`STACK_INVALID` byte or an
    /// uninitialised register of the checkpoint covers anything.
    loop_misc: bool,
    /// `regsafe_relaxed_scalar_ids`: a precise scalar of the checkpoint without an id
    /// covers any current one by range.
    relaxed_ids: bool,
    /// A pointer's fixed offset is part of its bounds (7.1): a map value's compare by
    /// range with it.
    folded_offsets: bool,
    /// `explore_alu_limits` ([`super::sanitize`]): scalars compare only when equal.
    explore_alu_limits: bool,
}

/// One comparison's mode and scratch state.
struct Compare {
    exact: Level,
    ids: IdMap,
    mode: Mode,
}

/// `struct bpf_idmap`: old ids to current ids, one to one.
struct IdMap {
    pairs: Vec<(u32, u32)>,
    tmp_id_gen: u32,
}

impl IdMap {
    /// `check_ids`.
    fn check(&mut self, old: u32, cur: u32) -> bool {
        if (old == 0) != (cur == 0) {
            return false;
        }
        if old == 0 {
            return true;
        }
        for &(o, c) in &self.pairs {
            if o == old {
                return c == cur;
            }
            if c == cur {
                return false;
            }
        }
        self.pairs.push((old, cur));
        true
    }

    /// The same id: mapped one to one ([`IdMap::check`]), or before `regsafe_maps_ids`
    /// the same number.
    fn same(&mut self, old: u32, cur: u32, maps: bool) -> bool {
        if maps {
            self.check(old, cur)
        } else {
            old == cur
        }
    }

    /// `check_scalar_ids`: a scalar without an id gets a fresh one, on both sides; with
    /// `relaxed`, one of the checkpoint without an id matches anything, and one with a
    /// delta maps its base id too.
    fn check_scalar(&mut self, old: Link, cur: Link, relaxed: bool) -> bool {
        if relaxed && old.id == 0 {
            return true;
        }
        let (old_id, cur_id) = (self.or_fresh(old.id), self.or_fresh(cur.id));
        if !self.check(old_id, cur_id) {
            return false;
        }
        !relaxed
            || !old.has_delta()
            || self.check(old_id & !Link::ADD_CONST, cur_id & !Link::ADD_CONST)
    }

    fn or_fresh(&mut self, id: u32) -> u32 {
        if id != 0 {
            return id;
        }
        self.tmp_id_gen += 1;
        self.tmp_id_gen
    }
}

/// `clear_singular_ids`: a scalar register or spilled scalar whose base id no other one in
/// any frame shares is linked to nothing, so it loses its id and delta.
fn clear_singular_ids(st: &mut State) {
    let mut count: Vec<(u32, u32)> = Vec::new();
    for link in scalar_links(st) {
        match count.iter_mut().find(|(id, _)| *id == link.base()) {
            Some((_, n)) => *n += 1,
            None => count.push((link.base(), 1)),
        }
    }
    if count.iter().all(|&(_, n)| n > 1) {
        return;
    }
    for frame in &mut st.frames {
        let slots = frame.allocated / 8;
        let spilled_scalars = frame
            .stack
            .iter_mut()
            .take(slots)
            .filter(|s| spilled(s))
            .map(|s| &mut s.spilled);
        for v in frame.regs.iter_mut().chain(spilled_scalars) {
            if let Value::Scalar(_, link) = v {
                if link.is_linked() && count.contains(&(link.base(), 1)) {
                    *link = Link::NONE;
                }
            }
        }
    }
}

/// The links of every linked scalar register and spilled scalar of `st`.
fn scalar_links(st: &State) -> impl Iterator<Item = Link> + '_ {
    st.frames.iter().flat_map(|f| {
        let spills = f.stack.iter().take(f.allocated / 8);
        f.regs
            .iter()
            .chain(spills.filter(|s| spilled(s)).map(|s| &s.spilled))
            .filter_map(|v| match v {
                Value::Scalar(_, link) if link.is_linked() => Some(*link),
                _ => None,
            })
    })
}

fn same_callsites(a: &State, b: &State) -> bool {
    a.frames.len() == b.frames.len()
        && a.frames
            .iter()
            .zip(&b.frames)
            .all(|(x, y)| x.callsite == y.callsite)
}

/// `states_maybe_looping`: the current frame's registers are bytewise the same.
fn maybe_looping(old: &State, cur: &State) -> bool {
    old.frames.len() == cur.frames.len() && old.cur().regs == cur.cur().regs
}

/// `states_equal`.
/// `live`: with static liveness, the registers live in each frame (`frame_insn_idx`), the
/// only ones compared; empty otherwise.
fn states_equal(
    old: &Checkpoint,
    cur: &State,
    exact: Level,
    id_gen: u32,
    mode: Mode,
    live: &[u16],
) -> bool {
    if old.st.frames.len() != cur.frames.len() {
        return false;
    }
    let mut cmp = Compare {
        exact,
        ids: IdMap {
            pairs: Vec::new(),
            tmp_id_gen: id_gen,
        },
        mode,
    };
    if old.st.speculative && !cur.speculative || old.st.sections != cur.sections {
        return false;
    }
    if old.st.refs.len() != cur.refs.len()
        || !old
            .st
            .refs
            .iter()
            .zip(&cur.refs)
            .all(|(o, c)| cmp.ids.same(o.id, c.id, mode.maps_ids))
    {
        return false;
    }
    if !locks_equal(old.st.lock, cur.lock, &mut cmp) {
        return false;
    }
    old.st
        .frames
        .iter()
        .zip(&cur.frames)
        .enumerate()
        .all(|(f, (o, c))| {
            if !mode.maps_ids {
                // 6.1's `func_states_equal` starts each frame with an empty id map.
                cmp.ids.pairs.clear();
            }
            let read = old
                .meta
                .live
                .get(f)
                .map_or((0, 0), |l| (l.read_regs, l.read_slots));
            o.callsite == c.callsite
                && o.callback_depth <= c.callback_depth
                && frames_equal(o, c, old.precise[f], read, live.get(f), &mut cmp)
        })
}

/// The held `bpf_spin_lock`s compare: none on both sides, or the same map's with ids that
/// map (6.1: the same id).
fn locks_equal(old: Option<Lock>, cur: Option<Lock>, cmp: &mut Compare) -> bool {
    match (old, cur) {
        (None, None) => true,
        (Some(o), Some(c)) => o.map == c.map && cmp.ids.same(o.id, c.id, cmp.mode.maps_ids),
        _ => false,
    }
}

/// `func_states_equal`: every register, then the stack; with read marks, only what was
/// read (`read`: registers, slots) unless exact; with static liveness, only the live
/// registers (`live`).
fn frames_equal(
    old: &Frame,
    cur: &Frame,
    (regs, slots): (u16, u64),
    read: (u16, u64),
    live: Option<&u16>,
    cmp: &mut Compare,
) -> bool {
    let skip = cmp.mode.read_marks && cmp.exact == Level::NotExact;
    let live = live.copied().unwrap_or(u16::MAX);
    let (read_regs, read_slots) = if skip { read } else { (live, u64::MAX) };
    let regs_ok = old
        .regs
        .iter()
        .zip(&cur.regs)
        .enumerate()
        .filter(|(r, _)| read_regs & (1 << r) != 0)
        .all(|(r, (o, c))| regsafe(o, c, regs & (1 << r) != 0, cmp));
    regs_ok && stacksafe(old, cur, cmp, slots, read_slots)
}

/// `regs_exact`: the same value, ids mapped one to one (before `regsafe_maps_ids`, the
/// `memcmp` of 6.1's `regsafe`: the same ids).
fn regs_exact(old: &Value, cur: &Value, ids: &mut IdMap, maps: bool) -> bool {
    match (old, cur) {
        (Value::Uninit, Value::Uninit) => true,
        (Value::Scalar(a, ia), Value::Scalar(b, ib)) => {
            a == b && ia.off == ib.off && ids.same(ia.id, ib.id, maps)
        }
        (Value::Ptr(p), Value::Ptr(q)) => {
            p.kind == q.kind
                && p.off == q.off
                && p.var == q.var
                && ids.same(p.id, q.id, maps)
                && ids.same(p.ref_id, q.ref_id, maps)
        }
        _ => false,
    }
}

/// `regsafe`: may the checkpoint's register `old` stand for the current `cur`?
fn regsafe(old: &Value, cur: &Value, precise: bool, cmp: &mut Compare) -> bool {
    let ids = &mut cmp.ids;
    let maps = cmp.mode.maps_ids;
    if cmp.exact == Level::Exact {
        return regs_exact(old, cur, ids, maps);
    }
    match (old, cur) {
        // By range (a loop's convergence), only an uninitialised register covers one.
        (Value::Uninit, c) => {
            cmp.exact == Level::NotExact || cmp.mode.loop_misc || matches!(c, Value::Uninit)
        }
        (Value::Scalar(a, ia), Value::Scalar(b, ib)) if cmp.mode.explore_alu_limits => {
            let same_id = match maps {
                true => ids.check_scalar(*ia, *ib, cmp.mode.relaxed_ids),
                false => ia.id == ib.id,
            };
            a == b && ia.off == ib.off && same_id
        }
        (Value::Scalar(..), Value::Scalar(..)) if !precise && cmp.exact == Level::NotExact => true,
        (Value::Scalar(a, ia), Value::Scalar(b, ib)) => {
            let relaxed = cmp.mode.relaxed_ids;
            let linked_safe = (relaxed && ia.id == 0)
                || (same_delta(*ia, *ib) && (!maps || ids.check_scalar(*ia, *ib, relaxed)));
            linked_safe && range_within(a, b)
        }
        (Value::Ptr(p), Value::Ptr(q)) if p.kind == q.kind => match p.kind {
            PtrKind::MapValue(_)
            | PtrKind::MapKey(_)
            | PtrKind::MapValueOrNull(_)
            | PtrKind::Mem(_)
            | PtrKind::MemOrNull(_)
            | PtrKind::RdonlyMem(_)
                if maps =>
            {
                let (p, q) = match cmp.mode.folded_offsets {
                    true => (&p.folded(), &q.folded()),
                    false => (p, q),
                };
                p.off == q.off
                    && range_within(&p.var, &q.var)
                    && ids.check(p.id, q.id)
                    && ids.check(p.ref_id, q.ref_id)
            }
            // 6.1: a map value compares by range, one that may be NULL by its id.
            PtrKind::MapValue(_) | PtrKind::MapKey(_) => {
                p.off == q.off && range_within(&p.var, &q.var)
            }
            PtrKind::MapValueOrNull(_) => p.off == q.off && ids.check(p.id, q.id),
            _ => regs_exact(old, cur, ids, maps),
        },
        _ => false,
    }
}

/// `range_within` and `tnum_in`: every value `cur` allows, `old` allows.
fn range_within(old: &Scalar, cur: &Scalar) -> bool {
    old.umin <= cur.umin
        && old.umax >= cur.umax
        && old.smin <= cur.smin
        && old.smax >= cur.smax
        && old.u32_min <= cur.u32_min
        && old.u32_max >= cur.u32_max
        && old.s32_min <= cur.s32_min
        && old.s32_max >= cur.s32_max
        && old.var_off.contains(cur.var_off)
}

/// `scalar_reg_for_stack`: a 64-bit spilled scalar (precise when marked so), or an
/// imprecise unknown scalar for a slot of `STACK_MISC` bytes (uninitialised ones count as
/// such when `allow_uninit`).
fn stack_scalar(slot: &StackSlot, allow_uninit: bool) -> Option<Value> {
    if slot.bytes[0] == Byte::Spill && matches!(slot.spilled, Value::Scalar(..)) {
        return Some(slot.spilled);
    }
    slot.bytes
        .iter()
        .all(|b| *b == Byte::Misc || (*b == Byte::Invalid && allow_uninit))
        .then_some(Value::unknown())
}

/// `stacksafe`, byte by byte over the checkpoint's allocated stack.
fn stacksafe(old: &Frame, cur: &Frame, cmp: &mut Compare, precise: u64, read: u64) -> bool {
    let allow_uninit = cmp.mode.allow_uninit;
    let mut i = 0;
    while i < old.allocated {
        let (spi, k) = (i / 8, i % 8);
        let c = cur.slot(spi).unwrap_or(&StackSlot::EMPTY);
        let o = &old.stack[spi];
        let types_match =
            cmp.exact == Level::Exact || (cmp.exact == Level::RangeWithin && !cmp.mode.loop_misc);
        if types_match && (i >= cur.allocated || o.bytes[k] != c.bytes[k]) {
            return false;
        }
        if read & (1 << spi) == 0 {
            i = (spi + 1) * 8;
            continue;
        }
        if o.bytes[k] == Byte::Invalid || (allow_uninit && o.bytes[k] == Byte::Misc) {
            i += 1;
            continue;
        }
        if i >= cur.allocated {
            return false;
        }
        let slot_precise = precise & (1 << spi) != 0;
        let (os, cs) = (stack_scalar(o, allow_uninit), stack_scalar(c, allow_uninit));
        if let (true, Some(ov), Some(cv)) = (cmp.mode.stack_scalars, os, cs) {
            let p = slot_precise && spilled_scalar(o);
            if !regsafe(&ov, &cv, p, cmp) {
                return false;
            }
            i = (spi + 1) * 8;
            continue;
        }
        if !(o.bytes[k] == Byte::Misc && c.bytes[k] == Byte::Zero) {
            if o.bytes[k] != c.bytes[k] {
                return false;
            }
            if k == 7 && spilled(o) && !regsafe(&o.spilled, &c.spilled, slot_precise, cmp) {
                return false;
            }
            if k == 7 && o.bytes[7] == Byte::Iter && !iter_safe(&o.spilled, &c.spilled, cmp) {
                return false;
            }
            if k == 7 && o.bytes[7] == Byte::Dynptr && !dynptr_safe(&o.spilled, &c.spilled) {
                return false;
            }
        }
        i += 1;
    }
    true
}

/// `stacksafe` on a `STACK_ITER` slot: the same iterator state and reference (the depth
/// is not compared: it only keeps the infinite-loop check from firing).
fn iter_safe(old: &Value, cur: &Value, cmp: &mut Compare) -> bool {
    match (old, cur) {
        (Value::Ptr(o), Value::Ptr(c)) => match (o.kind, c.kind) {
            (PtrKind::Iter { drained: a, .. }, PtrKind::Iter { drained: b, .. }) => {
                a == b && cmp.ids.check(o.ref_id, c.ref_id)
            }
            _ => false,
        },
        _ => false,
    }
}

/// `stacksafe` on a `STACK_DYNPTR` slot: the same half of a local dynptr (local dynptrs
/// hold no reference to compare, and the kernel compares neither ids nor slices).
fn dynptr_safe(old: &Value, cur: &Value) -> bool {
    match (old, cur) {
        (Value::Ptr(o), Value::Ptr(c)) => match (o.kind, c.kind) {
            (PtrKind::Dynptr { first: a, .. }, PtrKind::Dynptr { first: b, .. }) => a == b,
            _ => false,
        },
        _ => false,
    }
}

/// `regsafe` on precise scalars: the same `BPF_ADD_CONST` flags, and the same delta with
/// one.
fn same_delta(old: Link, cur: Link) -> bool {
    let flags = Link::ADD_CONST;
    old.id & flags == cur.id & flags && (!old.has_delta() || old.off == cur.off)
}
