//! Map types and the map/helper compatibility rules, as they apply to SK_LOOKUP.
//!
//! [`MAP_TYPES`] is the one table of map types: it mirrors include/uapi/linux/bpf.h
//! `enum bpf_map_type` (id, name, release), with what `bpf_map_lookup_elem` yields from an
//! SK_LOOKUP program (sk_lookup-helpers.md §6), whether `.skmap` declares it (the `.skmap`
//! spelling is the name) and whether its values are per CPU. [`MapType`] is the enum of its
//! ids; the assembler (`.skmap`, `.BTF` recovery) and the kernel crate (map creation) use both.
//! [`check_map_func_compatibility`] mirrors kernel/bpf/verifier.c
//! `check_map_func_compatibility` (both directions: what a map type allows, and which map
//! types a helper requires) for the helpers SK_LOOKUP can call, with `may_update_sockmap`
//! (SK_LOOKUP may update/delete sock maps since 5.10).

use std::fmt;

use crate::ctx::EINVAL;
use crate::helpers::helper_by_id;
use crate::profile::{kv, KernelProfile, KernelVersion};

/// `BPF_MAP_UPDATE_ELEM` flags (include/uapi/linux/bpf.h): create or replace.
pub const BPF_ANY: u64 = 0;
/// Create only (`EEXIST` when the key is there).
pub const BPF_NOEXIST: u64 = 1;
/// Replace only (`ENOENT` when the key is not there).
pub const BPF_EXIST: u64 = 2;
/// Copy the value under its `struct bpf_spin_lock` (ARRAY and HASH maps whose value holds
/// one; any other map: `EINVAL`).
pub const BPF_F_LOCK: u64 = 4;

/// What `bpf_map_lookup_elem` on a map of this type gives an SK_LOOKUP program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LookupResult {
    /// A pointer to the value (or NULL).
    Value,
    /// A referenced socket after the NULL check (SOCKMAP, SOCKHASH).
    Socket,
    /// The inner map (ARRAY_OF_MAPS, HASH_OF_MAPS).
    InnerMap,
    /// Refused: `cannot pass map_type <t> into func bpf_map_lookup_elem#1`.
    Refused,
}

/// What else the tools need to know of a map type, besides its lookup result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MapTraits {
    /// `.skmap type=<name>` declares a map of this type (the assembler lays it out in
    /// `.maps` with its `.BTF`; every one is created by libbpf in the tests).
    pub skmap: bool,
    /// Values are per CPU: a userspace lookup copies one value (rounded up to 8 bytes) per
    /// possible CPU.
    pub per_cpu: bool,
}

/// Plain map: neither declared with `.skmap` nor per CPU.
const PLAIN: MapTraits = MapTraits {
    skmap: false,
    per_cpu: false,
};
/// Declared with `.skmap`.
const SKMAP: MapTraits = MapTraits {
    skmap: true,
    per_cpu: false,
};
/// Per CPU, not declared with `.skmap`.
const PERCPU: MapTraits = MapTraits {
    skmap: false,
    per_cpu: true,
};
/// Per CPU and declared with `.skmap`.
const SKMAP_PERCPU: MapTraits = MapTraits {
    skmap: true,
    per_cpu: true,
};

/// One row of [`MAP_TYPES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MapTypeInfo {
    /// The type; its `enum bpf_map_type` value is `ty.id()`.
    pub ty: MapType,
    /// Name without `BPF_MAP_TYPE_`, lower case; also the `.skmap type=` spelling.
    pub name: &'static str,
    pub since: KernelVersion,
    pub lookup: LookupResult,
    pub traits: MapTraits,
}

impl MapTypeInfo {
    /// The `enum bpf_map_type` value.
    pub fn id(&self) -> u32 {
        self.ty.id()
    }

    /// `BPF_MAP_TYPE_<NAME>`.
    pub fn kernel_name(&self) -> String {
        format!("BPF_MAP_TYPE_{}", self.name.to_ascii_uppercase())
    }
}

