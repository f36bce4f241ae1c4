//! `verifier::verify` against the live kernel on proggen's generated programs, for both
//! privileges: loop-free programs, then programs with BPF-to-BPF calls and, for the
//! privileged loader, every kind of loop (`proggen::Config::everything`), half of each
//! batch near-boundary pairs; both with copies linked with a delta
//! (`proggen::Config::linked_deltas`). Checked:
//! the same verdict on every program we do not refuse as unsupported (a false accept or a
//! false reject fails the test), the same rejected instruction on at least 98% of those
//! both reject (each difference is printed), the kernel's message in ours where both
//! reject. Printed: the figures, the unsupported count and its reasons.
//!
//! `WALK_CASES=<n>` (default 500, so 2,000 programs) programs per privilege and
//! configuration and `WALK_SEED=<u64>` choose a longer campaign. Without a usable kernel
//! the test prints `SKIPPED walk_kernel: <reason>` and returns. The same comparison runs
//! inside each cached kernel image (Debian 6.1 and 6.12), sampled (`WALK_CASES_IMAGES=<n>`,
//! default [`IMAGE_CASES`]; the host's `WALK_SEED` goes to the guests), each guest modelled
//! as its own stable release.
#![cfg(target_os = "linux")]

mod common;

use isa::Insn;
use kernel::{LoadOptions, Map, MapSpec, MapType};
use proggen::{Generator, Program};
use skctx::Privilege;
use verifier::{verify, MapInfo, Refusal};

macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

/// Subprograms, and for a privileged loader every kind of loop. Without CAP_PERFMON the
/// kernel also walks the speculative paths of decided branches, and on the loops up to a
/// context value that runs into its 1M-instruction limit (`BPF program is too large`,
/// 2 to 3.5 s of kernel time each on 6.18): loops are for privileged loaders only.
fn with_calls(privilege: Privilege) -> proggen::Config {
    if privilege.has_perfmon() {
        proggen::Config::everything()
    } else {
        proggen::Config {
            loops: false,
            ..proggen::Config::everything()
        }
    }
}

