//! `cargo bench -p vm`: ns per run of the examples and of a SOCKMAP and a SOCKHASH steering
//! program (a hit and a miss each) on `interp` and `jit`, beside the live kernel's
//! `BPF_PROG_TEST_RUN` ns/run (`repeat`) for the same program and tuple, measured in the same
//! run; then a table with the ratios.
//!
//! Every case is verified by our verifier, loaded into the kernel with a real SOCKMAP or
//! SOCKHASH of real sockets, and checked before timing: the kernel, `interp` and `jit` give
//! the same verdict and selected socket, and `jit` ran natively with `interp`'s whole
//! outcome. The VM side is a `vm::Prepared` run (programs, maps and stacks set up once;
//! `run_repeat`: the context input set up once, then per run the programs and the run
//! array's verdict and selection, no report; criterion's figures are per 100 runs), the
//! kernel side `bpf_prog_test_run` of the program alone, as the kernel times it (its
//! context is built before its timed loop, each run resets the selection and runs the
//! run array: net/bpf/test_run.c); a
//! last column is the whole `vm::run` (set-up, delivery and the report included) on the
//! interpreter. The VM's timings are the thread's CPU time (`clock_gettime`, the crate's
//! only `unsafe` outside `jit`), as the kernel's timer leaves out the time its task is
//! rescheduled. `VM_BENCH_CASE=<text>` times only the cases whose name contains it;
//! `VM_BENCH_PROFILE=jit` (or `interp`) only runs that engine's repeated runs
//! (`VM_BENCH_PROFILE_RUNS`, default 20 million, per case; for `perf record` or
//! callgrind), no timing and no table. Without
//! `--bench` (as under `cargo test --benches`) each timing is one short batch.

use criterion::Criterion;
use skctx::net::{SocketDesc, Tuple};
use skctx::world::little_endian;
use skctx::{KernelProfile, MapType, Privilege, Verdict};
use speccase::corpus::{prepare, Prepared};
use vm::jit::Jit;
use vm::{Engine, MapDef, Outcome, Program, RunOptions, World};

/// The steering programs: `ctx->local_port` is the key of the map; a hit is assigned.
const STEER: &str = r#"
.license "GPL"
.skmap steer, type=MAP, key=4, value=8, max_entries=1024

.program steer
    r6 = r1
    r2 = *(u32 *)(r6 + 60)          # ctx->local_port
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = steer ll
    call bpf_map_lookup_elem
    if r0 == 0 goto pass
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call bpf_sk_assign
    r1 = r7
    call bpf_sk_release
pass:
    r0 = 1
    exit
"#;

/// One timed case: a program, its map's entries (key, socket) and the tuple.
struct Case {
    name: &'static str,
    source: String,
    map_type: MapType,
    entries: &'static [(u32, &'static str)],
    tuple: &'static str,
}

const SOCKETS: [(&str, &str); 4] = [
    ("proxy", "tcp listen 127.0.0.1:3128"),
    ("nginx", "tcp listen 127.0.0.1:8080"),
    ("web", "tcp listen 127.0.0.1:8081"),
    ("dns", "udp 127.0.0.1:5353"),
];

fn cases() -> Vec<Case> {
    let example = |f: &str| {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/");
        std::fs::read_to_string(format!("{dir}{f}")).expect("example source")
    };
    let steer = |t: &str| STEER.replace("type=MAP", &format!("type={t}"));
    vec![
        Case {
            name: "proxy-any-port (hit)",
            source: example("proxy-any-port.s"),
            map_type: MapType::SockMap,
            entries: &[(0, "proxy")],
            tuple: "tcp 10.0.0.1:4242 -> 198.51.100.1:443",
        },
        Case {
            name: "proxy-any-port (other address)",
            source: example("proxy-any-port.s"),
            map_type: MapType::SockMap,
            entries: &[(0, "proxy")],
            tuple: "tcp 10.0.0.1:4242 -> 192.0.2.1:443",
        },
        Case {
            name: "steer-http (hit)",
            source: example("steer-http.s"),
            map_type: MapType::SockMap,
            entries: &[(0, "nginx")],
            tuple: "tcp 10.0.0.1:4242 -> 192.0.2.1:80",
        },
        Case {
            name: "sockmap steering (hit)",
            source: steer("sockmap"),
            map_type: MapType::SockMap,
            entries: &[(80, "web"), (53, "dns")],
            tuple: "tcp 10.0.0.1:4242 -> 192.0.2.1:80",
        },
        Case {
            name: "sockmap steering (miss)",
            source: steer("sockmap"),
            map_type: MapType::SockMap,
            entries: &[(80, "web"), (53, "dns")],
            tuple: "tcp 10.0.0.1:4242 -> 192.0.2.1:81",
        },
        Case {
            name: "sockhash steering (hit)",
            source: steer("sockhash"),
            map_type: MapType::SockHash,
            entries: &[(80, "web"), (53, "dns")],
            tuple: "tcp 10.0.0.1:4242 -> 192.0.2.1:80",
        },
        Case {
            name: "sockhash steering (miss)",
            source: steer("sockhash"),
            map_type: MapType::SockHash,
            entries: &[(80, "web"), (53, "dns")],
            tuple: "tcp 10.0.0.1:4242 -> 192.0.2.1:81",
        },
    ]
}

