//! Running qemu: the command line, the wait (with the timeout, the KVM-to-TCG fallback and
//! the optional echo of the command's output) and reading the status port back.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crate::initramfs::{EXITED, STARTED};
use crate::{Error, Output, Vm, QEMU};

/// How qemu runs the guest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Accel {
    Kvm,
    /// Emulation: slower, works everywhere.
    Tcg,
}

/// Set once a KVM boot failed in this process: later boots use TCG directly.
static KVM_FAILED: AtomicBool = AtomicBool::new(false);

/// The environment variable that forces `kvm` or `tcg`.
pub const ACCEL_ENV: &str = "BOOTVM_ACCEL";

/// Kernel command line: serial console, reboot at once on panic, quiet. `no_timer_check`:
/// under TCG on a loaded host the kernel's IO-APIC timer check can miss its ticks and panic
/// ("IO-APIC + timer doesn't work!"), which was seen on the 6.12 image.
const APPEND: &str =
    "console=ttyS0 panic=-1 oops=panic quiet loglevel=3 no_timer_check rdinit=/init";

/// The capture files, one per serial port, in port order.
const PORTS: [&str; 4] = ["console", "stdout", "stderr", "status"];

pub fn check_installed() -> Result<(), Error> {
    match Command::new(QEMU).arg("--version").output() {
        Ok(o) if o.status.success() => Ok(()),
        Ok(o) => Err(Error::Tool {
            tool: QEMU,
            why: format!(
                "`{QEMU} --version` failed: {}",
                String::from_utf8_lossy(&o.stderr).trim()
            ),
        }),
        Err(e) => Err(Error::Tool {
            tool: QEMU,
            why: format!("cannot run it ({e}); install qemu-system-x86"),
        }),
    }
}

fn first_accel() -> Accel {
    match std::env::var(ACCEL_ENV).as_deref() {
        Ok("tcg") => return Accel::Tcg,
        Ok("kvm") => return Accel::Kvm,
        _ => {}
    }
    let kvm_usable = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/kvm")
        .is_ok();
    if kvm_usable && !KVM_FAILED.load(Ordering::Relaxed) {
        Accel::Kvm
    } else {
        Accel::Tcg
    }
}

/// Boots `vm` on `initrd`, capture files in `work`.
pub fn boot(vm: &Vm, initrd: &Path, work: &Path) -> Result<Output, Error> {
    let accel = first_accel();
    match boot_with(vm, initrd, work, accel) {
        Err(Attempt::KvmFailed) => {
            KVM_FAILED.store(true, Ordering::Relaxed);
            boot_with(vm, initrd, work, Accel::Tcg).map_err(Attempt::into_error)
        }
        r => r.map_err(Attempt::into_error),
    }
}

enum Attempt {
    /// KVM could not run the guest (retry under TCG).
    KvmFailed,
    Failed(Error),
}

impl Attempt {
    fn into_error(self) -> Error {
        match self {
            Attempt::KvmFailed => Error::Tool {
                tool: QEMU,
                why: "KVM could not run the guest (set BOOTVM_ACCEL=tcg)".into(),
            },
            Attempt::Failed(e) => e,
        }
    }
}

fn io_err(what: String) -> impl Fn(std::io::Error) -> Attempt {
    move |e| {
        Attempt::Failed(Error::Io {
            what: what.clone(),
            why: e.to_string(),
        })
    }
}

fn command(vm: &Vm, initrd: &Path, work: &Path, accel: Accel) -> Command {
    let mut c = Command::new(QEMU);
    c.args([
        "-nodefaults",
        "-no-user-config",
        "-display",
        "none",
        "-no-reboot",
    ]);
    c.args(["-net", "none", "-monitor", "none"]);
    match accel {
        Accel::Kvm => c.args(["-accel", "kvm", "-cpu", "host"]),
        Accel::Tcg => c.args(["-accel", "tcg", "-cpu", "max"]),
    };
    c.arg("-m").arg(vm.memory_mib.to_string());
    c.arg("-smp").arg(vm.cpus.to_string());
    c.arg("-kernel").arg(&vm.kernel);
    c.arg("-initrd").arg(initrd);
    c.args(["-append", APPEND]);
    for port in PORTS {
        c.arg("-serial")
            .arg(format!("file:{}", work.join(port).display()));
    }
    c.stdin(Stdio::null());
    c
}

