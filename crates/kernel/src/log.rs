//! Parsing a verifier log (pure text processing, no syscalls).
//!
//! Log shape (verifier-messages.md): instruction lines `<idx>: (<opcode hex>) <disasm>`
//! (optionally followed by `; <state>`), state lines `<idx>: R1=ctx() ...` and
//! `from 3 to 5: ...`, precision-tracking lines `mark_precise: ...` (log level 2), then the
//! message (usually one line, two for reference leaks, plus `cur state:`/`old state:` dumps
//! for infinite loops), then the statistics: with `BPF_LOG_STATS` a
//! `verification time <n> usec` and a `stack depth <n>` line, and always
//! `processed <n> insns (limit ...) max_states_per_insn ...`. From 7.3 the message is
//! followed by a structured report (`Verification failed: <class>: <what>`, then `Reason:`,
//! `At:`, `Causal path:`, `Suggestion:` blocks of indented lines) and, with `BPF_LOG_STATS`,
//! a `subprog <n> (<name>) ... insns_self <n> insns_total <n> stack <n>` line per subprogram
//! after `stack depth max <n>` (Debian's 7.3.4): neither is part of the message. 7.2 (Debian's
//! 7.2.12) prints, with `BPF_LOG_STATS`, `stack depth <n>+<n> max <n>` and an
//! `insns processed <n>` line before the `processed` one (`tests/logs/`: logs of both).

/// What [`LogSummary::parse`] extracts from a verifier log.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LogSummary {
    /// The message lines that explain a rejection (empty for an accepted program, and for
    /// logs that carry no message, e.g. an EINVAL before the verifier ran).
    pub message_lines: Vec<String>,
    /// Index of the instruction the verifier was looking at when it failed (`None` when
    /// there is no message): the last
    /// instruction line before the message, or, for structural (CFG) checks that print
    /// no instruction lines, the index named in the message (`unreachable insn 2`,
    /// `jump out of range from insn 1 to 7`, `infinite loop detected at insn 1`).
    pub insn_index: Option<usize>,
    /// `processed <n> insns`.
    pub processed_insns: Option<u64>,
    /// `verification time <n> usec` (only with the stats log flag).
    pub verification_time_usec: Option<u64>,
    /// `stack depth <n>` (only with the stats log flag; `+`-separated per subprogram, summed;
    /// from 7.3 the sum of the `subprog` lines' `stack <n>`).
    pub stack_depth: Option<u64>,
}

impl LogSummary {
    /// The message, its lines joined with `\n`; `None` when there is none.
    pub fn message(&self) -> Option<String> {
        if self.message_lines.is_empty() {
            None
        } else {
            Some(self.message_lines.join("\n"))
        }
    }

    /// The first message line (the primary message).
    pub fn primary_message(&self) -> Option<&str> {
        self.message_lines.first().map(String::as_str)
    }

    /// Parses a log. Never fails: anything unrecognised is left out.
    pub fn parse(log: &str) -> LogSummary {
        let lines = split_glued(log);
        let mut out = LogSummary::default();

        // The statistics line; the message block ends before it (or at the end of the log
        // when it is missing, e.g. with log_level 0 or an aborted verification).
        let processed_at = lines.iter().rposition(|l| l.starts_with("processed "));
        if let Some(i) = processed_at {
            out.processed_insns = lines[i]
                .strip_prefix("processed ")
                .and_then(|r| r.split_whitespace().next())
                .and_then(|n| n.parse().ok());
        }
        for l in &lines {
            if let Some(r) = l.strip_prefix("verification time ") {
                out.verification_time_usec =
                    r.split_whitespace().next().and_then(|n| n.parse().ok());
            } else if let Some(r) = l.strip_prefix("stack depth ") {
                out.stack_depth = stack_depths_sum(r).or(out.stack_depth);
            } else if let Some(stack) = subprog_stack(l) {
                out.stack_depth = Some(out.stack_depth.unwrap_or(0) + stack);
            }
        }

        let end = processed_at.unwrap_or(lines.len());
        let end = lines[..end]
            .iter()
            .position(|l| l.starts_with(REPORT_START))
            .unwrap_or(end);
        let body = &lines[..end];
        // Walk back over the message block: everything after the last instruction/state
        // line that is not a statistics line or a state dump.
        let mut start = body.len();
        while start > 0 && !is_trace_line(body[start - 1]) {
            start -= 1;
        }
        out.message_lines = body[start..]
            .iter()
            .filter(|l| !l.trim().is_empty() && !is_stats_line(l) && !is_state_dump(l))
            .map(|l| l.to_string())
            .collect();

        if out.message_lines.is_empty() {
            return out;
        }
        out.insn_index = body[..start]
            .iter()
            .rev()
            .find_map(|l| insn_line_index(l))
            .or_else(|| out.message_lines.first().and_then(|m| index_in_message(m)));
        out
    }
}

