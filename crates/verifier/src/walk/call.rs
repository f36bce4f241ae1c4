//! Helper calls (`check_helper_call`, `check_func_arg`): the prototype from skctx (offered
//! set, GPL, argument kinds, return kind, reference effect), map compatibility, the memory
//! arguments on the stack or in a map value, R1-R5 clobbered, references acquired and
//! released.

use isa::{CallKind, Reg};
use skctx::{ArgKind, Code, Helper, RefEffect, RetKind};

use super::mem::Region;
use super::precision::Bt;
use super::{
    unsupported, Flow, Refusal, State, Step, Value, Walker, EACCES, EFAULT, EINVAL, ENOTSUPP,
};
use crate::bounds::Scalar;
use crate::error::Operand;
use crate::state::{stack_pos, Byte, Frame, Ptr, PtrKind, RefState};

use skctx::limits::MAX_CALL_FRAMES;

/// `ARG_CONST_SIZE` and friends: the largest size `check_mem_size_reg` accepts.
const MAX_VAR_SIZE: u64 = 1 << 29;

/// Helpers whose result the kernel refines from facts this verifier lacks (string lengths)
/// or whose effect it does not model; `bpf_get_smp_processor_id`: [`smp_processor_id`].
const NOT_MODELLED: [&str; 3] = [
    "probe_read_user_str",
    "probe_read_kernel_str",
    "get_task_stack",
];

/// What kind of access a helper makes to a memory argument.
#[derive(Clone, Copy)]
struct Access {
    /// `ARG_CONST_SIZE_OR_ZERO`.
    zero_ok: bool,
    /// The helper writes the memory.
    write: bool,
    /// Raw mode (a constant size): a written stack range needs no initialization and is
    /// written after the call.
    raw: bool,
}

/// Why a subprogram's tail call is not modelled.
pub(super) const SUBPROG_TAIL_CALL: &str =
    "a tail call in a subprogram (its return type and the 256-byte stack rule)";

/// What the arguments told the call (`struct bpf_call_arg_meta`).
#[derive(Default)]
pub(super) struct Meta {
    map: Option<usize>,
    ref_id: u32,
    release: Option<Reg>,
    /// A memory argument the helper writes: (register, size).
    raw: Option<(Reg, u32)>,
    /// `const_map_key`: the key, when it is a constant on the stack.
    const_key: Option<u64>,
    /// `ARG_CONST_ALLOC_SIZE_OR_ZERO`: the size of the memory the helper returns.
    mem_size: u32,
    /// The dynptr argument's stack slots.
    dynptr: Option<super::dynptr::DynptrAt>,
}

/// Kernels that know an array lookup with a constant in-bounds key is not NULL, and whose
/// helpers reading the stack leave it as it was (`MEM_WRITE` argument flags): "eliding map
/// lookup nullness" (Dec 2024, ~6.14, UNCONFIRMED release).
fn elides_nullness(profile: skctx::KernelProfile) -> bool {
    profile.has(skctx::KernelVersion::new(6, 14))
}

/// `can_elide_value_nullness`: ARRAY and PERCPU_ARRAY.
fn elidable(map_type: u32) -> bool {
    matches!(
        skctx::MapType::from_id(map_type),
        Some(skctx::MapType::Array | skctx::MapType::PercpuArray)
    )
}

