//! Several programs and delivery, against the rows of sk_lookup-runtime.md §2 and §4 (each
//! observed on 6.18 with real TCP connections): which selection is kept, which program's
//! drop counts, what `ctx->sk` a later program sees, reuseport groups, and the ordinary
//! lookup when nothing was selected; and that runs kept in a `vm::Prepared` start alike
//! (a zeroed stack, whatever the last run wrote).
#![forbid(unsafe_code)]

mod common;

use skctx::{KernelProfile, Verdict};
use vm::{Delivery, Outcome, Program, RunOptions, World};

/// A program that looks up `key` in `sock_map` (or passes NULL for `None`), calls
/// `bpf_sk_assign` with `flags` and returns `verdict`; `-` for no assignment at all.
fn prog(name: &str, key: Option<Option<u32>>, flags: u32, verdict: u32) -> Program {
    let assign = match key {
        None => String::new(),
        Some(None) => {
            format!("    r1 = r6\n    r2 = 0\n    r3 = {flags}\n    call 124\n    r9 = r0\n")
        }
        Some(Some(k)) => format!(
            "    r2 = {k}
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto out
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = {flags}
    call 124
    r9 = r0
    r1 = r7
    call 86
"
        ),
    };
    let src = format!(
        ".skmap sock_map, type=sockmap, key=4, value=8, max_entries=4
    r6 = r1
{assign}out:
    r0 = {verdict}
    exit
"
    );
    let p = speccase::corpus::prepare(&src, name).expect("assembles");
    Program::unverified(name, &p.insns, &p.map_refs)
}

fn world() -> World {
    let text = r#"
[maps.sock_map]
type = "sockmap"
key_size = 4
value_size = 8
max_entries = 4
entries = { 0 = "s1", 1 = "s2", 2 = "r1" }

[sockets.s1]
proto = "tcp"
addr = "127.0.0.1"
port = 8001

[sockets.s2]
proto = "tcp"
addr = "127.0.0.1"
port = 8002

[sockets.r1]
proto = "tcp"
port = 9000
reuseport = "web"

[sockets.r2]
proto = "tcp"
port = 9000
reuseport = "web"

[sockets.listener]
proto = "tcp"
port = 80
"#;
    World::from_file(&skctx::parse_world(text).expect("world")).expect("vm world")
}

fn run(programs: &[Program], tuple: &str) -> Outcome {
    let mut w = world();
    common::run_both(
        programs,
        &tuple.parse().expect("tuple"),
        &mut w,
        &RunOptions::new(KernelProfile::LATEST),
    )
    .expect("no trap")
}

const TUPLE: &str = "tcp 10.0.0.1:4242 -> 192.0.2.10:80";
const PASS: u32 = 1;
const DROP: u32 = 0;
const REPLACE: u32 = 1;
const NO_REUSEPORT: u32 = 2;

fn delivered(o: &Outcome) -> String {
    o.delivered_to.to_string()
}

