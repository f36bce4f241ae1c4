//! `skasm`: assemble, disassemble and document SK_LOOKUP programs.
//!
//! Exit codes: 0 success; 1 the input was rejected (assembly errors, unreadable object);
//! 2 usage or IO error.
#![forbid(unsafe_code)]

use clap::{Parser, Subcommand, ValueEnum};
use sk_lookup::cli::{self, Failure};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "skasm",
    version,
    about = "Assembler, disassembler and reference for Linux eBPF SK_LOOKUP programs",
    long_about = "Assembler, disassembler and reference for Linux eBPF SK_LOOKUP programs.\n\n\
        Assembly is LLVM's BPF syntax (what `llvm-objdump -d` prints and `llvm-mc -triple bpfel` \
        accepts), plus `.program`, `.skmap` and `.license` directives for hand-written programs.\n\n\
        Exit codes: 0 success, 1 the input was rejected, 2 usage or IO error.",
    after_help = "Examples:\n  skasm build examples/steer-http.s -o steer-http.o\n  skasm disasm steer-http.o\n  skasm helpers --kernel 5.15\n  skasm ctx"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// rustc-style diagnostics with the source line and the offending operand underlined.
    Human,
    /// One JSON object per diagnostic, one per line.
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Assemble a `.s` file into an ELF object that libbpf, bpftool and the kernel accept.
    ///
    /// On any error nothing is written; every error found is reported with its file, line,
    /// column and a stable code.
    Build {
        /// The assembly source.
        input: PathBuf,
        /// The object to write (default: the input with `.o`).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// How to print diagnostics.
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
    },
    /// Print an object (ELF, or a raw file of 8-byte instructions) as assembly that `skasm
    /// build` turns back into the identical bytes and relocations.
    Disasm {
        /// An ELF object, or raw instructions (detected: ELF starts with \x7fELF).
        input: PathBuf,
        /// Only this section.
        #[arg(long)]
        section: Option<String>,
    },
    /// The helpers an SK_LOOKUP program may call: id, signature, since which kernel,
    /// privilege, GPL-only.
    Helpers {
        /// Kernel profile: 5.9 5.10 5.15 5.16 5.18 6.1 6.6 6.8 6.12 6.18 or host.
        #[arg(long, default_value = "host")]
        kernel: String,
        /// Only what a loader without CAP_PERFMON (CAP_BPF + CAP_NET_ADMIN) may call.
        #[arg(long)]
        unprivileged: bool,
    },
    /// The SK_LOOKUP context (`struct bpf_sk_lookup`): fields, offsets, and the loads the
    /// verifier accepts for each.
    Ctx {
        /// Kernel profile: 5.9 5.10 5.15 5.16 5.18 6.1 6.6 6.8 6.12 6.18 or host.
        #[arg(long, default_value = "host")]
        kernel: String,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build {
            input,
            output,
            format,
        } => cli::build(&input, output.as_deref(), matches!(format, Format::Json)),
        Command::Disasm { input, section } => cli::disasm(&input, section.as_deref()),
        Command::Helpers {
            kernel,
            unprivileged,
        } => cli::helpers(&kernel, unprivileged),
        Command::Ctx { kernel } => cli::ctx(&kernel),
    };
    match result {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(Failure::Rejected(msg)) => {
            eprint!("{msg}");
            ExitCode::from(1)
        }
        Err(Failure::Usage(msg)) => {
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
    }
}
