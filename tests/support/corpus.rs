//! The spec corpus against the live kernel (the static half, reading and preparing cases, is
//! the `speccase` crate).
//!
//! [`load`] creates the case's maps, binds `R_BPF_64_64` relocations to their fds (as libbpf
//! does) and loads the program as SK_LOOKUP with the case's privilege and license;
//! [`check_load`] compares the verdict with the case's expectation for the host's behaviours
//! (accept vs reject; message text contained in the kernel's message; the kernel's rejected
//! instruction index, counting `ld_imm64` as two slots, equal to the slot of the marked
//! line); [`run_case`] opens the case's sockets in a private network namespace, puts them into
//! maps and runs `BPF_PROG_TEST_RUN` for every `# run:` line. [`check_corpus`] does all of it
//! for every case, in parallel, and collects every disagreement.
//!
//! Environment knobs (for authoring cases): `CORPUS_FILTER=text` checks only cases whose
//! `file:name` contains `text` (`a,b`: either); `CORPUS_SHOW=1` prints what the kernel said for every case.

#[allow(unused_imports)] // each test binary uses part of the shared support
pub use speccase::corpus::{
    check_static, prepare, prepare_case, read_corpus, CaseKind, Prepared, SpecFile, SPEC_DIRS,
};
use speccase::format::{Case, Expectation, RunExpect};
use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// The root package's directory.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

// ---------------------------------------------------------------------------------------
// The kernel half.

/// The running kernel: its `uname -r` and its profile (release plus the behaviours its
/// verifier shows, probed), which picks each case's expectation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Host {
    pub release: String,
    pub profile: skctx::KernelProfile,
}

/// Probes the host kernel (see `kernel::host_profile`).
pub fn host() -> Result<Host, String> {
    Ok(Host {
        release: kernel::release().map_err(|e| e.to_string())?,
        profile: kernel::host_profile().map_err(|e| format!("probing the host kernel: {e}"))?,
    })
}

/// The kernel crate's privilege for a case.
pub fn privilege(case: &Case) -> kernel::Privilege {
    case.privilege
}

fn privilege_text(case: &Case) -> &'static str {
    match case.privilege {
        kernel::Privilege::Root => "root",
        kernel::Privilege::NoPerfmon => "no_perfmon",
    }
}

/// A case loaded into the kernel: its maps (by declared name) and the kernel's answer.
#[derive(Debug)]
pub struct Loaded {
    pub maps: Vec<(String, kernel::Map)>,
    pub outcome: kernel::LoadOutcome,
}

impl Loaded {
    pub fn map(&self, name: &str) -> Option<&kernel::Map> {
        self.maps.iter().find(|(n, _)| n == name).map(|(_, m)| m)
    }
}

pub use casemaps::kernel_map_name;

/// Creates the case's maps, binds the map references and loads the program with the case's
/// privilege and license. `Err` means the question could not be asked.
pub fn load(p: &Prepared, case: &Case) -> Result<Loaded, String> {
    let mut maps = Vec::new();
    for def in &p.maps {
        let spec = kernel::MapSpec::new(
            kernel::MapType::from_id(def.map_type.id()),
            def.key_size,
            def.value_size,
            def.max_entries,
        )
        .named(&kernel_map_name(&def.name))
        .with_flags(def.flags);
        let spec = match p.spin_lock(&def.name) {
            Some(offset) => spec.with_spin_lock(offset),
            None => spec,
        };
        let m = match p.frozen_value(&def.name) {
            Some(v) => kernel::Map::create_frozen(&spec, v),
            None => kernel::Map::create(&spec),
        }
        .map_err(|e| format!("creating map `{}` ({spec:?}): {e}", def.name))?;
        maps.push((def.name.clone(), m));
    }
    let bindings: Vec<(usize, &kernel::Map)> = p
        .map_refs
        .iter()
        .map(|(slot, name)| {
            let m = maps
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, m)| m)
                .expect("map_refs only name declared maps");
            (*slot, m)
        })
        .collect();
    let opts = kernel::LoadOptions {
        license: case.license.clone(),
        privilege: privilege(case),
        stats: false,
        ..Default::default()
    };
    let funcs = kernel_funcs(&p.funcs(case)?);
    let insns = kernel::resolve_kfuncs(&p.insns).map_err(|e| format!("kfuncs: {e}"))?;
    let outcome = kernel::load_with_funcs(&insns, &bindings, &opts, &funcs)
        .map_err(|e| format!("load: {e}"))?;
    Ok(Loaded { maps, outcome })
}

