//! The reference interpreter: one program over its pre-decoded slots, with the kernel's
//! runtime semantics (the verifier's and JITs' rewrites included: `x / 0 = 0`, `x % 0 = x`,
//! `INT_MIN / -1 = INT_MIN`, shift counts masked to the width, 32-bit results
//! zero-extended), BPF-to-BPF calls with their own frames and stacks, tail calls, checked
//! memory ([`crate::memory`]), an instruction budget and an optional trace.
//!
//! Mirrors kernel/bpf/core.c `___bpf_prog_run` and the verifier's `do_misc_fixups`
//! (division and modulo by zero, signed division by -1).

use isa::{AluOp, AtomicOp, CallKind, EndianKind, Insn, JmpCond, LdImmKind, Operand, Size, Width};
use skctx::{ctx_load_value, ctx_load_value_sx, sock_load_value_on, KernelProfile, LookupInput};

use crate::helpers::{self, HelperResult};
use crate::maps::{Found, Store};
use crate::memory::{read_le, write_le, Addr, Kind};
use crate::ops::{CtxMemo, Op, Src};
use crate::outcome::{HelperCall, Output, TrapKind};
use crate::program::{Program, Slot};
use crate::world::World;

mod callback;
pub(crate) use callback::loads_functions;

/// The kernel's limits, from skctx (`STACK_SIZE` is `MAX_BPF_STACK`, bytes per frame).
pub use skctx::limits::{MAX_BPF_STACK as STACK_SIZE, MAX_CALL_FRAMES, MAX_TAIL_CALL_CNT};
/// What a `may_goto` counter starts with: `BPF_MAX_LOOPS` (kernel/bpf/verifier.c).
pub const MAY_GOTO_START: u64 = skctx::limits::BPF_MAX_LOOPS as u64;

/// How programs run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunOptions {
    /// The kernel whose context layout and `bpf_sk_assign` checks apply.
    pub profile: KernelProfile,
    /// Most instructions one program may execute before it traps.
    pub budget: u64,
    /// Record one line per executed instruction.
    pub trace: bool,
    /// Run as `BPF_PROG_TEST_RUN` does (`ingress_ifindex` 0, no connected-socket match
    /// before the programs) rather than as a packet's lookup.
    pub test_run: bool,
    /// `ctx->ingress_ifindex` of a lookup (1 = loopback).
    pub ingress_ifindex: u32,
}

impl RunOptions {
    pub fn new(profile: KernelProfile) -> RunOptions {
        RunOptions {
            profile,
            budget: 1_000_000,
            trace: false,
            test_run: false,
            ingress_ifindex: 1,
        }
    }
}

/// A socket (world id) and the map name and key a program's lookup found it under.
pub type Origin = (usize, String, Vec<u8>);

/// The lookup's state every program of a run shares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lookup {
    pub input: LookupInput,
    /// The selected socket (world id) and `no_reuseport`.
    pub selected: Option<usize>,
    pub no_reuseport: bool,
    /// Where each socket pointer last came from.
    pub origin: Vec<Origin>,
    /// Set when the running program's `bpf_sk_assign` succeeded.
    pub assigned: bool,
}

/// What the run collects for the report.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Log {
    pub helper_calls: Vec<HelperCall>,
    pub output: Vec<Output>,
    pub trace: Vec<String>,
}

struct Frame {
    prog: usize,
    ret_pc: usize,
    callee_saved: [u64; 4],
    /// A helper called this frame's function ([`Exec::call_callback`]): its `exit` ends the
    /// nested [`Exec::run`], handing R0 to the helper (`ret_pc` is unused).
    callback: bool,
}

/// One program's execution.
pub struct Exec<'a> {
    pub(crate) programs: &'a [Program],
    /// Each program's slots as [`Op`]s (a program without them runs slot by slot).
    ops: &'a [Vec<Op>],
    /// Map ids of each program's map references, by slot.
    pub(crate) map_ids: &'a [Vec<(usize, usize)>],
    pub(crate) world: &'a mut World,
    pub(crate) opts: &'a RunOptions,
    pub(crate) lookup: &'a mut Lookup,
    pub(crate) log: &'a mut Log,
    /// Index of the program in the run array (for reports).
    pub(crate) run_index: usize,
    pub(crate) regs: [u64; 11],
    /// Whether helper calls and where socket pointers came from are recorded (for the full
    /// [`crate::Outcome`]; a brief run records nothing).
    pub(crate) record: bool,
    /// One stack per call frame, owned by the caller so runs reuse them.
    pub(crate) stacks: &'a mut [Vec<u8>],
    frames: Vec<Frame>,
    pub(crate) prog: usize,
    pub(crate) pc: usize,
    pub(crate) tail_calls: u32,
    /// Where the world's tail-call targets start in `programs`.
    pub(crate) tail_base: usize,
    /// Ring buffer records reserved and not yet submitted or discarded: (cell, map).
    pub(crate) reserved: Vec<(usize, usize)>,
    /// The `struct bpf_spin_lock` held between `bpf_spin_lock` and `bpf_spin_unlock`: its
    /// address, and the program and slot of the call that took it.
    pub(crate) spin_lock: Option<(u64, usize, usize)>,
    may_goto: u64,
    pub executed: u64,
    /// Context values kept across runs of the same lookup input (see [`CtxMemo`]).
    pub(crate) ctx_memo: Option<&'a mut CtxMemo>,
    /// The lowest offset of the main frame's stack written so far ([`STACK_SIZE`]: none):
    /// the caller zeroes from there before the next run instead of all of it.
    pub(crate) stack_low: u32,
    /// What `bpf_sk_assign` asks of `opts.profile`, asked once per execution rather than
    /// per call (each question notes itself in skctx's recordings).
    pub(crate) assign_rules: skctx::AssignRules,
    /// Whether the interpreter ran since the last [`Exec::restart`] (itself, a bridge call
    /// or a checked helper of compiled code): only then can the registers other than R0,
    /// the frames, the reserved records and the loop counters differ from a fresh start
    /// (compiled code writes R0 alone when it returns without the interpreter, and its
    /// fast helpers change only the lookup).
    pub(crate) touched: bool,
    /// Per socket, `bpf_sk_assign`'s outcome with no flags and no selection yet, once asked
    /// (the lookup's family and protocol and `assign_rules` do not change during an
    /// execution).
    pub(crate) assign_memo: Vec<Option<skctx::AssignOutcome<usize>>>,
}

