//! Real delivery: a packet for a [`Tuple`] sent inside a [`SocketSet`]'s network namespace,
//! and the socket it lands on.
//!
//! `BPF_PROG_TEST_RUN` does no socket lookup; this is the kernel's whole path instead: the
//! programs attached to the namespace ([`crate::attach_netns`], one link per program, in
//! attach order), then reuseport selection or the ordinary lookup (sk_lookup-runtime.md
//! §2–§4). A thread joins the namespace (`setns`), makes every address local there (one
//! `local 0.0.0.0/0` and one `local ::/0` route on `lo`, through rtnetlink: no `ip` binary
//! needed), and sends from the tuple's remote address and port (bound with
//! `IP_FREEBIND`) to its local address and port: a TCP `connect`, or a UDP datagram with
//! a unique payload. Then it watches where it lands:
//!
//! - TCP: the connection completes and one of the set's listeners can `accept` it (the
//!   accepted socket's peer is the tuple's remote end) → [`Landing::Socket`]; `connect` fails
//!   with `ECONNREFUSED` (a reset: no socket, or a program's SK_DROP) → [`Landing::Refused`];
//! - UDP: one of the set's UDP sockets receives the payload → [`Landing::Socket`]; the
//!   sender (connected, so ICMP errors reach it) gets `ECONNREFUSED` (ICMP port unreachable:
//!   no socket, or SK_DROP) → [`Landing::Refused`];
//! - nothing within the wait → [`Landing::Silence`].
//!
//! The client socket is closed with a zero linger (a reset, no TIME_WAIT), so the same tuple
//! can be sent again.

use crate::error::{Errno, Error};
use crate::socket::{self, check, set_int, SocketSet};
use skctx::net::{Protocol, SocketState, Tuple};
use std::net::SocketAddr;
use std::os::fd::{AsFd, AsRawFd, FromRawFd, OwnedFd};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Where a packet landed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Landing {
    /// Accepted (TCP) or received (UDP) by the socket at this index of the set.
    Socket(usize),
    /// TCP reset (`ECONNREFUSED` on connect) or ICMP port unreachable (`ECONNREFUSED` on the
    /// connected UDP sender).
    Refused,
    /// Neither a socket of the set nor an error within the wait.
    Silence,
}

/// Sends one packet for `tuple` in `set`'s namespace and reports where it landed, waiting at
/// most `wait` for the answer.
pub fn deliver(set: &SocketSet, tuple: &Tuple, wait: Duration) -> Result<Landing, Error> {
    crate::avail::check()?;
    std::thread::scope(|s| {
        std::thread::Builder::new()
            .name("kernel-deliver".into())
            .spawn_scoped(s, || {
                enter(set)?;
                make_every_address_local()?;
                match tuple.protocol {
                    Protocol::Tcp => deliver_tcp(set, tuple, wait),
                    Protocol::Udp => deliver_udp(set, tuple, wait),
                }
            })
            .map_err(|e| Error::Thread(format!("cannot start the delivery thread: {e}")))?
            .join()
            .map_err(|_| Error::Thread("the delivery thread panicked".into()))?
    })
}

/// Moves the calling thread (only) into `set`'s network namespace.
fn enter(set: &SocketSet) -> Result<(), Error> {
    // SAFETY: setns takes a namespace fd kept open by `set`; CLONE_NEWNET moves only this
    // thread.
    check(unsafe { libc::setns(set.netns().as_raw_fd(), libc::CLONE_NEWNET) })
        .map(|_| ())
        .map_err(|errno| Error::Syscall {
            op: "setns(CLONE_NEWNET)",
            errno,
        })
}

const RTM_NEWROUTE: u16 = 24;
const NLMSG_ERROR: u16 = 2;
const NLM_F_REQUEST: u16 = 0x1;
const NLM_F_ACK: u16 = 0x4;
const NLM_F_REPLACE: u16 = 0x100;
const NLM_F_CREATE: u16 = 0x400;
const RT_TABLE_LOCAL: u8 = 255;
const RTPROT_BOOT: u8 = 3;
const RT_SCOPE_HOST: u8 = 254;
const RTN_LOCAL: u8 = 2;
const RTA_OIF: u16 = 4;

