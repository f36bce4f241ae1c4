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
//! * `# kernel: since X.Y[.Z]` / `# kernel: before X.Y[.Z]`: the releases the expectation
//!   holds for (cases with `# run:` lines default to `since 5.13`, the first kernel that
//!   test-runs SK_LOOKUP programs).
//! * `# kernel: also since X.Y[.Z] before A.B[.C]`: one more range of releases, for a stable
//!   backport that holds from a point release of one series (the case holds in any range).
//! * `# license: TEXT` (default `GPL`).
//! * `# func: LABEL static|global [(ARG, ...)] [-> void|ptr]`: the program is loaded with
//!   BTF `func_info` (a `FUNC` per function, as clang emits them): the entry point a global
//!   function, and one function starting at each `# func:` label with that linkage (a
//!   callback needs one) and a prototype returning `int` (`-> void`: nothing, `-> ptr`: an
//!   `int *`) whose parameters are the ARGs (none without the parenthesis), each a type
//!   followed by `arg:` tag names (`skctx::proto::Param`): `scalar` (`int`), `ctx`
//!   (`struct bpf_sk_lookup *`), `mem:N` (a pointer to a struct of N bytes), `void*`,
//!   `ptr*` (`int **`), `fwd*` (a pointer to a struct never defined), `fn*` (a pointer to
//!   a function), `struct:N` and `union:N` (passed by value); `mem:N nonnull` is the
//!   pointer with `__arg_nonnull`, `void* ctx` a `void *` with `__arg_ctx`.
//! * `# error[CODE]: MESSAGE` at the end of an instruction line: the program is rejected at
//!   that instruction with our diagnostic code CODE, and the kernel's log says MESSAGE (its last
//!   message line; for two-line messages, either line). `# error[CODE, ERRNO]: MESSAGE` also
//!   states the errno the load fails with (`E2BIG`). With no `error` marker the program is
//!   accepted. `# error[CODE]: MESSAGE` on a line of its own (no instruction) means the
//!   rejection has no instruction (e.g. the kernel's CFG checks print no instruction).
//! * Behaviour-dependent expectations: `# error[CODE] if BEHAVIOUR: MESSAGE` holds only on
//!   kernels with that named behaviour (`skctx::BEHAVIOURS`), `# error[CODE] unless
//!   BEHAVIOUR: MESSAGE` only on kernels without it; a case may carry one marker per side,
//!   on different instructions, and a side without a marker expects the program accepted.
//!   `# ^ error[...] ...` on a line of its own is a marker for the instruction line above it
//!   (two messages for the same instruction).
//! * `# frozen: MAP = "TEXT"`: MAP's one value is TEXT (C escapes `\n \t \\ \" \xHH`,
//!   zero-padded to the value size), written and frozen before the load as libbpf does
//!   with `.rodata` (declare MAP with `flags=0x80`, `BPF_F_RDONLY_PROG`, for a read-only
//!   map whose value the verifier reads, e.g. a `bpf_snprintf` format).
//! * `# spin_lock: MAP = OFFSET`: MAP's value holds a `struct bpf_spin_lock` at byte OFFSET;
//!   the map is created with BTF saying so, as libbpf creates it from clang's map definition
//!   (`bpf_spin_lock` needs it; an ARRAY or HASH map). For one case; a map whose `.skmap`
//!   has `spin_lock=OFFSET` holds its lock there in every case.
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

use std::str::FromStr;

