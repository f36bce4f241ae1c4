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

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn skasm(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_skasm"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("skasm runs")
}

fn tempdir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("skasm-cli-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
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
