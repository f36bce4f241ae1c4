//! `bpf_snprintf`'s format check (`check_bpf_snprintf_call`, `bpf_bprintf_prepare`) against
//! the live kernel: directed formats (the conversions, flags and widths, what changed between
//! releases: UTF-8 text, the character after `%p`) and seeded generated ones (`FMTSTR_SEED`,
//! `FMTSTR_CASES`, 300 by default), each in a frozen read-only ARRAY (as libbpf makes
//! `.rodata`), passed to `bpf_snprintf` with 0 to 16 arguments, some values without a NUL.
//! Our verifier's verdict (message, instruction, errno, processed count) must be the
//! kernel's. Inside each cached kernel image with `FMTSTR_IMAGES=1` (about 25 s for both: the
//! spec corpus's `strings.s` runs in the images by default, these 337 formats only on request).
#![cfg(target_os = "linux")]

mod common;

use isa::RawInsn;
use skctx::bprintf::{self, FormatRules};
use skctx::Privilege;
use verifier::{verify, MapInfo};

/// Formats that tell the releases' rules apart, and one of each conversion, each with its
/// argument count.
const DIRECTED: [(&[u8], u64); 37] = [
    (b"port %u", 1),
    (b"port %u %u", 1),
    (b"%pI4:%u->%u", 3),
    (b"%d %i %u %x %X", 5),
    (b"%ld %lld %llu %lu %lx %llX", 6),
    (b"%lllu", 1),
    (b"%hd", 1),
    (b"%f", 1),
    (b"%c%s", 2),
    (b"%s.", 1),
    (b"%sx", 1),
    (b"%p", 1),
    (b"%pK %px %ps %pS %pB", 5),
    (b"%pks %pus", 2),
    (b"%pks1", 1),
    (b"%pI6 %pi6 %pi4", 3),
    (b"%pI5", 1),
    (b"%pq", 1),
    (b"%p%d", 1),
    (b"%p%%", 1),
    (b"%p%%%u", 1),
    (b"%p%", 1),
    (b"%p.%d", 2),
    (b"%p %d", 2),
    (b"%-08d|%+5u|% x|%012llx", 4),
    (b"100%%", 0),
    (b"%", 1),
    (b"tab\there\n", 0),
    (b"bell\x07", 0),
    (b"del\x7f", 0),
    (b"caf\xc3\xa9 %u", 1),
    (b"%\xc3\xa9", 1),
    (b"%p\xa1%u", 2),
    (b"%s\xa1", 1),
    (b"\xa0%u", 1),
    (b"%5\xa1", 1),
    (b"%pk", 1),
];

/// Pieces the generator strings together.
const CONVERSIONS: [&str; 40] = [
    "d", "i", "u", "x", "X", "ld", "li", "lu", "lx", "lld", "llu", "llx", "llX", "c", "s", "p",
    "pK", "px", "ps", "pS", "pB", "pks", "pus", "pI4", "pi4", "pI6", "pi6", "%",
    // refused
    "q", "f", "hd", "lllu", "pI", "pi5", "pk", "pu", "n", "z", "lc", "pE",
];

const FLAGS: [&str; 6] = ["", "0", "-", "+", " ", "-0"];

/// The largest argument count tried: past `bprintf::MAX_ARGS`, which only the helper checks.
const MAX_TRIED: u64 = 16;

fn text_byte(rng: &mut common::Rng) -> u8 {
    match rng.below(20) {
        0 => rng.pick(&[0x01, 0x07, 0x1b, 0x7f, b'\t', b'\n', b'\r', 0x0b, 0x0c]),
        1 => 0x80 + rng.below(0x80) as u8,
        2 => rng.pick(b".:- (%"),
        _ => b'a' + rng.below(26) as u8,
    }
}

/// One generated format (without its NUL).
fn generate(rng: &mut common::Rng) -> Vec<u8> {
    let mut out = Vec::new();
    for _ in 0..1 + rng.below(5) {
        for _ in 0..rng.below(4) {
            out.push(text_byte(rng));
        }
        out.push(b'%');
        out.extend(rng.pick(&FLAGS).bytes());
        if rng.chance(25) {
            out.extend((1 + rng.below(30)).to_string().bytes());
        }
        out.extend(rng.pick(&CONVERSIONS).bytes());
        if rng.chance(30) {
            out.push(text_byte(rng));
        }
    }
    out
}

/// `bpf_snprintf(out, 16, fmt, data, n * 8)` with `fmt` the value of the map at slot 4 and
/// `data` 128 bytes of the stack (NULL when `n` is 0), then `return SK_PASS`.
fn program(n: u64) -> Vec<RawInsn> {
    let data = if n == 0 {
        "r4 = 0"
    } else {
        "r4 = r10\nr4 += -144"
    };
    let source = format!(
        ".skmap fmt, type=array, key=4, value=8, max_entries=1, flags=0x80\n\t.text\nprog:\n\
         r1 = r10\nr1 += -16\nr2 = 16\nr3 = fmt ll\n{data}\nr5 = {}\ncall 165\nr0 = 1\nexit\n",
        n * 8
    );
    let mut insns = speccase::corpus::prepare(&source, "fmtstr.s")
        .expect("the program assembles")
        .insns;
    insns[FMT_SLOT].src = isa::table::ld_imm_row(isa::LdImmKind::MapValue).src;
    insns
}

