//! The idioms of real SK_LOOKUP programs that [`super::Features::idioms`] adds to the generator
//! (about one statement in three): address matches on IPv6 words and v4-mapped addresses,
//! ports in network and host order, `family` / `protocol` dispatch, `ingress_ifindex`
//! against a loader-patched knob, struct keys and values in LRU / `BPF_F_NO_PREALLOC` /
//! per-CPU maps, a lookup used after an early return on NULL (in another basic block),
//! counters made with `bpf_map_update_elem`, a socket released on every path, a `.rodata`
//! config struct of `volatile const` knobs, global arrays indexed by a bounded value, static
//! and global functions with pointer arguments, dense switches (clang's lookup tables or
//! branch trees: BPF has no jump tables) and stack arrays on both sides of a call. Each idiom
//! carries the mistakes users make with it, placed through [`Builder::wrong`].

use std::fmt::Write as _;

use super::{Builder, Globals, Mistake, CPU_STATS, FLOWS, PORT_CFG, SOCK_SLOTS};

/// The types and macros the idioms use.
pub(super) const DECL: &str = r#"#define bpf_htons(x) __builtin_bswap16(x)
#define bpf_ntohl(x) __builtin_bswap32(x)
#define BPF_F_NO_PREALLOC 1

struct flow4 {
	__u32 addr;
	__u32 port;
};

struct flow_stat {
	__u64 packets;
	__u32 port;
	__u32 verdict;
};

struct port_cfg {
	__u32 slot;
	__u32 flags;
};

struct cpu_stat {
	__u64 hits;
	__u64 drops;
};

struct knobs {
	__u32 port;
	__u32 ifindex;
	__u32 ports[4];
	__u8 enabled;
	__u8 mode;
};

struct stat_slot {
	__u64 hits;
	__u32 last;
	__u32 pad;
};
"#;

/// The globals of the idioms, after the generator's own.
pub(super) fn globals(s: &mut String, g: &Globals) {
    if g.knobs {
        s.push_str("const volatile struct knobs knobs = { .port = 443, .ifindex = 1, .ports = { 80, 53, 443, 22 }, .enabled = 1, .mode = 2 };\n");
    }
    if g.weights {
        s.push_str("__u32 weights[8] = { 1, 2, 3, 5, 8, 13, 21, 34 };\n");
    }
    if g.slots {
        s.push_str("struct stat_slot slots[8];\n");
    }
}

/// IPv6 words the lookups of `TUPLES` hold (network order), and one they do not.
const IP6_LAST: [&str; 4] = ["1", "0x53", "9", "0xffff"];

