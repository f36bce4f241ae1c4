//! `verifier::verify` against the live kernel on raw instruction bytes nobody wrote: mutants
//! of the spec corpus's programs (tests/spec/verifier and the runtime programs, loaded
//! without BTF) and random sequences of the corpus's own instructions. A mutant flips an
//! opcode (a random byte, one bit, or another instruction's opcode), a register (0 to 15),
//! an offset or an immediate (edges and neighbours), deletes or inserts a slot, truncates,
//! or splices two programs; one to three of them per program. Most mutants of an accepted
//! program still pass the structural checks and reach the walk's error paths; the others
//! land in the instruction checks and the structural refusals.
//!
//! Checked on every program we do not refuse as unsupported: the same verdict (a false
//! accept or a false reject fails the test), and where both reject the same rejected
//! instruction (when the kernel's log names one), the kernel's last message line in ours and
//! the same errno. Printed: the figures, the unsupported reasons, each disagreement with
//! the mutations that made it.
//!
//! `MUTATE_CASES=<n>` mutants and as many random sequences (default 300 each),
//! `MUTATE_SEED=<u64>`; `MUTATE_VERBOSE=1` prints every disagreement,
//! `MUTATE_SHOW_UNSUPPORTED=<text>` every program refused as unsupported for a reason with
//! that text. The same comparison
//! runs inside each cached kernel image (Debian 6.1 and 6.12, each guest modelled as its own
//! release), sampled (`MUTATE_IMAGES=<n>`, default [`IMAGE_CASES`]). Without a usable
//! kernel the test prints `SKIPPED mutate_kernel: <reason>` and returns.
#![cfg(target_os = "linux")]

mod common;
use common::Rng;

use isa::RawInsn;
use kernel::{LoadOptions, Map, MapSpec, MapType};
use skctx::Privilege;
use speccase::corpus::{prepare_case, read_corpus};
use verifier::{verify, MapInfo, Refusal};

/// A map as a program declares it: type id, key size, value size, max entries, flags.
type MapDecl = (u32, u32, u32, u32, u32);

/// A program and what it loads with: its maps, the map each `ld_imm64` binds
/// (slot, index into `maps`), privilege and license; `history` says how it was made.
#[derive(Clone)]
struct Prog {
    insns: Vec<RawInsn>,
    maps: Vec<MapDecl>,
    refs: Vec<(usize, usize)>,
    privilege: Privilege,
    gpl: bool,
    history: Vec<String>,
}

/// The programs of every spec case (each once, whatever releases its expectations name),
/// as the loader passes them.
fn seeds(root: &std::path::Path) -> Vec<Prog> {
    let (files, problems) = read_corpus(root);
    assert!(problems.is_empty(), "corpus problems: {problems:#?}");
    let mut out = Vec::new();
    for file in &files {
        for case in &file.cases {
            let p = prepare_case(case, &file.name).expect("the corpus assembles");
            let infos = common::map_infos(&p);
            let maps = (p.maps.iter())
                .map(|m| {
                    let t = m.map_type.id();
                    (t, m.key_size, m.value_size, m.max_entries, m.flags)
                })
                .collect();
            out.push(Prog {
                insns: common::loaded_insns(&p),
                maps,
                refs: infos.iter().map(|m| (m.slot, m.id)).collect(),
                privilege: case.privilege,
                gpl: skctx::license_is_gpl_compatible(&case.license),
                history: vec![format!("{}::{}", file.name, case.name)],
            });
        }
    }
    out
}

/// An offset near `off`, or at an edge.
fn offset(rng: &mut Rng, off: i16) -> i16 {
    match rng.below(6) {
        0 => off.wrapping_add(1),
        1 => off.wrapping_sub(1),
        2 => rng.pick(&[0, 1, -1, 2, -2, 4, 8, -8, 512, -512, i16::MIN, i16::MAX]),
        3 => off.wrapping_neg(),
        4 => (rng.below(16) as i16) - 8,
        _ => rng.next() as i16,
    }
}

/// An immediate near `imm`, or at an edge.
fn immediate(rng: &mut Rng, imm: i32) -> i32 {
    match rng.below(6) {
        0 => imm.wrapping_add(1),
        1 => imm.wrapping_sub(1),
        2 => rng.pick(&[
            0,
            1,
            -1,
            2,
            4,
            8,
            16,
            31,
            32,
            63,
            64,
            -512,
            512,
            i32::MIN,
            i32::MAX,
        ]),
        3 => imm.wrapping_neg(),
        4 => rng.below(212) as i32,
        _ => rng.next() as i32,
    }
}

