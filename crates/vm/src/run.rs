//! One lookup: the programs in attachment order under skctx's run-array rule
//! ([`skctx::RunArray`]), then where the packet goes — the selected socket (or its reuseport
//! group), the ordinary socket lookup when nothing was selected, or a refusal.
//!
//! Mirrors include/linux/filter.h `BPF_PROG_SK_LOOKUP_RUN_ARRAY`, net/ipv4/inet_hashtables.c
//! and udp.c (connected sockets first, then the hook, then exact-bound before wildcard
//! listeners, IPv4 sockets before dual-stack IPv6 ones) and sk_lookup-runtime.md §3–§4.

use std::net::{IpAddr, SocketAddr};

use skctx::net::{SocketState, Tuple};
use skctx::{KernelProfile, LookupInput, ProgramResult, RunArray, Verdict};

use crate::interp::{Exec, Log, Lookup, Origin, RunOptions};
use crate::jit::ctx::CtxCache;
use crate::jit::{Batch, Entry, Jit};
use crate::memory::{Addr, Kind};
use crate::ops::{CtxMemo, Op};
use crate::outcome::{
    Delivery, Engine, JitFallback, Outcome, ProgramRun, Selected, Trap, TrapKind,
};
use crate::program::Program;
use crate::world::World;

/// The lookup `tuple` makes: a packet's ([`Tuple::as_received`]: two IPv4-mapped addresses
/// are IPv4), or the test run's, which takes the context as given.
fn received(tuple: &Tuple, opts: &RunOptions) -> Tuple {
    match opts.test_run {
        true => *tuple,
        false => tuple.as_received(),
    }
}

/// Runs `attached` (the programs attached to the namespace, in this order) for a lookup of
/// `tuple` in `world` on the interpreter. Boxed: a trap carries the calls and trace up to it.
/// Many lookups of the same programs: [`Prepared`].
pub fn run(
    attached: &[Program],
    tuple: &Tuple,
    world: &mut World,
    opts: &RunOptions,
) -> Result<Outcome, Box<Trap>> {
    Prepared::new(attached, world)?.run(tuple, world, opts)
}

/// Programs set up once for many lookups: the attached programs and the world's tail-call
/// targets, their map references resolved, the call frames' stacks, and optionally the
/// JIT's code. A run then only zeroes what the last one wrote of the main stack and
/// resets the run array; a [`Prepared::run_brief`] allocates nothing and builds no names,
/// and [`Prepared::run_repeat`] sets the lookup up once for many runs of it.
///
/// Runs must be given the world it was prepared with (or a copy): the programs' map ids,
/// and the tail-call programs, are that world's.
pub struct Prepared<'j> {
    /// The attached programs, then the world's tail-call targets (PROG_ARRAY entries name
    /// those by their index after the attached ones).
    programs: Vec<Program>,
    attached: usize,
    map_ids: Vec<Vec<(usize, usize)>>,
    /// Each program's slots decoded for the interpreter's hot loop.
    ops: Vec<Vec<Op>>,
    /// Each program's map references as the addresses `ld_imm64` loads, in their order
    /// (what compiled code reads).
    map_addrs: Vec<Vec<u64>>,
    /// One more than the largest map id referenced: the world must have that many maps.
    maps_needed: usize,
    stacks: Vec<Vec<u8>>,
    /// The lowest offset of the main stack the last program wrote ([`Exec::stack_low`]).
    stack_low: u32,
    jit: Option<&'j Jit>,
    /// The JIT's context values for the last lookup input.
    ctx_cache: CtxCache,
    /// Each program's code and tables for the current batch of runs ([`Jit::entries`]).
    jit_entries: Vec<Entry>,
    /// The interpreter's context values for the last lookup input.
    ctx_memo: CtxMemo,
    /// The last run's tuple, `ingress_ifindex` and profile, the context input they make
    /// (kept: the same lookup is often run again) and its generation, which the context
    /// caches are keyed by (one more for each other input).
    last_input: Option<(Tuple, u32, KernelProfile, LookupInput)>,
    input_generation: u64,
}

