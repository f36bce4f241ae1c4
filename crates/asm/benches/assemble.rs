//! `cargo bench -p asm`: the assembler on large generated sources, against llvm-mc.
//!
//! Two deterministic LLVM-syntax sources are generated (100k and 1M instructions, every
//! instruction class in a compiler-like mix, labels every few instructions, conditional and
//! unconditional jumps to them in both directions, helper calls, `ld_imm64` constants and map
//! symbol references that become relocations). Then, in one run:
//!
//! * criterion measures `asm::assemble` in-process on each source, and `llvm-mc -triple bpfel
//!   -mcpu=v4 -filetype=obj` (LLVM 19) as a process on the same files;
//! * a summary table compares the two as processes doing the same job, text file in, ELF
//!   object out: our side re-executes this bench binary in a child mode that streams the file
//!   through `asm::assemble_reader` (as `skasm build` does), writes the ELF object and exits,
//!   once as it runs by default (worker threads for sources of 1 MiB or more) and once with
//!   `SKASM_THREADS=0` (one thread; the child reads it and passes it on, as `skasm build`
//!   does). Each child is started by a small spawner
//!   process (this binary again) that times it around spawn and `wait4` and reads its peak
//!   RSS from the `ru_maxrss` that `wait4` returns for that child alone (see `run_limited`
//!   for why not from the bench process itself). The table also gives the in-process `asm::assemble` time and the startup
//!   cost of both (an empty source).
//!
//! Before timing, both objects are compared byte for byte, so both sides do the same work.
//!
//! Without `--bench` (as under `cargo test --benches`) only a quick check runs on a 2k
//! instruction source. `ASM_BENCH_RUNS=<n>` sets the repetitions behind each table row
//! (default 5, the median is shown); `ASM_BENCH_LIMIT_S=<s>` (default 120) is how long one
//! run of ours may take before an input is reported as too slow and left out of the timings;
//! `LLVM_MC=<path>` overrides llvm-mc; `ASM_BENCH_GEN=<n>` prints the generated source of n
//! instructions and exits (for profiling by hand).

use criterion::{BenchmarkId, Criterion, SamplingMode};
use isa::{AluOp, AtomicOp, CallKind, EndianKind, Insn, LdImmKind, Operand, Reg, Size, Width};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHILD_ENV: &str = "ASM_BENCH_CHILD";
const SPAWN_ENV: &str = "ASM_BENCH_SPAWN";
const LLVM_MC_19: &str = "/usr/lib/llvm-19/bin/llvm-mc";

// ---------------------------------------------------------------------------------------------
// Source generation
// ---------------------------------------------------------------------------------------------

/// The project's seeded generator (proggen), with the operand helpers the sources need.
struct Rng(proggen::Rng);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0.next_u64()
    }
    fn below(&mut self, n: u64) -> u64 {
        self.0.below(n)
    }
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        self.0.pick(xs)
    }
    fn reg(&mut self) -> Reg {
        Reg::new(self.below(10) as u8).unwrap()
    }
    fn any_reg(&mut self) -> Reg {
        Reg::new(self.below(11) as u8).unwrap()
    }
    /// Mostly small immediates, as compilers emit them; sometimes large or negative ones.
    fn imm(&mut self) -> i32 {
        match self.below(8) {
            0 => self.next() as i32,
            1 => -(self.below(4096) as i32),
            _ => self.below(256) as i32,
        }
    }
    fn off(&mut self) -> i16 {
        match self.below(4) {
            0 => -(8 * (1 + self.below(64) as i16)),
            _ => 4 * self.below(32) as i16,
        }
    }
}

const ALU_OPS: [AluOp; 13] = [
    AluOp::Add,
    AluOp::Sub,
    AluOp::Mul,
    AluOp::Div,
    AluOp::Or,
    AluOp::And,
    AluOp::Lsh,
    AluOp::Rsh,
    AluOp::Mod,
    AluOp::Xor,
    AluOp::Mov,
    AluOp::Arsh,
    AluOp::Mov,
];

