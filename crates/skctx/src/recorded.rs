//! Which questions a computation asked of kernel profiles, with their answers.
//!
//! A [`KernelProfile`]'s facts (its release, behaviours and probed helpers) live in
//! [`Facts`], whose fields are private to this module: every read of them, by any table of
//! this crate, the verifier or anyone else, goes through one of its accessors, and each
//! accessor notes the question and its answer in every recording open on the thread
//! ([`record`]). So a computation that depends on nothing but its inputs and the profiles it
//! reads gives the same result for any profile whose answers to the recorded questions are
//! the same ([`Answers::hold_for`]): lint verifies a program once and reuses the verdict
//! for every release that answers alike, instead of walking the program again.
//!
//! Questions asked of other profiles during a recording (a constant like
//! [`KernelProfile::LATEST`]) are noted too: that only makes fewer profiles match.

use std::cell::RefCell;
use std::hash::{Hash, Hasher};

use crate::probed::ProbedHelpers;
use crate::profile::{Behaviours, KernelProfile, KernelVersion};

/// A profile's facts, readable only through the accessors below, which record.
#[derive(Clone, Copy)]
pub(crate) struct Facts {
    version: KernelVersion,
    behaviours: Behaviours,
    helpers: Option<&'static ProbedHelpers>,
    /// `nr_cpu_ids` of the machine, when the profile is the running kernel's.
    cpus: Option<u32>,
}

impl Facts {
    pub(crate) const fn new(version: KernelVersion, behaviours: Behaviours) -> Facts {
        Facts {
            version,
            behaviours,
            helpers: None,
            cpus: None,
        }
    }

    /// These facts with the machine's CPU count (nothing is read).
    pub(crate) fn with_cpus(self, cpus: u32) -> Facts {
        Facts {
            cpus: Some(cpus),
            ..self
        }
    }

    /// The machine's CPU count, when known.
    pub(crate) fn cpus(&self) -> Option<u32> {
        note(|a| a.note_cpus(self.cpus));
        self.cpus
    }

    /// These facts with `behaviours` instead (nothing is read).
    pub(crate) fn with_behaviours(self, behaviours: Behaviours) -> Facts {
        Facts { behaviours, ..self }
    }

    /// These facts with probed `helpers` (nothing is read).
    pub(crate) fn with_helpers(self, helpers: &'static ProbedHelpers) -> Facts {
        Facts {
            helpers: Some(helpers),
            ..self
        }
    }

    /// Whether the release is `v` or newer.
    pub(crate) fn has(&self, v: KernelVersion) -> bool {
        let answer = self.version >= v;
        note(|a| a.note_has(v, answer));
        answer
    }

    /// The release itself: only an equal release answers alike.
    pub(crate) fn version(&self) -> KernelVersion {
        note(|a| a.note_version(self.version));
        self.version
    }

    /// Whether the behaviour with bit `bit` is present.
    pub(crate) fn has_behaviour_bit(&self, bit: u32) -> bool {
        note(|a| a.note_behaviours(bit, self.behaviours));
        self.behaviours.bits() & bit != 0
    }

    /// Every behaviour.
    pub(crate) fn behaviours(&self) -> Behaviours {
        note(|a| a.note_behaviours(u32::MAX, self.behaviours));
        self.behaviours
    }

    pub(crate) fn helpers(&self) -> Option<&'static ProbedHelpers> {
        note(|a| a.note_helpers(self.helpers));
        self.helpers
    }

    /// All of it, noted as read.
    #[allow(clippy::type_complexity)]
    fn whole(
        &self,
    ) -> (
        KernelVersion,
        Behaviours,
        Option<&'static ProbedHelpers>,
        Option<u32>,
    ) {
        (
            self.version(),
            self.behaviours(),
            self.helpers(),
            self.cpus(),
        )
    }
}

impl PartialEq for Facts {
    fn eq(&self, other: &Facts) -> bool {
        self.whole() == other.whole()
    }
}

impl Eq for Facts {}

impl Hash for Facts {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.whole().hash(state)
    }
}

impl std::fmt::Debug for Facts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (version, behaviours, helpers, cpus) = self.whole();
        f.debug_struct("Facts")
            .field("version", &version)
            .field("behaviours", &behaviours)
            .field("helpers", &helpers)
            .field("cpus", &cpus)
            .finish()
    }
}

