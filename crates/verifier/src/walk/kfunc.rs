//! Kfunc calls other than the iterators' (`check_kfunc_call`, `check_kfunc_args`): the
//! sections skctx's [`Section`] names, opened and closed by the function's identity
//! (`bpf_rcu_read_lock`/`_unlock`: one RCU section, no nesting on 6.18; `bpf_preempt_disable`
//! /`_enable`: a count), and the casts `bpf_cast_to_kern_ctx` (the unmodified context in,
//! `struct bpf_sk_lookup_kern` out) and `bpf_rdonly_cast` (anything and a constant type id
//! in; only `void`, id 0, modelled), and the read-only string kfuncs (`bpf_strlen`, ...:
//! strings not checked (`__ign`), scalars, an unknown `int` back).
//!
//! A section open at the main program's or a global function's exit, or at a tail call, is
//! refused (`check_resource_leak` and its predecessors, per release: [`names_region`]); a
//! static subprogram or a callback may return with one open. With preemption disabled a
//! global function could not be called before 6.14.
//!
//! The casts' results ([`PtrKind::Kernel`]) need the kernel's BTF for any access: this walk
//! only copies them (`rX = rY`) and refuses them as a main program's R0; any other
//! instruction reading one is unsupported ([`Walker::kernel_ptr_use`]).
//!
//! Not modelled (`unsupported`): other kfuncs, non-GPL programs, `bpf_rdonly_cast` of a type
//! id other than 0, NULL given to `bpf_cast_to_kern_ctx` and an open preemption section at a
//! global call between 6.13 and 6.17 (never seen), and a second RCU lock from 6.19 (nested
//! sections, unconfirmed).

use isa::{AluOp, Insn, Operand, Reg, Width};
use skctx::kfuncs::{KfuncArg, KfuncRet, Section, SectionEdge};
use skctx::{Code, KernelVersion, Kfunc};

use super::{unsupported, Flow, Refusal, State, Step, Value, Walker, EACCES, EINVAL};
use crate::error::Operand as ErrOperand;
use crate::state::{KernelPtr, Ptr, PtrKind};

fn kernel_ptr(kind: KernelPtr) -> Value {
    Value::Ptr(Ptr::new(PtrKind::Kernel(kind)))
}

/// "unify resource leak checks" (~6.14): exits name the instruction and the region, after
/// the reference leaks, and a global call with preemption disabled is no longer refused
/// for it (6.18.44; 6.14 to 6.17 unconfirmed). The same change as
/// [`skctx::KernelProfile::reference_leak_has_second_line`].
fn names_region(profile: skctx::KernelProfile) -> bool {
    profile.reference_leak_has_second_line()
}

/// The kernel's name of a section in `check_resource_leak`'s refusal.
fn region(section: Section) -> &'static str {
    match section {
        Section::Rcu => "bpf_rcu_read_lock",
        Section::Preempt => "bpf_preempt_disable",
    }
}

