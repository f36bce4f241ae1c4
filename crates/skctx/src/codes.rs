//! The registry of verifier error codes: every rejection our tools name, once.
//!
//! A [`Code`] is the stable kebab-case name of one verifier rule (`ctx-bad-access`,
//! `retval-range`, ...): what skctx's error types return from `code()`, what proggen predicts
//! for its mutated programs, and what the spec corpus writes in its `# error[CODE]: MESSAGE`
//! markers. [`CODES`] is the one table: per code its name, its rule in one sentence and the
//! kernel message forms that stand for it, each with the kernel profiles
//! ([`KernelProfile`] feature queries, never restated versions) and the loader privilege it
//! is printed for. The table in tests/spec/README.md is rendered from it
//! ([`crate::render_code_table`]).
//!
//! Templates are the kernel's message with each printed value as a `<placeholder>`
//! (`invalid bpf_context access off=<off> size=<size>`); [`MessageForm::matches`] and
//! [`MessageForm::matches_fragment`] compare a kernel line, or a piece of one, with a template.
//!
//! To add a code: a variant of [`Code`] and a row of [`CODES`] at the same position (a
//! compile-time check keeps them aligned), then `UPDATE_DOCS=1 cargo test -p skctx --test
//! codes` regenerates the README table.

use std::fmt;
use std::str::FromStr;

use crate::profile::{KernelProfile, Privilege};
use crate::program_type::LD_ABS_MESSAGE;

/// A verifier error code. The order is [`CODES`]'s order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Code {
    CtxBadAccess,
    CtxWrite,
    CtxAtomic,
    CtxModifiedPtr,
    CtxVarOffset,
    LdAbsNotAllowed,
    InvalidMemAccess,
    SockBadAccess,
    SockWrite,
    SockPtrArith,
    HelperArgType,
    HelperMemSize,
    ReleaseUnreferenced,
    ReferenceLeak,
    TailCallLeak,
    LeaksAddrIntoMap,
    LeaksAddrIntoMem,
    MapWriteForbidden,
    HelperNotAllowed,
    HelperUnknown,
    GplOnly,
    MightSleep,
    MapFuncIncompatible,
    MapValueBounds,
    MapPtrArith,
    MapPtrAccess,
    RetvalRange,
    RetvalPointer,
    UninitRead,
    BadRegister,
    StackBounds,
    StackUninitRead,
    StackMisaligned,
    AtomicMisaligned,
    StackFillSize,
    UnreachableInsn,
    FallOffEnd,
    JumpOutOfRange,
    JumpIntoLdImm64,
    BackEdge,
    InfiniteLoop,
    TooComplex,
    DivByZero,
    FramePointerWrite,
    InvalidShift,
    PtrArith,
    PtrComparison,
    UnknownOpcode,
    CallOutOfRange,
    TooManySubprogs,
    SubprogNeedsBtf,
    ReservedFields,
    BadLdImm64,
    FdArrayMissing,
    TooManyBranches,
    PtrPtrArith,
    MapValueNullArith,
    StackSpillSize,
    StackSpillCorrupt,
    LeaksAddrIntoHelper,
    TooManyMaps,
    GlobalFuncArgs,
    GlobalFuncProto,
    IterArg,
    DynptrArg,
    RdonlyWrite,
    ConstStr,
    FormatString,
    CombinedStack,
    SpinLockArg,
    SpinLockState,
    SpinLockHeld,
    SpinLockAccess,
    SectionUnmatched,
    SectionOpen,
    KfuncArg,
    BtfPtrAccess,
}

/// The kernel profiles a message form is printed on.
#[derive(Debug, Clone, Copy)]
pub enum Kernels {
    All,
    /// Profiles for which the feature query holds.
    If(fn(KernelProfile) -> bool),
    /// Profiles for which the feature query does not hold.
    Unless(fn(KernelProfile) -> bool),
}

impl Kernels {
    pub fn includes(self, profile: KernelProfile) -> bool {
        match self {
            Kernels::All => true,
            Kernels::If(query) => query(profile),
            Kernels::Unless(query) => !query(profile),
        }
    }
}

/// One way the kernel words a rejection.
#[derive(Debug, Clone, Copy)]
pub struct MessageForm {
    /// The message with `<placeholder>`s for printed values.
    pub template: &'static str,
    pub kernels: Kernels,
    /// `Some` when only a loader with this privilege gets this form.
    pub privilege: Option<Privilege>,
    /// When the rule has several forms, which situation this one is for ("" for the main one).
    pub case: &'static str,
}

impl MessageForm {
    /// Printed on `profile` for a loader with `privilege`?
    pub fn applies(&self, profile: KernelProfile, privilege: Privilege) -> bool {
        self.kernels.includes(profile) && self.privilege.is_none_or(|p| p == privilege)
    }

    /// Is `text` exactly an instance of the template?
    pub fn matches(&self, text: &str) -> bool {
        template_match(self.template, text, true)
    }

    /// Is `text` a piece of some instance of the template (as a corpus marker quotes it)?
    pub fn matches_fragment(&self, text: &str) -> bool {
        template_match(self.template, text, false)
    }

    const fn new(template: &'static str) -> MessageForm {
        MessageForm {
            template,
            kernels: Kernels::All,
            privilege: None,
            case: "",
        }
    }

    const fn since(self, query: fn(KernelProfile) -> bool) -> MessageForm {
        MessageForm {
            kernels: Kernels::If(query),
            ..self
        }
    }

    const fn before(self, query: fn(KernelProfile) -> bool) -> MessageForm {
        MessageForm {
            kernels: Kernels::Unless(query),
            ..self
        }
    }

    const fn root(self) -> MessageForm {
        MessageForm {
            privilege: Some(Privilege::Root),
            ..self
        }
    }

    const fn no_perfmon(self) -> MessageForm {
        MessageForm {
            privilege: Some(Privilege::NoPerfmon),
            ..self
        }
    }

    const fn case(self, case: &'static str) -> MessageForm {
        MessageForm { case, ..self }
    }
}

/// One row of the registry.
#[derive(Debug, Clone, Copy)]
pub struct CodeRow {
    pub code: Code,
    /// Stable kebab-case name.
    pub name: &'static str,
    /// The rule, in one sentence.
    pub rule: &'static str,
    pub forms: &'static [MessageForm],
    /// How to fix the common mistake behind the code, for people (`skasm lint`'s `help:`
    /// line); empty when there is no one fix.
    pub help: &'static str,
}

impl CodeRow {
    const fn help(self, help: &'static str) -> CodeRow {
        CodeRow { help, ..self }
    }
}

const fn row(
    code: Code,
    name: &'static str,
    rule: &'static str,
    forms: &'static [MessageForm],
) -> CodeRow {
    CodeRow {
        code,
        name,
        rule,
        forms,
        help: "",
    }
}

const fn m(template: &'static str) -> MessageForm {
    MessageForm::new(template)
}