impl Walker<'_> {
    pub(super) fn call(&mut self, st: &mut State, kind: CallKind) -> Step {
        self.call_while_locked(st, kind)?;
        let id = match kind {
            CallKind::Helper(id) => id,
            CallKind::Local(imm) => return self.local_call(st, imm),
            CallKind::Kfunc { btf_id, .. } => return self.kfunc(st, btf_id),
        };
        let helper = skctx::check_helper_call(self.profile, self.privilege, id as i64, self.gpl)
            .map_err(|e| self.reject(e.code(), Operand::Insn, e.kernel_message(), e.errno()))?;
        let proto = helper
            .proto
            .ok_or_else(|| unsupported("a helper without a prototype"))?;
        if NOT_MODELLED.contains(&helper.name) || !modelled(proto.args, proto.ret) {
            return Err(unsupported(&format!("helper {}", helper.kernel_name())));
        }
        let cpu_bound = match helper.name {
            "get_smp_processor_id" => smp_processor_id(self.profile)?,
            _ => None,
        };
        let callback = if self.btf && proto.args.contains(&ArgKind::PtrToFunc) {
            Some(Callback::of(helper)?)
        } else {
            None
        };
        let mut meta = Meta::default();
        for i in 0..proto.args.len() {
            let r = Reg::new(i as u8 + 1).expect("R1-R5");
            let arg = helper
                .arg_kind(i, self.profile)
                .expect("an argument of the prototype");
            self.arg(st, helper, r, arg, &mut meta)?;
        }
        if helper.name == "dynptr_from_mem" {
            self.dynptr_from_mem_data(st)?;
        }
        if let Some(r) = meta.release {
            let v = *st.reg(r);
            if let Value::Ptr(p) = v {
                if !st.release(p.ref_id, self.invalid()) {
                    return Err(unsupported("release of a reference not held"));
                }
            }
        }
        if helper.name == "tail_call" {
            self.tail_call(st, &meta)?;
        }
        if helper.name == "snprintf" {
            self.snprintf_format(st)?;
        }
        if callback == Some(Callback::ForEachMapElem) {
            self.for_each_map(&meta)?;
        }
        if let Some(m) = meta.map {
            let ty = self.maps.get(m).map_or(0, |m| m.map_type);
            skctx::check_map_func_compatibility(self.profile, ty, helper.id)
                .map_err(|e| self.reject_reg(e.code(), Reg::R1, e.kernel_message(), e.errno()))?;
        }
        if let Some((r, size)) = meta.raw {
            self.helper_wrote(st, r, size)?;
        }
        let once = callback.filter(|_| !self.domain.callback_iteration());
        let entered = once
            .map(|cb| self.callback_frame(st, cb, &meta))
            .transpose()?;
        match callback {
            Some(Callback::Loop) if once.is_none() => self.loop_callback(st, &meta)?,
            Some(cb) if once.is_none() => self.push_callback(st, cb, &meta)?,
            _ => {}
        }
        for n in 1..=5u8 {
            st.set(Reg::new(n).expect("R1-R5"), Value::Uninit);
        }
        let r0 = match cpu_bound {
            Some(max) => {
                let mut s = Scalar {
                    smin: 0,
                    smax: max as i64,
                    umin: 0,
                    umax: max,
                    s32_min: 0,
                    s32_max: max as i32,
                    u32_min: 0,
                    u32_max: max as u32,
                    ..Scalar::UNKNOWN
                };
                s.sync(&self.domain);
                Value::scalar(s)
            }
            None => self.ret(st, helper, proto.ret, proto.refs, &meta)?,
        };
        st.set(Reg::R0, r0);
        match entered {
            Some((callee, start)) => {
                st.frames.push(callee);
                Ok(Flow::Goto(start))
            }
            None => Ok(Flow::Next),
        }
    }

    /// A BPF-to-BPF call (`check_func_call`, `setup_func_entry`): the callee gets a new
    /// frame with the caller's R1-R5; the caller's R0-R5 become uninitialised.
    fn local_call(&mut self, st: &mut State, imm: i32) -> Step {
        let target = self.target(imm as i64);
        let subprog = self
            .cfg
            .subprogs()
            .iter()
            .position(|s| s.start == target)
            .ok_or_else(|| unsupported("a call into the middle of a subprogram"))?;
        // 6.1 checks the call depth before a global callee's arguments, later releases
        // only for a static one.
        let depth_ok = st.frames.len() < MAX_CALL_FRAMES;
        if self.is_global(subprog) && (depth_ok || self.profile.verifies_global_subprogs_lazily()) {
            return self.global_call(st, subprog);
        }
        if st.frames.len() >= MAX_CALL_FRAMES {
            return Err(unsupported("the call stack is too deep"));
        }
        let mut callee = Frame::new(st.frames.len(), self.pc, subprog);
        callee.regs[1..=5].copy_from_slice(&st.cur().regs[1..=5]);
        callee.origin[1..=5].copy_from_slice(&st.cur().origin[1..=5]);
        for n in 0..=5u8 {
            st.set(Reg::new(n).expect("R0-R5"), Value::Uninit);
        }
        st.frames.push(callee);
        Ok(Flow::Goto(target))
    }

    /// `bpf_loop` (`check_helper_call`, `push_callback_call`, `setup_func_entry`): `nr_loops`
    /// (R1) made precise; while this frame's `callback_depth` is below its maximum, a path
    /// into the callback is pushed, which returns to this call ([`Walker::callback_exit`]);
    /// the call itself goes on as a helper returning an integer.
    fn loop_callback(&mut self, st: &mut State, meta: &Meta) -> Result<(), Refusal> {
        let nr_loops = match st.reg(Reg::R1) {
            Value::Scalar(s, _) => s.umax,
            _ if self.profile.bpf_loop_pointer_count_is_verifier_bug() => {
                return Err(self.reject(
                    Code::HelperArgType,
                    Operand::Insn,
                    "verifier bug: backtracking misuse".into(),
                    EFAULT,
                ))
            }
            _ => {
                return Err(unsupported(
                    "bpf_loop with a pointer as nr_loops (a verifier bug whose message this \
                     release's log may not carry)",
                ))
            }
        };
        self.precise(st, Reg::R1)?;
        if st.cur().callback_depth >= nr_loops {
            st.cur_mut().callback_depth = 0;
            return Ok(());
        }
        self.push_callback(st, Callback::Loop, meta)
    }

    /// `push_callback_call`: a path into the callback is pushed, one `callback_depth`
    /// deeper, and the call itself goes on (`bpf_for_each_map_elem` always, `bpf_loop`
    /// while its count allows).
    fn push_callback(
        &mut self,
        st: &mut State,
        kind: Callback,
        meta: &Meta,
    ) -> Result<(), Refusal> {
        let (callee, start) = self.callback_frame(st, kind, meta)?;
        let mut cb = st.clone();
        cb.callback_unroll_depth += 1;
        cb.cur_mut().callback_depth += 1;
        cb.frames.push(callee);
        st.cur_mut().callback_depth = 0;
        self.push(cb, start)
    }

    /// The callback's frame and first instruction (`setup_func_entry` with the helper's
    /// `set_*_callback_state`). Before [`crate::Domain::callback_iteration`] the path enters
    /// it at once (`__check_func_call`) and comes back after the call.
    fn callback_frame(
        &self,
        st: &State,
        kind: Callback,
        meta: &Meta,
    ) -> Result<(Frame, isa::Pc), Refusal> {
        let Value::Ptr(Ptr {
            kind: PtrKind::Func(subprog),
            ..
        }) = *st.reg(Reg::R2)
        else {
            return Err(unsupported("a callback helper without a callback"));
        };
        if st.frames.len() >= MAX_CALL_FRAMES {
            return Err(unsupported("the call stack is too deep"));
        }
        let mut callee = Frame::new(st.frames.len(), self.pc, subprog);
        match kind {
            Callback::Loop => Self::loop_callback_args(st, &mut callee),
            Callback::ForEachMapElem => Self::map_elem_callback_args(st, &mut callee, meta)?,
        }
        callee.in_callback = true;
        Ok((callee, self.cfg.subprogs()[subprog].start))
    }

    /// `set_loop_callback_state`: R1 the index, R2 the caller's R3, R3-R5 uninitialised.
    fn loop_callback_args(st: &State, callee: &mut Frame) {
        callee.regs[1] = Value::unknown();
        callee.regs[2] = st.cur().regs[3];
        callee.origin[2] = st.cur().origin[3];
    }

    /// `map_set_for_each_callback_args`: R1 the caller's R1 (the map), R2 the element's key
    /// and R3 its value (never NULL, offset 0), R4 the caller's R3 (the context), R5
    /// uninitialised.
    fn map_elem_callback_args(st: &State, callee: &mut Frame, meta: &Meta) -> Result<(), Refusal> {
        let m = meta
            .map
            .ok_or_else(|| unsupported("bpf_for_each_map_elem without a map"))?;
        callee.regs[1] = st.cur().regs[1];
        callee.origin[1] = st.cur().origin[1];
        callee.regs[2] = Value::Ptr(Ptr::new(PtrKind::MapKey(m)));
        callee.regs[3] = Value::Ptr(Ptr::new(PtrKind::MapValue(m)));
        callee.regs[4] = st.cur().regs[3];
        callee.origin[4] = st.cur().origin[3];
        Ok(())
    }

    /// `set_map_elem_callback_state`: only maps whose ops iterate with a callback (the errno
    /// per [`skctx::KernelProfile::callback_setup_keeps_errno`]).
    fn for_each_map(&self, meta: &Meta) -> Result<(), Refusal> {
        let ty = meta
            .map
            .and_then(|m| self.maps.get(m))
            .and_then(|m| skctx::MapType::from_id(m.map_type));
        if ty.is_some_and(skctx::MapType::iterates_with_callback) {
            return Ok(());
        }
        let errno = if self.profile.callback_setup_keeps_errno() {
            ENOTSUPP
        } else {
            EINVAL
        };
        Err(self.reject(
            Code::MapFuncIncompatible,
            Operand::Insn,
            "callback function not allowed for map".into(),
            errno,
        ))
    }

    /// `bpf_tail_call`: the map must be a PROG_ARRAY (`record_func_key`) and no reference
    /// may be held (`check_resource_leak`); a tail call that fails returns, so the path goes
    /// on after it like any void helper. A main program's tail call beside BPF-to-BPF calls
    /// is the JIT's to allow, as x86-64's does. A subprogram's tail call needs BTF (refused
    /// by `cfg` without it) and is unsupported: `check_btf_func` wants its function to
    /// return `int`, and `check_max_stack_depth` the frames above it under 256 bytes.
    fn tail_call(&self, st: &State, meta: &Meta) -> Result<(), Refusal> {
        let map_type = meta.map.and_then(|m| self.maps.get(m)).map(|m| m.map_type);
        if map_type.and_then(skctx::MapType::from_id) != Some(skctx::MapType::ProgArray) {
            let message = if self.profile.tail_call_map_check_says_prog_array() {
                "expected prog array map for tail call"
            } else {
                "kernel subsystem misconfigured verifier"
            };
            return Err(self.reject_reg(
                Code::MapFuncIncompatible,
                Reg::R2,
                message.into(),
                EINVAL,
            ));
        }
        if !st.refs.is_empty() {
            return Err(self.leak(
                st,
                Code::TailCallLeak,
                Some("tail_call would lead to reference leak"),
            ));
        }
        self.section_at_tail_call(st)?;
        // `allow_tail_call_in_subprogs`: x86-64's JIT takes tail calls beside BPF-to-BPF
        // calls; only the interpreter refuses them (`tail_calls are not allowed in
        // non-JITed programs with bpf-to-bpf calls`), and every modelled kernel is JITed.
        if st.cur().subprog != 0 {
            return Err(unsupported(SUBPROG_TAIL_CALL));
        }
        Ok(())
    }

    /// R0 after the call.
    fn ret(
        &mut self,
        st: &mut State,
        helper: &Helper,
        ret: RetKind,
        refs: RefEffect,
        meta: &Meta,
    ) -> Result<Value, Refusal> {
        Ok(match ret {
            RetKind::Integer => Value::unknown(),
            RetKind::Void => Value::Uninit,
            RetKind::MapValueOrNull => {
                let m = meta
                    .map
                    .ok_or_else(|| unsupported("lookup without a map"))?;
                let info = self.maps.get(m);
                let in_bounds = |k: u64| info.is_some_and(|i| k < i.max_entries as u64);
                if helper.name == "map_lookup_elem"
                    && info.is_some_and(|i| elidable(i.map_type))
                    && meta.const_key.is_some_and(in_bounds)
                    && elides_nullness(self.profile)
                {
                    let mut p = Ptr::new(PtrKind::MapValue(m));
                    if self.locks_value(m) {
                        p.id = self.new_id();
                    }
                    return Ok(Value::Ptr(p));
                }
                let mut p = Ptr::new(PtrKind::MapValueOrNull(m));
                p.id = self.new_id();
                let sockets = self.maps.get(m).is_some_and(|m| m.holds_sockets());
                let acquire = refs == RefEffect::Acquire
                    || (refs == RefEffect::AcquireForSockMaps && sockets);
                if acquire {
                    let id = self.new_id();
                    st.refs.push(RefState { id, insn: self.pc });
                    p.id = id;
                    p.ref_id = id;
                } else if sockets {
                    return Err(unsupported(&format!(
                        "{} on a socket map",
                        helper.kernel_name()
                    )));
                }
                Value::Ptr(p)
            }
            RetKind::RingbufMemOrNull if refs == RefEffect::Acquire => {
                // The maybe-NULL id first, then the reference's (`check_helper_call`).
                self.new_id();
                let id = self.new_id();
                st.refs.push(RefState { id, insn: self.pc });
                let mut p = Ptr::new(PtrKind::MemOrNull(meta.mem_size));
                (p.id, p.ref_id) = (id, id);
                Value::Ptr(p)
            }
            RetKind::DynptrMemOrNull => {
                let at = meta
                    .dynptr
                    .ok_or_else(|| unsupported("bpf_dynptr_data without a dynptr"))?;
                self.dynptr_sliced(st, at);
                let mut p = Ptr::new(PtrKind::MemOrNull(meta.mem_size));
                p.id = self.new_id();
                Value::Ptr(p)
            }
            _ => return Err(unsupported("helper return type")),
        })
    }

    /// `check_func_arg` for argument register `r` of kind `arg`.
    fn arg(
        &mut self,
        st: &mut State,
        helper: &Helper,
        r: Reg,
        arg: ArgKind,
        meta: &mut Meta,
    ) -> Result<(), Refusal> {
        let v = self.read(st, r)?;
        if arg == ArgKind::PtrToStackOrNull && !self.btf {
            // A callback's context: its function argument, checked first, never passes.
            return Err(unsupported("a callback context argument"));
        }
        if arg == ArgKind::Anything {
            if self.leaky(&v) {
                return Err(self.reject_reg(
                    Code::LeaksAddrIntoHelper,
                    r,
                    format!("R{} leaks addr into helper function", r.index()),
                    EACCES,
                ));
            }
            return Ok(());
        }
        if matches!(
            arg,
            ArgKind::PtrToMemOrNullReadonly | ArgKind::PtrToMemOrNullWritable
        ) && v.is_null()
        {
            // `register_is_null` with a maybe-NULL argument: no type check; its size
            // argument must then be 0 (`check_helper_mem_access`).
            return Ok(());
        }
        if matches!(
            arg,
            ArgKind::PtrToMemOrNullReadonly | ArgKind::PtrToMemOrNullWritable
        ) && matches!(v, Value::Ptr(p) if matches!(p.kind, PtrKind::MapValueOrNull(_) | PtrKind::MemOrNull(_)))
        {
            return Err(unsupported(
                "a maybe-NULL pointer as a maybe-NULL memory argument",
            ));
        }
        let arg = if arg == ArgKind::PtrToMapValue && self.map_holds_sockets(meta) {
            // `resolve_map_arg_type`: a socket map's values are sockets.
            ArgKind::PtrToBtfIdSockCommon
        } else {
            arg
        };
        self.arg_type(r, &v, arg)?;
        if arg == ArgKind::PtrToSpinLock {
            return self.spin_lock_arg(st, r, &v, helper.name == "spin_lock");
        }
        self.arg_reference(helper, r, &v, arg, meta)?;
        self.arg_memory(st, helper, r, &v, arg, meta)
    }

    /// `check_reg_type` and `check_func_arg_reg_off`: the register's type, and pointers the
    /// helper gets as they are.
    fn arg_type(&self, r: Reg, v: &Value, arg: ArgKind) -> Result<(), Refusal> {
        let null_ok = matches!(arg, ArgKind::PtrToSocketOrNull | ArgKind::PtrToStackOrNull);
        if !(null_ok && v.is_null()) {
            self.check_type(r, v, arg)?;
        }
        let Value::Ptr(p) = v else { return Ok(()) };
        if p.kind == PtrKind::Ctx {
            self.ctx_ptr_unmodified(r, p)?;
        }
        if matches!(p.kind, PtrKind::Sock) && (p.off != 0 || !p.fixed()) {
            return Err(unsupported("socket pointer with an offset"));
        }
        Ok(())
    }

    /// The reference an argument carries: a release argument must carry one (before
    /// [`skctx::KernelProfile::release_refusal_names_register`] `release_reference` refuses
    /// it after the arguments, naming the helper: `bpf_sk_release` has no other).
    fn arg_reference(
        &self,
        helper: &Helper,
        r: Reg,
        v: &Value,
        arg: ArgKind,
        meta: &mut Meta,
    ) -> Result<(), Refusal> {
        let ref_id = match v {
            Value::Ptr(p) => p.ref_id,
            _ => 0,
        };
        if arg == ArgKind::ReleaseRingbufMem {
            // `check_func_arg_reg_off` of a release argument.
            if matches!(v, Value::Ptr(p) if p.off != 0 || !p.fixed()) {
                return Err(unsupported("a ring buffer record released at an offset"));
            }
            meta.release = Some(r);
        }
        if arg == ArgKind::ReleaseSockCommon {
            if ref_id == 0 && !v.is_null() {
                let message = if self.profile.release_refusal_names_register() {
                    format!(
                        "R{} must be referenced when passed to release function",
                        r.index()
                    )
                } else {
                    format!(
                        "func bpf_{}#{} reference has not been acquired before",
                        helper.name, helper.id
                    )
                };
                return Err(self.reject_reg(Code::ReleaseUnreferenced, r, message, EINVAL));
            }
            meta.release = Some(r);
        }
        if ref_id != 0 {
            if meta.ref_id != 0 {
                return Err(unsupported("two referenced arguments"));
            }
            meta.ref_id = ref_id;
        }
        Ok(())
    }

    /// What an argument tells about the memory the helper touches: the map, its key and
    /// value, a buffer's size.
    fn arg_memory(
        &mut self,
        st: &mut State,
        helper: &Helper,
        r: Reg,
        v: &Value,
        arg: ArgKind,
        meta: &mut Meta,
    ) -> Result<(), Refusal> {
        match arg {
            ArgKind::ConstMapPtr => {
                if let Value::Ptr(Ptr {
                    kind: PtrKind::Map(m),
                    ..
                }) = v
                {
                    meta.map = Some(*m);
                }
                Ok(())
            }
            ArgKind::PtrToMapKey | ArgKind::PtrToMapValue | ArgKind::PtrToUninitMapValue => {
                let key = arg == ArgKind::PtrToMapKey;
                let size = meta
                    .map
                    .and_then(|m| self.maps.get(m))
                    .map(|m| if key { m.key_size } else { m.value_size })
                    .ok_or_else(|| unsupported("map argument without a map"))?;
                let write = arg == ArgKind::PtrToUninitMapValue;
                self.helper_mem(st, r, size as u64, false, write, meta)?;
                let elidable_map = meta
                    .map
                    .and_then(|m| self.maps.get(m))
                    .is_some_and(|m| elidable(m.map_type));
                if key && elidable_map {
                    meta.const_key = self.constant_key(st, v, size)?;
                }
                Ok(())
            }
            ArgKind::PtrToConstStr => self.const_str(r, v),
            ArgKind::PtrToUninitDynptr | ArgKind::PtrToDynptr => {
                meta.dynptr = Some(self.dynptr_arg(st, r, v, arg)?);
                Ok(())
            }
            ArgKind::ConstAllocSizeOrZero => {
                let size = match v {
                    Value::Scalar(s, _) if s.is_const() => u32::try_from(s.umax).ok(),
                    Value::Scalar(..) => {
                        let message = format!("R{} is not a known constant'", r.index());
                        return Err(self.reject_reg(Code::HelperMemSize, r, message, EACCES));
                    }
                    _ => None,
                };
                meta.mem_size = size.ok_or_else(|| unsupported("a variable allocation size"))?;
                self.precise(st, r)
            }
            ArgKind::ConstSize | ArgKind::ConstSizeOrZero => {
                let n = r.index();
                let Some(mem) = n
                    .checked_sub(1)
                    .and_then(Reg::new)
                    .filter(|m| m.index() > 0)
                else {
                    return Err(unsupported("a size argument without a memory argument"));
                };
                let before = helper
                    .proto
                    .and_then(|p| p.args.get(n as usize - 2).copied());
                let write = match before {
                    Some(ArgKind::PtrToUninitMem) => true,
                    Some(ArgKind::PtrToMemOrNullWritable) => {
                        self.profile.checks_helper_output_as_write()
                    }
                    _ => false,
                };
                let zero_ok = arg == ArgKind::ConstSizeOrZero;
                self.size_arg(st, r, mem, v, zero_ok, write, meta)
            }
            _ => Ok(()),
        }
    }

    fn map_holds_sockets(&self, meta: &Meta) -> bool {
        meta.map
            .and_then(|m| self.maps.get(m))
            .is_some_and(|m| m.holds_sockets())
    }

    /// `check_reg_type`: the register's type is one the argument accepts.
    fn check_type(&self, r: Reg, v: &Value, arg: ArgKind) -> Result<(), Refusal> {
        let kind = match v {
            Value::Ptr(p) => Some(p.kind),
            _ => None,
        };
        // A maybe-NULL argument accepts the maybe-NULL form of its types (before, only the
        // type or a NULL constant).
        let maybe_null_ok = || self.profile.sk_assign_takes_sock_or_null();
        let kind = match (arg, kind) {
            (ArgKind::PtrToSocketOrNull, Some(PtrKind::SockOrNull)) if maybe_null_ok() => {
                Some(PtrKind::Sock)
            }
            (ArgKind::PtrToSocketOrNull, Some(PtrKind::MapValueOrNull(_)))
                if maybe_null_ok() && self.type_name(v) == "sock_or_null" =>
            {
                Some(PtrKind::Sock)
            }
            // 7.1's `mem_types` list the context: [`Walker::helper_access`] refuses it.
            (a, Some(PtrKind::Ctx)) if a.is_mem() && self.profile.mem_arg_takes_ctx() => {
                return Ok(());
            }
            _ => kind,
        };
        let ok = match arg {
            ArgKind::ConstMapPtr => matches!(kind, Some(PtrKind::Map(_))),
            ArgKind::PtrToCtx => kind == Some(PtrKind::Ctx),
            ArgKind::PtrToSocketOrNull
            | ArgKind::PtrToBtfIdSockCommon
            | ArgKind::ReleaseSockCommon => kind == Some(PtrKind::Sock),
            ArgKind::ConstSize
            | ArgKind::ConstSizeOrZero
            | ArgKind::ConstAllocSizeOrZero
            | ArgKind::Scalar => kind.is_none(),
            ArgKind::ReleaseRingbufMem => self.type_name(v).ends_with("_mem"),
            // Only with BTF func_info does a function's address reach a register.
            ArgKind::PtrToFunc => matches!(kind, Some(PtrKind::Func(_))),
            ArgKind::PtrToStackOrNull | ArgKind::PtrToUninitDynptr | ArgKind::PtrToDynptr => {
                matches!(kind, Some(PtrKind::Stack(_)))
            }
            ArgKind::PtrToConstStr | ArgKind::PtrToSpinLock => {
                matches!(kind, Some(PtrKind::MapValue(_)))
            }
            _ => matches!(
                kind,
                Some(
                    PtrKind::Stack(_) | PtrKind::MapValue(_) | PtrKind::MapKey(_) | PtrKind::Mem(_)
                )
            ),
        };
        if ok {
            return Ok(());
        }
        let expected = match arg {
            ArgKind::ConstSize
            | ArgKind::ConstSizeOrZero
            | ArgKind::ConstAllocSizeOrZero
            | ArgKind::Scalar => Some(skctx::runtime::scalar_type_name(self.profile)),
            // `const_str_ptr_types`.
            ArgKind::PtrToConstStr => Some("map_value"),
            a => a.expected_types(self.profile),
        }
        .ok_or_else(|| unsupported("the expected types of a helper argument"))?;
        Err(self.reject_reg(
            Code::HelperArgType,
            r,
            format!(
                "R{} type={} expected={expected}",
                r.index(),
                self.type_name(v)
            ),
            EACCES,
        ))
    }

    /// `check_mem_size_reg`: the size argument `r` for the memory argument `mem`.
    #[allow(clippy::too_many_arguments)]
    fn size_arg(
        &mut self,
        st: &mut State,
        r: Reg,
        mem: Reg,
        v: &Value,
        zero_ok: bool,
        write: bool,
        meta: &mut Meta,
    ) -> Result<(), Refusal> {
        let Value::Scalar(s, _) = v else {
            return Err(unsupported("size argument"));
        };
        let n = r.index();
        if s.smin < 0 {
            let text = format!("R{n} min value is negative, either use unsigned or 'var &= const'");
            return Err(self.reject_reg(Code::HelperMemSize, r, text, EACCES));
        }
        if s.umin == 0 && !zero_ok {
            return Err(self.reject_reg(
                Code::HelperMemSize,
                r,
                format!("R{n} invalid zero-sized read: u64=[{},{}]", s.umin, s.umax),
                EACCES,
            ));
        }
        if s.umax >= MAX_VAR_SIZE {
            let text =
                format!("R{n} unbounded memory access, use 'var &= const' or 'if (var < const)'");
            return Err(self.reject_reg(Code::HelperMemSize, r, text, EACCES));
        }
        // A variable size takes the helper out of raw mode (`meta = NULL`): the stack it
        // writes must then be initialized as for a read, and is clobbered where it is checked.
        let access = Access {
            zero_ok,
            write,
            raw: s.is_const(),
        };
        self.helper_access(st, mem, s.umax, access, meta)?;
        self.precise(st, r)
    }

    /// `check_helper_mem_access`: `size` bytes at the pointer in `r`, a write in raw mode.
    pub(super) fn helper_mem(
        &mut self,
        st: &mut State,
        r: Reg,
        size: u64,
        zero_ok: bool,
        write: bool,
        meta: &mut Meta,
    ) -> Result<(), Refusal> {
        let access = Access {
            zero_ok,
            write,
            raw: true,
        };
        self.helper_access(st, r, size, access, meta)
    }

    /// `check_helper_mem_access` with the access's kind.
    fn helper_access(
        &mut self,
        st: &mut State,
        r: Reg,
        size: u64,
        access: Access,
        meta: &mut Meta,
    ) -> Result<(), Refusal> {
        let Access {
            zero_ok,
            write,
            raw,
        } = access;
        let v = *st.reg(r);
        let size32 = u32::try_from(size).map_err(|_| unsupported("huge size"))?;
        match v {
            Value::Ptr(p) if matches!(p.kind, PtrKind::Stack(_)) => {
                if size == 0 && !zero_ok {
                    return Err(self.reject_reg(
                        Code::HelperMemSize,
                        r,
                        "invalid zero-sized read".into(),
                        EACCES,
                    ));
                }
                // 5.10.y: the bounds check grows no `allocated_stack`, which bounds the bytes
                // read (only the helper's writes after the call grow it).
                let allocated = match (p.kind, self.profile.uninit_stack_reads_within_allocated()) {
                    (PtrKind::Stack(f), true) => st.frames[f].allocated as i64,
                    _ => i64::MAX,
                };
                let off = self.stack_bounds(st, r, &p, p.off as i64, size32, write, true)?;
                if write && raw {
                    self.raw_write_over_dynptr(st, r, &p, off, size32)?;
                    meta.raw = Some((r, size32));
                    return Ok(());
                }
                self.stack_initialized(st, r, &p, (off, allocated), size32, write)
            }
            Value::Ptr(
                p @ Ptr {
                    kind: PtrKind::MapValue(m) | PtrKind::MapKey(m),
                    ..
                },
            ) => {
                let key = matches!(p.kind, PtrKind::MapKey(_));
                if size == 0 {
                    return Err(unsupported("zero-sized map value or key argument"));
                }
                if key && write {
                    return Err(unsupported("a helper writing through a callback's key"));
                }
                if write && !key {
                    self.writable_map(r, m, p.off as i64, size32)?;
                }
                self.map_region_access(r, &p, m, key, p.off as i64, size32)
            }
            Value::Ptr(
                p @ Ptr {
                    kind: PtrKind::Mem(n),
                    ..
                },
            ) => self.region_access(r, &p, Region::Mem(n), p.off as i64, size32),
            // A maybe-NULL argument passed NULL: a zero-byte access is allowed.
            v if v.is_null() && zero_ok && size == 0 => Ok(()),
            // Only syscall programs may pass the context as memory.
            Value::Ptr(p) if p.kind == PtrKind::Ctx && self.profile.mem_arg_takes_ctx() => {
                Err(self.reject_reg(
                    Code::HelperArgType,
                    r,
                    format!("R{} type=ctx expected=fp", r.index()),
                    EACCES,
                ))
            }
            _ => Err(unsupported("memory argument")),
        }
    }

    /// `get_constant_map_key` (for the maps whose lookups it elides): a key of `size` bytes
    /// that is zero bytes or a spilled constant, whose slot is then marked precise, as the
    /// verdict relies on it.
    fn constant_key(&mut self, st: &State, key: &Value, size: u32) -> Result<Option<u64>, Refusal> {
        let Some((value, spilled)) = self.key_value(st, key, size) else {
            return Ok(None);
        };
        if let (Some((frame, spi)), true) = (spilled, self.explored.is_some()) {
            let mut bt = Bt::new(st.frames.len() - 1);
            bt.set_slot_in(frame, spi);
            self.backtrack(bt)?;
        }
        Ok(Some(value))
    }

    /// The constant key of `size` bytes at `key`, and the frame and slot of the spill that
    /// holds it (none for `STACK_ZERO` bytes).
    fn key_value(
        &self,
        st: &State,
        key: &Value,
        size: u32,
    ) -> Option<(u64, Option<(usize, usize)>)> {
        let Value::Ptr(p) = key else { return None };
        let PtrKind::Stack(f) = p.kind else {
            return None;
        };
        if !p.fixed() {
            return None;
        }
        let (spi, k) = stack_pos(p.off as i64);
        let slot = st.frames.get(f)?.slot(spi)?;
        let run = |b: Byte| {
            slot.bytes[..=k]
                .iter()
                .rev()
                .take_while(|x| **x == b)
                .count()
        };
        let found = if run(Byte::Zero) >= size as usize {
            (0, None)
        } else {
            match slot.spilled {
                Value::Scalar(s, _)
                    if slot.bytes[7] == Byte::Spill
                        && run(Byte::Spill) == size as usize
                        && s.is_const() =>
                {
                    (s.var_off.value, Some((f, spi)))
                }
                _ => return None,
            }
        };
        // Asked last: a key that is not constant is none on every release.
        elides_nullness(self.profile).then_some(found)
    }

    /// `check_stack_range_initialized` for a helper reading the stack: every byte written
    /// (and within `allocated`, the frame's `allocated_stack` before the access), or
    /// uninitialised reads allowed; the helper may write what it reads.
    fn stack_initialized(
        &self,
        st: &mut State,
        r: Reg,
        p: &Ptr,
        (off, allocated): (i64, i64),
        size: u32,
        write: bool,
    ) -> Result<(), Refusal> {
        let PtrKind::Stack(f) = p.kind else {
            return Err(unsupported("not a stack pointer"));
        };
        let uninit_ok = self.allows_uninit_stack();
        // Releases with `MEM_WRITE` clobber only for a write; before, for every helper.
        // Asked where a byte it would change is met.
        let profile = self.profile;
        let clobber = || write || !elides_nullness(profile);
        for i in 0..size as i64 {
            if -(off + i) > allocated {
                return Err(self.uninit_helper_read(r, off, i, size));
            }
            let (spi, k) = stack_pos(off + i);
            let slot = st.frames[f].slot_mut(spi);
            match slot.bytes[k] {
                Byte::Misc => continue,
                Byte::Zero => {
                    if clobber() {
                        slot.bytes[k] = Byte::Misc;
                    }
                    continue;
                }
                Byte::Invalid if uninit_ok => {
                    if clobber() {
                        slot.bytes[k] = Byte::Misc;
                    }
                    continue;
                }
                _ => {}
            }
            // Newer kernels cover only the spilled bytes themselves, not the rest of a
            // slot holding a narrow spill (seen on 6.18; 6.12 covers the whole slot).
            let byte_ok = slot.bytes[k] == Byte::Spill || !elides_nullness(profile);
            let spilled_ok = slot.bytes[7] == Byte::Spill
                && byte_ok
                && (matches!(slot.spilled, Value::Scalar(..)) || self.privilege.allows_ptr_leaks());
            if spilled_ok && !clobber() {
                continue;
            }
            if spilled_ok {
                slot.spilled = Value::unknown();
                for b in slot.bytes.iter_mut() {
                    if *b == Byte::Spill {
                        *b = Byte::Misc;
                    }
                }
                continue;
            }
            return Err(self.uninit_helper_read(r, off, i, size));
        }
        Ok(())
    }

    /// A helper's read of stack byte `off + i` that is not initialised.
    fn uninit_helper_read(&self, r: Reg, off: i64, i: i64, size: u32) -> Refusal {
        let indirect = if self.profile.helper_stack_access_says_read_or_write() {
            ""
        } else {
            "indirect "
        };
        self.reject_reg(
            Code::StackUninitRead,
            r,
            format!(
                "invalid {indirect}read from stack R{} off {off}+{i} size {size}",
                r.index()
            ),
            EACCES,
        )
    }

    /// What a global subprogram's memory argument leaves on the stack (`check_mem_reg`'s
    /// write access, `check_stack_range_initialized` with `clobber`): zero bytes become
    /// unknown, spilled scalars unknown scalars; bytes never written stay so.
    pub(super) fn clobber_stack(&self, st: &mut State, p: &Ptr, size: u32) {
        let PtrKind::Stack(f) = p.kind else { return };
        for i in 0..size as i64 {
            let (spi, k) = stack_pos(p.off as i64 + i);
            let slot = st.frames[f].slot_mut(spi);
            if slot.bytes[k] == Byte::Zero {
                slot.bytes[k] = Byte::Misc;
            }
            if slot.bytes[k] == Byte::Spill {
                slot.spilled = Value::unknown();
                for b in slot.bytes.iter_mut() {
                    if *b == Byte::Spill {
                        *b = Byte::Misc;
                    }
                }
            }
        }
    }

    /// What a helper that fills memory leaves on the stack: unknown bytes.
    fn helper_wrote(&self, st: &mut State, r: Reg, size: u32) -> Result<(), Refusal> {
        let Value::Ptr(p) = *st.reg(r) else {
            return Ok(());
        };
        let PtrKind::Stack(f) = p.kind else {
            return Ok(());
        };
        for i in 0..size as i64 {
            let (spi, k) = stack_pos(p.off as i64 + i);
            let slot = st.frames[f].slot_mut(spi);
            slot.spilled = Value::Uninit;
            for b in slot.bytes.iter_mut() {
                if *b == Byte::Spill {
                    *b = Byte::Misc;
                }
            }
            slot.bytes[k] = Byte::Misc;
        }
        let _ = Scalar::UNKNOWN;
        Ok(())
    }
}

