//! What an unverified program does wrong traps, naming the program, the instruction and the
//! reason (and the address for memory), with the helper calls made before it.
#![forbid(unsafe_code)]

mod common;

use skctx::KernelProfile;
use vm::{Program, RunOptions, TrapKind, World};

const TUPLE: &str = "tcp 10.0.0.1:4242 -> 192.0.2.10:80";

fn program(src: &str) -> Program {
    let text = format!(
        ".skmap sock_map, type=sockmap, key=4, value=8, max_entries=2\n.skmap arr, type=array, key=4, value=8, max_entries=2\n{src}"
    );
    let p = speccase::corpus::prepare(&text, "t.s").expect("assembles");
    Program::unverified("t", &vm::bind_map_refs(&p.insns, &p.map_refs), &p.map_refs)
}

fn world() -> World {
    let text = r#"
[maps.sock_map]
type = "sockmap"
key_size = 4
value_size = 8
max_entries = 2
entries = { 0 = "s" }
[maps.arr]
type = "array"
key_size = 4
value_size = 8
max_entries = 2
[sockets.s]
proto = "tcp"
port = 80
"#;
    World::from_file(&skctx::parse_world(text).expect("world")).expect("vm world")
}

fn trap(src: &str, budget: u64) -> vm::Trap {
    let opts = RunOptions {
        budget,
        ..RunOptions::new(KernelProfile::LATEST)
    };
    let mut w = world();
    *common::run_both(
        &[program(src)],
        &TUPLE.parse().expect("tuple"),
        &mut w,
        &opts,
    )
    .expect_err("traps")
}

fn reason(src: &str) -> String {
    let t = trap(src, 1000);
    format!("{}: {}", t.pc, t.kind)
}

#[test]
fn memory_outside_every_region_traps_with_the_address() {
    let cases = [
        ("r0 = *(u64 *)(r10 + 0)\nexit", "0: invalid read of 8 bytes at 0xf200000100000200: outside the stack (512 bytes)"),
        ("r0 = *(u64 *)(r10 - 520)\nexit", "0: invalid read of 8 bytes"),
        ("r1 = 12345\nr0 = *(u8 *)(r1 + 0)\nexit", "1: invalid read of 1 bytes at 0x3039: not a pointer the program was given"),
        ("r0 = 0\n*(u32 *)(r1 + 8) = r0\nexit", "1: invalid write of 4 bytes"),
        ("r0 = *(u32 *)(r1 + 2)\nexit", "0: invalid read of 4 bytes at 0xf100000100000002: context: invalid bpf_context access off=2 size=4"),
        ("r1 = sock_map ll\nr0 = *(u64 *)(r1 + 0)\nexit", "2: invalid read of 8 bytes"),
    ];
    for (src, expected) in cases {
        let got = reason(src);
        assert!(
            got.starts_with(expected),
            "{src}\n  got: {got}\n  expected: {expected}"
        );
    }
}

#[test]
fn a_socket_is_read_only_and_read_through_struct_bpf_sock() {
    let lookup =
        "r6 = r1\nr2 = 0\n*(u32 *)(r10 - 4) = r2\nr2 = r10\nr2 += -4\nr1 = sock_map ll\ncall 1\n";
    let write = format!("{lookup}r1 = 1\n*(u32 *)(r0 + 4) = r1\nexit");
    assert!(reason(&write).contains("socket memory is not plain memory"));
    let bad = format!("{lookup}r0 = *(u32 *)(r0 + 1)\nexit");
    assert!(
        reason(&bad).contains("struct bpf_sock: R0 invalid sock access off=1 size=4"),
        "{}",
        reason(&bad)
    );
}

#[test]
fn map_values_are_bounded_by_the_value_size() {
    let src = "r2 = 0\n*(u32 *)(r10 - 4) = r2\nr2 = r10\nr2 += -4\nr1 = arr ll\ncall 1\nif r0 == 0 goto out\nr1 = 1\n*(u64 *)(r0 + 4) = r1\nout:\nr0 = 0\nexit";
    let got = reason(src);
    assert!(
        got.contains("invalid write of 8 bytes") && got.contains("outside the map value (8 bytes)"),
        "{got}"
    );
}

#[test]
fn control_flow_faults_trap() {
    let t = trap("l: goto l", 50);
    assert_eq!(t.kind, TrapKind::Budget(50));
    let t = trap("r0 = 0\nif r0 == 0 goto +5\nexit", 100);
    assert_eq!(t.kind, TrapKind::PcOutOfRange(7));
    let t = trap("r0 = 0", 100);
    assert_eq!(t.kind, TrapKind::PcOutOfRange(1));
    // Nine nested calls: more frames than the kernel's 8.
    let t = trap("call f\nexit\nf:\ncall f\nexit", 1000);
    assert_eq!(t.kind, TrapKind::CallDepth);
    // bpf_trace_printk's format pointer is the context here.
    let t = trap("call 6\nexit", 100);
    assert!(
        t.kind
            .to_string()
            .contains("context memory is not plain memory"),
        "{}",
        t.kind
    );
    let t = trap("r1 = 0\ncall 1\nexit", 100);
    assert!(matches!(t.kind, TrapKind::HelperArg { .. }), "{}", t.kind);
    let t = trap("call 9999\nexit", 100);
    assert!(t.to_string().contains("#9999"), "{t}");
    let t = trap("call 35\nexit", 100);
    assert_eq!(t.kind, TrapKind::Helper("bpf_get_current_task".into()));
    assert_eq!(t.insn, "call 35");
}