/// The BTF name of a case's `k`-th `# func:` function (the entry point's is `f0`).
pub fn func_name(k: usize) -> String {
    format!("f{k}")
}

/// A case's `# func:` functions as `kernel::load_with_funcs` takes them.
pub fn kernel_funcs(funcs: &[speccase::corpus::Func]) -> Vec<(u32, kernel::BtfFunc)> {
    let func = |k: usize, f: &speccase::corpus::Func| kernel::BtfFunc {
        name: func_name(k),
        linkage: u16::from(f.global),
        proto: f.proto.clone(),
    };
    (funcs.iter().enumerate())
        .map(|(k, f)| (f.start, func(k, f)))
        .collect()
}

/// A case's `# func:` functions as the verifier takes them (`verify_with_btf`), named as
/// [`kernel_funcs`] names them.
pub fn verifier_funcs(funcs: &[speccase::corpus::Func]) -> Vec<verifier::FuncInfo> {
    (funcs.iter().enumerate())
        .map(|(k, f)| verifier::FuncInfo {
            insn_off: f.start,
            linkage: match f.global {
                true => verifier::Linkage::Global,
                false => verifier::Linkage::Static,
            },
            name: func_name(k),
            proto: f.proto.clone(),
        })
        .collect()
}

/// The last `n` non-empty lines of a verifier log, indented for a report.
pub fn log_tail(log: &str, n: usize) -> String {
    let lines: Vec<&str> = log.lines().filter(|l| !l.trim().is_empty()).collect();
    let start = lines.len().saturating_sub(n);
    let mut s = String::new();
    if lines.is_empty() {
        s.push_str("      | (empty log)\n");
    }
    for l in &lines[start..] {
        let _ = writeln!(s, "      | {l}");
    }
    s
}

fn describe_kernel(file: &SpecFile, p: &Prepared, out: &kernel::LoadOutcome) -> String {
    if out.accepted() {
        return "accepted".into();
    }
    let errno = out.errno.map_or("?".to_string(), |e| e.to_string());
    let at = match out.insn_index() {
        Some(i) => match p.line_of_slot(i) {
            Some(l) => format!(" at insn {i} (line {l}: `{}`)", file.line_text(l)),
            None => format!(" at insn {i}"),
        },
        None => " (no instruction)".into(),
    };
    let msg = out.message().unwrap_or_default().replace('\n', " / ");
    format!("rejected with {errno}{at}: \"{msg}\"")
}

fn describe_expect(file: &SpecFile, p: &Prepared, expect: &Expectation) -> String {
    match expect {
        Expectation::Accept => "accepted".into(),
        Expectation::Reject {
            code,
            message,
            line,
            errno,
        } => {
            let with = errno.map_or(String::new(), |e| format!(" with {e}"));
            let at = match *line {
                Some(l) => match p.slot_of_line(l) {
                    Some(s) => format!(" at insn {s} (line {l}: `{}`)", file.line_text(l)),
                    None => format!(" at line {l}"),
                },
                None => " (no instruction)".into(),
            };
            format!("rejected [{code}]{with}{at}: \"{message}\"")
        }
    }
}

/// Compares the kernel's verdict with the case's expectation for the kernel's behaviours;
/// `Some(report)` when they disagree.
pub fn check_load(
    file: &SpecFile,
    case: &Case,
    p: &Prepared,
    behaviours: skctx::Behaviours,
    out: &kernel::LoadOutcome,
) -> Option<String> {
    let expect = case.expectation(behaviours);
    let agrees = match &expect {
        Expectation::Accept => out.accepted(),
        Expectation::Reject {
            message,
            line,
            errno,
            ..
        } => {
            let msg_ok = out.message().is_some_and(|m| m.contains(message.as_str()));
            let errno_ok = errno.is_none_or(|e| out.errno == Some(e));
            let idx_ok = match *line {
                Some(l) => p.slot_of_line(l).is_some() && out.insn_index() == p.slot_of_line(l),
                None => out.insn_index().is_none(),
            };
            !out.accepted() && msg_ok && idx_ok && errno_ok
        }
    };
    if agrees {
        return None;
    }
    Some(format!(
        "{}: case `{}` ({})\n    expected: {}\n    kernel:   {}\n    log tail:\n{}",
        file.at(case.line),
        case.name,
        privilege_text(case),
        describe_expect(file, p, &expect),
        describe_kernel(file, p, out),
        log_tail(&out.log, 8)
    ))
}

