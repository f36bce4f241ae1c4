//! `verifier::verify` against the live kernel on random loop-free programs that reach further
//! than proggen's: scalar ALU of every kind, branches on scalars, stack spills and fills of
//! every size, pointer arithmetic, array and hash map values, helper calls, tail calls and
//! BPF-to-BPF calls. Same verdict on every program we do not refuse as unsupported, same rejected
//! instruction and message where both reject; a false accept fails the test. Where both
//! reject, `verifier::analyze` gives the same rejection and its path is the failing path the
//! kernel's level-1 log shows, instruction by instruction; the state it prints where the
//! path continues a popped branch is the one the level-2 log prints there (`from X to Y:`).
//! Where this verifier prunes as the host's kernel does, the kernel's `processed N insns`
//! where both accept.
//! `WALK_RANDOM=<n>` programs per privilege (default 1500), `WALK_SEED=<u64>`. Without a usable
//! kernel the test prints `SKIPPED walk_random: <reason>` and returns. The same comparison
//! runs inside each cached kernel image (Debian 6.1 and 6.12), sampled
//! ([`IMAGE_PROGRAMS`] per privilege, `WALK_RANDOM_IMAGES=<n>` for a longer campaign; the
//! host's `WALK_SEED` goes to the guests).
#![cfg(target_os = "linux")]

mod common;
mod wide;
use common::Rng;

use isa::{AluOp, CallKind, EndianKind, Insn, JmpCond, LdImmKind, Operand, Reg, Size, Width};
use kernel::{LoadOptions, Map, MapSpec, MapType};
use skctx::Privilege;
use verifier::{analyze, verify, MapInfo, Refusal};

macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

/// The maps a random program may load: (type id, key size, value size, max entries); the
/// first `LOOKUP_MAPS` are the ones lookups use, the last is the PROG_ARRAY of tail calls.
const MAPS: [(u32, u32, u32, u32); 4] = [(2, 4, 16, 4), (1, 4, 16, 4), (15, 4, 8, 4), (3, 4, 4, 4)];
const LOOKUP_MAPS: u64 = 3;

/// One program item: an instruction, a forward jump to item `to`, or a map load.
#[derive(Clone, Copy)]
enum Item {
    Insn(Insn),
    Jump {
        cond: JmpCond,
        width: Width,
        dst: Reg,
        src: Operand,
        to: usize,
    },
    Map {
        dst: Reg,
        map: usize,
    },
    Call {
        to: usize,
    },
    /// `goto` (`gotol` when `long`) to item `to`.
    Goto {
        to: usize,
        long: bool,
    },
}

fn reg(rng: &mut Rng) -> Reg {
    if rng.chance(80) {
        return rng.pick(&[
            Reg::R0,
            Reg::R2,
            Reg::R3,
            Reg::R4,
            Reg::R5,
            Reg::R7,
            Reg::R8,
            Reg::R9,
        ]);
    }
    Reg::new(rng.below(10) as u8).expect("r0-r9")
}

/// A load the context accepts (now and then any offset and size).
fn ctx_load(rng: &mut Rng, dst: Reg, base: Reg) -> Insn {
    let valid = proggen::rules::ctx_valid_accesses();
    let (off, bytes) = if rng.chance(97) {
        let (o, b) = valid[rng.below(valid.len() as u64) as usize];
        (o as i16, b)
    } else {
        (rng.below(84) as i16 - 4, rng.pick(&[1, 2, 4, 8]))
    };
    Insn::Load {
        size: Size::from_bytes(bytes).unwrap_or(Size::W),
        sign_extend: false,
        dst,
        src: base,
        off,
    }
}

fn any_reg(rng: &mut Rng) -> Reg {
    if rng.chance(70) {
        return reg(rng);
    }
    Reg::new(rng.below(11) as u8).expect("r0-r10")
}

fn imm(rng: &mut Rng) -> i32 {
    match rng.below(6) {
        0 => rng.next() as i32,
        1 => -(rng.below(600) as i32),
        2 => rng.pick(&[0, 1, -1, 2, 4, 8, 16, 31, 32, 63, 64, 255, 0x7fff_ffff]),
        _ => rng.below(20) as i32,
    }
}

fn size(rng: &mut Rng) -> Size {
    rng.pick(&Size::ALL)
}

