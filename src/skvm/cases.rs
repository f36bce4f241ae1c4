//! `skvm test`: a case file (TOML, documented in README) of lookups with their expected
//! verdict, selection, delivery and helper errno, run on each engine; one line per case and
//! engine, a diff of expected and actual on failure, a final `N passed, N failed` line.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use skctx::net::Tuple;
use skctx::world::EntryValue;
use toml::Spanned;
use vm::{Delivery, Outcome, RunOptions};

use super::render::Ran;
use super::{load_programs, safe, vm_world, Engine, EngineChoice, LoadOptions};
use crate::cli::{shown, Failure};

/// A case file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseFile {
    /// Programs attached in order, relative to the case file.
    programs: Vec<String>,
    /// The world file, relative to the case file.
    world: Option<String>,
    /// `--kernel` of every case (default `host`).
    kernel: Option<String>,
    #[serde(rename = "case", default)]
    cases: Vec<Case>,
}

/// One lookup and what it must give; an expectation left out is not checked.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: Spanned<String>,
    tuple: Spanned<String>,
    /// Run only the program of this name (`--program`).
    program: Option<String>,
    /// Map entries replacing the world's: map name to `{ key = socket or [bytes] }`.
    #[serde(default)]
    entries: std::collections::BTreeMap<String, std::collections::BTreeMap<String, Value>>,
    /// `SK_PASS` or `SK_DROP`.
    verdict: Option<String>,
    /// The socket a program selected, or `none`.
    selected: Option<String>,
    /// The socket the packet goes to, `no socket` or `dropped`.
    delivered: Option<String>,
    /// The errno of the first helper call that failed (`EPROTOTYPE`), or `none`.
    helper_errno: Option<String>,
}

/// A map entry's value: a socket by name or the value's bytes.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Value {
    Socket(String),
    Bytes(Vec<u8>),
}

/// What `skvm test` was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestArgs {
    pub file: PathBuf,
    pub no_verify: bool,
    /// `--engine kernel`: each case also runs on the live kernel.
    pub kernel: bool,
}

/// The report, and whether every case passed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestReport {
    pub text: String,
    pub all_passed: bool,
}

/// A case file, read, with what its cases share.
struct Suite {
    /// The file as printed.
    name: String,
    text: String,
    file: CaseFile,
    profile: skctx::KernelProfile,
    world_path: Option<PathBuf>,
    world: Option<skctx::World>,
    programs: Vec<PathBuf>,
}

/// `skvm test`.
pub fn test(args: &TestArgs) -> Result<TestReport, Failure> {
    let suite = Suite::read(&args.file)?;
    let mut engines = vec![EngineChoice::Interp, EngineChoice::Jit];
    if args.kernel {
        engines.push(EngineChoice::Kernel);
    }
    let mut out = String::new();
    let (mut passed, mut failed) = (0, 0);
    for case in &suite.file.cases {
        let at = format!(
            "{}:{}",
            suite.name,
            line_at(&suite.text, case.name.span().start)
        );
        let tuple = suite.tuple(case)?;
        let world = suite.world(case, &at)?;
        let title = safe(case.name.get_ref());
        for &engine in &engines {
            let (diff, ran) = suite.run(case, &tuple, &world, engine, args.no_verify)?;
            let (mark, n) = if diff.is_empty() {
                ("ok  ", &mut passed)
            } else {
                ("FAIL", &mut failed)
            };
            *n += 1;
            let _ = writeln!(out, "{mark} {at} {title} ({ran})");
            out.push_str(&diff);
        }
    }
    let _ = writeln!(out, "{passed} passed, {failed} failed");
    Ok(TestReport {
        text: out,
        all_passed: failed == 0,
    })
}

impl Suite {
    fn read(path: &Path) -> Result<Suite, Failure> {
        let name = shown(path);
        let text = std::fs::read_to_string(path)
            .map_err(|e| Failure::Usage(format!("cannot read {name}: {e}")))?;
        let file: CaseFile =
            toml::from_str(&text).map_err(|e| Failure::Usage(toml_error(&name, &text, &e)))?;
        let dir = path.parent().unwrap_or(Path::new(""));
        let profile = crate::profiles::resolve(file.kernel.as_deref().unwrap_or("host"))?;
        let world_path = file.world.as_ref().map(|w| dir.join(w));
        let world = world_path
            .as_deref()
            .map(crate::load::read_world)
            .transpose()?;
        let programs = file.programs.iter().map(|p| dir.join(p)).collect();
        Ok(Suite {
            name,
            text,
            file,
            profile,
            world_path,
            world,
            programs,
        })
    }

    fn tuple(&self, case: &Case) -> Result<Tuple, Failure> {
        case.tuple.get_ref().parse().map_err(|e| {
            let line = line_at(&self.text, case.tuple.span().start);
            Failure::Usage(safe(&format!("{}:{line}: tuple: {e}", self.name)))
        })
    }

    /// The world file with the case's entries.
    fn world(&self, case: &Case, at: &str) -> Result<skctx::World, Failure> {
        let mut world = self.world.clone().unwrap_or_default();
        override_entries(&mut world, case, at)?;
        Ok(world)
    }

