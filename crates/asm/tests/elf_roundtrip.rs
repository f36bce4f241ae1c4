//! `elf::write(elf::read(x)) == x`, byte for byte, for objects llvm-mc (LLVM 14 and 19)
//! produces from small sources, and the same comparison section by section, symbol by symbol
//! and relocation by relocation through goblin (independent of our reader), so a failure
//! shows what differs.
#![forbid(unsafe_code)]

#[path = "elf_support.rs"]
mod elf_support;

use asm::elf;
use elf_support::*;
use std::path::Path;
use std::process::Command;

pub fn check_round_trip(label: &str, bytes: &[u8]) {
    let obj = elf::read(bytes).unwrap_or_else(|e| panic!("{label}: read: {e}"));
    let again = elf::write(&obj).unwrap_or_else(|e| panic!("{label}: write: {e}"));
    assert_eq!(
        summary(&again),
        summary(bytes),
        "{label}: sections, symbols or relocations differ"
    );
    assert!(
        again == bytes,
        "{label}: same contents but different file bytes"
    );
    // Reading our own output gives the same object.
    assert_eq!(
        elf::read(&again).unwrap(),
        obj,
        "{label}: read(write(read(x))) != read(x)"
    );
}

#[test]
fn llvm_mc_objects_round_trip_byte_for_byte() {
    let mcs = llvm_mcs();
    if mcs.is_empty() {
        skipped(
            "llvm_mc_objects_round_trip_byte_for_byte",
            "no llvm-mc installed",
        );
        return;
    }
    for mc in &mcs {
        for (name, src) in SOURCES {
            let bytes = assemble(mc, src).unwrap_or_else(|e| panic!("{name}: llvm-mc: {e}"));
            check_round_trip(&format!("{name} ({})", mc.display()), &bytes);
        }
    }
}

#[test]
fn clang_objects_round_trip_byte_for_byte() {
    let clang = ["/usr/bin/clang-14", "/usr/bin/clang"]
        .iter()
        .map(Path::new)
        .find(|p| p.exists());
    let Some(clang) = clang else {
        skipped(
            "clang_objects_round_trip_byte_for_byte",
            "no clang installed",
        );
        return;
    };
    let dir = std::env::temp_dir().join(format!("elf-clang-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let c = dir.join("p.c");
    std::fs::write(&c, CLANG_SOURCE).unwrap();
    for (flags, label) in [(&["-g"][..], "clang -g"), (&[][..], "clang")] {
        let o = dir.join("p.o");
        let st = Command::new(clang)
            .args(["-O2", "-target", "bpf", "-c"])
            .args(flags)
            .arg(&c)
            .arg("-o")
            .arg(&o)
            .status()
            .unwrap();
        assert!(st.success(), "clang failed");
        let bytes = std::fs::read(&o).unwrap();
        check_round_trip(label, &bytes);
        let obj = elf::read(&bytes).unwrap();
        if flags.is_empty() {
            assert!(obj.maps.is_empty(), "without -g there is no .BTF");
            continue;
        }
        assert_eq!(obj.maps.len(), 1, "the sockmap is recovered from .BTF");
        assert_eq!(obj.maps[0].name, "sock_map");
        assert_eq!(
            (
                obj.maps[0].key_size,
                obj.maps[0].value_size,
                obj.maps[0].max_entries
            ),
            (4, 8, 16)
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