fn alu(rng: &mut Rng) -> Insn {
    let op = rng.pick(&[
        AluOp::Add,
        AluOp::Sub,
        AluOp::Mul,
        AluOp::Div,
        AluOp::Or,
        AluOp::And,
        AluOp::Lsh,
        AluOp::Rsh,
        AluOp::Mod,
        AluOp::Xor,
        AluOp::Mov,
        AluOp::Arsh,
        AluOp::Add,
        AluOp::And,
        AluOp::SDiv,
        AluOp::SMod,
        AluOp::Neg,
        AluOp::MovSx(Size::B),
        AluOp::MovSx(Size::H),
        AluOp::MovSx(Size::W),
    ]);
    let dst = reg(rng);
    if op == AluOp::Neg {
        return Insn::Alu {
            op,
            width: if rng.chance(70) {
                Width::W64
            } else {
                Width::W32
            },
            dst,
            src: Operand::Imm(0),
        };
    }
    if rng.chance(8) {
        return Insn::Endian {
            kind: rng.pick(&[EndianKind::Le, EndianKind::Be, EndianKind::Swap]),
            bits: rng.pick(&[16, 32, 64]),
            dst,
        };
    }
    let width = if rng.chance(70) || op == AluOp::MovSx(Size::W) {
        Width::W64
    } else {
        Width::W32
    };
    let src = if matches!(op, AluOp::MovSx(_)) {
        Operand::Reg(any_reg(rng))
    } else if rng.chance(50) {
        Operand::Imm(
            if matches!(op, AluOp::Lsh | AluOp::Rsh | AluOp::Arsh) && rng.chance(80) {
                rng.below(64) as i32
            } else {
                imm(rng)
            },
        )
    } else {
        Operand::Reg(any_reg(rng))
    };
    Insn::Alu {
        op,
        width,
        dst,
        src,
    }
}

fn mem(rng: &mut Rng) -> Insn {
    let base = any_reg(rng);
    let off = if base == Reg::FP || rng.chance(30) {
        -(rng.below(520) as i16)
    } else {
        rng.below(40) as i16 - 4
    };
    let size = size(rng);
    match rng.below(3) {
        0 => Insn::Load {
            size,
            sign_extend: size != Size::DW && rng.chance(20),
            dst: reg(rng),
            src: base,
            off,
        },
        1 => Insn::Store {
            size,
            dst: base,
            off,
            src: Operand::Reg(any_reg(rng)),
        },
        _ => Insn::Store {
            size,
            dst: base,
            off,
            src: Operand::Imm(imm(rng)),
        },
    }
}

/// A stack access through R10, aligned most of the time.
fn stack(rng: &mut Rng) -> Insn {
    let size = size(rng);
    let slot = 1 + rng.below(8) as i16;
    let off = if rng.chance(80) {
        -(slot * 8) + (rng.below(8 / size.bytes() as u64) as i16) * size.bytes() as i16
    } else {
        -(rng.below(24) as i16)
    };
    if rng.chance(50) {
        Insn::Load {
            size,
            sign_extend: false,
            dst: reg(rng),
            src: Reg::FP,
            off,
        }
    } else {
        Insn::Store {
            size,
            dst: Reg::FP,
            off,
            src: if rng.chance(80) {
                Operand::Reg(any_reg(rng))
            } else {
                Operand::Imm(imm(rng))
            },
        }
    }
}

/// `key = 0..7 on the stack; r2 = fp - 8; r1 = map; call 1`.
fn lookup(rng: &mut Rng, items: &mut Vec<Item>) {
    let key = rng.below(6) as i32;
    items.push(Item::Insn(Insn::Store {
        size: Size::W,
        dst: Reg::FP,
        off: -8,
        src: Operand::Imm(key),
    }));
    items.push(Item::Insn(Insn::Alu {
        op: AluOp::Mov,
        width: Width::W64,
        dst: Reg::R2,
        src: Operand::Reg(Reg::FP),
    }));
    items.push(Item::Insn(Insn::Alu {
        op: AluOp::Add,
        width: Width::W64,
        dst: Reg::R2,
        src: Operand::Imm(-8),
    }));
    items.push(Item::Map {
        dst: Reg::R1,
        map: rng.below(LOOKUP_MAPS) as usize,
    });
    items.push(Item::Insn(Insn::Call(CallKind::Helper(1))));
    if rng.chance(70) {
        let end = items.len() + 2 + rng.below(4) as usize;
        items.push(Item::Jump {
            cond: JmpCond::Eq,
            width: Width::W64,
            dst: Reg::R0,
            src: Operand::Imm(0),
            to: end,
        });
    }
}

