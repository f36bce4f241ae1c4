//! `check_max_stack_depth`, after the walk: the stack frames of every chain of calls from
//! the program's first instruction, each frame rounded up as the release rounds it
//! ([`skctx::KernelProfile::stack_frames_round_to_16`]), must fit in 512 bytes together.
//! The kernel follows each BPF-to-BPF call and each callback whose address is taken, in
//! instruction order, depth first, and names the first chain past the limit (`combined
//! stack size of N calls is M. Too large`, EACCES). Its log then holds no instruction (log
//! level 1 drops each path's lines as it ends), nor does lint's finding, which points at the
//! call entering the frame that passed the limit as a related place.

use isa::{CallKind, Insn, LdImmKind, Pc};
use skctx::Code;

use super::{unsupported, Walker, EACCES};
use crate::cfg::Slot;
use crate::error::{Operand, Refusal, Related};
use crate::state::STACK_SIZE;

/// `bpf_tail_call`'s helper id.
const TAIL_CALL: i32 = 12;

/// Below a frame with a tail call, the callers' frames may hold at most this many bytes
/// (`tail_calls are not allowed when call stack of previous frames is N bytes`: not
/// modelled, unsupported).
const TAIL_CALL_STACK: usize = 256;

/// The first chain of calls past the limit: its frames, its bytes, and the call entering
/// its last frame.
struct TooLarge {
    frames: usize,
    bytes: usize,
    call: Pc,
}

impl Walker<'_> {
    /// `check_max_stack_depth`.
    pub(super) fn stack_depth(&mut self) -> Result<(), Refusal> {
        if self.cfg.subprogs().len() == 1 {
            return Ok(());
        }
        let Some(t) = self.first_too_large(0, 0, 1, Pc(0))? else {
            return Ok(());
        };
        let mut refusal = self.reject(
            Code::CallStackTooLarge,
            Operand::Insn,
            format!(
                "combined stack size of {} calls is {}. Too large",
                t.frames, t.bytes
            ),
            EACCES,
        );
        if let Refusal::Rejected(r) = &mut refusal {
            r.pc = None;
            r.related = Some(Related {
                pc: t.call,
                what: format!("the call that makes the chain {} bytes", t.bytes),
            });
        }
        Err(refusal)
    }

    /// The chain through subprogram `sub`, entered by `call` with `below` bytes of callers'
    /// frames and `frames` frames counting its own.
    fn first_too_large(
        &self,
        sub: usize,
        below: usize,
        frames: usize,
        call: Pc,
    ) -> Result<Option<TooLarge>, Refusal> {
        if frames > skctx::limits::MAX_CALL_FRAMES {
            return Err(unsupported("a call chain deeper than MAX_CALL_FRAMES"));
        }
        if sub != 0 && below >= TAIL_CALL_STACK && self.has_tail_call(sub) {
            return Err(unsupported(
                "a tail call below 256 bytes of callers' stack frames",
            ));
        }
        let bytes = below + self.frame_bytes(sub);
        if bytes > STACK_SIZE {
            return Ok(Some(TooLarge {
                frames,
                bytes,
                call,
            }));
        }
        for (at, callee) in self.callees(sub) {
            if let Some(t) = self.first_too_large(callee, bytes, frames + 1, at)? {
                return Ok(Some(t));
            }
        }
        Ok(None)
    }

    /// Subprogram `sub`'s frame as the release counts it.
    fn frame_bytes(&self, sub: usize) -> usize {
        let depth = self.depth[sub];
        if self.profile.stack_frames_round_to_16() {
            depth.div_ceil(16) * 16
        } else {
            depth.max(1).div_ceil(32) * 32
        }
    }

    /// The subprograms `sub` calls or takes the address of (a callback counts as called
    /// there), with the instruction, in instruction order.
    fn callees(&self, sub: usize) -> Vec<(Pc, usize)> {
        let subs = self.cfg.subprogs();
        let s = &subs[sub];
        (s.start.0..s.end.0)
            .filter_map(|pc| match self.cfg.insn(Pc(pc)) {
                Some(Slot::Insn(
                    Insn::Call(CallKind::Local(imm))
                    | Insn::LdImm64 {
                        kind: LdImmKind::Func,
                        imm,
                        ..
                    },
                )) => {
                    let t = pc as i64 + 1 + *imm as i64;
                    let callee = subs.iter().position(|s| s.start.0 as i64 == t)?;
                    Some((Pc(pc), callee))
                }
                _ => None,
            })
            .collect()
    }

    /// Whether subprogram `sub` calls `bpf_tail_call`.
    fn has_tail_call(&self, sub: usize) -> bool {
        let s = &self.cfg.subprogs()[sub];
        (s.start.0..s.end.0).any(|pc| {
            matches!(
                self.cfg.insn(Pc(pc)),
                Some(Slot::Insn(Insn::Call(CallKind::Helper(TAIL_CALL))))
            )
        })
    }
}
