//! The `skasm` and `skvm` command-line tools. The library part holds what the binaries do
//! ([`cli`]), so end-to-end tests exercise the same code; the binaries parse arguments
//! (clap), print, and map failures to exit codes.
#![forbid(unsafe_code)]
pub mod cli;
pub mod guest;
pub mod lint;
pub mod load;
pub mod profiles;
pub mod skvm;
