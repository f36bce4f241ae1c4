//! `skasm lint --cross-check-kernel [--kernel-image PATH]`: every linted program, linked and
//! bound as lint verified it ([`super::loadable`]), loaded into a real kernel, and the
//! kernel's verdict, rejected instruction and message compared with lint's.
//!
//! Against the running kernel (root, or `CAP_BPF` + `CAP_PERFMON` + `CAP_NET_ADMIN`) the maps
//! are created there as declared (or as the world file gives them). With `--kernel-image` the
//! image is booted under qemu (crate `bootvm`) with this binary and the inputs inside, and the
//! same command runs there against that kernel. One line per program goes to stderr (stdout
//! keeps lint's report); a disagreement is an internal error naming both answers.

use std::path::{Path, PathBuf};

use super::{ProgramResult, Verdict};
use crate::cli::{safe, Failure};

/// The cross-check of one run: a line per program, and how many disagreed.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    pub text: String,
    pub disagreements: usize,
}

/// What lint said of a program, in the kernel's terms.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Answer {
    Accepted,
    /// Rejected at this instruction with a message containing this text.
    Rejected(Option<usize>, String),
}

impl Answer {
    fn describe(&self) -> String {
        match self {
            Answer::Accepted => "accepted".into(),
            Answer::Rejected(insn, m) => {
                let at = insn.map(|i| format!(" at insn {i}")).unwrap_or_default();
                format!("rejected{at}: `{}`", safe(m.lines().next().unwrap_or("")))
            }
        }
    }
}

/// lint's answer for a program it accepted or rejected through the verifier; `None` when it
/// did not verify it (unsupported, or a finding before verification).
fn lint_answer(p: &ProgramResult) -> Option<Answer> {
    match p.verdict {
        Verdict::Accepted => Some(Answer::Accepted),
        Verdict::Unsupported => None,
        Verdict::Rejected => p
            .findings
            .iter()
            .find_map(|f| Some(Answer::Rejected(f.insn, f.kernel_message.clone()?))),
    }
}

/// Whether the kernel's answer is lint's: the same verdict, and for a rejection the same
/// instruction and a message containing lint's kernel message. A refusal before the walk
/// (`BPF_LDX uses reserved fields`, `unknown opcode`) leaves no instruction in the kernel's
/// log, so only its message can be compared; lint still names the instruction for the user.
fn agrees(lint: &Answer, kernel: &Answer) -> bool {
    match (lint, kernel) {
        (Answer::Accepted, Answer::Accepted) => true,
        (Answer::Rejected(li, lm), Answer::Rejected(ki, km)) => {
            (ki.is_none() || li == ki) && km.contains(lm)
        }
        _ => false,
    }
}

/// The object's `license` section as libbpf passes it (empty without one).
pub fn license(object: &asm::Object) -> String {
    object
        .sections
        .iter()
        .find(|s| s.name == "license")
        .and_then(|s| s.data.split(|&b| b == 0).next())
        .map(|t| String::from_utf8_lossy(t).into_owned())
        .unwrap_or_default()
}

/// Loads every program of `files` (lint's results, in input order, with their objects)
/// into the running kernel and compares.
#[cfg(target_os = "linux")]
pub(super) fn against_host(
    files: &[(String, Vec<ProgramResult>)],
    objects: &[&asm::Object],
    world: Option<&skctx::World>,
    privilege: skctx::Privilege,
) -> Result<Outcome, Failure> {
    kernel::availability().map_err(|u| {
        Failure::Usage(format!(
            "--cross-check-kernel loads the programs into the running kernel: {u} \
             (run as root, or name an image with --kernel-image)"
        ))
    })?;
    let release = kernel::release().map_err(|e| Failure::Usage(e.to_string()))?;
    let mut out = Outcome::default();
    for ((path, results), object) in files.iter().zip(objects) {
        let loadables = super::loadable(object, world);
        for (p, l) in results.iter().zip(&loadables) {
            let line = match (lint_answer(p), &l.problem) {
                (None, _) => format!(
                    "not compared: lint did not verify it ({})",
                    p.verdict.as_str()
                ),
                (Some(_), Some(why)) => format!("not loaded: {}", safe(why)),
                (Some(lint), None) => {
                    let kernel = load(l, &license(object), privilege)?;
                    if agrees(&lint, &kernel) {
                        format!("agrees with Linux {release}: {}", kernel.describe())
                    } else {
                        out.disagreements += 1;
                        format!(
                            "internal error: lint and Linux {release} disagree: lint {}; kernel {}",
                            lint.describe(),
                            kernel.describe()
                        )
                    }
                }
            };
            out.text.push_str(&format!(
                "cross-check: {path}: `{}` (section `{}`): {line}\n",
                safe(&p.name),
                safe(&p.section)
            ));
        }
    }
    Ok(out)
}

