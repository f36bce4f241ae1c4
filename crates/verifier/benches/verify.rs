//! `cargo bench -p verifier`: `verifier::verify` beside the live kernel's own verifier, on the
//! same programs in the same run.
//!
//! Programs: the examples (`examples/*.s`, with their `.skmap` maps), and generated SK_LOOKUP
//! steering programs of 1k, 10k and 100k instruction slots in two shapes (see `straight` and
//! `branchy`): straight-line (a hash of the context fields computed without a branch, then
//! one sock_map lookup and `bpf_sk_assign`), and branchy (one rule after another: "this
//! prefix and port → the socket at key K", each a compare, a lookup, a NULL check, the
//! assignment and the release). Both verifiers must accept each program: a program one of
//! them rejects would time different work, and the run stops there.
//!
//! Then, in one run:
//! * criterion measures `verify` on each program (root, the host's profile);
//! * a summary table gives, per program, our median time over `VERIFIER_BENCH_RUNS` runs
//!   (default 5), the kernel's median `verification time` over as many loads (log level 0
//!   with `BPF_LOG_STATS`, so that the kernel prints no instruction trace and the time is its
//!   verifier's alone, neither the syscall nor the JIT), the ratio, the instructions each
//!   processed, our peak heap during one `verify` (a counting global allocator; the first
//!   call on a fresh thread, as later calls on a thread reuse its buffers) and the
//!   kernel's `peak_states` (the kernel reports no bytes).
//!
//! Without `--bench` (as under `cargo test --benches`) only the examples and the 1k programs
//! are checked, once. Without a usable kernel the kernel columns say why.
use criterion::{Criterion, SamplingMode};
use isa::RawInsn;
use isa::{AluOp, CallKind, EndianKind, Insn, JmpCond, LdImmKind, Operand, Reg, Size, Width};
use skctx::{KernelProfile, Privilege};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use verifier::{verify, MapInfo};

// ---------------------------------------------------------------------------------------------
// Peak heap: a counting allocator
// ---------------------------------------------------------------------------------------------

/// The system allocator, counting the bytes in use and their high-water mark.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(n: usize) {
    let now = IN_USE.fetch_add(n, Ordering::Relaxed) + n;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

