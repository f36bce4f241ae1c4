//! The opcode table: the single source of truth for every opcode byte of the eBPF ISA.
//!
//! An eBPF opcode byte is composed of fields (class, operation or mode, size, source bit).
//! Each field has one table here, and each row ties the structured value to its encoding and
//! to the token the printer and the parser use. Decoding, encoding and text all read these
//! rows; no other code in the workspace spells an opcode value.
//!
//! Encodings follow the kernel's `include/uapi/linux/bpf.h` and `bpf_common.h` and the ISA
//! standard (RFC 9669).

use crate::insn::*;
use crate::RawInsn;

/// Instruction classes (low 3 bits of the opcode).
pub mod class {
    pub const LD: u8 = 0x00;
    pub const LDX: u8 = 0x01;
    pub const ST: u8 = 0x02;
    pub const STX: u8 = 0x03;
    pub const ALU: u8 = 0x04;
    pub const JMP: u8 = 0x05;
    pub const JMP32: u8 = 0x06;
    pub const ALU64: u8 = 0x07;
    pub const MASK: u8 = 0x07;
}

/// Source bit of ALU and jump opcodes.
pub mod source {
    pub const K: u8 = 0x00;
    pub const X: u8 = 0x08;
    pub const MASK: u8 = 0x08;
}

/// Memory modes (top 3 bits of load/store opcodes).
pub mod mode {
    pub const IMM: u8 = 0x00;
    pub const ABS: u8 = 0x20;
    pub const IND: u8 = 0x40;
    pub const MEM: u8 = 0x60;
    pub const MEMSX: u8 = 0x80;
    pub const ATOMIC: u8 = 0xc0;
    pub const MASK: u8 = 0xe0;
}

/// Mask of the operation nibble of ALU and jump opcodes.
pub const OP_MASK: u8 = 0xf0;

/// `src_reg` values of call instructions.
pub mod call_src {
    pub const HELPER: u8 = 0;
    pub const LOCAL: u8 = 1;
    pub const KFUNC: u8 = 2;
}

/// One ALU operation: its operation nibble, the `off` value that selects it among operations
/// sharing the nibble, the widths it exists for, and its printer token.
#[derive(Debug, Clone, Copy)]
pub struct AluRow {
    pub op: AluOp,
    pub code: u8,
    pub off: i16,
    pub w32: bool,
    pub token: &'static str,
}

/// Every ALU operation. `Neg` and `MovSx` are printed specially (`r1 = -r1`, `r1 = (s8)r2`);
/// their token is the operator that appears in that text.
pub const ALU: &[AluRow] = &[
    AluRow {
        op: AluOp::Add,
        code: 0x00,
        off: 0,
        w32: true,
        token: "+=",
    },
    AluRow {
        op: AluOp::Sub,
        code: 0x10,
        off: 0,
        w32: true,
        token: "-=",
    },
    AluRow {
        op: AluOp::Mul,
        code: 0x20,
        off: 0,
        w32: true,
        token: "*=",
    },
    AluRow {
        op: AluOp::Div,
        code: 0x30,
        off: 0,
        w32: true,
        token: "/=",
    },
    AluRow {
        op: AluOp::SDiv,
        code: 0x30,
        off: 1,
        w32: true,
        token: "s/=",
    },
    AluRow {
        op: AluOp::Or,
        code: 0x40,
        off: 0,
        w32: true,
        token: "|=",
    },
    AluRow {
        op: AluOp::And,
        code: 0x50,
        off: 0,
        w32: true,
        token: "&=",
    },
    AluRow {
        op: AluOp::Lsh,
        code: 0x60,
        off: 0,
        w32: true,
        token: "<<=",
    },
    AluRow {
        op: AluOp::Rsh,
        code: 0x70,
        off: 0,
        w32: true,
        token: ">>=",
    },
    AluRow {
        op: AluOp::Neg,
        code: 0x80,
        off: 0,
        w32: true,
        token: "-",
    },
    AluRow {
        op: AluOp::Mod,
        code: 0x90,
        off: 0,
        w32: true,
        token: "%=",
    },
    AluRow {
        op: AluOp::SMod,
        code: 0x90,
        off: 1,
        w32: true,
        token: "s%=",
    },
    AluRow {
        op: AluOp::Xor,
        code: 0xa0,
        off: 0,
        w32: true,
        token: "^=",
    },
    AluRow {
        op: AluOp::Mov,
        code: 0xb0,
        off: 0,
        w32: true,
        token: "=",
    },
    AluRow {
        op: AluOp::MovSx(Size::B),
        code: 0xb0,
        off: 8,
        w32: true,
        token: "s8",
    },
    AluRow {
        op: AluOp::MovSx(Size::H),
        code: 0xb0,
        off: 16,
        w32: true,
        token: "s16",
    },
    AluRow {
        op: AluOp::MovSx(Size::W),
        code: 0xb0,
        off: 32,
        w32: false,
        token: "s32",
    },
    AluRow {
        op: AluOp::Arsh,
        code: 0xc0,
        off: 0,
        w32: true,
        token: "s>>=",
    },
];

