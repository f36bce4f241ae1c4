//! Which registers are live before each instruction (`compute_live_registers`): a static
//! backward data-flow over the whole program, computed once, when pruning first compares or
//! cleans a checkpoint (`prune.rs`). Kernels since the liveness rework compare a fully
//! explored checkpoint only in these registers (`clean_func_state` turns the dead ones into
//! `NOT_INIT`), so this decides what `regsafe` looks at.

use isa::RawInsn;

use crate::cfg::Cfg;

/// `BPF_REG_0..=BPF_REG_5`: what a call clobbers.
const CALLER_SAVED: u16 = 0b11_1111;
const ALL: u16 = 0xffff;

/// Class, operation and mode bits of an opcode.
pub(super) mod op {
    pub const CLASS: u8 = 0x07;
    pub const LD: u8 = 0x00;
    pub const LDX: u8 = 0x01;
    pub const ST: u8 = 0x02;
    pub const STX: u8 = 0x03;
    pub const ALU: u8 = 0x04;
    pub const JMP: u8 = 0x05;
    pub const JMP32: u8 = 0x06;
    pub const ALU64: u8 = 0x07;
    pub const MODE: u8 = 0xe0;
    pub const IMM: u8 = 0x00;
    pub const MEM: u8 = 0x60;
    pub const MEMSX: u8 = 0x80;
    pub const ATOMIC: u8 = 0xc0;
    pub const OP: u8 = 0xf0;
    pub const SRC_X: u8 = 0x08;
    pub const JA: u8 = 0x00;
    pub const JCOND: u8 = 0xe0;
    pub const CALL: u8 = 0x80;
    pub const EXIT: u8 = 0x90;
    pub const MOV: u8 = 0xb0;
    pub const END: u8 = 0xd0;
    pub const CMPXCHG: i32 = 0xf1;
    pub const FETCH: i32 = 0x01;
    pub const LOAD_ACQ: i32 = 0x100;
}

/// `live_regs_before` of every slot (the second slot of an `ld_imm64` gets 0).
pub(super) fn live_regs(cfg: &Cfg) -> Vec<u16> {
    let raw = cfg.raw();
    let mut live = vec![0u16; raw.len()];
    loop {
        let mut changed = false;
        // Every edge of this sweep went to a higher slot: the sweep, last slot first, read
        // only final values, so the next one would change nothing.
        let mut forward = true;
        for i in (0..raw.len()).rev() {
            if cfg.is_ldimm64_tail(i) {
                continue;
            }
            let succ = successors(raw, i);
            forward &= succ.iter().flatten().all(|&s| s > i);
            let out = succ
                .into_iter()
                .flatten()
                .filter_map(|s| live.get(s))
                .fold(0, |acc, l| acc | l);
            let (def, usage) = def_use(&raw[i]);
            let before = usage | (out & !def);
            if before != live[i] {
                live[i] = before;
                changed = true;
            }
        }
        if !changed || forward {
            return live;
        }
    }
}

fn is_ldimm64(r: &RawInsn) -> bool {
    r.code == 0x18
}

/// `insn_successors`.
pub(crate) fn successors(raw: &[RawInsn], i: usize) -> [Option<usize>; 2] {
    let r = &raw[i];
    let class = r.code & op::CLASS;
    let rel = |off: i64| usize::try_from(i as i64 + 1 + off).ok();
    if class != op::JMP && class != op::JMP32 {
        let size = if is_ldimm64(r) { 2 } else { 1 };
        return [Some(i + size), None];
    }
    match r.code & op::OP {
        op::EXIT => [None, None],
        op::CALL => [Some(i + 1), None],
        op::JA if class == op::JMP => [rel(r.off as i64), None],
        op::JA => [rel(r.imm as i64), None],
        _ => [Some(i + 1), rel(r.off as i64)],
    }
}

