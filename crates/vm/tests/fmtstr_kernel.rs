//! `bpf_snprintf`, `bpf_trace_vprintk` and `bpf_trace_printk` in the VM against the live kernel: seeded formats
//! (`FMTSTR_SEED`, `FMTSTR_RUNS`, 200 by default) of every conversion the VM prints (`%d %i
//! %u %x %X` with `l`/`ll`, flags and widths, `%c`, `%s`, `%pks`, `%pus`, `%pI4 %pi4 %pI6
//! %pi6`, `%%`), with integers, strings and addresses on the stack, some formats refused and
//! some argument counts wrong, in a frozen read-only ARRAY as libbpf makes `.rodata`. Each
//! program formats into a 64-byte stack buffer of a random size and returns a hash of the
//! helper's result and the buffer's bytes (`BPF_PROG_TYPE_SOCKET_FILTER`, whose test run
//! returns R0; the helpers are `bpf_base_func_proto`'s for every program type): the
//! interpreter, the JIT and the kernel must return the same. The trace helpers' text goes
//! to the trace pipe, which is not read: only its result is compared. Inside each cached
//! kernel image with `FMTSTR_IMAGES=1` (about 30 s for both).
#![forbid(unsafe_code)]
#![cfg(target_os = "linux")]

mod common;

use common::Rng;

use skctx::MapType;
use vm::{MapDef, Program, RunOptions, World};

/// An argument: an integer, or the address of one of the stack's strings and addresses.
#[derive(Clone, Copy)]
enum Arg {
    Int(u64),
    /// `fp-200`: "hello, world" and its NUL.
    Text,
    /// `fp-216`: 16 bytes, an IPv4 address in the first four.
    Addr,
    /// An address no program memory is at.
    Bad,
}

const CONVERSIONS: [&str; 27] = [
    "d", "i", "u", "x", "X", "ld", "lu", "lx", "lld", "llu", "llX", "li", "c", "s", "pks", "pus",
    "pI4", "pi4", "pI6", "pi6", "%", "q", "lllu", "pI5", "hd", "f", "pk",
];

/// Formats of addresses and strings, and cases the generator found, each with its
/// arguments and buffer size.
const DIRECTED: [(&[u8], &[Arg], u32); 22] = [
    (b"%5s%pI4|", &[Arg::Text, Arg::Addr], 2),
    (b"%5s%pI4|%c", &[Arg::Text, Arg::Addr, Arg::Int(65)], 2),
    (b"%5s%pI4|%ld", &[Arg::Text, Arg::Addr, Arg::Int(5)], 2),
    (b"%5s%pI4|%d", &[Arg::Text, Arg::Addr, Arg::Int(5)], 2),
    (b"%5s%pI4|%d", &[Arg::Text, Arg::Addr, Arg::Int(5)], 64),
    (b"%5s%pI4|%s", &[Arg::Text, Arg::Addr, Arg::Text], 2),
    (b"%pI4x1.", &[Arg::Addr], 64),
    (b"%pI4\xc3\xa9", &[Arg::Addr], 64),
    (b"%pI4", &[Arg::Addr], 64),
    (b"%20pI4|", &[Arg::Addr], 64),
    (b"%-20pI4|", &[Arg::Addr], 64),
    (b"%pi4", &[Arg::Addr], 64),
    (b"%pI6", &[Arg::Addr], 64),
    (b"%pi6", &[Arg::Addr], 64),
    (b"%40pI6|", &[Arg::Addr], 64),
    (b"%s|%pks", &[Arg::Text, Arg::Text], 64),
    (b"%012s|", &[Arg::Text], 64),
    (b"%012s|", &[Arg::Bad], 64),
    (b"%-09llXaa", &[Arg::Int(0x1234)], 64),
    (b"%pI4|%ld", &[Arg::Addr, Arg::Int(5)], 2),
    (
        b"%012s%0pI4x|a%-0ld",
        &[Arg::Bad, Arg::Addr, Arg::Int(5)],
        2,
    ),
    (
        b"|: %-09llXaa %012s%0pI4x|a%-0ld",
        &[
            Arg::Int(0x1234_5678_9abc),
            Arg::Text,
            Arg::Addr,
            Arg::Int(77),
        ],
        16,
    ),
];

const FLAGS: [&str; 6] = ["", "0", "-", "+", " ", "-0"];

