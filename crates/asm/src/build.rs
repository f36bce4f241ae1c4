//! Syntax tree to `isa::Insn`: register numbers, widths and ranges are checked here, and
//! symbolic operands (labels, map symbols, calls by name) become fixups for the lowering.

use crate::diag::{AsmError, ErrorCode};
use crate::syntax::{Mem, NumTok, RegTok, Sp, Syn, Target, Value};
use isa::{
    AluOp, AtomicOp, CallKind, EndianKind, Insn, JmpCond, LdImmKind, LegacyMode, Operand, Reg,
    Size, Width,
};
use std::ops::Range;

/// A symbolic operand the lowering resolves once every label is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fixup<'a> {
    /// A jump (or `may_goto`) to a label in the same section.
    Jump { label: &'a str, span: Range<usize> },
    /// `call name`: a helper by name, a local function, or a relocation.
    Call { name: &'a str, span: Range<usize> },
    /// `rN = name [+ addend] ll`; the instruction carries the addend as its immediate.
    LdImm { name: &'a str, span: Range<usize> },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Built<'a> {
    pub insn: Insn,
    pub fixup: Option<Fixup<'a>>,
}

/// Converts spans of the instruction text to absolute source ranges.
pub struct SpanMap {
    pub text_len: usize,
    pub base: usize,
}

impl SpanMap {
    pub fn abs(&self, sp: Sp) -> Range<usize> {
        let r = sp.range(self.text_len);
        (r.start + self.base)..(r.end + self.base)
    }
}

struct B<'a> {
    m: &'a SpanMap,
    errors: Vec<AsmError>,
}

impl B<'_> {
    fn err(&mut self, code: ErrorCode, sp: Sp, msg: impl Into<String>, label: impl Into<String>) {
        self.errors
            .push(AsmError::new(code, self.m.abs(sp), msg, label));
    }

    fn reg(&mut self, r: RegTok) -> Reg {
        match Reg::new(r.n.min(255) as u8).filter(|_| r.n <= 10) {
            Some(reg) => reg,
            None => {
                self.err(
                    ErrorCode::BadRegister,
                    r.sp,
                    format!(
                        "register {}{} does not exist",
                        if r.w { 'w' } else { 'r' },
                        r.n
                    ),
                    "eBPF has r0-r10 (w0-w10 for 32-bit operations)",
                );
                Reg::R0
            }
        }
    }

    /// A register that must be a 64-bit `r` register (addresses).
    fn reg64(&mut self, r: RegTok, role: &str) -> Reg {
        if r.w {
            self.err(
                ErrorCode::WidthMismatch,
                r.sp,
                format!("{role} must be a 64-bit register"),
                "use r instead of w",
            );
        }
        self.reg(r)
    }

    fn same_width(&mut self, a: RegTok, b: RegTok) {
        if a.w != b.w {
            self.err(
                ErrorCode::WidthMismatch,
                b.sp,
                "operands mix 32-bit (w) and 64-bit (r) registers",
                format!(
                    "expected a{} {} register here",
                    if a.w { "" } else { "n" },
                    if a.w { "w" } else { "r" }
                ),
            );
        }
    }

    fn same_reg(&mut self, a: RegTok, b: RegTok, what: &str) {
        if a.n != b.n || a.w != b.w {
            self.err(
                ErrorCode::OperandMismatch,
                b.sp,
                format!("{what} must use the same register on both sides"),
                format!("expected {}{}", if a.w { 'w' } else { 'r' }, a.n),
            );
        }
    }

    /// 32-bit immediates: LLVM accepts [-2^31, 2^32) and keeps the low 32 bits.
    fn imm32(&mut self, n: NumTok) -> i32 {
        if n.v < -(1i128 << 31) || n.v >= (1i128 << 32) {
            self.err(
                ErrorCode::ImmOutOfRange,
                n.sp,
                format!("immediate {} does not fit in 32 bits", n.v),
                "allowed: -2147483648 to 4294967295",
            );
            return 0;
        }
        n.v as i64 as i32
    }

    fn off16(&mut self, n: NumTok) -> i16 {
        match i16::try_from(n.v) {
            Ok(v) => v,
            Err(_) => {
                self.err(
                    ErrorCode::OffsetOutOfRange,
                    n.sp,
                    format!("offset {} is not a 16-bit signed integer", n.v),
                    "allowed: -32768 to 32767",
                );
                0
            }
        }
    }

    fn width(r: RegTok) -> Width {
        if r.w {
            Width::W32
        } else {
            Width::W64
        }
    }

    fn size(&mut self, mem: &Mem) -> (Size, bool) {
        let (signed, bits) = mem.ty.split_at(1);
        let size = match bits {
            "8" => Size::B,
            "16" => Size::H,
            "32" => Size::W,
            _ => Size::DW,
        };
        (size, signed == "s")
    }

    fn unsigned_size(&mut self, mem: &Mem) -> Size {
        let (size, signed) = self.size(mem);
        if signed {
            self.err(
                ErrorCode::BadType,
                mem.ty_sp,
                "this instruction takes an unsigned type",
                "use u8, u16, u32 or u64",
            );
        }
        size
    }

    /// A narrow load or store may name its value register as `w`; 8-byte ones need `r`.
    fn value_reg(&mut self, r: RegTok, size: Size) -> Reg {
        if r.w && size == Size::DW {
            self.err(
                ErrorCode::WidthMismatch,
                r.sp,
                "an 8-byte access needs a 64-bit register",
                "use r instead of w",
            );
        }
        self.reg(r)
    }

    fn target<'a>(&mut self, t: Target<'a>, long: bool) -> (i32, Option<Fixup<'a>>) {
        match t {
            Target::Rel(n) => {
                let ok = if long {
                    i32::try_from(n.v).is_ok()
                } else {
                    i16::try_from(n.v).is_ok()
                };
                if !ok {
                    self.err(
                        ErrorCode::OffsetOutOfRange,
                        n.sp,
                        format!(
                            "jump offset {} does not fit in {} bits",
                            n.v,
                            if long { 32 } else { 16 }
                        ),
                        if long {
                            ""
                        } else {
                            "use gotol for longer jumps"
                        },
                    );
                    return (0, None);
                }
                (n.v as i32, None)
            }
            Target::Label(label, sp) => (
                0,
                Some(Fixup::Jump {
                    label,
                    span: self.m.abs(sp),
                }),
            ),
        }
    }

    fn atomic_size(&mut self, mem: &Mem) -> Size {
        let size = self.unsigned_size(mem);
        if !matches!(size, Size::W | Size::DW) {
            self.err(
                ErrorCode::BadType,
                mem.ty_sp,
                "atomic operations work on u32 or u64",
                "use u32 or u64",
            );
        }
        size
    }
}

