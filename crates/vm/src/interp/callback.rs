//! Callbacks: a helper (`bpf_loop`, `bpf_for_each_map_elem`, [`crate::helpers`]) calling a
//! function of the program, as the kernel's helper calls the callback the verifier checked:
//! in a frame of its own (R1–R5 the helper's arguments, a zeroed stack, R6–R9 kept for
//! the caller), until its `exit` hands R0 back to the helper. The callback runs on the same
//! [`Exec`], so the instruction budget is charged across callbacks and the trace shows
//! them, between a line entering the frame and one returning from it.
//!
//! A function's address is what `rX = callback ll` (a `BPF_PSEUDO_FUNC` `ld_imm64`) loads:
//! a [`Kind::Func`] address of the program's slot where the function starts.

use isa::{Insn, LdImmKind};

use super::{Exec, TrapKind};
use crate::memory::{Addr, Kind};
use crate::program::{Program, Slot};

/// Whether `program` loads a function's address (`rX = callback ll`): what a program
/// passing a callback to a helper does (the jit leaves such programs to the interpreter).
pub fn loads_functions(program: &Program) -> bool {
    program.slots.iter().any(|s| {
        matches!(
            s,
            Slot::Insn(Insn::LdImm64 {
                kind: LdImmKind::Func,
                ..
            })
        )
    })
}

impl Exec<'_> {
    /// The address of the function an `ld_imm64` at the current slot names, `imm` slots
    /// past the next one (a slot that holds an instruction).
    pub(super) fn func_addr(&self, imm: i32) -> Result<u64, TrapKind> {
        let target = self.pc as i64 + 1 + i64::from(imm);
        let slots = &self.programs[self.prog].slots;
        match usize::try_from(target).ok().and_then(|t| slots.get(t)) {
            Some(Slot::Insn(_)) => Ok(Addr::new(Kind::Func, self.prog, target as u32).to_u64()),
            _ => Err(TrapKind::PcOutOfRange(target)),
        }
    }

    /// Calls the function at `func` (what `rX = callback ll` loaded) for `helper` with R1–R5
    /// = `args` in a new frame, runs it to its `exit` and returns its R0; the registers
    /// R6–R10, the program and the slot are the caller's again.
    pub(crate) fn call_callback(
        &mut self,
        helper: &str,
        func: u64,
        args: [u64; 5],
    ) -> Result<u64, TrapKind> {
        let target = self.callback_target(helper, func)?;
        let depth = self.push_frame(self.pc, true)?;
        self.regs[1..6].copy_from_slice(&args);
        if self.opts.trace {
            self.trace_enter(helper, target, depth);
        }
        let call = self.pc;
        self.pc = target;
        let r0 = self.run()?;
        self.pc = call;
        if self.opts.trace {
            self.trace_return(helper, r0);
        }
        Ok(r0)
    }

    /// Whether a helper's callback is running (in this frame or one it called).
    pub(crate) fn in_callback(&self) -> bool {
        self.frames.iter().any(|f| f.callback)
    }

    /// The slot `func` names: a function of the running program.
    fn callback_target(&self, helper: &str, func: u64) -> Result<usize, TrapKind> {
        Addr::decode(func)
            .filter(|a| a.kind == Kind::Func && a.index == self.prog)
            .map(|a| a.offset as usize)
            .filter(|t| matches!(self.programs[self.prog].slots.get(*t), Some(Slot::Insn(_))))
            .ok_or_else(|| TrapKind::HelperArg {
                helper: format!("bpf_{helper}"),
                why: format!("R2 ({func:#x}) is not a function of the program"),
            })
    }

    fn trace_enter(&mut self, helper: &str, target: usize, depth: usize) {
        let name = &self.programs[self.prog].name;
        let args = (1..6)
            .map(|i| format!("r{i}={:#x}", self.regs[i]))
            .collect::<Vec<_>>()
            .join(" ");
        let line = format!(
            "{name}:{:>4}: bpf_{helper} calls the callback at {target} in frame {depth}: {args}",
            self.pc
        );
        self.log.trace.push(line);
    }

    fn trace_return(&mut self, helper: &str, r0: u64) {
        let name = &self.programs[self.prog].name;
        let line = format!(
            "{name}:{:>4}: the callback returned r0={r0:#x} to bpf_{helper}",
            self.pc
        );
        self.log.trace.push(line);
    }
}

/// The first release whose verifier inlines `bpf_loop` calls (`optimize_bpf_loop`,
/// kernel/bpf/verifier.c, merged for 6.0).
const LOOP_INLINED_SINCE: skctx::KernelVersion = skctx::KernelVersion::new(6, 0);

impl Exec<'_> {
    /// Whether the kernel's verifier replaced the `bpf_loop` call at the current slot by
    /// its inline loop (`inline_bpf_loop`), which it does when every walk reaching the call
    /// saw R4 (flags) a known 0 and R2 the same callback. The inline loop compares all 64
    /// bits of R1 with `BPF_MAX_LOOPS` and sets `-E2BIG` as a 32-bit move; the helper takes
    /// the low 32 bits and returns a 64-bit `-E2BIG`.
    ///
    /// The VM sees no verifier state here, so it takes what the call's basic block shows:
    /// R4 set to 0 (directly or through register moves) and R2 to a function's address
    /// within the block. A zero or callback the verifier knows from an earlier block is
    /// not seen, and such a call runs as the helper.
    pub(crate) fn loop_inlined(&self) -> bool {
        self.opts.profile.has(LOOP_INLINED_SINCE)
            && inlined_call(&self.programs[self.prog].slots, self.pc)
    }
}