#[cfg(not(target_os = "linux"))]
pub(super) fn against_host(
    _files: &[(String, Vec<ProgramResult>)],
    _objects: &[&asm::Object],
    _world: Option<&skctx::World>,
    _privilege: skctx::Privilege,
) -> Result<Outcome, Failure> {
    Err(Failure::Usage("--cross-check-kernel needs Linux".into()))
}

/// Loads `l` with its maps created in the kernel: the kernel's answer.
#[cfg(target_os = "linux")]
fn load(
    l: &super::Loadable,
    license: &str,
    privilege: skctx::Privilege,
) -> Result<Answer, Failure> {
    let outcome = load_in_kernel(l, license, privilege)?;
    Ok(if outcome.accepted() {
        Answer::Accepted
    } else {
        Answer::Rejected(outcome.insn_index(), outcome.message().unwrap_or_default())
    })
}

/// Loads `l` into the running kernel as the cross-check does: its maps created there as
/// declared, then `BPF_PROG_LOAD` at log level 1 (what the benchmark times against lint),
/// with `func_info` when the object has it (`kernel::func_only_btf`).
#[cfg(target_os = "linux")]
pub fn load_in_kernel(
    l: &super::Loadable,
    license: &str,
    privilege: skctx::Privilege,
) -> Result<kernel::LoadOutcome, Failure> {
    load_in_kernel_at(l, license, privilege, 1)
}

/// [`load_in_kernel`] at `log_level` (0: no log and no statistics, a loader's first
/// attempt; the benchmark times it too).
#[cfg(target_os = "linux")]
pub fn load_in_kernel_at(
    l: &super::Loadable,
    license: &str,
    privilege: skctx::Privilege,
    log_level: u32,
) -> Result<kernel::LoadOutcome, Failure> {
    let maps = create_maps(l)?;
    load_with_maps(l, &maps, &load_options(license, privilege, log_level))
}

/// How the cross-check loads: `license`, at `privilege`, at `log_level` (with statistics
/// unless 0) into a 64 KiB log grown as the kernel asks.
#[cfg(target_os = "linux")]
pub fn load_options(
    license: &str,
    privilege: skctx::Privilege,
    log_level: u32,
) -> kernel::LoadOptions {
    kernel::LoadOptions {
        license: license.to_string(),
        privilege,
        log_level,
        stats: log_level > 0,
        ..Default::default()
    }
}

