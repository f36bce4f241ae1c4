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
//! The oldest modelled release is 5.10 ([`OLDEST_MODELLED`]): the domain with every change
//! off ([`Domain::V6_1`]) is the code of Debian's 6.1.192 sources (`linux-source-6.1`)
//! without the rows whose ranges 6.1.192 is in, which is also the scalar domain of Ubuntu's
//! 5.15.225 sources (`linux-source-5.15.0`: the bounds, branch and ALU functions are 6.1's
//! but for `bound_offset_subreg`) and, as far as the spec corpus and the differentials in
//! its image show, of Debian's 5.10.262; what else 5.15 and 5.10 do otherwise is asked of
//! the profile (`skctx::KernelProfile`: `scalar_type_named_scalar`, `root_reads_uninit_stack`,
//! `uninit_stack_reads_within_allocated`, `cond_jmp_reads_dst_first`,
//! `backtracks_atomic_fetch_as_load`, `global_args_take_memory`, ...) and of
//! [`crate::cfg::Change`] (`PrunePointsApart`, `ResolveAfterSubprogs`, `AtomicsUseImm`).
//! 5.11 to 5.14 ([`UNMODELLED_GAP`]) and older releases are refused.
//!
//! How far each release is confirmed: 6.18.44 (the live kernel here) has every change in
//! [`CHANGES`] that names it, each shown by a program whose printed states depend on it
//! (`tests/kernel.rs`); the same differentials run inside Debian's 6.1.192 and 6.12.118
//! images (`tests/kernel.rs`, `tests/walk_kernel.rs`), and in Debian's 6.19.14 and 7.0.13
//! images of `.ci/kernels --extra` (README, "Releases after 6.18"; the rows new in 7.0 read
//! in Debian's 7.0.13 sources). 6.1.y and 6.12.y are modelled from
//! their sources; the other releases (6.2 to 6.11, 6.13 to 6.17) are the rows switched on
//! and off by their ranges, and a row's release marked UNCONFIRMED is an assumption.

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

/// Whether `ranges` hold on a release, asked only as "is it `v` or newer" (`has`): the
/// questions [`KernelProfile::has`] records (`skctx::recorded`).
fn holds(ranges: &[Since], has: impl Fn(KernelVersion) -> bool) -> bool {
    ranges
        .iter()
        .any(|r| has(r.since) && !(r.series_only && has(next_series(r.since))))
}

