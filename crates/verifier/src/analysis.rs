//! [`analyze`]: the verdict together with the path the kernel's log would show for it, for
//! tools that explain a rejection (`skasm lint --explain`).
//!
//! At log level 1 the kernel prints every instruction it walks and rewinds the log when it
//! pops a pending branch (`pop_stack` resets it to where `push_stack` was), so the log of a
//! rejected program is exactly the failing path: from the entry, through each branch the path
//! took (`from X to Y:`), to the rejected instruction. [`Analysis::path`] is that path, with
//! the abstract state before each instruction printed as the level-2 log prints a state
//! (`print_verifier_state` in kernel/bpf/log.c: registers, stack slots, references). The walk
//! records it only when asked, so [`crate::verify`] pays nothing for it: a first walk records
//! which steps make up the path (a step is the walk's instruction count, as the walk is
//! deterministic), a second one keeps the states of those steps, so a long walk never copies
//! a state per instruction.
//!
//! With global subprograms the kernel walks the entry point and each global subprogram on
//! its own, and resets the log after each walk that passes; what stays of a passed global
//! subprogram's walk is one line. [`Analysis::units`] says whose walk the path is and which
//! walks passed before it.

use std::fmt::Write as _;

/// The oldest release whose logs [`Analysis`] reproduces: the level-1 path and the level-2
/// state lines are checked against 6.18.44's logs (`walk_random`, `analyze_kernel`). Older
/// logs differ and are not modelled yet: inside Debian's 6.12.118 the paths agree but some
/// branch states print differently; inside 6.1.192 a level-1 log keeps lines a 6.18 log
/// drops. The verdict ([`Analysis::result`]) holds for every modelled release.
pub const LOG_MODELLED_FROM: skctx::KernelVersion = skctx::KernelVersion::new(6, 18);

/// Whether [`Analysis::path`] is the log of `profile`'s kernel ([`LOG_MODELLED_FROM`]).
pub fn log_modelled(profile: skctx::KernelProfile) -> bool {
    profile.version() >= LOG_MODELLED_FROM
}

use isa::Pc;

use crate::error::{Refusal, Verified};
use crate::state::{Byte, Ptr, PtrKind, State, Value};
use crate::tnum::{fmt_snum, fmt_unum};
use crate::MapInfo;

/// The verdict and the path behind it.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// What [`crate::verify`] returns for the same input.
    pub result: Result<Verified, Refusal>,
    /// The instructions of the last path walked (for a rejection, the failing path), in
    /// order; empty when the structural pass refused the program.
    pub path: Vec<Step>,
    /// Whose walk (`do_check_common`) the path belongs to, and the walks that passed before
    /// it.
    pub units: Units,
}

/// The walks of a program loaded with global subprograms: the kernel verifies the entry
/// point and each global subprogram on its own, and its log keeps only the failing walk's
/// path, after a line per global subprogram whose walk passed before it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Units {
    /// The subprogram whose walk the path is: 0 for the entry point, else a global
    /// subprogram (its index in `func_info`, the log's `func#N`).
    pub subprog: usize,
    /// The global subprograms whose walks passed before it, in order.
    pub passed: Vec<usize>,
}

/// One instruction of the path.
#[derive(Debug, Clone)]
pub struct Step {
    pub pc: Pc,
    /// Set on the first instruction of a popped branch: the branching instruction (the
    /// log's `from X to Y:`).
    pub from: Option<Pc>,
    /// The state before the instruction.
    pub state: State,
    /// `state` as the level-2 log prints it (`R1=ctx() R10=fp0 fp-8=mmmmmmmm refs=2`).
    pub printed: String,
}

/// The kernel's verdict on `insns` (as [`crate::verify`]) and the path its log shows.
pub fn analyze(
    insns: &[isa::RawInsn],
    maps: &[MapInfo],
    profile: skctx::KernelProfile,
    privilege: skctx::Privilege,
    gpl: bool,
) -> Analysis {
    analyze_loaded(insns, maps, profile, (privilege, gpl), None)
}

/// [`analyze`] of a program loaded with BTF `func_info` (as [`crate::verify_with_btf`]).
pub fn analyze_with_btf(
    insns: &[isa::RawInsn],
    maps: &[MapInfo],
    profile: skctx::KernelProfile,
    privilege: skctx::Privilege,
    gpl: bool,
    funcs: &[crate::FuncInfo],
) -> Analysis {
    analyze_loaded(insns, maps, profile, (privilege, gpl), Some(funcs))
}

