//! Which registers hold a pointer known when the code is compiled, at each slot of a
//! [`super::codegen::Shape::fresh_only`] program: the context (a copy of R1 as the program
//! starts) or the main frame's stack at a fixed offset from its top (R10 plus constants).
//! A forward pass over the slots, meeting at joins; anything else a register may hold is
//! unknown. Compiled code accesses memory through a known pointer at a host address fixed
//! at compile time, without checking the tagged address at run time: the verifier proved
//! the access in bounds, and an offset outside the object still goes the checked way.

use isa::{AluOp, AtomicOp, CallKind, Insn, Operand, Width};

use crate::program::{Program, Slot};

/// A register's known pointer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Known {
    Unknown,
    /// The context, at offset 0.
    Ctx,
    /// The main frame's stack top (R10) plus this many bytes.
    Stack(i64),
}

type Regs = [Known; 11];

/// Per slot, the registers' known pointers as the slot starts (`None`: not reached).
pub fn known_regs(p: &Program) -> Vec<Option<Regs>> {
    let n = p.slots.len();
    let mut at: Vec<Option<Regs>> = vec![None; n];
    if n == 0 {
        return at;
    }
    let mut entry = [Known::Unknown; 11];
    entry[1] = Known::Ctx;
    entry[10] = Known::Stack(0);
    at[0] = Some(entry);
    let mut work = vec![0usize];
    while let Some(pc) = work.pop() {
        let Some(regs) = at[pc] else { continue };
        let Some(Slot::Insn(insn)) = p.slots.get(pc) else {
            continue;
        };
        let out = transfer(insn, regs);
        for next in successors(insn, pc) {
            if next >= n {
                continue;
            }
            let merged = match at[next] {
                None => out,
                Some(old) => std::array::from_fn(|i| meet(old[i], out[i])),
            };
            if at[next] != Some(merged) {
                at[next] = Some(merged);
                work.push(next);
            }
        }
    }
    at
}

fn meet(a: Known, b: Known) -> Known {
    if a == b {
        a
    } else {
        Known::Unknown
    }
}

fn successors(insn: &Insn, pc: usize) -> Vec<usize> {
    let rel = |off: i64| (pc as i64 + 1 + off) as usize;
    match *insn {
        Insn::Exit => vec![],
        Insn::Ja { off, .. } => vec![rel(off as i64)],
        Insn::JmpIf { off, .. } | Insn::MayGoto { off } => vec![pc + 1, rel(off as i64)],
        _ => vec![pc + insn.slots()],
    }
}

/// The registers after `insn`: its destination's new pointer, or unknown.
fn transfer(insn: &Insn, mut r: Regs) -> Regs {
    // R10 is never written (the verifier refuses it).
    fn set(r: &mut Regs, i: isa::Reg, k: Known) {
        if i.index() != 10 {
            r[i.index() as usize] = k;
        }
    }
    match *insn {
        Insn::Alu {
            op,
            width: Width::W64,
            dst,
            src,
        } => {
            let d = r[dst.index() as usize];
            let k = match (op, src, d) {
                (AluOp::Mov, Operand::Reg(s), _) => r[s.index() as usize],
                (AluOp::Add, Operand::Imm(i), Known::Stack(o)) => Known::Stack(o + i as i64),
                (AluOp::Sub, Operand::Imm(i), Known::Stack(o)) => Known::Stack(o - i as i64),
                _ => Known::Unknown,
            };
            set(&mut r, dst, k);
        }
        Insn::Alu { dst, .. }
        | Insn::Endian { dst, .. }
        | Insn::Load { dst, .. }
        | Insn::LdImm64 { dst, .. }
        | Insn::AddrSpaceCast { dst, .. } => set(&mut r, dst, Known::Unknown),
        Insn::Atomic {
            op,
            fetch,
            src,
            dst,
            ..
        } => match op {
            AtomicOp::CmpXchg => r[0] = Known::Unknown,
            AtomicOp::LoadAcquire => set(&mut r, dst, Known::Unknown),
            AtomicOp::Xchg => set(&mut r, src, Known::Unknown),
            _ if fetch => set(&mut r, src, Known::Unknown),
            _ => {}
        },
        Insn::LegacyLoad { .. } => r[..6].fill(Known::Unknown),
        Insn::Call(CallKind::Helper(_)) | Insn::Call(_) => r[..6].fill(Known::Unknown),
        Insn::Store { .. } | Insn::Ja { .. } | Insn::JmpIf { .. } | Insn::MayGoto { .. } => {}
        Insn::Exit => {}
    }
    r
}
