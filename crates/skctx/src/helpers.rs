//! The helper table: every helper id the kernel knows, and what SK_LOOKUP may call.
//!
//! [`HELPERS`] has one row per `enum bpf_func_id` value of 6.18 (ids 0..=211, names from
//! include/uapi/linux/bpf.h `___BPF_FUNC_MAPPER`, release that introduced each id). Rows of
//! helpers an SK_LOOKUP program can be offered carry a [`HelperProto`]: availability history
//! (which release and capability tier), argument and return kinds (a subset of the kernel's
//! `enum bpf_arg_type` / `enum bpf_return_type`), GPL-only, reference effect, might-sleep,
//! C signature and description. Name, id and prototype live in the same row, so they cannot
//! drift apart.
//!
//! How the kernel builds the SK_LOOKUP set (net/core/filter.c `sk_lookup_func_proto`,
//! sk_lookup-helpers.md §1): `perf_event_output`, `sk_assign` and `sk_release` are special
//! cased; everything else comes from `bpf_sk_base_func_proto` (5.10+: socket casts with
//! CAP_PERFMON, `ktime_get_coarse_ns`) and then `bpf_base_func_proto` (kernel/bpf/helpers.c),
//! tiered by capability. Each row's `offered_by` names the function that returns it.
//!
//! Availability sources: 6.18 probe (sk_lookup-helpers.md §2: 85 offered to root, 28 need
//! CAP_PERFMON); kernel sources read for 5.10, 6.1 (Android tree), 6.6, 6.12 and 6.18; patch
//! history for the rest. Rows whose first release is not pinned down say so in `note`.

use std::fmt;

use crate::codes::Code;
use crate::ctx::EINVAL;
use crate::profile::{kv, Effect, KernelProfile, KernelVersion, Privilege};

/// Capability a helper needs on top of loading the program (which itself needs `CAP_BPF`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tier {
    /// Returned without a capability check (first switch of `bpf_base_func_proto`, or the
    /// SK_LOOKUP-specific cases).
    Always,
    /// Behind `bpf_capable()` / `bpf_token_capable(CAP_BPF)`: every SK_LOOKUP loader has it.
    CapBpf,
    /// Behind `perfmon_capable()` / `bpf_token_capable(CAP_PERFMON)`.
    CapPerfmon,
}

impl Tier {
    pub fn allows(self, privilege: Privilege) -> bool {
        match self {
            Tier::Always | Tier::CapBpf => true,
            Tier::CapPerfmon => privilege.has_perfmon(),
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Tier::Always => "none",
            Tier::CapBpf => "CAP_BPF",
            Tier::CapPerfmon => "CAP_PERFMON",
        }
    }
}

/// Argument kinds: the subset of the kernel's `enum bpf_arg_type` (with type flags folded in)
/// used by helpers SK_LOOKUP can call. include/linux/bpf.h.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ArgKind {
    /// `ARG_CONST_MAP_PTR`: a map loaded with `ld_imm64` (`map_ptr`).
    ConstMapPtr,
    /// `ARG_PTR_TO_MAP_KEY`: `key_size` readable bytes (stack or map value).
    PtrToMapKey,
    /// `ARG_PTR_TO_MAP_VALUE`: `value_size` readable bytes (a socket for sock-map updates).
    PtrToMapValue,
    /// `ARG_PTR_TO_MAP_VALUE | MEM_UNINIT`: `value_size` writable bytes.
    PtrToUninitMapValue,
    /// `ARG_PTR_TO_MAP_VALUE_OR_NULL`.
    PtrToMapValueOrNull,
    /// `ARG_PTR_TO_CTX`: the unmodified context pointer.
    PtrToCtx,
    /// `ARG_PTR_TO_SOCKET_OR_NULL`: a `sock`/`sock_or_null` register or the constant 0.
    PtrToSocketOrNull,
    /// `ARG_PTR_TO_BTF_ID_SOCK_COMMON`: any socket pointer.
    PtrToBtfIdSockCommon,
    /// `ARG_PTR_TO_BTF_ID_SOCK_COMMON | OBJ_RELEASE`: a referenced socket, released.
    ReleaseSockCommon,
    /// `ARG_ANYTHING`: any initialised register.
    Anything,
    /// `ARG_SCALAR`: any scalar (`bpf_loop`'s `nr_loops` with
    /// [`crate::Behaviour::BpfLoopCountScalar`]).
    Scalar,
    /// `ARG_CONST_SIZE`: a known size > 0 for the preceding memory argument.
    ConstSize,
    /// `ARG_CONST_SIZE_OR_ZERO`.
    ConstSizeOrZero,
    /// `ARG_CONST_ALLOC_SIZE_OR_ZERO`: size of memory the helper returns.
    ConstAllocSizeOrZero,
    /// `ARG_PTR_TO_MEM | MEM_RDONLY`: readable memory.
    PtrToMemReadonly,
    /// `ARG_PTR_TO_MEM`: writable memory that must be initialised.
    PtrToMemWritable,
    /// `ARG_PTR_TO_MEM | PTR_MAYBE_NULL | MEM_RDONLY`.
    PtrToMemOrNullReadonly,
    /// `ARG_PTR_TO_MEM | PTR_MAYBE_NULL`.
    PtrToMemOrNullWritable,
    /// `ARG_PTR_TO_UNINIT_MEM`: memory the helper fills.
    PtrToUninitMem,
    /// `ARG_PTR_TO_FIXED_SIZE_MEM | MEM_UNINIT | MEM_ALIGNED` of 8 bytes (`long *res`).
    PtrToLong,
    /// `ARG_PTR_TO_SPIN_LOCK`.
    PtrToSpinLock,
    /// `ARG_PTR_TO_TIMER`.
    PtrToTimer,
    /// `ARG_PTR_TO_FUNC`: a callback (`ld_imm64` of a BPF function).
    PtrToFunc,
    /// `ARG_PTR_TO_STACK_OR_NULL`: callback context.
    PtrToStackOrNull,
    /// `ARG_PTR_TO_CONST_STR`: a NUL-terminated string in a read-only map value.
    PtrToConstStr,
    /// `ARG_PTR_TO_MEM | MEM_RINGBUF | OBJ_RELEASE`: a reserved ring buffer record.
    ReleaseRingbufMem,
    /// `ARG_PTR_TO_PERCPU_BTF_ID`.
    PtrToPercpuBtfId,
    /// `ARG_PTR_TO_BTF_ID` of `struct task_struct`.
    PtrToBtfIdTask,
    /// `ARG_PTR_TO_BTF_ID_OR_NULL` of `struct task_struct`.
    PtrToBtfIdTaskOrNull,
    /// `ARG_PTR_TO_BTF_ID_OR_NULL` of `struct cgroup`.
    PtrToBtfIdCgroupOrNull,
    /// `ARG_PTR_TO_KPTR`.
    PtrToKptr,
    /// `ARG_PTR_TO_BTF_ID_OR_NULL | OBJ_RELEASE`.
    ReleaseBtfIdOrNull,
    /// `ARG_PTR_TO_DYNPTR | DYNPTR_TYPE_LOCAL | MEM_UNINIT`.
    PtrToUninitDynptr,
    /// `ARG_PTR_TO_DYNPTR | DYNPTR_TYPE_RINGBUF | MEM_UNINIT`.
    PtrToUninitRingbufDynptr,
    /// `ARG_PTR_TO_DYNPTR | MEM_RDONLY`: an initialised dynptr.
    PtrToDynptr,
    /// `ARG_PTR_TO_DYNPTR | DYNPTR_TYPE_RINGBUF | OBJ_RELEASE`.
    ReleaseRingbufDynptr,
}

