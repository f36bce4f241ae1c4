//! `skasm lint`'s output: rustc-style text (at the source line for `.s` inputs, at the
//! instruction with the linked program's disassembly around it for objects) or one JSON
//! object whose fields stay stable.

use std::fmt::Write as _;

use isa::RawInsn;

use super::{Finding, Input, ProgramResult, Verdict};
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
                    let diagnostics: Vec<serde_json::Value> = p
                        .findings
                        .iter()
                        .map(|f| {
                            serde_json::json!({
                                "code": f.code,
                                "severity": f.severity,
                                "insn": f.insn,
                                "file": f.c_line.as_ref().map_or(path.to_string(), |c| safe(&c.file)),
                                "line": f.line,
                                "column": f.column,
                                "message": f.message,
                                "kernel_message": f.kernel_message,
                            })
                        })
                        .collect();
                    serde_json::json!({
                        "section": safe(&p.section),
                        "name": safe(&p.name),
                        "accepted": p.verdict == Verdict::Accepted,
                        "verdict": p.verdict.as_str(),
                        "diagnostics": diagnostics,
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
        },
    });
    format!("{v}\n")
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
        "{total} program{}: {accepted} accepted, {rejected} rejected, {unsupported} unsupported",
        if total == 1 { "" } else { "s" }
    );
    out
}

fn render_program(out: &mut String, path: &str, p: &ProgramResult, source: Option<&str>) {
    let who = format!("`{}` (section `{}`)", safe(&p.name), safe(&p.section));
    match p.verdict {
        Verdict::Accepted => {
            let _ = writeln!(out, "{path}: {who}: accepted");
        }
        Verdict::Unsupported => {
            for f in &p.findings {
                let _ = writeln!(out, "{path}: {who}: {}", f.message);
            }
        }
        Verdict::Rejected => {
            for f in &p.findings {
                render_finding(out, path, &who, f, p, source);
            }
        }
    }
}

/// One rejection, rustc-style: at the source line for `.s` inputs, else at the instruction
/// with the disassembly around it.
fn render_finding(
    out: &mut String,
    path: &str,
    who: &str,
    f: &Finding,
    p: &ProgramResult,
    source: Option<&str>,
) {
    let _ = writeln!(out, "error[{}]: {}", f.code, f.message);
    let who = match &f.callee {
        Some(callee) => format!("{callee}, called from {who}"),
        None => who.to_string(),
    };
    let who = who.as_str();
    let pad = match (source, f.line, f.insn) {
        (Some(src), Some(line), _) => source_excerpt(out, path, who, src, line),
        (None, Some(line), Some(insn)) if f.c_line.is_some() => {
            let pad = c_excerpt(out, f, line, who);
            let _ = writeln!(
                out,
                "{pad} = note: instruction {insn}: {}",
                disassembled(&p.insns, insn)
            );
            pad
        }
        (_, _, Some(insn)) => disassembly_excerpt(out, path, who, &p.insns, insn),
        _ => {
            let _ = writeln!(out, " --> {path}: {who}");
            " ".to_string()
        }
    };
    if let Some(k) = &f.kernel_message {
        for l in k.lines() {
            let _ = writeln!(out, "{pad} = note: the kernel says: {l}");
        }
    }
    out.push('\n');
}

/// Tabs as rustc shows them.
const TAB: &str = "    ";

/// The source line of a finding with its instruction underlined; returns the gutter padding.
fn source_excerpt(out: &mut String, path: &str, who: &str, src: &str, line: u32) -> String {
    let text = src
        .lines()
        .nth(line.saturating_sub(1) as usize)
        .unwrap_or("");
    let body = text.trim_start();
    let indent = &text[..text.len() - body.len()];
    let column = indent.chars().count() + 1;
    let shown_indent = indent.replace('\t', TAB);
    let code_part = body.split(['#', ';']).next().unwrap_or("").trim_end();
    let pad = " ".repeat(line.to_string().len());
    let _ = writeln!(out, "{pad}--> {path}:{line}:{column}");
    let _ = writeln!(out, "{pad} |");
    let _ = writeln!(
        out,
        "{line} | {shown_indent}{}",
        safe(body.trim_end()).replace('\t', TAB)
    );
    let _ = writeln!(
        out,
        "{pad} | {shown_indent}{} in {who}",
        "^".repeat(safe(code_part).chars().count().max(1))
    );
    pad
}

/// The C line of a finding in a clang object, its text from the file when it is there, else
/// BTF's copy; returns the gutter padding.
fn c_excerpt(out: &mut String, f: &Finding, line: u32, who: &str) -> String {
    let Some(c) = &f.c_line else {
        return String::new();
    };
    let from_file = std::fs::read_to_string(&c.file).ok().and_then(|text| {
        let l = text.lines().nth(line.saturating_sub(1) as usize)?;
        Some(l.to_string())
    });
    let text = from_file.unwrap_or_else(|| c.text.clone());
    let column = f.column.unwrap_or(1);
    let pad = " ".repeat(line.to_string().len());
    let _ = writeln!(out, "{pad}--> {}:{line}:{column}", safe(&c.file));
    let _ = writeln!(out, "{pad} |");
    let shown = safe(&text).replace('\t', TAB);
    let _ = writeln!(out, "{line} | {shown}");
    let before: String = text.chars().take(column - 1).collect();
    let marked = text.chars().count().saturating_sub(column - 1).max(1);
    let indent = " ".repeat(safe(&before).replace('\t', TAB).chars().count());
    let _ = writeln!(out, "{pad} | {indent}{} in {who}", "^".repeat(marked));
    pad
}

/// The instructions around slot `insn`, disassembled, the rejected one marked; returns the
/// gutter padding.
fn disassembly_excerpt(
    out: &mut String,
    path: &str,
    who: &str,
    insns: &[RawInsn],
    insn: usize,
) -> String {
    let from = insn.saturating_sub(3);
    let to = (insn + 3).min(insns.len().saturating_sub(1));
    let pad = " ".repeat(to.to_string().len());
    let _ = writeln!(out, "{pad}--> {path}: {who}, instruction {insn}");
    let _ = writeln!(out, "{pad} |");
    for k in from..=to {
        let text = disassembled(insns, k);
        let _ = writeln!(out, "{k:>w$} | {text}", w = pad.len());
        if k == insn {
            let _ = writeln!(out, "{pad} | {}", "^".repeat(text.chars().count()));
        }
    }
    pad
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
