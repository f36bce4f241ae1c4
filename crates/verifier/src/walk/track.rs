//! What the walk records around an instruction: for pruning (when the profile prunes) the
//! precision the kernel asks for before the instruction's checks (a scalar moving a
//! pointer, a helper's constant size), the stack spills and fills it enters into the jump
//! history (`INSN_F_STACK_ACCESS`; a variable-offset access never is) and the precision a zero written to the stack needs; and
//! the stack writes that end speculative paths (`nospec_result`).

use isa::{AluOp, AtomicOp, CallKind, Insn, Operand, Reg};
use skctx::ArgKind;

use super::precision::Hist;
use super::stack_live::{slots, Chain};
use super::{Refusal, State, Value, Walker};
use crate::releases::Domain;
use crate::state::{stack_pos, Byte, PtrKind, STACK_MIN};

/// A load or store at a fixed stack offset: the frame, the offset from its frame pointer,
/// the access size and whether it writes.
#[derive(Debug, Clone, Copy)]
pub(super) struct StackAccess {
    frame: usize,
    off: i64,
    size: usize,
    write: bool,
    /// What a load finds: the slot holds a spilled register, and the fill restores it.
    fill: bool,
    /// A store the kernel follows with a speculation barrier without CAP_PERFMON: it spills
    /// a pointer or overwrites bytes that are neither `STACK_MISC` nor `STACK_ZERO`.
    barrier: bool,
}

impl Walker<'_> {
    /// Before `insn`: precision the kernel marks before its checks, and the stack access
    /// the instruction makes.
    pub(super) fn before(
        &mut self,
        st: &State,
        insn: &Insn,
    ) -> Result<Option<StackAccess>, Refusal> {
        if self.explored.is_none() {
            return Ok(stack_access(st, insn, self.domain));
        }
        match *insn {
            Insn::Alu {
                op,
                dst,
                src: Operand::Reg(src),
                ..
            } if !matches!(op, AluOp::Mov | AluOp::Neg) => {
                let ptr = |r: Reg| matches!(st.reg(r), Value::Ptr(_));
                if ptr(dst) && !ptr(src) {
                    self.precise(st, src)?;
                } else if !ptr(dst) && ptr(src) {
                    self.precise(st, dst)?;
                }
            }
            Insn::Call(CallKind::Helper(id)) => self.size_args(st, id)?,
            _ => {}
        }
        Ok(stack_access(st, insn, self.domain))
    }

    /// `check_mem_size_reg`: a helper's size argument is precise.
    fn size_args(&mut self, st: &State, id: i32) -> Result<(), Refusal> {
        let Some(proto) = skctx::helper_by_id(id).and_then(|h| h.proto) else {
            return Ok(());
        };
        for (i, arg) in proto.args.iter().enumerate() {
            if matches!(arg, ArgKind::ConstSize | ArgKind::ConstSizeOrZero) {
                let r = Reg::new(i as u8 + 1).expect("R1-R5");
                self.precise(st, r)?;
            }
        }
        Ok(())
    }

    /// After `insn` succeeded: a spill or fill enters the jump history; a register known
    /// to be zero written as `STACK_ZERO` (not spilled) is precise.
    pub(super) fn after(
        &mut self,
        st: &State,
        insn: &Insn,
        access: Option<StackAccess>,
    ) -> Result<(), Refusal> {
        let Some(a) = access else { return Ok(()) };
        if a.barrier && !self.privilege.has_perfmon() {
            self.barriers[self.pc.0] = true;
        }
        if self.explored.is_none() {
            return Ok(());
        }
        let (spi, _) = stack_pos(a.off);
        let Some(slot) = st.frames.get(a.frame).and_then(|f| f.slot(spi)) else {
            return Ok(());
        };
        let spill = if a.write {
            a.off % 8 == 0 && slot.bytes[7] == Byte::Spill
        } else {
            a.fill
        };
        if spill {
            let mut h = Hist::arrival(self.pc.0, self.meta.last_insn);
            h.set_stack(a.frame, spi);
            self.push_hist(h);
        } else if let Insn::Store {
            src: Operand::Reg(r),
            ..
        } = as_plain(insn)
        {
            if a.write && st.reg(r).is_null() {
                self.precise(st, r)?;
            }
        }
        let _ = a.size;
        Ok(())
    }
}

