//! BTF for maps declared in assembly, and the way back from `.BTF` to [`MapDef`]s.
//!
//! libbpf 1.x only accepts BTF-defined maps: a `.maps` section holding one variable per map,
//! described in `.BTF` by a `DATASEC ".maps"` whose entries are `VAR`s, each of an anonymous
//! `STRUCT` type. [`lay_out_maps`] produces what clang produces for
//!
//! ```c
//! struct {
//!     __uint(type, BPF_MAP_TYPE_SOCKMAP);
//!     __uint(key_size, 4);
//!     __uint(value_size, 8);
//!     __uint(max_entries, 16);
//!     __uint(map_flags, 0);
//! } sock_map SEC(".maps");
//! ```
//!
//! where `__uint(name, val)` is `int (*name)[val]` (libbpf's `bpf_helpers.h`): each member is a
//! `PTR` to an `ARRAY` of `int` with `nelems = val`, 8 bytes wide. The key and value are given
//! by size (`key_size`/`value_size`), not by type, so any size works (sockmap and sockhash
//! need `value_size` 4 or 8). Every map is a 40-byte zeroed slot of `.maps`, 8-aligned, in
//! declaration order, named by a GLOBAL OBJECT symbol of size 40.
//!
//! A map declared with `spin_lock=OFF` names its key and value by type instead, as clang does
//! for `__type(key, ...)` and `__type(value, ...)`: `key` and `value` are `PTR`s to the key
//! type (`int` when 4 bytes, else an anonymous struct of that size without members) and to an
//! anonymous struct of the value's size whose one member `lock`, at byte `OFF`, is a
//! `struct bpf_spin_lock { unsigned int val; }`. libbpf creates such a map with that BTF
//! (`btf_key_type_id`, `btf_value_type_id`), which the kernel needs to find the lock.
//! clang writes the same for a C value struct holding a lock; llvm-mc has no such directive.
//!
//! Type ids: `[1] INT int`, `[2] INT __ARRAY_SIZE_TYPE__` (the array index type, as clang
//! emits), then per map the `ARRAY`/`PTR` pairs not seen yet (shared between equal values),
//! the `STRUCT` and the `VAR` (linkage global), and last the `DATASEC`. Unlike clang, the
//! DATASEC carries its real size and variable offsets, so `.BTF` needs no relocations (libbpf
//! keeps a non-zero DATASEC size as is; the kernel checks offsets against it). No `.BTF.ext`
//! is needed: libbpf only requires it for BPF-to-BPF calls with func info, which it does not
//! demand for programs without BTF func info.

use crate::object::{MapDef, MapType, Object, Span};
use skctx::proto::{Param, Pointee, Proto, Ret, Tag, Type};
use std::collections::HashMap;

/// Size in bytes of one map definition in `.maps` (five 8-byte `__uint` members).
pub const MAP_DEF_SIZE: u64 = 40;

const BTF_MAGIC: u16 = 0xeb9f;
/// Type id 0 (`void`) reads as a type of this kind (`BTF_KIND_UNKN`).
const KIND_VOID: u32 = 0;
const KIND_INT: u32 = 1;
const KIND_PTR: u32 = 2;
const KIND_ARRAY: u32 = 3;
const KIND_STRUCT: u32 = 4;
const KIND_UNION: u32 = 5;
const KIND_ENUM: u32 = 6;
const KIND_FWD: u32 = 7;
const KIND_TYPEDEF: u32 = 8;
const KIND_VOLATILE: u32 = 9;
const KIND_CONST: u32 = 10;
const KIND_RESTRICT: u32 = 11;
const KIND_VAR: u32 = 14;
const KIND_DATASEC: u32 = 15;
const KIND_FLOAT: u32 = 16;
const KIND_TYPE_TAG: u32 = 18;
const KIND_ENUM64: u32 = 19;
const KIND_FUNC: u32 = 12;
const KIND_FUNC_PROTO: u32 = 13;
const KIND_DECL_TAG: u32 = 17;

const BTF_VAR_GLOBAL_ALLOCATED: u32 = 1;

/// What [`lay_out_maps`] produces for the lowering.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MapsLayout {
    /// Contents of `.maps` (flags `aw`, alignment 8): `MAP_DEF_SIZE` zero bytes per map.
    pub maps_section: Vec<u8>,
    /// Contents of `.BTF` (flags none, alignment 4). Empty when there are no maps.
    pub btf: Vec<u8>,
    /// `(name, offset in .maps, size)` per map in declaration order; each becomes a
    /// GLOBAL OBJECT symbol in `.maps` with that value and size.
    pub symbols: Vec<(String, u64, u64)>,
}

