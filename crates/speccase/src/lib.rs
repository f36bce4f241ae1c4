//! Spec cases: small SK_LOOKUP programs with what the Linux verifier (and, for runtime cases,
//! `BPF_PROG_TEST_RUN`) must do with them, several per LLVM-syntax `.s` file.
//!
//! | module | what |
//! |---|---|
//! | [`format`] | the case-file format: `# test:`, `# privilege:`, `# kernel:`, `# error[CODE] [if\|unless BEHAVIOUR]: MESSAGE`, runtime directives; typed as [`skctx`] privileges, releases and behaviours |
//! | [`corpus`] | the corpus without a kernel: read every file, assemble a case into its program and maps, check it is well formed |
//!
//! The live-kernel check (`tests/corpus_kernel.rs`) and, later, our verifier's and VM's
//! tests load cases through this crate, so every consumer reads the same expectations.
#![forbid(unsafe_code)]

pub mod corpus;
pub mod format;
