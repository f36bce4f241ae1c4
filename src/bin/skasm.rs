//! `skasm`: assemble, disassemble and document SK_LOOKUP programs.
//!
//! Exit codes: 0 success (warnings included); 1 the input was rejected (assembly errors,
//! warnings under `--deny-warnings`, unreadable object, a program `lint` does not accept); 2 usage or IO error (including an
//! output that is the input, and a text file given to `disasm`).
#![deny(unsafe_code)]

use clap::{Parser, Subcommand, ValueEnum};
use sk_lookup::cli::{self, Failure};
use sk_lookup::lint::Format as LintOutput;
use std::path::PathBuf;
use std::process::ExitCode;

/// mimalloc rather than glibc's malloc: lint allocates and frees many small blocks on
/// every thread (Cargo.toml says what it saved).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's options (`mi_option_e` of its `mimalloc.h`, v3, the `mimalloc` crate's default).
mod allocator {
    #![allow(unsafe_code)]
    use std::ffi::{c_int, c_long};

    /// `mi_option_purge_delay`: how long freed memory stays before it goes back to the OS.
    pub const PURGE_DELAY: c_int = 15;

    extern "C" {
        fn mi_option_set(option: c_int, value: c_long);
        #[cfg(test)]
        fn mi_option_get(option: c_int) -> c_long;
    }

    /// Freed memory is kept for reuse, never returned to the OS before the process ends.
    /// Lint's verifier walks allocate and free up to hundreds of MB per program; returned
    /// and touched again, every 2 MiB page was zeroed again by the kernel (a third of
    /// `skasm lint --format human`'s CPU on the lint_dir bench's 1,000 objects), while the
    /// peak memory is the largest walk's either way.
    pub fn keep_freed_memory() {
        // SAFETY: mimalloc's option setter, called before the process has other threads.
        unsafe { mi_option_set(PURGE_DELAY, -1) }
    }

    /// `PR_SET_THP_DISABLE` and `PR_GET_THP_DISABLE` of `<linux/prctl.h>`.
    #[cfg(target_os = "linux")]
    const PR_SET_THP_DISABLE: c_int = 41;
    #[cfg(all(target_os = "linux", test))]
    const PR_GET_THP_DISABLE: c_int = 42;

    #[cfg(target_os = "linux")]
    extern "C" {
        fn prctl(option: c_int, ...) -> c_int;
    }

    /// No transparent huge pages for this process (what `MIMALLOC_ALLOW_THP=0` does at
    /// mimalloc's start, here for the memory mapped before too). mimalloc asks for them
    /// (`MADV_HUGEPAGE`) on the memory lint's walks grow into, and the kernel zeroes, and
    /// often compacts memory for, each 2 MiB page faulted in: on the lint_dir bench about a
    /// tenth of JSON lint's CPU (README "Lint on 1,000 objects").
    pub fn no_huge_pages() {
        #[cfg(target_os = "linux")]
        // SAFETY: prctl with an integer option and integer arguments; it fails (ignored here)
        // on a kernel without the option, changing nothing.
        unsafe {
            prctl(
                PR_SET_THP_DISABLE,
                1 as c_long,
                0 as c_long,
                0 as c_long,
                0 as c_long,
            );
        }
    }

    /// Whether transparent huge pages are off for this process.
    #[cfg(all(target_os = "linux", test))]
    pub fn huge_pages_off() -> bool {
        // SAFETY: as in `no_huge_pages`; this option only reads the flag.
        unsafe {
            prctl(
                PR_GET_THP_DISABLE,
                0 as c_long,
                0 as c_long,
                0 as c_long,
                0 as c_long,
            ) == 1
        }
    }

    /// `option`'s value.
    #[cfg(test)]
    pub fn get(option: c_int) -> c_long {
        // SAFETY: mimalloc's option getter takes any option number and has no other input.
        unsafe { mi_option_get(option) }
    }
}