impl Walker<'_> {
    /// `check_kfunc_call` for `call kfunc(id)`: iterator kfuncs in `walk/iter.rs`.
    pub(super) fn kfunc(&mut self, st: &mut State, id: i32) -> Step {
        let k = skctx::kfunc_by_id(id).ok_or_else(|| unsupported("a kfunc not in skctx"))?;
        if k.iter().is_some() {
            return self.kfunc_call(st, id);
        }
        if !self.gpl {
            return Err(unsupported(
                "a kfunc call from a non-GPL program (refused before the walk)",
            ));
        }
        let mut constant = None;
        for (i, arg) in k.args.iter().enumerate() {
            let r = Reg::new(i as u8 + 1).expect("R1-R5");
            match arg {
                KfuncArg::Ctx => self.kfunc_ctx_arg(st, i, r)?,
                KfuncArg::Ignored => {}
                KfuncArg::Constant => constant = Some(self.kfunc_constant_arg(st, r)?),
                KfuncArg::Int => self.kfunc_scalar_arg(st, r)?,
                KfuncArg::Iter(_) => {
                    return Err(unsupported("an iterator argument of another kfunc"))
                }
            }
        }
        if let Some(edge) = k.section {
            self.section_edge(st, k, edge)?;
        }
        let r0 = match k.ret {
            KfuncRet::Void => Value::Uninit,
            KfuncRet::Int => Value::unknown(),
            KfuncRet::KernCtx => kernel_ptr(KernelPtr::KernCtx),
            KfuncRet::RdonlyCast => kernel_ptr(self.rdonly_cast(k, constant.unwrap_or(0))?),
            KfuncRet::IterValue { .. } => {
                return Err(unsupported("an iterator's return from another kfunc"))
            }
        };
        self.kernel_ptrs |= matches!(k.ret, KfuncRet::KernCtx | KfuncRet::RdonlyCast);
        for n in 1..=5u8 {
            st.set(Reg::new(n).expect("R1-R5"), Value::Uninit);
        }
        st.set(Reg::R0, r0);
        Ok(Flow::Next)
    }

    /// `KF_ARG_PTR_TO_CTX`: `check_func_arg_reg_off`, then the type.
    fn kfunc_ctx_arg(&self, st: &State, i: usize, r: Reg) -> Result<(), Refusal> {
        let v = *st.reg(r);
        match v {
            Value::Uninit => {
                // An uninitialised register's offset is unknown to `__check_ptr_off_reg`.
                let message = "variable ? access var_off=(0x0; 0xffffffffffffffff) disallowed";
                return Err(self.reject_reg(Code::KfuncArg, r, message.into(), EACCES));
            }
            Value::Scalar(s, _) if s.is_const() && s.var_off.value == 0 => {
                if self.profile.has(KernelVersion::new(6, 18)) {
                    let message = format!("Possibly NULL pointer passed to trusted arg{i}");
                    return Err(self.reject_reg(Code::KfuncArg, r, message, EACCES));
                }
                if self.profile.has(KernelVersion::new(6, 13)) {
                    return Err(unsupported(
                        "NULL as bpf_cast_to_kern_ctx's argument (6.13-6.17)",
                    ));
                }
            }
            Value::Ptr(p) if p.kind == PtrKind::Ctx => return self.ctx_ptr_unmodified(r, &p),
            Value::Scalar(..) => {}
            Value::Ptr(p) => match p.kind {
                PtrKind::Stack(_) | PtrKind::MapValue(_) => {}
                PtrKind::Sock if p.off == 0 && p.fixed() => {}
                _ => {
                    return Err(unsupported(
                        "this pointer as bpf_cast_to_kern_ctx's argument",
                    ))
                }
            },
        }
        let message = format!(
            "arg#{i} expected pointer to ctx, but got {}",
            self.type_name(&v)
        );
        Err(self.reject_reg(Code::KfuncArg, r, message, EINVAL))
    }

    /// A scalar parameter: any scalar.
    fn kfunc_scalar_arg(&self, st: &State, r: Reg) -> Result<(), Refusal> {
        if matches!(st.reg(r), Value::Scalar(..)) {
            return Ok(());
        }
        let message = format!("R{} is not a scalar", r.index());
        Err(self.reject_reg(Code::HelperArgType, r, message, EINVAL))
    }

    /// A scalar parameter named `__k`: a known constant, made precise.
    fn kfunc_constant_arg(&mut self, st: &State, r: Reg) -> Result<u64, Refusal> {
        let n = r.index();
        let Value::Scalar(s, _) = *st.reg(r) else {
            let message = format!("R{n} is not a scalar");
            return Err(self.reject_reg(Code::HelperArgType, r, message, EINVAL));
        };
        if !s.is_const() {
            let message = format!("R{n} must be a known constant");
            return Err(self.reject_reg(Code::KfuncArg, r, message, EINVAL));
        }
        self.precise(st, r)?;
        Ok(s.var_off.value)
    }

    /// `bpf_rdonly_cast`'s type: `void` (id 0) is untrusted read-only memory on 6.18.44
    /// and refused before (6.12.118: only a struct); any other id needs the kernel's BTF.
    fn rdonly_cast(&self, k: &Kfunc, id: u64) -> Result<KernelPtr, Refusal> {
        if id != 0 {
            return Err(unsupported(
                "bpf_rdonly_cast of a kernel type (needs its BTF)",
            ));
        }
        if self.profile.has(KernelVersion::new(6, 18)) {
            return Ok(KernelPtr::RdonlyUntrusted);
        }
        if self.profile.has(KernelVersion::new(6, 13)) {
            return Err(unsupported("bpf_rdonly_cast to void (6.13-6.17)"));
        }
        let message = format!("kfunc {} type ID argument must be of a struct", k.name);
        Err(self.reject(Code::KfuncArg, ErrOperand::Insn, message, EINVAL))
    }

    /// What `k` does to the path's open sections.
    fn section_edge(&self, st: &mut State, k: &Kfunc, edge: SectionEdge) -> Result<(), Refusal> {
        let s = &mut st.sections;
        let refused = match edge {
            SectionEdge::Open(Section::Rcu) if s.rcu => {
                if self.profile.has(KernelVersion::new(6, 19)) {
                    return Err(unsupported("a nested RCU section (counted after 6.18)"));
                }
                "nested rcu read lock"
            }
            SectionEdge::Close(Section::Rcu) if !s.rcu => "unmatched rcu read unlock",
            SectionEdge::Close(Section::Preempt) if s.preempt == 0 => {
                "unmatched attempt to enable preemption"
            }
            SectionEdge::Open(Section::Rcu) | SectionEdge::Close(Section::Rcu) => {
                s.rcu = !s.rcu;
                return Ok(());
            }
            SectionEdge::Open(Section::Preempt) => {
                s.preempt += 1;
                return Ok(());
            }
            SectionEdge::Close(Section::Preempt) => {
                s.preempt -= 1;
                return Ok(());
            }
        };
        let message = format!("{refused} (kernel function {})", k.name);
        Err(self.reject(Code::SectionUnmatched, ErrOperand::Insn, message, EINVAL))
    }

    /// The open section an exit or a tail call (`what`, as the kernel names it) may not
    /// leave, `check_resource_leak`'s order: RCU, then preemption.
    fn open_section(&self, st: &State, what: &str) -> Result<(), Refusal> {
        let open = if st.sections.rcu {
            Section::Rcu
        } else if st.sections.preempt > 0 {
            Section::Preempt
        } else {
            return Ok(());
        };
        let message = format!("{what} cannot be used inside {}-ed region", region(open));
        Err(self.reject(Code::SectionOpen, ErrOperand::Insn, message, EINVAL))
    }

    /// A main program's or global function's exit with a section open: before
    /// [`names_region`], checked before the references and saying what is missing
    /// (`before_refs`); from it, after them.
    pub(super) fn section_at_exit(&self, st: &State, before_refs: bool) -> Result<(), Refusal> {
        if names_region(self.profile) {
            if !before_refs {
                return self.open_section(st, "BPF_EXIT instruction in main prog");
            }
            return Ok(());
        }
        if !before_refs {
            return Ok(());
        }
        let message = match st.sections {
            s if s.rcu => "bpf_rcu_read_unlock is missing".to_string(),
            s if s.preempt == 1 => "1 bpf_preempt_enable is missing".to_string(),
            s if s.preempt > 1 => format!("{} bpf_preempt_enable(s) are missing", s.preempt),
            _ => return Ok(()),
        };
        Err(self.reject(Code::SectionOpen, ErrOperand::Insn, message, EINVAL))
    }

    /// `bpf_tail_call` with a section open (after the reference leaks).
    pub(super) fn section_at_tail_call(&self, st: &State) -> Result<(), Refusal> {
        self.open_section(st, "tail_call")
    }

    /// A global function called with preemption disabled: refused before [`names_region`],
    /// accepted on 6.18.44.
    pub(super) fn section_at_global_call(&self, st: &State) -> Result<(), Refusal> {
        if st.sections.preempt == 0 || self.profile.has(KernelVersion::new(6, 18)) {
            return Ok(());
        }
        if names_region(self.profile) {
            return Err(unsupported(
                "a global call with preemption disabled (6.14-6.17)",
            ));
        }
        let message =
            "global function calls are not allowed with preemption disabled,\nuse static function instead";
        Err(self.reject(Code::SectionOpen, ErrOperand::Insn, message.into(), EINVAL))
    }

    /// An instruction reading a [`PtrKind::Kernel`] pointer other than as a 64-bit copy, an
    /// exit's R0 (a trusted context pointer) or a kfunc's ignored (`__ign`) argument.
    /// Nothing to look for before a kfunc made the walk's first kernel pointer.
    pub(super) fn kernel_ptr_use(&self, st: &State, insn: &Insn) -> Result<(), Refusal> {
        let kernel = |r: usize| {
            matches!(
                st.cur().regs.get(r),
                Some(Value::Ptr(Ptr {
                    kind: PtrKind::Kernel(_),
                    ..
                }))
            )
        };
        debug_assert!(
            self.kernel_ptrs
                || !st.frames.iter().flat_map(|f| &f.regs).any(|v| {
                    matches!(
                        v,
                        Value::Ptr(Ptr {
                            kind: PtrKind::Kernel(_),
                            ..
                        })
                    )
                }),
            "a kernel pointer the walk did not note making"
        );
        if !self.kernel_ptrs || !(0..=10).any(kernel) {
            return Ok(());
        }
        let mut uses = match *insn {
            Insn::Alu {
                op: AluOp::Mov,
                width: Width::W64,
                src: Operand::Reg(_),
                ..
            } => return Ok(()),
            Insn::Exit => {
                let ctx = Value::Ptr(Ptr::new(PtrKind::Kernel(KernelPtr::KernCtx)));
                if !kernel(0) || *st.reg(Reg::R0) == ctx {
                    return Ok(());
                }
                1
            }
            _ => super::liveness::def_use(&self.cfg.raw()[self.pc.0]).1,
        };
        if let Insn::Call(isa::CallKind::Kfunc { btf_id, .. }) = *insn {
            let args = skctx::kfunc_by_id(btf_id).map_or(&[][..], |k| k.args);
            for (i, _) in args
                .iter()
                .enumerate()
                .filter(|(_, a)| **a == KfuncArg::Ignored)
            {
                uses &= !(1 << (i + 1));
            }
        }
        match (0..=10).find(|&r| uses & (1 << r) != 0 && kernel(r)) {
            Some(_) => Err(unsupported(
                "a use of a pointer into the kernel (its accesses need the kernel's BTF)",
            )),
            None => Ok(()),
        }
    }
}
