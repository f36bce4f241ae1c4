//! A program ready to run: its instruction slots decoded once, the maps its `ld_imm64`s
//! refer to, and whether the verifier passed it.

use isa::{Insn, Pc, RawInsn};

/// One instruction slot: the decoded instruction starting there, the second half of an
/// `ld_imm64` (never a jump target in a verified program), or bytes that do not decode (a
/// trap when reached).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slot {
    Insn(Insn),
    SecondHalf,
    Invalid(String),
}

/// The slots as a loader hands them to the kernel: each `ld_imm64` with a map relocation
/// becomes a map reference (`BPF_PSEUDO_MAP_FD`, as libbpf binds it), which is what
/// `verifier::verify` expects. Other slots are unchanged.
pub fn bind_map_refs(insns: &[RawInsn], map_refs: &[(usize, String)]) -> Vec<RawInsn> {
    let mut out = insns.to_vec();
    for (slot, _) in map_refs {
        if let Ok(Insn::LdImm64 {
            dst, imm, imm_hi, ..
        }) = isa::decode_one(insns, Pc(*slot))
        {
            let bound = Insn::LdImm64 {
                dst,
                kind: isa::LdImmKind::MapFd,
                imm,
                imm_hi,
            };
            for (k, raw) in bound.encode().into_iter().enumerate() {
                if let Some(o) = out.get_mut(slot + k) {
                    *o = raw;
                }
            }
        }
    }
    out
}

/// A decoded program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Program {
    /// What reports call it (a section or function name).
    pub name: String,
    pub slots: Vec<Slot>,
    /// `(slot, map name)`: the `ld_imm64` at `slot` loads that map (a relocation).
    pub map_refs: Vec<(usize, String)>,
    /// The verifier passed it ([`Program::verified`]).
    pub verified: bool,
    /// `(slot, jump as written)` of each conditional jump [`Program::verified`] hard-wired.
    pub hard_wired: Vec<(usize, Insn)>,
}

impl Program {
    /// A program that passed `verifier::verify` (the proof must be for these slots).
    pub fn verified(
        name: &str,
        insns: &[RawInsn],
        map_refs: &[(usize, String)],
        proof: &verifier::Verified,
    ) -> Result<Program, String> {
        if proof.insns() != insns.len() {
            return Err(format!(
                "program `{name}`: the proof is for {} instruction slots, the program has {}",
                proof.insns(),
                insns.len()
            ));
        }
        let mut program = Program::unverified(name, insns, map_refs);
        program.hard_wire_dead_branches(proof);
        program.verified = true;
        Ok(program)
    }

    /// `opt_hard_wire_dead_code_branches`, which every privileged load runs: a conditional
    /// jump whose fall-through no path reached becomes `goto` its target, one whose target no
    /// path reached `goto +0`. Where the verifier's ranges are right this changes nothing
    /// observable; where they are not (6.19's unset `rx_queue_mapping`) the kernel runs the
    /// jump as rewritten.
    fn hard_wire_dead_branches(&mut self, proof: &verifier::Verified) {
        for pc in 0..self.slots.len() {
            let off = match &self.slots[pc] {
                Slot::Insn(Insn::JmpIf { off, .. } | Insn::MayGoto { off }) => i64::from(*off),
                _ => continue,
            };
            if !proof.seen(pc) {
                // Removed by `opt_remove_dead_code`: nothing the kernel runs.
                continue;
            }
            let target = (pc as i64 + 1 + off) as usize;
            let off = if !proof.seen(pc + 1) {
                off
            } else if !proof.seen(target) {
                0
            } else {
                continue;
            };
            let goto = Slot::Insn(Insn::Ja {
                off: off as i32,
                long: false,
            });
            if let Slot::Insn(written) = std::mem::replace(&mut self.slots[pc], goto) {
                self.hard_wired.push((pc, written));
            }
        }
    }

    /// Any program (`--no-verify`): whatever it does wrong traps when it is reached.
    pub fn unverified(name: &str, insns: &[RawInsn], map_refs: &[(usize, String)]) -> Program {
        let mut slots = Vec::with_capacity(insns.len());
        while slots.len() < insns.len() {
            match isa::decode_one(insns, Pc(slots.len())) {
                Ok(insn) => {
                    let wide = insn.slots() == 2;
                    slots.push(Slot::Insn(insn));
                    if wide {
                        slots.push(Slot::SecondHalf);
                    }
                }
                Err(e) => slots.push(Slot::Invalid(e.to_string())),
            }
        }
        slots.truncate(insns.len());
        Program {
            name: name.to_string(),
            slots,
            map_refs: map_refs.to_vec(),
            verified: false,
            hard_wired: Vec::new(),
        }
    }

    /// The map name the `ld_imm64` at `slot` refers to.
    pub fn map_at(&self, slot: usize) -> Option<&str> {
        self.map_refs
            .iter()
            .find(|(s, _)| *s == slot)
            .map(|(_, n)| n.as_str())
    }
}
