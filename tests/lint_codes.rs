//! The codes of `skasm lint`: an insta snapshot of the human rendering of every verifier
//! code of the registry (`skctx::codes::CODES`), each from the spec case (`tests/spec/
//! verifier`, loaded through `speccase`) that triggers it (on 6.18, or on 6.1 for a code only
//! older releases have), and of every lint code, from a
//! program that triggers it; a code without a snapshot fails. README.md's table of lint
//! codes is rendered from the one table (`sk_lookup::lint::codes::LINT_CODES`;
//! `UPDATE_DOCS=1` rewrites it).
#![forbid(unsafe_code)]

mod support;

use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

const BEGIN: &str = "<!-- lint-codes -->\n";
const END: &str = "<!-- /lint-codes -->";

#[test]
fn readme_lists_the_lint_codes() {
    let path = root().join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let start = readme
        .find(BEGIN)
        .expect("README.md has the lint-codes markers")
        + BEGIN.len();
    let end = start + readme[start..].find(END).expect("the end marker");
    let table = sk_lookup::lint::codes::lint_code_table();
    if readme[start..end] == table {
        return;
    }
    if std::env::var_os("UPDATE_DOCS").is_some() {
        let updated = format!("{}{table}{}", &readme[..start], &readme[end..]);
        std::fs::write(&path, updated).unwrap();
        return;
    }
    panic!("README.md's lint code table is stale: run UPDATE_DOCS=1 cargo test --test lint_codes");
}

/// The kernel profile the renderings are made for.
const KERNEL: &str = "6.18";
/// Where a verifier code none of whose cases applies to [`KERNEL`] (one only older
/// releases have, as `back-edge`) renders instead.
const OLDER_KERNEL: &str = "6.1";

/// Verifier codes no corpus case reaches through `skasm lint` on [`KERNEL`] yet: the
/// verifier crate answers "unsupported" for every case of the code, or the cases need what
/// lint cannot get from an assembled `.s` (each with the reason). When one is reached, the
/// test fails until its row here is replaced by a snapshot.
const NOT_REACHED: &[(&str, &str)] = &[
    ("global-func-args", NEEDS_BTF),
    ("global-func-proto", NEEDS_BTF),
    ("format-string", NEEDS_FROZEN),
    ("btf-ptr-access", NEEDS_KERNEL_BTF),
];

/// Why the verifier gives no `btf-ptr-access`: an access through a pointer to a kernel type
/// (`struct bpf_sk_lookup_kern`) needs that type's layout in the kernel's BTF, which it does
/// not have: its `unsupported` reason.
const NEEDS_KERNEL_BTF: &str = "its accesses need the kernel's BTF";

/// Why lint misses a case with `# func:` lines: a global function is one only in BTF.
const NEEDS_BTF: &str = "the case's `# func:` BTF func_info, which an assembled `.s` does not \
     carry: lint sees static subprograms";

/// Why lint misses a case with `# frozen:` lines: a `.skmap` map's value is not in the `.s`
/// (lint reads a frozen value from `.rodata`), so lint's map is not frozen.
const NEEDS_FROZEN: &str = "the case's `# frozen:` map value, which an assembled `.s` does \
     not carry: lint sees a map that is not frozen";

/// Runs `skasm lint` on `source` saved as `dir/file`, named relative to `dir` as a user
/// would.
fn lint(dir: &std::path::Path, file: &str, source: &str, unprivileged: bool, json: bool) -> String {
    lint_on(KERNEL, dir, file, source, unprivileged, json)
}

fn lint_on(
    kernel: &str,
    dir: &std::path::Path,
    file: &str,
    source: &str,
    unprivileged: bool,
    json: bool,
) -> String {
    std::fs::write(dir.join(file), source).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_skasm"))
        .args(["lint", "--kernel", kernel, "--format"])
        .arg(if json { "json" } else { "human" })
        .args(unprivileged.then_some("--unprivileged"))
        .arg(file)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        out.status.code().is_some_and(|c| c < 2),
        "{file}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn tempdir(tag: &str) -> support::scratch::Scratch {
    support::scratch::scratch(&format!("lint-codes-{tag}"))
}

/// A case's source as a file lint reads: the case (other cases blanked, so lines are the
/// spec file's) with its license as a `license` section at the end.
/// A case's `# spin_lock:` lines become its maps' `.skmap` `spin_lock=` attributes, the BTF
/// the kernel check creates those maps with.
fn case_source(case: &speccase::format::Case) -> String {
    let lines = case.source.lines().map(|line| {
        let map = (line.trim_start().strip_prefix(".skmap"))
            .and_then(|rest| rest.split(',').next())
            .map(str::trim);
        match case
            .spin_locks
            .iter()
            .find(|(m, _)| Some(m.as_str()) == map)
        {
            Some((_, at)) => format!("{line}, spin_lock={at}\n"),
            None => format!("{line}\n"),
        }
    });
    format!(
        "{}\t.section license,\"aw\",@progbits\n\t.asciz \"{}\"\n",
        lines.collect::<String>(),
        case.license
    )
}

