//! `verifier::verify` never panics and never hangs, whatever the instruction bytes and map
//! descriptions (input format: `verify_input.rs`). Run `cargo +nightly fuzz run verify --
//! -timeout=60` from `fuzz/`: libFuzzer reports an input that takes longer as a hang. The
//! walk's 1M-instruction limit bounds every input; reaching it takes about 2 s in a release
//! build and up to 26 s under the fuzzer's instrumentation on a loaded machine.
#![no_main]
mod verify_input;

libfuzzer_sys::fuzz_target!(|data: &[u8]| verify_input::check(data));
