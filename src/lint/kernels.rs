//! The kernels a run checks against, and each program's minimum kernel.
//!
//! `--kernel` is repeatable; each names a release, `host`, a profile file written by `skasm
//! probe` ([`crate::profiles::resolve`]) or a range `A..B`: every release `X.Y` from A to B
//! with upstream behaviour. Releases the verifier does not model, older than its oldest
//! one (`verifier::releases::OLDEST_MODELLED`) or in `verifier::releases::UNMODELLED_GAP`
//! (5.11 to 5.14), are judged against skctx's tables only (the
//! structural pass, the helpers offered, the context fields): a refusal found there is a
//! rejection, anything else is `unsupported`, never a guess that the program passes.
//!
//! The minimum kernel of a program is the oldest release from which on every release
//! accepts it (or, before the verifier's oldest release, the tables refuse nothing), with
//! the reason the release before it refuses.
//!
//! A verdict is reached once per set of answers: judging a release records every question
//! asked of its profile (`skctx::recorded`: the profile's facts are readable only through
//! recording accessors) and every flag of the verifier's domain the walk read
//! (`verifier::releases::record_reads`: the flags are readable only through noting
//! accessors), and a release that answers all of them alike gets the same verdict without
//! a second walk ([`Program::judge`]; [`Program::judge_walked`] always walks).
//!
//! [`Judging`] queues the walks of the releases `min_kernel` will likely need next for the
//! run's threads that have no file left (`super::pool`); a walk nobody started is made by
//! the program's own thread when it gets there.

use skctx::recorded::Answers;
use skctx::{KernelProfile, KernelVersion, Privilege};
use verifier::releases::Reads;
use verifier::releases::{OLDEST_MODELLED, UNMODELLED_GAP};
use verifier::{Refusal, Rejection};

use std::sync::Arc;

use super::pool::{Offered, Pool};
use crate::cli::{safe, Failure};

/// One kernel a run checks against: how it is shown, and its profile.
#[derive(Debug, Clone)]
pub struct Target {
    pub label: String,
    pub profile: KernelProfile,
    /// One release of a range `A..B`.
    pub in_range: bool,
}

/// The last minor release of each finished major series: what a range crossing a major
/// release enumerates.
const LAST_MINOR: &[(u16, u16)] = &[(5, 19)];

/// The kernels `spec` names: one, or every release of a range.
pub fn expand(spec: &str) -> Result<Vec<Target>, Failure> {
    let text = spec.trim();
    let Some((from, to)) = text.split_once("..") else {
        let profile = crate::profiles::resolve(text)?;
        let label = match text.parse::<KernelProfile>() {
            Ok(_) => profile.to_string(),
            Err(_) => format!("{} (Linux {profile})", safe(text)),
        };
        return Ok(vec![Target {
            label,
            profile,
            in_range: false,
        }]);
    };
    let release = |t: &str| {
        KernelVersion::parse(t.trim())
            .map_err(|e| Failure::Usage(format!("--kernel {}: {}", safe(text), safe(e))))
    };
    let (from, to) = (release(from)?, release(to)?);
    let (first, last) = (
        KernelProfile::FIRST_VERSION,
        KernelProfile::NEWEST_TABULATED_SERIES,
    );
    if from > to || from < first || to > last {
        return Err(Failure::Usage(format!(
            "--kernel {}: a range goes from an older to a newer release between {first} (the \
             first with SK_LOOKUP) and {last} (the newest modelled)",
            safe(text)
        )));
    }
    Ok(releases(from, to)
        .into_iter()
        .filter_map(KernelProfile::upstream)
        .map(|profile| Target {
            label: profile.version().to_string(),
            profile,
            in_range: true,
        })
        .collect())
}

/// Every release `X.Y` from `from` to `to`.
fn releases(from: KernelVersion, to: KernelVersion) -> Vec<KernelVersion> {
    let mut out = Vec::new();
    for major in from.major..=to.major {
        let lo = if major == from.major { from.minor } else { 0 };
        let hi = if major == to.major {
            to.minor
        } else {
            LAST_MINOR
                .iter()
                .find(|(m, _)| *m == major)
                .map_or(0, |(_, last)| *last)
        };
        out.extend((lo..=hi).map(|minor| KernelVersion::new(major, minor)));
    }
    out
}

