//! Generated SK_LOOKUP programs (`proggen`) that the live kernel accepts give the same
//! verdict and selected socket under the kernel's `BPF_PROG_TEST_RUN` and on the
//! interpreter, for TCP/UDP and IPv4/IPv6 tuples, with their SOCKMAP holding real sockets.
//! Each program runs on four fixed tuples and `VM_PROGGEN_EXTRA_TUPLES` (default 2) drawn from
//! tuples users may give (ports 0 and 65535, IPv4-mapped, scoped, multicast, broadcast); the
//! map's fourth socket is one per seed (connected, established, dual-stack, v6only).
//! Programs that call helpers whose result differs between two machines (time, random, CPU
//! number) are left out.
#![forbid(unsafe_code)]
// The kernel crate is Linux only.
#![cfg(target_os = "linux")]

mod common;

use isa::{CallKind, Insn};
use skctx::net::{SocketDesc, Tuple};
use skctx::world::little_endian;
use skctx::{KernelProfile, MapType, Verdict};
use vm::{MapDef, Program, RunOptions, World};

const SOCKETS: [(&str, &str); 3] = [
    ("t4", "tcp listen 127.0.0.1:80"),
    ("u4", "udp 0.0.0.0:53"),
    ("t6", "tcp listen [::]:443 v6only"),
];

/// The sock map's fourth socket, one per seed (`VM_SEED`): sockets `bpf_sk_assign` refuses
/// or takes only for some tuples (connected, established, dual-stack, v6only UDP).
const FOURTH: [(&str, &str); 5] = [
    ("u6", "udp [::]:53"),
    (
        "e4",
        "tcp established 127.0.0.1:40000 connected=127.0.0.1:80",
    ),
    ("c4", "udp 127.0.0.1:5353 connected=127.0.0.1:9"),
    ("u6o", "udp [::1]:53 v6only"),
    ("c6", "udp [::1]:5353 connected=[::1]:9"),
];

/// The sockets of the run: [`SOCKETS`] and the seed's fourth.
fn sockets(seed: u64) -> Vec<(&'static str, &'static str)> {
    let mut all = SOCKETS.to_vec();
    all.push(FOURTH[(seed % FOURTH.len() as u64) as usize]);
    all
}

/// The lookups each program runs on: the first four always, then `EXTRA_TUPLES` (default 2)
/// drawn from the rest: what a user may give (remote port 0 and an unspecified remote, port
/// 65535, IPv4-mapped and scoped IPv6, loopback and wildcard destinations, multicast and
/// broadcast addresses, a tuple from an address to itself), which the test run takes as given.
const TUPLES: [&str; 16] = [
    "tcp 10.0.0.1:4242 -> 192.0.2.10:80",
    "udp 10.0.0.1:53 -> 192.0.2.10:53",
    "tcp [2001:db8::1]:4242 -> [2001:db8::2]:443",
    "udp [2001:db8::1]:1 -> [2001:db8::2]:65535",
    "tcp 0.0.0.0:0 -> 127.0.0.1:80",
    "udp 255.255.255.255:65535 -> 0.0.0.0:53",
    "tcp [::ffff:10.0.0.1]:1 -> [::ffff:127.0.0.1]:80",
    "udp [::ffff:10.0.0.1]:53 -> [::ffff:192.0.2.10]:53",
    "udp [fe80::1%1]:53 -> [fe80::2%1]:53",
    "tcp [::]:65535 -> [::1]:443",
    "udp [::1]:53 -> [::]:0",
    "tcp 127.0.0.1:80 -> 127.0.0.1:80",
    "udp 224.0.0.1:5353 -> 224.0.0.251:5353",
    "tcp [ff02::1]:1 -> [ff02::fb]:443",
    "tcp 192.0.2.1:65535 -> 192.0.2.255:65535",
    "udp [::ffff:0.0.0.0]:0 -> [::ffff:255.255.255.255]:65535",
];

