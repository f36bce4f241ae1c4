//! `may_goto` loops and callback helpers against the live kernel: directed programs
//! (`may_goto` bounding loops that would not converge otherwise, nested, with a counter the
//! kernel widens, in a subprogram; `bpf_loop` whose callback argument is not a function,
//! whose callback is loaded without BTF) loaded into the kernel (`BPF_LOG_STATS`) and
//! verified here on the probed host profile: the same verdict, the same rejected instruction,
//! message and errno, and the same `processed N insns` where both accept. Kernels before
//! 6.9 refuse the opcode (`unknown opcode e5`), and so does this verifier for them.
//! Then proggen's programs with a `may_goto` loop (`Config::may_goto`; root, whose loops
//! proggen generates): the same verdict, and the same processed count where both accept.
//! `CALLBACKS_RANDOM=<n>` such programs (default 60; `CALLBACKS_SEED=<n>` another stream). Both run inside each cached kernel
//! image too (6.1.192 refuses the opcode; 6.12.118 walks it with loop entries), with a small
//! sample of generated programs (`CALLBACKS_IMAGES=<n>`). Its module `callbacks_btf`
//! compares `bpf_loop` callbacks loaded with BTF func_info (`tests/callbacks_btf/mod.rs`), in
//! the same image boots.
#![cfg(target_os = "linux")]

mod callbacks_btf;
mod callbacks_for_each;
mod common;

use isa::{Insn, RawInsn};
use kernel::{LoadOptions, LoadOutcome, Map, MapSpec, MapType};
use skctx::{KernelProfile, Privilege};
use verifier::{verify, MapInfo, Refusal};

macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

/// Directed programs: (name, body).
const PROGRAMS: [(&str, &str); 17] = [
    // The loop ends only through may_goto: its counter never bounds it.
    (
        "may_goto_forever",
        "r6 = 0\nL:\nmay_goto out\nr6 += 1\ngoto L\nout:\nr0 = 0\nexit",
    ),
    // A counted loop with may_goto inside: both exits.
    (
        "may_goto_counted",
        "r6 = 0\nL:\nmay_goto out\nr6 += 1\nif r6 < 100 goto L\nout:\nr0 = 0\nexit",
    ),
    // The counter decides an array index: precise, so the iterations never converge
    // by range and the stack slot is read at every offset.
    (
        "may_goto_stack_index",
        "r1 = 0\n*(u64 *)(r10 - 8) = r1\n*(u64 *)(r10 - 16) = r1\nr6 = 0\nL:\n\
         may_goto out\nr6 += 1\nr6 &= 7\nr2 = r10\nr2 += -16\nr2 += r6\n\
         r3 = *(u8 *)(r2 + 0)\ngoto L\nout:\nr0 = 0\nexit",
    ),
    // The return value depends on the loop.
    (
        "may_goto_return_counter",
        "r0 = 0\nL:\nmay_goto out\nr0 += 1\ngoto L\nout:\nexit",
    ),
    (
        "may_goto_return_masked",
        "r0 = 0\nL:\nmay_goto out\nr0 += 1\nr0 &= 1\ngoto L\nout:\nexit",
    ),
    // A context field read in the loop.
    (
        "may_goto_ctx",
        "r6 = r1\nr7 = 0\nL:\nmay_goto out\nr2 = *(u32 *)(r6 + 12)\nif r2 == 6 goto out\n\
         r7 += r2\ngoto L\nout:\nr0 = 0\nexit",
    ),
    // Nested loops, each bounded by its own may_goto.
    (
        "may_goto_nested",
        "r6 = 0\nA:\nmay_goto out\nr7 = 0\nB:\nmay_goto next\nr7 += 1\ngoto B\nnext:\n\
         r6 += 1\ngoto A\nout:\nr0 = 0\nexit",
    ),
    // A forward may_goto, no loop at all.
    ("may_goto_forward", "may_goto +1\nr0 = 1\nr0 = 0\nexit"),
    // may_goto +0: both ways are the next instruction.
    ("may_goto_zero", "may_goto +0\nr0 = 0\nexit"),
    // The loop leaves an uninitialised register read after it on one path.
    (
        "may_goto_uninit_after",
        "r6 = 0\nL:\nmay_goto out\nr7 = 1\nr6 += 1\ngoto L\nout:\nr0 = r7\nr0 = 0\nexit",
    ),
    // A may_goto loop in a subprogram.
    (
        "may_goto_subprog",
        "call f\nr0 = 0\nexit\nf:\nr6 = 0\nL:\nmay_goto out\nr6 += 1\ngoto L\nout:\n\
         r0 = 0\nexit",
    ),
    // The loop body ends with an infinite loop: detected as the kernel does.
    (
        "may_goto_then_infinite",
        "r6 = 0\nL:\nmay_goto out\nr6 += 1\ngoto L\nout:\nr0 = 0\nM:\nr0 &= 1\ngoto M",
    ),
    // bpf_loop with a scalar where the callback belongs.
    (
        "bpf_loop_scalar_callback",
        "r1 = 1\nr2 = 0\nr3 = 0\nr4 = 0\ncall 181\nr0 = 0\nexit",
    ),
    // A function's address without BTF func_info.
    (
        "func_address_without_btf",
        "r2 = cb ll\nr0 = 0\nexit\ncb:\nr0 = 0\nexit",
    ),
    (
        "bpf_loop_without_btf",
        "r1 = 1\nr2 = cb ll\nr3 = 0\nr4 = 0\ncall 181\nr0 = 0\nexit\ncb:\nr0 = 0\nexit",
    ),
    // An uninitialised callback argument.
    (
        "bpf_loop_uninit_callback",
        "r1 = 1\nr3 = 0\nr4 = 0\ncall 181\nr0 = 0\nexit",
    ),
    // The callback argument a stack pointer.
    (
        "bpf_loop_stack_callback",
        "r1 = 1\nr2 = r10\nr2 += -8\nr3 = 0\nr4 = 0\ncall 181\nr0 = 0\nexit",
    ),
];

