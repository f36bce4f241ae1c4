//! `skvm run` end to end: the examples with their world files deliver where
//! `tests/examples_kernel.rs` shows the kernel selects (and the ordinary lookup of their
//! worlds otherwise), the human and JSON reports and traces (snapshots), the jit engine,
//! several programs, and
//! the exit codes (0 ran, 1 trapped or rejected, 2 usage or IO).
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

fn run_example(example: &str, tuple: &str, extra: &[&str]) -> Output {
    let prog = format!("examples/{example}.s");
    let world = format!("examples/{example}.world.toml");
    let mut args = vec![
        "run", &prog, "--world", &world, "--tuple", tuple, "--kernel", "6.18",
    ];
    args.extend_from_slice(extra);
    skvm(&args)
}

/// The delivery line of a human report.
fn delivered(out: &Output) -> String {
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    text(&out.stdout)
        .lines()
        .find(|l| {
            ["delivered", "no socket", "dropped", "not looked up"]
                .iter()
                .any(|p| l.starts_with(p))
        })
        .unwrap_or("")
        .to_string()
}

#[test]
fn examples_deliver_where_the_kernel_selects() {
    let cases = [
        (
            "steer-http",
            "tcp 203.0.113.9:4242 -> 192.0.2.10:80",
            "delivered to nginx (selected by program 0)",
        ),
        (
            "steer-http",
            "tcp 203.0.113.9:4242 -> 192.0.2.255:80",
            "delivered to nginx (selected by program 0)",
        ),
        (
            "steer-http",
            "tcp 203.0.113.9:4242 -> 192.0.3.10:80",
            "delivered to other_http (regular lookup)",
        ),
        (
            "steer-http",
            "tcp 203.0.113.9:4242 -> 192.0.2.10:443",
            "no socket: TCP reset",
        ),
        (
            "steer-http",
            "udp 203.0.113.9:4242 -> 192.0.2.10:80",
            "no socket: ICMP port unreachable",
        ),
        (
            "proxy-any-port",
            "tcp 203.0.113.9:4242 -> 198.51.100.1:80",
            "delivered to proxy (selected by program 0)",
        ),
        (
            "proxy-any-port",
            "tcp 203.0.113.9:4242 -> 198.51.100.1:65535",
            "delivered to proxy (selected by program 0)",
        ),
        (
            "proxy-any-port",
            "tcp 203.0.113.9:4242 -> 198.51.100.2:80",
            "no socket: TCP reset",
        ),
        (
            "proxy-any-port",
            "udp 203.0.113.9:4242 -> 198.51.100.1:53",
            "delivered to dns (regular lookup)",
        ),
        // No socket lookup sees a broadcast datagram (deliver_kernel.rs confirms it).
        (
            "proxy-any-port",
            "udp 203.0.113.9:4242 -> 255.255.255.255:53",
            "not looked up: a multicast or broadcast datagram goes to the sockets bound to it without the socket lookup (no SK_LOOKUP program runs; the VM does not model that delivery)",
        ),
    ];
    for (example, tuple, expected) in cases {
        let out = run_example(example, tuple, &[]);
        assert_eq!(delivered(&out), expected, "{example}: {tuple}");
    }
}