/// `BPF_MOV` with `off == 1` in class ALU64 is `addr_space_cast`.
pub const ADDR_SPACE_CAST: (u8, i16) = (0xb0, 1);

/// `BPF_END`: byte-order operations.
pub const END_CODE: u8 = 0xd0;

/// One byte-order operation: the class and source bit that select it, and its mnemonic stem.
#[derive(Debug, Clone, Copy)]
pub struct EndianRow {
    pub kind: EndianKind,
    pub class: u8,
    pub source: u8,
    pub token: &'static str,
}

pub const ENDIAN: &[EndianRow] = &[
    EndianRow {
        kind: EndianKind::Le,
        class: class::ALU,
        source: source::K,
        token: "le",
    },
    EndianRow {
        kind: EndianKind::Be,
        class: class::ALU,
        source: source::X,
        token: "be",
    },
    EndianRow {
        kind: EndianKind::Swap,
        class: class::ALU64,
        source: source::K,
        token: "bswap",
    },
];

/// Bit widths a byte-order operation accepts (its `imm`).
pub const ENDIAN_BITS: [u16; 3] = [16, 32, 64];

/// One conditional jump: operation nibble and printer token.
#[derive(Debug, Clone, Copy)]
pub struct JmpRow {
    pub cond: JmpCond,
    pub code: u8,
    pub token: &'static str,
}

pub const JMP_COND: &[JmpRow] = &[
    JmpRow {
        cond: JmpCond::Eq,
        code: 0x10,
        token: "==",
    },
    JmpRow {
        cond: JmpCond::Gt,
        code: 0x20,
        token: ">",
    },
    JmpRow {
        cond: JmpCond::Ge,
        code: 0x30,
        token: ">=",
    },
    JmpRow {
        cond: JmpCond::Set,
        code: 0x40,
        token: "&",
    },
    JmpRow {
        cond: JmpCond::Ne,
        code: 0x50,
        token: "!=",
    },
    JmpRow {
        cond: JmpCond::SGt,
        code: 0x60,
        token: "s>",
    },
    JmpRow {
        cond: JmpCond::SGe,
        code: 0x70,
        token: "s>=",
    },
    JmpRow {
        cond: JmpCond::Lt,
        code: 0xa0,
        token: "<",
    },
    JmpRow {
        cond: JmpCond::Le,
        code: 0xb0,
        token: "<=",
    },
    JmpRow {
        cond: JmpCond::SLt,
        code: 0xc0,
        token: "s<",
    },
    JmpRow {
        cond: JmpCond::SLe,
        code: 0xd0,
        token: "s<=",
    },
];

/// Unconditional and special jump-class operations.
pub mod jmp_op {
    pub const JA: u8 = 0x00;
    pub const CALL: u8 = 0x80;
    pub const EXIT: u8 = 0x90;
    /// `BPF_JCOND`; `src_reg == 0` is `may_goto`.
    pub const JCOND: u8 = 0xe0;
}

