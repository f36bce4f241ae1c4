//! Run one command as root inside a given Linux kernel image, under qemu.
//!
//! The project's fidelity claims rest on live kernels; this crate brings more of them than
//! the host's: given a `vmlinuz`, the files the command needs and its command line, [`Vm::run`]
//! builds an initramfs (newc cpio, [`cpio`]) holding busybox (`busybox-static`) as the shell,
//! an `/init` script, the files, and every binary's shared libraries (found with `ldd`, put at
//! the host's paths), boots `qemu-system-x86_64` on it and returns the command's exit status,
//! stdout and stderr.
//!
//! One boot runs one command: a batch is a command that does many things (a test binary).
//!
//! In the guest, `/init` mounts devtmpfs, proc, sysfs, bpffs and tmpfs (on `/run`, and on `/tmp` unless
//! files were put there), brings up `lo`, and
//! runs the command with stdin from `/dev/null`. Framing is by channel: the kernel console is
//! `ttyS0`, the command's stdout `ttyS1`, its stderr `ttyS2` (both raw), and `ttyS3` carries
//! only `/init`'s `started` and `exit status N` lines; qemu writes each port to its own file.
//! Then `/init` reboots, which ends qemu (`-no-reboot`); a kernel panic does too (`panic=-1`).
//!
//! Acceleration: KVM when `/dev/kvm` is usable, else TCG; a KVM run that fails (nested KVM
//! often does, with an internal error) is retried under TCG, and later boots in the same
//! process go straight to TCG. `BOOTVM_ACCEL=tcg` or `=kvm` forces one.
//!
//! | module | what |
//! |---|---|
//! | `cpio` | the newc writer |
//! | `libs` | the shared libraries of a binary, from `ldd` |
//! | `initramfs` | the archive: busybox, `/init`, the command script, the files, the libraries |
//! | `qemu` | the qemu command line, the wait with its timeout, reading the ports back |
//! | [`selftest`] | a test binary re-run inside each cached image, with its summary lines |
//! | `slots` | at most [`JOBS_ENV`] guests of the process at once (default: no limit) |

mod cpio;
mod initramfs;
mod libs;
mod qemu;
pub mod selftest;
mod slots;

pub use slots::JOBS_ENV;

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub use qemu::Accel;

/// Where `busybox-static` installs busybox.
pub const BUSYBOX_PATH: &str = "/bin/busybox";
/// The qemu binary, looked up on `PATH`.
pub const QEMU: &str = "qemu-system-x86_64";

/// A boot: the kernel image, what goes into the guest, the command and its limits.
#[derive(Debug, Clone)]
pub struct Vm {
    kernel: PathBuf,
    items: Vec<Item>,
    argv: Vec<String>,
    env: Vec<(String, String)>,
    cwd: Option<String>,
    memory_mib: u32,
    cpus: u32,
    timeout: Duration,
    echo: bool,
}

/// A host file or directory and where it goes in the guest.
#[derive(Debug, Clone)]
enum Item {
    /// Executable; its shared libraries come along.
    Binary {
        host: PathBuf,
        guest: String,
    },
    File {
        host: PathBuf,
        guest: String,
    },
    /// Every regular file below, recursively.
    Dir {
        host: PathBuf,
        guest: String,
    },
}

/// What the command did.
#[derive(Debug, Clone)]
pub struct Output {
    /// The command's exit status (128 + N when killed by signal N, as the shell reports).
    pub status: i32,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// From starting qemu to the command starting in the guest.
    pub boot_time: Duration,
    /// From the command starting to qemu ending.
    pub run_time: Duration,
    pub accel: Accel,
}

impl Output {
    pub fn success(&self) -> bool {
        self.status == 0
    }

    pub fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    pub fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }
}

/// Why the command could not be run (its own failure is an [`Output`] with a status).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// qemu, busybox or ldd is missing or unusable.
    Tool {
        tool: &'static str,
        why: String,
    },
    /// The kernel image does not exist.
    ImageMissing(PathBuf),
    /// A binary's libraries could not be found.
    Libraries {
        binary: PathBuf,
        why: String,
    },
    Io {
        what: String,
        why: String,
    },
    /// qemu ran longer than the timeout and was killed.
    Timeout {
        after: Duration,
        console: String,
    },
    /// qemu ended without the command's exit status (kernel panic, `/init` failure, qemu
    /// error); `console` is the tail of the kernel console and qemu's own messages.
    NoStatus {
        console: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Tool { tool, why } => write!(f, "{tool}: {why}"),
            Error::ImageMissing(p) => write!(f, "kernel image {} does not exist", p.display()),
            Error::Libraries { binary, why } => {
                write!(f, "shared libraries of {}: {why}", binary.display())
            }
            Error::Io { what, why } => write!(f, "{what}: {why}"),
            Error::Timeout { after, console } => write!(
                f,
                "the guest did not finish within {after:?}; qemu was killed. Console:\n{console}"
            ),
            Error::NoStatus { console } => write!(
                f,
                "the guest ended without the command's exit status. Console:\n{console}"
            ),
        }
    }
}

impl std::error::Error for Error {}

