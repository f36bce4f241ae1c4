//! Which version of the scalar domain a kernel has.
//!
//! Every change to the verifier's scalar arithmetic that moves a verdict is one query
//! here, named after what it does, with the commit it mirrors and the releases that have
//! it. [`Domain::for_profile`] answers all of them once for a [`KernelProfile`]; the
//! domain code ([`crate::tnum`], [`crate::bounds`]) reads the answers and knows no version
//! numbers.
//!
//! Stable backports make a fact hold from a point release of one series without holding
//! for the first releases of the next one, so a query is a list of version ranges
//! ([`Since`]), not one version.
//!
//! Releases before 6.8 decided and refined branches differently (no register-vs-register
//! refinement); that domain is not modelled: [`Domain::for_profile`] refuses them.
//!
//! How far each release is confirmed: 6.18.44 (the live kernel here) has every change in
//! [`CHANGES`], each shown by a program whose printed states depend on it
//! (`tests/kernel.rs`). The code without a change is the code of Debian's 6.12.118 sources
//! (`linux-source-6.12`), so 6.12.y is modelled from its sources; 6.8 to 6.11 and 6.13 to
//! 6.17 are the 6.18 code with the later changes switched off, and any change of those
//! releases missing from [`CHANGES`] (for example when the sign-extension case of
//! `__reg_deduce_mixed_bounds` appeared) is UNCONFIRMED.

use skctx::{KernelProfile, KernelVersion};

const fn v(major: u16, minor: u16, patch: u16) -> KernelVersion {
    KernelVersion::with_patch(major, minor, patch)
}

/// A fact that holds from `since` on within the series `since.major.since.minor` when
/// `series_only`, or from `since` on for every later release otherwise.
#[derive(Debug, Clone, Copy)]
pub struct Since {
    pub since: KernelVersion,
    pub series_only: bool,
}

/// From `since` on, every later release too.
const fn upstream(since: KernelVersion) -> Since {
    Since {
        since,
        series_only: false,
    }
}

/// A stable backport: from `since` on, within its series only.
const fn backport(since: KernelVersion) -> Since {
    Since {
        since,
        series_only: true,
    }
}

fn holds(ranges: &[Since], version: KernelVersion) -> bool {
    ranges.iter().any(|r| {
        version >= r.since
            && (!r.series_only || (version.major, version.minor) == (r.since.major, r.since.minor))
    })
}

/// One row per change: its name, where it comes from, and where it holds.
#[derive(Debug, Clone, Copy)]
pub struct Change {
    /// Short name, also the [`Domain`] field it sets.
    pub name: &'static str,
    /// The kernel commit(s) and what was confirmed.
    pub origin: &'static str,
    pub holds: &'static [Since],
}

/// The oldest release whose branch logic is modelled (register-vs-register refinement,
/// 67420501e868 / 96381879a370 / be41a203bb9e; two deduce rounds d7f008738171).
pub const OLDEST_MODELLED: KernelVersion = v(6, 8, 0);

/// The backport series of March 2026 (BPF_END bit tracking, `tnum_step`): posted for
/// 6.18.y and 6.19.y on 2026-03-10; the point releases that first carried them are
/// UNCONFIRMED (taken as 6.18.17 and 6.19.7, the releases that series led to).
const MARCH_2026_BACKPORTS: &[Since] = &[
    backport(v(6, 18, 17)),
    backport(v(6, 19, 7)),
    upstream(v(7, 0, 0)),
];

/// The July 2025 deduction series (00bf8d0c6c9b, 5dbb19b16ac4, merged for 6.17) and its
/// stable backport to 6.12.81 (2026-04).
const DEDUCTION_2025: &[Since] = &[backport(v(6, 12, 81)), upstream(v(6, 17, 0))];

