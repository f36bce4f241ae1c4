//! `skasm probe` and `--kernel FILE` end to end against the live kernel: the profile file
//! names the running kernel and its behaviours, and the unprivileged helper list that
//! `skasm helpers --kernel FILE --unprivileged` prints is what the kernel offers, measured
//! here by loading a call to every helper id without CAP_PERFMON.

use std::process::{Command, Output};

use isa::{Insn, Operand, Reg};
use kernel::{LoadOptions, Privilege};

macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

fn skasm(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_skasm"))
        .args(args)
        .output()
        .expect("skasm runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The ids listed by `skasm helpers` (`#<id> name ...` lines).
fn listed_ids(listing: &str) -> Vec<i32> {
    listing
        .lines()
        .filter_map(|l| l.strip_prefix('#'))
        .filter_map(|l| l.split_whitespace().next()?.parse().ok())
        .collect()
}

/// Ids the kernel lets a CAP_BPF+CAP_NET_ADMIN SK_LOOKUP program call (GPL license): the
/// load fails for another reason than the helper's availability, or succeeds.
fn kernel_offers_unprivileged(limit: i32) -> Vec<i32> {
    let refusals = [
        "cannot use helper",
        "invalid func",
        "unknown func",
        "might sleep",
    ];
    (0..limit)
        .filter(|&id| {
            let prog = [
                Insn::Call(isa::CallKind::Helper(id)),
                Insn::Alu {
                    op: isa::AluOp::Mov,
                    width: isa::Width::W64,
                    dst: Reg::R0,
                    src: Operand::Imm(0),
                },
                Insn::Exit,
            ];
            let opts = LoadOptions {
                privilege: Privilege::NoPerfmon,
                stats: false,
                ..LoadOptions::default()
            };
            let out = kernel::load_insns(&prog, &[], &opts).expect("the kernel answers");
            let msg = out.message().unwrap_or_default();
            out.accepted() || !refusals.iter().any(|r| msg.contains(r))
        })
        .collect()
}

#[test]
fn a_probed_profile_lists_what_the_kernel_offers() {
    if let Err(u) = kernel::availability() {
        say!("SKIPPED a_probed_profile_lists_what_the_kernel_offers: {u}");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("host.toml");
    let file = file.to_str().unwrap();
    let out = skasm(&["probe", "-o", file]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty(), "-o writes the file only");
    let profile = std::fs::read_to_string(file).unwrap();
    let uname = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap();
    assert!(
        profile.contains(&format!("release = \"{}\"", uname.trim())),
        "{profile}"
    );
    let host = kernel::host_profile().unwrap();
    for b in host.behaviours().iter() {
        assert!(profile.contains(&format!("\"{b}\"")), "{b} in {profile}");
    }

    let listing = skasm(&["helpers", "--kernel", file, "--unprivileged"]);
    assert!(listing.status.success(), "{}", text(&listing.stderr));
    let listing = text(&listing.stdout);
    assert!(
        listing.contains(&host.to_string()),
        "names the profile: {listing}"
    );
    let listed = listed_ids(&listing);
    let offered = kernel_offers_unprivileged(host.helper_id_limit() + 8);
    assert_eq!(listed, offered, "skasm helpers --kernel FILE vs the kernel");

    // The same file works wherever --kernel is taken.
    let ctx = skasm(&["ctx", "--kernel", file]);
    assert!(ctx.status.success(), "{}", text(&ctx.stderr));
    say!(
        "probe_cli: the probed profile of Linux {host} lists the {} helpers the kernel offers without CAP_PERFMON",
        offered.len()
    );
}

#[test]
fn kernel_option_errors_name_what_was_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(
        &bad,
        "release = \"x\"\nversion = \"6.1\"\nbehaviours = [\"nope\"]\n",
    )
    .unwrap();
    for (arg, says) in [
        (bad.to_str().unwrap(), "unknown kernel behaviour `nope`"),
        ("missing/profile.toml", "cannot read kernel profile"),
        ("6.18+nope", "unknown kernel behaviour `nope`"),
        ("4.19", "predates"),
        ("six", "not a kernel version"),
    ] {
        let out = skasm(&["helpers", "--kernel", arg]);
        assert_eq!(out.status.code(), Some(2), "{arg}");
        assert!(out.stdout.is_empty(), "{arg}: nothing on stdout");
        assert!(
            text(&out.stderr).contains(says),
            "{arg}: {}",
            text(&out.stderr)
        );
    }
    let out = skasm(&["ctx", "--kernel", "5.11"]);
    assert!(text(&out.stdout).starts_with("struct bpf_sk_lookup on Linux 5.11: 64 bytes"));
}
