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

pub mod asmgen;

use isa::{decode_one, AtomicOp, CallKind, Insn, LdImmKind, LegacyMode, Pc, RawInsn};
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

/// Text llvm-mc 19 accepts: our extensions and LLVM 20 instructions excluded.
pub fn llvm19_can_parse(insn: &Insn) -> bool {
    !matches!(
        insn,
        Insn::Call(CallKind::Kfunc { .. } | CallKind::Local(_))
            | Insn::LegacyLoad {
                mode: LegacyMode::Ind,
                imm: 1..,
                ..
            }
            | Insn::LegacyLoad {
                mode: LegacyMode::Ind,
                imm: i32::MIN..=-1,
                ..
            }
            | Insn::Atomic {
                op: AtomicOp::LoadAcquire | AtomicOp::StoreRelease,
                ..
            }
            | Insn::LdImm64 {
                kind: LdImmKind::Func,
                ..
            }
    ) && !matches!(insn, Insn::LdImm64 { kind, imm_hi, .. } if *kind != LdImmKind::Imm && *imm_hi != 0)
        // Its parser takes a `gotol` offset only as a 16-bit number (a label reaches further).
        && !matches!(insn, Insn::Ja { long: true, off } if i16::try_from(*off).is_err())
}

/// What llvm-mc 14 accepts: no cpu v4, no jset/mod, no store-immediate, no `ld_pseudo`, and
/// no fetching atomics (its parser rejects the very text its printer emits for them).
pub fn llvm14_can_parse(insn: &Insn) -> bool {
    use isa::{AluOp, JmpCond, Operand};
    llvm19_can_parse(insn)
        && !matches!(
            insn,
            Insn::Alu {
                op: AluOp::SDiv | AluOp::SMod | AluOp::MovSx(_) | AluOp::Mod,
                ..
            } | Insn::JmpIf {
                cond: JmpCond::Set,
                ..
            } | Insn::Load {
                sign_extend: true,
                ..
            } | Insn::Store {
                src: Operand::Imm(_),
                ..
            } | Insn::Endian {
                kind: isa::EndianKind::Swap,
                ..
            } | Insn::Ja { long: true, .. }
                | Insn::MayGoto { .. }
                | Insn::AddrSpaceCast { .. }
                | Insn::Atomic { fetch: true, .. }
                | Insn::LdImm64 {
                    kind: LdImmKind::MapFd
                        | LdImmKind::MapValue
                        | LdImmKind::BtfId
                        | LdImmKind::MapIdx
                        | LdImmKind::MapIdxValue,
                    ..
                }
        )
}

/// Which llvm-mc a generated program is for: what it parses, and the flags that enable it.
#[derive(Clone, Copy)]
pub struct LlvmTarget {
    pub version: u32,
    pub can_parse: fn(&Insn) -> bool,
    pub flags: &'static [&'static str],
}

pub const LLVM19: LlvmTarget = LlvmTarget {
    version: 19,
    can_parse: llvm19_can_parse,
    flags: &["-mcpu=v4"],
};

pub const LLVM14: LlvmTarget = LlvmTarget {
    version: 14,
    can_parse: llvm14_can_parse,
    flags: &["-mattr=+alu32"],
};

/// A program that llvm-mc (`target`) assembles, of about `lines` lines in two code sections
/// (`.text` and a program section, each entered twice): instructions, raw encodings (`.8byte`
/// of valid instructions and of random bytes), every data directive, labels anywhere
/// (also after odd-sized data), jumps, calls and `ld_imm64` across the data, and data
/// relocations (labels, a global, an undefined symbol, label differences).
pub fn data_in_code_program(rng: &mut Rng, lines: usize, target: LlvmTarget) -> String {
    let sections = [".text", ".section\tsk_lookup,\"ax\",@progbits"];
    let labels_per_section = lines / 12 + 1;
    let mut halves: Vec<Vec<String>> = vec![Vec::new(); 4];
    for (si, _) in sections.iter().enumerate() {
        let label = |k: usize| format!(".L{si}_{k}");
        let named = |k: usize| format!("s{si}_{k}");
        let mut body: Vec<String> = Vec::new();
        // Where each label goes: one line index per label.
        let mut at: Vec<(usize, String)> = (0..labels_per_section)
            .flat_map(|k| [label(k), named(k)])
            .map(|l| (rng.below(lines as u64 / 2 + 1) as usize, l))
            .collect();
        at.sort();
        let mut next = at.iter().peekable();
        let mut size = 0u64;
        for i in 0..=lines / 2 {
            while let Some((_, l)) = next.next_if(|(j, _)| *j == i) {
                body.push(format!("{l}:"));
            }
            let (line, len) = data_in_code_line(rng, si, labels_per_section, size, target);
            body.push(line);
            size += len;
        }
        let cut = rng.below(body.len() as u64) as usize;
        halves[si] = body[..cut].to_vec();
        halves[2 + si] = body[cut..].to_vec();
    }
    let mut out = String::from("\t.globl\tg0\n\t.globl\tg1\n");
    for (k, half) in halves.iter().enumerate() {
        out.push_str(&format!("\t{}\n", sections[k % 2]));
        if k < 2 {
            out.push_str(&format!("g{k}:\n"));
        }
        for l in half {
            out.push_str(l);
            out.push('\n');
        }
    }
    out
}