fn assemble(body: &str) -> Vec<RawInsn> {
    let source = format!("\t.text\n\t.globl prog\nprog:\n{body}\n");
    speccase::corpus::prepare(&source, "callbacks.s")
        .expect("the program assembles")
        .insns
}

fn load(raw: &[RawInsn], privilege: Privilege) -> LoadOutcome {
    load_with(raw, &[], privilege)
}

fn load_with(raw: &[RawInsn], maps: &[(usize, &Map)], privilege: Privilege) -> LoadOutcome {
    let opts = LoadOptions {
        stats: true,
        ..LoadOptions::default()
    }
    .with_privilege(privilege);
    kernel::load(raw, maps, &opts).expect("BPF_PROG_LOAD runs")
}

/// Where the kernel and this verifier differ on one program, if they do; `Ok(None)` when
/// this verifier refuses it as unsupported.
fn compare(
    raw: &[RawInsn],
    maps: &[MapInfo],
    out: &LoadOutcome,
    profile: KernelProfile,
    privilege: Privilege,
) -> Result<Option<()>, String> {
    let ours = verify(raw, maps, profile, privilege, true);
    // A refusal before the walk (`unknown opcode e5`) names no instruction.
    common::judge(&ours, out, out.insn_index().is_none()).map(|supported| supported.then_some(()))
}

/// The host profile, or why the test cannot run.
fn host() -> Result<KernelProfile, String> {
    kernel::availability().map_err(|u| u.to_string())?;
    let profile = kernel::host_profile().map_err(|e| e.to_string())?;
    let probe = assemble("L:\nmay_goto out\ngoto L\nout:\nr0 = 0\nexit");
    if let Err(Refusal::Unsupported(why)) = verify(&probe, &[], profile, Privilege::Root, true) {
        return Err(format!("may_goto is not modelled on {profile}: {why}"));
    }
    Ok(profile)
}

