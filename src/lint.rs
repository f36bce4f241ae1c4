//! `skasm lint`: the verifier's verdict (crate `verifier`) on every SK_LOOKUP program of some
//! `.s` sources (assembled in memory) and ELF objects, rendered rustc-style or as JSON.
//!
//! A program is a global function of an `sk_lookup` or `sk_lookup/...` section (the whole
//! section when it has no function symbol); an object without such a section has the global
//! functions of `.text`. Maps referenced by `ld_imm64` (`R_BPF_64_64`) come from the
//! object's `.skmap`/`.maps` declarations, else from the world file's `[maps.NAME]`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use asm::{Object, RelocKind, RelocTarget, Section};
use isa::RawInsn;
use verifier::{MapInfo, Refusal};

use crate::cli::{safe, shown, Failure};

/// The code of the finding "a map reference names no map the object or world defines".
const UNDEFINED_MAP: &str = "undefined-map";

/// The code of the finding "the program's bytes end inside an instruction".
const PARTIAL_INSN: &str = "partial-instruction";

/// Options of `skasm lint`.
#[derive(Debug, Clone, Default)]
pub struct LintOptions {
    /// What `--kernel` names (see [`crate::profiles::resolve`]).
    pub kernel: String,
    pub unprivileged: bool,
    pub world: Option<PathBuf>,
    pub json: bool,
}

/// What `skasm lint` prints on stdout, and whether every program was accepted.
#[derive(Debug, Clone)]
pub struct LintReport {
    pub text: String,
    pub all_accepted: bool,
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
    code: String,
    severity: &'static str,
    /// Instruction slot within the program.
    insn: Option<usize>,
    line: Option<u32>,
    column: Option<usize>,
    message: String,
    kernel_message: Option<String>,
}

#[derive(Debug, Clone)]
struct ProgramResult {
    section: String,
    name: String,
    verdict: Verdict,
    findings: Vec<Finding>,
    /// The program's instructions, for disassembly around a finding in an object.
    insns: Vec<RawInsn>,
}

/// One input file, loaded: its object, and its source text when it is a `.s` file.
struct Input {
    object: Object,
    source: Option<String>,
}

/// `skasm lint`.
pub fn lint(paths: &[PathBuf], options: &LintOptions) -> Result<LintReport, Failure> {
    if paths.is_empty() {
        return Err(Failure::Usage(
            "no input: name .s files or ELF objects".into(),
        ));
    }
    let profile = crate::profiles::resolve(&options.kernel)?;
    let privilege = if options.unprivileged {
        skctx::Privilege::NoPerfmon
    } else {
        skctx::Privilege::Root
    };
    let world = match &options.world {
        Some(p) => Some(read_world(p)?),
        None => None,
    };
    let inputs = paths
        .iter()
        .map(|p| load(p))
        .collect::<Result<Vec<_>, _>>()?;
    let mut files = Vec::new();
    for (path, input) in paths.iter().zip(&inputs) {
        let programs = programs(&input.object)
            .into_iter()
            .map(|p| check(&input.object, &p, world.as_ref(), profile, privilege, input))
            .collect::<Vec<_>>();
        files.push((shown(path), programs));
    }
    let all_accepted = files
        .iter()
        .all(|(_, ps)| ps.iter().all(|p| p.verdict == Verdict::Accepted));
    let text = if options.json {
        render_json(&files, &inputs)
    } else {
        render_human(&files, &inputs)
    };
    Ok(LintReport { text, all_accepted })
}

fn read_world(path: &Path) -> Result<skctx::World, Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::Usage(format!("cannot read world {}: {e}", shown(path))))?;
    skctx::parse_world(&text)
        .map_err(|e| Failure::Usage(safe(format!("{}:{}: {}", shown(path), e.line, e.message))))
}

/// Reads an ELF object, or assembles a source (anything not starting with `\x7fELF`).
/// Assembly errors reject the input (exit 1) with the assembler's diagnostics.
fn load(path: &Path) -> Result<Input, Failure> {
    let name = shown(path);
    let bytes =
        std::fs::read(path).map_err(|e| Failure::Usage(format!("cannot read {name}: {e}")))?;
    if bytes.starts_with(b"\x7fELF") {
        let object = asm::elf::read(&bytes)
            .map_err(|e| Failure::Rejected(format!("error: {name}: {}\n", safe(e))))?;
        return Ok(Input {
            object,
            source: None,
        });
    }
    let source = String::from_utf8(bytes)
        .map_err(|_| Failure::Rejected(format!("error: {name}: not UTF-8 assembly source\n")))?;
    match asm::assemble(&source) {
        Ok(object) => Ok(Input {
            object,
            source: Some(source),
        }),
        Err(errors) => Err(Failure::Rejected(format!(
            "{}error: could not lint `{name}`: it does not assemble\n",
            asm::diag::render(&errors, &name, &source)
        ))),
    }
}