#[test]
fn run_array_rows_of_the_spec() {
    let s1 = || prog("a", Some(Some(0)), 0, PASS);
    let rows: Vec<(&str, Vec<Program>, &str)> = vec![
        (
            "A selects S1",
            vec![s1()],
            "delivered to s1 (selected by program 0)",
        ),
        (
            "A selects S1; B passes",
            vec![s1(), prog("b", None, 0, PASS)],
            "delivered to s1 (selected by program 0)",
        ),
        (
            "A selects S1; B drops",
            vec![s1(), prog("b", None, 0, DROP)],
            "delivered to s1 (selected by program 0)",
        ),
        (
            "A drops; B selects S2",
            vec![prog("a", None, 0, DROP), prog("b", Some(Some(1)), 0, PASS)],
            "delivered to s2 (selected by program 1)",
        ),
        (
            "A selects S1; B assigns S2 without REPLACE",
            vec![s1(), prog("b", Some(Some(1)), 0, PASS)],
            "delivered to s1 (selected by program 0)",
        ),
        (
            "A selects S1; B replaces with S2",
            vec![s1(), prog("b", Some(Some(1)), REPLACE, PASS)],
            "delivered to s2 (selected by program 1)",
        ),
        (
            "A selects S1; B replaces with NULL",
            vec![s1(), prog("b", Some(None), REPLACE, PASS)],
            "delivered to s1 (selected by program 0)",
        ),
        (
            "A selects S1; B replaces with S2 but drops",
            vec![s1(), prog("b", Some(Some(1)), REPLACE, DROP)],
            "delivered to s1 (selected by program 0)",
        ),
        (
            "A selects S1 but drops; B passes",
            vec![prog("a", Some(Some(0)), 0, DROP), prog("b", None, 0, PASS)],
            "dropped by program 0",
        ),
        (
            "A passes; B passes; C drops (a listener exists)",
            vec![
                prog("a", None, 0, PASS),
                prog("b", None, 0, PASS),
                prog("c", None, 0, DROP),
            ],
            "dropped by program 2",
        ),
        (
            "A drops; B replaces with S2; C drops",
            vec![
                prog("a", None, 0, DROP),
                prog("b", Some(Some(1)), REPLACE, PASS),
                prog("c", None, 0, DROP),
            ],
            "delivered to s2 (selected by program 1)",
        ),
        (
            "single program passes without a selection",
            vec![prog("a", None, 0, PASS)],
            "delivered to listener (regular lookup)",
        ),
        (
            "single program drops",
            vec![prog("a", None, 0, DROP)],
            "dropped by program 0",
        ),
    ];
    for (what, programs, expected) in rows {
        let o = run(&programs, TUPLE);
        assert_eq!(delivered(&o), expected, "{what}");
    }
}

#[test]
fn a_later_program_sees_the_kept_selection_and_gets_eexist() {
    let o = run(
        &[
            prog("a", Some(Some(0)), 0, PASS),
            prog("b", Some(Some(1)), 0, PASS),
        ],
        TUPLE,
    );
    let b_assign = o
        .helper_calls
        .iter()
        .find(|c| c.program == 1 && c.name == "sk_assign")
        .expect("b called bpf_sk_assign");
    assert_eq!(b_assign.ret as i64, -17, "EEXIST");
    assert_eq!(o.programs[1].selected.as_deref(), Some("s1"));
    let sel = o.selected.expect("kept");
    assert_eq!(
        (sel.socket.as_str(), sel.map.as_deref()),
        ("s1", Some("sock_map"))
    );
    assert_eq!(sel.key, Some(vec![0, 0, 0, 0]));
    assert_eq!(o.verdict, Verdict::Pass);
}

#[test]
fn reuseport_groups_pick_an_unpredictable_member_unless_no_reuseport() {
    let o = run(&[prog("a", Some(Some(2)), 0, PASS)], TUPLE);
    assert_eq!(
        o.delivered_to,
        Delivery::ReuseportGroup {
            group: "web".into(),
            selected: "r1".into(),
            program: 0,
            members: vec!["r1".into(), "r2".into()],
        }
    );
    assert!(delivered(&o).contains("not predictable"));
    let o = run(&[prog("a", Some(Some(2)), NO_REUSEPORT, PASS)], TUPLE);
    assert_eq!(delivered(&o), "delivered to r1 (selected by program 0)");
    // The ordinary lookup into a group says so too.
    let o = run(
        &[prog("a", None, 0, PASS)],
        "tcp 10.0.0.1:1 -> 127.0.0.1:9000",
    );
    assert!(matches!(
        o.delivered_to,
        Delivery::RegularReuseportGroup { .. }
    ));
}

fn lookup_in(sockets: &str, tuple: &str) -> String {
    let file = skctx::parse_world(sockets).expect("world");
    let mut w = World::from_file(&file).expect("vm world");
    let o = common::run_both(
        &[prog("a", None, 0, PASS)],
        &tuple.parse().expect("tuple"),
        &mut w,
        &RunOptions::new(KernelProfile::LATEST),
    )
    .expect("no trap");
    delivered(&o)
}

