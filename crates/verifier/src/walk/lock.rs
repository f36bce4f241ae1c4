//! `bpf_spin_lock`/`bpf_spin_unlock` (helpers 93/94): the lock argument and the lock a path
//! holds (`process_spin_lock`), what may run while it is held (`do_check`'s call check,
//! `check_func_call`'s for a global subprogram), the exit holding it, and accesses over the
//! lock's bytes (`check_map_access`).
//!
//! The lock is [`State::lock`]: the map (`active_lock.ptr`) and the map value pointer's id
//! (`reg->id`), which a map value whose map holds a lock keeps after its NULL check
//! (`reg_may_point_to_spin_lock`), so two lookups are two locks.

use isa::Reg;
use skctx::Code;

use super::{unsupported, Refusal, State, Value, Walker, EACCES, EINVAL};
use crate::error::Operand;
use crate::state::{Lock, Ptr, PtrKind};

/// `struct bpf_spin_lock`'s size.
const LOCK_SIZE: i64 = 4;

/// `BPF_FUNC_spin_unlock`, the one helper callable while the lock is held.
const SPIN_UNLOCK: i32 = 94;

/// What `do_check` says of a call while the lock is held.
const CALL_HELD: &str = "function calls are not allowed while holding a lock";

impl Walker<'_> {
    /// `do_check`'s check before a call while the lock is held: only `bpf_spin_unlock`,
    /// from [`skctx::KernelProfile::static_calls_under_spin_lock`] BPF-to-BPF calls (a
    /// global callee is refused by [`Walker::global_call_held`]), and the kfuncs
    /// [`skctx::Kfunc::callable_under_spin_lock`] names; a kfunc skctx does not know may be
    /// one the kernel allows, so it is unsupported.
    pub(super) fn call_while_locked(&self, st: &State, kind: isa::CallKind) -> Result<(), Refusal> {
        if st.lock.is_none() {
            return Ok(());
        }
        let allowed = match kind {
            isa::CallKind::Helper(id) => id == SPIN_UNLOCK,
            isa::CallKind::Local(_) => self.profile.static_calls_under_spin_lock(),
            isa::CallKind::Kfunc { btf_id, off: 0 } => match skctx::kfunc_by_id(btf_id) {
                Some(k) => k.callable_under_spin_lock(self.profile),
                None => return Err(unsupported("a kfunc not in skctx while a lock is held")),
            },
            isa::CallKind::Kfunc { .. } => false,
        };
        if allowed {
            return Ok(());
        }
        Err(self.reject(Code::SpinLockHeld, Operand::Insn, CALL_HELD.into(), EINVAL))
    }

    /// `check_func_call`: a global subprogram called while the lock is held.
    pub(super) fn global_call_held(&self, st: &State) -> Result<(), Refusal> {
        if st.lock.is_none() {
            return Ok(());
        }
        Err(self.reject(
            Code::SpinLockHeld,
            Operand::Insn,
            "global function calls are not allowed while holding a lock,\nuse static function instead"
                .into(),
            EINVAL,
        ))
    }

    /// An exit holding the lock: the main program's always, before
    /// [`skctx::KernelProfile::static_calls_under_spin_lock`] every frame's.
    pub(super) fn exit_while_locked(&self, st: &State) -> Result<(), Refusal> {
        let checked = st.frames.len() == 1 || !self.profile.static_calls_under_spin_lock();
        if st.lock.is_none() || !checked {
            return Ok(());
        }
        let message = if self.profile.spin_lock_exit_names_main_prog() {
            "BPF_EXIT instruction in main prog cannot be used inside bpf_spin_lock-ed region"
        } else {
            "bpf_spin_unlock is missing"
        };
        Err(self.reject(Code::SpinLockHeld, Operand::Insn, message.into(), EINVAL))
    }

    /// `process_spin_lock` for argument `r` (a map value, its type checked): the map's BTF
    /// places a lock where the pointer points, then the lock is taken (`lock`) or released.
    pub(super) fn spin_lock_arg(
        &self,
        st: &mut State,
        r: Reg,
        v: &Value,
        lock: bool,
    ) -> Result<(), Refusal> {
        let Value::Ptr(Ptr {
            kind: PtrKind::MapValue(m),
            off,
            var,
            id,
            ..
        }) = *v
        else {
            return Err(super::unsupported(
                "a spin lock argument that is not a map value",
            ));
        };
        let record = self.profile.spin_lock_from_btf_record();
        // `check_func_arg` turned every refusal into EACCES before the 6.2 rework.
        let errno = if record { EINVAL } else { EACCES };
        let refuse = |code, msg: String| Err(self.reject_reg(code, r, msg, errno));
        let n = r.index();
        if !var.var_off.is_const() {
            return refuse(
                Code::SpinLockArg,
                format!("R{n} doesn't have constant offset. bpf_spin_lock has to be at the constant offset"),
            );
        }
        let info = &self.maps[m];
        let name = &info.name;
        let at = var.var_off.value as i64 + off as i64;
        match (info.btf, info.spin_lock()) {
            (crate::ValueBtf::Unread, _) => {
                return Err(super::unsupported("a bpf_spin_lock in global data"))
            }
            (crate::ValueBtf::None, _) => {
                return refuse(
                    Code::SpinLockArg,
                    format!("map '{name}' has to have BTF in order to use bpf_spin_lock"),
                )
            }
            (_, None) if record => {
                return refuse(
                    Code::SpinLockArg,
                    format!("map '{name}' has no valid bpf_spin_lock"),
                )
            }
            (_, None) => {
                return refuse(
                    Code::SpinLockArg,
                    format!("map '{name}' doesn't have 'struct bpf_spin_lock'"),
                )
            }
            (_, Some(l)) if at != l as i64 && record => {
                return refuse(
                    Code::SpinLockArg,
                    format!("off {at} doesn't point to 'struct bpf_spin_lock' that is at {l}"),
                )
            }
            (_, Some(l)) if at != l as i64 => {
                return refuse(
                    Code::SpinLockArg,
                    format!("off {at} doesn't point to 'struct bpf_spin_lock'"),
                )
            }
            _ => {}
        }
        let this = Lock {
            map: info.id,
            id,
            in_refs: self.profile.spin_lock_exit_names_main_prog(),
        };
        if lock {
            if st.lock.is_some() {
                return refuse(
                    Code::SpinLockState,
                    "Locking two bpf_spin_locks are not allowed".into(),
                );
            }
            // Before 6.2 the lock held is the id alone, and an id of 0 holds none.
            st.lock = Some(this).filter(|l| record || l.id != 0);
            return Ok(());
        }
        let Some(held) = st.lock else {
            return refuse(
                Code::SpinLockState,
                "bpf_spin_unlock without taking a lock".into(),
            );
        };
        if held.id != this.id || (record && held.map != this.map) {
            return refuse(
                Code::SpinLockState,
                "bpf_spin_unlock of different lock".into(),
            );
        }
        st.lock = None;
        Ok(())
    }

    /// `check_map_access`'s field check: `size` bytes at `off` (plus the pointer's variable
    /// part) of map `m`'s value must not touch its lock, whoever accesses them.
    pub(super) fn lock_untouched(
        &self,
        r: Reg,
        p: &Ptr,
        m: usize,
        off: i64,
        size: u32,
    ) -> Result<(), Refusal> {
        if !self.touches_lock(p, m, off, size)? {
            return Ok(());
        }
        Err(self.reject_at(
            Code::SpinLockAccess,
            self.mem_operand(r),
            Some(r),
            "bpf_spin_lock cannot be accessed directly by load/store".into(),
            EACCES,
        ))
    }

    /// `[smin + off, umax + off + size)` overlaps the lock of map `m`'s value.
    pub(super) fn touches_lock(
        &self,
        p: &Ptr,
        m: usize,
        off: i64,
        size: u32,
    ) -> Result<bool, Refusal> {
        if self
            .maps
            .get(m)
            .is_some_and(|i| i.btf == crate::ValueBtf::Unread)
        {
            return Err(super::unsupported(
                "a map value whose BTF may hold a bpf_spin_lock (global data)",
            ));
        }
        let Some(lock) = self.maps.get(m).and_then(|i| i.spin_lock()) else {
            return Ok(false);
        };
        let lock = lock as i64;
        let lo = p.var.smin.saturating_add(off);
        let hi = (p.var.umax as i64)
            .saturating_add(off)
            .saturating_add(size as i64);
        Ok(lo < lock + LOCK_SIZE && lock < hi)
    }

    /// A map value pointer's id (`reg->id`): kept for a map whose value holds a lock
    /// (`reg_may_point_to_spin_lock`), 0 for others.
    pub(super) fn locks_value(&self, m: usize) -> bool {
        self.maps.get(m).is_some_and(|i| i.spin_lock().is_some())
    }
}
