//! The kernel functions (kfuncs) this project models: one table, [`KFUNCS`], which the
//! assembler-side loaders (resolving `call <name>` to an undefined symbol), the kernel crate
//! (resolving the name to the running kernel's BTF id), the verifier and the VM read.
//!
//! All are registered in kernel/bpf/helpers.c's `common_btf_ids` for `BPF_PROG_TYPE_UNSPEC`,
//! so every program type may call them:
//! - the open-coded number iterator of libbpf's `bpf_for`/`bpf_repeat` (kernel/bpf/bpf_iter.c
//!   `bpf_iter_num_*`), from 6.4 with open-coded iterators; 6.1's sources have neither the
//!   functions nor `KF_ITER_*` (checked in 6.1.192's and 6.12.118's Debian sources, and in the
//!   6.18.44 host's `/sys/kernel/btf/vmlinux`);
//! - the sections the verifier tracks by the function's identity (`special_kfunc_list`,
//!   [`Section`]): `bpf_rcu_read_lock`/`_unlock` (6.2) and `bpf_preempt_disable`/`_enable`
//!   (6.10);
//! - the casts (6.2): `bpf_cast_to_kern_ctx` (`KF_ARG_PTR_TO_CTX`, returning the kernel's
//!   context, `struct bpf_sk_lookup_kern` for SK_LOOKUP) and `bpf_rdonly_cast` (any value and
//!   a constant BTF id);
//! - the read-only string kfuncs (`bpf_strlen`, `bpf_strcmp`, ...): their string parameters
//!   are named `__ign` (the verifier checks nothing; the function reads the bytes with
//!   `__get_kernel_nofault` and returns an error for a bad address), the others scalars,
//!   the result an `int`.
//!
//! Any other kfunc is not modelled ([`OFFERED_NOT_MODELLED`]).
//!
//! In a program as this project hands it around (a spec case, a linked object), a kfunc call
//! is `call kfunc(ID)` (`BPF_PSEUDO_KFUNC_CALL`, `off` 0) with [`Kfunc::id`] as its
//! immediate; loading into a kernel replaces it by the kernel's BTF id, as libbpf does.
//!
//! The runtime behaviour is [`IterNum`], a pure function of the iterator's 8 bytes.

use crate::errno::Errno;
use crate::limits::BPF_MAX_LOOPS;
use crate::profile::{KernelProfile, KernelVersion};

/// `KF_*` flags (include/linux/btf.h), as a kfunc's BTF id set declares them.
pub mod flags {
    /// `KF_RET_NULL`: the returned pointer may be NULL.
    pub const RET_NULL: u32 = 1 << 2;
    /// `KF_ITER_NEW`: an iterator's constructor.
    pub const ITER_NEW: u32 = 1 << 8;
    /// `KF_ITER_NEXT`: an iterator's next method.
    pub const ITER_NEXT: u32 = 1 << 9;
    /// `KF_ITER_DESTROY`: an iterator's destructor.
    pub const ITER_DESTROY: u32 = 1 << 10;
}

/// An open-coded iterator type: `struct bpf_iter_<name>`, `size` bytes on the stack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IterType {
    /// The kernel's name without `bpf_iter_` (`iter_get_spi`'s `btf_type_name`, the log's
    /// `iter_<name>` slot type).
    pub name: &'static str,
    /// `sizeof(struct bpf_iter_<name>)`; the stack holds it in `size / 8` slots.
    pub size: u32,
}

/// `struct bpf_iter_num` (include/uapi/linux/bpf.h: `__u64 __opaque[1]`).
pub const ITER_NUM: IterType = IterType {
    name: "num",
    size: 8,
};

