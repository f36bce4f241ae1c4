//! `struct bpf_sock`, reachable through a NULL-checked `ctx->sk` or a SOCKMAP/SOCKHASH lookup.
//!
//! Loads from a `sock` register follow the generic rules of net/core/filter.c
//! (`bpf_sock_is_valid_access`, `bpf_sock_convert_ctx_access`), not SK_LOOKUP-specific ones
//! (sk_lookup-context.md §4). [`SOCK_FIELDS`] is the layout, [`sock_access`] the verifier's
//! decision, [`sock_load_value`] the value of an accepted load for a described socket.
//!
//! The table is the 6.18 layout (80 bytes), and 6.1.192 and 6.12.118 have the same (every
//! load of 1, 2, 4, 8 bytes around it gets the table's verdict and message there:
//! `tests/skctx_kernel.rs`, run in the kernel images). Field availability before 6.1
//! (`rx_queue_mapping` 5.8+, 16-bit `dst_port` 5.18+) is UNCONFIRMED and not modelled per
//! profile.

use std::fmt;
use std::ops::RangeInclusive;

use isa::Reg;

use crate::ctx::{sign_extend, ByteOrder, EACCES};

/// `sizeof(struct bpf_sock)` on 6.18.
pub const BPF_SOCK_SIZE: u32 = 80;

/// How a `bpf_sock` field may be loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SockFieldAccess {
    /// Only a 4-byte load at the field start (`return size == size_default`).
    WordOnly,
    /// 1, 2 or 4 bytes, only at the field start (the `case offsetof(...)` labels).
    NarrowAtStart,
    /// Narrow loads anywhere in each 4-byte word (`bpf_ctx_range` labels: addresses).
    NarrowAnywhere,
    /// `dst_port`: 4 @48 (compat), 2 @48, 1 @48/49 (a 2-byte field).
    Be16Port,
    /// The padding after `dst_port`: never accessible.
    Inaccessible,
}

/// Which socket attribute a field reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SockFieldSource {
    BoundDevIf,
    Family,
    Type,
    Protocol,
    Mark,
    Priority,
    SrcIp4,
    SrcIp6,
    SrcPort,
    DstPort,
    DstIp4,
    DstIp6,
    State,
    RxQueueMapping,
    None,
}

/// One row of `struct bpf_sock`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SockField {
    pub name: &'static str,
    /// uapi C type (what a CO-RE relocation against a modelled release reads).
    pub c_type: &'static str,
    pub offset: u32,
    pub size: u32,
    pub order: ByteOrder,
    pub access: SockFieldAccess,
    pub source: SockFieldSource,
    /// Width in bytes of the kernel field read by the converted load.
    pub kernel_width: u32,
    /// Kernel field (`struct sock` / `struct sock_common`).
    pub kernel_backing: &'static str,
}

macro_rules! sf {
    ($name:expr, $ty:expr, $off:expr, $size:expr, $order:ident, $access:ident, $src:ident, $kw:expr,
     $backing:expr) => {
        SockField {
            name: $name,
            c_type: $ty,
            offset: $off,
            size: $size,
            order: ByteOrder::$order,
            access: SockFieldAccess::$access,
            source: SockFieldSource::$src,
            kernel_width: $kw,
            kernel_backing: $backing,
        }
    };
}

