//! Local dynptrs (`struct bpf_dynptr` of `BPF_DYNPTR_TYPE_LOCAL`) as the helpers
//! `bpf_dynptr_from_mem`, `bpf_dynptr_read`, `bpf_dynptr_write` and `bpf_dynptr_data` use
//! them (kernel/bpf/verifier.c `process_dynptr_func`, `dynptr_get_spi`,
//! `mark_stack_slots_dynptr`, `is_dynptr_reg_valid_init`, `destroy_if_dynptr_stack_slot`).
//!
//! A dynptr is 16 bytes of stack at a constant, 8-byte-aligned offset no higher than
//! `fp-16`: two slots of `STACK_DYNPTR` bytes ([`Byte::Dynptr`]), the lower one (`spi`)
//! marked `first` in its spilled register ([`PtrKind::Dynptr`]), which also carries the
//! dynptr's id. Local dynptrs hold no reference. Reading their bytes is refused like any
//! stack byte that is not data; a store into either slot destroys the whole dynptr (both
//! slots become `STACK_INVALID`) before it writes; `bpf_dynptr_from_mem` over an existing one
//! destroys it first. `bpf_dynptr_data` returns a maybe-NULL `PTR_TO_MEM` of its constant
//! length; `bpf_dynptr_from_mem` takes only a map value as its data from 6.12.
//!
//! Modelled where [`KernelProfile::has_dynptr_fixes`] (the rules confirmed on 6.12.118 and
//! 6.18.44; taken from 6.2), with CAP_PERFMON. Not modelled (`unsupported`): 6.1 and
//! earlier (`tests/spec/verifier/dynptr.s` pins 6.1.192's answers in `_v6_1` twins), dynptrs below the
//! stack, in a caller's frame or passed at a variable offset beyond the refusal, the ring
//! buffer's dynptr helpers and the dynptr kfuncs, and destroying a dynptr a slice was taken
//! from (the kernel invalidates the slices: `dynptr_id`, not tracked here).

use isa::Reg;
use skctx::{ArgKind, Code, KernelProfile};

use super::{unsupported, Refusal, State, Value, Walker, EACCES, EINVAL};
use crate::state::{stack_pos, Byte, Ptr, PtrKind, StackSlot, STACK_MIN};

/// The releases whose dynptr rules this walk models.
pub(crate) fn models_dynptrs(profile: KernelProfile) -> bool {
    profile.has_dynptr_fixes()
}

/// `BPF_DYNPTR_SIZE`.
const DYNPTR_SIZE: i64 = 16;

/// A dynptr on the stack: frame `frame`, its first (lower) slot `spi`, the second `spi - 1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct DynptrAt {
    pub frame: usize,
    pub spi: usize,
}