impl Walker<'_> {
    /// `check_reg_const_str` (`ARG_PTR_TO_CONST_STR`, after the type check): a map value of
    /// a frozen read-only map at a constant offset, with a NUL between there and the value's
    /// end.
    fn const_str(&self, r: Reg, v: &Value) -> Result<(), Refusal> {
        let Value::Ptr(
            p @ Ptr {
                kind: PtrKind::MapValue(m),
                ..
            },
        ) = *v
        else {
            return Err(unsupported("a constant string that is not a map value"));
        };
        let n = r.index();
        let info = self
            .maps
            .get(m)
            .ok_or_else(|| unsupported("an unknown map"))?;
        let Some(value) = info.rdonly_value() else {
            let text = format!("R{n} does not point to a readonly map'");
            return Err(self.reject_reg(Code::ConstStr, r, text, EACCES));
        };
        if !p.var.var_off.is_const() {
            let text = format!("R{n} is not a constant address'");
            return Err(self.reject_reg(Code::ConstStr, r, text, EACCES));
        }
        if skctx::MapType::from_id(info.map_type) != Some(skctx::MapType::Array) {
            return Err(unsupported(
                "a constant string in a map other than an ARRAY",
            ));
        }
        let vs = info.value_size as i64;
        if p.off as i64 >= vs || p.off < 0 || p.var.var_off.value != 0 {
            return Err(unsupported(
                "a constant string at an offset outside the value",
            ));
        }
        self.region_access(
            r,
            &p,
            Region::MapValue(info.value_size),
            p.off as i64,
            (vs - p.off as i64) as u32,
        )?;
        if info.max_entries != 1 {
            // `array_map_direct_value_addr`: only single-element arrays.
            let text = "direct value access on string failed".to_string();
            return Err(self.reject_reg(Code::ConstStr, r, text, ENOTSUPP));
        }
        if !value[p.off as usize..].contains(&0) {
            let text = "string is not zero-terminated".to_string();
            return Err(self.reject_reg(Code::ConstStr, r, text, EINVAL));
        }
        Ok(())
    }

    /// `check_bpf_snprintf_call`: the format (R3, checked by [`Walker::const_str`]) read
    /// from the frozen map against `data_len / 8` arguments (R5).
    fn snprintf_format(&self, st: &State) -> Result<(), Refusal> {
        let data_len = match st.reg(Reg::R5) {
            Value::Scalar(s, _) if s.is_const() => s.umax,
            _ => return Err(unsupported("bpf_snprintf with a variable data_len")),
        };
        if data_len % 8 != 0 {
            // -EINVAL with nothing in the log.
            return Err(unsupported("bpf_snprintf's data_len not a multiple of 8"));
        }
        let Value::Ptr(Ptr {
            kind: PtrKind::MapValue(m),
            off,
            ..
        }) = *st.reg(Reg::R3)
        else {
            return Err(unsupported("bpf_snprintf without a constant format"));
        };
        let value = (self.maps.get(m).and_then(|i| i.rdonly_value()))
            .ok_or_else(|| unsupported("bpf_snprintf's format map"))?;
        let fmt = &value[off as usize..];
        let num_args = u32::try_from(data_len / 8).unwrap_or(u32::MAX);
        match skctx::bprintf::check(fmt, num_args, self.profile.bprintf_rules()) {
            Ok(_) => Ok(()),
            Err(_) => Err(self.reject(
                Code::FormatString,
                Operand::Insn,
                "Invalid format string".into(),
                EINVAL,
            )),
        }
    }
}

