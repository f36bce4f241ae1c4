//! The `jit` engine: native code for verified programs, through Cranelift.
//!
//! Each program is compiled once ([`Jit::compile`]) into one native function. ALU, byte
//! swaps, jumps and constants run natively, and so do loads and stores of the main frame's
//! stack and context loads whose address checks out inline ([`ctx`] holds the context
//! values), and map references (from the run's table of map addresses). A program without
//! BPF-to-BPF calls and `may_goto` ("fresh-only": entered only at slot 0, which the driver
//! checks) starts from R1 and R10 as constants, and an access through a register [`known`]
//! to hold the context or a fixed stack offset is compiled to a fixed host address with no
//! check at run time (the verifier's proof; an offset outside the object still goes the
//! checked way), and only the registers [`live`] where the interpreter takes over cross to
//! it. `bpf_map_lookup_elem` and `bpf_sk_assign` are called through fast entries taking
//! R1–R3 in registers and giving R0 back ([`crate::helpers::FastHelper`]), with only the
//! checks the kernel makes at run time, and `bpf_sk_release`'s is compiled inline;
//! whatever they would trap on, and a recording run, goes to the checked entry. Other
//! helper calls (the helper resolved at compile time), other loads and stores, atomics,
//! BPF-to-BPF calls and `may_goto` call back into the interpreter's own [`Exec`]
//! ([`bridge`]), whose registers compiled code spills to and reloads from, so memory is
//! checked as [`crate::interp`] checks it and a run ends with the same [`Outcome`]. Whatever is not compiled runs on the
//! interpreter and the
//! outcome's [`Engine`] says so: a program that is not verified, a run asking for a trace,
//! Cranelift refusing a function, a program passing callbacks to helpers; and mid-run, a block the budget cannot pay for (the
//! interpreter then traps at the very instruction it would have).
//!
//! This is the only module of the crate with `unsafe`: calling the generated code (which
//! reads and writes the main stack and reads the context table through raw pointers), the
//! bridge's way back to the [`Exec`] (the fast helper entries too), and freeing the code. The code is mapped read+execute
//! only (cranelift-jit's `finalize_definitions`).
//!
//! | module | what lives there |
//! |---|---|
//! | [`codegen`] | slots to Cranelift IR: basic blocks, budget per block, ALU/jumps natively |
//! | [`bridge`] | the callbacks into the interpreter: a resolved helper, or one instruction |
//! | [`ctx`] | the per-lookup table of context values compiled context loads read |
//! | [`known`] | per slot, the registers holding the context or a fixed stack offset |
//! | [`live`] | per slot, the registers the program may still read |

mod bridge;
mod codegen;
pub(crate) mod ctx;
mod known;
mod live;

use std::marker::PhantomData;
use std::mem::ManuallyDrop;

use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{AbiParam, UserFuncName};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, Linkage, Module};
use skctx::net::Tuple;

use crate::interp::{Exec, RunOptions, STACK_SIZE};
use crate::outcome::{JitFallback, Outcome, Trap, TrapKind};
use crate::program::Program;
use crate::world::World;
pub(crate) use bridge::{fast_with, helper_with, Bridge};
use codegen::{ST_BAIL, ST_EXIT, ST_SWITCH, ST_TRAP};