/// Whether the basic block of the `bpf_loop` call at `pc` sets R4 to 0 and R2 to a
/// function's address (see [`Exec::loop_inlined`]).
fn inlined_call(slots: &[Slot], pc: usize) -> bool {
    let block = block_before(slots, pc);
    let zero = |insn: &Insn| {
        matches!(
            insn,
            Insn::Alu {
                op: isa::AluOp::Mov,
                src: isa::Operand::Imm(0),
                ..
            }
        )
    };
    let func = |insn: &Insn| {
        matches!(
            insn,
            Insn::LdImm64 {
                kind: LdImmKind::Func,
                ..
            }
        )
    };
    origin_is(&block, 4, zero) && origin_is(&block, 2, func)
}

/// The instructions of the basic block before slot `pc`, nearest first: back to the first
/// jump target, jump, call or exit.
fn block_before(slots: &[Slot], pc: usize) -> Vec<Insn> {
    let targets: Vec<usize> = (slots.iter().enumerate())
        .filter_map(|(at, s)| match s {
            Slot::Insn(i) => Some(at as i64 + 1 + i.jump_offset()?),
            _ => None,
        })
        .filter_map(|t| usize::try_from(t).ok())
        .collect();
    let mut block = Vec::new();
    for at in (0..pc.min(slots.len())).rev() {
        let Slot::Insn(insn) = slots[at] else {
            continue;
        };
        if insn.jump_offset().is_some() && !matches!(insn, Insn::LdImm64 { .. })
            || matches!(insn, Insn::Call(_) | Insn::Exit)
        {
            break;
        }
        block.push(insn);
        if targets.contains(&at) {
            break;
        }
    }
    block
}

/// Whether the last write to register `reg` in `block` (nearest first), followed through
/// `rX = rY` moves, is an instruction `want` accepts.
fn origin_is(block: &[Insn], mut reg: u8, want: impl Fn(&Insn) -> bool) -> bool {
    for insn in block {
        if !writes(insn, reg) {
            continue;
        }
        if want(insn) {
            return true;
        }
        match insn {
            Insn::Alu {
                op: isa::AluOp::Mov,
                width: isa::Width::W64,
                src: isa::Operand::Reg(r),
                ..
            } => reg = r.index(),
            _ => return false,
        }
    }
    false
}

/// Whether `insn` may write register `reg` (any instruction of a kind not listed does).
fn writes(insn: &Insn, reg: u8) -> bool {
    match *insn {
        Insn::Alu { dst, .. }
        | Insn::Endian { dst, .. }
        | Insn::Load { dst, .. }
        | Insn::LdImm64 { dst, .. } => dst.index() == reg,
        Insn::Store { .. } | Insn::Ja { .. } | Insn::JmpIf { .. } | Insn::MayGoto { .. } => false,
        Insn::Atomic { dst, src, .. } => [0, dst.index(), src.index()].contains(&reg),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the first `call` of `src` is taken for an inlined `bpf_loop`.
    fn inlined(src: &str) -> bool {
        let p = speccase::corpus::prepare(src, "t.s").expect("assembles");
        let program = Program::unverified("t", &p.insns, &[]);
        let call = (program.slots.iter())
            .position(|s| matches!(s, Slot::Insn(Insn::Call(_))))
            .expect("a call");
        inlined_call(&program.slots, call)
    }

    #[test]
    fn a_zero_and_a_callback_in_the_calls_block_are_seen() {
        let tail = "call 181\nexit\ncb:\nr0 = 0\nexit\n";
        let cases = [
            ("r1 = 2\nr2 = cb ll\nr3 = 0\nr4 = 0\n", true),
            ("r1 = 2\nr2 = cb ll\nw4 = 0\n", true),
            ("r2 = cb ll\nr5 = 0\nr4 = r5\n", true),
            ("r6 = cb ll\nr4 = 0\nr2 = r6\n", true),
            // Flags not a constant 0, or written after the zero.
            ("r2 = cb ll\nr4 = 1\n", false),
            ("r2 = cb ll\nr4 = 0\nr4 += r1\n", false),
            ("r2 = cb ll\nr4 = *(u64 *)(r10 - 8)\n", false),
            // No callback address in the block.
            ("r2 = r6\nr4 = 0\n", false),
            // Set before a jump target: another block (the verifier may know it; the VM
            // does not look).
            ("r2 = cb ll\nr4 = 0\nif r1 == 0 goto l\nl:\n", false),
            ("if r1 == 0 goto l\nr2 = cb ll\nr4 = 0\nl:\nr1 = 2\n", false),
            // A label nothing jumps to does not end the block.
            ("r2 = cb ll\nr4 = 0\nl:\nr1 = 2\n", true),
        ];
        for (head, want) in cases {
            let src = format!("{head}{tail}");
            assert_eq!(inlined(&src), want, "{src}");
        }
    }
}
