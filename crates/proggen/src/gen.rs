//! The generator proper: a builder that emits structured SK_LOOKUP code while tracking a small
//! abstract state (what each register and 8-byte stack slot holds), and mutation sites.

use crate::program::{Boundary, Expect, MapRef, Program, SOCK_MAP};
use crate::rng::Rng;
use crate::rules::{ctx_load_ok, ctx_valid_accesses, sock_load_ok, sock_valid_accesses};
use isa::{
    AluOp, AtomicOp, CallKind, EndianKind, Insn, JmpCond, LdImmKind, Operand, Reg, Size, Width,
};
use skctx::Code;

mod loops;
mod subprog;

/// Knobs of the generator. `Default` is what the tests use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Fragments in the top-level block (each fragment is 1 to ~15 instructions).
    pub max_fragments: usize,
    /// Allow SOCKMAP lookups (the program then expects the map [`SOCK_MAP`]).
    pub maps: bool,
    /// Allow one bounded loop per program.
    pub loops: bool,
    /// With `loops`: besides counter loops, loops up to a bound-checked context value,
    /// nested loops, the `loop-reset` site, and loops whose verdict only the kernel's
    /// heuristics decide ([`crate::Expect::KernelDecides`]). Off by default so that the
    /// streams of existing seeds stay as they were.
    pub loop_variety: bool,
    /// Allow BPF-to-BPF calls (subprograms with arguments, their own stack, pointers into
    /// the caller's stack and return values; see `gen/subprog.rs`). Off by default, as
    /// `loop_variety`.
    pub subprogs: bool,
    /// With `loops`: some counter loops also leave through a `may_goto` at their head (only
    /// for profiles that have it, [`crate::rules::has_may_goto`]). Off by default, as
    /// `loop_variety`.
    pub may_goto: bool,
    /// Allow cpu v4 instructions (sign-extending loads and moves, `sdiv`/`smod`, `bswap`,
    /// `gotol`); the kernel has them since 6.6.
    pub cpu_v4: bool,
    /// Now and then (1 fragment in 20) a copy linked with a delta and a comparison of its
    /// source: `rX = rY; rX += K` (or `-= K`, `wX += K`), then `if rY <op> C` around a
    /// block (the kernel's `BPF_ADD_CONST` links). Off by default, as `loop_variety`.
    pub linked_deltas: bool,
    /// The kernel whose messages are predicted (its behaviours change some wordings, never a
    /// verdict).
    pub profile: skctx::KernelProfile,
}

impl Config {
    /// Every kind of program the generator knows: [`Config::default`] plus loop variety and
    /// subprograms.
    pub fn everything() -> Config {
        Config {
            loop_variety: true,
            subprogs: true,
            may_goto: true,
            ..Config::default()
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            max_fragments: 10,
            maps: true,
            loops: true,
            loop_variety: false,
            subprogs: false,
            may_goto: false,
            cpu_v4: true,
            linked_deltas: false,
            profile: skctx::KernelProfile::LATEST,
        }
    }
}

/// A seeded source of SK_LOOKUP programs. The same seed and config give the same sequence.
#[derive(Debug, Clone)]
pub struct Generator {
    rng: Rng,
    cfg: Config,
}

impl Generator {
    pub fn new(seed: u64) -> Generator {
        Generator::with_config(seed, Config::default())
    }

    pub fn with_config(seed: u64, cfg: Config) -> Generator {
        Generator {
            rng: Rng::new(seed),
            cfg,
        }
    }

    pub fn config(&self) -> &Config {
        &self.cfg
    }

    /// One program. Half are plain valid programs; the other half carry a mutation site and
    /// are either side of it (valid or mutated), so the verdict is only known from the site.
    pub fn program(&mut self) -> Program {
        if self.rng.chance(1, 2) {
            self.skeleton(false).render(false)
        } else {
            let mutated = self.rng.chance(1, 2);
            self.skeleton(true).render(mutated)
        }
    }

    /// A valid program and its minimally mutated twin that the verifier rejects.
    pub fn boundary_pair(&mut self) -> (Program, Program) {
        let sk = self.skeleton(true);
        (sk.render(false), sk.render(true))
    }

    /// `n` programs, half of them from boundary pairs (each pair adjacent: valid, mutated),
    /// the rest from [`Generator::program`].
    pub fn batch(&mut self, n: usize) -> Vec<Program> {
        let mut v = Vec::with_capacity(n);
        while v.len() < n {
            if v.len() % 4 < 2 && v.len() + 2 <= n {
                let (a, b) = self.boundary_pair();
                v.push(a);
                v.push(b);
            } else {
                v.push(self.program());
            }
        }
        v
    }

