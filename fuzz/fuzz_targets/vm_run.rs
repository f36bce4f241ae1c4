//! `vm::run` never panics, whatever the instructions, tuple and world (input format:
//! `vm_input.rs`); a program our verifier passes also runs on the jit with the
//! interpreter's answer. Run `cargo +nightly fuzz run vm_run` from `fuzz/`. The budget in
//! the input bounds every run.
#![no_main]
mod vm_input;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    vm_input::check(data);
});
