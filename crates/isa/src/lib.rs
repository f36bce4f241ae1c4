//! The eBPF instruction set as the Linux kernel accepts it today (cpu v1 to v4).
//!
//! * [`RawInsn`] is the 8-byte wire view of one slot.
//! * [`Insn`] is the structured view; `ld_imm64` is one [`Insn`] two slots wide.
//! * [`table`] is the single source of truth for every opcode byte: decoding, encoding and the
//!   printer tokens are all read from its rows, so no other code knows an opcode value.
//! * [`decode`]/[`Insn::encode`] convert between the two views and reject every byte pattern
//!   the kernel rejects at the instruction level (unknown opcode, bad register, non-zero
//!   reserved field, truncated `ld_imm64`). Decoding reads a 256-entry index by opcode byte
//!   (`index`), which the compiler derives from [`table`]'s rows.
//! * `Display for Insn` prints the canonical LLVM syntax (what `llvm-objdump -d` of LLVM 19
//!   prints), with jump offsets as `+N`/`-N`; assemblers substitute labels where they have them.
//!
//! This crate has no dependencies and no `unsafe`.
#![forbid(unsafe_code)]

mod decode;
mod index;
mod insn;
mod print;
pub mod table;

pub use decode::{decode, decode_one, DecodeError, DecodeErrorKind};
pub use insn::*;

/// Size in bytes of one instruction slot.
pub const SLOT_SIZE: usize = 8;

/// The 8-byte view of one instruction slot (little-endian encoding).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct RawInsn {
    pub code: u8,
    pub dst: u8,
    pub src: u8,
    pub off: i16,
    pub imm: i32,
}

impl RawInsn {
    pub const fn new(code: u8, dst: u8, src: u8, off: i16, imm: i32) -> Self {
        RawInsn {
            code,
            dst,
            src,
            off,
            imm,
        }
    }

    /// Little-endian bytes, as in an ELF object for `bpfel` or a `bpf()` syscall on x86.
    pub fn to_bytes(self) -> [u8; 8] {
        let off = self.off.to_le_bytes();
        let imm = self.imm.to_le_bytes();
        [
            self.code,
            (self.src << 4) | (self.dst & 0x0f),
            off[0],
            off[1],
            imm[0],
            imm[1],
            imm[2],
            imm[3],
        ]
    }

    pub fn from_bytes(b: [u8; 8]) -> Self {
        RawInsn {
            code: b[0],
            dst: b[1] & 0x0f,
            src: b[1] >> 4,
            off: i16::from_le_bytes([b[2], b[3]]),
            imm: i32::from_le_bytes([b[4], b[5], b[6], b[7]]),
        }
    }

    /// Reads slots from a byte slice; a trailing partial slot is an error.
    pub fn slice_from_bytes(bytes: &[u8]) -> Result<Vec<RawInsn>, DecodeError> {
        if !bytes.len().is_multiple_of(SLOT_SIZE) {
            return Err(DecodeError {
                pc: Pc(bytes.len() / SLOT_SIZE),
                kind: DecodeErrorKind::TrailingBytes(bytes.len() % SLOT_SIZE),
            });
        }
        Ok(bytes
            .chunks_exact(SLOT_SIZE)
            .map(|c| RawInsn::from_bytes(c.try_into().expect("chunk of 8")))
            .collect())
    }

    pub fn slice_to_bytes(insns: &[RawInsn]) -> Vec<u8> {
        insns.iter().flat_map(|i| i.to_bytes()).collect()
    }
}

/// Index of an instruction slot (an `ld_imm64` occupies two).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Pc(pub usize);

impl Pc {
    /// Target of a jump at `self` with relative offset `off` (relative to the next slot).
    /// `None` when the target would be negative.
    pub fn jump_target(self, off: i64) -> Option<Pc> {
        let t = self.0 as i64 + 1 + off;
        (t >= 0).then_some(Pc(t as usize))
    }

    /// Relative offset that a jump at `self` must carry to land on `target`.
    pub fn offset_to(self, target: Pc) -> i64 {
        target.0 as i64 - self.0 as i64 - 1
    }
}

impl std::fmt::Display for Pc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_round_trip() {
        let r = RawInsn::new(0x61, 2, 1, -12, 0x7fff_0001);
        assert_eq!(RawInsn::from_bytes(r.to_bytes()), r);
        assert_eq!(r.to_bytes()[1], 0x12);
    }

    #[test]
    fn jump_arithmetic() {
        assert_eq!(Pc(3).jump_target(2), Some(Pc(6)));
        assert_eq!(Pc(3).jump_target(-4), Some(Pc(0)));
        assert_eq!(Pc(3).jump_target(-5), None);
        assert_eq!(Pc(3).offset_to(Pc(6)), 2);
    }
}
