//! The structural pass on every spec case: a case the kernel refuses before its walk gets the
//! same code, instruction and kernel message from `verifier::cfg::check`; every other case
//! (accepted, or refused by the walk) passes the structural pass.

use std::path::PathBuf;

use isa::Pc;
use skctx::{Code, KernelProfile};
use speccase::corpus::{prepare, read_corpus};
use speccase::format::Expectation;
use verifier::cfg::{self, CfgError};

/// The codes of refusals made before the walk.
const STRUCTURAL: [Code; 5] = [
    Code::UnreachableInsn,
    Code::FallOffEnd,
    Code::JumpOutOfRange,
    Code::JumpIntoLdImm64,
    Code::UnknownOpcode,
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn corpus_cases_get_the_kernels_structural_verdict() {
    let profile = KernelProfile::LATEST;
    let (files, problems) = read_corpus(&root());
    assert!(problems.is_empty(), "corpus problems: {problems:#?}");
    let mut failures = Vec::new();
    let (mut refused, mut passed) = (0, 0);
    for file in &files {
        for case in file.cases.iter().filter(|c| c.applies_to(profile)) {
            let at = file.at(case.line);
            let prepared = match prepare(&case.source, &file.name) {
                Ok(p) => p,
                Err(e) => panic!("{at}: {e}"),
            };
            let got = cfg::check(&prepared.insns, profile);
            match case.expectation(profile.behaviours()) {
                Expectation::Reject {
                    code,
                    message,
                    line,
                } if STRUCTURAL.contains(&code) => {
                    refused += 1;
                    let want_pc = line.and_then(|l| prepared.slot_of_line(l)).map(Pc);
                    match &got {
                        Err(CfgError::Refused(r))
                            if r.code == Some(code)
                                && r.kernel_message == message
                                && r.pc == want_pc => {}
                        other => failures.push(format!(
                            "{at} {}: want [{code}] `{message}` at {want_pc:?}, got {other:?}",
                            case.name
                        )),
                    }
                }
                _ => {
                    passed += 1;
                    if let Err(e) = &got {
                        failures.push(format!("{at} {}: false structural refusal: {e}", case.name));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(refused >= 8, "only {refused} structural cases");
    assert!(
        passed >= 100,
        "only {passed} cases past the structural pass"
    );
}
