//! The SK_LOOKUP context, `struct bpf_sk_lookup`: layout, access rules and load values.
//!
//! * [`CTX_FIELDS`] is the one layout table (uapi offset, size, byte order, kernel backing
//!   field and width, first and last release). [`ctx_fields`] selects a profile's rows.
//! * [`ctx_access`] is the verifier's decision for one access with a constant offset through
//!   the unmodified ctx register (sk_lookup-context.md §3.1 and §3.6), returning the register
//!   type of an accepted load or the kernel's message for a rejected access.
//! * [`ctx_load_value`] / [`ctx_load_value_sx`] compute what an accepted load returns at run
//!   time, including the narrow-load quirks (§3.2) and sign extension (§3.3).
//!
//! Mirrors: include/uapi/linux/bpf.h (`struct bpf_sk_lookup`), include/linux/filter.h
//! (`struct bpf_sk_lookup_kern`), net/core/filter.c (`sk_lookup_is_valid_access`,
//! `sk_lookup_convert_ctx_access`), kernel/bpf/verifier.c (`check_ctx_access`,
//! `convert_ctx_accesses` narrow-load rewriting, `check_atomic`, the `BPF_ST` ctx check).
//!
//! All values are for little-endian hosts (the spec's experiments; big-endian narrow loads
//! differ and are not modelled).

use std::fmt;
use std::ops::RangeInclusive;

use isa::{Insn, Reg};

use crate::errno::Errno;
use crate::profile::{kv, KernelProfile, KernelVersion};

/// `AF_INET`.
pub const AF_INET: u16 = 2;
/// `AF_INET6`.
pub const AF_INET6: u16 = 10;
/// `IPPROTO_TCP`.
pub const IPPROTO_TCP: u16 = 6;
/// `IPPROTO_UDP`.
pub const IPPROTO_UDP: u16 = 17;
/// `BPF_PROG_TYPE_SK_LOOKUP` (include/uapi/linux/bpf.h `enum bpf_prog_type`).
pub const BPF_PROG_TYPE_SK_LOOKUP: u32 = 30;
/// `BPF_SK_LOOKUP` (include/uapi/linux/bpf.h `enum bpf_attach_type`); the only accepted
/// `expected_attach_type`.
pub const BPF_SK_LOOKUP_ATTACH_TYPE: u32 = 36;
/// `EACCES`, the errno of every ctx access refusal (from [`Errno`]).
pub const EACCES: i32 = Errno::EACCES.0;
/// `EINVAL` (from [`Errno`]).
pub const EINVAL: i32 = Errno::EINVAL.0;

/// Byte order of a field's value as the program reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ByteOrder {
    /// Host order (a plain number).
    Host,
    /// Network order (big-endian bytes as on the wire).
    Network,
    /// A kernel pointer.
    Pointer,
    /// Padding: reads as zero or is not accessible.
    None,
}

/// What decides which loads a field accepts and what they return.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldAccess {
    /// `sk`: only an 8-byte load at the field start; yields `sock_or_null`.
    SockPointer,
    /// A 4-byte uapi word (or each word of an array): 4 @ word start, 2 @ even offsets,
    /// 1 @ any offset ("narrow loads"). `kernel_width` is the backing field's width: when it
    /// is 2, loads of 2 or more bytes return the whole 16-bit value whatever the offset
    /// inside the word (the §3.2 quirk).
    Word { kernel_width: u32 },
    /// `remote_port` since 5.18: a 2-byte field (2 @36, 1 @36/37) plus the backward
    /// compatible 4-byte load at 36.
    Be16Port,
    /// The zero padding after `remote_port` since 5.18: 2 @38, 1 @38/39, reads 0.
    ZeroPadding,
    /// Not accessible at all (tail padding).
    Inaccessible,
}

/// Which input of the lookup a field reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldSource {
    SelectedSocket,
    Family,
    Protocol,
    RemoteIp4,
    RemoteIp6,
    RemotePort,
    LocalIp4,
    LocalIp6,
    LocalPort,
    IngressIfindex,
    Zero,
}

