//! Kfunc calls as libbpf resolves them: a program names each modelled kfunc by its
//! `skctx::Kfunc::id` (`call kfunc(ID)`); [`resolve_kfuncs`] gives each call the running
//! kernel's BTF id of that function from `/sys/kernel/btf/vmlinux` (`imm` = the `FUNC`'s
//! type id, `off` = 0: vmlinux, not a module), as libbpf's `bpf_object__resolve_ksym_func_btf_id`
//! does. A kernel without the function is an [`Error::InvalidInput`] naming it, as libbpf
//! refuses such an extern (`not found in kernel or module BTFs`).

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::error::Error;

/// Where the running kernel exposes its own BTF (`CONFIG_DEBUG_INFO_BTF`).
pub const VMLINUX_BTF: &str = "/sys/kernel/btf/vmlinux";

const BTF_MAGIC: u16 = 0xeb9f;
const KIND_FUNC: u32 = 12;

/// The BTF type id of the `FUNC` named `name` in the running kernel's BTF, `None` when the
/// kernel has no such function. The BTF is read and indexed once per process: a loader
/// resolving the kfuncs of many programs does not scan its 5 MB again for each call.
pub fn kernel_func_btf_id(name: &str) -> Result<Option<u32>, Error> {
    static FUNCS: OnceLock<Result<FuncIds, String>> = OnceLock::new();
    let index = FUNCS
        .get_or_init(|| {
            let data = vmlinux_btf().map_err(|e| e.to_string())?;
            func_ids(data).map_err(|e| format!("{VMLINUX_BTF}: {e}"))
        })
        .as_ref()
        .map_err(|e| Error::InvalidInput(e.clone()))?;
    Ok(index.get(name.as_bytes()).copied())
}

/// The running kernel's BTF (`/sys/kernel/btf/vmlinux`), read once per process: what kfunc
/// ids and CO-RE relocations are resolved against, as libbpf resolves them.
pub fn vmlinux_btf() -> Result<&'static [u8], Error> {
    static DATA: OnceLock<Result<Vec<u8>, String>> = OnceLock::new();
    DATA.get_or_init(|| std::fs::read(VMLINUX_BTF).map_err(|e| format!("{VMLINUX_BTF}: {e}")))
        .as_ref()
        .map(|d| d.as_slice())
        .map_err(|e| Error::InvalidInput(e.clone()))
}

/// Whether the BTF of some loaded kernel module (`/sys/kernel/btf/<module>`, split BTF
/// whose strings are the module's own) has `name` among its strings: where libbpf looks
/// for CO-RE candidates vmlinux has none of. A string is not necessarily a type's name, so
/// `true` means "may have".
pub fn module_btf_names(name: &str) -> bool {
    let Ok(dir) = std::fs::read_dir("/sys/kernel/btf") else {
        return false;
    };
    let needle: Vec<u8> = [&[0u8][..], name.as_bytes(), &[0u8][..]].concat();
    let flavored: Vec<u8> = [&[0u8][..], name.as_bytes(), b"___"].concat();
    dir.flatten()
        .filter(|e| e.file_name() != "vmlinux")
        .filter_map(|e| std::fs::read(e.path()).ok())
        .any(|data| {
            data.windows(needle.len()).any(|w| w == needle.as_slice())
                || data
                    .windows(flavored.len())
                    .any(|w| w == flavored.as_slice())
        })
}

/// The instructions with every `call kfunc(ID)` of a modelled kfunc given the running
/// kernel's BTF id of that function.
pub fn resolve_kfuncs(insns: &[isa::RawInsn]) -> Result<Vec<isa::RawInsn>, Error> {
    let mut out = insns.to_vec();
    for (slot, insn) in out.iter_mut().enumerate() {
        if !is_kfunc_call(insn) {
            continue;
        }
        let kfunc = skctx::kfunc_by_id(insn.imm).ok_or_else(|| {
            Error::InvalidInput(format!(
                "slot {slot}: kfunc call with id {} names no modelled kfunc",
                insn.imm
            ))
        })?;
        let id = kernel_func_btf_id(kfunc.name)?.ok_or_else(|| {
            Error::InvalidInput(format!(
                "kfunc `{}` not found in the running kernel's BTF",
                kfunc.name
            ))
        })?;
        insn.imm = id as i32;
        insn.off = 0;
    }
    Ok(out)
}

fn is_kfunc_call(r: &isa::RawInsn) -> bool {
    r.code == isa::table::class::JMP | isa::table::jmp_op::CALL
        && r.src == isa::table::call_src::KFUNC
}

/// The type id of each `FUNC` name of a BTF (the first `FUNC` of that name).
type FuncIds = HashMap<Box<[u8]>, u32>;

/// The [`FuncIds`] of raw little-endian BTF.
fn func_ids(data: &[u8]) -> Result<FuncIds, String> {
    let u32_at = |o: usize| -> Result<u32, String> {
        data.get(o..o + 4)
            .map(|b| u32::from_le_bytes(b.try_into().expect("4 bytes")))
            .ok_or_else(|| format!("truncated at byte {o}"))
    };
    if data.get(..2).map(|b| u16::from_le_bytes([b[0], b[1]])) != Some(BTF_MAGIC) {
        return Err("not little-endian BTF".into());
    }
    let hdr_len = u32_at(4)? as usize;
    let (type_off, type_len) = (u32_at(8)? as usize, u32_at(12)? as usize);
    let (str_off, str_len) = (u32_at(16)? as usize, u32_at(20)? as usize);
    let strings = data
        .get(hdr_len + str_off..hdr_len + str_off + str_len)
        .ok_or("string section out of bounds")?;
    let name_at = |off: u32| {
        let s = strings.get(off as usize..)?;
        let end = s.iter().position(|&b| b == 0)?;
        Some(&s[..end])
    };
    let mut ids = HashMap::new();
    let (start, end) = (hdr_len + type_off, hdr_len + type_off + type_len);
    let (mut o, mut id) = (start, 1u32);
    while o < end {
        let (name_off, info) = (u32_at(o)?, u32_at(o + 4)?);
        let (kind, vlen) = ((info >> 24) & 0x1f, (info & 0xffff) as usize);
        if let Some(name) = name_at(name_off).filter(|_| kind == KIND_FUNC) {
            ids.entry(name.into()).or_insert(id);
        }
        o += 12 + 4 * extra_words(kind, vlen).ok_or(format!("type {id}: unknown kind {kind}"))?;
        id += 1;
    }
    Ok(ids)
}

/// The 4-byte words after a BTF type's common 12 bytes (include/uapi/linux/btf.h).
fn extra_words(kind: u32, vlen: usize) -> Option<usize> {
    Some(match kind {
        // INT, VAR, DECL_TAG
        1 | 14 | 17 => 1,
        // ARRAY
        3 => 3,
        // STRUCT, UNION, DATASEC, ENUM64: 3 words a member
        4 | 5 | 15 | 19 => 3 * vlen,
        // ENUM, FUNC_PROTO: 2 words a member
        6 | 13 => 2 * vlen,
        // PTR, FWD, TYPEDEF, VOLATILE, CONST, RESTRICT, FUNC, FLOAT, TYPE_TAG
        2 | 7..=12 | 16 | 18 => 0,
        _ => return None,
    })
}
