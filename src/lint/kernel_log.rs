//! `skasm lint --format kernel`: each rejected program's failing path as the kernel's
//! level-1 verifier log, the way `bpftool prog load` prints it (between libbpf's `-- BEGIN
//! PROG LOAD LOG --` and `-- END PROG LOAD LOG --`), derived from `verifier::analyze`'s path
//! ([`super::explain::Trace`]): the first rejecting kernel's, after the per-kernel verdict
//! lines of a run on several kernels.
//!
//! The shape is 6.18's (`kernel/bpf/verifier.c`, `disasm.c`, `log.c`): the entry state
//! (`0: R1=ctx() R10=fp0`); per instruction `N: (OP) TEXT` in the kernel's disassembly;
//! after it, aligned at `;`, the registers and stack slots the instruction touched in the
//! state that follows; a branch the walk took after a rewind continues the branching line
//! with ` TARGET: FULL STATE`; then the kernel's message. For a clang object with line info,
//! the C line comes before its first instruction (`; TEXT @ FILE:LINE`). With global
//! functions the log is the failing walk's: a line per global function whose walk passed
//! before it, `Validating NAME() func#N...` when the failing walk is a global function's,
//! and after a call to one the kernel's line that skips it and the registers the call
//! scratched (`Func#N ('NAME') is global and assumed valid.`; before 6.8, which verifies
//! every global function first, `Func#N is global and valid. Skipping.`). The live-kernel test
//! compares the instruction lines and the message with the kernel's own log; the state
//! annotations are this module's reading of which registers an instruction scratches (the
//! kernel also marks registers a helper reads); a map's `ld_imm64` prints `0x0` (the kernel
//! prints the address to a loader that may see pointers), map pointers print without
//! `map=NAME` (the verifier crate knows sizes, not names), and the closing `processed N insns`
//! line is not printed (the walk's count is not the kernel's once it prunes).

use std::fmt::Write as _;

use isa::{CallKind, Insn, LdImmKind, Operand, RawInsn};

use super::explain::{entries, GlobalFunc, PathStep, Trace};
use super::{Run, Verdict};
use crate::cli::safe;

pub(super) fn render(run: &Run) -> String {
    let mut out = String::new();
    for l in &run.linted {
        for p in &l.programs {
            let who = format!("`{}` (section `{}`)", safe(&p.name), safe(&p.section));
            super::render::render_profiles(&mut out, &l.path, &who, p);
            match (&p.trace, p.verdict) {
                (Some(t), _) => {
                    let _ = writeln!(out, "{}: {who}: rejected", l.path);
                    let _ = writeln!(
                        out,
                        "libbpf: prog '{}': -- BEGIN PROG LOAD LOG --",
                        safe(&p.name)
                    );
                    out.push_str(&log(t));
                    out.push_str("-- END PROG LOAD LOG --\n");
                    if let Some(c) = &t.caveat {
                        let _ = writeln!(out, "note: {c}");
                    }
                }
                (None, Verdict::Accepted) => {
                    let _ = writeln!(out, "{}: {who}: accepted", l.path);
                }
                (None, v) => {
                    let mut shown = p.findings.iter().filter(|f| !f.allowed);
                    let why = shown.next().map_or("", |f| f.message.as_str());
                    let _ = writeln!(
                        out,
                        "{}: {who}: {} (no verifier log): {why}",
                        l.path,
                        v.as_str()
                    );
                }
            }
        }
    }
    for (path, _) in &run.broken {
        let _ = writeln!(out, "{path}: not linted (its diagnostics are on stderr)");
    }
    for s in &run.skipped {
        let _ = writeln!(out, "{}: skipped: {}", s.path, s.why);
    }
    out.push_str(&super::render::summary_line(run));
    out.push('\n');
    out
}