/// One row of the context layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CtxField {
    /// uapi member name.
    pub name: &'static str,
    /// uapi C type.
    pub c_type: &'static str,
    pub offset: u32,
    /// uapi size in bytes (16 for the IPv6 arrays).
    pub size: u32,
    pub order: ByteOrder,
    pub access: FieldAccess,
    pub source: FieldSource,
    /// `struct bpf_sk_lookup_kern` member backing it (include/linux/filter.h).
    pub kernel_backing: &'static str,
    /// First release with this row.
    pub since: KernelVersion,
    /// First release without this row (`None`: still present on 6.18).
    pub until: Option<KernelVersion>,
    /// One line for humans.
    pub meaning: &'static str,
}

impl CtxField {
    pub fn end(&self) -> u32 {
        self.offset + self.size
    }

    pub fn contains(&self, off: u32) -> bool {
        (self.offset..self.end()).contains(&off)
    }

    /// Present in this profile's layout.
    pub fn in_profile(&self, profile: KernelProfile) -> bool {
        profile.has(self.since) && !self.until.is_some_and(|u| profile.has(u))
    }
}

macro_rules! field {
    ($name:expr, $ty:expr, $off:expr, $size:expr, $order:ident, $access:expr, $src:ident,
     $backing:expr, $since:expr, $until:expr, $meaning:expr) => {
        CtxField {
            name: $name,
            c_type: $ty,
            offset: $off,
            size: $size,
            order: ByteOrder::$order,
            access: $access,
            source: FieldSource::$src,
            kernel_backing: $backing,
            since: $since,
            until: $until,
            meaning: $meaning,
        }
    };
}

const W2: FieldAccess = FieldAccess::Word { kernel_width: 2 };
const W4: FieldAccess = FieldAccess::Word { kernel_width: 4 };

/// `struct bpf_sk_lookup` over all releases (include/uapi/linux/bpf.h; backing fields from
/// include/linux/filter.h `struct bpf_sk_lookup_kern`; sk_lookup-context.md §2).
pub const CTX_FIELDS: &[CtxField] = &[
    field!(
        "sk",
        "struct bpf_sock * (union with __u64 cookie since 5.13)",
        0,
        8,
        Pointer,
        FieldAccess::SockPointer,
        SelectedSocket,
        "selected_sk",
        kv(5, 9),
        None,
        "socket selected so far in this lookup, NULL if none"
    ),
    field!(
        "family",
        "__u32",
        8,
        4,
        Host,
        W2,
        Family,
        "u16 family",
        kv(5, 9),
        None,
        "AF_INET (2) or AF_INET6 (10): family of the packet"
    ),
    field!(
        "protocol",
        "__u32",
        12,
        4,
        Host,
        W2,
        Protocol,
        "u16 protocol",
        kv(5, 9),
        None,
        "IPPROTO_TCP (6) or IPPROTO_UDP (17)"
    ),
    field!(
        "remote_ip4",
        "__u32",
        16,
        4,
        Network,
        W4,
        RemoteIp4,
        "v4.saddr",
        kv(5, 9),
        None,
        "packet source IPv4 address; 0 for IPv6 lookups"
    ),
    field!(
        "remote_ip6",
        "__u32[4]",
        20,
        16,
        Network,
        W4,
        RemoteIp6,
        "v6.saddr (pointer)",
        kv(5, 9),
        None,
        "packet source IPv6 address; all 0 for IPv4 lookups"
    ),
    field!(
        "remote_port",
        "__u32",
        36,
        4,
        Network,
        W2,
        RemotePort,
        "__be16 sport",
        kv(5, 9),
        Some(kv(5, 18)),
        "packet source port (network order, 4-byte field before 5.18)"
    ),
    field!(
        "remote_port",
        "__be16",
        36,
        2,
        Network,
        FieldAccess::Be16Port,
        RemotePort,
        "__be16 sport",
        kv(5, 18),
        None,
        "packet source port (network order)"
    ),
    field!(
        "(padding)",
        "__u16 :16",
        38,
        2,
        None,
        FieldAccess::ZeroPadding,
        Zero,
        "none",
        kv(5, 18),
        None,
        "zero padding after remote_port; reads 0"
    ),
    field!(
        "local_ip4",
        "__u32",
        40,
        4,
        Network,
        W4,
        LocalIp4,
        "v4.daddr",
        kv(5, 9),
        None,
        "packet destination IPv4 address; 0 for IPv6 lookups"
    ),
    field!(
        "local_ip6",
        "__u32[4]",
        44,
        16,
        Network,
        W4,
        LocalIp6,
        "v6.daddr (pointer)",
        kv(5, 9),
        None,
        "packet destination IPv6 address; all 0 for IPv4 lookups"
    ),
    field!(
        "local_port",
        "__u32",
        60,
        4,
        Host,
        W2,
        LocalPort,
        "u16 dport",
        kv(5, 9),
        None,
        "packet destination port (host order)"
    ),
    field!(
        "ingress_ifindex",
        "__u32",
        64,
        4,
        Host,
        W4,
        IngressIfindex,
        "u32 ingress_ifindex",
        kv(5, 16),
        None,
        "ifindex of the arriving interface"
    ),
    field!(
        "(tail padding)",
        "-",
        68,
        4,
        None,
        FieldAccess::Inaccessible,
        Zero,
        "none",
        kv(5, 16),
        None,
        "alignment padding; not accessible"
    ),
];