/// One access size: its size bits and the C type token of the printer.
#[derive(Debug, Clone, Copy)]
pub struct SizeRow {
    pub size: Size,
    pub code: u8,
    pub unsigned: &'static str,
    pub signed: &'static str,
}

pub const SIZES: &[SizeRow] = &[
    SizeRow {
        size: Size::W,
        code: 0x00,
        unsigned: "u32",
        signed: "s32",
    },
    SizeRow {
        size: Size::H,
        code: 0x08,
        unsigned: "u16",
        signed: "s16",
    },
    SizeRow {
        size: Size::B,
        code: 0x10,
        unsigned: "u8",
        signed: "s8",
    },
    SizeRow {
        size: Size::DW,
        code: 0x18,
        unsigned: "u64",
        signed: "s64",
    },
];

pub const SIZE_MASK: u8 = 0x18;

/// One atomic operation (its `imm`), the sizes it exists for, and its printer token.
#[derive(Debug, Clone, Copy)]
pub struct AtomicRow {
    pub op: AtomicOp,
    pub fetch: bool,
    pub imm: i32,
    pub sizes: &'static [Size],
    pub token: &'static str,
}

const WORDS: &[Size] = &[Size::W, Size::DW];
const ALL_SIZES: &[Size] = &[Size::B, Size::H, Size::W, Size::DW];

pub const ATOMIC: &[AtomicRow] = &[
    AtomicRow {
        op: AtomicOp::Add,
        fetch: false,
        imm: 0x00,
        sizes: WORDS,
        token: "+=",
    },
    AtomicRow {
        op: AtomicOp::Or,
        fetch: false,
        imm: 0x40,
        sizes: WORDS,
        token: "|=",
    },
    AtomicRow {
        op: AtomicOp::And,
        fetch: false,
        imm: 0x50,
        sizes: WORDS,
        token: "&=",
    },
    AtomicRow {
        op: AtomicOp::Xor,
        fetch: false,
        imm: 0xa0,
        sizes: WORDS,
        token: "^=",
    },
    AtomicRow {
        op: AtomicOp::Add,
        fetch: true,
        imm: 0x01,
        sizes: WORDS,
        token: "atomic_fetch_add",
    },
    AtomicRow {
        op: AtomicOp::Or,
        fetch: true,
        imm: 0x41,
        sizes: WORDS,
        token: "atomic_fetch_or",
    },
    AtomicRow {
        op: AtomicOp::And,
        fetch: true,
        imm: 0x51,
        sizes: WORDS,
        token: "atomic_fetch_and",
    },
    AtomicRow {
        op: AtomicOp::Xor,
        fetch: true,
        imm: 0xa1,
        sizes: WORDS,
        token: "atomic_fetch_xor",
    },
    AtomicRow {
        op: AtomicOp::Xchg,
        fetch: true,
        imm: 0xe1,
        sizes: WORDS,
        token: "xchg",
    },
    AtomicRow {
        op: AtomicOp::CmpXchg,
        fetch: true,
        imm: 0xf1,
        sizes: WORDS,
        token: "cmpxchg",
    },
    AtomicRow {
        op: AtomicOp::LoadAcquire,
        fetch: false,
        imm: 0x100,
        sizes: ALL_SIZES,
        token: "load_acquire",
    },
    AtomicRow {
        op: AtomicOp::StoreRelease,
        fetch: false,
        imm: 0x110,
        sizes: ALL_SIZES,
        token: "store_release",
    },
];

/// One `ld_imm64` pseudo source (`src_reg`) and the name the printer uses in `ld_pseudo`.
#[derive(Debug, Clone, Copy)]
pub struct LdImmRow {
    pub kind: LdImmKind,
    pub src: u8,
    pub kernel_name: &'static str,
}

