//! Text renderings of the tables (pure functions returning `String`).
//!
//! * [`render_helpers`]: the helper reference for `skasm helpers [--kernel V] [--unprivileged]`.
//! * [`render_ctx`]: the context layout with the loads each field accepts, for
//!   `skasm ctx [--kernel V]`.
//! * [`render_docs`]: the Markdown document committed as docs/sk_lookup.md (a test keeps the
//!   committed copy in sync).
//! * [`render_code_table`]: the verifier error codes as the Markdown table in
//!   tests/spec/README.md (a test keeps that copy in sync too).

use std::fmt::Write;

use crate::assign::{BPF_SK_LOOKUP_F_NO_REUSEPORT, BPF_SK_LOOKUP_F_REPLACE};
use crate::codes::{Kernels, MessageForm, CODES};
use crate::ctx::{ctx_access, ctx_fields, ByteOrder, CtxAccessKind, CtxField, CtxLoadType};
use crate::errno::Errno;
use crate::helpers::{helper_by_id, sk_lookup_helpers, Helper, Tier, HELPERS};
use crate::maps::{LookupResult, MAP_TYPES};
use crate::profile::{KernelProfile, Privilege};
use crate::sock::{sock_access, SOCK_FIELDS};

fn order_label(o: ByteOrder) -> &'static str {
    match o {
        ByteOrder::Host => "host",
        ByteOrder::Network => "network",
        ByteOrder::Pointer => "pointer",
        ByteOrder::None => "-",
    }
}

/// Accepted plain loads inside `field`, as `off:sizes` groups (`8:1,2,4 9:1 10:1,2 11:1`).
fn accepted_loads(profile: KernelProfile, field: &CtxField) -> String {
    let mut groups = Vec::new();
    for off in field.offset..field.end() {
        let sizes: Vec<String> = [1u32, 2, 4, 8]
            .into_iter()
            .filter(|&s| ctx_access(profile, off as i64, s, CtxAccessKind::Load).is_ok())
            .map(|s| s.to_string())
            .collect();
        if !sizes.is_empty() {
            groups.push(format!("{off}:{}", sizes.join(",")));
        }
    }
    if groups.is_empty() {
        "none".to_string()
    } else {
        groups.join(" ")
    }
}

fn load_result_label(profile: KernelProfile, field: &CtxField) -> &'static str {
    match ctx_access(profile, field.offset as i64, 8, CtxAccessKind::Load) {
        Ok(l) if l.result == CtxLoadType::SockOrNull => "sock_or_null",
        _ if field.access == crate::ctx::FieldAccess::Inaccessible => "-",
        _ => "scalar",
    }
}

