//! Kernel profiles: a release plus named behaviours, and the loader's privilege.
//!
//! A [`KernelProfile`] is a kernel release (`5.11`, `6.18.44`: any `X.Y` or `X.Y.Z`, never
//! rounded to a list) plus a set of named [`Behaviour`]s: verifier or helper differences that
//! the release number alone does not decide (vendor patches, stable backports, builds).
//! Every other table in the crate asks the profile which fact applies, through
//! [`KernelProfile::has`] (a change first released in some version) and
//! [`KernelProfile::has_behaviour`] / [`KernelProfile::effects`] (a named behaviour).
//!
//! The behaviours, what each switches and where it comes from are one table, [`BEHAVIOURS`].
//! A named release ([`KernelProfile::upstream`]) gets upstream's behaviours; more can be added
//! by name (`6.18.44+sockmap-lookup-sock-or-null`). A profile probed from a running kernel
//! (`skasm probe`, [`crate::probed`]) can also carry the helper ids that kernel offers,
//! which then replace the helper table's availability columns.
//!
//! Nothing here reads `uname` or files: the caller passes the release string to
//! [`KernelProfile::from_release`] (or resolves [`ProfileSpec::Host`] with
//! [`ProfileSpec::resolve`]), and the CLI parses profile files with [`crate::probed`].
//!
//! Known limitation: stable point releases that received backports are modelled as their
//! base release unless a behaviour names the backport. In particular the 2-byte
//! `remote_port` access rules (5.18) were backported to 5.15.y/5.17.y around April 2022
//! (exact point release UNCONFIRMED, ~5.15.34); 5.15.x keeps the original 4-byte rules
//! (sk_lookup-context.md §2, "Version history").

use std::fmt;
use std::str::FromStr;

use crate::helpers::{ArgKind, Tier};
use crate::probed::ProbedHelpers;
use crate::recorded::Facts;

/// A kernel version `major.minor.patch`, ordered (`6.18` is `6.18.0`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct KernelVersion {
    pub major: u16,
    pub minor: u16,
    pub patch: u16,
}

impl KernelVersion {
    pub const fn new(major: u16, minor: u16) -> Self {
        KernelVersion {
            major,
            minor,
            patch: 0,
        }
    }

    pub const fn with_patch(major: u16, minor: u16, patch: u16) -> Self {
        KernelVersion {
            major,
            minor,
            patch,
        }
    }

    /// Parses `X.Y` or `X.Y.Z` from the front of a release string: optional `v`, then the
    /// numbers; a suffix after them (`-fc-v509`, `-rc3`, `+`, `-91-generic`) is ignored.
    /// This is the one kernel-version parser of the workspace.
    pub fn parse(release: &str) -> Result<KernelVersion, ProfileError> {
        parse_release(release)
    }

    /// The stable release a distribution kernel is built from. Debian and Ubuntu number
    /// their kernels `X.Y.0-<abi>` (`6.1.0-57-cloud-amd64`, `5.15.0-91-generic`) whatever
    /// stable release they carry; that release appears in `/proc/version` (Debian: `Debian
    /// 6.1.192-1`) or `/proc/version_signature` (Ubuntu: `... 5.15.131`). Given `uname -r`
    /// and those texts, this is `uname -r`'s version, raised to the highest `X.Y.Z` with the
    /// same `X.Y` that a word of the texts starts with. Stable backports change the verifier
    /// within a series, so `6.1.0` and `6.1.192` are different profiles.
    pub fn stable(release: &str, version_texts: &[&str]) -> Result<KernelVersion, ProfileError> {
        let base = parse_release(release)?;
        let carried = version_texts
            .iter()
            .flat_map(|t| t.split(|c: char| c.is_whitespace() || c == '(' || c == ')'))
            .filter(|word| word.starts_with(|c: char| c.is_ascii_digit()))
            .filter_map(|word| parse_release(word).ok())
            .filter(|v| v.major == base.major && v.minor == base.minor && v.patch > base.patch);
        Ok(carried.fold(base, |best, v| best.max(v)))
    }
}

impl fmt::Display for KernelVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.patch == 0 {
            write!(f, "{}.{}", self.major, self.minor)
        } else {
            write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
        }
    }
}

/// Shorthand used by the tables: `kv(5, 16)`.
pub const fn kv(major: u16, minor: u16) -> KernelVersion {
    KernelVersion::new(major, minor)
}

/// A verifier or helper behaviour that the release number does not decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Behaviour {
    /// `bpf_map_lookup_elem` on a SOCKMAP/SOCKHASH returns `sock_or_null` at the call.
    SockmapLookupSockOrNull,
    /// `bpf_per_cpu_ptr`/`bpf_this_cpu_ptr` are behind CAP_PERFMON.
    PercpuPtrNeedsPerfmon,
    /// `bpf_loop`'s `nr_loops` must be a scalar (`ARG_SCALAR`).
    BpfLoopCountScalar,
}

/// A fact a behaviour switches, read by the table it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// SK_LOOKUP is offered helper `id` at `tier` instead of the helper table's tier
    /// ([`crate::helpers::Helper::tier`]).
    HelperTier { id: i32, tier: Tier },
    /// The type of R0 right after `bpf_map_lookup_elem` on a SOCKMAP/SOCKHASH, as the
    /// verifier prints it, instead of `map_value_or_null` ([`crate::maps::sockmap_lookup_type`]).
    SockmapLookupType(&'static str),
    /// Argument `index` (0 for R1) of helper `id` is checked as `kind` instead of the
    /// helper table's kind ([`crate::helpers::Helper::arg_kind`]).
    HelperArg {
        id: i32,
        index: usize,
        kind: ArgKind,
    },
}

/// One row of [`BEHAVIOURS`].
#[derive(Debug, Clone, Copy)]
pub struct BehaviourRow {
    pub behaviour: Behaviour,
    /// Stable kebab-case name, as on the command line, in profile files and spec cases.
    pub name: &'static str,
    /// What the verifier or loader does differently, in a sentence.
    pub summary: &'static str,
    /// The facts it switches.
    pub effects: &'static [Effect],
    /// The kernel change or build it comes from, and how it was confirmed.
    pub origin: &'static str,
    /// The releases that have it without naming it, each range `[since, before)` (a stable
    /// series' backport is one range); empty: no release does.
    pub upstream: &'static [(KernelVersion, Option<KernelVersion>)],
}

