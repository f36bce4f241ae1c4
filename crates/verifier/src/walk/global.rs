//! Global subprograms at their call sites and exits: a call checks its arguments against
//! the callee's BTF prototype and goes on as if the callee returned an unknown scalar
//! (`check_func_call`, `btf_check_func_arg_match`: the callee is walked on its own, from
//! [`crate::state::State::global_entry`], by [`Walker::verdict`]); a global subprogram's
//! own `exit` needs any scalar in R0 (`check_return_code` with `is_subprog`).

use isa::Reg;
use skctx::runtime::ExitValue;
use skctx::Code;

use super::{unsupported, Flow, Refusal, State, Step, Value, Walker, EINVAL};
use crate::btf::Arg;
use crate::error::Operand;
use crate::state::PtrKind;

impl Walker<'_> {
    /// Whether `subprog` is a global subprogram.
    pub(super) fn is_global(&self, subprog: usize) -> bool {
        self.globals.get(subprog).is_some_and(Option::is_some)
    }

    /// A call to global subprogram `subprog`: arguments checked, R1-R5 cleared, R0 an
    /// unknown scalar, the callee marked for its own walk.
    pub(super) fn global_call(&mut self, st: &mut State, subprog: usize) -> Step {
        let globals = self.globals;
        let Some(global) = &globals[subprog] else {
            return Err(unsupported("a static subprogram called as a global one"));
        };
        for (k, arg) in global.args.iter().enumerate() {
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
        st.set(Reg::R0, Value::unknown());
        Ok(Flow::Next)
    }

    /// The kernel's line for argument `k` (in `r`) that does not match `arg`.
    fn arg_mismatch(
        &self,
        st: &State,
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
            Arg::Unsupported(what) => return Err(unsupported(what)),
        })
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
    /// scalar, whatever its value.
    pub(super) fn global_exit(&mut self, st: &State) -> Step {
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