/// The first release of the series after `v`'s: `v`'s series is the releases from `v.major.
/// v.minor` up to it.
const fn next_series(v: KernelVersion) -> KernelVersion {
    match v.minor.checked_add(1) {
        Some(minor) => KernelVersion::new(v.major, minor),
        None => KernelVersion::new(v.major.saturating_add(1), 0),
    }
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

/// The oldest release whose scalar domain is modelled: [`Domain::V6_1`], the domain of
/// Ubuntu's 5.15.225 and Debian's 5.10.262 too (their sources; the spec corpus and the
/// differentials agree in their images: README, "Releases before 6.1"). What else 5.10 does
/// is asked of the profile. 5.11 to 5.14 are not modelled ([`UNMODELLED_GAP`]).
pub const OLDEST_MODELLED: KernelVersion = v(5, 10, 0);

/// The releases from `.0` to before `.1` are refused as unmodelled: 5.11 to 5.14, between
/// the two images (Debian's 5.10.262 and Ubuntu's 5.15.225) that confirm the releases on either
/// side; which of the changes between them each has is not known.
pub const UNMODELLED_GAP: (KernelVersion, KernelVersion) = (v(5, 11, 0), v(5, 15, 0));

/// The newest modelled series (7.0: the spec corpus and the differentials agree in Debian's
/// 7.0.13 image, as in 6.19.14's). The next releases were run on the same in Debian's images
/// and verify otherwise (README, "Releases after 6.18"),
/// so [`FIRST_UNMODELLED`] and every later release are refused as unmodelled rather than
/// walked as the newest domain. Rows whose ranges reach past it stay as the facts they are.
pub const NEWEST_MODELLED_SERIES: KernelVersion = v(7, 0, 0);

/// The first release after [`NEWEST_MODELLED_SERIES`].
pub const FIRST_UNMODELLED: KernelVersion = next_series(NEWEST_MODELLED_SERIES);

/// The rework of the 6.8 merge window (Andrii Nakryiko's "BPF register bounds" series and
/// the register-vs-register refinement): in 6.12.118's sources, not in 6.1.192's; the
/// release of each commit is UNCONFIRMED (6.8 assumed, the release the series led to).
const V6_8_SERIES: &[Since] = &[upstream(v(6, 8, 0))];

/// Cupertino Miranda's range computation series (`is_safe_to_compute_dst_reg_range`): in
/// 6.12.118's sources, not in 6.1.192's; release UNCONFIRMED (6.10 assumed).
const RANGE_COMPUTATION_2024: &[Since] = &[upstream(v(6, 10, 0))];

/// The backport series of March 2026 (BPF_END bit tracking, `tnum_step`): posted for
/// 6.18.y and 6.19.y on 2026-03-10; the point releases that first carried them are
/// UNCONFIRMED (taken as 6.18.17 and 6.19.7, the releases that series led to): Debian's
/// 6.18.15 and 6.19.6 lack both rows, 6.19.8, 7.0.4 and 7.0.13 have them (every_change in the
/// images).
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
/// states depend on it and the kernel printed the states with it; for the walk's rows
/// (pruning, precision, linked scalars) the row names the tests that show it.
pub const CHANGES: &[Change] = &[
    Change {
        name: "bound_offset_subreg",
        origin: "\"bpf: Fix __reg_bound_offset 64->32 var_off subreg propagation\" \
                 (`__reg_bound_offset` intersects the 32-bit range with the low half of the \
                 already narrowed 64-bit tnum): in 6.1.28 (Debian 6.1 changelog), so \
                 6.1.192 has it; mainline release UNCONFIRMED (6.4 assumed)",
        holds: &[backport(v(6, 1, 28)), upstream(v(6, 4, 0))],
    },
    Change {
        name: "deduce_cross_domain",
        origin: "the 2023 rework of `__reg32_deduce_bounds`/`__reg64_deduce_bounds` (each \
                 signed and unsigned range tightened from the other even when they cross \
                 the sign, 32-bit bounds from 64-bit ones whose upper halves agree) and the \
                 new `__reg_deduce_mixed_bounds` (64-bit bounds from 32-bit ones); 6.1.192 \
                 has the older deduction (combine when the sign is known, else learn it from \
                 the unsigned range)",
        holds: V6_8_SERIES,
    },
    Change {
        name: "second_deduce_round",
        origin: "d7f008738171 \"bpf: try harder to deduce register bounds from different \
                 numeric domains\": `reg_bounds_sync` calls `__reg_deduce_bounds` twice; \
                 6.1.192 once",
        holds: V6_8_SERIES,
    },
    Change {
        name: "no_combine_after_refine",
        origin: "\"bpf: drop knowledge-losing __reg_combine_{32,64}_into_{64,32} logic\": a \
                 refined branch keeps both widths' bounds and syncs; 6.1.192 rebuilds the \
                 other width (`__reg_combine_64_into_32` resets the 32-bit bounds from the \
                 64-bit ones, `__reg_combine_32_into_64` keeps 64-bit bounds only when the \
                 upper half is known zero), and `coerce_reg_to_size` combines for 1 and 2 \
                 bytes and leaves a 4-byte truncation unsynced",
        holds: V6_8_SERIES,
    },
    Change {
        name: "range_vs_range",
        origin: "67420501e868, 96381879a370, be41a203bb9e (`is_scalar_branch_taken`, \
                 `regs_refine_cond_op`): branches are decided and refined on the ranges of \
                 both registers; 6.1.192 decides only against a constant source \
                 (`is_branch_taken`), refines only against a constant \
                 (`reg_set_min_max`/`_inv`) and intersects two unknown registers only for a \
                 64-bit JEQ/JNE (`reg_combine_min_max`)",
        holds: V6_8_SERIES,
    },
    Change {
        name: "sanity_checks",
        origin: "5f99f312bd3b \"bpf: add register bounds sanity checks and sanitization\" \
                 (`reg_bounds_sanity_check` after a refinement); 6.1.192 keeps contradictory \
                 bounds of a side that cannot happen, and `adjust_scalar_min_max_vals` makes \
                 the result unknown when the source's bounds contradict themselves",
        holds: V6_8_SERIES,
    },
    Change {
        name: "alu_safe_ops",
        origin: "`is_safe_to_compute_dst_reg_range` (\"bpf/verifier: refactor checks for range \
                 computation\", \"relax MUL range computation check\"): OR, XOR and MUL \
                 with an unknown source are computed, a shift needs a constant amount below \
                 the width, DIV and MOD give an unknown value without zero extension; in \
                 6.1.192 only ADD, SUB and AND take an unknown source, a shift by a constant \
                 past the width and DIV/MOD by a constant give an unknown value that a \
                 32-bit instruction then zero-extends",
        holds: RANGE_COMPUTATION_2024,
    },
    Change {
        name: "bitwise_signed_from_unsigned",
        origin: "AND, OR and XOR take their signed bounds from the unsigned result when it \
                 does not cross the sign (\"bpf/verifier: improve XOR and OR range \
                 computation\" and its AND counterpart); 6.1.192 only when both operands \
                 are non-negative",
        holds: RANGE_COMPUTATION_2024,
    },
    Change {
        name: "compact_scalar_print",
        origin: "the log prints a scalar's bounds compactly (`print_scalar_ranges`: \
                 `smin=smin32=0`, hex for large values, `smin32`/`umax32` names); 6.1.192 \
                 prints each bound apart in decimal (`s32_min=`, `u32_max=` as a signed \
                 number) unless it equals its counterpart; the log only, no verdict depends \
                 on it; release UNCONFIRMED (6.6 assumed, 6.12.118 has it)",
        holds: &[upstream(v(6, 6, 0))],
    },
    Change {
        name: "lsh32_sign_pattern",
        origin: "\"bpf: verifier improvement in 32bit shift sign extension pattern\" \
                 (`__scalar64_min_max_lsh`: `<< 32` keeps the shifted s32 bounds even when \
                 negative): in 6.1.165 and 6.12.75 (Debian changelogs); 6.18.44 has it. \
                 In Debian's images (every_change) 6.16.3, 6.16.12, 6.17.8, 6.17.13, 6.18.5 and \
                 6.18.15 lack it, 6.19.6, 6.19.8, 6.19.14, 7.0.4, 7.0.13, 7.1.3 and 7.1.13 have \
                 it: mainline 6.19, and 6.18.y after 6.18.15 (the first 6.18.y UNCONFIRMED, \
                 modelled: 6.18.44)",
        holds: &[
            backport(v(6, 1, 165)),
            backport(v(6, 12, 75)),
            backport(v(6, 18, 44)),
            upstream(v(6, 19, 0)),
        ],
    },
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
                 (`__reg32_deduce_bounds`), backported with the series above to 6.12.81; 6.18.44 \
                 has it. \
                 In Debian's images (every_change) 6.16.x, 6.17.x, 6.18.5, 6.18.15, 6.19.6 and \
                 6.19.8 lack it, 6.19.14, 7.0.4, 7.0.13, 7.1.3 and 7.1.13 have it: mainline \
                 7.0, and 6.19.y after 6.19.8, 6.18.y after 6.18.15 (the first of each \
                 UNCONFIRMED, modelled: 6.19.14 and 6.18.44)",
        holds: &[
            backport(v(6, 12, 81)),
            backport(v(6, 18, 44)),
            backport(v(6, 19, 14)),
            upstream(v(7, 0, 0)),
        ],
    },
    Change {
        name: "neg_tracking",
        origin: "\"bpf: Add range tracking for BPF_NEG\" (Song Liu, bpf-next June 2025): NEG is \
                 0 - dst instead of an unknown value; release 6.17: Debian's 6.16.3 and 6.16.12 \
                 lack it, 6.17.8 and 6.17.13 have it (every_change in the images); 6.12.118 \
                 does not have it; 6.18.44 has it",
        holds: &[upstream(v(6, 17, 0))],
    },
    Change {
        name: "mul_signed_bounds",
        origin: "\"bpf, verifier: Improve precision of BPF_MUL\" (Matan Shachnai, Dec 2024): the \
                 four signed corner products and overflow-checked unsigned products; release \
                 UNCONFIRMED (6.14 assumed; 6.12.118 does not have it; Debian's 6.16.3 has it); \
                 6.18.44 has it",
        holds: &[upstream(v(6, 14, 0))],
    },
    Change {
        name: "add_sub_wrap_precision",
        origin: "\"bpf, verifier: Improve precision for BPF_ADD and BPF_SUB\" (Harishankar \
                 Vishwanathan, June 2025): unsigned bounds kept when both or neither end wraps; \
                 mainline 6.17: \"[GIT PULL] BPF changes for 6.17\" (Alexei Starovoitov, \
                 2025-07-29, <20250729180626.35057-1-alexei.starovoitov@gmail.com>) lists it; \
                 6.12.118 does not have it, 6.18.44 has it",
        holds: &[upstream(v(6, 17, 0))],
    },
    Change {
        name: "tnum_mul_union",
        origin: "\"bpf: Improve the general precision of tnum_mul\" (Nandakumar Edamana, merged \
                 to bpf-next Aug 2025; adds `tnum_union`); release 6.18: \
                 Debian's 6.17.13 lacks it, 6.18.5 and 6.18.15 have it (every_change in the \
                 images); 6.12.118 has the older value/mask split; 6.18.44 has it",
        holds: &[upstream(v(6, 18, 0))],
    },
    Change {
        name: "jeq_tnum_overlap",
        origin: "\"bpf: Use tnums for JEQ/JNE is_branch_taken logic\" (`tnum_overlap`), in \
                 6.12.63+ (Debian 6.12 changelog); 6.18.44 has it. \
                 Debian's 6.17.8 and 6.17.13 have it too (`every_change_has_the_hosts_answer` \
                 in the images of `.ci/kernels --extra`; 6.16.3 and 6.16.12 print no state that \
                 tells): mainline 6.17, 6.16 UNCONFIRMED (modelled without)",
        holds: &[backport(v(6, 12, 63)), upstream(v(6, 17, 0))],
    },
    Change {
        name: "jset_forgets_ranges",
        origin: "\"bpf: Forget ranges when refining tnum after JSET\": the not-taken side of JSET \
                 drops the ranges before narrowing the tnum; in 6.1.167 and 6.12.43 (Debian \
                 changelogs); 6.18.44 has it. \
                 Debian's 6.16.3 and 6.16.12 have it too (every_change in the images): mainline \
                 6.16 or a 6.16.y backport by 6.16.3; 6.13 to 6.15 UNCONFIRMED (modelled: 6.16 \
                 on)",
        holds: &[
            backport(v(6, 1, 167)),
            backport(v(6, 12, 43)),
            upstream(v(6, 16, 0)),
        ],
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
                 6.12.118's `coerce_reg_to_size_sx` does not; the kernel commit is \
                 UNCONFIRMED. \
                 Every Debian image lacks it (every_change: 6.16.3 to 6.18.15 and 6.19.6 to \
                 7.2.12), so no mainline release up to 7.2 has it; the live 6.18.44 build has \
                 it as a 6.18.y backport after 6.18.15 or as its vendor's patch (UNCONFIRMED; \
                 modelled: 6.18.y from 6.18.44)",
        holds: &[backport(v(6, 18, 44))],
    },
    Change {
        name: "fork_on_and_or",
        origin: "`maybe_fork_scalars`: AND/OR with a constant on a value in [-1, 0] explores -1 \
                 now and pushes 0; in 6.12.118's sources (its BPF_OR fix in 6.12.85, the first \
                 6.12.y with it UNCONFIRMED); 6.18.44 has it. \
                 In Debian's images (every_change) 6.12.117 has it; 6.16.x, 6.17.x, 6.18.5, \
                 6.18.15, 6.19.6 and 6.19.8 lack it, 6.19.14, 7.0.4, 7.0.13, 7.1.3, 7.1.13, \
                 7.2.6 and 7.2.12 have it: mainline 7.0, and 6.19.y after 6.19.8, 6.18.y after \
                 6.18.15 (the first of each UNCONFIRMED, modelled: 6.19.14 and 6.18.44)",
        holds: &[
            backport(v(6, 12, 85)),
            backport(v(6, 18, 44)),
            backport(v(6, 19, 14)),
            upstream(v(7, 0, 0)),
        ],
    },
    Change {
        name: "static_liveness",
        origin: "pruning compares a fully explored checkpoint in the registers and stack slots \
                 a static analysis finds live (`compute_live_registers`, kernel/bpf/liveness.c: \
                 \"bpf: replace path-sensitive with path-insensitive live stack analysis\"); \
                 6.1.192 and 6.12.118 use read marks collected along the walk (`mark_reg_read`, \
                 `propagate_liveness`, `clean_live_states`); 6.18.44 has it",
        holds: &[upstream(v(6, 18, 0))],
    },
    Change {
        name: "regsafe_maps_ids",
        origin: "1ffc85d9298e \"bpf: verify scalar ids mapping in regsafe() using check_ids()\" \
                 and the `regs_exact` rework: precise scalars' ids and pointers' ids are mapped \
                 one to one between the states; 6.1.192's `regsafe` ignores scalar ids and \
                 compares other registers byte for byte (the same id numbers); release \
                 UNCONFIRMED (6.5 assumed), 6.12.118 has it",
        holds: &[upstream(v(6, 5, 0))],
    },
    Change {
        name: "jmp_seq_e2big",
        origin: "`push_stack` returns an error pointer: a 8193rd pending branch (`The sequence of \
                 8193 jumps is too complex.`) fails with E2BIG; 6.1.192's returns NULL and its \
                 callers EFAULT (spec case `cfg_bounded_loop_unknown_count_v6_1`); release \
                 UNCONFIRMED (6.12 assumed), 6.12.118 has it",
        holds: &[upstream(v(6, 12, 0))],
    },
    Change {
        name: "stack_scalar_vs_misc",
        origin: "\"bpf: handle scalar spill vs all MISC in stacksafe()\" \
                 (`scalar_reg_for_stack`): a spilled scalar and a slot of `STACK_MISC` bytes \
                 compare as scalars; 6.1.192's `stacksafe` compares them byte by byte; release \
                 UNCONFIRMED (6.7 assumed), 6.12.118 has it",
        holds: &[upstream(v(6, 7, 0))],
    },
    Change {
        name: "exact_loop_check",
        origin: "2793a8b015f7 \"bpf: correct loop detection for iterators convergence\": the \
                 infinite-loop check compares a checkpoint still being explored exactly \
                 (`states_equal(.., EXACT)`); 6.1.192 compares it as a prune would, in what was \
                 read so far; release UNCONFIRMED (6.7 assumed), 6.12.118 has it",
        holds: &[upstream(v(6, 7, 0))],
    },
    Change {
        name: "callback_iteration",
        origin: "ab5cfac139ab \"bpf: verify callbacks as if they are called unknown number of \
                 times\" and cafe2c21508a \"bpf: widening for callback iterators\": a \
                 callback-calling helper pushes a visit of the callback (`push_callback_call`, \
                 `bpf_loop` while `callback_depth` is below `nr_loops`, which is made \
                 precise), the callback returns to the call, the call is a forced checkpoint \
                 (`mark_calls_callback`) where the iterations converge by range, and \
                 `func_states_equal` refuses an old frame with a larger `callback_depth`; \
                 6.1.192 walks the callback once, from the call into its first instruction, \
                 and returns after the call (`__check_func_call`, `prepare_func_exit` with \
                 `tnum_in` on R0); mainline 6.7 and the 6.6.y backport b43550d7d58e (with \
                 1a5a03617bb9 for the widening) as the author lists them on the bpf list \
                 (Eduard Zingerman, 2024-09-24, <15ace64a53203acb2b26a7abcb035c4eb9364552.camel\
                 @gmail.com>: \"ab5cfac139ab for 6.7.y, b43550d7d58e for 6.6.y, not backported \
                 to 6.1.y\"); the first 6.6.y with both is 6.6.15 (kernel.org's post-receive \
                 mail for stable/linux refs/heads/linux-6.6.y, 2024-02-01, 98817289bcec..\
                 51f354b815c4 \"Linux 6.6.15\", lists both); 6.12.118 has it, 6.1.192 not",
        holds: &[backport(v(6, 6, 15)), upstream(v(6, 7, 0))],
    },
    Change {
        name: "callback_refs_shared",
        origin: "\"bpf: Drop special callback reference handling\" (Kumar Kartikeya Dwivedi, \
                 bpf-next v5 2/2, 2024-11-09, <20241109225243.2306756-3-memxor@gmail.com>): \
                 a callback's references are the program's (no `callback_ref`): its exit \
                 checks none, and it may release what its caller acquired; before it a \
                 reference acquired in a callback's own frame is a leak at the callback's \
                 exit (`check_reference_leak`) and one acquired elsewhere cannot be released \
                 there (`release_reference_state`); release UNCONFIRMED (6.13 assumed), \
                 6.12.118 has the old rule, 6.18.44 the new (tests/iter_kernel.rs)",
        holds: &[upstream(v(6, 13, 0))],
    },
    Change {
        name: "scc_replaces_loop_entry",
        origin: "\"bpf: use SCC info instead of loop_entry\" (Eduard Zingerman, 2025): the \
                 `loop_entry` of 2793a8b015f7 (`update_loop_entry` at a converged `may_goto`, \
                 carried up by `update_branch_counts`; a fully explored checkpoint whose \
                 loop entry is still being explored is compared by range and not cleaned) is \
                 gone; applied as 96c6aa4c63af \"bpf: compute SCCs in program control flow \
                 graph\", \"bpf: propagate read/precision marks over state graph backedges\" \
                 and \"bpf: remove {update,get}_loop_entry functions\", all three in \"[GIT \
                 PULL] BPF changes for 6.17\" (Alexei Starovoitov to Linus, 2025-07-29, \
                 <20250729180626.35057-1-alexei.starovoitov@gmail.com>, tag bpf-next-6.17): \
                 mainline 6.17; 6.12.118 has `loop_entry`, 6.18.44 does not",
        holds: &[upstream(v(6, 17, 0))],
    },
    Change {
        name: "subprog_precision",
        origin: "be2ef8161572 \"bpf: support precision propagation in the presence of \
                 subprogs\" (`struct backtrack_state`): backtracking follows calls and exits \
                 across frames and goes on past checkpoints that already had the marks; \
                 6.1.192 backtracks one frame, gives up at a call or exit (every scalar \
                 precise) and stops at the first parent with nothing new; release UNCONFIRMED \
                 (6.5 assumed), 6.12.118 has it",
        holds: &[upstream(v(6, 5, 0))],
    },
    Change {
        name: "stack_access_history",
        origin: "41f6f64e6999 \"bpf: support non-r10 register spill/fill to/from stack in \
                 precision tracking\" (`INSN_F_STACK_ACCESS` in the jump history) and \
                 aa30eb3260b2 \"bpf: force checkpoint when jmp history is too long\"; 6.1.192 \
                 backtracks spills and fills through R10 only, by the instruction's offset, \
                 records a jump point's arrival only when no checkpoint is made there, and \
                 forces no checkpoint; release UNCONFIRMED (6.8 assumed), 6.12.118 has it",
        holds: &[upstream(v(6, 8, 0))],
    },
    Change {
        name: "linked_add_const",
        origin: "98d7ca374ba4 \"bpf: Track delta between \"linked\" registers.\" \
                 (`BPF_ADD_CONST` in `reg->id`, the delta in `reg->off`): `rX = rY; rX += K` \
                 (64-bit, K a constant in [0, S32_MAX]) keeps rX linked to rY, a branch on \
                 either gives the other the refined value plus or minus K \
                 (`sync_linked_regs`), the log prints `id=1+4`, pruning compares the flag \
                 and the delta; 6.1.192 drops the link at any ALU op; mainline 6.11: it is in \
                 \"pull-request: bpf-next 2024-07-08\" to net-next (Daniel Borkmann, \
                 <20240708221438.10974-1-daniel@iogearbox.net>, item 7 and the shortlog), \
                 sent the week 6.10 was released, for the 6.11 merge window; 6.12.118 and \
                 6.18.44 have it, 6.1.192 not (tests/linked_kernel.rs and the spec cases of \
                 tests/spec/verifier/scalar_links.s, on the host and in both images)",
        holds: &[upstream(v(6, 11, 0))],
    },
    Change {
        name: "linked_sub_alu32",
        origin: "7a433e519364 \"bpf: Support negative offsets, BPF_SUB, and alu32 for linked \
                 register tracking\" with its fixes d7f14173c0d5 (src_reg == dst_reg, modelled as dropping the link) and \
                 bc308be380c1 (`sync_linked_regs` zero-extends when either side's link is \
                 `BPF_ADD_CONST32` and skips copies added with different widths; 6.18.44: \
                 `scalar_links.s` `linked_alu32_zext_from_the_refined_side`): negative K, `rX -= K` and `wX += K` (upper half known \
                 zero) link too, the added delta is synced (`reg_bounds_sync`); 6.18.y from \
                 6.18.33: the stable review of 2026-05-20 (\"[PATCH 6.18 130/957]\", \
                 <20260520162137.374873895@linuxfoundation.org>; bc308be380c1 is 864/957 of \
                 the same review) and kernel.org's post-receive mail for stable/linux \
                 refs/heads/linux-6.18.y of 2026-05-23, 52386a7b1beb \"Linux 6.18.32\" .. \
                 83657f418961 \"Linux 6.18.33\", which lists the backports 9f88b29b79a0 and \
                 d88e8e4a3b52; mainline 7.0: bpf.git's master was fast-forwarded to mainline \
                 with 7a433e519364 on 2026-02-10 (post-receive mail for bpf/bpf), inside the \
                 merge window that ended with 7.0-rc1 on 2026-02-22; 6.18.44 has it, \
                 6.12.118 does not (the same tests)",
        holds: &[backport(v(6, 18, 33)), upstream(v(7, 0, 0))],
    },
    Change {
        name: "loop_prunes_misc_stack",
        origin: "840692326e92 \"bpf: allow states pruning for misc/invalid slots in iterator \
                 loops\" (Eduard Zingerman, bpf-next 2025-12-31, mainline 7.0): comparing by \
                 range (an iterator's or a callback's convergence), a checkpoint's \
                 `STACK_MISC` / `STACK_INVALID` byte and `NOT_INIT` register cover anything, as \
                 a prune's do; before, the slot types had to match and an uninitialised \
                 register covered only another. 6.18.44 has it: a `bpf_loop` callback's narrow \
                 spill into a `STACK_MISC` slot converges at the call after one visit \
                 (tests/spec/verifier/cgen.s, found by tests/cgen_kernel.rs); the first 6.18.y \
                 UNCONFIRMED (6.18.33, the stable release that took 7a433e519364 from the same \
                 merge window, assumed); 6.12.118 does not (the 993rd program of cgen seed 2 \
                 in its image: lint without the change and the kernel both say id=13, 6.18.44 \
                 says id=10 as lint with it)",
        holds: &[backport(v(6, 18, 33)), upstream(v(7, 0, 0))],
    },
    Change {
        name: "linked_regs_live_only",
        origin: "2658a1720a19 \"bpf: collect only live registers in linked regs\": \
                 `collect_linked_regs` at a conditional jump skips registers not live before \
                 the instruction each frame is at (`live_regs_before` of the jump, of the call \
                 site for a caller), so a dead copy keeps its old range after the branch; \
                 6.18.44 has it (walk_random seed 12345: `R7=scalar(id=1,...)` unsynced at \
                 `from 12 to 14`, R7 dead there), 6.12.118's sources do not \
                 (`collect_linked_regs(vstate, id, ...)`); it came to 6.18.y as a stable \
                 backport (Sasha Levin's sign-off); Debian's 6.19.14 has it too (walk_wide \
                 seed 31337 in its image: `R9=scalar(id=3,smin=smin32=0,...)` unsynced at \
                 `from 26 to 29`, R9 dead there; a printed state only, which no spec case \
                 compares): the first 6.18.y and 6.19.y with it and the mainline \
                 release are UNCONFIRMED (modelled: 6.18.44, 6.19.14, and mainline 7.0)",
        holds: &[
            backport(v(6, 18, 44)),
            backport(v(6, 19, 14)),
            upstream(v(7, 0, 0)),
        ],
    },
    Change {
        name: "same_reg_decided",
        origin: "d43ad9da8052 \"bpf: Skip bounds adjustment for conditional jumps on same \
                 scalar register\" (bpf-next 2025-11, mainline 6.19): `is_scalar_branch_taken` \
                 decides a comparison of a scalar register with itself (`if w6 >= w6` always \
                 jumps, `if r6 > r6` never; JSET by whether the value may be 0) and \
                 `reg_set_min_max` leaves an undecided one unrefined; before, both sides were \
                 walked and refined through two pointers to one state. Debian's 6.19.14 and \
                 the 7.2 sources have it; the live 6.18.44 does not",
        holds: &[upstream(v(6, 19, 0))],
    },
    Change {
        name: "div_mod_tracking",
        origin: "\"bpf: Add range tracking for BPF_DIV and BPF_MOD\" (Yazhou Tang, bpf-next \
                 2026-01; mainline 7.0, as the earlier round found in Debian's 7.0.4 to 7.1.13: \
                 `r7 %= 32352` is `[0, 32351]`): DIV, SDIV, MOD and SMOD by a constant \
                 (`is_safe_to_compute_dst_reg_range`) compute the range of the instruction's \
                 width and reset the other width and the known bits; a divisor of 0 gives 0 \
                 or the dividend. Debian's 7.2 sources have it (on the `cnum` ranges of 7.2); \
                 6.19.14 and the live 6.18.44 give an unknown value",
        holds: &[upstream(v(7, 0, 0))],
    },
    Change {
        name: "jmp32_ptr_undecided",
        origin: "\"bpf: Don't predict JMP32 pointer vs zero comparisons\" (`is_branch_taken`: \
                 the low half of a valid pointer may be 0, so a 32-bit comparison of a pointer \
                 is never decided): Debian's changelogs list it in 6.12.111 and 7.2.7; the \
                 live 6.18.44 and 6.12.118 refuse `maps.s` `map_value_jmp32_null_check` as it \
                 gives, Debian's 6.17.13, 6.18.15 and 6.19.14 accept it (a `w0 == 0` on a \
                 checked map value decided not taken); the first 6.18.y and the mainline \
                 release UNCONFIRMED (modelled: 6.18.44, and 7.3, the release after 7.2). \
                 Before it (and on 6.1.192, whose `is_branch_taken` is the older one) the \
                 comparison is decided at either width",
        holds: &[
            backport(v(6, 12, 111)),
            backport(v(6, 18, 44)),
            backport(v(7, 2, 7)),
            upstream(v(7, 3, 0)),
        ],
    },
    Change {
        name: "clears_singular_ids",
        origin: "\"bpf: Clear singular ids for scalars in is_state_visited()\" (bpf-next \
                 2026-01/02, mainline 7.0; commit hash UNCONFIRMED): before a new checkpoint \
                 is stored, `clear_singular_ids` (7.2: `bpf_clear_singular_ids`) gives id 0 \
                 and delta 0 to every scalar register and spilled scalar, in every frame, \
                 whose base id (`id & ~BPF_ADD_CONST`) no other one shares; the path goes on \
                 with the cleared state, so later logs print no `id=` for it and pruning's \
                 id map no longer tells two states apart by it. Debian's 7.0.13 and 7.1.13 \
                 sources call it once, in `is_state_visited` after \
                 `mark_all_scalars_imprecise`; 6.19.14's do not have it",
        holds: &[upstream(v(7, 0, 0))],
    },
    Change {
        name: "regsafe_relaxed_scalar_ids",
        origin: "the `regsafe`/`check_scalar_ids` of linked scalars that came with the \
                 linked-register series of `linked_sub_alu32` (its comment's table: \
                 \"rold->id == 0: range\"; the exact commit UNCONFIRMED): a precise scalar of \
                 the checkpoint with no id covers the current one by range alone (whatever \
                 its id and `BPF_ADD_CONST` flags), and one with a delta maps its base id as \
                 well as its full id. Debian's 6.19.14 sources have the older form (an \
                 id-less scalar on either side gets a fresh id before the one-to-one map, so \
                 an id-less old scalar fails against a current id already mapped; the flags \
                 compared whatever the old id), 7.0.13's and 7.1.13's (`states.c`) the new \
                 one. The live 6.18.44 has it: `pruning.s` \
                 `old_scalar_without_id_covers_a_linked_one` is pruned there (34 processed; 45 \
                 with the older form); the first 6.18.y UNCONFIRMED (modelled: 6.18.33, as \
                 `linked_sub_alu32`)",
        holds: &[backport(v(6, 18, 33)), upstream(v(7, 0, 0))],
    },
    Change {
        name: "widen_ignores_ids",
        origin: "\"bpf: Relax maybe_widen_reg() constraints\" (mainline 7.0; commit hash \
                 UNCONFIRMED): `widen_imprecise_scalars` keeps an imprecise scalar whose \
                 value (bounds, known bits, delta) is the checkpoint's whatever its id \
                 (`scalars_exact_for_widen`); before, `regs_exact` also required the ids to \
                 map, so a copy linked otherwise became unknown. Debian's 7.0.13 sources \
                 have it, 6.19.14's do not; no program here shows it yet (a loop's \
                 convergence with a scalar linked differently on the two iterations); the \
                 6.18.y stable branch UNCONFIRMED (modelled without it)",
        holds: &[upstream(v(7, 0, 0))],
    },
    Change {
        name: "nospec_checks_written_bytes",
        origin: "the speculative-store check of `check_stack_write_fixed_off` (without \
                 CAP_PERFMON, `nospec_result`) looks at the type bytes the store writes, \
                 `slot_type[(slot - i) % BPF_REG_SIZE]`; before, at the slot's first `size` \
                 bytes, `slot_type[i]` (commit UNCONFIRMED). Debian's 7.1.13 and 7.2.12 \
                 sources have the new index, 6.19.14's and 7.0.13's the old one, and in their \
                 images `speculation.s` `speculative_store_into_spilled_half_is_fenced` takes \
                 15 processed instructions (not fenced), 11 on the live 6.18.44 (which has it \
                 as a stable backport: its first 6.18.y UNCONFIRMED, modelled: 6.18.44; \
                 6.17.y and older 6.18.y modelled with the old index)",
        holds: &[backport(v(6, 18, 44)), upstream(v(7, 1, 0))],
    },
    Change {
        name: "cleans_current_state",
        origin: "`is_state_visited` (7.1: `bpf_is_state_visited`, kernel/bpf/states.c) calls \
                 `clean_verifier_state` on the current state at every prune point, before \
                 it looks at the checkpoints: in each frame the registers R0-R9 dead at the \
                 frame's instruction (`live_regs_before`) become `NOT_INIT`, so the path goes \
                 on, and its checkpoints are stored, without them (a popped branch's `from X \
                 to Y:` prints only the live ones). Before, only fully explored checkpoints \
                 were cleaned (`clean_live_states`; 7.1 has no such function). Debian's \
                 7.1.13 sources have it, 6.19.14's and 7.0.13's do not; the commit UNCONFIRMED. In the \
                 7.1.13 image, with the verifier opened locally, `walk_random`'s popped \
                 branches print the kernel's registers (the whole state in 6 of 13 and 1 of 3 \
                 wide, 0 without the row; the rest differ in the stack only). Modelled: \
                 the registers. Not modelled: the same call's stack half, dead 4-byte \
                 half-slots made `STACK_POISON` by 7.1's static stack liveness \
                 (kernel/bpf/liveness.c, keyed by call site and depth): on these releases \
                 fully explored checkpoints keep losing their dead 8-byte slots \
                 (`walk/stack_live.rs`) as before",
        holds: &[upstream(v(7, 1, 0))],
    },
    Change {
        name: "narrow_store_keeps_scalar_spill",
        origin: "b0e66977dc07 \"bpf: Fix narrow scalar spill onto 64-bit spilled scalar \
                 slots\" (Tao Lyu, bpf.git Dec 2024, mainline 6.13): without CAP_PERFMON a \
                 narrow store over a spilled scalar is allowed (`check_stack_write_fixed_off`); \
                 before, it was refused as over a spilled pointer (`attempt to corrupt spilled \
                 pointer on stack`). A stable backport: Debian's 6.12.118 accepts \
                 `privilege.s` `priv_narrow_store_over_spilled_scalar_no_perfmon` as 6.18.44 \
                 does, 6.1.192 refuses it; the first 6.12.y UNCONFIRMED (modelled: 6.12.5, \
                 the stable release of December 2024), the 6.6.y backport not modelled",
        holds: &[backport(v(6, 12, 5)), upstream(v(6, 13, 0))],
    },
    Change {
        name: "var_write_scrubs_spill_slot",
        origin: "`check_stack_write_var_off` calls `scrub_special_slot` for every slot its \
                 range touches: a slot starting with a spill has all its written bytes made \
                 `STACK_MISC` (commit UNCONFIRMED); before, only the slot's register was \
                 forgotten and bytes outside the range stayed `STACK_SPILL`, so a fill there \
                 is `invalid read from stack off -8+4 size 8`. `stack.s` \
                 `stack_var_write_over_half_a_spill`: 6.18.44, 6.12.118 and 7.0.13 scrub, \
                 6.1.192 and 6.19.14 do not (their images). Stable backports: the first \
                 6.12.y and 6.18.y UNCONFIRMED (modelled: 6.12.118, 6.18.44), mainline 7.0 \
                 UNCONFIRMED (7.0.13 confirmed)",
        holds: &[
            backport(v(6, 12, 118)),
            backport(v(6, 18, 44)),
            upstream(v(7, 0, 0)),
        ],
    },
    Change {
        name: "sane_offset_ptr_wording",
        origin: "`check_reg_sane_offset` split into `_scalar` and `_ptr` (7.1's sources, \
                 commit UNCONFIRMED): a pointer sum whose minimum is out of \
                 `BPF_MAX_VAR_OFF` is `<type> pointer offset <smin> is not allowed`; before, \
                 `value <smin> makes <type> pointer be out of bounds` (6.1.192, 6.12.118, \
                 6.19.14 and 7.0.13 in their images, `sanitize.s` \
                 `san_map_value_minus_u32_root_before`). The live 6.18.44 has the new \
                 wording (`san_map_value_minus_u32_root`): a stable backport, its first \
                 6.18.y UNCONFIRMED (modelled: 6.18.44)",
        holds: &[backport(v(6, 18, 44)), upstream(v(7, 1, 0))],
    },
    Change {
        name: "sanitize_err_off_reg_is_dst",
        origin: "`adjust_reg_min_max_vals` hands `scalar op= pointer`'s destination itself to \
                 `adjust_ptr_min_max_vals` as the offset, so `sanitize_err`'s `off_reg == \
                 dst_reg` holds: `has unknown scalar with mixed signed bounds` names the \
                 destination and `has pointer with unsupported alu operation` the source; \
                 elsewhere the offset is a copy (`off_reg = *dst_reg`, Debian's 7.1.13 \
                 sources) and the two name the source and the destination. Debian's 7.0.13 \
                 sources pass `dst_reg`; in the images 6.19.14 and 7.0.13 print it so, \
                 6.1.192, 6.12.118, the live 6.18.44 and 7.1.13 the other way (`sanitize.s` \
                 `san_mixed_signed_bounds_swapped`, `san_scalar_plus_ctx` and their \
                 `_v6_19` twins; found by walk_random in the 7.0.13 image). The commits \
                 UNCONFIRMED; modelled for the 6.19.y and 7.0.y series (the first and last \
                 of each UNCONFIRMED). Debian's 5.10.262 passes the destination too (its \
                 sources; in its image `san_mixed_signed_bounds_swapped_v5_10`), 5.15.225 a \
                 copy (its image): modelled for the 5.10.y series",
        holds: &[
            backport(v(5, 10, 0)),
            backport(v(6, 19, 0)),
            backport(v(7, 0, 0)),
        ],
    },
    Change {
        name: "iter_null_arg_trusted",
        origin: "NULL as an open-coded iterator's pointer (`r1 = 0; call bpf_iter_num_next`) \
                 is refused by `check_kfunc_args`' trusted-argument NULL check, `Possibly NULL \
                 pointer passed to trusted arg0` (EACCES), on 6.18.44; 6.12.118 refuses it in \
                 `process_iter_arg` as any other value that is not a stack pointer, `arg#0 \
                 expected pointer to an iterator on stack` (EINVAL) (spec cases \
                 `iter_num_null_as_iterator*`); Debian's 6.19.14 refuses it as 6.12.118 does \
                 and 7.0.13 as 6.18.44 does (iter_kernel's `scalar_iterator` in their images): \
                 a change of 7.0 taken back to 6.18.y, not to 6.19.y by 6.19.14. The commit \
                 and the first 6.18.y UNCONFIRMED (modelled from 6.18.0)",
        holds: &[backport(v(6, 18, 0)), upstream(v(7, 0, 0))],
    },
];

