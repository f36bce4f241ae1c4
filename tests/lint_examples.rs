//! The C example corpus (`examples/c`, its table in `examples/c/README.md`): the committed
//! objects are what `examples/c/build.sh` builds (when clang-14 and clang-19 are here),
//! `skasm lint` gives each the verdict and code the table says, each rejection is at the C
//! file and line the kernel's own verifier log names (loaded with the object's BTF line
//! info through the kernel crate), `--cross-check-kernel` agrees on every object, and the
//! minimum kernels hold where a kernel is at hand (the host; Debian's 6.12 image with
//! `SK_EXAMPLES_IMAGES=1`).
#![forbid(unsafe_code)]
#![cfg(target_os = "linux")]

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;
use support::kernel_btf;

macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

/// The object directories `build.sh` writes, one per compiler and cpu.
const BUILDS: [&str; 3] = ["clang-14", "clang-19-v3", "clang-19-v4"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn skasm(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_skasm"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("skasm runs")
}

/// A row of the examples table.
#[derive(Debug)]
struct Example {
    name: String,
    /// `None`: accepted; else the code of the rejection.
    code: Option<String>,
    /// `(major, minor)` for accepted examples.
    min_kernel: Option<(u32, u32)>,
}

fn ticked(cell: &str) -> Option<String> {
    Some(cell.strip_prefix('`')?.strip_suffix('`')?.to_string())
}

/// `major.minor` at the start of `text` (`5.16`, or a release: `6.18.44-fc-v1300`).
fn version(text: &str) -> Option<(u32, u32)> {
    let mut parts = text.split(|c: char| !c.is_ascii_digit());
    Some((parts.next()?.parse().ok()?, parts.next()?.parse().ok()?))
}

/// The table between `<!-- examples -->` and `<!-- /examples -->` of examples/c/README.md.
fn table() -> Vec<Example> {
    let readme = std::fs::read_to_string(root().join("examples/c/README.md")).unwrap();
    let start = readme.find("<!-- examples -->").expect("table start");
    let end = readme.find("<!-- /examples -->").expect("table end");
    readme[start..end]
        .lines()
        .filter_map(|row| {
            let cells: Vec<&str> = row.split('|').map(str::trim).collect();
            let name = ticked(cells.get(1)?)?;
            let verdict = cells.get(3)?;
            Some(Example {
                name,
                code: (*verdict != "accepted").then(|| ticked(verdict).expect("a `code`")),
                min_kernel: version(cells.get(4)?),
            })
        })
        .collect()
}

/// Every committed object, relative to the root, with its row.
fn objects(table: &[Example]) -> Vec<(String, &Example)> {
    BUILDS
        .iter()
        .flat_map(|b| {
            table
                .iter()
                .map(move |e| (format!("examples/c/obj/{b}/{}.o", e.name), e))
        })
        .collect()
}

/// Every `.c` file of examples/c, by name.
fn sources() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("examples/c"))
        .unwrap()
        .filter_map(|e| {
            e.unwrap()
                .file_name()
                .to_str()?
                .strip_suffix(".c")
                .map(String::from)
        })
        .collect();
    names.sort();
    names
}

#[test]
fn the_table_names_every_example_and_every_object_is_committed() {
    let table = table();
    let mut named: Vec<String> = table.iter().map(|e| e.name.clone()).collect();
    named.sort();
    assert_eq!(named, sources());
    for (path, e) in objects(&table) {
        assert!(root().join(&path).is_file(), "{path} is not committed");
        assert_eq!(
            e.code.is_none(),
            e.min_kernel.is_some(),
            "{}: an accepted example has a minimum kernel",
            e.name
        );
    }
    let broken = table.iter().filter(|e| e.code.is_some()).count();
    assert!(broken * 2 == table.len(), "one broken variant per example");
}

fn tool_missing(tool: &str) -> bool {
    Command::new(tool).arg("--version").output().is_err()
}