/// The generated function: everything it reads and writes is in the [`Bridge`].
type NativeFn = unsafe extern "C" fn(*mut Bridge<'_>) -> i64;

/// One program's native code, the module that owns its memory, and the context loads it
/// reads from its [`ctx::CtxTable`].
pub struct Native {
    module: ManuallyDrop<JITModule>,
    entry: NativeFn,
    ctx_sites: Vec<ctx::CtxSite>,
    /// Entered only at slot 0 with [`codegen::entry_regs`] ([`codegen::Shape::fresh_only`]).
    fresh_only: bool,
}

/// One program's code and tables for a batch of runs ([`Jit::entries`]): its entry and
/// whether it is fresh-only (or why the interpreter runs it), its context table and its map
/// addresses. Raw pointers: they point into the `Jit` and the context cache, which the
/// driver keeps unchanged while the batch runs.
#[derive(Clone, Copy)]
pub(crate) struct Entry {
    code: Result<(NativeFn, bool), JitFallback>,
    ctx: *const u64,
    maps: *const u64,
    maps_len: u64,
}

impl Drop for Native {
    fn drop(&mut self) {
        // SAFETY: `entry` points into this module's memory and is dropped with it; nothing
        // else holds a pointer into it.
        unsafe { ManuallyDrop::take(&mut self.module).free_memory() }
    }
}

/// The compiled programs of a run: the attached ones, then the world's tail-call targets
/// (the order [`crate::run()`] numbers them in).
pub struct Jit {
    programs: Vec<Result<Native, JitFallback>>,
}

impl Jit {
    /// Compiles `attached` and `world`'s tail-call programs; one that cannot be compiled
    /// will run on the interpreter.
    pub fn compile(attached: &[Program], world: &World) -> Jit {
        let programs = attached
            .iter()
            .chain(world.tail_programs.iter())
            .map(compile)
            .collect();
        Jit { programs }
    }

    /// Compiles `attached` and `world`'s tail-call programs whether or not they passed our
    /// verifier: for differential tests of programs the live kernel verified (some under
    /// another program type, whose return values the SK_LOOKUP rule refuses). Memory is
    /// checked all the same; a jump out of the program is still refused at compile time.
    pub fn compile_trusting(attached: &[Program], world: &World) -> Jit {
        let programs = attached
            .iter()
            .chain(world.tail_programs.iter())
            .map(|p| {
                let verified = Program {
                    verified: true,
                    ..p.clone()
                };
                compile(&verified)
            })
            .collect();
        Jit { programs }
    }

    /// Why program `i` runs on the interpreter, if it does.
    pub fn fallback(&self, i: usize) -> Option<JitFallback> {
        match self.programs.get(i) {
            Some(Ok(_)) => None,
            Some(Err(why)) => Some(*why),
            None => Some(JitFallback::NotCompiled),
        }
    }

    /// [`crate::run()`] on this code: the same lookup, the same [`Outcome`]. Many lookups:
    /// [`crate::run::Prepared::with_jit`].
    pub fn run(
        &self,
        attached: &[Program],
        tuple: &Tuple,
        world: &mut World,
        opts: &RunOptions,
    ) -> Result<Outcome, Box<Trap>> {
        crate::run::Prepared::new(attached, world)?
            .with_jit(self)
            .run(tuple, world, opts)
    }

    /// Fills `entries` with what [`Jit::exec`] hands each program's code in a batch of runs
    /// of one lookup input (`input`, under `profile`): its entry, its context table from
    /// `cache` and its map addresses from `map_addrs` (per program, the address of each of
    /// its map references in order). Looked up once per batch, not per run: the tables do
    /// not change until the cache is started for another input.
    pub(crate) fn entries(
        &self,
        cache: &mut ctx::CtxCache,
        map_addrs: &[Vec<u64>],
        (profile, input): (skctx::KernelProfile, &skctx::LookupInput),
        entries: &mut Vec<Entry>,
    ) {
        entries.clear();
        entries.extend(self.programs.iter().enumerate().map(|(i, p)| {
            let maps = map_addrs.get(i).map_or(&[][..], Vec::as_slice);
            let (code, ctx) = match p {
                Ok(n) => (
                    Ok((n.entry, n.fresh_only)),
                    cache.table(i, &n.ctx_sites, profile, input),
                ),
                Err(why) => (Err(*why), std::ptr::null()),
            };
            Entry {
                code,
                ctx,
                maps: maps.as_ptr(),
                maps_len: maps.len() as u64,
            }
        }));
    }

    /// Runs one program of the run array to its exit, switching code at tail calls and
    /// handing over to the interpreter where the native code bails. `entries` are this
    /// batch's ([`Jit::entries`], made from this `Jit`); `fell_back` is set to why the
    /// interpreter ran part of it, if it did. The trap is boxed so that the result comes
    /// back in two registers. The `Exec` must have just been restarted
    /// ([`Exec::restart`]: slot 0, R1 and R10 as [`codegen::entry_regs`] gives them), so the
    /// first entry is a fresh start without asking; after a tail call it is asked.
    #[inline]
    pub(crate) fn exec(
        batch: &mut Batch<'_, '_>,
        entries: &[Entry],
        fell_back: &mut Option<JitFallback>,
    ) -> Result<u64, Box<TrapKind>> {
        let mut restarted = true;
        loop {
            let exec = batch.exec();
            let e = match entries.get(exec.prog) {
                Some(e) => e,
                None => return interp_after(exec, fell_back, JitFallback::NotCompiled),
            };
            let fresh = std::mem::take(&mut restarted);
            let entry = match e.code {
                Ok((entry, fresh_only)) if !fresh_only || fresh || fresh_start(exec) => entry,
                Ok(_) => return interp_after(exec, fell_back, JitFallback::Resumed),
                Err(why) => return interp_after(exec, fell_back, why),
            };
            let (executed, pc) = (exec.executed, exec.pc as u64);
            // What changes per program run; the rest of the bridge is the batch's.
            let b = &mut batch.bridge;
            (b.executed, b.pc, b.stack_low) = (executed, pc, u64::from(STACK_SIZE));
            (b.ctx, b.maps, b.maps_len) = (e.ctx, e.maps, e.maps_len);
            // SAFETY: `entry` was generated for the `Bridge` layout (by the `Jit` the
            // entries were made from, which outlives the batch) and only touches `b`
            // (directly or through `bridge::step`), the eleven registers at `b.regs`, the
            // main stack at `b.stack` within its STACK_SIZE bytes (checked inline; the
            // stacks are never resized during a run), the table at `b.ctx` at the sites
            // it was compiled with (the cache's table for this program, not changed during
            // the batch) and `b.maps` below `b.maps_len`; no reference to the `Exec` is
            // live meanwhile (`exec` above ended before `b` was borrowed).
            let status = unsafe { entry(b) };
            let (executed, stack_low, new_pc) = (b.executed, b.stack_low as u32, b.pc as usize);
            let exec = batch.exec();
            exec.executed = executed;
            exec.stack_low = exec.stack_low.min(stack_low);
            // The usual end first, before the match's table of the rest.
            if status == ST_EXIT {
                return Ok(exec.regs[0]);
            }
            match status {
                ST_SWITCH => continue,
                ST_TRAP => {
                    let kind = batch.bridge.trap.take().unwrap_or_else(|| {
                        TrapKind::Unsupported("jit: a trap without a reason".into())
                    });
                    return Err(Box::new(kind));
                }
                ST_BAIL => {
                    exec.pc = new_pc;
                    return interp_after(exec, fell_back, JitFallback::Resumed);
                }
                _ => {
                    return Err(Box::new(TrapKind::Unsupported(format!(
                        "jit: status {status}"
                    ))))
                }
            }
        }
    }
}

/// One [`Exec`] for a batch of runs, reached only through the [`Bridge`] compiled code is
/// handed (made once for the batch: its registers, budget, stack and `Exec` do not change;
/// [`Jit::exec`] sets the rest per program run), so that the driver's use of the `Exec`
/// between native calls ([`Batch::exec`]) and the code's use through the bridge never
/// overlap.
pub(crate) struct Batch<'e, 'a> {
    bridge: Bridge<'a>,
    _exec: PhantomData<&'e mut Exec<'a>>,
}

impl<'e, 'a> Batch<'e, 'a> {
    pub(crate) fn new(exec: &'e mut Exec<'a>) -> Batch<'e, 'a> {
        let (stack, budget) = (bridge::main_stack(exec), exec.opts.budget);
        let exec_ptr = exec as *mut Exec<'a>;
        Batch {
            bridge: Bridge {
                // SAFETY: the address of a field of the live `exec` (no reference made).
                regs: unsafe { std::ptr::addr_of_mut!((*exec_ptr).regs) }.cast(),
                executed: 0,
                budget,
                pc: 0,
                stack,
                stack_low: u64::from(STACK_SIZE),
                ctx: std::ptr::null(),
                maps: std::ptr::null(),
                maps_len: 0,
                fast_sockets: if exec.record {
                    0
                } else {
                    exec.world.sockets.len() as u64
                },
                exec: exec_ptr,
                trap: None,
            },
            _exec: PhantomData,
        }
    }

    /// The batch's `Exec`, between native calls.
    #[inline(always)]
    pub(crate) fn exec(&mut self) -> &mut Exec<'a> {
        // SAFETY: `bridge.exec` is the `&'e mut Exec` the batch was made from, reached
        // only through this pointer while the batch lives; the reference borrows `self`, so
        // it ends before the next native call (which takes `self.bridge`).
        unsafe { &mut *self.bridge.exec }
    }
}

