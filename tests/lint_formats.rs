//! `skasm lint`'s inputs and output formats end to end: directories (skipped files, programs
//! of other types, loader notes, files that do not assemble, the summary, exit codes, an
//! order that does not depend on the threads); insta snapshots of every format (human,
//! JSON, GitHub, SARIF, kernel) and of `--explain` for an accepted and a rejected program,
//! as `.s` and as object; the SARIF validated by Microsoft's validator
//! (`sarif-multitool validate`, installed by `.ci/run` into `target/sarif-multitool`); and
//! `--format kernel` compared with the live kernel's level-1 log of the same programs.
#![forbid(unsafe_code)]

/// Writes straight to the process's stderr: libtest captures `eprintln!` in passing tests,
/// and a skip must be seen.
macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

mod support;

#[cfg(target_os = "linux")]
use support::kernel_log as klog;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn skasm_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_skasm"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("skasm runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn tempdir(tag: &str) -> support::scratch::Scratch {
    support::scratch::scratch(&format!("lintfmt-{tag}"))
}

const ACCEPTED: &str = "\t.license \"GPL\"\n\t.program prog\n\tr0 = 1\n\texit\n";

/// Takes the `local_port == 80` branch and returns 2 when `protocol == 6` (retval-range,
/// R0's value from line 10; the kernel's log has two `from X to Y` branches).
const BRANCHES: &str = "\t.license \"GPL\"
\t.program prog
\tr2 = *(u32 *)(r1 + 36)
\tr0 = 1
\tif r2 == 80 goto +1
\texit
\tr3 = *(u32 *)(r1 + 16)
\tr0 = 2
\tif r3 == 6 goto +1
\tr0 = 0
\texit
";

/// Reads 4 bytes inside `sk` (ctx-bad-access).
const CTX: &str =
    "\t.license \"GPL\"\n\t.program prog\n\tr2 = *(u32 *)(r1 + 4)\n\tr0 = 1\n\texit\n";

/// Keeps the socket a sockmap lookup returns (reference-leak, acquired at line 9).
const LEAK: &str = "\t.skmap socks, type=sockmap, key=4, value=8, max_entries=1
\t.license \"GPL\"
\t.program prog
\tr2 = 0
\t*(u32 *)(r10 - 4) = r2
\tr2 = r10
\tr2 += -4
\tr1 = socks ll
\tcall 1
\tif r0 == 0 goto +1
\tr0 = 1
\texit
";

/// Calls a function that returns 2 and adds 7 (retval-range after a BPF-to-BPF call and its
/// return: the kernel's log prints both frames at each).
const CALL: &str = "\t.section sk_lookup,\"ax\",@progbits
\t.globl prog
\t.type prog,@function
prog:
\tr6 = 7
\tcall helper_fn
\tr0 += r6
\texit
\t.size prog, .-prog
\t.text
\t.globl helper_fn
\t.type helper_fn,@function
helper_fn:
\tr0 = 2
\texit
\t.size helper_fn, .-helper_fn
\t.section license,\"aw\",@progbits
\t.asciz \"GPL\"
";

