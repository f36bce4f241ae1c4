//! `skasm lint --format sarif`: the run as SARIF 2.1.0 (OASIS), for code scanning: the tool
//! with its version and one rule per code (lint's and the verifier's, from the code tables:
//! rule text as the description, the code's help as the help text), one result per finding
//! not allowed (on a run of several kernels, every kernel's, each naming its kernels)
//! at its C or `.s` line (the input file when there is no line), the related place as a
//! related location, and skipped files or programs and files not linted as notifications.
//! Microsoft's SARIF validator (`sarif-multitool validate`) accepts it without errors
//! (`tests/lint_formats.rs`).

use serde_json::{json, Value};

use super::codes::{FindingCode, LINT_CODES};
use super::render::finding_file;
use super::{Finding, Run};
use crate::cli::safe;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// Every code a finding can have: lint's own, then the verifier registry's.
fn all_codes() -> Vec<FindingCode> {
    let lint = LINT_CODES.iter().map(FindingCode::Lint);
    let verifier = skctx::codes::CODES
        .iter()
        .map(|r| FindingCode::Verifier(r.code));
    lint.chain(verifier).collect()
}

/// `ctx-bad-access` → `CtxBadAccess` (SARIF's `name` of a rule).
fn pascal(name: &str) -> String {
    name.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next().map_or(String::new(), |f| {
                f.to_ascii_uppercase().to_string() + c.as_str()
            })
        })
        .collect()
}

/// A sentence ending with a period, as SARIF wants messages to.
fn sentence(text: &str) -> String {
    let t = text.trim_end();
    if t.ends_with(['.', '!', '?']) {
        t.to_string()
    } else {
        format!("{t}.")
    }
}

fn rule(code: FindingCode) -> Value {
    let help = code.help().unwrap_or(code.rule());
    let mut r = json!({
        "id": code.name(),
        "shortDescription": {"text": sentence(code.rule())},
        "fullDescription": {"text": sentence(code.rule())},
        "help": {"text": sentence(help)},
        "defaultConfiguration": {"level": level(code)},
    });
    // The validator wants a `name` that differs from the `id` (case aside) or none.
    let name = pascal(code.name());
    if !name.eq_ignore_ascii_case(code.name()) {
        r["name"] = json!(name);
    }
    r
}

fn level(code: FindingCode) -> &'static str {
    match code.severity().as_str() {
        "error" => "error",
        "warning" => "warning",
        _ => "note",
    }
}

/// A path as a URI reference: relative paths stay relative, absolute ones get `file://`;
/// bytes outside RFC 3986's unreserved set (and `/`) are percent-encoded.
fn uri(path: &str) -> String {
    let mut out = String::new();
    if path.starts_with('/') {
        out.push_str("file://");
    }
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn location(path: &str, f: &Finding) -> Value {
    let mut physical = json!({"artifactLocation": {"uri": uri(&finding_file(path, f))}});
    if let Some(line) = f.line.filter(|l| *l > 0) {
        let mut region = json!({"startLine": line});
        if let Some(col) = f.column.filter(|c| *c > 0) {
            region["startColumn"] = json!(col);
        }
        physical["region"] = region;
    }
    json!({"physicalLocation": physical})
}

fn result(
    path: &str,
    who: &str,
    (f, on): (&Finding, Option<String>),
    rules: &[FindingCode],
) -> Value {
    let mut text = sentence(&format!("{} (in {who})", f.message));
    if let Some(on) = on {
        text.push_str(&format!(" On kernels {on}."));
    }
    if let Some(insn) = f.insn {
        text.push_str(&format!(" Instruction {insn}."));
    }
    if let Some(k) = &f.kernel_message {
        text.push_str(&format!(
            " The kernel says: {}",
            sentence(&k.replace('\n', " / "))
        ));
    }
    let mut r = json!({
        "ruleId": f.code.name(),
        "ruleIndex": rules.iter().position(|c| *c == f.code),
        "level": level(f.code),
        "message": {"text": text},
        "locations": [location(path, f)],
    });
    if let Some((what, at)) = &f.related {
        let mut related = location(path, at);
        related["id"] = json!(0);
        related["message"] = json!({"text": sentence(what)});
        r["relatedLocations"] = json!([related]);
    }
    r
}

/// A tool execution notification (level note) about a file.
fn notification(path: &str, text: &str) -> Value {
    json!({
        "level": "note",
        "message": {"text": sentence(text)},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(path)}}}],
    })
}

pub(super) fn render(run: &Run) -> String {
    let rules = all_codes();
    let mut results = Vec::new();
    let mut notes = Vec::new();
    for l in &run.linted {
        for p in &l.programs {
            let who = format!("`{}` (section `{}`)", safe(&p.name), safe(&p.section));
            let shown = p.shown_findings().into_iter();
            results.extend(shown.map(|f| result(&l.path, &who, f, &rules)));
        }
        notes.extend(l.others.iter().map(|o| {
            let text = format!(
                "`{}` (section `{}`) skipped: a {} program, not SK_LOOKUP",
                safe(&o.name),
                safe(&o.section),
                o.program_type
            );
            notification(&l.path, &text)
        }));
    }
    notes.extend(
        run.skipped
            .iter()
            .map(|s| notification(&s.path, &format!("skipped: {}", s.why))),
    );
    notes.extend(
        run.broken
            .iter()
            .map(|(path, _)| notification(path, "not linted: see the diagnostics on stderr")),
    );
    let version = env!("CARGO_PKG_VERSION");
    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "skasm lint",
                "version": version,
                "semanticVersion": version,
                "rules": rules.iter().map(|c| rule(*c)).collect::<Vec<_>>(),
            }},
            "invocations": [{
                "executionSuccessful": true,
                "toolExecutionNotifications": notes,
            }],
            "results": results,
            "properties": {"summary": super::render::summary_line(run)},
        }],
    });
    format!("{log:#}\n")
}
