//! Kernel profiles and loader privilege: which kernel's rules apply.
//!
//! A [`KernelProfile`] names one of the kernel releases whose SK_LOOKUP rules this crate
//! models (5.9 ... 6.18). Every other table in the crate asks the profile, through
//! [`KernelProfile::version`] and the feature queries below, which fact applies. Nothing here
//! reads `uname`: the caller passes the release string to [`KernelProfile::from_release`]
//! (or resolves a [`ProfileSpec::Host`] with [`ProfileSpec::resolve`]).
//!
//! Profile selection rule: a release maps to the newest profile at or below it
//! (`6.18.44-fc-v509` → 6.18, `6.7.1` → 6.6, `5.15.0-91-generic` → 5.15); releases older
//! than 5.9 have no SK_LOOKUP and are an error; releases newer than 6.18 use 6.18 (the newest
//! facts we have).
//!
//! Known limitation: stable point releases that received backports are modelled as their
//! base release. In particular the 2-byte `remote_port` access rules (5.18) were backported
//! to 5.15.y/5.17.y around April 2022 (exact point release UNCONFIRMED, ~5.15.34); profile
//! 5.15 keeps the original 4-byte rules (sk_lookup-context.md §2, "Version history").

use std::fmt;
use std::str::FromStr;

/// A `major.minor` kernel version, ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct KernelVersion {
    pub major: u16,
    pub minor: u16,
}

impl KernelVersion {
    pub const fn new(major: u16, minor: u16) -> Self {
        KernelVersion { major, minor }
    }
}

impl fmt::Display for KernelVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)
    }
}

/// Shorthand used by the tables: `kv(5, 16)`.
pub const fn kv(major: u16, minor: u16) -> KernelVersion {
    KernelVersion::new(major, minor)
}

/// The kernel releases whose SK_LOOKUP rules are modelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum KernelProfile {
    /// 5.9: SK_LOOKUP introduced (64-byte context, 4-byte `remote_port`).
    V5_9,
    /// 5.10: socket-cast helpers, sock-map updates from BPF, per-cpu pointers.
    V5_10,
    /// 5.15: timers, `task_pt_regs`, `for_each_map_elem`.
    V5_15,
    /// 5.16: `ingress_ifindex` (72-byte context), stricter `bpf_sk_assign` state checks.
    V5_16,
    /// 5.18: 2-byte `remote_port` + zero padding, `bpf_loop`, `bpf_strncmp`.
    V5_18,
    /// 6.1: dynptrs, `kptr_xchg`, `strtol`/`strtoul` for all program types.
    V6_1,
    /// 6.6: cpu v4 (`BPF_MEMSX`), cgroup storage, `BPF_ST` into ctx reports as a ctx access.
    V6_6,
    /// 6.8: return-code message in `[smin, smax]` form.
    V6_8,
    /// 6.12: `get_current_pid_tgid` for all program types.
    V6_12,
    /// 6.18: the kernel every "6.18" fact in the spec was confirmed on.
    V6_18,
}

impl KernelProfile {
    /// Every profile, oldest first.
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

    /// The newest profile (the default when no kernel is named).
    pub const LATEST: KernelProfile = KernelProfile::V6_18;

    /// The release this profile stands for.
    pub const fn version(self) -> KernelVersion {
        match self {
            KernelProfile::V5_9 => kv(5, 9),
            KernelProfile::V5_10 => kv(5, 10),
            KernelProfile::V5_15 => kv(5, 15),
            KernelProfile::V5_16 => kv(5, 16),
            KernelProfile::V5_18 => kv(5, 18),
            KernelProfile::V6_1 => kv(6, 1),
            KernelProfile::V6_6 => kv(6, 6),
            KernelProfile::V6_8 => kv(6, 8),
            KernelProfile::V6_12 => kv(6, 12),
            KernelProfile::V6_18 => kv(6, 18),
        }
    }

    /// True when this profile's kernel contains a change first released in `v`.
    pub fn has(self, v: KernelVersion) -> bool {
        self.version() >= v
    }

    /// The newest profile at or below `v`, or `None` when `v` predates SK_LOOKUP (5.9).
    pub fn at_or_below(v: KernelVersion) -> Option<KernelProfile> {
        KernelProfile::ALL
            .iter()
            .rev()
            .copied()
            .find(|p| p.version() <= v)
    }

