//! `verifier::analyze` against the live kernel's level-1 log: for every spec case of the
//! corpus (tests/spec/verifier and the runtime programs) that applies to the host and that
//! both reject, the path `analyze` reports is, instruction by instruction, the one the
//! kernel's log shows (the log is rewound at each popped branch, so it holds exactly the
//! failing path), from the same walk (the entry point's or a global subprogram's, after the
//! same passed walks: `analysis::Units`), and `analyze` gives the verdict `verify` gives;
//! for every case both accept, `verify`'s processed count is the kernel's (`COUNTS_DIFFER`
//! lists the known exceptions, and fails when one of them starts to agree)
//! (cases `verify` refuses as unsupported are skipped: one walks to the 1M-instruction
//! limit, twice under `analyze`). walk_random makes the same comparison on random programs. Without a usable kernel: `SKIPPED analyze_kernel: <reason>`.
#![cfg(target_os = "linux")]

mod common;

use std::path::PathBuf;

use kernel::LoadOptions;
use speccase::corpus::{prepare_case, read_corpus};
use verifier::{analyze, analyze_with_btf, Refusal};

/// Accepted spec cases whose processed count is known to differ from 6.18.44's, with why.
const COUNTS_DIFFER: [(&str, &str); 0] = [];

/// The repository root: `ANALYZE_ROOT` inside a guest (the corpus copied to that path),
/// else this checkout's.
fn root() -> PathBuf {
    std::env::var_os("ANALYZE_ROOT")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../.."))
}

/// `failing_paths_are_the_kernels` inside each cached kernel image, each guest modelled as
/// its own release, with the corpus copied in. Opt-in (`ANALYZE_IMAGES=1`, else `SKIPPED`):
/// the whole corpus twice under TCG costs minutes per image, beyond the CI's budget.
#[test]
fn failing_paths_are_the_kernels_inside_each_image() {
    if std::env::var("ANALYZE_IMAGES").as_deref() != Ok("1") {
        common::say("SKIPPED analyze_kernel_images: set ANALYZE_IMAGES=1".to_string());
        return;
    }
    let root = root().canonicalize().expect("the root package's directory");
    let env = [("ANALYZE_ROOT", root.to_string_lossy().into_owned())];
    let Some(runs) = common::in_each_image_with(
        "analyze_kernel_images",
        &["failing_paths_are_the_kernels"],
        &env,
        &["analyze_kernel", "SKIPPED", "  "],
        &[root.join("tests/spec")],
    ) else {
        return;
    };
    common::assert_every_guest_passed(runs);
}

#[test]
fn failing_paths_are_the_kernels() {
    if let Err(u) = kernel::availability() {
        common::say(format!("SKIPPED analyze_kernel: {u}"));
        return;
    }
    let profile = kernel::host_profile().expect("the host probe answers");
    if !verifier::analysis::log_modelled(profile) {
        common::say(format!(
            "SKIPPED analyze_kernel: the log of Linux {} is not modelled (from {})",
            profile.version(),
            verifier::analysis::LOG_MODELLED_FROM
        ));
        return;
    }
    let (files, problems) = read_corpus(&root());
    assert!(problems.is_empty(), "corpus problems: {problems:#?}");
    let (mut compared, mut steps, mut counted) = (0, 0, 0);
    let (mut failures, mut count_failures) = (Vec::new(), Vec::new());
    for file in &files {
        for case in file.cases.iter().filter(|c| c.applies_to(profile)) {
            let p = prepare_case(case, &file.name).expect("the corpus assembles");
            let maps = common::kernel_maps(&p);
            let bound = common::bound_maps(&p, &maps);
            let opts = LoadOptions {
                license: case.license.clone(),
                stats: true,
                ..LoadOptions::default()
            }
            .with_privilege(case.privilege);
            let funcs = common::kernel_funcs(case, &p);
            // Kfunc calls get the kernel's BTF ids, as libbpf gives them.
            let kinsns = kernel::resolve_kfuncs(&p.insns).expect("the kernel has the kfuncs");
            let out = kernel::load_with_funcs(&kinsns, &bound, &opts, &funcs)
                .expect("BPF_PROG_LOAD runs");
            let mut raw = p.insns.clone();
            for (slot, _) in &p.map_refs {
                raw[*slot].src = 1;
            }
            let gpl = skctx::license_is_gpl_compatible(&case.license);
            let infos = common::map_infos(&p);
            let v = common::verify_case(case, &p, profile);
            if matches!(v, Err(Refusal::Unsupported(_))) {
                continue;
            }
            let a = match common::case_funcs(case, &p) {
                Some(f) => analyze_with_btf(&raw, &infos, profile, case.privilege, gpl, &f),
                None => analyze(&raw, &infos, profile, case.privilege, gpl),
            };
            if a.result != v {
                failures.push(format!("{}: analyze and verify disagree", case.name));
            }
            if let (Ok(ours), true) = (&v, out.accepted()) {
                counted += 1;
                let same = Some(ours.processed()) == out.processed_insns();
                let known = COUNTS_DIFFER.iter().any(|(name, _)| *name == case.name);
                if same == known {
                    count_failures.push(format!(
                        "{} {}: processed {} here, {:?} in the kernel{}",
                        file.at(case.line),
                        case.name,
                        ours.processed(),
                        out.processed_insns(),
                        if known {
                            " (now the same: drop it from COUNTS_DIFFER)"
                        } else {
                            ""
                        }
                    ));
                }
            }
            let Err(Refusal::Rejected(r)) = &a.result else {
                continue;
            };
            if r.pc.is_none() || out.accepted() {
                continue;
            }
            compared += 1;
            let units = common::logged_units(&out.log);
            if a.units != units {
                failures.push(format!(
                    "{} {}: the path is of {:?}, the kernel's log of {units:?}",
                    file.at(case.line),
                    case.name,
                    a.units
                ));
            }
            let ours: Vec<usize> = a.path.iter().map(|s| s.pc.0).collect();
            steps += ours.len();
            let theirs = common::logged_path(&out.log);
            if ours != theirs {
                failures.push(format!(
                    "{} {}: path {ours:?}, the kernel's log {theirs:?}",
                    file.at(case.line),
                    case.name
                ));
            }
        }
    }
    common::say(format!(
        "analyze_kernel: {compared} rejected spec cases: the failing path ({steps} steps) is the kernel's for {} of them",
        compared - failures.len().min(compared)
    ));
    common::say(format!(
        "analyze_kernel: {counted} spec cases both accept: the kernel's processed count on all but {} known ({})",
        COUNTS_DIFFER.len(),
        COUNTS_DIFFER.map(|(name, why)| format!("{name}: {why}")).join("; ")
    ));
    failures.extend(count_failures);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