// SAFETY: every call is forwarded to `System` unchanged; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        // SAFETY: the caller's contract for `alloc` is passed on.
        let p = unsafe { System.alloc(l) };
        if !p.is_null() {
            grew(l.size());
        }
        p
    }
    // Forwarded, not left to the default (`alloc` then a `memset`): `System` gets zeroed
    // memory from `calloc`, which skips the `memset` on fresh pages, as in skasm.
    unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
        // SAFETY: the caller's contract for `alloc_zeroed` is passed on.
        let p = unsafe { System.alloc_zeroed(l) };
        if !p.is_null() {
            grew(l.size());
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        // SAFETY: the caller's contract for `dealloc` is passed on.
        unsafe { System.dealloc(p, l) };
        IN_USE.fetch_sub(l.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        // SAFETY: the caller's contract for `realloc` is passed on.
        let q = unsafe { System.realloc(p, l, new) };
        if !q.is_null() {
            IN_USE.fetch_sub(l.size(), Ordering::Relaxed);
            grew(new);
        }
        q
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Bytes allocated at the peak of `f` beyond what was in use before it.
fn peak_heap<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let base = IN_USE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let out = f();
    (out, PEAK.load(Ordering::Relaxed) - base)
}

// ---------------------------------------------------------------------------------------------
// Programs
// ---------------------------------------------------------------------------------------------

/// A program to verify: instruction slots and the maps its `ld_imm64`s refer to.
struct Prog {
    name: String,
    insns: Vec<RawInsn>,
    /// The distinct maps (one kernel map each: the kernel allows 64 per program).
    maps: Vec<MapDesc>,
    /// `(slot, index into maps)`; the `ld_imm64` at `slot` is marked `BPF_PSEUDO_MAP_FD`.
    refs: Vec<(usize, usize)>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
struct MapDesc {
    map_type: u32,
    key_size: u32,
    value_size: u32,
    max_entries: u32,
    flags: u32,
}

/// The one map the generated programs use: a SOCKMAP of 4 sockets.
const SOCK_MAP: MapDesc = MapDesc {
    map_type: 15,
    key_size: 4,
    value_size: 4,
    max_entries: 4,
    flags: 0,
};

impl Prog {
    fn map_infos(&self) -> Vec<MapInfo> {
        self.refs
            .iter()
            .map(|&(slot, i)| (slot, i, self.maps[i]))
            .map(|(slot, id, m)| MapInfo {
                slot,
                id,
                map_type: m.map_type,
                key_size: m.key_size,
                value_size: m.value_size,
                max_entries: m.max_entries,
                flags: m.flags,
                frozen: None,
                ..Default::default()
            })
            .collect()
    }
}

/// Emits instructions, counting slots, and remembers map references.
#[derive(Default)]
struct Emit {
    insns: Vec<RawInsn>,
    /// Slots of the `sock_map` references.
    refs: Vec<usize>,
}

impl Emit {
    fn i(&mut self, insn: Insn) {
        self.insns.extend(insn.encode());
    }
    fn alu(&mut self, op: AluOp, dst: Reg, src: Operand) {
        self.i(Insn::Alu {
            op,
            width: Width::W64,
            dst,
            src,
        });
    }
    fn mov_imm(&mut self, dst: Reg, k: i32) {
        self.alu(AluOp::Mov, dst, Operand::Imm(k));
    }
    fn mov(&mut self, dst: Reg, src: Reg) {
        self.alu(AluOp::Mov, dst, Operand::Reg(src));
    }
    fn load(&mut self, size: Size, dst: Reg, src: Reg, off: i16) {
        self.i(Insn::Load {
            size,
            sign_extend: false,
            dst,
            src,
            off,
        });
    }
    fn store(&mut self, size: Size, dst: Reg, off: i16, src: Operand) {
        self.i(Insn::Store {
            size,
            dst,
            off,
            src,
        });
    }
    fn call(&mut self, id: i32) {
        self.i(Insn::Call(CallKind::Helper(id)));
    }
    fn jmp_imm(&mut self, cond: JmpCond, dst: Reg, k: i32, off: i16) {
        self.i(Insn::JmpIf {
            cond,
            width: Width::W64,
            dst,
            src: Operand::Imm(k),
            off,
        });
    }
    /// `dst = sock_map ll`, marked `BPF_PSEUDO_MAP_FD` as the loader passes it.
    fn map(&mut self, dst: Reg) {
        let at = self.insns.len();
        self.refs.push(at);
        self.i(Insn::LdImm64 {
            dst,
            kind: LdImmKind::Imm,
            imm: 0,
            imm_hi: 0,
        });
        self.insns[at].src = 1;
    }

    /// The key at fp-4 (`key`, or else already stored there) looked up in sock_map,
    /// NULL-checked, assigned and released; returns SK_PASS, or SK_DROP when the socket is
    /// missing. 18 slots with a key, 17 without.
    fn steer(&mut self, key: Option<i32>) {
        if let Some(k) = key {
            self.store(Size::W, Reg::FP, -4, Operand::Imm(k));
        }
        self.mov(Reg::R2, Reg::FP);
        self.alu(AluOp::Add, Reg::R2, Operand::Imm(-4));
        self.map(Reg::R1);
        self.call(1); // bpf_map_lookup_elem
        self.jmp_imm(JmpCond::Eq, Reg::R0, 0, 9);
        self.mov(Reg::R9, Reg::R0);
        self.mov(Reg::R1, Reg::R6);
        self.mov(Reg::R2, Reg::R9);
        self.mov_imm(Reg::R3, 0);
        self.call(124); // bpf_sk_assign
        self.mov(Reg::R1, Reg::R9);
        self.call(86); // bpf_sk_release
        self.mov_imm(Reg::R0, 1);
        self.i(Insn::Exit);
        self.mov_imm(Reg::R0, 0);
        self.i(Insn::Exit);
    }

    fn done(self, name: String) -> Prog {
        Prog {
            name,
            insns: self.insns,
            maps: vec![SOCK_MAP],
            refs: self.refs.into_iter().map(|slot| (slot, 0)).collect(),
        }
    }
}

/// The seeded generator of the project (proggen's xorshift64*).
struct Rng(proggen::Rng);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0.below(n)
    }
    fn imm(&mut self) -> i32 {
        self.0.next_u64() as i32
    }
}