#[derive(Parser)]
#[command(
    name = "skasm",
    version,
    about = "Assembler, disassembler and reference for Linux eBPF SK_LOOKUP programs",
    long_about = "Assembler, disassembler and reference for Linux eBPF SK_LOOKUP programs.\n\n\
        Assembly is LLVM's BPF syntax (what `llvm-objdump -d` prints and `llvm-mc -triple bpfel` \
        accepts), plus `.program`, `.skmap` and `.license` directives for hand-written programs.\n\n\
        Exit codes: 0 success (warnings included), 1 the input was rejected (errors, or warnings \
        with --deny-warnings), 2 usage or IO error (an output that is the input, a source given \
        to disasm, ...).",
    after_help = "Examples:\n  skasm build examples/steer-http.s -o steer-http.o\n  skasm disasm steer-http.o\n  skasm lint --kernel 6.18 examples/steer-http.s\n  skasm helpers --kernel 5.15\n  skasm probe -o fleet-6.18.toml && skasm helpers --kernel fleet-6.18.toml\n  skasm ctx"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// rustc-style diagnostics with the source line and the offending operand underlined.
    Human,
    /// JSON: `build` prints one object per diagnostic, one per line; `lint` one object for
    /// the whole run.
    Json,
}

/// `skasm lint --format`.
#[derive(Clone, Copy, ValueEnum)]
enum LintFormat {
    /// rustc-style diagnostics at the C or assembly line, the kernel's message as a note.
    Human,
    /// One JSON object for the whole run.
    Json,
    /// GitHub Actions workflow commands (`::error file=..,line=..::`).
    Github,
    /// SARIF 2.1.0 (code scanning).
    Sarif,
    /// The failing path of each rejected program as the kernel's verifier log.
    Kernel,
}