/// Declares [`Domain`] with one flag per [`CHANGES`] row, and the lookup by row name.
macro_rules! domain {
    ($($name:ident),* $(,)?) => {
        /// The answers for one kernel: what the domain code reads, one flag per
        /// [`CHANGES`] row of the same name.
        ///
        /// The flags are read through accessors of the same name, each of which notes the
        /// read ([`record_reads`]): what a walk learns of its kernel's domain is recorded.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct Domain {
            $($name: bool,)*
        }

        /// Each flag's bit in [`Reads`].
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy)]
        enum Flag {
            $($name,)*
        }

        impl Domain {
            $(
                /// The flag of the [`CHANGES`] row of this name (the read is noted).
                #[inline]
                pub fn $name(&self) -> bool {
                    note_read(Flag::$name as u32, self.$name);
                    self.$name
                }
            )*

            /// Every flag, bit [`Flag`] `as u32` each (nothing is noted).
            fn bits(&self) -> u64 {
                let mut bits = 0;
                $(bits |= u64::from(self.$name) << Flag::$name as u32;)*
                bits
            }

            /// The newest modelled domain: every change on.
            pub const NEWEST: Domain = Domain { $($name: true,)* };

            /// The oldest modelled domain, 6.1's: every change off.
            pub const V6_1: Domain = Domain { $($name: false,)* };

            fn field(&mut self, name: &str) -> Option<&mut bool> {
                match name {
                    $(stringify!($name) => Some(&mut self.$name),)*
                    _ => None,
                }
            }
        }
    };
}

