//! What the verifier's tests share: one seeded generator, and a spec case's program as the
//! loader passes it ([`loaded_insns`], [`map_infos`]). It is proggen's xorshift64*
//! started from a raw state (`proggen::Rng::from_state`), so each test keeps the fixed stream
//! of programs it was written against.
#![allow(dead_code)] // each test binary uses part of it

/// A deterministic generator for test programs.
pub struct Rng(proggen::Rng);

impl Rng {
    /// The stream of `seed`, used as the raw state: every non-zero seed its own stream
    /// (xorshift has no zero state, so a zero seed is refused with the message).
    pub fn new(seed: u64) -> Rng {
        assert!(
            seed != 0,
            "a seed must be non-zero (xorshift has no zero state)"
        );
        Rng(proggen::Rng::from_state(seed))
    }

    pub fn next(&mut self) -> u64 {
        self.0.next_u64()
    }

    /// Uniform in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// Uniform in `0..n`, as an index.
    pub fn index(&mut self, n: usize) -> usize {
        self.below(n as u64) as usize
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.index(xs.len())]
    }
}

/// The running kernel's profile (`kernel::host_profile`: its stable release, which for
/// Debian's `6.1.0-57-cloud-amd64` is the `6.1.192` `/proc/version` names, and behaviours);
/// the scalar domain of 6.1.y depends on its stable backports
/// ([`verifier::releases::CHANGES`]).
pub fn running_profile() -> skctx::KernelProfile {
    kernel::host_profile().expect("the host probe answers")
}

/// `SK_KERNEL_IMAGES_CORPUS=0` turns off every test that boots the cached kernel images.
pub const IMAGES_ENV: &str = "SK_KERNEL_IMAGES_CORPUS";

/// What one guest printed for a test run inside a kernel image.
pub struct GuestRun {
    pub release: String,
    /// The guest's stderr lines that start with one of the summary prefixes.
    pub summary: Vec<String>,
    /// The whole output when the test failed inside the guest (or the guest did not run).
    pub failure: Option<String>,
    /// Boot and run time, for the summary line.
    pub times: String,
}

