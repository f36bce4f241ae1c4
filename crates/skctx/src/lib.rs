//! Everything SK_LOOKUP-specific, as tables mirroring the Linux kernel.
//!
//! This crate is the only place that knows `BPF_PROG_TYPE_SK_LOOKUP`. The verifier and the VM
//! reach it through the [`ProgramType`] trait ([`SkLookup`] implements it); the assembler and
//! the CLI use the tables directly for names and listings. Every fact sits in one table next
//! to the kernel symbol or file it mirrors, and every table is selected by a
//! [`KernelProfile`], so the same code answers for 5.9 ... 6.18.
//!
//! | module | what lives there | kernel source mirrored |
//! |---|---|---|
//! | [`profile`] | [`KernelProfile`] (a release plus named [`Behaviour`]s, one table [`BEHAVIOURS`]), [`ProfileSpec`] (`host`), [`Privilege`], the one release parser, per-release feature switches | release history, kernel builds |
//! | [`recorded`] | the questions a computation asked of profiles, with their answers: a profile's facts are read only through recording accessors, so a verdict reached on one release holds for every release that answers alike ([`recorded::record`], [`recorded::Answers::hold_for`]) | – |
//! | [`probed`] | profiles measured on a running kernel: [`ProbedHelpers`], the [`ProfileFile`] `skasm probe` writes | – |
//! | [`ctx`] | `struct bpf_sk_lookup` layout, [`ctx_access`], load values (narrow-load quirks, sign extension) | include/uapi/linux/bpf.h, net/core/filter.c `sk_lookup_*`, kernel/bpf/verifier.c |
//! | [`sock`] | `struct bpf_sock` access table and values | net/core/filter.c `bpf_sock_*` |
//! | [`errno`] | [`Errno`]: the errno table (value, name, description) every errno comes from | include/uapi/asm-generic/errno*.h |
//! | [`helpers`] | every helper id (0..=211) and the SK_LOOKUP prototypes per profile and privilege | include/uapi/linux/bpf.h, net/core/filter.c `sk_lookup_func_proto`, kernel/bpf/helpers.c `bpf_base_func_proto` |
//! | [`kfuncs`] | the modelled kernel functions ([`KFUNCS`]: name, release, arguments, return, `KF_*` flags; `bpf_iter_num_*`) and the number iterator's runtime ([`kfuncs::IterNum`]) | kernel/bpf/helpers.c `common_btf_ids`, kernel/bpf/bpf_iter.c, include/linux/btf.h |
//! | [`license`] | the GPL-compatible license strings | include/linux/license.h `license_is_gpl_compatible` |
//! | [`limits`] | stack size per frame, call frames, tail calls | include/linux/filter.h, bpf_verifier.h, bpf.h |
//! | [`maps`] | map types, map/helper compatibility, `BPF_MAP_UPDATE_ELEM` flags | kernel/bpf/verifier.c `check_map_func_compatibility`, include/uapi/linux/bpf.h |
//! | [`bprintf`] | the format check of `bpf_snprintf` (at verification) and `bpf_trace_vprintk` (at run time), per release ([`bprintf::FormatRules`]) | kernel/bpf/helpers.c `bpf_bprintf_prepare`, lib/ctype.c |
//! | [`assign`] | `bpf_sk_assign` as a pure function | net/core/filter.c `bpf_sk_lookup_assign` |
//! | [`runtime`] | SK_DROP/SK_PASS, return-range check and messages, multi-program combination | kernel/bpf/verifier.c `check_return_code`, include/linux/filter.h run array |
//! | [`codes`] | [`Code`]: every verifier error code, its rule and its kernel message forms per profile (the spec README's code table is rendered from it) | kernel/bpf/verifier.c `verbose()` calls |
//! | [`proto`] | a function's BTF prototype ([`proto::Proto`]: return, parameter types, `arg:` tags) and the `# func:` parameter syntax | kernel/bpf/btf.c `btf_prepare_func_args` |
//! | [`program_type`] | the [`ProgramType`] trait and [`SkLookup`] | `struct bpf_verifier_ops` |
//! | [`render`] | text listings (`skasm helpers`, `skasm ctx`) and the generated docs/sk_lookup.md | – |
//! | [`world`] | the world file (`skasm lint --world`, `skvm`): maps and sockets as TOML text in, typed [`World`] out | – |
//! | [`net`] | lookup tuples and socket descriptions (maintained separately) | – |
//!
//! The facts come from the shared spec (`sk_lookup-context.md`, `sk_lookup-helpers.md`,
//! `sk_lookup-runtime.md`, `verifier-messages.md`; "6.18" facts confirmed by experiment) and
//! from reading kernel sources. Facts not pinned down are marked UNCONFIRMED where they are
//! stated. No IO (profile files are parsed from text the caller reads), no `unsafe`.
#![forbid(unsafe_code)]

