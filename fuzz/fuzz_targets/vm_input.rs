//! The VM fuzz target's input format and property, shared by the target
//! (`fuzz_targets/vm_run.rs`) and its `cargo test` twin (`crates/vm/tests/fuzz_vm.rs`, which
//! includes this file).
//!
//! Any bytes are an input. Byte 0 picks the tuple's protocol (bit 0) and family (bit 1),
//! whether the run traces (bit 2), is a test run (bit 3) and runs two programs (bit 4);
//! bytes 1–4 the tuple's ports; byte 5 the budget (`1 + 40 * byte`); byte 6 the number of
//! sockets (0 to 3, bits 0–1) and the kernel release (`KernelProfile::ALL`, the rest of the
//! byte); byte 7 the number of maps (0 to 3); then 2 bytes per socket (kind, port) and 6 per map (type, key size, value
//! size, max entries, an entry's key and its value); the rest are instruction slots, 8
//! bytes each (a short tail is dropped). The n-th `ld_imm64` with `src_reg` 1 refers to map
//! `n % maps`.
//!
//! The property: `vm::run` answers every input (an outcome or a trap, never a panic); when
//! the program passes our verifier, the jit compiles it and gives the interpreter's answer.
#![allow(dead_code)] // each includer uses part of it

use isa::RawInsn;
use skctx::net::{SocketDesc, SocketState, Tuple};
use skctx::{KernelProfile, MapType, Privilege};
use vm::{MapDef, Program, RunOptions, World};

/// The map types an input picks from (every type the VM models).
const MAP_TYPES: [MapType; 9] = [
    MapType::Array,
    MapType::Hash,
    MapType::LpmTrie,
    MapType::PercpuArray,
    MapType::LruHash,
    MapType::SockMap,
    MapType::SockHash,
    MapType::ProgArray,
    MapType::RingBuf,
];
const SOCKET_BYTES: usize = 2;
const MAP_BYTES: usize = 6;

/// One lookup: its programs, world, tuple and options.
pub struct Input {
    pub insns: Vec<RawInsn>,
    pub map_refs: Vec<(usize, String)>,
    pub world: World,
    pub tuple: Tuple,
    pub opts: RunOptions,
    pub programs: usize,
}

fn socket(kind: u8, port: u8) -> SocketDesc {
    let port = port % 4;
    let v6 = kind & 1 != 0;
    let addr = if v6 {
        format!("[::]:{port}")
    } else {
        format!("127.0.0.1:{port}")
    };
    let addr = addr.parse().expect("an address");
    let mut d = if kind & 2 != 0 {
        SocketDesc::tcp_listen(addr)
    } else {
        SocketDesc::udp(addr)
    };
    if kind & 4 != 0 {
        let peer = if v6 { "[::1]:9" } else { "127.0.0.2:9" };
        d.state = SocketState::Connected(peer.parse().expect("a peer"));
    }
    d.v6only = v6 && kind & 8 != 0;
    d.reuseport = (kind & 16 != 0).then(|| format!("g{}", kind >> 5 & 1));
    d
}

fn map_def(b: &[u8]) -> MapDef {
    let map_type = MAP_TYPES[b[0] as usize % MAP_TYPES.len()];
    let key_size = match map_type {
        MapType::Array | MapType::PercpuArray | MapType::SockMap | MapType::ProgArray => 4,
        MapType::LpmTrie => 5 + u32::from(b[1] % 8),
        _ => 1 + u32::from(b[1] % 8),
    };
    MapDef {
        map_type,
        key_size,
        value_size: match map_type {
            MapType::SockMap | MapType::SockHash | MapType::ProgArray => 4,
            _ => 1 + u32::from(b[2] % 16),
        },
        max_entries: match map_type {
            MapType::RingBuf => 4096,
            _ => 1 + u32::from(b[3] % 4),
        },
        flags: 0,
    }
}

fn tuple(head: &dyn Fn(usize) -> u8) -> Tuple {
    let p = if head(0) & 1 != 0 { "tcp" } else { "udp" };
    let sport = u16::from_le_bytes([head(1), head(2)]);
    let dport = u16::from_le_bytes([head(3), head(4)]) % 4;
    let text = if head(0) & 2 != 0 {
        format!("{p} [2001:db8::1]:{sport} -> [::1]:{dport}")
    } else {
        format!("{p} 10.0.0.1:{sport} -> 127.0.0.1:{dport}")
    };
    text.parse().expect("a tuple")
}

