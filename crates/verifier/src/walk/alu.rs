//! ALU instructions, byte swaps and `ld_imm64` (`check_alu_op`, `adjust_reg_min_max_vals`,
//! `adjust_ptr_min_max_vals`, `check_ld_imm`): scalars through the domain, pointers by the
//! kernel's rules for pointer arithmetic.

use isa::{AluOp, EndianKind, Insn, LdImmKind, Operand, Reg, Width};
use skctx::Code;

use super::sanitize::Regs;
use super::{unsupported, Flow, State, Step, Value, Walker, EACCES, EINVAL};
use crate::bounds::{AluOutcome, Scalar};
use crate::error::Operand as ErrOperand;
use crate::state::{Link, Ptr, PtrKind};

/// `bpf_alu_string`.
fn op_text(op: AluOp) -> &'static str {
    match op {
        AluOp::Add => "+=",
        AluOp::Sub => "-=",
        AluOp::Mul => "*=",
        AluOp::Div | AluOp::SDiv => "/=",
        AluOp::Or => "|=",
        AluOp::And => "&=",
        AluOp::Lsh => "<<=",
        AluOp::Rsh => ">>=",
        AluOp::Neg => "neg",
        AluOp::Mod | AluOp::SMod => "%=",
        AluOp::Xor => "^=",
        AluOp::Mov | AluOp::MovSx(_) => "=",
        AluOp::Arsh => "s>>=",
    }
}