/// Declares [`MapType`] and [`MAP_TYPES`] from one list of rows, so a type's id, name and
/// columns are written once.
macro_rules! map_types {
    ($($id:literal $variant:ident $name:literal $since:expr, $lookup:ident, $traits:ident;)*) => {
        /// `enum bpf_map_type` (include/uapi/linux/bpf.h): every map type the kernel knows up
        /// to 6.18, its discriminant the kernel's value. [`MAP_TYPES`] holds what is known of
        /// each.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u32)]
        pub enum MapType {
            $($variant = $id,)*
        }

        /// `enum bpf_map_type` (include/uapi/linux/bpf.h), indexed by id.
        ///
        /// Lookup column: 6.18 experiment for the types listed in sk_lookup-helpers.md §6;
        /// for queue/stack/ringbuf/bloom/user_ringbuf the compatibility rule refuses lookup,
        /// but their key size is 0 and the key argument's check comes first: the kernel
        /// prints `invalid zero-sized read` (code `helper-mem-size`) for a key on the stack,
        /// measured on 6.1.192, 6.12.118 and 6.18.44 (`tests/skctx_kernel.rs`, in the
        /// kernel images too). Types the spec did not probe follow the compatibility switch.
        pub const MAP_TYPES: &[MapTypeInfo] = &[
            $(MapTypeInfo {
                ty: MapType::$variant,
                name: $name,
                since: $since,
                lookup: $lookup,
                traits: $traits,
            },)*
        ];
    };
}

use LookupResult::{InnerMap, Refused, Socket, Value};

map_types! {
    0 Unspec "unspec" kv(3, 19), Refused, PLAIN;
    1 Hash "hash" kv(3, 19), Value, SKMAP;
    2 Array "array" kv(3, 19), Value, SKMAP;
    3 ProgArray "prog_array" kv(4, 2), Refused, SKMAP;
    4 PerfEventArray "perf_event_array" kv(4, 3), Refused, SKMAP;
    5 PercpuHash "percpu_hash" kv(4, 6), Value, SKMAP_PERCPU;
    6 PercpuArray "percpu_array" kv(4, 6), Value, SKMAP_PERCPU;
    7 StackTrace "stack_trace" kv(4, 6), Refused, PLAIN;
    8 CgroupArray "cgroup_array" kv(4, 8), Refused, PLAIN;
    9 LruHash "lru_hash" kv(4, 10), Value, SKMAP;
    10 LruPercpuHash "lru_percpu_hash" kv(4, 10), Value, SKMAP_PERCPU;
    11 LpmTrie "lpm_trie" kv(4, 11), Value, SKMAP;
    12 ArrayOfMaps "array_of_maps" kv(4, 12), InnerMap, PLAIN;
    13 HashOfMaps "hash_of_maps" kv(4, 12), InnerMap, PLAIN;
    14 Devmap "devmap" kv(4, 14), Value, PLAIN;
    15 SockMap "sockmap" kv(4, 14), Socket, SKMAP;
    16 Cpumap "cpumap" kv(4, 15), Refused, PLAIN;
    17 Xskmap "xskmap" kv(4, 18), Value, PLAIN;
    18 SockHash "sockhash" kv(4, 18), Socket, SKMAP;
    19 CgroupStorage "cgroup_storage" kv(4, 19), Refused, PLAIN;
    20 ReuseportSockarray "reuseport_sockarray" kv(4, 19), Refused, PLAIN;
    21 PercpuCgroupStorage "percpu_cgroup_storage" kv(4, 20), Refused, PERCPU;
    22 Queue "queue" kv(4, 20), Refused, SKMAP;
    23 Stack "stack" kv(4, 20), Refused, SKMAP;
    24 SkStorage "sk_storage" kv(5, 2), Refused, PLAIN;
    25 DevmapHash "devmap_hash" kv(5, 4), Value, PLAIN;
    26 StructOps "struct_ops" kv(5, 6), Value, PLAIN;
    27 RingBuf "ringbuf" kv(5, 8), Refused, SKMAP;
    28 InodeStorage "inode_storage" kv(5, 10), Refused, PLAIN;
    29 TaskStorage "task_storage" kv(5, 11), Refused, PLAIN;
    30 BloomFilter "bloom_filter" kv(5, 16), Refused, SKMAP;
    31 UserRingbuf "user_ringbuf" kv(6, 1), Refused, PLAIN;
    32 CgrpStorage "cgrp_storage" kv(6, 2), Refused, PLAIN;
    33 Arena "arena" kv(6, 9), Value, PLAIN;
}

