//! Section names as libbpf 1.x reads them: the program type a code section that is not
//! SK_LOOKUP's stands for (its programs are listed as skipped with that type). Which loaders
//! take an SK_LOOKUP program from a section of a given spelling is [`super::loader`]'s table
//! (the `section-name` finding).

use crate::load::link::{is_sk_lookup, Functions};

/// libbpf 1.x section names (the `section_defs` spelling, `+` = the name or `name/...`,
/// a trailing `/` = `name/...` only) and the program type they load as.
const PROGRAM_TYPES: &[(&str, &str)] = &[
    ("socket", "SOCKET_FILTER"),
    ("kprobe+", "KPROBE"),
    ("kretprobe+", "KPROBE"),
    ("uprobe+", "KPROBE"),
    ("uretprobe+", "KPROBE"),
    ("tc+", "SCHED_CLS"),
    ("classifier", "SCHED_CLS"),
    ("action", "SCHED_ACT"),
    ("tracepoint+", "TRACEPOINT"),
    ("tp+", "TRACEPOINT"),
    ("raw_tracepoint+", "RAW_TRACEPOINT"),
    ("raw_tp+", "RAW_TRACEPOINT"),
    ("tp_btf+", "TRACING"),
    ("fentry+", "TRACING"),
    ("fexit+", "TRACING"),
    ("fmod_ret+", "TRACING"),
    ("iter+", "TRACING"),
    ("freplace+", "EXT"),
    ("lsm+", "LSM"),
    ("xdp+", "XDP"),
    ("perf_event", "PERF_EVENT"),
    ("lwt_in", "LWT_IN"),
    ("lwt_out", "LWT_OUT"),
    ("lwt_xmit", "LWT_XMIT"),
    ("sockops", "SOCK_OPS"),
    ("sk_skb+", "SK_SKB"),
    ("sk_msg", "SK_MSG"),
    ("lirc_mode2", "LIRC_MODE2"),
    ("flow_dissector", "FLOW_DISSECTOR"),
    ("cgroup_skb/", "CGROUP_SKB"),
    ("cgroup/skb", "CGROUP_SKB"),
    ("cgroup/sock", "CGROUP_SOCK"),
    ("cgroup/dev", "CGROUP_DEVICE"),
    ("cgroup/sysctl", "CGROUP_SYSCTL"),
    ("cgroup/getsockopt", "CGROUP_SOCKOPT"),
    ("cgroup/setsockopt", "CGROUP_SOCKOPT"),
    ("cgroup/", "CGROUP_SOCK_ADDR"),
    ("struct_ops+", "STRUCT_OPS"),
    ("sk_reuseport+", "SK_REUSEPORT"),
    ("syscall", "SYSCALL"),
    ("netfilter", "NETFILTER"),
];

/// Whether `name` matches the `section_defs` spelling `pattern`.
fn matches(pattern: &str, name: &str) -> bool {
    if let Some(base) = pattern.strip_suffix('+') {
        return name == base || name.strip_prefix(base).is_some_and(|r| r.starts_with('/'));
    }
    if pattern.ends_with('/') {
        return name.starts_with(pattern);
    }
    // `cgroup/sock` is also the prefix of `cgroup/sock_create`, ...: libbpf lists those
    // exactly; they are all CGROUP_SOCK.
    name == pattern || (pattern.starts_with("cgroup/") && name.starts_with(pattern))
}

/// The program type a loader gives a program in section `name`, as printed.
pub fn program_type(name: &str) -> String {
    PROGRAM_TYPES
        .iter()
        .find(|(p, _)| matches(p, name))
        .map_or_else(
            || "unknown (libbpf 1.x knows no program type for this section name)".into(),
            |(_, t)| format!("BPF_PROG_TYPE_{t}"),
        )
}

/// A program of another type, not linted.
#[derive(Debug, Clone)]
pub struct OtherProgram {
    pub section: String,
    pub name: String,
    pub program_type: String,
}

/// The global functions of code sections that are neither `.text` nor an SK_LOOKUP section.
pub fn other_programs(funcs: &Functions) -> Vec<OtherProgram> {
    let object = funcs.object();
    funcs
        .list
        .iter()
        .filter(|f| f.global)
        .filter_map(|f| {
            let section = &object.sections[f.section].name;
            (section != ".text" && !is_sk_lookup(section)).then(|| OtherProgram {
                section: section.clone(),
                name: f.name.clone(),
                program_type: program_type(section),
            })
        })
        .collect()
}
