//! Generated C (`proggen::cgen`): SK_LOOKUP programs written the way users write them, some
//! with a realistic mistake, compiled by clang-14 (`-O2`, `-O2 -mcpu=v3`) and clang-19
//! (`-O2 -mcpu=v3`, `-O2 -mcpu=v4`) when installed. Proven here, on every object:
//! `skasm lint --cross-check-kernel` gives the kernel's verdict, rejected instruction and
//! message (agree / unsupported / differ are counted; a difference fails); and for every
//! program the kernel accepts, the interpreter, the JIT and the live kernel
//! (`BPF_PROG_TEST_RUN`) give the same verdict, return value, selected socket and landing on
//! the lookups of `cgen::TUPLES` in `cgen::world_toml()` (a program reading
//! `ctx->ingress_ifindex` against the interpreter as the kernel engine's two runs see it:
//! `as_kernel_engine`).
//!
//! Cheap by default (24 programs, each compiled by one of the builds in turn, each run on a
//! third of the lookups). Campaigns: `CGEN_PROGRAMS=N`, `CGEN_SEED=S` (default 1),
//! `CGEN_ALL=1` (every build of every program, every lookup), `CGEN_CORE=1` (the programs read
//! the context through a CO-RE flavor of it, `proggen::cgen::Features::core`), `CGEN_RUNS=0` (the lint
//! comparison only), `CGEN_DIR=D` (keep the sources and objects in D instead of a scratch
//! directory), `CGEN_IDIOMS=0` (the programs as written before `Features::idioms`, so the
//! seeds of earlier campaigns give the same programs), `CGEN_UNPRIV=1` (lint and the kernel
//! loads with `--unprivileged`; lint comparison only). `CGEN_KERNEL_IMAGE=vmlinuz` with
//! `CGEN_KERNEL=6.1.192` (the release lint models: the image's own, so that its stable
//! backports count) runs the lint comparison inside that image
//! (`kernel_image_agrees`; skipped loudly without them). A program is reproduced with
//! `cargo run -p proggen --example cgen -- SEED INDEX`.
#![forbid(unsafe_code)]
#![cfg(target_os = "linux")]

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use proggen::cgen::{self, Features, Mistake};
use sk_lookup::skvm::EngineChoice;
use support::engines::{kernel_cannot_tell, run, run_at, Answer};

macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

/// Objects per `skasm lint` call.
const BATCH: usize = 100;

/// By default program `i` runs on lookups `j` with `(i + j) % STRIDE == 0` only.
const STRIDE: usize = 3;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().map_or(default, |v| {
        v.parse().unwrap_or_else(|_| panic!("{name}={v}: a number"))
    })
}

fn all() -> bool {
    std::env::var_os("CGEN_ALL").is_some_and(|v| v == "1")
}

/// One compiled program.
struct Object {
    path: PathBuf,
    /// `proggen::cgen` program index (the seed is the run's).
    index: usize,
    build: &'static str,
    mistake: Option<Mistake>,
    /// `CProgram::reads_ifindex`: compared with the kernel's test run at its index (below).
    reads_ifindex: bool,
    /// `CProgram::reads_written_state`: counted, compared like the others.
    reads_written_state: bool,
}

/// The directory the run writes to: `CGEN_DIR`, or a scratch directory dropped at the end.
enum Dir {
    Kept(PathBuf),
    Scratch(support::scratch::Scratch),
}

impl Dir {
    fn new() -> Dir {
        match std::env::var_os("CGEN_DIR") {
            Some(d) => {
                std::fs::create_dir_all(&d).unwrap();
                Dir::Kept(d.into())
            }
            None => Dir::Scratch(support::scratch::scratch("cgen")),
        }
    }

    fn path(&self) -> &Path {
        match self {
            Dir::Kept(p) => p,
            Dir::Scratch(s) => s,
        }
    }
}

