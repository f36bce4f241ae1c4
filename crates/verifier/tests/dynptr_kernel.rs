//! Local dynptrs (`bpf_dynptr_from_mem`, `bpf_dynptr_read`, `bpf_dynptr_write`,
//! `bpf_dynptr_data`) against the live kernel: seeded random programs that make dynptrs over
//! a map value at well- and ill-placed stack offsets, read, write and slice them (the slice
//! NULL-checked or not, loaded at in- and out-of-bounds offsets), store into and load from
//! their slots and the slots around them, behind branches on context fields, loaded as root
//! and verified here on the probed host profile: the same verdict, rejected instruction,
//! message and errno, and the same `processed N insns` where both accept. 200 programs by
//! default (`DYNPTR_PROGRAMS` for more, `DYNPTR_SEED` another seed); inside each cached
//! kernel image with `DYNPTR_IMAGES=1` (6.1.192 is not modelled: its programs count as
//! unsupported).
#![cfg(target_os = "linux")]

mod common;

use common::{say, Rng};
use kernel::LoadOptions;
use skctx::{KernelProfile, Privilege};

/// The map the programs' dynptrs point into.
const MAPS: &str = ".skmap vals, type=array, key=4, value=16, max_entries=1\n";

/// Where a dynptr argument points: mostly the prologue's dynptr at fp-24, sometimes
/// another well-placed 16-byte object, sometimes not.
fn dynptr_off(rng: &mut Rng) -> i32 {
    match rng.below(20) {
        0..=11 => -24,
        12..=16 => rng.pick(&[-32, -40]),
        _ => rng.pick(&[-8, -16, -20, -28, -36]),
    }
}

/// One random piece of the program body after the map value is in R7; `n` numbers its
/// labels.
fn piece(rng: &mut Rng, n: usize, depth: usize) -> String {
    match rng.below(12) {
        0..=2 => {
            let size = rng.pick(&[16, 16, 8, 0]);
            let flags = if rng.chance(90) { 0 } else { 1 };
            let off = dynptr_off(rng);
            format!("r1 = r7\nr2 = {size}\nr3 = {flags}\nr4 = r10\nr4 += {off}\ncall 197\n")
        }
        3 | 4 => {
            let dst = match rng.chance(85) {
                true => rng.pick(&[-64, -56]),
                false => rng.pick(&[-32, -28]),
            };
            let len = rng.pick(&[1, 4, 8]);
            let (off, at) = (dynptr_off(rng), rng.pick(&[0, 4, 12]));
            format!(
                "r1 = r10\nr1 += {dst}\nr2 = {len}\nr3 = r10\nr3 += {off}\nr4 = {at}\nr5 = 0\ncall 201\n"
            )
        }
        5 => {
            let (off, at, len) = (dynptr_off(rng), rng.pick(&[0, 4, 12]), rng.pick(&[4, 8]));
            format!(
                "r1 = r10\nr1 += {off}\nr2 = {at}\nr3 = r10\nr3 += -72\nr4 = {len}\nr5 = 0\ncall 202\n"
            )
        }
        6 | 7 => {
            let (off, at) = (dynptr_off(rng), rng.pick(&[0, 4]));
            let len = rng.pick(&[4, 8]);
            let load = rng.pick(&["u32 *)(r0 + 0", "u64 *)(r0 + 0", "u32 *)(r0 + 4"]);
            let check = match rng.chance(90) {
                true => format!("if r0 == 0 goto S{n}\n"),
                false => String::new(),
            };
            format!(
                "r1 = r10\nr1 += {off}\nr2 = {at}\nr3 = {len}\ncall 203\n{check}r1 = *({load})\nS{n}:\n"
            )
        }
        8 => {
            let off = rng.pick(&[-8, -16, -20, -24, -32, -40, -48]);
            let size = rng.pick(&["u64", "u32", "u8"]);
            format!("r1 = 0\n*({size} *)(r10 {off}) = r1\n")
        }
        9 => {
            let off = rng.pick(&[-16, -24, -32, -48]);
            format!("r1 = *(u64 *)(r10 {off})\n")
        }
        10 if depth == 0 => {
            let field = rng.pick(&[8u8, 12, 60]);
            let k = rng.below(4);
            let body = piece(rng, 100 + n, 1);
            format!("r2 = *(u32 *)(r6 + {field})\nif r2 > {k} goto S{n}\n{body}S{n}:\n")
        }
        _ if depth > 0 => "r0 = 0\nexit\n".to_string(),
        _ => "r8 = 1\n".to_string(),
    }
}

