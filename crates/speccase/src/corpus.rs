//! The spec corpus without a kernel: reading `tests/spec/verifier/*.s` and
//! `tests/spec/runtime/*.s`, assembling one case into the program the kernel (or our verifier
//! and VM) gets, and checking that a case is well formed.
//!
//! [`read_corpus`] reads and parses every file with [`format::parse`]; [`prepare`] assembles
//! one case's source and extracts the program (the first code section with instructions), its
//! map references and the source line of every instruction slot; [`check_static`] checks a
//! case is well formed (its error markers sit on instructions, its sockets, maps and tuples
//! parse and refer to things that exist).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use asm::{MapDef, RelocKind, RelocTarget};
use isa::RawInsn;

use crate::format::{self, Case, RunExpect};

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

/// Reads and parses every `*.s` file of [`SPEC_DIRS`] under `root` (the root package's
/// directory), sorted by name. Files that cannot be read or parsed are reported as
/// `file:line: message` problems and left out.
pub fn read_corpus(root: &Path) -> (Vec<SpecFile>, Vec<String>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for (dir, kind) in SPEC_DIRS {
        let abs = root.join(dir);
        let Ok(entries) = std::fs::read_dir(&abs) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "s"))
            .collect();
        paths.sort();
        for path in paths {
            let name = relative(root, &path);
            let text = match std::fs::read_to_string(&path) {
                Ok(t) => t,
                Err(e) => {
                    problems.push(format!("{name}: cannot read: {e}"));
                    continue;
                }
            };
            match format::parse(&text) {
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

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
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
    /// `(label, slot)` for every symbol defined in the program section.
    pub labels: Vec<(String, usize)>,
    /// `# frozen:` values: (map name, bytes), written and frozen before the load (empty from
    /// [`prepare`], the case's from [`prepare_case`]).
    pub frozen: Vec<(String, Vec<u8>)>,
    /// Where a map's value holds a `struct bpf_spin_lock`: (map name, the lock's byte offset
    /// in the value), from the map's `.skmap ..., spin_lock=OFF` and the case's
    /// `# spin_lock:` lines.
    pub spin_locks: Vec<(String, u32)>,
}

/// A function of a case loaded with BTF: its first instruction slot, its linkage and its
/// prototype (a `# func:` line's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Func {
    pub start: u32,
    pub global: bool,
    pub proto: skctx::proto::Proto,
}

