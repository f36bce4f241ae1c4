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

fn tempdir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("skasm-lint-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}{}", text(&out.stdout), text(&out.stderr)))
}

const EXAMPLES: [&str; 2] = ["examples/steer-http.s", "examples/proxy-any-port.s"];

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
            stdout.contains(&format!("--> {file}:{line}:2")),
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

/// Loops are verified where the kernel's pruning is modelled (6.18) and unsupported before.
#[test]
fn a_loop_is_unsupported_before_6_18() {
    let dir = tempdir("loop");
    let body = "\tr0 = 0\nLBB0_1:\n\tr0 += 1\n\tif r0 < 10 goto LBB0_1\n\tr0 = 1\n\texit\n";
    std::fs::write(dir.join("loop.s"), program(body, "sk_lookup/loop", true)).unwrap();
    let accepted = skasm_in(&dir, &["lint", "--kernel", "6.18", "loop.s"]);
    let stdout = text(&accepted.stdout);
    assert_eq!(accepted.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.ends_with("1 program: 1 accepted, 0 rejected, 0 unsupported\n"),
        "{stdout}"
    );
    let out = skasm_in(&dir, &["lint", "--kernel", "6.12", "loop.s"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("unsupported: "), "{stdout}");
    assert!(stdout.ends_with("1 program: 0 accepted, 0 rejected, 1 unsupported\n"));
    let v = json(&skasm_in(
        &dir,
        &["lint", "--kernel", "6.12", "--format", "json", "loop.s"],
    ));
    let program = &v["files"][0]["programs"][0];
    assert_eq!(program["verdict"], "unsupported", "{v}");
    assert_eq!(program["section"], "sk_lookup/loop", "{v}");
    assert_eq!(v["summary"]["unsupported"], 1, "{v}");
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
    assert!(stdout.contains("--> partial.s:7:2"), "{stdout}");
    let out = skasm_in(&dir, &["lint", "--kernel", "6.18", "empty.s"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.starts_with("empty.s: no program"), "{stdout}");
    assert!(stdout.ends_with("0 programs: 0 accepted, 0 rejected, 0 unsupported\n"));
}

/// Global data and calls into another section are "unsupported", in sources and in llvm-mc's
/// objects alike, never verified as if the relocation were not there.
#[test]
fn global_data_and_calls_across_sections_are_unsupported() {
    let dir = tempdir("unmodelled");
    let data = "\tr1 = counter ll\n\tr0 = *(u64 *)(r1 + 0)\n\tr0 = 1\n\texit\n";
    let data =
        program(data, "sk_lookup", true) + "\t.data\n\t.globl counter\ncounter:\n\t.quad 0\n";
    let call = "\t.text\n\t.type sub,@function\nsub:\n\tr0 = 1\n\texit\n\t.size sub, .-sub\n"
        .to_string()
        + &program("\tcall sub\n\tr0 = 1\n\texit\n", "sk_lookup", true);
    let llvm_mc = Path::new("/usr/lib/llvm-19/bin/llvm-mc");
    for (name, source, why) in [
        (
            "data",
            data,
            "loads the address of `counter`, which is global data",
        ),
        ("call", call, "calls into section `.text`"),
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
            assert!(
                stdout.ends_with("0 rejected, 1 unsupported\n"),
                "{input}: {stdout}"
            );
        }
    }
}
