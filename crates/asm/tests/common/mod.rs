//! Shared test support: a seeded generator of random valid instructions, and llvm-mc.
#![allow(dead_code)]

use isa::{decode_one, Insn, Pc, RawInsn};
use std::path::{Path, PathBuf};
use std::process::Command;

/// xorshift64*: deterministic, dependency-free randomness for generated programs.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    pub fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len() as u64) as usize]
    }
}

/// A random instruction that decodes (drawn from raw encodings, so every valid shape occurs).
pub fn random_insn(rng: &mut Rng) -> Insn {
    loop {
        let code = rng.below(256) as u8;
        let dst = rng.below(11) as u8;
        let src = rng.below(11) as u8;
        let off = match rng.below(4) {
            0 => 0,
            1 => rng.pick(&[1i16, 8, 16, 32, -1]),
            _ => rng.next() as i16,
        };
        let imm = match rng.below(5) {
            0 => 0,
            1 => rng.pick(&[1i32, 16, 32, 64, 0x01, 0x41, 0x51, 0xa1, 0xe1, 0xf1, 0x100, 0x110, 0x40, 0x50, 0xa0]),
            2 => rng.below(200) as i32 - 100,
            _ => rng.next() as i32,
        };
        let slots = [RawInsn::new(code, dst, src, off, imm), RawInsn::new(0, 0, 0, 0, rng.next() as i32)];
        if let Ok(insn) = decode_one(&slots, Pc(0)) {
            return insn;
        }
    }
}

pub fn llvm_mc(version: u32) -> Option<PathBuf> {
    let candidates = [format!("/usr/lib/llvm-{version}/bin/llvm-mc"), format!("/usr/bin/llvm-mc-{version}")];
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
    let d = std::env::temp_dir().join(format!("skasm-test-{}-{}", std::process::id(), N.fetch_add(1, Ordering::Relaxed)));
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
    eprintln!("SKIPPED {test}: {why}");
}
