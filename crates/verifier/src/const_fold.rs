//! Linux 7.1's constant folding before the walk (`bpf_compute_const_regs`, then
//! `bpf_prune_dead_branches`, kernel/bpf/const_fold.c; [`crate::cfg::Change::ConstBranchesFolded`]).
//!
//! A forward data-flow over the registers R0 to R10, path-insensitive, iterated in the
//! kernel's reverse postorder until nothing changes, finds the registers that hold one known
//! value at an instruction whatever the path: a constant, a map, an address in a map's value
//! or a subprogram. A conditional jump (not `may_goto`) whose operands are both such
//! constants, each fitting in 32 bits, is rewritten into `goto` its outcome (`goto pc+0`
//! when it falls through) before the walk. So the walk meets a `ja`: it marks no precision
//! for the comparison, pushes no speculative path for the branch it knows is not taken,
//! prints `goto pc+N`, and liveness, SCCs and the stack liveness see one edge.
//!
//! The join keeps the kernel's order dependence: an instruction met before any of its
//! predecessors passes on registers it has not seen (`CONST_ARG_UNVISITED`), and a known
//! value joined with an unseen one becomes unknown, as `const_reg_join` does.

use std::borrow::Cow;

use isa::table::{self, class, jmp_op, mode, source};
use isa::{LdImmKind, RawInsn, Width};

use crate::bounds::concrete_cond;
use crate::MapInfo;

/// `MAX_BPF_REG`: R0 to R10.
const REGS: usize = 11;

/// `const_reg_vals[10]`: the registers whose constants reach the jumps (R0 to R9).
const SAVED: usize = 10;

/// `enum const_arg_state` with its payload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Known {
    Unvisited,
    Unknown,
    Const(u64),
    /// A map (`CONST_ARG_MAP_PTR`), by [`MapInfo::id`].
    Map(usize),
    /// An address in a map's value (`CONST_ARG_MAP_VALUE`): the map and the offset.
    MapValue(usize, u64),
    /// A subprogram (`CONST_ARG_SUBPROG`), by its start.
    Subprog(usize),
}

type Regs = [Known; REGS];

/// The program's instructions with every decided conditional jump rewritten, or `raw`
/// itself when none is (`subprog_starts`: every subprogram's first slot, the main one's 0).
pub(crate) fn fold<'a>(
    raw: &'a [RawInsn],
    maps: &[MapInfo],
    subprog_starts: &[usize],
) -> Cow<'a, [RawInsn]> {
    let known = compute_const_regs(raw, maps, subprog_starts);
    let mut out = Cow::Borrowed(raw);
    for (i, regs) in known.iter().enumerate() {
        if let Some(taken) = decided(&raw[i], regs) {
            let off = if taken { raw[i].off } else { 0 };
            out.to_mut()[i] = RawInsn {
                code: class::JMP | jmp_op::JA,
                dst: 0,
                src: 0,
                off,
                imm: 0,
            };
        }
    }
    out
}

/// Whether the conditional jump `r` is taken when its registers are `regs`; `None` when it
/// is not a conditional jump (`may_goto` is not one here) or an operand is not a saved
/// constant. A 32-bit jump compares the low halves (the kernel sign-extends both to 64 bits,
/// which keeps their order and their common bits).
fn decided(r: &RawInsn, regs: &Regs) -> Option<bool> {
    let width = match r.code & class::MASK {
        class::JMP => Width::W64,
        class::JMP32 => Width::W32,
        _ => return None,
    };
    let cond = table::JMP_COND
        .iter()
        .find(|row| row.code == r.code & table::OP_MASK)?
        .cond;
    let dst = saved(regs, r.dst)?;
    let src = match r.code & source::MASK {
        source::K => r.imm as i64 as u64,
        _ => saved(regs, r.src)?,
    };
    Some(concrete_cond(cond, width, dst, src))
}

/// The constant `compute_const_regs` saves for register `r`: one that fits in 32 bits.
fn saved(regs: &Regs, r: u8) -> Option<u64> {
    match regs
        .get(usize::from(r))
        .filter(|_| usize::from(r) < SAVED)?
    {
        Known::Const(v) if *v == u64::from(*v as u32) => Some(*v),
        _ => None,
    }
}