/// The log `--format kernel` prints (the lines between libbpf's `BEGIN` and `END` lines) of
/// a program loaded as `insns` (map references marked `BPF_PSEUDO_MAP_FD`) with `maps` and
/// `funcs`, when `profile`'s verifier rejects it; without source lines. For tests that
/// compare it with a kernel's log of programs lint takes no file of (a spec case's
/// `# func:` functions).
pub fn program_log(
    insns: &[RawInsn],
    maps: &[verifier::MapInfo],
    funcs: Option<&[verifier::FuncInfo]>,
    profile: skctx::KernelProfile,
    (privilege, gpl): (skctx::Privilege, bool),
) -> Option<String> {
    let a = super::explain::analyze(insns, maps, funcs, profile, (privilege, gpl));
    let verifier::Refusal::Rejected(r) = a.result.as_ref().err()? else {
        return None;
    };
    let program = super::explain::Program {
        insns,
        maps,
        funcs,
        lines: &|_| (None, None),
    };
    Some(log(&super::explain::trace(&program, &a, r, profile)))
}

/// The log of one failing path.
pub(super) fn log(t: &Trace) -> String {
    let mut out = String::new();
    for g in &t.passed {
        let _ = writeln!(
            out,
            "{}",
            global_line(
                t,
                g,
                "is safe for any args that match its prototype",
                "is safe for any args that match its prototype"
            )
        );
    }
    if let Some(g) = &t.walk {
        let _ = writeln!(out, "Validating {}() func#{}...", g.name, g.func);
    }
    if let Some(first) = t.steps.first() {
        let _ = writeln!(out, "{}: {}", first.insn, first.state);
    }
    let mut last_line = None;
    for (k, s) in t.steps.iter().enumerate() {
        if let (Some(c), Some(line)) = (&s.c_line, s.line) {
            if last_line != Some((c.file.as_str(), line)) {
                let file = c.file.rsplit('/').next().unwrap_or(&c.file);
                let _ = writeln!(out, "; {} @ {}:{line}", c.text.trim(), safe(file));
            }
            last_line = Some((c.file.as_str(), line));
        }
        let text = insn_line(&t.insns, s.insn);
        out.push_str(&after(t, s, t.steps.get(k + 1), text));
    }
    for line in t.kernel_message.lines() {
        let _ = writeln!(out, "{line}");
    }
    out
}

/// Instruction line `text` of step `s` and what the kernel prints after it before step `next`:
/// the branch taken after a rewind, a call's or a return's frames, or the state it touched.
fn after(t: &Trace, s: &PathStep, next: Option<&PathStep>, text: String) -> String {
    let Some(n) = next else {
        return text + "\n";
    };
    if n.from == Some(s.insn) {
        return format!("{text} {}: {}\n", n.insn, n.state);
    }
    let insn = isa::decode_one(&t.insns, isa::Pc(s.insn)).ok();
    let depth = |st: &PathStep| st.caller.is_some() as usize + frame_of(&st.state);
    if let Some(lines) = global_call(t, insn.as_ref(), s, n) {
        return format!("{text}\n{lines}");
    }
    match insn {
        Some(Insn::Call(CallKind::Local(_))) if depth(n) > depth(s) => format!(
            "{text}\ncaller:\n {}\ncallee:\n {}\n{}: {}\n",
            n.caller.as_deref().unwrap_or(""),
            n.state,
            n.insn,
            n.state
        ),
        Some(Insn::Exit) => format!(
            "{text}\nreturning from callee:\n {}\nto caller at {}:\n {}\n",
            s.state, n.insn, n.state
        ),
        _ => {
            let touched = touched(&t.insns, s, n);
            if touched.is_empty() {
                return text + "\n";
            }
            let pad = alignment(text.len());
            let frame = frame_prefix(&n.state);
            format!("{text}{:pad$}; {frame}{touched}\n", "")
        }
    }
}