fn args_text(helper: &Helper) -> String {
    let proto = helper.proto.as_ref().expect("offered helper");
    if proto.args.is_empty() {
        return "none".to_string();
    }
    proto
        .args
        .iter()
        .enumerate()
        .map(|(i, a)| format!("R{} {}", i + 1, a.short()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn flags_text(helper: &Helper) -> String {
    let proto = helper.proto.as_ref().expect("offered helper");
    let mut f = Vec::new();
    match proto.refs {
        crate::helpers::RefEffect::None => {}
        crate::helpers::RefEffect::Acquire => f.push("acquires a reference"),
        crate::helpers::RefEffect::AcquireForSockMaps => {
            f.push("acquires a socket reference on SOCKMAP/SOCKHASH")
        }
        crate::helpers::RefEffect::Release => f.push("releases a reference"),
    }
    if proto.might_sleep {
        f.push("might sleep: refused in SK_LOOKUP");
    }
    f.join("; ")
}

/// The behaviours table of the docs: name, what changes, where it was seen.
fn render_behaviours(s: &mut String) {
    let _ = writeln!(s, "### Kernel behaviours");
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "Differences the release number does not decide; add them to a release with `+NAME` (`6.18.44+sockmap-lookup-sock-or-null`), or let `host` / `skasm probe` find them."
    );
    let _ = writeln!(s);
    let _ = writeln!(s, "| behaviour | what changes | upstream | origin |");
    let _ = writeln!(s, "|---|---|---|---|");
    for row in crate::profile::BEHAVIOURS {
        let ranges: Vec<String> = row
            .upstream
            .iter()
            .map(|range| match range {
                (since, None) => format!("since {since}"),
                (since, Some(before)) => format!("{since} to before {before}"),
            })
            .collect();
        let upstream = if ranges.is_empty() {
            "no release".to_string()
        } else {
            ranges.join("; ")
        };
        let _ = writeln!(
            s,
            "| `{}` | {} | {upstream} | {} |",
            row.name, row.summary, row.origin
        );
    }
    let _ = writeln!(s);
}

/// The ids offered on `profile` at `privilege`: probed, or from the helper table.
fn offered_ids(profile: KernelProfile, privilege: Privilege) -> Vec<i32> {
    match profile.probed_helpers() {
        Some(probed) => probed.offered(privilege).iter().copied().collect(),
        None => sk_lookup_helpers(profile, privilege)
            .map(|h| h.id)
            .collect(),
    }
}

fn helper_tier(profile: KernelProfile, id: i32) -> Option<Tier> {
    match profile.probed_helpers() {
        Some(probed) => probed.tier(id),
        None => helper_by_id(id).and_then(|h| h.tier(profile)),
    }
}

fn gpl_only(profile: KernelProfile, h: &Helper) -> bool {
    match profile.probed_helpers() {
        Some(probed) => probed.gpl_only.contains(&h.id),
        None => h.proto.as_ref().is_some_and(|p| p.gpl_only),
    }
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

fn render_helper(s: &mut String, profile: KernelProfile, h: &Helper) {
    let proto = h.proto.as_ref().expect("filtered: modelled helper");
    let tier = helper_tier(profile, h.id).expect("offered");
    let _ = writeln!(
        s,
        "#{:<3} {}  [since {}, needs {}, GPL-only {}]",
        h.id,
        h.kernel_name(),
        h.sk_lookup_since()
            .map_or_else(|| "?".to_string(), |v| v.to_string()),
        tier.label(),
        yes_no(gpl_only(profile, h))
    );
    let _ = writeln!(s, "     {}", proto.signature);
    let _ = writeln!(
        s,
        "     args: {}; returns {}",
        args_text(h),
        proto.ret.kernel_name()
    );
    let flags = flags_text(h);
    if !flags.is_empty() {
        let _ = writeln!(s, "     {flags}");
    }
    let _ = writeln!(s, "     {}", proto.description);
}

/// A helper a probed kernel offers that the helper table has no prototype for.
fn render_unmodelled_helper(s: &mut String, profile: KernelProfile, id: i32) {
    let name = helper_by_id(id).map_or_else(|| format!("unknown#{id}"), |h| h.kernel_name());
    let gpl = profile
        .probed_helpers()
        .is_some_and(|p| p.gpl_only.contains(&id));
    let _ = writeln!(
        s,
        "#{id:<3} {name}  [offered by that kernel, needs {}, GPL-only {}]",
        helper_tier(profile, id).map_or("?", Tier::label),
        yes_no(gpl)
    );
    let _ = writeln!(
        s,
        "     prototype not modelled by skasm: lint and run cannot check calls to it"
    );
}

/// The helper reference for SK_LOOKUP on `profile` at `privilege`, in the spirit of
/// bpf-helpers(7): id, name, C signature, argument kinds, return kind, description, since
/// which kernel, capability, GPL-only.
pub fn render_helpers(profile: KernelProfile, privilege: Privilege) -> String {
    let offered = offered_ids(profile, privilege);
    let perfmon = offered
        .iter()
        .filter(|&&id| helper_tier(profile, id) == Some(Tier::CapPerfmon))
        .count();
    let mut s = String::new();
    let _ = writeln!(
        s,
        "SK_LOOKUP helpers on Linux {profile}, loader {privilege}: {} offered ({perfmon} need CAP_PERFMON); helper ids >= {} are unknown to this kernel.",
        offered.len(),
        profile.helper_id_limit()
    );
    if profile.probed_helpers().is_some() {
        let _ = writeln!(
            s,
            "Availability as probed on that kernel; prototypes from skasm's helper table."
        );
    }
    for &id in &offered {
        let _ = writeln!(s);
        match helper_by_id(id).filter(|h| h.proto.is_some()) {
            Some(h) => render_helper(&mut s, profile, h),
            None => render_unmodelled_helper(&mut s, profile, id),
        }
    }
    if !privilege.has_perfmon() {
        let unprivileged = offered_ids(profile, privilege);
        let missing: Vec<String> = offered_ids(profile, Privilege::Root)
            .into_iter()
            .filter(|id| !unprivileged.contains(id))
            .map(|id| {
                let name = helper_by_id(id).map_or_else(|| "unknown".into(), |h| h.kernel_name());
                format!("{name}#{id}")
            })
            .collect();
        if !missing.is_empty() {
            let _ = writeln!(s);
            let _ = writeln!(
                s,
                "Needing CAP_PERFMON (not offered to this loader): {}",
                missing.join(", ")
            );
        }
    }
    s
}

/// The context layout of `profile` with the loads each field accepts.
pub fn render_ctx(profile: KernelProfile) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "struct bpf_sk_lookup on Linux {profile}: {} bytes, read-only (values as seen on little-endian hosts)",
        profile.ctx_size()
    );
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "{:>4} {:>4}  {:<16} {:<8} {:<6} {:<13} loads accepted (offset:sizes)",
        "off", "size", "field", "order", "since", "result"
    );
    for f in ctx_fields(profile) {
        let _ = writeln!(
            s,
            "{:>4} {:>4}  {:<16} {:<8} {:<6} {:<13} {}",
            f.offset,
            f.size,
            f.name,
            order_label(f.order),
            f.since.to_string(),
            load_result_label(profile, f),
            accepted_loads(profile, f)
        );
    }
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "Every load must be naturally aligned (off % size == 0); 8-byte loads only at 0 (sk)."
    );
    let _ = writeln!(
        s,
        "16-bit kernel fields (family, protocol, local_port{}): a 2- or 4-byte load returns the whole value, also 2 bytes at +2.",
        if profile.has_be16_remote_port() { "" } else { ", remote_port" }
    );
    let _ = writeln!(
        s,
        "IPv6 fields read 0 for IPv4 lookups and IPv4 fields read 0 for IPv6 lookups."
    );
    let _ = writeln!(
        s,
        "Refused: every store (\"invalid bpf_context access off=<off> size=<size>\"{}), atomics (\"{} stores into R<n> ctx is not allowed\").",
        if profile.st_into_ctx_is_ctx_access() {
            ""
        } else {
            "; BPF_ST: \"BPF_ST stores into R<n> ctx is not allowed\""
        },
        if profile.atomic_message_says_atomic() { "BPF_ATOMIC" } else { "BPF_XADD" }
    );
    if profile.has_cpu_v4() {
        let _ = writeln!(
            s,
            "Sign-extending loads (BPF_MEMSX) are accepted where 1/2/4-byte loads are and sign-extend the plain value."
        );
    } else {
        let _ = writeln!(s, "No BPF_MEMSX on this kernel (cpu v4 arrives in 6.6).");
    }
    s
}