/// What the verdict on one kernel needs of a linked and bound program.
pub(super) struct Program<'a> {
    pub insns: &'a [isa::RawInsn],
    pub maps: &'a [verifier::MapInfo],
    pub gpl: bool,
    pub privilege: Privilege,
    /// The `func_info` libbpf passes, when the object has it for every linked function.
    pub btf: Option<&'a [verifier::FuncInfo]>,
    /// What the tables read of the instructions, the same on every release: made on the
    /// first release older than the verifier models, kept for the others.
    pub table_view: std::cell::OnceCell<TableView>,
    /// The verdicts reached so far, each with the questions judging asked of the release
    /// and the flags of its verifier domain the walk read.
    pub verdicts: std::cell::RefCell<Vec<((Answers, Reads), Verdict)>>,
    /// The structural passes made so far, each with what making it asked of the release.
    pub cfgs: Memo<Structural<'a>>,
    /// The structural checks made so far on releases older than the verifier models (the
    /// tables judge those), each with what making it asked of the release.
    pub table_cfgs: Memo<Verdict>,
}

/// Results made so far, each with the questions making it asked of the release and the
/// verifier domain flags it read: reused for a release that answers them alike.
pub(super) type Memo<T> = std::cell::RefCell<Vec<((Answers, Reads), T)>>;

/// Where in `memo` the result for `profile` is: one made for a release that answered its
/// questions alike (they are noted again, as if `profile` was asked them), else one `make`s
/// now, recorded.
/// Why the verifier does not model release `v`: older than its oldest modelled release, or
/// in the gap between the images that confirm 5.10 and 5.15.
fn unmodelled_release(v: KernelVersion) -> String {
    if v < OLDEST_MODELLED {
        format!("older than {OLDEST_MODELLED}, the oldest release the verifier models")
    } else {
        format!(
            "in {} to before {}, which no image confirms",
            UNMODELLED_GAP.0, UNMODELLED_GAP.1
        )
    }
}

fn memo_index<T>(memo: &Memo<T>, profile: KernelProfile, make: impl FnOnce() -> T) -> usize {
    let holds = |(a, d): &(Answers, Reads)| a.hold_for(profile) && d.hold_for(profile);
    let found = memo.borrow().iter().position(|(asked, _)| holds(asked));
    if let Some(k) = found {
        let ((answers, reads), _) = &memo.borrow()[k];
        skctx::recorded::replay(answers);
        verifier::releases::replay_reads(*reads);
        return k;
    }
    let made = || skctx::recorded::record(make);
    let ((result, answers), reads) = verifier::releases::record_reads(made);
    let mut memo = memo.borrow_mut();
    memo.push(((answers, reads), result));
    memo.len() - 1
}

/// One release's verdict on a program.
pub(super) type Verdict = Result<(), Refusal>;

/// One release's structural pass of a program, or its refusal.
pub(super) type Structural<'a> = Result<verifier::cfg::Cfg<'a>, Refusal>;

/// The instructions the tables check, in slot order: the helper calls, and the accesses
/// through the context pointer (with its register).
#[derive(Default)]
pub(super) struct TableView {
    calls: Vec<(usize, isa::Insn)>,
    ctx: Vec<(usize, isa::Reg, isa::Insn)>,
}

impl TableView {
    fn of(insns: &[isa::RawInsn]) -> TableView {
        let decoded = |k| isa::decode_one(insns, isa::Pc(k)).ok();
        let calls = (0..insns.len())
            .filter_map(|k| Some((k, decoded(k)?)))
            .filter(|(_, i)| matches!(i, isa::Insn::Call(isa::CallKind::Helper(_))))
            .collect();
        let ctx = ctx_uses(insns)
            .into_iter()
            .filter_map(|(k, base)| Some((k, base, decoded(k)?)))
            .collect();
        TableView { calls, ctx }
    }
}

/// One release's verdict with what reaching it asked of the release: the questions and the
/// verifier domain flags read.
pub(super) type Walked = ((Answers, Reads), Verdict);

impl<'a> Program<'a> {
    /// A program judged with no verdict reached yet.
    pub fn new(
        (insns, maps): (&'a [isa::RawInsn], &'a [verifier::MapInfo]),
        (gpl, privilege): (bool, Privilege),
        btf: Option<&'a [verifier::FuncInfo]>,
    ) -> Program<'a> {
        Program {
            insns,
            maps,
            gpl,
            privilege,
            btf,
            table_view: Default::default(),
            verdicts: Default::default(),
            cfgs: Default::default(),
            table_cfgs: Default::default(),
        }
    }
}

