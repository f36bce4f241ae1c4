//! What the caller of the assembler decides: the library reads no environment variable and
//! no working directory, so the `skasm` binary (or a test) reads them and passes them here.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

/// Options of [`crate::assemble_with`] and [`crate::assemble_reader`]. The default: worker
/// threads chosen from the number of cores, and no compilation directory.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AssembleOptions {
    /// Threads for the per-line work of sources of 1 MiB or more: `None` one per core up to
    /// 3 (none on a single core), `Some(0)` everything on the calling thread, at most 64.
    pub threads: Option<usize>,
    /// The compilation directory of the DWARF line table when `.file 0` names none (llvm-mc
    /// writes its working directory there; see [`AssembleOptions::llvm_mc_comp_dir`]).
    /// `None`: an empty name.
    pub comp_dir: Option<PathBuf>,
}

impl AssembleOptions {
    /// The directory llvm-mc names as the compilation directory when run in `cwd` with
    /// `$PWD` = `pwd`: `pwd` when it is an absolute path to the same directory (it keeps the
    /// spelling through symbolic links), else `cwd`.
    pub fn llvm_mc_comp_dir(cwd: &Path, pwd: Option<&OsStr>) -> PathBuf {
        if let Some(pwd) = pwd.map(Path::new) {
            let same = || std::fs::canonicalize(pwd).ok().as_deref() == Some(cwd);
            if pwd.is_absolute() && same() {
                return pwd.to_path_buf();
            }
        }
        cwd.to_path_buf()
    }
}
