//! `skasm lint`: the verifier's verdict (crate `verifier`) on every SK_LOOKUP program of some
//! `.s` sources (assembled in memory) and ELF objects, rendered rustc-style, as JSON, as
//! GitHub workflow annotations, as SARIF or as the kernel's verifier log.
//!
//! Inputs are read, programs found and linked, and their maps bound by [`crate::load`], the
//! loader `skvm` shares.
//!
//! | module | what |
//! |---|---|
//! | [`codes`] | the one table of lint's own codes; a finding's code, lint's or the verifier's, its severity and help |
//! | [`inputs`] | paths and directories to files, what is skipped and why |
//! | `pool` | the run's threads: files in parallel, idle threads walking releases for the others' `min_kernel` |
//! | [`sections`] | section names as libbpf reads them: the types of the programs that are not SK_LOOKUP |
//! | `render` | human (rustc-style, through `asm::diag`'s renderer) and JSON output |
//! | `github` | `--format github`: workflow commands (`::error file=..,line=..::`) |
//! | `sarif` | `--format sarif`: SARIF 2.1.0 |
//! | `kernel_log` | `--format kernel`: the failing path as the kernel's level-1 verifier log |
//! | `explain` | `--explain`: the state at each instruction of the failing path, the history of the register the error is about |
//! | [`cross_check`] | `--cross-check-kernel`: each program loaded into the running kernel or a kernel image, its verdict compared |
//! | [`loader`] | loader compatibility (libbpf 1.x, cilium/ebpf, aya): section names, legacy maps, BTF, license, map types, undefined functions |
//! | [`config`] | `--allow CODE` and `sklint.toml` (allow lists, default kernels, per-path settings) |
//! | [`kernels`] | the kernels of a run (`--kernel` repeated, ranges `A..B`, profile files) and each program's minimum kernel |
//!
//! This file loads the inputs and turns each program's linking, binding and verification
//! into findings with a place (instruction, and the line of the source it came from).

pub mod codes;
pub mod config;
pub mod cross_check;
mod explain;
mod github;
pub mod inputs;
mod kernel_log;
pub use kernel_log::program_log;
pub mod kernels;
pub mod loader;
mod pool;
mod render;
mod sarif;
pub mod sections;

use std::path::{Path, PathBuf};

use asm::{Object, Section};
use verifier::Refusal;

use crate::cli::{safe, shown, Failure};
use crate::load::core::Core;
use crate::load::{bind, link, object_btf, read_input_unless, read_world, Input};
use asm::btf::Btf;
use asm::btf_ext::BtfExt;
use codes::FindingCode;
use link::{Functions, Linked};

/// How `skasm lint` prints its verdicts (`--format`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Format {
    /// rustc-style text.
    #[default]
    Human,
    /// One JSON object for the run.
    Json,
    /// GitHub Actions workflow commands.
    Github,
    /// SARIF 2.1.0.
    Sarif,
    /// The kernel's level-1 verifier log of each rejected program's failing path.
    Kernel,
}

impl Format {
    /// The `--format` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Human => "human",
            Format::Json => "json",
            Format::Github => "github",
            Format::Sarif => "sarif",
            Format::Kernel => "kernel",
        }
    }
}

/// Options of `skasm lint`.
#[derive(Debug, Clone, Default)]
pub struct LintOptions {
    /// What the first `--kernel` names (see [`kernels::expand`]); empty: the config file's
    /// `kernels`, else `host`.
    pub kernel: String,
    /// Every further `--kernel`.
    pub extra_kernels: Vec<String>,
    /// `--allow CODE`: lint codes whose findings do not fail the run.
    pub allow: Vec<String>,
    /// `--config FILE`; `None`: `sklint.toml` found upward from the current directory.
    pub config: Option<PathBuf>,
    pub unprivileged: bool,
    pub world: Option<PathBuf>,
    pub format: Format,
    /// `--explain`: the failing path's states and the history of the register at fault.
    pub explain: bool,
    /// Also load every program into the running kernel and compare ([`cross_check`]).
    pub cross_check_kernel: bool,
}

/// What `skasm lint` prints on stdout, and whether every program was accepted.
#[derive(Debug, Clone)]
pub struct LintReport {
    pub text: String,
    /// Every program accepted and every file read (exit 0).
    pub all_accepted: bool,
    /// `--cross-check-kernel`'s lines and disagreements.
    pub cross_check: Option<cross_check::Outcome>,
    /// The diagnostics of files that could not be linted (a source that does not
    /// assemble, an object that cannot be read), for stderr.
    pub errors: String,
    /// Error-level findings not allowed (loader checks; the verdict's own are counted by
    /// `all_accepted`): any fails the run.
    pub error_findings: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Accepted,
    Rejected,
    Unsupported,
}

