//! `BPF_PROG_TEST_RUN` for SK_LOOKUP programs (sk_lookup-runtime.md §5).
//!
//! The input context is built from a [`Tuple`]; the output context's `cookie` field (offset
//! 0) is the cookie of the finally selected socket, which is mapped back to the
//! [`SocketDesc`] it was opened from.

use crate::avail;
use crate::error::{Errno, Error};
use crate::prog::Program;
use crate::socket::SocketSet;
use crate::sys::{self, cmd, TestRunAttr};
use skctx::net::{SocketDesc, Tuple, SK_LOOKUP_CTX_SIZE};
use std::os::fd::{AsFd, AsRawFd};

/// The socket a test run selected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selected {
    /// Index in the [`SocketSet`].
    pub index: usize,
    pub name: Option<String>,
    pub desc: SocketDesc,
}

/// Result of one `BPF_PROG_TEST_RUN`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestRunOutcome {
    /// Set when the syscall failed: e.g. EOPNOTSUPP when the final selection is in a
    /// reuseport group and was made without `BPF_SK_LOOKUP_F_NO_REUSEPORT`, EINVAL/ERANGE/
    /// EAFNOSUPPORT/E2BIG for bad contexts, ENOSPC for a short `ctx_out`.
    pub errno: Option<Errno>,
    /// The verdict (1 = SK_PASS, 0 = SK_DROP); `None` when the kernel did not report one.
    pub retval: Option<u32>,
    /// Average run time in ns; `None` when not reported.
    pub duration_ns: Option<u32>,
    /// The output context as the kernel wrote it (empty when not written).
    pub ctx_out: Vec<u8>,
    /// `cookie` from `ctx_out` (0: nothing selected, or not written).
    pub cookie: u64,
    /// The selected socket, resolved from `cookie` through the socket set.
    pub selected: Option<Selected>,
}

/// Runs `prog` once per `repeat` (0 means 1) on the context of `tuple`, and resolves the
/// selection through `sockets` (when given).
pub fn test_run(
    prog: &Program,
    tuple: &Tuple,
    repeat: u32,
    sockets: Option<&SocketSet>,
) -> Result<TestRunOutcome, Error> {
    let mut out = test_run_ctx(prog, &tuple.to_ctx_bytes(), SK_LOOKUP_CTX_SIZE, repeat)?;
    if let Some(set) = sockets {
        out.selected = set.by_cookie(out.cookie).map(|s| Selected {
            index: s.index(),
            name: s.name().map(str::to_string),
            desc: s.desc().clone(),
        });
    }
    Ok(out)
}

/// Runs a program that takes packet data rather than an SK_LOOKUP context (e.g. a
/// [`crate::PROG_TYPE_SOCKET_FILTER`] program, whose data must hold at least an Ethernet
/// header, 14 bytes) once on `data`, with no context and no output: `retval` is the low 32
/// bits of the program's R0.
pub fn test_run_data(prog: &Program, data: &[u8]) -> Result<TestRunOutcome, Error> {
    avail::check()?;
    let size_in = u32::try_from(data.len())
        .map_err(|_| Error::InvalidInput(format!("data_in of {} bytes", data.len())))?;
    let mut attr = TestRunAttr {
        prog_fd: prog.as_fd().as_raw_fd() as u32,
        repeat: 1,
        data_size_in: size_in,
        data_in: if data.is_empty() {
            0
        } else {
            sys::ptr(data.as_ptr())
        },
        ..Default::default()
    };
    // SAFETY: data is readable for data_size_in bytes (a null pointer with size 0
    // otherwise) and outlives the call; no output buffers are passed.
    let r = unsafe { sys::bpf(cmd::PROG_TEST_RUN, &mut attr) };
    let errno = r.err();
    Ok(TestRunOutcome {
        errno,
        retval: errno.is_none().then_some(attr.retval),
        duration_ns: errno.is_none().then_some(attr.duration),
        ctx_out: Vec::new(),
        cookie: 0,
        selected: None,
    })
}

/// Runs `prog` on a raw input context (any length, including empty) with an output buffer of
/// `ctx_out_size` bytes (0 for none), to probe the kernel's context checks.
pub fn test_run_ctx(
    prog: &Program,
    ctx_in: &[u8],
    ctx_out_size: usize,
    repeat: u32,
) -> Result<TestRunOutcome, Error> {
    avail::check()?;
    let size_in = u32::try_from(ctx_in.len())
        .map_err(|_| Error::InvalidInput(format!("ctx_in of {} bytes", ctx_in.len())))?;
    let size_out = u32::try_from(ctx_out_size)
        .map_err(|_| Error::InvalidInput(format!("ctx_out of {ctx_out_size} bytes")))?;
    let mut ctx_out = vec![0u8; ctx_out_size];
    let mut attr = TestRunAttr {
        prog_fd: prog.as_fd().as_raw_fd() as u32,
        repeat,
        ctx_size_in: size_in,
        ctx_in: if ctx_in.is_empty() {
            0
        } else {
            sys::ptr(ctx_in.as_ptr())
        },
        ctx_size_out: size_out,
        ctx_out: if ctx_out.is_empty() {
            0
        } else {
            sys::ptr(ctx_out.as_mut_ptr())
        },
        ..Default::default()
    };
    // SAFETY: ctx_in is readable for ctx_size_in bytes, ctx_out writable for ctx_size_out
    // bytes (null pointers with size 0 otherwise); both outlive the call.
    let r = unsafe { sys::bpf(cmd::PROG_TEST_RUN, &mut attr) };
    let errno = r.err();
    // On success and on a short ctx_out (ENOSPC) the kernel has written retval, duration
    // and ctx_size_out; on other errors it wrote nothing.
    let reported = errno.is_none() || errno == Some(Errno::ENOSPC);
    let written = if reported {
        (attr.ctx_size_out as usize).min(ctx_out.len())
    } else {
        0
    };
    ctx_out.truncate(written);
    let cookie = match ctx_out.get(0..8) {
        Some(b) => u64::from_ne_bytes(b.try_into().unwrap_or([0; 8])),
        None => 0,
    };
    Ok(TestRunOutcome {
        errno,
        retval: reported.then_some(attr.retval),
        duration_ns: reported.then_some(attr.duration),
        ctx_out,
        cookie,
        selected: None,
    })
}