use skctx::net::{SocketDesc, Tuple};
use skctx::proto::{Param, Proto, Ret};
use skctx::{Behaviour, Behaviours, Code, Errno, KernelProfile, KernelVersion, Privilege};

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
    pub privilege: Privilege,
    /// First release the expectation holds for.
    pub kernel_since: Option<KernelVersion>,
    /// First release it no longer holds for.
    pub kernel_before: Option<KernelVersion>,
    /// `# kernel: also since X before Y`: more releases it holds for, `[X, Y)` each.
    pub kernel_also: Vec<(KernelVersion, KernelVersion)>,
    pub license: String,
    /// `# func:` lines: the functions besides the entry point, loaded with BTF `func_info`
    /// (none: no BTF).
    pub funcs: Vec<FuncDecl>,
    /// The `error` markers, each with the behaviour condition it holds under.
    pub markers: Vec<Marker>,
    /// `# socket: NAME = DESC`, in order.
    pub sockets: Vec<(String, SocketDesc)>,
    pub map_entries: Vec<MapEntry>,
    /// `# frozen: MAP = "TEXT"`: (map, its value's bytes).
    pub frozen: Vec<(String, Vec<u8>)>,
    /// `# spin_lock: MAP = OFFSET`: (map, the lock's byte offset in its value).
    pub spin_locks: Vec<(String, u32)>,
    pub runs: Vec<Run>,
    pub notes: Vec<String>,
}

/// A `# func: LABEL static|global [(ARG, ...)] [-> RET]` line: a function starting at
/// LABEL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FuncDecl {
    pub label: String,
    pub global: bool,
    pub proto: Proto,
}

/// When a marker holds: always, or on kernels with / without a named behaviour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Condition {
    Always,
    If(Behaviour),
    Unless(Behaviour),
}

impl Condition {
    pub fn holds(self, behaviours: Behaviours) -> bool {
        match self {
            Condition::Always => true,
            Condition::If(b) => behaviours.contains(b),
            Condition::Unless(b) => !behaviours.contains(b),
        }
    }

    pub fn behaviour(self) -> Option<Behaviour> {
        match self {
            Condition::Always => None,
            Condition::If(b) | Condition::Unless(b) => Some(b),
        }
    }
}

/// One `# error[CODE]: MESSAGE` marker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// The registered code (`skctx::codes`); an unknown name is a parse error.
    pub code: Code,
    pub message: String,
    /// 1-based source line of the rejected instruction; `None` for a marker on its own line.
    pub line: Option<u32>,
    pub condition: Condition,
    /// The errno `BPF_PROG_LOAD` fails with, when the marker states it (`error[CODE, E2BIG]`).
    pub errno: Option<Errno>,
    /// 1-based line the marker is written on.
    pub at: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expectation {
    Accept,
    Reject {
        code: Code,
        message: String,
        /// 1-based source line of the rejected instruction; `None` for a marker on its own line.
        line: Option<u32>,
        /// The load's errno, when the case states it.
        errno: Option<Errno>,
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
    pub tuple: Tuple,
    pub expect: RunExpect,
    pub line: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunExpect {
    Drop,
    Pass(Option<String>),
    /// The test run fails with this errno.
    Errno(Errno),
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

    /// Whether the case holds on `profile`'s release (its `# kernel:` range).
    pub fn applies_to(&self, profile: KernelProfile) -> bool {
        let main = self.kernel_since.is_none_or(|s| profile.has(s))
            && self.kernel_before.is_none_or(|b| !profile.has(b));
        main || self
            .kernel_also
            .iter()
            .any(|&(since, before)| profile.has(since) && !profile.has(before))
    }

    /// The first release of each of the case's ranges that names one.
    pub fn range_starts(&self) -> impl Iterator<Item = KernelVersion> + '_ {
        self.kernel_since
            .into_iter()
            .chain(self.kernel_also.iter().map(|r| r.0))
    }

    /// What the kernel must do with the program on a kernel with `behaviours`.
    pub fn expectation(&self, behaviours: Behaviours) -> Expectation {
        match self.markers.iter().find(|m| m.condition.holds(behaviours)) {
            None => Expectation::Accept,
            Some(m) => Expectation::Reject {
                code: m.code,
                message: m.message.clone(),
                line: m.line,
                errno: m.errno,
            },
        }
    }

    /// The expectation on an upstream kernel (no behaviours).
    pub fn expect(&self) -> Expectation {
        self.expectation(Behaviours::NONE)
    }

    /// The behaviours this case's expectation depends on.
    pub fn behaviours(&self) -> Behaviours {
        self.markers
            .iter()
            .filter_map(|m| m.condition.behaviour())
            .collect()
    }

    /// Every behaviour set that changes the expectation (for static checks: each must be
    /// consistent).
    pub fn behaviour_sets(&self) -> Vec<Behaviours> {
        let named: Vec<Behaviour> = self.behaviours().iter().collect();
        (0..1u32 << named.len())
            .map(|bits| {
                named
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| bits & (1 << i) != 0)
                    .map(|(_, b)| *b)
                    .collect()
            })
            .collect()
    }
}

