//! `skvm`: run SK_LOOKUP programs without a kernel.
//!
//! Exit codes: 0 the programs ran (whatever their verdict) or every case passed; 1 a program
//! trapped, was rejected by the verifier or does not assemble, or a case failed; 2 usage or
//! IO error.
#![forbid(unsafe_code)]

use clap::{Parser, Subcommand, ValueEnum};
use sk_lookup::cli::{self, Failure};
use sk_lookup::skvm::cases::TestArgs;
use sk_lookup::skvm::{self, EngineChoice, RunArgs};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "skvm",
    version,
    about = "Run Linux eBPF SK_LOOKUP programs without a kernel",
    long_about = "Run Linux eBPF SK_LOOKUP programs without a kernel, as the kernel runs them: \
        the verdict, the selected socket, where the packet is delivered, every helper call.\n\n\
        Exit codes: 0 the programs ran, 1 a program trapped, was rejected by the verifier or \
        does not assemble, 2 usage or IO error.",
    after_help = "Example:\n  skvm run examples/steer-http.s --tuple 'tcp 203.0.113.9:4242 -> 192.0.2.10:80' \\\n       --world examples/steer-http.world.toml"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// One line per program, helper call and result.
    Human,
    /// One JSON object: verdict, retval, selected, delivered_to, programs, helper_calls,
    /// output, insns_executed, engine (the one that ran), trace (or `trap`); with `--engine
    /// jit` also jit_fallback (why the interpreter ran, or null).
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum EngineArg {
    /// The VM's reference interpreter.
    Interp,
    /// The VM's native code (Cranelift) for verified programs; what it cannot compile runs
    /// on the interpreter, and the output says so.
    Jit,
    /// The live kernel (root only): real sockets in a private network namespace, the
    /// program loaded with its maps filled from the world, BPF_PROG_TEST_RUN on the tuple.
    /// One program.
    Kernel,
}

