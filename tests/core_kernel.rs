//! CO-RE relocations (crate `corerelo`, applied by `sk_lookup::load::core`) against what
//! libbpf does with the same objects on the running kernel: `bpftool -d prog loadall`
//! (libbpf's debug log names each relocation's kind, instruction and new value, or the
//! poisoning) and the programs libbpf loaded (their translated instructions, read back from
//! bpffs, against those of our relocated program loaded through the kernel crate). The
//! objects: `tests/c/core/` (every relocation kind, `build.sh`) and the `core_*` C examples.
//! Also: a modelled 6.18 resolves the examples' relocations as this kernel's BTF does (when
//! the host runs 6.18), and a modelled release names what it does not model.
#![forbid(unsafe_code)]
#![cfg(target_os = "linux")]

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use sk_lookup::load::core::{relocate_for, relocate_for_host, Core};

macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every committed object with CO-RE relocations.
fn objects() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for dir in ["tests/c/core/clang-14", "tests/c/core/clang-19"] {
        out.push(root().join(dir).join("kinds.o"));
    }
    for build in ["clang-14", "clang-19-v3", "clang-19-v4"] {
        let dir = root().join("examples/c/obj").join(build);
        let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                p.file_name()
                    .unwrap()
                    .to_str()
                    .unwrap()
                    .starts_with("core_")
            })
            .collect();
        names.sort();
        out.extend(names);
    }
    out
}

/// One relocation as libbpf's debug log reports it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Relo {
    kind: String,
    /// The instruction (of the program, which is its section here).
    insn: usize,
    /// The new immediate, offset or 64-bit constant; `None` when poisoned.
    to: Option<u64>,
    /// A load or store's new size, when it changed.
    mem_sz: Option<u32>,
}

/// `(section, relo #)` to the relocation, from `bpftool -d prog loadall`'s stderr.
fn parse_libbpf(log: &str) -> BTreeMap<(String, usize), Relo> {
    let mut out: BTreeMap<(String, usize), Relo> = BTreeMap::new();
    let mut section = String::new();
    let mut poisoned = std::collections::HashSet::new();
    for line in log.lines() {
        let Some(line) = line.strip_prefix("libbpf: ") else {
            continue;
        };
        if let Some(rest) = line.strip_prefix("sec '") {
            if rest.contains("CO-RE relocations") {
                section = rest.split('\'').next().unwrap().to_string();
            }
            continue;
        }
        let Some((_, rest)) = line.split_once(": relo #") else {
            continue;
        };
        let (n, what) = rest.split_once(": ").unwrap();
        let n: usize = n.parse().unwrap();
        let entry = out.entry((section.clone(), n)).or_default();
        if let Some(kind) = what.strip_prefix('<') {
            entry.kind = kind.split('>').next().unwrap().to_string();
        } else if let Some(p) = what.strip_prefix("patched insn #") {
            let insn: usize = p.split(' ').next().unwrap().parse().unwrap();
            let value: u64 = p.rsplit(" -> ").next().unwrap().trim().parse().unwrap();
            entry.insn = insn;
            if p.contains(" mem_sz ") {
                entry.mem_sz = Some(value as u32);
            } else {
                entry.to = Some(value);
            }
        } else if let Some(p) = what.strip_prefix("substituting insn #") {
            let insn: usize = p.split(' ').next().unwrap().parse().unwrap();
            // An ld_imm64 is poisoned in both halves, a line each: the lower is the relocation's.
            let first = poisoned.insert((section.clone(), n));
            entry.insn = if first { insn } else { entry.insn.min(insn) };
            entry.to = None;
        }
    }
    out
}