type Q = fn(KernelProfile) -> bool;
const ST_IS_CTX_ACCESS: Q = KernelProfile::st_into_ctx_is_ctx_access;
const SAYS_ATOMIC: Q = KernelProfile::atomic_message_says_atomic;
const LOAD_ACQUIRE: Q = KernelProfile::has_load_acquire;
const SAYS_PROGRAM_TYPE: Q = KernelProfile::helper_refusal_says_program_type;
const LEAK_SECOND_LINE: Q = KernelProfile::reference_leak_has_second_line;
const RETVAL_BOUNDS: Q = KernelProfile::retval_message_uses_bounds;
const MAY_GOTO_ZERO: Q = KernelProfile::may_goto_zero_allowed;
const HELPER_STACK_RW: Q = KernelProfile::helper_stack_access_says_read_or_write;
const TAIL_CALL_PROG_ARRAY: Q = KernelProfile::tail_call_map_check_says_prog_array;
const MAP_PTR_STRUCT: Q = KernelProfile::map_ptr_access_says_struct;
const VAR_STACK_FIXED_OFF: Q = KernelProfile::var_stack_access_prints_fixed_offset;
const CPU_V4: Q = KernelProfile::has_cpu_v4;
const USED_MAPS_MESSAGE: Q = KernelProfile::used_maps_limit_has_message;
const LAZY_GLOBALS: Q = KernelProfile::verifies_global_subprogs_lazily;
const ARG_TAGS: Q = KernelProfile::reads_global_arg_tags;
const UNTRUSTED_TAG: Q = KernelProfile::knows_arg_untrusted;
const ROOT_UNINIT_STACK: Q = KernelProfile::root_reads_uninit_stack;
const UNINIT_WITHIN_ALLOCATED: Q = KernelProfile::uninit_stack_reads_within_allocated;
const NULL_CHECK_HINT: Q = KernelProfile::null_check_hint_on_every_maybe_null;
const RELEASE_NAMES_REG: Q = KernelProfile::release_refusal_names_register;
const NEGATIVE_PTR_OFF: Q = KernelProfile::checks_negative_ptr_offset;
const DYNPTR_FIXES: Q = KernelProfile::has_dynptr_fixes;
const LOCK_RECORD: Q = KernelProfile::spin_lock_from_btf_record;
const LOCK_STATIC_CALLS: Q = KernelProfile::static_calls_under_spin_lock;
const LOCK_EXIT_MAIN: Q = KernelProfile::spin_lock_exit_names_main_prog;
const SLEEPABLE_NAMES_HELPER: Q = KernelProfile::sleepable_helper_message_names_helper;
const GLOBAL_VOID: Q = KernelProfile::global_func_may_return_void;
const PTR_OFF_IN_VAR_OFF: Q = KernelProfile::folds_ptr_off_into_var_off;
const MISALIGNED_REG_OFF: Q = misaligned_prints_reg_off;

/// A misaligned access prints a constant `var_off` as a number and the pointer's own
/// offset as a term of its own: from 6.2 until 7.1 folds that offset into the `var_off`.
fn misaligned_prints_reg_off(p: KernelProfile) -> bool {
    p.misaligned_stack_prints_const_offset() && !p.folds_ptr_off_into_var_off()
}

