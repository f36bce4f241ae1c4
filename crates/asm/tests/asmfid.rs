//! Assembly nobody has shown us: random, valid LLVM-syntax files (`common::asmgen`: every
//! instruction form, numbers in every base, labels of each kind, comments of each kind,
//! symbol and data directives with expressions, several sections) assembled by skasm and by
//! llvm-mc 19 and 14 must give the identical object file, byte for byte; and `disasm` of
//! llvm-mc's object must build back to the same sections, symbols and relocations.
//!
//! A few files per llvm-mc by default (seeded, a few seconds); `ASMFID_FILES=N` runs a
//! longer campaign and `ASMFID_SEED` picks another seed.
#![forbid(unsafe_code)]

#[macro_use]
mod common;
use common::asmgen::{coverage, random_source};
use common::*;
use std::collections::BTreeMap;

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Assembles `text` with skasm and llvm-mc (`target`) and compares the whole files; on a
/// difference the source is kept in a temporary file named in the panic.
fn compare_with_llvm_mc(mc: &std::path::Path, target: LlvmTarget, text: &str, what: &str) -> usize {
    let theirs = run_llvm_mc(mc, text, target.flags).unwrap_or_else(|e| {
        panic!(
            "{what}: llvm-mc {} refuses the generated file: {e}\n{text}",
            target.version
        )
    });
    let keep = || {
        let path = tempdir().join("asmfid.s");
        std::fs::write(&path, text).unwrap();
        path
    };
    let ours = match asm::assemble(text) {
        Ok(o) => asm::elf::write(&o).unwrap(),
        Err(e) => panic!(
            "{what}: skasm refuses what llvm-mc {} accepts ({}):\n{}",
            target.version,
            keep().display(),
            asm::diag::render(&e, "asmfid.s", text)
        ),
    };
    if ours != theirs {
        let path = keep();
        assert_same_object(&ours, &theirs, &[], &format!("{what} ({})", path.display()));
        panic!(
            "{what}: the objects differ outside sections, symbols and relocations (layout, \
             headers) ({})",
            path.display()
        );
    }
    let read = asm::elf::read(&theirs).unwrap();
    let listing = asm::disasm::to_text(&read, None).unwrap();
    let again = asm::assemble(&listing).unwrap_or_else(|e| {
        panic!(
            "{what}: disasm of llvm-mc's object does not build ({}):\n{}",
            keep().display(),
            asm::diag::render(&e, "disasm.s", &listing)
        )
    });
    assert_same_object(
        &asm::elf::write(&again).unwrap(),
        &theirs,
        &[],
        &format!("{what}: disasm -> build"),
    );
    objdump_agrees(&theirs, &listing, what)
}

fn campaign(target: LlvmTarget, default_files: u64) {
    let test = format!("generated_files_match_llvm_mc_{}", target.version);
    let Some(mc) = llvm_mc(target.version) else {
        return skip(&test, &format!("llvm-mc {} not installed", target.version));
    };
    let seed = env_u64("ASMFID_SEED", 0xa5f1d) ^ target.version as u64;
    let files = env_u64("ASMFID_FILES", default_files);
    let mut rng = Rng::new(seed);
    let (mut lines, mut seen, mut objdump) = (0, BTreeMap::new(), 0);
    for k in 0..files {
        let items = 40 + rng.below(80) as usize;
        let g = random_source(&mut rng, items, target);
        coverage(&g.text, &mut seen);
        lines += g.lines;
        objdump +=
            compare_with_llvm_mc(&mc, target, &g.text, &format!("file {k} (seed {seed:#x})"));
    }
    say!(
        "asmfid: {files} generated files ({lines} lines, seed {seed:#x}) byte-identical with llvm-mc {}, \
         disasm of each builds back, {objdump} slots as llvm-objdump 19 prints them; directives \
         and kinds: {seen:?}",
        target.version
    );
}

#[test]
fn generated_files_match_llvm_mc_19() {
    campaign(LLVM19, 8);
}

#[test]
fn generated_files_match_llvm_mc_14() {
    campaign(LLVM14, 4);
}