/// Scalar registers of the generated code: r6 holds the context, r9 the socket, r10 is the
/// frame pointer.
const SCALARS: [Reg; 7] = [
    Reg::R0,
    Reg::R1,
    Reg::R2,
    Reg::R3,
    Reg::R4,
    Reg::R5,
    Reg::R7,
];
/// Context fields read as u32: family, protocol, remote_ip4, remote_port, local_ip4,
/// local_port, ingress_ifindex.
const CTX_U32: [i16; 7] = [8, 12, 16, 36, 40, 60, 64];

/// One branch-free step of a hash over the context: a load, ALU, a byte swap, a spill or a
/// fill (slots fp-8..fp-64, all written by the prologue).
fn hash_step(e: &mut Emit, r: &mut Rng) {
    let pick = |r: &mut Rng| SCALARS[r.below(SCALARS.len() as u64) as usize];
    let d = pick(r);
    match r.below(10) {
        0 | 1 => {
            let off = CTX_U32[r.below(CTX_U32.len() as u64) as usize];
            e.load(Size::W, d, Reg::R6, off);
        }
        2..=5 => {
            let ops = [AluOp::Add, AluOp::Xor, AluOp::Mul, AluOp::Or, AluOp::Sub];
            let op = ops[r.below(ops.len() as u64) as usize];
            let src = if r.below(2) == 0 {
                Operand::Reg(pick(r))
            } else {
                Operand::Imm(r.imm())
            };
            e.alu(op, d, src);
        }
        6 => {
            // No arithmetic shift: `s>>= 63` makes [-1, 0], and a later `|=` or `&=` on
            // that makes 6.18 fork the walk (one path per value), which is no longer
            // straight-line work.
            let op = [AluOp::Lsh, AluOp::Rsh][r.below(2) as usize];
            e.alu(op, d, Operand::Imm(r.below(64) as i32));
        }
        7 => e.i(Insn::Endian {
            kind: EndianKind::Be,
            bits: 32,
            dst: d,
        }),
        8 => e.store(
            Size::DW,
            Reg::FP,
            -8 * (1 + r.below(8) as i16),
            Operand::Reg(d),
        ),
        _ => e.load(Size::DW, d, Reg::FP, -8 * (1 + r.below(8) as i16)),
    }
}

/// Every scalar register and the eight hash slots written, r6 = ctx.
fn prologue(e: &mut Emit) {
    e.mov(Reg::R6, Reg::R1);
    for (k, reg) in SCALARS.iter().enumerate() {
        e.mov_imm(*reg, k as i32);
    }
    for s in 1..=8 {
        e.store(Size::DW, Reg::FP, -8 * s, Operand::Imm(s as i32));
    }
}

/// `n` slots: a branch-free hash over the context fields, its low bits as the sock_map key.
fn straight(n: usize) -> Prog {
    let mut r = Rng(proggen::Rng::new(0x5712_a167 + n as u64));
    let mut e = Emit::default();
    prologue(&mut e);
    let tail = 3 + 17;
    while e.insns.len() + tail < n {
        hash_step(&mut e, &mut r);
    }
    e.mov(Reg::R2, Reg::R4);
    e.alu(AluOp::And, Reg::R2, Operand::Imm(3));
    e.store(Size::W, Reg::FP, -4, Operand::Reg(Reg::R2));
    e.steer(None);
    e.done(format!("straight {}", label(n)))
}

/// One steering rule (25 slots): "local_ip4 & mask == net and local_port == port → the
/// socket at key `k`", or on to the next rule.
fn rule(e: &mut Emit, r: &mut Rng, k: i32) {
    let port = 1 + r.below(65535) as i32;
    let mask = [0x00ff_ffff, 0x0000_ffff, -1][r.below(3) as usize];
    let net = r.imm() & mask;
    e.mov(Reg::R2, Reg::R8);
    e.alu(AluOp::And, Reg::R2, Operand::Imm(mask));
    e.alu(AluOp::Xor, Reg::R2, Operand::Imm(net));
    e.mov(Reg::R3, Reg::R7);
    e.alu(AluOp::Xor, Reg::R3, Operand::Imm(port));
    e.alu(AluOp::Or, Reg::R2, Operand::Reg(Reg::R3));
    // One branch per rule: the kernel pushes the next rule and walks this one to its exits
    // first, so that its pending branches stay few.
    e.jmp_imm(JmpCond::Ne, Reg::R2, 0, 18);
    e.steer(Some(k));
}

