//! Linked scalars with a delta (`BPF_ADD_CONST`) against the live kernel, a module of
//! `tests/kernel.rs` (so that it runs inside the kernel images in that binary's boots):
//! every program of the spec file `tests/spec/verifier/scalar_links.s` (built into the binary),
//! loaded with both privileges whatever release the case claims; `verify` with the running
//! kernel's profile must give the same verdict, rejected instruction and message, or call
//! the program unsupported. Without a usable kernel: `SKIPPED linked_kernel: <reason>`.

use super::common;
use skctx::Privilege;
use verifier::{verify, Refusal};

/// The spec cases, the one place these programs are written.
const CASES: &str = include_str!("../../../../tests/spec/verifier/scalar_links.s");

/// One program at one privilege: `Ok(true)` when ours agrees with the kernel, `Ok(false)`
/// when ours calls it unsupported, the disagreement otherwise.
fn compare(p: &speccase::corpus::Prepared, privilege: Privilege) -> Result<bool, String> {
    let maps = common::kernel_maps(p);
    let infos = common::map_infos(p);
    let bound = common::bound_maps(p, &maps);
    let insns = common::loaded_insns(p);
    let opts = kernel::LoadOptions {
        privilege,
        ..kernel::LoadOptions::default()
    };
    let out = kernel::load(&insns, &bound, &opts).expect("BPF_PROG_LOAD runs");
    let ours = verify(&insns, &infos, common::running_profile(), privilege, true);
    let kernel_message = out.message().unwrap_or_default();
    let agree = match (&ours, out.accepted()) {
        (Err(Refusal::Unsupported(_)), _) => return Ok(false),
        (Ok(_), accepted) => accepted,
        (Err(Refusal::Rejected(r)), false) => {
            r.pc.map(|pc| pc.0) == out.insn_index()
                && r.kernel_message
                    .contains(kernel_message.lines().last().unwrap_or("?"))
        }
        (Err(Refusal::Rejected(_)), true) => false,
    };
    if agree {
        return Ok(true);
    }
    Err(format!(
        "ours {}, kernel {} `{kernel_message}` at {:?}",
        match &ours {
            Ok(_) => "accepts".to_string(),
            Err(e) => e.to_string(),
        },
        if out.accepted() { "accepts" } else { "rejects" },
        out.insn_index()
    ))
}

#[test]
fn linked_agrees_with_the_live_kernel() {
    if let Err(u) = kernel::availability() {
        common::say(format!("SKIPPED linked_kernel: {u}"));
        return;
    }
    let file = speccase::format::parse(CASES).expect("scalar_links.s parses");
    let (mut same, mut unsupported, mut failures) = (0, 0, Vec::new());
    for case in &file.cases {
        let p = speccase::corpus::prepare(&case.source, "scalar_links.s")
            .expect("scalar_links.s assembles");
        for privilege in Privilege::ALL {
            match compare(&p, privilege) {
                Ok(true) => same += 1,
                Ok(false) => unsupported += 1,
                Err(e) => failures.push(format!("{} ({privilege}): {e}", case.name)),
            }
        }
    }
    common::say(format!(
        "linked_kernel: {same} of {} programs as the kernel, {unsupported} unsupported",
        2 * file.cases.len()
    ));
    assert!(failures.is_empty(), "{failures:#?}");
    assert!(same > unsupported, "most programs must be compared");
}
