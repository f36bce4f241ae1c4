//! `cargo bench --bench lint_dir`: `skasm lint` on 1,000 clang objects against loading the
//! same programs into the running kernel, in one run.
//!
//! The objects are the C example corpus (`examples/c/obj`, 66 objects: 22 examples, 3
//! builds) copied under distinct names into one directory until there are 1,000. Then:
//!
//! * lint: the `skasm` binary (this profile's build) as a process, `skasm lint --format json`
//!   given the directory, timed around spawn and wait (list, read, link, verify, render,
//!   print); then `--format human`, which computes no `min_kernel` (JSON verifies each
//!   program on every modelled release for it): what that field costs;
//! * kernel: in this process, one thread, each object read and linked as lint links it
//!   (`sk_lookup::lint::loadable`), its maps created and the program loaded with
//!   `BPF_PROG_LOAD` (`sk_lookup::lint::cross_check::load_in_kernel_at`, with `func_info`
//!   when the object has it), at log level 1 as the cross-check loads (the kernel's message
//!   for each rejection, as lint gives its own), at log level 0 (a loader's first attempt),
//!   and as libbpf 1.x loads (level 0, and for a rejected program the retry at level 1 that
//!   gives libbpf its log), each timed around the whole loop.
//!
//! Each figure is a wall time and a CPU time (user + system, from `getrusage`: the child's
//! for lint, this thread's for the kernel, whose verifier runs in the `bpf()` call): on a
//! machine that other work shares, the wall time grows with the load and the CPU time does
//! not. Both sides must agree on how many programs are accepted. `LINT_BENCH_RUNS=<n>` (default
//! 5) runs behind each figure, the median is shown. `LINT_BENCH_BASELINE=<path>` times another
//! `skasm` binary (the build before a change) the same way in the same run. Without `--bench` (as under
//! `cargo test --benches`) one run on the 66 objects only checks that it works. Without root
//! (or `bpf()`), the kernel side prints `SKIPPED` and lint is timed alone.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const OBJECTS: usize = 1000;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The corpus objects, sorted.
fn corpus() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for build in std::fs::read_dir(root().join("examples/c/obj")).expect("examples/c/obj") {
        for o in std::fs::read_dir(build.unwrap().path()).unwrap() {
            out.push(o.unwrap().path());
        }
    }
    out.sort();
    out
}

