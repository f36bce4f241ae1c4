//! Errors: [`Errno`] (a kernel error number with its name, from skctx's errno table), [`Unavailable`] (the kernel
//! cannot be used here, and why) and the crate-wide [`Error`].

use std::fmt;

/// A Linux error number, as returned by a failing syscall: skctx's, whose table
/// ([`skctx::ERRNOS`]) names the numbers.
pub use skctx::Errno;

/// The calling thread's `errno` after a failed call.
pub(crate) fn last_errno() -> Errno {
    Errno(std::io::Error::last_os_error().raw_os_error().unwrap_or(0))
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

#[cfg(test)]
mod tests {
    use super::Errno;

    /// skctx's errno table holds this platform's values (libc's).
    #[test]
    fn errno_values_are_the_platforms() {
        for (ours, libc) in [
            (Errno::EPERM, libc::EPERM),
            (Errno::ENOENT, libc::ENOENT),
            (Errno::E2BIG, libc::E2BIG),
            (Errno::EBADF, libc::EBADF),
            (Errno::EAGAIN, libc::EAGAIN),
            (Errno::ENOMEM, libc::ENOMEM),
            (Errno::EACCES, libc::EACCES),
            (Errno::EFAULT, libc::EFAULT),
            (Errno::EBUSY, libc::EBUSY),
            (Errno::EEXIST, libc::EEXIST),
            (Errno::EINVAL, libc::EINVAL),
            (Errno::ENOSPC, libc::ENOSPC),
            (Errno::ERANGE, libc::ERANGE),
            (Errno::ENOSYS, libc::ENOSYS),
            (Errno::EPROTOTYPE, libc::EPROTOTYPE),
            (Errno::ESOCKTNOSUPPORT, libc::ESOCKTNOSUPPORT),
            (Errno::EOPNOTSUPP, libc::EOPNOTSUPP),
            (Errno::EAFNOSUPPORT, libc::EAFNOSUPPORT),
            (Errno::EADDRINUSE, libc::EADDRINUSE),
            (Errno::EADDRNOTAVAIL, libc::EADDRNOTAVAIL),
            (Errno::ENETUNREACH, libc::ENETUNREACH),
            (Errno::ECONNREFUSED, libc::ECONNREFUSED),
        ] {
            assert_eq!(ours.0, libc, "{ours}");
        }
        // ENOTSUPP is kernel-internal (include/linux/errno.h), not in libc.
        assert_eq!(Errno::ENOTSUPP.0, 524);
    }
}
