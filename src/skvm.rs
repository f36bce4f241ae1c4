//! `skvm run`: loads programs from `.s` sources or ELF objects as a loader would (each
//! `sk_lookup` section, else `.text`, is one program; map relocations bound to the object's
//! maps or the world's; calls within a section resolved), verifies them with the `verifier`
//! crate unless told not to, runs them in order on `vm` for one lookup tuple in the world
//! file's world, and renders the `vm::Outcome` as text or JSON.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use asm::{Object, RelocKind, RelocTarget};
use isa::RawInsn;
use skctx::net::Tuple;
use vm::{Delivery, Outcome, Program, RunOptions, Trap, World};

use crate::cli::{shown, Failure};

/// What `skvm run` was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunArgs {
    pub programs: Vec<PathBuf>,
    pub tuple: String,
    pub world: Option<PathBuf>,
    pub trace: bool,
    pub no_verify: bool,
    pub json: bool,
    /// `--kernel`: what `crate::profiles::resolve` takes.
    pub kernel: String,
    /// `--seed`: the state `bpf_get_prandom_u32` starts from.
    pub seed: u64,
    /// `--clock-ns` and `--jiffies`: what the time helpers return.
    pub clock_ns: u64,
    pub jiffies: u64,
}

/// The report, and whether a program trapped (exit 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunReport {
    pub text: String,
    pub trapped: bool,
}

/// A program as loaded, with where it came from and how it was checked.
struct Loaded {
    program: Program,
    file: String,
    /// `None`: verified; else why it runs unverified.
    unverified: Option<String>,
}

/// `skvm run`.
pub fn run(args: &RunArgs) -> Result<RunReport, Failure> {
    if args.programs.is_empty() {
        return Err(Failure::Usage(
            "no program: name .s files or ELF objects".into(),
        ));
    }
    let tuple: Tuple = args
        .tuple
        .parse()
        .map_err(|e| Failure::Usage(format!("--tuple `{}`: {e}", safe(&args.tuple))))?;
    let profile = crate::profiles::resolve(&args.kernel)?;
    let mut world = match &args.world {
        Some(p) => read_world(p)?,
        None => World::new(),
    };
    world.prandom_state = args.seed;
    world.clock_ns = args.clock_ns;
    world.jiffies = args.jiffies;
    let mut loaded = Vec::new();
    for path in &args.programs {
        let object = load_object(path)?;
        for (name, insns, refs) in programs(&object, &shown(path), &mut world)? {
            loaded.push(check(path, &name, &insns, &refs, &world, profile, args)?);
        }
    }
    if loaded.is_empty() {
        return Err(Failure::Rejected(
            "error: no program in the inputs\n".into(),
        ));
    }
    let programs: Vec<Program> = loaded.iter().map(|l| l.program.clone()).collect();
    let opts = RunOptions {
        trace: args.trace,
        ..RunOptions::new(profile)
    };
    match vm::run(&programs, &tuple, &mut world, &opts) {
        Ok(o) => Ok(RunReport {
            text: if args.json {
                json_outcome(&tuple, &loaded, &o, &world)
            } else {
                human_outcome(&tuple, &loaded, &o, &world)
            },
            trapped: false,
        }),
        Err(t) => Ok(RunReport {
            text: if args.json {
                json_trap(&t)
            } else {
                human_trap(&t)
            },
            trapped: true,
        }),
    }
}

fn safe(text: &str) -> String {
    asm::diag::escape(text.as_bytes()).into_owned()
}

fn read_world(path: &Path) -> Result<World, Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::Usage(format!("cannot read world {}: {e}", shown(path))))?;
    let file = skctx::parse_world(&text)
        .map_err(|e| Failure::Usage(safe(&format!("{}:{}: {}", shown(path), e.line, e.message))))?;
    World::from_file(&file).map_err(|e| Failure::Usage(safe(&format!("{}: {}", shown(path), e.0))))
}

