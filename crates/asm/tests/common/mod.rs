//! Shared test support: a seeded generator of random valid instructions, and llvm-mc.
#![allow(dead_code)]

/// Writes straight to the process's stderr: libtest captures `eprintln!` in passing tests,
/// and a skip or a summary must be seen.
macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

use isa::{decode_one, Insn, Pc, RawInsn};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The project's one seeded generator of randomness.
pub use proggen::Rng;

/// A random instruction that decodes (drawn from raw encodings, so every valid shape occurs).
pub fn random_insn(rng: &mut Rng) -> Insn {
    loop {
        let code = rng.below(256) as u8;
        let dst = rng.below(11) as u8;
        let src = rng.below(11) as u8;
        let off = match rng.below(4) {
            0 => 0,
            1 => rng.pick(&[1i16, 8, 16, 32, -1]),
            _ => rng.next_u64() as i16,
        };
        let imm = match rng.below(5) {
            0 => 0,
            1 => rng.pick(&[
                1i32, 16, 32, 64, 0x01, 0x41, 0x51, 0xa1, 0xe1, 0xf1, 0x100, 0x110, 0x40, 0x50,
                0xa0,
            ]),
            2 => rng.below(200) as i32 - 100,
            _ => rng.next_u64() as i32,
        };
        let slots = [
            RawInsn::new(code, dst, src, off, imm),
            RawInsn::new(0, 0, 0, 0, rng.next_u64() as i32),
        ];
        if let Ok(insn) = decode_one(&slots, Pc(0)) {
            return insn;
        }
    }
}

/// [`asm::assemble`] with the compilation directory llvm-mc names when it runs in this
/// process's working directory (as [`run_llvm_mc`] runs it), for byte-identical DWARF.
pub fn assemble_like_llvm_mc(source: &str) -> Result<asm::Object, Vec<asm::AsmError>> {
    let cwd = std::env::current_dir().unwrap();
    let pwd = std::env::var_os("PWD");
    let options = asm::AssembleOptions {
        comp_dir: Some(asm::AssembleOptions::llvm_mc_comp_dir(&cwd, pwd.as_deref())),
        ..Default::default()
    };
    asm::assemble_with(source, &options)
}

pub fn llvm_mc(version: u32) -> Option<PathBuf> {
    let candidates = [
        format!("/usr/lib/llvm-{version}/bin/llvm-mc"),
        format!("/usr/bin/llvm-mc-{version}"),
    ];
    candidates.iter().map(PathBuf::from).find(|p| p.exists())
}

