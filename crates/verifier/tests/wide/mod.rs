//! Wide programs for `walk_random`: shapes the loop-free generator rarely or never makes, each
//! mostly valid so a program reaches far before its first mistake. Atomics (every op, with and
//! without `BPF_FETCH`, 32 and 64 bits, load-acquire and store-release) on the stack, on map
//! values and on the context; cpu v4 (`ldsx`, `movsx`, `sdiv`/`smod`, `bswap`, `gotol`); bounds
//! checks of every width and signedness before a variable offset into a map value or the
//! stack; spills and narrower fills of constants and of 32-bit scalars; socket assignment with
//! every flag. A value the verifier should know exactly is tested by a *dead-branch probe*:
//! `if rX <cond> K goto +1` over an instruction the kernel refuses, so the verdict says
//! whether the range the verifier kept proves the branch dead.

use super::{imm, Item, LOOKUP_MAPS};
use crate::common::Rng;
use isa::{AluOp, AtomicOp, CallKind, EndianKind, Insn, JmpCond, Operand, Reg, Size, Width};

/// The stack slots the prologue writes (`fp-8` to `fp-8*SLOTS`); the key of a lookup is at
/// `fp-8*(SLOTS+1)`.
const SLOTS: i16 = 6;
const KEY: i16 = -8 * (SLOTS + 1);
/// The value size of the lookup maps (`MAPS` in the parent).
const VALUE: i32 = 16;

fn mov(dst: Reg, src: Operand) -> Item {
    Item::Insn(Insn::Alu {
        op: AluOp::Mov,
        width: Width::W64,
        dst,
        src,
    })
}

fn alu(op: AluOp, width: Width, dst: Reg, src: Operand) -> Item {
    Item::Insn(Insn::Alu {
        op,
        width,
        dst,
        src,
    })
}

fn width(rng: &mut Rng) -> Width {
    if rng.chance(50) {
        Width::W64
    } else {
        Width::W32
    }
}

/// A scalar register of the program (r7-r9: context loads or constants).
fn scalar(rng: &mut Rng) -> Reg {
    rng.pick(&[Reg::R7, Reg::R8, Reg::R9])
}

/// An instruction the kernel refuses wherever it is walked: a context load off the fields.
fn refused() -> Item {
    Item::Insn(Insn::Load {
        size: Size::DW,
        sign_extend: false,
        dst: Reg::R0,
        src: Reg::R6,
        off: 1,
    })
}

/// `if reg <cond> K goto +N` over an instruction the kernel refuses (accepted only if the
/// verifier proves it dead) or, more often, over a few scalar moves (walked only if the
/// verifier cannot: the processed count says which).
fn probe(rng: &mut Rng, items: &mut Vec<Item>, reg: Reg) {
    let cond = rng.pick(&[
        JmpCond::Gt,
        JmpCond::Ge,
        JmpCond::Lt,
        JmpCond::Le,
        JmpCond::SGt,
        JmpCond::SGe,
        JmpCond::SLt,
        JmpCond::SLe,
        JmpCond::Eq,
        JmpCond::Ne,
        JmpCond::Set,
    ]);
    let k = rng.pick(&[
        0,
        1,
        -1,
        5,
        7,
        8,
        15,
        16,
        127,
        128,
        255,
        0x7fff,
        0xffff,
        i32::MAX,
    ]);
    let at = items.len();
    let fatal = rng.chance(20);
    let over = if fatal { 1 } else { 1 + rng.below(3) as usize };
    items.push(Item::Jump {
        cond,
        width: width(rng),
        dst: reg,
        src: Operand::Imm(k),
        to: at + 1 + over,
    });
    if fatal {
        items.push(refused());
    } else {
        for _ in 0..over {
            items.push(mov(Reg::R5, Operand::Imm(imm(rng))));
        }
    }
}

/// `r6 = r1`, r7-r9 from the context or constants, the stack slots written.
fn prologue(rng: &mut Rng, items: &mut Vec<Item>) {
    items.push(mov(Reg::R6, Operand::Reg(Reg::R1)));
    for r in [Reg::R7, Reg::R8, Reg::R9] {
        if rng.chance(70) {
            items.push(Item::Insn(super::ctx_load(rng, r, Reg::R6)));
        } else {
            items.push(mov(r, Operand::Imm(imm(rng))));
        }
    }
    for slot in 1..=SLOTS {
        let src = if rng.chance(50) {
            Operand::Reg(scalar(rng))
        } else {
            Operand::Imm(imm(rng))
        };
        items.push(Item::Insn(Insn::Store {
            size: Size::DW,
            dst: Reg::FP,
            off: -8 * slot,
            src,
        }));
    }
}