/// Builds one instruction; on failure returns every problem found in it.
pub fn build<'a>(syn: Syn<'a>, m: &SpanMap) -> Result<Built<'a>, Vec<AsmError>> {
    let mut b = B {
        m,
        errors: Vec::new(),
    };
    let mut fixup = None;
    let insn = match syn {
        Syn::Exit => Insn::Exit,
        Syn::CallNum(n) => Insn::Call(CallKind::Helper(b.imm32(n))),
        Syn::CallPc(n) => Insn::Call(CallKind::Local(b.imm32(n))),
        Syn::CallKfunc(id, off) => {
            let btf_id = b.imm32(id);
            let off = off.map(|o| b.off16(o)).unwrap_or(0);
            Insn::Call(CallKind::Kfunc { btf_id, off })
        }
        Syn::CallSym(name, sp) => {
            fixup = Some(Fixup::Call {
                name,
                span: m.abs(sp),
            });
            Insn::Call(CallKind::Local(-1))
        }
        Syn::Goto { long, target } => {
            let (off, f) = b.target(target, long);
            fixup = f;
            Insn::Ja { off, long }
        }
        Syn::MayGoto(target) => {
            let (off, f) = b.target(target, false);
            fixup = f;
            Insn::MayGoto { off: off as i16 }
        }
        Syn::If {
            lhs,
            op,
            rhs,
            target,
            ..
        } => {
            let cond = isa::table::JMP_COND
                .iter()
                .find(|r| r.token == op)
                .map(|r| r.cond)
                .unwrap_or(JmpCond::Eq);
            let dst = b.reg(lhs);
            let src = match rhs {
                Value::Reg(r) => {
                    b.same_width(lhs, r);
                    Operand::Reg(b.reg(r))
                }
                Value::Num(n) => Operand::Imm(b.imm32(n)),
            };
            let (off, f) = b.target(target, false);
            fixup = f;
            Insn::JmpIf {
                cond,
                width: B::width(lhs),
                dst,
                src,
                off: off as i16,
            }
        }
        Syn::Lock { mem, op, src } => {
            let size = b.atomic_size(&mem);
            let dst = b.reg64(mem.base, "the address register");
            let off = b.off16(mem.off);
            let src = b.value_reg(src, size);
            let aop = isa::table::ATOMIC
                .iter()
                .find(|r| !r.fetch && r.token == op)
                .map(|r| r.op)
                .unwrap_or(AtomicOp::Add);
            Insn::Atomic {
                op: aop,
                fetch: false,
                size,
                dst,
                src,
                off,
            }
        }
        Syn::FetchOp { dst, op, mem, src } => {
            let size = b.atomic_size(&mem);
            b.same_reg(dst, src, "atomic_fetch_* ");
            let base = b.reg64(mem.base, "the address register");
            let off = b.off16(mem.off);
            let s = b.value_reg(src, size);
            let aop = match op {
                "add" => AtomicOp::Add,
                "or" => AtomicOp::Or,
                "and" => AtomicOp::And,
                _ => AtomicOp::Xor,
            };
            Insn::Atomic {
                op: aop,
                fetch: true,
                size,
                dst: base,
                src: s,
                off,
            }
        }
        Syn::Xchg {
            dst,
            w,
            base,
            off,
            src,
        } => {
            b.same_reg(dst, src, "xchg");
            let size = if w { Size::W } else { Size::DW };
            let base = b.reg64(base, "the address register");
            let off = b.off16(off);
            let s = b.value_reg(src, size);
            Insn::Atomic {
                op: AtomicOp::Xchg,
                fetch: true,
                size,
                dst: base,
                src: s,
                off,
            }
        }
        Syn::CmpXchg {
            dst,
            w,
            base,
            off,
            r0,
            src,
        } => {
            for r in [dst, r0] {
                if r.n != 0 {
                    b.err(
                        ErrorCode::OperandMismatch,
                        r.sp,
                        "cmpxchg compares with and returns in r0",
                        "must be r0 (w0)",
                    );
                }
            }
            let size = if w { Size::W } else { Size::DW };
            let base = b.reg64(base, "the address register");
            let off = b.off16(off);
            let s = b.value_reg(src, size);
            Insn::Atomic {
                op: AtomicOp::CmpXchg,
                fetch: true,
                size,
                dst: base,
                src: s,
                off,
            }
        }
        Syn::LoadAcquire { dst, mem } => {
            let size = b.unsigned_size(&mem);
            let d = b.value_reg(dst, size);
            let base = b.reg64(mem.base, "the address register");
            let off = b.off16(mem.off);
            Insn::Atomic {
                op: AtomicOp::LoadAcquire,
                fetch: false,
                size,
                dst: d,
                src: base,
                off,
            }
        }
        Syn::StoreRelease { mem, src } => {
            let size = b.unsigned_size(&mem);
            let base = b.reg64(mem.base, "the address register");
            let off = b.off16(mem.off);
            let s = b.value_reg(src, size);
            Insn::Atomic {
                op: AtomicOp::StoreRelease,
                fetch: false,
                size,
                dst: base,
                src: s,
                off,
            }
        }
        Syn::LdPseudo {
            dst,
            src,
            imm,
            imm_hi,
        } => {
            let d = b.reg64(dst, "the destination");
            let kind = isa::table::LD_IMM
                .iter()
                .find(|r| r.src as i128 == src.v && r.kind != LdImmKind::Imm)
                .map(|r| r.kind);
            if kind.is_none() {
                b.err(
                    ErrorCode::ImmOutOfRange,
                    src.sp,
                    format!("{} is not an ld_imm64 pseudo source", src.v),
                    "use 1 to 6",
                );
            }
            let imm = b.imm32(imm);
            let imm_hi = imm_hi.map(|n| b.imm32(n)).unwrap_or(0);
            Insn::LdImm64 {
                dst: d,
                kind: kind.unwrap_or(LdImmKind::MapFd),
                imm,
                imm_hi,
            }
        }
        Syn::Store { mem, src } => {
            let size = b.unsigned_size(&mem);
            let dst = b.reg64(mem.base, "the address register");
            let off = b.off16(mem.off);
            let src = match src {
                Value::Reg(r) => Operand::Reg(b.value_reg(r, size)),
                Value::Num(n) => Operand::Imm(b.imm32(n)),
            };
            Insn::Store {
                size,
                dst,
                off,
                src,
            }
        }
        Syn::Load { dst, mem } => {
            let (size, sign_extend) = b.size(&mem);
            if sign_extend && size == Size::DW {
                b.err(
                    ErrorCode::BadType,
                    mem.ty_sp,
                    "there is no sign-extending 8-byte load",
                    "use u64",
                );
            }
            let d = b.value_reg(dst, size);
            let src = b.reg64(mem.base, "the address register");
            let off = b.off16(mem.off);
            Insn::Load {
                size,
                sign_extend,
                dst: d,
                src,
                off,
            }
        }
        Syn::LegacyAbs {
            dst,
            ty,
            ty_sp,
            imm,
        } => {
            let size = legacy_size(&mut b, dst, ty, ty_sp);
            Insn::LegacyLoad {
                mode: LegacyMode::Abs,
                size,
                src: Reg::R0,
                imm: b.imm32(imm),
            }
        }
        Syn::LegacyInd {
            dst,
            ty,
            ty_sp,
            src,
            imm,
        } => {
            let size = legacy_size(&mut b, dst, ty, ty_sp);
            let s = b.reg64(src, "the index register");
            let imm = imm.map(|n| b.imm32(n)).unwrap_or(0);
            Insn::LegacyLoad {
                mode: LegacyMode::Ind,
                size,
                src: s,
                imm,
            }
        }
        Syn::AddrSpaceCast {
            dst,
            src,
            dst_as,
            src_as,
        } => {
            let d = b.reg64(dst, "the destination");
            let s = b.reg64(src, "the source");
            let mut as16 = |n: NumTok| match u16::try_from(n.v) {
                Ok(v) => v,
                Err(_) => {
                    b.err(
                        ErrorCode::ImmOutOfRange,
                        n.sp,
                        "address space must fit in 16 bits",
                        "0 to 65535",
                    );
                    0
                }
            };
            Insn::AddrSpaceCast {
                dst: d,
                src: s,
                dst_as: as16(dst_as),
                src_as: as16(src_as),
            }
        }
        Syn::Endian {
            dst,
            kind,
            bits,
            src,
        } => {
            b.same_reg(dst, src, "a byte swap");
            let d = b.reg(dst);
            let bits = match bits.v {
                16 | 32 | 64 => bits.v as u16,
                _ => {
                    b.err(
                        ErrorCode::ImmOutOfRange,
                        bits.sp,
                        format!("cannot swap {} bits", bits.v),
                        "use 16, 32 or 64",
                    );
                    16
                }
            };
            let kind = match kind {
                "le" => EndianKind::Le,
                "be" => EndianKind::Be,
                _ => EndianKind::Swap,
            };
            Insn::Endian { kind, bits, dst: d }
        }
        Syn::Neg { dst, src } => {
            b.same_reg(dst, src, "negation");
            Insn::Alu {
                op: AluOp::Neg,
                width: B::width(dst),
                dst: b.reg(dst),
                src: Operand::Imm(0),
            }
        }
        Syn::MovSx { dst, bits, src } => {
            b.same_width(dst, src);
            let size = match bits {
                "s8" => Size::B,
                "s16" => Size::H,
                _ => Size::W,
            };
            if size == Size::W && dst.w {
                b.err(
                    ErrorCode::WidthMismatch,
                    dst.sp,
                    "(s32) sign extension needs 64-bit registers",
                    "use r registers",
                );
            }
            Insn::Alu {
                op: AluOp::MovSx(size),
                width: B::width(dst),
                dst: b.reg(dst),
                src: Operand::Reg(b.reg(src)),
            }
        }
        Syn::LdImm { dst, v } => {
            let d = b.reg64(dst, "the destination of ld_imm64");
            let value = if v.v < i64::MIN as i128 || v.v > u64::MAX as i128 {
                b.err(
                    ErrorCode::ImmOutOfRange,
                    v.sp,
                    format!("{} does not fit in 64 bits", v.v),
                    "",
                );
                0
            } else {
                v.v as u64
            };
            let (imm, imm_hi) = Insn::split_imm64(value);
            Insn::LdImm64 {
                dst: d,
                kind: LdImmKind::Imm,
                imm,
                imm_hi,
            }
        }
        Syn::LdSym {
            dst,
            name,
            name_sp,
            addend,
        } => {
            let d = b.reg64(dst, "the destination of ld_imm64");
            let addend = addend.map(|n| n.v as i64).unwrap_or(0);
            fixup = Some(Fixup::LdImm {
                name,
                span: m.abs(name_sp),
            });
            let (imm, imm_hi) = Insn::split_imm64(addend as u64);
            Insn::LdImm64 {
                dst: d,
                kind: LdImmKind::Imm,
                imm,
                imm_hi,
            }
        }
        Syn::Alu { dst, op, src, .. } => {
            let row_op = isa::table::ALU
                .iter()
                .find(|r| r.token == op && !matches!(r.op, AluOp::MovSx(_) | AluOp::Neg))
                .map(|r| r.op)
                .unwrap_or(AluOp::Mov);
            let d = b.reg(dst);
            let s = match src {
                Value::Reg(r) => {
                    b.same_width(dst, r);
                    Operand::Reg(b.reg(r))
                }
                Value::Num(n) => Operand::Imm(b.imm32(n)),
            };
            Insn::Alu {
                op: row_op,
                width: B::width(dst),
                dst: d,
                src: s,
            }
        }
    };
    if b.errors.is_empty() {
        Ok(Built { insn, fixup })
    } else {
        Err(b.errors)
    }
}

fn legacy_size(b: &mut B, dst: RegTok, ty: &str, ty_sp: Sp) -> Size {
    if dst.n != 0 || dst.w {
        b.err(
            ErrorCode::OperandMismatch,
            dst.sp,
            "legacy packet loads always load into r0",
            "must be r0",
        );
    }
    match ty {
        "u8" => Size::B,
        "u16" => Size::H,
        "u32" => Size::W,
        _ => {
            b.err(
                ErrorCode::BadType,
                ty_sp,
                "legacy packet loads are 1, 2 or 4 bytes",
                "use u8, u16 or u32",
            );
            Size::W
        }
    }
}
