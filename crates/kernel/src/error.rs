//! Errors: [`Errno`] (a kernel error number with its name), [`Unavailable`] (the kernel
//! cannot be used here, and why) and the crate-wide [`Error`].

use std::fmt;

/// A Linux error number, as returned by a failing syscall.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Errno(pub i32);

impl Errno {
    pub const EPERM: Errno = Errno(libc::EPERM);
    pub const ENOENT: Errno = Errno(libc::ENOENT);
    pub const E2BIG: Errno = Errno(libc::E2BIG);
    pub const EBADF: Errno = Errno(libc::EBADF);
    pub const EAGAIN: Errno = Errno(libc::EAGAIN);
    pub const ENOMEM: Errno = Errno(libc::ENOMEM);
    pub const EACCES: Errno = Errno(libc::EACCES);
    pub const EFAULT: Errno = Errno(libc::EFAULT);
    pub const EBUSY: Errno = Errno(libc::EBUSY);
    pub const EEXIST: Errno = Errno(libc::EEXIST);
    pub const EINVAL: Errno = Errno(libc::EINVAL);
    pub const ENOSPC: Errno = Errno(libc::ENOSPC);
    pub const ERANGE: Errno = Errno(libc::ERANGE);
    pub const ENOSYS: Errno = Errno(libc::ENOSYS);
    pub const EPROTOTYPE: Errno = Errno(libc::EPROTOTYPE);
    pub const ESOCKTNOSUPPORT: Errno = Errno(libc::ESOCKTNOSUPPORT);
    pub const EOPNOTSUPP: Errno = Errno(libc::EOPNOTSUPP);
    pub const EAFNOSUPPORT: Errno = Errno(libc::EAFNOSUPPORT);
    pub const EADDRINUSE: Errno = Errno(libc::EADDRINUSE);
    pub const EADDRNOTAVAIL: Errno = Errno(libc::EADDRNOTAVAIL);
    pub const ENETUNREACH: Errno = Errno(libc::ENETUNREACH);
    pub const ECONNREFUSED: Errno = Errno(libc::ECONNREFUSED);
    pub const ENOTSUPP: Errno = Errno(524);

    /// The calling thread's `errno` after a failed call.
    pub(crate) fn last() -> Errno {
        Errno(std::io::Error::last_os_error().raw_os_error().unwrap_or(0))
    }

    /// The symbolic name (`"EACCES"`), for the numbers this toolchain meets.
    pub fn name(self) -> Option<&'static str> {
        const NAMES: &[(Errno, &str)] = &[
            (Errno::EPERM, "EPERM"),
            (Errno::ENOENT, "ENOENT"),
            (Errno::E2BIG, "E2BIG"),
            (Errno::EBADF, "EBADF"),
            (Errno::EAGAIN, "EAGAIN"),
            (Errno::ENOMEM, "ENOMEM"),
            (Errno::EACCES, "EACCES"),
            (Errno::EFAULT, "EFAULT"),
            (Errno::EBUSY, "EBUSY"),
            (Errno::EEXIST, "EEXIST"),
            (Errno::EINVAL, "EINVAL"),
            (Errno::ENOSPC, "ENOSPC"),
            (Errno::ERANGE, "ERANGE"),
            (Errno::ENOSYS, "ENOSYS"),
            (Errno::EPROTOTYPE, "EPROTOTYPE"),
            (Errno::ESOCKTNOSUPPORT, "ESOCKTNOSUPPORT"),
            (Errno::EOPNOTSUPP, "EOPNOTSUPP"),
            (Errno::EAFNOSUPPORT, "EAFNOSUPPORT"),
            (Errno::EADDRINUSE, "EADDRINUSE"),
            (Errno::EADDRNOTAVAIL, "EADDRNOTAVAIL"),
            (Errno::ENETUNREACH, "ENETUNREACH"),
            (Errno::ECONNREFUSED, "ECONNREFUSED"),
            (Errno::ENOTSUPP, "ENOTSUPP"),
        ];
        NAMES.iter().find(|(e, _)| *e == self).map(|(_, n)| *n)
    }
}

impl fmt::Display for Errno {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            Some(n) => write!(f, "{n} ({})", self.0),
            None => write!(f, "errno {}", self.0),
        }
    }
}

/// The live kernel cannot be used from this process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unavailable {
    pub reason: String,
}

impl fmt::Display for Unavailable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "kernel unavailable: {}", self.reason)
    }
}

impl std::error::Error for Unavailable {}

/// Everything that can go wrong in this crate. A verifier rejection is **not** an error: it
/// is a [`crate::LoadOutcome`] with `errno` set.
#[derive(Debug)]
pub enum Error {
    /// The kernel is not reachable (not Linux, not privileged, no `bpf()`, ...).
    Unavailable(Unavailable),
    /// A syscall failed; `op` names it (`"BPF_MAP_CREATE"`, `"capset"`, ...).
    Syscall { op: &'static str, errno: Errno },
    /// Opening socket `index` (described by `desc`) failed at step `op` (`"bind"`, ...).
    Socket {
        index: usize,
        desc: String,
        op: &'static str,
        errno: Errno,
    },
    /// The arguments cannot be turned into a valid request (bad binding slot, key of the
    /// wrong size, invalid socket description, ...).
    InvalidInput(String),
    /// A helper thread could not be started or died.
    Thread(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Unavailable(u) => write!(f, "{u}"),
            Error::Syscall { op, errno } => write!(f, "{op} failed: {errno}"),
            Error::Socket {
                index,
                desc,
                op,
                errno,
            } => {
                write!(f, "socket #{index} `{desc}`: {op} failed: {errno}")
            }
            Error::InvalidInput(m) => write!(f, "invalid input: {m}"),
            Error::Thread(m) => write!(f, "helper thread: {m}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<Unavailable> for Error {
    fn from(u: Unavailable) -> Error {
        Error::Unavailable(u)
    }
}

impl Error {
    /// The errno, for syscall and socket errors.
    pub fn errno(&self) -> Option<Errno> {
        match self {
            Error::Syscall { errno, .. } | Error::Socket { errno, .. } => Some(*errno),
            _ => None,
        }
    }

    /// True when the kernel is simply not reachable here (callers skip, not fail).
    pub fn is_unavailable(&self) -> bool {
        matches!(self, Error::Unavailable(_))
    }
}