impl Program<'_> {
    /// [`Program::judge_walked`], reused from a release judged before when `profile` gives
    /// the same answer to every question that judging asked of its release.
    pub fn judge(&self, profile: KernelProfile) -> Verdict {
        if let Some(verdict) = self.reached(profile) {
            return verdict;
        }
        let walked = self.walked(profile);
        let verdict = walked.1.clone();
        self.verdicts.borrow_mut().push(walked);
        verdict
    }

    /// The verdict reached for a release that answered alike, if any.
    fn reached(&self, profile: KernelProfile) -> Option<Verdict> {
        let holds = |(a, d): &(Answers, Reads)| a.hold_for(profile) && d.hold_for(profile);
        let reached = self.verdicts.borrow();
        let found = reached.iter().find(|(asked, _)| holds(asked));
        found.map(|(_, verdict)| verdict.clone())
    }

    /// The verdict on `profile`, reached now, with what reaching it asked.
    fn walked(&self, profile: KernelProfile) -> Walked {
        let walked = || skctx::recorded::record(|| self.judge_sharing(profile));
        let ((verdict, answers), reads) = verifier::releases::record_reads(walked);
        ((answers, reads), verdict)
    }

    /// The inputs, owned: for a walk on another thread.
    fn owned(&self) -> Owned {
        Owned {
            insns: self.insns.to_vec(),
            maps: self.maps.to_vec(),
            gpl: self.gpl,
            privilege: self.privilege,
            btf: self.btf.map(<[_]>::to_vec),
        }
    }

    /// [`Program::judge_walked`] with the structural pass shared between releases that
    /// answer its questions alike ([`Program::structural`]).
    fn judge_sharing(&self, profile: KernelProfile) -> Verdict {
        if !verifier::releases::models(profile) {
            return self.judge_walked(profile);
        }
        let k = self.structural(profile);
        let cfgs = self.cfgs.borrow();
        let cfg = cfgs[k].1.as_ref().map_err(Refusal::clone)?;
        let rules = (self.privilege, self.gpl);
        verifier::walk_cfg(cfg, self.maps, profile, rules, self.btf).map(|_| ())
    }

    /// Where in `cfgs` `profile`'s structural pass is: one made for a release that answered
    /// its questions alike (they are noted again, as judging `profile` asked them), else one
    /// made now.
    fn structural(&self, profile: KernelProfile) -> usize {
        let (insns, maps, with_btf) = (self.insns, self.maps, self.btf.is_some());
        memo_index(&self.cfgs, profile, || {
            verifier::structural(insns, maps, profile, self.gpl, with_btf)
        })
    }

    /// The verdict on `profile`: the verifier's where it models the release, else the
    /// tables'.
    pub fn judge_walked(&self, profile: KernelProfile) -> Verdict {
        if verifier::releases::models(profile) {
            let (insns, maps, privilege, gpl) = (self.insns, self.maps, self.privilege, self.gpl);
            return match self.btf {
                Some(f) => verifier::verify_with_btf(insns, maps, profile, privilege, gpl, f),
                None => verifier::verify(insns, maps, profile, privilege, gpl),
            }
            .map(|_| ());
        }
        let check = || {
            verifier::cfg::check(self.insns, profile)
                .map(|_| ())
                .map_err(Refusal::from)
        };
        let k = memo_index(&self.table_cfgs, profile, check);
        self.table_cfgs.borrow()[k].1.clone()?;
        if let Some(r) = self.helper_refusal(profile).or(self.ctx_refusal(profile)) {
            return Err(Refusal::Rejected(Box::new(r)));
        }
        Err(Refusal::Unsupported(format!(
            "{}, which the verifier does not model: skctx's tables (instructions, helpers, \
             context fields) refuse nothing, which is not a verdict",
            unmodelled_release(profile.version())
        )))
    }

    fn tables(&self) -> &TableView {
        self.table_view.get_or_init(|| TableView::of(self.insns))
    }

    /// The first helper call `profile` refuses before looking at the arguments.
    fn helper_refusal(&self, profile: KernelProfile) -> Option<Rejection> {
        self.tables().calls.iter().find_map(|&(k, insn)| {
            let isa::Insn::Call(isa::CallKind::Helper(id)) = insn else {
                return None;
            };
            // libbpf's poisoned relocation: refused only where reached, which the tables
            // cannot tell.
            if id == corerelo::POISON_HELPER {
                return None;
            }
            let e = skctx::check_helper_call(profile, self.privilege, id.into(), self.gpl).err()?;
            let since = skctx::helper_by_id(id)
                .and_then(|h| h.sk_lookup_since())
                .filter(|v| !profile.has(*v))
                .map_or(String::new(), |v| format!(" (offered from {v})"));
            let name = skctx::helper_by_id(id).map_or(format!("helper #{id}"), |h| h.kernel_name());
            Some(table_rejection(
                k,
                e.code(),
                format!("calls `{name}` at insn {k}{since}"),
                e.kernel_message(),
                e.errno(),
            ))
        })
    }

    /// The first access through the context pointer `profile`'s layout refuses.
    fn ctx_refusal(&self, profile: KernelProfile) -> Option<Rejection> {
        self.tables().ctx.iter().find_map(|&(k, base, insn)| {
            let e = skctx::ctx_access_of_insn(profile, &insn, base)?.err()?;
            let (off, verb) = match insn {
                isa::Insn::Load { off, .. } => (off, "reads"),
                isa::Insn::Store { off, .. } | isa::Insn::Atomic { off, .. } => (off, "writes"),
                _ => return None,
            };
            let field = skctx::CTX_FIELDS
                .iter()
                .rfind(|f| u32::try_from(off).is_ok_and(|o| f.contains(o)))
                .map_or(format!("offset {off}"), |f| format!("`{}`", f.name));
            Some(table_rejection(
                k,
                e.code(),
                format!("{verb} {field} of the context at insn {k}"),
                e.kernel_message(),
                e.errno(),
            ))
        })
    }
}