/// Ours: the same map from `sk_lookup::load::core`'s relocation against this kernel, and
/// the relocated object.
fn ours(path: &Path) -> (BTreeMap<(String, usize), Relo>, asm::Object) {
    let input = sk_lookup::load::read_input(path, "lint").unwrap();
    let Core::Relocated(object, relocated) = relocate_for_host(&input.object, input.btf.as_ref())
        .unwrap_or_else(|e| panic!("{}: {e:?}", path.display()))
    else {
        panic!("{}: no CO-RE relocations", path.display());
    };
    let mut out = BTreeMap::new();
    for a in &relocated.applied {
        let slot = (a.offset / 8) as usize;
        let section = object
            .sections
            .iter()
            .find(|s| s.name == a.section)
            .unwrap();
        let orig = &input
            .object
            .sections
            .iter()
            .find(|s| s.name == a.section)
            .unwrap()
            .data;
        let code = |data: &[u8]| data[8 * slot];
        let size = |c: u8| {
            isa::table::SIZES
                .iter()
                .find(|r| r.code == c & isa::table::SIZE_MASK)
                .unwrap()
                .size
                .bytes()
        };
        let resized = !a.poisoned && code(orig) != code(&section.data);
        out.insert(
            (a.section.clone(), a.index),
            Relo {
                kind: a.kind.name.to_string(),
                insn: slot,
                to: (!a.poisoned).then_some(a.to),
                mem_sz: resized.then(|| size(code(&section.data))),
            },
        );
    }
    (out, object)
}

/// A pin directory of this process in bpffs, removed when dropped.
struct PinDir(PathBuf);

impl Drop for PinDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// `bpftool -d prog loadall OBJ DIR type sk_lookup`: libbpf's log, and the directory of the
/// programs it loaded (empty when the kernel refused one).
fn libbpf_load(path: &Path, n: usize) -> (String, PinDir) {
    let dir = PinDir(PathBuf::from(format!(
        "/sys/fs/bpf/sk_core_{}_{n}",
        std::process::id()
    )));
    let out = Command::new("bpftool")
        .args(["-d", "prog", "loadall"])
        .arg(path)
        .arg(&dir.0)
        .args(["type", "sk_lookup"])
        .output()
        .expect("bpftool runs");
    (String::from_utf8_lossy(&out.stderr).into_owned(), dir)
}

/// Why the kernel comparison cannot run here.
fn unavailable() -> Option<String> {
    if let Err(u) = kernel::availability() {
        return Some(u.to_string());
    }
    if Command::new("bpftool").arg("version").output().is_err() {
        return Some("bpftool is not installed".into());
    }
    if !Path::new("/sys/fs/bpf").is_dir() {
        return Some("no bpffs at /sys/fs/bpf".into());
    }
    None
}

/// Map references as ids of this load's maps: equal when both loads have the same maps.
fn without_map_ids(insns: &[isa::RawInsn]) -> Vec<isa::RawInsn> {
    let mut out = insns.to_vec();
    for insn in &mut out {
        if insn.code == isa::table::LD_IMM64 && matches!(insn.src, 1 | 2) {
            insn.imm = 0;
        }
    }
    out
}

#[test]
fn relocations_and_loaded_programs_are_libbpfs() {
    let test = "relocations_and_loaded_programs_are_libbpfs";
    if let Some(why) = unavailable() {
        say!("SKIPPED {test}: {why}");
        return;
    }
    let (mut relocations, mut programs, mut refused) = (0, 0, 0);
    let mut kinds = std::collections::BTreeSet::new();
    for (n, path) in objects().iter().enumerate() {
        let at = path.strip_prefix(root()).unwrap().display().to_string();
        let (log, dir) = libbpf_load(path, n);
        let theirs = parse_libbpf(&log);
        let (mine, _) = ours(path);
        assert!(
            !theirs.is_empty(),
            "{at}: no relocation in libbpf's log:\n{log}"
        );
        assert_eq!(mine, theirs, "{at}: ours (left), libbpf's (right)");
        relocations += mine.len();
        kinds.extend(mine.values().map(|r| r.kind.clone()));
        let input = sk_lookup::load::read_input(path, "lint").unwrap();
        let names: Vec<String> = sk_lookup::lint::loadable(&input.object, None)
            .into_iter()
            .map(|l| l.name)
            .collect();
        for (k, name) in names.iter().enumerate() {
            let ours = support::kernel_btf::load_program(path, k, 0);
            let Ok(pinned) = kernel::pinned(&dir.0.join(name)) else {
                assert!(
                    !ours.accepted(),
                    "{at}: `{name}`: libbpf's load failed, ours passed:\n{log}"
                );
                refused += 1;
                continue;
            };
            let program = ours
                .program
                .unwrap_or_else(|| panic!("{at}: `{name}`: {}", ours.log));
            let theirs = kernel::xlated(std::os::fd::AsFd::as_fd(&pinned)).unwrap();
            let mine = kernel::xlated(std::os::fd::AsFd::as_fd(&program)).unwrap();
            assert_eq!(
                without_map_ids(&mine),
                without_map_ids(&theirs),
                "{at}: `{name}`"
            );
            programs += 1;
        }
    }
    let all: Vec<&str> = corerelo::KINDS.iter().map(|k| k.name).collect();
    let missing: Vec<&&str> = all.iter().filter(|k| !kinds.contains(**k)).collect();
    assert!(
        missing.is_empty(),
        "no object has a relocation of kind {missing:?}"
    );
    say!(
        "core_kernel: {relocations} CO-RE relocations of {} objects (all {} kinds) give libbpf's instruction and value; {programs} programs libbpf loaded translate to the same instructions as ours, {refused} it could not load the kernel refuses from us too",
        objects().len(),
        all.len()
    );
}