/// Lays out BTF-defined maps: the `.maps` bytes, the `.BTF` bytes and the map symbols.
pub fn lay_out_maps(maps: &[MapDef]) -> MapsLayout {
    if maps.is_empty() {
        return MapsLayout::default();
    }
    let mut b = BtfBuilder::default();
    let int = b.int("int", true);
    let idx = b.int("__ARRAY_SIZE_TYPE__", false);
    let mut ptrs: HashMap<u32, u32> = HashMap::new();
    let mut lock = None;
    let mut vars = Vec::new();
    let mut symbols = Vec::new();
    for (k, m) in maps.iter().enumerate() {
        let mut uint = |b: &mut BtfBuilder, val: u32| {
            *ptrs.entry(val).or_insert_with(|| {
                let arr = b.array(int, idx, val);
                b.ptr(arr)
            })
        };
        let map_type = uint(&mut b, m.map_type.id());
        let (key, value) = match m.spin_lock {
            Some(at) => {
                let lock = *lock.get_or_insert_with(|| b.spin_lock());
                let (key, value) = b.locked_key_value(m, int, lock, at);
                (("key", b.ptr(key)), ("value", b.ptr(value)))
            }
            None => (
                ("key_size", uint(&mut b, m.key_size)),
                ("value_size", uint(&mut b, m.value_size)),
            ),
        };
        let members = [
            ("type", map_type),
            key,
            value,
            ("max_entries", uint(&mut b, m.max_entries)),
            ("map_flags", uint(&mut b, m.flags)),
        ];
        let st = b.struct_uint_members(&members);
        let var = b.var(&m.name, st);
        let off = k as u64 * MAP_DEF_SIZE;
        vars.push((var, off as u32, MAP_DEF_SIZE as u32));
        symbols.push((m.name.clone(), off, MAP_DEF_SIZE));
    }
    let total = maps.len() as u64 * MAP_DEF_SIZE;
    b.datasec(".maps", total as u32, &vars);
    MapsLayout {
        maps_section: vec![0; total as usize],
        btf: b.finish(),
        symbols,
    }
}

#[derive(Default)]
struct BtfBuilder {
    types: Vec<u8>,
    strings: Vec<u8>,
    string_offs: HashMap<String, u32>,
    next_id: u32,
}

impl BtfBuilder {
    fn name(&mut self, s: &str) -> u32 {
        if self.strings.is_empty() {
            self.strings.push(0);
        }
        if s.is_empty() {
            return 0;
        }
        if let Some(&o) = self.string_offs.get(s) {
            return o;
        }
        let o = self.strings.len() as u32;
        self.strings.extend_from_slice(s.as_bytes());
        self.strings.push(0);
        self.string_offs.insert(s.to_string(), o);
        o
    }

    fn u32s(&mut self, words: &[u32]) -> u32 {
        for w in words {
            self.types.extend_from_slice(&w.to_le_bytes());
        }
        self.next_id += 1;
        self.next_id
    }

    fn info(kind: u32, vlen: u32) -> u32 {
        (kind << 24) | vlen
    }

    fn int(&mut self, name: &str, signed: bool) -> u32 {
        let n = self.name(name);
        let enc = if signed { 1u32 << 24 } else { 0 };
        self.u32s(&[n, Self::info(KIND_INT, 0), 4, enc | 32])
    }

    fn array(&mut self, elem: u32, index: u32, nelems: u32) -> u32 {
        self.name("");
        self.u32s(&[0, Self::info(KIND_ARRAY, 0), 0, elem, index, nelems])
    }

    fn ptr(&mut self, to: u32) -> u32 {
        self.u32s(&[0, Self::info(KIND_PTR, 0), to])
    }

    fn struct_uint_members(&mut self, members: &[(&str, u32)]) -> u32 {
        let mut w = vec![
            0,
            Self::info(KIND_STRUCT, members.len() as u32),
            members.len() as u32 * 8,
        ];
        for (k, (name, ty)) in members.iter().enumerate() {
            w.extend([self.name(name), *ty, k as u32 * 64]);
        }
        self.u32s(&w)
    }

    /// `struct bpf_spin_lock { unsigned int val; }`, the name and size the kernel looks for
    /// (`btf_find_struct`).
    fn spin_lock(&mut self) -> u32 {
        let uint = self.int("unsigned int", false);
        let (name, val) = (self.name("bpf_spin_lock"), self.name("val"));
        self.u32s(&[name, Self::info(KIND_STRUCT, 1), 4, val, uint, 0])
    }