/// A helper with memory arguments: `trace_printk`/`probe_read_kernel`/`probe_read_user`
/// (stack buffer and size) or `map_update_elem`/`map_delete_elem` (key and value on the
/// stack).
fn helper_mem(rng: &mut Rng, items: &mut Vec<Item>) {
    let mov = |dst: Reg, src: Operand| {
        Item::Insn(Insn::Alu {
            op: AluOp::Mov,
            width: Width::W64,
            dst,
            src,
        })
    };
    let add = |dst: Reg, imm: i32| {
        Item::Insn(Insn::Alu {
            op: AluOp::Add,
            width: Width::W64,
            dst,
            src: Operand::Imm(imm),
        })
    };
    if rng.chance(50) {
        items.push(mov(Reg::R1, Operand::Reg(Reg::FP)));
        items.push(add(Reg::R1, -8 * (1 + rng.below(4) as i32)));
        let size = if rng.chance(80) {
            Operand::Imm(rng.below(40) as i32)
        } else {
            Operand::Reg(reg(rng))
        };
        items.push(mov(Reg::R2, size));
        items.push(mov(Reg::R3, Operand::Imm(0)));
        let id = rng.pick(&[6, 113, 112]);
        items.push(Item::Insn(Insn::Call(CallKind::Helper(id))));
    } else {
        items.push(Item::Map {
            dst: Reg::R1,
            map: rng.below(2) as usize,
        });
        items.push(mov(Reg::R2, Operand::Reg(Reg::FP)));
        items.push(add(Reg::R2, -8));
        items.push(mov(Reg::R3, Operand::Reg(Reg::FP)));
        items.push(add(Reg::R3, -8 * (2 + rng.below(3) as i32)));
        items.push(mov(Reg::R4, Operand::Imm(rng.below(3) as i32)));
        let id = rng.pick(&[2, 2, 3]);
        items.push(Item::Insn(Insn::Call(CallKind::Helper(id))));
    }
}

/// `bpf_tail_call(ctx, map, index)`: usually the context and the PROG_ARRAY, now and then
/// another register or map.
fn tail_call(rng: &mut Rng, items: &mut Vec<Item>) {
    let ctx = if rng.chance(85) { Reg::R6 } else { reg(rng) };
    items.push(Item::Insn(Insn::Alu {
        op: AluOp::Mov,
        width: Width::W64,
        dst: Reg::R1,
        src: Operand::Reg(ctx),
    }));
    let map = if rng.chance(85) {
        MAPS.len() - 1
    } else {
        rng.below(LOOKUP_MAPS) as usize
    };
    items.push(Item::Map { dst: Reg::R2, map });
    let index = if rng.chance(70) {
        Operand::Imm(rng.below(6) as i32)
    } else {
        Operand::Reg(any_reg(rng))
    };
    items.push(Item::Insn(Insn::Alu {
        op: AluOp::Mov,
        width: Width::W64,
        dst: Reg::R3,
        src: index,
    }));
    items.push(Item::Insn(Insn::Call(CallKind::Helper(12))));
}

fn jump(rng: &mut Rng, at: usize) -> Item {
    let cond = rng.pick(&[
        JmpCond::Eq,
        JmpCond::Ne,
        JmpCond::Gt,
        JmpCond::Ge,
        JmpCond::Lt,
        JmpCond::Le,
        JmpCond::SGt,
        JmpCond::SLt,
        JmpCond::Set,
    ]);
    Item::Jump {
        cond,
        width: if rng.chance(75) {
            Width::W64
        } else {
            Width::W32
        },
        dst: reg(rng),
        src: if rng.chance(70) {
            Operand::Imm(imm(rng))
        } else {
            Operand::Reg(reg(rng))
        },
        to: at + 1 + rng.below(6) as usize,
    }
}

