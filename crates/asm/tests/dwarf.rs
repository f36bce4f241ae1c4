//! The DWARF tables llvm-mc generates from `.file N`, `.loc` and `.cfi_*` (line table, call
//! frames): hand-written and generated inputs assemble to objects byte-identical to llvm-mc 14's
//! (and 19's, which agrees on all of them), and the directives llvm-mc refuses are refused.
#![forbid(unsafe_code)]

#[macro_use]
mod common;
use common::*;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The llvm-mc versions to compare with: 14 (clang-14 wrote the corpus) and 19 when present.
fn assemblers(test: &str) -> Vec<(u32, PathBuf)> {
    let found: Vec<(u32, PathBuf)> = [14, 19]
        .into_iter()
        .filter_map(|v| llvm_mc(v).map(|p| (v, p)))
        .collect();
    if found.is_empty() {
        skip(
            test,
            "llvm-mc 14 and 19 not installed (apt-get install llvm-14)",
        );
    }
    found
}

/// Assembles `src` with skasm and each llvm-mc; the objects must be identical byte for byte.
fn same(mcs: &[(u32, PathBuf)], src: &str, what: &str) {
    let ours = match assemble_like_llvm_mc(src) {
        Ok(o) => asm::elf::write(&o).unwrap(),
        Err(e) => panic!("{what}:\n{}\n{src}", asm::diag::render(&e, what, src)),
    };
    for (v, mc) in mcs {
        let theirs =
            run_llvm_mc(mc, src, &[]).unwrap_or_else(|e| panic!("{what}: llvm-mc {v}: {e}\n{src}"));
        let label = format!("{what} (llvm-mc {v})");
        if ours != theirs {
            say!("{label}: the input:\n{src}");
        }
        assert_same_object(&ours, &theirs, &[], &label);
        assert!(ours == theirs, "{label}: the files differ in layout\n{src}");
    }
}