fn atomic_op(rng: &mut Rng) -> (AtomicOp, bool) {
    let op = rng.pick(&[
        AtomicOp::Add,
        AtomicOp::Or,
        AtomicOp::And,
        AtomicOp::Xor,
        AtomicOp::Xchg,
        AtomicOp::CmpXchg,
        AtomicOp::Add,
        AtomicOp::LoadAcquire,
        AtomicOp::StoreRelease,
    ]);
    let fetch = matches!(op, AtomicOp::Xchg | AtomicOp::CmpXchg) || rng.chance(50);
    (op, fetch)
}

fn atomic_size(rng: &mut Rng, op: AtomicOp) -> Size {
    let narrow_ok = matches!(op, AtomicOp::LoadAcquire | AtomicOp::StoreRelease);
    if rng.chance(if narrow_ok { 50 } else { 6 }) {
        rng.pick(&[Size::B, Size::H])
    } else {
        rng.pick(&[Size::W, Size::DW])
    }
}

/// An atomic on `base + off`, its source a scalar (now and then the context or r10); r0 is
/// set first for `cmpxchg`. The fetched value is then probed or used as a stack index.
fn atomic(rng: &mut Rng, items: &mut Vec<Item>, base: Reg, off: i16) {
    let (op, fetch) = atomic_op(rng);
    let size = atomic_size(rng, op);
    if op == AtomicOp::CmpXchg && rng.chance(90) {
        items.push(mov(Reg::R0, Operand::Imm(imm(rng))));
    }
    let src = match rng.below(20) {
        0 => Reg::R6,
        1 => Reg::FP,
        2 => Reg::R4,
        _ => Reg::R2,
    };
    if src == Reg::R2 {
        items.push(mov(Reg::R2, Operand::Reg(scalar(rng))));
    }
    let (dst, src) = if op == AtomicOp::LoadAcquire {
        (Reg::R2, base)
    } else {
        (base, src)
    };
    items.push(Item::Insn(Insn::Atomic {
        op,
        fetch,
        size,
        dst,
        src,
        off,
    }));
    let fetched = match op {
        AtomicOp::CmpXchg => Reg::R0,
        AtomicOp::LoadAcquire => Reg::R2,
        _ if fetch => src,
        _ => return,
    };
    if rng.chance(25) {
        probe(rng, items, fetched);
    }
}

/// An atomic on a stack slot: written by the prologue, or now and then misaligned, never
/// written or off the frame.
fn atomic_stack(rng: &mut Rng, items: &mut Vec<Item>) {
    let slot = 1 + rng.below(SLOTS as u64) as i16;
    let off = match rng.below(12) {
        0 => -8 * slot + rng.pick(&[2, 4]),
        1 => -8 * (SLOTS + 2 + rng.below(4) as i16),
        2 => rng.pick(&[0, -516, 8]),
        _ => -8 * slot,
    };
    atomic(rng, items, Reg::FP, off);
    if rng.chance(50) {
        // The slot after the atomic: a constant only if the kernel still thinks so.
        items.push(Item::Insn(Insn::Load {
            size: Size::DW,
            sign_extend: false,
            dst: Reg::R3,
            src: Reg::FP,
            off: -8 * slot,
        }));
        probe(rng, items, Reg::R3);
    }
}

/// `*(u32 *)(fp + KEY) = k; r2 = fp + KEY; r1 = map; call 1; if r0 == 0 goto <end>`, the
/// jump's index returned for the caller to aim.
fn lookup(rng: &mut Rng, items: &mut Vec<Item>) -> usize {
    items.push(Item::Insn(Insn::Store {
        size: Size::W,
        dst: Reg::FP,
        off: KEY,
        src: Operand::Imm(rng.below(4) as i32),
    }));
    items.push(mov(Reg::R2, Operand::Reg(Reg::FP)));
    items.push(alu(
        AluOp::Add,
        Width::W64,
        Reg::R2,
        Operand::Imm(KEY as i32),
    ));
    items.push(Item::Map {
        dst: Reg::R1,
        map: rng.below(LOOKUP_MAPS - 1) as usize,
    });
    items.push(Item::Insn(Insn::Call(CallKind::Helper(1))));
    items.push(Item::Jump {
        cond: JmpCond::Eq,
        width: Width::W64,
        dst: Reg::R0,
        src: Operand::Imm(0),
        to: usize::MAX,
    });
    items.len() - 1
}

