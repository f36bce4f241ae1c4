//! `bpf_for_each_map_elem` callbacks walked with BTF func_info, against the live kernel, a
//! module of `tests/callbacks_kernel.rs` (so that it runs inside the kernel images in that
//! binary's boots). Seeded programs: one map of a random type (the six whose ops iterate,
//! and two that do not) and sizes, a callback context that is NULL, a stack slot or a
//! scalar, flags 0 or 1, and a callback of a few random statements near the edges of its
//! frame (loads and stores through the key, the value and the context at offsets around
//! their sizes, the value pointer moved, its own key looked up, R5 read) returning 0, 1, 2
//! or a loaded byte. Each is loaded through `kernel::load_with_btf` (a `FUNC` per function)
//! and verified here with [`verifier::verify_with_btf`] on the probed host profile, for
//! every privilege: the same verdict, the same processed count where both accept, the same
//! rejected instruction, message and errno where both reject (`super::judge`).
//! `FOR_EACH_RANDOM=<n>` programs (default 200; inside the images
//! [`IMAGE_PROGRAMS`] unless set), `FOR_EACH_SEED=<n>` another stream.

use super::common::Rng;
use isa::RawInsn;
use kernel::{Btf, Map, MapSpec, MapType};
use skctx::{KernelProfile, Privilege};
use verifier::{verify_with_btf, Linkage, MapInfo};

macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

/// Generated programs inside each image (TCG runs the guest about 20 times slower).
pub(super) const IMAGE_PROGRAMS: usize = 120;

/// One map of a generated program.
#[derive(Debug, Clone, Copy)]
struct Shape {
    ty: skctx::MapType,
    key: u32,
    value: u32,
    flags: u32,
}

fn shape(rng: &mut Rng) -> Shape {
    use skctx::MapType as T;
    let ty = rng.pick(&[
        T::Array,
        T::PercpuArray,
        T::Hash,
        T::PercpuHash,
        T::LruHash,
        T::LruPercpuHash,
        T::SockMap,
        T::LpmTrie,
    ]);
    let value = rng.pick(&[4, 8, 12, 16, 24]);
    match ty {
        T::Array | T::PercpuArray => Shape {
            ty,
            key: 4,
            value,
            flags: 0,
        },
        T::SockMap => Shape {
            ty,
            key: 4,
            value: 8,
            flags: 0,
        },
        // BPF_F_NO_PREALLOC, which an LPM trie needs; its key a prefix length and 4 bytes.
        T::LpmTrie => Shape {
            ty,
            key: 8,
            value,
            flags: 1,
        },
        _ => Shape {
            ty,
            key: rng.pick(&[4, 8, 12]),
            value,
            flags: 0,
        },
    }
}

/// `(reg + off)` as llvm-mc reads it: a negative offset is written `(reg - n)`.
fn at(reg: &str, off: i64) -> String {
    if off < 0 {
        format!("({reg} - {})", -off)
    } else {
        format!("({reg} + {off})")
    }
}

const SIZES: [(&str, u32); 4] = [("u8", 1), ("u16", 2), ("u32", 4), ("u64", 8)];

/// One statement of the callback body: mostly accesses inside the key and the value, now
/// and then one just past them, a write to the key, a clobbering call or a read of R5.
fn statement(rng: &mut Rng, s: &Shape, out: &mut String) {
    let (sz, bytes) = rng.pick(&SIZES);
    let near = |rng: &mut Rng, limit: u32| {
        if rng.below(6) == 0 {
            // Around the end, or just before the start.
            let hi = limit as i64 + 2 - bytes as i64;
            return rng.below((hi + 3).max(1) as u64) as i64 - 2;
        }
        let room = (limit as i64 - bytes as i64).max(0) / bytes as i64 + 1;
        rng.below(room as u64) as i64 * bytes as i64
    };
    let line = match rng.below(20) {
        0..=4 => format!("r0 = *({sz} *){}", at("r2", near(rng, s.key))),
        5..=9 => format!("r0 = *({sz} *){}", at("r3", near(rng, s.value))),
        10..=12 => format!("r6 = 1\n*({sz} *){} = r6", at("r3", near(rng, s.value))),
        13 => format!("r6 = 1\n*({sz} *){} = r6", at("r2", near(rng, s.key))),
        14 | 15 => format!("r3 += {}", rng.below(s.value as u64 / 2 + 1)),
        16 | 17 => "r7 = *(u64 *)(r4 + 0)\nr7 += 1\n*(u64 *)(r4 + 0) = r7".into(),
        18 => "call 1".into(),
        _ => "if r2 != 0 goto +1\nr0 = r5".into(),
    };
    out.push_str(&line);
    out.push('\n');
}

