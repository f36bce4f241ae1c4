//! Canonical LLVM-syntax text of one instruction (LLVM 19's `llvm-objdump -d` spelling).
//!
//! Jump and local-call targets print as relative offsets (`goto +3`); code that knows labels
//! prints those instead. Spellings LLVM has no syntax for are documented extensions:
//! `call pc+N` (BPF-to-BPF call without a symbol, as the kernel's log spells it),
//! `call kfunc(ID)` / `call kfunc(ID, OFF)` (kfunc by BTF id), `skb[rN + imm]` (legacy indirect
//! load with a non-zero immediate), and a fourth operand `ld_pseudo rN, SRC, IMM, IMM_HI` when
//! the second slot's immediate is not zero (LLVM's own `ld_pseudo rN, SRC, IMM` drops it).
//! Immediates are decimal (`llvm-objdump --no-print-imm-hex`); narrow loads and stores use `r`
//! registers (LLVM's spelling without `+alu32`); 32-bit atomics use `w` registers.

use crate::insn::*;
use crate::table;
use std::fmt::{self, Display, Formatter};

impl Display for Reg {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "r{}", self.index())
    }
}

/// A register printed with the prefix of a width (`w3` or `r3`).
pub struct WReg(pub Reg, pub Width);

impl Display for WReg {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.1.reg_prefix(), self.0.index())
    }
}

/// `(r1 + 12)`, `(r10 - 8)`.
pub struct MemAddr(pub Reg, pub i16);

impl Display for MemAddr {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let off = self.1 as i32;
        if off < 0 {
            write!(f, "({} - {})", self.0, -off)
        } else {
            write!(f, "({} + {})", self.0, off)
        }
    }
}

/// A relative offset with an explicit sign: `+3`, `-1`, `+0`.
pub struct Rel(pub i64);

impl Display for Rel {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "{:+}", self.0)
    }
}

impl Display for Insn {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        self.fmt_with_target(f, &|off| Rel(off).to_string())
    }
}