/// A program: where its instructions are in which section.
struct Program {
    section: usize,
    name: String,
    /// Byte range in the section.
    start: u64,
    end: u64,
}

fn is_sk_lookup(name: &str) -> bool {
    name == "sk_lookup" || name.starts_with("sk_lookup/")
}

/// The programs of `object`: functions of its `sk_lookup` sections, else of `.text`.
fn programs(object: &Object) -> Vec<Program> {
    let mut sections: Vec<usize> = object
        .sections
        .iter()
        .enumerate()
        .filter(|(_, s)| s.is_code() && is_sk_lookup(&s.name))
        .map(|(i, _)| i)
        .collect();
    if sections.is_empty() {
        sections = object
            .sections
            .iter()
            .enumerate()
            .filter(|(_, s)| s.is_code() && s.name == ".text" && !s.data.is_empty())
            .map(|(i, _)| i)
            .collect();
    }
    sections
        .into_iter()
        .flat_map(|i| programs_of(object, i))
        .collect()
}

/// The global functions of section `index` (the whole section when there is none), each up
/// to its size, or to the next function when its size is not recorded.
fn programs_of(object: &Object, index: usize) -> Vec<Program> {
    let section = &object.sections[index];
    let len = section.data.len() as u64;
    let mut funcs: Vec<(&str, u64, u64)> = object
        .symbols
        .iter()
        .filter(|s| {
            s.section == Some(index)
                && s.kind == asm::SymbolKind::Func
                && s.binding != asm::Binding::Local
                && s.value < len
        })
        .map(|s| (s.name.as_str(), s.value, s.size))
        .collect();
    funcs.sort_by_key(|f| f.1);
    if funcs.is_empty() {
        return vec![Program {
            section: index,
            name: section.name.clone(),
            start: 0,
            end: len,
        }];
    }
    let starts: Vec<u64> = funcs.iter().map(|f| f.1).collect();
    funcs
        .iter()
        .enumerate()
        .map(|(k, &(name, start, size))| {
            let next = starts.get(k + 1).copied().unwrap_or(len);
            let end = if size > 0 {
                start.saturating_add(size).min(len)
            } else {
                next
            };
            Program {
                section: index,
                name: name.to_string(),
                start,
                end,
            }
        })
        .collect()
}

/// Whether the object's `license` section names a GPL-compatible license; without one it is
/// not (libbpf then passes an empty license).
fn is_gpl(object: &Object) -> bool {
    object
        .sections
        .iter()
        .find(|s| s.name == "license")
        .map(|s| {
            let text = s.data.split(|&b| b == 0).next().unwrap_or(&[]);
            std::str::from_utf8(text).is_ok_and(skctx::license_is_gpl_compatible)
        })
        .unwrap_or(false)
}

/// The map an `ld_imm64` relocation names: the object's, else the world's.
fn map_info(
    object: &Object,
    world: Option<&skctx::World>,
    name: &str,
    slot: usize,
) -> Option<MapInfo> {
    if let Some(m) = object.maps.iter().find(|m| m.name == name) {
        return Some(MapInfo {
            slot,
            map_type: m.map_type.id(),
            key_size: m.key_size,
            value_size: m.value_size,
            max_entries: m.max_entries,
            flags: m.flags,
        });
    }
    world.and_then(|w| w.maps.get(name)).map(|m| MapInfo {
        slot,
        map_type: m.map_type.id(),
        key_size: m.key_size,
        value_size: m.value_size,
        max_entries: m.max_entries,
        flags: m.flags,
    })
}