/// What a lookup decided, without names or logs: the verdict, the last program's return
/// value, the socket finally selected (world id) and the instructions executed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Brief {
    pub verdict: Verdict,
    pub retval: u64,
    pub selected: Option<usize>,
    pub insns_executed: u64,
}

impl<'j> Prepared<'j> {
    /// `attached` and `world`'s tail-call programs, their maps resolved in `world` (a map
    /// it lacks is a trap at the referencing instruction).
    pub fn new(attached: &[Program], world: &World) -> Result<Prepared<'j>, Box<Trap>> {
        let programs: Vec<Program> = attached
            .iter()
            .chain(world.tail_programs.iter())
            .cloned()
            .collect();
        let map_ids = resolve_maps(&programs, world)?;
        let maps_needed = map_ids.iter().flatten().map(|(_, id)| id + 1).max();
        let ops: Vec<Vec<Op>> = programs
            .iter()
            .zip(&map_ids)
            .map(|(p, ids)| crate::ops::decode(p, ids))
            .collect();
        let map_addrs = map_ids
            .iter()
            .map(|ids| {
                ids.iter()
                    .map(|(_, id)| Addr::new(Kind::Map, *id, 0).to_u64())
                    .collect()
            })
            .collect();
        let ctx_memo = CtxMemo::new(&ops);
        Ok(Prepared {
            programs,
            attached: attached.len(),
            map_ids,
            ops,
            map_addrs,
            maps_needed: maps_needed.unwrap_or(0),
            stacks: crate::interp::new_stacks(),
            stack_low: crate::interp::STACK_SIZE,
            jit: None,
            ctx_cache: CtxCache::default(),
            jit_entries: Vec::new(),
            ctx_memo,
            last_input: None,
            input_generation: 0,
        })
    }

    /// Runs on `jit`'s native code (compiled for the same programs and world), falling
    /// back to the interpreter where it says so.
    pub fn with_jit(self, jit: &'j Jit) -> Prepared<'j> {
        Prepared {
            jit: Some(jit),
            ctx_cache: CtxCache::default(),
            ..self
        }
    }

    /// One lookup, with the whole [`Outcome`].
    pub fn run(
        &mut self,
        tuple: &Tuple,
        world: &mut World,
        opts: &RunOptions,
    ) -> Result<Outcome, Box<Trap>> {
        let tuple = &received(tuple, opts);
        let mut state = RunState {
            record: true,
            ..RunState::default()
        };
        let mut log = Log::default();
        Ok(
            match self.programs_run(tuple, world, opts, (&mut state, &mut log), 1)? {
                Some(connected) => connected_outcome(world, connected),
                None => state.finish(world, tuple, log),
            },
        )
    }

    /// One lookup, reporting only its [`Brief`]: no helper log, no names, no delivery.
    pub fn run_brief(
        &mut self,
        tuple: &Tuple,
        world: &mut World,
        opts: &RunOptions,
    ) -> Result<Brief, Box<Trap>> {
        self.run_repeat(tuple, world, opts, 1)
    }

    /// The same lookup `n` times (at least once), back to back, as `BPF_PROG_TEST_RUN`'s
    /// `repeat` runs it (what `--repeat` and the bench time): the context input, its caches,
    /// the engine, the compiled code's tables and the execution are set up once, and each
    /// run only resets the selection and the run array and runs the programs
    /// (net/bpf/test_run.c builds its context before its timed loop too). The last run's
    /// [`Brief`], or the first trap.
    pub fn run_repeat(
        &mut self,
        tuple: &Tuple,
        world: &mut World,
        opts: &RunOptions,
        n: u32,
    ) -> Result<Brief, Box<Trap>> {
        let tuple = &received(tuple, opts);
        let mut state = RunState::default();
        let mut log = Log::default();
        Ok(
            match self.programs_run(tuple, world, opts, (&mut state, &mut log), n.max(1))? {
                Some(_) => Brief {
                    verdict: Verdict::Pass,
                    retval: 0,
                    selected: None,
                    insns_executed: 0,
                },
                None => state.brief(),
            },
        )
    }

    /// The context input of `tuple` under `opts` (computed again only for another lookup
    /// than the last), and its generation.
    fn lookup_input(&mut self, tuple: &Tuple, opts: &RunOptions) -> (LookupInput, u64) {
        let ingress = if opts.test_run {
            0
        } else {
            opts.ingress_ifindex
        };
        match &self.last_input {
            Some((t, i, p, input)) if t == tuple && *i == ingress && *p == opts.profile => {
                (*input, self.input_generation)
            }
            _ => {
                let input = LookupInput {
                    ingress_ifindex: ingress,
                    ..tuple.lookup_input()
                };
                self.last_input = Some((*tuple, ingress, opts.profile, input));
                self.input_generation += 1;
                (input, self.input_generation)
            }
        }
    }

    /// Runs the programs `repeat` times into `state` and `log` (`state` says whether to
    /// record the report; a recording run is run once), or names the connected socket that
    /// matched before any program ran.
    fn programs_run(
        &mut self,
        tuple: &Tuple,
        world: &mut World,
        opts: &RunOptions,
        (state, log): (&mut RunState, &mut Log),
        repeat: u32,
    ) -> Result<Option<usize>, Box<Trap>> {
        if world.maps.len() < self.maps_needed {
            return Err(trap(
                &self.programs,
                0,
                0,
                String::new(),
                TrapKind::MissingMap("(the world has fewer maps than it was prepared with)".into()),
                Log::default(),
            ));
        }
        if !opts.test_run {
            if let Some(s) = connected_match(world, tuple) {
                return Ok(Some(s));
            }
        }
        // One lookup for all the programs and runs, its input written once (each program
        // starts with the selection the run array kept and no socket origins).
        let (input, generation) = self.lookup_input(tuple, opts);
        let mut lookup = Lookup {
            input,
            selected: None,
            no_reuseport: false,
            origin: Vec::new(),
            assigned: false,
        };
        self.ctx_memo.start(generation);
        self.ctx_cache.start(generation);
        let record = state.record;
        // The engine, and the compiled code's tables, chosen once for the batch.
        let jit = self.jit.filter(|_| !opts.trace);
        if let Some(jit) = jit {
            let (cache, addrs) = (&mut self.ctx_cache, &self.map_addrs);
            jit.entries(cache, addrs, (opts.profile, &input), &mut self.jit_entries);
        }
        state.engine = match self.jit {
            None => Engine::Interp,
            Some(_) if opts.trace => Engine::JitFallback(JitFallback::Trace),
            Some(_) => Engine::Jit,
        };
        // One execution for every program and run, restarted for each.
        let mut exec = Exec::new(
            (&self.programs, &self.ops),
            &self.map_ids,
            world,
            opts,
            &mut lookup,
            log,
            &mut self.stacks,
            (0, 0),
        );
        exec.tail_base = self.attached;
        exec.record = record;
        exec.ctx_memo = Some(&mut self.ctx_memo);
        exec.stack_low = self.stack_low;
        let entries = self.jit_entries.as_slice();
        let mut batch = Batch::new(&mut exec);
        for _ in 0..repeat {
            // What the kernel resets per repetition: the selection and the run array.
            let mut start = state.restart();
            for i in 0..self.attached {
                batch.exec().restart(i, start.0, start.1);
                let mut fell_back = None;
                let result = match jit {
                    Some(_) => Jit::exec(&mut batch, entries, &mut fell_back),
                    None => batch.exec().run().map_err(Box::new),
                };
                if let (Some(why), Engine::Jit) = (fell_back, state.engine) {
                    state.engine = Engine::JitFallback(why);
                }
                let exec = batch.exec();
                let ret = match result.and_then(|ret| exec.lock_released().map(|()| ret)) {
                    Ok(ret) => ret,
                    Err(kind) => {
                        self.stack_low = exec.stack_low;
                        let (pc, prog, insn) = (exec.pc, exec.prog, exec.current_insn());
                        let log = std::mem::take(&mut *exec.log);
                        return Err(trap(&self.programs, prog, pc, insn, *kind, log));
                    }
                };
                state.record(i, ret, exec, &self.programs);
                if i + 1 < self.attached {
                    start = start_of_next(&state.array);
                }
            }
        }
        let exec = batch.exec();
        self.stack_low = exec.stack_low;
        Ok(None)
    }
}

