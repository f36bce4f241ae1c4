//! Both engines on one lookup: the interpreter, and the jit on a copy of the world, must end
//! with the same whole `Outcome` (or the same `Trap`) and leave the same world behind.
//! Shared by every test that compares the VM with the kernel or the corpus.

use std::sync::atomic::{AtomicUsize, Ordering};

use skctx::net::Tuple;
use vm::{Engine, Outcome, Program, RunOptions, Trap, World};

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
    interp
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
