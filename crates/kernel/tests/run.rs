//! Maps, sockets in a private namespace, and BPF_PROG_TEST_RUN against the live kernel.
// The kernel crate is Linux only.
#![cfg(target_os = "linux")]

mod common;

use common::*;
use isa::Size;
use kernel::*;
use skctx::net::{SocketDesc, Tuple};

fn tuple(s: &str) -> Tuple {
    s.parse().unwrap()
}

fn load_ok(code: &[isa::RawInsn], maps: &[(usize, &Map)]) -> Program {
    let out = load(code, maps, &LoadOptions::default()).unwrap();
    match out.program {
        Some(p) => p,
        None => panic!("rejected ({:?}):\n{}", out.errno, out.log),
    }
}

#[test]
fn maps_of_every_needed_type_can_be_created_and_bound() {
    require_kernel!("maps_of_every_needed_type_can_be_created_and_bound");
    let specs = [
        MapSpec::sockmap(4).named("sock_map"),
        MapSpec::sockhash(4, 4).named("sock_hash"),
        MapSpec::array(16, 1).named("arr"),
        MapSpec::hash(4, 8, 16).named("h"),
        MapSpec::lpm_trie(8, 4, 16).named("lpm"),
        MapSpec::prog_array(1).named("progs"),
        MapSpec::perf_event_array(1).named("perf"),
    ];
    for spec in &specs {
        let map = Map::create(spec).unwrap_or_else(|e| panic!("{spec:?}: {e}"));
        assert_eq!(map.spec(), spec);
        // r1 = map ll; r0 = 1; exit
        let code = encode(&[ld_map(1), mov_imm(0, 1), exit()]);
        let out = load(&code, &[(0, &map)], &LoadOptions::default()).unwrap();
        assert!(out.accepted(), "{spec:?}:\n{}", out.log);
    }
    // LPM without BPF_F_NO_PREALLOC is refused by the kernel.
    let e = Map::create(&MapSpec::lpm_trie(8, 4, 16).with_flags(0)).unwrap_err();
    assert_eq!(e.errno(), Some(Errno::EINVAL), "{e}");
}

#[test]
fn map_elements_round_trip_from_userspace() {
    require_kernel!("map_elements_round_trip_from_userspace");
    let arr = Map::create(&MapSpec::array(8, 2)).unwrap();
    arr.update(&1u32.to_ne_bytes(), &42u64.to_ne_bytes(), BPF_ANY)
        .unwrap();
    assert_eq!(
        arr.lookup(&1u32.to_ne_bytes()).unwrap(),
        Some(42u64.to_ne_bytes().to_vec())
    );
    assert_eq!(arr.lookup(&0u32.to_ne_bytes()).unwrap(), Some(vec![0; 8]));
    let e = arr
        .update(&5u32.to_ne_bytes(), &[0; 8], BPF_ANY)
        .unwrap_err();
    assert_eq!(e.errno(), Some(Errno::E2BIG), "{e}");
    assert!(matches!(
        arr.update(&[0; 2], &[0; 8], BPF_ANY),
        Err(Error::InvalidInput(_))
    ));
    assert!(matches!(
        arr.update(&[0; 4], &[0; 7], BPF_ANY),
        Err(Error::InvalidInput(_))
    ));

    let h = Map::create(&MapSpec::hash(4, 4, 8)).unwrap();
    assert_eq!(h.lookup(&7u32.to_ne_bytes()).unwrap(), None);
    h.update(&7u32.to_ne_bytes(), &9u32.to_ne_bytes(), BPF_NOEXIST)
        .unwrap();
    let e = h
        .update(&7u32.to_ne_bytes(), &9u32.to_ne_bytes(), BPF_NOEXIST)
        .unwrap_err();
    assert_eq!(e.errno(), Some(Errno::EEXIST));
    assert!(h.delete(&7u32.to_ne_bytes()).unwrap());
    assert!(!h.delete(&7u32.to_ne_bytes()).unwrap());

    let lpm = Map::create(&MapSpec::lpm_trie(8, 4, 4)).unwrap();
    let key = [&24u32.to_ne_bytes()[..], &[10, 0, 0, 0]].concat();
    lpm.update(&key, &1u32.to_ne_bytes(), BPF_ANY).unwrap();
    let probe = [&32u32.to_ne_bytes()[..], &[10, 0, 0, 77]].concat();
    assert_eq!(
        lpm.lookup(&probe).unwrap(),
        Some(1u32.to_ne_bytes().to_vec())
    );
}