/// Hand-written inputs, each aimed at one rule.
const CASES: &[(&str, &str)] = &[
    (
        "two code sections, rows in each, sequences in order of first row",
        r#"	.file 0 "/src" "main.c" md5 0x0123456789abcdef0123456789abcdef
	.file 1 "/usr/include" "x.h" md5 0xfedcba9876543210fedcba9876543210
	.section sk_lookup,"ax",@progbits
	.loc 0 10 3 prologue_end
	r0 = 0
	.loc 1 4 1
	r1 = r0
	.text
	.loc 0 20 0
	r0 = 1
	exit
	.section sk_lookup,"ax",@progbits
	.loc 0 11 5 is_stmt 0
	exit
"#,
    ),
    (
        "files without md5, inconsistent md5, directories split and shared",
        r#"	.file 0 "/src" "main.c"
	.file 1 "/src" "a.h" md5 0x1
	.file 2 "" "sub/b.h"
	.file 3 "/abs/c.h"
	.file 4 "/src/" "d.h"
	.file 5 "/src" "/z/e.h"
	.file 6 "sub" "f.h"
	.file 7 "/abs/" "g/"
	.loc 2 1 1
	r0 = 0
	.loc 6 2 2
	exit
"#,
    ),
    (
        "a file repeating the root file is the root file; names are shared strings",
        r#"	.file 0 "/src" "main.c" md5 0x5
	.file 1 "/elsewhere" "main.c" md5 0x5
	.file 1 "/src" "main.c" md5 0x6
	.file 2 "/src" "main.c" md5 0x7
	.loc 1 3 0
	r0 = 0
	.loc 2 4 0
	exit
"#,
    ),
    (
        "embedded source",
        r#"	.file 0 "/src" "main.c" source "int main;\n"
	.file 1 "/src" "a.h" source ""
	.loc 1 1 1
	r0 = 0
	exit
"#,
    ),
    (
        "DWARF 4 without .file 0",
        r#"	.file "main.c"
	.file 1 "/src" "main.c"
	.file 2 "/usr/include/linux" "bpf.h" md5 0x1234
	.file 3 "inc/x.h"
	.text
	.loc 1 5 2
	r0 = 0
	.loc 3 7 1 is_stmt 0
	exit
"#,
    ),
    (
        "only .file directives: a header without rows",
        r#"	.file 0 "/src" "main.c" md5 0x1
	.file 1 "/src" "a.h" md5 0x2
	r0 = 0
	exit
"#,
    ),
    (
        "flags: is_stmt persists, the others do not; discriminator and isa",
        r#"	.file 1 "/src" "a.c"
	.loc 1 1 1 is_stmt 0
	r0 = 0
	.loc 1 2 1
	r0 = 0
	.loc 1 2 4 is_stmt 1 prologue_end epilogue_begin basic_block
	r0 = 0
	.loc 1 2 4 discriminator 3 isa 2
	r0 = 0
	.loc 1 2 4 discriminator 3
	r0 = 0
	.loc 1 2 4 discriminator -1 isa 300 is_stmt 1-1
	r0 = 0
	.loc 1 0x10 010 is_stmt 0x1 discriminator 1+1
	r0 = 0
	.loc 1 4294967301 70000
	exit
"#,
    ),
    (
        "line jumps: negative, beyond the special range, zero",
        r#"	.file 1 "/src" "a.c"
	.loc 1 100 0
	r0 = 0
	.loc 1 95 0
	r0 = 0
	.loc 1 94 0
	r0 = 0
	.loc 1 102 0
	r0 = 0
	.loc 1 111 0
	r0 = 0
	.loc 1 0 0
	r0 = 0
	.loc 1 1000000 0
	r0 = 0
	.loc 1 1 0
	exit
"#,
    ),
    (
        "pending .loc: two in a row, dropped by a section change, none after the last",
        r#"	.file 1 "/src" "a.c"
	.loc 1 1 1
	.loc 1 2 2
	r0 = 0
	.loc 1 3 3
	.text
	r0 = 0
	.loc 1 4 4
	.section .rodata,"a",@progbits
	.byte 1
	.text
	.loc 1 5 5
lab:
	.p2align 3
	r0 = 0
	.loc 1 6 6
	.ident "x"
	r0 = 0
	.loc 1 7 7
	exit
	.loc 1 8 8
"#,
    ),
    (
        "data takes a pending .loc, fills do not; address deltas not a multiple of 8",
        r#"	.file 1 "/src" "a.c"
	.section .rodata,"a",@progbits
	.loc 1 1 1
	.zero 3
	.loc 1 2 2
	.byte 1, 2, 3
	.loc 1 3 3
	.long 5
	.loc 1 4 4
	.ascii "abcdefghijklmnopq"
	.loc 1 5 5
	.uleb128 300
	.loc 1 6 6
	.asciz "z"
	.loc 1 7 7
	.quad 9
	.section .data,"aw",@progbits
	.loc 1 8 8
	.short 1
	.text
	r0 = 0
"#,
    ),
    (
        "clang-like functions with .debug_frame",
        r#"	.text
	.file	"f.c"
	.file	0 "/src" "f.c" md5 0x00112233445566778899aabbccddeeff
	.section	sk_lookup,"ax",@progbits
	.globl	one
	.p2align	3
	.type	one,@function
one:
.Lfunc_begin0:
	.loc	0 3 0
	.cfi_sections .debug_frame
	.cfi_startproc
	r0 = 1
	.loc	0 4 2 prologue_end
	exit
.Lfunc_end0:
	.size	one, .Lfunc_end0-one
	.cfi_endproc
	.text
	.p2align	3
	.type	two,@function
two:
	.loc	0 8 0
	.cfi_startproc
	r0 = 2
	exit
	.cfi_endproc
	.section	sk_lookup,"ax",@progbits
	.globl	three
three:
	.loc	0 12 0
	.cfi_startproc
	r0 = 3
	r0 = 3
	exit
	.cfi_endproc
"#,
    ),
    (
        ".eh_frame by default, CIEs per kind of frame, simple frames after the others",
        r#"	.cfi_startproc simple
	r0 = 0
	.cfi_def_cfa_offset 16
	r0 = 0
	.cfi_endproc
	.cfi_startproc
	.cfi_offset 6, -8
	r0 = 0
	exit
	.cfi_endproc
	.cfi_startproc simple
	exit
	.cfi_endproc
"#,
    ),
    (
        "both frame sections, the last .cfi_sections counts",
        r#"	.cfi_sections .debug_frame
	.cfi_sections .eh_frame, .debug_frame
	.cfi_startproc simple
	r0 = 0
	.cfi_endproc
	.cfi_startproc
	r0 = 0
	.cfi_def_cfa_offset 8
	.cfi_endproc
"#,
    ),
    (
        "no frame sections",
        r#"	.cfi_sections
	.cfi_startproc
	r0 = 0
	.cfi_endproc
	.cfi_sections .foo
"#,
    ),
    (
        "CFI instructions: factored and extended forms",
        r#"	.cfi_sections .debug_frame
	.cfi_startproc
	.cfi_def_cfa_offset -16
	.cfi_offset 6, -9
	.cfi_offset 7, 5
	.cfi_offset 70, 8
	.cfi_offset 100, -400
	r0 = 0
	.cfi_endproc
"#,
    ),
    (
        "frame sections appended to existing contents",
        r#"	.section .debug_frame,"",@progbits
	.byte 1, 2, 3
	.cfi_sections .debug_frame
	.text
	.cfi_startproc
	r0 = 0
	.cfi_endproc
"#,
    ),
    (
        "line table after hand-written .debug_line contents",
        r#"	.file 1 "/src" "a.c"
	.section .debug_line,"",@progbits
	.byte 7
.Lline_table_start0:
	.text
	.loc 1 2 3
	r0 = 0
	.section .debug_info,"",@progbits
	.long .Lline_table_start0
"#,
    ),
    (
        "root file in the working directory; the last .file 0 counts",
        r#"	.file 0 "/d" "first.c"
	.file 0 "" "a.c" md5 0x1
	.file 1 "" "b.c" md5 0x2
	.loc 1 1 1
	r0 = 0
"#,
    ),
    (
        "root file named by one string",
        r#"	.file 0 "dir/a.c"
	.loc 0 1 1
	r0 = 0
"#,
    ),
    (
        "root file without a name: file 1 stands in",
        r#"	.file 0 "/d" ""
	.file 1 "/d" "b.c"
	.loc 0 1 1
	r0 = 0
"#,
    ),
    (
        "root file without a name and no other file",
        r#"	.file 0 "/d" ""
	.loc 0 1 1
	r0 = 0
"#,
    ),
    (
        "escapes in names, a file without a name, the last md5 counts",
        r#"	.file 1 "/d" "a\tb\303\251.c" md5 0x1 md5 0x2
	.file 2 "/d" ""
	.loc 1 2 3
	r0 = 0
	.loc 2 2 3
	r0 = 0
"#,
    ),
    (
        "rows in .bss",
        r#"	.file 1 "/d" "a.c"
	.section .bss,"aw",@nobits
	.loc 1 3 3
	.byte 0
	.loc 1 4 3
	.long 0
	.text
	r0 = 0
"#,
    ),
    (
        ".debug_line_str with contents already (llvm-mc's references ignore them)",
        r#"	.section .debug_line_str,"MS",@progbits,1
	.asciz "pre"
	.text
	.file 0 "/d" "a.c"
	.loc 0 1 1
	r0 = 0
"#,
    ),
];

