//! The helpers an SK_LOOKUP program can call in the VM, dispatched by their name in skctx's
//! helper table (the one place ids and names live); each row of [`HELPERS`] also gives
//! compiled code its entry for that helper ([`NativeHelper`]), and each row of [`FAST`] a
//! function on R1–R3 ([`QuickHelper`]: map lookups with the key on the main stack,
//! `bpf_sk_assign`, `bpf_sk_release`) that shares the helper's own function and defers to
//! the checked entry for anything it would trap on, with its fast entry for compiled code
//! ([`FastHelper`]); the interpreter calls it first in a run that records nothing. `bpf_sk_assign` is skctx's pure
//! function; map operations are [`crate::maps`]; `bpf_loop` and `bpf_for_each_map_elem`
//! call the program's callback through [`Exec::call_callback`]; every other helper traps
//! with its name.
//!
//! Mirrors net/core/filter.c (`bpf_sk_lookup_assign`, `bpf_sk_release`), kernel/bpf/helpers.c
//! (map helpers, time, random, `bpf_snprintf`), kernel/trace/bpf_trace.c (`bpf_trace_printk`,
//! `bpf_trace_vprintk`, `bpf_perf_event_output`; the text as `skctx::bprintf::format` prints it), kernel/bpf/ringbuf.c, the tail call of kernel/bpf/core.c,
//! `bpf_loop` of kernel/bpf/bpf_iter.c and the `map_for_each_callback`s of
//! kernel/bpf/arraymap.c and hashtab.c; the local dynptr helpers in `helpers/dynptr.rs`.

use skctx::{sk_assign_under, AssignCtx, Errno};

mod current;
mod dynptr;
mod strings;

use crate::interp::{found_to_reg, Exec, MAX_TAIL_CALL_CNT};
use crate::maps::{Found, NewValue};
use crate::memory::{Addr, Kind};
use crate::outcome::{HelperCall, Output, TrapKind};

/// What a helper call does to the program.
pub enum HelperResult {
    /// Returns this in R0.
    Ret(u64),
    /// Returns nothing the program may read (a tail call that did not happen).
    Continue,
    /// A tail call into this program of the run.
    TailCall(usize),
}

/// What a helper call gives: the trap is boxed so that the result comes back in two
/// registers (no read-back through memory after every call).
pub type HelperStep = Result<HelperResult, Box<TrapKind>>;

type Helper = fn(&mut Exec<'_>, &'static str) -> HelperStep;

