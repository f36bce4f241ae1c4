//! The instruction set against the live kernel: every ALU (both widths, register and
//! immediate sources, cpu v4 included), byte swap, JMP/JMP32 condition, load/store size (with
//! sign extension), and atomic operation on edge values — 0 and INT_MIN divisors, -1, shift
//! counts at and past the width, values whose upper half must be cleared by 32-bit
//! operations. Each case is a tiny program loaded as `BPF_PROG_TYPE_SOCKET_FILTER`, whose
//! test run returns R0's low 32 bits; 64-bit results are checked in two runs (R0 and
//! R0 >> 32). The same programs run on the interpreter, which must give the same R0, and on
//! the jit, which must end with the interpreter's whole outcome (`common::run_both`).
#![forbid(unsafe_code)]
// The kernel crate is Linux only.
#![cfg(target_os = "linux")]

mod common;

use isa::{AluOp, AtomicOp, EndianKind, Insn, JmpCond, Operand, RawInsn, Reg, Size, Width};
use vm::{Program, RunOptions, World};

const VALUES: [u64; 12] = [
    0,
    1,
    31,
    32,
    63,
    64,
    0x7fff_ffff,
    0x8000_0000,
    0xffff_ffff,
    0x8000_0000_0000_0000,
    u64::MAX,
    0x1234_5678_9abc_def0,
];

const IMMS: [i32; 8] = [0, 1, -1, 31, 32, 63, i32::MIN, 0x1234_5678];

const BINARY: [AluOp; 13] = [
    AluOp::Add,
    AluOp::Sub,
    AluOp::Mul,
    AluOp::Div,
    AluOp::SDiv,
    AluOp::Or,
    AluOp::And,
    AluOp::Lsh,
    AluOp::Rsh,
    AluOp::Mod,
    AluOp::SMod,
    AluOp::Xor,
    AluOp::Arsh,
];

const CONDS: [JmpCond; 11] = [
    JmpCond::Eq,
    JmpCond::Gt,
    JmpCond::Ge,
    JmpCond::Set,
    JmpCond::Ne,
    JmpCond::SGt,
    JmpCond::SGe,
    JmpCond::Lt,
    JmpCond::Le,
    JmpCond::SLt,
    JmpCond::SLe,
];

fn r(n: u8) -> Reg {
    Reg::new(n).expect("register")
}

fn ld(dst: u8, v: u64) -> Insn {
    let (imm, imm_hi) = Insn::split_imm64(v);
    Insn::LdImm64 {
        dst: r(dst),
        kind: isa::LdImmKind::Imm,
        imm,
        imm_hi,
    }
}

fn alu(op: AluOp, width: Width, dst: u8, src: Operand) -> Insn {
    Insn::Alu {
        op,
        width,
        dst: r(dst),
        src,
    }
}

fn mov(dst: u8, src: u8) -> Insn {
    alu(AluOp::Mov, Width::W64, dst, Operand::Reg(r(src)))
}

/// `body` then R0's low half (`hi` false) or high half as the return value.
fn finish(body: Vec<Insn>, hi: bool) -> Vec<RawInsn> {
    finish_with(body, hi, &[])
}

/// [`finish`], then `subprogs` (after the main program's `exit`).
fn finish_with(mut body: Vec<Insn>, hi: bool, subprogs: &[Insn]) -> Vec<RawInsn> {
    if hi {
        body.push(alu(AluOp::Rsh, Width::W64, 0, Operand::Imm(32)));
    }
    body.push(Insn::Exit);
    body.extend_from_slice(subprogs);
    body.iter().flat_map(|i| i.encode()).collect()
}

/// The verifier refuses a constant shift count outside the width and a constant divisor of
/// 0 (`invalid shift`, `div by zero`): those forms never run in the kernel.
fn refused_at_load(op: AluOp, width: Width, imm: i32) -> bool {
    let bits = if width == Width::W64 { 64 } else { 32 };
    match op {
        AluOp::Lsh | AluOp::Rsh | AluOp::Arsh => !(0..bits).contains(&imm),
        AluOp::Div | AluOp::SDiv | AluOp::Mod | AluOp::SMod => imm == 0,
        _ => false,
    }
}

/// Runs programs on both engines and collects the disagreements.
struct Oracle {
    checked: usize,
    refused: usize,
    bad: Vec<String>,
}

impl Oracle {
    /// A form the kernel refuses at load: check that it does (nothing to compare).
    fn refused(&mut self, what: &str, body: Vec<Insn>) {
        self.refused += 1;
        match kernel_r0(&finish(body, false)) {
            Err(e) if e.starts_with("rejected") => {}
            other => self.bad.push(format!(
                "{what}: expected a load-time refusal, kernel {other:?}"
            )),
        }
    }

