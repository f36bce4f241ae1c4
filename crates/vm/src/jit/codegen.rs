//! One program's slots as Cranelift IR: ALU (cpu v1–v4), byte swaps, jumps and constant
//! `ld_imm64`s computed natively with the interpreter's runtime semantics; loads and stores
//! natively when the address checks out inline (the main frame's stack within its 512
//! bytes; a context load at the unmodified context pointer whose value the run's
//! [`super::ctx::CtxTable`] holds), or with no check at all through a register
//! [`super::known`] holds the context or a fixed stack offset in (fresh-only code,
//! [`Shape::fresh_only`]); every other instruction, and any access failing those
//! checks, through [`bridge::step`] (which checks it as the interpreter does, and traps).
//! Helpers with a [`crate::helpers::FastHelper`] are called with R1–R3 as arguments and
//! R0 as the result (`bpf_sk_release`'s test is compiled inline); the checked helper call
//! follows in a cold block for when they defer. Registers live in Cranelift variables and
//! are spilled to the `Exec`'s registers ([`Bridge::regs`]) around each bridge call (around
//! a helper call only R0–R5, and only R0 reloaded; in fresh-only code only those
//! [`super::live`] there, and back only those live after it). Stores to the main stack lower [`Bridge::stack_low`], so the next run zeroes
//! what they wrote.
//!
//! Control flow: one Cranelift block per basic block of the program. Each block first
//! charges its instruction count to the budget; when the budget cannot pay for the whole
//! block, the code returns [`BAIL`] and the interpreter goes on from that slot, so a budget
//! trap happens at the interpreter's instruction (loop-free fresh-only code instead checks
//! its longest path once at entry, [`Shape::longest`], and only counts). A slot the bridge
//! returns (a call's
//! target, a return address, a `may_goto` target) goes through one `br_table` over the
//! program's block starts.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I16, I32, I64, I8};
use cranelift_codegen::ir::{
    AbiParam, AliasRegion, Block, BlockArg, InstBuilder, JumpTableData, MemFlags, SigRef, Type,
    Value,
};
use cranelift_frontend::{FunctionBuilder, Variable};
use isa::{AluOp, EndianKind, Insn, JmpCond, LdImmKind, Operand, Reg, Size, Width};

use super::bridge::{self, Bridge, EXIT, SWITCH, TRAP};
use super::ctx::CtxSite;
use super::known::{known_regs, Known};
use super::live::{self, Regs};
use crate::interp::STACK_SIZE;
use crate::memory::{Addr, Kind};
use crate::program::{Program, Slot};

/// What compiled code returns (the driver's side of [`bridge`]'s sentinels).
pub const ST_EXIT: i64 = 0;
pub const ST_TRAP: i64 = 1;
pub const ST_SWITCH: i64 = 2;
/// Go on with the interpreter at [`Bridge::pc`].
pub const ST_BAIL: i64 = 3;

const REGS: usize = 11;
/// R0–R5: the registers a helper call may read or write (R6–R9 are callee-saved and R10
/// the frame pointer, as in the kernel's calling convention).
const HELPER_REGS: Regs = 0b11_1111;
/// Every register.
const ALL_REGS: Regs = (1 << REGS) - 1;

/// Where each basic block starts, whether `exit` may return from a subprogram, and
/// whether the code only ever starts at slot 0 ([`Shape::fresh_only`]).
pub struct Shape {
    pub leaders: Vec<bool>,
    pub has_local_calls: bool,
    /// No BPF-to-BPF call and no `may_goto`: the bridge only ever returns the next slot
    /// or a sentinel, so the code needs no dispatch table and is entered only at slot 0
    /// with R1 the context and R10 the main frame's stack top (the driver checks;
    /// [`entry_regs`]). Those two registers are then constants of the code: a context or
    /// stack access through them (or a copy of them) has its address checked when the
    /// code is compiled, not at run time, and R10 never changes.
    pub fresh_only: bool,
    /// For fresh-only code without a jump backwards: the most instructions any path from
    /// slot 0 runs. The code then checks the budget once at entry (the interpreter runs
    /// the whole program when it might not pay, and traps where it would have) and only
    /// counts in each block.
    pub longest: Option<u64>,
}

/// R1 and R10 as a run of a [`Shape::fresh_only`] program starts (and as a tail call into
/// one leaves them): the context and the main frame's stack top.
pub fn entry_regs() -> (u64, u64) {
    (
        Addr::new(Kind::Ctx, 0, 0).to_u64(),
        Addr::new(Kind::Stack, 0, STACK_SIZE).to_u64(),
    )
}

/// Basic-block starts: slot 0, every jump or call target, the slot after any jump, call or
/// exit. Err when a jump leaves the program (the verifier never passes one).
pub fn shape(p: &Program) -> Result<Shape, String> {
    let n = p.slots.len();
    let mut leaders = vec![false; n];
    let mut has_local_calls = false;
    let mut may_goto = false;
    if n > 0 {
        leaders[0] = true;
    }
    for (pc, slot) in p.slots.iter().enumerate() {
        let Slot::Insn(insn) = slot else { continue };
        let target = match *insn {
            Insn::Ja { off, .. } => Some(off as i64),
            Insn::JmpIf { off, .. } => Some(off as i64),
            Insn::MayGoto { off } => {
                may_goto = true;
                Some(off as i64)
            }
            Insn::Call(isa::CallKind::Local(off)) => {
                has_local_calls = true;
                Some(off as i64)
            }
            Insn::Call(_) | Insn::Exit => None,
            _ => continue,
        };
        if let Some(off) = target {
            let t = pc as i64 + 1 + off;
            if t < 0 || t as usize >= n {
                return Err(format!("slot {pc} jumps to slot {t}, outside the program"));
            }
            leaders[t as usize] = true;
        }
        if pc + 1 < n {
            leaders[pc + 1] = true;
        }
    }
    let fresh_only = !has_local_calls && !may_goto;
    Ok(Shape {
        leaders,
        has_local_calls,
        fresh_only,
        longest: fresh_only.then(|| longest_path(p)).flatten(),
    })
}

