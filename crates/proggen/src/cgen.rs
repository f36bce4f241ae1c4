//! Seeded SK_LOOKUP programs in C, written the way users write them, for clang to compile
//! and the kernel to judge (`tests/cgen_kernel.rs`). Unlike the assembly generator, nothing
//! here predicts a verdict: the live kernel is the oracle, and each program only records the
//! [`Mistake`] it was built to carry (if any), so a campaign can say how each kind fared.
//!
//! What a program may contain: context reads of every field at every width users write
//! (plain, `bpf_ntohs`, byte and half-word casts), if/else and switch on them, bounded loops
//! (`for` with a constant bound, unrolled or not, `bpf_loop` with a static callback, the
//! `bpf_for` number iterator when [`Features::iter_num`]), static noinline and global
//! functions (scalar and context arguments), lookups in the maps of [`MAPS`] with struct and
//! scalar keys on the stack, `.rodata` / `.data` / `.bss` globals, `ctx->sk`, socket
//! selection with `bpf_sk_assign` and each flag, `bpf_sk_release`, and every return code.
//! About one program in five carries one realistic [`Mistake`].
//!
//! The maps (one table, [`MAPS`]) give both the C definitions and the world file
//! ([`world_toml`]): their entries hold sockets of the world and values that the lookups of
//! [`TUPLES`] find, so generated branches are taken both ways when the programs run.
//! Output helpers (`bpf_printk`, `bpf_snprintf`) are left out on purpose.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use crate::Rng;

mod idioms;

/// What a generated program was built to get wrong (one at most).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mistake {
    /// A map value or socket read through without a NULL check.
    NoNullCheck,
    /// A socket from a sockmap lookup never released.
    Leak,
    /// A socket read or released after `bpf_sk_release`.
    UseAfterRelease,
    /// A return value that is not SK_PASS or SK_DROP.
    BadReturn,
    /// An index past the end of a global array, a stack array or a map value.
    OutOfBounds,
    /// A loop whose bound the verifier cannot see.
    UnboundedLoop,
    /// A helper SK_LOOKUP programs may not call (`bpf_sk_lookup_tcp`, `bpf_sk_lookup_udp`).
    ForbiddenHelper,
    /// `bpf_sk_release` on `ctx->sk`, which holds no reference.
    ReleaseCtxSk,
    /// A map value read before its NULL check ([`Features::idioms`] only).
    NullCheckAfterUse,
    /// Stack arrays in the program and a function it calls that together pass 512 bytes
    /// ([`Features::idioms`] only).
    StackTooBig,
}

impl Mistake {
    /// Every mistake, in the order seeds draw them: the first eight without
    /// [`Features::idioms`] ([`Mistake::ALL`]), all of them with it.
    const WIDE: [Mistake; 10] = [
        Mistake::NoNullCheck,
        Mistake::Leak,
        Mistake::UseAfterRelease,
        Mistake::BadReturn,
        Mistake::OutOfBounds,
        Mistake::UnboundedLoop,
        Mistake::ForbiddenHelper,
        Mistake::ReleaseCtxSk,
        Mistake::NullCheckAfterUse,
        Mistake::StackTooBig,
    ];

    /// The mistakes programs without [`Features::idioms`] make.
    const ALL: &'static [Mistake] = Mistake::WIDE.split_at(8).0;

    pub fn name(self) -> &'static str {
        match self {
            Mistake::NoNullCheck => "no-null-check",
            Mistake::Leak => "leak",
            Mistake::UseAfterRelease => "use-after-release",
            Mistake::BadReturn => "bad-return",
            Mistake::OutOfBounds => "out-of-bounds",
            Mistake::UnboundedLoop => "unbounded-loop",
            Mistake::ForbiddenHelper => "forbidden-helper",
            Mistake::ReleaseCtxSk => "release-ctx-sk",
            Mistake::NullCheckAfterUse => "null-check-after-use",
            Mistake::StackTooBig => "stack-too-big",
        }
    }
}

/// What the target kernel has, so the generator only writes what clang and the loader can
/// take there (the verifier still judges it).
#[derive(Debug, Clone, Copy)]
pub struct Features {
    /// The open-coded number iterator (`bpf_for`, kfuncs `bpf_iter_num_*`, 6.4).
    pub iter_num: bool,
    /// `bpf_loop` (5.17).
    pub bpf_loop: bool,
    /// CO-RE: the program reads the context through a `vmlinux.h`-style local flavor of
    /// `struct bpf_sk_lookup` (`preserve_access_index`, its fields in another order, a
    /// 4-byte `remote_port` the loader narrows where the kernel's is 2 bytes), and reads
    /// `ingress_ifindex` only where `bpf_core_field_exists` says it exists. Off in
    /// [`Features::ALL`], so the streams of seeds stay as they were.
    pub core: bool,
    /// About one statement in three is one of the idioms of real SK_LOOKUP programs
    /// (`cgen/idioms.rs`: IPv6 and v4-mapped matches, port order, family and protocol
    /// dispatch, struct keys and values in LRU / NO_PREALLOC / per-CPU maps, a lookup used
    /// after an early return on NULL, a `.rodata` config struct, bounded global arrays,
    /// pointer arguments, dense switches, stack arrays across calls), and the mistakes of
    /// [`Mistake::WIDE`]. Off in [`Features::ALL`], so the streams of seeds stay as they were.
    pub idioms: bool,
}

impl Features {
    pub const ALL: Features = Features {
        iter_num: true,
        bpf_loop: true,
        core: false,
        idioms: false,
    };

    /// [`Features::ALL`] with [`Features::idioms`].
    pub const IDIOMS: Features = Features {
        idioms: true,
        ..Features::ALL
    };
}

/// One generated program.
#[derive(Debug, Clone)]
pub struct CProgram {
    /// `cgen_<seed>_<index>`: the file stem and the program's function name.
    pub name: String,
    pub source: String,
    pub mistake: Option<Mistake>,
    /// It reads `ctx->ingress_ifindex` (0 in `BPF_PROG_TEST_RUN`, the interface for a
    /// packet: 1 on the loopback).
    pub reads_ifindex: bool,
    /// It reads state an earlier run of it wrote (a counter it reads back, map values it
    /// writes): its answer depends on the runs before it.
    pub reads_written_state: bool,
}

