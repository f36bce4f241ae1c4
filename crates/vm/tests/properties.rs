//! Properties of the interpreter:
//!
//! * a program our verifier accepts never traps, and returns a value in the range it
//!   checked at `exit` (skctx's SK_LOOKUP range, `[SK_DROP, SK_PASS]`) (generated SK_LOOKUP
//!   programs from `proggen`, on several tuples, with their SOCKMAP holding sockets of both
//!   protocols and families);
//! * nothing panics, whatever the instructions (random slots, and `proggen`'s mutated
//!   programs run unverified), the tuple and the world;
//! * the `jit` engine compiles every verified program without panicking, runs it natively
//!   and ends with the interpreter's whole [`vm::Outcome`];
//! * a [`vm::Prepared`] run kept across lookups (interp and jit) gives each lookup's
//!   verdict, return value, selection and instruction count.
#![forbid(unsafe_code)]

use proptest::prelude::*;
use skctx::net::{SocketDesc, SocketState, Tuple};
use skctx::world::little_endian;
use skctx::{KernelProfile, MapType, Privilege, ProgramType};
use vm::{Engine, MapDef, Program, RunOptions, World};

const TUPLES: [&str; 4] = [
    "tcp 10.0.0.1:4242 -> 192.0.2.10:80",
    "udp 10.0.0.1:53 -> 192.0.2.10:53",
    "tcp [2001:db8::1]:4242 -> [2001:db8::2]:443",
    "udp [2001:db8::1]:1 -> [2001:db8::2]:65535",
];

/// The world generated programs expect: their SOCKMAP, with a socket of each kind in it.
fn proggen_world() -> World {
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
    let socks = [
        "tcp listen 127.0.0.1:80",
        "udp 0.0.0.0:53",
        "tcp listen [::]:443 v6only",
    ];
    for (i, s) in socks.iter().enumerate() {
        let desc: SocketDesc = s.parse().expect("socket");
        w.add_socket(&format!("s{i}"), desc);
        let entry = skctx::world::EntryValue::Socket(format!("s{i}"));
        w.put_entry(id, &little_endian(i as u64, m.key_size), &entry)
            .expect("entry");
    }
    w
}

fn map_refs(p: &proggen::Program) -> Vec<(usize, String)> {
    p.maps
        .iter()
        .map(|m| (m.slot, m.map.name.to_string()))
        .collect()
}

fn map_infos(p: &proggen::Program) -> Vec<verifier::MapInfo> {
    p.maps
        .iter()
        .map(|m| verifier::MapInfo {
            slot: m.slot,
            // One map per name: references bind to maps by name.
            id: p
                .maps
                .iter()
                .position(|n| n.map.name == m.map.name)
                .unwrap_or(0),
            map_type: m.map.map_type,
            key_size: m.map.key_size,
            value_size: m.map.value_size,
            max_entries: m.map.max_entries,
            flags: 0,
            frozen: None,
            ..Default::default()
        })
        .collect()
}

#[test]
fn programs_the_verifier_accepts_never_trap() {
    let profile = KernelProfile::LATEST;
    let mut gen = proggen::Generator::new(0x5eed_0f0b);
    let (mut verified, mut runs, mut generated) = (0, 0, 0);
    let mut traps = Vec::new();
    let opts = RunOptions::new(profile);
    let range = skctx::SkLookup::new(profile, Privilege::Root).return_range();
    while verified < 300 && generated < 5000 {
        generated += 1;
        let p = gen.program();
        let raw = vm::bind_map_refs(&p.raw(), &map_refs(&p));
        let Ok(proof) = verifier::verify(&raw, &map_infos(&p), profile, Privilege::Root, true)
        else {
            continue;
        };
        verified += 1;
        let prog = Program::verified("gen", &raw, &map_refs(&p), &proof).expect("proof");
        let one = std::slice::from_ref(&prog);
        let jit = vm::jit::Jit::compile(one, &proggen_world());
        // One prepared run of each engine across all tuples: what it keeps between runs
        // (stacks, the jit's context table) must not leak from one lookup into the next.
        let mut kept = vm::Prepared::new(one, &proggen_world()).expect("maps");
        let mut kept_jit = vm::Prepared::new(one, &proggen_world())
            .expect("maps")
            .with_jit(&jit);
        for t in TUPLES {
            let tuple: Tuple = t.parse().expect("tuple");
            let mut world = proggen_world();
            runs += 1;
            let interp = vm::run(one, &tuple, &mut world, &opts);
            match &interp {
                Err(trap) => traps.push(format!("{trap}\n{}", p.to_text())),
                Ok(o) if !(range.min..=range.max).contains(&(o.retval as i64)) => {
                    traps.push(format!(
                        "returned {:#x}, outside {range:?}\n{}",
                        o.retval,
                        p.to_text()
                    ))
                }
                Ok(_) => {}
            }
            for prepared in [&mut kept, &mut kept_jit] {
                // A copy of the world it was prepared with, as fresh as the whole run's.
                let brief = prepared.run_brief(&tuple, &mut proggen_world(), &opts);
                if let Err(why) = same_brief(&interp, &brief) {
                    traps.push(format!("prepared: {why}\n{}", p.to_text()));
                }
            }
            let mut world = proggen_world();
            let native = jit.run(one, &tuple, &mut world, &opts);
            if let Err(why) = same_on_jit(&interp, &native) {
                traps.push(format!("jit: {why}\n{}", p.to_text()));
            }
        }
    }
    assert!(
        traps.is_empty(),
        "{} verified runs trapped or left the return range:\n{}",
        traps.len(),
        traps[..traps.len().min(3)].join("\n---\n")
    );
    assert!(
        verified >= 100,
        "only {verified} of {generated} programs verified"
    );
    say_line(format!(
        "vm properties: {verified} verified programs of {generated} generated, {runs} runs, no trap, every return value in the verifier's range; the jit compiled each and agrees with the interpreter on every whole outcome"
    ));
}