/// Points the jump at `at` to the current end of `items`.
fn land(items: &mut [Item], at: usize) {
    let end = items.len();
    if let Item::Jump { to, .. } = &mut items[at] {
        *to = end;
    }
}

/// A bounds check of r3 of any width and signedness, leaving it (unless the check is too
/// weak) within `[0, max]`: the fall-through is the in-bounds side.
fn bound(rng: &mut Rng, items: &mut Vec<Item>, max: i32, out: usize) {
    let checks: &[(JmpCond, Width, i32)] = &[
        (JmpCond::Gt, Width::W64, max),
        (JmpCond::Gt, Width::W32, max),
        (JmpCond::Ge, Width::W64, max + 1),
        (JmpCond::Ge, Width::W32, max + 1),
        (JmpCond::SGt, Width::W64, max),
        (JmpCond::SGt, Width::W32, max),
        (JmpCond::SLt, Width::W64, 0),
        (JmpCond::SLt, Width::W32, 0),
    ];
    let n = 1 + rng.below(2);
    for _ in 0..n {
        let (cond, w, k) = rng.pick(checks);
        let k = if rng.chance(10) { k + 1 } else { k };
        items.push(Item::Jump {
            cond,
            width: w,
            dst: Reg::R3,
            src: Operand::Imm(k),
            to: out,
        });
    }
}

/// r3 a scalar shaped at the 32/64 boundary: a context field, a constant, a value byte,
/// sign-extended, shifted, negated or narrowed.
fn index(rng: &mut Rng, items: &mut Vec<Item>, from_value: bool) {
    if from_value && rng.chance(40) {
        let size = rng.pick(&[Size::B, Size::H, Size::W, Size::DW]);
        items.push(Item::Insn(Insn::Load {
            size,
            sign_extend: size != Size::DW && rng.chance(50),
            dst: Reg::R3,
            src: Reg::R0,
            off: rng.below((VALUE as u64) / size.bytes() as u64) as i16 * size.bytes() as i16,
        }));
    } else {
        items.push(mov(Reg::R3, Operand::Reg(scalar(rng))));
    }
    for _ in 0..rng.below(3) {
        let step = match rng.below(9) {
            0 => alu(
                AluOp::MovSx(rng.pick(&[Size::B, Size::H, Size::W])),
                Width::W64,
                Reg::R3,
                Operand::Reg(Reg::R3),
            ),
            1 => alu(
                AluOp::MovSx(rng.pick(&[Size::B, Size::H])),
                Width::W32,
                Reg::R3,
                Operand::Reg(Reg::R3),
            ),
            2 => alu(AluOp::Mov, Width::W32, Reg::R3, Operand::Reg(Reg::R3)),
            3 => alu(AluOp::Lsh, Width::W64, Reg::R3, Operand::Imm(32)),
            4 => alu(
                AluOp::Arsh,
                width(rng),
                Reg::R3,
                Operand::Imm(rng.pick(&[1, 8, 31, 32])),
            ),
            5 => alu(AluOp::Neg, width(rng), Reg::R3, Operand::Imm(0)),
            6 => alu(
                rng.pick(&[AluOp::SDiv, AluOp::SMod]),
                width(rng),
                Reg::R3,
                Operand::Imm(rng.pick(&[-1, 2, -3, 16, 0])),
            ),
            7 => Item::Insn(Insn::Endian {
                kind: rng.pick(&[EndianKind::Be, EndianKind::Swap, EndianKind::Le]),
                bits: rng.pick(&[16, 32, 64]),
                dst: Reg::R3,
            }),
            _ => alu(
                AluOp::And,
                width(rng),
                Reg::R3,
                Operand::Imm(rng.pick(&[7, 15, 0xff, -8, 0x7fff_ffff])),
            ),
        };
        items.push(step);
    }
}

