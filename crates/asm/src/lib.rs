//! LLVM-syntax eBPF assembly to objects, objects to ELF and back, and disassembly.
//!
//! * [`object`]: the in-memory object every other module produces or consumes.
//! * [`syntax`]: the instruction grammar (nom), text to a syntax tree with operand spans.
//! * [`build`]: syntax tree to `isa::Insn`, with register, width and range checks.
//! * `leb128` (private): LEB128 for DWARF, `.uleb128`/`.sleb128` and `.llvm_addrsig`.
//! * `lines` (private): the per-line work that needs no assembler state (comments, labels,
//!   parsing and encoding instructions), run a block ahead on a second thread for large files.
//! * [`lower`]: whole source files to an [`Object`]: labels, directives, data, relocations;
//!   [`assemble_reader`] streams a file instead of holding it.
//! * [`options`]: [`AssembleOptions`], what the caller decides (threads, the DWARF
//!   compilation directory); the library reads no environment and no working directory.
//! * `symtab` (private): the interned symbol table the assembler keeps while it works.
//! * [`elf`]: [`Object`] to a relocatable ELF file (laid out as llvm-mc does) and back (goblin).
//! * [`btf`]: the `.BTF` and `.maps` contents for maps declared with `.skmap`, and their recovery.
//! * [`btf_ext`]: `.BTF.ext`'s `func_info`, `line_info` (C file, line, column per
//!   instruction) and CO-RE relocation records of clang's objects.
//! * [`disasm`]: an [`Object`] as text that reassembles to the identical bytes and relocations.
//! * [`dwarf`]: the DWARF line table and call frame tables llvm-mc generates from `.file N`,
//!   `.loc` and `.cfi_*` directives.
//! * [`diag`]: diagnostic codes and severities, rustc-style (or JSON) rendering, and the
//!   escaping of everything printed.
//! * [`helpers`]: helper names for `call bpf_sk_assign`, and the `unknown-helper` warning.
#![forbid(unsafe_code)]
pub mod btf;
pub mod btf_ext;
pub mod build;
pub mod diag;
pub mod disasm;
pub(crate) mod dwarf;
pub mod elf;
mod expr;
pub mod helpers;
mod leb128;
mod lines;
pub mod lower;
pub mod object;
pub mod options;
mod symtab;
pub mod syntax;

pub use diag::{AsmError, ErrorCode};
pub use lower::{assemble, assemble_bytes, assemble_reader, assemble_with};
pub use object::*;
pub use options::AssembleOptions;