/// `l`'s maps created in the running kernel as declared ([`kernel_map`]), in `l.maps`'
/// order: what [`load_with_maps`] binds.
#[cfg(target_os = "linux")]
pub fn create_maps(l: &super::Loadable) -> Result<Vec<kernel::Map>, Failure> {
    (l.maps.iter().enumerate())
        .map(|(i, m)| kernel_map(m, l.spin_locks.get(i).copied().flatten()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| syscall_failure(l, e))
}

#[cfg(target_os = "linux")]
fn syscall_failure(l: &super::Loadable, e: kernel::Error) -> Failure {
    Failure::Usage(format!("cross-check of `{}`: {e}", safe(&l.name)))
}

/// `BPF_PROG_LOAD` of `l` with `maps` (made by [`create_maps`]) bound, as `opts` say: a
/// loader that retries at a higher level after a refusal (libbpf) keeps its maps.
#[cfg(target_os = "linux")]
pub fn load_with_maps(
    l: &super::Loadable,
    maps: &[kernel::Map],
    opts: &kernel::LoadOptions,
) -> Result<kernel::LoadOutcome, Failure> {
    use std::os::fd::{AsFd as _, AsRawFd as _};
    let syscall = |e| syscall_failure(l, e);
    // Map references go through the kernel crate; global data (BPF_PSEUDO_MAP_VALUE, its
    // offset already in the second slot) gets the map's fd here.
    let map_value = isa::table::ld_imm_row(isa::LdImmKind::MapValue).src;
    // Kfunc calls get the kernel's BTF ids, as libbpf gives them.
    let mut insns = kernel::resolve_kfuncs(&l.insns).map_err(syscall)?;
    let mut bound: Vec<(usize, &kernel::Map)> = Vec::new();
    for (m, map) in l.maps.iter().zip(maps) {
        match insns.get_mut(m.slot) {
            Some(insn) if insn.src == map_value => insn.imm = map.as_fd().as_raw_fd(),
            _ => bound.push((m.slot, map)),
        }
    }
    let Some(funcs) = &l.funcs else {
        return kernel::load(&insns, &bound, opts).map_err(syscall);
    };
    // With func_info, as libbpf loads it: BTF of the functions with their name, linkage
    // and prototype (the verdict depends on no other BTF of the object; the log then names
    // no C lines).
    let defs = kernel::sanitised_for_running(funcs.iter().map(btf_func).collect());
    let starts: Vec<u32> = funcs.iter().map(|f| f.insn_off).collect();
    let btf = kernel::Btf::load(&kernel::func_only_btf(&defs)).map_err(syscall)?;
    let prog_btf = kernel::ProgBtf {
        btf: &btf,
        func_info: kernel::func_only_info(&starts),
        line_info: Vec::new(),
    };
    kernel::load_with_btf(&insns, &bound, opts, &prog_btf).map_err(syscall)
}

/// The kernel map a program's map reference stands for, as libbpf creates it: read-only
/// global data (`.rodata`) written and frozen, any other map empty. The cross-check and
/// `skvm --engine kernel` both create their maps here; `spin_lock`: the value holds a
/// `struct bpf_spin_lock` at that byte, which the map's BTF says (as libbpf's does).
#[cfg(target_os = "linux")]
pub(crate) fn kernel_map(
    m: &verifier::MapInfo,
    spin_lock: Option<u32>,
) -> Result<kernel::Map, kernel::Error> {
    let mut spec = kernel::MapSpec::new(
        kernel::MapType::from_id(m.map_type),
        m.key_size,
        m.value_size,
        m.max_entries,
    )
    .named(&m.name)
    .with_flags(m.flags);
    // Only the maps whose values may hold a lock: the others' BTF matters to no check
    // modelled, and some types refuse a value type (libbpf then creates them without BTF).
    let lockable =
        skctx::MapType::from_id(m.map_type).is_some_and(skctx::MapType::value_takes_spin_lock);
    spec.spin_lock = spin_lock.filter(|_| lockable);
    spec.value_btf = lockable && matches!(m.btf, verifier::ValueBtf::Value { .. });
    match &m.frozen {
        Some(value) => kernel::Map::create_frozen(&spec, value),
        None => kernel::Map::create(&spec),
    }
}

/// A function's BTF for `kernel::func_only_btf`: its name, linkage and prototype.
pub(crate) fn btf_func(f: &verifier::FuncInfo) -> kernel::BtfFunc {
    kernel::BtfFunc {
        name: f.name.clone(),
        linkage: f.linkage as u16,
        proto: f.proto.clone(),
    }
}

/// What `skasm lint` did inside a kernel image.
pub use crate::guest::GuestRun;

/// `skasm lint --cross-check-kernel` run inside the kernel image `image` under qemu, with
/// this binary, the inputs, the world file and a profile file at their host paths.
pub fn in_image(
    image: &Path,
    paths: &[PathBuf],
    options: &super::LintOptions,
) -> Result<GuestRun, Failure> {
    let mut argv: Vec<String> = ["/bin/skasm", "lint", "--cross-check-kernel", "--kernel"]
        .map(String::from)
        .into();
    argv.push(match options.kernel.trim() {
        "" => "host".into(),
        k => k.into(),
    });
    argv.extend(["--format".into(), options.format.as_str().into()]);
    if options.unprivileged {
        argv.push("--unprivileged".into());
    }
    if options.explain {
        argv.push("--explain".into());
    }
    for code in &options.allow {
        argv.extend(["--allow".into(), code.clone()]);
    }
    // Directories are copied into the image as the files lint would read under them.
    let collected = super::inputs::collect(paths)?;
    let mut files: Vec<&Path> = collected.files.iter().map(PathBuf::as_path).collect();
    if let Some(w) = &options.world {
        argv.extend(["--world".into(), w.to_string_lossy().into_owned()]);
        files.push(w);
    }
    if Path::new(&options.kernel).is_file() {
        files.push(Path::new(&options.kernel));
    }
    argv.push("--".into());
    argv.extend(paths.iter().map(|p| p.to_string_lossy().into_owned()));
    crate::guest::run(image, &argv, &files, &[])
}

#[cfg(test)]
mod tests {
    use super::{agrees, Answer};

    #[test]
    fn an_instruction_is_compared_when_the_kernel_names_one() {
        let ours = Answer::Rejected(Some(2), "BPF_LDX uses reserved fields".into());
        let log = |insn| Answer::Rejected(insn, "BPF_LDX uses reserved fields\n".into());
        assert!(
            agrees(&ours, &log(None)),
            "a refusal before the walk names none"
        );
        assert!(agrees(&ours, &log(Some(2))));
        assert!(!agrees(&ours, &log(Some(3))));
        let other = Answer::Rejected(None, "unknown opcode 8d".into());
        assert!(!agrees(&ours, &other), "the message is still compared");
        assert!(!agrees(&ours, &Answer::Accepted));
    }
}