/// One instruction line (without the tab). `label` names a jump target.
fn gen_line(r: &mut Rng, label: &mut dyn FnMut(&mut Rng) -> String) -> String {
    let w = |r: &mut Rng| {
        if r.below(10) < 7 {
            Width::W64
        } else {
            Width::W32
        }
    };
    let operand = |r: &mut Rng| {
        if r.below(2) == 0 {
            Operand::Reg(r.reg())
        } else {
            Operand::Imm(r.imm())
        }
    };
    let size = |r: &mut Rng| r.pick(&[Size::B, Size::H, Size::W, Size::DW, Size::DW, Size::W]);
    let insn = match r.below(100) {
        // ALU (64 and 32 bits, register and immediate), ~40%
        0..=39 => {
            let op = r.pick(&ALU_OPS);
            let width = w(r);
            let src = match op {
                AluOp::Lsh | AluOp::Rsh | AluOp::Arsh if r.below(2) == 0 => {
                    Operand::Imm(r.below(if width == Width::W64 { 64 } else { 32 }) as i32)
                }
                _ => operand(r),
            };
            Insn::Alu {
                op,
                width,
                dst: r.reg(),
                src,
            }
        }
        // cpu v4 ALU: sign-extending moves, signed division, negation
        40..=41 => {
            let width = w(r);
            let op = match r.below(4) {
                0 => AluOp::MovSx(if width == Width::W64 {
                    r.pick(&[Size::B, Size::H, Size::W])
                } else {
                    r.pick(&[Size::B, Size::H])
                }),
                1 => AluOp::SDiv,
                2 => AluOp::SMod,
                _ => AluOp::Neg,
            };
            let src = match op {
                AluOp::MovSx(_) => Operand::Reg(r.reg()),
                AluOp::Neg => Operand::Imm(0),
                _ => operand(r),
            };
            Insn::Alu {
                op,
                width,
                dst: r.reg(),
                src,
            }
        }
        42..=43 => Insn::Endian {
            kind: r.pick(&[EndianKind::Le, EndianKind::Be, EndianKind::Swap]),
            bits: r.pick(&[16, 32, 64]),
            dst: r.reg(),
        },
        // loads, ~17% (a few sign-extending)
        44..=60 => {
            let size = size(r);
            Insn::Load {
                size,
                sign_extend: size != Size::DW && r.below(8) == 0,
                dst: r.reg(),
                src: r.any_reg(),
                off: r.off(),
            }
        }
        // stores of registers and immediates, ~11%
        61..=71 => Insn::Store {
            size: size(r),
            dst: r.any_reg(),
            off: r.off(),
            src: if r.below(4) == 0 {
                Operand::Imm(r.imm())
            } else {
                Operand::Reg(r.reg())
            },
        },
        72..=73 => {
            let (op, fetch) = r.pick(&[
                (AtomicOp::Add, false),
                (AtomicOp::Add, true),
                (AtomicOp::Or, false),
                (AtomicOp::And, true),
                (AtomicOp::Xor, false),
                (AtomicOp::Xchg, true),
                (AtomicOp::CmpXchg, true),
            ]);
            Insn::Atomic {
                op,
                fetch,
                size: r.pick(&[Size::W, Size::DW]),
                dst: r.any_reg(),
                src: r.reg(),
                off: r.off(),
            }
        }
        74..=76 => {
            let (imm, imm_hi) = Insn::split_imm64(r.next() >> r.below(64));
            Insn::LdImm64 {
                dst: r.reg(),
                kind: LdImmKind::Imm,
                imm,
                imm_hi,
            }
        }
        77 => return format!("{} = map_{} ll", r.reg(), r.below(8)),
        // conditional jumps (64 and 32 bits), ~14%
        78..=91 => {
            let insn = Insn::JmpIf {
                cond: r.0.pick(isa::table::JMP_COND).cond,
                width: w(r),
                dst: r.reg(),
                src: operand(r),
                off: 0,
            };
            let l = label(r);
            return insn.to_text_with(&|_| l.clone());
        }
        92..=94 => {
            let long = r.below(8) == 0;
            let l = label(r);
            return Insn::Ja { off: 0, long }.to_text_with(&|_| l.clone());
        }
        95..=97 => Insn::Call(CallKind::Helper(
            r.pick(&[1, 2, 5, 7, 12, 25, 86, 124, 130]),
        )),
        _ => Insn::Exit,
    };
    insn.to_string()
}

