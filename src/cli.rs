//! What the `skasm` subcommands do, as functions from paths and options to the text they
//! print, so the binaries stay thin and end-to-end tests can call the same code.

use std::path::{Path, PathBuf};

/// Why a command failed, which decides the exit code.
#[derive(Debug)]
pub enum Failure {
    /// The input was rejected (exit 1); the text is the full report.
    Rejected(String),
    /// Usage or IO error (exit 2).
    Usage(String),
}

/// Writes a command's output to standard output, then its messages to standard error. A
/// reader that has gone away (`skasm lint DIR | head`) is not an error of ours: the rest is
/// dropped, where `print!` would panic. Any other failure to write the output is an IO error
/// (exit 2); a failure to write the messages has nowhere left to be reported.
pub fn emit(stdout: &str, stderr: &str) -> Result<(), Failure> {
    let written = write_whole(std::io::stdout().lock(), stdout);
    let _ = write_whole(std::io::stderr().lock(), stderr);
    match written {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Failure::Usage(format!(
            "cannot write to standard output: {e}"
        ))),
        _ => Ok(()),
    }
}

fn write_whole(mut to: impl std::io::Write, text: &str) -> std::io::Result<()> {
    to.write_all(text.as_bytes())?;
    to.flush()
}

/// A path as printed in a message: bytes a terminal would interpret are escaped.
pub fn shown(path: &Path) -> String {
    asm::diag::escape(path.as_os_str().as_encoded_bytes()).into_owned()
}

/// Text from an input (an error naming a section, a symbol, an argument) as printed.
pub(crate) fn safe(text: impl std::fmt::Display) -> String {
    asm::diag::escape(text.to_string().as_bytes()).into_owned()
}

fn read(path: &Path) -> Result<Vec<u8>, Failure> {
    std::fs::read(path).map_err(|e| Failure::Usage(format!("cannot read {}: {e}", shown(path))))
}

/// Writes `bytes` to `path` through a new temporary file in the same directory, renamed over
/// `path` once complete, so `path` is either untouched or entirely written. `path` itself is
/// replaced: a symbolic link there is replaced, never written through.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    use std::io::Write as _;
    let io = |e: std::io::Error| Failure::Usage(format!("cannot write {}: {e}", shown(path)));
    let (tmp, mut file) = create_temporary(path).map_err(io)?;
    let written = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .and_then(|()| std::fs::rename(&tmp, path));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(io(e));
    }
    Ok(())
}

/// A new file `.NAME.PID.N.tmp` beside `path` (`NAME`: the start of its file name): created,
/// never opened if it exists (a link planted there is not followed).
fn create_temporary(path: &Path) -> std::io::Result<(PathBuf, std::fs::File)> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name: String = path
        .file_name()
        .map(|n| n.to_string_lossy().chars().take(64).collect())
        .unwrap_or_else(|| "out".into());
    let mut n = 0;
    loop {
        let tmp = dir.join(format!(".{name}.{}.{n}.tmp", std::process::id()));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
        {
            Ok(file) => return Ok((tmp, file)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && n < 100 => n += 1,
            Err(e) => return Err(e),
        }
    }
}

/// Whether `a` (already open) and the file at `b` are one file: the same device and inode,
/// so a symbolic or hard link to the input counts.
fn same_file(a: &std::fs::Metadata, b: &Path) -> bool {
    let Ok(b) = std::fs::metadata(b) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        a.dev() == b.dev() && a.ino() == b.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (a, b);
        false
    }
}

/// Options of `skasm build`.
#[derive(Debug, Default, Clone, Copy)]
pub struct BuildOptions {
    /// Diagnostics as JSON lines instead of rustc-style text.
    pub json: bool,
    /// Warnings are errors: reported as such, and nothing is written.
    pub deny_warnings: bool,
}

/// `skasm build`: assembles `input` and writes the ELF object (by default the input with
/// `.o`); returns the warnings to print (on stderr). Nothing is written when there is an
/// error, and the input is never the output.
///
/// The source is streamed, not held in memory; it is read again only to render diagnostics.
pub fn build(
    input: &Path,
    output: Option<&Path>,
    options: &BuildOptions,
) -> Result<String, Failure> {
    let name = shown(input);
    let cannot_read = |e: std::io::Error| Failure::Usage(format!("cannot read {name}: {e}"));
    let file = std::fs::File::open(input).map_err(cannot_read)?;
    let metadata = file.metadata().map_err(cannot_read)?;
    let out: PathBuf = output
        .map(Path::to_path_buf)
        .unwrap_or_else(|| input.with_extension("o"));
    if same_file(&metadata, &out) || out == input {
        let which = if output.is_some() {
            "output"
        } else {
            "default output"
        };
        return Err(Failure::Usage(format!(
            "refusing to write the object over its source: the {which} `{}` is the input `{name}`; choose another path with -o",
            shown(&out)
        )));
    }
    let size_hint = metadata.len() as usize;
    let (object, mut diagnostics) =
        match asm::assemble_reader(file, size_hint, &assemble_options()).map_err(cannot_read)? {
            Ok(mut object) => {
                let warnings = std::mem::take(&mut object.warnings);
                (Some(object), warnings)
            }
            Err(diagnostics) => (None, diagnostics),
        };
    if options.deny_warnings {
        diagnostics = diagnostics.into_iter().map(asm::AsmError::denied).collect();
    }
    let report = if diagnostics.is_empty() {
        String::new()
    } else {
        report(&diagnostics, &read(input)?, &name, options)
    };
    match object {
        Some(object) if !diagnostics.iter().any(asm::AsmError::is_error) => {
            let elf = asm::elf::write(&object)
                .map_err(|e| Failure::Rejected(format!("error: {name}: {}\n", safe(e))))?;
            write_atomically(&out, &elf)?;
            Ok(report)
        }
        _ => Err(Failure::Rejected(report)),
    }
}

