//! BPF-to-BPF calls ([`Config::subprogs`](super::Config)): each call site gets its own
//! subprogram, placed after the main program, with up to three arguments (constants,
//! scalars, the context, a pointer to a scalar in the caller's stack), a body of ordinary
//! fragments on its own frame (nested calls up to three frames) and a scalar return value
//! that the caller reads right after the call.
//!
//! What the kernel does that the labels rely on: a static subprogram (no BTF) gets all of
//! the caller's r1-r5 as they are, whatever the call passes, uninitialised ones included; r6-r9 and its stack start
//! uninitialised; r1-r5 are uninitialised in the caller after the call, r6-r9 kept, r0 the
//! callee's. A callee's comparison of an argument refines the caller's register with the
//! same id, so a copied scalar is no longer fresh in the caller afterwards.

use super::*;

/// The mutation sites of a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum SubSite {
    /// The caller's setup of an argument the callee reads first removed: `R<n> !read_ok`.
    ArgUninit,
    /// The callee's read through the pointer into the caller's stack moved above the
    /// caller's frame: `invalid read from stack`.
    StackArg,
    /// The callee's `r0 = ...` before `exit` removed; the caller reads r0: `R0 !read_ok`.
    RetUnset,
}

/// One argument: how the caller sets it up and what the callee sees.
struct Arg {
    reg: Reg,
    setup: Vec<Insn>,
    val: Val,
    /// The caller's register copied into it.
    source: Option<Reg>,
    /// The caller's stack slot it points to.
    slot: Option<usize>,
}