fn key_bytes(key: u64, size: u32) -> Vec<u8> {
    let mut b = key.to_ne_bytes().to_vec();
    b.resize(size as usize, 0);
    b
}

/// Opens the case's sockets (in a private network namespace), puts them into the maps and
/// runs `BPF_PROG_TEST_RUN` for every `# run:` line. Returns the disagreements.
pub fn run_case(file: &SpecFile, case: &Case, loaded: &Loaded) -> Vec<String> {
    let head = |line: u32| format!("{}: case `{}`", file.at(line), case.name);
    let Some(prog) = loaded.outcome.program.as_ref() else {
        return vec![format!(
            "{}: the program was not loaded, so its runs cannot be checked",
            head(case.line)
        )];
    };
    let descs: Vec<skctx::net::SocketDesc> = case
        .sockets
        .iter()
        .map(|(name, d)| d.clone().named(name))
        .collect();
    let set = match kernel::SocketSet::open(&descs) {
        Ok(s) => s,
        Err(e) => return vec![format!("{}: opening the sockets: {e}", head(case.line))],
    };
    for e in &case.map_entries {
        let (Some(map), Some(sock)) = (loaded.map(&e.map), set.by_name(&e.socket)) else {
            return vec![format!(
                "{}: `# map: {}[{}] = {}`: unknown map or socket",
                head(case.line),
                e.map,
                e.key,
                e.socket
            )];
        };
        let key = key_bytes(e.key, map.spec().key_size);
        if let Err(err) = map.set_socket(&key, sock) {
            return vec![format!(
                "{}: `# map: {}[{}] = {}`: {err}",
                head(case.line),
                e.map,
                e.key,
                e.socket
            )];
        }
    }
    let mut out = Vec::new();
    for r in &case.runs {
        let res = match kernel::test_run(prog, &r.tuple, 1, Some(&set)) {
            Ok(res) => res,
            Err(e) => {
                out.push(format!("{}: test run: {e}", head(r.line)));
                continue;
            }
        };
        let selected = res.selected.as_ref().map(|s| {
            s.name
                .clone()
                .unwrap_or_else(|| format!("socket #{}", s.index))
        });
        let said = match (res.errno, res.retval) {
            (Some(e), _) => format!("errno {}", e.name().unwrap_or("?")),
            (None, Some(0)) => match &selected {
                Some(s) => format!("drop (with {s} selected)"),
                None => "drop".into(),
            },
            (None, Some(1)) => match &selected {
                Some(s) => format!("pass {s}"),
                None if res.cookie != 0 => {
                    format!("pass (unknown socket, cookie {})", res.cookie)
                }
                None => "pass".into(),
            },
            (None, Some(v)) => format!("retval {v}"),
            (None, None) => "no result".into(),
        };
        let ok = match &r.expect {
            RunExpect::Drop => res.errno.is_none() && res.retval == Some(0),
            RunExpect::Pass(None) => {
                res.errno.is_none() && res.retval == Some(1) && res.cookie == 0
            }
            RunExpect::Pass(Some(name)) => {
                res.errno.is_none()
                    && res.retval == Some(1)
                    && selected.as_deref() == Some(name.as_str())
            }
            RunExpect::Errno(e) => res.errno == Some(*e),
        };
        if !ok {
            let expected = match &r.expect {
                RunExpect::Drop => "drop".to_string(),
                RunExpect::Pass(None) => "pass".to_string(),
                RunExpect::Pass(Some(s)) => format!("pass {s}"),
                RunExpect::Errno(e) => format!("errno {}", e.name().unwrap_or("?")),
            };
            out.push(format!(
                "{}: run `{}`\n    expected: {expected}\n    kernel:   {said}",
                head(r.line),
                r.tuple
            ));
        }
    }
    out
}