/// The selection the next program of `array` starts with. Read back just after `record`
/// wrote the array, its load stalls on store forwarding: a call of its own keeps the
/// compiler from reading it (as a conditional move) when no program follows.
#[inline(never)]
fn start_of_next(array: &RunArray<usize>) -> (Option<usize>, bool) {
    array.start_of_next()
}

/// The run array's progress, and what the report needs of each program.
#[derive(Default)]
struct RunState {
    /// Whether the report is wanted (else only the [`Brief`]).
    record: bool,
    engine: Engine,
    array: RunArray<usize>,
    /// The program whose selection is kept.
    kept_by: Option<usize>,
    /// Where the kept program's socket pointers came from (for the report only).
    kept_origin: Vec<Origin>,
    first_drop: Option<usize>,
    runs: Vec<ProgramRun>,
    last_ret: u64,
    total: u64,
}

impl RunState {
    /// Ready for another run of the array (a recording run is run once); the selection the
    /// first program starts with (taken from the fresh array before it is stored: read back
    /// at once, its narrower stores stall the load).
    fn restart(&mut self) -> (Option<usize>, bool) {
        let array = RunArray::new();
        let start = array.start_of_next();
        self.array = array;
        self.kept_by = None;
        self.first_drop = None;
        self.last_ret = 0;
        self.total = 0;
        start
    }