/// Messages the kernel prints without ending the line before them: glued to the instruction
/// line (`2: (05) goto pc-1infinite loop detected at insn 2`, 6.18).
const GLUED_MESSAGES: [&str; 3] = [
    "infinite loop detected",
    "back-edge from insn",
    "BPF program is too large",
];

/// The log's lines, with glued text put on lines of its own: a message glued to the end of an
/// instruction line, and a statistics line glued to a message the kernel did not end with a
/// newline (`expected prog array map for tail callprocessed 5 insns ...`).
fn split_glued(log: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for line in log.lines() {
        let mut line = line;
        if insn_line_index(line).is_some() {
            if let Some(at) = GLUED_MESSAGES.iter().filter_map(|m| line.find(m)).min() {
                out.push(&line[..at]);
                line = &line[at..];
            }
        }
        match glued_stats_at(line) {
            Some(at) => {
                out.push(&line[..at]);
                out.push(&line[at..]);
            }
            None => out.push(line),
        }
    }
    out
}

/// Where a statistics line (`verification time <n> usec` with the stats flag, else
/// `processed <n> insns`) starts inside a line, when it does not start the line.
fn glued_stats_at(line: &str) -> Option<usize> {
    let at = |word: &str, unit: &str| {
        line.match_indices(word).map(|(i, _)| i).find(|&i| {
            i > 0 && {
                let rest = &line[i + word.len()..];
                let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
                digits > 0 && rest[digits..].starts_with(unit)
            }
        })
    };
    at("verification time ", " usec").or_else(|| at("processed ", " insns"))
}

/// `<idx>: (<hex>) ...` (or `<idx>: BUG_<hex>`) → idx.
fn insn_line_index(l: &str) -> Option<usize> {
    let (n, rest) = l.split_once(": ")?;
    // `print_bpf_insn` prints `BUG_<code>` for an encoding it cannot name (an atomic whose
    // operation the kernel does not know).
    let printed = rest.starts_with('(') || rest.starts_with("BUG_");
    if !printed || n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    n.parse().ok()
}

/// Lines the verifier prints while walking instructions (not part of a message).
fn is_trace_line(l: &str) -> bool {
    if insn_line_index(l).is_some() {
        return true;
    }
    // `<idx>: R1=ctx() ...`, `<idx>: frame1: ...`, `<idx>: safe`
    if let Some((n, _)) = l.split_once(": ") {
        if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) {
            return true;
        }
    }
    l.starts_with("from ")
        || l.starts_with("mark_precise:")
        || l.starts_with("func#")
        || l.starts_with("Live regs before insn:")
        || l.starts_with(' ')
        || l.starts_with("; ")
        || l.starts_with("Validating ")
        || l.starts_with("propagating ")
        || l.starts_with("last_idx ")
        || l.starts_with("regs=")
        || l.starts_with("parent ")
}

/// `stack depth 8+16` (before 7.2), `stack depth 8+16 max 32` (7.2): the per-subprogram
/// depths summed; `None` for 7.3's `stack depth max 32`, whose depths are on the `subprog`
/// lines.
fn stack_depths_sum(r: &str) -> Option<u64> {
    let depths = r.split(" max ").next()?.trim();
    let parts: Option<Vec<u64>> = depths.split('+').map(|p| p.trim().parse().ok()).collect();
    parts.map(|p| p.iter().sum())
}

/// The `stack <n>` at the end of 7.3's `subprog <i> (<name>) ... insns_self ... stack <n>`.
fn subprog_stack(l: &str) -> Option<u64> {
    if !is_subprog_stats(l) {
        return None;
    }
    let (_, n) = l.rsplit_once(" stack ")?;
    n.trim().parse().ok()
}

