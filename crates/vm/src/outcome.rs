//! What a run ends with: one [`Outcome`] for every engine (so engines compare whole), or a
//! [`Trap`] naming the program, the instruction and why.

use std::fmt;

use skctx::Verdict;

/// Which engine produced an outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Engine {
    /// The reference interpreter ([`crate::interp`]).
    #[default]
    Interp,
    /// Native code ([`crate::jit`]) for every program that ran.
    Jit,
    /// The `jit` engine was asked for, and (part of) the run was on the interpreter.
    JitFallback(JitFallback),
}

/// Why the `jit` engine ran (part of) a lookup on the interpreter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JitFallback {
    /// The program did not pass the verifier: only verified programs are compiled.
    NotVerified,
    /// A trace was asked for: one line per instruction is the interpreter's.
    Trace,
    /// Cranelift could not compile the program (or a jump leaves it).
    Compile,
    /// The program was not among those compiled.
    NotCompiled,
    /// Native code handed over mid-run: a block the instruction budget could not pay for.
    Resumed,
    /// The program passes a callback to a helper (`bpf_loop`, `bpf_for_each_map_elem`):
    /// callbacks run on the interpreter only.
    Callbacks,
}

impl JitFallback {
    /// Why, in a few words (what reports print after `jit fallback:`).
    pub fn reason(self) -> &'static str {
        match self {
            JitFallback::NotVerified => "program not verified",
            JitFallback::Trace => "a trace was asked for",
            JitFallback::Compile => "Cranelift could not compile it",
            JitFallback::NotCompiled => "program not compiled",
            JitFallback::Resumed => "budget nearly spent, finished on interp",
            JitFallback::Callbacks => "callbacks (bpf_loop, bpf_for_each_map_elem) run on interp",
        }
    }
}

impl Engine {
    /// The engine that ran the programs' instructions: `interp`, or `jit` when native code
    /// ran (also when it handed the rest of a run to the interpreter).
    pub fn ran(self) -> &'static str {
        match self {
            Engine::Jit | Engine::JitFallback(JitFallback::Resumed) => "jit",
            Engine::Interp | Engine::JitFallback(_) => "interp",
        }
    }

    /// Why the `jit` engine ran (part of) the lookup on the interpreter, if it did.
    pub fn fallback(self) -> Option<JitFallback> {
        match self {
            Engine::JitFallback(why) => Some(why),
            Engine::Interp | Engine::Jit => None,
        }
    }

    /// What ran, and why not native code when it was asked for:
    /// `interp (jit fallback: program not verified)`.
    pub fn name(self) -> String {
        match self.fallback() {
            Some(why) => format!("{} (jit fallback: {})", self.ran(), why.reason()),
            None => self.ran().to_string(),
        }
    }
}

/// The socket finally selected by the programs, and where the program found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selected {
    /// The world's socket name.
    pub socket: String,
    /// The map and key of the lookup that produced the pointer the program assigned, when
    /// it came from a map (not from `ctx->sk`).
    pub map: Option<String>,
    pub key: Option<Vec<u8>>,
    /// `BPF_SK_LOOKUP_F_NO_REUSEPORT` was given with the selection.
    pub no_reuseport: bool,
    /// Index of the program whose selection was kept.
    pub program: usize,
}

/// Where the packet or connection goes after the programs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    /// To a socket a program selected.
    Selected { socket: String, program: usize },
    /// To one member of a reuseport group, starting from the selected socket: the kernel's
    /// flow hash (with a per-boot secret) picks it, so the member is not predictable.
    /// `members`: the group as the kernel forms it (the sockets sharing the selected one's
    /// protocol, bound address and port with `SO_REUSEPORT`, whatever their labels).
    ReuseportGroup {
        group: String,
        selected: String,
        program: usize,
        members: Vec<String>,
    },
    /// To the socket the ordinary lookup finds (no program selected one).
    Regular { socket: String },
    /// To a member of a reuseport group the ordinary lookup found (not predictable which).
    RegularReuseportGroup {
        group: String,
        first: String,
        members: Vec<String>,
    },
    /// A connected socket matched the 4-tuple before the programs would run: they did not.
    Connected { socket: String },
    /// No socket: TCP answers with a reset, UDP with ICMP port unreachable.
    NoSocket { protocol: skctx::net::Protocol },
    /// The programs' verdict was SK_DROP: refused (reset / port unreachable) by program P.
    Dropped { program: usize },
    /// A packet to this destination never reaches the socket lookup (a multicast or
    /// broadcast address: `skctx::net::Tuple::destination_bypasses_lookup` says why): the
    /// programs ran as `BPF_PROG_TEST_RUN` runs them, but no verdict or selection applies.
    NotLookedUp { why: &'static str },
}

/// One helper call: who called it, with which arguments, what it returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelperCall {
    pub program: usize,
    pub pc: usize,
    /// Without the `bpf_` prefix, as skctx's table names it.
    pub name: &'static str,
    /// R1.. as many as the helper's prototype takes.
    pub args: Vec<u64>,
    pub ret: u64,
}

