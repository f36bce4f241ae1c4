//! `bpf_spin_lock`/`bpf_spin_unlock` against the live kernel: seeded programs that look up
//! two values of an ARRAY whose value holds a lock at 4 (r6, r7) and then take a random
//! sequence of steps: lock and unlock either value (now and then at the wrong offset),
//! loads and stores of the value's words (the lock's too), a helper call, the number
//! iterator's kfuncs or `bpf_rcu_read_lock`/`_unlock`, branches over
//! the next steps, an early exit, static subprograms that do nothing, lock or unlock their
//! argument, copies of one value into the other register and spills; at both privileges.
//! The same verdict, rejected instruction, message, errno and processed count on every
//! program not refused as unsupported. `SPIN_LOCK_PROGRAMS` (default 150 per privilege)
//! and `SPIN_LOCK_SEED` set the campaign; `SPIN_LOCK_IMAGES=1` runs it inside each cached
//! kernel image too.
#![cfg(target_os = "linux")]

mod common;

use common::Rng;
use skctx::Privilege;

const PRELUDE: &str = "\
.skmap locked, type=array, key=4, value=16, max_entries=2
\t.text
prog:
    r9 = r1
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = 1
    *(u32 *)(r10 - 8) = r1
    r2 = r10
    r2 += -8
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r7 = r0
    r8 = *(u32 *)(r6 + 0)
";

/// The subprograms a step may call: (label, body). Only the called ones are emitted (the
/// kernel refuses an unreachable instruction).
const SUBPROGRAMS: [(&str, &str); 3] = [
    ("sub_plain", "    r0 = 0\n    exit\n"),
    (
        "sub_lock",
        "    r1 += 4\n    call 93\n    r0 = 0\n    exit\n",
    ),
    (
        "sub_unlock",
        "    r1 += 4\n    call 94\n    r0 = 0\n    exit\n",
    ),
];

/// The calls a step may make besides the lock's: a helper, the number iterator's kfuncs
/// (allowed under the lock from 6.14) and another kfunc pair (never allowed under it).
const CALLS: [&str; 3] = [
    "    call 7\n",
    "    r1 = r10\n    r1 += -24\n    r2 = 0\n    r3 = 2\n    call bpf_iter_num_new\n    \
     r1 = r10\n    r1 += -24\n    call bpf_iter_num_next\n    \
     r1 = r10\n    r1 += -24\n    call bpf_iter_num_destroy\n",
    "    call bpf_rcu_read_lock\n    call bpf_rcu_read_unlock\n",
];

/// One generated program's source.
fn program(rng: &mut Rng) -> String {
    let mut s = String::from(PRELUDE);
    let steps = 2 + rng.index(8);
    // Labels still to place: (name, steps left before it).
    let mut pending: Vec<(String, usize)> = Vec::new();
    for n in 0..steps {
        step(rng, n, &mut s, &mut pending);
        for (label, left) in pending.iter_mut() {
            if *left == 0 {
                s.push_str(&format!("{label}:\n"));
            }
            *left = left.wrapping_sub(1);
        }
        pending.retain(|(_, left)| *left != usize::MAX);
    }
    for (label, _) in pending {
        s.push_str(&format!("{label}:\n"));
    }
    s.push_str("out:\n    r0 = 1\n    exit\n");
    for (label, body) in SUBPROGRAMS {
        if s.contains(&format!("call {label}\n")) {
            s.push_str(&format!("{label}:\n{body}"));
        }
    }
    s
}

/// Step `n`: its instructions appended to `s`, a branch's label to `pending`.
fn step(rng: &mut Rng, n: usize, s: &mut String, pending: &mut Vec<(String, usize)>) {
    let reg = rng.pick(&["r6", "r7"]);
    let text = match rng.index(12) {
        0..=3 => locked_block(rng, reg),
        4 => format!(
            "    r1 = {reg}\n    r1 += {}\n    call 93\n",
            lock_offset(rng)
        ),
        5 => format!(
            "    r1 = {reg}\n    r1 += {}\n    call 94\n",
            lock_offset(rng)
        ),
        6 => access(rng),
        7 => rng.pick(&CALLS).to_string(),
        8 => {
            pending.push((format!("skip{n}"), rng.index(3)));
            format!("    if r8 == {} goto skip{n}\n", rng.index(2))
        }
        9 => format!("    if r8 != 5 goto live{n}\n    r0 = 1\n    exit\nlive{n}:\n"),
        10 => match rng.index(3) {
            0 => format!("    call {}\n", SUBPROGRAMS[0].0),
            1 => format!("    r1 = {reg}\n    call sub_lock\n"),
            _ => format!("    r1 = {reg}\n    call sub_unlock\n"),
        },
        _ => match rng.index(2) {
            0 => "    r7 = r6\n".to_string(),
            _ => format!("    *(u64 *)(r10 - 16) = {reg}\n    {reg} = *(u64 *)(r10 - 16)\n"),
        },
    };
    s.push_str(&text);
}