/// The input the bytes describe (every byte string is one).
pub fn decode(data: &[u8]) -> Input {
    let head = |i: usize| data.get(i).copied().unwrap_or(0);
    let nsockets = head(6) as usize % 4;
    let nmaps = head(7) as usize % 4;
    let sockets_end = (8 + nsockets * SOCKET_BYTES).min(data.len());
    let maps_end = (sockets_end + nmaps * MAP_BYTES).min(data.len());
    let mut world = World::new();
    for (i, b) in data
        .get(8..sockets_end)
        .unwrap_or(&[])
        .chunks_exact(SOCKET_BYTES)
        .enumerate()
    {
        world.add_socket(&format!("s{i}"), socket(b[0], b[1]));
    }
    let mut names = Vec::new();
    for (i, b) in data
        .get(sockets_end..maps_end)
        .unwrap_or(&[])
        .chunks_exact(MAP_BYTES)
        .enumerate()
    {
        let name = format!("m{i}");
        let def = map_def(b);
        let Ok(id) = world.add_map(&name, def) else {
            continue;
        };
        let value = if def.map_type.holds_sockets() {
            skctx::world::EntryValue::Socket(format!("s{}", b[5] % 4))
        } else {
            skctx::world::EntryValue::Bytes(vec![b[5]; def.value_size as usize])
        };
        let key = skctx::world::little_endian(u64::from(b[4] % 4), def.key_size);
        let _ = world.put_entry(id, &key, &value);
        names.push(name);
    }
    let insns: Vec<RawInsn> = data
        .get(maps_end..)
        .unwrap_or(&[])
        .chunks_exact(8)
        .map(|c| RawInsn::from_bytes(c.try_into().expect("8 bytes")))
        .collect();
    let map_refs = (0..insns.len())
        .filter(|&i| insns[i].code == 0x18 && insns[i].src == 1)
        .zip(names.iter().cycle())
        .map(|(slot, name)| (slot, name.clone()))
        .collect();
    let all = KernelProfile::ALL;
    let opts = RunOptions {
        budget: 1 + 40 * u64::from(head(5)),
        trace: head(0) & 4 != 0,
        test_run: head(0) & 8 != 0,
        ..RunOptions::new(all[(head(6) >> 2) as usize % all.len()])
    };
    Input {
        insns,
        map_refs,
        world,
        tuple: tuple(&head),
        opts,
        programs: 1 + usize::from(head(0) & 16 != 0),
    }
}

/// The property; returns whether the program verified (and so also ran on the jit).
pub fn check(data: &[u8]) -> bool {
    let mut i = decode(data);
    let infos: Vec<verifier::MapInfo> = i
        .map_refs
        .iter()
        .filter_map(|(slot, name)| {
            let id = i.world.map_id(name)?;
            let m = &i.world.maps[id];
            Some(verifier::MapInfo {
                slot: *slot,
                id,
                map_type: m.def.map_type.id(),
                key_size: m.def.key_size,
                value_size: m.def.value_size,
                max_entries: m.def.max_entries,
                flags: m.def.flags,
                frozen: None,
                ..Default::default()
            })
        })
        .collect();
    let raw = vm::bind_map_refs(&i.insns, &i.map_refs);
    let proof = verifier::verify(&raw, &infos, i.opts.profile, Privilege::Root, true);
    let program = match &proof {
        Ok(p) => Program::verified("fuzz", &raw, &i.map_refs, p).expect("the proof's program"),
        Err(_) => Program::unverified("fuzz", &raw, &i.map_refs),
    };
    let all = vec![program; i.programs];
    let mut jit_world = i.world.clone();
    let interp = vm::run(&all, &i.tuple, &mut i.world, &i.opts);
    if proof.is_err() {
        return false;
    }
    let jit = vm::jit::Jit::compile(&all, &jit_world);
    let native = jit.run(&all, &i.tuple, &mut jit_world, &i.opts);
    let strip = |r: Result<vm::Outcome, Box<vm::Trap>>| {
        r.map(|o| vm::Outcome {
            engine: vm::Engine::Interp,
            ..o
        })
    };
    assert_eq!(
        strip(interp),
        strip(native),
        "the jit and the interpreter disagree"
    );
    true
}
