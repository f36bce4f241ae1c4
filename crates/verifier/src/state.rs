//! The verifier state one path carries (`struct bpf_verifier_state` with its frame): the
//! registers, the 512-byte stack slot by slot, and the references held.
//!
//! Values are what `struct bpf_reg_state` distinguishes for SK_LOOKUP programs: not
//! initialised, a [`Scalar`] with its link id, or a pointer (ctx, stack, map, map value,
//! socket, each possibly `_or_null`) with a fixed offset and a variable part. Type names are
//! the kernel's `reg_type_str`.

use isa::{Pc, Reg};

use crate::bounds::Scalar;

/// `MAX_BPF_STACK`, bytes per frame.
pub const STACK_SIZE: usize = skctx::limits::MAX_BPF_STACK as usize;
/// The lowest stack offset below the frame pointer (`-MAX_BPF_STACK`).
pub const STACK_MIN: i64 = -(STACK_SIZE as i64);

/// What a pointer points to (`base_type` plus `PTR_MAYBE_NULL`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PtrKind {
    Ctx,
    /// The frame pointer of frame `n` (0: the main program), plus offsets.
    Stack(usize),
    /// `CONST_PTR_TO_MAP` of `maps[i]`.
    Map(usize),
    MapValue(usize),
    /// `PTR_TO_MAP_KEY`: a `bpf_for_each_map_elem` callback's key of `maps[i]` (read-only).
    MapKey(usize),
    MapValueOrNull(usize),
    /// `PTR_TO_MEM` of this many bytes: a global subprogram's pointer argument, or with a
    /// reference (`ref_id`) a reserved ring buffer record (`MEM_RINGBUF`, the only
    /// referenced memory a helper SK_LOOKUP may call returns).
    Mem(u32),
    /// `PTR_TO_MEM | PTR_MAYBE_NULL`: the same before its NULL check.
    MemOrNull(u32),
    /// `PTR_TO_MEM | MEM_RDONLY` of this many bytes: the value an iterator's `next`
    /// returns (never NULL here: the walk forks at the call).
    RdonlyMem(u32),
    /// The `spilled_ptr` of an open-coded iterator's first stack slot (`STACK_ITER`
    /// bytes): `iter.state` (drained or active) and `iter.depth`; its `ref_id` is the
    /// iterator's reference. Never in a register.
    Iter {
        drained: bool,
        depth: u32,
    },
    /// The `spilled_ptr` of a local dynptr's two `STACK_DYNPTR` slots: `first` in the lower
    /// one; `sliced` once `bpf_dynptr_data` gave a slice of it; `id` is the dynptr's id.
    /// Never in a register.
    Dynptr {
        first: bool,
        sliced: bool,
    },
    Sock,
    SockOrNull,
    /// `PTR_TO_FUNC`: the address of subprogram `n` (a callback), from a `BPF_PSEUDO_FUNC`
    /// `ld_imm64` of a program loaded with BTF func_info.
    Func(usize),
    /// A pointer into the kernel whose accesses need the kernel's BTF (`walk/kfunc.rs`):
    /// only copied and returned here.
    Kernel(KernelPtr),
}

/// What a [`PtrKind::Kernel`] points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KernelPtr {
    /// `bpf_cast_to_kern_ctx`'s trusted `PTR_TO_BTF_ID` of `struct bpf_sk_lookup_kern`.
    KernCtx,
    /// `bpf_rdonly_cast(obj, 0)`: untrusted read-only memory (`void`).
    RdonlyUntrusted,
}

impl PtrKind {
    /// `type_may_be_null`.
    pub fn maybe_null(self) -> bool {
        matches!(
            self,
            PtrKind::MapValueOrNull(_) | PtrKind::MemOrNull(_) | PtrKind::SockOrNull
        )
    }
}

/// A pointer register: `off` is the fixed offset, `var` the variable part (known 0 when
/// there is none), `id` the NULL-check id, `ref_id` the reference it carries (0: none).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ptr {
    pub kind: PtrKind,
    pub off: i32,
    pub var: Scalar,
    pub id: u32,
    pub ref_id: u32,
}