/// Every code, in [`Code`]'s order. The messages are verifier-messages.md's catalogue and
/// what the spec corpus confirmed on 6.18; the older wordings come from kernel sources.
pub const CODES: [CodeRow; 77] = [
    row(Code::CtxBadAccess, "ctx-bad-access",
        "a context load outside the accepted (offset, size) set (sk_lookup-context.md §3.1)",
        &[m("invalid bpf_context access off=<off> size=<size>")])
        .help("read `struct bpf_sk_lookup` fields at their own size and offset: `sk` as the whole 8-byte pointer at offset 0, the `__u32` fields with 4-byte loads (or aligned 2- and 1-byte loads inside one field); a field read as `__u64` or across two fields is refused"),
    row(Code::CtxWrite, "ctx-write",
        "the context is read-only (STX and ST)",
        &[m("invalid bpf_context access off=<off> size=<size>"),
          m("BPF_ST stores into R<n> ctx is not allowed").before(ST_IS_CTX_ACCESS).case("BPF_ST"),
          m("R<n> leaks addr into ctx").no_perfmon().case("a pointer stored")]),
    row(Code::CtxAtomic, "ctx-atomic",
        "no atomic operations on the context (a load-acquire of a valid field included)",
        &[m("BPF_ATOMIC stores into R<n> ctx is not allowed").since(SAYS_ATOMIC),
          m("BPF_XADD stores into R<n> ctx is not allowed").before(SAYS_ATOMIC),
          m("BPF_ATOMIC loads from R<n> ctx is not allowed").since(LOAD_ACQUIRE)
              .case("load-acquire")]),
    row(Code::CtxModifiedPtr, "ctx-modified-ptr",
        "the context is dereferenced (or passed to a helper) with a non-zero constant offset",
        &[m("dereference of modified ctx ptr R<n> off=<off> disallowed"),
          m("negative offset ctx ptr R<n> off=<off> disallowed").since(NEGATIVE_PTR_OFF)
              .case("negative offset")]),
    row(Code::CtxVarOffset, "ctx-var-offset",
        "the context is dereferenced with a variable offset",
        &[m("variable ctx access var_off=(<value>; <mask>) disallowed")]),
    row(Code::LdAbsNotAllowed, "ld-abs-not-allowed",
        "no legacy packet loads (BPF_LD_ABS, BPF_LD_IND) in SK_LOOKUP",
        &[m(LD_ABS_MESSAGE)]),
    row(Code::InvalidMemAccess, "invalid-mem-access",
        "a dereference of something that is not memory: `sock_or_null` or `map_value_or_null` \
         without a NULL check, or a `scalar` (released socket, NULL branch, clobbered R0)",
        &[m("R<n> invalid mem access '<type>'"),
          m("write to change key R<n> not allowed").case("a store through a `bpf_for_each_map_elem` callback's key")])
        .help("a lookup (`bpf_map_lookup_elem`, `bpf_sk_lookup_tcp`/`_udp`, a sockmap lookup) returns NULL when nothing is found: test the result (`if (!sk) return SK_PASS;`) before reading through it; a socket released with `bpf_sk_release` cannot be used afterwards"),
    row(Code::SockBadAccess, "sock-bad-access",
        "a `struct bpf_sock` field access outside the accepted set (sk_lookup-context.md §4)",
        &[m("R<n> invalid sock access off=<off> size=<size>")]),
    row(Code::SockWrite, "sock-write",
        "sockets are read-only, and no atomic operation reaches them (a load-acquire of a valid field included)",
        &[m("R<n> cannot write into sock"),
          m("BPF_ATOMIC loads from R<n> sock is not allowed").since(LOAD_ACQUIRE)
              .case("load-acquire"),
          // The same kernel statement as ctx-atomic's, with the register type's name.
          m("BPF_ATOMIC stores into R<n> sock is not allowed").since(SAYS_ATOMIC).case("atomics"),
          m("BPF_XADD stores into R<n> sock is not allowed").before(SAYS_ATOMIC).case("atomics")]),
    row(Code::SockPtrArith, "sock-ptr-arith",
        "no arithmetic on socket pointers",
        &[m("R<n> pointer arithmetic on sock prohibited"),
          m("R<n> pointer arithmetic on sock_or_null prohibited, null-check it first")
              .since(NULL_CHECK_HINT).case("before the NULL check"),
          m("R<n> pointer arithmetic on sock_or_null prohibited")
              .before(NULL_CHECK_HINT).case("before the NULL check")]),
    row(Code::HelperArgType, "helper-arg-type",
        "a helper argument of the wrong type (ctx, sock, map_ptr, memory, releasable socket)",
        &[m("R<n> type=<type> expected=<types...>"),
          m("R<n> is not a scalar").case("a kfunc's `int` argument")]),
    row(Code::HelperMemSize, "helper-mem-size",
        "a helper memory size (or map key size) that may be or is 0 where 0 is not allowed, may be negative, or has no upper bound below 2^29; an allocation size that is not a constant",
        &[m("R<n> invalid zero-sized read: u64=[<min>,<max>]"),
          m("invalid zero-sized read"),
          m("R<n> min value is negative, either use unsigned or 'var &= const'")
              .case("a size that may be negative"),
          // `<lt>` is the kernel's `<`, which a template cannot spell.
          m("R<n> unbounded memory access, use 'var &= const' or 'if (var <lt> const)'")
              .case("a size without an upper bound below 2^29"),
          m("R<n> is not a known constant'")
              .case("an allocation size (`bpf_ringbuf_reserve`, `bpf_dynptr_data`'s length) that is not a constant")]),
    row(Code::ReleaseUnreferenced, "release-unreferenced",
        "`bpf_sk_release` of a socket that holds no reference (`ctx->sk`)",
        &[m("R<n> must be referenced when passed to release function").since(RELEASE_NAMES_REG),
          m("func <name>#<id> reference has not been acquired before").before(RELEASE_NAMES_REG)]),
    row(Code::ReferenceLeak, "reference-leak",
        "a reference (a socket from a lookup, an open-coded iterator) is still held at an exit on some path",
        &[m("Unreleased reference id=<id> alloc_insn=<insn>"),
          m("BPF_EXIT instruction in main prog would lead to reference leak")
              .since(LEAK_SECOND_LINE).case("second line")])
        .help("every socket a lookup returns must be released with `bpf_sk_release(sk)` on every path after it is acquired, including the early returns and the path where `bpf_sk_assign` fails; an iterator made with `bpf_iter_num_new` must be destroyed with `bpf_iter_num_destroy` on every path (`bpf_for` and `bpf_repeat` do it)"),
    row(Code::TailCallLeak, "tail-call-leak",
        "a reference is held across `bpf_tail_call`",
        &[m("Unreleased reference id=<id> alloc_insn=<insn>"),
          m("tail_call would lead to reference leak").case("second line")]),
    row(Code::LeaksAddrIntoMap, "leaks-addr-into-map",
        "without CAP_PERFMON, a pointer is stored into a map value",
        &[m("R<n> leaks addr into map").no_perfmon()]),
    row(Code::LeaksAddrIntoMem, "leaks-addr-into-mem",
        "without CAP_PERFMON, a read-modify-write atomic's source (or `cmpxchg`'s R0) is a pointer",
        &[m("R<n> leaks addr into mem").no_perfmon()]),
    row(Code::MapWriteForbidden, "map-write-forbidden",
        "a store, an atomic or a helper's output into a map the program may only read (`.rodata`: `BPF_F_RDONLY_PROG`)",
        &[m("write into map forbidden, value_size=<value size> off=<off> size=<size>")])
        .help("`const` (and `const volatile`) globals live in `.rodata`, which libbpf freezes read-only for programs: keep what the program updates in a non-const global (`.data`/`.bss`) or a map"),
    row(Code::HelperNotAllowed, "helper-not-allowed",
        "a helper not offered to SK_LOOKUP, or not at this privilege (CAP_PERFMON tier)",
        &[m("program of this type cannot use helper <name>#<id>").since(SAYS_PROGRAM_TYPE),
          m("unknown func <name>#<id>").before(SAYS_PROGRAM_TYPE)]),
    row(Code::HelperUnknown, "helper-unknown",
        "a helper id outside the kernel's `enum bpf_func_id` (or negative)",
        &[m("invalid func unknown#<id>")]),
    row(Code::GplOnly, "gpl-only",
        "a GPL-only helper, or any kernel function (kfunc), called from a program whose license is not GPL-compatible",
        &[m("cannot call GPL-restricted function from non-GPL compatible program"),
          m("cannot call kernel function from non-GPL compatible program").case("a kfunc call, refused before the walk")]),
    row(Code::MightSleep, "might-sleep",
        "a sleepable helper (`copy_from_user`) in a non-sleepable program",
        &[m("helper call might sleep in a non-sleepable prog").before(SLEEPABLE_NAMES_HELPER),
          m("sleepable helper <name>#<id> in non-sleepable prog").since(SLEEPABLE_NAMES_HELPER)]),
    row(Code::MapFuncIncompatible, "map-func-incompatible",
        "the map type and the helper do not go together",
        &[m("cannot pass map_type <map type> into func <name>#<id>"),
          m("expected prog array map for tail call")
              .since(TAIL_CALL_PROG_ARRAY).case("`bpf_tail_call`"),
          m("kernel subsystem misconfigured verifier")
              .before(TAIL_CALL_PROG_ARRAY).case("`bpf_tail_call`"),
          m("callback function not allowed for map").case("`bpf_for_each_map_elem`")]),
    row(Code::MapValueBounds, "map-value-bounds",
        "a map value access outside the value (or a `bpf_for_each_map_elem` callback's key access outside the key, a global subprogram's memory argument accessed outside its size)",
        &[m("invalid access to map value, value_size=<value size> off=<off> size=<size>"),
          m("invalid access to map key, key_size=<key size> off=<off> size=<size>")
              .case("a `bpf_for_each_map_elem` callback's key"),
          m("invalid access to memory, mem_size=<mem size> off=<off> size=<size>")
              .case("a global subprogram's memory argument, an iterator's value"),
          m("R<n> pointer arithmetic of map value goes out of range, prohibited for !root")
              .no_perfmon(),
          m("R<n> min value is negative, either use unsigned index or do a if <the index check...>")
              .case("an index that may be negative (the message ends `(index >=0) check.`)"),
          m("R<n> unbounded memory access, make sure to bounds check any such access")
              .case("an index bounds-checked only after the pointer arithmetic, or never")]),
    row(Code::MapPtrArith, "map-ptr-arith",
        "no arithmetic on a map pointer",
        &[m("R<n> pointer arithmetic on map_ptr prohibited")]),
    row(Code::MapPtrAccess, "map-ptr-access",
        "a load or store through a map pointer (`CONST_PTR_TO_MAP`): only CAP_PERFMON may read the map's kernel struct, at offsets from 0, and nobody writes it",
        &[m("'struct <name>' access is allowed only to CAP_PERFMON and CAP_SYS_ADMIN").no_perfmon()
              .since(MAP_PTR_STRUCT),
          m("<name> access is allowed only to CAP_PERFMON and CAP_SYS_ADMIN").no_perfmon()
              .before(MAP_PTR_STRUCT),
          m("R<n> is <name> invalid negative access: off=<off>").root(),
          m("only read from <name> is supported").root()]),
    row(Code::RetvalRange, "retval-range",
        "R0 must be provably in [0, 1] at every exit of the main program and at every callback's return",
        &[m("At program exit the register R0 has smin=<smin> smax=<smax> should have been in [0, 1]")
              .since(RETVAL_BOUNDS),
          m("At program exit the register R0 has smin=<smin> should have been in [0, 1]")
              .since(RETVAL_BOUNDS).case("no upper bound"),
          m("At program exit the register R0 has smax=<smax> should have been in [0, 1]")
              .since(RETVAL_BOUNDS).case("no lower bound"),
          m("At program exit the register R0 has unknown scalar value should have been in [0, 1]")
              .since(RETVAL_BOUNDS).case("unknown scalar"),
          m("At program exit the register R0 has value (<value>; <mask>) should have been in (0x0; 0x1)")
              .before(RETVAL_BOUNDS),
          m("At program exit the register R0 has unknown scalar value should have been in (0x0; 0x1)")
              .before(RETVAL_BOUNDS).case("unknown scalar"),
          m("At callback return the register R0 has smin=<smin> smax=<smax> should have been in [0, 1]")
              .since(RETVAL_BOUNDS).case("a callback"),
          m("At callback return the register R0 has smin=<smin> should have been in [0, 1]")
              .since(RETVAL_BOUNDS).case("a callback, no upper bound"),
          m("At callback return the register R0 has smax=<smax> should have been in [0, 1]")
              .since(RETVAL_BOUNDS).case("a callback, no lower bound"),
          m("At callback return the register R0 has unknown scalar value should have been in [0, 1]")
              .since(RETVAL_BOUNDS).case("a callback, unknown scalar"),
          m("At callback return the register R0 has value (<value>; <mask>) should have been in (0x0; 0x1)")
              .before(RETVAL_BOUNDS).case("a callback"),
          m("At callback return the register R0 has unknown scalar value should have been in (0x0; 0x1)")
              .before(RETVAL_BOUNDS).case("a callback, unknown scalar")])
        .help("an SK_LOOKUP program returns `SK_PASS` (1) or `SK_DROP` (0) on every path; a helper's result (`bpf_sk_assign` returns 0 or a negative errno) is not a verdict: test it and return SK_PASS or SK_DROP; a `bpf_loop` or `bpf_for_each_map_elem` callback returns 0 (go on) or 1 (stop)"),
    row(Code::RetvalPointer, "retval-pointer",
        "R0 holds a pointer at exit",
        &[m("At program exit the register R0 is not a known value (<type>)").root(),
          m("R0 leaks addr as return value").no_perfmon(),
          m("R0 not a scalar value").case("a callback"),
          m("At subprogram exit the register R0 is not a scalar value (<type>)").root()
              .case("a global subprogram"),
          m("cannot return stack pointer to the caller").case("a static subprogram")]),
    row(Code::UninitRead, "uninit-read",
        "a read of an uninitialised register (R0/R2-R9 at entry, R1-R5 after a call, \
         invalidated pointers without CAP_PERFMON)",
        &[m("R<n> !read_ok")]),
    row(Code::BadRegister, "bad-register",
        "a register field above R10 (`check_reg_arg`, when the walk reaches the instruction; from 7.1 `check_and_resolve_insns`, before the walk, naming no instruction)",
        &[m("R<n> is invalid")]),
    row(Code::StackBounds, "stack-bounds",
        "a stack access outside [-512, 0), directly or through a helper",
        &[m("invalid write to stack R<n> off=<off> size=<size>"),
          m("invalid read from stack R<n> off=<off> size=<size>"),
          m("invalid variable-offset write to stack R<n> var_off=(<value>; <mask>) off=<off> size=<size>")
              .since(VAR_STACK_FIXED_OFF).case("variable offset"),
          m("invalid variable-offset read from stack R<n> var_off=(<value>; <mask>) off=<off> size=<size>")
              .since(VAR_STACK_FIXED_OFF).case("variable offset"),
          m("invalid variable-offset write to stack R<n> var_off=(<value>; <mask>) size=<size>")
              .before(VAR_STACK_FIXED_OFF).case("variable offset"),
          m("invalid variable-offset read from stack R<n> var_off=(<value>; <mask>) size=<size>")
              .before(VAR_STACK_FIXED_OFF).case("variable offset"),
          m("invalid indirect access to stack R<n> off=<off> size=<size>")
              .before(HELPER_STACK_RW).case("helper argument"),
          m("invalid unbounded variable-offset write to stack R<n>")
              .case("a variable offset whose bounds reach 2^29"),
          m("invalid unbounded variable-offset read from stack R<n>")
              .case("a variable offset whose bounds reach 2^29"),
          m("invalid unbounded variable-offset indirect access to stack R<n>")
              .case("a variable offset whose bounds reach 2^29, helper argument")]),
    row(Code::StackUninitRead, "stack-uninit-read",
        "without CAP_PERFMON (before 5.16 as root too, but on 5.10.y), a read of stack bytes never written (on 5.10.y, as root, past the deepest write); at any privilege, a load of a dynptr's bytes",
        &[m("invalid read from stack R<n> off=<off> size=<size>").no_perfmon(),
          m("invalid read from stack off <off>+<i> size <size>").no_perfmon()
              .case("partially written"),
          m("invalid read from stack R<n> off=<off> size=<size>").root()
              .before(ROOT_UNINIT_STACK).case("as root"),
          m("invalid read from stack off <off>+<i> size <size>").root()
              .before(ROOT_UNINIT_STACK).case("partially written, as root"),
          m("invalid indirect read from stack R<n> off <off>+<i> size <size>").root()
              .before(ROOT_UNINIT_STACK).case("helper argument, as root"),
          m("invalid read from stack R<n> var_off (<value>; <mask>)+<i> size <size>").root()
              .before(ROOT_UNINIT_STACK).case("variable offset, as root"),
          m("invalid read from stack off <off>+<i> size <size>").root()
              .case("a dynptr's bytes (`STACK_DYNPTR`), as root"),
          m("invalid read from stack R<n> off=<off> size=<size>").root()
              .since(UNINIT_WITHIN_ALLOCATED).case("as root, past the deepest write"),
          m("invalid indirect read from stack R<n> off <off>+<i> size <size>").root()
              .since(UNINIT_WITHIN_ALLOCATED)
              .case("helper argument, as root, past the deepest write"),
          m("invalid read from stack R<n> off <off>+<i> size <size>").no_perfmon()
              .since(HELPER_STACK_RW).case("helper argument"),
          m("invalid indirect read from stack R<n> off <off>+<i> size <size>").no_perfmon()
              .before(HELPER_STACK_RW).case("helper argument")]),
    row(Code::StackMisaligned, "stack-misaligned",
        "stack accesses must be aligned to their size",
        &[m("misaligned stack access off <var off>+<reg off>+<insn off> size <size>")
              .since(MISALIGNED_REG_OFF),
          m("misaligned stack access off <var off>+<insn off> size <size>")
              .since(PTR_OFF_IN_VAR_OFF),
          m("misaligned stack access off (<value>; <mask>)+<reg off>+<insn off> size <size>")
              .before(PTR_OFF_IN_VAR_OFF),
          m("misaligned stack access off (<value>; <mask>)+<insn off> size <size>")
              .since(PTR_OFF_IN_VAR_OFF)]),
    row(Code::AtomicMisaligned, "atomic-misaligned",
        "an atomic's memory (any pointer, or a scalar used as one) must be aligned to its size: `check_atomic` asks `check_mem_access` for strict alignment",
        &[m("misaligned <kind> access off <var off>+<reg off>+<insn off> size <size>")
              .since(MISALIGNED_REG_OFF).case("pointer"),
          m("misaligned <kind> access off <var off>+<insn off> size <size>")
              .since(PTR_OFF_IN_VAR_OFF).case("pointer"),
          m("misaligned <kind> access off (<value>; <mask>)+<reg off>+<insn off> size <size>")
              .before(PTR_OFF_IN_VAR_OFF).case("pointer"),
          m("misaligned <kind> access off (<value>; <mask>)+<insn off> size <size>")
              .since(PTR_OFF_IN_VAR_OFF).case("pointer"),
          m("misaligned access off <var off>+<reg off>+<insn off> size <size>")
              .since(MISALIGNED_REG_OFF).case("scalar"),
          m("misaligned access off <var off>+<insn off> size <size>")
              .since(PTR_OFF_IN_VAR_OFF).case("scalar"),
          m("misaligned access off (<value>; <mask>)+<reg off>+<insn off> size <size>")
              .before(PTR_OFF_IN_VAR_OFF).case("scalar"),
          m("misaligned access off (<value>; <mask>)+<insn off> size <size>")
              .since(PTR_OFF_IN_VAR_OFF).case("scalar")]),
    row(Code::StackFillSize, "stack-fill-size",
        "a spilled pointer is filled with a narrower load",
        &[m("invalid size of register fill")]),
    row(Code::UnreachableInsn, "unreachable-insn",
        "dead code (CFG check)",
        &[m("unreachable insn <idx>")]),
    row(Code::FallOffEnd, "fall-off-end",
        "a (sub)program can run past its last instruction",
        &[m("last insn is not an exit or jmp")]),
    row(Code::JumpOutOfRange, "jump-out-of-range",
        "a jump target outside the program or its subprogram",
        &[m("jump out of range from insn <from> to <to>")]),
    row(Code::JumpIntoLdImm64, "jump-into-ld-imm64",
        "a jump target is the second slot of an `ld_imm64` (the message names the `ld_imm64`)",
        &[m("jump into the middle of ldimm64 insn <idx>")]),
    row(Code::BackEdge, "back-edge",
        "before 6.7, the fall-through of an instruction that is not a jump, or a call's edge, leads back to an instruction `check_cfg` is still exploring: only a jump's edges may close a loop",
        &[m("back-edge from insn <t> to <w>")]),
    row(Code::InfiniteLoop, "infinite-loop",
        "a loop revisits an identical state",
        &[m("infinite loop detected at insn <idx>")]),
    row(Code::TooComplex, "too-complex",
        "the verifier's 1M-instruction budget ran out (unbounded loop)",
        &[m("BPF program is too large. Processed <n> insn")]),
    row(Code::DivByZero, "div-by-zero",
        "division or modulo by the immediate 0 (by a register holding 0 is accepted: the \
         result is 0 / the dividend at run time)",
        &[m("div by zero")]),
    row(Code::FramePointerWrite, "frame-pointer-write",
        "R10 is written",
        &[m("frame pointer is read only")]),
    row(Code::InvalidShift, "invalid-shift",
        "a shift by an immediate not below the operand width",
        &[m("invalid shift <n>")]),
    row(Code::PtrArith, "ptr-arith",
        "arithmetic the verifier does not allow on pointers",
        &[m("R<n> 32-bit pointer arithmetic prohibited"),
          m("R<n> pointer arithmetic with <op> operator prohibited"),
          m("R<n> bitwise operator <op> on pointer prohibited"),
          m("R<n> tried to subtract pointer from scalar"),
          m("R<n> subtraction from stack pointer prohibited"),
          m("math between <type> pointer and <value> is not allowed"),
          m("math between <type> pointer and register with unbounded min value is not allowed"),
          m("value <value> makes <type> pointer be out of bounds"),
          m("<type> pointer offset <off> is not allowed"),
          m("R<n> pointer arithmetic prohibited").no_perfmon(),
          m("R<n> partial copy of pointer").no_perfmon(),
          m("R<n> sign-extension part of pointer").no_perfmon().since(CPU_V4)
              .case("sign-extending 64-bit copy"),
          m("R<n> variable stack access prohibited for !root, var_off=(<value>; <mask>) off=<off>")
              .no_perfmon(),
          m("R<n> stack pointer arithmetic goes out of range, prohibited for !root; off=<off>")
              .no_perfmon(),
          m("R<n> has unknown scalar with mixed signed bounds, pointer arithmetic with it prohibited for !root")
              .no_perfmon().case("an offset register that may be negative or not"),
          m("R<n> has pointer with unsupported alu operation, pointer arithmetic with it prohibited for !root")
              .no_perfmon().case("a register moving a pointer other than the stack's or a map value's"),
          m("R<n> tried to <op> beyond pointer bounds, pointer arithmetic with it prohibited for !root")
              .no_perfmon().case("a pointer already outside its object in the direction it moves"),
          m("R<n> tried to <op> from different maps, paths or scalars, pointer arithmetic with it prohibited for !root")
              .no_perfmon().case("an instruction reached with another masking window or as a scalar addition"),
          m("R<n> pointer arithmetic on mem_or_null prohibited, null-check it first")
              .case("a global subprogram's memory argument before the NULL check"),
          m("R<n> pointer arithmetic on mem_or_null prohibited")
              .before(NULL_CHECK_HINT).case("a ring buffer record before the NULL check")]),
    row(Code::PtrComparison, "ptr-comparison",
        "without CAP_PERFMON, a pointer is compared with anything but the NULL check",
        &[m("R<n> pointer comparison prohibited").no_perfmon()]),
    row(Code::UnknownOpcode, "unknown-opcode",
        "an opcode the kernel does not know (`BPF_MEMSX` before cpu v4)",
        &[m("unknown opcode <opcode>")]),
    row(Code::CallOutOfRange, "call-out-of-range",
        "a BPF-to-BPF call (or `ld_imm64` of a function) whose target is outside the program",
        &[m("call to invalid destination")]),
    row(Code::TooManySubprogs, "too-many-subprogs",
        "more than 256 subprograms (E2BIG)",
        &[m("too many subprograms")]),
    row(Code::SubprogNeedsBtf, "subprog-needs-btf",
        "a subprogram using LD_ABS/LD_IND or `bpf_tail_call`, or a callback (a function's address, `r2 = callback ll`), needs BTF function info",
        &[m("LD_ABS is not allowed in subprogs without BTF").case("LD_ABS"),
          m("tail_call is not allowed in subprogs without BTF").case("tail call"),
          m("missing btf func_info").case("callback")]),
    row(Code::ReservedFields, "reserved-fields",
        "a load, store or ALU instruction with fields it must leave zero set (mode, imm, off), an atomic whose operation (imm) or size the kernel does not take, or a `may_goto +0` before 6.14",
        &[m("BPF_LDX uses reserved fields").case("BPF_LDX"),
          m("BPF_STX uses reserved fields").case("BPF_STX"),
          m("BPF_MOV uses reserved fields").case("BPF_MOV"),
          m("BPF_ALU uses reserved fields").case("BPF_ALU"),
          m("BPF_NEG uses reserved fields").case("BPF_NEG"),
          m("BPF_END uses reserved fields").case("BPF_END"),
          m("BPF_ST uses reserved fields").case("BPF_ST"),
          m("BPF_LD_IMM64 uses reserved fields").case("BPF_LD_IMM64"),
          m("BPF_CALL uses reserved fields").case("BPF_CALL"),
          m("BPF_JA uses reserved fields").case("BPF_JA"),
          m("BPF_EXIT uses reserved fields").case("BPF_EXIT"),
          m("BPF_JMP/JMP32 uses reserved fields").case("BPF_JMP/JMP32"),
          m("BPF_LD_[ABS|IND] uses reserved fields").case("BPF_LD_[ABS|IND] (7.1 checks them before the walk)"),
          m("invalid may_goto off <off> imm <imm>").before(MAY_GOTO_ZERO).case("may_goto +0"),
          m("BPF_ATOMIC uses invalid atomic opcode <imm>").case("an atomic's operation"),
          m("invalid atomic operand size").case("an 8- or 16-bit read-modify-write atomic")]),
    row(Code::BadLdImm64, "bad-ld-imm64",
        "an `ld_imm64` without a well-formed second slot, or with a pseudo source the kernel does not know",
        &[m("invalid bpf_ld_imm64 insn").case("second slot"),
          m("unrecognized bpf_ld_imm64 insn").case("pseudo source")]),
    row(Code::FdArrayMissing, "fd-array-missing",
        "an `ld_imm64` names a map by index (`BPF_PSEUDO_MAP_IDX`) but the load passes no fd_array (EPROTO)",
        &[m("fd_idx without fd_array is invalid")]),
    row(Code::TooManyBranches, "too-many-branches",
        "a path pushed more than 8192 pending branches (a loop that continues on the taken branch)",
        &[m("The sequence of <n> jumps is too complex.")]),
    row(Code::PtrPtrArith, "ptr-ptr-arith",
        "an ALU operation on two pointers (only `ptr -= ptr` is allowed, and only with CAP_PERFMON)",
        &[m("R<n> pointer <op>= pointer prohibited"),
          m("R<n> pointer -= pointer prohibited").no_perfmon().case("subtraction")]),
    row(Code::MapValueNullArith, "map-value-null-arith",
        "no arithmetic on a map lookup result (`map_value_or_null`) before its NULL check",
        &[m("R<n> pointer arithmetic on map_value_or_null prohibited, null-check it first")])
        .help("test the result of `bpf_map_lookup_elem` against NULL before computing with it"),
    row(Code::StackSpillSize, "stack-spill-size",
        "a pointer is spilled to the stack with a store narrower than 8 bytes",
        &[m("invalid size of register spill")]),
    row(Code::StackSpillCorrupt, "stack-spill-corrupt",
        "without CAP_PERFMON, a store narrower than 8 bytes into a slot holding a spilled pointer",
        &[m("attempt to corrupt spilled pointer on stack").no_perfmon()]),
    row(Code::LeaksAddrIntoHelper, "leaks-addr-into-helper",
        "without CAP_PERFMON, a pointer is passed as a helper argument that takes any value \
         (`bpf_tail_call`'s index, `bpf_map_update_elem`'s flags)",
        &[m("R<n> leaks addr into helper function").no_perfmon()]),
    row(Code::TooManyMaps, "too-many-maps",
        "the `ld_imm64` instructions name more than 64 distinct maps (`MAX_USED_MAPS`, E2BIG)",
        &[m("The total number of maps per program has reached the limit of 64").since(USED_MAPS_MESSAGE),
          m("").before(USED_MAPS_MESSAGE).case("no message (6.1.192: E2BIG, empty log)")]),
    row(Code::GlobalFuncArgs, "global-func-args",
        "a call to a global subprogram whose arguments do not match its BTF prototype (an integer argument not a scalar, a `struct bpf_sk_lookup *` not the context, a pointer to memory not NULL or that many readable and writable bytes)",
        &[m("Caller passes invalid args into func#<n>").before(LAZY_GLOBALS),
          m("Caller passes invalid args into func#<n> ('<name>')").since(LAZY_GLOBALS),
          m("R<n> is not a scalar").case("integer argument"),
          m("arg#<n> expected pointer to ctx, but got <type>").before(LAZY_GLOBALS)
              .case("context argument"),
          m("arg#<n> expects pointer to ctx").since(LAZY_GLOBALS).case("context argument"),
          m("R<n> type=<type> expected=fp").case("memory argument"),
          m("arg#<n> is expected to be non-NULL").since(ARG_TAGS).case("`__arg_nonnull` memory argument")]),
    row(Code::GlobalFuncProto, "global-func-proto",
        "a global subprogram whose BTF prototype the kernel cannot use (`btf_prepare_func_args`): more than 5 parameters, a return type not an integer, a parameter passed by value that is no integer, a pointer to a type without a size, an `arg:` decl tag on the wrong type or in a combination it refuses; refused before any instruction where every global subprogram is verified up front, at the first call otherwise",
        &[m("Caller passes invalid args into func#<n> ('<name>')").since(LAZY_GLOBALS).case("the call's last line"),
          m("Global function <name>() with <n> <cmp> 5 args. Buggy compiler.").case("more than 5 parameters"),
          m("Global function <name>() doesn't return scalar. Only those are supported.").before(GLOBAL_VOID).case("return type"),
          m("Global function <name>() return value not void or scalar. Only those are supported.").since(GLOBAL_VOID).case("return type"),
          m("Arg#<n> type <kind> in <name>() is not supported yet.").case("a struct or union by value"),
          m("arg#<n> reference type('<kind> <name>') size cannot be determined: <errno>")
              .case("a pointer to `void`, an undefined struct or a function"),
          m("arg#<n> has pointer tag, but is not a pointer type").since(ARG_TAGS).case("a tag on an integer"),
          m("arg#<n> has invalid combination of tags").since(ARG_TAGS).case("tags that exclude each other"),
          m("arg#<n> should be `struct bpf_sk_lookup *`").since(ARG_TAGS).case("`arg:ctx` on a pointer to another type"),
          m("arg#<n> has unsupported set of tags").since(ARG_TAGS).case("an `arg:` tag the release does not know"),
          m("arg#<n> untrusted cannot be combined with any other tags").since(UNTRUSTED_TAG)
              .case("`arg:untrusted` with another tag"),
          m("arg#<n> arena cannot be combined with any other tags").since(ARG_TAGS)
              .case("`arg:arena` with another tag")])
        .help("a global (non-static) function must return an `int` and take at most 5 parameters the kernel can check: integers, `struct bpf_sk_lookup *` (from 6.8 also a `void *` tagged `__arg_ctx`), pointers to complete types (a struct, an `int`, another pointer); cast a `void *` to the type it points to, or make the function `static` so that it is verified with its caller"),
    row(Code::IterArg, "iter-arg",
        "an open-coded iterator kfunc (`bpf_iter_num_*`) given an iterator in the wrong state: `new` on one already initialised, `next` or `destroy` on one never created or already destroyed (a store into its stack slot destroys it), or a pointer that is not an iterator at a constant, 8-byte-aligned stack slot (NULL among them)",
        &[m("expected uninitialized iter_<name> as arg #<n>"),
          m("expected an initialized iter_<name> as arg #<n>"),
          m("cannot pass in iter at an offset=<off>").case("a misaligned stack pointer, first line"),
          m("iter has to be at a constant offset").case("a stack pointer at a variable offset, first line"),
          m("arg#<n> expected pointer to an iterator on stack").case("not a stack pointer"),
          m("Possibly NULL pointer passed to trusted arg<n>").case("NULL")])
        .help("create each iterator once with `bpf_iter_num_new(&it, start, end)` on a stack variable of type `struct bpf_iter_num`, call `bpf_iter_num_next(&it)` only in between, and `bpf_iter_num_destroy(&it)` exactly once on every path (`bpf_for` and `bpf_repeat` do all three)"),
    row(Code::DynptrArg, "dynptr-arg",
        "a dynptr helper (`bpf_dynptr_from_mem`, `bpf_dynptr_read`, `bpf_dynptr_write`, `bpf_dynptr_data`) given a `struct bpf_dynptr` in the wrong state or place: one never made, or destroyed by a store into its 16 bytes; a stack pointer that is not at a constant, 8-byte-aligned offset at or below fp-16; data for `bpf_dynptr_from_mem` that is not a map value; or a helper's output buffer over a dynptr's bytes",
        &[m("Expected an initialized dynptr as arg #<n>"),
          m("cannot pass in dynptr at an offset=<off>").since(DYNPTR_FIXES).case("a misaligned stack pointer or one above fp-16, first line"),
          m("cannot pass in dynptr at an offset").before(DYNPTR_FIXES).case("a misaligned stack pointer"),
          m("dynptr has to be at a constant offset").since(DYNPTR_FIXES).case("a stack pointer at a variable offset, first line"),
          m("Unsupported reg type <type> for bpf_dynptr_from_mem data").case("`bpf_dynptr_from_mem` of memory other than a map value"),
          m("Dynptr has to be an uninitialized dynptr").case("`bpf_dynptr_from_mem`'s dynptr misplaced, second line"),
          m("potential write to dynptr at off=<off> disallowed").since(DYNPTR_FIXES).case("a helper's output buffer over a dynptr")])
        .help("make each dynptr with `bpf_dynptr_from_mem(value, size, 0, &ptr)` over a map value, into a `struct bpf_dynptr` stack variable, and do not store into its 16 bytes until you are done with it"),
    row(Code::RdonlyWrite, "rdonly-write",
        "a store through a pointer to read-only memory (the `int *` an iterator's `next` returns)",
        &[m("R<n> cannot write into rdonly_mem")]),
    row(Code::ConstStr, "const-str",
        "a constant-string argument (`bpf_snprintf`'s format, `bpf_strncmp`'s second string; `ARG_PTR_TO_CONST_STR`) that is not a NUL-terminated string at a constant offset in a frozen read-only map's value",
        &[m("R<n> does not point to a readonly map'").case("a writable or unfrozen map"),
          m("R<n> is not a constant address'").case("a variable offset"),
          m("string is not zero-terminated"),
          m("no direct value access support for this map type"),
          m("direct value access on string failed").case("an ARRAY of more than one entry")])
        .help("keep the format a `static const char fmt[]` (or a string literal) so libbpf places it in `.rodata`, which it freezes read-only, and pass it unchanged"),
    row(Code::FormatString, "format-string",
        "a `bpf_snprintf` format the kernel's `bpf_bprintf_prepare` refuses: an unknown conversion, more conversions than the `data_len / 8` arguments, a control character, or (before UTF-8 text was allowed) a byte above 0x7f",
        &[m("Invalid format string")])
        .help("give one u64 in `data` per conversion; the conversions are %d %i %u %x %X (with l or ll), %c, %s, %p, %pK %px %ps %pS %pks %pus %pB %pI4 %pi4 %pI6 %pi6 and %%"),
    row(Code::CombinedStack, "combined-stack",
        "the stacks of a chain of BPF-to-BPF calls (callbacks counted where their address is taken) add up to more than 512 bytes, each frame's deepest access rounded up to 16 bytes (a JITed program from 6.9) or to 32 (before, or interpreted); the kernel checks it after the walk and names no instruction",
        &[m("combined stack size of <calls> calls is <size>. Too large")])
        .help("move large buffers out of the stack (into a per-CPU array map value) or call fewer functions deep while they are live"),
    row(Code::SpinLockArg, "spin-lock-arg",
        "`bpf_spin_lock`/`bpf_spin_unlock`'s argument is not the `struct bpf_spin_lock` of a map value: the map has no BTF, its value no lock, or the pointer is not at the lock's constant offset",
        &[m("map '<name>' has to have BTF in order to use bpf_spin_lock"),
          m("map '<name>' has no valid bpf_spin_lock").since(LOCK_RECORD),
          m("map '<name>' doesn't have 'struct bpf_spin_lock'").before(LOCK_RECORD),
          m("off <off> doesn't point to 'struct bpf_spin_lock' that is at <lock>").since(LOCK_RECORD),
          m("off <off> doesn't point to 'struct bpf_spin_lock'").before(LOCK_RECORD),
          m("R<n> doesn't have constant offset. bpf_spin_lock has to be at the constant offset")])
        .help("pass the address of the `struct bpf_spin_lock` member of a value looked up in a map whose BTF definition (`__type(value, ...)`; in assembly `.skmap ..., spin_lock=OFFSET`) declares it: `bpf_spin_lock(&val->lock)`"),
    row(Code::SpinLockState, "spin-lock-state",
        "a second `bpf_spin_lock` while one is held, or a `bpf_spin_unlock` without the lock held or of another lock (another lookup's value)",
        &[m("Locking two bpf_spin_locks are not allowed"),
          m("bpf_spin_unlock without taking a lock"),
          m("bpf_spin_unlock of different lock")]),
    row(Code::SpinLockHeld, "spin-lock-held",
        "while a `bpf_spin_lock` is held: a helper other than `bpf_spin_unlock`, a kfunc, a tail call, a BPF-to-BPF call (from 6.9 a global one only) or the program's exit",
        &[m("function calls are not allowed while holding a lock"),
          m("use static function instead").since(LOCK_STATIC_CALLS).case("a global function (second line)"),
          m("global function calls are not allowed while holding a lock,").since(LOCK_STATIC_CALLS).case("a global function"),
          m("BPF_EXIT instruction in main prog cannot be used inside bpf_spin_lock-ed region").since(LOCK_EXIT_MAIN).case("the exit"),
          m("bpf_spin_unlock is missing").before(LOCK_EXIT_MAIN).case("the exit")])
        .help("keep the locked region short and straight: read and write the value, then `bpf_spin_unlock` before any call or return"),
    row(Code::SpinLockAccess, "spin-lock-access",
        "a load, store or helper access of a map value covers the bytes of its `struct bpf_spin_lock` (without CAP_PERFMON, pointer arithmetic onto them too)",
        &[m("bpf_spin_lock cannot be accessed directly by load/store")])
        .help("touch the lock only through `bpf_spin_lock`/`bpf_spin_unlock`; read and write the value's other members"),
    row(Code::SectionUnmatched, "section-unmatched",
        "a kfunc closing a section that is not open (`bpf_rcu_read_unlock` without `bpf_rcu_read_lock`, `bpf_preempt_enable` without `bpf_preempt_disable`) or opening an RCU section inside another",
        &[m("unmatched rcu read unlock (kernel function <name>)"),
          m("nested rcu read lock (kernel function <name>)").case("a second lock"),
          m("unmatched attempt to enable preemption (kernel function <name>)").case("preemption")])
        .help("pair each `bpf_rcu_read_lock()` with one `bpf_rcu_read_unlock()` (no nesting) and each `bpf_preempt_disable()` with one `bpf_preempt_enable()` on every path"),
    row(Code::SectionOpen, "section-open",
        "the program exits, or tail-calls, inside an RCU read-side section or with preemption disabled (before 6.14, also calls a global function with preemption disabled)",
        &[m("BPF_EXIT instruction in main prog cannot be used inside bpf_rcu_read_lock-ed region")
              .since(LEAK_SECOND_LINE),
          m("BPF_EXIT instruction in main prog cannot be used inside bpf_preempt_disable-ed region")
              .since(LEAK_SECOND_LINE).case("preemption"),
          m("tail_call cannot be used inside bpf_rcu_read_lock-ed region").case("a tail call"),
          m("tail_call cannot be used inside bpf_preempt_disable-ed region")
              .case("a tail call, preemption"),
          m("bpf_rcu_read_unlock is missing").before(LEAK_SECOND_LINE),
          m("1 bpf_preempt_enable is missing").before(LEAK_SECOND_LINE).case("preemption"),
          m("<n> bpf_preempt_enable(s) are missing").before(LEAK_SECOND_LINE)
              .case("preemption, nested"),
          m("global function calls are not allowed with preemption disabled,").before(LEAK_SECOND_LINE)
              .case("a global function")])
        .help("close the section (`bpf_rcu_read_unlock()`, `bpf_preempt_enable()`) on every path before `return` or `bpf_tail_call`"),
    row(Code::KfuncArg, "kfunc-arg",
        "a kfunc argument of the wrong kind: `bpf_cast_to_kern_ctx` given something other than the unmodified context, `bpf_rdonly_cast` given a type id that is not a known constant naming a kernel type",
        &[m("arg#<n> expected pointer to ctx, but got <type>"),
          m("Possibly NULL pointer passed to trusted arg<n>").case("NULL or a scalar"),
          m("R<n> must be a known constant").case("a BTF id not constant"),
          m("Unknown type ID <id> passed to kfunc <name>").case("no such type"),
          m("kfunc <name> type ID argument must be of a struct").case("not a struct"),
          m("variable <type> access var_off=(<value>; <mask>) disallowed")
              .case("an uninitialised register")]),
    row(Code::BtfPtrAccess, "btf-ptr-access",
        "an access through a pointer to a kernel type (`bpf_cast_to_kern_ctx`'s `struct bpf_sk_lookup_kern`) that its BTF layout does not allow: a write, or a read outside a member",
        &[m("only read is supported"),
          m("access beyond struct <struct> at off <off> size <size>").case("past the end"),
          m("access beyond the end of member <member> (mend:<end>) in struct <struct> with off <off> size <size>")
              .case("across a member's end")]),
];