/// Whether `exec` is where [`codegen::Shape::fresh_only`] code starts: slot 0, R1 and R10
/// as the code's constants.
#[inline]
fn fresh_start(exec: &Exec<'_>) -> bool {
    let (ctx, top) = codegen::entry_regs();
    exec.pc == 0 && exec.regs[1] == ctx && exec.regs[10] == top
}

/// The rest of the run on the interpreter, for the reason `why`.
#[cold]
fn interp_after(
    exec: &mut Exec<'_>,
    fell_back: &mut Option<JitFallback>,
    why: JitFallback,
) -> Result<u64, Box<TrapKind>> {
    *fell_back = Some(why);
    exec.run().map_err(Box::new)
}

/// Compiles one program, or says why it runs on the interpreter.
pub fn compile(program: &Program) -> Result<Native, JitFallback> {
    if !program.verified {
        return Err(JitFallback::NotVerified);
    }
    if crate::interp::loads_functions(program) {
        return Err(JitFallback::Callbacks);
    }
    let shape = codegen::shape(program).map_err(|_| JitFallback::Compile)?;
    // Cranelift asserts its own invariants with panics; one would be a bug here, and the
    // program still runs (on the interpreter).
    std::panic::catch_unwind(|| native(program, &shape))
        .map_err(|_| JitFallback::Compile)?
        .map_err(|_| JitFallback::Compile)
}