impl Builder<'_> {
    /// A call carrying one of the call sites.
    pub(super) fn try_subprog_site(&mut self) -> bool {
        let k = self
            .rng
            .pick(&[SubSite::ArgUninit, SubSite::StackArg, SubSite::RetUnset]);
        self.frag_subcall(Some(k))
    }

    /// A call to a new subprogram; `site` chooses a call site.
    pub(super) fn frag_subcall(&mut self, site: Option<SubSite>) -> bool {
        if self.frame >= 2 || self.in_loop || !(0..=5).all(|r| self.writable(r)) {
            return false;
        }
        let nargs = self.rng.range(0, 3) as u8;
        let mut args: Vec<Arg> = Vec::new();
        for a in 1..=nargs {
            let arg = self.arg(a, nargs, &args);
            args.push(arg);
        }
        let site_arg = match site {
            Some(SubSite::ArgUninit) => {
                let c: Vec<usize> = (0..args.len())
                    .filter(|&i| !args[i].setup.is_empty() && self.get(args[i].reg) == Val::Uninit)
                    .collect();
                if c.is_empty() {
                    return false;
                }
                Some(self.rng.pick(&c))
            }
            Some(SubSite::StackArg) if !args.iter().any(|a| a.slot.is_some()) => return false,
            _ => None,
        };
        self.call_setup(&args, site_arg);
        let entry = self.label();
        self.j(Insn::Call(CallKind::Local(0)), entry);
        self.callee(entry, &args, site_arg, site);
        self.after_call(&args);
        true
    }

    /// Argument `a` of `nargs`; sources are registers the setup does not overwrite.
    fn arg(&mut self, a: u8, nargs: u8, done: &[Arg]) -> Arg {
        let r = reg(a);
        let usable =
            |i: u8| (i == 0 || i > nargs) && !done.iter().any(|d| d.source == Some(reg(i)));
        let scalars: Vec<u8> = (0..10u8)
            .filter(|&i| usable(i) && self.st.r[i as usize].scalar())
            .collect();
        let ctxs: Vec<u8> = (0..10u8)
            .filter(|&i| usable(i) && self.st.r[i as usize] == Val::Ctx)
            .collect();
        let slots: Vec<usize> = (0..12)
            .filter(|&i| self.st.s[i].scalar() && self.slot_writable(i))
            .collect();
        let plain = |setup, val| Arg {
            reg: r,
            setup,
            val,
            source: None,
            slot: None,
        };
        match self.rng.below(4) {
            1 if !scalars.is_empty() => {
                let s = reg(self.rng.pick(&scalars));
                Arg {
                    source: Some(s),
                    ..plain(vec![mov(r, s)], self.get(s))
                }
            }
            2 if a == 1 && self.get(r) == Val::Ctx => plain(vec![], Val::Ctx),
            2 if !ctxs.is_empty() => {
                let c = reg(self.rng.pick(&ctxs));
                plain(vec![mov(r, c)], Val::Ctx)
            }
            3 if !slots.is_empty() && !done.iter().any(|d| d.slot.is_some()) => {
                let i = self.rng.pick(&slots);
                let setup = vec![
                    mov(r, Reg::FP),
                    alu(AluOp::Add, Width::W64, r, Operand::Imm(slot_off(i) as i32)),
                ];
                Arg {
                    slot: Some(i),
                    ..plain(setup, Val::Dead)
                }
            }
            _ => {
                let k = self.rng.range(-5, 100) as i32;
                plain(vec![mov_imm(r, k)], Val::Const(k as i64))
            }
        }
    }

    /// The caller's argument setup; the setup of `args[site_arg]` is the `ArgUninit` site.
    fn call_setup(&mut self, args: &[Arg], site_arg: Option<usize>) {
        for (i, a) in args.iter().enumerate() {
            let items: Vec<Item> = a.setup.iter().map(|x| Item::I(*x)).collect();
            if site_arg == Some(i) {
                self.site(Site {
                    kind: "subprog-arg-uninit",
                    ok: items,
                    bad: vec![],
                    code: Code::UninitRead,
                    reason: format!(
                        "the setup of argument {} before the call was removed",
                        a.reg
                    ),
                    message: format!("R{} !read_ok", a.reg.index()),
                });
            } else {
                self.items.extend(items);
            }
        }
    }

    /// Builds the subprogram at `entry` into `subs`, on a fresh frame.
    fn callee(
        &mut self,
        entry: Label,
        args: &[Arg],
        site_arg: Option<usize>,
        site: Option<SubSite>,
    ) {
        let caller_items = std::mem::take(&mut self.items);
        // The callee gets all of r1-r5 as they are, arguments or not.
        let mut st = St::entry();
        for r in 1..=5 {
            st.r[r] = match self.st.r[r] {
                Val::Fresh(_) => Val::Any,
                v => v,
            };
        }
        for a in args {
            st.r[a.reg.index() as usize] = a.val;
        }
        let caller_st = std::mem::replace(&mut self.st, st);
        let caller_depth = std::mem::replace(&mut self.depth, 0);
        self.frame += 1;
        self.place(entry);
        self.callee_prologue(args, site_arg, site);
        let n = 1 + self.rng.below(3) as usize;
        self.block(n);
        self.callee_ret(site == Some(SubSite::RetUnset));
        self.frame -= 1;
        self.depth = caller_depth;
        self.st = caller_st;
        let body = std::mem::replace(&mut self.items, caller_items);
        self.subs.extend(body);
    }

    /// Reads the argument of the `ArgUninit` site first, keeps the context in r6, and reads
    /// or writes through the pointer into the caller's stack (the `StackArg` site).
    fn callee_prologue(&mut self, args: &[Arg], site_arg: Option<usize>, site: Option<SubSite>) {
        if let Some(i) = site_arg {
            let r = args[i].reg;
            self.i(mov(Reg::R7, r));
            // A copy: the same value, but a compared copy refines the original (same id).
            let v = match args[i].val {
                Val::Fresh(_) => Val::Any,
                v => v,
            };
            self.set(Reg::R7, v);
        }
        if let Some(c) = args.iter().find(|a| a.val == Val::Ctx) {
            if self.rng.chance(1, 2) {
                self.i(mov(Reg::R6, c.reg));
                self.set(Reg::R6, Val::Ctx);
            }
        }
        let Some((p, slot)) = args.iter().find_map(|a| a.slot.map(|s| (a.reg, s))) else {
            return;
        };
        let d = self
            .pick_dst(&[p])
            .expect("r0-r5 are writable in a new frame");
        let s = self.scalar_reg().filter(|s| *s != p);
        match (site, s) {
            (Some(SubSite::StackArg), _) => {
                let ok = ldx(Size::DW, false, d, p, 0);
                let above = -slot_off(slot);
                let bad = ldx(Size::DW, false, d, p, above);
                self.site(Site {
                    kind: "subprog-stack-arg",
                    ok: vec![Item::I(ok)],
                    bad: vec![Item::I(bad)],
                    code: Code::StackBounds,
                    reason: format!("`{}` became `{}`", txt(&ok), txt(&bad)),
                    message: format!("invalid read from stack R{} off=0 size=8", p.index()),
                });
                self.set(d, Val::Any);
            }
            (_, Some(s)) if self.rng.chance(1, 2) => {
                self.i(store(Size::DW, p, 0, Operand::Reg(s)));
            }
            _ => {
                self.i(ldx(Size::DW, false, d, p, 0));
                self.set(d, Val::Any);
            }
        }
        self.set(p, Val::Dead);
    }

    /// `r0` = a scalar, `exit`. With `site` and r0 never written on the way, the
    /// `RetUnset` site removes the `r0 = K`.
    fn callee_ret(&mut self, site: bool) {
        let k = self.rng.range(-3, 50) as i32;
        if site && self.want_site && self.st.r[0] == Val::Uninit {
            let ok = mov_imm(Reg::R0, k);
            self.site(Site {
                kind: "subprog-ret-unset",
                ok: vec![Item::I(ok), Item::I(Insn::Exit)],
                bad: vec![Item::I(Insn::Exit)],
                code: Code::UninitRead,
                reason: format!("the subprogram's `{}` before exit was removed", txt(&ok)),
                message: "R0 !read_ok".into(),
            });
            return;
        }
        match self.scalar_reg() {
            Some(s) if s == Reg::R0 => {}
            Some(s) if self.rng.chance(1, 2) => self.i(mov(Reg::R0, s)),
            _ => self.i(mov_imm(Reg::R0, k)),
        }
        self.i(Insn::Exit);
    }

    /// The caller's state after the call: r1-r5 gone, r0 an unknown scalar read at once,
    /// copied scalars and the slot the callee could write no longer fresh.
    fn after_call(&mut self, args: &[Arg]) {
        self.clobber_call(Val::Any);
        for a in args {
            if let Some(s) = a.source {
                if self.get(s).scalar() {
                    self.set(s, Val::Any);
                }
            }
            if let Some(i) = a.slot {
                self.st.s[i] = Val::Any;
            }
        }
        let d = self.pick_dst(&[Reg::R0]).expect("r1-r5 are writable");
        self.i(mov(d, Reg::R0));
        self.set(d, Val::Any);
    }
}
