//! Lookup tuples and socket descriptions, with their text forms.
//!
//! Std only, no `unsafe`: the kernel crate turns these into real sockets and syscall
//! arguments, the VM turns them into its socket world. A description yields what the rest
//! of skctx reads of a socket: [`SocketDesc::attrs`] the [`SocketAttrs`] `bpf_sk_assign`
//! checks, [`SocketDesc::sock_view`] the [`SockView`] `struct bpf_sock` loads read (each
//! derived field — type, state, family numbers, address fields — computed in one place).
//!
//! # Tuples
//!
//! A [`Tuple`] is what one socket lookup sees: protocol, the packet's source (`remote`) and
//! its destination (`local`). Text form, remote first:
//!
//! ```text
//! tcp 10.0.0.1:4321 -> 192.0.2.10:80
//! udp [2001:db8::1]:53 -> [2001:db8::2]:53
//! ```
//!
//! Both sides must have the same address family. Protocol names are case-insensitive; the
//! printed form is lower case, and `parse(print(t)) == t`.
//! [`Tuple::to_ctx_bytes`] builds the 72-byte `struct bpf_sk_lookup` that
//! `BPF_PROG_TEST_RUN` takes as `ctx_in` (sk_lookup-runtime.md §5, sk_lookup-context.md §2).
//!
//! # Socket descriptions
//!
//! A [`SocketDesc`] describes one socket to open. Grammar (tokens separated by spaces):
//!
//! ```text
//! [NAME=]PROTO [STATE] ADDR:PORT [OPTION ...]
//!
//! PROTO   tcp | udp
//! STATE   tcp: listen (the default) | established
//!         udp: unconnected (the default) | connected
//! ADDR    an IPv4 address, or an IPv6 address in brackets: 127.0.0.1:80, [::]:80
//! OPTION  connected=ADDR:PORT   the peer: required for tcp established; for udp it
//!                               means a connect()ed socket (the `connected` keyword
//!                               is then optional)
//!         v6only                IPV6_V6ONLY (IPv6 sockets only)
//!         reuseport=GROUP       SO_REUSEPORT; sockets naming the same GROUP share a port
//! NAME    letters, digits, `_`, `-`, `.`, starting with a letter or `_`
//! ```
//!
//! Examples:
//!
//! ```text
//! tcp listen 127.0.0.1:8080
//! web=tcp listen [::]:80 v6only
//! dns=udp 0.0.0.0:53 reuseport=g1
//! udp 127.0.0.1:5353 connected=127.0.0.1:9
//! tcp established 127.0.0.1:40000 connected=127.0.0.1:8080
//! ```
//!
//! The printed (canonical) form always names the TCP state, never the UDP one, and lists
//! options in the order `connected=`, `v6only`, `reuseport=`. Parsing the printed form gives
//! the same description back.
//!
//! # Errors
//!
//! Both parsers return a [`NetParseError`]: what was wrong ([`NetErrorKind`]) and the 1-based
//! column in the input where the offending token starts.

use std::fmt;
use std::net::{IpAddr, SocketAddr};
use std::str::FromStr;

use crate::assign::{SocketAttrs, SOCK_DGRAM, SOCK_STREAM, TCP_CLOSE, TCP_ESTABLISHED, TCP_LISTEN};
use crate::ctx::{LookupInput, AF_INET, AF_INET6, CTX_SIZE, IPPROTO_TCP, IPPROTO_UDP};
use crate::profile::KernelProfile;
use crate::sock::SockView;

/// Transport protocol of a lookup or a socket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Protocol {
    Tcp,
    Udp,
}

impl Protocol {
    /// The IP protocol number (`IPPROTO_TCP` = 6, `IPPROTO_UDP` = 17).
    pub fn number(self) -> u8 {
        match self {
            Protocol::Tcp => IPPROTO_TCP as u8,
            Protocol::Udp => IPPROTO_UDP as u8,
        }
    }

    /// The socket type (`sk_type`): `SOCK_STREAM` for TCP, `SOCK_DGRAM` for UDP.
    pub fn sock_type(self) -> u16 {
        match self {
            Protocol::Tcp => SOCK_STREAM,
            Protocol::Udp => SOCK_DGRAM,
        }
    }

    /// Lower-case name, as printed.
    pub fn name(self) -> &'static str {
        match self {
            Protocol::Tcp => "tcp",
            Protocol::Udp => "udp",
        }
    }

    fn parse_token(s: &str) -> Option<Protocol> {
        if s.eq_ignore_ascii_case("tcp") {
            Some(Protocol::Tcp)
        } else if s.eq_ignore_ascii_case("udp") {
            Some(Protocol::Udp)
        } else {
            None
        }
    }
}

impl fmt::Display for Protocol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Address family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Family {
    /// `AF_INET` (2).
    V4,
    /// `AF_INET6` (10).
    V6,
}

impl Family {
    /// The `AF_*` number: 2 or 10.
    pub fn af(self) -> u32 {
        match self {
            Family::V4 => AF_INET as u32,
            Family::V6 => AF_INET6 as u32,
        }
    }

    pub fn of(addr: &SocketAddr) -> Family {
        match addr {
            SocketAddr::V4(_) => Family::V4,
            SocketAddr::V6(_) => Family::V6,
        }
    }
}

impl fmt::Display for Family {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Family::V4 => "IPv4",
            Family::V6 => "IPv6",
        })
    }
}

/// What was wrong in a tuple or socket description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NetErrorKind {
    /// Nothing but spaces.
    Empty,
    /// The first word is not `tcp` or `udp`.
    UnknownProtocol(String),
    /// A tuple without the `->` between remote and local address.
    MissingArrow,
    /// Something expected (named) is missing at the end of the input.
    Missing(&'static str),
    /// Not an IP address; `role` says which one (remote, local, bound, peer).
    BadAddress { role: &'static str, text: String },
    /// An address without `:PORT`.
    MissingPort { role: &'static str, text: String },
    /// A port that is not a number in 0..=65535.
    BadPort { role: &'static str, text: String },
    /// An IPv6 scope id (`%N`) that is not an interface index (a number).
    BadScope { role: &'static str, text: String },
    /// Remote and local (or bound and peer) addresses of different families.
    MixedFamilies {
        first: &'static str,
        second: &'static str,
    },
    /// A word that does not belong where it is.
    Unexpected(String),
    /// An option word this grammar does not know.
    UnknownOption(String),
    /// The same option twice.
    DuplicateOption(String),
    /// A socket name with characters outside `[A-Za-z0-9_.-]` or not starting with a letter or `_`.
    BadName(String),
    /// A reuseport group name that is empty or has bad characters.
    BadGroup(String),
    /// A state keyword that does not exist for the protocol (e.g. `udp listen`).
    BadState { protocol: Protocol, state: String },
    /// `tcp established` without `connected=PEER`, or `udp connected` without it.
    MissingPeer,
    /// `connected=` on a TCP listener.
    PeerOnListener,
    /// `v6only` on an IPv4 socket.
    V6OnlyOnV4,
}

impl fmt::Display for NetErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use NetErrorKind::*;
        match self {
            Empty => write!(f, "empty input"),
            UnknownProtocol(p) => write!(f, "unknown protocol `{p}` (expected `tcp` or `udp`)"),
            MissingArrow => write!(f, "missing `->` between the remote and the local address"),
            Missing(what) => write!(f, "missing {what}"),
            BadAddress { role, text } => write!(f, "bad {role} address `{text}`"),
            MissingPort { role, text } => {
                if text.contains(':') && !text.starts_with('[') {
                    write!(
                        f,
                        "missing port in {role} address `{text}` (write IPv6 as `[{text}]:PORT`)"
                    )
                } else {
                    write!(f, "missing port in {role} address `{text}` (expected ADDR:PORT)")
                }
            }
            BadPort { role, text } => {
                write!(f, "bad port `{text}` in {role} address (expected 0..=65535)")
            }
            BadScope { role, text } => write!(
                f,
                "bad scope id `{text}` in {role} address (expected an interface index: `%1` is the loopback)"
            ),
            MixedFamilies { first, second } => write!(
                f,
                "mixed address families: {first} and {second} address must both be IPv4 or both IPv6"
            ),
            Unexpected(t) => write!(f, "unexpected `{t}`"),
            UnknownOption(o) => write!(
                f,
                "unknown option `{o}` (expected `connected=ADDR:PORT`, `v6only` or `reuseport=GROUP`)"
            ),
            DuplicateOption(o) => write!(f, "option `{o}` given twice"),
            BadName(n) => write!(
                f,
                "bad socket name `{n}` (letters, digits, `_`, `-`, `.`; starting with a letter or `_`)"
            ),
            BadGroup(g) => write!(
                f,
                "bad reuseport group `{g}` (letters, digits, `_`, `-`, `.`; not empty)"
            ),
            BadState { protocol, state } => {
                let valid = match protocol {
                    Protocol::Tcp => "`listen` or `established`",
                    Protocol::Udp => "`unconnected` or `connected`",
                };
                write!(f, "`{state}` is not a {protocol} socket state (expected {valid})")
            }
            MissingPeer => write!(f, "a connected socket needs `connected=ADDR:PORT`"),
            PeerOnListener => write!(f, "a TCP listener cannot have `connected=`"),
            V6OnlyOnV4 => write!(f, "`v6only` applies to IPv6 sockets only"),
        }
    }
}

/// A parse (or validation) error: what and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetParseError {
    pub kind: NetErrorKind,
    /// 1-based column (in characters) where the offending token starts.
    pub column: usize,
}

impl fmt::Display for NetParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "column {}: {}", self.column, self.kind)
    }
}