// The table is indexed by id: row i is the type whose value is i.
const _: () = {
    let mut i = 0;
    while i < MAP_TYPES.len() {
        assert!(MAP_TYPES[i].ty as usize == i);
        i += 1;
    }
};

impl MapType {
    /// The struct the map's `ops->map_btf_id` names in the kernel's BTF: what a load from
    /// the map pointer reads (`check_ptr_to_map_access`), and the name its refusals print.
    /// From the `BTF_ID_LIST_SINGLE(.., struct, NAME)` beside each `bpf_map_ops` (6.1 and
    /// 6.12 sources; sockmap's `bpf_stab` and array's `bpf_array` seen in the kernel's
    /// messages); `None` where none is known.
    pub const fn btf_struct(self) -> Option<&'static str> {
        use MapType::*;
        Some(match self {
            Array | PercpuArray | ProgArray | PerfEventArray | CgroupArray | ArrayOfMaps => {
                "bpf_array"
            }
            Hash | PercpuHash | LruHash | LruPercpuHash | HashOfMaps => "bpf_htab",
            LpmTrie => "lpm_trie",
            StackTrace => "bpf_stack_map",
            Devmap | DevmapHash => "bpf_dtab",
            Cpumap => "bpf_cpu_map",
            SockMap => "bpf_stab",
            SockHash => "bpf_shtab",
            CgroupStorage | PercpuCgroupStorage => "bpf_cgroup_storage_map",
            ReuseportSockarray => "reuseport_array",
            Queue | Stack => "bpf_queue_stack",
            RingBuf | UserRingbuf => "bpf_ringbuf_map",
            InodeStorage | TaskStorage | SkStorage | CgrpStorage => "bpf_local_storage_map",
            BloomFilter => "bpf_bloom_filter",
            StructOps => "bpf_struct_ops_map",
            Unspec | Xskmap | Arena => return None,
        })
    }

    /// The `enum bpf_map_type` value.
    pub const fn id(self) -> u32 {
        self as u32
    }

    /// The type with this value, if the table knows it.
    pub fn from_id(id: u32) -> Option<MapType> {
        map_type(id).map(|t| t.ty)
    }

    /// Its row of [`MAP_TYPES`].
    pub fn info(self) -> &'static MapTypeInfo {
        &MAP_TYPES[self as usize]
    }

    /// Name without `BPF_MAP_TYPE_`, lower case; also the `.skmap type=` spelling.
    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// `BPF_MAP_TYPE_<NAME>`.
    pub fn kernel_name(self) -> String {
        self.info().kernel_name()
    }

    /// `.skmap` declares maps of this type.
    pub fn skmap(self) -> bool {
        self.info().traits.skmap
    }

    /// One value per possible CPU.
    pub fn per_cpu(self) -> bool {
        self.info().traits.per_cpu
    }

    /// `bpf_for_each_map_elem` may walk it: its `bpf_map_ops` have `map_set_for_each_callback_args`
    /// and `map_for_each_callback` (the array and hash maps; the same set on 6.1.192, 6.12.118
    /// and 6.18.44, checked by the spec corpus). Other maps get `callback function not
    /// allowed for map` (ENOTSUPP).
    pub fn iterates_with_callback(self) -> bool {
        matches!(
            self,
            MapType::Array
                | MapType::PercpuArray
                | MapType::Hash
                | MapType::PercpuHash
                | MapType::LruHash
                | MapType::LruPercpuHash
        )
    }

    /// A value may hold a `struct bpf_spin_lock` (`map_check_btf`): among the types an
    /// SK_LOOKUP program can use, ARRAY and HASH. 6.18.44 refuses a map of PERCPU_ARRAY,
    /// PERCPU_HASH, LRU_HASH, LRU_PERCPU_HASH or LPM_TRIE whose value BTF holds one
    /// (`EOPNOTSUPP`), and libbpf then creates the map without BTF (asm's
    /// `elf_kernel_load.rs`).
    pub fn value_takes_spin_lock(self) -> bool {
        matches!(self, MapType::Array | MapType::Hash)
    }

    /// Values are sockets (SOCKMAP, SOCKHASH): put in as socket fds from userspace, looked up
    /// as referenced sockets by a program.
    pub fn holds_sockets(self) -> bool {
        self.info().lookup == LookupResult::Socket
    }
}

