//! The spec corpus: `tests/spec/verifier/*.s` and `tests/spec/runtime/*.s`, and how to check
//! its cases against the live kernel.
//!
//! Two halves, usable separately:
//!
//! * Static (no kernel): [`read_corpus`] reads and parses every file with
//!   [`asm::casefile::parse`]; [`prepare`] assembles one case's source and extracts the
//!   program (the first code section with instructions), its map references and the
//!   source-line of every instruction slot; [`check_static`] checks a case is well formed
//!   (its error marker sits on an instruction, its sockets, maps and tuples parse and refer
//!   to things that exist). Another test (our verifier, our VM) can reuse these.
//! * Kernel: [`load`] creates the case's maps, binds `R_BPF_64_64` relocations to their fds
//!   (as libbpf does) and loads the program as SK_LOOKUP with the case's privilege and
//!   license; [`check_load`] compares the verdict with the expectation (accept vs reject;
//!   message text contained in the kernel's message; the kernel's rejected instruction
//!   index, counting `ld_imm64` as two slots, equal to the slot of the marked line);
//!   [`run_case`] opens the case's sockets in a private network namespace, puts them into
//!   maps and runs `BPF_PROG_TEST_RUN` for every `# run:` line. [`check_corpus`] does all
//!   of it for every case, in parallel, and collects every disagreement.
//!
//! Environment knobs (for authoring cases): `CORPUS_FILTER=text` checks only cases whose
//! `file:name` contains `text`; `CORPUS_SHOW=1` prints what the kernel said for every case.

use asm::casefile::{self, Case, CasePrivilege, Expectation, RunExpect};
use asm::{MapDef, RelocKind, RelocTarget};
use isa::RawInsn;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Which directory a spec file lives in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseKind {
    /// `tests/spec/verifier`: load-time expectations.
    Verifier,
    /// `tests/spec/runtime`: programs with sockets, map entries and test runs.
    Runtime,
}

/// The spec directories, relative to the root package.
pub const SPEC_DIRS: [(&str, CaseKind); 2] = [
    ("tests/spec/verifier", CaseKind::Verifier),
    ("tests/spec/runtime", CaseKind::Runtime),
];

/// One parsed spec file.
#[derive(Debug, Clone)]
pub struct SpecFile {
    pub path: PathBuf,
    /// Path relative to the root package (`tests/spec/verifier/ctx.s`), used in reports.
    pub name: String,
    pub kind: CaseKind,
    pub text: String,
    pub cases: Vec<Case>,
}

impl SpecFile {
    /// `file:line` of a case's `# test:` header.
    pub fn at(&self, line: u32) -> String {
        format!("{}:{line}", self.name)
    }

    /// The instruction text of a 1-based source line (comment and blanks trimmed), for
    /// reports.
    pub fn line_text(&self, line: u32) -> &str {
        let l = self
            .text
            .lines()
            .nth(line.saturating_sub(1) as usize)
            .unwrap_or("");
        l.split('#').next().unwrap_or("").trim()
    }
}

/// The root package's directory.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Reads and parses every `*.s` file of [`SPEC_DIRS`] (sorted by name). Files that cannot be
/// read or parsed are reported as `file:line: message` problems and left out.
pub fn read_corpus() -> (Vec<SpecFile>, Vec<String>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for (dir, kind) in SPEC_DIRS {
        let abs = root().join(dir);
        let Ok(entries) = std::fs::read_dir(&abs) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "s"))
            .collect();
        paths.sort();
        for path in paths {
            let name = relative(&path);
            let text = match std::fs::read_to_string(&path) {
                Ok(t) => t,
                Err(e) => {
                    problems.push(format!("{name}: cannot read: {e}"));
                    continue;
                }
            };
            match casefile::parse(&text) {
                Ok(f) => files.push(SpecFile {
                    path,
                    name,
                    kind,
                    text,
                    cases: f.cases,
                }),
                Err(e) => problems.push(format!("{name}:{}: {}", e.line, e.message)),
            }
        }
    }
    (files, problems)
}