/// Every named behaviour.
pub const BEHAVIOURS: &[BehaviourRow] = &[
    BehaviourRow {
        behaviour: Behaviour::SockmapLookupSockOrNull,
        name: "sockmap-lookup-sock-or-null",
        summary: "R0 after bpf_map_lookup_elem on a SOCKMAP/SOCKHASH is `sock_or_null` at the \
                  call (upstream: `map_value_or_null`, becoming `sock` at the NULL check), so \
                  bpf_sk_assign accepts the unchecked result and every message about it names \
                  `sock_or_null`",
        effects: &[Effect::SockmapLookupType("sock_or_null")],
        origin: "Linux 6.18.44 builds -fc-v1272 and -fc-v1300 (seen on the live kernel; the \
                 v769 build and upstream kernel/bpf/verifier.c `check_helper_call` give \
                 `map_value_or_null`); ../shared/research/kernel-builds.md",
        upstream: &[],
    },
    BehaviourRow {
        behaviour: Behaviour::PercpuPtrNeedsPerfmon,
        name: "percpu-ptr-needs-perfmon",
        summary: "bpf_per_cpu_ptr (#153) and bpf_this_cpu_ptr (#154) are offered only with \
                  CAP_PERFMON (upstream `bpf_base_func_proto` offers them behind CAP_BPF)",
        effects: &[
            Effect::HelperTier {
                id: 153,
                tier: Tier::CapPerfmon,
            },
            Effect::HelperTier {
                id: 154,
                tier: Tier::CapPerfmon,
            },
        ],
        origin: "Linux 6.18.44 builds -fc-v1272 and -fc-v1300 (seen on the live kernel: \
                 `program of this type cannot use helper bpf_per_cpu_ptr#153` without \
                 CAP_PERFMON; the v769 build offers them); ../shared/research/kernel-builds.md",
        upstream: &[],
    },
    BehaviourRow {
        behaviour: Behaviour::BpfLoopCountScalar,
        name: "bpf-loop-count-scalar",
        summary: "bpf_loop's nr_loops (R1) is `ARG_SCALAR`: a pointer is refused `R1 type=ctx \
                  expected=scalar` (EACCES) before the other arguments are looked at (without \
                  it the argument is `ARG_ANYTHING`, and from 6.7 the precision mark on R1 \
                  fails for a pointer: `verifier bug: backtracking misuse`, EFAULT, on 6.18.44)",
        effects: &[Effect::HelperArg {
            id: 181,
            index: 0,
            kind: ArgKind::Scalar,
        }],
        origin: "stable 6.12.111 \"bpf: Reject non-scalar bpf_loop iteration counts\" (Debian's \
                 linux 6.12.111-1 changelog; `.arg1_type = ARG_SCALAR` in the 6.12.118 sources' \
                 kernel/bpf/bpf_iter.c); bpf-next has it too (kernel-patches/bpf 0076d1a51b45, \
                 with `flags` ARG_SCALAR as well, which 6.12.118 does not have). Probed in \
                 Debian's images (`skasm probe --kernel-image`, `.ci/kernels --extra`): \
                 6.12.117 and 6.12.118 have it, 6.12.74, 6.12.85 and 6.12.107 do not; 7.2.9, \
                 7.2.11 and 7.2.12 have it, 7.2.6 does not (the first 7.2.y is 7.2.7, 7.2.8 or \
                 7.2.9: UNCONFIRMED, 7.2.9 modelled); no mainline release up to 7.2 has it \
                 (6.16.3, 6.16.12, 6.17.8, 6.17.13, 6.18.5, 6.18.15, 6.19.6, 6.19.8, 6.19.14, \
                 7.0.4, 7.0.13, 7.1.3, 7.1.13 and 7.2.6 lack it, as do the live 6.18.44 and \
                 Debian's 6.1.192)",
        upstream: &[
            (KernelVersion::with_patch(6, 12, 111), Some(kv(6, 13))),
            (KernelVersion::with_patch(7, 2, 9), Some(kv(7, 3))),
        ],
    },
];

impl Behaviour {
    /// Every behaviour, in table order.
    pub fn all() -> impl Iterator<Item = Behaviour> {
        BEHAVIOURS.iter().map(|r| r.behaviour)
    }

    pub fn row(self) -> &'static BehaviourRow {
        BEHAVIOURS
            .iter()
            .find(|r| r.behaviour == self)
            .expect("every behaviour has a row")
    }

    pub fn name(self) -> &'static str {
        self.row().name
    }

    pub fn by_name(name: &str) -> Option<Behaviour> {
        BEHAVIOURS
            .iter()
            .find(|r| r.name == name.trim())
            .map(|r| r.behaviour)
    }

    const fn bit(self) -> u32 {
        1 << self as u32
    }
}

impl fmt::Display for Behaviour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A set of [`Behaviour`]s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Behaviours(u32);

impl Behaviours {
    pub const NONE: Behaviours = Behaviours(0);

    pub fn contains(self, b: Behaviour) -> bool {
        self.0 & b.bit() != 0
    }

    pub fn with(self, b: Behaviour) -> Behaviours {
        Behaviours(self.0 | b.bit())
    }

    pub fn without(self, b: Behaviour) -> Behaviours {
        Behaviours(self.0 & !b.bit())
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// One bit per member ([`Behaviour`]'s table position).
    pub(crate) fn bits(self) -> u32 {
        self.0
    }

    /// The members, in table order.
    pub fn iter(self) -> impl Iterator<Item = Behaviour> {
        Behaviour::all().filter(move |b| self.contains(*b))
    }

    /// The behaviours upstream release `v` has.
    pub fn upstream(v: KernelVersion) -> Behaviours {
        BEHAVIOURS
            .iter()
            .filter(|r| {
                r.upstream
                    .iter()
                    .any(|&(since, before)| v >= since && !matches!(before, Some(b) if v >= b))
            })
            .fold(Behaviours::NONE, |set, r| set.with(r.behaviour))
    }
}

impl FromIterator<Behaviour> for Behaviours {
    fn from_iter<I: IntoIterator<Item = Behaviour>>(iter: I) -> Self {
        iter.into_iter().fold(Behaviours::NONE, Behaviours::with)
    }
}

impl fmt::Display for Behaviours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.iter().map(Behaviour::name).collect();
        if names.is_empty() {
            f.write_str("upstream behaviour")
        } else {
            f.write_str(&names.join(", "))
        }
    }
}

/// The kernel whose rules apply: a release plus behaviours (and, for probed kernels, the
/// helpers it offers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KernelProfile {
    /// Read only through [`Facts`]' accessors, which record every question
    /// ([`crate::recorded`]).
    facts: Facts,
}

impl KernelProfile {
    /// 5.9: SK_LOOKUP introduced (64-byte context, 4-byte `remote_port`).
    pub const V5_9: KernelProfile = KernelProfile::named(kv(5, 9));
    /// 5.10: socket-cast helpers, sock-map updates from BPF, per-cpu pointers.
    pub const V5_10: KernelProfile = KernelProfile::named(kv(5, 10));
    /// 5.15: timers, `task_pt_regs`, `for_each_map_elem`.
    pub const V5_15: KernelProfile = KernelProfile::named(kv(5, 15));
    /// 5.16: `ingress_ifindex` (72-byte context), stricter `bpf_sk_assign` state checks.
    pub const V5_16: KernelProfile = KernelProfile::named(kv(5, 16));
    /// 5.18: 2-byte `remote_port` + zero padding, `bpf_loop`, `bpf_strncmp`.
    pub const V5_18: KernelProfile = KernelProfile::named(kv(5, 18));
    /// 6.1: dynptrs, `kptr_xchg`, `strtol`/`strtoul` for all program types.
    pub const V6_1: KernelProfile = KernelProfile::named(kv(6, 1));
    /// 6.6: cpu v4 (`BPF_MEMSX`), cgroup storage, `BPF_ST` into ctx reports as a ctx access.
    pub const V6_6: KernelProfile = KernelProfile::named(kv(6, 6));
    /// 6.8: return-code message in `[smin, smax]` form.
    pub const V6_8: KernelProfile = KernelProfile::named(kv(6, 8));
    /// 6.12: `get_current_pid_tgid` for all program types.
    pub const V6_12: KernelProfile = KernelProfile::named(kv(6, 12));
    /// 6.18: the kernel every "6.18" fact in the spec was confirmed on.
    pub const V6_18: KernelProfile = KernelProfile::named(kv(6, 18));

    /// The releases where a modelled fact changes, oldest first: what listings and docs
    /// iterate over. Any other release is a profile too.
    pub const ALL: [KernelProfile; 10] = [
        KernelProfile::V5_9,
        KernelProfile::V5_10,
        KernelProfile::V5_15,
        KernelProfile::V5_16,
        KernelProfile::V5_18,
        KernelProfile::V6_1,
        KernelProfile::V6_6,
        KernelProfile::V6_8,
        KernelProfile::V6_12,
        KernelProfile::V6_18,
    ];

    /// The newest named release (the default when no kernel is named).
    pub const LATEST: KernelProfile = KernelProfile::V6_18;

    /// The first release with SK_LOOKUP.
    pub const FIRST_VERSION: KernelVersion = kv(5, 9);

    /// The newest series whose tables (helpers, context fields, kfuncs, behaviours) were
    /// checked against kernels of it (the live 6.18.44, Debian's images; 7.1:
    /// `skctx_tables_agree_with_each_kernel_image` in Debian's 7.1.13 image, with
    /// [`KernelProfile::sleepable_helper_message_names_helper`]): a later release's
    /// tables are not known, and [`KernelProfile::tables_known`] refuses it rather than
    /// answer with this series' tables. The verifier's newest modelled series is its own
    /// (`verifier::releases::NEWEST_MODELLED_SERIES`, still 7.0).
    pub const NEWEST_TABULATED_SERIES: KernelVersion = kv(7, 1);