    /// Program `i` of `programs` (the attached ones first) ended with `ret` in `exec`.
    #[inline(always)]
    fn record(&mut self, i: usize, ret: u64, exec: &Exec<'_>, programs: &[Program]) {
        let lookup = &*exec.lookup;
        let verdict = Verdict::from_return(ret);
        let kept_selection = lookup.selected.filter(|_| verdict == Some(Verdict::Pass));
        if self.record {
            self.report(i, (ret, verdict, kept_selection), exec, programs);
        }
        self.array.record(ProgramResult {
            ret,
            selected: kept_selection,
            no_reuseport: lookup.no_reuseport,
        });
        self.total += exec.executed;
        self.last_ret = ret;
    }

    /// What the report needs of program `i`'s run: which program kept the selection or
    /// dropped first, where the kept socket pointers came from, the program's line.
    #[inline(never)]
    fn report(
        &mut self,
        i: usize,
        (ret, verdict, kept_selection): (u64, Option<Verdict>, Option<usize>),
        exec: &Exec<'_>,
        programs: &[Program],
    ) {
        let (lookup, world) = (&*exec.lookup, &*exec.world);
        match verdict {
            Some(Verdict::Pass)
                if kept_selection.is_some() && (lookup.assigned || self.kept_by.is_none()) =>
            {
                self.kept_by = Some(i);
                self.kept_origin.clone_from(&lookup.origin);
            }
            Some(Verdict::Drop) if self.first_drop.is_none() => self.first_drop = Some(i),
            _ => {}
        }
        self.runs.push(ProgramRun {
            name: programs[i].name.clone(),
            retval: ret,
            selected: lookup.selected.map(|s| world.sockets[s].name.clone()),
            insns_executed: exec.executed,
        });
    }

    fn brief(&self) -> Brief {
        let end = self.array.finish();
        Brief {
            verdict: end.verdict,
            retval: self.last_ret,
            selected: end.selected,
            insns_executed: self.total,
        }
    }

    fn finish(self, world: &World, tuple: &Tuple, log: Log) -> Outcome {
        let end = self.array.finish();
        let selected = end.selected.zip(self.kept_by).map(|(s, program)| {
            let origin = self.kept_origin;
            let from = origin.into_iter().find(|(sock, _, _)| *sock == s);
            Selected {
                socket: world.sockets[s].name.clone(),
                map: from.as_ref().map(|(_, m, _)| m.clone()),
                key: from.map(|(_, _, k)| k),
                no_reuseport: end.no_reuseport,
                program,
            }
        });
        let dropped_by = self.first_drop.unwrap_or(0);
        let delivered_to = delivery(world, tuple, end.verdict, dropped_by, selected.as_ref());
        Outcome {
            verdict: end.verdict,
            retval: self.last_ret,
            selected,
            delivered_to,
            programs: self.runs,
            helper_calls: log.helper_calls,
            output: log.output,
            insns_executed: self.total,
            engine: self.engine,
            trace: log.trace,
        }
    }
}

