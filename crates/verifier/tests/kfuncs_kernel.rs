//! The section, cast and string kfuncs (`bpf_rcu_read_lock`/`_unlock`, `bpf_preempt_disable`/
//! `_enable`, `bpf_cast_to_kern_ctx`, `bpf_rdonly_cast`, `bpf_strlen`, `bpf_strchr`,
//! `bpf_strnlen`, `bpf_strcmp`, `bpf_strrchr`) against the live kernel: seeded
//! random programs mixing them, balanced or not, with branches on context fields, helper
//! calls, static subprograms that open or close sections themselves, casts of the context
//! (moved or not) and of scalars, and exits with sections open, loaded with the kernel's
//! BTF ids of the kfuncs (`kernel::resolve_kfuncs`) at both privileges and verified here
//! on the probed host profile: the same verdict, rejected instruction, message and errno,
//! and the same `processed N insns` where both accept. 150 programs per privilege by
//! default (`KFUNCS_PROGRAMS` for more, `KFUNCS_SEED` another seed); inside each cached
//! kernel image with `KFUNCS_IMAGES=1` (6.12.118: sections from 6.10, casts from 6.2, no
//! string kfuncs, so programs calling them are drawn again; 6.1.192 has none: `SKIPPED`).
#![cfg(target_os = "linux")]

mod common;

use common::{say, Rng};
use isa::RawInsn;
use kernel::LoadOptions;
use skctx::{KernelProfile, Privilege};

/// One random piece of a function body; `n` numbers its labels. Most pieces are correct
/// (balanced sections around helpers, branches and calls); about one in eight is a misuse
/// (an unbalanced kfunc, a bad cast argument, a section open on one branch only).
fn piece(rng: &mut Rng, n: usize, subprogs: usize, depth: usize) -> String {
    let inner = |rng: &mut Rng, k: usize| match depth {
        0 => piece(rng, 100 + 10 * n + k, subprogs, 1),
        _ => "call 7\n".to_string(),
    };
    match rng.below(17) {
        0..=2 => {
            let body = inner(rng, 0);
            format!("call bpf_rcu_read_lock\n{body}call bpf_rcu_read_unlock\n")
        }
        3 | 4 => {
            let body = inner(rng, 1);
            let twice = rng.chance(30);
            let (open, close) = match twice {
                true => (
                    "call bpf_preempt_disable\n".repeat(2),
                    "call bpf_preempt_enable\n".repeat(2),
                ),
                false => (
                    "call bpf_preempt_disable\n".into(),
                    "call bpf_preempt_enable\n".into(),
                ),
            };
            format!("{open}{body}{close}")
        }
        5 => rng
            .pick(&[
                "call bpf_rcu_read_lock\n",
                "call bpf_rcu_read_unlock\n",
                "call bpf_preempt_disable\n",
                "call bpf_preempt_enable\n",
            ])
            .into(),
        6 | 7 => {
            // A branch on a context field over a helper call or (rarely) a kfunc call.
            let field = rng.pick(&[8u8, 12, 60]);
            let k = rng.below(4);
            let skipped = match rng.chance(20) {
                true => rng.pick(&["call bpf_rcu_read_lock", "call bpf_preempt_enable"]),
                false => rng.pick(&["call 7", "r7 += 1", "call 5"]),
            };
            format!("r2 = *(u32 *)(r6 + {field})\nif r2 > {k} goto S{n}\n{skipped}\nS{n}:\n")
        }
        8 => rng.pick(&["call 7\n", "call 5\n", "r7 = r0\n"]).into(),
        9 if subprogs > 0 => format!("r1 = r6\ncall f{}\n", rng.index(subprogs)),
        10 => {
            let arg = match rng.chance(80) {
                true => "r1 = r6\n",
                false => rng.pick(&["r1 = r6\nr1 += 4\n", "r1 = 0\n", "r1 = r10\nr1 += -8\n"]),
            };
            format!("{arg}call bpf_cast_to_kern_ctx\nr8 = r0\n")
        }
        11 => {
            let id = match rng.chance(80) {
                true => "r2 = 0\n",
                false => rng.pick(&["r2 = *(u32 *)(r6 + 8)\n", "r2 = r10\n", "r2 = -1\n"]),
            };
            format!("{id}call bpf_rdonly_cast\n")
        }
        12 => "r1 = r6\nr2 = 0\nr3 = 0\ncall 124\n".into(),
        13 => format!(
            "r2 = *(u32 *)(r6 + 60)\nif r2 == {} goto X{n}\n",
            8000 + rng.below(3)
        ),
        14 => {
            // A string kfunc on the stack (`fp-8` holds the context pointer's bytes, no NUL
            // needed by the verifier), the context or a scalar; its scalar argument a
            // scalar, or (rarely) a pointer.
            let s = rng.pick(&["r1 = r10\nr1 += -8\n", "r1 = r6\n", "r1 = 0\n"]);
            let c = rng.pick(&["r2 = 0x61\n", "r2 = r7\n", "r2 = r10\n"]);
            let f = rng.pick(&[
                "bpf_strlen",
                "bpf_strchr",
                "bpf_strnlen",
                "bpf_strcmp",
                "bpf_strrchr",
            ]);
            let c = if f == "bpf_strcmp" {
                "r2 = r10\nr2 += -8\n"
            } else {
                c
            };
            format!("{s}{c}call {f}\nr7 = r0\n")
        }
        _ => "r7 += 1\n".into(),
    }
}

