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

/// A function of [`func_only_btf`]: its name (6.8+ logs print a global function's), its
/// `BTF_FUNC_*` linkage (0 static, 1 global) and its prototype's parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BtfFunc {
    pub name: String,
    pub linkage: u16,
    pub params: Vec<BtfParam>,
}

/// A parameter of a [`BtfFunc`]: what the verifier reads from the prototype of a global
/// function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BtfParam {
    /// `int`: a scalar.
    Int,
    /// `struct bpf_sk_lookup *`: the context.
    SkLookupPtr,
    /// A pointer to a struct of `size` bytes (`struct s<size>`, no members): memory of that
    /// size or NULL; `nonnull` adds an `arg:nonnull` `DECL_TAG` (`__arg_nonnull`).
    StructPtr { size: u32, nonnull: bool },
}

/// [`load_with_btf`] with [`func_only_btf`] for `funcs`: `(first instruction, function)`
/// per function, sorted, the entry point first; none: [`crate::load`], without BTF.
pub fn load_with_funcs(
    insns: &[isa::RawInsn],
    maps: &[(usize, &crate::Map)],
    opts: &crate::LoadOptions,
    funcs: &[(u32, BtfFunc)],
) -> Result<crate::LoadOutcome, Error> {
    if funcs.is_empty() {
        return crate::load(insns, maps, opts);
    }
    let defs: Vec<BtfFunc> = funcs.iter().map(|(_, f)| f.clone()).collect();
    let starts: Vec<u32> = funcs.iter().map(|&(start, _)| start).collect();
    let btf = Btf::load(&func_only_btf(&defs))?;
    let prog_btf = ProgBtf {
        btf: &btf,
        func_info: func_only_info(&starts),
        line_info: Vec::new(),
    };
    load_with_btf(insns, maps, opts, &prog_btf)
}

/// `int` (type 1), `struct bpf_sk_lookup` (type 2, empty: the verifier compares the name
/// only), a pointer to it (type 3).
const FIXED_TYPES: u32 = 3;

/// BTF for a load that needs `func_info` and nothing else of BTF (callbacks and global
/// functions, where the kernel reads each function's linkage and a global one's
/// prototype): the [`FIXED_TYPES`], then per entry of `funcs` its `FUNC_PROTO` (returning
/// `int`, parameters `a0`, `a1`, ...) and a `FUNC` of that name, prototype and linkage,
/// the `k`-th `FUNC` type id `FIXED_TYPES + 2 * k + 2`; records for them from
/// [`func_only_info`]. After them, per [`BtfParam::StructPtr`], its struct, the pointer to
/// it and its decl tag (which prototypes refer to ahead, as BTF allows).
pub fn func_only_btf(funcs: &[BtfFunc]) -> Vec<u8> {
    const KIND_INT: u32 = 1;
    const KIND_PTR: u32 = 2;
    const KIND_STRUCT: u32 = 4;
    const KIND_FUNC: u32 = 12;
    const KIND_FUNC_PROTO: u32 = 13;
    const KIND_DECL_TAG: u32 = 17;
    const INT_SIGNED: u32 = 1 << 24;
    let mut strings = b"\0int\0bpf_sk_lookup\0".to_vec();
    let mut types: Vec<u32> = vec![1, KIND_INT << 24, 4, INT_SIGNED | 32];
    types.extend([5, KIND_STRUCT << 24, 0]);
    types.extend([0, KIND_PTR << 24, 2]);
    let name = |strings: &mut Vec<u8>, text: String| {
        let off = strings.len() as u32;
        strings.extend_from_slice(text.as_bytes());
        strings.push(0);
        off
    };
    // Types after the functions' (structs, pointers, decl tags), and the next one's id.
    let mut extra: Vec<u32> = Vec::new();
    let mut next_id = FIXED_TYPES + 2 * funcs.len() as u32 + 1;
    for (k, f) in funcs.iter().enumerate() {
        let proto = FIXED_TYPES + 2 * k as u32 + 1;
        types.extend([0, (KIND_FUNC_PROTO << 24) | f.params.len() as u32, 1]);
        for (i, p) in f.params.iter().enumerate() {
            let ty = match *p {
                BtfParam::Int => 1,
                BtfParam::SkLookupPtr => 3,
                BtfParam::StructPtr { size, nonnull } => {
                    let s = name(&mut strings, format!("s{size}"));
                    extra.extend([s, KIND_STRUCT << 24, size]);
                    extra.extend([0, KIND_PTR << 24, next_id]);
                    if nonnull {
                        let tag = name(&mut strings, "arg:nonnull".into());
                        extra.extend([tag, KIND_DECL_TAG << 24, proto + 1, i as u32]);
                    }
                    next_id += 2 + u32::from(nonnull);
                    next_id - 1 - u32::from(nonnull)
                }
            };
            types.extend([name(&mut strings, format!("a{i}")), ty]);
        }
        let func = name(&mut strings, f.name.clone());
        types.extend([func, (KIND_FUNC << 24) | u32::from(f.linkage), proto]);
    }
    types.extend(extra);
    let type_len = (types.len() * 4) as u32;
    let mut out = Vec::with_capacity(24 + type_len as usize + strings.len());
    out.extend(0xeb9f_u16.to_le_bytes());
    out.extend([1u8, 0]);
    for word in [24, 0, type_len, type_len, strings.len() as u32] {
        out.extend(word.to_le_bytes());
    }
    for word in types {
        out.extend(word.to_le_bytes());
    }
    out.extend(strings);
    out
}

/// The `func_info` of [`func_only_btf`]'s functions, the `k`-th starting at `starts[k]`.
pub fn func_only_info(starts: &[u32]) -> Vec<FuncInfo> {
    starts
        .iter()
        .enumerate()
        .map(|(k, &insn_off)| FuncInfo {
            insn_off,
            type_id: FIXED_TYPES + 2 * k as u32 + 2,
        })
        .collect()
}
