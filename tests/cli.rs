//! `skasm` end to end: the README's main command on the bundled examples, exit codes, no
//! output on failure, and objects that libbpf (bpftool) loads into the live kernel.
#![forbid(unsafe_code)]

/// Writes straight to the process's stderr: libtest captures `eprintln!` in passing tests,
/// and a skip or a summary must be seen.
macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

mod support;

use std::path::Path;
use std::process::{Command, Output};

fn skasm(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_skasm"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("skasm runs")
}

fn tempdir(tag: &str) -> support::scratch::Scratch {
    support::scratch::scratch(&format!("cli-{tag}"))
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

const EXAMPLES: [&str; 2] = ["examples/steer-http.s", "examples/proxy-any-port.s"];

#[test]
fn examples_build_and_disassemble() {
    let dir = tempdir("examples");
    for example in EXAMPLES {
        let name = Path::new(example).file_stem().unwrap().to_str().unwrap();
        let obj = dir.join(format!("{name}.o"));
        let out = skasm(&["build", example, "-o", obj.to_str().unwrap()]);
        assert!(out.status.success(), "{example}: {}", text(&out.stderr));
        assert!(out.stdout.is_empty() && out.stderr.is_empty());
        let listing = skasm(&["disasm", obj.to_str().unwrap()]);
        assert!(listing.status.success(), "{}", text(&listing.stderr));
        insta::assert_snapshot!(format!("disasm_{name}"), text(&listing.stdout));

        // The listing reassembles to the same object.
        let again_src = dir.join(format!("{name}.again.s"));
        std::fs::write(&again_src, &listing.stdout).unwrap();
        let again = dir.join(format!("{name}.again.o"));
        let out = skasm(&[
            "build",
            again_src.to_str().unwrap(),
            "-o",
            again.to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert_eq!(
            std::fs::read(&obj).unwrap(),
            std::fs::read(&again).unwrap(),
            "{example}: disasm/build round trip"
        );
    }
}

#[test]
fn rejected_source_exits_1_and_writes_nothing() {
    let dir = tempdir("reject");
    let src = dir.join("bad.s");
    std::fs::write(
        &src,
        ".program p\n    r0 = *(u32 *)(r1 + 8\n    r11 = 1\n    exit\n",
    )
    .unwrap();
    let obj = dir.join("bad.o");
    let out = skasm(&["build", src.to_str().unwrap(), "-o", obj.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("error[syntax]") && err.contains("error[bad-register]"),
        "{err}"
    );
    assert!(err.contains("bad.s:2:25"), "{err}");
    assert!(!obj.exists(), "no output on failure");
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        1,
        "no temporary files left behind"
    );

    let json = skasm(&["build", src.to_str().unwrap(), "--format", "json"]);
    assert_eq!(json.status.code(), Some(1));
    let first = text(&json.stderr).lines().next().unwrap().to_string();
    assert!(first.starts_with("{\"code\":\"syntax\""), "{first}");
}

#[test]
fn usage_and_io_errors_exit_2() {
    assert_eq!(
        skasm(&["build", "/nonexistent/prog.s"]).status.code(),
        Some(2)
    );
    assert_eq!(skasm(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(
        skasm(&["helpers", "--kernel", "4.1"]).status.code(),
        Some(2)
    );
    let help = skasm(&["--help"]);
    assert!(help.status.success());
    assert!(text(&help.stdout).contains("Exit codes"));

    // A source beyond 4 GiB is refused up front (a sparse file: nothing is written to disk).
    let dir = tempdir("huge");
    let huge = dir.join("huge.s");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(5 << 30)
        .unwrap();
    let object = dir.join("huge.o");
    let out = skasm(&[
        "build",
        huge.to_str().unwrap(),
        "-o",
        object.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("larger than 4 GiB"),
        "{}",
        text(&out.stderr)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn unreadable_objects_exit_1() {
    let dir = tempdir("badobj");
    let p = dir.join("junk.o");
    std::fs::write(&p, b"\x7fELF\x02\x01\x01junk").unwrap();
    let out = skasm(&["disasm", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).starts_with("error:"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn reference_commands() {
    let helpers = skasm(&["helpers", "--kernel", "6.18", "--unprivileged"]);
    assert!(helpers.status.success());
    insta::assert_snapshot!("helpers_6_18_unprivileged", text(&helpers.stdout));
    let ctx = skasm(&["ctx", "--kernel", "5.15"]);
    assert!(ctx.status.success());
    insta::assert_snapshot!("ctx_5_15", text(&ctx.stdout));
}

#[test]
fn reference_commands_refuse_releases_past_the_tables() {
    let newest = skctx::KernelProfile::NEWEST_TABULATED_SERIES;
    let known = format!("{}.{}.999", newest.major, newest.minor);
    assert!(skasm(&["helpers", "--kernel", &known]).status.success());
    let next = format!("{}.{}", newest.major, newest.minor + 1);
    for release in [next.as_str(), "7.3.4"] {
        for cmd in ["helpers", "ctx"] {
            let out = skasm(&[cmd, "--kernel", release]);
            assert_eq!(out.status.code(), Some(1), "{cmd} {release}");
            assert!(out.stdout.is_empty(), "{cmd} {release}: no table printed");
            let err = text(&out.stderr);
            assert!(
                err.contains(&format!("tables of Linux {release} are not known")),
                "{err}"
            );
        }
    }
}

/// Debian's bpftool, if installed and the kernel can be reached; else says why the test skips.
fn bpftool_or_skip(test: &str) -> Option<&'static str> {
    let Some(bpftool) = ["/usr/sbin/bpftool", "/usr/bin/bpftool"]
        .into_iter()
        .find(|p| Path::new(p).exists())
    else {
        say!("SKIPPED {test}: bpftool not installed (apt-get install bpftool)");
        return None;
    };
    if let Err(why) = kernel_availability() {
        say!("SKIPPED {test}: {why}");
        return None;
    }
    Some(bpftool)
}

/// Whether the live kernel can be reached (the kernel crate is Linux-only).
#[cfg(target_os = "linux")]
fn kernel_availability() -> Result<(), String> {
    kernel::availability().map_err(|u| u.to_string())
}

#[cfg(not(target_os = "linux"))]
fn kernel_availability() -> Result<(), String> {
    Err("not Linux: no live kernel to load into".into())
}

/// Runs a shell script in a private mount namespace with a fresh bpffs on /sys/fs/bpf.
fn in_private_bpffs(script: &str) -> Output {
    let script = format!("mount -t bpf bpf /sys/fs/bpf && {script}");
    Command::new("unshare")
        .args(["-m", "--propagation", "private", "sh", "-c", &script])
        .output()
        .unwrap()
}

/// libbpf 1.x (through Debian's bpftool) loads our objects, maps included, as sk_lookup
/// programs into the live kernel, in a private mount namespace with its own bpffs.
#[test]
fn bpftool_loads_our_objects() {
    let Some(bpftool) = bpftool_or_skip("bpftool_loads_our_objects") else {
        return;
    };
    let dir = tempdir("bpftool");
    for example in EXAMPLES {
        let obj = dir.join("prog.o");
        let out = skasm(&["build", example, "-o", obj.to_str().unwrap()]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let script = format!("{bpftool} prog loadall {} /sys/fs/bpf/progs type sk_lookup pinmaps /sys/fs/bpf/maps && {bpftool} map show pinned /sys/fs/bpf/maps/{} && ls /sys/fs/bpf/progs", obj.display(), map_of(example));
        let out = in_private_bpffs(&script);
        let stdout = text(&out.stdout);
        assert!(
            out.status.success(),
            "{example}: bpftool refused it:\n{}{}",
            stdout,
            text(&out.stderr)
        );
        assert!(stdout.contains("sockmap"), "{example}: map type: {stdout}");
    }
}

/// Every `.skmap` type, with sizes the kernel accepts for it: libbpf (bpftool) creates each
/// map from our BTF definition, and the kernel reports it with the declared type and sizes.
#[test]
fn bpftool_creates_every_skmap_type() {
    let Some(bpftool) = bpftool_or_skip("bpftool_creates_every_skmap_type") else {
        return;
    };
    // (type, key, value, max_entries, flags)
    let maps: &[(&str, u32, u32, u32, u32)] = &[
        ("hash", 4, 8, 16, 0),
        ("array", 4, 8, 16, 0),
        ("prog_array", 4, 4, 4, 0),
        ("perf_event_array", 4, 4, 4, 0),
        ("percpu_hash", 4, 8, 16, 0),
        ("percpu_array", 4, 8, 16, 0),
        ("lru_hash", 4, 8, 16, 0),
        ("lru_percpu_hash", 4, 8, 16, 0),
        // BPF_F_NO_PREALLOC, which the kernel requires of LPM tries.
        ("lpm_trie", 8, 8, 16, 1),
        ("sockmap", 4, 8, 16, 0),
        ("sockhash", 4, 8, 16, 0),
        ("queue", 0, 8, 16, 0),
        ("stack", 0, 8, 16, 0),
        ("ringbuf", 0, 0, 4096, 0),
        ("bloom_filter", 0, 8, 16, 0),
    ];
    assert_eq!(
        maps.len(),
        skctx::skmap_types().count(),
        "a .skmap type is missing here"
    );
    let mut src = String::from(".license \"GPL\"\n");
    for (ty, key, value, max, flags) in maps {
        src.push_str(&format!(
            ".skmap m_{ty}, type={ty}, key={key}, value={value}, max_entries={max}, flags={flags}\n"
        ));
    }
    src.push_str(".program pass\n\tr0 = 1\n\texit\n");
    let dir = tempdir("skmaps");
    let (s, obj) = (dir.join("maps.s"), dir.join("maps.o"));
    std::fs::write(&s, &src).unwrap();
    let out = skasm(&["build", s.to_str().unwrap(), "-o", obj.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let show: Vec<String> = maps
        .iter()
        .map(|(ty, ..)| format!("{bpftool} map show pinned /sys/fs/bpf/maps/m_{ty}"))
        .collect();
    let script = format!(
        "{bpftool} prog loadall {} /sys/fs/bpf/progs type sk_lookup pinmaps /sys/fs/bpf/maps && {}",
        obj.display(),
        show.join(" && ")
    );
    let out = in_private_bpffs(&script);
    let stdout = text(&out.stdout);
    assert!(
        out.status.success(),
        "bpftool refused it:\n{stdout}{}",
        text(&out.stderr)
    );
    // One `map show` block per map, in order: `ID: TYPE  name NAME  flags 0x..` (the kernel
    // keeps 15 bytes of a name), then `key NB  value NB  max_entries N ...`.
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2 * maps.len(), "{stdout}");
    for ((ty, key, value, max, flags), block) in maps.iter().zip(lines.chunks(2)) {
        let name: String = format!("m_{ty}").chars().take(15).collect();
        let head = block[0];
        assert!(
            head.contains(&format!(": {ty}  name {name}  flags {flags:#x}")),
            "m_{ty}: {head}"
        );
        let want = format!("key {key}B  value {value}B  max_entries {max}");
        assert!(
            block[1].contains(&want),
            "m_{ty}: {} (want {want})",
            block[1]
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

fn map_of(example: &str) -> &'static str {
    if example.contains("steer") {
        "nginx_socket"
    } else {
        "proxy_socket"
    }
}

/// A source with a call to a name that is not a helper (`bpf_sk_asign`), in plain LLVM syntax
/// so llvm-mc reads it too.
const MISSPELT_HELPER: &str =
    "\t.text\n\t.globl\tf\n\t.type\tf,@function\nf:\n\tcall bpf_sk_asign\n\tr0 = 0\n\texit\n";

/// A file's bytes and modification time, to show it was not touched.
fn fingerprint(p: &Path) -> (Vec<u8>, std::time::SystemTime) {
    let m = std::fs::metadata(p).unwrap();
    (std::fs::read(p).unwrap(), m.modified().unwrap())
}

/// Writes `bytes` to `p` with a modification time in the past, so any write would show.
fn write_old(p: &Path, bytes: &[u8]) {
    std::fs::write(p, bytes).unwrap();
    let past = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(p)
        .unwrap()
        .set_modified(past)
        .unwrap();
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// `-o` naming the source (the same path, another spelling, a symbolic or hard link) or a
/// default output that is the source (`prog.o` → `prog.o`) is refused with exit 2, naming
/// both paths, and the source keeps its bytes and modification time.
#[test]
fn output_that_is_the_input_is_refused() {
    let dir = tempdir("same-file");
    let src = dir.join("prog.s");
    write_old(&src, b".program p\n    r0 = 0\n    exit\n");
    std::os::unix::fs::symlink(&src, dir.join("link.s")).unwrap();
    std::fs::hard_link(&src, dir.join("hard.s")).unwrap();
    let obj_named_source = dir.join("prog.o");
    write_old(&obj_named_source, b".program q\n    r0 = 1\n    exit\n");
    let before = names_in(&dir);
    let s = |name: &str| dir.join(name).to_str().unwrap().to_string();
    let cases: [(String, Option<String>); 5] = [
        (s("prog.s"), Some(s("prog.s"))),
        (s("prog.s"), Some(format!("{}/./prog.s", dir.display()))),
        (s("prog.s"), Some(s("link.s"))),
        (s("link.s"), Some(s("hard.s"))),
        (s("prog.o"), None),
    ];
    for (input, output) in &cases {
        let untouched = [fingerprint(&src), fingerprint(&obj_named_source)];
        let mut args = vec!["build", input.as_str()];
        if let Some(o) = output {
            args.extend(["-o", o.as_str()]);
        }
        let out = skasm(&args);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        let output = output.clone().unwrap_or_else(|| input.clone());
        assert!(
            err.contains(&format!("`{output}`")) && err.contains(&format!("`{input}`")),
            "{args:?}: the error names both paths: {err}"
        );
        assert!(err.contains("refusing"), "{err}");
        assert_eq!(
            untouched,
            [fingerprint(&src), fingerprint(&obj_named_source)],
            "{args:?}: the source was touched"
        );
        assert_eq!(names_in(&dir), before, "{args:?}: a file was created");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The object replaces the output only once complete: an output that cannot be written
/// (a directory, a missing directory) is left as it was with no temporary file beside it,
/// a symbolic link at the output is replaced (never written through, even dangling), and a
/// rejected source leaves an existing output untouched.
#[test]
fn output_is_replaced_whole_or_not_at_all() {
    let dir = tempdir("atomic");
    let src = dir.join("prog.s");
    std::fs::write(&src, ".program p\n    r0 = 0\n    exit\n").unwrap();
    let src = src.to_str().unwrap();

    let existing = dir.join("existing.o");
    write_old(&existing, b"old object");
    let out = skasm(&["build", src, "-o", existing.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(std::fs::read(&existing).unwrap().starts_with(b"\x7fELF"));

    // A name as long as a file name may be (255 bytes): the temporary file's fits too.
    let long = dir.join(format!("{}.o", "x".repeat(253)));
    let out = skasm(&["build", src, "-o", long.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(std::fs::read(&long).unwrap().starts_with(b"\x7fELF"));
    std::fs::remove_file(&long).unwrap();

    let subdir = dir.join("a-directory.o");
    std::fs::create_dir(&subdir).unwrap();
    let before = names_in(&dir);
    for output in [subdir.clone(), dir.join("missing/prog.o")] {
        let out = skasm(&["build", src, "-o", output.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
        assert!(text(&out.stderr).contains("cannot write"));
        assert_eq!(names_in(&dir), before, "no temporary file left behind");
    }
    assert!(subdir.is_dir() && names_in(&subdir).is_empty());

    let target = dir.join("nowhere/target.o");
    let link = dir.join("dangling.o");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let out = skasm(&["build", src, "-o", link.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(!link.is_symlink() && std::fs::read(&link).unwrap().starts_with(b"\x7fELF"));
    assert!(!dir.join("nowhere").exists());

    let bad = dir.join("bad.s");
    std::fs::write(&bad, ".program p\n    r11 = 0\n    exit\n").unwrap();
    let kept = fingerprint(&existing);
    let out = skasm(&[
        "build",
        bad.to_str().unwrap(),
        "-o",
        existing.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        fingerprint(&existing),
        kept,
        "a rejected source writes nothing"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// A call to a name that is not a helper warns (`warning[unknown-helper]`, with the nearest
/// helper name), and the object is still written: exit 0, stdout empty. `--deny-warnings`
/// makes it an error: exit 1, nothing written.
#[test]
fn unknown_helper_warns_and_deny_warnings_refuses() {
    let dir = tempdir("warn");
    let src = dir.join("prog.s");
    std::fs::write(&src, MISSPELT_HELPER).unwrap();
    let (src, obj) = (src.to_str().unwrap(), dir.join("prog.o"));
    let out = skasm(&["build", src, "-o", obj.to_str().unwrap()]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(out.stdout.is_empty());
    assert!(
        err.contains("warning[unknown-helper]: `bpf_sk_asign` is not a helper"),
        "{err}"
    );
    assert!(
        err.contains("prog.s:5:7") && err.contains("did you mean `bpf_sk_assign`?"),
        "{err}"
    );
    assert!(err.ends_with(" generated 1 warning\n"), "{err}");
    assert!(obj.exists());

    let json = skasm(&[
        "build",
        src,
        "-o",
        obj.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(json.status.code(), Some(0));
    let line = text(&json.stderr);
    assert!(
        line.contains("\"severity\":\"warning\"") && line.contains("\"code\":\"unknown-helper\""),
        "{line}"
    );
    assert_eq!(line.lines().count(), 1, "{line}");

    std::fs::remove_file(&obj).unwrap();
    let before = names_in(&dir);
    for format in ["human", "json"] {
        let out = skasm(&["build", src, "--deny-warnings", "--format", format]);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert_eq!(
            names_in(&dir),
            before,
            "nothing written with --deny-warnings"
        );
        if format == "human" {
            assert!(
                err.contains("error[unknown-helper]") && !err.contains("warning["),
                "{err}"
            );
            assert!(err.contains("--deny-warnings"), "{err}");
        } else {
            assert!(err.contains("\"severity\":\"error\""), "{err}");
        }
    }
    let help = text(&skasm(&["build", "--help"]).stdout);
    assert!(help.contains("--deny-warnings"), "{help}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Calls that are not misspelt helpers do not warn: a BPF-to-BPF call, a function defined
/// in another object, a helper by name.
#[test]
fn ordinary_calls_do_not_warn() {
    let dir = tempdir("nowarn");
    let src = dir.join("prog.s");
    std::fs::write(
        &src,
        ".program p\n    call sub\n    call extern_function\n    call bpf_sk_assign\n    exit\nsub:\n    r0 = 0\n    exit\n",
    )
    .unwrap();
    let out = skasm(&["build", src.to_str().unwrap(), "--deny-warnings"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
    let _ = std::fs::remove_dir_all(&dir);
}

/// The object built despite the warning is the one llvm-mc 19 makes: a call against the
/// undefined symbol, byte for byte.
#[test]
fn unknown_helper_object_is_llvm_mc_19s() {
    let Some(mc) = ["/usr/lib/llvm-19/bin/llvm-mc", "/usr/bin/llvm-mc-19"]
        .into_iter()
        .find(|p| Path::new(p).exists())
    else {
        say!("SKIPPED unknown_helper_object_is_llvm_mc_19s: llvm-mc 19 not installed");
        return;
    };
    let dir = tempdir("mc");
    let src = dir.join("prog.s");
    std::fs::write(&src, MISSPELT_HELPER).unwrap();
    let (ours, theirs) = (dir.join("ours.o"), dir.join("theirs.o"));
    let out = skasm(&["build", src.to_str().unwrap(), "-o", ours.to_str().unwrap()]);
    assert!(text(&out.stderr).contains("unknown-helper"));
    let mc = Command::new(mc)
        .args(["-triple", "bpfel", "-filetype=obj", "-o"])
        .args([&theirs, &src])
        .output()
        .unwrap();
    assert!(mc.status.success(), "{}", text(&mc.stderr));
    assert_eq!(
        std::fs::read(&ours).unwrap(),
        std::fs::read(&theirs).unwrap()
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// `disasm` decides by content: a text file (whatever its name) is refused with exit 2 and
/// a pointer to `skasm build`; an ELF object (whatever its name) and a raw file of
/// instructions are disassembled.
#[test]
fn disasm_of_a_source_points_at_build() {
    let dir = tempdir("disasm-text");
    let source_named_o = dir.join("prog.o");
    std::fs::write(&source_named_o, ".program p\n    r0 = 0\n    exit\n").unwrap();
    for src in [Path::new("examples/steer-http.s"), &source_named_o] {
        let out = skasm(&["disasm", src.to_str().unwrap()]);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(
            err.contains("looks like assembly source") && err.contains("skasm build"),
            "{err}"
        );
        assert!(out.stdout.is_empty());
    }

    let object_named_s = dir.join("object.s");
    let out = skasm(&[
        "build",
        "examples/steer-http.s",
        "-o",
        object_named_s.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let out = skasm(&["disasm", object_named_s.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));

    // r0 = 0; exit
    let raw = dir.join("raw.bin");
    std::fs::write(&raw, b"\xb7\0\0\0\0\0\0\0\x95\0\0\0\0\0\0\0").unwrap();
    let out = skasm(&["disasm", raw.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("exit"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// Control characters, bidi controls and bytes that are not UTF-8, in a file name or in the
/// source, reach the terminal escaped, in errors, warnings and IO messages alike.
#[test]
fn unprintable_text_is_escaped_on_the_terminal() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let dir = tempdir("escape");
    let src = dir.join(OsStr::from_bytes(b"evil\x1b[2J\xff.s"));
    std::fs::write(
        &src,
        "\t.text\n\tcall bpf_sk_asign\n\tr0 = 1 \u{202e} # \u{1b}]0;title\u{7}\n\texit\n",
    )
    .unwrap();
    let missing = dir.join(OsStr::from_bytes(b"gone\x1b[31m\n.o"));
    let runs = [
        vec![src.as_os_str(), OsStr::new("--deny-warnings")],
        vec![src.as_os_str(), OsStr::new("--format"), OsStr::new("json")],
        vec![missing.as_os_str()],
    ];
    for args in runs {
        let out = Command::new(env!("CARGO_BIN_EXE_skasm"))
            .arg("build")
            .args(&args)
            .output()
            .unwrap();
        let err = text(&out.stderr);
        assert_ne!(out.status.code(), Some(0), "{err}");
        assert!(
            !err.chars()
                .any(|c| (c.is_control() && c != '\n') || c == '\u{202e}' || c == '\u{fffd}'),
            "{args:?}: raw unprintable text on stderr: {err:?}"
        );
        assert!(err.contains("\\x1b"), "{err}");
        if args.len() == 2 {
            assert!(err.contains("evil\\x1b[2J\\xff.s"), "{err}");
            assert!(err.contains("\\u{202e}"), "{err}");
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Runs `bin args` with its stdout a pipe whose reader is already gone, as in `skasm lint DIR |
/// head` once `head` has its lines: the output is far larger than a pipe holds, so a write
/// meets the closed pipe whatever the timing.
fn into_closed_pipe(bin: &str, args: &[&str]) -> Output {
    let mut child = Command::new(bin)
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the binary runs");
    drop(child.stdout.take());
    child.wait_with_output().expect("the binary ends")
}

#[test]
fn a_reader_gone_away_is_not_a_crash() {
    let dir = tempdir("closed-pipe");
    let source = dir.join("big.s");
    let body = "    r0 = 0\n".repeat(8_000);
    std::fs::write(
        &source,
        format!(".license \"GPL\"\n.program big\n{body}    exit\n"),
    )
    .unwrap();
    let object = dir.join("big.o");
    let (source, object) = (source.to_str().unwrap(), object.to_str().unwrap());
    let built = skasm(&["build", source, "-o", object]);
    assert!(built.status.success(), "{}", text(&built.stderr));

    let runs = [
        (env!("CARGO_BIN_EXE_skasm"), vec!["disasm", object]),
        (
            env!("CARGO_BIN_EXE_skvm"),
            vec![
                "run",
                object,
                "--tuple",
                "tcp 203.0.113.9:4242 -> 192.0.2.10:80",
            ]
            .into_iter()
            .chain(["--kernel", "6.18", "--trace"])
            .collect(),
        ),
    ];
    for (bin, args) in runs {
        let out = into_closed_pipe(bin, &args);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{bin} {args:?} into a closed pipe: {}",
            text(&out.stderr)
        );
        assert!(
            !text(&out.stderr).contains("panicked"),
            "{}",
            text(&out.stderr)
        );
    }
}