/// `struct bpf_sock` (include/uapi/linux/bpf.h), 6.18.
pub const SOCK_FIELDS: &[SockField] = &[
    sf!(
        "bound_dev_if",
        "__u32",
        0,
        4,
        Host,
        WordOnly,
        BoundDevIf,
        4,
        "sk_bound_dev_if"
    ),
    sf!(
        "family",
        "__u32",
        4,
        4,
        Host,
        NarrowAtStart,
        Family,
        2,
        "skc_family"
    ),
    sf!(
        "type",
        "__u32",
        8,
        4,
        Host,
        NarrowAtStart,
        Type,
        2,
        "sk_type"
    ),
    sf!(
        "protocol",
        "__u32",
        12,
        4,
        Host,
        NarrowAtStart,
        Protocol,
        2,
        "sk_protocol"
    ),
    sf!("mark", "__u32", 16, 4, Host, WordOnly, Mark, 4, "sk_mark"),
    sf!(
        "priority",
        "__u32",
        20,
        4,
        Host,
        WordOnly,
        Priority,
        4,
        "sk_priority"
    ),
    sf!(
        "src_ip4",
        "__u32",
        24,
        4,
        Network,
        NarrowAnywhere,
        SrcIp4,
        4,
        "skc_rcv_saddr"
    ),
    sf!(
        "src_ip6",
        "__u32[4]",
        28,
        16,
        Network,
        NarrowAnywhere,
        SrcIp6,
        4,
        "skc_v6_rcv_saddr"
    ),
    sf!(
        "src_port",
        "__u32",
        44,
        4,
        Host,
        NarrowAtStart,
        SrcPort,
        2,
        "skc_num"
    ),
    sf!(
        "dst_port",
        "__be16",
        48,
        2,
        Network,
        Be16Port,
        DstPort,
        2,
        "skc_dport"
    ),
    sf!(
        "(padding)",
        "__u16 :16",
        50,
        2,
        None,
        Inaccessible,
        None,
        0,
        "none"
    ),
    sf!(
        "dst_ip4",
        "__u32",
        52,
        4,
        Network,
        NarrowAnywhere,
        DstIp4,
        4,
        "skc_daddr"
    ),
    sf!(
        "dst_ip6",
        "__u32[4]",
        56,
        16,
        Network,
        NarrowAnywhere,
        DstIp6,
        4,
        "skc_v6_daddr"
    ),
    sf!(
        "state",
        "__u32",
        72,
        4,
        Host,
        NarrowAtStart,
        State,
        1,
        "skc_state"
    ),
    sf!(
        "rx_queue_mapping",
        "__s32",
        76,
        4,
        Host,
        NarrowAtStart,
        RxQueueMapping,
        2,
        "sk_rx_queue_mapping"
    ),
];

/// A refused access through a `sock` register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SockAccessError {
    /// `R<n> invalid sock access off=<off> size=<size>`.
    BadLoad { reg: Reg, off: i64, size: u32 },
    /// `R<n> cannot write into sock`.
    Write { reg: Reg },
}

impl SockAccessError {
    pub fn code(&self) -> crate::Code {
        use crate::Code;
        match self {
            SockAccessError::BadLoad { .. } => Code::SockBadAccess,
            SockAccessError::Write { .. } => Code::SockWrite,
        }
    }

    pub fn kernel_message(&self) -> String {
        match *self {
            SockAccessError::BadLoad { reg, off, size } => {
                format!("R{} invalid sock access off={off} size={size}", reg.index())
            }
            SockAccessError::Write { reg } => format!("R{} cannot write into sock", reg.index()),
        }
    }

    pub fn errno(&self) -> i32 {
        EACCES
    }
}

impl fmt::Display for SockAccessError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.kernel_message())
    }
}

impl std::error::Error for SockAccessError {}

/// Message for ALU on a `sock` pointer: `R<n> pointer arithmetic on sock prohibited`.
pub fn sock_pointer_arithmetic_message(reg: Reg) -> String {
    format!("R{} pointer arithmetic on sock prohibited", reg.index())
}

/// The verifier's decision for a load (or, with `write`, a store) of `size` bytes at `off`
/// through `reg` holding a `sock` (net/core/filter.c `bpf_sock_is_valid_access`).
pub fn sock_access(
    reg: Reg,
    off: i64,
    size: u32,
    write: bool,
) -> Result<&'static SockField, SockAccessError> {
    if write {
        return Err(SockAccessError::Write { reg });
    }
    let bad = SockAccessError::BadLoad { reg, off, size };
    if !matches!(size, 1 | 2 | 4 | 8) || off < 0 || off >= BPF_SOCK_SIZE as i64 {
        return Err(bad);
    }
    if off % size as i64 != 0 {
        return Err(bad);
    }
    let offu = off as u32;
    let field = SOCK_FIELDS
        .iter()
        .find(|f| (f.offset..f.offset + f.size).contains(&offu))
        .ok_or(bad)?;
    let at_start = offu == field.offset;
    let ok = match field.access {
        SockFieldAccess::WordOnly => at_start && size == 4,
        SockFieldAccess::NarrowAtStart => at_start && size <= 4,
        SockFieldAccess::NarrowAnywhere => size <= 4,
        SockFieldAccess::Be16Port => (at_start && size == 4) || size <= 2,
        SockFieldAccess::Inaccessible => false,
    };
    if ok {
        Ok(field)
    } else {
        Err(bad)
    }
}

/// Every (offset, size) for offsets in `offsets` and sizes 1, 2, 4, 8 with its verdict.
pub fn sock_access_matrix(
    offsets: RangeInclusive<i64>,
) -> impl Iterator<Item = (i64, u32, Result<&'static SockField, SockAccessError>)> {
    offsets.flat_map(|off| {
        [1u32, 2, 4, 8]
            .into_iter()
            .map(move |size| (off, size, sock_access(Reg::R2, off, size, false)))
    })
}