/// `r = imm` for some of `regs`, as code does after a call clobbers them.
fn reinit(rng: &mut Rng, items: &mut Vec<Item>, regs: &[u8]) {
    for &r in regs {
        if rng.chance(75) {
            items.push(Item::Insn(Insn::Alu {
                op: AluOp::Mov,
                width: Width::W64,
                dst: Reg::new(r).expect("a register"),
                src: Operand::Imm(imm(rng)),
            }));
        }
    }
}

fn body(rng: &mut Rng, n: usize, items: &mut Vec<Item>, subprog: Option<usize>) {
    for _ in 0..n {
        if matches!(
            items.last(),
            Some(Item::Call { .. } | Item::Insn(Insn::Call(_)))
        ) {
            reinit(rng, items, &[1, 2, 3, 4, 5]);
        }
        match rng.below(14) {
            0..=3 => items.push(Item::Insn(alu(rng))),
            4 => items.push(Item::Insn(mem(rng))),
            5 | 6 => items.push(Item::Insn(stack(rng))),
            7 => lookup(rng, items),
            8 | 9 => items.push(jump(rng, items.len())),
            10 if rng.chance(50) => helper_mem(rng, items),
            10 if rng.chance(30) => tail_call(rng, items),
            10 => items.push(Item::Insn(Insn::Call(CallKind::Helper(
                rng.pick(&[5, 7, 7]),
            )))),
            11 => {
                let base = rng.pick(&[Reg::R6, Reg::R6, Reg::R6, Reg::R1, Reg::R0, Reg::R7]);
                let dst = reg(rng);
                items.push(Item::Insn(ctx_load(rng, dst, base)))
            }
            12 => items.push(Item::Insn(Insn::Alu {
                op: AluOp::Mov,
                width: Width::W64,
                dst: reg(rng),
                src: Operand::Reg(any_reg(rng)),
            })),
            _ => match subprog {
                Some(to) => items.push(Item::Call { to }),
                None => items.push(Item::Insn(alu(rng))),
            },
        }
    }
}

/// A random program and the slots of its map loads.
fn program(rng: &mut Rng) -> (Vec<isa::RawInsn>, Vec<(usize, usize)>) {
    let mut items = vec![Item::Insn(Insn::Alu {
        op: AluOp::Mov,
        width: Width::W64,
        dst: Reg::R6,
        src: Operand::Reg(Reg::R1),
    })];
    for r in [0u8, 2, 3, 4, 5, 7, 8, 9] {
        let dst = Reg::new(r).expect("a register");
        let init = if rng.chance(60) {
            Insn::Alu {
                op: AluOp::Mov,
                width: Width::W64,
                dst,
                src: Operand::Imm(imm(rng)),
            }
        } else {
            ctx_load(rng, dst, Reg::R6)
        };
        if rng.chance(85) {
            items.push(Item::Insn(init));
        }
    }
    let with_sub = rng.chance(20);
    if with_sub {
        items.push(Item::Call { to: usize::MAX });
    }
    let n = 3 + rng.below(18) as usize;
    body(rng, n, &mut items, with_sub.then_some(usize::MAX));
    let exit_r0 = rng.pick(&[0, 1, 1, 1, 2, -1]);
    items.push(Item::Insn(Insn::Alu {
        op: AluOp::Mov,
        width: Width::W64,
        dst: Reg::R0,
        src: Operand::Imm(exit_r0),
    }));
    items.push(Item::Insn(Insn::Exit));
    let main_end = items.len();
    if with_sub {
        reinit(rng, &mut items, &[0, 6, 7, 8, 9]);
        let m = 2 + rng.below(8) as usize;
        body(rng, m, &mut items, None);
        items.push(Item::Insn(Insn::Alu {
            op: AluOp::Mov,
            width: Width::W64,
            dst: Reg::R0,
            src: Operand::Imm(rng.below(3) as i32),
        }));
        items.push(Item::Insn(Insn::Exit));
    }
    encode(&items, main_end)
}

