//! `skasm lint --explain`: for a rejected program, the failing path (the instructions the
//! kernel's level-1 log shows, from `verifier::analyze`) with the abstract state before each,
//! and the history of the register the error is about: its value at entry or where it got
//! it, and each instruction on the path that changed it. In a program with global functions
//! the path is one walk's, the program's or a global function's (the kernel verifies each
//! on its own), and the explanation names the function. `--format kernel`
//! ([`super::kernel_log`]) prints the same path as the kernel's log.

use std::fmt::Write as _;

use verifier::analysis::Step;

use super::CLine;
use crate::cli::safe;

/// One instruction of the failing path.
#[derive(Debug, Clone)]
pub(super) struct PathStep {
    /// Slot in the linked program.
    pub insn: usize,
    /// For the first instruction of a branch taken after a rewind: the branching instruction.
    pub from: Option<usize>,
    /// The state before the instruction, as the kernel's log prints one.
    pub state: String,
    pub line: Option<u32>,
    pub c_line: Option<CLine>,
    /// Inside a called function: the caller's frame, printed as the state is.
    pub caller: Option<String>,
}

/// A global subprogram as the kernel's log names it: `func#N` and its BTF name.
#[derive(Debug, Clone)]
pub(super) struct GlobalFunc {
    pub func: usize,
    pub name: String,
    /// Its first instruction (where a call to it lands).
    pub start: usize,
}

/// A rejected program's failing path and the register at fault.
#[derive(Debug, Clone)]
pub(super) struct Trace {
    pub steps: Vec<PathStep>,
    /// The register the error is about (`None`: the error names none).
    pub register: Option<u8>,
    /// The kernel's message (each line escaped), last in its log.
    pub kernel_message: String,
    /// The linked program (for disassembly).
    pub insns: Vec<isa::RawInsn>,
    /// Set when the profile's kernel prints logs `analyze` does not model.
    pub caveat: Option<String>,
    /// The global subprogram whose own walk the path is (`None`: the entry point's).
    pub walk: Option<GlobalFunc>,
    /// The global subprograms whose walks passed before it, in order.
    pub passed: Vec<GlobalFunc>,
    /// Every global subprogram (the log names a call to one).
    pub globals: Vec<GlobalFunc>,
    /// The kernel whose log this is.
    pub profile: skctx::KernelProfile,
}

/// What [`trace`] needs of the program beside the analysis: the linked instructions, its
/// maps, the `func_info` it is loaded with, and each slot's source line.
pub(super) struct Program<'a> {
    pub insns: &'a [isa::RawInsn],
    pub maps: &'a [verifier::MapInfo],
    pub funcs: Option<&'a [verifier::FuncInfo]>,
    pub lines: &'a dyn Fn(usize) -> (Option<u32>, Option<CLine>),
}

/// `verifier::analyze` of a program loaded with `funcs` (`analyze_with_btf`) or without.
pub(super) fn analyze(
    insns: &[isa::RawInsn],
    maps: &[verifier::MapInfo],
    funcs: Option<&[verifier::FuncInfo]>,
    profile: skctx::KernelProfile,
    (privilege, gpl): (skctx::Privilege, bool),
) -> verifier::Analysis {
    match funcs {
        Some(f) => verifier::analyze_with_btf(insns, maps, profile, privilege, gpl, f),
        None => verifier::analyze(insns, maps, profile, privilege, gpl),
    }
}

/// The trace of rejection `r`, the result of analysis `a` of `program` on `profile`.
pub(super) fn trace(
    program: &Program,
    a: &verifier::Analysis,
    r: &verifier::Rejection,
    profile: skctx::KernelProfile,
) -> Trace {
    let steps = a.path.iter().map(|s| step(program, s, profile)).collect();
    let caveat = (!verifier::analysis::log_modelled(profile)).then(|| {
        format!(
            "the path is modelled on the logs of Linux {} and later; Linux {}'s log may differ",
            verifier::analysis::LOG_MODELLED_FROM,
            profile.version()
        )
    });
    let globals = global_funcs(program.funcs);
    let find = |n: usize| globals.iter().find(|g| g.func == n).cloned();
    Trace {
        steps,
        register: register_of(r),
        kernel_message: r
            .kernel_message
            .lines()
            .map(safe)
            .collect::<Vec<_>>()
            .join("\n"),
        insns: program.insns.to_vec(),
        caveat,
        walk: find(a.units.subprog),
        passed: a.units.passed.iter().filter_map(|n| find(*n)).collect(),
        globals,
        profile,
    }
}

