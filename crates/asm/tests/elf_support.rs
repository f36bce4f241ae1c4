//! Shared by the elf_* and disasm_* tests (included with `#[path]`): small llvm-mc sources,
//! llvm-mc and clang runners, and a goblin-based summary of an object.
#![allow(dead_code)]
#![forbid(unsafe_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

pub const SOURCES: &[(&str, &str)] = &[
    (
        "maps_calls_addrsig",
        r#"
	.text
	.section	sk_lookup,"ax",@progbits
	.globl	prog
	.p2align	3
	.type	prog,@function
prog:
	r6 = r1
	r1 = sock_map ll
	r1 = local_map ll
	r2 = 0
	if r2 == 0 goto .LBB0_2
	call 1
	call sub
.LBB0_2:
	call other
	r0 = 0
	exit
.Lfunc_end0:
	.size	prog, .Lfunc_end0-prog

	.text
	.globl sub
	.type sub,@function
sub:
	r0 = 1
	exit
	.size sub, 16
	.section .text.other,"ax",@progbits
	.type other,@function
other:
	r0 = 2
	exit

	.type	local_map,@object
	.section	.maps,"aw",@progbits
	.globl	local_map
	.p2align	3
local_map:
	.zero	32
	.size	local_map, 32

	.type	_license,@object
	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4
	.addrsig
	.addrsig_sym local_map
"#,
    ),
    (
        "local_symbols_and_section_relocs",
        r#"
	.section .text.other,"ax",@progbits
other:
	r0 = 2
	exit
zzz:
	exit
	.section	sk_lookup,"ax",@progbits
	.globl	prog
prog:
	call zzz
	call other
	r1 = lmap ll
	r1 = lmap2 ll
	call .Ltmp
	r1 = .Ltmp2 ll
	exit
	.section	.maps,"aw",@progbits
	.p2align 3
	.zero 8
lmap:
	.zero	32
	.size	lmap, 32
	.type lmap,@object
.Ltmp2:
	.section	.data,"aw",@progbits
	.long 0
lmap2:
	.long 1
	.section .text.t3,"ax",@progbits
	exit
.Ltmp:
	exit
"#,
    ),
    (
        "data_relocs_btf_ext",
        r#"
	.file "x.c"
	.section s,"ax",@progbits
gfn:
	r0 = 0
	exit
	.globl gfn
.Lx:
	exit
	.section .data,"aw",@progbits
	.quad gfn
	.long .Lx
	.long gfn
	.long dvar
	.long undef
	.quad .Lx
dvar:
	.long 0
	.section .rodata.str1.1,"aMS",@progbits,1
.Lstr:
	.asciz "hello"
	.asciz "world"
	.section .BTF.ext,"",@progbits
	.long .Lx
	.long gfn
	.long dvar
	.long .Lstr+6
	.section .bss,"aw",@nobits
	.p2align 2
bvar:
	.zero 12
	.globl bvar
	.weak wk
	.section .data,"aw",@progbits
	.long wk
	.addrsig
	.addrsig_sym undef
	.addrsig_sym gfn
	.addrsig_sym dvar
"#,
    ),
    ("empty", ""),
];

pub fn llvm_mcs() -> Vec<PathBuf> {
    [
        "/usr/bin/llvm-mc",
        "/usr/lib/llvm-14/bin/llvm-mc",
        "/usr/lib/llvm-19/bin/llvm-mc",
    ]
    .iter()
    .map(PathBuf::from)
    .filter(|p| p.exists())
    .collect()
}