/// Prints each guest's figures and times per kernel, then fails naming every guest run that
/// failed.
pub fn assert_every_guest_passed(runs: Vec<GuestRun>) {
    let mut failures = Vec::new();
    for run in runs {
        for line in &run.summary {
            say(format!("{}: {line}", run.release));
        }
        say(format!("{}: [{}]", run.release, run.times));
        if let Some(f) = run.failure {
            failures.push(format!("inside {}: {f}", run.release));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Runs tests `tests` of this test binary inside each cached kernel image (`.ci/kernels`:
/// `target/kernels/<uname -r>/vmlinuz`), the guests side by side with one vCPU each, with
/// `env` set in the guest. `None` (and a `SKIPPED` line) when images, qemu or busybox are
/// missing or [`IMAGES_ENV`] is `0`.
pub fn in_each_image(
    caller: &str,
    tests: &[&str],
    env: &[(&str, String)],
    prefixes: &[&str],
) -> Option<Vec<GuestRun>> {
    in_each_image_with(caller, tests, env, prefixes, &[])
}

/// [`in_each_image`] with host directories `dirs` copied into each guest at the same paths.
pub fn in_each_image_with(
    caller: &str,
    tests: &[&str],
    env: &[(&str, String)],
    prefixes: &[&str],
    dirs: &[std::path::PathBuf],
) -> Option<Vec<GuestRun>> {
    let skip = |why: String| {
        use std::io::Write;
        let _ = std::io::stderr().write_all(format!("SKIPPED {caller}: {why}\n").as_bytes());
        None
    };
    if std::env::var(IMAGES_ENV).as_deref() == Ok("0") {
        return skip(format!("{IMAGES_ENV}=0"));
    }
    if let Err(e) = bootvm::available() {
        return skip(e.to_string());
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let images = bootvm::images(&root.join("target/kernels"));
    if images.is_empty() {
        return skip(format!(
            "no kernel images (run .ci/kernels, or set {})",
            bootvm::IMAGES_DIR_ENV
        ));
    }
    let runs = std::thread::scope(|s| {
        let handles: Vec<_> = images
            .iter()
            .map(|image| s.spawn(|| run_in(image, tests, env, prefixes, dirs)))
            .collect();
        handles
            .into_iter()
            .zip(&images)
            .map(|(h, image)| {
                h.join().unwrap_or_else(|_| GuestRun {
                    release: image.release.clone(),
                    summary: Vec::new(),
                    failure: Some("the guest run panicked".into()),
                    times: String::new(),
                })
            })
            .collect()
    });
    Some(runs)
}

/// Memory of a guest that gets host directories copied in (the spec corpus).
const CORPUS_GUEST_MIB: u32 = 3072;

fn run_in(
    image: &bootvm::Image,
    tests: &[&str],
    env: &[(&str, String)],
    prefixes: &[&str],
    dirs: &[std::path::PathBuf],
) -> GuestRun {
    let exe = std::env::current_exe().expect("the test binary");
    let exe_text = exe.to_string_lossy().into_owned();
    let mut argv = vec![exe_text.as_str()];
    argv.extend(tests);
    argv.extend(["--exact", "--nocapture", "--test-threads=1"]);
    let mut vm = bootvm::Vm::new(&image.vmlinuz, &argv)
        .binary(&exe)
        .timeout(std::time::Duration::from_secs(900));
    if !dirs.is_empty() {
        // The copied corpus lives in the guest's RAM-backed root beside the walk over it:
        // analyze_kernel's run of the whole corpus was killed (status 137) in 1 GiB.
        vm = vm.memory_mib(CORPUS_GUEST_MIB);
    }
    for (k, v) in env {
        vm = vm.env(*k, v.clone());
    }
    for d in dirs {
        vm = vm.dir(d);
    }
    let release = image.release.clone();
    match vm.run() {
        Err(e) => GuestRun {
            release,
            summary: Vec::new(),
            failure: Some(e.to_string()),
            times: String::new(),
        },
        Ok(out) => {
            let stderr = out.stderr_text();
            let summary = stderr
                .lines()
                .filter(|l| prefixes.iter().any(|p| l.starts_with(p)))
                .map(str::to_string)
                .collect();
            let stdout = out.stdout_text();
            let not_run: Vec<&str> = tests
                .iter()
                .filter(|t| !stdout.contains(&format!("test {t} ... ok")))
                .copied()
                .collect();
            let failure = if !out.success() {
                Some(format!("status {}:\n{stdout}{stderr}", out.status))
            } else if !not_run.is_empty() {
                Some(format!("these tests did not pass in the guest (not found by their exact name?): {not_run:?}\n{stdout}"))
            } else {
                None
            };
            GuestRun {
                release,
                summary,
                failure,
                times: format!(
                    "boot {:.1?}, run {:.1?}, {:?}",
                    out.boot_time, out.run_time, out.accel
                ),
            }
        }
    }
}

/// The instruction indexes of a level-1 verifier log, in order: the lines `N: (op) insn`
/// or `N: BUG_op` (state lines `N: R1=...` and `from X to Y:` lines are not instructions).
pub fn logged_path(log: &str) -> Vec<usize> {
    log.lines()
        .filter_map(|line| {
            let (n, rest) = line.split_once(": ")?;
            // `(hh) text`, or `BUG_hh` for an encoding `print_bpf_insn` cannot name.
            let op = rest
                .strip_prefix('(')
                .or_else(|| rest.strip_prefix("BUG_"))?;
            let hex = op.as_bytes().get(..2)?;
            let is_op = hex.iter().all(u8::is_ascii_hexdigit)
                && (rest.starts_with("BUG_") || op.as_bytes().get(2) == Some(&b')'));
            is_op.then(|| n.parse().ok()).flatten()
        })
        .collect()
}

/// Whose walk a level-1 log's path is and which walks passed before it, as the log says:
/// `Validating NAME() func#N...` opens a global subprogram's walk (none: the entry
/// point's), and each `Func#N ... is safe for any args that match its prototype` line
/// stays of a global subprogram's walk that passed.
pub fn logged_units(log: &str) -> verifier::Units {
    let func = |text: &str| -> Option<usize> {
        let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
        digits.parse().ok()
    };
    let mut units = verifier::Units::default();
    for line in log.lines() {
        if let Some(rest) = line.strip_prefix("Func#") {
            if line.ends_with(" is safe for any args that match its prototype") {
                units.passed.extend(func(rest));
            }
        } else if let Some(rest) = line.strip_prefix("Validating ") {
            if let Some((_, n)) = rest.split_once("() func#") {
                units.subprog = func(n).unwrap_or(0);
            }
        }
    }
    units
}

/// The `from X to Y: STATE` lines of a level-1 verifier log, in order: the branching
/// instruction, the branch target and the state printed there (speculative paths say so
/// after the target, which is dropped).
pub fn logged_branches(log: &str) -> Vec<(usize, usize, String)> {
    log.lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("from ")?;
            let (from, rest) = rest.split_once(" to ")?;
            let (to, state) = rest.split_once(':')?;
            let to = to.trim_end_matches(" (speculative execution)");
            Some((
                from.parse().ok()?,
                to.parse().ok()?,
                state.trim().to_string(),
            ))
        })
        .collect()
}

/// The maps a case declares, created in the running kernel with their flags, in the
/// order of `Prepared::maps` (a `MapInfo::id` indexes them).
pub fn kernel_maps(p: &speccase::corpus::Prepared) -> Vec<kernel::Map> {
    (p.maps.iter())
        .map(|m| {
            let spec = kernel::MapSpec::new(
                kernel::MapType::from_id(m.map_type.id()),
                m.key_size,
                m.value_size,
                m.max_entries,
            )
            .named(&kernel_map_name(&m.name))
            .with_flags(m.flags);
            let spec = match p.spin_lock(&m.name) {
                Some(offset) => spec.with_spin_lock(offset),
                None => spec,
            };
            match p.frozen_value(&m.name) {
                Some(v) => kernel::Map::create_frozen(&spec, v),
                None => kernel::Map::create(&spec),
            }
            .expect("the case's map is created")
        })
        .collect()
}

/// Each map reference of a case as `kernel::load` binds it: (slot, map), from
/// [`map_infos`] over the maps [`kernel_maps`] created.
pub fn bound_maps<'m>(
    p: &speccase::corpus::Prepared,
    maps: &'m [kernel::Map],
) -> Vec<(usize, &'m kernel::Map)> {
    map_infos(p).iter().map(|m| (m.slot, &maps[m.id])).collect()
}

pub use casemaps::{kernel_map_name, map_infos};

/// A spec case's BTF functions (`# func:` lines) as [`verifier::verify_with_btf`] takes
/// them; `None` when the case declares none.
pub fn case_funcs(
    case: &speccase::format::Case,
    p: &speccase::corpus::Prepared,
) -> Option<Vec<verifier::FuncInfo>> {
    let funcs = p.funcs(case).expect("the case's `# func:` labels resolve");
    (!funcs.is_empty()).then(|| {
        funcs
            .iter()
            .enumerate()
            .map(|(k, f)| verifier::FuncInfo {
                insn_off: f.start,
                linkage: if f.global {
                    verifier::Linkage::Global
                } else {
                    verifier::Linkage::Static
                },
                name: func_name(k),
                proto: f.proto.clone(),
            })
            .collect()
    })
}

/// The name of a spec case's `k`-th BTF function (the entry point's is `f0`).
pub fn func_name(k: usize) -> String {
    format!("f{k}")
}

/// A spec case's BTF functions (`# func:` lines) as `kernel::load_with_funcs` takes them.
pub fn kernel_funcs(
    case: &speccase::format::Case,
    p: &speccase::corpus::Prepared,
) -> Vec<(u32, kernel::BtfFunc)> {
    let funcs = p.funcs(case).expect("the case's `# func:` labels resolve");
    let func = |k: usize, f: &speccase::corpus::Func| kernel::BtfFunc {
        name: func_name(k),
        linkage: u16::from(f.global),
        proto: f.proto.clone(),
    };
    (funcs.iter().enumerate())
        .map(|(k, f)| (f.start, func(k, f)))
        .collect()
}

/// `verify` of a spec case as the loader passes it: with BTF `func_info` when the case
/// declares functions.
pub fn verify_case(
    case: &speccase::format::Case,
    p: &speccase::corpus::Prepared,
    profile: skctx::KernelProfile,
) -> Result<verifier::Verified, verifier::Refusal> {
    let (insns, maps) = (loaded_insns(p), map_infos(p));
    let gpl = skctx::license_is_gpl_compatible(&case.license);
    match case_funcs(case, p) {
        Some(f) => verifier::verify_with_btf(&insns, &maps, profile, case.privilege, gpl, &f),
        None => verifier::verify(&insns, &maps, profile, case.privilege, gpl),
    }
}

/// The instructions as the loader passes them: map references marked `BPF_PSEUDO_MAP_FD`.
pub fn loaded_insns(p: &speccase::corpus::Prepared) -> Vec<isa::RawInsn> {
    let mut insns = p.insns.clone();
    for (slot, _) in &p.map_refs {
        if let Some(i) = insns.get_mut(*slot) {
            i.src = 1;
        }
    }
    insns
}

/// `name`'s value as a number (a campaign's size or seed), else `default`.
#[allow(dead_code)]
pub fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

/// A campaign's generator seed: `seed_var`'s value when it is set to a non-zero number
/// (decimal or `0x` hex), else `default`. [`with_seed`] passes it to the guests.
pub fn seed(seed_var: &str, default: u64) -> u64 {
    let parse = |v: &str| match v.trim().strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16).ok(),
        None => v.trim().parse().ok(),
    };
    (std::env::var(seed_var).ok().as_deref())
        .and_then(parse)
        .filter(|&n| n != 0)
        .unwrap_or(default)
}