fn relative(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .display()
        .to_string()
}

/// A case's program, assembled and ready to load.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// Instruction slots of the program section (`ld_imm64` is two slots).
    pub insns: Vec<RawInsn>,
    /// Name of the section the program came from.
    pub section: String,
    /// Maps declared with `.skmap`.
    pub maps: Vec<MapDef>,
    /// `(slot, map name)`: the `ld_imm64` at `slot` loads the map (an `R_BPF_64_64`).
    pub map_refs: Vec<(usize, String)>,
    /// `(slot, 1-based source line)` for every instruction, sorted by slot.
    pub slot_lines: Vec<(usize, u32)>,
}

impl Prepared {
    /// The first instruction slot on `line`.
    pub fn slot_of_line(&self, line: u32) -> Option<usize> {
        self.slot_lines
            .iter()
            .find(|(_, l)| *l == line)
            .map(|(s, _)| *s)
    }

    /// The source line of the instruction at `slot` (the second slot of an `ld_imm64`
    /// belongs to its first).
    pub fn line_of_slot(&self, slot: usize) -> Option<u32> {
        self.slot_lines
            .iter()
            .rev()
            .find(|(s, _)| *s <= slot)
            .map(|(_, l)| *l)
    }
}

/// Assembles `source` (a case's source) and extracts the program: the first code section
/// with instructions. Errors are rendered text, naming `file_name` and the line.
pub fn prepare(source: &str, file_name: &str) -> Result<Prepared, String> {
    let obj = asm::assemble(source).map_err(|errs| {
        let mut s = String::new();
        if let Some(e) = errs.first() {
            let (line, col) = asm::diag::line_col(source, e.span.start);
            let _ = writeln!(s, "{file_name}:{line}:{col}: does not assemble");
        }
        s.push_str(&asm::diag::render(&errs, file_name, source));
        s
    })?;
    let Some(sec) = obj
        .sections
        .iter()
        .find(|s| s.is_code() && !s.data.is_empty())
    else {
        return Err(format!("{file_name}: the case has no instructions"));
    };
    if sec.data.len() % 8 != 0 {
        return Err(format!(
            "{file_name}: section `{}` is {} bytes, not a whole number of instructions",
            sec.name,
            sec.data.len()
        ));
    }
    let insns: Vec<RawInsn> = sec
        .data
        .chunks_exact(8)
        .map(|c| RawInsn::from_bytes(c.try_into().expect("8-byte chunk")))
        .collect();
    let mut map_refs = Vec::new();
    for r in &sec.relocs {
        let slot = (r.offset / 8) as usize;
        let line = sec.source_at(r.offset).map_or(0, |l| l.line);
        let target = match &r.target {
            RelocTarget::Symbol(n) => n.clone(),
            RelocTarget::Section(i) => format!(
                "section {}",
                obj.sections.get(*i).map_or("?", |s| s.name.as_str())
            ),
        };
        match r.kind {
            RelocKind::Bpf64_64 if obj.maps.iter().any(|m| m.name == target) => {
                map_refs.push((slot, target));
            }
            RelocKind::Bpf64_32 => {
                return Err(format!(
                    "{file_name}:{line}: call to `{target}` is not resolved (write the helper number, e.g. `call 124`)"
                ))
            }
            k => {
                return Err(format!(
                    "{file_name}:{line}: {} relocation against `{target}`, which is not a map declared with .skmap",
                    k.name()
                ))
            }
        }
    }
    let slot_lines = sec
        .source_map
        .iter()
        .map(|l| ((l.offset / 8) as usize, l.line))
        .collect();
    Ok(Prepared {
        insns,
        section: sec.name.clone(),
        maps: obj.maps.clone(),
        map_refs,
        slot_lines,
    })
}