#[test]
fn binding_at_a_non_ld_imm64_slot_is_refused() {
    require_kernel!("binding_at_a_non_ld_imm64_slot_is_refused");
    let map = Map::create(&MapSpec::array(4, 1)).unwrap();
    let code = encode(&[mov_imm(0, 1), exit()]);
    assert!(matches!(
        load(&code, &[(0, &map)], &LoadOptions::default()),
        Err(Error::InvalidInput(_))
    ));
    assert!(matches!(
        load(&code, &[(9, &map)], &LoadOptions::default()),
        Err(Error::InvalidInput(_))
    ));
}

#[test]
fn perf_event_array_cannot_be_looked_up() {
    require_kernel!("perf_event_array_cannot_be_looked_up");
    let perf = Map::create(&MapSpec::perf_event_array(1)).unwrap();
    let mut p = lookup_key0_prologue();
    p.extend([mov_imm(0, 1), exit()]);
    let out = load(
        &encode(&p),
        &[(PROLOGUE_MAP_SLOT, &perf)],
        &LoadOptions::default(),
    )
    .unwrap();
    assert_eq!(out.errno, Some(Errno::EINVAL));
    assert_eq!(
        out.message().as_deref(),
        Some("cannot pass map_type 4 into func bpf_map_lookup_elem#1")
    );
    assert_eq!(out.insn_index(), Some(7));
}

#[test]
fn bound_array_value_decides_the_verdict() {
    require_kernel!("bound_array_value_decides_the_verdict");
    // r0 = arr[0]; if !r0 return 0; return *(u32 *)r0 & 1
    let arr = Map::create(&MapSpec::array(4, 1).named("arr")).unwrap();
    let mut p = lookup_key0_prologue();
    p.extend([
        jne_imm(0, 0, 2),
        mov_imm(0, 0),
        exit(),
        ldx(Size::W, 0, 0, 0),
        and_imm(0, 1),
        exit(),
    ]);
    let prog = load_ok(&encode(&p), &[(PROLOGUE_MAP_SLOT, &arr)]);
    let t = tuple("tcp 10.0.0.1:4321 -> 192.0.2.10:80");
    assert_eq!(test_run(&prog, &t, 1, None).unwrap().retval, Some(0));
    arr.update(&0u32.to_ne_bytes(), &1u32.to_ne_bytes(), BPF_ANY)
        .unwrap();
    assert_eq!(test_run(&prog, &t, 1, None).unwrap().retval, Some(1));
}

fn host_netns() -> std::path::PathBuf {
    std::fs::read_link("/proc/thread-self/ns/net").unwrap()
}

