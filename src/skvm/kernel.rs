//! `--engine kernel`: one program on the live kernel (crate `kernel`), for cross-checking
//! the interpreter. The world's sockets are opened as real sockets in a private network
//! namespace, the program's maps created and filled from the world (global data with its
//! section's bytes), the program loaded with the license of its object, and
//! `BPF_PROG_TEST_RUN` run on the tuple: the kernel reports the verdict, the selected socket
//! and the mean run time (the test run's `ctx->ingress_ifindex` is always 0). Then the
//! program is loaded again on maps made afresh from the world (so the packet's lookup does
//! not see what the test run wrote), attached to that namespace for real and a packet for
//! the tuple sent there ([`kernel::deliver`]; `ctx->ingress_ifindex` is the loopback's, 1):
//! where it lands is the delivery.
//! Helper calls, selection origins and instruction counts are not observable there.

use std::collections::BTreeMap;
use std::os::fd::{AsFd, AsRawFd};

use kernel::{Landing, Map, SocketSet};
use skctx::net::{SocketState, Tuple};
use skctx::EntryValue;
use vm::{Delivery, Engine, Outcome, ProgramRun, Selected};

use super::{safe, Loaded};
use crate::cli::Failure;

/// The kernel's answer: the outcome (its `engine` field is the interpreter's placeholder;
/// reports say `kernel`) and the mean run time the kernel measured.
pub struct KernelRun {
    pub outcome: Outcome,
    pub ns_per_run: Option<u32>,
}

/// Runs `loaded` `repeat` times (at least once) on the live kernel.
pub fn run(
    loaded: &Loaded,
    file: Option<&skctx::World>,
    tuple: &Tuple,
    repeat: u32,
) -> Result<KernelRun, Failure> {
    kernel::availability().map_err(|u| Failure::Usage(format!("--engine kernel: {u}")))?;
    // The packet is IPv4 for a tuple of two IPv4-mapped addresses: its test run is too.
    let tuple = &tuple.as_received();
    let empty = skctx::World::default();
    let file = file.unwrap_or(&empty);
    let descs: Vec<_> = file.sockets.values().cloned().collect();
    let sockets =
        SocketSet::open(&descs).map_err(|e| kernel_error("opening the world's sockets", &e))?;
    let name = &loaded.program.name;
    let prog = load(loaded, file, &sockets)?;
    let result = kernel::test_run(&prog, tuple, repeat.max(1), Some(&sockets))
        .map_err(|e| kernel_error("BPF_PROG_TEST_RUN", &e))?;
    let (None, Some(ret)) = (result.errno, result.retval) else {
        let why = match result.errno {
            // net/bpf/test_run.c: a selection in a reuseport group, made without
            // BPF_SK_LOOKUP_F_NO_REUSEPORT, is the one case its test run cannot finish.
            Some(e @ kernel::Errno::EOPNOTSUPP) => format!(
                "{e}: the kernel's test run cannot pick a member of a reuseport group (the \
                 program selected a socket in one without BPF_SK_LOOKUP_F_NO_REUSEPORT)"
            ),
            Some(e) => e.to_string(),
            None => "no return value".to_string(),
        };
        return Err(Failure::Rejected(format!(
            "error: {}: program `{}`: BPF_PROG_TEST_RUN failed: {why}\n",
            loaded.file,
            safe(name)
        )));
    };
    let retval = u64::from(ret);
    // The test run returns the run array's verdict, SK_PASS or SK_DROP.
    let Some(verdict) = skctx::Verdict::from_return(retval) else {
        return Err(Failure::Rejected(format!(
            "error: {}: program `{}`: BPF_PROG_TEST_RUN returned {ret}, no verdict\n",
            loaded.file,
            safe(name)
        )));
    };
    let selected = result.selected.and_then(|s| s.name).map(|socket| Selected {
        socket,
        map: None,
        key: None,
        no_reuseport: false,
        program: 0,
    });
    // The packet's lookup starts from the world as given, as the test run's did: the maps
    // the test run wrote are left behind with its program.
    drop(prog);
    let fresh = load(loaded, file, &sockets)?;
    let delivered_to = real_delivery(&fresh, &sockets, tuple, verdict, selected.as_ref())?;
    Ok(KernelRun {
        outcome: Outcome {
            verdict,
            retval,
            programs: vec![ProgramRun {
                name: name.clone(),
                retval,
                selected: selected.as_ref().map(|s| s.socket.clone()),
                insns_executed: 0,
            }],
            selected,
            delivered_to,
            helper_calls: Vec::new(),
            output: Vec::new(),
            insns_executed: 0,
            engine: Engine::Interp,
            trace: Vec::new(),
        },
        ns_per_run: result.duration_ns,
    })
}