/// `bpf_get_smp_processor_id`'s largest result where the kernel bounds it by the machine's
/// CPU count (`do_refine_retval_range`: `nr_cpu_ids - 1`), known only for the running
/// kernel's profile; `None`: an unknown integer.
fn smp_processor_id(profile: skctx::KernelProfile) -> Result<Option<u64>, Refusal> {
    match profile.bounds_smp_processor_id() {
        Some(false) => Ok(None),
        Some(true) => match profile.cpus() {
            Some(n) => Ok(Some(u64::from(n.max(1)) - 1)),
            None => Err(unsupported(
                "helper bpf_get_smp_processor_id: this release bounds its result by the machine's CPU count (nr_cpu_ids), which only the running kernel's profile gives",
            )),
        },
        None => Err(unsupported(
            "helper bpf_get_smp_processor_id: whether this release bounds its result by the CPU count is not known",
        )),
    }
}

/// The callback-calling helpers this walk models, each with its callback's arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Callback {
    Loop,
    ForEachMapElem,
}

impl Callback {
    fn of(helper: &Helper) -> Result<Callback, Refusal> {
        match helper.name {
            "loop" => Ok(Callback::Loop),
            "for_each_map_elem" => Ok(Callback::ForEachMapElem),
            _ => Err(unsupported(&format!(
                "the callback of helper {}",
                helper.kernel_name()
            ))),
        }
    }
}

