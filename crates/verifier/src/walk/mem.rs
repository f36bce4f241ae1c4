//! Loads and stores (`check_mem_access`): the context through skctx's `ctx_access`, sockets
//! through `sock_access`, the stack byte by byte (`check_stack_read_fixed_off`,
//! `check_stack_write_fixed_off`), map values against `value_size` (`check_map_access`).

use isa::{AtomicOp, Insn, Operand, Reg, Size};
use skctx::{Code, CtxAccessKind, CtxLoadType};

use super::{
    tnum_text, unsupported, Flow, Refusal, State, Step, Value, Walker, EACCES, EINVAL, EPERM,
};
use crate::bounds::Scalar;
use crate::error::Operand as ErrOperand;
use crate::state::{stack_pos, Byte, Link, Ptr, PtrKind, STACK_SIZE};
use crate::MapInfo;

/// What a store writes: a register's value, or an immediate (`BPF_ST`).
#[derive(Clone, Copy)]
enum Stored {
    Reg(Reg, Value),
    Imm(i32),
    /// Bytes of no known value (an atomic's result).
    Unknown,
}

impl Walker<'_> {
    pub(super) fn mem(&mut self, st: &mut State, insn: &Insn) -> Step {
        match *insn {
            Insn::Load {
                size,
                sign_extend,
                dst,
                src,
                off,
            } => {
                let base = self.read(st, src)?;
                self.writable(dst)?;
                self.note_type(&base)?;
                let v = self.load(st, src, base, off, size, sign_extend)?;
                st.set(dst, v);
                Ok(Flow::Next)
            }
            Insn::Store {
                size,
                dst,
                off,
                src,
            } => {
                let stored = match src {
                    Operand::Reg(r) => Stored::Reg(r, self.read(st, r)?),
                    Operand::Imm(imm) => Stored::Imm(imm),
                };
                let base = self.read(st, dst)?;
                self.note_type(&base)?;
                self.store(st, dst, base, off, size, stored)?;
                Ok(Flow::Next)
            }
            Insn::Atomic {
                op,
                fetch,
                size,
                dst,
                src,
                off,
            } => self.atomic(st, op, fetch, size, dst, src, off),
            _ => Err(unsupported("not a memory instruction")),
        }
    }

    /// `save_aux_ptr_type`: one instruction may not access ctx or a socket on one path and
    /// other memory on another.
    fn note_type(&mut self, base: &Value) -> Result<(), Refusal> {
        let Value::Ptr(p) = base else { return Ok(()) };
        let kind = MemType::of(p.kind);
        let seen = &mut self.mem_types[self.pc.0];
        match *seen {
            MemType::Unseen => *seen = kind,
            prev if prev != kind && (prev.strict() || kind.strict()) => {
                return Err(unsupported(
                    "same insn cannot be used with different pointers",
                ))
            }
            _ => {}
        }
        Ok(())
    }

    /// `check_atomic`: load-acquire and store-release (6.15) are a load and a store; the
    /// read-modify-write operations read and write the same memory, the fetching forms
    /// loading the old value into the source register (R0 for `cmpxchg`).
    #[allow(clippy::too_many_arguments)]
    fn atomic(
        &mut self,
        st: &mut State,
        op: AtomicOp,
        fetch: bool,
        size: Size,
        dst: Reg,
        src: Reg,
        off: i16,
    ) -> Step {
        let acq_rel = matches!(op, AtomicOp::LoadAcquire | AtomicOp::StoreRelease);
        if acq_rel && !crate::cfg::Change::NarrowAtomics.in_profile(self.profile) {
            // Before 6.15 `check_atomic` knows no such operation.
            let imm = if op == AtomicOp::LoadAcquire {
                0x100
            } else {
                0x110
            };
            return Err(self.reject(
                Code::ReservedFields,
                ErrOperand::Insn,
                format!("BPF_ATOMIC uses invalid atomic opcode {imm:02x}"),
                EINVAL,
            ));
        }
        match op {
            AtomicOp::LoadAcquire => return self.load_acquire(st, size, dst, src, off),
            AtomicOp::StoreRelease => return self.store_release(st, size, dst, src, off),
            _ => {}
        }
        if !matches!(size, Size::W | Size::DW) {
            // The decoder refuses them (`invalid atomic operand size`, `atomic_encoding`).
            return Err(unsupported("an 8- or 16-bit read-modify-write atomic"));
        }
        let v = self.read(st, src)?;
        let base = self.read(st, dst)?;
        if op == AtomicOp::CmpXchg {
            let r0 = self.read(st, Reg::R0)?;
            if self.leaky(&r0) {
                return Err(self.leaks_into_mem(Reg::R0));
            }
        }
        if self.leaky(&v) {
            return Err(self.leaks_into_mem(src));
        }
        self.atomic_target(dst, &base)?;
        let load = match (op, fetch) {
            (AtomicOp::CmpXchg, _) => Some(Reg::R0),
            (AtomicOp::Xchg, _) | (_, true) => Some(src),
            _ => None,
        };
        if let Some(r) = load {
            self.writable(r)?;
        }
        // `check_reg_arg(load_reg, DST_OP)` clobbers the register before the accesses.
        let base = if load == Some(dst) {
            Value::unknown()
        } else {
            base
        };
        self.check_alignment(dst, &base, off, size.bytes(), true)?;
        self.note_type(&base)?;
        if let Value::Ptr(p) = &base {
            if matches!(p.kind, PtrKind::Stack(_)) && !p.fixed() {
                let at = off as i64 + p.off as i64;
                self.stack_bounds(st, dst, p, at, size.bytes(), false, false)?;
            }
        }
        let old = self.load(st, dst, base, off, size, false)?;
        if self.leaky(&old) {
            return Err(unsupported("leaking pointer from stack"));
        }
        let Value::Ptr(p) = base else {
            return Err(self.invalid_mem(dst, &base));
        };
        let at = off as i64 + p.off as i64;
        match p.kind {
            PtrKind::Stack(f) => {
                let at = self.stack_bounds(st, dst, &p, at, size.bytes(), true, false)?;
                self.stack_write(st, f, at, size.bytes(), Stored::Unknown)?;
            }
            PtrKind::MapValue(m) => {
                self.writable_map(dst, m, at, size.bytes())?;
                self.map_access(dst, &p, m, at, size.bytes())?
            }
            PtrKind::MapKey(_) => return Err(self.key_store(dst)),
            PtrKind::Mem(n) => self.region_access(dst, &p, Region::Mem(n), at, size.bytes())?,
            PtrKind::RdonlyMem(_) => return Err(unsupported("an atomic on read-only memory")),
            _ => return Err(self.invalid_mem(dst, &base)),
        }
        if let Some(r) = load {
            st.set(r, old);
        }
        Ok(Flow::Next)
    }

    /// `check_atomic_rmw`'s `is_pointer_value`: without pointer leaks allowed, a pointer
    /// may not be the value written (with them, the memory gets an unknown scalar).
    fn leaks_into_mem(&self, r: Reg) -> Refusal {
        self.reject_reg(
            Code::LeaksAddrIntoMem,
            r,
            format!("R{} leaks addr into mem", r.index()),
            EACCES,
        )
    }

    /// `check_atomic_load`: `atomic_ptr_type_ok` refuses the context and sockets by name
    /// before anything else (`load_acquire_checks_pointer_type_first`), then
    /// `check_load_mem` with strict alignment.
    fn load_acquire(&mut self, st: &mut State, size: Size, dst: Reg, src: Reg, off: i16) -> Step {
        if let Value::Ptr(p) = st.reg(src) {
            self.atomic_load_type(src, p.kind, &Value::Ptr(*p))?;
        }
        let base = self.read(st, src)?;
        self.writable(dst)?;
        self.check_alignment(src, &base, off, size.bytes(), true)?;
        self.note_type(&base)?;
        let v = self.load(st, src, base, off, size, false)?;
        st.set(dst, v);
        Ok(Flow::Next)
    }

    /// `atomic_ptr_type_ok` of a load-acquire's source: neither the context nor a socket.
    pub(super) fn atomic_load_type(
        &self,
        src: Reg,
        kind: PtrKind,
        base: &Value,
    ) -> Result<(), Refusal> {
        let code = match kind {
            PtrKind::Ctx => Code::CtxAtomic,
            PtrKind::Sock => Code::SockWrite,
            _ => return Ok(()),
        };
        if self.profile.load_acquire_checks_pointer_type_first() != Some(true) {
            return Err(unsupported(
                "a load-acquire from the context or a socket on a release whose order of checks is not known",
            ));
        }
        Err(self.reject_reg(
            code,
            src,
            format!(
                "BPF_ATOMIC loads from R{} {} is not allowed",
                src.index(),
                self.type_name(base)
            ),
            EACCES,
        ))
    }

    /// `check_atomic_store`: `check_store_reg` with strict alignment. Its
    /// `atomic_ptr_type_ok` never speaks here: the store itself refuses the context and
    /// sockets first.
    fn store_release(&mut self, st: &mut State, size: Size, dst: Reg, src: Reg, off: i16) -> Step {
        let stored = Stored::Reg(src, self.read(st, src)?);
        let base = self.read(st, dst)?;
        self.check_alignment(dst, &base, off, size.bytes(), true)?;
        self.note_type(&base)?;
        self.store(st, dst, base, off, size, stored)?;
        Ok(Flow::Next)
    }

    /// Atomics on the context or a socket are refused by name.
    fn atomic_target(&self, dst: Reg, base: &Value) -> Result<(), Refusal> {
        match base {
            Value::Ptr(Ptr {
                kind: PtrKind::Ctx, ..
            }) => {
                let e = skctx::ctx_access(self.profile, 0, 8, CtxAccessKind::Atomic { dst })
                    .err()
                    .ok_or_else(|| unsupported("atomic on ctx accepted"))?;
                Err(self.reject_reg(e.code(), dst, e.kernel_message(), e.errno()))
            }
            Value::Ptr(Ptr {
                kind: PtrKind::Sock,
                ..
            }) => {
                let word = if self.profile.atomic_message_says_atomic() {
                    "BPF_ATOMIC"
                } else {
                    "BPF_XADD"
                };
                Err(self.reject_reg(
                    Code::SockWrite,
                    dst,
                    format!("{word} stores into R{} sock is not allowed", dst.index()),
                    EACCES,
                ))
            }
            _ => Ok(()),
        }
    }

    fn invalid_mem(&self, r: Reg, base: &Value) -> Refusal {
        self.reject_reg(
            Code::InvalidMemAccess,
            r,
            format!(
                "R{} invalid mem access '{}'",
                r.index(),
                self.type_name(base)
            ),
            EACCES,
        )
    }

    /// A load of `size` bytes at `base + off` into a register.
    fn load(
        &mut self,
        st: &mut State,
        r: Reg,
        base: Value,
        off: i16,
        size: Size,
        sx: bool,
    ) -> Result<Value, Refusal> {
        let Value::Ptr(p) = base else {
            return Err(self.invalid_mem(r, &base));
        };
        let bytes = size.bytes();
        self.check_alignment(r, &base, off, bytes, false)?;
        let off = off as i64 + p.off as i64;
        let v = match p.kind {
            PtrKind::Ctx => return self.ctx_load(r, &p, off, bytes, sx),
            PtrKind::Stack(_) if self.spills_every_scalar() => {
                let v = self.stack_read(st, r, &p, off, bytes)?;
                return Ok(self.narrowed_fill(v, size, sx));
            }
            PtrKind::Stack(_) => self.stack_read(st, r, &p, off, bytes)?,
            PtrKind::MapValue(m) => {
                self.map_access(r, &p, m, off, bytes)?;
                self.rdonly_read(&p, m, off, bytes, sx)
                    .map_or_else(Value::unknown, |v| Value::scalar(Scalar::known(v)))
            }
            PtrKind::MapKey(m) => {
                self.map_region_access(r, &p, m, true, off, bytes)?;
                Value::unknown()
            }
            PtrKind::Mem(n) | PtrKind::RdonlyMem(n) => {
                self.region_access(r, &p, Region::Mem(n), off, bytes)?;
                Value::unknown()
            }
            PtrKind::Sock => {
                skctx::sock_access(r, off, bytes, false).map_err(|e| {
                    self.reject_at(
                        e.code(),
                        ErrOperand::Offset,
                        Some(r),
                        e.kernel_message(),
                        e.errno(),
                    )
                })?;
                Value::unknown()
            }
            PtrKind::Map(m) => return Err(self.map_ptr_access(r, m, off, false)),
            _ => return Err(self.invalid_mem(r, &base)),
        };
        Ok(self.narrowed(v, size, sx))
    }

    /// A narrow fill from 6.8 ("bpf: Preserve boundaries and track scalars on narrowing
    /// fill"): the copy keeps the spilled register's id unless its value is wider than the
    /// read ("Break the relation on a narrowing fill"), and `coerce_reg_to_size(_sx)` keeps
    /// it although the bounds change. A sign-extending fill keeps it only when the value fits
    /// below the sign bit (6.18.44: `stack.s`, `sx_fill_keeps_the_spills_link` and
    /// `sx_fill_of_a_full_width_value_drops_the_link`; other releases UNCONFIRMED).
    fn narrowed_fill(&mut self, v: Value, size: Size, sx: bool) -> Value {
        match v {
            Value::Scalar(s, id) if size != Size::DW => {
                let bits = size.bytes() * 8 - u32::from(sx);
                let fits = 64 - s.umax.leading_zeros() <= bits;
                let n = narrow(&s, size, sx, &self.domain);
                Value::Scalar(n, if fits { id } else { Link::NONE })
            }
            v => v,
        }
    }

    /// `coerce_reg_to_size(_sx)` after a narrow load.
    fn narrowed(&mut self, v: Value, size: Size, sx: bool) -> Value {
        match v {
            Value::Scalar(s, id) if size != Size::DW => {
                let n = if s == Scalar::UNKNOWN {
                    self.narrowed_unknown(size, sx)
                } else {
                    narrow(&s, size, sx, &self.domain)
                };
                Value::Scalar(n, if n == s { id } else { Link::NONE })
            }
            v => v,
        }
    }

    /// [`narrow`] of the unknown scalar, computed once per walk for each size: most loads
    /// (from the context, map values, sockets) load an unknown value.
    fn narrowed_unknown(&mut self, size: Size, sx: bool) -> Scalar {
        let k = size.bytes().trailing_zeros() as usize * 2 + usize::from(sx);
        let domain = self.domain;
        *self.unknown_loads[k].get_or_insert_with(|| narrow(&Scalar::UNKNOWN, size, sx, &domain))
    }

    /// `check_ptr_off_reg` then `check_ctx_access`.
    fn ctx_load(
        &mut self,
        r: Reg,
        p: &Ptr,
        off: i64,
        size: u32,
        sx: bool,
    ) -> Result<Value, Refusal> {
        self.ctx_ptr_unmodified(r, p)?;
        let kind = if sx {
            CtxAccessKind::LoadSx
        } else {
            CtxAccessKind::Load
        };
        let key = (off, size, sx);
        let result = match self.ctx_loads.iter().find(|(k, _)| *k == key) {
            Some(&(_, result)) => result,
            None => {
                let load = skctx::ctx_access(self.profile, off, size, kind).map_err(|e| {
                    self.reject_at(
                        e.code(),
                        ErrOperand::Offset,
                        Some(r),
                        e.kernel_message(),
                        e.errno(),
                    )
                })?;
                self.ctx_loads.push((key, load.result));
                load.result
            }
        };
        Ok(match result {
            CtxLoadType::SockOrNull => {
                let mut s = Ptr::new(PtrKind::SockOrNull);
                s.id = self.new_id();
                Value::Ptr(s)
            }
            CtxLoadType::Scalar { bytes, sign_extend } => match Size::from_bytes(bytes) {
                // What `narrowed` gives the unknown scalar, without comparing it with itself.
                Some(size) if size != Size::DW => {
                    Value::scalar(self.narrowed_unknown(size, sign_extend))
                }
                _ => Value::unknown(),
            },
        })
    }

    /// `__check_ptr_off_reg` for the context: no offset, fixed or variable (a negative one
    /// its own refusal from [`skctx::KernelProfile::checks_negative_ptr_offset`]).
    /// With the offset in the `var_off` (7.1) a variable offset is refused first.
    pub(super) fn ctx_ptr_unmodified(&self, r: Reg, p: &Ptr) -> Result<(), Refusal> {
        if self.profile.folds_ptr_off_into_var_off() {
            self.ctx_ptr_fixed(r, p)?;
        }
        let n = r.index();
        if p.off < 0 && self.profile.checks_negative_ptr_offset() {
            return Err(self.reject_reg(
                Code::CtxModifiedPtr,
                r,
                format!("negative offset ctx ptr R{n} off={} disallowed", p.off),
                EACCES,
            ));
        }
        if p.off != 0 {
            return Err(self.reject_reg(
                Code::CtxModifiedPtr,
                r,
                format!(
                    "dereference of modified ctx ptr R{n} off={} disallowed",
                    p.off
                ),
                EACCES,
            ));
        }
        self.ctx_ptr_fixed(r, p)
    }

    /// `__check_ptr_off_reg`'s refusal of a variable offset.
    fn ctx_ptr_fixed(&self, r: Reg, p: &Ptr) -> Result<(), Refusal> {
        if !p.fixed() {
            return Err(self.reject_reg(
                Code::CtxVarOffset,
                r,
                format!(
                    "variable ctx access var_off={} disallowed",
                    tnum_text(p.var.var_off)
                ),
                EACCES,
            ));
        }
        Ok(())
    }

    /// `check_ptr_alignment`: stack accesses are strictly aligned, and every access of an
    /// atomic (`strict_once`, `check_atomic`'s `strict_alignment_once`), a scalar base's too.
    /// Inlined (every load and store checks), the refusal out of line.
    #[inline]
    fn check_alignment(
        &self,
        r: Reg,
        base: &Value,
        off: i16,
        size: u32,
        strict_once: bool,
    ) -> Result<(), Refusal> {
        let (var, reg_off, kind) = match base {
            Value::Ptr(p) => (&p.var, p.off, Some(p.kind)),
            Value::Scalar(s, _) => (s, 0, None),
            _ => return Ok(()),
        };
        let stack = matches!(kind, Some(PtrKind::Stack(_)));
        if !(stack || strict_once) || size == 1 {
            return Ok(());
        }
        let at = (var.var_off).add(crate::Tnum::constant((reg_off as i64 + off as i64) as u64));
        if at.is_aligned(size as u64) {
            return Ok(());
        }
        Err(self.misaligned(r, var, reg_off, kind, off, size))
    }

    /// [`Walker::check_alignment`]'s refusal.
    #[cold]
    #[inline(never)]
    fn misaligned(
        &self,
        r: Reg,
        var: &Scalar,
        reg_off: i32,
        kind: Option<PtrKind>,
        off: i16,
        size: u32,
    ) -> Refusal {
        let stack = matches!(kind, Some(PtrKind::Stack(_)));
        let folded;
        let var = match self.profile.folds_ptr_off_into_var_off() && reg_off != 0 {
            true => {
                folded = Ptr {
                    off: reg_off,
                    var: *var,
                    ..Ptr::new(PtrKind::Ctx)
                }
                .folded();
                &folded.var
            }
            false => var,
        };
        // `tnum_strn`: a known value as `verbose_unum` prints it, since it moved to log.c.
        // 7.1's `tnum_strn` prints a small negative constant in signed decimal too.
        let text = if var.is_const() && self.profile.folds_ptr_off_into_var_off() {
            match crate::tnum::unum_is_decimal(var.var_off.value) {
                true => crate::tnum::fmt_unum(var.var_off.value),
                false => crate::tnum::fmt_snum(var.var_off.value as i64),
            }
        } else if var.is_const() && self.profile.misaligned_stack_prints_const_offset() {
            crate::tnum::fmt_unum(var.var_off.value)
        } else {
            tnum_text(var.var_off)
        };
        let desc = match kind {
            Some(PtrKind::Stack(_)) => "stack ",
            Some(PtrKind::Ctx) => "context ",
            Some(PtrKind::MapValue(_)) => "value ",
            Some(PtrKind::MapKey(_)) => "key ",
            Some(PtrKind::Sock) => "sock ",
            _ => "",
        };
        let code = if stack {
            Code::StackMisaligned
        } else {
            Code::AtomicMisaligned
        };
        // With `folds_ptr_off_into_var_off` the pointer's offset is in its `var_off` (`text`).
        let m = match self.profile.folds_ptr_off_into_var_off() {
            true => format!("misaligned {desc}access off {text}+{off} size {size}"),
            false => format!("misaligned {desc}access off {text}+{reg_off}+{off} size {size}"),
        };
        self.reject_at(code, self.mem_operand(r), Some(r), m, EACCES)
    }

    /// `check_stack_access_within_bounds`: the bytes `[off, off + size)` below the frame
    /// pointer, and for reads without uninitialised reads allowed, within `allocated_stack`.
    /// `helper`: a helper's access, which on a kernel before the helper access-type refactor
    /// (`KernelProfile::helper_stack_access_says_read_or_write`) is checked with write
    /// bounds and reported as an `indirect access`; the release is asked only where that
    /// decides (a refusal, a read below `allocated_stack`).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn stack_bounds(
        &mut self,
        st: &mut State,
        r: Reg,
        p: &Ptr,
        off: i64,
        size: u32,
        write: bool,
        helper: bool,
    ) -> Result<i64, Refusal> {
        // 5.10.y: a read reaches only `allocated_stack` and does not grow it.
        let strict_read = !write && self.profile.uninit_stack_reads_within_allocated();
        let indirect = || helper && !self.profile.helper_stack_access_says_read_or_write();
        let what = || {
            if indirect() {
                "indirect access to"
            } else if write {
                "write to"
            } else {
                "read from"
            }
        };
        if !p.fixed() {
            self.var_stack_bounds(r, p, (off, size), what(), -(STACK_SIZE as i64))?;
            return Err(unsupported("variable-offset stack access"));
        }
        let PtrKind::Stack(f) = p.kind else {
            return Err(unsupported("not a stack pointer"));
        };
        let min = off;
        let uninit_ok = || write || indirect() || (self.allows_uninit_stack() && !strict_read);
        let allocated = -(st.frames[f].allocated as i64);
        let outside = min < -(STACK_SIZE as i64) || min > -1 || min + size as i64 > 0;
        // The floor is the stack's bottom where uninitialised bytes may be read, else
        // `allocated`: it decides only below `allocated`.
        if outside || (min < allocated && !uninit_ok()) {
            let code = if outside {
                Code::StackBounds
            } else {
                Code::StackUninitRead
            };
            let floor = if uninit_ok() {
                -(STACK_SIZE as i64)
            } else {
                allocated
            };
            return Err(self.reject_at(
                code,
                self.mem_operand(r),
                Some(r),
                format!(
                    "invalid {} stack R{} off={off} size={size}",
                    what(),
                    r.index()
                ),
                bounds_errno(min, floor),
            ));
        }
        let need = ((-min) as usize).div_ceil(8) * 8;
        let frame = &mut st.frames[f];
        if !strict_read {
            frame.allocated = frame.allocated.max(need);
            frame.grow_stack(frame.allocated / 8);
        }
        let depth = &mut self.depth[frame.subprog];
        *depth = (*depth).max(need);
        Ok(min)
    }

    /// `check_stack_access_within_bounds` at a variable offset: the bytes
    /// `[smin + off, smax + off + size)` (returned as that range) within the stack, from
    /// `floor` up (`check_stack_slot_within_bounds`: the whole stack, or for a read that may
    /// not reach never-written bytes, the allocated part).
    fn var_stack_bounds(
        &self,
        r: Reg,
        p: &Ptr,
        (off, size): (i64, u32),
        what: &str,
        floor: i64,
    ) -> Result<(i64, i64), Refusal> {
        let max = super::alu::MAX_VAR_OFF;
        if p.var.smax >= max || p.var.smin <= -max {
            let msg = format!(
                "invalid unbounded variable-offset {what} stack R{}",
                r.index()
            );
            return Err(self.reject_reg(Code::StackBounds, r, msg, EACCES));
        }
        let lo = p.var.smin.saturating_add(off);
        let hi = p.var.smax.saturating_add(off).saturating_add(size as i64);
        if lo < floor || hi > 0 {
            let errno = bounds_errno(lo, floor);
            let fixed = if self.profile.var_stack_access_prints_fixed_offset() {
                format!(" off={off}")
            } else {
                String::new()
            };
            return Err(self.reject_reg(
                Code::StackBounds,
                r,
                format!(
                    "invalid variable-offset {what} stack R{} var_off={}{fixed} size={size}",
                    r.index(),
                    tnum_text(p.var.var_off)
                ),
                errno,
            ));
        }
        Ok((lo, hi))
    }

    /// Variable-offset stack accesses are modelled as root on every modelled release (5.10.262
    /// and 5.15.225: the spec corpus's `stack_var_*` cases in their images).
    fn var_stack_modelled(&self, p: &Ptr) -> bool {
        !p.var.var_off.is_const() && self.privilege.allows_ptr_leaks()
    }

    /// `grow_stack_state` at the end of `check_stack_access_within_bounds` for a variable
    /// range starting at `lo` (6.1.192 and 6.12.118 alike): frame `f` allocated down to it,
    /// rounded to 8 bytes, and the subprogram's depth with it.
    fn grow_to(&mut self, st: &mut State, f: usize, lo: i64) {
        let need = ((-lo) as usize).div_ceil(8) * 8;
        let frame = &mut st.frames[f];
        frame.allocated = frame.allocated.max(need);
        frame.grow_stack(frame.allocated / 8);
        let depth = &mut self.depth[frame.subprog];
        *depth = (*depth).max(need);
    }

    /// `check_stack_read_var_off` as root (`bypass_spec_v1`; without it pointer arithmetic
    /// already refused the pointer): every byte of the range readable
    /// (`check_stack_range_initialized`), the register the constant 0 when each is
    /// `STACK_ZERO`, else unknown (`mark_reg_stack_read`), the stack grown to the range
    /// first ([`Walker::grow_to`]). Where root may not read never-written bytes (5.15) or
    /// reads them only down to the deepest write (5.10), the range must lie within
    /// `allocated_stack`, which the read does not grow, and on 5.15 a never-written byte is
    /// refused (`invalid read from stack R<n> var_off (<value>; <mask>)+<i> size <size>`).
    /// A range over an iterator is not modelled.
    fn stack_read_var(
        &mut self,
        st: &mut State,
        r: Reg,
        p: &Ptr,
        off: i64,
        size: u32,
    ) -> Result<Value, Refusal> {
        let PtrKind::Stack(f) = p.kind else {
            return Err(unsupported("not a stack pointer"));
        };
        // Before the stack grew on every access (6.1.192), a read stays within
        // `allocated_stack` and does not grow it (5.10.262, 5.15.225).
        let within_allocated =
            !self.allows_uninit_stack() || self.profile.uninit_stack_reads_within_allocated();
        let floor = if within_allocated {
            -(st.frames[f].allocated as i64)
        } else {
            -(STACK_SIZE as i64)
        };
        let (lo, hi) = self.var_stack_bounds(r, p, (off, size), "read from", floor)?;
        if !self.var_stack_modelled(p) {
            return Err(unsupported("variable-offset stack access"));
        }
        if !within_allocated {
            self.grow_to(st, f, lo);
        }
        let frame = &st.frames[f];
        let mut zeros = 0;
        for at in lo..hi {
            let (s, k) = stack_pos(at);
            match frame.slot(s).map_or(Byte::Invalid, |slot| slot.bytes[k]) {
                Byte::Zero => zeros += 1,
                Byte::Invalid if !self.allows_uninit_stack() => {
                    let msg = format!(
                        "invalid read from stack R{} var_off {}+{} size {size}",
                        r.index(),
                        tnum_text(p.var.var_off),
                        at - lo
                    );
                    return Err(self.reject_reg(Code::StackUninitRead, r, msg, EACCES));
                }
                Byte::Misc | Byte::Invalid | Byte::Spill => {}
                // The kernel refuses it (`invalid read from stack R<n> var_off ...`), not
                // compared with it here.
                Byte::Iter | Byte::Dynptr => {
                    return Err(unsupported(
                        "variable-offset stack read of an iterator or a dynptr",
                    ))
                }
            }
        }
        Ok(zero_or_unknown(zeros == hi - lo))
    }

    /// `check_stack_write_var_off` as root, byte by byte in the kernel's order: the slot's
    /// spilled register is forgotten and the byte becomes `STACK_MISC`, or stays `STACK_ZERO`
    /// under a zero, whose register (not a `BPF_ST` immediate) is then precise. With
    /// [`Walker::var_write_keeps_zeros`] a zero written over a spilled 8-byte zero keeps it
    /// and a `BPF_ST` of 0 writes a zero. With the `var_write_scrubs_spill_slot` row a slot
    /// starting with a spill has all its written bytes made `STACK_MISC` first
    /// (`scrub_special_slot`); without it (6.1.192, 6.19.14) the slot's bytes outside the
    /// range stay `STACK_SPILL` of a forgotten register, which is not modelled
    /// (unsupported), nor is a range touching an iterator. A write into a caller's frame (a
    /// pointer passed down) is the same write on that frame (`stack_var_write_into_caller_frame`).
    #[allow(clippy::too_many_arguments)]
    fn stack_write_var(
        &mut self,
        st: &mut State,
        r: Reg,
        p: &Ptr,
        f: usize,
        off: i64,
        size: u32,
        stored: Stored,
    ) -> Result<(), Refusal> {
        let (lo, hi) =
            self.var_stack_bounds(r, p, (off, size), "write to", -(STACK_SIZE as i64))?;
        if !self.var_stack_modelled(p) {
            return Err(unsupported("variable-offset stack access"));
        }
        self.grow_to(st, f, lo);
        let scrubs = self.domain.var_write_scrubs_spill_slot();
        let keeps_zeros = self.var_write_keeps_zeros();
        let writes_zero = match stored {
            Stored::Reg(_, v) => v.is_null(),
            Stored::Imm(imm) => keeps_zeros && imm == 0,
            Stored::Unknown => false,
        };
        let frame = &mut st.frames[f];
        let (first, last) = (stack_pos(hi - 1).0, stack_pos(lo).0);
        let mut slots = frame.stack[first..=last].to_vec();
        if slots
            .iter()
            .any(|s| s.bytes.contains(&Byte::Iter) || s.bytes.contains(&Byte::Dynptr))
        {
            return Err(unsupported(
                "variable-offset stack write over an iterator or a dynptr",
            ));
        }
        let mut zero_used = false;
        for at in lo..hi {
            let (s, k) = stack_pos(at);
            zero_used |=
                var_write_byte(&mut slots[s - first], k, writes_zero, (keeps_zeros, scrubs));
        }
        let half_spill = |s: &crate::state::StackSlot| {
            s.spilled == Value::Uninit && s.bytes.contains(&Byte::Spill)
        };
        if slots.iter().any(half_spill) {
            return Err(unsupported(
                "variable-offset stack write over part of a spill (6.1: the rest stays STACK_SPILL)",
            ));
        }
        frame.stack[first..=last].copy_from_slice(&slots);
        match stored {
            Stored::Reg(src, _) if zero_used => self.precise(st, src),
            _ => Ok(()),
        }
    }

    /// `check_stack_read_fixed_off`.
    fn stack_read(
        &mut self,
        st: &mut State,
        r: Reg,
        p: &Ptr,
        off: i64,
        size: u32,
    ) -> Result<Value, Refusal> {
        if !p.fixed() {
            return self.stack_read_var(st, r, p, off, size);
        }
        let off = self.stack_bounds(st, r, p, off, size, false, false)?;
        let PtrKind::Stack(f) = p.kind else {
            return Err(unsupported("not a stack pointer"));
        };
        let stack = &st.frames[f].stack;
        let slot = &stack[stack_pos(off).0];
        let spill_len = slot
            .bytes
            .iter()
            .rev()
            .take_while(|b| **b == Byte::Spill)
            .count();
        if spill_len == 0 {
            let (_, zeros) = self.read_bytes(stack, off, size)?;
            return Ok(zero_or_unknown(zeros == size));
        }
        if size == 8 && spill_len == 8 {
            return Ok(slot.spilled);
        }
        let Value::Scalar(s, id) = slot.spilled else {
            return Err(self.reject(
                Code::StackFillSize,
                ErrOperand::Insn,
                "invalid size of register fill".into(),
                EACCES,
            ));
        };
        let narrowing_ok = self.spills_every_scalar() || size as usize == spill_len;
        if size as usize <= spill_len && (-off) % 8 == 0 && narrowing_ok {
            return Ok(Value::Scalar(s, id));
        }
        let (spills, zeros) = self.read_bytes(stack, off, size)?;
        if !self.spills_every_scalar() {
            // 6.1: any other fill of a spilled scalar is `mark_reg_unknown`.
            return Ok(Value::unknown());
        }
        let zero_spill = spills == size && s.is_const() && s.var_off.value == 0;
        Ok(zero_or_unknown(zero_spill || zeros == size))
    }

    /// The bytes `[off, off + size)` read as data: each written (or uninitialised reads
    /// allowed). Returns how many were spilled and how many were zero.
    fn read_bytes(
        &self,
        stack: &[crate::state::StackSlot],
        off: i64,
        size: u32,
    ) -> Result<(u32, u32), Refusal> {
        let uninit_ok = self.allows_uninit_stack();
        let (mut spills, mut zeros) = (0, 0);
        for i in 0..size as i64 {
            let (s, k) = stack_pos(off + i);
            match stack[s].bytes[k] {
                Byte::Spill => spills += 1,
                Byte::Misc => {}
                Byte::Zero => zeros += 1,
                Byte::Invalid if uninit_ok => {}
                Byte::Invalid | Byte::Iter | Byte::Dynptr => {
                    return Err(self.reject(
                        Code::StackUninitRead,
                        ErrOperand::Offset,
                        format!("invalid read from stack off {off}+{i} size {size}"),
                        EACCES,
                    ))
                }
            }
        }
        Ok((spills, zeros))
    }

    fn store(
        &mut self,
        st: &mut State,
        r: Reg,
        base: Value,
        off: i16,
        size: Size,
        stored: Stored,
    ) -> Result<(), Refusal> {
        let Value::Ptr(p) = base else {
            return Err(self.invalid_mem(r, &base));
        };
        if let (PtrKind::Ctx, Stored::Imm(_)) = (p.kind, stored) {
            self.st_into_ctx(r)?;
        }
        let bytes = size.bytes();
        self.check_alignment(r, &Value::Ptr(p), off, bytes, false)?;
        let off = off as i64 + p.off as i64;
        match p.kind {
            PtrKind::Ctx => self.ctx_store(r, &p, off, bytes, stored),
            PtrKind::Stack(f) if !p.fixed() => {
                self.stack_write_var(st, r, &p, f, off, bytes, stored)
            }
            PtrKind::Stack(f) => {
                let off = self.stack_bounds(st, r, &p, off, bytes, true, false)?;
                self.stack_write(st, f, off, bytes, stored)
            }
            PtrKind::MapValue(m) => self.map_store(r, &p, m, off, bytes, stored),
            PtrKind::MapKey(_) => Err(self.key_store(r)),
            PtrKind::Mem(n) => self.mem_store(r, &p, n, off, bytes, stored),
            PtrKind::RdonlyMem(_) => Err(self.reject_reg(
                Code::RdonlyWrite,
                r,
                format!("R{} cannot write into rdonly_mem", r.index()),
                EACCES,
            )),
            PtrKind::Sock => Err(self.reject_reg(
                Code::SockWrite,
                r,
                format!("R{} cannot write into sock", r.index()),
                EACCES,
            )),
            PtrKind::Map(m) => Err(self.map_ptr_access(r, m, off, true)),
            _ => Err(self.invalid_mem(r, &base)),
        }
    }

    /// `BPF_ST` into the context, refused by name before 6.4 (`do_check`).
    fn st_into_ctx(&self, r: Reg) -> Result<(), Refusal> {
        match skctx::ctx_access(self.profile, 0, 8, CtxAccessKind::StoreImm { dst: r }) {
            Err(e) if e.code() == Code::CtxWrite && e.kernel_message().starts_with("BPF_ST") => {
                Err(self.reject_reg(e.code(), r, e.kernel_message(), e.errno()))
            }
            _ => Ok(()),
        }
    }

    /// A store into the context: always refused, as `ctx_access` words it.
    fn ctx_store(
        &self,
        r: Reg,
        p: &Ptr,
        off: i64,
        bytes: u32,
        stored: Stored,
    ) -> Result<(), Refusal> {
        if let Stored::Reg(src, value) = stored {
            if self.leaky(&value) {
                let text = format!("R{} leaks addr into ctx", src.index());
                return Err(self.reject_reg(Code::CtxWrite, src, text, EACCES));
            }
        }
        self.ctx_ptr_unmodified(r, p)?;
        let kind = match stored {
            Stored::Imm(_) => CtxAccessKind::StoreImm { dst: r },
            _ => CtxAccessKind::Store,
        };
        let e = skctx::ctx_access(self.profile, off, bytes, kind)
            .err()
            .ok_or_else(|| unsupported("a ctx store accepted"))?;
        Err(self.reject_at(
            e.code(),
            ErrOperand::Offset,
            Some(r),
            e.kernel_message(),
            e.errno(),
        ))
    }

    /// A store into a map value: no pointers without pointer leaks allowed, within
    /// `value_size`.
    fn map_store(
        &self,
        r: Reg,
        p: &Ptr,
        m: usize,
        off: i64,
        bytes: u32,
        stored: Stored,
    ) -> Result<(), Refusal> {
        if let Stored::Reg(v, value) = stored {
            if self.leaky(&value) {
                return Err(self.reject_reg(
                    Code::LeaksAddrIntoMap,
                    v,
                    format!("R{} leaks addr into map", v.index()),
                    EACCES,
                ));
            }
        }
        self.writable_map(r, m, off, bytes)?;
        self.map_access(r, p, m, off, bytes)
    }

    /// `check_map_access_type` of a write (a store, an atomic, a helper's output) of `size`
    /// bytes at fixed offset `off` through `r`: a `BPF_F_RDONLY_PROG` map is refused.
    pub(super) fn writable_map(
        &self,
        r: Reg,
        m: usize,
        off: i64,
        size: u32,
    ) -> Result<(), Refusal> {
        let Some(info) = self
            .maps
            .get(m)
            .filter(|i| i.flags & MapInfo::RDONLY_PROG != 0)
        else {
            return Ok(());
        };
        let vs = info.value_size;
        Err(self.reject_reg(
            Code::MapWriteForbidden,
            r,
            format!("write into map forbidden, value_size={vs} off={off} size={size}"),
            EACCES,
        ))
    }

    /// `check_stack_write_fixed_off`.
    fn stack_write(
        &mut self,
        st: &mut State,
        f: usize,
        off: i64,
        size: u32,
        stored: Stored,
    ) -> Result<(), Refusal> {
        let (spi, _) = stack_pos(off);
        self.destroy_dynptrs(st, f, stack_pos(off + size as i64 - 1).0, spi)?;
        let aligned = (-off) % 8 == 0;
        let slot = *st.frames[f].slot_mut(spi);
        if size != 8 && slot.bytes.contains(&Byte::Iter) {
            return Err(unsupported("a narrow store into an iterator's stack slot"));
        }
        let every = self.spills_every_scalar();
        self.spilled_slot_kept(&slot, size, every)?;
        // Before `spills_every_scalar`: `register_is_bounded && !register_is_null`.
        let spillable = |s: &Scalar| {
            every || (*s != Scalar::UNKNOWN && !(s.is_const() && s.var_off.value == 0))
        };
        let spill = match stored {
            Stored::Reg(r, Value::Scalar(s, id)) if aligned && spillable(&s) => {
                let fits = 64 - s.umax.leading_zeros() <= 8 * size;
                let id = match fits {
                    true if self.links_scalars_on_spill() => self.link_id(st, r, s, id),
                    true => id,
                    false => Link::NONE,
                };
                Some(Value::Scalar(s, id))
            }
            Stored::Imm(imm) if aligned && (every || imm != 0) => {
                Some(Value::scalar(Scalar::known(imm as i64 as u64)))
            }
            Stored::Reg(r, v @ Value::Ptr(p)) => {
                if size != 8 {
                    return Err(self.reject_reg(
                        Code::StackSpillSize,
                        r,
                        "invalid size of register spill".into(),
                        EACCES,
                    ));
                }
                if f + 1 != st.frames.len() && matches!(p.kind, PtrKind::Stack(_)) {
                    return Err(unsupported(
                        "cannot spill pointers to stack into stack frame of the caller",
                    ));
                }
                Some(v)
            }
            _ => None,
        };
        let slot = st.frames[f].slot_mut(spi);
        if let Some(v) = spill {
            slot.spilled = v;
            for k in 0..8 {
                if k >= 8 - size as usize {
                    slot.bytes[k] = Byte::Spill;
                } else if !matches!(slot.bytes[k], Byte::Zero | Byte::Invalid) {
                    slot.bytes[k] = Byte::Misc;
                }
            }
            return Ok(());
        }
        let zero = match stored {
            Stored::Reg(_, v) => v.is_null(),
            Stored::Imm(imm) => imm == 0,
            Stored::Unknown => false,
        };
        slot.spilled = Value::Uninit;
        if slot.bytes.contains(&Byte::Spill) {
            for b in slot.bytes.iter_mut() {
                if *b == Byte::Spill {
                    *b = Byte::Misc;
                }
            }
        }
        for i in 0..size as i64 {
            let (s, k) = stack_pos(off + i);
            st.frames[f].slot_mut(s).bytes[k] = if zero { Byte::Zero } else { Byte::Misc };
        }
        Ok(())
    }

    /// Without pointer leaks allowed, a narrow store may not overwrite part of a spilled
    /// pointer (`check_stack_write_fixed_off`). Kernels without
    /// `narrow_store_keeps_scalar_spill` (b0e66977dc07, 6.13 and 6.12.y's backport) also
    /// refuse it over a spilled scalar: not modelled there.
    /// `every`: [`skctx::KernelProfile::spills_every_scalar`]; before it (6.1.192's sources) a
    /// spilled scalar is guarded like a pointer.
    fn spilled_slot_kept(
        &self,
        slot: &crate::state::StackSlot,
        size: u32,
        every: bool,
    ) -> Result<(), Refusal> {
        if self.privilege.allows_ptr_leaks() || size == 8 || slot.bytes[7] != Byte::Spill {
            return Ok(());
        }
        if every && matches!(slot.spilled, Value::Scalar(..)) {
            if self.domain.narrow_store_keeps_scalar_spill() {
                return Ok(());
            }
            return Err(unsupported(
                "a narrow store over a spilled scalar before b0e66977dc07 (6.13, 6.12.y)",
            ));
        }
        if self.pruning_unmodelled() {
            // A slot the kernel's liveness finds dead at a checkpoint lets it prune this path
            // before the store (seen on 6.18.44 with a spill on one branch only).
            return Err(unsupported(
                "a narrow store over a spilled pointer after other paths (pruning is not modelled)",
            ));
        }
        Err(self.reject(
            Code::StackSpillCorrupt,
            ErrOperand::Offset,
            "attempt to corrupt spilled pointer on stack".into(),
            EACCES,
        ))
    }

    /// `bpf_map_direct_read`: what a load of `size` bytes at `off` (in bounds) reads from a
    /// frozen read-only map (`bpf_map_is_rdonly`) when the pointer's variable part is
    /// constant, sign-extended for `sx`; `None` when the kernel learns nothing.
    fn rdonly_read(&self, p: &Ptr, m: usize, off: i64, size: u32, sx: bool) -> Option<u64> {
        let value = self.maps.get(m)?.rdonly_value()?;
        if !p.var.var_off.is_const() {
            return None;
        }
        let at = usize::try_from(off + p.var.var_off.value as i64).ok()?;
        let bytes = value.get(at..at.checked_add(size as usize)?)?;
        let mut word = [0u8; 8];
        word[..bytes.len()].copy_from_slice(bytes);
        let v = u64::from_le_bytes(word);
        let shift = 64 - 8 * size;
        Some(match sx {
            true => (((v << shift) as i64) >> shift) as u64,
            false => v,
        })
    }

    /// `check_map_access` (`check_mem_region_access` with `__check_mem_access`).
    pub(super) fn map_access(
        &self,
        r: Reg,
        p: &Ptr,
        m: usize,
        off: i64,
        size: u32,
    ) -> Result<(), Refusal> {
        self.map_region_access(r, p, m, false, off, size)
    }

    /// `check_mem_region_access` of a map's value, or of its key (`PTR_TO_MAP_KEY`).
    pub(super) fn map_region_access(
        &self,
        r: Reg,
        p: &Ptr,
        m: usize,
        key: bool,
        off: i64,
        size: u32,
    ) -> Result<(), Refusal> {
        let info = self.maps.get(m);
        let region = match key {
            true => Region::MapKey(info.map_or(0, |i| i.key_size)),
            false => Region::MapValue(info.map_or(0, |i| i.value_size)),
        };
        self.region_access(r, p, region, off, size)?;
        match key {
            true => Ok(()),
            false => self.lock_untouched(r, p, m, off, size),
        }
    }

    /// `check_mem_region_access`: `size` bytes at `off` (plus the pointer's variable part)
    /// inside `region`. `off` holds the pointer's fixed offset; where that offset is part of
    /// the bounds (7.1) the bounds checks see it there: a negative one is its own refusal,
    /// and its unsigned maximum is unbounded.
    pub(super) fn region_access(
        &self,
        r: Reg,
        p: &Ptr,
        region: Region,
        off: i64,
        size: u32,
    ) -> Result<(), Refusal> {
        let (p, off) = match self.profile.folds_ptr_off_into_var_off() {
            true => (&p.folded(), off - i64::from(p.off)),
            false => (p, off),
        };
        let (what, field, limit) = region.describe();
        let limit = limit as i64;
        let n = r.index();
        let mem = |at: i64| at < 0 || at + size as i64 > limit;
        let text =
            |at: i64| format!("invalid access to {what}, {field}={limit} off={at} size={size}");
        let smin = p.var.smin;
        let lo = smin.checked_add(off).filter(|v| i32::try_from(*v).is_ok());
        if smin < 0 && (smin == i64::MIN || lo.is_none_or(|v| v < 0)) {
            return Err(self.reject_at(
                Code::MapValueBounds,
                self.mem_operand(r),
                Some(r),
                format!("R{n} min value is negative, either use unsigned index or do a if (index >=0) check."),
                EACCES,
            ));
        }
        let Some(lo) = lo else {
            return Err(unsupported(&format!("{what} pointer offset past 32 bits")));
        };
        if mem(lo) {
            let mut msg = text(lo);
            msg.push_str(&format!(
                "\nR{n} min value is outside of the allowed memory range"
            ));
            return Err(self.reject_at(
                Code::MapValueBounds,
                self.mem_operand(r),
                Some(r),
                msg,
                EACCES,
            ));
        }
        if p.var.umax >= 1 << 29 {
            return Err(self.reject_at(
                Code::MapValueBounds,
                self.mem_operand(r),
                Some(r),
                format!("R{n} unbounded memory access, make sure to bounds check any such access"),
                EACCES,
            ));
        }
        let hi = p.var.umax as i64 + off;
        if mem(hi) {
            let msg = format!(
                "{}\nR{n} max value is outside of the allowed memory range",
                text(hi)
            );
            return Err(self.reject_at(
                Code::MapValueBounds,
                self.mem_operand(r),
                Some(r),
                msg,
                EACCES,
            ));
        }
        Ok(())
    }

    /// A store into a global subprogram's memory argument: a pointer stored there leaks
    /// without CAP_PERFMON (`R<n> leaks addr into mem`, not registered: unsupported).
    fn mem_store(
        &self,
        r: Reg,
        p: &Ptr,
        n: u32,
        off: i64,
        bytes: u32,
        stored: Stored,
    ) -> Result<(), Refusal> {
        if let Stored::Reg(_, value) = stored {
            if self.leaky(&value) {
                return Err(unsupported(
                    "a pointer stored into memory without CAP_PERFMON",
                ));
            }
        }
        self.region_access(r, p, Region::Mem(n), off, bytes)
    }

    /// `check_mem_access` of a store through a callback's key: refused.
    /// `check_ptr_to_map_access`: a load or store through a map pointer. Only a
    /// CAP_PERFMON loader reads the map's kernel struct (its `ops->map_btf_id`), at offsets
    /// from 0; what it reads is that struct's layout in the kernel's BTF, not modelled.
    fn map_ptr_access(&self, r: Reg, m: usize, off: i64, write: bool) -> Refusal {
        let map_type = self
            .maps
            .get(m)
            .and_then(|i| skctx::MapType::from_id(i.map_type));
        let Some(name) = map_type.and_then(skctx::MapType::btf_struct) else {
            return unsupported("an access through a map pointer of a type without BTF struct");
        };
        let (message, errno) = if !self.privilege.allows_ptr_leaks() {
            let what = if self.profile.map_ptr_access_says_struct() {
                format!("'struct {name}'")
            } else {
                name.to_string()
            };
            let m = format!("{what} access is allowed only to CAP_PERFMON and CAP_SYS_ADMIN");
            (m, EPERM)
        } else if off < 0 {
            let m = format!(
                "R{} is {name} invalid negative access: off={off}",
                r.index()
            );
            (m, EACCES)
        } else if write {
            (format!("only read from {name} is supported"), EACCES)
        } else {
            return unsupported("a load from a map pointer (the kernel's struct through its BTF)");
        };
        self.reject_reg(Code::MapPtrAccess, r, message, errno)
    }

    fn key_store(&self, r: Reg) -> Refusal {
        self.reject_reg(
            Code::InvalidMemAccess,
            r,
            format!("write to change key R{} not allowed", r.index()),
            EACCES,
        )
    }
}