/// Lock `reg`, a few accesses, unlock it (now and then the other register).
fn locked_block(rng: &mut Rng, reg: &str) -> String {
    let mut s = format!(
        "    r1 = {reg}\n    r1 += {}\n    call 93\n",
        lock_offset(rng)
    );
    for _ in 0..rng.index(3) {
        s.push_str(&access(rng));
    }
    let other = if reg == "r6" { "r7" } else { "r6" };
    let unlock = if rng.chance(10) { other } else { reg };
    s.push_str(&format!("    r1 = {unlock}\n    r1 += 4\n    call 94\n"));
    s
}

/// A load or store of a value's word: the lock's now and then.
fn access(rng: &mut Rng) -> String {
    let off = if rng.chance(10) {
        4
    } else {
        rng.pick(&[0, 8, 12])
    };
    match rng.index(2) {
        0 => format!("    r1 = *(u32 *)(r6 + {off})\n"),
        _ => format!("    *(u32 *)(r7 + {off}) = r8\n"),
    }
}

/// The offset a lock step adds: the lock's, now and then another.
fn lock_offset(rng: &mut Rng) -> u32 {
    if rng.chance(10) {
        rng.pick(&[0, 8])
    } else {
        4
    }
}

fn count() -> usize {
    std::env::var("SPIN_LOCK_PROGRAMS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(150)
}

fn seed() -> u64 {
    std::env::var("SPIN_LOCK_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5b1f_10c4)
}

#[test]
fn spin_lock_programs_agree_with_the_live_kernel() {
    if let Err(u) = kernel::availability() {
        common::say(format!("SKIPPED spin_lock_kernel: {u}"));
        return;
    }
    let profile = common::running_profile();
    let mut rng = Rng::new(seed());
    let mut failures = Vec::new();
    let (mut agree, mut unsupported, mut accepted, mut loads) = (0, 0, 0, 0);
    let mut without_kfuncs = 0;
    let mut reasons = std::collections::BTreeMap::<String, usize>::new();
    for i in 0..count() {
        let source = program(&mut rng);
        let mut p = speccase::corpus::prepare(&source, "spin.s").expect("the program assembles");
        p.spin_locks = vec![("locked".into(), 4)];
        let maps = common::kernel_maps(&p);
        let bound = common::bound_maps(&p, &maps);
        let (insns, infos) = (common::loaded_insns(&p), common::map_infos(&p));
        // 6.1 has no kfunc the steps call: such a program is left out, and counted.
        let Ok(kinsns) = kernel::resolve_kfuncs(&p.insns) else {
            without_kfuncs += 1;
            continue;
        };
        for privilege in [Privilege::Root, Privilege::NoPerfmon] {
            let opts = kernel::LoadOptions {
                privilege,
                stats: true,
                ..Default::default()
            };
            let out = kernel::load(&kinsns, &bound, &opts).expect("BPF_PROG_LOAD runs");
            loads += 1;
            accepted += usize::from(out.accepted());
            let ours = verifier::verify(&insns, &infos, profile, privilege, true);
            if let Err(verifier::Refusal::Unsupported(why)) = &ours {
                *reasons.entry(why.to_string()).or_default() += 1;
            }
            match common::judge(&ours, &out, false) {
                Ok(true) => agree += 1,
                Ok(false) => unsupported += 1,
                Err(e) => failures.push(format!("program {i} ({privilege:?}): {e}\n{source}")),
            }
        }
    }
    common::say(format!(
        "spin_lock_kernel on {profile} (seed {}): {loads} loads of {} programs ({accepted} accepted by the kernel; {without_kfuncs} programs left out, calling kfuncs this kernel lacks): {agree} agree, {unsupported} unsupported {reasons:?}, {} disagree",
        seed(),
        count(),
        failures.len()
    ));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn spin_lock_programs_agree_inside_each_image() {
    common::opt_in_image_run(
        "SPIN_LOCK_IMAGES",
        "spin_lock_kernel",
        "spin_lock_programs_agree_with_the_live_kernel",
        "SPIN_LOCK_SEED",
        "boots each cached image",
    );
}
