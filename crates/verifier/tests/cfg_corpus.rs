//! The structural pass on every spec case: a case the kernel refuses before its walk gets the
//! same code, instruction and kernel message from `verifier::cfg::check`; every other case
//! (accepted, or refused by the walk) passes the structural pass.

use std::path::PathBuf;

mod common;

use isa::Pc;
use skctx::{Code, KernelProfile};
use speccase::corpus::{prepare_case, read_corpus};
use speccase::format::Expectation;
use verifier::cfg::{self, CfgError};

/// The codes of refusals made before the walk.
const STRUCTURAL: [Code; 6] = [
    Code::UnreachableInsn,
    Code::FallOffEnd,
    Code::JumpOutOfRange,
    Code::JumpIntoLdImm64,
    Code::UnknownOpcode,
    Code::TooManyMaps,
];

/// `gpl-only` with no instruction: `add_kfunc_call`'s license check, in the structural pass
/// (a GPL-only helper's refusal names its call).
fn is_kfunc_license(code: Code, line: Option<u32>) -> bool {
    code == Code::GplOnly && line.is_none()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A register field above R10 or a reserved field refused naming no instruction: before the
/// walk (`resolve_pseudo_ldimm64`'s `BPF_LDX`; from 7.1 every slot's, `check_and_resolve_insns`).
fn before_walk(code: Code, line: Option<u32>) -> bool {
    line.is_none() && matches!(code, Code::ReservedFields | Code::BadRegister)
}

/// The corpus was confirmed on 6.18; releases before 3feb263bb516 (6.7) refuse a jump into an
/// `ld_imm64` in their walk instead, which the corpus does not mark, so they are left out.
#[test]
fn corpus_cases_get_the_kernels_structural_verdict() {
    let profiles = KernelProfile::ALL
        .into_iter()
        .filter(|&p| cfg::Change::LdImm64InCfg.in_profile(p));
    for profile in profiles {
        check_corpus(profile);
    }
}

/// 7.1's structural pass, whose `_v7_1` twins were confirmed in Debian's 7.1.13 image,
/// though the verifier's walk does not model 7.1 yet (README, "Releases after 6.18").
#[test]
fn corpus_cases_get_7_1s_structural_verdict() {
    let v7_1 = KernelProfile::upstream(skctx::KernelVersion::new(7, 1)).expect("7.1");
    check_corpus(v7_1);
}

fn check_corpus(profile: KernelProfile) {
    let (files, problems) = read_corpus(&root());
    assert!(problems.is_empty(), "corpus problems: {problems:#?}");
    let mut failures = Vec::new();
    let (mut refused, mut passed) = (0, 0);
    for file in &files {
        for case in file.cases.iter().filter(|c| c.applies_to(profile)) {
            let at = format!("{} ({profile})", file.at(case.line));
            let prepared = match prepare_case(case, &file.name) {
                Ok(p) => p,
                Err(e) => panic!("{at}: {e}"),
            };
            let infos = common::map_infos(&prepared);
            let insns = common::loaded_insns(&prepared);
            let gpl = skctx::license_is_gpl_compatible(&case.license);
            let got = cfg::check_loaded(&insns, &infos, profile, gpl);
            match case.expectation(profile.behaviours()) {
                Expectation::Reject {
                    code,
                    message,
                    line,
                    errno,
                } if STRUCTURAL.contains(&code)
                    || is_kfunc_license(code, line)
                    || before_walk(code, line) =>
                {
                    refused += 1;
                    let want_pc = line.and_then(|l| prepared.slot_of_line(l)).map(Pc);
                    match &got {
                        Err(CfgError::Refused(r))
                            if r.code == code
                                && r.kernel_message == message
                                && (line.is_none() || r.pc == want_pc)
                                && errno.is_none_or(|e| e.0 == r.errno) => {}
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