/// A brief run's verdict, return value, selection and count are the whole run's.
fn same_brief(
    whole: &Result<vm::Outcome, Box<vm::Trap>>,
    brief: &Result<vm::Brief, Box<vm::Trap>>,
) -> Result<(), String> {
    let names = proggen_world();
    match (whole, brief) {
        (Ok(o), Ok(b))
            if (o.verdict, o.retval, o.insns_executed)
                == (b.verdict, b.retval, b.insns_executed)
                && o.selected.as_ref().map(|s| &s.socket)
                    == b.selected.map(|s| &names.sockets[s].name) =>
        {
            Ok(())
        }
        (Err(w), Err(b)) if w == b => Ok(()),
        _ => Err(format!("whole {whole:?}\nbrief {brief:?}")),
    }
}

/// The jit's outcome is the interpreter's, whole, and was computed natively.
fn same_on_jit(
    interp: &Result<vm::Outcome, Box<vm::Trap>>,
    jit: &Result<vm::Outcome, Box<vm::Trap>>,
) -> Result<(), String> {
    match (interp, jit) {
        (Ok(_), Ok(j)) if j.engine != Engine::Jit => Err(format!("ran on {}", j.engine.name())),
        (Ok(i), Ok(j))
            if *i
                == (vm::Outcome {
                    engine: Engine::Interp,
                    ..j.clone()
                }) =>
        {
            Ok(())
        }
        (Err(i), Err(j)) if i == j => Ok(()),
        _ => Err(format!("interp {interp:?}\njit {jit:?}")),
    }
}

#[test]
fn mutated_programs_run_unverified_never_panic() {
    let mut gen = proggen::Generator::new(0xbad_5eed);
    let opts = RunOptions::new(KernelProfile::LATEST);
    let (mut ran, mut trapped) = (0, 0);
    for _ in 0..400 {
        let (good, bad) = gen.boundary_pair();
        for p in [good, bad] {
            let raw = vm::bind_map_refs(&p.raw(), &map_refs(&p));
            let prog = Program::unverified("gen", &raw, &map_refs(&p));
            for t in TUPLES {
                let tuple: Tuple = t.parse().expect("tuple");
                ran += 1;
                trapped += vm::run(
                    std::slice::from_ref(&prog),
                    &tuple,
                    &mut proggen_world(),
                    &opts,
                )
                .is_err() as usize;
            }
        }
    }
    say_line(format!(
        "vm properties: {ran} unverified runs of boundary pairs, {trapped} trapped, no panic"
    ));
}

fn arb_slot() -> impl Strategy<Value = isa::RawInsn> {
    let imm = prop_oneof![
        Just(0i32),
        Just(1),
        Just(-1),
        Just(i32::MIN),
        Just(124),
        Just(86),
        -600i32..600,
        any::<i32>(),
    ];
    (any::<u8>(), 0u8..12, 0u8..12, -40i16..40, imm)
        .prop_map(|(code, dst, src, off, imm)| isa::RawInsn::new(code, dst, src, off, imm))
}