/// An ELF object, or a source assembled (anything not starting with `\x7fELF`).
fn load_object(path: &Path) -> Result<Object, Failure> {
    let name = shown(path);
    let bytes =
        std::fs::read(path).map_err(|e| Failure::Usage(format!("cannot read {name}: {e}")))?;
    if bytes.starts_with(b"\x7fELF") {
        return asm::elf::read(&bytes)
            .map_err(|e| Failure::Rejected(format!("error: {name}: {}\n", safe(&e.to_string()))));
    }
    let source = String::from_utf8(bytes)
        .map_err(|_| Failure::Rejected(format!("error: {name}: not UTF-8 assembly source\n")))?;
    asm::assemble(&source).map_err(|errors| {
        Failure::Rejected(format!(
            "{}error: could not run `{name}`: it does not assemble\n",
            asm::diag::render(&errors, &name, &source)
        ))
    })
}

type Loadable = (String, Vec<RawInsn>, Vec<(usize, String)>);

/// The programs of `object`: each `sk_lookup` code section (else `.text`), named by its
/// first global function, with its map references; the object's maps join the world when
/// the world does not define them.
fn programs(object: &Object, file: &str, world: &mut World) -> Result<Vec<Loadable>, Failure> {
    let is_sk_lookup = |n: &str| n == "sk_lookup" || n.starts_with("sk_lookup/");
    let mut sections: Vec<usize> = (0..object.sections.len())
        .filter(|&i| {
            let s = &object.sections[i];
            s.is_code() && is_sk_lookup(&s.name)
        })
        .collect();
    if sections.is_empty() {
        sections = (0..object.sections.len())
            .filter(|&i| {
                let s = &object.sections[i];
                s.is_code() && s.name == ".text" && !s.data.is_empty()
            })
            .collect();
    }
    for m in &object.maps {
        if world.map_id(&m.name).is_none() {
            let def = vm::MapDef {
                map_type: m.map_type,
                key_size: m.key_size,
                value_size: m.value_size,
                max_entries: m.max_entries,
                flags: m.flags,
            };
            world
                .add_map(&m.name, def)
                .map_err(|e| Failure::Rejected(format!("error: {file}: {}\n", safe(&e.0))))?;
        }
    }
    sections
        .into_iter()
        .map(|i| section_program(object, i, file, world))
        .collect()
}

fn section_program(
    object: &Object,
    index: usize,
    file: &str,
    world: &World,
) -> Result<Loadable, Failure> {
    let section = &object.sections[index];
    let name = object
        .symbols
        .iter()
        .filter(|s| s.section == Some(index) && s.kind == asm::SymbolKind::Func)
        .min_by_key(|s| s.value)
        .map_or_else(|| section.name.clone(), |s| s.name.clone());
    if !section.data.len().is_multiple_of(8) {
        return Err(Failure::Rejected(format!(
            "error: {file}: section `{}` is not a whole number of instructions\n",
            safe(&section.name)
        )));
    }
    let mut insns: Vec<RawInsn> = section
        .data
        .chunks_exact(8)
        .map(|c| RawInsn::from_bytes(c.try_into().unwrap_or([0; 8])))
        .collect();
    let mut refs = Vec::new();
    for r in &section.relocs {
        let slot = (r.offset / 8) as usize;
        let bad = |why: String| {
            Failure::Rejected(format!(
                "error: {file}: instruction {slot} of `{}`: {}\n",
                safe(&name),
                safe(&why)
            ))
        };
        match (r.kind, &r.target) {
            (RelocKind::Bpf64_64, RelocTarget::Symbol(sym)) if world.map_id(sym).is_some() => {
                refs.push((slot, sym.clone()));
            }
            (RelocKind::Bpf64_64, RelocTarget::Symbol(sym)) => {
                return Err(bad(format!(
                    "map `{sym}` is not defined: declare it with .skmap or give it in the world file (--world)"
                )))
            }
            (RelocKind::Bpf64_32, RelocTarget::Symbol(sym)) => {
                let target = object
                    .symbols
                    .iter()
                    .find(|s| &s.name == sym && s.section == Some(index))
                    .ok_or_else(|| bad(format!("call to `{sym}` outside the section")))?;
                let off = (target.value / 8) as i64 - slot as i64 - 1;
                let insn = insns.get_mut(slot).ok_or_else(|| bad("outside".into()))?;
                insn.imm = i32::try_from(off).map_err(|_| bad("call too far".into()))?;
            }
            (kind, _) => return Err(bad(format!("{} relocation (not supported)", kind.name()))),
        }
    }
    Ok((name, vm::bind_map_refs(&insns, &refs), refs))
}

