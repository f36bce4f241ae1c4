//! `asm::btf_ext` on clang's objects (tests/c, built with `clang -g`): every `line_info`
//! record names the line that the object's DWARF gives for the same instruction (the line
//! table as `llvm-objdump -l` prints it; for the column-0 record clang puts at a function's
//! first instruction, the function's `DW_AT_decl_line` as `llvm-dwarfdump` prints it), and
//! every function of a code section has `func_info`. A line-0 record (no line known, no
//! text) is not compared: `llvm-objdump -l` does not print DWARF's line-0 rows.
#![forbid(unsafe_code)]

mod common;
use common::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn c_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/c")
}

const OBJDUMP: &str = "/usr/lib/llvm-19/bin/llvm-objdump";

/// `(section, instruction index) -> (file, line)` from `llvm-objdump -d -l`: a `; FILE:LINE`
/// line holds for the instructions after it, up to the next one or the section's end.
fn dwarf_lines(object: &Path) -> HashMap<(String, u64), (String, u32)> {
    let out = Command::new(OBJDUMP)
        .args(["-d", "-l", "--no-show-raw-insn"])
        .arg(object)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut map = HashMap::new();
    let (mut section, mut current) = (String::new(), None);
    for l in String::from_utf8(out.stdout).unwrap().lines() {
        if let Some(s) = l.strip_prefix("Disassembly of section ") {
            section = s.trim_end_matches(':').to_string();
            current = None;
        } else if let Some((file, line)) = l.strip_prefix("; ").and_then(|r| r.rsplit_once(':')) {
            if let Ok(n) = line.parse::<u32>() {
                current = Some((file.to_string(), n));
            }
        } else if let Some((index, _)) = l.trim_start().split_once(':') {
            if let (Ok(i), Some(c)) = (index.parse::<u64>(), &current) {
                map.insert((section.clone(), i), c.clone());
            }
        }
    }
    map
}

/// `function name -> DW_AT_decl_line` of every `DW_TAG_subprogram`, from `llvm-dwarfdump`.
fn decl_lines(object: &Path) -> HashMap<String, u32> {
    let dwarfdump = OBJDUMP.replace("objdump", "dwarfdump");
    let out = Command::new(dwarfdump)
        .arg("--debug-info")
        .arg(object)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let mut map = HashMap::new();
    for entry in text.split("DW_TAG_subprogram").skip(1) {
        let attr = |name: &str| {
            entry
                .lines()
                .take_while(|l| !l.contains("DW_TAG_"))
                .find_map(|l| l.trim().strip_prefix(name))
                .map(|v| v.trim().trim_start_matches('(').trim_end_matches(')'))
                .map(|v| v.trim_matches('"').to_string())
        };
        if let (Some(name), Some(line)) = (attr("DW_AT_name"), attr("DW_AT_decl_line")) {
            map.insert(name, line.parse().unwrap());
        }
    }
    map
}

/// The function symbol at byte `offset` of section `section`.
fn function_at(object: &asm::Object, section: &str, offset: u64) -> Option<String> {
    object
        .symbols
        .iter()
        .find(|f| {
            f.kind == asm::SymbolKind::Func
                && f.value == offset
                && f.section
                    .and_then(|i| object.sections.get(i))
                    .map(|s| s.name.as_str())
                    == Some(section)
        })
        .map(|f| f.name.clone())
}

#[test]
fn line_info_agrees_with_the_dwarf_line_table() {
    if !Path::new(OBJDUMP).exists() {
        return skip(
            "line_info_agrees_with_the_dwarf_line_table",
            "llvm-objdump 19 not installed",
        );
    }
    let mut checked = 0;
    for path in files_with_ext(&c_dir(), "o") {
        let object = asm::elf::read(&std::fs::read(&path).unwrap()).unwrap();
        let (_, btf) = asm::elf::read_for_loading(&std::fs::read(&path).unwrap()).unwrap();
        let btf = btf.expect("clang -g objects have .BTF");
        let ext = asm::btf_ext::BtfExt::of(&object).expect("clang -g objects have .BTF.ext");
        let dwarf = dwarf_lines(&path);
        let decl = decl_lines(&path);
        for (section, lines) in &ext.lines {
            assert!(!lines.is_empty(), "{}: {section}", path.display());
            for l in lines {
                let what = format!("{}: {section} byte {}: {l:?}", path.display(), l.offset);
                assert_eq!(l.line == 0, l.text(&btf).is_empty(), "{what}");
                if l.line == 0 {
                    continue;
                }
                let (file, line) = &dwarf[&(section.clone(), l.offset / 8)];
                if l.column == 0 {
                    let f = function_at(&object, section, l.offset).expect(&what);
                    assert_eq!(Some(&l.line), decl.get(&f), "{what}");
                } else {
                    assert_eq!(l.line, *line, "{what}");
                }
                assert_eq!(file.as_str(), l.file(&btf), "{what}");
                checked += 1;
            }
        }
        for s in object
            .sections
            .iter()
            .filter(|s| s.is_code() && !s.data.is_empty())
        {
            let starts: Vec<u64> = object
                .symbols
                .iter()
                .filter(|f| f.kind == asm::SymbolKind::Func)
                .filter(|f| object.sections.get(f.section.unwrap_or(usize::MAX)) == Some(s))
                .map(|f| f.value)
                .collect();
            assert!(!starts.is_empty(), "{}: {}", path.display(), s.name);
            for start in starts {
                assert!(
                    ext.has_func_info(&s.name, start),
                    "{}: {} at {start}",
                    path.display(),
                    s.name
                );
            }
        }
    }
    assert!(checked > 20, "only {checked} line records");
    say_line(format!(
        "btf_ext: {checked} line_info records agree with the DWARF line table"
    ));
}

/// Writes one line to stderr past libtest's capture (which keeps `eprintln!` output of a
/// passing test), so that the test's summary shows in `cargo test`'s output.
fn say_line(line: impl std::fmt::Display) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// What a loader reads of clang's objects (`read_for_loading`) is what `read` reads, but
/// for the DWARF sections (`.debug_*`): listed, empty, without relocations, as libbpf
/// skips them. And it has `.BTF` parsed.
#[test]
fn loading_reads_all_but_dwarf() {
    let (mut dwarf, mut objects) = (0, 0);
    for path in files_with_ext(&c_dir(), "o") {
        let bytes = std::fs::read(&path).unwrap();
        let whole = asm::elf::read(&bytes).unwrap();
        let (loaded, btf) = asm::elf::read_for_loading(&bytes).unwrap();
        assert!(
            btf.is_some(),
            "{}: clang -g objects have .BTF",
            path.display()
        );
        assert_eq!(loaded.symbols, whole.symbols, "{}", path.display());
        assert_eq!(loaded.maps, whole.maps, "{}", path.display());
        assert_eq!(loaded.sections.len(), whole.sections.len());
        for (l, w) in loaded.sections.iter().zip(&whole.sections) {
            assert_eq!(l.name, w.name, "{}", path.display());
            if l.name.starts_with(".debug_") {
                assert!(!w.data.is_empty() && l.data.is_empty() && l.relocs.is_empty());
                dwarf += 1;
            } else {
                assert_eq!(l, w, "{}: {}", path.display(), l.name);
            }
        }
        objects += 1;
    }
    assert!(
        objects > 5 && dwarf > objects,
        "{objects} objects, {dwarf} DWARF sections"
    );
}
