//! `skvm --engine kernel` against `--engine interp`: every case of the examples' case files
//! gives the same verdict, return value, selected socket and delivery on the live kernel
//! (`BPF_PROG_TEST_RUN`) as on the interpreter, and `skvm test --engine kernel` passes them
//! on the interpreter, the jit and the kernel. Without a usable `bpf()` the tests print `SKIPPED` (and the engine is a usage
//! error, exit 2).
#![forbid(unsafe_code)]
#![cfg(target_os = "linux")]

use std::io::Write as _;
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

fn skipped(test: &str) -> bool {
    match kernel::availability() {
        Ok(()) => false,
        Err(u) => {
            let _ = writeln!(std::io::stderr(), "SKIPPED {test}: {u}");
            true
        }
    }
}

const EXAMPLES: [&str; 2] = ["steer-http", "proxy-any-port"];

/// The tuples and map overrides of an example's case file (read with the toml crate, not
/// with skvm's reader).
fn cases(example: &str) -> Vec<(String, Option<toml::Value>)> {
    let text = std::fs::read_to_string(root().join(format!("examples/{example}.cases.toml")))
        .expect("case file");
    let file: toml::Table = toml::from_str(&text).expect("toml");
    file["case"]
        .as_array()
        .expect("cases")
        .iter()
        .map(|c| {
            let tuple = c["tuple"].as_str().expect("tuple").to_string();
            (tuple, c.get("entries").cloned())
        })
        .collect()
}

/// What both engines must agree on, from a `--format json` report.
fn answer(out: &Output) -> serde_json::Value {
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    serde_json::json!({
        "verdict": v["verdict"],
        "retval": v["retval"],
        "selected": v["selected"]["socket"],
        "delivered_to": v["delivered_to"]["text"],
    })
}

#[test]
fn kernel_and_interp_agree_on_the_examples() {
    if skipped("kernel_and_interp_agree_on_the_examples") {
        return;
    }
    let mut runs = 0;
    for example in EXAMPLES {
        let prog = format!("examples/{example}.s");
        let world = format!("examples/{example}.world.toml");
        // Cases with map overrides are compared by `skvm test` below; `run` takes the world
        // file as it is.
        for (tuple, _) in cases(example).iter().filter(|(_, e)| e.is_none()) {
            let run = |engine: &str| {
                let args = [
                    "run", &prog, "--world", &world, "--tuple", tuple, "--kernel", "6.18",
                ];
                let mut args = args.to_vec();
                args.extend(["--format", "json", "--engine", engine]);
                answer(&skvm(&args))
            };
            assert_eq!(run("kernel"), run("interp"), "{example}: {tuple}");
            runs += 1;
        }
    }
    let _ = writeln!(
        std::io::stderr(),
        "skvm_kernel: {runs} example lookups give the same verdict, selection and delivery on the live kernel and the interpreter"
    );
}