/// The most instructions a run from slot 0 executes when no jump goes backwards (else
/// `None`), counting as the blocks charge the budget: one per instruction.
fn longest_path(p: &Program) -> Option<u64> {
    let n = p.slots.len();
    let mut longest = vec![0u64; n + 2];
    for pc in (0..n).rev() {
        let most_after = match &p.slots[pc] {
            Slot::Insn(insn) => {
                let next = pc + insn.slots();
                let rel = |off: i64| pc as i64 + 1 + off;
                let jump = match *insn {
                    Insn::Exit => None,
                    Insn::Ja { off, .. } => Some(rel(off as i64)),
                    Insn::JmpIf { off, .. } => Some(rel(off as i64)),
                    _ => None,
                };
                if jump.is_some_and(|t| t <= pc as i64) {
                    return None;
                }
                let fall = !matches!(insn, Insn::Exit | Insn::Ja { .. });
                let at = |t: usize| longest.get(t).copied().unwrap_or(0);
                let j = jump.map_or(0, |t| at(t as usize));
                j.max(if fall { at(next) } else { 0 })
            }
            _ => 0,
        };
        longest[pc] = 1 + most_after;
    }
    longest.first().copied()
}

/// The translator's state while it fills one function.
pub struct Tr<'p, 'b> {
    pub b: FunctionBuilder<'b>,
    program: &'p Program,
    shape: &'p Shape,
    regs: [Variable; REGS],
    executed: Variable,
    /// The `*mut Bridge` argument. The fields that do not change while the code runs (the
    /// registers' home, the budget, the main stack, the context and map tables) are
    /// loaded where they are used ([`Tr::fixed`]), not kept live across calls.
    bridge: Value,
    /// [`Bridge::stack_low`] while the code runs, stored back when it returns.
    stack_low: Variable,
    step_sig: SigRef,
    helper_sig: SigRef,
    fast_sig: SigRef,
    blocks: Vec<Option<Block>>,
    dispatch: Block,
    /// Blocks that bail to the interpreter, and the slot each bails at.
    bails: Vec<(Block, usize)>,
    /// The context loads compiled so far, in the order of their table entries.
    ctx_sites: Vec<CtxSite>,
    /// Per slot, the registers' pointers known at compile time ([`Shape::fresh_only`]
    /// code; else empty).
    known: Vec<Option<[Known; REGS]>>,
    /// Per slot, the registers live as it starts ([`Shape::fresh_only`] code; else empty:
    /// every register crosses every bridge call).
    live: Vec<Regs>,
}

fn off(field: usize) -> i32 {
    field as i32
}

fn regs_off(i: usize) -> i32 {
    off(8 * i)
}

/// An immediate of type `ty` holding the low bits of `v`.
fn konst(b: &mut FunctionBuilder<'_>, ty: Type, v: i64) -> Value {
    let v = if ty == I64 {
        v
    } else {
        v & ((1i64 << ty.bits()) - 1)
    };
    b.ins().iconst(ty, v)
}

fn flags() -> MemFlags {
    MemFlags::trusted()
}

/// The [`Bridge`]'s own fields: apart from the registers they point at, the stack and the
/// tables, so that a store to those does not make the code load a field again.
fn bridge_flags() -> MemFlags {
    MemFlags::trusted().with_alias_region(Some(AliasRegion::Vmctx))
}

/// A field of the [`Bridge`] that does not change while the code runs.
#[derive(Clone, Copy)]
enum Fixed {
    Regs,
    Budget,
    Stack,
    Ctx,
    Maps,
    MapsLen,
    FastSockets,
}

