//! `skasm lint`'s output: rustc-style text through `asm::diag`'s renderer, the one every
//! diagnostic of the tools goes through (at the source line for `.s` inputs, at the C line
//! for clang objects with line info, else at the instruction with the linked program's
//! disassembly around it), or one JSON object whose fields stay stable (fields are added,
//! never renamed); the summary line every format ends with or carries.

use std::fmt::Write as _;
use std::ops::Range;

use asm::diag::Report;
use isa::RawInsn;

use super::{Finding, Linted, ProfileVerdict, ProgramResult, Run, Verdict};
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

// The JSON report: one `Serialize` struct per object of the output, written straight to
// the text. Each struct's fields are declared in the order of their names, as
// `serde_json::Value` (a sorted map) printed them: the output did not change.

#[derive(serde::Serialize)]
struct FindingJson<'a> {
    code: &'static str,
    column: Option<usize>,
    file: String,
    help: Option<&'static str>,
    insn: Option<usize>,
    kernel_message: &'a Option<String>,
    line: Option<u32>,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    related: Option<RelatedJson<'a>>,
    severity: &'static str,
}

#[derive(serde::Serialize)]
struct RelatedJson<'a> {
    column: Option<usize>,
    file: String,
    insn: Option<usize>,
    line: Option<u32>,
    message: &'a str,
}

fn finding_json<'a>(path: &str, f: &'a Finding) -> FindingJson<'a> {
    FindingJson {
        code: f.code.name(),
        column: f.column,
        file: finding_file(path, f),
        help: f.code.help(),
        insn: f.insn,
        kernel_message: &f.kernel_message,
        line: f.line,
        message: &f.message,
        related: f.related.as_ref().map(|(what, at)| RelatedJson {
            column: at.column,
            file: finding_file(path, at),
            insn: at.insn,
            line: at.line,
            message: what,
        }),
        severity: f.code.severity().as_str(),
    }
}

#[derive(serde::Serialize)]
struct ProgramJson<'a> {
    accepted: bool,
    allowed: Vec<FindingJson<'a>>,
    diagnostics: Vec<FindingJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    explain: Option<serde_json::Value>,
    min_kernel: Option<MinKernelJson<'a>>,
    name: String,
    // Where lint once put the loader note on `sk_lookup/...` sections, which the
    // `section-name` finding now says; kept (empty) since JSON fields are never removed.
    notes: [(); 0],
    profiles: Vec<ProfileJson<'a>>,
    section: String,
    verdict: &'static str,
}

#[derive(serde::Serialize)]
struct MinKernelJson<'a> {
    reason: &'a str,
    release: Option<String>,
    verified: bool,
}

/// One kernel's verdict.
#[derive(serde::Serialize)]
struct ProfileJson<'a> {
    code: &'a Option<String>,
    insn: Option<usize>,
    kernel: &'a str,
    message: &'a Option<String>,
    verdict: &'static str,
}

fn program_json<'a>(path: &str, p: &'a ProgramResult, explain: bool) -> ProgramJson<'a> {
    let (allowed, shown): (Vec<&Finding>, Vec<&Finding>) =
        p.findings.iter().partition(|f| f.allowed);
    let as_json = |fs: Vec<&'a Finding>| fs.into_iter().map(|f| finding_json(path, f)).collect();
    ProgramJson {
        accepted: p.verdict == Verdict::Accepted,
        allowed: as_json(allowed),
        diagnostics: as_json(shown),
        explain: match (explain, &p.trace) {
            (true, Some(t)) => Some(super::explain::json(path, t)),
            _ => None,
        },
        min_kernel: p.min_kernel.as_ref().map(|m| MinKernelJson {
            reason: &m.reason,
            release: m.release.map(|v| v.to_string()),
            verified: m.verified,
        }),
        name: safe(&p.name),
        notes: [],
        profiles: p.profiles.iter().map(profile_json).collect(),
        section: safe(&p.section),
        verdict: p.verdict.as_str(),
    }
}

fn profile_json(v: &ProfileVerdict) -> ProfileJson<'_> {
    ProfileJson {
        code: &v.code,
        insn: v.insn,
        kernel: &v.kernel,
        message: &v.message,
        verdict: v.verdict.as_str(),
    }
}