#[test]
fn what_libbpf_cannot_relocate_lint_refuses() {
    let test = "what_libbpf_cannot_relocate_lint_refuses";
    for dir in ["clang-14", "clang-19"] {
        let path = root().join("tests/c/core").join(dir).join("refused.o");
        let input = sk_lookup::load::read_input(&path, "lint").unwrap();
        let r = relocate_for(
            &input.object,
            input.btf.as_ref(),
            &[skctx::KernelProfile::V6_18],
        );
        let Err(corerelo::Error::Refused { why, at }) = r else {
            panic!("{dir}: {:?}", r.err());
        };
        assert!(why.contains("anonymous"), "{why}");
        assert_eq!(at, Some(("sk_lookup".to_string(), 8)), "{dir}");
        if let Some(why) = unavailable() {
            say!("SKIPPED {test} (bpftool's half): {why}");
            continue;
        }
        let (log, _dir) = libbpf_load(&path, 100);
        assert!(
            log.contains("relo #0: failed to relocate"),
            "{dir}: libbpf's log:\n{log}"
        );
    }
}

#[test]
fn load_time_externs_are_unsupported_by_name() {
    for (name, what) in [
        ("kconfig", "`LINUX_KERNEL_VERSION`, a `__kconfig` extern"),
        ("ksym", "`bpf_prog_active`, a `__ksym` kernel variable"),
    ] {
        for dir in ["clang-14", "clang-19"] {
            let path = root()
                .join("tests/c/core")
                .join(dir)
                .join(format!("{name}.o"));
            let input = sk_lookup::load::read_input(&path, "lint").unwrap();
            let loadable = sk_lookup::lint::loadable(&input.object, None).remove(0);
            let problem = loadable.problem.unwrap_or_default();
            assert!(problem.contains(what), "{dir}/{name}: {problem}");
        }
    }
}

#[test]
fn objects_are_what_the_build_script_builds() {
    let test = "objects_are_what_the_build_script_builds";
    let missing = ["clang-14", "clang-19"]
        .into_iter()
        .find(|cc| Command::new(cc).arg("--version").output().is_err());
    if let Some(cc) = missing {
        return say!("SKIPPED {test}: {cc} is not installed");
    }
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("core-rebuilt");
    let _ = std::fs::remove_dir_all(&out);
    let built = Command::new(root().join("tests/c/core/build.sh"))
        .arg(&out)
        .status();
    assert!(built.unwrap().success(), "tests/c/core/build.sh failed");
    let mut compared = 0;
    for cc in ["clang-14", "clang-19"] {
        for entry in std::fs::read_dir(out.join(cc)).unwrap() {
            let rebuilt = entry.unwrap().path();
            let committed = root()
                .join("tests/c/core")
                .join(cc)
                .join(rebuilt.file_name().unwrap());
            let same = std::fs::read(&committed).ok() == Some(std::fs::read(&rebuilt).unwrap());
            assert!(
                same,
                "{}: rerun tests/c/core/build.sh and commit",
                committed.display()
            );
            compared += 1;
        }
    }
    say!("core_kernel: {compared} objects of tests/c/core rebuilt byte for byte");
}