#[test]
fn sockets_open_in_a_private_namespace() {
    require_kernel!("sockets_open_in_a_private_namespace");
    let before = host_netns();
    let set = SocketSet::open_text(&[
        "a=tcp listen 127.0.0.1:8080",
        "b=tcp listen [::]:80 v6only",
        "c=udp 0.0.0.0:53",
        "d=udp 127.0.0.1:5353 connected=127.0.0.1:9",
        "e=tcp established 127.0.0.1:0 connected=127.0.0.1:8080",
        "f=tcp established [::1]:40000 connected=[::1]:7777",
        "r1=tcp listen 127.0.0.2:443 reuseport=g",
        "r2=tcp listen 127.0.0.2:443 reuseport=g",
        "g=tcp listen 192.0.2.10:80",
    ])
    .unwrap();
    assert_eq!(host_netns(), before, "the test thread changed namespace");
    assert_eq!(set.len(), 9);
    let cookies: std::collections::BTreeSet<u64> = set.iter().map(|s| s.cookie()).collect();
    assert_eq!(cookies.len(), 9, "cookies must be distinct and non-zero");
    assert!(!cookies.contains(&0));
    for (i, s) in set.iter().enumerate() {
        assert_eq!(s.index(), i);
        assert_eq!(set.by_cookie(s.cookie()).map(|x| x.index()), Some(i));
    }
    assert_eq!(
        set.by_name("e").unwrap().local_addr().ip().to_string(),
        "127.0.0.1"
    );
    assert_ne!(set.by_name("e").unwrap().local_addr().port(), 0);
    assert_eq!(
        set.by_name("b").unwrap().local_addr().to_string(),
        "[::]:80"
    );
    let ns = std::fs::read_link(format!(
        "/proc/self/fd/{}",
        std::os::fd::AsRawFd::as_raw_fd(&set.netns())
    ))
    .unwrap();
    assert_ne!(ns, before, "sockets must live in their own namespace");

    // Sockets go into SOCKMAP (u32 and u64 values) and SOCKHASH from this thread.
    let sm = Map::create(&MapSpec::sockmap(16)).unwrap();
    let sm8 = Map::create(&MapSpec::new(skctx::MapType::SockMap, 4, 8, 16)).unwrap();
    let sh = Map::create(&MapSpec::sockhash(4, 16)).unwrap();
    for s in &set {
        sm.set_socket_at(s.index() as u32, s)
            .unwrap_or_else(|e| panic!("{}: {e}", s.desc()));
        sm8.set_socket_at(s.index() as u32, s).unwrap();
        sh.set_socket(&(100 + s.index() as u32).to_ne_bytes(), s)
            .unwrap();
    }
    // A u64 SOCKMAP reads back the cookie.
    let a = set.by_name("a").unwrap();
    assert_eq!(
        sm8.lookup(&0u32.to_ne_bytes()).unwrap(),
        Some(a.cookie().to_ne_bytes().to_vec())
    );
    assert!(matches!(
        Map::create(&MapSpec::array(4, 1))
            .unwrap()
            .set_socket_at(0, a),
        Err(Error::InvalidInput(_))
    ));
}

#[test]
fn bad_socket_descriptions_are_reported_with_their_index() {
    require_kernel!("bad_socket_descriptions_are_reported_with_their_index");
    let e =
        SocketSet::open_text(&["tcp listen 127.0.0.1:1", "tcp listen 127.0.0.1:1"]).unwrap_err();
    match e {
        Error::Socket {
            index: 1,
            op: "bind",
            errno,
            ..
        } => assert_eq!(errno, Errno::EADDRINUSE),
        other => panic!("{other}"),
    }
    assert!(matches!(
        SocketSet::open_text(&["sctp 1.2.3.4:1"]),
        Err(Error::InvalidInput(_))
    ));
    let mut d: SocketDesc = "udp 1.2.3.4:1".parse().unwrap();
    d.v6only = true;
    assert!(matches!(SocketSet::open(&[d]), Err(Error::InvalidInput(_))));
}

#[test]
fn sk_assign_from_sockmap_selects_the_described_socket() {
    require_kernel!("sk_assign_from_sockmap_selects_the_described_socket");
    let set = SocketSet::open_text(&[
        "a=tcp listen 127.0.0.1:8080",
        "b=tcp listen 127.0.0.1:9090",
        "u=udp 127.0.0.1:53",
    ])
    .unwrap();
    let map = Map::create(&MapSpec::sockmap(4).named("sock_map")).unwrap();
    map.set_socket_at(0, set.by_name("b").unwrap()).unwrap();
    let prog = load_ok(&assign_from_map(0), &[(PROLOGUE_MAP_SLOT, &map)]);

    let out = test_run(
        &prog,
        &tuple("tcp 10.0.0.1:4321 -> 192.0.2.10:80"),
        1,
        Some(&set),
    )
    .unwrap();
    assert_eq!(out.errno, None);
    assert_eq!(out.retval, Some(1));
    let sel = out.selected.expect("a selection");
    assert_eq!(sel.index, 1);
    assert_eq!(sel.name.as_deref(), Some("b"));
    assert_eq!(sel.desc.to_string(), "b=tcp listen 127.0.0.1:9090");
    assert_eq!(out.cookie, set.by_name("b").unwrap().cookie());
    // 64 bytes before `ingress_ifindex` (5.16).
    assert_eq!(out.ctx_out.len() as u32, running().ctx_size());
    // ctx_out echoes the input after the cookie.
    let t = tuple("tcp 10.0.0.1:4321 -> 192.0.2.10:80");
    assert_eq!(&out.ctx_out[8..], &t.to_ctx_bytes()[8..out.ctx_out.len()]);

    // A UDP lookup cannot select a TCP socket (-EPROTOTYPE inside): PASS without selection.
    let out = test_run(
        &prog,
        &tuple("udp 10.0.0.1:4321 -> 192.0.2.10:53"),
        1,
        Some(&set),
    )
    .unwrap();
    assert_eq!(
        (out.errno, out.retval, out.cookie, out.selected),
        (None, Some(1), 0, None)
    );
    // An IPv6 lookup cannot select an IPv4 socket (-EAFNOSUPPORT).
    let out = test_run(
        &prog,
        &tuple("tcp [2001:db8::1]:1 -> [2001:db8::2]:80"),
        1,
        Some(&set),
    )
    .unwrap();
    assert_eq!(out.selected, None);

    // Switch the map entry to the UDP socket: now the UDP lookup selects it.
    map.set_socket_at(0, set.by_name("u").unwrap()).unwrap();
    let out = test_run(
        &prog,
        &tuple("udp 10.0.0.1:4321 -> 192.0.2.10:53"),
        10,
        Some(&set),
    )
    .unwrap();
    assert_eq!(out.selected.map(|s| s.index), Some(2));
    assert!(out.duration_ns.is_some());
}