/// Step `s` of the path, with its source line and, inside a called function, the caller's
/// frame.
fn step(program: &Program, s: &Step, profile: skctx::KernelProfile) -> PathStep {
    let (line, c_line) = (program.lines)(s.pc.0);
    PathStep {
        insn: s.pc.0,
        from: s.from.map(|p| p.0),
        state: s.printed.clone(),
        line,
        c_line,
        caller: (s.state.frames.len() > 1).then(|| {
            let mut caller = s.state.clone();
            caller.frames.pop();
            verifier::analysis::print_state(&caller, program.maps, profile)
        }),
    }
}

/// The global subprograms of a program loaded with `funcs` (one record per subprogram, the
/// entry point's first), with the names the log prints (escaped).
fn global_funcs(funcs: Option<&[verifier::FuncInfo]>) -> Vec<GlobalFunc> {
    let funcs = funcs.unwrap_or_default();
    (funcs.iter().enumerate().skip(1))
        .filter(|(_, f)| f.linkage == verifier::Linkage::Global)
        .map(|(func, f)| GlobalFunc {
            func,
            name: safe(&f.name),
            start: f.insn_off as usize,
        })
        .collect()
}

/// The register a rejection is about: the one whose origin it relates, else the one its
/// message opens with (`R3 invalid mem access ...`), else R0 for the exit checks.
fn register_of(r: &verifier::Rejection) -> Option<u8> {
    let named = |text: &str| -> Option<u8> {
        let rest = text.strip_prefix('R')?;
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        digits.parse().ok().filter(|n| *n <= 10)
    };
    if let Some(n) = r.related.as_ref().and_then(|rel| named(&rel.what)) {
        return Some(n);
    }
    if let Some(n) = r.kernel_message.lines().last().and_then(named) {
        return Some(n);
    }
    let exit = matches!(
        r.code,
        skctx::Code::RetvalRange | skctx::Code::RetvalPointer
    );
    exit.then_some(0)
}

/// A printed state split into its entries (`R1=ctx()`, `fp-8=mmmmmmmm`, `refs=2`): spaces
/// inside parentheses (`var_off=(0x0; 0xff)`) do not split.
pub(super) fn entries(state: &str) -> Vec<&str> {
    let state = match state.split_once(": ") {
        Some((frame, rest)) if frame.starts_with("frame") => rest,
        _ => state,
    };
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (i, c) in state.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ' ' if depth == 0 => {
                if i > start {
                    out.push(&state[start..i]);
                }
                start = i + 1;
            }
            _ => {}
        }
    }
    if start < state.len() {
        out.push(&state[start..]);
    }
    out
}

/// Register `n`'s value in a printed state (`None`: not initialised).
pub(super) fn value_of(state: &str, n: u8) -> Option<&str> {
    let key = format!("R{n}=");
    entries(state)
        .into_iter()
        .find_map(|e| e.strip_prefix(key.as_str()))
}

/// One change of the register: the instruction that made it (`None`: the entry state), and
/// the value after it (`None`: no longer initialised).
struct Change<'a> {
    step: Option<&'a PathStep>,
    value: Option<&'a str>,
}

/// Each change of register `n` along the path: the entry value, then per instruction the
/// new value when the state after it (the next step's) differs.
fn history(t: &Trace, n: u8) -> Vec<Change<'_>> {
    let mut out = Vec::new();
    let Some(first) = t.steps.first() else {
        return out;
    };
    let mut value = value_of(&first.state, n);
    if value.is_some() {
        out.push(Change { step: None, value });
    }
    for pair in t.steps.windows(2) {
        let now = value_of(&pair[1].state, n);
        if now != value {
            // A branch's state comes from the branching instruction, not the one before.
            let by = match pair[1].from {
                Some(from) => t.steps.iter().rev().find(|s| s.insn == from),
                None => Some(&pair[0]),
            };
            out.push(Change {
                step: by.or(Some(&pair[0])),
                value: now,
            });
            value = now;
        }
    }
    out
}

