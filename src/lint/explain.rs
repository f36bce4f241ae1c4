//! `skasm lint --explain`: for a rejected program, the failing path (the instructions the
//! kernel's level-1 log shows, from `verifier::analyze`) with the abstract state before each,
//! and the history of the register the error is about: its value at entry or where it got
//! it, and each instruction on the path that changed it. `--format kernel`
//! ([`super::kernel_log`]) prints the same path as the kernel's log.

use std::fmt::Write as _;

use verifier::analysis::Step;

use super::{CLine, Finding, Place};
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
}

/// The trace of rejection `r` along `path`.
pub(super) fn trace(
    place: &Place,
    path: &[Step],
    r: &verifier::Rejection,
    maps: &[verifier::MapInfo],
    profile: skctx::KernelProfile,
) -> Trace {
    let sockmap = skctx::sockmap_lookup_type(profile);
    let code = super::FindingCode::Verifier(r.code);
    let steps = path
        .iter()
        .map(|s| {
            let at: Option<Finding> = place.at_slot(code, s.pc.0);
            PathStep {
                insn: s.pc.0,
                from: s.from.map(|p| p.0),
                state: s.printed.clone(),
                line: at.as_ref().and_then(|f| f.line),
                c_line: at.and_then(|f| f.c_line),
                caller: (s.state.frames.len() > 1).then(|| {
                    let mut caller = s.state.clone();
                    caller.frames.pop();
                    verifier::analysis::print_state(&caller, maps, sockmap)
                }),
            }
        })
        .collect();
    let caveat = (!verifier::analysis::log_modelled(profile)).then(|| {
        format!(
            "the path is modelled on the logs of Linux {} and later; Linux {}'s log may differ",
            verifier::analysis::LOG_MODELLED_FROM,
            profile.version()
        )
    });
    Trace {
        steps,
        register: register_of(r),
        kernel_message: r
            .kernel_message
            .lines()
            .map(safe)
            .collect::<Vec<_>>()
            .join("\n"),
        insns: place.linked.insns.clone(),
        caveat,
    }
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
    let mut out =
        String::from("explain: the failing path, with the state before each instruction:\n");
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
    serde_json::json!({
        "path": steps,
        "register": t.register.map(|n| format!("R{n}")),
        "history": history,
        "kernel_message": t.kernel_message,
        "caveat": t.caveat,
    })
}
