//! Is the live kernel usable from this process?
//!
//! The answer is computed once per process: load a trivial SK_LOOKUP program
//! (`r0 = 1; exit`) and look at what `bpf()` says. Setting the environment variable
//! `SK_LOOKUP_NO_KERNEL` to a non-empty value forces "unavailable" (to exercise the skip
//! paths on a machine where the kernel works).

use crate::error::{Errno, Error, Unavailable};
use crate::prog::{ATTACH_TYPE_SK_LOOKUP, PROG_TYPE_SK_LOOKUP};
use crate::sys::{self, cmd, ProgLoadAttr};
use std::sync::OnceLock;

/// Name of the environment variable that forces [`availability`] to fail.
pub const DISABLE_ENV: &str = "SK_LOOKUP_NO_KERNEL";

/// `Ok` when programs can be loaded and test-run here; otherwise the reason.
pub fn availability() -> Result<(), Unavailable> {
    static CACHE: OnceLock<Result<(), Unavailable>> = OnceLock::new();
    CACHE.get_or_init(probe).clone()
}

/// [`availability`] as a crate [`Error`], for `?` in entry points.
pub(crate) fn check() -> Result<(), Error> {
    availability().map_err(Error::Unavailable)
}

fn probe() -> Result<(), Unavailable> {
    let un = |reason: String| Err(Unavailable { reason });
    if !cfg!(target_os = "linux") {
        return un("not Linux: bpf() exists only on Linux".into());
    }
    if std::env::var_os(DISABLE_ENV).is_some_and(|v| !v.is_empty()) {
        return un(format!(
            "disabled by the environment variable {DISABLE_ENV}"
        ));
    }
    // r0 = 1; exit  (BPF_ALU64|BPF_MOV|BPF_K, BPF_JMP|BPF_EXIT)
    let code: Vec<u8> = [
        isa::Insn::Alu {
            op: isa::AluOp::Mov,
            width: isa::Width::W64,
            dst: isa::Reg::R0,
            src: isa::Operand::Imm(1),
        },
        isa::Insn::Exit,
    ]
    .iter()
    .flat_map(|i| i.encode())
    .flat_map(|r| r.to_bytes())
    .collect();
    let license = c"GPL";
    let mut attr = ProgLoadAttr {
        prog_type: PROG_TYPE_SK_LOOKUP,
        insn_cnt: (code.len() / 8) as u32,
        insns: sys::ptr(code.as_ptr()),
        license: sys::ptr(license.as_ptr()),
        expected_attach_type: ATTACH_TYPE_SK_LOOKUP,
        ..Default::default()
    };
    // SAFETY: `code` and `license` outlive the call; no log buffer is passed.
    match unsafe { sys::bpf(cmd::PROG_LOAD, &mut attr) } {
        Ok(fd) => {
            // SAFETY: a successful BPF_PROG_LOAD returns a new fd we own; dropping closes it.
            drop(unsafe { sys::owned_fd(fd) });
            Ok(())
        }
        Err(e) if e == Errno::EPERM || e == Errno::EACCES => un(format!(
            "bpf(BPF_PROG_LOAD) refused with {e}: run as root or with CAP_BPF and CAP_NET_ADMIN"
        )),
        Err(e) if e == Errno::ENOSYS => un(format!(
            "bpf() is not available ({e}): kernel without CONFIG_BPF_SYSCALL, or blocked by seccomp"
        )),
        Err(e) if e == Errno::EINVAL => un(format!(
            "the kernel rejected a trivial SK_LOOKUP program ({e}): program type 30 needs Linux 5.9+"
        )),
        Err(e) => un(format!("bpf(BPF_PROG_LOAD) of a trivial SK_LOOKUP program failed: {e}")),
    }
}
