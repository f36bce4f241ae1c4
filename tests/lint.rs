//! `skasm lint` end to end: the examples are accepted, rejected programs give the code, line
//! and kernel message (and the live kernel, where reachable, rejects them at the same
//! instruction with the same message), loops are "unsupported", a world file supplies maps,
//! usage errors exit 2.
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

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn skasm_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_skasm"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("skasm runs")
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn skasm(args: &[&str]) -> Output {
    skasm_in(&root(), args)
}

fn tempdir(tag: &str) -> support::scratch::Scratch {
    support::scratch::scratch(&format!("lint-{tag}"))
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}{}", text(&out.stdout), text(&out.stderr)))
}

const EXAMPLES: [&str; 2] = ["examples/steer-http.s", "examples/proxy-any-port.s"];

/// `skasm lint --kernel KERNEL --format json FILE` run in `dir`, its report.
fn lint_json(dir: &Path, kernel: &str, file: &str) -> serde_json::Value {
    json(&skasm_in(
        dir,
        &["lint", "--kernel", kernel, "--format", "json", file],
    ))
}

/// A program section header, a global function `prog`, and a GPL license section.
fn program(body: &str, section: &str, gpl: bool) -> String {
    licensed(body, section, gpl.then_some("GPL"))
}

/// [`program`] with any license section, or none.
fn licensed(body: &str, section: &str, license: Option<&str>) -> String {
    let mut s = format!(
        "\t.section {section},\"ax\",@progbits\n\t.globl prog\n\t.type prog,@function\nprog:\n{body}\t.size prog, .-prog\n"
    );
    if let Some(l) = license {
        s.push_str(&format!(
            "\t.section license,\"aw\",@progbits\n\t.asciz \"{l}\"\n"
        ));
    }
    s
}

/// Rejected programs: name, body, code, the 1-based line of the rejected instruction in
/// [`program`]'s text, and the kernel's message.
const REJECTED: &[(&str, &str, &str, u32, &str)] = &[
    (
        "no_return_value",
        "\tr1 = 0\n\texit\n",
        "uninit-read",
        6,
        "R0 !read_ok",
    ),
    (
        "context_write",
        "\tr2 = 7\n\t*(u32 *)(r1 + 4) = r2\n\tr0 = 1\n\texit\n",
        "ctx-write",
        6,
        "invalid bpf_context access off=4 size=4",
    ),
];

#[test]
fn examples_and_their_objects_are_accepted() {
    let dir = tempdir("examples");
    let mut paths: Vec<String> = EXAMPLES.iter().map(|e| e.to_string()).collect();
    for example in EXAMPLES {
        let obj = dir.join(Path::new(example).with_extension("o").file_name().unwrap());
        let out = skasm(&["build", example, "-o", obj.to_str().unwrap()]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        paths.push(obj.to_str().unwrap().to_string());
    }
    for kernel in ["6.18", "host"] {
        let mut args = vec!["lint", "--kernel", kernel];
        args.extend(paths.iter().map(String::as_str));
        let out = skasm(&args);
        let stdout = text(&out.stdout);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{kernel}: {stdout}{}",
            text(&out.stderr)
        );
        assert!(
            stdout.ends_with("4 programs: 4 accepted, 0 rejected, 0 unsupported\n"),
            "{kernel}: {stdout}"
        );
        args.extend(["--format", "json"]);
        let v = json(&skasm(&args));
        assert_eq!(v["summary"]["accepted"], 4, "{v}");
        for file in v["files"].as_array().unwrap() {
            let program = &file["programs"][0];
            assert_eq!(program["verdict"], "accepted", "{v}");
            assert_eq!(program["accepted"], true, "{v}");
            assert_eq!(program["section"], "sk_lookup", "{v}");
        }
    }
}