    /// The key and value types of a map whose value holds a lock at byte `at`: the key is
    /// `int` when it is 4 bytes (an ARRAY's must be a 32-bit INT, `array_map_check_btf`),
    /// else an anonymous struct of its size without members; the value is an anonymous
    /// struct of its size whose one member `lock` is the lock.
    fn locked_key_value(&mut self, m: &MapDef, int: u32, lock: u32, at: u32) -> (u32, u32) {
        let key = match m.key_size {
            4 => int,
            n => self.u32s(&[0, Self::info(KIND_STRUCT, 0), n]),
        };
        let member = self.name("lock");
        let value = self.u32s(&[
            0,
            Self::info(KIND_STRUCT, 1),
            m.value_size,
            member,
            lock,
            at * 8,
        ]);
        (key, value)
    }

    fn var(&mut self, name: &str, ty: u32) -> u32 {
        let n = self.name(name);
        self.u32s(&[n, Self::info(KIND_VAR, 0), ty, BTF_VAR_GLOBAL_ALLOCATED])
    }

    fn datasec(&mut self, name: &str, size: u32, vars: &[(u32, u32, u32)]) -> u32 {
        let n = self.name(name);
        let mut w = vec![n, Self::info(KIND_DATASEC, vars.len() as u32), size];
        for (v, off, sz) in vars {
            w.extend([*v, *off, *sz]);
        }
        self.u32s(&w)
    }

    fn finish(self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(&BTF_MAGIC.to_le_bytes());
        out.push(1); // version
        out.push(0); // flags
        out.extend_from_slice(&24u32.to_le_bytes()); // hdr_len
        out.extend_from_slice(&0u32.to_le_bytes()); // type_off
        out.extend_from_slice(&(self.types.len() as u32).to_le_bytes());
        out.extend_from_slice(&(self.types.len() as u32).to_le_bytes()); // str_off
        out.extend_from_slice(&(self.strings.len() as u32).to_le_bytes());
        out.extend_from_slice(&self.types);
        out.extend_from_slice(&self.strings);
        out
    }
}

/// One parsed BTF type: kind, name offset, `size_or_type`, vlen and where its extra words
/// are in [`Btf::words`] (read through [`Btf::extra`]).
#[derive(Debug, Clone)]
struct BtfType {
    kind: u32,
    /// `BTF_INFO_KFLAG`: bitfield offsets in a struct's members, a signed enum, a union `FWD`.
    kflag: bool,
    name_off: u32,
    size_or_type: u32,
    vlen: u32,
    extra: std::ops::Range<usize>,
}

/// One type as [`Btf::raw_type`] gives it: `struct btf_type` and the words after it
/// (`include/uapi/linux/btf.h`).
#[derive(Debug, Clone, Copy)]
pub struct RawType<'a> {
    /// `BTF_KIND_*` ([`kind`]).
    pub kind: u32,
    pub kflag: bool,
    /// Empty for an anonymous type.
    pub name: &'a str,
    pub vlen: u32,
    /// The size of an `INT`, `ENUM`, `STRUCT`, ...; the type a `PTR`, `TYPEDEF`, ... refers to.
    pub size_or_type: u32,
    /// `btf_member`s (3 words each), `btf_enum`s (2), `btf_array` (3), an `INT`'s encoding.
    pub extra: &'a [u32],
}

/// The `BTF_KIND_*` numbers.
pub mod kind {
    pub const VOID: u32 = super::KIND_VOID;
    pub const INT: u32 = super::KIND_INT;
    pub const PTR: u32 = super::KIND_PTR;
    pub const ARRAY: u32 = super::KIND_ARRAY;
    pub const STRUCT: u32 = super::KIND_STRUCT;
    pub const UNION: u32 = super::KIND_UNION;
    pub const ENUM: u32 = super::KIND_ENUM;
    pub const FWD: u32 = super::KIND_FWD;
    pub const TYPEDEF: u32 = super::KIND_TYPEDEF;
    pub const VOLATILE: u32 = super::KIND_VOLATILE;
    pub const CONST: u32 = super::KIND_CONST;
    pub const RESTRICT: u32 = super::KIND_RESTRICT;
    pub const FUNC: u32 = super::KIND_FUNC;
    pub const FUNC_PROTO: u32 = super::KIND_FUNC_PROTO;
    pub const VAR: u32 = super::KIND_VAR;
    pub const DATASEC: u32 = super::KIND_DATASEC;
    pub const FLOAT: u32 = super::KIND_FLOAT;
    pub const TYPE_TAG: u32 = super::KIND_TYPE_TAG;
    pub const ENUM64: u32 = super::KIND_ENUM64;
}