#[test]
fn directed_programs_agree_with_the_live_kernel() {
    let profile = match host() {
        Ok(p) => p,
        Err(why) => {
            say!("SKIPPED callbacks_kernel directed programs: {why}");
            return;
        }
    };
    let mut failures = Vec::new();
    for (name, body) in PROGRAMS {
        let raw = assemble(body);
        for privilege in Privilege::ALL {
            let out = load(&raw, privilege);
            let verdict = compare(&raw, &[], &out, profile, privilege);
            say!(
                "{name} ({privilege}): kernel {} at {:?}, {:?} processed: {verdict:?}",
                out.message()
                    .and_then(|m| m.lines().last().map(str::to_string))
                    .unwrap_or("accepts".into()),
                out.insn_index(),
                out.processed_insns()
            );
            match verdict {
                Ok(Some(())) => {}
                // Pointer arithmetic on speculative paths without CAP_PERFMON is not
                // modelled: the only refusal this set meets.
                Ok(None) if privilege != Privilege::Root => {}
                Ok(None) => failures.push(format!("{name} ({privilege}): unsupported")),
                Err(e) => failures.push(format!(
                    "{name} ({privilege}): {e}{}",
                    debug_log(&raw, privilege)
                )),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// With `CALLBACKS_DEBUG` set, the kernel's level-2 log of `raw`, to print with a failure.
fn debug_log(raw: &[RawInsn], privilege: Privilege) -> String {
    if std::env::var_os("CALLBACKS_DEBUG").is_none() {
        return String::new();
    }
    let opts = LoadOptions {
        log_level: 2,
        ..LoadOptions::default()
    }
    .with_privilege(privilege);
    let log = kernel::load(raw, &[], &opts).map(|o| o.log);
    format!("\nkernel log:\n{}", log.unwrap_or_default())
}

#[test]
fn generated_may_goto_loops_agree_with_the_live_kernel() {
    let profile = match host() {
        Ok(p) => p,
        Err(why) => {
            say!("SKIPPED callbacks_kernel generated programs: {why}");
            return;
        }
    };
    if !proggen::rules::has_may_goto(profile) {
        say!("SKIPPED callbacks_kernel generated programs: {profile} has no may_goto");
        return;
    }
    let wanted = std::env::var("CALLBACKS_RANDOM")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(60usize);
    let spec = proggen::SOCK_MAP;
    let map = Map::create(&MapSpec::new(
        MapType::from_id(spec.map_type),
        spec.key_size,
        spec.value_size,
        spec.max_entries,
    ))
    .expect("create sock_map");
    let cfg = proggen::Config {
        profile,
        ..proggen::Config::everything()
    };
    let mut gen =
        proggen::Generator::with_config(common::seed("CALLBACKS_SEED", 0x6d61_795f_676f_746f), cfg);
    let (mut seen, mut accepted, mut unsupported) = (0, 0, 0);
    let (mut failures, mut elsewhere) = (Vec::new(), Vec::new());
    while seen < wanted {
        let p = gen.program();
        if !p.insns.iter().any(|i| matches!(i, Insn::MayGoto { .. })) {
            continue;
        }
        seen += 1;
        let mut raw = p.raw();
        for m in &p.maps {
            raw[m.slot].src = 1;
        }
        let infos: Vec<MapInfo> = p
            .maps
            .iter()
            .map(|m| MapInfo {
                slot: m.slot,
                // The one `map` every reference is bound to.
                id: 0,
                map_type: m.map.map_type,
                key_size: m.map.key_size,
                value_size: m.map.value_size,
                max_entries: m.map.max_entries,
                flags: 0,
                frozen: None,
                ..Default::default()
            })
            .collect();
        let bound: Vec<(usize, &Map)> = p.maps.iter().map(|m| (m.slot, &map)).collect();
        let out = load_with(&p.raw(), &bound, Privilege::Root);
        accepted += usize::from(out.accepted());
        match compare(&raw, &infos, &out, profile, Privilege::Root) {
            Ok(Some(())) => {}
            Ok(None) => unsupported += 1,
            Err(e)
                if e.starts_with("processed")
                    && count_differs_without_may_goto(&raw, &bound, &infos, profile) =>
            {
                elsewhere.push(format!("{e}\n{}", p.to_text()));
            }
            Err(e) => failures.push(format!("{e}\n{}", p.to_text())),
        }
    }
    say!(
        "callbacks_kernel: {seen} generated programs with may_goto (seed {:#x}; {accepted} accepted by the kernel, {unsupported} unsupported here): {} disagree, {} only in the processed count where the same program without may_goto differs too",
        common::seed("CALLBACKS_SEED", 0x6d61_795f_676f_746f),
        failures.len(),
        elsewhere.len()
    );
    for e in &elsewhere {
        say!("count differs with and without may_goto: {e}");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The processed count of `raw` with every `may_goto` turned into `goto +0` differs between
/// the kernel and this verifier too: the difference lies in how loops are pruned, not in
/// `may_goto`.
fn count_differs_without_may_goto(
    raw: &[RawInsn],
    bound: &[(usize, &Map)],
    infos: &[MapInfo],
    profile: KernelProfile,
) -> bool {
    let may_goto = isa::table::class::JMP | isa::table::jmp_op::JCOND;
    let ja = isa::table::class::JMP | isa::table::jmp_op::JA;
    let plain: Vec<RawInsn> = raw
        .iter()
        .map(|i| match i.code == may_goto {
            true => RawInsn {
                code: ja,
                off: 0,
                ..*i
            },
            false => *i,
        })
        .collect();
    let mut unbound = plain.clone();
    for (slot, _) in bound {
        unbound[*slot].src = 0;
    }
    let out = load_with(&unbound, bound, Privilege::Root);
    matches!(
        compare(&plain, infos, &out, profile, Privilege::Root),
        Err(e) if e.starts_with("processed")
    )
}

/// Generated `may_goto` programs inside each image: TCG runs the guest about 20 times slower
/// than the host.
const IMAGE_PROGRAMS: usize = 8;

/// The directed, generated and BTF callback programs inside each cached kernel image, each
/// guest modelled by its own release.
#[test]
fn may_goto_agrees_inside_each_image() {
    let count = std::env::var("CALLBACKS_IMAGES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(IMAGE_PROGRAMS);
    let for_each = std::env::var("FOR_EACH_RANDOM")
        .unwrap_or_else(|_| callbacks_for_each::IMAGE_PROGRAMS.to_string());
    let mut env = common::with_seed(
        "FOR_EACH_SEED",
        common::with_seed(
            "CALLBACKS_SEED",
            vec![
                ("CALLBACKS_RANDOM", count.to_string()),
                ("FOR_EACH_RANDOM", for_each),
            ],
        ),
    );
    if let Some(v) = std::env::var_os("CALLBACKS_DEBUG") {
        env.push(("CALLBACKS_DEBUG", v.to_string_lossy().into_owned()));
    }
    let Some(runs) = common::in_each_image(
        "callbacks_kernel_images",
        &[
            "directed_programs_agree_with_the_live_kernel",
            "generated_may_goto_loops_agree_with_the_live_kernel",
            "callbacks_btf::bpf_loop_callbacks_with_btf_agree_with_the_live_kernel",
            "callbacks_for_each::for_each_map_elem_callbacks_agree_with_the_live_kernel",
        ],
        &env,
        &[
            "callbacks_kernel",
            "callbacks_btf_kernel",
            "callbacks_for_each_kernel",
            "SKIPPED",
            "count differs",
        ],
    ) else {
        return;
    };
    common::assert_every_guest_passed(runs);
}
