//! The one loader of `skasm lint` and `skvm`: inputs read as a loader reads them, programs
//! found and linked as libbpf links them, their maps bound from the object or the world file.
//!
//! | module | what |
//! |---|---|
//! | [`link`] | the functions of the code sections, which are programs, and a program linked with the functions it calls |
//! | [`bind`] | a linked program's map references (the object's maps, else the world's; global data as libbpf's internal maps) and what is not modelled |
//! | [`core`] | CO-RE relocations (crate `corerelo`) applied against the running kernel's BTF or a modelled release's types |
//! | this file | an input file (ELF object, `.s` source assembled in memory, or raw 8-byte instructions), the world file, the license |

pub mod bind;
pub mod core;
pub mod link;

use std::path::Path;

use asm::btf::Btf;
use asm::{Object, Section, SectionKind};

use crate::cli::{safe, shown, Failure};

/// One input file, loaded: its object, its `.BTF` parsed, and its source text when it is a
/// `.s` file.
pub struct Input {
    pub object: Object,
    /// The object's `.BTF` (`None` without one, or malformed), parsed once as it is read.
    pub btf: Option<Btf>,
    pub source: Option<String>,
}

thread_local! {
    /// The bytes of the last object file this thread read.
    static FILE: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Reads an ELF object, a raw file of 8-byte instructions (named `*.bin`, or bytes that are
/// not UTF-8 text), or assembles a source. `verb` says what could not be done with a source
/// that does not assemble ("lint", "run"); its diagnostics reject the input (exit 1).
pub fn read_input(path: &Path, verb: &str) -> Result<Input, Failure> {
    match read_input_unless(path, verb, |_| None)? {
        Ok(input) => Ok(input),
        Err(never) => Err(Failure::Usage(never)),
    }
}

/// [`read_input`], unless `skip` gives a reason not to read the file from its bytes (the
/// empty slice when it cannot be read): then that reason, and the file is not parsed.
pub fn read_input_unless(
    path: &Path,
    verb: &str,
    skip: impl FnOnce(&[u8]) -> Option<String>,
) -> Result<Result<Input, String>, Failure> {
    let name = shown(path);
    let read = |buf: &mut Vec<u8>| {
        buf.clear();
        // Through `take`: `File`'s own `read_to_end` asks the file's size first (a `statx`
        // and an `lseek` per file) to size a buffer that is already there.
        let file = std::fs::File::open(path)?;
        std::io::Read::read_to_end(&mut std::io::Read::take(file, u64::MAX), buf)
    };
    // An object's sections are copied out of the file: its bytes are read into the
    // thread's buffer, reused from file to file.
    let bytes = FILE.with_borrow_mut(|buf| {
        if let Err(e) = read(buf) {
            return match skip(&[]) {
                Some(why) => Ok(Err(Err(why))),
                None => Err(Failure::Usage(format!("cannot read {name}: {e}"))),
            };
        }
        if let Some(why) = skip(buf) {
            return Ok(Err(Err(why)));
        }
        if !buf.starts_with(b"\x7fELF") {
            return Ok(Err(Ok(std::mem::take(buf))));
        }
        asm::elf::read_for_loading(buf)
            .map(Ok)
            .map_err(|e| Failure::Rejected(format!("error: {name}: {}\n", safe(e))))
    })?;
    let bytes = match bytes {
        Ok((object, btf)) => {
            return Ok(Ok(Input {
                object,
                btf,
                source: None,
            }))
        }
        Err(Err(skipped)) => return Ok(Err(skipped)),
        Err(Ok(bytes)) => bytes,
    };
    parse_text(path, verb, bytes).map(Ok)
}

/// A file that is not ELF: raw instructions, or a source assembled.
fn parse_text(path: &Path, verb: &str, bytes: Vec<u8>) -> Result<Input, Failure> {
    let name = shown(path);
    let raw = path.extension().is_some_and(|e| e == "bin");
    let source = match String::from_utf8(bytes) {
        Ok(text) if !raw => text,
        Ok(text) => return Ok(raw_input(text.into_bytes())),
        Err(e) => return Ok(raw_input(e.into_bytes())),
    };
    match asm::assemble(&source) {
        Ok(object) => Ok(Input {
            btf: object_btf(&object),
            object,
            source: Some(source),
        }),
        Err(errors) => Err(Failure::Rejected(format!(
            "{}error: could not {verb} `{name}`: it does not assemble\n",
            asm::diag::render(&errors, &name, &source)
        ))),
    }
}

/// Raw instructions as an object of one `sk_lookup` code section without symbols: one
/// program named `sk_lookup`, whatever its length (a partial instruction is reported where
/// programs are checked).
fn raw_input(bytes: Vec<u8>) -> Input {
    // SHF_ALLOC | SHF_EXECINSTR, as a compiler marks a program section.
    let mut section = Section::new("sk_lookup", SectionKind::Code, 0x6, 8);
    section.data = bytes;
    Input {
        object: Object {
            sections: vec![section],
            ..Object::default()
        },
        btf: None,
        source: None,
    }
}

/// The object's `.BTF` parsed, when it has one that parses.
pub fn object_btf(object: &Object) -> Option<Btf> {
    Btf::parse(&object.sections.iter().find(|s| s.name == ".BTF")?.data)
}

/// The world file, parsed; an error names the file and line.
pub fn read_world(path: &Path) -> Result<skctx::World, Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::Usage(format!("cannot read world {}: {e}", shown(path))))?;
    skctx::parse_world(&text)
        .map_err(|e| Failure::Usage(safe(format!("{}:{}: {}", shown(path), e.line, e.message))))
}

/// The text of the object's `license` section (up to its first NUL), when it has one.
pub fn license(object: &Object) -> Option<String> {
    object
        .sections
        .iter()
        .find(|s| s.name == "license")
        .map(|s| {
            let text = s.data.split(|&b| b == 0).next().unwrap_or(&[]);
            String::from_utf8_lossy(text).into_owned()
        })
}

/// Whether the object's `license` section names a GPL-compatible license; without one it is
/// not (libbpf then passes an empty license).
pub fn is_gpl(object: &Object) -> bool {
    license(object).is_some_and(|l| skctx::license_is_gpl_compatible(&l))
}