/// After a call to a global function (`insn` at step `s`, the path going on at `n`): the
/// kernel's line that it skips the callee, then, as after any instruction that printed a
/// line of its own (`print_insn_state`), the next instruction's index and the registers the
/// call scratched.
fn global_call(t: &Trace, insn: Option<&Insn>, s: &PathStep, n: &PathStep) -> Option<String> {
    let Some(Insn::Call(CallKind::Local(imm))) = insn else {
        return None;
    };
    let to = s.insn as i64 + 1 + i64::from(*imm);
    let g = t.globals.iter().find(|g| g.start as i64 == to)?;
    let skipped = global_line(
        t,
        g,
        "is global and assumed valid.",
        "is global and valid. Skipping.",
    );
    let frame = frame_prefix(&n.state);
    // The stack bytes a memory argument covers change without being scratched: the
    // kernel prints them when an instruction next touches them.
    let touched = touched(&t.insns, s, n);
    let touched: Vec<&str> = touched
        .split(' ')
        .filter(|e| !e.starts_with("fp"))
        .collect();
    let touched = touched.join(" ");
    Some(format!("{skipped}\n{}: {frame}{touched}\n", n.insn))
}

/// `frameN: ` when a printed state is a called function's, else nothing.
fn frame_prefix(state: &str) -> String {
    match state.split_once(": ") {
        Some((f, _)) if f.starts_with("frame") => format!("{f}: "),
        _ => String::new(),
    }
}

/// `Func#N ('NAME') WHAT`, or before the release that names global functions in its log
/// (the lazy verification series, `verifies_global_subprogs_lazily`) `Func#N WHAT_BEFORE`.
fn global_line(t: &Trace, g: &GlobalFunc, what: &str, what_before: &str) -> String {
    if t.profile.verifies_global_subprogs_lazily() {
        format!("Func#{} ('{}') {what}", g.func, g.name)
    } else {
        format!("Func#{} {what_before}", g.func)
    }
}

