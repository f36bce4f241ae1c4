//! The VM fuzz target's property (`fuzz/fuzz_targets/vm_run.rs`: any instructions, tuple
//! and world never crash `vm::run`, traps are fine; a program our verifier passes gives the
//! interpreter's answer on the jit) for a few thousand inputs under plain `cargo test`:
//! random bytes, and generated programs (`proggen`, which mostly verify) with bytes changed
//! anywhere in the input.
#![forbid(unsafe_code)]

#[path = "../../../fuzz/fuzz_targets/vm_input.rs"]
mod vm_input;

use proggen::Rng;
use vm_input::check;

/// A generated program as an input: a TCP/IPv4 lookup to port 1 under the newest release
/// (what `proggen` generates for), the budget's top, three sockets and a SOCKMAP holding one
/// of them, the program's map loads bound to it.
fn seed(p: &proggen::Program) -> Vec<u8> {
    let all = skctx::KernelProfile::ALL;
    let latest = all.iter().position(|k| *k == skctx::KernelProfile::LATEST);
    let release = latest.unwrap_or(all.len() - 1) as u8;
    let mut out = vec![0b0000_0001, 0x92, 0x10, 1, 0, 255, 3 | release << 2, 1];
    out.extend_from_slice(&[2, 1, 0, 1, 3, 1]); // TCP v4, UDP v4, TCP v6 (port 1)
    out.extend_from_slice(&[5, 0, 0, 3, 0, 0]); // SOCKMAP, entry 0 = s0
    let mut insns = p.raw();
    for m in &p.maps {
        insns[m.slot].src = 1;
    }
    for i in &insns {
        out.extend_from_slice(&i.to_bytes());
    }
    out
}

#[test]
fn random_bytes_never_crash_the_vm() {
    let mut rng = Rng::new(0x0f22_0b17);
    for _ in 0..2_000 {
        let n = rng.below(300) as usize;
        let data: Vec<u8> = (0..n).map(|_| rng.next_u64() as u8).collect();
        check(&data);
    }
    say_line("fuzz_vm: 2000 random inputs answered");
}

#[test]
fn generated_programs_with_bytes_changed() {
    let mut rng = Rng::new(0x5eed_f022);
    let mut gen = proggen::Generator::with_config(0xf022, proggen::Config::everything());
    let seeds: Vec<Vec<u8>> = gen.batch(100).iter().map(seed).collect();
    let verified_seeds = seeds.iter().filter(|s| check(s)).count();
    let mut verified = 0;
    for k in 0..800 {
        let mut data = seeds[k % seeds.len()].clone();
        for _ in 0..rng.below(4) {
            let at = rng.below(data.len() as u64) as usize;
            match rng.below(4) {
                0 => data[at] = rng.next_u64() as u8,
                1 => data[at] ^= 1 << rng.below(8),
                2 => data.truncate(at.max(8)),
                _ => data.insert(at, rng.next_u64() as u8),
            }
        }
        verified += usize::from(check(&data));
    }
    assert!(
        verified_seeds >= 25,
        "only {verified_seeds} of 100 seeds verified: the jit side is hardly exercised"
    );
    say_line(format!(
        "fuzz_vm: 100 generated programs ({verified_seeds} verified, each also on the jit) and 800 mutations ({verified} verified) answered"
    ));
}

/// Writes one line to stderr past libtest's capture (which keeps `eprintln!` output of a
/// passing test), so that the test's summary shows in `cargo test`'s output.
fn say_line(line: impl std::fmt::Display) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "{line}");
}
