//! `skvm`: programs loaded by the loader `skasm lint` uses ([`crate::load`]: each program of
//! an `.s` source, ELF object or raw instruction file, linked with its callees and bound to
//! the object's maps, the world's or global data's internal maps), verified with the
//! `verifier` crate unless told not to, run in order on `vm` for one lookup tuple in the
//! world file's world.
//!
//! | module | what |
//! |---|---|
//! | this file | `skvm run`: arguments, loading, verification, the run |
//! | [`render`] | the outcome or trap as text or JSON |
//! | [`cases`] | `skvm test`: case files of lookups and what they must give |
//! | `kernel` | `--engine kernel`: one program on the live kernel (`BPF_PROG_TEST_RUN`) |

pub mod cases;
#[cfg(target_os = "linux")]
pub mod guest;
mod kernel;
mod render;

use std::path::{Path, PathBuf};

use skctx::net::Tuple;
use vm::{Program, RunOptions, World};

use crate::cli::{shown, Failure};
use crate::load::bind::Bound;
use crate::load::link::{Functions, Linked};
use crate::load::{self, Input};

/// What `skvm run` was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunArgs {
    pub programs: Vec<PathBuf>,
    /// `--program`: run only the programs of this name (function or section).
    pub program: Option<String>,
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
    /// `--ingress-ifindex`: what `ctx->ingress_ifindex` reads on the VM (`None`: 1, the
    /// loopback a local packet arrives on; the kernel engine's test run reads 0 and its
    /// packet 1, so it takes no other value).
    pub ingress_ifindex: Option<u32>,
    pub engine: EngineChoice,
    /// `--repeat`: runs to time (0: one untimed run).
    pub repeat: u32,
}

/// `--engine`: what runs the programs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EngineChoice {
    /// The VM's reference interpreter.
    Interp,
    /// The VM's native code (`vm::jit`) for verified programs; the rest on the interpreter.
    Jit,
    /// The live kernel (`BPF_PROG_TEST_RUN`), one program, root only.
    Kernel,
}

impl EngineChoice {
    pub fn name(self) -> &'static str {
        match self {
            EngineChoice::Interp => "interp",
            EngineChoice::Jit => "jit",
            EngineChoice::Kernel => "kernel",
        }
    }
}

/// The report, and whether a program trapped (exit 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunReport {
    pub text: String,
    pub trapped: bool,
}

/// A program as loaded, with where it came from and how it was checked.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub program: Program,
    pub file: String,
    /// `None`: verified; else why it runs unverified.
    pub unverified: Option<String>,
    /// What the kernel engine loads: the instructions as the loader passes them, each map
    /// reference (slot, name, definition), the global data sections' bytes, the license.
    pub insns: Vec<isa::RawInsn>,
    pub maps: Vec<(usize, String, verifier::MapInfo)>,
    pub data: Vec<(String, Vec<u8>)>,
    /// The maps whose values hold a `struct bpf_spin_lock` (name, byte offset), from the
    /// object's BTF: libbpf creates them with that BTF, which `bpf_spin_lock` needs.
    pub spin_locks: Vec<(String, u32)>,
    pub gpl: bool,
    /// The BTF `func_info` the loader passes with it (the object's `.BTF.ext`), if any.
    pub funcs: Option<Vec<verifier::FuncInfo>>,
}

/// How programs are loaded and checked.
#[derive(Debug, Clone)]
pub struct LoadOptions<'a> {
    /// `--program`.
    pub program: Option<&'a str>,
    pub no_verify: bool,
    pub profile: skctx::KernelProfile,
}

/// `skvm run`.
pub fn run(args: &RunArgs) -> Result<RunReport, Failure> {
    let tuple: Tuple = args
        .tuple
        .parse()
        .map_err(|e| Failure::Usage(format!("--tuple `{}`: {e}", safe(&args.tuple))))?;
    let profile = crate::profiles::resolve(&args.kernel)?;
    let file = args.world.as_deref().map(load::read_world).transpose()?;
    let mut world = vm_world(file.as_ref(), args.world.as_deref())?;
    world.prandom_state = args.seed;
    world.clock_ns = args.clock_ns;
    world.jiffies = args.jiffies;
    // The kernel engine's test run reports this thread to `bpf_get_current_*`.
    world.task = vm::Task::current();
    let options = LoadOptions {
        program: args.program.as_deref(),
        no_verify: args.no_verify,
        profile,
    };
    let loaded = load_programs(&args.programs, file.as_ref(), &mut world, &options)?;
    if let (Some(i), EngineChoice::Kernel) = (args.ingress_ifindex, args.engine) {
        return Err(Failure::Usage(format!(
            "--ingress-ifindex {i}: the kernel engine's BPF_PROG_TEST_RUN always reads 0 and its packet arrives on the loopback (1); the flag is for interp and jit"
        )));
    }
    let defaults = RunOptions::new(profile);
    let opts = RunOptions {
        trace: args.trace,
        ingress_ifindex: args.ingress_ifindex.unwrap_or(defaults.ingress_ifindex),
        ..defaults
    };
    let engine = Engine {
        choice: args.engine,
        file: file.as_ref(),
        repeat: args.repeat,
    };
    let (text, trapped) = match engine.run(&loaded, &tuple, &mut world, &opts)? {
        (Ok(o), ran) if args.json => (
            render::json_outcome(&tuple, &loaded, (&o, &ran), &world),
            false,
        ),
        (Ok(o), ran) => (
            render::human_outcome(&tuple, &loaded, (&o, &ran), &world),
            false,
        ),
        (Err(t), _) if args.json => (render::json_trap(&t), true),
        (Err(t), _) => (render::human_trap(&t), true),
    };
    Ok(RunReport { text, trapped })
}