impl ArgKind {
    /// The kernel's spelling.
    pub fn kernel_name(self) -> &'static str {
        use ArgKind::*;
        match self {
            ConstMapPtr => "ARG_CONST_MAP_PTR",
            PtrToMapKey => "ARG_PTR_TO_MAP_KEY",
            PtrToMapValue => "ARG_PTR_TO_MAP_VALUE",
            PtrToUninitMapValue => "ARG_PTR_TO_MAP_VALUE | MEM_UNINIT",
            PtrToMapValueOrNull => "ARG_PTR_TO_MAP_VALUE_OR_NULL",
            PtrToCtx => "ARG_PTR_TO_CTX",
            PtrToSocketOrNull => "ARG_PTR_TO_SOCKET_OR_NULL",
            PtrToBtfIdSockCommon => "ARG_PTR_TO_BTF_ID_SOCK_COMMON",
            ReleaseSockCommon => "ARG_PTR_TO_BTF_ID_SOCK_COMMON | OBJ_RELEASE",
            Anything => "ARG_ANYTHING",
            Scalar => "ARG_SCALAR",
            ConstSize => "ARG_CONST_SIZE",
            ConstSizeOrZero => "ARG_CONST_SIZE_OR_ZERO",
            ConstAllocSizeOrZero => "ARG_CONST_ALLOC_SIZE_OR_ZERO",
            PtrToMemReadonly => "ARG_PTR_TO_MEM | MEM_RDONLY",
            PtrToMemWritable => "ARG_PTR_TO_MEM",
            PtrToMemOrNullReadonly => "ARG_PTR_TO_MEM | PTR_MAYBE_NULL | MEM_RDONLY",
            PtrToMemOrNullWritable => "ARG_PTR_TO_MEM | PTR_MAYBE_NULL",
            PtrToUninitMem => "ARG_PTR_TO_UNINIT_MEM",
            PtrToLong => "ARG_PTR_TO_FIXED_SIZE_MEM | MEM_UNINIT | MEM_ALIGNED",
            PtrToSpinLock => "ARG_PTR_TO_SPIN_LOCK",
            PtrToTimer => "ARG_PTR_TO_TIMER",
            PtrToFunc => "ARG_PTR_TO_FUNC",
            PtrToStackOrNull => "ARG_PTR_TO_STACK_OR_NULL",
            PtrToConstStr => "ARG_PTR_TO_CONST_STR",
            ReleaseRingbufMem => "ARG_PTR_TO_MEM | MEM_RINGBUF | OBJ_RELEASE",
            PtrToPercpuBtfId => "ARG_PTR_TO_PERCPU_BTF_ID",
            PtrToBtfIdTask => "ARG_PTR_TO_BTF_ID (task_struct)",
            PtrToBtfIdTaskOrNull => "ARG_PTR_TO_BTF_ID_OR_NULL (task_struct)",
            PtrToBtfIdCgroupOrNull => "ARG_PTR_TO_BTF_ID_OR_NULL (cgroup)",
            PtrToKptr => "ARG_PTR_TO_KPTR",
            ReleaseBtfIdOrNull => "ARG_PTR_TO_BTF_ID_OR_NULL | OBJ_RELEASE",
            PtrToUninitDynptr => "ARG_PTR_TO_DYNPTR | DYNPTR_TYPE_LOCAL | MEM_UNINIT",
            PtrToUninitRingbufDynptr => "ARG_PTR_TO_DYNPTR | DYNPTR_TYPE_RINGBUF | MEM_UNINIT",
            PtrToDynptr => "ARG_PTR_TO_DYNPTR | MEM_RDONLY",
            ReleaseRingbufDynptr => "ARG_PTR_TO_DYNPTR | DYNPTR_TYPE_RINGBUF | OBJ_RELEASE",
        }
    }

    /// Short human form for listings.
    pub fn short(self) -> &'static str {
        use ArgKind::*;
        match self {
            ConstMapPtr => "map",
            PtrToMapKey => "key ptr",
            PtrToMapValue => "value ptr",
            PtrToUninitMapValue => "value buf",
            PtrToMapValueOrNull => "value ptr or NULL",
            PtrToCtx => "ctx",
            PtrToSocketOrNull => "socket or NULL",
            PtrToBtfIdSockCommon => "socket",
            ReleaseSockCommon => "referenced socket (released)",
            Anything => "any",
            Scalar => "scalar",
            ConstSize => "const size",
            ConstSizeOrZero => "const size or 0",
            ConstAllocSizeOrZero => "const alloc size",
            PtrToMemReadonly => "readable mem",
            PtrToMemWritable => "writable mem",
            PtrToMemOrNullReadonly => "readable mem or NULL",
            PtrToMemOrNullWritable => "writable mem or NULL",
            PtrToUninitMem => "output buf",
            PtrToLong => "long *",
            PtrToSpinLock => "spin lock",
            PtrToTimer => "timer",
            PtrToFunc => "callback",
            PtrToStackOrNull => "callback ctx",
            PtrToConstStr => "const string",
            ReleaseRingbufMem => "ringbuf record (released)",
            PtrToPercpuBtfId => "per-cpu ptr",
            PtrToBtfIdTask => "task",
            PtrToBtfIdTaskOrNull => "task or NULL",
            PtrToBtfIdCgroupOrNull => "cgroup or NULL",
            PtrToKptr => "kptr slot",
            ReleaseBtfIdOrNull => "kptr or NULL (released)",
            PtrToUninitDynptr => "dynptr (out)",
            PtrToUninitRingbufDynptr => "ringbuf dynptr (out)",
            PtrToDynptr => "dynptr",
            ReleaseRingbufDynptr => "ringbuf dynptr (released)",
        }
    }

    /// The `expected=` list the 6.18 verifier prints when this argument (as the first one
    /// checked) has the wrong type, where sk_lookup-helpers.md §2/§3.4 recorded it.
    pub fn expected_types_6_18(self) -> Option<&'static str> {
        use ArgKind::*;
        Some(match self {
            ConstMapPtr => "map_ptr",
            PtrToCtx => "ctx",
            PtrToSocketOrNull => "sock",
            PtrToBtfIdSockCommon | ReleaseSockCommon => {
                "sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_"
            }
            PtrToMemReadonly
            | PtrToMemWritable
            | PtrToUninitMem
            | PtrToMemOrNullReadonly
            | PtrToMemOrNullWritable => {
                "fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_"
            }
            PtrToSpinLock | PtrToKptr => "map_value, ptr_",
            PtrToTimer => "map_value",
            PtrToFunc => "func",
            // `bpf_loop`'s callback context: verifier/tests/callbacks_btf/mod.rs
            // against 6.18.44.
            PtrToStackOrNull => "fp",
            ReleaseRingbufMem => "ringbuf_mem",
            PtrToPercpuBtfId => "percpu_ptr_, percpu_rcu_ptr_, percpu_trusted_ptr_",
            PtrToBtfIdTask => "ptr_, trusted_ptr_, rcu_ptr_",
            ReleaseRingbufDynptr | PtrToDynptr => "fp, dynptr_ptr",
            _ => return None,
        })
    }

    /// The `expected=` list `profile`'s verifier prints when this argument has the wrong
    /// type: 6.18's ([`ArgKind::expected_types_6_18`], map keys and values checked as
    /// memory) from 6.8 on, as the walk has always assumed; 6.1's `compatible_reg_types`
    /// (Debian 6.1.192 sources, the spec's `_v6_1` twins) for 6.1: keys and values
    /// `map_key_value_types`, memory `mem_types` with `alloc_mem` and without
    /// `ringbuf_mem`/`trusted_ptr_`, sockets without `trusted_ptr_`; `None` where the list is
    /// not known (6.2 to 6.7, and on 6.1 the kinds no 6.1 message was confirmed for).
    pub fn expected_types(self, profile: KernelProfile) -> Option<&'static str> {
        use ArgKind::*;
        let map_key_or_value = matches!(self, PtrToMapKey | PtrToMapValue | PtrToUninitMapValue);
        if self.is_mem() && profile.mem_arg_takes_ctx() {
            return Some(
                "fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_, ctx",
            );
        }
        if profile.has(KernelVersion::new(6, 8)) {
            return if map_key_or_value {
                PtrToMemReadonly.expected_types_6_18()
            } else {
                self.expected_types_6_18()
            };
        }
        if profile.has(KernelVersion::new(6, 2)) {
            return None;
        }
        if !profile.has(KernelVersion::new(5, 11)) {
            return self.expected_types_5_10(map_key_or_value);
        }
        match self {
            _ if map_key_or_value => Some("fp, pkt, pkt_meta, map_key, map_value"),
            PtrToMemReadonly
            | PtrToMemWritable
            | PtrToUninitMem
            | PtrToMemOrNullReadonly
            | PtrToMemOrNullWritable => {
                Some("fp, pkt, pkt_meta, map_key, map_value, mem, alloc_mem, buf")
            }
            // `stack_ptr_types`, `func_ptr_types`: the 6.1.192 image prints `expected=fp`
            // for `bpf_loop`'s context (verifier/tests/callbacks_btf/mod.rs).
            // `sock_types`: the spec's `assign_*_as_sk` cases hold on the 6.1.192 image.
            ConstMapPtr | PtrToCtx | PtrToStackOrNull | PtrToFunc | PtrToSocketOrNull => {
                self.expected_types_6_18()
            }
            // `btf_id_sock_common_types` before `PTR_TRUSTED` (6.2): the spec's
            // `ref_release_*_v6_1` twins, confirmed on the 6.1.192 image.
            PtrToBtfIdSockCommon | ReleaseSockCommon => {
                Some("sock_common, sock, tcp_sock, xdp_sock, ptr_")
            }
            // `spin_lock_types` before allocated objects could hold a lock (6.1.192's
            // sources; `spin_lock.s` `spin_lock_ctx_argument_v6_1` in its image).
            PtrToSpinLock => Some("map_value"),
            _ => None,
        }
    }

    /// The arguments `compatible_reg_types` checks against `mem_types`: map keys and
    /// values, and memory (`ARG_PTR_TO_MEM`, any flags).
    pub fn is_mem(self) -> bool {
        use ArgKind::*;
        matches!(
            self,
            PtrToMapKey
                | PtrToMapValue
                | PtrToUninitMapValue
                | PtrToMemReadonly
                | PtrToMemWritable
                | PtrToUninitMem
                | PtrToMemOrNullReadonly
                | PtrToMemOrNullWritable
        )
    }

    /// 5.10's `compatible_reg_types` (Debian 5.10.262's sources; under qemu: walk_random):
    /// no `map_key` (5.13) and no type flags (`alloc_mem`, `buf`: 5.17 upstream, a 5.15.y
    /// backport), the read-only and writable buffers apart; `None` for the kinds 5.10 has
    /// not or no message was seen for.
    fn expected_types_5_10(self, map_key_or_value: bool) -> Option<&'static str> {
        use ArgKind::*;
        match self {
            _ if map_key_or_value => Some("fp, pkt, pkt_meta, map_value"),
            PtrToMemReadonly
            | PtrToMemWritable
            | PtrToUninitMem
            | PtrToMemOrNullReadonly
            | PtrToMemOrNullWritable => {
                Some("fp, pkt, pkt_meta, map_value, mem, rdonly_buf, rdwr_buf")
            }
            ConstMapPtr | PtrToCtx | PtrToSocketOrNull => self.expected_types_6_18(),
            PtrToBtfIdSockCommon | ReleaseSockCommon => {
                Some("sock_common, sock, tcp_sock, xdp_sock, ptr_")
            }
            _ => None,
        }
    }

    /// True for arguments that must be a map (`ARG_CONST_MAP_PTR`).
    pub fn is_map(self) -> bool {
        self == ArgKind::ConstMapPtr
    }
}

/// Return kinds: the subset of `enum bpf_return_type` used here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RetKind {
    /// `RET_INTEGER`: R0 becomes an unknown scalar.
    Integer,
    /// `RET_VOID`.
    Void,
    /// `RET_PTR_TO_MAP_VALUE_OR_NULL` (for SOCKMAP/SOCKHASH lookups the verifier turns it
    /// into a referenced `sock` after the NULL check).
    MapValueOrNull,
    /// `RET_PTR_TO_RINGBUF_MEM_OR_NULL`.
    RingbufMemOrNull,
    /// `RET_PTR_TO_BTF_ID_OR_NULL`.
    BtfIdOrNull,
    /// `RET_PTR_TO_BTF_ID_TRUSTED`.
    BtfIdTrusted,
    /// `RET_PTR_TO_BTF_ID`.
    BtfId,
    /// `RET_PTR_TO_MEM_OR_BTF_ID | PTR_MAYBE_NULL | MEM_RDONLY`.
    MemOrBtfIdOrNull,
    /// `RET_PTR_TO_MEM_OR_BTF_ID | MEM_RDONLY`.
    MemOrBtfId,
    /// `RET_PTR_TO_DYNPTR_MEM_OR_NULL`.
    DynptrMemOrNull,
}