/// A sized region a pointer points into, with its size in bytes.
#[derive(Debug, Clone, Copy)]
pub(super) enum Region {
    MapValue(u32),
    MapKey(u32),
    /// `PTR_TO_MEM`: a global subprogram's memory argument.
    Mem(u32),
}

impl Region {
    /// How `__check_mem_access` names it: what, its size's name, the size.
    fn describe(self) -> (&'static str, &'static str, u32) {
        match self {
            Region::MapValue(n) => ("map value", "value_size", n),
            Region::MapKey(n) => ("map key", "key_size", n),
            Region::Mem(n) => ("memory", "mem_size", n),
        }
    }
}

/// One byte `k` of `slot` under a variable-offset write (`check_stack_write_var_off`'s
/// loop body); `keeps_zeros`: [`Walker::var_write_keeps_zeros`], `scrubs`: the
/// `var_write_scrubs_spill_slot` row. Returns whether the write's zero kept the byte a zero
/// (`zero_used`).
fn var_write_byte(
    slot: &mut crate::state::StackSlot,
    k: usize,
    writes_zero: bool,
    (keeps_zeros, scrubs): (bool, bool),
) -> bool {
    let spilled_zero = slot.bytes[0] == Byte::Spill
        && matches!(slot.spilled, Value::Scalar(..))
        && slot.spilled.is_null();
    if keeps_zeros && writes_zero && slot.bytes[k] == Byte::Spill && spilled_zero {
        return true;
    }
    slot.spilled = Value::Uninit;
    if scrubs && slot.bytes[7] == Byte::Spill {
        for b in slot.bytes.iter_mut().filter(|b| **b != Byte::Invalid) {
            *b = Byte::Misc;
        }
    }
    if writes_zero && slot.bytes[k] == Byte::Zero {
        return true;
    }
    slot.bytes[k] = Byte::Misc;
    false
}

