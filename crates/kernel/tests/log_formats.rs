//! `LogSummary::parse` on real logs of the releases whose log formats changed: Debian's
//! 7.2.12 (`stack depth 8+16 max 32`, `insns processed N`) and 7.3.4 (the structured
//! report after the message, `stack depth max 32`, one `subprog ... insns_self` line per
//! subprogram). The logs are `tests/logs/`, printed inside the images by
//! `tests/logs/getlog.c`; both releases must give the summary the program's log says.

use kernel::LogSummary;

const RELEASES: [&str; 2] = ["7.2.12", "7.3.4"];

fn log(release: &str, program: &str, level: &str) -> String {
    let path = format!(
        "{}/tests/logs/{release}-{program}-{level}.log",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// What each program's log says: the message, the instruction, processed count, and the
/// subprograms' stack depths summed (only with stats).
struct Want {
    program: &'static str,
    message: Option<&'static str>,
    insn: Option<usize>,
    processed: u64,
    stack: u64,
}

const WANT: [Want; 3] = [
    Want {
        program: "scalar_deref",
        message: Some("R7 invalid mem access 'scalar'"),
        insn: Some(1),
        processed: 2,
        stack: 0,
    },
    Want {
        program: "subprogs",
        message: None,
        insn: None,
        processed: 7,
        stack: 8 + 16,
    },
    Want {
        program: "subprog_refused",
        message: Some("R1 invalid mem access 'scalar'"),
        insn: Some(5),
        processed: 4,
        stack: 8,
    },
];

#[test]
fn stats_logs_of_7_2_and_7_3_summarise_alike() {
    for release in RELEASES {
        for want in &WANT {
            for level in ["level5", "level6"] {
                let s = LogSummary::parse(&log(release, want.program, level));
                let at = format!("{release} {} {level}", want.program);
                assert_eq!(s.message().as_deref(), want.message, "{at}");
                assert_eq!(s.insn_index, want.insn, "{at}");
                assert_eq!(s.processed_insns, Some(want.processed), "{at}");
                assert_eq!(s.stack_depth, Some(want.stack), "{at}");
                assert!(s.verification_time_usec.is_some(), "{at}");
            }
        }
    }
}

#[test]
fn logs_without_stats_keep_the_message_alone() {
    for release in RELEASES {
        let s = LogSummary::parse(&log(release, "scalar_deref_nostats", "level1"));
        assert_eq!(
            s.message_lines,
            ["R7 invalid mem access 'scalar'"],
            "{release}"
        );
        assert_eq!((s.insn_index, s.processed_insns), (Some(1), Some(2)));
        assert_eq!((s.stack_depth, s.verification_time_usec), (None, None));
    }
}

#[test]
fn the_7_3_report_is_in_the_log_and_the_7_2_line_too() {
    // The lines the parser leaves out are there: the test would pass on logs without them.
    let report = log("7.3.4", "subprog_refused", "level5");
    for line in [
        "Verification failed: ",
        "Reason:",
        "At:",
        "Causal path:",
        "Suggestion:",
    ] {
        assert!(report.lines().any(|l| l.starts_with(line)), "{line}");
    }
    assert!(report.contains(" insns_self "));
    let v7_2 = log("7.2.12", "subprog_refused", "level5");
    assert!(v7_2.lines().any(|l| l == "insns processed 4"));
    assert!(v7_2.lines().any(|l| l == "stack depth 8+0 max 0"));
}