/// A kfunc parameter as the verifier classifies it (`get_kfunc_ptr_arg_type` and scalars).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KfuncArg {
    /// `KF_ARG_PTR_TO_ITER`: a pointer to the iterator on the stack.
    Iter(IterType),
    /// A scalar (`int`, `char`, `size_t`): any scalar value.
    Int,
    /// `KF_ARG_PTR_TO_CTX`: the program's context, unmodified.
    Ctx,
    /// A parameter named `*__ign`: not checked at all.
    Ignored,
    /// A scalar parameter named `*__k`: a known constant (`is_kfunc_arg_constant`).
    Constant,
}

/// What a kfunc returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KfuncRet {
    /// `int`: an unknown scalar.
    Int,
    /// `void`.
    Void,
    /// `int *` into the iterator (NULL when done, `KF_RET_NULL`): `bytes` readable bytes.
    IterValue { bytes: u32 },
    /// `bpf_cast_to_kern_ctx`: a trusted `PTR_TO_BTF_ID` of the kernel's context type.
    KernCtx,
    /// `bpf_rdonly_cast`: an untrusted pointer of the constant BTF id's type.
    RdonlyCast,
}

/// A section the verifier tracks by the kfunc's identity (`is_kfunc_bpf_rcu_read_lock`, ...),
/// opened by one kfunc and closed by another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// `active_rcu_lock`: `bpf_rcu_read_lock` to `bpf_rcu_read_unlock`.
    Rcu,
    /// `active_preempt_lock(s)`: `bpf_preempt_disable` to `bpf_preempt_enable`, nesting.
    Preempt,
}

/// What a kfunc does to a [`Section`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionEdge {
    Open(Section),
    Close(Section),
}

/// One modelled kfunc.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kfunc {
    /// This project's id: the immediate of `call kfunc(ID)` before a kernel's BTF id
    /// replaces it.
    pub id: i32,
    /// The kernel's function name (its BTF `FUNC`).
    pub name: &'static str,
    /// The first release that has it.
    pub since: KernelVersion,
    pub args: &'static [KfuncArg],
    pub ret: KfuncRet,
    /// [`flags`] bits.
    pub flags: u32,
    /// The section it opens or closes.
    pub section: Option<SectionEdge>,
}

impl Kfunc {
    pub fn has(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }

    /// Whether `profile`'s kernel has it.
    pub fn available(&self, profile: KernelProfile) -> bool {
        profile.has(self.since)
    }

    /// `kfunc_spin_allowed`: whether `profile`'s verifier lets it be called while a
    /// `bpf_spin_lock` is held: the number iterator's, from
    /// [`KernelProfile::iter_num_under_spin_lock`]. The kernel's other such kfuncs (the
    /// graph API, refused to SK_LOOKUP; the resilient locks, arena and stream kfuncs, not
    /// modelled) are not in [`KFUNCS`].
    pub fn callable_under_spin_lock(&self, profile: KernelProfile) -> bool {
        self.iter() == Some(ITER_NUM) && profile.iter_num_under_spin_lock()
    }

    /// The iterator its first argument points to (every `KF_ITER_*` kfunc's).
    pub fn iter(&self) -> Option<IterType> {
        match self.args.first() {
            Some(KfuncArg::Iter(t)) => Some(*t),
            _ => None,
        }
    }
}

/// Open-coded iterators: "bpf: add support for open-coded iterator loops" and "bpf:
/// implement numbers iterator" (both v6.4).
const ITERATORS: KernelVersion = KernelVersion::new(6, 4);

/// "bpf: Add kfunc bpf_rcu_read_lock/unlock()", "bpf: Add a kfunc to type cast from bpf uapi
/// ctx to kernel ctx" and "bpf: Add a kfunc for generic type cast" (all v6.2).
const COMMON_KFUNCS: KernelVersion = KernelVersion::new(6, 2);

/// "bpf: Introduce bpf_preempt_[disable,enable] kfuncs" (v6.10).
const PREEMPT: KernelVersion = KernelVersion::new(6, 10);