pub fn assemble(mc: &Path, src: &str) -> Result<Vec<u8>, String> {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("elf-rt-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let (s, o) = (dir.join("in.s"), dir.join("out.o"));
    std::fs::write(&s, src).map_err(|e| e.to_string())?;
    let out = Command::new(mc)
        .args(["-triple", "bpfel", "-filetype=obj", "-o"])
        .arg(&o)
        .arg(&s)
        .output()
        .map_err(|e| e.to_string())?;
    let res = if out.status.success() {
        std::fs::read(&o).map_err(|e| e.to_string())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let _ = std::fs::remove_dir_all(&dir);
    res
}

/// Sections (name, type, flags, align, entsize, contents), symbols (name, value, size, type,
/// binding, section name) and relocations (section, offset, type, symbol name, or the section
/// name for section symbols), read with goblin.
pub fn summary(bytes: &[u8]) -> Vec<String> {
    let elf = goblin::elf::Elf::parse(bytes).expect("goblin parses it");
    let secname = |i: usize| {
        elf.section_headers
            .get(i)
            .and_then(|h| elf.shdr_strtab.get_at(h.sh_name))
            .unwrap_or("?")
            .to_string()
    };
    let mut out = Vec::new();
    for h in &elf.section_headers {
        let data = h
            .file_range()
            .map(|r| bytes[r].to_vec())
            .unwrap_or_default();
        out.push(format!(
            "section {} type={:#x} flags={:#x} align={} entsize={} size={} data={:02x?}",
            elf.shdr_strtab.get_at(h.sh_name).unwrap_or("?"),
            h.sh_type,
            h.sh_flags,
            h.sh_addralign,
            h.sh_entsize,
            h.sh_size,
            if h.sh_type == goblin::elf::section_header::SHT_REL {
                vec![]
            } else {
                data
            }
        ));
    }
    let symname = |i: usize| {
        let s = elf.syms.get(i).unwrap();
        if s.st_type() == goblin::elf::sym::STT_SECTION {
            format!("[section {}]", secname(s.st_shndx))
        } else {
            elf.strtab.get_at(s.st_name).unwrap_or("?").to_string()
        }
    };
    for (i, s) in elf.syms.iter().enumerate() {
        out.push(format!(
            "symbol {} value={} size={} type={} bind={} section={}",
            symname(i),
            s.st_value,
            s.st_size,
            s.st_type(),
            s.st_bind(),
            if s.st_shndx == 0 {
                "UND".to_string()
            } else {
                secname(s.st_shndx)
            }
        ));
    }
    for (idx, rs) in &elf.shdr_relocs {
        let target = secname(elf.section_headers[*idx].sh_info as usize);
        for r in rs.iter() {
            out.push(format!(
                "reloc {target}+{:#x} type={} sym={}",
                r.r_offset,
                r.r_type,
                symname(r.r_sym)
            ));
        }
    }
    out
}

/// An SK_LOOKUP program in C without system headers (so only clang is needed).
pub const CLANG_SOURCE: &str = r#"
typedef unsigned int __u32;
typedef unsigned long long __u64;
struct bpf_sock;
struct bpf_sk_lookup { __u64 sk; __u32 family, protocol; };
#define SEC(n) __attribute__((section(n), used))
#define __uint(name, val) int (*name)[val]
static void *(*bpf_map_lookup_elem)(void *map, const void *key) = (void *) 1;
static long (*bpf_sk_assign)(void *ctx, void *sk, __u64 flags) = (void *) 124;
static long (*bpf_sk_release)(void *sock) = (void *) 86;

struct {
	__uint(type, 15);
	__uint(max_entries, 16);
	__uint(key_size, 4);
	__uint(value_size, 8);
} sock_map SEC(".maps");

static __attribute__((noinline)) int helper(int x) { return x * 3; }
const volatile int cfg = 5;

SEC("sk_lookup")
int prog(struct bpf_sk_lookup *ctx)
{
	__u32 key = 0;
	struct bpf_sock *sk = bpf_map_lookup_elem(&sock_map, &key);
	if (!sk)
		return helper(cfg) ? 0 : 1;
	long err = bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return err ? 0 : 1;
}

char _license[] SEC("license") = "GPL";
"#;

pub fn clang() -> Option<PathBuf> {
    ["/usr/bin/clang-14", "/usr/bin/clang"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
}

/// Compiles C for `-target bpf -O2` with extra flags.
pub fn compile_c(clang: &Path, src: &str, flags: &[&str]) -> Result<Vec<u8>, String> {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("elf-cc-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let (c, o) = (dir.join("p.c"), dir.join("p.o"));
    std::fs::write(&c, src).map_err(|e| e.to_string())?;
    let out = Command::new(clang)
        .args(["-O2", "-target", "bpf", "-c"])
        .args(flags)
        .arg(&c)
        .arg("-o")
        .arg(&o)
        .output()
        .map_err(|e| e.to_string())?;
    let res = if out.status.success() {
        std::fs::read(&o).map_err(|e| e.to_string())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let _ = std::fs::remove_dir_all(&dir);
    res
}

/// Prints `SKIPPED test: why` on stderr directly, past the test harness's output capture, so a
/// skip is visible in a plain `cargo test` run.
pub fn skipped(test: &str, why: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "SKIPPED {test}: {why}");
}
