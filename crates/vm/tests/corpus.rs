//! Every runtime case of the spec corpus (`tests/spec/runtime/*.s`, whose expectations are
//! the live kernel's `BPF_PROG_TEST_RUN` answers, checked by `tests/corpus_kernel.rs` on
//! 6.1, 6.12 and 6.18) gives the same return value, selected socket and errno on the
//! interpreter, for each of those releases the case claims. Helper errnos are part of the
//! cases: their programs return SK_PASS only when `bpf_sk_assign` returned the errno the
//! kernel returned. Every run also runs on the jit, whose whole outcome must be the
//! interpreter's (`common::run_both`).
#![forbid(unsafe_code)]

mod common;

use std::path::PathBuf;

use skctx::{KernelProfile, KernelVersion, Verdict};
use speccase::corpus::{prepare_case, read_corpus, CaseKind, Prepared};
use speccase::format::{Case, RunExpect};
use vm::{MapDef, Program, RunOptions, World};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn world_of(case: &Case, p: &Prepared) -> Result<World, String> {
    let mut w = World::new();
    for (name, desc) in &case.sockets {
        w.add_socket(name, desc.clone());
    }
    for m in &p.maps {
        let def = MapDef {
            map_type: m.map_type,
            key_size: m.key_size,
            value_size: m.value_size,
            max_entries: m.max_entries,
            flags: m.flags,
        };
        let id = w.add_map(&m.name, def).map_err(|e| e.0)?;
        if let Some(offset) = p.spin_lock(&m.name) {
            w.set_spin_lock(id, offset).map_err(|e| e.0)?;
        }
    }
    for e in &case.map_entries {
        let id = w.map_id(&e.map).ok_or(format!("no map `{}`", e.map))?;
        w.put_entry(
            id,
            &skctx::world::little_endian(e.key, w.maps[id].def.key_size),
            &skctx::world::EntryValue::Socket(e.socket.clone()),
        )
        .map_err(|e| e.0)?;
    }
    Ok(w)
}

/// The program, verified when our verifier passes it (else run unverified: the question
/// here is the runtime answer).
fn program_of(case: &Case, p: &Prepared, profile: KernelProfile) -> (Program, bool) {
    let infos = casemaps::map_infos(p);
    let gpl = skctx::license_is_gpl_compatible(&case.license);
    let insns = vm::bind_map_refs(&p.insns, &p.map_refs);
    let funcs = case_funcs(case, p);
    let verdict = if funcs.is_empty() {
        verifier::verify(&insns, &infos, profile, case.privilege, gpl)
    } else {
        verifier::verify_with_btf(&insns, &infos, profile, case.privilege, gpl, &funcs)
    };
    match verdict {
        Ok(proof) => (
            Program::verified(&case.name, &insns, &p.map_refs, &proof).expect("same program"),
            true,
        ),
        Err(_) => (Program::unverified(&case.name, &insns, &p.map_refs), false),
    }
}

/// The case's `# func:` functions as the loader passes them (BTF `func_info`, which the
/// kernel wants for callbacks); none without `# func:` lines.
fn case_funcs(case: &Case, p: &Prepared) -> Vec<verifier::FuncInfo> {
    let funcs = p.funcs(case).expect("the case's `# func:` labels resolve");
    (funcs.iter().enumerate())
        .map(|(k, f)| verifier::FuncInfo {
            insn_off: f.start,
            linkage: if f.global {
                verifier::Linkage::Global
            } else {
                verifier::Linkage::Static
            },
            name: format!("f{k}"),
            proto: f.proto.clone(),
        })
        .collect()
}

fn said(world: &World, o: &vm::Outcome) -> String {
    if let Some(e) = vm::test_run_errno(world, o) {
        return format!("errno {}", e.name().unwrap_or("?"));
    }
    match (o.verdict, &o.selected) {
        (Verdict::Drop, _) => "drop".into(),
        (Verdict::Pass, Some(s)) => format!("pass {}", s.socket),
        (Verdict::Pass, None) => "pass".into(),
    }
}

fn expected(e: &RunExpect) -> String {
    match e {
        RunExpect::Drop => "drop".into(),
        RunExpect::Pass(None) => "pass".into(),
        RunExpect::Pass(Some(s)) => format!("pass {s}"),
        RunExpect::Errno(e) => format!("errno {}", e.name().unwrap_or("?")),
    }
}

/// The releases `case` runs on: those of 6.1, 6.12 and 6.18 it claims, else the first of
/// [`OTHER_RELEASES`] it claims (a case of one stable release or of a release after 6.18).
fn releases_of(case: &Case) -> Vec<KernelProfile> {
    let profile = |(major, minor, patch)| {
        KernelProfile::upstream(KernelVersion::with_patch(major, minor, patch))
            .expect("known release")
    };
    let claimed: Vec<KernelProfile> = [(6, 1, 0), (6, 12, 0), (6, 18, 0)]
        .into_iter()
        .map(profile)
        .filter(|p| case.applies_to(*p))
        .collect();
    if !claimed.is_empty() {
        return claimed;
    }
    let other = OTHER_RELEASES.into_iter().map(profile);
    other.filter(|p| case.applies_to(*p)).take(1).collect()
}

/// Releases for cases that claim none of 6.1, 6.12 and 6.18: the live kernel's and the
/// releases of the images the corpus is checked in (`target/kernels-extra`).
const OTHER_RELEASES: [(u16, u16, u16); 3] = [(6, 18, 44), (6, 19, 14), (7, 0, 13)];

#[test]
fn runtime_cases_give_the_kernels_answers_on_the_interpreter() {
    let (files, problems) = read_corpus(&root());
    assert!(problems.is_empty(), "{problems:#?}");
    let (mut cases, mut runs, mut verified) = (0, 0, 0);
    let mut bad = Vec::new();
    for file in files.iter().filter(|f| f.kind == CaseKind::Runtime) {
        for case in &file.cases {
            let p = prepare_case(case, &file.name).expect("corpus cases assemble");
            for profile in releases_of(case) {
                let release = profile.version();
                cases += 1;
                let (prog, ok) = program_of(case, &p, profile);
                verified += ok as usize;
                let mut world = match world_of(case, &p) {
                    Ok(w) => w,
                    Err(e) => {
                        bad.push(format!("{}: {e}", file.at(case.line)));
                        continue;
                    }
                };
                let opts = RunOptions {
                    test_run: true,
                    ..RunOptions::new(profile)
                };
                for r in &case.runs {
                    runs += 1;
                    let got = match common::run_both(
                        std::slice::from_ref(&prog),
                        &r.tuple,
                        &mut world,
                        &opts,
                    ) {
                        Ok(o) => said(&world, &o),
                        Err(t) => format!("trap: {t}"),
                    };
                    if got != expected(&r.expect) {
                        bad.push(format!(
                            "{} `{}` on {release}: run `{}`: kernel {}, interpreter {got}",
                            file.at(r.line),
                            case.name,
                            r.tuple,
                            expected(&r.expect)
                        ));
                    }
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} disagreements:\n{}",
        bad.len(),
        bad.join("\n")
    );
    assert!(runs > 200, "only {runs} runs");
    say_line(format!(
        "vm corpus: {cases} runtime cases ({runs} runs) over 6.1/6.12/6.18 (or one later release a case claims alone) agree with the kernel's answers on the interpreter ({verified} verified by our verifier, the rest run unverified); {}",
        common::native_share()
    ));
}

/// Writes one line to stderr past libtest's capture (which keeps `eprintln!` output of a
/// passing test), so that the test's summary shows in `cargo test`'s output.
fn say_line(line: impl std::fmt::Display) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "{line}");
}
