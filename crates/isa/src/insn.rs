//! The structured instruction type and its operand types.

use crate::RawInsn;

/// A register, `r0` ... `r10`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Reg(u8);

impl Reg {
    pub const R0: Reg = Reg(0);
    pub const R1: Reg = Reg(1);
    pub const R2: Reg = Reg(2);
    pub const R3: Reg = Reg(3);
    pub const R4: Reg = Reg(4);
    pub const R5: Reg = Reg(5);
    pub const R6: Reg = Reg(6);
    pub const R7: Reg = Reg(7);
    pub const R8: Reg = Reg(8);
    pub const R9: Reg = Reg(9);
    /// The read-only frame pointer.
    pub const FP: Reg = Reg(10);
    pub const COUNT: usize = 11;

    /// `None` for numbers above 10.
    pub const fn new(n: u8) -> Option<Reg> {
        if n <= 10 {
            Some(Reg(n))
        } else {
            None
        }
    }

    pub const fn index(self) -> u8 {
        self.0
    }
}

/// Operation width of ALU and jump instructions: `w` registers (32) or `r` registers (64).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Width {
    W32,
    W64,
}

impl Width {
    pub fn reg_prefix(self) -> char {
        match self {
            Width::W32 => 'w',
            Width::W64 => 'r',
        }
    }
}

/// Memory access size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Size {
    B,
    H,
    W,
    DW,
}

impl Size {
    pub const ALL: [Size; 4] = [Size::B, Size::H, Size::W, Size::DW];

    pub fn bytes(self) -> u32 {
        match self {
            Size::B => 1,
            Size::H => 2,
            Size::W => 4,
            Size::DW => 8,
        }
    }

    pub fn from_bytes(n: u32) -> Option<Size> {
        Size::ALL.into_iter().find(|s| s.bytes() == n)
    }
}