/// Every modelled change, one row each. "6.18.44 has it" means the live-kernel test
/// `every_change_has_the_hosts_answer` (tests/kernel.rs) found a program whose printed
/// states depend on it and the kernel printed the states with it.
pub const CHANGES: &[Change] = &[
    Change {
        name: "third_deduce_round",
        origin: "5dbb19b16ac4 \"bpf: Add third round of bounds deduction\" (`reg_bounds_sync`); \
                 6.18.44 has it",
        holds: DEDUCTION_2025,
    },
    Change {
        name: "s64_sign_crossing",
        origin: "00bf8d0c6c9b \"bpf: Improve bounds when s64 crosses sign boundary\" \
                 (`__reg64_deduce_bounds`); 6.18.44 has it",
        holds: DEDUCTION_2025,
    },
    Change {
        name: "s32_sign_crossing",
        origin: "fbc7aef517d8 \"bpf: Fix u32/s32 bounds when ranges cross min/max boundary\" \
                 (`__reg32_deduce_bounds`), backported with the series above to 6.12.81; its \
                 mainline release is UNCONFIRMED (6.18 assumed); 6.18.44 has it",
        holds: &[backport(v(6, 12, 81)), upstream(v(6, 18, 0))],
    },
    Change {
        name: "neg_tracking",
        origin: "\"bpf: Add range tracking for BPF_NEG\" (Song Liu, bpf-next June 2025): NEG is \
                 0 - dst instead of an unknown value; release UNCONFIRMED (6.17 assumed; \
                 6.12.118 does not have it); 6.18.44 has it",
        holds: &[upstream(v(6, 17, 0))],
    },
    Change {
        name: "mul_signed_bounds",
        origin: "\"bpf, verifier: Improve precision of BPF_MUL\" (Matan Shachnai, Dec 2024): the \
                 four signed corner products and overflow-checked unsigned products; release \
                 UNCONFIRMED (6.14 assumed; 6.12.118 does not have it); 6.18.44 has it",
        holds: &[upstream(v(6, 14, 0))],
    },
    Change {
        name: "add_sub_wrap_precision",
        origin: "\"bpf, verifier: Improve precision for BPF_ADD and BPF_SUB\" (Harishankar \
                 Vishwanathan, June 2025): unsigned bounds kept when both or neither end wraps; \
                 release UNCONFIRMED (6.17 assumed; 6.12.118 does not have it); 6.18.44 has it",
        holds: &[upstream(v(6, 17, 0))],
    },
    Change {
        name: "tnum_mul_union",
        origin: "\"bpf: Improve the general precision of tnum_mul\" (Nandakumar Edamana, merged \
                 to bpf-next Aug 2025; adds `tnum_union`); release UNCONFIRMED (6.18 assumed; \
                 6.12.118 has the older value/mask split); 6.18.44 has it",
        holds: &[upstream(v(6, 18, 0))],
    },
    Change {
        name: "jeq_tnum_overlap",
        origin: "\"bpf: Use tnums for JEQ/JNE is_branch_taken logic\" (`tnum_overlap`), in \
                 6.12.63+ (Debian 6.12 changelog); mainline release UNCONFIRMED (6.18 \
                 assumed); 6.18.44 has it",
        holds: &[backport(v(6, 12, 63)), upstream(v(6, 18, 0))],
    },
    Change {
        name: "jset_forgets_ranges",
        origin: "\"bpf: Forget ranges when refining tnum after JSET\": the not-taken side of JSET \
                 drops the ranges before narrowing the tnum; in 6.12.43+ (Debian 6.12 \
                 changelog); mainline release UNCONFIRMED (6.17 assumed); 6.18.44 has it",
        holds: &[backport(v(6, 12, 43)), upstream(v(6, 17, 0))],
    },
    Change {
        name: "bswap_tracking",
        origin: "9d2119984224 \"bpf: Add bitwise tracking for BPF_END\" (`tnum_bswap16/32/64`, \
                 `scalar_byte_swap`): byte swaps keep known bits instead of giving an unknown \
                 value; 6.18.44 has it",
        holds: MARCH_2026_BACKPORTS,
    },
    Change {
        name: "single_value_tnum",
        origin: "76e954155b45 \"bpf: Introduce tnum_step\" + efc11a667878 \"bpf: Improve \
                 bounds when tnum has a single possible value\" (`__update_reg64_bounds`); \
                 6.18.44 has it",
        holds: MARCH_2026_BACKPORTS,
    },
    Change {
        name: "sext_keeps_low_half",
        origin: "64-bit sign-extending moves whose signed low half already fits the narrow type \
                 keep the 32-bit bounds and take the s32 range as the s64 one; 6.18.44 has it, \
                 6.12.118's `coerce_reg_to_size_sx` does not; the kernel commit and release are \
                 UNCONFIRMED (6.18 assumed)",
        holds: &[upstream(v(6, 18, 0))],
    },
    Change {
        name: "fork_on_and_or",
        origin: "`maybe_fork_scalars`: AND/OR with a constant on a value in [-1, 0] explores -1 \
                 now and pushes 0; in 6.12.118's sources (its BPF_OR fix in 6.12.85, the first \
                 6.12.y with it UNCONFIRMED); mainline release UNCONFIRMED (6.18 assumed); \
                 6.18.44 has it",
        holds: &[backport(v(6, 12, 85)), upstream(v(6, 18, 0))],
    },
];

/// The answers for one kernel: what the domain code reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Domain {
    pub third_deduce_round: bool,
    pub s64_sign_crossing: bool,
    pub s32_sign_crossing: bool,
    pub neg_tracking: bool,
    pub mul_signed_bounds: bool,
    pub add_sub_wrap_precision: bool,
    pub tnum_mul_union: bool,
    pub jeq_tnum_overlap: bool,
    pub jset_forgets_ranges: bool,
    pub bswap_tracking: bool,
    pub single_value_tnum: bool,
    pub sext_keeps_low_half: bool,
    pub fork_on_and_or: bool,
}

/// A release whose scalar domain this crate does not model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unmodelled(pub KernelVersion);

impl std::fmt::Display for Unmodelled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the scalar domain of Linux {} is not modelled (oldest modelled: {})",
            self.0, OLDEST_MODELLED
        )
    }
}

impl Domain {
    /// The domain of `profile`'s release.
    pub fn for_profile(profile: KernelProfile) -> Result<Domain, Unmodelled> {
        Domain::for_version(profile.version())
    }

