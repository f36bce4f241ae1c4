//! Raw slots to structured instructions, with the kernel's instruction-level checks.

use crate::index::{Shape, LD_IMM_BY_SRC, SHAPES};
use crate::insn::*;
use crate::table;
use crate::{Pc, RawInsn};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    pub pc: Pc,
    pub kind: DecodeErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeErrorKind {
    /// No instruction has this opcode byte.
    UnknownOpcode(u8),
    /// A register field above 10.
    BadRegister {
        field: &'static str,
        value: u8,
    },
    /// A field this opcode does not use is not zero (or not one of its allowed values).
    ReservedField {
        field: &'static str,
        value: i64,
    },
    /// `ld_imm64` in the last slot, or its second slot is not all zero but `imm`.
    TruncatedLdImm64,
    BadLdImm64Second,
    /// The byte length is not a multiple of 8 (remaining bytes).
    TrailingBytes(usize),
}

impl DecodeErrorKind {
    /// Stable kebab-case code for diagnostics.
    pub fn code(&self) -> &'static str {
        match self {
            DecodeErrorKind::UnknownOpcode(_) => "unknown-opcode",
            DecodeErrorKind::BadRegister { .. } => "bad-register",
            DecodeErrorKind::ReservedField { .. } => "reserved-field",
            DecodeErrorKind::TruncatedLdImm64 => "truncated-ld-imm64",
            DecodeErrorKind::BadLdImm64Second => "bad-ld-imm64",
            DecodeErrorKind::TrailingBytes(_) => "trailing-bytes",
        }
    }
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "insn {}: ", self.pc)?;
        match &self.kind {
            DecodeErrorKind::UnknownOpcode(c) => write!(f, "unknown opcode {c:#04x}"),
            DecodeErrorKind::BadRegister { field, value } => {
                write!(f, "invalid register r{value} in the {field} field")
            }
            DecodeErrorKind::ReservedField { field, value } => {
                write!(
                    f,
                    "reserved field {field} must not be {value} for this opcode"
                )
            }
            DecodeErrorKind::TruncatedLdImm64 => write!(f, "ld_imm64 is missing its second slot"),
            DecodeErrorKind::BadLdImm64Second => {
                write!(f, "second slot of ld_imm64 must be zero except for imm")
            }
            DecodeErrorKind::TrailingBytes(n) => {
                write!(f, "{n} trailing bytes (instructions are 8 bytes)")
            }
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decodes a whole instruction stream. Each element is an instruction and its first slot.
pub fn decode(raw: &[RawInsn]) -> Result<Vec<(Pc, Insn)>, DecodeError> {
    let mut out = Vec::with_capacity(raw.len());
    let mut pc = 0;
    while pc < raw.len() {
        let insn = decode_one(raw, Pc(pc))?;
        out.push((Pc(pc), insn));
        pc += insn.slots();
    }
    Ok(out)
}

/// Decodes the instruction starting at slot `pc`.
pub fn decode_one(raw: &[RawInsn], pc: Pc) -> Result<Insn, DecodeError> {
    let r = raw[pc.0];
    let err = |kind| DecodeError { pc, kind };
    let reserved = |field, value: i64| err(DecodeErrorKind::ReservedField { field, value });
    let reg = |field, value: u8| {
        Reg::new(value).ok_or_else(|| err(DecodeErrorKind::BadRegister { field, value }))
    };
    let zero = |field, value: i64| {
        if value != 0 {
            Err(reserved(field, value))
        } else {
            Ok(())
        }
    };
    let unknown = || err(DecodeErrorKind::UnknownOpcode(r.code));
    let dst = reg("dst", r.dst)?;
    let src = reg("src", r.src)?;
    let operand = |x: bool| {
        if x {
            zero("imm", r.imm as i64)?;
            Ok(Operand::Reg(src))
        } else {
            zero("src", r.src as i64)?;
            Ok(Operand::Imm(r.imm))
        }
    };

    match SHAPES[r.code as usize] {
        Shape::Unknown => Err(unknown()),
        Shape::Endian(kind) => {
            zero("src", r.src as i64)?;
            zero("off", r.off as i64)?;
            let bits = table::ENDIAN_BITS
                .into_iter()
                .find(|&b| b as i32 == r.imm)
                .ok_or_else(|| reserved("imm", r.imm as i64))?;
            Ok(Insn::Endian { kind, bits, dst })
        }
        Shape::Alu { width, x, rows } => {
            if width == Width::W64
                && x
                && (r.code & table::OP_MASK, r.off) == table::ADDR_SPACE_CAST
            {
                return Ok(Insn::AddrSpaceCast {
                    dst,
                    src,
                    dst_as: (r.imm as u32 >> 16) as u16,
                    src_as: r.imm as u16,
                });
            }
            if rows == 0 {
                return Err(unknown());
            }
            let row = alu_row(rows, r.off, width).ok_or_else(|| reserved("off", r.off as i64))?;
            if row.op == AluOp::Neg {
                if x {
                    return Err(unknown());
                }
                zero("src", r.src as i64)?;
                zero("imm", r.imm as i64)?;
                return Ok(Insn::Alu {
                    op: AluOp::Neg,
                    width,
                    dst,
                    src: Operand::Imm(0),
                });
            }
            if matches!(row.op, AluOp::MovSx(_)) && !x {
                return Err(reserved("off", r.off as i64));
            }
            Ok(Insn::Alu {
                op: row.op,
                width,
                dst,
                src: operand(x)?,
            })
        }
        Shape::Ja { long: false } => {
            zero("dst", r.dst as i64)?;
            zero("src", r.src as i64)?;
            zero("imm", r.imm as i64)?;
            Ok(Insn::Ja {
                off: r.off as i32,
                long: false,
            })
        }
        Shape::Ja { long: true } => {
            zero("dst", r.dst as i64)?;
            zero("src", r.src as i64)?;
            zero("off", r.off as i64)?;
            Ok(Insn::Ja {
                off: r.imm,
                long: true,
            })
        }
        Shape::Call => {
            zero("dst", r.dst as i64)?;
            let kind = match r.src {
                table::call_src::HELPER => CallKind::Helper(r.imm),
                table::call_src::LOCAL => CallKind::Local(r.imm),
                table::call_src::KFUNC => CallKind::Kfunc {
                    btf_id: r.imm,
                    off: r.off,
                },
                other => return Err(reserved("src", other as i64)),
            };
            if r.src != table::call_src::KFUNC {
                zero("off", r.off as i64)?;
            }
            Ok(Insn::Call(kind))
        }
        Shape::Exit => {
            zero("dst", r.dst as i64)?;
            zero("src", r.src as i64)?;
            zero("off", r.off as i64)?;
            zero("imm", r.imm as i64)?;
            Ok(Insn::Exit)
        }
        Shape::MayGoto => {
            zero("src", r.src as i64)?;
            zero("dst", r.dst as i64)?;
            zero("imm", r.imm as i64)?;
            Ok(Insn::MayGoto { off: r.off })
        }
        Shape::JmpIf { cond, width, x } => Ok(Insn::JmpIf {
            cond,
            width,
            dst,
            src: operand(x)?,
            off: r.off,
        }),
        Shape::LdImm64 => {
            zero("off", r.off as i64)?;
            let kind =
                LD_IMM_BY_SRC[r.src as usize].ok_or_else(|| reserved("src", r.src as i64))?;
            let Some(next) = raw.get(pc.0 + 1) else {
                return Err(err(DecodeErrorKind::TruncatedLdImm64));
            };
            if next.code != 0 || next.dst != 0 || next.src != 0 || next.off != 0 {
                return Err(err(DecodeErrorKind::BadLdImm64Second));
            }
            Ok(Insn::LdImm64 {
                dst,
                kind,
                imm: r.imm,
                imm_hi: next.imm,
            })
        }
        Shape::Legacy { mode, size } => {
            zero("dst", r.dst as i64)?;
            zero("off", r.off as i64)?;
            if mode == LegacyMode::Abs {
                zero("src", r.src as i64)?;
            }
            Ok(Insn::LegacyLoad {
                mode,
                size,
                src,
                imm: r.imm,
            })
        }
        Shape::Load { size, sign_extend } => {
            zero("imm", r.imm as i64)?;
            Ok(Insn::Load {
                size,
                sign_extend,
                dst,
                src,
                off: r.off,
            })
        }
        Shape::StoreImm(size) => {
            zero("src", r.src as i64)?;
            Ok(Insn::Store {
                size,
                dst,
                off: r.off,
                src: Operand::Imm(r.imm),
            })
        }
        Shape::StoreReg(size) => {
            zero("imm", r.imm as i64)?;
            Ok(Insn::Store {
                size,
                dst,
                off: r.off,
                src: Operand::Reg(src),
            })
        }
        Shape::Atomic(size) => {
            let row = table::ATOMIC
                .iter()
                .find(|row| row.imm == r.imm)
                .ok_or_else(|| reserved("imm", r.imm as i64))?;
            if !row.sizes.contains(&size) {
                return Err(unknown());
            }
            Ok(Insn::Atomic {
                op: row.op,
                fetch: row.fetch,
                size,
                dst,
                src,
                off: r.off,
            })
        }
    }
}

/// The first of the ALU rows in `rows` (a mask of `table::ALU` indices, in table order) that
/// `off` selects at `width`.
fn alu_row(mut rows: u32, off: i16, width: Width) -> Option<&'static table::AluRow> {
    while rows != 0 {
        let row = &table::ALU[rows.trailing_zeros() as usize];
        if row.off == off && (row.w32 || width == Width::W64) {
            return Some(row);
        }
        rows &= rows - 1;
    }
    None
}
