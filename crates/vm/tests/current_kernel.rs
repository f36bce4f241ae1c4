//! The task and string helpers in the VM against the live kernel: `bpf_get_current_pid_tgid`,
//! `_uid_gid`, `_comm` (every buffer size), `_cgroup_id`, `_ancestor_cgroup_id` (levels
//! around the task's depth), `bpf_get_ns_current_pid_tgid` (this task's namespace, another
//! inode, a device past 32 bits, a wrong size), and seeded `bpf_strtol` / `bpf_strtoul`
//! inputs (blanks, signs, radix prefixes, every base flag, overflow, NULs) and `bpf_strncmp`
//! against a constant string of a frozen read-only map (`HELPERS_SEED`, `HELPERS_RUNS`, 30
//! by default). Each program returns a hash of the helper's R0 and the 64 stack bytes it
//! wrote (`BPF_PROG_TYPE_SOCKET_FILTER`, whose test run returns R0: these helpers are
//! `bpf_base_func_proto`'s, the ones SK_LOOKUP gets); the interpreter and the JIT run it
//! with the world's task read from this thread (`vm::Task::current`), which is the thread
//! whose `BPF_PROG_TEST_RUN` the kernel runs the program in. A helper the running kernel
//! does not offer is counted, not compared. Inside each cached image with
//! `HELPERS_IMAGES=1`.
#![forbid(unsafe_code)]
#![cfg(target_os = "linux")]

mod common;

use common::Rng;

use skctx::MapType;
use vm::{MapDef, Program, RunOptions, Task, World};

/// One helper call.
#[derive(Debug, Clone)]
enum Call {
    PidTgid,
    UidGid,
    Comm(u32),
    CgroupId,
    Ancestor(i32),
    NsPidTgid {
        dev: u64,
        ino: u64,
        size: u32,
    },
    /// `bpf_strtol` (signed) or `bpf_strtoul` on the text with the flags.
    Strto {
        signed: bool,
        text: Vec<u8>,
        flags: u32,
    },
    /// `bpf_strncmp` of the stack's text (its size) with the map's string.
    Strncmp {
        text: Vec<u8>,
    },
}

/// The frozen read-only string `bpf_strncmp` compares with.
const CONST_STR: &[u8] = b"0x1F hello\0";

/// Stores `bytes` (at most 8) at `fp+off` as 32-bit halves.
fn store64(off: i32, bytes: &[u8]) -> String {
    let mut b = [0u8; 8];
    b[..bytes.len()].copy_from_slice(bytes);
    let v = u64::from_le_bytes(b);
    format!(
        "r1 = {lo}\n*(u32 *)(r10 {off}) = r1\nr1 = {hi}\n*(u32 *)(r10 {off4}) = r1\n",
        lo = v as u32 as i32,
        hi = (v >> 32) as u32 as i32,
        off4 = off + 4
    )
}

/// The text at `fp-48` (at most 40 bytes).
fn text_on_stack(text: &[u8]) -> String {
    text.chunks(8)
        .enumerate()
        .map(|(k, c)| store64(-48 + 8 * k as i32, c))
        .collect()
}

fn call_code(call: &Call) -> String {
    match call {
        Call::PidTgid => "call 14\n".into(),
        Call::UidGid => "call 15\n".into(),
        Call::Comm(size) => format!("r1 = r10\nr1 += -64\nr2 = {size}\ncall 16\n"),
        Call::CgroupId => "call 80\n".into(),
        Call::Ancestor(level) => format!("r1 = {level}\ncall 123\n"),
        Call::NsPidTgid { dev, ino, size } => format!(
            "r1 = {dev:#x} ll\nr2 = {ino:#x} ll\nr3 = r10\nr3 += -64\nr4 = {size}\ncall 120\n"
        ),
        Call::Strto {
            signed,
            text,
            flags,
        } => format!(
            "{}r1 = r10\nr1 += -48\nr2 = {}\nr3 = {flags}\nr4 = r10\nr4 += -8\ncall {}\n",
            text_on_stack(text),
            text.len(),
            if *signed { 105 } else { 106 }
        ),
        Call::Strncmp { text } => format!(
            "{}r1 = 0\n*(u32 *)(r10 - 56) = r1\nr2 = r10\nr2 += -56\nr1 = s ll\ncall 1\nif r0 == 0 goto fail\nr3 = r0\nr1 = r10\nr1 += -48\nr2 = {}\ncall 182\n",
            text_on_stack(text),
            text.len()
        ),
    }
}