impl Verdict {
    fn as_str(self) -> &'static str {
        match self {
            Verdict::Accepted => "accepted",
            Verdict::Rejected => "rejected",
            Verdict::Unsupported => "unsupported",
        }
    }
}

/// One finding about a program.
#[derive(Debug, Clone)]
struct Finding {
    code: FindingCode,
    /// Instruction slot within the linked program (what the kernel's log counts).
    insn: Option<usize>,
    line: Option<u32>,
    column: Option<usize>,
    message: String,
    kernel_message: Option<String>,
    /// The called function the finding is in, as printed, when it is not the program.
    callee: Option<String>,
    /// For an object with `.BTF.ext` line info: the C line the instruction came from.
    c_line: Option<CLine>,
    /// Another place the finding is about (where a leaked socket was acquired, where a
    /// register got its value): what happened there, and the place.
    related: Option<(String, Box<Finding>)>,
    /// Allowed by `--allow` or the config file: listed in the summary, failing nothing.
    allowed: bool,
}

/// A C source line, from `.BTF.ext` (`line` and `column` are the finding's).
#[derive(Debug, Clone)]
struct CLine {
    file: String,
    /// BTF's copy of the line.
    text: String,
}

#[derive(Debug, Clone)]
struct ProgramResult {
    section: String,
    name: String,
    verdict: Verdict,
    findings: Vec<Finding>,
    /// The linked program's instructions, for disassembly around a finding in an object
    /// (empty when there is no finding).
    insns: Vec<isa::RawInsn>,
    /// For a rejected program when `--explain` or `--format kernel` asks: the failing path.
    trace: Option<explain::Trace>,
    /// The verdict on each kernel of the run (`verdict` and `findings` are the first
    /// rejecting one's, else the first unsupported one's, else the first's).
    profiles: Vec<ProfileVerdict>,
    /// Computed for JSON output and for runs on several kernels.
    min_kernel: Option<kernels::MinKernel>,
}

/// One linted file: its name as shown, its input, its programs, its programs of other types.
struct Linted {
    path: String,
    input: Input,
    programs: Vec<ProgramResult>,
    others: Vec<sections::OtherProgram>,
    /// For `--format human`: this file's lines, rendered by the thread that linted it.
    human: Option<String>,
}

/// Everything a run produced, as the renderers take it.
struct Run {
    linted: Vec<Linted>,
    /// Files that could not be linted: name and diagnostics.
    broken: Vec<(String, String)>,
    skipped: Vec<inputs::Skipped>,
    /// `--explain`.
    explain: bool,
}

impl Run {
    fn programs(&self) -> impl Iterator<Item = &ProgramResult> {
        self.linted.iter().flat_map(|l| &l.programs)
    }
}

/// The verdict on one kernel of the run.
#[derive(Debug, Clone)]
struct ProfileVerdict {
    kernel: String,
    /// One release of a range: consecutive ones print as "A to B".
    in_range: bool,
    verdict: Verdict,
    code: Option<String>,
    insn: Option<usize>,
    message: Option<String>,
    /// The rejection or the reason for no verdict, placed as a finding (for the formats that
    /// list every kernel's findings).
    finding: Option<Finding>,
}

impl ProfileVerdict {
    /// What tells one kernel's verdict from another's.
    fn key(&self) -> (Verdict, Option<&str>, Option<usize>, Option<&str>) {
        let (code, message) = (self.code.as_deref(), self.message.as_deref());
        (self.verdict, code, self.insn, message)
    }
}

impl ProgramResult {
    /// The findings GitHub and SARIF output show: those not allowed, each with the kernels
    /// it holds on when the run checks several; then each further kernel's own rejection
    /// (or reason for no verdict) that none of them already says.
    fn shown_findings(&self) -> Vec<(&Finding, Option<String>)> {
        let mut shown: Vec<(&Finding, Option<String>)> = Vec::new();
        let several = self.profiles.len() > 1;
        for f in self.findings.iter().filter(|f| !f.allowed) {
            let on = several.then(|| self.kernels_where(f)).flatten();
            shown.push((f, on));
        }
        for v in self.profiles.iter().filter(|_| several) {
            let Some(f) = &v.finding else { continue };
            if !shown.iter().any(|(s, _)| same(s, f)) {
                shown.push((f, self.kernels_where(f)));
            }
        }
        shown
    }

    /// "6.1, 6.2": the kernels whose own finding is `f`, when there is any.
    fn kernels_where(&self, f: &Finding) -> Option<String> {
        let on: Vec<&str> = self
            .profiles
            .iter()
            .filter(|v| v.finding.as_ref().is_some_and(|g| same(f, g)))
            .map(|v| v.kernel.as_str())
            .collect();
        (!on.is_empty()).then(|| on.join(", "))
    }
}