    /// The domain of release `version`.
    pub fn for_version(version: KernelVersion) -> Result<Domain, Unmodelled> {
        if version < OLDEST_MODELLED {
            return Err(Unmodelled(version));
        }
        let mut d = Domain::V6_8;
        for c in CHANGES.iter().filter(|c| holds(c.holds, version)) {
            d.set(c.name, true);
        }
        Ok(d)
    }

    /// The flag of change `name` (a [`CHANGES`] row), or `None` for an unknown name.
    pub fn get(&self, name: &str) -> Option<bool> {
        let mut d = *self;
        d.field(name).map(|f| *f)
    }

    /// Switches change `name` on or off (to ask "what if this kernel had it"); false for an
    /// unknown name.
    pub fn set(&mut self, name: &str, on: bool) -> bool {
        match self.field(name) {
            Some(f) => {
                *f = on;
                true
            }
            None => false,
        }
    }

    fn field(&mut self, name: &str) -> Option<&mut bool> {
        Some(match name {
            "third_deduce_round" => &mut self.third_deduce_round,
            "s64_sign_crossing" => &mut self.s64_sign_crossing,
            "s32_sign_crossing" => &mut self.s32_sign_crossing,
            "neg_tracking" => &mut self.neg_tracking,
            "mul_signed_bounds" => &mut self.mul_signed_bounds,
            "add_sub_wrap_precision" => &mut self.add_sub_wrap_precision,
            "tnum_mul_union" => &mut self.tnum_mul_union,
            "jeq_tnum_overlap" => &mut self.jeq_tnum_overlap,
            "jset_forgets_ranges" => &mut self.jset_forgets_ranges,
            "bswap_tracking" => &mut self.bswap_tracking,
            "single_value_tnum" => &mut self.single_value_tnum,
            "sext_keeps_low_half" => &mut self.sext_keeps_low_half,
            "fork_on_and_or" => &mut self.fork_on_and_or,
            _ => return None,
        })
    }

    /// The newest modelled domain: every change on.
    pub const NEWEST: Domain = Domain {
        third_deduce_round: true,
        s64_sign_crossing: true,
        s32_sign_crossing: true,
        neg_tracking: true,
        mul_signed_bounds: true,
        add_sub_wrap_precision: true,
        tnum_mul_union: true,
        jeq_tnum_overlap: true,
        jset_forgets_ranges: true,
        bswap_tracking: true,
        single_value_tnum: true,
        sext_keeps_low_half: true,
        fork_on_and_or: true,
    };

    /// The 6.8 domain: every later change off.
    pub const V6_8: Domain = Domain {
        third_deduce_round: false,
        s64_sign_crossing: false,
        s32_sign_crossing: false,
        neg_tracking: false,
        mul_signed_bounds: false,
        add_sub_wrap_precision: false,
        tnum_mul_union: false,
        jeq_tnum_overlap: false,
        jset_forgets_ranges: false,
        bswap_tracking: false,
        single_value_tnum: false,
        sext_keeps_low_half: false,
        fork_on_and_or: false,
    };

    /// `__reg_deduce_bounds` calls in `reg_bounds_sync`: two since 6.8, three later.
    pub fn deduce_rounds(self) -> usize {
        if self.third_deduce_round {
            3
        } else {
            2
        }
    }

    /// Which `tnum_mul` this kernel has.
    pub fn tnum_mul(self) -> crate::tnum::MulAlgorithm {
        if self.tnum_mul_union {
            crate::tnum::MulAlgorithm::Union
        } else {
            crate::tnum::MulAlgorithm::ValueMaskSplit
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_is_one_field_and_every_field_one_row() {
        let fields = format!("{:?}", Domain::NEWEST);
        for c in CHANGES {
            assert!(
                fields.contains(&format!("{}: true", c.name)),
                "{} has no field",
                c.name
            );
        }
        assert_eq!(fields.matches(": true").count(), CHANGES.len());
    }

    #[test]
    fn every_change_names_a_field() {
        let newest = Domain::for_version(v(7, 0, 0)).unwrap();
        assert_eq!(newest, Domain::NEWEST);
        assert_eq!(Domain::for_version(v(6, 8, 0)).unwrap(), Domain::V6_8);
    }

    #[test]
    fn backports_hold_within_their_series_only() {
        let d = |a, b, c| Domain::for_version(v(a, b, c)).unwrap();
        assert!(d(6, 18, 44).bswap_tracking);
        assert!(!d(6, 18, 0).bswap_tracking);
        assert!(!d(6, 19, 0).bswap_tracking);
        assert!(d(6, 19, 7).bswap_tracking);
        assert!(d(7, 1, 0).bswap_tracking);
        assert!(d(6, 12, 85).fork_on_and_or);
        assert!(!d(6, 13, 0).fork_on_and_or);
        assert!(d(6, 12, 81).third_deduce_round);
        assert!(!d(6, 12, 80).third_deduce_round);
        assert!(!d(6, 16, 0).third_deduce_round);
    }

    #[test]
    fn older_releases_are_refused() {
        assert_eq!(Domain::for_version(v(6, 6, 0)), Err(Unmodelled(v(6, 6, 0))));
    }
}
