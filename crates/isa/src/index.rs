//! The decoder's index: what each of the 256 opcode bytes is, derived at compile time from the
//! rows of [`crate::table`] (which stays the only place an opcode value is spelled), so that
//! [`crate::decode_one`] reads one entry instead of scanning rows. The fields outside the
//! opcode byte (`off`, `imm`, the registers) are still checked by the decoder.

use crate::insn::*;
use crate::table::{self, class, jmp_op, mode, source};

/// What an opcode byte decodes to, before its other fields are checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// No instruction has this opcode byte.
    Unknown,
    /// An ALU operation; bit `i` of `rows` is set when `table::ALU[i]` has this operation
    /// nibble (`off` chooses among them). `x`: the source is a register.
    Alu {
        width: Width,
        x: bool,
        rows: u32,
    },
    Endian(EndianKind),
    Ja {
        long: bool,
    },
    Call,
    Exit,
    MayGoto,
    JmpIf {
        cond: JmpCond,
        width: Width,
        x: bool,
    },
    LdImm64,
    Legacy {
        mode: LegacyMode,
        size: Size,
    },
    Load {
        size: Size,
        sign_extend: bool,
    },
    StoreImm(Size),
    StoreReg(Size),
    /// The operation is in `imm`.
    Atomic(Size),
}

/// One entry per opcode byte.
pub(crate) static SHAPES: [Shape; 256] = shapes();

/// `ld_imm64`'s pseudo source by `src_reg` (4 bits).
pub(crate) static LD_IMM_BY_SRC: [Option<LdImmKind>; 16] = ld_imm_by_src();

const _: () = assert!(table::ALU.len() <= 32, "Shape::Alu's row mask is 32 bits");

const fn shapes() -> [Shape; 256] {
    let mut out = [Shape::Unknown; 256];
    let mut code = 0;
    while code < 256 {
        out[code] = shape(code as u8);
        code += 1;
    }
    out
}

const fn shape(code: u8) -> Shape {
    match code & class::MASK {
        c @ (class::ALU | class::ALU64) => alu(code, c),
        c @ (class::JMP | class::JMP32) => jmp(code, c),
        class::LD => ld(code),
        class::LDX => ldx(code),
        class::ST => st(code),
        class::STX => stx(code),
        _ => panic!("class is 3 bits"),
    }
}

const fn alu(code: u8, c: u8) -> Shape {
    let width = if c == class::ALU {
        Width::W32
    } else {
        Width::W64
    };
    let op = code & table::OP_MASK;
    let s = code & source::MASK;
    if op == table::END_CODE {
        let mut i = 0;
        while i < table::ENDIAN.len() {
            let row = &table::ENDIAN[i];
            if row.class == c && row.source == s {
                return Shape::Endian(row.kind);
            }
            i += 1;
        }
        return Shape::Unknown;
    }
    let rows = alu_rows(op);
    if rows == 0 && op != table::ADDR_SPACE_CAST.0 {
        return Shape::Unknown;
    }
    Shape::Alu {
        width,
        x: s == source::X,
        rows,
    }
}

/// The mask of `table::ALU` rows with operation nibble `op`.
const fn alu_rows(op: u8) -> u32 {
    let mut rows = 0;
    let mut i = 0;
    while i < table::ALU.len() {
        if table::ALU[i].code == op {
            rows |= 1 << i;
        }
        i += 1;
    }
    rows
}

const fn jmp(code: u8, c: u8) -> Shape {
    let width = if c == class::JMP {
        Width::W64
    } else {
        Width::W32
    };
    let op = code & table::OP_MASK;
    let k = code & source::MASK == source::K;
    let jmp_k = c == class::JMP && k;
    match op {
        jmp_op::JA if k => Shape::Ja {
            long: c == class::JMP32,
        },
        jmp_op::CALL if jmp_k => Shape::Call,
        jmp_op::EXIT if jmp_k => Shape::Exit,
        jmp_op::JCOND if jmp_k => Shape::MayGoto,
        jmp_op::JA | jmp_op::CALL | jmp_op::EXIT | jmp_op::JCOND => Shape::Unknown,
        _ => {
            let mut i = 0;
            while i < table::JMP_COND.len() {
                let row = &table::JMP_COND[i];
                if row.code == op {
                    return Shape::JmpIf {
                        cond: row.cond,
                        width,
                        x: !k,
                    };
                }
                i += 1;
            }
            Shape::Unknown
        }
    }
}

const fn ld(code: u8) -> Shape {
    let size = size_of(code);
    let dw = matches!(size, Size::DW);
    match code & mode::MASK {
        mode::IMM if dw => Shape::LdImm64,
        mode::ABS if !dw => Shape::Legacy {
            mode: LegacyMode::Abs,
            size,
        },
        mode::IND if !dw => Shape::Legacy {
            mode: LegacyMode::Ind,
            size,
        },
        _ => Shape::Unknown,
    }
}

const fn ldx(code: u8) -> Shape {
    let size = size_of(code);
    match code & mode::MASK {
        mode::MEM => Shape::Load {
            size,
            sign_extend: false,
        },
        mode::MEMSX if !matches!(size, Size::DW) => Shape::Load {
            size,
            sign_extend: true,
        },
        _ => Shape::Unknown,
    }
}

const fn st(code: u8) -> Shape {
    match code & mode::MASK {
        mode::MEM => Shape::StoreImm(size_of(code)),
        _ => Shape::Unknown,
    }
}

const fn stx(code: u8) -> Shape {
    match code & mode::MASK {
        mode::MEM => Shape::StoreReg(size_of(code)),
        mode::ATOMIC => Shape::Atomic(size_of(code)),
        _ => Shape::Unknown,
    }
}

const fn size_of(code: u8) -> Size {
    let bits = code & table::SIZE_MASK;
    let mut i = 0;
    while i < table::SIZES.len() {
        if table::SIZES[i].code == bits {
            return table::SIZES[i].size;
        }
        i += 1;
    }
    panic!("4 size rows cover 2 bits")
}

const fn ld_imm_by_src() -> [Option<LdImmKind>; 16] {
    let mut out = [None; 16];
    let mut i = 0;
    while i < table::LD_IMM.len() {
        let row = &table::LD_IMM[i];
        assert!(row.src < 16, "src_reg is 4 bits");
        if out[row.src as usize].is_none() {
            out[row.src as usize] = Some(row.kind);
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every ALU row is reachable through the index.
    #[test]
    fn every_alu_row_has_an_opcode() {
        let covered = SHAPES.iter().fold(0u32, |m, s| match s {
            Shape::Alu { rows, .. } => m | rows,
            _ => m,
        });
        assert_eq!(covered, (1u64 << table::ALU.len()) as u32 - 1);
    }
}