/// `bpf_compute_const_regs`: the registers known before each slot.
fn compute_const_regs(raw: &[RawInsn], maps: &[MapInfo], starts: &[usize]) -> Vec<Regs> {
    let mut ins = vec![[Known::Unvisited; REGS]; raw.len()];
    for &s in starts {
        ins[s] = [Known::Unknown; REGS];
    }
    let order = postorder(raw, starts);
    loop {
        let mut changed = false;
        for &i in order.iter().rev() {
            let mut out = ins[i];
            xfer(raw, maps, i, &mut out);
            for s in successors(raw, i).into_iter().flatten() {
                changed |= join(&mut ins[s], &out);
            }
        }
        if !changed {
            return ins;
        }
    }
}

/// `bpf_insn_successors`: the fall-through first, then the jump target.
fn successors(raw: &[RawInsn], i: usize) -> [Option<usize>; 2] {
    crate::walk::successors(raw, i).map(|s| s.filter(|&s| s < raw.len() && s != usize::MAX))
}

/// `bpf_compute_postorder`: per subprogram, an iterative depth-first walk that marks a slot
/// when it is pushed (so a slot pushed once is never pushed again) and emits it when it is
/// met again on top of the stack.
fn postorder(raw: &[RawInsn], starts: &[usize]) -> Vec<usize> {
    const DISCOVERED: u8 = 1;
    const EXPLORED: u8 = 2;
    let mut state = vec![0u8; raw.len()];
    let mut order = Vec::with_capacity(raw.len());
    for &start in starts {
        let mut stack = vec![start];
        while let Some(&top) = stack.last() {
            state[top] |= DISCOVERED;
            if state[top] & EXPLORED != 0 {
                order.push(top);
                stack.pop();
                continue;
            }
            for s in successors(raw, top).into_iter().flatten() {
                if s < raw.len() && state[s] == 0 {
                    stack.push(s);
                    state[s] |= DISCOVERED;
                }
            }
            state[top] |= EXPLORED;
        }
    }
    order
}

/// `const_reg_join`: whether `target` changed.
fn join(target: &mut Regs, out: &Regs) -> bool {
    let mut changed = false;
    for (old, new) in target.iter_mut().zip(out) {
        if *old == Known::Unvisited && *new != Known::Unvisited {
            *old = *new;
            changed = true;
        } else if !matches!(*old, Known::Unknown | Known::Unvisited) && old != new {
            *old = Known::Unknown;
            changed = true;
        }
    }
    changed
}

/// `const_reg_xfer`: the registers after slot `i`.
fn xfer(raw: &[RawInsn], maps: &[MapInfo], i: usize, regs: &mut Regs) {
    let r = &raw[i];
    let dst = usize::from(r.dst) % REGS;
    let src = usize::from(r.src) % REGS;
    match r.code & 0x07 {
        c @ (class::ALU | class::ALU64) => {
            regs[dst] = alu(r, regs[dst], regs[src]);
            if c == class::ALU {
                regs[dst] = match regs[dst] {
                    Known::Const(v) => Known::Const(u64::from(v as u32)),
                    _ => Known::Unknown,
                };
            }
        }
        class::LD if matches!(r.code & 0xe0, mode::ABS | mode::IND) => clobber_call(regs),
        class::LD if r.code == table::LD_IMM64 => regs[dst] = ld_imm64(raw, maps, i),
        class::LD => {}
        class::LDX => regs[dst] = ldx(r, maps, regs[src]),
        class::JMP if r.code == class::JMP | jmp_op::CALL => clobber_call(regs),
        class::STX if r.code & 0xe0 == mode::ATOMIC => atomic(r, regs),
        _ => {}
    }
}

/// R0 to R5 after a call (and `BPF_LD_[ABS|IND]`).
fn clobber_call(regs: &mut Regs) {
    regs[..6].fill(Known::Unknown);
}

/// The registers an atomic writes become unknown.
fn atomic(r: &RawInsn, regs: &mut Regs) {
    const CMPXCHG: i32 = 0xf1;
    const LOAD_ACQ: i32 = 0x100;
    const FETCH: i32 = 0x01;
    let written = match r.imm {
        CMPXCHG => 0,
        LOAD_ACQ => r.dst,
        imm if imm & FETCH != 0 => r.src,
        _ => return,
    };
    regs[usize::from(written) % REGS] = Known::Unknown;
}