#[test]
fn program_returning_drop() {
    require_kernel!("program_returning_drop");
    let prog = load_ok(&encode(&[mov_imm(0, 0), exit()]), &[]);
    let out = test_run(&prog, &tuple("tcp 10.0.0.1:4321 -> 192.0.2.10:80"), 1, None).unwrap();
    assert_eq!(out.errno, None);
    assert_eq!(out.retval, Some(0));
    assert_eq!(out.cookie, 0);
    assert_eq!(out.selected, None);
}

#[test]
fn selection_then_drop_is_discarded() {
    require_kernel!("selection_then_drop_is_discarded");
    // Assign ctx->sk... there is none; instead: assign from the map, then return 0.
    let set = SocketSet::open_text(&["a=tcp listen 127.0.0.1:8080"]).unwrap();
    let map = Map::create(&MapSpec::sockmap(1)).unwrap();
    map.set_socket_at(0, set.get(0).unwrap()).unwrap();
    let mut code = assign_from_map(0);
    let n = code.len();
    code[n - 2] = encode(&[mov_imm(0, 0)])[0];
    let prog = load_ok(&code, &[(PROLOGUE_MAP_SLOT, &map)]);
    let out = test_run(&prog, &tuple("tcp 1.1.1.1:1 -> 2.2.2.2:2"), 1, Some(&set)).unwrap();
    assert_eq!((out.retval, out.selected), (Some(0), None));
}

#[test]
fn reuseport_selection_needs_no_reuseport_flag_in_test_run() {
    require_kernel!("reuseport_selection_needs_no_reuseport_flag_in_test_run");
    let set = SocketSet::open_text(&[
        "r1=tcp listen 127.0.0.1:443 reuseport=g",
        "r2=tcp listen 127.0.0.1:443 reuseport=g",
    ])
    .unwrap();
    let map = Map::create(&MapSpec::sockhash(4, 4)).unwrap();
    map.set_socket(&0u32.to_ne_bytes(), set.by_name("r2").unwrap())
        .unwrap();
    let t = tuple("tcp 10.0.0.1:4321 -> 127.0.0.1:443");
    let plain = load_ok(&assign_from_map(0), &[(PROLOGUE_MAP_SLOT, &map)]);
    let out = test_run(&plain, &t, 1, Some(&set)).unwrap();
    assert_eq!(out.errno, Some(Errno::EOPNOTSUPP));
    assert_eq!(out.retval, None);
    assert_eq!(out.selected, None);
    let flagged = load_ok(
        &assign_from_map(skctx::assign::BPF_SK_LOOKUP_F_NO_REUSEPORT as i32),
        &[(PROLOGUE_MAP_SLOT, &map)],
    );
    let out = test_run(&flagged, &t, 1, Some(&set)).unwrap();
    assert_eq!(out.errno, None);
    assert_eq!(out.selected.and_then(|s| s.name), Some("r2".to_string()));
}

