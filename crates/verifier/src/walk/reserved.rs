//! The reserved fields `do_check` refuses when the walk reaches a slot the decoder refused
//! (`check_alu_op`, `check_cond_jmp_op`, `check_ld_imm` and `do_check`'s own checks of
//! stores, calls, `ja` and `exit`): the kernel's `<name> uses reserved fields` wording, by class.

use isa::table::{self, call_src, class, jmp_op, mode, source};
use isa::{AluOp, AtomicOp, RawInsn};

/// A reserved field of `raw` the kernel refuses before anything else about it: the name
/// its message gives the instruction. `None`: the fields pass, or the kernel checks
/// something first (a conditional jump reads its `dst` before its fields, see
/// [`cond_jmp`]).
pub(crate) fn reserved_fields(raw: RawInsn, cpu_v4: bool) -> Option<&'static str> {
    match raw.code & class::MASK {
        class::ALU | class::ALU64 => alu(raw, cpu_v4),
        class::JMP | class::JMP32 => jmp(raw),
        class::STX if raw.code & mode::MASK != mode::ATOMIC => {
            (raw.code & mode::MASK != mode::MEM || raw.imm != 0).then_some("BPF_STX")
        }
        class::ST => (raw.code & mode::MASK != mode::MEM || raw.src != 0).then_some("BPF_ST"),
        // `check_ld_imm`.
        class::LD if raw.code == table::LD_IMM64 => (raw.off != 0).then_some("BPF_LD_IMM64"),
        _ => None,
    }
}

/// `check_cond_jmp_op` on a conditional jump, after it read `dst`: `imm` of a register
/// comparison, `src` of an immediate one.
pub(crate) fn cond_jmp(raw: RawInsn) -> Option<&'static str> {
    let bad = if raw.code & source::MASK == source::X {
        raw.imm != 0
    } else {
        raw.src != 0
    };
    bad.then_some("BPF_JMP/JMP32")
}

/// `do_check` on a call, `ja` and `exit` (conditional jumps: [`cond_jmp`]).
fn jmp(raw: RawInsn) -> Option<&'static str> {
    let jmp32 = raw.code & class::MASK == class::JMP32;
    let x = raw.code & source::MASK == source::X;
    match raw.code & table::OP_MASK {
        jmp_op::CALL => {
            let kfunc = raw.src == call_src::KFUNC;
            let src_ok = matches!(raw.src, call_src::HELPER | call_src::LOCAL) || kfunc;
            let bad = x || (!kfunc && raw.off != 0) || !src_ok || raw.dst != 0 || jmp32;
            bad.then_some("BPF_CALL")
        }
        jmp_op::JA => {
            // `ja` jumps by `off`, `gotol` (JMP32) by `imm`: the other must be 0.
            let unused = if jmp32 { i32::from(raw.off) } else { raw.imm };
            let bad = x || raw.src != 0 || raw.dst != 0 || unused != 0;
            bad.then_some("BPF_JA")
        }
        jmp_op::EXIT => {
            let bad = x || raw.imm != 0 || raw.src != 0 || raw.dst != 0 || jmp32;
            bad.then_some("BPF_EXIT")
        }
        _ => None,
    }
}