/// The frame number a printed state names (`frame2: ...`), 0 for the main program's.
fn frame_of(state: &str) -> usize {
    state
        .strip_prefix("frame")
        .and_then(|r| r.split(':').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// The spaces before `;` after an instruction printed in `len` bytes (`vlog_alignment`:
/// the column rounded up from at least 40, in steps of 8).
fn alignment(len: usize) -> usize {
    let pos = len + 1;
    (pos + 4).max(40).div_ceil(8) * 8 - pos - 1
}

/// `N: (OP) TEXT` for slot `k`, as `print_bpf_insn` prints it.
pub(super) fn insn_line(insns: &[RawInsn], k: usize) -> String {
    let op = insns.get(k).map_or(0, |i| i.code);
    match isa::decode_one(insns, isa::Pc(k)) {
        Ok(insn) => format!("{k}: ({op:02x}) {}", kernel_text(&insn)),
        Err(_) => format!("{k}: ({op:02x}) (not an instruction)"),
    }
}

/// `w3` or `r3`.
fn wreg(r: isa::Reg, width: isa::Width) -> String {
    format!("{}{}", width.reg_prefix(), r.index())
}

/// `(r1 +36)`, `(r10 -8)`.
fn addr(base: isa::Reg, off: i16) -> String {
    format!("({base} {off:+})")
}

/// An instruction in the kernel's disassembly (`kernel/bpf/disasm.c`).
fn kernel_text(insn: &Insn) -> String {
    match *insn {
        Insn::Load {
            size,
            sign_extend,
            dst,
            src,
            off,
        } => {
            let row = isa::table::size_row(size);
            let ty = if sign_extend {
                row.signed
            } else {
                row.unsigned
            };
            format!("{dst} = *({ty} *){}", addr(src, off))
        }
        Insn::Store {
            size,
            dst,
            off,
            src,
        } => {
            let ty = isa::table::size_row(size).unsigned;
            let value = match src {
                Operand::Reg(r) => r.to_string(),
                Operand::Imm(i) => i.to_string(),
            };
            format!("*({ty} *){} = {value}", addr(dst, off))
        }
        Insn::JmpIf {
            cond,
            width,
            dst,
            src,
            off,
        } => {
            let s = match src {
                Operand::Reg(r) => wreg(r, width),
                Operand::Imm(i) => format!("{:#x}", i as u32),
            };
            let tok = isa::table::jmp_row(cond).token;
            format!("if {} {tok} {s} goto pc{off:+}", wreg(dst, width))
        }
        Insn::Call(CallKind::Helper(id)) => match skctx::helper_by_id(id) {
            Some(h) => format!("call {}#{id}", h.kernel_name()),
            None => format!("call unknown#{id}"),
        },
        Insn::LdImm64 {
            dst,
            kind,
            imm,
            imm_hi,
        } => {
            // A map's address is printed only to a loader allowed to see pointers; the
            // object's immediate (0) stands for it.
            let value = match kind {
                LdImmKind::MapFd | LdImmKind::MapValue => 0,
                _ => Insn::imm64(imm, imm_hi),
            };
            format!("{dst} = {value:#x}")
        }
        _ => insn.to_text_with(&|off| format!("pc{off:+}")),
    }
}

/// The registers an instruction names (the ones `check_reg_arg` scratches), R0 for a call.
fn named_registers(insn: &Insn) -> Vec<u8> {
    let reg = |o: Operand| match o {
        Operand::Reg(r) => Some(r.index()),
        Operand::Imm(_) => None,
    };
    let regs: Vec<Option<u8>> = match *insn {
        Insn::Alu { dst, src, .. } => vec![Some(dst.index()), reg(src)],
        Insn::Endian { dst, .. } | Insn::LdImm64 { dst, .. } => vec![Some(dst.index())],
        Insn::Load { dst, src, .. } | Insn::Atomic { dst, src, .. } => {
            vec![Some(dst.index()), Some(src.index())]
        }
        Insn::Store { dst, src, .. } => vec![Some(dst.index()), reg(src)],
        Insn::JmpIf { dst, src, .. } => vec![Some(dst.index()), reg(src)],
        Insn::Call(_) => vec![Some(0)],
        _ => Vec::new(),
    };
    let mut out: Vec<u8> = regs.into_iter().flatten().collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// What follows `;` after step `s`: the registers it names, the stack slots that changed and
/// the references held, in the state of the step after it.
fn touched(insns: &[RawInsn], s: &PathStep, next: &PathStep) -> String {
    let Ok(insn) = isa::decode_one(insns, isa::Pc(s.insn)) else {
        return String::new();
    };
    let regs = named_registers(&insn);
    let before = entries(&s.state);
    let accessed = stack_slots_accessed(&insn, &before);
    entries(&next.state)
        .into_iter()
        .filter(|e| {
            let key = e.split('=').next().unwrap_or("");
            match key.strip_prefix('R').and_then(|n| n.parse::<u8>().ok()) {
                Some(n) => regs.contains(&n),
                None if key == "refs" => true,
                None => {
                    key.starts_with("fp")
                        && (!before.contains(e) || accessed.iter().any(|a| a == key))
                }
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The stack slots (`fp-8`, `fp-16`, ...) a load or store at a fixed stack address reads or
/// writes, by its base register's state before it (`R10=fp0`, `R2=fp-8`): the kernel marks
/// them scratched whether or not their contents change (`mark_stack_slot_scratched`).
fn stack_slots_accessed(insn: &Insn, before: &[&str]) -> Vec<String> {
    let (base, off, size) = match *insn {
        Insn::Load { src, off, size, .. } => (src, off, size),
        Insn::Store { dst, off, size, .. } => (dst, off, size),
        _ => return Vec::new(),
    };
    let key = format!("R{}=fp", base.index());
    let Some(frame_off) = before
        .iter()
        .find_map(|e| e.strip_prefix(key.as_str())?.parse::<i64>().ok())
    else {
        return Vec::new();
    };
    let start = frame_off + i64::from(off);
    let mut slots: Vec<String> = (start..start + i64::from(size.bytes()))
        .filter(|&b| b < 0)
        .map(|b| format!("fp{}", -8 * ((-b - 1) / 8 + 1)))
        .collect();
    slots.dedup();
    slots
}