/// A map the programs may use: its C definition and its world entry come from this row.
pub struct MapSpec {
    pub name: &'static str,
    /// `BPF_MAP_TYPE_...` in C; the world's `type` is the same name in lower case.
    c_type: &'static str,
    key: &'static str,
    value: &'static str,
    key_size: u32,
    value_size: u32,
    max_entries: u32,
    flags: u32,
    /// `flags` as the C definition writes them (the number when empty).
    flags_c: &'static str,
    /// The world's `entries` table, as TOML.
    entries: &'static str,
}

/// The clang builds generated programs are compiled with (one table for every campaign and
/// bench that compiles them): name, compiler, flags beyond [`compile`]'s. The first four are
/// what loaders usually see; the others are the unusual output a campaign also meets:
/// `-O1`, `-Os` and `-O3`, cpu v2 (no 32-bit jumps, no ALU32), loops left rolled.
pub const BUILDS: [(&str, &str, &[&str]); 9] = [
    ("c14-O2", "clang-14", &["-O2"]),
    ("c14-O2-v3", "clang-14", &["-O2", "-mcpu=v3"]),
    ("c19-O2-v3", "clang-19", &["-O2", "-mcpu=v3"]),
    ("c19-O2-v4", "clang-19", &["-O2", "-mcpu=v4"]),
    ("c19-O1-v3", "clang-19", &["-O1", "-mcpu=v3"]),
    ("c19-Os-v4", "clang-19", &["-Os", "-mcpu=v4"]),
    ("c19-O3-v4", "clang-19", &["-O3", "-mcpu=v4"]),
    ("c19-O2-v2", "clang-19", &["-O2", "-mcpu=v2"]),
    ("c14-O2-rolled", "clang-14", &["-O2", "-fno-unroll-loops"]),
];

/// Whether compiler `cc` of [`BUILDS`] can be run.
pub fn installed(cc: &str) -> bool {
    std::process::Command::new(cc)
        .arg("--version")
        .output()
        .is_ok()
}

/// Compiles `source` into the BPF object `out` with compiler `cc` and `flags` (a row of
/// [`BUILDS`]), with BTF and line info (`-g`) and the multiarch headers `<bpf/...>` needs.
pub fn compile(
    cc: &str,
    flags: &[&str],
    source: &std::path::Path,
    out: &std::path::Path,
) -> Result<(), String> {
    let status = std::process::Command::new(cc)
        .args(["-target", "bpf", "-g", "-I/usr/include/x86_64-linux-gnu"])
        .args(flags)
        .arg("-c")
        .arg(source)
        .arg("-o")
        .arg(out)
        .status()
        .map_err(|e| format!("{cc} cannot be run: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!(
            "{cc} {flags:?} cannot compile {}",
            source.display()
        ))
    }
}

/// The maps of every generated program and world.
pub const MAPS: [MapSpec; 9] = [
    MapSpec {
        name: "sock_slots",
        c_type: "SOCKMAP",
        key: "__u32",
        value: "__u64",
        key_size: 4,
        value_size: 8,
        max_entries: 4,
        flags: 0,
        flags_c: "",
        entries: r#"{ 0 = "web", 1 = "dns", 2 = "web6", 3 = "ssh" }"#,
    },
    MapSpec {
        name: "sock_ports",
        c_type: "SOCKHASH",
        key: "__u32",
        value: "__u64",
        key_size: 4,
        value_size: 8,
        max_entries: 16,
        flags: 0,
        flags_c: "",
        entries: r#"{ 80 = "web", 53 = "dns", 443 = "web6", 22 = "ssh", 7000 = "pool_a" }"#,
    },
    MapSpec {
        name: "port_class",
        c_type: "ARRAY",
        key: "__u32",
        value: "__u32",
        key_size: 4,
        value_size: 4,
        max_entries: 8,
        flags: 0,
        flags_c: "",
        entries: "{ 0 = 1, 1 = 2, 2 = 3, 5 = 1, 6 = 0 }",
    },
    // struct port_proto { __u32 port; __u32 proto; }: keys as the little-endian integer of
    // their 8 bytes (port 80/TCP, port 53/UDP).
    MapSpec {
        name: "port_hits",
        c_type: "HASH",
        key: "struct port_proto",
        value: "__u64",
        key_size: 8,
        value_size: 8,
        max_entries: 64,
        flags: 0,
        flags_c: "",
        entries: r#"{ "0x0000000600000050" = 3, "0x0000001100000035" = 7 }"#,
    },
    MapSpec {
        name: "nets",
        c_type: "LPM_TRIE",
        key: "struct lpm4",
        value: "__u32",
        key_size: 8,
        value_size: 4,
        max_entries: 16,
        flags: 1,
        flags_c: "",
        entries: r#"{ "192.0.2.0/24" = 1, "198.51.100.7/32" = 2 }"#,
    },
    MapSpec {
        name: "per_cpu",
        c_type: "PERCPU_ARRAY",
        key: "__u32",
        value: "__u64",
        key_size: 4,
        value_size: 8,
        max_entries: 4,
        flags: 0,
        flags_c: "",
        entries: "{}",
    },
    // Maps of [`Features::idioms`]. struct flow4 { __u32 addr; __u32 port; }: the remote end
    // as the context gives it (both in network order; 203.0.113.9:4242 and 10.1.2.3:4243);
    // struct flow_stat { __u64 packets; __u32 port; __u32 verdict; }.
    MapSpec {
        name: "flows",
        c_type: "LRU_HASH",
        key: "struct flow4",
        value: "struct flow_stat",
        key_size: 8,
        value_size: 16,
        max_entries: 128,
        flags: 0,
        flags_c: "",
        entries: r#"{ "hex: cb 00 71 09 10 92 00 00" = "hex: 05 00 00 00 00 00 00 00 50 00 00 00 00 00 00 00", "hex: 0a 01 02 03 10 93 00 00" = "hex: 01 00 00 00 00 00 00 00 bb 01 00 00 01 00 00 00" }"#,
    },
    // struct port_cfg { __u32 slot; __u32 flags; }, by local port (host order).
    MapSpec {
        name: "port_cfg",
        c_type: "HASH",
        key: "__u32",
        value: "struct port_cfg",
        key_size: 4,
        value_size: 8,
        max_entries: 32,
        flags: 1,
        flags_c: "BPF_F_NO_PREALLOC",
        entries: r#"{ 80 = "hex: 00 00 00 00 00 00 00 00", 53 = "hex: 01 00 00 00 00 00 00 00", 443 = "hex: 02 00 00 00 01 00 00 00", 8080 = "hex: 00 00 00 00 01 00 00 00" }"#,
    },
    // struct cpu_stat { __u64 hits; __u64 drops; }.
    MapSpec {
        name: "cpu_stats",
        c_type: "PERCPU_ARRAY",
        key: "__u32",
        value: "struct cpu_stat",
        key_size: 4,
        value_size: 16,
        max_entries: 2,
        flags: 0,
        flags_c: "",
        entries: "{}",
    },
];

