//! `bpf_sk_assign()` in SK_LOOKUP programs as a pure function.
//!
//! Mirrors net/core/filter.c `bpf_sk_lookup_assign` (the `bpf_sk_lookup_assign_proto` the
//! SK_LOOKUP program type gets for helper 124), checks in the kernel's order
//! (sk_lookup-helpers.md §3.2). The first failing check decides the return value and nothing
//! changes; on success the selection and `no_reuseport` are replaced.

use crate::ctx::{AF_INET, IPPROTO_TCP, IPPROTO_UDP};
use crate::errno::Errno;
use crate::profile::KernelProfile;

/// `BPF_SK_LOOKUP_F_REPLACE`: allow overriding (or clearing) an existing selection.
pub const BPF_SK_LOOKUP_F_REPLACE: u64 = 1;
/// `BPF_SK_LOOKUP_F_NO_REUSEPORT`: skip reuseport group selection for this socket.
pub const BPF_SK_LOOKUP_F_NO_REUSEPORT: u64 = 2;

/// `-EINVAL`.
pub const NEG_EINVAL: i64 = Errno::EINVAL.negative();
/// `-EEXIST`.
pub const NEG_EEXIST: i64 = Errno::EEXIST.negative();
/// `-EPROTOTYPE`.
pub const NEG_EPROTOTYPE: i64 = Errno::EPROTOTYPE.negative();
/// `-ESOCKTNOSUPPORT`.
pub const NEG_ESOCKTNOSUPPORT: i64 = Errno::ESOCKTNOSUPPORT.negative();
/// `-EAFNOSUPPORT`.
pub const NEG_EAFNOSUPPORT: i64 = Errno::EAFNOSUPPORT.negative();

/// `SOCK_STREAM`.
pub const SOCK_STREAM: u16 = 1;
/// `SOCK_DGRAM`.
pub const SOCK_DGRAM: u16 = 2;
/// `TCP_ESTABLISHED` (1).
pub const TCP_ESTABLISHED: u8 = 1;
/// `TCP_CLOSE` (7): the state of an unconnected UDP socket.
pub const TCP_CLOSE: u8 = 7;
/// `TCP_LISTEN` (10).
pub const TCP_LISTEN: u8 = 10;

/// The socket attributes `bpf_sk_assign` looks at. Implement it for any socket model.
pub trait AssignableSocket {
    /// `sk_protocol` (6 TCP, 17 UDP).
    fn protocol(&self) -> u16;
    /// `sk_type` (`SOCK_STREAM` 1, `SOCK_DGRAM` 2).
    fn sock_type(&self) -> u16;
    /// `sk_family` (2 or 10).
    fn family(&self) -> u16;
    /// `sk_state` (`TCP_LISTEN` 10, `TCP_CLOSE` 7, `TCP_ESTABLISHED` 1, ...).
    fn state(&self) -> u8;
    /// `sk_ipv6only` (meaningful for IPv6 sockets): `IPV6_V6ONLY`, also set by binding to a
    /// specific IPv6 address that is not IPv4-mapped.
    fn ipv6_only(&self) -> bool;
    /// `SOCK_RCU_FREE` set, i.e. not reference counted: listeners and hashed UDP sockets.
    /// `false` for established/accepted TCP sockets and request sockets.
    fn rcu_freed(&self) -> bool;
}

/// A plain description of a socket for [`sk_assign`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SocketAttrs {
    pub protocol: u16,
    pub sock_type: u16,
    pub family: u16,
    pub state: u8,
    pub ipv6_only: bool,
    pub rcu_freed: bool,
}

impl SocketAttrs {
    /// A TCP listener (`SOCK_RCU_FREE`, `TCP_LISTEN`).
    pub fn tcp_listener(family: u16) -> Self {
        SocketAttrs {
            protocol: IPPROTO_TCP,
            sock_type: SOCK_STREAM,
            family,
            state: TCP_LISTEN,
            ipv6_only: false,
            rcu_freed: true,
        }
    }

    /// An established (accepted or connected) TCP socket: reference counted.
    pub fn tcp_established(family: u16) -> Self {
        SocketAttrs {
            state: TCP_ESTABLISHED,
            rcu_freed: false,
            ..SocketAttrs::tcp_listener(family)
        }
    }

    /// A bound, unconnected UDP socket (`TCP_CLOSE`, `SOCK_RCU_FREE`).
    pub fn udp_unconnected(family: u16) -> Self {
        SocketAttrs {
            protocol: IPPROTO_UDP,
            sock_type: SOCK_DGRAM,
            family,
            state: TCP_CLOSE,
            ipv6_only: false,
            rcu_freed: true,
        }
    }

    /// A connected UDP socket (`TCP_ESTABLISHED`, still RCU-freed).
    pub fn udp_connected(family: u16) -> Self {
        SocketAttrs {
            state: TCP_ESTABLISHED,
            ..SocketAttrs::udp_unconnected(family)
        }
    }

    pub fn v6only(self) -> Self {
        SocketAttrs {
            ipv6_only: true,
            ..self
        }
    }
}

