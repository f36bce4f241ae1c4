//! Data directives in code sections (raw encodings between instructions, as the kernel's
//! selftests write them): the objects llvm-mc 14 and 19 make of hand-written and generated
//! programs, compared whole; the same refusals on the same lines; and `disasm` of any bytes
//! in a code section printing text that `build` turns back into the identical object.

#[macro_use]
mod common;
use asm::{
    disasm, elf, Binding, Object, Reloc, RelocKind, RelocTarget, Section, SectionKind, Symbol,
    SymbolKind,
};
use common::*;

/// (name, source) that both llvm-mc versions accept.
const ACCEPTED: &[(&str, &str)] = &[
    (
        "raw encodings between instructions (kernel selftest style)",
        "\t.section\tsk_lookup,\"ax\",@progbits\n\t.globl\tprog\n\t.type\tprog,@function\nprog:\n\
         \tr0 = 0\n\t.8byte\t0x00000001000000b7\n\t.8byte 0x95\n\t.quad\t0x0000000000000095\n\
         \t.4byte 0x000000b7, 2\n\texit\n.Lend:\n\t.size\tprog, .Lend-prog\n",
    ),
    (
        "jumps, calls and ld_imm64 across odd-sized data",
        "\t.text\n.Lb:\n\tr0 = 1\n\t.byte 1\n\tgoto .Lb\n\tgoto .Lb\n\t.byte 1,2,3,4,5,6\n\
         \tgoto .Lb\n\tif r1 > 3 goto .Lf\n\tif w1 > 3 goto .Lf\n\t.short 1\n.Lf:\n\tcall .Lb\n\
         \tcall .Lf\n\tcall fn\n\tr1 = .Lb ll\n\tr1 = fn ll\n\t.byte 0\nfn:\n\texit\n",
    ),
    (
        "calls into another code section at odd offsets",
        "\t.text\n\tcall .Lo1\n\tcall .Lo2\n\tcall .Lo3\n\tcall g1\n\tcall g2\n\t.byte 1\n\
         \tcall g1\n\t.globl g1\ng1:\n\t.byte 2,3,4\ng2:\n\texit\n\
         \t.section .text.b,\"ax\",@progbits\n\t.byte 1,2,3\n.Lo1:\n\t.zero 14, 9\n.Lo2:\n\
         \t.byte 1,2,3,4,5,6,7,8,9,10,11\n.Lo3:\n\texit\n",
    ),
    (
        "relocations from data in code",
        "\t.text\n\t.globl prog\nprog:\n\tr0 = 0\n\t.byte 1\n\t.long sym\n\t.short 7\n.Lmid:\n\
         \tr0 = 1\nnamed:\n\texit\n\t.quad prog\n\t.quad .Lmid\n\t.long .Lmid\n\t.long prog\n\
         \t.long named\n\t.quad named+3\n\t.quad sym-1\n\t.long .Lmid - prog\n\t.quad .Ld+2\n\
         \t.byte 9\n\t.section .rodata,\"a\",@progbits\n.Ld:\n\t.long 5\n\t.quad .Lmid\n",
    ),
    (
        "alignment in code: no-op slots and fill bytes",
        "\t.text\n\tr0 = 1\n\t.p2align 4\n\texit\n\t.byte 1\n\t.p2align 3, 0xff\n\texit\n\
         \t.byte 2\n\t.balign 16, 1, 4\n\t.byte 3\n\t.p2align 3,,5\n\t.p2align 3, 0x102\n\texit\n\
         \t.section sk_lookup,\"ax\",@progbits\n\t.byte 1\n\t.p2align 2, 5\n\t.long 0\n\t.quad 0\n\
         \t.p2align 5\n\texit\n",
    ),
    (
        "strings, fills and LEB128 in code",
        "\t.text\nf:\n\t.ascii \"abc\"\n\t.asciz \"de\\n\"\n\t.string \"x\"\n\t.zero 5, 0x41\n\
         \t.space 3\n\t.skip 2\n\t.uleb128 300\n\t.sleb128 -5\n\t.int 7\n\t.2byte -32768\n\
         \t.byte 255, -128\n\t.8byte -1\n.Lx:\n\t.size f, .Lx-f\n\t.type f,@function\n",
    ),
    (
        "a line table over data in code",
        "\t.file\t\"a.c\"\n\t.file\t1 \"/tmp\" \"a.c\"\n\t.text\n\t.globl\tprog\nprog:\n\
         \t.loc\t1 2 0 prologue_end\n\t.quad 5\n\t.loc\t1 3 4\n\tr0 = 0\n\t.loc 1 4 0\n\
         \t.byte 1, 2\n\t.loc 1 5 0\n\t.zero 6\n\texit\n.Lfunc_end0:\n\t.size\tprog, .Lfunc_end0-prog\n",
    ),
    (
        "call frame information over data in code",
        "\t.text\n\t.globl f\nf:\n\t.cfi_startproc\n\tr0 = 1\n\t.byte 1, 2, 3\n\
         \t.cfi_def_cfa_offset 16\n\t.long 5\n\t.cfi_offset 6, -8\n\texit\n\t.zero 0\n\
         \t.ascii \"\"\n\t.cfi_endproc\n",
    ),
];

