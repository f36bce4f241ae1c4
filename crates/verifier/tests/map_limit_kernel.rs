//! The maps-per-program limit (`MAX_USED_MAPS`) against the live kernel: programs naming
//! 63 to 66 distinct maps, some named twice, and maps named again after the limit; the
//! verdict, errno and message of `verify` are the kernel's for each. Without a usable kernel:
//! `SKIPPED map_limit_kernel: <reason>`.
#![cfg(target_os = "linux")]

mod common;

use isa::{AluOp, Insn, LdImmKind, Operand, RawInsn, Reg, Width};
use kernel::{Map, MapSpec};
use skctx::limits::MAX_USED_MAPS;
use skctx::{MapType, Privilege};
use verifier::{verify, MapInfo, Refusal};

/// A program loading the address of `maps[id]` for each id of `names` in turn, then
/// returning 1; the instructions as the loader passes them and the references.
fn program(names: &[usize]) -> (Vec<RawInsn>, Vec<MapInfo>) {
    let r1 = Reg::new(1).expect("r1");
    let mut insns = Vec::new();
    let mut infos = Vec::new();
    for &id in names {
        let slot = insns.len();
        let ld = Insn::LdImm64 {
            dst: r1,
            kind: LdImmKind::MapFd,
            imm: 0,
            imm_hi: 0,
        };
        insns.extend(ld.encode());
        infos.push(MapInfo {
            slot,
            id,
            map_type: MapType::Array.id(),
            key_size: 4,
            value_size: 8,
            max_entries: 1,
            flags: 0,
            frozen: None,
            ..Default::default()
        });
    }
    let ret = Insn::Alu {
        op: AluOp::Mov,
        width: Width::W64,
        dst: Reg::new(0).expect("r0"),
        src: Operand::Imm(1),
    };
    insns.extend(ret.encode());
    insns.extend(Insn::Exit.encode());
    (insns, infos)
}

/// The map lists of the programs: `n` distinct maps, with the first and the last named
/// again.
fn shapes() -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    for n in MAX_USED_MAPS - 1..=MAX_USED_MAPS + 2 {
        let distinct: Vec<usize> = (0..n).collect();
        out.push(distinct.clone());
        let mut again = vec![0];
        again.extend(distinct.iter().copied());
        again.push(n - 1);
        again.push(0);
        out.push(again);
    }
    out
}

#[test]
fn map_limit_matches_the_live_kernel() {
    if let Err(u) = kernel::availability() {
        common::say(format!("SKIPPED map_limit_kernel: {u}"));
        return;
    }
    let profile = kernel::host_profile().expect("the host probe answers");
    let maps: Vec<Map> = (0..MAX_USED_MAPS + 2)
        .map(|_| Map::create(&MapSpec::new(MapType::Array, 4, 8, 1)).expect("array map"))
        .collect();
    let opts = kernel::LoadOptions::default();
    let mut failures = Vec::new();
    for names in shapes() {
        let (insns, infos) = program(&names);
        let bound: Vec<(usize, &Map)> = infos.iter().map(|m| (m.slot, &maps[m.id])).collect();
        let out = kernel::load(&insns, &bound, &opts).expect("BPF_PROG_LOAD runs");
        let ours = verify(&insns, &infos, profile, Privilege::Root, true);
        let distinct = infos.iter().map(|m| m.id).max().map_or(0, |m| m + 1);
        let agree = match (&ours, out.accepted()) {
            (Ok(_), true) => true,
            (Err(Refusal::Rejected(r)), false) => {
                Some(r.errno) == out.errno.map(|e| e.0)
                    && out.message().is_some_and(|m| m.contains(&r.kernel_message))
            }
            _ => false,
        };
        if !agree {
            failures.push(format!(
                "{distinct} distinct maps in {} references: ours {ours:?}, kernel {} {:?} `{}`",
                names.len(),
                if out.accepted() { "accepts" } else { "rejects" },
                out.errno,
                out.message().unwrap_or_default()
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// A program whose two paths load the address of `first` and of `second` from two
/// `ld_imm64`s, then meet before a lookup: the kernel compares `map_ptr`s by the map, so
/// the second path is pruned at the meeting point only when both name one map.
fn two_paths(first: &str, second: &str) -> speccase::corpus::Prepared {
    let text = format!(
        "
.skmap arr, type=array, key=4, value=8, max_entries=1
.skmap arr2, type=array, key=4, value=8, max_entries=1
    r6 = *(u32 *)(r1 + 12)
    r7 = 0
    *(u32 *)(r10 - 4) = r7
    if r6 > 5 goto other
    r1 = {first} ll
    goto join
other:
    r1 = {second} ll
join:
    r2 = r10
    r2 += -4
    call 1
    if r0 == 0 goto out
    r1 = *(u64 *)(r0 + 0)
    r1 += 1
    *(u64 *)(r0 + 0) = r1
out:
    r0 = 1
    exit
"
    );
    speccase::corpus::prepare(&text, "two_paths.s").expect("the program assembles")
}

#[test]
fn a_map_named_twice_prunes_as_one() {
    if let Err(u) = kernel::availability() {
        common::say(format!("SKIPPED map_limit_kernel: {u}"));
        return;
    }
    let profile = kernel::host_profile().expect("the host probe answers");
    let opts = kernel::LoadOptions::default();
    for (first, second) in [("arr", "arr"), ("arr", "arr2")] {
        let p = two_paths(first, second);
        let maps: Vec<Map> = p
            .maps
            .iter()
            .map(|_| Map::create(&MapSpec::new(MapType::Array, 4, 8, 1)).expect("array map"))
            .collect();
        let infos = common::map_infos(&p);
        let insns = common::loaded_insns(&p);
        let bound: Vec<(usize, &Map)> = infos.iter().map(|m| (m.slot, &maps[m.id])).collect();
        let out = kernel::load(&insns, &bound, &opts).expect("BPF_PROG_LOAD runs");
        assert!(out.accepted(), "the kernel accepts: {}", out.log);
        let ours = verify(&insns, &infos, profile, Privilege::Root, true).expect("we accept");
        assert_eq!(
            Some(ours.processed()),
            out.processed_insns(),
            "processed instructions with maps {first} and {second}"
        );
    }
}
