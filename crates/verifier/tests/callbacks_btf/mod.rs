//! `bpf_loop` callbacks walked with BTF func_info, against the live kernel, a module of
//! `tests/callbacks_kernel.rs` (so that it runs inside the kernel images in that binary's
//! boots): directed
//! programs loaded through `kernel::load_with_btf` with `kernel::func_only_btf` (a `FUNC`
//! per subprogram: the main program global, the others static, as clang emits them) and verified here with [`verifier::verify_with_btf`] on the
//! probed host profile: the same verdict, the same processed count where both accept, the
//! same rejected instruction, message and errno where both reject. On a profile where
//! callbacks are not modelled (its pruning is not), the test prints `SKIPPED`. The same
//! programs run inside each cached kernel image: 6.12.118 iterates callbacks as 6.18 does,
//! 6.1.192 walks each callback once (`releases::CHANGES` row `callback_iteration`).

use isa::RawInsn;
use kernel::{Btf, LoadOptions, LoadOutcome, ProgBtf};
use skctx::{KernelProfile, Privilege};
use verifier::{verify_with_btf, FuncInfo, Linkage, Refusal};

macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

/// Directed programs: (name, body). `r2 = cb ll` takes the callback's address.
const PROGRAMS: [(&str, &str); 20] = [
    // A constant count, a callback that returns 0.
    (
        "loop_const",
        "r1 = 10\nr2 = cb ll\nr3 = 0\nr4 = 0\ncall 181\nr0 = 0\nexit\ncb:\nr0 = 0\nexit",
    ),
    // An unknown count (from the context).
    (
        "loop_ctx_count",
        "r1 = *(u32 *)(r1 + 12)\nr2 = cb ll\nr3 = 0\nr4 = 0\ncall 181\nr0 = 0\nexit\n\
         cb:\nr0 = 1\nexit",
    ),
    // The callback context on the stack, a counter the callback increments.
    (
        "loop_stack_ctx_counter",
        "r1 = 0\n*(u64 *)(r10 - 8) = r1\nr1 = 100\nr2 = cb ll\nr3 = r10\nr3 += -8\nr4 = 0\n\
         call 181\nr0 = 0\nexit\ncb:\nr1 = *(u64 *)(r2 + 0)\nr1 += 1\n\
         *(u64 *)(r2 + 0) = r1\nr0 = 0\nexit",
    ),
    // The counter read after the loop decides the return value.
    (
        "loop_counter_decides",
        "r1 = 0\n*(u64 *)(r10 - 8) = r1\nr1 = 3\nr2 = cb ll\nr3 = r10\nr3 += -8\nr4 = 0\n\
         call 181\nr0 = *(u64 *)(r10 - 8)\nif r0 > 1 goto big\nexit\nbig:\nr0 = 1\nexit\n\
         cb:\nr1 = *(u64 *)(r2 + 0)\nr1 += 1\n*(u64 *)(r2 + 0) = r1\nr0 = 0\nexit",
    ),
    // The index decides the return value: within [0, 1].
    (
        "loop_index_masked",
        "r1 = 5\nr2 = cb ll\nr3 = 0\nr4 = 0\ncall 181\nr0 = 0\nexit\ncb:\nr0 = r1\n\
         r0 &= 1\nexit",
    ),
    // The callback returns 2: outside the callback's range.
    (
        "loop_return_two",
        "r1 = 1\nr2 = cb ll\nr3 = 0\nr4 = 0\ncall 181\nr0 = 0\nexit\ncb:\nr0 = 2\nexit",
    ),
    // The callback returns the index: unknown.
    (
        "loop_return_index",
        "r1 = 4\nr2 = cb ll\nr3 = 0\nr4 = 0\ncall 181\nr0 = 0\nexit\ncb:\nr0 = r1\nexit",
    ),
    // The callback returns a negative number.
    (
        "loop_return_negative",
        "r1 = 4\nr2 = cb ll\nr3 = 0\nr4 = 0\ncall 181\nr0 = 0\nexit\ncb:\nr0 = -1\nexit",
    ),
    // The callback returns a pointer (a function's address).
    (
        "loop_return_pointer",
        "r1 = 4\nr2 = cb ll\nr3 = 0\nr4 = 0\ncall 181\nr0 = 0\nexit\ncb:\nr0 = cb ll\nexit",
    ),
    // The callback reads R3, which it does not get.
    (
        "loop_callback_reads_r3",
        "r1 = 2\nr2 = cb ll\nr3 = 0\nr4 = 0\ncall 181\nr0 = 0\nexit\ncb:\nr0 = r3\nr0 = 0\nexit",
    ),
    // The callback context a scalar other than 0.
    (
        "loop_ctx_scalar",
        "r1 = 2\nr2 = cb ll\nr3 = 7\nr4 = 0\ncall 181\nr0 = 0\nexit\ncb:\nr0 = 0\nexit",
    ),
    // The callback context the program's context.
    (
        "loop_ctx_ctx",
        "r3 = r1\nr1 = 2\nr2 = cb ll\nr4 = 0\ncall 181\nr0 = 0\nexit\ncb:\nr0 = 0\nexit",
    ),
    // The caller's R0 after the loop is the helper's: unknown, returned.
    (
        "loop_result_returned",
        "r1 = 2\nr2 = cb ll\nr3 = 0\nr4 = 0\ncall 181\nexit\ncb:\nr0 = 0\nexit",
    ),
    // Flags other than 0: a runtime error, not the verifier's.
    (
        "loop_flags",
        "r1 = 2\nr2 = cb ll\nr3 = 0\nr4 = 1\ncall 181\nr0 = 0\nexit\ncb:\nr0 = 0\nexit",
    ),
    // A callback that calls bpf_loop with a callback of its own.
    (
        "loop_nested",
        "r1 = 2\nr2 = cb ll\nr3 = 0\nr4 = 0\ncall 181\nr0 = 0\nexit\ncb:\nr1 = 3\n\
         r2 = cb2 ll\nr3 = 0\nr4 = 0\ncall 181\nr0 = 0\nexit\ncb2:\nr0 = 1\nexit",
    ),
    // The function's address spilled and filled before the call.
    (
        "func_spill_fill",
        "r2 = cb ll\n*(u64 *)(r10 - 8) = r2\nr1 = 2\nr2 = *(u64 *)(r10 - 8)\nr3 = 0\n\
         r4 = 0\ncall 181\nr0 = 0\nexit\ncb:\nr0 = 0\nexit",
    ),
    // Arithmetic on a function's address.
    (
        "func_arith",
        "r2 = cb ll\nr2 += 8\nr1 = 1\nr3 = 0\nr4 = 0\ncall 181\nr0 = 0\nexit\ncb:\n\
         r0 = 0\nexit",
    ),
    // A load through a function's address.
    (
        "func_load",
        "r2 = cb ll\nr0 = *(u64 *)(r2 + 0)\nr0 = 0\nexit\ncb:\nr0 = 0\nexit",
    ),
    // The count the callback's index: a loop bounded only by nr_loops' maximum.
    (
        "loop_index_count",
        "r1 = *(u8 *)(r1 + 12)\nr2 = cb ll\nr3 = 0\nr4 = 0\ncall 181\nr0 = 0\nexit\n\
         cb:\nr0 = r1\nr0 &= 1\nexit",
    ),
    // A callback that calls a static subprogram.
    (
        "loop_callback_calls",
        "r1 = 3\nr2 = cb ll\nr3 = 0\nr4 = 0\ncall 181\nr0 = 0\nexit\ncb:\ncall f\nr0 = 0\n\
         exit\nf:\nr0 = 1\nexit",
    ),
];