fn trap(
    programs: &[Program],
    prog: usize,
    pc: usize,
    insn: String,
    kind: TrapKind,
    log: Log,
) -> Box<Trap> {
    Box::new(Trap {
        program: programs
            .get(prog)
            .map_or_else(String::new, |p| p.name.clone()),
        pc,
        insn,
        kind,
        helper_calls: log.helper_calls,
        trace: log.trace,
    })
}

/// The world map id of every map reference, per program; a missing map is a trap at the
/// referencing instruction before anything runs.
fn resolve_maps(
    programs: &[Program],
    world: &World,
) -> Result<Vec<Vec<(usize, usize)>>, Box<Trap>> {
    programs
        .iter()
        .enumerate()
        .map(|(i, p)| {
            p.map_refs
                .iter()
                .map(|(slot, name)| {
                    world.map_id(name).map(|id| (*slot, id)).ok_or_else(|| {
                        let insn = match p.slots.get(*slot) {
                            Some(crate::program::Slot::Insn(x)) => x.to_string(),
                            _ => String::new(),
                        };
                        trap(
                            programs,
                            i,
                            *slot,
                            insn,
                            TrapKind::MissingMap(name.clone()),
                            Log::default(),
                        )
                    })
                })
                .collect()
        })
        .collect()
}

/// Where the packet goes after the run array's verdict and final selection (by whatever
/// engine ran the programs): nowhere the lookup decides for a multicast or broadcast
/// destination, else dropped, the selection (or its reuseport group), else the ordinary
/// lookup.
pub fn delivery(
    world: &World,
    tuple: &Tuple,
    verdict: Verdict,
    dropped_by: usize,
    selected: Option<&Selected>,
) -> Delivery {
    if let Some(why) = tuple.destination_bypasses_lookup() {
        return Delivery::NotLookedUp { why };
    }
    let socket = selected.and_then(|s| world.socket_id(&s.socket));
    match (verdict, selected, socket) {
        (Verdict::Drop, _, _) => Delivery::Dropped {
            program: dropped_by,
        },
        (Verdict::Pass, Some(sel), Some(s)) => selected_delivery(world, s, sel),
        (Verdict::Pass, _, _) => regular_delivery(world, tuple),
    }
}

fn selected_delivery(world: &World, s: usize, selected: &Selected) -> Delivery {
    let program = selected.program;
    let sock = &world.sockets[s];
    match &sock.desc.reuseport {
        Some(group) if !selected.no_reuseport => Delivery::ReuseportGroup {
            group: group.clone(),
            selected: sock.name.clone(),
            program,
            members: world.reuseport_members(s),
        },
        _ => Delivery::Selected {
            socket: sock.name.clone(),
            program,
        },
    }
}

fn regular_delivery(world: &World, tuple: &Tuple) -> Delivery {
    match regular_lookup(world, tuple) {
        None => Delivery::NoSocket {
            protocol: tuple.protocol,
        },
        Some(s) => {
            let sock = &world.sockets[s];
            match &sock.desc.reuseport {
                Some(group) => Delivery::RegularReuseportGroup {
                    group: group.clone(),
                    first: sock.name.clone(),
                    members: world.reuseport_members(s),
                },
                None => Delivery::Regular {
                    socket: sock.name.clone(),
                },
            }
        }
    }
}

/// How a socket's bound address matches the packet's destination address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Match {
    Wildcard,
    Exact,
}