fn table_rejection(
    k: usize,
    code: skctx::Code,
    message: String,
    kernel_message: String,
    errno: i32,
) -> Rejection {
    Rejection {
        pc: Some(isa::Pc(k)),
        operand: None,
        code,
        message,
        kernel_message,
        errno,
        related: None,
    }
}

/// Each slot that dereferences a register holding the unmodified context pointer on every
/// path to it (r1 at entry, and its copies), with that register. Calls are not followed: a
/// called function's accesses are the verifier's to find.
fn ctx_uses(insns: &[isa::RawInsn]) -> Vec<(usize, isa::Reg)> {
    // Bit r set: register r holds the context pointer.
    let mut state: Vec<Option<u16>> = vec![None; insns.len()];
    let mut work = vec![0usize];
    if let Some(s) = state.first_mut() {
        *s = Some(1 << 1);
    }
    while let Some(k) = work.pop() {
        let (Some(before), Ok(insn)) = (state[k], isa::decode_one(insns, isa::Pc(k))) else {
            continue;
        };
        let after = transfer(&insn, before);
        for next in successors(&insn, k) {
            let Some(slot) = state.get_mut(next) else {
                continue;
            };
            let joined = slot.map_or(after, |s| s & after);
            if *slot != Some(joined) {
                *slot = Some(joined);
                work.push(next);
            }
        }
    }
    let mut uses = Vec::new();
    for (k, s) in state.iter().enumerate() {
        let (Some(s), Ok(insn)) = (s, isa::decode_one(insns, isa::Pc(k))) else {
            continue;
        };
        let base = match insn {
            isa::Insn::Load { src, .. } => src,
            isa::Insn::Store { dst, .. } | isa::Insn::Atomic { dst, .. } => dst,
            _ => continue,
        };
        if s & (1 << base.index()) != 0 {
            uses.push((k, base));
        }
    }
    uses
}

/// The registers holding the context after `insn`.
fn transfer(insn: &isa::Insn, ctx: u16) -> u16 {
    use isa::{AluOp, Insn, Operand, Width};
    let clear = |r: isa::Reg| ctx & !(1 << r.index());
    match *insn {
        Insn::Alu {
            op: AluOp::Mov,
            width: Width::W64,
            dst,
            src: Operand::Reg(s),
        } => clear(dst) | (((ctx >> s.index()) & 1) << dst.index()),
        Insn::Alu { dst, .. }
        | Insn::Endian { dst, .. }
        | Insn::Load { dst, .. }
        | Insn::LdImm64 { dst, .. }
        | Insn::AddrSpaceCast { dst, .. } => clear(dst),
        Insn::Atomic { src, .. } => clear(src) & !1,
        Insn::Call(_) | Insn::LegacyLoad { .. } => ctx & !0b11_1111,
        _ => ctx,
    }
}