/// The labels `goto` names with prefix `p` (`X` or `Y`) in `body`.
fn targets(body: &str, p: char) -> Vec<String> {
    let mut out: Vec<String> = body
        .lines()
        .filter_map(|l| l.split(&format!("goto {p}")).nth(1))
        .map(|n| format!("{p}{n}"))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// A random program: the main function (saving the context in R6, with early exits at
/// `X*` labels that close a section or not) and up to two static subprograms (their own
/// early exits at `Y*`).
fn program(rng: &mut Rng) -> String {
    let subprogs = rng.index(3);
    let mut main = String::from("r6 = r1\nr7 = 0\n*(u64 *)(r10 - 8) = r6\n");
    for n in 0..2 + rng.index(7) {
        main.push_str(&piece(rng, n, subprogs, 0));
    }
    for f in 0..subprogs {
        if !main.contains(&format!("call f{f}\n")) {
            main.push_str(&format!("r1 = r6\ncall f{f}\n"));
        }
    }
    main.push_str("r0 = 0\nexit\n");
    for label in targets(&main, 'X') {
        let close = [
            "",
            "call bpf_rcu_read_unlock\n",
            "call bpf_preempt_enable\n",
        ][rng.index(3)];
        main.push_str(&format!("{label}:\n{close}r0 = 1\nexit\n"));
    }
    for f in 0..subprogs {
        let mut sub = format!("f{f}:\nr6 = r1\nr7 = 0\n");
        for n in 0..1 + rng.index(3) {
            sub.push_str(&piece(rng, 1000 * (f + 1) + n, 0, 0).replace("goto X", "goto Y"));
        }
        sub.push_str("r0 = 0\nexit\n");
        for label in targets(&sub, 'Y') {
            sub.push_str(&format!("{label}:\nr0 = 0\nexit\n"));
        }
        main.push_str(&sub);
    }
    main
}

fn assemble(body: &str) -> Vec<RawInsn> {
    let source = format!("\t.text\n\t.globl prog\nprog:\n{body}");
    speccase::corpus::prepare(&source, "kfuncs.s")
        .expect("the program assembles")
        .insns
}

fn load(raw: &[RawInsn], privilege: Privilege) -> kernel::LoadOutcome {
    let loaded = kernel::resolve_kfuncs(raw).expect("the kernel has the kfuncs");
    let options = LoadOptions {
        stats: true,
        ..LoadOptions::default()
    }
    .with_privilege(privilege);
    kernel::load(&loaded, &[], &options).expect("BPF_PROG_LOAD runs")
}

/// The host profile, or why the test cannot run.
fn host() -> Result<KernelProfile, String> {
    kernel::availability().map_err(|u| u.to_string())?;
    let profile = kernel::host_profile().map_err(|e| e.to_string())?;
    let newest = skctx::kfunc_by_name("bpf_preempt_disable").expect("modelled");
    if !newest.available(profile) {
        return Err(format!(
            "{profile} lacks the kfuncs (preemption from {})",
            newest.since
        ));
    }
    Ok(profile)
}

#[test]
fn kfunc_programs_agree_with_the_live_kernel() {
    let profile = match host() {
        Ok(p) => p,
        Err(why) => {
            say(format!("SKIPPED kfuncs_kernel: {why}"));
            return;
        }
    };
    let count = common::env_u64("KFUNCS_PROGRAMS", 150);
    let seed = common::env_u64("KFUNCS_SEED", 1);
    let mut rng = Rng::new(seed);
    let (mut agree, mut accepted, mut failures) = (0, 0, Vec::new());
    let mut refusals = std::collections::BTreeMap::<String, usize>::new();
    let mut unsupported = std::collections::BTreeMap::<String, usize>::new();
    let strings = skctx::kfunc_by_name("bpf_strrchr").is_some_and(|k| k.available(profile));
    for i in 0..count {
        // A kernel without the string kfuncs gets the next program without them.
        let body = loop {
            let body = program(&mut rng);
            if strings || !body.contains("call bpf_str") {
                break body;
            }
        };
        let raw = assemble(&body);
        for privilege in Privilege::ALL {
            let out = load(&raw, privilege);
            let ours = verifier::verify(&raw, &[], profile, privilege, true);
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
                Err(e) => failures.push(format!("program {i} ({privilege}): {e}\n{body}")),
            }
        }
    }
    say(format!(
        "kfuncs_kernel on {profile} (seed {seed}): {} programs x 2 privileges: {agree} agree ({accepted} accepted), {} unsupported {unsupported:?}, {} disagree",
        count,
        unsupported.values().sum::<usize>(),
        failures.len()
    ));
    say(format!("kfuncs_kernel: refusals agreed on: {refusals:?}"));
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The same programs inside each cached kernel image, each guest modelled by its release
/// (`KFUNCS_IMAGES=1`; minutes under TCG).
#[test]
fn kfunc_programs_agree_inside_each_image() {
    common::opt_in_image_run(
        "KFUNCS_IMAGES",
        "kfuncs_kernel",
        "kfunc_programs_agree_with_the_live_kernel",
        "KFUNCS_SEED",
        "minutes under TCG",
    );
}
