//! Kfunc calls (`check_kfunc_call`): the open-coded number iterator of skctx's
//! `KFUNCS` (`bpf_iter_num_new`, `_next`, `_destroy`; kernel/bpf/verifier.c
//! `process_iter_arg`, `is_iter_reg_valid_uninit`/`_init`, `mark_stack_slots_iter`,
//! `unmark_stack_slots_iter`, `process_iter_next_call`).
//!
//! The iterator lives in one 8-byte stack slot of `STACK_ITER` bytes ([`Byte::Iter`])
//! whose spilled value is a [`PtrKind::Iter`] carrying its state (active or drained), its
//! depth and its reference. `new` acquires the reference, `destroy` releases it, and
//! `next` forks: the current path goes on with the iterator drained and R0 = 0, the
//! pushed one with the iterator one level deeper, still active, and R0 the read-only
//! `int` inside it (its imprecise scalars widened against the previous iteration's
//! checkpoint, as `may_goto` does). The loop converges in `walk/prune.rs`: at a `next`
//! call, a checkpoint still being explored that covers the current state by range ends
//! the path when the iterator is active.
//!
//! An iterator lives on the stack of the frame its pointer names (`reg->frameno`): a
//! static subprogram's or callback's own, or a caller's passed down; iterators nest (each
//! slot its own state and depth). In a callback the references follow
//! [`crate::Domain::callback_refs_shared`] (`walk/jmp.rs`'s `callback_exit_refs`).
//!
//! Misuse is refused with the kernel's messages (6.18.44, 6.12.118): NULL (`Possibly NULL
//! pointer passed to trusted arg0`, EACCES), a value other than a stack pointer, a pointer
//! at a variable or misaligned stack offset. Before 6.13 a callback destroying an iterator
//! it did not create clears the slot but keeps the reference (`unmark_stack_slots_iter`'s
//! `WARN_ON_ONCE`). Without `CAP_PERFMON`, `new`'s slot write is a speculation barrier
//! like a store's (`nospec_result`), which ends a speculative path from 6.17. A kfunc call
//! from a non-GPL program is refused before the walk (`crate::cfg`).
//!
//! Not modelled (`unsupported`): other kfuncs, iterator arguments of the other pointer
//! kinds, an uninitialised one.

use isa::Reg;
use skctx::kfuncs::{flags, KfuncArg, KfuncRet};
use skctx::{Code, Kfunc};

use super::{unsupported, Flow, Refusal, State, Step, Value, Walker, EACCES, EINVAL};
use crate::bounds::Scalar;
use crate::state::{stack_pos, Byte, Ptr, PtrKind, RefState};

/// Where an iterator argument points: its slot `spi` in frame `frame` (the current one or
/// a caller's: `reg->frameno`).
struct IterArg {
    frame: usize,
    spi: usize,
}