impl RetKind {
    pub fn kernel_name(self) -> &'static str {
        match self {
            RetKind::Integer => "RET_INTEGER",
            RetKind::Void => "RET_VOID",
            RetKind::MapValueOrNull => "RET_PTR_TO_MAP_VALUE_OR_NULL",
            RetKind::RingbufMemOrNull => "RET_PTR_TO_RINGBUF_MEM_OR_NULL",
            RetKind::BtfIdOrNull => "RET_PTR_TO_BTF_ID_OR_NULL",
            RetKind::BtfIdTrusted => "RET_PTR_TO_BTF_ID_TRUSTED",
            RetKind::BtfId => "RET_PTR_TO_BTF_ID",
            RetKind::MemOrBtfIdOrNull => "RET_PTR_TO_MEM_OR_BTF_ID | PTR_MAYBE_NULL | MEM_RDONLY",
            RetKind::MemOrBtfId => "RET_PTR_TO_MEM_OR_BTF_ID | MEM_RDONLY",
            RetKind::DynptrMemOrNull => "RET_PTR_TO_DYNPTR_MEM_OR_NULL",
        }
    }
}

/// What a call does to the verifier's reference state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RefEffect {
    None,
    /// The result carries a new reference that must be released (`is_acquire_function`).
    Acquire,
    /// Acquires only when the map argument is a SOCKMAP or SOCKHASH (`bpf_map_lookup_elem`).
    AcquireForSockMaps,
    /// The `OBJ_RELEASE` argument's reference is released.
    Release,
}

/// What SK_LOOKUP sees of one helper.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HelperProto {
    /// Availability history: from each listed release on, the helper is offered at that tier
    /// (until a later entry). Not offered before the first entry.
    pub offered: &'static [(KernelVersion, Tier)],
    /// The kernel function that returns the prototype for SK_LOOKUP.
    pub offered_by: &'static str,
    /// R1, R2, ... in order; registers beyond `args.len()` are not checked.
    pub args: &'static [ArgKind],
    pub ret: RetKind,
    pub gpl_only: bool,
    pub refs: RefEffect,
    /// `might_sleep`: refused in SK_LOOKUP (never sleepable).
    pub might_sleep: bool,
    /// C prototype from the uapi documentation.
    pub signature: &'static str,
    pub description: &'static str,
    /// Caveats about the history (UNCONFIRMED release numbers), or empty.
    pub note: &'static str,
}

/// One `enum bpf_func_id` value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Helper {
    pub id: i32,
    /// Name without the `bpf_` prefix, as in `___BPF_FUNC_MAPPER`.
    pub name: &'static str,
    /// Release that added the id to the uapi enum.
    pub since: KernelVersion,
    /// Set when SK_LOOKUP can be offered this helper on some profile.
    pub proto: Option<HelperProto>,
}

impl Helper {
    /// `bpf_<name>`, as the verifier prints it (`func_id_name`).
    pub fn kernel_name(&self) -> String {
        format!("bpf_{}", self.name)
    }

    /// The id exists in this profile's enum.
    pub fn exists_in(&self, profile: KernelProfile) -> bool {
        profile.has(self.since)
    }

    /// The tier at which SK_LOOKUP is offered this helper on `profile`, if at all.
    ///
    /// A probed profile answers from what the kernel offered; otherwise the table's tier for
    /// the release, changed by the profile's behaviours ([`Effect::HelperTier`]).
    pub fn tier(&self, profile: KernelProfile) -> Option<Tier> {
        if let Some(probed) = profile.probed_helpers() {
            return probed.tier(self.id);
        }
        let proto = self.proto.as_ref()?;
        let table = proto
            .offered
            .iter()
            .rev()
            .find(|(v, _)| profile.has(*v))
            .map(|&(_, t)| t)?;
        let switched = profile.effects().find_map(|e| match *e {
            Effect::HelperTier { id, tier } if id == self.id => Some(tier),
            _ => None,
        });
        Some(switched.unwrap_or(table))
    }

    /// The kind argument `index` (0 for R1) is checked as on `profile`: the table's, changed
    /// by the profile's behaviours ([`Effect::HelperArg`]).
    pub fn arg_kind(&self, index: usize, profile: KernelProfile) -> Option<ArgKind> {
        let table = *self.proto.as_ref()?.args.get(index)?;
        let switched = profile.effects().find_map(|e| match *e {
            Effect::HelperArg { id, index: i, kind } if id == self.id && i == index => Some(kind),
            _ => None,
        });
        Some(switched.unwrap_or(table))
    }

    /// First release offering it to SK_LOOKUP.
    pub fn sk_lookup_since(&self) -> Option<KernelVersion> {
        self.proto.as_ref()?.offered.first().map(|&(v, _)| v)
    }

    /// Offered to an SK_LOOKUP program loaded with `privilege` on `profile`.
    pub fn offered(&self, profile: KernelProfile, privilege: Privilege) -> bool {
        self.tier(profile).is_some_and(|t| t.allows(privilege))
    }
}

const fn known(id: i32, name: &'static str, since: KernelVersion) -> Helper {
    Helper {
        id,
        name,
        since,
        proto: None,
    }
}

const fn offered(id: i32, name: &'static str, since: KernelVersion, proto: HelperProto) -> Helper {
    Helper {
        id,
        name,
        since,
        proto: Some(proto),
    }
}

/// `__BPF_FUNC_MAX_ID` of a release: the number of helper ids it knows.
pub fn helper_id_limit(v: KernelVersion) -> i32 {
    HELPERS.iter().filter(|h| h.since <= v).count() as i32
}

/// [`helper_id_limit`] of `profile`'s release, asked as "has each helper's release"
/// (recorded as such, [`crate::recorded`]): the table is in id order, so the ids a release
/// knows are a prefix.
pub(crate) fn helper_id_limit_of(profile: KernelProfile) -> i32 {
    HELPERS.partition_point(|h| profile.has(h.since)) as i32
}

/// The row for `id` (any id known to 6.18).
pub fn helper_by_id(id: i32) -> Option<&'static Helper> {
    usize::try_from(id).ok().and_then(|i| HELPERS.get(i))
}

/// The row named `name`, with or without the `bpf_` prefix (`bpf_sk_assign`, `sk_assign`).
pub fn helper_by_name(name: &str) -> Option<&'static Helper> {
    let bare = name.strip_prefix("bpf_").unwrap_or(name);
    HELPERS
        .iter()
        .find(|h| h.name == bare)
        .or_else(|| HELPERS.iter().find(|h| h.name == name))
}

/// Helpers offered to SK_LOOKUP on `profile` at `privilege`, by id.
pub fn sk_lookup_helpers(
    profile: KernelProfile,
    privilege: Privilege,
) -> impl Iterator<Item = &'static Helper> {
    HELPERS
        .iter()
        .filter(move |h| h.offered(profile, privilege))
}

/// Why a `call <id>` is refused before its arguments are looked at.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum HelperError {
    /// `id < 0` or `id >= __BPF_FUNC_MAX_ID`: `invalid func unknown#<id>`.
    InvalidFunc { id: i64 },
    /// Known id, not offered to SK_LOOKUP at this privilege.
    NotAllowed {
        id: i32,
        name: String,
        /// Pre-6.1 wording (`unknown func ...`).
        old_wording: bool,
    },
    /// GPL-only helper called from a program whose license is not GPL-compatible.
    GplOnly { id: i32, name: String },
    /// Sleepable helper in a non-sleepable program.
    MightSleep {
        id: i32,
        name: String,
        /// 7.1's wording, naming the helper
        /// ([`KernelProfile::sleepable_helper_message_names_helper`]).
        names_helper: bool,
    },
}

impl HelperError {
    pub fn code(&self) -> Code {
        match self {
            HelperError::InvalidFunc { .. } => Code::HelperUnknown,
            HelperError::NotAllowed { .. } => Code::HelperNotAllowed,
            HelperError::GplOnly { .. } => Code::GplOnly,
            HelperError::MightSleep { .. } => Code::MightSleep,
        }
    }

    pub fn kernel_message(&self) -> String {
        match self {
            HelperError::InvalidFunc { id } => format!("invalid func unknown#{id}"),
            HelperError::NotAllowed {
                id,
                name,
                old_wording: false,
            } => format!("program of this type cannot use helper {name}#{id}"),
            HelperError::NotAllowed {
                id,
                name,
                old_wording: true,
            } => format!("unknown func {name}#{id}"),
            HelperError::GplOnly { .. } => {
                "cannot call GPL-restricted function from non-GPL compatible program".to_string()
            }
            HelperError::MightSleep {
                id,
                name,
                names_helper: true,
            } => format!("sleepable helper {name}#{id} in non-sleepable prog"),
            HelperError::MightSleep {
                names_helper: false,
                ..
            } => "helper call might sleep in a non-sleepable prog".to_string(),
        }
    }

    /// Every helper refusal is `EINVAL`.
    pub fn errno(&self) -> i32 {
        EINVAL
    }
}

impl fmt::Display for HelperError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.kernel_message())
    }
}

impl std::error::Error for HelperError {}

/// The prototype lookup of kernel/bpf/verifier.c `check_helper_call` for an SK_LOOKUP
/// program: id range, then `sk_lookup_func_proto` at this privilege.
pub fn resolve_helper(
    profile: KernelProfile,
    privilege: Privilege,
    id: i64,
) -> Result<&'static Helper, HelperError> {
    // Below `__BPF_FUNC_MAX_ID`, asked as "has this helper's release" (the ids a release
    // knows are a prefix of the table): the one question `crate::recorded` then notes.
    let row = i32::try_from(id).ok().and_then(helper_by_id);
    let known = match profile.probed_helpers() {
        Some(probed) => (0..i64::from(probed.id_limit)).contains(&id),
        None => row.is_some_and(|h| h.exists_in(profile)),
    };
    let helper = row
        .filter(|_| known)
        .ok_or(HelperError::InvalidFunc { id })?;
    if helper.offered(profile, privilege) {
        Ok(helper)
    } else {
        Err(HelperError::NotAllowed {
            id: helper.id,
            name: helper.kernel_name(),
            old_wording: !profile.helper_refusal_says_program_type(),
        })
    }
}