/// The socket attributes `struct bpf_sock` exposes, as the kernel stores them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct SockView {
    pub bound_dev_if: u32,
    pub family: u16,
    /// `SOCK_STREAM` = 1, `SOCK_DGRAM` = 2.
    pub sock_type: u16,
    pub protocol: u16,
    pub mark: u32,
    pub priority: u32,
    /// Bound (local) address, network-order bytes.
    pub src_ip4: [u8; 4],
    pub src_ip6: [u8; 16],
    /// Bound (local) port as a number; read in host order.
    pub src_port: u16,
    /// Peer port as a number (0 for listeners); read in network order.
    pub dst_port: u16,
    pub dst_ip4: [u8; 4],
    pub dst_ip6: [u8; 16],
    /// `BPF_TCP_*` / TCP state number (10 = LISTEN, 7 = CLOSE).
    pub state: u8,
    /// `None` = `NO_QUEUE_MAPPING` (reads as -1).
    pub rx_queue_mapping: Option<u16>,
}

fn word_le(bytes: &[u8]) -> u64 {
    u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as u64
}

/// [`sock_load_value`] on `profile`'s release: before
/// [`KernelProfile::cuts_unset_rx_queue_mapping`] an unset `rx_queue_mapping` loaded with 2
/// or 4 bytes fills the register.
pub fn sock_load_value_on(
    profile: crate::KernelProfile,
    view: &SockView,
    off: i64,
    size: u32,
    sign_extend_load: bool,
) -> Result<u64, SockAccessError> {
    let v = sock_load_value(view, off, size, sign_extend_load)?;
    let field = sock_access(Reg::R0, off, size, false)?;
    let unset_queue =
        field.source == SockFieldSource::RxQueueMapping && view.rx_queue_mapping.is_none();
    Ok(
        if unset_queue && size >= 2 && !profile.cuts_unset_rx_queue_mapping() {
            u64::MAX
        } else {
            v
        },
    )
}

/// The value of an accepted `bpf_sock` load (zero-extended; `sign_extend` for `BPF_MEMSX`).
///
/// `rx_queue_mapping` when unset reads as -1 cut to the load's size (`0xff`, `0xffff`,
/// `0xffffffff`), not -1 in the whole register as sk_lookup-context.md §4 says: measured on
/// 6.1.192, 6.12.118 and 6.18.44 (`tests/skctx_kernel.rs`, in the kernel images too;
/// `crates/vm/tests/sock_kernel.rs` for every size, plain and sign-extending).
pub fn sock_load_value(
    view: &SockView,
    off: i64,
    size: u32,
    sign_extend_load: bool,
) -> Result<u64, SockAccessError> {
    let field = sock_access(Reg::R0, off, size, false)?;
    let off = off as u32;
    let word_start = off & !3;
    let word_index = ((word_start - field.offset) / 4) as usize;
    let v: u64 = match field.source {
        SockFieldSource::BoundDevIf => view.bound_dev_if as u64,
        SockFieldSource::Family => view.family as u64,
        SockFieldSource::Type => view.sock_type as u64,
        SockFieldSource::Protocol => view.protocol as u64,
        SockFieldSource::Mark => view.mark as u64,
        SockFieldSource::Priority => view.priority as u64,
        SockFieldSource::SrcIp4 => word_le(&view.src_ip4),
        SockFieldSource::SrcIp6 => word_le(&view.src_ip6[4 * word_index..]),
        SockFieldSource::SrcPort => view.src_port as u64,
        SockFieldSource::DstPort => u16::from_le_bytes(view.dst_port.to_be_bytes()) as u64,
        SockFieldSource::DstIp4 => word_le(&view.dst_ip4),
        SockFieldSource::DstIp6 => word_le(&view.dst_ip6[4 * word_index..]),
        SockFieldSource::State => view.state as u64,
        SockFieldSource::RxQueueMapping => match view.rx_queue_mapping {
            None => {
                let all_ones = u64::MAX >> (64 - 8 * size.min(8));
                return Ok(if sign_extend_load {
                    sign_extend(all_ones, size)
                } else {
                    all_ones
                });
            }
            Some(q) => q as u64,
        },
        SockFieldSource::None => 0,
    };
    let base = if field.access == SockFieldAccess::Be16Port {
        field.offset
    } else {
        word_start
    };
    let narrowed = if size >= field.kernel_width {
        v
    } else {
        (v >> (8 * (off - base))) & ((1u64 << (8 * size)) - 1)
    };
    Ok(if sign_extend_load {
        sign_extend(narrowed, size)
    } else {
        narrowed
    })
}