/// Each difference the generator or a probe found, as its own case: (what, source), compared
/// whole with llvm-mc 19 and, where it parses the file, 14.
const FOUND: &[(&str, &str)] = &[
    (
        "a leading 0 is octal (was read as decimal: a silent miscompile)",
        "\t.text\n\tr0 = 010\n\tr1 = *(u32 *)(r1 + 010)\n\tif r0 > 017 goto +010\n\texit\n\
         \t.data\n\t.long 010, -0777\n\t.zero 010\n",
    ),
    (
        "binary literals",
        "\t.text\n\tr0 = 0b101\n\tw1 = -0B11\n\texit\n\t.data\n\t.byte 0b11111111\n",
    ),
    (
        "character literals and their escapes",
        "\t.text\n\tr0 = 'a'\n\tr1 = '\\n'\n\tr2 = '\\0'\n\tr3 = '\\''\n\tr4 = '\\q'\n\
         \tr5 = '\\b'\n\tr6 = '\\\\'\n\texit\n\t.data\n\t.byte 'z', '\\t'\n",
    ),
    (
        "ld_imm64 of a symbol minus an offset: the second slot's immediate stays 0",
        "\t.text\n\tr1 = sym - 8 ll\n\tr2 = loc - 8 ll\n\tr3 = loc + 0x100000001 ll\n\texit\n\
         \t.data\n\t.zero 16\nloc:\n\t.quad 0\n",
    ),
    (
        "operators with GNU precedence, comparisons, logical shift right",
        "\t.data\n\t.quad 1 + 2 | 4, 2 * 3 + 1, -8 >> 1, -8 / 3, -8 % 3, 1 << 63, ~0, !0\n\
         \t.quad 6 ! 1, 5 ^ 3 & 1, 1 + 2 == 3, 3 - 1 - 1, 2 * (3 + 1), - -3, 3 > 2 > 1\n\
         \t.quad 1 && 2, 0 || 0, 1 <> 2, -1 < 0, 1 - 2 * 3 | 1, 1 << 64\n\
         \t.long (1 << 4) | 3, 0xffff & ~0xf\n\t.zero 2 * 3, 1 + 1\n",
    ),
    (
        ".set and .equ constants in later expressions",
        "\t.set .La, 5\n\t.equ .Lb, .La * 2 + 010\n\t.data\n\t.long .La, .Lb, (.La << 2) | 1, -.La\n\
         \t.zero .La - 3\n",
    ),
    (
        "`;` separates statements on one line",
        "\t.text\nf: r0 = 1; r1 = 2 ;r2 = 3;\n\texit ; .byte 1; .byte 2\n\
         \t.data\n\t.ascii \"a;b\" ; .byte 3\n",
    ),
    (
        "/* */ comments on a line, over lines, hiding `;`, `#` and instructions",
        "\t.text\n/* a\n   r0 = 1 ; .byte 7 # x\n*/\n\t/* lead */ r0 = 2 /* tail */\n\
         \tr1 = 3 // /* not a comment start\n\t.ascii \"/* in a string */\" # /*\n\
         \texit /* one */ /* two */\n",
    ),
    (
        "numeric labels and 1b/1f references",
        "\t.text\n1:\n\tr0 = 1\n\tif r0 > 2 goto 1b\n\tif r0 > 3 goto 1f\n\tgoto 2f\n1:\n\
         \tr0 = 2\n2:\n\tgoto 1b\n\tcall 1b\n\tr1 = 2b ll\n1: 2:\n\texit\n\t.data\n\t.quad 1b\n",
    ),
    (
        ".type spellings: quoted, without a comma, %",
        "\t.text\n\t.type a,\"function\"\n\t.type b @notype\n\t.type c,%object\n\t.type d,STT_FUNC\n\
         a:\nb:\nc:\nd:\n\texit\n",
    ),
    (
        ".ident and a quoted .section name are taken as written, escapes and all",
        "\t.section \"x\\\"y\\x41\",\"a\",@progbits\n\t.byte 1\n\t.ident \"a\\\"b\\n\"\n",
    ),
    (
        "a local symbol in a mergeable section is its own relocation target",
        "\t.text\n\tr1 = str - 22 ll\n\tr2 = str ll\n\texit\n\
         \t.section .rodata.str1.1,\"aMS\",@progbits,1\n\t.byte 0\nstr:\n\t.asciz \"x\"\n\
         \t.data\n\t.long str + 1\n\t.quad str\n",
    ),
    (
        "callx (LLVM's call through a register; the kernel refuses it)",
        "\t.text\n\tcallx r1\n\tcallx r10\n\texit\n",
    ),
    (
        "a section's name implies flags and type the directive's flags add to",
        "\t.section .data.cfg,\"a\",@progbits\n\t.byte 1\n\t.section .rodata.x,\"\"\n\t.byte 2\n\
         \t.section .bss.x,\"\"\n\t.zero 4\n\t.section .text.f,\"a\",@progbits\n\texit\n\
         \t.section .fini,\"\"\n\texit\n\t.section .data1,\"\"\n\t.byte 3\n",
    ),
    (
        "a name only .size gives is no symbol",
        "\t.data\n\t.size a, 8\n\t.size b, 4\n\t.type b,@object\n\t.size c, 2\n\t.long c\n",
    ),
    (
        "a directive name ends where name characters do",
        "\t.data\n\t.quad'w', 1\n\t.ascii\"ab\"\n",
    ),
    (
        "visibility: .hidden, .protected, .internal (also of undefined symbols)",
        "\t.text\n\t.globl f\n\t.hidden f\n\t.type f,@function\nf:\n\texit\n\t.protected g\n\
         \t.internal h\n\t.hidden und\n\tcall und\nh:\n\texit\n\t.data\n\t.hidden d\nd:\n\t.long 1\n",
    ),
    (
        "instruction operands that are expressions of literals",
        "\t.text\n\tr0 = 1 + 2 * 3\n\tgoto 2 - 1\n\tif w1 >= 0x4+0 goto +011%3\n\
         \tr6 = *(u8 *)(r4 + 1<<4)\n\tr1 = *(u32 *)(r1 - 7 + 3)\n\tr1 = 2 + 3 ll\n\
         \t*(u32 *)(r1 + 0) = 2 * 3\n\tr0 = 1 + -2\n\tr0 += 2 << 3\n\tcall 1 + 2\n\texit\n",
    ),
    (
        ".fill: the value's low 32 bits in each copy, zero beyond the fourth byte",
        "\t.data\n\t.fill 2, 8, 0x1122334455667788\n\t.fill 3, 2, 0x12345\n\t.fill 2\n\
         \t.fill 1, 3, 0xabcdef\n\t.fill 1, 5, 0x0102030405\n\t.fill 1, 9, 0\n\t.fill -1, 1, 0\n\
         \t.text\n\t.fill 1, 8, 0x95\n",
    ),
    (
        "the section stack: .pushsection, .popsection, .previous",
        "\t.data\n\t.byte 0\n\t.pushsection .rodata,\"a\"\n\t.byte 1\n\t.section .bss\n\t.zero 1\n\
         \t.popsection\n\t.byte 2\n\t.previous\n\t.byte 3\n\t.text\n\t.previous\n\t.byte 4\n",
    ),
    (
        ".p2align without an operand is ignored",
        "\t.data\n\t.byte 1\n\t.p2align\n\t.byte 2\n",
    ),
];