/// `local 0.0.0.0/0 dev lo` and `local ::/0 dev lo` in the local table (what `ip route add
/// local 0.0.0.0/0 dev lo` does): every address is this host's, so any tuple's packet goes
/// out and back in through `lo`. Replaces the routes if they exist.
fn make_every_address_local() -> Result<(), Error> {
    let err = |op| move |errno| Error::Syscall { op, errno };
    // SAFETY: plain socket creation.
    let raw = check(unsafe {
        libc::socket(
            libc::AF_NETLINK,
            libc::SOCK_RAW | libc::SOCK_CLOEXEC,
            libc::NETLINK_ROUTE,
        )
    })
    .map_err(err("socket(AF_NETLINK)"))?;
    // SAFETY: `raw` is the new socket we just created and nobody else owns.
    let nl = unsafe { OwnedFd::from_raw_fd(raw) };
    // SAFETY: if_nametoindex reads a NUL-terminated name.
    let lo = unsafe { libc::if_nametoindex(c"lo".as_ptr()) };
    for (seq, family) in [(1u32, libc::AF_INET), (2, libc::AF_INET6)] {
        let msg = local_route_request(seq, family as u8, lo);
        // SAFETY: `msg` is a live buffer of its length.
        let sent = unsafe { libc::send(nl.as_raw_fd(), msg.as_ptr().cast(), msg.len(), 0) };
        check(sent as libc::c_int).map_err(err("send(RTM_NEWROUTE)"))?;
        netlink_ack(&nl).map_err(err("RTM_NEWROUTE local default route on lo"))?;
    }
    Ok(())
}

/// An `RTM_NEWROUTE` request: `nlmsghdr`, `rtmsg` for a /0 local route in the local table,
/// and one `RTA_OIF` attribute.
fn local_route_request(seq: u32, family: u8, ifindex: u32) -> Vec<u8> {
    let mut m = Vec::with_capacity(36);
    m.extend_from_slice(&36u32.to_ne_bytes());
    m.extend_from_slice(&RTM_NEWROUTE.to_ne_bytes());
    let flags = NLM_F_REQUEST | NLM_F_ACK | NLM_F_CREATE | NLM_F_REPLACE;
    m.extend_from_slice(&flags.to_ne_bytes());
    m.extend_from_slice(&seq.to_ne_bytes());
    m.extend_from_slice(&0u32.to_ne_bytes());
    // rtmsg: family, dst_len, src_len, tos, table, protocol, scope, type, flags.
    m.extend_from_slice(&[
        family,
        0,
        0,
        0,
        RT_TABLE_LOCAL,
        RTPROT_BOOT,
        RT_SCOPE_HOST,
        RTN_LOCAL,
    ]);
    m.extend_from_slice(&0u32.to_ne_bytes());
    m.extend_from_slice(&8u16.to_ne_bytes());
    m.extend_from_slice(&RTA_OIF.to_ne_bytes());
    m.extend_from_slice(&ifindex.to_ne_bytes());
    m
}

/// Reads the kernel's `NLMSG_ERROR` answer: error 0 is the acknowledgement.
fn netlink_ack(nl: &OwnedFd) -> Result<(), Errno> {
    let mut buf = [0u8; 512];
    // SAFETY: `buf` has its length of writable bytes.
    let n = unsafe { libc::recv(nl.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len(), 0) };
    let n = check(n as libc::c_int)? as usize;
    let kind = buf.get(4..6).map(|b| u16::from_ne_bytes([b[0], b[1]]));
    let code = buf
        .get(16..20)
        .filter(|_| n >= 20)
        .map(|b| i32::from_ne_bytes([b[0], b[1], b[2], b[3]]));
    match (kind, code) {
        (Some(NLMSG_ERROR), Some(0)) => Ok(()),
        (Some(NLMSG_ERROR), Some(e)) => Err(Errno(-e)),
        _ => Err(Errno(libc::EPROTO)),
    }
}

