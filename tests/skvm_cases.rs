//! `skvm test` end to end: the examples' case files pass (snapshots of the report), a
//! failing case prints the diff of expected and actual and exits 1, and bad case files
//! (unknown keys, bad tuples, missing maps) are usage errors naming the file, line and field.
#![forbid(unsafe_code)]

use std::path::PathBuf;
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn skvm(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_skvm"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("skvm runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A case file next to copies of the steer-http example (paths in it are relative).
fn temp_cases(body: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    for f in ["steer-http.s", "steer-http.world.toml"] {
        std::fs::copy(root().join("examples").join(f), dir.path().join(f)).expect("copy");
    }
    let path = dir.path().join("t.cases.toml");
    let head =
        "programs = [\"steer-http.s\"]\nworld = \"steer-http.world.toml\"\nkernel = \"6.18\"\n";
    std::fs::write(&path, format!("{head}{body}")).expect("write");
    (dir, path.display().to_string())
}

#[test]
fn example_cases_pass() {
    for example in ["steer-http", "proxy-any-port"] {
        let out = skvm(&["test", &format!("examples/{example}.cases.toml")]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        insta::assert_snapshot!(format!("cases_{example}"), text(&out.stdout));
    }
}

#[test]
fn a_failing_case_shows_the_diff_and_exits_1() {
    let (dir, cases) = temp_cases(
        "[[case]]\nname = \"wrong on purpose\"\ntuple = \"tcp 203.0.113.9:4242 -> 192.0.2.10:80\"\nverdict = \"SK_DROP\"\nselected = \"other_http\"\ndelivered = \"nginx\"\n\n[[case]]\nname = \"right\"\ntuple = \"tcp 203.0.113.9:4242 -> 192.0.3.10:80\"\ndelivered = \"other_http\"\n",
    );
    let out = skvm(&["test", &cases]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let report = text(&out.stdout).replace(&dir.path().display().to_string(), "DIR");
    insta::assert_snapshot!("cases_failing", report);
}

#[test]
fn bad_case_files_name_file_line_and_field() {
    let tuple = "tcp 203.0.113.9:4242 -> 192.0.2.10:80";
    let bad = [
        (
            format!("[[case]]\nname = \"x\"\ntuple = \"{tuple}\"\nverdik = \"SK_PASS\"\n"),
            "t.cases.toml:7: unknown field `verdik`",
        ),
        (
            "[[case]]\nname = \"x\"\ntuple = \"tcp 1.2.3.4 -> 5.6.7.8:80\"\n".to_string(),
            "t.cases.toml:6: tuple: ",
        ),
        (
            format!("[[case]]\nname = \"x\"\ntuple = \"{tuple}\"\nentries = {{ nope = {{}} }}\n"),
            "t.cases.toml:5: entries: the world has no map `nope`",
        ),
    ];
    for (body, want) in bad {
        let (_dir, cases) = temp_cases(&body);
        let out = skvm(&["test", &cases]);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains(want), "{want} not in {stderr}");
    }
}