#[test]
fn the_ordinary_lookup_prefers_exact_then_ipv4_then_dual_stack() {
    let sockets = r#"
[sockets.wild4]
proto = "tcp"
port = 80
[sockets.exact4]
proto = "tcp"
addr = "127.0.0.2"
port = 80
[sockets.wild6]
proto = "tcp"
family = "ipv6"
port = 80
[sockets.only6]
proto = "tcp"
family = "ipv6"
port = 81
v6only = true
[sockets.udp]
proto = "udp"
port = 53
[sockets.udp_connected]
proto = "udp"
addr = "127.0.0.1"
port = 53
state = "connected"
peer = "10.0.0.9:5353"
"#;
    let cases = [
        (
            "tcp 10.0.0.1:1 -> 127.0.0.2:80",
            "delivered to exact4 (regular lookup)",
        ),
        (
            "tcp 10.0.0.1:1 -> 127.0.0.1:80",
            "delivered to wild4 (regular lookup)",
        ),
        (
            "tcp [::1]:1 -> [::1]:80",
            "delivered to wild6 (regular lookup)",
        ),
        ("tcp 10.0.0.1:1 -> 127.0.0.1:81", "no socket: TCP reset"),
        (
            "tcp [::1]:1 -> [::1]:81",
            "delivered to only6 (regular lookup)",
        ),
        (
            "udp 10.0.0.1:1 -> 127.0.0.1:53",
            "delivered to udp (regular lookup)",
        ),
        ("tcp 10.0.0.1:1 -> 127.0.0.1:53", "no socket: TCP reset"),
        (
            "udp 10.0.0.9:5353 -> 127.0.0.1:53",
            "delivered to udp_connected (connected socket; the programs do not run)",
        ),
    ];
    for (tuple, expected) in cases {
        assert_eq!(lookup_in(sockets, tuple), expected, "{tuple}");
    }
    // Without the IPv4 wildcard, dual-stack IPv6 takes IPv4 packets.
    let dual = "[sockets.wild6]\nproto = \"tcp\"\nfamily = \"ipv6\"\nport = 80\n";
    assert_eq!(
        lookup_in(dual, "tcp 10.0.0.1:1 -> 127.0.0.1:80"),
        "delivered to wild6 (regular lookup)"
    );
}

#[test]
fn return_values_other_than_pass_and_drop_are_read_as_the_run_array_reads_them() {
    // R0 = 2 with a selection: neither kept nor a drop (only unverified programs do this).
    let two = prog("a", Some(Some(0)), 0, 2);
    assert_eq!(
        delivered(&run(&[two], TUPLE)),
        "delivered to listener (regular lookup)"
    );
    // The run array sees R0's low 32 bits: 0x1_0000_0001 passes with its selection.
    let src = ".skmap sock_map, type=sockmap, key=4, value=8, max_entries=4
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto out
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124
    r1 = r7
    call 86
out:
    r0 = 0x100000001 ll
    exit
";
    let p = speccase::corpus::prepare(src, "wide.s").expect("assembles");
    let wide = Program::unverified("wide", &p.insns, &p.map_refs);
    let o = run(&[wide], TUPLE);
    assert_eq!(o.retval, 0x1_0000_0001);
    assert_eq!(delivered(&o), "delivered to s1 (selected by program 0)");
}

/// A root-verified program may read stack it never wrote (`allow_uninit_stack`): every run
/// of a kept [`vm::Prepared`] starts on a zeroed main stack, on the interpreter and the jit,
/// whatever the last run wrote there (at both ends of the stack).
#[test]
fn every_run_of_a_prepared_program_starts_on_a_zeroed_stack() {
    let src = "
    r2 = *(u64 *)(r10 - 16)
    r3 = *(u8 *)(r10 - 512)
    r2 |= r3
    r4 = 7
    *(u64 *)(r10 - 16) = r4
    *(u8 *)(r10 - 512) = r4
    r0 = 1
    if r2 == 0 goto out
    r0 = 0
out:
    exit
";
    let p = speccase::corpus::prepare(src, "uninit").expect("assembles");
    let proof = verifier::verify(
        &p.insns,
        &[],
        KernelProfile::LATEST,
        skctx::Privilege::Root,
        true,
    )
    .expect("root may read uninitialised stack");
    let prog = Program::verified("uninit", &p.insns, &p.map_refs, &proof).expect("proof");
    let progs = std::slice::from_ref(&prog);
    let mut w = world();
    let opts = RunOptions::new(KernelProfile::LATEST);
    let tuple = "tcp 10.0.0.1:4242 -> 192.0.2.10:80".parse().expect("tuple");
    let jit = vm::jit::Jit::compile(progs, &w);
    assert_eq!(jit.fallback(0), None, "compiled");
    let mut interp = vm::Prepared::new(progs, &w).expect("prepared");
    let mut native = vm::Prepared::new(progs, &w)
        .expect("prepared")
        .with_jit(&jit);
    for run in 0..3 {
        for (engine, p) in [("interp", &mut interp), ("jit", &mut native)] {
            let b = p.run_brief(&tuple, &mut w, &opts).expect("runs");
            assert_eq!(
                (b.verdict, b.retval),
                (Verdict::Pass, 1),
                "{engine}, run {run}"
            );
        }
    }
}