/// Output a program produced (`bpf_trace_printk`, `bpf_perf_event_output`,
/// `bpf_ringbuf_output`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    TracePrintk {
        program: usize,
        text: String,
    },
    PerfEvent {
        program: usize,
        bytes: Vec<u8>,
    },
    Ringbuf {
        program: usize,
        map: String,
        bytes: Vec<u8>,
    },
}

/// One program's own result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgramRun {
    pub name: String,
    /// R0 at exit.
    pub retval: u64,
    /// The socket selected at its exit (its own or inherited), by name.
    pub selected: Option<String>,
    pub insns_executed: u64,
}

/// The result of running the programs of a lookup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The run array's verdict.
    pub verdict: Verdict,
    /// R0 of the last program that ran (the only one for a single program).
    pub retval: u64,
    pub selected: Option<Selected>,
    pub delivered_to: Delivery,
    pub programs: Vec<ProgramRun>,
    pub helper_calls: Vec<HelperCall>,
    pub output: Vec<Output>,
    pub insns_executed: u64,
    pub engine: Engine,
    /// One line per executed instruction, when asked for.
    pub trace: Vec<String>,
}

/// Why a program stopped without an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrapKind {
    /// A load, store or atomic outside every region, or out of a region's bounds.
    BadAccess {
        write: bool,
        addr: u64,
        size: u32,
        why: String,
    },
    /// A slot that does not decode, or the middle of an `ld_imm64`.
    BadInsn(String),
    /// Jumped or fell outside the program.
    PcOutOfRange(i64),
    /// The instruction budget ran out.
    Budget(u64),
    /// More than the kernel's 8 call frames.
    CallDepth,
    /// A helper the VM does not implement, by name (or an unknown id).
    Helper(String),
    /// A helper got an argument it cannot use (in an unverified program).
    HelperArg { helper: String, why: String },
    /// Something the VM does not model (kfuncs, arena, legacy packet loads, ...).
    Unsupported(String),
    /// A map the program refers to is not in the world.
    MissingMap(String),
}

/// A trap: program, instruction slot and its text, and the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trap {
    pub program: String,
    pub pc: usize,
    pub insn: String,
    pub kind: TrapKind,
    /// The outcome so far is lost; helper calls up to the trap are kept for the report.
    pub helper_calls: Vec<HelperCall>,
    pub trace: Vec<String>,
}

impl fmt::Display for TrapKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TrapKind::BadAccess {
                write,
                addr,
                size,
                why,
            } => write!(
                f,
                "invalid {} of {size} bytes at {addr:#x}: {why}",
                if *write { "write" } else { "read" }
            ),
            TrapKind::BadInsn(why) => write!(f, "invalid instruction: {why}"),
            TrapKind::PcOutOfRange(pc) => write!(f, "jump to slot {pc}, outside the program"),
            TrapKind::Budget(n) => write!(f, "instruction budget of {n} exhausted"),
            TrapKind::CallDepth => write!(f, "more than 8 call frames"),
            TrapKind::Helper(name) => write!(f, "helper {name} is not available in the VM"),
            TrapKind::HelperArg { helper, why } => write!(f, "helper {helper}: {why}"),
            TrapKind::Unsupported(what) => write!(f, "not supported by the VM: {what}"),
            TrapKind::MissingMap(name) => write!(f, "map `{name}` is not in the world"),
        }
    }
}

impl fmt::Display for Trap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "program `{}` trapped at insn {} (`{}`): {}",
            self.program, self.pc, self.insn, self.kind
        )
    }
}

impl std::error::Error for Trap {}

impl fmt::Display for Delivery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Delivery::Selected { socket, program } => {
                write!(f, "delivered to {socket} (selected by program {program})")
            }
            Delivery::ReuseportGroup {
                group,
                selected,
                program,
                members,
            } => write!(
                f,
                "delivered to a member of reuseport group {group} ({}; {selected} selected by program {program}; the member is not predictable)",
                members.join(", ")
            ),
            Delivery::Regular { socket } => write!(f, "delivered to {socket} (regular lookup)"),
            Delivery::RegularReuseportGroup {
                group,
                first,
                members,
            } => write!(
                f,
                "delivered to a member of reuseport group {group} ({}; regular lookup found {first}; the member is not predictable)",
                members.join(", ")
            ),
            Delivery::Connected { socket } => write!(
                f,
                "delivered to {socket} (connected socket; the programs do not run)"
            ),
            Delivery::NoSocket { protocol } => match protocol {
                skctx::net::Protocol::Tcp => write!(f, "no socket: TCP reset"),
                skctx::net::Protocol::Udp => write!(f, "no socket: ICMP port unreachable"),
            },
            Delivery::Dropped { program } => write!(f, "dropped by program {program}"),
            Delivery::NotLookedUp { why } => write!(f, "not looked up: {why}"),
        }
    }
}
