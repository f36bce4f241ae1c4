//! What a linked program's relocations give the verifier besides calls (which
//! [`super::link`] resolves): each `ld_imm64` of a map becomes a map reference
//! (`BPF_PSEUDO_MAP_FD`), the map taken from the object's maps (`.skmap` or BTF `.maps`),
//! else from the world file; global data of `.data` and `.bss` becomes a
//! `BPF_PSEUDO_MAP_VALUE` of the section's internal ARRAY map, as libbpf makes it; a symbol
//! that is no map and defined nowhere is undefined (lint's `undefined-map` finding, skvm's
//! error), and what the loader would do that is not modelled (other relocations, the
//! `__kconfig` and `__ksym` variables libbpf fills in) makes the program unsupported.
//! `.rodata` becomes a read-only map frozen with the section's bytes.

use asm::{Object, RelocKind, RelocTarget};
use isa::RawInsn;
use verifier::{MapInfo, ValueBtf};

use super::link::{Functions, Linked};
use crate::cli::safe;

/// The instructions as the loader passes them, the maps they refer to, the undefined maps
/// and the first thing not modelled.
pub struct Bound {
    pub loaded: Vec<RawInsn>,
    pub maps: Vec<MapInfo>,
    /// For each of `maps`, in order: its slot and the name of the map (the object's or the
    /// world's) or of the global data section whose internal map it is.
    pub refs: Vec<(usize, String)>,
    pub undefined: Vec<Undefined>,
    pub unsupported: Option<String>,
}

impl Bound {
    /// Records the reference `info` to the map (or global data section) `name`. Its `id` is
    /// the loader's: one map per name, as libbpf creates one map per definition, so a map
    /// named twice is one map to the kernel (`add_used_map` counts it once).
    fn add(&mut self, mut info: MapInfo, name: String) {
        let distinct = |refs: &[(usize, String)]| {
            let mut names: Vec<&String> = refs.iter().map(|(_, n)| n).collect();
            names.sort();
            names.dedup();
            names.len()
        };
        info.id = match self.refs.iter().position(|(_, n)| *n == name) {
            Some(earlier) => self.maps[earlier].id,
            None => distinct(&self.refs),
        };
        self.refs.push((info.slot, name));
        self.maps.push(info);
    }
}

/// An `ld_imm64` of a symbol that is no map, neither of the object nor of the world.
pub struct Undefined {
    /// The piece of the linked program, and the byte of its section, where it is.
    pub piece: usize,
    pub offset: u64,
    pub name: String,
}

impl Undefined {
    pub fn message(&self) -> String {
        let name = safe(&self.name);
        format!(
            "map `{name}` is not defined: declare it with .skmap or give it in the world file (--world) as [maps.{name}]"
        )
    }
}

/// Applies the relocations of every piece of `linked` but its calls.
pub fn bind(funcs: &Functions, linked: &Linked, world: Option<&skctx::World>) -> Bound {
    let object = funcs.object();
    let btf = MapsBtf::of(object);
    let mut bound = Bound {
        loaded: linked.insns.clone(),
        maps: Vec::new(),
        refs: Vec::new(),
        undefined: Vec::new(),
        unsupported: None,
    };
    for (p, piece) in linked.pieces.iter().enumerate() {
        let func = &funcs.list[piece.function];
        for r in &object.sections[func.section].relocs {
            if r.offset < func.start || r.offset >= func.end {
                continue;
            }
            let slot = piece.at + ((r.offset - func.start) / 8) as usize;
            if Functions::links(linked.insns.get(slot)) {
                continue;
            }
            let target = reloc_target(object, &r.target);
            let data = match r.kind {
                RelocKind::Bpf64_64 => global_data(object, world, &r.target),
                _ => None,
            };
            if let Some(data) = data {
                bind_data(&mut bound, slot, &target, data, btf.data);
                continue;
            }
            match (r.kind, &r.target) {
                (RelocKind::Bpf64_64, RelocTarget::Symbol(name)) => {
                    if let Some(m) = map_info(object, world, name, slot, &btf) {
                        bind_map(&mut bound.loaded, slot);
                        bound.add(m, name.clone());
                    } else if defines(object, name) {
                        bound.unsupported.get_or_insert(format!(
                            "instruction {slot} loads the address of {target}, which is neither a map nor global data of .data, .bss or .rodata"
                        ));
                    } else if let Some(why) = load_time_extern(object, name) {
                        bound
                            .unsupported
                            .get_or_insert(format!("instruction {slot} {why}"));
                    } else {
                        bound.undefined.push(Undefined {
                            piece: p,
                            offset: r.offset,
                            name: name.clone(),
                        });
                    }
                }
                (RelocKind::Bpf64_32, _) => {
                    bound.unsupported.get_or_insert(format!(
                        "instruction {slot} calls {target}, and is no BPF-to-BPF call (kfuncs are not modelled)"
                    ));
                }
                (kind, _) => {
                    bound.unsupported.get_or_insert(format!(
                        "instruction {slot} has a {} relocation against {target} (not modelled)",
                        kind.name()
                    ));
                }
            }
        }
    }
    bound
}