impl fmt::Display for MapType {
    /// The lower-case name (`sockmap`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The types `.skmap` declares, in id order.
pub fn skmap_types() -> impl Iterator<Item = MapType> {
    MAP_TYPES.iter().filter(|t| t.traits.skmap).map(|t| t.ty)
}

/// The type `.skmap type=<name>` names (exact lower-case spelling).
pub fn skmap_type(name: &str) -> Option<MapType> {
    skmap_types().find(|t| t.name() == name)
}

/// The row for a map type id.
pub fn map_type(id: u32) -> Option<&'static MapTypeInfo> {
    MAP_TYPES.get(id as usize)
}

/// The row for a name (`sockmap`, `BPF_MAP_TYPE_SOCKMAP`, case-insensitive).
pub fn map_type_by_name(name: &str) -> Option<&'static MapTypeInfo> {
    let lower = name.to_ascii_lowercase();
    let bare = lower.strip_prefix("bpf_map_type_").unwrap_or(&lower);
    MAP_TYPES.iter().find(|t| t.name == bare)
}

/// A refused map/helper combination.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MapFuncError {
    pub map_type: u32,
    pub func_id: i32,
    pub func_name: String,
}

impl MapFuncError {
    pub fn code(&self) -> crate::Code {
        crate::Code::MapFuncIncompatible
    }

    /// `cannot pass map_type <t> into func <name>#<id>`.
    pub fn kernel_message(&self) -> String {
        format!(
            "cannot pass map_type {} into func {}#{}",
            self.map_type, self.func_name, self.func_id
        )
    }

    pub fn errno(&self) -> i32 {
        EINVAL
    }
}

impl fmt::Display for MapFuncError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.kernel_message())
    }
}

impl std::error::Error for MapFuncError {}

// Helper ids used by the compatibility rules (include/uapi/linux/bpf.h).
const MAP_LOOKUP_ELEM: i32 = 1;
const MAP_UPDATE_ELEM: i32 = 2;
const MAP_DELETE_ELEM: i32 = 3;
const TAIL_CALL: i32 = 12;
const PERF_EVENT_READ: i32 = 22;
const PERF_EVENT_OUTPUT: i32 = 25;
const GET_STACKID: i32 = 27;
const SKB_UNDER_CGROUP: i32 = 33;
const CURRENT_TASK_UNDER_CGROUP: i32 = 37;
const REDIRECT_MAP: i32 = 51;
const SK_REDIRECT_MAP: i32 = 52;
const SOCK_MAP_UPDATE: i32 = 53;
const PERF_EVENT_READ_VALUE: i32 = 55;
const MSG_REDIRECT_MAP: i32 = 60;
const SOCK_HASH_UPDATE: i32 = 70;
const MSG_REDIRECT_HASH: i32 = 71;
const SK_REDIRECT_HASH: i32 = 72;
const GET_LOCAL_STORAGE: i32 = 81;
const SK_SELECT_REUSEPORT: i32 = 82;
const MAP_PUSH_ELEM: i32 = 87;
const MAP_POP_ELEM: i32 = 88;
const MAP_PEEK_ELEM: i32 = 89;
const SK_STORAGE_GET: i32 = 107;
const SK_STORAGE_DELETE: i32 = 108;
const SKB_OUTPUT: i32 = 111;
const XDP_OUTPUT: i32 = 121;
const RINGBUF_OUTPUT: i32 = 130;
const RINGBUF_RESERVE: i32 = 131;
const RINGBUF_QUERY: i32 = 134;
const INODE_STORAGE_GET: i32 = 145;
const INODE_STORAGE_DELETE: i32 = 146;
const TASK_STORAGE_GET: i32 = 156;
const TASK_STORAGE_DELETE: i32 = 157;
const KPTR_XCHG: i32 = 194;
const MAP_LOOKUP_PERCPU_ELEM: i32 = 195;
const RINGBUF_RESERVE_DYNPTR: i32 = 198;
const RINGBUF_SUBMIT_DYNPTR: i32 = 199;
const RINGBUF_DISCARD_DYNPTR: i32 = 200;
const USER_RINGBUF_DRAIN: i32 = 209;
const CGRP_STORAGE_GET: i32 = 210;
const CGRP_STORAGE_DELETE: i32 = 211;

