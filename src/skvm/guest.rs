//! `skvm run|test --engine kernel --kernel-image IMAGE`: the same command, without
//! `--kernel-image`, run as root inside the kernel booted from IMAGE under qemu (crate
//! `bootvm`), so the kernel engine cross-checks against that kernel instead of the host's.
//! The inputs are in the guest at their host paths: the files named on the command line and,
//! for `skvm test`, the case file's directory (the programs and worlds its cases name).

use std::path::{Path, PathBuf};

use crate::cli::{safe, Failure};

/// What the command printed inside the image, and its exit status.
#[derive(Debug, Clone)]
pub struct GuestRun {
    pub stdout: String,
    pub stderr: String,
    pub status: i32,
}

/// `argv` (this process's arguments) without `--kernel-image IMAGE` / `--kernel-image=IMAGE`,
/// the program name replaced by the guest's path of this binary.
pub fn guest_argv(argv: &[String]) -> Vec<String> {
    let mut out = vec!["/bin/skvm".to_string()];
    let mut rest = argv.iter().skip(1);
    while let Some(a) = rest.next() {
        if a == "--kernel-image" {
            rest.next();
        } else if !a.starts_with("--kernel-image=") {
            out.push(a.clone());
        }
    }
    out
}

/// Runs `argv` (see [`guest_argv`]) inside `image`, with `files` and `dirs` at their host
/// paths and the working directory kept.
#[cfg(target_os = "linux")]
pub fn in_image(
    image: &Path,
    argv: &[String],
    files: &[PathBuf],
    dirs: &[PathBuf],
) -> Result<GuestRun, Failure> {
    let exe = std::env::current_exe()
        .map_err(|e| Failure::Usage(format!("cannot find the skvm binary to boot: {e}")))?;
    let cwd = std::env::current_dir()
        .map_err(|e| Failure::Usage(format!("the working directory: {e}")))?;
    let mut vm = bootvm::Vm::new(image, argv)
        .binary_at(exe, "/bin/skvm")
        .cwd(cwd.to_string_lossy());
    for f in files {
        let f = absolute(&cwd, f);
        if !f.is_file() {
            return Err(Failure::Usage(format!(
                "cannot read {}: not a file",
                safe(f.display().to_string())
            )));
        }
        vm = vm.file(f);
    }
    for d in dirs {
        vm = vm.dir(absolute(&cwd, d));
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
pub fn in_image(
    _image: &Path,
    _argv: &[String],
    _files: &[PathBuf],
    _dirs: &[PathBuf],
) -> Result<GuestRun, Failure> {
    Err(Failure::Usage(
        "`skvm --kernel-image` needs Linux and qemu".into(),
    ))
}

#[cfg(target_os = "linux")]
fn absolute(cwd: &Path, p: &Path) -> PathBuf {
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        cwd.join(p)
    }
}

#[cfg(test)]
mod tests {
    use super::guest_argv;

    #[test]
    fn kernel_image_is_dropped_in_both_spellings() {
        let a = |v: &[&str]| guest_argv(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(
            a(&[
                "skvm",
                "run",
                "p.s",
                "--kernel-image",
                "vmlinuz",
                "--engine",
                "kernel"
            ]),
            ["/bin/skvm", "run", "p.s", "--engine", "kernel"]
        );
        assert_eq!(
            a(&["./skvm", "test", "--kernel-image=/k/vmlinuz", "c.toml"]),
            ["/bin/skvm", "test", "c.toml"]
        );
    }
}