/// Writes the world and the sources of `CGEN_PROGRAMS` programs of `CGEN_SEED` into `dir`
/// and compiles each with the installed builds (one of them in turn unless `CGEN_ALL=1`).
fn compile(dir: &Path, features: Features) -> Vec<Object> {
    let (count, seed) = (env_num("CGEN_PROGRAMS", 24), env_num("CGEN_SEED", 1));
    std::fs::write(dir.join("world.toml"), cgen::world_toml()).unwrap();
    let builds: Vec<_> = cgen::BUILDS
        .iter()
        .filter(|b| cgen::installed(b.1))
        .collect();
    let mut objects = Vec::new();
    for index in 0..count as usize {
        let p = cgen::program(seed, index, features);
        let source = dir.join(format!("{}.c", p.name));
        std::fs::write(&source, &p.source).unwrap();
        let mine: Vec<_> = if all() {
            builds.clone()
        } else {
            vec![builds[index % builds.len()]]
        };
        for (build, cc, flags) in mine {
            let out = dir.join(build);
            std::fs::create_dir_all(&out).unwrap();
            let path = out.join(format!("{}.o", p.name));
            cgen::compile(cc, flags, &source, &path).unwrap();
            objects.push(Object {
                path,
                index,
                build,
                mistake: p.mistake,
                reads_ifindex: p.reads_ifindex,
                reads_written_state: p.reads_written_state,
            });
        }
    }
    objects
}

/// The generator's features for this run: `base` with the idioms unless `CGEN_IDIOMS=0`.
fn features(base: Features) -> Features {
    Features {
        idioms: std::env::var_os("CGEN_IDIOMS").is_none_or(|v| v != "0"),
        ..base
    }
}

/// `CGEN_UNPRIV=1`: lint and the kernel's loads as an unprivileged loader.
fn unprivileged() -> bool {
    std::env::var_os("CGEN_UNPRIV").is_some_and(|v| v == "1")
}

/// The `cross-check: ...` line of each object, in order, from `skasm lint` with `extra`
/// (and `--unprivileged` when [`unprivileged`]).
fn cross_check(dir: &Path, objects: &[Object], extra: &[&str]) -> Vec<String> {
    let mut lines = Vec::new();
    let privilege: &[&str] = if unprivileged() {
        &["--unprivileged"]
    } else {
        &[]
    };
    for batch in objects.chunks(BATCH) {
        let out = Command::new(env!("CARGO_BIN_EXE_skasm"))
            .args(["lint", "--cross-check-kernel", "--world"])
            .arg(dir.join("world.toml"))
            .args(extra)
            .args(privilege)
            .args(batch.iter().map(|o| &o.path))
            .output()
            .expect("skasm runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        let reasons = unsupported_reasons(&String::from_utf8_lossy(&out.stdout));
        let got: Vec<String> = (stderr.lines())
            .filter(|l| l.starts_with("cross-check: "))
            .map(|l| with_reason(l, &reasons))
            .collect();
        assert_eq!(got.len(), batch.len(), "one line per object:\n{stderr}");
        lines.extend(got);
    }
    lines
}

/// Lint's reason for each program it called unsupported, by its report's `in FILE: `NAME``
/// (the line after `note[unsupported]: REASON`).
fn unsupported_reasons(report: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut lines = report.lines();
    while let Some(l) = lines.next() {
        let Some(reason) = l.strip_prefix("note[unsupported]: ") else {
            continue;
        };
        if let Some(at) = lines.next().and_then(|n| n.split(" = note: in ").nth(1)) {
            out.push((at.to_string(), reason.to_string()));
        }
    }
    out
}

/// A cross-check line of an unsupported program with lint's reason appended (`[why]`).
fn with_reason(line: &str, reasons: &[(String, String)]) -> String {
    if outcome(line) != Outcome::Unsupported {
        return line.to_string();
    }
    let head = line.strip_prefix("cross-check: ").unwrap_or(line);
    match reasons.iter().find(|(at, _)| head.starts_with(at.as_str())) {
        Some((_, why)) => format!("{line} [{why}]"),
        None => line.to_string(),
    }
}

/// The reason [`with_reason`] appended, or `?`.
fn reason(line: &str) -> &str {
    line.rsplit_once(" [")
        .and_then(|(_, r)| r.strip_suffix(']'))
        .unwrap_or("?")
}

/// How lint's verdict compared with the kernel's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Outcome {
    Accepted,
    Rejected,
    Unsupported,
    Differ,
}

fn outcome(line: &str) -> Outcome {
    if line.contains(": agrees with Linux ") {
        if line.ends_with(": accepted") {
            Outcome::Accepted
        } else {
            Outcome::Rejected
        }
    } else if line.contains(": not compared: lint did not verify it") {
        Outcome::Unsupported
    } else {
        Outcome::Differ
    }
}