#[test]
fn rejections_name_code_line_and_kernel_message() {
    let dir = tempdir("rejected");
    for &(name, body, code, line, message) in REJECTED {
        let file = format!("{name}.s");
        std::fs::write(dir.join(&file), program(body, "sk_lookup", true)).unwrap();
        let out = skasm_in(&dir, &["lint", "--kernel", "6.18", &file]);
        let stdout = text(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{name}: {stdout}");
        assert!(
            stdout.contains(&format!("error[{code}]")),
            "{name}: {stdout}"
        );
        assert!(
            stdout.contains(&format!("┌─ {file}:{line}:2")),
            "{name}: {stdout}"
        );
        assert!(
            stdout.contains(&format!("note: the kernel says: {message}")),
            "{name}: {stdout}"
        );
        assert!(stdout.ends_with("1 program: 0 accepted, 1 rejected, 0 unsupported\n"));

        let v = json(&skasm_in(
            &dir,
            &["lint", "--kernel", "6.18", "--format", "json", &file],
        ));
        let program = &v["files"][0]["programs"][0];
        assert_eq!(program["verdict"], "rejected", "{v}");
        assert_eq!(program["name"], "prog", "{v}");
        let d = &program["diagnostics"][0];
        assert_eq!(d["code"], code, "{v}");
        assert_eq!(d["line"], line, "{v}");
        assert_eq!(d["file"], file.as_str(), "{v}");
        assert_eq!(d["kernel_message"], message, "{v}");
        assert_eq!(v["summary"]["rejected"], 1, "{v}");
    }
}

/// The live kernel rejects the same programs, at the instruction lint names, with the
/// message lint quotes.
#[cfg(target_os = "linux")]
#[test]
fn the_live_kernel_agrees_on_the_rejections() {
    if let Err(why) = kernel::availability() {
        say!("SKIPPED the_live_kernel_agrees_on_the_rejections: {why}");
        return;
    }
    let dir = tempdir("kernel");
    for &(name, body, _, _, _) in REJECTED {
        let source = program(body, "sk_lookup", true);
        let file = format!("{name}.s");
        std::fs::write(dir.join(&file), &source).unwrap();
        let v = json(&skasm_in(
            &dir,
            &["lint", "--kernel", "host", "--format", "json", &file],
        ));
        let d = &v["files"][0]["programs"][0]["diagnostics"][0];
        let p = speccase::corpus::prepare(&source, &file).unwrap();
        let outcome = kernel::load(&p.insns, &[], &kernel::LoadOptions::default()).unwrap();
        assert!(!outcome.accepted(), "{name}: the kernel accepts it");
        assert_eq!(
            d["insn"].as_u64().map(|i| i as usize),
            outcome.insn_index(),
            "{name}: {v}\n{}",
            outcome.log
        );
        let kernel_message = outcome.message().unwrap_or_default();
        assert!(
            kernel_message.contains(d["kernel_message"].as_str().unwrap()),
            "{name}: lint quotes {}, the kernel says {kernel_message}",
            d["kernel_message"]
        );
    }
}

/// Loops are verified on every modelled release (static liveness on 6.18, read marks on
/// 6.1 and 6.12), in text and JSON.
#[test]
fn a_loop_is_verified_on_every_modelled_release() {
    let dir = tempdir("loop");
    let body = "\tr0 = 0\nLBB0_1:\n\tr0 += 1\n\tif r0 < 10 goto LBB0_1\n\tr0 = 1\n\texit\n";
    std::fs::write(dir.join("loop.s"), program(body, "sk_lookup/loop", true)).unwrap();
    for release in ["6.1", "6.12", "6.18"] {
        let accepted = skasm_in(&dir, &["lint", "--kernel", release, "loop.s"]);
        let stdout = text(&accepted.stdout);
        assert_eq!(accepted.status.code(), Some(0), "{release}: {stdout}");
        assert!(
            stdout.ends_with("1 program: 1 accepted, 0 rejected, 0 unsupported\n"),
            "{release}: {stdout}"
        );
    }
    let v = json(&skasm_in(
        &dir,
        &["lint", "--kernel", "6.12", "--format", "json", "loop.s"],
    ));
    let program = &v["files"][0]["programs"][0];
    assert_eq!(program["verdict"], "accepted", "{v}");
    assert_eq!(program["section"], "sk_lookup/loop", "{v}");
    assert_eq!(v["summary"]["accepted"], 1, "{v}");
}

const WORLD: &str =
    "[maps.other_map]\ntype = \"hash\"\nkey_size = 4\nvalue_size = 8\nmax_entries = 4\n";

/// Looks `other_map` up (key 0 on the stack) and returns 1.
const LOOKUP: &str = "\tr2 = 0\n\t*(u32 *)(r10 - 4) = r2\n\tr2 = r10\n\tr2 += -4\n\tr1 = other_map ll\n\tcall 1\n\tr0 = 1\n\texit\n";

/// An object llvm-mc assembled (no `.skmap`: the map is only a symbol) gets its map from
/// the world file; without it, the reference is a finding naming the symbol (exit 1).
#[test]
fn a_world_file_supplies_maps() {
    let llvm_mc = Path::new("/usr/lib/llvm-19/bin/llvm-mc");
    if !llvm_mc.exists() {
        say!("SKIPPED a_world_file_supplies_maps: llvm-mc 19 not installed");
        return;
    }
    let dir = tempdir("world");
    std::fs::write(dir.join("lookup.s"), program(LOOKUP, ".text", true)).unwrap();
    std::fs::write(dir.join("world.toml"), WORLD).unwrap();
    let out = Command::new(llvm_mc)
        .args([
            "-triple",
            "bpfel",
            "-filetype=obj",
            "lookup.s",
            "-o",
            "lookup.o",
        ])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));

    let out = skasm_in(&dir, &["lint", "--kernel", "6.18", "lookup.o"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}{}", text(&out.stderr));
    assert!(
        stdout.contains("error[undefined-map]: map `other_map`"),
        "{stdout}"
    );
    assert!(stdout.contains("lookup.o: `prog` (section `.text`), instruction 4"));
    let args = ["lint", "--kernel", "6.18", "--format", "json", "lookup.s"];
    let v = json(&skasm_in(&dir, &args));
    let d = &v["files"][0]["programs"][0]["diagnostics"][0];
    assert_eq!(d["code"], "undefined-map", "{v}");
    assert_eq!(
        (d["line"].as_u64(), d["insn"].as_u64()),
        (Some(9), Some(4)),
        "{v}"
    );

    for kernel in ["6.18", "host"] {
        let args = [
            "lint",
            "--kernel",
            kernel,
            "--world",
            "world.toml",
            "lookup.o",
            "lookup.s",
        ];
        let out = skasm_in(&dir, &args);
        let stdout = text(&out.stdout);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{kernel}: {stdout}{}",
            text(&out.stderr)
        );
        assert!(stdout.ends_with("2 programs: 2 accepted, 0 rejected, 0 unsupported\n"));
    }
    kernel_accepts_with_world_map(&program(LOOKUP, ".text", true));
}

/// The live kernel accepts [`LOOKUP`] with the world's map (a 4-byte-key hash) bound, where
/// reachable.
#[cfg(target_os = "linux")]
fn kernel_accepts_with_world_map(source: &str) {
    if let Err(why) = kernel::availability() {
        say!("SKIPPED a_world_file_supplies_maps (kernel half): {why}");
        return;
    }
    let world = skctx::parse_world(WORLD).unwrap();
    let def = &world.maps["other_map"];
    let spec = kernel::MapSpec::new(
        kernel::MapType::from_id(def.map_type.id()),
        def.key_size,
        def.value_size,
        def.max_entries,
    );
    let map = kernel::Map::create(&spec).unwrap();
    let object = asm::assemble(source).unwrap();
    let text = object.sections.iter().find(|s| s.name == ".text").unwrap();
    let insns = isa::RawInsn::slice_from_bytes(&text.data).unwrap();
    let outcome = kernel::load(&insns, &[(4, &map)], &kernel::LoadOptions::default()).unwrap();
    assert!(
        outcome.accepted(),
        "the kernel says {:?}",
        outcome.message()
    );
}

#[cfg(not(target_os = "linux"))]
fn kernel_accepts_with_world_map(_source: &str) {}

