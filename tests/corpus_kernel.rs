//! Every case of the spec corpus (`tests/spec/verifier/*.s`, `tests/spec/runtime/*.s`)
//! against the live kernel: load verdicts, messages and rejected instructions, and test runs.
//! See `tests/spec/README.md` and `tests/support/corpus.rs`.

mod support;

use std::io::Write;
use support::corpus;

#[test]
fn corpus_agrees_with_the_live_kernel() {
    let (files, mut problems) = corpus::read_corpus(&corpus::root());
    let cases: usize = files.iter().map(|f| f.cases.len()).sum();
    assert!(
        cases > 0 || !problems.is_empty(),
        "no spec cases found under {:?}",
        corpus::SPEC_DIRS
    );

    // Without the kernel, still check that every case parses and assembles.
    if let Err(u) = kernel::availability() {
        for f in &files {
            for c in &f.cases {
                match corpus::prepare(&c.source, &f.name) {
                    Ok(p) => problems.extend(corpus::check_static(f, c, &p)),
                    Err(e) => problems.push(format!(
                        "{}: case `{}` does not assemble:\n{e}",
                        f.at(c.line),
                        c.name
                    )),
                }
            }
        }
        fail_if_any(&problems, "malformed spec cases");
        let _ = writeln!(std::io::stderr(), "SKIPPED corpus_kernel: {u}");
        return;
    }
    let host = match corpus::host() {
        Ok(h) => h,
        Err(e) => panic!("{e}"),
    };

    let summary = corpus::check_corpus(&files, &host);
    problems.extend(summary.problems);
    fail_if_any(&problems, "spec cases disagree with the live kernel");

    let mut line = format!(
        "corpus: {} verifier + {} runtime cases ({} runs) agree with the live kernel (Linux {}: {}, behaviours: {}), {} skipped by kernel range, {} with behaviour-dependent expectations",
        summary.verifier_cases,
        summary.runtime_cases,
        summary.runs,
        host.release,
        host.profile.version(),
        host.profile.behaviours(),
        summary.skipped_by_range,
        summary.behaviour_dependent
    );
    if summary.filtered_out > 0 {
        line.push_str(&format!(
            ", {} left out by CORPUS_FILTER",
            summary.filtered_out
        ));
    }
    let _ = writeln!(std::io::stderr(), "{line}");
}

fn fail_if_any(problems: &[String], what: &str) {
    if problems.is_empty() {
        return;
    }
    let mut s = format!("{} {what}:\n\n", problems.len());
    for p in problems {
        s.push_str(p.trim_end());
        s.push_str("\n\n");
    }
    panic!("{s}");
}