/// The verifier cases to render from: the spec corpus's, then tests/lint_codes/'s (codes the
/// corpus has no case of), each with its file name.
fn verifier_cases() -> Vec<(String, speccase::format::Case)> {
    let (files, problems) = speccase::corpus::read_corpus(&root());
    assert!(problems.is_empty(), "{problems:?}");
    let mut cases: Vec<(String, speccase::format::Case)> = files
        .into_iter()
        .filter(|f| f.kind == speccase::corpus::CaseKind::Verifier)
        .flat_map(|f| {
            let name = f.path.file_name().unwrap().to_str().unwrap().to_string();
            f.cases.into_iter().map(move |c| (name.clone(), c))
        })
        .collect();
    let text = std::fs::read_to_string(root().join(EXTRA_CASES)).unwrap();
    let extra = speccase::format::parse(&text)
        .unwrap_or_else(|e| panic!("{EXTRA_CASES}:{}: {}", e.line, e.message));
    cases.extend(
        extra
            .cases
            .into_iter()
            .map(|c| ("structural.s".to_string(), c)),
    );
    cases
}

/// Cases of codes the spec corpus does not reach, in the spec-case format.
const EXTRA_CASES: &str = "tests/lint_codes/structural.s";

/// Every verifier code of the registry renders, from the first spec case (on [`KERNEL`],
/// upstream behaviour) that lint rejects with that code; a code without such a case must be
/// in [`NOT_REACHED`], with the verifier's "unsupported" reason for its cases.
#[test]
fn every_verifier_code_renders_from_a_spec_case() {
    let all = verifier_cases();
    let dir = tempdir("verifier");
    let mut not_reached = Vec::new();
    for code in skctx::Code::ALL {
        let rejects_with = |kernel: &str, c: &speccase::format::Case| {
            let profile: skctx::KernelProfile = kernel.parse().unwrap();
            c.applies_to(profile)
                && matches!(c.expectation(profile.behaviours()),
                speccase::format::Expectation::Reject { code: k, .. } if k == code)
        };
        let kernel = match all.iter().any(|(_, c)| rejects_with(KERNEL, c)) {
            true => KERNEL,
            false => OLDER_KERNEL,
        };
        let cases = all.iter().filter(|(_, c)| rejects_with(kernel, c));
        let mut reached = false;
        let mut answers = Vec::new();
        for (name, case) in cases {
            let source = case_source(case);
            let unprivileged = case.privilege == skctx::Privilege::NoPerfmon;
            let v: serde_json::Value =
                serde_json::from_str(&lint_on(kernel, &dir, name, &source, unprivileged, true))
                    .unwrap();
            let d = &v["files"][0]["programs"][0]["diagnostics"][0];
            if d["code"] == code.name() {
                let human = lint_on(kernel, &dir, name, &source, unprivileged, false);
                let on = if kernel == KERNEL {
                    String::new()
                } else {
                    format!(" on {kernel}")
                };
                let header = format!(
                    "{name}:{}: {} ({}){on}\n\n",
                    case.line,
                    case.name,
                    code.name()
                );
                insta::assert_snapshot!(code.name(), header + &human);
                reached = true;
                break;
            }
            let needs = [
                (!case.funcs.is_empty(), NEEDS_BTF),
                (!case.frozen.is_empty(), NEEDS_FROZEN),
            ];
            let needs: Vec<&str> = needs.iter().filter(|(n, _)| *n).map(|(_, w)| *w).collect();
            let why = match needs.is_empty() {
                true => String::new(),
                false => format!(" ({})", needs.join("; ")),
            };
            answers.push(format!(
                "{}: {} {}{why}",
                case.name, d["code"], d["message"]
            ));
        }
        if !reached {
            not_reached.push((code.name(), answers));
        }
    }
    let names: Vec<&str> = not_reached.iter().map(|(n, _)| *n).collect();
    let listed: Vec<&str> = NOT_REACHED.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, listed, "codes without a rendering: {not_reached:#?}");
    for ((code, answers), (_, why)) in not_reached.iter().zip(NOT_REACHED) {
        assert!(!answers.is_empty(), "{code}: no spec case has this code");
        assert!(
            answers.iter().all(|a| a.contains(why)),
            "{code}: {answers:#?}"
        );
    }
}

/// The cases of [`EXTRA_CASES`] get their marker's message (and errno, where stated) from
/// the live kernel, with no instruction named, as the corpus's cases do in
/// tests/corpus_kernel.rs.
#[cfg(target_os = "linux")]
#[test]
fn extra_cases_agree_with_the_live_kernel() {
    if let Err(why) = kernel::availability() {
        use std::io::Write as _;
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED extra_cases_agree_with_the_live_kernel: {why}"
        );
        return;
    }
    let text = std::fs::read_to_string(root().join(EXTRA_CASES)).unwrap();
    let cases = speccase::format::parse(&text).unwrap().cases;
    assert!(cases.len() >= 8);
    for case in cases {
        let p = speccase::corpus::prepare(&case.source, EXTRA_CASES).unwrap();
        let opts = kernel::LoadOptions {
            license: case.license.clone(),
            ..Default::default()
        }
        .with_privilege(case.privilege);
        let outcome = kernel::load(&p.insns, &[], &opts).unwrap();
        let speccase::format::Expectation::Reject {
            message,
            errno,
            line,
            ..
        } = case.expect()
        else {
            panic!("{}: every extra case is a rejection", case.name);
        };
        let said = outcome.message().unwrap_or_default();
        assert!(
            said.contains(&message),
            "{}: the kernel says {said:?}",
            case.name
        );
        assert_eq!((line, outcome.insn_index()), (None, None), "{}", case.name);
        if let Some(e) = errno {
            assert_eq!(outcome.errno.map(|x| x.0), Some(e.0), "{}", case.name);
        }
    }
}