/// The reserved-field checks of `check_alu_op` on an ALU or ALU64 slot: the name the
/// kernel's `<name> uses reserved fields` gives the instruction, or `None` when its fields
/// pass (`cpu_v4`: from 6.6 `off` selects sign extension of a move (8, 16 and, 64-bit,
/// 32) and signed division (1), and ALU64 `BPF_END` is an unconditional byte swap).
fn alu(raw: RawInsn, cpu_v4: bool) -> Option<&'static str> {
    let alu64 = raw.code & class::MASK == class::ALU64;
    let x = raw.code & source::MASK == source::X;
    let op = raw.code & table::OP_MASK;
    let code_of = |op: AluOp| table::alu_row(op).code;
    let (name, bad) = if op == code_of(AluOp::Neg) {
        let bad = x || raw.src != 0 || raw.off != 0 || raw.imm != 0;
        ("BPF_NEG", bad)
    } else if op == table::END_CODE {
        let swap64 = alu64 && (!cpu_v4 || x);
        let width = !matches!(raw.imm, 16 | 32 | 64);
        ("BPF_END", raw.src != 0 || raw.off != 0 || width || swap64)
    } else if op == code_of(AluOp::Mov) {
        let sext: &[i16] = match (cpu_v4, alu64) {
            (false, _) => &[0],
            (true, false) => &[0, 8, 16],
            (true, true) => &[0, 8, 16, 32],
        };
        let bad = if x {
            // addr_space_cast (ALU64, off 1) has checks of its own.
            let cast = cpu_v4 && alu64 && raw.off == table::ADDR_SPACE_CAST.1;
            !cast && (!sext.contains(&raw.off) || raw.imm != 0)
        } else {
            raw.src != 0 || raw.off != 0
        };
        ("BPF_MOV", bad)
    } else {
        let signed = op == code_of(AluOp::Div) || op == code_of(AluOp::Mod);
        let off_ok = raw.off == 0 || (cpu_v4 && raw.off == 1 && signed);
        let operand = if x { raw.imm != 0 } else { raw.src != 0 };
        ("BPF_ALU", operand || !off_ok)
    };
    bad.then_some(name)
}

/// The registers `do_check` checks on `raw` after its fields, in order (`check_reg_arg`):
/// each with whether it is read (`SRC_OP`) or written (`DST_OP`) (a conditional jump reads
/// `dst` before its fields, which [`cond_jmp`] checks, and before `src` when
/// `jmp_dst_first`, else after it). Instructions without register operands: empty.
pub(super) fn register_operands(raw: RawInsn, jmp_dst_first: bool) -> Vec<(u8, bool)> {
    let x = raw.code & source::MASK == source::X;
    let (read, write) = (true, false);
    match raw.code & class::MASK {
        class::ALU | class::ALU64 => match raw.code & table::OP_MASK {
            op if op == table::alu_row(AluOp::Neg).code || op == table::END_CODE => {
                vec![(raw.dst, read)]
            }
            op if op == table::alu_row(AluOp::Mov).code && x => {
                vec![(raw.src, read), (raw.dst, write)]
            }
            op if op == table::alu_row(AluOp::Mov).code => vec![(raw.dst, write)],
            _ if x => vec![(raw.src, read), (raw.dst, read)],
            _ => vec![(raw.dst, read)],
        },
        class::LDX => vec![(raw.src, read), (raw.dst, write)],
        class::STX if raw.code & mode::MASK == mode::MEM => vec![(raw.src, read), (raw.dst, read)],
        // `check_atomic_load` (`check_load_mem`), `check_atomic_store` (`check_store_reg`),
        // `check_atomic_rmw` (the source, the destination, `cmpxchg`'s R0).
        class::STX if raw.code & mode::MASK == mode::ATOMIC => {
            let op = table::ATOMIC
                .iter()
                .find(|r| r.imm == raw.imm)
                .map(|r| r.op);
            match op {
                Some(AtomicOp::LoadAcquire) => vec![(raw.src, read), (raw.dst, write)],
                Some(AtomicOp::CmpXchg) => vec![(raw.src, read), (raw.dst, read), (0, read)],
                _ => vec![(raw.src, read), (raw.dst, read)],
            }
        }
        class::ST => vec![(raw.dst, read)],
        class::JMP | class::JMP32 => match raw.code & table::OP_MASK {
            jmp_op::JA | jmp_op::CALL | jmp_op::EXIT | jmp_op::JCOND => Vec::new(),
            _ if x && jmp_dst_first => vec![(raw.dst, read), (raw.src, read)],
            _ if x => vec![(raw.src, read), (raw.dst, read)],
            _ => vec![(raw.dst, read)],
        },
        class::LD if raw.code == table::LD_IMM64 => vec![(raw.dst, write)],
        _ => Vec::new(),
    }
}