fn boot_with(vm: &Vm, initrd: &Path, work: &Path, accel: Accel) -> Result<Output, Attempt> {
    for port in PORTS {
        File::create(work.join(port)).map_err(io_err(format!("creating {port} capture")))?;
    }
    let log_path = work.join("qemu.log");
    let log = File::create(&log_path).map_err(io_err("creating qemu.log".into()))?;
    let log2 = log.try_clone().map_err(io_err("qemu.log".into()))?;
    let start = Instant::now();
    let mut child = command(vm, initrd, work, accel)
        .stdout(log)
        .stderr(log2)
        .spawn()
        .map_err(|e| {
            Attempt::Failed(Error::Tool {
                tool: QEMU,
                why: format!("cannot start it: {e}"),
            })
        })?;
    let mut echo = Echo::new(work, vm.echo);
    let mut started = None;
    loop {
        let finished = child
            .try_wait()
            .map_err(io_err("waiting for qemu".into()))?;
        echo.pump();
        let status_text = read(&work.join("status"));
        if started.is_none() && status_text.contains(STARTED) {
            started = Some(start.elapsed());
        }
        if finished.is_some() {
            break;
        }
        if accel == Accel::Kvm && started.is_none() && kvm_broke(&read(&log_path)) {
            kill(&mut child);
            return Err(Attempt::KvmFailed);
        }
        if start.elapsed() > vm.timeout {
            kill(&mut child);
            return Err(Attempt::Failed(Error::Timeout {
                after: vm.timeout,
                console: console_tail(work),
            }));
        }
        std::thread::sleep(Duration::from_millis(25));
    }
    echo.pump();
    let total = start.elapsed();
    let status_text = read(&work.join("status"));
    let Some(status) = exit_status(&status_text) else {
        if accel == Accel::Kvm && kvm_broke(&read(&log_path)) {
            return Err(Attempt::KvmFailed);
        }
        return Err(Attempt::Failed(Error::NoStatus {
            console: console_tail(work),
        }));
    };
    let boot_time = started.unwrap_or(total);
    Ok(Output {
        status,
        stdout: std::fs::read(work.join("stdout")).unwrap_or_default(),
        stderr: std::fs::read(work.join("stderr")).unwrap_or_default(),
        boot_time,
        run_time: total.saturating_sub(boot_time),
        accel,
    })
}

fn kill(child: &mut Child) {
    let _ = child.kill();
    let _ = child.wait();
}

/// Whether qemu's messages blame KVM (nested KVM fails with internal errors, refused MSRs
/// or assertions in qemu's KVM code).
fn kvm_broke(qemu_log: &str) -> bool {
    qemu_log.to_ascii_lowercase().contains("kvm")
}

/// The status `/init` reported, if it did.
fn exit_status(status_port: &str) -> Option<i32> {
    status_port
        .lines()
        .find_map(|l| l.trim().strip_prefix(EXITED))
        .and_then(|n| n.trim().parse().ok())
}

fn read(path: &Path) -> String {
    String::from_utf8_lossy(&std::fs::read(path).unwrap_or_default()).into_owned()
}

/// The last lines of the kernel console and everything qemu said.
fn console_tail(work: &Path) -> String {
    let console = read(&work.join("console"));
    let lines: Vec<&str> = console.lines().collect();
    let tail = lines[lines.len().saturating_sub(40)..].join("\n");
    let qemu = read(&work.join("qemu.log"));
    if qemu.trim().is_empty() {
        tail
    } else {
        format!("{tail}\nqemu: {}", qemu.trim())
    }
}

/// Copies what the command wrote since the last call to this process's stderr.
struct Echo {
    files: Vec<(File, u64)>,
}

impl Echo {
    fn new(work: &Path, on: bool) -> Echo {
        let files = if on {
            ["stdout", "stderr"]
                .iter()
                .filter_map(|p| File::open(work.join(p)).ok().map(|f| (f, 0)))
                .collect()
        } else {
            Vec::new()
        };
        Echo { files }
    }

    fn pump(&mut self) {
        let mut err = std::io::stderr().lock();
        for (f, at) in &mut self.files {
            let mut buf = Vec::new();
            if f.seek(SeekFrom::Start(*at)).is_ok() && f.read_to_end(&mut buf).is_ok() {
                *at += buf.len() as u64;
                let _ = err.write_all(&buf);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_status_line_gives_the_exit_status() {
        assert_eq!(
            exit_status("bootvm: started\nbootvm: exit status 3\n"),
            Some(3)
        );
        assert_eq!(exit_status("bootvm: started\n"), None);
    }
}