const SOCK_SLOTS: usize = 0;
const SOCK_PORTS: usize = 1;
const PORT_CLASS: usize = 2;
const PORT_HITS: usize = 3;
const NETS: usize = 4;
const PER_CPU: usize = 5;
const FLOWS: usize = 6;
const PORT_CFG: usize = 7;
const CPU_STATS: usize = 8;

/// The world's sockets, as TOML.
const SOCKETS: &str = r#"[sockets.web]
proto = "tcp"
family = "ipv4"
addr = "127.0.0.1"
port = 8080

[sockets.web6]
proto = "tcp"
family = "ipv6"
addr = "::1"
port = 8443

[sockets.dns]
proto = "udp"
family = "ipv4"
port = 5353

[sockets.ssh]
proto = "tcp"
family = "ipv4"
port = 22

[sockets.pool_a]
proto = "tcp"
family = "ipv4"
addr = "127.0.0.1"
port = 7000
reuseport = "pool"

[sockets.pool_b]
proto = "tcp"
family = "ipv4"
addr = "127.0.0.1"
port = 7000
reuseport = "pool"
"#;

/// The lookups generated programs run on (remote -> local): the ports, protocols, prefixes
/// and families the maps and the generated constants name, and some they do not.
pub const TUPLES: [&str; 10] = [
    "tcp 203.0.113.9:4242 -> 192.0.2.10:80",
    "tcp 203.0.113.9:4242 -> 192.0.2.10:22",
    "tcp 10.1.2.3:4243 -> 198.51.100.7:443",
    "tcp 203.0.113.8:4243 -> 198.51.100.7:7000",
    "tcp 203.0.113.9:1024 -> 203.0.113.1:8080",
    "udp 203.0.113.9:4242 -> 192.0.2.1:53",
    "udp 203.0.113.9:53 -> 198.51.100.7:8080",
    "tcp [2001:db8::9]:4242 -> [2001:db8::1]:443",
    "udp [2001:db8::9]:4242 -> [2001:db8::53]:53",
    "tcp [2001:db8::9]:4242 -> [fd00::1]:80",
];

/// The world file of every generated program: [`MAPS`] with their entries, and the sockets.
pub fn world_toml() -> String {
    let mut w = String::from(
        "# Generated by proggen::cgen: the maps of cgen::MAPS, the sockets they hold.\n\n",
    );
    w.push_str(SOCKETS);
    for m in &MAPS {
        let _ = write!(
            w,
            "\n[maps.{}]\ntype = \"{}\"\nkey_size = {}\nvalue_size = {}\nmax_entries = {}\nflags = {}\nentries = {}\n",
            m.name,
            m.c_type.to_lowercase(),
            m.key_size,
            m.value_size,
            m.max_entries,
            m.flags,
            m.entries
        );
    }
    w
}

/// The helpers and types every program starts with: libbpf's bpf_helpers.h as users get it,
/// written out so that only clang and the uapi headers are needed.
const PRELUDE: &str = r#"#include <linux/types.h>
#include <linux/bpf.h>

#define SEC(name) __attribute__((section(name), used))
#define __uint(name, val) int (*name)[val]
#define __type(name, val) typeof(val) *name
#define __noinline __attribute__((noinline))
#define bpf_ntohs(x) __builtin_bswap16(x)
#define bpf_htonl(x) __builtin_bswap32(x)
#define AF_INET 2
#define AF_INET6 10
#define IPPROTO_TCP 6
#define IPPROTO_UDP 17

static void *(*bpf_map_lookup_elem)(void *map, const void *key) = (void *)1;
static long (*bpf_map_update_elem)(void *map, const void *key, const void *value, __u64 flags) = (void *)2;
static long (*bpf_sk_release)(void *sock) = (void *)86;
static long (*bpf_sk_assign)(void *ctx, void *sk, __u64 flags) = (void *)124;
static __u64 (*bpf_ktime_get_ns)(void) = (void *)5;
static __u32 (*bpf_get_prandom_u32)(void) = (void *)7;

struct port_proto {
	__u32 port;
	__u32 proto;
};

struct lpm4 {
	__u32 prefixlen;
	__u32 addr;
};
"#;

const LOOP_DECL: &str = "static long (*bpf_loop)(__u32 nr_loops, void *callback_fn, void *callback_ctx, __u64 flags) = (void *)181;\n";

