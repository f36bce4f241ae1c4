//! Code shared by the root package's integration tests.
//!
//! Each test crate includes this with `mod support;` and uses what it needs, so items unused
//! by one crate are not dead code in general.
#![allow(dead_code)]

pub mod corpus;
#[cfg(target_os = "linux")]
pub mod engines;
#[cfg(target_os = "linux")]
pub mod kernel_btf;
#[cfg(target_os = "linux")]
pub mod kernel_log;
pub mod scratch;