/// The argument and return kinds this walk checks.
fn modelled(args: &[ArgKind], ret: RetKind) -> bool {
    let arg_ok = |a: &ArgKind| {
        matches!(
            a,
            ArgKind::ConstMapPtr
                | ArgKind::PtrToMapKey
                | ArgKind::PtrToMapValue
                | ArgKind::PtrToUninitMapValue
                | ArgKind::PtrToCtx
                | ArgKind::PtrToSocketOrNull
                | ArgKind::PtrToBtfIdSockCommon
                | ArgKind::ReleaseSockCommon
                | ArgKind::Anything
                | ArgKind::Scalar
                | ArgKind::ConstSize
                | ArgKind::ConstSizeOrZero
                | ArgKind::PtrToMemReadonly
                | ArgKind::PtrToMemOrNullReadonly
                | ArgKind::PtrToMemOrNullWritable
                | ArgKind::PtrToConstStr
                | ArgKind::PtrToUninitMem
                | ArgKind::PtrToFunc
                | ArgKind::PtrToStackOrNull
                | ArgKind::ConstAllocSizeOrZero
                | ArgKind::ReleaseRingbufMem
                | ArgKind::PtrToSpinLock
                | ArgKind::PtrToUninitDynptr
                | ArgKind::PtrToDynptr
        )
    };
    args.iter().all(arg_ok)
        && matches!(
            ret,
            RetKind::Integer
                | RetKind::Void
                | RetKind::MapValueOrNull
                | RetKind::RingbufMemOrNull
                | RetKind::DynptrMemOrNull
        )
}

#[allow(dead_code)]
const _: i32 = EACCES;