/// (name, source, the line llvm-mc refuses and skasm must refuse)
const REFUSED: &[(&str, &str, usize)] = &[
    (
        "2-byte relocation",
        "\t.text\n\tr0 = 1\n\t.short sym\n\texit\n",
        3,
    ),
    (
        "1-byte relocation",
        "\t.text\n.Lx:\n\t.byte .Lx\n\texit\n",
        3,
    ),
    ("byte out of range", "\t.text\n\texit\n\t.byte 256\n", 3),
    ("short out of range", "\t.text\n\texit\n\t.2byte 70000\n", 3),
    (
        "alignment padding that is not whole slots",
        "\t.text\n\tr0 = 1\n\t.byte 1\n\t.p2align 3\n\texit\n",
        4,
    ),
    (
        "a maximum below one byte",
        "\t.text\n\t.byte 1\n\t.p2align 3,,0\n",
        3,
    ),
];

fn build(src: &str, what: &str) -> Vec<u8> {
    let obj = asm::assemble(src)
        .unwrap_or_else(|e| panic!("{what}: {}", asm::diag::render(&e, "in.s", src)));
    elf::write(&obj).unwrap_or_else(|e| panic!("{what}: write: {e}"))
}

fn installed(test: &str) -> Vec<(LlvmTarget, std::path::PathBuf)> {
    let found: Vec<_> = [LLVM14, LLVM19]
        .into_iter()
        .filter_map(|t| llvm_mc(t.version).map(|mc| (t, mc)))
        .collect();
    for t in [LLVM14, LLVM19] {
        if !found.iter().any(|(f, _)| f.version == t.version) {
            skip(test, &format!("llvm-mc {} not installed", t.version));
        }
    }
    found
}

#[test]
fn hand_written_data_in_code_matches_llvm_mc() {
    for (t, mc) in installed("hand_written_data_in_code_matches_llvm_mc") {
        for (name, src) in ACCEPTED {
            let what = format!("{name} (llvm-mc {})", t.version);
            let theirs = run_llvm_mc(&mc, src, &[]).unwrap_or_else(|e| panic!("{what}: {e}"));
            assert_same_object(&build(src, &what), &theirs, &[], &what);
        }
    }
}

/// The line of the first `in.s:LINE:` in llvm-mc's message, if it names one (fatal errors
/// do not).
fn llvm_error_line(stderr: &str) -> Option<usize> {
    let rest = &stderr[stderr.find("in.s:")? + 5..];
    rest.split(':').next()?.parse().ok()
}

#[test]
fn llvm_mc_refusals_are_refused_on_the_same_line() {
    for (t, mc) in installed("llvm_mc_refusals_are_refused_on_the_same_line") {
        for (name, src, line) in REFUSED {
            let what = format!("{name} (llvm-mc {})", t.version);
            let Err(stderr) = run_llvm_mc(&mc, src, &[]) else {
                panic!("{what}: llvm-mc accepts it");
            };
            if let Some(l) = llvm_error_line(&stderr) {
                assert_eq!(l, *line, "{what}: llvm-mc says {stderr}");
            }
            let errors = asm::assemble(src).expect_err(&what);
            let lines: Vec<usize> = errors
                .iter()
                .map(|e| asm::diag::line_col(src, e.span.start).0)
                .collect();
            assert!(
                lines.contains(line),
                "{what}: skasm errs on lines {lines:?}"
            );
        }
    }
}