/// Marks the `ld_imm64` at `slot` `BPF_PSEUDO_MAP_FD`, as the loader passes a map reference.
fn bind_map(insns: &mut [RawInsn], slot: usize) {
    if let Some(i) = insns.get_mut(slot) {
        i.src = isa::table::ld_imm_row(isa::LdImmKind::MapFd).src;
    }
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

/// What the program's relocations give the verifier: the instructions as the loader passes
/// them, the maps they refer to, findings (undefined maps) and what is not modelled.
struct Bound {
    loaded: Vec<RawInsn>,
    maps: Vec<MapInfo>,
    findings: Vec<Finding>,
    unsupported: Option<String>,
}

/// Where `program` is: its section, and the source when it was assembled from one.
struct Place<'a> {
    object: &'a Object,
    section: &'a Section,
    source: Option<&'a str>,
    program: &'a Program,
}

impl Place<'_> {
    /// A finding at byte `offset` of the section.
    fn finding(&self, code: &str, offset: u64, message: String) -> Finding {
        let (line, column) = location(self.section, self.source, offset);
        Finding {
            code: code.into(),
            severity: "error",
            insn: Some(((offset - self.program.start) / 8) as usize),
            line,
            column,
            message,
            kernel_message: None,
        }
    }
}

/// Verifies one program.
fn check(
    object: &Object,
    program: &Program,
    world: Option<&skctx::World>,
    profile: skctx::KernelProfile,
    privilege: skctx::Privilege,
    input: &Input,
) -> ProgramResult {
    let section = &object.sections[program.section];
    let place = Place {
        object,
        section,
        source: input.source.as_deref(),
        program,
    };
    let (insns, mut findings) = program_insns(&place);
    let bound = bind(&place, &insns, world);
    findings.extend(bound.findings);
    let verdict = if !findings.is_empty() {
        Verdict::Rejected
    } else if let Some(why) = bound.unsupported {
        findings.push(unsupported(&why));
        Verdict::Unsupported
    } else {
        let gpl = is_gpl(object);
        match verifier::verify(&bound.loaded, &bound.maps, profile, privilege, gpl) {
            Ok(_) => Verdict::Accepted,
            Err(Refusal::Unsupported(why)) => {
                findings.push(unsupported(&why));
                Verdict::Unsupported
            }
            Err(Refusal::Rejected(r)) => {
                findings.push(rejection(&place, &r));
                Verdict::Rejected
            }
        }
    };
    ProgramResult {
        section: section.name.clone(),
        name: program.name.clone(),
        verdict,
        findings,
        insns,
    }
}

/// The program's instruction slots, and a finding when its bytes end inside one.
fn program_insns(place: &Place) -> (Vec<RawInsn>, Vec<Finding>) {
    let (start, end) = (place.program.start, place.program.end);
    let bytes = place
        .section
        .data
        .get(start as usize..end as usize)
        .unwrap_or(&[]);
    let insns: Vec<RawInsn> = bytes
        .chunks_exact(8)
        .map(|c| RawInsn::from_bytes(c.try_into().unwrap_or([0; 8])))
        .collect();
    let mut findings = Vec::new();
    if bytes.len() % 8 != 0 {
        let tail = start + 8 * insns.len() as u64;
        let message = format!(
            "the program is {} bytes, not a whole number of 8-byte instructions",
            bytes.len()
        );
        findings.push(place.finding(PARTIAL_INSN, tail, message));
    }
    (insns, findings)
}

/// Applies the program's relocations as the loader would: `ld_imm64` of a map (the object's,
/// else the world's) becomes a map reference; a symbol that is no map and defined nowhere is
/// an `undefined-map` finding; global data and calls across sections are not modelled.
fn bind(place: &Place, insns: &[RawInsn], world: Option<&skctx::World>) -> Bound {
    let mut bound = Bound {
        loaded: insns.to_vec(),
        maps: Vec::new(),
        findings: Vec::new(),
        unsupported: None,
    };
    let program = place.program;
    for r in &place.section.relocs {
        if r.offset < program.start || r.offset >= program.end {
            continue;
        }
        let slot = ((r.offset - program.start) / 8) as usize;
        let target = reloc_target(place.object, &r.target);
        match (r.kind, &r.target) {
            (RelocKind::Bpf64_64, RelocTarget::Symbol(name)) => {
                let shown_name = safe(name);
                if let Some(m) = map_info(place.object, world, name, slot) {
                    bind_map(&mut bound.loaded, slot);
                    bound.maps.push(m);
                } else if defines(place.object, name) {
                    bound.unsupported.get_or_insert(format!(
                        "instruction {slot} loads the address of {target}, which is global data, not a map (global data is not modelled)"
                    ));
                } else {
                    let message = format!(
                        "map `{shown_name}` is not defined: declare it with .skmap or give it in the world file (--world) as [maps.{shown_name}]"
                    );
                    bound
                        .findings
                        .push(place.finding(UNDEFINED_MAP, r.offset, message));
                }
            }
            (RelocKind::Bpf64_32, _) => {
                bound.unsupported.get_or_insert(format!(
                    "instruction {slot} calls into {target} (calls between functions are not modelled)"
                ));
            }
            (kind, _) => {
                bound.unsupported.get_or_insert(format!(
                    "instruction {slot} has a {} relocation against {target} (not modelled)",
                    kind.name()
                ));
            }
        }
    }
    bound
}