impl Prepared {
    /// The `# frozen:` value of map `name`, if the case gives one.
    pub fn frozen_value(&self, name: &str) -> Option<&[u8]> {
        self.frozen
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_slice())
    }

    /// The lock's offset in map `name`'s value, if its `.skmap` or the case places one.
    pub fn spin_lock(&self, name: &str) -> Option<u32> {
        (self.spin_locks.iter())
            .find(|(n, _)| n == name)
            .map(|(_, off)| *off)
    }

    /// The case's BTF functions as the loader passes them, sorted by slot, the entry point
    /// (slot 0, global, no parameter) first; empty when the case declares none.
    pub fn funcs(&self, case: &Case) -> Result<Vec<Func>, String> {
        if case.funcs.is_empty() {
            return Ok(Vec::new());
        }
        let mut funcs = vec![Func {
            start: 0,
            global: true,
            proto: Default::default(),
        }];
        for f in &case.funcs {
            let slot = self
                .labels
                .iter()
                .find(|(l, _)| *l == f.label)
                .map(|(_, s)| *s)
                .ok_or_else(|| {
                    format!("`# func:` names `{}`, not a label of the program", f.label)
                })?;
            funcs.push(Func {
                start: slot as u32,
                global: f.global,
                proto: f.proto.clone(),
            });
        }
        funcs.sort_unstable_by_key(|f| f.start);
        if funcs.windows(2).any(|w| w[0].start == w[1].start) {
            return Err("two functions start at the same instruction".into());
        }
        Ok(funcs)
    }

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
    let Some((sec_index, sec)) = obj
        .sections
        .iter()
        .enumerate()
        .find(|(_, s)| s.is_code() && !s.data.is_empty())
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
    let mut insns: Vec<RawInsn> = sec
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
            RelocKind::Bpf64_64 if code_offset(&obj, sec_index, &r.target).is_some() => {
                let base = code_offset(&obj, sec_index, &r.target).unwrap_or(0);
                subprog_addr(&mut insns, slot, base).map_err(|e| format!("{file_name}:{line}: {e}"))?;
            }
            RelocKind::Bpf64_32 if skctx::kfunc_by_name(&target).is_some() => {
                kfunc_call(&mut insns, slot, &target).map_err(|e| format!("{file_name}:{line}: {e}"))?;
            }
            RelocKind::Bpf64_32 => {
                return Err(format!(
                    "{file_name}:{line}: call to `{target}` is not resolved (write the helper number, e.g. `call 124`, or call a kfunc of skctx's table)"
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
    let labels = obj
        .symbols
        .iter()
        .filter(|s| s.section == Some(sec_index))
        .map(|s| (s.name.clone(), (s.value / 8) as usize))
        .collect();
    let spin_locks = (obj.maps.iter())
        .filter_map(|m| Some((m.name.clone(), m.spin_lock?)))
        .collect();
    Ok(Prepared {
        insns,
        section: sec.name.clone(),
        maps: obj.maps.clone(),
        map_refs,
        slot_lines,
        labels,
        frozen: Vec::new(),
        spin_locks,
    })
}

/// [`prepare`] of a case's source, with its `# frozen:` map values.
pub fn prepare_case(case: &Case, file_name: &str) -> Result<Prepared, String> {
    let mut p = prepare(&case.source, file_name)?;
    p.frozen = case.frozen.clone();
    p.spin_locks.extend(case.spin_locks.iter().cloned());
    Ok(p)
}

/// The byte offset in code section `sec` a relocation target stands for: the section itself
/// (0), or a symbol defined in it (its value).
fn code_offset(obj: &asm::Object, sec: usize, target: &RelocTarget) -> Option<u64> {
    match target {
        RelocTarget::Section(i) => (*i == sec).then_some(0),
        RelocTarget::Symbol(n) => obj
            .symbols
            .iter()
            .find(|s| s.name == *n && s.section == Some(sec))
            .map(|s| s.value),
    }
}

/// libbpf's `RELO_EXTERN_CALL`: a call to the undefined symbol `name`, a modelled kfunc,
/// becomes `call kfunc(ID)` with skctx's id (`kernel::resolve_kfuncs` puts a kernel's BTF id
/// there when the case is loaded).
fn kfunc_call(insns: &mut [RawInsn], slot: usize, name: &str) -> Result<(), String> {
    let kfunc = skctx::kfunc_by_name(name).ok_or("not a modelled kfunc")?;
    let insn = insns
        .get_mut(slot)
        .filter(|i| i.code == isa::table::class::JMP | isa::table::jmp_op::CALL)
        .ok_or("a call relocation on an instruction that is no call")?;
    insn.src = isa::table::call_src::KFUNC;
    insn.imm = kfunc.id;
    insn.off = 0;
    Ok(())
}

/// libbpf's `RELO_SUBPROG_ADDR`: an `ld_imm64` of a function of the program's own section
/// (`r2 = callback ll`) becomes a `BPF_PSEUDO_FUNC` load whose immediate counts slots from
/// the next one, the target being the symbol's byte offset plus the in-place addend.
fn subprog_addr(insns: &mut [RawInsn], slot: usize, base: u64) -> Result<(), String> {
    let func = isa::table::ld_imm_row(isa::LdImmKind::Func).src;
    let insn = insns
        .get_mut(slot)
        .filter(|i| i.code == isa::table::LD_IMM64)
        .ok_or("a function address relocation on an instruction that is no ld_imm64")?;
    let byte = base as i64 + insn.imm as i64;
    if byte % 8 != 0 {
        return Err(format!("function address {byte} is not at an instruction"));
    }
    let delta = byte / 8 - slot as i64 - 1;
    insn.imm = i32::try_from(delta).map_err(|_| "function address out of range".to_string())?;
    insn.src = func;
    Ok(())
}

/// Checks that a prepared case is well formed; problems name `file:line`.
pub fn check_static(file: &SpecFile, case: &Case, p: &Prepared) -> Vec<String> {
    let mut out = Vec::new();
    let at = |l: u32| file.at(l);
    for m in &case.markers {
        if m.line.is_some_and(|line| p.slot_of_line(line).is_none()) {
            out.push(format!(
                "{}: case `{}`: the error marker is on a line without an instruction",
                at(m.at),
                case.name
            ));
        }
        if m.message.is_empty() {
            out.push(format!(
                "{}: case `{}`: the error marker has no kernel message",
                at(m.at),
                case.name
            ));
        }
    }
    if let Err(e) = p.funcs(case) {
        out.push(format!("{}: case `{}`: {e}", at(case.line), case.name));
    }
    for (map, bytes) in &case.frozen {
        let problem = match p.maps.iter().find(|m| m.name == *map) {
            None => Some("not declared with .skmap".to_string()),
            Some(m) if m.max_entries != 1 || bytes.len() > m.value_size as usize => {
                Some(format!("not one value of at least {} bytes", bytes.len()))
            }
            Some(_) => None,
        };
        if let Some(why) = problem {
            out.push(format!(
                "{}: case `{}`: `# frozen:` names `{map}`: {why}",
                at(case.line),
                case.name
            ));
        }
    }
    for (map, offset) in &case.spin_locks {
        let fits = |m: &MapDef| {
            matches!(m.map_type, asm::MapType::Array | asm::MapType::Hash)
                && offset % 4 == 0
                && offset + 4 <= m.value_size
        };
        let problem = match p.maps.iter().find(|m| m.name == *map) {
            None => Some("not declared with .skmap"),
            Some(m) if m.spin_lock.is_some() => Some("its .skmap places the lock already"),
            Some(m) if !fits(m) => Some("not 4 aligned bytes of an ARRAY or HASH value"),
            Some(_) => None,
        };
        if let Some(why) = problem {
            out.push(format!(
                "{}: case `{}`: `# spin_lock:` names `{map}`: {why}",
                at(case.line),
                case.name
            ));
        }
    }
    let names: Vec<String> = case.sockets.iter().map(|(n, _)| n.clone()).collect();
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
        if let RunExpect::Pass(Some(s)) = &r.expect {
            if !names.contains(s) {
                out.push(format!(
                    "{}: case `{}`: expected socket `{s}` is not declared with `# socket:`",
                    at(r.line),
                    case.name
                ));
            }
        }
    }
    if !case.runs.is_empty() && !case.markers.is_empty() {
        out.push(format!(
            "{}: case `{}`: `# run:` lines need a program the kernel accepts (no error marker)",
            at(case.line),
            case.name
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = "  r1 = 1\n  r2 = cb ll\n  r3 = 0\n  r4 = 0\n  call 181\n  r0 = 0\n  exit\ncb:\n  r0 = 0\n  exit\n";

    fn funcs(header: &str) -> Result<Vec<(u32, bool)>, String> {
        let file = format::parse(&format!("# test: a\n{header}{BODY}")).unwrap();
        let case = &file.cases[0];
        let funcs = prepare(&case.source, "t.s").unwrap().funcs(case)?;
        Ok(funcs.iter().map(|f| (f.start, f.global)).collect())
    }

    #[test]
    fn func_lines_become_func_info_records() {
        // `r2 = cb ll` is two slots: cb starts at slot 8.
        assert_eq!(
            funcs("# func: cb static\n"),
            Ok(vec![(0, true), (8, false)])
        );
        assert_eq!(funcs(""), Ok(Vec::new()));
        assert!(funcs("# func: nowhere static\n")
            .unwrap_err()
            .contains("nowhere"));
    }
}
