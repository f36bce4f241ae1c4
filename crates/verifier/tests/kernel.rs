//! Precision against the live kernel: random straight-line programs with conditional exits,
//! loaded with log level 2; every register state the kernel prints for r6 and r7 (after each
//! instruction on the first path, and at each `from X to Y:` branch) must be exactly what
//! `verifier::bounds` computes for the running kernel's release. Skipped (loudly) without a
//! usable kernel.

use isa::{AluOp, CallKind, EndianKind, Insn, JmpCond, Operand, Reg, Size, Width};
use verifier::{AluOutcome, BranchOutcome, Domain, Scalar};

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

fn r(n: u8) -> Reg {
    Reg::new(n).expect("register")
}

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }
}

const IMMS: &[i32] = &[
    1,
    2,
    3,
    5,
    7,
    8,
    15,
    16,
    31,
    32,
    63,
    0xff,
    0x100,
    0xfff,
    0x3f00,
    0xffff,
    0x7fff_ffff,
    -1,
    -2,
    -8,
    -256,
    -0x8000,
    i32::MIN,
    0x1234_5678,
    100,
    1000,
];
const OPS: &[AluOp] = &[
    AluOp::Add,
    AluOp::Sub,
    AluOp::Mul,
    AluOp::Div,
    AluOp::SDiv,
    AluOp::Or,
    AluOp::And,
    AluOp::Lsh,
    AluOp::Rsh,
    AluOp::Neg,
    AluOp::Mod,
    AluOp::SMod,
    AluOp::Xor,
    AluOp::Mov,
    AluOp::MovSx(Size::B),
    AluOp::MovSx(Size::H),
    AluOp::MovSx(Size::W),
    AluOp::Arsh,
];
const CONDS: &[JmpCond] = &[
    JmpCond::Eq,
    JmpCond::Ne,
    JmpCond::Set,
    JmpCond::Gt,
    JmpCond::Ge,
    JmpCond::Lt,
    JmpCond::Le,
    JmpCond::SGt,
    JmpCond::SGe,
    JmpCond::SLt,
    JmpCond::SLe,
];

/// One random step on r6/r7; `None` when the draw is not a valid instruction.
fn step(rng: &mut Rng) -> Option<Insn> {
    let dst = r(rng.pick(&[6, 7]));
    let width = rng.pick(&[Width::W64, Width::W32]);
    let src = if rng.below(3) == 0 {
        Operand::Reg(r(rng.pick(&[6, 7])))
    } else {
        Operand::Imm(rng.pick(IMMS))
    };
    match rng.below(10) {
        0..=2 => {
            let cond = rng.pick(CONDS);
            Some(Insn::JmpIf {
                cond,
                width,
                dst,
                src,
                off: 0,
            })
        }
        3 => {
            let kind = rng.pick(&[EndianKind::Le, EndianKind::Be, EndianKind::Swap]);
            Some(Insn::Endian {
                kind,
                bits: rng.pick(&[16, 32, 64]),
                dst,
            })
        }
        _ => {
            let op = rng.pick(OPS);
            let src = match (op, src) {
                (AluOp::Neg, _) => Operand::Imm(0),
                // Register moves would link r6 and r7 by id (sync_linked_regs): keep the
                // sign-extending move within one register.
                (AluOp::MovSx(_), _) => Operand::Reg(dst),
                (AluOp::Mov, Operand::Reg(_)) => Operand::Imm(rng.pick(IMMS)),
                (AluOp::Lsh | AluOp::Rsh | AluOp::Arsh, Operand::Imm(_)) => {
                    let bits = if width == Width::W64 { 64 } else { 32 };
                    Operand::Imm((rng.next() % bits) as i32)
                }
                (_, s) => s,
            };
            if matches!(op, AluOp::MovSx(Size::W)) && width == Width::W32 {
                return None;
            }
            Some(Insn::Alu {
                op,
                width,
                dst,
                src,
            })
        }
    }
}