/// An opt-in campaign inside each cached image: with `opt_in=1`, this binary's `test` runs in
/// every guest (each modelled as its own release) with the host's `seed_var`, and every guest
/// must pass; its lines starting `name` are the summary. Otherwise `SKIPPED {name}_images:
/// set {opt_in}=1 ({cost})`.
#[allow(dead_code)]
pub fn opt_in_image_run(opt_in: &str, name: &str, test: &str, seed_var: &str, cost: &str) {
    let caller = format!("{name}_images");
    if std::env::var_os(opt_in).is_none_or(|v| v != "1") {
        say(format!("SKIPPED {caller}: set {opt_in}=1 ({cost})"));
        return;
    }
    let env = with_seed(seed_var, Vec::new());
    if let Some(runs) = in_each_image(&caller, &[test], &env, &[name, "SKIPPED"]) {
        assert_every_guest_passed(runs);
    }
}

/// `env` for a guest, with the host's `seed_var` (a campaign's seed) when it is set.
pub fn with_seed<'a>(seed_var: &'a str, mut env: Vec<(&'a str, String)>) -> Vec<(&'a str, String)> {
    if let Ok(seed) = std::env::var(seed_var) {
        env.push((seed_var, seed));
    }
    env
}

/// Writes one line to stderr past libtest's capture (which keeps `eprintln!` output of a
/// passing test), so that a test's summary shows in `cargo test`'s output.
pub fn say(line: impl std::fmt::Display) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// A reason with its numbers replaced by `N`, so that the summary groups alike reasons.
#[allow(dead_code)] // not every test crate tallies reasons
pub fn shape(why: &str) -> String {
    let mut out = String::new();
    for c in why.chars() {
        if c.is_ascii_digit() {
            if !out.ends_with('N') {
                out.push('N');
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Where `ours` and the kernel's load differ, if they do; `Ok(false)`: unsupported here. Both
/// accept with the same processed count, or both reject at the same instruction (any of ours
/// when `any_insn`) with the kernel's last message line and errno.
pub fn judge(
    ours: &Result<verifier::Verified, verifier::Refusal>,
    out: &kernel::LoadOutcome,
    any_insn: bool,
) -> Result<bool, String> {
    let last = out
        .message()
        .and_then(|m| m.lines().last().map(str::to_string))
        .unwrap_or_default();
    match (ours, out.accepted()) {
        (Err(verifier::Refusal::Unsupported(_)), _) => Ok(false),
        (Ok(v), true) if Some(v.processed()) == out.processed_insns() => Ok(true),
        (Ok(v), true) => Err(format!(
            "processed {} here, {:?} in the kernel",
            v.processed(),
            out.processed_insns()
        )),
        (Err(verifier::Refusal::Rejected(r)), false) => {
            let errno = out.errno.map(|e| e.0);
            let same = (any_insn || r.pc.map(|p| p.0) == out.insn_index())
                && r.kernel_message.lines().any(|l| l == last)
                && errno == Some(r.errno);
            if same {
                Ok(true)
            } else {
                Err(format!(
                    "ours at {:?} (errno {}): `{}`; kernel at {:?} (errno {errno:?}): `{last}`",
                    r.pc,
                    r.errno,
                    r.kernel_message,
                    out.insn_index()
                ))
            }
        }
        (Ok(v), false) => Err(format!(
            "FALSE ACCEPT ({} processed): kernel at {:?}: `{last}`",
            v.processed(),
            out.insn_index()
        )),
        (Err(e), true) => Err(format!(
            "false reject: {e}; the kernel accepts ({:?} processed)",
            out.processed_insns()
        )),
    }
}