/// Whether two findings say the same: code, instruction and message.
fn same(a: &Finding, b: &Finding) -> bool {
    (a.code, a.insn, &a.message) == (b.code, b.insn, &b.message)
}

/// What every program of a run is checked against.
struct Against {
    world: Option<skctx::World>,
    /// At least one.
    targets: Vec<kernels::Target>,
    privilege: skctx::Privilege,
    /// Whether rejected programs get their failing path ([`explain::Trace`]).
    trace: bool,
    min_kernel: bool,
}

/// The config file and `--allow`, and the kernels the run checks against.
fn settings(options: &LintOptions) -> Result<(config::Config, Vec<kernels::Target>), Failure> {
    let found = match &options.config {
        Some(p) => Some(p.clone()),
        None => std::env::current_dir().ok().and_then(|d| config::find(&d)),
    };
    let config = match found {
        Some(p) => config::load(&p)?,
        None => config::Config::default(),
    };
    let mut specs: Vec<String> = std::iter::once(&options.kernel)
        .chain(&options.extra_kernels)
        .filter(|k| !k.trim().is_empty())
        .cloned()
        .collect();
    // The cross-check compares with the kernel it loads into: the host's, unless named.
    if specs.is_empty() && !options.cross_check_kernel {
        specs = config.kernels.clone();
    }
    if specs.is_empty() {
        specs.push("host".into());
    }
    let mut targets = Vec::new();
    for spec in &specs {
        targets.extend(kernels::expand(spec)?);
    }
    if options.cross_check_kernel && targets.len() > 1 {
        return Err(Failure::Usage(
            "--cross-check-kernel compares lint's verdict on one kernel with that kernel's: \
             give one --kernel (or none: the running kernel)"
                .into(),
        ));
    }
    Ok((config, targets))
}

