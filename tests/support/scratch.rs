//! Scratch directories for tests that write files: each is created empty under the system's
//! temporary directory and removed when the test drops it (also when an assertion fails), so
//! test runs leave nothing behind in `/tmp`.

use std::ops::Deref;
use std::path::Path;

/// A directory removed on drop; derefs to its path.
pub struct Scratch(tempfile::TempDir);

/// A new empty directory named `skasm-<tag>-XXXXXX`.
pub fn scratch(tag: &str) -> Scratch {
    let dir = tempfile::Builder::new()
        .prefix(&format!("skasm-{tag}-"))
        .tempdir()
        .expect("a scratch directory in the system's temporary directory");
    Scratch(dir)
}

impl Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        self.0.path()
    }
}

impl AsRef<Path> for Scratch {
    fn as_ref(&self) -> &Path {
        self.0.path()
    }
}
