//! `struct bpf_sock` loads of `rx_queue_mapping` (the one field `tests/skctx_kernel.rs`
//! leaves out, since a socket description does not set it) on the interpreter against the
//! live kernel: every size, plain and sign-extending, on a TCP listener and a UDP socket
//! (both unset). The kernel's program stores its load in an ARRAY map, which must hold the
//! interpreter's value; then a program comparing the load with that value (a 64-bit
//! compare), verified by our verifier for the running kernel, must return what the kernel's
//! test run returns. On 6.19.14 the kernel's verifier takes a 2-byte load to be in
//! `[0, 0xffff]` where the load gives all ones, and hard-wires the compare: the VM runs the
//! jump as the kernel rewrote it (`vm::Program::verified`).
#![forbid(unsafe_code)]
// The kernel crate is Linux only.
#![cfg(target_os = "linux")]

mod common;

use vm::{Program, RunOptions, World};

fn program(load: &str, tail: &str) -> speccase::corpus::Prepared {
    let src = format!(
        ".skmap m, type=sockmap, key=4, value=4, max_entries=1
.skmap out, type=array, key=4, value=8, max_entries=1
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = m ll
    call 1
    if r0 == 0 goto none
    r7 = r0
    {load}
    r1 = r7
    call 86
{tail}
none:
    r0 = 0
    exit
"
    );
    speccase::corpus::prepare(&src, "sock.s").expect("assembles")
}

/// The kernel program's tail: the load's value into `out[0]`.
const STORE: &str = "    r2 = r10
    r2 += -4
    r1 = out ll
    call 1
    if r0 == 0 goto none
    *(u64 *)(r0 + 0) = r8
    r0 = 1
    exit";

/// The world of both programs: the socket in `m`, an empty `out`.
fn world(sock: &str) -> World {
    let mut world = World::new();
    let def = |map_type, value_size| vm::MapDef {
        map_type,
        key_size: 4,
        value_size,
        max_entries: 1,
        flags: 0,
    };
    let id = world
        .add_map("m", def(skctx::MapType::SockMap, 4))
        .expect("map");
    world
        .add_map("out", def(skctx::MapType::Array, 8))
        .expect("map");
    world.add_socket("s", sock.parse().expect("socket"));
    world
        .put_entry(id, &[0; 4], &skctx::world::EntryValue::Socket("s".into()))
        .expect("entry");
    world
}

/// `p` verified by our verifier for `profile` (root), as `skvm run` runs it.
fn verified(p: &speccase::corpus::Prepared, profile: skctx::KernelProfile) -> Program {
    let infos = casemaps::map_infos(p);
    let insns = vm::bind_map_refs(&p.insns, &p.map_refs);
    let proof = verifier::verify(&insns, &infos, profile, skctx::Privilege::Root, true)
        .unwrap_or_else(|e| panic!("our verifier refuses the compare program: {e:?}"));
    Program::verified("compare", &insns, &p.map_refs, &proof).expect("proof")
}

/// The kernel's test run of `p` on the tuple, its maps `m` and `out`.
fn kernel_run(
    p: &speccase::corpus::Prepared,
    maps: (&kernel::Map, &kernel::Map),
    tuple: &str,
) -> Option<u32> {
    let bind: Vec<_> = (p.map_refs.iter())
        .map(|(s, name)| (*s, if name == "m" { maps.0 } else { maps.1 }))
        .collect();
    let out = kernel::load(&p.insns, &bind, &kernel::LoadOptions::default()).expect("load");
    let prog = (out.program).unwrap_or_else(|| panic!("rejected\n{}", out.log));
    let r = kernel::test_run(&prog, &tuple.parse().expect("tuple"), 1, None).expect("test run");
    r.retval
}