/// The slots control goes to after `insn` at slot `k`.
fn successors(insn: &isa::Insn, k: usize) -> Vec<usize> {
    use isa::Insn;
    let at = |off: i64| usize::try_from(k as i64 + 1 + off).ok();
    match *insn {
        Insn::Exit => Vec::new(),
        Insn::Ja { off, .. } => at(off.into()).into_iter().collect(),
        Insn::JmpIf { off, .. } | Insn::MayGoto { off } => [Some(k + 1), at(off.into())]
            .into_iter()
            .flatten()
            .collect(),
        Insn::LdImm64 { .. } => vec![k + 2],
        _ => vec![k + 1],
    }
}

/// A [`Program`]'s inputs, owned by the walks offered to other threads.
struct Owned {
    insns: Vec<isa::RawInsn>,
    maps: Vec<verifier::MapInfo>,
    gpl: bool,
    privilege: Privilege,
    btf: Option<Vec<verifier::FuncInfo>>,
}

impl Owned {
    fn program(&self) -> Program<'_> {
        let btf = self.btf.as_deref();
        Program::new((&self.insns, &self.maps), (self.gpl, self.privilege), btf)
    }
}

/// A program's verdicts ([`Program::judge`]), with the walks of the releases its
/// `min_kernel` is likely to ask for next queued for the threads of the run that have
/// nothing else to do ([`Pool::offer`]). A verdict walked on another thread is the one this
/// thread would reach (a walk depends on its inputs and release only), so what the run
/// prints does not depend on which thread walked what.
pub(super) struct Judging<'p, 'a> {
    program: &'p Program<'a>,
    pool: &'p Pool,
    owned: std::cell::OnceCell<Arc<Owned>>,
    /// The releases judged or being judged, and those queued.
    asked: std::cell::RefCell<Vec<KernelProfile>>,
    /// The walks queued and not yet needed.
    offered: std::cell::RefCell<Vec<(KernelProfile, Offered<Walked>)>>,
    /// Verdicts taken from offered walks.
    pub helped: std::cell::Cell<usize>,
}

impl<'p, 'a> Judging<'p, 'a> {
    pub fn new(program: &'p Program<'a>, pool: &'p Pool) -> Judging<'p, 'a> {
        Judging {
            program,
            pool,
            owned: Default::default(),
            asked: Default::default(),
            offered: Default::default(),
            helped: Default::default(),
        }
    }

    /// [`Program::judge`], from the walk of `profile` another thread started when there is
    /// one, after queueing walks of the releases likely to be asked for next.
    pub fn judge(&self, profile: KernelProfile) -> Verdict {
        if !self.asked.borrow().contains(&profile) {
            self.asked.borrow_mut().push(profile);
        }
        self.offer_ahead();
        let mut offered = self.offered.borrow_mut();
        if let Some(k) = offered.iter().position(|(p, _)| *p == profile) {
            let (_, walk) = offered.swap_remove(k);
            drop(offered);
            // Not started: walked here, where the structural passes made so far are.
            if !walk.cancel() && self.program.reached(profile).is_none() {
                self.program.verdicts.borrow_mut().push(walk.join());
                self.helped.set(self.helped.get() + 1);
            }
        }
        self.program.judge(profile)
    }

    /// Queues walks for the other threads (as many as could run at once) while there is a
    /// release to walk; those still queued when this thread needs them are walked here.
    fn offer_ahead(&self) {
        while self.offered.borrow().len() < self.pool.helpers() {
            let Some(next) = self.next_to_offer() else {
                return;
            };
            let owned = Arc::clone(self.owned.get_or_init(|| Arc::new(self.program.owned())));
            let Some(walk) = self.pool.offer(move || owned.program().walked(next)) else {
                return;
            };
            self.asked.borrow_mut().push(next);
            self.offered.borrow_mut().push((next, walk));
        }
    }

    /// The first release in `min_kernel`'s order that the verifier models, that no verdict
    /// reached holds for and whose domain differs from every release asked for: a walk it
    /// will likely need. (A guess: a wrong one costs a walk on an idle thread, never a
    /// verdict.)
    fn next_to_offer(&self) -> Option<KernelProfile> {
        let domain = |p| skctx::recorded::unnoted(|| verifier::releases::Domain::modelled(p));
        let asked = self.asked.borrow();
        let seen: Vec<_> = asked.iter().map(|p| domain(*p)).collect();
        min_kernel_order().into_iter().find(|p| {
            let d = domain(*p);
            d.is_some()
                && !seen.contains(&d)
                && !asked.contains(p)
                && self.program.reached(*p).is_none()
        })
    }
}