impl Prog {
    /// Shifts the map references past `at` by `by` slots (negative: removed slots),
    /// dropping those that fall inside a removed range.
    fn shift_refs(&mut self, at: usize, by: isize) {
        self.refs.retain_mut(|(slot, _)| {
            if *slot < at {
                return true;
            }
            let moved = *slot as isize + by;
            if moved < at as isize {
                return false;
            }
            *slot = moved as usize;
            true
        });
    }

    /// One random mutation, described in `history`.
    fn mutate(&mut self, rng: &mut Rng, vocabulary: &[RawInsn], other: &Prog) {
        let n = self.insns.len();
        let i = rng.index(n);
        let before = self.insns[i];
        let what = match rng.below(12) {
            0 | 1 => {
                let code = match rng.below(3) {
                    0 => rng.next() as u8,
                    1 => before.code ^ (1 << rng.below(8)),
                    _ => rng.pick(vocabulary).code,
                };
                self.insns[i].code = code;
                format!("code {:#04x} -> {code:#04x}", before.code)
            }
            2 | 3 => {
                let r = if rng.chance(80) {
                    rng.below(11)
                } else {
                    rng.below(16)
                } as u8;
                if rng.chance(50) {
                    self.insns[i].dst = r;
                    format!("dst {} -> {r}", before.dst)
                } else {
                    self.insns[i].src = r;
                    format!("src {} -> {r}", before.src)
                }
            }
            4 | 5 => {
                self.insns[i].off = offset(rng, before.off);
                format!("off {} -> {}", before.off, self.insns[i].off)
            }
            6 | 7 => {
                self.insns[i].imm = immediate(rng, before.imm);
                format!("imm {} -> {}", before.imm, self.insns[i].imm)
            }
            8 if n > 1 => {
                let len = 1 + rng.index(n - 1);
                self.insns.truncate(len);
                self.refs.retain(|&(slot, _)| slot < len);
                return self.history.push(format!("truncate to {len}"));
            }
            9 if n > 1 => {
                self.insns.remove(i);
                self.shift_refs(i + 1, -1);
                return self.history.push(format!("delete slot {i}"));
            }
            10 => {
                let insn = rng.pick(vocabulary);
                self.insns.insert(i, insn);
                self.shift_refs(i, 1);
                return self.history.push(format!("insert {insn:?} at {i}"));
            }
            _ => return self.splice(rng, other),
        };
        self.history.push(format!("slot {i}: {what}"));
    }

    /// This program's first slots, then `other`'s last ones, with both programs' maps.
    fn splice(&mut self, rng: &mut Rng, other: &Prog) {
        let keep = 1 + rng.index(self.insns.len());
        let from = rng.index(other.insns.len());
        self.insns.truncate(keep);
        self.refs.retain(|&(slot, _)| slot < keep);
        let base = self.maps.len();
        self.maps.extend(other.maps.iter().copied());
        self.insns.extend_from_slice(&other.insns[from..]);
        let moved = (other.refs.iter())
            .filter(|&&(slot, _)| slot >= from)
            .map(|&(slot, m)| (slot - from + keep, m + base));
        self.refs.extend(moved);
        self.history.push(format!(
            "splice {keep} slots with {} from slot {from}",
            other.history[0]
        ));
    }

    /// Drops the map references a mutation broke: the loader binds a map only to an
    /// `ld_imm64` that loads a map fd. False when an `ld_imm64` is left taking an fd or an
    /// index with no map bound: which map the kernel finds there is the process's business,
    /// and `verify` is told of every map a program loads.
    fn settle(&mut self) -> bool {
        let map_fd = isa::table::ld_imm_row(isa::LdImmKind::MapFd).src;
        let len = self.insns.len();
        let insns = &self.insns;
        self.refs.retain(|&(slot, _)| {
            slot + 1 < len && insns[slot].code == isa::table::LD_IMM64 && insns[slot].src == map_fd
        });
        self.refs.sort_unstable();
        self.refs.dedup_by_key(|r| r.0);
        for &(slot, _) in &self.refs {
            self.insns[slot + 1].imm = 0;
        }
        (0..len).all(|slot| {
            let insn = self.insns[slot];
            let takes_fd = insn.code == isa::table::LD_IMM64 && matches!(insn.src, 1 | 2 | 5 | 6);
            !takes_fd || self.refs.iter().any(|r| r.0 == slot)
        })
    }
}

/// Every slot of the seeds, `ld_imm64` halves excepted: what random sequences are made of.
fn vocabulary(seeds: &[Prog]) -> Vec<RawInsn> {
    (seeds.iter().flat_map(|s| s.insns.iter().copied()))
        .filter(|i| i.code != isa::table::LD_IMM64 && i.code != 0)
        .collect()
}