// Each row sits at its code's index, so `Code::row` is an index and `Code::ALL` the table order.
const _: () = {
    let mut i = 0;
    while i < CODES.len() {
        assert!(CODES[i].code as usize == i, "CODES row out of Code order");
        i += 1;
    }
};

impl Code {
    /// Every code, in table order.
    pub const ALL: [Code; CODES.len()] = {
        let mut all = [Code::CtxBadAccess; CODES.len()];
        let mut i = 0;
        while i < CODES.len() {
            all[i] = CODES[i].code;
            i += 1;
        }
        all
    };

    /// This code's row of [`CODES`].
    pub const fn row(self) -> &'static CodeRow {
        &CODES[self as usize]
    }

    /// The stable kebab-case name (`ctx-bad-access`).
    pub const fn name(self) -> &'static str {
        self.row().name
    }

    /// The code named `name`, if it is registered.
    pub fn from_name(name: &str) -> Option<Code> {
        CODES.iter().find(|r| r.name == name).map(|r| r.code)
    }

    /// The rule, in one sentence.
    pub const fn rule(self) -> &'static str {
        self.row().rule
    }

    /// Every message form, on any profile and privilege.
    pub const fn forms(self) -> &'static [MessageForm] {
        self.row().forms
    }

    /// The message templates `profile` prints for this code (any privilege).
    pub fn kernel_messages(self, profile: KernelProfile) -> Vec<&'static str> {
        self.forms()
            .iter()
            .filter(|f| f.kernels.includes(profile))
            .map(|f| f.template)
            .collect()
    }

    /// Is `message` (a whole verifier line) one this code's forms print on `profile` for a
    /// loader with `privilege`?
    pub fn matches_message(
        self,
        profile: KernelProfile,
        privilege: Privilege,
        message: &str,
    ) -> bool {
        self.forms()
            .iter()
            .any(|f| f.applies(profile, privilege) && f.matches(message))
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A name that is not a registered code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownCode(pub String);

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a registered verifier error code", self.0)
    }
}