/// What `skasm build` passes the assembler from its environment: `SKASM_THREADS` (worker
/// threads for large sources; 0 keeps everything on one thread) and, as llvm-mc does, the
/// working directory as the DWARF compilation directory.
fn assemble_options() -> asm::AssembleOptions {
    let threads = std::env::var("SKASM_THREADS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok());
    let comp_dir = std::env::current_dir().ok().map(|cwd| {
        asm::AssembleOptions::llvm_mc_comp_dir(&cwd, std::env::var_os("PWD").as_deref())
    });
    asm::AssembleOptions { threads, comp_dir }
}

/// The diagnostics as text (with a rustc-style summary line) or JSON lines.
fn report(
    diagnostics: &[asm::AsmError],
    source: &[u8],
    name: &str,
    options: &BuildOptions,
) -> String {
    if options.json {
        return asm::diag::render_json_bytes(diagnostics, name, source);
    }
    let mut report = asm::diag::render_bytes(diagnostics, name, source);
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if errors == 0 {
        report.push_str(&format!(
            "warning: `{name}` generated {warnings} warning{}\n",
            plural(warnings)
        ));
        return report;
    }
    report.push_str(&format!(
        "error: could not assemble `{name}` due to {errors} previous error{}",
        plural(errors)
    ));
    if warnings > 0 {
        report.push_str(&format!("; {warnings} warning{} emitted", plural(warnings)));
    }
    if options.deny_warnings
        && diagnostics
            .iter()
            .any(|d| d.code.severity() == asm::diag::Severity::Warning)
    {
        report.push_str(" (warnings are errors with --deny-warnings)");
    }
    report.push('\n');
    report
}

/// Whether `bytes` look like text (an assembly source, say) rather than an object or raw
/// instructions: no NUL byte (instructions nearly always have zero bytes) and at least 95%
/// printable characters.
fn looks_like_text(bytes: &[u8]) -> bool {
    if bytes.is_empty() || bytes.contains(&0) {
        return false;
    }
    let (mut printable, mut total) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            total += 1;
            printable += usize::from(!c.is_control() || c.is_ascii_whitespace());
        }
        total += chunk.invalid().len();
    }
    printable * 20 >= total * 19
}

/// `skasm disasm`: an ELF object or raw instruction file as reassemblable text. A text file
/// is refused (exit 2): it is a source to build, not an object.
pub fn disasm(input: &Path, section: Option<&str>) -> Result<String, Failure> {
    let bytes = read(input)?;
    let name = shown(input);
    let rejected =
        |e: &dyn std::fmt::Display| Failure::Rejected(format!("error: {name}: {}\n", safe(e)));
    let object = if bytes.starts_with(b"\x7fELF") {
        asm::elf::read(&bytes).map_err(|e| rejected(&e))?
    } else if looks_like_text(&bytes) {
        return Err(Failure::Usage(format!(
            "`{name}` looks like assembly source, not an object: assemble it with `skasm build {name}`"
        )));
    } else {
        asm::elf::read_raw(&bytes).map_err(|e| rejected(&e))?
    };
    asm::disasm::to_text(&object, section).map_err(|e| rejected(&e))
}

/// The profile `--kernel` names, refused when skctx's tables do not know its release.
fn profile(kernel: &str) -> Result<skctx::KernelProfile, Failure> {
    let p = crate::profiles::resolve(kernel)?;
    p.tables_known()
        .map_err(|why| Failure::Rejected(format!("error: {why}\n")))?;
    Ok(p)
}

/// `skasm helpers`: the helper reference for a kernel profile and privilege.
pub fn helpers(kernel: &str, unprivileged: bool) -> Result<String, Failure> {
    let privilege = if unprivileged {
        skctx::Privilege::NoPerfmon
    } else {
        skctx::Privilege::Root
    };
    Ok(skctx::render_helpers(profile(kernel)?, privilege))
}

/// `skasm ctx`: the context layout for a kernel profile.
pub fn ctx(kernel: &str) -> Result<String, Failure> {
    Ok(skctx::render_ctx(profile(kernel)?))
}
