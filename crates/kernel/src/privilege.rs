//! Privilege levels for loading programs.
//!
//! Linux capabilities belong to a thread when they are changed with the raw `capset`
//! syscall (glibc's wrappers would broadcast set*id changes to all threads; `capset` itself
//! is per-task). [`with_privilege`] therefore runs the work on a fresh, short-lived thread
//! that first narrows its own effective and permitted sets and then ends, so no other
//! thread of the process ever loses a capability.

use crate::error::Error;

/// The privilege levels are the ones the rules know about ([`skctx::Privilege`]); this
/// module adds which capabilities each level keeps.
pub use skctx::Privilege;

/// Capability numbers kept at `p` (from `include/uapi/linux/capability.h`); `None` = keep
/// everything the process has.
fn kept(p: Privilege) -> Option<&'static [u32]> {
    const CAP_NET_ADMIN: u32 = 12;
    const CAP_BPF: u32 = 39;
    match p {
        Privilege::Root => None,
        Privilege::NoPerfmon => Some(&[CAP_BPF, CAP_NET_ADMIN]),
    }
}

/// `struct __user_cap_header_struct`.
#[repr(C)]
struct CapHeader {
    version: u32,
    pid: i32,
}

/// `struct __user_cap_data_struct`.
#[repr(C)]
#[derive(Default, Clone, Copy)]
struct CapData {
    effective: u32,
    permitted: u32,
    inheritable: u32,
}

/// `_LINUX_CAPABILITY_VERSION_3` (64-bit sets as two 32-bit words).
const CAP_VERSION_3: u32 = 0x2008_0522;

/// The calling thread's capability sets (two 32-bit words each, version 3).
fn capget() -> Result<[CapData; 2], Error> {
    let mut hdr = CapHeader {
        version: CAP_VERSION_3,
        pid: 0,
    };
    let mut data = [CapData::default(); 2];
    // SAFETY: capget writes two CapData structs (version 3) into `data`, reads `hdr`;
    // both live for the call.
    let r = unsafe {
        libc::syscall(
            libc::SYS_capget,
            &mut hdr as *mut CapHeader,
            data.as_mut_ptr(),
        )
    };
    if r < 0 {
        return Err(Error::Syscall {
            op: "capget",
            errno: crate::error::last_errno(),
        });
    }
    Ok(data)
}

/// Narrows the calling thread's effective and permitted sets to `keep`.
fn drop_caps_on_this_thread(keep: &[u32]) -> Result<(), Error> {
    let mut data = capget()?;
    let mut mask = [0u32; 2];
    for &c in keep {
        if let Some(m) = mask.get_mut((c / 32) as usize) {
            *m |= 1 << (c % 32);
        }
    }
    for (d, m) in data.iter_mut().zip(mask) {
        d.effective &= m;
        d.permitted &= m;
        d.inheritable &= m;
    }
    let mut hdr = CapHeader {
        version: CAP_VERSION_3,
        pid: 0,
    };
    // SAFETY: capset reads `hdr` and two CapData structs from `data`; pid 0 = this thread.
    let r = unsafe { libc::syscall(libc::SYS_capset, &mut hdr as *mut CapHeader, data.as_ptr()) };
    if r < 0 {
        return Err(Error::Syscall {
            op: "capset",
            errno: crate::error::last_errno(),
        });
    }
    Ok(())
}

/// Runs `f` with the capabilities of `privilege`.
///
/// `Root` runs `f` on the calling thread. `NoPerfmon` runs it on a new scoped thread that
/// drops every other capability first and exits afterwards (so `f` may borrow from the
/// caller).
pub fn with_privilege<T: Send>(
    privilege: Privilege,
    f: impl FnOnce() -> T + Send,
) -> Result<T, Error> {
    let Some(keep) = kept(privilege) else {
        return Ok(f());
    };
    std::thread::scope(|s| {
        let h = std::thread::Builder::new()
            .name("kernel-privdrop".into())
            .spawn_scoped(s, move || {
                drop_caps_on_this_thread(keep)?;
                Ok(f())
            })
            .map_err(|e| Error::Thread(format!("cannot start the privilege-drop thread: {e}")))?;
        h.join()
            .map_err(|_| Error::Thread("the privilege-drop thread panicked".into()))?
    })
}

/// The effective capability set of the calling thread (bit n = capability n).
pub fn effective_caps() -> Result<u64, Error> {
    let data = capget()?;
    Ok(((data[1].effective as u64) << 32) | data[0].effective as u64)
}