fn address_match(bound: IpAddr, ipv6_only: bool, dest: IpAddr) -> Option<Match> {
    match (bound, dest) {
        (IpAddr::V4(b), IpAddr::V4(d)) if b == d => Some(Match::Exact),
        (IpAddr::V4(b), IpAddr::V4(_)) if b.is_unspecified() => Some(Match::Wildcard),
        (IpAddr::V6(b), IpAddr::V6(d)) if b == d => Some(Match::Exact),
        (IpAddr::V6(b), IpAddr::V6(_)) if b.is_unspecified() => Some(Match::Wildcard),
        (IpAddr::V6(b), IpAddr::V4(d)) if !ipv6_only => {
            if b.to_ipv4_mapped() == Some(d) {
                Some(Match::Exact)
            } else if b.is_unspecified() {
                Some(Match::Wildcard)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// The ordinary lookup: listening TCP / unconnected UDP sockets on the destination port,
/// exact-bound before wildcard, IPv4 sockets before dual-stack IPv6 ones; of equally good
/// sockets the first in the kernel's hash chain ([`chain_rank`]).
pub fn regular_lookup(world: &World, tuple: &Tuple) -> Option<usize> {
    let dest = tuple.local;
    (0..world.sockets.len())
        .filter(|&i| world.is_lookup_candidate(i, tuple.protocol))
        .filter_map(|i| {
            let d = &world.sockets[i].desc;
            if d.addr.port() != dest.port() {
                return None;
            }
            let m = address_match(d.addr.ip(), d.ipv6_only(), dest.ip())?;
            let same_family = d.addr.is_ipv4() == dest.is_ipv4();
            Some((m, same_family, chain_rank(d, i), i))
        })
        .max()
        .map(|(_, _, _, i)| i)
}

/// Where socket `i` (opened in world order) sits in its address-and-port hash chain, higher
/// first. Equally good sockets share an address and port: members of a reuseport group, or
/// UDP sockets with `SO_REUSEADDR`. The kernel (`udp_lib_get_port`, `__inet_hash`) adds a
/// socket at the head of the chain, except an IPv6 one with SO_REUSEPORT at the tail, and
/// takes the first best score: of head-added sockets the one bound last, else the first
/// tail-added one. Confirmed with real packets by `crates/vm/tests/deliver_kernel.rs`.
fn chain_rank(d: &skctx::net::SocketDesc, i: usize) -> i64 {
    let i = i as i64;
    if d.reuseport.is_some() && d.family() == skctx::net::Family::V6 {
        -i - 1
    } else {
        i
    }
}

/// A connected socket (UDP `connect()`ed, TCP established) whose 4-tuple is the packet's:
/// the kernel finds it before the programs run.
fn connected_match(world: &World, tuple: &Tuple) -> Option<usize> {
    let same = |a: SocketAddr, b: SocketAddr| {
        a.port() == b.port() && address_match(a.ip(), false, b.ip()) == Some(Match::Exact)
    };
    world.sockets.iter().position(|s| {
        s.desc.protocol == tuple.protocol
            && matches!(s.desc.state, SocketState::Connected(peer) if same(peer, tuple.remote))
            && same(s.desc.addr, tuple.local)
    })
}

fn connected_outcome(world: &World, s: usize) -> Outcome {
    Outcome {
        verdict: Verdict::Pass,
        retval: 0,
        selected: None,
        delivered_to: Delivery::Connected {
            socket: world.sockets[s].name.clone(),
        },
        programs: Vec::new(),
        helper_calls: Vec::new(),
        output: Vec::new(),
        insns_executed: 0,
        engine: Engine::Interp,
        trace: Vec::new(),
    }
}

/// `BPF_PROG_TEST_RUN`'s answer for an outcome (sk_lookup-runtime.md §5): it fails with
/// `EOPNOTSUPP` when the final selection is in a reuseport group and was made without
/// `BPF_SK_LOOKUP_F_NO_REUSEPORT`, since it cannot run the group's selection.
pub fn test_run_errno(world: &World, outcome: &Outcome) -> Option<skctx::Errno> {
    let sel = outcome.selected.as_ref()?;
    let id = world.socket_id(&sel.socket)?;
    (world.sockets[id].desc.reuseport.is_some() && !sel.no_reuseport)
        .then_some(skctx::Errno::EOPNOTSUPP)
}
