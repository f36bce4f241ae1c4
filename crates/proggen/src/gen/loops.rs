//! Bounded loops (one per program): a counter up to a constant, and with
//! [`Config::loop_variety`](super::Config) a counter up to a bound-checked context value and
//! two nested counters, plus the loops the kernel rejects (`infinite loop detected`) or whose
//! verdict only its heuristics decide.
//!
//! Every loop body may not write r6-r9 or stack slots initialised before the loop, and sees
//! r0-r5 as unusable at its head, so one pass of the builder describes every iteration.

use super::*;

/// Context fields of one or two bytes (a small bound for a loop), never `sk`.
fn small_field(acc: &[(i64, u32)], one_byte: bool) -> Vec<(i64, u32)> {
    acc.iter()
        .copied()
        .filter(|&(off, size)| off > 0 && (size == 1 || (!one_byte && size == 2)))
        .collect()
}

impl Builder<'_> {
    /// A bounded loop. Site: the counter never initialised, or never incremented, or reset
    /// at the head of every iteration.
    pub(super) fn frag_loop(&mut self, site: bool) -> bool {
        if !self.cfg.loops || self.loop_used || self.in_loop || self.depth > 0 {
            return false;
        }
        let may_goto = self.cfg.may_goto && crate::rules::has_may_goto(self.cfg.profile);
        if may_goto && !site && self.rng.chance(1, 4) {
            return self.loop_may_goto();
        }
        if self.cfg.loop_variety {
            match self.rng.below(4) {
                0 => return self.loop_ctx_bound(site),
                1 => return self.loop_nested(site),
                _ => {}
            }
        }
        self.loop_counter(site)
    }

    /// Enters a loop body: r6-r9 and the initialised stack slots frozen, r0-r5 unusable.
    fn loop_enter(&mut self) -> (u16, u64) {
        let saved = (self.frozen_regs, self.frozen_slots);
        self.frozen_regs |= (1 << 6) | (1 << 7) | (1 << 8) | (1 << 9);
        for i in 0..SLOTS {
            if self.st.s[i] != Val::Uninit {
                self.frozen_slots |= 1 << i;
            }
        }
        for r in 0..=5 {
            self.st.r[r] = Val::Dead;
        }
        self.in_loop = true;
        saved
    }

    /// A body of one to three fragments; whether it writes the stack.
    fn loop_body(&mut self) -> bool {
        let body = 1 + self.rng.below(3) as usize;
        let body_start = self.items.len();
        self.block(body);
        self.items[body_start..].iter().any(|it| {
            matches!(
                it,
                Item::I(Insn::Store { dst: Reg::FP, .. } | Insn::Atomic { dst: Reg::FP, .. })
            )
        })
    }

    fn loop_leave(&mut self, saved: (u16, u64)) {
        self.in_loop = false;
        (self.frozen_regs, self.frozen_slots) = saved;
    }

    /// May a site whose mutation makes the loop infinite go here? Stack writes in the body
    /// or pointers with ids on the way kept the 6.18 kernel from recognising such loops as
    /// infinite in campaigns (it ran into the 1M-instruction limit, seconds per program).
    fn infinite_site_ok(&self, site: bool, writes_stack: bool) -> bool {
        site && self.want_site && !self.made_ids && !writes_stack
    }

    /// `r9` counts up to 2..5. Sites: `loop-no-init`, `loop-no-increment`.
    fn loop_counter(&mut self, site: bool) -> bool {
        self.loop_used = true;
        let n = self.rng.range(2, 5) as i32;
        let width = if self.rng.chance(1, 3) {
            Width::W32
        } else {
            Width::W64
        };
        let init = alu(AluOp::Mov, width, Reg::R9, Operand::Imm(0));
        let inc = alu(AluOp::Add, width, Reg::R9, Operand::Imm(1));
        if site && self.rng.chance(1, 2) {
            // Without `r9 = 0` the increment reads an uninitialised register (r9 is only
            // ever written by the one loop of a program).
            self.site(Site {
                kind: "loop-no-init",
                ok: vec![Item::I(init)],
                bad: vec![],
                code: Code::UninitRead,
                reason: format!(
                    "the loop counter initialisation `{}` was removed",
                    txt(&init)
                ),
                message: "R9 !read_ok".into(),
            });
        } else {
            self.i(init);
        }
        // The counter varies across iterations: any scalar, never compared by the body.
        self.st.r[9] = Val::Any;
        let head = self.label();
        self.place(head);
        let saved = self.loop_enter();
        let writes_stack = self.loop_body();
        self.loop_leave(saved);
        self.increment(Reg::R9, inc, self.infinite_site_ok(site, writes_stack));
        self.j(jif(JmpCond::Lt, width, Reg::R9, Operand::Imm(n)), head);
        self.st.r[9] = Val::Any;
        true
    }

    /// `r9` counts up to 2..5, and a `may_goto` at the head may leave at any iteration:
    /// after the loop, what the head had is joined with what the body left. No sites.
    fn loop_may_goto(&mut self) -> bool {
        self.loop_used = true;
        let n = self.rng.range(2, 5) as i32;
        let out = self.label();
        self.i(mov_imm(Reg::R9, 0));
        self.st.r[9] = Val::Any;
        let head = self.label();
        self.place(head);
        let saved = self.loop_enter();
        let at_head = self.st.clone();
        self.j(Insn::MayGoto { off: 0 }, out);
        self.loop_body();
        self.loop_leave(saved);
        self.i(alu(AluOp::Add, Width::W64, Reg::R9, Operand::Imm(1)));
        self.j(jif(JmpCond::Lt, Width::W64, Reg::R9, Operand::Imm(n)), head);
        self.place(out);
        self.st.r[9] = Val::Any;
        self.st = self.st.join(&at_head);
        true
    }

    /// `inc`, or with `site` the `loop-no-increment` site that removes it.
    fn increment(&mut self, counter: Reg, inc: Insn, site: bool) {
        if site {
            self.site(Site {
                kind: "loop-no-increment",
                ok: vec![Item::I(inc)],
                bad: vec![],
                code: Code::InfiniteLoop,
                reason: format!("the loop counter {counter} is no longer incremented"),
                message: "infinite loop detected".into(),
            });
        } else {
            self.i(inc);
        }
    }

    /// `r9 = 0` before the loop head, or with `site` the `loop-reset` site that moves it
    /// after the head, so that every iteration starts over.
    fn init_before(&mut self, init: Insn, head: Label, site: bool) {
        if site {
            self.site(Site {
                kind: "loop-reset",
                ok: vec![Item::I(init), Item::L(head)],
                bad: vec![Item::L(head), Item::I(init)],
                code: Code::InfiniteLoop,
                reason: format!("`{}` moved into the loop, resetting it", txt(&init)),
                message: "infinite loop detected".into(),
            });
        } else {
            self.i(init);
            self.place(head);
        }
    }

    /// `r8` = a context field of one or two bytes, `if r8 > N` leaves, `r9` counts up to
    /// `r8`. Site: `loop-reset`. Without a site in the program, a third of these loops go
    /// without the bound check (a one-byte field, up to 255 iterations): whether the kernel
    /// walks them within its limits is its heuristics' call, so the program expects
    /// [`Expect::KernelDecides`](crate::Expect).
    fn loop_ctx_bound(&mut self, site: bool) -> bool {
        let Some(c) = self.ctx_reg() else {
            return false;
        };
        let unchecked = !self.site_program && self.rng.chance(1, 3);
        let fields = small_field(&self.ctx_acc, unchecked);
        let (off, size) = self.rng.pick(&fields);
        self.loop_used = true;
        let n = self.rng.range(2, 6) as i32;
        let skip = self.label();
        self.i(ldx(size_of(size), false, Reg::R8, c, off as i16));
        // Compared against the counter on every iteration: no longer fresh.
        self.st.r[8] = Val::Any;
        if unchecked {
            self.decides = Some(format!(
                "a loop up to the context byte at {off} without a bound check: up to 255 \
                 iterations, within the kernel's limits or not as its pruning decides"
            ));
        } else {
            self.j(jif(JmpCond::Gt, Width::W64, Reg::R8, Operand::Imm(n)), skip);
        }
        // The state where the bound check leaves: joined with the loop's exit below.
        let at_skip = self.st.clone();
        self.st.r[9] = Val::Any;
        let head = self.label();
        let saved = self.loop_enter();
        // The site needs the same conditions as a missing increment; the body is not built
        // yet, so it is chosen without stack writes in mind and dropped if there are some.
        let reset = self.infinite_site_ok(site, false) && self.rng.chance(1, 2);
        let init = mov_imm(Reg::R9, 0);
        let at = self.items.len();
        self.init_before(init, head, false);
        let writes_stack = self.loop_body();
        if reset && self.infinite_site_ok(site, writes_stack) {
            self.items.drain(at..at + 2);
            let body: Vec<Item> = self.items.drain(at..).collect();
            self.init_before(init, head, true);
            self.items.extend(body);
        }
        self.loop_leave(saved);
        self.i(alu(AluOp::Add, Width::W64, Reg::R9, Operand::Imm(1)));
        self.j(
            jif(JmpCond::Lt, Width::W64, Reg::R9, Operand::Reg(Reg::R8)),
            head,
        );
        self.place(skip);
        self.st.r[8] = Val::Any;
        self.st.r[9] = Val::Any;
        self.st = self.st.join(&at_skip);
        true
    }

    /// `r9` counts to 2..4 around `r8` counting to 2..4. Sites: the inner increment removed
    /// (`loop-no-increment`), the outer counter reset in every iteration (`loop-reset`).
    fn loop_nested(&mut self, site: bool) -> bool {
        self.loop_used = true;
        let (n, m) = (self.rng.range(2, 4) as i32, self.rng.range(2, 4) as i32);
        let which = self.rng.below(2);
        let outer = self.label();
        let inner = self.label();
        let at = self.items.len();
        self.init_before(mov_imm(Reg::R9, 0), outer, false);
        self.st.r[9] = Val::Any;
        let saved = self.loop_enter();
        self.i(mov_imm(Reg::R8, 0));
        self.st.r[8] = Val::Any;
        self.place(inner);
        let writes_stack = self.loop_body();
        let ok = self.infinite_site_ok(site, writes_stack);
        let inc8 = alu(AluOp::Add, Width::W64, Reg::R8, Operand::Imm(1));
        self.increment(Reg::R8, inc8, ok && which == 0);
        self.j(
            jif(JmpCond::Lt, Width::W64, Reg::R8, Operand::Imm(m)),
            inner,
        );
        self.loop_leave(saved);
        self.i(alu(AluOp::Add, Width::W64, Reg::R9, Operand::Imm(1)));
        self.j(
            jif(JmpCond::Lt, Width::W64, Reg::R9, Operand::Imm(n)),
            outer,
        );
        if ok && which == 1 {
            let init = mov_imm(Reg::R9, 0);
            self.items.drain(at..at + 2);
            let rest: Vec<Item> = self.items.drain(at..).collect();
            self.init_before(init, outer, true);
            self.items.extend(rest);
        }
        self.st.r[8] = Val::Any;
        self.st.r[9] = Val::Any;
        true
    }
}