/// `sizeof(struct bpf_sk_lookup)` in the newest layout: where its last row ends.
pub const CTX_SIZE: u32 = newest_layout_end();

const fn newest_layout_end() -> u32 {
    let (mut i, mut end) = (0, 0);
    while i < CTX_FIELDS.len() {
        let f = &CTX_FIELDS[i];
        if f.until.is_none() && f.offset + f.size > end {
            end = f.offset + f.size;
        }
        i += 1;
    }
    end
}

/// The rows of `profile`'s layout, by offset.
pub fn ctx_fields(profile: KernelProfile) -> impl Iterator<Item = &'static CtxField> {
    CTX_FIELDS.iter().filter(move |f| f.in_profile(profile))
}

/// The row covering `off` in `profile`'s layout.
pub fn ctx_field_at(profile: KernelProfile, off: i64) -> Option<&'static CtxField> {
    let off = u32::try_from(off).ok()?;
    ctx_fields(profile).find(|f| f.contains(off))
}

/// How an instruction touches the context.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CtxAccessKind {
    /// `BPF_LDX | BPF_MEM`: `r = *(uN *)(ctx + off)`.
    Load,
    /// `BPF_LDX | BPF_MEMSX` (cpu v4, 6.6+): `r = *(sN *)(ctx + off)`.
    LoadSx,
    /// `BPF_STX | BPF_MEM`: store of a register.
    Store,
    /// `BPF_ST | BPF_MEM`: store of an immediate; `dst` is the ctx register (named in the
    /// pre-6.4 message).
    StoreImm { dst: Reg },
    /// `BPF_STX | BPF_ATOMIC` (any atomic op); `dst` is the ctx register.
    Atomic { dst: Reg },
}

impl CtxAccessKind {
    pub fn is_write(self) -> bool {
        !matches!(self, CtxAccessKind::Load | CtxAccessKind::LoadSx)
    }
}

/// Register type produced by an accepted ctx load.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CtxLoadType {
    /// `PTR_TO_SOCKET_OR_NULL` without a reference (`sock_or_null`, fresh id per load).
    SockOrNull,
    /// A scalar bounded only by the access size: `0..=2^(8*bytes)-1`, or the signed range of
    /// that width for `BPF_MEMSX`. The verifier does not know field-specific ranges.
    Scalar { bytes: u32, sign_extend: bool },
}

/// An accepted ctx load.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CtxLoad {
    pub field: &'static CtxField,
    pub off: u32,
    pub size: u32,
    pub result: CtxLoadType,
}