impl Walker<'_> {
    /// `process_dynptr_func` for a helper's dynptr argument `r` (already of a stack type):
    /// an uninitialised one is made a dynptr, an initialised one must be one.
    pub(super) fn dynptr_arg(
        &mut self,
        st: &mut State,
        r: Reg,
        v: &Value,
        arg: ArgKind,
    ) -> Result<DynptrAt, Refusal> {
        if !models_dynptrs(self.profile) || !self.privilege.has_perfmon() {
            return Err(unsupported(
                "dynptrs before the fixes after 6.1, or without CAP_PERFMON",
            ));
        }
        let Value::Ptr(
            p @ Ptr {
                kind: PtrKind::Stack(frame),
                ..
            },
        ) = *v
        else {
            return Err(unsupported("a dynptr argument that is not a stack pointer"));
        };
        if frame + 1 != st.frames.len() {
            return Err(unsupported("a dynptr in a caller's frame"));
        }
        let uninit = arg == ArgKind::PtrToUninitDynptr;
        let second = match uninit {
            true => "Dynptr has to be an uninitialized dynptr".to_string(),
            false => format!("Expected an initialized dynptr as arg #{}", r.index() - 1),
        };
        if !p.fixed() {
            let message = format!("dynptr has to be at a constant offset\n{second}");
            return Err(self.reject_reg(Code::DynptrArg, r, message, EINVAL));
        }
        let off = p.off as i64;
        if off >= 0 {
            return Err(unsupported("a dynptr argument above the frame pointer"));
        }
        if off % 8 != 0 || off > -DYNPTR_SIZE {
            let message = format!("cannot pass in dynptr at an offset={off}\n{second}");
            return Err(self.reject_reg(Code::DynptrArg, r, message, EINVAL));
        }
        if off < STACK_MIN {
            return Err(unsupported("a dynptr below the stack"));
        }
        let at = DynptrAt {
            frame,
            spi: stack_pos(off).0,
        };
        if uninit {
            self.stack_bounds(st, r, &p, off, DYNPTR_SIZE as u32, true, false)?;
            self.destroy_dynptrs(st, frame, at.spi - 1, at.spi)?;
            self.mark_dynptr(st, at);
            return Ok(at);
        }
        if self.dynptr_at(st, at).is_none() {
            return Err(self.reject_reg(Code::DynptrArg, r, second, EINVAL));
        }
        Ok(at)
    }

    /// `mark_stack_slots_dynptr`: both slots `STACK_DYNPTR`, a new id.
    fn mark_dynptr(&mut self, st: &mut State, at: DynptrAt) {
        let id = self.new_id();
        for (spi, first) in [(at.spi, true), (at.spi - 1, false)] {
            let mut p = Ptr::new(PtrKind::Dynptr {
                first,
                sliced: false,
            });
            p.id = id;
            *st.frames[at.frame].slot_mut(spi) = StackSlot {
                bytes: [Byte::Dynptr; 8],
                spilled: Value::Ptr(p),
            };
        }
    }

    /// `is_dynptr_reg_valid_init`: the first slot's dynptr, when both slots hold one.
    pub(super) fn dynptr_at(&self, st: &State, at: DynptrAt) -> Option<Ptr> {
        let frame = &st.frames[at.frame];
        let first = frame.slot(at.spi)?;
        let second = frame.slot(at.spi - 1)?;
        if first.bytes != [Byte::Dynptr; 8] || second.bytes != [Byte::Dynptr; 8] {
            return None;
        }
        match first.spilled {
            Value::Ptr(p) if matches!(p.kind, PtrKind::Dynptr { first: true, .. }) => Some(p),
            _ => None,
        }
    }

    /// `bpf_dynptr_data`'s slice: the dynptr remembers it has one.
    pub(super) fn dynptr_sliced(&self, st: &mut State, at: DynptrAt) {
        for spi in [at.spi, at.spi - 1] {
            let slot = st.frames[at.frame].slot_mut(spi);
            if let Value::Ptr(Ptr {
                kind: PtrKind::Dynptr { sliced, .. },
                ..
            }) = &mut slot.spilled
            {
                *sliced = true;
            }
        }
    }

    /// `destroy_if_dynptr_stack_slot` for every dynptr with a slot in `lo..=hi` of frame
    /// `f`: both of its slots become `STACK_INVALID`.
    pub(super) fn destroy_dynptrs(
        &self,
        st: &mut State,
        f: usize,
        lo: usize,
        hi: usize,
    ) -> Result<(), Refusal> {
        for spi in lo..=hi {
            let Some(slot) = st.frames[f].slot(spi).copied() else {
                continue;
            };
            if !slot.bytes.contains(&Byte::Dynptr) {
                continue;
            }
            let Value::Ptr(Ptr {
                kind: PtrKind::Dynptr { first, sliced },
                ..
            }) = slot.spilled
            else {
                return Err(unsupported("a dynptr slot without its dynptr"));
            };
            if sliced {
                return Err(unsupported("destroying a dynptr a slice was taken from"));
            }
            let first_spi = if first { spi } else { spi + 1 };
            if self.privilege.has_perfmon() {
                for s in [first_spi, first_spi - 1] {
                    *st.frames[f].slot_mut(s) = StackSlot::EMPTY;
                }
            } else {
                return Err(unsupported("a dynptr destroyed without CAP_PERFMON"));
            }
        }
        Ok(())
    }

    /// Some byte of frame `f`'s stack in `lo..hi` (offsets) is `STACK_DYNPTR`.
    pub(super) fn touches_dynptr(&self, st: &State, f: usize, lo: i64, hi: i64) -> bool {
        (lo..hi).any(|at| {
            let (spi, k) = stack_pos(at);
            st.frames[f]
                .slot(spi)
                .is_some_and(|s| s.bytes[k] == Byte::Dynptr)
        })
    }
}

impl Walker<'_> {
    /// `check_stack_range_initialized` in raw mode: a helper's output buffer on the stack
    /// may not cover a dynptr's byte; the refusal names the lowest.
    pub(super) fn raw_write_over_dynptr(
        &self,
        st: &State,
        r: Reg,
        p: &Ptr,
        off: i64,
        size: u32,
    ) -> Result<(), Refusal> {
        let PtrKind::Stack(f) = p.kind else {
            return Ok(());
        };
        let hit = (off..off + size as i64).find(|&at| self.touches_dynptr(st, f, at, at + 1));
        match hit {
            Some(at) => Err(self.reject_reg(
                Code::DynptrArg,
                r,
                format!("potential write to dynptr at off={at} disallowed"),
                EACCES,
            )),
            None => Ok(()),
        }
    }

    /// `check_helper_call` for `bpf_dynptr_from_mem`: its data (R1) must be a map value.
    pub(super) fn dynptr_from_mem_data(&self, st: &State) -> Result<(), Refusal> {
        let v = *st.reg(Reg::R1);
        if matches!(v, Value::Ptr(p) if matches!(p.kind, PtrKind::MapValue(_))) {
            return Ok(());
        }
        let message = format!(
            "Unsupported reg type {} for bpf_dynptr_from_mem data",
            self.type_name(&v)
        );
        Err(self.reject(
            Code::DynptrArg,
            crate::error::Operand::Insn,
            message,
            EACCES,
        ))
    }
}