/// What an instruction does to control flow.
pub(crate) enum Flow {
    Next,
    /// Relative jump from the next slot.
    Jump(i64),
    /// Absolute slot in the current program.
    Goto(usize),
    Exit(u64),
}

pub(crate) type Step = Result<Flow, TrapKind>;

impl<'a> Exec<'a> {
    /// Program `prog` (run array index `run_index`) ready to start. `stacks` holds
    /// [`MAX_CALL_FRAMES`] stacks of [`STACK_SIZE`] bytes ([`new_stacks`]), the first one
    /// zeroed by the caller ([`zero_stack_from`] what the last run wrote, [`Exec::stack_low`];
    /// or by [`Exec::restart`], which starts every further run).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        (programs, ops): (&'a [Program], &'a [Vec<Op>]),
        map_ids: &'a [Vec<(usize, usize)>],
        world: &'a mut World,
        opts: &'a RunOptions,
        lookup: &'a mut Lookup,
        log: &'a mut Log,
        stacks: &'a mut [Vec<u8>],
        (prog, run_index): (usize, usize),
    ) -> Exec<'a> {
        let regs = initial_regs();
        Exec {
            programs,
            ops,
            map_ids,
            world,
            opts,
            lookup,
            log,
            run_index,
            regs,
            record: true,
            stacks,
            frames: Vec::new(),
            prog,
            pc: 0,
            tail_calls: 0,
            tail_base: programs.len(),
            reserved: Vec::new(),
            spin_lock: None,
            may_goto: MAY_GOTO_START,
            executed: 0,
            ctx_memo: None,
            stack_low: STACK_SIZE,
            assign_rules: skctx::AssignRules::of(opts.profile),
            touched: false,
            assign_memo: Vec::new(),
        }
    }

    /// Ready to run program `prog` (run array index `prog`) from its start again, as
    /// [`Exec::new`] left it, with the lookup's selection `selected` and `no_reuseport` the
    /// run array kept: the main stack zeroed below what the last run wrote.
    #[inline(always)]
    pub(crate) fn restart(&mut self, prog: usize, selected: Option<usize>, no_reuseport: bool) {
        zero_stack_from(self.stacks, self.stack_low);
        self.stack_low = STACK_SIZE;
        self.regs[0] = 0;
        if std::mem::take(&mut self.touched) {
            self.regs = initial_regs();
            self.frames.clear();
            self.reserved.clear();
            self.spin_lock = None;
            (self.tail_calls, self.may_goto) = (0, MAY_GOTO_START);
        }
        (self.prog, self.run_index, self.pc) = (prog, prog, 0);
        self.executed = 0;
        self.lookup.selected = selected;
        self.lookup.no_reuseport = no_reuseport;
        // Only a recording run notes where socket pointers came from.
        if self.record {
            self.lookup.origin.clear();
        }
        self.lookup.assigned = false;
    }

    /// `Ok` unless the program exits holding a `bpf_spin_lock` (which the kernel's verifier
    /// refuses: the lock would stay taken); the trap is placed at the call that took it (the
    /// same slot whichever engine ran the exit).
    #[inline]
    pub(crate) fn lock_released(&mut self) -> Result<(), Box<TrapKind>> {
        let Some((lock, prog, pc)) = self.spin_lock else {
            return Ok(());
        };
        (self.prog, self.pc) = (prog, pc);
        Err(Box::new(TrapKind::HelperArg {
            helper: "bpf_spin_lock".into(),
            why: format!("the program exits holding the lock at {lock:#x} this call took (the kernel refuses it: BPF_EXIT instruction in main prog cannot be used inside bpf_spin_lock-ed region)"),
        }))
    }

    /// Runs to the main program's `exit` (or, under a helper, to the `exit` of the callback's
    /// frame: [`Exec::call_callback`]); R0 is the result. Over the programs' [`Op`]s
    /// unless a trace is recorded (then every slot goes through [`Exec::slot`]).
    pub fn run(&mut self) -> Result<u64, TrapKind> {
        self.touched = true;
        let (all, budget) = (self.ops, self.opts.budget);
        let trace = self.opts.trace;
        loop {
            // The current program's ops, looked up again only when a call, exit or tail
            // call moved to another program.
            let prog = self.prog;
            let ops = match all.get(prog) {
                Some(ops) if !trace => ops.as_slice(),
                _ => &[],
            };
            // The slot and the count live in locals while register-only ops run, and are
            // written back before any op that reads or moves them (or traps).
            let (mut pc, mut executed) = (self.pc, self.executed);
            loop {
                if executed >= budget {
                    (self.pc, self.executed) = (pc, executed);
                    return Err(TrapKind::Budget(budget));
                }
                executed += 1;
                // By reference: each op's arm reads only its own fields.
                let op = ops.get(pc).unwrap_or(&Op::Slot);
                if let Some(next) = register_op(&mut self.regs, op, pc) {
                    pc = next;
                    continue;
                }
                if self.quick_op(op, pc) {
                    pc += 1;
                    continue;
                }
                (self.pc, self.executed) = (pc, executed);
                if let Some(r0) = self.op(*op)? {
                    return Ok(r0);
                }
                if self.prog != prog {
                    break;
                }
                (pc, executed) = (self.pc, self.executed);
            }
        }
    }

    /// One op that is not a [`register_op`] (the instruction budget already charged);
    /// `Some(R0)` when the main program exited.
    #[inline(always)]
    fn op(&mut self, op: Op) -> Result<Option<u64>, TrapKind> {
        match op {
            Op::Load {
                size,
                sx,
                dst,
                src,
                off,
            } => {
                let addr = self.regs[src as usize].wrapping_add(off as i64 as u64);
                self.regs[dst as usize] = self.load(addr, size, sx)?;
                self.pc += 1;
            }
            Op::Store {
                size,
                dst,
                off,
                src,
            } => {
                let addr = self.regs[dst as usize].wrapping_add(off as i64 as u64);
                let v = self.src(src);
                self.store(addr, size, v)?;
                self.pc += 1;
            }
            Op::Helper(h) => {
                let r = helpers::call_resolved(self, h).map_err(|e| *e)?;
                let flow = self.helper_returned(r);
                return self.go(flow, 1);
            }
            Op::Exit => {
                let flow = self.exit();
                return self.go(flow, 1);
            }
            _ => return self.slot(),
        }
        Ok(None)
    }

    /// The common case of a load, store or helper call at slot `pc` (`op`), done without
    /// the general path's bookkeeping (it reads neither the slot nor the count): true when
    /// done; false, with no effect, for the general path ([`Exec::op`]) to run it.
    #[inline(always)]
    fn quick_op(&mut self, op: &Op, pc: usize) -> bool {
        match *op {
            Op::Load {
                size,
                sx,
                dst,
                src,
                off,
            } => {
                let addr = self.regs[src as usize].wrapping_add(off as i64 as u64);
                match self.quick_load(pc, addr, size, sx) {
                    Some(v) => self.regs[dst as usize] = v,
                    None => return false,
                }
            }
            Op::Store {
                size,
                dst,
                off,
                src,
            } => {
                let addr = self.regs[dst as usize].wrapping_add(off as i64 as u64);
                let v = self.src(src);
                return self.quick_store(addr, size, v);
            }
            Op::Helper(h) => match helpers::call_quick(self, h) {
                Some(r0) => self.regs[0] = r0,
                None => return false,
            },
            _ => return false,
        }
        true
    }

    /// A load at slot `pc` of the main stack, or of the context a run of the same input
    /// already read there ([`CtxMemo`]), without [`Exec::load`]'s call; `None` for anything
    /// else.
    #[inline(always)]
    fn quick_load(&self, pc: usize, addr: u64, size: u32, sx: bool) -> Option<u64> {
        if let Some(bytes) = main_stack_range(addr, size).and_then(|r| self.stacks.first()?.get(r))
        {
            let v = read_le(bytes);
            return Some(if sx {
                skctx::ctx::sign_extend(v, size)
            } else {
                v
            });
        }
        if addr >> 32 != CTX_BASE >> 32 {
            return None;
        }
        self.ctx_memo.as_ref()?.get(self.prog, pc, addr as u32)
    }

    /// A store to the main stack without [`Exec::store`]'s call; false for anything else.
    #[inline(always)]
    fn quick_store(&mut self, addr: u64, size: u32, v: u64) -> bool {
        let Some(r) = main_stack_range(addr, size) else {
            return false;
        };
        let start = r.start as u32;
        match self.stacks.first_mut().and_then(|s| s.get_mut(r)) {
            Some(bytes) => {
                write_le(bytes, v);
                self.stack_low = self.stack_low.min(start);
                true
            }
            None => false,
        }
    }

    fn src(&self, src: Src) -> u64 {
        src_value(&self.regs, src)
    }

    /// The current slot through [`Exec::step`] (and the trace); `Some(R0)` when the main
    /// program exited.
    fn slot(&mut self) -> Result<Option<u64>, TrapKind> {
        let insn = match self.programs[self.prog].slots.get(self.pc) {
            Some(Slot::Insn(i)) => *i,
            Some(Slot::SecondHalf) => {
                return Err(TrapKind::BadInsn("the second half of an ld_imm64".into()))
            }
            Some(Slot::Invalid(e)) => return Err(TrapKind::BadInsn(e.clone())),
            None => return Err(TrapKind::PcOutOfRange(self.pc as i64)),
        };
        let before = self.opts.trace.then_some(self.regs);
        let flow = self.step(&insn)?;
        if let Some(before) = before {
            self.trace_line(&insn, &before);
        }
        self.go(flow, insn.slots())
    }

    /// Goes on after an instruction of `slots` slots ended with `flow`; `Some(R0)` when the
    /// main program exited.
    fn go(&mut self, flow: Flow, slots: usize) -> Result<Option<u64>, TrapKind> {
        match flow {
            Flow::Next => self.pc += slots,
            Flow::Jump(off) => self.jump(off)?,
            Flow::Goto(pc) => self.pc = pc,
            Flow::Exit(r0) => return Ok(Some(r0)),
        }
        Ok(None)
    }

    /// The current instruction's text, for a trap.
    pub fn current_insn(&self) -> String {
        match self.programs[self.prog].slots.get(self.pc) {
            Some(Slot::Insn(i)) => i.to_string(),
            Some(Slot::SecondHalf) => "(second half of ld_imm64)".into(),
            Some(Slot::Invalid(_)) => "(invalid)".into(),
            None => "(outside the program)".into(),
        }
    }

    pub(crate) fn jump(&mut self, off: i64) -> Result<(), TrapKind> {
        let target = self.pc as i64 + 1 + off;
        if target < 0 || target as usize >= self.programs[self.prog].slots.len() {
            return Err(TrapKind::PcOutOfRange(target));
        }
        self.pc = target as usize;
        Ok(())
    }

    fn trace_line(&mut self, insn: &Insn, before: &[u64; 11]) {
        let program = &self.programs[self.prog];
        let mut line = format!("{}:{:>4}: {}", program.name, self.pc, insn);
        for (i, (b, a)) in before.iter().zip(self.regs.iter()).enumerate() {
            if b != a {
                line.push_str(&format!("  r{i}={a:#x}"));
            }
        }
        if let Some((_, written)) = program.hard_wired.iter().find(|(pc, _)| *pc == self.pc) {
            line.push_str(&format!("  (hard-wired by the verifier: `{written}`)"));
        }
        self.log.trace.push(line);
    }

    pub(crate) fn step(&mut self, insn: &Insn) -> Step {
        match *insn {
            Insn::Alu {
                op,
                width,
                dst,
                src,
            } => {
                let s = self.operand(src);
                let d = dst.index() as usize;
                self.regs[d] = alu(op, width, self.regs[d], s);
                Ok(Flow::Next)
            }
            Insn::Endian { kind, bits, dst } => {
                let d = dst.index() as usize;
                self.regs[d] = endian(kind, bits, self.regs[d]);
                Ok(Flow::Next)
            }
            Insn::Load {
                size,
                sign_extend,
                dst,
                src,
                off,
            } => {
                let addr = self.regs[src.index() as usize].wrapping_add(off as i64 as u64);
                self.regs[dst.index() as usize] = self.load(addr, size.bytes(), sign_extend)?;
                Ok(Flow::Next)
            }
            Insn::Store {
                size,
                dst,
                off,
                src,
            } => {
                let addr = self.regs[dst.index() as usize].wrapping_add(off as i64 as u64);
                let v = self.operand(src);
                self.store(addr, size.bytes(), v)?;
                Ok(Flow::Next)
            }
            Insn::Atomic {
                op,
                fetch,
                size,
                dst,
                src,
                off,
            } => {
                let (dst, src) = (dst.index() as usize, src.index() as usize);
                if op == AtomicOp::LoadAcquire {
                    // `dst = load_acquire(src + off)`: a plain load here.
                    let addr = self.regs[src].wrapping_add(off as i64 as u64);
                    self.regs[dst] = self.load(addr, size.bytes(), false)?;
                    return Ok(Flow::Next);
                }
                let addr = self.regs[dst].wrapping_add(off as i64 as u64);
                self.atomic(op, fetch, size, addr, src)?;
                Ok(Flow::Next)
            }
            Insn::LdImm64 {
                dst,
                kind,
                imm,
                imm_hi,
            } => {
                self.regs[dst.index() as usize] = self.ld_imm64(kind, imm, imm_hi)?;
                Ok(Flow::Next)
            }
            Insn::Ja { off, .. } => Ok(Flow::Jump(off as i64)),
            Insn::JmpIf {
                cond,
                width,
                dst,
                src,
                off,
            } => {
                let a = self.regs[dst.index() as usize];
                let b = self.operand(src);
                Ok(if compare(cond, width, a, b) {
                    Flow::Jump(off as i64)
                } else {
                    Flow::Next
                })
            }
            Insn::MayGoto { off } => {
                if self.may_goto == 0 {
                    return Ok(Flow::Jump(off as i64));
                }
                self.may_goto -= 1;
                Ok(Flow::Next)
            }
            Insn::Call(kind) => self.call(kind),
            Insn::Exit => Ok(self.exit()),
            Insn::LegacyLoad { .. } => Err(TrapKind::Unsupported(
                "BPF_LD_ABS/BPF_LD_IND (packet loads) in an SK_LOOKUP program".into(),
            )),
            Insn::AddrSpaceCast { .. } => {
                Err(TrapKind::Unsupported("address space casts (arena)".into()))
            }
        }
    }

    fn operand(&self, op: Operand) -> u64 {
        match op {
            Operand::Reg(r) => self.regs[r.index() as usize],
            Operand::Imm(i) => i as i64 as u64,
        }
    }

    fn call(&mut self, kind: CallKind) -> Step {
        match kind {
            CallKind::Helper(id) => {
                let r = helpers::call(self, id).map_err(|e| *e)?;
                Ok(self.helper_returned(r))
            }
            CallKind::Local(off) => {
                self.push_frame(self.pc + 1, false)?;
                Ok(Flow::Jump(off as i64))
            }
            CallKind::Kfunc { btf_id, .. } => {
                self.regs[0] = crate::kfuncs::call(self, btf_id)?;
                Ok(Flow::Next)
            }
        }
    }

    /// Enters a new frame (R6–R9 kept for its `exit`, a zeroed stack, R10 at its top) that
    /// returns to slot `ret_pc`; its depth.
    fn push_frame(&mut self, ret_pc: usize, callback: bool) -> Result<usize, TrapKind> {
        if self.frames.len() + 1 >= MAX_CALL_FRAMES {
            return Err(TrapKind::CallDepth);
        }
        let mut callee_saved = [0u64; 4];
        callee_saved.copy_from_slice(&self.regs[6..10]);
        self.frames.push(Frame {
            prog: self.prog,
            ret_pc,
            callee_saved,
            callback,
        });
        let depth = self.frames.len();
        if let Some(s) = self.stacks.get_mut(depth) {
            s.fill(0);
        }
        self.regs[10] = stack_top(depth);
        Ok(depth)
    }

    /// What a helper's result does to the registers and control flow.
    pub(crate) fn helper_returned(&mut self, r: HelperResult) -> Flow {
        match r {
            HelperResult::Ret(v) => {
                self.regs[0] = v;
                Flow::Next
            }
            HelperResult::Continue => Flow::Next,
            HelperResult::TailCall(prog) => {
                self.prog = prog;
                self.regs[10] = stack_top(self.frames.len());
                Flow::Goto(0)
            }
        }
    }

    fn exit(&mut self) -> Flow {
        match self.frames.pop() {
            None => Flow::Exit(self.regs[0]),
            Some(f) => {
                self.prog = f.prog;
                self.regs[6..10].copy_from_slice(&f.callee_saved);
                self.regs[10] = stack_top(self.frames.len());
                if f.callback {
                    // Back to the helper: the nested [`Exec::run`] ends here.
                    return Flow::Exit(self.regs[0]);
                }
                Flow::Goto(f.ret_pc)
            }
        }
    }

    /// `ld_imm64`: a constant, or the map its relocation names (the loader turns those into
    /// map references whatever the source register said, as libbpf does).
    fn ld_imm64(&mut self, kind: LdImmKind, imm: i32, imm_hi: i32) -> Result<u64, TrapKind> {
        match (kind, self.map_here()) {
            (LdImmKind::Imm | LdImmKind::MapFd, Some(map)) => {
                Ok(Addr::new(Kind::Map, map, 0).to_u64())
            }
            (LdImmKind::Imm, None) => Ok(Insn::imm64(imm, imm_hi)),
            (LdImmKind::MapValue, Some(map)) => match &self.world.maps[map].store {
                Store::Array(cells) if !cells.is_empty() => {
                    Ok(Addr::new(Kind::Value, cells[0], imm_hi as u32).to_u64())
                }
                _ => Err(TrapKind::Unsupported(
                    "direct value access to a map that is not an array".into(),
                )),
            },
            (LdImmKind::Func, _) => self.func_addr(imm),
            (LdImmKind::MapFd | LdImmKind::MapValue, None) => Err(TrapKind::MissingMap(format!(
                "(no map relocation at slot {})",
                self.pc
            ))),
            (other, _) => Err(TrapKind::Unsupported(format!("ld_imm64 of kind {other:?}"))),
        }
    }

    /// The world map the current `ld_imm64` refers to.
    fn map_here(&self) -> Option<usize> {
        self.map_ids[self.prog]
            .iter()
            .find(|(slot, _)| *slot == self.pc)
            .map(|(_, id)| *id)
    }

    /// The map a helper argument points at.
    #[inline]
    pub(crate) fn map_arg(&self, v: u64) -> Option<usize> {
        Addr::decode(v)
            .filter(|a| a.kind == Kind::Map && a.offset == 0 && a.index < self.world.maps.len())
            .map(|a| a.index)
    }

    /// Reads `size` bytes a helper argument points at (stack or map value).
    pub(crate) fn read_bytes(&self, addr: u64, size: u32) -> Result<Vec<u8>, TrapKind> {
        self.bytes(addr, size).map(<[u8]>::to_vec)
    }

    /// `f` on the `size` bytes a helper argument points at (stack or map value) and the
    /// world: borrowed in place on the main stack, else a copy (a map value lives in the
    /// world `f` may change).
    #[inline]
    pub(crate) fn with_bytes<R>(
        &mut self,
        addr: u64,
        size: u32,
        f: impl FnOnce(&[u8], &mut World) -> R,
    ) -> Result<R, TrapKind> {
        if let Some(bytes) = main_stack_range(addr, size).and_then(|r| self.stacks.first()?.get(r))
        {
            return Ok(f(bytes, self.world));
        }
        let copy = self.read_bytes(addr, size)?;
        Ok(f(&copy, self.world))
    }

    /// `f` on the `size` bytes at `addr` and the world, when they lie in the main stack.
    #[inline]
    pub(crate) fn with_main_stack<R>(
        &mut self,
        addr: u64,
        size: u32,
        f: impl FnOnce(&[u8], &mut World) -> R,
    ) -> Option<R> {
        let bytes = self.stacks.first()?.get(main_stack_range(addr, size)?)?;
        Some(f(bytes, self.world))
    }

    /// The `size` bytes a helper argument points at (stack or map value), borrowed.
    pub(crate) fn bytes(&self, addr: u64, size: u32) -> Result<&[u8], TrapKind> {
        if let Some(bytes) = main_stack_range(addr, size).and_then(|r| self.stacks.first()?.get(r))
        {
            return Ok(bytes);
        }
        let (region, a) = self.region(addr, size, false)?;
        Ok(&region[a.offset as usize..(a.offset + size) as usize])
    }

    fn region(&self, addr: u64, size: u32, write: bool) -> Result<(&[u8], Addr), TrapKind> {
        let bad = |why: &str| TrapKind::BadAccess {
            write,
            addr,
            size,
            why: why.to_string(),
        };
        let a = Addr::decode(addr).ok_or_else(|| bad("not a pointer the program was given"))?;
        let region: &[u8] = match a.kind {
            Kind::Stack if a.index <= self.frames.len() => self
                .stacks
                .get(a.index)
                .ok_or_else(|| bad("no such stack"))?,
            Kind::Stack => return Err(bad("the stack of a frame that returned")),
            Kind::Value => self
                .world
                .cell(a.index)
                .ok_or_else(|| bad("no such map value"))?,
            _ => {
                return Err(bad(&format!(
                    "{} memory is not plain memory",
                    a.kind.name()
                )))
            }
        };
        if !a.fits(size, region.len()) {
            return Err(bad(&format!(
                "outside the {} ({} bytes)",
                a.kind.name(),
                region.len()
            )));
        }
        Ok((region, a))
    }

    pub(crate) fn region_mut(&mut self, addr: u64, size: u32) -> Result<&mut [u8], TrapKind> {
        let a = self.region(addr, size, true)?.1;
        if a.kind == Kind::Value && !self.world.writable(a.index) {
            return Err(TrapKind::BadAccess {
                write: true,
                addr,
                size,
                why: "a read-only map's value (BPF_F_RDONLY_PROG)".into(),
            });
        }
        if a.kind == Kind::Stack && a.index == 0 {
            self.stack_low = self.stack_low.min(a.offset);
        }
        let (start, end) = (a.offset as usize, (a.offset + size) as usize);
        let region = match a.kind {
            Kind::Stack => self.stacks.get_mut(a.index),
            _ => self.world.cell_mut(a.index),
        };
        region
            .and_then(|r| r.get_mut(start..end))
            .ok_or(TrapKind::BadAccess {
                write: true,
                addr,
                size,
                why: "no such region".into(),
            })
    }

    /// A load of `size` bytes (sign-extended for `BPF_MEMSX`): the context and sockets as
    /// the kernel's rewritten loads read them, plain memory as bytes.
    #[inline(never)]
    pub(crate) fn load(&mut self, addr: u64, size: u32, sx: bool) -> Result<u64, TrapKind> {
        if let Some(bytes) = main_stack_range(addr, size).and_then(|r| self.stacks.first()?.get(r))
        {
            let v = read_le(bytes);
            return Ok(if sx {
                skctx::ctx::sign_extend(v, size)
            } else {
                v
            });
        }
        let bad = |why: String| TrapKind::BadAccess {
            write: false,
            addr,
            size,
            why,
        };
        match Addr::decode(addr) {
            Some(a) if a.kind == Kind::Ctx => {
                let (prog, pc) = (self.prog, self.pc);
                if let Some(v) = self
                    .ctx_memo
                    .as_ref()
                    .and_then(|m| m.get(prog, pc, a.offset))
                {
                    return Ok(v);
                }
                let input = self.ctx_input();
                let off = a.offset as i32 as i64;
                let v = if sx {
                    ctx_load_value_sx(self.opts.profile, &input, off, size)
                } else {
                    ctx_load_value(self.opts.profile, &input, off, size)
                };
                let v = v.map_err(|e| bad(format!("context: {}", e.kernel_message())))?;
                if let Some(memo) = self.ctx_memo.as_mut() {
                    let site = crate::jit::ctx::CtxSite { off, size, sx };
                    if crate::jit::ctx::lasting_value(self.opts.profile, &input, &site).is_some() {
                        memo.put(prog, pc, a.offset, v);
                    }
                }
                Ok(v)
            }
            Some(a) if a.kind == Kind::Socket => {
                let s = self
                    .world
                    .sockets
                    .get(a.index)
                    .ok_or_else(|| bad("no such socket".into()))?;
                sock_load_value_on(self.opts.profile, &s.view, a.offset as i32 as i64, size, sx)
                    .map_err(|e| bad(format!("struct bpf_sock: {}", e.kernel_message())))
            }
            _ => {
                let (region, a) = self.region(addr, size, false)?;
                let v = read_le(&region[a.offset as usize..(a.offset + size) as usize]);
                Ok(if sx {
                    skctx::ctx::sign_extend(v, size)
                } else {
                    v
                })
            }
        }
    }

    #[inline(never)]
    pub(crate) fn store(&mut self, addr: u64, size: u32, v: u64) -> Result<(), TrapKind> {
        if let Some(r) = main_stack_range(addr, size) {
            if let Some(bytes) = self.stacks.first_mut().and_then(|s| s.get_mut(r.clone())) {
                write_le(bytes, v);
                self.stack_low = self.stack_low.min(r.start as u32);
                return Ok(());
            }
        }
        write_le(self.region_mut(addr, size)?, v);
        Ok(())
    }

    /// The lookup's context with `sk` = the socket selected so far.
    pub(crate) fn ctx_input(&self) -> LookupInput {
        LookupInput {
            selected_sk: self
                .lookup
                .selected
                .map_or(0, |s| Addr::new(Kind::Socket, s, 0).to_u64()),
            ..self.lookup.input
        }
    }

    fn atomic(
        &mut self,
        op: AtomicOp,
        fetch: bool,
        size: Size,
        addr: u64,
        src: usize,
    ) -> Result<(), TrapKind> {
        let n = size.bytes();
        if op == AtomicOp::StoreRelease {
            return self.store(addr, n, self.regs[src]);
        }
        let mask = if n == 8 { u64::MAX } else { u32::MAX as u64 };
        let old = self.load(addr, n, false)?;
        let s = self.regs[src] & mask;
        let new = match op {
            AtomicOp::Add => old.wrapping_add(s),
            AtomicOp::Or => old | s,
            AtomicOp::And => old & s,
            AtomicOp::Xor => old ^ s,
            AtomicOp::Xchg => s,
            AtomicOp::CmpXchg if old == self.regs[0] & mask => s,
            _ => old,
        } & mask;
        self.store(addr, n, new)?;
        match op {
            AtomicOp::CmpXchg => self.regs[0] = old,
            _ if fetch || op == AtomicOp::Xchg => self.regs[src] = old,
            _ => {}
        }
        Ok(())
    }
}