/// A refused ctx access, carrying the kernel's message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CtxAccessError {
    /// A load outside the accepted (offset, size) set.
    BadLoad { off: i64, size: u32 },
    /// A store (STX; ST since 6.4): always refused, same message as a bad load.
    Write { off: i64, size: u32 },
    /// `BPF_ST` before 6.4.
    StoreImmediate { dst: Reg },
    /// An atomic op on ctx. `xadd` selects the pre-5.12 wording.
    Atomic { dst: Reg, xadd: bool },
    /// `BPF_MEMSX` on a kernel without cpu v4: the opcode itself is unknown.
    UnknownOpcode { opcode: u8 },
}

impl CtxAccessError {
    /// Stable kebab-case code.
    pub fn code(&self) -> crate::Code {
        use crate::Code;
        match self {
            CtxAccessError::BadLoad { .. } => Code::CtxBadAccess,
            CtxAccessError::Write { .. } | CtxAccessError::StoreImmediate { .. } => Code::CtxWrite,
            CtxAccessError::Atomic { .. } => Code::CtxAtomic,
            CtxAccessError::UnknownOpcode { .. } => Code::UnknownOpcode,
        }
    }

    /// The verifier log line, exactly as the kernel prints it.
    pub fn kernel_message(&self) -> String {
        match *self {
            CtxAccessError::BadLoad { off, size } | CtxAccessError::Write { off, size } => {
                format!("invalid bpf_context access off={off} size={size}")
            }
            CtxAccessError::StoreImmediate { dst } => {
                format!("BPF_ST stores into R{} ctx is not allowed", dst.index())
            }
            CtxAccessError::Atomic { dst, xadd } => format!(
                "{} stores into R{} ctx is not allowed",
                if xadd { "BPF_XADD" } else { "BPF_ATOMIC" },
                dst.index()
            ),
            CtxAccessError::UnknownOpcode { opcode } => format!("unknown opcode {opcode:02x}"),
        }
    }

    /// `BPF_PROG_LOAD`'s errno (positive).
    pub fn errno(&self) -> i32 {
        match self {
            CtxAccessError::UnknownOpcode { .. } => EINVAL,
            _ => EACCES,
        }
    }
}

impl fmt::Display for CtxAccessError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.kernel_message())
    }
}

impl std::error::Error for CtxAccessError {}

/// `BPF_LDX | BPF_MEMSX | size` opcode byte (0x81 s32, 0x89 s16, 0x91 s8).
fn memsx_opcode(size: u32) -> u8 {
    let size_bits = match size {
        4 => 0x00,
        2 => 0x08,
        1 => 0x10,
        _ => 0x18,
    };
    0x01 | 0x80 | size_bits
}

