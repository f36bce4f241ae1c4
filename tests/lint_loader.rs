//! `skasm lint`'s loader checks against the loader itself, `--allow` and `sklint.toml`, and
//! kernel ranges with `min_kernel`:
//!
//! * each loader check about libbpf is shown by bpftool (libbpf 1.x) refusing the object that
//!   triggers it (`tests/lint_codes/loader/`), and accepting the same program without the
//!   flaw;
//! * allowed findings do not fail the run and are counted; what cannot be allowed, unknown
//!   keys and unknown codes are usage errors naming the file and line;
//! * a range gives one verdict per release and the minimum kernel with its reason;
//! * with lintout's formats: allowed findings are left out of GitHub, SARIF and kernel
//!   output and counted in their summary line; GitHub and SARIF show every kernel's finding.
#![forbid(unsafe_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn skasm_in(dir: &Path, args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_skasm"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("skasm runs")
}

fn text(out: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn loader_case(code: &str) -> PathBuf {
    root().join(format!("tests/lint_codes/loader/{code}.s"))
}

/// The bpftool binary, when installed.
fn bpftool() -> Option<PathBuf> {
    ["/usr/sbin/bpftool", "/usr/bin/bpftool", "/sbin/bpftool"]
        .into_iter()
        .map(PathBuf::from)
        .find(|p| p.is_file())
}

/// Why bpftool cannot load programs here, if it cannot.
fn bpftool_unavailable() -> Option<String> {
    if bpftool().is_none() {
        return Some("bpftool is not installed".into());
    }
    #[cfg(target_os = "linux")]
    if let Err(u) = kernel::availability() {
        return Some(u.to_string());
    }
    let mounts = std::fs::read_to_string("/proc/mounts").unwrap_or_default();
    if !mounts
        .lines()
        .any(|l| l.split(' ').nth(1) == Some("/sys/fs/bpf"))
    {
        return Some("no BPF file system at /sys/fs/bpf".into());
    }
    None
}

/// `bpftool prog load OBJECT` (pinned under /sys/fs/bpf, unpinned again): success, and its
/// output.
fn bpftool_load(object: &Path, tag: &str) -> (bool, String) {
    let pin = format!("/sys/fs/bpf/skasm-lint-loader-{tag}-{}", std::process::id());
    let out = std::process::Command::new(bpftool().unwrap())
        .args(["prog", "load"])
        .arg(object)
        .arg(&pin)
        .output()
        .expect("bpftool runs");
    let _ = std::fs::remove_file(&pin);
    let (o, e) = text(&out);
    (out.status.success(), o + &e)
}

/// Assembles `source` into `dir/name.o` with `skasm build`.
fn build(dir: &Path, source: &Path, name: &str) -> PathBuf {
    let object = dir.join(format!("{name}.o"));
    let out = skasm_in(
        dir,
        &[
            "build",
            source.to_str().unwrap(),
            "-o",
            object.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{:?}", text(&out));
    object
}

/// What libbpf 1.x (through bpftool) says of each object a libbpf check flags.
const LIBBPF_REFUSES: &[(&str, &str)] = &[
    (
        "section-name",
        "failed to guess program type from ELF section 'sk_lookup/steer'",
    ),
    (
        "legacy-maps-section",
        "legacy map definitions in 'maps' section are not supported by libbpf v1.0+",
    ),
    (
        "map-without-btf",
        "BTF is required, but is missing or corrupted",
    ),
    (
        "undefined-function",
        "failed to find BTF for extern 'lookup_port'",
    ),
];

#[test]
fn libbpf_refuses_what_the_loader_checks_flag() {
    let test = "libbpf_refuses_what_the_loader_checks_flag";
    if let Some(why) = bpftool_unavailable() {
        say!("SKIPPED {test}: {why}");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    // The control: the same program in `sk_lookup`, without the flaw, loads.
    let plain = dir.path().join("plain.s");
    let source = std::fs::read_to_string(loader_case("section-name")).unwrap();
    std::fs::write(&plain, source.replace("sk_lookup/steer", "sk_lookup")).unwrap();
    let (ok, said) = bpftool_load(&build(dir.path(), &plain, "plain"), "plain");
    assert!(ok, "the control program: {said}");
    for (code, message) in LIBBPF_REFUSES {
        let object = build(dir.path(), &loader_case(code), code);
        let out = skasm_in(
            dir.path(),
            &["lint", "--kernel", "6.18", object.to_str().unwrap()],
        );
        assert!(
            text(&out).0.contains(&format!("[{code}]")),
            "{code}: {:?}",
            text(&out)
        );
        let (ok, said) = bpftool_load(&object, code);
        assert!(!ok && said.contains(message), "{code}: bpftool said {said}");
    }
    // map-type-unusable: the kernel refuses the REUSEPORT_SOCKARRAY passed to a lookup.
    let (ok, said) = bpftool_load(&root().join("tests/c/unusable_map.o"), "unusable");
    assert!(
        !ok && said.contains("cannot pass map_type 20 into func bpf_map_lookup_elem"),
        "{said}"
    );
    say!("lint_loader: bpftool (libbpf 1.x) refuses the section-name, legacy-maps-section, map-without-btf, undefined-function and map-type-unusable objects, loads the control");
}

fn lint_json(dir: &Path, args: &[&str]) -> (Option<i32>, serde_json::Value) {
    let mut all = vec!["lint", "--format", "json"];
    all.extend(args);
    let out = skasm_in(dir, &all);
    let v = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {:?}", text(&out)));
    (out.status.code(), v)
}

#[test]
fn allowed_findings_do_not_fail_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let case = loader_case("legacy-maps-section");
    let case = case.to_str().unwrap();
    let (status, v) = lint_json(dir.path(), &["--kernel", "6.18", case]);
    assert_eq!(status, Some(1), "{v}");
    assert_eq!(v["summary"]["allowed"], 0);
    let (status, v) = lint_json(
        dir.path(),
        &["--kernel", "6.18", "--allow", "legacy-maps-section", case],
    );
    assert_eq!(status, Some(0), "{v}");
    let p = &v["files"][0]["programs"][0];
    assert_eq!(p["diagnostics"], serde_json::json!([]), "{v}");
    assert_eq!(p["allowed"][0]["code"], "legacy-maps-section", "{v}");
    assert_eq!(v["summary"]["allowed"], 1);
    let out = skasm_in(
        dir.path(),
        &[
            "lint",
            "--kernel",
            "6.18",
            "--allow",
            "legacy-maps-section",
            case,
        ],
    );
    let (stdout, _) = text(&out);
    assert!(
        stdout.ends_with(
            "1 program: 1 accepted, 0 rejected, 0 unsupported, 1 finding allowed (legacy-maps-section ×1)\n"
        ),
        "{stdout}"
    );
    assert!(!stdout.contains("error["), "{stdout}");
}

#[test]
fn what_cannot_be_allowed_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let case = loader_case("missing-license");
    for (code, why) in [
        ("ctx-write", "the kernel verifier's"),
        ("undefined-map", "decides the program's verdict"),
        ("no-such-code", "no lint code"),
    ] {
        let out = skasm_in(
            dir.path(),
            &[
                "lint",
                "--kernel",
                "6.18",
                "--allow",
                code,
                case.to_str().unwrap(),
            ],
        );
        let (stdout, stderr) = text(&out);
        assert_eq!(out.status.code(), Some(2), "{code}: {stderr}");
        assert!(
            stderr.contains(why) && stdout.is_empty(),
            "{code}: {stderr}"
        );
    }
}

#[test]
fn sklint_toml_is_found_upward_and_read() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("legacy/deep");
    std::fs::create_dir_all(&sub).unwrap();
    std::fs::copy(loader_case("legacy-maps-section"), sub.join("old.s")).unwrap();
    std::fs::copy(loader_case("missing-license"), sub.join("nolicense.s")).unwrap();
    std::fs::write(
        dir.path().join("sklint.toml"),
        "# the fleet\nkernels = [\"6.1\", \"6.12\"]\nallow = [\"missing-license\"]\n\n[paths.\"legacy/deep/old\"]\nallow = [\"legacy-maps-section\"]\n",
    )
    .unwrap();
    // Run from a subdirectory: the file is found upward, its paths are relative to it.
    let (status, v) = lint_json(&sub, &["old.s", "nolicense.s"]);
    assert_eq!(status, Some(0), "{v}");
    assert_eq!(v["summary"]["allowed"], 2, "{v}");
    let kernels: Vec<&str> = v["files"][0]["programs"][0]["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["kernel"].as_str().unwrap())
        .collect();
    assert_eq!(kernels, ["6.1", "6.12"], "{v}");
    // The per-path allow covers old.s only.
    std::fs::copy(loader_case("legacy-maps-section"), sub.join("other.s")).unwrap();
    let (status, v) = lint_json(&sub, &["other.s"]);
    assert_eq!(status, Some(1), "{v}");
    // --kernel on the command line wins over the file's kernels.
    let (_, v) = lint_json(&sub, &["--kernel", "6.18", "old.s"]);
    assert_eq!(
        v["files"][0]["programs"][0]["profiles"][0]["kernel"],
        "6.18"
    );
}

#[test]
fn sklint_toml_errors_name_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let case = loader_case("missing-license");
    for (toml, line, what) in [
        (
            "allow = []\n\nkernel = [\"6.1\"]\n",
            3,
            "unknown field `kernel`",
        ),
        (
            "allow = [\n  \"missing-license\",\n  \"ctx-write\",\n]\n",
            3,
            "the kernel verifier's",
        ),
        (
            "[paths.\"x/\"]\nallow = [\"nope\"]\n",
            2,
            "no lint code `nope`",
        ),
        ("[paths.\"x/\"]\ndeny = []\n", 2, "unknown field `deny`"),
    ] {
        std::fs::write(dir.path().join("sklint.toml"), toml).unwrap();
        let out = skasm_in(
            dir.path(),
            &["lint", "--kernel", "6.18", case.to_str().unwrap()],
        );
        let (_, stderr) = text(&out);
        assert_eq!(out.status.code(), Some(2), "{toml}: {stderr}");
        assert!(
            stderr.contains(&format!("sklint.toml:{line}: ")) && stderr.contains(what),
            "{toml}: {stderr}"
        );
    }
}

#[test]
fn a_range_gives_one_verdict_per_release_and_the_minimum_kernel() {
    let dir = tempfile::tempdir().unwrap();
    let program = root().join("tests/min_kernel/ingress_ifindex.s");
    let (status, v) = lint_json(
        dir.path(),
        &["--kernel", "5.10..6.18", program.to_str().unwrap()],
    );
    let p = &v["files"][0]["programs"][0];
    let profiles = p["profiles"].as_array().unwrap();
    // 5.10 to 5.19, 6.0 to 6.18.
    assert_eq!(profiles.len(), 10 + 19, "{v}");
    let verdict = |k: &str| {
        profiles
            .iter()
            .find(|p| p["kernel"] == k)
            .map(|p| p["verdict"].as_str().unwrap().to_string())
            .unwrap()
    };
    // In the releases the verifier does not model (5.11 to 5.14): skctx's context table
    // refuses the field; 5.10 and 5.15 on, the verifier.
    assert_eq!(verdict("5.10"), "rejected");
    assert_eq!(verdict("5.14"), "rejected");
    assert_eq!(verdict("5.15"), "rejected");
    assert_eq!(verdict("5.16"), "accepted");
    assert_eq!(verdict("6.1"), "accepted");
    assert_eq!(verdict("6.18"), "accepted");
    assert_eq!(p["min_kernel"]["release"], "5.16", "{v}");
    let reason = p["min_kernel"]["reason"].as_str().unwrap();
    assert!(
        reason.starts_with("needs 5.16: Linux 5.15 rejects it at insn 0"),
        "{reason}"
    );
    assert_eq!(status, Some(1), "the releases that reject fail the run");
    // An unmodelled release whose tables refuse nothing has no verdict, which fails the run.
    let steer = root().join("examples/steer-http.s");
    let (status, v) = lint_json(
        dir.path(),
        &["--kernel", "5.14..5.15", steer.to_str().unwrap()],
    );
    let profiles = v["files"][0]["programs"][0]["profiles"]
        .as_array()
        .unwrap()
        .clone();
    let verdicts: Vec<(&str, &str)> = profiles
        .iter()
        .map(|p| {
            (
                p["kernel"].as_str().unwrap(),
                p["verdict"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        verdicts,
        [("5.14", "unsupported"), ("5.15", "accepted")],
        "{v}"
    );
    assert_eq!(
        status,
        Some(1),
        "the releases lint cannot verify fail the run"
    );
    let (status, _) = lint_json(
        dir.path(),
        &["--kernel", "6.1..6.18", program.to_str().unwrap()],
    );
    assert_eq!(status, Some(0));
    for bad in ["6.18..6.1", "5.8..6.1", "6.1..7.4", "6.1..x"] {
        let out = skasm_in(
            dir.path(),
            &["lint", "--kernel", bad, program.to_str().unwrap()],
        );
        assert_eq!(out.status.code(), Some(2), "{bad}: {:?}", text(&out));
    }
}

#[test]
fn several_kernels_print_one_verdict_line_each() {
    let dir = tempfile::tempdir().unwrap();
    let program = root().join("tests/min_kernel/pid_tgid.s");
    let out = skasm_in(
        dir.path(),
        &[
            "lint",
            "--kernel",
            "6.1",
            "--kernel",
            "6.12",
            "--kernel",
            "6.18",
            program.to_str().unwrap(),
        ],
    );
    let (stdout, _) = text(&out);
    assert_eq!(out.status.code(), Some(1));
    let name = program.to_str().unwrap();
    assert!(
        stdout.contains(&format!("{name}: `pid_tgid` (section `sk_lookup`): on 6.1: rejected: [helper-not-allowed] insn 0: ")),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!(
            "{name}: `pid_tgid` (section `sk_lookup`): on 6.12, 6.18: accepted\n"
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains("minimum kernel 6.10 (needs 6.10: Linux 6.9 rejects it at insn 0: "),
        "{stdout}"
    );
}

#[test]
fn allowed_findings_are_left_out_of_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let case = loader_case("legacy-maps-section");
    let case = case.to_str().unwrap();
    let lint = |format: &str, allow: bool| {
        let mut args = vec!["lint", "--kernel", "6.18", "--format", format, case];
        if allow {
            args.extend(["--allow", "legacy-maps-section"]);
        }
        let out = skasm_in(dir.path(), &args);
        (out.status.code(), text(&out).0)
    };
    let (status, github) = lint("github", false);
    assert_eq!(status, Some(1), "{github}");
    assert!(github.contains("::error file="), "{github}");
    assert!(github.contains("[legacy-maps-section]"), "{github}");
    let summary = "1 program: 1 accepted, 0 rejected, 0 unsupported, 1 finding allowed (legacy-maps-section ×1)";
    for format in ["github", "sarif", "kernel"] {
        let (status, out) = lint(format, true);
        assert_eq!(status, Some(0), "{format}: {out}");
        assert!(out.contains(summary), "{format}: {out}");
        if format == "sarif" {
            let v: serde_json::Value = serde_json::from_str(&out).unwrap();
            assert_eq!(v["runs"][0]["results"], serde_json::json!([]), "{out}");
        } else {
            assert!(!out.contains("legacy-maps-section]"), "{format}: {out}");
        }
    }
}

#[test]
fn github_and_sarif_show_every_kernels_finding() {
    let dir = tempfile::tempdir().unwrap();
    let program = root().join("tests/min_kernel/ingress_ifindex.s");
    let program = program.to_str().unwrap();
    let lint = |format: &str| {
        let args = ["lint", "--kernel", "5.14..6.1", "--format", format, program];
        let out = skasm_in(dir.path(), &args);
        assert_eq!(out.status.code(), Some(1), "{:?}", text(&out));
        text(&out).0
    };
    // 5.14 refused by skctx's context table, 5.15 by the verifier (the kernel's words).
    let github = lint("github");
    assert!(
        github.contains("[ctx-bad-access]") && github.contains("on kernels: 5.14"),
        "{github}"
    );
    assert!(
        github.contains("invalid bpf_context access off=64 size=4")
            && github.contains("on kernels: 5.15"),
        "{github}"
    );
    let v: serde_json::Value = serde_json::from_str(&lint("sarif")).unwrap();
    let results = v["runs"][0]["results"].as_array().unwrap();
    let rules: Vec<&str> = results
        .iter()
        .filter_map(|r| r["ruleId"].as_str())
        .collect();
    assert_eq!(rules, ["ctx-bad-access", "ctx-bad-access"], "{v}");
    let kernel = lint("kernel");
    assert!(
        kernel.contains(": on 5.14: rejected: [ctx-bad-access]"),
        "{kernel}"
    );
    assert!(
        kernel.contains(": on 5.15: rejected: [ctx-bad-access]"),
        "{kernel}"
    );
    assert!(kernel.contains(": on 5.16 to 6.1: accepted"), "{kernel}");
}

#[test]
fn the_cross_check_takes_one_kernel() {
    let dir = tempfile::tempdir().unwrap();
    let program = root().join("tests/min_kernel/pid_tgid.s");
    let out = skasm_in(
        dir.path(),
        &[
            "lint",
            "--cross-check-kernel",
            "--kernel",
            "6.1..6.18",
            program.to_str().unwrap(),
        ],
    );
    let (stdout, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("give one --kernel") && stdout.is_empty(),
        "{stderr}"
    );
}

/// An extern `__ksym` declaration of a kfunc the kernel offers SK_LOOKUP programs but this
/// project does not model (`tests/c/kfunc_irq.o`: bpf_local_irq_save/restore): lint flags no
/// `undefined-function` and calls the program unsupported, naming the kfunc; libbpf
/// (bpftool) resolves the externs and the kernel loads it.
#[test]
fn an_offered_kfunc_is_unsupported_not_undefined() {
    let object = root().join("tests/c/kfunc_irq.o");
    let out = skasm_in(
        &root(),
        &["lint", "--kernel", "6.18", object.to_str().unwrap()],
    );
    let (stdout, stderr) = text(&out);
    let all = format!("{stdout}{stderr}");
    assert!(!all.contains("undefined-function"), "{all}");
    assert!(
        all.contains("calls the kfunc `bpf_local_irq_save`") && all.contains("1 unsupported"),
        "{all}"
    );
    let test = "an_offered_kfunc_is_unsupported_not_undefined";
    if let Some(why) = bpftool_unavailable() {
        say!("SKIPPED {test} (the kernel's side): {why}");
        return;
    }
    let (ok, said) = bpftool_load(&object, "kfunc-irq");
    assert!(ok, "bpftool: {said}");
}

/// Modelled kfuncs declared as externs (`tests/c/kfunc_rcu.o`: bpf_rcu_read_lock/unlock,
/// `tests/c/kfunc_strlen.o`: bpf_strlen) are verified: accepted on 6.18, unsupported on
/// 6.1, whose BTF has no such function; bpftool loads them on the host.
#[test]
fn modelled_kfuncs_are_verified() {
    for name in ["kfunc_rcu", "kfunc_strlen"] {
        modelled_kfunc_is_verified(name);
    }
}

fn modelled_kfunc_is_verified(name: &str) {
    let object = root().join(format!("tests/c/{name}.o"));
    let lint = |kernel: &str| {
        let out = skasm_in(
            &root(),
            &["lint", "--kernel", kernel, object.to_str().unwrap()],
        );
        let (stdout, stderr) = text(&out);
        (out.status.code(), format!("{stdout}{stderr}"))
    };
    let (code, all) = lint("6.18");
    assert_eq!(code, Some(0), "{all}");
    assert!(
        all.contains("1 accepted, 0 rejected, 0 unsupported"),
        "{all}"
    );
    let (code, all) = lint("6.1");
    assert!(code != Some(0) && all.contains("1 unsupported"), "{all}");
    let test = "modelled_kfuncs_are_verified";
    if let Some(why) = bpftool_unavailable() {
        say!("SKIPPED {test} (the kernel's side): {why}");
        return;
    }
    let (ok, said) = bpftool_load(&object, &name.replace('_', "-"));
    assert!(ok, "bpftool: {said}");
}