impl Builder<'_> {
    /// One idiom, chosen by the generator's draw.
    pub(super) fn idiom(&mut self) {
        self.uses_idioms = true;
        match self.rng.below(12) {
            0 => self.ip6_match(),
            1 => self.v4_mapped(),
            2 => self.port_match(),
            3 => self.dispatch(),
            4 => self.flow_stats(),
            5 => self.two_level(),
            6 => self.cpu_stats(),
            7 => self.knobs(),
            8 => self.global_arrays(),
            9 => self.pointer_call(),
            10 => self.dense_switch(),
            _ => self.big_stack(),
        }
    }

    /// A block when the nesting allows one, else a fold.
    fn nested_or_fold(&mut self) {
        if self.depth < 2 {
            self.block(1);
        } else {
            self.indent += 1;
            self.line("acc += 1;");
            self.indent -= 1;
        }
    }

    /// `2001:db8::X` against `local_ip6` or `remote_ip6`: word by word, in a loop, or copied.
    fn ip6_match(&mut self) {
        let side = self.rng.pick(&["local_ip6", "remote_ip6"]);
        let last = self.rng.pick(&IP6_LAST);
        match self.rng.below(3) {
            0 => {
                self.line(&format!("if (ctx->family == AF_INET6 && ctx->{side}[0] == bpf_htonl(0x20010db8) && ctx->{side}[1] == 0 &&"));
                self.line(&format!(
                    "    ctx->{side}[2] == 0 && ctx->{side}[3] == bpf_htonl({last})) {{"
                ));
                self.nested_or_fold();
                self.line("}");
            }
            1 => {
                let (w, m, i) = (self.fresh("want"), self.fresh("m"), self.fresh("i"));
                self.line(&format!(
                    "__u32 {w}[4] = {{ bpf_htonl(0x20010db8), 0, 0, bpf_htonl({last}) }};"
                ));
                self.line(&format!("__u32 {m} = 1;"));
                self.line(&format!("for (int {i} = 0; {i} < 4; {i}++) {{"));
                self.line(&format!("\tif (ctx->{side}[{i}] != {w}[{i}])"));
                self.line(&format!("\t\t{m} = 0;"));
                self.line("}");
                self.vars.push(m);
            }
            _ => {
                let a = self.fresh("a6_");
                self.line(&format!("__u32 {a}[4];"));
                self.line(&format!("__builtin_memcpy({a}, ctx->{side}, sizeof({a}));"));
                self.line(&format!("acc ^= {a}[0] ^ bpf_ntohl({a}[3]);"));
            }
        }
    }

    /// An IPv4 address in a v4-mapped IPv6 one (`::ffff:a.b.c.d`).
    fn v4_mapped(&mut self) {
        let v = self.fresh("v");
        self.line(
            "if (ctx->family == AF_INET6 && ctx->local_ip6[0] == 0 && ctx->local_ip6[1] == 0 &&",
        );
        self.line("    ctx->local_ip6[2] == bpf_htonl(0x0000ffff)) {");
        self.line(&format!("\t__u32 {v} = bpf_ntohl(ctx->local_ip6[3]);"));
        self.line(&format!("\tacc += {v} >> 24;"));
        self.line("}");
    }

    /// A port test in the order the context gives it: the remote port in network order, the
    /// local one in host order.
    fn port_match(&mut self) {
        let test = self.rng.pick(&[
            "bpf_ntohs(ctx->remote_port) == 4242",
            "ctx->remote_port == bpf_htons(53)",
            "ctx->local_port >= 8000 && ctx->local_port < 8100",
            "(__u16)ctx->local_port == 443",
            "bpf_ntohs(ctx->remote_port) < 1024",
        ]);
        self.line(&format!("if ({test}) {{"));
        self.nested_or_fold();
        self.line("}");
    }

    /// `switch (family)` with a protocol test inside, or a protocol filter, or the interface.
    fn dispatch(&mut self) {
        match self.rng.below(3) {
            0 => {
                self.line("switch (ctx->family) {");
                self.line("case AF_INET:");
                self.line("\tif (ctx->protocol == IPPROTO_TCP)");
                self.line("\t\tacc += ctx->remote_ip4 & 0xff;");
                self.line("\tbreak;");
                self.line("case AF_INET6:");
                self.line("\tacc += ctx->local_ip6[3] >> 8;");
                self.line("\tbreak;");
                self.line("default:");
                self.line("\treturn SK_DROP;");
                self.line("}");
            }
            1 => {
                self.line("if (ctx->protocol != IPPROTO_TCP && ctx->protocol != IPPROTO_UDP)");
                self.line("\treturn SK_DROP;");
            }
            _ => {
                self.reads_ifindex = true;
                let v = self.fresh("ifx");
                self.line(&format!("__u32 {v} = ctx->ingress_ifindex;"));
                self.line(&format!("if ({v} > 1 && ctx->family == AF_INET)"));
                self.line("\treturn SK_PASS;");
                self.vars.push(v);
            }
        }
    }

    /// The LRU flow table: created on a miss (and an early return), counted on a hit after
    /// other statements, so the pointer is used in another basic block than its check.
    pub(super) fn flow_stats(&mut self) {
        self.uses_idioms = true;
        self.maps.insert(FLOWS);
        self.reads_state = true;
        self.writes_state = true;
        let (k, st, init) = (self.fresh("fk"), self.fresh("st"), self.fresh("init"));
        self.line(&format!(
            "struct flow4 {k} = {{ .addr = ctx->remote_ip4, .port = ctx->remote_port }};"
        ));
        self.line(&format!(
            "struct flow_stat *{st} = bpf_map_lookup_elem(&flows, &{k});"
        ));
        if self.wrong(Mistake::NullCheckAfterUse) {
            self.line(&format!("acc += {st}->port;"));
        }
        self.line(&format!("if (!{st}) {{"));
        self.line(&format!(
            "\tstruct flow_stat {init} = {{ .packets = 1, .port = ctx->local_port, .verdict = SK_PASS }};"
        ));
        self.line(&format!(
            "\tbpf_map_update_elem(&flows, &{k}, &{init}, BPF_ANY);"
        ));
        self.line("\treturn SK_PASS;");
        self.line("}");
        if self.depth < 2 {
            self.statement();
        }
        self.line(&format!("__sync_fetch_and_add(&{st}->packets, 1);"));
        self.line(&format!(
            "if ({st}->verdict == SK_DROP && {st}->packets > 3)"
        ));
        self.line("\treturn SK_DROP;");
        self.line(&format!("acc += {st}->port;"));
    }

    /// Port -> slot (a `BPF_F_NO_PREALLOC` hash of structs) -> socket (SOCKMAP), the socket
    /// released on every path out (but one, the mistake).
    fn two_level(&mut self) {
        self.maps.insert(PORT_CFG);
        self.maps.insert(SOCK_SLOTS);
        let (lp, pc, slot, sk, e) = (
            self.fresh("lp"),
            self.fresh("pc"),
            self.fresh("slot"),
            self.fresh("sk"),
            self.fresh("e"),
        );
        let flags = self.rng.pick(&super::ASSIGN_FLAGS);
        self.line(&format!("__u32 {lp} = ctx->local_port;"));
        self.line(&format!(
            "struct port_cfg *{pc} = bpf_map_lookup_elem(&port_cfg, &{lp});"
        ));
        self.line(&format!("if ({pc}) {{"));
        self.line(&format!("\t__u32 {slot} = {pc}->slot;"));
        self.line(&format!(
            "\tstruct bpf_sock *{sk} = bpf_map_lookup_elem(&sock_slots, &{slot});"
        ));
        self.line(&format!("\tif (!{sk})"));
        self.line("\t\treturn SK_DROP;");
        self.line(&format!(
            "\tif (({pc}->flags & 1) && ctx->protocol != IPPROTO_TCP) {{"
        ));
        if !self.wrong(Mistake::Leak) {
            self.line(&format!("\t\tbpf_sk_release({sk});"));
        }
        self.line("\t\treturn SK_DROP;");
        self.line("\t}");
        self.line(&format!("\tif ({sk}->family != ctx->family) {{"));
        self.line(&format!("\t\tbpf_sk_release({sk});"));
        self.line("\t\treturn SK_PASS;");
        self.line("\t}");
        self.line(&format!("\tlong {e} = bpf_sk_assign(ctx, {sk}, {flags});"));
        self.line(&format!("\tbpf_sk_release({sk});"));
        self.line(&format!("\treturn {e} ? SK_DROP : SK_PASS;"));
        self.line("}");
    }

    /// Per-CPU statistics in a struct value, updated without atomics as users do.
    fn cpu_stats(&mut self) {
        self.maps.insert(CPU_STATS);
        self.writes_state = true;
        let (z, cs) = (self.fresh("z"), self.fresh("cs"));
        let key = self.rng.pick(&["0", "ctx->protocol == IPPROTO_UDP"]);
        self.line(&format!("__u32 {z} = {key};"));
        self.line(&format!(
            "struct cpu_stat *{cs} = bpf_map_lookup_elem(&cpu_stats, &{z});"
        ));
        let c = self.condition();
        self.checked(
            &cs,
            &[
                format!("{cs}->hits++;"),
                format!("if ({c})"),
                format!("\t{cs}->drops++;"),
            ],
        );
    }

    /// The `.rodata` config struct: a switch, the interface knob, a bounded index into its
    /// array (past it, the mistake), a loop over the array clang keeps.
    fn knobs(&mut self) {
        self.globals.knobs = true;
        let v = self.var();
        match self.rng.below(4) {
            0 => {
                self.line("if (!knobs.enabled)");
                self.line("\treturn SK_PASS;");
                self.line("acc += knobs.mode;");
            }
            1 => {
                self.reads_ifindex = true;
                self.line("if (knobs.ifindex && ctx->ingress_ifindex != knobs.ifindex)");
                self.line("\treturn SK_PASS;");
            }
            2 => {
                let mask = if self.wrong(Mistake::OutOfBounds) {
                    7
                } else {
                    3
                };
                self.line(&format!("acc += knobs.ports[{v} & {mask}];"));
            }
            _ => {
                let i = self.fresh("i");
                self.line("#pragma clang loop unroll(disable)");
                self.line(&format!("for (int {i} = 0; {i} < 4; {i}++) {{"));
                self.line(&format!("\tif (knobs.ports[{i}] == {v})"));
                self.line(&format!("\t\tacc += {i} + knobs.port;"));
                self.line("}");
            }
        }
    }

    /// `.data` weights behind a bounds check (none: the mistake), `.bss` slots by protocol.
    fn global_arrays(&mut self) {
        let v = self.var();
        if self.rng.chance(1, 2) {
            self.globals.weights = true;
            self.reads_state = true;
            if self.wrong(Mistake::OutOfBounds) {
                self.line(&format!("acc += weights[{v}];"));
            } else {
                self.line(&format!("if ({v} < 8)"));
                self.line(&format!("\tacc += weights[{v}];"));
            }
            if self.rng.chance(1, 2) {
                self.writes_state = true;
                self.line(&format!("weights[acc & 7] = {v};"));
            }
        } else {
            self.globals.slots = true;
            self.writes_state = true;
            let s = self.fresh("sl");
            self.line(&format!(
                "struct stat_slot *{s} = &slots[ctx->protocol & 7];"
            ));
            self.line(&format!("{s}->hits++;"));
            self.line(&format!("{s}->last = {v};"));
        }
    }

    /// A static function updating a struct through a pointer, or a global one reading a
    /// struct on the stack or a map value (which may be NULL: the function checks, but for
    /// the mistake).
    fn pointer_call(&mut self) {
        let f = self.fresh("f");
        let v = self.var();
        let out = self.fresh("r");
        match self.rng.below(3) {
            0 => {
                let t = self.fresh("tmp");
                let _ = write!(
                    self.funcs,
                    "static __noinline void {f}(struct flow_stat *s, __u32 v)\n{{\n\ts->packets += v & 0xff;\n\ts->port = v >> 16;\n}}\n\n"
                );
                self.line(&format!("struct flow_stat {t} = {{ .verdict = 1 }};"));
                self.line(&format!("{f}(&{t}, {v});"));
                self.line(&format!("__u32 {out} = {t}.packets + {t}.port;"));
            }
            1 => {
                let k = self.fresh("key");
                let check = self.null_check("k");
                let _ = write!(
                    self.funcs,
                    "__noinline int {f}(struct flow4 *k, __u32 port)\n{{\n{check}\treturn k->port == port && k->addr != 0;\n}}\n\n"
                );
                self.line(&format!(
                    "struct flow4 {k} = {{ .addr = ctx->remote_ip4, .port = {v} }};"
                ));
                self.line(&format!("__u32 {out} = {f}(&{k}, ctx->remote_port);"));
            }
            _ => {
                self.maps.insert(FLOWS);
                self.reads_state = true;
                let (k, st) = (self.fresh("fk"), self.fresh("st"));
                let check = self.null_check("s");
                let _ = write!(
                    self.funcs,
                    "__noinline int {f}(struct flow_stat *s)\n{{\n{check}\treturn s->packets > 3 ? s->verdict : 1;\n}}\n\n"
                );
                self.line(&format!(
                    "struct flow4 {k} = {{ .addr = ctx->remote_ip4, .port = ctx->remote_port }};"
                ));
                self.line(&format!(
                    "struct flow_stat *{st} = bpf_map_lookup_elem(&flows, &{k});"
                ));
                self.line(&format!("__u32 {out} = {f}({st});"));
            }
        }
        self.vars.push(out);
    }

    /// The NULL check a global function's pointer argument needs (none: the mistake).
    fn null_check(&mut self, p: &str) -> String {
        match self.wrong(Mistake::NoNullCheck) {
            true => String::new(),
            false => format!("\tif (!{p})\n\t\treturn 0;\n"),
        }
    }

    /// A switch over a small range: values (clang makes a `.rodata` lookup table of them)
    /// or statements (a branch tree).
    fn dense_switch(&mut self) {
        let v = self.var();
        let w = self.fresh("w");
        if self.rng.chance(1, 2) {
            self.line(&format!("__u32 {w};"));
            self.line(&format!("switch ({v} & 7) {{"));
            for (case, value) in ["80", "53", "443", "22", "7000", "8080", "1024"]
                .iter()
                .enumerate()
            {
                self.line(&format!("case {case}: {w} = {value}; break;"));
            }
            self.line(&format!("default: {w} = 0;"));
            self.line("}");
            self.vars.push(w);
            return;
        }
        self.line("switch (ctx->local_port - 8080) {");
        for case in 0..6 {
            let k = self.rng.range(1, 9);
            self.line(&format!("case {case}: acc = acc * {k} + {v}; break;"));
        }
        self.line("default: break;");
        self.line("}");
    }

    /// Stack arrays in the program and in a function it calls: within 512 bytes together,
    /// or past them (the mistake: `combined stack size`; each function stays within clang's
    /// own limit of 512). The program's array is read back in a loop, or at a masked index
    /// (a variable-offset stack read). Once per program (more would pass clang's limit).
    pub(super) fn big_stack(&mut self) {
        if std::mem::replace(&mut self.stack_arrays, true) {
            return self.fold();
        }
        let big = self.wrong(Mistake::StackTooBig);
        let (mine, theirs) = if big { (80, 64) } else { (48, 24) };
        let (f, t, i) = (self.fresh("scratch"), self.fresh("big"), self.fresh("i"));
        let v = self.var();
        let _ = write!(
            self.funcs,
            "static __noinline __u32 {f}(__u32 v)\n{{\n\tvolatile __u32 t[{theirs}];\n\n#pragma clang loop unroll(disable)\n\tfor (int i = 0; i < {theirs}; i++)\n\t\tt[i] = v * i;\n\treturn t[3] + t[{theirs} - 1];\n}}\n\n"
        );
        self.line(&format!("volatile __u32 {t}[{mine}];"));
        self.line("#pragma clang loop unroll(disable)");
        self.line(&format!("for (int {i} = 0; {i} < {mine}; {i}++)"));
        self.line(&format!("\t{t}[{i}] = {v} + {i};"));
        if self.rng.chance(1, 3) {
            self.line(&format!("acc += {t}[{v} & 15] + {f}({v});"));
            return;
        }
        let j = self.fresh("j");
        self.line("#pragma clang loop unroll(disable)");
        self.line(&format!("for (int {j} = 0; {j} < {mine}; {j} += 5)"));
        self.line(&format!("\tacc ^= {t}[{j}];"));
        self.line(&format!("acc += {f}({v});"));
    }
}
