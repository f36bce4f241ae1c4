//! `BPF_BTF_LOAD`, and the BTF a program can be loaded with ([`load_with_btf`]): its
//! `func_info` and `line_info` records, with which the kernel's verifier log names the C line
//! of each instruction it prints (`; <source line> @ <file>:<line>`), as it does for a
//! program libbpf loads from a clang object.
//!
//! The caller hands over BTF as the kernel takes it (libbpf fixes up clang's `DATASEC` sizes
//! and variable offsets first) and the records already in the kernel's units: instruction
//! indices of the program as loaded, name and text as offsets into that BTF's strings.

use std::os::fd::{AsRawFd, OwnedFd};

use skctx::proto::{Pointee, Proto, Ret, Type};

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
/// `BTF_FUNC_*` linkage (0 static, 1 global) and its prototype.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BtfFunc {
    pub name: String,
    pub linkage: u16,
    pub proto: Proto,
}

/// `funcs` as libbpf loads them into the running kernel: `BPF_BTF_LOAD` knows
/// `BTF_KIND_DECL_TAG` from 5.16 (Ubuntu's 5.15.225 refuses kind 17), and libbpf drops the
/// tags where it does not (its BTF sanitising).
pub fn sanitised_for_running(mut funcs: Vec<BtfFunc>) -> Vec<BtfFunc> {
    let knows_tags =
        crate::stable_version().map_or(true, |v| v >= skctx::KernelVersion::new(5, 16));
    if !knows_tags {
        for f in &mut funcs {
            f.proto.params.iter_mut().for_each(|p| p.tags.clear());
        }
    }
    funcs
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
    let btf = Btf::load(&func_only_btf(&sanitised_for_running(defs)))?;
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

const KIND_INT: u32 = 1;
const KIND_PTR: u32 = 2;
const KIND_STRUCT: u32 = 4;
const KIND_UNION: u32 = 5;
const KIND_FWD: u32 = 7;
const KIND_FUNC: u32 = 12;
const KIND_FUNC_PROTO: u32 = 13;
const KIND_DECL_TAG: u32 = 17;

/// BTF for a load that needs `func_info` and nothing else of BTF (callbacks and global
/// functions, where the kernel reads each function's linkage and a global one's
/// prototype): the [`FIXED_TYPES`], then per entry of `funcs` its `FUNC_PROTO`
/// (parameters `a0`, `a1`, ...) and a `FUNC` of that name, prototype and linkage, the
/// `k`-th `FUNC` type id `FIXED_TYPES + 2 * k + 2`; records for them from
/// [`func_only_info`]. After them the types the prototypes refer to ahead (as BTF allows):
/// a pointee `struct sN` of N bytes without members, `struct opaque` only declared
/// (`FWD`), a `FUNC_PROTO`, a struct or union passed by value, and each `arg:<tag>`
/// `DECL_TAG`.
pub fn func_only_btf(funcs: &[BtfFunc]) -> Vec<u8> {
    let mut b = Builder {
        strings: b"\0int\0bpf_sk_lookup\0".to_vec(),
        types: vec![1, KIND_INT << 24, 4, (1 << 24) | 32],
        extra: Vec::new(),
        next_id: FIXED_TYPES + 2 * funcs.len() as u32 + 1,
    };
    b.types.extend([5, KIND_STRUCT << 24, 0]);
    b.types.extend([0, KIND_PTR << 24, 2]);
    for (k, f) in funcs.iter().enumerate() {
        let func_id = FIXED_TYPES + 2 * k as u32 + 2;
        let ret = match f.proto.ret {
            Ret::Int => 1,
            Ret::Void => 0,
            Ret::Other => b.extra_type(&[0, KIND_PTR << 24, 1]),
        };
        let params = &f.proto.params;
        b.types
            .extend([0, (KIND_FUNC_PROTO << 24) | params.len() as u32, ret]);
        for (i, p) in params.iter().enumerate() {
            let ty = b.param_type(&p.ty);
            for tag in &p.tags {
                let name = b.name(&format!("arg:{}", tag.name()));
                b.extra_type(&[name, KIND_DECL_TAG << 24, func_id, i as u32]);
            }
            let name = b.name(&format!("a{i}"));
            b.types.extend([name, ty]);
        }
        let name = b.name(&f.name);
        b.types
            .extend([name, (KIND_FUNC << 24) | u32::from(f.linkage), func_id - 1]);
    }
    b.finish()
}

/// [`func_only_btf`]'s types, strings and the types after the functions'.
struct Builder {
    strings: Vec<u8>,
    types: Vec<u32>,
    extra: Vec<u32>,
    /// The id the next type of `extra` gets.
    next_id: u32,
}

impl Builder {
    fn name(&mut self, text: &str) -> u32 {
        let off = self.strings.len() as u32;
        self.strings.extend_from_slice(text.as_bytes());
        self.strings.push(0);
        off
    }

    fn extra_type(&mut self, words: &[u32]) -> u32 {
        self.extra.extend(words);
        self.next_id += 1;
        self.next_id - 1
    }

    /// The id of a parameter of type `ty`, its types added.
    fn param_type(&mut self, ty: &Type) -> u32 {
        match ty {
            // A type without a word (only `skasm lint` reads them from clang's BTF) is
            // unsupported there: nothing to compare, an `int` stands in.
            Type::Int | Type::Other(_) => 1,
            Type::Ptr(Pointee::Ctx) => 3,
            Type::Ptr(p) => {
                let to = self.pointee(p);
                self.extra_type(&[0, KIND_PTR << 24, to])
            }
            &Type::Struct(size) => self.composite(KIND_STRUCT, "s", size),
            &Type::Union(size) => self.composite(KIND_UNION, "u", size),
        }
    }

    fn pointee(&mut self, p: &Pointee) -> u32 {
        match p {
            Pointee::Ctx => 2,
            Pointee::Void => 0,
            &Pointee::Sized(size) => self.composite(KIND_STRUCT, "s", size),
            Pointee::Ptr => self.extra_type(&[0, KIND_PTR << 24, 1]),
            Pointee::Fwd(name) => {
                let name = self.name(name);
                self.extra_type(&[name, KIND_FWD << 24, 0])
            }
            Pointee::Func => self.extra_type(&[0, KIND_FUNC_PROTO << 24, 1]),
        }
    }

    /// A struct or union `<prefix><size>` of `size` bytes without members.
    fn composite(&mut self, kind: u32, prefix: &str, size: u32) -> u32 {
        let name = self.name(&format!("{prefix}{size}"));
        self.extra_type(&[name, kind << 24, size])
    }

    fn finish(mut self) -> Vec<u8> {
        self.types.append(&mut self.extra);
        let type_len = (self.types.len() * 4) as u32;
        let mut out = Vec::with_capacity(24 + type_len as usize + self.strings.len());
        out.extend(0xeb9f_u16.to_le_bytes());
        out.extend([1u8, 0]);
        for word in [24, 0, type_len, type_len, self.strings.len() as u32] {
            out.extend(word.to_le_bytes());
        }
        for word in self.types {
            out.extend(word.to_le_bytes());
        }
        out.extend(self.strings);
        out
    }
}

/// The key and value type ids of [`spin_lock_value_btf`].
pub const SPIN_LOCK_TYPE_IDS: (u32, u32) = (3, 4);

/// BTF for a map whose value holds a `struct bpf_spin_lock` at byte `lock_offset` (none:
/// a value struct without members): type 1 `unsigned int`, 2 `struct bpf_spin_lock {
/// unsigned int val; }` (the kernel finds the lock by this name), 3 the key (a 32-bit `k`
/// when it is 4 bytes, else `struct k` of `key_size` bytes without members), 4 the value
/// (`struct v`, `value_size` bytes, its one member `lock`).
pub fn spin_lock_value_btf(key_size: u32, value_size: u32, lock_offset: Option<u32>) -> Vec<u8> {
    let mut b = Builder {
        strings: b"\0".to_vec(),
        types: Vec::new(),
        extra: Vec::new(),
        next_id: 1,
    };
    let int = b.name("unsigned int");
    b.types.extend([int, KIND_INT << 24, 4, 32]);
    let (lock, val) = (b.name("bpf_spin_lock"), b.name("val"));
    b.types
        .extend([lock, (KIND_STRUCT << 24) | 1, 4, val, 1, 0]);
    // An ARRAY's key must be a 32-bit INT (`array_map_check_btf`).
    let key = b.name("k");
    match key_size {
        4 => b.types.extend([key, KIND_INT << 24, 4, 32]),
        n => b.types.extend([key, KIND_STRUCT << 24, n]),
    }
    let value = b.name("v");
    match lock_offset {
        Some(at) => {
            let member = b.name("lock");
            b.types.extend([
                value,
                (KIND_STRUCT << 24) | 1,
                value_size,
                member,
                2,
                at * 8,
            ]);
        }
        None => b.types.extend([value, KIND_STRUCT << 24, value_size]),
    }
    b.finish()
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