/// The number iterator as libbpf's bpf_helpers.h gives it (`bpf_for`).
const ITER_DECL: &str = r#"struct bpf_iter_num {
	__u64 __opaque[1];
} __attribute__((aligned(8)));
extern int bpf_iter_num_new(struct bpf_iter_num *it, int start, int end) __attribute__((section(".ksyms")));
extern int *bpf_iter_num_next(struct bpf_iter_num *it) __attribute__((section(".ksyms")));
extern void bpf_iter_num_destroy(struct bpf_iter_num *it) __attribute__((section(".ksyms")));
#define bpf_for(i, start, end)                                                        \
	for (struct bpf_iter_num ___it __attribute__((aligned(8), cleanup(bpf_iter_num_destroy))), \
	     *___p __attribute__((unused)) = (bpf_iter_num_new(&___it, (start), (end)),   \
					      (void)bpf_iter_num_destroy, (void *)0);       \
	     ({ int *___t = bpf_iter_num_next(&___it);                                    \
		___t && ((i) = *___t, (i) >= (start) && (i) < (end)); });)
"#;

/// The forbidden helpers the mistakes call, declared as bpf_helper_defs.h does.
const FORBIDDEN_DECL: &str = r#"static struct bpf_sock *(*bpf_sk_lookup_tcp)(void *ctx, struct bpf_sock_tuple *tuple, __u32 tuple_size, __u64 netns, __u64 flags) = (void *)84;
static struct bpf_sock *(*bpf_sk_lookup_udp)(void *ctx, struct bpf_sock_tuple *tuple, __u32 tuple_size, __u64 netns, __u64 flags) = (void *)85;
"#;

/// Context reads: the C expression and what it reads.
const CTX_READS: [&str; 24] = [
    "ctx->family",
    "ctx->protocol",
    "ctx->remote_ip4",
    "ctx->local_ip4",
    "ctx->remote_ip6[0]",
    "ctx->remote_ip6[3]",
    "ctx->local_ip6[1]",
    "ctx->local_ip6[3]",
    "ctx->remote_port",
    "bpf_ntohs(ctx->remote_port)",
    "ctx->local_port",
    "ctx->ingress_ifindex",
    "*(__u8 *)&ctx->family",
    "*(__u8 *)&ctx->protocol",
    "*((__u8 *)&ctx->local_ip4 + 3)",
    "*((__u16 *)&ctx->remote_ip4 + 1)",
    "*(__u16 *)&ctx->local_port",
    "*((__u8 *)&ctx->remote_port + 1)",
    "*((__u16 *)&ctx->local_ip6[2] + 1)",
    "*(__u8 *)&ctx->ingress_ifindex",
    "(__u16)ctx->local_port",
    "(__u8)ctx->protocol",
    "ctx->local_port & 0xff",
    "ctx->local_ip4 >> 24",
];

/// Constants a generated comparison uses: what the tuples hold, and some they do not.
const CONSTS: [&str; 16] = [
    "80",
    "53",
    "443",
    "22",
    "7000",
    "8080",
    "IPPROTO_TCP",
    "IPPROTO_UDP",
    "AF_INET",
    "AF_INET6",
    "0xc000020a",
    "0x0a0200c0",
    "1024",
    "3",
    "0",
    "0x10000",
];

const ASSIGN_FLAGS: [&str; 4] = [
    "0",
    "BPF_SK_LOOKUP_F_REPLACE",
    "BPF_SK_LOOKUP_F_NO_REUSEPORT",
    "BPF_SK_LOOKUP_F_REPLACE | BPF_SK_LOOKUP_F_NO_REUSEPORT",
];

/// `struct bpf_sock` fields users read.
const SOCK_FIELDS: [&str; 7] = [
    "family", "protocol", "type", "src_port", "dst_port", "state", "src_ip4",
];

/// Which globals a program defines (the sections follow from their initialisers).
#[derive(Default)]
struct Globals {
    rodata: bool,
    data: bool,
    bss: bool,
    /// [`Features::idioms`]: the `.rodata` config struct, the `.data` weights, the `.bss`
    /// per-protocol slots.
    knobs: bool,
    weights: bool,
    slots: bool,
}

/// Builds one program: statements go to `body`, the functions they call to `funcs`.
struct Builder<'a> {
    rng: &'a mut Rng,
    features: Features,
    mistake: Option<Mistake>,
    /// The mistake is placed once, at the first chance.
    placed: bool,
    body: String,
    funcs: String,
    indent: usize,
    /// Scalar variables in scope.
    vars: Vec<String>,
    next: usize,
    depth: usize,
    maps: BTreeSet<usize>,
    globals: Globals,
    uses_loop: bool,
    uses_iter: bool,
    uses_forbidden: bool,
    /// The structs and macros of [`idioms::DECL`].
    uses_idioms: bool,
    /// The stack arrays of `idioms::big_stack` are written (once per program).
    stack_arrays: bool,
    reads_ifindex: bool,
    reads_state: bool,
    writes_state: bool,
}

