//! Properties of the generator that need no kernel: determinism, pair shape, text that the
//! assembler reads back to the same instructions.
#![forbid(unsafe_code)]

use proggen::{Expect, Generator, Program};

fn assemble(p: &Program) -> Vec<u8> {
    let src = format!(
        ".section sk_lookup,\"ax\",@progbits\nprog:\n{}",
        p.to_text()
    );
    match asm::assemble(&src) {
        Ok(obj) => {
            let sec = obj
                .sections
                .iter()
                .find(|s| s.name == "sk_lookup")
                .expect("sk_lookup section");
            sec.data.clone()
        }
        Err(e) => panic!(
            "generated text does not assemble:\n{}\n{src}",
            asm::diag::render(&e, "gen.s", &src)
        ),
    }
}

#[test]
fn same_seed_same_programs() {
    let a: Vec<Program> = Generator::new(9).batch(40);
    let b: Vec<Program> = Generator::new(9).batch(40);
    assert_eq!(a, b);
    let c: Vec<Program> = Generator::new(10).batch(40);
    assert_ne!(a, c);
}

#[test]
fn pairs_are_one_site_apart() {
    let mut g = Generator::new(1);
    for _ in 0..500 {
        let (ok, bad) = g.boundary_pair();
        assert_eq!(ok.expect, Expect::Accept);
        assert!(matches!(bad.expect, Expect::Reject { .. }));
        let (so, sb) = (ok.boundary.clone().unwrap(), bad.boundary.clone().unwrap());
        assert_eq!(so.site, sb.site);
        assert!(!so.mutated && sb.mutated);
        // The twins share everything before the site and after it: the edit is small.
        // (Jump offsets across the site differ when it changes the instruction count.)
        let norm = |p: &Program| -> Vec<isa::Insn> {
            p.insns
                .iter()
                .map(|i| i.with_jump_offset(0).unwrap())
                .collect()
        };
        let (o, b) = (norm(&ok), norm(&bad));
        let pre = o.iter().zip(&b).take_while(|(x, y)| x == y).count();
        let post = o
            .iter()
            .rev()
            .zip(b.iter().rev())
            .take_while(|(x, y)| x == y)
            .count();
        let changed = ok.insns.len().max(bad.insns.len())
            - (pre + post).min(ok.insns.len().min(bad.insns.len()));
        assert!(
            changed <= 4 || so.site.starts_with("map-") || so.site.starts_with("assign-"),
            "site {} changed {changed} instructions:\n{}\n---\n{}",
            so.site,
            ok.to_text(),
            bad.to_text()
        );
    }
}

#[test]
fn batch_is_half_boundary() {
    let v = Generator::new(3).batch(400);
    assert_eq!(v.len(), 400);
    let from_pairs = v
        .windows(2)
        .step_by(4)
        .filter(|w| {
            w[0].boundary.as_ref().is_some_and(|b| !b.mutated)
                && w[1].boundary.as_ref().is_some_and(|b| b.mutated)
        })
        .count();
    assert_eq!(from_pairs * 2, 200);
}

#[test]
fn text_assembles_to_the_same_instructions() {
    let mut g = Generator::new(0xa55e);
    for p in g.batch(300) {
        let ours: Vec<u8> = p.raw().iter().flat_map(|r| r.to_bytes()).collect();
        assert_eq!(assemble(&p), ours, "\n{}", p.to_text());
    }
}

#[test]
fn maps_are_declared() {
    let mut g = Generator::new(5);
    let mut seen = 0;
    for p in g.batch(400) {
        for m in &p.maps {
            seen += 1;
            assert!(matches!(p.insns[m.insn], isa::Insn::LdImm64 { .. }));
            assert_eq!(p.slot_starts()[m.insn], m.slot);
            assert_eq!(m.map, proggen::SOCK_MAP);
            assert!(p.to_text().contains("= sock_map ll"));
        }
    }
    assert!(seen > 0, "no program used a map");
}

