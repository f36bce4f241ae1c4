//! What `skasm lint` reads: the paths named on the command line, directories recursed, each
//! file either linted or listed as skipped with the reason (never silently ignored), and the
//! files linted in parallel with their results in input order.
//!
//! A file named on the command line is linted whatever its name (as before directories were
//! accepted), unless it is an ELF file for another machine. In a directory only `.s`
//! sources, `.bin` raw instructions and ELF files for `EM_BPF` are linted; everything else is
//! skipped. Entries are visited in byte order of their names, so the output does not depend
//! on the file system; symbolic links to directories are not followed (no cycles).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use crate::cli::{shown, Failure};

/// A file that is not linted, and why.
#[derive(Debug, Clone)]
pub struct Skipped {
    pub path: String,
    pub why: String,
}

/// The files to lint (in order) and the files skipped.
#[derive(Debug, Default)]
pub struct Collected {
    pub files: Vec<PathBuf>,
    pub skipped: Vec<Skipped>,
}

/// Expands `paths`: a directory is replaced by the files under it; a path that does not
/// exist is a usage error.
pub fn collect(paths: &[PathBuf]) -> Result<Collected, Failure> {
    let mut out = Collected::default();
    for path in paths {
        let meta = std::fs::metadata(path)
            .map_err(|e| Failure::Usage(format!("cannot read {}: {e}", shown(path))))?;
        if meta.is_dir() {
            walk(path, &mut out)?;
        } else {
            match other_machine(path) {
                Some(why) => out.skipped.push(Skipped {
                    path: shown(path),
                    why,
                }),
                None => out.files.push(path.clone()),
            }
        }
    }
    Ok(out)
}

/// The files under directory `dir`, recursively, in name order.
fn walk(dir: &Path, out: &mut Collected) -> Result<(), Failure> {
    let io = |e: std::io::Error| Failure::Usage(format!("cannot read {}: {e}", shown(dir)));
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(io)?;
    entries.sort_by(|a, b| a.as_os_str().cmp(b.as_os_str()));
    for path in entries {
        let Ok(link) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if link.is_dir() {
            walk(&path, out)?;
            continue;
        }
        match classify(&path, &link) {
            None => out.files.push(path),
            Some(why) => out.skipped.push(Skipped {
                path: shown(&path),
                why,
            }),
        }
    }
    Ok(())
}

/// Why a file found in a directory is not linted (`None`: it is).
fn classify(path: &Path, link: &std::fs::Metadata) -> Option<String> {
    if link.file_type().is_symlink() && std::fs::metadata(path).is_ok_and(|m| m.is_dir()) {
        return Some("a symbolic link to a directory (not followed)".into());
    }
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return Some("not a regular file".into());
    }
    if let Some(why) = other_machine(path) {
        return Some(why);
    }
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    match (is_elf(path), ext) {
        (true, _) | (false, "s" | "bin") => None,
        _ => Some("not a BPF object, a `.s` source or raw instructions (`.bin`)".into()),
    }
}

/// The first 20 bytes of the file (up to `e_machine`), or fewer.
fn head(path: &Path) -> Vec<u8> {
    use std::io::Read as _;
    let mut buf = Vec::new();
    if let Ok(f) = std::fs::File::open(path) {
        let _ = f.take(20).read_to_end(&mut buf);
    }
    buf
}

fn is_elf(path: &Path) -> bool {
    head(path).starts_with(b"\x7fELF")
}

/// "an ELF file for machine N" when `path` is ELF whose little-endian `e_machine` is not
/// `EM_BPF`.
fn other_machine(path: &Path) -> Option<String> {
    let h = head(path);
    if !h.starts_with(b"\x7fELF") || h.len() < 20 {
        return None;
    }
    let machine = u16::from_le_bytes([h[18], h[19]]);
    (machine != asm::elf::EM_BPF).then(|| {
        format!(
            "an ELF file for machine {machine}, not BPF ({})",
            asm::elf::EM_BPF
        )
    })
}

/// `f` applied to every item on up to as many threads as the machine has cores; the results
/// in the items' order.
pub fn parallel<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len());
    if workers <= 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                let r = f(item);
                if let Ok(mut all) = results.lock() {
                    all[i] = Some(r);
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_default()
        .into_iter()
        .flatten()
        .collect()
}