/// The stacks of every call frame a run may use, zeroed.
pub(crate) fn new_stacks() -> Vec<Vec<u8>> {
    vec![vec![0; STACK_SIZE as usize]; MAX_CALL_FRAMES]
}

/// Zeroes the main frame's stack from offset `low` (a run's [`Exec::stack_low`]: below it
/// nothing was written since the stack was last zeroed), so every run starts on a zeroed
/// stack as the first did.
pub(crate) fn zero_stack_from(stacks: &mut [Vec<u8>], low: u32) {
    if low >= STACK_SIZE {
        return;
    }
    const TOP: usize = 64;
    let (Some(stack), low) = (stacks.first_mut(), low as usize) else {
        return;
    };
    match stack.len().checked_sub(TOP) {
        // A few stores of a fixed size (the top bytes, zero below `low` already) rather
        // than a call of `memset` for the few bytes most runs write.
        Some(top) if low >= top => stack[top..].copy_from_slice(&[0; TOP]),
        _ => {
            if let Some(dirty) = stack.get_mut(low..) {
                dirty.fill(0);
            }
        }
    }
}

/// The bytes of the main frame's stack `[addr, addr + size)` covers when it lies there (the
/// main stack is always live, so this is what [`Exec::region`] would give, without decoding).
fn main_stack_range(addr: u64, size: u32) -> Option<std::ops::Range<usize>> {
    let frame0 = Addr::new(Kind::Stack, 0, 0).to_u64();
    let off = addr as u32;
    (addr >> 32 == frame0 >> 32 && Addr::new(Kind::Stack, 0, off).fits(size, STACK_SIZE as usize))
        .then(|| off as usize..(off + size) as usize)
}

