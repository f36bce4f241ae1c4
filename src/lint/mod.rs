//! `skasm lint`: the verifier's verdict (crate `verifier`) on every SK_LOOKUP program of some
//! `.s` sources (assembled in memory) and ELF objects, rendered rustc-style or as JSON.
//!
//! Inputs are read, programs found and linked, and their maps bound by [`crate::load`], the
//! loader `skvm` shares.
//!
//! | module | what |
//! |---|---|
//! | [`codes`] | the one table of lint's own codes; a finding's code, lint's or the verifier's |
//! | `render` | human (rustc-style, through `asm::diag`'s renderer) and JSON output |
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
pub mod kernels;
pub mod loader;
mod render;

use std::path::PathBuf;

use asm::{Object, Section};
use verifier::Refusal;

use crate::cli::{safe, shown, Failure};
use crate::load::{bind, link, read_input, read_world, Input};
use asm::btf_ext::BtfExt;
use codes::FindingCode;
use link::{Functions, Linked};

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
    pub json: bool,
    /// Also load every program into the running kernel and compare ([`cross_check`]).
    pub cross_check_kernel: bool,
}

/// What `skasm lint` prints on stdout, and whether every program was accepted.
#[derive(Debug, Clone)]
pub struct LintReport {
    pub text: String,
    pub all_accepted: bool,
    /// `--cross-check-kernel`'s lines and disagreements.
    pub cross_check: Option<cross_check::Outcome>,
    /// Error-level findings not allowed (loader checks; the verdict's own are counted by
    /// `all_accepted`): any fails the run.
    pub errors: usize,
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
    /// The linked program's instructions, for disassembly around a finding in an object.
    insns: Vec<isa::RawInsn>,
    /// The verdict on each kernel of the run (`verdict` and `findings` are the first
    /// rejecting one's, else the first unsupported one's, else the first's).
    profiles: Vec<ProfileVerdict>,
    /// Computed for JSON output and for runs on several kernels.
    min_kernel: Option<kernels::MinKernel>,
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
}

/// What every program of a run is checked against.
struct Against {
    world: Option<skctx::World>,
    /// At least one.
    targets: Vec<kernels::Target>,
    privilege: skctx::Privilege,
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
            "--cross-check-kernel compares lint's verdict on one kernel with that kernel's:              give one --kernel (or none: the running kernel)"
                .into(),
        ));
    }
    Ok((config, targets))
}