domain!(
    bound_offset_subreg,
    deduce_cross_domain,
    second_deduce_round,
    no_combine_after_refine,
    range_vs_range,
    sanity_checks,
    alu_safe_ops,
    bitwise_signed_from_unsigned,
    compact_scalar_print,
    lsh32_sign_pattern,
    third_deduce_round,
    s64_sign_crossing,
    s32_sign_crossing,
    neg_tracking,
    mul_signed_bounds,
    add_sub_wrap_precision,
    tnum_mul_union,
    jeq_tnum_overlap,
    jset_forgets_ranges,
    bswap_tracking,
    single_value_tnum,
    sext_keeps_low_half,
    fork_on_and_or,
    static_liveness,
    jmp_seq_e2big,
    regsafe_maps_ids,
    stack_scalar_vs_misc,
    exact_loop_check,
    callback_iteration,
    callback_refs_shared,
    scc_replaces_loop_entry,
    subprog_precision,
    stack_access_history,
    linked_add_const,
    linked_sub_alu32,
    loop_prunes_misc_stack,
    linked_regs_live_only,
    same_reg_decided,
    div_mod_tracking,
    jmp32_ptr_undecided,
    clears_singular_ids,
    regsafe_relaxed_scalar_ids,
    widen_ignores_ids,
    nospec_checks_written_bytes,
    cleans_current_state,
    narrow_store_keeps_scalar_spill,
    var_write_scrubs_spill_slot,
    sane_offset_ptr_wording,
    sanitize_err_off_reg_is_dst,
    iter_null_arg_trusted,
);