impl std::error::Error for UnknownCode {}

impl FromStr for Code {
    type Err = UnknownCode;

    fn from_str(s: &str) -> Result<Code, UnknownCode> {
        Code::from_name(s).ok_or_else(|| UnknownCode(s.to_string()))
    }
}

/// One element of a template: a literal character, or a `<placeholder>`: a run of characters
/// without whitespace (a list, `<name...>`, may have spaces) and without the literal that
/// follows the placeholder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece {
    Char(char),
    Value { until: Option<char>, list: bool },
}

impl Piece {
    fn value_takes(until: Option<char>, list: bool, c: char) -> bool {
        Some(c) != until && (list || !c.is_whitespace())
    }
}

fn pieces(template: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '<' {
            // Everything up to the closing `>` names the value; a list's name ends in `...`.
            let mut last3 = ['\0'; 3];
            for d in chars.by_ref().take_while(|&d| d != '>') {
                last3 = [last3[1], last3[2], d];
            }
            out.push(Piece::Value {
                until: chars.peek().copied(),
                list: last3 == ['.'; 3],
            });
        } else {
            out.push(Piece::Char(c));
        }
    }
    out
}

/// Whether `text` starts with the literal text before `template`'s first placeholder and
/// ends with the literal text after its last (placeholders read as [`pieces`] reads them),
/// without the two overlapping; a template without placeholders must be `text`. What every
/// whole instance satisfies: most forms a rejection is checked against fail here, before
/// the simulation.
fn literal_ends_fit(template: &str, text: &str) -> bool {
    let Some(first) = template.find('<') else {
        return template == text;
    };
    let mut after_last = first;
    while let Some(k) = template[after_last..].find('<') {
        let open = after_last + k + 1;
        after_last = template[open..]
            .find('>')
            .map_or(template.len(), |e| open + e + 1);
    }
    let (prefix, suffix) = (&template[..first], &template[after_last..]);
    text.len() >= prefix.len() + suffix.len() && text.starts_with(prefix) && text.ends_with(suffix)
}