/// The questions a computation asked of profiles, each with its answer.
#[derive(Debug, Clone, Default)]
pub struct Answers {
    /// The newest release `has` answered yes for.
    has_from: Option<KernelVersion>,
    /// The oldest release `has` answered no for.
    has_not: Option<KernelVersion>,
    /// The release, when it was read itself.
    version: Option<KernelVersion>,
    /// The behaviour bits asked about, and the answer's bits among them.
    behaviours_asked: u32,
    behaviours: u32,
    /// The probed helpers, when read.
    helpers: Option<Option<&'static ProbedHelpers>>,
    /// The CPU count, when read.
    cpus: Option<Option<u32>>,
    /// Two reads of one fact gave different answers (two profiles were read): no profile
    /// answers alike.
    conflicting: bool,
}

impl Answers {
    /// Whether `profile` gives every recorded answer: then a computation that read
    /// profiles only through [`Facts`] gives the same result on it.
    pub fn hold_for(&self, profile: KernelProfile) -> bool {
        let f = profile.facts();
        !self.conflicting
            && self.has_from.is_none_or(|v| f.version >= v)
            && self.has_not.is_none_or(|v| f.version < v)
            && self.version.is_none_or(|v| f.version == v)
            && f.behaviours.bits() & self.behaviours_asked == self.behaviours
            && self.helpers.is_none_or(|h| h == f.helpers)
            && self.cpus.is_none_or(|c| c == f.cpus)
    }

    /// Notes every question of `other` with its answer, as if asked again.
    fn merge(&mut self, other: &Answers) {
        if let Some(v) = other.has_from {
            self.note_has(v, true);
        }
        if let Some(v) = other.has_not {
            self.note_has(v, false);
        }
        if let Some(v) = other.version {
            self.note_version(v);
        }
        let asked = other.behaviours_asked;
        self.conflicting |=
            (self.behaviours ^ other.behaviours) & self.behaviours_asked & asked != 0;
        self.behaviours_asked |= asked;
        self.behaviours |= other.behaviours;
        if let Some(h) = other.helpers {
            self.note_helpers(h);
        }
        if let Some(c) = other.cpus {
            self.note_cpus(c);
        }
        self.conflicting |= other.conflicting;
    }

    fn note_has(&mut self, v: KernelVersion, answer: bool) {
        match answer {
            true => self.has_from = self.has_from.max(Some(v)),
            false => self.has_not = Some(self.has_not.map_or(v, |n| n.min(v))),
        }
    }

    fn note_version(&mut self, v: KernelVersion) {
        self.conflicting |= self.version.is_some_and(|seen| seen != v);
        self.version = Some(v);
    }

    fn note_behaviours(&mut self, asked: u32, behaviours: Behaviours) {
        let answer = behaviours.bits() & asked;
        self.conflicting |= (self.behaviours ^ answer) & self.behaviours_asked & asked != 0;
        self.behaviours_asked |= asked;
        self.behaviours |= answer;
    }

    fn note_cpus(&mut self, cpus: Option<u32>) {
        self.conflicting |= self.cpus.is_some_and(|seen| seen != cpus);
        self.cpus = Some(cpus);
    }

    fn note_helpers(&mut self, helpers: Option<&'static ProbedHelpers>) {
        self.conflicting |= self.helpers.is_some_and(|seen| seen != helpers);
        self.helpers = Some(helpers);
    }
}

thread_local! {
    /// The recordings open on this thread, innermost last. A question is noted in the
    /// innermost only; a recording's questions are merged into the one around it when it
    /// closes ([`close`]), so every open recording has them by the time it closes itself.
    static OPEN: RefCell<Vec<Answers>> = const { RefCell::new(Vec::new()) };
}

fn note(f: impl FnOnce(&mut Answers)) {
    OPEN.with(|open| open.borrow_mut().last_mut().map(f));
}

/// Closes the innermost recording: its answers, also noted in the recording around it
/// (its questions were asked there too).
fn close() -> Answers {
    OPEN.with(|open| {
        let mut open = open.borrow_mut();
        let inner = open.pop().unwrap_or_default();
        if let Some(outer) = open.last_mut() {
            outer.merge(&inner);
        }
        inner
    })
}

