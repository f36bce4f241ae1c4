//! The initramfs a boot runs from: busybox as the shell, `/init` (mounts, loopback, runs
//! the command with its output on dedicated serial ports, reports the exit status, reboots),
//! the command's files at their guest paths, and each binary's shared libraries at the
//! paths the host has them.

use std::collections::BTreeSet;
use std::fs::File;
use std::io::BufWriter;
use std::path::Path;

use crate::cpio::Writer;
use crate::{libs, Error, Item, Vm};

/// Where busybox lives in the guest; `/init` installs its applets as links in `/bin`.
const BUSYBOX: &str = "/bin/busybox";

/// The guest's serial ports (`ttyS0` is the kernel console).
pub const STDOUT_PORT: &str = "/dev/ttyS1";
pub const STDERR_PORT: &str = "/dev/ttyS2";
pub const STATUS_PORT: &str = "/dev/ttyS3";

/// Lines `/init` writes to the status port.
pub const STARTED: &str = "bootvm: started";
pub const EXITED: &str = "bootvm: exit status ";

/// Writes the initramfs for `vm` to `path`.
pub fn write(vm: &Vm, busybox: &Path, path: &Path) -> Result<(), Error> {
    let io = |e: std::io::Error| Error::Io {
        what: format!("writing the initramfs {}", path.display()),
        why: e.to_string(),
    };
    let file = File::create(path).map_err(io)?;
    let mut a = Archive {
        w: Writer::new(BufWriter::new(file)),
        dirs: BTreeSet::new(),
    };
    for d in ["/dev", "/proc", "/sys", "/tmp", "/run", "/root", "/bin"] {
        a.dirs(d)?;
    }
    a.w.char_device("/dev/console", 0o600, 5, 1).map_err(io)?;
    a.w.char_device("/dev/null", 0o666, 1, 3).map_err(io)?;
    a.host_file(busybox, BUSYBOX, 0o755)?;
    a.w.file("/init", 0o755, init_script().as_bytes())
        .map_err(io)?;
    a.w.file("/bootvm-command", 0o755, command_script(vm).as_bytes())
        .map_err(io)?;
    let mut libraries = BTreeSet::new();
    for item in &vm.items {
        match item {
            Item::Binary { host, guest } => {
                a.host_file(host, guest, 0o755)?;
                libraries.extend(libs::needed(host)?);
            }
            Item::File { host, guest } => a.host_file(host, guest, mode_of(host)?)?,
            Item::Dir { host, guest } => a.host_dir(host, guest)?,
        }
    }
    for lib in libraries {
        let guest = lib.to_string_lossy().into_owned();
        if !a.dirs.contains(&guest) {
            a.host_file(&lib, &guest, 0o755)?;
        }
    }
    a.w.finish().map_err(io)?;
    Ok(())
}

/// `/init`: set up the guest, run the command, report, reboot (qemu runs with `-no-reboot`,
/// so the reboot ends it). `panic=-1` on the command line covers a kernel that dies.
fn init_script() -> String {
    format!(
        r#"#!{BUSYBOX} sh
{BUSYBOX} mount -t devtmpfs dev /dev 2>/dev/null
{BUSYBOX} --install -s /bin
export PATH=/bin HOME=/root
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t bpf bpf /sys/fs/bpf
# files the caller put under /tmp stay visible
[ -z "$(ls -A /tmp)" ] && mount -t tmpfs tmp /tmp
mount -t tmpfs run /run
ip link set lo up
for p in {STDOUT_PORT} {STDERR_PORT} {STATUS_PORT}; do stty -F $p raw -echo 115200; done
echo "{STARTED}" > {STATUS_PORT}
sh /bootvm-command < /dev/null > {STDOUT_PORT} 2> {STDERR_PORT}
echo "{EXITED}$?" > {STATUS_PORT}
reboot -f
"#
    )
}

/// The command, its environment and working directory, shell-quoted.
fn command_script(vm: &Vm) -> String {
    let mut s = String::from("#!/bin/sh\n");
    if let Some(dir) = &vm.cwd {
        // Created when no file put there made it.
        s.push_str(&format!("mkdir -p {0} && cd {0} || exit 126\n", quote(dir)));
    }
    for (k, v) in &vm.env {
        s.push_str(&format!("export {k}={}\n", quote(v)));
    }
    s.push_str("exec");
    for a in &vm.argv {
        s.push(' ');
        s.push_str(&quote(a));
    }
    s.push('\n');
    s
}

/// Single-quoted for the shell: `'` becomes `'\''`.
fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

fn mode_of(path: &Path) -> Result<u32, Error> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .map(|m| m.permissions().mode() & 0o7777)
        .map_err(|e| Error::Io {
            what: format!("reading {}", path.display()),
            why: e.to_string(),
        })
}

struct Archive {
    w: Writer<BufWriter<File>>,
    /// Directories already in the archive (their parents are too).
    dirs: BTreeSet<String>,
}

impl Archive {
    /// `guest` and every parent of it as directories.
    fn dirs(&mut self, guest: &str) -> Result<(), Error> {
        let mut path = String::new();
        for part in guest.split('/').filter(|p| !p.is_empty()) {
            path.push('/');
            path.push_str(part);
            if self.dirs.insert(path.clone()) {
                self.w.dir(&path, 0o755).map_err(|e| Error::Io {
                    what: format!("adding directory {path}"),
                    why: e.to_string(),
                })?;
            }
        }
        Ok(())
    }

    fn host_file(&mut self, host: &Path, guest: &str, mode: u32) -> Result<(), Error> {
        if let Some((parent, _)) = guest.rsplit_once('/') {
            self.dirs(parent)?;
        }
        let data = std::fs::read(host).map_err(|e| Error::Io {
            what: format!("reading {}", host.display()),
            why: e.to_string(),
        })?;
        self.w.file(guest, mode, &data).map_err(|e| Error::Io {
            what: format!("adding {} as {guest}", host.display()),
            why: e.to_string(),
        })
    }

    /// Every regular file under `host` (links followed), at the same relative path under
    /// `guest`.
    fn host_dir(&mut self, host: &Path, guest: &str) -> Result<(), Error> {
        self.dirs(guest)?;
        let entries = std::fs::read_dir(host).map_err(|e| Error::Io {
            what: format!("listing {}", host.display()),
            why: e.to_string(),
        })?;
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            let name = p
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let g = format!("{}/{name}", guest.trim_end_matches('/'));
            if p.is_dir() {
                self.host_dir(&p, &g)?;
            } else if p.is_file() {
                self.host_file(&p, &g, mode_of(&p)?)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_are_quoted_for_the_shell() {
        assert_eq!(quote("a b"), "'a b'");
        assert_eq!(quote("it's"), r"'it'\''s'");
    }
}