/// `n` objects in a fresh directory, the corpus round and round.
fn directory(n: usize) -> (PathBuf, Vec<PathBuf>) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("lint-bench-{n}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let corpus = corpus();
    let paths = (0..n)
        .map(|i| {
            let from = &corpus[i % corpus.len()];
            let build = from
                .parent()
                .unwrap()
                .file_name()
                .unwrap()
                .to_string_lossy();
            let name = from.file_name().unwrap().to_string_lossy();
            let to = dir.join(format!("{i:04}-{build}-{name}"));
            std::fs::copy(from, &to).unwrap();
            to
        })
        .collect();
    (dir, paths)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Wall and CPU time of one run.
#[derive(Clone, Copy)]
struct Took {
    wall: Duration,
    cpu: Duration,
}

/// User + system time of `who` (`RUSAGE_CHILDREN`, `RUSAGE_THREAD`) so far.
fn cpu_time(who: libc::c_int) -> Duration {
    // SAFETY: an all-zero rusage is a valid value of this plain C struct.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `usage` is a live, writable rusage for the call to fill.
    let r = unsafe { libc::getrusage(who, &mut usage) };
    assert_eq!(r, 0, "getrusage");
    let tv = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    tv(usage.ru_utime) + tv(usage.ru_stime)
}

/// Runs `f`, timing it by the wall and by `who`'s CPU time.
fn timed<T>(who: libc::c_int, f: impl FnOnce() -> T) -> (Took, T) {
    let (wall, cpu) = (Instant::now(), cpu_time(who));
    let out = f();
    let took = Took {
        wall: wall.elapsed(),
        cpu: cpu_time(who) - cpu,
    };
    (took, out)
}

/// One `skasm lint --format <format>` run of binary `skasm` on directory `dir` of `n` objects: its times and
/// the accepted count of its summary (JSON's `summary`, else the summary line).
fn lint_once(skasm: &Path, dir: &Path, n: usize, format: &str) -> (Took, u64) {
    let (took, out) = timed(libc::RUSAGE_CHILDREN, || {
        Command::new(skasm)
            .args(["lint", "--format", format])
            .arg(dir)
            .output()
            .expect("skasm runs")
    });
    if format != "json" {
        // "N programs: A accepted, R rejected, U unsupported"
        let text = String::from_utf8_lossy(&out.stdout);
        let line = text.lines().rfind(|l| l.contains(" accepted, ")).unwrap();
        let (programs, rest) = line.split_once(" programs: ").unwrap();
        assert_eq!(programs, n.to_string(), "one program per object");
        return (took, rest.split(' ').next().unwrap().parse().unwrap());
    }
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let summary = &report["summary"];
    assert_eq!(summary["programs"], n, "one program per object");
    (took, summary["accepted"].as_u64().unwrap())
}

/// How the kernel side loads each program.
#[cfg(target_os = "linux")]
#[derive(Clone, Copy)]
enum Loader {
    /// At one log level: 1 as the cross-check loads (the kernel's message for each
    /// rejection, as lint gives its own), 0 a loader's first attempt.
    Level(u32),
    /// As libbpf 1.x loads (`bpf_object_load_prog`): at log level 0, and when that fails
    /// once more at level 1 for the log it prints.
    Libbpf,
}

#[cfg(target_os = "linux")]
impl Loader {
    fn label(self) -> String {
        match self {
            Loader::Level(level) => format!("kernel, log level {level} (maps + `BPF_PROG_LOAD`)"),
            Loader::Libbpf => {
                "kernel as libbpf loads (level 0, on failure again at level 1)".to_string()
            }
        }
    }
}

/// The kernel side once, loading as `loader` does: wall time and accepted count.
#[cfg(target_os = "linux")]
fn kernel_once(paths: &[PathBuf], loader: Loader) -> (Took, u64) {
    timed(libc::RUSAGE_THREAD, || {
        let mut accepted = 0;
        for path in paths {
            let input = sk_lookup::load::read_input(path, "lint").unwrap();
            let license = sk_lookup::lint::cross_check::license(&input.object);
            for l in sk_lookup::lint::loadable(&input.object, None) {
                accepted += u64::from(load(&l, &license, loader));
            }
        }
        accepted
    })
}

/// `load_in_kernel` as `loader` loads: whether the kernel accepted the program.
#[cfg(target_os = "linux")]
fn load(l: &sk_lookup::lint::Loadable, license: &str, loader: Loader) -> bool {
    use sk_lookup::lint::cross_check::load_in_kernel_at;
    let at = |level| load_in_kernel_at(l, license, skctx::Privilege::Root, level).unwrap();
    match loader {
        Loader::Level(level) => at(level).accepted(),
        Loader::Libbpf => at(0).accepted() || at(1).accepted(),
    }
}

/// `runs` runs of `f`: the median times; every run must count the same accepted programs.
fn measure(runs: usize, f: impl Fn() -> (Took, u64)) -> (Took, u64) {
    let results: Vec<(Took, u64)> = (0..runs).map(|_| f()).collect();
    let accepted = results[0].1;
    assert!(results.iter().all(|r| r.1 == accepted), "runs disagree");
    let took = Took {
        wall: median(results.iter().map(|r| r.0.wall).collect()),
        cpu: median(results.iter().map(|r| r.0.cpu).collect()),
    };
    (took, accepted)
}

/// A table row: wall, CPU, CPU per program, and lint's speed-up by each (`None` for lint).
fn row(side: &str, t: Took, n: usize, lint: Option<Took>) -> String {
    let ratio = |a: Duration, b: Duration| format!("{:.1}×", a.as_secs_f64() / b.as_secs_f64());
    let per = t.cpu.as_secs_f64() * 1e6 / n as f64;
    let (by_wall, by_cpu) = match lint {
        Some(l) => (ratio(t.wall, l.wall), ratio(t.cpu, l.cpu)),
        None => (String::new(), String::new()),
    };
    format!(
        "| {side} | {:.0} ms | {:.0} ms | {per:.0} µs | {by_wall} | {by_cpu} |",
        t.wall.as_secs_f64() * 1e3,
        t.cpu.as_secs_f64() * 1e3
    )
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let n = if full { OBJECTS } else { corpus().len() };
    let runs = match full {
        true => std::env::var("LINT_BENCH_RUNS")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(5),
        false => 1,
    };
    let (dir, paths) = directory(n);
    println!(
        "lint_dir: {n} objects in {} ({runs} runs each, median)",
        dir.display()
    );
    let skasm = PathBuf::from(env!("CARGO_BIN_EXE_skasm"));
    let (lint, lint_accepted) = measure(runs, || lint_once(&skasm, &dir, n, "json"));
    let (human, human_accepted) = measure(runs, || lint_once(&skasm, &dir, n, "human"));
    assert_eq!(human_accepted, lint_accepted, "both formats accept as many");
    println!("| side | wall | CPU | CPU per program | lint's speed-up (wall) | (CPU) |");
    println!("|---|---|---|---|---|---|");
    println!("{}", row("`skasm lint DIR` (one process)", lint, n, None));
    let side = "`skasm lint --format human DIR` (no `min_kernel`)";
    println!("{}", row(side, human, n, None));
    if let Some(other) = std::env::var_os("LINT_BENCH_BASELINE").map(PathBuf::from) {
        baseline(&other, &dir, n, runs, lint_accepted);
    }
    kernel_side(&paths, runs, (lint, lint_accepted));
}

/// The rows of another `skasm` binary (`LINT_BENCH_BASELINE`, e.g. the build before a
/// change) on the same directory in the same run: a comparison with this load.
fn baseline(skasm: &Path, dir: &Path, n: usize, runs: usize, accepted: u64) {
    for (format, side) in [("json", "DIR"), ("human", "--format human DIR")] {
        let (took, a) = measure(runs, || lint_once(skasm, dir, n, format));
        assert_eq!(a, accepted, "the baseline accepts as many");
        let side = format!("baseline `{}` `lint {side}`", skasm.display());
        println!("{}", row(&side, took, n, None));
    }
}

/// The kernel's rows of the table, beside lint's `(time, accepted)`.
#[cfg(target_os = "linux")]
fn kernel_side(paths: &[PathBuf], runs: usize, (lint, lint_accepted): (Took, u64)) {
    if let Err(u) = kernel::availability() {
        println!("SKIPPED lint_dir kernel side: {u}");
        return;
    }
    let n = paths.len();
    for loader in [Loader::Level(1), Loader::Level(0), Loader::Libbpf] {
        let (k, accepted) = measure(runs, || kernel_once(paths, loader));
        assert_eq!(
            accepted, lint_accepted,
            "lint and the kernel accept as many programs"
        );
        println!("{}", row(&loader.label(), k, n, Some(lint)));
    }
    println!("lint_dir: both sides accept {lint_accepted} of {n} programs");
}

#[cfg(not(target_os = "linux"))]
fn kernel_side(_paths: &[PathBuf], _runs: usize, _lint: (Took, u64)) {
    println!("SKIPPED lint_dir kernel side: needs Linux");
}
