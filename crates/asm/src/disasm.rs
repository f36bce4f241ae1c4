//! Disassembly (in progress).