/// A minimal little-endian BTF reader (types and strings), enough to find map definitions.
#[derive(Debug, Clone)]
pub struct Btf {
    /// Index 0 is `void`.
    types: Vec<BtfType>,
    /// Every type's extra words, one after another: one allocation, not one per type.
    words: Vec<u32>,
    /// The string section: as text when all of it is UTF-8 (checked once, so that a name
    /// is only a slice), else as bytes, each name checked when read.
    strings: Result<String, Vec<u8>>,
}

impl Btf {
    /// Parses a `.BTF` section; `None` when it is malformed or big-endian.
    pub fn parse(data: &[u8]) -> Option<Btf> {
        let u16_at = |o: usize| Some(u16::from_le_bytes(data.get(o..o + 2)?.try_into().ok()?));
        let u32_at = |o: usize| Some(u32::from_le_bytes(data.get(o..o + 4)?.try_into().ok()?));
        if u16_at(0)? != BTF_MAGIC || *data.get(2)? != 1 {
            return None;
        }
        let hdr_len = u32_at(4)? as usize;
        let type_off = u32_at(8)? as usize;
        let type_len = u32_at(12)? as usize;
        let str_off = u32_at(16)? as usize;
        let str_len = u32_at(20)? as usize;
        let tstart = hdr_len.checked_add(type_off)?;
        let tend = tstart.checked_add(type_len)?;
        let sstart = hdr_len.checked_add(str_off)?;
        let send = sstart.checked_add(str_len)?;
        let tdata = data.get(tstart..tend)?;
        let strings =
            String::from_utf8(data.get(sstart..send)?.to_vec()).map_err(|e| e.into_bytes());
        // A type is at least 12 bytes.
        let mut types = Vec::with_capacity(1 + tdata.len() / 12);
        types.push(BtfType {
            kind: 0,
            kflag: false,
            name_off: 0,
            size_or_type: 0,
            vlen: 0,
            extra: 0..0,
        });
        let mut words = Vec::with_capacity(tdata.len() / 4);
        let mut o = 0usize;
        let word = |o: usize| -> Option<u32> {
            Some(u32::from_le_bytes(tdata.get(o..o + 4)?.try_into().ok()?))
        };
        while o < tdata.len() {
            let name_off = word(o)?;
            let info = word(o + 4)?;
            let size_or_type = word(o + 8)?;
            let kind = (info >> 24) & 0x1f;
            let vlen = info & 0xffff;
            let extra_words = match kind {
                KIND_INT | KIND_VAR | 17 => 1,
                KIND_ARRAY => 3,
                KIND_STRUCT | KIND_UNION | KIND_DATASEC | KIND_ENUM64 => 3 * vlen as usize,
                KIND_ENUM | 13 => 2 * vlen as usize,
                KIND_PTR | 7 | KIND_TYPEDEF | KIND_VOLATILE | KIND_CONST | KIND_RESTRICT | 12
                | KIND_FLOAT | KIND_TYPE_TAG => 0,
                _ => return None,
            };
            o += 12;
            let start = words.len();
            for k in 0..extra_words {
                words.push(word(o + 4 * k)?);
            }
            o += 4 * extra_words;
            let extra = start..words.len();
            types.push(BtfType {
                kind,
                kflag: info >> 31 == 1,
                name_off,
                size_or_type,
                vlen,
                extra,
            });
        }
        Some(Btf {
            types,
            words,
            strings,
        })
    }

    /// The number of type ids, `void`'s 0 included: ids run from 0 to `type_count() - 1`.
    pub fn type_count(&self) -> u32 {
        self.types.len() as u32
    }

    /// The `BTF_KIND_*` of type `id`, without reading its name (a scan over every type
    /// looks at the kind first).
    pub fn kind_of(&self, id: u32) -> Option<u32> {
        self.get(id).map(|t| t.kind)
    }