/// The releases `min_kernel` judges, newest first.
fn min_kernel_order() -> Vec<KernelProfile> {
    let all = releases(
        KernelProfile::FIRST_VERSION,
        KernelProfile::LATEST.version(),
    );
    all.into_iter()
        .rev()
        .filter_map(KernelProfile::upstream)
        .collect()
}

/// A program's minimum kernel.
#[derive(Debug, Clone)]
pub struct MinKernel {
    /// `None`: no modelled release accepts it.
    pub release: Option<KernelVersion>,
    /// "needs 5.16: reads `ingress_ifindex` of the context at insn 7".
    pub reason: String,
    /// Whether the release before `release` was refused by the verifier (else by the tables).
    pub verified: bool,
}

/// The oldest release from which on `program` passes on every release up to the newest;
/// never before the newest first release of the kfuncs it calls (an older kernel's BTF has
/// no such function, so the loader fails before the verifier).
pub(super) fn min_kernel(judging: &Judging) -> MinKernel {
    kfunc_floor(
        min_kernel_by(|profile| judging.judge(profile)),
        judging.program.insns,
    )
}

/// `found`, raised to the newest first release of the kfuncs `insns` call.
fn kfunc_floor(found: MinKernel, insns: &[isa::RawInsn]) -> MinKernel {
    match newest_kfunc(insns) {
        Some(k) if found.release.is_some_and(|r| r < k.since) => MinKernel {
            release: Some(k.since),
            reason: format!("needs {}: calls the kfunc `{}`", k.since, k.name),
            verified: false,
        },
        _ => found,
    }
}

/// The called kfunc of `skctx::KFUNCS` that came last.
fn newest_kfunc(insns: &[isa::RawInsn]) -> Option<&'static skctx::Kfunc> {
    let call = isa::table::class::JMP | isa::table::jmp_op::CALL;
    insns
        .iter()
        .filter(|r| r.code == call && r.src == isa::table::call_src::KFUNC)
        .filter_map(|r| skctx::kfunc_by_id(r.imm))
        .max_by_key(|k| k.since)
}

/// [`min_kernel`] with each release's verdict from `judge`.
fn min_kernel_by(judge: impl Fn(KernelProfile) -> Verdict) -> MinKernel {
    let mut oldest_passing: Option<KernelVersion> = None;
    for profile in min_kernel_order() {
        let v = skctx::recorded::unnoted(|| profile.version());
        match judge(profile) {
            Ok(()) => oldest_passing = Some(v),
            Err(Refusal::Unsupported(why)) => {
                if oldest_passing.is_none() {
                    return MinKernel {
                        release: None,
                        reason: format!("unsupported on {v}, the newest release: {why}"),
                        verified: false,
                    };
                }
                oldest_passing = Some(v);
            }
            Err(Refusal::Rejected(r)) => {
                let at =
                    r.pc.map_or(String::new(), |pc| format!(" at insn {}", pc.0));
                let verified = verifier::releases::is_modelled(v);
                let what = if verified {
                    format!("Linux {v} rejects it{at}: {}", r.message)
                } else {
                    r.message.clone()
                };
                return match oldest_passing {
                    None => MinKernel {
                        release: None,
                        reason: format!("rejected on {v}, the newest release: {what}"),
                        verified,
                    },
                    Some(min) => MinKernel {
                        release: Some(min),
                        reason: format!("needs {min}: {what}"),
                        verified,
                    },
                };
            }
        }
    }
    MinKernel {
        release: oldest_passing,
        reason: format!(
            "the first release with SK_LOOKUP; releases before {OLDEST_MODELLED} and from {} \
             to before {} checked against skctx's tables only",
            UNMODELLED_GAP.0, UNMODELLED_GAP.1
        ),
        verified: false,
    }
}

#[cfg(test)]
mod tests {
    //! The memoised verdicts are the walked ones, on the examples, the spec corpus and
    //! generated programs: for every release `min_kernel` judges, point releases whose
    //! backports move the verifier's domain and a profile with behaviours (the examples in
    //! two orders). For the test run's budget, every [`spec_every`]th spec case and 25
    //! generated programs of proggen's default configuration, at both privileges;
    //! `LINT_MEMO_SPEC_EVERY=1` and `LINT_MEMO_PROGRAMS=<n>` check more.