/// A map value: lookup, NULL check, then an atomic, a sign-extending load, or a bounded
/// variable offset and an access through it.
fn map_value(rng: &mut Rng, items: &mut Vec<Item>) {
    let null = lookup(rng, items);
    match rng.below(3) {
        0 => {
            let size = rng.pick(&[Size::W, Size::DW]);
            let off = if rng.chance(85) {
                rng.below((VALUE as u64) / size.bytes() as u64) as i16 * size.bytes() as i16
            } else {
                rng.pick(&[VALUE as i16 - 4, 2, -8, VALUE as i16])
            };
            atomic(rng, items, Reg::R0, off);
        }
        1 => {
            index(rng, items, true);
            probe(rng, items, Reg::R3);
        }
        _ => {
            index(rng, items, true);
            let out = items.len() + 64;
            let size = rng.pick(&Size::ALL);
            let max = VALUE - size.bytes() as i32;
            let check_at = items.len();
            bound(rng, items, max, out);
            items.push(alu(AluOp::Add, Width::W64, Reg::R0, Operand::Reg(Reg::R3)));
            let mem = if rng.chance(30) {
                let (op, fetch) = atomic_op(rng);
                items.push(mov(Reg::R2, Operand::Imm(1)));
                Insn::Atomic {
                    op: if op == AtomicOp::LoadAcquire {
                        AtomicOp::Add
                    } else {
                        op
                    },
                    fetch,
                    size: if size.bytes() >= 4 { size } else { Size::W },
                    dst: Reg::R0,
                    src: Reg::R2,
                    off: 0,
                }
            } else if rng.chance(50) {
                Insn::Load {
                    size,
                    sign_extend: size != Size::DW && rng.chance(40),
                    dst: Reg::R4,
                    src: Reg::R0,
                    off: 0,
                }
            } else {
                Insn::Store {
                    size,
                    dst: Reg::R0,
                    off: 0,
                    src: Operand::Reg(Reg::R7),
                }
            };
            items.push(Item::Insn(mem));
            // The checks leave to the end of the block.
            let end = items.len();
            for it in &mut items[check_at..] {
                if let Item::Jump { to, .. } = it {
                    if *to == out {
                        *to = end;
                    }
                }
            }
        }
    }
    land(items, null);
}

/// A variable offset into the stack: `r4 = fp; r4 += r3` with r3 bounded to a few slots
/// below the written ones, then a store or a load there.
fn var_stack(rng: &mut Rng, items: &mut Vec<Item>) {
    index(rng, items, false);
    let out = items.len() + 64;
    let check_at = items.len();
    bound(rng, items, 8 * SLOTS as i32 - 8, out);
    items.push(mov(Reg::R4, Operand::Reg(Reg::FP)));
    items.push(alu(
        AluOp::Add,
        Width::W64,
        Reg::R4,
        Operand::Imm(-8 * SLOTS as i32),
    ));
    items.push(alu(AluOp::Add, Width::W64, Reg::R4, Operand::Reg(Reg::R3)));
    let size = rng.pick(&Size::ALL);
    let insn = if rng.chance(50) {
        Insn::Load {
            size,
            sign_extend: size != Size::DW && rng.chance(30),
            dst: Reg::R5,
            src: Reg::R4,
            off: 0,
        }
    } else {
        Insn::Store {
            size,
            dst: Reg::R4,
            off: 0,
            src: if rng.chance(70) {
                Operand::Reg(scalar(rng))
            } else {
                Operand::Imm(imm(rng))
            },
        }
    };
    items.push(Item::Insn(insn));
    let end = items.len();
    for it in &mut items[check_at..] {
        if let Item::Jump { to, .. } = it {
            if *to == out {
                *to = end;
            }
        }
    }
}