    /// Type `id` as BTF encodes it (`void` for 0), for readers that interpret every kind
    /// (CO-RE relocation); `None` past the last id.
    pub fn raw_type(&self, id: u32) -> Option<RawType<'_>> {
        let t = self.get(id)?;
        Some(RawType {
            kind: t.kind,
            kflag: t.kflag,
            name: self.name(t.name_off).unwrap_or_default(),
            vlen: t.vlen,
            size_or_type: t.size_or_type,
            extra: self.extra(t),
        })
    }

    /// The string at offset `off` of the string section (names, and `.BTF.ext`'s file names
    /// and line texts).
    pub fn string(&self, off: u32) -> Option<&str> {
        self.name(off)
    }

    /// The linkage of `FUNC` type `id` (its `vlen`: 0 static, 1 global, 2 extern).
    pub fn func_linkage(&self, id: u32) -> Option<u16> {
        let t = self.get(id)?;
        (t.kind == 12).then_some(t.vlen as u16)
    }

    /// Whether a `FUNC` of extern linkage is named `name`: clang's declaration of an
    /// `extern ... __ksym` function (a kfunc), which libbpf needs to resolve the call.
    pub fn has_extern_func(&self, name: &str) -> bool {
        self.types
            .iter()
            .any(|t| t.kind == KIND_FUNC && t.vlen == 2 && self.name(t.name_off) == Some(name))
    }

    /// The `DATASEC` holding the variable `name` (`.kconfig` and `.ksyms` for the externs
    /// libbpf fills in at load time), when the BTF has one.
    pub fn datasec_of_var(&self, name: &str) -> Option<&str> {
        let var = self
            .types
            .iter()
            .position(|t| t.kind == KIND_VAR && self.name(t.name_off) == Some(name))?;
        let sec = self.types.iter().find(|t| {
            t.kind == KIND_DATASEC && self.extra(t).chunks(3).any(|v| v[0] as usize == var)
        })?;
        self.name(sec.name_off)
    }

    /// The name of `FUNC` type `id`.
    pub fn func_name(&self, id: u32) -> Option<&str> {
        let t = self.get(id).filter(|t| t.kind == KIND_FUNC)?;
        self.name(t.name_off)
    }

    /// The prototype of `FUNC` type `id` as the kernel reads a global function's, with
    /// each parameter's `arg:` decl tags (a parameter type no [`Proto`] word describes is
    /// a [`Type::Other`] saying what it is).
    pub fn func_proto(&self, id: u32) -> Option<Proto> {
        let f = self.get(id).filter(|t| t.kind == KIND_FUNC)?;
        let proto = self
            .get(f.size_or_type)
            .filter(|t| t.kind == KIND_FUNC_PROTO)?;
        let ret = match self.skip_mods(proto.size_or_type)?.kind {
            KIND_INT | KIND_ENUM | KIND_ENUM64 => Ret::Int,
            KIND_VOID => Ret::Void,
            _ => Ret::Other,
        };
        let params = (self.extra(proto).chunks(2).enumerate())
            .map(|(i, p)| Param {
                ty: self.param_type(p[1]).unwrap_or_else(Type::Other),
                tags: self.arg_tags(id, i as u32),
            })
            .collect();
        Some(Proto { ret, params })
    }

    /// The `arg:<tag>` `DECL_TAG`s on parameter `index` of `FUNC` type `func`.
    fn arg_tags(&self, func: u32, index: u32) -> Vec<Tag> {
        (self.types.iter())
            .filter(|t| t.kind == KIND_DECL_TAG && t.size_or_type == func)
            .filter(|t| self.extra(t).first() == Some(&index))
            .filter_map(|t| self.name(t.name_off)?.strip_prefix("arg:"))
            .map(Tag::from_name)
            .collect()
    }

    fn param_type(&self, ty: u32) -> Result<Type, String> {
        let t = self.skip_mods(ty).ok_or(format!("type {ty}"))?;
        match t.kind {
            KIND_INT | KIND_ENUM | KIND_ENUM64 => Ok(Type::Int),
            KIND_STRUCT => Ok(Type::Struct(t.size_or_type)),
            KIND_UNION => Ok(Type::Union(t.size_or_type)),
            KIND_PTR => self.pointee(t.size_or_type).map(Type::Ptr),
            kind => Err(format!("a parameter of BTF kind {kind}")),
        }
    }

    fn pointee(&self, id: u32) -> Result<Pointee, String> {
        let t = self.skip_mods(id).ok_or(format!("type {id}"))?;
        Ok(match t.kind {
            KIND_VOID => Pointee::Void,
            KIND_STRUCT if self.name(t.name_off) == Some("bpf_sk_lookup") => Pointee::Ctx,
            KIND_FWD => Pointee::Fwd(self.name(t.name_off).unwrap_or_default().to_string()),
            KIND_FUNC_PROTO => Pointee::Func,
            KIND_PTR => Pointee::Ptr,
            kind => Pointee::Sized(
                (self.size_of(id, 0))
                    .and_then(|n| u32::try_from(n).ok())
                    .ok_or(format!("a pointer to BTF kind {kind} without a size"))?,
            ),
        })
    }

    fn name(&self, off: u32) -> Option<&str> {
        let start = off as usize;
        let bytes = match &self.strings {
            Ok(text) => text.as_bytes(),
            Err(bytes) => bytes,
        };
        let rest = bytes.get(start..)?;
        let end = start
            + std::ffi::CStr::from_bytes_until_nul(rest)
                .ok()?
                .count_bytes();
        match &self.strings {
            // `get` is `None` where `off` is inside a character, as `from_utf8` would be.
            Ok(text) => text.get(start..end),
            Err(bytes) => std::str::from_utf8(&bytes[start..end]).ok(),
        }
    }

    /// The extra words of type `t` (members, parameters, array bounds, ...).
    fn extra(&self, t: &BtfType) -> &[u32] {
        &self.words[t.extra.clone()]
    }

    fn get(&self, id: u32) -> Option<&BtfType> {
        self.types.get(id as usize)
    }

    /// Follows typedefs and qualifiers.
    fn skip_mods(&self, mut id: u32) -> Option<&BtfType> {
        for _ in 0..64 {
            let t = self.get(id)?;
            match t.kind {
                KIND_TYPEDEF | KIND_VOLATILE | KIND_CONST | KIND_RESTRICT | KIND_TYPE_TAG => {
                    id = t.size_or_type
                }
                _ => return Some(t),
            }
        }
        None
    }

    /// `sizeof` of a type.
    fn size_of(&self, id: u32, depth: u32) -> Option<u64> {
        if depth > 64 {
            return None;
        }
        let t = self.skip_mods(id)?;
        match t.kind {
            KIND_INT | KIND_STRUCT | KIND_UNION | KIND_ENUM | KIND_ENUM64 | KIND_FLOAT => {
                Some(t.size_or_type as u64)
            }
            KIND_PTR => Some(8),
            KIND_ARRAY => self
                .size_of(self.extra(t)[0], depth + 1)?
                .checked_mul(self.extra(t)[2] as u64),
            _ => None,
        }
    }

    /// The value of a `__uint(name, val)` member: `PTR` to `ARRAY` with `nelems = val`.
    fn uint_member(&self, ty: u32) -> Option<u32> {
        let p = self.skip_mods(ty)?;
        if p.kind != KIND_PTR {
            return None;
        }
        let a = self.skip_mods(p.size_or_type)?;
        (a.kind == KIND_ARRAY).then(|| self.extra(a)[2])
    }

    /// The size of the pointee of a `__type(name, T)` member.
    fn type_member_size(&self, ty: u32) -> Option<u32> {
        let p = self.skip_mods(ty)?;
        if p.kind != KIND_PTR {
            return None;
        }
        u32::try_from(self.size_of(p.size_or_type, 0)?).ok()
    }

    /// The variables of `DATASEC name`: `(var name, var type id, offset, size)`.
    fn datasec_vars(&self, name: &str) -> Option<Vec<(String, u32, u32, u32)>> {
        let ds = self
            .types
            .iter()
            .find(|t| t.kind == KIND_DATASEC && self.name(t.name_off) == Some(name))?;
        let mut out = Vec::new();
        for k in 0..ds.vlen as usize {
            let e = &self.extra(ds)[3 * k..];
            let (v, off, size) = (e[0], e[1], e[2]);
            let var = self.get(v)?;
            if var.kind != KIND_VAR {
                return None;
            }
            out.push((
                self.name(var.name_off)?.to_string(),
                var.size_or_type,
                off,
                size,
            ));
        }
        Some(out)
    }

    /// Parses one map definition struct the way libbpf's `parse_btf_map_def` does, for the
    /// fields a [`MapDef`] has. `pinning`, `numa_node` and `map_extra` are ignored; inner
    /// maps (`values`) and unknown fields make it fail.
    fn map_def(&self, name: &str, ty: u32) -> Option<MapDef> {
        let st = self.skip_mods(ty)?;
        if st.kind != KIND_STRUCT {
            return None;
        }
        let (mut map_type, mut key, mut value, mut max, mut flags) = (None, None, None, None, 0);
        for k in 0..st.vlen as usize {
            let e = &self.extra(st)[3 * k..];
            let (mname, mty) = (self.name(e[0])?, e[1]);
            match mname {
                "type" => map_type = Some(self.uint_member(mty)?),
                "key_size" => key = Some(self.uint_member(mty)?),
                "value_size" => value = Some(self.uint_member(mty)?),
                "key" => key = Some(self.type_member_size(mty)?),
                "value" => value = Some(self.type_member_size(mty)?),
                "max_entries" => max = Some(self.uint_member(mty)?),
                "map_flags" => flags = self.uint_member(mty)?,
                "pinning" | "numa_node" | "map_extra" => {}
                _ => return None,
            }
        }
        let map_type = MapType::from_id(map_type?).filter(|t| t.skmap())?;
        // Ring buffers have neither key nor value.
        let (key, value) = match map_type {
            MapType::RingBuf => (key.unwrap_or(0), value.unwrap_or(0)),
            _ => (key?, value?),
        };
        // libbpf sizes a PERF_EVENT_ARRAY without `max_entries` to the possible CPUs when it
        // creates the map (`kernel::Map::create` does the same with 0).
        let max_entries = match map_type {
            MapType::PerfEventArray => max.unwrap_or(0),
            _ => max?,
        };
        Some(MapDef {
            name: name.to_string(),
            map_type,
            key_size: key,
            value_size: value,
            max_entries,
            flags,
            spin_lock: self.value_spin_lock(ty),
            span: Span::default(),
        })
    }
}

