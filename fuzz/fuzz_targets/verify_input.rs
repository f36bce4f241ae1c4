//! The verifier fuzz target's input format and property, shared by the target
//! (`fuzz_targets/verify.rs`) and its `cargo test` twin (`crates/verifier/tests/fuzz_verify.rs`,
//! which includes this file).
//!
//! Any bytes are an input: byte 0 picks the privilege (bit 0), the license (bit 1) and the
//! kernel release (`KernelProfile::ALL`, the rest of the byte); byte 1 the number of maps
//! (0 to 7); then each map as 22 little-endian bytes (slot `u16`, type, key size, value
//! size, max entries, flags, all `u32` and any value; each map is a map of its own); the rest are instruction slots, 8
//! bytes each (a short tail is dropped). A slot below 0x8000 names the n-th `ld_imm64` that
//! refers to a map (`src_reg` 1), when there is one, so that mutations keep maps bound; any
//! other slot is taken as it is.
#![allow(dead_code)] // each includer uses part of it

use isa::RawInsn;
use skctx::{KernelProfile, Privilege};
use verifier::MapInfo;

const MAP_BYTES: usize = 22;
/// The most maps an input describes.
pub const MAX_MAPS: usize = 7;
const SLOT_VERBATIM: u16 = 0x8000;

/// One call of `verifier::verify`.
#[derive(Debug, Clone)]
pub struct Input {
    pub insns: Vec<RawInsn>,
    pub maps: Vec<MapInfo>,
    pub profile: KernelProfile,
    pub privilege: Privilege,
    pub gpl: bool,
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// The slots of the `ld_imm64`s that refer to a map.
fn map_loads(insns: &[RawInsn]) -> Vec<usize> {
    (0..insns.len())
        .filter(|&i| insns[i].code == 0x18 && insns[i].src == 1)
        .collect()
}

/// The `id`-th map the input describes (each a map of its own).
fn decode_map(b: &[u8], loads: &[usize], id: usize) -> MapInfo {
    let raw = u16::from_le_bytes([b[0], b[1]]);
    let slot = match loads.len() {
        n if n > 0 && raw < SLOT_VERBATIM => loads[raw as usize % n],
        _ => (raw & !SLOT_VERBATIM) as usize,
    };
    MapInfo {
        slot,
        id,
        map_type: u32_at(b, 2),
        key_size: u32_at(b, 6),
        value_size: u32_at(b, 10),
        max_entries: u32_at(b, 14),
        flags: u32_at(b, 18),
        frozen: None,
        ..Default::default()
    }
}

/// The input the bytes describe (every byte string is one).
pub fn decode(data: &[u8]) -> Input {
    let head = |i: usize| data.get(i).copied().unwrap_or(0);
    let nmaps = head(1) as usize % (MAX_MAPS + 1);
    let maps_end = (2 + nmaps * MAP_BYTES).min(data.len());
    let code = data.get(maps_end..).unwrap_or(&[]);
    let insns: Vec<RawInsn> = code
        .chunks_exact(8)
        .map(|c| RawInsn::from_bytes(c.try_into().expect("8 bytes")))
        .collect();
    let loads = map_loads(&insns);
    let maps = data
        .get(2..maps_end)
        .unwrap_or(&[])
        .chunks_exact(MAP_BYTES)
        .enumerate()
        .map(|(id, b)| decode_map(b, &loads, id))
        .collect();
    let all = KernelProfile::ALL;
    Input {
        insns,
        maps,
        profile: all[(head(0) >> 2) as usize % all.len()],
        privilege: Privilege::ALL[(head(0) & 1) as usize],
        gpl: head(0) & 2 == 0,
    }
}

/// The bytes of `input` (for seeds): its first `MAX_MAPS` maps, slots written verbatim.
pub fn encode(input: &Input) -> Vec<u8> {
    let release = KernelProfile::ALL
        .iter()
        .position(|p| *p == input.profile)
        .unwrap_or(0) as u8;
    let privilege = Privilege::ALL
        .iter()
        .position(|p| *p == input.privilege)
        .unwrap_or(0) as u8;
    let mut out = vec![
        release << 2 | u8::from(!input.gpl) << 1 | privilege,
        input.maps.len().min(MAX_MAPS) as u8,
    ];
    for m in input.maps.iter().take(MAX_MAPS) {
        out.extend_from_slice(&(m.slot as u16 | SLOT_VERBATIM).to_le_bytes());
        for v in [m.map_type, m.key_size, m.value_size, m.max_entries, m.flags] {
            out.extend_from_slice(&v.to_le_bytes());
        }
    }
    for i in &input.insns {
        out.extend_from_slice(&i.to_bytes());
    }
    out
}

/// The property: `verify` answers (a verdict, a rejection or "unsupported") without
/// panicking; its walk's limits bound the time it takes.
pub fn check(data: &[u8]) {
    let i = decode(data);
    let _ = verifier::verify(&i.insns, &i.maps, i.profile, i.privilege, i.gpl);
}