/// Marks the findings of file `path`'s programs that `--allow` or the config file allow.
fn mark_allowed(
    programs: &mut [ProgramResult],
    path: &Path,
    allow: &[&'static codes::LintCode],
    config: &config::Config,
) {
    for f in programs.iter_mut().flat_map(|p| p.findings.iter_mut()) {
        if let FindingCode::Lint(c) = f.code {
            f.allowed =
                c.allowable && (allow.iter().any(|a| a.name == c.name) || config.allows(path, c));
        }
    }
}

/// `skasm lint`.
pub fn lint(paths: &[PathBuf], options: &LintOptions) -> Result<LintReport, Failure> {
    if paths.is_empty() {
        return Err(Failure::Usage(
            "no input: name .s files, ELF objects or directories".into(),
        ));
    }
    let allow = options
        .allow
        .iter()
        .map(|a| config::allowable(a).map_err(|m| Failure::Usage(format!("--allow: {m}"))))
        .collect::<Result<Vec<_>, _>>()?;
    let (config, targets) = settings(options)?;
    let against = Against {
        min_kernel: options.format == Format::Json || targets.len() > 1,
        targets,
        privilege: if options.unprivileged {
            skctx::Privilege::NoPerfmon
        } else {
            skctx::Privilege::Root
        },
        world: match &options.world {
            Some(p) => Some(read_world(p)?),
            None => None,
        },
        trace: options.explain || options.format == Format::Kernel,
    };
    let found = inputs::find(paths)?;
    // Each file is classified by the bytes read to lint it: one open and read per file.
    let read = pool::parallel(&found, |f, pool| {
        if let Some(why) = f.skipped_by_kind() {
            return Ok(Err(why));
        }
        let mut input = match read_input_unless(&f.path, "lint", |h| f.skipped_by_head(h))? {
            Ok(input) => input,
            Err(why) => return Ok(Err(why)),
        };
        let (mut programs, others) = check_input(&input, &against, pool);
        mark_allowed(&mut programs, &f.path, &allow, &config);
        if !options.cross_check_kernel {
            // Only the cross-check reads the object again: freed here, not held to the end.
            input.object = Object::default();
            input.btf = None;
        }
        let mut linted = Linted {
            path: shown(&f.path),
            input,
            programs,
            others,
            human: None,
        };
        if options.format == Format::Human {
            linted.human = Some(render::human_file(&linted, options.explain));
        }
        Ok::<_, Failure>(Ok(linted))
    });
    let mut run = Run {
        linted: Vec::new(),
        broken: Vec::new(),
        skipped: Vec::new(),
        explain: options.explain,
    };
    for (f, r) in found.iter().zip(read) {
        match r {
            Ok(Ok(linted)) => run.linted.push(linted),
            Ok(Err(why)) => run.skipped.push(inputs::Skipped {
                path: shown(&f.path),
                why,
            }),
            Err(Failure::Rejected(text)) => run.broken.push((shown(&f.path), text)),
            Err(usage) => return Err(usage),
        }
    }
    let all_accepted =
        run.broken.is_empty() && run.programs().all(|p| p.verdict == Verdict::Accepted);
    let error_findings = run
        .programs()
        .flat_map(|p| &p.findings)
        .filter(|f| !f.allowed && f.code.severity() == asm::diag::Severity::Error)
        .count();
    let cross_check = match options.cross_check_kernel {
        true => {
            let files: Vec<(String, Vec<ProgramResult>)> = run
                .linted
                .iter()
                .map(|l| (l.path.clone(), l.programs.clone()))
                .collect();
            let objects: Vec<&Object> = run.linted.iter().map(|l| &l.input.object).collect();
            let (world, privilege) = (against.world.as_ref(), against.privilege);
            Some(cross_check::against_host(
                &files, &objects, world, privilege,
            )?)
        }
        false => None,
    };
    let text = match options.format {
        Format::Human => render::human(&run),
        Format::Json => render::json(&run),
        Format::Github => github::render(&run),
        Format::Sarif => sarif::render(&run),
        Format::Kernel => kernel_log::render(&run),
    };
    let errors = run.broken.iter().map(|(_, t)| t.as_str()).collect();
    Ok(LintReport {
        text,
        all_accepted,
        cross_check,
        errors,
        error_findings,
    })
}

/// Every program of one input, checked, and its programs of other types.
fn check_input(
    input: &Input,
    against: &Against,
    pool: &pool::Pool,
) -> (Vec<ProgramResult>, Vec<sections::OtherProgram>) {
    let btf = input.btf.as_ref();
    // The relocated object's `.BTF.ext` is the object's: read once.
    let btf_ext = btf.and_then(|b| BtfExt::of_with(&input.object, b));
    let profiles: Vec<_> = against.targets.iter().map(|t| t.profile).collect();
    let btfs = btf.zip(btf_ext.as_ref());
    let (relocated, core) = match crate::load::core::relocate_with(&input.object, btfs, &profiles) {
        Ok(Core::None) => (None, Ok(None)),
        Ok(Core::Relocated(object, applied)) => (Some(object), Ok(Some(applied))),
        Err(e) => (None, Err(e)),
    };
    let object = relocated.as_ref().unwrap_or(&input.object);
    let funcs = Functions::of(object);
    let btfs = (btf, btf_ext.as_ref());
    let programs = funcs
        .programs()
        .into_iter()
        .map(|main| check(&funcs, btfs, main, (input, against), core.as_ref(), pool))
        .collect();
    (programs, sections::other_programs(&funcs))
}

/// The CO-RE relocations of a program's object: none, applied, or why not.
type CoreOutcome<'a> = Result<&'a Option<corerelo::Relocated>, &'a corerelo::Error>;

/// Source line and column of byte `offset` of `section` (for `.s` inputs).
fn location(section: &Section, source: Option<&str>, offset: u64) -> (Option<u32>, Option<usize>) {
    let Some(src) = source else {
        return (None, None);
    };
    let Some(line) = section.source_at(offset).map(|l| l.line) else {
        return (None, None);
    };
    let text = src
        .lines()
        .nth(line.saturating_sub(1) as usize)
        .unwrap_or("");
    let column = text.len() - text.trim_start().len() + 1;
    (Some(line), Some(column))
}

/// The C line of byte `offset` of `section`, when `.BTF.ext` knows it: line, column and
/// the line itself.
fn c_location(
    btf_ext: Option<(&Btf, &BtfExt)>,
    section: &Section,
    offset: u64,
) -> (Option<u32>, Option<usize>, Option<CLine>) {
    let Some((btf, ext)) = btf_ext else {
        return (None, None, None);
    };
    match ext.line_at(&section.name, offset) {
        Some(l) if l.line > 0 => (
            Some(l.line),
            (l.column > 0).then_some(l.column as usize),
            Some(CLine {
                file: l.file(btf).to_string(),
                text: l.text(btf).to_string(),
            }),
        ),
        _ => (None, None, None),
    }
}

/// A linked program, with what it was linked from.
struct Place<'a> {
    funcs: &'a Functions<'a>,
    linked: &'a Linked,
    source: Option<&'a str>,
    /// The object's `.BTF` and `.BTF.ext` (whose line records name strings of the `.BTF`).
    btf_ext: Option<(&'a Btf, &'a BtfExt)>,
}

