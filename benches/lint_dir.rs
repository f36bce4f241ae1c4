//! `cargo bench --bench lint_dir`: `skasm lint` on a directory of 1,000 distinct clang objects
//! against loading the same programs into the running kernel, in one run.
//!
//! The objects: the C example corpus (`examples/c/obj`, 66 objects: 22 examples, 3 builds)
//! and programs of `proggen::cgen` (seed [`SEED`]) until there are 1,000, each compiled by
//! one of the installed clangs in turn ([`cgen::BUILDS`]). Sources and objects are kept under
//! `target/` (`lint-bench/`): a program is compiled again only when its generated source
//! changed, so a second run builds nothing (the first takes a few minutes of clang). Without
//! clang-14 or clang-19 the corpus is copied round and round instead, and the run says so.
//! Then:
//!
//! * lint: the `skasm` binary (this profile's build) as a process, `skasm lint --format json`
//!   given the directory, timed around spawn and wait (list, read, link, verify, render,
//!   print); then `--format human`, which computes no `min_kernel` (JSON verifies each
//!   program on every modelled release for it): what that field costs;
//! * kernel: in this process, one thread. Each object is read and linked as lint links it
//!   (`sk_lookup::lint::loadable`) before the clock starts; timed are the kernel's calls
//!   only, as a loader makes them: the program's maps created (`.rodata` written and
//!   frozen), its `func_info` BTF loaded when the object has it, and `BPF_PROG_LOAD`
//!   (`sk_lookup::lint::cross_check::{create_maps, load_with_maps}`). Three ways: as libbpf
//!   1.x loads (`bpf_object_load_prog`: log level 0, and for a program the kernel refuses
//!   the retry at level 1 with the same maps into a 16 MiB log, for the log it prints), at
//!   log level 0 only, and at log level 1 with statistics into a 64 KiB log grown to the
//!   size the kernel asks for, as `--cross-check-kernel` loads.
//!
//! Each figure is a wall time and a CPU time (user + system, from `getrusage`: the child's
//! for lint, this thread's for the kernel, whose verifier runs in the `bpf()` call): on a
//! machine that other work shares, the wall time grows with the load and the CPU time does
//! not. The load average is printed before and after. Both sides must agree on each
//! program's verdict (lint's `unsupported` is counted apart). `LINT_BENCH_RUNS=<n>` (default
//! 5) runs behind each figure, the median is shown. `LINT_BENCH_BASELINE=<path>` times another
//! `skasm` binary (the build before a change) the same way in the same run. Without `--bench`
//! (as under `cargo test --benches`) one run on the 66 corpus objects only checks that it
//! works. Without root (or `bpf()`), the kernel side prints `SKIPPED` and lint is timed alone.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use proggen::cgen::{self, Features};

const OBJECTS: usize = 1000;

/// The `proggen::cgen` seed of the generated programs.
const SEED: u64 = 11;

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

