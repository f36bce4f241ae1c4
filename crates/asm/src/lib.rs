//! LLVM-syntax eBPF assembly to objects, objects to ELF and back, and disassembly.
//!
//! * [`object`]: the in-memory object every other module produces or consumes.
pub mod object;

pub use object::*;
