//! `skasm lint`'s output: rustc-style text through `asm::diag`'s renderer, the one every
//! diagnostic of the tools goes through (at the source line for `.s` inputs, at the C line
//! for clang objects with line info, else at the instruction with the linked program's
//! disassembly around it), or one JSON object whose fields stay stable (fields are added,
//! never renamed); the summary line every format ends with or carries.

use std::fmt::Write as _;
use std::ops::Range;

use asm::diag::Report;
use isa::RawInsn;

use super::{Finding, ProfileVerdict, ProgramResult, Run, Verdict};
use crate::cli::safe;

/// Counts of a run.
pub(super) struct Counts {
    pub programs: usize,
    pub accepted: usize,
    pub rejected: usize,
    pub unsupported: usize,
    pub files_skipped: usize,
    pub other_programs: usize,
    pub files_not_linted: usize,
    /// The code of each allowed finding.
    pub allowed: Vec<&'static str>,
}

pub(super) fn counts(run: &Run) -> Counts {
    let all: Vec<Verdict> = run.programs().map(|p| p.verdict).collect();
    let n = |v| all.iter().filter(|&&x| x == v).count();
    Counts {
        programs: all.len(),
        accepted: n(Verdict::Accepted),
        rejected: n(Verdict::Rejected),
        unsupported: n(Verdict::Unsupported),
        files_skipped: run.skipped.len(),
        other_programs: run.linted.iter().map(|l| l.others.len()).sum(),
        files_not_linted: run.broken.len(),
        allowed: allowed_findings(run),
    }
}

/// `N programs: A accepted, R rejected, U unsupported`, the findings allowed, then what was skipped or could not
/// be linted when there is any.
pub(super) fn summary_line(run: &Run) -> String {
    let c = counts(run);
    let plural = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    let mut line = format!(
        "{}: {} accepted, {} rejected, {} unsupported",
        plural(c.programs, "program"),
        c.accepted,
        c.rejected,
        c.unsupported
    );
    line.push_str(&allowed_summary(&c.allowed));
    if c.other_programs > 0 {
        let _ = write!(
            line,
            "; {} of other types skipped",
            plural(c.other_programs, "program")
        );
    }
    if c.files_skipped > 0 {
        let _ = write!(line, "; {} skipped", plural(c.files_skipped, "file"));
    }
    if c.files_not_linted > 0 {
        let _ = write!(
            line,
            "; {} not linted (errors)",
            plural(c.files_not_linted, "file")
        );
    }
    line
}

/// Where a finding is, for JSON and SARIF: the C file for a clang object with line info,
/// else the input.
pub(super) fn finding_file(path: &str, f: &Finding) -> String {
    f.c_line
        .as_ref()
        .map_or(path.to_string(), |c| safe(&c.file))
}

fn finding_json(path: &str, f: &Finding) -> serde_json::Value {
    let mut v = serde_json::json!({
        "code": f.code.name(),
        "severity": f.code.severity().as_str(),
        "insn": f.insn,
        "file": finding_file(path, f),
        "line": f.line,
        "column": f.column,
        "message": f.message,
        "kernel_message": f.kernel_message,
        "help": f.code.help(),
    });
    if let Some((what, at)) = &f.related {
        v["related"] = serde_json::json!({
            "message": what,
            "insn": at.insn,
            "file": finding_file(path, at),
            "line": at.line,
            "column": at.column,
        });
    }
    v
}

fn program_json(path: &str, p: &ProgramResult, explain: bool) -> serde_json::Value {
    let (allowed, shown): (Vec<&Finding>, Vec<&Finding>) =
        p.findings.iter().partition(|f| f.allowed);
    let as_json = |fs: Vec<&Finding>| -> Vec<serde_json::Value> {
        fs.into_iter().map(|f| finding_json(path, f)).collect()
    };
    let mut v = serde_json::json!({
        "section": safe(&p.section),
        "name": safe(&p.name),
        "accepted": p.verdict == Verdict::Accepted,
        "verdict": p.verdict.as_str(),
        "diagnostics": as_json(shown),
        "allowed": as_json(allowed),
        // Where lint once put the loader note on `sk_lookup/...` sections, which the
        // `section-name` finding now says; kept (empty) since JSON fields are never removed.
        "notes": [],
        "profiles": p.profiles.iter().map(profile_json).collect::<Vec<_>>(),
        "min_kernel": p.min_kernel.as_ref().map(|m| serde_json::json!({
            "release": m.release.map(|v| v.to_string()),
            "reason": m.reason,
            "verified": m.verified,
        })),
    });
    if let (true, Some(t)) = (explain, &p.trace) {
        v["explain"] = super::explain::json(path, t);
    }
    v
}

