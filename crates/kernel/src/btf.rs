//! `BPF_BTF_LOAD`, and the BTF a program can be loaded with ([`load_with_btf`]): its
//! `func_info` and `line_info` records, with which the kernel's verifier log names the C line
//! of each instruction it prints (`; <source line> @ <file>:<line>`), as it does for a
//! program libbpf loads from a clang object.
//!
//! The caller hands over BTF as the kernel takes it (libbpf fixes up clang's `DATASEC` sizes
//! and variable offsets first) and the records already in the kernel's units: instruction
//! indices of the program as loaded, name and text as offsets into that BTF's strings.

use std::os::fd::{AsRawFd, OwnedFd};

use crate::error::Error;
use crate::sys::{self, cmd, BtfLoadAttr};

/// A BTF object loaded into the kernel; the fd closes on drop.
#[derive(Debug)]
pub struct Btf {
    fd: OwnedFd,
}

/// `struct bpf_func_info`: a function starts at instruction `insn_off`, of BTF type
/// `type_id` (a `FUNC`).
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FuncInfo {
    pub insn_off: u32,
    pub type_id: u32,
}

/// `struct bpf_line_info`: from instruction `insn_off` on, the code is the C line whose file
/// name and text are at `file_name_off` and `line_off` of the BTF strings;
/// `line_col` is `line << 10 | column`.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineInfo {
    pub insn_off: u32,
    pub file_name_off: u32,
    pub line_off: u32,
    pub line_col: u32,
}

/// What [`load_with_btf`] passes beside the instructions.
#[derive(Debug)]
pub struct ProgBtf<'a> {
    pub btf: &'a Btf,
    pub func_info: Vec<FuncInfo>,
    pub line_info: Vec<LineInfo>,
}

impl Btf {
    /// Loads raw BTF (header, types, strings). A refusal is an [`Error::InvalidInput`]
    /// carrying the kernel's BTF log.
    pub fn load(data: &[u8]) -> Result<Btf, Error> {
        crate::avail::check()?;
        let size = u32::try_from(data.len())
            .map_err(|_| Error::InvalidInput("BTF larger than 4 GiB".into()))?;
        let mut log = vec![0u8; 64 * 1024];
        let mut attr = BtfLoadAttr {
            btf: sys::ptr(data.as_ptr()),
            btf_log_buf: sys::ptr(log.as_mut_ptr()),
            btf_size: size,
            btf_log_size: log.len() as u32,
            btf_log_level: 1,
            ..Default::default()
        };
        // SAFETY: `data` holds btf_size readable bytes and `log` btf_log_size writable ones;
        // both outlive the call.
        match unsafe { sys::bpf(cmd::BTF_LOAD, &mut attr) } {
            // SAFETY: a successful BPF_BTF_LOAD returns a new fd we own.
            Ok(fd) => Ok(Btf {
                fd: unsafe { sys::owned_fd(fd) },
            }),
            Err(errno) => {
                let end = log.iter().position(|&b| b == 0).unwrap_or(log.len());
                let text = String::from_utf8_lossy(&log[..end]);
                Err(Error::InvalidInput(format!(
                    "BPF_BTF_LOAD failed: {errno}: {}",
                    text.trim()
                )))
            }
        }
    }

    pub(crate) fn raw_fd(&self) -> u32 {
        self.fd.as_raw_fd() as u32
    }
}

/// [`crate::load`], with BTF, `func_info` and `line_info` (see the module docs).
pub fn load_with_btf(
    insns: &[isa::RawInsn],
    maps: &[(usize, &crate::Map)],
    opts: &crate::LoadOptions,
    btf: &ProgBtf,
) -> Result<crate::LoadOutcome, Error> {
    crate::prog::load_impl(insns, maps, opts, Some(btf))
}
