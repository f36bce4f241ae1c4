//! Callbacks on the interpreter (`bpf_loop`, `bpf_for_each_map_elem`): what the runtime spec
//! cases (`tests/spec/runtime/callbacks.s`, the live kernel's answers) cannot show. The
//! instruction budget counts every callback's instructions, callback frames count toward
//! the call depth, and what the VM refuses traps naming the helper. Every run goes through
//! `common::run_both`: the jit leaves these programs to the interpreter and says why.
#![forbid(unsafe_code)]

mod common;

use skctx::KernelProfile;
use vm::{JitFallback, Outcome, Program, RunOptions, Trap, TrapKind, World};

const TUPLE: &str = "tcp 10.0.0.1:4242 -> 192.0.2.10:80";

fn program(src: &str) -> Program {
    let text = format!(
        ".skmap h, type=hash, key=4, value=8, max_entries=8\n.skmap lpm, type=lpm_trie, key=8, value=8, max_entries=8, flags=1\n.skmap progs, type=prog_array, key=4, value=4, max_entries=1\n{src}"
    );
    let p = speccase::corpus::prepare(&text, "t.s").expect("assembles");
    Program::unverified("t", &vm::bind_map_refs(&p.insns, &p.map_refs), &p.map_refs)
}

fn run(src: &str, budget: u64) -> Result<Outcome, Box<Trap>> {
    let prog = program(src);
    let mut world = World::new();
    for (_, name) in &prog.map_refs {
        if world.map_id(name).is_some() {
            continue;
        }
        let (map_type, key_size) = match name.as_str() {
            "h" => (skctx::MapType::Hash, 4),
            "lpm" => (skctx::MapType::LpmTrie, 8),
            _ => (skctx::MapType::ProgArray, 4),
        };
        let def = vm::MapDef {
            map_type,
            key_size,
            value_size: if name == "progs" { 4 } else { 8 },
            max_entries: if name == "progs" { 1 } else { 8 },
            flags: u32::from(name == "lpm"),
        };
        world.add_map(name, def).expect("map");
    }
    let opts = RunOptions {
        budget,
        ..RunOptions::new(KernelProfile::LATEST)
    };
    let out = common::run_both(
        std::slice::from_ref(&prog),
        &TUPLE.parse().expect("tuple"),
        &mut world,
        &opts,
    );
    if let Ok(o) = &out {
        assert_eq!(o.engine.fallback(), None, "vm::run is the interpreter");
    }
    out
}

/// `bpf_loop(n, cb)` with a two-instruction callback: seven instructions of the main
/// program, two per callback.
fn loop_of(n: u32) -> String {
    format!("r1 = {n}\nr2 = cb ll\nr3 = 0\nr4 = 0\ncall 181\nr0 = 0\nexit\ncb:\nr0 = 0\nexit")
}

#[test]
fn the_budget_counts_every_callback() {
    for n in [0u32, 1, 5, 100] {
        let want = 7 + 2 * u64::from(n);
        let o = run(&loop_of(n), want).expect("runs within the budget");
        assert_eq!(o.insns_executed, want, "bpf_loop({n})");
        assert_eq!(o.helper_calls.len(), 1);
        assert_eq!(o.helper_calls[0].ret, u64::from(n));
        // One instruction short: the main program's exit (slot 7) is over budget; three
        // short (the `call` and up to it are five): the last callback's exit (slot 9).
        let t = run(&loop_of(n), want - 1).expect_err("over budget");
        assert_eq!((t.pc, &t.kind), (7, &TrapKind::Budget(want - 1)));
        if n > 0 {
            let t = run(&loop_of(n), want - 3).expect_err("over budget");
            assert_eq!(
                (t.pc, &t.kind),
                (9, &TrapKind::Budget(want - 3)),
                "bpf_loop({n})"
            );
        }
    }
}

