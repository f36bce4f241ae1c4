//! The fidelity campaign (`tests/c/campaign`): C programs written the way users write
//! SK_LOOKUP programs (port ranges, LPM tries, SOCKHASH/SOCKMAP by key, ARRAY dispatch, IPv4
//! and IPv6, the assign flags, global data, global and static functions, loops) and their
//! usual mistakes (a second round: output helpers, ring buffer, global data, `ctx->sk`,
//! per-CPU maps, IPv6, switch, five-argument and pointer-returning functions), built by
//! clang-14 at several optimisation levels and cpus and by clang-19 at v3 and v4. Proven here:
//! the committed objects are what `tests/c/campaign/build.sh` builds; `skasm lint
//! --cross-check-kernel` gives the live kernel's verdict, rejected instruction and message on
//! every object; and on every lookup of `tuples.txt` in `world.toml`, the interpreter, the
//! JIT and the live kernel (`BPF_PROG_TEST_RUN`, then a real packet) give the same verdict,
//! return value, selected socket and delivery.
//!
//! Cheap by default (a few seconds): the run comparison covers the `-O2` cpu v1 build, each
//! program on every `STRIDE`th lookup (a different share for each program); set
//! `CAMPAIGN_ALL=1` for every build on every lookup, and `CAMPAIGN_SLOW=1` to also
//! cross-check the programs the kernel needs seconds for (`SLOW`).
#![forbid(unsafe_code)]
#![cfg(target_os = "linux")]

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use sk_lookup::skvm::EngineChoice;
use support::engines::{kernel_cannot_tell, Answer};

macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

const DIR: &str = "tests/c/campaign";

/// Programs whose rejection costs the kernel seconds (a 1M-instruction walk): cross-checked
/// with `CAMPAIGN_SLOW=1` only.
const SLOW: [&str; 1] = ["bad_unbounded_loop"];

/// Programs the kernel loads but the VM cannot run, with the error the interpreter must
/// give (the test fails when it runs them, so the entry goes when the VM learns).
/// None since the VM runs `bpf_get_current_pid_tgid` (`bad_helper_pid`).
const VM_CANNOT_RUN: [(&str, &str); 0] = [];

/// Programs lint does not verify yet (`unsupported` on the host, every build), with why:
/// the test fails when one of them is verified, or another program is not. None since the
/// verifier models `bpf_spin_lock` (`spin_counter`).
const UNSUPPORTED: [(&str, &str); 0] = [];

/// The build whose programs run on every engine by default (`CAMPAIGN_ALL=1`: all).
const RUN_BUILD: &str = "O2-v1";

/// By default program `i` runs on lookups `j` with `(i + j) % STRIDE == 0` only.
const STRIDE: usize = 4;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn env_set(name: &str) -> bool {
    std::env::var_os(name).is_some_and(|v| v == "1")
}

/// Every committed object under `dir` (`<build>/<name>.o`), relative to the root, sorted.
fn objects_in(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for build in std::fs::read_dir(dir).unwrap() {
        let build = build.unwrap().path();
        for o in std::fs::read_dir(&build).unwrap() {
            let o = o.unwrap().path();
            if o.extension().is_some_and(|e| e == "o") {
                let rel = o.strip_prefix(dir).unwrap().to_str().unwrap().to_string();
                found.push(rel);
            }
        }
    }
    found.sort();
    found
}

/// The committed objects, as paths from the root.
fn objects() -> Vec<String> {
    let obj = root().join(DIR).join("obj");
    (objects_in(&obj).into_iter())
        .map(|rel| format!("{DIR}/obj/{rel}"))
        .collect()
}

/// The program's name: the object's file name without `.o`.
fn name_of(path: &str) -> &str {
    let file = path.rsplit('/').next().unwrap();
    file.strip_suffix(".o").unwrap()
}

fn build_of(path: &str) -> &str {
    path.rsplit('/').nth(1).unwrap()
}

#[test]
fn objects_are_what_the_build_script_builds() {
    let test = "objects_are_what_the_build_script_builds";
    if Command::new("clang-14").arg("--version").output().is_err() {
        say!("SKIPPED {test}: clang-14 is not installed (apt-get install clang-14)");
        return;
    }
    let out = support::scratch::scratch("campaign");
    let status = Command::new(root().join(DIR).join("build.sh"))
        .arg(&*out)
        .status()
        .expect("build.sh runs");
    assert!(status.success(), "{DIR}/build.sh failed");
    let committed = objects_in(&root().join(DIR).join("obj"));
    assert_eq!(
        committed,
        objects_in(&out),
        "rerun {DIR}/build.sh and commit"
    );
    for rel in &committed {
        let a = std::fs::read(root().join(DIR).join("obj").join(rel)).unwrap();
        let b = std::fs::read(out.join(rel)).unwrap();
        assert!(a == b, "{DIR}/obj/{rel} differs from what build.sh builds");
    }
    say!(
        "campaign: {} objects rebuilt byte for byte",
        committed.len()
    );
}

fn skasm(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_skasm"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("skasm runs")
}