impl AssignableSocket for SocketAttrs {
    fn protocol(&self) -> u16 {
        self.protocol
    }
    fn sock_type(&self) -> u16 {
        self.sock_type
    }
    fn family(&self) -> u16 {
        self.family
    }
    fn state(&self) -> u8 {
        self.state
    }
    fn ipv6_only(&self) -> bool {
        self.ipv6_only
    }
    fn rcu_freed(&self) -> bool {
        self.rcu_freed
    }
}

/// The part of the lookup context `bpf_sk_assign` reads and writes. `S` identifies a socket
/// (a VM handle, an index, a name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AssignCtx<S> {
    /// Packet family (`ctx->family`).
    pub family: u16,
    /// Packet protocol (`ctx->protocol`).
    pub protocol: u16,
    /// Current selection (`selected_sk`).
    pub selected: Option<S>,
    /// Current `no_reuseport`.
    pub no_reuseport: bool,
}

/// Which check decided the return value (for diagnostics and traces).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AssignCheck {
    /// Flags other than REPLACE | NO_REUSEPORT.
    BadFlags,
    /// A reference-counted (not `SOCK_RCU_FREE`) socket.
    Refcounted,
    /// TCP not in LISTEN (5.16+), or any socket in ESTABLISHED (before 5.16).
    TcpState,
    /// UDP not in CLOSE, i.e. connected (5.16+).
    UdpState,
    /// `sk->protocol != ctx->protocol`.
    ProtocolMismatch,
    /// Family mismatch that dual-stack cannot bridge.
    FamilyMismatch,
    /// Already selected and no REPLACE.
    AlreadySelected,
    /// Assigned.
    Assigned,
}

/// Result of one call: the helper's return value and the context afterwards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AssignOutcome<S> {
    /// 0 or a negative errno.
    pub ret: i64,
    pub check: AssignCheck,
    /// The context after the call (unchanged on failure).
    pub ctx: AssignCtx<S>,
}

/// `bpf_sk_assign(ctx, sk, flags)` for SK_LOOKUP: `sk` is the socket passed in R2 (`None` =
/// NULL) with its attributes.
#[inline]
pub fn sk_assign<S: Copy, A: AssignableSocket + ?Sized>(
    profile: KernelProfile,
    ctx: AssignCtx<S>,
    sk: Option<(S, &A)>,
    flags: u64,
) -> AssignOutcome<S> {
    sk_assign_under(AssignRules::of(profile), ctx, sk, flags)
}

/// What of a kernel profile `bpf_sk_assign` depends on, asked once (a VM running many
/// lookups under one profile asks it once per batch, not per call).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AssignRules {
    /// [`KernelProfile::sk_assign_strict_state`].
    pub strict_state: bool,
}

impl AssignRules {
    pub fn of(profile: KernelProfile) -> AssignRules {
        AssignRules {
            strict_state: profile.sk_assign_strict_state(),
        }
    }
}

/// [`sk_assign`] under `rules` (the profile's answers).
#[inline]
pub fn sk_assign_under<S: Copy, A: AssignableSocket + ?Sized>(
    rules: AssignRules,
    ctx: AssignCtx<S>,
    sk: Option<(S, &A)>,
    flags: u64,
) -> AssignOutcome<S> {
    let fail = |ret: i64, check: AssignCheck| AssignOutcome { ret, check, ctx };
    if flags & !(BPF_SK_LOOKUP_F_REPLACE | BPF_SK_LOOKUP_F_NO_REUSEPORT) != 0 {
        return fail(NEG_EINVAL, AssignCheck::BadFlags);
    }
    if let Some((_, s)) = sk {
        if !s.rcu_freed() {
            return fail(NEG_ESOCKTNOSUPPORT, AssignCheck::Refcounted);
        }
        let is_tcp = s.sock_type() == SOCK_STREAM && s.protocol() == IPPROTO_TCP;
        let is_udp = s.sock_type() == SOCK_DGRAM && s.protocol() == IPPROTO_UDP;
        if rules.strict_state {
            if is_tcp && s.state() != TCP_LISTEN {
                return fail(NEG_ESOCKTNOSUPPORT, AssignCheck::TcpState);
            }
            if is_udp && s.state() != TCP_CLOSE {
                return fail(NEG_ESOCKTNOSUPPORT, AssignCheck::UdpState);
            }
        } else if s.state() == TCP_ESTABLISHED {
            return fail(NEG_ESOCKTNOSUPPORT, AssignCheck::TcpState);
        }
        if s.protocol() != ctx.protocol {
            return fail(NEG_EPROTOTYPE, AssignCheck::ProtocolMismatch);
        }
        if s.family() != ctx.family && (s.family() == AF_INET || s.ipv6_only()) {
            return fail(NEG_EAFNOSUPPORT, AssignCheck::FamilyMismatch);
        }
    }
    if ctx.selected.is_some() && flags & BPF_SK_LOOKUP_F_REPLACE == 0 {
        return fail(NEG_EEXIST, AssignCheck::AlreadySelected);
    }
    AssignOutcome {
        ret: 0,
        check: AssignCheck::Assigned,
        ctx: AssignCtx {
            selected: sk.map(|(id, _)| id),
            no_reuseport: flags & BPF_SK_LOOKUP_F_NO_REUSEPORT != 0,
            ..ctx
        },
    }
}