/// (what, source) llvm-mc 19 refuses: skasm refuses them too, its first error on the line
/// of llvm-mc's first error.
const REFUSED: &[(&str, &str)] = &[
    ("a register as a symbol", "\t.text\n\tr0 = r1 ll\n"),
    (
        "a second sign in an offset",
        "\t.text\n\tr1 = *(u64 *)(r10 + -8)\n",
    ),
    ("a call to a register", "\t.text\n\tcall r1\n"),
    ("unknown string escapes", "\t.data\n\t.ascii \"\\q\"\n"),
    ("an octal escape above 255", "\t.data\n\t.ascii \"\\777\"\n"),
    (
        "an unterminated /* */ comment",
        "\t.text\n\texit\n/* open\n",
    ),
    ("an empty data value", "\t.data\n\t.long 1,\n"),
    ("division by zero", "\t.data\n\t.long 1/0\n"),
    ("a symbol in a product", "\t.data\na:\n\t.long a*2\n"),
    (
        "a backward numeric label before any",
        "\t.text\n\tgoto 1b\n1:\n\texit\n",
    ),
    ("junk after .ident", "\t.ident \"x\" 5\n"),
    ("an argument to .addrsig", "\t.addrsig 1\n"),
    ("a bad name in .weak", "\t.weak fn-1\n"),
    ("a bad name in .addrsig_sym", "\t.addrsig_sym fn-1\n"),
    ("a bad name in .type", "\t.type f&,@function\n"),
    (
        "a fill after .zero's two arguments",
        "\t.data\n\t.zero 7, 1 .zero 2\n",
    ),
    ("a subsection that is not a number", "\t.text .text\n"),
    (
        "changed section flags",
        "\t.section .d,\"aw\",@progbits\n\t.byte 1\n\t.section .d,\"a\",@progbits\n",
    ),
    (
        "a literal with a digit its base lacks",
        "\t.text\n\tr0 = 08\n",
    ),
    (
        ".popsection without .pushsection",
        "\t.data\n\t.popsection\n",
    ),
    (
        ".previous with no section before",
        "\t.pushsection .x\n\t.popsection\n\t.previous\n",
    ),
    (".fill with an empty size", "\t.data\n\t.fill 1,,3\n"),
    (
        "an argument to .popsection",
        "\t.pushsection .x\n\t.popsection 1\n",
    ),
];