#[test]
fn raw_context_checks() {
    require_kernel!("raw_context_checks");
    let prog = load_ok(&encode(&[mov_imm(0, 1), exit()]), &[]);
    let good = tuple("tcp 10.0.0.1:4321 -> 192.0.2.10:80").to_ctx_bytes();
    assert_eq!(test_run_ctx(&prog, &good, 72, 1).unwrap().errno, None);
    let mut ifindex = good;
    ifindex[64] = 1;
    // Before `ingress_ifindex` (5.16) byte 64 is past the context: a non-zero tail.
    let set_ifindex = if running().has_ingress_ifindex() {
        Errno::EINVAL
    } else {
        Errno::E2BIG
    };
    assert_eq!(
        test_run_ctx(&prog, &ifindex, 72, 1).unwrap().errno,
        Some(set_ifindex)
    );
    let mut port = good;
    port[60..64].copy_from_slice(&70000u32.to_ne_bytes());
    assert_eq!(
        test_run_ctx(&prog, &port, 72, 1).unwrap().errno,
        Some(Errno::ERANGE)
    );
    let mut fam = good;
    fam[8] = 3;
    assert_eq!(
        test_run_ctx(&prog, &fam, 72, 1).unwrap().errno,
        Some(Errno::EAFNOSUPPORT)
    );
    assert_eq!(
        test_run_ctx(&prog, &[], 72, 1).unwrap().errno,
        Some(Errno::EAFNOSUPPORT)
    );
    let short = test_run_ctx(&prog, &good, 16, 1).unwrap();
    assert_eq!(short.errno, Some(Errno::ENOSPC));
    assert_eq!(short.retval, Some(1));
    assert_eq!(short.ctx_out.len(), 16);
    let long = [&good[..], &[0u8; 8]].concat();
    assert_eq!(test_run_ctx(&prog, &long, 72, 1).unwrap().errno, None);
    let long = [&good[..], &[1u8; 8]].concat();
    assert_eq!(
        test_run_ctx(&prog, &long, 72, 1).unwrap().errno,
        Some(Errno::E2BIG)
    );
}

#[test]
fn program_reads_the_context_from_the_tuple() {
    require_kernel!("program_reads_the_context_from_the_tuple");
    // return ctx->local_port == 80 && remote_port(be16) == htons(4321)
    let p = encode(&[
        ldx(Size::W, 2, 1, 60),
        ldx(Size::H, 3, 1, 36),
        mov_imm(0, 0),
        jne_imm(2, 80, 2),
        jne_imm(3, i32::from(u16::from_ne_bytes(4321u16.to_be_bytes())), 1),
        mov_imm(0, 1),
        exit(),
    ]);
    let prog = load_ok(&p, &[]);
    let yes = test_run(&prog, &tuple("udp 10.0.0.1:4321 -> 192.0.2.10:80"), 1, None).unwrap();
    assert_eq!(yes.retval, Some(1));
    let no = test_run(&prog, &tuple("udp [::1]:4321 -> [::2]:81"), 1, None).unwrap();
    assert_eq!(no.retval, Some(0));
}