    /// Whether this release's tables are known: `Err` with the reason for a release after
    /// [`Self::NEWEST_TABULATED_SERIES`].
    pub fn tables_known(self) -> Result<(), String> {
        let newest = Self::NEWEST_TABULATED_SERIES;
        let next = kv(newest.major, newest.minor + 1);
        if self.version() < next {
            return Ok(());
        }
        Err(format!(
            "the helper, context and kfunc tables of Linux {} are not known (newer than the \
             newest tabulated series, {}.{}.y)",
            self.version(),
            newest.major,
            newest.minor
        ))
    }

    /// A named release: none of the behaviours in [`BEHAVIOURS`] is upstream in any of them.
    const fn named(version: KernelVersion) -> KernelProfile {
        KernelProfile {
            facts: Facts::new(version, Behaviours::NONE),
        }
    }

    /// Release `version` with upstream's behaviours, or `None` before 5.9 (no SK_LOOKUP).
    pub fn upstream(version: KernelVersion) -> Option<KernelProfile> {
        (version >= Self::FIRST_VERSION).then(|| KernelProfile {
            facts: Facts::new(version, Behaviours::upstream(version)),
        })
    }

    /// This release with exactly `behaviours`.
    pub fn with_behaviours(self, behaviours: Behaviours) -> KernelProfile {
        KernelProfile {
            facts: self.facts.with_behaviours(behaviours),
        }
    }

    /// This profile plus behaviour `b`.
    pub fn with(self, b: Behaviour) -> KernelProfile {
        self.with_behaviours(self.behaviours().with(b))
    }

    /// This profile with the helper availability a probe measured, which replaces the
    /// helper table's tiers (the table still gives prototypes).
    pub fn with_probed_helpers(self, helpers: &'static ProbedHelpers) -> KernelProfile {
        KernelProfile {
            facts: self.facts.with_helpers(helpers),
        }
    }

    /// The release this profile stands for.
    pub fn version(self) -> KernelVersion {
        self.facts.version()
    }

    pub fn behaviours(self) -> Behaviours {
        self.facts.behaviours()
    }

    pub fn has_behaviour(self, b: Behaviour) -> bool {
        self.facts.has_behaviour_bit(b.bit())
    }