/// The second operand of ALU, jump and store instructions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Operand {
    Reg(Reg),
    Imm(i32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AluOp {
    Add,
    Sub,
    Mul,
    Div,
    /// Signed division (cpu v4; `off == 1`).
    SDiv,
    Or,
    And,
    Lsh,
    Rsh,
    /// `dst = -dst`; the instruction has no second operand.
    Neg,
    Mod,
    /// Signed modulo (cpu v4; `off == 1`).
    SMod,
    Xor,
    Mov,
    /// Sign-extending move from the low 8/16/32 bits (cpu v4; `off` = 8, 16, 32).
    MovSx(Size),
    Arsh,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JmpCond {
    Eq,
    Gt,
    Ge,
    Set,
    Ne,
    SGt,
    SGe,
    Lt,
    Le,
    SLt,
    SLe,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AtomicOp {
    Add,
    Or,
    And,
    Xor,
    /// `BPF_XCHG` (always fetches).
    Xchg,
    /// `BPF_CMPXCHG` (always fetches; compares with r0).
    CmpXchg,
    /// `BPF_LOAD_ACQ`: `dst = load_acquire(src + off)`.
    LoadAcquire,
    /// `BPF_STORE_REL`: `store_release(dst + off, src)`.
    StoreRelease,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EndianKind {
    /// `le16/32/64` (class ALU, `BPF_TO_LE`).
    Le,
    /// `be16/32/64` (class ALU, `BPF_TO_BE`).
    Be,
    /// `bswap16/32/64` (class ALU64, cpu v4).
    Swap,
}

/// The pseudo source of an `ld_imm64` (its `src_reg` field).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LdImmKind {
    /// A plain 64-bit constant.
    Imm,
    /// `BPF_PSEUDO_MAP_FD`: imm is a map fd.
    MapFd,
    /// `BPF_PSEUDO_MAP_VALUE`: imm is a map fd, the second imm an offset into the value.
    MapValue,
    /// `BPF_PSEUDO_BTF_ID`: imm is a BTF id of a kernel variable.
    BtfId,
    /// `BPF_PSEUDO_FUNC`: imm is the relative offset of a BPF function.
    Func,
    /// `BPF_PSEUDO_MAP_IDX`: imm is an index into the program's map array.
    MapIdx,
    /// `BPF_PSEUDO_MAP_IDX_VALUE`.
    MapIdxValue,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CallKind {
    /// A helper by id (`src_reg == 0`).
    Helper(i32),
    /// A BPF-to-BPF call, relative offset in slots (`src_reg == 1`).
    Local(i32),
    /// A kernel function by BTF id (`src_reg == 2`); `off` selects the module BTF fd slot.
    Kfunc { btf_id: i32, off: i16 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LegacyMode {
    Abs,
    Ind,
}

/// One instruction. All relative offsets count slots from the next instruction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Insn {
    Alu {
        op: AluOp,
        width: Width,
        dst: Reg,
        src: Operand,
    },
    /// Byte order conversion of the low `bits` bits.
    Endian {
        kind: EndianKind,
        bits: u16,
        dst: Reg,
    },
    /// `dst = *(size *)(src + off)`; `sign_extend` is `BPF_MEMSX` (cpu v4).
    Load {
        size: Size,
        sign_extend: bool,
        dst: Reg,
        src: Reg,
        off: i16,
    },
    /// `*(size *)(dst + off) = src` (`BPF_STX` for a register, `BPF_ST` for an immediate).
    Store {
        size: Size,
        dst: Reg,
        off: i16,
        src: Operand,
    },
    /// `BPF_ATOMIC`; `fetch` for add/or/and/xor with `BPF_FETCH` (xchg/cmpxchg always fetch).
    Atomic {
        op: AtomicOp,
        fetch: bool,
        size: Size,
        dst: Reg,
        src: Reg,
        off: i16,
    },
    /// Two slots. `imm` is the first slot's immediate, `imm_hi` the second's.
    LdImm64 {
        dst: Reg,
        kind: LdImmKind,
        imm: i32,
        imm_hi: i32,
    },
    /// `BPF_LD_ABS` / `BPF_LD_IND` legacy packet loads (result in r0).
    LegacyLoad {
        mode: LegacyMode,
        size: Size,
        src: Reg,
        imm: i32,
    },
    /// `goto` (16-bit offset) or `gotol` (`long`, 32-bit offset, class JMP32).
    Ja {
        off: i32,
        long: bool,
    },
    JmpIf {
        cond: JmpCond,
        width: Width,
        dst: Reg,
        src: Operand,
        off: i16,
    },
    /// `may_goto` (`BPF_JCOND`): jumps when the loop budget runs out.
    MayGoto {
        off: i16,
    },
    Call(CallKind),
    Exit,
    /// `dst = addr_space_cast(src, dst_as, src_as)` (`BPF_MOV` with `off == 1`, arena programs).
    AddrSpaceCast {
        dst: Reg,
        src: Reg,
        dst_as: u16,
        src_as: u16,
    },
}

impl Insn {
    /// Number of slots: 2 for `ld_imm64`, 1 otherwise.
    pub fn slots(&self) -> usize {
        match self {
            Insn::LdImm64 { .. } => 2,
            _ => 1,
        }
    }

    /// The 64-bit constant of a plain `ld_imm64`, or the combined value for other kinds.
    pub fn imm64(imm: i32, imm_hi: i32) -> u64 {
        ((imm_hi as u32 as u64) << 32) | imm as u32 as u64
    }

    /// Splits a 64-bit constant into `(imm, imm_hi)`.
    pub fn split_imm64(value: u64) -> (i32, i32) {
        (value as u32 as i32, (value >> 32) as u32 as i32)
    }

    /// Relative jump offset, if this instruction jumps within the program.
    pub fn jump_offset(&self) -> Option<i64> {
        match *self {
            Insn::Ja { off, .. } => Some(off as i64),
            Insn::JmpIf { off, .. } | Insn::MayGoto { off } => Some(off as i64),
            Insn::Call(CallKind::Local(off)) => Some(off as i64),
            Insn::LdImm64 {
                kind: LdImmKind::Func,
                imm,
                ..
            } => Some(imm as i64),
            _ => None,
        }
    }

    /// The same instruction with its jump offset replaced (no-op for non-jumps).
    /// Returns `None` when the offset does not fit the instruction's field.
    pub fn with_jump_offset(self, new: i64) -> Option<Insn> {
        let off16 = i16::try_from(new).ok();
        let off32 = i32::try_from(new).ok();
        Some(match self {
            Insn::Ja { long: false, .. } => Insn::Ja {
                off: off16? as i32,
                long: false,
            },
            Insn::Ja { long: true, .. } => Insn::Ja {
                off: off32?,
                long: true,
            },
            Insn::JmpIf {
                cond,
                width,
                dst,
                src,
                ..
            } => Insn::JmpIf {
                cond,
                width,
                dst,
                src,
                off: off16?,
            },
            Insn::MayGoto { .. } => Insn::MayGoto { off: off16? },
            Insn::Call(CallKind::Local(_)) => Insn::Call(CallKind::Local(off32?)),
            Insn::LdImm64 {
                dst,
                kind: LdImmKind::Func,
                imm_hi,
                ..
            } => Insn::LdImm64 {
                dst,
                kind: LdImmKind::Func,
                imm: off32?,
                imm_hi,
            },
            other => other,
        })
    }

    /// Encodes into one or two raw slots.
    pub fn encode(&self) -> Vec<RawInsn> {
        crate::table::encode(self)
    }

    /// Encodes into one or two raw slots without allocating.
    pub fn encode_slots(&self) -> crate::table::Slots {
        crate::table::encode_slots(self)
    }
}