/// The verifier's decision for one access through the unmodified ctx register with constant
/// offset `off` and size `size` (1, 2, 4 or 8), per sk_lookup-context.md §3.1 (5.18+) and
/// §3.6 (5.9–5.17). Checks run in the kernel's order: opcode validity, atomics, `BPF_ST`
/// (before 6.4), then `sk_lookup_is_valid_access` (range, alignment, read-only, field rule).
pub fn ctx_access(
    profile: KernelProfile,
    off: i64,
    size: u32,
    kind: CtxAccessKind,
) -> Result<CtxLoad, CtxAccessError> {
    match kind {
        CtxAccessKind::LoadSx if !profile.has_cpu_v4() || size == 8 => {
            return Err(CtxAccessError::UnknownOpcode {
                opcode: memsx_opcode(size),
            })
        }
        CtxAccessKind::Atomic { dst } => {
            return Err(CtxAccessError::Atomic {
                dst,
                xadd: !profile.atomic_message_says_atomic(),
            })
        }
        CtxAccessKind::StoreImm { dst } if !profile.st_into_ctx_is_ctx_access() => {
            return Err(CtxAccessError::StoreImmediate { dst })
        }
        _ => {}
    }
    let bad = || {
        if kind.is_write() {
            CtxAccessError::Write { off, size }
        } else {
            CtxAccessError::BadLoad { off, size }
        }
    };
    if !matches!(size, 1 | 2 | 4 | 8) || off < 0 || off >= profile.ctx_size() as i64 {
        return Err(bad());
    }
    if off % size as i64 != 0 || kind.is_write() {
        return Err(bad());
    }
    let field = ctx_field_at(profile, off).ok_or_else(bad)?;
    let offu = off as u32;
    let within = offu - field.offset;
    let accepted = match field.access {
        FieldAccess::SockPointer => within == 0 && size == 8,
        // Narrow access to a 4-byte uapi word: bpf_ctx_narrow_access_ok(off, size, 4) with the
        // alignment already checked above (for arrays the word is off & ~3).
        FieldAccess::Word { .. } => size <= 4,
        FieldAccess::Be16Port => (within == 0 && size == 4) || size <= 2,
        FieldAccess::ZeroPadding => size <= 2,
        FieldAccess::Inaccessible => false,
    };
    if !accepted {
        return Err(bad());
    }
    let result = match field.access {
        FieldAccess::SockPointer => CtxLoadType::SockOrNull,
        _ => CtxLoadType::Scalar {
            bytes: size,
            sign_extend: kind == CtxAccessKind::LoadSx,
        },
    };
    Ok(CtxLoad {
        field,
        off: offu,
        size,
        result,
    })
}

/// The ctx access an instruction makes when `base` holds the unmodified ctx pointer, or
/// `None` when the instruction does not dereference `base` (or is not a memory access).
/// `BPF_LD_ABS`/`BPF_LD_IND` are not ctx accesses (see [`crate::LD_ABS_MESSAGE`]).
pub fn ctx_access_of_insn(
    profile: KernelProfile,
    insn: &Insn,
    base: Reg,
) -> Option<Result<CtxLoad, CtxAccessError>> {
    let (off, size, kind) = match *insn {
        Insn::Load {
            size,
            sign_extend,
            src,
            off,
            ..
        } if src == base => (
            off,
            size,
            if sign_extend {
                CtxAccessKind::LoadSx
            } else {
                CtxAccessKind::Load
            },
        ),
        Insn::Store {
            size,
            dst,
            off,
            src,
            ..
        } if dst == base => (
            off,
            size,
            match src {
                isa::Operand::Reg(_) => CtxAccessKind::Store,
                isa::Operand::Imm(_) => CtxAccessKind::StoreImm { dst },
            },
        ),
        Insn::Atomic { size, dst, off, .. } if dst == base => {
            (off, size, CtxAccessKind::Atomic { dst })
        }
        _ => return None,
    };
    Some(ctx_access(profile, off as i64, size.bytes(), kind))
}

/// One cell of the access matrix: an (offset, size) pair and the verifier's verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CtxMatrixCell {
    pub off: i64,
    pub size: u32,
    pub verdict: Result<CtxLoad, CtxAccessError>,
}

/// Every (offset, size) with offsets in `offsets` and sizes 1, 2, 4, 8, with the verdict for
/// `kind`: what a differential test loads into the kernel one pair at a time.
pub fn ctx_access_matrix(
    profile: KernelProfile,
    kind: CtxAccessKind,
    offsets: RangeInclusive<i64>,
) -> impl Iterator<Item = CtxMatrixCell> {
    offsets.flat_map(move |off| {
        [1u32, 2, 4, 8].into_iter().map(move |size| CtxMatrixCell {
            off,
            size,
            verdict: ctx_access(profile, off, size, kind),
        })
    })
}