    fn check(&mut self, what: &str, body: Vec<Insn>) {
        self.check_with(what, body, &[]);
    }

    fn check_with(&mut self, what: &str, body: Vec<Insn>, subprogs: &[Insn]) {
        for hi in [false, true] {
            self.check_half(what, body.clone(), subprogs, hi);
        }
    }

    fn check_half(&mut self, what: &str, body: Vec<Insn>, subprogs: &[Insn], hi: bool) {
        let code = finish_with(body, hi, subprogs);
        let kernel = kernel_r0(&code);
        let ours = vm_r0(&code);
        self.checked += 1;
        if kernel != ours {
            self.bad.push(format!(
                "{what} ({} half): kernel {kernel:?}, interpreter {ours:?}",
                if hi { "high" } else { "low" }
            ));
        }
    }
}

fn kernel_r0(code: &[RawInsn]) -> Result<u32, String> {
    let opts = kernel::LoadOptions {
        prog_type: kernel::PROG_TYPE_SOCKET_FILTER,
        expected_attach_type: 0,
        log_level: 0,
        stats: false,
        ..Default::default()
    };
    let out = kernel::load(code, &[], &opts).map_err(|e| e.to_string())?;
    let Some(prog) = out.program else {
        return Err(format!("rejected: {:?} {}", out.errno, out.log));
    };
    let res = kernel::test_run_data(&prog, &[0u8; 64]).map_err(|e| e.to_string())?;
    match (res.errno, res.retval) {
        (None, Some(v)) => Ok(v),
        (e, _) => Err(format!("test run failed: {e:?}")),
    }
}

fn vm_r0(code: &[RawInsn]) -> Result<u32, String> {
    let prog = Program::unverified("isa", code, &[]);
    let tuple = "tcp 10.0.0.1:1 -> 10.0.0.2:2".parse().expect("tuple");
    let mut world = World::new();
    common::run_both(
        &[prog],
        &tuple,
        &mut world,
        &RunOptions::new(common::host_profile()),
    )
    .map(|o| o.retval as u32)
    .map_err(|t| t.to_string())
}

fn kernel_available(test: &str) -> bool {
    match kernel::availability() {
        Ok(()) => true,
        Err(u) => {
            use std::io::Write;
            let _ = std::io::stderr().write_all(format!("SKIPPED {test}: {u}\n").as_bytes());
            false
        }
    }
}

fn report(name: &str, o: Oracle) {
    assert!(
        o.bad.is_empty(),
        "{} of {} runs disagree:\n{}",
        o.bad.len(),
        o.checked,
        o.bad.join("\n")
    );
    say_line(format!(
        "{name}: {} kernel runs agree with the interpreter ({} forms refused at load by the kernel); {}",
        o.checked, o.refused, common::native_share()
    ));
}

fn oracle() -> Oracle {
    Oracle {
        checked: 0,
        refused: 0,
        bad: Vec::new(),
    }
}

#[test]
fn alu_agrees_with_the_kernel() {
    if !kernel_available("alu_agrees_with_the_kernel") {
        return;
    }
    let mut o = oracle();
    for width in [Width::W64, Width::W32] {
        for op in BINARY {
            for a in VALUES {
                for b in VALUES {
                    let body = vec![
                        ld(1, a),
                        ld(2, b),
                        alu(op, width, 1, Operand::Reg(r(2))),
                        mov(0, 1),
                    ];
                    o.check(&format!("{op:?} {width:?} {a:#x}, {b:#x}"), body);
                }
                for imm in IMMS {
                    let body = vec![ld(1, a), alu(op, width, 1, Operand::Imm(imm)), mov(0, 1)];
                    let what = format!("{op:?} {width:?} {a:#x}, imm {imm}");
                    if refused_at_load(op, width, imm) {
                        o.refused(&what, body);
                    } else {
                        o.check(&what, body);
                    }
                }
            }
        }
        for a in VALUES {
            let unary = [
                AluOp::Neg,
                AluOp::Mov,
                AluOp::MovSx(Size::B),
                AluOp::MovSx(Size::H),
            ];
            for op in unary
                .into_iter()
                .chain((width == Width::W64).then_some(AluOp::MovSx(Size::W)))
            {
                let src = if op == AluOp::Neg {
                    Operand::Imm(0)
                } else {
                    Operand::Reg(r(2))
                };
                let body = vec![
                    ld(1, 0x5555_5555_5555_5555),
                    ld(2, a),
                    mov(1, 2),
                    alu(op, width, 1, src),
                    mov(0, 1),
                ];
                o.check(&format!("{op:?} {width:?} {a:#x}"), body);
            }
        }
    }
    report("alu", o);
}

