//! Both engines on one lookup: the interpreter, and the jit on a copy of the world, must end
//! with the same whole `Outcome` (or the same `Trap`) and leave the same world behind.
//! Shared by every test that compares the VM with the kernel or the corpus.

use std::sync::atomic::{AtomicUsize, Ordering};

use skctx::net::Tuple;
use vm::{Engine, Outcome, Program, RunOptions, Trap, World};

/// The running kernel's profile (its release and probed behaviours), probed once: what a
/// test that compares the VM with that kernel runs the VM as. Where the kernel cannot be
/// probed (such a test skips before it runs anything) the newest modelled release.
#[allow(dead_code)]
pub fn host_profile() -> skctx::KernelProfile {
    static HOST: std::sync::OnceLock<skctx::KernelProfile> = std::sync::OnceLock::new();
    *HOST.get_or_init(|| kernel::host_profile().unwrap_or(skctx::KernelProfile::LATEST))
}

static RUNS: AtomicUsize = AtomicUsize::new(0);
static NATIVE: AtomicUsize = AtomicUsize::new(0);

/// Runs `programs` on the interpreter and on the jit (compiled whether or not our verifier
/// passed them: the kernel did, or the case says what it expects of them); panics naming both
/// results if they differ; returns the interpreter's.
pub fn run_both(
    programs: &[Program],
    tuple: &Tuple,
    world: &mut World,
    opts: &RunOptions,
) -> Result<Outcome, Box<Trap>> {
    let mut jit_world = world.clone();
    let mut brief_world = world.clone();
    let jit = vm::jit::Jit::compile_trusting(programs, &jit_world);
    let native = jit.run(programs, tuple, &mut jit_world, opts);
    let interp = vm::run(programs, tuple, world, opts);
    RUNS.fetch_add(1, Ordering::Relaxed);
    if let Ok(o) = &native {
        if o.engine == Engine::Jit {
            NATIVE.fetch_add(1, Ordering::Relaxed);
        }
    }
    let same = match (&interp, &native) {
        (Ok(i), Ok(j)) => {
            *i == Outcome {
                engine: i.engine,
                ..j.clone()
            }
        }
        (Err(i), Err(j)) => i == j,
        _ => false,
    };
    assert!(
        same && *world == jit_world,
        "interp and jit disagree on {tuple} ({} programs, first `{}`):\ninterp {interp:#?}\njit {native:#?}",
        programs.len(),
        programs.first().map_or("", |p| p.name.as_str())
    );
    brief_agrees(
        &jit,
        programs,
        tuple,
        (&mut brief_world, world),
        opts,
        &interp,
    );
    interp
}

/// A brief run on the jit (what `--repeat` and the bench time: no report, so compiled code
/// takes the helpers' fast entries) on `brief_world`, a copy of the world as it was before
/// the runs, gives the interpreter's verdict, return value, selection and count (or traps
/// at the same instruction for the same reason) and leaves the world the interpreter left
/// (`world`).
fn brief_agrees(
    jit: &vm::jit::Jit,
    programs: &[Program],
    tuple: &Tuple,
    (brief_world, world): (&mut World, &World),
    opts: &RunOptions,
    interp: &Result<Outcome, Box<Trap>>,
) {
    let Ok(prepared) = vm::Prepared::new(programs, brief_world) else {
        return assert!(interp.is_err(), "the jit's brief run could not be prepared");
    };
    let brief = prepared.with_jit(jit).run_brief(tuple, brief_world, opts);
    let got = brief.map(|b| {
        let sel = b.selected.map(|s| brief_world.sockets[s].name.clone());
        (b.verdict, b.retval, sel, b.insns_executed)
    });
    let want = interp.as_ref().map(|o| {
        let sel = o.selected.as_ref().map(|s| s.socket.clone());
        (o.verdict, o.retval, sel, o.insns_executed)
    });
    let same = match (&got, &want) {
        (Ok(g), Ok(w)) => g == w && *brief_world == *world,
        (Err(g), Err(w)) => (&g.program, g.pc, &g.kind) == (&w.program, w.pc, &w.kind),
        _ => false,
    };
    assert!(
        same,
        "a brief jit run disagrees with the interpreter on {tuple}:\nbrief {got:#?}\ninterp {want:#?}"
    );
}

