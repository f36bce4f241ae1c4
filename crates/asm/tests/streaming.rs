//! However the source is split and scheduled (blocks of any size, on worker threads or not,
//! read from a stream in chunks of any size), the assembler gives the same object, or the
//! same diagnostics, as `asm::assemble` on the whole text.
#![forbid(unsafe_code)]

mod common;
use asm::lower::{assemble_in_blocks, assemble_reader_in_blocks};
use asm::{AsmError, Object};
use common::*;
use std::io::Read;
use std::path::PathBuf;

fn outcome(r: Result<Object, Vec<AsmError>>, source: &[u8]) -> String {
    match r {
        Ok(obj) => format!("{obj:#?}"),
        Err(errors) => asm::diag::render(&errors, "in.s", &String::from_utf8_lossy(source)),
    }
}

/// Hands out its bytes `chunk` at a time, as a pipe or a slow file would.
struct Chunky<'a> {
    bytes: &'a [u8],
    chunk: usize,
}

impl Read for Chunky<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.chunk.min(buf.len()).min(self.bytes.len());
        buf[..n].copy_from_slice(&self.bytes[..n]);
        self.bytes = &self.bytes[n..];
        Ok(n)
    }
}

/// Every way of splitting gives what `assemble_bytes` gives.
fn check_all_ways(name: &str, source: &[u8]) {
    let want = outcome(asm::assemble_bytes(source), source);
    let block_sizes = [1, 7, 100, 4096, 1 << 20];
    if let Ok(text) = std::str::from_utf8(source) {
        for &block in &block_sizes {
            for threaded in [false, true] {
                let got = outcome(
                    assemble_in_blocks(text, block, threaded, &Default::default()),
                    source,
                );
                assert_eq!(
                    got, want,
                    "{name}: blocks of {block} bytes, threaded {threaded}"
                );
            }
        }
    }
    for &block in &block_sizes {
        for chunk in [1, 3, 4096] {
            let reader = Chunky {
                bytes: source,
                chunk,
            };
            let got = assemble_reader_in_blocks(reader, source.len(), block, &Default::default())
                .expect("reading from memory cannot fail");
            assert_eq!(
                outcome(got, source),
                want,
                "{name}: read {chunk} bytes at a time, blocks of {block} bytes"
            );
        }
    }
}

/// A source with labels, jumps to them in both directions, map references, data
/// sections and symbols, `count` instructions long; `errors` adds a bad line now and then.
fn generated(count: usize, seed: u64, errors: bool) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::from("\t.text\n\t.globl\tprog\nprog:\n");
    let labels = count / 6 + 1;
    let mut next_label = 0;
    for i in 0..count {
        if i % 6 == 0 && next_label < labels {
            out.push_str(&format!(".LBB0_{next_label}:\n"));
            next_label += 1;
        }
        let line = match rng.below(20) {
            0..=1 => format!(
                "\tif r{} > r{} goto .LBB0_{}",
                rng.below(10),
                rng.below(10),
                rng.below(labels as u64)
            ),
            2 => format!("\tgoto .LBB0_{}", rng.below(labels as u64)),
            3 => format!("\tr{} = map_{} ll", rng.below(10), rng.below(3)),
            4 if rng.below(8) == 0 => {
                "\t.section\t.rodata,\"a\",@progbits\n\t.long\t7\n\t.asciz\t\"x # y\"\n\t.text"
                    .to_string()
            }
            _ => format!("\t{}   # comment {i}", random_insn(&mut rng)),
        };
        out.push_str(&line);
        out.push('\n');
        if errors && rng.below(150) == 0 {
            out.push_str(rng.pick(&[
                "\tr11 = 1\n",
                "\tgoto .Lnowhere\n",
                "\t.frobnicate 3\n",
                "prog:\n",
                "\tr0 = *(u32 *)(r1 + 8\n",
                "\tw0 += r1\n",
            ]));
        }
    }
    out.push_str("\texit\n");
    out
}

#[test]
fn generated_sources_come_out_the_same_however_split() {
    for seed in 0..4 {
        let errors = seed % 2 == 1;
        let text = generated(3000, seed, errors);
        assert_eq!(asm::assemble(&text).is_err(), errors, "seed {seed}");
        check_all_ways(&format!("generated (seed {seed})"), text.as_bytes());
    }
}

#[test]
fn repository_sources_come_out_the_same_however_split() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = files_with_ext(&root.join("crates/asm/tests/corpus"), "s");
    files.extend(files_with_ext(&root.join("examples"), "s"));
    files.extend(files_with_ext(&root.join("tests/c"), "s"));
    assert!(files.len() >= 6, "the sources are missing");
    for path in files {
        let bytes = std::fs::read(&path).unwrap();
        check_all_ways(&path.display().to_string(), &bytes);
    }
}

#[test]
fn odd_inputs_come_out_the_same_however_split() {
    let cases: &[&[u8]] = &[
        b"",
        b"\n",
        b"exit",
        b"\r\n\r\nexit\r\n",
        b"r0 = 1\nexit \xff\n",
        b"r0 = 1\nexit\n\xe2\x82\xac\n",
        b"\xe2\x82",
        b"a:\nb: c: exit\nd:",
        b".text\nout:\n    r0 = 1\nout:\n    exit\n",
        b".ascii \"a\\\"b # not a comment\" # a comment\n",
    ];
    for (k, &case) in cases.iter().enumerate() {
        check_all_ways(&format!("odd input {k}"), case);
    }
    let mut long_line = b"\t.ascii \"".to_vec();
    long_line.extend(std::iter::repeat_n(b'z', 300_000));
    long_line.extend_from_slice(b"\"\n");
    check_all_ways("a line longer than a block", &long_line);
}

/// Hands out some bytes, then fails.
struct Failing<'a> {
    bytes: &'a [u8],
}

impl Read for Failing<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.bytes.is_empty() {
            return Err(std::io::Error::other("the disk went away"));
        }
        let n = 5.min(buf.len()).min(self.bytes.len());
        buf[..n].copy_from_slice(&self.bytes[..n]);
        self.bytes = &self.bytes[n..];
        Ok(n)
    }
}

#[test]
fn a_failed_read_is_an_io_error_however_split() {
    let text = generated(200, 9, false);
    for block in [1, 64, 4096, 1 << 20] {
        let reader = Failing {
            bytes: &text.as_bytes()[..text.len() / 2],
        };
        let err = assemble_reader_in_blocks(reader, text.len(), block, &Default::default())
            .expect_err("the read failed");
        assert_eq!(err.to_string(), "the disk went away", "blocks of {block}");
    }
}

#[test]
fn data_in_code_comes_out_the_same_however_split() {
    let mut rng = Rng::new(0xda7a_0005);
    for k in 0..3 {
        let text = data_in_code_program(&mut rng, 1500, LLVM19);
        if let Err(e) = asm::assemble(&text) {
            panic!("{}", asm::diag::render(&e, "gen.s", &text));
        }
        check_all_ways(&format!("data in code (program {k})"), text.as_bytes());
    }
}
