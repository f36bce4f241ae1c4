//! The verifier error code registry (`skctx::codes`) against its three users: the messages
//! skctx's own error types print, the spec corpus markers, and the table in
//! tests/spec/README.md (rendered from the registry; `UPDATE_DOCS=1` rewrites it).

use std::collections::HashSet;
use std::fs;
use std::path::PathBuf;

use isa::Reg;
use skctx::ctx::{ctx_access, CtxAccessKind};
use skctx::runtime::{check_return, reference_leak_lines, ExitValue, LeakSite};
use skctx::sock::{sock_access, sock_access_matrix};
use skctx::{
    check_helper_call, check_map_func_compatibility, render_code_table, Code, KernelProfile,
    Privilege, CODES,
};

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn names_are_unique_kebab_case_and_round_trip() {
    assert_eq!(Code::ALL.len(), CODES.len());
    for (i, code) in Code::ALL.into_iter().enumerate() {
        let name = code.name();
        assert!(
            !name.is_empty()
                && name.split('-').all(|w| !w.is_empty()
                    && w.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())),
            "`{name}` is not kebab-case"
        );
        assert_eq!(Code::from_name(name), Some(code));
        assert_eq!(name.parse::<Code>(), Ok(code));
        assert_eq!(code.to_string(), name);
        assert!(
            Code::ALL[..i].iter().all(|c| c.name() != name),
            "`{name}` registered twice"
        );
        assert!(!code.rule().is_empty(), "{name}: no rule");
    }
    assert_eq!(Code::from_name("helper-gpl-only"), None);
    assert!("null-deref".parse::<Code>().is_err());
}

#[test]
fn every_form_is_printed_somewhere_and_every_code_on_every_profile() {
    for code in Code::ALL {
        for form in code.forms() {
            // 7.1's wordings: confirmed by the spec corpus's `_v7_1` twins in Debian's 7.1.13
            // image, though no named profile (nor skctx's tables) reaches 7.1 yet.
            let v7_1 = KernelProfile::upstream(skctx::KernelVersion::new(7, 1));
            let somewhere = KernelProfile::ALL.into_iter().chain(v7_1).any(|p| {
                Privilege::ALL
                    .into_iter()
                    .any(|privilege| form.applies(p, privilege))
            });
            assert!(somewhere, "{code}: `{}` applies nowhere", form.template);
            assert_eq!(
                form.template.matches('<').count(),
                form.template.matches('>').count(),
                "{code}: unbalanced placeholder in `{}`",
                form.template
            );
        }
        for p in KernelProfile::ALL {
            assert!(
                !code.kernel_messages(p).is_empty(),
                "{code}: nothing on {p}"
            );
        }
    }
}

#[test]
fn feature_queries_pick_the_wording() {
    let msgs = |code: Code, p| code.kernel_messages(p);
    let old = KernelProfile::V5_9;
    let new = KernelProfile::LATEST;
    assert!(msgs(Code::CtxAtomic, old)[0].starts_with("BPF_XADD"));
    assert!(msgs(Code::CtxAtomic, new)[0].starts_with("BPF_ATOMIC"));
    // `invalid bpf_context access`, `R<n> leaks addr into ctx`, and `BPF_ST ...` before 6.4.
    assert_eq!(msgs(Code::CtxWrite, old).len(), 3);
    assert_eq!(msgs(Code::CtxWrite, new).len(), 2);
    assert!(msgs(Code::HelperNotAllowed, old)[0].starts_with("unknown func"));
    assert!(msgs(Code::RetvalRange, old)
        .iter()
        .all(|m| m.ends_with("(0x0; 0x1)")));
    assert!(msgs(Code::RetvalRange, new)
        .iter()
        .all(|m| m.ends_with("[0, 1]")));
}

/// `message` is one of `code`'s forms on `profile` for `privilege`.
fn assert_fits(code: Code, profile: KernelProfile, privilege: Privilege, message: &str) {
    assert!(
        code.matches_message(profile, privilege, message),
        "{code} on {profile} ({privilege}): `{message}` fits none of {:?}",
        code.kernel_messages(profile)
    );
}

