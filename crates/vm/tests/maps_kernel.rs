//! The value maps against the live kernel: seeded sequences of `bpf_map_update_elem` (every
//! flag, keys in and out of range, full maps), `bpf_map_delete_elem` and
//! `bpf_map_lookup_elem` made from a program, one operation per program run, on a kernel map
//! and on the interpreter's map side by side. Every helper return and every looked-up value
//! must agree. Programs are `BPF_PROG_TYPE_SOCKET_FILTER` (the map helpers are the same for
//! every program type; its test run returns R0). LRU maps are sized so that nothing is
//! evicted: which element the kernel's LRU evicts depends on per-CPU lists and is not
//! compared. Lookups in per-CPU maps compare found / not found only: the VM has one CPU,
//! and the kernel's test runs may move between CPUs, each with its own values.
#![forbid(unsafe_code)]
// The kernel crate is Linux only.
#![cfg(target_os = "linux")]

mod common;

use isa::{AluOp, CallKind, Insn, JmpCond, LdImmKind, Operand, RawInsn, Reg, Size, Width};
use skctx::MapType;
use vm::{MapDef, Program, RunOptions, World};

fn r(n: u8) -> Reg {
    Reg::new(n).expect("register")
}

fn helper(name: &str) -> Insn {
    Insn::Call(CallKind::Helper(
        skctx::helper_by_name(name).expect("known helper").id,
    ))
}

fn imm(dst: u8, v: i32) -> Insn {
    Insn::Alu {
        op: AluOp::Mov,
        width: Width::W64,
        dst: r(dst),
        src: Operand::Imm(v),
    }
}

fn ld64(dst: u8, v: u64) -> Insn {
    let (imm, imm_hi) = Insn::split_imm64(v);
    Insn::LdImm64 {
        dst: r(dst),
        kind: LdImmKind::Imm,
        imm,
        imm_hi,
    }
}

fn st_w(off: i16, v: u32) -> Insn {
    Insn::Store {
        size: Size::W,
        dst: Reg::FP,
        off,
        src: Operand::Imm(v as i32),
    }
}

fn ptr(dst: u8, off: i32) -> Vec<Insn> {
    vec![
        Insn::Alu {
            op: AluOp::Mov,
            width: Width::W64,
            dst: r(dst),
            src: Operand::Reg(Reg::FP),
        },
        Insn::Alu {
            op: AluOp::Add,
            width: Width::W64,
            dst: r(dst),
            src: Operand::Imm(off),
        },
    ]
}

/// What the lookup program returns for NULL.
const NOT_FOUND: u32 = 0xdead;

/// One operation of a sequence.
#[derive(Debug, Clone, Copy)]
enum Op {
    Update {
        key: [u32; 2],
        value: u32,
        flags: u64,
    },
    Delete {
        key: [u32; 2],
    },
    Lookup {
        key: [u32; 2],
    },
}