/// Checks that a prepared case is well formed; problems name `file:line`.
pub fn check_static(file: &SpecFile, case: &Case, p: &Prepared) -> Vec<String> {
    let mut out = Vec::new();
    let at = |l: u32| file.at(l);
    if let Expectation::Reject {
        line: Some(line), ..
    } = &case.expect
    {
        if p.slot_of_line(*line).is_none() {
            out.push(format!(
                "{}: case `{}`: the error marker is on a line without an instruction",
                at(*line),
                case.name
            ));
        }
    }
    if let Expectation::Reject { message, .. } = &case.expect {
        if message.is_empty() {
            out.push(format!(
                "{}: case `{}`: the error marker has no kernel message",
                at(case.line),
                case.name
            ));
        }
    }
    let mut names = Vec::new();
    for (name, desc) in &case.sockets {
        if let Err(e) = skctx::net::SocketDesc::from_str(desc) {
            out.push(format!(
                "{}: case `{}`: socket `{name}`: {e}",
                at(case.line),
                case.name
            ));
        }
        if names.contains(name) {
            out.push(format!(
                "{}: case `{}`: socket `{name}` declared twice",
                at(case.line),
                case.name
            ));
        }
        names.push(name.clone());
    }
    for e in &case.map_entries {
        match p.maps.iter().find(|m| m.name == e.map) {
            None => out.push(format!(
                "{}: case `{}`: `# map:` names `{}`, which is not declared with .skmap",
                at(case.line),
                case.name,
                e.map
            )),
            Some(m) if !matches!(m.map_type, asm::MapType::SockMap | asm::MapType::SockHash) => {
                out.push(format!(
                    "{}: case `{}`: `# map:` puts a socket into `{}`, a {} (not a sockmap/sockhash)",
                    at(case.line),
                    case.name,
                    e.map,
                    m.map_type.name()
                ))
            }
            Some(_) => {}
        }
        if !names.contains(&e.socket) {
            out.push(format!(
                "{}: case `{}`: `# map:` names socket `{}`, which is not declared with `# socket:`",
                at(case.line),
                case.name,
                e.socket
            ));
        }
    }
    for r in &case.runs {
        if let Err(e) = skctx::net::Tuple::from_str(&r.tuple) {
            out.push(format!(
                "{}: case `{}`: tuple `{}`: {e}",
                at(r.line),
                case.name,
                r.tuple
            ));
        }
        match &r.expect {
            RunExpect::Pass(Some(s)) if !names.contains(s) => out.push(format!(
                "{}: case `{}`: expected socket `{s}` is not declared with `# socket:`",
                at(r.line),
                case.name
            )),
            RunExpect::Errno(e) if errno_by_name(e).is_none() => out.push(format!(
                "{}: case `{}`: unknown errno name `{e}`",
                at(r.line),
                case.name
            )),
            _ => {}
        }
    }
    if !case.runs.is_empty() && case.expect != Expectation::Accept {
        out.push(format!(
            "{}: case `{}`: `# run:` lines need a program the kernel accepts (no error marker)",
            at(case.line),
            case.name
        ));
    }
    out
}

fn errno_by_name(name: &str) -> Option<kernel::Errno> {
    (1..200)
        .map(kernel::Errno)
        .chain([kernel::Errno::ENOTSUPP])
        .find(|e| e.name() == Some(name))
}

// ---------------------------------------------------------------------------------------
// The kernel half.

/// The running kernel: release text and `(major, minor)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Host {
    /// `6.18.44` (the `uname -r` text up to the first `-`).
    pub release: String,
    pub version: (u32, u32),
}

/// Reads the host kernel release (`/proc/sys/kernel/osrelease`, i.e. `uname -r`).
pub fn host() -> Result<Host, String> {
    let raw = std::fs::read_to_string("/proc/sys/kernel/osrelease")
        .map_err(|e| format!("cannot read /proc/sys/kernel/osrelease: {e}"))?;
    let release = raw.trim().split('-').next().unwrap_or("").to_string();
    let mut parts = release.split('.').map(|p| p.parse::<u32>());
    match (parts.next(), parts.next()) {
        (Some(Ok(a)), Some(Ok(b))) => Ok(Host {
            release,
            version: (a, b),
        }),
        _ => Err(format!("cannot parse the kernel release `{}`", raw.trim())),
    }
}

