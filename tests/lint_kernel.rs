//! `skasm lint --cross-check-kernel [--kernel-image PATH]` end to end: the examples, the
//! clang objects of `tests/c` and the lock programs of `tests/spin_lock` get the same
//! verdict, rejected instruction and message from the live kernel and from each cached
//! kernel image as from lint, and a profile that does not match the kernel is reported as an
//! internal error with both answers (exit 1).
#![forbid(unsafe_code)]
#![cfg(target_os = "linux")]

macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

use std::path::{Path, PathBuf};
use std::process::Output;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn skasm(args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_skasm"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("skasm runs")
}

/// The examples and the clang objects, as paths relative to the package root.
fn inputs() -> Vec<String> {
    let mut v = vec![
        "examples/steer-http.s".to_string(),
        "examples/proxy-any-port.s".to_string(),
    ];
    let mut objects: Vec<String> = std::fs::read_dir(root().join("tests/c"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".o"))
        .map(|n| format!("tests/c/{n}"))
        .collect();
    objects.sort();
    v.extend(objects);
    v.extend(MIN_KERNEL_PROGRAMS.iter().map(|p| p.to_string()));
    v.extend(SPIN_LOCK_PROGRAMS.iter().map(|p| p.to_string()));
    v
}

/// A map declared with `.skmap ..., spin_lock=` that takes the lock (HASH: accepted) and one
/// whose type does not (PERCPU_HASH: created without BTF, so the lock is refused).
const SPIN_LOCK_PROGRAMS: [&str; 2] = [
    "tests/spin_lock/locked_hash.s",
    "tests/spin_lock/locked_percpu_hash.s",
];

/// Programs whose minimum kernel lies between the kernels here (6.1, 6.12 and the host): each
/// kernel must accept them exactly when it is at least lint's `min_kernel`.
/// `tests/min_kernel/sign_extending_load.s` (needs 6.6) is checked on the host only: inside
/// 6.1 the kernel refuses it as lint says but names no instruction, where lint names insn 0
/// (a difference of the verifier crate's structural pass, left to it).
const MIN_KERNEL_PROGRAMS: [&str; 2] = [
    "tests/min_kernel/ingress_ifindex.s",
    "tests/min_kernel/pid_tgid.s",
];

/// lint's `min_kernel` of each of `programs` (on the host: it depends on no kernel).
fn min_kernels(programs: &[&str]) -> Vec<(String, (u16, u16))> {
    let mut args = vec!["lint", "--kernel", "6.18", "--format", "json"];
    args.extend(programs);
    let v: serde_json::Value = serde_json::from_slice(&skasm(&args).stdout).unwrap();
    let files = v["files"].as_array().unwrap();
    files
        .iter()
        .map(|f| {
            let release = f["programs"][0]["min_kernel"]["release"].as_str().unwrap();
            (
                f["path"].as_str().unwrap().to_string(),
                major_minor(release),
            )
        })
        .collect()
}

/// `X.Y` of a release (`6.1.0-57-cloud-amd64`, `6.10`).
fn major_minor(release: &str) -> (u16, u16) {
    let mut parts = release.split(|c: char| !c.is_ascii_digit());
    let mut next = || parts.next().and_then(|p| p.parse().ok()).unwrap();
    (next(), next())
}

/// Each of `programs` is accepted by the kernel of `out` (released `release`) exactly when
/// `release` is at least the program's `min_kernel`.
fn check_min_kernels(out: &Output, release: &str, programs: &[&str]) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr);
    let kernel = major_minor(release);
    let mut said = Vec::new();
    for (path, min) in min_kernels(programs) {
        let line = stderr
            .lines()
            .find(|l| l.starts_with(&format!("cross-check: {path}: ")) && l.contains("agrees with"))
            .unwrap_or_else(|| {
                panic!("{release}: no agreeing cross-check line of {path}:\n{stderr}")
            });
        let accepted = line.ends_with(": accepted");
        assert_eq!(
            accepted,
            kernel >= min,
            "{release}: min_kernel {min:?}: {line}"
        );
        said.push(format!(
            "{path} (min {}.{}) {}",
            min.0,
            min.1,
            if accepted { "accepted" } else { "rejected" }
        ));
    }
    format!(
        "lint_kernel: {release}: min_kernel holds: {}",
        said.join(", ")
    )
}

