//! `BPF_LINK_CREATE`: attaching an SK_LOOKUP program to a network namespace.
//!
//! The link (and the attachment) lives as long as the returned [`Link`]; dropping it
//! detaches the program.

use crate::avail;
use crate::error::Error;
use crate::prog::{Program, ATTACH_TYPE_SK_LOOKUP};
use crate::sys::{self, cmd, LinkCreateAttr};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};

/// An attached program; the fd closes (and the program detaches) on drop.
#[derive(Debug)]
pub struct Link {
    fd: OwnedFd,
}

impl AsFd for Link {
    fn as_fd(&self) -> BorrowedFd<'_> {
        self.fd.as_fd()
    }
}

/// Attaches `prog` to the network namespace `netns` (e.g. [`crate::SocketSet::netns`]) with
/// attach type `BPF_SK_LOOKUP` (36). Programs attached to one namespace run in attach order.
pub fn attach_netns(prog: &Program, netns: BorrowedFd<'_>) -> Result<Link, Error> {
    avail::check()?;
    let mut attr = LinkCreateAttr {
        prog_fd: prog.as_fd().as_raw_fd() as u32,
        target_fd: netns.as_raw_fd() as u32,
        attach_type: ATTACH_TYPE_SK_LOOKUP,
        ..Default::default()
    };
    // SAFETY: the attr holds no pointers.
    let fd = unsafe { sys::bpf(cmd::LINK_CREATE, &mut attr) }.map_err(|errno| Error::Syscall {
        op: "BPF_LINK_CREATE",
        errno,
    })?;
    // SAFETY: a successful BPF_LINK_CREATE returns a new fd we own.
    let fd = unsafe { sys::owned_fd(fd) };
    Ok(Link { fd })
}
