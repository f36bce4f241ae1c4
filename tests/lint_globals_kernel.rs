//! `skasm lint --format kernel` (and so `--explain`'s path) of programs with global
//! (`BTF_FUNC_GLOBAL`) functions against the live kernel's level-1 log: the examples
//! `examples/c/global_fn*.c` (every clang build, loaded as libbpf loads them) and the spec
//! cases with a global `# func:` function. The kernel verifies each global function on its
//! own and its log shows it (`Validating f() func#N...`, `Func#N ... is safe for any args
//! that match its prototype`, `Func#N ... is global and assumed valid.`, and 6.1's older
//! wordings and order). On a kernel whose log lint models (`verifier::analysis::
//! log_modelled`: 6.18) the whole log must be the kernel's; on older ones every line but
//! the states and the C lines (`support::kernel_log::shape`: the instructions, the global
//! functions' lines, the message; 6.1 and 6.12 print states, and 6.1 C lines, otherwise). With
//! `SK_LINT_GLOBALS_IMAGES=1` the same test runs inside each cached kernel image (Debian's
//! 6.1 and 6.12, about 20 s: left out of the default run for the CI budget).
#![forbid(unsafe_code)]
#![cfg(target_os = "linux")]

macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

mod support;

use std::path::PathBuf;

use sk_lookup::lint::{lint, Format, LintOptions};
use support::kernel_log as klog;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Asserts that lint's log `ours` is the kernel's `log`: the whole of it on a kernel whose
/// log is modelled, else every line but the states and the C lines.
fn same(profile: skctx::KernelProfile, ours: &[String], log: &str, at: &str) {
    let theirs = klog::normalised(log);
    if verifier::analysis::log_modelled(profile) {
        assert_eq!(ours, theirs, "{at}: the whole log");
    } else {
        assert_eq!(
            klog::shape(ours),
            klog::shape(&theirs),
            "{at}: the log but its states"
        );
    }
}

/// The examples with global functions (`examples/c/global_fn*.c`), every clang build.
fn global_fn_objects() -> Vec<String> {
    let dir = root().join("examples/c/obj");
    let mut out = Vec::new();
    for build in std::fs::read_dir(&dir).unwrap() {
        let build = build.unwrap().path();
        for o in std::fs::read_dir(&build).unwrap() {
            let name = o.unwrap().file_name().to_string_lossy().into_owned();
            if name.starts_with("global_fn") && name.ends_with(".o") {
                let b = build.file_name().unwrap().to_string_lossy();
                out.push(format!("examples/c/obj/{b}/{name}"));
            }
        }
    }
    out.sort();
    out
}

/// `--format kernel` of the examples with global functions against the kernel's log of the
/// object loaded as libbpf loads it (with its `func_info` and `line_info`): accepted by
/// both, or the same log ([`same`]). Returns the objects compared and the log lines.
fn compare_global_fn_examples(profile: skctx::KernelProfile) -> (usize, usize) {
    let (mut compared, mut lines) = (0, 0);
    for obj in global_fn_objects() {
        let options = LintOptions {
            kernel: "host".into(),
            format: Format::Kernel,
            ..LintOptions::default()
        };
        let ours = lint(&[root().join(&obj)], &options)
            .expect("lint runs")
            .text;
        let kernel = support::kernel_btf::load(&root().join(&obj), 1);
        if kernel.accepted() {
            assert!(
                ours.contains(": accepted"),
                "{obj}: the kernel accepts it:\n{ours}"
            );
            continue;
        }
        let ours = klog::between_begin_and_end(&ours);
        same(profile, &ours, &kernel.log, &obj);
        compared += 1;
        lines += ours.len();
    }
    (compared, lines)
}