impl std::error::Error for NetParseError {}

fn err(kind: NetErrorKind, byte_pos: usize, input: &str) -> NetParseError {
    let column = input
        .get(..byte_pos)
        .map(|s| s.chars().count())
        .unwrap_or(0)
        + 1;
    NetParseError { kind, column }
}

/// Whitespace-separated words with their byte offsets.
fn words(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            if let Some(b) = start.take() {
                out.push((b, &s[b..i]));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(b) = start {
        out.push((b, &s[b..]));
    }
    out
}

/// Parses `ADDR:PORT` (IPv6 in brackets) with errors naming `role`.
fn parse_addr(text: &str, role: &'static str) -> Result<SocketAddr, NetErrorKind> {
    if let Ok(a) = SocketAddr::from_str(text) {
        return Ok(a);
    }
    let missing_port = || NetErrorKind::MissingPort {
        role,
        text: text.to_string(),
    };
    let bad_addr = |t: &str| NetErrorKind::BadAddress {
        role,
        text: t.to_string(),
    };
    let bad_port = |t: &str| NetErrorKind::BadPort {
        role,
        text: t.to_string(),
    };
    if let Some(rest) = text.strip_prefix('[') {
        let Some(close) = rest.find(']') else {
            return Err(bad_addr(text));
        };
        let host = &rest[..close];
        let after = &rest[close + 1..];
        let host_ok = host.parse::<std::net::Ipv6Addr>().is_ok()
            || (host.contains('%') && SocketAddr::from_str(&format!("[{host}]:0")).is_ok());
        if let Some((ip, scope)) = host.split_once('%').filter(|_| !host_ok) {
            if ip.parse::<std::net::Ipv6Addr>().is_ok() {
                return Err(NetErrorKind::BadScope {
                    role,
                    text: scope.to_string(),
                });
            }
        }
        if !host_ok {
            return Err(bad_addr(host));
        }
        return match after.strip_prefix(':') {
            None if after.is_empty() => Err(missing_port()),
            None => Err(bad_addr(text)),
            Some("") => Err(missing_port()),
            Some(p) => Err(bad_port(p)),
        };
    }
    if IpAddr::from_str(text).is_ok() {
        return Err(missing_port());
    }
    match text.rsplit_once(':') {
        None => Err(bad_addr(text)),
        Some((host, port)) => {
            if host.parse::<std::net::Ipv4Addr>().is_err() {
                Err(bad_addr(host))
            } else if port.is_empty() {
                Err(missing_port())
            } else {
                Err(bad_port(port))
            }
        }
    }
}

/// One socket lookup as the program sees it: `remote` is the packet source, `local` the
/// packet destination.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Tuple {
    pub protocol: Protocol,
    pub remote: SocketAddr,
    pub local: SocketAddr,
}

/// Size of `struct bpf_sk_lookup` on 5.16+ kernels (sk_lookup-context.md §1): the end of
/// the newest layout in [`crate::CTX_FIELDS`].
pub const SK_LOOKUP_CTX_SIZE: usize = CTX_SIZE as usize;

impl Tuple {
    /// Builds a tuple, checking that both sides have the same family.
    pub fn new(
        protocol: Protocol,
        remote: SocketAddr,
        local: SocketAddr,
    ) -> Result<Tuple, NetParseError> {
        if Family::of(&remote) != Family::of(&local) {
            return Err(NetParseError {
                kind: NetErrorKind::MixedFamilies {
                    first: "remote",
                    second: "local",
                },
                column: 1,
            });
        }
        Ok(Tuple {
            protocol,
            remote,
            local,
        })
    }

    /// The lookup a packet for this tuple makes: a tuple of two IPv4-mapped IPv6 addresses
    /// (`::ffff:a.b.c.d`) is IPv4 on the wire (a dual-stack socket connecting to or sending
    /// to a mapped address sends IPv4, and the IPv6 input drops packets from a mapped
    /// address, RFC 4291 2.5.5.2), so it is the IPv4 tuple; any other tuple is itself.
    /// `BPF_PROG_TEST_RUN` takes the context as given: it runs the IPv6 lookup.
    pub fn as_received(&self) -> Tuple {
        let mapped = |a: &SocketAddr| match a {
            SocketAddr::V6(v6) => v6
                .ip()
                .to_ipv4_mapped()
                .map(|ip| SocketAddr::from((ip, v6.port()))),
            SocketAddr::V4(_) => None,
        };
        match (mapped(&self.remote), mapped(&self.local)) {
            (Some(remote), Some(local)) => Tuple {
                protocol: self.protocol,
                remote,
                local,
            },
            _ => *self,
        }
    }