/// The inputs of one lookup, as the kernel keeps them (`struct bpf_sk_lookup_kern`).
///
/// Addresses are the bytes in network order. The kernel fills only the addresses of the
/// packet's family: [`ctx_load_value`] returns 0 for the IPv6 fields unless `family` is
/// `AF_INET6` and for the IPv4 fields unless it is `AF_INET`, whatever is stored here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct LookupInput {
    pub family: u16,
    pub protocol: u16,
    pub remote_ip4: [u8; 4],
    pub remote_ip6: [u8; 16],
    /// Source port as a number (e.g. 4321); the program sees it in network order.
    pub remote_port: u16,
    pub local_ip4: [u8; 4],
    pub local_ip6: [u8; 16],
    /// Destination port as a number; the program sees it in host order.
    pub local_port: u16,
    /// 0 under `BPF_PROG_TEST_RUN`.
    pub ingress_ifindex: u32,
    /// The selected socket as the program's 8-byte `sk` value (a pointer or VM handle; 0 =
    /// NULL).
    pub selected_sk: u64,
}

impl LookupInput {
    /// An IPv4 lookup.
    pub fn v4(protocol: u16, remote: ([u8; 4], u16), local: ([u8; 4], u16)) -> Self {
        LookupInput {
            family: AF_INET,
            protocol,
            remote_ip4: remote.0,
            remote_port: remote.1,
            local_ip4: local.0,
            local_port: local.1,
            ..LookupInput::default()
        }
    }

    /// An IPv6 lookup.
    pub fn v6(protocol: u16, remote: ([u8; 16], u16), local: ([u8; 16], u16)) -> Self {
        LookupInput {
            family: AF_INET6,
            protocol,
            remote_ip6: remote.0,
            remote_port: remote.1,
            local_ip6: local.0,
            local_port: local.1,
            ..LookupInput::default()
        }
    }

    /// The `struct bpf_sk_lookup` this lookup fills in `profile`'s layout, as
    /// `BPF_PROG_TEST_RUN` takes it for `ctx_in`: every row of [`CTX_FIELDS`] at its offset,
    /// encoded by its byte order — host-order numbers (of the row's size), network-order
    /// addresses (only those of the lookup's family) and ports (`__be16`, then zeros), and
    /// zeros for padding. "Host order" is this machine's, which the local kernel expects.
    pub fn ctx_bytes(&self, profile: KernelProfile) -> Vec<u8> {
        let size = ctx_fields(profile).map(CtxField::end).max().unwrap_or(0);
        let mut image = vec![0u8; size as usize];
        for f in ctx_fields(profile) {
            let bytes = match f.order {
                ByteOrder::Host | ByteOrder::Pointer => self.number(f.source).map(|v| {
                    let all = v.to_ne_bytes();
                    let n = (f.size as usize).min(8);
                    // The low `n` bytes of the number, in host order.
                    if cfg!(target_endian = "little") {
                        all[..n].to_vec()
                    } else {
                        all[8 - n..].to_vec()
                    }
                }),
                ByteOrder::Network => self.network_bytes(f.source),
                ByteOrder::None => None,
            };
            let field = image
                .iter_mut()
                .skip(f.offset as usize)
                .take(f.size as usize);
            for (d, s) in field.zip(bytes.unwrap_or_default()) {
                *d = s;
            }
        }
        image
    }

    /// The number a host-order field holds.
    fn number(&self, source: FieldSource) -> Option<u64> {
        Some(match source {
            FieldSource::SelectedSocket => self.selected_sk,
            FieldSource::Family => self.family as u64,
            FieldSource::Protocol => self.protocol as u64,
            FieldSource::LocalPort => self.local_port as u64,
            FieldSource::IngressIfindex => self.ingress_ifindex as u64,
            _ => return None,
        })
    }

    /// The bytes a network-order field starts with (addresses of the other family: none).
    fn network_bytes(&self, source: FieldSource) -> Option<Vec<u8>> {
        let (v4, v6) = (self.family == AF_INET, self.family == AF_INET6);
        Some(match source {
            FieldSource::RemoteIp4 if v4 => self.remote_ip4.to_vec(),
            FieldSource::RemoteIp6 if v6 => self.remote_ip6.to_vec(),
            FieldSource::LocalIp4 if v4 => self.local_ip4.to_vec(),
            FieldSource::LocalIp6 if v6 => self.local_ip6.to_vec(),
            FieldSource::RemotePort => self.remote_port.to_be_bytes().to_vec(),
            _ => return None,
        })
    }

