//! The path walk (`do_check`): from the entry state, instruction by instruction, the
//! fall-through first and pending branches last-in first-out, never joining states
//! (`../shared/research/verifier-fidelity.md` §1-2). One module per instruction kind:
//!
//! | module | instructions | kernel |
//! |---|---|---|
//! | [`alu`] | ALU, ALU64, byte swaps, `ld_imm64` | `check_alu_op`, `adjust_reg_min_max_vals`, `adjust_ptr_min_max_vals`, `check_ld_imm` |
//! | [`mem`] | loads and stores | `check_mem_access`, `check_stack_read/write_fixed_off`, `check_map_access` |
//! | [`call`] | helper calls | `check_helper_call`, `check_func_arg` |
//! | [`jmp`] | conditional jumps, `may_goto` and `exit` | `check_cond_jmp_op`, `mark_ptr_or_null_regs`, `check_reference_leak`, `check_return_code` |
//! | [`global`] | calls to global subprograms and their exits | `check_func_call`, `btf_check_func_arg_match`, `check_return_code` |
//!
//! | [`prune`] | checkpoints at prune points, `states_equal`, infinite-loop detection, branch counts | `is_state_visited`, `states_equal`, `regsafe`, `stacksafe`, `refsafe`, `update_branch_counts` |
//! | [`scc`] | from 6.17: the control flow graph's strongly connected components, their visits and backedges | `compute_scc`, `maybe_enter_scc`, `maybe_exit_scc`, `propagate_backedges` |
//! | [`precision`] | the jump history and backtracking that make decisive scalars precise | `push_insn_history`, `__mark_chain_precision`, `backtrack_insn` |
//! | [`liveness`] | registers live before each instruction | `compute_live_registers` |
//! | [`stack_live`] | stack slots live before each instruction, per function instance, from the accesses walked | kernel/bpf/liveness.c (6.18) |
//! | [`read_marks`] | before 6.18: what each checkpoint's continuations read | `mark_reg_read`, `propagate_liveness`, `clean_live_states` |
//! | [`sanitize`] | ADD and SUB of a pointer and a register without CAP_PERFMON: the masking window per instruction, the speculative path with the offset masked | `sanitize_ptr_alu`, `retrieve_ptr_limit`, `sanitize_check_bounds`, `sanitize_val_alu` |
//! | [`track`] | what an instruction leaves for pruning (spills and fills, precision asked for before its checks, the stack it reads and writes) and the stores that end speculative paths | `check_stack_write_fixed_off`, `check_stack_read_fixed_off`, `nospec_result` |
//!
//! BPF-to-BPF calls are walked inline, each callee in a frame of its own
//! (`check_func_call`, `prepare_func_exit`), except calls to global subprograms (with
//! BTF): those are checked against the callee's arguments, and the callee walked on its
//! own, before the entry point or after it as the release does ([`global`]). Without CAP_PERFMON a decided branch still
//! pushes the other side as a speculative path (`sanitize_speculative_path`), which newer
//! kernels end instead of rejecting when it fails (the nospec fallback; the instruction is
//! marked, and later speculative paths end on reaching it, unchecked), or after a store
//! they fence. The walk prunes as the kernel does ([`prune::models_pruning`]: static
//! liveness on 6.18, read marks before, [`read_marks`]), so loops are unrolled until they
//! converge or hit a limit, and [`crate::Verified::processed`] is the kernel's `processed N
//! insns`. `may_goto` loops converge as the kernel bounds them from 6.9, where it has the
//! opcode ([`jmp`], [`prune`], [`prune::models_may_goto`]). Without BTF a callback's
//! address is refused as the kernel refuses it without `func_info`; with it (`btf`),
//! `bpf_loop` callbacks are walked, iterated or once as the release does ([`call`]). A
//! tail call beside BPF-to-BPF calls is the JIT's to allow (x86-64's does; every modelled
//! kernel is taken to be JITed), and unsupported in a subprogram. A
//! rejection whose message the code registry (`skctx::codes`) does not list for its code
//! is refused as unsupported too: this verifier never names a rule the kernel's message
//! does not. Each rejection names its operand and, where the fault lies in a register's
//! value, the instruction that last wrote it on the path (`Frame::origin`).
//! [`crate::analyze`] has the walk keep its path (`trace`).

use isa::table::{class, jmp_op};
use isa::{Insn, Pc, Reg};
use skctx::{Code, KernelProfile, Privilege};

use crate::btf::Globals;
use crate::cfg::{Cfg, Slot};
use crate::error::{Operand, Refusal, Rejection, Related};
use crate::releases::Domain;
use crate::reuse::Kept;
use crate::state::{State, Value};
use crate::MapInfo;

mod alu;
mod call;
mod dynptr;
pub(crate) use dynptr::models_dynptrs;
mod global;
mod iter;
mod jmp;
mod kfunc;
mod liveness;
mod lock;
mod mem;
mod precision;
mod prune;
mod read_marks;
pub(crate) mod reserved;
mod sanitize;
mod scc;
mod stack_live;
mod track;

pub(crate) use liveness::successors;
use precision::Hist;
pub(crate) use prune::{models_callbacks, models_may_goto};
use prune::{Explored, Meta};

/// `BPF_COMPLEXITY_LIMIT_INSNS`.
const MAX_PROCESSED: u64 = skctx::limits::BPF_COMPLEXITY_LIMIT_INSNS as u64;
/// `BPF_COMPLEXITY_LIMIT_JMP_SEQ`.
const MAX_PENDING: usize = skctx::limits::BPF_COMPLEXITY_LIMIT_JMP_SEQ;