/// Where an object of the bench's directory comes from.
enum Origin {
    /// A corpus object, copied.
    Corpus(PathBuf),
    /// A `proggen::cgen` program compiled by a build of [`cgen::BUILDS`].
    Generated(
        cgen::CProgram,
        &'static (&'static str, &'static str, &'static [&'static str]),
    ),
}

/// The `n` objects' origins and file names: the corpus, then generated programs with the
/// installed builds in turn (the corpus round and round when no clang is installed).
fn origins(n: usize) -> Vec<(String, Origin)> {
    let corpus = corpus();
    let name = |p: &Path| {
        let build = p.parent().unwrap().file_name().unwrap().to_string_lossy();
        format!("{build}-{}", p.file_name().unwrap().to_string_lossy())
    };
    let builds: Vec<_> = cgen::BUILDS
        .iter()
        .filter(|b| cgen::installed(b.1))
        .collect();
    if builds.is_empty() {
        println!("lint_dir: no clang-14 or clang-19: the corpus copied round and round");
        let copy = |i: usize| corpus[i % corpus.len()].clone();
        return (0..n)
            .map(|i| {
                (
                    format!("{i:04}-{}", name(&copy(i))),
                    Origin::Corpus(copy(i)),
                )
            })
            .collect();
    }
    let mut out: Vec<_> = (corpus.iter().take(n))
        .map(|p| (name(p), Origin::Corpus(p.clone())))
        .collect();
    let features = Features::ALL;
    for index in 0..n.saturating_sub(out.len()) {
        let build = builds[index % builds.len()];
        let p = cgen::program(SEED, index, features);
        out.push((
            format!("{}-{}.o", p.name, build.0),
            Origin::Generated(p, build),
        ));
    }
    out
}

/// The directory of `n` objects under `target/`, made or brought up to date: its path and
/// the objects' paths.
fn directory(n: usize) -> (PathBuf, Vec<PathBuf>) {
    let base = Path::new(env!("CARGO_TARGET_TMPDIR")).join("lint-bench");
    let (dir, sources) = (base.join(format!("objects-{n}")), base.join("src"));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::create_dir_all(&sources).unwrap();
    let origins = origins(n);
    let wanted: Vec<PathBuf> = origins.iter().map(|(name, _)| dir.join(name)).collect();
    for stale in std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()) {
        if !wanted.contains(&stale) {
            std::fs::remove_file(stale).unwrap();
        }
    }
    let jobs: Vec<(&PathBuf, &Origin)> = wanted.iter().zip(origins.iter().map(|o| &o.1)).collect();
    let compiled = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|s| {
        for chunk in jobs.chunks(jobs.len().div_ceil(2).max(1)) {
            let (sources, compiled) = (&sources, &compiled);
            s.spawn(move || {
                for (to, origin) in chunk {
                    if make(to, origin, sources) {
                        compiled.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    }
                }
            });
        }
    });
    let compiled = compiled.into_inner();
    if compiled > 0 {
        println!(
            "lint_dir: {compiled} objects compiled or copied into {}",
            dir.display()
        );
    }
    (dir, wanted)
}