#[test]
fn refused_as_llvm_mc_refuses() {
    let Some(mc) = llvm_mc(19) else {
        return skip("refused_as_llvm_mc_refuses", "llvm-mc 19 not installed");
    };
    for (what, src) in REFUSED {
        let stderr = run_llvm_mc(&mc, src, LLVM19.flags)
            .err()
            .unwrap_or_else(|| panic!("{what}: llvm-mc 19 accepts it"));
        let errors = asm::assemble(src)
            .err()
            .unwrap_or_else(|| panic!("{what}: skasm accepts it"));
        let ours = errors.iter().map(|e| line_of(src, e.span.start)).min();
        assert_eq!(
            ours,
            llvm_error_line(&stderr),
            "{what}: first error line\n{stderr}"
        );
    }
    say!(
        "asmfid: {} inputs llvm-mc 19 refuses refused on the same line",
        REFUSED.len()
    );
}

#[test]
fn found_differences_match_llvm_mc() {
    let mut compared = [0, 0];
    for (i, version) in [19, 14].into_iter().enumerate() {
        let Some(mc) = llvm_mc(version) else {
            skip(
                "found_differences_match_llvm_mc",
                &format!("llvm-mc {version} not installed"),
            );
            continue;
        };
        let flags = if version == 19 {
            LLVM19.flags
        } else {
            LLVM14.flags
        };
        for (what, src) in FOUND {
            let theirs = match run_llvm_mc(&mc, src, flags) {
                Ok(o) => o,
                // LLVM 14 lacks some of it (callx); 19 must take every case.
                Err(e) if version == 14 => {
                    say!(
                        "asmfid: llvm-mc 14 refuses `{what}`: {}",
                        e.lines().next().unwrap_or("")
                    );
                    continue;
                }
                Err(e) => panic!("{what}: llvm-mc {version} refuses it: {e}"),
            };
            let ours = asm::assemble(src)
                .unwrap_or_else(|e| panic!("{what}:\n{}", asm::diag::render(&e, "t.s", src)));
            let ours = asm::elf::write(&ours).unwrap();
            if ours != theirs {
                assert_same_object(&ours, &theirs, &[], what);
                panic!("{what}: the files differ in layout");
            }
            compared[i] += 1;
        }
    }
    say!(
        "asmfid: {} found differences byte-identical with llvm-mc 19, {} with 14",
        compared[0],
        compared[1]
    );
}

/// A `/* */` comment open across the end of a block (the unit the per-line work runs on) is
/// blanked all the same, however the source is split; one left open is refused.
#[test]
fn block_comments_across_blocks() {
    let src = "\t.text\n\tr0 = 1 /* a comment\nover ; three\nlines */ r1 = 2\n\t\"/*\" \n";
    let src = &src.replace("\t\"/*\" \n", "\t.ascii \"/*\"\n");
    let whole = asm::elf::write(&asm::assemble(src).unwrap()).unwrap();
    let options = asm::AssembleOptions::default();
    for block in 1..src.len() {
        for threaded in [false, true] {
            let split = asm::lower::assemble_in_blocks(src, block, threaded, &options).unwrap();
            assert_eq!(
                asm::elf::write(&split).unwrap(),
                whole,
                "blocks of {block} bytes"
            );
        }
    }
    let open = "\t.text\n\tr0 = 1\n/* never closed\n\texit\n";
    let e = asm::assemble(open).unwrap_err();
    let text = asm::diag::render(&e, "t.s", open);
    assert!(
        text.contains("unterminated comment") && text.contains("t.s:3:1"),
        "{text}"
    );
}