#[test]
fn objects_are_what_the_build_script_builds() {
    let test = "objects_are_what_the_build_script_builds";
    if let Some(tool) = ["clang-14", "clang-19"]
        .into_iter()
        .find(|t| tool_missing(t))
    {
        say!("SKIPPED {test}: {tool} is not installed (apt-get install {tool})");
        return;
    }
    let out_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("examples-rebuilt");
    let _ = std::fs::remove_dir_all(&out_dir);
    let status = Command::new(root().join("examples/c/build.sh"))
        .arg(&out_dir)
        .status()
        .expect("build.sh runs");
    assert!(status.success(), "examples/c/build.sh failed");
    let table = table();
    for build in BUILDS {
        for e in &table {
            let committed = root().join(format!("examples/c/obj/{build}/{}.o", e.name));
            let rebuilt = out_dir.join(format!("{build}/{}.o", e.name));
            assert!(
                std::fs::read(&committed).unwrap() == std::fs::read(&rebuilt).unwrap(),
                "{} differs from what examples/c/build.sh builds: rerun it and commit",
                committed.display()
            );
        }
    }
    say!(
        "lint_examples: {} objects rebuilt byte for byte",
        table.len() * BUILDS.len()
    );
}

/// `skasm lint --format json` over `paths`: each program by its object's path.
fn lint_json(paths: &[&str]) -> Vec<(String, Value)> {
    let mut args = vec!["lint", "--format", "json"];
    args.extend(paths);
    let out = skasm(&args);
    let report: Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    let mut programs = Vec::new();
    for file in report["files"].as_array().unwrap() {
        for p in file["programs"].as_array().unwrap() {
            programs.push((file["path"].as_str().unwrap().to_string(), p.clone()));
        }
    }
    programs
}

#[test]
fn every_object_lints_as_the_table_says() {
    let table = table();
    let objects = objects(&table);
    let paths: Vec<&str> = objects.iter().map(|(p, _)| p.as_str()).collect();
    let programs = lint_json(&paths);
    assert_eq!(programs.len(), objects.len(), "one program per object");
    for ((path, p), (expected_path, e)) in programs.iter().zip(&objects) {
        assert_eq!(path, expected_path);
        assert_eq!(p["name"], e.name.as_str(), "{path}");
        let diagnostics = p["diagnostics"].as_array().unwrap();
        match &e.code {
            None => assert_eq!(p["verdict"], "accepted", "{path}: {p}"),
            Some(code) => {
                assert_eq!(p["verdict"], "rejected", "{path}: {p}");
                let d = &diagnostics[0];
                assert_eq!(d["code"], code.as_str(), "{path}: {p}");
                assert_eq!(d["file"], format!("./examples/c/{}.c", e.name), "{path}");
                assert!(d["line"].as_u64().is_some_and(|l| l > 0), "{path}: {p}");
            }
        }
    }
}

/// The kernel's log of `object`'s program loaded with its BTF line info, as libbpf loads it
/// (at log level 2: level 1 keeps only the failing path, cutting the others out, and the
/// kernel prints a C line only when it differs from the last one it printed, which may be
/// in a part cut out; level 2 keeps every path, so the last line printed is the current).
fn load_with_line_info(path: &str) -> kernel::LoadOutcome {
    kernel_btf::load(&root().join(path), 2)
}

#[test]
fn rejections_are_at_the_c_line_the_kernel_names() {
    let test = "rejections_are_at_the_c_line_the_kernel_names";
    if let Err(u) = kernel::availability() {
        say!("SKIPPED {test}: {u}");
        return;
    }
    let table = table();
    let mut compared = 0;
    for (path, e) in objects(&table) {
        let outcome = load_with_line_info(&path);
        if e.code.is_none() {
            assert!(outcome.accepted(), "{path}:\n{}", outcome.log);
            continue;
        }
        let insn = outcome
            .insn_index()
            .unwrap_or_else(|| panic!("{path}:\n{}", outcome.log));
        let (file, line) = kernel_btf::kernel_line(&outcome.log, insn)
            .unwrap_or_else(|| panic!("{path}: no line info before insn {insn}:\n{}", outcome.log));
        let (_, p) = lint_json(&[&path]).remove(0);
        let d = &p["diagnostics"][0];
        let lint_file = d["file"].as_str().unwrap();
        assert!(
            lint_file.ends_with(file.as_str()),
            "{path}: lint says {lint_file}, the kernel {file}"
        );
        assert_eq!(
            d["line"], line,
            "{path}: lint's line; the kernel's log:\n{}",
            outcome.log
        );
        assert_eq!(d["insn"], insn, "{path}");
        compared += 1;
    }
    say!("lint_examples: {compared} rejected objects: lint names the C file and line the kernel's log names");
}