fn arb_socket() -> impl Strategy<Value = SocketDesc> {
    (
        any::<bool>(),
        any::<bool>(),
        0u16..4,
        0u8..3,
        any::<bool>(),
        proptest::option::of(0u8..2),
    )
        .prop_map(|(tcp, v6, port, state, v6only, group)| {
            let addr = if v6 {
                format!("[::]:{port}")
            } else {
                format!("127.0.0.1:{port}")
            };
            let mut d: SocketDesc = if tcp {
                SocketDesc::tcp_listen(addr.parse().expect("addr"))
            } else {
                SocketDesc::udp(addr.parse().expect("addr"))
            };
            let peer = if v6 { "[::1]:9" } else { "127.0.0.2:9" };
            if state == 2 {
                d.state = SocketState::Connected(peer.parse().expect("peer"));
            }
            d.v6only = v6 && v6only;
            d.reuseport = group.map(|g| format!("g{g}"));
            d
        })
}

fn arb_map() -> impl Strategy<Value = (MapDef, Vec<(u64, u8)>)> {
    let types = prop_oneof![
        Just(MapType::Array),
        Just(MapType::Hash),
        Just(MapType::LpmTrie),
        Just(MapType::PercpuArray),
        Just(MapType::LruHash),
        Just(MapType::SockMap),
        Just(MapType::SockHash),
        Just(MapType::ProgArray),
        Just(MapType::RingBuf),
    ];
    (
        types,
        1u32..9,
        1u32..17,
        1u32..5,
        proptest::collection::vec((0u64..6, any::<u8>()), 0..4),
    )
        .prop_map(|(map_type, key_size, value_size, max_entries, entries)| {
            let key_size = match map_type {
                MapType::Array | MapType::PercpuArray | MapType::SockMap | MapType::ProgArray => 4,
                MapType::LpmTrie => 4 + key_size,
                _ => key_size,
            };
            let def = MapDef {
                map_type,
                key_size,
                value_size,
                max_entries,
                flags: 0,
            };
            (def, entries)
        })
}

fn arb_tuple() -> impl Strategy<Value = Tuple> {
    (any::<bool>(), any::<bool>(), 0u16..4, any::<u16>()).prop_map(|(tcp, v6, port, sport)| {
        let p = if tcp { "tcp" } else { "udp" };
        let text = if v6 {
            format!("{p} [2001:db8::1]:{sport} -> [::1]:{port}")
        } else {
            format!("{p} 10.0.0.1:{sport} -> 127.0.0.1:{port}")
        };
        text.parse().expect("tuple")
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn nothing_panics_on_any_program_tuple_or_world(
        slots in proptest::collection::vec(arb_slot(), 1..40),
        map_slots in proptest::collection::vec(0usize..40, 0..3),
        sockets in proptest::collection::vec(arb_socket(), 0..4),
        maps in proptest::collection::vec(arb_map(), 0..3),
        tuple in arb_tuple(),
        programs in 1usize..3,
        budget in 1u64..5000,
    ) {
        let mut world = World::new();
        for (i, s) in sockets.into_iter().enumerate() {
            world.add_socket(&format!("s{i}"), s);
        }
        let mut names = Vec::new();
        for (i, (def, entries)) in maps.into_iter().enumerate() {
            let name = format!("m{i}");
            if world.add_map(&name, def).is_err() {
                continue;
            }
            let id = world.map_id(&name).expect("added");
            for (k, v) in entries {
                let value = if def.map_type.holds_sockets() {
                    skctx::world::EntryValue::Socket(format!("s{v}"))
                } else {
                    skctx::world::EntryValue::Bytes(vec![v; def.value_size as usize])
                };
                let _ = world.put_entry(id, &little_endian(k, def.key_size), &value);
            }
            names.push(name);
        }
        let refs: Vec<(usize, String)> = map_slots
            .iter()
            .zip(names.iter().cycle())
            .map(|(s, n)| (*s, n.clone()))
            .collect();
        let prog = Program::unverified("any", &slots, &refs);
        let all = vec![prog; programs];
        let opts = RunOptions { budget, trace: true, ..RunOptions::new(KernelProfile::LATEST) };
        let _ = vm::run(&all, &tuple, &mut world, &opts);
    }
}

/// Writes one line to stderr past libtest's capture (which keeps `eprintln!` output of a
/// passing test), so that the test's summary shows in `cargo test`'s output.
fn say_line(line: impl std::fmt::Display) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "{line}");
}