fn desc(name: &str) -> SocketDesc {
    let (n, d) = SOCKETS.iter().find(|(n, _)| *n == name).expect("socket");
    d.parse::<SocketDesc>().expect("socket").named(n)
}

/// The case's program (verified by our verifier) and world.
fn vm_side(case: &Case, p: &Prepared) -> (Program, World) {
    let m = &p.maps[0];
    let info = verifier::MapInfo {
        slot: 0,
        id: 0,
        map_type: m.map_type.id(),
        key_size: m.key_size,
        value_size: m.value_size,
        max_entries: m.max_entries,
        flags: m.flags,
        frozen: None,
        ..Default::default()
    };
    let infos: Vec<_> = p
        .map_refs
        .iter()
        .map(|(slot, _)| verifier::MapInfo {
            slot: *slot,
            ..info.clone()
        })
        .collect();
    let insns = vm::bind_map_refs(&p.insns, &p.map_refs);
    let proof = verifier::verify(&insns, &infos, KernelProfile::LATEST, Privilege::Root, true)
        .expect("the bench's programs verify");
    let prog = Program::verified(case.name, &insns, &p.map_refs, &proof).expect("proof");
    let mut world = World::new();
    for (n, _) in SOCKETS {
        world.add_socket(n, desc(n));
    }
    let def = MapDef {
        map_type: m.map_type,
        key_size: m.key_size,
        value_size: m.value_size,
        max_entries: m.max_entries,
        flags: m.flags,
    };
    let id = world.add_map(&m.name, def).expect("map");
    for (k, s) in case.entries {
        let v = skctx::world::EntryValue::Socket(s.to_string());
        world
            .put_entry(id, &little_endian(u64::from(*k), m.key_size), &v)
            .expect("entry");
    }
    (prog, world)
}

/// What the kernel says and how long it takes (ns/run over `repeat` runs), or why not.
fn kernel_side(case: &Case, p: &Prepared, repeat: u32) -> Result<(String, f64), String> {
    kernel::availability().map_err(|u| u.to_string())?;
    let descs: Vec<SocketDesc> = SOCKETS.iter().map(|(n, _)| desc(n)).collect();
    let set = kernel::SocketSet::open(&descs).map_err(|e| e.to_string())?;
    let m = &p.maps[0];
    let spec = kernel::MapSpec::new(case.map_type, m.key_size, m.value_size, m.max_entries);
    let map = kernel::Map::create(&spec).map_err(|e| e.to_string())?;
    for (k, s) in case.entries {
        let sock = set.by_name(s).ok_or("socket")?;
        map.set_socket(&k.to_ne_bytes(), sock)
            .map_err(|e| e.to_string())?;
    }
    let bind: Vec<(usize, &kernel::Map)> = p.map_refs.iter().map(|(s, _)| (*s, &map)).collect();
    let out = kernel::load(&p.insns, &bind, &kernel::LoadOptions::default())
        .map_err(|e| e.to_string())?;
    let prog = out.program.ok_or(format!("kernel refused: {}", out.log))?;
    let tuple: Tuple = case.tuple.parse().expect("tuple");
    let r = kernel::test_run(&prog, &tuple, repeat, Some(&set)).map_err(|e| e.to_string())?;
    let name = r.selected.and_then(|s| s.name);
    let said = match r.retval {
        Some(1) => format!("pass {}", name.unwrap_or_default()),
        other => format!("{other:?}"),
    };
    Ok((said, f64::from(r.duration_ns.unwrap_or(0))))
}

fn said(o: &Outcome) -> String {
    match o.verdict {
        Verdict::Pass => format!(
            "pass {}",
            o.selected.as_ref().map_or("", |s| s.socket.as_str())
        ),
        Verdict::Drop => "Some(0)".into(),
    }
}

/// Nanoseconds of CPU time this thread has used (`CLOCK_THREAD_CPUTIME_ID`).
fn on_cpu_ns() -> u128 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; the call only writes it.
    let r = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(r, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)");
    ts.tv_sec as u128 * 1_000_000_000 + ts.tv_nsec as u128
}

