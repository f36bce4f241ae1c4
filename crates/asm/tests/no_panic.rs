//! The fuzz target's property (fuzz/fuzz_targets/parse.rs) for a few thousand iterations:
//! the assembler returns errors, never panics, on mutated sources and random bytes.
#![forbid(unsafe_code)]

mod common;
use common::Rng;

const SEEDS: &[&str] = &[
    include_str!("../../../examples/steer-http.s"),
    include_str!("../../../examples/proxy-any-port.s"),
    ".text\n r0 = *(u32 *)(r1 + 8)\n if w0 s> 5 goto +3\n lock *(u64 *)(r1 + 0) += r2\n r1 = m ll\n call 124\n exit\n.section .BTF,\"\",@progbits\n .long 1, 2\n .ascii \"a\\n\"\n.size x, .-x\n",
    ".file 0 \"/d\" \"a.c\" md5 0x12\n.file 1 \"inc/b.h\"\n.cfi_sections .debug_frame\n.cfi_startproc\n.loc 0 3 1 prologue_end\n r0 = 0\n.cfi_def_cfa_offset 8\n.loc 1 2 0 is_stmt 0 discriminator 2\n exit\n.cfi_offset 6, -8\n.cfi_endproc\n.section .rodata\n.loc 0 9 9\n .byte 1\n",
];

const TOKENS: &[&str] = &[
    "r",
    "w",
    "11",
    "-",
    "+",
    "(",
    ")",
    "*",
    "ll",
    "goto",
    "#",
    "\"",
    ",",
    ".long",
    ".skmap",
    "=",
    "0x",
    "\n",
    ":",
    "s>>=",
    "u64",
    "skb[",
    "call",
    "\\",
    "€",
    ".loc 1 ",
    ".file 2 ",
    "md5 ",
    ".cfi_startproc\n",
    ".cfi_endproc\n",
    "is_stmt ",
    "\n.text\n",
];

fn mutate(rng: &mut Rng, s: &str) -> Vec<u8> {
    let mut b = s.as_bytes().to_vec();
    for _ in 0..1 + rng.below(8) {
        if b.is_empty() {
            break;
        }
        let at = rng.below(b.len() as u64) as usize;
        match rng.below(4) {
            0 => {
                b.remove(at);
            }
            1 => b.insert(at, rng.next_u64() as u8),
            2 => {
                let t = rng.pick(TOKENS).as_bytes();
                b.splice(at..at, t.iter().copied());
            }
            _ => b[at] = rng.pick(b" \t()+-*=0123456789rwx.:,#\"\n"),
        }
    }
    b
}

#[test]
fn assembler_never_panics() {
    let mut rng = Rng::new(0xf022_0001);
    let mut rejected = 0;
    for i in 0..4000 {
        let input = if i % 10 == 0 {
            (0..rng.below(200)).map(|_| rng.next_u64() as u8).collect()
        } else {
            let seed = SEEDS[i % SEEDS.len()];
            mutate(&mut rng, seed)
        };
        match asm::assemble_bytes(&input) {
            Ok(object) => {
                let _ = asm::elf::write(&object);
            }
            Err(errors) => {
                rejected += 1;
                assert!(!errors.is_empty());
                let text = String::from_utf8_lossy(&input);
                let report = asm::diag::render(&errors, "fuzz.s", &text);
                assert!(report.contains("error["), "{report}");
            }
        }
    }
    assert!(
        rejected > 1000,
        "mutations should mostly be rejected, got {rejected}"
    );
}