/// The program for `op`: R1 = the map (slot 0), the key at fp-8 (one word, or the LPM prefix
/// length and data), R0 = the helper's return, or for a lookup the value's first word
/// (0xdead for NULL).
fn program(op: Op) -> Vec<RawInsn> {
    let map = Insn::LdImm64 {
        dst: r(1),
        kind: LdImmKind::Imm,
        imm: 0,
        imm_hi: 0,
    };
    let key = match op {
        Op::Update { key, .. } | Op::Delete { key } | Op::Lookup { key } => key,
    };
    let mut v = vec![map, st_w(-8, key[0]), st_w(-4, key[1])];
    v.extend(ptr(2, -8));
    match op {
        Op::Update { value, flags, .. } => {
            v.push(st_w(-16, value));
            v.push(st_w(-12, !value));
            v.extend(ptr(3, -16));
            v.push(ld64(4, flags));
            v.push(helper("map_update_elem"));
        }
        Op::Delete { .. } => v.push(helper("map_delete_elem")),
        Op::Lookup { .. } => {
            v.push(helper("map_lookup_elem"));
            v.push(Insn::JmpIf {
                cond: JmpCond::Eq,
                width: Width::W64,
                dst: r(0),
                src: Operand::Imm(0),
                off: 2,
            });
            v.push(Insn::Load {
                size: Size::W,
                sign_extend: false,
                dst: r(0),
                src: r(0),
                off: 0,
            });
            v.push(Insn::Exit);
            v.push(imm(0, NOT_FOUND as i32));
        }
    }
    v.push(Insn::Exit);
    v.iter().flat_map(|i| i.encode()).collect()
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

fn random_op(rng: &mut Rng, lpm: bool) -> Op {
    let key = if lpm {
        let plen = rng.pick(&[0u32, 8, 16, 24, 32, 33]);
        let data = rng.pick(&[0x0002_000au32, 0x0102_000a, 0x0003_000a, 0x0000_0000]);
        [plen, data]
    } else {
        [rng.pick(&[0u32, 1, 2, 3, 5, 0xffff_ffff]), 0]
    };
    match rng.next() % 3 {
        0 => Op::Update {
            key,
            value: rng.next() as u32,
            flags: rng.pick(&[0u64, 0, 1, 2, 3]),
        },
        1 => Op::Delete { key },
        _ => Op::Lookup { key },
    }
}

fn kernel_run(code: &[RawInsn], map: &kernel::Map) -> Result<u32, String> {
    let opts = kernel::LoadOptions {
        prog_type: kernel::PROG_TYPE_SOCKET_FILTER,
        expected_attach_type: 0,
        log_level: 0,
        stats: false,
        ..Default::default()
    };
    let out = kernel::load(code, &[(0, map)], &opts).map_err(|e| e.to_string())?;
    let prog = out
        .program
        .ok_or_else(|| format!("rejected: {:?}", out.errno))?;
    let res = kernel::test_run_data(&prog, &[0u8; 64]).map_err(|e| e.to_string())?;
    res.retval
        .ok_or_else(|| format!("test run: {:?}", res.errno))
}

fn vm_run(code: &[RawInsn], world: &mut World) -> Result<u32, String> {
    let prog = Program::unverified("op", code, &[(0, "m".to_string())]);
    let tuple = "tcp 10.0.0.1:1 -> 10.0.0.2:2".parse().expect("tuple");
    common::run_both(
        &[prog],
        &tuple,
        world,
        &RunOptions::new(common::host_profile()),
    )
    .map(|o| o.retval as u32)
    .map_err(|t| t.to_string())
}

#[test]
fn value_maps_answer_program_operations_as_the_kernel() {
    if let Err(u) = kernel::availability() {
        use std::io::Write;
        let _ = std::io::stderr().write_all(
            format!("SKIPPED value_maps_answer_program_operations_as_the_kernel: {u}\n").as_bytes(),
        );
        return;
    }
    let shapes = [
        (MapType::Array, 4, 4, 0),
        (MapType::PercpuArray, 4, 4, 0),
        (MapType::Hash, 4, 3, 0),
        (MapType::PercpuHash, 4, 3, 0),
        (MapType::Hash, 4, 3, kernel::F_NO_PREALLOC),
        (MapType::LruHash, 4, 256, 0),
        (MapType::LruPercpuHash, 4, 256, 0),
        (MapType::LpmTrie, 8, 3, kernel::F_NO_PREALLOC),
    ];
    let (mut ops, mut bad) = (0, Vec::new());
    for (i, (ty, key_size, max_entries, flags)) in shapes.into_iter().enumerate() {
        let spec = kernel::MapSpec::new(ty, key_size, 8, max_entries).with_flags(flags);
        let kmap = kernel::Map::create(&spec).expect("create map");
        let mut world = World::new();
        let def = MapDef {
            map_type: ty,
            key_size,
            value_size: 8,
            max_entries,
            flags,
        };
        world.add_map("m", def).expect("vm map");
        let lpm = ty == MapType::LpmTrie;
        let mut rng = Rng(common::seed(0x9e37_79b9 + i as u64));
        for n in 0..common::env_count("VM_MAP_SEQUENCES", 150) {
            let op = random_op(&mut rng, lpm);
            let code = program(op);
            let (mut kernel, mut ours) = (kernel_run(&code, &kmap), vm_run(&code, &mut world));
            if ty.per_cpu() && matches!(op, Op::Lookup { .. }) {
                // Each test run may land on another CPU, each with its own values (a test
                // cannot pin itself without unsafe code): compare found / not found only.
                let found = |r: Result<u32, String>| r.map(|v| v != NOT_FOUND);
                (kernel, ours) = (found(kernel).map(u32::from), found(ours).map(u32::from));
            }
            ops += 1;
            if kernel != ours {
                bad.push(format!(
                    "{ty:?} (max {max_entries}, flags {flags}) op {n} {op:?}: kernel {kernel:?}, interpreter {ours:?}"
                ));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} disagreements:\n{}",
        bad.len(),
        bad.join("\n")
    );
    say_line(format!(
        "maps_kernel: {ops} map operations from programs agree with the live kernel (seeds {:#x} + shape)",
        common::seed(0x9e37_79b9)
    ));
}

/// One operation on a QUEUE or STACK.
#[derive(Debug, Clone, Copy)]
enum QueueOp {
    Push {
        value: u32,
        flags: u64,
    },
    /// `bpf_map_pop_elem` (`remove`) or `bpf_map_peek_elem`.
    Take {
        remove: bool,
    },
}

/// The program for `op` on the map in slot 0: the value at fp-16 (8 bytes; a pop or peek
/// finds 0x5555 there first, to see what the helper writes); R0 = the helper's return, for
/// a pop or peek plus the value's first word.
fn queue_program(op: QueueOp) -> Vec<RawInsn> {
    let map = Insn::LdImm64 {
        dst: r(1),
        kind: LdImmKind::Imm,
        imm: 0,
        imm_hi: 0,
    };
    let mut v = vec![map];
    match op {
        QueueOp::Push { value, flags } => {
            v.extend([st_w(-16, value), st_w(-12, !value)]);
            v.extend(ptr(2, -16));
            v.push(ld64(3, flags));
            v.push(helper("map_push_elem"));
        }
        QueueOp::Take { remove } => {
            v.extend([st_w(-16, 0x5555), st_w(-12, 0x5555)]);
            v.extend(ptr(2, -16));
            v.push(helper(if remove {
                "map_pop_elem"
            } else {
                "map_peek_elem"
            }));
            v.push(Insn::Load {
                size: Size::W,
                sign_extend: false,
                dst: r(1),
                src: Reg::FP,
                off: -16,
            });
            v.push(Insn::Alu {
                op: AluOp::Add,
                width: Width::W64,
                dst: r(0),
                src: Operand::Reg(r(1)),
            });
        }
    }
    v.push(Insn::Exit);
    v.iter().flat_map(|i| i.encode()).collect()
}

#[test]
fn queues_and_stacks_answer_push_pop_and_peek_as_the_kernel() {
    if let Err(u) = kernel::availability() {
        say_line(format!(
            "SKIPPED queues_and_stacks_answer_push_pop_and_peek_as_the_kernel: {u}"
        ));
        return;
    }
    let (mut ops, mut bad) = (0, Vec::new());
    for (i, ty) in [MapType::Queue, MapType::Stack].into_iter().enumerate() {
        let max_entries = 3;
        let spec = kernel::MapSpec::new(ty, 0, 8, max_entries);
        let kmap = kernel::Map::create(&spec).expect("create map");
        let mut world = World::new();
        let def = MapDef {
            map_type: ty,
            key_size: 0,
            value_size: 8,
            max_entries,
            flags: 0,
        };
        world.add_map("m", def).expect("vm map");
        let mut rng = Rng(common::seed(0x51ac_4000 + i as u64));
        for n in 0..common::env_count("VM_MAP_SEQUENCES", 150) {
            let op = match rng.next() % 3 {
                0 => QueueOp::Push {
                    value: n as u32 + 1,
                    flags: rng.pick(&[0u64, 0, 0, 1, 2, 2, 3]),
                },
                _ => QueueOp::Take {
                    remove: !rng.next().is_multiple_of(3),
                },
            };
            let code = queue_program(op);
            let (kernel, ours) = (kernel_run(&code, &kmap), vm_run(&code, &mut world));
            ops += 1;
            if kernel != ours {
                bad.push(format!(
                    "{ty:?} op {n} {op:?}: kernel {kernel:?}, vm {ours:?}"
                ));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} disagreements:\n{}",
        bad.len(),
        bad.join("\n")
    );
    say_line(format!(
        "maps_kernel: {ops} push, pop and peek operations on QUEUE and STACK maps agree with the live kernel"
    ));
}

/// A program that counts its runs in `counter` and tail-calls `progs[index]`, returning the
/// count when the tail call falls through.
fn tail_caller(index: u32) -> speccase::corpus::Prepared {
    let src = format!(
        ".skmap counter, type=array, key=4, value=8, max_entries=1
.skmap progs, type=prog_array, key=4, value=4, max_entries=2
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = counter ll
    call 1
    if r0 == 0 goto out
    r1 = 1
    lock *(u64 *)(r0 + 0) += r1
    r1 = r6
    r2 = progs ll
    r3 = {index}
    call 12
out:
    r2 = r10
    r2 += -4
    r1 = counter ll
    call 1
    if r0 == 0 goto none
    r0 = *(u32 *)(r0 + 0)
    exit
none:
    r0 = 0
    exit
"
    );
    speccase::corpus::prepare(&src, "tail.s").expect("assembles")
}

#[test]
fn tail_calls_stop_where_the_kernel_stops() {
    if let Err(u) = kernel::availability() {
        use std::io::Write;
        let _ = std::io::stderr()
            .write_all(format!("SKIPPED tail_calls_stop_where_the_kernel_stops: {u}\n").as_bytes());
        return;
    }
    use std::os::fd::{AsFd, AsRawFd};
    // Slot 0 holds the program itself; index 1 is empty; 5 is past the array.
    for index in [0u32, 1, 5] {
        let p = tail_caller(index);
        let kmaps: Vec<(String, kernel::Map)> = p
            .maps
            .iter()
            .map(|m| {
                let spec =
                    kernel::MapSpec::new(m.map_type, m.key_size, m.value_size, m.max_entries);
                (m.name.clone(), kernel::Map::create(&spec).expect("map"))
            })
            .collect();
        let bind: Vec<(usize, &kernel::Map)> = p
            .map_refs
            .iter()
            .map(|(slot, name)| {
                (
                    *slot,
                    &kmaps.iter().find(|(n, _)| n == name).expect("map").1,
                )
            })
            .collect();
        let prog = load_socket_filter(&p, &bind, "");
        let progs = &kmaps.iter().find(|(n, _)| n == "progs").expect("progs").1;
        let fd = prog.as_fd().as_raw_fd() as u32;
        progs
            .update(&0u32.to_le_bytes(), &fd.to_le_bytes(), 0)
            .expect("prog array");
        let kernel = kernel::test_run_data(&prog, &[0u8; 64])
            .expect("run")
            .retval;

        let mut world = vm_world(&p);
        let ours = Program::unverified("tail", &p.insns, &p.map_refs);
        let t = world.add_tail_program(ours.clone());
        let progs_id = world.map_id("progs").expect("progs");
        world.set_prog_array_entry(progs_id, 0, t).expect("entry");
        let tuple = "tcp 10.0.0.1:1 -> 10.0.0.2:2".parse().expect("tuple");
        let o = common::run_both(
            &[ours],
            &tuple,
            &mut world,
            &RunOptions::new(common::host_profile()),
        )
        .expect("no trap");
        assert_eq!(Some(o.retval as u32), kernel, "tail call to index {index}");
        say_line(format!(
            "tail calls: index {index}: {} runs on both",
            o.retval
        ));
    }
}

/// `p` loaded into the kernel as a socket filter, its map references bound to `bind`;
/// panics with the kernel's log (and `what`) when the verifier refuses it.
fn load_socket_filter(
    p: &speccase::corpus::Prepared,
    bind: &[(usize, &kernel::Map)],
    what: &str,
) -> kernel::Program {
    let opts = kernel::LoadOptions {
        prog_type: kernel::PROG_TYPE_SOCKET_FILTER,
        expected_attach_type: 0,
        ..Default::default()
    };
    let out = kernel::load(&p.insns, bind, &opts).expect("load");
    out.program
        .unwrap_or_else(|| panic!("rejected {what}:\n{}", out.log))
}

/// A VM world holding every map of `p`, empty.
fn vm_world(p: &speccase::corpus::Prepared) -> World {
    let mut world = World::new();
    for m in &p.maps {
        let def = MapDef {
            map_type: m.map_type,
            key_size: m.key_size,
            value_size: m.value_size,
            max_entries: m.max_entries,
            flags: 0,
        };
        world.add_map(&m.name, def).expect("vm map");
    }
    world
}

/// Reserves `size` bytes with `flags` from a 4096-byte ring buffer, writes and submits the
/// record when it got one; R0 = 1 when the reservation succeeded.
fn ringbuf_program(size: u32, flags: u32) -> speccase::corpus::Prepared {
    let src = format!(
        ".skmap rb, type=ringbuf, key=0, value=0, max_entries=4096
    r1 = rb ll
    r2 = {size}
    r3 = {flags}
    call 131
    if r0 == 0 goto none
    r1 = 0x55
    *(u8 *)(r0 + 0) = r1
    r1 = r0
    r2 = 0
    call 132
    r0 = 1
    exit
none:
    r0 = 0
    exit
"
    );
    speccase::corpus::prepare(&src, "rb.s").expect("assembles")
}

#[test]
fn ring_buffer_reservations_succeed_where_the_kernels_do() {
    if let Err(u) = kernel::availability() {
        use std::io::Write;
        let _ = std::io::stderr().write_all(
            format!("SKIPPED ring_buffer_reservations_succeed_where_the_kernels_do: {u}\n")
                .as_bytes(),
        );
        return;
    }
    for (size, flags) in [(1, 0), (8, 0), (4080, 0), (4081, 0), (4088, 0), (8, 1)] {
        let p = ringbuf_program(size, flags);
        let m = &p.maps[0];
        let spec = kernel::MapSpec::new(m.map_type, m.key_size, m.value_size, m.max_entries);
        // A fresh ring each time: nothing consumes the kernel's records.
        let kmap = kernel::Map::create(&spec).expect("ringbuf");
        let bind: Vec<_> = p.map_refs.iter().map(|(s, _)| (*s, &kmap)).collect();
        let prog = load_socket_filter(&p, &bind, "");
        let kernel = kernel::test_run_data(&prog, &[0u8; 64])
            .expect("run")
            .retval;

        let mut world = vm_world(&p);
        let ours = Program::unverified("rb", &p.insns, &p.map_refs);
        let tuple = "tcp 10.0.0.1:1 -> 10.0.0.2:2".parse().expect("tuple");
        let o = common::run_both(
            &[ours],
            &tuple,
            &mut world,
            &RunOptions::new(common::host_profile()),
        )
        .expect("no trap");
        assert_eq!(
            Some(o.retval as u32),
            kernel,
            "reserve {size} with flags {flags}"
        );
        if o.retval == 1 {
            let vm::Output::Ringbuf { bytes, .. } = &o.output[0] else {
                panic!("no record: {:?}", o.output)
            };
            assert_eq!((bytes.len(), bytes[0]), (size as usize, 0x55));
        }
    }
}

/// One ring buffer operation of [`ring_sequence_program`].
#[derive(Debug, Clone, Copy)]
enum RingOp {
    /// `bpf_ringbuf_output` of `size` bytes of a map value, with `flags`.
    Output { size: u32, flags: u32 },
    /// `bpf_ringbuf_reserve` of `size` bytes; the record submitted or discarded.
    Reserve { size: u32, submit: bool },
    /// `bpf_ringbuf_query` with `flags`.
    Query { flags: u32 },
}

fn random_ring_op(rng: &mut common::Rng) -> RingOp {
    let size = rng.pick(&[0u32, 1, 8, 9, 100, 1000, 2000, 3000, 4000, 4080, 4088]);
    match rng.below(3) {
        0 => RingOp::Output {
            size,
            flags: rng.pick(&[0u32, 0, 1, 2, 3, 4]),
        },
        1 => RingOp::Reserve {
            size,
            submit: rng.below(2) == 0,
        },
        _ => RingOp::Query {
            flags: rng.pick(&[0u32, 1, 2, 3, 4, 5]),
        },
    }
}

/// The operations in order on a 4096-byte ring, each result folded into R6 (`r6 = r6 * 31 +
/// result`, a reservation's result 1 or 0), R0 = R6 at the end. Output data comes from the
/// 4096-byte value of the ARRAY `src`.
fn ring_sequence_program(ops: &[RingOp]) -> speccase::corpus::Prepared {
    let mut src = String::from(
        ".skmap rb, type=ringbuf, key=0, value=0, max_entries=4096
.skmap src, type=array, key=4, value=4096, max_entries=1
    r6 = 0
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = src ll
    call 1
    if r0 == 0 goto out
    r7 = r0
",
    );
    for op in ops {
        let call = match *op {
            RingOp::Output { size, flags } => format!(
                "    r1 = rb ll\n    r2 = r7\n    r3 = {size}\n    r4 = {flags}\n    call 130\n"
            ),
            RingOp::Reserve { size, submit } => format!(
                "    r1 = rb ll\n    r2 = {size}\n    r3 = 0\n    call 131\n    if r0 == 0 goto +5\n    r1 = r0\n    r2 = 0\n    call {}\n    r0 = 1\n    goto +1\n    r0 = 0\n",
                if submit { 132 } else { 133 }
            ),
            RingOp::Query { flags } => {
                format!("    r1 = rb ll\n    r2 = {flags}\n    call 134\n")
            }
        };
        src.push_str(&call);
        src.push_str("    r6 *= 31\n    r6 += r0\n");
    }
    src.push_str("out:\n    r0 = r6\n    exit\n");
    speccase::corpus::prepare(&src, "ring.s").expect("assembles")
}

#[test]
fn ring_buffer_sequences_fill_query_and_fail_as_the_kernels_do() {
    if let Err(u) = kernel::availability() {
        use std::io::Write;
        let _ = std::io::stderr().write_all(
            format!("SKIPPED ring_buffer_sequences_fill_query_and_fail_as_the_kernels_do: {u}\n")
                .as_bytes(),
        );
        return;
    }
    let mut rng = common::Rng(common::seed(0x7269_6e67));
    let (mut runs, mut bad) = (0, Vec::new());
    for _ in 0..common::env_count("VM_RING_SEQUENCES", 30) {
        let ops: Vec<RingOp> = (0..6).map(|_| random_ring_op(&mut rng)).collect();
        let p = ring_sequence_program(&ops);
        let kmaps: Vec<kernel::Map> = p
            .maps
            .iter()
            .map(|m| {
                let spec =
                    kernel::MapSpec::new(m.map_type, m.key_size, m.value_size, m.max_entries);
                kernel::Map::create(&spec).expect("map")
            })
            .collect();
        let bind: Vec<_> = p
            .map_refs
            .iter()
            .map(|(slot, name)| {
                let i = p.maps.iter().position(|m| &m.name == name).expect("map");
                (*slot, &kmaps[i])
            })
            .collect();
        let prog = load_socket_filter(&p, &bind, &format!("{ops:?}"));
        let kernel = kernel::test_run_data(&prog, &[0u8; 64])
            .expect("run")
            .retval;

        let mut world = vm_world(&p);
        let ours = Program::unverified("ring", &p.insns, &p.map_refs);
        let tuple = "tcp 10.0.0.1:1 -> 10.0.0.2:2".parse().expect("tuple");
        let o = common::run_both(
            &[ours],
            &tuple,
            &mut world,
            &RunOptions::new(common::host_profile()),
        );
        runs += 1;
        let ours = o.map(|o| o.retval as u32).map_err(|t| t.to_string());
        if ours.as_ref().ok() != kernel.as_ref() {
            bad.push(format!("{ops:?}: kernel {kernel:?}, vm {ours:?}"));
        }
    }
    assert!(bad.is_empty(), "{} differ:\n{}", bad.len(), bad.join("\n"));
    say_line(format!(
        "maps_kernel: {runs} ring buffer sequences of 6 operations (output, reserve, query) agree with the live kernel (seed {:#x})",
        common::seed(0x7269_6e67)
    ));
}

/// `bpf_map_lookup_percpu_elem` on PERCPU_ARRAY and PERCPU_HASH (the hash given key 1 by
/// the program first): found or not, for CPU 0, CPUs at and past `nr_cpu_ids`, keys in and
/// out of the map. (Another existing CPU's value traps in the VM: it holds CPU 0's only.)
#[test]
fn percpu_lookups_find_what_the_kernels_find() {
    if let Err(u) = kernel::availability() {
        use std::io::Write;
        let _ = std::io::stderr().write_all(
            format!("SKIPPED percpu_lookups_find_what_the_kernels_find: {u}\n").as_bytes(),
        );
        return;
    }
    let profile = kernel::host_profile().expect("host profile");
    let cpus = profile.cpus().expect("the running kernel's CPU count");
    let mut runs = 0;
    for ty in ["percpu_array", "percpu_hash"] {
        for cpu in [0, cpus, cpus + 1, u32::MAX] {
            for key in [0u32, 1, 7] {
                let src = format!(
                    ".skmap m, type={ty}, key=4, value=8, max_entries=4
    r1 = 1
    *(u32 *)(r10 - 4) = r1
    r1 = 0x77
    *(u64 *)(r10 - 16) = r1
    r1 = m ll
    r2 = r10
    r2 += -4
    r3 = r10
    r3 += -16
    r4 = 0
    call 2
    r1 = {key}
    *(u32 *)(r10 - 4) = r1
    r1 = m ll
    r2 = r10
    r2 += -4
    r3 = {cpu} ll
    call 195
    if r0 == 0 goto out
    r0 = 1
out:
    exit
"
                );
                let p = speccase::corpus::prepare(&src, "percpu.s").expect("assembles");
                let m = &p.maps[0];
                let spec =
                    kernel::MapSpec::new(m.map_type, m.key_size, m.value_size, m.max_entries);
                let kmap = kernel::Map::create(&spec).expect("map");
                let bind: Vec<_> = p.map_refs.iter().map(|(s, _)| (*s, &kmap)).collect();
                let prog = load_socket_filter(&p, &bind, "");
                let kernel = kernel::test_run_data(&prog, &[0u8; 64])
                    .expect("run")
                    .retval;
                let mut world = vm_world(&p);
                let ours = Program::unverified("percpu", &p.insns, &p.map_refs);
                let tuple = "tcp 10.0.0.1:1 -> 10.0.0.2:2".parse().expect("tuple");
                let o = common::run_both(&[ours], &tuple, &mut world, &RunOptions::new(profile))
                    .expect("no trap");
                assert_eq!(Some(o.retval as u32), kernel, "{ty} key {key} cpu {cpu}");
                runs += 1;
            }
        }
    }
    say_line(format!(
        "maps_kernel: {runs} bpf_map_lookup_percpu_elem calls find what the live kernel finds ({cpus} CPUs)"
    ));
}

/// A value layout for [`spin_lock_program`]: the `struct bpf_spin_lock`'s offset, a u32
/// counter's, a u64 sum's, the value's size.
const LOCK_LAYOUTS: [(u32, u32, u32, u32); 3] = [(0, 4, 8, 16), (8, 0, 16, 24), (20, 16, 8, 24)];

/// An SK_LOOKUP program that finds key 0 of `m` (a HASH map first gets it with
/// `BPF_NOEXIST`, then `update_flags`: `BPF_F_LOCK` (4) copies a value under the lock;
/// the value's bytes are all 0x01, the lock's too, which no copy writes),
/// takes the value's spin lock, adds one to the counter and the lookup's local port to the
/// sum, releases the lock and returns the counter's low bit.
fn spin_lock_program(
    ty: &str,
    (lock, hits, sum, size): (u32, u32, u32, u32),
    update_flags: u32,
) -> speccase::corpus::Prepared {
    let insert = if ty == "hash" {
        format!(
            "    r1 = 0x0101010101010101 ll
    *(u64 *)(r10 - 32) = r1
    *(u64 *)(r10 - 24) = r1
    *(u64 *)(r10 - 16) = r1
    r1 = m ll
    r2 = r10
    r2 += -4
    r3 = r10
    r3 += -32
    r4 = {update_flags}
    call 2
    r8 = r0
"
        )
    } else {
        "    r8 = 0\n".to_string()
    };
    let src = format!(
        ".skmap m, type={ty}, key=4, value={size}, max_entries=2
    r6 = r1
    r1 = 0
    *(u32 *)(r10 - 4) = r1
{insert}    r1 = m ll
    r2 = r10
    r2 += -4
    call 1
    if r0 == 0 goto out
    r7 = r0
    r1 = r7
    r1 += {lock}
    call 93
    r1 = *(u32 *)(r7 + {hits})
    r1 += 1
    *(u32 *)(r7 + {hits}) = r1
    r2 = *(u32 *)(r6 + 60)
    r1 = *(u64 *)(r7 + {sum})
    r1 += r2
    *(u64 *)(r7 + {sum}) = r1
    r1 = r7
    r1 += {lock}
    call 94
    r0 = *(u32 *)(r7 + {hits})
    r0 &= 1
    if r8 == 0 goto out
    if r8 == -17 goto out
    r0 = 0
out:
    exit
"
    );
    speccase::corpus::prepare(&src, "spin_lock.s").expect("assembles")
}

/// `bpf_spin_lock`/`bpf_spin_unlock` around updates of a map value, in ARRAY and HASH maps
/// created with BTF placing the lock (the kernel refuses the helpers otherwise): each test
/// run's verdict, and the value after the runs (the lock word reads 0 through the syscall;
/// the VM never writes it), must be the kernel's.
#[test]
fn spin_locked_updates_give_the_kernels_values() {
    if let Err(u) = kernel::availability() {
        use std::io::Write;
        let _ = std::io::stderr().write_all(
            format!("SKIPPED spin_locked_updates_give_the_kernels_values: {u}\n").as_bytes(),
        );
        return;
    }
    let ports = [80u16, 443, 53, 8080, 1];
    let mut runs = 0;
    for ty in ["array", "hash"] {
        for layout in LOCK_LAYOUTS {
            for update_flags in [0u32, 4] {
                if ty == "array" && update_flags != 0 {
                    continue;
                }
                let p = spin_lock_program(ty, layout, update_flags);
                let m = &p.maps[0];
                let spec =
                    kernel::MapSpec::new(m.map_type, m.key_size, m.value_size, m.max_entries)
                        .with_spin_lock(layout.0);
                let kmap = kernel::Map::create(&spec).expect("map with a spin lock");
                let bind: Vec<_> = p.map_refs.iter().map(|(s, _)| (*s, &kmap)).collect();
                let loaded =
                    kernel::load(&p.insns, &bind, &kernel::LoadOptions::default()).expect("load");
                let what = format!("{ty} layout {layout:?} update flags {update_flags}");
                let prog = loaded
                    .program
                    .unwrap_or_else(|| panic!("the kernel rejects {what}:\n{}", loaded.log));
                let mut world = vm_world(&p);
                world.set_spin_lock(0, layout.0).expect("lock in the value");
                let ours = Program::unverified("spin", &p.insns, &p.map_refs);
                let opts = RunOptions::new(common::host_profile());
                for port in ports {
                    let tuple = format!("tcp 10.0.0.1:4242 -> 192.0.2.10:{port}")
                        .parse()
                        .expect("tuple");
                    let k = kernel::test_run(&prog, &tuple, 1, None).expect("test run");
                    let o =
                        common::run_both(std::slice::from_ref(&ours), &tuple, &mut world, &opts)
                            .expect("no trap");
                    assert_eq!(Some(o.retval as u32), k.retval, "{what}, port {port}");
                    runs += 1;
                }
                let key = 0u32.to_le_bytes();
                let kernel_value = kmap.lookup(&key).expect("lookup");
                let vm_value = match world.maps[0].lookup(&key) {
                    Some(vm::Found::Cell(c)) => world.cell(c).map(<[u8]>::to_vec),
                    _ => None,
                };
                assert_eq!(vm_value, kernel_value, "{what}: the value after the runs");
            }
        }
    }
    say_line(format!(
        "maps_kernel: {runs} spin-locked test runs (ARRAY and HASH, 3 lock offsets, BPF_F_LOCK updates) give the live kernel's verdicts and values"
    ));
}

/// The tests above inside each cached kernel image (Debian 6.1 and 6.12): the interpreter
/// and the jit against those kernels too.
#[test]
fn maps_kernel_tests_pass_in_each_kernel_image() {
    common::passes_in_each_kernel_image_with(
        "vm/maps_kernel",
        "maps_kernel_tests_pass_in_each_kernel_image",
        &["maps_kernel:"],
        &[("VM_MAP_SEQUENCES", "40"), ("VM_RING_SEQUENCES", "10")],
    );
}

/// Writes one line to stderr past libtest's capture (which keeps `eprintln!` output of a
/// passing test), so that the test's summary shows in `cargo test`'s output.
fn say_line(line: impl std::fmt::Display) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "{line}");
}