impl Place<'_> {
    /// A finding at byte `offset` of the section of piece `piece`.
    fn finding(&self, code: FindingCode, piece: usize, offset: u64, message: String) -> Finding {
        let p = &self.linked.pieces[piece];
        let func = &self.funcs.list[p.function];
        let section = &self.funcs.object().sections[func.section];
        let (line, column, c_line) = match self.source {
            Some(_) => {
                let (line, column) = location(section, self.source, offset);
                (line, column, None)
            }
            None => c_location(self.btf_ext, section, offset),
        };
        Finding {
            code,
            insn: Some(p.at + ((offset - func.start) / 8) as usize),
            line,
            column,
            message,
            kernel_message: None,
            callee: (piece > 0).then(|| describe(func, section)),
            c_line,
            related: None,
            allowed: false,
        }
    }

    /// A finding placed at linked slot `slot` (no message), when the slot is in the program.
    fn at_slot(&self, code: FindingCode, slot: usize) -> Option<Finding> {
        let (piece, offset) = self.origin(slot)?;
        let mut f = self.finding(code, piece, offset, String::new());
        f.insn = Some(slot);
        Some(f)
    }

    /// The piece holding linked slot `slot`, and the byte of its section there.
    fn origin(&self, slot: usize) -> Option<(usize, u64)> {
        let piece = self
            .linked
            .pieces
            .iter()
            .rposition(|p| p.at <= slot && slot < p.at + p.len)?;
        let p = &self.linked.pieces[piece];
        let start = self.funcs.list[p.function].start;
        Some((piece, start + 8 * (slot - p.at) as u64))
    }
}

/// "`name` (section `sec`)".
fn describe(func: &link::Function, section: &Section) -> String {
    format!("`{}` (section `{}`)", safe(&func.name), safe(&section.name))
}

/// A program as lint hands it to the verifier: linked with its callees, its map references
/// marked, with the maps they name; what a test loads into the live kernel to compare.
#[derive(Debug, Clone)]
pub struct Loadable {
    pub section: String,
    pub name: String,
    pub insns: Vec<isa::RawInsn>,
    pub maps: Vec<verifier::MapInfo>,
    /// Why it cannot be verified or loaded as is (findings, or what is not modelled).
    pub problem: Option<String>,
    /// The `func_info` libbpf passes with the program when the object's `.BTF.ext` has it
    /// (a record per linked function, with its BTF linkage); the kernel wants it for
    /// callbacks (`bpf_loop`).
    pub funcs: Option<Vec<verifier::FuncInfo>>,
    /// For each of `maps`, the byte offset of a `struct bpf_spin_lock` in its value, when
    /// the object's BTF places one there (libbpf creates the map with that BTF).
    pub spin_locks: Vec<Option<u32>>,
}

/// `f` with, when its instruction is one libbpf poisoned for a CO-RE relocation without a
/// match, that relocation as its related note.
fn poisoned_by(mut f: Finding, place: &Place, core: CoreOutcome) -> Finding {
    let (Ok(Some(relocated)), Some(slot)) = (core, f.insn) else {
        return f;
    };
    let Some((piece, offset)) = place.origin(slot) else {
        return f;
    };
    let func = &place.funcs.list[place.linked.pieces[piece].function];
    let section = &place.funcs.object().sections[func.section].name;
    let applied = relocated
        .applied
        .iter()
        .find(|a| a.poisoned && a.offset == offset && a.section == *section);
    if let (Some(a), None) = (applied, &f.related) {
        let what = format!(
            "libbpf poisoned this instruction: CO-RE relocation #{} (`{}` of `{}`) matches nothing in the kernel's types",
            a.index,
            a.kind.name,
            safe(&a.spec)
        );
        f.related = place.at_slot(f.code, slot).map(|at| (what, Box::new(at)));
    }
    f
}

/// A finding for CO-RE relocations libbpf cannot apply: it loads no program of the object.
/// At the relocated instruction when it is in the program.
fn core_refused(place: &Place, why: &str, at: Option<&(String, u64)>) -> Finding {
    let code = FindingCode::Lint(codes::CORE_RELOCATION);
    let message = format!("libbpf fails the load: {}", safe(why));
    let object = place.funcs.object();
    let piece = at.and_then(|(section, offset)| {
        place.linked.pieces.iter().position(|p| {
            let f = &place.funcs.list[p.function];
            object.sections[f.section].name == *section && (f.start..f.end).contains(offset)
        })
    });
    match (piece, at) {
        (Some(piece), Some((_, offset))) => place.finding(code, piece, *offset, message),
        _ => Finding {
            code,
            message,
            ..unsupported("")
        },
    }
}

