//! The structural pass against the live kernel: seeded random programs full of jumps, calls,
//! `ld_imm64` placements and odd opcodes. Where the kernel refuses a program before its walk
//! (its log has no instruction trace), `verifier::cfg::check` must give the same message and
//! errno; where the kernel gets past that stage (accepted, or refused by the walk), ours must
//! too.

mod common;
use common::Rng;

/// Jump offsets for the generated programs.
trait Offsets {
    fn offset(&mut self, at: usize, len: usize) -> i32;
    fn forward(&mut self, at: usize, len: usize) -> i32;
}

impl Offsets for Rng {
    /// A relative offset that mostly lands in or near a program of `len` slots.
    fn offset(&mut self, at: usize, len: usize) -> i32 {
        let target = self.below(len as u64 + 4) as i32 - 2;
        target - at as i32 - 1
    }

    /// A forward offset that lands inside a program of `len` slots (or on its last slot).
    fn forward(&mut self, at: usize, len: usize) -> i32 {
        let room = len.saturating_sub(at + 1) as u64;
        self.below(room.max(1)) as i32
    }
}

/// Writes straight to stderr: libtest captures `eprintln!` in passing tests.
macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

use isa::RawInsn;
use kernel::{LoadOptions, LoadOutcome, Privilege};
use skctx::KernelProfile;
use verifier::cfg::{self, CfgError};

const MOV_R0: u8 = 0xb7;
const EXIT: u8 = 0x95;

/// One random program of jumps, calls and `ld_imm64`s. A `tame` program jumps forward, has
/// no random slots and ends in `exit`, so that many get past the structural stage.
fn program(rng: &mut Rng) -> Vec<RawInsn> {
    let tame = rng.chance(50);
    let len = 2 + rng.below(20) as usize;
    let mut p = Vec::with_capacity(len + 1);
    while p.len() < len {
        let at = p.len();
        let kind = if tame {
            [0, 5, 6, 7, 10, 11, 13][rng.below(7) as usize]
        } else {
            rng.below(16)
        };
        let insn = match kind {
            0..=2 => RawInsn::new(MOV_R0, 0, 0, 0, rng.below(2) as i32),
            3 | 4 => RawInsn::new(EXIT, 0, 0, 0, 0),
            5 | 6 => {
                // Conditional jump, 64- or 32-bit, immediate or register.
                let code = [0x15, 0x55, 0x16, 0x5d, 0xa5][rng.below(5) as usize];
                RawInsn::new(code, 0, 0, rng.offset(at, len) as i16, 0)
            }
            7 => RawInsn::new(0x05, 0, 0, rng.offset(at, len) as i16, 0),
            8 => RawInsn::new(0x06, 0, 0, 0, rng.offset(at, len)),
            9 => RawInsn::new(0x85, 0, 1, 0, rng.offset(at, len)),
            // bpf_get_prandom_u32, or bpf_tail_call (refused in a subprogram without BTF).
            10 => RawInsn::new(0x85, 0, 0, 0, if rng.chance(80) { 7 } else { 12 }),
            11 | 12 => {
                // Not 1 or 2: a map fd is the caller's to bind, not this pass's to check.
                let src = match if tame { 9 } else { rng.below(10) } {
                    0 => 3,
                    1 => 4,
                    2 => 5,
                    3 => 6,
                    4 => 7 + rng.below(9) as u8,
                    _ => 0,
                };
                let imm = if src == 4 { rng.offset(at, len) } else { 5 };
                p.push(RawInsn::new(0x18, 1, src, 0, imm));
                let mut tail = RawInsn::new(0, 0, 0, 0, 0);
                if !tame && rng.chance(10) {
                    tail = random_slot(rng);
                } else if !tame && rng.chance(10) {
                    tail.imm = 1;
                }
                tail
            }
            13 => RawInsn::new(0xe5, 0, 0, rng.offset(at, len) as i16, 0),
            14 => {
                // A load with a random mode and imm (BPF_LDX reserved fields), or LD_ABS.
                let code = 0x61 | ((rng.below(8) as u8) << 5);
                let imm = if rng.chance(70) { 0 } else { 1 };
                if rng.chance(30) {
                    RawInsn::new(0x30, 0, 0, 0, 0)
                } else {
                    RawInsn::new(code, 0, 1, 0, imm)
                }
            }
            _ => random_slot(rng),
        };
        p.push(insn);
    }
    if tame || rng.chance(80) {
        p.push(RawInsn::new(EXIT, 0, 0, 0, 0));
    }
    if tame {
        tame_jumps(&mut p, rng);
    }
    p
}

