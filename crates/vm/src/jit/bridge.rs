//! The two ways native code reaches the VM, both on the interpreter's own [`Exec`], so
//! memory checks, helpers, frames and tail calls are the interpreter's, not a copy:
//! [`helper_with`], a call of a helper the VM implements (resolved when the program was
//! compiled, and reached through that helper's own entry,
//! [`crate::helpers::NativeHelper`], so nothing is looked up or decoded at the call and
//! nothing is called indirectly after it), and [`step`], for every
//! other instruction compiled code does not compute itself (loads, stores, atomics,
//! BPF-to-BPF calls, map `ld_imm64`s, `may_goto`, exits from subprograms, anything the
//! interpreter traps on).

use crate::helpers::{self, HelperResult, HelperStep, Resolved};
use crate::interp::{Exec, Flow};
use crate::outcome::TrapKind;
use crate::program::Slot;

/// What [`step`] returns besides the next slot of the same program.
pub const TRAP: u64 = u64::MAX;
/// The main program exited; R0 is in the registers.
pub const EXIT: u64 = u64::MAX - 1;
/// Control went to another program (a tail call): the driver picks its code.
pub const SWITCH: u64 = u64::MAX - 2;
/// What a [`helpers::FastHelper`] returns when the checked entry must make the call: no
/// helper returns it in R0 (map lookups return 0 or a tagged address, whose top four bits
/// are all set; `bpf_sk_assign` 0 or a small negative errno; `bpf_sk_release` 0).
pub const DEFER: u64 = 1 << 63;

/// Everything compiled code reads and writes: the registers, the instruction counter and
/// budget, the slot to start at (and, when it bails, to go on from), the execution and the
/// trap a bridge call ended with. `repr(C)`: the code addresses the fields by offset.
/// `regs` points at the `Exec`'s own eleven registers, which compiled code spills to and
/// reloads from around each bridge call (around a helper call only R0–R5 out and R0 back;
/// no copy between the two, and none of the stalls a copy of just-spilled registers
/// costs), `stack` is the main frame's stack (its buffer is never reallocated, so compiled
/// code reads the address once; stores to it lower `stack_low`, which compiled code keeps
/// in a register and writes back when it returns), `ctx` the run's
/// [`super::ctx::CtxTable`] of this program, `maps` the addresses of the program's map
/// references in their order (`maps_len` of them) that its `ld_imm64`s load, and
/// `fast_sockets` the number of sockets a helper compiled inline may take as its argument
/// (the world's, 0 in a run that records its helper calls: only the checked entry does).
#[repr(C)]
pub struct Bridge<'a> {
    pub regs: *mut u64,
    pub executed: u64,
    pub budget: u64,
    pub pc: u64,
    pub stack: *mut u8,
    /// The lowest offset of the main stack compiled code stored to ([`Exec::stack_low`]).
    pub stack_low: u64,
    pub ctx: *const u64,
    pub maps: *const u64,
    pub maps_len: u64,
    pub fast_sockets: u64,
    pub exec: *mut Exec<'a>,
    pub trap: Option<TrapKind>,
}

/// The main frame's stack: [`crate::interp::STACK_SIZE`] bytes (the stacks come from
/// `interp::new_stacks`).
pub fn main_stack(exec: &mut Exec<'_>) -> *mut u8 {
    exec.stacks
        .first_mut()
        .map_or(std::ptr::null_mut(), |s| s.as_mut_ptr())
}

/// Runs slot `pc` of the current program on the interpreter; the registers are in
/// `exec.regs` (compiled code spills them there before the call and reloads them after).
/// Returns the next slot, or [`TRAP`], [`EXIT`] or [`SWITCH`].
pub extern "C" fn step(bridge: *mut Bridge<'_>, pc: u64) -> u64 {
    // SAFETY: compiled code passes back the `&mut Bridge` the driver handed it, which lives
    // for the whole native call; `exec` is the driver's `&mut Exec`, unused while native
    // code runs.
    let (bridge, exec) = unsafe { (&mut *bridge, &mut *(*bridge).exec) };
    exec.touched = true;
    let r = run_one(exec, pc as usize);
    match r {
        Ok(next) => next,
        Err(kind) => {
            bridge.trap = Some(kind);
            TRAP
        }
    }
}