/// Where LLVM 19 differs from 14: it keeps 64 bits of a `.cfi_def_cfa_offset` (LLVM 14 keeps
/// 32, as skasm does).
const CASES_14: &[(&str, &str)] = &[(
    "CFA offsets beyond 32 bits",
    r#"	.cfi_sections .debug_frame
	.cfi_startproc
	r0 = 0
	.cfi_def_cfa_offset 4294967312
	.cfi_endproc
"#,
)];

#[test]
fn hand_written_inputs_match_llvm_mc() {
    let mcs = assemblers("hand_written_inputs_match_llvm_mc");
    for (what, src) in CASES {
        same(&mcs, src, what);
    }
    let mcs: Vec<_> = mcs.into_iter().filter(|(v, _)| *v == 14).collect();
    for (what, src) in CASES_14 {
        same(&mcs, src, what);
    }
}

/// Instruction runs long enough for every kind of address advance in both tables: special
/// opcodes, DW_LNS_const_add_pc, DW_LNS_advance_pc, DW_CFA_advance_loc1/2/4.
#[test]
fn long_advances_match_llvm_mc() {
    let mcs = assemblers("long_advances_match_llvm_mc");
    for run in [
        1, 16, 17, 18, 20, 35, 63, 64, 255, 256, 272, 273, 300, 65535, 65536, 70000,
    ] {
        let mut s = String::from(
            "\t.file 1 \"/src\" \"a.c\"\n\t.cfi_sections .debug_frame\n\t.cfi_startproc\n",
        );
        for (k, line) in [(1, 7), (2, 6), (3, 30), (4, 1)] {
            let _ = writeln!(s, "\t.loc 1 {line} {k}\n\t.cfi_def_cfa_offset {k}");
            for _ in 0..run {
                s.push_str("\tr0 = 0\n");
            }
        }
        s.push_str("\t.cfi_endproc\n");
        same(&mcs, &s, &format!("runs of {run} instructions"));
    }
}