/// Recovers the BTF-defined maps of an object (from `.BTF` and the symbols in `.maps`), in
/// `.maps` offset order. `None` when there is no `.maps`/`.BTF`, or when any map in the
/// `DATASEC .maps` cannot be expressed as a [`MapDef`].
pub fn recover_maps(obj: &Object) -> Option<Vec<MapDef>> {
    obj.sections.iter().position(|s| s.name == ".maps")?;
    let btf = Btf::parse(&obj.sections.iter().find(|s| s.name == ".BTF")?.data)?;
    recover_maps_with(obj, &btf)
}

/// [`recover_maps`] with the object's `.BTF` already parsed.
pub fn recover_maps_with(obj: &Object, btf: &Btf) -> Option<Vec<MapDef>> {
    let maps_idx = obj.sections.iter().position(|s| s.name == ".maps")?;
    let vars = btf.datasec_vars(".maps")?;
    let mut out = Vec::new();
    for (name, ty, _, _) in vars {
        let sym = obj
            .symbols
            .iter()
            .find(|s| s.name == name && s.section == Some(maps_idx))?;
        out.push((sym.value, btf.map_def(&name, ty)?));
    }
    out.sort_by_key(|(off, _)| *off);
    Some(out.into_iter().map(|(_, m)| m).collect())
}