    /// The facts this profile's behaviours switch.
    pub fn effects(self) -> impl Iterator<Item = &'static Effect> {
        self.behaviours()
            .iter()
            .flat_map(|b| b.row().effects.iter())
    }

    /// This profile on a machine with `cpus` possible CPUs (`nr_cpu_ids`): what a probe
    /// of the running kernel knows.
    pub fn with_cpus(self, cpus: u32) -> KernelProfile {
        KernelProfile {
            facts: self.facts.with_cpus(cpus),
        }
    }

    /// The machine's `nr_cpu_ids`, when the profile is the running kernel's.
    pub fn cpus(self) -> Option<u32> {
        self.facts.cpus()
    }

    /// The probed helper availability, when this profile came from a probe.
    pub fn probed_helpers(self) -> Option<&'static ProbedHelpers> {
        self.facts.helpers()
    }

    /// True when this profile's kernel contains a change first released in `v`.
    pub fn has(self, v: KernelVersion) -> bool {
        self.facts.has(v)
    }

    /// The facts, for [`crate::recorded::Answers::hold_for`].
    pub(crate) fn facts(self) -> Facts {
        self.facts
    }

    /// Maps a `uname -r` release string (`6.18.44-fc-v509`, `5.15.0-91-generic`, `6.1`) to
    /// that release with upstream's behaviours.
    pub fn from_release(release: &str) -> Result<KernelProfile, ProfileError> {
        let v = parse_release(release)?;
        KernelProfile::upstream(v).ok_or(ProfileError::TooOld {
            text: release.trim().to_string(),
            version: v,
        })
    }
    // ---- Feature queries (each names the change it stands for) ----

    /// `sizeof(struct bpf_sk_lookup)`: 64 before 5.16, 72 from 5.16 (`ingress_ifindex`,
    /// commit f89315650ba3). include/uapi/linux/bpf.h.
    pub fn ctx_size(self) -> u32 {
        if self.has_ingress_ifindex() {
            72
        } else {
            64
        }
    }

    /// `ingress_ifindex` at offset 64 exists (5.16, commit f89315650ba3).
    pub fn has_ingress_ifindex(self) -> bool {
        self.has(kv(5, 16))
    }

    /// `remote_port` is a `__be16` with 2 bytes of zero padding and the 4-byte
    /// backward-compatible load at 36 (5.18, commits 9a69e2b385f4 + 058ec4a7d9cf).
    pub fn has_be16_remote_port(self) -> bool {
        self.has(kv(5, 18))
    }

    /// cpu v4 instructions, among them `BPF_MEMSX` sign-extending loads (6.6).
    pub fn has_cpu_v4(self) -> bool {
        self.has(kv(6, 6))
    }

    /// `BPF_ST` into ctx goes through the ctx access check (6.4, commit 0d80a619c113);
    /// before, it was refused with `BPF_ST stores into R<n> ctx is not allowed`.
    pub fn st_into_ctx_is_ctx_access(self) -> bool {
        self.has(kv(6, 4))
    }

    /// Atomic ops on ctx print `BPF_ATOMIC stores ...` (5.12, when `BPF_XADD` became
    /// `BPF_ATOMIC`); before: `BPF_XADD stores ...` (exact release UNCONFIRMED). 6.1.192,
    /// 6.12.118 and 6.18.44 print `BPF_ATOMIC` (`tests/skctx_kernel.rs`, in the images too).
    pub fn atomic_message_says_atomic(self) -> bool {
        self.has(kv(5, 12))
    }

    /// `BPF_LOAD_ACQ` and `BPF_STORE_REL` (`BPF_STX | BPF_ATOMIC`, any width) are atomic
    /// operations (e24bbad29a8d "bpf: Introduce load-acquire and store-release
    /// instructions", 6.15): 6.18.44 runs them; 6.12.118 and 6.1.192 refuse them as an
    /// unknown atomic opcode (`tests/spec/verifier/load_acquire.s`, in the images too).
    pub fn has_load_acquire(self) -> bool {
        self.has(kv(6, 15))
    }

    /// `check_atomic_load` refuses a load-acquire from the context or a socket
    /// (`atomic_ptr_type_ok`) before it checks the destination register and the load:
    /// 6.18.44 prints `BPF_ATOMIC loads from R1 ctx is not allowed` for an invalid context
    /// offset and for R10 as the destination (`tests/spec/verifier/load_acquire.s`). Later
    /// sources check the load first; the release that changed it is UNCONFIRMED, so from 6.19
    /// this is not known (`None`) and such a load-acquire is unsupported.
    pub fn load_acquire_checks_pointer_type_first(self) -> Option<bool> {
        if !self.has_load_acquire() {
            return Some(false);
        }
        (!self.has(kv(6, 19))).then_some(true)
    }

    /// A program past `MAX_USED_MAPS` gets a message (`The total number of maps per program
    /// has reached the limit of 64`) besides E2BIG: printed by 6.12.118 and 6.18.44; 6.1.192
    /// refuses with E2BIG and an empty log (`tests/spec/verifier/map_limit.s` in the images).
    /// The release between that added it is UNCONFIRMED: before 6.12 the limit is unsupported.
    pub fn used_maps_limit_has_message(self) -> bool {
        self.has(kv(6, 12))
    }

    /// A pointer as `bpf_loop`'s `nr_loops` (R1, `ARG_ANYTHING` without
    /// [`Behaviour::BpfLoopCountScalar`]) reaches `mark_chain_precision(R1)` from 6.7 (and the
    /// 6.6.y backport), where backtracking a pointer is a verifier bug: 6.18.44 says
    /// `verifier bug: backtracking misuse` (EFAULT); 6.12's sources only `WARN_ONCE` without a
    /// log line, and the release that first printed it (the `verifier_bug()` macro) is
    /// UNCONFIRMED: before 6.18 the program is unsupported.
    pub fn bpf_loop_pointer_count_is_verifier_bug(self) -> bool {
        self.has(kv(6, 18))
    }

    /// Global subprograms are verified after the entry point, only those a walked call
    /// reaches, and the log names them (`Caller passes invalid args into func#1 ('f1')`):
    /// Andrii Nakryiko's "bpf: Verify global subprogs lazily" series ("bpf: emit global
    /// subprog name in verifier logs", 2afae08c9dcb "bpf: validate global subprogs
    /// lazily"; `do_check_subprogs` after `do_check_main`, in 6.12.118's sources). Mainline
    /// 6.8: v2 was posted to bpf-next on 2023-11-24 (<20231124035937.403208-3-andrii@kernel.org>,
    /// after 6.7-rc1), and Cilium's maintainers date it "upstream (v6.8)"
    /// (cilium/cilium#45917). Before (6.1.192), every global subprogram is verified first,
    /// in order, and the call-site refusal is `Caller passes invalid args into func#1`.
    /// Whether `bpf_get_smp_processor_id`'s result is bounded by the machine's CPU count
    /// (`do_refine_retval_range`: `[0, nr_cpu_ids - 1]`): `Some(false)` where it is an
    /// unknown integer (6.1.192), `Some(true)` where it is bounded (6.12.118 and 6.18.44:
    /// tests/spec/verifier/smp_processor_id.s), `None` on the releases between, where
    /// which is UNCONFIRMED (bpftrace notes 6.5 does not bound it).
    pub fn bounds_smp_processor_id(self) -> Option<bool> {
        if !self.has(kv(6, 2)) {
            Some(false)
        } else if self.has(kv(6, 12)) {
            Some(true)
        } else {
            None
        }
    }

    /// A helper's output argument that is not `MEM_UNINIT` (`bpf_snprintf`'s buffer) is
    /// checked as a write (`MEM_WRITE`): into a read-only map value it is `write into map
    /// forbidden`. 6.18.44 refuses `tests/c/campaign/bad_rodata_helper.c`, Debian 6.12.118
    /// and 6.1.192 accept it (a read), and so does Debian's 6.17.13 while its 6.18.15
    /// refuses it (`tests/spec/verifier/strings.s` `snprintf_into_rodata` in the images of
    /// `.ci/kernels --extra`): 6.18 (the `MEM_WRITE` series was believed 6.14; 6.17.0 to
    /// 6.17.12 UNCONFIRMED).
    pub fn checks_helper_output_as_write(self) -> bool {
        self.has(kv(6, 18))
    }

    /// The format rules of `bpf_bprintf_prepare` on this release: UTF-8 text and the
    /// character after `%p` kept as text on every modelled release. Debian's 6.1.192 and
    /// 6.12.118 have both as stable backports, like the live 6.18.44 (the directed formats
    /// of `verifier/tests/fmtstr_kernel.rs` tell the four rule sets apart); the first
    /// upstream and stable releases with each are UNCONFIRMED.
    pub fn bprintf_rules(self) -> crate::bprintf::FormatRules {
        crate::bprintf::FormatRules {
            utf8_text: true,
            p_keeps_next: true,
        }
    }

    /// `process_spin_lock` reads the lock from the map's `btf_record` (the 6.2 rework of
    /// map value fields): "map '<name>' has no valid bpf_spin_lock", "off <off> doesn't
    /// point to 'struct bpf_spin_lock' that is at <lock>", and its refusals are EINVAL;
    /// before, "doesn't have 'struct bpf_spin_lock'", the offset without the lock's, and
    /// EACCES (`check_func_arg`'s). 6.12.118 and 6.18.44 have it, 6.1.192 not
    /// (`tests/spec/verifier/spin_lock.s`); 6.2 read in the sources' history, UNCONFIRMED.
    pub fn spin_lock_from_btf_record(self) -> bool {
        self.has(kv(6, 2))
    }

    /// A map value `ld_imm64` (`BPF_PSEUDO_MAP_VALUE`, global data) of a map whose value
    /// holds a lock has id 0, so every such load names the same lock ("bpf: Allow locking
    /// bpf_spin_lock global variables", 6.2 UNCONFIRMED; 6.12.118's sources have it,
    /// 6.1.192's give each load a fresh id).
    pub fn global_spin_lock_id_zero(self) -> bool {
        self.has(kv(6, 2))
    }

    /// Static subprograms may be called while a `bpf_spin_lock` is held, and return
    /// holding it ("bpf: Allow calling static subprogs while holding a bpf_spin_lock",
    /// 6.9 UNCONFIRMED): a global one is refused ("global function calls are not allowed
    /// while holding a lock,\nuse static function instead") and only the main program's
    /// exit checks the lock. 6.12.118 and 6.18.44 have it; 6.1.192 refuses every call and
    /// checks the lock at every exit.
    pub fn static_calls_under_spin_lock(self) -> bool {
        self.has(kv(6, 9))
    }

    /// The lock is one of the reference states (`active_locks`, "bpf: Introduce
    /// active_locks" in the reference-state rework, 6.13 UNCONFIRMED): the exit holding it
    /// is refused by `check_resource_leak` ("BPF_EXIT instruction in main prog cannot be
    /// used inside bpf_spin_lock-ed region"; before, "bpf_spin_unlock is missing"), and the
    /// level-2 log counts it among `refs=`. 6.18.44 has it, 6.12.118 not.
    pub fn spin_lock_exit_names_main_prog(self) -> bool {
        self.has(kv(6, 13))
    }

    /// The number iterator's kfuncs may be called while a `bpf_spin_lock` is held
    /// (`kfunc_spin_allowed`, "bpf: Allow bpf_for/bpf_repeat calls while holding a
    /// spinlock", posted in January 2025 for 6.14, UNCONFIRMED): 6.18.44 accepts them,
    /// 6.12.118 refuses them as every kfunc ("function calls are not allowed while holding
    /// a lock"; `tests/spec/verifier/spin_lock.s`).
    pub fn iter_num_under_spin_lock(self) -> bool {
        self.has(kv(6, 14))
    }

    pub fn verifies_global_subprogs_lazily(self) -> bool {
        self.has(kv(6, 8))
    }

    /// The dynptr rules of `dynptr_get_spi` and `destroy_if_dynptr_stack_slot` (the dynptr
    /// fixes after 6.1: a constant offset required and printed, a store destroys the dynptr
    /// and its slices, a helper may not write over one, arguments numbered from 0): 6.12.118
    /// and 6.18.44 have them, 6.1.192 not (`tests/spec/verifier/dynptr.s`); the release in
    /// between is UNCONFIRMED, taken as 6.2.
    pub fn has_dynptr_fixes(self) -> bool {
        self.has(kv(6, 2))
    }

    /// Global subprograms' `arg:<tag>` BTF decl tags are read (`__arg_nonnull`, `__arg_ctx`;
    /// 94e1c70a3452 "bpf: support 'arg:xxx' btf_decl_tag-based hints for global subprog
    /// args", 6.8): 6.12.118 and 6.18.44 heed `arg:nonnull`, 6.1.192 ignores it
    /// (`tests/spec/verifier/global_mem_args.s`).
    pub fn reads_global_arg_tags(self) -> bool {
        self.has(kv(6, 8))
    }

    /// `arg:untrusted` is a tag `btf_prepare_func_args` knows: 6.18.44 does, 6.12.118
    /// refuses it as "arg#<n> has unsupported set of tags" (EOPNOTSUPP;
    /// `tests/spec/verifier/global_arg_kinds.s`), and Debian's 6.17.13 knows it (the same
    /// case in its image): 6.17 on; 6.13 to 6.16 UNCONFIRMED (assumed unknown).
    pub fn knows_arg_untrusted(self) -> bool {
        self.has(kv(6, 17))
    }

    /// A NULL constant passed for a global subprogram's `arg:nonnull` memory argument is
    /// refused (`arg#<n> is expected to be non-NULL`): 6.18.44 refuses it, 6.12.118 lets it
    /// through (`check_mem_reg` passes NULL before the tag is looked at; a maybe-NULL
    /// pointer is refused on both). Debian's 6.17.13, 6.18.15 and 6.19.14 let it through too
    /// (`global_mem_arg_null_passed_to_nonnull` in their images), so no mainline release up to
    /// 6.19 refuses it: 6.18.y after 6.18.15, or the live build's vendor (commit UNCONFIRMED;
    /// modelled: 6.18.y from 6.18.44).
    pub fn refuses_null_for_nonnull_global_arg(self) -> bool {
        self.reads_global_arg_tags()
            && self.has(KernelVersion::with_patch(6, 18, 44))
            && !self.has(kv(6, 19))
    }

    /// `check_max_stack_depth` rounds each frame of a JITed program up to 16 bytes (0 stays
    /// 0), the interpreter's 32 only without a JIT (`round_up_stack_depth`, Yonghong Song's
    /// "bpf: Fix test verif_scale_strobemeta_subprogs failure due to llvm19", Feb 2024: 6.9,
    /// release UNCONFIRMED); before, every frame was rounded up to 32 bytes, at least 32.
    /// Read in Debian's 6.1.192 (32) and 6.12.118 (16) sources, confirmed on both images
    /// and on 6.18.44 (`stack_combined_*` in tests/spec/verifier/stack.s). Every modelled
    /// kernel is taken to be JITed (x86-64 with `bpf_jit_enable` 1, as on this host, or
    /// `CONFIG_BPF_JIT_ALWAYS_ON`, as Debian builds).
    pub fn rounds_jited_stack_to_16(self) -> bool {
        self.has(kv(6, 9))
    }

    /// `may_goto +0` is walked (aefaa4313b50 "bpf: Allow 'may_goto 0' instruction in
    /// verifier", 6.14); before, `check_cond_jmp_op` refuses it (`invalid may_goto off 0 imm
    /// 0`, printed by 6.12.118: verifier/tests/callbacks_kernel.rs in the image).
    pub fn may_goto_zero_allowed(self) -> bool {
        self.has(kv(6, 14))
    }

    /// Return-code check uses signed bounds and prints `[0, 1]` (6.8); before it was a tnum
    /// containment check printing `(0x0; 0x1)`. kernel/bpf/verifier.c `check_return_code`.
    pub fn retval_message_uses_bounds(self) -> bool {
        self.has(kv(6, 8))
    }

    /// `bpf_sk_assign` rejects TCP sockets not in LISTEN and UDP sockets not in CLOSE (5.16,
    /// "bpf, sockmap: Use stricter sk state checks in sk_lookup_assign"); before it rejected
    /// only `TCP_ESTABLISHED`.
    pub fn sk_assign_strict_state(self) -> bool {
        self.has(kv(5, 16))
    }

    /// A helper that exists but is not offered prints `program of this type cannot use
    /// helper <name>#<id>`; older kernels printed `unknown func <name>#<id>`. Confirmed under
    /// qemu: Debian 6.1.0-57 (6.1.192) prints `unknown func`, 6.12.118 the new wording. The
    /// release in between is UNCONFIRMED; modelled as 6.2.
    pub fn helper_refusal_says_program_type(self) -> bool {
        self.has(kv(6, 2))
    }

    /// A reference leak at exit prints a second line (`BPF_EXIT instruction in main prog
    /// would lead to reference leak`) after `Unreleased reference ...`. Introduced with the
    /// Nov 2024 "unify resource leak checks" change (~6.13/6.14, UNCONFIRMED); modelled as
    /// present on 6.18 only among the profiles.
    pub fn reference_leak_has_second_line(self) -> bool {
        self.has(kv(6, 14))
    }

    /// A reserved ring buffer record (`PTR_TO_MEM | MEM_RINGBUF`) prints as `ringbuf_mem`;
    /// before the Nov 2022 rename of `MEM_ALLOC` to `MEM_RINGBUF` (6.2) as `alloc_mem`
    /// (6.1.0-57: `R0 invalid mem access 'alloc_mem_or_null'`).
    pub fn ringbuf_record_says_ringbuf(self) -> bool {
        self.has(kv(6, 2))
    }

    /// A reserved ring buffer record carries a type flag (`MEM_ALLOC`, printed `alloc_mem`:
    /// [`KernelProfile::reg_types_are_flags`]). Debian's 5.10.262 prints the
    /// plain `PTR_TO_MEM_OR_NULL` (`R0 invalid mem access 'mem_or_null'`: its sources and
    /// image, `ringbuf_no_null_check_v5_10`).
    pub fn ringbuf_record_is_alloc_mem(self) -> bool {
        self.reg_types_are_flags()
    }

    /// A global function's pointer parameters are taken (`btf_prepare_func_args`: the context,
    /// and from e5069b9c23b3 "bpf: Support pointers in global func args", 5.12, memory of the
    /// pointee's size). Debian's 5.10.262 refuses every pointer parameter, `struct
    /// bpf_sk_lookup *` included (`Arg#<k> type PTR in <f>() is not supported yet.`: under
    /// qemu, `global_call_scalar_for_ctx_v5_10` and `void_ptr_arg_v5_10`; its sources take a
    /// context pointer only when `btf_get_prog_ctx_type` matches the type in the kernel's own
    /// BTF, which this image does not). 5.11 is UNCONFIRMED (not modelled).
    pub fn global_args_take_memory(self) -> bool {
        self.has(kv(5, 12))
    }

    /// A helper's stack argument is checked as the read or write the helper's prototype
    /// says, and its errors print `invalid read from stack R<n> off=...` / `invalid write to
    /// stack ...`; before, helper accesses printed `invalid indirect access to stack R<n>
    /// off=...` (bounds) and `invalid indirect read from stack R<n> off <off>+<i> size ...`
    /// (uninitialised). Commit 37cce22dbd51 "bpf: verifier: Refactor helper access type
    /// tracking" (bpf-next, Jan 2025: 6.14). Confirmed under qemu: Debian 6.1.0-57 (6.1.192)
    /// and 6.12.118 print the old wording, 6.18.44 the new one; 6.14 itself is UNCONFIRMED.
    pub fn helper_stack_access_says_read_or_write(self) -> bool {
        self.has(kv(6, 14))
    }

    /// `bpf_tail_call` with a map that is not a PROG_ARRAY prints `expected prog array map
    /// for tail call` (EINVAL); before, the same check in `record_func_key` printed `kernel
    /// subsystem misconfigured verifier` (EINVAL). Commit 032547272eb0 "bpf: Avoid warning
    /// on unexpected map for tail call" (July 2025, after the 6.17 `verifier_bug()`
    /// conversion: modelled as 6.17, release UNCONFIRMED). Confirmed under qemu: Debian
    /// 6.1.0-57 (6.1.192) and 6.12.118 print the old wording, 6.18.44 the new one.
    pub fn tail_call_map_check_says_prog_array(self) -> bool {
        self.has(kv(6, 17))
    }

    /// A stack access with a variable offset outside the stack prints the fixed offset too
    /// (`invalid variable-offset read from stack R<n> var_off=(..) off=<off> size=<size>`);
    /// before, it printed `var_off=(..) size=<size>`. Commit 5bd90cdc65ef "bpf: Minor logging
    /// improvement" (Dec 2023, in the 6.8 merge window). Confirmed on 6.18.44; stable
    /// backports UNCONFIRMED.
    pub fn var_stack_access_prints_fixed_offset(self) -> bool {
        self.has(kv(6, 8))
    }

    /// A misaligned stack access prints a constant variable offset as a number
    /// (`misaligned stack access off 0+0+-4 size 8`); older kernels printed the tnum
    /// (`off (0x0; 0x0)+0+-4`). Confirmed under qemu: Debian 6.1.0-57 (6.1.192) prints the
    /// tnum, 6.12.118 the number. The release in between is UNCONFIRMED; modelled as 6.2.
    pub fn misaligned_stack_prints_const_offset(self) -> bool {
        self.has(kv(6, 2))
    }

    /// A load through a map pointer without CAP_PERFMON is refused as `'struct bpf_array'
    /// access is allowed only to ...` (`check_ptr_to_map_access`); older kernels printed the
    /// bare name (`bpf_array access is ...`). Confirmed under qemu: Debian 6.1.0-57
    /// (6.1.192) prints the bare name, 6.12.118 and 6.18.44 the struct. The release in
    /// between is UNCONFIRMED; modelled as 6.8.
    pub fn map_ptr_access_says_struct(self) -> bool {
        self.has(kv(6, 8))
    }

    /// `infinite loop detected at insn <n>` is followed by the verifier states it compared
    /// (`cur state:` ...). Commit b4d8239534fd "bpf: print full verifier states on infinite
    /// loop detection" (mainline 6.7; stable series may carry it earlier). Confirmed under
    /// qemu: Debian 6.1.0-57 (6.1.192) prints the message alone, 6.12.118 the states.
    pub fn infinite_loop_prints_states(self) -> bool {
        self.has(kv(6, 7))
    }

    /// Scalar ids as Maxim Mikityanskiy's scalar-tracking series gives them ("bpf: Assign ID
    /// to scalars on spill", `assign_scalar_id_before_mov`; mainline 6.8 assumed,
    /// UNCONFIRMED): a spilled unknown scalar gets a link id, constants never do, and a
    /// 32-bit move stays linked when the value fits. Before (Debian 6.1.192's sources): a
    /// 64-bit move links always, giving even a constant source an id, a 32-bit move never,
    /// and a spill assigns none.
    pub fn links_scalars_on_spill(self) -> bool {
        self.has(kv(6, 8))
    }

    /// `check_stack_write_fixed_off` spills every scalar (any bounds, 0 included, and an
    /// `ST` of 0) and lets a narrow store overwrite a spilled scalar without CAP_PERFMON, and
    /// `check_stack_read_fixed_off` fills a narrower read of a spilled scalar from it (the
    /// same series, "bpf: Track spilled unbounded scalars", "bpf: Preserve boundaries and
    /// track scalars on narrowing fill"; mainline 6.8 assumed, UNCONFIRMED). Before (Debian
    /// 6.1.192's sources): only a bounded, non-zero scalar or a non-zero `ST` immediate is
    /// spilled as a register, a narrow store over any spilled register is `attempt to
    /// corrupt spilled pointer on stack`, and only a fill of the spilled size keeps the
    /// value (any other read is unknown).
    pub fn spills_every_scalar(self) -> bool {
        self.has(kv(6, 8))
    }

    /// A variable-offset stack write (`check_stack_write_var_off`) of a zero keeps a spilled
    /// 8-byte zero it covers, and takes a `BPF_ST` of 0 as a zero (kept over `STACK_ZERO`).
    /// Before (Debian 6.1.192's sources) only a zero register kept `STACK_ZERO` bytes and
    /// spills were forgotten. In 6.12.118's, 7.1's sources and 6.19.14's image; the release
    /// between is UNCONFIRMED, modelled as 6.8 with [`KernelProfile::spills_every_scalar`]
    /// (`stack.s` `stack_var_write_zero_keeps_spilled_zero`, `stack_var_st_zero_keeps_zero`
    /// and its `_v6_1` twin, confirmed on 6.18.44, 6.12.118, 6.1.192).
    pub fn var_stack_write_keeps_zeros(self) -> bool {
        self.has(kv(6, 8))
    }

    /// R0 is marked precise when the exit checks it (eabe518de533, 6.8), so pruning never
    /// accepts a path whose R0 is out of range. Before, a path reaching a checkpoint of an
    /// earlier path whose R0 was in range (but imprecise) was pruned and the program
    /// accepted: confirmed on Debian 6.1.0-57 (6.1.192) under qemu
    /// (`ret_unknown_after_pruning_v6_1`).
    pub fn marks_r0_precise_at_exit(self) -> bool {
        self.has(kv(6, 8))
    }

    /// Root (CAP_PERFMON) reads stack bytes never written, directly and through a helper's
    /// memory argument (`allow_uninit_stack` in `check_stack_read_fixed_off` and
    /// `check_stack_range_initialized`). 6.1.192 has it (Debian's sources and image);
    /// Ubuntu's 5.15.225 refuses both reads as root too (its sources: `allow_uninit_stack`
    /// only for variable-offset reads; under qemu: `stack_read_uninit_root_v5_15`). The
    /// release between is UNCONFIRMED; modelled as 5.16. Debian's 5.10.262 has it as a
    /// 5.10.y backport (its sources: `check_stack_read` and `check_stack_range_initialized`
    /// skip `STACK_INVALID` under `allow_uninit_stack`, `stacksafe` a `STACK_MISC` slot; no
    /// build option decides it; under qemu: `stack_read_partially_init_root_v5_10`); the
    /// first 5.10.y with it is UNCONFIRMED (modelled: the whole 5.10.y series).
    pub fn root_reads_uninit_stack(self) -> bool {
        self.has(kv(5, 16)) || self.uninit_stack_reads_within_allocated()
    }

    /// Root's reads of never-written stack bytes ([`KernelProfile::root_reads_uninit_stack`])
    /// stay within `allocated_stack`, the bytes down to the deepest write: 5.10.262's
    /// `check_stack_slot_within_bounds` takes `-allocated_stack` as the floor of every read
    /// (`invalid read from stack R10 off=-64 size=8`), its `check_stack_range_initialized`
    /// refuses a helper's byte past it (`invalid indirect read from stack R1 off -16+0 size
    /// 1`), and only writes grow it (its sources; under qemu: walk_random). 6.1.192 reads the
    /// whole stack and grows `allocated_stack` on every access. The 5.10.y series only
    /// (the first 5.10.y UNCONFIRMED, as for the byte checks).
    pub fn uninit_stack_reads_within_allocated(self) -> bool {
        self.has(kv(5, 10)) && !self.has(kv(5, 11))
    }

    /// `bpf_sk_release` of a pointer holding no reference prints `R<n> must be referenced
    /// when passed to release function`; 5.15.225 printed `func <name>#<id> reference has not
    /// been acquired before` (its sources; under qemu: `ref_release_ctx_sk_v5_15`). After
    /// 5.15.225, by 6.1.192: release UNCONFIRMED, modelled as 5.16.
    pub fn release_refusal_names_register(self) -> bool {
        self.has(kv(5, 16))
    }

    /// `check_cond_jmp_op` reads `dst` first, then checks the reserved fields and reads
    /// `src`; 5.15.225 checks the fields, reads `src` (and refuses a compared pointer
    /// there) and only then `dst` (its sources; under qemu: `malformed.s`
    /// `jeq_imm_with_src_uninit_dst_v5_15`). After 5.15.225, by 6.1.192: the commit and
    /// release UNCONFIRMED, modelled as 5.16.
    pub fn cond_jmp_reads_dst_first(self) -> bool {
        self.has(kv(5, 16))
    }

    /// Precision backtracking reads an atomic fetch (`BPF_FETCH`, `BPF_XCHG`, `BPF_CMPXCHG`)
    /// as a load into its fetched register (`is_atomic_fetch_insn` in `backtrack_insn`):
    /// 6.1.192's sources; 5.15.225's take it as a store, so the fetched register stays to
    /// be found further back. The commit and release are UNCONFIRMED, modelled as 6.1.
    pub fn backtracks_atomic_fetch_as_load(self) -> bool {
        self.has(kv(6, 1))
    }

    /// `bpf_for_each_map_elem`'s callback setup (`__check_func_call`) fails with its own
    /// errno (`callback function not allowed for map`: ENOTSUPP, 524); 5.15.225's
    /// `check_helper_call` turns any such failure into EINVAL (its sources; under qemu:
    /// `callbacks_for_each` in the image). The commit and release are UNCONFIRMED, modelled
    /// as 6.1 (6.1.192's sources pass the errno on).
    pub fn callback_setup_keeps_errno(self) -> bool {
        self.has(kv(6, 1))
    }

    /// A pointer with a negative constant offset is refused as `negative offset <type> ptr`
    /// before the modification check (`__check_ptr_off_reg`); 5.15.225 has only `dereference
    /// of modified <type> ptr` (its sources; under qemu: `ctx_modified_negative_v5_15`).
    /// After 5.15.225, by 6.1.192: release UNCONFIRMED, modelled as 5.16.
    pub fn checks_negative_ptr_offset(self) -> bool {
        self.has(kv(5, 16))
    }

    /// Register and argument types are a base type with flags (`PTR_MAYBE_NULL`,
    /// `MEM_ALLOC`, `MEM_RDONLY`: c25b2ae13603 "bpf: Replace PTR_TO_XXX_OR_NULL with
    /// PTR_TO_XXX | PTR_MAYBE_NULL" and its series, 5.17 upstream). Ubuntu's 5.15.225 has the
    /// series as a stable backport (its sources; under qemu); the first 5.15.y with it is
    /// UNCONFIRMED (5.15.0 assumed). Debian's 5.10.262 has the older enumerated types (its
    /// sources and image): what the flags change is each a query below.
    pub fn reg_types_are_flags(self) -> bool {
        self.has(kv(5, 15))
    }

    /// `bpf_sk_assign` takes `ctx->sk` (a `sock_or_null`) unchecked: its
    /// `ARG_PTR_TO_SOCKET_OR_NULL` argument accepts a maybe-NULL socket once the argument
    /// types are flags ([`KernelProfile::reg_types_are_flags`], folded in `check_reg_type`).
    /// Debian's 5.10.262 refuses (`R2 type=sock_or_null expected=sock`: only `PTR_TO_SOCKET`
    /// or NULL, its sources and image).
    pub fn sk_assign_takes_sock_or_null(self) -> bool {
        self.reg_types_are_flags()
    }

    /// Pointer arithmetic on any maybe-NULL pointer is refused with `, null-check it first`
    /// (`adjust_ptr_min_max_vals` tests `PTR_MAYBE_NULL`: [`KernelProfile::reg_types_are_flags`]);
    /// before, only on `map_value_or_null`, every other maybe-NULL type ending at `prohibited`
    /// (Debian's 5.10.262 sources; under qemu `sock_or_null_ptr_arith_v5_10`).
    pub fn null_check_hint_on_every_maybe_null(self) -> bool {
        self.reg_types_are_flags()
    }

    /// An unset `rx_queue_mapping` is `-1` cut to the load's size (`BPF_MOV32_IMM` and a 4-byte
    /// target size in `bpf_sock_convert_ctx_access`: "bpf: Fix bpf_sock context code
    /// generation", a stable backport: Debian's changelogs list it in 6.12.112 and 7.2.9).
    /// Without it `BPF_MOV64_IMM` writes a 64-bit `-1` which only a 1-byte load (narrower than
    /// the 2-byte `sk_rx_queue_mapping`) masks: 2- and 4-byte loads read all ones in the
    /// register, as Debian's 5.10.262, 6.19.14 and 7.0.13 do (sources and images). Ubuntu's
    /// 5.15.225, 6.1.192, 6.12.118 and the live 6.18.44 cut; the first 5.15.y, 6.1.y and
    /// 6.18.y with it and the mainline release (7.3 assumed) are UNCONFIRMED (modelled:
    /// 5.15.225, 6.1.192, 6.18.44).
    pub fn cuts_unset_rx_queue_mapping(self) -> bool {
        let from = |a, b, c| KernelVersion::with_patch(a, b, c);
        let series =
            |since: KernelVersion| self.has(since) && !self.has(kv(since.major, since.minor + 1));
        series(from(5, 15, 225))
            || series(from(6, 1, 192))
            || series(from(6, 12, 112))
            || series(from(6, 18, 44))
            || series(from(7, 2, 9))
            || self.has(kv(7, 3))
    }

    /// Bad register type names print `scalar` (older kernels printed `inv`; the change
    /// landed around 5.18, UNCONFIRMED). 6.1.192, 6.12.118 and 6.18.44 print `scalar`
    /// (`tests/skctx_kernel.rs`, in the kernel images too).
    pub fn scalar_type_named_scalar(self) -> bool {
        self.has(kv(5, 18))
    }

    // ---- Linux 7.1: read in Debian's 7.1.13 sources (`linux-source-7.1`), confirmed in its
    // image (`corpus_agrees_with_each_kernel_image`); 7.0.13's sources and image lack them.
    // The mainline commits are UNCONFIRMED (7.1 is the first release with them) ----

    /// `check_and_resolve_insns` checks every instruction's registers (`R<n> is invalid`)
    /// and reserved fields (`check_insn_fields`: `BPF_ALU uses reserved fields`, ...) before
    /// the walk, in program order, so the refusal names no instruction and comes before
    /// anything the walk would have refused first (an uninitialised `dst`); before 7.1 `do_check`
    /// refused them when it reached the instruction.
    pub fn checks_insn_fields_before_walk(self) -> bool {
        self.has(kv(7, 1))
    }

    /// A pointer's fixed offset is part of its `var_off` (`reg->off` is gone, the
    /// `delta` of linked scalars kept apart): messages print the `var_off` with the offset
    /// in it and one term less (`misaligned stack access off 0+-6 size 4`, `var_off=(0x0;
    /// 0xfffffffffffffff8) off=0`), and the bounds of `ptr + K - idx` are those of `K -
    /// idx`, so `sanitize_check_bounds` no longer sees them wrap.
    pub fn folds_ptr_off_into_var_off(self) -> bool {
        self.has(kv(7, 1))
    }

    /// A helper's memory argument (`mem_types`: `ARG_PTR_TO_MEM`, map keys and values) takes
    /// a context pointer by type (`PTR_TO_CTX` is the list's last entry, printed `ctx`), and
    /// `check_helper_mem_access` refuses it outside syscall programs as `R<n> type=ctx
    /// expected=fp`.
    pub fn mem_arg_takes_ctx(self) -> bool {
        self.has(kv(7, 1))
    }

    /// A sleepable helper is refused as `sleepable helper <name>#<id> in non-sleepable
    /// prog` (`check_helper_call`); before, `helper call might sleep in a non-sleepable prog`.
    pub fn sleepable_helper_message_names_helper(self) -> bool {
        self.has(kv(7, 1))
    }

    /// A global function may return `void` (`btf_prepare_func_args`: `return value not void
    /// or scalar`); before, only a scalar (`doesn't return scalar`).
    pub fn global_func_may_return_void(self) -> bool {
        self.has(kv(7, 1))
    }

    /// `__BPF_FUNC_MAX_ID` of this release: helper ids at or above it are `invalid func`.
    pub fn helper_id_limit(self) -> i32 {
        match self.probed_helpers() {
            Some(probed) => probed.id_limit,
            None => crate::helpers::helper_id_limit_of(self),
        }
    }
}