/// The lookups of one program: the four first tuples, then `extra` drawn from the others.
fn tuples_of(rng: &mut common::Rng, extra: usize) -> Vec<&'static str> {
    let mut rest: Vec<&str> = TUPLES[4..].to_vec();
    let mut out = TUPLES[..4].to_vec();
    for _ in 0..extra.min(rest.len()) {
        out.push(rest.swap_remove(rng.below(rest.len() as u64) as usize));
    }
    out
}

/// Helpers whose results are this machine's (time, random, CPU).
const MACHINE_DEPENDENT: [&str; 5] = [
    "ktime_get_ns",
    "ktime_get_boot_ns",
    "get_prandom_u32",
    "jiffies64",
    "get_smp_processor_id",
];

fn deterministic(p: &proggen::Program) -> bool {
    p.insns.iter().all(|i| match i {
        Insn::Call(CallKind::Helper(id)) => {
            skctx::helper_by_id(*id).is_some_and(|h| !MACHINE_DEPENDENT.contains(&h.name))
        }
        _ => true,
    })
}

fn vm_world(sockets: &[(&str, &str)]) -> World {
    let mut w = World::new();
    let m = proggen::SOCK_MAP;
    let def = MapDef {
        map_type: MapType::from_id(m.map_type).expect("sockmap"),
        key_size: m.key_size,
        value_size: m.value_size,
        max_entries: m.max_entries,
        flags: 0,
    };
    let id = w.add_map(m.name, def).expect("map");
    for (i, (name, desc)) in sockets.iter().enumerate() {
        w.add_socket(name, desc.parse().expect("socket"));
        let entry = skctx::world::EntryValue::Socket(name.to_string());
        w.put_entry(id, &little_endian(i as u64, m.key_size), &entry)
            .expect("entry");
    }
    w
}

/// `p` as `skvm run` runs it: verified by our verifier for `profile` (its dead branches
/// hard-wired as the kernel's are), else unverified; `true` when verified.
fn as_verified(
    p: &proggen::Program,
    raw: &[isa::RawInsn],
    refs: &[(usize, String)],
    profile: KernelProfile,
) -> (Program, bool) {
    let infos: Vec<verifier::MapInfo> = (p.maps.iter())
        .map(|m| verifier::MapInfo {
            slot: m.slot,
            id: 0,
            map_type: m.map.map_type,
            key_size: m.map.key_size,
            value_size: m.map.value_size,
            max_entries: m.map.max_entries,
            flags: 0,
            frozen: None,
            ..Default::default()
        })
        .collect();
    match verifier::verify(raw, &infos, profile, skctx::Privilege::Root, true) {
        Ok(proof) => (
            Program::verified("gen", raw, refs, &proof).expect("proof"),
            true,
        ),
        Err(_) => (Program::unverified("gen", raw, refs), false),
    }
}

fn said(errno: Option<skctx::Errno>, retval: Option<u64>, selected: Option<&str>) -> String {
    match (errno, retval) {
        (Some(e), _) => format!("errno {}", e.name().unwrap_or("?")),
        (None, Some(r)) => format!("retval {r}, selected {selected:?}"),
        (None, None) => "nothing".into(),
    }
}