/// A snapshot file for each code of the registry that is not in [`NOT_REACHED`], and for
/// each lint code: a code added to either table fails here until it renders.
#[test]
fn every_code_has_a_snapshot() {
    let snapshots = root().join("tests/snapshots");
    let lint_codes = sk_lookup::lint::codes::LINT_CODES.iter().map(|c| c.name);
    let verifier_codes = skctx::Code::ALL
        .iter()
        .map(|c| c.name())
        .filter(|n| !NOT_REACHED.iter().any(|(m, _)| m == n));
    for name in verifier_codes.chain(lint_codes) {
        let file = snapshots.join(format!("lint_codes__{name}.snap"));
        assert!(
            file.exists(),
            "no snapshot of code `{name}`: {}",
            file.display()
        );
    }
}

/// A `license` section declaring GPL, appended to the cases here.
const GPL: &str = "\t.section license,\"aw\",@progbits\n\t.asciz \"GPL\"\n";

/// Programs that trigger each lint code, by name: `.s` sources (those of the loader checks
/// in [`LOADER_CASES`]), or (`tests/c/...`) a clang object.
fn lint_cases() -> Vec<(&'static str, String)> {
    let mut cases = vec![
        (
            "undefined-map",
            format!("\t.section sk_lookup,\"ax\",@progbits\n\t.globl prog\n\t.type prog,@function\nprog:\n\tr1 = no_such_map ll\n\tr0 = 1\n\texit\n\t.size prog, .-prog\n{GPL}"),
        ),
        (
            "partial-instruction",
            format!("\t.section sk_lookup,\"ax\",@progbits\n\t.globl prog\n\t.type prog,@function\nprog:\n\tr0 = 1\n\texit\n\t.byte 1, 2, 3\n\t.size prog, .-prog\n{GPL}"),
        ),
        (
            "unsupported",
            format!("\t.section sk_lookup,\"ax\",@progbits\n\t.globl prog\n\t.type prog,@function\nprog:\n\tcall 8\n\tr0 = 0\n\texit\n\t.size prog, .-prog\n{GPL}"),
        ),
        ("map-type-unusable", "tests/c/unusable_map.o".to_string()),
        ("core-relocation", "tests/c/core/clang-14/refused.o".to_string()),
    ];
    for file in std::fs::read_dir(root().join(LOADER_CASES)).unwrap() {
        let path = file.unwrap().path();
        let name = path.file_stem().unwrap().to_str().unwrap();
        let code = sk_lookup::lint::codes::lint_code(name)
            .unwrap_or_else(|| panic!("{}: no lint code of that name", path.display()));
        cases.push((code.name, std::fs::read_to_string(&path).unwrap()));
    }
    cases
}

/// The loader checks' cases, one `.s` per code named after it (tests/lint_loader.rs loads
/// them with bpftool too).
const LOADER_CASES: &str = "tests/lint_codes/loader";

/// Runs `skasm lint` on a clang object of the repository, named relative to the root.
fn lint_object(object: &str, json: bool) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_skasm"))
        .args(["lint", "--kernel", KERNEL, "--format"])
        .arg(if json { "json" } else { "human" })
        .arg(object)
        .current_dir(root())
        .output()
        .unwrap();
    assert!(out.status.code().is_some_and(|c| c < 2), "{object}");
    String::from_utf8(out.stdout).unwrap()
}

/// Every lint code renders, from a program that triggers it (the snapshot shows the whole
/// report; the code is checked among its diagnostics).
#[test]
fn every_lint_code_renders() {
    let dir = tempdir("lint");
    let cases = lint_cases();
    for c in &sk_lookup::lint::codes::LINT_CODES {
        let (_, source) = cases
            .iter()
            .find(|(n, _)| *n == c.name)
            .unwrap_or_else(|| panic!("no program triggers lint code `{}`", c.name));
        let file = format!("{}.s", c.name);
        let run = |json| match source.strip_prefix("tests/c/") {
            Some(_) => lint_object(source, json),
            None => lint(&dir, &file, source, false, json),
        };
        let v: serde_json::Value = serde_json::from_str(&run(true)).unwrap();
        let diagnostics = v["files"][0]["programs"][0]["diagnostics"]
            .as_array()
            .unwrap();
        let d = diagnostics
            .iter()
            .find(|d| d["code"] == c.name)
            .unwrap_or_else(|| panic!("{}: {v}", c.name));
        assert_eq!(d["severity"], c.severity.as_str(), "{v}");
        insta::assert_snapshot!(c.name, run(false));
    }
}
