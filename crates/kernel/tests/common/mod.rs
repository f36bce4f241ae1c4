//! Shared helpers for the live-kernel tests: the skip check and instruction builders.
#![allow(dead_code)]

use isa::{AluOp, CallKind, Insn, JmpCond, LdImmKind, Operand, RawInsn, Reg, Size, Width};

/// Call first in every test that needs the kernel: returns false (after printing
/// `SKIPPED <test>: kernel unavailable: <reason>` to stderr) when the kernel is not usable,
/// so the test returns early instead of passing silently.
pub fn kernel_available(test: &str) -> bool {
    match kernel::availability() {
        Ok(()) => true,
        Err(u) => {
            // Written to the stderr handle directly: the test harness captures only the
            // print macros, so the line shows even for a passing (skipped) test.
            use std::io::Write;
            let line = format!("SKIPPED {test}: {u}\n");
            let _ = std::io::stderr().write_all(line.as_bytes());
            false
        }
    }
}

/// `require_kernel!("name")` at the top of a test.
#[macro_export]
macro_rules! require_kernel {
    ($name:expr) => {
        if !common::kernel_available($name) {
            return;
        }
    };
}

pub fn r(n: u8) -> Reg {
    Reg::new(n).expect("register 0..=10")
}
pub fn mov_imm(dst: u8, imm: i32) -> Insn {
    Insn::Alu {
        op: AluOp::Mov,
        width: Width::W64,
        dst: r(dst),
        src: Operand::Imm(imm),
    }
}
pub fn mov_reg(dst: u8, src: u8) -> Insn {
    Insn::Alu {
        op: AluOp::Mov,
        width: Width::W64,
        dst: r(dst),
        src: Operand::Reg(r(src)),
    }
}
pub fn add_imm(dst: u8, imm: i32) -> Insn {
    Insn::Alu {
        op: AluOp::Add,
        width: Width::W64,
        dst: r(dst),
        src: Operand::Imm(imm),
    }
}
pub fn and_imm(dst: u8, imm: i32) -> Insn {
    Insn::Alu {
        op: AluOp::And,
        width: Width::W64,
        dst: r(dst),
        src: Operand::Imm(imm),
    }
}
pub fn ldx(size: Size, dst: u8, src: u8, off: i16) -> Insn {
    Insn::Load {
        size,
        sign_extend: false,
        dst: r(dst),
        src: r(src),
        off,
    }
}
pub fn stx(size: Size, dst: u8, off: i16, src: u8) -> Insn {
    Insn::Store {
        size,
        dst: r(dst),
        off,
        src: Operand::Reg(r(src)),
    }
}
pub fn st_imm(size: Size, dst: u8, off: i16, imm: i32) -> Insn {
    Insn::Store {
        size,
        dst: r(dst),
        off,
        src: Operand::Imm(imm),
    }
}
/// `rN = <map> ll` placeholder (bound at load time).
pub fn ld_map(dst: u8) -> Insn {
    Insn::LdImm64 {
        dst: r(dst),
        kind: LdImmKind::Imm,
        imm: 0,
        imm_hi: 0,
    }
}
pub fn call(id: i32) -> Insn {
    Insn::Call(CallKind::Helper(id))
}
pub fn jeq_imm(dst: u8, imm: i32, off: i16) -> Insn {
    Insn::JmpIf {
        cond: JmpCond::Eq,
        width: Width::W64,
        dst: r(dst),
        src: Operand::Imm(imm),
        off,
    }
}
pub fn jne_imm(dst: u8, imm: i32, off: i16) -> Insn {
    Insn::JmpIf {
        cond: JmpCond::Ne,
        width: Width::W64,
        dst: r(dst),
        src: Operand::Imm(imm),
        off,
    }
}
pub fn exit() -> Insn {
    Insn::Exit
}
pub fn encode(insns: &[Insn]) -> Vec<RawInsn> {
    insns.iter().flat_map(|i| i.encode()).collect()
}

/// `key = 0 on the stack; r0 = bpf_map_lookup_elem(<map at slot 5>, &key)`, with the
/// context saved in r6. Slots 0..=7; the map reference is at slot 5.
pub fn lookup_key0_prologue() -> Vec<Insn> {
    vec![
        mov_reg(6, 1),
        mov_imm(1, 0),
        stx(Size::W, 10, -4, 1),
        mov_reg(2, 10),
        add_imm(2, -4),
        ld_map(1),
        call(1),
    ]
}
/// Slot of the map reference in [`lookup_key0_prologue`].
pub const PROLOGUE_MAP_SLOT: usize = 5;

/// `map_lookup_ok` of verifier-messages.md with `bpf_sk_assign` flags `flags`:
/// look up key 0 in a SOCKMAP/SOCKHASH (slot 5), assign it, release it, return 1.
pub fn assign_from_map(flags: i32) -> Vec<RawInsn> {
    let mut p = lookup_key0_prologue();
    p.extend([
        jeq_imm(0, 0, 7), // if r0 == 0 goto out (skips 7 slots)
        mov_reg(7, 0),
        mov_reg(1, 6),
        mov_reg(2, 7),
        mov_imm(3, flags),
        call(124), // bpf_sk_assign
        mov_reg(1, 7),
        call(86), // bpf_sk_release
        // out:
        mov_imm(0, 1),
        exit(),
    ]);
    encode(&p)
}

/// Re-runs the calling test binary (every test but `caller`) inside each cached kernel image
/// (`target/kernels`, see `bootvm::selftest`), printing per kernel libtest's figures and the
/// guest's `probe:` lines; fails with the guest's output when a test failed there.
pub fn passes_in_each_kernel_image(binary: &str, caller: &str) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let t = bootvm::selftest::SelfTest {
        caller,
        images_dir: root.join("target/kernels"),
        dirs: Vec::new(),
        cwd: None,
        summary_prefixes: &["probe: "],
        pass_env: &[],
        guest_env: &[],
        timeout: std::time::Duration::from_secs(300),
    };
    if let Err(failures) = bootvm::selftest::check_in_each_image(&t, binary) {
        panic!("{failures}");
    }
}

/// The running kernel's release with upstream's behaviours.
#[allow(dead_code)] // not every test binary asks
pub fn running() -> skctx::KernelProfile {
    let release = kernel::release().unwrap();
    skctx::KernelProfile::from_release(&release).unwrap()
}
