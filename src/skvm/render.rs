//! `skvm run`'s reports: a `vm::Outcome` or `vm::Trap` as text for people or as one JSON
//! object; register values by what they point at, errnos by name.

use std::fmt::Write as _;

use skctx::net::Tuple;
use vm::{Delivery, Outcome, Trap, World};

use super::{safe, Loaded};

/// A register value as a person reads it: a pointer by what it points at, a negative
/// errno by name, anything else in hex.
fn value_text(v: u64, world: &World) -> String {
    use vm::memory::{Addr, Kind};
    if let Some(a) = Addr::decode(v) {
        let name = |n: Option<&str>| n.map_or_else(|| format!("#{}", a.index), safe);
        let base = match a.kind {
            Kind::Ctx => "ctx".to_string(),
            Kind::Stack => {
                let below = vm::interp::STACK_SIZE as i64 - a.offset as i64;
                return format!("fp{}{:+}", frame(a.index), -below);
            }
            Kind::Value => format!("map value #{}", a.index),
            Kind::Socket => format!(
                "socket {}",
                name(world.sockets.get(a.index).map(|s| s.name.as_str()))
            ),
            Kind::Map => format!(
                "map {}",
                name(world.maps.get(a.index).map(|m| m.name.as_str()))
            ),
            Kind::Func => return format!("function at insn {}", a.offset),
        };
        return if a.offset == 0 {
            base
        } else {
            format!("{base}+{}", a.offset)
        };
    }
    let signed = v as i64;
    match skctx::Errno((-signed) as i32).name() {
        Some(n) if (-4095..0).contains(&signed) => format!("{signed} ({n})"),
        _ => format!("{v:#x}"),
    }
}

/// The frame of a stack pointer: `fp` for the main program's, `fp[1]` for a callee's.
fn frame(depth: usize) -> String {
    if depth == 0 {
        String::new()
    } else {
        format!("[{depth}]")
    }
}

/// What the run array makes of a program's return value.
fn return_text(ret: u64) -> &'static str {
    match skctx::Verdict::from_return(ret) {
        Some(v) => verdict_text(v),
        None => "neither SK_PASS nor SK_DROP: its selection is not kept, the lookup not dropped",
    }
}

pub(super) fn verdict_text(v: skctx::Verdict) -> &'static str {
    match v {
        skctx::Verdict::Pass => "SK_PASS",
        skctx::Verdict::Drop => "SK_DROP",
    }
}

/// Which engine gave an outcome, and its mean time per run (`--repeat`).
pub(crate) struct Ran {
    /// The engine asked for.
    pub(crate) engine: super::EngineChoice,
    /// What the VM's outcome says ran (with `--engine jit`: native code, or the
    /// interpreter and why); `None` for the kernel.
    pub(crate) vm_engine: Option<vm::Engine>,
    pub(crate) ns_per_run: Option<u64>,
}

impl Ran {
    /// The engine that ran, and why not native code when `jit` was asked for and did not
    /// run: `interp (jit fallback: program not verified)`.
    pub(crate) fn name(&self) -> String {
        self.vm_engine
            .map_or_else(|| self.engine.name().to_string(), vm::Engine::name)
    }

    /// JSON's `engine` (the one that ran) and `jit_fallback` (why not native code, or
    /// null; only with `--engine jit`).
    fn json_fields(&self) -> (&'static str, Option<&'static str>) {
        match self.vm_engine {
            Some(e) => (e.ran(), e.fallback().map(vm::JitFallback::reason)),
            None => (self.engine.name(), None),
        }
    }

    /// Whether helper calls, instruction counts and selection origins were observed (the
    /// kernel's test run reports only the verdict, the selection and the time).
    fn counts(&self) -> bool {
        self.engine != super::EngineChoice::Kernel
    }
}

pub(super) fn human_outcome(
    tuple: &Tuple,
    loaded: &[Loaded],
    (o, ran): (&Outcome, &Ran),
    world: &World,
) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "lookup: {tuple}");
    for (i, (l, run)) in loaded.iter().zip(&o.programs).enumerate() {
        let checked = match &l.unverified {
            None => "verified".to_string(),
            Some(why) => format!("not verified: {}", safe(why)),
        };
        let count = if ran.counts() {
            format!(", {} instructions", run.insns_executed)
        } else {
            String::new()
        };
        let _ = writeln!(
            s,
            "program {i} `{}` ({}, {checked}): returned {} ({}){count}",
            safe(&run.name),
            l.file,
            run.retval,
            return_text(run.retval),
        );
        for c in o.helper_calls.iter().filter(|c| c.program == i) {
            let args: Vec<String> = c.args.iter().map(|a| value_text(*a, world)).collect();
            let _ = writeln!(
                s,
                "  insn {}: bpf_{}({}) = {}",
                c.pc,
                c.name,
                args.join(", "),
                value_text(c.ret, world)
            );
        }
    }
    for out in &o.output {
        let _ = writeln!(s, "output: {}", output_text(out));
    }
    let _ = writeln!(s, "verdict: {}", verdict_text(o.verdict));
    if let Some(sel) = &o.selected {
        let from = match (&sel.map, &sel.key) {
            (Some(m), Some(k)) => format!(" from {}[{}]", safe(m), hex(k)),
            _ => String::new(),
        };
        let flag = if sel.no_reuseport {
            ", BPF_SK_LOOKUP_F_NO_REUSEPORT"
        } else {
            ""
        };
        let _ = writeln!(
            s,
            "selected: {} by program {}{from}{flag}",
            safe(&sel.socket),
            sel.program
        );
    }
    let _ = writeln!(s, "{}", safe(&o.delivered_to.to_string()));
    if ran.counts() {
        let _ = writeln!(
            s,
            "{} instructions executed ({})",
            o.insns_executed,
            ran.name()
        );
    } else {
        let _ = writeln!(
            s,
            "ran on the live kernel (BPF_PROG_TEST_RUN, then a real packet in a private namespace for the delivery: helper calls, instruction counts and where a selection came from are not observable)"
        );
    }
    if let Some(ns) = ran.ns_per_run {
        let _ = writeln!(s, "{ns} ns per run ({})", ran.name());
    }
    for line in &o.trace {
        let _ = writeln!(s, "trace: {}", safe(line));
    }
    s
}