pub(crate) const EINVAL: i32 = 22;
pub(crate) const EPERM: i32 = 1;
pub(crate) const EACCES: i32 = 13;
pub(crate) const E2BIG: i32 = 7;
pub(crate) const EFAULT: i32 = 14;
/// Kernel-internal "operation not supported", which reaches user space from the verifier.
pub(crate) const ENOTSUPP: i32 = skctx::Errno::ENOTSUPP.0;

/// Where the walk goes after an instruction.
pub(crate) enum Flow {
    Next,
    Jump(Pc),
    /// A call or a return: not a jump, never a loop.
    Goto(Pc),
    /// The path ended at an `exit`.
    End,
}

type Step = Result<Flow, Refusal>;

/// A path waiting to be walked (`struct bpf_verifier_stack_elem`).
struct Pending {
    st: State,
    meta: Meta,
    /// The instruction that pushed it.
    prev: i64,
}

/// The walk's fixed inputs and its global counters (`struct bpf_verifier_env`).
pub(crate) struct Walker<'a> {
    cfg: &'a Cfg<'a>,
    maps: &'a [MapInfo],
    profile: KernelProfile,
    privilege: Privilege,
    gpl: bool,
    domain: Domain,
    /// The load passed BTF func_info (callbacks are walked).
    btf: bool,
    /// Per subprogram, a global one's arguments ([`crate::btf::Globals`]; empty without
    /// BTF).
    globals: &'a [Option<crate::btf::Global>],
    /// `subprog_aux()->called`: a walked call reached this global subprogram.
    called: Vec<bool>,
    /// `env->id_gen`: ids for NULL checks, references and scalar links, never rolled back.
    id_gen: u32,
    processed: u64,
    /// Paths walked to their end so far: without modelled pruning the kernel may have pruned
    /// some of them, and the ids it allocated depend on where.
    paths_ended: u32,
    pending: Vec<Pending>,
    /// Checkpoints, when the profile's pruning is modelled ([`prune::models_pruning`]).
    explored: Option<Explored>,
    /// The current path's checkpoint bookkeeping and jump history.
    meta: Meta,
    /// The current instruction already has a jump-history entry (`cur_hist_ent`).
    hist_open: bool,
    /// `__mark_chain_precision`'s `changed`: a backtracking made a checkpoint's scalar
    /// precise ([`scc`]'s fixed point).
    marks_added: bool,
    /// `insn_aux_data[].nospec_result`: a speculation barrier follows this store.
    barriers: Kept<bool>,
    /// `insn_aux_data[].nospec`: a speculative path failed here (the nospec fallback), so
    /// every later speculative path ends on arriving here, before the instruction's checks.
    nospec: Kept<bool>,
    /// The instruction being checked.
    pc: Pc,
    /// The unknown scalar narrowed by a load of each size (1, 2, 4, 8 bytes), zero- and
    /// sign-extended ([`Walker::narrowed_unknown`]).
    unknown_loads: [Option<crate::bounds::Scalar>; 8],
    /// The ctx loads accepted so far, by offset, size and sign extension: `ctx_access` is a
    /// function of these and the profile, and a program reads a few fields many times.
    ctx_loads: Vec<((i64, u32, bool), skctx::CtxLoadType)>,
    /// Profile questions the walk asks at many instructions, each asked once.
    asked: Asked,
    /// `insn_aux_data[].ptr_type` of loads and stores: the pointer kind first seen.
    mem_types: Vec<mem::MemType>,
    /// `insn_aux_data[].seen`: a path that is not speculative reached the slot.
    seen: Vec<bool>,
    /// `subprog_info[].stack_depth`: the deepest stack access of each subprogram.
    depth: Vec<usize>,
    /// `insn_aux_data[].alu_state` and `alu_limit`, the masking window of an ADD or SUB by
    /// register without CAP_PERFMON, packed ([`sanitize`]; 0: none recorded).
    alu_aux: Kept<u64>,
    /// `env->explore_alu_limits`: a pointer moved by an unknown scalar was sanitized, so
    /// from now on scalars prune only when equal.
    explore_alu_limits: bool,
    /// A kfunc returned a [`crate::state::PtrKind::Kernel`] pointer on some path of this
    /// walk (the only place one is made): until then no register holds one, and
    /// [`Walker::kernel_ptr_use`] has nothing to look for.
    kernel_ptrs: bool,
    /// The instruction being checked, and where each register of the current frame got its
    /// value before it: what a rejection points at.
    insn: Option<Insn>,
    origins: [crate::state::Origin; Reg::COUNT],
    /// The path walked, kept only for [`crate::analyze`].
    trace: Option<crate::analysis::Trace>,
    /// The current instruction's stack-liveness effects ([`track`]), one buffer reused.
    effects: Vec<track::Effect>,
}

/// Answers of the profile the walk needs at many stack accesses: each is asked of the
/// profile the first time (so `skctx::recorded` notes it as for any question) and kept.
#[derive(Default)]
struct Asked {
    spills: std::cell::OnceCell<bool>,
    links: std::cell::OnceCell<bool>,
}

pub(crate) fn run(
    cfg: &Cfg,
    maps: &[MapInfo],
    profile: KernelProfile,
    privilege: Privilege,
    gpl: bool,
    domain: Domain,
    btf: Option<&Globals>,
) -> Result<crate::Verified, Refusal> {
    let mut w = Walker::new(cfg, maps, profile, privilege, gpl, domain);
    w.with_btf(btf);
    w.verdict()
}

