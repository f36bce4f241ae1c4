//! `build(disasm(o)) == o` through skasm's own assembler: objects that skasm assembled
//! (with `.skmap` maps, one holding a spin lock, and `.license`) print as text that skasm assembles back to the same
//! ELF bytes, using the `.skmap`/`.license` forms.
#![forbid(unsafe_code)]

use asm::{disasm, elf};

const SOURCE: &str = r#"
	.skmap sock_map, type=sockmap, key=4, value=8, max_entries=16
	.skmap other, type=sockhash, key=12, value=8, max_entries=4, flags=1
	.skmap locked, type=hash, key=12, value=24, max_entries=4, spin_lock=20
	.section sk_lookup,"ax",@progbits
	.globl prog
	.type prog,@function
prog:
	r6 = r1
	r1 = sock_map ll
	r2 = 0
	if r2 == 0 goto out
	r1 = other ll
	call sub
out:
	r0 = 1
	exit
	.size prog, 80
	.text
sub:
	r0 = 0
	exit
	.license "GPL"
"#;

#[test]
fn skasm_objects_survive_disasm_build() {
    let obj = asm::assemble(SOURCE)
        .unwrap_or_else(|e| panic!("{}", asm::diag::render(&e, "src.s", SOURCE)));
    let bytes = elf::write(&obj).unwrap();
    let read = elf::read(&bytes).unwrap();
    assert_eq!(read.maps.len(), 3, "maps recovered from .BTF");
    let text = disasm::to_text(&read, None).unwrap();
    assert!(
        text.contains(
            "\t.skmap\tsock_map, type=sockmap, key=4, value=8, max_entries=16, flags=0\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("\t.skmap\tother, type=sockhash, key=12, value=8, max_entries=4, flags=1\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "\t.skmap\tlocked, type=hash, key=12, value=24, max_entries=4, flags=0, spin_lock=20\n"
        ),
        "{text}"
    );
    assert!(text.contains("\t.license\t\"GPL\"\n"), "{text}");
    assert!(text.contains("\tr1 = sock_map ll"), "{text}");
    assert!(
        !text.contains(".section\t.maps") && !text.contains(".section\t.BTF"),
        "{text}"
    );
    let again = asm::assemble(&text)
        .unwrap_or_else(|e| panic!("{}", asm::diag::render(&e, "disasm.s", &text)));
    let again = elf::write(&again).unwrap();
    assert!(again == bytes, "reassembled object differs; text:\n{text}");
}
