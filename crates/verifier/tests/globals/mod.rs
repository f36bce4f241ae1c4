//! Global subprograms against the live kernel, a module of `tests/kernel.rs` (so that it
//! runs inside the kernel images in that binary's boots): every program of the spec file
//! `tests/spec/verifier/global_subprogs.s` (built into the binary), loaded with its BTF
//! functions (`kernel::load_with_funcs`) with both privileges whatever release the case
//! claims; `verify_with_btf` with the running kernel's profile must give the same verdict,
//! the same processed count where both accept (the global functions' walks counted with
//! the program's), the same rejected instruction and message where both reject (and
//! `analyze_with_btf` the failing path of the same walk, after the same passed walks, as
//! the kernel's log shows them), or call the program unsupported. Without a usable
//! kernel: `SKIPPED globals_kernel: <reason>`.

use super::common;
use skctx::Privilege;
use speccase::corpus::Prepared;
use speccase::format::Case;
use verifier::{analyze_with_btf, verify_with_btf, Refusal};

/// The spec cases, the one place these programs are written.
const CASES: &str = include_str!("../../../../tests/spec/verifier/global_subprogs.s");

/// One program at one privilege: `Ok(true)` when ours agrees with the kernel, `Ok(false)`
/// when ours calls it unsupported, the disagreement otherwise.
fn compare(case: &Case, p: &Prepared, privilege: Privilege) -> Result<bool, String> {
    let insns = common::loaded_insns(p);
    let opts = kernel::LoadOptions {
        privilege,
        ..kernel::LoadOptions::default()
    };
    let funcs = common::kernel_funcs(case, p);
    let out = kernel::load_with_funcs(&insns, &[], &opts, &funcs).expect("BPF_PROG_LOAD runs");
    let infos = common::case_funcs(case, p).expect("the case declares functions");
    let profile = common::running_profile();
    let ours = verify_with_btf(&insns, &[], profile, privilege, true, &infos);
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
        let a = analyze_with_btf(&insns, &[], profile, privilege, true, &infos);
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
    Err(format!(
        "ours {}, kernel {} `{last}` at {:?} ({:?} processed)",
        match &ours {
            Ok(v) => format!("accepts ({} processed)", v.processed()),
            Err(e) => e.to_string(),
        },
        if out.accepted() { "accepts" } else { "rejects" },
        out.insn_index(),
        out.processed_insns()
    ))
}

#[test]
fn globals_agree_with_the_live_kernel() {
    if let Err(u) = kernel::availability() {
        common::say(format!("SKIPPED globals_kernel: {u}"));
        return;
    }
    let file = speccase::format::parse(CASES).expect("global_subprogs.s parses");
    let (mut same, mut unsupported, mut failures) = (0, 0, Vec::new());
    for case in &file.cases {
        let p = speccase::corpus::prepare(&case.source, "global_subprogs.s")
            .expect("global_subprogs.s assembles");
        for privilege in Privilege::ALL {
            match compare(case, &p, privilege) {
                Ok(true) => same += 1,
                Ok(false) => {
                    common::say(format!(
                        "globals_kernel: {} ({privilege}) unsupported",
                        case.name
                    ));
                    unsupported += 1
                }
                Err(e) => failures.push(format!("{} ({privilege}): {e}", case.name)),
            }
        }
    }
    common::say(format!(
        "globals_kernel: {same} of {} programs as the kernel, {unsupported} unsupported",
        Privilege::ALL.len() * file.cases.len()
    ));
    assert!(failures.is_empty(), "{failures:#?}");
    assert!(same > unsupported, "most programs must be compared");
}