/// `sk_lookup::lint::program_log` (what `--format kernel` prints) of the spec cases with a
/// global `# func:` function that apply to the host against the kernel's log of the case:
/// both accept, or the same log ([`same`]). Cases the verifier calls unsupported are left out.
/// Returns the cases compared, the log lines and the cases both accept.
fn compare_global_spec_cases(profile: skctx::KernelProfile) -> (usize, usize, usize) {
    use support::corpus;
    let (files, problems) = corpus::read_corpus(&root());
    assert!(problems.is_empty(), "corpus problems: {problems:#?}");
    let (mut compared, mut lines, mut accepted) = (0, 0, 0);
    for file in &files {
        for case in file.cases.iter().filter(|c| c.applies_to(profile)) {
            let p = corpus::prepare_case(case, &file.name).expect("the corpus assembles");
            let funcs = p.funcs(case).expect("the `# func:` labels resolve");
            // The entry point's record (the first) is global in every case with functions.
            if !funcs.iter().skip(1).any(|f| f.global) {
                continue;
            }
            let infos = corpus::verifier_funcs(&funcs);
            let (insns, maps) = loaded(&p);
            // The kernel's line of a kfunc call names the function's BTF id in the running
            // kernel (`call bpf_iter_num_new#63681` on 6.18.44), which lint does not know: its
            // line is `call kfunc(ID)` with skctx's id.
            if insns.iter().any(|i| i.code == 0x85 && i.src == 2) {
                continue;
            }
            let gpl = skctx::license_is_gpl_compatible(&case.license);
            let privilege = case.privilege;
            let verdict = verifier::verify_with_btf(&insns, &maps, profile, privilege, gpl, &infos);
            if matches!(verdict, Err(verifier::Refusal::Unsupported(_))) {
                continue;
            }
            let ours = sk_lookup::lint::program_log(
                &insns,
                &maps,
                Some(&infos),
                profile,
                (privilege, gpl),
            );
            let kernel = corpus::load(&p, case).expect("the case loads");
            let at = format!("{} {}", file.at(case.line), case.name);
            match ours {
                None => {
                    assert!(
                        kernel.outcome.accepted(),
                        "{at}: the kernel rejects it, lint accepts it"
                    );
                    accepted += 1;
                }
                Some(log) => {
                    let ours: Vec<String> = log.lines().map(str::to_string).collect();
                    same(profile, &ours, &kernel.outcome.log, &at);
                    compared += 1;
                    lines += ours.len();
                }
            }
        }
    }
    (compared, lines, accepted)
}

/// A prepared case's instructions as the loader passes them (map references marked
/// `BPF_PSEUDO_MAP_FD`) and its maps as the verifier sees them.
fn loaded(p: &support::corpus::Prepared) -> (Vec<isa::RawInsn>, Vec<verifier::MapInfo>) {
    let mut insns = p.insns.clone();
    for (slot, _) in &p.map_refs {
        insns[*slot].src = 1;
    }
    (insns, casemaps::map_infos(p))
}

#[test]
fn global_functions_in_the_kernel_format_are_the_kernels_log() {
    let test = "global_functions_in_the_kernel_format_are_the_kernels_log";
    if let Err(u) = kernel::availability() {
        say!("SKIPPED {test}: {u}");
        return;
    }
    let profile = kernel::host_profile().expect("the host probe answers");
    let (objects, object_lines) = compare_global_fn_examples(profile);
    let (cases, case_lines, accepted) = compare_global_spec_cases(profile);
    assert!(objects > 0 && cases > 0, "nothing compared");
    let what = match verifier::analysis::log_modelled(profile) {
        true => "equal",
        false => "equal but for the states and C lines",
    };
    say!(
        "lint_globals_kernel: --format kernel with global functions: {objects} example objects ({object_lines} log lines) and {cases} spec cases ({case_lines} lines) {what} Linux {}'s level-1 logs, {accepted} cases accepted by both",
        profile.version()
    );
}

/// The test above inside each cached kernel image, with `SK_LINT_GLOBALS_IMAGES=1`.
#[test]
fn global_functions_in_the_kernel_format_inside_each_image() {
    let caller = "global_functions_in_the_kernel_format_inside_each_image";
    if std::env::var("SK_LINT_GLOBALS_IMAGES").as_deref() != Ok("1") {
        say!(
            "SKIPPED {caller}: set SK_LINT_GLOBALS_IMAGES=1 (boots each cached image, about 20 s)"
        );
        return;
    }
    let t = bootvm::selftest::SelfTest {
        caller,
        images_dir: root().join("target/kernels"),
        dirs: vec![root().join("examples"), root().join("tests/spec")],
        cwd: Some(root()),
        summary_prefixes: &["lint_globals_kernel: "],
        pass_env: &[],
        guest_env: &[],
        timeout: std::time::Duration::from_secs(600),
    };
    if let Err(failures) = bootvm::selftest::check_in_each_image(&t, "lint_globals_kernel") {
        panic!("{failures}");
    }
}