/// A relocation's target as printed: "`name`" or "section `name`".
fn reloc_target(object: &Object, target: &RelocTarget) -> String {
    match target {
        RelocTarget::Symbol(n) => format!("`{}`", safe(n)),
        RelocTarget::Section(i) => {
            let name = object.sections.get(*i).map_or("?", |s| s.name.as_str());
            format!("section `{}`", safe(name))
        }
    }
}

/// Whether `object` defines a symbol `name` in one of its sections.
fn defines(object: &Object, name: &str) -> bool {
    object
        .symbols
        .iter()
        .any(|s| s.name == name && s.section.is_some())
}

fn unsupported(why: &str) -> Finding {
    Finding {
        code: "unsupported".into(),
        severity: "note",
        insn: None,
        line: None,
        column: None,
        message: format!("unsupported: {}", safe(why)),
        kernel_message: None,
    }
}

/// The verifier's rejection as a finding at the rejected instruction.
fn rejection(place: &Place, r: &verifier::Rejection) -> Finding {
    let slot = r.pc.map(|pc| pc.0);
    let (line, column) = match slot {
        Some(s) => location(
            place.section,
            place.source,
            place.program.start + 8 * s as u64,
        ),
        None => (None, None),
    };
    Finding {
        code: r.code.to_string(),
        severity: "error",
        insn: slot,
        line,
        column,
        message: safe(&r.message),
        kernel_message: Some(safe(&r.kernel_message)),
    }
}

type Files = [(String, Vec<ProgramResult>)];

/// Counts of programs by verdict: (total, accepted, rejected, unsupported).
fn summary(files: &Files) -> (usize, usize, usize, usize) {
    let all: Vec<Verdict> = files
        .iter()
        .flat_map(|(_, ps)| ps.iter().map(|p| p.verdict))
        .collect();
    let n = |v| all.iter().filter(|&&x| x == v).count();
    (
        all.len(),
        n(Verdict::Accepted),
        n(Verdict::Rejected),
        n(Verdict::Unsupported),
    )
}

fn render_json(files: &Files, _inputs: &[Input]) -> String {
    let files_json: Vec<serde_json::Value> = files
        .iter()
        .map(|(path, programs)| {
            let programs: Vec<serde_json::Value> = programs
                .iter()
                .map(|p| {
                    let diagnostics: Vec<serde_json::Value> = p
                        .findings
                        .iter()
                        .map(|f| {
                            serde_json::json!({
                                "code": f.code,
                                "severity": f.severity,
                                "insn": f.insn,
                                "file": path,
                                "line": f.line,
                                "column": f.column,
                                "message": f.message,
                                "kernel_message": f.kernel_message,
                            })
                        })
                        .collect();
                    serde_json::json!({
                        "section": safe(&p.section),
                        "name": safe(&p.name),
                        "accepted": p.verdict == Verdict::Accepted,
                        "verdict": p.verdict.as_str(),
                        "diagnostics": diagnostics,
                    })
                })
                .collect();
            serde_json::json!({"path": path, "programs": programs})
        })
        .collect();
    let (total, accepted, rejected, unsupported) = summary(files);
    let v = serde_json::json!({
        "files": files_json,
        "summary": {
            "programs": total,
            "accepted": accepted,
            "rejected": rejected,
            "unsupported": unsupported,
        },
    });
    format!("{v}\n")
}

