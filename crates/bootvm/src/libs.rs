//! The shared libraries a dynamically linked binary needs, as `ldd` lists them: every
//! `name => /path (addr)` line and the loader's `/path (addr)` line. A statically linked
//! binary needs none.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::Error;

/// Absolute paths of the libraries and the loader `binary` needs (empty when static).
pub fn needed(binary: &Path) -> Result<Vec<PathBuf>, Error> {
    let out = Command::new("ldd")
        .arg(binary)
        .output()
        .map_err(|e| Error::Tool {
            tool: "ldd",
            why: format!("cannot run it ({e}); install libc-bin"),
        })?;
    let text = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if text.contains("not a dynamic executable")
        || stderr.contains("not a dynamic executable")
        || text.contains("statically linked")
    {
        return Ok(Vec::new());
    }
    if !out.status.success() {
        return Err(Error::Libraries {
            binary: binary.to_path_buf(),
            why: format!("ldd failed: {}", stderr.trim()),
        });
    }
    parse(&text).map_err(|why| Error::Libraries {
        binary: binary.to_path_buf(),
        why,
    })
}

/// The paths in `ldd` output; a library `ldd` could not find is an error.
fn parse(text: &str) -> Result<Vec<PathBuf>, String> {
    let mut paths = Vec::new();
    for line in text.lines().map(str::trim) {
        let target = match line.split_once("=>") {
            Some((name, rest)) => {
                let rest = rest.trim();
                if rest.starts_with("not found") {
                    return Err(format!("library {} not found", name.trim()));
                }
                rest
            }
            None => line,
        };
        let path = target.split_whitespace().next().unwrap_or("");
        if path.starts_with('/') {
            paths.push(PathBuf::from(path));
        }
    }
    Ok(paths)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ldd_lines_give_libraries_and_the_loader() {
        let text = "\tlinux-vdso.so.1 (0x00007ffd)\n\
                    \tlibgcc_s.so.1 => /lib/x86_64-linux-gnu/libgcc_s.so.1 (0x00007f)\n\
                    \tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)\n\
                    \t/lib64/ld-linux-x86-64.so.2 (0x00007f)\n";
        assert_eq!(
            parse(text).unwrap(),
            [
                "/lib/x86_64-linux-gnu/libgcc_s.so.1",
                "/lib/x86_64-linux-gnu/libc.so.6",
                "/lib64/ld-linux-x86-64.so.2"
            ]
            .map(PathBuf::from)
        );
    }

    #[test]
    fn a_missing_library_is_an_error() {
        let text = "\tlibfoo.so.1 => not found\n";
        assert!(parse(text).unwrap_err().contains("libfoo.so.1"));
    }
}