/// A source of exactly `n` instructions with a label every 4..12 instructions.
fn gen_source(n: usize, seed: u64) -> String {
    let mut r = Rng(proggen::Rng::new(seed));
    // Where the labels go (instruction indices), decided first so jumps can go forward.
    let mut label_at = Vec::new();
    let mut i = 0;
    while i < n {
        label_at.push(i);
        i += 4 + r.below(9) as usize;
    }
    let nlabels = label_at.len();
    let mut out = String::with_capacity(n * 28);
    out.push_str("\t.text\n\t.globl\tprog\n\t.p2align\t3\nprog:\n");
    let mut next_label = 0;
    for i in 0..n {
        if next_label < nlabels && label_at[next_label] == i {
            out.push_str(&format!(".LBB0_{next_label}:\n"));
            next_label += 1;
        }
        // Jump targets within 64 labels either way (offsets fit 16 bits).
        let here = next_label.saturating_sub(1);
        let mut label = |r: &mut Rng| {
            let lo = here.saturating_sub(64);
            let hi = (here + 64).min(nlabels - 1);
            format!(".LBB0_{}", lo + r.below((hi - lo + 1) as u64) as usize)
        };
        out.push('\t');
        out.push_str(&gen_line(&mut r, &mut label));
        out.push('\n');
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Children: ours (re-exec) and llvm-mc, each measured alone
// ---------------------------------------------------------------------------------------------

/// Child mode: `<exe> <in.s> <out.o>` with `ASM_BENCH_CHILD=1`.
fn child_main() -> ! {
    let args: Vec<String> = std::env::args().collect();
    let (input, output) = (&args[1], &args[2]);
    let file = std::fs::File::open(input).expect("open the source");
    let size = file.metadata().expect("the source's size").len() as usize;
    // As `skasm build` does: SKASM_THREADS sets the worker threads.
    let options = asm::AssembleOptions {
        threads: std::env::var("SKASM_THREADS")
            .ok()
            .and_then(|v| v.trim().parse().ok()),
        comp_dir: None,
    };
    let obj = match asm::assemble_reader(file, size, &options).expect("read the source") {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{} errors, first: {:?}", e.len(), e.first());
            std::process::exit(1);
        }
    };
    let bytes = asm::elf::write(&obj).expect("write the object");
    std::fs::write(output, bytes).expect("write the object file");
    std::process::exit(0);
}

struct Run {
    wall: Duration,
    /// Peak resident set of the child, KiB.
    maxrss_kib: i64,
}

/// Runs `cmd` and returns its own wall time and peak RSS (see [`run_limited`]).
fn run_measured(cmd: &mut Command) -> Result<Run, String> {
    run_limited(cmd, None)
}

/// Runs `cmd` through a spawner (this bench binary re-executed, `ASM_BENCH_SPAWN`) that
/// measures it, killing it after `limit`.
///
/// Why the detour: `ru_maxrss` of a child that the bench process spawns directly would
/// include the bench process's own memory (the 1M-instruction source and criterion's data),
/// because exec records the high-water mark of the memory image it replaces, and with
/// fork/vfork that is the parent's. The spawner is a freshly started small process (a few
/// MiB), so the figure it gets from `wait4` is the child's own, for ours and llvm-mc alike.
fn run_limited(cmd: &mut Command, limit: Option<Duration>) -> Result<Run, String> {
    let mut sp = Command::new(std::env::current_exe().expect("current exe"));
    sp.env(
        SPAWN_ENV,
        limit.map_or(0, |l| l.as_millis() as u64).to_string(),
    )
    .arg(cmd.get_program())
    .args(cmd.get_args());
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => sp.env(k, v),
            None => sp.env_remove(k),
        };
    }
    let out = sp
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("spawn {sp:?}: {e}"))?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let report = String::from_utf8_lossy(&out.stdout);
    let f: Vec<&str> = report.split_whitespace().collect();
    if !out.status.success() || f.len() != 3 {
        return Err(format!("{cmd:?}: spawner failed: {}", stderr.trim()));
    }
    let (ns, rss): (u64, i64) = (f[0].parse().unwrap(), f[1].parse().unwrap());
    match f[2] {
        "ok" => Ok(Run {
            wall: Duration::from_nanos(ns),
            maxrss_kib: rss,
        }),
        "killed" => Err(format!(
            "killed after {} s (ASM_BENCH_LIMIT_S)",
            limit.map_or(0, |l| l.as_secs())
        )),
        st => Err(format!("{cmd:?} failed ({st}): {}", stderr.trim())),
    }
}