/// A random sequence of the vocabulary's instructions (and the seeds' `ld_imm64`s, maps
/// bound), ending in `exit` most of the time.
fn sequence(rng: &mut Rng, seeds: &[Prog], vocabulary: &[RawInsn]) -> Prog {
    let mut p = Prog {
        insns: Vec::new(),
        maps: Vec::new(),
        refs: Vec::new(),
        privilege: rng.pick(&Privilege::ALL),
        gpl: rng.chance(90),
        history: vec!["sequence".into()],
    };
    let len = 1 + rng.index(24);
    while p.insns.len() < len {
        let s = &seeds[rng.index(seeds.len())];
        match s.refs.first() {
            Some(&(slot, m)) if rng.chance(15) => {
                p.refs.push((p.insns.len(), p.maps.len()));
                p.maps.push(s.maps[m]);
                p.insns.extend_from_slice(&s.insns[slot..slot + 2]);
            }
            _ => p.insns.push(rng.pick(vocabulary)),
        }
    }
    if rng.chance(85) {
        p.insns.push(RawInsn::new(0x95, 0, 0, 0, 0));
    }
    p
}

/// What a comparison found.
#[derive(Default)]
struct Tally {
    total: usize,
    unsupported: usize,
    accepted: usize,
    rejected: usize,
    structural: usize,
    no_map: usize,
    unbound: usize,
    reasons: std::collections::BTreeMap<String, usize>,
    failures: Vec<String>,
}

impl Tally {
    /// Loads `p` in the kernel and verifies it here, and records how they compare.
    fn compare(&mut self, p: &Prog, profile: skctx::KernelProfile) {
        if p.insns.is_empty() || p.insns.len() > 4096 {
            return;
        }
        let created: Result<Vec<Map>, _> = (p.maps.iter())
            .map(|&(t, k, v, n, f)| {
                Map::create(&MapSpec::new(MapType::from_id(t), k, v, n).with_flags(f))
            })
            .collect();
        // A seed's map this kernel lacks (its case is for later releases).
        let Ok(created) = created else {
            self.no_map += 1;
            return;
        };
        let bound: Vec<(usize, &Map)> = p.refs.iter().map(|&(s, m)| (s, &created[m])).collect();
        let opts = LoadOptions {
            license: if p.gpl { "GPL" } else { "Proprietary" }.into(),
            ..LoadOptions::default()
        }
        .with_privilege(p.privilege);
        // `call kfunc(ID)` of a modelled kfunc gets this kernel's BTF id, as a loader gives
        // it; a mutated id or a kernel without the kfunc goes in as it is (ours: unsupported).
        let insns = kernel::resolve_kfuncs(&p.insns).unwrap_or_else(|_| p.insns.clone());
        let out = kernel::load(&insns, &bound, &opts).expect("BPF_PROG_LOAD runs");
        let infos: Vec<MapInfo> = (p.refs.iter())
            .map(|&(slot, m)| {
                let (map_type, key_size, value_size, max_entries, flags) = p.maps[m];
                MapInfo {
                    slot,
                    id: m,
                    map_type,
                    key_size,
                    value_size,
                    max_entries,
                    flags,
                    frozen: None,
                    ..Default::default()
                }
            })
            .collect();
        self.total += 1;
        let ours = verify(&p.insns, &infos, profile, p.privilege, p.gpl);
        let kernel_msg = out.message().unwrap_or_default();
        let describe = || {
            let text: Vec<String> = (p.insns.iter().enumerate())
                .map(|(i, r)| format!("  {i}: {r:?}"))
                .collect();
            format!(
                "({}, gpl {}) {}\n{}",
                p.privilege,
                p.gpl,
                p.history.join("; "),
                text.join("\n")
            )
        };
        match (&ours, out.accepted()) {
            (Err(Refusal::Unsupported(why)), _) => {
                self.unsupported += 1;
                *self.reasons.entry(common::shape(why)).or_default() += 1;
                let show = std::env::var("MUTATE_SHOW_UNSUPPORTED").ok();
                if show.is_some_and(|s| why.contains(&s)) {
                    common::say(format!(
                        "unsupported `{why}`; kernel at {:?}: `{kernel_msg}`\n{}",
                        out.insn_index(),
                        describe()
                    ));
                }
            }
            (Ok(_), true) => self.accepted += 1,
            (Err(Refusal::Rejected(r)), false) => {
                self.rejected += 1;
                self.structural += usize::from(out.insn_index().is_none());
                let last = kernel_msg.lines().last().unwrap_or("");
                let pc_differs = (out.insn_index()).is_some_and(|k| r.pc.map(|p| p.0) != Some(k));
                let errno = out.errno.map(|e| e.0);
                if pc_differs || !r.kernel_message.contains(last) || errno != Some(r.errno) {
                    self.failures.push(format!(
                        "ours {r} (errno {})\n  `{}`\nkernel at {:?} (errno {errno:?}): `{kernel_msg}`\n{}",
                        r.errno,
                        r.kernel_message,
                        out.insn_index(),
                        describe()
                    ));
                }
            }
            (Ok(_), false) => self.failures.push(format!(
                "FALSE ACCEPT: kernel at {:?}: `{kernel_msg}`\n{}",
                out.insn_index(),
                describe()
            )),
            (Err(e), true) => self
                .failures
                .push(format!("false reject: {e}\n{}", describe())),
        }
    }