#[test]
fn a_reached_poison_names_its_relocation() {
    let out = Command::new(env!("CARGO_BIN_EXE_skasm"))
        .args(["lint", "--kernel", "6.18", "--format", "json"])
        .arg(root().join("examples/c/obj/clang-14/core_steer_unguarded.o"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("\"code\":\"helper-unknown\""), "{text}");
    let note = "libbpf poisoned this instruction: CO-RE relocation #0 (`byte_off` of `bpf_sk_lookup___core.port_override`) matches nothing in the kernel's types";
    assert!(text.contains(note), "{text}");
}

/// The kernel refuses a poisoned call only where a path reaches it, so the table check of
/// releases before the verifier's oldest does not count one: `core_steer`'s poison sits
/// behind `bpf_core_field_exists` and its minimum kernel is SK_LOOKUP's first release.
#[test]
fn a_dead_poison_does_not_raise_the_minimum_kernel() {
    let out = Command::new(env!("CARGO_BIN_EXE_skasm"))
        .args(["lint", "--kernel", "6.18", "--format", "json"])
        .arg(root().join("examples/c/obj/clang-14/core_steer.o"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("\"verdict\":\"accepted\""), "{text}");
    assert!(text.contains("\"release\":\"5.9\""), "{text}");
}

/// The objects whose relocations are all against the types a modelled release has.
fn modelled_objects() -> Vec<PathBuf> {
    objects()
        .into_iter()
        .filter(|p| !p.ends_with("kinds.o"))
        .collect()
}

#[test]
fn a_modelled_release_resolves_as_this_kernels_btf() {
    let test = "a_modelled_release_resolves_as_this_kernels_btf";
    let host = match kernel::host_profile() {
        Ok(p) => p,
        Err(e) => return say!("SKIPPED {test}: {e}"),
    };
    let named = skctx::KernelProfile::upstream(
        skctx::KernelVersion::parse(&format!(
            "{}.{}",
            host.version().major,
            host.version().minor
        ))
        .unwrap(),
    )
    .unwrap();
    if named.version() != skctx::KernelProfile::LATEST.version() {
        return say!(
            "SKIPPED {test}: the host runs {}, not a modelled release",
            host.version()
        );
    }
    let mut compared = 0;
    for path in modelled_objects() {
        let input = sk_lookup::load::read_input(&path, "lint").unwrap();
        let btf = input.btf.as_ref();
        let section = |core: Core| match core {
            Core::Relocated(_, r) => r.sections,
            Core::None => panic!("{}: no relocations", path.display()),
        };
        let modelled = section(relocate_for(&input.object, btf, &[named]).unwrap());
        let kernel = section(relocate_for(&input.object, btf, &[host]).unwrap());
        assert_eq!(modelled, kernel, "{}", path.display());
        compared += 1;
    }
    say!(
        "core_kernel: {compared} objects: the modelled {} relocates as the running kernel's BTF",
        named.version()
    );
}

#[test]
fn a_modelled_release_names_the_types_it_does_not_model() {
    for dir in ["clang-14", "clang-19"] {
        let path = root().join("tests/c/core").join(dir).join("kinds.o");
        let input = sk_lookup::load::read_input(&path, "lint").unwrap();
        let r = relocate_for(
            &input.object,
            input.btf.as_ref(),
            &[skctx::KernelProfile::V6_12],
        );
        let Err(corerelo::Error::Unsupported(why)) = r else {
            panic!("{dir}: {:?}", r.err());
        };
        assert!(why.contains("against `sk_buff` on Linux 6.12"), "{why}");
    }
}

#[test]
fn remote_ports_width_follows_the_release() {
    let path = root().join("examples/c/obj/clang-14/core_sock.o");
    let input = sk_lookup::load::read_input(&path, "lint").unwrap();
    let width = |profile: skctx::KernelProfile| {
        let Ok(Core::Relocated(_, r)) = relocate_for(&input.object, input.btf.as_ref(), &[profile])
        else {
            panic!("{profile}: not relocated");
        };
        let a = r
            .applied
            .iter()
            .find(|a| a.kind.name == "byte_sz")
            .expect("one byte_sz");
        a.to
    };
    let table = |profile| {
        skctx::ctx::ctx_fields(profile)
            .find(|f| f.name == "remote_port")
            .unwrap()
            .size as u64
    };
    for profile in [
        skctx::KernelProfile::V5_16,
        skctx::KernelProfile::V5_18,
        skctx::KernelProfile::V6_18,
    ] {
        assert_eq!(width(profile), table(profile), "{profile}");
    }
    assert_ne!(
        width(skctx::KernelProfile::V5_16),
        width(skctx::KernelProfile::V6_18)
    );
}