/// A non-blocking client socket bound to `from` (freebind, address reuse).
fn client(protocol: Protocol, from: SocketAddr) -> Result<OwnedFd, Error> {
    let fail = |op| move |errno| Error::Syscall { op, errno };
    let domain = if from.is_ipv4() {
        libc::AF_INET
    } else {
        libc::AF_INET6
    };
    let ty = match protocol {
        Protocol::Tcp => libc::SOCK_STREAM,
        Protocol::Udp => libc::SOCK_DGRAM,
    };
    // SAFETY: plain socket creation.
    let raw =
        check(unsafe { libc::socket(domain, ty | libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC, 0) })
            .map_err(fail("socket (sender)"))?;
    // SAFETY: `raw` is the new socket we just created and nobody else owns.
    let fd = unsafe { OwnedFd::from_raw_fd(raw) };
    set_int(&fd, libc::SOL_SOCKET, libc::SO_REUSEADDR, 1)
        .map_err(fail("setsockopt(SO_REUSEADDR) (sender)"))?;
    let (level, opt) = if from.is_ipv4() {
        (libc::SOL_IP, libc::IP_FREEBIND)
    } else {
        (libc::SOL_IPV6, libc::IPV6_FREEBIND)
    };
    set_int(&fd, level, opt, 1).map_err(fail("setsockopt(FREEBIND) (sender)"))?;
    if protocol == Protocol::Udp {
        // A datagram to a broadcast address needs it (else `EACCES`).
        set_int(&fd, libc::SOL_SOCKET, libc::SO_BROADCAST, 1)
            .map_err(fail("setsockopt(SO_BROADCAST) (sender)"))?;
    }
    socket::bind(&fd, from).map_err(fail("bind (sender at the tuple's remote end)"))?;
    Ok(fd)
}

/// Closes with `SO_LINGER` 0: a reset, no TIME_WAIT left behind.
fn close_abortively(fd: OwnedFd) {
    let l = libc::linger {
        l_onoff: 1,
        l_linger: 0,
    };
    // SAFETY: the option value is a live `linger` of the stated length. A failure only
    // leaves a TIME_WAIT socket behind.
    unsafe {
        libc::setsockopt(
            fd.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_LINGER,
            &l as *const libc::linger as *const libc::c_void,
            std::mem::size_of::<libc::linger>() as libc::socklen_t,
        )
    };
}

fn millis_left(deadline: Instant) -> i32 {
    let left = deadline.saturating_duration_since(Instant::now());
    i32::try_from(left.as_millis()).unwrap_or(i32::MAX)
}

/// `poll` on `fds`; the number ready (0 on timeout).
fn poll(fds: &mut [libc::pollfd], ms: i32) -> Result<usize, Error> {
    // SAFETY: `fds` is a live slice of pollfds of its length.
    let n = check(unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, ms) })
        .map_err(|errno| Error::Syscall { op: "poll", errno })?;
    Ok(n as usize)
}

fn so_error(fd: &OwnedFd) -> Result<Errno, Error> {
    let mut v: libc::c_int = 0;
    let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: `v` is a writable c_int and `len` says so.
    check(unsafe {
        libc::getsockopt(
            fd.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_ERROR,
            &mut v as *mut libc::c_int as *mut libc::c_void,
            &mut len,
        )
    })
    .map_err(|errno| Error::Syscall {
        op: "getsockopt(SO_ERROR)",
        errno,
    })?;
    Ok(Errno(v))
}

fn deliver_tcp(set: &SocketSet, tuple: &Tuple, wait: Duration) -> Result<Landing, Error> {
    let deadline = Instant::now() + wait;
    let c = client(Protocol::Tcp, tuple.remote)?;
    let connected = match socket::connect(&c, tuple.local) {
        Ok(()) => Errno(0),
        Err(Errno(libc::EINPROGRESS)) => {
            let mut p = [libc::pollfd {
                fd: c.as_raw_fd(),
                events: libc::POLLOUT,
                revents: 0,
            }];
            if poll(&mut p, millis_left(deadline))? == 0 {
                close_abortively(c);
                return Ok(Landing::Silence);
            }
            so_error(&c)?
        }
        Err(e) => e,
    };
    let landing = match connected {
        Errno(0) => accepting_listener(set, tuple, deadline)?,
        Errno::ECONNREFUSED => Landing::Refused,
        errno => {
            return Err(Error::Syscall {
                op: "connect (sender)",
                errno,
            })
        }
    };
    close_abortively(c);
    Ok(landing)
}

