//! The verifier fuzz target's property (`fuzz/fuzz_targets/verify.rs`: any instruction bytes,
//! any map descriptions, any release, privilege and license; no panic, no hang) for thousands
//! of inputs under plain `cargo test`: random bytes, generated programs (subprograms and
//! loops included) with bytes changed anywhere in the input, and generated programs bound to
//! maps of any type, sizes and flags (500 by default, about 35 s; `VERIFY_FUZZ_MAPS=<n>` for
//! more: 1,500 took 100 s of the CI's 15 minutes). Each input must be answered within
//! `LIMIT`: the walk's own limits bound it.
#![forbid(unsafe_code)]

mod common;
#[path = "../../../fuzz/fuzz_targets/verify_input.rs"]
mod verify_input;

use common::Rng;
use std::time::{Duration, Instant};
use verify_input::{check, decode, encode, Input, MAX_MAPS};

/// Far above what any input takes (up to about 4 s for the slowest in a debug build; one took
/// 37 s on a machine running eight builds), far below a hang.
const LIMIT: Duration = Duration::from_secs(120);

macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

/// Runs the property on `data`, timed.
fn timed(data: &[u8], slowest: &mut Duration) {
    let t = Instant::now();
    check(data);
    let dt = t.elapsed();
    assert!(dt < LIMIT, "verify took {dt:?} on {data:02x?}");
    *slowest = (*slowest).max(dt);
}

/// Generated programs as inputs, their `sock_map` references bound.
fn seeds(n: usize) -> Vec<Input> {
    let mut gen = proggen::Generator::with_config(0xf022, proggen::Config::everything());
    let profiles = skctx::KernelProfile::ALL;
    gen.batch(n)
        .into_iter()
        .enumerate()
        .map(|(k, p)| {
            let mut insns = p.raw();
            let maps = p
                .maps
                .iter()
                .enumerate()
                .map(|(id, m)| {
                    insns[m.slot].src = 1;
                    verifier::MapInfo {
                        slot: m.slot,
                        // Each reference a map of its own, as the input format has it.
                        id,
                        map_type: m.map.map_type,
                        key_size: m.map.key_size,
                        value_size: m.map.value_size,
                        max_entries: m.map.max_entries,
                        flags: 0,
                        frozen: None,
                        ..Default::default()
                    }
                })
                .collect();
            Input {
                insns,
                maps,
                profile: profiles[profiles.len() - 1 - k % 3],
                privilege: skctx::Privilege::ALL[k % 2],
                gpl: k % 7 != 0,
            }
        })
        .collect()
}

/// With `VERIFY_FUZZ_SEEDS=<dir>`, writes the generated programs there as inputs, a seed
/// corpus for the fuzzer: `cargo +nightly fuzz run verify <dir>` from `fuzz/`.
#[test]
fn seed_corpus_on_request() {
    let Some(dir) = std::env::var_os("VERIFY_FUZZ_SEEDS") else {
        return;
    };
    let dir = std::path::PathBuf::from(dir);
    std::fs::create_dir_all(&dir).expect("create the seed directory");
    for (k, s) in seeds(500).iter().enumerate() {
        std::fs::write(dir.join(format!("gen-{k:03}")), encode(s)).expect("write a seed");
    }
}

#[test]
fn the_input_format_round_trips() {
    let mut n = 0;
    for s in seeds(200).into_iter().filter(|s| s.maps.len() <= MAX_MAPS) {
        let d = decode(&encode(&s));
        let same = (d.insns, d.maps, d.profile, d.privilege, d.gpl)
            == (s.insns, s.maps, s.profile, s.privilege, s.gpl);
        assert!(same, "seed {n} does not round-trip");
        n += 1;
    }
    assert!(n > 150);
}

#[test]
fn random_bytes() {
    let mut rng = Rng::new(0x00f0_22ed);
    let mut slowest = Duration::ZERO;
    for _ in 0..3_000 {
        let n = rng.index(400);
        let data: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
        timed(&data, &mut slowest);
    }
    say!("fuzz_verify: 3000 random inputs, slowest {slowest:.2?}");
}

#[test]
fn generated_programs_with_bytes_changed() {
    let mut rng = Rng::new(0x0b17_f11b);
    let mut slowest = Duration::ZERO;
    let seeds: Vec<Vec<u8>> = seeds(500).iter().map(encode).collect();
    for k in 0..3_000 {
        let mut data = seeds[k % seeds.len()].clone();
        for _ in 0..1 + rng.below(4) {
            let at = rng.index(data.len());
            match rng.below(4) {
                0 => data[at] = rng.next() as u8,
                1 => data[at] ^= 1 << rng.below(8),
                2 => data.truncate(at.max(2)),
                _ => data.insert(at, rng.next() as u8),
            }
        }
        timed(&data, &mut slowest);
    }
    say!("fuzz_verify: 3000 mutated generated programs, slowest {slowest:.2?}");
}

#[test]
fn generated_programs_with_any_maps() {
    let mut rng = Rng::new(0x3a95);
    let mut slowest = Duration::ZERO;
    let sizes = [0, 1, 2, 4, 8, 16, 4096, u32::MAX];
    let count = std::env::var("VERIFY_FUZZ_MAPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(500);
    for mut s in seeds(count) {
        for m in &mut s.maps {
            m.map_type = match rng.below(3) {
                0 => rng.next() as u32,
                _ => rng.below(40) as u32,
            };
            m.key_size = rng.pick(&sizes);
            m.value_size = rng.pick(&sizes);
            m.max_entries = rng.pick(&sizes);
            m.flags = if rng.chance(20) { rng.next() as u32 } else { 0 };
            if rng.chance(10) {
                m.slot = rng.index(s.insns.len() + 2);
            }
        }
        timed(&encode(&s), &mut slowest);
    }
    say!("fuzz_verify: {count} generated programs with any maps, slowest {slowest:.2?}");
}