/// Matches `text` against `template`: the whole template when `whole`, else any stretch of
/// it. A simulation over the set of template positions, linear in each.
fn template_match(template: &str, text: &str, whole: bool) -> bool {
    if whole && !literal_ends_fit(template, text) {
        return false;
    }
    simulate(template, text, whole)
}

/// [`template_match`] by the simulation alone: the template positions reached after each
/// character, kept as a list (usually one to three of them) with a mark per position.
fn simulate(template: &str, text: &str, whole: bool) -> bool {
    let p = pieces(template);
    let n = p.len();
    // Adds position `j`, and, a value being possibly empty, the positions past it.
    let add = |set: &mut Vec<usize>, on: &mut [bool], mut j: usize| loop {
        if on[j] {
            return;
        }
        on[j] = true;
        set.push(j);
        match p.get(j) {
            Some(Piece::Value { .. }) => j += 1,
            _ => return,
        }
    };
    let (mut at, mut on) = (Vec::with_capacity(n + 1), vec![false; n + 1]);
    let (mut next, mut next_on) = (Vec::with_capacity(n + 1), vec![false; n + 1]);
    let starts = if whole { 0..1 } else { 0..n + 1 };
    for j in starts {
        add(&mut at, &mut on, j);
    }
    for c in text.chars() {
        for &j in &at {
            let to = match p.get(j) {
                Some(&Piece::Value { until, list }) if Piece::value_takes(until, list, c) => j,
                Some(&Piece::Char(t)) if t == c => j + 1,
                _ => continue,
            };
            add(&mut next, &mut next_on, to);
        }
        if next.is_empty() {
            return false;
        }
        for &j in &at {
            on[j] = false;
        }
        at.clear();
        std::mem::swap(&mut at, &mut next);
        std::mem::swap(&mut on, &mut next_on);
    }
    !whole || on[n]
}