/// The listener of `set` whose accept queue holds the connection from `tuple.remote`.
fn accepting_listener(set: &SocketSet, tuple: &Tuple, deadline: Instant) -> Result<Landing, Error> {
    let listeners: Vec<usize> = set
        .iter()
        .filter(|s| s.desc().protocol == Protocol::Tcp && s.desc().state == SocketState::Listen)
        .map(|s| s.index())
        .collect();
    let mut fds = pollfds(set, &listeners);
    if poll(&mut fds, millis_left(deadline))? == 0 {
        return Ok(Landing::Silence);
    }
    for (k, p) in fds.iter().enumerate() {
        if p.revents & libc::POLLIN == 0 {
            continue;
        }
        let Ok(conn) = socket::accept_within(p.fd, 0) else {
            continue;
        };
        let peer = socket::peername(&conn);
        close_abortively(conn);
        if peer.is_ok_and(|a| same_end(a, tuple.remote)) {
            return Ok(Landing::Socket(listeners[k]));
        }
    }
    Ok(Landing::Silence)
}

/// The same address and port, an IPv4 address and its v4-mapped IPv6 form being the same.
fn same_end(a: SocketAddr, b: SocketAddr) -> bool {
    let canon = |a: SocketAddr| (a.ip().to_canonical(), a.port());
    canon(a) == canon(b)
}

fn pollfds(set: &SocketSet, indexes: &[usize]) -> Vec<libc::pollfd> {
    indexes
        .iter()
        .filter_map(|&i| set.get(i))
        .map(|s| libc::pollfd {
            fd: s.as_fd().as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        })
        .collect()
}

/// A payload no other datagram carries.
fn nonce() -> [u8; 16] {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    let mut p = *b"skdeliver\0\0\0\0\0\0\0";
    let n = NEXT.fetch_add(1, Ordering::Relaxed) ^ u64::from(std::process::id()) << 40;
    p[8..].copy_from_slice(&n.to_le_bytes());
    p
}

fn deliver_udp(set: &SocketSet, tuple: &Tuple, wait: Duration) -> Result<Landing, Error> {
    let deadline = Instant::now() + wait;
    let c = client(Protocol::Udp, tuple.remote)?;
    socket::connect(&c, tuple.local).map_err(|errno| Error::Syscall {
        op: "connect (UDP sender)",
        errno,
    })?;
    let payload = nonce();
    // SAFETY: `payload` is a live buffer of its length.
    let sent = unsafe { libc::send(c.as_raw_fd(), payload.as_ptr().cast(), payload.len(), 0) };
    check(sent as libc::c_int).map_err(|errno| Error::Syscall {
        op: "send (UDP sender)",
        errno,
    })?;
    let receivers: Vec<usize> = set
        .iter()
        .filter(|s| s.desc().protocol == Protocol::Udp)
        .map(|s| s.index())
        .collect();
    let mut fds = pollfds(set, &receivers);
    fds.push(libc::pollfd {
        fd: c.as_raw_fd(),
        events: libc::POLLIN,
        revents: 0,
    });
    // The sender stays readable when the datagram lands on it (a tuple from an end to
    // itself): the deadline, not poll, ends the wait then.
    while Instant::now() < deadline && poll(&mut fds, millis_left(deadline))? > 0 {
        if fds.last().is_some_and(|p| p.revents != 0) && so_error(&c)? == Errno::ECONNREFUSED {
            return Ok(Landing::Refused);
        }
        for (k, p) in fds[..receivers.len()].iter().enumerate() {
            if p.revents & libc::POLLIN != 0 && drain_for(p.fd, &payload) {
                return Ok(Landing::Socket(receivers[k]));
            }
        }
        for p in &mut fds {
            p.revents = 0;
        }
    }
    Ok(Landing::Silence)
}

/// Reads every queued datagram of `fd`; true when one of them is `payload`.
fn drain_for(fd: libc::c_int, payload: &[u8; 16]) -> bool {
    let mut found = false;
    loop {
        let mut buf = [0u8; 64];
        // SAFETY: `buf` has its length of writable bytes.
        let n = unsafe { libc::recv(fd, buf.as_mut_ptr().cast(), buf.len(), libc::MSG_DONTWAIT) };
        if n < 0 {
            return found;
        }
        found |= buf.get(..n as usize) == Some(&payload[..]);
    }
}