/// Closes the recording it opened if the computation unwinds.
struct Open;

impl Drop for Open {
    fn drop(&mut self) {
        close();
    }
}

/// Runs `f`, recording every question asked of any profile on this thread meanwhile.
pub fn record<T>(f: impl FnOnce() -> T) -> (T, Answers) {
    OPEN.with(|open| open.borrow_mut().push(Answers::default()));
    let guard = Open;
    let out = f();
    std::mem::forget(guard);
    (out, close())
}

/// Notes `answers` in every recording open on this thread, as if their questions were asked
/// again: for a caller that reuses what a recorded computation gave instead of running it.
pub fn replay(answers: &Answers) {
    note(|a| a.merge(answers));
}

/// Runs `f` with no recording open: for a caller that notes what it learns of the profile
/// its own way (the verifier's `Domain` computes every flag here and notes each flag a walk
/// reads), so that asking for all of it does not note all of it.
pub fn unnoted<T>(f: impl FnOnce() -> T) -> T {
    /// Puts the recordings back, also when `f` unwinds.
    struct Reopen(Vec<Answers>);
    impl Drop for Reopen {
        fn drop(&mut self) {
            let saved = std::mem::take(&mut self.0);
            OPEN.with(|open| *open.borrow_mut() = saved);
        }
    }
    let _reopen = Reopen(OPEN.with(|open| std::mem::take(&mut *open.borrow_mut())));
    f()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::kv;

    fn profile(major: u16, minor: u16) -> KernelProfile {
        KernelProfile::upstream(kv(major, minor)).unwrap()
    }

    #[test]
    fn a_threshold_holds_for_the_releases_on_its_side() {
        let ((), a) = record(|| {
            assert!(profile(6, 8).has(kv(6, 6)));
            assert!(!profile(6, 8).has(kv(6, 12)));
        });
        assert!(a.hold_for(profile(6, 6)) && a.hold_for(profile(6, 11)));
        assert!(!a.hold_for(profile(6, 5)) && !a.hold_for(profile(6, 12)));
    }

    #[test]
    fn reading_the_release_holds_for_that_release_only() {
        let (_, a) = record(|| profile(6, 8).version());
        assert!(a.hold_for(profile(6, 8)));
        assert!(!a.hold_for(profile(6, 9)));
        let (_, a) = record(|| profile(6, 8).to_string());
        assert!(a.hold_for(profile(6, 8)) && !a.hold_for(profile(6, 9)));
        let (_, a) = record(|| profile(6, 8) == KernelProfile::V6_18);
        assert!(
            !a.hold_for(profile(6, 8)),
            "two profiles read whole: none matches"
        );
    }

    #[test]
    fn nothing_asked_holds_for_every_profile_and_inner_questions_reach_outer_recordings() {
        let ((((), inner), ()), outer) = record(|| {
            (
                record(|| assert!(profile(6, 1).has(kv(6, 1)))),
                assert!(!profile(6, 1).has(kv(6, 2))),
            )
        });
        assert!(inner.hold_for(profile(6, 18)) && !inner.hold_for(profile(5, 19)));
        assert!(!outer.hold_for(profile(6, 2)) && outer.hold_for(profile(6, 1)));
        let ((), none) = record(|| ());
        assert!(none.hold_for(profile(5, 9)) && none.hold_for(profile(6, 18)));
    }

    #[test]
    fn replayed_answers_hold_as_the_questions_asked_again() {
        let (_, inner) = record(|| profile(6, 8).has(kv(6, 6)) && !profile(6, 8).has(kv(6, 12)));
        let (_, outer) = record(|| {
            replay(&inner);
            profile(6, 8).has(kv(6, 7))
        });
        assert!(outer.hold_for(profile(6, 7)) && outer.hold_for(profile(6, 11)));
        assert!(!outer.hold_for(profile(6, 6)) && !outer.hold_for(profile(6, 12)));
    }

    #[test]
    fn behaviours_asked_one_by_one_hold_where_those_agree() {
        let b = crate::profile::Behaviour::SockmapLookupSockOrNull;
        let with = profile(6, 18).with(b);
        let (_, a) = record(|| with.has_behaviour(b));
        assert!(a.hold_for(with) && !a.hold_for(profile(6, 18)));
    }
}