impl Ptr {
    pub fn new(kind: PtrKind) -> Ptr {
        Ptr {
            kind,
            off: 0,
            var: Scalar::known(0),
            id: 0,
            ref_id: 0,
        }
    }

    /// The variable part is the constant 0.
    pub fn fixed(&self) -> bool {
        self.var.var_off.is_const() && self.var.var_off.value == 0
    }

    /// The pointer with its whole offset in its variable part (`off` 0), as a 7.1 pointer
    /// keeps it (`skctx::KernelProfile::folds_ptr_off_into_var_off`).
    pub fn folded(&self) -> Ptr {
        let mut p = *self;
        if self.off == 0 {
            return p;
        }
        let (a, b) = (self.var, i64::from(self.off));
        p.off = 0;
        p.var = Scalar::known(b as u64);
        if self.fixed() {
            return p;
        }
        p.var = Scalar::UNKNOWN;
        if let (Some(lo), Some(hi)) = (a.smin.checked_add(b), a.smax.checked_add(b)) {
            (p.var.smin, p.var.smax) = (lo, hi);
        }
        if let (Some(lo), Some(hi)) = (a.umin.checked_add(b as u64), a.umax.checked_add(b as u64)) {
            (p.var.umin, p.var.umax) = (lo, hi);
        }
        p.var.var_off = a.var_off.add(crate::Tnum::constant(b as u64));
        p
    }
}

/// A scalar's link (`reg->id`, and `reg->off` for a scalar linked with a delta): scalars
/// with the same [`Link::base`] id are copies of one value, and one whose `id` carries
/// `BPF_ADD_CONST64`/`BPF_ADD_CONST32` is that value plus `off` (`rX += K` after
/// `rX = rY`, by a 64-bit or a 32-bit addition).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Link {
    /// `reg->id` with its flag bits; 0: not linked.
    pub id: u32,
    /// `reg->off`: the delta, meaningful with a flag.
    pub off: i32,
}

impl Link {
    pub const NONE: Link = Link { id: 0, off: 0 };
    /// `BPF_ADD_CONST64`: this copy is the value plus `off`, added with 64 bits.
    pub const ADD_CONST64: u32 = 1 << 31;
    /// `BPF_ADD_CONST32`: added with 32 bits (zero-extended).
    pub const ADD_CONST32: u32 = 1 << 30;
    /// `BPF_ADD_CONST`: either flag.
    pub const ADD_CONST: u32 = Link::ADD_CONST64 | Link::ADD_CONST32;

    /// A plain copy's link: id `id`, no delta.
    pub fn plain(id: u32) -> Link {
        Link { id, off: 0 }
    }

    /// The id without the flags: what copies of one value share.
    pub fn base(self) -> u32 {
        self.id & !Link::ADD_CONST
    }

    /// The id carries an `ADD_CONST` flag.
    pub fn has_delta(self) -> bool {
        self.id & Link::ADD_CONST != 0
    }

    pub fn is_linked(self) -> bool {
        self.id != 0
    }
}

/// As the log prints it after `id=`: the base id, then the signed delta when flagged
/// (`1+4`, `1-4`, `1+0`).
impl std::fmt::Display for Link {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.base())?;
        if self.has_delta() {
            write!(f, "{:+}", self.off)?;
        }
        Ok(())
    }
}

/// One register.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    Uninit,
    /// A scalar and its link to copies of the same value ([`Link`]).
    Scalar(Scalar, Link),
    Ptr(Ptr),
}

impl Value {
    pub fn scalar(s: Scalar) -> Value {
        Value::Scalar(s, Link::NONE)
    }

    pub fn unknown() -> Value {
        Value::scalar(Scalar::UNKNOWN)
    }

    /// `register_is_null`: a scalar known to be 0.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Scalar(s, _) if s.var_off.is_const() && s.var_off.value == 0)
    }
}