fn encode(items: &[Item], main_end: usize) -> (Vec<isa::RawInsn>, Vec<(usize, usize)>) {
    let mut starts = Vec::with_capacity(items.len() + 1);
    let mut slot = 0;
    for it in items {
        starts.push(slot);
        slot += match it {
            Item::Map { .. } => 2,
            _ => 1,
        };
    }
    starts.push(slot);
    let sub_start = starts.get(main_end).copied().unwrap_or(slot);
    let mut raw = Vec::new();
    let mut maps = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let here = starts[i] as i64;
        // Jumps stay in their subprogram and before its exit.
        let end = if i < main_end {
            main_end - 1
        } else {
            items.len() - 1
        };
        let insn = match *it {
            Item::Insn(insn) => insn,
            Item::Jump {
                cond,
                width,
                dst,
                src,
                to,
            } => Insn::JmpIf {
                cond,
                width,
                dst,
                src,
                off: (starts[to.min(end)] as i64 - here - 1) as i16,
            },
            Item::Map { dst, map } => {
                maps.push((starts[i], map));
                Insn::LdImm64 {
                    dst,
                    kind: LdImmKind::MapFd,
                    imm: 0,
                    imm_hi: 0,
                }
            }
            Item::Goto { to, long } => Insn::Ja {
                off: (starts[to.min(end)] as i64 - here - 1) as i32,
                long,
            },
            Item::Call { to } => {
                let _ = to;
                Insn::Call(CallKind::Local((sub_start as i64 - here - 1) as i32))
            }
        };
        raw.extend(insn.encode());
    }
    (raw, maps)
}

/// A program generator: the program and the slots of its map loads.
type Gen = fn(&mut Rng) -> (Vec<isa::RawInsn>, Vec<(usize, usize)>);

#[test]
fn random_programs_agree_with_the_live_kernel() {
    compare(
        "walk_random",
        program,
        env_or("WALK_RANDOM", 1500),
        env_or("WALK_SEED", 0x00c0_ffef),
    );
}

/// `wide`'s programs: the same comparison, its own count (`WALK_WIDE`, default
/// [`WIDE_PROGRAMS`]) and seed (`WALK_WIDE_SEED`).
#[test]
fn wide_programs_agree_with_the_live_kernel() {
    compare(
        "walk_wide",
        wide::program,
        env_or("WALK_WIDE", WIDE_PROGRAMS),
        env_or("WALK_WIDE_SEED", 0x5eed_0009),
    );
}

/// Wide programs per privilege in the default run (about a second on the host).
const WIDE_PROGRAMS: u64 = 400;