/// [`run`], recording the path its log would show and whose walk it is.
pub(crate) fn run_traced(
    cfg: &Cfg,
    maps: &[MapInfo],
    profile: KernelProfile,
    (privilege, gpl): (Privilege, bool),
    domain: Domain,
    btf: Option<&Globals>,
) -> (
    Result<crate::Verified, Refusal>,
    crate::analysis::Recorded,
    crate::analysis::Units,
) {
    use crate::analysis::Trace;
    let mut first = Walker::new(cfg, maps, profile, privilege, gpl, domain);
    first.with_btf(btf);
    first.trace = Some(Trace::default());
    let result = first.verdict();
    let recorded = first.trace.take().unwrap_or_default();
    let mut second = Walker::new(cfg, maps, profile, privilege, gpl, domain);
    second.with_btf(btf);
    second.trace = Some(Trace::capturing(&recorded));
    let _ = second.verdict();
    let kept = second.trace.take().unwrap_or_default();
    let units = recorded.units();
    (result, Trace::path(recorded, kept), units)
}

impl<'a> Walker<'a> {
    fn new(
        cfg: &'a Cfg<'a>,
        maps: &'a [MapInfo],
        profile: KernelProfile,
        privilege: Privilege,
        gpl: bool,
        domain: Domain,
    ) -> Walker<'a> {
        Walker {
            cfg,
            maps,
            profile,
            privilege,
            gpl,
            domain,
            btf: false,
            globals: &[],
            called: Vec::new(),
            id_gen: 0,
            processed: 0,
            paths_ended: 0,
            pending: Vec::new(),
            explored: prune::models_pruning(profile).then(|| Explored::new(cfg, domain)),
            meta: Meta::default(),
            hist_open: false,
            marks_added: false,
            barriers: Kept::filled(cfg.len(), false),
            nospec: Kept::filled(cfg.len(), false),
            pc: Pc(0),
            unknown_loads: [None; 8],
            ctx_loads: Vec::new(),
            asked: Asked::default(),
            mem_types: vec![mem::MemType::Unseen; cfg.len()],
            seen: vec![false; cfg.len()],
            depth: vec![0; cfg.subprogs().len()],
            alu_aux: Kept::filled(cfg.len(), 0),
            explore_alu_limits: false,
            kernel_ptrs: false,
            insn: None,
            origins: [crate::state::Origin::ENTRY; Reg::COUNT],
            trace: None,
            effects: Vec::new(),
        }
    }

    /// [`KernelProfile::spills_every_scalar`], asked once per walk.
    fn spills_every_scalar(&self) -> bool {
        let p = self.profile;
        *self.asked.spills.get_or_init(|| p.spills_every_scalar())
    }

    /// [`KernelProfile::var_stack_write_keeps_zeros`].
    fn var_write_keeps_zeros(&self) -> bool {
        self.profile.var_stack_write_keeps_zeros()
    }

    /// [`KernelProfile::links_scalars_on_spill`], asked once per walk.
    fn links_scalars_on_spill(&self) -> bool {
        let p = self.profile;
        *self.asked.links.get_or_init(|| p.links_scalars_on_spill())
    }

    /// The load passed BTF `func_info` with these global subprograms.
    fn with_btf(&mut self, globals: Option<&'a Globals>) {
        self.btf = globals.is_some();
        self.globals = globals.map_or(&[], |g| g.as_slice());
        self.called = vec![false; self.globals.len()];
    }

    /// `do_check_subprogs` and `do_check_main` in the release's order, then
    /// `check_max_stack_depth`.
    fn verdict(&mut self) -> Result<crate::Verified, Refusal> {
        let lazy = self.profile.verifies_global_subprogs_lazily();
        if !lazy {
            let all: Vec<usize> = self.global_subprogs().collect();
            for subprog in all {
                self.walk_global(subprog)?;
            }
            if self.global_subprogs().next().is_some() {
                self.fresh_unit(0);
            }
        }
        self.walk(State::entry())?;
        if lazy {
            self.walk_called_globals()?;
        }
        self.stack_depth()?;
        Ok(crate::Verified {
            insns: self.cfg.len(),
            processed: self.processed,
            seen: std::mem::take(&mut self.seen),
        })
    }
}