#[test]
fn byte_swaps_agree_with_the_kernel() {
    if !kernel_available("byte_swaps_agree_with_the_kernel") {
        return;
    }
    let mut o = oracle();
    for kind in [EndianKind::Le, EndianKind::Be, EndianKind::Swap] {
        for bits in [16u16, 32, 64] {
            for a in VALUES {
                let body = vec![
                    ld(1, a),
                    Insn::Endian {
                        kind,
                        bits,
                        dst: r(1),
                    },
                    mov(0, 1),
                ];
                o.check(&format!("{kind:?}{bits} {a:#x}"), body);
            }
        }
    }
    report("byte swaps", o);
}

#[test]
fn jumps_agree_with_the_kernel() {
    if !kernel_available("jumps_agree_with_the_kernel") {
        return;
    }
    let mut o = oracle();
    for width in [Width::W64, Width::W32] {
        for cond in CONDS {
            for a in VALUES {
                let srcs = VALUES
                    .iter()
                    .map(|b| (format!("{b:#x}"), Some(*b), Operand::Reg(r(2))))
                    .chain(
                        IMMS.iter()
                            .map(|i| (format!("imm {i}"), None, Operand::Imm(*i))),
                    );
                for (text, b, src) in srcs {
                    let body = vec![
                        ld(1, a),
                        ld(2, b.unwrap_or(0)),
                        alu(AluOp::Mov, Width::W64, 0, Operand::Imm(1)),
                        Insn::JmpIf {
                            cond,
                            width,
                            dst: r(1),
                            src,
                            off: 1,
                        },
                        alu(AluOp::Mov, Width::W64, 0, Operand::Imm(0)),
                    ];
                    o.check(&format!("if {a:#x} {cond:?} {width:?} {text}"), body);
                }
            }
        }
    }
    report("jumps", o);
}

fn store(size: Size, off: i16, src: Operand) -> Insn {
    Insn::Store {
        size,
        dst: Reg::FP,
        off,
        src,
    }
}

fn load(size: Size, sign_extend: bool, dst: u8, off: i16) -> Insn {
    Insn::Load {
        size,
        sign_extend,
        dst: r(dst),
        src: Reg::FP,
        off,
    }
}

#[test]
fn loads_and_stores_agree_with_the_kernel() {
    if !kernel_available("loads_and_stores_agree_with_the_kernel") {
        return;
    }
    let mut o = oracle();
    let pattern = 0x8899_aabb_ccdd_eeffu64;
    for a in VALUES {
        for size in Size::ALL {
            // Store `size` bytes of a over a known pattern, read the whole word back.
            let body = vec![
                ld(1, pattern),
                store(Size::DW, -8, Operand::Reg(r(1))),
                ld(2, a),
                store(size, -8, Operand::Reg(r(2))),
                load(Size::DW, false, 0, -8),
            ];
            o.check(&format!("store {size:?} {a:#x}"), body);
            // Read `size` bytes of a at every aligned offset, plain and sign-extended.
            for k in (0..8).step_by(size.bytes() as usize) {
                for sx in [false, true] {
                    if sx && size == Size::DW {
                        continue;
                    }
                    let body = vec![
                        ld(1, a),
                        store(Size::DW, -8, Operand::Reg(r(1))),
                        load(size, sx, 0, -8 + k as i16),
                    ];
                    o.check(&format!("load {size:?} sx={sx} at +{k} of {a:#x}"), body);
                }
            }
        }
    }
    for imm in IMMS {
        for size in Size::ALL {
            let body = vec![
                ld(1, pattern),
                store(Size::DW, -8, Operand::Reg(r(1))),
                store(size, -8, Operand::Imm(imm)),
                load(Size::DW, false, 0, -8),
            ];
            o.check(&format!("store {size:?} imm {imm}"), body);
        }
    }
    report("loads and stores", o);
}