fn tier_cell(h: &Helper, p: KernelProfile) -> &'static str {
    match h.tier(p) {
        None => "",
        Some(Tier::Always) | Some(Tier::CapBpf) => "yes",
        Some(Tier::CapPerfmon) => "perfmon",
    }
}

/// The Markdown reference committed as docs/sk_lookup.md.
pub fn render_docs() -> String {
    let mut s = String::new();
    let latest = KernelProfile::LATEST;
    let _ = writeln!(s, "# SK_LOOKUP reference");
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "<!-- Generated by skctx::render_docs(); do not edit. Regenerate with: UPDATE_DOCS=1 cargo test -p skctx --test docs -->"
    );
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "What the toolchain knows about `BPF_PROG_TYPE_SK_LOOKUP` (program type 30, attach type 36) per kernel profile. \
Facts marked 6.18 were confirmed by experiment on Linux 6.18; older profiles come from kernel sources and patch history \
(see the `note` fields and UNCONFIRMED remarks in `crates/skctx`)."
    );
    let _ = writeln!(s);

    // Profiles.
    let _ = writeln!(s, "## Kernel profiles");
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "A profile is a release (any `X.Y` or `X.Y.Z`: `5.11` is 5.11, and each fact holds from the release that introduced it) plus named behaviours. The table lists the releases where a modelled fact changes, with upstream's behaviours."
    );
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "| profile | ctx size | ingress_ifindex | remote_port | BPF_MEMSX | BPF_ST into ctx | return-code message | helper ids | helpers (root) | helpers (no CAP_PERFMON) |"
    );
    let _ = writeln!(s, "|---|---|---|---|---|---|---|---|---|---|");
    for p in KernelProfile::ALL {
        let _ = writeln!(
            s,
            "| {p} | {} | {} | {} | {} | {} | {} | 0..{} | {} | {} |",
            p.ctx_size(),
            if p.has_ingress_ifindex() { "yes" } else { "no" },
            if p.has_be16_remote_port() {
                "`__be16` + padding"
            } else {
                "4-byte"
            },
            if p.has_cpu_v4() { "yes" } else { "no" },
            if p.st_into_ctx_is_ctx_access() {
                "ctx access error"
            } else {
                "`BPF_ST stores into ...`"
            },
            if p.retval_message_uses_bounds() {
                "`[0, 1]`"
            } else {
                "`(0x0; 0x1)`"
            },
            p.helper_id_limit() - 1,
            sk_lookup_helpers(p, Privilege::Root).count(),
            sk_lookup_helpers(p, Privilege::NoPerfmon).count(),
        );
    }
    let _ = writeln!(s);
    render_behaviours(&mut s);

    // Context.
    let _ = writeln!(s, "## Context layout (`struct bpf_sk_lookup`)");
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "| off | size | field | uapi type | order | kernel backing | since | until | loads accepted on {latest} (offset:sizes) | meaning |"
    );
    let _ = writeln!(s, "|---|---|---|---|---|---|---|---|---|---|");
    for f in crate::ctx::CTX_FIELDS {
        let loads = if f.in_profile(latest) {
            accepted_loads(latest, f)
        } else {
            let p = KernelProfile::ALL
                .iter()
                .copied()
                .rev()
                .find(|p| f.in_profile(*p))
                .expect("row in some profile");
            format!("({p}: {})", accepted_loads(p, f))
        };
        let _ = writeln!(
            s,
            "| {} | {} | `{}` | `{}` | {} | `{}` | {} | {} | {} | {} |",
            f.offset,
            f.size,
            f.name,
            f.c_type,
            order_label(f.order),
            f.kernel_backing,
            f.since,
            f.until.map(|u| u.to_string()).unwrap_or_else(|| "-".into()),
            loads,
            f.meaning
        );
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "### Access rules");
    let _ = writeln!(s);
    for line in [
        "Only the unmodified ctx register may be dereferenced, with a constant offset (`dereference of modified ctx ptr R<n> off=<off> disallowed`, `variable ctx access var_off=(<v>; <m>) disallowed`).",
        "Atomics on ctx: `BPF_ATOMIC stores into R<n> ctx is not allowed` (5.12+; `BPF_XADD ...` before).",
        "Offset outside the struct, misaligned (`off % size != 0`), any store, or a size the field does not accept: `invalid bpf_context access off=<off> size=<size>` (EACCES).",
        "`BPF_ST` (store immediate) before 6.4: `BPF_ST stores into R<n> ctx is not allowed`.",
        "8-byte loads only at 0 (`sk`, result `sock_or_null`); 4-byte words accept 4 at the word start, 2 at even offsets, 1 anywhere.",
        "5.18+: `remote_port` accepts 4 @36 (compatibility), 2 @36, 1 @36/37; the padding accepts 2 @38, 1 @38/39 and reads 0.",
        "Every other load yields a scalar bounded only by its size; `BPF_MEMSX` (6.6+) is accepted where the plain load is.",
    ] {
        let _ = writeln!(s, "- {line}");
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "### Values of accepted loads (little-endian hosts)");
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "`v` = 16-bit kernel value of family/protocol/local_port; `r` = the `__be16` source port read as a little-endian u16 (port 0x1234 gives 0x3412); \"word\" = the 4 stored bytes read as a little-endian u32."
    );
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "| field | 4 @+0 | 2 @+0 | 2 @+2 | 1 @+0 | 1 @+1 | 1 @+2 | 1 @+3 |"
    );
    let _ = writeln!(s, "|---|---|---|---|---|---|---|---|");
    let _ = writeln!(
        s,
        "| family, protocol, local_port | v | v | v (quirk) | v & 0xff | v >> 8 | 0 | 0 |"
    );
    let _ = writeln!(s, "| IPv4/IPv6 address words, ingress_ifindex | word | low half | high half | byte 0 | byte 1 | byte 2 | byte 3 |");
    let _ = writeln!(
        s,
        "| remote_port @36 (5.18+) | r | r | – (padding) | r & 0xff | r >> 8 | – | – |"
    );
    let _ = writeln!(
        s,
        "| remote_port @36 (5.9–5.17) | r | r | r (quirk) | r & 0xff | r >> 8 | 0 | 0 |"
    );
    let _ = writeln!(
        s,
        "| padding @38 (5.18+) | – | 0 (2 @38) | – | 0 (1 @38) | 0 (1 @39) | – | – |"
    );
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "IPv6 words read 0 for `AF_INET` lookups; IPv4 fields read 0 for `AF_INET6` lookups. Sign-extending loads return the plain value sign-extended from `8*size` bits."
    );
    let _ = writeln!(s);

    // bpf_sock.
    let _ = writeln!(
        s,
        "## `struct bpf_sock` through `ctx->sk` or a sock-map lookup ({latest})"
    );
    let _ = writeln!(s);
    let _ = writeln!(s, "| off | field | order | loads accepted (offset:sizes) |");
    let _ = writeln!(s, "|---|---|---|---|");
    for f in SOCK_FIELDS {
        let mut groups = Vec::new();
        for off in f.offset..f.offset + f.size {
            let sizes: Vec<String> = [1u32, 2, 4, 8]
                .into_iter()
                .filter(|&sz| sock_access(isa::Reg::R2, off as i64, sz, false).is_ok())
                .map(|sz| sz.to_string())
                .collect();
            if !sizes.is_empty() {
                groups.push(format!("{off}:{}", sizes.join(",")));
            }
        }
        let loads = if groups.is_empty() {
            "none".to_string()
        } else {
            groups.join(" ")
        };
        let _ = writeln!(
            s,
            "| {} | `{}` | {} | {} |",
            f.offset,
            f.name,
            order_label(f.order),
            loads
        );
    }
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "Other loads: `R<n> invalid sock access off=<off> size=<size>`; stores: `R<n> cannot write into sock`; ALU: `R<n> pointer arithmetic on sock prohibited`."
    );
    let _ = writeln!(s);

    // sk_assign.
    let _ = writeln!(s, "## `bpf_sk_assign(ctx, sk, flags)` (helper 124)");
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "Flags: `BPF_SK_LOOKUP_F_REPLACE` = {BPF_SK_LOOKUP_F_REPLACE}, `BPF_SK_LOOKUP_F_NO_REUSEPORT` = {BPF_SK_LOOKUP_F_NO_REUSEPORT}. Checks in kernel order; the first failing one decides and nothing changes."
    );
    let _ = writeln!(s);
    let _ = writeln!(s, "| # | condition | return |");
    let _ = writeln!(s, "|---|---|---|");
    for (i, (cond, ret)) in [
        (
            "flags has bits other than 1 and 2 (checked even for NULL)",
            minus(Errno::EINVAL),
        ),
        (
            "sk is reference counted (not SOCK_RCU_FREE)",
            minus(Errno::ESOCKTNOSUPPORT),
        ),
        (
            "5.16+: TCP sk not in LISTEN (before 5.16: any sk in ESTABLISHED)",
            minus(Errno::ESOCKTNOSUPPORT),
        ),
        (
            "5.16+: UDP sk not in CLOSE (connected)",
            minus(Errno::ESOCKTNOSUPPORT),
        ),
        ("sk->protocol != ctx->protocol", minus(Errno::EPROTOTYPE)),
        (
            "families differ and sk is AF_INET or IPv6-only",
            minus(Errno::EAFNOSUPPORT),
        ),
        (
            "a socket is already selected and flags lack REPLACE (also for NULL)",
            minus(Errno::EEXIST),
        ),
        (
            "otherwise: selection := sk (NULL deselects), no_reuseport := flags & 2",
            "0".to_string(),
        ),
    ]
    .iter()
    .enumerate()
    {
        let _ = writeln!(s, "| {} | {cond} | {ret} |", i + 1);
    }
    let _ = writeln!(s);

    // Runtime.
    let _ = writeln!(s, "## Several programs in one network namespace");
    let _ = writeln!(s);
    for line in [
        "Programs run in link order; each starts with the selection kept so far (`ctx->sk`).",
        "A program's selection is kept only if it returns SK_PASS (1) with a non-NULL selection; SK_DROP (0) marks the lookup as not all-pass.",
        "Final verdict: PASS if every program passed or any selection was kept, else DROP. A later program's NULL assign does not undo an earlier selection.",
        "Return range at every exit of the main program: [0, 1]. 6.8+: `At program exit the register R0 has smin=<a> smax=<b> should have been in [0, 1]`; before: `... has value (<v>; <m>) should have been in (0x0; 0x1)`.",
    ] {
        let _ = writeln!(s, "- {line}");
    }
    let _ = writeln!(s);

    // Helpers.
    let _ = writeln!(s, "## Helpers per profile");
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "`yes` = offered to every SK_LOOKUP loader (CAP_BPF), `perfmon` = only with CAP_PERFMON, empty = not offered. Ids not listed here are known to the kernel but never offered (`program of this type cannot use helper <name>#<id>`); ids at or above the profile's limit print `invalid func unknown#<id>`."
    );
    let _ = writeln!(s);
    let mut header = String::from("| id | helper | GPL | since (uapi) |");
    let mut rule = String::from("|---|---|---|---|");
    for p in KernelProfile::ALL {
        let _ = write!(header, " {p} |");
        rule.push_str("---|");
    }
    let _ = writeln!(s, "{header}");
    let _ = writeln!(s, "{rule}");
    for h in HELPERS.iter().filter(|h| h.proto.is_some()) {
        let proto = h.proto.as_ref().expect("filtered");
        let mut row = format!(
            "| {} | `{}` | {} | {} |",
            h.id,
            h.kernel_name(),
            if proto.gpl_only { "yes" } else { "no" },
            h.since
        );
        for p in KernelProfile::ALL {
            let _ = write!(row, " {} |", tier_cell(h, p));
        }
        let _ = writeln!(s, "{row}");
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "### Signatures");
    let _ = writeln!(s);
    let _ = writeln!(s, "| id | signature | arguments | returns | notes |");
    let _ = writeln!(s, "|---|---|---|---|---|");
    for h in HELPERS.iter().filter(|h| h.proto.is_some()) {
        let proto = h.proto.as_ref().expect("filtered");
        let mut notes = flags_text(h);
        if !proto.note.is_empty() {
            if !notes.is_empty() {
                notes.push_str("; ");
            }
            notes.push_str(proto.note);
        }
        let _ = writeln!(
            s,
            "| {} | `{}` | {} | `{}` | {} |",
            h.id,
            proto.signature,
            args_text(h),
            proto.ret.kernel_name(),
            notes
        );
    }
    let _ = writeln!(s);

    // Maps.
    let _ = writeln!(s, "## Map types");
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "| id | type | since | `bpf_map_lookup_elem` from SK_LOOKUP |"
    );
    let _ = writeln!(s, "|---|---|---|---|");
    for m in MAP_TYPES {
        let lookup = match m.lookup {
            LookupResult::Value => "map value or NULL".to_string(),
            LookupResult::Socket => "referenced socket (release with bpf_sk_release)".to_string(),
            LookupResult::InnerMap => "inner map".to_string(),
            LookupResult::Refused => format!(
                "`cannot pass map_type {} into func bpf_map_lookup_elem#1`",
                m.id()
            ),
        };
        let _ = writeln!(
            s,
            "| {} | `{}` | {} | {} |",
            m.id(),
            m.kernel_name(),
            m.since,
            lookup
        );
    }
    s
}