pub(super) fn json(run: &Run) -> String {
    let files_json: Vec<serde_json::Value> = run
        .linted
        .iter()
        .map(|l| {
            let programs: Vec<serde_json::Value> = l
                .programs
                .iter()
                .map(|p| program_json(&l.path, p, run.explain))
                .collect();
            let others: Vec<serde_json::Value> = l
                .others
                .iter()
                .map(|o| {
                    serde_json::json!({
                        "section": safe(&o.section),
                        "name": safe(&o.name),
                        "program_type": o.program_type,
                    })
                })
                .collect();
            serde_json::json!({"path": l.path, "programs": programs, "skipped_programs": others})
        })
        .collect();
    let skipped: Vec<serde_json::Value> = run
        .skipped
        .iter()
        .map(|s| serde_json::json!({"path": s.path, "reason": s.why}))
        .collect();
    let errors: Vec<serde_json::Value> = run
        .broken
        .iter()
        .map(|(path, text)| serde_json::json!({"path": path, "message": text}))
        .collect();
    let c = counts(run);
    let v = serde_json::json!({
        "files": files_json,
        "skipped": skipped,
        "errors": errors,
        "summary": {
            "programs": c.programs,
            "accepted": c.accepted,
            "rejected": c.rejected,
            "unsupported": c.unsupported,
            "allowed": c.allowed.len(),
            "files_skipped": c.files_skipped,
            "other_programs_skipped": c.other_programs,
            "files_not_linted": c.files_not_linted,
        },
    });
    format!("{v}\n")
}

/// One kernel's verdict as JSON.
fn profile_json(v: &ProfileVerdict) -> serde_json::Value {
    serde_json::json!({
        "kernel": v.kernel,
        "verdict": v.verdict.as_str(),
        "code": v.code,
        "insn": v.insn,
        "message": v.message,
    })
}

/// The codes of the allowed findings, one entry per finding.
fn allowed_findings(run: &Run) -> Vec<&'static str> {
    run.programs()
        .flat_map(|p| &p.findings)
        .filter(|f| f.allowed)
        .map(|f| f.code.name())
        .collect()
}

