//! Precision against the live kernel: random straight-line programs with conditional exits,
//! loaded with log level 2; every register state the kernel prints for r6 and r7 (after each
//! instruction on the first path, and at each `from X to Y:` branch) must be exactly what
//! `verifier::bounds` computes for the running kernel's release. Skipped (loudly) without a
//! usable kernel. Its module `linked` compares the walk on linked scalars with a delta
//! (`tests/linked/mod.rs`), and `globals` global subprograms (`tests/globals/mod.rs`), in
//! the same image boots. `VERIFIER_KERNEL_PROGRAMS` and `VERIFIER_KERNEL_SEED` choose a
//! campaign (the seed goes to the guests too; `VERIFIER_IMAGE_PROGRAMS` their count).

mod common;
#[cfg(target_os = "linux")]
mod globals;
#[cfg(target_os = "linux")]
mod linked;
use common::Rng;

/// Immediates for the generated programs.
trait Imm {
    /// An immediate: half from `IMMS`, half random of any magnitude (never 0).
    fn imm(&mut self) -> i32;
}

impl Imm for Rng {
    fn imm(&mut self) -> i32 {
        if self.index(2) == 0 {
            ((self.next() as i32) >> self.index(32)).max(1)
        } else {
            self.pick(IMMS)
        }
    }
}

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

/// One random step on r6/r7; `None` when the draw is not a valid instruction, or a cpu v4
/// instruction (signed division, sign-extending moves, `bswap`) and `v4` is false.
fn step(rng: &mut Rng, v4: bool) -> Option<Insn> {
    let insn = any_step(rng)?;
    (v4 || !is_cpu_v4(&insn)).then_some(insn)
}

/// The instructions kernels before 6.6 refuse (`skctx::KernelProfile::has_cpu_v4`).
fn is_cpu_v4(insn: &Insn) -> bool {
    matches!(
        insn,
        Insn::Alu {
            op: AluOp::SDiv | AluOp::SMod | AluOp::MovSx(_),
            ..
        } | Insn::Endian {
            kind: EndianKind::Swap,
            ..
        }
    )
}