/// A random program: the context in R6, two zeroed 8-byte buffers at fp-64 and fp-72,
/// the map value in R7, mostly a dynptr over it at fp-24, then 1 to 7 pieces.
fn program(rng: &mut Rng) -> String {
    let mut body = String::from(
        "r6 = r1\nr1 = 0\n*(u64 *)(r10 - 64) = r1\n*(u64 *)(r10 - 72) = r1\n\
         *(u32 *)(r10 - 4) = r1\nr2 = r10\nr2 += -4\nr1 = vals ll\ncall 1\n\
         if r0 == 0 goto out\nr7 = r0\n",
    );
    if rng.chance(80) {
        body.push_str("r1 = r7\nr2 = 16\nr3 = 0\nr4 = r10\nr4 += -24\ncall 197\n");
    }
    for n in 0..1 + rng.index(7) {
        body.push_str(&piece(rng, n, 0));
    }
    body.push_str("out:\nr0 = 0\nexit\n");
    body
}

/// The host profile, or why the test cannot run.
fn host() -> Result<KernelProfile, String> {
    kernel::availability().map_err(|u| u.to_string())?;
    kernel::host_profile().map_err(|e| e.to_string())
}

#[test]
fn dynptr_programs_agree_with_the_live_kernel() {
    let profile = match host() {
        Ok(p) => p,
        Err(why) => {
            say(format!("SKIPPED dynptr_kernel: {why}"));
            return;
        }
    };
    let count = common::env_u64("DYNPTR_PROGRAMS", 200);
    let seed = common::env_u64("DYNPTR_SEED", 1);
    let mut rng = Rng::new(seed);
    let (mut agree, mut accepted, mut failures) = (0, 0, Vec::new());
    let mut refusals = std::collections::BTreeMap::<String, usize>::new();
    let mut unsupported = std::collections::BTreeMap::<String, usize>::new();
    for i in 0..count {
        let body = program(&mut rng);
        let source = format!("{MAPS}\t.text\n\t.globl prog\nprog:\n{body}");
        let p = speccase::corpus::prepare(&source, "dynptr.s").expect("the program assembles");
        let maps = common::kernel_maps(&p);
        let bound = common::bound_maps(&p, &maps);
        let raw = common::loaded_insns(&p);
        let options = LoadOptions {
            stats: true,
            ..LoadOptions::default()
        }
        .with_privilege(Privilege::Root);
        let out = kernel::load(&p.insns, &bound, &options).expect("BPF_PROG_LOAD runs");
        let ours = verifier::verify(&raw, &common::map_infos(&p), profile, Privilege::Root, true);
        match common::judge(&ours, &out, false) {
            Ok(true) => {
                agree += 1;
                accepted += usize::from(out.accepted());
                if let Some(m) = out
                    .message()
                    .and_then(|m| m.lines().last().map(str::to_string))
                {
                    *refusals.entry(common::shape(&m)).or_default() += 1;
                }
            }
            Ok(false) => {
                let why = format!("{:?}", ours.err());
                *unsupported.entry(common::shape(&why)).or_default() += 1;
            }
            Err(e) => failures.push(format!("program {i}: {e}\n{body}")),
        }
    }
    say(format!(
        "dynptr_kernel on {profile} (seed {seed}): {count} programs as root: {agree} agree ({accepted} accepted), {} unsupported {unsupported:?}, {} disagree",
        unsupported.values().sum::<usize>(),
        failures.len()
    ));
    say(format!("dynptr_kernel: refusals agreed on: {refusals:?}"));
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The same programs inside each cached kernel image, each guest modelled by its release
/// (`DYNPTR_IMAGES=1`; minutes under TCG).
#[test]
fn dynptr_programs_agree_inside_each_image() {
    common::opt_in_image_run(
        "DYNPTR_IMAGES",
        "dynptr_kernel",
        "dynptr_programs_agree_with_the_live_kernel",
        "DYNPTR_SEED",
        "minutes under TCG",
    );
}
