//! `disasm` text reassembles to the same object: with llvm-mc (plain syntax, `to_llvm_text`)
//! for llvm-mc- and clang-built objects, compared section by section, symbol by symbol (in
//! symbol table order) and relocation by relocation through goblin.
#![forbid(unsafe_code)]

#[path = "elf_support.rs"]
mod elf_support;

use asm::{disasm, elf};
use elf_support::*;

fn check_llvm_reassembly(label: &str, mc: &std::path::Path, bytes: &[u8]) {
    let obj = elf::read(bytes).unwrap_or_else(|e| panic!("{label}: read: {e}"));
    let text = disasm::to_llvm_text(&obj, None).unwrap_or_else(|e| panic!("{label}: disasm: {e}"));
    let again = assemble(mc, &text)
        .unwrap_or_else(|e| panic!("{label}: llvm-mc rejects the disassembly: {e}\n{text}"));
    assert_eq!(
        summary(&again),
        summary(bytes),
        "{label}: reassembly differs; text:\n{text}"
    );
}

#[test]
fn llvm_mc_objects_reassemble_with_llvm_mc() {
    let mcs = llvm_mcs();
    if mcs.is_empty() {
        skipped(
            "llvm_mc_objects_reassemble_with_llvm_mc",
            "no llvm-mc installed",
        );
        return;
    }
    for mc in &mcs {
        for (name, src) in SOURCES {
            let bytes = assemble(mc, src).unwrap_or_else(|e| panic!("{name}: llvm-mc: {e}"));
            check_llvm_reassembly(&format!("{name} ({})", mc.display()), mc, &bytes);
        }
    }
}

#[test]
fn clang_objects_reassemble_with_llvm_mc() {
    let (Some(cc), Some(mc)) = (clang(), llvm_mcs().pop()) else {
        skipped(
            "clang_objects_reassemble_with_llvm_mc",
            "clang or llvm-mc missing",
        );
        return;
    };
    for flags in [&["-g"][..], &[][..]] {
        let bytes = compile_c(&cc, CLANG_SOURCE, flags).unwrap();
        check_llvm_reassembly(&format!("clang {flags:?}"), &mc, &bytes);
    }
}