/// Points the jumps and calls of a tame program forward, inside the program.
fn tame_jumps(p: &mut [RawInsn], rng: &mut Rng) {
    let len = p.len();
    for (at, r) in p.iter_mut().enumerate() {
        match r.code {
            0x05 => r.off = rng.below(2) as i16,
            0x15 | 0x55 | 0x16 | 0x5d | 0xa5 | 0xe5 => r.off = rng.forward(at, len) as i16,
            0x06 => r.imm = rng.forward(at, len),
            0x85 if r.src == 1 => r.imm = rng.forward(at, len),
            _ => {}
        }
    }
}

fn random_slot(rng: &mut Rng) -> RawInsn {
    let v = rng.next();
    if v as u8 == 0x18 && matches!((v >> 12) as u8 & 0xf, 1 | 2) {
        return RawInsn::new(0x18, 0, 0, 0, 0);
    }
    RawInsn::new(
        v as u8,
        (v >> 8) as u8 & 0xf,
        (v >> 12) as u8 & 0xf,
        (v >> 16) as i16 % 4,
        (v >> 32) as i32 % 4,
    )
}

/// An instruction line of the verifier's trace (`<idx>: (<hex>) ...`).
fn has_trace(log: &str) -> bool {
    log.lines().any(|l| {
        l.split_once(": (")
            .is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// The kernel's structural refusal: message and errno, when it refused before its walk.
fn structural(outcome: &LoadOutcome) -> Option<(String, i32)> {
    let errno = outcome.errno?;
    if has_trace(&outcome.log) {
        return None;
    }
    Some((outcome.message().unwrap_or_default(), errno.0))
}

fn compare(p: &[RawInsn], profile: KernelProfile, outcome: &LoadOutcome) -> Result<(), String> {
    let ours = cfg::check(p, profile);
    match (structural(outcome), &ours) {
        (None, Ok(_)) => Ok(()),
        (Some((msg, errno)), Err(CfgError::Refused(r)))
            if r.kernel_message == msg && r.errno == errno =>
        {
            Ok(())
        }
        (kernel, ours) => Err(format!(
            "kernel: {kernel:?} (errno {:?}), ours: {ours:?}\nlog:\n{}",
            outcome.errno, outcome.log
        )),
    }
}

fn options(privilege: Privilege) -> LoadOptions {
    LoadOptions {
        privilege,
        stats: false,
        initial_log_size: 16 * 1024,
        ..LoadOptions::default()
    }
}

/// Every opcode byte, with the field values that decide the checks made before the walk, in
/// the first slot and after a `mov`: `unknown opcode`, `BPF_LDX uses reserved fields` and
/// the `ld_imm64` checks, exactly as the kernel's opcode table has them.
#[test]
fn every_opcode_byte_gets_the_kernels_structural_verdict() {
    if let Err(u) = kernel::availability() {
        say!("SKIPPED cfg_kernel: {u}");
        return;
    }
    let profile = kernel::host_profile().expect("the host probe answers");
    let opts = options(Privilege::Root);
    let mut mismatches = Vec::new();
    let mut unknown = 0;
    for code in 0..=255u8 {
        for (src, off, imm) in [(0u8, 0i16, 0i32), (0, 0, 1), (1, 1, 0), (0, 0, 0xe1)] {
            for before in [None, Some(RawInsn::new(MOV_R0, 0, 0, 0, 0))] {
                let mut p: Vec<RawInsn> = before.into_iter().collect();
                p.push(RawInsn::new(code, 0, src, off, imm));
                p.extend([
                    RawInsn::new(MOV_R0, 0, 0, 0, 0),
                    RawInsn::new(EXIT, 0, 0, 0, 0),
                ]);
                if let Err(CfgError::Unsupported(_)) = cfg::check(&p, profile) {
                    continue;
                }
                let outcome = kernel::load(&p, &[], &opts).expect("the kernel answers");
                unknown += usize::from(
                    outcome
                        .message()
                        .is_some_and(|m| m.starts_with("unknown opcode")),
                );
                if let Err(e) = compare(&p, profile, &outcome) {
                    mismatches.push(format!("{code:#04x} {p:?}: {e}"));
                }
            }
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} mismatches, first:\n{}",
        mismatches.len(),
        mismatches
            .iter()
            .take(5)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n\n")
    );
    assert!(unknown > 500, "only {unknown} unknown-opcode refusals");
}

#[test]
fn random_programs_get_the_kernels_structural_verdict() {
    if let Err(u) = kernel::availability() {
        say!("SKIPPED cfg_kernel: {u}");
        return;
    }
    let profile = kernel::host_profile().expect("the host probe answers");
    let opts = options(Privilege::Root);
    let no_perfmon = options(Privilege::NoPerfmon);
    let mut rng = Rng::new(0x5eed_cf90_2026_1206);
    let mut mismatches = Vec::new();
    let (mut structural_refusals, mut past, mut unsupported) = (0, 0, 0);
    let mut messages = std::collections::BTreeSet::new();
    for n in 0..5000 {
        let p = program(&mut rng);
        // The pass does not depend on CAP_PERFMON; every tenth program checks that.
        let opts = if n % 10 == 0 { &no_perfmon } else { &opts };
        let outcome = kernel::load(&p, &[], opts).expect("the kernel answers");
        match structural(&outcome) {
            Some((m, _)) => {
                structural_refusals += 1;
                messages.insert(
                    m.split(|c: char| c.is_ascii_digit())
                        .next()
                        .unwrap_or("")
                        .to_string(),
                );
            }
            None => past += 1,
        }
        if let Err(CfgError::Unsupported(_)) = cfg::check(&p, profile) {
            unsupported += 1;
            continue;
        }
        if let Err(e) = compare(&p, profile, &outcome) {
            mismatches.push(format!("program {n} {p:?}: {e}"));
        }
    }
    say!(
        "cfg_kernel: {structural_refusals} structural refusals, {past} past the structural stage, {unsupported} not modelled (kfuncs, BTF ids); messages: {messages:?}"
    );
    assert!(unsupported < 300, "{unsupported} programs not modelled");
    assert!(
        mismatches.is_empty(),
        "{} mismatches, first:\n{}",
        mismatches.len(),
        mismatches
            .iter()
            .take(5)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n\n")
    );
    assert!(structural_refusals > 500 && past > 500);
}

/// `BPF_MAX_SUBPROGS`: 256 subprograms load, 257 are refused (`too many subprograms`).
#[test]
fn subprogram_limit_matches_the_kernel() {
    if let Err(u) = kernel::availability() {
        say!("SKIPPED cfg_kernel: {u}");
        return;
    }
    let profile = kernel::host_profile().expect("the host probe answers");
    for callees in [cfg::MAX_SUBPROGS - 1, cfg::MAX_SUBPROGS] {
        // `call` k at slot k targets subprogram k, two slots each after the main exit.
        let mut p: Vec<RawInsn> = (0..callees)
            .map(|k| {
                let target = callees + 2 + 2 * k;
                RawInsn::new(0x85, 0, 1, 0, (target - k - 1) as i32)
            })
            .collect();
        p.extend([
            RawInsn::new(MOV_R0, 0, 0, 0, 0),
            RawInsn::new(EXIT, 0, 0, 0, 0),
        ]);
        for _ in 0..callees {
            p.extend([
                RawInsn::new(MOV_R0, 0, 0, 0, 0),
                RawInsn::new(EXIT, 0, 0, 0, 0),
            ]);
        }
        let outcome = kernel::load(&p, &[], &options(Privilege::Root)).expect("the kernel answers");
        if let Err(e) = compare(&p, profile, &outcome) {
            panic!("{callees} callees: {e}");
        }
        let ours = cfg::check(&p, profile);
        assert_eq!(
            ours.is_ok(),
            callees < cfg::MAX_SUBPROGS,
            "{callees} callees: {ours:?}"
        );
    }
}

/// Offsets at the ends of their ranges: the kernel computes targets in `int` arithmetic.
#[test]
fn extreme_offsets_match_the_kernel() {
    if let Err(u) = kernel::availability() {
        say!("SKIPPED cfg_kernel: {u}");
        return;
    }
    let profile = kernel::host_profile().expect("the host probe answers");
    let imms = [i32::MAX, i32::MIN, i32::MAX - 1, -1, -2, 0x7fff, -0x8000];
    let offs = [i16::MAX, i16::MIN, -1, -2];
    let mut programs = Vec::new();
    for &imm in &imms {
        programs.push(vec![
            RawInsn::new(0x06, 0, 0, 0, imm),
            RawInsn::new(EXIT, 0, 0, 0, 0),
        ]);
        programs.push(vec![
            RawInsn::new(0x85, 0, 1, 0, imm),
            RawInsn::new(EXIT, 0, 0, 0, 0),
        ]);
        programs.push(vec![
            RawInsn::new(0x18, 1, 4, 0, imm),
            RawInsn::new(0, 0, 0, 0, 0),
            RawInsn::new(EXIT, 0, 0, 0, 0),
        ]);
    }
    for &off in &offs {
        programs.push(vec![
            RawInsn::new(0x05, 0, 0, off, 0),
            RawInsn::new(EXIT, 0, 0, 0, 0),
        ]);
        programs.push(vec![
            RawInsn::new(0x15, 1, 0, off, 0),
            RawInsn::new(EXIT, 0, 0, 0, 0),
        ]);
    }
    for p in programs {
        let outcome = kernel::load(&p, &[], &options(Privilege::Root)).expect("the kernel answers");
        if let Err(e) = compare(&p, profile, &outcome) {
            panic!("{p:?}: {e}");
        }
    }
}