/// Spawner mode: `<exe> <program> <args>...` with `ASM_BENCH_SPAWN=<limit ms, 0 = none>`.
/// Prints `<wall ns> <peak RSS KiB> <ok|killed|status=N>`.
fn spawner_main(limit_ms: u64) -> ! {
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    let start = Instant::now();
    let child = Command::new(&args[0])
        .args(&args[1..])
        .env_remove(SPAWN_ENV)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap_or_else(|e| {
            eprintln!("spawn {:?}: {e}", args[0]);
            std::process::exit(2)
        });
    let pid = child.id() as libc::pid_t;
    let (done, watch) = std::sync::mpsc::channel::<()>();
    let watchdog = (limit_ms > 0).then(|| {
        std::thread::spawn(move || {
            if watch.recv_timeout(Duration::from_millis(limit_ms)).is_err() {
                // SAFETY: kill(2) on our own child, which has not been reaped yet.
                unsafe { libc::kill(pid, libc::SIGKILL) };
            }
        })
    });
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value of this plain C struct.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our child, not yet reaped; status and ru are valid for writes.
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut ru) };
    let wall = start.elapsed();
    let _ = done.send(());
    if let Some(w) = watchdog {
        let _ = w.join();
    }
    if r != pid {
        eprintln!("wait4: {}", std::io::Error::last_os_error());
        std::process::exit(2);
    }
    let verdict = if libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0 {
        "ok".to_string()
    } else if libc::WIFSIGNALED(status) && limit_ms > 0 && wall >= Duration::from_millis(limit_ms) {
        "killed".to_string()
    } else {
        format!("status={status:#x}")
    };
    println!("{} {} {verdict}", wall.as_nanos(), ru.ru_maxrss);
    std::process::exit(0);
}

fn ours_cmd(input: &Path, output: &Path) -> Command {
    let mut c = Command::new(std::env::current_exe().expect("current exe"));
    c.env(CHILD_ENV, "1").arg(input).arg(output);
    c
}

fn llvm_cmd(mc: &Path, input: &Path, output: &Path) -> Command {
    let mut c = Command::new(mc);
    c.args(["-triple", "bpfel", "-mcpu=v4", "-filetype=obj", "-o"])
        .arg(output)
        .arg(input);
    c
}

fn llvm_mc() -> Option<PathBuf> {
    match std::env::var_os("LLVM_MC") {
        Some(p) => Some(PathBuf::from(p)),
        None => Some(PathBuf::from(LLVM_MC_19)).filter(|p| p.exists()),
    }
}