/// Verifies a program (unless `--no-verify`): a rejection stops the run; what the verifier
/// does not model runs unverified, saying why.
fn check(
    path: &Path,
    name: &str,
    insns: &[RawInsn],
    refs: &[(usize, String)],
    world: &World,
    profile: skctx::KernelProfile,
    args: &RunArgs,
) -> Result<Loaded, Failure> {
    let file = shown(path);
    let unverified = |why: String| Loaded {
        program: Program::unverified(name, insns, refs),
        file: file.clone(),
        unverified: Some(why),
    };
    if args.no_verify {
        return Ok(unverified("--no-verify".into()));
    }
    let infos: Vec<verifier::MapInfo> = refs
        .iter()
        .filter_map(|(slot, m)| {
            let map = &world.maps[world.map_id(m)?];
            Some(verifier::MapInfo {
                slot: *slot,
                map_type: map.def.map_type.id(),
                key_size: map.def.key_size,
                value_size: map.def.value_size,
                max_entries: map.def.max_entries,
                flags: map.def.flags,
            })
        })
        .collect();
    match verifier::verify(insns, &infos, profile, skctx::Privilege::Root, true) {
        Ok(proof) => Ok(Loaded {
            program: Program::verified(name, insns, refs, &proof)
                .map_err(|e| Failure::Usage(safe(&e)))?,
            file,
            unverified: None,
        }),
        Err(verifier::Refusal::Unsupported(why)) => {
            Ok(unverified(format!("the verifier does not model it: {why}")))
        }
        Err(verifier::Refusal::Rejected(r)) => Err(Failure::Rejected(format!(
            "error: {file}: program `{}` is rejected by the verifier: {}\n  = note: the kernel says: {}\n  = help: --no-verify runs it anyway (it traps where the kernel would have refused it)\n",
            safe(name),
            safe(&r.to_string()),
            safe(&r.kernel_message)
        ))),
    }
}

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

fn verdict_text(v: skctx::Verdict) -> &'static str {
    match v {
        skctx::Verdict::Pass => "SK_PASS",
        skctx::Verdict::Drop => "SK_DROP",
    }
}

fn human_outcome(tuple: &Tuple, loaded: &[Loaded], o: &Outcome, world: &World) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "lookup: {tuple}");
    for (i, (l, run)) in loaded.iter().zip(&o.programs).enumerate() {
        let checked = match &l.unverified {
            None => "verified".to_string(),
            Some(why) => format!("not verified: {}", safe(why)),
        };
        let _ = writeln!(
            s,
            "program {i} `{}` ({}, {checked}): returned {} ({}), {} instructions",
            safe(&run.name),
            l.file,
            run.retval,
            verdict_text(skctx::Verdict::from_return(run.retval)),
            run.insns_executed
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
    let _ = writeln!(
        s,
        "{} instructions executed ({})",
        o.insns_executed,
        o.engine.name()
    );
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

fn human_trap(t: &Trap) -> String {
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
        } => {
            json!({"kind": "reuseport_group", "group": group, "socket": selected, "program": program, "text": text})
        }
        Delivery::Regular { socket } => {
            json!({"kind": "regular", "socket": socket, "text": text})
        }
        Delivery::RegularReuseportGroup { group, first } => {
            json!({"kind": "regular_reuseport_group", "group": group, "socket": first, "text": text})
        }
        Delivery::Connected { socket } => {
            json!({"kind": "connected", "socket": socket, "text": text})
        }
        Delivery::NoSocket { .. } => json!({"kind": "no_socket", "text": text}),
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

fn json_outcome(tuple: &Tuple, loaded: &[Loaded], o: &Outcome, world: &World) -> String {
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
                "insns_executed": r.insns_executed,
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
    let v = json!({
        "tuple": tuple.to_string(),
        "verdict": verdict_text(o.verdict),
        "retval": o.retval,
        "selected": selected,
        "delivered_to": delivery_json(&o.delivered_to),
        "programs": programs,
        "helper_calls": calls,
        "output": o.output.iter().map(output_json).collect::<Vec<_>>(),
        "insns_executed": o.insns_executed,
        "engine": o.engine.name(),
        "trace": o.trace,
    });
    format!("{v}\n")
}

fn json_trap(t: &Trap) -> String {
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