#[cfg(test)]
mod tests {
    use super::*;

    const CTX: &str = "invalid bpf_context access off=<off> size=<size>";

    #[test]
    fn whole_messages() {
        assert!(template_match(
            CTX,
            "invalid bpf_context access off=2 size=4",
            true
        ));
        assert!(template_match(
            CTX,
            "invalid bpf_context access off=-8 size=4",
            true
        ));
        assert!(!template_match(
            CTX,
            "invalid bpf_context access off=2",
            true
        ));
        assert!(!template_match(
            CTX,
            "x invalid bpf_context access off=2 size=4",
            true
        ));
        assert!(!template_match(
            CTX,
            "R1 invalid sock access off=2 size=4",
            true
        ));
        assert!(template_match("div by zero", "div by zero", true));
        assert!(!template_match("div by zero", "div by zer", true));
    }

    /// The simulation as first written (every position scanned at each character), the
    /// reference the faster one is compared with.
    fn reference(template: &str, text: &str, whole: bool) -> bool {
        let p = pieces(template);
        let n = p.len();
        // A value may be empty: being at it is also being past it.
        let close = |set: &mut [bool]| {
            for j in 0..n {
                if set[j] && matches!(p[j], Piece::Value { .. }) {
                    set[j + 1] = true;
                }
            }
        };
        let mut at = vec![!whole; n + 1];
        at[0] = true;
        close(&mut at);
        let mut next = vec![false; n + 1];
        for c in text.chars() {
            next.fill(false);
            let mut any = false;
            for j in (0..n).filter(|&j| at[j]) {
                let to = match p[j] {
                    Piece::Value { until, list } if Piece::value_takes(until, list, c) => j,
                    Piece::Char(t) if t == c => j + 1,
                    _ => continue,
                };
                next[to] = true;
                any = true;
            }
            if !any {
                return false;
            }
            close(&mut next);
            std::mem::swap(&mut at, &mut next);
        }
        !whole || at[n]
    }