/// The `cross-check:` lines of a run, and lint's program count.
fn cross_checked(out: &Output) -> Vec<String> {
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter(|l| l.starts_with("cross-check: "))
        .map(String::from)
        .collect()
}

/// Checks a cross-checked run over every object: no disagreement, accepted examples
/// accepted (their minimum kernel at most `release`); with `all_verified`, lint verified every
/// object (none "not compared"). Returns how many objects were compared.
fn check_cross_check(out: &Output, table: &[Example], release: &str, all_verified: bool) -> usize {
    let objects = objects(table);
    let lines = cross_checked(out);
    assert_eq!(
        lines.len(),
        objects.len(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let running = version(release).expect("a release");
    let mut compared = 0;
    for (line, (path, e)) in lines.iter().zip(&objects) {
        assert!(
            line.starts_with(&format!("cross-check: {path}: ")),
            "{line}"
        );
        if !all_verified && line.contains(": not compared: ") {
            continue;
        }
        assert!(line.contains(": agrees with Linux "), "{line}");
        compared += 1;
        if let Some(min) = e.min_kernel {
            let min = if path.contains("-v4/") {
                min.max((6, 6))
            } else {
                min
            };
            assert!(running >= min, "{path} needs {min:?}; {release}");
            assert!(line.ends_with(": accepted"), "{line}");
        }
    }
    compared
}

#[test]
fn cross_check_agrees_on_the_whole_corpus() {
    let test = "cross_check_agrees_on_the_whole_corpus";
    if let Err(u) = kernel::availability() {
        say!("SKIPPED {test}: {u}");
        return;
    }
    let table = table();
    let objects = objects(&table);
    let mut args = vec!["lint", "--cross-check-kernel"];
    args.extend(objects.iter().map(|(p, _)| p.as_str()));
    let out = skasm(&args);
    assert_eq!(out.status.code(), Some(1), "rejected examples: exit 1");
    check_cross_check(&out, &table, &kernel::release().unwrap(), true);
    say!(
        "lint_examples: --cross-check-kernel: {} of {} objects agree with the host kernel",
        objects.len(),
        objects.len()
    );
}

#[test]
fn cross_check_agrees_in_the_6_12_image() {
    let test = "cross_check_agrees_in_the_6_12_image";
    if std::env::var_os("SK_EXAMPLES_IMAGES").is_none_or(|v| v != "1") {
        say!("SKIPPED {test}: set SK_EXAMPLES_IMAGES=1 (boots Debian's 6.12 image, about 15 s)");
        return;
    }
    let dir = root().join("target/kernels");
    if let Some(why) = bootvm::selftest::skip_reason(&dir) {
        say!("SKIPPED {test}: {why}");
        return;
    }
    let image = bootvm::images(&dir)
        .into_iter()
        .find(|i| i.release.starts_with("6.12."))
        .expect("the 6.12 image");
    let table = table();
    let objects = objects(&table);
    let vmlinuz = image.vmlinuz.to_str().unwrap();
    let mut args = vec!["lint", "--cross-check-kernel", "--kernel-image", vmlinuz];
    args.extend(objects.iter().map(|(p, _)| p.as_str()));
    let out = skasm(&args);
    // On 6.12 lint does not verify loops, nor some leaks (pruning is modelled on 6.18 only):
    // those are "not compared".
    let compared = check_cross_check(&out, &table, &image.release, false);
    say!(
        "lint_examples: {}: {compared} of {} objects compared, all agree",
        image.release,
        objects.len()
    );
}