impl Builder<'_> {
    fn line(&mut self, text: &str) {
        for _ in 0..self.indent {
            self.body.push('\t');
        }
        self.body.push_str(text);
        self.body.push('\n');
    }

    fn fresh(&mut self, stem: &str) -> String {
        self.next += 1;
        format!("{stem}{}", self.next)
    }

    fn var(&mut self) -> String {
        let i = self.rng.below(self.vars.len() as u64) as usize;
        self.vars[i].clone()
    }

    fn constant(&mut self) -> &'static str {
        self.rng.pick(&CONSTS)
    }

    /// Whether to place the mistake `m` here (only the program's own, once).
    fn wrong(&mut self, m: Mistake) -> bool {
        if self.mistake == Some(m) && !self.placed && self.rng.chance(1, 2) {
            self.placed = true;
            return true;
        }
        false
    }

    fn block(&mut self, statements: usize) {
        let scope = self.vars.len();
        self.indent += 1;
        self.depth += 1;
        for _ in 0..statements {
            self.statement();
        }
        self.depth -= 1;
        self.indent -= 1;
        self.vars.truncate(scope);
    }

    fn statement(&mut self) {
        if self.features.idioms && self.rng.chance(1, 3) {
            return self.idiom();
        }
        let nested = self.depth < 2;
        match self.rng.below(if nested { 14 } else { 9 }) {
            0 | 1 => self.ctx_read(),
            2 => self.fold(),
            3 => self.map_value(),
            4 => self.global_data(),
            5 => self.select_socket(),
            6 => self.ctx_sk(),
            7 => self.call_function(),
            8 => self.early_return(),
            9 | 10 => self.if_else(),
            11 => self.switch(),
            _ => self.bounded_loop(),
        }
    }

    fn ctx_read(&mut self) {
        let v = self.fresh("v");
        let e = self.rng.pick(&CTX_READS);
        self.reads_ifindex |= e.contains("ingress_ifindex");
        self.line(&format!("__u32 {v} = {e};"));
        self.vars.push(v);
    }

    /// Folds a variable into the accumulator, so that clang keeps what was read.
    fn fold(&mut self) {
        let v = self.var();
        let op = self.rng.pick(&["+=", "^=", "|=", "-="]);
        let shift = self.rng.below(8);
        self.line(&format!("acc {op} {v} >> {shift};"));
    }

    fn condition(&mut self) -> String {
        let v = self.var();
        let k = self.constant();
        match self.rng.below(5) {
            0 => format!("{v} == {k}"),
            1 => format!("{v} != {k}"),
            2 => format!("{v} < {k}"),
            3 => format!("({v} & 1) && {v} > {k}"),
            _ => {
                let w = self.var();
                format!("{v} == {k} || {w} == {}", self.constant())
            }
        }
    }

    fn if_else(&mut self) {
        let c = self.condition();
        self.line(&format!("if ({c}) {{"));
        let n = self.rng.range(1, 3) as usize;
        self.block(n);
        if self.rng.chance(1, 2) {
            self.line("} else {");
            let n = self.rng.range(1, 2) as usize;
            self.block(n);
        }
        self.line("}");
    }

    fn switch(&mut self) {
        let v = self.var();
        self.line(&format!("switch ({v}) {{"));
        let mut used = BTreeSet::new();
        for _ in 0..self.rng.range(1, 3) {
            let k = self.constant();
            if !used.insert(k) {
                continue;
            }
            // Braces: a declaration cannot follow a label in C17.
            self.line(&format!("case {k}: {{"));
            self.block(1);
            self.indent += 1;
            self.line("break;");
            self.indent -= 1;
            self.line("}");
        }
        self.line("default: {");
        self.block(1);
        self.line("}");
        self.line("}");
    }

    fn early_return(&mut self) {
        let c = self.condition();
        let code = if self.wrong(Mistake::BadReturn) {
            match self.features.idioms {
                true => self.rng.pick(&["2", "-1"]),
                false => "2",
            }
        } else {
            self.rng.pick(&["SK_PASS", "SK_DROP"])
        };
        self.line(&format!("if ({c})"));
        self.line(&format!("\treturn {code};"));
    }

    fn bounded_loop(&mut self) {
        let choices = 3 + usize::from(self.features.bpf_loop) + usize::from(self.features.iter_num);
        match self.rng.below(choices as u64) {
            0 => self.for_loop(),
            1 => self.stack_array_loop(),
            2 if self.wrong(Mistake::UnboundedLoop) => self.unbounded_loop(),
            2 => self.for_loop(),
            3 if self.features.bpf_loop => self.bpf_loop(),
            _ => self.bpf_for(),
        }
    }

    fn for_loop(&mut self) {
        let v = self.var();
        let n = self.rng.range(2, 12);
        let pragma = self
            .rng
            .pick(&["", "#pragma unroll", "#pragma clang loop unroll(disable)"]);
        let i = self.fresh("i");
        if !pragma.is_empty() {
            self.line(pragma);
        }
        self.line(&format!("for (int {i} = 0; {i} < {n}; {i}++) {{"));
        self.line(&format!("\tif (({v} >> {i}) & 1)"));
        self.line(&format!("\t\tacc = acc * 31 + {i};"));
        self.line("}");
    }

    /// A table on the stack searched by a loop; the mistake reads past its end.
    fn stack_array_loop(&mut self) {
        let v = self.var();
        let t = self.fresh("tab");
        let i = self.fresh("i");
        self.line(&format!(
            "__u32 {t}[8] = {{ 80, 53, 443, 22, 7000, 8080, 1024, 3 }};"
        ));
        self.line(&format!("for (int {i} = 0; {i} < 8; {i}++) {{"));
        self.line(&format!("\tif ({t}[{i}] == {v})"));
        self.line(&format!("\t\tacc += {i};"));
        self.line("}");
        let mask = if self.wrong(Mistake::OutOfBounds) {
            15
        } else {
            7
        };
        self.line(&format!("acc ^= {t}[{v} & {mask}];"));
    }

    /// A loop to a context value: nothing bounds it for the verifier.
    fn unbounded_loop(&mut self) {
        let v = self.var();
        let x = self.fresh("x");
        self.line(&format!("__u32 {x} = {v};"));
        self.line(&format!("while ({x} != 1) {{"));
        self.line(&format!("\t{x} = ({x} & 1) ? 3 * {x} + 1 : {x} / 2;"));
        self.line("\tacc++;");
        self.line("}");
    }

    fn bpf_loop(&mut self) {
        self.uses_loop = true;
        let cb = self.fresh("step");
        let s = self.fresh("loop_ctx");
        let n = self.rng.range(1, 32);
        let stop = self.rng.range(0, n);
        let _ = write!(
            self.funcs,
            "struct {s} {{\n\t__u32 acc;\n\t__u32 seed;\n}};\n\n\
             static int {cb}(__u32 index, void *data)\n{{\n\tstruct {s} *c = data;\n\n\
             \tc->acc = c->acc * 33 + (c->seed ^ index);\n\treturn index >= {stop} ? 1 : 0;\n}}\n\n"
        );
        let v = self.var();
        let l = self.fresh("lc");
        self.line(&format!("struct {s} {l} = {{ .acc = acc, .seed = {v} }};"));
        self.line(&format!("bpf_loop({n}, {cb}, &{l}, 0);"));
        self.line(&format!("acc = {l}.acc;"));
    }

    fn bpf_for(&mut self) {
        self.uses_iter = true;
        let v = self.var();
        let i = self.fresh("i");
        let n = self.rng.range(1, 16);
        // A hash, not a sum: a sum of bounded values grows its range on every pass, so the
        // kernel never sees the iterator's states converge and walks to its 1M-instruction
        // limit (`BPF program is too large`; lint says the same), seconds per program.
        self.line(&format!("int {i};"));
        self.line(&format!("bpf_for({i}, 0, {n}) {{"));
        self.line(&format!("\tacc = acc * 31 + ({v} ^ {i});"));
        self.line("}");
    }

    fn map_value(&mut self) {
        match self.rng.below(4) {
            0 => self.array_value(PORT_CLASS),
            1 => self.array_value(PER_CPU),
            2 => self.hash_value(),
            _ => self.lpm_value(),
        }
    }

    /// `*p` after a NULL check (or without one, the mistake).
    fn checked(&mut self, p: &str, then: &[String]) {
        if self.wrong(Mistake::NoNullCheck) {
            for t in then {
                self.line(t);
            }
            return;
        }
        self.line(&format!("if ({p}) {{"));
        for t in then {
            self.line(&format!("\t{t}"));
        }
        self.line("}");
    }

    fn array_value(&mut self, map: usize) {
        self.maps.insert(map);
        let m = MAPS[map].name;
        let ty = MAPS[map].value;
        let v = self.var();
        let k = self.fresh("key");
        let p = self.fresh("val");
        self.line(&format!("__u32 {k} = {v} & 7;"));
        self.line(&format!("{ty} *{p} = bpf_map_lookup_elem(&{m}, &{k});"));
        let then = match self.rng.below(3) {
            0 => format!("acc += *{p};"),
            1 => format!("__sync_fetch_and_add({p}, 1);"),
            _ if self.wrong(Mistake::OutOfBounds) => format!("acc += {p}[1];"),
            _ => format!("*{p} = acc;"),
        };
        if then.starts_with("acc") {
            self.reads_state = true;
        } else {
            self.writes_state = true;
        }
        self.checked(&p, &[then]);
    }

    fn hash_value(&mut self) {
        self.maps.insert(PORT_HITS);
        let k = self.fresh("pp");
        let p = self.fresh("hits");
        self.line(&format!(
            "struct port_proto {k} = {{ .port = ctx->local_port, .proto = ctx->protocol }};"
        ));
        self.line(&format!(
            "__u64 *{p} = bpf_map_lookup_elem(&port_hits, &{k});"
        ));
        if self.rng.chance(1, 2) {
            self.reads_state = true;
            self.checked(&p, &[format!("acc += *{p};")]);
        } else {
            self.writes_state = true;
            self.line(&format!("if ({p}) {{"));
            self.line(&format!("\t__sync_fetch_and_add({p}, 1);"));
            self.line("} else {");
            self.line("\t__u64 one = 1;");
            self.line(&format!(
                "\tbpf_map_update_elem(&port_hits, &{k}, &one, BPF_NOEXIST);"
            ));
            self.line("}");
        }
    }

    fn lpm_value(&mut self) {
        self.maps.insert(NETS);
        let k = self.fresh("net");
        let p = self.fresh("slot");
        let len = self.rng.pick(&["32", "24", "16"]);
        self.line(&format!(
            "struct lpm4 {k} = {{ .prefixlen = {len}, .addr = ctx->local_ip4 }};"
        ));
        self.line(&format!("__u32 *{p} = bpf_map_lookup_elem(&nets, &{k});"));
        self.checked(&p, &[format!("acc += *{p};")]);
    }

    fn global_data(&mut self) {
        let v = self.var();
        match self.rng.below(4) {
            0 => {
                self.globals.rodata = true;
                self.line(&format!("if ({v} == cfg_port)"));
                self.line("\tacc += cfg_weight;");
            }
            1 => {
                self.globals.data = true;
                self.line(&format!("seen_last = {v};"));
                self.line("acc += data_mode;");
            }
            2 => {
                self.globals.bss = true;
                let mask = if self.wrong(Mistake::OutOfBounds) {
                    31
                } else {
                    15
                };
                self.line(&format!("bss_counts[{v} & {mask}]++;"));
            }
            _ => {
                self.globals.bss = true;
                self.line("__sync_fetch_and_add(&bss_total, 1);");
                self.line("acc += bss_total;");
                self.reads_state = true;
                self.writes_state = true;
            }
        }
    }

    /// A socket from SOCKMAP or SOCKHASH, assigned with some flags and released (or not).
    fn select_socket(&mut self) {
        let (map, key) = if self.rng.chance(1, 2) {
            let v = self.var();
            (SOCK_SLOTS, format!("{v} & 3"))
        } else {
            (SOCK_PORTS, "ctx->local_port".to_string())
        };
        self.maps.insert(map);
        let m = MAPS[map].name;
        let (k, sk, err) = (self.fresh("k"), self.fresh("sk"), self.fresh("err"));
        let flags = self.rng.pick(&ASSIGN_FLAGS);
        self.line(&format!("__u32 {k} = {key};"));
        self.line(&format!(
            "struct bpf_sock *{sk} = bpf_map_lookup_elem(&{m}, &{k});"
        ));
        if self.wrong(Mistake::NoNullCheck) {
            self.line(&format!("acc += {sk}->src_port;"));
        }
        self.line(&format!("if ({sk}) {{"));
        self.line(&format!(
            "\tlong {err} = bpf_sk_assign(ctx, {sk}, {flags});"
        ));
        let leak = self.wrong(Mistake::Leak);
        if !leak {
            self.line(&format!("\tbpf_sk_release({sk});"));
        }
        if self.wrong(Mistake::UseAfterRelease) {
            self.line(&format!("\tacc += {sk}->state;"));
        }
        match self.rng.below(3) {
            0 => self.line(&format!(
                "\tif ({err})\n{}\t\treturn SK_DROP;",
                "\t".repeat(self.indent)
            )),
            1 => self.line(&format!("\tacc += {err} == 0;")),
            _ => self.line(&format!(
                "\tif (!{err})\n{}\t\treturn SK_PASS;",
                "\t".repeat(self.indent)
            )),
        }
        self.line("}");
    }

    fn ctx_sk(&mut self) {
        let s = self.fresh("cur");
        let f = self.rng.pick(&SOCK_FIELDS);
        self.line(&format!("struct bpf_sock *{s} = ctx->sk;"));
        if self.wrong(Mistake::ReleaseCtxSk) {
            self.line(&format!("if ({s})"));
            self.line(&format!("\tbpf_sk_release({s});"));
            return;
        }
        self.line(&format!("if ({s})"));
        self.line(&format!("\tacc += {s}->{f};"));
    }

    fn call_function(&mut self) {
        if self.wrong(Mistake::ForbiddenHelper) {
            self.uses_forbidden = true;
            let helper = self.rng.pick(&["bpf_sk_lookup_tcp", "bpf_sk_lookup_udp"]);
            let t = self.fresh("tuple");
            let s = self.fresh("found");
            self.line(&format!("struct bpf_sock_tuple {t} = {{}};"));
            self.line(&format!("{t}.ipv4.dport = ctx->local_port;"));
            self.line(&format!(
                "struct bpf_sock *{s} = {helper}(ctx, &{t}, sizeof({t}.ipv4), -1, 0);"
            ));
            self.line(&format!("if ({s})"));
            self.line(&format!("\tbpf_sk_release({s});"));
            return;
        }
        let f = self.fresh("f");
        let a = self.var();
        let b = self.var();
        let k = self.constant();
        let out = self.fresh("r");
        match self.rng.below(3) {
            0 => {
                let _ = write!(
                    self.funcs,
                    "static __noinline __u32 {f}(__u32 a, __u32 b)\n{{\n\tif (a == {k})\n\t\treturn b;\n\treturn a * 7 + (b >> 3);\n}}\n\n"
                );
                self.line(&format!("__u32 {out} = {f}({a}, {b});"));
            }
            1 => {
                let _ = write!(
                    self.funcs,
                    "__noinline int {f}(__u32 a, __u32 b)\n{{\n\treturn a > b ? a - b : b - a;\n}}\n\n"
                );
                self.line(&format!("__u32 {out} = {f}({a}, {b});"));
            }
            _ => {
                let field = self
                    .rng
                    .pick(&["local_port", "protocol", "family", "remote_ip4"]);
                let _ = write!(
                    self.funcs,
                    "__noinline int {f}(struct bpf_sk_lookup *c, __u32 a)\n{{\n\tif (!c)\n\t\treturn 0;\n\treturn c->{field} == a;\n}}\n\n"
                );
                self.line(&format!("__u32 {out} = {f}(ctx, {a});"));
            }
        }
        self.vars.push(out);
    }

    fn final_return(&mut self) {
        if self.mistake == Some(Mistake::BadReturn) && !self.placed {
            self.placed = true;
            self.line("return acc;");
            return;
        }
        match self.rng.below(4) {
            0 => self.line("return SK_PASS;"),
            1 => self.line("return SK_DROP;"),
            2 => self.line("return acc & 1 ? SK_PASS : SK_DROP;"),
            _ => self.line("return acc == 0x5bd1e995 ? SK_DROP : SK_PASS;"),
        }
    }
}

