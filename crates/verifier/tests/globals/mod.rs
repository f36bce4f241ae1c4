//! Global subprograms against the live kernel, a module of `tests/kernel.rs` (so that it
//! runs inside the kernel images in that binary's boots): every program of the spec files
//! `tests/spec/verifier/global_subprogs.s`, `global_mem_args.s` and `global_arg_kinds.s`
//! (built into the binary), loaded with its BTF functions (`kernel::load_with_funcs`) and
//! its maps with both privileges whatever release the case claims; then two seeded
//! campaigns: programs whose global function takes a pointer to memory (`mem:N`,
//! `__arg_nonnull` or not; the caller passes NULL, a scalar, the context, a stack slot or a
//! map value at an offset near the size; the callee reads and writes around its end, with
//! or without a NULL check; `GLOBALS_RANDOM=<n>`, default 200; `GLOBALS_SEED=<n>` another
//! stream for both campaigns), and programs whose global
//! function's prototype is drawn from every parameter kind, `arg:` tag and return of
//! `global_arg_kinds.s` (`GLOBALS_PROTOS=<n>`, default 100; 3000 agreed with 6.18.44).
//! `verify_with_btf` with the running kernel's profile must give the same verdict, the
//! same processed count where both accept (the global functions' walks counted with the
//! program's), the same rejected instruction and message where both reject (and
//! `analyze_with_btf` the failing path of the same walk, after the same passed walks, as
//! the kernel's log shows them), or call the program unsupported (`GLOBALS_DEBUG=1` prints
//! the kernel's level-2 log of a disagreement). Without a usable kernel:
//! `SKIPPED globals_kernel: <reason>`.

use super::common;
use skctx::Privilege;
use speccase::corpus::Prepared;
use speccase::format::Case;
use verifier::{analyze_with_btf, verify_with_btf, Refusal};

/// The spec cases, the one place these programs are written: (file name, text).
const FILES: [(&str, &str); 3] = [
    (
        "global_subprogs.s",
        include_str!("../../../../tests/spec/verifier/global_subprogs.s"),
    ),
    (
        "global_mem_args.s",
        include_str!("../../../../tests/spec/verifier/global_mem_args.s"),
    ),
    (
        "global_arg_kinds.s",
        include_str!("../../../../tests/spec/verifier/global_arg_kinds.s"),
    ),
];

/// One program at one privilege: `Ok(true)` when ours agrees with the kernel, `Ok(false)`
/// when ours calls it unsupported, the disagreement otherwise.
fn compare(case: &Case, p: &Prepared, privilege: Privilege) -> Result<bool, String> {
    let insns = common::loaded_insns(p);
    let opts = kernel::LoadOptions {
        privilege,
        ..kernel::LoadOptions::default()
    };
    let maps = common::kernel_maps(p);
    let bound = common::bound_maps(p, &maps);
    let map_infos = common::map_infos(p);
    let profile = common::running_profile();
    // Decl tags dropped before 5.16 as libbpf drops them (`kernel::sanitised_for_running`).
    let funcs = common::kernel_funcs(case, p);
    let out = kernel::load_with_funcs(&insns, &bound, &opts, &funcs).expect("BPF_PROG_LOAD runs");
    let infos = common::case_funcs(case, p).expect("the case declares functions");
    let ours = verify_with_btf(&insns, &map_infos, profile, privilege, true, &infos);
    let last = out.message().unwrap_or_default();
    let last = last.lines().last().unwrap_or("?");
    let agree = match (&ours, out.accepted()) {
        (Err(Refusal::Unsupported(_)), _) => return Ok(false),
        (Ok(v), true) => Some(v.processed()) == out.processed_insns(),
        (Err(Refusal::Rejected(r)), false) => {
            r.pc.map(|pc| pc.0) == out.insn_index() && r.kernel_message.lines().any(|l| l == last)
        }
        _ => false,
    };
    if agree && !out.accepted() {
        let a = analyze_with_btf(&insns, &map_infos, profile, privilege, true, &infos);
        let (units, path) = (
            common::logged_units(&out.log),
            common::logged_path(&out.log),
        );
        let ours: Vec<usize> = a.path.iter().map(|s| s.pc.0).collect();
        if a.units != units || ours != path {
            return Err(format!(
                "analyze: the path {ours:?} of {:?}, the kernel's log {path:?} of {units:?}",
                a.units
            ));
        }
    }
    if agree {
        return Ok(true);
    }
    let log = match std::env::var_os("GLOBALS_DEBUG") {
        Some(_) => {
            let opts = kernel::LoadOptions {
                log_level: 2,
                ..opts
            };
            let out = kernel::load_with_funcs(&insns, &bound, &opts, &funcs);
            format!("\nkernel log:\n{}", out.map(|o| o.log).unwrap_or_default())
        }
        None => String::new(),
    };
    Err(format!(
        "ours {}, kernel {} `{last}` at {:?} ({:?} processed){log}",
        match &ours {
            Ok(v) => format!("accepts ({} processed)", v.processed()),
            Err(e) => e.to_string(),
        },
        if out.accepted() { "accepts" } else { "rejects" },
        out.insn_index(),
        out.processed_insns()
    ))
}