#[test]
fn atomics_agree_with_the_kernel() {
    if !kernel_available("atomics_agree_with_the_kernel") {
        return;
    }
    let mut o = oracle();
    let ops = [
        AtomicOp::Add,
        AtomicOp::Or,
        AtomicOp::And,
        AtomicOp::Xor,
        AtomicOp::Xchg,
        AtomicOp::CmpXchg,
    ];
    let few = [
        0u64,
        1,
        0xffff_ffff,
        0x8000_0000_0000_0000,
        u64::MAX,
        0x1234_5678_9abc_def0,
    ];
    for size in [Size::W, Size::DW] {
        for op in ops {
            let fetches: &[bool] = match op {
                AtomicOp::Xchg | AtomicOp::CmpXchg => &[true],
                _ => &[false, true],
            };
            for &fetch in fetches {
                for a in few {
                    for b in few {
                        // memory = a, r1 = b, r0 = a (cmpxchg compares with R0: equal, and
                        // unequal with r0 = b).
                        for r0 in [a, b] {
                            let atomic = Insn::Atomic {
                                op,
                                fetch,
                                size,
                                dst: Reg::FP,
                                src: r(1),
                                off: -8,
                            };
                            let base = vec![
                                ld(2, a),
                                store(Size::DW, -8, Operand::Reg(r(2))),
                                ld(1, b),
                                ld(0, r0),
                                atomic,
                            ];
                            let what = format!(
                                "{op:?} fetch={fetch} {size:?} mem={a:#x} src={b:#x} r0={r0:#x}"
                            );
                            let mut mem = base.clone();
                            mem.push(load(Size::DW, false, 0, -8));
                            o.check(&format!("{what}: memory"), mem);
                            let mut src = base.clone();
                            src.push(mov(0, 1));
                            o.check(&format!("{what}: src"), src);
                            if op == AtomicOp::CmpXchg {
                                o.check(&format!("{what}: r0"), base);
                            }
                            if op != AtomicOp::CmpXchg {
                                break;
                            }
                        }
                    }
                }
            }
        }
    }
    for size in Size::ALL {
        for a in few {
            // load_acquire: r3 = *(r2 + 0) with r2 = fp - 8; store_release of r1's low bytes
            // over a pattern.
            let acquire = vec![
                ld(1, a),
                store(Size::DW, -8, Operand::Reg(r(1))),
                mov(2, 10),
                alu(AluOp::Add, Width::W64, 2, Operand::Imm(-8)),
                ld(3, 0x5555_5555_5555_5555),
                Insn::Atomic {
                    op: AtomicOp::LoadAcquire,
                    fetch: false,
                    size,
                    dst: r(3),
                    src: r(2),
                    off: 0,
                },
                mov(0, 3),
            ];
            o.check(&format!("load_acquire {size:?} of {a:#x}"), acquire);
            let release = vec![
                ld(2, 0x8899_aabb_ccdd_eeff),
                store(Size::DW, -8, Operand::Reg(r(2))),
                ld(1, a),
                Insn::Atomic {
                    op: AtomicOp::StoreRelease,
                    fetch: false,
                    size,
                    dst: Reg::FP,
                    src: r(1),
                    off: -8,
                },
                load(Size::DW, false, 0, -8),
            ];
            o.check(&format!("store_release {size:?} of {a:#x}"), release);
        }
    }
    report("atomics", o);
}

#[test]
fn long_jumps_and_calls_agree_with_the_kernel() {
    if !kernel_available("long_jumps_and_calls_agree_with_the_kernel") {
        return;
    }
    let mut o = oracle();
    for a in VALUES {
        // gotol over a clobber (reachable through a branch no value here takes).
        let body = vec![
            ld(0, a),
            Insn::JmpIf {
                cond: JmpCond::Eq,
                width: Width::W64,
                dst: r(0),
                src: Operand::Imm(5),
                off: 1,
            },
            Insn::Ja { off: 1, long: true },
            alu(AluOp::Mov, Width::W64, 0, Operand::Imm(7)),
        ];
        o.check(&format!("gotol with r0 = {a:#x}"), body);
        // A BPF-to-BPF call: the callee gets r1, clobbers r6 in its own frame and writes its
        // own stack; the caller's r6 and stack survive.
        let main = vec![
            ld(1, a),
            ld(6, 0x0102_0304_0506_0708),
            store(Size::DW, -8, Operand::Reg(r(6))),
            Insn::Call(isa::CallKind::Local(0)),
            load(Size::DW, false, 2, -8),
            alu(AluOp::Xor, Width::W64, 0, Operand::Reg(r(2))),
            alu(AluOp::Add, Width::W64, 0, Operand::Reg(r(6))),
        ];
        let callee = [
            mov(0, 1),
            alu(AluOp::Mul, Width::W64, 0, Operand::Imm(3)),
            ld(6, 99),
            store(Size::DW, -8, Operand::Reg(r(0))),
            Insn::Exit,
        ];
        // The call's offset: from the call to the first slot after the main program.
        for hi in [false, true] {
            let tail = if hi { 2 } else { 1 };
            let mut m = main.clone();
            m[3] = Insn::Call(isa::CallKind::Local(3 + tail));
            o.check_half(&format!("call with r1 = {a:#x}"), m, &callee, hi);
        }
    }
    report("long jumps and calls", o);
}

/// Writes one line to stderr past libtest's capture (which keeps `eprintln!` output of a
/// passing test), so that the test's summary shows in `cargo test`'s output.
fn say_line(line: impl std::fmt::Display) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "{line}");
}