/// Writes the sources into `dir` and builds an object of each.
fn sources(dir: &Path) {
    for (name, source) in [
        ("accepted", ACCEPTED),
        ("branches", BRANCHES),
        ("ctx", CTX),
        ("leak", LEAK),
        ("call", CALL),
    ] {
        std::fs::write(dir.join(format!("{name}.s")), source).unwrap();
        let obj = format!("{name}.o");
        let out = skasm_in(dir, &["build", &format!("{name}.s"), "-o", &obj]);
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
}

/// The profile the snapshots are made for (a fixed one: `host` would follow the machine).
const KERNEL: &str = "6.18";

/// Output of one run, with the tool's version (SARIF carries it) made stable.
fn run_output(dir: &Path, args: &[&str]) -> String {
    let out = skasm_in(dir, args);
    let code = out.status.code();
    assert!(
        code.is_some_and(|c| c < 2),
        "{args:?}: {}",
        text(&out.stderr)
    );
    let stdout = text(&out.stdout).replace(env!("CARGO_PKG_VERSION"), "[version]");
    let shown = match serde_json::from_str::<serde_json::Value>(&stdout) {
        Ok(v) => serde_json::to_string_pretty(&v).unwrap() + "\n",
        Err(_) => stdout,
    };
    format!(
        "$ skasm {} (exit {})\n{shown}",
        args.join(" "),
        code.unwrap_or(-1)
    )
}

#[test]
fn every_format_of_an_accepted_and_a_rejected_program() {
    let dir = tempdir("snap");
    sources(&dir);
    let formats: [(&str, &[&str]); 7] = [
        ("human", &["--format", "human"]),
        ("json", &["--format", "json"]),
        ("github", &["--format", "github"]),
        ("sarif", &["--format", "sarif"]),
        ("kernel", &["--format", "kernel"]),
        ("explain_human", &["--explain"]),
        ("explain_json", &["--explain", "--format", "json"]),
    ];
    for (name, flags) in formats {
        let mut all = String::new();
        for input in ["accepted.s", "accepted.o", "branches.s", "branches.o"] {
            let mut args = vec!["lint", "--kernel", KERNEL];
            args.extend_from_slice(flags);
            args.push(input);
            all.push_str(&run_output(&dir, &args));
        }
        insta::assert_snapshot!(format!("format_{name}"), all);
    }
    // The help line and the place the socket was acquired, in each format that shows them.
    for flags in [
        &["--format", "human"][..],
        &["--format", "github"],
        &["--format", "sarif"],
    ] {
        let mut args = vec!["lint", "--kernel", KERNEL];
        args.extend_from_slice(flags);
        args.push("leak.s");
        let out = text(&skasm_in(&dir, &args).stdout);
        assert!(out.contains("bpf_sk_release"), "{flags:?}: {out}");
        assert!(
            out.contains("reference id=2 acquired here"),
            "{flags:?}: {out}"
        );
    }
}

#[test]
fn directories_skipped_files_and_the_summary() {
    let dir = tempdir("dir");
    let tree = dir.join("tree");
    std::fs::create_dir_all(tree.join("sub")).unwrap();
    sources(&tree);
    std::fs::write(tree.join("README.md"), "not a program\n").unwrap();
    std::fs::write(tree.join("sub/bad.s"), "\tr0 =\n").unwrap();
    std::fs::copy("/proc/self/exe", tree.join("sub/host-elf")).unwrap();
    let other = "\t.section xdp,\"ax\",@progbits\n\t.globl xprog\n\t.type xprog,@function\nxprog:\n\tr0 = 2\n\texit\n\t.size xprog, .-xprog\n";
    std::fs::write(tree.join("sub/other.s"), format!("{other}{ACCEPTED}")).unwrap();
    let named = "\t.license \"GPL\"\n\t.program prog, \"sk_lookup/steer\"\n\tr0 = 1\n\texit\n";
    std::fs::write(tree.join("sub/named.s"), named).unwrap();
    let out = skasm_in(&dir, &["lint", "--kernel", KERNEL, "tree"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    for want in [
        "tree/README.md: skipped: not a BPF object",
        "tree/sub/host-elf: skipped: an ELF file for machine",
        "tree/sub/bad.s: not linted",
        "tree/sub/other.s: `xprog` (section `xdp`): skipped: a BPF_PROG_TYPE_XDP program, not SK_LOOKUP",
        "warning[section-name]: section `sk_lookup/steer` is not an SK_LOOKUP program for every loader: libbpf 1.x takes exactly `sk_lookup`",
    ] {
        assert!(stdout.contains(want), "{want}\n{stdout}");
    }
    assert!(
        text(&out.stderr).contains("could not lint `tree/sub/bad.s`"),
        "{}",
        text(&out.stderr)
    );
    // 5 sources and their 5 objects (accepted.s and .o accepted, the others rejected), and
    // the sk_lookup programs of named.s and other.s (accepted).
    assert!(
        stdout.ends_with(
            "12 programs: 4 accepted, 8 rejected, 0 unsupported; 1 program of other types skipped; 2 files skipped; 1 file not linted (errors)\n"
        ),
        "{stdout}"
    );
    // Files are linted on several threads; the report is in input order every time.
    for _ in 0..3 {
        let again = skasm_in(&dir, &["lint", "--kernel", KERNEL, "tree"]);
        assert_eq!(text(&again.stdout), stdout);
    }
    let json: serde_json::Value = serde_json::from_slice(
        &skasm_in(
            &dir,
            &["lint", "--kernel", KERNEL, "--format", "json", "tree"],
        )
        .stdout,
    )
    .unwrap();
    assert_eq!(json["summary"]["files_skipped"], 2, "{json}");
    assert_eq!(json["summary"]["files_not_linted"], 1, "{json}");
    assert_eq!(json["errors"][0]["path"], "tree/sub/bad.s", "{json}");
    // Only accepted programs: exit 0; a missing path: exit 2.
    let ok = skasm_in(
        &dir,
        &[
            "lint",
            "--kernel",
            KERNEL,
            "tree/accepted.s",
            "tree/sub/named.s",
        ],
    );
    assert_eq!(ok.status.code(), Some(0), "{}", text(&ok.stdout));
    let missing = skasm_in(&dir, &["lint", "--kernel", KERNEL, "tree", "nothing-here"]);
    assert_eq!(missing.status.code(), Some(2));
}

/// Where `.ci/run` installs Microsoft's SARIF validator.
fn sarif_multitool() -> Result<PathBuf, String> {
    let tool = root().join("target/sarif-multitool/node_modules/.bin/sarif-multitool");
    if tool.exists() {
        return Ok(tool);
    }
    match Command::new("npm").arg("--version").output() {
        Ok(o) if o.status.success() => Err(format!(
            "{} is missing (`.ci/run` installs it: npm install --prefix target/sarif-multitool @microsoft/sarif-multitool)",
            tool.display()
        )),
        _ => Err("npm is not installed".into()),
    }
}

#[test]
fn sarif_passes_microsofts_validator() {
    let tool = match sarif_multitool() {
        Ok(t) => t,
        Err(why) => {
            say!("SKIPPED sarif_passes_microsofts_validator: {why}");
            return;
        }
    };
    let dir = tempdir("sarif");
    sources(&dir);
    let c_object = root().join("tests/c/subprog.o");
    let c_object = c_object.to_string_lossy();
    let args = [
        "lint",
        "--kernel",
        KERNEL,
        "--format",
        "sarif",
        "accepted.s",
        "accepted.o",
        "branches.s",
        "branches.o",
        "leak.s",
        "ctx.o",
        &c_object,
    ];
    let out = skasm_in(&dir, &args);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // The C object's finding points at its C file.
    let uris: Vec<&str> = log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].as_str())
        .collect();
    assert!(uris.iter().any(|u| u.ends_with("subprog.c")), "{uris:?}");
    std::fs::write(dir.join("lint.sarif"), &out.stdout).unwrap();
    let v = Command::new(&tool)
        .args([
            "validate",
            "lint.sarif",
            "-o",
            "validation.sarif",
            "--log",
            "ForceOverwrite",
        ])
        .env("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1")
        .current_dir(&dir)
        .output()
        .expect("sarif-multitool runs");
    let report = text(&v.stdout);
    assert!(v.status.success(), "{report}{}", text(&v.stderr));
    let validation: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("validation.sarif")).unwrap()).unwrap();
    let levels = effective_levels(&validation);
    let count = |level: &str| levels.iter().filter(|l| *l == level).count();
    assert_eq!(count("error"), 0, "the validator reports errors:\n{report}");
    assert!(!report.contains(": error "), "{report}");
    let warnings = count("warning");
    say!(
        "lint_formats: SARIF of {} results passes sarif-multitool validate: 0 errors, {warnings} warnings",
        log["runs"][0]["results"].as_array().map_or(0, Vec::len)
    );
}

