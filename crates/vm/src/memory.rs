//! Addresses the interpreter hands to programs, and what they point at.
//!
//! A program never sees a host pointer. Every pointer is a tagged 64-bit number:
//! `0xf` in the top nibble, the region kind in the next, a 20-bit region index and a 32-bit
//! offset. Pointer arithmetic is plain integer arithmetic on that number; an access decodes it
//! back and is checked against the region's size, so a wild or stale pointer traps naming
//! the address instead of touching anything. NULL is 0, as in the kernel.

use std::fmt;

const TAG: u64 = 0xf;
const TAG_SHIFT: u32 = 60;
const KIND_SHIFT: u32 = 56;
const INDEX_SHIFT: u32 = 32;
/// Region indexes are 20 bits wide; index `i` is stored as `i + 1`, so stepping below a
/// region's start never lands in another valid region or kind.
pub const MAX_REGIONS: usize = (1 << 20) - 1;
const INDEX_MASK: u64 = (1 << 20) - 1;

/// What kind of object a region is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// The `struct bpf_sk_lookup` context (index 0).
    Ctx,
    /// One frame's 512-byte stack (index = call depth).
    Stack,
    /// A map value (index = the world's value cell).
    Value,
    /// A socket of the world, as `struct bpf_sock` (index = socket id).
    Socket,
    /// A map itself, what `rX = map ll` loads (index = map id).
    Map,
    /// A function of a program, what `rX = callback ll` loads for `bpf_loop` and
    /// `bpf_for_each_map_elem` (index = the program, offset = its first slot).
    Func,
}

impl Kind {
    const ALL: [Kind; 6] = [
        Kind::Ctx,
        Kind::Stack,
        Kind::Value,
        Kind::Socket,
        Kind::Map,
        Kind::Func,
    ];

    const fn code(self) -> u64 {
        match self {
            Kind::Ctx => 1,
            Kind::Stack => 2,
            Kind::Value => 3,
            Kind::Socket => 4,
            Kind::Map => 5,
            Kind::Func => 6,
        }
    }

    /// The kind whose [`Kind::code`] is `code`.
    fn from_code(code: u64) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == code)
    }

    pub fn name(self) -> &'static str {
        match self {
            Kind::Ctx => "context",
            Kind::Stack => "stack",
            Kind::Value => "map value",
            Kind::Socket => "socket",
            Kind::Map => "map",
            Kind::Func => "function",
        }
    }
}

/// A decoded address: region kind, index and the offset from the region's start.
/// `0xf` in the top nibble, the kind in the next, the index (plus one) in 20 bits, the
/// offset in the low 32 bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Addr {
    pub kind: Kind,
    pub index: usize,
    pub offset: u32,
}

impl Addr {
    pub const fn new(kind: Kind, index: usize, offset: u32) -> Addr {
        Addr {
            kind,
            index,
            offset,
        }
    }

    /// The number a program holds for this address.
    pub const fn to_u64(self) -> u64 {
        (TAG << TAG_SHIFT)
            | (self.kind.code() << KIND_SHIFT)
            | (((self.index as u64 + 1) & INDEX_MASK) << INDEX_SHIFT)
            | self.offset as u64
    }

    /// The address a program's number stands for, if it is one of ours.
    pub fn decode(v: u64) -> Option<Addr> {
        if v >> TAG_SHIFT != TAG {
            return None;
        }
        let kind = Kind::from_code((v >> KIND_SHIFT) & 0xf)?;
        let stored = (v >> INDEX_SHIFT) & INDEX_MASK;
        if stored == 0 {
            return None;
        }
        Some(Addr {
            kind,
            index: stored as usize - 1,
            offset: v as u32,
        })
    }

    /// `[offset, offset + size)` lies within a region of `len` bytes.
    pub fn fits(self, size: u32, len: usize) -> bool {
        (self.offset as u64 + size as u64) <= len as u64
    }
}

impl fmt::Display for Addr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} #{} + {} ({:#x})",
            self.kind.name(),
            self.index,
            self.offset,
            self.to_u64()
        )
    }
}

/// Reads `size` (1, 2, 4, 8) little-endian bytes.
#[inline]
pub fn read_le(bytes: &[u8]) -> u64 {
    let mut b = [0u8; 8];
    // The access sizes as fixed-size copies (no `memcpy` call), then any other length.
    match bytes.len() {
        1 => b[..1].copy_from_slice(bytes),
        2 => b[..2].copy_from_slice(bytes),
        4 => b[..4].copy_from_slice(bytes),
        8 => b.copy_from_slice(bytes),
        n => {
            let n = n.min(8);
            b[..n].copy_from_slice(&bytes[..n]);
        }
    }
    u64::from_le_bytes(b)
}

/// Writes the low `out.len()` bytes of `v`, little-endian.
#[inline]
pub fn write_le(out: &mut [u8], v: u64) {
    let b = v.to_le_bytes();
    match out.len() {
        1 => out.copy_from_slice(&b[..1]),
        2 => out.copy_from_slice(&b[..2]),
        4 => out.copy_from_slice(&b[..4]),
        8 => out.copy_from_slice(&b),
        n => {
            let n = n.min(8);
            out[..n].copy_from_slice(&b[..n]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_round_trip_and_arithmetic_moves_the_offset() {
        let a = Addr::new(Kind::Stack, 3, 512);
        assert_eq!(Addr::decode(a.to_u64()), Some(a));
        let below = Addr::decode(a.to_u64() - 8).unwrap();
        assert_eq!(
            (below.kind, below.index, below.offset),
            (Kind::Stack, 3, 504)
        );
        assert_eq!(Addr::decode(0), None);
        assert_eq!(Addr::decode(0x1234), None);
        // Underflow past the start lands in another index with a huge offset: never valid.
        let under = Addr::decode(Addr::new(Kind::Value, 5, 0).to_u64() - 1).unwrap();
        assert!(!under.fits(1, 1 << 20));
        // Below index 0 there is no region at all.
        assert_eq!(Addr::decode(Addr::new(Kind::Ctx, 0, 0).to_u64() - 4), None);
    }
}