#[derive(Subcommand)]
enum Command {
    /// Assemble a `.s` file into an ELF object that libbpf, bpftool and the kernel accept.
    ///
    /// On any error nothing is written; every error found is reported with its file, line,
    /// column and a stable code. Warnings (e.g. `unknown-helper`) are reported too, and the
    /// object is still written. The output is never the input: `-o` naming the source (by
    /// any path or link) is refused.
    Build {
        /// The assembly source.
        input: PathBuf,
        /// The object to write (default: the input with `.o`); replaced only once complete.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// How to print diagnostics.
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        /// Treat warnings as errors: exit 1 and write nothing when there is any.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Print an object (ELF, or a raw file of 8-byte instructions) as assembly that `skasm
    /// build` turns back into the identical bytes and relocations.
    Disasm {
        /// An ELF object, or raw instructions (detected: ELF starts with \x7fELF; a text file
        /// is refused as a source to build).
        input: PathBuf,
        /// Only this section.
        #[arg(long)]
        section: Option<String>,
    },
    /// The helpers an SK_LOOKUP program may call: id, signature, since which kernel,
    /// privilege, GPL-only.
    Helpers {
        /// Kernel profile: a release (5.9 … 6.18, or any X.Y[.Z]) with optional behaviours
        /// (`6.18.44+sockmap-lookup-sock-or-null`), `host` (the running kernel, probed), or a
        /// profile file written by `skasm probe`.
        #[arg(long, default_value = "host")]
        kernel: String,
        /// Only what a loader without CAP_PERFMON (CAP_BPF + CAP_NET_ADMIN) may call.
        #[arg(long)]
        unprivileged: bool,
    },
    /// The SK_LOOKUP context (`struct bpf_sk_lookup`): fields, offsets, and the loads the
    /// verifier accepts for each.
    Ctx {
        /// Kernel profile: a release (5.9 … 6.18, or any X.Y[.Z]) with optional behaviours
        /// (`6.18.44+sockmap-lookup-sock-or-null`), `host` (the running kernel, probed), or a
        /// profile file written by `skasm probe`.
        #[arg(long, default_value = "host")]
        kernel: String,
    },
    /// Check SK_LOOKUP programs against the kernel's verifier, without loading them: the
    /// verdict (accepted, rejected, unsupported) the verifier of `--kernel` gives each.
    ///
    /// Inputs are `.s` sources (assembled in memory, nothing written) and ELF objects. Each
    /// global function of an `sk_lookup` or `sk_lookup/...` section is a program (the whole
    /// section when it has no function symbol); an object without such a section has the
    /// global functions of `.text`. Maps come from the object's `.skmap` declarations (or
    /// its `.maps` BTF), else from the world file's `[maps.NAME]`; a reference to a map
    /// neither defines is a finding (`undefined-map`). The license is the object's `license`
    /// section (`.license`): GPL, GPL v2, GPL and additional rights, Dual BSD/GPL, Dual
    /// MIT/GPL and Dual MPL/GPL are GPL-compatible; no license is not GPL, as for the kernel.
    ///
    /// Modelled: loop-free programs. Loops, tail calls, bpf-to-bpf calls, global data and
    /// anything else not modelled yet give the verdict "unsupported", never a guess.
    ///
    /// Rejections are shown rustc-style at the `.s` line, or for objects at the instruction
    /// index with the disassembly around it, with the kernel's message as a note, then a
    /// summary line. `--format json` prints one object: {"files": [{"path", "programs":
    /// [{"section", "name", "accepted", "verdict", "diagnostics": [{"code", "severity",
    /// "insn", "file", "line", "column", "message", "kernel_message", "help", "related"}],
    /// "allowed": [...], "notes", "profiles": [{"kernel", "verdict", "code", "insn",
    /// "message"}], "min_kernel": {"release", "reason", "verified"}, "explain"}],
    /// "skipped_programs": [...]}], "skipped": [...], "errors": [...], "summary":
    /// {"programs", "accepted", "rejected", "unsupported", "allowed", "files_skipped",
    /// "other_programs_skipped", "files_not_linted"}}. `--format github|sarif|kernel`: see
    /// the README.
    ///
    /// Loader checks (libbpf 1.x, cilium/ebpf, aya): section names, a legacy `maps` section,
    /// maps without BTF, the license, GPL-only helpers, unusable map types, undefined
    /// functions. `--allow CODE` and sklint.toml (found upward from the current directory)
    /// allow their findings.
    ///
    /// Exit codes: 0 every program accepted on every kernel and no error-level finding left,
    /// 1 any rejected or unsupported or such a finding (or a source that does not assemble,
    /// an unreadable object), 2 usage or IO error.
    Lint {
        /// `.s` sources, ELF objects and directories (recursed: `.s`, `.bin` and BPF ELF files
        /// are linted, other files listed as skipped).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Kernel profile, repeatable (one verdict per kernel): a release (5.9 … 6.18, or
        /// any X.Y[.Z]) with optional behaviours (`6.18.44+sockmap-lookup-sock-or-null`), a
        /// range `5.10..6.18` (every release X.Y in it), `host` (the running kernel, probed),
        /// or a profile file written by `skasm probe`. Default: sklint.toml's `kernels`, else
        /// `host`.
        #[arg(long)]
        kernel: Vec<String>,
        /// Verify as a loader without CAP_PERFMON (CAP_BPF + CAP_NET_ADMIN).
        #[arg(long)]
        unprivileged: bool,
        /// Allow findings of this lint code (repeatable): they are counted in the summary
        /// and do not fail the run.
        #[arg(long, value_name = "CODE")]
        allow: Vec<String>,
        /// The config file (default: sklint.toml in the current directory or the nearest
        /// one above it): `allow`, `kernels`, `[paths."PREFIX"] allow`.
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
        /// World file (TOML, as `skvm` reads): `[maps.NAME]` supplies maps the programs
        /// reference but their object does not define.
        #[arg(long, value_name = "FILE")]
        world: Option<PathBuf>,
        /// How to print the verdicts.
        #[arg(long, value_enum, default_value = "human")]
        format: LintFormat,
        /// For each rejected program: the abstract state at each instruction of the failing
        /// path and the history of the register the error is about.
        #[arg(long)]
        explain: bool,
        /// Also load every program, linked and bound as lint verified it (maps created as
        /// declared or as the world file gives them), into the running kernel (root needed)
        /// and compare the kernel's verdict, rejected instruction and message with lint's:
        /// one line per program on stderr; a disagreement is an internal error (exit 1).
        #[arg(long)]
        cross_check_kernel: bool,
        /// With --cross-check-kernel: boot this kernel image under qemu (no root needed) and
        /// run the lint and the cross-check inside, against that kernel.
        #[arg(long, value_name = "PATH", requires = "cross_check_kernel")]
        kernel_image: Option<PathBuf>,
    },
    /// Probe the running kernel (as root) and write its profile: release, the named
    /// behaviours its verifier shows, and the helpers it offers to SK_LOOKUP programs at each
    /// privilege and license. Every `--kernel` option accepts the file, so CI can check
    /// against the kernels a fleet runs without those kernels.
    Probe {
        /// Where to write the TOML profile (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Probe this kernel image (a `vmlinuz`) instead of the running kernel: boot it under
        /// qemu (TCG, or KVM when it works) with this binary inside and probe there. Needs
        /// `qemu-system-x86_64` and `busybox-static`; no root on the host.
        #[arg(long, value_name = "PATH")]
        kernel_image: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    allocator::keep_freed_memory();
    allocator::no_huge_pages();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build {
            input,
            output,
            format,
            deny_warnings,
        } => {
            let options = cli::BuildOptions {
                json: matches!(format, Format::Json),
                deny_warnings,
            };
            // Warnings go to stderr, with the diagnostics; stdout stays empty.
            cli::build(&input, output.as_deref(), &options)
                .and_then(|warnings| cli::emit("", &warnings))
                .map(|()| String::new())
        }
        Command::Disasm { input, section } => cli::disasm(&input, section.as_deref()),
        Command::Helpers {
            kernel,
            unprivileged,
        } => cli::helpers(&kernel, unprivileged),
        Command::Ctx { kernel } => cli::ctx(&kernel),
        Command::Lint {
            paths,
            kernel,
            unprivileged,
            allow,
            config,
            world,
            format,
            explain,
            cross_check_kernel,
            kernel_image,
        } => {
            let mut kernels = kernel.into_iter();
            let options = sk_lookup::lint::LintOptions {
                kernel: kernels.next().unwrap_or_default(),
                extra_kernels: kernels.collect(),
                allow,
                config,
                unprivileged,
                world,
                format: match format {
                    LintFormat::Human => LintOutput::Human,
                    LintFormat::Json => LintOutput::Json,
                    LintFormat::Github => LintOutput::Github,
                    LintFormat::Sarif => LintOutput::Sarif,
                    LintFormat::Kernel => LintOutput::Kernel,
                },
                explain,
                cross_check_kernel,
            };
            return match kernel_image {
                Some(image) => lint_in_image(&image, &paths, &options),
                None => lint(&paths, &options),
            };
        }
        Command::Probe {
            output,
            kernel_image: None,
        } => sk_lookup::profiles::probe(output.as_deref()),
        Command::Probe {
            output,
            kernel_image: Some(image),
        } => sk_lookup::profiles::probe_image(&image, output.as_deref()),
    };
    exit(result)
}

/// `skasm lint`: the report goes to stdout, the cross-check's lines to stderr; exit 1 unless
/// every program is accepted and the kernel agrees on each.
fn lint(paths: &[PathBuf], options: &sk_lookup::lint::LintOptions) -> ExitCode {
    match sk_lookup::lint::lint(paths, options) {
        Ok(report) => {
            let (mut messages, mut disagreements) = (report.errors, 0);
            if let Some(c) = &report.cross_check {
                messages.push_str(&c.text);
                disagreements = c.disagreements;
            }
            if let Err(f) = cli::emit(&report.text, &messages) {
                return exit(Err(f));
            }
            if report.all_accepted && report.error_findings == 0 && disagreements == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(e) => exit(Err(e)),
    }
}

/// `skasm lint --cross-check-kernel --kernel-image IMAGE`: the same command inside the image;
/// its output and exit status are this one's.
fn lint_in_image(
    image: &std::path::Path,
    paths: &[PathBuf],
    options: &sk_lookup::lint::LintOptions,
) -> ExitCode {
    match sk_lookup::lint::cross_check::in_image(image, paths, options) {
        Ok(run) => match cli::emit(&run.stdout, &run.stderr) {
            Ok(()) => ExitCode::from(u8::try_from(run.status).unwrap_or(1)),
            Err(f) => exit(Err(f)),
        },
        Err(e) => exit(Err(e)),
    }
}

fn exit(result: Result<String, Failure>) -> ExitCode {
    let (code, out, messages) = match result {
        Ok(out) => (ExitCode::SUCCESS, out, String::new()),
        Err(Failure::Rejected(msg)) => (ExitCode::from(1), String::new(), msg),
        Err(Failure::Usage(msg)) => (ExitCode::from(2), String::new(), format!("error: {msg}\n")),
    };
    match cli::emit(&out, &messages) {
        Ok(()) => code,
        // Only writing `out` can fail, so this prints its error and stops.
        Err(f) => exit(Err(f)),
    }
}

#[cfg(test)]
mod tests {
    use super::allocator;

    #[test]
    fn the_purge_delay_is_the_option_set() {
        // mimalloc's default purge delay is 1,000 ms: another option number reads another value.
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            assert_eq!(allocator::get(allocator::PURGE_DELAY), 1000);
        }
        allocator::keep_freed_memory();
        assert_eq!(allocator::get(allocator::PURGE_DELAY), -1);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn huge_pages_are_off_once_asked() {
        allocator::no_huge_pages();
        assert!(allocator::huge_pages_off());
    }
}
