//! Local dynptrs as kernel/bpf/helpers.c runs them: `bpf_dynptr_from_mem`,
//! `bpf_dynptr_read`, `bpf_dynptr_write` and `bpf_dynptr_data`.
//!
//! The 16 bytes of `struct bpf_dynptr` on the program's stack hold what
//! `struct bpf_dynptr_kern` holds: the data pointer (here the VM's address of the memory),
//! the size with the type in bits 28-30 and the read-only flag in bit 31, and the offset.
//! The verifier refuses any load of those bytes, so only these helpers read them. A dynptr
//! whose data pointer is 0 is the NULL dynptr `bpf_dynptr_from_mem` leaves on failure.

use skctx::Errno;

use super::{errno, HelperResult, HelperStep};
use crate::interp::Exec;
use crate::memory::{read_le, write_le};
use crate::outcome::TrapKind;

/// `BPF_DYNPTR_TYPE_LOCAL` at `BPF_DYNPTR_TYPE_SHIFT` (28).
const TYPE_LOCAL: u32 = 1 << 28;
/// `DYNPTR_RDONLY_BIT`.
const RDONLY: u32 = 1 << 31;
/// `DYNPTR_SIZE_MASK`, also `DYNPTR_MAX_SIZE`.
const SIZE_MASK: u32 = 0x00ff_ffff;

/// `struct bpf_dynptr_kern`.
struct Kern {
    data: u64,
    size: u32,
    offset: u32,
}

impl Kern {
    fn len(&self) -> u32 {
        self.size & SIZE_MASK
    }

    /// `bpf_dynptr_check_off_len`.
    fn check(&self, offset: u32, len: u32) -> Result<(), Errno> {
        let size = self.len();
        if len > size || offset > size - len {
            return Err(Errno::E2BIG);
        }
        Ok(())
    }

    /// The address of byte `offset` of the data.
    fn at(&self, offset: u32) -> u64 {
        self.data + u64::from(self.offset) + u64::from(offset)
    }
}

fn load(exec: &Exec<'_>, addr: u64) -> Result<Kern, TrapKind> {
    let b = exec.bytes(addr, 16)?;
    Ok(Kern {
        data: read_le(&b[..8]),
        size: read_le(&b[8..12]) as u32,
        offset: read_le(&b[12..16]) as u32,
    })
}

fn store(exec: &mut Exec<'_>, addr: u64, k: &Kern) -> Result<(), TrapKind> {
    let b = exec.region_mut(addr, 16)?;
    write_le(&mut b[..8], k.data);
    write_le(&mut b[8..12], u64::from(k.size));
    write_le(&mut b[12..16], u64::from(k.offset));
    Ok(())
}

/// `bpf_dynptr_from_mem(data, size, flags, ptr)`: `-E2BIG` for a size above
/// `DYNPTR_MAX_SIZE`, `-EINVAL` for flags, each leaving the NULL dynptr.
pub(super) fn from_mem(exec: &mut Exec<'_>, _: &'static str) -> HelperStep {
    let [data, size, flags, ptr] = [exec.regs[1], exec.regs[2], exec.regs[3], exec.regs[4]];
    let size = size as u32;
    let failed = if size > SIZE_MASK {
        Some(Errno::E2BIG)
    } else if flags != 0 {
        Some(Errno::EINVAL)
    } else {
        None
    };
    let kern = match failed {
        Some(_) => Kern {
            data: 0,
            size: 0,
            offset: 0,
        },
        None => Kern {
            data,
            size: size | TYPE_LOCAL,
            offset: 0,
        },
    };
    store(exec, ptr, &kern)?;
    Ok(failed.map_or(HelperResult::Ret(0), errno))
}

/// `bpf_dynptr_read(dst, len, src, offset, flags)`: `-EINVAL` for a NULL dynptr or flags,
/// `-E2BIG` out of bounds; `dst` is left as it was on failure.
pub(super) fn read(exec: &mut Exec<'_>, _: &'static str) -> HelperStep {
    let [dst, len, src, offset, flags] = [
        exec.regs[1],
        exec.regs[2],
        exec.regs[3],
        exec.regs[4],
        exec.regs[5],
    ];
    let (len, offset) = (len as u32, offset as u32);
    let k = load(exec, src)?;
    if k.data == 0 || flags != 0 {
        return Ok(errno(Errno::EINVAL));
    }
    if let Err(e) = k.check(offset, len) {
        return Ok(errno(e));
    }
    let bytes = exec.read_bytes(k.at(offset), len)?;
    exec.region_mut(dst, len)?.copy_from_slice(&bytes);
    Ok(HelperResult::Ret(0))
}

/// `bpf_dynptr_write(dst, offset, src, len, flags)`: `-EINVAL` for a NULL or read-only
/// dynptr, `-E2BIG` out of bounds, then `-EINVAL` for flags.
pub(super) fn write(exec: &mut Exec<'_>, _: &'static str) -> HelperStep {
    let [dst, offset, src, len, flags] = [
        exec.regs[1],
        exec.regs[2],
        exec.regs[3],
        exec.regs[4],
        exec.regs[5],
    ];
    let (len, offset) = (len as u32, offset as u32);
    let k = load(exec, dst)?;
    if k.data == 0 || k.size & RDONLY != 0 {
        return Ok(errno(Errno::EINVAL));
    }
    if let Err(e) = k.check(offset, len) {
        return Ok(errno(e));
    }
    if flags != 0 {
        return Ok(errno(Errno::EINVAL));
    }
    let bytes = exec.read_bytes(src, len)?;
    exec.region_mut(k.at(offset), len)?.copy_from_slice(&bytes);
    Ok(HelperResult::Ret(0))
}

/// `bpf_dynptr_data(ptr, offset, len)`: the address of the bytes, or NULL for a NULL or
/// read-only dynptr and out of bounds.
pub(super) fn data(exec: &mut Exec<'_>, _: &'static str) -> HelperStep {
    let [ptr, offset, len] = [exec.regs[1], exec.regs[2], exec.regs[3]];
    let k = load(exec, ptr)?;
    let ok = k.data != 0 && k.check(offset as u32, len as u32).is_ok() && k.size & RDONLY == 0;
    Ok(HelperResult::Ret(if ok { k.at(offset as u32) } else { 0 }))
}