    /// The literal ends rule out only what the reference rejects, and the list simulation
    /// answers as the reference does (whole and fragment): every registered
    /// form against instances, near misses and other forms' instances.
    #[test]
    fn fast_match_agrees_with_the_reference() {
        let templates: Vec<&str> = CODES
            .iter()
            .flat_map(|r| r.forms)
            .map(|f| f.template)
            .collect();
        let instance = |t: &str| {
            t.replace("<n>", "3")
                .replace("<off>", "-8")
                .replace(['<', '>'], "")
        };
        let mut texts: Vec<String> = templates.iter().map(|t| instance(t)).collect();
        texts.extend(templates.iter().map(|t| t.to_string()));
        texts.extend(templates.iter().map(|t| format!("{} x", instance(t))));
        texts.extend(
            templates
                .iter()
                .map(|t| instance(t).chars().skip(1).collect()),
        );
        texts.extend(["R1 <>".to_string(), "<".to_string(), String::new()]);
        let mut fits = 0;
        for t in &templates {
            for x in &texts {
                let simulated = reference(t, x, true);
                if !literal_ends_fit(t, x) {
                    assert!(!simulated, "{t:?} matches {x:?} whose ends do not fit");
                } else {
                    fits += 1;
                }
                assert_eq!(template_match(t, x, true), simulated, "{t:?} on {x:?}");
                let fragment = reference(t, x, false);
                assert_eq!(template_match(t, x, false), fragment, "{t:?} in {x:?}");
            }
        }
        assert!(fits >= templates.len(), "{fits} fits");
    }

    #[test]
    fn fragments() {
        assert!(template_match(CTX, "access off=2", false));
        assert!(template_match(CTX, "off=2 size=4", false));
        assert!(template_match(CTX, "", false));
        assert!(!template_match(CTX, "access size=4 off=2", false));
        assert!(template_match("R<n> !read_ok", "0 !read_ok", false));
        assert!(!template_match("R<n> !read_ok", "R0 read_ok", false));
        assert!(!template_match(
            "R<n> !read_ok",
            "R0 invalid sock access",
            false
        ));
        let types = "R<n> type=<type> expected=<types...>";
        assert!(template_match(
            types,
            "R2 type=fp expected=sock_common, sock, ptr_",
            true
        ));
        assert!(!template_match(
            types,
            "R2 type=fp sock expected=sock",
            true
        ));
    }
}
