//! Every valid encoding prints text that the assembler reads back to the same bytes, and
//! generated programs assemble to exactly what llvm-mc makes of the same text.
#![forbid(unsafe_code)]

mod common;
use common::*;
use isa::{AtomicOp, CallKind, Insn, LdImmKind, LegacyMode, RawInsn};

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

/// Text llvm-mc 19 accepts: our extensions and LLVM 20 instructions excluded.
fn llvm19_can_parse(insn: &Insn) -> bool {
    !matches!(
        insn,
        Insn::Call(CallKind::Kfunc { .. } | CallKind::Local(_))
            | Insn::LegacyLoad {
                mode: LegacyMode::Ind,
                imm: 1..,
                ..
            }
            | Insn::LegacyLoad {
                mode: LegacyMode::Ind,
                imm: i32::MIN..=-1,
                ..
            }
            | Insn::Atomic {
                op: AtomicOp::LoadAcquire | AtomicOp::StoreRelease,
                ..
            }
            | Insn::LdImm64 {
                kind: LdImmKind::Func,
                ..
            }
    ) && !matches!(insn, Insn::LdImm64 { kind, imm_hi, .. } if *kind != LdImmKind::Imm && *imm_hi != 0)
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

/// What llvm-mc 14 accepts: no cpu v4, no jset/mod, no store-immediate, no `ld_pseudo`, and
/// no fetching atomics (its parser rejects the very text its printer emits for them).
fn llvm14_can_parse(insn: &Insn) -> bool {
    use isa::{AluOp, JmpCond, Operand};
    llvm19_can_parse(insn)
        && !matches!(
            insn,
            Insn::Alu {
                op: AluOp::SDiv | AluOp::SMod | AluOp::MovSx(_) | AluOp::Mod,
                ..
            } | Insn::JmpIf {
                cond: JmpCond::Set,
                ..
            } | Insn::Load {
                sign_extend: true,
                ..
            } | Insn::Store {
                src: Operand::Imm(_),
                ..
            } | Insn::Endian {
                kind: isa::EndianKind::Swap,
                ..
            } | Insn::Ja { long: true, .. }
                | Insn::MayGoto { .. }
                | Insn::AddrSpaceCast { .. }
                | Insn::Atomic { fetch: true, .. }
                | Insn::LdImm64 {
                    kind: LdImmKind::MapFd
                        | LdImmKind::MapValue
                        | LdImmKind::BtfId
                        | LdImmKind::MapIdx
                        | LdImmKind::MapIdxValue,
                    ..
                }
        )
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