/// Every case of `text` at both privileges: (agreeing, unsupported, failures).
fn compare_file(name: &str, text: &str) -> (usize, usize, Vec<String>) {
    let file = speccase::format::parse(text).expect("the spec file parses");
    let (mut same, mut unsupported, mut failures) = (0, 0, Vec::new());
    for case in &file.cases {
        let p = speccase::corpus::prepare(&case.source, name).expect("the spec file assembles");
        for privilege in Privilege::ALL {
            match compare(case, &p, privilege) {
                Ok(true) => same += 1,
                Ok(false) => {
                    common::say(format!(
                        "globals_kernel: {name} {} ({privilege}) unsupported",
                        case.name
                    ));
                    unsupported += 1
                }
                Err(e) => failures.push(format!("{name} {} ({privilege}): {e}", case.name)),
            }
        }
    }
    (same, unsupported, failures)
}

#[test]
fn globals_agree_with_the_live_kernel() {
    if let Err(u) = kernel::availability() {
        common::say(format!("SKIPPED globals_kernel: {u}"));
        return;
    }
    let mut tally = Tally {
        same: 0,
        unsupported: 0,
        failures: Vec::new(),
        total: 0,
    };
    for (name, text) in FILES {
        let (s, u, f) = compare_file(name, text);
        tally.total += s + u + f.len();
        tally.same += s;
        tally.unsupported += u;
        tally.failures.extend(f);
    }
    let wanted = count("GLOBALS_RANDOM", 200);
    let seed = common::seed("GLOBALS_SEED", 0x676c_6f62_616c_6d65);
    let accepted = tally.generated(wanted, seed, generated, |ours| ours.is_ok());
    let protos = count("GLOBALS_PROTOS", 100);
    let refused = tally.generated(
        protos,
        seed ^ 0x676c_6f62_616c_6d65 ^ 0x7072_6f74_6f73,
        generated_proto,
        |ours| matches!(ours, Err(Refusal::Rejected(r)) if r.code == skctx::Code::GlobalFuncProto),
    );
    let Tally {
        same,
        unsupported,
        failures,
        total,
    } = tally;
    common::say(format!(
        "globals_kernel: {same} of {total} programs as the kernel (seed {seed:#x}; {wanted} generated with memory arguments, {accepted} of them accepted here as root; {protos} with generated prototypes, {refused} of them refused for the prototype here as root), {unsupported} unsupported"
    ));
    assert!(failures.is_empty(), "{failures:#?}");
    assert!(same > unsupported, "most programs must be compared");
}

