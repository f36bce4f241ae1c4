//! The assembler never panics, whatever the bytes; what it accepts, it can write as ELF.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(object) = asm::assemble_bytes(data) {
        let _ = asm::elf::write(&object);
    }
});
