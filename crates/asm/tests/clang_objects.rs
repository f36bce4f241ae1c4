//! Objects built by clang from the C programs in tests/c (built by tests/c/build.sh and
//! committed): clang's own assembly assembles to what llvm-mc makes of it, DWARF line and frame
//! tables included, and the objects survive read → write and disasm → build unchanged.
#![forbid(unsafe_code)]

mod common;
use common::*;
use std::path::PathBuf;

fn c_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/c")
}

fn corpus(ext: &str) -> Vec<PathBuf> {
    let v = files_with_ext(&c_dir(), ext);
    assert!(v.len() >= 2, "the clang corpus is missing");
    v
}

#[test]
fn clang_assembly_matches_llvm_mc() {
    let Some(mc) = llvm_mc(14) else {
        return skip("clang_assembly_matches_llvm_mc", "llvm-mc 14 not installed");
    };
    for path in corpus("s") {
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

#[test]
fn clang_objects_survive_read_write() {
    for path in corpus("o") {
        let bytes = std::fs::read(&path).unwrap();
        let object = asm::elf::read(&bytes).unwrap();
        let again = asm::elf::write(&object).unwrap();
        assert_same_object(&again, &bytes, &[], &path.display().to_string());
    }
}

#[test]
fn clang_objects_survive_disasm_build() {
    for path in corpus("o") {
        let bytes = std::fs::read(&path).unwrap();
        let object = asm::elf::read(&bytes).unwrap();
        let text = asm::disasm::to_text(&object, None).unwrap();
        let rebuilt = assemble_like_llvm_mc(&text)
            .unwrap_or_else(|e| panic!("{}", asm::diag::render(&e, "disasm.s", &text)));
        let again = asm::elf::write(&rebuilt).unwrap();
        assert_same_object(
            &again,
            &bytes,
            &[],
            &format!("disasm of {}", path.display()),
        );
    }
}
