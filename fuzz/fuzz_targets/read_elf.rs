//! The ELF reader and the disassembler never panic, whatever the bytes.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(object) = asm::elf::read(data) {
        let _ = asm::disasm::to_text(&object, None);
    }
    if let Ok(object) = asm::elf::read_raw(data) {
        let _ = asm::disasm::to_text(&object, None);
    }
});