    /// Maps a `uname -r` release string (`6.18.44-fc-v509`, `5.15.0-91-generic`, `6.1`) to
    /// the newest profile at or below it.
    pub fn from_release(release: &str) -> Result<KernelProfile, ProfileError> {
        let v = parse_release(release)?;
        KernelProfile::at_or_below(v).ok_or(ProfileError::TooOld {
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
    /// `BPF_ATOMIC`); before: `BPF_XADD stores ...` (exact release UNCONFIRMED).
    pub fn atomic_message_says_atomic(self) -> bool {
        self.has(kv(5, 12))
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
    /// helper <name>#<id>`; older kernels printed `unknown func <name>#<id>`. The release of
    /// the change is UNCONFIRMED: still `unknown func` in 5.17-era sources; modelled as 6.1.
    pub fn helper_refusal_says_program_type(self) -> bool {
        self.has(kv(6, 1))
    }

    /// A reference leak at exit prints a second line (`BPF_EXIT instruction in main prog
    /// would lead to reference leak`) after `Unreleased reference ...`. Introduced with the
    /// Nov 2024 "unify resource leak checks" change (~6.13/6.14, UNCONFIRMED); modelled as
    /// present on 6.18 only among the profiles.
    pub fn reference_leak_has_second_line(self) -> bool {
        self.has(kv(6, 14))
    }

    /// Bad register type names print `scalar` (older kernels printed `inv`; the change
    /// landed around 5.18, UNCONFIRMED).
    pub fn scalar_type_named_scalar(self) -> bool {
        self.has(kv(5, 18))
    }

    /// `__BPF_FUNC_MAX_ID` of this release: helper ids at or above it are `invalid func`.
    pub fn helper_id_limit(self) -> i32 {
        crate::helpers::helper_id_limit(self.version())
    }
}

impl fmt::Display for KernelProfile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.version().fmt(f)
    }
}

impl FromStr for KernelProfile {
    type Err = ProfileError;

    /// Accepts an exact profile name (`"6.1"`, `"v5.15"`) or any release string (mapped to
    /// the profile at or below it). `"host"` is refused with [`ProfileError::HostNeedsRelease`]:
    /// parse a [`ProfileSpec`] to accept it.
    fn from_str(s: &str) -> Result<KernelProfile, ProfileError> {
        match s.parse::<ProfileSpec>()? {
            ProfileSpec::Exact(p) => Ok(p),
            ProfileSpec::Host => Err(ProfileError::HostNeedsRelease),
        }
    }
}

/// What a user may name on a command line: a kernel version or `host`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProfileSpec {
    Exact(KernelProfile),
    /// The running kernel: resolve with its `uname -r` release via [`ProfileSpec::resolve`].
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
        KernelProfile::from_release(t).map(ProfileSpec::Exact)
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
}

impl ProfileError {
    /// Stable kebab-case code.
    pub fn code(&self) -> &'static str {
        match self {
            ProfileError::Empty | ProfileError::Malformed(_) => "kernel-version-syntax",
            ProfileError::TooOld { .. } => "kernel-too-old",
            ProfileError::HostNeedsRelease => "kernel-host-unresolved",
        }
    }
}

fn known_profiles() -> String {
    let names: Vec<String> = KernelProfile::ALL.iter().map(|p| p.to_string()).collect();
    format!("{}, host", names.join(", "))
}

impl fmt::Display for ProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProfileError::Empty => write!(
                f,
                "empty kernel version (expected one of {} or a release like 6.1.12)",
                known_profiles()
            ),
            ProfileError::Malformed(s) => write!(
                f,
                "`{s}` is not a kernel version (expected MAJOR.MINOR such as 6.1, a release \
                 like 6.18.44-fc-v509, or `host`; profiles: {})",
                known_profiles()
            ),
            ProfileError::TooOld { text, version } => write!(
                f,
                "kernel {text} ({version}) predates BPF_PROG_TYPE_SK_LOOKUP, which first \
                 appeared in 5.9"
            ),
            ProfileError::HostNeedsRelease => write!(
                f,
                "`host` must be resolved with the running kernel's release (uname -r)"
            ),
        }
    }
}

impl std::error::Error for ProfileError {}

/// Parses `MAJOR.MINOR` from the front of a release string: optional `v`, then digits, `.`,
/// digits; anything after the minor number (`.44-fc-v509`, `-rc3`, `+`) is ignored.
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
    let (minor, tail) = split_number(rest).ok_or_else(malformed)?;
    // After the minor number: end, a patch level, or a suffix.
    if let Some(c) = tail.chars().next() {
        if !matches!(c, '.' | '-' | '+' | '_' | '~') {
            return Err(malformed());
        }
    }
    Ok(KernelVersion::new(major, minor))
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
    fn releases_map_down() {
        assert_eq!(
            KernelProfile::from_release("6.18.44-fc-v509"),
            Ok(KernelProfile::V6_18)
        );
        assert_eq!(
            KernelProfile::from_release("6.7.1"),
            Ok(KernelProfile::V6_6)
        );
        assert_eq!(KernelProfile::from_release("7.0"), Ok(KernelProfile::V6_18));
        assert!(matches!(
            KernelProfile::from_release("5.8.0"),
            Err(ProfileError::TooOld { .. })
        ));
    }
}