impl fmt::Display for KernelProfile {
    /// `6.18`, or `6.18.44+sockmap-lookup-sock-or-null+...`: the same text parses back.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.version().fmt(f)?;
        for b in self.behaviours().iter() {
            write!(f, "+{b}")?;
        }
        Ok(())
    }
}

impl FromStr for KernelProfile {
    type Err = ProfileError;

    /// Accepts a release (`"6.1"`, `"v5.15"`, `"5.11"`, `"6.18.44-fc-v509"`), optionally
    /// followed by behaviours added by name (`"6.18.44+sockmap-lookup-sock-or-null"`).
    /// `"host"` is refused with [`ProfileError::HostNeedsRelease`]: parse a [`ProfileSpec`]
    /// to accept it.
    fn from_str(s: &str) -> Result<KernelProfile, ProfileError> {
        match s.parse::<ProfileSpec>()? {
            ProfileSpec::Exact(p) => Ok(p),
            ProfileSpec::Host => Err(ProfileError::HostNeedsRelease),
        }
    }
}

/// What a user may name on a command line: a kernel profile or `host`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProfileSpec {
    Exact(KernelProfile),
    /// The running kernel: its release and behaviours come from probing it (the `kernel`
    /// crate); [`ProfileSpec::resolve`] gives the release with upstream's behaviours.
    Host,
}

