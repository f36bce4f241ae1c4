//! Global subprograms at their call sites and exits: a call checks its arguments against
//! the callee's BTF prototype and goes on as if the callee returned an unknown scalar
//! (`check_func_call`, `btf_check_func_arg_match`: the callee is walked on its own, from
//! [`crate::state::State::global_entry`], by [`Walker::verdict`]); a global subprogram's
//! own `exit` needs any scalar in R0 (`check_return_code` with `is_subprog`).

use isa::Reg;
use skctx::runtime::ExitValue;
use skctx::Code;

use super::{unsupported, Flow, Refusal, State, Step, Value, Walker, EINVAL};
use crate::btf::{Arg, ProtoRefusal};
use crate::error::{Operand, Rejection};
use crate::state::{Ptr, PtrKind};

impl Walker<'_> {
    /// Whether `subprog` is a global subprogram.
    pub(super) fn is_global(&self, subprog: usize) -> bool {
        self.globals.get(subprog).is_some_and(Option::is_some)
    }

    /// A call to global subprogram `subprog`: arguments checked, R1-R5 cleared, R0 an
    /// unknown scalar (uninitialised after a `void` one), the callee marked for its own walk.
    pub(super) fn global_call(&mut self, st: &mut State, subprog: usize) -> Step {
        self.global_call_held(st)?;
        self.section_at_global_call(st)?;
        let globals = self.globals;
        let Some(global) = &globals[subprog] else {
            return Err(unsupported("a static subprogram called as a global one"));
        };
        let args = match &global.args {
            Ok(args) => args,
            Err(refusal) => {
                let last = self.invalid_args(subprog, &global.name);
                return Err(self.proto_refusal(refusal, Some(last)));
            }
        };
        for (k, arg) in args.iter().enumerate() {
            let r = Reg::new(k as u8 + 1).expect("R1-R5");
            if let Some(line) = self.arg_mismatch(st, k, r, arg)? {
                return Err(self.reject(
                    Code::GlobalFuncArgs,
                    Operand::Insn,
                    format!("{line}\n{}", self.invalid_args(subprog, &global.name)),
                    EINVAL,
                ));
            }
        }
        self.called[subprog] = true;
        for n in 1..=5u8 {
            st.set(Reg::new(n).expect("R1-R5"), Value::Uninit);
        }
        // A `void` one leaves R0 as the caller-saved registers: uninitialised.
        let r0 = if global.returns_void {
            Value::Uninit
        } else {
            Value::unknown()
        };
        st.set(Reg::R0, r0);
        Ok(Flow::Next)
    }

    /// The kernel's line for argument `k` (in `r`) that does not match `arg`.
    fn arg_mismatch(
        &mut self,
        st: &mut State,
        k: usize,
        r: Reg,
        arg: &Arg,
    ) -> Result<Option<String>, Refusal> {
        let v = st.reg(r);
        Ok(match arg {
            Arg::Scalar if matches!(v, Value::Scalar(..)) => None,
            Arg::Scalar => Some(format!("R{} is not a scalar", r.index())),
            Arg::Ctx => match v {
                Value::Ptr(p) if !(p.off == 0 && p.fixed()) => {
                    return Err(unsupported(
                        "a global subprogram's pointer argument with an offset",
                    ))
                }
                Value::Ptr(p) if p.kind == PtrKind::Ctx => None,
                _ if self.profile.verifies_global_subprogs_lazily() => {
                    Some(format!("arg#{k} expects pointer to ctx"))
                }
                // `btf_type_str` of the parameter's BTF type.
                _ => Some(format!("arg#{k} expected pointer to ctx, but got PTR")),
            },
            &Arg::Mem { size, nonnull } => self.mem_arg_mismatch(st, k, r, size, nonnull)?,
            Arg::Unsupported(what) => return Err(unsupported(what)),
        })
    }

    /// `btf_prepare_func_args` refused a global subprogram's prototype: where every global
    /// subprogram is verified up front, before its first instruction (no instruction named);
    /// otherwise at a call, whose refusal ends with `call_line`.
    pub(super) fn proto_refusal(&self, r: &ProtoRefusal, call_line: Option<String>) -> Refusal {
        let Some(call_line) = call_line else {
            return Refusal::Rejected(Box::new(Rejection {
                pc: None,
                operand: None,
                code: Code::GlobalFuncProto,
                message: r.line.clone(),
                kernel_message: r.line.clone(),
                errno: r.errno,
                related: None,
            }));
        };
        self.reject(
            Code::GlobalFuncProto,
            Operand::Insn,
            format!("{}\n{call_line}", r.line),
            r.errno,
        )
    }

    /// A global subprogram's argument register on entry to its own walk (`do_check_common`):
    /// an unknown scalar, the context, or memory of the argument's size with a fresh id,
    /// maybe NULL unless tagged `arg:nonnull` on a kernel that reads the tag.
    pub(super) fn global_arg_value(&mut self, arg: &Arg) -> Result<Value, Refusal> {
        Ok(match arg {
            Arg::Ctx => Value::Ptr(Ptr::new(PtrKind::Ctx)),
            &Arg::Mem { size, nonnull } => {
                let kind = if nonnull && self.profile.reads_global_arg_tags() {
                    PtrKind::Mem(size)
                } else {
                    PtrKind::MemOrNull(size)
                };
                let mut p = Ptr::new(kind);
                p.id = self.new_id();
                Value::Ptr(p)
            }
            Arg::Scalar => Value::unknown(),
            Arg::Unsupported(what) => return Err(unsupported(what)),
        })
    }

    /// `check_mem_reg` for memory argument `k` of `size` bytes (in `r`): NULL, or memory
    /// the callee may read and write; not NULL where `arg:nonnull` counts. The kernel's
    /// line when it does not match; the stack bytes it covers are clobbered when it does
    /// (the callee may write them).
    fn mem_arg_mismatch(
        &mut self,
        st: &mut State,
        k: usize,
        r: Reg,
        size: u32,
        nonnull: bool,
    ) -> Result<Option<String>, Refusal> {
        let v = *st.reg(r);
        let non_null = format!("arg#{k} is expected to be non-NULL");
        let must_be_set = nonnull && self.profile.reads_global_arg_tags();
        let p = match v {
            Value::Uninit => return Err(unsupported("an uninitialised memory argument")),
            Value::Scalar(s, _) if s.is_const() && s.var_off.value == 0 => {
                let refused = nonnull && self.profile.refuses_null_for_nonnull_global_arg();
                return Ok(refused.then_some(non_null));
            }
            Value::Ptr(p)
                if matches!(
                    p.kind,
                    PtrKind::Stack(_)
                        | PtrKind::MapValue(_)
                        | PtrKind::MapValueOrNull(_)
                        | PtrKind::Mem(_)
                        | PtrKind::MemOrNull(_)
                ) =>
            {
                p
            }
            _ => {
                return Ok(Some(format!(
                    "R{} type={} expected=fp",
                    r.index(),
                    self.type_name(&v)
                )))
            }
        };
        let checked = Ptr {
            kind: match p.kind {
                PtrKind::MapValueOrNull(m) => PtrKind::MapValue(m),
                PtrKind::MemOrNull(n) => PtrKind::Mem(n),
                kind => kind,
            },
            ..p
        };
        st.refine(r, Value::Ptr(checked));
        let access = self.global_mem_access(st, r, &checked, size);
        st.refine(r, v);
        if let Some(line) = access? {
            return Ok(Some(line));
        }
        Ok((must_be_set && p.kind.maybe_null()).then_some(non_null))
    }

    /// The access `check_mem_reg` makes: the kernel's message when it fails.
    fn global_mem_access(
        &mut self,
        st: &mut State,
        r: Reg,
        p: &Ptr,
        size: u32,
    ) -> Result<Option<String>, Refusal> {
        let mut meta = Default::default();
        match self.helper_mem(st, r, size as u64, true, false, &mut meta) {
            Ok(()) => {}
            Err(Refusal::Rejected(e)) => return Ok(Some(e.kernel_message)),
            Err(e) => return Err(e),
        }
        if let PtrKind::Stack(_) = p.kind {
            self.clobber_stack(st, p, size);
        }
        Ok(None)
    }

    /// The call site's last line.
    fn invalid_args(&self, subprog: usize, name: &str) -> String {
        if self.profile.verifies_global_subprogs_lazily() {
            format!("Caller passes invalid args into func#{subprog} ('{name}')")
        } else {
            format!("Caller passes invalid args into func#{subprog}")
        }
    }

    /// `exit` in frame 0 of a global subprogram (no reference held): R0 initialised and a
    /// scalar, whatever its value; a `void` one's R0 is not read.
    pub(super) fn global_exit(&mut self, st: &State) -> Step {
        let subprog = st.cur().subprog;
        if self.globals[subprog]
            .as_ref()
            .is_some_and(|g| g.returns_void)
        {
            return Ok(Flow::End);
        }
        let r0 = match st.reg(Reg::R0) {
            Value::Uninit => ExitValue::Uninit,
            Value::Scalar(..) => return Ok(Flow::End),
            v if self.leaky(v) => ExitValue::Pointer {
                type_name: self.type_name(v),
            },
            v => {
                return Err(self.reject_at(
                    Code::RetvalPointer,
                    Operand::Insn,
                    Some(Reg::R0),
                    format!(
                        "At subprogram exit the register R0 is not a scalar value ({})",
                        self.type_name(v)
                    ),
                    EINVAL,
                ))
            }
        };
        let e = skctx::check_return(self.profile, self.privilege, r0)
            .err()
            .ok_or_else(|| unsupported("a global subprogram's R0 at exit"))?;
        Err(self.reject_at(
            e.code(),
            Operand::Insn,
            Some(Reg::R0),
            e.kernel_message(),
            e.errno(),
        ))
    }
}