/// A 16-bit jump whose target lies a byte beyond `i16::MAX` slots: LLVM 19 refuses it
/// ("Branch target out of insn range"); LLVM 14 writes a wrapped offset, which skasm does not.
#[test]
fn a_jump_a_byte_too_far_is_refused_as_llvm_19_does() {
    let src = format!(
        "\t.text\n\tgoto .Lt\n{}\t.byte 1\n.Lt:\n\texit\n",
        "\tr0 = 0\n".repeat(i16::MAX as usize)
    );
    let errors = asm::assemble(&src).expect_err("too far");
    assert!(errors
        .iter()
        .any(|e| e.code == asm::ErrorCode::JumpOutOfRange));
    let near = src.replace("\t.byte 1\n", "");
    build(&near, "at the limit");
    let Some(mc) = llvm_mc(19) else {
        return skip(
            "a_jump_a_byte_too_far_is_refused_as_llvm_19_does",
            "llvm-mc 19 not installed",
        );
    };
    assert!(run_llvm_mc(&mc, &src, &[]).is_err());
    let theirs = run_llvm_mc(&mc, &near, &[]).unwrap();
    assert_same_object(&build(&near, "at the limit"), &theirs, &[], "at the limit");
}

#[test]
fn generated_data_in_code_matches_llvm_mc() {
    let (mut programs, mut extensions) = (0, 0);
    for (t, mc) in installed("generated_data_in_code_matches_llvm_mc") {
        let mut rng = Rng::new(0xda7a_0000 + t.version as u64);
        for k in 0..12 {
            let src = data_in_code_program(&mut rng, 300, t);
            let what = format!("program {k} for llvm-mc {}", t.version);
            let theirs = run_llvm_mc(&mc, &src, t.flags)
                .unwrap_or_else(|e| panic!("{what}: llvm-mc: {e}\n{src}"));
            let ours = build(&src, &what);
            assert_same_object(&ours, &theirs, &[], &what);
            // llvm-mc's object through disasm and skasm's build: the same object again.
            let text = disasm::to_text(&elf::read(&theirs).unwrap(), None)
                .unwrap_or_else(|e| panic!("{what}: disasm: {e}"));
            assert_same_object(
                &build(&text, &what),
                &theirs,
                &[],
                &format!("{what}, disasm"),
            );
            // And through disasm in plain LLVM syntax and llvm-mc itself.
            let plain = disasm::to_llvm_text(&elf::read(&theirs).unwrap(), None).unwrap();
            let (plain, n) = raw_where_llvm_mc_has_no_text(&mc, t, &theirs, &plain, &what);
            extensions += n;
            let again = run_llvm_mc(&mc, &plain, t.flags).unwrap();
            assert_same_object(&again, &theirs, &[], &format!("{what}, llvm-mc on disasm"));
            programs += 1;
        }
    }
    say!(
        "data_in_code: {programs} generated programs agree with llvm-mc; their disassembly \
         reassembles with both ({extensions} instructions in skasm's extension spellings \
         given to llvm-mc as .8byte)"
    );
}