impl Walker<'_> {
    /// The global subprograms, in order.
    fn global_subprogs(&self) -> impl Iterator<Item = usize> + '_ {
        (1..self.globals.len()).filter(|&i| self.globals[i].is_some())
    }

    /// The lazy `do_check_subprogs`: passes over the global subprograms in order, each
    /// called one not yet verified walked, until a pass verifies none.
    fn walk_called_globals(&mut self) -> Result<(), Refusal> {
        let mut verified = vec![false; self.globals.len()];
        loop {
            let mut new = 0;
            let globals: Vec<usize> = self.global_subprogs().collect();
            for subprog in globals {
                // `called` may grow while the pass goes on, as the kernel's does.
                if self.called[subprog] && !verified[subprog] {
                    self.walk_global(subprog)?;
                    verified[subprog] = true;
                    new += 1;
                }
            }
            if new == 0 {
                return Ok(());
            }
        }
    }

    /// `do_check_common` of global subprogram `subprog`: a walk of its own from its BTF
    /// arguments.
    fn walk_global(&mut self, subprog: usize) -> Result<(), Refusal> {
        self.fresh_unit(subprog);
        let globals = self.globals;
        let args = match globals[subprog].as_ref().map(|g| &g.args) {
            Some(Ok(args)) => args.as_slice(),
            Some(Err(refusal)) => return Err(self.proto_refusal(refusal, None)),
            None => &[],
        };
        let values = (args.iter())
            .map(|a| self.global_arg_value(a))
            .collect::<Result<Vec<Value>, Refusal>>()?;
        let start = self.cfg.subprogs()[subprog].start;
        self.walk(State::global_entry(subprog, start, &values))?;
        if let Some(t) = &mut self.trace {
            t.unit_passed(subprog);
        }
        Ok(())
    }

    /// The walk of subprogram `subprog` after another (`do_check_common` again): the
    /// checkpoints are gone (`free_states`) and the log of the passed walk too; the
    /// processed count, the id generator and what is known per instruction go on.
    fn fresh_unit(&mut self, subprog: usize) {
        let mut explored =
            prune::models_pruning(self.profile).then(|| Explored::new(self.cfg, self.domain));
        if let (Some(new), Some(old)) = (&mut explored, &self.explored) {
            new.carry_counts(old);
        }
        self.explored = explored;
        self.meta = Meta::default();
        if let Some(t) = &mut self.trace {
            t.unit_started(subprog);
        }
    }

    fn walk(&mut self, mut st: State) -> Result<(), Refusal> {
        let mut prev: i64 = -1;
        loop {
            self.processed += 1;
            self.pc = st.pc;
            self.meta.last_insn = prev;
            if self.processed > MAX_PROCESSED {
                return Err(self.too_large());
            }
            self.hist_open = false;
            if self.visited(&mut st, prev)? {
                match self.next_path()? {
                    Some(next) => (st, prev) = next,
                    None => return Ok(()),
                }
                continue;
            }
            if st.speculative && self.nospec[st.pc.0] {
                match self.next_path()? {
                    Some(next) => (st, prev) = next,
                    None => return Ok(()),
                }
                continue;
            }
            let insn = match self.insn_at(&st) {
                Err(Refusal::Rejected(r)) if st.speculative && self.nospec_fallback(&r) => {
                    self.nospec[st.pc.0] = true;
                    self.alu_aux[st.pc.0] = 0;
                    match self.next_path()? {
                        Some(next) => (st, prev) = next,
                        None => return Ok(()),
                    }
                    continue;
                }
                insn => insn?,
            };
            if !st.speculative {
                self.seen[st.pc.0] = true;
            }
            self.enter(&st, insn);
            if let Some(ex) = self.explored.as_mut() {
                ex.jmps += u64::from(is_jump_class(&insn));
            }
            let access = self.before(&st, &insn)?;
            let frames = st.frames.len();
            let unmarked = self.commits_nothing(&st, &insn);
            let chain = self.explored.is_some().then(|| {
                self.stack_effects(&st, &insn, access.as_ref());
                (!unmarked).then(|| prune::chain(&st, st.frames.len() - 1))
            });
            let step = match self.step(&mut st, &insn) {
                Err(Refusal::Rejected(r)) if st.speculative && self.nospec_fallback(&r) => {
                    self.nospec[self.pc.0] = true;
                    self.alu_aux[self.pc.0] = 0;
                    Ok(Flow::End)
                }
                other => other,
            };
            let mut flow = step?;
            if let Some(chain) = chain {
                if self.domain.static_liveness() {
                    if let Some(chain) = chain {
                        self.stack_marks(&chain, st.frames.len() > frames);
                    }
                    if matches!(insn, Insn::Exit) {
                        self.update_stack_liveness();
                    }
                } else {
                    let effects = std::mem::take(&mut self.effects);
                    self.live_after(&st, &insn, frames, &effects);
                    self.effects = effects;
                }
            }
            if !matches!(flow, Flow::End) {
                self.after(&st, &insn, access)?;
                if st.speculative && self.barriers[st.pc.0] && self.ends_speculation() {
                    flow = Flow::End;
                }
            }
            prev = st.pc.0 as i64;
            match flow {
                Flow::Next => st.pc = Pc(st.pc.0 + insn.slots()),
                Flow::Jump(to) if to.0 <= st.pc.0 && self.explored.is_none() => {
                    return Err(unsupported("a backward jump (loops are not modelled)"))
                }
                Flow::Jump(to) | Flow::Goto(to) => st.pc = to,
                Flow::End => match self.next_path()? {
                    Some(next) => (st, prev) = next,
                    None => return Ok(()),
                },
            }
        }
    }

    /// At a prune point, `is_state_visited` (true: the path is pruned); at a jump point,
    /// the arrival enters the jump history.
    fn visited(&mut self, st: &mut State, prev: i64) -> Result<bool, Refusal> {
        if self.explored.is_none() {
            return Ok(false);
        }
        let marks = self.cfg.marks(st.pc);
        let parent = self.meta.parent;
        if marks.prune_point && self.is_state_visited(st)? {
            return Ok(true);
        }
        // 6.1's `is_state_visited` records the arrival only when it adds no checkpoint.
        let fresh = self.meta.parent != parent;
        if marks.jmp_point && (!fresh || self.domain.stack_access_history()) {
            self.push_hist(Hist::arrival(st.pc.0, prev));
        }
        Ok(false)
    }

    /// The current path ended: the next pending one, with the instruction that pushed it.
    fn next_path(&mut self) -> Result<Option<(State, i64)>, Refusal> {
        self.path_ended()?;
        // `process_bpf_exit` ends every path, pruned ones too: `bpf_update_live_stack`.
        if self.domain.static_liveness() {
            self.update_stack_liveness();
        }
        let Some(p) = self.pending.pop() else {
            return Ok(None);
        };
        self.paths_ended += 1;
        if let Some(t) = &mut self.trace {
            t.popped();
        }
        self.meta = p.meta;
        Ok(Some((p.st, p.prev)))
    }

    /// The instruction at `st.pc`; a slot the decoder refused is entered (the log prints
    /// it before its checks) and refused as the kernel refuses it.
    fn insn_at(&mut self, st: &State) -> Result<Insn, Refusal> {
        match self.cfg.insn(st.pc) {
            Some(Slot::Insn(i)) => Ok(*i),
            Some(Slot::Invalid(e)) => {
                let e = e.clone();
                self.insn = None;
                self.origins = st.cur().origin;
                if let Some(t) = &mut self.trace {
                    t.step(self.processed, st);
                }
                Err(self.invalid_slot(st, &e))
            }
            _ => Err(unsupported("a jump into the second slot of ld_imm64")),
        }
    }

    /// The 1M-instruction limit (`BPF_COMPLEXITY_LIMIT_INSNS`): the kernel's count only
    /// when its pruning is modelled.
    fn too_large(&self) -> Refusal {
        if self.explored.is_none() {
            return unsupported(
                "the walk passes the kernel's 1M-instruction limit without pruning",
            );
        }
        let message = format!(
            "BPF program is too large. Processed {} insn",
            self.processed
        );
        self.reject_before(Code::TooComplex, message, E2BIG)
    }

    /// A rejection the kernel makes before it prints the current instruction: its log,
    /// and so the rejected instruction, ends at the one before on the path.
    fn reject_before(&self, code: Code, message: String, errno: i32) -> Refusal {
        let mut refusal = self.reject(code, Operand::Insn, message, errno);
        if let (Refusal::Rejected(r), Ok(prev)) =
            (&mut refusal, usize::try_from(self.meta.last_insn))
        {
            r.pc = Some(Pc(prev));
        }
        refusal
    }

    /// `check_max_stack_depth` after the walk, from the main program: each chain of calls
    /// (a callback counted where its address is taken, `check_max_stack_depth_subprog`) in
    /// the kernel's order, refused at the first whose frames, rounded as the release rounds
    /// a JITed program's, pass 512 bytes. A tail call in a subprogram is unsupported (its
    /// 256-byte rule is not modelled).
    fn stack_depth(&self) -> Result<(), Refusal> {
        let subs = self.cfg.subprogs();
        if subs.len() == 1 {
            return Ok(());
        }
        if subs[1..].iter().any(|s| s.has_tail_call) {
            return Err(unsupported(call::SUBPROG_TAIL_CALL));
        }
        // Both roundings, the release asked only where they differ.
        let by = |round16| self.call_chain(0, 0, 0, round16);
        match (by(true), by(false)) {
            (Ok(()), Ok(())) => Ok(()),
            (new, old) => match self.profile.rounds_jited_stack_to_16() {
                true => new,
                false => old,
            },
        }
    }

    /// The chains from subprogram `idx`, entered `frame` calls deep on `depth` bytes, each
    /// frame rounded to 16 bytes (`round16`) or to 32.
    fn call_chain(
        &self,
        idx: usize,
        depth: usize,
        frame: usize,
        round16: bool,
    ) -> Result<(), Refusal> {
        let depth = depth + frame_size(self.depth[idx], round16);
        if depth > crate::state::STACK_SIZE {
            let text = format!(
                "combined stack size of {} calls is {depth}. Too large",
                frame + 1
            );
            return Err(after_walk(Code::CombinedStack, text, EACCES));
        }
        for callee in self.callees(idx) {
            if frame + 1 >= skctx::limits::MAX_CALL_FRAMES {
                return Err(unsupported("a call chain deeper than MAX_CALL_FRAMES"));
            }
            self.call_chain(callee, depth, frame + 1, round16)?;
        }
        Ok(())
    }

    /// The subprograms `idx` calls or takes the address of, in instruction order.
    fn callees(&self, idx: usize) -> Vec<usize> {
        let subs = self.cfg.subprogs();
        let s = &subs[idx];
        (s.start.0..s.end.0)
            .filter_map(|pc| match self.cfg.insn(Pc(pc)) {
                Some(Slot::Insn(
                    Insn::Call(isa::CallKind::Local(imm))
                    | Insn::LdImm64 {
                        kind: isa::LdImmKind::Func,
                        imm,
                        ..
                    },
                )) => {
                    let t = pc as i64 + 1 + *imm as i64;
                    subs.iter().position(|s| s.start.0 as i64 == t)
                }
                _ => None,
            })
            .collect()
    }

    /// One instruction on the current path.
    fn step(&mut self, st: &mut State, insn: &Insn) -> Step {
        self.kernel_ptr_use(st, insn)?;
        match *insn {
            Insn::Alu { .. } | Insn::Endian { .. } | Insn::LdImm64 { .. } => self.alu(st, insn),
            Insn::Load { .. } | Insn::Store { .. } | Insn::Atomic { .. } => self.mem(st, insn),
            Insn::Call(kind) => self.call(st, kind),
            Insn::JmpIf { .. } => self.cond_jmp(st, insn),
            Insn::Ja { off, .. } => Ok(Flow::Jump(self.target(off as i64))),
            Insn::Exit => self.exit(st),
            Insn::LegacyLoad { .. } => Err(self.reject(
                Code::LdAbsNotAllowed,
                Operand::Insn,
                skctx::LD_ABS_MESSAGE.into(),
                EINVAL,
            )),
            Insn::MayGoto { off } => self.may_goto(st, off),
            Insn::AddrSpaceCast { .. } => Err(unsupported("addr_space_cast (arena programs)")),
        }
    }

    /// The instruction `off` slots after the next one.
    fn target(&self, off: i64) -> Pc {
        Pc((self.pc.0 as i64 + 1 + off) as usize)
    }

    /// Kernels since the same series end a speculative path after a store the kernel
    /// follows with a barrier (`nospec_result`).
    fn ends_speculation(&self) -> bool {
        self.profile.has(skctx::KernelVersion::new(6, 17))
    }

    /// Kernels since "bpf: Fall back to nospec for Spectre v1" (6.17, UNCONFIRMED release)
    /// end a speculative path that fails with EPERM, EACCES or EINVAL with a barrier
    /// instead of rejecting the program.
    fn nospec_fallback(&self, r: &Rejection) -> bool {
        [1, EACCES, EINVAL].contains(&r.errno) && self.profile.has(skctx::KernelVersion::new(6, 17))
    }

    /// `push_stack`: a pending path starting at `pc`, below the current checkpoint.
    fn push(&mut self, mut st: State, pc: Pc) -> Result<(), Refusal> {
        if self.pending.len() >= MAX_PENDING {
            if self.explored.is_none() {
                return Err(unsupported("more than 8192 pending branches"));
            }
            return Err(self.reject(
                Code::TooManyBranches,
                Operand::Insn,
                format!("The sequence of {} jumps is too complex.", MAX_PENDING + 1),
                if self.domain.jmp_seq_e2big() {
                    E2BIG
                } else {
                    EFAULT
                },
            ));
        }
        st.pc = pc;
        self.pending.push(Pending {
            st,
            meta: self.meta.clone(),
            prev: self.pc.0 as i64,
        });
        self.path_forked();
        if let Some(t) = &mut self.trace {
            t.pushed(self.pc);
        }
        Ok(())
    }

    fn new_id(&mut self) -> u32 {
        self.id_gen += 1;
        self.id_gen
    }

    /// The instruction about to be checked on `st`'s path.
    fn enter(&mut self, st: &State, insn: Insn) {
        self.insn = Some(insn);
        self.origins = st.cur().origin;
        if let Some(t) = &mut self.trace {
            t.step(self.processed, st);
        }
    }

    /// Which operand of the current instruction register `r` is: a helper argument, the
    /// destination or the source (for `exit`, R0, the whole instruction).
    fn operand_of(&self, r: Reg) -> Operand {
        let (dst, src) = match self.insn {
            Some(Insn::Call(isa::CallKind::Helper(_))) if (1..=5).contains(&r.index()) => {
                return Operand::Arg(r.index())
            }
            Some(Insn::Alu { dst, src, .. }) | Some(Insn::JmpIf { dst, src, .. }) => {
                (Some(dst), reg_of(src))
            }
            Some(Insn::Load { dst, src, .. }) => (Some(dst), Some(src)),
            Some(Insn::Store { dst, src, .. }) => (Some(dst), reg_of(src)),
            Some(Insn::Atomic { dst, src, .. }) => (Some(dst), Some(src)),
            Some(Insn::Endian { dst, .. }) | Some(Insn::LdImm64 { dst, .. }) => (Some(dst), None),
            _ => (None, None),
        };
        if dst == Some(r) {
            Operand::Dst
        } else if src == Some(r) {
            Operand::Src
        } else {
            Operand::Insn
        }
    }

    /// The operand of a memory access through `r`: a helper's argument, else the offset.
    fn mem_operand(&self, r: Reg) -> Operand {
        match self.insn {
            Some(Insn::Call(_)) => self.operand_of(r),
            _ => Operand::Offset,
        }
    }

    /// A rejection about register `r` (its operand; related: where it got its value).
    fn reject_reg(&self, code: Code, r: Reg, kernel_message: String, errno: i32) -> Refusal {
        self.reject_at(code, self.operand_of(r), Some(r), kernel_message, errno)
    }

    /// A rejection about `operand` that no register's history explains.
    fn reject(&self, code: Code, operand: Operand, kernel_message: String, errno: i32) -> Refusal {
        self.reject_at(code, operand, None, kernel_message, errno)
    }

    /// A rejection at the current instruction with the kernel's message, about `operand`,
    /// pointing at where register `reg` got its value; a message that is no form of `code`
    /// in the registry (on this profile, for this loader) is reported as unsupported rather
    /// than under a code that does not print it.
    fn reject_at(
        &self,
        code: Code,
        operand: Operand,
        reg: Option<Reg>,
        kernel_message: String,
        errno: i32,
    ) -> Refusal {
        let registered = kernel_message
            .lines()
            .any(|l| code.matches_message(self.profile, self.privilege, l));
        if !registered {
            return unsupported(&format!(
                "the kernel's `{}` is not a registered form of [{code}]",
                kernel_message.lines().last().unwrap_or("")
            ));
        }
        let related = reg.and_then(|r| {
            let pc = self.origins[r.index() as usize].pc()?;
            Some(Related {
                pc,
                what: format!("R{} got its value here", r.index()),
            })
        });
        Refusal::Rejected(Box::new(Rejection {
            pc: Some(self.pc),
            operand: Some(operand),
            code,
            message: kernel_message.lines().last().unwrap_or("").to_string(),
            kernel_message,
            errno,
            related,
        }))
    }

    /// A slot the structural pass let through and the walk reached: the reserved fields
    /// the kernel refuses there ([`reserved`]); a conditional jump reads its `dst` first
    /// (from [`skctx::KernelProfile::cond_jmp_reads_dst_first`]). Anything else is
    /// unsupported.
    fn invalid_slot(&self, st: &State, e: &isa::DecodeError) -> Refusal {
        let raw = self.cfg.raw()[e.pc.0];
        let c = raw.code & class::MASK;
        let op = raw.code & isa::table::OP_MASK;
        let plain = [jmp_op::JA, jmp_op::CALL, jmp_op::EXIT, jmp_op::JCOND];
        if c == class::STX && raw.code & isa::table::mode::MASK == isa::table::mode::ATOMIC {
            return self.atomic_encoding(st, raw);
        }
        let cond_jmp = matches!(c, class::JMP | class::JMP32) && !plain.contains(&op);
        let name = if cond_jmp && !self.profile.cond_jmp_reads_dst_first() {
            reserved::cond_jmp(raw)
        } else if cond_jmp {
            match Reg::new(raw.dst).map(|r| self.read(st, r)) {
                Some(Err(refusal)) => return refusal,
                Some(Ok(_)) => reserved::cond_jmp(raw),
                None => None,
            }
        } else {
            reserved::reserved_fields(raw, self.profile.has_cpu_v4())
        };
        if let Some(name) = name {
            return self.reject(
                Code::ReservedFields,
                Operand::Insn,
                format!("{name} uses reserved fields"),
                EINVAL,
            );
        }
        if let isa::DecodeErrorKind::BadRegister { .. } = e.kind {
            if let Some(refusal) = self.bad_register(st, raw) {
                return refusal;
            }
        }
        let classes = ["LD", "LDX", "ST", "STX", "ALU", "JMP", "JMP32", "ALU64"];
        unsupported(&format!(
            "an instruction the decoder refuses ({:?}, class {})",
            e.kind,
            classes[usize::from(c)]
        ))
    }

    /// `check_atomic` on an atomic the decoder refuses: an operation (`imm`) it does not
    /// know, one of the read-modify-write operations at 8 or 16 bits (`check_atomic_rmw`
    /// checks the size before any register; the structural pass lets those sizes through
    /// from 6.15, for load-acquire and store-release), or a register field above R10, which
    /// `check_reg_arg` refuses in the operation's order of operands
    /// ([`reserved::register_operands`]; a load-acquire's source type is checked between
    /// its source and its destination).
    fn atomic_encoding(&self, st: &State, raw: isa::RawInsn) -> Refusal {
        let size = isa::table::SIZES
            .iter()
            .find(|r| r.code == raw.code & isa::table::SIZE_MASK)
            .map(|r| r.size);
        let row = isa::table::ATOMIC.iter().find(|r| {
            r.imm == raw.imm
                && (!matches!(
                    r.op,
                    isa::AtomicOp::LoadAcquire | isa::AtomicOp::StoreRelease
                ) || crate::cfg::Change::NarrowAtomics.in_profile(self.profile))
        });
        let Some(row) = row else {
            let message = format!(
                "BPF_ATOMIC uses invalid atomic opcode {:02x}",
                raw.imm as u32
            );
            return self.reject(Code::ReservedFields, Operand::Insn, message, EINVAL);
        };
        if !size.is_some_and(|s| row.sizes.contains(&s)) {
            let message = "invalid atomic operand size".to_string();
            return self.reject(Code::ReservedFields, Operand::Insn, message, EINVAL);
        }
        if row.op == isa::AtomicOp::LoadAcquire {
            if let Some(Value::Ptr(p)) = Reg::new(raw.src).map(|r| st.reg(r)) {
                let src = Reg::new(raw.src).expect("checked");
                if let Err(refusal) = self.atomic_load_type(src, p.kind, &Value::Ptr(*p)) {
                    return refusal;
                }
            }
        }
        self.bad_register(st, raw)
            .unwrap_or_else(|| unsupported("an atomic the decoder refuses"))
    }

    /// `check_reg_arg` on the registers of a slot with a register field above R10, in
    /// `do_check`'s order: `R<n> is invalid`, or an earlier operand's own refusal.
    fn bad_register(&self, st: &State, raw: isa::RawInsn) -> Option<Refusal> {
        let jmp_dst_first = self.profile.cond_jmp_reads_dst_first();
        for (n, read) in reserved::register_operands(raw, jmp_dst_first) {
            let Some(r) = Reg::new(n) else {
                let message = format!("R{n} is invalid");
                return Some(self.reject(Code::BadRegister, Operand::Insn, message, EINVAL));
            };
            let checked = if read {
                self.read(st, r).err()
            } else {
                self.writable(r).err()
            };
            if checked.is_some() {
                return checked;
            }
        }
        None
    }

    /// Other paths ended before this one and the kernel may have pruned this one at a
    /// checkpoint of theirs: a check whose answer depends on dead state cannot be decided.
    fn pruning_unmodelled(&self) -> bool {
        self.explored.is_none() && self.paths_ended > 0
    }

    /// Before [`KernelProfile::marks_r0_precise_at_exit`] a path that reaches a checkpoint
    /// of an earlier path is pruned whatever its R0 (pruning is not modelled).
    fn pruning_may_accept_r0(&self) -> bool {
        !self.profile.marks_r0_precise_at_exit() && self.pruning_unmodelled()
    }

    /// A reference leak at the current instruction, pointing at where the first leaked
    /// reference was acquired.
    fn leak(&self, st: &State, code: Code, last_line: Option<&str>) -> Refusal {
        if self.pruning_unmodelled() && !st.refs.is_empty() {
            // `env->id_gen` counts ids of every path walked before, and the kernel prunes
            // some of them (seen on 6.12.118 and 6.18.44: id=12 where the unpruned walk
            // counts 17).
            return unsupported("a reference id after other paths (pruning is not modelled)");
        }
        let mut lines: Vec<String> = st
            .refs
            .iter()
            .map(|r| format!("Unreleased reference id={} alloc_insn={}", r.id, r.insn.0))
            .collect();
        lines.extend(last_line.map(str::to_string));
        let mut refusal = self.reject(code, Operand::Insn, lines.join("\n"), EINVAL);
        if let (Refusal::Rejected(r), Some(first)) = (&mut refusal, st.refs.first()) {
            r.related = Some(Related {
                pc: first.insn,
                what: format!("reference id={} acquired here", first.id),
            });
        }
        refusal
    }

    /// `check_reg_arg(.., SRC_OP)`: `r` must be initialised.
    #[inline]
    fn read(&self, st: &State, r: Reg) -> Result<Value, Refusal> {
        match st.reg(r) {
            Value::Uninit => Err(self.uninit_read(r)),
            v => Ok(*v),
        }
    }

    #[cold]
    #[inline(never)]
    fn uninit_read(&self, r: Reg) -> Refusal {
        let message = format!("R{} !read_ok", r.index());
        self.reject_reg(Code::UninitRead, r, message, EACCES)
    }

    /// `check_reg_arg(.., DST_OP)`: R10 is read-only.
    #[inline]
    fn writable(&self, r: Reg) -> Result<(), Refusal> {
        if r == Reg::FP {
            return Err(self.frame_pointer_write(r));
        }
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn frame_pointer_write(&self, r: Reg) -> Refusal {
        let message = "frame pointer is read only".into();
        self.reject(Code::FramePointerWrite, self.operand_of(r), message, EACCES)
    }

    /// `reg_type_str`.
    fn type_name(&self, v: &Value) -> &'static str {
        match crate::state::type_name(v, self.maps, skctx::sockmap_lookup_type(self.profile)) {
            "ringbuf_mem" if !self.profile.ringbuf_record_is_alloc_mem() => "mem",
            "ringbuf_mem_or_null" if !self.profile.ringbuf_record_is_alloc_mem() => "mem_or_null",
            "ringbuf_mem" if !self.profile.ringbuf_record_says_ringbuf() => "alloc_mem",
            "ringbuf_mem_or_null" if !self.profile.ringbuf_record_says_ringbuf() => {
                "alloc_mem_or_null"
            }
            "scalar" => skctx::runtime::scalar_type_name(self.profile),
            name => name,
        }
    }

    /// `env->allow_uninit_stack`: stack bytes never written may be read (CAP_PERFMON, and
    /// only where [`skctx::KernelProfile::root_reads_uninit_stack`]; 5.15 refuses them to
    /// root too).
    fn allows_uninit_stack(&self) -> bool {
        self.privilege.has_perfmon() && self.profile.root_reads_uninit_stack()
    }

    /// `is_pointer_value`: a pointer when pointer leaks are not allowed.
    fn leaky(&self, v: &Value) -> bool {
        matches!(v, Value::Ptr(_)) && !self.privilege.allows_ptr_leaks()
    }

    /// What `mark_reg_invalid` leaves in a register whose reference was released.
    fn invalid(&self) -> Value {
        if self.privilege.allows_ptr_leaks() {
            Value::unknown()
        } else {
            Value::Uninit
        }
    }
}

