//! `verifier::verify` on every case of the spec corpus (tests/spec/verifier and the programs
//! of tests/spec/runtime, which the kernel accepts), for each modelled release the case
//! applies to ([`releases`]: the named releases from 6.1 on, every release a case's range
//! starts at, and the releases of the cached kernel images, 6.1.192 and 6.12.118): where we
//! do not refuse as unsupported, the verdict, code, rejected instruction and kernel message
//! (the marker's text within ours) are the kernel's. Accepting a case the kernel rejects is
//! the worst disagreement.

use std::path::PathBuf;

use isa::Pc;
use skctx::{KernelProfile, KernelVersion};
use speccase::corpus::{prepare_case, read_corpus, Prepared};

mod common;
use speccase::format::{Case, Expectation};
use verifier::Refusal;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// One case on one profile: `Ok(true)` when we agree, `Ok(false)` when we refuse it as
/// unsupported, else the disagreement.
fn check_case(case: &Case, p: &Prepared, profile: KernelProfile) -> Result<bool, String> {
    let got = common::verify_case(case, p, profile);
    let want = case.expectation(profile.behaviours());
    match (&want, &got) {
        (_, Err(Refusal::Unsupported(_))) => Ok(false),
        (Expectation::Accept, Ok(_)) => Ok(true),
        (Expectation::Accept, Err(Refusal::Rejected(r))) => Err(format!("false reject: {r}")),
        (Expectation::Reject { code, message, .. }, Ok(_)) => {
            Err(format!("FALSE ACCEPT: kernel rejects [{code}] `{message}`"))
        }
        (
            Expectation::Reject {
                code,
                message,
                line,
                errno,
            },
            Err(Refusal::Rejected(r)),
        ) => {
            let want_pc = line.and_then(|l| p.slot_of_line(l)).map(Pc);
            let same = r.code == *code
                && r.kernel_message.contains(message.as_str())
                && (line.is_none() || r.pc == want_pc)
                && errno.is_none_or(|e| e.0 == r.errno);
            if same {
                Ok(true)
            } else {
                Err(format!(
                    "want [{code}] `{message}` at {want_pc:?} errno {errno:?}, got [{}] `{}` at {:?} errno {}",
                    r.code, r.kernel_message, r.pc, r.errno
                ))
            }
        }
    }
}

/// Cases whose expectation the corpus claims for every release but skctx's helper table
/// contradicts before 6.16 (bpf_copy_from_user(_task) "absent on 6.12", offered on 6.18):
/// the corpus needs a `# kernel:` line or skctx a correction. Printed, not counted.
const CORPUS_VS_SKCTX: [&str; 2] = [
    "helper_copy_from_user_might_sleep",
    "helper_copy_from_user_task_might_sleep",
];

/// Cases whose kernel answer our verifier is known not to give yet, with why: printed and not
/// counted, and each must still disagree (a fix removes it from here).
const KNOWN_DISAGREEMENTS: [(&str, &str); 1] = [(
    "map_update_key_half_written_no_perfmon_v6_19",
    "6.19.14 and 7.0.13 refuse the value (R3), not the half-written key (R2) as 6.18.44 \
     and this verifier do; the 6.19 change behind it is not found yet",
)];

/// The releases the corpus is checked on: the named releases ([`KernelProfile::ALL`]), the
/// first release of every case's range, and the stable releases of the kernel images the
/// corpus runs in (`tests/corpus_kernel.rs`), each kept when its scalar domain is modelled.
fn releases(files: &[speccase::corpus::SpecFile]) -> Vec<KernelProfile> {
    let images = [
        KernelVersion::with_patch(5, 10, 262),
        KernelVersion::with_patch(5, 15, 225),
        KernelVersion::with_patch(6, 1, 192),
        KernelVersion::with_patch(6, 12, 118),
        // `.ci/kernels --extra`'s images of the newest modelled series.
        KernelVersion::with_patch(6, 19, 14),
        KernelVersion::with_patch(7, 0, 13),
    ];
    let named = KernelProfile::ALL.iter().map(|p| p.version());
    let starts = files
        .iter()
        .flat_map(|f| &f.cases)
        .flat_map(|c| c.range_starts());
    let mut versions: Vec<KernelVersion> = named.chain(starts).chain(images).collect();
    versions.sort();
    versions.dedup();
    versions
        .into_iter()
        .filter_map(KernelProfile::upstream)
        .filter(|p| verifier::Domain::for_profile(*p).is_ok())
        .collect()
}

