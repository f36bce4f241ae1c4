//! The ELF reader's fuzz property for a few thousand iterations with a fixed seed: on
//! mutated, truncated and random bytes, `elf::read` returns an object or a typed error and
//! never panics; whatever it returns also goes through `elf::write` and `disasm::to_text`
//! without panicking. Typed errors are checked for the classic cases.
#![forbid(unsafe_code)]

#[path = "elf_support.rs"]
mod elf_support;

use asm::elf::{self, ReadError};
use asm::{
    disasm, Binding, Object, Reloc, RelocKind, RelocTarget, Section, SectionKind, Symbol,
    SymbolKind,
};

use proggen::Rng;

/// A small object with code, data, relocations of every kind and symbols.
fn seed_object() -> Vec<u8> {
    let mut obj = Object {
        file: Some("seed.s".into()),
        addrsig: Some(vec!["prog".into()]),
        ..Object::default()
    };
    let mut text = Section::new(".text", SectionKind::Code, 6, 4);
    text.data = [0xb7u8, 0, 0, 0, 1, 0, 0, 0, 0x95, 0, 0, 0, 0, 0, 0, 0].to_vec();
    obj.sections.push(text);
    let mut code = Section::new("sk_lookup", SectionKind::Code, 6, 8);
    code.data = [
        0x18, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // r1 = m ll
        0x85, 0x10, 0, 0, 0xff, 0xff, 0xff, 0xff, // call sub
        0x15, 0x01, 0x01, 0, 0, 0, 0, 0, // if r1 == 0 goto +1
        0xb7, 0, 0, 0, 0, 0, 0, 0, // r0 = 0
        0x95, 0, 0, 0, 0, 0, 0, 0, // exit
    ]
    .to_vec();
    code.relocs.push(Reloc {
        offset: 0,
        kind: RelocKind::Bpf64_64,
        target: RelocTarget::Symbol("m".into()),
    });
    code.relocs.push(Reloc {
        offset: 16,
        kind: RelocKind::Bpf64_32,
        target: RelocTarget::Section(0),
    });
    obj.sections.push(code);
    let mut data = Section::new(".data", SectionKind::Data, 3, 8);
    data.data = vec![0; 24];
    data.relocs.push(Reloc {
        offset: 0,
        kind: RelocKind::Bpf64Abs64,
        target: RelocTarget::Symbol("prog".into()),
    });
    data.relocs.push(Reloc {
        offset: 8,
        kind: RelocKind::Bpf64NoDyld32,
        target: RelocTarget::Symbol("m".into()),
    });
    data.relocs.push(Reloc {
        offset: 12,
        kind: RelocKind::Bpf64Abs32,
        target: RelocTarget::Section(1),
    });
    obj.sections.push(data);
    let mut bss = Section::new(".bss", SectionKind::Bss, 3, 4);
    bss.bss_size = 16;
    obj.sections.push(bss);
    let sym = |name: &str, section, value, kind, binding| Symbol {
        name: name.into(),
        section,
        value,
        size: 8,
        kind,
        binding,
        visibility: Default::default(),
    };
    obj.symbols
        .push(sym("prog", Some(1), 0, SymbolKind::Func, Binding::Global));
    obj.symbols
        .push(sym("m", Some(2), 16, SymbolKind::Object, Binding::Global));
    obj.symbols
        .push(sym("lv", Some(3), 4, SymbolKind::Object, Binding::Local));
    obj.symbols
        .push(sym("ext", None, 0, SymbolKind::NoType, Binding::Weak));
    elf::write(&obj).unwrap()
}

fn seeds() -> Vec<Vec<u8>> {
    let mut v = vec![seed_object()];
    if let Some(mc) = elf_support::llvm_mcs().pop() {
        for (_, src) in elf_support::SOURCES {
            v.push(elf_support::assemble(&mc, src).unwrap());
        }
    } else {
        elf_support::skipped(
            "reader_never_panics_on_damaged_objects (llvm-mc seeds)",
            "llvm-mc not installed; fuzzing only the built-in seed",
        );
    }
    v
}

fn exercise(bytes: &[u8]) {
    if let Ok(obj) = elf::read(bytes) {
        if let Ok(out) = elf::write(&obj) {
            // What we write, we read back.
            elf::read(&out).expect("our own output reads");
        }
        let _ = disasm::to_text(&obj, None);
        let _ = disasm::to_llvm_text(&obj, None);
    }
}

