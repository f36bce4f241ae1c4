//! `skasm lint --format github`: one GitHub Actions workflow command per finding
//! (`::error file=F,line=L,col=C,title=T::MESSAGE`, `::warning`, `::notice` by severity), so
//! a workflow run annotates the C or assembly line; the message carries the kernel's words
//! and the code's help; on a run of several kernels, every kernel's finding, each naming
//! the kernels it holds on. Allowed findings are left out. Related places (where a leaked socket was acquired) are notices; the summary line closes the output.

use super::{Finding, Run};
use crate::cli::safe;

/// A property value: `%`, CR, LF, `:` and `,` escaped as the runner expects.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

/// A message: `%`, CR and LF escaped.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn command(kind: &str, file: &str, at: &Finding, title: &str, message: &str) -> String {
    let mut props = vec![format!("file={}", property(file))];
    if let Some(line) = at.line {
        props.push(format!("line={line}"));
        if let Some(col) = at.column {
            props.push(format!("col={col}"));
        }
    }
    props.push(format!("title={}", property(title)));
    format!("::{kind} {}::{}\n", props.join(","), data(message))
}

/// The workflow command's kind for a severity.
fn kind(severity: asm::diag::Severity) -> &'static str {
    match severity.as_str() {
        "error" => "error",
        "warning" => "warning",
        _ => "notice",
    }
}

pub(super) fn render(run: &Run) -> String {
    let mut out = String::new();
    for l in &run.linted {
        for p in &l.programs {
            let who = format!("`{}` (section `{}`)", safe(&p.name), safe(&p.section));
            for (f, on) in p.shown_findings() {
                let file = super::render::finding_file(&l.path, f);
                let title = format!("skasm lint [{}] in {who}", f.code.name());
                let mut message = f.message.clone();
                if let Some(on) = on {
                    message.push_str(&format!("\non kernels: {on}"));
                }
                if let Some(insn) = f.insn {
                    message.push_str(&format!("\ninstruction {insn}"));
                }
                if let Some(k) = &f.kernel_message {
                    message.push_str(&format!("\nthe kernel says: {}", k.replace('\n', " / ")));
                }
                if let Some(help) = f.code.help() {
                    message.push_str(&format!("\nhelp: {help}"));
                }
                out.push_str(&command(
                    kind(f.code.severity()),
                    &file,
                    f,
                    &title,
                    &message,
                ));
                if let Some((what, at)) = &f.related {
                    let file = super::render::finding_file(&l.path, at);
                    let title = format!("skasm lint [{}]: related", f.code.name());
                    out.push_str(&command("notice", &file, at, &title, what));
                }
            }
        }
        for o in &l.others {
            out.push_str(&format!(
                "{}: `{}` (section `{}`): skipped: a {} program, not SK_LOOKUP\n",
                l.path,
                safe(&o.name),
                safe(&o.section),
                o.program_type
            ));
        }
    }
    for (path, _) in &run.broken {
        let none = super::unsupported("");
        let message = "not linted: see the diagnostics on stderr";
        out.push_str(&command("error", path, &none, "skasm lint", message));
    }
    for s in &run.skipped {
        out.push_str(&format!("{}: skipped: {}\n", s.path, s.why));
    }
    out.push_str(&super::render::summary_line(run));
    out.push('\n');
    out
}