/// The generator: program `i` of seed `s` is the same forever.
pub struct CGen {
    seed: u64,
    features: Features,
    index: usize,
}

impl CGen {
    pub fn new(seed: u64, features: Features) -> CGen {
        CGen {
            seed,
            features,
            index: 0,
        }
    }

    /// The next program.
    pub fn program(&mut self) -> CProgram {
        let index = self.index;
        self.index += 1;
        program(self.seed, index, self.features)
    }
}

/// Program `index` of `seed`.
pub fn program(seed: u64, index: usize, features: Features) -> CProgram {
    let mut rng = Rng::new(seed.wrapping_mul(0x1_0000_0001).wrapping_add(index as u64));
    let kinds: &[Mistake] = match features.idioms {
        true => &Mistake::WIDE,
        false => Mistake::ALL,
    };
    let mistake = rng.chance(1, 5).then(|| rng.pick(kinds));
    let name = format!("cgen_{seed}_{index}");
    let mut b = Builder {
        rng: &mut rng,
        features,
        mistake,
        placed: false,
        body: String::new(),
        funcs: String::new(),
        indent: 1,
        vars: Vec::new(),
        next: 0,
        depth: 0,
        maps: BTreeSet::new(),
        globals: Globals::default(),
        uses_loop: false,
        uses_iter: false,
        uses_forbidden: false,
        uses_idioms: false,
        stack_arrays: false,
        reads_ifindex: false,
        reads_state: false,
        writes_state: false,
    };
    b.line("__u32 acc = 0;");
    b.ctx_read();
    b.ctx_read();
    let n = b.rng.range(3, 9) as usize;
    for _ in 0..n {
        b.statement();
    }
    // A mistake the random walk found no place for goes at the end, where each fits.
    if b.mistake.is_some() && !b.placed {
        force(&mut b);
    }
    b.final_return();
    let source = assemble(&name, &b);
    let placed = b.placed;
    CProgram {
        name,
        source,
        mistake: mistake.filter(|_| placed),
        reads_ifindex: b.reads_ifindex,
        reads_written_state: b.reads_state && b.writes_state,
    }
}