#[test]
fn corpus_cases_get_the_kernels_verdict() {
    let (files, problems) = read_corpus(&root());
    assert!(problems.is_empty(), "corpus problems: {problems:#?}");
    let profiles = releases(&files);
    let (mut total, mut agree, mut unsupported) = (0, 0, 0);
    let mut failures = Vec::new();
    let mut reasons = std::collections::BTreeMap::<String, usize>::new();
    let mut known_seen = Vec::new();
    for file in &files {
        for case in &file.cases {
            let p = match prepare_case(case, &file.name) {
                Ok(p) => p,
                Err(e) => panic!("{}: {e}", file.at(case.line)),
            };
            for &profile in profiles.iter().filter(|&&pr| case.applies_to(pr)) {
                total += 1;
                match check_case(case, &p, profile) {
                    Ok(true) => agree += 1,
                    Ok(false) => {
                        unsupported += 1;
                        if let Err(Refusal::Unsupported(why)) =
                            common::verify_case(case, &p, profile)
                        {
                            *reasons.entry(why).or_default() += 1;
                        }
                    }
                    Err(e) if KNOWN_DISAGREEMENTS.iter().any(|k| k.0 == case.name) => {
                        println!("KNOWN DISAGREEMENT {} ({profile}): {e}", case.name);
                        known_seen.push(case.name.clone());
                        total -= 1;
                    }
                    Err(e)
                        if CORPUS_VS_SKCTX.contains(&case.name.as_str())
                            && !profile.has(KernelVersion::new(6, 16)) =>
                    {
                        println!(
                            "NOT COUNTED (corpus vs skctx) {} ({profile}): {e}",
                            case.name
                        );
                        total -= 1;
                    }
                    Err(e) => failures.push(format!(
                        "{} {} ({profile}): {e}",
                        file.at(case.line),
                        case.name
                    )),
                }
            }
        }
    }
    for (name, why) in KNOWN_DISAGREEMENTS {
        assert!(
            known_seen.iter().any(|n| n == name),
            "{name} no longer disagrees ({why}): take it out of KNOWN_DISAGREEMENTS"
        );
    }
    let names: Vec<String> = profiles.iter().map(|p| p.version().to_string()).collect();
    println!(
        "{total} case runs on {} releases ({}): {agree} agree, {unsupported} unsupported",
        names.len(),
        names.join(", ")
    );
    for (why, n) in &reasons {
        println!("  unsupported {n}x: {why}");
    }
    assert!(
        failures.is_empty(),
        "{} disagreements:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(agree * 2 > total, "most cases should be supported");
}

/// What a rejection points at: the operand, and the instruction text (and source line) of
/// the related place, if any.
fn pointers(file: &speccase::corpus::SpecFile, p: &Prepared, r: &verifier::Rejection) -> String {
    let related = r.related.as_ref().map(|rel| {
        let line = p.line_of_slot(rel.pc.0).unwrap_or(0);
        format!("`{}` ({})", file.line_text(line), rel.what)
    });
    format!(
        "{:?}, related {}",
        r.operand,
        related.unwrap_or_else(|| "none".into())
    )
}

/// Rejected spec cases and what the rejection must point at on 6.18: the operand of the
/// rejected instruction, and the instruction (source text) where the value at fault was
/// written or the leaked reference acquired.
const POINTERS: [(&str, &str); 15] = [
    (
        "map_lookup_arith_before_null_check",
        "Some(Dst), related `call 1` (R0 got its value here)",
    ),
    (
        "ptr_plus_ptr",
        "Some(Dst), related `r2 = r10` (R2 got its value here)",
    ),
    (
        "priv_spill_corrupt_no_perfmon",
        "Some(Offset), related none",
    ),
    ("stack_spill_pointer_narrow", "Some(Src), related none"),
    ("priv_movsx_ptr_no_perfmon", "Some(Src), related none"),
    (
        "stack_variable_offset_read_out_of_bounds",
        "Some(Src), related `r3 += r2` (R3 got its value here)",
    ),
    ("stack_below_bottom", "Some(Offset), related none"),
    (
        "priv_map_key_partly_written_no_perfmon",
        "Some(Arg(2)), related `r2 += -4` (R2 got its value here)",
    ),
    ("alu_div_imm_zero", "Some(Src), related none"),
    ("fp_write_mov", "Some(Dst), related none"),
    (
        "sock_deref_without_null_check",
        "Some(Src), related `r2 = *(u64 *)(r1 + 0)` (R2 got its value here)",
    ),
    (
        "ret_ctx_ptr",
        "Some(Insn), related `r0 = r1` (R0 got its value here)",
    ),
    (
        "ref_unreleased",
        "Some(Insn), related `call 1` (reference id=2 acquired here)",
    ),
    (
        "ref_release_uninit",
        "Some(Arg(1)), related `call 124` (R1 got its value here)",
    ),
    ("cfg_jump_out_of_range", "Some(Target), related none"),
];

#[test]
fn rejections_point_at_their_operand_and_origin() {
    let (files, problems) = read_corpus(&root());
    assert!(problems.is_empty(), "corpus problems: {problems:#?}");
    let profile = KernelProfile::LATEST;
    let mut failures = Vec::new();
    let mut found = std::collections::BTreeSet::new();
    let mut rejected = 0;
    for file in &files {
        for case in file.cases.iter().filter(|c| c.applies_to(profile)) {
            let p = prepare_case(case, &file.name).expect("the corpus assembles");
            let got = common::verify_case(case, &p, profile);
            let Err(Refusal::Rejected(r)) = got else {
                continue;
            };
            rejected += 1;
            let said = pointers(file, &p, &r);
            if std::env::var_os("WALK_POINTERS").is_some() {
                println!("{}: {said}", case.name);
            }
            if r.pc.is_some() && r.operand.is_none() {
                failures.push(format!("{}: no operand", case.name));
            }
            if let Some((_, want)) = POINTERS.iter().find(|(n, _)| *n == case.name) {
                found.insert(case.name.clone());
                if said != *want {
                    failures.push(format!("{}: want {want}, got {said}", case.name));
                }
            }
        }
    }
    for (name, _) in POINTERS {
        if !found.contains(name) {
            failures.push(format!("{name}: not a case the walk rejects on {profile}"));
        }
    }
    println!("{rejected} rejected cases on {profile}, each with its operand");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