pub const LD_IMM: &[LdImmRow] = &[
    LdImmRow {
        kind: LdImmKind::Imm,
        src: 0,
        kernel_name: "",
    },
    LdImmRow {
        kind: LdImmKind::MapFd,
        src: 1,
        kernel_name: "BPF_PSEUDO_MAP_FD",
    },
    LdImmRow {
        kind: LdImmKind::MapValue,
        src: 2,
        kernel_name: "BPF_PSEUDO_MAP_VALUE",
    },
    LdImmRow {
        kind: LdImmKind::BtfId,
        src: 3,
        kernel_name: "BPF_PSEUDO_BTF_ID",
    },
    LdImmRow {
        kind: LdImmKind::Func,
        src: 4,
        kernel_name: "BPF_PSEUDO_FUNC",
    },
    LdImmRow {
        kind: LdImmKind::MapIdx,
        src: 5,
        kernel_name: "BPF_PSEUDO_MAP_IDX",
    },
    LdImmRow {
        kind: LdImmKind::MapIdxValue,
        src: 6,
        kernel_name: "BPF_PSEUDO_MAP_IDX_VALUE",
    },
];

/// The opcode byte of `ld_imm64` (`BPF_LD | BPF_IMM | BPF_DW`).
pub const LD_IMM64: u8 = class::LD | mode::IMM | 0x18;

pub fn alu_row(op: AluOp) -> &'static AluRow {
    ALU.iter()
        .find(|r| r.op == op)
        .expect("every AluOp has a row")
}
pub fn jmp_row(cond: JmpCond) -> &'static JmpRow {
    JMP_COND
        .iter()
        .find(|r| r.cond == cond)
        .expect("every JmpCond has a row")
}
pub fn size_row(size: Size) -> &'static SizeRow {
    SIZES
        .iter()
        .find(|r| r.size == size)
        .expect("every Size has a row")
}
pub fn endian_row(kind: EndianKind) -> &'static EndianRow {
    ENDIAN
        .iter()
        .find(|r| r.kind == kind)
        .expect("every EndianKind has a row")
}
pub fn ld_imm_row(kind: LdImmKind) -> &'static LdImmRow {
    LD_IMM
        .iter()
        .find(|r| r.kind == kind)
        .expect("every LdImmKind has a row")
}
/// Xchg and cmpxchg always fetch; their row is found whatever `fetch` says.
pub fn atomic_row(op: AtomicOp, fetch: bool) -> &'static AtomicRow {
    let fetch = fetch || matches!(op, AtomicOp::Xchg | AtomicOp::CmpXchg);
    ATOMIC
        .iter()
        .find(|r| r.op == op && r.fetch == fetch)
        .or_else(|| ATOMIC.iter().find(|r| r.op == op))
        .expect("every AtomicOp has a row")
}

fn width_class(width: Width) -> u8 {
    match width {
        Width::W32 => class::ALU,
        Width::W64 => class::ALU64,
    }
}

fn jmp_class(width: Width) -> u8 {
    match width {
        Width::W32 => class::JMP32,
        Width::W64 => class::JMP,
    }
}

fn operand(src: Operand) -> (u8, u8, i32) {
    match src {
        Operand::Reg(r) => (source::X, r.index(), 0),
        Operand::Imm(i) => (source::K, 0, i),
    }
}

/// Encodes one structured instruction into its slot(s).
pub fn encode(insn: &Insn) -> Vec<RawInsn> {
    let slots = encode_slots(insn);
    slots.to_vec()
}

/// Up to two encoded slots, without allocating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slots {
    raw: [RawInsn; 2],
    len: usize,
}

impl Slots {
    pub fn as_slice(&self) -> &[RawInsn] {
        &self.raw[..self.len]
    }
    pub fn to_vec(self) -> Vec<RawInsn> {
        self.as_slice().to_vec()
    }
}