/// A helper's entry for compiled code: [`crate::jit`]'s bridge around that one helper
/// function (arguments: the bridge, the call's slot, the helper's [`Resolved`] entry), so
/// a compiled call reaches the helper without an indirect call through the table.
pub type NativeHelper = extern "C" fn(*mut crate::jit::Bridge<'_>, u64, *const Resolved) -> u64;

/// [`HELPERS`] from rows of (skctx name, function): each row also gets its
/// [`NativeHelper`].
macro_rules! helper_table {
    ($(($name:literal, $f:path)),* $(,)?) => {
        /// The helpers the VM implements, by skctx name.
        const HELPERS: &[(&str, Helper, NativeHelper)] = &[$((
            $name,
            $f,
            {
                extern "C" fn native(
                    bridge: *mut crate::jit::Bridge<'_>,
                    pc: u64,
                    resolved: *const Resolved,
                ) -> u64 {
                    crate::jit::helper_with(bridge, pc, resolved, $f)
                }
                native
            },
        )),*];
    };
}

helper_table![
    ("map_lookup_elem", map_lookup_elem),
    ("map_lookup_percpu_elem", map_lookup_percpu_elem),
    ("map_update_elem", map_update_elem),
    ("map_delete_elem", map_delete_elem),
    ("map_push_elem", map_push_elem),
    ("map_pop_elem", map_pop_elem),
    ("map_peek_elem", map_peek_elem),
    ("sk_assign", sk_assign_helper),
    ("sk_release", sk_release),
    ("get_prandom_u32", get_prandom_u32),
    ("ktime_get_ns", clock),
    ("ktime_get_boot_ns", clock),
    ("ktime_get_coarse_ns", clock),
    ("ktime_get_tai_ns", clock),
    ("jiffies64", jiffies64),
    ("get_smp_processor_id", zero),
    ("get_numa_node_id", zero),
    ("get_current_pid_tgid", current::pid_tgid),
    ("get_current_uid_gid", current::uid_gid),
    ("get_current_comm", current::comm),
    ("get_current_cgroup_id", current::cgroup_id),
    (
        "get_current_ancestor_cgroup_id",
        current::ancestor_cgroup_id
    ),
    ("get_ns_current_pid_tgid", current::ns_pid_tgid),
    ("strtol", strings::strtol),
    ("strtoul", strings::strtoul),
    ("strncmp", strings::strncmp),
    ("trace_printk", trace_printk),
    ("trace_vprintk", trace_vprintk),
    ("snprintf", snprintf),
    ("perf_event_output", perf_event_output),
    ("ringbuf_output", ringbuf_output),
    ("ringbuf_query", ringbuf_query),
    ("ringbuf_reserve", ringbuf_reserve),
    ("ringbuf_submit", ringbuf_submit),
    ("ringbuf_discard", ringbuf_discard),
    ("tail_call", tail_call),
    ("spin_lock", spin_lock),
    ("spin_unlock", spin_unlock),
    ("loop", bpf_loop),
    ("for_each_map_elem", for_each_map_elem),
    ("dynptr_from_mem", dynptr::from_mem),
    ("dynptr_read", dynptr::read),
    ("dynptr_write", dynptr::write),
    ("dynptr_data", dynptr::data),
];

/// A helper's fast entry for compiled code: the bridge and R1–R3 in, R0 out, or
/// a sentinel ([`crate::jit::fast_with`]) when the call needs what only the checked entry
/// ([`NativeHelper`]) does (an argument it would trap on, a recording run), which compiled
/// code then calls. The fast function has no effect when it defers.
pub type FastHelper = extern "C" fn(*mut crate::jit::Bridge<'_>, u64, u64, u64) -> u64;

/// A helper's function on R1–R3 giving R0, or `None` when only the checked helper can make
/// the call (it then has had no effect): what a [`FastHelper`] calls, and what the
/// interpreter calls first in a run that records nothing.
pub(crate) type QuickHelper = fn(&mut Exec<'_>, u64, u64, u64) -> Option<u64>;

/// [`FAST`] from rows of (skctx name, the helper's [`QuickHelper`]), each with its
/// [`FastHelper`].
macro_rules! fast_table {
    ($(($name:literal, $f:path)),* $(,)?) => {
        /// The helpers compiled code calls with their arguments in registers.
        const FAST: &[(&str, QuickHelper, FastHelper)] = &[$((
            $name,
            $f,
            {
                extern "C" fn fast(
                    bridge: *mut crate::jit::Bridge<'_>,
                    r1: u64,
                    r2: u64,
                    r3: u64,
                ) -> u64 {
                    crate::jit::fast_with(bridge, [r1, r2, r3], $f)
                }
                fast
            },
        )),*];
    };
}

fast_table![
    ("map_lookup_elem", map_lookup_fast),
    ("sk_assign", sk_assign_fast),
    ("sk_release", sk_release_fast),
];

/// A helper the VM implements: skctx's row, the function and its entries for compiled
/// code.
pub struct Resolved {
    row: &'static skctx::Helper,
    f: Helper,
    pub native: NativeHelper,
    pub fast: Option<FastHelper>,
    quick: Option<QuickHelper>,
}

impl Resolved {
    /// The helper's name in skctx's table (`sk_release`).
    pub fn name(&self) -> &'static str {
        self.row.name
    }
}

/// [`HELPERS`] by helper id, derived once from skctx's table (ids index it); the entries
/// live as long as the program (compiled code calls [`Resolved::native`] with their
/// address).
pub fn resolve(id: i32) -> Option<&'static Resolved> {
    static BY_ID: std::sync::OnceLock<Vec<Option<Resolved>>> = std::sync::OnceLock::new();
    let table = BY_ID.get_or_init(|| {
        (0..)
            .map_while(skctx::helper_by_id)
            .map(|row| {
                let (_, f, native) = *HELPERS.iter().find(|(n, _, _)| *n == row.name)?;
                let fast = FAST.iter().find(|(n, _, _)| *n == row.name);
                Some(Resolved {
                    row,
                    f,
                    native,
                    fast: fast.map(|(_, _, entry)| *entry),
                    quick: fast.map(|(_, quick, _)| *quick),
                })
            })
            .collect()
    });
    usize::try_from(id)
        .ok()
        .and_then(|i| table.get(i))
        .and_then(Option::as_ref)
}

/// Calls helper `id` with R1..R5 and, when the run records, logs the call.
pub fn call(exec: &mut Exec<'_>, id: i32) -> HelperStep {
    let Some(h) = skctx::helper_by_id(id) else {
        return Err(TrapKind::Helper(format!("#{id} (no such helper)")).into());
    };
    match resolve(id) {
        Some(r) => call_resolved(exec, r),
        None => Err(TrapKind::Helper(h.kernel_name()).into()),
    }
}

/// Calls `r`'s [`QuickHelper`] on R1–R3 when it has one and the run records nothing: R0,
/// or `None` when the checked helper ([`call_resolved`]) must make the call.
#[inline(always)]
pub(crate) fn call_quick(exec: &mut Exec<'_>, r: &Resolved) -> Option<u64> {
    match r.quick {
        Some(quick) if !exec.record && exec.spin_lock.is_none() => {
            let [r1, r2, r3] = [exec.regs[1], exec.regs[2], exec.regs[3]];
            quick(exec, r1, r2, r3)
        }
        _ => None,
    }
}

/// Calls a resolved helper with R1..R5 and, when the run records, logs the call.
pub fn call_resolved(exec: &mut Exec<'_>, r: &Resolved) -> HelperStep {
    call_with(exec, r, r.f)
}

/// [`call_resolved`] with `r`'s function `f` known to the caller (compiled code's
/// [`NativeHelper`]s), so that it is called directly.
#[inline(always)]
pub(crate) fn call_with<F>(exec: &mut Exec<'_>, r: &Resolved, f: F) -> HelperStep
where
    F: FnOnce(&mut Exec<'_>, &'static str) -> HelperStep,
{
    let h = r.row;
    if exec.spin_lock.is_some() && !matches!(h.name, "spin_lock" | "spin_unlock") {
        return Err(under_lock(h.name));
    }
    if !exec.record {
        return f(exec, h.name);
    }
    recorded(exec, h, f)
}

/// A helper called while a `bpf_spin_lock` is held, which the kernel's verifier refuses
/// (only the unlock may be called; a second lock traps in [`spin_lock`]).
#[cold]
#[inline(never)]
fn under_lock(name: &str) -> Box<TrapKind> {
    Box::new(arg_error(
        name,
        "called while holding a bpf_spin_lock (the kernel refuses it: function calls are not allowed while holding a lock)".into(),
    ))
}

/// A helper call logged with its arguments and return value.
#[inline(never)]
fn recorded<F>(exec: &mut Exec<'_>, h: &'static skctx::Helper, f: F) -> HelperStep
where
    F: FnOnce(&mut Exec<'_>, &'static str) -> HelperStep,
{
    // The arguments its prototype takes (all five when skctx has no prototype for it).
    let n = h.proto.as_ref().map_or(5, |p| p.args.len().min(5));
    let args = exec.regs[1..1 + n].to_vec();
    let r = f(exec, h.name)?;
    let ret = match r {
        HelperResult::Ret(v) => v,
        _ => 0,
    };
    exec.log.helper_calls.push(HelperCall {
        program: exec.run_index,
        pc: exec.pc,
        name: h.name,
        args,
        ret,
    });
    Ok(r)
}

fn errno(e: Errno) -> HelperResult {
    HelperResult::Ret(e.negative() as u64)
}

/// An errno a map operation returns: the JIT calls the map's operation directly
/// (`do_misc_fixups`), and before [`MAP_OPS_RETURN_LONG_SINCE`] that operation returns an
/// `int`, which reaches R0 as a 32-bit value.
fn map_op_errno(exec: &Exec<'_>, e: Errno) -> HelperResult {
    match exec.opts.profile.has(MAP_OPS_RETURN_LONG_SINCE) {
        true => errno(e),
        false => HelperResult::Ret(e.negative() as u32 as u64),
    }
}

fn arg_error(helper: &str, why: String) -> TrapKind {
    TrapKind::HelperArg {
        helper: format!("bpf_{helper}"),
        why,
    }
}

/// R<n> as a map of the world.
#[inline]
fn map_arg(exec: &Exec<'_>, name: &str, n: usize) -> Result<usize, TrapKind> {
    let v = exec.regs[n];
    exec.map_arg(v).ok_or_else(|| not_a(name, n, v, "map"))
}

/// R<n> (`v`) is not the `what` helper `name` takes (out of line: the callers' hot paths
/// keep no frame for the message).
#[cold]
#[inline(never)]
fn not_a(name: &str, n: usize, v: u64, what: &str) -> TrapKind {
    arg_error(name, format!("R{n} ({v:#x}) is not a {what}"))
}

/// The key R2 points at, `key_size` bytes of map `map`.
fn key_arg(exec: &Exec<'_>, map: usize) -> Result<Vec<u8>, TrapKind> {
    let size = exec.world.maps[map].def.key_size;
    exec.read_bytes(exec.regs[2], size)
}

fn map_lookup_elem(exec: &mut Exec<'_>, name: &'static str) -> HelperStep {
    let map = map_arg(exec, name, 1)?;
    let size = exec.world.maps[map].def.key_size;
    let found = exec.with_bytes(exec.regs[2], size, |key, world| world.maps[map].lookup(key))?;
    lookup_found(exec, map, found)
}

/// kernel/bpf/arraymap.c and hashtab.c `*_lookup_percpu_elem`: NULL for a CPU at or past
/// `nr_cpu_ids`, else the element's value on that CPU. The VM runs on CPU 0
/// (`bpf_get_smp_processor_id`) with one value per element: CPU 0's is that value; another
/// CPU's traps (the VM has no values of other CPUs), as does a CPU of a kernel whose CPU
/// count the profile does not know.
fn map_lookup_percpu_elem(exec: &mut Exec<'_>, name: &'static str) -> HelperStep {
    map_arg(exec, name, 1)?;
    let cpu = exec.regs[3] as u32;
    if cpu != 0 {
        let Some(cpus) = exec.opts.profile.cpus() else {
            return Err(TrapKind::Unsupported(format!(
                "{name} for CPU {cpu}: this kernel's CPU count is not known (the running kernel's is)"
            ))
            .into());
        };
        if cpu >= cpus {
            return Ok(HelperResult::Ret(0));
        }
        return Err(TrapKind::Unsupported(format!(
            "{name} for CPU {cpu}: the VM's per-CPU maps hold CPU 0's values only"
        ))
        .into());
    }
    map_lookup_elem(exec, name)
}

/// `bpf_map_lookup_elem(R1, R2)` as a [`QuickHelper`]: a map and a key on
/// the main stack, else `None` (the checked helper then runs).
#[inline(always)]
fn map_lookup_fast(exec: &mut Exec<'_>, r1: u64, r2: u64, _: u64) -> Option<u64> {
    let map = exec.map_arg(r1)?;
    let size = exec.world.maps[map].def.key_size;
    let found = exec.with_main_stack(r2, size, |key, world| world.maps[map].lookup(key))?;
    Some(found_to_reg(found))
}

/// What `bpf_map_lookup_elem` returns for `found` in `map` (and, when the run records,
/// where a socket pointer came from).
fn lookup_found(exec: &mut Exec<'_>, map: usize, found: Option<Found>) -> HelperStep {
    // Where a socket pointer came from is for the full outcome only.
    if let (Some(Found::Socket(s)), true) = (found, exec.record) {
        let key = key_arg(exec, map)?;
        let origin = &mut exec.lookup.origin;
        origin.retain(|(sock, _, _)| *sock != s);
        origin.push((s, exec.world.maps[map].name.clone(), key));
    }
    Ok(HelperResult::Ret(found_to_reg(found)))
}

fn map_update_elem(exec: &mut Exec<'_>, name: &'static str) -> HelperStep {
    let map = map_arg(exec, name, 1)?;
    let key = key_arg(exec, map)?;
    let flags = exec.regs[4];
    let def = exec.world.maps[map].def;
    let r = if def.map_type.holds_sockets() {
        let Some(id) = socket_arg(exec, name, 3)? else {
            return Err(arg_error(name, "R3 is NULL".into()).into());
        };
        let s = &exec.world.sockets[id];
        // sock_map_sk_state_allowed: TCP sockets must be established or listening.
        if s.desc.protocol == skctx::net::Protocol::Tcp
            && !matches!(
                s.attrs.state,
                skctx::assign::TCP_LISTEN | skctx::assign::TCP_ESTABLISHED
            )
        {
            return Ok(map_op_errno(exec, Errno::EOPNOTSUPP));
        }
        exec.world.update(map, &key, NewValue::Socket(id), flags)
    } else {
        let value = exec.read_bytes(exec.regs[3], def.value_size)?;
        exec.world.update(map, &key, NewValue::Bytes(&value), flags)
    };
    Ok(r.map_or_else(|e| map_op_errno(exec, e), |()| HelperResult::Ret(0)))
}

fn map_delete_elem(exec: &mut Exec<'_>, name: &'static str) -> HelperStep {
    let map = map_arg(exec, name, 1)?;
    let key = key_arg(exec, map)?;
    Ok(exec.world.maps[map]
        .delete(&key)
        .map_or_else(|e| map_op_errno(exec, e), |()| HelperResult::Ret(0)))
}

/// The socket id R<n> points at (`None` for NULL).
#[inline]
/// `bpf_map_push_elem(map, value, flags)` on a QUEUE or STACK.
fn map_push_elem(exec: &mut Exec<'_>, name: &'static str) -> HelperStep {
    let map = map_arg(exec, name, 1)?;
    let size = exec.world.maps[map].def.value_size;
    let value = exec.read_bytes(exec.regs[2], size)?;
    let flags = exec.regs[3];
    Ok(match exec.world.maps[map].push(&value, flags) {
        Ok(()) => HelperResult::Ret(0),
        Err(e) => map_op_errno(exec, e),
    })
}

/// `bpf_map_pop_elem` and `bpf_map_peek_elem(map, value)`: the value written to R2's
/// buffer, zeroed when the map is empty (`ENOENT`).
fn queue_take(exec: &mut Exec<'_>, name: &'static str, remove: bool) -> HelperStep {
    let map = map_arg(exec, name, 1)?;
    let size = exec.world.maps[map].def.value_size;
    let taken = exec.world.maps[map].pop(remove);
    let dst = exec.region_mut(exec.regs[2], size)?;
    Ok(match taken {
        Ok(value) => {
            dst.copy_from_slice(&value);
            HelperResult::Ret(0)
        }
        Err(e) => {
            dst.fill(0);
            map_op_errno(exec, e)
        }
    })
}

fn map_pop_elem(exec: &mut Exec<'_>, name: &'static str) -> HelperStep {
    queue_take(exec, name, true)
}

fn map_peek_elem(exec: &mut Exec<'_>, name: &'static str) -> HelperStep {
    queue_take(exec, name, false)
}

fn socket_arg(exec: &Exec<'_>, name: &str, n: usize) -> Result<Option<usize>, TrapKind> {
    let v = exec.regs[n];
    socket_id(exec, v).map_err(|()| not_a(name, n, v, "socket"))
}

/// The socket id `v` points at (`None` for NULL); `Err` when it is not a socket.
#[inline]
fn socket_id(exec: &Exec<'_>, v: u64) -> Result<Option<usize>, ()> {
    if v == 0 {
        return Ok(None);
    }
    match Addr::decode(v) {
        Some(a)
            if a.kind == Kind::Socket && a.offset == 0 && a.index < exec.world.sockets.len() =>
        {
            Ok(Some(a.index))
        }
        _ => Err(()),
    }
}

fn sk_assign_helper(exec: &mut Exec<'_>, name: &'static str) -> HelperStep {
    if Addr::decode(exec.regs[1]) != Some(Addr::new(Kind::Ctx, 0, 0)) {
        return Err(arg_error(name, "R1 is not the context".into()).into());
    }
    let sk = socket_arg(exec, name, 2)?;
    Ok(HelperResult::Ret(assign(exec, sk, exec.regs[3])))
}

/// `bpf_sk_assign(R1, R2, R3)` as a [`QuickHelper`]: the context, a socket
/// or NULL, else `None` (the checked helper then runs and traps).
#[inline(always)]
fn sk_assign_fast(exec: &mut Exec<'_>, r1: u64, r2: u64, r3: u64) -> Option<u64> {
    if r1 != Addr::new(Kind::Ctx, 0, 0).to_u64() {
        return None;
    }
    let sk = socket_id(exec, r2).ok()?;
    Some(match sk {
        Some(id) if r3 == 0 && exec.lookup.selected.is_none() => assign_first(exec, id),
        _ => assign(exec, sk, r3),
    })
}

/// [`assign`] of socket `id` with no flags and no selection yet: skctx's answer for that
/// socket, asked once per execution ([`Exec::assign_memo`]).
#[inline(always)]
fn assign_first(exec: &mut Exec<'_>, id: usize) -> u64 {
    let out = match exec.assign_memo.get(id).copied().flatten() {
        Some(out) => out,
        None => remember_assign(exec, id),
    };
    apply_assign(exec, out)
}

#[cold]
fn remember_assign(exec: &mut Exec<'_>, id: usize) -> skctx::AssignOutcome<usize> {
    let input = &exec.lookup.input;
    let ctx = AssignCtx {
        family: input.family,
        protocol: input.protocol,
        selected: None,
        no_reuseport: false,
    };
    let attrs = &exec.world.sockets[id].attrs;
    let out = sk_assign_under(exec.assign_rules, ctx, Some((id, attrs)), 0);
    if exec.assign_memo.len() <= id {
        exec.assign_memo.resize(id + 1, None);
    }
    exec.assign_memo[id] = Some(out);
    out
}

/// skctx's `bpf_sk_assign` of socket `sk` (or NULL) with `flags` on the lookup; R0.
#[inline(always)]
fn assign(exec: &mut Exec<'_>, sk: Option<usize>, flags: u64) -> u64 {
    let input = &exec.lookup.input;
    let ctx = AssignCtx {
        family: input.family,
        protocol: input.protocol,
        selected: exec.lookup.selected,
        no_reuseport: exec.lookup.no_reuseport,
    };
    let attrs = sk.map(|id| (id, &exec.world.sockets[id].attrs));
    let out = sk_assign_under(exec.assign_rules, ctx, attrs, flags);
    apply_assign(exec, out)
}

/// The lookup after a `bpf_sk_assign` that ended with `out`; R0.
#[inline(always)]
fn apply_assign(exec: &mut Exec<'_>, out: skctx::AssignOutcome<usize>) -> u64 {
    if out.ret == 0 {
        exec.lookup.selected = out.ctx.selected;
        exec.lookup.no_reuseport = out.ctx.no_reuseport;
        exec.lookup.assigned = true;
    }
    out.ret as u64
}

fn sk_release(exec: &mut Exec<'_>, name: &'static str) -> HelperStep {
    match socket_arg(exec, name, 1)? {
        Some(_) => Ok(HelperResult::Ret(0)),
        None => Err(arg_error(name, "R1 is NULL".into()).into()),
    }
}

/// `bpf_sk_release(R1)` as a [`QuickHelper`]: a socket, else `None`.
#[inline(always)]
fn sk_release_fast(exec: &mut Exec<'_>, r1: u64, _: u64, _: u64) -> Option<u64> {
    socket_id(exec, r1).ok()?.map(|_| 0)
}

/// xorshift64* over the world's state: reproducible from the seed.
fn get_prandom_u32(exec: &mut Exec<'_>, _: &'static str) -> HelperStep {
    let mut x = exec.world.prandom_state;
    if x == 0 {
        x = 0x9e37_79b9_7f4a_7c15;
    }
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    exec.world.prandom_state = x;
    Ok(HelperResult::Ret(
        (x.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 32) as u32 as u64,
    ))
}

fn clock(exec: &mut Exec<'_>, _: &'static str) -> HelperStep {
    Ok(HelperResult::Ret(exec.world.clock_ns))
}

fn jiffies64(exec: &mut Exec<'_>, _: &'static str) -> HelperStep {
    Ok(HelperResult::Ret(exec.world.jiffies))
}

/// One CPU, one NUMA node.
fn zero(_: &mut Exec<'_>, _: &'static str) -> HelperStep {
    Ok(HelperResult::Ret(0))
}

/// kernel/trace/bpf_trace.c `bpf_trace_printk`: `bpf_trace_vprintk` with R3–R5 as its
/// three arguments (`MAX_TRACE_PRINTK_VARARGS`).
fn trace_printk(exec: &mut Exec<'_>, _: &'static str) -> HelperStep {
    let fmt = exec.read_bytes(exec.regs[1], exec.regs[2] as u32)?;
    let args = [exec.regs[3], exec.regs[4], exec.regs[5]];
    trace_output(exec, &fmt, &args)
}

/// kernel/bpf/helpers.c `bpf_snprintf`: the format (a constant string, the verifier saw to
/// that) printed with `data_len / 8` arguments into `str`, cut to `str_size` with its NUL;
/// R0 the whole text's length plus one, or `-EINVAL` for `data_len` and the format.
fn snprintf(exec: &mut Exec<'_>, _: &'static str) -> HelperStep {
    let (out, size) = (exec.regs[1], exec.regs[2] as u32);
    let fmt = c_string_at(exec, exec.regs[3])?;
    let args = match data_args(exec, exec.regs[4], exec.regs[5] as u32)? {
        Ok(args) => args,
        Err(e) => return Ok(errno(e)),
    };
    let (text, len) = match print(exec, &fmt, &args, size)? {
        Ok(printed) => printed,
        Err(e) => return Ok(errno(e)),
    };
    if size > 0 {
        let dst = exec.region_mut(out, text.len() as u32 + 1)?;
        dst[..text.len()].copy_from_slice(&text);
        dst[text.len()] = 0;
    }
    Ok(HelperResult::Ret(len as u64 + 1))
}

/// kernel/trace/bpf_trace.c `bpf_trace_vprintk`: the format within `fmt_size` printed with
/// `data_len / 8` arguments where `bpf_trace_printk`'s output goes (cut to
/// `MAX_BPRINTF_BUF`); R0 the whole text's length, or `-EINVAL`.
fn trace_vprintk(exec: &mut Exec<'_>, _: &'static str) -> HelperStep {
    let fmt = exec.read_bytes(exec.regs[1], exec.regs[2] as u32)?;
    let args = match data_args(exec, exec.regs[3], exec.regs[4] as u32)? {
        Ok(args) => args,
        Err(e) => return Ok(errno(e)),
    };
    trace_output(exec, &fmt, &args)
}

/// What both trace helpers print, where `bpf_trace_printk`'s output goes; R0 the text's
/// whole length, or the errno.
fn trace_output(exec: &mut Exec<'_>, fmt: &[u8], args: &[u64]) -> HelperStep {
    let (text, len) = match print(exec, fmt, args, MAX_BPRINTF_BUF as u32)? {
        Ok(printed) => printed,
        Err(e) => return Ok(errno(e)),
    };
    exec.log.output.push(Output::TracePrintk {
        program: exec.run_index,
        text: String::from_utf8_lossy(&text).into_owned(),
    });
    Ok(HelperResult::Ret(len as u64))
}

/// `MAX_BPRINTF_BUF`: the buffer `bpf_trace_vprintk` prints into.
const MAX_BPRINTF_BUF: usize = 1024;

/// What a printing helper gives: the text cut to its buffer and the whole length, or the
/// errno it returns.
type Printed = Result<(Vec<u8>, usize), Errno>;

/// The `data_len / 8` u64 arguments at `data` (`bpf_snprintf`, `bpf_trace_vprintk`), or
/// `-EINVAL` for a length that is not a multiple of 8, more than `MAX_BPRINTF_VARARGS`, or
/// arguments at NULL.
fn data_args(
    exec: &Exec<'_>,
    data: u64,
    data_len: u32,
) -> Result<Result<Vec<u64>, Errno>, TrapKind> {
    use skctx::bprintf::MAX_ARGS;
    if !data_len.is_multiple_of(8) || data_len > MAX_ARGS * 8 || (data_len > 0 && data == 0) {
        return Ok(Err(Errno::EINVAL));
    }
    let raw = match data_len {
        0 => Vec::new(),
        n => exec.read_bytes(data, n)?,
    };
    Ok(Ok(raw
        .chunks_exact(8)
        .map(|c| u64::from_le_bytes(c.try_into().expect("8 bytes")))
        .collect()))
}

/// `fmt` (up to its NUL, which must lie within it) with `args` printed into `size` bytes,
/// as `bpf_bprintf_prepare` and `bstr_printf` print it; a conversion printing a kernel
/// address, or reading bytes the kernel leaves uninitialised, traps.
fn print(exec: &Exec<'_>, fmt: &[u8], args: &[u64], size: u32) -> Result<Printed, Box<TrapKind>> {
    use skctx::bprintf::FormatError;
    if !fmt.contains(&0) {
        return Ok(Err(Errno::EINVAL));
    }
    let read = |addr: u64, n: usize| exec.read_bytes(addr, n as u32).ok();
    let rules = exec.opts.profile.bprintf_rules();
    match skctx::bprintf::format(fmt, args, size as usize, rules, &read) {
        Ok(printed) => Ok(Ok(printed)),
        Err(FormatError::Invalid) => Ok(Err(Errno::EINVAL)),
        Err(FormatError::NoSpace) => Ok(Err(Errno::ENOSPC)),
        Err(FormatError::KernelAddress) => Err(Box::new(TrapKind::Unsupported(
            "a format conversion printing a kernel address or symbol (%p, %pK, %px, %ps, %pS, %pB)".into(),
        ))),
        Err(FormatError::Uninitialised) => Err(Box::new(TrapKind::Unsupported(
            "a conversion after an address the full buffer left unread reads bytes the kernel left uninitialised".into(),
        ))),
    }
}

/// The NUL-terminated string at `addr`, its NUL included.
fn c_string_at(exec: &Exec<'_>, addr: u64) -> Result<Vec<u8>, TrapKind> {
    let mut out = Vec::new();
    loop {
        let b = exec.read_bytes(addr.wrapping_add(out.len() as u64), 1)?[0];
        out.push(b);
        if b == 0 {
            return Ok(out);
        }
    }
}

/// net/core/filter.c `bpf_event_output_data` and kernel/trace/bpf_trace.c
/// `__bpf_perf_event_output`, in their order: flags past `BPF_F_INDEX_MASK` are `-EINVAL`;
/// the index (`BPF_F_CURRENT_CPU`: the VM's CPU 0) at or past `max_entries` `-E2BIG`
/// (`max_entries` 0: the loader's possible CPUs, the running kernel's count); no event there
/// `-ENOENT` (what `BPF_PROG_TEST_RUN` sees when nothing filled the map); an event opened on
/// another CPU than the running one `-EOPNOTSUPP`. Then the record is captured.
fn perf_event_output(exec: &mut Exec<'_>, name: &'static str) -> HelperStep {
    const INDEX_MASK: u64 = 0xffff_ffff;
    let map = map_arg(exec, name, 2)?;
    let flags = exec.regs[3];
    if flags & !INDEX_MASK != 0 {
        return Ok(errno(Errno::EINVAL));
    }
    let index = match flags {
        INDEX_MASK => 0,
        i => i as u32,
    };
    let max = match exec.world.maps[map].def.max_entries {
        0 if index == 0 => 1,
        0 => exec.opts.profile.cpus().ok_or_else(|| {
            TrapKind::Unsupported(format!(
                "{name} at index {index} of a map sized by the loader: this kernel's CPU count is not known (the running kernel's is)"
            ))
        })?,
        n => n,
    };
    if index >= max {
        return Ok(errno(Errno::E2BIG));
    }
    if !exec.world.maps[map].has_perf_event(index) {
        return Ok(errno(Errno::ENOENT));
    }
    if index != 0 {
        return Ok(errno(Errno::EOPNOTSUPP));
    }
    let bytes = exec.read_bytes(exec.regs[4], exec.regs[5] as u32)?;
    exec.log.output.push(Output::PerfEvent {
        program: exec.run_index,
        bytes,
    });
    Ok(HelperResult::Ret(0))
}

/// kernel/bpf/helpers.c `bpf_spin_lock` on the one CPU the VM has: the lock (a 4-byte
/// `struct bpf_spin_lock` in a map value) is taken; R0 is 0 after it (the helper returns
/// void: the kernel's verifier lets no program read R0 after the call). The kernel's
/// verifier lets a program hold one lock at a time and call nothing but the unlock while
/// holding it, so no program it accepts ever waits; taking a second lock (which would spin
/// for ever on one CPU, or deadlock) traps, as does a lock outside a map value.
fn spin_lock(exec: &mut Exec<'_>, name: &'static str) -> HelperStep {
    let lock = lock_arg(exec, name)?;
    if let Some((held, _, _)) = exec.spin_lock {
        return Err(arg_error(
            name,
            format!("the lock at {held:#x} is held: a second lock never returns on one CPU"),
        )
        .into());
    }
    exec.spin_lock = Some((lock, exec.prog, exec.pc));
    Ok(HelperResult::Ret(0))
}

/// `bpf_spin_unlock`: releases the lock [`spin_lock`] took (another one traps); R0 is 0.
fn spin_unlock(exec: &mut Exec<'_>, name: &'static str) -> HelperStep {
    let lock = lock_arg(exec, name)?;
    if exec.spin_lock.is_none_or(|(held, _, _)| held != lock) {
        return Err(arg_error(name, format!("the lock at {lock:#x} is not held")).into());
    }
    exec.spin_lock = None;
    Ok(HelperResult::Ret(0))
}

/// R1 of the spin lock helpers: 4 writable bytes of a map value, 4-byte aligned.
fn lock_arg(exec: &Exec<'_>, name: &str) -> Result<u64, TrapKind> {
    let v = exec.regs[1];
    let in_value =
        Addr::decode(v).is_some_and(|a| a.kind == Kind::Value && a.offset.is_multiple_of(4));
    if !in_value {
        return Err(not_a(name, 1, v, "lock in a map value"));
    }
    exec.read_bytes(v, 4)?;
    Ok(v)
}

/// kernel/bpf/ringbuf.c `bpf_ringbuf_output`: `-EINVAL` for flags other than
/// `BPF_RB_NO_WAKEUP` (1) and `BPF_RB_FORCE_WAKEUP` (2), `-EAGAIN` when the record does not
/// fit ([`crate::maps::Map::ring_reserve`]), else the record is captured.
fn ringbuf_output(exec: &mut Exec<'_>, name: &'static str) -> HelperStep {
    let map = map_arg(exec, name, 1)?;
    let (size, flags) = (exec.regs[3], exec.regs[4]);
    if flags & !3 != 0 {
        return Ok(errno(Errno::EINVAL));
    }
    let bytes = exec.read_bytes(exec.regs[2], size as u32)?;
    if !exec.world.maps[map].ring_reserve(size) {
        return Ok(errno(Errno::EAGAIN));
    }
    exec.log.output.push(Output::Ringbuf {
        program: exec.run_index,
        map: exec.world.maps[map].name.clone(),
        bytes,
    });
    Ok(HelperResult::Ret(0))
}

/// `bpf_ringbuf_query` ([`crate::maps::Map::ring_query`]).
fn ringbuf_query(exec: &mut Exec<'_>, name: &'static str) -> HelperStep {
    let map = map_arg(exec, name, 1)?;
    Ok(HelperResult::Ret(
        exec.world.maps[map].ring_query(exec.regs[2]),
    ))
}

/// kernel/bpf/ringbuf.c `bpf_ringbuf_reserve`: NULL for flags and for a record that does
/// not fit ([`crate::maps::Map::ring_reserve`]: nothing consumes the ring during a run, as
/// in `BPF_PROG_TEST_RUN`, so records fill it).
fn ringbuf_reserve(exec: &mut Exec<'_>, name: &'static str) -> HelperStep {
    let map = map_arg(exec, name, 1)?;
    let (size, flags) = (exec.regs[2], exec.regs[3]);
    if flags != 0 || !exec.world.maps[map].ring_reserve(size) {
        return Ok(HelperResult::Ret(0));
    }
    match exec.world.alloc_cell(vec![0; size as usize]) {
        Ok(cell) => {
            exec.reserved.push((cell, map));
            Ok(HelperResult::Ret(Addr::new(Kind::Value, cell, 0).to_u64()))
        }
        Err(_) => Ok(HelperResult::Ret(0)),
    }
}

/// The reservation R1 points at (its start), taken out of the open ones.
fn take_reservation(exec: &mut Exec<'_>, name: &str) -> Result<(usize, usize), TrapKind> {
    let v = exec.regs[1];
    let at = Addr::decode(v)
        .filter(|a| a.kind == Kind::Value && a.offset == 0)
        .and_then(|a| exec.reserved.iter().position(|(c, _)| *c == a.index))
        .ok_or_else(|| {
            arg_error(
                name,
                format!("R1 ({v:#x}) is not an open ring buffer record"),
            )
        })?;
    Ok(exec.reserved.remove(at))
}

fn ringbuf_submit(exec: &mut Exec<'_>, name: &'static str) -> HelperStep {
    let (cell, map) = take_reservation(exec, name)?;
    exec.log.output.push(Output::Ringbuf {
        program: exec.run_index,
        map: exec.world.maps[map].name.clone(),
        bytes: exec.world.cell(cell).unwrap_or_default().to_vec(),
    });
    Ok(HelperResult::Ret(0))
}

fn ringbuf_discard(exec: &mut Exec<'_>, name: &'static str) -> HelperStep {
    take_reservation(exec, name)?;
    Ok(HelperResult::Ret(0))
}

/// kernel/bpf/core.c `JMP_TAIL_CALL`: an index past the array, the 33rd tail call and an
/// empty slot fall through; the count goes up before the slot is read.
fn tail_call(exec: &mut Exec<'_>, name: &'static str) -> HelperStep {
    let map = map_arg(exec, name, 2)?;
    if exec.in_callback() {
        return Err(TrapKind::Unsupported(
            "bpf_tail_call inside a callback (bpf_loop, bpf_for_each_map_elem)".into(),
        )
        .into());
    }
    let index = exec.regs[3] as u32;
    if index >= exec.world.maps[map].def.max_entries || exec.tail_calls >= MAX_TAIL_CALL_CNT {
        return Ok(HelperResult::Continue);
    }
    exec.tail_calls += 1;
    match exec.world.maps[map].lookup(&index.to_le_bytes()) {
        Some(Found::Program(t)) if exec.tail_base + t < exec.programs.len() => {
            Ok(HelperResult::TailCall(exec.tail_base + t))
        }
        _ => Ok(HelperResult::Continue),
    }
}

/// kernel/bpf/bpf_iter.c `bpf_loop`: flags other than 0 are `-EINVAL`, more than
/// `BPF_MAX_LOOPS` iterations (of the low 32 bits of R1) `-E2BIG`, in that order; the
/// callback gets (index, R3) and a non-zero return stops the loop. Returns the number of
/// callbacks made. A call the verifier inlined ([`Exec::loop_inlined`]) compares all 64
/// bits of R1 and returns `-E2BIG` zero-extended from 32 bits.
fn bpf_loop(exec: &mut Exec<'_>, name: &'static str) -> HelperStep {
    let (r1, func, ctx, flags) = (exec.regs[1], exec.regs[2], exec.regs[3], exec.regs[4]);
    let (nr_loops, e2big) = if exec.loop_inlined() {
        (r1, Errno::E2BIG.negative() as u32 as u64)
    } else {
        (r1 as u32 as u64, Errno::E2BIG.negative() as u64)
    };
    if flags != 0 {
        return Ok(errno(Errno::EINVAL));
    }
    if nr_loops > u64::from(skctx::limits::BPF_MAX_LOOPS) {
        return Ok(HelperResult::Ret(e2big));
    }
    for i in 0..nr_loops {
        if exec.call_callback(name, func, [i, ctx, 0, 0, 0])? != 0 {
            return Ok(HelperResult::Ret(i + 1));
        }
    }
    Ok(HelperResult::Ret(nr_loops))
}

/// The first release whose map operations return `long` (kernel commit "bpf: return long
/// from bpf_map_ops funcs"); see [`map_op_errno`] (measured on 6.1.192: R0 = 0xffffffea for
/// `bpf_for_each_map_elem`'s -EINVAL, 0xfffffff9 for an array update's -E2BIG; 6.12.118 and
/// 6.18.44 give -22 and -7).
const MAP_OPS_RETURN_LONG_SINCE: skctx::KernelVersion = skctx::KernelVersion::new(6, 4);

/// The `map_for_each_callback` of kernel/bpf/arraymap.c and hashtab.c: flags other than 0
/// are `-EINVAL` (an `int` before [`MAP_OPS_RETURN_LONG_SINCE`]); the callback gets (map,
/// key, value, R3) for each element ([`crate::maps::Map::walk`] says in which order; one
/// deleted meanwhile is left out) and a non-zero return stops the walk. Returns the number
/// of callbacks made. The key is a copy in a cell of its own, as the array walk hands out
/// a pointer to its local `key`.
fn for_each_map_elem(exec: &mut Exec<'_>, name: &'static str) -> HelperStep {
    let map = map_arg(exec, name, 1)?;
    let (map_reg, func, ctx, flags) = (exec.regs[1], exec.regs[2], exec.regs[3], exec.regs[4]);
    let m = &exec.world.maps[map];
    let Some(keys) = m.walk() else {
        let why = format!(
            "map `{}` ({}) has no map_for_each_callback",
            m.name,
            m.def.map_type.kernel_name()
        );
        return Err(arg_error(name, why).into());
    };
    if flags != 0 {
        return Ok(map_op_errno(exec, Errno::EINVAL));
    }
    let key_size = m.def.key_size as usize;
    let key_cell = exec
        .world
        .alloc_cell(vec![0; key_size])
        .map_err(|_| TrapKind::Unsupported("too many map values for a callback's key".into()))?;
    let mut calls = 0u64;
    for i in 0..keys.len() {
        let key = keys.key(i);
        // An element the callback deleted meanwhile is not walked (the kernel's bucket walk
        // may still reach one that followed a deleted element in its bucket).
        let Some(value) = exec.world.maps[map].peek(&key) else {
            continue;
        };
        for (to, from) in exec
            .world
            .cell_mut(key_cell)
            .into_iter()
            .flatten()
            .zip(&key)
        {
            *to = *from;
        }
        calls += 1;
        let key_ptr = Addr::new(Kind::Value, key_cell, 0).to_u64();
        let value_ptr = Addr::new(Kind::Value, value, 0).to_u64();
        if exec.call_callback(name, func, [map_reg, key_ptr, value_ptr, ctx, 0])? != 0 {
            break;
        }
    }
    Ok(HelperResult::Ret(calls))
}