#[test]
fn generated_programs_run_as_in_the_kernel() {
    if let Err(u) = kernel::availability() {
        use std::io::Write;
        let _ = std::io::stderr().write_all(
            format!("SKIPPED generated_programs_run_as_in_the_kernel: {u}\n").as_bytes(),
        );
        return;
    }
    let seed = common::seed(0x00c0_ffee);
    let sockets = sockets(seed);
    let descs: Vec<SocketDesc> = sockets
        .iter()
        .map(|(n, d)| d.parse::<SocketDesc>().expect("socket").named(n))
        .collect();
    let set = kernel::SocketSet::open(&descs).expect("sockets");
    let m = proggen::SOCK_MAP;
    let kmap = kernel::Map::create(&kernel::MapSpec::new(
        MapType::from_id(m.map_type).expect("sockmap"),
        m.key_size,
        m.value_size,
        m.max_entries,
    ))
    .expect("sockmap");
    for (i, (name, _)) in sockets.iter().enumerate() {
        kmap.set_socket_at(i as u32, set.by_name(name).expect("socket"))
            .expect("put socket");
    }
    let mut gen = proggen::Generator::new(seed);
    let host = kernel::host_profile().expect("the host probe answers");
    // The running kernel's release, as the verification: what a load gives differs between
    // releases (an unset `rx_queue_mapping`'s 4-byte load: 0xffffffff on 6.18.44, all ones
    // in the register on 6.18.0; VM_SEED=424242 with 1000 programs ran into it).
    let opts = RunOptions {
        test_run: true,
        ..RunOptions::new(host)
    };
    let (mut programs, mut runs, mut generated) = (0, 0, 0);
    let (mut verified, mut wired) = (0, 0);
    let mut bad = Vec::new();
    let wanted = common::env_count("VM_PROGGEN_PROGRAMS", 250);
    let extra = common::env_count("VM_PROGGEN_EXTRA_TUPLES", 2);
    let mut rng = common::Rng(seed | 1);
    while programs < wanted && generated < 12 * wanted {
        generated += 1;
        let p = gen.program();
        if !p.expect.accepts() || !deterministic(&p) {
            continue;
        }
        let refs: Vec<(usize, String)> = p
            .maps
            .iter()
            .map(|r| (r.slot, r.map.name.to_string()))
            .collect();
        let raw = vm::bind_map_refs(&p.raw(), &refs);
        let bind: Vec<(usize, &kernel::Map)> = p.maps.iter().map(|r| (r.slot, &kmap)).collect();
        let out = kernel::load(&p.raw(), &bind, &kernel::LoadOptions::default()).expect("load");
        let Some(kprog) = out.program else { continue };
        programs += 1;
        let (prog, ok) = as_verified(&p, &raw, &refs, host);
        verified += usize::from(ok);
        wired += usize::from(!prog.hard_wired.is_empty());
        for t in tuples_of(&mut rng, extra) {
            let tuple: Tuple = t.parse().expect("tuple");
            runs += 1;
            let k = kernel::test_run(&kprog, &tuple, 1, Some(&set)).expect("test run");
            let kname = k.selected.as_ref().and_then(|s| s.name.clone());
            let kernel = said(k.errno, k.retval.map(u64::from), kname.as_deref());
            let mut world = vm_world(&sockets);
            let ours =
                match common::run_both(std::slice::from_ref(&prog), &tuple, &mut world, &opts) {
                    Ok(o) => {
                        let sel = o.selected.as_ref().map(|s| s.socket.as_str());
                        let verdict = u64::from(o.verdict == Verdict::Pass);
                        said(vm::test_run_errno(&world, &o), Some(verdict), sel)
                    }
                    Err(t) => format!("trap: {t}"),
                };
            if kernel != ours {
                bad.push(format!(
                    "{t}: kernel {kernel}, interpreter {ours}\n{}",
                    p.to_text()
                ));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} of {runs} runs disagree:\n{}",
        bad.len(),
        bad[..bad.len().min(3)].join("\n---\n")
    );
    assert!(
        programs >= wanted * 2 / 5,
        "only {programs} programs of {generated}"
    );
    say_line(format!(
        "proggen_kernel: seed {seed:#x}: sockets {}; {programs} generated programs the kernel accepts ({verified} run as our verifier passed them, {wired} of them with a branch hard-wired), {runs} test runs agree with the interpreter (verdict, selection, errno); {}",
        sockets.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", "),
        common::native_share()
    ));
}

/// The tests above inside each cached kernel image (Debian 6.1 and 6.12): the interpreter
/// and the jit against those kernels too.
#[test]
fn proggen_kernel_tests_pass_in_each_kernel_image() {
    common::passes_in_each_kernel_image_with(
        "vm/proggen_kernel",
        "proggen_kernel_tests_pass_in_each_kernel_image",
        &["proggen_kernel:"],
        &[("VM_PROGGEN_PROGRAMS", "60")],
    );
}

/// Writes one line to stderr past libtest's capture (which keeps `eprintln!` output of a
/// passing test), so that the test's summary shows in `cargo test`'s output.
fn say_line(line: impl std::fmt::Display) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "{line}");
}