fn is_subprog_stats(l: &str) -> bool {
    l.starts_with("subprog ") && l.contains(" insns_self ")
}

/// The first line of 7.3's structured report after the message.
const REPORT_START: &str = "Verification failed: ";

fn is_stats_line(l: &str) -> bool {
    l.starts_with("verification time ")
        || l.starts_with("stack depth ")
        || l.starts_with("insns processed ")
        || is_subprog_stats(l)
}

fn is_state_dump(l: &str) -> bool {
    l.starts_with("cur state:") || l.starts_with("old state:")
}

/// `unreachable insn 2`, `jump out of range from insn 1 to 7`,
/// `infinite loop detected at insn 1`, `back-edge from insn 3 to 1`, ...
fn index_in_message(m: &str) -> Option<usize> {
    let i = m.find("insn ")?;
    let digits: String = m[i + 5..]
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_message() {
        let log = "func#0 @0\nLive regs before insn:\n      0: .1........ (61) r0 = *(u32 *)(r1 +2)\n\
                   0: R1=ctx() R10=fp0\n0: (61) r0 = *(u32 *)(r1 +2)\n\
                   invalid bpf_context access off=2 size=4\n\
                   processed 1 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0\n";
        let s = LogSummary::parse(log);
        assert_eq!(
            s.message().as_deref(),
            Some("invalid bpf_context access off=2 size=4")
        );
        assert_eq!(s.insn_index, Some(0));
        assert_eq!(s.processed_insns, Some(1));
        assert_eq!(s.verification_time_usec, None);
    }

    #[test]
    fn the_structured_report_of_7_3_is_not_the_message() {
        let log = "6: (85) call bpf_map_lookup_elem#1    ; R0=sock_or_null(id=2) refs=2\n\
                   7: (61) r0 = *(u32 *)(r0 +4)\n\
                   R0 invalid mem access 'sock_or_null'\n\n\
                   Verification failed: Register Type Safety: Invalid dereference\n\n\
                   Reason:\n  R0 may be NULL here (sock_or_null).\n\n\
                   At:\n  insn 7\n  Instruction context:\n  >>> 7 | (61) r0 = *(u32 *)(r0 +4)\n\n\
                   Suggestion:\n  Add a NULL check before the access.\n\n\
                   subprog 0 (<unknown>) main insns_self 7 insns_total 7 stack 8\n\
                   processed 7 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0\n";
        let s = LogSummary::parse(log);
        assert_eq!(
            s.message().as_deref(),
            Some("R0 invalid mem access 'sock_or_null'")
        );
        assert_eq!(s.insn_index, Some(7));
        assert_eq!(s.processed_insns, Some(7));
        let no_report = log.replace("Verification failed", "Verification went on");
        assert_ne!(LogSummary::parse(&no_report).message(), s.message());
    }

    #[test]
    fn two_line_message_and_stats() {
        let log = "9: (b7) r0 = 1                        ; R0=1 refs=2\n10: (95) exit\n\
                   Unreleased reference id=2 alloc_insn=7\n\
                   BPF_EXIT instruction in main prog would lead to reference leak\n\
                   verification time 25 usec\nstack depth 4\n\
                   processed 10 insns (limit 1000000) max_states_per_insn 0 total_states 1 peak_states 1 mark_read 0\n";
        let s = LogSummary::parse(log);
        assert_eq!(s.message_lines.len(), 2);
        assert_eq!(
            s.primary_message(),
            Some("Unreleased reference id=2 alloc_insn=7")
        );
        assert_eq!(s.insn_index, Some(10));
        assert_eq!(s.processed_insns, Some(10));
        assert_eq!(s.verification_time_usec, Some(25));
        assert_eq!(s.stack_depth, Some(4));
    }

    #[test]
    fn structural_and_loop_messages() {
        let s = LogSummary::parse("unreachable insn 2\nprocessed 0 insns (limit 1000000)\n");
        assert_eq!(s.message().as_deref(), Some("unreachable insn 2"));
        assert_eq!(s.insn_index, Some(2));
        let s = LogSummary::parse(
            "jump out of range from insn 1 to 7\nprocessed 0 insns (limit 1000000)\n",
        );
        assert_eq!(s.insn_index, Some(1));
        let s = LogSummary::parse(
            "0: (b7) r0 = 1 ; R0=1\n1: (05) goto pc-1\ninfinite loop detected at insn 1\n\
             cur state: R0=1 R1=ctx() R10=fp0\nold state: R0=1 R1=ctx() R10=fp0\n\
             processed 9 insns (limit 1000000)\n",
        );
        assert_eq!(
            s.message().as_deref(),
            Some("infinite loop detected at insn 1")
        );
        assert_eq!(s.insn_index, Some(1));
    }

    #[test]
    fn random_logs_never_panic() {
        // Deterministic xorshift over an alphabet of the characters logs are made of.
        let alphabet: Vec<char> = "0123456789 :();=\n\t-+abcinsprocesdtkmx#é"
            .chars()
            .collect();
        let pieces = [
            "processed ",
            "insn ",
            "verification time ",
            "stack depth ",
            "cur state:",
            ": (",
        ];
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..3000 {
            let mut s = String::new();
            for _ in 0..(x % 80) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                if x & 7 == 0 {
                    s.push_str(pieces[(x as usize / 7) % pieces.len()]);
                } else {
                    s.push(alphabet[(x as usize) % alphabet.len()]);
                }
            }
            let sum = LogSummary::parse(&s);
            let _ = sum.message();
        }
    }

    #[test]
    fn accepted_and_empty() {
        let s = LogSummary::parse(
            "0: R1=ctx() R10=fp0\n0: (b7) r0 = 1 ; R0=1\n1: (95) exit\n\
             verification time 5 usec\nstack depth 0\nprocessed 2 insns (limit 1000000)\n",
        );
        assert!(s.message_lines.is_empty());
        assert_eq!(s.insn_index, None);
        assert_eq!(s.stack_depth, Some(0));
        assert_eq!(LogSummary::parse(""), LogSummary::default());
        let s = LogSummary::parse("stack depth 8+16\n");
        assert_eq!(s.stack_depth, Some(24));
        let _ = LogSummary::parse(
            "processed x\n\n: (\n99999999999999999999999: (61)\ninsn 9999999999999999999999",
        );
    }

    #[test]
    fn messages_glued_by_the_kernel() {
        let log = "0: R1=ctx() R10=fp0\n0: (b7) r0 = 0                        ; R0=0\n1: (05) goto pc-1infinite loop detected at insn 1\ncur state: R0=0 R10=fp0\nprocessed 2 insns (limit 1000000) max_states_per_insn 0 total_states 1 peak_states 1 mark_read 0\n";
        let s = LogSummary::parse(log);
        assert_eq!(
            s.message().as_deref(),
            Some("infinite loop detected at insn 1")
        );
        assert_eq!(s.insn_index, Some(1));
        let log = "3: (85) call bpf_tail_call#12\nexpected prog array map for tail callprocessed 5 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0\n";
        let s = LogSummary::parse(log);
        assert_eq!(
            s.message().as_deref(),
            Some("expected prog array map for tail call")
        );
        assert_eq!(s.processed_insns, Some(5));
        assert_eq!(s.insn_index, Some(3));
        // With the stats flag the line after the message is the verification time.
        let log = "3: (85) call bpf_tail_call#12\nexpected prog array map for tail callverification time 59 usec\nstack depth 0\nprocessed 5 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0\n";
        let s = LogSummary::parse(log);
        assert_eq!(
            s.message().as_deref(),
            Some("expected prog array map for tail call")
        );
        assert_eq!(s.verification_time_usec, Some(59));
        assert_eq!(s.insn_index, Some(3));
        // 6.18, the 1M limit hit right after a jump the log printed without its state.
        let log = "4: (04) w9 += 1                       ; R9=2\n5: (a6) if w9 < 0x3 goto pc-4 BPF program is too large. Processed 1000001 insn\nprocessed 1000001 insns (limit 1000000) max_states_per_insn 4 total_states 9666 peak_states 9666 mark_read 0\n";
        let s = LogSummary::parse(log);
        assert_eq!(
            s.message().as_deref(),
            Some("BPF program is too large. Processed 1000001 insn")
        );
        assert_eq!(s.insn_index, Some(5));
    }
}
