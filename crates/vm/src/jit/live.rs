//! Which registers a [`super::codegen::Shape::fresh_only`] program may still read, at each
//! slot: a backward pass over the slots, joining at branches. Compiled code hands the
//! interpreter (a bridge call, a bail) only the registers live where it takes over, and
//! takes back only those live after it, so a register the program never reads again (and
//! one it has not written yet: the verifier refuses reading it) is neither spilled nor
//! kept in a host register for the cold paths' sake.
//!
//! Uses are over-approximated and definitions under-approximated wherever the instruction
//! is not plain (atomics, calls, anything not decoded), which only makes more registers
//! live. A helper call reads R1–R5 whatever its prototype (`bpf_trace_printk` reads
//! R3–R5 unchecked) and leaves R1–R5 unreadable after it, as the verifier marks them; it
//! sets R0 except `bpf_tail_call`, which leaves R0 as it was when no call happens.

use isa::{AluOp, AtomicOp, CallKind, Insn, Operand, Reg};

use crate::program::{Program, Slot};

/// A set of registers R0–R10, bit `i` for R`i`.
pub type Regs = u16;

const ALL: Regs = (1 << 11) - 1;
/// R1–R5: a helper's arguments, unreadable after the call.
const ARGS: Regs = 0b11_1110;
/// The id of `bpf_tail_call`.
const TAIL_CALL: i32 = 12;

fn bit(r: Reg) -> Regs {
    1 << r.index()
}

/// Per slot, the registers live as it starts (all for a slot the pass does not reach).
pub fn live_in(p: &Program) -> Vec<Regs> {
    let n = p.slots.len();
    let mut live = vec![0 as Regs; n];
    let mut changed = true;
    while changed {
        changed = false;
        for pc in (0..n).rev() {
            let now = match &p.slots[pc] {
                Slot::Insn(insn) => {
                    let out = successors(insn, pc)
                        .into_iter()
                        .fold(0, |acc, s| acc | live.get(s).copied().unwrap_or(ALL));
                    let (uses, defs) = uses_defs(insn);
                    uses | (out & !defs)
                }
                _ => ALL,
            };
            if now != live[pc] {
                live[pc] = now;
                changed = true;
            }
        }
    }
    live
}

/// The registers live after slot `pc` (the union over its successors).
pub fn live_out(p: &Program, live: &[Regs], pc: usize) -> Regs {
    match p.slots.get(pc) {
        Some(Slot::Insn(insn)) => successors(insn, pc)
            .into_iter()
            .fold(0, |acc, s| acc | live.get(s).copied().unwrap_or(ALL)),
        _ => ALL,
    }
}

fn successors(insn: &Insn, pc: usize) -> Vec<usize> {
    let rel = |off: i64| (pc as i64 + 1 + off).max(0) as usize;
    match *insn {
        Insn::Exit => vec![],
        Insn::Ja { off, .. } => vec![rel(off as i64)],
        Insn::JmpIf { off, .. } | Insn::MayGoto { off } => vec![pc + 1, rel(off as i64)],
        _ => vec![pc + insn.slots()],
    }
}

/// What `insn` may read, and what it surely writes.
fn uses_defs(insn: &Insn) -> (Regs, Regs) {
    let src = |s: Operand| match s {
        Operand::Reg(r) => bit(r),
        Operand::Imm(_) => 0,
    };
    match *insn {
        Insn::Alu {
            op: AluOp::Mov | AluOp::MovSx(_),
            dst,
            src: s,
            ..
        } => (src(s), bit(dst)),
        Insn::Alu { dst, src: s, .. } => (bit(dst) | src(s), bit(dst)),
        Insn::Endian { dst, .. } => (bit(dst), bit(dst)),
        Insn::LdImm64 { dst, .. } => (0, bit(dst)),
        Insn::Load { dst, src, .. } => (bit(src), bit(dst)),
        Insn::AddrSpaceCast { dst, src, .. } => (bit(src), bit(dst)),
        Insn::Store { dst, src: s, .. } => (bit(dst) | src(s), 0),
        Insn::Atomic { op, dst, src, .. } => {
            let r0 = if op == AtomicOp::CmpXchg { 1 } else { 0 };
            (bit(dst) | bit(src) | r0, 0)
        }
        Insn::JmpIf { dst, src: s, .. } => (bit(dst) | src(s), 0),
        Insn::Ja { .. } | Insn::MayGoto { .. } => (0, 0),
        Insn::Call(CallKind::Helper(TAIL_CALL)) => (ARGS, ARGS),
        Insn::Call(CallKind::Helper(_)) => (ARGS, ARGS | 1),
        Insn::Exit => (1, 0),
        Insn::Call(_) | Insn::LegacyLoad { .. } => (ALL, 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn program(src: &[Insn]) -> Program {
        let raw: Vec<_> = src.iter().flat_map(|i| i.encode()).collect();
        Program::unverified("t", &raw, &[])
    }

    fn r(i: u8) -> Reg {
        Reg::new(i).expect("register")
    }

    #[test]
    fn a_register_is_live_from_its_write_to_its_last_read_only() {
        use isa::Width::W64;
        let mov = |d: u8, s: Operand| Insn::Alu {
            op: AluOp::Mov,
            width: W64,
            dst: r(d),
            src: s,
        };
        let p = program(&[
            mov(6, Operand::Reg(r(1))),
            mov(2, Operand::Imm(0)),
            Insn::Call(CallKind::Helper(1)),
            mov(0, Operand::Reg(r(6))),
            Insn::Exit,
        ]);
        let live = live_in(&p);
        // Slot 0 reads R1 (R2–R5 are read by the call, and R2 is written first).
        assert_eq!(live[0], 0b11_1010);
        // Between the write of R2 and the call: R1–R5 and R6.
        assert_eq!(live[2], 0b111_1110);
        // After the call only R6 (then R0) is read.
        assert_eq!(live[3], 0b100_0000);
        assert_eq!(live[4], 0b1);
        assert_eq!(live_out(&p, &live, 4), 0);
    }
}