thread_local! {
    /// The flags read on this thread (bit [`Flag`] `as u32`), their values, and whether
    /// one flag was read with two values: [`record_reads`]' recording.
    static READS: std::cell::Cell<Reads> = const { std::cell::Cell::new(Reads::NONE) };
}

#[inline]
fn note_read(flag: u32, value: bool) {
    READS.with(|r| {
        let mut reads = r.get();
        let bit = 1 << flag;
        if reads.read & bit != 0 && (reads.values & bit != 0) == value {
            // Noted already with this value: the walk reads its few flags again and again.
            return;
        }
        reads.conflicting |= reads.read & bit != 0 && (reads.values & bit != 0) != value;
        reads.read |= bit;
        reads.values |= u64::from(value) << flag;
        r.set(reads);
    });
}

/// [`note_read`] of several flags at once: the bits of `read`, with the values in `values`.
#[inline]
fn note_reads(read: u64, values: u64) {
    READS.with(|r| {
        let mut reads = r.get();
        if reads.read & read == read && reads.values & read == values {
            return;
        }
        reads.conflicting |= (reads.values ^ values) & reads.read & read != 0;
        reads.read |= read;
        reads.values |= values;
        r.set(reads);
    });
}

/// What [`Domain::sync_flags`] read.
#[derive(Debug, Clone, Copy)]
pub struct SyncFlags {
    pub single_value_tnum: bool,
    pub deduce_cross_domain: bool,
    /// [`Domain::deduce_rounds`].
    pub deduce_rounds: usize,
    pub bound_offset_subreg: bool,
}