/// Counts outcomes, tallies them by mistake, prints the tally, and fails on any difference.
fn judge(what: &str, objects: &[Object], lines: &[String]) -> Vec<Outcome> {
    let outcomes: Vec<Outcome> = lines.iter().map(|l| outcome(l)).collect();
    let mut tally: BTreeMap<(&str, Outcome), usize> = BTreeMap::new();
    for (o, &out) in objects.iter().zip(&outcomes) {
        *tally
            .entry((o.mistake.map_or("none", Mistake::name), out))
            .or_default() += 1;
    }
    let count = |x| outcomes.iter().filter(|&&o| o == x).count();
    let mut why: BTreeMap<&str, usize> = BTreeMap::new();
    for (line, _) in lines
        .iter()
        .zip(&outcomes)
        .filter(|(_, &o)| o == Outcome::Unsupported)
    {
        *why.entry(reason(line)).or_default() += 1;
    }
    say!(
        "cgen: {what}{}: {} objects (seed {}{}): {} accepted and {} rejected as the kernel, {} unsupported {why:?}, {} differ; by intended mistake: {tally:?}",
        if unprivileged() { " --unprivileged" } else { "" },
        objects.len(),
        env_num("CGEN_SEED", 1),
        if std::env::var_os("CGEN_IDIOMS").is_some_and(|v| v == "0") { ", CGEN_IDIOMS=0" } else { "" },
        count(Outcome::Accepted),
        count(Outcome::Rejected),
        count(Outcome::Unsupported),
        count(Outcome::Differ)
    );
    let mut bad = Vec::new();
    for (o, (line, out)) in objects.iter().zip(lines.iter().zip(&outcomes)) {
        if matches!(out, Outcome::Unsupported | Outcome::Differ) {
            say!("cgen: program {} ({}): {line}", o.index, o.build);
        }
        if *out == Outcome::Differ {
            bad.push(line.as_str());
        }
    }
    assert!(
        bad.is_empty(),
        "{what}: lint and the kernel differ:\n{}",
        bad.join("\n")
    );
    outcomes
}

/// What the runs showed.
#[derive(Default)]
struct Runs {
    runs: usize,
    /// Runs compared with the kernel too.
    kernel: usize,
    /// Selections in a reuseport group the kernel's test run refuses.
    reuseport: usize,
    /// Kernel runs of programs reading `ctx->ingress_ifindex`, and of programs reading state
    /// they write.
    ifindex: usize,
    state: usize,
    bad: Vec<String>,
}

/// Runs every accepted object on its share of the lookups with each engine.
fn runs(dir: &Path, objects: &[Object], outcomes: &[Outcome]) -> Runs {
    let world = dir.join("world.toml");
    let mut r = Runs::default();
    let accepted = objects
        .iter()
        .zip(outcomes)
        .filter(|(_, o)| **o == Outcome::Accepted);
    for (i, (o, _)) in accepted.enumerate() {
        let share =
            (cgen::TUPLES.iter().enumerate()).filter(|(j, _)| all() || (i + j) % STRIDE == 0);
        for (_, tuple) in share {
            let interp = run(&o.path, &world, tuple, EngineChoice::Interp);
            let jit = run(&o.path, &world, tuple, EngineChoice::Jit);
            r.runs += 1;
            let at = format!("program {} ({}), `{tuple}`", o.index, o.build);
            if interp.is_err() || interp != jit {
                r.bad.push(format!("{at}: interp {interp:?}, jit {jit:?}"));
                continue;
            }
            let kernel = run(&o.path, &world, tuple, EngineChoice::Kernel);
            r.kernel += 1;
            r.ifindex += usize::from(o.reads_ifindex);
            r.state += usize::from(o.reads_written_state);
            let ours = if o.reads_ifindex {
                as_kernel_engine(&o.path, &world, tuple, &interp)
            } else {
                interp.clone()
            };
            let (kernel, ours) = if o.reads_ifindex {
                (landed_socket(kernel), landed_socket(ours))
            } else {
                (kernel, ours)
            };
            if kernel_cannot_tell(&kernel, &ours) {
                r.reuseport += 1;
            } else if ours != kernel {
                r.bad
                    .push(format!("{at}: ours {ours:?}, kernel {kernel:?}"));
            }
        }
    }
    r
}

/// What the kernel engine observes of a program reading `ctx->ingress_ifindex`, from the
/// interpreter: its test run reads 0 (net/bpf/test_run.c never sets it: the verdict, return
/// value and selection), its real packet arrives on the loopback, 1 (`packet`, the
/// interpreter's default run: the delivery). Each starts from the world as given.
fn as_kernel_engine(path: &Path, world: &Path, tuple: &str, packet: &Answer) -> Answer {
    let test_run = run_at(path, world, tuple, EngineChoice::Interp, Some(0))?;
    let delivered = packet.as_ref().map_err(Clone::clone)?.3.clone();
    Ok((test_run.0, test_run.1, test_run.2, delivered))
}