/// Places the program's mistake at the end of its body.
fn force(b: &mut Builder) {
    let m = b.mistake.expect("a mistake to place");
    // `wrong` draws a coin: draw until it says yes (it does, in a few tries).
    for _ in 0..64 {
        match m {
            Mistake::NoNullCheck => b.map_value(),
            Mistake::Leak | Mistake::UseAfterRelease => b.select_socket(),
            Mistake::BadReturn => return,
            Mistake::OutOfBounds => b.stack_array_loop(),
            Mistake::UnboundedLoop => {
                if b.wrong(m) {
                    b.unbounded_loop();
                }
            }
            Mistake::ForbiddenHelper => b.call_function(),
            Mistake::ReleaseCtxSk => b.ctx_sk(),
            Mistake::NullCheckAfterUse => b.flow_stats(),
            // One set of stack arrays per program: a second would pass clang's own limit.
            Mistake::StackTooBig if b.stack_arrays => return,
            Mistake::StackTooBig => b.big_stack(),
        }
        if b.placed {
            return;
        }
    }
}

fn assemble(name: &str, b: &Builder) -> String {
    let mut s = format!("/* {name}: generated by proggen::cgen. */\n");
    s.push_str(PRELUDE);
    if b.uses_loop {
        s.push_str(LOOP_DECL);
    }
    if b.uses_iter {
        s.push_str(ITER_DECL);
    }
    if b.uses_forbidden {
        s.push_str(FORBIDDEN_DECL);
    }
    if b.uses_idioms {
        s.push_str(idioms::DECL);
    }
    s.push('\n');
    for &i in &b.maps {
        let m = &MAPS[i];
        let _ = writeln!(
            s,
            "struct {{\n\t__uint(type, BPF_MAP_TYPE_{});\n\t__uint(max_entries, {});\n{}\t__type(key, {});\n\t__type(value, {});\n}} {} SEC(\".maps\");\n",
            m.c_type,
            m.max_entries,
            if !m.flags_c.is_empty() {
                format!("\t__uint(map_flags, {});\n", m.flags_c)
            } else if m.flags != 0 {
                format!("\t__uint(map_flags, {});\n", m.flags)
            } else {
                String::new()
            },
            m.key,
            m.value,
            m.name
        );
    }
    if b.globals.rodata {
        s.push_str("const volatile __u32 cfg_port = 443;\nconst volatile __u32 cfg_weight = 5;\n");
    }
    if b.globals.data {
        s.push_str("__u32 data_mode = 1;\n__u32 seen_last = 7;\n");
    }
    if b.globals.bss {
        s.push_str("__u64 bss_total;\n__u32 bss_counts[16];\n");
    }
    idioms::globals(&mut s, &b.globals);
    s.push('\n');
    s.push_str(&b.funcs);
    let body = match b.features.core {
        true => {
            s.push_str(CORE_CTX);
            format!(
                "\tstruct bpf_sk_lookup___cgen *core_ctx = (void *)ctx;\n{}",
                core_body(&b.body)
            )
        }
        false => b.body.clone(),
    };
    let _ = write!(
        s,
        "SEC(\"sk_lookup\")\nint {name}(struct bpf_sk_lookup *ctx)\n{{\n{body}}}\n\nchar LICENSE[] SEC(\"license\") = \"GPL\";\n",
    );
    s
}