/// One line of a generated file changed (a character deleted, inserted or doubled, a word
/// replaced by another of the file, a number made large): what llvm-mc 19 makes of it
/// against what skasm makes of it.
#[derive(Default, Debug)]
struct Mutants {
    both_accept_same: usize,
    both_accept_differ: Vec<String>,
    both_refuse: usize,
    /// Both refuse, and skasm's first error is on llvm-mc's first error line.
    same_line: usize,
    only_llvm_refuses: Vec<String>,
    only_skasm_refuses: Vec<String>,
}

fn mutate(rng: &mut Rng, text: &str) -> (String, usize) {
    let lines: Vec<&str> = text.lines().collect();
    let at = rng.below(lines.len() as u64) as usize;
    let line = lines[at];
    let b: Vec<char> = line.chars().collect();
    let pos = rng.below(b.len() as u64 + 1) as usize;
    let words: Vec<&str> = text.split_whitespace().collect();
    let new = match rng.below(5) {
        0 if !b.is_empty() => {
            let p = pos.min(b.len() - 1);
            b[..p].iter().chain(&b[p + 1..]).collect()
        }
        1 => {
            let c = rng.pick(&[
                ' ', ',', ';', ':', '#', '(', ')', '+', '-', '*', '=', '<', '>', '&', '|', '!',
                '~', '\'', '"', '/', '0', 'x', '1', 'r', 'w', '.', '@', '%', '\\',
            ]);
            let mut v = b.clone();
            v.insert(pos, c);
            v.into_iter().collect()
        }
        2 => {
            let w = words[rng.below(words.len() as u64) as usize];
            let mut s = line.to_string();
            if let Some(old) = line.split_whitespace().nth(rng.below(3) as usize) {
                s = s.replacen(old, w, 1);
            }
            s
        }
        3 => {
            let big = rng.pick(&[
                "0x1ffffffff",
                "70000",
                "-32769",
                "256",
                "0x8000",
                "99999999999999999999",
            ]);
            let digits = line.find(|c: char| c.is_ascii_digit());
            match digits {
                Some(d) => {
                    let end = line[d..]
                        .find(|c: char| !c.is_ascii_alphanumeric())
                        .map_or(line.len(), |e| d + e);
                    format!("{}{big}{}", &line[..d], &line[end..])
                }
                None => format!("{line} {big}"),
            }
        }
        _ => format!("{line}{line}"),
    };
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    out[at] = new;
    (out.join("\n") + "\n", at + 1)
}

/// The first `file:LINE:` llvm-mc's errors name.
fn llvm_error_line(stderr: &str) -> Option<usize> {
    let first = stderr.lines().find(|l| l.contains(": error:"))?;
    first.split(':').nth(1)?.parse().ok()
}

fn judge_mutant(mc: &std::path::Path, text: &str, line: usize, tally: &mut Mutants) {
    let theirs = run_llvm_mc(mc, text, LLVM19.flags);
    let ours =
        std::panic::catch_unwind(|| asm::assemble(text).map(|o| asm::elf::write(&o).unwrap()));
    let ours = ours.unwrap_or_else(|_| {
        let path = tempdir().join("mutant.s");
        std::fs::write(&path, text).unwrap();
        panic!("skasm panics on {}", path.display())
    });
    let keep = |what: &str| {
        let path = tempdir().join("mutant.s");
        std::fs::write(&path, text).unwrap();
        let changed = text.lines().nth(line - 1).unwrap_or("");
        format!("{what}: line {line} `{changed}` ({})", path.display())
    };
    match (theirs, ours) {
        (Ok(t), Ok(o)) if t == o => tally.both_accept_same += 1,
        (Ok(_), Ok(_)) => tally.both_accept_differ.push(keep("objects differ")),
        (Ok(_), Err(e)) => {
            let first = asm::diag::render(&e, "m.s", text);
            let first = first.lines().next().unwrap_or("").to_string();
            tally.only_skasm_refuses.push(keep(&first));
        }
        (Err(stderr), Ok(_)) => {
            let first = stderr.lines().next().unwrap_or("").to_string();
            tally.only_llvm_refuses.push(keep(&first));
        }
        (Err(stderr), Err(errors)) => {
            tally.both_refuse += 1;
            let ours_line = errors.iter().map(|e| line_of(text, e.span.start)).min();
            if ours_line.is_some() && ours_line == llvm_error_line(&stderr) {
                tally.same_line += 1;
            }
        }
    }
}