fn hex(bytes: &[u8]) -> String {
    let digits: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("0x{digits}")
}

fn output_text(o: &vm::Output) -> String {
    match o {
        vm::Output::TracePrintk { program, text } => {
            format!("program {program} bpf_trace_printk: {}", safe(text))
        }
        vm::Output::PerfEvent { program, bytes } => {
            format!("program {program} bpf_perf_event_output: {}", hex(bytes))
        }
        vm::Output::Ringbuf {
            program,
            map,
            bytes,
        } => format!(
            "program {program} bpf_ringbuf_output to {}: {}",
            safe(map),
            hex(bytes)
        ),
    }
}

pub(super) fn human_trap(t: &Trap) -> String {
    let mut s = String::new();
    for line in &t.trace {
        let _ = writeln!(s, "trace: {}", safe(line));
    }
    let _ = writeln!(s, "error: {}", safe(&t.to_string()));
    s
}

fn delivery_json(d: &Delivery) -> serde_json::Value {
    use serde_json::json;
    let text = d.to_string();
    match d {
        Delivery::Selected { socket, program } => {
            json!({"kind": "selected", "socket": socket, "program": program, "text": text})
        }
        Delivery::ReuseportGroup {
            group,
            selected,
            program,
            members,
        } => {
            json!({"kind": "reuseport_group", "group": group, "members": members, "socket": selected, "program": program, "text": text})
        }
        Delivery::Regular { socket } => {
            json!({"kind": "regular", "socket": socket, "text": text})
        }
        Delivery::RegularReuseportGroup {
            group,
            first,
            members,
        } => {
            json!({"kind": "regular_reuseport_group", "group": group, "members": members, "socket": first, "text": text})
        }
        Delivery::Connected { socket } => {
            json!({"kind": "connected", "socket": socket, "text": text})
        }
        Delivery::NoSocket { .. } => json!({"kind": "no_socket", "text": text}),
        Delivery::NotLookedUp { .. } => json!({"kind": "not_looked_up", "text": text}),
        Delivery::Dropped { program } => {
            json!({"kind": "dropped", "program": program, "text": text})
        }
    }
}

fn output_json(o: &vm::Output) -> serde_json::Value {
    use serde_json::json;
    match o {
        vm::Output::TracePrintk { program, text } => {
            json!({"kind": "trace_printk", "program": program, "text": text})
        }
        vm::Output::PerfEvent { program, bytes } => {
            json!({"kind": "perf_event_output", "program": program, "bytes": hex(bytes)})
        }
        vm::Output::Ringbuf {
            program,
            map,
            bytes,
        } => json!({"kind": "ringbuf_output", "program": program, "map": map, "bytes": hex(bytes)}),
    }
}

pub(super) fn json_outcome(
    tuple: &Tuple,
    loaded: &[Loaded],
    (o, ran): (&Outcome, &Ran),
    world: &World,
) -> String {
    use serde_json::json;
    let programs: Vec<_> = loaded
        .iter()
        .zip(&o.programs)
        .map(|(l, r)| {
            json!({
                "name": r.name,
                "file": l.file,
                "verified": l.unverified.is_none(),
                "not_verified_because": l.unverified,
                "retval": r.retval,
                "selected": r.selected,
                "insns_executed": ran.counts().then_some(r.insns_executed),
            })
        })
        .collect();
    let calls: Vec<_> = o
        .helper_calls
        .iter()
        .map(|c| {
            let args: Vec<String> = c.args.iter().map(|a| value_text(*a, world)).collect();
            json!({"program": c.program, "insn": c.pc, "name": format!("bpf_{}", c.name),
                   "args": args, "ret": value_text(c.ret, world)})
        })
        .collect();
    let selected = o.selected.as_ref().map(|s| {
        json!({"socket": s.socket, "map": s.map, "key": s.key.as_deref().map(hex),
               "no_reuseport": s.no_reuseport, "program": s.program})
    });
    let mut v = json!({
        "tuple": tuple.to_string(),
        "verdict": verdict_text(o.verdict),
        "retval": o.retval,
        "selected": selected,
        "delivered_to": delivery_json(&o.delivered_to),
        "programs": programs,
        "helper_calls": ran.counts().then_some(calls),
        "output": o.output.iter().map(output_json).collect::<Vec<_>>(),
        "insns_executed": ran.counts().then_some(o.insns_executed),
        "engine": ran.json_fields().0,
        "trace": o.trace,
    });
    if let Some(map) = v.as_object_mut() {
        if ran.engine == super::EngineChoice::Jit {
            map.insert("jit_fallback".into(), json!(ran.json_fields().1));
        }
        if let Some(ns) = ran.ns_per_run {
            map.insert("ns_per_run".into(), json!(ns));
        }
    }
    format!("{v}\n")
}

pub(super) fn json_trap(t: &Trap) -> String {
    let v = serde_json::json!({"trap": {
        "program": t.program,
        "insn": t.pc,
        "text": t.insn,
        "reason": t.kind.to_string(),
        "message": t.to_string(),
        "trace": t.trace,
    }});
    format!("{v}\n")
}