/// The `type` member of every map of the `DATASEC .maps` of an object whose `.BTF` is `btf`,
/// by name, whatever the type (what [`recover_maps`] recovers is only the types `.skmap`
/// declares): for checks about map types the tools do not otherwise model.
pub fn map_type_ids_in(btf: &Btf) -> Vec<(String, u32)> {
    let vars = btf.datasec_vars(".maps").unwrap_or_default();
    vars.into_iter()
        .filter_map(|(name, ty, _, _)| {
            let st = btf.skip_mods(ty).filter(|t| t.kind == KIND_STRUCT)?;
            let id = (0..st.vlen as usize).find_map(|k| {
                let e = &btf.extra(st)[3 * k..];
                (btf.name(e[0])? == "type").then(|| btf.uint_member(e[1]))?
            })?;
            Some((name, id))
        })
        .collect()
}

/// The byte offset of the `struct bpf_spin_lock` member of each map's value type in the
/// `DATASEC .maps` of an object whose `.BTF` is `btf`, by map name: what libbpf's map BTF
/// tells the kernel (`btf_parse_fields` finds the lock among the value struct's members).
pub fn map_spin_locks_in(btf: &Btf) -> Vec<(String, u32)> {
    let vars = btf.datasec_vars(".maps").unwrap_or_default();
    vars.into_iter()
        .filter_map(|(name, ty, _, _)| Some((name, btf.value_spin_lock(ty)?)))
        .collect()
}

/// The maps of the `DATASEC .maps` of an object whose `.BTF` is `btf` that name their value
/// type (`__type(value, ...)`): libbpf creates them with BTF, `btf_value_type_id`; a map
/// given only `__uint(value_size, ...)` (as `.skmap` writes its maps) is created without.
pub fn maps_with_value_type_in(btf: &Btf) -> Vec<String> {
    let vars = btf.datasec_vars(".maps").unwrap_or_default();
    vars.into_iter()
        .filter(|(_, ty, _, _)| btf.value_member(*ty).is_some())
        .map(|(name, ..)| name)
        .collect()
}

impl Btf {
    /// The `value` member's type of the map definition struct `ty`.
    fn value_member(&self, ty: u32) -> Option<u32> {
        let def = self.skip_mods(ty).filter(|t| t.kind == KIND_STRUCT)?;
        (0..def.vlen as usize).find_map(|k| {
            let e = &self.extra(def)[3 * k..];
            (self.name(e[0])? == "value").then_some(e[1])
        })
    }