/// One line of [`data_in_code_program`] for section `si` whose code is `size` bytes so far,
/// and the bytes it adds.
fn data_in_code_line(
    rng: &mut Rng,
    si: usize,
    labels: usize,
    size: u64,
    target: LlvmTarget,
) -> (String, u64) {
    let label = |rng: &mut Rng| {
        let k = rng.below(labels as u64);
        match rng.below(3) {
            0 => format!("s{si}_{k}"),
            _ => format!(".L{si}_{k}"),
        }
    };
    let other = |rng: &mut Rng| format!(".L{}_{}", 1 - si, rng.below(labels as u64));
    let reg = |rng: &mut Rng| rng.below(10);
    match rng.below(30) {
        0..=7 => loop {
            let insn = random_insn(rng);
            if (target.can_parse)(&insn) {
                break (format!("\t{insn}"), 8 * insn.slots() as u64);
            }
        },
        8 => (
            format!("\tif r{} > r{} goto {}", reg(rng), reg(rng), label(rng)),
            8,
        ),
        9 => (
            format!("\tif w{} s< {} goto {}", reg(rng), rng.below(9), label(rng)),
            8,
        ),
        10 => (format!("\tgoto {}", label(rng)), 8),
        11 => {
            let t = match rng.below(3) {
                0 => other(rng),
                1 => format!("g{}", rng.below(2)),
                _ => label(rng),
            };
            (format!("\tcall {t}"), 8)
        }
        12 => {
            let t = match rng.below(3) {
                0 => other(rng),
                1 => "ext".to_string(),
                _ => label(rng),
            };
            (format!("\tr{} = {t} ll", reg(rng)), 16)
        }
        13..=15 => {
            // A raw slot: a valid encoding half the time, any bytes otherwise.
            let v = if rng.below(2) == 0 {
                let insn = random_insn(rng);
                let b = RawInsn::slice_to_bytes(&insn.encode());
                u64::from_le_bytes(b[..8].try_into().expect("a slot"))
            } else {
                rng.next_u64()
            };
            let d = rng.pick(&[".8byte", ".quad"]);
            (format!("\t{d}\t{v:#x}"), 8)
        }
        16 => {
            let d = rng.pick(&[".4byte", ".long", ".int"]);
            (format!("\t{d}\t{}", rng.next_u64() as u32), 4)
        }
        17 => {
            let d = rng.pick(&[".2byte", ".short"]);
            (format!("\t{d}\t{}", rng.next_u64() as i16), 2)
        }
        18 => {
            let n = 1 + rng.below(7);
            let list: Vec<String> = (0..n).map(|_| (rng.next_u64() as u8).to_string()).collect();
            (format!("\t.byte\t{}", list.join(", ")), n)
        }
        19 => {
            let n = rng.below(6);
            let s: String = (0..n)
                .map(|_| (b'a' + rng.below(26) as u8) as char)
                .collect();
            match rng.below(3) {
                0 => (format!("\t.ascii\t\"{s}\""), n),
                1 => (format!("\t.asciz\t\"{s}\""), n + 1),
                _ => (format!("\t.string\t\"{s}\\t\""), n + 2),
            }
        }
        20 => {
            let n = 1 + rng.below(12);
            match rng.below(3) {
                0 => (format!("\t.zero\t{n}"), n),
                1 => (format!("\t.zero\t{n}, {}", rng.below(256)), n),
                _ => (format!("\t.space\t{n}"), n),
            }
        }
        21 => (format!("\t.quad\t{}", label(rng)), 8),
        22 => (format!("\t.long\t{}", label(rng)), 4),
        23 => {
            let t = match rng.below(4) {
                0 => "ext".to_string(),
                1 => format!("ext+{}", rng.below(100)),
                2 => format!("g{}", rng.below(2)),
                _ => format!("{}+{}", other(rng), rng.below(40)),
            };
            let d = rng.pick(&[".quad", ".long"]);
            (format!("\t{d}\t{t}"), if d == ".quad" { 8 } else { 4 })
        }
        24 => (format!("\t.long\t{} - {}", label(rng), label(rng)), 4),
        25 => {
            let v = rng.below(100_000);
            let b = if v < 128 {
                1
            } else if v < 1 << 14 {
                2
            } else {
                3
            };
            (format!("\t.uleb128\t{v}"), b)
        }
        26 => {
            // Alignment: no-op slots where the padding is whole slots, else a fill byte.
            if size.is_multiple_of(8) {
                ("\t.p2align\t4".to_string(), (16 - size % 16) % 16)
            } else {
                let fill = 1 + rng.below(255);
                (
                    "\t.p2align\t3, ".to_string() + &fill.to_string(),
                    (8 - size % 8) % 8,
                )
            }
        }
        _ => loop {
            let insn = random_insn(rng);
            if (target.can_parse)(&insn) {
                break (format!("\t{insn}"), 8 * insn.slots() as u64);
            }
        },
    }
}
