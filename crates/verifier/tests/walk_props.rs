//! `verifier::verify` never panics: on random instruction bytes and on generated programs
//! with random bytes changed, for every modelled release and both privileges.

mod common;
use common::Rng;

use isa::RawInsn;
use skctx::{KernelProfile, KernelVersion, Privilege};
use verifier::{verify, MapInfo};

/// Opcodes that occur in real programs, so that random programs get past the structural
/// pass; any byte otherwise.
const COMMON: [u8; 24] = [
    0xb7, 0xbf, 0x07, 0x0f, 0x1f, 0x57, 0x47, 0x77, 0x61, 0x69, 0x71, 0x79, 0x63, 0x7b, 0x62, 0x7a,
    0x15, 0x55, 0x25, 0x2d, 0x85, 0x95, 0x05, 0x18,
];

fn random_insn(rng: &mut Rng) -> RawInsn {
    let code = if rng.below(4) == 0 {
        rng.below(256) as u8
    } else {
        COMMON[rng.below(COMMON.len() as u64) as usize]
    };
    let small = |rng: &mut Rng| rng.below(24) as i64 - 12;
    RawInsn::new(
        code,
        rng.below(12) as u8,
        rng.below(12) as u8,
        (small(rng) * 4) as i16,
        match rng.below(4) {
            0 => rng.next() as i32,
            1 => 86 + rng.below(40) as i32,
            _ => (small(rng) * 8) as i32,
        },
    )
}

fn maps_for(insns: &[RawInsn]) -> Vec<MapInfo> {
    insns
        .iter()
        .enumerate()
        .filter(|(_, i)| i.code == 0x18 && i.src == 1)
        .map(|(slot, _)| MapInfo {
            slot,
            id: slot,
            map_type: [1, 2, 15, 18][slot % 4],
            key_size: 4,
            value_size: 8,
            max_entries: 4,
            flags: 0,
            frozen: None,
            ..Default::default()
        })
        .collect()
}

fn run_all(insns: &[RawInsn]) {
    let maps = maps_for(insns);
    for profile in KernelProfile::ALL
        .into_iter()
        .filter(|p| p.has(KernelVersion::new(6, 8)))
    {
        for privilege in Privilege::ALL {
            let _ = verify(insns, &maps, profile, privilege, true);
        }
    }
}

#[test]
fn random_instruction_bytes_never_panic() {
    let mut rng = Rng::new(0x9e37_79b9_7f4a_7c15);
    for _ in 0..20_000 {
        let n = 1 + rng.below(24) as usize;
        let mut insns: Vec<RawInsn> = (0..n).map(|_| random_insn(&mut rng)).collect();
        if rng.below(2) == 0 {
            insns.push(RawInsn::new(0xb7, 0, 0, 0, 1));
            insns.push(RawInsn::new(0x95, 0, 0, 0, 0));
        }
        run_all(&insns);
    }
}

#[test]
fn mutated_generated_programs_never_panic() {
    let mut rng = Rng::new(0x51ed_270b);
    let mut gen = proggen::Generator::new(11);
    for _ in 0..3_000 {
        let p = gen.program();
        let mut insns = p.raw();
        for m in &p.maps {
            insns[m.slot].src = 1;
        }
        for _ in 0..1 + rng.below(3) {
            let i = rng.below(insns.len() as u64) as usize;
            let r = &mut insns[i];
            match rng.below(5) {
                0 => r.code = rng.below(256) as u8,
                1 => r.dst = rng.below(16) as u8,
                2 => r.src = rng.below(16) as u8,
                3 => r.off = rng.next() as i16,
                _ => r.imm = rng.next() as i32,
            }
        }
        run_all(&insns);
    }
}