/// One ALU instruction's destination, before a 32-bit one's truncation.
fn alu(r: &RawInsn, dst: Known, src: Known) -> Known {
    let x = r.code & 0x08 == source::X;
    let imm = r.imm as i64 as u64;
    match (r.code & 0xf0, x) {
        (0xb0, false) => Known::Const(imm),
        (0xb0, true) => mov_x(r.off, src),
        (0x00, false) => match dst {
            Known::Const(v) => Known::Const(v.wrapping_add(imm)),
            Known::MapValue(m, v) => Known::MapValue(m, v.wrapping_add(imm)),
            _ => Known::Unknown,
        },
        (0x10, false) => match dst {
            Known::Const(v) => Known::Const(v.wrapping_sub(imm)),
            Known::MapValue(m, v) => Known::MapValue(m, v.wrapping_sub(imm)),
            _ => Known::Unknown,
        },
        (0x50, false) => match dst {
            Known::Const(v) => Known::Const(v & imm),
            _ if r.imm == 0 => Known::Const(0),
            _ => Known::Unknown,
        },
        (0x50, true) => match (dst, src) {
            (Known::Const(0), _) => dst,
            (_, Known::Const(0)) => Known::Const(0),
            (Known::Const(a), Known::Const(b)) => Known::Const(a & b),
            _ => Known::Unknown,
        },
        _ => Known::Unknown,
    }
}

/// `mov` from a register, sign-extending a constant for `movsx` (`off` 8, 16, 32).
fn mov_x(off: i16, src: Known) -> Known {
    if off == 0 {
        return src;
    }
    match (src, off) {
        (Known::Const(v), 8) => Known::Const(v as i8 as i64 as u64),
        (Known::Const(v), 16) => Known::Const(v as i16 as i64 as u64),
        (Known::Const(v), 32) => Known::Const(v as i32 as i64 as u64),
        _ => Known::Unknown,
    }
}

/// What `ld_imm64` at slot `i` loads.
fn ld_imm64(raw: &[RawInsn], maps: &[MapInfo], i: usize) -> Known {
    let r = &raw[i];
    let high = raw.get(i + 1).map_or(0, |t| t.imm as u32);
    let src = |kind| table::ld_imm_row(kind).src;
    let map = || maps.iter().find(|m| m.slot == i).map(|m| m.id);
    match r.src {
        s if s == src(LdImmKind::Imm) => {
            Known::Const(u64::from(r.imm as u32) | u64::from(high) << 32)
        }
        s if s == src(LdImmKind::Func) => {
            Known::Subprog(i.wrapping_add(r.imm as usize).wrapping_add(1))
        }
        s if s == src(LdImmKind::MapValue) || s == src(LdImmKind::MapIdxValue) => {
            map().map_or(Known::Unknown, |m| Known::MapValue(m, u64::from(high)))
        }
        s if s == src(LdImmKind::MapFd) || s == src(LdImmKind::MapIdx) => {
            map().map_or(Known::Unknown, Known::Map)
        }
        _ => Known::Unknown,
    }
}