/// The context's address (what R1 holds at a program's start); its offset is the low 32
/// bits of an address into it.
const CTX_BASE: u64 = Addr::new(Kind::Ctx, 0, 0).to_u64();

/// The registers a program starts with: R1 the context, R10 the main frame's stack top.
fn initial_regs() -> [u64; 11] {
    let mut regs = [0u64; 11];
    regs[1] = Addr::new(Kind::Ctx, 0, 0).to_u64();
    regs[10] = stack_top(0);
    regs
}

fn stack_top(depth: usize) -> u64 {
    Addr::new(Kind::Stack, depth, STACK_SIZE).to_u64()
}

/// What an op's source operand reads.
#[inline(always)]
fn src_value(regs: &[u64; 11], src: Src) -> u64 {
    match src {
        Src::Reg(r) => regs[r as usize],
        Src::Imm(v) => v,
    }
}

/// An op at slot `pc` that only reads and writes registers (ALU, byte swaps, jumps,
/// constants), run on `regs`: the next slot; `None` for any other op.
#[inline(always)]
fn register_op(regs: &mut [u64; 11], op: &Op, pc: usize) -> Option<usize> {
    Some(match *op {
        Op::Mov { dst, src } => {
            regs[dst as usize] = src_value(regs, src);
            pc + 1
        }
        Op::Alu {
            op,
            width,
            dst,
            src: s,
        } => {
            let d = dst as usize;
            regs[d] = alu(op, width, regs[d], src_value(regs, s));
            pc + 1
        }
        Op::Endian { kind, bits, dst } => {
            let d = dst as usize;
            regs[d] = endian(kind, bits, regs[d]);
            pc + 1
        }
        Op::Jmp {
            cond,
            width,
            dst,
            src: s,
            target,
        } => {
            if compare(cond, width, regs[dst as usize], src_value(regs, s)) {
                target as usize
            } else {
                pc + 1
            }
        }
        Op::JeqImm { dst, imm, target } => {
            match compare(JmpCond::Eq, Width::W64, regs[dst as usize], imm) {
                true => target as usize,
                false => pc + 1,
            }
        }
        Op::JneImm { dst, imm, target } => {
            match compare(JmpCond::Ne, Width::W64, regs[dst as usize], imm) {
                true => target as usize,
                false => pc + 1,
            }
        }
        Op::Ja { target } => target as usize,
        Op::Const { dst, value } => {
            regs[dst as usize] = value;
            pc + 2
        }
        _ => return None,
    })
}