/// An engine with what it needs besides the programs.
pub(crate) struct Engine<'a> {
    pub choice: EngineChoice,
    /// The world file (the kernel engine makes its sockets and maps real).
    pub file: Option<&'a skctx::World>,
    pub repeat: u32,
}

type Ran = (Result<vm::Outcome, Box<vm::Trap>>, render::Ran);

impl Engine<'_> {
    /// Runs `loaded` for `tuple`; with `repeat`, times that many runs (the interpreter's each
    /// on a fresh copy of `world`, the kernel's as its test run measures them).
    pub(crate) fn run(
        &self,
        loaded: &[Loaded],
        tuple: &Tuple,
        world: &mut World,
        opts: &RunOptions,
    ) -> Result<Ran, Failure> {
        match self.choice {
            EngineChoice::Interp | EngineChoice::Jit => Ok(self.vm(loaded, tuple, world, opts)),
            EngineChoice::Kernel => self.kernel(loaded, tuple),
        }
    }

    /// The interpreter, or the JIT (compiled once, before any timing). `--repeat` times
    /// that many brief runs back to back on one copy of the world (`Prepared::run_repeat`:
    /// the program run alone, as the kernel's test run times its repetitions); the reported
    /// outcome is one more run on the world as given.
    fn vm(&self, loaded: &[Loaded], tuple: &Tuple, world: &mut World, opts: &RunOptions) -> Ran {
        let programs: Vec<Program> = loaded.iter().map(|l| l.program.clone()).collect();
        let jit =
            (self.choice == EngineChoice::Jit).then(|| vm::jit::Jit::compile(&programs, world));
        let mut ran = render::Ran {
            engine: self.choice,
            vm_engine: None,
            ns_per_run: None,
        };
        let prepared = vm::Prepared::new(&programs, world);
        let mut prepared = match (prepared, &jit) {
            (Ok(p), Some(jit)) => p.with_jit(jit),
            (Ok(p), None) => p,
            (Err(trap), _) => return (Err(trap), ran),
        };
        if self.repeat > 0 {
            let mut copy = world.clone();
            let start = std::time::Instant::now();
            let timed = prepared.run_repeat(tuple, &mut copy, opts, self.repeat);
            let ns = start.elapsed().as_nanos() / u128::from(self.repeat);
            // A trap ends the repetitions: no time per run then (the outcome shows the trap).
            ran.ns_per_run = timed.is_ok().then(|| u64::try_from(ns).unwrap_or(u64::MAX));
        }
        let result = prepared.run(tuple, world, opts);
        ran.vm_engine = result.as_ref().ok().map(|o| o.engine);
        (result, ran)
    }

    #[cfg(target_os = "linux")]
    fn kernel(&self, loaded: &[Loaded], tuple: &Tuple) -> Result<Ran, Failure> {
        let [one] = loaded else {
            return Err(Failure::Usage(format!(
                "--engine kernel runs one program (BPF_PROG_TEST_RUN takes one), the inputs have {}: pick one with --program",
                loaded.len()
            )));
        };
        let run = kernel::run(one, self.file, tuple, self.repeat)?;
        let ran = render::Ran {
            engine: EngineChoice::Kernel,
            vm_engine: None,
            ns_per_run: (self.repeat > 0).then_some(run.ns_per_run.map_or(0, u64::from)),
        };
        Ok((Ok(run.outcome), ran))
    }

    #[cfg(not(target_os = "linux"))]
    fn kernel(&self, _: &[Loaded], _: &Tuple) -> Result<Ran, Failure> {
        Err(Failure::Usage("--engine kernel needs Linux".into()))
    }
}

fn safe(text: &str) -> String {
    asm::diag::escape(text.as_bytes()).into_owned()
}

