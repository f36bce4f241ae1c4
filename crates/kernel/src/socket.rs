//! Real sockets, opened from [`SocketDesc`]s inside a private network namespace.
//!
//! [`SocketSet::open`] starts a short-lived thread that calls `unshare(CLONE_NEWNET)` (which
//! moves only that thread into a new, empty namespace — the host's namespace is never
//! touched), brings `lo` up with `SIOCSIFFLAGS`, opens every described socket and keeps a
//! descriptor of the namespace. The thread then ends; the sockets and the namespace stay
//! alive through their descriptors, which any thread of the process may use.
//!
//! Every socket gets `IP_FREEBIND`/`IPV6_FREEBIND`, so it can be bound to any address (an
//! SK_LOOKUP program typically steers traffic for addresses that are not configured
//! locally), and `SO_REUSEADDR`, as servers set it: a UDP socket bound to an exact address
//! may then share its port with a wildcard-bound one. (TCP listeners cannot share a port
//! that way; the kernel refuses the second `listen` unless both have `SO_REUSEPORT`.) A `tcp established` socket is the client side of a loopback connection to its
//! peer: to a described listener on that address if there is one, else to a helper
//! listener the set keeps (with the accepted server side) for as long as it lives.

use crate::error::{Errno, Error};
use skctx::net::{Family, Protocol, SocketDesc, SocketState};
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr, SocketAddrV4, SocketAddrV6};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, FromRawFd, OwnedFd, RawFd};

/// One opened socket.
#[derive(Debug)]
pub struct Socket {
    index: usize,
    desc: SocketDesc,
    fd: OwnedFd,
    cookie: u64,
    local: SocketAddr,
}

impl Socket {
    /// Position in the [`SocketSet`] (the order of the descriptions).
    pub fn index(&self) -> usize {
        self.index
    }
    pub fn desc(&self) -> &SocketDesc {
        &self.desc
    }
    pub fn name(&self) -> Option<&str> {
        self.desc.name.as_deref()
    }
    /// `SO_COOKIE`: the value `BPF_PROG_TEST_RUN` reports for a selected socket.
    pub fn cookie(&self) -> u64 {
        self.cookie
    }
    /// The bound address as the kernel reports it (`getsockname`; resolves port 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.local
    }
}

impl AsFd for Socket {
    fn as_fd(&self) -> BorrowedFd<'_> {
        self.fd.as_fd()
    }
}

/// Sockets opened together in one private network namespace.
#[derive(Debug)]
pub struct SocketSet {
    sockets: Vec<Socket>,
    netns: OwnedFd,
    /// Helper listeners and accepted server sides of `tcp established` sockets.
    _helpers: Vec<OwnedFd>,
}

impl SocketSet {
    /// Creates a new network namespace and opens `descs` in it, in order.
    pub fn open(descs: &[SocketDesc]) -> Result<SocketSet, Error> {
        crate::avail::check()?;
        for (i, d) in descs.iter().enumerate() {
            d.validate()
                .map_err(|e| Error::InvalidInput(format!("socket #{i} `{d}`: {}", e.kind)))?;
        }
        std::thread::scope(|s| {
            std::thread::Builder::new()
                .name("kernel-netns".into())
                .spawn_scoped(s, || open_in_new_netns(descs))
                .map_err(|e| Error::Thread(format!("cannot start the netns thread: {e}")))?
                .join()
                .map_err(|_| Error::Thread("the netns thread panicked".into()))?
        })
    }