#[test]
fn reports_human_and_json() {
    let tuple = "tcp 203.0.113.9:4242 -> 192.0.2.10:80";
    let human = run_example("steer-http", tuple, &[]);
    assert_eq!(human.status.code(), Some(0));
    insta::assert_snapshot!("skvm_steer_http_human", text(&human.stdout));
    let json = run_example("steer-http", tuple, &["--format", "json"]);
    assert_eq!(json.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("one JSON object");
    assert_eq!(v["verdict"], "SK_PASS");
    assert_eq!(v["selected"]["socket"], "nginx");
    assert_eq!(v["delivered_to"]["kind"], "selected");
    insta::assert_snapshot!("skvm_steer_http_json", text(&json.stdout));
}

#[test]
fn trace_lists_every_instruction() {
    let out = run_example(
        "steer-http",
        "tcp 203.0.113.9:4242 -> 192.0.3.10:80",
        &["--trace"],
    );
    let stdout = text(&out.stdout);
    let executed = stdout
        .lines()
        .find_map(|l| l.strip_suffix(" instructions executed (interp)"))
        .expect("count");
    let traced = stdout.lines().filter(|l| l.starts_with("trace: ")).count();
    assert_eq!(traced.to_string(), executed, "{stdout}");
    assert!(
        stdout.contains("trace: steer_http:   0: r6 = r1"),
        "{stdout}"
    );
}

#[test]
fn trace_snapshots_human_and_json() {
    // A miss: the program's whole path to the ordinary listener, instruction by
    // instruction, with the registers each changed.
    let tuple = "tcp 203.0.113.9:4242 -> 192.0.3.10:80";
    let human = run_example("steer-http", tuple, &["--trace"]);
    assert_eq!(human.status.code(), Some(0), "{}", text(&human.stderr));
    insta::assert_snapshot!("skvm_steer_http_trace_human", text(&human.stdout));
    let json = run_example("steer-http", tuple, &["--trace", "--format", "json"]);
    assert_eq!(json.status.code(), Some(0), "{}", text(&json.stderr));
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("one JSON object");
    let pretty = serde_json::to_string_pretty(&v).expect("json");
    insta::assert_snapshot!("skvm_steer_http_trace_json", pretty);
    // On the jit the summary says it fell back for the trace; the trace is the same.
    let jit = run_example("steer-http", tuple, &["--trace", "--engine", "jit"]);
    let jit_text = text(&jit.stdout);
    let interp_text = text(&human.stdout);
    assert_eq!(
        jit_text.replace("(interp (jit fallback: a trace was asked for))", "(interp)"),
        interp_text
    );
}

#[test]
fn several_programs_run_in_order() {
    // steer-http selects nginx; proxy-any-port's program runs second (its map, absent from
    // this world, is created empty from the object's .skmap) and passes without a
    // selection, so nginx is kept.
    let out = skvm(&[
        "run",
        "examples/steer-http.s",
        "examples/proxy-any-port.s",
        "--world",
        "examples/steer-http.world.toml",
        "--tuple",
        "tcp 203.0.113.9:4242 -> 192.0.2.10:80",
        "--kernel",
        "6.18",
    ]);
    assert_eq!(
        delivered(&out),
        "delivered to nginx (selected by program 0)"
    );
    let stdout = text(&out.stdout);
    assert!(stdout.contains("program 1 `proxy_any_port`"), "{stdout}");
}

fn temp_source(body: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("prog.s");
    std::fs::write(&path, body).expect("write");
    (dir, path.display().to_string())
}

#[test]
fn traps_and_rejections_exit_1_usage_errors_2() {
    let (_dir, bad) = temp_source("    r0 = *(u32 *)(r1 + 4)\n    exit\n");
    let tuple = "tcp 10.0.0.1:1 -> 10.0.0.2:2";
    // The verifier refuses a misaligned context load.
    let rejected = skvm(&["run", &bad, "--tuple", tuple, "--kernel", "6.18"]);
    assert_eq!(rejected.status.code(), Some(1));
    let err = text(&rejected.stderr);
    assert!(
        err.contains("rejected by the verifier") && err.contains("--no-verify"),
        "{err}"
    );
    // Unverified, it traps naming the instruction and the reason.
    let trapped = skvm(&[
        "run",
        &bad,
        "--tuple",
        tuple,
        "--kernel",
        "6.18",
        "--no-verify",
    ]);
    assert_eq!(trapped.status.code(), Some(1));
    let out = text(&trapped.stdout);
    assert!(
        out.contains("trapped at insn 0")
            && out.contains("invalid bpf_context access off=4 size=4"),
        "{out}"
    );
    let json = skvm(&[
        "run",
        &bad,
        "--tuple",
        tuple,
        "--kernel",
        "6.18",
        "--no-verify",
        "--format",
        "json",
    ]);
    assert_eq!(json.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(v["trap"]["insn"], 0);
    // Usage and IO errors.
    let bad_tuple = skvm(&["run", &bad, "--tuple", "tcp nowhere", "--kernel", "6.18"]);
    assert_eq!(bad_tuple.status.code(), Some(2));
    let scope = "tcp [fe80::1%lo]:1 -> [fe80::2%1]:80";
    let bad_scope = skvm(&["run", &bad, "--tuple", scope, "--kernel", "6.18"]);
    assert_eq!(bad_scope.status.code(), Some(2));
    assert!(
        text(&bad_scope.stderr).contains("column 5: bad scope id `lo` in remote address"),
        "{}",
        text(&bad_scope.stderr)
    );
    let missing = skvm(&["run", "no/such.s", "--tuple", tuple, "--kernel", "6.18"]);
    assert_eq!(missing.status.code(), Some(2));
    let no_world = skvm(&[
        "run",
        &bad,
        "--tuple",
        tuple,
        "--world",
        "no/such.toml",
        "--kernel",
        "6.18",
    ]);
    assert_eq!(no_world.status.code(), Some(2));
}

#[test]
fn seed_and_clock_set_the_random_and_time_helpers() {
    let (_dir, prog) = temp_source(
        ".program p\n    call 7\n    call 5\n    r1 = r0\n    r0 = 0\n    if r1 != 1234 goto out\n    r0 = 1\nout:\n    exit\n",
    );
    let tuple = "tcp 10.0.0.1:1 -> 10.0.0.2:2";
    let run = |extra: &[&str]| {
        let mut args = vec!["run", &prog, "--tuple", tuple, "--kernel", "6.18"];
        args.extend_from_slice(extra);
        let out = skvm(&args);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        text(&out.stdout)
    };
    let at = run(&["--clock-ns", "1234", "--seed", "7"]);
    assert!(at.contains("returned 1 (SK_PASS)"), "{at}");
    assert!(run(&[]).contains("returned 0 (SK_DROP)"));
    let random = |out: &str| {
        out.lines()
            .find(|l| l.contains("bpf_get_prandom_u32"))
            .map(str::to_string)
    };
    assert_eq!(
        random(&at),
        random(&run(&["--clock-ns", "1234", "--seed", "7"]))
    );
    assert_ne!(random(&at), random(&run(&["--seed", "8"])));
}

#[test]
fn program_picks_one_program_by_name() {
    let both = [
        "run",
        "examples/steer-http.s",
        "examples/proxy-any-port.s",
        "--world",
        "examples/steer-http.world.toml",
        "--tuple",
        "tcp 203.0.113.9:4242 -> 192.0.2.10:80",
        "--kernel",
        "6.18",
    ];
    let mut args = both.to_vec();
    args.extend(["--program", "proxy_any_port"]);
    let out = skvm(&args);
    let stdout = text(&out.stdout);
    assert!(stdout.contains("program 0 `proxy_any_port`"), "{stdout}");
    assert!(!stdout.contains("steer_http"), "{stdout}");
    assert_eq!(delivered(&out), "delivered to other_http (regular lookup)");
    let mut args = both.to_vec();
    args.extend(["--program", "nope"]);
    let out = skvm(&args);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(
            "--program `nope`: no such program (the inputs have: steer_http, proxy_any_port)"
        ),
        "{stderr}"
    );
}

#[test]
fn raw_instruction_files_are_one_program() {
    let dir = tempfile::tempdir().expect("temp dir");
    // r0 = 0 (SK_DROP); exit, as 8-byte instructions (llvm-mc encodes `r0 = 0` as b7 00 ...).
    let mut bytes = vec![0xb7, 0, 0, 0, 0, 0, 0, 0];
    bytes.extend([0x95, 0, 0, 0, 0, 0, 0, 0]);
    let path = dir.path().join("drop.bin");
    std::fs::write(&path, &bytes).expect("write");
    let tuple = "tcp 203.0.113.9:4242 -> 192.0.2.10:80";
    let out = skvm(&["run", path.to_str().expect("utf-8"), "--tuple", tuple]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(stdout.contains("program 0 `sk_lookup`"), "{stdout}");
    assert!(stdout.contains("verdict: SK_DROP"), "{stdout}");
    // Half an instruction is refused, naming the file.
    bytes.truncate(12);
    std::fs::write(&path, &bytes).expect("write");
    let out = skvm(&["run", path.to_str().expect("utf-8"), "--tuple", tuple]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(
            "drop.bin: program `sk_lookup`: 12 bytes, not a whole number of 8-byte instructions"
        ),
        "{stderr}"
    );
}

#[test]
fn undefined_maps_name_file_line_and_instruction() {
    let (_dir, prog) = temp_source(".program p\n    r1 = missing ll\n    r0 = 1\n    exit\n");
    let out = skvm(&["run", &prog, "--tuple", "tcp 10.0.0.1:1 -> 10.0.0.2:2"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("prog.s:2: program `p`: instruction 0: map `missing` is not defined"),
        "{stderr}"
    );
}

#[test]
fn global_data_is_an_internal_array_map_with_its_bytes() {
    // `.data` holds 7; the program returns it (unverified: the kernel wants 0 or 1), as
    // libbpf loads it: the value is there.
    let (_dir, prog) = temp_source(
        ".license \"GPL\"\n.data\nvalue:\n    .long 7\n.program p\n    r1 = value ll\n    r0 = *(u32 *)(r1 + 0)\n    exit\n",
    );
    let tuple = "tcp 10.0.0.1:1 -> 10.0.0.2:2";
    let out = skvm(&["run", &prog, "--tuple", tuple, "--no-verify"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(stdout.contains("returned 7"), "{stdout}");
}

#[test]
fn read_only_data_is_read_with_its_bytes_and_never_written() {
    // `.rodata` holds 1 then 0: the verifier knows the 1 (a frozen read-only map), so the
    // program verifies and returns it on each engine; a store into it (the kernel refuses
    // it, lint calls it unsupported) traps when run unverified, on each engine.
    let data = ".rodata\nvalue:\n    .long 1, 0\n";
    let (_d1, read) = temp_source(&format!(
        ".license \"GPL\"\n{data}.program p\n    r1 = value ll\n    r0 = *(u32 *)(r1 + 0)\n    exit\n"
    ));
    let (_d2, write) = temp_source(&format!(
        ".license \"GPL\"\n{data}.program p\n    r1 = value ll\n    *(u32 *)(r1 + 4) = 1\n    r0 = 1\n    exit\n"
    ));
    let tuple = "tcp 10.0.0.1:1 -> 10.0.0.2:2";
    for engine in ["interp", "jit"] {
        let out = skvm(&["run", &read, "--tuple", tuple, "--engine", engine]);
        let stdout = text(&out.stdout);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{engine}: {}",
            text(&out.stderr)
        );
        assert!(stdout.contains("returned 1"), "{engine}: {stdout}");
        let args = [
            "run",
            &write,
            "--tuple",
            tuple,
            "--no-verify",
            "--engine",
            engine,
        ];
        let out = skvm(&args);
        let all = text(&out.stdout) + &text(&out.stderr);
        assert_ne!(out.status.code(), Some(0), "{engine}: {all}");
        assert!(all.contains("read-only map"), "{engine}: {all}");
    }
}

#[test]
fn repeat_reports_the_interpreters_mean_time() {
    let out = run_example(
        "steer-http",
        "tcp 203.0.113.9:4242 -> 192.0.2.10:80",
        &["--repeat", "50", "--format", "json"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["engine"], "interp");
    assert!(v["ns_per_run"].as_u64().is_some_and(|ns| ns > 0), "{v}");
    // The reported run is the one on the world as given: the same as without --repeat.
    assert_eq!(v["insns_executed"], 28, "{v}");
}

#[test]
fn engine_jit_runs_natively_and_says_when_it_falls_back() {
    let tuple = "tcp 203.0.113.9:4242 -> 192.0.2.10:80";
    let interp = run_example("steer-http", tuple, &["--format", "json"]);
    let jit = run_example(
        "steer-http",
        tuple,
        &["--format", "json", "--engine", "jit"],
    );
    assert_eq!(jit.status.code(), Some(0), "{}", text(&jit.stderr));
    let (mut i, mut j): (serde_json::Value, serde_json::Value) = (
        serde_json::from_slice(&interp.stdout).expect("json"),
        serde_json::from_slice(&jit.stdout).expect("json"),
    );
    assert_eq!(
        (&j["engine"], &j["jit_fallback"]),
        (&"jit".into(), &serde_json::Value::Null)
    );
    // Everything else is the interpreter's outcome.
    for v in [&mut i, &mut j] {
        let o = v.as_object_mut().expect("object");
        o.remove("engine");
        o.remove("jit_fallback");
    }
    assert_eq!(i, j);
    let unverified = run_example("steer-http", tuple, &["--engine", "jit", "--no-verify"]);
    let stdout = text(&unverified.stdout);
    assert!(
        stdout.contains("28 instructions executed (interp (jit fallback: program not verified))"),
        "{stdout}"
    );
    let traced = run_example(
        "steer-http",
        tuple,
        &["--engine", "jit", "--trace", "--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_slice(&traced.stdout).expect("json");
    assert_eq!(v["engine"], "interp", "{v}");
    assert_eq!(v["jit_fallback"], "a trace was asked for", "{v}");
    let repeat = run_example("steer-http", tuple, &["--engine", "jit", "--repeat", "20"]);
    let stdout = text(&repeat.stdout);
    assert!(
        stdout.lines().any(|l| l.ends_with(" ns per run (jit)")),
        "{stdout}"
    );
}

#[test]
fn the_run_array_reads_the_low_32_bits_of_r0() {
    // include/linux/filter.h compares the u32 `bpf_prog_run` returns: 1 << 32 is SK_DROP;
    // 2 neither keeps a selection nor drops. Only unverified programs return such values.
    let tuple = "tcp 10.0.0.1:1 -> 10.0.0.2:2";
    let (_dir, high) = temp_source("    r0 = 0x100000000 ll\n    exit\n");
    let out = skvm(&["run", &high, "--tuple", tuple, "--no-verify"]);
    let stdout = text(&out.stdout);
    assert!(stdout.contains("returned 4294967296 (SK_DROP)"), "{stdout}");
    assert!(stdout.contains("verdict: SK_DROP"), "{stdout}");
    let (_dir, two) = temp_source("    r0 = 2\n    exit\n");
    let out = skvm(&["run", &two, "--tuple", tuple, "--no-verify"]);
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("returned 2 (neither SK_PASS nor SK_DROP: its selection is not kept, the lookup not dropped)"),
        "{stdout}"
    );
    assert!(stdout.contains("verdict: SK_PASS"), "{stdout}");
}

#[test]
fn a_callback_runs_in_its_own_frame_in_the_trace() {
    // clang's bpf_loop example (tests/c/bpf_loop.c, with the func_info the kernel wants for
    // callbacks): four callbacks, each between a line entering frame 1 and one returning
    // R0 to bpf_loop; the callbacks' instructions count in the total.
    let args = [
        "run",
        "tests/c/bpf_loop.o",
        "--tuple",
        "tcp 203.0.113.9:4242 -> 192.0.2.10:80",
    ];
    let out = skvm(&[&args[..], &["--trace"]].concat());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("(tests/c/bpf_loop.o, verified)"),
        "{stdout}"
    );
    let entered = stdout.matches("bpf_loop calls the callback").count();
    let returned = stdout.matches("returned r0=0x0 to bpf_loop").count();
    assert_eq!((entered, returned), (4, 4), "{stdout}");
    insta::assert_snapshot!("skvm_bpf_loop_trace_human", stdout);
    // On the jit the program runs on the interpreter, and the report says why.
    let jit = skvm(&[&args[..], &["--engine", "jit", "--format", "json"]].concat());
    let v: serde_json::Value = serde_json::from_slice(&jit.stdout).expect("one JSON object");
    assert_eq!(v["engine"], "interp", "{v}");
    assert_eq!(
        v["jit_fallback"], "callbacks (bpf_loop, bpf_for_each_map_elem) run on interp",
        "{v}"
    );
    assert_eq!(v["verdict"], "SK_PASS", "{v}");
}

/// A verified program runs as the kernel's verifier rewrote it: on 6.19.14 a 2-byte load of an
/// unset `rx_queue_mapping` reads all ones where the verifier takes it to be at most 0xffff,
/// so the compare with -1 is a `goto +0` the trace names (`runtime/dead_branches.s`); on
/// 6.18.44 the load is cut to 0xffff and the program drops either way.
#[test]
fn hard_wired_branches_run_as_the_kernel_rewrote_them() {
    let (_dir, src) = temp_source(
        ".skmap sock_map, type=sockmap, key=4, value=8, max_entries=4
.license \"GPL\"
.program p
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto drop
    r7 = r0
    r8 = *(u16 *)(r7 + 76)
    *(u64 *)(r10 - 16) = r8
    r1 = r7
    call 86
    r9 = -1
    if r8 == r9 goto minus_one
    r2 = *(u32 *)(r10 - 12)
    if r2 != 0 goto pass
drop:
    r0 = 0
    exit
pass:
    r0 = 1
    exit
minus_one:
    r0 = 0
    exit
",
    );
    let world = std::path::Path::new(&src).with_extension("world.toml");
    std::fs::write(
        &world,
        "[maps.sock_map]\ntype = \"sockmap\"\nkey_size = 4\nvalue_size = 8\nmax_entries = 4\nentries = { 0 = \"s\" }\n[sockets.s]\nproto = \"tcp\"\naddr = \"127.0.0.1\"\nport = 80\n",
    )
    .unwrap();
    let run = |kernel: &str| {
        let out = skvm(&[
            "run",
            &src,
            "--tuple",
            "tcp 10.0.0.1:1 -> 127.0.0.1:80",
            "--world",
            world.to_str().unwrap(),
            "--kernel",
            kernel,
            "--trace",
        ]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stdout)
    };
    let new = run("6.19.14");
    assert!(new.contains("verdict: SK_PASS"), "{new}");
    assert!(
        new.contains("goto +0  (hard-wired by the verifier: `if r8 == r9 goto +6`)"),
        "{new}"
    );
    let old = run("6.18.44");
    assert!(old.contains("verdict: SK_DROP"), "{old}");
}