/// Each result's level in a SARIF log: its own `level`, else its rule's default (SARIF
/// §3.27.10), else `warning`.
fn effective_levels(log: &serde_json::Value) -> Vec<String> {
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let results = run["results"].as_array().cloned().unwrap_or_default();
    results
        .iter()
        .map(|r| {
            let rule = r["ruleIndex"].as_u64().and_then(|i| rules.get(i as usize));
            r["level"]
                .as_str()
                .or_else(|| rule.and_then(|x| x["defaultConfiguration"]["level"].as_str()))
                .unwrap_or("warning")
                .to_string()
        })
        .collect()
}

#[cfg(target_os = "linux")]
#[test]
fn the_kernel_format_is_the_kernels_log() {
    if let Err(u) = kernel::availability() {
        say!("SKIPPED the_kernel_format_is_the_kernels_log: {u}");
        return;
    }
    let profile = kernel::host_profile().expect("the host probe answers");
    if !verifier::analysis::log_modelled(profile) {
        say!(
            "SKIPPED the_kernel_format_is_the_kernels_log: the log of Linux {} is not modelled",
            profile.version()
        );
        return;
    }
    let dir = tempdir("klog");
    sources(&dir);
    let mut lines = 0;
    for name in ["branches", "ctx", "leak", "call"] {
        let file = format!("{name}.s");
        let ours = text(
            &skasm_in(
                &dir,
                &["lint", "--kernel", "host", "--format", "kernel", &file],
            )
            .stdout,
        );
        let ours = klog::between_begin_and_end(&ours);
        let theirs = klog::normalised(&kernel_log(&dir.join(&file)));
        let insns = |log: &[String]| {
            log.iter()
                .filter_map(|l| klog::instruction(l))
                .collect::<Vec<_>>()
        };
        assert_eq!(insns(&ours), insns(&theirs), "{name}: instruction lines");
        assert!(!insns(&ours).is_empty(), "{name}");
        assert_eq!(ours.last(), theirs.last(), "{name}: the message");
        // The state annotations too, for these programs.
        assert_eq!(ours, theirs, "{name}: the whole log");
        lines += ours.len();
    }
    say!(
        "lint_formats: --format kernel: 4 failing paths ({lines} log lines) equal Linux {}'s level-1 logs",
        profile.version()
    );
}

/// The live kernel's level-1 log of the one program of `source`, linked and bound as lint
/// verifies it, its maps created as declared.
#[cfg(target_os = "linux")]
fn kernel_log(source: &Path) -> String {
    let object = asm::assemble(&std::fs::read_to_string(source).unwrap()).unwrap();
    let l = sk_lookup::lint::loadable(&object, None).remove(0);
    let maps: Vec<kernel::Map> = l
        .maps
        .iter()
        .map(|m| {
            let spec = kernel::MapSpec::new(
                kernel::MapType::from_id(m.map_type),
                m.key_size,
                m.value_size,
                m.max_entries,
            );
            kernel::Map::create(&spec).expect("create a map")
        })
        .collect();
    let bound: Vec<(usize, &kernel::Map)> = l.maps.iter().map(|m| m.slot).zip(&maps).collect();
    let out = kernel::load(&l.insns, &bound, &kernel::LoadOptions::default())
        .expect("BPF_PROG_LOAD runs");
    assert!(
        !out.accepted(),
        "{}: the kernel accepts it",
        source.display()
    );
    out.log.clone()
}
