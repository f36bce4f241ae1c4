//! `BPF_PROG_LOAD`: loading a program into the live verifier, with map bindings, log
//! growth, privilege levels and a parsed summary of the log.

use crate::avail;
use crate::btf::{FuncInfo, LineInfo, ProgBtf};
use crate::error::{Errno, Error};
use crate::log::LogSummary;
use crate::map::Map;
use crate::privilege::{with_privilege, Privilege};
use crate::sys::{self, cmd, ProgLoadAttr};
use isa::{LdImmKind, RawInsn};
use std::ffi::CString;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};

/// `BPF_PROG_TYPE_SK_LOOKUP`, from skctx (the one place that knows the program type).
pub const PROG_TYPE_SK_LOOKUP: u32 = skctx::ctx::BPF_PROG_TYPE_SK_LOOKUP;
/// `BPF_PROG_TYPE_SOCKET_FILTER` (include/uapi/linux/bpf.h): not an SK_LOOKUP type, but its
/// test run ([`crate::test_run_data`]) returns R0 for any packet, which makes it the
/// oracle for the instruction set itself (load it with `expected_attach_type` 0).
pub const PROG_TYPE_SOCKET_FILTER: u32 = 1;
/// `BPF_SK_LOOKUP` attach type, from skctx.
pub const ATTACH_TYPE_SK_LOOKUP: u32 = skctx::ctx::BPF_SK_LOOKUP_ATTACH_TYPE;
/// `BPF_LOG_STATS` (include/linux/bpf_verifier.h): adds `verification time` and
/// `stack depth` lines to the log.
pub const LOG_STATS: u32 = 4;
/// Smallest log buffer the kernel accepts (`bpf_verifier_log_attr_valid`, 6.4+).
pub const MIN_LOG_SIZE: u32 = 128;
/// Largest log buffer the kernel accepts (`UINT_MAX >> 2`).
pub const MAX_LOG_SIZE: u32 = u32::MAX >> 2;
/// Most instructions a program may have (`BPF_COMPLEXITY_LIMIT_INSNS`).
pub const MAX_INSNS: usize = skctx::limits::BPF_COMPLEXITY_LIMIT_INSNS;

/// How to load a program. `Default` is what the project uses everywhere: SK_LOOKUP,
/// attach type 36, license `GPL`, log level 1 with statistics, 64 KiB initial log, root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadOptions {
    /// `prog_type` (override to probe other program types).
    pub prog_type: u32,
    /// `expected_attach_type` (override to test the EINVAL-before-verifier path).
    pub expected_attach_type: u32,
    pub license: String,
    /// Verifier log level: 0 (no instruction trace), 1 or 2.
    pub log_level: u32,
    /// Add `BPF_LOG_STATS` (4) to the log level to get the verification time.
    pub stats: bool,
    /// First log buffer size; grown and retried while the kernel answers ENOSPC.
    pub initial_log_size: u32,
    pub privilege: Privilege,
    /// Program name (at most 15 characters of `[A-Za-z0-9_.]`).
    pub name: Option<String>,
    /// `prog_flags` (e.g. `BPF_F_STRICT_ALIGNMENT` = 1, `BPF_F_TEST_RND_HI32` = 4).
    pub prog_flags: u32,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            prog_type: PROG_TYPE_SK_LOOKUP,
            expected_attach_type: ATTACH_TYPE_SK_LOOKUP,
            license: "GPL".into(),
            log_level: 1,
            stats: true,
            initial_log_size: 64 * 1024,
            privilege: Privilege::Root,
            name: None,
            prog_flags: 0,
        }
    }
}

impl LoadOptions {
    /// The same options at another privilege level.
    pub fn with_privilege(mut self, p: Privilege) -> Self {
        self.privilege = p;
        self
    }

    fn effective_log_level(&self) -> u32 {
        self.log_level | if self.stats { LOG_STATS } else { 0 }
    }
}

/// A loaded program; the fd closes on drop.
#[derive(Debug)]
pub struct Program {
    fd: OwnedFd,
    insn_count: usize,
}

impl Program {
    /// Number of instruction slots that were loaded.
    pub fn insn_count(&self) -> usize {
        self.insn_count
    }
}

impl AsFd for Program {
    fn as_fd(&self) -> BorrowedFd<'_> {
        self.fd.as_fd()
    }
}

/// What the kernel said about a program.
#[derive(Debug)]
pub struct LoadOutcome {
    /// The program, when accepted.
    pub program: Option<Program>,
    /// Why `BPF_PROG_LOAD` failed, when rejected (EACCES, EINVAL, EPERM, ...).
    pub errno: Option<Errno>,
    /// The whole verifier log (empty with log level 0 and no stats).
    pub log: String,
    /// Message, failing instruction, instructions processed, verification time.
    pub summary: LogSummary,
    /// Log buffer size of the final attempt (0 when no log was requested).
    pub log_size: u32,
    /// Number of `BPF_PROG_LOAD` calls made (more than 1 when the log had to grow).
    pub attempts: u32,
}

