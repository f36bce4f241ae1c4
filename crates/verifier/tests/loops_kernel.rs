//! Loops and pruning against the live kernel: the research experiments
//! (`verifier-experiments/`: walk order, paths never joined, the two complexity limits,
//! infinite-loop detection) and random programs with bounded loops (counters with constant
//! and with imprecise bounds, nested loops, loops that never converge, loops inside
//! subprograms, loops whose exit depends on a map value or a context field). Each program
//! is loaded into the kernel (`BPF_LOG_STATS`) and verified here on the probed host
//! profile: the same verdict, the same rejected instruction, message and errno, and the
//! same `processed N insns` where both accept. A profile whose pruning is not modelled
//! (before 6.1) refuses loops as unsupported; the test then prints `SKIPPED`.
//! `LOOPS_RANDOM=<n>` programs per privilege (default [`RANDOM_LOOPS`], small for the CI
//! budget: the programs that run into the 1M-instruction or jump limit take most of the
//! time; set it higher for a bigger campaign), `LOOPS_SEED=<u64>`. The random
//! programs run again inside each cached kernel image (6.1.192 and 6.12.118, whose pruning
//! uses read marks), sampled: `LOOPS_IMAGES=<n>` per privilege (default [`IMAGE_LOOPS`]).
#![cfg(target_os = "linux")]

mod common;
use common::Rng;

use isa::{AluOp, CallKind, Insn, JmpCond, LdImmKind, Operand, RawInsn, Reg, Size, Width};
use kernel::{LoadOptions, LoadOutcome, Map, MapSpec, MapType};
use skctx::{KernelProfile, Privilege};
use verifier::{verify, MapInfo, Refusal};

macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

/// The research experiments, as written there.
const EXPERIMENTS: [(&str, &str); 6] = [
    (
        "e1",
        "r2 = *(u32 *)(r1 + 12)\nif r2 == 6 goto A\nif r2 == 17 goto B\nr0 = 0\nexit\n\
         A:\nr0 = 2\nexit\nB:\nr0 = 3\nexit",
    ),
    (
        "e2",
        "r6 = *(u32 *)(r1 + 12)\nr0 = 5\nif r6 == 0 goto L1\nr0 = 1\nL1:\n\
         if r6 != 0 goto L2\nr0 = 0\nL2:\nexit",
    ),
    (
        "e4a",
        "r6 = 0\nL:\nr6 += 1\ncall 7\nif r0 == 0 goto out\ngoto L\nout:\nr0 = 0\nexit",
    ),
    (
        "e4b",
        "r6 = 0\nL:\nr6 += 1\ncall 7\nif r0 != 0 goto L\nr0 = 0\nexit",
    ),
    (
        "e6a",
        "r2 = *(u32 *)(r1 + 60)\nr3 = 0\nr4 = 0\nr4 = 0\nr4 = 0\nr4 = 0\nr4 = 0\nr4 = 0\n\
         r4 = 0\nL:\nr3 &= 1\nif r2 > 3 goto out\ngoto L\nout:\nr0 = 0\nexit",
    ),
    (
        "e6b",
        "r2 = *(u32 *)(r1 + 60)\nr3 = 0\nr5 = *(u32 *)(r1 + 16)\nif r5 == 7 goto +0\n\
         if r5 == 8 goto +0\nr4 = 0\nr4 = 0\nr4 = 0\nr4 = 0\nL:\nr3 &= 1\n\
         if r2 > 3 goto out\ngoto L\nout:\nr0 = 0\nexit",
    ),
];

fn assemble(body: &str) -> Vec<RawInsn> {
    let source = format!("\t.text\n\t.globl prog\nprog:\n{body}\n");
    speccase::corpus::prepare(&source, "experiment.s")
        .expect("the experiment assembles")
        .insns
}