/// A spill and a fill of another size or offset: a constant or a narrowed scalar, its fill
/// then probed (known exactly only if the kernel keeps it through the fill).
fn spill_fill(rng: &mut Rng, items: &mut Vec<Item>) {
    let slot = -8 * (1 + rng.below(SLOTS as u64) as i16);
    let value = if rng.chance(50) {
        items.push(mov(Reg::R2, Operand::Imm(imm(rng))));
        Reg::R2
    } else {
        let r = scalar(rng);
        if rng.chance(50) {
            items.push(alu(AluOp::Mov, Width::W32, Reg::R2, Operand::Reg(r)));
            Reg::R2
        } else {
            r
        }
    };
    let store = rng.pick(&Size::ALL);
    let store_off = slot + rng.below(8 / store.bytes() as u64) as i16 * store.bytes() as i16;
    if rng.chance(15) {
        items.push(Item::Insn(Insn::Store {
            size: store,
            dst: Reg::FP,
            off: store_off,
            src: Operand::Imm(imm(rng)),
        }));
    } else {
        items.push(Item::Insn(Insn::Store {
            size: store,
            dst: Reg::FP,
            off: store_off,
            src: Operand::Reg(value),
        }));
    }
    if rng.chance(20) {
        // Another store into part of the slot.
        let size = rng.pick(&[Size::B, Size::H, Size::W]);
        items.push(Item::Insn(Insn::Store {
            size,
            dst: Reg::FP,
            off: slot + rng.below(8 / size.bytes() as u64) as i16 * size.bytes() as i16,
            src: Operand::Imm(imm(rng)),
        }));
    }
    let fill = rng.pick(&Size::ALL);
    let fill_off = if rng.chance(70) {
        store_off
    } else {
        slot + rng.below(8 / fill.bytes() as u64) as i16 * fill.bytes() as i16
    };
    items.push(Item::Insn(Insn::Load {
        size: fill,
        sign_extend: fill != Size::DW && rng.chance(30),
        dst: Reg::R3,
        src: Reg::FP,
        off: fill_off,
    }));
    if rng.chance(50) {
        probe(rng, items, Reg::R3);
    }
}

/// cpu v4 arithmetic on a scalar, probed: `sdiv`/`smod` by edge values, `movsx`, byte swaps.
fn v4_alu(rng: &mut Rng, items: &mut Vec<Item>) {
    items.push(mov(Reg::R3, Operand::Reg(scalar(rng))));
    let w = width(rng);
    let insn = match rng.below(4) {
        0 | 1 => {
            let src = if rng.chance(60) {
                Operand::Imm(rng.pick(&[-1, 0, 1, 2, -2, 7, i32::MIN]))
            } else {
                Operand::Reg(scalar(rng))
            };
            alu(
                rng.pick(&[AluOp::SDiv, AluOp::SMod, AluOp::Div, AluOp::Mod]),
                w,
                Reg::R3,
                src,
            )
        }
        2 => {
            let s = rng.pick(&[Size::B, Size::H, Size::W]);
            let w = if s == Size::W { Width::W64 } else { w };
            alu(AluOp::MovSx(s), w, Reg::R3, Operand::Reg(scalar(rng)))
        }
        _ => Item::Insn(Insn::Endian {
            kind: rng.pick(&[EndianKind::Be, EndianKind::Swap, EndianKind::Le]),
            bits: rng.pick(&[16, 32, 64]),
            dst: Reg::R3,
        }),
    };
    items.push(insn);
    if rng.chance(40) {
        probe(rng, items, Reg::R3);
    }
}