/// Programs this verifier refuses as unsupported: arithmetic on a function's address (the
/// kernel then refuses `dereference of modified func ptr`, a form `skctx::codes` does not
/// register).
const UNSUPPORTED: [&str; 1] = ["func_arith"];

fn assemble(body: &str) -> Vec<RawInsn> {
    let source = format!("\t.text\n\t.globl prog\nprog:\n{body}\n");
    speccase::corpus::prepare(&source, "callbacks_btf.s")
        .expect("the program assembles")
        .insns
}

/// Where the subprograms start: 0, and every BPF-to-BPF call's and function address's
/// target, in order.
pub(super) fn subprog_starts(raw: &[RawInsn]) -> Vec<u32> {
    let mut starts = vec![0u32];
    for (i, r) in raw.iter().enumerate() {
        let call = r.code == 0x85 && r.src == 1;
        let func = r.code == 0x18 && r.src == 4;
        if call || func {
            starts.push((i as i64 + 1 + r.imm as i64) as u32);
        }
    }
    starts.sort_unstable();
    starts.dedup();
    starts
}

fn load(raw: &[RawInsn], btf: &Btf, starts: &[u32], privilege: Privilege) -> LoadOutcome {
    load_with_maps(raw, &[], btf, starts, privilege)
}

/// `raw` loaded with `maps` bound at their slots and func_info for subprograms starting at
/// `starts` (BTF `btf`), with the kernel's statistics.
pub(super) fn load_with_maps(
    raw: &[RawInsn],
    maps: &[(usize, &kernel::Map)],
    btf: &Btf,
    starts: &[u32],
    privilege: Privilege,
) -> LoadOutcome {
    let opts = LoadOptions {
        stats: true,
        ..LoadOptions::default()
    }
    .with_privilege(privilege);
    let prog_btf = ProgBtf {
        btf,
        func_info: kernel::func_only_info(starts),
        line_info: Vec::new(),
    };
    kernel::load_with_btf(raw, maps, &opts, &prog_btf).expect("BPF_PROG_LOAD runs")
}

