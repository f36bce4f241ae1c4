//! `skasm lint`'s output: rustc-style text through `asm::diag`'s renderer, the one every
//! diagnostic of the tools goes through (at the source line for `.s` inputs, at the C line
//! for clang objects with line info, else at the instruction with the linked program's
//! disassembly around it), or one JSON object whose fields stay stable.

use std::fmt::Write as _;
use std::ops::Range;

use asm::diag::Report;
use isa::RawInsn;

use super::{Finding, Input, ProfileVerdict, ProgramResult, Verdict};
use crate::cli::safe;

type Files = [(String, Vec<ProgramResult>)];

/// Counts of programs by verdict: (total, accepted, rejected, unsupported).
fn summary(files: &Files) -> (usize, usize, usize, usize) {
    let all: Vec<Verdict> = files
        .iter()
        .flat_map(|(_, ps)| ps.iter().map(|p| p.verdict))
        .collect();
    let n = |v| all.iter().filter(|&&x| x == v).count();
    (
        all.len(),
        n(Verdict::Accepted),
        n(Verdict::Rejected),
        n(Verdict::Unsupported),
    )
}

pub(super) fn json(files: &Files) -> String {
    let files_json: Vec<serde_json::Value> = files
        .iter()
        .map(|(path, programs)| {
            let programs: Vec<serde_json::Value> = programs
                .iter()
                .map(|p| {
                    let finding_json = |f: &Finding| {
                        serde_json::json!({
                            "code": f.code.name(),
                            "severity": f.code.severity().as_str(),
                            "insn": f.insn,
                            "file": f.c_line.as_ref().map_or(path.to_string(), |c| safe(&c.file)),
                            "line": f.line,
                            "column": f.column,
                            "message": f.message,
                            "kernel_message": f.kernel_message,
                        })
                    };
                    let (allowed, shown): (Vec<&Finding>, Vec<&Finding>) =
                        p.findings.iter().partition(|f| f.allowed);
                    let diagnostics: Vec<serde_json::Value> =
                        shown.into_iter().map(finding_json).collect();
                    let allowed: Vec<serde_json::Value> =
                        allowed.into_iter().map(finding_json).collect();
                    serde_json::json!({
                        "section": safe(&p.section),
                        "name": safe(&p.name),
                        "accepted": p.verdict == Verdict::Accepted,
                        "verdict": p.verdict.as_str(),
                        "diagnostics": diagnostics,
                        "allowed": allowed,
                        "profiles": p.profiles.iter().map(profile_json).collect::<Vec<_>>(),
                        "min_kernel": p.min_kernel.as_ref().map(|m| serde_json::json!({
                            "release": m.release.map(|v| v.to_string()),
                            "reason": m.reason,
                            "verified": m.verified,
                        })),
                    })
                })
                .collect();
            serde_json::json!({"path": path, "programs": programs})
        })
        .collect();
    let (total, accepted, rejected, unsupported) = summary(files);
    let v = serde_json::json!({
        "files": files_json,
        "summary": {
            "programs": total,
            "accepted": accepted,
            "rejected": rejected,
            "unsupported": unsupported,
            "allowed": allowed_findings(files).len(),
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
fn allowed_findings(files: &Files) -> Vec<&'static str> {
    files
        .iter()
        .flat_map(|(_, ps)| ps.iter().flat_map(|p| &p.findings))
        .filter(|f| f.allowed)
        .map(|f| f.code.name())
        .collect()
}

/// ", 2 findings allowed (missing-license ×2)", or nothing.
fn allowed_summary(files: &Files) -> String {
    let codes = allowed_findings(files);
    if codes.is_empty() {
        return String::new();
    }
    let mut names: Vec<&str> = codes.clone();
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
fn render_profiles(out: &mut String, path: &str, who: &str, p: &ProgramResult) {
    if p.profiles.len() < 2 {
        return;
    }
    let mut k = 0;
    while k < p.profiles.len() {
        let v = &p.profiles[k];
        let same = |w: &ProfileVerdict| {
            (w.verdict, &w.code, w.insn, &w.message) == (v.verdict, &v.code, v.insn, &v.message)
        };
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

pub(super) fn human(files: &Files, inputs: &[Input]) -> String {
    let mut out = String::new();
    for ((path, programs), input) in files.iter().zip(inputs) {
        if programs.is_empty() {
            let _ = writeln!(
                out,
                "{path}: no program (no sk_lookup section, and no code in .text)"
            );
        }
        for p in programs {
            render_program(&mut out, path, p, input.source.as_deref());
        }
    }
    let (total, accepted, rejected, unsupported) = summary(files);
    let _ = writeln!(
        out,
        "{total} program{}: {accepted} accepted, {rejected} rejected, {unsupported} unsupported{}",
        if total == 1 { "" } else { "s" },
        allowed_summary(files)
    );
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
    if let Some(k) = &f.kernel_message {
        notes.extend(k.lines().map(|l| format!("note: the kernel says: {l}")));
    }
    if let super::codes::FindingCode::Lint(
        c @ super::codes::LintCode {
            allowable: true, ..
        },
    ) = f.code
    {
        notes.push(format!("help: {}", c.help));
    }
    let report = Report {
        severity: f.code.severity(),
        code: f.code.name().to_string(),
        message: f.message.clone(),
        span,
        label: format!("in {who}"),
        secondary: Vec::new(),
        notes,
    };
    asm::diag::render_reports(&[report], &file, text.as_bytes())
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
fn disassembled(insns: &[RawInsn], k: usize) -> String {
    match isa::decode_one(insns, isa::Pc(k)) {
        Ok(insn) => insn.to_string(),
        Err(_) if k > 0 && insns[k - 1].code == isa::table::LD_IMM64 => {
            "(second slot of the ld_imm64 above)".into()
        }
        Err(_) => "(not an instruction)".into(),
    }
}