fn render_human(files: &Files, inputs: &[Input]) -> String {
    let mut out = String::new();
    for ((path, programs), input) in files.iter().zip(inputs) {
        if programs.is_empty() {
            let _ = writeln!(
                out,
                "{path}: no program (no sk_lookup section, and no code in .text)"
            );
        }
        for p in programs {
            render_program(&mut out, path, p, input.source.as_deref());
        }
    }
    let (total, accepted, rejected, unsupported) = summary(files);
    let _ = writeln!(
        out,
        "{total} program{}: {accepted} accepted, {rejected} rejected, {unsupported} unsupported",
        if total == 1 { "" } else { "s" }
    );
    out
}

fn render_program(out: &mut String, path: &str, p: &ProgramResult, source: Option<&str>) {
    let who = format!("`{}` (section `{}`)", safe(&p.name), safe(&p.section));
    match p.verdict {
        Verdict::Accepted => {
            let _ = writeln!(out, "{path}: {who}: accepted");
        }
        Verdict::Unsupported => {
            for f in &p.findings {
                let _ = writeln!(out, "{path}: {who}: {}", f.message);
            }
        }
        Verdict::Rejected => {
            for f in &p.findings {
                render_finding(out, path, &who, f, p, source);
            }
        }
    }
}

/// One rejection, rustc-style: at the source line for `.s` inputs, else at the instruction
/// with the disassembly around it.
fn render_finding(
    out: &mut String,
    path: &str,
    who: &str,
    f: &Finding,
    p: &ProgramResult,
    source: Option<&str>,
) {
    let _ = writeln!(out, "error[{}]: {}", f.code, f.message);
    let pad = match (source, f.line, f.insn) {
        (Some(src), Some(line), _) => source_excerpt(out, path, who, src, line),
        (_, _, Some(insn)) => disassembly_excerpt(out, path, who, &p.insns, insn),
        _ => {
            let _ = writeln!(out, " --> {path}: {who}");
            " ".to_string()
        }
    };
    if let Some(k) = &f.kernel_message {
        for l in k.lines() {
            let _ = writeln!(out, "{pad} = note: the kernel says: {l}");
        }
    }
    out.push('\n');
}

/// Tabs as rustc shows them.
const TAB: &str = "    ";

/// The source line of a finding with its instruction underlined; returns the gutter padding.
fn source_excerpt(out: &mut String, path: &str, who: &str, src: &str, line: u32) -> String {
    let text = src
        .lines()
        .nth(line.saturating_sub(1) as usize)
        .unwrap_or("");
    let body = text.trim_start();
    let indent = &text[..text.len() - body.len()];
    let column = indent.chars().count() + 1;
    let shown_indent = indent.replace('\t', TAB);
    let code_part = body.split(['#', ';']).next().unwrap_or("").trim_end();
    let pad = " ".repeat(line.to_string().len());
    let _ = writeln!(out, "{pad}--> {path}:{line}:{column}");
    let _ = writeln!(out, "{pad} |");
    let _ = writeln!(
        out,
        "{line} | {shown_indent}{}",
        safe(body.trim_end()).replace('\t', TAB)
    );
    let _ = writeln!(
        out,
        "{pad} | {shown_indent}{} in {who}",
        "^".repeat(safe(code_part).chars().count().max(1))
    );
    pad
}

/// The instructions around slot `insn`, disassembled, the rejected one marked; returns the
/// gutter padding.
fn disassembly_excerpt(
    out: &mut String,
    path: &str,
    who: &str,
    insns: &[RawInsn],
    insn: usize,
) -> String {
    let from = insn.saturating_sub(3);
    let to = (insn + 3).min(insns.len().saturating_sub(1));
    let pad = " ".repeat(to.to_string().len());
    let _ = writeln!(out, "{pad}--> {path}: {who}, instruction {insn}");
    let _ = writeln!(out, "{pad} |");
    for k in from..=to {
        let text = disassembled(insns, k);
        let _ = writeln!(out, "{k:>w$} | {text}", w = pad.len());
        if k == insn {
            let _ = writeln!(out, "{pad} | {}", "^".repeat(text.chars().count()));
        }
    }
    pad
}

/// Instruction slot `k` as assembly (the second slot of an `ld_imm64` as such).
fn disassembled(insns: &[RawInsn], k: usize) -> String {
    match isa::decode_one(insns, isa::Pc(k)) {
        Ok(insn) => insn.to_string(),
        Err(_) if k > 0 && insns[k - 1].code == isa::table::LD_IMM64 => {
            "(second slot of the ld_imm64 above)".into()
        }
        Err(_) => "(not an instruction)".into(),
    }
}