/// An environment variable's count, or `default`.
fn count(var: &str, default: usize) -> usize {
    (std::env::var(var).ok())
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

/// The comparisons so far: programs as the kernel, unsupported, disagreements, all.
struct Tally {
    same: usize,
    unsupported: usize,
    failures: Vec<String>,
    total: usize,
}

impl Tally {
    /// Compares `n` programs from `generate` with the kernel under both privileges; returns
    /// how many of them our verdict as root `counts`.
    fn generated(
        &mut self,
        n: usize,
        seed: u64,
        generate: fn(&mut common::Rng) -> String,
        counts: impl Fn(&Result<verifier::Verified, Refusal>) -> bool,
    ) -> usize {
        let mut rng = common::Rng::new(seed);
        let mut counted = 0;
        for _ in 0..n {
            let text = generate(&mut rng);
            let file = speccase::format::parse(&text).expect("a generated case parses");
            let case = &file.cases[0];
            let p = speccase::corpus::prepare(&case.source, "generated.s").expect("it assembles");
            for privilege in Privilege::ALL {
                self.total += 1;
                match compare(case, &p, privilege) {
                    Ok(true) => self.same += 1,
                    Ok(false) => self.unsupported += 1,
                    Err(e) => self
                        .failures
                        .push(format!("generated ({privilege}): {e}\n{text}")),
                }
            }
            let ours = common::verify_case(case, &p, common::running_profile());
            counted += usize::from(counts(&ours));
        }
        counted
    }
}

/// A seeded case: a global function `g` taking `mem:N` (tagged `nonnull` or not), called
/// with a NULL, a scalar, the context, a stack slot or a map value at an offset near N,
/// whose body reads and writes around the end of its memory, NULL-checked or not. The map
/// key lies apart from the zeroed slots (a narrow store over a spilled scalar is not
/// modelled before 6.13 without CAP_PERFMON).
fn generated(rng: &mut common::Rng) -> String {
    let size = rng.pick(&[1u32, 4, 8, 12, 16, 24]);
    let nonnull = rng.below(3) == 0;
    let tag = if nonnull { " nonnull" } else { "" };
    let mut s = format!(
        ".skmap arr, type=array, key=4, value=16, max_entries=4\n# test: generated\n\
         # func: g global (mem:{size}{tag}, scalar)\n"
    );
    s.push_str("    r6 = 0\n    *(u64 *)(r10 - 8) = r6\n    *(u64 *)(r10 - 16) = r6\n");
    s.push_str("    *(u64 *)(r10 - 24) = r6\n");
    let stack_off = -(rng.pick(&[4i64, 8, 12, 16, 24, 32]));
    let arg = match rng.below(8) {
        0 => "    r1 = 0\n".to_string(),
        1 => "    r1 = 8\n".to_string(),
        2 => String::new(),
        3 | 4 => format!("    r1 = r10\n    r1 += {stack_off}\n"),
        _ => {
            let key = rng.pick(&[0, 0, 7]);
            let moved = rng.pick(&[0, 0, 4, 8, 12]);
            let check = if rng.below(3) == 0 {
                ""
            } else {
                "    if r0 == 0 goto out\n"
            };
            format!(
                "    r1 = {key}\n    *(u32 *)(r10 - 40) = r1\n    r2 = r10\n    r2 += -40\n\
                 r1 = arr ll\n    call 1\n{check}    r1 = r0\n    r1 += {moved}\n"
            )
        }
    };
    s.push_str(&arg);
    s.push_str("    r2 = 3\n    call g\nout:\n    r0 = 0\n    exit\ng:\n");
    if rng.below(4) != 0 {
        s.push_str("    if r1 == 0 goto done\n");
    }
    for _ in 0..rng.below(3) + 1 {
        let (sz, bytes) = rng.pick(&[("u8", 1i64), ("u16", 2), ("u32", 4), ("u64", 8)]);
        let room = (size as i64 - bytes).max(0) / bytes + 1;
        let off = match rng.below(5) {
            0 => size as i64 - bytes + rng.below(3) as i64,
            _ => rng.below(room as u64) as i64 * bytes,
        };
        // The assembler takes `r1 - 4`, not `r1 + -4`, as llvm-mc prints it.
        let at = if off < 0 {
            format!("r1 - {}", -off)
        } else {
            format!("r1 + {off}")
        };
        let line = match rng.below(3) {
            0 => format!("    *({sz} *)({at}) = r2\n"),
            _ => format!("    r0 = *({sz} *)({at})\n"),
        };
        s.push_str(&line);
    }
    s.push_str("done:\n    r0 = 0\n    exit\n");
    s
}

/// The parameters a generated prototype draws from (`# func:` words): every kind and tag
/// `global_arg_kinds.s` covers, a few the verifier calls unsupported.
const PARAMS: [&str; 22] = [
    "scalar",
    "scalar",
    "ctx",
    "mem:4",
    "mem:8 nonnull",
    "void*",
    "void* ctx",
    "ptr*",
    "fwd*",
    "fn*",
    "struct:8",
    "union:4",
    "scalar ctx",
    "ctx nonnull",
    "mem:4 ctx",
    "mem:4 nullable",
    "mem:4 bogus",
    "mem:4 untrusted nonnull",
    "mem:4 arena nonnull",
    "mem:4 trusted nonnull",
    "ptr* ctx",
    "mem:4 arena",
];

/// A seeded case: a global function `g` with a prototype of 0 to 6 parameters drawn from
/// [`PARAMS`] and an `int` (mostly), `void` or pointer return, called (or on a branch the
/// walk never takes) with NULL, the context, a zeroed stack slot or nothing per argument
/// register; its body returns 0, or reads the context through its first parameter.
fn generated_proto(rng: &mut common::Rng) -> String {
    let n = rng.pick(&[0usize, 1, 1, 2, 2, 3, 5, 6]);
    let params: Vec<&str> = (0..n).map(|_| rng.pick(&PARAMS)).collect();
    let ret = rng.pick(&["", "", "", "", " -> void", " -> ptr"]);
    let mut s = format!(
        "# test: generated\n# func: g global ({}){ret}\n    r6 = r1\n    r7 = 0\n    *(u64 *)(r10 - 8) = r7\n",
        params.join(", ")
    );
    for k in 1..=n.min(5) {
        let arg = match rng.below(6) {
            0 => String::new(),
            1 | 2 => format!("    r{k} = r6\n"),
            3 => format!("    r{k} = r10\n    r{k} += -8\n"),
            _ => format!("    r{k} = 0\n"),
        };
        s.push_str(&arg);
    }
    if rng.below(5) == 0 {
        s.push_str("    if r7 != 0 goto call\n    r0 = 0\n    exit\ncall:\n");
    }
    s.push_str("    call g\n    r0 = 0\n    exit\ng:\n");
    if params.first().is_some_and(|p| p.contains("ctx")) && rng.below(2) == 0 {
        s.push_str("    r0 = *(u32 *)(r1 + 12)\n");
    }
    s.push_str("    r0 = 0\n    exit\n");
    s
}