    fn report(&self, what: &str, profile: skctx::KernelProfile, seed: u64) {
        common::say(format!(
            "mutate_kernel: {what} (seed {seed}): {} programs ({} more with a map this kernel lacks, {} with an ld_imm64 of an fd left unbound), {} unsupported; {} both accept, {} both reject ({} before the walk), {} disagree (modelled as {})",
            self.total,
            self.no_map,
            self.unbound,
            self.unsupported,
            self.accepted,
            self.rejected,
            self.structural,
            self.failures.len(),
            profile.version()
        ));
        for (why, n) in &self.reasons {
            common::say(format!("  unsupported {n}x: {why}"));
        }
        let shown = if std::env::var_os("MUTATE_VERBOSE").is_some() {
            usize::MAX
        } else {
            8
        };
        for f in self.failures.iter().take(shown) {
            common::say(format!("{f}\n"));
        }
    }
}

/// Where the corpus is: the root package's directory, or `MUTATE_ROOT` (inside an image,
/// where only the corpus is copied).
fn root() -> std::path::PathBuf {
    match std::env::var_os("MUTATE_ROOT") {
        Some(r) => r.into(),
        None => std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."),
    }
}

#[test]
fn mutants_agree_with_the_live_kernel() {
    if let Err(u) = kernel::availability() {
        common::say(format!("SKIPPED mutate_kernel: {u}"));
        return;
    }
    let profile = common::running_profile();
    let count = common::env_u64("MUTATE_CASES", 300);
    let seed = common::env_u64("MUTATE_SEED", 0x6d75_7461_6e75);
    let seeds = seeds(&root());
    let words = vocabulary(&seeds);
    let mut rng = Rng::new(seed);
    let mut mutants = Tally::default();
    for _ in 0..count {
        let mut p = seeds[rng.index(seeds.len())].clone();
        if rng.chance(20) {
            p.privilege = rng.pick(&Privilege::ALL);
        }
        for _ in 0..1 + rng.below(3) {
            let other = &seeds[rng.index(seeds.len())];
            p.mutate(&mut rng, &words, other);
        }
        if p.settle() {
            mutants.compare(&p, profile);
        } else {
            mutants.unbound += 1;
        }
    }
    mutants.report("corpus mutants", profile, seed);
    let mut sequences = Tally::default();
    for _ in 0..count {
        let mut p = sequence(&mut rng, &seeds, &words);
        if p.settle() {
            sequences.compare(&p, profile);
        } else {
            sequences.unbound += 1;
        }
    }
    sequences.report("random sequences", profile, seed);
    let failed = mutants.failures.len() + sequences.failures.len();
    assert_eq!(failed, 0, "{failed} disagreements with the kernel");
}

/// Mutants per image: TCG runs the guest about 20 times slower than the host.
const IMAGE_CASES: u64 = 150;

/// `mutants_agree_with_the_live_kernel` inside each cached kernel image, each guest
/// modelled as its own release, with the corpus copied in.
#[test]
fn mutants_agree_inside_each_image() {
    let root = root().canonicalize().expect("the root package's directory");
    let spec = root.join("tests/spec");
    let env = [
        (
            "MUTATE_CASES",
            common::env_u64("MUTATE_IMAGES", IMAGE_CASES).to_string(),
        ),
        (
            "MUTATE_SEED",
            common::env_u64("MUTATE_SEED", 0x6d75_7461_6e75).to_string(),
        ),
        ("MUTATE_ROOT", root.to_string_lossy().into_owned()),
    ];
    let Some(runs) = common::in_each_image_with(
        "mutate_kernel_images",
        &["mutants_agree_with_the_live_kernel"],
        &env,
        &[
            "mutate_kernel",
            "  unsupported",
            "SKIPPED",
            "ours ",
            "FALSE",
            "false",
        ],
        &[spec],
    ) else {
        return;
    };
    common::assert_every_guest_passed(runs);
}
