//! The raw `bpf()` syscall and the `union bpf_attr` layouts this crate uses.
//!
//! Each command gets its own `#[repr(C)]` struct mirroring the matching anonymous struct of
//! `union bpf_attr` in `include/uapi/linux/bpf.h` (6.18), truncated after the last field we
//! set. The kernel accepts a shorter attr (it zero-fills the rest) and a longer one as long as
//! the unknown tail is zero, so these work on older kernels too.
//!
//! This is the only module that calls `bpf()`.

use crate::error::Errno;
use std::os::fd::{FromRawFd, OwnedFd};

/// `enum bpf_cmd` values.
pub(crate) mod cmd {
    pub const MAP_CREATE: u32 = 0;
    pub const MAP_LOOKUP_ELEM: u32 = 1;
    pub const MAP_UPDATE_ELEM: u32 = 2;
    pub const MAP_DELETE_ELEM: u32 = 3;
    pub const PROG_LOAD: u32 = 5;
    pub const OBJ_GET: u32 = 7;
    pub const PROG_TEST_RUN: u32 = 10;
    pub const OBJ_GET_INFO_BY_FD: u32 = 15;
    pub const BTF_LOAD: u32 = 18;
    pub const MAP_FREEZE: u32 = 22;
    pub const LINK_CREATE: u32 = 28;
}

/// `BPF_MAP_CREATE` (fields up to `map_extra`).
#[repr(C)]
#[derive(Default)]
pub(crate) struct MapCreateAttr {
    pub map_type: u32,
    pub key_size: u32,
    pub value_size: u32,
    pub max_entries: u32,
    pub map_flags: u32,
    pub inner_map_fd: u32,
    pub numa_node: u32,
    pub map_name: [u8; 16],
    pub map_ifindex: u32,
    pub btf_fd: u32,
    pub btf_key_type_id: u32,
    pub btf_value_type_id: u32,
    pub btf_vmlinux_value_type_id: u32,
    pub map_extra: u64,
}

/// `BPF_MAP_*_ELEM`, and `BPF_MAP_FREEZE` (only `map_fd`).
#[repr(C)]
#[derive(Default)]
pub(crate) struct MapElemAttr {
    pub map_fd: u32,
    pub _pad: u32,
    pub key: u64,
    /// `value` or `next_key`.
    pub value: u64,
    pub flags: u64,
}

/// `BPF_PROG_LOAD` (fields up to `fd_array_cnt`, 6.14+; older kernels see zeros there).
#[repr(C)]
#[derive(Default)]
pub(crate) struct ProgLoadAttr {
    pub prog_type: u32,
    pub insn_cnt: u32,
    pub insns: u64,
    pub license: u64,
    pub log_level: u32,
    pub log_size: u32,
    pub log_buf: u64,
    pub kern_version: u32,
    pub prog_flags: u32,
    pub prog_name: [u8; 16],
    pub prog_ifindex: u32,
    pub expected_attach_type: u32,
    pub prog_btf_fd: u32,
    pub func_info_rec_size: u32,
    pub func_info: u64,
    pub func_info_cnt: u32,
    pub line_info_rec_size: u32,
    pub line_info: u64,
    pub line_info_cnt: u32,
    pub attach_btf_id: u32,
    pub attach_prog_fd: u32,
    pub core_relo_cnt: u32,
    pub fd_array: u64,
    pub core_relos: u64,
    pub core_relo_rec_size: u32,
    /// Written by the kernel (6.4+): the log size the full log needs.
    pub log_true_size: u32,
    pub prog_token_fd: i32,
    pub fd_array_cnt: u32,
}

/// `BPF_BTF_LOAD` (fields up to `btf_log_true_size`).
#[repr(C)]
#[derive(Default)]
pub(crate) struct BtfLoadAttr {
    pub btf: u64,
    pub btf_log_buf: u64,
    pub btf_size: u32,
    pub btf_log_size: u32,
    pub btf_log_level: u32,
    pub btf_log_true_size: u32,
}

