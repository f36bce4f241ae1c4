//! `skvm run|test --engine kernel --kernel-image IMAGE`: the same command, without
//! `--kernel-image`, run as root inside the kernel booted from IMAGE under qemu (crate
//! `bootvm`), so the kernel engine cross-checks against that kernel instead of the host's.
//! The inputs are in the guest at their host paths: the files named on the command line and,
//! for `skvm test`, the case file's directory (the programs and worlds its cases name).

use std::path::{Path, PathBuf};

use crate::cli::Failure;

pub use crate::guest::GuestRun;

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
pub fn in_image(
    image: &Path,
    argv: &[String],
    files: &[PathBuf],
    dirs: &[PathBuf],
) -> Result<GuestRun, Failure> {
    let files: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    crate::guest::run(image, argv, &files, dirs)
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