/// What [`check_corpus`] found.
#[derive(Debug, Default)]
pub struct Summary {
    /// Cases checked against the kernel (and agreeing or not), per kind.
    pub verifier_cases: usize,
    pub runtime_cases: usize,
    /// `# run:` lines executed.
    pub runs: usize,
    /// Cases whose `# kernel:` range excludes the host.
    pub skipped_by_range: usize,
    /// Cases left out by `CORPUS_FILTER`.
    pub filtered_out: usize,
    /// Cases whose expectation depends on a named behaviour.
    pub behaviour_dependent: usize,
    /// Every problem: assembly failures, malformed cases, disagreements with the kernel.
    pub problems: Vec<String>,
}

struct Job<'a> {
    file: &'a SpecFile,
    case: &'a Case,
    prepared: Prepared,
    behaviours: skctx::Behaviours,
}

/// Checks every case of `files` against the live kernel (`host`), loading cases on
/// several threads. Static problems (assembly, malformed cases) are included.
pub fn check_corpus(files: &[SpecFile], host: &Host) -> Summary {
    let filter = std::env::var("CORPUS_FILTER")
        .ok()
        .filter(|f| !f.is_empty());
    let show = std::env::var_os("CORPUS_SHOW").is_some_and(|v| !v.is_empty());
    let mut summary = Summary::default();
    let mut jobs = Vec::new();
    for file in files {
        for case in &file.cases {
            let id = format!("{}:{}", file.name, case.name);
            if filter
                .as_ref()
                .is_some_and(|f| !f.split(',').any(|t| id.contains(t)))
            {
                summary.filtered_out += 1;
                continue;
            }
            let prepared = match prepare_case(case, &file.name) {
                Ok(p) => p,
                Err(e) => {
                    summary.problems.push(format!(
                        "{}: case `{}` does not assemble:\n{e}",
                        file.at(case.line),
                        case.name
                    ));
                    continue;
                }
            };
            let problems = check_static(file, case, &prepared);
            if !problems.is_empty() {
                summary.problems.extend(problems);
                continue;
            }
            if !case.behaviours().is_empty() {
                summary.behaviour_dependent += 1;
            }
            if !case.applies_to(host.profile) {
                summary.skipped_by_range += 1;
                continue;
            }
            match file.kind {
                CaseKind::Verifier => summary.verifier_cases += 1,
                CaseKind::Runtime => summary.runtime_cases += 1,
            }
            summary.runs += case.runs.len();
            jobs.push(Job {
                file,
                case,
                prepared,
                behaviours: host.profile.behaviours(),
            });
        }
    }

    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, Vec<String>)>> = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism()
        .map_or(4, |n| n.get())
        .clamp(2, 16);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(job) = jobs.get(i) else { break };
                let found = check_job(job, show);
                results.lock().expect("results lock").push((i, found));
            });
        }
    });
    let mut results = results.into_inner().expect("results lock");
    results.sort_by_key(|(i, _)| *i);
    for (_, found) in results {
        summary.problems.extend(found);
    }
    summary
}

fn check_job(job: &Job<'_>, show: bool) -> Vec<String> {
    let Job {
        file,
        case,
        prepared,
        behaviours,
    } = job;
    let loaded = match load(prepared, case) {
        Ok(l) => l,
        Err(e) => {
            return vec![format!(
                "{}: case `{}`: could not ask the kernel: {e}",
                file.at(case.line),
                case.name
            )]
        }
    };
    if show {
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "{}: {} ({}): {}",
            file.at(case.line),
            case.name,
            privilege_text(case),
            describe_kernel(file, prepared, &loaded.outcome)
        );
    }
    let mut found = Vec::new();
    if let Some(d) = check_load(file, case, prepared, *behaviours, &loaded.outcome) {
        found.push(d);
    }
    if !case.runs.is_empty() && loaded.outcome.accepted() {
        found.extend(run_case(file, case, &loaded));
    }
    found
}