impl Walker<'_> {
    /// `check_kfunc_call` for `call kfunc(id)`.
    pub(super) fn kfunc_call(&mut self, st: &mut State, id: i32) -> Step {
        let k = skctx::kfunc_by_id(id).ok_or_else(|| unsupported("a kfunc not in skctx"))?;
        if !self.gpl {
            return Err(unsupported(
                "a kfunc call from a non-GPL program (refused before the walk)",
            ));
        }
        let mut ref_id = 0;
        let mut iter = None;
        for (i, arg) in k.args.iter().enumerate() {
            let r = Reg::new(i as u8 + 1).expect("R1-R5");
            match arg {
                KfuncArg::Iter(_) => {
                    let (a, id) = self.iter_arg(st, k, r)?;
                    ref_id = id;
                    iter = Some(a);
                }
                KfuncArg::Int => {
                    if !matches!(st.reg(r), Value::Scalar(..)) {
                        return Err(self.reject_reg(
                            Code::HelperArgType,
                            r,
                            format!("R{} is not a scalar", r.index()),
                            EINVAL,
                        ));
                    }
                }
                _ => return Err(unsupported("an iterator kfunc with another argument kind")),
            }
        }
        let it = iter.ok_or_else(|| unsupported("a kfunc without an iterator"))?;
        if k.has(flags::ITER_DESTROY) {
            let slot = st.frames[it.frame].slot_mut(it.spi);
            slot.bytes = [Byte::Invalid; 8];
            slot.spilled = Value::Uninit;
            self.release_iter(st, ref_id);
        }
        for n in 0..=5u8 {
            st.set(Reg::new(n).expect("R0-R5"), Value::Uninit);
        }
        match k.ret {
            KfuncRet::Int => st.set(Reg::R0, Value::unknown()),
            KfuncRet::Void => {}
            KfuncRet::IterValue { bytes } => {
                let mut p = Ptr::new(PtrKind::RdonlyMem(bytes));
                p.id = self.new_id();
                p.ref_id = ref_id;
                st.set(Reg::R0, Value::Ptr(p));
            }
            _ => return Err(unsupported("an iterator kfunc with another return kind")),
        }
        if k.has(flags::ITER_NEXT) {
            self.iter_next(st, &it)?;
        }
        Ok(Flow::Next)
    }

    /// `process_iter_arg` for the iterator in `r`: the slot it points to and, for `next`
    /// and `destroy`, its reference (`new` acquires one).
    fn iter_arg(&mut self, st: &mut State, k: &Kfunc, r: Reg) -> Result<(IterArg, u32), Refusal> {
        let arg = r.index() - 1;
        // The iterator on this frame's stack or a caller's (`func(env, reg)`): static
        // subprograms share the state's references, checked at the main program's exit.
        let (p, frame) = match st.reg(r) {
            Value::Ptr(
                p @ Ptr {
                    kind: PtrKind::Stack(f),
                    ..
                },
            ) => (*p, *f),
            v if v.is_null() && self.domain.iter_null_arg_trusted() => {
                let message = format!("Possibly NULL pointer passed to trusted arg{arg}");
                return Err(self.reject_reg(Code::IterArg, r, message, EACCES));
            }
            Value::Ptr(
                p @ Ptr {
                    kind: PtrKind::Ctx, ..
                },
            ) => {
                // `check_func_arg_reg_off` comes first (`check_kfunc_args`).
                self.ctx_ptr_unmodified(r, p)?;
                return Err(self.not_on_stack(r));
            }
            v if not_stack_refused_by_type(v) => return Err(self.not_on_stack(r)),
            _ => {
                return Err(unsupported(
                    "an iterator argument that is not a stack pointer",
                ))
            }
        };
        if !p.fixed() {
            let expected = match k.has(flags::ITER_NEW) {
                true => "uninitialized",
                false => "an initialized",
            };
            let message = format!(
                "iter has to be at a constant offset\nexpected {expected} iter_num as arg #{arg}"
            );
            return Err(self.reject_reg(Code::IterArg, r, message, EINVAL));
        }
        let off = p.off as i64;
        let misaligned = off % 8 != 0 || off >= 0;
        if !misaligned && off < crate::state::STACK_MIN && !k.has(flags::ITER_NEW) {
            return Err(unsupported("an iterator argument below the stack"));
        }
        let spi = if misaligned || off < crate::state::STACK_MIN {
            0
        } else {
            stack_pos(off).0
        };
        let it = IterArg { frame, spi };
        if k.has(flags::ITER_NEW) {
            let init = !misaligned && self.has_iter_bytes(st, &it);
            if misaligned || init {
                let first = if misaligned {
                    format!("cannot pass in iter at an offset={off}\n")
                } else {
                    String::new()
                };
                return Err(self.reject_reg(
                    Code::IterArg,
                    r,
                    format!("{first}expected uninitialized iter_num as arg #{arg}"),
                    EINVAL,
                ));
            }
            self.stack_bounds(st, r, &p, off, 8, true, false)?;
            if !self.privilege.has_perfmon() && !self.misc_or_zero(st, &it) {
                self.barriers[self.pc.0] = true;
            }
            let id = self.new_id();
            st.refs.push(RefState { id, insn: self.pc });
            let slot = st.frames[it.frame].slot_mut(it.spi);
            slot.bytes = [Byte::Iter; 8];
            let mut iter = Ptr::new(PtrKind::Iter {
                drained: false,
                depth: 0,
            });
            iter.ref_id = id;
            slot.spilled = Value::Ptr(iter);
            return Ok((it, id));
        }
        let found = if misaligned {
            None
        } else {
            self.iter_slot(st, &it)
        };
        let Some(iter) = found else {
            let first = if misaligned {
                format!("cannot pass in iter at an offset={off}\n")
            } else {
                String::new()
            };
            return Err(self.reject_reg(
                Code::IterArg,
                r,
                format!("{first}expected an initialized iter_num as arg #{arg}"),
                EINVAL,
            ));
        };
        Ok((it, iter.ref_id))
    }

    /// `process_iter_arg` on a register that is not a stack pointer.
    fn not_on_stack(&self, r: Reg) -> Refusal {
        let message = format!(
            "arg#{} expected pointer to an iterator on stack",
            r.index() - 1
        );
        self.reject_reg(Code::IterArg, r, message, EINVAL)
    }

    /// `destroy`'s `release_reference`. Before [`crate::Domain::callback_refs_shared`] a
    /// callback's frame releases only what it acquired itself (`callback_ref`): another
    /// reference's release fails inside `unmark_stack_slots_iter`'s `WARN_ON_ONCE`, the
    /// slot is cleared all the same and the reference stays held (a leak at the exit of
    /// the frame that holds it).
    fn release_iter(&self, st: &mut State, ref_id: u32) {
        let cur = st.frames.len() - 1;
        if st.cur().in_callback && !self.domain.callback_refs_shared() {
            let own = st
                .refs
                .iter()
                .any(|r| r.id == ref_id && self.acquired_in_frame(st, r, cur));
            if !own {
                return;
            }
        }
        st.release(ref_id, self.invalid());
    }

    /// The iterator in the slot `it` names (`is_iter_reg_valid_init`).
    fn iter_slot(&self, st: &State, it: &IterArg) -> Option<Ptr> {
        let slot = st.frames[it.frame].slot(it.spi)?;
        match slot.spilled {
            Value::Ptr(p) if slot.bytes == [Byte::Iter; 8] && p.ref_id != 0 => {
                matches!(p.kind, PtrKind::Iter { .. }).then_some(p)
            }
            _ => None,
        }
    }

    /// Every byte of the slot `it` names is `STACK_MISC` or `STACK_ZERO`: `new`'s 8-byte
    /// write there (`check_mem_access` from `process_iter_arg`) needs no speculation
    /// barrier (`check_stack_write_fixed_off`'s `nospec_result` without `bypass_spec_v4`).
    fn misc_or_zero(&self, st: &State, it: &IterArg) -> bool {
        st.frames[it.frame]
            .slot(it.spi)
            .is_some_and(|s| s.bytes.iter().all(|b| matches!(b, Byte::Misc | Byte::Zero)))
    }

    /// Some byte of the slot `it` names is `STACK_ITER` (`is_iter_reg_valid_uninit` fails).
    fn has_iter_bytes(&self, st: &State, it: &IterArg) -> bool {
        st.frames[it.frame]
            .slot(it.spi)
            .is_some_and(|s| s.bytes.contains(&Byte::Iter))
    }

    /// `process_iter_next_call`: an active iterator pushes the next iteration (one level
    /// deeper, R0 not NULL, widened against the previous iteration's checkpoint from
    /// `exact_loop_check` on, 6.7); the
    /// current path goes on drained with R0 = 0.
    fn iter_next(&mut self, st: &mut State, it: &IterArg) -> Result<(), Refusal> {
        let iter = self
            .iter_slot(st, it)
            .ok_or_else(|| unsupported("no iterator"))?;
        let PtrKind::Iter { drained, depth } = iter.kind else {
            return Err(unsupported("no iterator"));
        };
        let set_iter = |st: &mut State, drained: bool, depth: u32| {
            let mut p = iter;
            p.kind = PtrKind::Iter { drained, depth };
            st.frames[it.frame].slot_mut(it.spi).spilled = Value::Ptr(p);
        };
        if !drained {
            let mut queued = st.clone();
            set_iter(&mut queued, false, depth + 1);
            let widens = self.domain.exact_loop_check();
            if let Some(prev) = self.prev_entry(st, self.pc.0).filter(|_| widens) {
                self.widen_imprecise(prev, &mut queued);
            }
            self.push(queued, isa::Pc(self.pc.0 + 1))?;
            self.live_pushed_wrote_r0(st.frames.len() - 1);
        }
        set_iter(st, true, depth);
        st.set(Reg::R0, Value::scalar(Scalar::known(0)));
        Ok(())
    }
}