fn program(rng: &mut Rng, steps: usize) -> Vec<Insn> {
    let mov = |d: u8, s: u8| Insn::Alu {
        op: AluOp::Mov,
        width: Width::W64,
        dst: r(d),
        src: Operand::Reg(r(s)),
    };
    let mut p = vec![
        Insn::Call(CallKind::Helper(7)),
        mov(6, 0),
        Insn::Call(CallKind::Helper(7)),
        mov(7, 0),
        Insn::Alu {
            op: AluOp::Mov,
            width: Width::W64,
            dst: r(0),
            src: Operand::Imm(0),
        },
    ];
    // A few masks first so that the values are not all unknown.
    for d in [6u8, 7] {
        if rng.below(2) == 0 {
            let op = rng.pick(&[AluOp::And, AluOp::Or, AluOp::Add]);
            p.push(Insn::Alu {
                op,
                width: Width::W64,
                dst: r(d),
                src: Operand::Imm(rng.pick(IMMS)),
            });
        }
    }
    while p.len() < steps {
        if let Some(i) = step(rng) {
            p.push(i);
        }
    }
    let exit_at = p.len();
    for (i, insn) in p.iter_mut().enumerate() {
        if let Insn::JmpIf { off, .. } = insn {
            *off = (exit_at - i - 1) as i16;
        }
    }
    p.push(Insn::Exit);
    p
}

type Regs = [Scalar; 2];

fn idx(reg: Reg) -> usize {
    if reg == r(6) {
        0
    } else {
        1
    }
}

fn operand(regs: &Regs, src: Operand) -> Scalar {
    match src {
        Operand::Reg(s) => regs[idx(s)],
        Operand::Imm(i) => Scalar::known(i as i64 as u64),
    }
}

/// What the model expects the kernel to print: (insn index, "from" branch or not, R6, R7).
#[derive(Debug, Clone, PartialEq)]
struct Expect {
    at: usize,
    from_branch: bool,
    regs: Regs,
}

/// Walks the first path as the kernel does; taken branches go to the exit, so their state
/// is only printed in the `from X to Y:` line.
fn simulate(p: &[Insn], d: &Domain) -> Vec<Expect> {
    let mut regs: Regs = [Scalar::UNKNOWN; 2];
    let mut out = Vec::new();
    let mut pushed = Vec::new();
    let mut i = 5;
    // The first prints come after the masks; the calls and moves are not compared.
    while i < p.len() - 1 {
        match p[i] {
            Insn::Alu {
                op,
                width,
                dst,
                src,
            } => {
                let s = if op == AluOp::Mov {
                    match src {
                        Operand::Imm(imm) => Scalar::mov_imm(width, imm),
                        Operand::Reg(s) => regs[idx(s)],
                    }
                } else {
                    operand(&regs, src)
                };
                let v = if op == AluOp::Mov {
                    match regs[idx(dst)].alu(op, width, &s, d) {
                        AluOutcome::Value(v) | AluOutcome::Fork { first: v, .. } => v,
                    }
                } else {
                    match regs[idx(dst)].alu(op, width, &s, d) {
                        AluOutcome::Value(v) => v,
                        AluOutcome::Fork { first, pushed: z } => {
                            let mut other = regs;
                            other[idx(dst)] = z;
                            pushed.push((i, other));
                            first
                        }
                    }
                };
                regs[idx(dst)] = v;
            }
            Insn::Endian { kind, bits, dst } => {
                regs[idx(dst)] = regs[idx(dst)].endian(kind, bits, d);
            }
            Insn::JmpIf {
                cond,
                width,
                dst,
                src,
                ..
            } => {
                let a = regs[idx(dst)];
                let b = operand(&regs, src);
                match a.branch(cond, width, &b, d) {
                    BranchOutcome::Taken => return out,
                    BranchOutcome::NotTaken => {}
                    BranchOutcome::Unknown if src == Operand::Reg(dst) => {
                        let (mut ta, mut fa) = (a, a);
                        Scalar::refine_same(cond, width, true, &mut ta, d);
                        Scalar::refine_same(cond, width, false, &mut fa, d);
                        let mut taken = regs;
                        taken[idx(dst)] = ta;
                        regs[idx(dst)] = fa;
                        pushed.push((i, taken));
                    }
                    BranchOutcome::Unknown => {
                        let (mut ta, mut tb) = (a, b);
                        Scalar::refine(cond, width, true, &mut ta, &mut tb, d);
                        let (mut fa, mut fb) = (a, b);
                        Scalar::refine(cond, width, false, &mut fa, &mut fb, d);
                        let mut taken = regs;
                        taken[idx(dst)] = ta;
                        regs[idx(dst)] = fa;
                        if let Operand::Reg(s) = src {
                            taken[idx(s)] = tb;
                            regs[idx(s)] = fb;
                        }
                        pushed.push((i, taken));
                    }
                }
            }
            _ => {}
        }
        out.push(Expect {
            at: i,
            from_branch: false,
            regs,
        });
        i += 1;
    }
    // Popped last-in first-out; only the first pushed state's "from" line is compared (later
    // ones depend on pruning and on forks that are re-executed).
    if let Some((at, regs)) = pushed.first() {
        if matches!(p[*at], Insn::JmpIf { .. }) && pushed.len() == 1 {
            out.push(Expect {
                at: *at,
                from_branch: true,
                regs: *regs,
            });
        }
    }
    out
}

