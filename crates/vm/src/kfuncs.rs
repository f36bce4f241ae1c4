//! Kfunc calls (`call kfunc(ID)` with `skctx::Kfunc::id`): the number iterator
//! `bpf_iter_num_new`/`_next`/`_destroy` as kernel/bpf/bpf_iter.c runs them, through
//! skctx's [`skctx::kfuncs::IterNum`] on the iterator's 8 bytes wherever R1 points (the
//! stack, as the verifier requires); the section kfuncs (`bpf_rcu_read_lock`/`_unlock`,
//! `bpf_preempt_disable`/`_enable`) change nothing a program can observe (one CPU, no
//! concurrent writers) and return nothing. Any other id (the casts too: their pointers are
//! into the kernel) traps as not supported.

use skctx::kfuncs::IterNum;

use crate::interp::Exec;
use crate::outcome::TrapKind;

/// Runs kfunc `id` on R1..R3; R0's new value.
pub(crate) fn call(exec: &mut Exec<'_>, id: i32) -> Result<u64, TrapKind> {
    let Some(k) = skctx::kfunc_by_id(id) else {
        return Err(TrapKind::Unsupported(format!("kfunc call (id {id})")));
    };
    if k.section.is_some() {
        return Ok(0);
    }
    if k.iter().is_none() {
        return Err(TrapKind::Unsupported(format!("kfunc {}", k.name)));
    }
    let it = exec.regs[1];
    let mut state = IterNum::from_bytes(exec.load(it, 8, false)?.to_le_bytes());
    let r0 = match k.name {
        "bpf_iter_num_new" => {
            let (new, ret) = IterNum::create(exec.regs[2] as i32, exec.regs[3] as i32);
            state = new;
            // An `int` return: the low 32 bits, zero-extended as x86-64's `mov eax` leaves them.
            ret as u32 as u64
        }
        "bpf_iter_num_next" if state.advance() => it + IterNum::CUR_OFFSET as u64,
        "bpf_iter_num_next" => 0,
        "bpf_iter_num_destroy" => {
            state.destroy();
            0
        }
        other => return Err(TrapKind::Unsupported(format!("kfunc {other}"))),
    };
    exec.store(it, 8, u64::from_le_bytes(state.to_bytes()))?;
    Ok(r0)
}
