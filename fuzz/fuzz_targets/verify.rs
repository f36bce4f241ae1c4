//! `verifier::verify` never panics and never hangs, whatever the instruction bytes and map
//! descriptions (input format: `verify_input.rs`). Run `cargo +nightly fuzz run verify --
//! -timeout=20` from `fuzz/`: libFuzzer reports an input that takes longer as a hang.
#![no_main]
mod verify_input;

libfuzzer_sys::fuzz_target!(|data: &[u8]| verify_input::check(data));