    /// Why the kernel's socket lookup never sees a packet to this tuple's destination, or
    /// `None` for a unicast destination. A multicast or limited-broadcast destination
    /// (IPv4 224.0.0.0/4 and 255.255.255.255, IPv6 ff00::/8): a UDP datagram goes to every
    /// socket bound to it through the multicast delivery (`__udp4_lib_rcv` on
    /// `RTCF_BROADCAST | RTCF_MULTICAST`, `__udp6_lib_rcv` on a multicast address), which
    /// runs no SK_LOOKUP program; TCP refuses to connect there (`tcp_v4_connect`:
    /// `ENETUNREACH`) and discards such a SYN. A subnet's broadcast address is one only by
    /// the routes of an interface, which a tuple does not say: it counts as unicast.
    pub fn destination_bypasses_lookup(&self) -> Option<&'static str> {
        let (received, ip) = (self.as_received(), self.as_received().local.ip());
        let group = match ip {
            IpAddr::V4(a) => a.is_multicast() || a.is_broadcast(),
            IpAddr::V6(a) => a.is_multicast(),
        };
        match (group, received.protocol) {
            (false, _) => None,
            (true, Protocol::Udp) => Some(
                "a multicast or broadcast datagram goes to the sockets bound to it without \
                 the socket lookup (no SK_LOOKUP program runs; the VM does not model that \
                 delivery)",
            ),
            (true, Protocol::Tcp) => {
                Some("TCP does not connect to a multicast or broadcast address: no socket lookup")
            }
        }
    }

    /// Why no socket can send a packet that the kernel receives as this tuple, or `None`:
    /// a sender bound to port 0 or to an unspecified address gets a port or an address the
    /// kernel picks; a multicast or broadcast address is no packet's source; a packet to an
    /// unspecified address goes to the loopback (IPv6 `::1`) or to the sender's own address
    /// (IPv4: `ip_route_connect`, `ip6_datagram_connect`, `tcp_v6_connect`); a link-local
    /// IPv6 address needs a scope id to bind to, and only the loopback (1) exists in a
    /// fresh network namespace. The lookup itself takes any such tuple (a crafted packet,
    /// `BPF_PROG_TEST_RUN`).
    pub fn unsendable(&self) -> Option<String> {
        let remote = self.as_received().remote;
        let ends = [("remote", self.remote), ("local", self.local)];
        if remote.port() == 0 {
            return Some(
                "remote port 0: a sender bound to port 0 gets a port the kernel picks".into(),
            );
        }
        if remote.ip().is_unspecified() {
            return Some(format!(
                "remote address {}: a sender bound to it gets an address the kernel picks",
                remote.ip()
            ));
        }
        let group = |ip: IpAddr| match ip {
            IpAddr::V4(a) => a.is_multicast() || a.is_broadcast(),
            IpAddr::V6(a) => a.is_multicast(),
        };
        if group(remote.ip()) {
            return Some(format!(
                "remote address {}: not a packet's source",
                remote.ip()
            ));
        }
        if self.local.ip().is_unspecified() {
            return Some(format!(
                "local address {}: a packet sent there goes to the loopback or the \
                 sender's own address (the kernel rewrites the destination)",
                self.local.ip()
            ));
        }
        for (role, end) in ends {
            let SocketAddr::V6(a) = end else { continue };
            let link_local = a.ip().segments()[0] & 0xffc0 == 0xfe80;
            match a.scope_id() {
                0 if link_local => {
                    return Some(format!(
                        "{role} address {}: a link-local address needs a scope id to bind to \
                         (`[{}%1]`, the loopback)",
                        a.ip(),
                        a.ip()
                    ))
                }
                0 | 1 => {}
                n => {
                    return Some(format!(
                        "{role} address {a}: scope id {n}: only the loopback (1) exists in \
                         the namespace"
                    ))
                }
            }
        }
        None
    }

    /// The `AF_*` number of the packet: 2 (`AF_INET`) or 10 (`AF_INET6`).
    pub fn family(&self) -> u32 {
        self.address_family().af()
    }

    /// The packet's address family (taken from `local`; both sides agree when built by
    /// [`Tuple::new`] or parsed).
    pub fn address_family(&self) -> Family {
        Family::of(&self.local)
    }

    /// The lookup as the kernel keeps it (`struct bpf_sk_lookup_kern`), with nothing
    /// selected: family, protocol, both addresses (in their family's fields) and ports.
    pub fn lookup_input(&self) -> LookupInput {
        let mut input = LookupInput {
            family: self.family() as u16,
            protocol: self.protocol.number() as u16,
            remote_port: self.remote.port(),
            local_port: self.local.port(),
            ..LookupInput::default()
        };
        match self.remote {
            SocketAddr::V4(a) => input.remote_ip4 = a.ip().octets(),
            SocketAddr::V6(a) => input.remote_ip6 = a.ip().octets(),
        }
        match self.local {
            SocketAddr::V4(a) => input.local_ip4 = a.ip().octets(),
            SocketAddr::V6(a) => input.local_ip6 = a.ip().octets(),
        }
        input
    }

    /// The 72-byte `struct bpf_sk_lookup` for `BPF_PROG_TEST_RUN`'s `ctx_in`
    /// (sk_lookup-context.md §2, sk_lookup-runtime.md §5): [`LookupInput::ctx_bytes`] of
    /// [`Tuple::lookup_input`] in the newest layout, so offsets, sizes and byte orders come
    /// from [`crate::CTX_FIELDS`]. `sk` and `ingress_ifindex` are 0 (the kernel rejects
    /// anything else on input).
    pub fn to_ctx_bytes(&self) -> [u8; SK_LOOKUP_CTX_SIZE] {
        let mut b = [0u8; SK_LOOKUP_CTX_SIZE];
        let image = self.lookup_input().ctx_bytes(KernelProfile::LATEST);
        for (d, s) in b.iter_mut().zip(image) {
            *d = s;
        }
        b
    }
}

impl FromStr for Tuple {
    type Err = NetParseError;

    fn from_str(s: &str) -> Result<Tuple, NetParseError> {
        let ws = words(s);
        let Some(&(ppos, ptext)) = ws.first() else {
            return Err(err(NetErrorKind::Empty, 0, s));
        };
        // Accept `tcp` glued to nothing else; the protocol is its own word.
        let protocol = Protocol::parse_token(ptext)
            .ok_or_else(|| err(NetErrorKind::UnknownProtocol(ptext.to_string()), ppos, s))?;
        let rest_start = ppos + ptext.len();
        let rest = &s[rest_start..];
        let Some(arrow) = rest.find("->") else {
            if rest.trim().is_empty() {
                return Err(err(NetErrorKind::Missing("remote address"), s.len(), s));
            }
            return Err(err(NetErrorKind::MissingArrow, s.len(), s));
        };
        let side = |lo: usize, hi: usize, role: &'static str| {
            let part = &s[lo..hi];
            let ws = words(part);
            match ws.as_slice() {
                [] => Err(err(NetErrorKind::Missing(role_missing(role)), hi, s)),
                [(off, text)] => parse_addr(text, role).map_err(|k| err(k, lo + off, s)),
                // Two words: the first is the address unless it is not one (`-> ->`).
                [(off, text), (next_off, next), ..] => {
                    parse_addr(text, role).map_err(|k| err(k, lo + off, s))?;
                    Err(err(
                        NetErrorKind::Unexpected(next.to_string()),
                        lo + next_off,
                        s,
                    ))
                }
            }
        };
        let arrow_pos = rest_start + arrow;
        let remote = side(rest_start, arrow_pos, "remote")?;
        let local = side(arrow_pos + 2, s.len(), "local")?;
        if Family::of(&remote) != Family::of(&local) {
            let local_pos = arrow_pos + 2 + words(&s[arrow_pos + 2..]).first().map_or(0, |w| w.0);
            return Err(err(
                NetErrorKind::MixedFamilies {
                    first: "remote",
                    second: "local",
                },
                local_pos,
                s,
            ));
        }
        Ok(Tuple {
            protocol,
            remote,
            local,
        })
    }
}

/// `LOOPBACK4_IPV6` (127.0.0.6, include/net/ipv6.h): the IPv4 address field of an IPv6
/// socket bound to an address without an IPv4 equivalent.
const LOOPBACK4_IPV6: [u8; 4] = [127, 0, 0, 6];

/// Which address of a socket: the bound one or the peer.
#[derive(Clone, Copy, PartialEq, Eq)]
enum End {
    Bound,
    Peer,
}

/// The IPv4 and IPv6 address fields (`struct sock_common` `skc_rcv_saddr`/`skc_v6_rcv_saddr`
/// for the bound address, `skc_daddr`/`skc_v6_daddr` for the peer) holding `a`, the other
/// family's field as the kernel fills it (6.18 experiment, tests/skctx_kernel.rs):
/// - an IPv6 socket's IPv4 field holds the IPv4 of `::ffff:a.b.c.d`, else 0; only a bound
///   address without an IPv4 equivalent (neither `::` nor mapped) gives `LOOPBACK4_IPV6`
///   (net/ipv6/af_inet6.c `__inet6_bind`);
/// - an IPv4 socket's IPv6 field is 0, except that an established TCP socket holds both its
///   addresses IPv4-mapped there too (`mapped`: tcp_v4_connect sets them with
///   `sk_rcv_saddr_set`/`sk_daddr_set`).
fn address_fields(a: SocketAddr, end: End, mapped: bool) -> ([u8; 4], [u8; 16]) {
    match a {
        SocketAddr::V4(a) if mapped => (a.ip().octets(), a.ip().to_ipv6_mapped().octets()),
        SocketAddr::V4(a) => (a.ip().octets(), [0; 16]),
        SocketAddr::V6(a) => {
            let ip = a.ip();
            let v4 = match ip.to_ipv4_mapped() {
                Some(m) => m.octets(),
                None if ip.is_unspecified() || end == End::Peer => [0; 4],
                None => LOOPBACK4_IPV6,
            };
            (v4, ip.octets())
        }
    }
}

