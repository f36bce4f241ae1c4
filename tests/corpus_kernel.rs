//! Every case of the spec corpus (`tests/spec/verifier/*.s`, `tests/spec/runtime/*.s`)
//! against the live kernel: load verdicts, messages and rejected instructions, and test runs.
//! See `tests/spec/README.md` and `tests/support/corpus.rs`.
//!
//! `corpus_agrees_with_each_kernel_image` runs this very binary's live-kernel check inside
//! each kernel image `.ci/kernels` cached, under qemu (crate `bootvm`), with the spec files
//! at the same paths there, all images side by side; it prints one summary line per kernel.
//! It runs whenever qemu and the images are there; `SK_KERNEL_IMAGES=0` (or the older
//! `SK_KERNEL_IMAGES_CORPUS=0`) turns it off (see README, "Kernel images").

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
                match corpus::prepare_case(c, &f.name) {
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

#[test]
fn corpus_agrees_with_each_kernel_image() {
    let test = "corpus_agrees_with_each_kernel_image";
    let root = corpus::root();
    let images_dir = root.join("target/kernels");
    // `SK_KERNEL_IMAGES=0` (or its older name `SK_KERNEL_IMAGES_CORPUS=0`), no qemu, no images.
    if let Some(why) = bootvm::selftest::skip_reason(&images_dir) {
        say(&format!("SKIPPED {test}: {why}"));
        return;
    }
    let images = bootvm::images(&images_dir);
    // One guest per image, side by side: each has one vCPU.
    let failures: Vec<String> = std::thread::scope(|s| {
        let runs: Vec<_> = images
            .iter()
            .map(|image| s.spawn(|| corpus_in_image(image, &root)))
            .collect();
        runs.into_iter()
            .filter_map(|r| {
                r.join()
                    .unwrap_or_else(|_| Some("a guest run panicked".into()))
            })
            .collect()
    });
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Runs this binary's live-kernel corpus check inside `image`; prints its summary line and
/// returns the guest's output when it failed.
fn corpus_in_image(image: &bootvm::Image, root: &std::path::Path) -> Option<String> {
    let exe = std::env::current_exe().unwrap();
    let mut vm = bootvm::Vm::new(
        &image.vmlinuz,
        &[
            exe.to_str().unwrap(),
            "corpus_agrees_with_the_live_kernel",
            "--exact",
            "--nocapture",
        ],
    )
    .binary(&exe)
    .dir(root.join("tests/spec"))
    .cwd(root.to_string_lossy())
    .timeout(std::time::Duration::from_secs(900));
    for knob in ["CORPUS_FILTER", "CORPUS_SHOW"] {
        if let Ok(v) = std::env::var(knob) {
            vm = vm.env(knob, v);
        }
    }
    let out = match vm.run() {
        Ok(out) => out,
        Err(e) => return Some(format!("{}: {e}", image.release)),
    };
    let stderr = out.stderr_text();
    let summary = stderr
        .lines()
        .find(|l| l.starts_with("corpus: ") || l.contains(" disagree with the live kernel"))
        .unwrap_or("no summary line");
    say(&format!(
        "{}: {summary} [boot {:.1?}, corpus {:.1?}, {:?}]",
        image.release, out.boot_time, out.run_time, out.accel
    ));
    (!out.success()).then(|| {
        format!(
            "inside {} (status {}):\n{}{}",
            image.release,
            out.status,
            out.stdout_text(),
            stderr
        )
    })
}

fn say(line: &str) {
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