/// A format (no NUL) and its arguments.
fn generate(rng: &mut Rng) -> (Vec<u8>, Vec<Arg>) {
    let (mut fmt, mut args) = (Vec::new(), Vec::new());
    for _ in 0..1 + rng.below(4) {
        for _ in 0..rng.below(4) {
            fmt.push(rng.pick(b"ab :.-|x"));
        }
        let conv = rng.pick(&CONVERSIONS);
        fmt.push(b'%');
        if conv != "%" {
            fmt.extend(rng.pick(&FLAGS).bytes());
            if rng.below(3) == 0 {
                fmt.extend((1 + rng.below(20)).to_string().bytes());
            }
        }
        fmt.extend(conv.bytes());
        let arg = match conv {
            "%" => continue,
            "s" | "pks" | "pus" if rng.below(6) == 0 => Arg::Bad,
            "s" | "pks" | "pus" => Arg::Text,
            c if c.starts_with("pI") || c.starts_with("pi") => {
                if rng.below(6) == 0 {
                    Arg::Bad
                } else {
                    Arg::Addr
                }
            }
            _ => Arg::Int(match rng.below(4) {
                0 => rng.below(100),
                1 => rng.next(),
                2 => (rng.below(1000) as i64 - 500) as u64,
                _ => u64::from(rng.next() as u32 | 0x8000_0000),
            }),
        };
        args.push(arg);
    }
    // Now and then one argument too few or too many.
    match rng.below(10) {
        0 => {
            args.pop();
        }
        1 => args.push(Arg::Int(7)),
        _ => {}
    }
    (fmt, args)
}

/// Stores `v` at `fp+off` as two 32-bit halves.
fn store64(off: i32, v: u64) -> String {
    format!(
        "r1 = {lo}\n*(u32 *)(r10 {off}) = r1\nr1 = {hi}\n*(u32 *)(r10 {off4}) = r1\n",
        lo = v as u32 as i32,
        hi = (v >> 32) as u32 as i32,
        off4 = off + 4
    )
}

/// The program: the stack's buffer, strings and arguments written, the format looked up,
/// the helper called (`vprintk`: `bpf_trace_vprintk` with the format's size, or with
/// `size` 0 and at most three arguments `bpf_trace_printk` with them in R3–R5; else
/// `bpf_snprintf` into `size` bytes), then R0 = the result hashed with the buffer's bytes.
fn program(args: &[Arg], fmt_len: usize, size: u32, vprintk: bool) -> speccase::corpus::Prepared {
    let mut s =
        String::from(".skmap fmt, type=array, key=4, value=128, max_entries=1, flags=0x80\n");
    for k in 0..8 {
        s += &store64(-64 + 8 * k, 0);
    }
    for k in 0..3 {
        s += &store64(-160 + 8 * k, 0);
    }
    for (k, chunk) in b"hello, world\0\0\0\0".chunks(8).enumerate() {
        s += &store64(
            -200 + 8 * k as i32,
            u64::from_le_bytes(chunk.try_into().unwrap()),
        );
    }
    s += &store64(-216, 0x0100_007f_u64 | 0x2001_0db8 << 32);
    s += &store64(-208, 0x0000_0000_0000_0001);
    for (k, a) in args.iter().enumerate() {
        let off = -160 + 8 * k as i32;
        s += &match a {
            Arg::Int(v) => store64(off, *v),
            Arg::Bad => store64(off, 0x10),
            Arg::Text | Arg::Addr => {
                let at = if matches!(a, Arg::Text) { -200 } else { -216 };
                format!("r1 = r10\nr1 += {at}\n*(u64 *)(r10 {off}) = r1\n")
            }
        };
    }
    s += "r1 = 0\n*(u32 *)(r10 - 164) = r1\nr2 = r10\nr2 += -164\nr1 = fmt ll\ncall 1\nif r0 == 0 goto fail\n";
    let data = if args.is_empty() {
        "r4 = 0\n".to_string()
    } else {
        "r4 = r10\nr4 += -160\n".into()
    };
    if vprintk && size == 0 && args.len() <= 3 {
        s += &format!(
            "r1 = r0\nr2 = {}\nr3 = *(u64 *)(r10 - 160)\nr4 = *(u64 *)(r10 - 152)\nr5 = *(u64 *)(r10 - 144)\ncall 6\n",
            fmt_len + 1
        );
    } else if vprintk {
        s += &format!(
            "r1 = r0\nr2 = {}\n{}r3 = r4\nr4 = {}\ncall 177\n",
            fmt_len + 1,
            data,
            args.len() * 8
        );
    } else {
        s += &format!(
            "r3 = r0\nr1 = r10\nr1 += -64\nr2 = {size}\n{data}r5 = {}\ncall 165\n",
            args.len() * 8
        );
    }
    s += "r6 = r0\n";
    for k in 0..64 {
        s += &format!("r1 = *(u8 *)(r10 {})\nr6 *= 31\nr6 += r1\n", -64 + k);
    }
    s += "r0 = r6\nexit\nfail:\nr0 = 0\nexit\n";
    speccase::corpus::prepare(&s, "fmtstr.s").expect("the program assembles")
}