/// Median ns/run of `batches` batches of `n` runs (`f(n)` runs them), counting the time
/// this thread ran (as `BPF_PROG_TEST_RUN` counts its own: its timer stops while the task
/// is rescheduled), so other processes on a loaded machine do not inflate one side.
fn ns_per_run(n: u32, batches: usize, mut f: impl FnMut(u32)) -> f64 {
    let mut t: Vec<f64> = (0..batches)
        .map(|_| {
            let start = on_cpu_ns();
            f(n);
            (on_cpu_ns() - start) as f64 / f64::from(n)
        })
        .collect();
    t.sort_by(f64::total_cmp);
    t[t.len() / 2]
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let (n, batches, repeat) = if full {
        (20_000, 7, 1_000_000)
    } else {
        (10, 1, 10)
    };
    let opts = RunOptions {
        test_run: true,
        ..RunOptions::new(KernelProfile::LATEST)
    };
    let mut criterion = Criterion::default().configure_from_args();
    let mut rows = Vec::new();
    // `VM_BENCH_CASE=<text>`: only the cases whose name contains it (for profiling one).
    let only = std::env::var("VM_BENCH_CASE").unwrap_or_default();
    for case in cases()
        .into_iter()
        .filter(|c| c.name.contains(only.as_str()))
    {
        let p = prepare(&case.source, case.name).expect("assembles");
        let (prog, mut world) = vm_side(&case, &p);
        let progs = std::slice::from_ref(&prog);
        let tuple: Tuple = case.tuple.parse().expect("tuple");
        let jit = Jit::compile(progs, &world);
        let i = vm::run(progs, &tuple, &mut world, &opts).expect("interp runs");
        let j = jit.run(progs, &tuple, &mut world, &opts).expect("jit runs");
        assert_eq!(j.engine, Engine::Jit, "{}: jit fell back", case.name);
        assert_eq!(
            i,
            Outcome {
                engine: i.engine,
                ..j
            },
            "{}",
            case.name
        );
        let kernel = kernel_side(&case, &p, repeat);
        if let Ok((k, _)) = &kernel {
            assert_eq!(*k, said(&i), "{}: kernel and vm disagree", case.name);
        }
        let mut interp = vm::Prepared::new(progs, &world).expect("maps");
        let mut native = vm::Prepared::new(progs, &world)
            .expect("maps")
            .with_jit(&jit);
        for p in [&mut interp, &mut native] {
            let b = p.run_repeat(&tuple, &mut world, &opts, 3).expect("runs");
            let sel = b.selected.map(|s| world.sockets[s].name.clone());
            assert_eq!(
                (b.verdict, sel.as_ref()),
                (i.verdict, i.selected.as_ref().map(|s| &s.socket)),
                "{}: brief and whole runs disagree",
                case.name
            );
        }
        if let Ok(engine) = std::env::var("VM_BENCH_PROFILE") {
            let p = if engine == "jit" {
                &mut native
            } else {
                &mut interp
            };
            let runs = std::env::var("VM_BENCH_PROFILE_RUNS")
                .ok()
                .and_then(|n| n.parse().ok())
                .unwrap_or(20_000_000);
            let _ = p.run_repeat(&tuple, &mut world, &opts, runs);
            continue;
        }
        let mut group = criterion.benchmark_group(case.name);
        group.bench_function("interp", |b| {
            b.iter(|| interp.run_repeat(&tuple, &mut world, &opts, 100))
        });
        group.bench_function("jit", |b| {
            b.iter(|| native.run_repeat(&tuple, &mut world, &opts, 100))
        });
        group.finish();
        let ti = ns_per_run(n, batches, |n| {
            let _ = interp.run_repeat(&tuple, &mut world, &opts, n);
        });
        let tj = ns_per_run(n, batches, |n| {
            let _ = native.run_repeat(&tuple, &mut world, &opts, n);
        });
        let whole = ns_per_run(n, batches, |n| {
            for _ in 0..n {
                let _ = vm::run(progs, &tuple, &mut world, &opts);
            }
        });
        rows.push((case.name, said(&i), kernel, ti, tj, whole));
    }
    println!(
        "\nns/run (median of {batches} batches of {n}; kernel: BPF_PROG_TEST_RUN repeat={repeat})"
    );
    println!(
        "{:<32} {:<12} {:>7} {:>7} {:>7} {:>11} {:>13} {:>13}",
        "case", "result", "kernel", "interp", "jit", "jit/kernel", "interp/kernel", "vm::run whole"
    );
    for (name, res, kernel, ti, tj, whole) in rows {
        let (k, jk, ik) = match &kernel {
            Ok((_, k)) => (
                format!("{k:.0}"),
                format!("{:.2}", tj / k),
                format!("{:.2}", ti / k),
            ),
            Err(why) => {
                println!("SKIPPED kernel column for {name}: {why}");
                ("-".into(), "-".into(), "-".into())
            }
        };
        println!("{name:<32} {res:<12} {k:>7} {ti:>7.0} {tj:>7.0} {jk:>11} {ik:>13} {whole:>13.0}");
    }
}
