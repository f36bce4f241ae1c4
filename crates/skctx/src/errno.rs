//! Linux error numbers: [`ERRNOS`] is the one errno table (value, name, description) for
//! every number the toolchain meets — the verifier's and `bpf_sk_assign`'s in skctx, the
//! syscalls' in the kernel crate. [`Errno`] constants, names, `-E...` return values and
//! messages all derive from it.
//!
//! Values are Linux's generic ones (include/uapi/asm-generic/errno-base.h and errno.h, as on
//! x86 and arm64); `ENOTSUPP` (524) is kernel-internal (include/linux/errno.h) but reaches
//! userspace from some BPF paths. Descriptions are glibc's `strerror` texts.

use std::fmt;

/// A Linux error number (positive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Errno(pub i32);

/// One row of [`ERRNOS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrnoInfo {
    pub errno: Errno,
    /// The symbolic name (`"EACCES"`).
    pub name: &'static str,
    /// What `strerror` says.
    pub description: &'static str,
}

/// Declares the [`Errno`] constants and [`ERRNOS`] from one list of rows.
macro_rules! errnos {
    ($($name:ident = $value:literal, $description:literal;)*) => {
        impl Errno {
            $(
                #[doc = concat!("`", stringify!($name), "` (", stringify!($value), "): ", $description, ".")]
                pub const $name: Errno = Errno($value);
            )*
        }

        /// Every error number the toolchain names, by value.
        pub const ERRNOS: &[ErrnoInfo] = &[
            $(ErrnoInfo {
                errno: Errno::$name,
                name: stringify!($name),
                description: $description,
            },)*
        ];
    };
}

errnos! {
    EPERM = 1, "Operation not permitted";
    ENOENT = 2, "No such file or directory";
    E2BIG = 7, "Argument list too long";
    EBADF = 9, "Bad file descriptor";
    EAGAIN = 11, "Resource temporarily unavailable";
    ENOMEM = 12, "Cannot allocate memory";
    EACCES = 13, "Permission denied";
    EFAULT = 14, "Bad address";
    EBUSY = 16, "Device or resource busy";
    EEXIST = 17, "File exists";
    EINVAL = 22, "Invalid argument";
    ENOSPC = 28, "No space left on device";
    ERANGE = 34, "Numerical result out of range";
    ENOSYS = 38, "Function not implemented";
    EPROTOTYPE = 91, "Protocol wrong type for socket";
    ESOCKTNOSUPPORT = 94, "Socket type not supported";
    EOPNOTSUPP = 95, "Operation not supported";
    EAFNOSUPPORT = 97, "Address family not supported by protocol";
    EADDRINUSE = 98, "Address already in use";
    EADDRNOTAVAIL = 99, "Cannot assign requested address";
    ENETUNREACH = 101, "Network is unreachable";
    ECONNREFUSED = 111, "Connection refused";
    ENOTSUPP = 524, "Operation is not supported";
}

impl Errno {
    /// Its row of [`ERRNOS`], if the table names it.
    pub fn info(self) -> Option<&'static ErrnoInfo> {
        ERRNOS.iter().find(|e| e.errno == self)
    }

    /// The symbolic name (`"EACCES"`), for the numbers in [`ERRNOS`].
    pub fn name(self) -> Option<&'static str> {
        self.info().map(|e| e.name)
    }

    /// What `strerror` says, for the numbers in [`ERRNOS`].
    pub fn description(self) -> Option<&'static str> {
        self.info().map(|e| e.description)
    }

    /// The number named `name` (`"EACCES"`).
    pub fn from_name(name: &str) -> Option<Errno> {
        ERRNOS.iter().find(|e| e.name == name).map(|e| e.errno)
    }

    /// `-errno`, as a helper or a syscall returns it.
    pub const fn negative(self) -> i64 {
        -(self.0 as i64)
    }
}

impl fmt::Display for Errno {
    /// `EACCES (13)`, or `errno 200` for a number the table does not name.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            Some(n) => write!(f, "{n} ({})", self.0),
            None => write!(f, "errno {}", self.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_values_are_unique() {
        for (i, a) in ERRNOS.iter().enumerate() {
            for b in &ERRNOS[i + 1..] {
                assert_ne!(a.errno, b.errno, "{} and {}", a.name, b.name);
                assert_ne!(a.name, b.name);
            }
            assert_eq!(Errno::from_name(a.name), Some(a.errno));
        }
        assert_eq!(Errno::EINVAL.to_string(), "EINVAL (22)");
        assert_eq!(Errno(200).to_string(), "errno 200");
        assert_eq!(Errno::EEXIST.negative(), -17);
    }
}