const FMT_SLOT: usize = 3;

/// The kernel's and our verdict on `value` as the format with `n` arguments: `Ok(true)`
/// agree, `Ok(false)` ours unsupported, `Err` a disagreement.
fn judge(value: &[u8], n: u64, profile: skctx::KernelProfile) -> (Result<bool, String>, bool) {
    use std::os::fd::{AsFd as _, AsRawFd as _};
    let spec = kernel::MapSpec::new(kernel::MapType::from_id(2), 4, value.len() as u32, 1)
        .with_flags(MapInfo::RDONLY_PROG);
    let map = kernel::Map::create_frozen(&spec, value).expect("the frozen map is created");
    let mut insns = program(n);
    let ours = verify(
        &insns,
        &[MapInfo {
            slot: FMT_SLOT,
            id: 0,
            map_type: 2,
            key_size: 4,
            value_size: value.len() as u32,
            max_entries: 1,
            flags: MapInfo::RDONLY_PROG,
            frozen: Some(value.into()),
            ..Default::default()
        }],
        profile,
        Privilege::Root,
        true,
    );
    insns[FMT_SLOT].imm = map.as_fd().as_raw_fd();
    let opts = kernel::LoadOptions {
        stats: true,
        ..Default::default()
    };
    let out = kernel::load(&insns, &[], &opts).expect("BPF_PROG_LOAD runs");
    let format_verdict = out.accepted()
        || out
            .message()
            .is_some_and(|m| m.lines().last() == Some("Invalid format string"));
    (
        common::judge(&ours, &out, false),
        format_verdict && out.accepted(),
    )
}

/// The rule sets `bpf_bprintf_prepare` has had, for the tally of which one a kernel follows.
const RULES: [FormatRules; 4] = [
    FormatRules {
        utf8_text: false,
        p_keeps_next: false,
    },
    FormatRules {
        utf8_text: false,
        p_keeps_next: true,
    },
    FormatRules {
        utf8_text: true,
        p_keeps_next: false,
    },
    FormatRules {
        utf8_text: true,
        p_keeps_next: true,
    },
];

#[test]
fn snprintf_formats_agree_with_the_live_kernel() {
    if let Err(u) = kernel::availability() {
        common::say(format!("SKIPPED fmtstr_kernel: {u}"));
        return;
    }
    let profile = common::running_profile();
    let snprintf = skctx::helper_by_name("snprintf").expect("in the table");
    if !snprintf.offered(profile, Privilege::Root) {
        common::say(format!(
            "SKIPPED fmtstr_kernel: {profile} offers no bpf_snprintf"
        ));
        return;
    }
    let seed = std::env::var("FMTSTR_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_f0f0_u64);
    let count: usize = std::env::var("FMTSTR_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(300);
    let mut rng = common::Rng::new(seed);
    let mut cases: Vec<(Vec<u8>, u64)> = DIRECTED.iter().map(|&(f, n)| (f.to_vec(), n)).collect();
    for _ in 0..count {
        cases.push((generate(&mut rng), rng.below(MAX_TRIED + 1)));
    }
    let (mut agree, mut unsupported, mut failures) = (0, 0, Vec::new());
    let mut rule_hits = [0usize; 4];
    let (mut accepted, mut judged) = (0, 0);
    for (k, (text, n)) in cases.iter().enumerate() {
        let mut value = text.clone();
        // Every 16th generated value has no NUL.
        if k < DIRECTED.len() || k % 16 != 0 {
            value.push(0);
            value.resize(value.len() + rng.below(4) as usize, b'Z');
        }
        let (verdict, kernel_accepts) = judge(&value, *n, profile);
        match verdict {
            Ok(true) => agree += 1,
            Ok(false) => unsupported += 1,
            Err(e) => failures.push(format!(
                "{:?} with {n} arguments: {e}",
                String::from_utf8_lossy(text)
            )),
        }
        if value.contains(&0) {
            judged += 1;
            accepted += usize::from(kernel_accepts);
            for (hit, rules) in rule_hits.iter_mut().zip(RULES) {
                *hit +=
                    usize::from(bprintf::check(&value, *n as u32, rules).is_ok() == kernel_accepts);
            }
        }
    }
    common::say(format!(
        "fmtstr_kernel on {profile}: {} formats (seed {seed:#x}), {agree} agree, {unsupported} unsupported, {} disagree; {accepted} of {judged} terminated ones accepted; rules (utf8_text, p_keeps_next) matching the kernel: {}",
        cases.len(),
        failures.len(),
        RULES
            .iter()
            .zip(rule_hits)
            .map(|(r, h)| format!("({}, {}) {h}", r.utf8_text, r.p_keeps_next))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn snprintf_formats_agree_inside_each_image() {
    common::opt_in_image_run(
        "FMTSTR_IMAGES",
        "fmtstr_kernel",
        "snprintf_formats_agree_with_the_live_kernel",
        "FMTSTR_SEED",
        "boots each cached image, about 25 s",
    );
}