#[test]
fn unset_rx_queue_mapping_reads_as_the_kernel_reads_it() {
    if let Err(u) = kernel::availability() {
        use std::io::Write;
        let _ = std::io::stderr().write_all(
            format!("SKIPPED unset_rx_queue_mapping_reads_as_the_kernel_reads_it: {u}\n")
                .as_bytes(),
        );
        return;
    }
    // Sign-extending loads are cpu v4 (6.6 on): older kernels refuse them at load.
    let profile = kernel::host_profile().expect("the host probe answers");
    let extensions: &[bool] = if profile.has_cpu_v4() {
        &[false, true]
    } else {
        &[false]
    };
    let (mut checked, mut hard_wired) = (0, 0);
    for (sock, tuple) in [
        ("tcp listen 127.0.0.1:80", "tcp 10.0.0.1:1 -> 127.0.0.1:80"),
        ("udp 127.0.0.1:53", "udp 10.0.0.1:1 -> 127.0.0.1:53"),
    ] {
        let set = kernel::SocketSet::open(&[sock.parse().expect("socket")]).expect("open");
        let kmap = kernel::Map::create(&kernel::MapSpec::sockmap(1)).expect("map");
        kmap.set_socket_at(0, set.get(0).expect("socket"))
            .expect("put");
        let kout = kernel::Map::create(&kernel::MapSpec::array(8, 1)).expect("map");
        for size in ["8", "16", "32"] {
            for &sx in extensions {
                let load = format!("r8 = *({}{size} *)(r7 + 76)", if sx { 's' } else { 'u' });
                let run = |prog: Program| {
                    common::run_both(
                        &[prog],
                        &tuple.parse().expect("tuple"),
                        &mut world(sock),
                        &RunOptions::new(profile),
                    )
                    .expect("runs")
                    .retval
                };
                // The interpreter's value of the load.
                let p = program(&load, "    r0 = r8\n    exit");
                let ours = run(Program::unverified("sock", &p.insns, &p.map_refs));
                // The kernel's, stored where no branch depends on it.
                let p = program(&load, STORE);
                assert_eq!(
                    kernel_run(&p, (&kmap, &kout), tuple),
                    Some(1),
                    "{sock}: `{load}`"
                );
                let stored = kout.lookup(&[0; 4]).expect("lookup").expect("out[0]");
                let theirs = u64::from_le_bytes(stored.try_into().expect("8 bytes"));
                assert_eq!(
                    theirs, ours,
                    "{sock}: `{load}`: the kernel's value {theirs:#x} is not the interpreter's {ours:#x}"
                );
                // A branch on it, as the kernel's verifier leaves it.
                let tail = format!(
                    "    r9 = {ours:#x} ll\n    if r8 != r9 goto none\n    r0 = 1\n    exit"
                );
                let p = program(&load, &tail);
                let kernel = kernel_run(&p, (&kmap, &kout), tuple);
                let vm = run(verified(&p, profile));
                assert_eq!(
                    kernel,
                    Some(vm as u32),
                    "{sock}: `{load}` compared with {ours:#x}: the kernel returns {kernel:?}, the VM {vm}"
                );
                hard_wired += usize::from(vm == 0);
                checked += 1;
            }
        }
    }
    say_line(format!(
        "sock_kernel: {checked} rx_queue_mapping loads agree with the live kernel, and as many compares with the verified program ({hard_wired} hard-wired by the verifier's ranges)"
    ));
}

/// The tests above inside each cached kernel image (Debian 6.1 and 6.12): the interpreter
/// and the jit against those kernels too.
#[test]
fn sock_kernel_tests_pass_in_each_kernel_image() {
    common::passes_in_each_kernel_image(
        "vm/sock_kernel",
        "sock_kernel_tests_pass_in_each_kernel_image",
        &["sock_kernel:"],
    );
}

/// Writes one line to stderr past libtest's capture (which keeps `eprintln!` output of a
/// passing test), so that the test's summary shows in `cargo test`'s output.
fn say_line(line: impl std::fmt::Display) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "{line}");
}