impl Insn {
    /// Prints the instruction; `target` renders a jump's relative offset (e.g. as a label).
    pub fn fmt_with_target(
        &self,
        f: &mut Formatter<'_>,
        target: &dyn Fn(i64) -> String,
    ) -> fmt::Result {
        match *self {
            Insn::Alu {
                op,
                width,
                dst,
                src,
            } => {
                let d = WReg(dst, width);
                let s = match src {
                    Operand::Reg(r) => WReg(r, width).to_string(),
                    Operand::Imm(i) => i.to_string(),
                };
                match op {
                    AluOp::Neg => write!(f, "{d} = -{d}"),
                    AluOp::MovSx(_) => write!(f, "{d} = ({}){s}", table::alu_row(op).token),
                    _ => write!(f, "{d} {} {s}", table::alu_row(op).token),
                }
            }
            Insn::AddrSpaceCast {
                dst,
                src,
                dst_as,
                src_as,
            } => {
                write!(f, "{dst} = addr_space_cast({src}, {dst_as}, {src_as})")
            }
            Insn::Endian { kind, bits, dst } => {
                write!(f, "{dst} = {}{bits} {dst}", table::endian_row(kind).token)
            }
            Insn::Load {
                size,
                sign_extend,
                dst,
                src,
                off,
            } => {
                let row = table::size_row(size);
                let ty = if sign_extend {
                    row.signed
                } else {
                    row.unsigned
                };
                write!(f, "{dst} = *({ty} *){}", MemAddr(src, off))
            }
            Insn::Store {
                size,
                dst,
                off,
                src,
            } => {
                let ty = table::size_row(size).unsigned;
                write!(f, "*({ty} *){} = ", MemAddr(dst, off))?;
                match src {
                    Operand::Reg(r) => write!(f, "{r}"),
                    Operand::Imm(i) => write!(f, "{i}"),
                }
            }
            Insn::Atomic {
                op,
                fetch,
                size,
                dst,
                src,
                off,
            } => {
                let row = table::atomic_row(op, fetch);
                let ty = table::size_row(size).unsigned;
                let s = WReg(src, atomic_width(size));
                let addr = MemAddr(dst, off);
                let suffix = if size == Size::W { "32_32" } else { "_64" };
                match op {
                    // load_acquire reads `src + off` into `dst`.
                    AtomicOp::LoadAcquire => write!(
                        f,
                        "{} = {}(({ty} *){})",
                        WReg(dst, atomic_width(size)),
                        row.token,
                        MemAddr(src, off)
                    ),
                    AtomicOp::StoreRelease => write!(f, "{}(({ty} *){addr}, {s})", row.token),
                    AtomicOp::Xchg => {
                        write!(
                            f,
                            "{s} = {}{suffix}({}, {s})",
                            row.token,
                            MemAddrBare(dst, off)
                        )
                    }
                    AtomicOp::CmpXchg => {
                        let r0 = WReg(Reg::R0, atomic_width(size));
                        let a = MemAddrBare(dst, off);
                        write!(f, "{r0} = {}{suffix}({a}, {r0}, {s})", row.token)
                    }
                    _ if row.fetch => write!(f, "{s} = {}(({ty} *){addr}, {s})", row.token),
                    _ => write!(f, "lock *({ty} *){addr} {} {s}", row.token),
                }
            }
            Insn::LdImm64 {
                dst,
                kind: LdImmKind::Imm,
                imm,
                imm_hi,
            } => {
                write!(f, "{dst} = {} ll", Insn::imm64(imm, imm_hi))
            }
            Insn::LdImm64 {
                dst,
                kind,
                imm,
                imm_hi,
            } => {
                let src = table::ld_imm_row(kind).src;
                write!(f, "ld_pseudo {dst}, {src}, {imm}")?;
                if imm_hi != 0 {
                    write!(f, ", {imm_hi}")?;
                }
                Ok(())
            }
            Insn::LegacyLoad {
                mode,
                size,
                src,
                imm,
            } => {
                let ty = table::size_row(size).unsigned;
                match mode {
                    LegacyMode::Abs => write!(f, "r0 = *({ty} *)skb[{imm}]"),
                    LegacyMode::Ind if imm == 0 => write!(f, "r0 = *({ty} *)skb[{src}]"),
                    LegacyMode::Ind if imm < 0 => {
                        write!(f, "r0 = *({ty} *)skb[{src} - {}]", -(imm as i64))
                    }
                    LegacyMode::Ind => write!(f, "r0 = *({ty} *)skb[{src} + {imm}]"),
                }
            }
            Insn::Ja { off, long } => {
                let m = if long { "gotol" } else { "goto" };
                write!(f, "{m} {}", target(off as i64))
            }
            Insn::JmpIf {
                cond,
                width,
                dst,
                src,
                off,
            } => {
                let s = match src {
                    Operand::Reg(r) => WReg(r, width).to_string(),
                    Operand::Imm(i) => i.to_string(),
                };
                let tok = table::jmp_row(cond).token;
                write!(
                    f,
                    "if {} {tok} {s} goto {}",
                    WReg(dst, width),
                    target(off as i64)
                )
            }
            Insn::MayGoto { off } => write!(f, "may_goto {}", target(off as i64)),
            Insn::Call(CallKind::Helper(id)) => write!(f, "call {id}"),
            Insn::Call(CallKind::Local(off)) => {
                let t = target(off as i64);
                if t.starts_with(['+', '-']) {
                    write!(f, "call pc{t}")
                } else {
                    write!(f, "call {t}")
                }
            }
            Insn::Call(CallKind::Kfunc { btf_id, off: 0 }) => write!(f, "call kfunc({btf_id})"),
            Insn::Call(CallKind::Kfunc { btf_id, off }) => {
                write!(f, "call kfunc({btf_id}, {off})")
            }
            Insn::Exit => write!(f, "exit"),
        }
    }

    /// The canonical text with jump targets rendered by `target`.
    pub fn to_text_with(&self, target: &dyn Fn(i64) -> String) -> String {
        struct W<'a>(&'a Insn, &'a dyn Fn(i64) -> String);
        impl Display for W<'_> {
            fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
                self.0.fmt_with_target(f, self.1)
            }
        }
        W(self, target).to_string()
    }
}

/// Atomics of 8 bytes use `r` registers, narrower ones `w` (LLVM's spelling).
fn atomic_width(size: Size) -> Width {
    if size == Size::DW {
        Width::W64
    } else {
        Width::W32
    }
}

/// `r1 + 0` without parentheses, as in `xchg_64(r1 + 0, r2)`.
struct MemAddrBare(Reg, i16);

impl Display for MemAddrBare {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let s = MemAddr(self.0, self.1).to_string();
        write!(f, "{}", &s[1..s.len() - 1])
    }
}