/// Where the kernel and this verifier differ on one program, if they do (`common::judge`).
/// A log too long for the buffer keeps no trace to place the instruction by (`terse` loads
/// print the message and statistics only), so there any rejected instruction matches.
fn compare(
    raw: &[RawInsn],
    maps: &[MapInfo],
    out: &LoadOutcome,
    profile: KernelProfile,
    privilege: Privilege,
) -> Result<Verdict, String> {
    let ours = verify(raw, maps, profile, privilege, true);
    let any_insn = out.insn_index().is_none() && terse(out);
    match (common::judge(&ours, out, any_insn)?, ours) {
        (false, Err(Refusal::Unsupported(why))) => Ok(Verdict::Unsupported(why)),
        (_, Ok(_)) => Ok(Verdict::Accepted),
        (_, Err(_)) => Ok(Verdict::Rejected),
    }
}

/// How a program both sides agree on ended.
#[derive(Debug)]
enum Verdict {
    Accepted,
    Rejected,
    Unsupported(String),
}

/// A load whose log was asked for the message and statistics only.
fn terse(out: &LoadOutcome) -> bool {
    !out.log.lines().any(|l| l.starts_with("0: "))
}

/// The kernel's answer on `raw`: with the instruction trace (level 1), or, when that log
/// is too long to keep the message, with the message and statistics only.
fn load(raw: &[RawInsn], maps: &[(usize, &Map)], privilege: Privilege) -> LoadOutcome {
    let out = kernel::load(raw, maps, &options(privilege)).expect("BPF_PROG_LOAD runs");
    if out.accepted() || out.message().is_some() {
        return out;
    }
    let opts = LoadOptions {
        log_level: 0,
        ..options(privilege)
    };
    kernel::load(raw, maps, &opts).expect("BPF_PROG_LOAD runs")
}

fn options(privilege: Privilege) -> LoadOptions {
    LoadOptions {
        stats: true,
        ..LoadOptions::default()
    }
    .with_privilege(privilege)
}

/// The host profile, or why the test cannot run.
fn host() -> Result<KernelProfile, String> {
    kernel::availability().map_err(|u| u.to_string())?;
    let profile = kernel::host_profile().map_err(|e| e.to_string())?;
    let probe = assemble("r0 = 0\nL:\nr0 += 1\nif r0 < 2 goto L\nr0 = 0\nexit");
    if let Err(Refusal::Unsupported(why)) = verify(&probe, &[], profile, Privilege::Root, true) {
        return Err(format!("loops are not modelled on {profile}: {why}"));
    }
    Ok(profile)
}