    /// The raw `__be16` source port read as a little-endian u16 (`r` in §3.2): port 0x1234
    /// gives 0x3412.
    pub fn remote_port_raw(&self) -> u16 {
        u16::from_le_bytes(self.remote_port.to_be_bytes())
    }
}

fn word_le(bytes: &[u8]) -> u64 {
    u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as u64
}

fn mask(size: u32) -> u64 {
    if size >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * size)) - 1
    }
}

/// The value an accepted plain load returns (zero-extended to 64 bits), per
/// sk_lookup-context.md §3.2 (5.18+) and §3.6 (older `remote_port`). Refused accesses return
/// the verifier's error.
pub fn ctx_load_value(
    profile: KernelProfile,
    input: &LookupInput,
    off: i64,
    size: u32,
) -> Result<u64, CtxAccessError> {
    let load = ctx_access(profile, off, size, CtxAccessKind::Load)?;
    Ok(value_of(load.field, load.off, load.size, input))
}

/// The value of an accepted `BPF_MEMSX` load: the plain value sign-extended from `8*size`
/// bits (§3.3).
pub fn ctx_load_value_sx(
    profile: KernelProfile,
    input: &LookupInput,
    off: i64,
    size: u32,
) -> Result<u64, CtxAccessError> {
    let load = ctx_access(profile, off, size, CtxAccessKind::LoadSx)?;
    let v = value_of(load.field, load.off, load.size, input);
    Ok(sign_extend(v, size))
}

/// Sign-extends the low `8*size` bits of `v`.
pub fn sign_extend(v: u64, size: u32) -> u64 {
    let bits = 8 * size;
    if bits >= 64 {
        return v;
    }
    let shift = 64 - bits;
    (((v << shift) as i64) >> shift) as u64
}

/// The 16- or 32-bit kernel value backing a field word, before narrowing.
fn backing_value(field: &CtxField, word_start: u32, input: &LookupInput) -> u64 {
    let v4 = input.family == AF_INET;
    let v6 = input.family == AF_INET6;
    let word_index = ((word_start - field.offset) / 4) as usize;
    match field.source {
        FieldSource::SelectedSocket => input.selected_sk,
        FieldSource::Family => input.family as u64,
        FieldSource::Protocol => input.protocol as u64,
        FieldSource::LocalPort => input.local_port as u64,
        FieldSource::RemotePort => input.remote_port_raw() as u64,
        FieldSource::RemoteIp4 if v4 => word_le(&input.remote_ip4),
        FieldSource::LocalIp4 if v4 => word_le(&input.local_ip4),
        FieldSource::RemoteIp6 if v6 => word_le(&input.remote_ip6[4 * word_index..]),
        FieldSource::LocalIp6 if v6 => word_le(&input.local_ip6[4 * word_index..]),
        FieldSource::IngressIfindex => input.ingress_ifindex as u64,
        _ => 0,
    }
}

/// The rewritten load's result (kernel/bpf/verifier.c `convert_ctx_accesses`): the load is
/// aligned down to the start of its uapi word, the kernel field of width `kw` is loaded, and
/// only a load narrower than `kw` is shifted and masked.
fn value_of(field: &CtxField, off: u32, size: u32, input: &LookupInput) -> u64 {
    match field.access {
        FieldAccess::SockPointer => input.selected_sk,
        FieldAccess::ZeroPadding | FieldAccess::Inaccessible => 0,
        FieldAccess::Be16Port => {
            let r = backing_value(field, field.offset, input);
            if size >= 2 {
                r
            } else {
                (r >> (8 * (off - field.offset))) & 0xff
            }
        }
        FieldAccess::Word { kernel_width } => {
            let word_start = off & !3;
            let v = backing_value(field, word_start, input);
            if size >= kernel_width {
                v
            } else {
                (v >> (8 * (off - word_start))) & mask(size)
            }
        }
    }
}