/// How many runs of this test binary also ran on the jit, and how many of those were native
/// code throughout, for a test's closing line.
#[allow(dead_code)]
pub fn native_share() -> String {
    format!(
        "{} runs also on the jit with the same whole outcome ({} native throughout)",
        RUNS.load(Ordering::Relaxed),
        NATIVE.load(Ordering::Relaxed)
    )
}

/// Runs this test binary (every test but `caller`) inside each cached kernel image
/// (`.ci/kernels`: Debian 6.1 and 6.12) and fails when a test fails there; prints the guest's
/// summary lines (those starting with one of `prefixes`) per kernel. `SKIPPED` without
/// images or qemu, or with `SK_KERNEL_IMAGES=0`.
#[allow(dead_code)]
pub fn passes_in_each_kernel_image(binary: &str, caller: &str, prefixes: &[&str]) {
    passes_in_each_kernel_image_with(binary, caller, prefixes, &[]);
}

/// [`passes_in_each_kernel_image`] with `env` set in the guests (a smaller sample: TCG runs
/// the guest about 20 times slower than the host).
#[allow(dead_code)]
pub fn passes_in_each_kernel_image_with(
    binary: &str,
    caller: &str,
    prefixes: &[&str],
    env: &[(&str, &str)],
) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let t = bootvm::selftest::SelfTest {
        caller,
        images_dir: root.join("target/kernels"),
        dirs: vec![root.join("tests/spec"), root.join("examples")],
        cwd: None,
        summary_prefixes: prefixes,
        pass_env: &PASSED_TO_GUESTS,
        guest_env: env,
        timeout: std::time::Duration::from_secs(600),
    };
    if let Err(failures) = bootvm::selftest::check_in_each_image(&t, binary) {
        panic!("{failures}");
    }
}

/// What the host's environment gives the guests of [`passes_in_each_kernel_image_with`]
/// (after its fixed values, so a campaign's seed and counts reach the images too).
const PASSED_TO_GUESTS: [&str; 7] = [
    "VM_SEED",
    "VM_DELIVERY_WORLDS",
    "VM_PROGGEN_PROGRAMS",
    "VM_PROGGEN_EXTRA_TUPLES",
    "VM_MAP_SEQUENCES",
    "HELPERS_SEED",
    "HELPERS_RUNS",
];

/// A test's generator seed: `default`, or with `VM_SEED=<n>` (non-zero) another stream for
/// each `n` (never zero, which xorshift cannot leave).
#[allow(dead_code)]
pub fn seed(default: u64) -> u64 {
    let n: u64 = std::env::var("VM_SEED")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    match default.wrapping_add(n.wrapping_mul(0x9e37_79b9_7f4a_7c15)) {
        0 => default,
        s => s,
    }
}

/// The number `name` in the environment, else `default`.
#[allow(dead_code)]
pub fn env_count(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

/// xorshift64*, seeded.
/// (Not every test crate draws random values.)
#[allow(dead_code)]
pub struct Rng(pub u64);

#[allow(dead_code)]
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    pub fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len() as u64) as usize]
    }
}

/// `p` (one map, created with `value` and frozen) loaded into the kernel as a socket filter
/// and run once on 64 zero bytes: its return value, or `Err` with why it did not run
/// (`rejected: ` and its verifier's last line when refused).
#[allow(dead_code)]
pub fn kernel_run_frozen(p: &speccase::corpus::Prepared, value: &[u8]) -> Result<u32, String> {
    let m = &p.maps[0];
    let spec = kernel::MapSpec::new(m.map_type, m.key_size, m.value_size, m.max_entries)
        .with_flags(m.flags);
    let map = kernel::Map::create_frozen(&spec, value).map_err(|e| e.to_string())?;
    let bind: Vec<_> = p.map_refs.iter().map(|(s, _)| (*s, &map)).collect();
    let opts = kernel::LoadOptions {
        prog_type: kernel::PROG_TYPE_SOCKET_FILTER,
        expected_attach_type: 0,
        ..Default::default()
    };
    let out = kernel::load(&p.insns, &bind, &opts).map_err(|e| e.to_string())?;
    let last = out
        .message()
        .and_then(|m| m.lines().last().map(str::to_string));
    let prog = (out.program).ok_or_else(|| format!("rejected: {}", last.unwrap_or_default()))?;
    let res = kernel::test_run_data(&prog, &[0u8; 64]).map_err(|e| e.to_string())?;
    res.retval
        .ok_or_else(|| format!("test run: {:?}", res.errno))
}