/// Median wall time and the largest peak RSS over `runs` runs.
fn measure(runs: usize, mut cmd: impl FnMut() -> Command) -> Result<Run, String> {
    let mut v = Vec::new();
    for _ in 0..runs {
        v.push(run_measured(&mut cmd())?);
    }
    v.sort_by_key(|r| r.wall);
    let rss = v.iter().map(|r| r.maxrss_kib).max().unwrap_or(0);
    Ok(Run {
        wall: v[v.len() / 2].wall,
        maxrss_kib: rss,
    })
}

fn median_in_process(runs: usize, src: &str) -> Duration {
    let mut v: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            let o = asm::assemble(src).expect("assembles");
            let d = t.elapsed();
            drop(o);
            d
        })
        .collect();
    v.sort();
    v[v.len() / 2]
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

struct Input {
    name: &'static str,
    insns: usize,
    path: PathBuf,
    src: String,
}

fn work_dir() -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("asm-bench");
    std::fs::create_dir_all(&d).expect("create the bench directory");
    d
}

fn make_input(name: &'static str, insns: usize, dir: &Path) -> Input {
    let src = gen_source(insns, 0x5eed_0000 + insns as u64);
    let path = dir.join(format!("gen-{name}.s"));
    std::fs::write(&path, &src).expect("write the source");
    Input {
        name,
        insns,
        path,
        src,
    }
}

/// Both assemblers on `input`, ours killed after `limit`; Err when they disagree or one
/// fails.
fn same_object(
    mc: Option<&Path>,
    input: &Input,
    dir: &Path,
    limit: Duration,
) -> Result<String, String> {
    let ours_o = dir.join(format!("ours-{}.o", input.name));
    let t = run_limited(&mut ours_cmd(&input.path, &ours_o), Some(limit))
        .map_err(|e| format!("ours: {e}"))?;
    if t.wall * 10 > limit {
        println!("{}: ours took {} for one run", input.name, fmt_dur(t.wall));
    }
    let Some(mc) = mc else {
        return Ok("llvm-mc 19 not found: no comparison".into());
    };
    let llvm_o = dir.join(format!("llvm-{}.o", input.name));
    run_measured(&mut llvm_cmd(mc, &input.path, &llvm_o))?;
    let (a, b) = (
        std::fs::read(&ours_o).unwrap(),
        std::fs::read(&llvm_o).unwrap(),
    );
    if a == b {
        return Ok(format!("objects byte-identical ({} bytes)", a.len()));
    }
    let text = |bytes: &[u8]| -> Option<Vec<u8>> {
        let elf = goblin::elf::Elf::parse(bytes).ok()?;
        let sh = elf
            .section_headers
            .iter()
            .find(|s| elf.shdr_strtab.get_at(s.sh_name) == Some(".text"))?;
        Some(bytes[sh.file_range()?].to_vec())
    };
    if text(&a).is_some() && text(&a) == text(&b) {
        Ok(format!(
            ".text identical; objects differ elsewhere ({} vs {} bytes)",
            a.len(),
            b.len()
        ))
    } else {
        Err(format!(
            "{}: ours and llvm-mc produce different .text ({} vs {})",
            input.name,
            ours_o.display(),
            llvm_o.display()
        ))
    }
}

fn fmt_dur(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s >= 1.0 {
        format!("{s:.3} s")
    } else {
        format!("{:.1} ms", s * 1e3)
    }
}

fn fmt_kib(k: i64) -> String {
    format!("{:.1} MiB", k as f64 / 1024.0)
}

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

/// One row of the summary table.
struct Row<'a> {
    input: &'a Input,
    /// `None`: ours was killed at the limit.
    ours: Option<Ours>,
    llvm: Option<Run>,
}