fn env_or(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// `count` programs of `gen` per privilege from `seed`, loaded into the live kernel and
/// verified here; `name` starts every printed line.
fn compare(name: &str, gen: Gen, count: u64, seed: u64) {
    if let Err(u) = kernel::availability() {
        say!("SKIPPED {name}: {u}");
        return;
    }
    let profile = common::running_profile();
    let maps: Vec<Map> = MAPS
        .iter()
        .map(|&(t, k, v, n)| {
            Map::create(&MapSpec::new(MapType::from_id(t), k, v, n)).expect("create a map")
        })
        .collect();
    let (mut total, mut unsupported, mut same, mut both, mut accepted) = (0, 0, 0, 0, 0);
    let (mut paths, mut at_insn, mut steps, mut branches, mut same_states) = (0, 0, 0, 0, 0);
    let mut state_failures = Vec::new();
    let mut path_failures = Vec::new();
    let mut same_processed = 0;
    let prunes = models_pruning(profile);
    let mut failures = Vec::new();
    let mut reasons = std::collections::BTreeMap::<String, usize>::new();
    for privilege in Privilege::ALL {
        let mut rng = Rng::new(seed);
        let opts = LoadOptions {
            stats: true,
            ..LoadOptions::default()
        }
        .with_privilege(privilege);
        for _ in 0..count {
            let (mut raw, refs) = gen(&mut rng);
            let infos: Vec<MapInfo> = refs
                .iter()
                .map(|&(slot, m)| MapInfo {
                    slot,
                    id: m,
                    map_type: MAPS[m].0,
                    key_size: MAPS[m].1,
                    value_size: MAPS[m].2,
                    max_entries: MAPS[m].3,
                    flags: 0,
                    frozen: None,
                    ..Default::default()
                })
                .collect();
            let kernel_maps: Vec<(usize, &Map)> =
                refs.iter().map(|&(slot, m)| (slot, &maps[m])).collect();
            let out = kernel::load(&raw, &kernel_maps, &opts).expect("BPF_PROG_LOAD runs");
            let raw_kernel = raw.clone();
            for &(slot, _) in &refs {
                raw[slot].src = 1;
            }
            total += 1;
            let ours = verify(&raw, &infos, profile, privilege, true);
            let text = || {
                raw.iter()
                    .enumerate()
                    .map(|(i, r)| match refs.iter().find(|m| m.0 == i) {
                        Some((_, m)) => format!("{i}: {r:?} map {m}"),
                        None => format!("{i}: {r:?}"),
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            let kernel_msg = out.message().unwrap_or_default();
            if std::env::var_os("WALK_VERBOSE").is_some() {
                say!(
                    "kernel: {}",
                    kernel_msg.lines().last().unwrap_or("accepted")
                );
            }
            match (&ours, out.accepted()) {
                (Err(Refusal::Unsupported(why)), _) => {
                    if std::env::var_os("WALK_VERBOSE").is_some() {
                        say!(
                            "unsupported `{why}`: kernel `{kernel_msg}` at {:?}",
                            out.insn_index()
                        );
                    }
                    unsupported += 1;
                    *reasons.entry(common::shape(why)).or_default() += 1;
                }
                (Ok(v), true) => {
                    same += 1;
                    accepted += 1;
                    if Some(v.processed()) == out.processed_insns() {
                        same_processed += 1;
                    } else if prunes {
                        failures.push(format!(
                            "({privilege}) processed {} here, {:?} in the kernel\n{}",
                            v.processed(),
                            out.processed_insns(),
                            text()
                        ));
                    }
                }
                (Err(Refusal::Rejected(r)), false) => {
                    same += 1;
                    both += 1;
                    let last = kernel_msg.lines().last().unwrap_or("");
                    // Checks before the walk (`unknown opcode d7` on 6.1) name no
                    // instruction in the log: then only the message is compared.
                    let pc_differs = out
                        .insn_index()
                        .is_some_and(|k| r.pc.map(|p| p.0) != Some(k));
                    if pc_differs || !r.kernel_message.contains(last) {
                        failures.push(format!(
                            "({privilege}) ours {r}\n  `{}`\nkernel at {:?}: `{kernel_msg}`\n{}",
                            r.kernel_message,
                            out.insn_index(),
                            text()
                        ));
                    }
                    at_insn += usize::from(r.pc.is_some());
                    let a = analyze(&raw, &infos, profile, privilege, true);
                    let path: Vec<usize> = a.path.iter().map(|s| s.pc.0).collect();
                    let logged = common::logged_path(&out.log);
                    steps += path.len();
                    if a.result != ours {
                        failures.push(format!(
                            "({privilege}) analyze's verdict differs\n{}",
                            text()
                        ));
                    } else if r.pc.is_some() && path != logged {
                        path_failures.push(format!(
                            "({privilege}) analyze: path {path:?}, the kernel's log {logged:?}\n{}",
                            text()
                        ));
                    } else if r.pc.is_some() {
                        paths += 1;
                    }
                    let ours: Vec<(usize, usize, String)> = a
                        .path
                        .iter()
                        .filter_map(|s| Some((s.from?.0, s.pc.0, s.printed.clone())))
                        .collect();
                    // Level 2 does not rewind: every popped branch is there, ours among them.
                    let level2 = LoadOptions {
                        log_level: 2,
                        ..opts.clone()
                    };
                    let full = kernel::load(&raw_kernel, &kernel_maps, &level2)
                        .expect("BPF_PROG_LOAD runs");
                    let theirs = common::logged_branches(&full.log);
                    branches += ours.len();
                    for b in &ours {
                        if theirs.contains(b) {
                            same_states += 1;
                        } else {
                            state_failures.push(format!(
                                "({privilege}) branch state: ours {b:?}\nthe kernel's {:#?}\n{}",
                                theirs
                                    .iter()
                                    .filter(|t| t.0 == b.0 && t.1 == b.1)
                                    .collect::<Vec<_>>(),
                                text()
                            ));
                        }
                    }
                }
                (Ok(_), false) => failures.push(format!(
                    "FALSE ACCEPT ({privilege}): kernel at {:?}: `{kernel_msg}`\n{}",
                    out.insn_index(),
                    text()
                )),
                (Err(e), true) => {
                    failures.push(format!("false reject ({privilege}): {e}\n{}", text()))
                }
            }
        }
    }
    say!(
        "{name}: {total} programs: {unsupported} unsupported; same verdict on {same} of {} supported ({accepted} accepted, {same_processed} with the kernel's processed count); {both} both rejected (modelled as {})",
        total - unsupported,
        profile.version()
    );
    say!("{name}: analyze's failing path is the kernel's log for {paths} of {at_insn} both rejected at an instruction ({steps} steps)");
    say!(
        "{name}: {same_states} of {branches} popped branches print the kernel's `from X to Y:` state"
    );
    for (why, n) in &reasons {
        say!("  unsupported {n}x: {why}");
    }
    if verifier::analysis::log_modelled(profile) {
        for f in state_failures.iter().take(3) {
            say!("{f}\n");
        }
    }
    for f in failures.iter().take(8) {
        say!("{f}\n");
    }
    assert!(failures.is_empty(), "{} disagreements", failures.len());
    if !verifier::analysis::log_modelled(profile) {
        say!(
            "{name}: analyze's log is not modelled for Linux {} (modelled from {}): {} paths and {} branch states differ",
            profile.version(),
            verifier::analysis::LOG_MODELLED_FROM,
            path_failures.len(),
            state_failures.len()
        );
        return;
    }
    for f in path_failures.iter().take(3) {
        say!("{f}\n");
    }
    assert!(
        path_failures.is_empty(),
        "{} failing paths differ from the kernel's log",
        path_failures.len()
    );
    assert!(
        state_failures.is_empty(),
        "{} branch states differ",
        state_failures.len()
    );
}

/// Programs per privilege inside each image: TCG runs the guest about 20 times slower than
/// the host, so the image runs are sampled.
const IMAGE_PROGRAMS: u64 = 1500;
/// Wide programs per privilege inside each image.
const IMAGE_WIDE_PROGRAMS: u64 = 300;

/// `random_programs_agree_with_the_live_kernel` and `wide_programs_agree_with_the_live_kernel`
/// inside each cached kernel image, each guest modelled by its own release; prints the
/// guest's figures per kernel.
#[test]
fn random_programs_agree_inside_each_image() {
    let count = env_or("WALK_RANDOM_IMAGES", IMAGE_PROGRAMS);
    let wide = env_or("WALK_WIDE_IMAGES", IMAGE_WIDE_PROGRAMS);
    let mut env = common::with_seed("WALK_SEED", vec![("WALK_RANDOM", count.to_string())]);
    env.push(("WALK_WIDE", wide.to_string()));
    if let Ok(seed) = std::env::var("WALK_WIDE_SEED") {
        env.push(("WALK_WIDE_SEED", seed));
    }
    let Some(runs) = common::in_each_image(
        "walk_random_images",
        &[
            "random_programs_agree_with_the_live_kernel",
            "wide_programs_agree_with_the_live_kernel",
        ],
        &env,
        &["walk_random", "walk_wide", "  unsupported", "SKIPPED"],
    ) else {
        return;
    };
    common::assert_every_guest_passed(runs);
}

/// This verifier prunes as the kernel of `profile` does (so its processed count is the
/// kernel's): it verifies a loop there instead of refusing it as unsupported.
fn models_pruning(profile: skctx::KernelProfile) -> bool {
    let counter = [
        Insn::Alu {
            op: AluOp::Mov,
            width: Width::W64,
            dst: Reg::R0,
            src: Operand::Imm(0),
        },
        Insn::Alu {
            op: AluOp::Add,
            width: Width::W64,
            dst: Reg::R0,
            src: Operand::Imm(1),
        },
        Insn::JmpIf {
            cond: JmpCond::Lt,
            width: Width::W64,
            dst: Reg::R0,
            src: Operand::Imm(2),
            off: -2,
        },
        Insn::Alu {
            op: AluOp::Mov,
            width: Width::W64,
            dst: Reg::R0,
            src: Operand::Imm(0),
        },
        Insn::Exit,
    ];
    let raw: Vec<isa::RawInsn> = counter.iter().flat_map(|i| i.encode()).collect();
    !matches!(
        verify(&raw, &[], profile, Privilege::Root, true),
        Err(Refusal::Unsupported(_))
    )
}