/// `found` raised to the oldest release from which the modelled releases resolve the CO-RE
/// relocations as the linted kernel did (the verdicts of older releases were of
/// instructions they would not get).
fn core_floor(
    found: kernels::MinKernel,
    input: &Input,
    used: &corerelo::Relocated,
) -> kernels::MinKernel {
    match crate::load::core::floor(&input.object, input.btf.as_ref(), used) {
        Ok(floor) if found.release.is_some_and(|r| r < floor) => kernels::MinKernel {
            release: Some(floor),
            reason: format!(
                "from {floor} on its CO-RE relocations resolve as on the kernel linted; older releases get other instructions, which lint did not verify"
            ),
            verified: false,
        },
        Ok(_) => found,
        Err(why) => kernels::MinKernel {
            release: None,
            reason: why,
            verified: false,
        },
    }
}

/// Every program of `object`, as [`check`] passes it to the verifier, its CO-RE
/// relocations applied against the running kernel's BTF (what a load into it gets).
pub fn loadable(object: &Object, world: Option<&skctx::World>) -> Vec<Loadable> {
    let btf = object_btf(object);
    let (relocated, core_problem) = match crate::load::core::relocate_for_host(object, btf.as_ref())
    {
        Ok(Core::Relocated(o, _)) => (Some(o), None),
        Ok(Core::None) => (None, None),
        Err(e) => (None, Some(e.message().to_string())),
    };
    let object = relocated.as_ref().unwrap_or(object);
    let funcs = Functions::of(object);
    let btf_ext = btf.as_ref().and_then(|b| BtfExt::of_with(object, b));
    let locks = btf.as_ref().map_or(Vec::new(), asm::btf::map_spin_locks_in);
    funcs
        .programs()
        .into_iter()
        .map(|main| {
            let lines = btf.as_ref().zip(btf_ext.as_ref());
            let prepared = prepare(&funcs, lines, main, None, world);
            let func = &funcs.list[main];
            Loadable {
                funcs: func_info((btf.as_ref(), btf_ext.as_ref()), &funcs, &prepared.linked),
                section: object.sections[func.section].name.clone(),
                name: func.name.clone(),
                problem: core_problem.clone().or(prepared
                    .findings
                    .first()
                    .map(|f| f.message.clone())
                    .or(prepared.unsupported)),
                spin_locks: (prepared.bound.refs.iter())
                    .map(|(_, name)| locks.iter().find(|(l, _)| l == name).map(|(_, at)| *at))
                    .collect(),
                insns: prepared.bound.loaded,
                maps: prepared.bound.maps,
            }
        })
        .collect()
}

/// The `func_info` libbpf passes with `linked` (see `bpf_program__relocate`'s
/// `func_info` adjustment): each linked function's record at its first slot, with the
/// linkage of its BTF `FUNC`; `None` when the object has no record for one of them.
pub(crate) fn func_info(
    (btf, btf_ext): (Option<&Btf>, Option<&BtfExt>),
    funcs: &Functions,
    linked: &Linked,
) -> Option<Vec<verifier::FuncInfo>> {
    let (btf, ext) = (btf?, btf_ext?);
    let object = funcs.object();
    linked
        .pieces
        .iter()
        .map(|p| {
            let func = &funcs.list[p.function];
            let record = ext.func_at(&object.sections[func.section].name, func.start)?;
            let linkage = verifier::Linkage::from_vlen(btf.func_linkage(record.type_id)?)?;
            let insn_off = u32::try_from(p.at).ok()?;
            Some(verifier::FuncInfo {
                insn_off,
                linkage,
                name: btf.func_name(record.type_id)?.to_string(),
                proto: btf.func_proto(record.type_id)?,
            })
        })
        .collect()
}

/// A program linked and bound, with its findings and what is not modelled.
struct Prepared {
    linked: Linked,
    bound: bind::Bound,
    findings: Vec<Finding>,
    unsupported: Option<String>,
}

fn prepare(
    funcs: &Functions,
    btf_ext: Option<(&Btf, &BtfExt)>,
    main: usize,
    source: Option<&str>,
    world: Option<&skctx::World>,
) -> Prepared {
    let linked = funcs.link(main);
    let place = Place {
        funcs,
        linked: &linked,
        source,
        btf_ext,
    };
    let mut findings = partial_insns(&place);
    let mut bound = bind::bind(funcs, &linked, world);
    findings.extend(bound.undefined.iter().map(|u| {
        let code = FindingCode::Lint(codes::UNDEFINED_MAP);
        place.finding(code, u.piece, u.offset, u.message())
    }));
    let unlinked = linked
        .unlinked
        .clone()
        .map(|why| format!("{why} (the loader could not link it; lint does not follow it)"));
    let unsupported = unlinked.or(bound.unsupported.take());
    Prepared {
        linked,
        bound,
        findings,
        unsupported,
    }
}