/// `reg_type_str` for a register, with `sockmap_lookup` the name a SOCKMAP/SOCKHASH lookup
/// result has before its NULL check on this profile.
pub fn type_name(v: &Value, maps: &[crate::MapInfo], sockmap_lookup: &'static str) -> &'static str {
    match v {
        Value::Uninit => "?",
        Value::Scalar(..) => "scalar",
        Value::Ptr(p) => match p.kind {
            PtrKind::Ctx => "ctx",
            PtrKind::Stack(_) => "fp",
            PtrKind::Map(_) => "map_ptr",
            PtrKind::MapValue(_) => "map_value",
            PtrKind::MapKey(_) => "map_key",
            PtrKind::MapValueOrNull(m) if maps.get(m).is_some_and(|m| m.holds_sockets()) => {
                sockmap_lookup
            }
            PtrKind::MapValueOrNull(_) => "map_value_or_null",
            PtrKind::Mem(_) if p.ref_id != 0 => "ringbuf_mem",
            PtrKind::MemOrNull(_) if p.ref_id != 0 => "ringbuf_mem_or_null",
            PtrKind::Mem(_) => "mem",
            PtrKind::MemOrNull(_) => "mem_or_null",
            PtrKind::RdonlyMem(_) => "rdonly_mem",
            PtrKind::Iter { .. } => "iter_num",
            PtrKind::Dynptr { .. } => "dynptr_local",
            PtrKind::Sock => "sock",
            PtrKind::SockOrNull => "sock_or_null",
            PtrKind::Func(_) => "func",
            PtrKind::Kernel(KernelPtr::KernCtx) => "trusted_ptr_",
            PtrKind::Kernel(KernelPtr::RdonlyUntrusted) => "rdonly_untrusted_mem",
        },
    }
}

/// One stack byte (`slot_type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Byte {
    Invalid,
    Misc,
    Zero,
    Spill,
    /// `STACK_ITER`: part of an open-coded iterator (`walk/iter.rs`).
    Iter,
    /// `STACK_DYNPTR`: part of a dynptr (`walk/dynptr.rs`).
    Dynptr,
}

/// An 8-byte stack slot (`spi`): its bytes, indexed as the kernel's `slot_type` (byte `k`
/// of slot `spi` is at `fp - 8*spi - 1 - k`: index 7 is the lowest address, where a spill
/// starts) and the spilled register (`spilled_ptr`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StackSlot {
    pub bytes: [Byte; 8],
    pub spilled: Value,
}

impl StackSlot {
    /// A slot never written: every byte `STACK_INVALID`, no spilled register.
    pub const EMPTY: StackSlot = StackSlot {
        bytes: [Byte::Invalid; 8],
        spilled: Value::Uninit,
    };
}

/// The instruction that wrote a register, or none (the entry state's value). Four bytes, as
/// the walk copies a frame's origins before every instruction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin(Option<std::num::NonZeroU32>);

impl Origin {
    /// The value was there at entry.
    pub const ENTRY: Origin = Origin(None);

    /// Written by the instruction at `pc` (a program has at most 1M instructions).
    pub fn at(pc: Pc) -> Origin {
        Origin(
            u32::try_from(pc.0 + 1)
                .ok()
                .and_then(std::num::NonZeroU32::new),
        )
    }

    pub fn pc(self) -> Option<Pc> {
        self.0.map(|n| Pc(n.get() as usize - 1))
    }
}

/// A held reference (`struct bpf_reference_state`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RefState {
    pub id: u32,
    pub insn: Pc,
}

/// The `bpf_spin_lock` a path holds (`active_spin_lock`; 6.2 `active_lock`; 6.13 a lock
/// among the reference states): the map whose value holds it and the pointer's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lock {
    /// [`crate::MapInfo::id`] of the map (`active_lock.ptr`, the `struct bpf_map *`).
    pub map: usize,
    /// The map value pointer's id (`reg->id`).
    pub id: u32,
    /// The lock is one of the reference states (6.13 on), which the log prints among
    /// `refs=`.
    pub in_refs: bool,
}