    /// The spin lock's byte offset in the value type of the map definition struct `ty`.
    fn value_spin_lock(&self, ty: u32) -> Option<u32> {
        let value = self.value_member(ty)?;
        let ptr = self.skip_mods(value).filter(|t| t.kind == KIND_PTR)?;
        let st = self.skip_mods(ptr.size_or_type)?;
        if st.kind != KIND_STRUCT {
            return None;
        }
        (0..st.vlen as usize).find_map(|k| {
            let e = &self.extra(st)[3 * k..];
            let member = self.skip_mods(e[1])?;
            let is_lock =
                member.kind == KIND_STRUCT && self.name(member.name_off)? == "bpf_spin_lock";
            let bits = if st.kflag { e[2] & 0x00ff_ffff } else { e[2] };
            is_lock.then_some(bits / 8)
        })
    }
}

/// Whether `maps` laid out by [`lay_out_maps`] gives exactly the object's `.maps` and `.BTF`
/// contents and map symbols, i.e. the object's maps can be printed as `.skmap` directives.
pub fn maps_reproducible(obj: &Object, maps: &[MapDef]) -> bool {
    if maps.is_empty() {
        return false;
    }
    let l = lay_out_maps(maps);
    let sec = |n: &str| obj.sections.iter().position(|s| s.name == n);
    let (Some(mi), Some(bi)) = (sec(".maps"), sec(".BTF")) else {
        return false;
    };
    let (m, b) = (&obj.sections[mi], &obj.sections[bi]);
    if m.data != l.maps_section || b.data != l.btf || !m.relocs.is_empty() || !b.relocs.is_empty() {
        return false;
    }
    let in_maps: Vec<_> = obj
        .symbols
        .iter()
        .filter(|s| s.section == Some(mi))
        .collect();
    in_maps.len() == l.symbols.len()
        && l.symbols.iter().all(|(n, off, size)| {
            in_maps.iter().any(|s| {
                &s.name == n
                    && s.value == *off
                    && s.size == *size
                    && s.kind == crate::SymbolKind::Object
                    && s.binding == crate::Binding::Global
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sockmap(name: &str) -> MapDef {
        MapDef {
            name: name.into(),
            map_type: MapType::SockMap,
            key_size: 4,
            value_size: 8,
            max_entries: 16,
            flags: 0,
            spin_lock: None,
            span: Span::default(),
        }
    }

    #[test]
    fn layout_and_parse_back() {
        let mut h = sockmap("h");
        h.map_type = MapType::SockHash;
        h.key_size = 12;
        let maps = vec![sockmap("sock_map"), h];
        let l = lay_out_maps(&maps);
        assert_eq!(l.maps_section.len(), 80);
        assert_eq!(
            l.symbols,
            vec![("sock_map".into(), 0, 40), ("h".into(), 40, 40)]
        );
        let btf = Btf::parse(&l.btf).unwrap();
        let vars = btf.datasec_vars(".maps").unwrap();
        assert_eq!(vars.len(), 2);
        assert_eq!((vars[1].2, vars[1].3), (40, 40));
        assert_eq!(btf.map_def("sock_map", vars[0].1).unwrap(), maps[0]);
        assert_eq!(btf.map_def("h", vars[1].1).unwrap(), maps[1]);
    }

    /// A map with `spin_lock=OFF` names its key and value types, the value's lock where the
    /// readers of clang's BTF find it; the other maps keep their sizes only.
    #[test]
    fn a_locked_map_names_its_value_type() {
        let mut locked = sockmap("locked");
        (locked.map_type, locked.key_size, locked.value_size) = (MapType::Hash, 12, 24);
        locked.spin_lock = Some(16);
        let mut array = locked.clone();
        (array.name, array.map_type, array.key_size) = ("arr".into(), MapType::Array, 4);
        array.spin_lock = Some(0);
        let maps = vec![sockmap("plain"), locked, array];
        let btf = Btf::parse(&lay_out_maps(&maps).btf).unwrap();
        let vars = btf.datasec_vars(".maps").unwrap();
        for (k, m) in maps.iter().enumerate() {
            assert_eq!(btf.map_def(&m.name, vars[k].1).as_ref(), Some(m));
        }
        assert_eq!(
            map_spin_locks_in(&btf),
            [("locked".to_string(), 16), ("arr".to_string(), 0)]
        );
        assert_eq!(maps_with_value_type_in(&btf), ["locked", "arr"]);
    }

    #[test]
    fn no_maps_no_btf() {
        assert_eq!(lay_out_maps(&[]), MapsLayout::default());
    }

    #[test]
    fn parse_rejects_garbage() {
        assert!(Btf::parse(&[]).is_none());
        assert!(Btf::parse(&[0x9f, 0xeb, 1, 0, 24, 0, 0, 0]).is_none());
        let l = lay_out_maps(&[sockmap("m")]);
        for cut in 0..l.btf.len() {
            let _ = Btf::parse(&l.btf[..cut]);
        }
    }
}