/// Removes what this crate does not model from a printed register: ids, liveness and
/// precision marks.
fn normalise(v: &str) -> String {
    let mut s = v.trim_start_matches('P').to_string();
    for prefix in ["id=", "ref_obj_id="] {
        while let Some(p) = s.find(prefix) {
            let end = s[p..].find([',', ')']).map(|e| p + e).unwrap_or(s.len());
            let end = if s[end..].starts_with(',') {
                end + 1
            } else {
                end
            };
            s.replace_range(p..end, "");
        }
    }
    s.replace("(,", "(").replace(",)", ")")
}

/// `R6=...` values on the kernel's line for instruction `at` (first path) or its
/// `from at to ...` line.
fn kernel_regs(log: &str, at: usize, from_branch: bool) -> Option<[Option<String>; 2]> {
    let line = if from_branch {
        log.lines()
            .find(|l| l.starts_with(&format!("from {at} to ")))?
    } else {
        let prefix = format!("{at}: (");
        let l = log.lines().find(|l| l.starts_with(&prefix))?;
        l.split_once(" ; ").map(|x| x.1).unwrap_or("")
    };
    let mut out = [None, None];
    for tok in tokens(line) {
        for (k, name) in ["R6", "R7"].iter().enumerate() {
            if let Some(rest) = tok.strip_prefix(name) {
                let rest = rest.trim_start_matches(['_', 'w', 'r', 'D']);
                if let Some(v) = rest.strip_prefix('=') {
                    out[k] = Some(normalise(v));
                }
            }
        }
    }
    Some(out)
}

/// Space-separated tokens, spaces inside parentheses kept (`var_off=(0x0; 0xff)`).
fn tokens(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0usize);
    for (i, c) in line.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ' ' if depth == 0 => {
                if i > start {
                    out.push(&line[start..i]);
                }
                start = i + 1;
            }
            _ => {}
        }
    }
    if start < line.len() {
        out.push(&line[start..]);
    }
    out
}

#[test]
fn random_programs_match_the_kernel_log() {
    if !kernel_available("random_programs_match_the_kernel_log") {
        return;
    }
    let release = kernel::release().expect("release");
    let profile = skctx::KernelProfile::from_release(&release).expect("profile");
    let domain = match Domain::for_profile(profile) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("SKIPPED random_programs_match_the_kernel_log: {e}");
            return;
        }
    };
    let seed = std::env::var("VERIFIER_KERNEL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x9e37_79b9_7f4a_7c15u64);
    let mut rng = Rng(seed);
    let opts = kernel::LoadOptions {
        log_level: 2,
        initial_log_size: 1 << 20,
        ..Default::default()
    };
    let mut failures = Vec::new();
    let mut compared = 0;
    for n in 0..2000 {
        let len = 8 + rng.below(10);
        let p = program(&mut rng, len);
        let out = kernel::load_insns(&p, &[], &opts).expect("bpf()");
        if !out.accepted() {
            failures.push(format!(
                "program {n} rejected: {:?}\n{}",
                out.message(),
                out.log
            ));
            continue;
        }
        for e in simulate(&p, &domain) {
            let Some(k) = kernel_regs(&out.log, e.at, e.from_branch) else {
                failures.push(format!(
                    "program {n}: no log line for insn {} ({:?})",
                    e.at, e
                ));
                break;
            };
            let mut bad = false;
            for (j, kv) in k.iter().enumerate() {
                if let Some(kv) = kv {
                    compared += 1;
                    let ours = e.regs[j].to_string();
                    if *kv != ours {
                        failures.push(format!(
                            "program {n}, insn {} {}: R{} kernel {kv}, ours {ours}",
                            e.at,
                            if e.from_branch { "(taken)" } else { "" },
                            6 + j,
                        ));
                        bad = true;
                    }
                }
            }
            if bad {
                failures.push(out.log.clone());
                break;
            }
        }
        if failures.len() > 12 {
            break;
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches ({compared} compared):\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(compared > 500, "only {compared} register states compared");
}