#[test]
fn the_experiments_agree_with_the_live_kernel() {
    let profile = match host() {
        Ok(p) => p,
        Err(why) => {
            say!("SKIPPED loops_kernel experiments: {why}");
            return;
        }
    };
    let mut failures = Vec::new();
    for (name, body) in EXPERIMENTS {
        let raw = assemble(body);
        for privilege in Privilege::ALL {
            let out = load(&raw, &[], privilege);
            let verdict = compare(&raw, &[], &out, profile, privilege);
            say!(
                "{name} ({privilege}): kernel {} at {:?}, {:?} processed: {verdict:?}",
                out.message()
                    .and_then(|m| m.lines().last().map(str::to_string))
                    .unwrap_or("accepts".into()),
                out.insn_index(),
                out.processed_insns()
            );
            match verdict {
                Ok(Verdict::Unsupported(why)) => {
                    failures.push(format!("{name}: unsupported: {why}"))
                }
                Ok(_) => {}
                Err(e) => failures.push(format!("{name} ({privilege}): {e}")),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The maps a program may read a bound from: (type id, key size, value size, max entries).
const MAPS: [(u32, u32, u32, u32); 1] = [(2, 4, 8, 4)];

/// One program item; jumps and calls name labels.
#[derive(Clone, Copy)]
enum Item {
    Insn(Insn),
    Label(usize),
    If {
        cond: JmpCond,
        width: Width,
        dst: Reg,
        src: Operand,
        to: usize,
    },
    Goto(usize),
    Call(usize),
    Map(Reg),
}

/// A program under construction: items and fresh labels.
struct Gen<'r> {
    rng: &'r mut Rng,
    items: Vec<Item>,
    labels: usize,
}

/// Registers a loop body scribbles on (never a counter, a bound or the saved context).
const SCRATCH: [Reg; 4] = [Reg::R2, Reg::R3, Reg::R4, Reg::R5];
/// Loop counters, outermost first; R9 keeps the context.
const COUNTERS: [Reg; 2] = [Reg::R6, Reg::R7];
const BOUND: Reg = Reg::R8;
const CTX: Reg = Reg::R9;

impl Gen<'_> {
    fn label(&mut self) -> usize {
        self.labels += 1;
        self.labels
    }

    fn push(&mut self, insn: Insn) {
        self.items.push(Item::Insn(insn));
    }

    fn mov(&mut self, dst: Reg, src: Operand) {
        self.alu(AluOp::Mov, dst, src);
    }

    fn alu(&mut self, op: AluOp, dst: Reg, src: Operand) {
        self.push(Insn::Alu {
            op,
            width: Width::W64,
            dst,
            src,
        });
    }

    /// `dst = counter` without linking the two: the kernel links a copy and its source
    /// (`id`), and a counter later incremented stays linked to its copies with a delta
    /// (`id=N+1`, "bpf: Track delta between linked registers"), which this verifier's
    /// scalar domain does not model.
    fn copy(&mut self, dst: Reg, counter: Reg) {
        self.mov(dst, Operand::Imm(0));
        self.alu(AluOp::Add, dst, Operand::Reg(counter));
    }

    /// The scratch registers get small constants (after a call clobbered them).
    fn scratch(&mut self) {
        for r in SCRATCH {
            let v = self.rng.below(4) as i32;
            self.mov(r, Operand::Imm(v));
        }
    }

    /// A u32 context field into `dst` (`remote_port`, `local_port`, `protocol`, ...).
    fn ctx_field(&mut self, dst: Reg) {
        let off = self.rng.pick(&[8, 12, 16, 20, 36, 40, 60, 64]);
        self.push(Insn::Load {
            size: Size::W,
            sign_extend: false,
            dst,
            src: CTX,
            off,
        });
    }

    /// A value the loop's bound or start comes from: a constant, a masked context field,
    /// now and then an unmasked one (the loop then cannot be proven to end).
    fn value(&mut self, dst: Reg, small: i32) {
        match self.rng.below(10) {
            0..=4 => {
                let v = self.rng.below(small as u64 + 1) as i32;
                self.mov(dst, Operand::Imm(v))
            }
            5..=8 => {
                self.ctx_field(dst);
                self.alu(AluOp::And, dst, Operand::Imm(small));
            }
            _ if self.rng.chance(2) => self.ctx_field(dst),
            _ => self.mov(dst, Operand::Imm(small)),
        }
    }

    /// A bound read from an array map's value (NULL-checked), masked.
    fn map_bound(&mut self, dst: Reg) {
        let skip = self.label();
        self.mov(Reg::R2, Operand::Imm(0));
        self.push(Insn::Store {
            size: Size::W,
            dst: Reg::FP,
            off: -4,
            src: Operand::Reg(Reg::R2),
        });
        self.items.push(Item::Map(Reg::R1));
        self.mov(Reg::R2, Operand::Reg(Reg::FP));
        self.alu(AluOp::Add, Reg::R2, Operand::Imm(-4));
        self.push(Insn::Call(CallKind::Helper(1)));
        self.mov(dst, Operand::Imm(3));
        self.items.push(Item::If {
            cond: JmpCond::Eq,
            width: Width::W64,
            dst: Reg::R0,
            src: Operand::Imm(0),
            to: skip,
        });
        self.push(Insn::Load {
            size: Size::DW,
            sign_extend: false,
            dst,
            src: Reg::R0,
            off: 0,
        });
        self.alu(AluOp::And, dst, Operand::Imm(7));
        self.items.push(Item::Label(skip));
        self.scratch();
    }

    /// One statement of a loop body.
    fn statement(&mut self, depth: usize, counter: Reg) {
        let r = self.rng.pick(&SCRATCH);
        match self.rng.below(12) {
            0 | 1 => {
                let v = self.rng.below(8) as i32;
                self.mov(r, Operand::Imm(v))
            }
            2 => self.alu(AluOp::Add, r, Operand::Reg(counter)),
            3 => self.copy(r, counter),
            4 => {
                let op = self
                    .rng
                    .pick(&[AluOp::And, AluOp::Or, AluOp::Xor, AluOp::Lsh]);
                let v = self.rng.below(6) as i32;
                self.alu(op, r, Operand::Imm(v))
            }
            5 => self.ctx_field(r),
            6 => {
                let over = self.label();
                let cond = self
                    .rng
                    .pick(&[JmpCond::Eq, JmpCond::Gt, JmpCond::Ne, JmpCond::Lt]);
                let imm = self.rng.below(6) as i32;
                let src = if self.rng.chance(30) {
                    Operand::Reg(counter)
                } else {
                    Operand::Imm(imm)
                };
                self.items.push(Item::If {
                    cond,
                    width: Width::W64,
                    dst: r,
                    src,
                    to: over,
                });
                let r2 = self.rng.pick(&SCRATCH);
                self.mov(r2, Operand::Imm(imm + 1));
                self.items.push(Item::Label(over));
            }
            7 => {
                self.copy(r, counter);
                self.push(Insn::Store {
                    size: Size::DW,
                    dst: Reg::FP,
                    off: -16,
                    src: Operand::Reg(r),
                });
                self.push(Insn::Load {
                    size: Size::DW,
                    sign_extend: false,
                    dst: r,
                    src: Reg::FP,
                    off: -16,
                });
                self.alu(AluOp::And, r, Operand::Imm(7));
            }
            8 if depth == 0 => self.counted_loop(1),
            9 => {
                self.push(Insn::Call(CallKind::Helper(7)));
                self.scratch();
                self.mov(r, Operand::Reg(Reg::R0));
                self.alu(AluOp::And, r, Operand::Imm(3));
            }
            _ => self.alu(AluOp::Add, r, Operand::Imm(1)),
        }
    }

    /// `counter = start; do { body; counter += step } while (counter <cond> bound)`, in
    /// one of two layouts (the latch jumps back, or jumps out past a `goto` back).
    fn counted_loop(&mut self, depth: usize) {
        let counter = COUNTERS[depth];
        let bound = if depth == 0 { Some(BOUND) } else { None };
        self.value(counter, 3);
        let src = match bound {
            Some(b) if self.rng.chance(60) => {
                if self.rng.chance(25) {
                    self.map_bound(b);
                } else {
                    self.value(b, 15);
                }
                Operand::Reg(b)
            }
            _ => Operand::Imm(self.rng.below(12) as i32 + 1),
        };
        let head = self.label();
        self.items.push(Item::Label(head));
        for _ in 0..self.rng.below(4) {
            self.statement(depth, counter);
        }
        let step = if self.rng.chance(3) {
            Operand::Reg(self.rng.pick(&SCRATCH))
        } else {
            Operand::Imm(self.rng.pick(&[1, 1, 1, 2, 3]))
        };
        if self.rng.chance(5) {
            // A body that changes nothing the exit depends on: an endless loop.
            self.alu(AluOp::And, Reg::R3, Operand::Imm(1));
        } else {
            self.alu(AluOp::Add, counter, step);
        }
        let cond = if self.rng.chance(2) {
            JmpCond::Ne
        } else {
            self.rng.pick(&[JmpCond::Lt, JmpCond::Le, JmpCond::SLt])
        };
        let width = if self.rng.chance(15) {
            Width::W32
        } else {
            Width::W64
        };
        if self.rng.chance(50) {
            self.items.push(Item::If {
                cond,
                width,
                dst: counter,
                src,
                to: head,
            });
        } else {
            let out = self.label();
            let exit_cond = negate(cond);
            self.items.push(Item::If {
                cond: exit_cond,
                width,
                dst: counter,
                src,
                to: out,
            });
            self.items.push(Item::Goto(head));
            self.items.push(Item::Label(out));
        }
    }
}

/// The condition that holds exactly when `c` does not.
fn negate(c: JmpCond) -> JmpCond {
    match c {
        JmpCond::Lt => JmpCond::Ge,
        JmpCond::Le => JmpCond::Gt,
        JmpCond::Ne => JmpCond::Eq,
        JmpCond::SLt => JmpCond::SGe,
        other => other,
    }
}

/// A random program with loops, and the slots of its map loads.
fn program(rng: &mut Rng) -> (Vec<RawInsn>, Vec<usize>) {
    let mut g = Gen {
        rng,
        items: Vec::new(),
        labels: 0,
    };
    g.mov(CTX, Operand::Reg(Reg::R1));
    g.scratch();
    let sub = g.rng.chance(25).then(|| g.label());
    for _ in 0..=g.rng.below(2) {
        g.counted_loop(0);
    }
    if let Some(sub) = sub {
        g.mov(Reg::R1, Operand::Reg(CTX));
        g.items.push(Item::Call(sub));
    }
    let r0 = match g.rng.below(10) {
        0 => Operand::Reg(COUNTERS[0]),
        1 => Operand::Imm(2),
        _ => Operand::Imm(g.rng.below(2) as i32),
    };
    g.mov(Reg::R0, r0);
    g.push(Insn::Exit);
    if let Some(sub) = sub {
        g.items.push(Item::Label(sub));
        g.mov(CTX, Operand::Reg(Reg::R1));
        g.scratch();
        g.counted_loop(0);
        g.mov(Reg::R0, Operand::Imm(0));
        g.push(Insn::Exit);
    }
    encode(&g.items)
}

fn encode(items: &[Item]) -> (Vec<RawInsn>, Vec<usize>) {
    let mut at = std::collections::HashMap::new();
    let mut slot = 0usize;
    for it in items {
        match it {
            Item::Label(l) => {
                at.insert(*l, slot);
            }
            Item::Map(_) => slot += 2,
            _ => slot += 1,
        }
    }
    let mut raw = Vec::new();
    let mut maps = Vec::new();
    for it in items {
        let here = raw.len() as i64;
        let rel = |l: &usize| at[l] as i64 - here - 1;
        let insn = match it {
            Item::Label(_) => continue,
            Item::Insn(i) => *i,
            Item::If {
                cond,
                width,
                dst,
                src,
                to,
            } => Insn::JmpIf {
                cond: *cond,
                width: *width,
                dst: *dst,
                src: *src,
                off: rel(to) as i16,
            },
            Item::Goto(to) => Insn::Ja {
                off: rel(to) as i32,
                long: false,
            },
            Item::Call(to) => Insn::Call(CallKind::Local(rel(to) as i32)),
            Item::Map(dst) => {
                maps.push(raw.len());
                Insn::LdImm64 {
                    dst: *dst,
                    kind: LdImmKind::MapFd,
                    imm: 0,
                    imm_hi: 0,
                }
            }
        };
        raw.extend(insn.encode());
    }
    (raw, maps)
}

/// Random loop programs per privilege on the host by default (`LOOPS_RANDOM` overrides).
const RANDOM_LOOPS: u64 = 20;

#[test]
fn random_loops_agree_with_the_live_kernel() {
    let profile = match host() {
        Ok(p) => p,
        Err(why) => {
            say!("SKIPPED loops_kernel random: {why}");
            return;
        }
    };
    let maps: Vec<Map> = MAPS
        .iter()
        .map(|&(t, k, v, n)| {
            Map::create(&MapSpec::new(MapType::from_id(t), k, v, n)).expect("create a map")
        })
        .collect();
    let env = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let count = env("LOOPS_RANDOM", RANDOM_LOOPS);
    let seed = env("LOOPS_SEED", 0x100b_5eed);
    let mut tally = std::collections::BTreeMap::<String, usize>::new();
    let mut failures = Vec::new();
    let (mut total, mut same_count) = (0, 0);
    for privilege in Privilege::ALL {
        let mut rng = Rng::new(seed);
        for _ in 0..count {
            let (mut raw, refs) = program(&mut rng);
            let kernel_maps: Vec<(usize, &Map)> = refs.iter().map(|&s| (s, &maps[0])).collect();
            let out = load(&raw, &kernel_maps, privilege);
            for &s in &refs {
                raw[s].src = 1;
            }
            let infos: Vec<MapInfo> = refs
                .iter()
                .map(|&slot| MapInfo {
                    slot,
                    // Every reference names the one map `maps[0]`.
                    id: 0,
                    map_type: MAPS[0].0,
                    key_size: MAPS[0].1,
                    value_size: MAPS[0].2,
                    max_entries: MAPS[0].3,
                    flags: 0,
                    frozen: None,
                    ..Default::default()
                })
                .collect();
            total += 1;
            let kind = match compare(&raw, &infos, &out, profile, privilege) {
                Ok(Verdict::Accepted) => {
                    same_count += 1;
                    "accepted, same processed count".to_string()
                }
                Ok(Verdict::Rejected) => format!(
                    "rejected, same insn and message: {}",
                    shape(&out.message().unwrap_or_default())
                ),
                Ok(Verdict::Unsupported(why)) => format!("unsupported: {why}"),
                Err(e) => {
                    let mut text = format!("({privilege}) {e}\n{}", listing(&raw));
                    if std::env::var_os("LOOPS_DEBUG").is_some() {
                        let opts = LoadOptions {
                            log_level: 2,
                            ..options(privilege)
                        };
                        let log = kernel::load(&raw, &kernel_maps, &opts).map(|o| o.log);
                        text += &format!("\nkernel log:\n{}", log.unwrap_or_default());
                    }
                    failures.push(text);
                    "DISAGREE".to_string()
                }
            };
            *tally.entry(kind).or_default() += 1;
        }
    }
    say!(
        "loops_kernel: {total} random loop programs: {} agree with the live kernel ({same_count} accepted with the same processed count)",
        total - failures.len()
    );
    for (k, n) in &tally {
        say!("  {n}x {k}");
    }
    for f in failures.iter().take(5) {
        say!("{f}\n");
    }
    assert!(
        failures.is_empty(),
        "{} of {total} disagree",
        failures.len()
    );
}

/// The program as text, one instruction a line.
fn listing(raw: &[RawInsn]) -> String {
    match isa::decode(raw) {
        Ok(insns) => insns
            .iter()
            .map(|(pc, i)| format!("{}: {i}", pc.0))
            .collect::<Vec<_>>()
            .join("\n"),
        Err(e) => format!("{e:?}"),
    }
}

/// A message's last line with its numbers replaced by `N`, so that the tally groups alike ones.
fn shape(message: &str) -> String {
    common::shape(message.lines().last().unwrap_or(""))
}

/// Random loop programs per privilege inside each image: TCG runs the guest about 20 times
/// slower than the host, so the image runs are sampled (`LOOPS_IMAGES=<n>` for more).
const IMAGE_LOOPS: u64 = 2;

/// The experiments and `random_loops_agree_with_the_live_kernel` inside each cached kernel
/// image, each guest modelled by its own release (6.1.192 and 6.12.118 prune with read
/// marks); prints the guest's figures per kernel.
#[test]
fn loops_agree_inside_each_image() {
    let var = |name: &str| std::env::var(name).ok();
    let count = var("LOOPS_IMAGES")
        .and_then(|v| v.parse().ok())
        .unwrap_or(IMAGE_LOOPS);
    let mut env = vec![("LOOPS_RANDOM", count.to_string())];
    for name in ["LOOPS_SEED", "LOOPS_DEBUG"] {
        if let Some(v) = var(name) {
            env.push((name, v));
        }
    }
    // The experiments hit the 1M-instruction limit (minutes under TCG): on request only.
    let mut tests = vec!["random_loops_agree_with_the_live_kernel"];
    if var("LOOPS_IMAGES_EXPERIMENTS").is_some() {
        tests.push("the_experiments_agree_with_the_live_kernel");
    }
    let Some(runs) = common::in_each_image(
        "loops_kernel_images",
        &tests,
        &env,
        &["loops_kernel", "  ", "e1", "e2", "e4", "e6", "SKIPPED"],
    ) else {
        return;
    };
    common::assert_every_guest_passed(runs);
}