/// Marks the findings `--allow` or the config file allow.
fn mark_allowed(
    files: &mut [(String, Vec<ProgramResult>)],
    paths: &[PathBuf],
    allow: &[&'static codes::LintCode],
    config: &config::Config,
) {
    for ((_, programs), path) in files.iter_mut().zip(paths) {
        for f in programs.iter_mut().flat_map(|p| p.findings.iter_mut()) {
            if let FindingCode::Lint(c) = f.code {
                f.allowed = c.allowable
                    && (allow.iter().any(|a| a.name == c.name) || config.allows(path, c));
            }
        }
    }
}

/// `skasm lint`.
pub fn lint(paths: &[PathBuf], options: &LintOptions) -> Result<LintReport, Failure> {
    if paths.is_empty() {
        return Err(Failure::Usage(
            "no input: name .s files or ELF objects".into(),
        ));
    }
    let allow = options
        .allow
        .iter()
        .map(|a| config::allowable(a).map_err(|m| Failure::Usage(format!("--allow: {m}"))))
        .collect::<Result<Vec<_>, _>>()?;
    let (config, targets) = settings(options)?;
    let against = Against {
        min_kernel: options.json || targets.len() > 1,
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
    };
    let inputs = paths
        .iter()
        .map(|p| read_input(p, "lint"))
        .collect::<Result<Vec<_>, _>>()?;
    let mut files: Vec<(String, Vec<ProgramResult>)> = paths
        .iter()
        .zip(&inputs)
        .map(|(path, input)| (shown(path), check_input(input, &against)))
        .collect();
    mark_allowed(&mut files, paths, &allow, &config);
    let all_accepted = files
        .iter()
        .all(|(_, ps)| ps.iter().all(|p| p.verdict == Verdict::Accepted));
    let errors = files
        .iter()
        .flat_map(|(_, ps)| ps.iter().flat_map(|p| &p.findings))
        .filter(|f| !f.allowed && f.code.severity() == asm::diag::Severity::Error)
        .count();
    let cross_check = match options.cross_check_kernel {
        true => {
            let objects: Vec<&Object> = inputs.iter().map(|i| &i.object).collect();
            let (world, privilege) = (against.world.as_ref(), against.privilege);
            Some(cross_check::against_host(
                &files, &objects, world, privilege,
            )?)
        }
        false => None,
    };
    let text = if options.json {
        render::json(&files)
    } else {
        render::human(&files, &inputs)
    };
    Ok(LintReport {
        text,
        all_accepted,
        cross_check,
        errors,
    })
}

/// Every program of one input, checked.
fn check_input(input: &Input, against: &Against) -> Vec<ProgramResult> {
    let funcs = Functions::of(&input.object);
    let btf_ext = BtfExt::of(&input.object);
    funcs
        .programs()
        .into_iter()
        .map(|main| check(&funcs, btf_ext.as_ref(), main, input, against))
        .collect()
}

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
    btf_ext: Option<&BtfExt>,
    section: &Section,
    offset: u64,
) -> (Option<u32>, Option<usize>, Option<CLine>) {
    match btf_ext.and_then(|b| b.line_at(&section.name, offset)) {
        Some(l) if l.line > 0 => (
            Some(l.line),
            (l.column > 0).then_some(l.column as usize),
            Some(CLine {
                file: l.file.clone(),
                text: l.text.clone(),
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
    btf_ext: Option<&'a BtfExt>,
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
            allowed: false,
        }
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
    /// Whether the object's `.BTF.ext` has `func_info` for the program, which libbpf then
    /// passes (with the callees' records); the kernel wants it for callbacks (`bpf_loop`).
    pub func_info: bool,
}

/// Every program of `object`, as [`check`] passes it to the verifier.
pub fn loadable(object: &Object, world: Option<&skctx::World>) -> Vec<Loadable> {
    let funcs = Functions::of(object);
    let btf_ext = BtfExt::of(object);
    funcs
        .programs()
        .into_iter()
        .map(|main| {
            let prepared = prepare(&funcs, btf_ext.as_ref(), main, None, world);
            let func = &funcs.list[main];
            Loadable {
                func_info: has_func_info(btf_ext.as_ref(), &funcs, main),
                section: object.sections[func.section].name.clone(),
                name: func.name.clone(),
                problem: prepared
                    .findings
                    .first()
                    .map(|f| f.message.clone())
                    .or(prepared.unsupported),
                insns: prepared.bound.loaded,
                maps: prepared.bound.maps,
            }
        })
        .collect()
}

/// Whether `.BTF.ext` has a `func_info` record at the start of function `f`.
fn has_func_info(btf_ext: Option<&BtfExt>, funcs: &Functions, f: usize) -> bool {
    let func = &funcs.list[f];
    let section = &funcs.object().sections[func.section].name;
    btf_ext.is_some_and(|b| b.has_func_info(section, func.start))
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
    btf_ext: Option<&BtfExt>,
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
    btf_ext: Option<&BtfExt>,
    main: usize,
    input: &Input,
    against: &Against,
) -> ProgramResult {
    let source = input.source.as_deref();
    let Prepared {
        linked,
        bound,
        mut findings,
        unsupported: not_modelled,
    } = prepare(funcs, btf_ext, main, source, against.world.as_ref());
    let place = Place {
        funcs,
        linked: &linked,
        source,
        btf_ext,
    };
    let program = kernels::Program {
        insns: &bound.loaded,
        maps: &bound.maps,
        gpl: crate::load::is_gpl(&input.object),
        privilege: against.privilege,
    };
    let mut min_kernel = None;
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
        let results: Vec<Result<(), Refusal>> = against
            .targets
            .iter()
            .map(|t| program.judge(t.profile))
            .collect();
        if against.min_kernel {
            min_kernel = Some(kernels::min_kernel(&program));
        }
        let (verdict, finding) = primary(&place, &results);
        findings.extend(finding);
        (verdict, profile_verdicts(against, &results))
    };
    let cx = loader::Context {
        object: &input.object,
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
    let func = &funcs.list[main];
    ProgramResult {
        section: funcs.object().sections[func.section].name.clone(),
        name: func.name.clone(),
        verdict,
        findings,
        insns: linked.insns,
        profiles,
        min_kernel,
    }
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
fn profile_verdicts(against: &Against, results: &[Result<(), Refusal>]) -> Vec<ProfileVerdict> {
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
            ProfileVerdict {
                kernel: t.label.clone(),
                in_range: t.in_range,
                verdict,
                code,
                insn,
                message,
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
    finding
}