/// [`Features::core`]'s flavor of the context, as `vmlinux.h` declares the kernel's structs.
const CORE_CTX: &str = "struct bpf_sk_lookup___cgen {\n\t__u32 local_port;\n\t__u32 remote_port;\n\t__u32 ingress_ifindex;\n\t__u32 local_ip6[4];\n\t__u32 remote_ip6[4];\n\t__u32 local_ip4;\n\t__u32 remote_ip4;\n\t__u32 protocol;\n\t__u32 family;\n\tstruct bpf_sock *sk;\n} __attribute__((preserve_access_index));\n\n";

/// The program's body reading the context through [`CORE_CTX`]: `ctx->f` as `core_ctx->f`,
/// a read of `ingress_ifindex` (not its address) behind `bpf_core_field_exists`.
fn core_body(body: &str) -> String {
    let flavored = body.replace("ctx->", "core_ctx->");
    let read = "core_ctx->ingress_ifindex";
    let guarded = format!("(__builtin_preserve_field_info({read}, 2) ? {read} : 0)");
    let mut out = String::with_capacity(flavored.len());
    let mut rest = flavored.as_str();
    while let Some(at) = rest.find(read) {
        out.push_str(&rest[..at]);
        let address = out.ends_with('&');
        out.push_str(if address { read } else { &guarded });
        rest = &rest[at + read.len()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_varied() {
        let a = program(7, 3, Features::ALL);
        let b = program(7, 3, Features::ALL);
        assert_eq!(a.source, b.source);
        assert_ne!(a.source, program(7, 4, Features::ALL).source);
        let mistakes: BTreeSet<_> = (0..200)
            .filter_map(|i| program(1, i, Features::ALL).mistake)
            .collect();
        assert_eq!(mistakes.len(), Mistake::ALL.len(), "{mistakes:?}");
    }

    #[test]
    fn idioms_only_when_asked_and_every_wide_mistake_placed() {
        for i in 0..200 {
            let p = program(3, i, Features::ALL);
            assert!(!p.source.contains("struct flow4"), "{}", p.source);
        }
        let programs: Vec<_> = (0..300).map(|i| program(3, i, Features::IDIOMS)).collect();
        let mistakes: BTreeSet<_> = programs.iter().filter_map(|p| p.mistake).collect();
        assert_eq!(mistakes.len(), Mistake::WIDE.len(), "{mistakes:?}");
        for needle in [
            "&flows",
            "&port_cfg",
            "&cpu_stats",
            "knobs.",
            "weights[",
            "slots[",
        ] {
            assert!(
                programs.iter().any(|p| p.source.contains(needle)),
                "no program uses {needle}"
            );
        }
        for p in &programs {
            assert!(p.source.matches("volatile __u32 big").count() <= 1);
        }
    }

    #[test]
    fn features_off_leave_their_constructs_out() {
        let none = Features {
            iter_num: false,
            bpf_loop: false,
            core: false,
            idioms: true,
        };
        for i in 0..200 {
            let p = program(2, i, none);
            assert!(!p.source.contains("bpf_for("), "{}", p.source);
            assert!(!p.source.contains("bpf_loop("), "{}", p.source);
        }
    }
}