/// `bpf_sk_assign(ctx, sk, flags)` with `ctx->sk` (checked or not), NULL, or a socket from
/// the SOCKMAP (released on every path, now and then not), flags of every value.
fn sk_assign(rng: &mut Rng, items: &mut Vec<Item>) {
    let flags = rng.pick(&[0, 1, 2, 3, 4, -1, 0x8000_0000u32 as i32]);
    match rng.below(3) {
        0 => {
            items.push(Item::Insn(Insn::Load {
                size: Size::DW,
                sign_extend: false,
                dst: Reg::R2,
                src: Reg::R6,
                off: 0,
            }));
            let check = rng.chance(70).then(|| {
                items.push(Item::Jump {
                    cond: JmpCond::Eq,
                    width: Width::W64,
                    dst: Reg::R2,
                    src: Operand::Imm(0),
                    to: usize::MAX,
                });
                items.len() - 1
            });
            items.push(mov(Reg::R1, Operand::Reg(Reg::R6)));
            items.push(mov(Reg::R3, Operand::Imm(flags)));
            items.push(Item::Insn(Insn::Call(CallKind::Helper(124))));
            if let Some(at) = check {
                land(items, at);
            }
        }
        1 => {
            items.push(mov(Reg::R1, Operand::Reg(Reg::R6)));
            items.push(mov(Reg::R2, Operand::Imm(0)));
            items.push(mov(Reg::R3, Operand::Imm(flags)));
            items.push(Item::Insn(Insn::Call(CallKind::Helper(124))));
        }
        _ => {
            items.push(Item::Insn(Insn::Store {
                size: Size::W,
                dst: Reg::FP,
                off: KEY,
                src: Operand::Imm(rng.below(4) as i32),
            }));
            items.push(mov(Reg::R2, Operand::Reg(Reg::FP)));
            items.push(alu(
                AluOp::Add,
                Width::W64,
                Reg::R2,
                Operand::Imm(KEY as i32),
            ));
            items.push(Item::Map {
                dst: Reg::R1,
                map: 2,
            });
            items.push(Item::Insn(Insn::Call(CallKind::Helper(1))));
            items.push(Item::Jump {
                cond: JmpCond::Eq,
                width: Width::W64,
                dst: Reg::R0,
                src: Operand::Imm(0),
                to: usize::MAX,
            });
            let null = items.len() - 1;
            items.push(mov(Reg::R7, Operand::Reg(Reg::R0)));
            items.push(mov(Reg::R1, Operand::Reg(Reg::R6)));
            items.push(mov(Reg::R2, Operand::Reg(Reg::R0)));
            items.push(mov(Reg::R3, Operand::Imm(flags)));
            items.push(Item::Insn(Insn::Call(CallKind::Helper(124))));
            if rng.chance(30) {
                // Release only when the assignment failed.
                items.push(Item::Jump {
                    cond: JmpCond::Eq,
                    width: width(rng),
                    dst: Reg::R0,
                    src: Operand::Imm(0),
                    to: items.len() + 3,
                });
            }
            if rng.chance(95) {
                items.push(mov(Reg::R1, Operand::Reg(Reg::R7)));
                items.push(Item::Insn(Insn::Call(CallKind::Helper(86))));
            }
            items.push(mov(Reg::R7, Operand::Imm(imm(rng))));
            land(items, null);
        }
    }
}

/// `gotol` or `goto` over the next fragment.
fn skip(rng: &mut Rng, items: &mut Vec<Item>) -> Option<usize> {
    if !rng.chance(8) {
        return None;
    }
    let at = items.len();
    items.push(Item::Jump {
        cond: rng.pick(&[JmpCond::Gt, JmpCond::Eq, JmpCond::Set]),
        width: width(rng),
        dst: scalar(rng),
        src: Operand::Imm(imm(rng)),
        to: usize::MAX,
    });
    if rng.chance(50) {
        if let Item::Jump { to, .. } = &mut items[at] {
            *to = at + 2;
        }
        items.push(Item::Goto {
            to: usize::MAX,
            long: rng.chance(70),
        });
        return Some(at + 1);
    }
    Some(at)
}

/// A wide program and the slots of its map loads.
pub fn program(rng: &mut Rng) -> (Vec<isa::RawInsn>, Vec<(usize, usize)>) {
    let mut items = Vec::new();
    prologue(rng, &mut items);
    let n = 1 + rng.below(7);
    for _ in 0..n {
        let over = skip(rng, &mut items);
        match rng.below(12) {
            0..=2 => atomic_stack(rng, &mut items),
            3..=5 => map_value(rng, &mut items),
            6 => var_stack(rng, &mut items),
            7 | 8 => spill_fill(rng, &mut items),
            9 => v4_alu(rng, &mut items),
            10 => sk_assign(rng, &mut items),
            _ => {
                let base = if rng.chance(80) { Reg::R6 } else { Reg::R7 };
                let off = rng.pick(&[0, 8, 16, 36]);
                atomic(rng, &mut items, base, off);
            }
        }
        if let Some(at) = over {
            let end = items.len();
            match &mut items[at] {
                Item::Jump { to, .. } | Item::Goto { to, .. } => *to = end,
                _ => {}
            }
        }
    }
    let exit_r0 = rng.pick(&[0, 1, 1, 1]);
    items.push(mov(Reg::R0, Operand::Imm(exit_r0)));
    items.push(Item::Insn(Insn::Exit));
    let end = items.len();
    super::encode(&items, end)
}