impl Fixed {
    fn offset(self) -> usize {
        match self {
            Fixed::Regs => std::mem::offset_of!(Bridge<'_>, regs),
            Fixed::Budget => std::mem::offset_of!(Bridge<'_>, budget),
            Fixed::Stack => std::mem::offset_of!(Bridge<'_>, stack),
            Fixed::Ctx => std::mem::offset_of!(Bridge<'_>, ctx),
            Fixed::Maps => std::mem::offset_of!(Bridge<'_>, maps),
            Fixed::MapsLen => std::mem::offset_of!(Bridge<'_>, maps_len),
            Fixed::FastSockets => std::mem::offset_of!(Bridge<'_>, fast_sockets),
        }
    }
}

impl<'p, 'b> Tr<'p, 'b> {
    /// Declares the variables and blocks and fills the entry block: load the registers and
    /// counters from the bridge and dispatch to the start slot.
    pub fn new(mut b: FunctionBuilder<'b>, program: &'p Program, shape: &'p Shape) -> Self {
        let ptr = I64;
        let mut sig = b.func.signature.clone();
        sig.params = vec![AbiParam::new(ptr), AbiParam::new(I64)];
        sig.returns = vec![AbiParam::new(I64)];
        let step_sig = b.import_signature(sig.clone());
        sig.params.push(AbiParam::new(ptr));
        let helper_sig = b.import_signature(sig.clone());
        sig.params.push(AbiParam::new(I64));
        let fast_sig = b.import_signature(sig);
        let regs = std::array::from_fn(|_| b.declare_var(I64));
        let executed = b.declare_var(I64);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let bridge = b.block_params(entry)[0];
        let dispatch = b.create_block();
        b.append_block_param(dispatch, I64);
        let blocks = shape
            .leaders
            .iter()
            .map(|&l| l.then(|| b.create_block()))
            .collect();
        let low = b.ins().load(
            I64,
            bridge_flags(),
            bridge,
            off(std::mem::offset_of!(Bridge<'_>, stack_low)),
        );
        let stack_low = b.declare_var(I64);
        b.def_var(stack_low, low);
        let mut tr = Tr {
            b,
            program,
            shape,
            regs,
            executed,
            bridge,
            stack_low,
            step_sig,
            helper_sig,
            fast_sig,
            blocks,
            dispatch,
            bails: Vec::new(),
            ctx_sites: Vec::new(),
            known: if shape.fresh_only {
                known_regs(program)
            } else {
                Vec::new()
            },
            live: if shape.fresh_only {
                live::live_in(program)
            } else {
                Vec::new()
            },
        };
        let e = tr.load_field(std::mem::offset_of!(Bridge<'_>, executed));
        tr.b.def_var(executed, e);
        if shape.fresh_only {
            tr.fresh_entry();
            return tr;
        }
        tr.reload(ALL_REGS);
        let start = tr.load_field(std::mem::offset_of!(Bridge<'_>, pc));
        // A run starts at slot 0: straight into its block, not through the dispatch.
        match tr.blocks.first().copied().flatten() {
            Some(first) => {
                let at_first = tr.b.ins().icmp_imm(IntCC::Equal, start, 0);
                let to_dispatch = [BlockArg::Value(start)];
                tr.b.ins()
                    .brif(at_first, first, &[], dispatch, &to_dispatch);
            }
            None => {
                tr.b.ins().jump(dispatch, &[BlockArg::Value(start)]);
            }
        }
        tr
    }

    /// The entry of [`Shape::fresh_only`] code: R1 and R10 as [`entry_regs`] gives them
    /// (constants), the others zero (the verifier lets no program read them before it
    /// writes them), and straight into slot 0.
    fn fresh_entry(&mut self) {
        let (ctx, top) = entry_regs();
        for (i, r) in self.regs.into_iter().enumerate() {
            let v = match i {
                1 => ctx as i64,
                10 => top as i64,
                _ => 0,
            };
            let v = self.b.ins().iconst(I64, v);
            self.b.def_var(r, v);
        }
        match self.blocks.first().copied().flatten() {
            Some(first) => match self.shape.longest {
                Some(most) => {
                    let e = self.b.use_var(self.executed);
                    let end = self.b.ins().iadd_imm(e, most as i64);
                    let budget = self.fixed(Fixed::Budget);
                    let over = self.b.ins().icmp(IntCC::UnsignedGreaterThan, end, budget);
                    let bail = self.bail_block(0);
                    self.b.ins().brif(over, bail, &[], first, &[])
                }
                None => self.b.ins().jump(first, &[]),
            },
            None => {
                let zero = self.b.ins().iconst(I64, 0);
                self.b.ins().jump(self.dispatch, &[BlockArg::Value(zero)])
            }
        };
    }

    /// Of `regs`, those that cross a bridge call through the `Exec`: R10 only when it may
    /// change (a frame of a BPF-to-BPF call), else it stays a constant of the code.
    fn crossing(&self, regs: Regs) -> impl Iterator<Item = usize> {
        let regs = if self.shape.fresh_only {
            regs & !(1 << 10)
        } else {
            regs
        };
        (0..REGS).filter(move |i| regs & (1 << i) != 0)
    }

    /// The registers the interpreter may read from slot `pc` on (fresh-only code: those
    /// live there; else all).
    fn live_at(&self, pc: usize) -> Regs {
        self.live.get(pc).copied().unwrap_or(ALL_REGS)
    }

    /// The registers compiled code may read after the interpreter ran slot `pc`.
    fn live_after(&self, pc: usize) -> Regs {
        if self.live.is_empty() {
            return ALL_REGS;
        }
        live::live_out(self.program, &self.live, pc)
    }

    fn load_field(&mut self, field: usize) -> Value {
        self.b
            .ins()
            .load(I64, bridge_flags(), self.bridge, off(field))
    }

    fn store_field(&mut self, v: Value, field: usize) {
        self.b
            .ins()
            .store(bridge_flags(), v, self.bridge, off(field));
    }

    /// Field `f` of the bridge, loaded here (the compiler drops a load repeated with no
    /// call or store to the bridge between).
    fn fixed(&mut self, f: Fixed) -> Value {
        self.load_field(f.offset())
    }

    /// Spills the registers of `regs` to the `Exec`'s.
    fn spill(&mut self, regs: Regs) {
        let crossing: Vec<usize> = self.crossing(regs).collect();
        if crossing.is_empty() {
            return;
        }
        let home = self.fixed(Fixed::Regs);
        for i in crossing {
            let v = self.b.use_var(self.regs[i]);
            self.b.ins().store(flags(), v, home, regs_off(i));
        }
    }

    /// Reloads the registers of `regs` from the `Exec`'s.
    fn reload(&mut self, regs: Regs) {
        let crossing: Vec<usize> = self.crossing(regs).collect();
        if crossing.is_empty() {
            return;
        }
        let home = self.fixed(Fixed::Regs);
        for i in crossing {
            let v = self.b.ins().load(I64, flags(), home, regs_off(i));
            self.b.def_var(self.regs[i], v);
        }
    }

    /// Stores the instruction counter, the lowest stack offset written and the slot `pc`.
    fn store_counters(&mut self, pc: Value) {
        let e = self.b.use_var(self.executed);
        self.store_field(e, std::mem::offset_of!(Bridge<'_>, executed));
        let low = self.b.use_var(self.stack_low);
        self.store_field(low, std::mem::offset_of!(Bridge<'_>, stack_low));
        self.store_field(pc, std::mem::offset_of!(Bridge<'_>, pc));
    }

    /// Hands `regs`, the counters, the slot and a status back to the driver.
    fn ret(&mut self, status: i64, pc: Value, regs: Regs) {
        self.spill(regs);
        self.store_counters(pc);
        let s = self.b.ins().iconst(I64, status);
        self.b.ins().return_(&[s]);
    }

    /// A block that bails to the interpreter at `pc` (filled by [`Tr::emit`]).
    fn bail_block(&mut self, pc: usize) -> Block {
        let blk = self.b.create_block();
        self.b.set_cold_block(blk);
        self.bails.push((blk, pc));
        blk
    }

    /// The block where slot `pc` starts, or one that bails there.
    fn target(&mut self, pc: usize) -> Block {
        match self.blocks.get(pc).copied().flatten() {
            Some(b) => b,
            None => self.bail_block(pc),
        }
    }

    /// Emits every basic block, the dispatch table, then seals and finishes; returns the
    /// context load sites the code reads from its table.
    pub fn emit(mut self) -> Vec<CtxSite> {
        for pc in 0..self.blocks.len() {
            if let Some(blk) = self.blocks[pc] {
                self.basic_block(pc, blk);
            }
        }
        self.emit_dispatch();
        for (blk, pc) in std::mem::take(&mut self.bails) {
            self.b.switch_to_block(blk);
            let pcv = self.b.ins().iconst(I64, pc as i64);
            let live = self.live_at(pc);
            self.ret(ST_BAIL, pcv, live);
        }
        self.b.seal_all_blocks();
        self.b.finalize();
        self.ctx_sites
    }

    /// The pointer register `r` is known to hold as slot `pc` starts.
    fn known(&self, pc: usize, r: Reg) -> Known {
        self.known
            .get(pc)
            .copied()
            .flatten()
            .map_or(Known::Unknown, |k| k[r.index() as usize])
    }

    /// The offset in the main stack of an access of `size` bytes at `off` from a pointer
    /// `k` known to be in the stack, when it lies within the stack.
    fn known_stack(&self, k: Known, off: i16, size: Size) -> Option<u32> {
        let Known::Stack(top) = k else { return None };
        let at = i64::from(STACK_SIZE) + top + i64::from(off);
        (at >= 0 && at + i64::from(size.bytes()) <= i64::from(STACK_SIZE)).then_some(at as u32)
    }

    fn emit_dispatch(&mut self) {
        self.b.switch_to_block(self.dispatch);
        self.b.set_cold_block(self.dispatch);
        let pc = self.b.block_params(self.dispatch)[0];
        let other = self.b.create_block();
        if self.shape.fresh_only {
            // The bridge returns no slot but the next one (or a sentinel): whatever else
            // it returns, the interpreter goes on from there.
            self.b.ins().jump(other, &[]);
        } else {
            self.dispatch_table(pc, other);
        }

        // Outside the program: one of the bridge's sentinels, or a slot the interpreter
        // reports as out of range.
        self.b.switch_to_block(other);
        let mut status = self.b.ins().iconst(I64, ST_BAIL);
        for (sentinel, st) in [(TRAP, ST_TRAP), (SWITCH, ST_SWITCH), (EXIT, ST_EXIT)] {
            let is = self.b.ins().icmp_imm(IntCC::Equal, pc, sentinel as i64);
            let stv = self.b.ins().iconst(I64, st);
            status = self.b.ins().select(is, stv, status);
        }
        // Fresh-only code comes here only from a bridge call, which left the registers the
        // interpreter may read in the `Exec` (a helper's way here spills R6-R9 first).
        if !self.shape.fresh_only {
            self.spill(ALL_REGS);
        }
        self.store_counters(pc);
        self.b.ins().return_(&[status]);
    }

    /// Slot `pc` within the program: its block (or a bail there); else `other`.
    fn dispatch_table(&mut self, pc: Value, other: Block) {
        let (table, bail) = (self.b.create_block(), self.b.create_block());
        let n = self.blocks.len() as i64;
        let inside = self.b.ins().icmp_imm(IntCC::UnsignedLessThan, pc, n);
        self.b.ins().brif(inside, table, &[], other, &[]);

        self.b.switch_to_block(table);
        let idx = self.b.ins().ireduce(I32, pc);
        let def = self.b.func.dfg.block_call(bail, &[]);
        let calls: Vec<_> = (0..self.blocks.len())
            .map(|i| {
                let to = self.blocks[i].unwrap_or(bail);
                self.b.func.dfg.block_call(to, &[])
            })
            .collect();
        let jt = self.b.create_jump_table(JumpTableData::new(def, &calls));
        self.b.ins().br_table(idx, jt);

        self.b.switch_to_block(bail);
        self.ret(ST_BAIL, pc, ALL_REGS);
    }

    /// The instructions of the basic block starting at `start`.
    fn block_insns(&self, start: usize) -> Vec<(usize, Option<Insn>)> {
        let mut out = Vec::new();
        let mut pc = start;
        loop {
            let insn = match self.program.slots.get(pc) {
                Some(Slot::Insn(i)) => Some(*i),
                Some(_) => None,
                None => break,
            };
            out.push((pc, insn));
            let Some(i) = insn else { break };
            if ends_block(&i) {
                break;
            }
            pc += i.slots();
            if self.shape.leaders.get(pc).copied().unwrap_or(true) {
                break;
            }
        }
        out
    }

    fn basic_block(&mut self, start: usize, blk: Block) {
        self.b.switch_to_block(blk);
        let insns = self.block_insns(start);
        let e = self.b.use_var(self.executed);
        let e2 = self.b.ins().iadd_imm(e, insns.len() as i64);
        if self.shape.longest.is_some() {
            // Checked once at entry for the longest path.
            self.b.def_var(self.executed, e2);
            return self.block_body(insns);
        }
        let budget = self.fixed(Fixed::Budget);
        let over = self.b.ins().icmp(IntCC::UnsignedGreaterThan, e2, budget);
        let body = self.b.create_block();
        let bail = self.bail_block(start);
        self.b.ins().brif(over, bail, &[], body, &[]);
        self.b.switch_to_block(body);
        self.b.def_var(self.executed, e2);
        self.block_body(insns);
    }

    fn block_body(&mut self, insns: Vec<(usize, Option<Insn>)>) {
        for (pc, insn) in insns {
            match insn {
                Some(i) => self.insn(pc, &i),
                None => self.via_bridge(pc, None),
            }
        }
    }

    /// One instruction; the last of a block also emits the block's way out.
    fn insn(&mut self, pc: usize, insn: &Insn) {
        let next = pc + insn.slots();
        match *insn {
            Insn::Alu {
                op,
                width,
                dst,
                src,
            } => {
                let d = self.b.use_var(self.regs[dst.index() as usize]);
                let s = self.operand(src);
                let v = self.alu(op, width, d, s);
                self.b.def_var(self.regs[dst.index() as usize], v);
            }
            Insn::Endian { kind, bits, dst } => {
                let d = self.b.use_var(self.regs[dst.index() as usize]);
                let v = self.endian(kind, bits, d);
                self.b.def_var(self.regs[dst.index() as usize], v);
            }
            Insn::LdImm64 {
                dst,
                kind: LdImmKind::Imm,
                imm,
                imm_hi,
            } if !self.program.map_refs.iter().any(|(s, _)| *s == pc) => {
                let v = self.b.ins().iconst(I64, Insn::imm64(imm, imm_hi) as i64);
                self.b.def_var(self.regs[dst.index() as usize], v);
            }
            Insn::LdImm64 {
                dst,
                kind: LdImmKind::Imm | LdImmKind::MapFd,
                ..
            } => {
                if let Some(k) = self.program.map_refs.iter().position(|(s, _)| *s == pc) {
                    return self.map_address(pc, dst, k);
                }
                return self.via_bridge(pc, Some(insn));
            }
            Insn::Ja { off, .. } => {
                let t = self.target((pc as i64 + 1 + off as i64) as usize);
                self.b.ins().jump(t, &[]);
                return;
            }
            Insn::JmpIf {
                cond,
                width,
                dst,
                src,
                off,
            } => {
                let a = self.b.use_var(self.regs[dst.index() as usize]);
                let s = self.operand(src);
                let c = self.compare(cond, width, a, s);
                let taken = self.target((pc as i64 + 1 + off as i64) as usize);
                let fall = self.target(next);
                self.b.ins().brif(c, taken, &[], fall, &[]);
                return;
            }
            Insn::Load {
                size,
                sign_extend,
                dst,
                src,
                off,
            } => return self.load(pc, size, sign_extend, (dst, src), off),
            Insn::Store {
                size,
                dst,
                off,
                src,
            } => return self.store(pc, size, dst, off, src),
            Insn::Call(isa::CallKind::Helper(id)) => {
                if let Some(resolved) = crate::helpers::resolve(id) {
                    return self.helper_call(pc, resolved);
                }
                return self.via_bridge(pc, Some(insn));
            }
            Insn::Exit if !self.shape.has_local_calls => {
                // The main program's exit: the driver reads R0 alone (a program's next run
                // starts from fresh registers).
                let pcv = self.b.ins().iconst(I64, pc as i64);
                self.ret(ST_EXIT, pcv, 1);
                return;
            }
            _ => return self.via_bridge(pc, Some(insn)),
        }
        if self.shape.leaders.get(next).copied().unwrap_or(true) {
            let t = self.target(next);
            self.b.ins().jump(t, &[]);
        }
    }

    /// The block the instruction after slot `pc` (at `next`) continues in: its basic block
    /// when it starts one, else a new block the caller switches to once every path into it
    /// is emitted.
    fn join_block(&mut self, next: usize) -> (Block, bool) {
        if self.shape.leaders.get(next).copied().unwrap_or(true) {
            (self.target(next), false)
        } else {
            (self.b.create_block(), true)
        }
    }

    /// Whether `addr` lies with `size` bytes in the main frame's stack, the host address
    /// it stands for and its offset in the stack (meaningful only then).
    fn stack_check(&mut self, addr: Value, size: u32) -> (Value, Value, Value) {
        let frame0 = Addr::new(Kind::Stack, 0, 0).to_u64() >> 32;
        let hi = self.b.ins().ushr_imm(addr, 32);
        let is_stack = self.b.ins().icmp_imm(IntCC::Equal, hi, frame0 as i64);
        let lo = self.b.ins().band_imm(addr, 0xffff_ffff);
        let limit = i64::from(STACK_SIZE - size);
        let inside = self
            .b
            .ins()
            .icmp_imm(IntCC::UnsignedLessThanOrEqual, lo, limit);
        let ok = self.b.ins().band(is_stack, inside);
        let stack = self.fixed(Fixed::Stack);
        let host = self.b.ins().iadd(stack, lo);
        (ok, host, lo)
    }

    /// `dst = *(size *)(src + off)`: from the main stack or the context table natively,
    /// anything else through the bridge. Through a register other than R10 the context is
    /// tried first (a compare with the one address it may be).
    fn load(&mut self, pc: usize, size: Size, sx: bool, (dst, src): (Reg, Reg), off: i16) {
        let known = self.known(pc, src);
        if let Some(at) = self.known_stack(known, off, size) {
            let stack = self.fixed(Fixed::Stack);
            let p = self.b.ins().iadd_imm(stack, i64::from(at));
            let v = self.load_host(size, sx, p);
            return self.def_then_next(pc, dst, v);
        }
        let next = pc + 1;
        let (join, fresh) = self.join_block(next);
        if known == Known::Ctx {
            return self.known_ctx_load(pc, size, sx, (dst, off), (join, fresh));
        }
        let base = self.b.use_var(self.regs[src.index() as usize]);
        let addr = self.b.ins().iadd_imm(base, i64::from(off));
        let slow = self.b.create_block();
        if src.index() != 10 {
            let k = self.ctx_site(size, sx, off);
            let table = self.fixed(Fixed::Ctx);
            let cached = self.b.ins().load(I64, flags(), table, 16 * k);
            let ctx = Addr::new(Kind::Ctx, 0, 0).to_u64() as i64 + i64::from(off);
            let at = self.b.ins().icmp_imm(IntCC::Equal, addr, ctx);
            let held = self.b.ins().icmp_imm(IntCC::NotEqual, cached, 0);
            let ok = self.b.ins().band(at, held);
            let (hit, other) = (self.b.create_block(), self.b.create_block());
            self.b.ins().brif(ok, hit, &[], other, &[]);
            self.b.switch_to_block(hit);
            let v = self.b.ins().load(I64, flags(), table, 16 * k + 8);
            self.b.def_var(self.regs[dst.index() as usize], v);
            self.b.ins().jump(join, &[]);
            self.b.switch_to_block(other);
        }
        let (on_stack, host, _) = self.stack_check(addr, size.bytes());
        let stack = self.b.create_block();
        self.b.ins().brif(on_stack, stack, &[], slow, &[]);
        self.b.switch_to_block(stack);
        let v = self.load_host(size, sx, host);
        self.b.def_var(self.regs[dst.index() as usize], v);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        self.bridge_then(pc, next, join);
        if fresh {
            self.b.switch_to_block(join);
        }
    }

    /// `dst = *(size *)(ctx + off)` at slot `pc`, through a register known to hold the
    /// context: the value from the table when it holds one, else the bridge.
    fn known_ctx_load(
        &mut self,
        pc: usize,
        size: Size,
        sx: bool,
        (dst, off): (Reg, i16),
        (join, fresh): (Block, bool),
    ) {
        let k = self.ctx_site(size, sx, off);
        let table = self.fixed(Fixed::Ctx);
        let cached = self.b.ins().load(I64, flags(), table, 16 * k);
        let (hit, slow) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(cached, hit, &[], slow, &[]);
        self.b.switch_to_block(hit);
        let v = self.b.ins().load(I64, flags(), table, 16 * k + 8);
        self.b.def_var(self.regs[dst.index() as usize], v);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        self.bridge_then(pc, pc + 1, join);
        if fresh {
            self.b.switch_to_block(join);
        }
    }

    /// A new context load site; its index in the table.
    fn ctx_site(&mut self, size: Size, sx: bool, off: i16) -> i32 {
        self.ctx_sites.push(CtxSite {
            off: i64::from(off),
            size: size.bytes(),
            sx,
        });
        self.ctx_sites.len() as i32 - 1
    }

    /// Defines `dst` as `v` and goes on to the slot after `pc` (a jump when it starts a
    /// block).
    fn def_then_next(&mut self, pc: usize, dst: Reg, v: Value) {
        self.b.def_var(self.regs[dst.index() as usize], v);
        self.then_next(pc);
    }

    fn then_next(&mut self, pc: usize) {
        if self.shape.leaders.get(pc + 1).copied().unwrap_or(true) {
            let t = self.target(pc + 1);
            self.b.ins().jump(t, &[]);
        }
    }

    /// `dst = map ll` at slot `pc`, the program's `k`th map reference: the address from
    /// the run's table ([`Bridge::maps`]) when it has a `k`th entry, else the bridge.
    fn map_address(&mut self, pc: usize, dst: Reg, k: usize) {
        let next = pc + 2;
        let (join, fresh) = self.join_block(next);
        let len = self.fixed(Fixed::MapsLen);
        let held = self
            .b
            .ins()
            .icmp_imm(IntCC::UnsignedGreaterThan, len, k as i64);
        let (hit, slow) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(held, hit, &[], slow, &[]);
        self.b.switch_to_block(hit);
        let maps = self.fixed(Fixed::Maps);
        let v = self.b.ins().load(I64, flags(), maps, 8 * k as i32);
        self.b.def_var(self.regs[dst.index() as usize], v);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        self.bridge_then(pc, next, join);
        if fresh {
            self.b.switch_to_block(join);
        }
    }

    /// A load of `size` bytes at host address `p`, zero- or sign-extended to 64 bits.
    fn load_host(&mut self, size: Size, sx: bool, p: Value) -> Value {
        let f = MemFlags::new();
        let ins = self.b.ins();
        match (size, sx) {
            (Size::B, false) => ins.uload8(I64, f, p, 0),
            (Size::B, true) => ins.sload8(I64, f, p, 0),
            (Size::H, false) => ins.uload16(I64, f, p, 0),
            (Size::H, true) => ins.sload16(I64, f, p, 0),
            (Size::W, false) => ins.uload32(f, p, 0),
            (Size::W, true) => ins.sload32(f, p, 0),
            (Size::DW, _) => ins.load(I64, f, p, 0),
        }
    }

    /// `*(size *)(dst + off) = src`: to the main stack natively, anything else through the
    /// bridge.
    fn store(&mut self, pc: usize, size: Size, dst: Reg, off: i16, src: Operand) {
        if let Some(at) = self.known_stack(self.known(pc, dst), off, size) {
            let low = self.b.use_var(self.stack_low);
            let at_v = self.b.ins().iconst(I64, i64::from(at));
            let low = self.b.ins().umin(low, at_v);
            self.b.def_var(self.stack_low, low);
            let stack = self.fixed(Fixed::Stack);
            let p = self.b.ins().iadd_imm(stack, i64::from(at));
            let v = self.operand(src);
            self.store_host(size, v, p);
            return self.then_next(pc);
        }
        let next = pc + 1;
        let (join, fresh) = self.join_block(next);
        let base = self.b.use_var(self.regs[dst.index() as usize]);
        let addr = self.b.ins().iadd_imm(base, i64::from(off));
        let (on_stack, host, lo) = self.stack_check(addr, size.bytes());
        let (stack, slow) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(on_stack, stack, &[], slow, &[]);
        self.b.switch_to_block(stack);
        let low = self.b.use_var(self.stack_low);
        let low = self.b.ins().umin(low, lo);
        self.b.def_var(self.stack_low, low);
        let v = self.operand(src);
        self.store_host(size, v, host);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        self.bridge_then(pc, next, join);
        if fresh {
            self.b.switch_to_block(join);
        }
    }

    /// A store of the low `size` bytes of `v` at host address `p`.
    fn store_host(&mut self, size: Size, v: Value, p: Value) {
        let f = MemFlags::new();
        match size {
            Size::B => self.b.ins().istore8(f, v, p, 0),
            Size::H => self.b.ins().istore16(f, v, p, 0),
            Size::W => self.b.ins().istore32(f, v, p, 0),
            Size::DW => self.b.ins().store(f, v, p, 0),
        };
    }

    /// Slot `pc` through the bridge, then `join` when it went on to `next`, else the
    /// dispatch (a trap).
    fn bridge_then(&mut self, pc: usize, next: usize, join: Block) {
        let r = self.bridge_call(pc);
        let same = self.b.ins().icmp_imm(IntCC::Equal, r, next as i64);
        self.b
            .ins()
            .brif(same, join, &[], self.dispatch, &[BlockArg::Value(r)]);
    }

    /// Calls [`bridge::step`] for slot `pc` with the registers spilled and reloaded; its
    /// answer (the next slot or a sentinel).
    fn bridge_call(&mut self, pc: usize) -> Value {
        let (live, after) = (self.live_at(pc), self.live_after(pc));
        self.spill(live);
        let f = self
            .b
            .ins()
            .iconst(I64, bridge::step as *const () as usize as i64);
        let pcv = self.b.ins().iconst(I64, pc as i64);
        let call = self
            .b
            .ins()
            .call_indirect(self.step_sig, f, &[self.bridge, pcv]);
        let r = self.b.inst_results(call)[0];
        self.reload(after);
        r
    }

    /// The helper call at slot `pc` through its [`crate::helpers::NativeHelper`] (the
    /// bridge's [`bridge::helper_with`] for that helper), then the next slot's block
    /// (or the dispatch: a trap, a tail call).
    ///
    /// Only what a helper reads or writes crosses the call: R1–R5 (its arguments; a tail
    /// call reads R1–R3) and R0 (which it sets, or leaves as it was when a tail call does
    /// not happen) are spilled, R0 alone is reloaded. No helper reads or writes R6–R10,
    /// which stay in their variables: the dispatch's way out (a trap, a tail call's switch)
    /// spills every register before the driver or the next program's code reads them (a
    /// tail call leaves R10 as the frame's stack top, which the variable already holds).
    fn helper_call(&mut self, pc: usize, resolved: &'static crate::helpers::Resolved) {
        if resolved.name() == "sk_release" {
            let checked = self.sk_release_inline(pc);
            self.b.switch_to_block(checked);
            self.b.set_cold_block(checked);
        } else if let Some(fast) = resolved.fast {
            let checked = self.fast_helper_call(pc, fast);
            self.b.switch_to_block(checked);
            self.b.set_cold_block(checked);
        }
        let live = self.live_at(pc);
        self.spill(live & HELPER_REGS);
        let f = self
            .b
            .ins()
            .iconst(I64, resolved.native as *const () as usize as i64);
        let pcv = self.b.ins().iconst(I64, pc as i64);
        let entry = self
            .b
            .ins()
            .iconst(I64, resolved as *const _ as usize as i64);
        let call = self
            .b
            .ins()
            .call_indirect(self.helper_sig, f, &[self.bridge, pcv, entry]);
        let r = self.b.inst_results(call)[0];
        self.reload(1);
        let next = self.target(pc + 1);
        let same = self.b.ins().icmp_imm(IntCC::Equal, r, (pc + 1) as i64);
        if !self.shape.fresh_only {
            let to_dispatch = [BlockArg::Value(r)];
            self.b
                .ins()
                .brif(same, next, &[], self.dispatch, &to_dispatch);
            return;
        }
        // The live registers the helper call did not hand over, for the interpreter.
        let other = self.b.create_block();
        self.b.ins().brif(same, next, &[], other, &[]);
        self.b.switch_to_block(other);
        self.b.set_cold_block(other);
        let after = self.live_after(pc);
        self.spill(after & !HELPER_REGS);
        self.b.ins().jump(self.dispatch, &[BlockArg::Value(r)]);
    }

    /// The helper call at slot `pc` through its [`crate::helpers::FastHelper`] `fast`: R1–R3
    /// passed in registers, R0 defined from the result and the next slot's block, unless
    /// the helper deferred: then the returned block (empty) makes the checked call.
    fn fast_helper_call(&mut self, pc: usize, fast: crate::helpers::FastHelper) -> Block {
        let f = self.b.ins().iconst(I64, fast as *const () as usize as i64);
        let args = [1, 2, 3].map(|i| self.b.use_var(self.regs[i]));
        let call =
            self.b
                .ins()
                .call_indirect(self.fast_sig, f, &[self.bridge, args[0], args[1], args[2]]);
        let r = self.b.inst_results(call)[0];
        let deferred = self.b.ins().icmp_imm(IntCC::Equal, r, bridge::DEFER as i64);
        let (done, checked) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(deferred, checked, &[], done, &[]);
        self.b.switch_to_block(done);
        self.b.def_var(self.regs[0], r);
        let next = self.target(pc + 1);
        self.b.ins().jump(next, &[]);
        checked
    }

    /// `bpf_sk_release(R1)` at slot `pc` compiled inline, as its fast entry makes it: R0 = 0
    /// and the next slot's block when R1 is one of the [`Bridge::fast_sockets`] sockets
    /// (offset 0), else the returned block (empty) makes the checked call. The test: R1
    /// minus the first socket's address, rotated by 32 bits, is the socket's index when
    /// the offset is 0, else at least 2^32.
    fn sk_release_inline(&mut self, pc: usize) -> Block {
        let first = Addr::new(Kind::Socket, 0, 0).to_u64() as i64;
        let r1 = self.b.use_var(self.regs[1]);
        let d = self.b.ins().iadd_imm(r1, first.wrapping_neg());
        let index = self.b.ins().rotl_imm(d, 32);
        let n = self.fixed(Fixed::FastSockets);
        let ok = self.b.ins().icmp(IntCC::UnsignedLessThan, index, n);
        let (done, checked) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(ok, done, &[], checked, &[]);
        self.b.switch_to_block(done);
        let zero = self.b.ins().iconst(I64, 0);
        self.b.def_var(self.regs[0], zero);
        let next = self.target(pc + 1);
        self.b.ins().jump(next, &[]);
        checked
    }

    /// Runs slot `pc` on the interpreter through [`bridge::step`].
    fn via_bridge(&mut self, pc: usize, insn: Option<&Insn>) {
        let r = self.bridge_call(pc);
        let Some(insn) = insn.filter(|i| !ends_block(i)) else {
            self.b.ins().jump(self.dispatch, &[BlockArg::Value(r)]);
            return;
        };
        let next = pc + insn.slots();
        let same = self.b.ins().icmp_imm(IntCC::Equal, r, next as i64);
        let ends = self.shape.leaders.get(next).copied().unwrap_or(true);
        let cont = if ends {
            self.target(next)
        } else {
            self.b.create_block()
        };
        self.b
            .ins()
            .brif(same, cont, &[], self.dispatch, &[BlockArg::Value(r)]);
        if !ends {
            self.b.switch_to_block(cont);
        }
    }

    fn operand(&mut self, op: Operand) -> Value {
        match op {
            Operand::Reg(r) => self.b.use_var(self.regs[r.index() as usize]),
            Operand::Imm(i) => self.b.ins().iconst(I64, i as i64),
        }
    }

    fn alu(&mut self, op: AluOp, width: Width, d: Value, s: Value) -> Value {
        match width {
            Width::W64 => self.alu_ty(op, I64, d, s),
            Width::W32 => {
                let (d, s) = (self.b.ins().ireduce(I32, d), self.b.ins().ireduce(I32, s));
                let v = self.alu_ty(op, I32, d, s);
                self.b.ins().uextend(I64, v)
            }
        }
    }

    /// `op` on values of type `ty` (I32 or I64), as [`crate::interp::alu`] computes it.
    fn alu_ty(&mut self, op: AluOp, ty: Type, d: Value, s: Value) -> Value {
        let ins = self.b.ins();
        match op {
            AluOp::Add => ins.iadd(d, s),
            AluOp::Sub => ins.isub(d, s),
            AluOp::Mul => ins.imul(d, s),
            AluOp::Or => ins.bor(d, s),
            AluOp::And => ins.band(d, s),
            AluOp::Xor => ins.bxor(d, s),
            // Cranelift takes shift counts modulo the width, as the kernel masks them.
            AluOp::Lsh => ins.ishl(d, s),
            AluOp::Rsh => ins.ushr(d, s),
            AluOp::Arsh => ins.sshr(d, s),
            AluOp::Neg => ins.ineg(d),
            AluOp::Mov => s,
            AluOp::MovSx(size) => self.sign_extend(ty, s, size),
            AluOp::Div | AluOp::Mod | AluOp::SDiv | AluOp::SMod => self.divide(op, ty, d, s),
        }
    }

    /// Sign-extends the low `size` bytes of `s` to `ty`.
    fn sign_extend(&mut self, ty: Type, s: Value, size: Size) -> Value {
        let narrow = match size {
            Size::B => I8,
            Size::H => I16,
            Size::W => I32,
            Size::DW => return s,
        };
        if narrow == ty {
            return s;
        }
        let n = self.b.ins().ireduce(narrow, s);
        self.b.ins().sextend(ty, n)
    }

    /// Division and modulo with the verifier's rewrites: `x / 0 = 0`, `x % 0 = x`,
    /// `x s/ -1 = -x`, `x s% -1 = 0` (so no machine division ever faults).
    fn divide(&mut self, op: AluOp, ty: Type, d: Value, s: Value) -> Value {
        let zero = konst(&mut self.b, ty, 0);
        let one = konst(&mut self.b, ty, 1);
        let minus1 = konst(&mut self.b, ty, -1);
        let ins = &mut self.b;
        let is0 = ins.ins().icmp(IntCC::Equal, s, zero);
        let isn1 = ins.ins().icmp(IntCC::Equal, s, minus1);
        let signed = matches!(op, AluOp::SDiv | AluOp::SMod);
        let bad = if signed {
            ins.ins().bor(is0, isn1)
        } else {
            is0
        };
        let s1 = ins.ins().select(bad, one, s);
        match op {
            AluOp::Div => {
                let q = ins.ins().udiv(d, s1);
                ins.ins().select(is0, zero, q)
            }
            AluOp::Mod => {
                let r = ins.ins().urem(d, s1);
                ins.ins().select(is0, d, r)
            }
            AluOp::SDiv => {
                let q = ins.ins().sdiv(d, s1);
                let neg = ins.ins().ineg(d);
                let q = ins.ins().select(isn1, neg, q);
                ins.ins().select(is0, zero, q)
            }
            _ => {
                let r = ins.ins().srem(d, s1);
                let r = ins.ins().select(isn1, zero, r);
                ins.ins().select(is0, d, r)
            }
        }
    }

    /// As [`crate::interp::endian`].
    fn endian(&mut self, kind: EndianKind, bits: u16, v: Value) -> Value {
        let swap = match kind {
            EndianKind::Le => cfg!(target_endian = "big"),
            EndianKind::Be => cfg!(target_endian = "little"),
            EndianKind::Swap => true,
        };
        let ty = match bits {
            16 => I16,
            32 => I32,
            _ => I64,
        };
        let ins = &mut self.b;
        let n = if ty == I64 {
            v
        } else {
            ins.ins().ireduce(ty, v)
        };
        let n = if swap { ins.ins().bswap(n) } else { n };
        if ty == I64 {
            n
        } else {
            ins.ins().uextend(I64, n)
        }
    }

    /// As [`crate::interp::compare`]; an `i8` truth value.
    fn compare(&mut self, cond: JmpCond, width: Width, a: Value, b: Value) -> Value {
        let (a, b) = match width {
            Width::W64 => (a, b),
            Width::W32 => (self.b.ins().ireduce(I32, a), self.b.ins().ireduce(I32, b)),
        };
        let cc = match cond {
            JmpCond::Set => {
                let m = self.b.ins().band(a, b);
                return self.b.ins().icmp_imm(IntCC::NotEqual, m, 0);
            }
            JmpCond::Eq => IntCC::Equal,
            JmpCond::Ne => IntCC::NotEqual,
            JmpCond::Gt => IntCC::UnsignedGreaterThan,
            JmpCond::Ge => IntCC::UnsignedGreaterThanOrEqual,
            JmpCond::Lt => IntCC::UnsignedLessThan,
            JmpCond::Le => IntCC::UnsignedLessThanOrEqual,
            JmpCond::SGt => IntCC::SignedGreaterThan,
            JmpCond::SGe => IntCC::SignedGreaterThanOrEqual,
            JmpCond::SLt => IntCC::SignedLessThan,
            JmpCond::SLe => IntCC::SignedLessThanOrEqual,
        };
        self.b.ins().icmp(cc, a, b)
    }
}

/// Instructions after which control does not simply fall to the next slot.
fn ends_block(i: &Insn) -> bool {
    matches!(
        i,
        Insn::Ja { .. } | Insn::JmpIf { .. } | Insn::MayGoto { .. } | Insn::Call(_) | Insn::Exit
    )
}