fn line_of(text: &str, at: usize) -> usize {
    1 + text.as_bytes()[..at.min(text.len())]
        .iter()
        .filter(|&&c| c == b'\n')
        .count()
}

#[test]
fn mutants_are_refused_alike() {
    let Some(mc) = llvm_mc(19) else {
        return skip("mutants_are_refused_alike", "llvm-mc 19 not installed");
    };
    let seed = env_u64("ASMFID_SEED", 0xa5f1d) ^ 0x77;
    let count = env_u64("ASMFID_MUTANTS", 30);
    let mut rng = Rng::new(seed);
    let mut tally = Mutants::default();
    let mut base = random_source(&mut rng, 60, LLVM19).text;
    for k in 0..count {
        if k % 20 == 19 {
            base = random_source(&mut rng, 60, LLVM19).text;
        }
        let (text, line) = mutate(&mut rng, &base);
        judge_mutant(&mc, &text, line, &mut tally);
    }
    say!(
        "asmfid: {count} mutants (seed {seed:#x}): {} accepted alike, {} refused by both ({} with \
         skasm's first error on llvm-mc's first error line), {} accepted by both but different, \
         {} refused only by llvm-mc, {} refused only by skasm",
        tally.both_accept_same,
        tally.both_refuse,
        tally.same_line,
        tally.both_accept_differ.len(),
        tally.only_llvm_refuses.len(),
        tally.only_skasm_refuses.len()
    );
    let lists = [
        ("differ", &tally.both_accept_differ),
        ("only llvm-mc refuses", &tally.only_llvm_refuses),
        ("only skasm refuses", &tally.only_skasm_refuses),
    ];
    for (what, list) in lists {
        for l in list.iter().take(12) {
            say!("asmfid: {what}: {l}");
        }
    }
    // The default sample must agree; a campaign (ASMFID_MUTANTS) reports what it finds,
    // the known differences among it (README, "What skasm does not follow").
    if std::env::var_os("ASMFID_MUTANTS").is_none() {
        assert!(lists.iter().all(|(_, l)| l.is_empty()), "{tally:?}");
    }
}

/// `text` with every hexadecimal number (`0x1f`, `-0x1`) written in decimal, `<...>`
/// annotations dropped and `wN` read as `rN`: llvm-objdump's spelling brought to the
/// printer's (which register name a narrow load, store or atomic prints depends on
/// llvm-objdump's `--mcpu`; the bytes are the same and compared elsewhere).
fn decimal(text: &str) -> String {
    let text = match text.rfind(" <") {
        Some(at) if text.ends_with('>') => &text[..at],
        _ => text,
    };
    let text = words_as_registers(text);
    let mut out = String::new();
    let mut rest = text.as_str();
    while let Some(at) = rest.find("0x") {
        let digits = rest[at + 2..]
            .find(|c: char| !c.is_ascii_hexdigit())
            .map_or(rest.len() - at - 2, |n| n);
        let v = u64::from_str_radix(&rest[at + 2..at + 2 + digits], 16).unwrap_or(0);
        // An `ld_imm64` llvm-objdump prints signed, the printer as the unsigned 64 bits.
        let negative_wide = rest[..at].ends_with('-') && text.ends_with(" ll");
        let (head, v) = if negative_wide {
            (&rest[..at - 1], 0u64.wrapping_sub(v))
        } else {
            (&rest[..at], v)
        };
        out.push_str(head);
        out.push_str(&v.to_string());
        rest = &rest[at + 2 + digits..];
    }
    out.push_str(rest);
    out
}

fn words_as_registers(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::new();
    for (i, &c) in b.iter().enumerate() {
        let starts_word = i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_');
        let digit_next = b.get(i + 1).is_some_and(u8::is_ascii_digit);
        out.push(if c == b'w' && starts_word && digit_next {
            'r'
        } else {
            c as char
        });
    }
    out
}