/// One function's frame (`struct bpf_func_state`): its registers and stack.
///
/// The stack holds the slots from the frame pointer down to the deepest one touched; the
/// slots below are [`StackSlot::EMPTY`] ([`Frame::slot`]). States are cloned at every
/// branch and checkpoint, and most programs touch a few of the 64 slots.
#[derive(Debug, Clone)]
pub struct Frame {
    pub regs: [Value; Reg::COUNT],
    /// The instruction that last wrote each register on this path (`None`: its value is
    /// the entry's), for pointing a rejection at where the value at fault came from.
    pub origin: [Origin; Reg::COUNT],
    /// Slots from `fp-8` down, at least the `allocated` ones ([`Frame::slot`] reads any).
    pub stack: Vec<StackSlot>,
    /// `allocated_stack`: bytes below the frame pointer accessed so far (a multiple of 8).
    pub allocated: usize,
    /// The call instruction this frame returns after (unused for the main program).
    pub callsite: Pc,
    /// The subprogram the frame runs.
    pub subprog: usize,
    /// `in_callback_fn`: a callback (of `bpf_loop`), which returns to its call site, R0 in
    /// [0, 1] (`callback_ret_range`).
    pub in_callback: bool,
    /// `callback_depth`: the callback iterations this frame's `bpf_loop` call has pushed.
    pub callback_depth: u64,
}

impl Frame {
    /// `init_func_state`: every register uninitialised but R10, the stack never written.
    pub fn new(frameno: usize, callsite: Pc, subprog: usize) -> Frame {
        let mut regs = [Value::Uninit; Reg::COUNT];
        regs[10] = Value::Ptr(Ptr::new(PtrKind::Stack(frameno)));
        Frame {
            regs,
            origin: [Origin::ENTRY; Reg::COUNT],
            stack: Vec::new(),
            allocated: 0,
            callsite,
            subprog,
            in_callback: false,
            callback_depth: 0,
        }
    }

    /// Slot `spi` (0 is `fp-8`), [`StackSlot::EMPTY`] below the slots touched; `None`
    /// outside the stack.
    pub fn slot(&self, spi: usize) -> Option<&StackSlot> {
        match self.stack.get(spi) {
            Some(s) => Some(s),
            None if spi < STACK_SIZE / 8 => Some(&StackSlot::EMPTY),
            None => None,
        }
    }

    /// Slot `spi` to write, the stack grown down to it (`spi` within the stack).
    pub fn slot_mut(&mut self, spi: usize) -> &mut StackSlot {
        self.grow_stack(spi + 1);
        &mut self.stack[spi]
    }

    /// At least `slots` slots held (at most the whole stack).
    pub fn grow_stack(&mut self, slots: usize) {
        let n = slots.min(STACK_SIZE / 8);
        if self.stack.len() < n {
            self.stack.resize(n, StackSlot::EMPTY);
        }
    }

    /// The slots up to the deepest one not [`StackSlot::EMPTY`]: equal frames have equal
    /// slots whatever they hold beyond.
    fn written_stack(&self) -> &[StackSlot] {
        let n = self
            .stack
            .iter()
            .rposition(|s| *s != StackSlot::EMPTY)
            .map_or(0, |k| k + 1);
        &self.stack[..n]
    }
}

impl PartialEq for Frame {
    fn eq(&self, other: &Frame) -> bool {
        let Frame {
            regs,
            origin,
            stack: _,
            allocated,
            callsite,
            subprog,
            in_callback,
            callback_depth,
        } = self;
        *regs == other.regs
            && *origin == other.origin
            && self.written_stack() == other.written_stack()
            && *allocated == other.allocated
            && *callsite == other.callsite
            && *subprog == other.subprog
            && *in_callback == other.in_callback
            && *callback_depth == other.callback_depth
    }
}

impl Eq for Frame {}

/// One path's state: the call frames (the last is the current one) and the references held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    pub pc: Pc,
    pub frames: Vec<Frame>,
    pub refs: Vec<RefState>,
    /// The `bpf_spin_lock` held, if any.
    pub lock: Option<Lock>,
    /// A path only speculative execution takes (`sanitize_speculative_path`).
    pub speculative: bool,
    /// `may_goto_depth`: the `may_goto` fall-throughs (loop iterations) taken on this path.
    pub may_goto_depth: u32,
    /// `callback_unroll_depth`: the callback iterations pushed on this path.
    pub callback_unroll_depth: u32,
    /// The kfunc sections open on this path (`walk/kfunc.rs`).
    pub sections: Sections,
}