/// The register of a source operand.
fn reg_of(src: isa::Operand) -> Option<Reg> {
    match src {
        isa::Operand::Reg(r) => Some(r),
        isa::Operand::Imm(_) => None,
    }
}

/// A `BPF_JMP`/`BPF_JMP32` class instruction (`jmps_processed` counts them).
fn is_jump_class(insn: &Insn) -> bool {
    matches!(
        insn,
        Insn::Ja { .. } | Insn::JmpIf { .. } | Insn::MayGoto { .. } | Insn::Call(_) | Insn::Exit
    )
}

/// A rejection the kernel makes after the walk, naming no instruction.
fn after_walk(code: Code, message: String, errno: i32) -> Refusal {
    Refusal::Rejected(Box::new(Rejection {
        pc: None,
        operand: None,
        code,
        kernel_message: message.clone(),
        message,
        errno,
        related: None,
    }))
}

pub(crate) fn unsupported(what: &str) -> Refusal {
    Refusal::Unsupported(what.to_string())
}

/// `tnum_strn`.
pub(crate) fn tnum_text(t: crate::Tnum) -> String {
    format!("({:#x}; {:#x})", t.value, t.mask)
}

/// `round_up_stack_depth` of a subprogram's deepest stack access: to 16 bytes on the
/// releases that round a JITed program's frames so
/// ([`skctx::KernelProfile::rounds_jited_stack_to_16`]), else to 32.
fn frame_size(depth: usize, round16: bool) -> usize {
    if round16 {
        depth.div_ceil(16) * 16
    } else {
        depth.max(1).div_ceil(32) * 32
    }
}