/// A value `check_kfunc_args` lets through to `process_iter_arg`, which refuses it as not
/// a stack pointer (seen on 6.18.44 and 6.12.118): a scalar (NULL too before
/// [`crate::Domain::iter_null_arg_trusted`]), a map value (maybe NULL or not, at any
/// offset), a socket at offset 0.
fn not_stack_refused_by_type(v: &Value) -> bool {
    match v {
        Value::Scalar(..) => true,
        Value::Ptr(p) => match p.kind {
            PtrKind::MapValue(_) | PtrKind::MapValueOrNull(_) => true,
            PtrKind::Sock | PtrKind::SockOrNull => p.fixed() && p.off == 0,
            _ => false,
        },
        Value::Uninit => false,
    }
}

/// `iter_active_depths_differ`: an active iterator of `old` is at another depth in `cur`.
pub(super) fn iter_active_depths_differ(old: &State, cur: &State) -> bool {
    old.frames.iter().zip(&cur.frames).any(|(o, c)| {
        o.stack.iter().enumerate().any(|(spi, s)| {
            let Value::Ptr(p) = s.spilled else {
                return false;
            };
            let (
                Byte::Iter,
                PtrKind::Iter {
                    drained: false,
                    depth,
                },
            ) = (s.bytes[0], p.kind)
            else {
                return false;
            };
            let cur_depth = c.slot(spi).and_then(|cs| match cs.spilled {
                Value::Ptr(q) => match q.kind {
                    PtrKind::Iter { depth, .. } => Some(depth),
                    _ => None,
                },
                _ => None,
            });
            cur_depth != Some(depth)
        })
    })
}

/// The iterator `next` call at `pc` runs on an active iterator in `st` (R1 its pointer):
/// `is_state_visited`'s convergence condition.
pub(super) fn next_on_active(st: &State) -> bool {
    let Value::Ptr(p) = st.reg(Reg::R1) else {
        return false;
    };
    let (PtrKind::Stack(f), true) = (p.kind, p.fixed()) else {
        return false;
    };
    let spi = stack_pos(p.off as i64).0;
    st.frames
        .get(f)
        .and_then(|fr| fr.slot(spi))
        .is_some_and(|s| {
            matches!(s.spilled, Value::Ptr(q) if matches!(q.kind, PtrKind::Iter { drained: false, .. }))
        })
}