    fn skeleton(&mut self, want_site: bool) -> Skeleton {
        let mut b = Builder::new(&mut self.rng, &self.cfg, want_site);
        b.program();
        debug_assert!(!want_site || b.sites.len() == 1);
        debug_assert!(want_site || b.sites.is_empty());
        Skeleton {
            items: b.items,
            sites: b.sites,
            decides: b.decides,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Abstract state
// ---------------------------------------------------------------------------------------------

/// What a register or stack slot holds, as far as the generator needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Val {
    /// Never written on any path.
    Uninit,
    /// Differs between paths, or unknown: never read.
    Dead,
    /// The context pointer (unmodified).
    Ctx,
    /// A scalar constant the kernel knows exactly.
    Const(i64),
    /// A scalar with the full range of its low `bits` bits (zero-extended), never compared:
    /// every comparison against an in-range constant can go both ways.
    Fresh(u8),
    /// A scalar with a range the generator does not track (it may even be a constant).
    Any,
    /// `ctx->sk`: `sock_or_null`, no reference.
    SkOrNull,
}

impl Val {
    fn scalar(self) -> bool {
        matches!(self, Val::Const(_) | Val::Fresh(_) | Val::Any)
    }
    fn init(self) -> bool {
        !matches!(self, Val::Uninit | Val::Dead)
    }
    fn join(a: Val, b: Val) -> Val {
        match (a, b) {
            _ if a == b => a,
            (Val::Fresh(x), Val::Fresh(y)) => Val::Fresh(x.min(y)),
            _ if a.scalar() && b.scalar() => Val::Any,
            _ => Val::Dead,
        }
    }
    /// The value a register gets when this value is spilled and filled back (8 bytes).
    fn through_stack(self) -> Val {
        if self.scalar() {
            Val::Any
        } else {
            self
        }
    }
}

const SLOTS: usize = 64;

#[derive(Debug, Clone, PartialEq, Eq)]
struct St {
    r: [Val; 11],
    /// `s[i]` is the 8-byte slot at `fp - 8*(i+1)`.
    s: [Val; SLOTS],
}

impl St {
    fn entry() -> St {
        let mut r = [Val::Uninit; 11];
        r[1] = Val::Ctx;
        St {
            r,
            s: [Val::Uninit; SLOTS],
        }
    }
    fn join(&self, o: &St) -> St {
        let mut out = self.clone();
        for i in 0..11 {
            out.r[i] = Val::join(self.r[i], o.r[i]);
        }
        for i in 0..SLOTS {
            out.s[i] = Val::join(self.s[i], o.s[i]);
        }
        out
    }
}

fn slot_off(i: usize) -> i16 {
    -8 * (i as i16 + 1)
}

fn reg(n: u8) -> Reg {
    Reg::new(n).expect("register number")
}

// ---------------------------------------------------------------------------------------------
// Items, sites, rendering
// ---------------------------------------------------------------------------------------------

type Label = usize;

#[derive(Debug, Clone)]
enum Item {
    I(Insn),
    /// A jump whose offset is resolved to a label.
    J(Insn, Label),
    L(Label),
    /// `rX = sock_map ll`.
    Map(Reg),
    /// The mutation site (index into `sites`).
    Site(usize),
}

#[derive(Debug, Clone)]
struct Site {
    kind: &'static str,
    ok: Vec<Item>,
    bad: Vec<Item>,
    code: Code,
    reason: String,
    message: String,
}

struct Skeleton {
    items: Vec<Item>,
    sites: Vec<Site>,
    /// Why only the kernel can tell the verdict of the unmutated program (never with a site).
    decides: Option<String>,
}

impl Skeleton {
    fn render(&self, mutated: bool) -> Program {
        let mut flat: Vec<&Item> = Vec::new();
        for it in &self.items {
            match it {
                Item::Site(i) => {
                    let s = &self.sites[*i];
                    flat.extend(if mutated { &s.bad } else { &s.ok });
                }
                other => flat.push(other),
            }
        }
        let nlabels = flat
            .iter()
            .filter_map(|i| match i {
                Item::L(l) | Item::J(_, l) => Some(*l + 1),
                _ => None,
            })
            .max()
            .unwrap_or(0);
        let mut pos = vec![usize::MAX; nlabels];
        let mut slot = 0;
        for it in &flat {
            match it {
                Item::I(i) | Item::J(i, _) => slot += i.slots(),
                Item::Map(_) => slot += 2,
                Item::L(l) => pos[*l] = slot,
                Item::Site(_) => unreachable!("sites do not nest"),
            }
        }
        let mut insns = Vec::new();
        let mut maps = Vec::new();
        let mut slot = 0usize;
        for it in &flat {
            match it {
                Item::I(i) => {
                    insns.push(*i);
                    slot += i.slots();
                }
                Item::J(i, l) => {
                    let target = pos[*l];
                    assert!(target != usize::MAX, "jump to an unplaced label");
                    let off = target as i64 - slot as i64 - 1;
                    insns.push(i.with_jump_offset(off).expect("jump offset fits"));
                    slot += 1;
                }
                Item::Map(r) => {
                    maps.push(MapRef {
                        insn: insns.len(),
                        slot,
                        map: SOCK_MAP,
                    });
                    insns.push(Insn::LdImm64 {
                        dst: *r,
                        kind: LdImmKind::Imm,
                        imm: 0,
                        imm_hi: 0,
                    });
                    slot += 2;
                }
                Item::L(_) | Item::Site(_) => {}
            }
        }
        let site = self.sites.first();
        let expect = match site {
            Some(s) if mutated => Expect::Reject {
                code: s.code,
                reason: s.reason.clone(),
                message: s.message.clone(),
            },
            _ => match &self.decides {
                Some(reason) => Expect::KernelDecides {
                    reason: reason.clone(),
                },
                None => Expect::Accept,
            },
        };
        Program {
            insns,
            expect,
            maps,
            boundary: site.map(|s| Boundary {
                site: s.kind,
                mutated,
            }),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Instruction shorthands
// ---------------------------------------------------------------------------------------------

fn alu(op: AluOp, width: Width, dst: Reg, src: Operand) -> Insn {
    Insn::Alu {
        op,
        width,
        dst,
        src,
    }
}
fn mov_imm(dst: Reg, imm: i32) -> Insn {
    alu(AluOp::Mov, Width::W64, dst, Operand::Imm(imm))
}
fn mov(dst: Reg, src: Reg) -> Insn {
    alu(AluOp::Mov, Width::W64, dst, Operand::Reg(src))
}
fn ldx(size: Size, sign_extend: bool, dst: Reg, src: Reg, off: i16) -> Insn {
    Insn::Load {
        size,
        sign_extend,
        dst,
        src,
        off,
    }
}
fn store(size: Size, dst: Reg, off: i16, src: Operand) -> Insn {
    Insn::Store {
        size,
        dst,
        off,
        src,
    }
}
fn call(id: i32) -> Insn {
    Insn::Call(CallKind::Helper(id))
}
fn jif(cond: JmpCond, width: Width, dst: Reg, src: Operand) -> Insn {
    Insn::JmpIf {
        cond,
        width,
        dst,
        src,
        off: 0,
    }
}
fn size_of(bytes: u32) -> Size {
    Size::from_bytes(bytes).expect("1, 2, 4 or 8")
}

/// The text of one instruction, for site descriptions.
fn txt(i: &Insn) -> String {
    i.to_string()
}

// ---------------------------------------------------------------------------------------------
// The builder
// ---------------------------------------------------------------------------------------------

/// Registers a fragment may write: r0-r5 (caller-saved) and r7, r8. r6 keeps the context
/// (when the prologue saves it), r9 is the loop counter, r10 the frame pointer.
const SCRATCH: [u8; 8] = [0, 1, 2, 3, 4, 5, 7, 8];

struct Builder<'a> {
    rng: &'a mut Rng,
    cfg: &'a Config,
    items: Vec<Item>,
    st: St,
    labels: usize,
    sites: Vec<Site>,
    want_site: bool,
    frozen_regs: u16,
    frozen_slots: u64,
    in_loop: bool,
    loop_used: bool,
    /// Set once an instruction made a pointer with a verifier id (`ctx->sk` loads, map
    /// lookups). With such a pointer in the body of a loop, or on a path into it, the 6.18
    /// kernel did not detect the loop without increment as infinite in campaigns: it ran
    /// into the 1M-instruction limit instead (seconds per program). The loop site is only
    /// placed in programs without them.
    made_ids: bool,
    depth: usize,
    /// 0 in the main program, 1 in a subprogram it calls, and so on.
    frame: u8,
    /// The subprograms built so far, placed after the main program's last `exit`.
    subs: Vec<Item>,
    /// The program was built to carry a site (then every part of it has a certain verdict).
    site_program: bool,
    /// Set when a part of the program has a verdict only the kernel decides.
    decides: Option<String>,
    ctx_acc: Vec<(i64, u32)>,
    sock_acc: Vec<(i64, u32)>,
}

impl<'a> Builder<'a> {
    fn new(rng: &'a mut Rng, cfg: &'a Config, want_site: bool) -> Builder<'a> {
        Builder {
            rng,
            cfg,
            items: Vec::new(),
            st: St::entry(),
            labels: 0,
            sites: Vec::new(),
            want_site,
            frozen_regs: 0,
            frozen_slots: 0,
            in_loop: false,
            loop_used: false,
            made_ids: false,
            depth: 0,
            frame: 0,
            subs: Vec::new(),
            site_program: want_site,
            decides: None,
            ctx_acc: ctx_valid_accesses(),
            sock_acc: sock_valid_accesses(),
        }
    }

    // --- emission -----------------------------------------------------------------------

    fn i(&mut self, insn: Insn) {
        self.items.push(Item::I(insn));
    }
    fn j(&mut self, insn: Insn, l: Label) {
        self.items.push(Item::J(insn, l));
    }
    fn label(&mut self) -> Label {
        self.labels += 1;
        self.labels - 1
    }
    fn place(&mut self, l: Label) {
        self.items.push(Item::L(l));
    }
    fn site(&mut self, s: Site) {
        debug_assert!(self.want_site);
        self.sites.push(s);
        self.items.push(Item::Site(self.sites.len() - 1));
        self.want_site = false;
    }
    /// Runs `f` collecting what it emits instead of appending it.
    fn capture(&mut self, f: impl FnOnce(&mut Self)) -> Vec<Item> {
        let saved = std::mem::take(&mut self.items);
        f(self);
        std::mem::replace(&mut self.items, saved)
    }

    // --- state queries ------------------------------------------------------------------

    fn writable(&self, r: u8) -> bool {
        SCRATCH.contains(&r) && self.frozen_regs & (1 << r) == 0
    }
    fn slot_writable(&self, i: usize) -> bool {
        self.frozen_slots & (1 << i) == 0
    }
    fn regs_where(&self, f: impl Fn(Val) -> bool) -> Vec<u8> {
        (0..10u8).filter(|&r| f(self.st.r[r as usize])).collect()
    }
    fn pick_reg(&mut self, f: impl Fn(Val) -> bool) -> Option<Reg> {
        let v = self.regs_where(f);
        (!v.is_empty()).then(|| reg(self.rng.pick(&v)))
    }
    /// A writable register, preferring ones that hold nothing useful.
    fn pick_dst(&mut self, avoid: &[Reg]) -> Option<Reg> {
        let cands: Vec<u8> = SCRATCH
            .iter()
            .copied()
            .filter(|&r| self.writable(r) && !avoid.iter().any(|a| a.index() == r))
            .collect();
        if cands.is_empty() {
            return None;
        }
        let idle: Vec<u8> = cands
            .iter()
            .copied()
            .filter(|&r| !self.st.r[r as usize].init() || self.st.r[r as usize] == Val::Any)
            .collect();
        let from = if !idle.is_empty() && self.rng.chance(3, 4) {
            &idle
        } else {
            &cands
        };
        Some(reg(self.rng.pick(from)))
    }
    /// A register holding the unmodified context; r6 preferred.
    fn ctx_reg(&mut self) -> Option<Reg> {
        if self.st.r[6] == Val::Ctx && self.rng.chance(3, 4) {
            return Some(Reg::R6);
        }
        self.pick_reg(|v| v == Val::Ctx)
    }
    fn scalar_reg(&mut self) -> Option<Reg> {
        self.pick_reg(Val::scalar)
    }
    fn fresh_reg(&mut self) -> Option<(Reg, u8)> {
        let r = self.pick_reg(|v| matches!(v, Val::Fresh(_)))?;
        match self.st.r[r.index() as usize] {
            Val::Fresh(b) => Some((r, b)),
            _ => None,
        }
    }
    fn set(&mut self, r: Reg, v: Val) {
        self.st.r[r.index() as usize] = v;
    }
    fn get(&self, r: Reg) -> Val {
        self.st.r[r.index() as usize]
    }
    fn clobber_call(&mut self, ret: Val) {
        self.st.r[0] = ret;
        for r in 1..=5 {
            self.st.r[r] = Val::Uninit;
        }
    }

    // --- program structure --------------------------------------------------------------

    fn program(&mut self) {
        if self.rng.chance(17, 20) {
            self.i(mov(Reg::R6, Reg::R1));
            self.set(Reg::R6, Val::Ctx);
        }
        let n = 2 + self.rng.below(self.cfg.max_fragments.max(2) as u64 - 1) as usize;
        self.block(n);
        self.ret(true);
        let subs = std::mem::take(&mut self.subs);
        self.items.extend(subs);
    }

    fn block(&mut self, n: usize) {
        let mut emitted = 0;
        let mut tries = 0;
        while emitted < n && tries < 8 * n + 8 {
            tries += 1;
            let before = self.items.len();
            if self.want_site && self.rng.chance(1, 5) && self.try_site() {
                emitted += 1;
                continue;
            }
            if self.fragment() {
                debug_assert!(self.items.len() > before);
                emitted += 1;
            }
        }
    }

    fn fragment(&mut self) -> bool {
        // The optional kinds draw only when enabled, so other configurations keep their
        // streams.
        if self.cfg.subprogs && self.rng.chance(1, 10) && self.frag_subcall(None) {
            return true;
        }
        if self.cfg.loop_variety && self.rng.chance(1, 12) && self.frag_loop(false) {
            return true;
        }
        if self.cfg.linked_deltas && self.rng.chance(1, 20) && self.frag_linked() {
            return true;
        }
        let choice = self.rng.below(100);
        match choice {
            0..=17 => self.frag_ctx_load(false),
            18..=37 => self.frag_alu(false),
            38..=39 => self.frag_ldimm64(),
            40..=42 => self.frag_endian(),
            43..=50 => self.frag_spill(false),
            51..=56 => self.frag_fill(false),
            57..=58 => self.frag_st_imm(),
            59..=61 => self.frag_atomic(false),
            62..=67 => self.frag_call(false),
            68..=74 => self.frag_assign(None),
            75..=79 => self.frag_sk_field(false),
            80..=91 => self.frag_if(false),
            92..=94 => self.frag_loop(false),
            _ => self.frag_map(None),
        }
    }

    /// Tries a few site kinds at the current point.
    fn try_site(&mut self) -> bool {
        if self.cfg.subprogs && self.rng.chance(1, 6) && self.try_subprog_site() {
            return true;
        }
        if self.cfg.loop_variety && self.rng.chance(1, 10) && self.frag_loop(true) {
            return true;
        }
        for _ in 0..4 {
            let ok = match self.rng.below(13) {
                0 | 1 => self.frag_ctx_load(true),
                2 => self.frag_alu(true),
                3 => self.frag_spill(true),
                4 => self.frag_fill(true),
                5 => self.frag_atomic(true),
                6 => self.frag_call(true),
                7 => {
                    let k = self
                        .rng
                        .pick(&[AssignSite::R1, AssignSite::R2, AssignSite::R3]);
                    self.frag_assign(Some(k))
                }
                8 => self.frag_sk_field(true),
                9 => self.frag_if(true),
                10 => self.frag_loop(true),
                11 => {
                    let k = self.rng.pick(&[MapSite::NoRelease, MapSite::NoNullCheck]);
                    self.frag_map(Some(k))
                }
                _ => self.site_uninit_base(),
            };
            if ok {
                return true;
            }
        }
        false
    }

    // --- fragments ----------------------------------------------------------------------

    fn pick_ctx_access(&mut self) -> (i64, u32) {
        if self.rng.chance(1, 10) {
            return (0, 8);
        }
        loop {
            let a = self.rng.pick(&self.ctx_acc);
            if a.1 != 8 {
                return a;
            }
        }
    }

    /// `rD = *(uN *)(ctx + off)`; sites: the size or the offset moved off the valid set.
    fn frag_ctx_load(&mut self, site: bool) -> bool {
        let Some(c) = self.ctx_reg() else {
            return false;
        };
        let Some(d) = self.pick_dst(&[c]) else {
            return false;
        };
        let (off, size) = self.pick_ctx_access();
        let sx = self.cfg.cpu_v4 && size < 8 && self.rng.chance(1, 8);
        let ok = ldx(size_of(size), sx, d, c, off as i16);
        if site {
            let mut alts: Vec<(&'static str, i64, u32)> = Vec::new();
            for s2 in [1u32, 2, 4, 8] {
                if s2 != size && !ctx_load_ok(off, s2) && !(sx && s2 == 8) {
                    alts.push(("ctx-load-size", off, s2));
                }
            }
            for d2 in [1i64, -1, 2, -2, 4, 8] {
                let o2 = off + d2;
                if !ctx_load_ok(o2, size) {
                    alts.push(("ctx-load-offset", o2, size));
                }
            }
            if alts.is_empty() {
                return false;
            }
            let (kind, o2, s2) = self.rng.pick(&alts);
            let bad = ldx(size_of(s2), sx, d, c, o2 as i16);
            self.site(Site {
                kind,
                ok: vec![Item::I(ok)],
                bad: vec![Item::I(bad)],
                code: Code::CtxBadAccess,
                reason: format!("`{}` became `{}`", txt(&ok), txt(&bad)),
                message: format!("invalid bpf_context access off={o2} size={s2}"),
            });
        } else {
            self.i(ok);
        }
        let v = if size == 8 {
            self.made_ids = true;
            Val::SkOrNull
        } else if sx {
            Val::Any
        } else {
            Val::Fresh(size as u8 * 8)
        };
        self.set(d, v);
        true
    }

    fn frag_alu(&mut self, site: bool) -> bool {
        let width = if self.rng.chance(7, 10) {
            Width::W64
        } else {
            Width::W32
        };
        let bits: i32 = if width == Width::W64 { 64 } else { 32 };
        if site {
            // Division by an immediate zero, or an immediate shift past the width.
            let Some(d) = self
                .pick_reg(Val::scalar)
                .filter(|r| self.writable(r.index()))
            else {
                return false;
            };
            let (ok, bad, code, message) = if self.rng.chance(1, 2) {
                let mut ops = vec![AluOp::Div, AluOp::Mod];
                if self.cfg.cpu_v4 {
                    ops.extend([AluOp::SDiv, AluOp::SMod]);
                }
                let op = self.rng.pick(&ops);
                let k = self.rng.range(1, 1000) as i32;
                (
                    alu(op, width, d, Operand::Imm(k)),
                    alu(op, width, d, Operand::Imm(0)),
                    Code::DivByZero,
                    "div by zero".to_string(),
                )
            } else {
                let op = self.rng.pick(&[AluOp::Lsh, AluOp::Rsh, AluOp::Arsh]);
                let k = self.rng.range(0, bits as i64 - 1) as i32;
                let b = self.rng.pick(&[bits, bits, bits + 1, -1]);
                (
                    alu(op, width, d, Operand::Imm(k)),
                    alu(op, width, d, Operand::Imm(b)),
                    Code::InvalidShift,
                    format!("invalid shift {b}"),
                )
            };
            self.site(Site {
                kind: if code == Code::DivByZero {
                    "alu-div-zero"
                } else {
                    "alu-shift-range"
                },
                ok: vec![Item::I(ok)],
                bad: vec![Item::I(bad)],
                code,
                reason: format!("`{}` became `{}`", txt(&ok), txt(&bad)),
                message,
            });
            self.set(d, Val::Any);
            return true;
        }
        let mut ops = vec![
            AluOp::Add,
            AluOp::Sub,
            AluOp::Mul,
            AluOp::Div,
            AluOp::Or,
            AluOp::And,
            AluOp::Lsh,
            AluOp::Rsh,
            AluOp::Neg,
            AluOp::Mod,
            AluOp::Xor,
            AluOp::Mov,
            AluOp::Mov,
            AluOp::Mov,
            AluOp::Arsh,
        ];
        if self.cfg.cpu_v4 {
            ops.extend([AluOp::SDiv, AluOp::SMod, AluOp::MovSx(Size::B)]);
            ops.push(AluOp::MovSx(if width == Width::W64 {
                self.rng.pick(&[Size::H, Size::W])
            } else {
                Size::H
            }));
        }
        let op = self.rng.pick(&ops);
        let is_mov = matches!(op, AluOp::Mov | AluOp::MovSx(_));
        let d = if is_mov {
            self.pick_dst(&[])
        } else {
            self.pick_reg(Val::scalar)
                .filter(|r| self.writable(r.index()))
        };
        let Some(d) = d else {
            return false;
        };
        let use_reg = !matches!(op, AluOp::Neg) && self.rng.chance(2, 5);
        let src = if use_reg {
            match self.scalar_reg() {
                Some(s) => Operand::Reg(s),
                None => return false,
            }
        } else if matches!(op, AluOp::MovSx(_)) {
            return false; // sign-extending moves take a register
        } else {
            Operand::Imm(match op {
                AluOp::Lsh | AluOp::Rsh | AluOp::Arsh => self.rng.range(0, bits as i64 - 1) as i32,
                AluOp::Div | AluOp::Mod | AluOp::SDiv | AluOp::SMod => {
                    let k = self.rng.range(-100, 1000) as i32;
                    if k == 0 {
                        7
                    } else {
                        k
                    }
                }
                AluOp::Neg => 0,
                _ => {
                    if self.rng.chance(1, 4) {
                        self.rng.next_u64() as i32
                    } else {
                        self.rng.range(-16, 300) as i32
                    }
                }
            })
        };
        self.i(alu(op, width, d, src));
        let v = match (op, src) {
            (AluOp::Mov, Operand::Imm(k)) => {
                if width == Width::W64 {
                    Val::Const(k as i64)
                } else {
                    Val::Const(k as u32 as i64)
                }
            }
            _ => Val::Any,
        };
        self.set(d, v);
        true
    }

    fn frag_ldimm64(&mut self) -> bool {
        let Some(d) = self.pick_dst(&[]) else {
            return false;
        };
        let v = self.rng.next_u64() >> self.rng.below(40);
        let (imm, imm_hi) = Insn::split_imm64(v);
        self.i(Insn::LdImm64 {
            dst: d,
            kind: LdImmKind::Imm,
            imm,
            imm_hi,
        });
        self.set(d, Val::Const(v as i64));
        true
    }

    fn frag_endian(&mut self) -> bool {
        let Some(d) = self
            .pick_reg(Val::scalar)
            .filter(|r| self.writable(r.index()))
        else {
            return false;
        };
        let mut kinds = vec![EndianKind::Le, EndianKind::Be];
        if self.cfg.cpu_v4 {
            kinds.push(EndianKind::Swap);
        }
        let kind = self.rng.pick(&kinds);
        let bits = self.rng.pick(&[16u16, 32, 64]);
        self.i(Insn::Endian { kind, bits, dst: d });
        self.set(d, Val::Any);
        true
    }

    fn pick_slot(&mut self, writable: bool) -> Option<usize> {
        let cands: Vec<usize> = (0..12)
            .filter(|&i| !writable || self.slot_writable(i))
            .collect();
        (!cands.is_empty()).then(|| self.rng.pick(&cands))
    }

    /// Spill a register to the stack. Sites: misaligned or out-of-frame store, or the store
    /// aimed at the context instead of the stack.
    fn frag_spill(&mut self, site: bool) -> bool {
        let Some(src) = self.pick_reg(|v| v.init()) else {
            return false;
        };
        let Some(slot) = self.pick_slot(true) else {
            return false;
        };
        let v = self.get(src);
        let narrow = v.scalar() && self.rng.chance(1, 4);
        let size = if narrow {
            self.rng.pick(&[1u32, 2, 4])
        } else {
            8
        };
        // A narrow store goes at an aligned offset inside the slot.
        let off = slot_off(slot) + (self.rng.below(8 / size as u64) as i16) * size as i16;
        let ok = store(size_of(size), Reg::FP, off, Operand::Reg(src));
        if site {
            let ctx = self.ctx_reg();
            let choice = self.rng.below(3);
            let (kind, bad, code, message) = match (choice, ctx) {
                (0, Some(c)) if v.scalar() => {
                    // The same store into the context, at a field it could read.
                    let cands: Vec<(i64, u32)> = self
                        .ctx_acc
                        .iter()
                        .copied()
                        .filter(|a| a.1 == size)
                        .collect();
                    if cands.is_empty() {
                        return false;
                    }
                    let (coff, _) = self.rng.pick(&cands);
                    (
                        "ctx-store",
                        store(size_of(size), c, coff as i16, Operand::Reg(src)),
                        Code::CtxWrite,
                        format!("invalid bpf_context access off={coff} size={size}"),
                    )
                }
                (1, _) if size > 1 => {
                    let boff = off + self.rng.range(1, size as i64 - 1) as i16;
                    (
                        "stack-misaligned",
                        store(size_of(size), Reg::FP, boff, Operand::Reg(src)),
                        Code::StackMisaligned,
                        "misaligned stack access".to_string(),
                    )
                }
                _ => {
                    let boff = if self.rng.chance(1, 2) {
                        -512 - size as i16
                    } else {
                        0
                    };
                    (
                        "stack-bounds",
                        store(size_of(size), Reg::FP, boff, Operand::Reg(src)),
                        Code::StackBounds,
                        format!("invalid write to stack R10 off={boff} size={size}"),
                    )
                }
            };
            self.site(Site {
                kind,
                ok: vec![Item::I(ok)],
                bad: vec![Item::I(bad)],
                code,
                reason: format!("`{}` became `{}`", txt(&ok), txt(&bad)),
                message,
            });
        } else {
            self.i(ok);
        }
        self.st.s[slot] = if narrow { Val::Dead } else { v.through_stack() };
        true
    }

    /// Fill a register from an initialised slot. Site: a narrow fill of a spilled pointer.
    fn frag_fill(&mut self, site: bool) -> bool {
        let cands: Vec<usize> = (0..SLOTS).filter(|&i| self.st.s[i].init()).collect();
        if cands.is_empty() {
            return false;
        }
        let slot = self.rng.pick(&cands);
        let v = self.st.s[slot];
        let Some(d) = self.pick_dst(&[]) else {
            return false;
        };
        if site {
            if v.scalar() {
                return false;
            }
            let ok = ldx(Size::DW, false, d, Reg::FP, slot_off(slot));
            let s2 = self.rng.pick(&[1u32, 2, 4]);
            let bad = ldx(size_of(s2), false, d, Reg::FP, slot_off(slot));
            self.site(Site {
                kind: "fill-size",
                ok: vec![Item::I(ok)],
                bad: vec![Item::I(bad)],
                code: Code::StackFillSize,
                reason: format!("`{}` became `{}`", txt(&ok), txt(&bad)),
                message: "invalid size of register fill".into(),
            });
            self.set(d, v);
            return true;
        }
        if v.scalar() && self.rng.chance(1, 3) {
            let size = self.rng.pick(&[1u32, 2, 4]);
            let off = slot_off(slot) + (self.rng.below(8 / size as u64) as i16) * size as i16;
            self.i(ldx(size_of(size), false, d, Reg::FP, off));
            self.set(d, Val::Any);
        } else {
            self.i(ldx(Size::DW, false, d, Reg::FP, slot_off(slot)));
            self.set(d, v.through_stack());
        }
        true
    }

    fn frag_st_imm(&mut self) -> bool {
        let Some(slot) = self.pick_slot(true) else {
            return false;
        };
        let size = self.rng.pick(&[1u32, 2, 4, 8, 8]);
        let off = slot_off(slot) + (self.rng.below(8 / size as u64) as i16) * size as i16;
        let imm = self.rng.range(-5, 100) as i32;
        self.i(store(size_of(size), Reg::FP, off, Operand::Imm(imm)));
        self.st.s[slot] = if size == 8 { Val::Any } else { Val::Dead };
        true
    }

    /// An atomic read-modify-write on a spilled scalar. Site: the same atomic on the context.
    fn frag_atomic(&mut self, site: bool) -> bool {
        let cands: Vec<usize> = (0..SLOTS)
            .filter(|&i| self.st.s[i].scalar() && self.slot_writable(i))
            .collect();
        if cands.is_empty() {
            return false;
        }
        let slot = self.rng.pick(&cands);
        let Some(src) = self
            .pick_reg(Val::scalar)
            .filter(|r| self.writable(r.index()))
        else {
            return false;
        };
        let size = if self.rng.chance(3, 4) {
            Size::DW
        } else {
            Size::W
        };
        let mut ops = vec![
            (AtomicOp::Add, false),
            (AtomicOp::Or, false),
            (AtomicOp::And, false),
            (AtomicOp::Xor, false),
            (AtomicOp::Add, true),
            (AtomicOp::Or, true),
            (AtomicOp::And, true),
            (AtomicOp::Xor, true),
            (AtomicOp::Xchg, true),
        ];
        if self.st.r[0].scalar() && self.writable(0) && src != Reg::R0 {
            ops.push((AtomicOp::CmpXchg, true));
        }
        let (op, fetch) = self.rng.pick(&ops);
        let mk = |dst: Reg, off: i16| Insn::Atomic {
            op,
            fetch,
            size,
            dst,
            src,
            off,
        };
        let ok = mk(Reg::FP, slot_off(slot));
        if site {
            let Some(c) = self.ctx_reg() else {
                return false;
            };
            let coff = if size == Size::DW { 0 } else { 8 };
            let bad = mk(c, coff);
            self.site(Site {
                kind: "ctx-atomic",
                ok: vec![Item::I(ok)],
                bad: vec![Item::I(bad)],
                code: Code::CtxAtomic,
                reason: format!("`{}` became `{}`", txt(&ok), txt(&bad)),
                message: format!("BPF_ATOMIC stores into R{} ctx is not allowed", c.index()),
            });
        } else {
            self.i(ok);
        }
        self.st.s[slot] = if size == Size::DW {
            Val::Any
        } else {
            Val::Dead
        };
        if op == AtomicOp::CmpXchg {
            self.st.r[0] = Val::Any;
        } else if fetch {
            self.set(src, Val::Any);
        }
        true
    }

    /// A helper without arguments. Site: the id replaced by one SK_LOOKUP may not call.
    fn frag_call(&mut self, site: bool) -> bool {
        if !(1..=5).all(|r| self.writable(r)) || !self.writable(0) {
            return false;
        }
        // ktime_get_ns, get_prandom_u32, ktime_get_boot_ns, jiffies64: unknown u64 results;
        // get_smp_processor_id has a refined range, so it is only `Any`.
        let id = self.rng.pick(&[5, 7, 7, 125, 118, 8]);
        if site {
            let (bad, code, message) = self.rng.pick(&[
                (
                    26,
                    Code::HelperNotAllowed,
                    "program of this type cannot use helper bpf_skb_load_bytes#26",
                ),
                (
                    0,
                    Code::HelperNotAllowed,
                    "program of this type cannot use helper bpf_unspec#0",
                ),
                (212, Code::HelperUnknown, "invalid func unknown#212"),
                (5000, Code::HelperUnknown, "invalid func unknown#5000"),
            ]);
            self.site(Site {
                kind: "helper-id",
                ok: vec![Item::I(call(id))],
                bad: vec![Item::I(call(bad))],
                code,
                reason: format!("`call {id}` became `call {bad}`"),
                message: message.into(),
            });
        } else {
            self.i(call(id));
        }
        self.clobber_call(if id == 8 { Val::Any } else { Val::Fresh(64) });
        true
    }

    /// `bpf_sk_assign(ctx, NULL | ctx->sk, flags)`. Sites: R1 not set up, R2 a non-zero
    /// scalar or the frame pointer, R3 never written.
    fn frag_assign(&mut self, site: Option<AssignSite>) -> bool {
        if !(0..=5).all(|r| self.writable(r)) {
            return false;
        }
        // Where the context comes from.
        let r1_ctx = self.st.r[1] == Val::Ctx;
        let ctx_src: Option<Insn> = if r1_ctx && site != Some(AssignSite::R1) {
            None
        } else if let Some(c) = self.pick_reg(|v| v == Val::Ctx).filter(|c| *c != Reg::R1) {
            Some(mov(Reg::R1, c))
        } else if let Some(s) = (0..SLOTS).find(|&i| self.st.s[i] == Val::Ctx) {
            Some(ldx(Size::DW, false, Reg::R1, Reg::FP, slot_off(s)))
        } else {
            return false;
        };
        let r1_before = self.st.r[1];
        let r3_before = self.st.r[3];
        match site {
            Some(AssignSite::R1) if !matches!(r1_before, Val::Uninit) && !r1_before.scalar() => {
                return false
            }
            Some(AssignSite::R3) if r3_before != Val::Uninit => return false,
            _ => {}
        }
        let sk_reg = self
            .pick_reg(|v| v == Val::SkOrNull)
            .filter(|r| *r != Reg::R1 || ctx_src.is_none());
        let r2_kind = self.rng.below(3);
        let r2: Vec<Insn> = match (r2_kind, sk_reg) {
            _ if site == Some(AssignSite::R2) => vec![mov_imm(Reg::R2, 0)],
            (0, _) => vec![mov_imm(Reg::R2, 0)],
            (1, Some(s)) if s == Reg::R2 => vec![],
            (1, Some(s)) => vec![mov(Reg::R2, s)],
            _ => {
                self.made_ids = true;
                vec![ldx(Size::DW, false, Reg::R2, Reg::R1, 0)]
            }
        };
        let flags = self.rng.pick(&[0, 0, 1, 2, 3, 4]);
        let r3 = if site != Some(AssignSite::R3) && r3_before.scalar() && self.rng.chance(1, 3) {
            None
        } else if let (Some(s), false) = (
            self.pick_reg(Val::scalar)
                .filter(|r| ![Reg::R1, Reg::R2, Reg::R3].contains(r)),
            site == Some(AssignSite::R3),
        ) {
            if self.rng.chance(1, 4) {
                Some(mov(Reg::R3, s))
            } else {
                Some(mov_imm(Reg::R3, flags))
            }
        } else {
            Some(mov_imm(Reg::R3, flags))
        };
        // `r2 = *(u64 *)(r1 + 0)` must come after r1 is set up.
        let emit = |b: &mut Self, with_r1: bool, r2: &[Insn], with_r3: bool| {
            if with_r1 {
                if let Some(i) = ctx_src {
                    b.i(i);
                }
            }
            for i in r2 {
                b.i(*i);
            }
            if with_r3 {
                if let Some(i) = r3 {
                    b.i(i);
                }
            }
            b.i(call(124));
        };
        match site {
            None => emit(self, true, &r2, true),
            Some(AssignSite::R1) => {
                // Only when r2 does not read through r1.
                if r2.iter().any(|i| matches!(i, Insn::Load { .. })) || ctx_src.is_none() {
                    return false;
                }
                let ok = self.capture(|b| emit(b, true, &r2, true));
                let bad = self.capture(|b| emit(b, false, &r2, true));
                let (code, message) = if r1_before == Val::Uninit {
                    (Code::UninitRead, "R1 !read_ok".to_string())
                } else {
                    (
                        Code::HelperArgType,
                        "R1 type=scalar expected=ctx".to_string(),
                    )
                };
                self.site(Site {
                    kind: "assign-r1",
                    ok,
                    bad,
                    code,
                    reason: "the context is no longer moved into r1 before bpf_sk_assign".into(),
                    message,
                });
            }
            Some(AssignSite::R2) => {
                let ok = self.capture(|b| emit(b, true, &r2, true));
                let (badr2, message) = if self.rng.chance(2, 3) {
                    let k = self.rng.pick(&[1, 2, -1, 4096]);
                    (mov_imm(Reg::R2, k), "R2 type=scalar expected=sock")
                } else {
                    (mov(Reg::R2, Reg::FP), "R2 type=fp expected=sock")
                };
                let bad = self.capture(|b| emit(b, true, &[badr2], true));
                self.site(Site {
                    kind: "assign-r2",
                    ok,
                    bad,
                    code: Code::HelperArgType,
                    reason: format!("bpf_sk_assign's socket `r2 = 0` became `{}`", txt(&badr2)),
                    message: message.into(),
                });
            }
            Some(AssignSite::R3) => {
                let ok = self.capture(|b| emit(b, true, &r2, true));
                let bad = self.capture(|b| emit(b, true, &r2, false));
                self.site(Site {
                    kind: "assign-r3",
                    ok,
                    bad,
                    code: Code::UninitRead,
                    reason: "the flags register r3 of bpf_sk_assign is no longer written".into(),
                    message: "R3 !read_ok".into(),
                });
            }
        }
        self.clobber_call(Val::Fresh(64));
        true
    }

    /// Read a `struct bpf_sock` field of `ctx->sk` after a NULL check. Sites: the NULL check
    /// removed, or the field access moved off the valid set.
    fn frag_sk_field(&mut self, site: bool) -> bool {
        let Some(c) = self.ctx_reg() else {
            return false;
        };
        let Some(a) = self.pick_dst(&[c]) else {
            return false;
        };
        let Some(b) = self.pick_dst(&[c, a]) else {
            return false;
        };
        let (off, size) = self.rng.pick(&self.sock_acc);
        let pre: Vec<Insn> = if self.get(b).scalar() {
            vec![]
        } else {
            vec![mov_imm(b, 0)]
        };
        let load_sk = ldx(Size::DW, false, a, c, 0);
        let lend = self.label();
        let check = jif(JmpCond::Eq, Width::W64, a, Operand::Imm(0));
        let field = ldx(size_of(size), false, b, a, off as i16);
        let body = |field: Insn, with_check: bool| {
            let mut v: Vec<Item> = pre.iter().map(|i| Item::I(*i)).collect();
            v.push(Item::I(load_sk));
            if with_check {
                v.push(Item::J(check, lend));
            }
            v.push(Item::I(field));
            v.push(Item::L(lend));
            v
        };
        if site {
            if self.rng.chance(1, 2) {
                self.site(Site {
                    kind: "sk-null-check",
                    ok: body(field, true),
                    bad: body(field, false),
                    code: Code::InvalidMemAccess,
                    reason: format!("the NULL check of ctx->sk in {} was removed", a),
                    message: format!("R{} invalid mem access 'sock_or_null'", a.index()),
                });
            } else {
                let mut alts = Vec::new();
                for s2 in [1u32, 2, 4, 8] {
                    if s2 != size && !sock_load_ok(off, s2) {
                        alts.push((off, s2));
                    }
                }
                for d in [1i64, -1, 2, 4] {
                    if !sock_load_ok(off + d, size) {
                        alts.push((off + d, size));
                    }
                }
                if alts.is_empty() {
                    return false;
                }
                let (o2, s2) = self.rng.pick(&alts);
                let bad_field = ldx(size_of(s2), false, b, a, o2 as i16);
                self.site(Site {
                    kind: "sk-field",
                    ok: body(field, true),
                    bad: body(bad_field, true),
                    code: Code::SockBadAccess,
                    reason: format!("`{}` became `{}`", txt(&field), txt(&bad_field)),
                    message: format!("R{} invalid sock access off={o2} size={s2}", a.index()),
                });
            }
        } else {
            for it in body(field, true) {
                self.items.push(it);
            }
        }
        self.made_ids = true;
        self.set(a, Val::Dead);
        self.set(b, Val::Any);
        true
    }

    /// A conditional jump on fresh scalars to `target`; the compared registers lose their
    /// freshness. Makes a fresh scalar first when there is none.
    fn cond_insn(&mut self) -> Option<Insn> {
        if self.fresh_reg().is_none() {
            // Make one: a context load if possible, else a random number.
            if !self.frag_ctx_load(false) && !self.frag_call(false) {
                return None;
            }
        }
        let (r, b) = self.fresh_reg()?;
        let width = if self.rng.chance(1, 4) {
            Width::W32
        } else {
            Width::W64
        };
        let eff = if width == Width::W32 { b.min(32) } else { b } as u32;
        let max: i64 = if eff >= 31 {
            1 << 20
        } else {
            (1i64 << eff) - 1
        };
        let other = self.fresh_reg().filter(|(o, _)| *o != r);
        let cond = self.rng.pick(isa::table::JMP_COND).cond;
        let src = match other {
            Some((o, _)) if self.rng.chance(1, 4) => {
                self.set(o, Val::Any);
                Operand::Reg(o)
            }
            _ => Operand::Imm(match cond {
                JmpCond::Eq | JmpCond::Ne => self.rng.range(0, max),
                JmpCond::Gt | JmpCond::Le | JmpCond::SGt | JmpCond::SLe => {
                    self.rng.range(0, max - 1)
                }
                JmpCond::Set => 1 << self.rng.below(eff.min(31) as u64),
                _ => self.rng.range(1, max),
            } as i32),
        };
        self.set(r, Val::Any);
        Some(jif(cond, width, r, src))
    }

    /// `rX = rY; rX += K` (64-bit or 32-bit, or `-= K`), then `if rY <op> C` around a
    /// block: the copy stays linked to its source with the delta K where the kernel has
    /// `BPF_ADD_CONST`, so the comparison bounds both.
    fn frag_linked(&mut self) -> bool {
        if self.depth >= 2 {
            return false;
        }
        let Some((src, bits)) = self.fresh_reg() else {
            return false;
        };
        let Some(dst) = self.pick_dst(&[src]) else {
            return false;
        };
        self.i(alu(AluOp::Mov, Width::W64, dst, Operand::Reg(src)));
        let op = self.rng.pick(&[AluOp::Add, AluOp::Add, AluOp::Sub]);
        let width = if self.rng.chance(1, 4) {
            Width::W32
        } else {
            Width::W64
        };
        let k = self.rng.range(-16, 16) as i32;
        self.i(alu(op, width, dst, Operand::Imm(k)));
        self.set(dst, Val::Any);
        let cond = self
            .rng
            .pick(&[JmpCond::Gt, JmpCond::Ge, JmpCond::Lt, JmpCond::Le]);
        let max = if bits >= 31 {
            1 << 20
        } else {
            (1i64 << bits) - 1
        };
        let c = self.rng.range(1, max.max(2) - 1) as i32;
        let lend = self.label();
        self.j(jif(cond, Width::W64, src, Operand::Imm(c)), lend);
        self.set(src, Val::Any);
        let st0 = self.st.clone();
        self.depth += 1;
        let n = 1 + self.rng.below(2) as usize;
        self.block(n);
        self.depth -= 1;
        self.st = self.st.join(&st0);
        self.place(lend);
        true
    }

    /// if-then, if-then-else, or if-then with an early return. Site: the conditional jump
    /// made unconditional, leaving the then-arm unreachable.
    fn frag_if(&mut self, site: bool) -> bool {
        if self.depth >= 2 {
            return false;
        }
        let Some(cj) = self.cond_insn() else {
            return false;
        };
        let lelse = self.label();
        if site {
            self.site(Site {
                kind: "if-unreachable",
                ok: vec![Item::J(cj, lelse)],
                bad: vec![Item::J(
                    Insn::Ja {
                        off: 0,
                        long: false,
                    },
                    lelse,
                )],
                code: Code::UnreachableInsn,
                reason: format!("`{}` became an unconditional `goto`", txt(&cj)),
                message: "unreachable insn".into(),
            });
        } else {
            self.j(cj, lelse);
        }
        let st0 = self.st.clone();
        let form = self.rng.below(3);
        self.depth += 1;
        let n = 1 + self.rng.below(3) as usize;
        let before = self.items.len();
        self.block(n);
        if self.items.len() == before {
            // The then-arm must not be empty (the unreachable-arm site relies on it).
            let d = self.pick_dst(&[]).expect("r0-r5 are never frozen");
            let k = self.rng.range(0, 9) as i32;
            self.i(mov_imm(d, k));
            self.set(d, Val::Const(k as i64));
        }
        match form {
            0 => {
                // if-then
                self.st = self.st.join(&st0);
                self.place(lelse);
            }
            1 => {
                // early return in the then-arm
                self.ret(false);
                self.st = st0;
                self.place(lelse);
            }
            _ => {
                let lend = self.label();
                let long = self.cfg.cpu_v4 && self.rng.chance(1, 4);
                self.j(Insn::Ja { off: 0, long }, lend);
                let st_then = std::mem::replace(&mut self.st, st0);
                self.place(lelse);
                let n = 1 + self.rng.below(3) as usize;
                self.block(n);
                self.st = self.st.join(&st_then);
                self.place(lend);
            }
        }
        self.depth -= 1;
        true
    }

    /// Look a socket up in `sock_map`, NULL-check it, maybe read a field and assign it, and
    /// release it. Sites: the release or the NULL check removed.
    fn frag_map(&mut self, site: Option<MapSite>) -> bool {
        if !self.cfg.maps
            || self.in_loop
            || !SCRATCH.iter().all(|&r| self.writable(r))
            || !self.slot_writable(0)
        {
            return false;
        }
        let ctx = (self.st.r[6] == Val::Ctx).then_some(Reg::R6);
        let field = self.rng.chance(1, 3).then(|| self.rng.pick(&self.sock_acc));
        let assign = ctx.is_some() && self.rng.chance(3, 4);
        if site == Some(MapSite::NoNullCheck) && field.is_none() && !assign {
            return false;
        }
        let flags = self.rng.pick(&[0, 1, 2, 3]);
        let st_key = self.rng.chance(1, 2);
        self.made_ids = true;
        let lout = self.label();
        let body = |b: &mut Self, null_check: bool, release: bool| {
            if st_key {
                b.i(store(Size::W, Reg::FP, -4, Operand::Imm(flags)));
            } else {
                b.i(mov_imm(Reg::R1, 0));
                b.i(store(Size::W, Reg::FP, -4, Operand::Reg(Reg::R1)));
            }
            b.i(mov(Reg::R2, Reg::FP));
            b.i(alu(AluOp::Add, Width::W64, Reg::R2, Operand::Imm(-4)));
            b.items.push(Item::Map(Reg::R1));
            b.i(call(1));
            if null_check {
                b.j(jif(JmpCond::Eq, Width::W64, Reg::R0, Operand::Imm(0)), lout);
            }
            b.i(mov(Reg::R7, Reg::R0));
            if let Some((off, size)) = field {
                b.i(ldx(size_of(size), false, Reg::R8, Reg::R7, off as i16));
            }
            if let (true, Some(c)) = (assign, ctx) {
                b.i(mov(Reg::R1, c));
                b.i(mov(Reg::R2, Reg::R7));
                b.i(mov_imm(Reg::R3, flags));
                b.i(call(124));
            }
            if release {
                b.i(mov(Reg::R1, Reg::R7));
                b.i(call(86));
            }
            b.place(lout);
        };
        match site {
            None => body(self, true, true),
            Some(kind) => {
                let ok = self.capture(|b| body(b, true, true));
                let (bad, code, reason, message) = match kind {
                    MapSite::NoRelease => (
                        self.capture(|b| body(b, true, false)),
                        Code::ReferenceLeak,
                        "the socket from sock_map is no longer released",
                        "Unreleased reference".to_string(),
                    ),
                    MapSite::NoNullCheck => {
                        let (code, message) =
                            unchecked_lookup_refusal(self.cfg.profile, field.is_some());
                        (
                            self.capture(|b| body(b, false, true)),
                            code,
                            "the NULL check of the sock_map lookup was removed",
                            message,
                        )
                    }
                };
                self.site(Site {
                    kind: match kind {
                        MapSite::NoRelease => "map-no-release",
                        MapSite::NoNullCheck => "map-no-null-check",
                    },
                    ok,
                    bad,
                    code,
                    reason: reason.into(),
                    message,
                });
            }
        }
        // r0 is a scalar on every path of the valid program, but the mutated twin without the
        // release still holds the socket in r0 (and r7): leave them unread so the twin fails
        // at its exit with the reference leak, not earlier at some use of the pointer.
        for r in 0..=5 {
            self.st.r[r] = Val::Dead;
        }
        self.st.r[7] = Val::Dead;
        if let Some((_, size)) = field {
            self.st.r[8] = Val::join(self.st.r[8], Val::Fresh(size as u8 * 8));
        }
        self.st.s[0] = Val::Dead;
        true
    }

    /// A load through a register that is uninitialised (e.g. r1 after a helper call) instead
    /// of the context register.
    fn site_uninit_base(&mut self) -> bool {
        let Some(u) = self.pick_reg(|v| v == Val::Uninit) else {
            return false;
        };
        let Some(c) = self.ctx_reg() else {
            return false;
        };
        let Some(d) = self.pick_dst(&[c, u]) else {
            return false;
        };
        let (off, size) = self.pick_ctx_access();
        let ok = ldx(size_of(size), false, d, c, off as i16);
        let bad = ldx(size_of(size), false, d, u, off as i16);
        self.site(Site {
            kind: "uninit-base",
            ok: vec![Item::I(ok)],
            bad: vec![Item::I(bad)],
            code: Code::UninitRead,
            reason: format!("`{}` became `{}`", txt(&ok), txt(&bad)),
            message: format!("R{} !read_ok", u.index()),
        });
        self.made_ids |= size == 8;
        self.set(
            d,
            if size == 8 {
                Val::SkOrNull
            } else {
                Val::Fresh(size as u8 * 8)
            },
        );
        true
    }

    // --- returns ------------------------------------------------------------------------

    /// A return sequence and `exit`. `last` is the end of the program, where a still
    /// unplaced site must go.
    fn ret(&mut self, last: bool) {
        // A subprogram's return value is not checked at its exit: no return sites there.
        if self.want_site
            && self.frame == 0
            && (last || self.rng.chance(1, 3))
            && self.site_ret(last)
        {
            return;
        }
        self.ret_plain();
    }

    fn ret_plain(&mut self) {
        let fresh = self.fresh_reg();
        let scalar = self.scalar_reg();
        let w = if self.rng.chance(1, 4) {
            Width::W32
        } else {
            Width::W64
        };
        match self.rng.below(5) {
            0 | 1 => {
                if matches!(self.st.r[0], Val::Const(0 | 1)) && self.rng.chance(1, 2) {
                    // r0 already holds 0 or 1.
                } else {
                    let k = self.rng.pick(&[0, 1, 1]);
                    self.i(alu(AluOp::Mov, w, Reg::R0, Operand::Imm(k)));
                }
            }
            2 if scalar.is_some() => {
                let s = scalar.expect("checked");
                if s != Reg::R0 {
                    self.i(alu(AluOp::Mov, w, Reg::R0, Operand::Reg(s)));
                }
                self.i(alu(AluOp::And, w, Reg::R0, Operand::Imm(1)));
            }
            3 if scalar.is_some() => {
                let s = scalar.expect("checked");
                if s != Reg::R0 {
                    self.i(mov(Reg::R0, s));
                }
                self.i(alu(AluOp::Rsh, Width::W64, Reg::R0, Operand::Imm(63)));
            }
            4 if fresh.is_some() => {
                let (f, _) = fresh.expect("checked");
                let lz = self.label();
                self.j(jif(JmpCond::Gt, Width::W64, f, Operand::Imm(1)), lz);
                if f != Reg::R0 {
                    self.i(mov(Reg::R0, f));
                }
                self.i(Insn::Exit);
                self.place(lz);
                self.i(mov_imm(Reg::R0, 0));
            }
            _ => self.i(mov_imm(Reg::R0, 1)),
        }
        self.i(Insn::Exit);
    }

    /// `r0 = 1` became `r0 = 2`, or `r0 = 0` became `r0 = -1`: always possible.
    fn site_ret_const(&mut self) {
        let (k, bad) = self.rng.pick(&[(1, 2), (0, -1), (1, 3), (0, 2)]);
        let ok = mov_imm(Reg::R0, k);
        let b = mov_imm(Reg::R0, bad);
        self.site(Site {
            kind: "ret-const",
            ok: vec![Item::I(ok), Item::I(Insn::Exit)],
            bad: vec![Item::I(b), Item::I(Insn::Exit)],
            code: Code::RetvalRange,
            reason: format!("`{}` became `{}`", txt(&ok), txt(&b)),
            message: format!(
                "At program exit the register R0 has smin={bad} smax={bad} should have been in [0, 1]"
            ),
        });
    }

    /// Return-value sites; `force` places one whatever the state.
    fn site_ret(&mut self, force: bool) -> bool {
        let r0 = self.st.r[0];
        let fresh = self.fresh_reg();
        for _ in 0..6 {
            match self.rng.below(5) {
                0 => {
                    self.site_ret_const();
                    return true;
                }
                1 => {
                    // The `r0 = K` before exit removed.
                    let message = match r0 {
                        Val::Uninit => "R0 !read_ok".to_string(),
                        // Paths may bring fresh scalars of different widths: the kernel
                        // reports the first path it explores, so only the common prefix.
                        Val::Fresh(_) => "At program exit the register R0 has".to_string(),
                        Val::Ctx => {
                            "At program exit the register R0 is not a known value (ctx)".into()
                        }
                        Val::SkOrNull => {
                            "At program exit the register R0 is not a known value (sock_or_null)"
                                .into()
                        }
                        _ => continue,
                    };
                    let ok = mov_imm(Reg::R0, self.rng.pick(&[0, 1]));
                    self.site(Site {
                        kind: "ret-unset",
                        ok: vec![Item::I(ok), Item::I(Insn::Exit)],
                        bad: vec![Item::I(Insn::Exit)],
                        code: match r0 {
                            Val::Uninit => Code::UninitRead,
                            Val::Ctx | Val::SkOrNull => Code::RetvalPointer,
                            _ => Code::RetvalRange,
                        },
                        reason: format!("`{}` before exit was removed", txt(&ok)),
                        message,
                    });
                    return true;
                }
                2 => {
                    // `r0 &= 1` widened.
                    let Some((f, b)) = fresh.filter(|(_, b)| *b >= 2) else {
                        continue;
                    };
                    let w = if b <= 32 && self.rng.chance(1, 3) {
                        Width::W32
                    } else {
                        Width::W64
                    };
                    let pre: Vec<Item> = if f == Reg::R0 {
                        vec![]
                    } else {
                        vec![Item::I(alu(AluOp::Mov, w, Reg::R0, Operand::Reg(f)))]
                    };
                    let okm = alu(AluOp::And, w, Reg::R0, Operand::Imm(1));
                    let (bad_tail, what): (Vec<Insn>, String) = match self.rng.below(3) {
                        0 => (
                            vec![alu(AluOp::And, w, Reg::R0, Operand::Imm(3))],
                            "`&= 3`".into(),
                        ),
                        1 => (
                            vec![okm, alu(AluOp::Add, w, Reg::R0, Operand::Imm(1))],
                            "an added `+= 1`".into(),
                        ),
                        _ => (
                            vec![okm, alu(AluOp::Lsh, w, Reg::R0, Operand::Imm(1))],
                            "an added `<<= 1`".into(),
                        ),
                    };
                    let mut ok = pre.clone();
                    ok.push(Item::I(okm));
                    ok.push(Item::I(Insn::Exit));
                    let mut bad = pre;
                    bad.extend(bad_tail.into_iter().map(Item::I));
                    bad.push(Item::I(Insn::Exit));
                    self.site(Site {
                        kind: "ret-widen",
                        ok,
                        bad,
                        code: Code::RetvalRange,
                        reason: format!("the return mask `{}` was widened by {what}", txt(&okm)),
                        message: "At program exit the register R0 has".into(),
                    });
                    return true;
                }
                3 => {
                    // `if rF > 1 goto` became `if rF > 2 goto`.
                    let Some((f, b)) = fresh.filter(|(_, b)| *b >= 2) else {
                        continue;
                    };
                    let _ = b;
                    let lz = self.label();
                    let mk = |k: i32| {
                        let mut v = vec![Item::J(
                            jif(JmpCond::Gt, Width::W64, f, Operand::Imm(k)),
                            lz,
                        )];
                        if f != Reg::R0 {
                            v.push(Item::I(mov(Reg::R0, f)));
                        }
                        v.push(Item::I(Insn::Exit));
                        v.push(Item::L(lz));
                        v.push(Item::I(mov_imm(Reg::R0, 0)));
                        v.push(Item::I(Insn::Exit));
                        v
                    };
                    self.site(Site {
                        kind: "ret-branch-widen",
                        ok: mk(1),
                        bad: mk(2),
                        code: Code::RetvalRange,
                        reason: format!(
                            "the guard `if {f} > 1` before returning {f} became `if {f} > 2`"
                        ),
                        message: "At program exit the register R0 has smin=0 smax=2".into(),
                    });
                    return true;
                }
                _ => {
                    // `r0 >>= 63` became `r0 >>= 62` (needs all 64 bits unknown).
                    let Some((f, _)) = fresh.filter(|(_, b)| *b == 64) else {
                        continue;
                    };
                    let pre: Vec<Item> = if f == Reg::R0 {
                        vec![]
                    } else {
                        vec![Item::I(mov(Reg::R0, f))]
                    };
                    let mk = |k: i32| {
                        let mut v = pre.clone();
                        v.push(Item::I(alu(
                            AluOp::Rsh,
                            Width::W64,
                            Reg::R0,
                            Operand::Imm(k),
                        )));
                        v.push(Item::I(Insn::Exit));
                        v
                    };
                    self.site(Site {
                        kind: "ret-shift-widen",
                        ok: mk(63),
                        bad: mk(62),
                        code: Code::RetvalRange,
                        reason: "the return value `r0 >>= 63` became `r0 >>= 62`".into(),
                        message: "At program exit the register R0 has smin=0 smax=3".into(),
                    });
                    return true;
                }
            }
        }
        if force {
            self.site_ret_const();
        }
        force
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AssignSite {
    R1,
    R2,
    R3,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MapSite {
    NoRelease,
    NoNullCheck,
}

/// Where and how the verifier refuses an unchecked SOCKMAP lookup result that is dereferenced
/// (`deref`) or else passed to `bpf_sk_assign` and then released. The register's type is the
/// profile's lookup result type: `map_value_or_null` is no `sock`, so `bpf_sk_assign` refuses
/// it; `sock_or_null` (behaviour `sockmap-lookup-sock-or-null`) passes `bpf_sk_assign`
/// (`ARG_PTR_TO_SOCKET_OR_NULL`) and `bpf_sk_release` refuses it.
fn unchecked_lookup_refusal(profile: skctx::KernelProfile, deref: bool) -> (Code, String) {
    let t = skctx::sockmap_lookup_type(profile);
    if deref {
        (
            Code::InvalidMemAccess,
            format!("R7 invalid mem access '{t}'"),
        )
    } else if t == "sock_or_null" {
        (
            Code::HelperArgType,
            format!(
                "R1 type={t} expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_"
            ),
        )
    } else {
        (Code::HelperArgType, format!("R2 type={t} expected=sock"))
    }
}