/// `n` slots of rules one after the other, then SK_PASS.
fn branchy(n: usize) -> Prog {
    let mut r = Rng(proggen::Rng::new(0xb4a9_c400 + n as u64));
    let mut e = Emit::default();
    e.mov(Reg::R6, Reg::R1);
    e.load(Size::W, Reg::R7, Reg::R6, 60); // local_port
    e.load(Size::W, Reg::R8, Reg::R6, 40); // local_ip4
    let mut k = 0;
    while e.insns.len() + 25 + 2 <= n {
        rule(&mut e, &mut r, k % 4);
        k += 1;
    }
    while e.insns.len() + 2 < n {
        e.mov_imm(Reg::R4, k);
    }
    e.mov_imm(Reg::R0, 1);
    e.i(Insn::Exit);
    e.done(format!("branchy {}", label(n)))
}

fn label(n: usize) -> String {
    format!("{}k", n / 1000)
}

/// The programs of `examples/*.s`, assembled, with their maps.
fn examples() -> Vec<Prog> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("examples/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "s"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let src = std::fs::read_to_string(p).expect("read the example");
            let prep = speccase::corpus::prepare(&src, &name).unwrap_or_else(|e| panic!("{e}"));
            let mut insns = prep.insns.clone();
            let maps = prep
                .maps
                .iter()
                .map(|d| MapDesc {
                    map_type: d.map_type.id(),
                    key_size: d.key_size,
                    value_size: d.value_size,
                    max_entries: d.max_entries,
                    flags: d.flags,
                })
                .collect();
            let refs = prep
                .map_refs
                .iter()
                .map(|(slot, n)| {
                    insns[*slot].src = 1;
                    let i = prep.maps.iter().position(|m| &m.name == n);
                    (*slot, i.expect("map_refs name declared maps"))
                })
                .collect();
            Prog {
                name,
                insns,
                maps,
                refs,
            }
        })
        .collect()
}

fn programs(sizes: &[usize]) -> Vec<Prog> {
    let mut v = examples();
    for &n in sizes {
        v.push(straight(n));
        v.push(branchy(n));
    }
    v
}

// ---------------------------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------------------------

/// What one side found about a program.
struct Side {
    time: Duration,
    processed: u64,
    /// Ours: peak heap bytes; the kernel: `peak_states`.
    peak: u64,
}

fn ours_once(p: &Prog, profile: KernelProfile) -> Result<verifier::Verified, String> {
    verify(&p.insns, &p.map_infos(), profile, Privilege::Root, true).map_err(|e| e.to_string())
}

fn ours(p: &Prog, profile: KernelProfile, runs: usize) -> Result<Side, String> {
    // On a thread of its own: the verifier keeps its per-slot buffers per thread for the
    // next call, and a first call on a fresh thread allocates all of them.
    let (v, peak) = std::thread::scope(|s| {
        std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn_scoped(s, || {
                peak_heap(|| ours_once(p, profile).map(|v| v.processed()))
            })
            .expect("a thread for the peak-heap run")
            .join()
            .expect("verify panicked")
    });
    let processed = v?;
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            let r = ours_once(p, profile);
            let d = t.elapsed();
            drop(r);
            d
        })
        .collect();
    times.sort();
    Ok(Side {
        time: times[times.len() / 2],
        processed,
        peak: peak as u64,
    })
}

/// `peak_states N` of the statistics line.
fn peak_states(log: &str) -> Option<u64> {
    let rest = log.split("peak_states ").nth(1)?;
    rest.split_whitespace().next()?.parse().ok()
}

fn kernel_once(p: &Prog, maps: &[kernel::Map]) -> Result<Side, String> {
    let bindings: Vec<(usize, &kernel::Map)> =
        p.refs.iter().map(|&(slot, i)| (slot, &maps[i])).collect();
    let opts = kernel::LoadOptions {
        log_level: 0,
        stats: true,
        initial_log_size: 4096,
        ..kernel::LoadOptions::default()
    };
    let out = kernel::load(&p.insns, &bindings, &opts).map_err(|e| e.to_string())?;
    if !out.accepted() {
        return Err(format!(
            "the kernel rejects it: {}",
            out.message().unwrap_or_default()
        ));
    }
    Ok(Side {
        time: Duration::from_micros(out.verification_time_usec().ok_or("no verification time")?),
        processed: out.processed_insns().unwrap_or(0),
        peak: peak_states(&out.log).unwrap_or(0),
    })
}