/// The program: the stack's 64 bytes zeroed, the call, R0 = its result hashed with them.
fn program(call: &Call) -> speccase::corpus::Prepared {
    let mut s = String::from(".skmap s, type=array, key=4, value=16, max_entries=1, flags=0x80\n");
    for k in 0..8 {
        s += &store64(-64 + 8 * k, &[]);
    }
    s += &call_code(call);
    s += "r6 = r0\nr7 = r0\nr7 >>= 32\nr6 *= 31\nr6 += r7\n";
    for k in 0..64 {
        s += &format!("r1 = *(u8 *)(r10 {})\nr6 *= 31\nr6 += r1\n", -64 + k);
    }
    s += "r0 = r6\nexit\n";
    if matches!(call, Call::Strncmp { .. }) {
        s += "fail:\nr0 = 0\nexit\n";
    }
    speccase::corpus::prepare(&s, "current.s").expect("the program assembles")
}

fn const_value() -> Vec<u8> {
    let mut v = CONST_STR.to_vec();
    v.resize(16, 0);
    v
}

fn vm_run(p: &speccase::corpus::Prepared, task: &Task) -> Result<u32, String> {
    let m = &p.maps[0];
    let mut world = World::new();
    world.task = task.clone();
    let def = MapDef {
        map_type: MapType::Array,
        key_size: m.key_size,
        value_size: m.value_size,
        max_entries: m.max_entries,
        flags: m.flags,
    };
    let id = world.add_map(&m.name, def).expect("vm map");
    world
        .put_entry(
            id,
            &0u32.to_le_bytes(),
            &skctx::EntryValue::Bytes(const_value()),
        )
        .expect("the string is stored");
    let prog = Program::unverified("current", &p.insns, &p.map_refs);
    let tuple = "tcp 10.0.0.1:1 -> 10.0.0.2:2".parse().expect("tuple");
    common::run_both(
        &[prog],
        &tuple,
        &mut world,
        &RunOptions::new(common::host_profile()),
    )
    .map(|o| o.retval as u32)
    .map_err(|t| t.to_string())
}

/// The directed calls: every task helper, and the string helpers' edges.
fn directed(task: &Task) -> Vec<Call> {
    let (dev, ino) = task.pidns;
    let mut calls = vec![Call::PidTgid, Call::UidGid, Call::CgroupId];
    calls.extend([1, 2, 7, 15, 16, 17].map(Call::Comm));
    calls.extend((-1..=task.cgroups.len() as i32 + 1).map(Call::Ancestor));
    calls.extend([
        Call::NsPidTgid { dev, ino, size: 8 },
        Call::NsPidTgid {
            dev,
            ino: ino + 1,
            size: 8,
        },
        Call::NsPidTgid {
            dev: dev | 1 << 32,
            ino,
            size: 8,
        },
        Call::NsPidTgid { dev, ino, size: 12 },
    ]);
    let texts: [&[u8]; 14] = [
        b"0x",
        b"0x1f",
        b"0X1fz",
        b"-0",
        b"  -9223372036854775808",
        b"9223372036854775808",
        b"-9223372036854775809",
        b"18446744073709551615",
        b"18446744073709551616",
        b"\xa0 12",
        b"+5",
        b"-",
        b"0\x00x1",
        b"077 8",
    ];
    for (i, text) in texts.iter().enumerate() {
        for flags in [0, 10, 16] {
            calls.push(Call::Strto {
                signed: i % 2 == 0,
                text: text.to_vec(),
                flags,
            });
        }
    }
    for text in [
        &b"0x1F hello"[..],
        b"0x1F",
        b"0x1F hello\0zz",
        b"0x1G",
        b"",
        b"\xff",
    ] {
        if !text.is_empty() {
            calls.push(Call::Strncmp {
                text: text.to_vec(),
            });
        }
    }
    calls
}

