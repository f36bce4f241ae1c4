//! What a project allows and which kernels it checks by default: `--allow CODE` and the
//! config file `sklint.toml`, found upward from the current directory (or named with
//! `--config`).
//!
//! ```toml
//! allow = ["missing-license"]          # lint codes allowed everywhere
//! kernels = ["6.1..6.18", "fleet/edge.toml"]  # used when no --kernel is given
//!
//! [paths."legacy/"]                    # files under legacy/ (relative to this file)
//! allow = ["legacy-maps-section"]
//! ```
//!
//! Unknown keys, unknown codes and codes that decide a verdict (see
//! [`super::codes::LintCode::allowable`]) are errors naming the file and line. An allowed
//! finding does not fail the run; the summary counts it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::codes::{lint_code, LintCode};
use crate::cli::{safe, shown, Failure};

/// The config file's name.
pub const FILE_NAME: &str = "sklint.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    allow: Vec<Spanned<String>>,
    #[serde(default)]
    kernels: Vec<Spanned<String>>,
    #[serde(default)]
    paths: BTreeMap<String, RawPath>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPath {
    #[serde(default)]
    allow: Vec<Spanned<String>>,
}

/// A project's config file, read.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// Where it was read from (`None`: no file).
    pub path: Option<PathBuf>,
    allow: Vec<&'static LintCode>,
    /// `kernels`, profile files made relative to the file's directory.
    pub kernels: Vec<String>,
    /// Path prefixes (relative to the file's directory, `/`-separated) and what they allow.
    paths: Vec<(String, Vec<&'static LintCode>)>,
    dir: PathBuf,
}

/// `sklint.toml` in `start` or the nearest directory above it.
pub fn find(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|d| d.join(FILE_NAME))
        .find(|p| p.is_file())
}

/// The code `name` names, if `--allow` or the config may allow it.
pub fn allowable(name: &str) -> Result<&'static LintCode, String> {
    match lint_code(name) {
        Some(c) if c.allowable => Ok(c),
        Some(c) => Err(format!(
            "`{}` decides the program's verdict and cannot be allowed",
            c.name
        )),
        None if skctx::Code::ALL.iter().any(|c| c.name() == name) => Err(format!(
            "`{}` is the kernel verifier's: the kernel refuses the program, so it cannot be allowed",
            safe(name)
        )),
        None => Err(format!(
            "no lint code `{}` (`skasm lint --help` and README.md list them)",
            safe(name)
        )),
    }
}

/// Reads the config file at `path`.
pub fn load(path: &Path) -> Result<Config, Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::Usage(format!("cannot read {}: {e}", shown(path))))?;
    let at = |offset: usize, message: &str| {
        let line = text[..offset.min(text.len())].matches('\n').count() + 1;
        Failure::Usage(format!("{}:{line}: {}", shown(path), safe(message)))
    };
    let raw: RawConfig =
        toml::from_str(&text).map_err(|e| at(e.span().map_or(0, |s| s.start), e.message()))?;
    let codes = |list: &[Spanned<String>]| {
        list.iter()
            .map(|c| allowable(c.get_ref()).map_err(|m| at(c.span().start, &m)))
            .collect::<Result<Vec<_>, _>>()
    };
    let dir = path.parent().unwrap_or(Path::new(".")).to_path_buf();
    let kernels = raw
        .kernels
        .iter()
        .map(|k| relative_to(&dir, k.get_ref()))
        .collect();
    let mut paths = Vec::new();
    for (prefix, p) in &raw.paths {
        paths.push((
            prefix.trim_start_matches("./").to_string(),
            codes(&p.allow)?,
        ));
    }
    Ok(Config {
        path: Some(path.to_path_buf()),
        allow: codes(&raw.allow)?,
        kernels,
        paths,
        dir,
    })
}

/// A kernel named in the file: a relative profile file is relative to the file's directory.
fn relative_to(dir: &Path, kernel: &str) -> String {
    let is_file = kernel.ends_with(".toml") || kernel.contains('/');
    if is_file && Path::new(kernel).is_relative() {
        dir.join(kernel).to_string_lossy().into_owned()
    } else {
        kernel.to_string()
    }
}

impl Config {
    /// Whether the file allows `code` for the input at `file`.
    pub fn allows(&self, file: &Path, code: &LintCode) -> bool {
        if self.allow.iter().any(|c| c.name == code.name) {
            return true;
        }
        let (Ok(file), Ok(dir)) = (file.canonicalize(), self.dir.canonicalize()) else {
            return false;
        };
        let Ok(rel) = file.strip_prefix(&dir) else {
            return false;
        };
        let rel = rel.to_string_lossy();
        self.paths.iter().any(|(prefix, codes)| {
            rel.starts_with(prefix.as_str()) && codes.iter().any(|c| c.name == code.name)
        })
    }
}
