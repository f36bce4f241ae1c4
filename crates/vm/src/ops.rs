//! The interpreter's instructions decoded once more, for its hot loop
//! ([`crate::interp::Exec::run`]): register indexes, sign-extended immediates, jump targets
//! as absolute slots (checked to lie in the program), the constant an `ld_imm64` loads (a
//! map reference resolved to its world map's address) and the helper a call calls are
//! worked out when the programs are prepared ([`crate::Prepared`]), not at every execution.
//! Everything else (BPF-to-BPF calls, atomics, `may_goto`, unknown helpers, jumps out
//! of the program, bad slots) is [`Op::Slot`]: the interpreter's general step on the decoded
//! instruction, so it traps as before.
//!
//! [`CtxMemo`] keeps, per slot, what a context load there read for the run's lookup input,
//! so the next run of the same input reads it without the context's access table.

use isa::{AluOp, CallKind, EndianKind, Insn, JmpCond, LdImmKind, Operand, Width};

use crate::helpers::{self, Resolved};

use crate::memory::{Addr, Kind};
use crate::program::{Program, Slot};

/// A register or an immediate, sign-extended to 64 bits as the instruction set reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Src {
    Reg(u8),
    Imm(u64),
}

/// One slot, ready to execute.
#[derive(Clone, Copy)]
pub(crate) enum Op {
    /// A 64-bit `mov` (`alu(Mov, W64, ..)`, the commonest instruction), without the ALU's
    /// two-level dispatch.
    Mov {
        dst: u8,
        src: Src,
    },
    Alu {
        op: AluOp,
        width: Width,
        dst: u8,
        src: Src,
    },
    Endian {
        kind: EndianKind,
        bits: u16,
        dst: u8,
    },
    /// A conditional jump to slot `target` of the same program.
    Jmp {
        cond: JmpCond,
        width: Width,
        dst: u8,
        src: Src,
        target: u32,
    },
    /// `if dst == imm goto target` and `if dst != imm goto target` (64-bit), the commonest
    /// jumps, without the comparison's second dispatch.
    JeqImm {
        dst: u8,
        imm: u64,
        target: u32,
    },
    JneImm {
        dst: u8,
        imm: u64,
        target: u32,
    },
    Ja {
        target: u32,
    },
    /// An `ld_imm64` of a constant or of a map (two slots).
    Const {
        dst: u8,
        value: u64,
    },
    Load {
        size: u32,
        sx: bool,
        dst: u8,
        src: u8,
        off: i16,
    },
    Store {
        size: u32,
        dst: u8,
        off: i16,
        src: Src,
    },
    /// A call of a helper the VM implements.
    Helper(&'static Resolved),
    /// `exit` (from the main program or a BPF-to-BPF call).
    Exit,
    /// The slot as [`crate::interp::Exec`]'s general step runs it.
    Slot,
}

fn src(op: Operand) -> Src {
    match op {
        Operand::Reg(r) => Src::Reg(r.index()),
        Operand::Imm(i) => Src::Imm(i as i64 as u64),
    }
}

/// The ops of `program`, one per slot; `map_ids` are its map references' world ids by slot.
pub(crate) fn decode(program: &Program, map_ids: &[(usize, usize)]) -> Vec<Op> {
    let n = program.slots.len();
    let target = |pc: usize, off: i64| {
        let t = pc as i64 + 1 + off;
        (0..n as i64).contains(&t).then_some(t as u32)
    };
    let map_at = |pc: usize| map_ids.iter().find(|(s, _)| *s == pc).map(|(_, id)| *id);
    program
        .slots
        .iter()
        .enumerate()
        .map(|(pc, slot)| {
            let Slot::Insn(insn) = slot else {
                return Op::Slot;
            };
            op(*insn, pc, target, map_at(pc)).unwrap_or(Op::Slot)
        })
        .collect()
}

fn op(
    insn: Insn,
    pc: usize,
    target: impl Fn(usize, i64) -> Option<u32>,
    map: Option<usize>,
) -> Option<Op> {
    Some(match insn {
        Insn::Alu {
            op: AluOp::Mov,
            width: Width::W64,
            dst,
            src: s,
        } => Op::Mov {
            dst: dst.index(),
            src: src(s),
        },
        Insn::Alu {
            op,
            width,
            dst,
            src: s,
        } => Op::Alu {
            op,
            width,
            dst: dst.index(),
            src: src(s),
        },
        Insn::Endian { kind, bits, dst } => Op::Endian {
            kind,
            bits,
            dst: dst.index(),
        },
        Insn::JmpIf {
            cond: cond @ (JmpCond::Eq | JmpCond::Ne),
            width: Width::W64,
            dst,
            src: Operand::Imm(imm),
            off,
        } => {
            let (dst, imm, target) = (dst.index(), imm as i64 as u64, target(pc, off.into())?);
            match cond {
                JmpCond::Eq => Op::JeqImm { dst, imm, target },
                _ => Op::JneImm { dst, imm, target },
            }
        }
        Insn::JmpIf {
            cond,
            width,
            dst,
            src: s,
            off,
        } => Op::Jmp {
            cond,
            width,
            dst: dst.index(),
            src: src(s),
            target: target(pc, off.into())?,
        },
        Insn::Ja { off, .. } => Op::Ja {
            target: target(pc, off.into())?,
        },
        Insn::LdImm64 {
            dst,
            kind,
            imm,
            imm_hi,
        } => Op::Const {
            dst: dst.index(),
            value: match (kind, map) {
                (LdImmKind::Imm | LdImmKind::MapFd, Some(m)) => Addr::new(Kind::Map, m, 0).to_u64(),
                (LdImmKind::Imm, None) => Insn::imm64(imm, imm_hi),
                _ => return None,
            },
        },
        Insn::Load {
            size,
            sign_extend,
            dst,
            src,
            off,
        } => Op::Load {
            size: size.bytes(),
            sx: sign_extend,
            dst: dst.index(),
            src: src.index(),
            off,
        },
        Insn::Store {
            size,
            dst,
            off,
            src: s,
        } => Op::Store {
            size: size.bytes(),
            dst: dst.index(),
            off,
            src: src(s),
        },
        Insn::Call(CallKind::Helper(id)) => Op::Helper(helpers::resolve(id)?),
        Insn::Exit => Op::Exit,
        _ => return None,
    })
}

/// The values context loads read, per program and slot, for one kernel profile and lookup
/// input, which the run numbers (its input generation; `ctx->sk` and refused loads are never
/// kept: they take the general path each time).
#[derive(Default)]
pub(crate) struct CtxMemo {
    generation: Option<u64>,
    /// Per slot: the context offset loaded plus one (0: nothing kept) and its value.
    slots: Vec<Vec<(u32, u64)>>,
}

impl CtxMemo {
    /// An empty memo for programs of these ops.
    pub(crate) fn new(ops: &[Vec<Op>]) -> CtxMemo {
        CtxMemo {
            generation: None,
            slots: ops.iter().map(|o| vec![(0, 0); o.len()]).collect(),
        }
    }

    /// Starts a run whose lookup input and profile are those of `generation` (the same
    /// number for the same input and profile): what was kept for another is dropped.
    pub(crate) fn start(&mut self, generation: u64) {
        if self.generation == Some(generation) {
            return;
        }
        self.generation = Some(generation);
        for s in &mut self.slots {
            s.fill((0, 0));
        }
    }

    /// What the load at `pc` of program `prog` read at context offset `off`, if kept.
    pub(crate) fn get(&self, prog: usize, pc: usize, off: u32) -> Option<u64> {
        let (tag, v) = *self.slots.get(prog)?.get(pc)?;
        (tag == off.wrapping_add(1) && tag != 0).then_some(v)
    }

    /// Keeps the value of the load at `pc` of program `prog` from context offset `off`.
    pub(crate) fn put(&mut self, prog: usize, pc: usize, off: u32, v: u64) {
        if let Some(e) = self.slots.get_mut(prog).and_then(|s| s.get_mut(pc)) {
            *e = (off.wrapping_add(1), v);
        }
    }
}