/// `since X before Y` of `# kernel: also since X before Y`.
fn parse_also(range: &str) -> Result<(KernelVersion, KernelVersion), String> {
    let usage = || "expected `also since X.Y before A.B`".to_string();
    let (since, before) = range
        .strip_prefix("since ")
        .and_then(|r| r.split_once(" before "))
        .ok_or_else(usage)?;
    let parse = |v: &str| KernelVersion::parse(v.trim()).map_err(|e| e.to_string());
    let (since, before) = (parse(since)?, parse(before)?);
    if since >= before {
        return Err(format!("empty range: since {since} before {before}"));
    }
    Ok((since, before))
}

/// `# key: value` or `# key[arg]: value`; returns (key, rest after the key). Directives stand
/// on lines of their own, except `# error[...]`, which ends an instruction line; other
/// comments after instructions (`# local_ip6[0]: ...`) are just comments.
/// `LABEL static|global [(ARG, ...)] [-> void|ptr]`.
fn parse_func(value: &str) -> Result<FuncDecl, String> {
    let usage = |why: String| {
        format!("expected `# func: LABEL static|global [(scalar|ctx|mem:N|void*|..., ...)] [-> void|ptr]`: {why}")
    };
    let (value, ret) = match value.split_once("->") {
        Some((v, r)) => match r.trim() {
            "void" => (v, Ret::Void),
            "ptr" => (v, Ret::Other),
            r => return Err(usage(format!("unknown return `{r}`"))),
        },
        None => (value, Ret::Int),
    };
    let (label, rest) = (value.trim().split_once(' ')).ok_or_else(|| usage("no linkage".into()))?;
    let (linkage, params) = match rest.split_once('(') {
        Some((linkage, args)) => {
            let args = (args.trim_end().strip_suffix(')'))
                .ok_or_else(|| usage("no closing parenthesis".into()))?;
            (linkage, parse_params(args).map_err(usage)?)
        }
        None => (rest, Vec::new()),
    };
    let global = match linkage.trim() {
        "static" => false,
        "global" => true,
        l => return Err(usage(format!("linkage `{l}`"))),
    };
    Ok(FuncDecl {
        label: label.to_string(),
        global,
        proto: Proto { ret, params },
    })
}

/// `ARG, ARG, ...` (empty: no parameter).
fn parse_params(args: &str) -> Result<Vec<Param>, String> {
    if args.trim().is_empty() {
        return Ok(Vec::new());
    }
    args.split(',').map(str::parse).collect()
}