impl ProfileSpec {
    /// The profile, reading the host release (e.g. from `uname -r`) only for `Host`.
    pub fn resolve(self, host_release: &str) -> Result<KernelProfile, ProfileError> {
        match self {
            ProfileSpec::Exact(p) => Ok(p),
            ProfileSpec::Host => KernelProfile::from_release(host_release),
        }
    }
}

impl FromStr for ProfileSpec {
    type Err = ProfileError;

    fn from_str(s: &str) -> Result<ProfileSpec, ProfileError> {
        let t = s.trim();
        if t.eq_ignore_ascii_case("host") {
            return Ok(ProfileSpec::Host);
        }
        let mut parts = t.split('+');
        let release = parts.next().unwrap_or_default();
        let mut profile = KernelProfile::from_release(release)?;
        for name in parts {
            if name.trim().is_empty() {
                // `6.1.0+` is a release string with a `+` suffix, not a behaviour.
                continue;
            }
            let b = Behaviour::by_name(name)
                .ok_or_else(|| ProfileError::UnknownBehaviour(name.trim().to_string()))?;
            profile = profile.with(b);
        }
        Ok(ProfileSpec::Exact(profile))
    }
}

impl fmt::Display for ProfileSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProfileSpec::Exact(p) => p.fmt(f),
            ProfileSpec::Host => f.write_str("host"),
        }
    }
}