#[test]
fn attached_program_steers_a_real_connection() {
    require_kernel!("attached_program_steers_a_real_connection");
    use std::io::{Read, Write};
    use std::os::fd::AsRawFd;
    let set = SocketSet::open_text(&["srv=tcp listen 127.0.0.1:8080"]).unwrap();
    let map = Map::create(&MapSpec::sockmap(1)).unwrap();
    map.set_socket_at(0, set.get(0).unwrap()).unwrap();
    let prog = load_ok(&assign_from_map(0), &[(PROLOGUE_MAP_SLOT, &map)]);
    let link = attach_netns(&prog, set.netns()).unwrap();
    // Connect to a port nobody listens on, from a thread that joins the namespace.
    let ns = set.netns().as_raw_fd();
    let reply = std::thread::spawn(move || -> Result<String, String> {
        // SAFETY: setns on this (short-lived) thread only; `ns` stays open in `set`.
        if unsafe { libc::setns(ns, libc::CLONE_NEWNET) } != 0 {
            return Err(format!("setns: {}", std::io::Error::last_os_error()));
        }
        let mut c = std::net::TcpStream::connect("127.0.0.1:9999").map_err(|e| e.to_string())?;
        c.write_all(b"ping").map_err(|e| e.to_string())?;
        Ok(c.local_addr().map_err(|e| e.to_string())?.to_string())
    })
    .join()
    .unwrap()
    .unwrap();
    // The listener on 8080 got the connection addressed to 9999.
    let srv = set.get(0).unwrap();
    // SAFETY: accept on the listener we own; no peer address requested.
    let fd = unsafe {
        libc::accept4(
            srv.as_fd_raw(),
            std::ptr::null_mut(),
            std::ptr::null_mut(),
            0,
        )
    };
    assert!(fd >= 0, "accept: {}", std::io::Error::last_os_error());
    // SAFETY: accept4 returned a new fd we own.
    let mut conn = unsafe { <std::net::TcpStream as std::os::fd::FromRawFd>::from_raw_fd(fd) };
    let mut buf = [0u8; 4];
    conn.read_exact(&mut buf).unwrap();
    assert_eq!(&buf, b"ping");
    assert_eq!(conn.local_addr().unwrap().to_string(), "127.0.0.1:9999");
    assert_eq!(conn.peer_addr().unwrap().to_string(), reply);
    drop(link);
}

const WAIT: std::time::Duration = std::time::Duration::from_millis(500);

fn landed(set: &SocketSet, t: &str) -> Landing {
    deliver(set, &tuple(t), WAIT).unwrap()
}

#[test]
fn real_packets_land_by_the_ordinary_lookup_without_programs() {
    require_kernel!("real_packets_land_by_the_ordinary_lookup_without_programs");
    let set = SocketSet::open_text(&[
        "wild=tcp listen 0.0.0.0:80 reuseport=w",
        "exact=tcp listen 192.0.2.10:80 reuseport=e",
        "dual=tcp listen [::]:443",
        "v6only=tcp listen [::]:8443 v6only",
        "u=udp 198.51.100.1:53",
        "u6=udp [2001:db8::1]:53",
        "uwild=udp 0.0.0.0:53",
    ])
    .unwrap();
    // Exact-bound before wildcard; any address works (local routes on lo).
    assert_eq!(
        landed(&set, "tcp 203.0.113.9:4242 -> 192.0.2.10:80"),
        Landing::Socket(1)
    );
    assert_eq!(
        landed(&set, "tcp 203.0.113.9:4242 -> 192.0.2.11:80"),
        Landing::Socket(0)
    );
    // IPv4 to a dual-stack IPv6 listener; a v6only one is not found.
    assert_eq!(
        landed(&set, "tcp 203.0.113.9:4243 -> 192.0.2.10:443"),
        Landing::Socket(2)
    );
    assert_eq!(
        landed(&set, "tcp 203.0.113.9:4243 -> 192.0.2.10:8443"),
        Landing::Refused
    );
    assert_eq!(
        landed(&set, "tcp [2001:db8::9]:4243 -> [2001:db8::5]:8443"),
        Landing::Socket(3)
    );
    // UDP: received, or ICMP port unreachable.
    assert_eq!(
        landed(&set, "udp 203.0.113.9:4242 -> 198.51.100.1:53"),
        Landing::Socket(4)
    );
    assert_eq!(
        landed(&set, "udp 203.0.113.9:4242 -> 198.51.100.2:53"),
        Landing::Socket(6)
    );
    assert_eq!(
        landed(&set, "udp 203.0.113.9:4242 -> 198.51.100.2:54"),
        Landing::Refused
    );
    assert_eq!(
        landed(&set, "udp [2001:db8::9]:4242 -> [2001:db8::1]:53"),
        Landing::Socket(5)
    );
    // The same tuple again (the sender left no TIME_WAIT behind).
    assert_eq!(
        landed(&set, "tcp 203.0.113.9:4242 -> 192.0.2.10:80"),
        Landing::Socket(1)
    );
}