/// Assembles `source` with llvm-mc; returns the object bytes or llvm-mc's stderr.
pub fn run_llvm_mc(mc: &Path, source: &str, extra: &[&str]) -> Result<Vec<u8>, String> {
    let dir = tempdir();
    let s = dir.join("in.s");
    let o = dir.join("out.o");
    std::fs::write(&s, source).unwrap();
    let out = Command::new(mc)
        .args(["-triple", "bpfel", "-filetype=obj"])
        .args(extra)
        .arg("-o")
        .arg(&o)
        .arg(&s)
        .output()
        .map_err(|e| e.to_string())?;
    let res = if out.status.success() {
        Ok(std::fs::read(&o).unwrap())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let _ = std::fs::remove_dir_all(&dir);
    res
}

pub fn tempdir() -> PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let d = std::env::temp_dir().join(format!(
        "skasm-test-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The contents of a named section of an ELF object.
pub fn section_bytes(obj: &[u8], name: &str) -> Option<Vec<u8>> {
    let elf = goblin::elf::Elf::parse(obj).ok()?;
    for sh in &elf.section_headers {
        if elf.shdr_strtab.get_at(sh.sh_name) == Some(name) {
            let r = sh.file_range()?;
            return Some(obj[r].to_vec());
        }
    }
    None
}

pub fn skip(test: &str, why: &str) {
    say!("SKIPPED {test}: {why}");
}

/// One ELF object reduced to what the comparisons look at (read with goblin, independently of
/// our own reader): sections (name, type, flags, entsize, bytes), symbols and relocations.
#[derive(Debug, PartialEq)]
pub struct ElfView {
    pub sections: Vec<(String, u32, u64, u64, Vec<u8>)>,
    /// (name, value, size, type, binding, section name)
    pub symbols: Vec<(String, u64, u64, u8, u8, String)>,
    /// (section the relocations apply to, offset, type, symbol name or section name)
    pub relocs: Vec<(String, u64, u32, String)>,
}

const SHT_LLVM_ADDRSIG: u32 = 0x6fff_4c03;

fn addrsig_names(elf: &goblin::elf::Elf, data: &[u8]) -> Vec<String> {
    let mut names = Vec::new();
    let (mut v, mut shift) = (0u64, 0);
    for &b in data {
        v |= ((b & 0x7f) as u64) << shift;
        shift += 7;
        if b & 0x80 == 0 {
            let name = elf
                .syms
                .get(v as usize)
                .and_then(|s| elf.strtab.get_at(s.st_name))
                .unwrap_or("?");
            names.push(name.to_string());
            v = 0;
            shift = 0;
        }
    }
    names
}

/// Reads `obj`, leaving out the sections named in `skip` and everything referring to them.
pub fn elf_view(obj: &[u8], skip: &[&str]) -> ElfView {
    let elf = goblin::elf::Elf::parse(obj).expect("goblin reads the object");
    let sec_name = |i: usize| {
        elf.section_headers
            .get(i)
            .and_then(|s| elf.shdr_strtab.get_at(s.sh_name))
            .unwrap_or("")
            .to_string()
    };
    let skipped = |n: &str| skip.contains(&n);
    let mut sections = Vec::new();
    for sh in &elf.section_headers {
        let name = elf.shdr_strtab.get_at(sh.sh_name).unwrap_or("").to_string();
        // Symbol/string tables and REL sections are compared through symbols and relocs.
        if matches!(sh.sh_type, 0 | 2 | 3 | 9) || skipped(&name) {
            continue;
        }
        let mut data = if sh.sh_type == 8 {
            Vec::new()
        } else {
            obj[sh.file_range().unwrap_or(0..0)].to_vec()
        };
        if sh.sh_type == SHT_LLVM_ADDRSIG {
            // Symbol indices shift when sections are skipped: compare the names they denote.
            data = addrsig_names(&elf, &data).join(",").into_bytes();
        }
        sections.push((name, sh.sh_type, sh.sh_flags, sh.sh_entsize, data));
    }
    let sym_name = |i: usize| {
        let s = elf.syms.get(i).unwrap();
        if s.st_type() == goblin::elf::sym::STT_SECTION {
            sec_name(s.st_shndx)
        } else {
            elf.strtab.get_at(s.st_name).unwrap_or("").to_string()
        }
    };
    let mut symbols = Vec::new();
    for (i, s) in elf.syms.iter().enumerate().skip(1) {
        let in_sec = if s.st_shndx == 0 || s.st_shndx >= 0xff00 {
            String::new()
        } else {
            sec_name(s.st_shndx)
        };
        if skipped(&in_sec) {
            continue;
        }
        symbols.push((
            sym_name(i),
            s.st_value,
            s.st_size,
            s.st_type(),
            s.st_bind(),
            in_sec,
        ));
    }
    let mut relocs = Vec::new();
    for (idx, rs) in &elf.shdr_relocs {
        let target = sec_name(elf.section_headers[*idx].sh_info as usize);
        if skipped(&target) {
            continue;
        }
        for r in rs.iter() {
            relocs.push((target.clone(), r.r_offset, r.r_type, sym_name(r.r_sym)));
        }
    }
    ElfView {
        sections,
        symbols,
        relocs,
    }
}

/// Compares two objects view by view, naming the first difference.
pub fn assert_same_object(ours: &[u8], theirs: &[u8], skip: &[&str], what: &str) {
    let (a, b) = (elf_view(ours, skip), elf_view(theirs, skip));
    let names = |v: &ElfView| v.sections.iter().map(|s| s.0.clone()).collect::<Vec<_>>();
    assert_eq!(names(&a), names(&b), "{what}: section lists differ");
    for (x, y) in a.sections.iter().zip(&b.sections) {
        assert_eq!(
            (x.1, x.2, x.3),
            (y.1, y.2, y.3),
            "{what}: section {} type/flags/entsize differ",
            x.0
        );
        if x.4 != y.4 {
            let at =
                x.4.iter()
                    .zip(&y.4)
                    .position(|(p, q)| p != q)
                    .unwrap_or(x.4.len().min(y.4.len()));
            panic!(
                "{what}: section {} bytes differ at offset {at} (lengths {} vs {})",
                x.0,
                x.4.len(),
                y.4.len()
            );
        }
    }
    assert_eq!(a.symbols, b.symbols, "{what}: symbols differ");
    assert_eq!(a.relocs, b.relocs, "{what}: relocations differ");
}

/// The files of `dir` whose name ends in `.ext`, sorted.
pub fn files_with_ext(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    v.sort();
    v
}