/// "bpf: Add kfuncs for read-only string operations" (v6.17, UNCONFIRMED: on 6.18.44, not
/// on 6.12.118).
const STRINGS: KernelVersion = KernelVersion::new(6, 17);

/// "bpf: add bpf_strcasecmp kfunc" (v6.18, UNCONFIRMED: on 6.18.44, not on 6.12.118).
const STRCASECMP: KernelVersion = KernelVersion::new(6, 18);

/// A string kfunc: `args` as [`KfuncArg::Ignored`] strings and [`KfuncArg::Int`] scalars,
/// an `int` result.
const fn string(
    id: i32,
    name: &'static str,
    since: KernelVersion,
    args: &'static [KfuncArg],
) -> Kfunc {
    Kfunc {
        id,
        name,
        since,
        args,
        ret: KfuncRet::Int,
        flags: 0,
        section: None,
    }
}

const S: KfuncArg = KfuncArg::Ignored;
const N: KfuncArg = KfuncArg::Int;

/// A kfunc without arguments that opens or closes a section and returns nothing.
const fn section(id: i32, name: &'static str, since: KernelVersion, edge: SectionEdge) -> Kfunc {
    Kfunc {
        id,
        name,
        since,
        args: &[],
        ret: KfuncRet::Void,
        flags: 0,
        section: Some(edge),
    }
}

pub const KFUNCS: &[Kfunc] = &[
    Kfunc {
        id: 1,
        name: "bpf_iter_num_new",
        since: ITERATORS,
        args: &[KfuncArg::Iter(ITER_NUM), KfuncArg::Int, KfuncArg::Int],
        ret: KfuncRet::Int,
        flags: flags::ITER_NEW,
        section: None,
    },
    Kfunc {
        id: 2,
        name: "bpf_iter_num_next",
        since: ITERATORS,
        args: &[KfuncArg::Iter(ITER_NUM)],
        ret: KfuncRet::IterValue { bytes: 4 },
        flags: flags::ITER_NEXT | flags::RET_NULL,
        section: None,
    },
    Kfunc {
        id: 3,
        name: "bpf_iter_num_destroy",
        since: ITERATORS,
        args: &[KfuncArg::Iter(ITER_NUM)],
        ret: KfuncRet::Void,
        flags: flags::ITER_DESTROY,
        section: None,
    },
    section(
        4,
        "bpf_rcu_read_lock",
        COMMON_KFUNCS,
        SectionEdge::Open(Section::Rcu),
    ),
    section(
        5,
        "bpf_rcu_read_unlock",
        COMMON_KFUNCS,
        SectionEdge::Close(Section::Rcu),
    ),
    section(
        6,
        "bpf_preempt_disable",
        PREEMPT,
        SectionEdge::Open(Section::Preempt),
    ),
    section(
        7,
        "bpf_preempt_enable",
        PREEMPT,
        SectionEdge::Close(Section::Preempt),
    ),
    Kfunc {
        id: 8,
        name: "bpf_cast_to_kern_ctx",
        since: COMMON_KFUNCS,
        args: &[KfuncArg::Ctx],
        ret: KfuncRet::KernCtx,
        flags: 0,
        section: None,
    },
    Kfunc {
        id: 9,
        name: "bpf_rdonly_cast",
        since: COMMON_KFUNCS,
        args: &[KfuncArg::Ignored, KfuncArg::Constant],
        ret: KfuncRet::RdonlyCast,
        flags: 0,
        section: None,
    },
    string(10, "bpf_strcmp", STRINGS, &[S, S]),
    string(11, "bpf_strcasecmp", STRCASECMP, &[S, S]),
    string(12, "bpf_strchr", STRINGS, &[S, N]),
    string(13, "bpf_strchrnul", STRINGS, &[S, N]),
    string(14, "bpf_strnchr", STRINGS, &[S, N, N]),
    string(15, "bpf_strrchr", STRINGS, &[S, N]),
    string(16, "bpf_strlen", STRINGS, &[S]),
    string(17, "bpf_strnlen", STRINGS, &[S, N]),
    string(18, "bpf_strspn", STRINGS, &[S, S]),
    string(19, "bpf_strcspn", STRINGS, &[S, S]),
    string(20, "bpf_strstr", STRINGS, &[S, S]),
    string(21, "bpf_strnstr", STRINGS, &[S, S, N]),
];