/// The kernel crate's privilege for a case.
pub fn privilege(case: &Case) -> kernel::Privilege {
    match case.privilege {
        CasePrivilege::Root => kernel::Privilege::Root,
        CasePrivilege::NoPerfmon => kernel::Privilege::NoPerfmon,
    }
}

fn privilege_text(case: &Case) -> &'static str {
    match case.privilege {
        CasePrivilege::Root => "root",
        CasePrivilege::NoPerfmon => "no_perfmon",
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

/// Map names the kernel accepts: at most 15 characters of `[A-Za-z0-9_.]`.
fn kernel_map_name(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '.')
        .take(15)
        .collect()
}

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
        let m = kernel::Map::create(&spec)
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
    let outcome = kernel::load(&p.insns, &bindings, &opts).map_err(|e| format!("load: {e}"))?;
    Ok(Loaded { maps, outcome })
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

fn describe_expect(file: &SpecFile, p: &Prepared, case: &Case) -> String {
    match &case.expect {
        Expectation::Accept => "accepted".into(),
        Expectation::Reject {
            code,
            message,
            line,
        } => {
            let at = match line {
                Some(l) => match p.slot_of_line(*l) {
                    Some(s) => format!(" at insn {s} (line {l}: `{}`)", file.line_text(*l)),
                    None => format!(" at line {l}"),
                },
                None => " (no instruction)".into(),
            };
            format!("rejected [{code}]{at}: \"{message}\"")
        }
    }
}

/// Compares the kernel's verdict with the case's expectation; `Some(report)` when they
/// disagree.
pub fn check_load(
    file: &SpecFile,
    case: &Case,
    p: &Prepared,
    out: &kernel::LoadOutcome,
) -> Option<String> {
    let agrees = match &case.expect {
        Expectation::Accept => out.accepted(),
        Expectation::Reject { message, line, .. } => {
            let msg_ok = out.message().is_some_and(|m| m.contains(message.as_str()));
            let idx_ok = match line {
                Some(l) => p.slot_of_line(*l).is_some() && out.insn_index() == p.slot_of_line(*l),
                None => out.insn_index().is_none(),
            };
            !out.accepted() && msg_ok && idx_ok
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
        describe_expect(file, p, case),
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
    let mut descs = Vec::new();
    for (name, text) in &case.sockets {
        match skctx::net::SocketDesc::from_str(text) {
            Ok(d) => descs.push(d.named(name)),
            Err(e) => return vec![format!("{}: socket `{name}`: {e}", head(case.line))],
        }
    }
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
        let tuple = match skctx::net::Tuple::from_str(&r.tuple) {
            Ok(t) => t,
            Err(e) => {
                out.push(format!("{}: tuple `{}`: {e}", head(r.line), r.tuple));
                continue;
            }
        };
        let res = match kernel::test_run(prog, &tuple, 1, Some(&set)) {
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
            RunExpect::Errno(name) => res.errno.and_then(|e| e.name()) == Some(name.as_str()),
        };
        if !ok {
            let expected = match &r.expect {
                RunExpect::Drop => "drop".to_string(),
                RunExpect::Pass(None) => "pass".to_string(),
                RunExpect::Pass(Some(s)) => format!("pass {s}"),
                RunExpect::Errno(e) => format!("errno {e}"),
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
    /// Every problem: assembly failures, malformed cases, disagreements with the kernel.
    pub problems: Vec<String>,
}

struct Job<'a> {
    file: &'a SpecFile,
    case: &'a Case,
    prepared: Prepared,
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
            if filter.as_ref().is_some_and(|f| !id.contains(f.as_str())) {
                summary.filtered_out += 1;
                continue;
            }
            let prepared = match prepare(&case.source, &file.name) {
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
            if !case.applies_to(host.version) {
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
    if let Some(d) = check_load(file, case, prepared, &loaded.outcome) {
        found.push(d);
    }
    if !case.runs.is_empty() && loaded.outcome.accepted() {
        found.extend(run_case(file, case, &loaded));
    }
    found
}
