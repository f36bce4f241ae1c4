//! The kernel's level-1 verifier log as `skasm lint --format kernel` is compared with it:
//! the lines between libbpf's `BEGIN` and `END` lines of lint's output, the kernel's log
//! with what lint cannot print normalised away, and the instruction part of a line.

/// The kernel's level-1 log of a program, as lint would compare it: statistics lines
/// dropped, map addresses (printed to root only) as `0x0`, map names (the verifier crate
/// knows sizes, not names) removed.
pub fn normalised(log: &str) -> Vec<String> {
    log.lines()
        .filter(|l| {
            !l.starts_with("processed ")
                && !l.starts_with("verification time")
                && !l.starts_with("stack depth")
                && !l.is_empty()
        })
        .map(|l| {
            let mut l = l.to_string();
            if let Some(at) = l.find(": (18) r") {
                if let Some(eq) = l[at..].find("= 0x") {
                    let start = at + eq + 2;
                    let end = l[start..].find(' ').map_or(l.len(), |e| start + e);
                    l.replace_range(start..end, "0x0");
                }
            }
            if l.contains(": (18) ") {
                l = aligned(&l);
            }
            while let Some(at) = l.find("map=") {
                let end = l[at..].find([',', ')']).map_or(l.len(), |e| at + e + 1);
                l.replace_range(at..end, "");
            }
            l
        })
        .collect()
}

/// A line with its `;` annotation re-aligned as after an instruction of its printed length
/// (a map address replaced by `0x0` is shorter than the kernel printed it).
fn aligned(line: &str) -> String {
    match line.split_once(" ;") {
        Some((insn, rest)) => {
            let insn = insn.trim_end();
            let pos = insn.len() + 1;
            let pad = (pos + 4).max(40).div_ceil(8) * 8 - pos - 1;
            format!("{insn}{:pad$};{rest}", "")
        }
        None => line.to_string(),
    }
}

/// The instruction part of a log line (`N: (OP) TEXT`, before any `;` annotation or the
/// ` TARGET: STATE` of a branch), or `None` for other lines.
pub fn instruction(line: &str) -> Option<String> {
    let (n, rest) = line.split_once(": (")?;
    n.parse::<usize>().ok()?;
    let op = rest.get(..3)?;
    if !(op.as_bytes()[..2].iter().all(u8::is_ascii_hexdigit) && op.ends_with(')')) {
        return None;
    }
    let line = line.split(" ;").next().unwrap_or(line).trim_end();
    let cut = line
        .find(" goto pc")
        .map(|g| g + " goto pc".len())
        .and_then(|g| {
            let digits = line[g + 1..].find(|c: char| !c.is_ascii_digit());
            digits.map(|d| g + 1 + d)
        });
    Some(cut.map_or(line, |c| &line[..c]).to_string())
}

/// The lines of `--format kernel`'s output between libbpf's `BEGIN` and `END` lines.
pub fn between_begin_and_end(out: &str) -> Vec<String> {
    out.lines()
        .skip_while(|l| !l.ends_with("-- BEGIN PROG LOAD LOG --"))
        .skip(1)
        .take_while(|l| *l != "-- END PROG LOAD LOG --")
        .map(str::to_string)
        .collect()
}

/// A log without its states, for a kernel whose log lint does not model: each instruction
/// line cut to its instruction (no `;` annotation, no branch state), each state line
/// (`N: R1=...`, `from X to Y: ...`) cut to its head, the frames printed at a call or a
/// return (indented, after `caller:`, `callee:`, ...) and the C lines (`; TEXT @
/// FILE:LINE`: 6.1 prints them without `@ FILE:LINE` and again at each `line_info` record
/// of the same line) left out; other lines kept.
pub fn shape(log: &[String]) -> Vec<String> {
    log.iter()
        .filter(|l| !l.starts_with("; ") && !l.starts_with(' '))
        .map(|l| {
            if let Some(insn) = instruction(l) {
                return insn;
            }
            let (head, _) = l.split_once(": ").unwrap_or((l, ""));
            let state = head.starts_with("from ") || head.bytes().all(|b| b.is_ascii_digit());
            match state && !head.is_empty() {
                true => format!("{head}:"),
                false => l.clone(),
            }
        })
        .collect()
}