/// [`resolve_helper`] followed by the checks made before the arguments: GPL-only against
/// the program's license, then might-sleep (SK_LOOKUP is never sleepable).
pub fn check_helper_call(
    profile: KernelProfile,
    privilege: Privilege,
    id: i64,
    gpl_compatible: bool,
) -> Result<&'static Helper, HelperError> {
    let helper = resolve_helper(profile, privilege, id)?;
    let (gpl_only, might_sleep) = match profile.probed_helpers() {
        Some(probed) => (
            probed.gpl_only.contains(&helper.id),
            probed.might_sleep.contains(&helper.id),
        ),
        None => {
            let proto = helper.proto.as_ref().expect("offered helpers have a proto");
            (proto.gpl_only, proto.might_sleep)
        }
    };
    if gpl_only && !gpl_compatible {
        return Err(HelperError::GplOnly {
            id: helper.id,
            name: helper.kernel_name(),
        });
    }
    if might_sleep {
        return Err(HelperError::MightSleep {
            id: helper.id,
            name: helper.kernel_name(),
            names_helper: profile.sleepable_helper_message_names_helper(),
        });
    }
    Ok(helper)
}

/// Every `enum bpf_func_id` value of 6.18, indexed by id.
pub const HELPERS: &[Helper] = &[
    known(0, "unspec", kv(3, 19)),
    offered(1, "map_lookup_elem", kv(3, 19), HelperProto {
        offered: &[(kv(5, 9), Tier::Always)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::ConstMapPtr, ArgKind::PtrToMapKey],
        ret: RetKind::MapValueOrNull,
        gpl_only: false,
        refs: RefEffect::AcquireForSockMaps,
        might_sleep: false,
        signature: "void *bpf_map_lookup_elem(struct bpf_map *map, const void *key)",
        description: "Look up key in map; returns the value or NULL (a referenced socket for SOCKMAP/SOCKHASH).",
        note: "",
    }),
    offered(2, "map_update_elem", kv(3, 19), HelperProto {
        offered: &[(kv(5, 9), Tier::Always)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::ConstMapPtr, ArgKind::PtrToMapKey, ArgKind::PtrToMapValue, ArgKind::Anything],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_map_update_elem(struct bpf_map *map, const void *key, const void *value, u64 flags)",
        description: "Create or update an element (for sock maps the value is a socket, 5.10+).",
        note: "",
    }),
    offered(3, "map_delete_elem", kv(3, 19), HelperProto {
        offered: &[(kv(5, 9), Tier::Always)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::ConstMapPtr, ArgKind::PtrToMapKey],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_map_delete_elem(struct bpf_map *map, const void *key)",
        description: "Delete the element with key from map.",
        note: "",
    }),
    known(4, "probe_read", kv(4, 1)),
    offered(5, "ktime_get_ns", kv(4, 1), HelperProto {
        offered: &[(kv(5, 9), Tier::Always)],
        offered_by: "bpf_base_func_proto",
        args: &[],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "u64 bpf_ktime_get_ns(void)",
        description: "Monotonic time since boot in ns, excluding suspend.",
        note: "",
    }),
    offered(6, "trace_printk", kv(4, 1), HelperProto {
        offered: &[(kv(5, 9), Tier::CapPerfmon)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToMemReadonly, ArgKind::ConstSize],
        ret: RetKind::Integer,
        gpl_only: true,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_trace_printk(const char *fmt, u32 fmt_size, ...)",
        description: "printk-style debug output to the trace pipe.",
        note: "",
    }),
    offered(7, "get_prandom_u32", kv(4, 1), HelperProto {
        offered: &[(kv(5, 9), Tier::Always)],
        offered_by: "bpf_base_func_proto",
        args: &[],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "u32 bpf_get_prandom_u32(void)",
        description: "A pseudo-random 32-bit number.",
        note: "",
    }),
    offered(8, "get_smp_processor_id", kv(4, 1), HelperProto {
        offered: &[(kv(5, 9), Tier::Always)],
        offered_by: "bpf_base_func_proto",
        args: &[],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "u32 bpf_get_smp_processor_id(void)",
        description: "Id of the CPU running the program.",
        note: "",
    }),
    known(9, "skb_store_bytes", kv(4, 1)),
    known(10, "l3_csum_replace", kv(4, 1)),
    known(11, "l4_csum_replace", kv(4, 1)),
    offered(12, "tail_call", kv(4, 2), HelperProto {
        offered: &[(kv(5, 9), Tier::Always)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToCtx, ArgKind::ConstMapPtr, ArgKind::Anything],
        ret: RetKind::Void,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_tail_call(void *ctx, struct bpf_map *prog_array_map, u32 index)",
        description: "Jump into another program of a PROG_ARRAY; returns only on failure.",
        note: "",
    }),
    known(13, "clone_redirect", kv(4, 2)),
    offered(14, "get_current_pid_tgid", kv(4, 2), HelperProto {
        offered: &[(kv(6, 10), Tier::Always)],
        offered_by: "bpf_base_func_proto",
        args: &[],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "u64 bpf_get_current_pid_tgid(void)",
        description: "tgid << 32 | pid of the current task.",
        note: "added to bpf_base_func_proto in 6.10 (commit eb166e522c77)",
    }),
    offered(15, "get_current_uid_gid", kv(4, 2), HelperProto {
        offered: &[(kv(6, 16), Tier::Always)],
        offered_by: "bpf_base_func_proto",
        args: &[],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "u64 bpf_get_current_uid_gid(void)",
        description: "gid << 32 | uid of the current task.",
        note: "exact release UNCONFIRMED: absent on 6.12, offered on 6.18 (a 2025 change moving tracing helpers into bpf_base_func_proto, believed 6.16)",
    }),
    offered(16, "get_current_comm", kv(4, 2), HelperProto {
        offered: &[(kv(6, 16), Tier::CapPerfmon)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToUninitMem, ArgKind::ConstSize],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_get_current_comm(void *buf, u32 size_of_buf)",
        description: "Copy the current task's comm into buf.",
        note: "exact release UNCONFIRMED: absent on 6.12, offered on 6.18 (a 2025 change moving tracing helpers into bpf_base_func_proto, believed 6.16)",
    }),
    offered(17, "get_cgroup_classid", kv(4, 3), HelperProto {
        offered: &[(kv(6, 16), Tier::CapBpf)],
        offered_by: "bpf_base_func_proto",
        args: &[],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "u32 bpf_get_cgroup_classid(void)",
        description: "net_cls classid of the current task's cgroup (v1).",
        note: "exact release UNCONFIRMED: absent on 6.12, offered on 6.18 (a 2025 change moving tracing helpers into bpf_base_func_proto, believed 6.16)",
    }),
    known(18, "skb_vlan_push", kv(4, 3)),
    known(19, "skb_vlan_pop", kv(4, 3)),
    known(20, "skb_get_tunnel_key", kv(4, 3)),
    known(21, "skb_set_tunnel_key", kv(4, 3)),
    offered(22, "perf_event_read", kv(4, 3), HelperProto {
        offered: &[(kv(6, 16), Tier::CapPerfmon)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::ConstMapPtr, ArgKind::Anything],
        ret: RetKind::Integer,
        gpl_only: true,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "u64 bpf_perf_event_read(struct bpf_map *map, u64 flags)",
        description: "Read a perf event counter from a PERF_EVENT_ARRAY.",
        note: "exact release UNCONFIRMED: absent on 6.12, offered on 6.18 (a 2025 change moving tracing helpers into bpf_base_func_proto, believed 6.16)",
    }),
    known(23, "redirect", kv(4, 4)),
    known(24, "get_route_realm", kv(4, 4)),
    offered(25, "perf_event_output", kv(4, 4), HelperProto {
        offered: &[(kv(5, 9), Tier::Always)],
        offered_by: "sk_lookup_func_proto",
        args: &[ArgKind::PtrToCtx, ArgKind::ConstMapPtr, ArgKind::Anything, ArgKind::PtrToMemReadonly, ArgKind::ConstSizeOrZero],
        ret: RetKind::Integer,
        gpl_only: true,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_perf_event_output(void *ctx, struct bpf_map *map, u64 flags, void *data, u64 size)",
        description: "Write data to a PERF_EVENT_ARRAY ring (the 'data' flavour: flags may only hold the CPU index).",
        note: "",
    }),
    known(26, "skb_load_bytes", kv(4, 5)),
    known(27, "get_stackid", kv(4, 6)),
    known(28, "csum_diff", kv(4, 6)),
    known(29, "skb_get_tunnel_opt", kv(4, 6)),
    known(30, "skb_set_tunnel_opt", kv(4, 6)),
    known(31, "skb_change_proto", kv(4, 8)),
    known(32, "skb_change_type", kv(4, 8)),
    known(33, "skb_under_cgroup", kv(4, 8)),
    known(34, "get_hash_recalc", kv(4, 8)),
    offered(35, "get_current_task", kv(4, 8), HelperProto {
        offered: &[(kv(5, 10), Tier::CapPerfmon)],
        offered_by: "bpf_base_func_proto",
        args: &[],
        ret: RetKind::Integer,
        gpl_only: true,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "u64 bpf_get_current_task(void)",
        description: "Address of the current task_struct (as a number).",
        note: "",
    }),
    known(36, "probe_write_user", kv(4, 8)),
    offered(37, "current_task_under_cgroup", kv(4, 9), HelperProto {
        offered: &[(kv(6, 16), Tier::CapBpf)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::ConstMapPtr, ArgKind::Anything],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_current_task_under_cgroup(struct bpf_map *map, u32 index)",
        description: "Is the current task in the cgroup at index of a CGROUP_ARRAY?",
        note: "exact release UNCONFIRMED: absent on 6.12, offered on 6.18 (a 2025 change moving tracing helpers into bpf_base_func_proto, believed 6.16)",
    }),
    known(38, "skb_change_tail", kv(4, 9)),
    known(39, "skb_pull_data", kv(4, 9)),
    known(40, "csum_update", kv(4, 9)),
    known(41, "set_hash_invalid", kv(4, 9)),
    offered(42, "get_numa_node_id", kv(4, 10), HelperProto {
        offered: &[(kv(5, 9), Tier::Always)],
        offered_by: "bpf_base_func_proto",
        args: &[],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_get_numa_node_id(void)",
        description: "NUMA node of the current CPU.",
        note: "",
    }),
    known(43, "skb_change_head", kv(4, 10)),
    known(44, "xdp_adjust_head", kv(4, 10)),
    known(45, "probe_read_str", kv(4, 11)),
    known(46, "get_socket_cookie", kv(4, 12)),
    known(47, "get_socket_uid", kv(4, 12)),
    known(48, "set_hash", kv(4, 13)),
    known(49, "setsockopt", kv(4, 13)),
    known(50, "skb_adjust_room", kv(4, 13)),
    known(51, "redirect_map", kv(4, 14)),
    known(52, "sk_redirect_map", kv(4, 14)),
    known(53, "sock_map_update", kv(4, 14)),
    known(54, "xdp_adjust_meta", kv(4, 15)),
    offered(55, "perf_event_read_value", kv(4, 15), HelperProto {
        offered: &[(kv(6, 16), Tier::CapPerfmon)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::ConstMapPtr, ArgKind::Anything, ArgKind::PtrToUninitMem, ArgKind::ConstSize],
        ret: RetKind::Integer,
        gpl_only: true,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_perf_event_read_value(struct bpf_map *map, u64 flags, struct bpf_perf_event_value *buf, u32 buf_size)",
        description: "Read a perf event counter with enabled/running times.",
        note: "exact release UNCONFIRMED: absent on 6.12, offered on 6.18 (a 2025 change moving tracing helpers into bpf_base_func_proto, believed 6.16)",
    }),
    known(56, "perf_prog_read_value", kv(4, 15)),
    known(57, "getsockopt", kv(4, 15)),
    known(58, "override_return", kv(4, 16)),
    known(59, "sock_ops_cb_flags_set", kv(4, 16)),
    known(60, "msg_redirect_map", kv(4, 17)),
    known(61, "msg_apply_bytes", kv(4, 17)),
    known(62, "msg_cork_bytes", kv(4, 17)),
    known(63, "msg_pull_data", kv(4, 17)),
    known(64, "bind", kv(4, 17)),
    known(65, "xdp_adjust_tail", kv(4, 18)),
    known(66, "skb_get_xfrm_state", kv(4, 18)),
    known(67, "get_stack", kv(4, 18)),
    known(68, "skb_load_bytes_relative", kv(4, 18)),
    known(69, "fib_lookup", kv(4, 18)),
    known(70, "sock_hash_update", kv(4, 18)),
    known(71, "msg_redirect_hash", kv(4, 18)),
    known(72, "sk_redirect_hash", kv(4, 18)),
    known(73, "lwt_push_encap", kv(4, 18)),
    known(74, "lwt_seg6_store_bytes", kv(4, 18)),
    known(75, "lwt_seg6_adjust_srh", kv(4, 18)),
    known(76, "lwt_seg6_action", kv(4, 18)),
    known(77, "rc_repeat", kv(4, 18)),
    known(78, "rc_keydown", kv(4, 18)),
    known(79, "skb_cgroup_id", kv(4, 18)),
    offered(80, "get_current_cgroup_id", kv(4, 18), HelperProto {
        offered: &[(kv(6, 6), Tier::CapBpf)],
        offered_by: "bpf_base_func_proto",
        args: &[],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "u64 bpf_get_current_cgroup_id(void)",
        description: "cgroup v2 id of the current task.",
        note: "exact release UNCONFIRMED: absent on 6.1, offered on 6.6",
    }),
    known(81, "get_local_storage", kv(4, 19)),
    known(82, "sk_select_reuseport", kv(4, 19)),
    known(83, "skb_ancestor_cgroup_id", kv(4, 19)),
    known(84, "sk_lookup_tcp", kv(4, 20)),
    known(85, "sk_lookup_udp", kv(4, 20)),
    offered(86, "sk_release", kv(4, 20), HelperProto {
        offered: &[(kv(5, 9), Tier::Always)],
        offered_by: "sk_lookup_func_proto",
        args: &[ArgKind::ReleaseSockCommon],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::Release,
        might_sleep: false,
        signature: "long bpf_sk_release(void *sock)",
        description: "Release a socket reference obtained from a SOCKMAP/SOCKHASH lookup.",
        note: "",
    }),
    offered(87, "map_push_elem", kv(4, 20), HelperProto {
        offered: &[(kv(5, 9), Tier::Always)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::ConstMapPtr, ArgKind::PtrToMapValue, ArgKind::Anything],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_map_push_elem(struct bpf_map *map, const void *value, u64 flags)",
        description: "Push value onto a QUEUE/STACK (or add to a BLOOM_FILTER).",
        note: "",
    }),
    offered(88, "map_pop_elem", kv(4, 20), HelperProto {
        offered: &[(kv(5, 9), Tier::Always)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::ConstMapPtr, ArgKind::PtrToUninitMapValue],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_map_pop_elem(struct bpf_map *map, void *value)",
        description: "Pop an element of a QUEUE/STACK into value.",
        note: "",
    }),
    offered(89, "map_peek_elem", kv(4, 20), HelperProto {
        offered: &[(kv(5, 9), Tier::Always)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::ConstMapPtr, ArgKind::PtrToUninitMapValue],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_map_peek_elem(struct bpf_map *map, void *value)",
        description: "Read the next QUEUE/STACK element (or test a BLOOM_FILTER) without removing it.",
        note: "",
    }),
    known(90, "msg_push_data", kv(4, 20)),
    known(91, "msg_pop_data", kv(5, 0)),
    known(92, "rc_pointer_rel", kv(5, 0)),
    offered(93, "spin_lock", kv(5, 1), HelperProto {
        offered: &[(kv(5, 9), Tier::CapBpf)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToSpinLock],
        ret: RetKind::Void,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_spin_lock(struct bpf_spin_lock *lock)",
        description: "Take the bpf_spin_lock inside a map value.",
        note: "",
    }),
    offered(94, "spin_unlock", kv(5, 1), HelperProto {
        offered: &[(kv(5, 9), Tier::CapBpf)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToSpinLock],
        ret: RetKind::Void,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_spin_unlock(struct bpf_spin_lock *lock)",
        description: "Release the bpf_spin_lock inside a map value.",
        note: "",
    }),
    known(95, "sk_fullsock", kv(5, 1)),
    known(96, "tcp_sock", kv(5, 1)),
    known(97, "skb_ecn_set_ce", kv(5, 1)),
    known(98, "get_listener_sock", kv(5, 1)),
    known(99, "skc_lookup_tcp", kv(5, 2)),
    known(100, "tcp_check_syncookie", kv(5, 2)),
    known(101, "sysctl_get_name", kv(5, 2)),
    known(102, "sysctl_get_current_value", kv(5, 2)),
    known(103, "sysctl_get_new_value", kv(5, 2)),
    known(104, "sysctl_set_new_value", kv(5, 2)),
    offered(105, "strtol", kv(5, 2), HelperProto {
        offered: &[(kv(6, 1), Tier::Always)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToMemReadonly, ArgKind::ConstSize, ArgKind::Anything, ArgKind::PtrToLong],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_strtol(const char *buf, size_t buf_len, u64 flags, long *res)",
        description: "Parse a signed integer from a string.",
        note: "offered to all program types since 6.1 (commit 8a67f2de9b1d)",
    }),
    offered(106, "strtoul", kv(5, 2), HelperProto {
        offered: &[(kv(6, 1), Tier::Always)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToMemReadonly, ArgKind::ConstSize, ArgKind::Anything, ArgKind::PtrToLong],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_strtoul(const char *buf, size_t buf_len, u64 flags, unsigned long *res)",
        description: "Parse an unsigned integer from a string.",
        note: "offered to all program types since 6.1 (commit 8a67f2de9b1d)",
    }),
    known(107, "sk_storage_get", kv(5, 2)),
    known(108, "sk_storage_delete", kv(5, 2)),
    offered(109, "send_signal", kv(5, 3), HelperProto {
        offered: &[(kv(6, 16), Tier::CapPerfmon)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::Anything],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_send_signal(u32 sig)",
        description: "Send a signal to the current process.",
        note: "exact release UNCONFIRMED: absent on 6.12, offered on 6.18 (a 2025 change moving tracing helpers into bpf_base_func_proto, believed 6.16)",
    }),
    known(110, "tcp_gen_syncookie", kv(5, 4)),
    known(111, "skb_output", kv(5, 5)),
    offered(112, "probe_read_user", kv(5, 5), HelperProto {
        offered: &[(kv(5, 10), Tier::CapPerfmon)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToUninitMem, ArgKind::ConstSizeOrZero, ArgKind::Anything],
        ret: RetKind::Integer,
        gpl_only: true,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_probe_read_user(void *dst, u32 size, const void *unsafe_ptr)",
        description: "Read user memory.",
        note: "",
    }),
    offered(113, "probe_read_kernel", kv(5, 5), HelperProto {
        offered: &[(kv(5, 10), Tier::CapPerfmon)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToUninitMem, ArgKind::ConstSizeOrZero, ArgKind::Anything],
        ret: RetKind::Integer,
        gpl_only: true,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_probe_read_kernel(void *dst, u32 size, const void *unsafe_ptr)",
        description: "Read kernel memory (not under lockdown).",
        note: "",
    }),
    offered(114, "probe_read_user_str", kv(5, 5), HelperProto {
        offered: &[(kv(5, 10), Tier::CapPerfmon)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToUninitMem, ArgKind::ConstSizeOrZero, ArgKind::Anything],
        ret: RetKind::Integer,
        gpl_only: true,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_probe_read_user_str(void *dst, u32 size, const void *unsafe_ptr)",
        description: "Read a NUL-terminated string from user memory.",
        note: "",
    }),
    offered(115, "probe_read_kernel_str", kv(5, 5), HelperProto {
        offered: &[(kv(5, 10), Tier::CapPerfmon)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToUninitMem, ArgKind::ConstSizeOrZero, ArgKind::Anything],
        ret: RetKind::Integer,
        gpl_only: true,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_probe_read_kernel_str(void *dst, u32 size, const void *unsafe_ptr)",
        description: "Read a NUL-terminated string from kernel memory.",
        note: "",
    }),
    known(116, "tcp_send_ack", kv(5, 5)),
    offered(117, "send_signal_thread", kv(5, 5), HelperProto {
        offered: &[(kv(6, 16), Tier::CapPerfmon)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::Anything],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_send_signal_thread(u32 sig)",
        description: "Send a signal to the current thread.",
        note: "exact release UNCONFIRMED: absent on 6.12, offered on 6.18 (a 2025 change moving tracing helpers into bpf_base_func_proto, believed 6.16)",
    }),
    offered(118, "jiffies64", kv(5, 5), HelperProto {
        offered: &[(kv(5, 9), Tier::CapBpf)],
        offered_by: "bpf_base_func_proto",
        args: &[],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "u64 bpf_jiffies64(void)",
        description: "The 64-bit jiffies counter.",
        note: "",
    }),
    known(119, "read_branch_records", kv(5, 6)),
    offered(120, "get_ns_current_pid_tgid", kv(5, 6), HelperProto {
        offered: &[(kv(6, 10), Tier::Always)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::Anything, ArgKind::Anything, ArgKind::PtrToUninitMem, ArgKind::ConstSize],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_get_ns_current_pid_tgid(u64 dev, u64 ino, struct bpf_pidns_info *nsdata, u32 size)",
        description: "pid/tgid of the current task in a given pid namespace.",
        note: "added to bpf_base_func_proto in 6.10 (commit eb166e522c77)",
    }),
    known(121, "xdp_output", kv(5, 6)),
    known(122, "get_netns_cookie", kv(5, 7)),
    offered(123, "get_current_ancestor_cgroup_id", kv(5, 7), HelperProto {
        offered: &[(kv(6, 6), Tier::CapBpf)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::Anything],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "u64 bpf_get_current_ancestor_cgroup_id(int ancestor_level)",
        description: "cgroup v2 id of an ancestor of the current task's cgroup.",
        note: "exact release UNCONFIRMED: absent on 6.1, offered on 6.6",
    }),
    offered(124, "sk_assign", kv(5, 7), HelperProto {
        offered: &[(kv(5, 9), Tier::Always)],
        offered_by: "sk_lookup_func_proto",
        args: &[ArgKind::PtrToCtx, ArgKind::PtrToSocketOrNull, ArgKind::Anything],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_sk_assign(struct bpf_sk_lookup *ctx, struct bpf_sock *sk, u64 flags)",
        description: "Select sk (or NULL) as the result of this lookup; flags BPF_SK_LOOKUP_F_REPLACE (1), BPF_SK_LOOKUP_F_NO_REUSEPORT (2).",
        note: "SK_LOOKUP flavour bpf_sk_lookup_assign_proto; ctx->sk without NULL check accepted on 6.1.192, 6.12.118 and 6.18.44 (tests/skctx_kernel.rs), releases before 6.1 UNCONFIRMED",
    }),
    offered(125, "ktime_get_boot_ns", kv(5, 7), HelperProto {
        offered: &[(kv(5, 9), Tier::Always)],
        offered_by: "bpf_base_func_proto",
        args: &[],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "u64 bpf_ktime_get_boot_ns(void)",
        description: "Monotonic time since boot in ns, including suspend.",
        note: "",
    }),
    known(126, "seq_printf", kv(5, 7)),
    known(127, "seq_write", kv(5, 7)),
    known(128, "sk_cgroup_id", kv(5, 8)),
    known(129, "sk_ancestor_cgroup_id", kv(5, 8)),
    offered(130, "ringbuf_output", kv(5, 8), HelperProto {
        offered: &[(kv(5, 9), Tier::Always)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::ConstMapPtr, ArgKind::PtrToMemReadonly, ArgKind::ConstSizeOrZero, ArgKind::Anything],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_ringbuf_output(void *ringbuf, void *data, u64 size, u64 flags)",
        description: "Copy data into a RINGBUF map.",
        note: "",
    }),
    offered(131, "ringbuf_reserve", kv(5, 8), HelperProto {
        offered: &[(kv(5, 9), Tier::Always)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::ConstMapPtr, ArgKind::ConstAllocSizeOrZero, ArgKind::Anything],
        ret: RetKind::RingbufMemOrNull,
        gpl_only: false,
        refs: RefEffect::Acquire,
        might_sleep: false,
        signature: "void *bpf_ringbuf_reserve(void *ringbuf, u64 size, u64 flags)",
        description: "Reserve size bytes in a RINGBUF map; must be submitted or discarded.",
        note: "",
    }),
    offered(132, "ringbuf_submit", kv(5, 8), HelperProto {
        offered: &[(kv(5, 9), Tier::Always)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::ReleaseRingbufMem, ArgKind::Anything],
        ret: RetKind::Void,
        gpl_only: false,
        refs: RefEffect::Release,
        might_sleep: false,
        signature: "void bpf_ringbuf_submit(void *data, u64 flags)",
        description: "Submit a reserved ring buffer record.",
        note: "",
    }),
    offered(133, "ringbuf_discard", kv(5, 8), HelperProto {
        offered: &[(kv(5, 9), Tier::Always)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::ReleaseRingbufMem, ArgKind::Anything],
        ret: RetKind::Void,
        gpl_only: false,
        refs: RefEffect::Release,
        might_sleep: false,
        signature: "void bpf_ringbuf_discard(void *data, u64 flags)",
        description: "Discard a reserved ring buffer record.",
        note: "",
    }),
    offered(134, "ringbuf_query", kv(5, 8), HelperProto {
        offered: &[(kv(5, 9), Tier::Always)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::ConstMapPtr, ArgKind::Anything],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "u64 bpf_ringbuf_query(void *ringbuf, u64 flags)",
        description: "Query a RINGBUF map's positions and sizes.",
        note: "",
    }),
    known(135, "csum_level", kv(5, 8)),
    offered(136, "skc_to_tcp6_sock", kv(5, 9), HelperProto {
        offered: &[(kv(5, 10), Tier::CapPerfmon)],
        offered_by: "bpf_sk_base_func_proto",
        args: &[ArgKind::PtrToBtfIdSockCommon],
        ret: RetKind::BtfIdOrNull,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "struct tcp6_sock *bpf_skc_to_tcp6_sock(void *sk)",
        description: "Cast a socket to struct tcp6_sock, or NULL.",
        note: "offered to networking programs since 5.10 (commit 1df8f55a37bd series)",
    }),
    offered(137, "skc_to_tcp_sock", kv(5, 9), HelperProto {
        offered: &[(kv(5, 10), Tier::CapPerfmon)],
        offered_by: "bpf_sk_base_func_proto",
        args: &[ArgKind::PtrToBtfIdSockCommon],
        ret: RetKind::BtfIdOrNull,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "struct tcp_sock *bpf_skc_to_tcp_sock(void *sk)",
        description: "Cast a socket to struct tcp_sock, or NULL.",
        note: "offered to networking programs since 5.10 (commit 1df8f55a37bd series)",
    }),
    offered(138, "skc_to_tcp_timewait_sock", kv(5, 9), HelperProto {
        offered: &[(kv(5, 10), Tier::CapPerfmon)],
        offered_by: "bpf_sk_base_func_proto",
        args: &[ArgKind::PtrToBtfIdSockCommon],
        ret: RetKind::BtfIdOrNull,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "struct tcp_timewait_sock *bpf_skc_to_tcp_timewait_sock(void *sk)",
        description: "Cast a socket to struct tcp_timewait_sock, or NULL.",
        note: "offered to networking programs since 5.10 (commit 1df8f55a37bd series)",
    }),
    offered(139, "skc_to_tcp_request_sock", kv(5, 9), HelperProto {
        offered: &[(kv(5, 10), Tier::CapPerfmon)],
        offered_by: "bpf_sk_base_func_proto",
        args: &[ArgKind::PtrToBtfIdSockCommon],
        ret: RetKind::BtfIdOrNull,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "struct tcp_request_sock *bpf_skc_to_tcp_request_sock(void *sk)",
        description: "Cast a socket to struct tcp_request_sock, or NULL.",
        note: "offered to networking programs since 5.10 (commit 1df8f55a37bd series)",
    }),
    offered(140, "skc_to_udp6_sock", kv(5, 9), HelperProto {
        offered: &[(kv(5, 10), Tier::CapPerfmon)],
        offered_by: "bpf_sk_base_func_proto",
        args: &[ArgKind::PtrToBtfIdSockCommon],
        ret: RetKind::BtfIdOrNull,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "struct udp6_sock *bpf_skc_to_udp6_sock(void *sk)",
        description: "Cast a socket to struct udp6_sock, or NULL.",
        note: "offered to networking programs since 5.10 (commit 1df8f55a37bd series)",
    }),
    offered(141, "get_task_stack", kv(5, 9), HelperProto {
        offered: &[(kv(6, 16), Tier::CapPerfmon)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToBtfIdTask, ArgKind::PtrToUninitMem, ArgKind::ConstSizeOrZero, ArgKind::Anything],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_get_task_stack(struct task_struct *task, void *buf, u32 size, u64 flags)",
        description: "Copy a task's kernel or user stack.",
        note: "exact release UNCONFIRMED: absent on 6.12, offered on 6.18 (a 2025 change moving tracing helpers into bpf_base_func_proto, believed 6.16)",
    }),
    known(142, "load_hdr_opt", kv(5, 10)),
    known(143, "store_hdr_opt", kv(5, 10)),
    known(144, "reserve_hdr_opt", kv(5, 10)),
    known(145, "inode_storage_get", kv(5, 10)),
    known(146, "inode_storage_delete", kv(5, 10)),
    known(147, "d_path", kv(5, 10)),
    offered(148, "copy_from_user", kv(5, 10), HelperProto {
        offered: &[(kv(6, 16), Tier::CapPerfmon)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToUninitMem, ArgKind::ConstSizeOrZero, ArgKind::Anything],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: true,
        signature: "long bpf_copy_from_user(void *dst, u32 size, const void *user_ptr)",
        description: "Copy user memory (sleepable programs only: unusable from SK_LOOKUP).",
        note: "exact release UNCONFIRMED: absent on 6.12, offered on 6.18 (a 2025 change moving tracing helpers into bpf_base_func_proto, believed 6.16)",
    }),
    offered(149, "snprintf_btf", kv(5, 10), HelperProto {
        offered: &[(kv(5, 10), Tier::CapPerfmon)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToMemWritable, ArgKind::ConstSize, ArgKind::PtrToMemReadonly, ArgKind::ConstSize, ArgKind::Anything],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_snprintf_btf(char *str, u32 str_size, struct btf_ptr *ptr, u32 btf_ptr_size, u64 flags)",
        description: "Print a BTF-typed object into str.",
        note: "",
    }),
    known(150, "seq_printf_btf", kv(5, 10)),
    known(151, "skb_cgroup_classid", kv(5, 10)),
    known(152, "redirect_neigh", kv(5, 10)),
    offered(153, "per_cpu_ptr", kv(5, 10), HelperProto {
        offered: &[(kv(5, 10), Tier::CapBpf)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToPercpuBtfId, ArgKind::Anything],
        ret: RetKind::MemOrBtfIdOrNull,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "void *bpf_per_cpu_ptr(const void *percpu_ptr, u32 cpu)",
        description: "Pointer to a per-CPU kernel variable on cpu, or NULL.",
        note: "",
    }),
    offered(154, "this_cpu_ptr", kv(5, 10), HelperProto {
        offered: &[(kv(5, 10), Tier::CapBpf)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToPercpuBtfId],
        ret: RetKind::MemOrBtfId,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "void *bpf_this_cpu_ptr(const void *percpu_ptr)",
        description: "Pointer to a per-CPU kernel variable on this CPU.",
        note: "",
    }),
    known(155, "redirect_peer", kv(5, 10)),
    offered(156, "task_storage_get", kv(5, 11), HelperProto {
        offered: &[(kv(6, 16), Tier::CapBpf)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::ConstMapPtr, ArgKind::PtrToBtfIdTaskOrNull, ArgKind::PtrToMapValueOrNull, ArgKind::Anything],
        ret: RetKind::MapValueOrNull,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "void *bpf_task_storage_get(struct bpf_map *map, struct task_struct *task, void *value, u64 flags)",
        description: "Get (or create) a task's local storage.",
        note: "exact release UNCONFIRMED: absent on 6.12, offered on 6.18 (a 2025 change moving tracing helpers into bpf_base_func_proto, believed 6.16)",
    }),
    offered(157, "task_storage_delete", kv(5, 11), HelperProto {
        offered: &[(kv(6, 16), Tier::CapBpf)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::ConstMapPtr, ArgKind::PtrToBtfIdTaskOrNull],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_task_storage_delete(struct bpf_map *map, struct task_struct *task)",
        description: "Delete a task's local storage.",
        note: "exact release UNCONFIRMED: absent on 6.12, offered on 6.18 (a 2025 change moving tracing helpers into bpf_base_func_proto, believed 6.16)",
    }),
    offered(158, "get_current_task_btf", kv(5, 11), HelperProto {
        offered: &[(kv(5, 15), Tier::CapPerfmon)],
        offered_by: "bpf_base_func_proto",
        args: &[],
        ret: RetKind::BtfIdTrusted,
        gpl_only: true,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "struct task_struct *bpf_get_current_task_btf(void)",
        description: "BTF pointer to the current task_struct.",
        note: "added to bpf_base_func_proto in 5.15 (\"Extend bpf_base_func_proto helpers with bpf_get_current_task_btf()\"); offered with CAP_PERFMON on 6.1.192, 6.12.118 and 6.18.44 (probed), the 5.15 start UNCONFIRMED",
    }),
    known(159, "bprm_opts_set", kv(5, 11)),
    offered(160, "ktime_get_coarse_ns", kv(5, 11), HelperProto {
        offered: &[(kv(5, 11), Tier::Always)],
        offered_by: "bpf_sk_base_func_proto",
        args: &[],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "u64 bpf_ktime_get_coarse_ns(void)",
        description: "Coarse (tick-granular) monotonic time in ns.",
        note: "in bpf_sk_base_func_proto since the helper's introduction (5.11); offered on 6.1.192, 6.12.118 and 6.18.44 (probed), 5.11 to 6.0 UNCONFIRMED",
    }),
    known(161, "ima_inode_hash", kv(5, 11)),
    known(162, "sock_from_file", kv(5, 11)),
    known(163, "check_mtu", kv(5, 12)),
    offered(164, "for_each_map_elem", kv(5, 13), HelperProto {
        offered: &[(kv(5, 13), Tier::CapBpf)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::ConstMapPtr, ArgKind::PtrToFunc, ArgKind::PtrToStackOrNull, ArgKind::Anything],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_for_each_map_elem(struct bpf_map *map, void *callback_fn, void *callback_ctx, u64 flags)",
        description: "Call callback_fn for each element of map.",
        note: "",
    }),
    offered(165, "snprintf", kv(5, 13), HelperProto {
        offered: &[(kv(5, 13), Tier::CapPerfmon)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToMemOrNullWritable, ArgKind::ConstSizeOrZero, ArgKind::PtrToConstStr, ArgKind::PtrToMemOrNullReadonly, ArgKind::ConstSizeOrZero],
        ret: RetKind::Integer,
        gpl_only: true,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_snprintf(char *str, u32 str_size, const char *fmt, u64 *data, u32 data_len)",
        description: "snprintf into a buffer.",
        note: "",
    }),
    known(166, "sys_bpf", kv(5, 14)),
    known(167, "btf_find_by_name_kind", kv(5, 14)),
    known(168, "sys_close", kv(5, 14)),
    offered(169, "timer_init", kv(5, 15), HelperProto {
        offered: &[(kv(5, 15), Tier::CapBpf)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToTimer, ArgKind::ConstMapPtr, ArgKind::Anything],
        ret: RetKind::Integer,
        gpl_only: true,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_timer_init(struct bpf_timer *timer, struct bpf_map *map, u64 flags)",
        description: "Initialize a bpf_timer inside a map value.",
        note: "",
    }),
    offered(170, "timer_set_callback", kv(5, 15), HelperProto {
        offered: &[(kv(5, 15), Tier::CapBpf)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToTimer, ArgKind::PtrToFunc],
        ret: RetKind::Integer,
        gpl_only: true,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_timer_set_callback(struct bpf_timer *timer, void *callback_fn)",
        description: "Set a timer's callback.",
        note: "",
    }),
    offered(171, "timer_start", kv(5, 15), HelperProto {
        offered: &[(kv(5, 15), Tier::CapBpf)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToTimer, ArgKind::Anything, ArgKind::Anything],
        ret: RetKind::Integer,
        gpl_only: true,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_timer_start(struct bpf_timer *timer, u64 nsecs, u64 flags)",
        description: "Arm a timer.",
        note: "",
    }),
    offered(172, "timer_cancel", kv(5, 15), HelperProto {
        offered: &[(kv(5, 15), Tier::CapBpf)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToTimer],
        ret: RetKind::Integer,
        gpl_only: true,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_timer_cancel(struct bpf_timer *timer)",
        description: "Cancel a timer.",
        note: "",
    }),
    known(173, "get_func_ip", kv(5, 15)),
    known(174, "get_attach_cookie", kv(5, 15)),
    offered(175, "task_pt_regs", kv(5, 15), HelperProto {
        offered: &[(kv(5, 15), Tier::CapPerfmon)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToBtfIdTask],
        ret: RetKind::BtfId,
        gpl_only: true,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_task_pt_regs(struct task_struct *task)",
        description: "Address of a task's saved user registers.",
        note: "",
    }),
    offered(176, "get_branch_snapshot", kv(5, 16), HelperProto {
        offered: &[(kv(6, 16), Tier::CapPerfmon)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToUninitMem, ArgKind::ConstSizeOrZero, ArgKind::Anything],
        ret: RetKind::Integer,
        gpl_only: true,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_get_branch_snapshot(void *entries, u32 size, u64 flags)",
        description: "Snapshot the CPU's last-branch records.",
        note: "exact release UNCONFIRMED: absent on 6.12, offered on 6.18 (a 2025 change moving tracing helpers into bpf_base_func_proto, believed 6.16)",
    }),
    offered(177, "trace_vprintk", kv(5, 16), HelperProto {
        offered: &[(kv(5, 16), Tier::CapPerfmon)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToMemReadonly, ArgKind::ConstSize, ArgKind::PtrToMemOrNullReadonly, ArgKind::ConstSizeOrZero],
        ret: RetKind::Integer,
        gpl_only: true,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_trace_vprintk(const char *fmt, u32 fmt_size, const void *data, u32 data_len)",
        description: "trace_printk with an argument array.",
        note: "",
    }),
    offered(178, "skc_to_unix_sock", kv(5, 16), HelperProto {
        offered: &[(kv(5, 16), Tier::CapPerfmon)],
        offered_by: "bpf_sk_base_func_proto",
        args: &[ArgKind::PtrToBtfIdSockCommon],
        ret: RetKind::BtfIdOrNull,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "struct unix_sock *bpf_skc_to_unix_sock(void *sk)",
        description: "Cast a socket to struct unix_sock, or NULL.",
        note: "",
    }),
    known(179, "kallsyms_lookup_name", kv(5, 16)),
    offered(180, "find_vma", kv(5, 17), HelperProto {
        offered: &[(kv(6, 16), Tier::CapPerfmon)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToBtfIdTask, ArgKind::Anything, ArgKind::PtrToFunc, ArgKind::PtrToStackOrNull, ArgKind::Anything],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_find_vma(struct task_struct *task, u64 addr, void *callback_fn, void *callback_ctx, u64 flags)",
        description: "Find the VMA of task containing addr and call callback_fn on it.",
        note: "exact release UNCONFIRMED: absent on 6.12, offered on 6.18 (a 2025 change moving tracing helpers into bpf_base_func_proto, believed 6.16)",
    }),
    offered(181, "loop", kv(5, 17), HelperProto {
        offered: &[(kv(5, 17), Tier::CapBpf)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::Anything, ArgKind::PtrToFunc, ArgKind::PtrToStackOrNull, ArgKind::Anything],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_loop(u32 nr_loops, void *callback_fn, void *callback_ctx, u64 flags)",
        description: "Call callback_fn up to nr_loops times.",
        note: "",
    }),
    offered(182, "strncmp", kv(5, 17), HelperProto {
        offered: &[(kv(5, 17), Tier::Always)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToMemReadonly, ArgKind::ConstSize, ArgKind::PtrToConstStr],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_strncmp(const char *s1, u32 s1_sz, const char *s2)",
        description: "Compare a buffer with a constant string.",
        note: "",
    }),
    known(183, "get_func_arg", kv(5, 17)),
    known(184, "get_func_ret", kv(5, 17)),
    known(185, "get_func_arg_cnt", kv(5, 17)),
    known(186, "get_retval", kv(5, 18)),
    known(187, "set_retval", kv(5, 18)),
    known(188, "xdp_get_buff_len", kv(5, 18)),
    known(189, "xdp_load_bytes", kv(5, 18)),
    known(190, "xdp_store_bytes", kv(5, 18)),
    offered(191, "copy_from_user_task", kv(5, 18), HelperProto {
        offered: &[(kv(6, 16), Tier::CapPerfmon)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToUninitMem, ArgKind::ConstSizeOrZero, ArgKind::Anything, ArgKind::PtrToBtfIdTask, ArgKind::Anything],
        ret: RetKind::Integer,
        gpl_only: true,
        refs: RefEffect::None,
        might_sleep: true,
        signature: "long bpf_copy_from_user_task(void *dst, u32 size, const void *user_ptr, struct task_struct *tsk, u64 flags)",
        description: "Copy another task's user memory (sleepable programs only: unusable from SK_LOOKUP).",
        note: "exact release UNCONFIRMED: absent on 6.12, offered on 6.18 (a 2025 change moving tracing helpers into bpf_base_func_proto, believed 6.16)",
    }),
    known(192, "skb_set_tstamp", kv(5, 18)),
    known(193, "ima_file_hash", kv(5, 18)),
    offered(194, "kptr_xchg", kv(5, 19), HelperProto {
        offered: &[(kv(5, 19), Tier::CapBpf)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToKptr, ArgKind::ReleaseBtfIdOrNull],
        ret: RetKind::BtfIdOrNull,
        gpl_only: false,
        refs: RefEffect::Acquire,
        might_sleep: false,
        signature: "void *bpf_kptr_xchg(void *dst, void *ptr)",
        description: "Exchange a referenced kptr stored in a map value.",
        note: "",
    }),
    offered(195, "map_lookup_percpu_elem", kv(5, 19), HelperProto {
        offered: &[(kv(5, 19), Tier::Always)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::ConstMapPtr, ArgKind::PtrToMapKey, ArgKind::Anything],
        ret: RetKind::MapValueOrNull,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "void *bpf_map_lookup_percpu_elem(struct bpf_map *map, const void *key, u32 cpu)",
        description: "Look up key in a per-CPU map on a given CPU.",
        note: "",
    }),
    offered(196, "skc_to_mptcp_sock", kv(5, 19), HelperProto {
        offered: &[(kv(5, 19), Tier::CapPerfmon)],
        offered_by: "bpf_sk_base_func_proto",
        args: &[ArgKind::PtrToBtfIdSockCommon],
        ret: RetKind::BtfIdOrNull,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "struct mptcp_sock *bpf_skc_to_mptcp_sock(void *sk)",
        description: "Cast a socket to struct mptcp_sock, or NULL.",
        note: "",
    }),
    offered(197, "dynptr_from_mem", kv(5, 19), HelperProto {
        offered: &[(kv(5, 19), Tier::CapBpf)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToUninitMem, ArgKind::ConstSizeOrZero, ArgKind::Anything, ArgKind::PtrToUninitDynptr],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_dynptr_from_mem(void *data, u32 size, u64 flags, struct bpf_dynptr *ptr)",
        description: "Make a local dynptr over memory.",
        note: "",
    }),
    offered(198, "ringbuf_reserve_dynptr", kv(5, 19), HelperProto {
        offered: &[(kv(5, 19), Tier::CapBpf)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::ConstMapPtr, ArgKind::Anything, ArgKind::Anything, ArgKind::PtrToUninitRingbufDynptr],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::Acquire,
        might_sleep: false,
        signature: "long bpf_ringbuf_reserve_dynptr(void *ringbuf, u32 size, u64 flags, struct bpf_dynptr *ptr)",
        description: "Reserve a RINGBUF record as a dynptr; must be submitted or discarded.",
        note: "",
    }),
    offered(199, "ringbuf_submit_dynptr", kv(5, 19), HelperProto {
        offered: &[(kv(5, 19), Tier::CapBpf)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::ReleaseRingbufDynptr, ArgKind::Anything],
        ret: RetKind::Void,
        gpl_only: false,
        refs: RefEffect::Release,
        might_sleep: false,
        signature: "void bpf_ringbuf_submit_dynptr(struct bpf_dynptr *ptr, u64 flags)",
        description: "Submit a dynptr ring buffer record.",
        note: "",
    }),
    offered(200, "ringbuf_discard_dynptr", kv(5, 19), HelperProto {
        offered: &[(kv(5, 19), Tier::CapBpf)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::ReleaseRingbufDynptr, ArgKind::Anything],
        ret: RetKind::Void,
        gpl_only: false,
        refs: RefEffect::Release,
        might_sleep: false,
        signature: "void bpf_ringbuf_discard_dynptr(struct bpf_dynptr *ptr, u64 flags)",
        description: "Discard a dynptr ring buffer record.",
        note: "",
    }),
    offered(201, "dynptr_read", kv(5, 19), HelperProto {
        offered: &[(kv(5, 19), Tier::CapBpf)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToUninitMem, ArgKind::ConstSizeOrZero, ArgKind::PtrToDynptr, ArgKind::Anything, ArgKind::Anything],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_dynptr_read(void *dst, u32 len, const struct bpf_dynptr *src, u32 offset, u64 flags)",
        description: "Read from a dynptr.",
        note: "",
    }),
    offered(202, "dynptr_write", kv(5, 19), HelperProto {
        offered: &[(kv(5, 19), Tier::CapBpf)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToDynptr, ArgKind::Anything, ArgKind::PtrToMemReadonly, ArgKind::ConstSizeOrZero, ArgKind::Anything],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_dynptr_write(const struct bpf_dynptr *dst, u32 offset, void *src, u32 len, u64 flags)",
        description: "Write into a dynptr.",
        note: "",
    }),
    offered(203, "dynptr_data", kv(5, 19), HelperProto {
        offered: &[(kv(5, 19), Tier::CapBpf)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::PtrToDynptr, ArgKind::Anything, ArgKind::ConstAllocSizeOrZero],
        ret: RetKind::DynptrMemOrNull,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "void *bpf_dynptr_data(const struct bpf_dynptr *ptr, u32 offset, u32 len)",
        description: "Direct pointer into a dynptr's data, or NULL.",
        note: "",
    }),
    known(204, "tcp_raw_gen_syncookie_ipv4", kv(6, 0)),
    known(205, "tcp_raw_gen_syncookie_ipv6", kv(6, 0)),
    known(206, "tcp_raw_check_syncookie_ipv4", kv(6, 0)),
    known(207, "tcp_raw_check_syncookie_ipv6", kv(6, 0)),
    offered(208, "ktime_get_tai_ns", kv(6, 1), HelperProto {
        offered: &[(kv(6, 1), Tier::Always)],
        offered_by: "bpf_base_func_proto",
        args: &[],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "u64 bpf_ktime_get_tai_ns(void)",
        description: "TAI clock in ns.",
        note: "",
    }),
    offered(209, "user_ringbuf_drain", kv(6, 1), HelperProto {
        offered: &[(kv(6, 1), Tier::CapBpf)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::ConstMapPtr, ArgKind::PtrToFunc, ArgKind::PtrToStackOrNull, ArgKind::Anything],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_user_ringbuf_drain(struct bpf_map *map, void *callback_fn, void *ctx, u64 flags)",
        description: "Drain samples from a USER_RINGBUF map through callback_fn.",
        note: "",
    }),
    offered(210, "cgrp_storage_get", kv(6, 2), HelperProto {
        offered: &[(kv(6, 2), Tier::CapBpf)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::ConstMapPtr, ArgKind::PtrToBtfIdCgroupOrNull, ArgKind::PtrToMapValueOrNull, ArgKind::Anything],
        ret: RetKind::MapValueOrNull,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "void *bpf_cgrp_storage_get(struct bpf_map *map, struct cgroup *cgroup, void *value, u64 flags)",
        description: "Get (or create) a cgroup's local storage.",
        note: "",
    }),
    offered(211, "cgrp_storage_delete", kv(6, 2), HelperProto {
        offered: &[(kv(6, 2), Tier::CapBpf)],
        offered_by: "bpf_base_func_proto",
        args: &[ArgKind::ConstMapPtr, ArgKind::PtrToBtfIdCgroupOrNull],
        ret: RetKind::Integer,
        gpl_only: false,
        refs: RefEffect::None,
        might_sleep: false,
        signature: "long bpf_cgrp_storage_delete(struct bpf_map *map, struct cgroup *cgroup)",
        description: "Delete a cgroup's local storage.",
        note: "",
    }),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// [`helper_id_limit_of`] takes the ids a release knows to be a prefix of the table.
    #[test]
    fn each_release_knows_a_prefix_of_the_helper_ids() {
        assert!(HELPERS.windows(2).all(|w| w[0].since <= w[1].since));
        for p in KernelProfile::ALL {
            assert_eq!(helper_id_limit_of(p), helper_id_limit(p.version()));
        }
    }
}