/// Calls the helper `resolved` points at (an entry of [`helpers::resolve`]), whose
/// function is `f`, for the `call` at slot `pc`; the registers are in `exec.regs`. Returns
/// as [`step`] does. Each helper's [`helpers::NativeHelper`] is this with its function.
#[inline(always)]
pub fn helper_with<F>(bridge: *mut Bridge<'_>, pc: u64, resolved: *const Resolved, f: F) -> u64
where
    F: FnOnce(&mut Exec<'_>, &'static str) -> HelperStep,
{
    // SAFETY: as in `step`; `resolved` is the address of an entry of the helper table, which
    // lives as long as the program.
    let (bridge, exec, resolved) = unsafe { (&mut *bridge, &mut *(*bridge).exec, &*resolved) };
    exec.touched = true;
    let pc = pc as usize;
    exec.pc = pc;
    let prog = exec.prog;
    let r = helpers::call_with(exec, resolved, f);
    // The common case (what `helper_returned` and `go_on` make of a value returned in R0),
    // without their general flow.
    if let Ok(HelperResult::Ret(v)) = r {
        exec.regs[0] = v;
        exec.pc = pc + 1;
        return (pc + 1) as u64;
    }
    helper_flow(bridge, exec, (prog, pc), r)
}

/// A helper's [`helpers::FastHelper`]: `f` on R1–R3 (`args`), R0 or [`DEFER`] (always
/// when the run records helper calls, which only the checked entry does).
#[inline(always)]
pub fn fast_with<F>(bridge: *mut Bridge<'_>, [r1, r2, r3]: [u64; 3], f: F) -> u64
where
    F: FnOnce(&mut Exec<'_>, u64, u64, u64) -> Option<u64>,
{
    // SAFETY: as in `step`.
    let exec = unsafe { &mut *(*bridge).exec };
    // Under a spin lock the checked entry traps the call ([`crate::helpers`]).
    if exec.record || exec.spin_lock.is_some() {
        return DEFER;
    }
    f(exec, r1, r2, r3).unwrap_or(DEFER)
}

/// Where compiled code goes on after the helper call at slot `pc` of program `prog`
/// ended with `r` (a trap, a tail call or one that did not happen).
#[cold]
fn helper_flow(
    bridge: &mut Bridge<'_>,
    exec: &mut Exec<'_>,
    (prog, pc): (usize, usize),
    r: HelperStep,
) -> u64 {
    let r = r
        .map_err(|e| *e)
        .map(|r| exec.helper_returned(r))
        .and_then(|flow| go_on(exec, prog, pc, pc + 1, flow));
    match r {
        Ok(next) => next,
        Err(kind) => {
            bridge.trap = Some(kind);
            TRAP
        }
    }
}

fn run_one(exec: &mut Exec<'_>, pc: usize) -> Result<u64, TrapKind> {
    exec.pc = pc;
    let prog = exec.prog;
    let insn = match exec.programs[prog].slots.get(pc) {
        Some(Slot::Insn(i)) => *i,
        Some(Slot::SecondHalf) => {
            return Err(TrapKind::BadInsn("the second half of an ld_imm64".into()))
        }
        Some(Slot::Invalid(e)) => return Err(TrapKind::BadInsn(e.clone())),
        None => return Err(TrapKind::PcOutOfRange(pc as i64)),
    };
    let flow = exec.step(&insn)?;
    go_on(exec, prog, pc, pc + insn.slots(), flow)
}

/// Where compiled code goes on after the instruction at `pc` of program `prog` (the next
/// slot being `next`) ended with `flow`.
fn go_on(
    exec: &mut Exec<'_>,
    prog: usize,
    pc: usize,
    next: usize,
    flow: Flow,
) -> Result<u64, TrapKind> {
    exec.pc = pc;
    let next = match flow {
        Flow::Next => next,
        Flow::Jump(off) => {
            exec.jump(off)?;
            exec.pc
        }
        Flow::Goto(target) => target,
        Flow::Exit(r0) => {
            exec.regs[0] = r0;
            return Ok(EXIT);
        }
    };
    exec.pc = next;
    Ok(if exec.prog == prog {
        next as u64
    } else {
        SWITCH
    })
}