struct Ours {
    /// The process as it runs by default (worker threads for large sources).
    proc: Run,
    /// The process with `SKASM_THREADS=0`: everything on one thread.
    single: Run,
    /// `asm::assemble` in-process.
    lib: Duration,
}

fn print_table(rows: &[Row], runs: u64, limit: Duration) {
    println!();
    println!(
        "asm::assemble vs llvm-mc 19 (-triple bpfel -mcpu=v4 -filetype=obj): text file in, ELF object out;"
    );
    println!(
        "median wall time of {runs} runs each; peak RSS per child from wait4 (largest of the runs)"
    );
    let line = |c: [&str; 11]| {
        println!(
            "{:<6} {:>8} | {:>10} {:>10} {:>10} {:>10} | {:>9} {:>9} | {:>8} {:>8} {:>7}",
            c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10]
        )
    };
    line([
        "input", "insns", "ours", "1 thread", "ours lib", "llvm-mc", "ours RSS", "llvm RSS",
        "speed-up", "1 thread", "RSS o/l",
    ]);
    println!("{}", "-".repeat(118));
    let ratio = |l: &Run, o: &Run| format!("{:.2}x", l.wall.as_secs_f64() / o.wall.as_secs_f64());
    for r in rows {
        let insns = r.input.insns.to_string();
        let (lt, lr) = r.llvm.as_ref().map_or(("n/a".into(), "n/a".into()), |l| {
            (fmt_dur(l.wall), fmt_kib(l.maxrss_kib))
        });
        match &r.ours {
            Some(o) => {
                let (speed, speed1, rss) = match &r.llvm {
                    Some(l) => (
                        ratio(l, &o.proc),
                        ratio(l, &o.single),
                        format!("{:.2}", o.proc.maxrss_kib as f64 / l.maxrss_kib as f64),
                    ),
                    None => ("n/a".into(), "n/a".into(), "n/a".into()),
                };
                line([
                    r.input.name,
                    &insns,
                    &fmt_dur(o.proc.wall),
                    &fmt_dur(o.single.wall),
                    &fmt_dur(o.lib),
                    &lt,
                    &fmt_kib(o.proc.maxrss_kib),
                    &lr,
                    &speed,
                    &speed1,
                    &rss,
                ])
            }
            None => line([
                r.input.name,
                &insns,
                &format!("> {} s", limit.as_secs()),
                "-",
                "-",
                &lt,
                "-",
                &lr,
                "killed",
                "-",
                "-",
            ]),
        }
    }
    println!(
        "speed-up: llvm-mc wall time / ours; target >= 5x. RSS o/l: ours peak / llvm-mc peak; target <= 0.33."
    );
    println!(
        "ours re-executes this bench binary: stream the file through asm::assemble_reader, asm::elf::write, write the file;"
    );
    println!(
        "sources of 1 MiB or more parse on worker threads (one per core, up to 3); \"1 thread\" is the same with SKASM_THREADS=0."
    );
    println!("ours lib: asm::assemble alone, in-process, on the source in memory.");
}