impl Vm {
    /// A boot of `kernel` (a `vmlinuz`/`bzImage`) running `argv` (looked up on the guest's
    /// `PATH`, `/bin`, unless absolute). Defaults: 1 GiB, 1 CPU, a 10-minute timeout.
    pub fn new(kernel: impl Into<PathBuf>, argv: &[impl AsRef<str>]) -> Vm {
        Vm {
            kernel: kernel.into(),
            items: Vec::new(),
            argv: argv.iter().map(|a| a.as_ref().to_string()).collect(),
            env: Vec::new(),
            cwd: None,
            memory_mib: 1024,
            cpus: 1,
            timeout: Duration::from_secs(600),
            echo: false,
        }
    }

    /// An executable at the same path in the guest, with its shared libraries.
    pub fn binary(self, host: impl Into<PathBuf>) -> Vm {
        let host = host.into();
        let guest = guest_path(&host);
        self.binary_at(host, guest)
    }

    /// An executable at `guest`, with its shared libraries.
    pub fn binary_at(mut self, host: impl Into<PathBuf>, guest: impl Into<String>) -> Vm {
        self.items.push(Item::Binary {
            host: host.into(),
            guest: guest.into(),
        });
        self
    }

    /// A data file at the same path in the guest.
    pub fn file(mut self, host: impl Into<PathBuf>) -> Vm {
        let host = host.into();
        let guest = guest_path(&host);
        self.items.push(Item::File { host, guest });
        self
    }

    /// A directory tree (regular files, links followed) at the same path in the guest.
    pub fn dir(mut self, host: impl Into<PathBuf>) -> Vm {
        let host = host.into();
        let guest = guest_path(&host);
        self.items.push(Item::Dir { host, guest });
        self
    }

    pub fn env(mut self, key: impl Into<String>, value: impl Into<String>) -> Vm {
        self.env.push((key.into(), value.into()));
        self
    }

    /// The command's working directory in the guest (default `/`).
    pub fn cwd(mut self, dir: impl Into<String>) -> Vm {
        self.cwd = Some(dir.into());
        self
    }

    pub fn memory_mib(mut self, mib: u32) -> Vm {
        self.memory_mib = mib;
        self
    }

    pub fn cpus(mut self, n: u32) -> Vm {
        self.cpus = n.max(1);
        self
    }

    pub fn timeout(mut self, t: Duration) -> Vm {
        self.timeout = t;
        self
    }

    /// Copy the command's stdout and stderr to this process's stderr as they arrive (they
    /// are returned in the [`Output`] as well).
    pub fn echo(mut self, on: bool) -> Vm {
        self.echo = on;
        self
    }

    /// Boots the image, runs the command, returns what it did.
    pub fn run(&self) -> Result<Output, Error> {
        if !self.kernel.is_file() {
            return Err(Error::ImageMissing(self.kernel.clone()));
        }
        available()?;
        let busybox = Path::new(BUSYBOX_PATH);
        if !libs::needed(busybox)?.is_empty() {
            return Err(Error::Tool {
                tool: "busybox",
                why: format!("{BUSYBOX_PATH} is not statically linked; install busybox-static"),
            });
        }
        let work = tempfile::Builder::new()
            .prefix("bootvm-")
            .tempdir()
            .map_err(|e| Error::Io {
                what: "creating a temporary directory".into(),
                why: e.to_string(),
            })?;
        let initrd = work.path().join("initramfs.cpio");
        initramfs::write(self, busybox, &initrd)?;
        let _slot = slots::take();
        qemu::boot(self, &initrd, work.path())
    }
}

/// What a host path is called in the guest: the same absolute path.
fn guest_path(host: &Path) -> String {
    let abs = if host.is_absolute() {
        host.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(host)
    };
    abs.to_string_lossy().into_owned()
}

/// Whether a boot can be tried here: qemu and busybox-static installed (the image is
/// checked by [`Vm::run`]). `Err` says what is missing, for a `SKIPPED` line.
pub fn available() -> Result<(), Error> {
    if !Path::new(BUSYBOX_PATH).is_file() {
        return Err(Error::Tool {
            tool: "busybox",
            why: format!("{BUSYBOX_PATH} is missing; install busybox-static"),
        });
    }
    qemu::check_installed()
}

/// The environment variable naming the directory of cached kernel images
/// (`<dir>/<uname -r>/vmlinuz`, as `.ci/kernels` writes them).
pub const IMAGES_DIR_ENV: &str = "SK_KERNEL_IMAGES_DIR";

/// A cached kernel image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Image {
    /// The directory name: the kernel's `uname -r`.
    pub release: String,
    pub vmlinuz: PathBuf,
}

/// The images under `$SK_KERNEL_IMAGES_DIR`, or under `default_dir` when it is unset,
/// sorted by release. A missing directory holds none.
pub fn images(default_dir: &Path) -> Vec<Image> {
    let dir = std::env::var_os(IMAGES_DIR_ENV)
        .map(PathBuf::from)
        .unwrap_or_else(|| default_dir.to_path_buf());
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut found: Vec<Image> = entries
        .filter_map(|e| e.ok())
        .map(|e| Image {
            release: e.file_name().to_string_lossy().into_owned(),
            vmlinuz: e.path().join("vmlinuz"),
        })
        .filter(|i| i.vmlinuz.is_file())
        .collect();
    found.sort_by(|a, b| a.release.cmp(&b.release));
    found
}