fn directive(line: &str) -> Option<(&str, &str)> {
    let c = line.find('#')?;
    let on_own_line = line[..c].trim().is_empty();
    let body = line[c + 1..].trim_start();
    let body = match body.strip_prefix('^') {
        Some(rest) if on_own_line => rest.trim_start(),
        _ => body,
    };
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
        privilege: Privilege::Root,
        kernel_since: None,
        kernel_before: None,
        kernel_also: Vec::new(),
        license: "GPL".into(),
        funcs: Vec::new(),
        markers: Vec::new(),
        sockets: Vec::new(),
        map_entries: Vec::new(),
        frozen: Vec::new(),
        spin_locks: Vec::new(),
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
                    "root" => Privilege::Root,
                    "no_perfmon" => Privilege::NoPerfmon,
                    _ => {
                        return Err(err(
                            i,
                            format!("unknown privilege `{value}` (root or no_perfmon)"),
                        ))
                    }
                }
            }
            "kernel" => {
                if let Some(range) = value.strip_prefix("also ") {
                    let also = parse_also(range).map_err(|m| err(i, m))?;
                    case.kernel_also.push(also);
                    continue;
                }
                let (what, v) = value
                    .split_once(' ')
                    .ok_or_else(|| err(i, "expected `since X.Y` or `before X.Y`".into()))?;
                let v = KernelVersion::parse(v).map_err(|e| err(i, e.to_string()))?;
                match what {
                    "since" => case.kernel_since = Some(v),
                    "before" => case.kernel_before = Some(v),
                    _ => return Err(err(i, "expected `since X.Y` or `before X.Y`".into())),
                }
            }
            "license" => case.license = value.to_string(),
            "func" => case.funcs.push(parse_func(value).map_err(|m| err(i, m))?),
            "note" => case.notes.push(value.to_string()),
            "frozen" => {
                let (map, text) = value
                    .split_once('=')
                    .ok_or_else(|| err(i, "expected `# frozen: MAP = \"TEXT\"`".into()))?;
                let bytes = c_string(text.trim()).map_err(|m| err(i, m))?;
                case.frozen.push((map.trim().to_string(), bytes));
            }
            "spin_lock" => {
                let lock = value.split_once('=').and_then(|(map, off)| {
                    Some((map.trim().to_string(), off.trim().parse().ok()?))
                });
                let lock =
                    lock.ok_or_else(|| err(i, "expected `# spin_lock: MAP = OFFSET`".into()))?;
                case.spin_locks.push(lock);
            }
            "error" => {
                let marker = parse_marker(line, rest, i, lines).map_err(|m| err(i, m))?;
                if case.markers.iter().any(|m| {
                    m.condition == marker.condition
                        || m.condition == Condition::Always
                        || marker.condition == Condition::Always
                }) {
                    return Err(err(
                        i,
                        "a case has one `error` marker per behaviour condition".into(),
                    ));
                }
                case.markers.push(marker);
            }
            "socket" => {
                let (n, d) = value
                    .split_once('=')
                    .ok_or_else(|| err(i, "expected `# socket: NAME = DESCRIPTION`".into()))?;
                let name = n.trim().to_string();
                let desc = SocketDesc::from_str(d.trim())
                    .map_err(|e| err(i, format!("socket `{name}`: {e}")))?;
                if case.sockets.iter().any(|(other, _)| *other == name) {
                    return Err(err(i, format!("socket `{name}` declared twice")));
                }
                case.sockets.push((name, desc));
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
                let key = asm::syntax::parse_int(key.trim())
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
                    ["errno", e] => RunExpect::Errno(
                        Errno::from_name(e)
                            .ok_or_else(|| err(i, format!("unknown errno `{e}`")))?,
                    ),
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
                    tuple: Tuple::from_str(tuple.trim())
                        .map_err(|e| err(i, format!("tuple `{}`: {e}", tuple.trim())))?,
                    expect,
                    line: i as u32 + 1,
                });
            }
            "test" => {}
            other => return Err(err(i, format!("unknown case directive `{other}`"))),
        }
    }
    let behaviours: Vec<Behaviour> = case.behaviours().iter().collect();
    if behaviours.len() > 1 {
        return Err(err(
            range.start,
            "markers depend on one behaviour at most".into(),
        ));
    }
    if !case.runs.is_empty() && case.kernel_since.is_none() {
        case.kernel_since = Some(RUNTIME_SINCE);
    }
    Ok(case)
}