#[test]
fn usage_and_io_errors_exit_2() {
    let dir = tempdir("usage");
    std::fs::write(
        dir.join("ok.s"),
        program("\tr0 = 1\n\texit\n", "sk_lookup", false),
    )
    .unwrap();
    std::fs::write(dir.join("bad.toml"), "[maps.x]\ntype = 7\n").unwrap();
    for args in [
        &["lint"][..],
        &["lint", "--kernel", "9x", "ok.s"],
        &["lint", "--kernel", "6.18", "missing.s"],
        &["lint", "--kernel", "6.18", "--format", "xml", "ok.s"],
        &[
            "lint",
            "--kernel",
            "6.18",
            "--world",
            "missing.toml",
            "ok.s",
        ],
        &["lint", "--kernel", "6.18", "--world", "bad.toml", "ok.s"],
    ] {
        let out = skasm_in(&dir, args);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert!(out.stdout.is_empty(), "{args:?}: {}", text(&out.stdout));
    }
    let out = skasm_in(&dir, &["lint", "--kernel", "6.18", "ok.s"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
}

#[test]
fn human_rendering_of_a_rejection() {
    let dir = tempdir("snapshot");
    let (name, body, ..) = REJECTED[1];
    let file = format!("{name}.s");
    std::fs::write(dir.join(&file), program(body, "sk_lookup", true)).unwrap();
    let out = skasm_in(&dir, &["lint", "--kernel", "6.18", &file]);
    insta::assert_snapshot!("lint_context_write", text(&out.stdout));
    let out = skasm_in(&dir, &["build", &file, "-o", "context_write.o"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = skasm_in(&dir, &["lint", "--kernel", "6.18", "context_write.o"]);
    insta::assert_snapshot!("lint_context_write_object", text(&out.stdout));
}

/// `bpf_get_current_task` (35) is GPL-only: the license section decides, as in the kernel
/// (no license is not GPL); the live kernel, where reachable, gives the same verdicts.
#[test]
fn the_license_section_decides_gpl_only_helpers() {
    let dir = tempdir("license");
    let body = "\tcall 35\n\tr0 = 1\n\texit\n";
    let cases = [
        (None, false),
        (Some("GPL"), true),
        (Some("Dual MIT/GPL"), true),
        (Some("GPL and additional rights"), true),
        (Some("MIT"), false),
        (Some("GPL v3"), false),
    ];
    for (license, accepted) in cases {
        let source = licensed(body, "sk_lookup", license);
        std::fs::write(dir.join("gpl.s"), &source).unwrap();
        let out = skasm_in(&dir, &["lint", "--kernel", "6.18", "gpl.s"]);
        let stdout = text(&out.stdout);
        let want = if accepted { 0 } else { 1 };
        assert_eq!(out.status.code(), Some(want), "{license:?}: {stdout}");
        if !accepted {
            assert!(stdout.contains("GPL"), "{license:?}: {stdout}");
        }
        kernel_agrees(&source, license.unwrap_or(""), accepted);
    }
}

/// Whether the live kernel gives `accepted` to `source` with `license` (skipped, once said,
/// when it cannot be reached).
#[cfg(target_os = "linux")]
fn kernel_agrees(source: &str, license: &str, accepted: bool) {
    if let Err(why) = kernel::availability() {
        say!("SKIPPED kernel comparison: {why}");
        return;
    }
    let p = speccase::corpus::prepare(source, "gpl.s").unwrap();
    let opts = kernel::LoadOptions {
        license: license.into(),
        ..Default::default()
    };
    let outcome = kernel::load(&p.insns, &[], &opts).unwrap();
    assert_eq!(
        outcome.accepted(),
        accepted,
        "license {license:?}: the kernel says {:?}",
        outcome.message()
    );
}

#[cfg(not(target_os = "linux"))]
fn kernel_agrees(_source: &str, _license: &str, _accepted: bool) {}

/// Bytes that end inside an instruction are a finding, not a panic or a silent drop; a file
/// without any program says so and has nothing to reject.
#[test]
fn partial_instructions_and_files_without_programs() {
    let dir = tempdir("odd");
    std::fs::write(
        dir.join("partial.s"),
        program("\tr0 = 1\n\texit\n\t.byte 1, 2, 3\n", "sk_lookup", true),
    )
    .unwrap();
    std::fs::write(dir.join("empty.s"), "").unwrap();
    let out = skasm_in(&dir, &["lint", "--kernel", "6.18", "partial.s"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("error[partial-instruction]: the program is 19 bytes"),
        "{stdout}"
    );
    assert!(stdout.contains("┌─ partial.s:7:2"), "{stdout}");
    let out = skasm_in(&dir, &["lint", "--kernel", "6.18", "empty.s"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.starts_with("empty.s: no program"), "{stdout}");
    assert!(stdout.ends_with("0 programs: 0 accepted, 0 rejected, 0 unsupported\n"));
}

/// Stores into read-only global data are rejected as the kernel rejects them ("write into
/// map forbidden") and calls to functions the object does not define are "unsupported", in
/// sources and in llvm-mc's objects alike, never verified as if they were not there.
#[test]
fn read_only_data_stores_are_rejected_and_undefined_callees_unsupported() {
    let dir = tempdir("unmodelled");
    let data = "\tr1 = counter ll\n\t*(u64 *)(r1 + 0) = 1\n\tr0 = 1\n\texit\n";
    let data = program(data, "sk_lookup", true)
        + "\t.section .rodata,\"a\",@progbits\n\t.globl counter\ncounter:\n\t.quad 0\n";
    let call = program("\tcall elsewhere\n\tr0 = 1\n\texit\n", "sk_lookup", true);
    let llvm_mc = Path::new("/usr/lib/llvm-19/bin/llvm-mc");
    for (name, source, why, summary) in [
        (
            "data",
            data,
            "write into map forbidden, value_size=8 off=0 size=8",
            "1 rejected, 0 unsupported\n",
        ),
        (
            "call",
            call,
            "instruction 0 calls `elsewhere`, which the object does not define",
            "0 rejected, 1 unsupported\n",
        ),
    ] {
        let file = format!("{name}.s");
        std::fs::write(dir.join(&file), source).unwrap();
        let mut inputs = vec![file.clone()];
        if llvm_mc.exists() {
            let obj = format!("{name}.o");
            let out = Command::new(llvm_mc)
                .args(["-triple", "bpfel", "-filetype=obj", &file, "-o", &obj])
                .current_dir(&dir)
                .output()
                .unwrap();
            assert!(out.status.success(), "{}", text(&out.stderr));
            inputs.push(obj);
        }
        for input in inputs {
            let out = skasm_in(&dir, &["lint", "--kernel", "6.18", &input]);
            let stdout = text(&out.stdout);
            assert_eq!(out.status.code(), Some(1), "{input}: {stdout}");
            assert!(stdout.contains(why), "{input}: {stdout}");
            assert!(stdout.ends_with(summary), "{input}: {stdout}");
        }
    }
}

/// A program calling a global function of `.text` (`first`), which calls a static one
/// (`second`): `{BODY}` is `second`'s body, which starts at line 19.
const CALLS: &str = "\t.section sk_lookup,\"ax\",@progbits
\t.globl prog
\t.type prog,@function
prog:
\tcall first
\tr0 = 1
\texit
\t.size prog, .-prog
\t.text
\t.globl first
\t.type first,@function
first:
\tcall second
\tr0 = 0
\texit
\t.size first, .-first
\t.type second,@function
second:
{BODY}\texit
\t.size second, .-second
\t.section license,\"aw\",@progbits
\t.asciz \"GPL\"
";

/// BPF-to-BPF calls are linked as libbpf links them (callees appended after the program,
/// depth first) and the finding inside a callee points at the callee's line and at the
/// instruction of the linked program, for the source and for llvm-mc's object; the live
/// kernel gives the same verdicts at the same instructions.
#[test]
fn calls_are_linked_and_findings_point_into_callees() {
    let dir = tempdir("calls");
    let cases = [
        ("calls_ok", "\tr0 = 1\n", None),
        (
            "calls_bad",
            "\tr2 = 7\n\t*(u32 *)(r1 + 4) = r2\n",
            Some((20u64, 7u64)),
        ),
    ];
    for (name, body, rejected) in cases {
        let file = format!("{name}.s");
        let source = CALLS.replace("{BODY}", body);
        std::fs::write(dir.join(&file), &source).unwrap();
        let mut inputs = vec![file.clone()];
        if let Some(obj) = llvm_mc_object(&dir, &file) {
            inputs.push(obj);
        }
        for input in &inputs {
            let args = ["lint", "--kernel", "6.18", "--format", "json", input];
            let v = json(&skasm_in(&dir, &args));
            let p = &v["files"][0]["programs"];
            assert_eq!(p.as_array().unwrap().len(), 1, "{input}: {v}");
            let Some((line, insn)) = rejected else {
                assert_eq!(p[0]["verdict"], "accepted", "{input}: {v}");
                continue;
            };
            let d = &p[0]["diagnostics"][0];
            assert_eq!(d["code"], "ctx-write", "{input}: {v}");
            assert_eq!(d["insn"], insn, "{input}: {v}");
            let want_line = input.ends_with(".s").then_some(line);
            assert_eq!(d["line"].as_u64(), want_line, "{input}: {v}");
        }
        let out = skasm_in(&dir, &["lint", "--kernel", "6.18", &file]);
        if rejected.is_some() {
            let stdout = text(&out.stdout);
            assert!(stdout.contains(&format!("┌─ {file}:20:2")), "{stdout}");
            assert!(
                stdout.contains("in `second` (section `.text`), called from `prog`"),
                "{stdout}"
            );
        }
        for input in &inputs {
            kernel_agrees_on_each_program(&dir.join(input));
        }
    }
}

/// In an object without an `sk_lookup` section, the global functions of `.text` that no
/// call targets are the programs: `first` is called, so only `prog` is one.
#[test]
fn called_text_functions_are_no_programs() {
    let dir = tempdir("text");
    let source = CALLS
        .replace("{BODY}", "\tr0 = 1\n")
        .replace("\t.section sk_lookup,\"ax\",@progbits\n", "\t.text\n");
    std::fs::write(dir.join("text.s"), source).unwrap();
    let out = skasm_in(&dir, &["lint", "--kernel", "6.18", "text.s"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert_eq!(
        stdout,
        "text.s: `prog` (section `.text`): accepted\n1 program: 1 accepted, 0 rejected, 0 unsupported\n"
    );
}

/// clang's objects with static `__noinline` functions (`tests/c/subprog.c`,
/// `multi_prog.c`): lint's verdicts are the live kernel's on the same linked instructions,
/// and libbpf (through bpftool) rejects `writes_ctx` at the instruction lint names, which
/// checks the linking itself against libbpf's.
#[test]
fn clang_subprograms_get_the_kernels_verdict() {
    let c = root().join("tests/c");
    let out = skasm_in(
        &c,
        &["lint", "--kernel", "host", "--format", "json", "subprog.o"],
    );
    let v = json(&out);
    let programs = &v["files"][0]["programs"];
    assert_eq!(programs[0]["name"], "nested_calls", "{v}");
    assert_eq!(programs[0]["verdict"], "accepted", "{v}");
    let d = &programs[1]["diagnostics"][0];
    assert_eq!(
        (&programs[1]["name"], &d["code"], &d["insn"]),
        (&"writes_ctx".into(), &"ctx-write".into(), &15.into()),
        "{v}"
    );
    assert_eq!(
        (&d["file"], &d["line"], &d["column"]),
        (&built_subprog_c().into(), &38.into(), &18.into()),
        "{v}"
    );
    for object in ["subprog.o", "multi_prog.o", "global_data.o"] {
        kernel_agrees_on_each_program(&c.join(object));
    }
    let log = libbpf_rejects_at(&c.join("subprog.o"), "writes_ctx", 15);
    // The kernel prints the line info libbpf passed before the instruction it rejects.
    assert!(
        log.is_empty() || log.contains("; ctx->local_port = 80; @ subprog.c:38\n15: "),
        "{log}"
    );
}

/// Callbacks as libbpf links them: `r2 = cb ll` (an `R_BPF_64_64` against `.text`, byte-exact
/// llvm-mc's) becomes a `BPF_PSEUDO_FUNC` load of `cb` appended after the program. Loaded
/// without BTF (lint's model, and what the live kernel gets from `loadable`) the kernel
/// refuses the address at that instruction; clang's `tests/c/bpf_loop.o` carries func_info,
/// which libbpf passes and with which the kernel accepts the program (bpftool): lint walks
/// its callback with BTF and accepts it, iterated on 6.12 and 6.18, once on 6.1
/// (`--cross-check-kernel`, loading it with func_info, agrees).
#[test]
fn callbacks_are_linked_as_libbpf_links_them() {
    let dir = tempdir("callback");
    let source = "\t.section sk_lookup,\"ax\",@progbits\n\t.globl prog\nprog:\n\tr1 = 4\n\
                  \tr2 = cb ll\n\tr3 = 0\n\tr4 = 0\n\tcall 181\n\tr0 = 0\n\texit\n\
                  \t.text\ncb:\n\tr0 = 0\n\texit\n";
    std::fs::write(dir.join("loop.s"), source).unwrap();
    let object = asm::assemble(source).unwrap();
    let p = &sk_lookup::lint::loadable(&object, None)[0];
    let func = isa::table::ld_imm_row(isa::LdImmKind::Func).src;
    // prog (8 slots), then cb at slot 8: the load at slot 1 counts 6 slots after slot 2.
    assert_eq!(p.insns.len(), 10);
    assert_eq!((p.insns[1].src, p.insns[1].imm), (func, 6));
    assert!(p.funcs.is_none());
    let v = lint_json(&dir, "6.18", "loop.s");
    let d = &v["files"][0]["programs"][0]["diagnostics"][0];
    assert_eq!(
        (&d["code"], &d["insn"]),
        (&"subprog-needs-btf".into(), &1.into()),
        "{v}"
    );
    kernel_agrees_on_each_program(&dir.join("loop.s"));
    let c = root().join("tests/c");
    let v = lint_json(&c, "6.18", "bpf_loop.o");
    assert_eq!(v["files"][0]["programs"][0]["verdict"], "accepted", "{v}");
    for kernel in ["6.12", "6.1"] {
        let v = lint_json(&c, kernel, "bpf_loop.o");
        assert_eq!(
            v["files"][0]["programs"][0]["verdict"], "accepted",
            "{kernel}: {v}"
        );
    }
    libbpf_accepts(&c.join("bpf_loop.o"));
    kernel_agrees_on_each_program(&c.join("bpf_loop.o"));
}

/// Global functions taking pointers to memory (clang's `tests/c/global_mem.c`: `struct pair
/// *` checked for NULL, `__u32 *` with `__arg_nonnull`, a BTF decl tag): lint reads each
/// pointee's size and the tag from `.BTF`, accepts the program on 6.18 and 6.12 and, as 6.1
/// reads no tag, rejects the unchecked write on 6.1 at its C line; libbpf loads it and the
/// live kernel agrees (`--cross-check-kernel` in each image agrees too: README).
#[test]
fn global_memory_arguments_from_clang_btf() {
    let c = root().join("tests/c");
    for kernel in ["6.18", "6.12"] {
        let v = lint_json(&c, kernel, "global_mem.o");
        let p = &v["files"][0]["programs"][0];
        assert_eq!(p["verdict"], "accepted", "{kernel}: {v}");
        assert_eq!(p["min_kernel"]["release"], "6.8", "{kernel}: {v}");
    }
    let v = lint_json(&c, "6.1", "global_mem.o");
    let d = &v["files"][0]["programs"][0]["diagnostics"][0];
    assert_eq!(
        (&d["code"], &d["line"], &d["kernel_message"]),
        (
            &"invalid-mem-access".into(),
            &24.into(),
            &"R1 invalid mem access 'mem_or_null'".into()
        ),
        "{v}"
    );
    libbpf_accepts(&c.join("global_mem.o"));
    kernel_agrees_on_each_program(&c.join("global_mem.o"));
}

/// Global functions with other parameter kinds and a void return (clang's
/// `tests/c/global_args.c`, one program each): lint reads `void *` with `__arg_ctx`, a
/// pointer to a pointer, an untagged `void *` and a `void` return from `.BTF`; 6.18 accepts
/// the first two and refuses the others at their call, 6.1 refuses `__arg_ctx` (it reads no
/// tag) before any instruction; the live kernel agrees on each program.
#[test]
fn global_argument_kinds_from_clang_btf() {
    let c = root().join("tests/c");
    let lint = |kernel: &str| {
        let v = lint_json(&c, kernel, "global_args.o");
        let programs = v["files"][0]["programs"].as_array().unwrap().clone();
        (programs.iter())
            .map(|p| {
                let d = &p["diagnostics"][0];
                let verdict = p["verdict"].as_str().unwrap().to_string();
                (
                    verdict,
                    d["code"].clone(),
                    d["line"].clone(),
                    d["kernel_message"].clone(),
                )
            })
            .collect::<Vec<_>>()
    };
    let null = serde_json::Value::Null;
    let void_ptr = "arg#0 reference type('UNKNOWN ') size cannot be determined: -22";
    let void_ret = "Global function count() doesn't return scalar. Only those are supported.";
    let rejected = |line: serde_json::Value, message: &str| {
        let code = "global-func-proto".into();
        ("rejected".to_string(), code, line, message.into())
    };
    let accepted = || {
        (
            "accepted".to_string(),
            null.clone(),
            null.clone(),
            null.clone(),
        )
    };
    let call =
        |name: &str| format!("{void_ptr}\nCaller passes invalid args into func#1 ('{name}')");
    assert_eq!(
        lint("6.18"),
        [
            accepted(),
            accepted(),
            rejected(49.into(), &call("is_http")),
            rejected(62.into(), &call("count").replace(void_ptr, void_ret)),
        ]
    );
    assert_eq!(
        lint("6.1"),
        [
            rejected(null.clone(), void_ptr),
            accepted(),
            rejected(null.clone(), void_ptr),
            rejected(null.clone(), void_ret),
        ]
    );
    kernel_agrees_on_each_program(&c.join("global_args.o"));
}

/// bpftool (libbpf, with the object's BTF and func_info) loads every program of `object`.
#[cfg(target_os = "linux")]
fn libbpf_accepts(object: &Path) {
    if let Err(why) = kernel::availability() {
        say!("SKIPPED libbpf comparison: {why}");
        return;
    }
    let Ok(bpftool) = which("bpftool") else {
        say!("SKIPPED libbpf comparison: bpftool not installed");
        return;
    };
    let pin = format!("/sys/fs/bpf/skasm-lint-ok-{}", std::process::id());
    let out = Command::new(bpftool)
        .args(["prog", "loadall", object.to_str().unwrap(), &pin])
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&pin);
    assert!(out.status.success(), "{}", text(&out.stderr));
}

#[cfg(not(target_os = "linux"))]
fn libbpf_accepts(_object: &Path) {}

/// Where `tests/c/build.sh` compiled `subprog.c`: the path clang recorded in `.BTF` (read
/// here with `asm::btf_ext`, which the C-line test checks against DWARF).
fn built_subprog_c() -> String {
    let bytes = std::fs::read(root().join("tests/c/subprog.o")).unwrap();
    let object = asm::elf::read(&bytes).unwrap();
    let ext = asm::btf_ext::BtfExt::of(&object).unwrap();
    let (_, btf) = asm::elf::read_for_loading(&bytes).unwrap();
    let file = ext
        .line_at(".text", 0)
        .unwrap()
        .file(&btf.unwrap())
        .to_string();
    assert!(file.ends_with("tests/c/subprog.c"), "{file}");
    file
}

/// A clang object's finding is at the C line `.BTF.ext` gives, with that line's text: from
/// the file when it is where clang compiled it, else BTF's copy (the same text).
#[test]
fn clang_findings_point_at_the_c_line() {
    let dir = tempdir("cline");
    std::fs::copy(root().join("tests/c/subprog.o"), dir.join("subprog.o")).unwrap();
    let out = skasm_in(&dir, &["lint", "--kernel", "6.18", "subprog.o"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let built = built_subprog_c();
    let at = format!("┌─ {built}:38:18\n");
    assert!(stdout.contains(&at), "{stdout}");
    assert!(
        stdout.contains("38 │     ctx->local_port = 80;\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("= note: instruction 15: *(u32 *)(r1 + 60) = r2"),
        "{stdout}"
    );
    // A C file name that is a device is not read (it would never end): BTF's copy is shown.
    let mut bytes = std::fs::read(dir.join("subprog.o")).unwrap();
    let (from, to) = (built.as_bytes(), b"/dev/zero\0");
    let mut at = 0;
    while let Some(i) = bytes[at..].windows(from.len()).position(|w| w == from) {
        bytes[at + i..at + i + to.len()].copy_from_slice(to);
        at += i + from.len();
    }
    std::fs::write(dir.join("zero.o"), &bytes).unwrap();
    let out = skasm_in(&dir, &["lint", "--kernel", "6.18", "zero.o"]);
    let stdout = text(&out.stdout);
    assert!(stdout.contains("┌─ /dev/zero:38:18\n"), "{stdout}");
    assert!(
        stdout.contains("38 │     ctx->local_port = 80;\n"),
        "{stdout}"
    );
    // BTF's copy is the file's line, so the output is the same where the file is not.
    let bytes = std::fs::read(dir.join("subprog.o")).unwrap();
    let object = asm::elf::read(&bytes).unwrap();
    let ext = asm::btf_ext::BtfExt::of(&object).unwrap();
    let btf = asm::elf::read_for_loading(&bytes).unwrap().1.unwrap();
    let copy = ext.line_at(".text", 19 * 8).unwrap().text(&btf);
    let file = std::fs::read_to_string(root().join("tests/c/subprog.c")).unwrap();
    assert_eq!(Some(copy), file.lines().nth(37));
}

/// Assembles `file` in `dir` with llvm-mc 19 into `NAME.o`; `None` (said) without llvm-mc.
fn llvm_mc_object(dir: &Path, file: &str) -> Option<String> {
    let llvm_mc = Path::new("/usr/lib/llvm-19/bin/llvm-mc");
    if !llvm_mc.exists() {
        say!("SKIPPED llvm-mc half of {file}: llvm-mc 19 not installed");
        return None;
    }
    let obj = file.replace(".s", ".o");
    let out = Command::new(llvm_mc)
        .args(["-triple", "bpfel", "-filetype=obj", file, "-o", &obj])
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    Some(obj)
}

/// Loads each program of `path` (a source or an object), linked and bound as lint passes it
/// to the verifier, into the live kernel with its maps created there, and compares the
/// kernel's verdict and rejected instruction with `skasm lint --kernel host`'s.
#[cfg(target_os = "linux")]
fn kernel_agrees_on_each_program(path: &Path) {
    if let Err(why) = kernel::availability() {
        say!("SKIPPED kernel comparison of {}: {why}", path.display());
        return;
    }
    let bytes = std::fs::read(path).unwrap();
    let object = if bytes.starts_with(b"\x7fELF") {
        asm::elf::read(&bytes).unwrap()
    } else {
        asm::assemble(std::str::from_utf8(&bytes).unwrap()).unwrap()
    };
    let args = [
        "lint",
        "--kernel",
        "host",
        "--format",
        "json",
        path.to_str().unwrap(),
    ];
    let v = json(&skasm(&args));
    let programs = v["files"][0]["programs"].as_array().unwrap().clone();
    let loadable = sk_lookup::lint::loadable(&object, None);
    assert_eq!(loadable.len(), programs.len(), "{v}");
    for (p, lint) in loadable.iter().zip(&programs) {
        assert_eq!(lint["name"], p.name.as_str(), "{v}");
        if lint["verdict"] == "unsupported" {
            assert!(p.problem.is_some(), "{}: {v}", p.name);
            continue;
        }
        assert!(p.problem.is_none(), "{}: {:?}", p.name, p.problem);
        // Maps created as declared, func_info passed when the object has it.
        let outcome =
            sk_lookup::lint::cross_check::load_in_kernel(p, "GPL", skctx::Privilege::Root).unwrap();
        let what = format!("{}: {}: {v}\n{}", path.display(), p.name, outcome.log);
        assert_eq!(lint["verdict"] == "accepted", outcome.accepted(), "{what}");
        if !outcome.accepted() {
            let d = &lint["diagnostics"][0];
            assert_eq!(
                d["insn"].as_u64().map(|i| i as usize),
                outcome.insn_index(),
                "{what}"
            );
            let message = outcome.message().unwrap_or_default();
            assert!(
                message.contains(d["kernel_message"].as_str().unwrap()),
                "{what}"
            );
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn kernel_agrees_on_each_program(_path: &Path) {}

/// bpftool (libbpf: its own linking, with the object's BTF) fails to load `object` because
/// the kernel rejects `program` at instruction `insn`; returns that program's load log
/// (empty when skipped).
#[cfg(target_os = "linux")]
fn libbpf_rejects_at(object: &Path, program: &str, insn: usize) -> String {
    if let Err(why) = kernel::availability() {
        say!("SKIPPED libbpf comparison: {why}");
        return String::new();
    }
    let Ok(bpftool) = which("bpftool") else {
        say!("SKIPPED libbpf comparison: bpftool not installed");
        return String::new();
    };
    let pin = format!("/sys/fs/bpf/skasm-lint-{}", std::process::id());
    let out = Command::new(bpftool)
        .args(["prog", "loadall", object.to_str().unwrap(), &pin])
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&pin);
    let stderr = text(&out.stderr);
    assert!(!out.status.success(), "{stderr}");
    let begin = format!("prog '{program}': -- BEGIN PROG LOAD LOG --");
    let log = stderr
        .split_once(&begin)
        .and_then(|(_, rest)| rest.split_once("-- END PROG LOAD LOG --"))
        .map(|(log, _)| log)
        .unwrap_or_else(|| panic!("no load log of {program}: {stderr}"));
    let summary = kernel::LogSummary::parse(log);
    assert_eq!(summary.insn_index, Some(insn), "{log}");
    log.to_string()
}

#[cfg(not(target_os = "linux"))]
fn libbpf_rejects_at(_object: &Path, _program: &str, _insn: usize) -> String {
    String::new()
}

/// The path of `tool` on `PATH` (or the usual sbin directories).
fn which(tool: &str) -> Result<PathBuf, ()> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain(["/usr/sbin".into(), "/sbin".into()])
        .map(|d| d.join(tool))
        .find(|p| p.is_file())
        .ok_or(())
}

/// Mutated clang objects (seeded byte changes, also in `.BTF.ext`, relocations, symbols and
/// code) never make lint panic in any format: every one it can read gets a verdict or an error.
#[test]
fn mutated_objects_do_not_panic() {
    let dir = tempdir("mutated");
    let mut state = 0x5eed_1157_u64;
    let mut next = move || {
        // xorshift64*
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_f491_4f6c_dd1d)
    };
    let options = sk_lookup::lint::LintOptions {
        kernel: "6.18".into(),
        ..Default::default()
    };
    let (mut read, mut total) = (0, 0);
    for object in ["subprog.o", "multi_prog.o", "steer_http.o"] {
        let original = std::fs::read(root().join("tests/c").join(object)).unwrap();
        for k in 0..300 {
            let mut bytes = original.clone();
            for _ in 0..1 + next() % 4 {
                let at = (next() % bytes.len() as u64) as usize;
                bytes[at] = next() as u8;
            }
            let path = dir.join(object);
            std::fs::write(&path, &bytes).unwrap();
            total += 1;
            if let Ok(o) = asm::elf::read(&bytes) {
                read += 1;
                let _ = sk_lookup::lint::loadable(&o, None);
            }
            let _ = sk_lookup::lint::lint(std::slice::from_ref(&path), &options);
            // The other formats and --explain in turn, at the cost of one more run.
            use sk_lookup::lint::Format;
            let formats = [Format::Json, Format::Github, Format::Sarif, Format::Kernel];
            let other = sk_lookup::lint::LintOptions {
                format: formats[k % formats.len()],
                explain: k % 8 == 0,
                ..options.clone()
            };
            let _ = sk_lookup::lint::lint(&[path], &other);
        }
    }
    assert!(
        read > total / 4,
        "only {read} of {total} mutated objects read"
    );
}

/// Global data (`tests/c/global_data.c`) is bound as libbpf binds it: `.bss` and `.data` are
/// one-value ARRAY maps loaded with `BPF_PSEUDO_MAP_VALUE` (the live kernel gives the same
/// verdicts on the same instructions, and libbpf rejects `past_the_end` at the instruction
/// and C line lint names); `.rodata` is a frozen read-only map whose value (`SK_PASS`) the
/// verifier knows, so `reads_rodata` returns a known 1 and is accepted. A hand-written `.data` variable in a
/// source and in llvm-mc's object of it gets the live kernel's verdict too.
#[test]
fn global_data_is_bound_as_libbpf_does() {
    let c = root().join("tests/c");
    let v = json(&skasm_in(
        &c,
        &[
            "lint",
            "--kernel",
            "host",
            "--format",
            "json",
            "global_data.o",
        ],
    ));
    let p = &v["files"][0]["programs"];
    let verdicts: Vec<&str> = (0..3).map(|i| p[i]["verdict"].as_str().unwrap()).collect();
    assert_eq!(verdicts, ["accepted", "rejected", "accepted"], "{v}");
    let d = &p[1]["diagnostics"][0];
    assert_eq!(
        (&d["code"], &d["insn"], &d["line"]),
        (&"map-value-bounds".into(), &2.into(), &23.into()),
        "{v}"
    );
    let log = libbpf_rejects_at(&c.join("global_data.o"), "past_the_end", 2);
    assert!(
        log.is_empty() || log.contains("; return p[1] & 1; @ global_data.c:23\n"),
        "{log}"
    );

    let dir = tempdir("data");
    let body = "\tr1 = counter ll\n\tr0 = *(u32 *)(r1 + 4)\n\tr0 &= 1\n\texit\n";
    for (name, data, accepted) in [
        ("in_bounds", ".long 0, 0", true),
        ("past_end", ".long 0", false),
    ] {
        let source = program(body, "sk_lookup", true)
            + &format!("\t.data\n\t.globl counter\ncounter:\n\t{data}\n");
        let file = format!("{name}.s");
        std::fs::write(dir.join(&file), source).unwrap();
        let mut inputs = vec![file.clone()];
        inputs.extend(llvm_mc_object(&dir, &file));
        for input in &inputs {
            let out = skasm_in(&dir, &["lint", "--kernel", "6.18", input]);
            assert_eq!(
                out.status.success(),
                accepted,
                "{input}: {}",
                text(&out.stdout)
            );
            kernel_agrees_on_each_program(&dir.join(input));
        }
    }
}

/// Loads from `.rodata` (a frozen `BPF_F_RDONLY_PROG` map, as libbpf loads it) at a constant
/// offset are the section's bytes to the verifier, at every size, zero- or sign-extended:
/// the program returns what it loads, so only a loaded 0 or 1 is accepted (an unknown value
/// would be refused). Through a variable offset the load is unknown. The live kernel gives
/// each program, source and llvm-mc object, the same verdict.
#[test]
fn read_only_data_loads_are_the_sections_bytes() {
    let dir = tempdir("rodata");
    let var = "\tr2 = *(u32 *)(r1 + 12)\n\tr2 &= 4\n\tr1 = limit ll\n\tr1 += r2\n\tr0 = *(u32 *)(r1 + 0)\n\texit\n";
    for (name, load, data, accepted) in [
        ("w_one", "r0 = *(u32 *)(r1 + 0)", ".long 1, 0", true),
        ("w_two", "r0 = *(u32 *)(r1 + 0)", ".long 2, 0", false),
        ("b_top", "r0 = *(u8 *)(r1 + 3)", ".long 0x01000000, 0", true),
        (
            "h_top",
            "r0 = *(u16 *)(r1 + 2)",
            ".long 0x00020000, 0",
            false,
        ),
        ("dw_one", "r0 = *(u64 *)(r1 + 0)", ".quad 1", true),
        ("dw_high", "r0 = *(u64 *)(r1 + 0)", ".long 1, 1", false),
        ("at_four", "r0 = *(u32 *)(r1 + 4)", ".long 7, 0", true),
        (
            "sx_minus",
            "r0 = *(s8 *)(r1 + 0)",
            ".byte 0xff, 0, 0, 0, 0, 0, 0, 0",
            false,
        ),
        ("sx_one", "r0 = *(s16 *)(r1 + 0)", ".short 1, 0, 0, 0", true),
        ("var_off", "", ".long 0, 0", false),
    ] {
        let body = match load {
            "" => var.to_string(),
            load => format!("\tr1 = limit ll\n\t{load}\n\texit\n"),
        };
        let source = program(&body, "sk_lookup", true)
            + &format!("\t.section .rodata,\"a\",@progbits\n\t.globl limit\nlimit:\n\t{data}\n");
        let file = format!("{name}.s");
        std::fs::write(dir.join(&file), source).unwrap();
        let mut inputs = vec![file.clone()];
        inputs.extend(llvm_mc_object(&dir, &file));
        for input in &inputs {
            let out = skasm_in(&dir, &["lint", "--kernel", "6.18", input]);
            let stdout = text(&out.stdout);
            assert_eq!(out.status.success(), accepted, "{input}: {stdout}");
            assert!(stdout.contains(" 0 unsupported"), "{input}: {stdout}");
            kernel_agrees_on_each_program(&dir.join(input));
        }
    }
}

/// A static function of the program's own section (after the program, outside its size) is
/// appended after the program once, however many calls reach it; the live kernel gives the
/// linked program the same verdict and rejected instruction. (libbpf itself refuses static
/// functions outside `.text`; lint links them all the same, see `src/lint/link.rs`.)
#[test]
fn a_callee_of_the_same_section_is_appended_once() {
    let dir = tempdir("samesec");
    let source = |body: &str| {
        format!(
            "\t.section sk_lookup,\"ax\",@progbits\n\t.globl prog\n\t.type prog,@function\nprog:\n\tcall sub\n\tcall sub\n\tr0 = 1\n\texit\n\t.size prog, .-prog\n\t.type sub,@function\nsub:\n{body}\texit\n\t.size sub, .-sub\n\t.section license,\"aw\",@progbits\n\t.asciz \"GPL\"\n"
        )
    };
    for (name, body, rejected) in [
        ("same_ok", "\tr0 = 0\n", None),
        ("same_bad", "\tr0 = r5\n", Some(4)),
    ] {
        let file = format!("{name}.s");
        std::fs::write(dir.join(&file), source(body)).unwrap();
        let mut inputs = vec![file.clone()];
        inputs.extend(llvm_mc_object(&dir, &file));
        for input in &inputs {
            let bytes = std::fs::read(dir.join(input)).unwrap();
            let object = if bytes.starts_with(b"\x7fELF") {
                asm::elf::read(&bytes).unwrap()
            } else {
                asm::assemble(&text(&bytes)).unwrap()
            };
            let p = &sk_lookup::lint::loadable(&object, None)[0];
            // prog (4 slots), then sub once (2 slots); both calls point at slot 4.
            assert_eq!(p.insns.len(), 6, "{input}");
            assert_eq!((p.insns[0].imm, p.insns[1].imm), (3, 2), "{input}");
            assert!(p.funcs.is_none(), "{input}: no .BTF.ext, no func_info");
            let args = ["lint", "--kernel", "6.18", "--format", "json", input];
            let v = json(&skasm_in(&dir, &args));
            let d = &v["files"][0]["programs"][0]["diagnostics"][0];
            assert_eq!(d["insn"].as_u64(), rejected, "{input}: {v}");
            kernel_agrees_on_each_program(&dir.join(input));
        }
    }
    let object = asm::elf::read(&std::fs::read(root().join("tests/c/subprog.o")).unwrap()).unwrap();
    assert!(sk_lookup::lint::loadable(&object, None)
        .iter()
        .all(|p| p.funcs.is_some()));
}

#[test]
fn raw_instruction_files_are_linted_as_one_program() {
    // `r0 = 1; exit` as 8-byte instructions, and a load from r2 (uninitialised) before it.
    let dir = tempfile::tempdir().expect("temp dir");
    let ok = dir.path().join("pass.bin");
    let mut bytes = vec![0xb7, 0, 0, 0, 1, 0, 0, 0];
    bytes.extend([0x95, 0, 0, 0, 0, 0, 0, 0]);
    std::fs::write(&ok, &bytes).expect("write");
    let bad = dir.path().join("bad.bin");
    // r0 = *(u32 *)(r2 + 0): R2 is not initialised at entry.
    let mut bad_bytes = vec![0x61, 0x20, 0, 0, 0, 0, 0, 0];
    bad_bytes.extend(&bytes);
    std::fs::write(&bad, &bad_bytes).expect("write");
    let options = sk_lookup::lint::LintOptions {
        kernel: "6.18".into(),
        format: sk_lookup::lint::Format::Json,
        ..Default::default()
    };
    let report = sk_lookup::lint::lint(&[ok, bad], &options).expect("lint runs");
    let v: serde_json::Value = serde_json::from_str(&report.text).expect("json");
    let program = |f: usize| &v["files"][f]["programs"][0];
    assert_eq!(program(0)["name"], "sk_lookup", "{v}");
    assert_eq!(program(0)["verdict"], "accepted", "{v}");
    assert_eq!(program(1)["verdict"], "rejected", "{v}");
    assert_eq!(program(1)["diagnostics"][0]["insn"], 0, "{v}");
    assert_eq!(
        program(1)["diagnostics"][0]["kernel_message"],
        "R2 !read_ok",
        "{v}"
    );
    assert!(!report.all_accepted);
}

#[test]
fn a_raw_file_shorter_than_one_instruction_is_rejected_in_every_format() {
    // Seven bytes: no whole slot, so the program has no instruction to show.
    let dir = tempfile::tempdir().expect("temp dir");
    let short = dir.path().join("short.bin");
    std::fs::write(&short, b"garbage").expect("write");
    for format in ["human", "json", "github", "sarif", "kernel"] {
        let out = skasm(&["lint", "--format", format, short.to_str().unwrap()]);
        let text = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{format}: {text}");
        assert!(text.contains("short.bin"), "{format}: {text}");
    }
}
