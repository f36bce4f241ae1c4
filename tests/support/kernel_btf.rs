//! A clang object's BTF as libbpf hands it to the kernel, for tests that want the kernel's
//! own verifier log to name C lines (`; <line> @ <file>:<line>`): `.BTF` with the `DATASEC`
//! sizes and variable offsets filled in from the object's sections and symbols (clang leaves
//! them 0; libbpf's `btf_fixup_datasec` sets them), and `.BTF.ext`'s `func_info` and
//! `line_info` records moved to a linked program's instruction indices
//! (`sk_lookup::load::link`), as libbpf's `bpf_program__load` passes them.
//!
//! Test code: malformed input panics with a message rather than being reported.

use asm::Object;
use sk_lookup::load::link::{Functions, Linked};

const KIND_VAR: u32 = 14;
const KIND_DATASEC: u32 = 15;

fn u32_at(data: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(data[at..at + 4].try_into().unwrap())
}

fn section_data<'a>(object: &'a Object, name: &str) -> &'a [u8] {
    let s = object.sections.iter().find(|s| s.name == name);
    &s.unwrap_or_else(|| panic!("no {name} section")).data
}

/// Words after a type's 12-byte head (`struct btf_type`), by kind (include/uapi/linux/btf.h).
fn extra_words(kind: u32, vlen: usize) -> usize {
    match kind {
        1 | KIND_VAR | 17 => 1,                // INT, VAR, DECL_TAG
        3 => 3,                                // ARRAY
        4 | 5 | KIND_DATASEC | 19 => 3 * vlen, // STRUCT, UNION, DATASEC, ENUM64
        6 | 13 => 2 * vlen,                    // ENUM, FUNC_PROTO
        _ => 0,
    }
}

/// `.BTF` with every `DATASEC`'s size and variable offsets as libbpf sets them, and
/// clang's extern kfunc declarations made loadable ([`without_ksyms`]).
pub fn fixed_btf(object: &Object) -> Vec<u8> {
    let mut btf = without_ksyms(section_data(object, ".BTF"));
    let hdr_len = u32_at(&btf, 4) as usize;
    let types = hdr_len + u32_at(&btf, 8) as usize;
    let types_end = types + u32_at(&btf, 12) as usize;
    let strings = hdr_len + u32_at(&btf, 16) as usize;
    let name = |btf: &[u8], off: u32| -> String {
        let s = &btf[strings + off as usize..];
        String::from_utf8_lossy(&s[..s.iter().position(|&b| b == 0).unwrap()]).into_owned()
    };
    // Type ids start at 1; VAR names by id, for the DATASEC entries that name them.
    let mut var_names = vec![String::new()];
    let mut at = types;
    let mut datasecs = Vec::new();
    while at < types_end {
        let info = u32_at(&btf, at + 4);
        let (kind, vlen) = ((info >> 24) & 0x1f, (info & 0xffff) as usize);
        var_names.push(match kind {
            KIND_VAR => name(&btf, u32_at(&btf, at)),
            _ => String::new(),
        });
        if kind == KIND_DATASEC {
            datasecs.push((at, vlen));
        }
        at += 12 + 4 * extra_words(kind, vlen);
    }
    for (at, vlen) in datasecs {
        let section = name(&btf, u32_at(&btf, at));
        let size = object
            .sections
            .iter()
            .find(|s| s.name == section)
            .map_or(0, |s| s.size() as u32);
        btf[at + 8..at + 12].copy_from_slice(&size.to_le_bytes());
        for k in 0..vlen {
            let entry = at + 12 + 12 * k;
            let var = &var_names[u32_at(&btf, entry) as usize];
            let value = object
                .symbols
                .iter()
                .find(|s| &s.name == var)
                .map_or(0, |s| s.value);
            btf[entry + 4..entry + 8].copy_from_slice(&(value as u32).to_le_bytes());
        }
    }
    btf
}