impl Walker<'_> {
    /// The stack slots the instruction reads and writes whole ([`Walker::stack_effects`]),
    /// for the stack liveness of the instance it runs in, then the instruction's commit
    /// (`chain`: its instance, taken before a call moves the walk into the callee). A call
    /// that `entered` a static subprogram commits nothing: `check_func_call` leaves no
    /// current instance (`bpf_reset_live_stack_callchain`), so the call site's writes are
    /// what the callee's walk propagates to it.
    pub(super) fn stack_marks(&mut self, chain: &Chain, entered: bool) {
        let raw = self.cfg.raw();
        let pc = self.pc.0;
        let Some(ex) = self.explored.as_mut() else {
            return;
        };
        for e in &self.effects {
            match e {
                Effect::Read(f, s) => ex.stack.read(chain, *f, raw, pc, *s),
                Effect::Write(f, s) => ex.stack.write(chain.len(), *f, *s),
                Effect::Opaque(c) => ex.stack.opaque(c, raw.len()),
            }
        }
        if entered {
            ex.stack.skip_commit(chain, raw.len(), pc);
        } else {
            ex.stack.commit(chain, raw, pc);
        }
    }

    /// The stack-liveness commit of `insn` would change nothing: an instruction of the
    /// main program that neither reads nor writes the stack (no effects, `must_write`
    /// stays 0), once the main program's instance exists (its `entry` is never read).
    pub(super) fn commits_nothing(&self, st: &State, insn: &Insn) -> bool {
        st.frames.len() == 1
            && !matches!(
                insn,
                Insn::Load { .. }
                    | Insn::Store { .. }
                    | Insn::Atomic { .. }
                    | Insn::Call(_)
                    | Insn::Exit
            )
            && self
                .explored
                .as_ref()
                .is_some_and(|ex| ex.stack.main_is_current())
    }

    /// What `insn` does to the stack liveness, into the walk's one buffer (`effects`, kept
    /// from one instruction to the next instead of a new `Vec` each time).
    /// `access`: the fixed-offset stack access [`Walker::before`] found, which gives a
    /// load's or store's effect without classifying its pointer again.
    pub(super) fn stack_effects(&mut self, st: &State, insn: &Insn, access: Option<&StackAccess>) {
        if !matches!(
            insn,
            Insn::Load { .. } | Insn::Store { .. } | Insn::Atomic { .. } | Insn::Call(_)
        ) {
            // What `effects_into` finds for any other instruction: nothing.
            self.effects.clear();
            return;
        }
        if let Some(a) = access {
            self.effects.clear();
            if let Some(e) = access_effect(st, a) {
                self.effects.push(e);
            }
            return;
        }
        let mut out = std::mem::take(&mut self.effects);
        out.clear();
        self.effects_into(st, insn, &mut out);
        self.effects = out;
    }

    fn effects_into(&self, st: &State, insn: &Insn, out: &mut Vec<Effect>) {
        let insn = &as_plain(insn);
        let place = |r: Reg| match st.reg(r) {
            Value::Ptr(p) => match p.kind {
                PtrKind::Stack(f) if p.fixed() => Some(Ok((f, p.off as i64))),
                PtrKind::Stack(f) => Some(Err(Effect::Opaque(super::prune::chain(st, f)))),
                _ => None,
            },
            _ => None,
        };
        match *insn {
            Insn::Load { size, src, off, .. } => match place(src) {
                Some(Ok((f, base))) => out.push(Effect::Read(
                    f,
                    slots(base + off as i64, size.bytes() as usize),
                )),
                Some(Err(e)) => out.push(var_read(st, src, off as i64, size.bytes()).unwrap_or(e)),
                None => {}
            },
            Insn::Store { size, dst, off, .. } => match place(dst) {
                Some(Ok((f, base))) => {
                    let at = base + off as i64;
                    let whole = size.bytes() == 8 && at % 8 == 0;
                    if whole {
                        out.push(Effect::Write(f, slots(at, 8)));
                    } else if f + 1 != st.frames.len() {
                        // Before 6.18 any access to another frame reads all of it.
                        out.push(Effect::Write(f, 0));
                    }
                }
                // A store at a variable offset into its own frame may write any slot of its
                // range, so it marks none (`check_stack_write_var_off`).
                Some(Err(Effect::Opaque(c))) if c.len() + 1 == st.frames.len() => {}
                Some(Err(e)) => out.push(e),
                None => {}
            },
            Insn::Atomic { size, dst, off, .. } => match place(dst) {
                Some(Ok((f, base))) => out.push(Effect::Read(
                    f,
                    slots(base + off as i64, size.bytes() as usize),
                )),
                Some(Err(e)) => out.push(e),
                None => {}
            },
            Insn::Call(CallKind::Helper(id)) => self.helper_reads(st, id, &place, out),
            // `mark_iter_read` (`next`, `destroy`); `new` writes the slot.
            Insn::Call(CallKind::Kfunc { btf_id, .. })
                if skctx::kfunc_by_id(btf_id).is_some_and(|k| k.iter().is_some()) =>
            {
                match place(Reg::R1) {
                    Some(Ok((f, off)))
                        if off % 8 == 0 && (crate::state::STACK_MIN..0).contains(&off) =>
                    {
                        let new = skctx::kfunc_by_id(btf_id)
                            .is_some_and(|k| k.has(skctx::kfuncs::flags::ITER_NEW));
                        out.push(match new {
                            true => Effect::Write(f, slots(off, 8)),
                            false => Effect::Read(f, slots(off, 8)),
                        });
                    }
                    Some(Err(e)) => out.push(e),
                    _ => {}
                }
            }
            _ => {}
        }
    }

    /// The stack a helper's arguments let it read: a map key or value of its map's size,
    /// anything else up to the frame pointer; memory the helper only fills (`MEM_UNINIT`,
    /// `raw_mode`) is not read (`check_stack_range_initialized` returns before marking).
    fn helper_reads(
        &self,
        st: &State,
        id: i32,
        place: &dyn Fn(Reg) -> Option<Result<(usize, i64), Effect>>,
        out: &mut Vec<Effect>,
    ) {
        let Some(proto) = skctx::helper_by_id(id).and_then(|h| h.proto) else {
            return;
        };
        let map = match st.reg(Reg::R1) {
            Value::Ptr(p) => match p.kind {
                PtrKind::Map(m) => self.maps.get(m),
                _ => None,
            },
            _ => None,
        };
        for (i, arg) in proto.args.iter().enumerate() {
            if matches!(
                arg,
                ArgKind::PtrToUninitMem | ArgKind::PtrToLong | ArgKind::PtrToUninitMapValue
            ) {
                continue;
            }
            let r = Reg::new(i as u8 + 1).expect("R1-R5");
            if matches!(arg, ArgKind::PtrToUninitDynptr | ArgKind::PtrToDynptr) {
                // `process_dynptr_func`: a new dynptr's two 8-byte writes, or
                // `mark_dynptr_read` of an existing one's two slots.
                match place(r) {
                    Some(Ok((f, off)))
                        if off % 8 == 0 && (crate::state::STACK_MIN..-8).contains(&off) =>
                    {
                        out.push(match arg {
                            ArgKind::PtrToUninitDynptr => Effect::Write(f, slots(off, 16)),
                            _ => Effect::Read(f, slots(off, 16)),
                        })
                    }
                    Some(Err(e)) => out.push(e),
                    _ => {}
                }
                continue;
            }
            match place(r) {
                Some(Ok((f, off))) => {
                    let size = match (arg, map) {
                        (ArgKind::PtrToMapKey, Some(m)) => m.key_size as usize,
                        (ArgKind::PtrToMapValue | ArgKind::PtrToUninitMapValue, Some(m)) => {
                            m.value_size as usize
                        }
                        _ => (-off).max(0) as usize,
                    };
                    out.push(Effect::Read(f, slots(off, size)));
                }
                Some(Err(e)) => out.push(e),
                None => {}
            }
        }
    }
}