/// clang's own output, with the `.debug_line` section it opens removed: llvm-mc then creates
/// the section itself, after `.debug_frame`.
#[test]
fn clang_assembly_without_debug_line_matches_llvm_mc() {
    let mcs = assemblers("clang_assembly_without_debug_line_matches_llvm_mc");
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/c");
    for path in files_with_ext(&dir, "s") {
        let text = std::fs::read_to_string(&path).unwrap();
        let cut = text
            .find("\t.section\t.debug_line,")
            .expect("clang opens .debug_line");
        let mut src = text[..cut].to_string();
        src.push_str(&text[cut..].replacen(".Lline_table_start0:", "", 1));
        let src = src.replacen("\t.section\t.debug_line,\"\",@progbits\n", "", 1);
        let src = src.replace("\t.long\t.Lline_table_start0", "\t.long\t0");
        same(&mcs, &src, &path.display().to_string());
    }
}

/// Generated inputs: random files, rows, flags, line and address jumps, sections, data and
/// frames.
#[test]
fn generated_inputs_match_llvm_mc() {
    let mcs = assemblers("generated_inputs_match_llvm_mc");
    if mcs.is_empty() {
        return;
    }
    let mut rng = Rng::new(0xd3a7f);
    for n in 0..100 {
        let src = generate(&mut rng);
        same(&mcs, &src, &format!("generated input {n}"));
    }
}

