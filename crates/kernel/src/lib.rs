//! The live Linux kernel as an oracle for SK_LOOKUP programs.
//!
//! Raw `bpf()` syscalls through `libc` (no libbpf, no C). Linux only; `unsafe` lives in this
//! crate and nowhere else in the workspace, each block with a `// SAFETY:` line.
//!
//! What lives where:
//!
//! | module | what |
//! |---|---|
//! | [`avail`](availability) | [`availability`]: is `bpf()` usable here (root/CAP_BPF, SK_LOOKUP supported)? Every public entry point checks it and returns [`Error::Unavailable`] instead of failing obscurely. |
//! | `prog` | [`load`]: `BPF_PROG_LOAD` with map bindings, log growth on ENOSPC, privilege levels; [`LoadOutcome`] with the parsed log |
//! | `log` | [`LogSummary::parse`]: message, failing instruction, instructions processed, verification time (pure text) |
//! | `privilege` | [`Privilege`] and [`with_privilege`]: run on a thread that dropped capabilities with raw `capset` |
//! | `map` | [`Map`], [`MapSpec`], [`MapType`] (an `enum bpf_map_type` value, named by `skctx::MapType`): create, update, lookup, delete, freeze (`.rodata` as libbpf makes it), put sockets into SOCKMAP/SOCKHASH |
//! | `socket` | [`SocketSet`]: real sockets from [`skctx::net::SocketDesc`]s inside a private network namespace, with their cookies |
//! | `test_run` | [`test_run`]: `BPF_PROG_TEST_RUN` on a [`skctx::net::Tuple`], the selection resolved back to its socket description |
//! | `probe` | [`host_profile`], [`probe_host`]: the running kernel's release, named behaviours and helper availability, from tiny programs loaded into the verifier |
//! | `btf` | [`Btf`]: `BPF_BTF_LOAD`; [`load_with_btf`]: [`load`] with `func_info` and `line_info`, so the log names C lines; [`func_only_btf`]: BTF of functions only ([`BtfFunc`]: name, linkage and a `skctx::proto::Proto`), for loads that need `func_info` (callbacks, global functions) |
//! | `kfunc` | [`resolve_kfuncs`]: `call kfunc(ID)` of a modelled kfunc (`skctx::KFUNCS`) given the running kernel's BTF id of the function from `/sys/kernel/btf/vmlinux`, as libbpf resolves an extern `__ksym` function; [`kernel_func_btf_id`]; [`vmlinux_btf`], the bytes CO-RE relocations are resolved against, and [`module_btf_names`] |
//! | `link` | [`attach_netns`]: `BPF_LINK_CREATE` to a namespace (several links: the run array, in attach order) |
//! | `deliver` | [`deliver`]: a real packet for a tuple inside a [`SocketSet`]'s namespace (TCP connect, UDP datagram from the tuple's remote end) and the [`Landing`]: the socket that accepted or received it, refused, or silence |
//! | `xlated` | [`xlated`]: a loaded program's instructions as the verifier left them; [`pinned`]: a program pinned in bpffs (what `bpftool prog load` left), to compare with |
//! | `sys` | the `bpf()` syscall and `union bpf_attr` layouts (private) |
//! | `error` | [`Error`], [`Errno`], [`Unavailable`] |
//!
//! A verifier rejection is not an [`Error`]: [`load`] returns a [`LoadOutcome`] whose
//! `errno` is set. Errors are reserved for "the question could not be asked".
//!
//! File descriptors are [`std::os::fd::OwnedFd`]s and close on drop. Descriptors are
//! process-wide, so maps, programs and sockets created on helper threads are usable from
//! any thread.

// Everything here is Linux (bpf(), network namespaces, capset): elsewhere the crate is
// empty, so a workspace build on another OS still succeeds.
#![cfg(target_os = "linux")]

mod avail;
mod btf;
mod deliver;
mod error;
mod kfunc;
mod link;
mod log;
mod map;
mod privilege;
mod probe;
mod prog;
mod socket;
mod sys;
mod test_run;
mod xlated;

pub use avail::{availability, DISABLE_ENV};
pub use btf::{
    func_only_btf, func_only_info, load_with_btf, load_with_funcs, sanitised_for_running,
    spin_lock_value_btf, Btf, BtfFunc, FuncInfo, LineInfo, ProgBtf, SPIN_LOCK_TYPE_IDS,
};
pub use deliver::{deliver, Landing};
pub use error::{Errno, Error, Unavailable};
pub use kfunc::{kernel_func_btf_id, module_btf_names, resolve_kfuncs, vmlinux_btf, VMLINUX_BTF};
pub use link::{attach_netns, Link};
pub use log::LogSummary;
pub use map::{create_map, Map, MapSpec, MapType, BPF_ANY, BPF_EXIST, BPF_NOEXIST, F_NO_PREALLOC};
pub use privilege::{effective_caps, with_privilege, Privilege};
pub use probe::{
    behaviours, has_behaviour, helpers, host_profile, probe_host, release, stable_version,
    HostProbe,
};
pub use prog::{
    bind_maps, load, load_insns, LoadOptions, LoadOutcome, Program, ATTACH_TYPE_SK_LOOKUP,
    LOG_STATS, MAX_INSNS, MAX_LOG_SIZE, MIN_LOG_SIZE, PROG_TYPE_SK_LOOKUP, PROG_TYPE_SOCKET_FILTER,
};
pub use socket::{Socket, SocketSet};
pub use test_run::{test_run, test_run_ctx, test_run_data, Selected, TestRunOutcome};
pub use xlated::{pinned, xlated};