/// The effect of a load, store or atomic at a fixed stack offset within the stack (what
/// `effects_into` finds for it): a load or an atomic reads its slots, a store of 8 aligned bytes writes
/// its slot whole, a narrower store to a caller's frame marks it written with no slot.
fn access_effect(st: &State, a: &StackAccess) -> Option<Effect> {
    if !a.write {
        return Some(Effect::Read(a.frame, slots(a.off, a.size)));
    }
    if a.size == 8 && a.off % 8 == 0 {
        Some(Effect::Write(a.frame, slots(a.off, 8)))
    } else if a.frame + 1 != st.frames.len() {
        Some(Effect::Write(a.frame, 0))
    } else {
        None
    }
}

/// A load at a variable stack offset within the stack reads every slot of its range
/// (`check_stack_range_initialized` marks each byte's slot: `mark_reg_read`, 6.18's
/// `bpf_mark_stack_read`).
fn var_read(st: &State, base: Reg, off: i64, size: u32) -> Option<Effect> {
    let Value::Ptr(p) = st.reg(base) else {
        return None;
    };
    let PtrKind::Stack(f) = p.kind else {
        return None;
    };
    let max = super::alu::MAX_VAR_OFF;
    if p.var.smax >= max || p.var.smin <= -max {
        return None;
    }
    let lo = p.var.smin + p.off as i64 + off;
    let len = p.var.smax - p.var.smin + size as i64;
    Some(Effect::Read(f, slots(lo, len as usize)))
}