fn role_missing(role: &'static str) -> &'static str {
    match role {
        "remote" => "remote address",
        "local" => "local address",
        "bound" => "bound address",
        _ => "peer address",
    }
}

impl fmt::Display for Tuple {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} -> {}", self.protocol, self.remote, self.local)
    }
}

/// State of a described socket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SocketState {
    /// TCP only: a listening socket.
    Listen,
    /// UDP only: bound, not connected.
    Unconnected,
    /// TCP: an established connection to `peer`; UDP: a socket `connect()`ed to `peer`.
    Connected(SocketAddr),
}

/// A socket to open: protocol, bound address (the family follows from it), state and options.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SocketDesc {
    /// Optional label, used to report which socket a lookup selected.
    pub name: Option<String>,
    pub protocol: Protocol,
    /// Bound address and port (`0.0.0.0` / `[::]` for the wildcard).
    pub addr: SocketAddr,
    pub state: SocketState,
    /// `IPV6_V6ONLY` (IPv6 sockets only).
    pub v6only: bool,
    /// `SO_REUSEPORT` and a group label (sockets naming the same group share their port).
    /// The kernel's group is not the label: [`SocketDesc::shares_reuseport_group`].
    pub reuseport: Option<String>,
}

impl SocketDesc {
    /// A TCP listener on `addr`.
    pub fn tcp_listen(addr: SocketAddr) -> SocketDesc {
        SocketDesc {
            name: None,
            protocol: Protocol::Tcp,
            addr,
            state: SocketState::Listen,
            v6only: false,
            reuseport: None,
        }
    }

    /// An unconnected UDP socket bound to `addr`.
    pub fn udp(addr: SocketAddr) -> SocketDesc {
        SocketDesc {
            name: None,
            protocol: Protocol::Udp,
            addr,
            state: SocketState::Unconnected,
            v6only: false,
            reuseport: None,
        }
    }

    /// Whether the kernel puts `self` and `other` in one reuseport group, whatever their
    /// group labels: both with `SO_REUSEPORT`, of one protocol, state, family and
    /// `sk_ipv6only` ([`SocketDesc::ipv6_only`]: a specific IPv6 address sets it, so there
    /// `v6only` and dual-stack sockets share a group; on `[::]` they do not, as measured),
    /// bound to the same address (scope id included: it binds the device) and port, as
    /// `udp_reuseport_add_sock` and `inet_reuseport_add_sock` join a socket to the group
    /// of the first such one (the owner's uid too, which every socket of a world shares).
    pub fn shares_reuseport_group(&self, other: &SocketDesc) -> bool {
        self.reuseport.is_some()
            && other.reuseport.is_some()
            && self.protocol == other.protocol
            && self.state == other.state
            && self.family() == other.family()
            && self.ipv6_only() == other.ipv6_only()
            && self.addr == other.addr
    }

    /// The same description with a name.
    pub fn named(mut self, name: &str) -> SocketDesc {
        self.name = Some(name.to_string());
        self
    }

    pub fn family(&self) -> Family {
        Family::of(&self.addr)
    }

    /// The peer of a connected/established socket.
    pub fn peer(&self) -> Option<SocketAddr> {
        match self.state {
            SocketState::Connected(p) => Some(p),
            _ => None,
        }
    }

    /// Checks the rules the parser enforces (useful for descriptions built in code).
    /// The error column is 1 (there is no text).
    pub fn validate(&self) -> Result<(), NetParseError> {
        let e = |kind| Err(NetParseError { kind, column: 1 });
        if let Some(n) = &self.name {
            if !valid_name(n) {
                return e(NetErrorKind::BadName(n.clone()));
            }
        }
        if let Some(g) = &self.reuseport {
            if !valid_group(g) {
                return e(NetErrorKind::BadGroup(g.clone()));
            }
        }
        match (self.protocol, self.state) {
            (Protocol::Udp, SocketState::Listen) => {
                return e(NetErrorKind::BadState {
                    protocol: Protocol::Udp,
                    state: "listen".into(),
                })
            }
            (Protocol::Tcp, SocketState::Unconnected) => {
                return e(NetErrorKind::BadState {
                    protocol: Protocol::Tcp,
                    state: "unconnected".into(),
                })
            }
            _ => {}
        }
        if let SocketState::Connected(p) = self.state {
            if Family::of(&p) != self.family() {
                return e(NetErrorKind::MixedFamilies {
                    first: "bound",
                    second: "peer",
                });
            }
        }
        if self.v6only && self.family() == Family::V4 {
            return e(NetErrorKind::V6OnlyOnV4);
        }
        Ok(())
    }

    /// `sk_state` as the kernel keeps it: `TCP_LISTEN` for a listener, `TCP_CLOSE` for an
    /// unconnected UDP socket, `TCP_ESTABLISHED` for a connected one of either protocol.
    pub fn kernel_state(&self) -> u8 {
        match self.state {
            SocketState::Listen => TCP_LISTEN,
            SocketState::Unconnected => TCP_CLOSE,
            SocketState::Connected(_) => TCP_ESTABLISHED,
        }
    }

    /// `SOCK_RCU_FREE`: set on listeners and on (hashed) UDP sockets, connected or not; an
    /// established TCP socket is reference counted.
    pub fn rcu_freed(&self) -> bool {
        !(self.protocol == Protocol::Tcp && matches!(self.state, SocketState::Connected(_)))
    }

    /// `sk_ipv6only`: `IPV6_V6ONLY`, which binding an IPv6 socket to a specific address
    /// without an IPv4 equivalent (neither `::` nor `::ffff:a.b.c.d`) also sets
    /// (net/ipv6/af_inet6.c `__inet6_bind`).
    pub fn ipv6_only(&self) -> bool {
        let specific_v6 = match self.addr {
            SocketAddr::V6(a) => !a.ip().is_unspecified() && a.ip().to_ipv4_mapped().is_none(),
            SocketAddr::V4(_) => false,
        };
        self.v6only || specific_v6
    }

    /// What `bpf_sk_assign` checks of this socket.
    pub fn attrs(&self) -> SocketAttrs {
        SocketAttrs {
            protocol: self.protocol.number() as u16,
            sock_type: self.protocol.sock_type(),
            family: self.family().af() as u16,
            state: self.kernel_state(),
            ipv6_only: self.ipv6_only(),
            rcu_freed: self.rcu_freed(),
        }
    }

    /// What a program's `struct bpf_sock` loads read of this socket, as the kernel fills it
    /// for the described addresses: `src_*` the bound address and port, `dst_*` the peer (0
    /// when there is none). Not modelled: the port the kernel picks for a bound port 0 and
    /// the source it picks when a socket bound to the wildcard connects (`getsockname` has
    /// them); `bound_dev_if`, `mark`, `priority` 0 and no rx queue.
    pub fn sock_view(&self) -> SockView {
        let mut view = SockView {
            family: self.family().af() as u16,
            sock_type: self.protocol.sock_type(),
            protocol: self.protocol.number() as u16,
            src_port: self.addr.port(),
            state: self.kernel_state(),
            ..SockView::default()
        };
        let tcp_established = !self.rcu_freed();
        (view.src_ip4, view.src_ip6) = address_fields(self.addr, End::Bound, tcp_established);
        if let Some(peer) = self.peer() {
            view.dst_port = peer.port();
            (view.dst_ip4, view.dst_ip6) = address_fields(peer, End::Peer, tcp_established);
        }
        view
    }