fn generate(rng: &mut Rng) -> String {
    let mut s = String::new();
    let v5 = rng.chance(2, 3);
    let md5 = rng.below(3);
    let md5_of = |rng: &mut Rng, k: usize| match md5 {
        0 => String::new(),
        1 => format!(" md5 0x{:x}{:016x}", rng.next_u64(), k),
        _ if rng.chance(1, 2) => format!(" md5 {}", rng.below(1000)),
        _ => String::new(),
    };
    let dirs = ["/src", "/src/", "/usr/include", "inc", ""];
    let names = ["a.c", "b.h", "sub/c.h", "/abs/d.h", "a.c"];
    if v5 {
        let m = md5_of(rng, 0);
        let _ = writeln!(s, "\t.file 0 \"/src\" \"main.c\"{m}");
    }
    let files = 1 + rng.below(4) as usize;
    for k in 1..=files {
        let (d, f, m) = (rng.pick(&dirs), rng.pick(&names), md5_of(rng, k));
        let _ = writeln!(s, "\t.file {k} \"{d}\" \"{f}{k}\"{m}");
    }
    let frames = rng.pick(&["", ".debug_frame", ".eh_frame", ".eh_frame, .debug_frame"]);
    if !frames.is_empty() {
        let _ = writeln!(s, "\t.cfi_sections {frames}");
    }
    let code = [".text", "sk_lookup", ".text.two"];
    let mut line: i64 = 1;
    for _ in 0..1 + rng.below(4) {
        let sec = rng.pick(&code);
        let _ = writeln!(s, "\t.section {sec},\"ax\",@progbits");
        let cfi = rng.chance(2, 3);
        if cfi {
            let simple = if rng.chance(1, 4) { " simple" } else { "" };
            let _ = writeln!(s, "\t.cfi_startproc{simple}");
        }
        for _ in 0..rng.below(12) {
            match rng.below(10) {
                0..=3 => {
                    let file = rng.below(files as u64 + 1).max(!v5 as u64);
                    line = match rng.below(6) {
                        0 => rng.below(3) as i64,
                        1 => line + rng.range(-40, 40),
                        2 => line + rng.range(-6, 9),
                        3 => rng.below(1 << 20) as i64,
                        _ => line + rng.range(0, 3),
                    }
                    .max(0);
                    let _ = write!(s, "\t.loc {file} {line} {}", rng.below(80));
                    for flag in ["prologue_end", "epilogue_begin", "basic_block"] {
                        if rng.chance(1, 8) {
                            let _ = write!(s, " {flag}");
                        }
                    }
                    if rng.chance(1, 3) {
                        let _ = write!(s, " is_stmt {}", rng.below(2));
                    }
                    if rng.chance(1, 6) {
                        let _ = write!(s, " discriminator {}", rng.below(300));
                    }
                    if rng.chance(1, 10) {
                        let _ = write!(s, " isa {}", rng.below(3));
                    }
                    s.push('\n');
                }
                4..=6 => {
                    let n = match rng.below(8) {
                        0 => 16 + rng.below(4),
                        1 => 200 + rng.below(400),
                        _ => 1 + rng.below(4),
                    };
                    for _ in 0..n {
                        s.push_str(rng.pick(&["\tr0 = 0\n", "\tr1 = 5 ll\n", "\tw2 += 1\n"]));
                    }
                }
                7 if cfi => {
                    if rng.chance(1, 2) {
                        let _ = writeln!(s, "\t.cfi_def_cfa_offset {}", rng.range(-64, 512));
                    } else {
                        let (reg, off) = (rng.below(80), rng.range(-100, 100));
                        let _ = writeln!(s, "\t.cfi_offset {reg}, {off}");
                    }
                }
                8 => {
                    let data = rng.pick(&[".rodata,\"a\"", ".data,\"aw\"", ".debug_x,\"\""]);
                    let _ = writeln!(s, "\t.section {data},@progbits");
                    if rng.chance(1, 2) {
                        let _ = writeln!(s, "\t.loc {} {line} 1", !v5 as u8);
                    }
                    let value = rng.pick(&["\t.byte 1, 2\n", "\t.long 7\n", "\t.ascii \"xyz\"\n"]);
                    s.push_str(value);
                    let _ = writeln!(s, "\t.section {sec},\"ax\",@progbits");
                }
                _ => s.push_str("\texit\n"),
            }
        }
        s.push_str("\texit\n");
        if cfi {
            s.push_str("\t.cfi_endproc\n");
        }
    }
    s
}