    /// Parses each text with [`SocketDesc`]'s grammar, then [`SocketSet::open`].
    pub fn open_text(texts: &[&str]) -> Result<SocketSet, Error> {
        let descs = texts
            .iter()
            .map(|t| {
                t.parse::<SocketDesc>()
                    .map_err(|e| Error::InvalidInput(format!("socket `{t}`: {e}")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        SocketSet::open(&descs)
    }

    pub fn len(&self) -> usize {
        self.sockets.len()
    }
    pub fn is_empty(&self) -> bool {
        self.sockets.is_empty()
    }
    pub fn get(&self, index: usize) -> Option<&Socket> {
        self.sockets.get(index)
    }
    pub fn by_name(&self, name: &str) -> Option<&Socket> {
        self.sockets.iter().find(|s| s.name() == Some(name))
    }
    pub fn by_cookie(&self, cookie: u64) -> Option<&Socket> {
        if cookie == 0 {
            return None;
        }
        self.sockets.iter().find(|s| s.cookie == cookie)
    }
    pub fn iter(&self) -> std::slice::Iter<'_, Socket> {
        self.sockets.iter()
    }
    /// The namespace's descriptor (`/proc/thread-self/ns/net` of the creating thread), for
    /// `BPF_LINK_CREATE` or `setns`.
    pub fn netns(&self) -> BorrowedFd<'_> {
        self.netns.as_fd()
    }
}

impl<'a> IntoIterator for &'a SocketSet {
    type Item = &'a Socket;
    type IntoIter = std::slice::Iter<'a, Socket>;
    fn into_iter(self) -> Self::IntoIter {
        self.sockets.iter()
    }
}

/// Runs on the dedicated thread.
fn open_in_new_netns(descs: &[SocketDesc]) -> Result<SocketSet, Error> {
    // SAFETY: unshare takes only flags; CLONE_NEWNET affects this thread alone.
    if unsafe { libc::unshare(libc::CLONE_NEWNET) } != 0 {
        let errno = crate::error::last_errno();
        if errno == Errno::EPERM {
            return Err(Error::Unavailable(crate::error::Unavailable {
                reason: format!("unshare(CLONE_NEWNET) refused with {errno}: needs CAP_SYS_ADMIN"),
            }));
        }
        return Err(Error::Syscall {
            op: "unshare(CLONE_NEWNET)",
            errno,
        });
    }
    let netns: OwnedFd = std::fs::File::open("/proc/thread-self/ns/net")
        .map_err(|e| Error::Syscall {
            op: "open /proc/thread-self/ns/net",
            errno: Errno(e.raw_os_error().unwrap_or(0)),
        })?
        .into();
    loopback_up()?;

    let mut sockets: Vec<Socket> = Vec::with_capacity(descs.len());
    let mut helpers = Vec::new();
    // Listeners and UDP first, so established sockets can connect to described listeners.
    let mut order: Vec<usize> = (0..descs.len()).collect();
    order.sort_by_key(|&i| is_tcp_established(&descs[i]));
    let mut opened: Vec<Option<Socket>> = (0..descs.len()).map(|_| None).collect();
    for i in order {
        let d = &descs[i];
        let fail = |op: &'static str, errno: Errno| Error::Socket {
            index: i,
            desc: d.to_string(),
            op,
            errno,
        };
        let fd = new_socket(d).map_err(|(op, e)| fail(op, e))?;
        match (d.protocol, d.state) {
            (Protocol::Tcp, SocketState::Listen) => {
                // SAFETY: fd is an open socket.
                check(unsafe { libc::listen(fd.as_raw_fd(), 128) })
                    .map_err(|e| fail("listen", e))?;
            }
            (Protocol::Tcp, SocketState::Connected(peer)) => {
                let listener = opened.iter().flatten().find(|s| {
                    s.desc.protocol == Protocol::Tcp
                        && s.desc.state == SocketState::Listen
                        && s.local.port() == peer.port()
                        && (s.local.ip() == peer.ip() || s.local.ip().is_unspecified())
                });
                let helper;
                let lfd = match listener {
                    Some(l) => l.fd.as_raw_fd(),
                    None => {
                        helper = helper_listener(peer).map_err(|(op, e)| fail(op, e))?;
                        let raw = helper.as_raw_fd();
                        helpers.push(helper);
                        raw
                    }
                };
                connect(&fd, peer).map_err(|e| fail("connect", e))?;
                let server = accept_within(lfd, 2000).map_err(|e| fail("accept (peer side)", e))?;
                helpers.push(server);
            }
            (Protocol::Udp, SocketState::Connected(peer)) => {
                connect(&fd, peer).map_err(|e| fail("connect", e))?;
            }
            _ => {}
        }
        let cookie = so_cookie(&fd).map_err(|e| fail("getsockopt(SO_COOKIE)", e))?;
        let local = sockname(&fd).map_err(|e| fail("getsockname", e))?;
        opened[i] = Some(Socket {
            index: i,
            desc: d.clone(),
            fd,
            cookie,
            local,
        });
    }
    for s in opened.into_iter().flatten() {
        sockets.push(s);
    }
    Ok(SocketSet {
        sockets,
        netns,
        _helpers: helpers,
    })
}

fn is_tcp_established(d: &SocketDesc) -> bool {
    d.protocol == Protocol::Tcp && matches!(d.state, SocketState::Connected(_))
}

pub(crate) fn check(r: libc::c_int) -> Result<libc::c_int, Errno> {
    if r < 0 {
        Err(crate::error::last_errno())
    } else {
        Ok(r)
    }
}

/// `struct ifreq` with the `ifr_flags` member of its union (40 bytes).
#[repr(C)]
struct IfReqFlags {
    name: [u8; 16],
    flags: libc::c_short,
    _pad: [u8; 22],
}

/// Sets IFF_UP on `lo` in the current thread's network namespace.
fn loopback_up() -> Result<(), Error> {
    let err = |op| move |errno| Error::Syscall { op, errno };
    // SAFETY: plain socket creation.
    let s = check(unsafe { libc::socket(libc::AF_INET, libc::SOCK_DGRAM | libc::SOCK_CLOEXEC, 0) })
        .map_err(err("socket for SIOCSIFFLAGS"))?;
    // SAFETY: `s` is the new socket we just created and nobody else owns.
    let s = unsafe { OwnedFd::from_raw_fd(s) };
    let mut req = IfReqFlags {
        name: [0; 16],
        flags: 0,
        _pad: [0; 22],
    };
    req.name[..2].copy_from_slice(b"lo");
    // SAFETY: SIOCGIFFLAGS reads the name and writes ifr_flags inside the 40-byte `req`.
    check(unsafe {
        libc::ioctl(
            s.as_raw_fd(),
            libc::SIOCGIFFLAGS as _,
            &mut req as *mut IfReqFlags,
        )
    })
    .map_err(err("ioctl(SIOCGIFFLAGS, lo)"))?;
    req.flags |= libc::IFF_UP as libc::c_short;
    // SAFETY: SIOCSIFFLAGS reads the 40-byte `req`.
    check(unsafe {
        libc::ioctl(
            s.as_raw_fd(),
            libc::SIOCSIFFLAGS as _,
            &mut req as *mut IfReqFlags,
        )
    })
    .map_err(err("ioctl(SIOCSIFFLAGS, lo up)"))?;
    Ok(())
}

type StepError = (&'static str, Errno);

pub(crate) fn set_int(
    fd: &OwnedFd,
    level: libc::c_int,
    opt: libc::c_int,
    v: libc::c_int,
) -> Result<(), Errno> {
    // SAFETY: the option value is a live c_int of the stated length.
    check(unsafe {
        libc::setsockopt(
            fd.as_raw_fd(),
            level,
            opt,
            &v as *const libc::c_int as *const libc::c_void,
            std::mem::size_of::<libc::c_int>() as libc::socklen_t,
        )
    })
    .map(|_| ())
}

/// Creates, configures and binds the socket of `d` (no listen/connect yet).
fn new_socket(d: &SocketDesc) -> Result<OwnedFd, StepError> {
    let domain = match d.family() {
        Family::V4 => libc::AF_INET,
        Family::V6 => libc::AF_INET6,
    };
    let ty = match d.protocol {
        Protocol::Tcp => libc::SOCK_STREAM,
        Protocol::Udp => libc::SOCK_DGRAM,
    };
    // SAFETY: plain socket creation.
    let raw = check(unsafe { libc::socket(domain, ty | libc::SOCK_CLOEXEC, 0) })
        .map_err(|e| ("socket", e))?;
    // SAFETY: `raw` is the new socket we just created and nobody else owns.
    let fd = unsafe { OwnedFd::from_raw_fd(raw) };
    match d.family() {
        Family::V4 => set_int(&fd, libc::SOL_IP, libc::IP_FREEBIND, 1)
            .map_err(|e| ("setsockopt(IP_FREEBIND)", e))?,
        Family::V6 => {
            set_int(
                &fd,
                libc::SOL_IPV6,
                libc::IPV6_V6ONLY,
                d.v6only as libc::c_int,
            )
            .map_err(|e| ("setsockopt(IPV6_V6ONLY)", e))?;
            set_int(&fd, libc::SOL_IPV6, libc::IPV6_FREEBIND, 1)
                .map_err(|e| ("setsockopt(IPV6_FREEBIND)", e))?;
        }
    }
    set_int(&fd, libc::SOL_SOCKET, libc::SO_REUSEADDR, 1)
        .map_err(|e| ("setsockopt(SO_REUSEADDR)", e))?;
    if d.reuseport.is_some() {
        set_int(&fd, libc::SOL_SOCKET, libc::SO_REUSEPORT, 1)
            .map_err(|e| ("setsockopt(SO_REUSEPORT)", e))?;
    }
    bind(&fd, d.addr).map_err(|e| ("bind", e))?;
    Ok(fd)
}

fn helper_listener(at: SocketAddr) -> Result<OwnedFd, StepError> {
    let desc = SocketDesc::tcp_listen(at);
    let fd = new_socket(&desc).map_err(|(op, e)| (helper_op(op), e))?;
    // SAFETY: fd is an open socket.
    check(unsafe { libc::listen(fd.as_raw_fd(), 16) })
        .map_err(|e| ("listen (helper listener for the peer)", e))?;
    Ok(fd)
}

fn helper_op(op: &'static str) -> &'static str {
    match op {
        "bind" => "bind (helper listener for the peer)",
        _ => "socket setup (helper listener for the peer)",
    }
}

/// Accepts one connection on `listener`, waiting at most `ms` milliseconds.
pub(crate) fn accept_within(listener: RawFd, ms: i32) -> Result<OwnedFd, Errno> {
    let mut p = libc::pollfd {
        fd: listener,
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: one live pollfd.
    let n = check(unsafe { libc::poll(&mut p, 1, ms) })?;
    if n == 0 {
        return Err(Errno::EAGAIN);
    }
    // SAFETY: listener is a listening socket owned by the set; no address is requested.
    let raw = check(unsafe {
        libc::accept4(
            listener,
            std::ptr::null_mut(),
            std::ptr::null_mut(),
            libc::SOCK_CLOEXEC,
        )
    })?;
    // SAFETY: accept4 returned a new descriptor we own.
    Ok(unsafe { OwnedFd::from_raw_fd(raw) })
}

/// A `sockaddr_in`/`sockaddr_in6` for `a`.
enum RawAddr {
    V4(libc::sockaddr_in),
    V6(libc::sockaddr_in6),
}

impl RawAddr {
    fn new(a: SocketAddr) -> RawAddr {
        match a {
            SocketAddr::V4(a) => RawAddr::V4(libc::sockaddr_in {
                sin_family: libc::AF_INET as libc::sa_family_t,
                sin_port: a.port().to_be(),
                sin_addr: libc::in_addr {
                    s_addr: u32::from_ne_bytes(a.ip().octets()),
                },
                sin_zero: [0; 8],
            }),
            SocketAddr::V6(a) => RawAddr::V6(libc::sockaddr_in6 {
                sin6_family: libc::AF_INET6 as libc::sa_family_t,
                sin6_port: a.port().to_be(),
                sin6_flowinfo: a.flowinfo().to_be(),
                sin6_addr: libc::in6_addr {
                    s6_addr: a.ip().octets(),
                },
                sin6_scope_id: a.scope_id(),
            }),
        }
    }

    fn as_ptr(&self) -> (*const libc::sockaddr, libc::socklen_t) {
        match self {
            RawAddr::V4(s) => (
                s as *const libc::sockaddr_in as *const libc::sockaddr,
                std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t,
            ),
            RawAddr::V6(s) => (
                s as *const libc::sockaddr_in6 as *const libc::sockaddr,
                std::mem::size_of::<libc::sockaddr_in6>() as libc::socklen_t,
            ),
        }
    }
}

pub(crate) fn bind(fd: &OwnedFd, a: SocketAddr) -> Result<(), Errno> {
    let raw = RawAddr::new(a);
    let (p, len) = raw.as_ptr();
    // SAFETY: `p` points to a live sockaddr of `len` bytes.
    check(unsafe { libc::bind(fd.as_raw_fd(), p, len) }).map(|_| ())
}

pub(crate) fn connect(fd: &OwnedFd, a: SocketAddr) -> Result<(), Errno> {
    let raw = RawAddr::new(a);
    let (p, len) = raw.as_ptr();
    // SAFETY: `p` points to a live sockaddr of `len` bytes.
    check(unsafe { libc::connect(fd.as_raw_fd(), p, len) }).map(|_| ())
}

/// `getsockopt(SO_COOKIE)`.
pub(crate) fn so_cookie(fd: &impl AsRawFd) -> Result<u64, Errno> {
    let mut v: u64 = 0;
    let mut len = std::mem::size_of::<u64>() as libc::socklen_t;
    // SAFETY: `v` is a writable u64 and `len` says so.
    check(unsafe {
        libc::getsockopt(
            fd.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_COOKIE,
            &mut v as *mut u64 as *mut libc::c_void,
            &mut len,
        )
    })?;
    Ok(v)
}

/// `getsockname`, decoded from the raw bytes (family, then port and address).
pub(crate) fn sockname(fd: &OwnedFd) -> Result<SocketAddr, Errno> {
    address_of(fd, libc::getsockname)
}

/// `getpeername`, decoded as [`sockname`].
pub(crate) fn peername(fd: &OwnedFd) -> Result<SocketAddr, Errno> {
    address_of(fd, libc::getpeername)
}

type AddrGetter =
    unsafe extern "C" fn(libc::c_int, *mut libc::sockaddr, *mut libc::socklen_t) -> libc::c_int;

fn address_of(fd: &OwnedFd, get: AddrGetter) -> Result<SocketAddr, Errno> {
    let mut buf = [0u8; 128];
    let mut len = buf.len() as libc::socklen_t;
    // SAFETY: `buf` has `len` writable bytes.
    check(unsafe {
        get(
            fd.as_raw_fd(),
            buf.as_mut_ptr() as *mut libc::sockaddr,
            &mut len,
        )
    })?;
    let family = u16::from_ne_bytes([buf[0], buf[1]]) as libc::c_int;
    let port = u16::from_be_bytes([buf[2], buf[3]]);
    match family {
        libc::AF_INET => Ok(SocketAddr::V4(SocketAddrV4::new(
            Ipv4Addr::new(buf[4], buf[5], buf[6], buf[7]),
            port,
        ))),
        libc::AF_INET6 => {
            let mut a = [0u8; 16];
            a.copy_from_slice(&buf[8..24]);
            let flow = u32::from_be_bytes([buf[4], buf[5], buf[6], buf[7]]);
            let scope = u32::from_ne_bytes([buf[24], buf[25], buf[26], buf[27]]);
            Ok(SocketAddr::V6(SocketAddrV6::new(
                Ipv6Addr::from(a),
                port,
                flow,
                scope,
            )))
        }
        _ => Err(Errno::EAFNOSUPPORT),
    }
}