/// The figures of one cross-checked run: programs compared in agreement, programs lint did
/// not verify, and the disagreements (each line).
struct Figures {
    agree: usize,
    not_compared: usize,
    disagree: Vec<String>,
}

/// Reads the `cross-check:` lines of a run's stderr; `programs` is lint's program count.
fn figures(out: &Output) -> Figures {
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("cross-check: "))
        .collect();
    Figures {
        agree: lines
            .iter()
            .filter(|l| l.contains(": agrees with Linux "))
            .count(),
        not_compared: lines.iter().filter(|l| l.contains(": not ")).count(),
        disagree: lines
            .iter()
            .filter(|l| l.contains("internal error"))
            .map(|l| l.to_string())
            .collect(),
    }
}

/// lint's program count, from its summary line (`N programs: ...`).
fn programs(out: &Output) -> usize {
    let stdout = String::from_utf8_lossy(&out.stdout);
    stdout
        .lines()
        .rev()
        .find_map(|l| l.split_once(" programs: ")?.0.parse().ok())
        .unwrap_or_else(|| panic!("no summary line:\n{stdout}"))
}

/// Checks a run over [`inputs`]: one line per program, no disagreement; returns the line
/// to print.
fn check_agreement(out: &Output, kernel: &str) -> String {
    let f = figures(out);
    let n = programs(out);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(f.disagree.is_empty(), "{kernel}:\n{stderr}");
    assert_eq!(f.agree + f.not_compared, n, "{kernel}:\n{stderr}");
    // Rejected programs (global_data.o, subprog.o) make the exit status 1 either way.
    assert_eq!(out.status.code(), Some(1), "{kernel}:\n{stderr}");
    format!(
        "lint_kernel: {kernel}: {} of {n} linted programs agree with the kernel (verdict, rejected instruction, message), {} not compared (lint did not verify them)",
        f.agree, f.not_compared
    )
}