fn main() {
    if let Ok(ms) = std::env::var(SPAWN_ENV) {
        spawner_main(ms.parse().expect("ASM_BENCH_SPAWN=<limit ms>"));
    }
    if std::env::var_os(CHILD_ENV).is_some() {
        child_main();
    }
    if let Ok(n) = std::env::var("ASM_BENCH_GEN") {
        // For profiling by hand: `ASM_BENCH_GEN=200000 <bench exe> > gen.s`.
        let n: usize = n.parse().expect("ASM_BENCH_GEN=<instructions>");
        print!("{}", gen_source(n, 0x5eed_0000 + n as u64));
        return;
    }
    let bench_mode = std::env::args().any(|a| a == "--bench");
    let dir = work_dir();
    let mc = llvm_mc();

    if !bench_mode {
        // `cargo test --benches`: check the machinery on a small source, quickly.
        let small = make_input("2k", 2_000, &dir);
        match same_object(mc.as_deref(), &small, &dir, Duration::from_secs(60)) {
            Ok(m) => println!("assemble bench (test mode): 2k instructions: {m}"),
            Err(e) => panic!("{e}"),
        }
        return;
    }

    let runs = env_num("ASM_BENCH_RUNS", 5).max(1);
    let limit = Duration::from_secs(env_num("ASM_BENCH_LIMIT_S", 120));
    let all = [
        make_input("empty", 0, &dir),
        make_input("100k", 100_000, &dir),
        make_input("1M", 1_000_000, &dir),
    ];
    // One checked run of each first. An input our side cannot assemble within the limit is
    // reported as such and left out of the timings (the whole run would not end otherwise).
    let mut ok = Vec::new();
    for inp in &all {
        let mb = inp.src.len() as f64 / (1 << 20) as f64;
        match same_object(mc.as_deref(), inp, &dir, limit) {
            Ok(m) => {
                println!(
                    "{}: {} instructions, {:.1} MiB of text: {m}",
                    inp.name, inp.insns, mb
                );
                ok.push(true);
            }
            Err(e) if e.contains("killed after") => {
                println!("{}: {} instructions: {e}", inp.name, inp.insns);
                ok.push(false);
            }
            Err(e) => panic!("{e}"),
        }
    }

    // criterion: asm::assemble in-process, and both assemblers as processes.
    let mut c = Criterion::default().configure_from_args();
    {
        let mut g = c.benchmark_group("assemble");
        g.sample_size(10)
            .sampling_mode(SamplingMode::Flat)
            .measurement_time(Duration::from_secs(15));
        for (inp, _) in all.iter().zip(&ok).filter(|(i, ok)| **ok && i.insns > 0) {
            g.bench_with_input(
                BenchmarkId::new("asm::assemble", inp.name),
                &inp.src,
                |b, src| b.iter(|| asm::assemble(src).expect("assembles")),
            );
            let out = dir.join(format!("crit-ours-{}.o", inp.name));
            g.bench_with_input(
                BenchmarkId::new("ours (process)", inp.name),
                &inp.path,
                |b, p| b.iter(|| run_measured(&mut ours_cmd(p, &out)).expect("ours")),
            );
            if let Some(mc) = &mc {
                let out = dir.join(format!("crit-llvm-{}.o", inp.name));
                g.bench_with_input(
                    BenchmarkId::new("llvm-mc-19 (process)", inp.name),
                    &inp.path,
                    |b, p| b.iter(|| run_measured(&mut llvm_cmd(mc, p, &out)).expect("llvm-mc")),
                );
            }
        }
        g.finish();
    }

    // The summary table: processes doing the same job, each measured alone.
    let runs_n = runs as usize;
    let rows: Vec<Row> = all
        .iter()
        .zip(&ok)
        .map(|(inp, ok)| {
            let ours = ok.then(|| {
                let o = dir.join(format!("ours-{}.o", inp.name));
                let proc = measure(runs_n, || ours_cmd(&inp.path, &o)).expect("ours");
                let single = measure(runs_n, || {
                    let mut c = ours_cmd(&inp.path, &o);
                    c.env("SKASM_THREADS", "0");
                    c
                })
                .expect("ours, one thread");
                Ours {
                    proc,
                    single,
                    lib: median_in_process(runs_n, &inp.src),
                }
            });
            let llvm = mc.as_ref().map(|mc| {
                let o = dir.join(format!("llvm-{}.o", inp.name));
                measure(runs_n, || llvm_cmd(mc, &inp.path, &o)).expect("llvm-mc")
            });
            Row {
                input: inp,
                ours,
                llvm,
            }
        })
        .collect();
    print_table(&rows, runs, limit);
    if mc.is_none() {
        println!("llvm-mc 19 not found at {LLVM_MC_19} (set LLVM_MC): no comparison.");
    }
    c.final_summary();
}