/// The kfuncs 6.18.44 lets an SK_LOOKUP program call besides [`KFUNCS`], none modelled: a
/// program calling one is `unsupported: kfunc NAME` to the verifier, and an object that
/// declares one as an extern (`__ksym`) is not refused for it by lint's loader checks.
///
/// Measured on the host (6.18.44, `tests/kfuncs_offered.rs` in the kernel crate): of the 203
/// functions its `/sys/kernel/btf/vmlinux` tags `bpf_kfunc`, 122 are refused to SK_LOOKUP
/// with `calling kernel function NAME is not allowed` (the program-type sets of the task,
/// cgroup, cpumask, graph, conntrack, xfrm, crypto, TCP congestion, file and xattr
/// kfuncs); of the other 81, 12 need a sleepable program (`bpf_copy_from_user_*`,
/// `bpf_iter_dmabuf_*`, `bpf_iter_kmem_cache_*`), 3 a device-bound XDP program
/// (`bpf_xdp_metadata_rx_*`), `bpf_iter_css_task_new` an LSM, iterator or sleepable
/// program, `__bpf_trap` is the kernel's marker of an uninitialised variable, 3 are the
/// number iterator and 18 others are modelled ([`KFUNCS`]), and these 43 remain (among them kernel/bpf/helpers.c's
/// `common_btf_ids`, which it registers for every program type). Other releases offer
/// other sets, not measured here: this list is 6.18.44's.
pub const OFFERED_NOT_MODELLED: &[&str] = &[
    "bpf_cgroup_read_xattr",
    "bpf_dynptr_adjust",
    "bpf_dynptr_clone",
    "bpf_dynptr_copy",
    "bpf_dynptr_is_null",
    "bpf_dynptr_is_rdonly",
    "bpf_dynptr_memset",
    "bpf_dynptr_size",
    "bpf_dynptr_slice",
    "bpf_dynptr_slice_rdwr",
    "bpf_get_kmem_cache",
    "bpf_iter_bits_destroy",
    "bpf_iter_bits_new",
    "bpf_iter_bits_next",
    "bpf_iter_css_destroy",
    "bpf_iter_css_new",
    "bpf_iter_css_next",
    "bpf_iter_css_task_destroy",
    "bpf_iter_css_task_next",
    "bpf_iter_task_destroy",
    "bpf_iter_task_new",
    "bpf_iter_task_next",
    "bpf_iter_task_vma_destroy",
    "bpf_iter_task_vma_new",
    "bpf_iter_task_vma_next",
    "bpf_local_irq_restore",
    "bpf_local_irq_save",
    "bpf_map_sum_elem_count",
    "bpf_modify_return_test_tp",
    "bpf_probe_read_kernel_dynptr",
    "bpf_probe_read_kernel_str_dynptr",
    "bpf_probe_read_user_dynptr",
    "bpf_probe_read_user_str_dynptr",
    "bpf_res_spin_lock",
    "bpf_res_spin_lock_irqsave",
    "bpf_res_spin_unlock",
    "bpf_res_spin_unlock_irqrestore",
    "bpf_stream_vprintk_impl",
    "bpf_task_work_schedule_resume_impl",
    "bpf_task_work_schedule_signal_impl",
    "bpf_wq_init",
    "bpf_wq_set_callback_impl",
    "bpf_wq_start",
];

pub fn kfunc_by_name(name: &str) -> Option<&'static Kfunc> {
    KFUNCS.iter().find(|k| k.name == name)
}