/// The maps of a generated program (all `sock_map`), as `verify` takes them.
fn map_infos(p: &Program) -> Vec<MapInfo> {
    p.maps
        .iter()
        .map(|m| MapInfo {
            slot: m.slot,
            // The one `sock_map` every reference names.
            id: 0,
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

/// The instructions as the loader passes them: map references marked `BPF_PSEUDO_MAP_FD`.
fn loaded_insns(p: &Program) -> Vec<isa::RawInsn> {
    let mut raw = p.raw();
    for m in &p.maps {
        if let Some(i) = raw.get_mut(m.slot) {
            i.src = 1;
        }
    }
    raw
}

#[derive(Default)]
struct Tally {
    programs: usize,
    unsupported: usize,
    same_verdict: usize,
    both_reject: usize,
    same_insn: usize,
    /// Both reject, the kernel's log names no instruction (checks before the walk, e.g.
    /// `unknown opcode d7` on 6.1).
    no_insn: usize,
    same_message: usize,
    failures: Vec<String>,
    /// Both reject, at different instructions (allowed up to 2%).
    other_insn: Vec<String>,
    /// Time in `verify`: all of it, and on programs refused as unsupported.
    ours_time: std::time::Duration,
    unsupported_time: std::time::Duration,
    reasons: std::collections::BTreeMap<String, usize>,
    /// Programs with a `may_goto` loop.
    may_goto: usize,
}

#[test]
fn walk_agrees_with_the_live_kernel() {
    if let Err(u) = kernel::availability() {
        say!("SKIPPED walk_kernel: {u}");
        return;
    }
    let profile = common::running_profile();
    let map = Map::create(&MapSpec::new(
        MapType::from_id(proggen::SOCK_MAP.map_type),
        proggen::SOCK_MAP.key_size,
        proggen::SOCK_MAP.value_size,
        proggen::SOCK_MAP.max_entries,
    ))
    .expect("create sock_map");
    let cases = common::env_u64("WALK_CASES", 500) as usize;
    let seed = common::env_u64("WALK_SEED", 0x3a1c_0de5);
    let mut t = Tally::default();
    let loop_free = proggen::Config {
        loops: false,
        ..proggen::Config::default()
    };
    let runs = Privilege::ALL
        .into_iter()
        .flat_map(|p| [(p, loop_free.clone()), (p, with_calls(p))]);
    for (privilege, cfg) in runs {
        let cfg = proggen::Config {
            profile,
            linked_deltas: true,
            ..cfg
        };
        let mut gen = Generator::with_config(seed, cfg);
        let opts = LoadOptions {
            stats: false,
            ..LoadOptions::default()
        }
        .with_privilege(privilege);
        for p in &gen.batch(cases) {
            t.may_goto += usize::from(p.insns.iter().any(|i| matches!(i, Insn::MayGoto { .. })));
            compare(p, &map, &opts, profile, privilege, &mut t);
        }
    }
    let unnamed = if t.no_insn > 0 {
        format!(
            " ({} more where the kernel names no instruction)",
            t.no_insn
        )
    } else {
        String::new()
    };
    let named = t.both_reject - t.no_insn;
    say!(
        "walk_kernel: {} programs ({} with may_goto): {} unsupported; same verdict on {} of {} supported; same rejected instruction on {} of {} both rejected{unnamed}",
        t.programs,
        t.may_goto,
        t.unsupported,
        t.same_verdict,
        t.programs - t.unsupported,
        t.same_insn,
        named
    );
    say!(
        "walk_kernel: the kernel's last message line is in ours for {} of {} both rejected",
        t.same_message,
        t.both_reject
    );
    for (why, n) in &t.reasons {
        say!("  unsupported {n}x: {why}");
    }
    say!(
        "walk_kernel: {:.1?} in verify, {:.1?} of it on programs refused as unsupported",
        t.ours_time,
        t.unsupported_time
    );
    for d in &t.other_insn {
        say!("different rejected instruction: {d}");
    }
    let same_insn = t.same_insn as f64 / named.max(1) as f64;
    say!(
        "walk_kernel: same verdict on {:.2}% of supported, same rejected instruction on {:.2}% of both rejected",
        100.0 * t.same_verdict as f64 / (t.programs - t.unsupported).max(1) as f64,
        100.0 * same_insn
    );
    assert!(
        same_insn >= 0.98,
        "the rejected instruction differs on {} of {} programs both reject (printed above)",
        t.other_insn.len(),
        named
    );
    assert!(
        t.failures.is_empty(),
        "{} disagreements:\n{}",
        t.failures.len(),
        t.failures.join("\n")
    );
    assert!(t.programs > 0);
}

fn compare(
    p: &Program,
    map: &Map,
    opts: &LoadOptions,
    profile: skctx::KernelProfile,
    privilege: Privilege,
    t: &mut Tally,
) {
    t.programs += 1;
    let insns = loaded_insns(p);
    let start = std::time::Instant::now();
    let ours = verify(&insns, &map_infos(p), profile, privilege, true);
    t.ours_time += start.elapsed();
    if let Err(Refusal::Unsupported(why)) = &ours {
        t.unsupported += 1;
        t.unsupported_time += start.elapsed();
        *t.reasons.entry(common::shape(why)).or_default() += 1;
        return;
    }
    let maps: Vec<(usize, &Map)> = p.maps.iter().map(|m| (m.slot, map)).collect();
    let out = kernel::load(&p.raw(), &maps, opts).unwrap_or_else(|e| panic!("load failed: {e}"));
    let show = |what: &str| {
        format!(
            "{what} ({privilege}): ours {}, kernel {} `{}` at {:?}\n{}",
            match &ours {
                Ok(_) => "accept".to_string(),
                Err(e) => e.to_string(),
            },
            if out.accepted() { "accepts" } else { "rejects" },
            out.message().unwrap_or_default(),
            out.insn_index(),
            p.to_text()
        )
    };
    match (&ours, out.accepted()) {
        (Ok(_), true) => t.same_verdict += 1,
        (Ok(_), false) => t.failures.push(show("FALSE ACCEPT")),
        (Err(_), true) => t.failures.push(show("false reject")),
        (Err(Refusal::Rejected(r)), false) => {
            t.same_verdict += 1;
            t.both_reject += 1;
            match out.insn_index() {
                None => t.no_insn += 1,
                k if r.pc.map(|pc| pc.0) == k => t.same_insn += 1,
                Some(_) => t.other_insn.push(show("different rejected instruction")),
            }
            let kernel = out.message().unwrap_or_default();
            if !kernel.is_empty()
                && r.kernel_message
                    .contains(kernel.lines().last().unwrap_or(""))
            {
                t.same_message += 1;
            } else {
                t.failures.push(show("other message"));
            }
        }
        (Err(Refusal::Unsupported(_)), _) => {}
    }
}

/// Programs per privilege and configuration inside each image (TCG is about 20 times slower
/// than the host).
const IMAGE_CASES: u64 = 150;

/// `walk_agrees_with_the_live_kernel` inside each cached kernel image, each guest modelled
/// by its own release; prints the guest's figures per kernel.
#[test]
fn walk_agrees_inside_each_image() {
    let cases = common::env_u64("WALK_CASES_IMAGES", IMAGE_CASES);
    let Some(runs) = common::in_each_image(
        "walk_kernel_images",
        &["walk_agrees_with_the_live_kernel"],
        &common::with_seed("WALK_SEED", vec![("WALK_CASES", cases.to_string())]),
        &["walk_kernel", "  unsupported", "SKIPPED"],
    ) else {
        return;
    };
    common::assert_every_guest_passed(runs);
}