/// `loaded` in the kernel on maps made from the world as given (the test run and the
/// packet each get their own, so neither sees what the other wrote); a rejection is the
/// kernel's message.
fn load(
    loaded: &Loaded,
    file: &skctx::World,
    sockets: &SocketSet,
) -> Result<kernel::Program, Failure> {
    let maps = create_maps(loaded, file, sockets)?;
    let mut insns =
        kernel::resolve_kfuncs(&loaded.insns).map_err(|e| kernel_error("resolving kfuncs", &e))?;
    let map_fd = isa::table::ld_imm_row(isa::LdImmKind::MapFd).src;
    for (slot, name, _) in &loaded.maps {
        let (Some(map), Some(first)) = (maps.get(name), insns.get_mut(*slot)) else {
            continue;
        };
        first.imm = map.as_fd().as_raw_fd();
        let is_fd = first.src == map_fd;
        if let Some(second) = insns.get_mut(slot + 1).filter(|_| is_fd) {
            second.imm = 0;
        }
    }
    let options = kernel::LoadOptions {
        license: if loaded.gpl { "GPL" } else { "" }.into(),
        ..kernel::LoadOptions::default()
    };
    // With the func_info libbpf passes (callbacks need it), as `skasm lint` loads it.
    let funcs: Vec<(u32, kernel::BtfFunc)> = (loaded.funcs.iter().flatten())
        .map(|f| (f.insn_off, crate::lint::cross_check::btf_func(f)))
        .collect();
    let outcome = kernel::load_with_funcs(&insns, &[], &options, &funcs)
        .map_err(|e| kernel_error("loading", &e))?;
    let message = outcome.message().unwrap_or_default();
    outcome.program.ok_or_else(|| {
        Failure::Rejected(format!(
            "error: {}: program `{}` is rejected by the kernel: {}\n",
            loaded.file,
            safe(&loaded.program.name),
            safe(&message)
        ))
    })
}

/// How long a real packet may take to land or be refused (loopback answers at once).
const DELIVERY_WAIT: std::time::Duration = std::time::Duration::from_millis(300);

/// Where the kernel really delivers a packet for `tuple`: `prog` attached to the namespace
/// of the world's sockets, a TCP connection or UDP datagram sent there from the tuple's
/// remote end ([`kernel::deliver`]), named as the VM names deliveries. `verdict` and
/// `selected` (the test run's) tell a drop from "no socket" and a selection from the
/// ordinary lookup.
fn real_delivery(
    prog: &kernel::Program,
    sockets: &SocketSet,
    tuple: &Tuple,
    verdict: skctx::Verdict,
    selected: Option<&Selected>,
) -> Result<Delivery, Failure> {
    if let Some(why) = tuple.unsendable() {
        return Err(Failure::Usage(format!(
            "--engine kernel: no socket can send a packet for `{tuple}`: {why}"
        )));
    }
    if let Some(why) = tuple.destination_bypasses_lookup() {
        return Err(Failure::Usage(format!(
            "--engine kernel: `{tuple}` has nothing to compare: {why}"
        )));
    }
    let _link = kernel::attach_netns(prog, sockets.netns())
        .map_err(|e| kernel_error("attaching the program to the namespace", &e))?;
    let landing = kernel::deliver(sockets, tuple, DELIVERY_WAIT)
        .map_err(|e| kernel_error("sending a real packet for the tuple", &e))?;
    Ok(match landing {
        Landing::Socket(i) => landed_on(sockets, i, selected),
        Landing::Refused if verdict == skctx::Verdict::Drop => Delivery::Dropped { program: 0 },
        Landing::Refused => Delivery::NoSocket {
            protocol: tuple.protocol,
        },
        Landing::Silence => {
            return Err(Failure::Usage(format!(
            "--engine kernel: the packet for `{tuple}` neither landed nor was refused within {} ms",
            DELIVERY_WAIT.as_millis()
        )))
        }
    })
}