/// Brings object `to` up to date with `origin` (generated sources are kept in `sources`):
/// whether it had to be made.
fn make(to: &Path, origin: &Origin, sources: &Path) -> bool {
    match origin {
        Origin::Corpus(from) => {
            if std::fs::read(to).ok() == std::fs::read(from).ok() {
                return false;
            }
            std::fs::copy(from, to).unwrap();
        }
        Origin::Generated(p, (_, cc, flags)) => {
            let source = sources.join(format!("{}.c", p.name));
            let same = std::fs::read_to_string(&source).is_ok_and(|s| s == p.source);
            if same && to.exists() {
                return false;
            }
            if !same {
                std::fs::write(&source, &p.source).unwrap();
            }
            cgen::compile(cc, flags, &source, to).unwrap();
        }
    }
    true
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

/// Each program's verdict by file name (one program per object): accepted, or not (`None`:
/// lint's `unsupported`).
type Verdicts = BTreeMap<String, Option<bool>>;

/// One `skasm lint --format <format>` run of binary `skasm` on directory `dir` of `n` objects:
/// its times and its accepted count (JSON's `summary`, else the summary line).
fn lint_once(skasm: &Path, dir: &Path, n: usize, format: &str) -> (Took, u64) {
    let (took, out) = timed(libc::RUSAGE_CHILDREN, || lint_output(skasm, dir, format));
    if format != "json" {
        // "N programs: A accepted, R rejected, U unsupported"
        let text = String::from_utf8_lossy(&out);
        let line = text.lines().rfind(|l| l.contains(" accepted, ")).unwrap();
        let (programs, rest) = line.split_once(" programs: ").unwrap();
        assert_eq!(programs, n.to_string(), "one program per object");
        return (took, rest.split(' ').next().unwrap().parse().unwrap());
    }
    let report: serde_json::Value = serde_json::from_slice(&out).expect("JSON");
    let summary = &report["summary"];
    assert_eq!(summary["programs"], n, "one program per object");
    (took, summary["accepted"].as_u64().unwrap())
}

/// What `skasm lint --format <format> dir` prints.
fn lint_output(skasm: &Path, dir: &Path, format: &str) -> Vec<u8> {
    let out = Command::new(skasm)
        .args(["lint", "--format", format])
        .arg(dir)
        .output()
        .expect("skasm runs");
    out.stdout
}

/// lint's verdict on each program of `dir` (from its JSON).
fn lint_verdicts(skasm: &Path, dir: &Path) -> Verdicts {
    let report: serde_json::Value =
        serde_json::from_slice(&lint_output(skasm, dir, "json")).expect("JSON");
    let mut out = Verdicts::new();
    for file in report["files"].as_array().unwrap() {
        let name = Path::new(file["path"].as_str().unwrap())
            .file_name()
            .unwrap();
        for p in file["programs"].as_array().unwrap() {
            let verdict = match p["verdict"].as_str().unwrap() {
                "unsupported" => None,
                v => Some(v == "accepted"),
            };
            out.insert(name.to_string_lossy().into_owned(), verdict);
        }
    }
    out
}

/// How the kernel side loads each program.
#[cfg(target_os = "linux")]
#[derive(Clone, Copy)]
enum Loader {
    /// As libbpf 1.x loads (`bpf_object_load_prog`): at log level 0, and when that fails
    /// once more at level 1 for the log it prints.
    Libbpf,
    /// At one log level: 0 a loader's first attempt, 1 (with statistics) as the
    /// cross-check loads (the kernel's message for each rejection, as lint gives its own).
    Level(u32),
}

#[cfg(target_os = "linux")]
impl Loader {
    fn label(self) -> String {
        match self {
            Loader::Libbpf => {
                "kernel as libbpf loads (level 0, on failure again at level 1)".to_string()
            }
            Loader::Level(level) => format!("kernel, log level {level} (maps + `BPF_PROG_LOAD`)"),
        }
    }
}

/// One object's programs read and linked as lint links them, for the kernel side.
#[cfg(target_os = "linux")]
struct Prepared {
    name: String,
    license: String,
    loadables: Vec<sk_lookup::lint::Loadable>,
}

/// Every object of `paths` read and linked (not timed: the kernel's calls are).
#[cfg(target_os = "linux")]
fn prepare(paths: &[PathBuf]) -> Vec<Prepared> {
    let prepare = |path: &PathBuf| {
        let input = sk_lookup::load::read_input(path, "lint").unwrap();
        Prepared {
            name: path.file_name().unwrap().to_string_lossy().into_owned(),
            license: sk_lookup::lint::cross_check::license(&input.object),
            loadables: sk_lookup::lint::loadable(&input.object, None),
        }
    };
    paths.iter().map(prepare).collect()
}

/// The kernel side once, loading as `loader` does: its times and each program's verdict.
#[cfg(target_os = "linux")]
fn kernel_once(objects: &[Prepared], loader: Loader) -> (Took, Verdicts) {
    timed(libc::RUSAGE_THREAD, || {
        let mut verdicts = Verdicts::new();
        for o in objects {
            for l in &o.loadables {
                verdicts.insert(o.name.clone(), Some(load(l, &o.license, loader)));
            }
        }
        verdicts
    })
}

/// `l` loaded as `loader` loads it: whether the kernel accepted it.
#[cfg(target_os = "linux")]
fn load(l: &sk_lookup::lint::Loadable, license: &str, loader: Loader) -> bool {
    use sk_lookup::lint::cross_check::{create_maps, load_options, load_with_maps};
    let maps = create_maps(l).unwrap();
    let at = |opts| load_with_maps(l, &maps, &opts).unwrap().accepted();
    let level = |level| load_options(license, skctx::Privilege::Root, level);
    match loader {
        Loader::Level(n) => at(level(n)),
        Loader::Libbpf => at(level(0)) || at(libbpf_retry(level(1))),
    }
}

/// libbpf's retry after a refusal: log level 1 without statistics, into a buffer of its
/// own of `BPF_LOG_BUF_SIZE` (16 MiB, grown when the kernel says ENOSPC).
#[cfg(target_os = "linux")]
fn libbpf_retry(opts: kernel::LoadOptions) -> kernel::LoadOptions {
    kernel::LoadOptions {
        stats: false,
        initial_log_size: u32::MAX >> 8,
        ..opts
    }
}

/// `runs` runs of `f`: the median times; every run must give the same answer.
fn measure<T: PartialEq>(runs: usize, f: impl Fn() -> (Took, T)) -> (Took, T) {
    let mut results: Vec<(Took, T)> = (0..runs).map(|_| f()).collect();
    assert!(results.iter().all(|r| r.1 == results[0].1), "runs disagree");
    let took = Took {
        wall: median(results.iter().map(|r| r.0.wall).collect()),
        cpu: median(results.iter().map(|r| r.0.cpu).collect()),
    };
    (took, results.swap_remove(0).1)
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

/// `/proc/loadavg`'s three load averages.
fn load_average() -> String {
    let text = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    text.split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
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
        "lint_dir: {n} objects in {} ({runs} runs each, median); load average {}",
        dir.display(),
        load_average()
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
    let kernel = kernel_side(&paths, runs, lint);
    println!("lint_dir: load average {} at the end", load_average());
    if let Some(kernel) = kernel {
        compare(&lint_verdicts(&skasm, &dir), &kernel);
    }
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

/// The kernel's rows of the table beside lint's time, and the kernel's verdicts (`None`
/// without a kernel to load into).
#[cfg(target_os = "linux")]
fn kernel_side(paths: &[PathBuf], runs: usize, lint: Took) -> Option<Verdicts> {
    if let Err(u) = kernel::availability() {
        println!("SKIPPED lint_dir kernel side: {u}");
        return None;
    }
    let objects = prepare(paths);
    let n = paths.len();
    let mut verdicts = None;
    for loader in [Loader::Libbpf, Loader::Level(0), Loader::Level(1)] {
        let (k, v) = measure(runs, || kernel_once(&objects, loader));
        assert!(
            verdicts.as_ref().is_none_or(|w| *w == v),
            "the loaders agree"
        );
        println!("{}", row(&loader.label(), k, n, Some(lint)));
        verdicts = Some(v);
    }
    verdicts
}

/// lint's verdicts beside the kernel's: every program lint judges must get the kernel's.
#[cfg(target_os = "linux")]
fn compare(lint: &Verdicts, kernel: &Verdicts) {
    assert_eq!(lint.len(), kernel.len(), "both sides see every program");
    let accepted = kernel.values().filter(|v| **v == Some(true)).count();
    let unsupported: Vec<&String> = lint.iter().filter(|v| v.1.is_none()).map(|v| v.0).collect();
    let differ: Vec<&String> = (lint.iter())
        .filter(|(name, v)| v.is_some() && kernel.get(*name) != Some(v))
        .map(|v| v.0)
        .collect();
    println!(
        "lint_dir: the kernel accepts {accepted} of {} programs; lint gives the kernel's \
         verdict on {} of {} it judges ({} unsupported)",
        kernel.len(),
        lint.len() - unsupported.len() - differ.len(),
        lint.len() - unsupported.len(),
        unsupported.len()
    );
    assert!(
        differ.is_empty(),
        "lint and the kernel differ on {differ:?}"
    );
}

#[cfg(not(target_os = "linux"))]
fn kernel_side(_paths: &[PathBuf], _runs: usize, _lint: Took) -> Option<Verdicts> {
    println!("SKIPPED lint_dir kernel side: needs Linux");
    None
}

#[cfg(not(target_os = "linux"))]
fn compare(_lint: &Verdicts, _kernel: &Verdicts) {}