/// What an instruction does to the stack liveness: the slots of frame `.0` it reads, or
/// writes whole.
pub(super) enum Effect {
    Read(usize, u64),
    Write(usize, u64),
    /// An access at a variable offset other than a load's: that frame's instance's slots
    /// stay live.
    Opaque(Chain),
}

/// How an instruction reaches the stack: a load, a store, or an atomic (read, then written;
/// `fetch`: the old value goes to a register).
#[derive(Clone, Copy, PartialEq)]
enum Access {
    Load,
    Store,
    Atomic { fetch: bool },
}

/// The fixed-offset stack access `insn` makes, with what a load would find (the test for
/// a load, store or atomic inlined: most instructions are none of them).
#[inline]
fn stack_access(st: &State, insn: &Insn, domain: Domain) -> Option<StackAccess> {
    match insn {
        Insn::Load { .. } | Insn::Store { .. } | Insn::Atomic { .. } => {
            mem_access(st, insn, domain)
        }
        _ => None,
    }
}

/// [`stack_access`] of a load, store or atomic.
fn mem_access(st: &State, insn: &Insn, domain: Domain) -> Option<StackAccess> {
    let insn = &as_plain(insn);
    let (base, off, size, access) = match *insn {
        Insn::Load { size, src, off, .. } => (src, off, size.bytes() as usize, Access::Load),
        Insn::Store { size, dst, off, .. } => (dst, off, size.bytes() as usize, Access::Store),
        Insn::Atomic {
            op,
            fetch,
            size,
            dst,
            off,
            ..
        } => {
            let fetch = fetch || matches!(op, AtomicOp::Xchg | AtomicOp::CmpXchg);
            (dst, off, size.bytes() as usize, Access::Atomic { fetch })
        }
        _ => return None,
    };
    let Value::Ptr(p) = st.reg(base) else {
        return None;
    };
    let PtrKind::Stack(frame) = p.kind else {
        return None;
    };
    if !p.fixed() {
        return None;
    }
    let off = p.off as i64 + off as i64;
    if !(STACK_MIN..0).contains(&off) {
        return None;
    }
    let fill = match access {
        Access::Load => fills(st, frame, off, size),
        Access::Store => false,
        // `check_atomic_rmw` reads the slot twice: without a destination (a whole spill
        // keeps its history entry) and, fetching, into the register (a fill).
        Access::Atomic { fetch } => (fetch || size == 8) && fills(st, frame, off, size),
    };
    let barrier = access != Access::Load && spill_barrier(st, insn, (frame, off, size), domain);
    Some(StackAccess {
        frame,
        off,
        size,
        write: access == Access::Store,
        fill,
        barrier,
    })
}