/// The VM's world of a parsed world file (empty without one).
pub fn vm_world(file: Option<&skctx::World>, path: Option<&Path>) -> Result<World, Failure> {
    let Some(file) = file else {
        return Ok(World::new());
    };
    let shown_path = path.map_or_else(|| "world".to_string(), shown);
    World::from_file(file).map_err(|e| Failure::Usage(safe(&format!("{shown_path}: {}", e.0))))
}

/// Every program of `paths` (or those `--program` names), in order, bound to `world`'s maps
/// (the objects' maps and global data join it) and checked.
pub fn load_programs(
    paths: &[PathBuf],
    file: Option<&skctx::World>,
    world: &mut World,
    options: &LoadOptions,
) -> Result<Vec<Loaded>, Failure> {
    if paths.is_empty() {
        return Err(Failure::Usage(
            "no program: name .s files, ELF objects or raw instruction files".into(),
        ));
    }
    let mut loaded = Vec::new();
    let mut names = Vec::new();
    for path in paths {
        let mut input = load::read_input(path, "run")?;
        relocate_core(path, &mut input, options.profile)?;
        let funcs = Functions::of(&input.object);
        for main in funcs.programs() {
            let func = &funcs.list[main];
            let section = &input.object.sections[func.section].name;
            names.push(func.name.clone());
            if options
                .program
                .is_some_and(|p| p != func.name && p != *section)
            {
                continue;
            }
            let bound = bind(path, &input, &funcs, main, file)?;
            let data = add_maps(path, &input, &bound, world)?;
            let gpl = load::is_gpl(&input.object);
            // The `func_info` libbpf passes (clang's `.BTF.ext`): callbacks need it.
            let object_btf = input.btf.as_ref();
            let btf_ext = object_btf.and_then(|b| asm::btf_ext::BtfExt::of_with(&input.object, b));
            let btfs = (object_btf, btf_ext.as_ref());
            let btf = crate::lint::func_info(btfs, &funcs, &funcs.link(main));
            let mut program = check(path, &func.name, (&bound, btf), gpl, options)?;
            program.data = data;
            program.spin_locks = add_spin_locks(path, &input, &bound, world)?;
            loaded.push(program);
        }
    }
    if loaded.is_empty() {
        return Err(match options.program {
            Some(p) => Failure::Usage(format!(
                "--program `{}`: no such program (the inputs have: {})",
                safe(p),
                safe(&names.join(", "))
            )),
            None => Failure::Rejected("error: no program in the inputs\n".into()),
        });
    }
    Ok(loaded)
}

/// The input's object with its CO-RE relocations applied against `profile` (the running
/// kernel's BTF, or the release's modelled types), as libbpf applies them before loading.
fn relocate_core(
    path: &Path,
    input: &mut Input,
    profile: skctx::KernelProfile,
) -> Result<(), Failure> {
    let core = load::core::relocate_for(&input.object, input.btf.as_ref(), &[profile]);
    match core {
        Ok(load::core::Core::None) => Ok(()),
        Ok(load::core::Core::Relocated(object, _)) => {
            input.object = object;
            Ok(())
        }
        Err(corerelo::Error::Refused { why, .. }) => Err(Failure::Rejected(format!(
            "error: {}: libbpf fails the load: {}\n",
            shown(path),
            safe(&why)
        ))),
        Err(corerelo::Error::Unsupported(why)) => Err(Failure::Rejected(format!(
            "error: {}: not modelled: {}\n",
            shown(path),
            safe(&why)
        ))),
    }
}

/// Program `main` linked and bound; what the loader could not do is an error naming the
/// file, the program, the instruction and (for sources) the line.
fn bind(
    path: &Path,
    input: &Input,
    funcs: &Functions,
    main: usize,
    file: Option<&skctx::World>,
) -> Result<Bound, Failure> {
    let linked = funcs.link(main);
    let name = &funcs.list[main].name;
    let fail = |at: String, why: String| {
        Failure::Rejected(format!(
            "error: {}{at}: program `{}`: {}\n",
            shown(path),
            safe(name),
            safe(&why)
        ))
    };
    for (k, p) in linked.pieces.iter().enumerate() {
        let func = &funcs.list[p.function];
        let bytes = func.end - func.start;
        if !bytes.is_multiple_of(8) {
            let tail = func.start + 8 * p.len as u64;
            return Err(fail(
                line_of(input, funcs, &linked, k, tail),
                format!("{bytes} bytes, not a whole number of 8-byte instructions"),
            ));
        }
    }
    if let Some(why) = &linked.unlinked {
        return Err(fail(
            String::new(),
            format!("{why} (the loader cannot link it)"),
        ));
    }
    let bound = load::bind::bind(funcs, &linked, file);
    if let Some(u) = bound.undefined.first() {
        let slot = linked.pieces[u.piece].at
            + ((u.offset - funcs.list[linked.pieces[u.piece].function].start) / 8) as usize;
        return Err(fail(
            line_of(input, funcs, &linked, u.piece, u.offset),
            format!("instruction {slot}: {}", u.message()),
        ));
    }
    if let Some(why) = &bound.unsupported {
        return Err(fail(String::new(), format!("{why} (not modelled)")));
    }
    Ok(bound)
}

