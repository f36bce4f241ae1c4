//! `struct bpf_sock` loads of `rx_queue_mapping` (the one field `tests/skctx_kernel.rs`
//! leaves out, since a socket description does not set it) on the interpreter against the
//! live kernel: every size, plain and sign-extending, on a TCP listener and a UDP socket
//! (both unset). The interpreter's value is put into the kernel program, which returns 1
//! when its own load equals it (a 64-bit compare).
#![forbid(unsafe_code)]
// The kernel crate is Linux only.
#![cfg(target_os = "linux")]

mod common;

use vm::{Program, RunOptions, World};

fn program(load: &str, tail: &str) -> speccase::corpus::Prepared {
    let src = format!(
        ".skmap m, type=sockmap, key=4, value=4, max_entries=1
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
    let mut checked = 0;
    for (sock, tuple) in [
        ("tcp listen 127.0.0.1:80", "tcp 10.0.0.1:1 -> 127.0.0.1:80"),
        ("udp 127.0.0.1:53", "udp 10.0.0.1:1 -> 127.0.0.1:53"),
    ] {
        let set = kernel::SocketSet::open(&[sock.parse().expect("socket")]).expect("open");
        let kmap = kernel::Map::create(&kernel::MapSpec::sockmap(1)).expect("map");
        kmap.set_socket_at(0, set.get(0).expect("socket"))
            .expect("put");
        for size in ["8", "16", "32"] {
            for &sx in extensions {
                let load = format!("r8 = *({}{size} *)(r7 + 76)", if sx { 's' } else { 'u' });
                // The interpreter's value of the load.
                let p = program(&load, "    r0 = r8\n    exit");
                let mut world = World::new();
                let def = vm::MapDef {
                    map_type: skctx::MapType::SockMap,
                    key_size: 4,
                    value_size: 4,
                    max_entries: 1,
                    flags: 0,
                };
                let id = world.add_map("m", def).expect("map");
                world.add_socket("s", sock.parse().expect("socket"));
                world
                    .put_entry(id, &[0; 4], &skctx::world::EntryValue::Socket("s".into()))
                    .expect("entry");
                let prog = Program::unverified("sock", &p.insns, &p.map_refs);
                let ours = common::run_both(
                    &[prog],
                    &tuple.parse().expect("tuple"),
                    &mut world,
                    &RunOptions::new(profile),
                )
                .expect("runs")
                .retval;
                // The kernel compares its own load with it.
                let tail = format!(
                    "    r9 = {ours:#x} ll\n    if r8 != r9 goto none\n    r0 = 1\n    exit"
                );
                let p = program(&load, &tail);
                let bind: Vec<_> = p.map_refs.iter().map(|(s, _)| (*s, &kmap)).collect();
                let out =
                    kernel::load(&p.insns, &bind, &kernel::LoadOptions::default()).expect("load");
                let prog = out
                    .program
                    .unwrap_or_else(|| panic!("{load}: rejected\n{}", out.log));
                let r = kernel::test_run(&prog, &tuple.parse().expect("tuple"), 1, None)
                    .expect("test run");
                assert_eq!(
                    r.retval,
                    Some(1),
                    "{sock}: `{load}`: the kernel's value is not the interpreter's {ours:#x}"
                );
                checked += 1;
            }
        }
    }
    say_line(format!(
        "sock_kernel: {checked} rx_queue_mapping loads agree with the live kernel"
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