/// Load-acquire as the load and store-release as the store `check_atomic_load` and
/// `check_atomic_store` check them as (`check_load_mem`, `check_store_reg`): the same
/// stack reads, writes, spills and fills.
pub(super) fn as_plain(insn: &Insn) -> Insn {
    match *insn {
        Insn::Atomic {
            op: AtomicOp::LoadAcquire,
            size,
            dst,
            src,
            off,
            ..
        } => Insn::Load {
            size,
            sign_extend: false,
            dst,
            src,
            off,
        },
        Insn::Atomic {
            op: AtomicOp::StoreRelease,
            size,
            dst,
            src,
            off,
            ..
        } => Insn::Store {
            size,
            dst,
            off,
            src: Operand::Reg(src),
        },
        other => other,
    }
}

/// `check_stack_write_fixed_off` without `bypass_spec_v4`: a pointer register stored, or
/// one of the bytes looked at neither `STACK_MISC` nor `STACK_ZERO`: the bytes written with
/// [`Domain::nospec_checks_written_bytes`] (`slot_type[(slot - i) % BPF_REG_SIZE]`: a narrow
/// store into the spilled half of a partly spilled slot is fenced, one into its other half
/// is not), else the slot's first `size` type bytes (`slot_type[i]`). The flag is read only
/// where the two differ.
fn spill_barrier(
    st: &State,
    insn: &Insn,
    (frame, off, size): (usize, i64, usize),
    domain: Domain,
) -> bool {
    let pointer = matches!(insn, Insn::Store { src: Operand::Reg(r), .. } if matches!(st.reg(*r), Value::Ptr(_)));
    let (spi, _) = stack_pos(off);
    let Some(slot) = st.frames.get(frame).and_then(|f| f.slot(spi)) else {
        return pointer;
    };
    if pointer {
        return true;
    }
    let fenced = |k: usize| !matches!(slot.bytes[k], Byte::Misc | Byte::Zero);
    let written = (off..off + size as i64).any(|b| {
        let (s, k) = stack_pos(b);
        s == spi && fenced(k)
    });
    let first = (0..size.min(8)).any(fenced);
    if written == first {
        return written;
    }
    if domain.nospec_checks_written_bytes() {
        written
    } else {
        first
    }
}

/// `check_stack_read_fixed_off` keeps its history entry: the slot holds a spilled
/// register and the load restores it (whole, narrowed at the slot start, or as the
/// spilled zero).
fn fills(st: &State, frame: usize, off: i64, size: usize) -> bool {
    let (spi, _) = stack_pos(off);
    let Some(slot) = st.frames.get(frame).and_then(|f| f.slot(spi)) else {
        return false;
    };
    if slot.bytes[7] != Byte::Spill {
        return false;
    }
    let spill_size = slot
        .bytes
        .iter()
        .rev()
        .take_while(|b| **b == Byte::Spill)
        .count();
    if size == 8 && spill_size == 8 {
        return true;
    }
    if size <= spill_size && off % 8 == 0 {
        return true;
    }
    let all_spill = (off..off + size as i64).all(|b| {
        let (s, k) = stack_pos(b);
        b < 0 && s == spi && slot.bytes[k] == Byte::Spill
    });
    all_spill && slot.spilled.is_null()
}