pub fn kfunc_by_id(id: i32) -> Option<&'static Kfunc> {
    KFUNCS.iter().find(|k| k.id == id)
}

/// `struct bpf_iter_num_kern` (kernel/bpf/bpf_iter.c): the iterator's 8 bytes, `cur` (the
/// current value) then `end` (exclusive), native-endian `int`s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct IterNum {
    pub cur: i32,
    pub end: i32,
}

impl IterNum {
    pub fn from_bytes(b: [u8; 8]) -> IterNum {
        let half = |i: usize| i32::from_le_bytes(b[i..i + 4].try_into().expect("4 bytes"));
        IterNum {
            cur: half(0),
            end: half(4),
        }
    }

    pub fn to_bytes(self) -> [u8; 8] {
        let mut b = [0u8; 8];
        b[..4].copy_from_slice(&self.cur.to_le_bytes());
        b[4..].copy_from_slice(&self.end.to_le_bytes());
        b
    }

    /// The offset of `cur` in the iterator, which `next` returns a pointer to.
    pub const CUR_OFFSET: u32 = 0;

    /// `bpf_iter_num_new(it, start, end)`: the new state and the return value (0,
    /// `-EINVAL` for `start > end`, `-E2BIG` for more than `BPF_MAX_LOOPS` values; both
    /// leave an empty iterator).
    pub fn create(start: i32, end: i32) -> (IterNum, i32) {
        if start > end {
            return (IterNum::default(), -Errno::EINVAL.0);
        }
        if end as i64 - start as i64 > BPF_MAX_LOOPS as i64 {
            return (IterNum::default(), -Errno::E2BIG.0);
        }
        let it = IterNum {
            cur: start.wrapping_sub(1),
            end,
        };
        (it, 0)
    }

    /// `bpf_iter_num_next(it)`: whether it yields (a pointer to the new `cur`) or is done
    /// (NULL, the iterator emptied).
    pub fn advance(&mut self) -> bool {
        if self.cur.wrapping_add(1) as i64 >= self.end as i64 {
            *self = IterNum::default();
            return false;
        }
        self.cur += 1;
        true
    }

    /// `bpf_iter_num_destroy(it)`.
    pub fn destroy(&mut self) {
        *self = IterNum::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(start: i32, end: i32) -> (i32, Vec<i32>) {
        let (mut it, ret) = IterNum::create(start, end);
        let mut out = Vec::new();
        while it.advance() {
            out.push(it.cur);
            assert!(out.len() <= 20, "runaway");
        }
        (ret, out)
    }

    #[test]
    fn iter_num_yields_the_half_open_range() {
        assert_eq!(values(0, 3), (0, vec![0, 1, 2]));
        assert_eq!(values(-2, 0), (0, vec![-2, -1]));
        assert_eq!(values(5, 5), (0, vec![]));
        assert_eq!(values(i32::MAX - 1, i32::MAX), (0, vec![i32::MAX - 1]));
    }

    #[test]
    fn iter_num_refuses_backwards_and_too_long_ranges() {
        assert_eq!(values(3, 2), (-22, vec![]));
        assert_eq!(values(i32::MIN, i32::MAX), (-7, vec![]));
        let max = BPF_MAX_LOOPS as i32;
        assert_eq!(IterNum::create(0, max).1, 0);
        assert_eq!(IterNum::create(-1, max).1, -7);
    }

    #[test]
    fn ids_and_names_are_unique_and_bytes_round_trip() {
        for (i, a) in KFUNCS.iter().enumerate() {
            for b in &KFUNCS[i + 1..] {
                assert!(a.id != b.id && a.name != b.name);
            }
            assert_eq!(kfunc_by_name(a.name), Some(a));
            assert_eq!(kfunc_by_id(a.id), Some(a));
        }
        let it = IterNum { cur: -5, end: 7 };
        assert_eq!(IterNum::from_bytes(it.to_bytes()), it);
    }
}
