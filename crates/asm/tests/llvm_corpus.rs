//! Hand-written programs in LLVM syntax (crates/asm/tests/corpus/*.s) and the bundled
//! examples, compared whole — section bytes, symbols, relocations — with llvm-mc.
#![forbid(unsafe_code)]

mod common;
use common::*;
use std::path::PathBuf;

#[test]
fn hand_written_corpus_matches_llvm_mc() {
    let Some(mc) = llvm_mc(19) else {
        return skip(
            "hand_written_corpus_matches_llvm_mc",
            "llvm-mc 19 not installed (apt-get install llvm-19)",
        );
    };
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let files = files_with_ext(&dir, "s");
    assert!(files.len() >= 2);
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let object = assemble_like_llvm_mc(&text).unwrap_or_else(|e| {
            panic!(
                "{}",
                asm::diag::render(&e, &path.display().to_string(), &text)
            )
        });
        let ours = asm::elf::write(&object).unwrap();
        let theirs = run_llvm_mc(&mc, &text, &[]).unwrap();
        assert_same_object(&ours, &theirs, &[], &path.display().to_string());
    }
}

/// `.skmap`/`.license`/`.program` produce what llvm-mc makes of the same object written in
/// plain LLVM syntax (maps as `.maps` data and hand-written `.BTF`).
#[test]
fn examples_match_llvm_mc() {
    let Some(mc) = llvm_mc(19) else {
        return skip(
            "examples_match_llvm_mc",
            "llvm-mc 19 not installed (apt-get install llvm-19)",
        );
    };
    for example in ["steer-http.s", "proxy-any-port.s"] {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../examples")
            .join(example);
        let ours = asm::elf::write(
            &assemble_like_llvm_mc(&std::fs::read_to_string(&path).unwrap()).unwrap(),
        )
        .unwrap();
        let plain = asm::disasm::to_llvm_text(&asm::elf::read(&ours).unwrap(), None).unwrap();
        assert!(!plain.contains(".skmap") && !plain.contains(".license"));
        let theirs = run_llvm_mc(&mc, &plain, &[])
            .unwrap_or_else(|e| panic!("{example}: llvm-mc: {e}\n{plain}"));
        assert_same_object(&ours, &theirs, &[], example);
    }
}
