//! The `bpf_get_current_*` helpers and `bpf_get_ns_current_pid_tgid`, from the world's
//! [`crate::task::Task`] (kernel/bpf/helpers.c).

use skctx::Errno;

use super::{errno, HelperResult, HelperStep};
use crate::interp::Exec;

pub(super) fn pid_tgid(exec: &mut Exec<'_>, _: &'static str) -> HelperStep {
    Ok(HelperResult::Ret(exec.world.task.pid_tgid()))
}

pub(super) fn uid_gid(exec: &mut Exec<'_>, _: &'static str) -> HelperStep {
    Ok(HelperResult::Ret(exec.world.task.uid_gid()))
}

/// `bpf_get_current_comm(buf, size)`: the name cut to `size - 1` bytes, NUL-padded to
/// `size` (`strscpy_pad`); 0 even when cut.
pub(super) fn comm(exec: &mut Exec<'_>, _: &'static str) -> HelperStep {
    let (buf, size) = (exec.regs[1], exec.regs[2] as u32);
    let comm = exec.world.task.comm.clone();
    let dst = exec.region_mut(buf, size)?;
    dst.fill(0);
    let n = comm.len().min(dst.len().saturating_sub(1));
    dst[..n].copy_from_slice(&comm[..n]);
    Ok(HelperResult::Ret(0))
}

pub(super) fn cgroup_id(exec: &mut Exec<'_>, _: &'static str) -> HelperStep {
    let own = exec.world.task.cgroups.last().copied().unwrap_or(0);
    Ok(HelperResult::Ret(own))
}

/// `bpf_get_current_ancestor_cgroup_id(level)`: level 0 is the root, the task's own cgroup
/// its depth; deeper levels are 0.
pub(super) fn ancestor_cgroup_id(exec: &mut Exec<'_>, _: &'static str) -> HelperStep {
    let level = exec.regs[1] as i32;
    Ok(HelperResult::Ret(exec.world.task.ancestor_cgroup(level)))
}

/// `bpf_get_ns_current_pid_tgid(dev, ino, nsdata, size)`: `struct bpf_pidns_info` (pid,
/// tgid) when `(dev, ino)` is the task's pid namespace; `-EINVAL` with `nsdata` zeroed for
/// another size than 8, a device that does not fit the kernel's 32-bit `dev_t`, or
/// another namespace.
pub(super) fn ns_pid_tgid(exec: &mut Exec<'_>, _: &'static str) -> HelperStep {
    let [dev, ino, nsdata, size] = [exec.regs[1], exec.regs[2], exec.regs[3], exec.regs[4]];
    let task = &exec.world.task;
    let matches = size == 8 && dev == u64::from(dev as u32) && (dev, ino) == task.pidns;
    let (pid, tgid) = (task.ns_pid, task.ns_tgid);
    let dst = exec.region_mut(nsdata, size as u32)?;
    if !matches {
        dst.fill(0);
        return Ok(errno(Errno::EINVAL));
    }
    dst[..4].copy_from_slice(&pid.to_le_bytes());
    dst[4..].copy_from_slice(&tgid.to_le_bytes());
    Ok(HelperResult::Ret(0))
}