/// Global data an `ld_imm64` points into: a `.data`/`.data.*`, `.bss`/`.bss.*` or
/// `.rodata`/`.rodata.*` section (each one of libbpf's internal ARRAY maps,
/// `bpf_object__init_internal_map`), with the symbol's offset in it.
struct Data {
    /// The section's name: what the internal map is called here.
    section: String,
    /// The section's size: the map's one value.
    size: u64,
    offset: u64,
    /// `.rodata`'s bytes: libbpf writes them and freezes the map, which is
    /// `BPF_F_RDONLY_PROG` (`bpf_object__init_internal_map`).
    read_only: Option<std::sync::Arc<[u8]>>,
}

/// What `target` is, when it is global data (not a map of the object or the world).
fn global_data(
    object: &Object,
    world: Option<&skctx::World>,
    target: &RelocTarget,
) -> Option<Data> {
    let (section, offset) = match target {
        RelocTarget::Section(i) => (*i, 0),
        RelocTarget::Symbol(name) => {
            let is_map = object.maps.iter().any(|m| &m.name == name)
                || world.is_some_and(|w| w.maps.contains_key(name));
            if is_map {
                return None;
            }
            let s = object
                .symbols
                .iter()
                .find(|s| &s.name == name && s.section.is_some())?;
            (s.section?, s.value)
        }
    };
    let sec = object.sections.get(section)?;
    let is = |base: &str| sec.name == base || sec.name.starts_with(&format!("{base}."));
    let read_only = is(".rodata").then(|| sec.data.as_slice().into());
    (is(".data") || is(".bss") || read_only.is_some()).then(|| Data {
        section: sec.name.clone(),
        size: sec.size(),
        offset,
        read_only,
    })
}

/// Binds an `ld_imm64` of global data as libbpf does (`RELO_DATA`): a `BPF_PSEUDO_MAP_VALUE`
/// of the section's map, the offset (the symbol's plus the instruction's addend) in the second
/// slot's immediate. Read-only data's map is `BPF_F_RDONLY_PROG` and frozen with the
/// section's bytes: the verifier reads its values as constants.
fn bind_data(bound: &mut Bound, slot: usize, target: &str, data: Data, btf: ValueBtf) {
    let addend = bound.loaded.get(slot).map_or(0, |i| i.imm as i64);
    let offset = i32::try_from(addend + data.offset as i64).ok();
    let value_size = u32::try_from(data.size).ok().filter(|&v| v > 0);
    let (Some(offset), Some(value_size), true) =
        (offset, value_size, slot + 1 < bound.loaded.len())
    else {
        bound.unsupported.get_or_insert(format!(
            "instruction {slot} loads the address of {target}, global data the loader cannot bind (offset or size out of range)"
        ));
        return;
    };
    bound.loaded[slot].src = isa::table::ld_imm_row(isa::LdImmKind::MapValue).src;
    bound.loaded[slot].imm = 0;
    bound.loaded[slot + 1].imm = offset;
    let info = MapInfo {
        slot,
        id: 0,
        map_type: skctx::MapType::Array.id(),
        key_size: 4,
        value_size,
        max_entries: 1,
        flags: match data.read_only {
            Some(_) => MapInfo::RDONLY_PROG,
            None => 0,
        },
        frozen: data.read_only,
        name: kernel_map_name(&data.section).into(),
        btf,
    };
    bound.add(info, data.section);
}

/// What the kernel learns of the object's maps from the BTF libbpf creates them with.
struct MapsBtf {
    /// The maps of `.maps` (clang's BTF map definitions) that name their value type, which
    /// libbpf creates with BTF, and the offset of the lock in each one's value, if any.
    defined: Vec<(String, Option<u32>)>,
    /// What global data's maps (`DATASEC` values) get.
    data: ValueBtf,
}