/// Links and verifies program `main` on every kernel of the run, and runs the loader checks.
fn check(
    funcs: &Functions,
    (object_btf, btf_ext): (Option<&Btf>, Option<&BtfExt>),
    main: usize,
    (input, against): (&Input, &Against),
    core: CoreOutcome,
    pool: &pool::Pool,
) -> ProgramResult {
    let source = input.source.as_deref();
    let Prepared {
        linked,
        bound,
        mut findings,
        unsupported: mut not_modelled,
    } = prepare(
        funcs,
        object_btf.zip(btf_ext),
        main,
        source,
        against.world.as_ref(),
    );
    let place = Place {
        funcs,
        linked: &linked,
        source,
        btf_ext: object_btf.zip(btf_ext),
    };
    match core {
        Err(corerelo::Error::Refused { why, at }) => {
            findings.insert(0, core_refused(&place, why, at.as_ref()))
        }
        Err(corerelo::Error::Unsupported(why)) => not_modelled = not_modelled.or(Some(why.clone())),
        Ok(_) => {}
    }
    // libbpf passes the object's func_info: the verifier is told so.
    let btf = func_info((object_btf, btf_ext), funcs, &linked);
    let program = kernels::Program::new(
        (&bound.loaded, &bound.maps),
        (crate::load::is_gpl(&input.object), against.privilege),
        btf.as_deref(),
    );
    let judging = kernels::Judging::new(&program, pool);
    let (mut min_kernel, mut trace) = (None, None);
    let (verdict, profiles) = if !findings.is_empty() {
        (
            Verdict::Rejected,
            same_everywhere(against, Verdict::Rejected, &findings[0]),
        )
    } else if let Some(why) = not_modelled {
        findings.push(unsupported(&why));
        let profiles = same_everywhere(against, Verdict::Unsupported, &findings[0]);
        (Verdict::Unsupported, profiles)
    } else {
        // One kernel and no `min_kernel`: no verdict to reuse, nothing worth recording.
        let judge = |t: &kernels::Target| match against.min_kernel {
            true => judging.judge(t.profile),
            false => program.judge_walked(t.profile),
        };
        let results: Vec<Result<(), Refusal>> = against.targets.iter().map(judge).collect();
        if against.min_kernel {
            let found = kernels::min_kernel(&judging);
            min_kernel = Some(match core {
                Ok(Some(used)) => core_floor(found, input, used),
                _ => found,
            });
        }
        if against.trace {
            trace = failing_path(&place, &program, &against.targets, &results);
        }
        let (verdict, finding) = primary(&place, &results);
        findings.extend(finding.map(|f| poisoned_by(f, &place, core)));
        (verdict, profile_verdicts(against, &place, &results))
    };
    let cx = loader::Context {
        object: &input.object,
        btf: object_btf,
        source,
        profile: against.targets[0].profile,
        privilege: against.privilege,
    };
    let gpl_only_at: Vec<Option<usize>> = findings
        .iter()
        .filter(|f| f.code == FindingCode::Verifier(skctx::Code::GplOnly))
        .map(|f| f.insn)
        .collect();
    findings.extend(
        loader::findings(&place, &bound, &cx)
            .into_iter()
            .filter(|f| {
                f.code != FindingCode::Lint(codes::NON_GPL_LICENSE)
                    || !gpl_only_at.contains(&f.insn)
            }),
    );
    let insns = match findings.is_empty() {
        true => Vec::new(),
        false => linked.insns,
    };
    let func = &funcs.list[main];
    let section = funcs.object().sections[func.section].name.clone();
    ProgramResult {
        section,
        name: func.name.clone(),
        verdict,
        findings,
        insns,
        trace,
        profiles,
        min_kernel,
    }
}

/// The failing path of the rejection [`primary`] shows, when the verifier made it (not the
/// tables, for releases older than the verifier models). `analyze` walks twice: only a run
/// that shows the path pays for it.
fn failing_path(
    place: &Place,
    program: &kernels::Program,
    targets: &[kernels::Target],
    results: &[Result<(), Refusal>],
) -> Option<explain::Trace> {
    let at = results
        .iter()
        .position(|r| matches!(r, Err(Refusal::Rejected(_))))?;
    let profile = targets[at].profile;
    if !verifier::releases::is_modelled(profile.version()) {
        return None;
    }
    let (insns, maps) = (program.insns, program.maps);
    let (privilege, gpl) = (program.privilege, program.gpl);
    let a = explain::analyze(insns, maps, program.btf, profile, (privilege, gpl));
    let Err(Refusal::Rejected(r)) = &a.result else {
        return None;
    };
    let code = FindingCode::Verifier(r.code);
    let lines = |slot: usize| {
        let at = place.at_slot(code, slot);
        (at.as_ref().and_then(|f| f.line), at.and_then(|f| f.c_line))
    };
    let loaded = explain::Program {
        insns: &place.linked.insns,
        maps,
        funcs: program.btf,
        lines: &lines,
    };
    Some(explain::trace(&loaded, &a, r, profile))
}