fn kernel_maps(p: &Prog) -> Result<Vec<kernel::Map>, String> {
    p.maps
        .iter()
        .map(|m| {
            let spec = kernel::MapSpec::new(
                kernel::MapType::from_id(m.map_type),
                m.key_size,
                m.value_size,
                m.max_entries,
            )
            .with_flags(m.flags);
            kernel::Map::create(&spec).map_err(|e| format!("create a map: {e}"))
        })
        .collect()
}

fn kernel_side(p: &Prog, runs: usize) -> Result<Side, String> {
    kernel::availability().map_err(|e| e.to_string())?;
    let maps = kernel_maps(p)?;
    let mut v = Vec::new();
    for _ in 0..runs {
        v.push(kernel_once(p, &maps)?);
    }
    v.sort_by_key(|s| s.time);
    Ok(v.swap_remove(v.len() / 2))
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

fn fmt_dur(d: Duration) -> String {
    let us = d.as_secs_f64() * 1e6;
    if us >= 1e4 {
        format!("{:.1} ms", us / 1e3)
    } else {
        format!("{us:.0} µs")
    }
}

fn fmt_bytes(b: u64) -> String {
    if b >= 1 << 20 {
        format!("{:.1} MiB", b as f64 / (1 << 20) as f64)
    } else {
        format!("{:.1} KiB", b as f64 / 1024.0)
    }
}

/// One summary row; the ratio is the kernel's time over ours ("× faster").
fn row(p: &Prog, o: &Side, k: &Result<Side, String>) -> String {
    let ours = format!(
        "{:<14} {:>7} {:>10} {:>9} {:>10}",
        p.name,
        p.insns.len(),
        fmt_dur(o.time),
        o.processed,
        fmt_bytes(o.peak)
    );
    match k {
        Ok(k) => format!(
            "{ours} {:>10} {:>9} {:>7} {:>8.1}×",
            fmt_dur(k.time),
            k.processed,
            k.peak,
            k.time.as_secs_f64() / o.time.as_secs_f64().max(1e-9)
        ),
        Err(e) => format!("{ours}  kernel: {e}"),
    }
}

const HEADER: &str = "program          slots       ours processed peak heap     kernel processed  states  kernel/ours";

fn env_num(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

/// Checks that both sides accept every program and prints the table.
fn table(progs: &[Prog], profile: KernelProfile, runs: usize) {
    println!("verify beside the kernel ({profile}, root, median of {runs}):");
    println!("{HEADER}");
    for p in progs {
        let o = ours(p, profile, runs).unwrap_or_else(|e| panic!("{}: ours: {e}", p.name));
        let k = kernel_side(p, runs);
        if let Err(e) = &k {
            assert!(
                !e.contains("rejects"),
                "{}: {e} (ours accepts: a false accept)",
                p.name
            );
        }
        println!("{}", row(p, &o, &k));
    }
}

/// `VERIFIER_BENCH_LOOP=<text>`: only `verify`, `runs` times on each program whose name
/// contains the text, without the kernel or criterion (for `perf` and `callgrind`).
fn profile_loop(progs: &[Prog], name: &str, profile: KernelProfile, runs: usize) {
    for p in progs.iter().filter(|p| p.name.contains(name)) {
        let t = Instant::now();
        for _ in 0..runs {
            if let Err(e) = ours_once(p, profile) {
                println!("{}: ours: {e}", p.name);
                return;
            }
        }
        println!(
            "{}: {} per verify",
            p.name,
            fmt_dur(t.elapsed() / runs as u32)
        );
    }
}

fn main() {
    let bench_mode = std::env::args().any(|a| a == "--bench");
    let profile = kernel::host_profile().unwrap_or(KernelProfile::LATEST);
    if !bench_mode {
        // `cargo test --benches`: the machinery on the small programs, once.
        table(&programs(&[1_000]), profile, 1);
        return;
    }
    let runs = env_num("VERIFIER_BENCH_RUNS", 5).max(1);
    let progs = programs(&[1_000, 10_000, 100_000]);
    if let Ok(name) = std::env::var("VERIFIER_BENCH_LOOP") {
        profile_loop(&progs, &name, profile, runs);
        return;
    }
    table(&progs, profile, runs);
    let mut c = Criterion::default().configure_from_args();
    let mut g = c.benchmark_group("verify");
    g.sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    for p in &progs {
        g.bench_function(&p.name, |b| b.iter(|| ours_once(p, profile)));
    }
    g.finish();
    c.final_summary();
}