/// Which [`Domain`] flags a computation read, with their values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reads {
    read: u64,
    values: u64,
    /// Domains that differ in a flag were read: no release matches.
    conflicting: bool,
}

impl Reads {
    const NONE: Reads = Reads {
        read: 0,
        values: 0,
        conflicting: false,
    };

    /// Whether `profile`'s domain has every flag read with the value read (asked of the
    /// profile without noting, `skctx::recorded::unnoted`).
    pub fn hold_for(&self, profile: KernelProfile) -> bool {
        if self.read == 0 || self.conflicting {
            return !self.conflicting;
        }
        let domain = skctx::recorded::unnoted(|| Domain::modelled(profile));
        domain.is_some_and(|d| (d.bits() ^ self.values) & self.read == 0)
    }
}

impl Reads {
    /// Both recordings in one.
    fn merged(self, other: Reads) -> Reads {
        Reads {
            read: self.read | other.read,
            values: self.values | other.values,
            conflicting: self.conflicting
                || other.conflicting
                || (self.values ^ other.values) & self.read & other.read != 0,
        }
    }
}

/// Runs `f`, recording every [`Domain`] flag read on this thread meanwhile (reads of an
/// outer recording include the inner ones).
pub fn record_reads<T>(f: impl FnOnce() -> T) -> (T, Reads) {
    let outer = READS.with(|r| r.replace(Reads::NONE));
    let out = f();
    let inner = READS.with(|r| r.get());
    READS.with(|r| r.set(outer.merged(inner)));
    (out, inner)
}

/// Notes `reads` on this thread as if the flags were read again: for a caller that reuses
/// what a recorded computation gave instead of running it.
pub fn replay_reads(reads: Reads) {
    READS.with(|r| r.set(r.get().merged(reads)));
}

/// A release whose scalar domain this crate does not model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unmodelled(pub KernelVersion);