/// One ALU operation with the kernel's runtime semantics. `src` is the register value or the
/// sign-extended immediate.
#[inline]
pub fn alu(op: AluOp, width: Width, dst: u64, src: u64) -> u64 {
    match width {
        Width::W64 => alu64(op, dst, src),
        Width::W32 => alu32(op, dst as u32, src as u32) as u64,
    }
}

#[inline]
fn alu64(op: AluOp, d: u64, s: u64) -> u64 {
    let (sd, ss) = (d as i64, s as i64);
    match op {
        AluOp::Add => d.wrapping_add(s),
        AluOp::Sub => d.wrapping_sub(s),
        AluOp::Mul => d.wrapping_mul(s),
        AluOp::Div => d.checked_div(s).unwrap_or(0),
        AluOp::SDiv if ss == -1 => sd.wrapping_neg() as u64,
        AluOp::SDiv => sd.checked_div(ss).unwrap_or(0) as u64,
        AluOp::Mod => d.checked_rem(s).unwrap_or(d),
        AluOp::SMod if ss == -1 => 0,
        AluOp::SMod => sd.checked_rem(ss).unwrap_or(sd) as u64,
        AluOp::Or => d | s,
        AluOp::And => d & s,
        AluOp::Xor => d ^ s,
        AluOp::Lsh => d << (s & 63),
        AluOp::Rsh => d >> (s & 63),
        AluOp::Arsh => (sd >> (s & 63)) as u64,
        AluOp::Neg => d.wrapping_neg(),
        AluOp::Mov => s,
        AluOp::MovSx(size) => skctx::ctx::sign_extend(s, size.bytes()),
    }
}