#[test]
fn reader_never_panics_on_damaged_objects() {
    let mut rng = Rng::new(0x5eed_e1f0_0bad_cafe);
    let seeds = seeds();
    for seed in &seeds {
        exercise(seed);
    }
    for iter in 0..4000u64 {
        let mut b = seeds[(iter % seeds.len() as u64) as usize].clone();
        match rng.below(5) {
            // Truncate.
            0 => b.truncate(rng.below(b.len().max(1) as u64) as usize),
            // Flip a few bytes anywhere.
            1 => {
                for _ in 0..1 + rng.below(8) {
                    let at = rng.below(b.len().max(1) as u64) as usize;
                    b[at] = rng.next_u64() as u8;
                }
            }
            // Write an extreme 2/4/8-byte value somewhere in the headers or the tables at the end.
            2 | 3 => {
                let width = [2usize, 4, 8][rng.below(3) as usize];
                let region = if rng.below(2) == 0 {
                    0..64.min(b.len())
                } else {
                    b.len().saturating_sub(700)..b.len()
                };
                let at =
                    region.start + rng.below((region.end - region.start).max(1) as u64) as usize;
                let v: u64 = match rng.below(5) {
                    0 => 0,
                    1 => u64::MAX,
                    2 => b.len() as u64 + rng.below(64),
                    3 => 1 << rng.below(64),
                    _ => rng.next_u64(),
                };
                let bytes = v.to_le_bytes();
                for (k, byte) in bytes.iter().take(width).enumerate() {
                    if let Some(x) = b.get_mut(at + k) {
                        *x = *byte;
                    }
                }
            }
            // Random bytes behind a valid ELF identification.
            _ => {
                let n = rng.below(512) as usize;
                let mut r: Vec<u8> = (0..n).map(|_| rng.next_u64() as u8).collect();
                let id = &seeds[0][..20.min(n)];
                r[..id.len()].copy_from_slice(id);
                b = r;
            }
        }
        exercise(&b);
    }
}

#[test]
fn typed_errors() {
    let seed = seed_object();
    assert_eq!(elf::read(b"not an elf"), Err(ReadError::NotElf));
    assert_eq!(elf::read(&[]), Err(ReadError::NotElf));
    let mut b = seed.clone();
    b[4] = 1; // ELFCLASS32
    assert_eq!(elf::read(&b), Err(ReadError::NotElf64));
    let mut b = seed.clone();
    b[5] = 2; // ELFDATA2MSB
    assert_eq!(elf::read(&b), Err(ReadError::BigEndian));
    let mut b = seed.clone();
    b[18] = 62; // EM_X86_64
    assert_eq!(elf::read(&b), Err(ReadError::WrongMachine(62)));
    let mut b = seed.clone();
    b[16] = 2; // ET_EXEC
    assert_eq!(elf::read(&b), Err(ReadError::NotRelocatable(2)));
    assert!(matches!(
        elf::read(&seed[..40]),
        Err(ReadError::Malformed { .. })
    ));
    assert!(matches!(
        elf::read(&seed[..seed.len() - 1]),
        Err(ReadError::Malformed { .. })
    ));
    // Point the second section's contents at the ELF header.
    let mut b = seed.clone();
    let shoff = u64::from_le_bytes(b[40..48].try_into().unwrap()) as usize;
    let sh2 = shoff + 2 * 64;
    b[sh2 + 24..sh2 + 32].copy_from_slice(&8u64.to_le_bytes());
    assert!(
        matches!(elf::read(&b), Err(ReadError::Overlap { .. })),
        "{:?}",
        elf::read(&b)
    );
    assert_eq!(elf::read_raw(&[0; 12]), Err(ReadError::RawLength(12)));
    let raw = elf::read_raw(&[0x95, 0, 0, 0, 0, 0, 0, 0]).unwrap();
    assert_eq!(raw.sections.len(), 1);
    assert!(disasm::to_text(&raw, None).unwrap().contains("exit"));
    let obj = elf::read(&seed).unwrap();
    assert_eq!(elf::write(&obj).unwrap(), seed);
    let listing = disasm::to_text(&obj, Some("sk_lookup")).unwrap();
    assert!(
        listing.starts_with("\t.section\tsk_lookup,\"ax\",@progbits\n"),
        "{listing}"
    );
    assert!(
        listing.contains("\tr1 = m ll") && listing.contains("\tcall .LBB0_0"),
        "{listing}"
    );
    assert!(
        !listing.contains(".globl"),
        "a one-section listing has no declarations:\n{listing}"
    );
    assert_eq!(
        disasm::to_text(&obj, Some("nope")),
        Err(disasm::DisasmError::NoSuchSection("nope".into()))
    );
}