/// `Prepared::run_repeat` (what `--repeat` and the bench time) runs the same lookup again
/// and again as `BPF_PROG_TEST_RUN`'s repeat does: every run starts with no selection and a
/// fresh run array (the first program's `bpf_sk_assign` without REPLACE succeeds each
/// time, else it would drop), on a zeroed stack, while map contents carry over from run
/// to run (a counter in an ARRAY counts every run). On the interpreter and the jit, each
/// against as many single runs.
#[test]
fn repeated_runs_start_alike_and_keep_map_state() {
    let assign = "
.skmap sock_map, type=sockmap, key=4, value=8, max_entries=4
    r6 = r1
    r2 = *(u64 *)(r10 - 16)
    r3 = 7
    *(u64 *)(r10 - 16) = r3
    r0 = 0
    if r2 != 0 goto out
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto out
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124
    r8 = r0
    r1 = r7
    call 86
    r0 = 1
    if r8 == 0 goto out
    r0 = 0
out:
    exit
";
    let count = "
.skmap counter, type=array, key=4, value=8, max_entries=1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = counter ll
    call 1
    if r0 == 0 goto out
    r1 = *(u64 *)(r0 + 0)
    r1 += 1
    *(u64 *)(r0 + 0) = r1
    r0 = 1
out:
    exit
";
    let program = |src: &str, name: &str| {
        let p = speccase::corpus::prepare(src, name).expect("assembles");
        Program::unverified(name, &p.insns, &p.map_refs)
    };
    let progs = [program(assign, "assign"), program(count, "count")];
    let mut base = world();
    let def = vm::MapDef {
        map_type: skctx::MapType::Array,
        key_size: 4,
        value_size: 8,
        max_entries: 1,
        flags: 0,
    };
    base.add_map("counter", def).expect("counter map");
    let opts = RunOptions::new(KernelProfile::LATEST);
    let tuple = TUPLE.parse().expect("tuple");
    let jit = vm::jit::Jit::compile_trusting(&progs, &base);
    const N: u32 = 5;
    for engine in ["interp", "jit"] {
        let prepared = || {
            let p = vm::Prepared::new(&progs, &base).expect("prepared");
            if engine == "jit" {
                p.with_jit(&jit)
            } else {
                p
            }
        };
        let (mut once, mut repeated) = (base.clone(), base.clone());
        let mut single = prepared();
        let mut last = None;
        for _ in 0..N {
            last = Some(single.run_brief(&tuple, &mut once, &opts).expect("runs"));
        }
        let b = prepared()
            .run_repeat(&tuple, &mut repeated, &opts, N)
            .expect("runs");
        let s1 = base.socket_id("s1");
        assert_eq!((b.verdict, b.selected), (Verdict::Pass, s1), "{engine}");
        assert_eq!(Some(b), last, "{engine}: repeated and single runs");
        assert_eq!(b.insns_executed, last.expect("ran").insns_executed);
        assert!(
            repeated == once,
            "{engine}: the worlds after the runs differ"
        );
        let counter = base.map_id("counter").expect("counter");
        let cell = repeated.maps[counter].lookup(&0u32.to_le_bytes());
        let bytes = match cell {
            Some(vm::maps::Found::Cell(c)) => repeated.cell(c).expect("cell").to_vec(),
            other => panic!("{engine}: counter lookup gave {other:?}"),
        };
        assert_eq!(
            bytes,
            u64::from(N).to_le_bytes(),
            "{engine}: one count per run"
        );
    }
}