fn analyze_loaded(
    insns: &[isa::RawInsn],
    maps: &[MapInfo],
    profile: skctx::KernelProfile,
    (privilege, gpl): (skctx::Privilege, bool),
    funcs: Option<&[crate::FuncInfo]>,
) -> Analysis {
    let refused = |e: Refusal| Analysis {
        result: Err(e),
        path: Vec::new(),
        units: Units::default(),
    };
    let domain = match crate::Domain::for_profile(profile) {
        Ok(d) => d,
        Err(e) => return refused(Refusal::Unsupported(e.to_string())),
    };
    let cfg = match crate::cfg::check_loaded(insns, maps, profile, gpl) {
        Ok(c) => c,
        Err(e) if funcs.is_some() => return refused(crate::btf::unmodelled(e.into())),
        Err(e) => return refused(e.into()),
    };
    let globals = match funcs {
        Some(f) if crate::walk::models_callbacks(profile) => {
            match crate::btf::check_func_info(&cfg, f, profile) {
                Ok(g) => Some(g),
                Err(e) => return refused(e),
            }
        }
        _ => None,
    };
    let (mut result, trace, units) = crate::walk::run_traced(
        &cfg,
        maps,
        profile,
        (privilege, gpl),
        domain,
        globals.as_ref(),
    );
    if funcs.is_some() && globals.is_none() {
        result = result.map_err(crate::btf::unmodelled);
    }
    let path = trace
        .into_iter()
        .map(|(pc, from, state)| Step {
            pc,
            from,
            printed: print_state(&state, maps, profile),
            state,
        })
        .collect();
    Analysis {
        result,
        path,
        units,
    }
}

/// What the walk records: per step the instruction, the branch it continues, the state.
pub(crate) type Recorded = Vec<(Pc, Option<Pc>, State)>;

/// The path so far (per step: the walk's instruction count, the instruction, the branch it
/// continues) and, per pending branch, where to rewind to when it is popped; on the second
/// walk, the counts whose states to keep and the states kept.
#[derive(Default)]
pub(crate) struct Trace {
    steps: Vec<(u64, Pc, Option<Pc>)>,
    /// Per pending branch (in push order): the path's length and the branching instruction.
    marks: Vec<(usize, Pc)>,
    /// The branch the next recorded step continues.
    from: Option<Pc>,
    capture: Option<(Vec<u64>, Vec<State>)>,
    units: Units,
}

impl Trace {
    /// The second walk's trace: it keeps the states of the steps `first` recorded.
    pub(crate) fn capturing(first: &Trace) -> Trace {
        let wanted = first.steps.iter().map(|s| s.0).collect();
        Trace {
            capture: Some((wanted, Vec::new())),
            ..Trace::default()
        }
    }

    /// The walk is about to check the instruction at `st.pc`, its `processed`-th.
    pub(crate) fn step(&mut self, processed: u64, st: &State) {
        match &mut self.capture {
            Some((wanted, states)) => {
                if wanted.get(states.len()) == Some(&processed) {
                    states.push(st.clone());
                }
            }
            None => self.steps.push((processed, st.pc, self.from.take())),
        }
    }

    /// The walk of subprogram `subprog` (0: the entry point) starts: the log of the walks
    /// before it, which passed, is reset (`bpf_vlog_reset`).
    pub(crate) fn unit_started(&mut self, subprog: usize) {
        if self.capture.is_none() {
            self.steps.clear();
            self.marks.clear();
            self.from = None;
            self.units.subprog = subprog;
        }
    }

    /// The walk of global subprogram `subprog` passed (the log's `Func#N ... is safe for
    /// any args that match its prototype`).
    pub(crate) fn unit_passed(&mut self, subprog: usize) {
        if self.capture.is_none() {
            self.units.passed.push(subprog);
        }
    }

    /// The walks so far: the current one and those that passed.
    pub(crate) fn units(&self) -> Units {
        self.units.clone()
    }

    /// The instruction being checked pushed a pending branch.
    pub(crate) fn pushed(&mut self, at: Pc) {
        self.marks.push((self.steps.len(), at));
    }

    /// The last pending branch was popped: the path is the one that pushed it.
    pub(crate) fn popped(&mut self) {
        if let Some((len, at)) = self.marks.pop() {
            self.steps.truncate(len);
            self.from = Some(at);
        }
    }

    /// The path of the first walk with the states the second kept.
    pub(crate) fn path(first: Trace, second: Trace) -> Recorded {
        let states = second.capture.map(|c| c.1).unwrap_or_default();
        first
            .steps
            .into_iter()
            .zip(states)
            .map(|((_, pc, from), st)| (pc, from, st))
            .collect()
    }
}