fn vm_run(p: &speccase::corpus::Prepared, value: &[u8]) -> Result<u32, String> {
    let m = &p.maps[0];
    let mut world = World::new();
    let def = MapDef {
        map_type: MapType::Array,
        key_size: m.key_size,
        value_size: m.value_size,
        max_entries: m.max_entries,
        flags: m.flags,
    };
    let id = world.add_map(&m.name, def).expect("vm map");
    let mut v = value.to_vec();
    v.resize(m.value_size as usize, 0);
    world
        .put_entry(id, &0u32.to_le_bytes(), &skctx::EntryValue::Bytes(v))
        .expect("the format is stored");
    let prog = Program::unverified("fmt", &p.insns, &p.map_refs);
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

#[test]
fn formatted_output_agrees_with_the_live_kernel() {
    if let Err(u) = kernel::availability() {
        say_line(format!("SKIPPED fmtstr_kernel: {u}"));
        return;
    }
    let seed = std::env::var("FMTSTR_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0xf0f0_5eed_u64);
    let runs: usize = std::env::var("FMTSTR_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(200);
    assert!(
        seed != 0,
        "FMTSTR_SEED must be non-zero (xorshift has no zero state)"
    );
    let mut rng = Rng(seed);
    let (mut agree, mut refused, mut unpredictable, mut failures) = (0, 0, 0, Vec::new());
    let directed = DIRECTED
        .iter()
        .map(|&(f, a, size)| (f.to_vec(), a.to_vec(), false, size));
    let generated = (0..runs).map(|_| {
        let (fmt, args) = generate(&mut rng);
        let vprintk = rng.below(4) == 0;
        (fmt, args, vprintk, rng.pick(&[0, 1, 5, 16, 64]))
    });
    let cases: Vec<_> = directed.chain(generated).collect();
    for (fmt, args, vprintk, size) in cases {
        let p = program(&args, fmt.len(), size, vprintk);
        let mut value = fmt.clone();
        value.push(0);
        let kernel = common::kernel_run_frozen(&p, &value);
        let ours = vm_run(&p, &value);
        let what = format!(
            "{} {:?} with {} arguments, size {size}",
            if vprintk && size == 0 && args.len() <= 3 {
                "bpf_trace_printk"
            } else if vprintk {
                "bpf_trace_vprintk"
            } else {
                "bpf_snprintf"
            },
            String::from_utf8_lossy(&fmt),
            args.len()
        );
        let rules = common::host_profile().bprintf_rules();
        match (&kernel, &ours) {
            (Ok(k), Ok(o)) if k == o => agree += 1,
            // What the kernel prints depends on its buffer's old bytes: the VM traps.
            (Ok(_), Err(e)) if e.contains("left uninitialised") => unpredictable += 1,
            // The verifier's format check: ours refuses it too.
            (Err(e), _)
                if e.ends_with("Invalid format string")
                    && skctx::bprintf::check(&value, args.len() as u32, rules).is_err() =>
            {
                refused += 1
            }
            _ => failures.push(format!("{what}: kernel {kernel:?}, vm {ours:?}")),
        }
    }
    say_line(format!(
        "fmtstr_kernel: {} formats ({} directed, seed {seed:#x}): interp, jit and the kernel agree on {agree}, {refused} refused by the kernel's verifier and skctx::bprintf::check, {unpredictable} read bytes the kernel left uninitialised (the VM traps), {} disagree",
        DIRECTED.len() + runs,
        DIRECTED.len(),
        failures.len()
    ));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn formatted_output_agrees_inside_each_kernel_image() {
    if std::env::var_os("FMTSTR_IMAGES").is_none_or(|v| v != "1") {
        say_line("SKIPPED vm/fmtstr_kernel images: set FMTSTR_IMAGES=1 (boots each cached image, about 30 s)");
        return;
    }
    common::passes_in_each_kernel_image(
        "vm/fmtstr_kernel",
        "formatted_output_agrees_inside_each_kernel_image",
        &["fmtstr_kernel"],
    );
}

fn say_line(line: impl std::fmt::Display) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{line}");
}
