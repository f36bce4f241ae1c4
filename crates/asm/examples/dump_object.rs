//! Prints the sections, symbols and relocations `asm::assemble` makes of a file (debugging aid).
#![forbid(unsafe_code)]
fn main() {
    let path = std::env::args().nth(1).expect("usage: dump_object FILE.s");
    let src = std::fs::read(&path).expect("readable file");
    match asm::assemble_bytes(&src) {
        Ok(o) => {
            for s in &o.sections {
                let hex: String = s.data.iter().map(|b| format!("{b:02x}")).collect();
                println!(
                    "section {} flags={:#x} align={} {}",
                    s.name, s.flags, s.align, hex
                );
                for r in &s.relocs {
                    println!("  reloc {:#x} {} {:?}", r.offset, r.kind.name(), r.target);
                }
            }
            for s in &o.symbols {
                println!(
                    "sym {} sec={:?} value={} size={} {:?} {:?}",
                    s.name, s.section, s.value, s.size, s.kind, s.binding
                );
            }
        }
        Err(es) => print!(
            "{}",
            asm::diag::render(&es, &path, &String::from_utf8_lossy(&src))
        ),
    }
}