/// Why a kernel name could not be turned into a profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileError {
    /// Empty input.
    Empty,
    /// Not of the form `MAJOR.MINOR[.PATCH][-SUFFIX]`.
    Malformed(String),
    /// A release before 5.9, which has no SK_LOOKUP.
    TooOld {
        text: String,
        version: KernelVersion,
    },
    /// `host` where a concrete kernel is needed.
    HostNeedsRelease,
    /// `+NAME` that is not in [`BEHAVIOURS`].
    UnknownBehaviour(String),
}

impl ProfileError {
    /// Stable kebab-case code.
    pub fn code(&self) -> &'static str {
        match self {
            ProfileError::Empty | ProfileError::Malformed(_) => "kernel-version-syntax",
            ProfileError::TooOld { .. } => "kernel-too-old",
            ProfileError::HostNeedsRelease => "kernel-host-unresolved",
            ProfileError::UnknownBehaviour(_) => "kernel-unknown-behaviour",
        }
    }
}

fn known_profiles() -> String {
    let names: Vec<String> = KernelProfile::ALL.iter().map(|p| p.to_string()).collect();
    format!("{}, host", names.join(", "))
}

fn known_behaviours() -> String {
    Behaviour::all()
        .map(Behaviour::name)
        .collect::<Vec<_>>()
        .join(", ")
}