impl EngineArg {
    fn choice(self) -> EngineChoice {
        match self {
            EngineArg::Interp => EngineChoice::Interp,
            EngineArg::Jit => EngineChoice::Jit,
            EngineArg::Kernel => EngineChoice::Kernel,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Run programs (attached in the order given) for one lookup.
    ///
    /// Each program of each file (the global functions of its `sk_lookup` sections, as
    /// `skasm lint` finds them) runs, linked with the functions it calls. Programs are verified first (a rejection stops the run; what the verifier
    /// does not model runs unverified, and says so).
    Run {
        /// `.s` sources, ELF objects or raw instruction files (`*.bin`, or any bytes that
        /// are not UTF-8 text: 8-byte instructions, one program).
        #[arg(required = true)]
        programs: Vec<PathBuf>,
        /// Run only the program of this name (its function or its section).
        #[arg(long)]
        program: Option<String>,
        /// The lookup: `tcp 10.0.0.1:4321 -> 192.0.2.10:80` (remote -> local).
        #[arg(long)]
        tuple: String,
        /// The world file: sockets and maps (see examples/*.world.toml).
        #[arg(long)]
        world: Option<PathBuf>,
        /// Print every executed instruction with the registers it changed.
        #[arg(long)]
        trace: bool,
        /// Run without verifying (anything the kernel would refuse traps).
        #[arg(long)]
        no_verify: bool,
        /// Output format.
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        /// The kernel whose rules apply: a release (`6.18`), `host`, or a profile file.
        #[arg(long, default_value = "host")]
        kernel: String,
        /// Seed of `bpf_get_prandom_u32` (the same seed gives the same numbers).
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// What `bpf_ktime_get_*_ns` return.
        #[arg(long, default_value_t = 0)]
        clock_ns: u64,
        /// What `bpf_jiffies64` returns.
        #[arg(long, default_value_t = 0)]
        jiffies: u64,
        /// What `ctx->ingress_ifindex` reads (interp and jit; default 1, the loopback;
        /// BPF_PROG_TEST_RUN reads 0).
        #[arg(long, value_name = "N")]
        ingress_ifindex: Option<u32>,
        /// What runs the programs.
        #[arg(long, value_enum, default_value = "interp")]
        engine: EngineArg,
        /// Time N runs and report the mean `ns_per_run` (interp and jit: N runs of the
        /// programs alone back to back, set up once; kernel: BPF_PROG_TEST_RUN's duration).
        #[arg(long, default_value_t = 0)]
        repeat: u32,
        /// With `--engine kernel`: run inside this kernel image (an x86-64 `vmlinuz`, booted
        /// under qemu) instead of on the host's kernel.
        #[arg(long, value_name = "IMAGE")]
        kernel_image: Option<PathBuf>,
    },
    /// Run a case file: lookups with their expected verdict, selection, delivery and helper
    /// errno (see examples/*.cases.toml).
    ///
    /// One line per case, a diff of expected (-) and actual (+) on failure, then
    /// `N passed, N failed`; exit 1 when a case failed.
    Test {
        /// The case file (TOML).
        cases: PathBuf,
        /// Run without verifying.
        #[arg(long)]
        no_verify: bool,
        /// Every case runs on `interp` and `jit` (one line each); `kernel`: each also runs
        /// on the live kernel (root only; helper errnos are not observable there).
        #[arg(long, value_enum, default_value = "interp")]
        engine: EngineArg,
        /// With `--engine kernel`: run inside this kernel image (an x86-64 `vmlinuz`, booted
        /// under qemu) instead of on the host's kernel; the case file's directory is there.
        #[arg(long, value_name = "IMAGE")]
        kernel_image: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Run {
            programs,
            program,
            tuple,
            world,
            trace,
            no_verify,
            format,
            kernel,
            seed,
            clock_ns,
            jiffies,
            ingress_ifindex,
            engine,
            repeat,
            kernel_image,
        } => {
            if let Some(image) = kernel_image {
                let mut files = programs.clone();
                files.extend(world);
                files.extend(Some(PathBuf::from(&kernel)).filter(|k| k.is_file()));
                return in_image(&image, matches!(engine, EngineArg::Kernel), &files, &[]);
            }
            let args = RunArgs {
                programs,
                program,
                tuple,
                world,
                trace,
                no_verify,
                json: matches!(format, Format::Json),
                kernel,
                seed,
                clock_ns,
                jiffies,
                ingress_ifindex,
                engine: engine.choice(),
                repeat,
            };
            finish(skvm::run(&args).map(|r| (r.text, !r.trapped)))
        }
        Command::Test {
            cases,
            no_verify,
            engine,
            kernel_image,
        } => {
            if let Some(image) = kernel_image {
                let dir = cases
                    .parent()
                    .filter(|d| !d.as_os_str().is_empty())
                    .map_or_else(|| PathBuf::from("."), PathBuf::from);
                let kernel = matches!(engine, EngineArg::Kernel);
                return in_image(&image, kernel, std::slice::from_ref(&cases), &[dir]);
            }
            let args = TestArgs {
                file: cases,
                no_verify,
                kernel: matches!(engine, EngineArg::Kernel),
            };
            finish(skvm::cases::test(&args).map(|r| (r.text, r.all_passed)))
        }
    }
}

/// `--kernel-image`: this command inside the image (only with `--engine kernel`); prints
/// what it printed there and exits with its status.
fn in_image(image: &Path, kernel_engine: bool, files: &[PathBuf], dirs: &[PathBuf]) -> ExitCode {
    if !kernel_engine {
        return finish(Err(Failure::Usage(
            "--kernel-image needs --engine kernel (the other engines need no kernel)".into(),
        )));
    }
    let argv: Vec<String> = std::env::args().collect();
    match skvm::guest::in_image(image, &skvm::guest::guest_argv(&argv), files, dirs) {
        Ok(run) => match cli::emit(&run.stdout, &run.stderr) {
            Ok(()) => ExitCode::from(u8::try_from(run.status).unwrap_or(2)),
            Err(f) => finish(Err(f)),
        },
        Err(f) => finish(Err(f)),
    }
}

/// Prints a report (exit 0 when `ok`, else 1) or a failure (1 rejected, 2 usage or IO).
fn finish(result: Result<(String, bool), Failure>) -> ExitCode {
    let (code, out, messages) = match result {
        Ok((text, true)) => (ExitCode::SUCCESS, text, String::new()),
        Ok((text, false)) => (ExitCode::from(1), text, String::new()),
        Err(Failure::Rejected(text)) => (ExitCode::from(1), String::new(), text),
        Err(Failure::Usage(text)) => (ExitCode::from(2), String::new(), format!("error: {text}\n")),
    };
    match cli::emit(&out, &messages) {
        Ok(()) => code,
        // Only writing `out` can fail, so this prints its error and stops.
        Err(f) => finish(Err(f)),
    }
}
