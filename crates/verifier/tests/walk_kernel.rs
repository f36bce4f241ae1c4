//! `verifier::verify` against the live kernel on proggen's generated programs, without loops
//! and then with them: the same verdict on every program we do not refuse as unsupported,
//! and the same rejected instruction and message where both reject. A false accept fails
//! the test. `WALK_CASES=<n>` (default 300) programs per privilege and loop setting and
//! `WALK_SEED=<u64>` choose the campaign. Without a usable kernel the test prints
//! `SKIPPED walk_kernel: <reason>` and returns. The same comparison runs inside each cached
//! kernel image (Debian 6.1 and 6.12), sampled (`WALK_CASES_IMAGES=<n>`, default
//! [`IMAGE_CASES`]).
#![cfg(target_os = "linux")]

mod common;

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

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

/// The maps of a generated program (all `sock_map`), as `verify` takes them.
fn map_infos(p: &Program) -> Vec<MapInfo> {
    p.maps
        .iter()
        .map(|m| MapInfo {
            slot: m.slot,
            map_type: m.map.map_type,
            key_size: m.map.key_size,
            value_size: m.map.value_size,
            max_entries: m.map.max_entries,
            flags: 0,
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
    reasons: std::collections::BTreeMap<String, usize>,
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
    let cases = env_u64("WALK_CASES", 300) as usize;
    let seed = env_u64("WALK_SEED", 0x3a1c_0de5);
    let mut t = Tally::default();
    // Loop-free programs first; then programs that may loop, which must be refused as
    // unsupported or agree.
    let runs = Privilege::ALL
        .into_iter()
        .flat_map(|p| [(p, false), (p, true)]);
    for (privilege, loops) in runs {
        let mut gen = Generator::with_config(
            seed,
            proggen::Config {
                loops,
                profile,
                ..proggen::Config::default()
            },
        );
        let opts = LoadOptions {
            stats: false,
            ..LoadOptions::default()
        }
        .with_privilege(privilege);
        let mut programs = Vec::new();
        while programs.len() < cases {
            let (ok, bad) = gen.boundary_pair();
            programs.push(ok);
            programs.push(bad);
            programs.push(gen.program());
        }
        for p in &programs {
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
    say!(
        "walk_kernel: {} programs: {} unsupported; same verdict on {} of {} supported; same rejected instruction on {} of {} both rejected{unnamed}",
        t.programs,
        t.unsupported,
        t.same_verdict,
        t.programs - t.unsupported,
        t.same_insn,
        t.both_reject - t.no_insn
    );
    say!(
        "walk_kernel: the kernel's last message line is in ours for {} of {} both rejected",
        t.same_message,
        t.both_reject
    );
    for (why, n) in &t.reasons {
        say!("  unsupported {n}x: {why}");
    }
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
    let ours = verify(&insns, &map_infos(p), profile, privilege, true);
    if let Err(Refusal::Unsupported(why)) = &ours {
        t.unsupported += 1;
        *t.reasons.entry(shape(why)).or_default() += 1;
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
                Some(_) => t.failures.push(show("different rejected instruction")),
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

/// A reason with its numbers replaced by `N`, so that the summary groups alike reasons.
fn shape(why: &str) -> String {
    let mut out = String::new();
    for c in why.chars() {
        if c.is_ascii_digit() {
            if !out.ends_with('N') {
                out.push('N');
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Programs per privilege and loop setting inside each image (TCG is about 20 times slower
/// than the host).
const IMAGE_CASES: u64 = 300;

/// `walk_agrees_with_the_live_kernel` inside each cached kernel image, each guest modelled
/// by its own release; prints the guest's figures per kernel.
#[test]
fn walk_agrees_inside_each_image() {
    let cases = env_u64("WALK_CASES_IMAGES", IMAGE_CASES);
    let Some(runs) = common::in_each_image(
        "walk_kernel_images",
        &["walk_agrees_with_the_live_kernel"],
        &[("WALK_CASES", cases.to_string())],
        &["walk_kernel", "  unsupported", "SKIPPED"],
    ) else {
        return;
    };
    let mut failures = Vec::new();
    for run in runs {
        for line in &run.summary {
            say!("{}: {line}", run.release);
        }
        say!("{}: [{}]", run.release, run.times);
        if let Some(f) = run.failure {
            failures.push(format!("inside {}: {f}", run.release));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