impl fmt::Display for ProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProfileError::Empty => write!(
                f,
                "empty kernel version (expected a release like 6.1 or 6.1.12, `host`, or a \
                 profile file; named releases: {})",
                known_profiles()
            ),
            ProfileError::Malformed(s) => write!(
                f,
                "`{s}` is not a kernel version (expected MAJOR.MINOR[.PATCH] such as 6.1, a \
                 release like 6.18.44-fc-v509, `host`, or a profile file written by `skasm \
                 probe`; named releases: {})",
                known_profiles()
            ),
            ProfileError::TooOld { text, version } => write!(
                f,
                "kernel {text} ({version}) predates BPF_PROG_TYPE_SK_LOOKUP, which first \
                 appeared in 5.9"
            ),
            ProfileError::HostNeedsRelease => write!(
                f,
                "`host` must be resolved by probing the running kernel (or from its release, \
                 uname -r)"
            ),
            ProfileError::UnknownBehaviour(name) => write!(
                f,
                "unknown kernel behaviour `{name}` (known: {})",
                known_behaviours()
            ),
        }
    }
}

impl std::error::Error for ProfileError {}

/// Parses `MAJOR.MINOR[.PATCH]` from the front of a release string: optional `v`, then
/// digits; anything after (`-fc-v509`, `-rc3`, `+`) is ignored.
fn parse_release(release: &str) -> Result<KernelVersion, ProfileError> {
    let t = release.trim();
    if t.is_empty() {
        return Err(ProfileError::Empty);
    }
    let malformed = || ProfileError::Malformed(t.to_string());
    let body = t
        .strip_prefix('v')
        .or_else(|| t.strip_prefix('V'))
        .unwrap_or(t);
    let (major, rest) = split_number(body).ok_or_else(malformed)?;
    let rest = rest.strip_prefix('.').ok_or_else(malformed)?;
    let (minor, mut tail) = split_number(rest).ok_or_else(malformed)?;
    let mut patch = 0;
    if let Some((p, after)) = tail.strip_prefix('.').and_then(split_number) {
        patch = p;
        tail = after;
    }
    // After the numbers: end or a suffix.
    if let Some(c) = tail.chars().next() {
        if !matches!(c, '.' | '-' | '+' | '_' | '~') {
            return Err(malformed());
        }
    }
    Ok(KernelVersion::with_patch(major, minor, patch))
}

fn split_number(s: &str) -> Option<(u16, &str)> {
    let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    if end == 0 || end > 4 {
        return None;
    }
    Some((s[..end].parse().ok()?, &s[end..]))
}

/// The loader's capabilities, as far as the SK_LOOKUP rules care.
///
/// Both levels hold `CAP_BPF` (needed to load SK_LOOKUP at all; `CAP_NET_ADMIN` is not
/// required, sk_lookup-runtime.md §1). Without `CAP_PERFMON` fewer helpers are offered and the
/// verifier forbids pointer leaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Privilege {
    /// All capabilities (root).
    Root,
    /// `CAP_BPF` + `CAP_NET_ADMIN` only: no `CAP_PERFMON`, no `CAP_SYS_ADMIN`.
    NoPerfmon,
}

impl Privilege {
    pub const ALL: [Privilege; 2] = [Privilege::Root, Privilege::NoPerfmon];

    /// `CAP_PERFMON` (or `CAP_SYS_ADMIN`) held.
    pub fn has_perfmon(self) -> bool {
        matches!(self, Privilege::Root)
    }

    /// Pointer leaks (returning/storing pointers) allowed: `bpf_allow_ptr_leaks()`.
    pub fn allows_ptr_leaks(self) -> bool {
        self.has_perfmon()
    }
}

impl fmt::Display for Privilege {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Privilege::Root => "root (all capabilities)",
            Privilege::NoPerfmon => "CAP_BPF+CAP_NET_ADMIN (no CAP_PERFMON)",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn releases_are_not_rounded() {
        let p = KernelProfile::from_release("6.18.44-fc-v509").unwrap();
        assert_eq!(p.version(), KernelVersion::with_patch(6, 18, 44));
        assert_eq!(p.to_string(), "6.18.44");
        assert_eq!(
            KernelProfile::from_release("5.11").unwrap().version(),
            kv(5, 11)
        );
        assert!(matches!(
            KernelProfile::from_release("5.8.0"),
            Err(ProfileError::TooOld { .. })
        ));
    }

    #[test]
    fn a_behaviour_holds_in_each_of_its_release_ranges_only() {
        let has = |a, b, c| {
            Behaviours::upstream(KernelVersion::with_patch(a, b, c))
                .contains(Behaviour::BpfLoopCountScalar)
        };
        assert!(has(6, 12, 111) && has(6, 12, 118) && !has(6, 12, 107));
        assert!(!has(6, 13, 0) && !has(6, 19, 14) && !has(7, 2, 6));
        assert!(has(7, 2, 9) && has(7, 2, 12) && !has(7, 3, 0));
    }

    #[test]
    fn behaviour_names_round_trip() {
        for row in BEHAVIOURS {
            assert_eq!(Behaviour::by_name(row.name), Some(row.behaviour));
            assert_eq!(row.behaviour.row().name, row.name);
            assert!(!row.effects.is_empty(), "{} switches nothing", row.name);
        }
        let p: KernelProfile = "6.18.44+sockmap-lookup-sock-or-null".parse().unwrap();
        assert!(p.has_behaviour(Behaviour::SockmapLookupSockOrNull));
        assert_eq!(p.to_string().parse::<KernelProfile>(), Ok(p));
        assert!(matches!(
            "6.18+no-such-thing".parse::<KernelProfile>(),
            Err(ProfileError::UnknownBehaviour(_))
        ));
    }
}