/// `# error[CODE] [if|unless BEHAVIOUR]: MESSAGE`, on instruction line `i` (or on a line of
/// its own: no instruction, or with `^` the instruction line above).
fn parse_marker(line: &str, rest: &str, i: usize, lines: &[&str]) -> Result<Marker, String> {
    let (inside, after) = rest
        .strip_prefix('[')
        .and_then(|r| r.split_once(']'))
        .ok_or("expected `# error[code]: message`")?;
    let (condition_text, message) = after
        .split_once(':')
        .ok_or("expected `# error[code]: message`")?;
    let condition = match condition_text
        .split_whitespace()
        .collect::<Vec<_>>()
        .as_slice()
    {
        [] => Condition::Always,
        [word, name] if *word == "if" || *word == "unless" => {
            let b = Behaviour::by_name(name)
                .ok_or_else(|| format!("unknown kernel behaviour `{name}`"))?;
            if *word == "if" {
                Condition::If(b)
            } else {
                Condition::Unless(b)
            }
        }
        _ => {
            return Err(format!(
                "expected `if BEHAVIOUR` or `unless BEHAVIOUR` before the `:`, found `{}`",
                condition_text.trim()
            ))
        }
    };
    let (code_name, errno_name) = match inside.split_once(',') {
        Some((c, e)) => (c.trim(), Some(e.trim())),
        None => (inside.trim(), None),
    };
    let code = Code::from_name(code_name).ok_or_else(|| {
        format!(
            "`{code_name}` is not a registered error code (skctx::codes; tests/spec/README.md lists them)"
        )
    })?;
    let errno = errno_name
        .map(|e| Errno::from_name(e).ok_or_else(|| format!("unknown errno `{e}`")))
        .transpose()?;
    let hash = line.find('#').unwrap_or(0);
    let on_insn = !line[..hash].trim().is_empty();
    let caret = !on_insn && line[hash + 1..].trim_start().starts_with('^');
    let insn_line = if on_insn {
        Some(i as u32 + 1)
    } else if caret {
        let above = i.checked_sub(1).map(|j| lines[j]).unwrap_or("");
        let code = &above[..above.find('#').unwrap_or(above.len())];
        if code.trim().is_empty() {
            return Err("`# ^ error[...]` must follow an instruction line".into());
        }
        Some(i as u32)
    } else {
        None
    };
    Ok(Marker {
        code,
        message: message.trim().to_string(),
        line: insn_line,
        condition,
        errno,
        at: i as u32 + 1,
    })
}

/// `BPF_PROG_TEST_RUN` supports SK_LOOKUP since 5.13: the default range of runtime cases.
pub const RUNTIME_SINCE: KernelVersion = KernelVersion::new(5, 13);