    /// The name if there is one, else the canonical text.
    pub fn label(&self) -> String {
        match &self.name {
            Some(n) => n.clone(),
            None => self.to_string(),
        }
    }
}

fn valid_name(n: &str) -> bool {
    let mut cs = n.chars();
    matches!(cs.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && cs.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

fn valid_group(g: &str) -> bool {
    !g.is_empty()
        && g.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

impl FromStr for SocketDesc {
    type Err = NetParseError;

    fn from_str(s: &str) -> Result<SocketDesc, NetParseError> {
        let ws = words(s);
        let mut it = ws.iter().copied().peekable();
        let Some((pos0, first)) = it.next() else {
            return Err(err(NetErrorKind::Empty, 0, s));
        };
        // Optional NAME= prefix glued to the protocol word.
        let (name, ppos, ptext) = match first.split_once('=') {
            Some((n, p)) => {
                if !valid_name(n) {
                    return Err(err(NetErrorKind::BadName(n.to_string()), pos0, s));
                }
                let ppos = pos0 + n.len() + 1;
                if p.is_empty() {
                    // `name= tcp ...`: the protocol is the next word.
                    match it.next() {
                        Some((pp, pt)) => (Some(n.to_string()), pp, pt),
                        None => return Err(err(NetErrorKind::Missing("protocol"), s.len(), s)),
                    }
                } else {
                    (Some(n.to_string()), ppos, p)
                }
            }
            None => (None, pos0, first),
        };
        let protocol = Protocol::parse_token(ptext)
            .ok_or_else(|| err(NetErrorKind::UnknownProtocol(ptext.to_string()), ppos, s))?;

        // Optional state keyword.
        #[derive(PartialEq)]
        enum Kw {
            None,
            Listen,
            Established,
            Unconnected,
            Connected,
        }
        let mut kw = Kw::None;
        if let Some(&(spos, stext)) = it.peek() {
            let lower = stext.to_ascii_lowercase();
            let is_kw = matches!(
                lower.as_str(),
                "listen" | "established" | "unconnected" | "connected"
            );
            if is_kw {
                it.next();
                kw = match (protocol, lower.as_str()) {
                    (Protocol::Tcp, "listen") => Kw::Listen,
                    (Protocol::Tcp, "established") => Kw::Established,
                    (Protocol::Udp, "unconnected") => Kw::Unconnected,
                    (Protocol::Udp, "connected") => Kw::Connected,
                    _ => {
                        return Err(err(
                            NetErrorKind::BadState {
                                protocol,
                                state: stext.to_string(),
                            },
                            spos,
                            s,
                        ))
                    }
                };
            }
        }

        let Some((apos, atext)) = it.next() else {
            return Err(err(NetErrorKind::Missing("bound address"), s.len(), s));
        };
        let addr = parse_addr(atext, "bound").map_err(|k| err(k, apos, s))?;

        let mut peer: Option<(usize, SocketAddr)> = None;
        let mut v6only: Option<usize> = None;
        let mut reuseport: Option<String> = None;
        for (opos, otext) in it {
            let (key, value) = match otext.split_once('=') {
                Some((k, v)) => (k, Some(v)),
                None => (otext, None),
            };
            let dup = || err(NetErrorKind::DuplicateOption(key.to_string()), opos, s);
            match (key.to_ascii_lowercase().as_str(), value) {
                ("connected", Some(v)) => {
                    if peer.is_some() {
                        return Err(dup());
                    }
                    let vpos = opos + key.len() + 1;
                    let p = parse_addr(v, "peer").map_err(|k| err(k, vpos, s))?;
                    peer = Some((vpos, p));
                }
                ("v6only", None) => {
                    if v6only.is_some() {
                        return Err(dup());
                    }
                    v6only = Some(opos);
                }
                ("reuseport", Some(g)) => {
                    if reuseport.is_some() {
                        return Err(dup());
                    }
                    if !valid_group(g) {
                        return Err(err(
                            NetErrorKind::BadGroup(g.to_string()),
                            opos + key.len() + 1,
                            s,
                        ));
                    }
                    reuseport = Some(g.to_string());
                }
                _ => {
                    // State words out of place and stray addresses are "unexpected";
                    // anything else looks like an option we do not know.
                    let stray =
                        matches!(key, "listen" | "established" | "unconnected" | "connected")
                            || otext.contains(':')
                            || otext.parse::<IpAddr>().is_ok();
                    let kind = if value.is_none() && stray {
                        NetErrorKind::Unexpected(otext.to_string())
                    } else {
                        NetErrorKind::UnknownOption(otext.to_string())
                    };
                    return Err(err(kind, opos, s));
                }
            }
        }

        let state = match (protocol, kw, peer) {
            (Protocol::Tcp, Kw::None | Kw::Listen, None) => SocketState::Listen,
            (Protocol::Tcp, Kw::Listen, Some((ppos, _))) => {
                return Err(err(NetErrorKind::PeerOnListener, ppos, s))
            }
            (Protocol::Tcp, Kw::None | Kw::Established, Some((_, p))) => SocketState::Connected(p),
            (Protocol::Tcp, Kw::Established, None) => {
                return Err(err(NetErrorKind::MissingPeer, s.len(), s))
            }
            (Protocol::Udp, Kw::None | Kw::Unconnected, None) => SocketState::Unconnected,
            (Protocol::Udp, Kw::Unconnected, Some((ppos, _))) => {
                return Err(err(NetErrorKind::Unexpected("connected=".into()), ppos, s))
            }
            (Protocol::Udp, Kw::None | Kw::Connected, Some((_, p))) => SocketState::Connected(p),
            (Protocol::Udp, Kw::Connected, None) => {
                return Err(err(NetErrorKind::MissingPeer, s.len(), s))
            }
            // Keywords were matched against the protocol above.
            (_, _, _) => {
                return Err(err(
                    NetErrorKind::BadState {
                        protocol,
                        state: "?".into(),
                    },
                    ppos,
                    s,
                ))
            }
        };
        if let (SocketState::Connected(p), Some((ppos, _))) = (state, peer) {
            if Family::of(&p) != Family::of(&addr) {
                return Err(err(
                    NetErrorKind::MixedFamilies {
                        first: "bound",
                        second: "peer",
                    },
                    ppos,
                    s,
                ));
            }
        }
        if let Some(vpos) = v6only {
            if Family::of(&addr) == Family::V4 {
                return Err(err(NetErrorKind::V6OnlyOnV4, vpos, s));
            }
        }
        Ok(SocketDesc {
            name,
            protocol,
            addr,
            state,
            v6only: v6only.is_some(),
            reuseport,
        })
    }
}

impl From<&SocketDesc> for SocketAttrs {
    fn from(d: &SocketDesc) -> SocketAttrs {
        d.attrs()
    }
}

impl From<&SocketDesc> for SockView {
    fn from(d: &SocketDesc) -> SockView {
        d.sock_view()
    }
}

impl fmt::Display for SocketDesc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(n) = &self.name {
            write!(f, "{n}=")?;
        }
        write!(f, "{}", self.protocol)?;
        match (self.protocol, self.state) {
            (Protocol::Tcp, SocketState::Listen) => write!(f, " listen")?,
            (Protocol::Tcp, SocketState::Connected(_)) => write!(f, " established")?,
            // Invalid combinations print their state word so the error is visible.
            (Protocol::Tcp, SocketState::Unconnected) => write!(f, " unconnected")?,
            (Protocol::Udp, SocketState::Listen) => write!(f, " listen")?,
            (Protocol::Udp, _) => {}
        }
        write!(f, " {}", self.addr)?;
        if let SocketState::Connected(p) = self.state {
            write!(f, " connected={p}")?;
        }
        if self.v6only {
            write!(f, " v6only")?;
        }
        if let Some(g) = &self.reuseport {
            write!(f, " reuseport={g}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Tuple {
        s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
    }
    fn terr(s: &str) -> NetParseError {
        s.parse::<Tuple>().expect_err(s)
    }
    fn d(s: &str) -> SocketDesc {
        s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
    }
    fn derr(s: &str) -> NetParseError {
        s.parse::<SocketDesc>().expect_err(s)
    }

    #[test]
    fn tuple_parse_and_print() {
        let x = t("tcp 10.0.0.1:4321 -> 192.0.2.10:80");
        assert_eq!(x.protocol, Protocol::Tcp);
        assert_eq!(x.remote, "10.0.0.1:4321".parse().unwrap());
        assert_eq!(x.local, "192.0.2.10:80".parse().unwrap());
        assert_eq!(x.family(), 2);
        assert_eq!(x.to_string(), "tcp 10.0.0.1:4321 -> 192.0.2.10:80");

        let y = t("udp [2001:db8::1]:53 -> [2001:db8::2]:53");
        assert_eq!(y.family(), 10);
        assert_eq!(y.address_family(), Family::V6);
        assert_eq!(y.to_string(), "udp [2001:db8::1]:53 -> [2001:db8::2]:53");

        // Spacing and case are flexible; printing is canonical.
        let z = t("  UDP   1.2.3.4:1->5.6.7.8:2 ");
        assert_eq!(z.to_string(), "udp 1.2.3.4:1 -> 5.6.7.8:2");
        for s in [
            "tcp 10.0.0.1:4321 -> 192.0.2.10:80",
            "udp [2001:db8::1]:53 -> [2001:db8::2]:53",
            "tcp [::ffff:1.2.3.4]:0 -> [::]:65535",
        ] {
            assert_eq!(t(s).to_string(), s);
            assert_eq!(t(&t(s).to_string()), t(s));
        }
    }

    #[test]
    fn scope_ids_and_a_second_arrow_are_named() {
        let e = terr("tcp [fe80::1%lo]:1 -> [fe80::2%1]:80");
        assert_eq!(
            e.kind,
            NetErrorKind::BadScope {
                role: "remote",
                text: "lo".into()
            }
        );
        assert_eq!(e.column, 5);
        let e = terr("tcp [fe80::1%1]:1 -> [fe80::2%99999999999]:80");
        assert!(
            matches!(e.kind, NetErrorKind::BadScope { role: "local", .. }),
            "{e}"
        );
        let e = terr("tcp 1.2.3.4:1 -> -> 1.2.3.4:1");
        assert_eq!(e.column, 18, "{e}");
        assert!(
            matches!(e.kind, NetErrorKind::BadAddress { role: "local", .. }),
            "{e}"
        );
        assert_eq!(
            t("tcp [fe80::1%1]:1 -> [fe80::2%1]:80").local.to_string(),
            "[fe80::2%1]:80"
        );
    }

    #[test]
    fn tuples_no_socket_can_send_say_why() {
        let why = |s: &str| t(s).unsendable();
        for ok in [
            "tcp 203.0.113.1:1 -> 192.0.2.1:80",
            "udp [fe80::1%1]:1 -> [fe80::2%1]:53",
            "udp [::ffff:203.0.113.1]:1 -> [::ffff:192.0.2.1]:53",
            "udp [::203.0.113.1]:1 -> [::192.0.2.1]:53",
            "udp 203.0.113.1:1 -> 255.255.255.255:53",
        ] {
            assert_eq!(why(ok), None, "{ok}");
        }
        for (bad, says) in [
            ("tcp 203.0.113.1:0 -> 192.0.2.1:80", "remote port 0"),
            (
                "udp [::ffff:203.0.113.1]:0 -> [::ffff:192.0.2.1]:53",
                "remote port 0",
            ),
            ("tcp 0.0.0.0:1 -> 192.0.2.1:80", "remote address 0.0.0.0"),
            ("udp 224.0.0.1:1 -> 192.0.2.1:80", "not a packet's source"),
            ("tcp 203.0.113.1:1 -> 0.0.0.0:80", "local address 0.0.0.0"),
            ("udp [2001:db8::1]:1 -> [::]:80", "local address ::"),
            ("tcp [fe80::1]:1 -> [fe80::2%1]:80", "needs a scope id"),
            ("tcp [fe80::1%1]:1 -> [fe80::2%2]:80", "scope id 2"),
        ] {
            let w = why(bad).unwrap_or_default();
            assert!(w.contains(says), "{bad}: {w}");
        }
    }

    #[test]
    fn multicast_and_broadcast_destinations_bypass_the_lookup() {
        let by = |s: &str| t(s).destination_bypasses_lookup();
        for unicast in [
            "udp 203.0.113.1:1 -> 192.0.2.255:53",
            "tcp [2001:db8::1]:1 -> [2001:db8::2]:80",
            "udp 203.0.113.1:1 -> 0.0.0.0:53",
        ] {
            assert_eq!(by(unicast), None, "{unicast}");
        }
        for group in [
            "udp 203.0.113.1:1 -> 255.255.255.255:53",
            "udp 203.0.113.1:1 -> 224.0.0.5:53",
            "udp [2001:db8::1]:1 -> [ff02::1]:53",
            "udp [::ffff:203.0.113.1]:1 -> [::ffff:239.1.1.1]:53",
            "tcp 203.0.113.1:1 -> 224.0.0.5:80",
        ] {
            assert!(by(group).is_some(), "{group}");
        }
    }

    #[test]
    fn tuple_errors() {
        let e = terr("sctp 1.2.3.4:1 -> 1.2.3.4:2");
        assert_eq!(e.kind, NetErrorKind::UnknownProtocol("sctp".into()));
        assert_eq!(e.column, 1);
        assert!(e.to_string().contains("unknown protocol `sctp`"), "{e}");

        let e = terr("tcp 1.2.3.4:1 1.2.3.4:2");
        assert_eq!(e.kind, NetErrorKind::MissingArrow);

        let e = terr("tcp 1.2.3.4 -> 1.2.3.4:2");
        assert!(
            matches!(e.kind, NetErrorKind::MissingPort { role: "remote", .. }),
            "{e}"
        );
        assert_eq!(e.column, 5);

        let e = terr("tcp 1.2.3.4:1 -> [::1]");
        assert!(
            matches!(e.kind, NetErrorKind::MissingPort { role: "local", .. }),
            "{e}"
        );
        assert_eq!(e.column, 18);

        let e = terr("tcp 1.2.3.4:1 -> ::1");
        assert!(e.to_string().contains("[::1]:PORT"), "{e}");

        let e = terr("tcp 1.2.3.400:1 -> 1.2.3.4:2");
        assert!(
            matches!(e.kind, NetErrorKind::BadAddress { role: "remote", .. }),
            "{e}"
        );

        let e = terr("tcp 1.2.3.4:70000 -> 1.2.3.4:2");
        assert!(
            matches!(e.kind, NetErrorKind::BadPort { role: "remote", .. }),
            "{e}"
        );

        let e = terr("tcp [::1]:x -> [::1]:2");
        assert!(matches!(e.kind, NetErrorKind::BadPort { .. }), "{e}");

        let e = terr("tcp 1.2.3.4:1 -> [::1]:2");
        assert!(matches!(e.kind, NetErrorKind::MixedFamilies { .. }), "{e}");
        assert_eq!(e.column, 18);

        assert_eq!(terr("").kind, NetErrorKind::Empty);
        assert_eq!(terr("tcp").kind, NetErrorKind::Missing("remote address"));
        assert_eq!(
            terr("tcp -> 1.2.3.4:2").kind,
            NetErrorKind::Missing("remote address")
        );
        assert_eq!(
            terr("tcp 1.2.3.4:1 ->").kind,
            NetErrorKind::Missing("local address")
        );
        let e = terr("tcp 1.2.3.4:1 x -> 1.2.3.4:2");
        assert_eq!(e.kind, NetErrorKind::Unexpected("x".into()));
        assert_eq!(e.column, 15);
        assert!(Tuple::new(
            Protocol::Tcp,
            "1.2.3.4:1".parse().unwrap(),
            "[::1]:1".parse().unwrap()
        )
        .is_err());
    }

    #[test]
    fn ctx_bytes_v4() {
        let b = t("tcp 10.0.0.1:4321 -> 192.0.2.10:80").to_ctx_bytes();
        assert_eq!(b.len(), 72);
        assert_eq!(&b[0..8], &[0; 8]);
        assert_eq!(u32::from_ne_bytes(b[8..12].try_into().unwrap()), 2);
        assert_eq!(u32::from_ne_bytes(b[12..16].try_into().unwrap()), 6);
        assert_eq!(&b[16..20], &[10, 0, 0, 1]);
        assert_eq!(&b[20..36], &[0; 16]);
        assert_eq!(&b[36..40], &[0x10, 0xe1, 0, 0]); // 4321 = 0x10e1, network order
        assert_eq!(&b[40..44], &[192, 0, 2, 10]);
        assert_eq!(&b[44..60], &[0; 16]);
        assert_eq!(u32::from_ne_bytes(b[60..64].try_into().unwrap()), 80);
        assert_eq!(&b[64..72], &[0; 8]);
    }

    #[test]
    fn ctx_bytes_v6() {
        let b = t("udp [2001:db8::1]:53 -> [2001:db8::2]:5353").to_ctx_bytes();
        assert_eq!(u32::from_ne_bytes(b[8..12].try_into().unwrap()), 10);
        assert_eq!(u32::from_ne_bytes(b[12..16].try_into().unwrap()), 17);
        assert_eq!(&b[16..20], &[0; 4]);
        assert_eq!(b[20], 0x20);
        assert_eq!(b[21], 0x01);
        assert_eq!(b[35], 1);
        assert_eq!(&b[36..38], &53u16.to_be_bytes());
        assert_eq!(&b[40..44], &[0; 4]);
        assert_eq!(b[59], 2);
        assert_eq!(u32::from_ne_bytes(b[60..64].try_into().unwrap()), 5353);
        assert_eq!(&b[64..72], &[0; 8]);
    }

    #[test]
    fn ctx_bytes_of_older_layouts() {
        // Before 5.16 there is no ingress_ifindex: 64 bytes, otherwise the same image (the
        // 4-byte remote_port of 5.9-5.17 holds the __be16 and two zero bytes too).
        let x = t("tcp 10.0.0.1:4321 -> 192.0.2.10:80");
        let old = x.lookup_input().ctx_bytes(KernelProfile::V5_10);
        assert_eq!(old.len(), 64);
        assert_eq!(old[..], x.to_ctx_bytes()[..64]);
        assert_eq!(SK_LOOKUP_CTX_SIZE, 72);
    }

    #[test]
    fn socket_parse_forms() {
        let s = d("tcp listen 127.0.0.1:8080");
        assert_eq!(s.protocol, Protocol::Tcp);
        assert_eq!(s.state, SocketState::Listen);
        assert_eq!(s.family(), Family::V4);
        assert_eq!(s, d("tcp 127.0.0.1:8080"));

        let s = d("web=tcp listen [::]:80 v6only");
        assert_eq!(s.name.as_deref(), Some("web"));
        assert!(s.v6only);
        assert_eq!(s.family(), Family::V6);

        let s = d("udp 0.0.0.0:53 reuseport=g1");
        assert_eq!(s.state, SocketState::Unconnected);
        assert_eq!(s.reuseport.as_deref(), Some("g1"));
        assert_eq!(s, d("udp unconnected 0.0.0.0:53 reuseport=g1"));

        let s = d("udp 127.0.0.1:5353 connected=127.0.0.1:9");
        assert_eq!(s.peer(), Some("127.0.0.1:9".parse().unwrap()));
        assert_eq!(s, d("udp connected 127.0.0.1:5353 connected=127.0.0.1:9"));

        let s = d("tcp established 127.0.0.1:40000 connected=127.0.0.1:8080");
        assert_eq!(
            s.state,
            SocketState::Connected("127.0.0.1:8080".parse().unwrap())
        );
        assert_eq!(s, d("tcp 127.0.0.1:40000 connected=127.0.0.1:8080"));
        assert_eq!(
            s.label(),
            "tcp established 127.0.0.1:40000 connected=127.0.0.1:8080"
        );
        assert_eq!(d("a=udp 1.2.3.4:5").label(), "a");
        assert_eq!(d("a= udp 1.2.3.4:5"), d("a=udp 1.2.3.4:5"));
    }

    #[test]
    fn descriptions_convert_as_the_kernel_fills_sockets() {
        // Values from the uapi headers: SOCK_STREAM 1, SOCK_DGRAM 2, IPPROTO_TCP 6,
        // IPPROTO_UDP 17, AF_INET 2, AF_INET6 10, TCP_ESTABLISHED 1, TCP_CLOSE 7, TCP_LISTEN 10.
        let l = d("tcp listen 192.0.2.1:80");
        let a = l.attrs();
        assert_eq!((a.protocol, a.sock_type, a.family, a.state), (6, 1, 2, 10));
        assert!(a.rcu_freed && !a.ipv6_only);
        let v = l.sock_view();
        assert_eq!((v.family, v.sock_type, v.protocol, v.state), (2, 1, 6, 10));
        assert_eq!((v.src_ip4, v.src_port, v.dst_port), ([192, 0, 2, 1], 80, 0));
        assert_eq!(
            (v.src_ip6, v.dst_ip4, v.dst_ip6),
            ([0; 16], [0; 4], [0; 16])
        );

        let e = d("tcp established 127.0.0.1:40000 connected=127.0.0.2:8080");
        assert_eq!((e.attrs().state, e.attrs().rcu_freed), (1, false));
        let v = e.sock_view();
        assert_eq!((v.src_ip4, v.src_port), ([127, 0, 0, 1], 40000));
        assert_eq!((v.dst_ip4, v.dst_port, v.state), ([127, 0, 0, 2], 8080, 1));

        let u = d("udp [::]:53 v6only");
        let a = u.attrs();
        assert_eq!((a.protocol, a.sock_type, a.family, a.state), (17, 2, 10, 7));
        assert!(a.rcu_freed && a.ipv6_only);
        let v = u.sock_view();
        assert_eq!((v.src_ip4, v.src_ip6, v.src_port), ([0; 4], [0; 16], 53));

        // A specific IPv6 address makes the socket IPv6-only, and its IPv4 field
        // LOOPBACK4_IPV6; a peer without an IPv4 equivalent leaves the IPv4 field 0.
        let s = d("udp [2001:db8::1]:5353 connected=[2001:db8::2]:9");
        assert!(s.attrs().ipv6_only);
        let v = s.sock_view();
        assert_eq!((v.src_ip4, v.dst_ip4), ([127, 0, 0, 6], [0; 4]));
        assert_eq!((v.src_ip6[15], v.dst_ip6[15], v.dst_port), (1, 2, 9));

        // IPv4-mapped addresses keep the socket dual-stack, the IPv4 fields their IPv4.
        let c = d("udp [::ffff:127.0.0.1]:5002 connected=[::ffff:10.0.0.9]:9");
        let a = c.attrs();
        assert_eq!((a.state, a.rcu_freed, a.ipv6_only), (1, true, false));
        let v = c.sock_view();
        assert_eq!(
            (v.src_ip4, v.dst_ip4, v.dst_port),
            ([127, 0, 0, 1], [10, 0, 0, 9], 9)
        );

        // An established IPv4 TCP socket also holds its addresses IPv4-mapped.
        let v = e.sock_view();
        assert_eq!(v.src_ip6[10..], [0xff, 0xff, 127, 0, 0, 1]);
        assert_eq!(v.dst_ip6[10..], [0xff, 0xff, 127, 0, 0, 2]);
        assert_eq!(l.sock_view().src_ip6, [0; 16]);

        // The constructors in assign.rs describe the same sockets.
        assert_eq!(l.attrs(), SocketAttrs::tcp_listener(2));
        assert_eq!(e.attrs(), SocketAttrs::tcp_established(2));
        assert_eq!(u.attrs(), SocketAttrs::udp_unconnected(10).v6only());
        assert_eq!(c.attrs(), SocketAttrs::udp_connected(10));
    }

    #[test]
    fn socket_round_trips() {
        for s in [
            "tcp listen 127.0.0.1:8080",
            "web=tcp listen [::]:80 v6only",
            "dns=udp 0.0.0.0:53 reuseport=g1",
            "udp 127.0.0.1:5353 connected=127.0.0.1:9",
            "tcp established 127.0.0.1:40000 connected=127.0.0.1:8080",
            "x.1=tcp listen [::1]:443 v6only reuseport=grp-2",
            "udp [::]:53 connected=[::1]:9 v6only",
        ] {
            let desc = d(s);
            assert_eq!(desc.to_string(), s);
            assert_eq!(d(&desc.to_string()), desc);
            assert!(desc.validate().is_ok());
        }
        // Non-canonical forms print canonically.
        assert_eq!(d("TCP  127.0.0.1:1").to_string(), "tcp listen 127.0.0.1:1");
        assert_eq!(d("udp unconnected 1.2.3.4:1").to_string(), "udp 1.2.3.4:1");
        assert_eq!(
            d("n=udp [::1]:1 reuseport=a v6only connected=[::1]:2").to_string(),
            "n=udp [::1]:1 connected=[::1]:2 v6only reuseport=a"
        );
    }

    #[test]
    fn socket_errors() {
        let e = derr("sctp listen 1.2.3.4:1");
        assert_eq!(e.kind, NetErrorKind::UnknownProtocol("sctp".into()));
        let e = derr("n=sctp 1.2.3.4:1");
        assert_eq!(e.column, 3);
        let e = derr("udp listen 1.2.3.4:1");
        assert!(matches!(e.kind, NetErrorKind::BadState { .. }), "{e}");
        assert!(
            e.to_string().contains("`unconnected` or `connected`"),
            "{e}"
        );
        assert_eq!(e.column, 5);
        let e = derr("tcp unconnected 1.2.3.4:1");
        assert!(matches!(e.kind, NetErrorKind::BadState { .. }), "{e}");
        assert_eq!(
            derr("tcp listen").kind,
            NetErrorKind::Missing("bound address")
        );
        let e = derr("tcp listen 1.2.3.4");
        assert!(
            matches!(e.kind, NetErrorKind::MissingPort { role: "bound", .. }),
            "{e}"
        );
        assert_eq!(e.column, 12);
        let e = derr("tcp established 1.2.3.4:1");
        assert_eq!(e.kind, NetErrorKind::MissingPeer);
        let e = derr("udp connected 1.2.3.4:1");
        assert_eq!(e.kind, NetErrorKind::MissingPeer);
        let e = derr("tcp listen 1.2.3.4:1 connected=1.2.3.4:2");
        assert_eq!(e.kind, NetErrorKind::PeerOnListener);
        let e = derr("tcp listen 1.2.3.4:1 v6only");
        assert_eq!(e.kind, NetErrorKind::V6OnlyOnV4);
        assert_eq!(e.column, 22);
        let e = derr("udp 1.2.3.4:1 connected=[::1]:2");
        assert!(matches!(e.kind, NetErrorKind::MixedFamilies { .. }), "{e}");
        let e = derr("udp 1.2.3.4:1 connected=1.2.3.4");
        assert!(
            matches!(e.kind, NetErrorKind::MissingPort { role: "peer", .. }),
            "{e}"
        );
        assert_eq!(e.column, 25);
        let e = derr("udp 1.2.3.4:1 fast");
        assert_eq!(e.kind, NetErrorKind::UnknownOption("fast".into()));
        let e = derr("udp 1.2.3.4:1 reuseport=a reuseport=b");
        assert_eq!(e.kind, NetErrorKind::DuplicateOption("reuseport".into()));
        let e = derr("udp 1.2.3.4:1 reuseport=");
        assert!(matches!(e.kind, NetErrorKind::BadGroup(_)), "{e}");
        let e = derr("9x=udp 1.2.3.4:1");
        assert!(matches!(e.kind, NetErrorKind::BadName(_)), "{e}");
        let e = derr("udp 1.2.3.4:1 5.6.7.8:9");
        assert!(matches!(e.kind, NetErrorKind::Unexpected(_)), "{e}");
        assert_eq!(derr("   ").kind, NetErrorKind::Empty);
        assert_eq!(derr("n=").kind, NetErrorKind::Missing("protocol"));
    }

    #[test]
    fn random_inputs_never_panic() {
        let alphabet: Vec<char> = "0123456789abcdef.:[]-> =%tcpudlisenvoyrx\té"
            .chars()
            .collect();
        let pieces = [
            "tcp ",
            "udp ",
            " -> ",
            "127.0.0.1:",
            "[::1]:",
            " connected=",
            " v6only",
            " reuseport=",
        ];
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..5000 {
            let mut s = String::new();
            for _ in 0..(x % 40) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                if x & 3 == 0 {
                    s.push_str(pieces[(x as usize / 3) % pieces.len()]);
                } else {
                    s.push(alphabet[(x as usize) % alphabet.len()]);
                }
            }
            if let Ok(t) = s.parse::<Tuple>() {
                assert_eq!(t.to_string().parse::<Tuple>(), Ok(t), "{s}");
            }
            if let Ok(d) = s.parse::<SocketDesc>() {
                assert_eq!(d.to_string().parse::<SocketDesc>().as_ref(), Ok(&d), "{s}");
                assert!(d.validate().is_ok(), "{s}");
            }
        }
    }

    #[test]
    fn validate_built_descs() {
        let mut s = SocketDesc::tcp_listen("127.0.0.1:1".parse().unwrap());
        assert!(s.validate().is_ok());
        s.state = SocketState::Unconnected;
        assert!(s.validate().is_err());
        let mut u = SocketDesc::udp("127.0.0.1:1".parse().unwrap()).named("u");
        u.v6only = true;
        assert_eq!(u.validate().unwrap_err().kind, NetErrorKind::V6OnlyOnV4);
        u.v6only = false;
        u.state = SocketState::Connected("[::1]:1".parse().unwrap());
        assert!(u.validate().is_err());
        u.name = Some("bad name".into());
        assert!(u.validate().is_err());
    }

    #[test]
    fn parsers_never_panic_on_odd_input() {
        for s in [
            "tcp ->",
            "->",
            "tcp [",
            "tcp [::1",
            "tcp []:1 -> []:1",
            "udp é:1 -> é:2",
            "tcp 1.2.3.4:1 -> 1.2.3.4:2 extra",
            "=",
            "=tcp 1.2.3.4:1",
            "tcp [::1]x",
            "udp 1.2.3.4:1 connected=",
            "tcp 1.2.3.4:1 ->->",
            "tcp\t1.2.3.4:1\t->\t1.2.3.4:2",
        ] {
            let _ = s.parse::<Tuple>();
            let _ = s.parse::<SocketDesc>();
        }
        assert_eq!(
            t("tcp\t1.2.3.4:1\t->\t1.2.3.4:2").to_string(),
            "tcp 1.2.3.4:1 -> 1.2.3.4:2"
        );
    }

    #[test]
    fn reuseport_groups_ignore_labels() {
        let a = d("udp [::]:443 reuseport=a");
        assert!(a.shares_reuseport_group(&d("udp [::]:443 reuseport=b")));
        let specific = d("udp [::1]:443 reuseport=a");
        assert!(specific.shares_reuseport_group(&d("udp [::1]:443 v6only reuseport=b")));
        for other in [
            "udp [::]:443",
            "udp [::]:443 v6only reuseport=a",
            "tcp listen [::]:443 reuseport=a",
            "udp [::1]:443 reuseport=a",
            "udp [::]:444 reuseport=a",
            "udp 0.0.0.0:443 reuseport=a",
        ] {
            assert!(!a.shares_reuseport_group(&d(other)), "{other}");
        }
    }
}