/// `may_update_sockmap` for SK_LOOKUP: map update/delete on sock maps from the program
/// (5.10, series "bpf: sockmap: allow update from BPF"). On 5.9 delete was already
/// accepted and update was not (UNCONFIRMED for delete).
fn may_update_sockmap(profile: KernelProfile, func: i32) -> bool {
    match func {
        MAP_UPDATE_ELEM => profile.has(kv(5, 10)),
        MAP_DELETE_ELEM => true,
        _ => false,
    }
}

/// The kernel's two-way check for a map of type `map_type` passed to helper `func_id` by an
/// SK_LOOKUP program. Map types and helpers the tables do not know are accepted.
pub fn check_map_func_compatibility(
    profile: KernelProfile,
    map_type: u32,
    func_id: i32,
) -> Result<(), MapFuncError> {
    use MapType::*;
    let ty = MapType::from_id(map_type);
    let allowed_by_map = match ty {
        Some(ProgArray) => func_id == TAIL_CALL,
        Some(PerfEventArray) => matches!(
            func_id,
            PERF_EVENT_READ | PERF_EVENT_OUTPUT | PERF_EVENT_READ_VALUE | SKB_OUTPUT | XDP_OUTPUT
        ),
        Some(RingBuf) => matches!(
            func_id,
            RINGBUF_OUTPUT
                | RINGBUF_RESERVE
                | RINGBUF_QUERY
                | RINGBUF_RESERVE_DYNPTR
                | RINGBUF_SUBMIT_DYNPTR
                | RINGBUF_DISCARD_DYNPTR
        ),
        Some(UserRingbuf) => func_id == USER_RINGBUF_DRAIN,
        Some(StackTrace) => func_id == GET_STACKID,
        Some(CgroupArray) => matches!(func_id, SKB_UNDER_CGROUP | CURRENT_TASK_UNDER_CGROUP),
        Some(CgroupStorage) | Some(PercpuCgroupStorage) => func_id == GET_LOCAL_STORAGE,
        Some(Devmap) | Some(DevmapHash) | Some(Xskmap) => {
            matches!(func_id, REDIRECT_MAP | MAP_LOOKUP_ELEM)
        }
        Some(Cpumap) => func_id == REDIRECT_MAP,
        Some(ArrayOfMaps) | Some(HashOfMaps) => func_id == MAP_LOOKUP_ELEM,
        Some(SockMap) => {
            matches!(
                func_id,
                SK_REDIRECT_MAP
                    | SOCK_MAP_UPDATE
                    | MSG_REDIRECT_MAP
                    | SK_SELECT_REUSEPORT
                    | MAP_LOOKUP_ELEM
            ) || may_update_sockmap(profile, func_id)
        }
        Some(SockHash) => {
            matches!(
                func_id,
                SK_REDIRECT_HASH
                    | SOCK_HASH_UPDATE
                    | MSG_REDIRECT_HASH
                    | SK_SELECT_REUSEPORT
                    | MAP_LOOKUP_ELEM
            ) || may_update_sockmap(profile, func_id)
        }
        Some(ReuseportSockarray) => func_id == SK_SELECT_REUSEPORT,
        Some(Queue) | Some(Stack) => {
            matches!(func_id, MAP_PEEK_ELEM | MAP_POP_ELEM | MAP_PUSH_ELEM)
        }
        Some(BloomFilter) => matches!(func_id, MAP_PEEK_ELEM | MAP_PUSH_ELEM),
        Some(SkStorage) => matches!(func_id, SK_STORAGE_GET | SK_STORAGE_DELETE | KPTR_XCHG),
        Some(InodeStorage) => matches!(
            func_id,
            INODE_STORAGE_GET | INODE_STORAGE_DELETE | KPTR_XCHG
        ),
        Some(TaskStorage) => matches!(func_id, TASK_STORAGE_GET | TASK_STORAGE_DELETE | KPTR_XCHG),
        Some(CgrpStorage) => matches!(func_id, CGRP_STORAGE_GET | CGRP_STORAGE_DELETE | KPTR_XCHG),
        _ => true,
    };
    let allowed_by_func = match func_id {
        TAIL_CALL => ty == Some(ProgArray),
        PERF_EVENT_READ | PERF_EVENT_OUTPUT | PERF_EVENT_READ_VALUE | SKB_OUTPUT | XDP_OUTPUT => {
            ty == Some(PerfEventArray)
        }
        RINGBUF_OUTPUT
        | RINGBUF_RESERVE
        | RINGBUF_QUERY
        | RINGBUF_RESERVE_DYNPTR
        | RINGBUF_SUBMIT_DYNPTR
        | RINGBUF_DISCARD_DYNPTR => ty == Some(RingBuf),
        USER_RINGBUF_DRAIN => ty == Some(UserRingbuf),
        GET_STACKID => ty == Some(StackTrace),
        CURRENT_TASK_UNDER_CGROUP | SKB_UNDER_CGROUP => ty == Some(CgroupArray),
        MAP_POP_ELEM => matches!(ty, Some(Queue) | Some(Stack)),
        MAP_PEEK_ELEM | MAP_PUSH_ELEM => {
            matches!(ty, Some(Queue) | Some(Stack) | Some(BloomFilter))
        }
        MAP_LOOKUP_PERCPU_ELEM => matches!(
            ty,
            Some(PercpuHash) | Some(PercpuArray) | Some(LruPercpuHash)
        ),
        SK_STORAGE_GET | SK_STORAGE_DELETE => ty == Some(SkStorage),
        TASK_STORAGE_GET | TASK_STORAGE_DELETE => ty == Some(TaskStorage),
        CGRP_STORAGE_GET | CGRP_STORAGE_DELETE => ty == Some(CgrpStorage),
        SK_SELECT_REUSEPORT => matches!(
            ty,
            Some(ReuseportSockarray) | Some(SockMap) | Some(SockHash)
        ),
        _ => true,
    };
    if allowed_by_map && allowed_by_func {
        Ok(())
    } else {
        Err(MapFuncError {
            map_type,
            func_id,
            func_name: helper_by_id(func_id)
                .map(|h| h.kernel_name())
                .unwrap_or_else(|| "unknown".to_string()),
        })
    }
}

/// The type of R0 right after `bpf_map_lookup_elem` on a SOCKMAP/SOCKHASH (a
/// [`LookupResult::Socket`] map), before the NULL check, as the verifier prints it.
///
/// Upstream: `map_value_or_null` (kernel/bpf/verifier.c `check_helper_call` gives
/// `PTR_TO_MAP_VALUE | PTR_MAYBE_NULL`; `mark_ptr_or_null_reg` makes it `sock` on the non-NULL
/// branch). A profile's behaviours may switch it ([`crate::profile::Effect::SockmapLookupType`]).
pub fn sockmap_lookup_type(profile: KernelProfile) -> &'static str {
    profile
        .effects()
        .find_map(|e| match *e {
            crate::profile::Effect::SockmapLookupType(t) => Some(t),
            _ => None,
        })
        .unwrap_or("map_value_or_null")
}