impl LoadOutcome {
    pub fn accepted(&self) -> bool {
        self.program.is_some()
    }
    /// The kernel's message (lines joined with `\n`).
    pub fn message(&self) -> Option<String> {
        self.summary.message()
    }
    pub fn insn_index(&self) -> Option<usize> {
        self.summary.insn_index
    }
    pub fn processed_insns(&self) -> Option<u64> {
        self.summary.processed_insns
    }
    pub fn verification_time_usec(&self) -> Option<u64> {
        self.summary.verification_time_usec
    }
}

/// Patches each `(slot, map)` binding: the `ld_imm64` at `slot` becomes
/// `BPF_PSEUDO_MAP_FD` with `imm` = the map's fd, as libbpf does for an `R_BPF_64_64`
/// relocation against a map symbol.
pub fn bind_maps(insns: &mut [RawInsn], maps: &[(usize, BorrowedFd<'_>)]) -> Result<(), Error> {
    let map_fd_src = isa::table::ld_imm_row(LdImmKind::MapFd).src;
    for &(slot, fd) in maps {
        let len = insns.len();
        let Some(first) = insns.get(slot) else {
            return Err(Error::InvalidInput(format!(
                "map binding at slot {slot}: the program has {len} slots"
            )));
        };
        if first.code != isa::table::LD_IMM64 || slot + 1 >= len {
            return Err(Error::InvalidInput(format!(
                "map binding at slot {slot}: not an ld_imm64 (opcode {:#04x}{})",
                first.code,
                if slot + 1 >= len {
                    ", no second slot"
                } else {
                    ""
                }
            )));
        }
        insns[slot].src = map_fd_src;
        insns[slot].imm = fd.as_raw_fd();
        insns[slot + 1].imm = 0;
    }
    Ok(())
}

fn valid_object_name(n: &str) -> bool {
    n.len() <= 15
        && n.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.')
}

/// Loads `insns` (with the map bindings applied to a copy) and reports the verdict.
///
/// A rejection is an `Ok` outcome with `errno` set; `Err` means the request could not be
/// made (kernel unavailable, invalid input, helper thread failure).
pub fn load(
    insns: &[RawInsn],
    maps: &[(usize, &Map)],
    opts: &LoadOptions,
) -> Result<LoadOutcome, Error> {
    load_impl(insns, maps, opts, None)
}

/// [`load`], and [`crate::load_with_btf`] when `btf` is given.
pub(crate) fn load_impl(
    insns: &[RawInsn],
    maps: &[(usize, &Map)],
    opts: &LoadOptions,
    btf: Option<&ProgBtf>,
) -> Result<LoadOutcome, Error> {
    avail::check()?;
    if insns.is_empty() {
        return Err(Error::InvalidInput("empty program".into()));
    }
    if insns.len() > MAX_INSNS {
        return Err(Error::InvalidInput(format!(
            "{} instructions (the kernel takes at most {MAX_INSNS})",
            insns.len()
        )));
    }
    let license = CString::new(opts.license.as_bytes())
        .map_err(|_| Error::InvalidInput("license contains a NUL byte".into()))?;
    let name = match &opts.name {
        Some(n) if !valid_object_name(n) => {
            return Err(Error::InvalidInput(format!(
                "program name `{n}`: at most 15 characters of [A-Za-z0-9_.]"
            )))
        }
        Some(n) => sys::object_name(n),
        None => [0; 16],
    };
    if opts.log_level > 2 {
        return Err(Error::InvalidInput(format!(
            "log level {} (expected 0, 1 or 2; use `stats` for BPF_LOG_STATS)",
            opts.log_level
        )));
    }
    let mut code = insns.to_vec();
    let bindings: Vec<(usize, BorrowedFd<'_>)> =
        maps.iter().map(|(slot, m)| (*slot, m.as_fd())).collect();
    bind_maps(&mut code, &bindings)?;
    let bytes = RawInsn::slice_to_bytes(&code);

    let level = opts.effective_log_level();
    let want_log = level != 0;
    let first_size = if want_log {
        opts.initial_log_size.clamp(MIN_LOG_SIZE, MAX_LOG_SIZE)
    } else {
        0
    };

    with_privilege(opts.privilege, || {
        let mut size = first_size;
        let mut attempts = 0u32;
        loop {
            attempts += 1;
            let mut buf = vec![0u8; size as usize];
            let mut attr = ProgLoadAttr {
                prog_type: opts.prog_type,
                insn_cnt: code.len() as u32,
                insns: sys::ptr(bytes.as_ptr()),
                license: sys::ptr(license.as_ptr()),
                log_level: if want_log { level } else { 0 },
                log_size: size,
                log_buf: if want_log {
                    sys::ptr(buf.as_mut_ptr())
                } else {
                    0
                },
                prog_flags: opts.prog_flags,
                prog_name: name,
                expected_attach_type: opts.expected_attach_type,
                ..Default::default()
            };
            if let Some(b) = btf {
                set_btf(&mut attr, b);
            }
            // SAFETY: `bytes` holds insn_cnt * 8 bytes of instructions, `license` is
            // NUL-terminated, `buf` has `size` writable bytes (or log_buf is 0 with size 0),
            // `btf`'s records are as many as their counts say; all outlive the call.
            let r = unsafe { sys::bpf(cmd::PROG_LOAD, &mut attr) };
            let log = log_text(&buf);
            match r {
                Err(e) if e == Errno::ENOSPC && want_log && size < MAX_LOG_SIZE => {
                    // The log did not fit. 6.4+ says how much it needs; older kernels
                    // don't, so double. Slack covers numbers (times) growing a digit.
                    let need = attr.log_true_size.saturating_add(256);
                    let grown = size.saturating_mul(2).max(need).min(MAX_LOG_SIZE);
                    if grown <= size || attempts >= 32 {
                        return finish(None, Some(e), log, size, attempts, code.len());
                    }
                    size = grown;
                }
                Err(e) => return finish(None, Some(e), log, size, attempts, code.len()),
                Ok(fd) => {
                    // SAFETY: a successful BPF_PROG_LOAD returns a new fd we own.
                    let fd = unsafe { sys::owned_fd(fd) };
                    return finish(Some(fd), None, log, size, attempts, code.len());
                }
            }
        }
    })
}

/// Points `attr` at `btf`'s BTF object and records.
fn set_btf(attr: &mut ProgLoadAttr, btf: &ProgBtf) {
    attr.prog_btf_fd = btf.btf.raw_fd();
    attr.func_info_rec_size = std::mem::size_of::<FuncInfo>() as u32;
    attr.func_info = sys::ptr(btf.func_info.as_ptr());
    attr.func_info_cnt = btf.func_info.len() as u32;
    attr.line_info_rec_size = std::mem::size_of::<LineInfo>() as u32;
    attr.line_info = sys::ptr(btf.line_info.as_ptr());
    attr.line_info_cnt = btf.line_info.len() as u32;
}

/// Encodes structured instructions and loads them (see [`load`]).
pub fn load_insns(
    insns: &[isa::Insn],
    maps: &[(usize, &Map)],
    opts: &LoadOptions,
) -> Result<LoadOutcome, Error> {
    let raw: Vec<RawInsn> = insns.iter().flat_map(|i| i.encode()).collect();
    load(&raw, maps, opts)
}

fn log_text(buf: &[u8]) -> String {
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    String::from_utf8_lossy(&buf[..end]).into_owned()
}

fn finish(
    fd: Option<OwnedFd>,
    errno: Option<Errno>,
    log: String,
    log_size: u32,
    attempts: u32,
    insn_count: usize,
) -> LoadOutcome {
    let summary = LogSummary::parse(&log);
    LoadOutcome {
        program: fd.map(|fd| Program { fd, insn_count }),
        errno,
        log,
        summary,
        log_size,
        attempts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bind_maps_checks_slots() {
        let ld = isa::Insn::LdImm64 {
            dst: isa::Reg::R1,
            kind: LdImmKind::Imm,
            imm: 0,
            imm_hi: 0,
        };
        let mut code = ld.encode();
        code.push(RawInsn::new(0x95, 0, 0, 0, 0));
        let devnull = std::fs::File::open("/dev/null").unwrap();
        let fd = devnull.as_fd();
        bind_maps(&mut code, &[(0, fd)]).unwrap();
        assert_eq!(code[0].src, 1);
        assert_eq!(code[0].imm, fd.as_raw_fd());
        assert!(bind_maps(&mut code, &[(2, fd)]).is_err());
        assert!(bind_maps(&mut code, &[(1, fd)]).is_err());
        assert!(bind_maps(&mut code, &[(usize::MAX, fd)]).is_err());
        let mut short = vec![code[0]];
        assert!(bind_maps(&mut short, &[(0, fd)]).is_err());
    }

    #[test]
    fn names() {
        assert!(valid_object_name("sk_lookup.x1"));
        assert!(!valid_object_name("has space"));
        assert!(!valid_object_name("sixteen_chars_xx"));
    }
}