/// `BPF_PROG_TEST_RUN`.
#[repr(C)]
#[derive(Default)]
pub(crate) struct TestRunAttr {
    pub prog_fd: u32,
    pub retval: u32,
    pub data_size_in: u32,
    pub data_size_out: u32,
    pub data_in: u64,
    pub data_out: u64,
    pub repeat: u32,
    pub duration: u32,
    pub ctx_size_in: u32,
    pub ctx_size_out: u32,
    pub ctx_in: u64,
    pub ctx_out: u64,
    pub flags: u32,
    pub cpu: u32,
    pub batch_size: u32,
    pub _pad: u32,
}

/// `BPF_LINK_CREATE` (generic head only).
#[repr(C)]
#[derive(Default)]
pub(crate) struct LinkCreateAttr {
    pub prog_fd: u32,
    pub target_fd: u32,
    pub attach_type: u32,
    pub flags: u32,
    pub _rest: [u64; 4],
}

// Offsets checked against include/uapi/linux/bpf.h.
const _: () = {
    assert!(std::mem::size_of::<MapCreateAttr>() == 72);
    assert!(std::mem::size_of::<MapElemAttr>() == 32);
    assert!(std::mem::offset_of!(ProgLoadAttr, expected_attach_type) == 68);
    assert!(std::mem::offset_of!(ProgLoadAttr, fd_array) == 120);
    assert!(std::mem::offset_of!(ProgLoadAttr, log_true_size) == 140);
    assert!(std::mem::size_of::<ProgLoadAttr>() == 152);
    assert!(std::mem::offset_of!(TestRunAttr, ctx_in) == 48);
    assert!(std::mem::offset_of!(TestRunAttr, batch_size) == 72);
    assert!(std::mem::size_of::<TestRunAttr>() == 80);
    assert!(std::mem::size_of::<BtfLoadAttr>() == 32);
};

/// Calls `bpf(cmd, attr, sizeof(*attr))`.
///
/// # Safety
///
/// Every pointer stored (as a `u64`) in `attr` must be valid for the kernel to read (and,
/// for output buffers, to write) for the size stated beside it in `attr`, for the duration
/// of the call.
pub(crate) unsafe fn bpf<T>(cmd: u32, attr: &mut T) -> Result<i64, Errno> {
    static MEMLOCK: std::sync::Once = std::sync::Once::new();
    MEMLOCK.call_once(lift_memlock_limit);
    // SAFETY: `attr` is a live, exclusively borrowed repr(C) struct of exactly
    // size_of::<T>() bytes; the caller guarantees the pointers inside it.
    let r = unsafe {
        libc::syscall(
            libc::SYS_bpf,
            cmd as libc::c_long,
            attr as *mut T as *mut libc::c_void,
            std::mem::size_of::<T>() as libc::c_uint,
        )
    };
    if r < 0 {
        Err(crate::error::last_errno())
    } else {
        Ok(r)
    }
}

/// Lifts `RLIMIT_MEMLOCK`, as libbpf does: kernels before 5.11 charge maps and programs to
/// it (memcg accounting replaced that), and its default of 64 KiB refuses a SOCKMAP with
/// `EPERM` (measured in Debian's 5.10.262 under qemu). Later kernels ignore the limit; a
/// process that may not raise it keeps it.
fn lift_memlock_limit() {
    let unlimited = libc::rlimit {
        rlim_cur: libc::RLIM_INFINITY,
        rlim_max: libc::RLIM_INFINITY,
    };
    // SAFETY: setrlimit reads the struct it is given and nothing else.
    let _ = unsafe { libc::setrlimit(libc::RLIMIT_MEMLOCK, &unlimited) };
}

/// Wraps a file descriptor number that a syscall just returned.
///
/// # Safety
///
/// `fd` must be a freshly created descriptor that nothing else owns.
pub(crate) unsafe fn owned_fd(fd: i64) -> OwnedFd {
    // SAFETY: the caller guarantees `fd` is a new descriptor owned by nobody else;
    // descriptors fit in an i32.
    unsafe { OwnedFd::from_raw_fd(fd as i32) }
}

/// A user pointer as the `__aligned_u64` the kernel expects.
pub(crate) fn ptr<T>(p: *const T) -> u64 {
    p as usize as u64
}

/// Copies `name` into a 16-byte object name (at most 15 bytes, NUL-terminated).
pub(crate) fn object_name(name: &str) -> [u8; 16] {
    let mut out = [0u8; 16];
    for (d, s) in out.iter_mut().zip(name.bytes().take(15)) {
        *d = s;
    }
    out
}