pub mod assign;
pub mod bprintf;
pub mod codes;
pub mod ctx;
pub mod errno;
pub mod helpers;
pub mod kfuncs;
pub mod license;
pub mod limits;
pub mod maps;
pub mod net;
pub mod probed;
pub mod profile;
pub mod program_type;
pub mod proto;
pub mod recorded;
pub mod render;
pub mod runtime;
pub mod sock;
pub mod world;

pub use assign::{
    sk_assign, sk_assign_under, AssignCheck, AssignCtx, AssignOutcome, AssignRules,
    AssignableSocket, SocketAttrs, BPF_SK_LOOKUP_F_NO_REUSEPORT, BPF_SK_LOOKUP_F_REPLACE,
};
pub use codes::{Code, CodeRow, Kernels, MessageForm, UnknownCode, CODES};
pub use ctx::{
    ctx_access, ctx_access_matrix, ctx_access_of_insn, ctx_field_at, ctx_fields, ctx_load_value,
    ctx_load_value_sx, CtxAccessError, CtxAccessKind, CtxField, CtxLoad, CtxLoadType,
    CtxMatrixCell, LookupInput, CTX_FIELDS, CTX_SIZE,
};
pub use errno::{Errno, ErrnoInfo, ERRNOS};
pub use helpers::{
    check_helper_call, helper_by_id, helper_by_name, resolve_helper, sk_lookup_helpers, ArgKind,
    Helper, HelperError, HelperProto, RefEffect, RetKind, Tier, HELPERS,
};
pub use kfuncs::{kfunc_by_id, kfunc_by_name, IterType, Kfunc, KfuncArg, KfuncRet, KFUNCS};
pub use license::{license_is_gpl_compatible, GPL_COMPATIBLE_LICENSES};
pub use maps::{
    check_map_func_compatibility, map_type, map_type_by_name, skmap_type, skmap_types,
    sockmap_lookup_type, MapFuncError, MapTraits, MapType, MapTypeInfo, BPF_ANY, BPF_EXIST,
    BPF_F_LOCK, BPF_NOEXIST, MAP_TYPES,
};
pub use probed::{ProbedHelpers, ProfileFile, ProfileFileError};
pub use profile::{
    Behaviour, BehaviourRow, Behaviours, Effect, KernelProfile, KernelVersion, Privilege,
    ProfileError, ProfileSpec, BEHAVIOURS,
};
pub use program_type::{ProgramType, SkLookup, LD_ABS_MESSAGE};
pub use render::{render_code_table, render_ctx, render_docs, render_helpers};
pub use runtime::{
    check_return, combine_run_array, reference_leak_lines, run_programs, ExitValue, LeakSite,
    ProgramResult, RetRange, RetvalError, RunArray, RunArrayOutcome, Verdict, SK_DROP, SK_PASS,
};
pub use sock::{
    sock_access, sock_load_value, sock_load_value_on, SockAccessError, SockField, SockView,
    SOCK_FIELDS,
};
pub use world::{parse_world, EntryValue, World, WorldError, WorldMap};
