//! Probing the running kernel for its profile: the release, which named behaviours
//! ([`skctx::BEHAVIOURS`]) it shows, and the helpers it offers to SK_LOOKUP programs at each
//! privilege and license. Each answer comes from tiny programs loaded into the live verifier,
//! as `bpftool feature probe` does; nothing is inferred from the release number.
//!
//! Every behaviour has one probe here ([`has_behaviour`] matches on all of them), which
//! loads a program whose verifier message differs between the two sides of the behaviour and
//! refuses to guess when the message is neither.

use isa::{AluOp, CallKind, Insn, LdImmKind, Operand, Reg, Size, Width};
use skctx::{Behaviour, Behaviours, KernelProfile, Privilege, ProbedHelpers};

use crate::error::Error;
use crate::map::{Map, MapSpec};
use crate::prog::{load_insns, LoadOptions, LoadOutcome};

/// Everything `skasm probe` records about the running kernel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostProbe {
    /// `uname -r`, verbatim.
    pub release: String,
    /// The release and the behaviours found (no helper lists).
    pub profile: KernelProfile,
    pub helpers: ProbedHelpers,
}

/// The running kernel's `uname -r`.
pub fn release() -> Result<String, Error> {
    std::fs::read_to_string("/proc/sys/kernel/osrelease")
        .map(|s| s.trim().to_string())
        .map_err(|e| Error::InvalidInput(format!("cannot read the kernel release: {e}")))
}

/// The stable release the running kernel is built from: `uname -r`'s version, or for a
/// distribution kernel numbered `X.Y.0-<abi>` the release `/proc/version` or
/// `/proc/version_signature` names ([`skctx::KernelVersion::stable`]).
pub fn stable_version() -> Result<skctx::KernelVersion, Error> {
    let release = release()?;
    let texts: Vec<String> = ["/proc/version", "/proc/version_signature"]
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    skctx::KernelVersion::stable(&release, &texts)
        .map_err(|e| Error::InvalidInput(format!("kernel release `{release}`: {e}")))
}

/// The running kernel's stable release ([`stable_version`]) with the behaviours its verifier
/// shows: what `--kernel host` means. The helper table still answers for helpers (see
/// [`probe_host`] for measured ones).
pub fn host_profile() -> Result<KernelProfile, Error> {
    crate::avail::check()?;
    let version = stable_version()?;
    let base = KernelProfile::from_release(&version.to_string())
        .map_err(|e| Error::InvalidInput(format!("kernel version {version}: {e}")))?;
    Ok(base.with_behaviours(behaviours()?).with_cpus(nr_cpu_ids()?))
}

/// `nr_cpu_ids`: one more than the highest possible CPU (`/sys/devices/system/cpu/possible`,
/// e.g. `0-3` or `0,2-5`), what bounds `bpf_get_smp_processor_id` in the verifier.
pub fn nr_cpu_ids() -> Result<u32, Error> {
    let path = "/sys/devices/system/cpu/possible";
    let text =
        std::fs::read_to_string(path).map_err(|e| Error::InvalidInput(format!("{path}: {e}")))?;
    let last = (text.trim().split(',').filter_map(|part| {
        let last = part.rsplit('-').next()?;
        last.parse::<u32>().ok()
    }))
    .max()
    .ok_or_else(|| Error::InvalidInput(format!("{path}: `{}` names no CPU", text.trim())))?;
    Ok(last + 1)
}

/// Release, behaviours and helper availability of the running kernel.
pub fn probe_host() -> Result<HostProbe, Error> {
    let profile = host_profile()?;
    Ok(HostProbe {
        release: release()?,
        profile,
        helpers: helpers(profile.helper_id_limit())?,
    })
}

/// The behaviours the running kernel shows.
pub fn behaviours() -> Result<Behaviours, Error> {
    let mut found = Behaviours::NONE;
    for b in Behaviour::all() {
        if has_behaviour(b)? {
            found = found.with(b);
        }
    }
    Ok(found)
}

/// Whether the running kernel shows behaviour `b`.
pub fn has_behaviour(b: Behaviour) -> Result<bool, Error> {
    match b {
        Behaviour::SockmapLookupSockOrNull => sockmap_lookup_is_sock_or_null(),
        Behaviour::PercpuPtrNeedsPerfmon => percpu_ptr_needs_perfmon(),
        Behaviour::BpfLoopCountScalar => bpf_loop_count_is_scalar(),
    }
}

fn opts(privilege: Privilege) -> LoadOptions {
    LoadOptions {
        privilege,
        stats: false,
        initial_log_size: 16 * 1024,
        ..LoadOptions::default()
    }
}

fn mov(dst: Reg, src: Operand) -> Insn {
    Insn::Alu {
        op: AluOp::Mov,
        width: Width::W64,
        dst,
        src,
    }
}

fn inconclusive(what: &str, out: &LoadOutcome) -> Error {
    let said = match (out.message(), out.accepted()) {
        (Some(m), _) => format!("{m:?}"),
        (None, true) => "nothing (accepted)".into(),
        (None, false) => "no message it could read".into(),
    };
    let lines: Vec<&str> = out.log.lines().collect();
    let tail = lines[lines.len().saturating_sub(40)..].join("\n");
    Error::InvalidInput(format!(
        "probe `{what}` is inconclusive: the verifier said {said}; the log ends:\n{tail}"
    ))
}