impl std::fmt::Display for Unmodelled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0 >= FIRST_UNMODELLED {
            return write!(
                f,
                "the verifier of Linux {} is not modelled (newer than the newest modelled \
                 series, {}.{}.y: later releases verify differently)",
                self.0, NEWEST_MODELLED_SERIES.major, NEWEST_MODELLED_SERIES.minor
            );
        }
        if self.0 >= UNMODELLED_GAP.0 {
            return write!(
                f,
                "the verifier of Linux {} is not modelled ({} to {}: no image to confirm \
                 which changes each has; modelled: {}.{}.y and {} on)",
                self.0,
                UNMODELLED_GAP.0,
                UNMODELLED_GAP.1,
                OLDEST_MODELLED.major,
                OLDEST_MODELLED.minor,
                UNMODELLED_GAP.1
            );
        }
        write!(
            f,
            "the scalar domain of Linux {} is not modelled (oldest modelled: {})",
            self.0, OLDEST_MODELLED
        )
    }
}

/// Whether release `version` is modelled: from [`OLDEST_MODELLED`] to before
/// [`FIRST_UNMODELLED`], but for [`UNMODELLED_GAP`].
pub fn is_modelled(version: KernelVersion) -> bool {
    modelled_by(|v| version >= v)
}

/// Whether `profile`'s release is modelled ([`is_modelled`]), asked of the profile only as
/// "is it `v` or newer" for the bounds (noted by `skctx::recorded`).
pub fn models(profile: KernelProfile) -> bool {
    modelled_by(|v| profile.has(v))
}

/// [`is_modelled`] asked only as "is it `v` or newer" (`has`).
fn modelled_by(has: impl Fn(KernelVersion) -> bool) -> bool {
    let in_gap = has(UNMODELLED_GAP.0) && !has(UNMODELLED_GAP.1);
    has(OLDEST_MODELLED) && !in_gap && !has(FIRST_UNMODELLED)
}

/// Releases asked for recently: lint asks for 19 on every program.
const KNOWN_MAX: usize = 32;