/// The program's text and its map.
fn program(rng: &mut Rng) -> (String, Shape) {
    let s = shape(rng);
    let mut text = String::new();
    let ctx = match rng.below(10) {
        0..=3 => "r3 = 0",
        4..=8 => "r3 = r10\nr3 += -8",
        _ => "r3 = 7",
    };
    text.push_str("r1 = 0\n*(u64 *)(r10 - 8) = r1\nr1 = 0 ll\nr2 = cb ll\n");
    text.push_str(ctx);
    text.push_str(&format!(
        "\nr4 = {}\ncall 164\n",
        u8::from(rng.below(5) == 0)
    ));
    text.push_str(if rng.below(6) == 0 {
        "exit\n"
    } else {
        "r0 = 0\nexit\n"
    });
    text.push_str("cb:\n");
    for _ in 0..rng.below(4) + 1 {
        statement(rng, &s, &mut text);
    }
    let ret = rng.pick(&[
        "r0 = 0",
        "r0 = 1",
        "r0 = 0",
        "r0 = 1",
        "r0 = 2",
        "r0 = *(u8 *)(r3 + 0)\nr0 &= 1",
        "r0 = *(u8 *)(r3 + 0)",
    ]);
    text.push_str(ret);
    text.push_str("\nexit\n");
    (text, s)
}

fn assemble(body: &str) -> Vec<RawInsn> {
    let source = format!("\t.text\n\t.globl prog\nprog:\n{body}\n");
    speccase::corpus::prepare(&source, "callbacks_for_each.s")
        .expect("the program assembles")
        .insns
}

/// The slots of `r1 = 0 ll`: the map references.
fn map_slots(raw: &[RawInsn]) -> Vec<usize> {
    (0..raw.len())
        .filter(|&i| raw[i].code == 0x18 && raw[i].src == 0 && (i == 0 || raw[i - 1].code != 0x18))
        .collect()
}

/// The host profile, or why the test cannot run.
fn host() -> Result<KernelProfile, String> {
    kernel::availability().map_err(|u| u.to_string())?;
    kernel::host_profile().map_err(|e| e.to_string())
}

struct Run {
    seen: usize,
    accepted: usize,
    unsupported: usize,
    failures: Vec<String>,
}

/// Loads and verifies one generated program for every privilege.
fn check(profile: KernelProfile, text: &str, s: &Shape, run: &mut Run) {
    let raw = assemble(text);
    let starts = super::callbacks_btf::subprog_starts(&raw);
    let defs: Vec<kernel::BtfFunc> = super::callbacks_btf::funcs(&starts)
        .iter()
        .map(|f| kernel::BtfFunc {
            name: f.name.clone(),
            linkage: u16::from(f.linkage == Linkage::Global),
            proto: Default::default(),
        })
        .collect();
    let btf = Btf::load(&kernel::func_only_btf(&defs)).expect("the BTF loads");
    let map = Map::create(
        &MapSpec::new(MapType::from_id(s.ty.id()), s.key, s.value, 4).with_flags(s.flags),
    )
    .expect("the map is created");
    let slots = map_slots(&raw);
    let bound: Vec<(usize, &Map)> = slots.iter().map(|&k| (k, &map)).collect();
    let mut ours_raw = raw.clone();
    let infos: Vec<MapInfo> = slots
        .iter()
        .map(|&slot| {
            ours_raw[slot].src = 1;
            MapInfo {
                slot,
                id: 0,
                map_type: s.ty.id(),
                key_size: s.key,
                value_size: s.value,
                max_entries: 4,
                flags: s.flags,
                frozen: None,
                ..Default::default()
            }
        })
        .collect();
    for privilege in Privilege::ALL {
        let out = super::callbacks_btf::load_with_maps(&raw, &bound, &btf, &starts, privilege);
        let ours = verify_with_btf(
            &ours_raw,
            &infos,
            profile,
            privilege,
            true,
            &super::callbacks_btf::funcs(&starts),
        );
        run.seen += 1;
        run.accepted += usize::from(out.accepted());
        match super::common::judge(&ours, &out, false) {
            Ok(true) => {}
            Ok(false) => run.unsupported += 1,
            Err(e) => run.failures.push(format!(
                "{} {}/{} ({privilege}): {e}\n{text}",
                s.ty.name(),
                s.key,
                s.value
            )),
        }
    }
}

#[test]
fn for_each_map_elem_callbacks_agree_with_the_live_kernel() {
    let profile = match host() {
        Ok(p) => p,
        Err(why) => {
            say!("SKIPPED callbacks_for_each_kernel: {why}");
            return;
        }
    };
    let wanted = std::env::var("FOR_EACH_RANDOM")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(200usize);
    let seed = super::common::seed("FOR_EACH_SEED", 0x666f_725f_6561_6368);
    let mut rng = Rng::new(seed);
    let mut run = Run {
        seen: 0,
        accepted: 0,
        unsupported: 0,
        failures: Vec::new(),
    };
    for _ in 0..wanted {
        let (text, s) = program(&mut rng);
        check(profile, &text, &s, &mut run);
    }
    say!(
        "callbacks_for_each_kernel: {} loads of {wanted} generated bpf_for_each_map_elem programs (seed {seed:#x}) on {profile} ({} accepted by the kernel, {} unsupported here): {} disagree",
        run.seen,
        run.accepted,
        run.unsupported,
        run.failures.len()
    );
    assert!(run.failures.is_empty(), "{}", run.failures.join("\n"));
}