/// Directives llvm-mc refuses: skasm refuses them too, with a bad-directive diagnostic on the
/// same line when llvm-mc names one.
#[test]
fn refused_like_llvm_mc() {
    let mcs = assemblers("refused_like_llvm_mc");
    let cases = [
        ".loc 0 1 1",
        ".loc 2 1 1",
        ".loc",
        ".loc 1, 2",
        ".loc 1 -2",
        ".loc 1 2 -3",
        ".loc 1 2 3 4",
        ".loc 1 2 3 foo",
        ".loc 1 2 3 is_stmt 2",
        ".loc 1 2 3 is_stmt x",
        ".loc 1 2 3 is_stmt",
        ".loc 1 2 3 isa -1",
        ".loc 1 2 3 discriminator",
        ".loc 1 2 3 discriminator foo",
        ".loc 99999999999999999999",
        ".file 2 \"a.c\" md5 0x123456789012345678901234567890123",
        ".file 2 \"a\" \"b\" md5",
        ".file -1 \"a\"",
        ".file 2",
        ".file",
        ".file 2 \"a\" \"b\" \"c\"",
        ".file 2 \"a\" \"b\" foo",
        ".file \"x\" md5 0x1",
        ".file \"x\" \"y\"",
        ".file 1 \"/d\" \"a.c\"",
        ".file 3 \"/d\" \"c.c\"",
        ".file 4294967297 \"b\"",
        ".file 99999999999 \"a\"",
        ".cfi_endproc",
        ".cfi_startproc\n.cfi_startproc\nr0 = 0\n.cfi_endproc\n.cfi_endproc",
        ".cfi_startproc\nr0 = 0",
        ".cfi_startproc\nr0 = 0\n.section .foo,\"ax\"\nr0 = 0\n.cfi_endproc",
        ".cfi_startproc foo\n.cfi_endproc",
        ".cfi_startproc\n.cfi_endproc foo",
        ".cfi_sections .debug_frame .eh_frame",
        ".cfi_def_cfa_offset 8",
        ".cfi_startproc\n.cfi_def_cfa_offset x\n.cfi_endproc",
        ".cfi_startproc\n.cfi_offset r6, -8\n.cfi_endproc",
        ".cfi_startproc\n.cfi_offset 6 -8\n.cfi_endproc",
    ];
    let only_14 = [
        // LLVM 19 lets some files have embedded source and others not.
        ".file 2 \"b.c\" source \"x\"",
    ];
    for (case, v14) in cases
        .iter()
        .map(|c| (c, false))
        .chain(only_14.iter().map(|c| (c, true)))
    {
        let src = format!("\t.file 1 \"/d\" \"a.c\"\n{case}\n\tr0 = 0\n\texit\n");
        let lines = src.lines().count();
        for (v, mc) in mcs.iter().filter(|(v, _)| !v14 || *v == 14) {
            let Err(theirs) = run_llvm_mc(mc, &src, &[]) else {
                panic!("llvm-mc {v} accepts {case:?}");
            };
            let errors = assemble_like_llvm_mc(&src).expect_err(case);
            assert!(
                errors
                    .iter()
                    .all(|e| e.code == asm::ErrorCode::BadDirective),
                "{case:?}: {errors:?}"
            );
            // llvm-mc places some errors at the start of the next statement.
            if let Some(line) = first_error_line(&theirs).filter(|&l| l <= lines) {
                let ours = asm::diag::line_col(&src, errors[0].span.start).0;
                assert!(
                    line == ours || line == ours + 1,
                    "{case:?}: skasm says line {ours}, llvm-mc {v} says\n{theirs}"
                );
            }
        }
    }
}

/// The line of llvm-mc's first `FILE:LINE:COL: error:`.
fn first_error_line(stderr: &str) -> Option<usize> {
    let l = stderr.lines().find(|l| l.contains(": error:"))?;
    let mut parts = l.split(':');
    let file = parts.next()?;
    Path::new(file).extension()?;
    parts.next()?.parse().ok()
}