fn any_step(rng: &mut Rng) -> Option<Insn> {
    let dst = r(rng.pick(&[6, 7]));
    let width = rng.pick(&[Width::W64, Width::W32]);
    let src = if rng.index(3) == 0 {
        Operand::Reg(r(rng.pick(&[6, 7])))
    } else {
        Operand::Imm(rng.imm())
    };
    match rng.index(10) {
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
                (AluOp::Mov, Operand::Reg(_)) => Operand::Imm(rng.imm()),
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

/// r6 and r7 unknown (two `bpf_get_prandom_u32` results), r0 = 0; the steps start at
/// instruction 5.
fn prologue() -> Vec<Insn> {
    let mov = |d: u8, s: u8| Insn::Alu {
        op: AluOp::Mov,
        width: Width::W64,
        dst: r(d),
        src: Operand::Reg(r(s)),
    };
    vec![
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
    ]
}

/// Points every conditional jump at a final `exit`, which it appends.
fn with_exit(mut p: Vec<Insn>) -> Vec<Insn> {
    let exit_at = p.len();
    for (i, insn) in p.iter_mut().enumerate() {
        if let Insn::JmpIf { off, .. } = insn {
            *off = (exit_at - i - 1) as i16;
        }
    }
    p.push(Insn::Exit);
    p
}

fn program(rng: &mut Rng, steps: usize, v4: bool) -> Vec<Insn> {
    let mut p = prologue();
    // A few masks first so that the values are not all unknown.
    for d in [6u8, 7] {
        if rng.index(2) == 0 {
            let op = rng.pick(&[AluOp::And, AluOp::Or, AluOp::Add]);
            p.push(Insn::Alu {
                op,
                width: Width::W64,
                dst: r(d),
                src: Operand::Imm(rng.imm()),
            });
        }
    }
    while p.len() < steps {
        if let Some(i) = step(rng, v4) {
            p.push(i);
        }
    }
    with_exit(p)
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

/// One stretch of the kernel's walk as the model predicts it: the first path (no header),
/// or a state popped from the stack (`from X to Y:` and the instructions after it).
#[derive(Debug, Clone)]
struct Segment {
    /// `(X, Y)` of `from X to Y:`; `None` for the first path.
    header: Option<(usize, usize)>,
    /// R6/R7 the `from` line prints.
    popped: Option<Regs>,
    /// R6/R7 after each instruction on this stretch.
    after: Vec<(usize, Regs)>,
    /// The stretch (index) and instruction that pushed this state.
    origin: Option<(usize, usize)>,
}

/// A state the walk pushed: a branch target (always the final exit here) or a fork.
enum Pending {
    Branch { from: usize, regs: Regs, by: usize },
    Fork { at: usize, regs: Regs, by: usize },
}

/// The kernel's depth-first walk over `p` (first path from instruction 5, where r6 and r7
/// are unknown; pushed states popped last-in first-out), as the model computes it.
fn simulate(p: &[Insn], d: &Domain) -> Vec<Segment> {
    let exit = p.len() - 1;
    let mut stack = Vec::new();
    let mut segments = vec![Segment {
        header: None,
        popped: None,
        after: run(p, 5, [Scalar::UNKNOWN; 2], d, (&mut stack, 0)),
        origin: None,
    }];
    while let Some(pending) = stack.pop() {
        let me = segments.len();
        segments.push(match pending {
            Pending::Branch { from, regs, by } => Segment {
                header: Some((from, exit)),
                popped: Some(regs),
                after: Vec::new(),
                origin: Some((by, from)),
            },
            Pending::Fork { at, regs, by } => Segment {
                header: Some((at, at)),
                popped: Some(regs),
                after: run(p, at, regs, d, (&mut stack, me)),
                origin: Some((by, at)),
            },
        });
    }
    segments
}

/// One path from `start` to the exit (or to a jump that is always taken, which goes there).
fn run(
    p: &[Insn],
    start: usize,
    mut regs: Regs,
    d: &Domain,
    (stack, by): (&mut Vec<Pending>, usize),
) -> Vec<(usize, Regs)> {
    let mut out = Vec::new();
    for (i, insn) in p.iter().enumerate().take(p.len() - 1).skip(start) {
        match *insn {
            Insn::Alu {
                op,
                width,
                dst,
                src,
            } => {
                let s = match (op, src) {
                    (AluOp::Mov, Operand::Imm(imm)) => Scalar::mov_imm(width, imm),
                    _ => operand(&regs, src),
                };
                regs[idx(dst)] = match regs[idx(dst)].alu(op, width, &s, d) {
                    AluOutcome::Value(v) => v,
                    AluOutcome::Fork { first, pushed } => {
                        let mut other = regs;
                        other[idx(dst)] = pushed;
                        stack.push(Pending::Fork {
                            at: i,
                            regs: other,
                            by,
                        });
                        first
                    }
                };
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
                let outcome = if src == Operand::Reg(dst) {
                    a.branch_same(cond, width, d)
                } else {
                    a.branch(cond, width, &b, d)
                };
                match outcome {
                    BranchOutcome::Taken => return out,
                    BranchOutcome::NotTaken => {}
                    BranchOutcome::Unknown => {
                        let mut taken = regs;
                        if src == Operand::Reg(dst) {
                            Scalar::refine_same(cond, width, true, &mut taken[idx(dst)], d);
                            Scalar::refine_same(cond, width, false, &mut regs[idx(dst)], d);
                        } else {
                            let (mut ta, mut tb, mut fa, mut fb) = (a, b, a, b);
                            Scalar::refine(cond, width, true, &mut ta, &mut tb, d);
                            Scalar::refine(cond, width, false, &mut fa, &mut fb, d);
                            taken[idx(dst)] = ta;
                            regs[idx(dst)] = fa;
                            if let Operand::Reg(s) = src {
                                taken[idx(s)] = tb;
                                regs[idx(s)] = fb;
                            }
                        }
                        stack.push(Pending::Branch {
                            from: i,
                            regs: taken,
                            by,
                        });
                    }
                }
            }
            _ => {}
        }
        out.push((i, regs));
    }
    out
}

/// The kernel's log cut into the same stretches: the first path, then one per
/// `from X to Y:` line (`None` state when that line says `safe`).
struct LogSegment<'a> {
    header: Option<(usize, usize)>,
    popped: Option<&'a str>,
    lines: Vec<&'a str>,
}

fn log_segments(log: &str) -> Vec<LogSegment<'_>> {
    let mut out = vec![LogSegment {
        header: None,
        popped: None,
        lines: Vec::new(),
    }];
    for line in log.lines() {
        if let Some(rest) = line.strip_prefix("from ") {
            let (head, state) = rest.split_once(':').unwrap_or((rest, ""));
            let header = head
                .split_once(" to ")
                .and_then(|(x, y)| Some((x.parse().ok()?, y.parse().ok()?)));
            let state = state.trim();
            out.push(LogSegment {
                header,
                popped: (state != "safe").then_some(state),
                lines: Vec::new(),
            });
        } else if let Some(last) = out.last_mut() {
            last.lines.push(line);
        }
    }
    out
}

/// R6 and R7 as printed after `;` on instruction `at`'s line of a segment.
fn after_insn(seg: &LogSegment<'_>, at: usize) -> Option<[Option<String>; 2]> {
    let prefix = format!("{at}: (");
    let line = seg.lines.iter().find(|l| l.starts_with(&prefix))?;
    Some(regs_in(line.split_once(" ; ").map(|x| x.1).unwrap_or("")))
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

/// The `R6=` and `R7=` values in a printed state.
fn regs_in(state: &str) -> [Option<String>; 2] {
    let mut out = [None, None];
    for tok in tokens(state) {
        for (k, name) in ["R6", "R7"].iter().enumerate() {
            if let Some(rest) = tok.strip_prefix(name) {
                let rest = rest.trim_start_matches(['_', 'w', 'r', 'D']);
                if let Some(v) = rest.strip_prefix('=') {
                    out[k] = Some(normalise(v));
                }
            }
        }
    }
    out
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

/// Compares one program's walk; returns the number of register states compared.
fn compare(p: &[Insn], d: &Domain, log: &str, failures: &mut Vec<String>, n: usize) -> usize {
    let mut kernel = log_segments(log);
    let mut compared = 0;
    let mut check = |what: String, ours: &Regs, theirs: [Option<String>; 2]| -> bool {
        for (j, kv) in theirs.iter().enumerate() {
            if let Some(kv) = kv {
                compared += 1;
                let ours = ours[j].log_text(d);
                if *kv != ours {
                    failures.push(format!(
                        "program {n}, {what}: R{} kernel {kv}, ours {ours}",
                        6 + j
                    ));
                    return false;
                }
            }
        }
        true
    };
    // Where the kernel cut each stretch short by pruning (its instruction), by index.
    let mut cut: Vec<Option<usize>> = Vec::new();
    for seg in simulate(p, d) {
        let pruned_before = seg
            .origin
            .is_some_and(|(by, at)| cut.get(by).copied().flatten().is_some_and(|c| c <= at));
        if pruned_before {
            // The path that would have pushed this state was pruned before the push.
            cut.push(Some(0));
            continue;
        }
        let Some(k) = kernel.iter().position(|k| k.header == seg.header) else {
            failures.push(format!(
                "program {n}: the kernel has no segment {:?}",
                seg.header
            ));
            return compared;
        };
        let k = kernel.remove(k);
        if let (Some(ours), Some(state)) = (&seg.popped, k.popped) {
            if !check(format!("from {:?}", seg.header), ours, regs_in(state)) {
                return compared;
            }
        }
        let mut cut_at = None;
        for (at, ours) in &seg.after {
            // A stretch the kernel pruned ends early; its remaining lines are not printed.
            let Some(theirs) = after_insn(&k, *at) else {
                cut_at = Some(*at);
                break;
            };
            if !check(format!("insn {at} after {:?}", seg.header), ours, theirs) {
                return compared;
            }
        }
        cut.push(cut_at);
    }
    compared
}

/// The running kernel's domain, when this test reads its level-2 log (6.1's format and
/// later); else `SKIPPED <test>: <why>` and `None`. 5.15.225 prints a scalar as `inv` with
/// `umin_value=`-style names and the state before every instruction, popped branches
/// included, without `from X to Y:` lines: not parsed here (its verdicts, instructions and
/// messages are compared by walk_random, walk_kernel and mutate_kernel).
fn logged_domain(test: &str, profile: skctx::KernelProfile) -> Option<Domain> {
    let why = match Domain::for_profile(profile) {
        Ok(_) if !profile.has(skctx::KernelVersion::new(6, 1)) => format!(
            "the level-2 log of Linux {} (before 6.1) is not parsed here",
            profile.version()
        ),
        Ok(d) => return Some(d),
        Err(e) => e.to_string(),
    };
    common::say(format!("SKIPPED {test}: {why}"));
    None
}

#[test]
fn random_programs_match_the_kernel_log() {
    if !kernel_available("random_programs_match_the_kernel_log") {
        return;
    }
    let release = kernel::release().expect("release");
    let profile = common::running_profile();
    let Some(domain) = logged_domain("random_programs_match_the_kernel_log", profile) else {
        return;
    };
    let seed = std::env::var("VERIFIER_KERNEL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x9e37_79b9_7f4a_7c15u64);
    let mut rng = Rng::new(seed);
    let opts = kernel::LoadOptions {
        log_level: 2,
        initial_log_size: 1 << 20,
        ..Default::default()
    };
    let count = std::env::var(PROGRAMS_ENV)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2000usize);
    let mut failures = Vec::new();
    let mut compared = 0;
    for n in 0..count {
        let len = 8 + rng.index(10);
        let p = program(&mut rng, len, profile.has_cpu_v4());
        let out = kernel::load_insns(&p, &[], &opts).expect("bpf()");
        if !out.accepted() {
            failures.push(format!(
                "program {n} rejected: {:?}\n{}",
                out.message(),
                out.log
            ));
            continue;
        }
        let before = failures.len();
        compared += compare(&p, &domain, &out.log, &mut failures, n);
        if failures.len() > before {
            failures.push(out.log.clone());
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
    assert!(
        compared >= count,
        "only {compared} register states compared"
    );
    common::say(format!("random_programs_match_the_kernel_log: {count} programs, {compared} register states agree (seed {seed:#x}, Linux {release}, modelled as {})", profile.version()));
}

/// How many random programs `random_programs_match_the_kernel_log` loads (2000 unless set).
const PROGRAMS_ENV: &str = "VERIFIER_KERNEL_PROGRAMS";

/// Random programs loaded inside each image: TCG runs the guest about 20 times slower than
/// the host, so the image runs are sampled (about 2 minutes of CPU for both images);
/// `VERIFIER_IMAGE_PROGRAMS` sets another number (the campaign: 2000).
const IMAGE_PROGRAMS: usize = 200;

/// The register-state differentials of this file inside each cached kernel image
/// (`.ci/kernels`: Debian 6.1 and 6.12), each guest modelled by its own release
/// (`common::running_profile`): random programs (sampled), directed programs, each
/// change of `verifier::releases::CHANGES` present or absent as the model says, and the
/// linked-scalar programs (`linked`).
#[test]
fn kernel_logs_match_inside_each_image() {
    let programs = std::env::var("VERIFIER_IMAGE_PROGRAMS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(IMAGE_PROGRAMS);
    let Some(runs) = common::in_each_image(
        "kernel_logs_match_inside_each_image",
        &[
            "random_programs_match_the_kernel_log",
            "directed_programs_match_the_kernel_log",
            "every_change_has_the_hosts_answer",
            "linked::linked_agrees_with_the_live_kernel",
            "globals::globals_agree_with_the_live_kernel",
        ],
        &common::with_seed(
            "GLOBALS_SEED",
            common::with_seed(
                "VERIFIER_KERNEL_SEED",
                vec![(PROGRAMS_ENV, programs.to_string())],
            ),
        ),
        &[
            "random_programs",
            "directed_programs",
            "every_change",
            "linked_kernel",
            "globals_kernel",
            "NOT OBSERVED",
            "SKIPPED",
        ],
    ) else {
        return;
    };
    common::assert_every_guest_passed(runs);
}

fn alu(op: AluOp, width: Width, dst: u8, imm: i32) -> Insn {
    Insn::Alu {
        op,
        width,
        dst: r(dst),
        src: Operand::Imm(imm),
    }
}

fn alu_reg(op: AluOp, width: Width, dst: u8, src: u8) -> Insn {
    Insn::Alu {
        op,
        width,
        dst: r(dst),
        src: Operand::Reg(r(src)),
    }
}

fn jmp(cond: JmpCond, width: Width, dst: u8, imm: i32) -> Insn {
    Insn::JmpIf {
        cond,
        width,
        dst: r(dst),
        src: Operand::Imm(imm),
        off: 0,
    }
}

fn endian(kind: EndianKind, bits: u16, dst: u8) -> Insn {
    Insn::Endian {
        kind,
        bits,
        dst: r(dst),
    }
}

/// Small programs, each showing one change of `verifier::releases` (named first), checked
/// the same way as the random ones: every state the kernel prints is the model's.
fn directed() -> Vec<(&'static str, Vec<Insn>)> {
    use AluOp::*;
    use Width::{W32, W64};
    vec![
        (
            "bitwise_signed_from_unsigned",
            vec![alu(Or, W64, 6, -8), alu(And, W32, 7, -16)],
        ),
        (
            "lsh32_sign_pattern",
            vec![
                alu(And, W64, 6, 0xff),
                alu(Sub, W32, 6, 100),
                alu(Lsh, W64, 6, 32),
            ],
        ),
        (
            "no_combine_after_refine (6.1: 64-bit refinement rebuilds the 32-bit bounds)",
            vec![
                alu(And, W64, 6, 0x1ff),
                jmp(JmpCond::Gt, W32, 6, 0x100),
                jmp(JmpCond::Lt, W64, 6, 7),
            ],
        ),
        (
            "tnum_mul_union",
            vec![
                alu(And, W64, 6, 0x80),
                alu(Or, W64, 6, 0x20),
                alu(Mul, W32, 6, 1000),
            ],
        ),
        (
            "tnum_mul_union (register by register)",
            vec![
                alu(And, W64, 6, 0x6),
                alu(And, W64, 7, 0x30),
                alu(Or, W64, 7, 1),
                alu_reg(Mul, W64, 6, 7),
            ],
        ),
        (
            "bswap_tracking",
            vec![
                alu(And, W64, 6, 0x3f00),
                endian(EndianKind::Swap, 16, 6),
                alu(Or, W64, 7, 0x0102),
                endian(EndianKind::Be, 32, 7),
                endian(EndianKind::Le, 16, 7),
            ],
        ),
        (
            "single_value_tnum",
            vec![
                alu(Or, W64, 6, 0xe00),
                alu(And, W64, 6, 0xf00),
                jmp(JmpCond::Eq, W64, 6, 0xe00),
            ],
        ),
        (
            "neg_tracking",
            vec![
                alu(And, W64, 6, 0xff),
                alu(Neg, W64, 6, 0),
                alu(Neg, W32, 6, 0),
            ],
        ),
        (
            "fork_on_and_or",
            vec![
                alu(Arsh, W64, 6, 63),
                alu(And, W64, 6, 5),
                alu(Arsh, W32, 7, 31),
                alu(Or, W32, 7, 2),
            ],
        ),
        (
            "sext_keeps_low_half",
            vec![
                alu(And, W64, 6, 0xff),
                alu(Sub, W64, 6, 100),
                alu_reg(MovSx(Size::W), W64, 6, 6),
                alu_reg(MovSx(Size::B), W64, 6, 6),
                alu(Or, W64, 7, 0x100),
                alu_reg(MovSx(Size::H), W32, 7, 7),
            ],
        ),
        (
            // r6 in [2^63 + 1, 2^63 + 256], minus 2: both unsigned ends wrap, the signed
            // ones overflow.
            "add_sub_wrap_precision",
            vec![
                alu(And, W64, 6, 0xff),
                alu(Add, W64, 6, 1),
                alu(Mov, W64, 7, 1),
                alu(Lsh, W64, 7, 63),
                alu_reg(Add, W64, 6, 7),
                alu(Add, W64, 6, -2),
            ],
        ),
        (
            // The selftest "bounds deduction cross sign boundary, negative overlap" of
            // 5dbb19b16ac4, on r7 (its r0) and r6.
            "s64_sign_crossing (selftest)",
            vec![
                alu_reg(MovSx(Size::B), W32, 6, 7),
                alu_reg(MovSx(Size::B), W64, 7, 7),
                jmp(JmpCond::Ge, W32, 6, 0xf000_0000u32 as i32),
                alu_reg(Add, W64, 7, 6),
                alu(Add, W64, 6, 400),
                alu_reg(Sub, W64, 7, 6),
            ],
        ),
        (
            "mul_signed_bounds",
            vec![
                alu(And, W64, 6, 0xf),
                alu(Sub, W64, 6, 8),
                alu(Mul, W64, 6, -3),
            ],
        ),
        (
            // Found by searching random programs: the 32-bit refinement of a negated byte
            // swap needs the third round.
            "third_deduce_round",
            vec![
                endian(EndianKind::Swap, 16, 7),
                endian(EndianKind::Be, 32, 7),
                alu(Neg, W64, 7, 0),
                jmp(JmpCond::Gt, W32, 7, 16),
            ],
        ),
        (
            "jset_forgets_ranges",
            vec![
                alu(And, W64, 6, 0xff),
                jmp(JmpCond::Lt, W64, 6, 4),
                jmp(JmpCond::Set, W64, 6, 4),
            ],
        ),
        (
            "jeq_tnum_overlap",
            vec![
                alu(And, W64, 6, 0xf0),
                jmp(JmpCond::Eq, W64, 6, 5),
                jmp(JmpCond::Ne, W32, 6, 0x31),
            ],
        ),
        (
            // s64 in [-5, 100] and u64 in [20, 2^63 + 5]: they meet on the non-negative side.
            "s64_sign_crossing",
            vec![
                jmp(JmpCond::SGt, W64, 6, 100),
                jmp(JmpCond::SLt, W64, 6, -5),
                jmp(JmpCond::Lt, W64, 6, 20),
                alu(Mov, W64, 7, 1),
                alu(Lsh, W64, 7, 63),
                alu(Add, W64, 7, 5),
                Insn::JmpIf {
                    cond: JmpCond::Gt,
                    width: W64,
                    dst: r(6),
                    src: Operand::Reg(r(7)),
                    off: 0,
                },
            ],
        ),
        (
            // The same on the low halves.
            "s32_sign_crossing",
            vec![
                jmp(JmpCond::SGt, W32, 6, 100),
                jmp(JmpCond::SLt, W32, 6, -5),
                jmp(JmpCond::Lt, W32, 6, 20),
                jmp(JmpCond::Gt, W32, 6, i32::MIN + 5),
            ],
        ),
    ]
}

#[test]
fn directed_programs_match_the_kernel_log() {
    if !kernel_available("directed_programs_match_the_kernel_log") {
        return;
    }
    let release = kernel::release().expect("release");
    let profile = common::running_profile();
    let Some(domain) = logged_domain("directed_programs_match_the_kernel_log", profile) else {
        return;
    };
    let opts = kernel::LoadOptions {
        log_level: 2,
        ..Default::default()
    };
    let mut failures = Vec::new();
    let mut loaded = 0;
    for (n, (name, steps)) in directed().into_iter().enumerate() {
        if !profile.has_cpu_v4() && steps.iter().any(is_cpu_v4) {
            continue;
        }
        loaded += 1;
        let mut p = prologue();
        p.extend(steps);
        let p = with_exit(p);
        let out = kernel::load_insns(&p, &[], &opts).expect("bpf()");
        assert!(out.accepted(), "{name}: {:?}\n{}", out.message(), out.log);
        let before = failures.len();
        let compared = compare(&p, &domain, &out.log, &mut failures, n);
        if failures.len() > before {
            failures.push(format!("({name})\n{}", out.log));
        }
        assert!(compared > 0, "{name}: nothing compared\n{}", out.log);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    common::say(format!("directed_programs_match_the_kernel_log: {loaded} programs agree (Linux {release}, modelled as {})", profile.version()));
}

/// Everything the model predicts the kernel prints for r6/r7 over the whole walk.
fn prediction(p: &[Insn], d: &Domain) -> Vec<String> {
    let mut out = Vec::new();
    for seg in simulate(p, d) {
        out.push(format!("{:?}", seg.header));
        if let Some(regs) = seg.popped {
            out.extend(regs.iter().map(|s| s.log_text(d)));
        }
        for (at, regs) in seg.after {
            out.push(at.to_string());
            out.extend(regs.iter().map(|s| s.log_text(d)));
        }
    }
    out
}

/// Programs tried per change by `every_change_has_the_hosts_answer`.
const SHOWN_BY: usize = 8;

/// For every change in `verifier::releases::CHANGES`: programs (directed or random) whose
/// printed states depend on it are loaded (up to [`SHOWN_BY`]) until the kernel's log shows
/// the difference: it must agree with the host release's answer and disagree with the
/// opposite one. A change no program shows is reported as `NOT OBSERVED` (not a failure:
/// the search is bounded).
#[test]
fn every_change_has_the_hosts_answer() {
    if !kernel_available("every_change_has_the_hosts_answer") {
        return;
    }
    let release = kernel::release().expect("release");
    let profile = common::running_profile();
    let Some(domain) = logged_domain("every_change_has_the_hosts_answer", profile) else {
        return;
    };
    let opts = kernel::LoadOptions {
        log_level: 2,
        initial_log_size: 1 << 20,
        ..Default::default()
    };
    let mut rng = Rng::new(0x0005_eed0_fc4a_49e5_u64);
    let mut candidates: Vec<Vec<Insn>> = directed()
        .into_iter()
        .map(|(_, steps)| {
            let mut p = prologue();
            p.extend(steps);
            with_exit(p)
        })
        .filter(|p| profile.has_cpu_v4() || !p.iter().any(is_cpu_v4))
        .collect();
    for _ in 0..3000 {
        let len = 8 + rng.index(10);
        candidates.push(program(&mut rng, len, profile.has_cpu_v4()));
    }
    let mut problems = Vec::new();
    for change in verifier::releases::CHANGES {
        let on = domain.get(change.name).expect("every change has a field");
        let mut other = domain;
        other.set(change.name, !on);
        let differing: Vec<&Vec<Insn>> = candidates
            .iter()
            .filter(|p| prediction(p, &domain) != prediction(p, &other))
            .take(SHOWN_BY)
            .collect();
        if differing.is_empty() {
            common::say(format!(
                "NOT OBSERVED {}: none of {} programs prints a state that depends on it",
                change.name,
                candidates.len()
            ));
            continue;
        }
        // The first program whose log shows the difference decides; a program whose log
        // disagrees with the model is a failure whatever the others show.
        let mut shown = false;
        for p in differing {
            let out = kernel::load_insns(p, &[], &opts).expect("bpf()");
            let (mut agree, mut disagree) = (Vec::new(), Vec::new());
            compare(p, &domain, &out.log, &mut agree, 0);
            compare(p, &other, &out.log, &mut disagree, 0);
            if !agree.is_empty() {
                problems.push(format!(
                    "{} (host: {on}): {}\n{}",
                    change.name,
                    agree.join("\n"),
                    out.log
                ));
                shown = true;
                break;
            }
            if !disagree.is_empty() {
                shown = true;
                common::say(format!(
                    "every_change: {}: {} on Linux {release} (seen on the live kernel)",
                    change.name,
                    if on { "present" } else { "absent" }
                ));
                break;
            }
        }
        if !shown {
            common::say(format!(
                "NOT OBSERVED {}: the kernel's log agrees with both answers on the programs \
                 whose predictions differ",
                change.name
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}