/// The scalar 0 when every byte read was zero, else an unknown scalar.
fn zero_or_unknown(zero: bool) -> Value {
    if zero {
        Value::scalar(Scalar::known(0))
    } else {
        Value::unknown()
    }
}

/// `s` as a load of `size` bytes leaves it, sign-extended when `sx`.
fn narrow(s: &Scalar, size: Size, sx: bool, domain: &crate::Domain) -> Scalar {
    if sx {
        s.sign_extended(size, domain)
    } else {
        s.truncated(size, domain)
    }
}

/// The pointer kind a load or store first went through, as far as `save_aux_ptr_type`
/// tells kinds apart: the context and sockets each must stay what they were, any other
/// kind may follow any other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum MemType {
    Unseen,
    Ctx,
    Sock,
    Other,
}

impl MemType {
    fn of(kind: PtrKind) -> MemType {
        match kind {
            PtrKind::Ctx => MemType::Ctx,
            PtrKind::Sock => MemType::Sock,
            _ => MemType::Other,
        }
    }

    /// Only the same kind may follow.
    fn strict(self) -> bool {
        matches!(self, MemType::Ctx | MemType::Sock)
    }
}

/// The errno of `check_stack_access_within_bounds`: `EACCES` when the access starts outside
/// `[floor, -1]` (`check_stack_slot_within_bounds`), `EINVAL` when it starts inside and
/// runs past the frame pointer.
fn bounds_errno(start: i64, floor: i64) -> i32 {
    if start < floor || start > -1 {
        EACCES
    } else {
        EINVAL
    }
}