/// Encodes one structured instruction into its slot(s).
pub fn encode_slots(insn: &Insn) -> Slots {
    let one = |code, dst: u8, src: u8, off, imm| Slots {
        raw: [RawInsn::new(code, dst, src, off, imm), RawInsn::default()],
        len: 1,
    };
    match *insn {
        Insn::Alu {
            op,
            width,
            dst,
            src,
        } => {
            let row = alu_row(op);
            let class = width_class(width);
            if op == AluOp::Neg {
                return one(class | row.code, dst.index(), 0, 0, 0);
            }
            let (s, sreg, imm) = operand(src);
            one(class | row.code | s, dst.index(), sreg, row.off, imm)
        }
        Insn::AddrSpaceCast {
            dst,
            src,
            dst_as,
            src_as,
        } => one(
            class::ALU64 | ADDR_SPACE_CAST.0 | source::X,
            dst.index(),
            src.index(),
            ADDR_SPACE_CAST.1,
            ((dst_as as i32) << 16) | src_as as i32,
        ),
        Insn::Endian { kind, bits, dst } => {
            let row = endian_row(kind);
            one(
                row.class | END_CODE | row.source,
                dst.index(),
                0,
                0,
                bits as i32,
            )
        }
        Insn::Load {
            size,
            sign_extend,
            dst,
            src,
            off,
        } => {
            let m = if sign_extend { mode::MEMSX } else { mode::MEM };
            one(
                class::LDX | m | size_row(size).code,
                dst.index(),
                src.index(),
                off,
                0,
            )
        }
        Insn::Store {
            size,
            dst,
            off,
            src,
        } => match src {
            Operand::Reg(r) => one(
                class::STX | mode::MEM | size_row(size).code,
                dst.index(),
                r.index(),
                off,
                0,
            ),
            Operand::Imm(i) => one(
                class::ST | mode::MEM | size_row(size).code,
                dst.index(),
                0,
                off,
                i,
            ),
        },
        Insn::Atomic {
            op,
            fetch,
            size,
            dst,
            src,
            off,
        } => one(
            class::STX | mode::ATOMIC | size_row(size).code,
            dst.index(),
            src.index(),
            off,
            atomic_row(op, fetch).imm,
        ),
        Insn::LdImm64 {
            dst,
            kind,
            imm,
            imm_hi,
        } => Slots {
            raw: [
                RawInsn::new(LD_IMM64, dst.index(), ld_imm_row(kind).src, 0, imm),
                RawInsn::new(0, 0, 0, 0, imm_hi),
            ],
            len: 2,
        },
        Insn::LegacyLoad {
            mode: m,
            size,
            src,
            imm,
        } => {
            let (bits, sreg) = match m {
                LegacyMode::Abs => (mode::ABS, 0),
                LegacyMode::Ind => (mode::IND, src.index()),
            };
            one(class::LD | bits | size_row(size).code, 0, sreg, 0, imm)
        }
        Insn::Ja { off, long: false } => one(class::JMP | jmp_op::JA, 0, 0, off as i16, 0),
        Insn::Ja { off, long: true } => one(class::JMP32 | jmp_op::JA, 0, 0, 0, off),
        Insn::JmpIf {
            cond,
            width,
            dst,
            src,
            off,
        } => {
            let (s, sreg, imm) = operand(src);
            one(
                jmp_class(width) | jmp_row(cond).code | s,
                dst.index(),
                sreg,
                off,
                imm,
            )
        }
        Insn::MayGoto { off } => one(class::JMP | jmp_op::JCOND, 0, 0, off, 0),
        Insn::Call(kind) => {
            let code = class::JMP | jmp_op::CALL;
            match kind {
                CallKind::Helper(id) => one(code, 0, call_src::HELPER, 0, id),
                CallKind::Local(off) => one(code, 0, call_src::LOCAL, 0, off),
                CallKind::Kfunc { btf_id, off } => one(code, 0, call_src::KFUNC, off, btf_id),
            }
        }
        Insn::Exit => one(class::JMP | jmp_op::EXIT, 0, 0, 0, 0),
    }
}