/// `active_rcu_lock` and `active_preempt_locks`: the sections `check_kfunc_call` tracks,
/// for the whole path (every frame).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Sections {
    pub rcu: bool,
    /// `bpf_preempt_disable` calls not yet matched by `bpf_preempt_enable`.
    pub preempt: u32,
}

impl State {
    /// The entry state: R1 the context, R10 the frame pointer, everything else uninitialised.
    pub fn entry() -> State {
        let mut main = Frame::new(0, Pc(0), 0);
        main.regs[1] = Value::Ptr(Ptr::new(PtrKind::Ctx));
        State::entry_with(main)
    }

    /// A walk's first state, at instruction 0, with `frame` its only frame.
    fn entry_with(frame: Frame) -> State {
        State {
            pc: Pc(0),
            frames: vec![frame],
            refs: Vec::new(),
            lock: None,
            speculative: false,
            may_goto_depth: 0,
            callback_unroll_depth: 0,
            sections: Sections::default(),
        }
    }

    /// The state a global subprogram starting at `start` is verified from
    /// (`do_check_common`): frame 0 of `subprog`, R1-R5 from its BTF arguments.
    pub fn global_entry(subprog: usize, start: Pc, args: &[Value]) -> State {
        let mut frame = Frame::new(0, Pc(0), subprog);
        frame.regs[1..=args.len().min(5)].copy_from_slice(&args[..args.len().min(5)]);
        State {
            pc: start,
            ..State::entry_with(frame)
        }
    }

    /// The current frame.
    #[inline]
    pub fn cur(&self) -> &Frame {
        self.frames.last().expect("a state has a frame")
    }

    #[inline]
    pub fn cur_mut(&mut self) -> &mut Frame {
        self.frames.last_mut().expect("a state has a frame")
    }

    #[inline]
    pub fn reg(&self, r: Reg) -> &Value {
        &self.cur().regs[r.index() as usize]
    }

    /// The current instruction writes `v` into `r`.
    #[inline]
    pub fn set(&mut self, r: Reg, v: Value) {
        let pc = self.pc;
        let frame = self.cur_mut();
        frame.regs[r.index() as usize] = v;
        frame.origin[r.index() as usize] = Origin::at(pc);
    }

    /// `r` learns more about the value it holds (a branch's refinement, a link id): no
    /// instruction wrote it.
    #[inline]
    pub fn refine(&mut self, r: Reg, v: Value) {
        self.cur_mut().regs[r.index() as usize] = v;
    }

    /// Every register and spilled register of every frame, for updates by id.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut Value> {
        self.frames.iter_mut().flat_map(|f| {
            f.regs
                .iter_mut()
                .chain(f.stack.iter_mut().map(|s| &mut s.spilled))
        })
    }

    /// `release_reference_state`: removes reference `id` (the last one takes its place).
    pub fn drop_ref(&mut self, id: u32) -> bool {
        match self.refs.iter().position(|r| r.id == id) {
            Some(i) => {
                self.refs.swap_remove(i);
                true
            }
            None => false,
        }
    }

    /// `release_reference`: drops the reference and turns every register holding it into
    /// `invalid` (`mark_reg_invalid`: unknown with pointer leaks allowed, else uninitialised).
    pub fn release(&mut self, ref_id: u32, invalid: Value) -> bool {
        if !self.drop_ref(ref_id) {
            return false;
        }
        for v in self.values_mut() {
            if matches!(v, Value::Ptr(p) if p.ref_id == ref_id) {
                *v = invalid;
            }
        }
        true
    }
}

/// The slot and byte index of the stack byte at `fp + off` (`off` in `STACK_MIN..0`).
pub fn stack_pos(off: i64) -> (usize, usize) {
    let slot = (-off - 1) as usize;
    (slot / 8, slot % 8)
}