/// The `cross-check: <path>: ...` line of each object, in the order given.
fn cross_check(paths: &[&str]) -> Vec<String> {
    let mut args = vec!["lint", "--cross-check-kernel"];
    args.extend(paths);
    let out = skasm(&args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<String> = (stderr.lines())
        .filter(|l| l.starts_with("cross-check: "))
        .map(String::from)
        .collect();
    assert_eq!(lines.len(), paths.len(), "one line per object:\n{stderr}");
    lines
}

#[test]
fn lint_agrees_with_the_host_kernel() {
    let test = "lint_agrees_with_the_host_kernel";
    if let Err(u) = kernel::availability() {
        say!("SKIPPED {test}: {u}");
        return;
    }
    let slow = env_set("CAMPAIGN_SLOW");
    let objects = objects();
    let paths: Vec<&str> = (objects.iter().map(String::as_str))
        .filter(|p| slow || !SLOW.contains(&name_of(p)))
        .collect();
    let (mut accepted, mut rejected, mut unsupported) = (0, 0, 0);
    for (line, path) in cross_check(&paths).iter().zip(&paths) {
        let rest = line
            .strip_prefix(&format!("cross-check: {path}: "))
            .unwrap_or_else(|| panic!("{line}"));
        let listed = UNSUPPORTED.iter().any(|(n, _)| *n == name_of(path));
        if rest.ends_with(": not compared: lint did not verify it (unsupported)") {
            assert!(listed, "{line}: not in UNSUPPORTED");
            unsupported += 1;
            continue;
        }
        assert!(!listed, "{line}: verified now, take it out of UNSUPPORTED");
        assert!(rest.contains(": agrees with Linux "), "{line}");
        if rest.ends_with(": accepted") {
            accepted += 1;
        } else {
            rejected += 1;
        }
    }
    say!(
        "campaign: lint --cross-check-kernel: {} objects: {accepted} accepted and {rejected} rejected as the host kernel, {unsupported} unsupported here{}",
        paths.len(),
        if slow { "" } else { " (CAMPAIGN_SLOW=1 adds the slow ones)" }
    );
}

/// The lookups of `tuples.txt`.
fn tuples() -> Vec<String> {
    let text = std::fs::read_to_string(root().join(DIR).join("tuples.txt")).unwrap();
    (text.lines().map(str::trim))
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

/// One run of a campaign object on one engine, in the campaign's world.
fn run(path: &str, tuple: &str, engine: EngineChoice) -> Answer {
    let world = root().join(DIR).join("world.toml");
    support::engines::run(&root().join(path), &world, tuple, engine)
}

#[test]
fn runs_agree_with_the_host_kernel() {
    let test = "runs_agree_with_the_host_kernel";
    if let Err(u) = kernel::availability() {
        say!("SKIPPED {test}: {u}");
        return;
    }
    let all = env_set("CAMPAIGN_ALL");
    let objects = objects();
    let paths: Vec<&str> = (objects.iter().map(String::as_str))
        .filter(|p| all || build_of(p) == RUN_BUILD)
        .filter(|p| !SLOW.contains(&name_of(p)))
        .collect();
    let lines = cross_check(&paths);
    let tuples = tuples();
    let (mut programs, mut runs, mut reuseport, mut unrunnable) = (0, 0, 0, 0);
    for (i, (line, path)) in lines.iter().zip(&paths).enumerate() {
        // Only what the kernel loads can run on it. What lint did not verify runs only
        // when skvm can load it.
        if line.contains(": rejected at insn ") {
            continue;
        }
        let not_verified = line.contains(": not compared: ");
        if not_verified && run(path, &tuples[0], EngineChoice::Kernel).is_err() {
            unrunnable += 1;
            continue;
        }
        if let Some((_, why)) = VM_CANNOT_RUN.iter().find(|(n, _)| *n == name_of(path)) {
            let traps = (tuples.iter().map(|t| run(path, t, EngineChoice::Interp)))
                .any(|a| a.is_err_and(|e| e.contains(why)));
            assert!(
                traps,
                "{path}: VM_CANNOT_RUN says `{why}`, no lookup traps so"
            );
            unrunnable += 1;
            continue;
        }
        programs += 1;
        let share = (tuples.iter().enumerate()).filter(|(j, _)| all || (i + j) % STRIDE == 0);
        for (_, tuple) in share {
            let interp = run(path, tuple, EngineChoice::Interp);
            let jit = run(path, tuple, EngineChoice::Jit);
            let kernel = run(path, tuple, EngineChoice::Kernel);
            assert!(interp.is_ok(), "{path}: `{tuple}`: interp: {interp:?}");
            assert_eq!(interp, jit, "{path}: `{tuple}`: interp, jit");
            runs += 1;
            if kernel_cannot_tell(&kernel, &interp) {
                reuseport += 1;
                continue;
            }
            assert_eq!(interp, kernel, "{path}: `{tuple}`: interp, kernel");
        }
    }
    say!(
        "campaign: {programs} programs, {} lookups: interp, jit and the host kernel agree on {runs} runs ({reuseport} of them a reuseport group the kernel's test run refuses), {unrunnable} programs skvm cannot load{}",
        tuples.len(),
        if all { "" } else { " (CAMPAIGN_ALL=1: every build on every lookup)" }
    );
}