/// `text` (the disassembly of `obj`, whose code has no function symbols) with each line
/// llvm-mc (`t`) rejects replaced by its bytes as `.8byte`s, and how many there were: raw
/// encodings that are valid instructions print in the isa printer's documented spellings,
/// some of them skasm's own (`skb[rN + imm]`, `call pc+N`) or newer than this llvm-mc. Every
/// line it rejects must be such an instruction.
fn raw_where_llvm_mc_has_no_text(
    mc: &std::path::Path,
    t: LlvmTarget,
    obj: &[u8],
    text: &str,
    what: &str,
) -> (String, usize) {
    let Err(stderr) = run_llvm_mc(mc, text, t.flags) else {
        return (text.to_string(), 0);
    };
    let rejected: std::collections::BTreeSet<usize> = stderr
        .lines()
        .filter(|l| l.contains(": error: "))
        .filter_map(llvm_error_line)
        .collect();
    assert!(!rejected.is_empty(), "{what}: llvm-mc: {stderr}");
    let mut section = String::new();
    let mut out = String::new();
    for (k, line) in text.lines().enumerate() {
        if line == "\t.text" {
            section = ".text".into();
        } else if let Some(rest) = line.strip_prefix("\t.section\t") {
            section = rest.split(',').next().unwrap().to_string();
        }
        if !rejected.contains(&(k + 1)) {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let (insn, index) = line.split_once('#').unwrap();
        assert!(
            !insn.trim().starts_with('.'),
            "{what}: llvm-mc rejects `{line}`: {stderr}"
        );
        // `# N`, the slot (no function symbols), or `# N byte K`.
        let mut nums = index
            .split_whitespace()
            .filter_map(|w| w.parse::<usize>().ok());
        let at = 8 * nums.next().unwrap() + nums.next().unwrap_or(0);
        let code = section_bytes(obj, &section).unwrap();
        let len = if code[at] == 0x18 { 16 } else { 8 };
        for slot in code[at..at + len].chunks(8) {
            let v = u64::from_le_bytes(slot.try_into().unwrap());
            out.push_str(&format!("\t.8byte {v:#x}\n"));
        }
    }
    (out, rejected.len())
}

/// Bytes for a code section: valid encodings, random slots, no-op padding, ld_imm64 halves
/// and odd-sized runs, so that slots may start anywhere and a partial slot may end it.
fn random_code(rng: &mut Rng) -> Vec<u8> {
    let mut out = Vec::new();
    for _ in 0..rng.below(40) {
        match rng.below(12) {
            0..=5 => out.extend(RawInsn::slice_to_bytes(&random_insn(rng).encode())),
            6 => out.extend(rng.next_u64().to_le_bytes()),
            7 => out.extend(0x1500_0000u64.to_le_bytes()),
            8 => out.extend(&RawInsn::slice_to_bytes(&random_insn(rng).encode())[..8]),
            // Back onto slot boundaries now and then.
            9 => out.resize(out.len().div_ceil(8) * 8, 0),
            _ => out.extend((0..1 + rng.below(7)).map(|_| rng.next_u64() as u8)),
        }
    }
    out
}

fn symbol(name: String, section: usize, value: u64, rng: &mut Rng) -> Symbol {
    Symbol {
        name,
        section: Some(section),
        value,
        size: 0,
        kind: if rng.below(2) == 0 {
            SymbolKind::Func
        } else {
            SymbolKind::NoType
        },
        binding: if rng.below(3) == 0 {
            Binding::Global
        } else {
            Binding::Local
        },
        visibility: Default::default(),
    }
}

use isa::RawInsn;

/// An object with `.text` and a program section of random bytes, symbols at random offsets
/// (the program symbol at the start) and data relocations at random offsets.
fn random_object(rng: &mut Rng) -> Object {
    let mut obj = Object::default();
    let mut text = Section::new(".text", SectionKind::Code, 0x6, 4);
    text.data = random_code(rng);
    let mut prog = Section::new("sk_lookup", SectionKind::Code, 0x6, 8);
    prog.data = random_code(rng);
    obj.sections = vec![text, prog];
    obj.symbols.push(Symbol {
        name: "prog".into(),
        section: Some(1),
        value: 0,
        size: obj.sections[1].data.len() as u64,
        kind: SymbolKind::Func,
        binding: Binding::Global,
        visibility: Default::default(),
    });
    // Data relocations against an undefined symbol, at any offset.
    obj.symbols.push(Symbol {
        name: "ext".into(),
        section: None,
        value: 0,
        size: 0,
        kind: SymbolKind::NoType,
        binding: Binding::Global,
        visibility: Default::default(),
    });
    let mut taken: Vec<(usize, std::ops::Range<u64>)> = Vec::new();
    for _ in 0..rng.below(4) {
        let si = rng.below(2) as usize;
        let (kind, width) = rng.pick(&[(RelocKind::Bpf64Abs64, 8), (RelocKind::Bpf64Abs32, 4)]);
        let len = obj.sections[si].data.len() as u64;
        if len < width {
            continue;
        }
        let at = rng.below(len - width + 1);
        if taken
            .iter()
            .any(|(s, r)| *s == si && r.start < at + width && at < r.end)
        {
            continue;
        }
        taken.push((si, at..at + width));
        obj.sections[si].relocs.push(Reloc {
            offset: at,
            kind,
            target: RelocTarget::Symbol("ext".into()),
        });
    }
    for s in &mut obj.sections {
        s.relocs.sort_by_key(|r| r.offset);
    }
    // Symbols anywhere but inside a relocated word.
    for k in 0..rng.below(5) {
        let si = rng.below(2) as usize;
        let at = rng.below(obj.sections[si].data.len() as u64 + 1);
        if taken
            .iter()
            .any(|(s, r)| *s == si && r.start < at && at < r.end)
        {
            continue;
        }
        obj.symbols.push(symbol(format!("l{k}"), si, at, rng));
    }
    obj
}

#[test]
fn any_bytes_in_code_survive_disasm_and_build() {
    let mut rng = Rng::new(0xda7a_0001);
    // How often each form was printed: the property must have met them all.
    let mut seen = [0usize; 6];
    let forms = [
        "\t.8byte ",
        "\t.byte ",
        "\t.quad ext",
        "\t.long ext",
        "\tif ",
        "\tr",
    ];
    for k in 0..1500 {
        let obj = random_object(&mut rng);
        let bytes = elf::write(&obj).unwrap();
        let read = elf::read(&bytes).unwrap();
        let text = disasm::to_text(&read, None)
            .unwrap_or_else(|e| panic!("object {k}: disasm: {e}\n{obj:#?}"));
        let again = asm::assemble(&text)
            .unwrap_or_else(|e| panic!("object {k}: {}", asm::diag::render(&e, "d.s", &text)));
        let again = elf::write(&again).unwrap();
        assert_same_object(&again, &bytes, &[], &format!("object {k}:\n{text}"));
        for (n, form) in seen.iter_mut().zip(forms) {
            *n += text.matches(form).count();
        }
    }
    assert!(seen.iter().all(|&n| n > 20), "{forms:?}: {seen:?}");
}

/// Slots the kernel would read as instructions print as instructions, with the index the
/// verifier log gives them, whichever directive wrote them; the rest says why it is data.
#[test]
fn disasm_reads_raw_encodings_as_the_kernel_counts_them() {
    let src = "\t.section sk_lookup,\"ax\",@progbits\n\t.globl prog\n\t.type prog,@function\n\
               prog:\n\tr0 = 0\n\t.8byte 0x00000001000000b7\n\t.8byte 0\n\t.long 0x95, 0\n\
               \t.byte 7\n";
    let obj = asm::assemble(src).unwrap();
    let text = disasm::to_text(&obj, Some("sk_lookup")).unwrap();
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let want = [
        "r0 = 0                          # 0",
        "r0 = 1                          # 1",
        ".8byte 0x0000000000000000       # 2 (not an instruction: unknown opcode 0x00)",
        "exit                            # 3",
        ".byte 7                         # 4 (1 byte, not a whole slot)",
    ];
    for w in want {
        assert!(lines.contains(&w), "`{w}` missing from:\n{text}");
    }
    // The source map names the line of each raw encoding, as of each instruction.
    let map: Vec<(u32, u32)> = obj.sections[1]
        .source_map
        .iter()
        .map(|l| (l.offset, l.line))
        .collect();
    assert_eq!(map, [(0, 5), (8, 6), (16, 7), (24, 8), (32, 9)]);
}

/// Loads `obj` with `bpftool -d prog load` in a private mount namespace: Ok(verifier log) if
/// the kernel accepts it, Err(log) if not, or None (having said why) when that cannot run.
fn kernel_load(test: &str, obj: &[u8]) -> Option<Result<String, String>> {
    let is_root = std::fs::read_to_string("/proc/self/status")
        .is_ok_and(|s| s.lines().any(|l| l.starts_with("Uid:\t0\t")));
    let tool = |name: &str| {
        ["/usr/sbin", "/usr/bin", "/sbin", "/bin", "/usr/local/sbin"]
            .iter()
            .map(|d| format!("{d}/{name}"))
            .find(|p| std::path::Path::new(p).exists())
    };
    let (Some(bpftool), Some(unshare)) = (tool("bpftool"), tool("unshare")) else {
        skip(test, "bpftool or unshare not installed");
        return None;
    };
    if !is_root {
        skip(test, "not root");
        return None;
    }
    let dir = tempdir();
    let path = dir.join("p.o");
    std::fs::write(&path, obj).unwrap();
    let script = format!(
        "mount -t bpf bpf /sys/fs/bpf || exit 90; {bpftool} -d prog load {} /sys/fs/bpf/p type sk_lookup",
        path.display()
    );
    let out = std::process::Command::new(unshare)
        .args(["-m", "sh", "-c", &script])
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let log = String::from_utf8_lossy(&out.stderr).into_owned();
    match out.status.code() {
        Some(0) => Some(Ok(log)),
        Some(90) => {
            skip(test, &format!("cannot mount a bpffs: {}", log.trim()));
            None
        }
        _ if log.contains("Operation not permitted") => {
            skip(
                test,
                &format!("the kernel refuses BPF here: {}", log.trim()),
            );
            None
        }
        _ => Some(Err(log)),
    }
}

/// The `N: (op)` instruction lines of a verifier log.
fn verifier_insns(log: &str) -> std::collections::BTreeSet<(u64, u8)> {
    log.lines()
        .filter_map(|l| {
            let (n, rest) = l.split_once(": (")?;
            let op = u8::from_str_radix(rest.get(..2)?, 16).ok()?;
            Some((n.parse().ok()?, op))
        })
        .collect()
}

/// The live kernel reads raw encodings written as data as the instructions disasm prints at
/// the same indexes, and refuses what disasm prints as "not an instruction" (llvm-mc's
/// alignment no-op among them).
#[test]
fn the_kernel_reads_raw_encodings_as_disasm_does() {
    let test = "the_kernel_reads_raw_encodings_as_disasm_does";
    let accepted = "\t.program prog\n\t.8byte 0x00000001000000b7\n\tif r0 == 0 goto .Lout\n\
                    \t.4byte 0x000000b7, 0\n.Lout:\n\t.2byte 0x95, 0\n\t.byte 0, 0, 0, 0\n\
                    \t.license \"GPL\"\n";
    let obj = asm::assemble(accepted).unwrap();
    let Some(load) = kernel_load(test, &elf::write(&obj).unwrap()) else {
        return;
    };
    let log = load.unwrap_or_else(|log| panic!("the kernel refuses it:\n{log}"));
    let text = disasm::to_text(&obj, Some("sk_lookup")).unwrap();
    let insns = verifier_insns(&log);
    assert_eq!(insns.len(), 4, "{log}");
    for (n, op) in insns {
        assert_eq!(obj.sections[1].data[8 * n as usize], op, "{log}");
        let line = text
            .lines()
            .find(|l| l.ends_with(&format!("# {n}")))
            .unwrap_or_else(|| panic!("no instruction {n} in\n{text}"));
        assert!(!line.contains("byte"), "`{line}` for {n}: (${op:02x})");
    }

    let refused = "\t.program prog\n\tr0 = 1\n\t.p2align 4\n\texit\n\t.license \"GPL\"\n";
    let obj = asm::assemble(refused).unwrap();
    let Some(load) = kernel_load(test, &elf::write(&obj).unwrap()) else {
        return;
    };
    let log = load.expect_err("opcode 0 is no instruction");
    assert!(log.contains("unknown opcode 00"), "{log}");
    let text = disasm::to_text(&obj, Some("sk_lookup")).unwrap();
    assert!(
        text.contains("# 1 (not an instruction: unknown opcode 0x00)"),
        "{text}"
    );
    say!("data_in_code: the live kernel reads raw encodings as disasm prints them");
}