/// ", 2 findings allowed (missing-license ×2)", or nothing.
fn allowed_summary(codes: &[&'static str]) -> String {
    if codes.is_empty() {
        return String::new();
    }
    let mut names: Vec<&str> = codes.to_vec();
    names.sort_unstable();
    names.dedup();
    let each: Vec<String> = names
        .iter()
        .map(|n| format!("{n} ×{}", codes.iter().filter(|c| *c == n).count()))
        .collect();
    let s = if codes.len() == 1 { "" } else { "s" };
    format!(", {} finding{s} allowed ({})", codes.len(), each.join(", "))
}

/// One line per run of consecutive kernels with the same verdict and reason, and the
/// minimum kernel: shown when the run checks several kernels.
pub(super) fn render_profiles(out: &mut String, path: &str, who: &str, p: &ProgramResult) {
    if p.profiles.len() < 2 {
        return;
    }
    let mut k = 0;
    while k < p.profiles.len() {
        let v = &p.profiles[k];
        let same = |w: &ProfileVerdict| w.key() == v.key();
        let run = p.profiles[k..].iter().take_while(|w| same(w)).count();
        let group = &p.profiles[k..k + run];
        let kernels = if run > 2 && group.iter().all(|w| w.in_range) {
            format!("{} to {}", v.kernel, group[run - 1].kernel)
        } else {
            let labels: Vec<&str> = group.iter().map(|w| w.kernel.as_str()).collect();
            labels.join(", ")
        };
        let why = match (&v.code, &v.message, v.insn) {
            (Some(c), Some(m), Some(i)) => format!(": [{c}] insn {i}: {m}"),
            (Some(c), Some(m), None) => format!(": [{c}] {m}"),
            (None, Some(m), _) => format!(": {m}"),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "{path}: {who}: on {kernels}: {}{why}",
            v.verdict.as_str()
        );
        k += run;
    }
    if let Some(m) = &p.min_kernel {
        let release = m.release.map_or("none".to_string(), |v| v.to_string());
        let _ = writeln!(
            out,
            "{path}: {who}: minimum kernel {release} ({})",
            m.reason
        );
    }
}

pub(super) fn human(run: &Run) -> String {
    let mut out = String::new();
    for l in &run.linted {
        if l.programs.is_empty() && l.others.is_empty() {
            let _ = writeln!(
                out,
                "{}: no program (no sk_lookup section, and no code in .text)",
                l.path
            );
        }
        for p in &l.programs {
            render_program(&mut out, &l.path, p, l.input.source.as_deref());
            if let (true, Some(t)) = (run.explain, &p.trace) {
                out.push_str(&super::explain::human(&l.path, t));
            }
        }
        for o in &l.others {
            let _ = writeln!(
                out,
                "{}: `{}` (section `{}`): skipped: a {} program, not SK_LOOKUP",
                l.path,
                safe(&o.name),
                safe(&o.section),
                o.program_type
            );
        }
    }
    for (path, _) in &run.broken {
        let _ = writeln!(out, "{path}: not linted (its diagnostics are on stderr)");
    }
    for s in &run.skipped {
        let _ = writeln!(out, "{}: skipped: {}", s.path, s.why);
    }
    out.push_str(&summary_line(run));
    out.push('\n');
    out
}

fn render_program(out: &mut String, path: &str, p: &ProgramResult, source: Option<&str>) {
    let who = format!("`{}` (section `{}`)", safe(&p.name), safe(&p.section));
    if p.verdict == Verdict::Accepted {
        let _ = writeln!(out, "{path}: {who}: accepted");
    }
    render_profiles(out, path, &who, p);
    for f in p.findings.iter().filter(|f| !f.allowed) {
        out.push_str(&render_finding(path, &who, f, p, source));
    }
}

/// One finding through `asm::diag`'s renderer: at its line of the `.s` source, or of the C
/// file for a clang object with line info (the instruction as a note), else with the
/// linked program's disassembly around the instruction as a note.
fn render_finding(
    path: &str,
    who: &str,
    f: &Finding,
    p: &ProgramResult,
    source: Option<&str>,
) -> String {
    let who = match &f.callee {
        Some(callee) => format!("{callee}, called from {who}"),
        None => who.to_string(),
    };
    let mut notes = Vec::new();
    let (file, text, span) = match (source, &f.c_line, f.line, f.insn) {
        (Some(src), _, Some(line), _) => {
            let span = source_span(src, line);
            (path.to_string(), src.to_string(), span)
        }
        (None, Some(c), Some(line), insn) => {
            if let Some(insn) = insn {
                notes.push(format!(
                    "note: instruction {insn}: {}",
                    disassembled(&p.insns, insn)
                ));
            }
            let (text, span) = c_source(&c.file, &c.text, line, f.column);
            (c.file.clone(), text, span)
        }
        (_, _, _, Some(insn)) => {
            notes.push(disassembly_excerpt(path, &who, &p.insns, insn));
            (path.to_string(), String::new(), None)
        }
        _ => {
            notes.push(format!("note: in {path}: {who}"));
            (path.to_string(), String::new(), None)
        }
    };
    let mut secondary = Vec::new();
    if let Some((what, at)) = &f.related {
        match (
            source,
            at.line.and_then(|l| source.and_then(|s| source_span(s, l))),
        ) {
            (Some(_), Some(span)) => secondary.push((span, what.clone())),
            _ => notes.push(related_note(path, what, at, &p.insns)),
        }
    }
    if let Some(k) = &f.kernel_message {
        notes.extend(k.lines().map(|l| format!("note: the kernel says: {l}")));
    }
    if let Some(help) = f.code.help() {
        notes.push(format!("help: {help}"));
    }
    let report = Report {
        severity: f.code.severity(),
        code: f.code.name().to_string(),
        message: f.message.clone(),
        span,
        label: format!("in {who}"),
        secondary,
        notes,
    };
    asm::diag::render_reports(&[report], &file, text.as_bytes())
}

/// A note for a related place the renderer cannot underline: its C line, or its instruction.
fn related_note(path: &str, what: &str, at: &Finding, insns: &[RawInsn]) -> String {
    let insn = at
        .insn
        .map(|k| format!("instruction {k} (`{}`)", disassembled(insns, k)));
    match (&at.c_line, at.line) {
        (Some(c), Some(line)) => format!(
            "note: {what}: {}:{line}: `{}`{}",
            safe(&c.file),
            c.text.trim(),
            insn.map_or(String::new(), |i| format!(", {i}"))
        ),
        _ => match insn {
            Some(i) => format!("note: {what}: {path}: {i}"),
            None => format!("note: {what}"),
        },
    }
}

/// The byte range of line `line`'s instruction in `src`: from its first non-blank character
/// to the end of its code, before any comment.
fn source_span(src: &str, line: u32) -> Option<Range<usize>> {
    let start = line_start(src, line)?;
    let text = src[start..].lines().next().unwrap_or("");
    let body = text.trim_start();
    let indent = text.len() - body.len();
    let code = body.split(['#', ';']).next().unwrap_or("").trim_end();
    let code = if code.is_empty() {
        body.trim_end()
    } else {
        code
    };
    Some(start + indent..start + indent + code.len())
}

/// Byte offset of the start of 1-based line `line`.
fn line_start(src: &str, line: u32) -> Option<usize> {
    if line == 0 {
        return None;
    }
    let mut at = 0;
    for _ in 1..line {
        at += src[at..].find('\n')? + 1;
    }
    Some(at)
}

/// The text to show a C line from, and the span of the line from `column` on: the C file
/// when it is there and its line is still the one compiled (BTF's copy), else BTF's copy
/// placed at line `line`.
fn c_source(
    file: &str,
    copy: &str,
    line: u32,
    column: Option<usize>,
) -> (String, Option<Range<usize>>) {
    // The name comes from the object: only a regular file of sane size is read (not a
    // device, a FIFO or something huge).
    let regular = std::fs::metadata(file).is_ok_and(|m| m.is_file() && m.len() <= MAX_C_FILE);
    let from_file = regular
        .then(|| std::fs::read_to_string(file).ok())
        .flatten()
        .filter(|text| {
            let start = line_start(text, line);
            start.and_then(|s| text[s..].lines().next()) == Some(copy)
        });
    let text = from_file.unwrap_or_else(|| "\n".repeat((line as usize).saturating_sub(1)) + copy);
    let span = line_start(&text, line).map(|start| {
        let skip: usize = copy
            .chars()
            .take(column.unwrap_or(1).saturating_sub(1))
            .map(char::len_utf8)
            .sum();
        start + skip..start + copy.trim_end().len().max(skip)
    });
    (text, span)
}

/// The largest C file [`c_source`] reads to show a line.
const MAX_C_FILE: u64 = 16 << 20;

/// The instructions around slot `insn` of the linked program, disassembled, the rejected
/// one marked.
fn disassembly_excerpt(path: &str, who: &str, insns: &[RawInsn], insn: usize) -> String {
    let from = insn.saturating_sub(3);
    let to = (insn + 3).min(insns.len().saturating_sub(1));
    let width = to.max(insn).to_string().len();
    let mut out = format!("note: {path}: {who}, instruction {insn}:");
    for k in from..=to {
        let mark = if k == insn { ">" } else { " " };
        let _ = write!(out, "\n{mark} {k:>width$} | {}", disassembled(insns, k));
    }
    out
}

/// Instruction slot `k` as assembly (the second slot of an `ld_imm64` as such).
pub(super) fn disassembled(insns: &[RawInsn], k: usize) -> String {
    match isa::decode_one(insns, isa::Pc(k)) {
        Ok(insn) => insn.to_string(),
        Err(_) if k > 0 && insns[k - 1].code == isa::table::LD_IMM64 => {
            "(second slot of the ld_imm64 above)".into()
        }
        Err(_) => "(not an instruction)".into(),
    }
}