#[inline]
fn alu32(op: AluOp, d: u32, s: u32) -> u32 {
    let (sd, ss) = (d as i32, s as i32);
    match op {
        AluOp::Add => d.wrapping_add(s),
        AluOp::Sub => d.wrapping_sub(s),
        AluOp::Mul => d.wrapping_mul(s),
        AluOp::Div => d.checked_div(s).unwrap_or(0),
        AluOp::SDiv if ss == -1 => sd.wrapping_neg() as u32,
        AluOp::SDiv => sd.checked_div(ss).unwrap_or(0) as u32,
        AluOp::Mod => d.checked_rem(s).unwrap_or(d),
        AluOp::SMod if ss == -1 => 0,
        AluOp::SMod => sd.checked_rem(ss).unwrap_or(sd) as u32,
        AluOp::Or => d | s,
        AluOp::And => d & s,
        AluOp::Xor => d ^ s,
        AluOp::Lsh => d << (s & 31),
        AluOp::Rsh => d >> (s & 31),
        AluOp::Arsh => (sd >> (s & 31)) as u32,
        AluOp::Neg => d.wrapping_neg(),
        AluOp::Mov => s,
        AluOp::MovSx(size) => skctx::ctx::sign_extend(s as u64, size.bytes()) as u32,
    }
}