/// The answer with its delivery reduced to what the wire shows: the socket the packet
/// reached, or a refusal. The kernel engine names a delivery after its test run's verdict
/// and selection (a refusal is `dropped` after SK_DROP, else `no_socket`), which for a
/// program reading the interface index are another run's than the packet's.
fn landed_socket(a: Answer) -> Answer {
    a.map(|(v, r, s, d)| {
        let text = d.as_str().unwrap_or_default();
        let landed = match ["selected ", "regular "]
            .iter()
            .find_map(|k| text.strip_prefix(k))
        {
            Some(socket) => format!("lands on {socket}"),
            None if matches!(text, "dropped" | "no_socket") => "refused".to_string(),
            None => text.to_string(),
        };
        (v, r, s, serde_json::Value::from(landed))
    })
}

#[test]
fn generated_programs_agree_with_the_host_kernel() {
    let test = "generated_programs_agree_with_the_host_kernel";
    if !cgen::installed("clang-14") {
        say!("SKIPPED {test}: clang-14 is not installed (apt-get install clang-14)");
        return;
    }
    if let Err(u) = kernel::availability() {
        say!("SKIPPED {test}: {u}");
        return;
    }
    let dir = Dir::new();
    // CGEN_CORE=1: the programs read the context through a CO-RE flavor of it.
    let core = std::env::var_os("CGEN_CORE").is_some_and(|v| v == "1");
    let objects = compile(
        dir.path(),
        features(Features {
            core,
            ..Features::ALL
        }),
    );
    let lines = cross_check(dir.path(), &objects, &[]);
    let outcomes = judge("host lint", &objects, &lines);
    if unprivileged() || std::env::var_os("CGEN_RUNS").is_some_and(|v| v == "0") {
        say!("cgen: host runs: not run (CGEN_RUNS=0 or CGEN_UNPRIV=1)");
        return;
    }
    let r = runs(dir.path(), &objects, &outcomes);
    say!(
        "cgen: host runs: {} runs, {} disagree; interp and jit on all, the kernel on {} ({} a reuseport group the kernel's test run refuses; {} of programs reading ingress_ifindex, compared with interp at ifindex 0 for the test run and 1 for the packet; {} of programs reading state they write){}",
        r.runs,
        r.bad.len(),
        r.kernel,
        r.reuseport,
        r.ifindex,
        r.state,
        if all() { "" } else { " (CGEN_ALL=1: every build on every lookup)" }
    );
    assert!(r.bad.is_empty(), "engines differ:\n{}", r.bad.join("\n"));
}

#[test]
fn kernel_image_agrees() {
    let test = "kernel_image_agrees";
    let (Some(image), Ok(release)) = (
        std::env::var_os("CGEN_KERNEL_IMAGE"),
        std::env::var("CGEN_KERNEL"),
    ) else {
        say!("SKIPPED {test}: set CGEN_KERNEL_IMAGE=<vmlinuz> and CGEN_KERNEL=<release lint models, e.g. 6.1.192>");
        return;
    };
    if !cgen::installed("clang-14") {
        say!("SKIPPED {test}: clang-14 is not installed (apt-get install clang-14)");
        return;
    }
    let image = root().join(image);
    // The number iterator came in 6.4: programs for older kernels do without it.
    let iter_num = release_at_least(&release, (6, 4));
    let dir = Dir::new();
    let features = features(Features {
        iter_num,
        ..Features::ALL
    });
    let objects = compile(dir.path(), features);
    let image_arg = image.to_str().unwrap().to_string();
    let lines = cross_check(
        dir.path(),
        &objects,
        &["--kernel", &release, "--kernel-image", &image_arg],
    );
    judge(&format!("lint in {}", image.display()), &objects, &lines);
}

/// Whether release `X.Y[...]` is at least `min`.
fn release_at_least(release: &str, min: (u32, u32)) -> bool {
    let mut parts = release
        .split(['.', '-'])
        .map(|p| p.parse::<u32>().unwrap_or(0));
    let major = parts.next().unwrap_or(0);
    let minor = parts.next().unwrap_or(0);
    (major, minor) >= min
}