#[test]
fn attached_programs_decide_where_real_packets_land() {
    require_kernel!("attached_programs_decide_where_real_packets_land");
    let set = SocketSet::open_text(&[
        "srv=tcp listen 127.0.0.1:8080",
        "other=tcp listen 0.0.0.0:80",
        "u=udp 127.0.0.1:5353",
    ])
    .unwrap();
    let map = Map::create(&MapSpec::sockmap(1)).unwrap();
    map.set_socket_at(0, set.get(0).unwrap()).unwrap();
    let steer = load_ok(&assign_from_map(0), &[(PROLOGUE_MAP_SLOT, &map)]);
    let drop_all = load_ok(&encode(&[mov_imm(0, 0), exit()]), &[]);
    let pass = load_ok(&encode(&[mov_imm(0, 1), exit()]), &[]);

    let link = attach_netns(&pass, set.netns()).unwrap();
    assert_eq!(
        landed(&set, "tcp 10.0.0.1:1000 -> 10.0.0.2:80"),
        Landing::Socket(1)
    );
    // A drop refuses even with a listener on the port; TCP reset, UDP port unreachable.
    let drop_link = attach_netns(&drop_all, set.netns()).unwrap();
    assert_eq!(
        landed(&set, "tcp 10.0.0.1:1000 -> 10.0.0.2:80"),
        Landing::Refused
    );
    assert_eq!(
        landed(&set, "udp 10.0.0.1:1000 -> 127.0.0.1:5353"),
        Landing::Refused
    );
    // A selection by any program beats the drop (run array in attach order).
    let steer_link = attach_netns(&steer, set.netns()).unwrap();
    assert_eq!(
        landed(&set, "tcp 10.0.0.1:1000 -> 10.0.0.2:80"),
        Landing::Socket(0)
    );
    // UDP: the program cannot select the TCP socket; the drop stands.
    assert_eq!(
        landed(&set, "udp 10.0.0.1:1000 -> 127.0.0.1:5353"),
        Landing::Refused
    );
    drop(drop_link);
    assert_eq!(
        landed(&set, "udp 10.0.0.1:1000 -> 127.0.0.1:5353"),
        Landing::Socket(2)
    );
    drop((link, steer_link));
}

#[test]
fn a_selected_reuseport_socket_delivers_to_its_group() {
    require_kernel!("a_selected_reuseport_socket_delivers_to_its_group");
    let set = SocketSet::open_text(&[
        "r1=tcp listen 127.0.0.1:7000 reuseport=g",
        "r2=tcp listen 127.0.0.1:7000 reuseport=g",
    ])
    .unwrap();
    let map = Map::create(&MapSpec::sockmap(1)).unwrap();
    map.set_socket_at(0, set.get(0).unwrap()).unwrap();
    let plain = load_ok(&assign_from_map(0), &[(PROLOGUE_MAP_SLOT, &map)]);
    let link = attach_netns(&plain, set.netns()).unwrap();
    let mut seen = [false; 2];
    for port in 2000..2040 {
        match landed(&set, &format!("tcp 10.0.0.1:{port} -> 10.0.0.2:80")) {
            Landing::Socket(i) => seen[i] = true,
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(seen, [true, true], "the group spreads connections");
    drop(link);
    // BPF_SK_LOOKUP_F_NO_REUSEPORT (2): always the selected member.
    let exact = load_ok(&assign_from_map(2), &[(PROLOGUE_MAP_SLOT, &map)]);
    let link = attach_netns(&exact, set.netns()).unwrap();
    for port in 2000..2010 {
        let t = format!("tcp 10.0.0.1:{port} -> 10.0.0.2:80");
        assert_eq!(landed(&set, &t), Landing::Socket(0));
    }
    drop(link);
}

trait RawFdExt {
    fn as_fd_raw(&self) -> i32;
}
impl RawFdExt for Socket {
    fn as_fd_raw(&self) -> i32 {
        std::os::fd::AsRawFd::as_raw_fd(&std::os::fd::AsFd::as_fd(self))
    }
}

/// This binary's tests inside each cached kernel image (Debian 6.1 and 6.12), under qemu.
#[test]
fn run_tests_pass_in_each_kernel_image() {
    common::passes_in_each_kernel_image("kernel/run", "run_tests_pass_in_each_kernel_image");
}