#[derive(serde::Serialize)]
struct FileJson<'a> {
    path: &'a str,
    programs: Vec<ProgramJson<'a>>,
    skipped_programs: Vec<OtherJson<'a>>,
}

#[derive(serde::Serialize)]
struct OtherJson<'a> {
    name: String,
    program_type: &'a str,
    section: String,
}

#[derive(serde::Serialize)]
struct PathJson<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<&'a str>,
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<&'a str>,
}

#[derive(serde::Serialize)]
struct SummaryJson {
    accepted: usize,
    allowed: usize,
    files_not_linted: usize,
    files_skipped: usize,
    other_programs_skipped: usize,
    programs: usize,
    rejected: usize,
    unsupported: usize,
}

/// The whole report. `files` is serialized one file at a time as it is built
/// ([`Files`]), so the report is never held as one tree.
#[derive(serde::Serialize)]
struct ReportJson<'a> {
    errors: Vec<PathJson<'a>>,
    files: Files<'a>,
    skipped: Vec<PathJson<'a>>,
    summary: SummaryJson,
}

/// The files of a run, each turned into its JSON struct while it is written.
struct Files<'a>(&'a Run);

impl serde::Serialize for Files<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let run = self.0;
        s.collect_seq(run.linted.iter().map(|l| {
            FileJson {
                path: &l.path,
                programs: l
                    .programs
                    .iter()
                    .map(|p| program_json(&l.path, p, run.explain))
                    .collect(),
                skipped_programs: l
                    .others
                    .iter()
                    .map(|o| OtherJson {
                        name: safe(&o.name),
                        program_type: &o.program_type,
                        section: safe(&o.section),
                    })
                    .collect(),
            }
        }))
    }
}

pub(super) fn json(run: &Run) -> String {
    let c = counts(run);
    let report = ReportJson {
        errors: (run.broken.iter())
            .map(|(path, text)| PathJson {
                message: Some(text),
                path,
                reason: None,
            })
            .collect(),
        files: Files(run),
        skipped: (run.skipped.iter())
            .map(|s| PathJson {
                message: None,
                path: &s.path,
                reason: Some(&s.why),
            })
            .collect(),
        summary: SummaryJson {
            accepted: c.accepted,
            allowed: c.allowed.len(),
            files_not_linted: c.files_not_linted,
            files_skipped: c.files_skipped,
            other_programs_skipped: c.other_programs,
            programs: c.programs,
            rejected: c.rejected,
            unsupported: c.unsupported,
        },
    };
    // serde_json fails only on a map key that is not a string: these structs have none.
    let mut out = serde_json::to_string(&report).unwrap_or_default();
    out.push('\n');
    out
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
        match &l.human {
            Some(text) => out.push_str(text),
            None => out.push_str(&human_file(l, run.explain)),
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

/// The human format's lines about one linted file (what the thread that linted it renders,
/// so that the main thread only joins them).
pub(super) fn human_file(l: &Linted, explain: bool) -> String {
    let mut out = String::new();
    if l.programs.is_empty() && l.others.is_empty() {
        let _ = writeln!(
            out,
            "{}: no program (no sk_lookup section, and no code in .text)",
            l.path
        );
    }
    for p in &l.programs {
        render_program(&mut out, &l.path, p, l.input.source.as_deref());
        if let (true, Some(t)) = (explain, &p.trace) {
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
        // Underlined only beside a primary place in the same `.s` text (a finding without
        // an instruction, `combined-stack`, renders no source).
        match (
            span.is_some().then_some(source).flatten(),
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
    if k >= insns.len() {
        // A partial instruction at the end (a raw file shorter than a slot, say).
        return "(not an instruction)".into();
    }
    match isa::decode_one(insns, isa::Pc(k)) {
        Ok(insn) => insn.to_string(),
        Err(_) if k > 0 && insns[k - 1].code == isa::table::LD_IMM64 => {
            "(second slot of the ld_imm64 above)".into()
        }
        Err(_) => "(not an instruction)".into(),
    }
}