impl Walker<'_> {
    pub(super) fn alu(&mut self, st: &mut State, insn: &Insn) -> Step {
        match *insn {
            Insn::Alu {
                op: AluOp::Mov | AluOp::MovSx(_),
                width,
                dst,
                src,
                ..
            } => self.mov(st, insn, width, dst, src),
            Insn::Alu {
                op: AluOp::Neg,
                width,
                dst,
                ..
            } => self.neg(st, width, dst),
            Insn::Alu {
                op,
                width,
                dst,
                src,
            } => self.binary(st, op, width, dst, src),
            Insn::Endian { kind, bits, dst } => {
                let operand = self.unary_operand(st, dst)?;
                // `le64` on a little-endian host changes nothing: with `scalar_byte_swap`
                // the register keeps its id, so a copy stays linked (seen on 6.18.44).
                let nop = kind == EndianKind::Le && bits == 64;
                if nop && operand.is_some() && self.domain.bswap_tracking() {
                    return Ok(Flow::Next);
                }
                let out = match operand {
                    Some(v) => v.endian(kind, bits, &self.domain),
                    None => Scalar::UNKNOWN,
                };
                st.set(dst, Value::scalar(out));
                Ok(Flow::Next)
            }
            Insn::LdImm64 {
                dst,
                kind,
                imm,
                imm_hi,
            } => self.ld_imm64(st, dst, kind, imm, imm_hi),
            _ => Err(unsupported("not an ALU instruction")),
        }
    }

    /// The operand of NEG and byte swaps: a scalar; a pointer is refused without pointer
    /// leaks allowed, else it becomes an unknown scalar (`check_reg_arg(.., DST_OP)`).
    fn unary_operand(&self, st: &State, dst: Reg) -> Result<Option<Scalar>, super::Refusal> {
        let v = self.read(st, dst)?;
        if self.leaky(&v) {
            return Err(self.reject_reg(
                Code::PtrArith,
                dst,
                format!("R{} pointer arithmetic prohibited", dst.index()),
                EACCES,
            ));
        }
        self.writable(dst)?;
        match v {
            Value::Scalar(s, _) => Ok(Some(s)),
            _ => Ok(None),
        }
    }

    fn neg(&mut self, st: &mut State, width: Width, dst: Reg) -> Step {
        let Some(v) = self.unary_operand(st, dst)? else {
            st.set(dst, Value::unknown());
            return Ok(Flow::Next);
        };
        let out = match v.alu(AluOp::Neg, width, &v, &self.domain) {
            AluOutcome::Value(s) => s,
            AluOutcome::Fork { .. } => return Err(unsupported("NEG fork")),
        };
        st.set(dst, Value::scalar(out));
        Ok(Flow::Next)
    }

    /// MOV and MOVSX (`check_alu_op`, `BPF_MOV`).
    fn mov(&mut self, st: &mut State, insn: &Insn, width: Width, dst: Reg, src: Operand) -> Step {
        let Insn::Alu { op, .. } = *insn else {
            return Err(unsupported("not a MOV"));
        };
        let src = match src {
            Operand::Imm(imm) => {
                self.writable(dst)?;
                st.set(dst, Value::scalar(Scalar::mov_imm(width, imm)));
                return Ok(Flow::Next);
            }
            Operand::Reg(r) => r,
        };
        let v = self.read(st, src)?;
        self.writable(dst)?;
        let out = match v {
            Value::Scalar(s, id) => self.mov_scalar(st, op, width, src, s, id),
            Value::Ptr(_) if op == AluOp::Mov && width == Width::W64 => v,
            Value::Ptr(_) if self.leaky(&v) => {
                let what = match width {
                    Width::W64 => "sign-extension part of",
                    Width::W32 => "partial copy of",
                };
                return Err(self.reject_reg(
                    Code::PtrArith,
                    src,
                    format!("R{} {what} pointer", src.index()),
                    EACCES,
                ));
            }
            // The pointer's bits as an unknown scalar (zero-extended for 32 bits).
            Value::Ptr(_) => {
                match Scalar::UNKNOWN.alu(AluOp::Mov, width, &Scalar::UNKNOWN, &self.domain) {
                    AluOutcome::Value(s) => Value::scalar(s),
                    AluOutcome::Fork { .. } => return Err(unsupported("MOV fork")),
                }
            }
            Value::Uninit => return Err(unsupported("MOV of an uninitialised register")),
        };
        st.set(dst, out);
        Ok(Flow::Next)
    }

    /// MOV of a scalar (`check_alu_op`): the copy stays linked to the source when it has
    /// the same value (always for a 64-bit copy; for a narrowing or sign-extending one when
    /// the source fits), the source getting a link id for it.
    fn mov_scalar(
        &mut self,
        st: &mut State,
        op: AluOp,
        width: Width,
        src: Reg,
        s: Scalar,
        id: Link,
    ) -> Value {
        if !self.links_scalars_on_spill() {
            return self.mov_scalar_unlinked_32(st, op, width, src, s, id);
        }
        let bits = 64 - s.umax.leading_zeros();
        let fits = match op {
            AluOp::MovSx(size) => (bits as u64) < (size.bytes() as u64) * 8,
            _ => width == Width::W64 || bits <= 32,
        };
        if !fits {
            return match s.alu(op, width, &s, &self.domain) {
                AluOutcome::Value(r) => Value::scalar(r),
                AluOutcome::Fork { .. } => Value::unknown(),
            };
        }
        let id = self.link_id(st, src, s, id);
        match (op, width) {
            (AluOp::Mov, Width::W64) => Value::Scalar(s, id),
            _ => match s.alu(op, width, &s, &self.domain) {
                AluOutcome::Value(r) => Value::Scalar(r, id),
                AluOutcome::Fork { .. } => Value::unknown(),
            },
        }
    }

    /// MOV of a scalar before [`skctx::KernelProfile::links_scalars_on_spill`] (6.1): a
    /// 64-bit copy is linked, the source getting an id even when it is a constant; a 32-bit
    /// copy never is.
    fn mov_scalar_unlinked_32(
        &mut self,
        st: &mut State,
        op: AluOp,
        width: Width,
        src: Reg,
        s: Scalar,
        id: Link,
    ) -> Value {
        if (op, width) == (AluOp::Mov, Width::W64) {
            let id = if id.is_linked() {
                id
            } else {
                Link::plain(self.new_id())
            };
            st.set(src, Value::Scalar(s, id));
            return Value::Scalar(s, id);
        }
        match s.alu(op, width, &s, &self.domain) {
            AluOutcome::Value(r) => Value::scalar(r),
            AluOutcome::Fork { .. } => Value::unknown(),
        }
    }

    /// `assign_scalar_id_before_mov`: a copied unknown scalar gets a link id; a source
    /// linked with a delta loses that link first (one delta per link).
    pub(super) fn link_id(&mut self, st: &mut State, src: Reg, s: Scalar, id: Link) -> Link {
        let id = if id.has_delta() { Link::NONE } else { id };
        if id.is_linked() || s.is_const() {
            st.refine(src, Value::Scalar(s, id));
            return id;
        }
        let id = Link::plain(self.new_id());
        st.refine(src, Value::Scalar(s, id));
        id
    }

    /// The link of `dst op= src` on scalars (`adjust_reg_min_max_vals`): kept with a
    /// delta for the addition (and subtraction, [`crate::Domain::linked_sub_alu32`]) of a
    /// constant to a linked register not yet carrying one, dropped otherwise.
    fn link_after_alu(&self, op: AluOp, width: Width, dst: (&Scalar, Link), src: &Scalar) -> Link {
        let (d, link) = dst;
        if !link.is_linked() {
            // Dropped whatever the domain: no flag is read (so none is noted).
            return Link::NONE;
        }
        let sub_alu32 = self.domain.linked_sub_alu32();
        let alu32 = width == Width::W32;
        let op_ok = op == AluOp::Add || (sub_alu32 && op == AluOp::Sub);
        let src_const = match width {
            Width::W64 => src.var_off.is_const(),
            Width::W32 => src.var_off.subreg_is_const(),
        };
        if !self.domain.linked_add_const() || !op_ok || !src_const {
            return Link::NONE;
        }
        if link.has_delta() || (alu32 && (!sub_alu32 || d.umax > u32::MAX as u64)) {
            return Link::NONE;
        }
        let val = match width {
            Width::W64 => src.var_off.value,
            Width::W32 => src.var_off.value as u32 as u64,
        };
        let off = match i32::try_from(val as i64) {
            Ok(off) if sub_alu32 || off >= 0 => off,
            _ if alu32 => val as u32 as i32,
            _ => return Link::NONE,
        };
        let off = match op {
            AluOp::Sub if off == i32::MIN => return Link::NONE,
            AluOp::Sub => -off,
            _ => off,
        };
        let flag = if alu32 {
            Link::ADD_CONST32
        } else {
            Link::ADD_CONST64
        };
        Link {
            id: link.id | flag,
            off,
        }
    }

    /// The two-operand ALU ops: on two scalars [`Walker::binary_scalars`], else pointer
    /// arithmetic.
    fn binary(&mut self, st: &mut State, op: AluOp, width: Width, dst: Reg, src: Operand) -> Step {
        if let Some(flow) = self.binary_scalars(st, op, width, dst, src)? {
            return Ok(flow);
        }
        let s = match src {
            Operand::Reg(r) => self.read(st, r)?,
            Operand::Imm(imm) => Value::scalar(Scalar::known(imm as i64 as u64)),
        };
        let d = self.read(st, dst)?;
        if let Operand::Imm(imm) = src {
            self.check_imm(op, width, imm)?;
        }
        self.writable(dst)?;
        let out = match (d, s) {
            (Value::Ptr(a), Value::Ptr(_)) => self.ptr_ptr(op, width, dst, a)?,
            (Value::Ptr(p), Value::Scalar(off, _)) => {
                let (src_reg, by_reg) = match src {
                    Operand::Reg(r) => (r, true),
                    Operand::Imm(_) => (dst, false),
                };
                let regs = Regs {
                    dst,
                    src: src_reg,
                    swapped: false,
                };
                self.ptr_alu(st, op, width, regs, p, off, (false, by_reg))?
            }
            (Value::Scalar(off, _), Value::Ptr(p)) => {
                let ptr_reg = match src {
                    Operand::Reg(r) => r,
                    Operand::Imm(_) => dst,
                };
                let regs = Regs {
                    dst,
                    src: ptr_reg,
                    swapped: true,
                };
                self.ptr_alu(st, op, width, regs, p, off, (true, true))?
            }
            _ => return Err(unsupported("ALU on an uninitialised register")),
        };
        st.set(dst, out);
        Ok(Flow::Next)
    }

    /// `dst op= src` when both are scalars (`None`: they are not), the registers read in
    /// place: this is most of what long programs compute.
    fn binary_scalars(
        &mut self,
        st: &mut State,
        op: AluOp,
        width: Width,
        dst: Reg,
        src: Operand,
    ) -> Result<Option<Flow>, super::Refusal> {
        let imm;
        let b = match src {
            Operand::Reg(r) => match st.reg(r) {
                Value::Scalar(b, _) => b,
                _ => return Ok(None),
            },
            Operand::Imm(i) => {
                imm = Scalar::known(i as i64 as u64);
                &imm
            }
        };
        let Value::Scalar(a, link) = st.reg(dst) else {
            return Ok(None);
        };
        if let Operand::Imm(imm) = src {
            self.check_imm(op, width, imm)?;
        }
        self.writable(dst)?;
        if let Operand::Reg(_) = src {
            self.sanitize_scalar(op, dst)?;
        }
        let link = match src {
            Operand::Reg(r) if r == dst => Link::NONE,
            _ => self.link_after_alu(op, width, (a, *link), b),
        };
        let out = match a.alu(op, width, b, &self.domain) {
            AluOutcome::Value(r) => Value::Scalar(r, link),
            AluOutcome::Fork { first, pushed } => {
                let mut other = st.clone();
                other.set(dst, Value::scalar(pushed));
                self.push(other, self.pc)?;
                Value::scalar(first)
            }
        };
        st.set(dst, out);
        Ok(Some(Flow::Next))
    }

    /// `div by zero` and `invalid shift` for immediates.
    fn check_imm(&self, op: AluOp, width: Width, imm: i32) -> Result<(), super::Refusal> {
        match op {
            AluOp::Div | AluOp::SDiv | AluOp::Mod | AluOp::SMod if imm == 0 => Err(self.reject(
                Code::DivByZero,
                ErrOperand::Src,
                "div by zero".into(),
                EINVAL,
            )),
            AluOp::Lsh | AluOp::Rsh | AluOp::Arsh => {
                let bits = if width == Width::W64 { 64 } else { 32 };
                if imm < 0 || imm >= bits {
                    return Err(self.reject(
                        Code::InvalidShift,
                        ErrOperand::Src,
                        format!("invalid shift {imm}"),
                        EINVAL,
                    ));
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Both operands pointers: only `ptr -= ptr` with pointer leaks allowed.
    fn ptr_ptr(&self, op: AluOp, width: Width, dst: Reg, _a: Ptr) -> Result<Value, super::Refusal> {
        if op == AluOp::Sub && self.privilege.allows_ptr_leaks() {
            return Ok(Value::unknown());
        }
        let _ = width;
        Err(self.reject_reg(
            Code::PtrPtrArith,
            dst,
            format!(
                "R{} pointer {} pointer prohibited",
                dst.index(),
                op_text(op)
            ),
            EACCES,
        ))
    }

    /// `adjust_ptr_min_max_vals`: pointer `p` (in `ptr_reg`) with scalar `off` into `dst`
    /// (`swapped`: the scalar is the destination; `by_reg`: the scalar is a register, not an
    /// immediate).
    #[allow(clippy::too_many_arguments)]
    fn ptr_alu(
        &mut self,
        st: &State,
        op: AluOp,
        width: Width,
        regs: Regs,
        p: Ptr,
        off: Scalar,
        (swapped, by_reg): (bool, bool),
    ) -> Result<Value, super::Refusal> {
        let n = regs.dst.index();
        let ptr_reg = if regs.swapped { regs.src } else { regs.dst };
        if width == Width::W32 {
            if op == AluOp::Sub && self.privilege.allows_ptr_leaks() {
                return Ok(Value::unknown());
            }
            let m = format!("R{n} 32-bit pointer arithmetic prohibited");
            return Err(self.reject_reg(Code::PtrArith, ptr_reg, m, EACCES));
        }
        self.ptr_arith_allowed(op, (n, ptr_reg), &p, &off)?;
        let type_name = self.type_name(&Value::Ptr(p));
        for (s, fixed) in [(&off, 0), (&p.var, p.off)] {
            if let Some(m) = insane_offset(s, fixed, type_name) {
                return Err(self.reject_reg(Code::PtrArith, ptr_reg, m, EINVAL));
            }
        }
        let sanitized =
            matches!(op, AluOp::Add | AluOp::Sub) && by_reg && !self.privilege.has_perfmon();
        let window = match sanitized {
            true => self.sanitize_before(st, op, regs, p, &off)?,
            false => None,
        };
        let arith = |m: String| self.reject_reg(Code::PtrArith, ptr_reg, m, EACCES);
        let out = match op {
            AluOp::Add => self.ptr_add(p, off, 1),
            AluOp::Sub if swapped => {
                return Err(arith(format!("R{n} tried to subtract pointer from scalar")))
            }
            AluOp::Sub if matches!(p.kind, PtrKind::Stack(_)) => {
                return Err(arith(format!(
                    "R{n} subtraction from stack pointer prohibited"
                )))
            }
            AluOp::Sub => self.ptr_add(p, off, -1),
            AluOp::And | AluOp::Or | AluOp::Xor => {
                return Err(arith(format!(
                    "R{n} bitwise operator {} on pointer prohibited",
                    op_text(op)
                )))
            }
            _ => {
                return Err(arith(format!(
                    "R{n} pointer arithmetic with {} operator prohibited",
                    op_text(op)
                )))
            }
        };
        let mut out = out.ok_or_else(|| unsupported("pointer offset overflow"))?;
        if let Some(m) = self.insane_sum(&out, type_name)? {
            return Err(self.reject_reg(Code::PtrArith, ptr_reg, m, EINVAL));
        }
        out.var.sync(&self.domain);
        self.sanitize_check(n, &out)?;
        if let Some(w) = window {
            self.sanitize_after(op, regs, &out, w)?;
        }
        Ok(Value::Ptr(out))
    }

    /// `check_reg_sane_offset` of a pointer sum, before `reg_bounds_sync`: the refusal's
    /// message, if any. With `sane_offset_ptr_wording` (`check_reg_sane_offset_ptr`) only
    /// a variable part whose minimum is out of range is modelled (the form 6.18.44 showed);
    /// its other forms are unsupported there.
    fn insane_sum(&self, out: &Ptr, type_name: &str) -> Result<Option<String>, super::Refusal> {
        let Some(m) = insane_offset(&out.var, out.off, type_name) else {
            return Ok(None);
        };
        if !self.domain.sane_offset_ptr_wording() {
            return Ok(Some(m));
        }
        let fixed_ok = i64::from(out.off).abs() < MAX_VAR_OFF;
        if out.var.is_const() || out.var.smin == i64::MIN || !fixed_ok {
            return Err(unsupported(
                "a pointer sum out of BPF_MAX_VAR_OFF in a form check_reg_sane_offset_ptr was not seen printing",
            ));
        }
        Ok(Some(format!(
            "{type_name} pointer offset {} is not allowed",
            out.var.smin
        )))
    }

    /// The pointer types arithmetic is allowed on (`adjust_ptr_min_max_vals`'s switch):
    /// not on maybe-NULL pointers, sockets, or a map (but `+= 0`).
    fn ptr_arith_allowed(
        &self,
        op: AluOp,
        (n, ptr_reg): (u8, Reg),
        p: &Ptr,
        off: &Scalar,
    ) -> Result<(), super::Refusal> {
        let name = self.type_name(&Value::Ptr(*p));
        if p.kind.maybe_null() {
            let code = match name {
                "sock_or_null" => Code::SockPtrArith,
                "map_value_or_null" => Code::MapValueNullArith,
                _ => Code::PtrArith,
            };
            let hint =
                name == "map_value_or_null" || self.profile.null_check_hint_on_every_maybe_null();
            let hint = if hint { ", null-check it first" } else { "" };
            return Err(self.reject_reg(
                code,
                ptr_reg,
                format!("R{n} pointer arithmetic on {name} prohibited{hint}"),
                EACCES,
            ));
        }
        let code = match p.kind {
            PtrKind::Ctx
            | PtrKind::Stack(_)
            | PtrKind::MapValue(_)
            | PtrKind::MapKey(_)
            | PtrKind::Mem(_)
            | PtrKind::RdonlyMem(_) => return Ok(()),
            // The kernel allows it and refuses the modified address where it is passed.
            PtrKind::Func(_) => return Err(unsupported("arithmetic on a function's address")),
            PtrKind::Map(_) if off.is_const() && off.smin == 0 && op == AluOp::Add => return Ok(()),
            PtrKind::Map(_) => Code::MapPtrArith,
            PtrKind::Sock => Code::SockPtrArith,
            _ => Code::PtrArith,
        };
        Err(self.reject_reg(
            code,
            ptr_reg,
            format!("R{n} pointer arithmetic on {name} prohibited"),
            EACCES,
        ))
    }

    /// `ptr + sign * off`: a constant goes into the fixed offset, anything else into the
    /// variable part (the kernel's overflow rules: unbounded on overflow), its bounds not
    /// yet synced.
    /// With `folds_ptr_off_into_var_off` (7.1) a pointer with a variable part keeps its whole offset
    /// there (its `off` is 0), as a 7.1 pointer keeps it in its bounds and `var_off`: a
    /// fixed pointer's offset moves into the variable part when a variable is added, and a
    /// constant added to a variable pointer goes into its bounds.
    fn ptr_add(&self, p: Ptr, off: Scalar, sign: i64) -> Option<Ptr> {
        let mut out = p;
        let fold = self.profile.folds_ptr_off_into_var_off() && !(off.is_const() && p.fixed());
        if off.is_const() && !fold {
            let v = (p.off as i64).checked_add(sign * off.smin)?;
            out.off = i32::try_from(v).ok()?;
            return Some(out);
        }
        let a = if fold {
            out.off = 0;
            p.folded().var
        } else {
            p.var
        };
        let b = off;
        let mut v = Scalar::UNKNOWN;
        if sign > 0 {
            if let (Some(lo), Some(hi)) = (a.smin.checked_add(b.smin), a.smax.checked_add(b.smax)) {
                (v.smin, v.smax) = (lo, hi);
            }
            if let (Some(lo), Some(hi)) = (a.umin.checked_add(b.umin), a.umax.checked_add(b.umax)) {
                (v.umin, v.umax) = (lo, hi);
            }
            v.var_off = a.var_off.add(b.var_off);
        } else {
            if let (Some(lo), Some(hi)) = (a.smin.checked_sub(b.smax), a.smax.checked_sub(b.smin)) {
                (v.smin, v.smax) = (lo, hi);
            }
            if a.umin >= b.umax {
                (v.umin, v.umax) = (a.umin - b.umax, a.umax - b.umin);
            }
            v.var_off = a.var_off.sub(b.var_off);
        }
        out.var = v;
        Some(out)
    }

    /// `check_ld_imm`: a constant, a map reference or a function's address.
    fn ld_imm64(&mut self, st: &mut State, dst: Reg, kind: LdImmKind, imm: i32, hi: i32) -> Step {
        self.writable(dst)?;
        let v = match kind {
            LdImmKind::Imm => Value::scalar(Scalar::known(
                (imm as u32 as u64) | ((hi as u32 as u64) << 32),
            )),
            LdImmKind::MapFd | LdImmKind::MapValue => {
                let Some(m) = self.maps.iter().position(|m| m.slot == self.pc.0) else {
                    return Err(unsupported("ld_imm64 of a map the caller did not describe"));
                };
                // One map, one `map_ptr` (what `regsafe` compares): the first reference to it.
                let id = self.maps[m].id;
                let m = self.maps.iter().position(|r| r.id == id).unwrap_or(m);
                if kind == LdImmKind::MapFd {
                    Value::Ptr(Ptr::new(PtrKind::Map(m)))
                } else {
                    let mut p = Ptr::new(PtrKind::MapValue(m));
                    p.off = hi;
                    // Before 6.2 each load of a value holding a lock is its own lock.
                    if self.locks_value(m) && !self.profile.global_spin_lock_id_zero() {
                        p.id = self.new_id();
                    }
                    Value::Ptr(p)
                }
            }
            // `check_ld_imm`: a callback's address, which needs BTF func_info.
            LdImmKind::Func if self.btf => {
                let target = self.pc.0 as i64 + 1 + imm as i64;
                let subprog = self
                    .cfg
                    .subprogs()
                    .iter()
                    .position(|s| s.start.0 as i64 == target)
                    .ok_or_else(|| unsupported("a function address inside a subprogram"))?;
                Value::Ptr(Ptr::new(PtrKind::Func(subprog)))
            }
            LdImmKind::Func => {
                return Err(self.reject(
                    Code::SubprogNeedsBtf,
                    ErrOperand::Insn,
                    "missing btf func_info".into(),
                    EINVAL,
                ))
            }
            _ => return Err(unsupported("ld_imm64 of a kernel symbol")),
        };
        st.set(dst, v);
        Ok(Flow::Next)
    }
}

/// `check_reg_sane_offset` of one operand of pointer arithmetic (a scalar, or a pointer's
/// variable part `s` and fixed offset `fixed`) on a pointer of type `type_name`: the
/// kernel's message when it refuses it (EINVAL), in the kernel's order.
fn insane_offset(s: &Scalar, fixed: i32, type_name: &str) -> Option<String> {
    let out = |v: i64| v >= MAX_VAR_OFF || v <= -MAX_VAR_OFF;
    if s.is_const() && out(s.smin) {
        Some(format!(
            "math between {type_name} pointer and {} is not allowed",
            s.smin
        ))
    } else if out(i64::from(fixed)) {
        Some(format!("{type_name} pointer offset {fixed} is not allowed"))
    } else if s.smin == i64::MIN {
        Some(format!(
            "math between {type_name} pointer and register with unbounded min value is not allowed"
        ))
    } else if out(s.smin) {
        Some(format!(
            "value {} makes {type_name} pointer be out of bounds",
            s.smin
        ))
    } else {
        None
    }
}

/// `BPF_MAX_VAR_OFF`.
pub(super) const MAX_VAR_OFF: i64 = 1 << 29;
