//! Every valid encoding prints text that the assembler reads back to the same bytes, and
//! generated programs assemble to exactly what llvm-mc makes of the same text.
#![forbid(unsafe_code)]

mod common;
use common::*;
use isa::RawInsn;

fn assemble_text(text: &str) -> Vec<u8> {
    let src = format!(".text\n{text}\n");
    match asm::assemble(&src) {
        Ok(o) => o.sections[0].data.clone(),
        Err(e) => panic!(
            "`{text}` does not assemble: {}",
            asm::diag::render(&e, "t.s", &src)
        ),
    }
}

#[test]
fn every_valid_encoding_prints_text_that_parses_back() {
    let mut rng = Rng::new(0x5eed_0001);
    let mut count = 0;
    // Exhaustive over opcode bytes with sampled fields, then random draws.
    for _ in 0..20_000 {
        let insn = random_insn(&mut rng);
        let text = insn.to_string();
        let bytes = assemble_text(&text);
        let expected = RawInsn::slice_to_bytes(&insn.encode());
        assert_eq!(bytes, expected, "`{text}` ({insn:?})");
        count += 1;
    }
    assert_eq!(count, 20_000);
}

#[test]
fn generated_programs_match_llvm_mc_19() {
    let Some(mc) = llvm_mc(19) else {
        return skip(
            "generated_programs_match_llvm_mc_19",
            "llvm-mc 19 not installed (apt-get install llvm-19)",
        );
    };
    let mut rng = Rng::new(0x5eed_0019);
    let mut total = 0;
    for prog in 0..20 {
        let mut text = String::from(".text\n");
        let mut n = 0;
        while n < 250 {
            let insn = random_insn(&mut rng);
            if !llvm19_can_parse(&insn) {
                continue;
            }
            text.push_str(&format!("  {insn}\n"));
            n += 1;
        }
        let ours = asm::assemble(&text)
            .unwrap_or_else(|e| panic!("{}", asm::diag::render(&e, "gen.s", &text)));
        let theirs = run_llvm_mc(&mc, &text, &["-mcpu=v4"])
            .unwrap_or_else(|e| panic!("llvm-mc rejected program {prog}: {e}"));
        let theirs_text = section_bytes(&theirs, ".text").unwrap();
        let ours_text = &ours.sections[0].data;
        if ours_text != &theirs_text {
            let i = ours_text
                .iter()
                .zip(&theirs_text)
                .position(|(a, b)| a != b)
                .unwrap_or(0)
                / 8;
            let line = text.lines().nth(i + 1).unwrap_or("");
            panic!("program {prog}: first difference at slot {i}: `{line}`\n ours {:02x?}\n llvm {:02x?}", &ours_text[i * 8..(i * 8 + 8).min(ours_text.len())], &theirs_text[i * 8..(i * 8 + 8).min(theirs_text.len())]);
        }
        total += n;
    }
    assert_eq!(total, 5000);
}

#[test]
fn generated_programs_match_llvm_mc_14() {
    let Some(mc) = llvm_mc(14) else {
        return skip(
            "generated_programs_match_llvm_mc_14",
            "llvm-mc 14 not installed",
        );
    };
    let mut rng = Rng::new(0x5eed_0014);
    for prog in 0..8 {
        let mut text = String::from(".text\n");
        let mut n = 0;
        while n < 250 {
            let insn = random_insn(&mut rng);
            if llvm14_can_parse(&insn) {
                text.push_str(&format!("  {insn}\n"));
                n += 1;
            }
        }
        let ours = asm::assemble(&text)
            .unwrap_or_else(|e| panic!("{}", asm::diag::render(&e, "gen.s", &text)));
        let theirs = run_llvm_mc(&mc, &text, &["-mattr=+alu32"])
            .unwrap_or_else(|e| panic!("llvm-mc 14 rejected program {prog}: {e}"));
        assert_eq!(
            ours.sections[0].data,
            section_bytes(&theirs, ".text").unwrap(),
            "program {prog}"
        );
    }
}