    /// Runs one case on `engine`; returns the diff (empty: passed) and what ran it.
    fn run(
        &self,
        case: &Case,
        tuple: &Tuple,
        file: &skctx::World,
        engine: EngineChoice,
        no_verify: bool,
    ) -> Result<(String, String), Failure> {
        let mut world = vm_world(Some(file), self.world_path.as_deref())?;
        let options = LoadOptions {
            program: case.program.as_deref(),
            no_verify,
            profile: self.profile,
        };
        let loaded = load_programs(&self.programs, Some(file), &mut world, &options)?;
        let engine = Engine {
            choice: engine,
            file: Some(file),
            repeat: 0,
        };
        let opts = RunOptions::new(self.profile);
        Ok(match engine.run(&loaded, tuple, &mut world, &opts) {
            Ok((Ok(o), ran)) => (diff(case, &observed(&o, &ran)), ran.name()),
            Ok((Err(t), ran)) => (format!("  + trap: {}\n", safe(&t.to_string())), ran.name()),
            // The live kernel refused this one case (its test run cannot select a socket in a
            // reuseport group, say): the case fails with the kernel's answer, the rest run.
            Err(Failure::Rejected(why)) if engine.choice == EngineChoice::Kernel => (
                format!(
                    "  + kernel: {}\n",
                    why.trim_end().trim_start_matches("error: ")
                ),
                "kernel".to_string(),
            ),
            Err(f) => return Err(f),
        })
    }
}

/// A TOML error as `FILE:LINE: message` (the message's first line, without toml's own
/// position, which the line says).
fn toml_error(name: &str, text: &str, e: &toml::de::Error) -> String {
    let line = e.span().map_or(1, |s| line_at(text, s.start));
    let message = e.message().lines().next().unwrap_or("invalid case file");
    safe(&format!("{name}:{line}: {message}"))
}

/// The 1-based line of byte `offset` of `text`.
fn line_at(text: &str, offset: usize) -> usize {
    text.get(..offset).map_or(0, |t| t.matches('\n').count()) + 1
}

/// Replaces the entries of each map the case names.
fn override_entries(world: &mut skctx::World, case: &Case, at: &str) -> Result<(), Failure> {
    for (map, entries) in &case.entries {
        let m = world.maps.get_mut(map).ok_or_else(|| {
            Failure::Usage(safe(&format!(
                "{at}: entries: the world has no map `{map}`"
            )))
        })?;
        m.entries.clear();
        for (key, value) in entries {
            let k = skctx::world::parse_key(m.map_type, m.key_size, key).map_err(|why| {
                Failure::Usage(safe(&format!("{at}: entries.{map}: key `{key}` {why}")))
            })?;
            let v = match value {
                Value::Socket(s) => EntryValue::Socket(s.clone()),
                Value::Bytes(b) => EntryValue::Bytes(b.clone()),
            };
            m.entries.push((k, v));
        }
    }
    Ok(())
}

/// What a run gave, in the case file's terms.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Observed {
    verdict: String,
    selected: String,
    delivered: String,
    /// `None`: not observable on the engine.
    helper_errno: Option<String>,
}

fn observed(o: &Outcome, ran: &Ran) -> Observed {
    let delivered = match &o.delivered_to {
        Delivery::Selected { socket, .. }
        | Delivery::Regular { socket }
        | Delivery::Connected { socket } => socket.clone(),
        Delivery::ReuseportGroup { selected, .. } => selected.clone(),
        Delivery::RegularReuseportGroup { first, .. } => first.clone(),
        Delivery::NoSocket { .. } => "no socket".into(),
        Delivery::Dropped { .. } => "dropped".into(),
        Delivery::NotLookedUp { .. } => "not looked up".into(),
    };
    let errno = if ran.engine == EngineChoice::Kernel {
        // The kernel's test run does not show helper calls.
        None
    } else {
        Some(errno(o))
    };
    Observed {
        verdict: super::render::verdict_text(o.verdict).to_string(),
        selected: o
            .selected
            .as_ref()
            .map_or_else(|| "none".to_string(), |s| s.socket.clone()),
        delivered,
        helper_errno: errno,
    }
}

/// The errno of the first helper call that returned one, or `none`.
fn errno(o: &Outcome) -> String {
    o.helper_calls
        .iter()
        .map(|c| c.ret as i64)
        .find(|r| (-4095..0).contains(r))
        .map_or_else(
            || "none".to_string(),
            |r| {
                let e = skctx::Errno((-r) as i32);
                e.name().map_or_else(|| r.to_string(), str::to_string)
            },
        )
}

/// `- field: expected` / `+ field: actual` lines for each expectation not met.
fn diff(case: &Case, actual: &Observed) -> String {
    let fields = [
        ("verdict", &case.verdict, &actual.verdict),
        ("selected", &case.selected, &actual.selected),
        ("delivered", &case.delivered, &actual.delivered),
    ];
    let errno = actual
        .helper_errno
        .as_ref()
        .map(|got| ("helper_errno", &case.helper_errno, got));
    let mut out = String::new();
    for (field, expected, got) in fields.into_iter().chain(errno) {
        if let Some(want) = expected.as_ref().filter(|w| *w != got) {
            let _ = writeln!(out, "  - {field}: {}", safe(want));
            let _ = writeln!(out, "  + {field}: {}", safe(got));
        }
    }
    out
}