/// `:LINE` of byte `offset` of piece `piece`'s section, for a source input.
fn line_of(input: &Input, funcs: &Functions, linked: &Linked, piece: usize, offset: u64) -> String {
    let func = &funcs.list[linked.pieces[piece].function];
    match (
        &input.source,
        input.object.sections[func.section].source_at(offset),
    ) {
        (Some(_), Some(loc)) => format!(":{}", loc.line),
        _ => String::new(),
    }
}

/// The maps `bound` refers to that the world lacks: the object's (empty), or a global data
/// section's internal ARRAY map holding the section's bytes, as libbpf creates it; returns
/// the global data (section name and bytes).
fn add_maps(
    path: &Path,
    input: &Input,
    bound: &Bound,
    world: &mut World,
) -> Result<Vec<(String, Vec<u8>)>, Failure> {
    let mut data_bytes = Vec::new();
    let fail = |why: String| Failure::Rejected(format!("error: {}: {}\n", shown(path), safe(&why)));
    for ((_, name), info) in bound.refs.iter().zip(&bound.maps) {
        if world.map_id(name).is_some() {
            continue;
        }
        let map_type = skctx::MapType::from_id(info.map_type)
            .ok_or_else(|| fail(format!("map `{name}`: unknown map type {}", info.map_type)))?;
        let def = vm::MapDef {
            map_type,
            key_size: info.key_size,
            value_size: info.value_size,
            max_entries: info.max_entries,
            flags: info.flags,
        };
        let id = world.add_map(name, def).map_err(|e| fail(e.0))?;
        let data = input.object.sections.iter().find(|s| &s.name == name);
        if let Some(data) = data.filter(|_| input.object.maps.iter().all(|m| &m.name != name)) {
            world
                .update(id, &0u32.to_le_bytes(), vm::NewValue::Bytes(&data.data), 0)
                .map_err(|e| fail(format!("global data `{name}`: {e}")))?;
            data_bytes.push((name.clone(), data.data.clone()));
        }
    }
    Ok(data_bytes)
}

/// The spin locks the object's BTF places in the values of `bound`'s maps, told to the
/// world (`vm::World::set_spin_lock`).
fn add_spin_locks(
    path: &Path,
    input: &Input,
    bound: &Bound,
    world: &mut World,
) -> Result<Vec<(String, u32)>, Failure> {
    let locks = input
        .btf
        .as_ref()
        .map_or(Vec::new(), asm::btf::map_spin_locks_in);
    let mut used = Vec::new();
    for (name, offset) in locks {
        if !bound.refs.iter().any(|(_, n)| *n == name) {
            continue;
        }
        if let Some(id) = world.map_id(&name) {
            world.set_spin_lock(id, offset).map_err(|e| {
                Failure::Rejected(format!("error: {}: {}\n", shown(path), safe(&e.0)))
            })?;
        }
        used.push((name, offset));
    }
    Ok(used)
}

/// Verifies a program (unless `--no-verify`), with the BTF `func_info` the loader passes
/// when the object has it: a rejection stops the run; what the verifier does not model runs
/// unverified, saying why.
fn check(
    path: &Path,
    name: &str,
    (bound, btf): (&Bound, Option<Vec<verifier::FuncInfo>>),
    gpl: bool,
    options: &LoadOptions,
) -> Result<Loaded, Failure> {
    let file = shown(path);
    let (insns, refs) = (&bound.loaded, &bound.refs);
    let maps: Vec<_> = refs
        .iter()
        .zip(&bound.maps)
        .map(|((slot, n), m)| (*slot, n.clone(), m.clone()))
        .collect();
    let loaded = |program: Program, unverified: Option<String>| Loaded {
        program,
        file: file.clone(),
        unverified,
        insns: insns.clone(),
        maps: maps.clone(),
        data: Vec::new(),
        spin_locks: Vec::new(),
        gpl,
        funcs: btf.clone(),
    };
    let unverified = |why: String| loaded(Program::unverified(name, insns, refs), Some(why));
    if options.no_verify {
        return Ok(unverified("--no-verify".into()));
    }
    let root = skctx::Privilege::Root;
    let verdict = match &btf {
        Some(funcs) => {
            verifier::verify_with_btf(insns, &bound.maps, options.profile, root, gpl, funcs)
        }
        None => verifier::verify(insns, &bound.maps, options.profile, root, gpl),
    };
    match verdict {
        Ok(proof) => Ok(loaded(
            Program::verified(name, insns, refs, &proof).map_err(|e| Failure::Usage(safe(&e)))?,
            None,
        )),
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