/// What skctx's error types say on `profile`, with the loader privilege a message depends on
/// (`None`: both), deduplicated.
fn skctx_errors(profile: KernelProfile) -> HashSet<(Code, Option<Privilege>, String)> {
    let mut out = HashSet::new();
    let kinds = [
        CtxAccessKind::Load,
        CtxAccessKind::LoadSx,
        CtxAccessKind::Store,
        CtxAccessKind::StoreImm { dst: Reg::R1 },
        CtxAccessKind::Atomic { dst: Reg::R3 },
    ];
    for off in -4..80 {
        for size in [1, 2, 4, 8] {
            for kind in kinds {
                if let Err(e) = ctx_access(profile, off, size, kind) {
                    out.insert((e.code(), None, e.kernel_message()));
                }
            }
        }
    }
    let writes = std::iter::once(sock_access(Reg::R2, 0, 4, true));
    for r in sock_access_matrix(-4..=84).map(|(_, _, r)| r).chain(writes) {
        if let Err(e) = r {
            out.insert((e.code(), None, e.kernel_message()));
        }
    }
    // The first refusal of every map type and of every helper (all of them would be ~7000).
    let mut types_seen = HashSet::new();
    let mut funcs_seen = HashSet::new();
    for map_type in 0..40 {
        for func in 0..=212 {
            if let Err(e) = check_map_func_compatibility(profile, map_type, func) {
                if types_seen.insert(map_type) | funcs_seen.insert(func) {
                    out.insert((e.code(), None, e.kernel_message()));
                }
            }
        }
    }
    for site in [LeakSite::Exit, LeakSite::TailCall] {
        for line in reference_leak_lines(profile, site, 2, 6) {
            out.insert((site.code(), None, line));
        }
    }
    for privilege in Privilege::ALL {
        for id in (-2..=215).chain([5000]) {
            for gpl in [true, false] {
                if let Err(e) = check_helper_call(profile, privilege, id, gpl) {
                    out.insert((e.code(), Some(privilege), e.kernel_message()));
                }
            }
        }
        for r0 in exit_values() {
            if let Err(e) = check_return(profile, privilege, r0) {
                out.insert((e.code(), Some(privilege), e.kernel_message()));
            }
        }
    }
    out
}

#[test]
fn skctx_errors_print_a_form_of_their_code() {
    let mut checked = 0;
    for p in KernelProfile::ALL {
        for (code, privilege, message) in skctx_errors(p) {
            let privileges = privilege.map_or(Privilege::ALL.to_vec(), |one| vec![one]);
            for privilege in privileges {
                assert_fits(code, p, privilege, &message);
                checked += 1;
            }
        }
    }
    assert!(checked > 2_000, "only {checked} messages checked");
}

fn exit_values() -> Vec<ExitValue> {
    let scalar = |smin, smax, value, mask| ExitValue::Scalar {
        smin,
        smax,
        var_off_value: value,
        var_off_mask: mask,
    };
    vec![
        ExitValue::Uninit,
        ExitValue::constant(-1),
        ExitValue::constant(2),
        ExitValue::constant(4294967297),
        ExitValue::unknown(),
        scalar(0, 255, 0, 0xff),
        scalar(i64::MIN, 1, 0, u64::MAX - 2),
        scalar(0, i64::MAX, 0, i64::MAX as u64),
        ExitValue::Pointer { type_name: "ctx" },
        ExitValue::Pointer {
            type_name: "sock_or_null",
        },
    ]
}

const TABLE_BEGIN: &str = "<!-- codes:begin: generated by skctx::render_code_table(); regenerate with UPDATE_DOCS=1 cargo test -p skctx --test codes -->\n";
const TABLE_END: &str = "<!-- codes:end -->\n";

/// The README with its table section replaced by `table`, or why the markers are missing.
fn with_table(readme: &str, table: &str) -> Result<String, String> {
    let begin = readme
        .find(TABLE_BEGIN)
        .ok_or(format!("no line `{}`", TABLE_BEGIN.trim_end()))?;
    let start = begin + TABLE_BEGIN.len();
    let end = start
        + readme[start..].find(TABLE_END).ok_or(format!(
            "no line `{}` after the begin marker",
            TABLE_END.trim_end()
        ))?;
    Ok(format!("{}{table}{}", &readme[..start], &readme[end..]))
}

#[test]
fn spec_readme_code_table_is_current() {
    let path = repo_root().join("tests/spec/README.md");
    let readme = fs::read_to_string(&path).unwrap();
    let expected = with_table(&readme, &render_code_table())
        .unwrap_or_else(|why| panic!("{}: {why}", path.display()));
    if std::env::var_os("UPDATE_DOCS").is_some_and(|v| v == "1") {
        if expected != readme {
            fs::write(&path, &expected).unwrap();
        }
        return;
    }
    assert!(
        expected == readme,
        "the error code table in tests/spec/README.md is stale.\n\
         Regenerate it with: UPDATE_DOCS=1 cargo test -p skctx --test codes"
    );
}
