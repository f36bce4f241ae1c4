//! Spec case files: several test programs in one LLVM-syntax `.s` file, with `#` directives
//! saying what the kernel (and our verifier and VM) must do with each.
//!
//! ```text
//! # A file-level prelude (before the first `# test:`) is part of every case: maps, license.
//! .skmap sock_map, type=sockmap, key=4, value=8, max_entries=4
//!
//! # test: ctx_load_misaligned
//! # kernel: since 5.9
//!     r0 = *(u32 *)(r1 + 2)   # error[ctx-bad-access]: invalid bpf_context access off=2 size=4
//!     r0 = 1
//!     exit
//!
//! # test: steer_by_port
//! # socket: s1 = tcp listen 127.0.0.1:8080
//! # map: sock_map[0] = s1
//! # run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass s1
//! # run: tcp 10.0.0.1:4242 -> 192.0.2.10:81 => drop
//!     ...
//! ```
//!
//! Case directives (each on its own comment line inside the case):
//! * `# test: NAME` starts a case; it runs to the next `# test:` or the end of the file.
//! * `# privilege: root` (default) or `# privilege: no_perfmon` (CAP_BPF + CAP_NET_ADMIN only).
//! * `# kernel: since X.Y` / `# kernel: before X.Y`: the profiles the expectation holds for
//!   (cases with `# run:` lines default to `since 5.13`, the first kernel that test-runs
//!   SK_LOOKUP programs).
//! * `# license: TEXT` (default `GPL`).
//! * `# error[CODE]: MESSAGE` at the end of an instruction line: the program is rejected at
//!   that instruction with our diagnostic code CODE, and the kernel's log says MESSAGE (its last
//!   message line; for two-line messages, either line). With no `error` marker the program is
//!   accepted. `# error[CODE]: MESSAGE` on a line of its own (no instruction) means the
//!   rejection has no instruction (e.g. the kernel's CFG checks print no instruction).
//! * `# note: TEXT`: free text (why the case exists).
//! * Runtime: `# socket: NAME = DESC` (a `skctx::net::SocketDesc`), `# map: MAP[KEY] = NAME`
//!   (put socket NAME into a SOCKMAP/SOCKHASH at integer key KEY), and
//!   `# run: TUPLE => EXPECT` where EXPECT is `drop`, `pass` (no selection), `pass NAME`
//!   (that socket selected), or `errno NAME` (the test run fails with that errno, e.g.
//!   `errno EOPNOTSUPP`).
//!
//! The source of each case is the whole file with the other cases' lines blanked, so line
//! numbers in diagnostics are the file's own.

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseFile {
    pub cases: Vec<Case>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    pub name: String,
    /// 1-based line of the `# test:` header.
    pub line: u32,
    /// The file with other cases blanked (same line numbers).
    pub source: String,
    pub privilege: CasePrivilege,
    pub kernel_since: Option<(u32, u32)>,
    pub kernel_before: Option<(u32, u32)>,
    pub license: String,
    pub expect: Expectation,
    pub sockets: Vec<(String, String)>,
    pub map_entries: Vec<MapEntry>,
    pub runs: Vec<Run>,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CasePrivilege {
    Root,
    NoPerfmon,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expectation {
    Accept,
    Reject {
        code: String,
        message: String,
        /// 1-based source line of the rejected instruction; `None` for a marker on its own line.
        line: Option<u32>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapEntry {
    pub map: String,
    pub key: u64,
    pub socket: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub tuple: String,
    pub expect: RunExpect,
    pub line: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunExpect {
    Drop,
    Pass(Option<String>),
    Errno(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseFileError {
    pub line: u32,
    pub message: String,
}

impl std::fmt::Display for CaseFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Splits `text` at `# test:` headers and reads each case's directives.
pub fn parse(text: &str) -> Result<CaseFile, CaseFileError> {
    let lines: Vec<&str> = text.lines().collect();
    let headers: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| directive(l).is_some_and(|(k, _)| k == "test"))
        .map(|(i, _)| i)
        .collect();
    let mut cases = Vec::new();
    for (h, &start) in headers.iter().enumerate() {
        let end = headers.get(h + 1).copied().unwrap_or(lines.len());
        let first = headers.first().copied().unwrap_or(0);
        let in_case = |i: usize| i < first || (start..end).contains(&i);
        let source: String = lines
            .iter()
            .enumerate()
            .map(|(i, l)| {
                if in_case(i) {
                    format!("{l}\n")
                } else {
                    "\n".to_string()
                }
            })
            .collect();
        cases.push(parse_case(&lines, start..end)?.with_source(source));
    }
    let mut seen = std::collections::HashSet::new();
    for c in &cases {
        if !seen.insert(c.name.clone()) {
            return Err(CaseFileError {
                line: c.line,
                message: format!("duplicate test name `{}`", c.name),
            });
        }
    }
    Ok(CaseFile { cases })
}

impl Case {
    fn with_source(mut self, source: String) -> Self {
        self.source = source;
        self
    }

    /// Whether the expectation holds on a kernel `major.minor`.
    pub fn applies_to(&self, version: (u32, u32)) -> bool {
        self.kernel_since.is_none_or(|s| version >= s)
            && self.kernel_before.is_none_or(|b| version < b)
    }
}

/// `# key: value` or `# key[arg]: value`; returns (key, rest after the key). Directives stand
/// on lines of their own, except `# error[...]`, which ends an instruction line; other
/// comments after instructions (`# local_ip6[0]: ...`) are just comments.
fn directive(line: &str) -> Option<(&str, &str)> {
    let c = line.find('#')?;
    let on_own_line = line[..c].trim().is_empty();
    let body = line[c + 1..].trim_start();
    if !on_own_line && !body.starts_with("error[") {
        return None;
    }
    let end = body.find(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '_' || ch == '-'))?;
    let (key, rest) = body.split_at(end);
    if !(rest.starts_with(':') || rest.starts_with('[')) {
        return None;
    }
    Some((key, rest))
}

fn version(s: &str) -> Option<(u32, u32)> {
    let (a, b) = s.trim().split_once('.')?;
    Some((a.parse().ok()?, b.parse().ok()?))
}

fn parse_case(lines: &[&str], range: Range<usize>) -> Result<Case, CaseFileError> {
    let header = lines[range.start];
    let name = header
        .split_once("test:")
        .map(|(_, n)| n.trim().to_string())
        .unwrap_or_default();
    let err = |i: usize, m: String| CaseFileError {
        line: i as u32 + 1,
        message: m,
    };
    if name.is_empty() || name.contains(char::is_whitespace) {
        return Err(err(
            range.start,
            "`# test:` needs a name without spaces".into(),
        ));
    }
    let mut case = Case {
        name,
        line: range.start as u32 + 1,
        source: String::new(),
        privilege: CasePrivilege::Root,
        kernel_since: None,
        kernel_before: None,
        license: "GPL".into(),
        expect: Expectation::Accept,
        sockets: Vec::new(),
        map_entries: Vec::new(),
        runs: Vec::new(),
        notes: Vec::new(),
    };
    for (i, &line) in lines
        .iter()
        .enumerate()
        .take(range.end)
        .skip(range.start + 1)
    {
        let Some((key, rest)) = directive(line) else {
            continue;
        };
        let value = rest.split_once(':').map(|(_, v)| v.trim()).unwrap_or("");
        match key {
            "privilege" => {
                case.privilege = match value {
                    "root" => CasePrivilege::Root,
                    "no_perfmon" => CasePrivilege::NoPerfmon,
                    _ => {
                        return Err(err(
                            i,
                            format!("unknown privilege `{value}` (root or no_perfmon)"),
                        ))
                    }
                }
            }
            "kernel" => {
                let (what, v) = value
                    .split_once(' ')
                    .ok_or_else(|| err(i, "expected `since X.Y` or `before X.Y`".into()))?;
                let v = version(v).ok_or_else(|| err(i, format!("bad kernel version `{v}`")))?;
                match what {
                    "since" => case.kernel_since = Some(v),
                    "before" => case.kernel_before = Some(v),
                    _ => return Err(err(i, "expected `since X.Y` or `before X.Y`".into())),
                }
            }
            "license" => case.license = value.to_string(),
            "note" => case.notes.push(value.to_string()),
            "error" => {
                let inner = rest
                    .strip_prefix('[')
                    .and_then(|r| r.split_once(']'))
                    .ok_or_else(|| err(i, "expected `# error[code]: message`".into()))?;
                let message = inner
                    .1
                    .trim_start()
                    .strip_prefix(':')
                    .unwrap_or("")
                    .trim()
                    .to_string();
                if case.expect != Expectation::Accept {
                    return Err(err(i, "a case has one `error` marker".into()));
                }
                let before_comment = &line[..line.find('#').unwrap_or(0)];
                let on_insn = !before_comment.trim().is_empty();
                case.expect = Expectation::Reject {
                    code: inner.0.trim().to_string(),
                    message,
                    line: on_insn.then_some(i as u32 + 1),
                };
            }
            "socket" => {
                let (n, d) = value
                    .split_once('=')
                    .ok_or_else(|| err(i, "expected `# socket: NAME = DESCRIPTION`".into()))?;
                case.sockets
                    .push((n.trim().to_string(), d.trim().to_string()));
            }
            "map" => {
                let (lhs, sock) = value
                    .split_once('=')
                    .ok_or_else(|| err(i, "expected `# map: MAP[KEY] = SOCKET`".into()))?;
                let (map, key) = lhs
                    .trim()
                    .strip_suffix(']')
                    .and_then(|l| l.split_once('['))
                    .ok_or_else(|| err(i, "expected `MAP[KEY]`".into()))?;
                let key = crate::syntax::parse_int(key.trim())
                    .and_then(|k| u64::try_from(k).ok())
                    .ok_or_else(|| err(i, format!("bad key `{key}`")))?;
                case.map_entries.push(MapEntry {
                    map: map.trim().to_string(),
                    key,
                    socket: sock.trim().to_string(),
                });
            }
            "run" => {
                let (tuple, exp) = value
                    .split_once("=>")
                    .ok_or_else(|| err(i, "expected `# run: TUPLE => EXPECT`".into()))?;
                let words: Vec<&str> = exp.split_whitespace().collect();
                let expect = match words.as_slice() {
                    ["drop"] => RunExpect::Drop,
                    ["pass"] => RunExpect::Pass(None),
                    ["pass", s] => RunExpect::Pass(Some(s.to_string())),
                    ["errno", e] => RunExpect::Errno(e.to_string()),
                    _ => {
                        return Err(err(
                            i,
                            format!(
                            "expected `drop`, `pass`, `pass SOCKET` or `errno NAME`, found `{}`",
                            exp.trim()
                        ),
                        ))
                    }
                };
                case.runs.push(Run {
                    tuple: tuple.trim().to_string(),
                    expect,
                    line: i as u32 + 1,
                });
            }
            "test" => {}
            other => return Err(err(i, format!("unknown case directive `{other}`"))),
        }
    }
    if !case.runs.is_empty() && case.kernel_since.is_none() {
        case.kernel_since = Some(RUNTIME_SINCE);
    }
    Ok(case)
}

/// `BPF_PROG_TEST_RUN` supports SK_LOOKUP since 5.13: the default range of runtime cases.
pub const RUNTIME_SINCE: (u32, u32) = (5, 13);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases_keep_line_numbers_and_prelude() {
        let text = ".license \"GPL\"\n# test: a\n  r0 = 1\n  exit\n# test: b\n# privilege: no_perfmon\n  r0 = *(u32 *)(r1 + 2) # error[ctx-bad-access]: invalid bpf_context access off=2 size=4\n  exit\n";
        let f = parse(text).unwrap();
        assert_eq!(f.cases.len(), 2);
        assert_eq!(f.cases[0].expect, Expectation::Accept);
        assert!(f.cases[0].source.contains(".license") && !f.cases[0].source.contains("r1 + 2"));
        assert_eq!(f.cases[1].source.lines().count(), 8);
        assert_eq!(f.cases[1].privilege, CasePrivilege::NoPerfmon);
        assert_eq!(
            f.cases[1].expect,
            Expectation::Reject {
                code: "ctx-bad-access".into(),
                message: "invalid bpf_context access off=2 size=4".into(),
                line: Some(7)
            }
        );
    }

    #[test]
    fn runtime_directives() {
        let text = "# test: r\n# socket: s1 = tcp listen 127.0.0.1:80\n# map: sock_map[0] = s1\n# run: tcp 1.2.3.4:1 -> 5.6.7.8:80 => pass s1\n# run: udp 1.2.3.4:1 -> 5.6.7.8:80 => errno EOPNOTSUPP\n  r0 = 1\n  exit\n";
        let c = &parse(text).unwrap().cases[0];
        assert_eq!(
            c.sockets,
            vec![("s1".to_string(), "tcp listen 127.0.0.1:80".to_string())]
        );
        assert_eq!(
            c.map_entries[0],
            MapEntry {
                map: "sock_map".into(),
                key: 0,
                socket: "s1".into()
            }
        );
        assert_eq!(c.runs[0].expect, RunExpect::Pass(Some("s1".into())));
        assert_eq!(c.runs[1].expect, RunExpect::Errno("EOPNOTSUPP".into()));
        assert_eq!(c.kernel_since, Some(RUNTIME_SINCE));
        assert!(parse("# test: x\n# bogus: 1\n").is_err());
        let commented =
            parse("# test: y\n  r0 = *(u32 *)(r1 + 44) # local_ip6[0]: first word\n  exit\n")
                .unwrap();
        assert_eq!(commented.cases[0].expect, Expectation::Accept);
    }
}