    use super::*;
    use crate::lint::{loadable, Loadable};
    use std::path::{Path, PathBuf};

    fn root() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    }

    /// `min_kernel`'s releases, then point releases and one profile with behaviours.
    fn profiles() -> Vec<KernelProfile> {
        let all = releases(
            KernelProfile::FIRST_VERSION,
            KernelProfile::LATEST.version(),
        );
        let points = [(6, 1, 192), (6, 12, 81), (6, 12, 118), (6, 18, 44)];
        let points = points.map(|(a, b, c)| KernelVersion::with_patch(a, b, c));
        let mut out: Vec<KernelProfile> = all
            .into_iter()
            .rev()
            .chain(points)
            .filter_map(KernelProfile::upstream)
            .collect();
        let host = "6.18.44+sockmap-lookup-sock-or-null+percpu-ptr-needs-perfmon";
        out.push(host.parse().unwrap());
        out
    }

    /// Judgements, and walks the memoised judging made.
    #[derive(Default)]
    struct Count {
        programs: usize,
        judged: usize,
        walked: usize,
        /// Structural passes made for those walks.
        structural: usize,
        /// `min_kernel`'s verdicts walked by the other thread.
        helped: usize,
    }

    /// `min_kernel` on one of two threads, the other without an item walking every release
    /// queued (none taken back), and the verdicts it walked.
    fn helped_min_kernel<'a>(program: &(impl Fn() -> Program<'a> + Sync)) -> (String, usize) {
        let out = crate::lint::pool::parallel_on(2, &[()], |_, pool| {
            pool.leave_jobs_to_helpers();
            let program = program();
            let judging = Judging::new(&program, pool);
            let found = min_kernel(&judging);
            (format!("{found:?}"), judging.helped.get())
        });
        out.into_iter().next().unwrap_or_default()
    }

    /// Compares memoised and walked verdicts of one program on every profile, in two
    /// orders, and its `min_kernel`.
    fn compare(what: &str, l: &Loadable, gpl: bool, privilege: Privilege, count: &mut Count) {
        compare_in(what, l, (gpl, privilege), &[false], count)
    }

    /// [`compare`] with the profiles judged in each order of `orders` (`true`: oldest
    /// first).
    fn compare_in(
        what: &str,
        l: &Loadable,
        (gpl, privilege): (bool, Privilege),
        orders: &[bool],
        count: &mut Count,
    ) {
        if l.problem.is_some() {
            return;
        }
        let program = || Program::new((&l.insns, &l.maps), (gpl, privilege), l.funcs.as_deref());
        let profiles = profiles();
        let walked: Vec<String> = profiles
            .iter()
            .map(|p| format!("{:?}", program().judge_walked(*p)))
            .collect();
        for &reverse in orders {
            let memo = program();
            let mut order: Vec<usize> = (0..profiles.len()).collect();
            if reverse {
                order.reverse();
            }
            for k in order {
                let got = format!("{:?}", memo.judge(profiles[k]));
                assert_eq!(got, walked[k], "{what} on {}", profiles[k]);
            }
            count.judged += profiles.len();
            count.walked += memo.verdicts.borrow().len();
            count.structural += memo.cfgs.borrow().len();
        }
        let by_walk = kfunc_floor(
            min_kernel_by(|p| program().judge_walked(p)),
            program().insns,
        );
        let (memo, helped) = helped_min_kernel(&program);
        assert_eq!(memo, format!("{by_walk:?}"), "{what}: min_kernel");
        count.programs += 1;
        count.helped += helped;
    }

    fn compare_object(
        what: &str,
        object: &asm::Object,
        p: Privilege,
        orders: &[bool],
        count: &mut Count,
    ) {
        let gpl = crate::load::is_gpl(object);
        for l in loadable(object, None) {
            compare_in(&format!("{what} {}", l.name), &l, (gpl, p), orders, count);
        }
    }

    fn knob(name: &str, default: usize) -> usize {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
            .max(1)
    }

    /// Every how many spec cases one is checked (`LINT_MEMO_SPEC_EVERY`, default 12).
    fn spec_every() -> usize {
        knob("LINT_MEMO_SPEC_EVERY", 12)
    }

    fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
        let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .flat_map(|p| match p.is_dir() {
                true => files(&p, ext),
                false => vec![p],
            })
            .filter(|p| p.extension().is_some_and(|e| e == ext))
            .collect();
        out.sort();
        out
    }

    fn say(count: &Count, corpus: &str) {
        use std::io::Write as _;
        let line = format!(
            "memoised verdicts: {corpus}: {} programs, {} judgements, {} walks after {} \
             structural passes, as walked; min_kernel as walked with {} verdicts walked by \
             another thread",
            count.programs, count.judged, count.walked, count.structural, count.helped
        );
        let _ = writeln!(std::io::stderr(), "{line}");
        assert!(count.programs > 0, "{corpus}: no program compared");
        assert!(count.walked < count.judged, "{corpus}: nothing reused");
        assert!(
            count.helped > 0,
            "{corpus}: no verdict walked by another thread"
        );
    }

    #[test]
    fn memoised_verdicts_are_the_walked_ones_on_the_examples() {
        let mut count = Count::default();
        let examples = root().join("examples");
        let paths = files(&examples.join("c/obj"), "o");
        let sources = std::fs::read_dir(&examples)
            .unwrap()
            .map(|e| e.unwrap().path());
        for path in paths
            .into_iter()
            .chain(sources.filter(|p| p.extension() == Some("s".as_ref())))
        {
            let input = crate::load::read_input(&path, "lint").unwrap();
            let what = path.display().to_string();
            let orders = [false, true];
            compare_object(&what, &input.object, Privilege::Root, &orders, &mut count);
        }
        say(&count, "examples");
    }

    #[test]
    fn memoised_verdicts_are_the_walked_ones_on_the_spec_corpus() {
        let (files, problems) = speccase::corpus::read_corpus(&root());
        assert!(problems.is_empty(), "{problems:?}");
        let cases: Vec<(String, speccase::format::Case)> = files
            .into_iter()
            .flat_map(|f| {
                let file = f.path.display().to_string();
                f.cases.into_iter().map(move |c| (file.clone(), c))
            })
            .step_by(spec_every())
            .collect();
        let counts: Vec<Count> = std::thread::scope(|s| {
            let halves: Vec<_> = cases
                .chunks(cases.len().div_ceil(2).max(1))
                .map(|half| {
                    s.spawn(move || {
                        let mut count = Count::default();
                        for (file, case) in half {
                            let source = format!(
                                "{}\n\t.section license,\"aw\",@progbits\n\t.asciz \"{}\"\n",
                                case.source, case.license
                            );
                            let Ok(object) = asm::assemble(&source) else {
                                continue;
                            };
                            let what = format!("{file}: {}", case.name);
                            let p = case.privilege;
                            compare_object(&what, &object, p, &[false], &mut count);
                        }
                        count
                    })
                })
                .collect();
            halves.into_iter().map(|h| h.join().unwrap()).collect()
        });
        let count = counts.into_iter().fold(Count::default(), |a, b| Count {
            programs: a.programs + b.programs,
            judged: a.judged + b.judged,
            walked: a.walked + b.walked,
            structural: a.structural + b.structural,
            helped: a.helped + b.helped,
        });
        say(&count, "spec corpus");
    }

    #[test]
    fn memoised_verdicts_are_the_walked_ones_on_generated_programs() {
        let mut count = Count::default();
        let configs = [proggen::Config::default()];
        for (seed, config) in configs.into_iter().enumerate() {
            let mut generator = proggen::Generator::with_config(0x6d656d6f + seed as u64, config);
            for k in 0..knob("LINT_MEMO_PROGRAMS", 25) {
                let p = generator.program();
                let mut insns = p.raw();
                let maps = p
                    .maps
                    .iter()
                    .map(|m| {
                        insns[m.slot].src = 1;
                        let id = p.expected_maps().iter().position(|d| *d == m.map);
                        verifier::MapInfo {
                            slot: m.slot,
                            id: id.unwrap_or(0),
                            map_type: m.map.map_type,
                            key_size: m.map.key_size,
                            value_size: m.map.value_size,
                            max_entries: m.map.max_entries,
                            flags: 0,
                            frozen: None,
                            ..Default::default()
                        }
                    })
                    .collect();
                let l = Loadable {
                    section: "sk_lookup".into(),
                    name: format!("seed {seed} program {k}"),
                    insns,
                    maps,
                    problem: None,
                    funcs: None,
                    spin_locks: Vec::new(),
                };
                for privilege in [Privilege::Root, Privilege::NoPerfmon] {
                    compare(&l.name, &l, true, privilege, &mut count);
                }
            }
        }
        say(&count, "generated programs");
    }
}