#[test]
fn the_jit_leaves_callbacks_to_the_interpreter_and_says_so() {
    let prog = Program {
        verified: true,
        ..program(&loop_of(3))
    };
    let mut world = World::new();
    let jit = vm::jit::Jit::compile(std::slice::from_ref(&prog), &world);
    assert_eq!(jit.fallback(0), Some(JitFallback::Callbacks));
    let o = jit
        .run(
            std::slice::from_ref(&prog),
            &TUPLE.parse().expect("tuple"),
            &mut world,
            &RunOptions::new(KernelProfile::LATEST),
        )
        .expect("runs");
    assert_eq!(
        o.engine.name(),
        "interp (jit fallback: callbacks (bpf_loop, bpf_for_each_map_elem) run on interp)"
    );
    assert_eq!(o.insns_executed, 13);
}

#[test]
fn callback_frames_count_toward_the_call_depth() {
    // A callback calling bpf_loop with itself: frames 1, 2, ... until the eighth.
    let src = "r1 = 1\nr2 = cb ll\nr3 = 0\nr4 = 0\ncall 181\nr0 = 0\nexit\ncb:\nr1 = 1\nr2 = cb ll\nr3 = 0\nr4 = 0\ncall 181\nr0 = 0\nexit";
    let t = run(src, 10_000).expect_err("too deep");
    assert_eq!(t.kind, TrapKind::CallDepth);
    assert_eq!(t.pc, 13, "the callback's own bpf_loop call");
}

#[test]
fn what_the_vm_refuses_traps_naming_the_helper() {
    let cases = [
        // R2 is not a function.
        ("r1 = 1\nr2 = 0\nr3 = 0\nr4 = 0\ncall 181\nexit", "bpf_loop", "is not a function"),
        // An LPM trie has no map_for_each_callback.
        (
            "r1 = lpm ll\nr2 = cb ll\nr3 = 0\nr4 = 0\ncall 164\nr0 = 0\nexit\ncb:\nr0 = 0\nexit",
            "bpf_for_each_map_elem",
            "map `lpm` (BPF_MAP_TYPE_LPM_TRIE) has no map_for_each_callback",
        ),
        // A tail call from a callback.
        (
            "r1 = 1\nr2 = cb ll\nr3 = 0\nr4 = 0\ncall 181\nr0 = 0\nexit\ncb:\nr2 = progs ll\nr3 = 0\ncall 12\nr0 = 0\nexit",
            "",
            "bpf_tail_call inside a callback",
        ),
    ];
    for (src, helper, why) in cases {
        let t = run(src, 1000).expect_err("traps");
        let text = t.kind.to_string();
        assert!(
            text.contains(helper) && text.contains(why),
            "{src}\n  got: {text}"
        );
    }
}

#[test]
fn for_each_on_a_hash_leaves_out_what_the_callback_deleted() {
    // Keys 1, 2, 3; the first callback deletes all three: the VM's walk makes one call.
    // The kernel's walk goes on from the deleted element's `next`, so it also visits an
    // element deleted after it when the two shared a bucket (measured on 6.18.44: 2 of 11
    // runs did): not predictable, so not a runtime spec case.
    let update = |k: u32| {
        format!("r1 = {k}\n*(u32 *)(r10 - 4) = r1\n*(u64 *)(r10 - 16) = r1\nr1 = h ll\nr2 = r10\nr2 += -4\nr3 = r10\nr3 += -16\nr4 = 0\ncall 2\n")
    };
    let delete = |k: u32| {
        format!("r1 = {k}\n*(u32 *)(r10 - 4) = r1\nr1 = h ll\nr2 = r10\nr2 += -4\ncall 3\n")
    };
    let src = format!(
        "{}{}{}r1 = h ll\nr2 = cb ll\nr3 = 0\nr4 = 0\ncall 164\nexit\ncb:\n{}{}{}r0 = 0\nexit",
        update(1),
        update(2),
        update(3),
        delete(1),
        delete(2),
        delete(3)
    );
    let o = run(&src, 10_000).expect("runs");
    let walk = o
        .helper_calls
        .iter()
        .find(|c| c.name == "for_each_map_elem");
    assert_eq!(walk.map(|c| c.ret), Some(1), "{:#?}", o.helper_calls);
    let deletes: Vec<u64> = (o.helper_calls.iter())
        .filter(|c| c.name == "map_delete_elem")
        .map(|c| c.ret)
        .collect();
    assert_eq!(deletes, [0, 0, 0]);
}