thread_local! {
    /// The domains computed, by release, at most [`KNOWN_MAX`].
    static KNOWN: std::cell::RefCell<Vec<(KernelVersion, Domain)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

const _: () = assert!(CHANGES.len() <= 64, "one bit per row in a u64");

impl Domain {
    /// The domain of `profile`'s release. Only "is it [`OLDEST_MODELLED`] or newer", the
    /// bounds of [`UNMODELLED_GAP`] and "is it [`FIRST_UNMODELLED`] or newer" are noted by `skctx::recorded` here: the domain's flags note their own reads
    /// ([`record_reads`]), so a walk that reads few flags matches more releases.
    pub fn for_profile(profile: KernelProfile) -> Result<Domain, Unmodelled> {
        Domain::modelled(profile).ok_or_else(|| Unmodelled(profile.version()))
    }

    /// [`Domain::for_profile`] without the error, which names (so reads) the release.
    pub fn modelled(profile: KernelProfile) -> Option<Domain> {
        let release = || skctx::recorded::unnoted(|| Domain::of_version(profile.version()));
        models(profile).then(release)
    }

    /// The domain of release `version`.
    pub fn for_version(version: KernelVersion) -> Result<Domain, Unmodelled> {
        if !is_modelled(version) {
            return Err(Unmodelled(version));
        }
        Ok(Domain::of_version(version))
    }

    /// The domain of release `version`, computed once per release and thread: every
    /// `verify` asks for it, and finding each row's field by name is a cost per call.
    fn of_version(version: KernelVersion) -> Domain {
        KNOWN.with(|known| {
            let mut known = known.borrow_mut();
            if let Some((_, d)) = known.iter().find(|(v, _)| *v == version) {
                return *d;
            }
            let rows = CHANGES
                .iter()
                .enumerate()
                .filter(|(_, c)| holds(c.holds, |v| version >= v))
                .fold(0u64, |rows, (i, _)| rows | 1 << i);
            let d = Domain::computed(rows);
            if known.len() == KNOWN_MAX {
                known.remove(0);
            }
            known.push((version, d));
            d
        })
    }

    /// The domain with the [`CHANGES`] rows of `rows` switched on.
    fn computed(rows: u64) -> Domain {
        let mut d = Domain::V6_1;
        for (_, c) in CHANGES
            .iter()
            .enumerate()
            .filter(|(i, _)| rows >> i & 1 == 1)
        {
            d.set(c.name, true);
        }
        d
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

    /// `__reg_deduce_bounds` calls in `reg_bounds_sync`: one, two since 6.8, three later.
    pub fn deduce_rounds(self) -> usize {
        1 + usize::from(self.second_deduce_round()) + usize::from(self.third_deduce_round())
    }

    /// The flags `reg_bounds_sync` reads on every call ([`crate::bounds::Scalar::sync`]'s
    /// rounds), noted together: the same reads as one accessor each, at one thread-local
    /// access instead of five.
    pub fn sync_flags(self) -> SyncFlags {
        let flags = [
            (Flag::single_value_tnum, self.single_value_tnum),
            (Flag::deduce_cross_domain, self.deduce_cross_domain),
            (Flag::second_deduce_round, self.second_deduce_round),
            (Flag::third_deduce_round, self.third_deduce_round),
            (Flag::bound_offset_subreg, self.bound_offset_subreg),
        ];
        let (read, values) = flags.iter().fold((0, 0), |(read, values), &(f, on)| {
            (read | 1 << f as u32, values | u64::from(on) << f as u32)
        });
        note_reads(read, values);
        SyncFlags {
            single_value_tnum: self.single_value_tnum,
            deduce_cross_domain: self.deduce_cross_domain,
            deduce_rounds: 1
                + usize::from(self.second_deduce_round)
                + usize::from(self.third_deduce_round),
            bound_offset_subreg: self.bound_offset_subreg,
        }
    }

    /// `on` where `flag` holds on this release, else `off`: for a result computed both
    /// ways. The flag is read (and noted, [`record_reads`]) only when the two differ, so a
    /// walk whose every such result agrees holds for the releases on both sides of it.
    #[inline]
    pub fn either<T: PartialEq>(&self, flag: impl FnOnce(&Domain) -> bool, on: T, off: T) -> T {
        if on == off || flag(self) {
            on
        } else {
            off
        }
    }

    /// `a * b` by the `tnum_mul` this kernel has ([`Domain::either`]: the flag is read
    /// where the two algorithms differ).
    pub fn tnum_mul(self, a: crate::tnum::Tnum, b: crate::tnum::Tnum) -> crate::tnum::Tnum {
        use crate::tnum::MulAlgorithm::{Union, ValueMaskSplit};
        if a.is_const() && b.is_const() {
            // Both algorithms give the exact product of two constants (tested below).
            return crate::tnum::Tnum::constant(a.value.wrapping_mul(b.value));
        }
        let (union, split) = (a.mul(b, Union), a.mul(b, ValueMaskSplit));
        self.either(Domain::tnum_mul_union, union, split)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn upstream_profile(major: u16, minor: u16, patch: u16) -> KernelProfile {
        KernelProfile::upstream(v(major, minor, patch)).unwrap()
    }

    #[test]
    fn a_flag_read_holds_for_the_releases_with_its_value_only() {
        let d = Domain::for_profile(upstream_profile(6, 10, 0)).unwrap();
        let (on, reads) = record_reads(|| d.linked_add_const());
        assert!(!on, "6.10 has no linked_add_const (6.11)");
        for (minor, holds) in [(1, true), (9, true), (10, true), (11, false), (18, false)] {
            let p = upstream_profile(6, minor, 0);
            assert_eq!(reads.hold_for(p), holds, "6.{minor}");
        }
        let (_, none) = record_reads(|| Domain::for_profile(upstream_profile(6, 10, 0)));
        assert!(
            none.hold_for(upstream_profile(6, 18, 0)),
            "computing reads no flag"
        );
        for unmodelled in [upstream_profile(5, 9, 0), upstream_profile(5, 12, 0)] {
            assert!(
                !reads.hold_for(unmodelled),
                "unmodelled releases never hold"
            );
        }
        let (_, both) = record_reads(|| {
            let newest = Domain::for_profile(KernelProfile::V6_18).unwrap();
            (d.linked_add_const(), newest.linked_add_const())
        });
        assert!(
            !both.hold_for(upstream_profile(6, 10, 0)),
            "two values: none holds"
        );
    }

    #[test]
    fn both_tnum_multiplies_give_the_product_of_two_constants() {
        use crate::tnum::{MulAlgorithm, Tnum};
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        let edges = [
            0,
            1,
            2,
            3,
            u64::MAX,
            u64::MAX - 1,
            1 << 63,
            u32::MAX as u64,
            0x1_0000_0000,
        ];
        let mut values: Vec<u64> = edges.to_vec();
        for _ in 0..200 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            values.push(x);
            values.push(x & 0xffff);
        }
        for &a in &values {
            for &b in &values {
                let product = Tnum::constant(a.wrapping_mul(b));
                for algorithm in [MulAlgorithm::Union, MulAlgorithm::ValueMaskSplit] {
                    let (ta, tb) = (Tnum::constant(a), Tnum::constant(b));
                    assert_eq!(
                        ta.mul(tb, algorithm),
                        product,
                        "{a:#x} * {b:#x}, {algorithm:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn either_reads_its_flag_only_where_the_two_results_differ() {
        let d = Domain::for_profile(upstream_profile(6, 10, 0)).unwrap();
        let (same, none) = record_reads(|| d.either(Domain::linked_add_const, 7, 7));
        assert_eq!(same, 7);
        assert!(
            none.hold_for(upstream_profile(6, 11, 0)) && none.hold_for(upstream_profile(6, 1, 0))
        );
        let (picked, read) = record_reads(|| d.either(Domain::linked_add_const, 1, 2));
        assert_eq!(picked, 2, "6.10 has no linked_add_const (6.11)");
        assert!(
            read.hold_for(upstream_profile(6, 9, 0)) && !read.hold_for(upstream_profile(6, 11, 0))
        );
        let newest = Domain::for_profile(upstream_profile(6, 18, 0)).unwrap();
        assert_eq!(newest.either(Domain::linked_add_const, 1, 2), 1);
    }

    #[test]
    fn sync_flags_note_what_their_accessors_note() {
        let mid = Domain::for_profile(upstream_profile(6, 8, 0)).unwrap();
        for d in [Domain::V6_1, mid, Domain::NEWEST] {
            let (batch, noted) = record_reads(|| d.sync_flags());
            let (each, read) = record_reads(|| {
                (
                    d.single_value_tnum(),
                    d.deduce_cross_domain(),
                    d.deduce_rounds(),
                    d.bound_offset_subreg(),
                )
            });
            assert_eq!(noted, read);
            let SyncFlags {
                single_value_tnum,
                deduce_cross_domain,
                deduce_rounds,
                bound_offset_subreg,
            } = batch;
            let batch = (
                single_value_tnum,
                deduce_cross_domain,
                deduce_rounds,
                bound_offset_subreg,
            );
            assert_eq!(batch, each);
        }
        let (_, both) = record_reads(|| (Domain::V6_1.sync_flags(), Domain::NEWEST.sync_flags()));
        assert!(
            !both.hold_for(KernelProfile::V6_18),
            "two values: none holds"
        );
    }

    #[test]
    fn computing_a_domain_notes_only_whether_the_release_is_modelled() {
        let (_, asked) = skctx::recorded::record(|| Domain::modelled(KernelProfile::V6_8));
        assert!(asked.hold_for(KernelProfile::V6_1) && asked.hold_for(KernelProfile::V6_18));
        assert!(asked.hold_for(KernelProfile::V5_15) && asked.hold_for(KernelProfile::V5_18));
        assert!(
            !asked.hold_for(KernelProfile::V5_10),
            "5.10.y: not in 5.11 to 5.14"
        );
        assert!(!asked.hold_for(upstream_profile(5, 12, 0)), "the gap");
    }

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
        let mut newest_6_18 = Domain::NEWEST;
        newest_6_18.set("same_reg_decided", false);
        newest_6_18.set("div_mod_tracking", false);
        newest_6_18.set("clears_singular_ids", false);
        newest_6_18.set("widen_ignores_ids", false);
        newest_6_18.set("sanitize_err_off_reg_is_dst", false);
        newest_6_18.set("cleans_current_state", false);
        assert_eq!(Domain::for_version(v(6, 18, 44)).unwrap(), newest_6_18);
        assert_eq!(Domain::for_version(v(6, 1, 0)).unwrap(), Domain::V6_1);
    }

    #[test]
    fn backports_hold_within_their_series_only() {
        let d = |a, b, c| Domain::of_version(v(a, b, c));
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
        assert!(d(6, 1, 192).jset_forgets_ranges && d(6, 1, 192).lsh32_sign_pattern);
        assert!(!d(6, 1, 164).lsh32_sign_pattern && !d(6, 11, 0).lsh32_sign_pattern);
        assert!(d(6, 1, 28).bound_offset_subreg && !d(6, 1, 27).bound_offset_subreg);
        assert!(!d(6, 1, 192).range_vs_range && d(6, 8, 0).range_vs_range);
        assert!(!d(6, 1, 192).linked_add_const && d(6, 12, 118).linked_add_const);
        assert!(!d(6, 12, 118).linked_sub_alu32 && d(6, 18, 44).linked_sub_alu32);
        assert!(!d(6, 19, 0).linked_sub_alu32 && d(7, 0, 0).linked_sub_alu32);
        assert!(!d(6, 18, 32).linked_sub_alu32 && d(6, 18, 33).linked_sub_alu32);
        assert!(!d(6, 6, 14).callback_iteration && d(6, 6, 15).callback_iteration);
        assert!(!d(6, 1, 192).callback_iteration && d(6, 7, 0).callback_iteration);
        assert!(!d(6, 12, 118).callback_refs_shared && d(6, 18, 44).callback_refs_shared);
        assert!(d(6, 18, 44).regsafe_relaxed_scalar_ids && d(7, 0, 0).regsafe_relaxed_scalar_ids);
        assert!(
            !d(6, 19, 14).regsafe_relaxed_scalar_ids && !d(6, 12, 118).regsafe_relaxed_scalar_ids
        );
        assert!(d(6, 18, 44).nospec_checks_written_bytes && d(7, 1, 0).nospec_checks_written_bytes);
        assert!(
            !d(6, 19, 14).nospec_checks_written_bytes && !d(7, 0, 13).nospec_checks_written_bytes
        );
        assert!(!d(6, 19, 14).clears_singular_ids && d(7, 0, 0).clears_singular_ids);
        assert!(!d(7, 0, 13).cleans_current_state && d(7, 1, 0).cleans_current_state);
    }

    #[test]
    fn releases_past_the_newest_modelled_series_are_refused() {
        let newest = NEWEST_MODELLED_SERIES;
        assert!(Domain::for_version(v(newest.major, newest.minor, 999)).is_ok());
        for (a, b, c) in [(7, 1, 0), (7, 1, 13), (7, 2, 12)] {
            let e = Domain::for_version(v(a, b, c)).unwrap_err();
            assert!(
                e.to_string().contains("newer than the newest modelled"),
                "{e}"
            );
        }
        let p = KernelProfile::upstream(v(7, 2, 0)).unwrap();
        assert!(Domain::for_profile(p).is_err());
    }

    #[test]
    fn older_releases_and_the_gap_are_refused() {
        for refused in [v(5, 9, 0), v(5, 11, 0), v(5, 14, 21)] {
            assert_eq!(Domain::for_version(refused), Err(Unmodelled(refused)));
            let p = KernelProfile::upstream(refused).unwrap();
            assert!(Domain::for_profile(p).is_err(), "{refused}");
        }
        // 5.10.y has 6.1's scalar domain; only `sanitize_err`'s register differs.
        let mut v5_10 = Domain::V6_1;
        v5_10.set("sanitize_err_off_reg_is_dst", true);
        for (modelled, domain) in [
            (v(5, 10, 0), v5_10),
            (v(5, 10, 262), v5_10),
            (v(5, 15, 0), Domain::V6_1),
        ] {
            assert_eq!(Domain::for_version(modelled), Ok(domain));
            let p = KernelProfile::upstream(modelled).unwrap();
            assert_eq!(Domain::for_profile(p), Ok(domain), "{modelled}");
        }
        assert!(Domain::for_version(v(6, 1, 0)).is_ok());
    }
}