#[test]
fn example_cases_pass_on_the_kernel_too() {
    if skipped("example_cases_pass_on_the_kernel_too") {
        return;
    }
    for example in EXAMPLES {
        let out = skvm(&[
            "test",
            &format!("examples/{example}.cases.toml"),
            "--engine",
            "kernel",
        ]);
        let report = text(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{report}{}", text(&out.stderr));
        let n = cases(example).len();
        assert_eq!(report.matches("(kernel)\n").count(), n, "{report}");
        assert!(
            report.ends_with(&format!("{} passed, 0 failed\n", 3 * n)),
            "{report}"
        );
    }
}

#[test]
fn repeat_reports_the_kernels_mean_time() {
    if skipped("repeat_reports_the_kernels_mean_time") {
        return;
    }
    let out = skvm(&[
        "run",
        "examples/steer-http.s",
        "--world",
        "examples/steer-http.world.toml",
        "--tuple",
        "tcp 203.0.113.9:4242 -> 192.0.2.10:80",
        "--engine",
        "kernel",
        "--repeat",
        "100",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["engine"], "kernel");
    assert!(v["ns_per_run"].as_u64().is_some(), "{v}");
    assert!(
        v["helper_calls"].is_null() && v["insns_executed"].is_null(),
        "{v}"
    );
}

#[test]
fn without_bpf_the_kernel_engine_is_a_usage_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_skvm"))
        .args([
            "run",
            "examples/steer-http.s",
            "--tuple",
            "tcp 1.2.3.4:1 -> 5.6.7.8:80",
        ])
        .args(["--engine", "kernel"])
        .env(kernel::DISABLE_ENV, "1")
        .current_dir(root())
        .output()
        .expect("skvm runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr
            .contains("--engine kernel: kernel unavailable: disabled by the environment variable"),
        "{stderr}"
    );
}

/// `skvm test --engine kernel --kernel-image IMAGE`: the examples' case files pass inside
/// each cached kernel image (Debian 6.1 and 6.12, `.ci/kernels`) as on the interpreter, the
/// kernel lines run by that kernel; the images side by side. `SKIPPED` without images, qemu
/// or with `SK_KERNEL_IMAGES=0`.
#[test]
fn example_cases_pass_inside_each_kernel_image() {
    let dir = root().join("target/kernels");
    if let Some(why) = bootvm::selftest::skip_reason(&dir) {
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED example_cases_pass_inside_each_kernel_image: {why}"
        );
        return;
    }
    let images = bootvm::images(&dir);
    let runs: Vec<(String, Vec<Output>)> = std::thread::scope(|s| {
        let handles: Vec<_> = images
            .iter()
            .map(|image| {
                s.spawn(move || {
                    let outs = EXAMPLES
                        .iter()
                        .map(|example| {
                            let cases = format!("examples/{example}.cases.toml");
                            let image = image.vmlinuz.to_string_lossy().into_owned();
                            skvm(&[
                                "test",
                                &cases,
                                "--engine",
                                "kernel",
                                "--kernel-image",
                                &image,
                            ])
                        })
                        .collect();
                    (image.release.clone(), outs)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("thread"))
            .collect()
    });
    for (release, outs) in runs {
        for (example, out) in EXAMPLES.iter().zip(outs) {
            let report = text(&out.stdout);
            assert_eq!(
                out.status.code(),
                Some(0),
                "inside {release}: {report}{}",
                text(&out.stderr)
            );
            let n = cases(example).len();
            assert_eq!(report.matches("(kernel)\n").count(), n, "{report}");
            assert!(
                report.ends_with(&format!("{} passed, 0 failed\n", 3 * n)),
                "{report}"
            );
            let _ = writeln!(
                std::io::stderr(),
                "{release}: skvm_kernel: {example}.cases.toml: {n} cases pass on that kernel, the interpreter and the jit"
            );
        }
    }
}

#[test]
fn kernel_and_interp_agree_on_a_callback_program() {
    // clang's C example with a bpf_loop callback, loaded with its BTF func_info on the
    // kernel as libbpf loads it: the callback finds the first occupied slot (1: the proxy)
    // for 198.51.100.1, anything else passes without a selection.
    if skipped("kernel_and_interp_agree_on_a_callback_program") {
        return;
    }
    first_occupied_slot_agrees("examples/c/obj/clang-19-v4/loop_callback.o", &["interp"]);
}

#[test]
fn kernel_interp_and_jit_agree_on_an_iterator_program() {
    // clang's C example with a `bpf_for` loop (the kfuncs bpf_iter_num_*, their BTF ids
    // resolved in the kernel as libbpf resolves them): the same first occupied slot.
    if skipped("kernel_interp_and_jit_agree_on_an_iterator_program") {
        return;
    }
    first_occupied_slot_agrees("examples/c/obj/clang-19-v3/iter_for.o", &["interp", "jit"]);
}

#[test]
fn kernel_interp_and_jit_agree_on_a_core_program() {
    // clang's CO-RE example (`___core` flavors of the context and of struct bpf_sock),
    // relocated by skvm's loader against the kernel it verifies for (host) and loaded on the
    // kernel relocated likewise: the listening proxy is selected for 198.51.100.1.
    if skipped("kernel_interp_and_jit_agree_on_a_core_program") {
        return;
    }
    selections_agree(
        "examples/c/obj/clang-14/core_sock.o",
        &["interp", "jit"],
        &[
            ("tcp 203.0.113.9:4242 -> 198.51.100.1:80", Some("proxy")),
            ("tcp 203.0.113.9:4242 -> 198.51.100.2:80", None),
        ],
    );
}

#[test]
fn kernel_interp_and_jit_agree_on_nested_iterators_in_a_callee() {
    // clang's C example with nested `bpf_for` loops in a static __noinline function: the
    // first pass starts at slot local_port % 3 (80: the DNS socket in slot 2; 81: slot 0
    // is empty, the proxy in slot 1), the kernel's selection on interp and jit.
    if skipped("kernel_interp_and_jit_agree_on_nested_iterators_in_a_callee") {
        return;
    }
    selections_agree(
        "examples/c/obj/clang-19-v3/iter_nested.o",
        &["interp", "jit"],
        &[
            ("tcp 203.0.113.9:4242 -> 198.51.100.1:80", Some("dns")),
            ("tcp 203.0.113.9:4242 -> 198.51.100.1:81", Some("proxy")),
            ("tcp 203.0.113.9:4242 -> 198.51.100.1:82", Some("proxy")),
            ("tcp 203.0.113.9:4242 -> 198.51.100.2:80", None),
        ],
    );
}

/// `object` selects the first occupied slot of `sockets` (1: the proxy) for 198.51.100.1
/// and passes anything else without a selection, on the kernel and on each of `engines`.
fn first_occupied_slot_agrees(object: &str, engines: &[&str]) {
    selections_agree(
        object,
        engines,
        &[
            ("tcp 203.0.113.9:4242 -> 198.51.100.1:80", Some("proxy")),
            ("tcp 203.0.113.9:4242 -> 198.51.100.2:80", None),
        ],
    );
}

/// On the world of `sockets` (slot 1 the proxy, slot 2 the DNS socket), `object` selects
/// each tuple's socket (or none) on the kernel, and each of `engines` gives the kernel's
/// answer.
fn selections_agree(object: &str, engines: &[&str], cases: &[(&str, Option<&str>)]) {
    let dir = tempfile::tempdir().expect("tempdir");
    let world = dir.path().join("world.toml");
    std::fs::write(
        &world,
        "[sockets.proxy]\nproto = \"tcp\"\nport = 8080\n[sockets.dns]\nproto = \"tcp\"\nport = 53\n\
         [maps.sockets]\ntype = \"sockmap\"\nkey_size = 4\nvalue_size = 8\nmax_entries = 3\n\
         entries = { 1 = \"proxy\", 2 = \"dns\" }\n",
    )
    .expect("world file");
    let world = world.to_str().expect("utf-8 path");
    for &(tuple, expected) in cases {
        let run = |engine: &str| {
            answer(&skvm(&[
                "run", object, "--world", world, "--tuple", tuple, "--engine", engine, "--format",
                "json",
            ]))
        };
        let kernel = run("kernel");
        for engine in engines {
            assert_eq!(run(engine), kernel, "{object} {engine} {tuple}");
        }
        assert_eq!(kernel["selected"].as_str(), expected, "{object} {tuple}");
    }
}

/// A case the kernel's test run cannot run (a selection in a reuseport group: EOPNOTSUPP)
/// fails on the kernel alone, saying why, and the cases after it still run.
#[test]
fn a_case_the_kernel_cannot_run_fails_alone() {
    if skipped("a_case_the_kernel_cannot_run_fails_alone") {
        return;
    }
    let campaign = root().join("tests/c/campaign");
    let dir = tempfile::tempdir().expect("a scratch directory");
    let file = dir.path().join("reuseport.cases.toml");
    let object = campaign.join("obj/O2-v1/hash_dispatch.o");
    let world = campaign.join("world.toml");
    std::fs::write(
        &file,
        format!(
            "programs = [{object:?}]\nworld = {world:?}\nkernel = \"host\"\n\n\
             [[case]]\nname = \"a member of a reuseport group\"\n\
             tuple = \"tcp 10.0.0.2:4243 -> 127.0.0.1:7000\"\nverdict = \"SK_PASS\"\nselected = \"pool_a\"\n\n\
             [[case]]\nname = \"an ordinary socket\"\n\
             tuple = \"tcp 10.0.0.1:4242 -> 127.0.0.1:7000\"\nverdict = \"SK_PASS\"\nselected = \"ssh\"\n"
        ),
    )
    .expect("the case file is written");
    let out = skvm(&["test", file.to_str().unwrap(), "--engine", "kernel"]);
    let report = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{report}{}", text(&out.stderr));
    assert!(
        report.contains("a member of a reuseport group (kernel)\n  + kernel: ")
            && report.contains("EOPNOTSUPP (95): the kernel's test run cannot pick a member"),
        "{report}"
    );
    assert!(report.contains("an ordinary socket (kernel)\n"), "{report}");
    assert!(report.ends_with("5 passed, 1 failed\n"), "{report}");
}

/// Writes `source` to a scratch file named `name` and returns its path.
fn scratch_source(name: &str, source: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("skvm_kernel-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let path = dir.join(name);
    std::fs::write(&path, source).expect("write source");
    path
}

/// Counts its runs in an ARRAY and drops every lookup after the first.
const COUNTER: &str = "\
.license \"GPL\"
.skmap counter, type=array, key=4, value=8, max_entries=1
.program count
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = counter ll
    call bpf_map_lookup_elem
    if r0 == 0 goto pass
    r1 = *(u64 *)(r0 + 0)
    r2 = r1
    r2 += 1
    *(u64 *)(r0 + 0) = r2
    if r1 != 0 goto drop
pass:
    r0 = 1
    exit
drop:
    r0 = 0
    exit
";

/// Drops a lookup whose `ctx->ingress_ifindex` is 0, as `BPF_PROG_TEST_RUN`'s always is.
const IFINDEX: &str = "\
.license \"GPL\"
.program by_ifindex
    r2 = *(u32 *)(r1 + 64)
    r0 = 1
    if r2 != 0 goto out
    r0 = 0
out:
    exit
";

/// One `skvm run` of `prog` in steer-http's world with `extra` arguments.
fn run_directed(prog: &std::path::Path, extra: &[&str]) -> serde_json::Value {
    let prog = prog.to_str().expect("utf-8 path");
    let mut args = vec![
        "run",
        prog,
        "--world",
        "examples/steer-http.world.toml",
        "--tuple",
        "tcp 203.0.113.9:4242 -> 192.0.2.10:80",
        "--format",
        "json",
    ];
    args.extend(extra);
    answer(&skvm(&args))
}

#[test]
fn the_kernel_engines_packet_starts_from_the_world_as_given() {
    if skipped("the_kernel_engines_packet_starts_from_the_world_as_given") {
        return;
    }
    let prog = scratch_source("counter.s", COUNTER);
    let kernel = run_directed(&prog, &["--engine", "kernel"]);
    // The test run counted once; the packet's program sees the counter at 0 again and
    // passes, so the ordinary lookup finds the port-80 listener.
    assert_eq!(kernel, run_directed(&prog, &["--engine", "interp"]));
    assert_eq!(kernel["verdict"], "SK_PASS", "{kernel}");
    assert_eq!(
        kernel["delivered_to"], "delivered to other_http (regular lookup)",
        "{kernel}"
    );
}

#[test]
fn the_kernel_engines_test_run_reads_ifindex_0_and_its_packet_the_loopback() {
    if skipped("the_kernel_engines_test_run_reads_ifindex_0_and_its_packet_the_loopback") {
        return;
    }
    let prog = scratch_source("ifindex.s", IFINDEX);
    let kernel = run_directed(&prog, &["--engine", "kernel"]);
    let test_run = run_directed(&prog, &["--ingress-ifindex", "0"]);
    let packet = run_directed(&prog, &[]);
    assert_eq!(kernel["verdict"], "SK_DROP", "{kernel}");
    assert_eq!(
        (&kernel["verdict"], &kernel["retval"], &kernel["selected"]),
        (
            &test_run["verdict"],
            &test_run["retval"],
            &test_run["selected"]
        )
    );
    assert_eq!(kernel["delivered_to"], packet["delivered_to"], "{kernel}");
    assert_eq!(packet["verdict"], "SK_PASS", "{packet}");
    let refused = skvm(&[
        "run",
        "examples/steer-http.s",
        "--tuple",
        "tcp 1.2.3.4:5 -> 192.0.2.10:80",
        "--engine",
        "kernel",
        "--ingress-ifindex",
        "0",
    ]);
    assert_eq!(refused.status.code(), Some(2), "{}", text(&refused.stderr));
}