/// A load: a constant only from a frozen read-only map's value at a known offset
/// (`bpf_map_is_rdonly`, `bpf_map_direct_read`).
fn ldx(r: &RawInsn, maps: &[MapInfo], src: Known) -> Known {
    let Known::MapValue(m, base) = src else {
        return Known::Unknown;
    };
    let size = match r.code & 0x18 {
        0x10 => 1,
        0x08 => 2,
        0x00 => 4,
        _ => 8,
    };
    let sx = r.code & 0xe0 == mode::MEMSX;
    let off = (base as i32).wrapping_add(i32::from(r.off));
    let Some(value) = maps
        .iter()
        .find(|i| i.id == m)
        .and_then(|i| i.rdonly_value())
    else {
        return Known::Unknown;
    };
    let Some(bytes) = usize::try_from(off)
        .ok()
        .and_then(|at| value.get(at..at + size))
    else {
        return Known::Unknown;
    };
    let mut word = [0u8; 8];
    word[..size].copy_from_slice(bytes);
    let v = u64::from_le_bytes(word);
    let shift = 64 - 8 * size as u32;
    Known::Const(match sx && size < 8 {
        true => ((v << shift) as i64 >> shift) as u64,
        false => v,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXIT: u8 = 0x95;

    #[test]
    fn a_jump_on_a_constant_becomes_a_goto() {
        // r1 = 5; if r1 == 5 goto +1; r0 = 1; r0 = 0; exit
        let p = [
            RawInsn::new(0xb7, 1, 0, 0, 5),
            RawInsn::new(0x15, 1, 0, 1, 5),
            RawInsn::new(0xb7, 0, 0, 0, 1),
            RawInsn::new(0xb7, 0, 0, 0, 0),
            RawInsn::new(EXIT, 0, 0, 0, 0),
        ];
        let out = fold(&p, &[], &[0]);
        assert_eq!(out[1], RawInsn::new(0x05, 0, 0, 1, 0));
        let not_taken = [RawInsn::new(0xb7, 1, 0, 0, 4), p[1], p[2], p[3], p[4]];
        assert_eq!(
            fold(&not_taken, &[], &[0])[1],
            RawInsn::new(0x05, 0, 0, 0, 0)
        );
    }

    #[test]
    fn two_paths_with_different_constants_leave_the_jump() {
        // r1 = 0; if r2 == 0 goto +1; r1 = 1; if r1 == 1 goto +0; r0 = 0; exit
        let p = [
            RawInsn::new(0xb7, 1, 0, 0, 0),
            RawInsn::new(0x15, 2, 0, 1, 0),
            RawInsn::new(0xb7, 1, 0, 0, 1),
            RawInsn::new(0x15, 1, 0, 0, 1),
            RawInsn::new(0xb7, 0, 0, 0, 0),
            RawInsn::new(EXIT, 0, 0, 0, 0),
        ];
        assert!(matches!(fold(&p, &[], &[0]), Cow::Borrowed(_)));
    }

    #[test]
    fn a_constant_wider_than_32_bits_is_not_saved() {
        // r1 = -1; if r1 == -1 goto +0 (the kernel saves only values that fit in u32)
        let p = [
            RawInsn::new(0xb7, 1, 0, 0, -1),
            RawInsn::new(0x15, 1, 0, 0, -1),
            RawInsn::new(0xb7, 0, 0, 0, 0),
            RawInsn::new(EXIT, 0, 0, 0, 0),
        ];
        assert!(matches!(fold(&p, &[], &[0]), Cow::Borrowed(_)));
        // w1 = -1 is 0xffffffff: a 32-bit compare with -1 is decided.
        let w = [
            RawInsn::new(0xb4, 1, 0, 0, -1),
            RawInsn::new(0x16, 1, 0, 0, -1),
            p[2],
            p[3],
        ];
        assert_eq!(fold(&w, &[], &[0])[1], RawInsn::new(0x05, 0, 0, 0, 0));
    }

    #[test]
    fn a_call_forgets_r0_to_r5_only() {
        // r1 = 1; r6 = 1; call 7; if r1 == 1 goto +0; if r6 == 1 goto +0; r0 = 0; exit
        let p = [
            RawInsn::new(0xb7, 1, 0, 0, 1),
            RawInsn::new(0xb7, 6, 0, 0, 1),
            RawInsn::new(0x85, 0, table::call_src::HELPER, 0, 7),
            RawInsn::new(0x15, 1, 0, 0, 1),
            RawInsn::new(0x15, 6, 0, 0, 1),
            RawInsn::new(0xb7, 0, 0, 0, 0),
            RawInsn::new(EXIT, 0, 0, 0, 0),
        ];
        let out = fold(&p, &[], &[0]);
        assert_eq!(out[3], p[3]);
        assert_eq!(out[4], RawInsn::new(0x05, 0, 0, 0, 0));
    }

    #[test]
    fn may_goto_is_left_alone() {
        let p = [
            RawInsn::new(0xe5, 0, 0, 0, 0),
            RawInsn::new(0xb7, 0, 0, 0, 0),
            RawInsn::new(EXIT, 0, 0, 0, 0),
        ];
        assert!(matches!(fold(&p, &[], &[0]), Cow::Borrowed(_)));
    }
}