/// The bytes of a double-quoted C string literal (`\n \t \r \0 \\ \" \xHH`).
fn c_string(text: &str) -> Result<Vec<u8>, String> {
    let inner = text
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .ok_or_else(|| format!("expected a double-quoted string, found `{text}`"))?;
    let mut out = Vec::new();
    let mut bytes = inner.bytes();
    while let Some(b) = bytes.next() {
        if b != b'\\' {
            out.push(b);
            continue;
        }
        let escaped = match bytes.next() {
            Some(b'n') => b'\n',
            Some(b't') => b'\t',
            Some(b'r') => b'\r',
            Some(b'0') => 0,
            Some(b'\\') => b'\\',
            Some(b'"') => b'"',
            Some(b'x') => {
                let hex: Vec<u8> = bytes.by_ref().take(2).collect();
                std::str::from_utf8(&hex)
                    .ok()
                    .filter(|h| h.len() == 2)
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                    .ok_or("`\\x` needs two hex digits")?
            }
            other => {
                return Err(format!(
                    "unknown escape `\\{}`",
                    other.map_or('?', char::from)
                ))
            }
        };
        out.push(escaped);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn func_lines_name_labels_and_linkage() {
        let text = "# test: a\n# func: cb static\n# func: g global\n  r0 = 0\n  exit\n";
        let f = parse(text).unwrap();
        let want = [("cb", false), ("g", true)].map(|(l, global)| FuncDecl {
            label: l.into(),
            global,
            proto: Proto::default(),
        });
        assert_eq!(f.cases[0].funcs, want);
        let e = parse("# test: a\n# func: cb inline\n  exit\n").unwrap_err();
        assert!(e.to_string().contains("static|global"), "{e}");
        let f = parse("# test: a\n# func: g global (ctx, scalar)\n  exit\n").unwrap();
        let params = &f.cases[0].funcs[0].proto.params;
        assert_eq!(
            params,
            &["ctx", "scalar"].map(|p| p.parse::<Param>().unwrap())
        );
        let f = parse("# test: a\n# func: g global () -> void\n  exit\n").unwrap();
        assert_eq!(f.cases[0].funcs[0].proto.ret, Ret::Void);
        assert!(f.cases[0].funcs[0].proto.params.is_empty());
        for bad in [
            "g global (ptr)",
            "g global (scalar",
            "g global scalar)",
            "g global -> int",
        ] {
            let e = parse(&format!("# test: a\n# func: {bad}\n  exit\n")).unwrap_err();
            assert!(e.to_string().contains("scalar|ctx"), "{bad}: {e}");
        }
        assert!(parse("# test: a\n  exit\n").unwrap().cases[0]
            .funcs
            .is_empty());
    }

    #[test]
    fn frozen_lines_give_a_maps_bytes() {
        let text = "# test: a\n# frozen: fmt = \"x=%u\\n\\0\\x41\\\"\\\\\"\n  exit\n";
        let f = parse(text).unwrap();
        assert_eq!(
            f.cases[0].frozen,
            [("fmt".to_string(), b"x=%u\n\0A\"\\".to_vec())]
        );
        for bad in ["fmt \"x\"", "fmt = x", "fmt = \"\\q\"", "fmt = \"\\x4\""] {
            let e = parse(&format!("# test: a\n# frozen: {bad}\n  exit\n"));
            assert!(e.is_err(), "{bad}");
        }
    }

    #[test]
    fn cases_keep_line_numbers_and_prelude() {
        let text = ".license \"GPL\"\n# test: a\n  r0 = 1\n  exit\n# test: b\n# privilege: no_perfmon\n  r0 = *(u32 *)(r1 + 2) # error[ctx-bad-access]: invalid bpf_context access off=2 size=4\n  exit\n";
        let f = parse(text).unwrap();
        assert_eq!(f.cases.len(), 2);
        assert_eq!(f.cases[0].expect(), Expectation::Accept);
        assert!(f.cases[0].source.contains(".license") && !f.cases[0].source.contains("r1 + 2"));
        assert_eq!(f.cases[1].source.lines().count(), 8);
        assert_eq!(f.cases[1].privilege, Privilege::NoPerfmon);
        assert_eq!(
            f.cases[1].expect(),
            Expectation::Reject {
                code: Code::CtxBadAccess,
                message: "invalid bpf_context access off=2 size=4".into(),
                line: Some(7),
                errno: None
            }
        );
    }

    #[test]
    fn kernel_ranges_with_backports() {
        let text =
            "# test: a\n# kernel: since 7.3\n# kernel: also since 6.12.111 before 6.13\n  exit\n";
        let c = &parse(text).unwrap().cases[0];
        let p = |a, b, c| KernelProfile::upstream(KernelVersion::with_patch(a, b, c)).unwrap();
        for (profile, holds) in [
            (p(6, 12, 110), false),
            (p(6, 12, 111), true),
            (p(6, 13, 0), false),
            (p(7, 2, 12), false),
            (p(7, 3, 0), true),
        ] {
            assert_eq!(c.applies_to(profile), holds, "{}", profile.version());
        }
        let starts: Vec<_> = c.range_starts().map(|v| v.to_string()).collect();
        assert_eq!(starts, ["7.3", "6.12.111"]);
        for bad in ["also 6.1", "also since 6.2 before 6.1", "also since 6.1"] {
            assert!(
                parse(&format!("# test: a\n# kernel: {bad}\n")).is_err(),
                "{bad}"
            );
        }
    }

    #[test]
    fn runtime_directives() {
        let text = "# test: r\n# socket: s1 = tcp listen 127.0.0.1:80\n# map: sock_map[0] = s1\n# run: tcp 1.2.3.4:1 -> 5.6.7.8:80 => pass s1\n# run: udp 1.2.3.4:1 -> 5.6.7.8:80 => errno EOPNOTSUPP\n  r0 = 1\n  exit\n";
        let c = &parse(text).unwrap().cases[0];
        assert_eq!(
            c.sockets,
            vec![(
                "s1".to_string(),
                SocketDesc::from_str("tcp listen 127.0.0.1:80").unwrap()
            )]
        );
        assert!(parse("# test: x\n# socket: s = tcp listen nowhere\n").is_err());
        assert!(parse("# test: x\n# run: tcp nowhere => drop\n").is_err());
        assert_eq!(
            c.map_entries[0],
            MapEntry {
                map: "sock_map".into(),
                key: 0,
                socket: "s1".into()
            }
        );
        assert_eq!(c.runs[0].expect, RunExpect::Pass(Some("s1".into())));
        assert_eq!(
            c.runs[1].expect,
            RunExpect::Errno(Errno::from_name("EOPNOTSUPP").unwrap())
        );
        assert!(parse("# test: x\n# run: tcp 1.2.3.4:1 -> 5.6.7.8:80 => errno ENOPE\n").is_err());
        assert_eq!(c.kernel_since, Some(RUNTIME_SINCE));
        assert!(parse("# test: x\n# bogus: 1\n").is_err());
        let commented =
            parse("# test: y\n  r0 = *(u32 *)(r1 + 44) # local_ip6[0]: first word\n  exit\n")
                .unwrap();
        assert_eq!(commented.cases[0].expect(), Expectation::Accept);
    }

    #[test]
    fn markers_per_behaviour() {
        let b = Behaviour::SockmapLookupSockOrNull;
        let text = "# test: t\n  call 124 # error[helper-arg-type] unless sockmap-lookup-sock-or-null: R2 type=map_value_or_null expected=sock\n  r0 = 1\n  exit # error[reference-leak] if sockmap-lookup-sock-or-null: Unreleased reference\n";
        let c = &parse(text).unwrap().cases[0];
        assert_eq!(c.behaviours(), Behaviours::NONE.with(b));
        assert!(matches!(
            c.expectation(Behaviours::NONE),
            Expectation::Reject { line: Some(2), .. }
        ));
        assert!(matches!(
            c.expectation(Behaviours::NONE.with(b)),
            Expectation::Reject {
                line: Some(4),
                code: Code::ReferenceLeak,
                ..
            }
        ));
        assert_eq!(c.behaviour_sets().len(), 2);

        let same_insn = "# test: u\n  r0 = *(u32 *)(r0 + 4) # error[invalid-mem-access] unless sockmap-lookup-sock-or-null: 'map_value_or_null'\n  # ^ error[invalid-mem-access] if sockmap-lookup-sock-or-null: 'sock_or_null'\n  exit\n";
        let c = &parse(same_insn).unwrap().cases[0];
        assert!(matches!(
            c.expectation(Behaviours::NONE.with(b)),
            Expectation::Reject { line: Some(2), ref message, .. } if message == "'sock_or_null'"
        ));

        let accept_with = "# test: v\n  call 124 # error[helper-arg-type] unless sockmap-lookup-sock-or-null: x\n  exit\n";
        let c = &parse(accept_with).unwrap().cases[0];
        assert_eq!(c.expectation(Behaviours::NONE.with(b)), Expectation::Accept);

        for bad in [
            "# test: w\n  exit # error[reference-leak] if no-such-behaviour: m\n",
            "# test: w\n  exit # error[no-such-code]: m\n",
            "# test: w\n  exit # error[div-by-zero] maybe sockmap-lookup-sock-or-null: m\n",
            "# test: w\n  r0 = 1 # error[div-by-zero]: m\n  exit # error[div-by-zero] if sockmap-lookup-sock-or-null: m\n",
            "# test: w\n\n  # ^ error[div-by-zero] if sockmap-lookup-sock-or-null: m\n  exit\n",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }
}