/// The code a mutated program predicts is one whose kernel messages (6.18, root: what the
/// generator claims) include the predicted message text.
#[test]
fn predicted_codes_name_the_predicted_message() {
    let (profile, privilege) = (skctx::KernelProfile::V6_18, skctx::Privilege::Root);
    let mut g = Generator::new(0xc0de);
    let mut codes = std::collections::BTreeSet::new();
    for _ in 0..2000 {
        let (_, bad) = g.boundary_pair();
        let Expect::Reject { code, message, .. } = &bad.expect else {
            panic!("a mutated twin that expects acceptance");
        };
        let fits = code
            .forms()
            .iter()
            .any(|f| f.applies(profile, privilege) && f.matches_fragment(message));
        let site = bad.boundary.as_ref().map_or("?", |b| b.site);
        assert!(fits, "[{site}] {code}: `{message}` is none of its messages");
        codes.insert(*code);
    }
    assert!(codes.len() >= 15, "only {} codes predicted", codes.len());
}

/// Subprograms and every kind of loop: text that assembles back (calls included), pairs that
/// predict a rejection with one of its code's messages, and no prediction only where the
/// program carries no site.
#[test]
fn subprograms_and_loops() {
    let (profile, privilege) = (skctx::KernelProfile::V6_18, skctx::Privilege::Root);
    let mut g = Generator::with_config(0x5b, proggen::Config::everything());
    let (mut calls, mut decided) = (0, 0);
    for p in g.batch(600) {
        let ours: Vec<u8> = p.raw().iter().flat_map(|r| r.to_bytes()).collect();
        assert_eq!(assemble(&p), ours, "\n{}", p.to_text());
        calls += p
            .insns
            .iter()
            .filter(|i| matches!(i, isa::Insn::Call(isa::CallKind::Local(_))))
            .count();
        match (&p.expect, &p.boundary) {
            (Expect::KernelDecides { .. }, b) => {
                assert!(b.is_none(), "a site program without a prediction");
                decided += 1;
            }
            (Expect::Reject { code, message, .. }, _) => assert!(
                code.forms()
                    .iter()
                    .any(|f| f.applies(profile, privilege) && f.matches_fragment(message)),
                "{code}: `{message}` is none of its messages"
            ),
            (Expect::Accept, _) => {}
        }
    }
    assert!(calls > 100, "only {calls} BPF-to-BPF calls");
    assert!(decided > 0, "no loop left to the kernel");
}

/// The default configuration makes no BPF-to-BPF calls: subprograms are opt-in (as loop
/// variety), so the default streams stay those of the seeds the tests were written against.
#[test]
fn default_streams_have_no_subprograms() {
    for p in Generator::new(11).batch(300) {
        assert!(!p
            .insns
            .iter()
            .any(|i| matches!(i, isa::Insn::Call(isa::CallKind::Local(_)))));
    }
}

/// `Config::linked_deltas` gives copies linked with a delta whose source is compared next:
/// `rX = rY; rX += K` (or `-=`, 32-bit), then a conditional jump on `rY`.
#[test]
fn linked_deltas_compare_the_copied_register() {
    use isa::{AluOp, Insn, Operand};
    let cfg = proggen::Config {
        linked_deltas: true,
        ..proggen::Config::default()
    };
    let linked = |w: &[Insn]| match w {
        [Insn::Alu {
            op: AluOp::Mov,
            dst,
            src: Operand::Reg(y),
            ..
        }, Insn::Alu {
            op: AluOp::Add | AluOp::Sub,
            dst: d2,
            src: Operand::Imm(_),
            ..
        }, Insn::JmpIf { dst: j, .. }] => dst == d2 && j == y,
        _ => false,
    };
    let programs = proggen::Generator::with_config(7, cfg).batch(200);
    let with = programs
        .iter()
        .filter(|p| p.insns.windows(3).any(linked))
        .count();
    assert!(
        with >= 20,
        "only {with} of 200 programs link a copy with a delta"
    );
}