/// `print_verifier_state` for the current frame: the initialised registers, the stack slots
/// ever written (`m` data, `0` zero, `?` never written, a spilled register by its value) and
/// the references held, as `profile`'s kernel prints them.
pub fn print_state(st: &State, maps: &[MapInfo], profile: skctx::KernelProfile) -> String {
    let print = Print {
        maps,
        sockmap_lookup: skctx::sockmap_lookup_type(profile),
        folds_ptr_off: profile.folds_ptr_off_into_var_off(),
    };
    let frame = st.cur();
    let mut out = String::new();
    if st.frames.len() > 1 {
        let _ = write!(out, "frame{}: ", st.frames.len() - 1);
    }
    let mut parts = Vec::new();
    for (n, v) in frame.regs.iter().enumerate() {
        if !matches!(v, Value::Uninit) {
            parts.push(format!("R{n}={}", value_text(v, &print)));
        }
    }
    for (i, slot) in frame.stack.iter().enumerate() {
        if slot.bytes.iter().all(|b| *b == Byte::Invalid) {
            continue;
        }
        // A spill (it starts at byte 7) prints the other bytes' kinds, then the register.
        let text = if let (Byte::Iter, Value::Ptr(p)) = (slot.bytes[0], &slot.spilled) {
            let PtrKind::Iter { drained, depth } = p.kind else {
                continue;
            };
            let state = if drained { "drained" } else { "active" };
            format!("iter_num(ref_id={},state={state},depth={depth})", p.ref_id)
        } else if slot.bytes[0] == Byte::Iter {
            continue;
        } else if let (Byte::Dynptr, Value::Ptr(p)) = (slot.bytes[0], &slot.spilled) {
            // `print_verifier_state` prints a dynptr once, at its first (lower) slot.
            if !matches!(p.kind, PtrKind::Dynptr { first: true, .. }) {
                continue;
            }
            format!("dynptr_local(id={})", p.id)
        } else if slot.bytes[7] == Byte::Spill {
            let rest: String = slot
                .bytes
                .iter()
                .filter(|b| **b != Byte::Spill)
                .map(|b| byte_char(*b))
                .collect();
            rest + &value_text(&slot.spilled, &print)
        } else {
            slot.bytes.iter().map(|b| byte_char(*b)).collect()
        };
        parts.push(format!("fp-{}={text}", 8 * (i + 1)));
    }
    // Nothing is acquired while the lock is held, so a lock among the references is last.
    let lock = st.lock.filter(|l| l.in_refs).map(|l| l.id);
    if !st.refs.is_empty() || lock.is_some() {
        let ids: Vec<String> = (st.refs.iter().map(|r| r.id))
            .chain(lock)
            .map(|id| id.to_string())
            .collect();
        parts.push(format!("refs={}", ids.join(",")));
    }
    out.push_str(&parts.join(" "));
    out
}

/// `slot_type_char`.
fn byte_char(b: Byte) -> char {
    match b {
        Byte::Invalid => '?',
        Byte::Misc => 'm',
        Byte::Zero => '0',
        Byte::Spill => 'r',
        Byte::Iter => 'i',
        Byte::Dynptr => 'd',
    }
}

/// What printing a value asks of the program and the kernel.
struct Print<'a> {
    maps: &'a [MapInfo],
    sockmap_lookup: &'static str,
    /// A pointer's offset prints as part of its `var_off` (7.1).
    folds_ptr_off: bool,
}

/// A register as `print_reg_state` prints it (without liveness and precision marks; maps
/// by their sizes, as the walk does not know their names).
fn value_text(v: &Value, print: &Print) -> String {
    match v {
        Value::Uninit => "?".into(),
        Value::Scalar(s, id) if id.is_linked() && !s.is_const() => {
            let text = s.to_string();
            match text.strip_prefix("scalar(") {
                Some(")") => format!("scalar(id={id})"),
                Some(rest) => format!("scalar(id={id},{rest}"),
                None => text,
            }
        }
        Value::Scalar(s, _) => s.to_string(),
        Value::Ptr(p) if matches!(p.kind, PtrKind::Stack(_)) && p.fixed() => {
            format!("fp{}", p.off)
        }
        Value::Ptr(p) if print.folds_ptr_off => pointer_text(v, &p.folded(), print),
        Value::Ptr(p) => pointer_text(v, p, print),
    }
}

fn pointer_text(v: &Value, p: &Ptr, print: &Print) -> String {
    let (maps, sockmap_lookup) = (print.maps, print.sockmap_lookup);
    let mut fields = Vec::new();
    if p.id != 0 {
        fields.push(format!("id={}", p.id));
    }
    if p.ref_id != 0 {
        fields.push(format!("ref_obj_id={}", p.ref_id));
    }
    let map = match p.kind {
        PtrKind::Map(m)
        | PtrKind::MapValue(m)
        | PtrKind::MapKey(m)
        | PtrKind::MapValueOrNull(m) => maps.get(m),
        _ => None,
    };
    let name = crate::state::type_name(v, maps, sockmap_lookup);
    if let Some(m) = map.filter(|_| name.starts_with("map_")) {
        fields.push(format!("ks={},vs={}", m.key_size, m.value_size));
    }
    if p.off != 0 {
        fields.push(format!("off={}", fmt_snum(p.off as i64)));
    }
    if let PtrKind::Mem(size) | PtrKind::MemOrNull(size) | PtrKind::RdonlyMem(size) = p.kind {
        fields.push(format!("sz={}", fmt_unum(size as u64)));
    }
    fields.extend(variable_part(&p.var));
    format!("{name}({})", fields.join(","))
}

/// A pointer's variable offset as `print_reg_state` prints it: nothing when it is 0,
/// `imm=` another constant, else the scalar's ranges and `var_off` inline.
fn variable_part(var: &crate::bounds::Scalar) -> Option<String> {
    if var.var_off.is_const() {
        return (var.var_off.value != 0)
            .then(|| format!("imm={}", fmt_snum(var.var_off.value as i64)));
    }
    let text = var.to_string();
    let inner = text.strip_prefix("scalar(")?.strip_suffix(')')?;
    (!inner.is_empty()).then(|| inner.to_string())
}