/// The kernel refuses clang's extern functions (`__ksym` kfuncs: a `FUNC` of extern
/// linkage, parameters without names, listed in a `.ksyms` `DATASEC`); libbpf rewrites
/// them before loading the object's BTF. Here: each extern `FUNC` becomes static, its
/// prototype's unnamed parameters take the function's name, and the `.ksyms` `DATASEC`
/// becomes an anonymous `void *` (an empty `DATASEC` is refused). The functions' BTF plays no part in the verdict: the calls carry the
/// kernel's own BTF ids.
fn without_ksyms(data: &[u8]) -> Vec<u8> {
    let mut btf = data.to_vec();
    let hdr_len = u32_at(&btf, 4) as usize;
    let types = hdr_len + u32_at(&btf, 8) as usize;
    let types_end = types + u32_at(&btf, 12) as usize;
    let strings = hdr_len + u32_at(&btf, 16) as usize;
    let is_ksyms = |btf: &[u8], off: u32| btf[strings + off as usize..].starts_with(b".ksyms\0");
    let mut starts = vec![0usize];
    let mut at = types;
    while at < types_end {
        starts.push(at);
        let info = u32_at(&btf, at + 4);
        at += 12 + 4 * extra_words((info >> 24) & 0x1f, (info & 0xffff) as usize);
    }
    let mut cut = None;
    for &at in &starts[1..] {
        let info = u32_at(&btf, at + 4);
        let (kind, vlen) = ((info >> 24) & 0x1f, info & 0xffff);
        if kind == 12 && vlen == 2 {
            btf[at + 4..at + 8].copy_from_slice(&(info & !0xffff).to_le_bytes());
            let name = u32_at(&btf, at);
            let proto = starts[u32_at(&btf, at + 8) as usize];
            for k in 0..(u32_at(&btf, proto + 4) & 0xffff) as usize {
                let param = proto + 12 + 8 * k;
                if u32_at(&btf, param) == 0 {
                    btf[param..param + 4].copy_from_slice(&name.to_le_bytes());
                }
            }
        }
        if kind == KIND_DATASEC && is_ksyms(&btf, u32_at(&btf, at)) {
            // An anonymous `void *` in its place keeps the type ids.
            btf[at..at + 12].copy_from_slice(&[0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0]);
            cut = Some((at + 12, 12 * vlen as usize));
        }
    }
    if let Some((from, len)) = cut {
        btf.drain(from..from + len);
        let type_len = u32_at(&btf, 12) - len as u32;
        let str_off = u32_at(&btf, 16) - len as u32;
        btf[12..16].copy_from_slice(&type_len.to_le_bytes());
        btf[16..20].copy_from_slice(&str_off.to_le_bytes());
    }
    btf
}

/// `.BTF.ext`'s records of one kind: (section name, byte offset in it, the other words).
fn ext_records(object: &Object, block_at: usize) -> Vec<(String, u64, Vec<u32>)> {
    let btf = section_data(object, ".BTF");
    let strings = u32_at(btf, 4) as usize + u32_at(btf, 16) as usize;
    let ext = section_data(object, ".BTF.ext");
    let start = u32_at(ext, 4) as usize + u32_at(ext, block_at) as usize;
    let end = start + u32_at(ext, block_at + 4) as usize;
    let mut out = Vec::new();
    if start == end {
        return out;
    }
    let size = u32_at(ext, start) as usize;
    let mut at = start + 4;
    while at < end {
        let s = &btf[strings + u32_at(ext, at) as usize..];
        let section = String::from_utf8_lossy(&s[..s.iter().position(|&b| b == 0).unwrap()]);
        let count = u32_at(ext, at + 4) as usize;
        at += 8;
        for _ in 0..count {
            let words = (1..size / 4).map(|k| u32_at(ext, at + 4 * k)).collect();
            out.push((section.to_string(), u32_at(ext, at) as u64, words));
            at += size;
        }
    }
    out
}