/// Dereferences the result of a SOCKMAP lookup before the NULL check: the verifier names the
/// register's type, `map_value_or_null` upstream or `sock_or_null`.
fn sockmap_lookup_is_sock_or_null() -> Result<bool, Error> {
    let map = Map::create(&MapSpec::sockmap(1).named("probe_sockmap"))?;
    let prog = [
        mov(Reg::R1, Operand::Imm(0)),
        Insn::Store {
            size: Size::W,
            dst: Reg::FP,
            off: -4,
            src: Operand::Reg(Reg::R1),
        },
        mov(Reg::R2, Operand::Reg(Reg::FP)),
        Insn::Alu {
            op: AluOp::Add,
            width: Width::W64,
            dst: Reg::R2,
            src: Operand::Imm(-4),
        },
        Insn::LdImm64 {
            dst: Reg::R1,
            kind: LdImmKind::MapFd,
            imm: 0,
            imm_hi: 0,
        },
        Insn::Call(CallKind::Helper(1)),
        Insn::Load {
            size: Size::W,
            sign_extend: false,
            dst: Reg::R0,
            src: Reg::R0,
            off: 4,
        },
        mov(Reg::R0, Operand::Imm(1)),
        Insn::Exit,
    ];
    let out = load_insns(&prog, &[(4, &map)], &opts(Privilege::Root))?;
    let msg = out.message().unwrap_or_default();
    if msg.contains("invalid mem access 'sock_or_null'") {
        Ok(true)
    } else if msg.contains("invalid mem access 'map_value_or_null'") {
        Ok(false)
    } else {
        Err(inconclusive("sockmap-lookup-sock-or-null", &out))
    }
}

/// Calls `bpf_per_cpu_ptr` (#153) without CAP_PERFMON: refused as a helper this program
/// cannot use, or past that check (the uninitialised arguments are refused instead).
fn percpu_ptr_needs_perfmon() -> Result<bool, Error> {
    let out = load_insns(&call_and_exit(153), &[], &opts(Privilege::NoPerfmon))?;
    match classify(&out) {
        Availability::NotAllowed => Ok(true),
        Availability::Offered => Ok(false),
        _ => Err(inconclusive("percpu-ptr-needs-perfmon", &out)),
    }
}

/// Calls `bpf_loop` (#181) with the context as `nr_loops` and a scalar as the callback: R1,
/// checked first, is refused as not a scalar, or passes and R2 is refused. A kernel without
/// `bpf_loop` (before 5.17) has no such check.
fn bpf_loop_count_is_scalar() -> Result<bool, Error> {
    let prog = [
        mov(Reg::R2, Operand::Imm(0)),
        mov(Reg::R3, Operand::Imm(0)),
        mov(Reg::R4, Operand::Imm(0)),
        Insn::Call(CallKind::Helper(181)),
        mov(Reg::R0, Operand::Imm(0)),
        Insn::Exit,
    ];
    let out = load_insns(&prog, &[], &opts(Privilege::Root))?;
    let msg = out.message().unwrap_or_default();
    if msg.contains("R1 type=ctx expected=scalar") {
        Ok(true)
    } else if msg.starts_with("R2 ") || classify(&out) != Availability::Offered {
        Ok(false)
    } else {
        Err(inconclusive("bpf-loop-count-scalar", &out))
    }
}

fn call_and_exit(id: i32) -> [Insn; 3] {
    [
        Insn::Call(CallKind::Helper(id)),
        mov(Reg::R0, Operand::Imm(0)),
        Insn::Exit,
    ]
}

/// What loading `call <id>` says about the helper, before any argument is looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Availability {
    /// `invalid func`: the id is outside the kernel's enum.
    Invalid,
    /// `program of this type cannot use helper` (or the older `unknown func`).
    NotAllowed,
    GplOnly,
    MightSleep,
    /// Past every availability check (accepted, or refused for its arguments).
    Offered,
}

fn classify(out: &LoadOutcome) -> Availability {
    let msg = out.message().unwrap_or_default();
    if out.accepted() {
        Availability::Offered
    } else if msg.contains("invalid func") {
        Availability::Invalid
    } else if msg.contains("cannot use helper") || msg.contains("unknown func") {
        Availability::NotAllowed
    } else if msg.contains("GPL-restricted") {
        Availability::GplOnly
    } else if msg.contains("might sleep") || msg.contains("in non-sleepable prog") {
        Availability::MightSleep
    } else {
        Availability::Offered
    }
}

/// The helpers offered to SK_LOOKUP at each privilege, GPL and not, probing ids from 0 until
/// the kernel calls them invalid (at least up to `known_limit`, the helper table's count for
/// this release, and a few past it).
pub fn helpers(known_limit: i32) -> Result<ProbedHelpers, Error> {
    let mut probed = ProbedHelpers::default();
    let mut id = 0;
    loop {
        let at = |privilege, license: &str| -> Result<Availability, Error> {
            let o = LoadOptions {
                license: license.into(),
                ..opts(privilege)
            };
            Ok(classify(&load_insns(&call_and_exit(id), &[], &o)?))
        };
        let root = at(Privilege::Root, "GPL")?;
        if root == Availability::Invalid {
            if id >= known_limit {
                probed.id_limit = id;
                return Ok(probed);
            }
            id += 1;
            continue;
        }
        let offered = |a| matches!(a, Availability::Offered | Availability::MightSleep);
        if offered(root) {
            probed.root.insert(id);
            if root == Availability::MightSleep {
                probed.might_sleep.insert(id);
            }
            // The verifier checks the license before might-sleep, so a GPL-only sleepable
            // helper says `GPL-restricted` to a non-GPL program.
            if at(Privilege::Root, "Proprietary")? == Availability::GplOnly {
                probed.gpl_only.insert(id);
            }
        }
        if offered(at(Privilege::NoPerfmon, "GPL")?) {
            probed.no_perfmon.insert(id);
        }
        id += 1;
    }
}