#[test]
fn lint_agrees_with_the_live_kernel() {
    if let Err(u) = kernel::availability() {
        say!("SKIPPED lint_agrees_with_the_live_kernel: {u}");
        return;
    }
    let inputs = inputs();
    let mut args = vec!["lint", "--cross-check-kernel"];
    args.extend(inputs.iter().map(String::as_str));
    let out = skasm(&args);
    let line = check_agreement(&out, "the host");
    assert!(figures(&out).agree >= 10, "{line}");
    say!("{line}");
    let mut min_args = vec!["lint", "--cross-check-kernel"];
    let all_min = [
        MIN_KERNEL_PROGRAMS.as_slice(),
        &["tests/min_kernel/sign_extending_load.s"],
    ]
    .concat();
    min_args.extend(&all_min);
    let release = kernel::release().unwrap();
    say!(
        "{}",
        check_min_kernels(&skasm(&min_args), &release, &all_min)
    );
    // Accepted programs only: exit 0.
    let out = skasm(&[
        "lint",
        "--cross-check-kernel",
        "--format",
        "json",
        "examples/steer-http.s",
        "examples/proxy-any-port.s",
    ]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(figures(&out).agree, 2);
    serde_json::from_slice::<serde_json::Value>(&out.stdout).expect("stdout stays one JSON object");
}

/// A program calling `bpf_get_current_uid_gid`, offered to SK_LOOKUP programs on 6.18 and
/// not on 6.12 (skctx's helper table; both confirmed by the helper probes).
fn uid_program(dir: &Path) -> PathBuf {
    let path = dir.join("uid.s");
    std::fs::write(
        &path,
        ".program uid\n\tcall bpf_get_current_uid_gid\n\tr0 = 1\n\texit\n.license \"GPL\"\n",
    )
    .unwrap();
    path
}

#[test]
fn a_profile_that_does_not_match_the_live_kernel_is_an_internal_error() {
    if let Err(u) = kernel::availability() {
        say!("SKIPPED a_profile_that_does_not_match_the_live_kernel_is_an_internal_error: {u}");
        return;
    }
    let host = kernel::host_profile().unwrap();
    let uid = skctx::helper_by_name("get_current_uid_gid").unwrap().id;
    let offered = |p: skctx::KernelProfile| {
        skctx::sk_lookup_helpers(p, skctx::Privilege::Root).any(|h| h.id == uid)
    };
    // A profile that disagrees with the host's about the helper.
    let other = if offered(host) { "6.12" } else { "6.18" };
    assert_ne!(offered(other.parse().unwrap()), offered(host));
    let dir = tempfile::tempdir().unwrap();
    let path = uid_program(dir.path());
    let out = skasm(&[
        "lint",
        "--cross-check-kernel",
        "--kernel",
        other,
        path.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let f = figures(&out);
    assert_eq!(f.disagree.len(), 1, "{stderr}");
    assert!(
        f.disagree[0].contains("lint and Linux ")
            && f.disagree[0].contains("accepted")
            && f.disagree[0].contains("rejected at insn 0"),
        "{stderr}"
    );
    say!(
        "lint_kernel: --kernel {other} on the host: {}",
        f.disagree[0]
    );
}

#[test]
fn lint_agrees_with_each_kernel_image() {
    let test = "lint_agrees_with_each_kernel_image";
    let dir = root().join("target/kernels");
    if let Some(why) = bootvm::selftest::skip_reason(&dir) {
        say!("SKIPPED {test}: {why}");
        return;
    }
    let images = bootvm::images(&dir);
    let inputs = inputs();
    let runs: Vec<(String, Output, std::time::Duration)> = std::thread::scope(|s| {
        let handles: Vec<_> = images
            .iter()
            .map(|image| {
                let inputs = &inputs;
                s.spawn(move || {
                    let started = std::time::Instant::now();
                    let vmlinuz = image.vmlinuz.to_str().unwrap();
                    let mut args = vec!["lint", "--cross-check-kernel", "--kernel-image", vmlinuz];
                    args.extend(inputs.iter().map(String::as_str));
                    (image.release.clone(), skasm(&args), started.elapsed())
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for (release, out, took) in &runs {
        let line = check_agreement(out, release);
        say!("{line} [{took:.1?}]");
        say!("{}", check_min_kernels(out, release, &MIN_KERNEL_PROGRAMS));
    }
}

/// Inside an image, a profile that does not match its kernel (`--kernel 6.18` in Debian's
/// 6.12 or 6.1) is reported too.
#[test]
fn a_profile_that_does_not_match_an_image_is_an_internal_error() {
    let test = "a_profile_that_does_not_match_an_image_is_an_internal_error";
    let dir = root().join("target/kernels");
    if let Some(why) = bootvm::selftest::skip_reason(&dir) {
        say!("SKIPPED {test}: {why}");
        return;
    }
    let image = bootvm::images(&dir).into_iter().next().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let path = uid_program(tmp.path());
    let out = skasm(&[
        "lint",
        "--cross-check-kernel",
        "--kernel",
        "6.18",
        "--kernel-image",
        image.vmlinuz.to_str().unwrap(),
        path.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let f = figures(&out);
    assert_eq!(f.disagree.len(), 1, "{stderr}");
    assert!(
        f.disagree[0].contains("lint accepted; kernel rejected at insn 0"),
        "{stderr}"
    );
    say!(
        "lint_kernel: --kernel 6.18 inside {}: {}",
        image.release,
        f.disagree[0]
    );
}

/// Without the kernel (`SK_LOOKUP_NO_KERNEL` forces that), `--cross-check-kernel` is a usage
/// error naming `--kernel-image`, and nothing is printed on stdout.
#[test]
fn without_the_kernel_the_cross_check_is_a_usage_error() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_skasm"))
        .args(["lint", "--cross-check-kernel", "examples/steer-http.s"])
        .env(kernel::DISABLE_ENV, "1")
        .current_dir(root())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("--kernel-image"), "{stderr}");
    assert!(out.stdout.is_empty());
}