/// The profiles a form is printed on, for a table cell: "" for all of them, else
/// `profiles 5.9–6.1` (or a list when they are not consecutive).
fn profiles_note(kernels: Kernels) -> String {
    let on: Vec<bool> = KernelProfile::ALL
        .iter()
        .map(|&p| kernels.includes(p))
        .collect();
    let picked: Vec<KernelProfile> = KernelProfile::ALL
        .iter()
        .zip(&on)
        .filter(|(_, &yes)| yes)
        .map(|(&p, _)| p)
        .collect();
    let runs = on.windows(2).filter(|w| !w[0] && w[1]).count() + usize::from(on[0]);
    match picked.as_slice() {
        [] => "no profile".to_string(),
        _ if picked.len() == on.len() => String::new(),
        [one] => format!("profile {one}"),
        [first, .., last] if runs == 1 => format!("profiles {first}–{last}"),
        _ => {
            let names: Vec<String> = picked.iter().map(|p| p.to_string()).collect();
            format!("profiles {}", names.join(", "))
        }
    }
}

fn form_cell(form: &MessageForm) -> String {
    let mut notes: Vec<String> = Vec::new();
    if !form.case.is_empty() {
        notes.push(form.case.to_string());
    }
    match form.privilege {
        Some(Privilege::NoPerfmon) => notes.push("without CAP_PERFMON".to_string()),
        Some(Privilege::Root) => notes.push("with CAP_PERFMON".to_string()),
        None => {}
    }
    let profiles = profiles_note(form.kernels);
    if !profiles.is_empty() {
        notes.push(profiles);
    }
    if notes.is_empty() {
        format!("`{}`", form.template)
    } else {
        format!("`{}` ({})", form.template, notes.join(", "))
    }
}

/// The Markdown table of every verifier error code (code, kernel message forms with the
/// profiles and privilege each is printed for, rule), as committed in tests/spec/README.md.
pub fn render_code_table() -> String {
    let mut s = String::new();
    let _ = writeln!(s, "| code | kernel messages | rule |");
    let _ = writeln!(s, "|---|---|---|");
    for row in &CODES {
        let forms: Vec<String> = row.forms.iter().map(form_cell).collect();
        let _ = writeln!(
            s,
            "| `{}` | {} | {} |",
            row.name,
            forms.join("; ").replace('|', "\\|"),
            row.rule.replace('|', "\\|")
        );
    }
    s
}

/// `-EINVAL`: a negative return value by name.
fn minus(e: Errno) -> String {
    format!("-{}", e.name().unwrap_or("?"))
}