impl MapsBtf {
    fn of(object: &Object) -> MapsBtf {
        let Some(btf) = super::object_btf(object) else {
            return MapsBtf {
                defined: Vec::new(),
                data: ValueBtf::None,
            };
        };
        let locks = asm::btf::map_spin_locks_in(&btf);
        let lock = |n: &str| locks.iter().find(|(l, _)| l == n).map(|(_, at)| *at);
        let defined = (asm::btf::maps_with_value_type_in(&btf).into_iter())
            .map(|n| {
                let at = lock(&n);
                (n, at)
            })
            .collect();
        let has_lock = (1..=btf.type_count()).any(|id| {
            btf.raw_type(id)
                .is_some_and(|t| t.kind == asm::btf::kind::STRUCT && t.name == "bpf_spin_lock")
        });
        MapsBtf {
            defined,
            data: match has_lock {
                true => ValueBtf::Unread,
                false => ValueBtf::Value { spin_lock: None },
            },
        }
    }

    /// A map of the object: with BTF when clang's `.maps` defines its value type, placing
    /// its lock; a map whose type takes no lock is refused that BTF by the kernel, and
    /// libbpf creates it without BTF.
    fn of_map(&self, name: &str, map_type: skctx::MapType) -> ValueBtf {
        match self.defined.iter().find(|(n, _)| n == name) {
            Some((_, Some(_))) if !map_type.value_takes_spin_lock() => ValueBtf::None,
            Some((_, spin_lock)) => ValueBtf::Value {
                spin_lock: *spin_lock,
            },
            None => ValueBtf::None,
        }
    }
}

/// The name libbpf gives a map: at most 15 characters of `[A-Za-z0-9_.]`.
fn kernel_map_name(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '.')
        .take(15)
        .collect()
}

/// The map an `ld_imm64` relocation names: the object's, else the world's.
fn map_info(
    object: &Object,
    world: Option<&skctx::World>,
    name: &str,
    slot: usize,
    btf: &MapsBtf,
) -> Option<MapInfo> {
    if let Some(m) = object.maps.iter().find(|m| m.name == name) {
        return Some(MapInfo {
            slot,
            id: 0,
            map_type: m.map_type.id(),
            key_size: m.key_size,
            value_size: m.value_size,
            max_entries: m.max_entries,
            flags: m.flags,
            frozen: None,
            name: kernel_map_name(name).into(),
            btf: btf.of_map(name, m.map_type),
        });
    }
    world.and_then(|w| w.maps.get(name)).map(|m| MapInfo {
        slot,
        id: 0,
        map_type: m.map_type.id(),
        key_size: m.key_size,
        value_size: m.value_size,
        max_entries: m.max_entries,
        flags: m.flags,
        frozen: None,
        ..Default::default()
    })
}

/// Marks the `ld_imm64` at `slot` `BPF_PSEUDO_MAP_FD`, as the loader passes a map reference.
fn bind_map(insns: &mut [RawInsn], slot: usize) {
    if let Some(i) = insns.get_mut(slot) {
        i.src = isa::table::ld_imm_row(isa::LdImmKind::MapFd).src;
    }
}

/// A relocation's target as printed: "`name`" or "section `name`".
fn reloc_target(object: &Object, target: &RelocTarget) -> String {
    match target {
        RelocTarget::Symbol(n) => format!("`{}`", safe(n)),
        RelocTarget::Section(i) => {
            let name = object.sections.get(*i).map_or("?", |s| s.name.as_str());
            format!("section `{}`", safe(name))
        }
    }
}

/// Whether `object` defines a symbol `name` in one of its sections.
/// Why an undefined symbol is an extern libbpf fills in at load time, which is not
/// modelled: a `__kconfig` variable (`.kconfig`: `LINUX_KERNEL_VERSION`, `CONFIG_*`, from the
/// kernel's release and configuration, in an internal map of libbpf's layout) or a `__ksym`
/// variable (`.ksyms`: a kernel variable's BTF id, `BPF_PSEUDO_BTF_ID`).
fn load_time_extern(object: &Object, name: &str) -> Option<String> {
    let btf = super::object_btf(object)?;
    let what = match btf.datasec_of_var(name)? {
        ".kconfig" => "a `__kconfig` extern, which libbpf fills in from the kernel's release and configuration",
        ".ksyms" => "a `__ksym` kernel variable, which libbpf resolves to the kernel's BTF id",
        _ => return None,
    };
    Some(format!("loads `{}`, {what} (not modelled)", safe(name)))
}

pub(crate) fn defines(object: &Object, name: &str) -> bool {
    object
        .symbols
        .iter()
        .any(|s| s.name == name && s.section.is_some())
}