/// The `func_info` and `line_info` of `linked` (a program of `funcs`), in its slots.
pub fn records(
    funcs: &Functions,
    linked: &Linked,
) -> (Vec<kernel::FuncInfo>, Vec<kernel::LineInfo>) {
    let object = funcs.object();
    let (func_records, line_records) = (ext_records(object, 8), ext_records(object, 16));
    let mut func_info = Vec::new();
    let mut line_info = Vec::new();
    for p in &linked.pieces {
        let f = &funcs.list[p.function];
        let section = &object.sections[f.section].name;
        let slot = |offset: u64| (p.at as u64 + (offset - f.start) / 8) as u32;
        let inside =
            |(s, off, _): &&(String, u64, Vec<u32>)| s == section && (f.start..f.end).contains(off);
        for (_, off, w) in func_records.iter().filter(inside) {
            func_info.push(kernel::FuncInfo {
                insn_off: slot(*off),
                type_id: w[0],
            });
        }
        for (_, off, w) in line_records.iter().filter(inside) {
            line_info.push(kernel::LineInfo {
                insn_off: slot(*off),
                file_name_off: w[0],
                line_off: w[1],
                line_col: w[2],
            });
        }
    }
    (func_info, line_info)
}

/// The C file and line the kernel's log names for the instruction it rejected: the last
/// `; <text> @ <file>:<line>` before the last line of that instruction.
pub fn kernel_line(log: &str, insn: usize) -> Option<(String, u32)> {
    let lines: Vec<&str> = log.lines().collect();
    let prefix = format!("{insn}: (");
    let at = lines.iter().rposition(|l| l.starts_with(&prefix))?;
    let info = lines[..at]
        .iter()
        .rev()
        .find(|l| l.starts_with("; ") && l.contains(" @ "))?;
    let (file, line) = info.rsplit_once(" @ ")?.1.rsplit_once(':')?;
    Some((file.to_string(), line.trim().parse().ok()?))
}

/// The kernel's verifier log, at `log_level`, of the first program of the clang object at
/// `path` loaded with its BTF `func_info` and `line_info`, as libbpf loads it.
pub fn load(path: &std::path::Path, log_level: u32) -> kernel::LoadOutcome {
    load_program(path, 0, log_level)
}

/// [`load`] of program `k` of the object (in `Functions::programs`' order).
pub fn load_program(path: &std::path::Path, k: usize, log_level: u32) -> kernel::LoadOutcome {
    let input = sk_lookup::load::read_input(path, "lint").unwrap();
    let object = &input.object;
    let funcs = Functions::of(object);
    let main = funcs.programs()[k];
    let linked = funcs.link(main);
    let loadable = sk_lookup::lint::loadable(object, None).remove(k);
    let at = path.display();
    assert!(loadable.problem.is_none(), "{at}: {:?}", loadable.problem);
    let maps: Vec<kernel::Map> = loadable
        .maps
        .iter()
        .map(|m| {
            let spec = kernel::MapSpec::new(
                kernel::MapType::from_id(m.map_type),
                m.key_size,
                m.value_size,
                m.max_entries,
            )
            .with_flags(m.flags);
            kernel::Map::create(&spec).unwrap()
        })
        .collect();
    let bound: Vec<(usize, &kernel::Map)> =
        loadable.maps.iter().map(|m| m.slot).zip(&maps).collect();
    let btf = kernel::Btf::load(&fixed_btf(object)).unwrap();
    let (func_info, line_info) = records(&funcs, &linked);
    let prog_btf = kernel::ProgBtf {
        btf: &btf,
        func_info,
        line_info,
    };
    let opts = kernel::LoadOptions {
        log_level,
        ..Default::default()
    };
    let insns = kernel::resolve_kfuncs(&loadable.insns).unwrap();
    kernel::load_with_btf(&insns, &bound, &opts, &prog_btf).unwrap()
}