/// The verdict and finding shown for a program: the first kernel's that rejects it, else
/// the first's that cannot say, else the first's.
fn primary(place: &Place, results: &[Result<(), Refusal>]) -> (Verdict, Option<Finding>) {
    let rejected = results
        .iter()
        .position(|r| matches!(r, Err(Refusal::Rejected(_))));
    let unsupported_at = results.iter().position(Result::is_err);
    match rejected.or(unsupported_at).map(|i| &results[i]) {
        Some(Err(Refusal::Rejected(r))) => (Verdict::Rejected, Some(rejection(place, r))),
        Some(Err(Refusal::Unsupported(why))) => (Verdict::Unsupported, Some(unsupported(why))),
        _ => (Verdict::Accepted, None),
    }
}

/// Each kernel's verdict from its result.
fn profile_verdicts(
    against: &Against,
    place: &Place,
    results: &[Result<(), Refusal>],
) -> Vec<ProfileVerdict> {
    against
        .targets
        .iter()
        .zip(results)
        .map(|(t, r)| {
            let (verdict, code, insn, message) = match r {
                Ok(()) => (Verdict::Accepted, None, None, None),
                Err(Refusal::Unsupported(why)) => {
                    (Verdict::Unsupported, None, None, Some(safe(why)))
                }
                Err(Refusal::Rejected(r)) => (
                    Verdict::Rejected,
                    Some(r.code.name().to_string()),
                    r.pc.map(|p| p.0),
                    Some(safe(&r.message)),
                ),
            };
            let finding = match r {
                Ok(()) => None,
                Err(Refusal::Unsupported(why)) => Some(unsupported(why)),
                Err(Refusal::Rejected(r)) => Some(rejection(place, r)),
            };
            ProfileVerdict {
                kernel: t.label.clone(),
                in_range: t.in_range,
                verdict,
                code,
                insn,
                message,
                finding,
            }
        })
        .collect()
}

/// The same verdict on every kernel, for a finding made before verification.
fn same_everywhere(against: &Against, verdict: Verdict, f: &Finding) -> Vec<ProfileVerdict> {
    against
        .targets
        .iter()
        .map(|t| ProfileVerdict {
            kernel: t.label.clone(),
            in_range: t.in_range,
            verdict,
            code: Some(f.code.name().to_string()),
            insn: f.insn,
            message: Some(f.message.clone()),
            finding: Some(f.clone()),
        })
        .collect()
}

/// A finding for each linked function whose bytes end inside an instruction.
fn partial_insns(place: &Place) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (k, p) in place.linked.pieces.iter().enumerate() {
        let func = &place.funcs.list[p.function];
        let bytes = func.end - func.start;
        if !bytes.is_multiple_of(8) {
            let message =
                format!("the program is {bytes} bytes, not a whole number of 8-byte instructions");
            let tail = func.start + 8 * p.len as u64;
            let code = FindingCode::Lint(codes::PARTIAL_INSN);
            findings.push(place.finding(code, k, tail, message));
        }
    }
    findings
}

fn unsupported(why: &str) -> Finding {
    Finding {
        code: FindingCode::Lint(codes::UNSUPPORTED),
        insn: None,
        line: None,
        column: None,
        message: safe(why),
        kernel_message: None,
        callee: None,
        c_line: None,
        related: None,
        allowed: false,
    }
}

/// The verifier's rejection as a finding at the rejected instruction.
fn rejection(place: &Place, r: &verifier::Rejection) -> Finding {
    let slot = r.pc.map(|pc| pc.0);
    let code = FindingCode::Verifier(r.code);
    let mut finding = match slot.and_then(|s| place.origin(s)) {
        Some((piece, offset)) => place.finding(code, piece, offset, String::new()),
        None => Finding {
            code,
            ..unsupported("")
        },
    };
    finding.insn = slot;
    finding.message = safe(&r.message);
    // Two-line messages (reference leaks) keep their line break; each line is escaped.
    let lines: Vec<String> = r.kernel_message.lines().map(safe).collect();
    finding.kernel_message = Some(lines.join("\n"));
    finding.related = r.related.as_ref().and_then(|rel| {
        let at = place.at_slot(code, rel.pc.0)?;
        Some((safe(&rel.what), Box::new(at)))
    });
    finding
}