/// `le16/32/64`, `be16/32/64` (on a little-endian machine) and `bswap16/32/64`.
#[inline]
pub fn endian(kind: EndianKind, bits: u16, v: u64) -> u64 {
    let swap = match kind {
        EndianKind::Le => cfg!(target_endian = "big"),
        EndianKind::Be => cfg!(target_endian = "little"),
        EndianKind::Swap => true,
    };
    match (bits, swap) {
        (16, false) => v & 0xffff,
        (16, true) => (v as u16).swap_bytes() as u64,
        (32, false) => v & 0xffff_ffff,
        (32, true) => (v as u32).swap_bytes() as u64,
        (_, false) => v,
        (_, true) => v.swap_bytes(),
    }
}

/// A conditional jump's condition.
#[inline]
pub fn compare(cond: JmpCond, width: Width, a: u64, b: u64) -> bool {
    let (a, b, sa, sb) = match width {
        Width::W64 => (a, b, a as i64, b as i64),
        Width::W32 => (
            a as u32 as u64,
            b as u32 as u64,
            a as i32 as i64,
            b as i32 as i64,
        ),
    };
    match cond {
        JmpCond::Eq => a == b,
        JmpCond::Ne => a != b,
        JmpCond::Gt => a > b,
        JmpCond::Ge => a >= b,
        JmpCond::Lt => a < b,
        JmpCond::Le => a <= b,
        JmpCond::Set => a & b != 0,
        JmpCond::SGt => sa > sb,
        JmpCond::SGe => sa >= sb,
        JmpCond::SLt => sa < sb,
        JmpCond::SLe => sa <= sb,
    }
}

/// The socket a lookup result names, for [`crate::helpers`].
pub(crate) fn found_to_reg(found: Option<Found>) -> u64 {
    match found {
        Some(Found::Cell(c)) => Addr::new(Kind::Value, c, 0).to_u64(),
        Some(Found::Socket(s)) => Addr::new(Kind::Socket, s, 0).to_u64(),
        Some(Found::Program(_)) | None => 0,
    }
}