/// "line N" or "C file:line", for a step.
fn place_of(path: &str, s: &PathStep) -> String {
    match (&s.c_line, s.line) {
        (Some(c), Some(line)) => format!("{}:{line}", safe(&c.file)),
        (None, Some(line)) => format!("{path}:{line}"),
        _ => String::new(),
    }
}

fn disasm(t: &Trace, insn: usize) -> String {
    super::render::disassembled(&t.insns, insn)
}

/// The human rendering: the path, then the register's history.
pub(super) fn human(path: &str, t: &Trace) -> String {
    let mut out = format!(
        "explain: the failing path{}, with the state before each instruction:\n",
        walk_of(t)
    );
    let width = t
        .steps
        .iter()
        .map(|s| disasm(t, s.insn).len())
        .max()
        .unwrap_or(0);
    for s in &t.steps {
        if let Some(from) = s.from {
            let _ = writeln!(out, "  from {from} to {}:", s.insn);
        }
        let place = place_of(path, s);
        let place = if place.is_empty() {
            place
        } else {
            format!("{place} | ")
        };
        let _ = writeln!(
            out,
            "  {:>4} | {:<width$} | {place}{}",
            s.insn,
            disasm(t, s.insn),
            s.state
        );
    }
    let _ = writeln!(
        out,
        "  the kernel says: {}",
        t.kernel_message.replace('\n', " / ")
    );
    if let Some(n) = t.register {
        let _ = writeln!(out, "explain: R{n} on this path:");
        for c in history(t, n) {
            let value = c
                .value
                .map_or("(not initialised)".into(), |v| format!("R{n}={v}"));
            match c.step {
                None => {
                    let _ = writeln!(out, "  at entry: {value}");
                }
                Some(s) => {
                    let place = place_of(path, s);
                    let place = if place.is_empty() {
                        place
                    } else {
                        format!(" ({place})")
                    };
                    let _ = writeln!(
                        out,
                        "  insn {} `{}`{place}: {value}",
                        s.insn,
                        disasm(t, s.insn)
                    );
                }
            }
        }
    }
    if let Some(c) = &t.caveat {
        let _ = writeln!(out, "  note: {c}");
    }
    out
}

/// Whose walk the path is, for the human rendering's first line: the kernel verifies a
/// global function on its own, so its failing path starts at the function's entry.
fn walk_of(t: &Trace) -> String {
    let Some(g) = &t.walk else {
        return String::new();
    };
    let before = match t.passed.as_slice() {
        [] => String::new(),
        passed => {
            let names: Vec<String> = passed.iter().map(|p| format!("`{}`", p.name)).collect();
            format!(", after {} passed", names.join(", "))
        }
    };
    format!(
        " (the kernel's own walk of global function `{}`, func#{}{before})",
        g.name, g.func
    )
}

/// The JSON rendering (`"explain"` of a program).
pub(super) fn json(path: &str, t: &Trace) -> serde_json::Value {
    let file = |s: &PathStep| {
        s.c_line
            .as_ref()
            .map_or(path.to_string(), |c| safe(&c.file))
    };
    let steps: Vec<serde_json::Value> = t
        .steps
        .iter()
        .map(|s| {
            serde_json::json!({
                "insn": s.insn,
                "from": s.from,
                "instruction": disasm(t, s.insn),
                "file": file(s),
                "line": s.line,
                "state": s.state,
            })
        })
        .collect();
    let history: Vec<serde_json::Value> = match t.register {
        Some(n) => history(t, n)
            .iter()
            .map(|c| {
                serde_json::json!({
                    "insn": c.step.map(|s| s.insn),
                    "instruction": c.step.map(|s| disasm(t, s.insn)),
                    "file": c.step.map(file),
                    "line": c.step.and_then(|s| s.line),
                    "value": c.value,
                })
            })
            .collect(),
        None => Vec::new(),
    };
    let global = |g: &GlobalFunc| serde_json::json!({"name": g.name, "func": g.func});
    serde_json::json!({
        "function": t.walk.as_ref().map(global),
        "passed": t.passed.iter().map(global).collect::<Vec<_>>(),
        "path": steps,
        "register": t.register.map(|n| format!("R{n}")),
        "history": history,
        "kernel_message": t.kernel_message,
        "caveat": t.caveat,
    })
}