/// A random text of digits, letters, blanks, signs and NULs.
fn text(rng: &mut Rng, max: u64) -> Vec<u8> {
    const BYTES: &[u8] = b"0123456789012345678901234567890xXaAfFgz -+\t\n\0\xa0\xff";
    (0..1 + rng.below(max)).map(|_| rng.pick(BYTES)).collect()
}

fn generated(rng: &mut Rng, runs: usize) -> Vec<Call> {
    (0..runs)
        .map(|_| match rng.below(4) {
            0 => Call::Strncmp {
                text: if rng.below(2) == 0 {
                    let n = 1 + rng.below(CONST_STR.len() as u64 + 2) as usize;
                    let mut t = CONST_STR[..n.min(CONST_STR.len())].to_vec();
                    if rng.below(2) == 0 {
                        let i = rng.below(t.len() as u64) as usize;
                        t[i] = rng.pick(b"01xF \0\xff");
                    }
                    t
                } else {
                    text(rng, 16)
                },
            },
            _ => Call::Strto {
                signed: rng.below(2) == 0,
                text: text(rng, 40),
                flags: rng.pick(&[0, 0, 8, 10, 10, 16, 16, 2, 0x20 | 10, 7]),
            },
        })
        .collect()
}

#[test]
fn task_and_string_helpers_agree_with_the_live_kernel() {
    if let Err(u) = kernel::availability() {
        say_line(format!("SKIPPED current_kernel: {u}"));
        return;
    }
    let seed = std::env::var("HELPERS_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_0c0f_u64);
    assert!(seed != 0, "HELPERS_SEED must be non-zero");
    let runs = common::env_count("HELPERS_RUNS", 30);
    let task = Task::current();
    let mut rng = Rng(seed);
    let calls: Vec<Call> = directed(&task)
        .into_iter()
        .chain(generated(&mut rng, runs))
        .collect();
    let (mut agree, mut refused, mut failures) = (0, Vec::new(), Vec::new());
    for call in &calls {
        let p = program(call);
        let kernel = common::kernel_run_frozen(&p, &const_value());
        let ours = vm_run(&p, &task);
        match (&kernel, &ours) {
            (Ok(k), Ok(o)) if k == o => agree += 1,
            (Err(e), _) if e.contains("unknown func") || e.contains("cannot use helper") => {
                refused.push(e.clone())
            }
            _ => failures.push(format!("{call:?}: kernel {kernel:?}, vm {ours:?}")),
        }
    }
    refused.sort();
    refused.dedup();
    say_line(format!(
        "current_kernel: {} calls ({} directed, seed {seed:#x}, task pid {} tgid {} uid {} cgroup depth {}): interp, jit and the kernel agree on {agree}, {} disagree, the kernel offers no helper for the rest ({refused:?})",
        calls.len(),
        calls.len() - runs,
        task.pid,
        task.tgid,
        task.uid,
        task.cgroups.len().saturating_sub(1),
        failures.len()
    ));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn task_and_string_helpers_agree_inside_each_kernel_image() {
    if std::env::var_os("HELPERS_IMAGES").is_none_or(|v| v != "1") {
        say_line(
            "SKIPPED vm/current_kernel images: set HELPERS_IMAGES=1 (boots each cached image)",
        );
        return;
    }
    common::passes_in_each_kernel_image(
        "vm/current_kernel",
        "task_and_string_helpers_agree_inside_each_kernel_image",
        &["current_kernel"],
    );
}

fn say_line(line: impl std::fmt::Display) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{line}");
}