/// (registers written, registers read) of one instruction (`compute_insn_live_regs`).
pub(super) fn def_use(r: &RawInsn) -> (u16, u16) {
    let src = 1u16 << (r.src & 15);
    let dst = 1u16 << (r.dst & 15);
    let x = r.code & op::SRC_X != 0;
    match r.code & op::CLASS {
        op::LD if r.code & op::MODE == op::IMM && is_ldimm64(r) => (dst, 0),
        op::LD => (0, ALL),
        op::LDX if matches!(r.code & op::MODE, op::MEM | op::MEMSX) => (dst, src),
        op::ST if r.code & op::MODE == op::MEM => (0, dst),
        op::STX => match r.code & op::MODE {
            op::MEM => (0, dst | src),
            op::ATOMIC if r.imm == op::CMPXCHG => (1, 1 | dst | src),
            op::ATOMIC if r.imm == op::LOAD_ACQ => (dst, src),
            op::ATOMIC if r.imm & op::FETCH != 0 => (src, dst | src),
            op::ATOMIC => (0, dst | src),
            _ => (0, ALL),
        },
        op::ALU | op::ALU64 => match r.code & op::OP {
            op::END => (dst, dst),
            op::MOV if x => (dst, src),
            op::MOV => (dst, 0),
            _ if x => (dst, dst | src),
            _ => (dst, dst),
        },
        op::JMP | op::JMP32 => match r.code & op::OP {
            // `may_goto` reads no register (its `dst` field is 0, not R0).
            op::JA | op::JCOND => (0, 0),
            op::EXIT => (0, 1),
            op::CALL => (CALLER_SAVED, call_uses(r)),
            _ if x => (0, dst | src),
            _ => (0, dst),
        },
        _ => (0, ALL),
    }
}

/// `get_call_summary`: a helper with a prototype or a modelled kfunc reads its parameters;
/// anything else
/// R1-R5.
fn call_uses(r: &RawInsn) -> u16 {
    let params = match r.src {
        0 => skctx::helper_by_id(r.imm)
            .and_then(|h| h.proto)
            .map(|p| p.args.len()),
        isa::table::call_src::KFUNC => skctx::kfunc_by_id(r.imm).map(|k| k.args.len()),
        _ => None,
    };
    match params {
        Some(n) => ((1u16 << n) - 1) << 1,
        None => CALLER_SAVED & !1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(p: &[RawInsn]) -> Cfg<'_> {
        crate::cfg::check(p, skctx::KernelProfile::LATEST).expect("a well-formed program")
    }

    #[test]
    fn a_register_is_live_until_its_last_read() {
        // r2 = 1; r3 = r2; r0 = 0; exit
        let p = [
            RawInsn::new(0xb7, 2, 0, 0, 1),
            RawInsn::new(0xbf, 3, 2, 0, 0),
            RawInsn::new(0xb7, 0, 0, 0, 0),
            RawInsn::new(0x95, 0, 0, 0, 0),
        ];
        let live = live_regs(&cfg(&p));
        assert_eq!(live, vec![0, 1 << 2, 0, 1]);
    }

    #[test]
    fn a_loop_keeps_its_counter_live() {
        // r2 = 0; L: r2 += 1; if r2 < 5 goto L; r0 = 0; exit
        let p = [
            RawInsn::new(0xb7, 2, 0, 0, 0),
            RawInsn::new(0x07, 2, 0, 0, 1),
            RawInsn::new(0xa5, 2, 0, -2, 5),
            RawInsn::new(0xb7, 0, 0, 0, 0),
            RawInsn::new(0x95, 0, 0, 0, 0),
        ];
        let live = live_regs(&cfg(&p));
        assert_eq!(live[1], 1 << 2);
        assert_eq!(live[2], 1 << 2);
        assert_eq!(live[3], 0);
    }

    #[test]
    fn may_goto_reads_no_register() {
        // may_goto +1; r0 = 1; r0 = 0; exit: R0 is dead before the may_goto (6.18.44's
        // `Live regs before insn` prints nothing there).
        let p = [
            RawInsn::new(0xe5, 0, 0, 1, 0),
            RawInsn::new(0xb7, 0, 0, 0, 1),
            RawInsn::new(0xb7, 0, 0, 0, 0),
            RawInsn::new(0x95, 0, 0, 0, 0),
        ];
        let live = live_regs(&cfg(&p));
        assert_eq!(live[0], 0);
    }
}