fn native(program: &Program, shape: &codegen::Shape) -> Result<Native, String> {
    let mut flags = settings::builder();
    flags.set("opt_level", "speed").map_err(|e| e.to_string())?;
    let isa = cranelift_native::builder()?
        .finish(settings::Flags::new(flags))
        .map_err(|e| e.to_string())?;
    let mut module = JITModule::new(JITBuilder::with_isa(isa, default_libcall_names()));
    let mut ctx = module.make_context();
    ctx.func.signature.params.push(AbiParam::new(I64));
    ctx.func.signature.returns.push(AbiParam::new(I64));
    ctx.func.name = UserFuncName::user(0, 0);
    let id = module
        .declare_function("prog", Linkage::Export, &ctx.func.signature)
        .map_err(|e| e.to_string())?;
    let mut fctx = FunctionBuilderContext::new();
    let b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
    let ctx_sites = codegen::Tr::new(b, program, shape).emit();
    let fresh_only = shape.fresh_only;
    // `SKVM_JIT_DISASM=1`: each compiled function's machine code on stderr (for profiling).
    let dump = std::env::var_os("SKVM_JIT_DISASM").is_some();
    ctx.set_disasm(dump);
    module
        .define_function(id, &mut ctx)
        .map_err(|e| format!("{e:?}"))?;
    if dump {
        if let Some(c) = ctx.compiled_code() {
            eprintln!("{}", c.vcode.clone().unwrap_or_default());
        }
    }
    module.finalize_definitions().map_err(|e| e.to_string())?;
    let code = module.get_finalized_function(id);
    // SAFETY: `code` is the finalized function just defined with the signature `NativeFn`
    // describes (one pointer in, one i64 out, the host's default calling convention).
    let entry = unsafe { std::mem::transmute::<*const u8, NativeFn>(code) };
    Ok(Native {
        module: ManuallyDrop::new(module),
        entry,
        ctx_sites,
        fresh_only,
    })
}

/// Compiles `attached` (and the world's tail-call programs) and runs them once.
pub fn run(
    attached: &[Program],
    tuple: &Tuple,
    world: &mut World,
    opts: &RunOptions,
) -> Result<Outcome, Box<Trap>> {
    Jit::compile(attached, world).run(attached, tuple, world, opts)
}