/// func_info for subprograms starting at `starts`: the first global, the rest static,
/// named `f0`, `f1`, ...
pub(super) fn funcs(starts: &[u32]) -> Vec<FuncInfo> {
    starts
        .iter()
        .enumerate()
        .map(|(k, &insn_off)| FuncInfo {
            insn_off,
            linkage: if k == 0 {
                Linkage::Global
            } else {
                Linkage::Static
            },
            name: format!("f{k}"),
            proto: Default::default(),
        })
        .collect()
}

/// Where the kernel and this verifier differ, if they do; `Ok(false)`: unsupported here.
fn compare(ours: &Result<verifier::Verified, Refusal>, out: &LoadOutcome) -> Result<bool, String> {
    super::common::judge(ours, out, false)
}

/// The host profile, or why the test cannot run.
fn host() -> Result<KernelProfile, String> {
    kernel::availability().map_err(|u| u.to_string())?;
    let profile = kernel::host_profile().map_err(|e| e.to_string())?;
    let probe = assemble(PROGRAMS[0].1);
    let starts = subprog_starts(&probe);
    let ours = verify_with_btf(&probe, &[], profile, Privilege::Root, true, &funcs(&starts));
    if let Err(Refusal::Unsupported(why)) = ours {
        return Err(format!("callbacks are not modelled on {profile}: {why}"));
    }
    Ok(profile)
}

#[test]
fn bpf_loop_callbacks_with_btf_agree_with_the_live_kernel() {
    let profile = match host() {
        Ok(p) => p,
        Err(why) => {
            say!("SKIPPED callbacks_btf_kernel: {why}");
            return;
        }
    };
    let mut failures = Vec::new();
    for (name, body) in PROGRAMS {
        let raw = assemble(body);
        let starts = subprog_starts(&raw);
        let defs: Vec<kernel::BtfFunc> = funcs(&starts)
            .iter()
            .map(|f| kernel::BtfFunc {
                name: f.name.clone(),
                linkage: u16::from(f.linkage == Linkage::Global),
                proto: Default::default(),
            })
            .collect();
        let btf = Btf::load(&kernel::func_only_btf(&defs)).expect("the BTF loads");
        for privilege in Privilege::ALL {
            let out = load(&raw, &btf, &starts, privilege);
            let ours = verify_with_btf(&raw, &[], profile, privilege, true, &funcs(&starts));
            let verdict = compare(&ours, &out);
            say!(
                "{name} ({privilege}): kernel {} at {:?}, {:?} processed: {verdict:?}",
                out.message()
                    .and_then(|m| m.lines().last().map(str::to_string))
                    .unwrap_or("accepts".into()),
                out.insn_index(),
                out.processed_insns()
            );
            match verdict {
                Ok(true) if !UNSUPPORTED.contains(&name) => {}
                Ok(false) if UNSUPPORTED.contains(&name) => {}
                _ if UNSUPPORTED.contains(&name) => failures.push(format!(
                    "{name} ({privilege}): expected unsupported: {ours:?}"
                )),
                Ok(true) => {}
                // Pointer arithmetic on speculative paths without CAP_PERFMON is not
                // modelled.
                Ok(false) if privilege != Privilege::Root => {}
                Ok(false) => failures.push(format!("{name} ({privilege}): unsupported: {ours:?}")),
                Err(e) => failures.push(format!("{name} ({privilege}): {e}")),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
