//! What `skasm lint` reads: the paths named on the command line, directories recursed, each
//! file either linted or listed as skipped with the reason (never silently ignored), and the
//! files linted in parallel with their results in input order.
//!
//! A file named on the command line is linted whatever its name (as before directories were
//! accepted), unless it is an ELF file for another machine. In a directory only `.s`
//! sources, `.bin` raw instructions and ELF files for `EM_BPF` are linted; everything else is
//! skipped. Entries are visited in byte order of their names, so the output does not depend
//! on the file system; symbolic links to directories are not followed (no cycles). Lint
//! classifies a file by the bytes it reads to lint it ([`Found`]: one open and read per
//! file); [`collect`] reads the first bytes of each for a caller that reads none.

use std::path::{Path, PathBuf};

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

/// A file to lint or skip: its path and, when it was found in a directory, its entry's type.
#[derive(Debug)]
pub struct Found {
    pub path: PathBuf,
    kind: Option<std::fs::FileType>,
}

impl Found {
    /// Why the file is not linted, from its entry alone (`None`: its first bytes decide,
    /// [`Found::skipped_by_head`]).
    pub fn skipped_by_kind(&self) -> Option<String> {
        self.kind.and_then(|kind| classify_kind(&self.path, kind))
    }

    /// Why the file, whose first bytes are `head` (fewer when unreadable), is not linted.
    pub fn skipped_by_head(&self, head: &[u8]) -> Option<String> {
        match self.kind {
            Some(_) => classify_head(&self.path, head),
            None => machine_of(head),
        }
    }
}

/// Expands `paths`: a directory is replaced by the files under it, in name order; a path
/// that does not exist is a usage error. Nothing is read of the files: [`Found`] says
/// which are skipped once their first bytes are read (by the reader that lints them).
pub fn find(paths: &[PathBuf]) -> Result<Vec<Found>, Failure> {
    let mut found = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path)
            .map_err(|e| Failure::Usage(format!("cannot read {}: {e}", shown(path))))?;
        match meta.is_dir() {
            true => walk(path, &mut found)?,
            false => found.push(Found {
                path: path.clone(),
                kind: None,
            }),
        }
    }
    Ok(found)
}

/// [`find`], then the files classified on every core (each opened for its first bytes):
/// for a caller that does not read the files itself.
pub fn collect(paths: &[PathBuf]) -> Result<Collected, Failure> {
    let found = find(paths)?;
    let why_not = parallel(&found, |f| {
        f.skipped_by_kind()
            .or_else(|| f.skipped_by_head(&head(&f.path)))
    });
    let mut out = Collected::default();
    for (f, why) in found.into_iter().zip(why_not) {
        match why {
            None => out.files.push(f.path),
            Some(why) => out.skipped.push(Skipped {
                path: shown(&f.path),
                why,
            }),
        }
    }
    Ok(out)
}

/// The files under directory `dir`, recursively, in name order, with their entries' types.
fn walk(dir: &Path, out: &mut Vec<Found>) -> Result<(), Failure> {
    let io = |e: std::io::Error| Failure::Usage(format!("cannot read {}: {e}", shown(dir)));
    // The entry's own type comes with the listing (no `stat` per file).
    let mut entries: Vec<(PathBuf, Option<std::fs::FileType>)> = std::fs::read_dir(dir)
        .map_err(io)?
        .map(|e| e.map(|e| (e.path(), e.file_type().ok())))
        .collect::<Result<_, _>>()
        .map_err(io)?;
    entries.sort_by(|a, b| a.0.as_os_str().cmp(b.0.as_os_str()));
    for (path, kind) in entries {
        let Some(kind) = kind else {
            continue;
        };
        if kind.is_dir() {
            walk(&path, out)?;
            continue;
        }
        out.push(Found {
            path,
            kind: Some(kind),
        });
    }
    Ok(())
}

/// Why a file found in a directory is not linted, by its entry's own type `kind` (a
/// symbolic link is followed here); `None`: its first bytes decide ([`classify_head`]).
fn classify_kind(path: &Path, kind: std::fs::FileType) -> Option<String> {
    let target = match kind.is_symlink() {
        true => std::fs::metadata(path).ok().map(|m| m.file_type()),
        false => Some(kind),
    };
    if kind.is_symlink() && target.is_some_and(|t| t.is_dir()) {
        return Some("a symbolic link to a directory (not followed)".into());
    }
    if !target.is_some_and(|t| t.is_file()) {
        return Some("not a regular file".into());
    }
    None
}

/// Why a regular file found in a directory, whose first bytes are `h`, is not linted.
fn classify_head(path: &Path, h: &[u8]) -> Option<String> {
    if let Some(why) = machine_of(h) {
        return Some(why);
    }
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    match (h.starts_with(b"\x7fELF"), ext) {
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

/// "an ELF file for machine N" when the file's first bytes `h` are ELF whose little-endian
/// `e_machine` is not `EM_BPF`.
fn machine_of(h: &[u8]) -> Option<String> {
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
/// in the items' order ([`super::pool::parallel`], no job offered).
pub fn parallel<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    super::pool::parallel(items, |item, _| f(item))
}