#[test]
fn a_trap_keeps_the_helper_calls_made_before_it() {
    let src = "r2 = 1\n*(u32 *)(r10 - 4) = r2\n*(u64 *)(r10 - 16) = r2\nr2 = r10\nr2 += -4\nr3 = r10\nr3 += -16\nr4 = 0\nr1 = arr ll\ncall 2\nr0 = *(u64 *)(r10 + 8)\nexit";
    let t = trap(src, 100);
    assert_eq!(t.helper_calls.len(), 1);
    assert_eq!(t.helper_calls[0].name, "map_update_elem");
}

#[test]
fn loop_free_code_checks_its_longest_path_against_the_budget_as_the_interpreter_counts() {
    // Compiled loop-free code checks its longest path once at entry and, when that might
    // not be paid for, runs on the interpreter: the same trap at the same instruction, and
    // no trap when the path taken fits (the shorter branch here: 3 of the longest 5).
    let t = trap("r0 = 1\nr0 = 2\nr0 = 3\nr0 = 4\nexit", 3);
    assert_eq!((t.pc, t.kind), (3, TrapKind::Budget(3)));
    let branch = "r0 = 0\nif r0 == 0 goto +2\nr0 = 2\nr0 = 3\nexit";
    for (budget, runs) in [(3, 3), (4, 3), (5, 3)] {
        let opts = RunOptions {
            budget,
            ..RunOptions::new(KernelProfile::LATEST)
        };
        let o = common::run_both(
            &[program(branch)],
            &TUPLE.parse().expect("tuple"),
            &mut world(),
            &opts,
        )
        .expect("runs within the budget");
        assert_eq!(o.insns_executed, runs);
    }
    let t = trap(branch.replace("r0 = 0", "r0 = 1").as_str(), 4);
    assert_eq!((t.pc, t.kind), (4, TrapKind::Budget(4)));
}

/// `bpf_spin_lock` runs (it returns 0) but a second lock while one is held never returns on
/// one CPU, and an unlock must release the lock held; both trap, as do a lock outside a
/// map value, another helper called under the lock and an exit holding the lock. The
/// kernel's verifier refuses all five.
#[test]
fn spin_locks_trap_where_one_cpu_would_hang_or_the_lock_is_not_held() {
    let value = "r2 = 0\n*(u32 *)(r10 - 4) = r2\nr2 = r10\nr2 += -4\nr1 = arr ll\ncall 1\nif r0 == 0 goto out\nr6 = r0\n";
    let cases = [
        (
            format!("{value}r1 = r6\ncall 93\nr1 = r6\ncall 93\nout:\nr0 = 0\nexit"),
            "12: helper bpf_spin_lock: the lock at",
        ),
        (
            format!("{value}r1 = r6\ncall 93\nr1 = r6\nr1 += 4\ncall 94\nout:\nr0 = 0\nexit"),
            "13: helper bpf_spin_unlock: the lock at",
        ),
        (
            "r1 = r10\nr1 += -8\ncall 93\nr0 = 0\nexit".to_string(),
            "2: helper bpf_spin_lock: R1",
        ),
        (
            format!("{value}r1 = r6\ncall 93\nr1 = arr ll\nr2 = r10\nr2 += -4\ncall 1\nr1 = r6\ncall 94\nout:\nr0 = 0\nexit"),
            "15: helper bpf_map_lookup_elem: called while holding a bpf_spin_lock",
        ),
        (
            format!("{value}r1 = r6\ncall 93\nout:\nr0 = 0\nexit"),
            "10: helper bpf_spin_lock: the program exits holding the lock at",
        ),
    ];
    for (src, expected) in cases {
        let got = reason(&src);
        assert!(got.starts_with(expected), "{src}\n  got: {got}");
    }
    let ok = format!("{value}r1 = r6\ncall 93\nr1 = r6\ncall 94\nr0 = 1\nexit\nout:\nr0 = 0\nexit");
    let mut w = world();
    let o = common::run_both(
        &[program(&ok)],
        &TUPLE.parse().expect("tuple"),
        &mut w,
        &RunOptions::new(KernelProfile::LATEST),
    )
    .expect("a lock and its unlock run");
    assert_eq!(o.retval, 1);
}
