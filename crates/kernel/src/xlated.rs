//! A loaded program's instructions as the verifier left them (`BPF_OBJ_GET_INFO_BY_FD`'s
//! `xlated_prog_insns`: context accesses converted, dead code removed, map references as
//! map ids), and a program pinned in bpffs (`BPF_OBJ_GET`): what a test compares between a
//! program another loader (libbpf, through bpftool) loaded and the same program loaded here.

use std::ffi::CString;
use std::os::fd::{AsRawFd, BorrowedFd, OwnedFd};
use std::path::Path;

use isa::RawInsn;

use crate::error::Error;
use crate::sys::{self, cmd};

/// `BPF_OBJ_GET` (up to `path_fd`).
#[repr(C)]
#[derive(Default)]
struct ObjGetAttr {
    pathname: u64,
    bpf_fd: u32,
    file_flags: u32,
    path_fd: i32,
    _pad: u32,
}

/// `BPF_OBJ_GET_INFO_BY_FD`.
#[repr(C)]
#[derive(Default)]
struct InfoAttr {
    bpf_fd: u32,
    info_len: u32,
    info: u64,
}

/// `struct bpf_prog_info` up to `xlated_prog_insns`.
#[repr(C)]
#[derive(Default)]
struct ProgInfo {
    prog_type: u32,
    id: u32,
    tag: [u8; 8],
    jited_prog_len: u32,
    xlated_prog_len: u32,
    jited_prog_insns: u64,
    xlated_prog_insns: u64,
}

const _: () = {
    assert!(std::mem::size_of::<ObjGetAttr>() == 24);
    assert!(std::mem::size_of::<InfoAttr>() == 16);
    assert!(std::mem::offset_of!(ProgInfo, xlated_prog_insns) == 32);
};

/// The object pinned at `path` in bpffs (a program pinned by `bpftool prog load`).
pub fn pinned(path: &Path) -> Result<OwnedFd, Error> {
    crate::avail::check()?;
    let name = CString::new(path.as_os_str().as_encoded_bytes())
        .map_err(|_| Error::InvalidInput(format!("{}: a NUL byte", path.display())))?;
    let mut attr = ObjGetAttr {
        pathname: sys::ptr(name.as_ptr()),
        ..Default::default()
    };
    // SAFETY: `pathname` points at a NUL-terminated string that outlives the call.
    let fd = unsafe { sys::bpf(cmd::OBJ_GET, &mut attr) }
        .map_err(|e| Error::InvalidInput(format!("{}: {e}", path.display())))?;
    // SAFETY: a successful BPF_OBJ_GET returns a new fd we own.
    Ok(unsafe { sys::owned_fd(fd) })
}

/// The translated instructions of the program `fd` refers to.
pub fn xlated(fd: BorrowedFd<'_>) -> Result<Vec<RawInsn>, Error> {
    let mut info = ProgInfo::default();
    info_by_fd(fd, &mut info)?;
    let mut bytes = vec![0u8; info.xlated_prog_len as usize];
    let mut info = ProgInfo {
        xlated_prog_len: bytes.len() as u32,
        xlated_prog_insns: sys::ptr(bytes.as_mut_ptr()),
        ..Default::default()
    };
    info_by_fd(fd, &mut info)?;
    bytes.truncate(info.xlated_prog_len as usize);
    Ok(bytes
        .chunks_exact(8)
        .map(|c| RawInsn::from_bytes(c.try_into().expect("8 bytes")))
        .collect())
}

/// `BPF_OBJ_GET_INFO_BY_FD` into `info`, whose buffer pointers must be valid for their lengths.
fn info_by_fd(fd: BorrowedFd<'_>, info: &mut ProgInfo) -> Result<(), Error> {
    let mut attr = InfoAttr {
        bpf_fd: fd.as_raw_fd() as u32,
        info_len: std::mem::size_of::<ProgInfo>() as u32,
        info: sys::ptr(info as *const ProgInfo),
    };
    // SAFETY: `info` is a live, exclusively borrowed struct of `info_len` bytes, and its
    // `xlated_prog_insns` (when set) points at `xlated_prog_len` writable bytes.
    unsafe { sys::bpf(cmd::OBJ_GET_INFO_BY_FD, &mut attr) }
        .map(|_| ())
        .map_err(|e| Error::InvalidInput(format!("BPF_OBJ_GET_INFO_BY_FD: {e}")))
}
