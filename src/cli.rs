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

fn read(path: &Path) -> Result<Vec<u8>, Failure> {
    std::fs::read(path).map_err(|e| Failure::Usage(format!("cannot read {}: {e}", path.display())))
}

/// Writes `bytes` to `path` through a temporary file in the same directory, so a failure
/// never leaves a half-written output.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    let tmp = dir.join(format!(".{name}.tmp{}", std::process::id()));
    let io = |e: std::io::Error| Failure::Usage(format!("cannot write {}: {e}", path.display()));
    std::fs::write(&tmp, bytes).map_err(io)?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        io(e)
    })
}

/// `skasm build`: assembles `input` and writes the ELF object.
///
/// The source is streamed, not held in memory; it is read again only to render errors.
pub fn build(input: &Path, output: Option<&Path>, json: bool) -> Result<String, Failure> {
    let name = input.display().to_string();
    let cannot_read = |e: std::io::Error| Failure::Usage(format!("cannot read {name}: {e}"));
    let file = std::fs::File::open(input).map_err(cannot_read)?;
    let size_hint = file.metadata().map_or(0, |m| m.len() as usize);
    let object =
        match asm::assemble_reader(file, size_hint, &assemble_options()).map_err(cannot_read)? {
            Ok(object) => object,
            Err(errors) => {
                let bytes = read(input)?;
                let source = String::from_utf8_lossy(&bytes);
                let mut report = if json {
                    asm::diag::render_json(&errors, &name, &source)
                } else {
                    asm::diag::render(&errors, &name, &source)
                };
                if !json {
                    let n = errors.len();
                    report.push_str(&format!(
                        "error: could not assemble `{name}` due to {n} previous error{}\n",
                        if n == 1 { "" } else { "s" }
                    ));
                }
                return Err(Failure::Rejected(report));
            }
        };
    let elf =
        asm::elf::write(&object).map_err(|e| Failure::Rejected(format!("error: {name}: {e}\n")))?;
    let out: PathBuf = output
        .map(Path::to_path_buf)
        .unwrap_or_else(|| input.with_extension("o"));
    write_atomically(&out, &elf)?;
    Ok(String::new())
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

/// `skasm disasm`: an ELF object or raw instruction file as reassemblable text.
pub fn disasm(input: &Path, section: Option<&str>) -> Result<String, Failure> {
    let bytes = read(input)?;
    let name = input.display();
    let object = if bytes.starts_with(b"\x7fELF") {
        asm::elf::read(&bytes).map_err(|e| Failure::Rejected(format!("error: {name}: {e}\n")))?
    } else {
        asm::elf::read_raw(&bytes)
            .map_err(|e| Failure::Rejected(format!("error: {name}: {e}\n")))?
    };
    asm::disasm::to_text(&object, section)
        .map_err(|e| Failure::Rejected(format!("error: {name}: {e}\n")))
}

fn profile(kernel: &str) -> Result<skctx::KernelProfile, Failure> {
    if kernel == "host" {
        let release = std::fs::read_to_string("/proc/sys/kernel/osrelease")
            .map_err(|e| Failure::Usage(format!("cannot read the host kernel release: {e}")))?;
        return skctx::KernelProfile::from_release(release.trim())
            .map_err(|e| Failure::Usage(e.to_string()));
    }
    kernel
        .parse::<skctx::KernelProfile>()
        .map_err(|e| Failure::Usage(e.to_string()))
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
