//! A command of this program run as root inside a kernel image under qemu (crate `bootvm`):
//! what `skasm lint --cross-check-kernel --kernel-image` and `skvm ... --kernel-image` do.
//! The current binary is booted at `/bin/<name>`, the named files and directories are in the
//! guest at their host paths, and the working directory is kept.

use std::path::{Path, PathBuf};

use crate::cli::Failure;
#[cfg(target_os = "linux")]
use crate::cli::{safe, shown};

/// What the command printed inside the image, and its exit status.
#[derive(Debug, Clone)]
pub struct GuestRun {
    pub stdout: String,
    pub stderr: String,
    pub status: i32,
}

/// Runs `argv` (its first word `/bin/<name>`, the guest's path of this binary) inside
/// `image`, with `files` and `dirs` at their host paths.
#[cfg(target_os = "linux")]
pub fn run(
    image: &Path,
    argv: &[String],
    files: &[&Path],
    dirs: &[PathBuf],
) -> Result<GuestRun, Failure> {
    let guest_exe = argv.first().map_or("/bin/skasm", String::as_str);
    let name = Path::new(guest_exe)
        .file_name()
        .map_or_else(|| guest_exe.into(), |n| n.to_string_lossy());
    let exe = std::env::current_exe()
        .map_err(|e| Failure::Usage(format!("cannot find the {name} binary to boot: {e}")))?;
    let cwd = std::env::current_dir()
        .map_err(|e| Failure::Usage(format!("the working directory: {e}")))?;
    let mut vm = bootvm::Vm::new(image, argv)
        .binary_at(exe, guest_exe)
        .cwd(cwd.to_string_lossy());
    for f in files {
        if !f.is_file() {
            return Err(Failure::Usage(format!(
                "cannot read {}: not a file",
                shown(f)
            )));
        }
        vm = vm.file(cwd.join(f));
    }
    for d in dirs {
        vm = vm.dir(cwd.join(d));
    }
    let out = vm
        .run()
        .map_err(|e| Failure::Usage(safe(format!("booting {}: {e}", image.display()))))?;
    Ok(GuestRun {
        stdout: out.stdout_text(),
        stderr: out.stderr_text(),
        status: out.status,
    })
}

#[cfg(not(target_os = "linux"))]
pub fn run(
    _image: &Path,
    _argv: &[String],
    _files: &[&Path],
    _dirs: &[PathBuf],
) -> Result<GuestRun, Failure> {
    Err(Failure::Usage(
        "`--kernel-image` needs Linux and qemu".into(),
    ))
}