/// The delivery to socket `i` of the set: the selection, a member of its reuseport group, a
/// connected socket, or the ordinary lookup's socket (for a group, the member that got it).
fn landed_on(sockets: &SocketSet, i: usize, selected: Option<&Selected>) -> Delivery {
    let (name, desc) = sockets.get(i).map_or_else(
        || (String::new(), None),
        |s| (s.name().unwrap_or_default().to_string(), Some(s.desc())),
    );
    let group = desc.and_then(|d| d.reuseport.clone());
    let connected = desc.is_some_and(|d| matches!(d.state, SocketState::Connected(_)));
    match (selected, group) {
        (_, _) if connected => Delivery::Connected { socket: name },
        (Some(sel), _) if sel.socket == name => Delivery::Selected {
            socket: name,
            program: 0,
        },
        (Some(sel), Some(group)) => Delivery::ReuseportGroup {
            group,
            selected: sel.socket.clone(),
            program: 0,
            members: group_members(sockets, i),
        },
        (None, Some(group)) => Delivery::RegularReuseportGroup {
            group,
            first: name,
            members: group_members(sockets, i),
        },
        (_, None) => Delivery::Regular { socket: name },
    }
}

/// The names of the sockets in socket `i`'s reuseport group as the kernel formed it.
fn group_members(sockets: &SocketSet, i: usize) -> Vec<String> {
    let Some(me) = sockets.get(i) else {
        return Vec::new();
    };
    (sockets.iter())
        .filter(|s| s.desc().shares_reuseport_group(me.desc()))
        .map(|s| s.name().unwrap_or_default().to_string())
        .collect()
}

fn kernel_error(doing: &str, e: &kernel::Error) -> Failure {
    Failure::Usage(safe(&format!("--engine kernel: {doing}: {e}")))
}

/// The program's maps in the kernel, by name: the world's with its entries, the object's
/// empty, global data with its bytes.
fn create_maps(
    loaded: &Loaded,
    file: &skctx::World,
    sockets: &SocketSet,
) -> Result<BTreeMap<String, Map>, Failure> {
    let mut maps = BTreeMap::new();
    for (_, name, info) in &loaded.maps {
        if maps.contains_key(name) {
            continue;
        }
        if skctx::MapType::from_id(info.map_type).is_none() {
            return Err(Failure::Usage(format!(
                "map `{}`: unknown map type {}",
                safe(name),
                info.map_type
            )));
        }
        let lock = loaded.spin_locks.iter().find(|(n, _)| n == name);
        let map = crate::lint::cross_check::kernel_map(info, lock.map(|(_, off)| *off))
            .map_err(|e| kernel_error(&format!("map `{name}`"), &e))?;
        let entries = file.maps.get(name).map_or(&[][..], |m| &m.entries[..]);
        let perf = skctx::MapType::from_id(info.map_type) == Some(skctx::MapType::PerfEventArray);
        if perf && !entries.is_empty() {
            return Err(Failure::Usage(format!(
                "map `{}`: the world's PERF_EVENT_ARRAY entries stand for perf events the VM models; --engine kernel opens none (leave the entries out: every slot is then empty, as in the VM)",
                safe(name)
            )));
        }
        for (key, value) in entries {
            let put = match value {
                EntryValue::Socket(s) => match sockets.by_name(s) {
                    Some(sock) => map.set_socket(key, sock),
                    None => continue,
                },
                EntryValue::Bytes(b) => map.update(key, b, kernel::BPF_ANY),
            };
            put.map_err(|e| kernel_error(&format!("map `{name}`, key {key:02x?}"), &e))?;
        }
        let data = loaded.data.iter().find(|(n, _)| n == name);
        if let Some((_, bytes)) = data.filter(|_| info.frozen.is_none()) {
            let mut value = bytes.clone();
            value.resize(info.value_size as usize, 0);
            map.update(&0u32.to_le_bytes(), &value, kernel::BPF_ANY)
                .map_err(|e| kernel_error(&format!("global data `{name}`"), &e))?;
        }
        maps.insert(name.clone(), map);
    }
    Ok(maps)
}