/// Each instruction `disasm` prints with a number (its slot index) is the one llvm-objdump 19
/// prints at that index of that section, numbers and register width aside; a slot
/// llvm-objdump calls `<unknown>` is data in `disasm` too. Calls and targets named by
/// labels or symbols are left out (llvm-objdump prints offsets). Returns how many slots were
/// compared.
fn objdump_agrees(object: &[u8], listing: &str, what: &str) -> usize {
    let Some(objdump) = [
        "/usr/bin/llvm-objdump-19",
        "/usr/lib/llvm-19/bin/llvm-objdump",
    ]
    .into_iter()
    .find(|p| std::path::Path::new(p).exists()) else {
        return 0;
    };
    let path = tempdir().join("o.o");
    std::fs::write(&path, object).unwrap();
    let out = std::process::Command::new(objdump)
        .args(["-d", "--no-show-raw-insn", "--mcpu=v4"])
        .arg(&path)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    std::fs::write(path.with_extension("objdump"), text.as_bytes()).unwrap();
    std::fs::write(path.with_extension("listing"), listing).unwrap();
    let what = &format!("{what} ({})", path.display());
    let mut theirs = std::collections::HashMap::new();
    // Where each block llvm-objdump heads with a symbol starts, in slots: `disasm` counts
    // slots from each function, as the kernel's logs do.
    let mut starts = std::collections::HashMap::new();
    let mut section = String::new();
    for line in text.lines() {
        if let Some(name) = line.strip_prefix("Disassembly of section ") {
            section = name.trim_end_matches(':').to_string();
        } else if let Some((addr, name)) = line.strip_suffix(">:").and_then(|l| l.split_once(" <"))
        {
            let at = u64::from_str_radix(addr, 16).unwrap_or(0) as usize / 8;
            starts.insert((section.clone(), name.to_string()), at);
        } else if let Some((n, t)) = line.trim_start().split_once(":\t") {
            if let Ok(n) = n.parse::<usize>() {
                theirs.insert((section.clone(), n), t.trim().to_string());
            }
        }
    }
    let mut compared = 0;
    section.clear();
    let mut base = 0;
    for line in listing.lines() {
        if line == "\t.text" {
            (section, base) = (".text".into(), 0);
        } else if let Some(rest) = line.strip_prefix("\t.section\t") {
            let name = rest.split(',').next().unwrap_or("");
            (section, base) = (name.trim_matches('"').to_string(), 0);
        } else if let Some(label) = line.strip_suffix(':') {
            let key = (section.clone(), label.trim_matches('"').to_string());
            base = starts.get(&key).copied().unwrap_or(base);
        }
        let Some((ours, comment)) = line.split_once("# ") else {
            continue;
        };
        let ours = ours.trim();
        let Some(n) = comment
            .split_whitespace()
            .next()
            .and_then(|n| n.parse::<usize>().ok())
        else {
            continue;
        };
        let n = base + n;
        let Some(theirs) = theirs.get(&(section.clone(), n)) else {
            continue;
        };
        let data = ours.starts_with('.');
        if data || theirs == "<unknown>" {
            assert_eq!(
                data,
                theirs == "<unknown>",
                "{what}: {section} slot {n}: `{ours}` / `{theirs}`"
            );
            compared += 1;
            continue;
        }
        if ours.starts_with("call") || names_a_symbol(ours) {
            continue;
        }
        assert_eq!(
            decimal(ours),
            decimal(theirs),
            "{what}: {section} slot {n}: `{theirs}`"
        );
        compared += 1;
    }
    // Kept (object, listing, llvm-objdump's text) only when a slot differs.
    let _ = std::fs::remove_dir_all(path.parent().expect("a temporary directory"));
    compared
}

/// A jump to a label or an `ld_imm64` of a symbol (not of a number).
fn names_a_symbol(insn: &str) -> bool {
    let target = insn
        .split_once(" goto ")
        .map(|(_, t)| t)
        .or_else(|| {
            insn.strip_suffix(" ll")
                .and_then(|i| i.split_once(" = "))
                .map(|(_, v)| v)
        })
        .or_else(|| {
            insn.strip_prefix("goto ")
                .or_else(|| insn.strip_prefix("gotol "))
        });
    target.is_some_and(|t| {
        let t = t.trim_start_matches(['-', '+']);
        !t.starts_with(|c: char| c.is_ascii_digit())
    })
}
