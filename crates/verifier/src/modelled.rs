//! `docs/verifier.md`: what this crate models per kernel release, rendered from the tables
//! that decide it ([`crate::releases::CHANGES`], [`crate::cfg::Change`] and the
//! [`KernelProfile`] queries the walk reads), so the page cannot drift from the code
//! (`tests/docs.rs` fails when the committed page is stale).

use std::fmt::Write as _;

use skctx::{ArgKind, KernelProfile, KernelVersion};

use crate::cfg::Change as CfgChange;
use crate::releases::{Since, CHANGES, OLDEST_MODELLED, UNMODELLED_GAP};
use crate::Domain;

/// The builds the differential tests run on: the host's kernel, the two Debian images, and
/// Debian's 5.10.262 and Ubuntu's 5.15.225 images of `.ci/kernels --extra`.
const PROVEN: [KernelVersion; 5] = [
    KernelVersion::with_patch(5, 10, 262),
    KernelVersion::with_patch(5, 15, 225),
    KernelVersion::with_patch(6, 1, 192),
    KernelVersion::with_patch(6, 12, 118),
    KernelVersion::with_patch(6, 18, 44),
];

/// The columns: the named releases that are modelled and the proven builds, oldest first.
fn columns() -> Vec<KernelProfile> {
    let mut versions: Vec<KernelVersion> = KernelProfile::ALL
        .iter()
        .map(|p| p.version())
        .filter(|v| crate::releases::is_modelled(*v))
        .chain(PROVEN)
        .collect();
    versions.sort();
    versions
        .into_iter()
        .filter_map(KernelProfile::upstream)
        .collect()
}

fn mark(on: bool) -> &'static str {
    if on {
        "yes"
    } else {
        "·"
    }
}

fn header(s: &mut String, first: &str, cols: &[KernelProfile], last: Option<&str>) {
    let names: Vec<String> = cols.iter().map(|p| p.version().to_string()).collect();
    let extra = last.map(|l| format!(" {l} |")).unwrap_or_default();
    let _ = writeln!(s, "| {first} | {} |{extra}", names.join(" | "));
    let dashes = cols.len() + 1 + usize::from(last.is_some());
    let _ = writeln!(s, "|{}", "---|".repeat(dashes));
}

/// Where a change holds, as text: `6.1.28 (6.1.y only), 6.4`.
fn ranges(holds: &[Since]) -> String {
    holds
        .iter()
        .map(|r| {
            if r.series_only {
                format!("{} ({}.{}.y only)", r.since, r.since.major, r.since.minor)
            } else {
                format!("{} on", r.since)
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn scalar_domain(s: &mut String, cols: &[KernelProfile]) {
    s.push_str("## The scalar domain and pruning\n\n");
    s.push_str(
        "One row per change to the scalar domain or to pruning and precision \
         (`crates/verifier/src/releases.rs`, `CHANGES`); `yes` where the release has it. A \
         release not listed is the rows switched on by their ranges.\n\n",
    );
    header(s, "change", cols, Some("holds from"));
    let domains: Vec<Domain> = cols
        .iter()
        .map(|p| Domain::for_profile(*p).expect("the columns are modelled"))
        .collect();
    for c in CHANGES {
        let cells: Vec<&str> = domains
            .iter()
            .map(|d| mark(d.get(c.name).unwrap_or(false)))
            .collect();
        let _ = writeln!(
            s,
            "| `{}` | {} | {} |",
            c.name,
            cells.join(" | "),
            ranges(c.holds)
        );
    }
    s.push_str("\nWhere each row comes from:\n\n");
    for c in CHANGES {
        let origin = c.origin.split_whitespace().collect::<Vec<_>>().join(" ");
        let _ = writeln!(s, "- `{}`: {origin}", c.name);
    }
    s.push('\n');
}

fn walk_queries(s: &mut String, cols: &[KernelProfile]) {
    s.push_str("## The walk and the structural pass\n\n");
    s.push_str(
        "Release-dependent checks outside the scalar domain, as the code asks them: the \
         structural pass's changes (`crates/verifier/src/cfg.rs`, `Change`) and the \
         `skctx::KernelProfile` queries the walk reads.\n\n",
    );
    header(s, "what", cols, None);
    let row = |s: &mut String, name: &str, f: &dyn Fn(KernelProfile) -> bool| {
        let cells: Vec<&str> = cols.iter().map(|p| mark(f(*p))).collect();
        let _ = writeln!(s, "| {name} | {} |", cells.join(" | "));
    };
    for c in CfgChange::ALL {
        row(s, &format!("cfg: `{c:?}`"), &|p| c.in_profile(p));
    }
    row(s, "cpu v4 instructions (`has_cpu_v4`)", &|p| p.has_cpu_v4());
    row(
        s,
        "a scalar's type printed `scalar`, not `inv` (`scalar_type_named_scalar`)",
        &|p| p.scalar_type_named_scalar(),
    );
    row(
        s,
        "root reads stack bytes never written (`root_reads_uninit_stack`)",
        &|p| p.root_reads_uninit_stack(),
    );
    row(
        s,
        "a conditional jump reads dst before its fields and src (`cond_jmp_reads_dst_first`)",
        &|p| p.cond_jmp_reads_dst_first(),
    );
    row(
        s,
        "backtracking takes an atomic fetch as a load (`backtracks_atomic_fetch_as_load`)",
        &|p| p.backtracks_atomic_fetch_as_load(),
    );
    row(
        s,
        "root's never-written stack reads stay down to the deepest write (`uninit_stack_reads_within_allocated`)",
        &|p| p.uninit_stack_reads_within_allocated(),
    );
    row(
        s,
        "register types are flags: `bpf_sk_assign` takes a maybe-NULL socket, a ring buffer record is `alloc_mem`, arithmetic on any maybe-NULL pointer asks for the NULL check (`reg_types_are_flags`)",
        &|p| p.reg_types_are_flags(),
    );
    row(
        s,
        "global functions take pointer parameters (`global_args_take_memory`)",
        &|p| p.global_args_take_memory(),
    );
    row(
        s,
        "a release of no reference names the register (`release_refusal_names_register`)",
        &|p| p.release_refusal_names_register(),
    );
    row(
        s,
        "a negative context offset refused as such (`checks_negative_ptr_offset`)",
        &|p| p.checks_negative_ptr_offset(),
    );
    row(
        s,
        "exit check on smin/smax (`retval_message_uses_bounds`)",
        &|p| p.retval_message_uses_bounds(),
    );
    row(s, "R0 precise at exit (`marks_r0_precise_at_exit`)", &|p| {
        p.marks_r0_precise_at_exit()
    });
    row(s, "scalar ids on spill (`links_scalars_on_spill`)", &|p| {
        p.links_scalars_on_spill()
    });
    row(s, "every scalar spilled (`spills_every_scalar`)", &|p| {
        p.spills_every_scalar()
    });
    row(
        s,
        "variable-offset stack write keeps zeros over a spilled zero and from `BPF_ST` (`var_stack_write_keeps_zeros`)",
        &|p| p.var_stack_write_keeps_zeros(),
    );
    row(
        s,
        "load-acquire and store-release walked (`has_load_acquire`)",
        &|p| p.has_load_acquire(),
    );
    row(
        s,
        "a load-acquire from ctx or a socket refused before its load is checked (`load_acquire_checks_pointer_type_first`; unsupported where not known)",
        &|p| p.load_acquire_checks_pointer_type_first() == Some(true),
    );
    row(
        s,
        "`may_goto` loops walked (`models_may_goto`)",
        &crate::walk::models_may_goto,
    );
    row(s, "`may_goto +0` walked (`may_goto_zero_allowed`)", &|p| {
        p.may_goto_zero_allowed()
    });
    row(
        s,
        "local dynptrs walked: `bpf_dynptr_from_mem`, `_read`, `_write`, `_data` (`has_dynptr_fixes`)",
        &crate::walk::models_dynptrs,
    );
    row(
        s,
        "`bpf_loop` and `bpf_for_each_map_elem` callbacks walked with BTF func_info (`models_callbacks`)",
        &crate::walk::models_callbacks,
    );
    row(
        s,
        "open-coded number iterators (`bpf_iter_num_*` kfuncs, `skctx::KFUNCS`) walked",
        &|p| kfunc("bpf_iter_num_new").available(p),
    );
    row(
        s,
        "RCU sections (`bpf_rcu_read_lock`/`_unlock`) and the casts (`bpf_cast_to_kern_ctx`, `bpf_rdonly_cast`; loads through their results unsupported) walked",
        &|p| kfunc("bpf_rcu_read_lock").available(p),
    );
    row(
        s,
        "preemption sections (`bpf_preempt_disable`/`_enable`) walked",
        &|p| kfunc("bpf_preempt_disable").available(p),
    );
    row(
        s,
        "read-only string kfuncs (`bpf_strlen`, `bpf_strcmp`, ...) walked",
        &|p| kfunc("bpf_strlen").available(p),
    );
    row(
        s,
        "an exit inside a kfunc section names the region, after the reference leaks (`reference_leak_has_second_line`)",
        &|p| p.reference_leak_has_second_line(),
    );
    row(
        s,
        "global subprograms verified after the program, lazily (`verifies_global_subprogs_lazily`)",
        &|p| p.verifies_global_subprogs_lazily(),
    );
    row(
        s,
        "global subprograms' `arg:nonnull` decl tag heeded (`reads_global_arg_tags`)",
        &|p| p.reads_global_arg_tags(),
    );
    row(
        s,
        "NULL refused for an `arg:nonnull` memory argument (`refuses_null_for_nonnull_global_arg`, release UNCONFIRMED)",
        &|p| p.refuses_null_for_nonnull_global_arg(),
    );
    row(
        s,
        "`bpf_spin_lock`: the lock read from the map's `btf_record` (\"has no valid\", \"that is at\", EINVAL; `spin_lock_from_btf_record`, 6.2 UNCONFIRMED)",
        &|p| p.spin_lock_from_btf_record(),
    );
    row(
        s,
        "`bpf_spin_lock`: one lock for every global data `ld_imm64` (id 0; `global_spin_lock_id_zero`, 6.2 UNCONFIRMED)",
        &|p| p.global_spin_lock_id_zero(),
    );
    row(
        s,
        "`bpf_spin_lock`: static subprograms called and returned from while held (`static_calls_under_spin_lock`, 6.9 UNCONFIRMED)",
        &|p| p.static_calls_under_spin_lock(),
    );
    row(
        s,
        "`bpf_spin_lock`: a reference state, the exit refused as `BPF_EXIT instruction in main prog cannot be used inside bpf_spin_lock-ed region` (`spin_lock_exit_names_main_prog`, 6.13 UNCONFIRMED)",
        &|p| p.spin_lock_exit_names_main_prog(),
    );
    row(
        s,
        "`bpf_spin_lock`: the number iterator's kfuncs called while held (`iter_num_under_spin_lock`, 6.14 UNCONFIRMED)",
        &|p| p.iter_num_under_spin_lock(),
    );
    row(s, "callback argument's `expected=func` known", &|p| {
        ArgKind::PtrToFunc.expected_types(p).is_some()
    });
    row(s, "helper memory argument's `expected=` list known", &|p| {
        ArgKind::PtrToMemReadonly.expected_types(p).is_some()
    });
    s.push('\n');
}

/// The whole page.
pub fn render() -> String {
    let cols = columns();
    let mut s = String::new();
    s.push_str("# What the verifier models\n\n");
    s.push_str(
        "<!-- Generated by verifier::modelled::render(); do not edit. Regenerate with: \
         UPDATE_DOCS=1 cargo test -p verifier --test docs -->\n\n",
    );
    let _ = writeln!(
        s,
        "The `verifier` crate (and `skasm lint`) gives the kernel verifier's verdict on \
         SK_LOOKUP programs for a kernel profile: a release plus named behaviours (see \
         [`sk_lookup.md`](sk_lookup.md)). Releases from {OLDEST_MODELLED} on are modelled \
         but for those from {} up to {} (not included: no image confirms them); older \
         ones and those give `unsupported`. Bounded loops verify as the kernel unrolls them, \
         with its pruning (read marks before 6.18, static liveness from 6.18: rows below); \
         `may_goto` is walked from 6.9, where the kernel has it (6.12's loop entries and the \
         later SCC rework: rows below); a tail call beside BPF-to-BPF calls is accepted \
         in the main program as x86-64's JIT accepts it (every release is taken to be \
         JITed: `bpf_jit_enable` 1 or `CONFIG_BPF_JIT_ALWAYS_ON`; the interpreter refuses \
         it), and the combined stack of each call chain is checked after the walk with the \
         frames rounded up to 16 bytes from 6.9 (to 32 before; code `combined-stack`); a \
         tail call in a subprogram and whatever else is not modelled give \
         `unsupported: <what>`, never a guess. `verify` \
         takes a program as loaded without BTF: a callback's address (`r2 = callback ll` for \
         `bpf_loop` and its peers) is refused as the kernel refuses it then (`missing btf \
         func_info`). `verify_with_btf` takes the loader's `func_info` (what libbpf passes for \
         clang's objects, and `skasm lint` for objects with `.BTF.ext`): the callbacks of \
         `bpf_loop` and `bpf_for_each_map_elem` are walked as each release walks them (once \
         on 5.15 and 6.1, iterated until they converge from 6.7: row `callback_iteration`; \
         `crates/verifier/tests/callbacks_btf/mod.rs`, `callbacks_for_each/mod.rs`); a \
         `bpf_for_each_map_elem` callback gets the map, its key (`map_key`, read-only) and \
         value and the context argument, for the array and hash maps (others: `callback \
         function not allowed for map`); and global subprograms \
         (`BTF_FUNC_GLOBAL`) are verified on their own from their BTF prototype, each \
         argument an `int`/enum, the context (`struct bpf_sk_lookup *`) or a pointer to a \
         sized type (`mem_or_null` of its size, `mem` with `__arg_nonnull` from 6.8; the \
         call site passing NULL, a stack slot or a map value the callee may read and write; \
         `crates/verifier/tests/globals/mod.rs`), a call site \
         checking its arguments and going on with an unknown scalar in R0; before 6.8 every \
         global subprogram is walked before the program, from 6.8 each called one after it \
         (row below; `crates/verifier/tests/globals/mod.rs`). A prototype the release \
         cannot use (`btf_prepare_func_args`: a `void *` without `__arg_ctx`, a pointer to \
         an undefined struct or a function, a struct or union by value, more than 5 \
         parameters, a return that is no integer, `arg:` tags on the wrong type, in \
         combinations it refuses or unknown to it) is refused with its message, before any \
         instruction on 6.1 and at the first walked call from 6.8; `__arg_ctx` on `void *` \
         is the context from 6.8 (`tests/spec/verifier/global_arg_kinds.s`). Other \
         callback helpers (`bpf_user_ringbuf_drain`, `bpf_timer_set_callback`), \
         `__arg_trusted`, `__arg_untrusted` and `__arg_arena` arguments and pointers to \
         zero-sized types give `unsupported`. The open-coded number iterator \
         (`bpf_iter_num_new`/`_next`/`_destroy`, libbpf's `bpf_for` and `bpf_repeat`; \
         `walk/iter.rs`) is walked from 6.4, where the kernel has it: its stack slot, \
         reference, the `next` fork and the loop's convergence at the `next` call (by range \
         with widening from 6.7, as a prune before; `crates/verifier/tests/iter_kernel.rs`, \
         `tests/spec/verifier/iter_num.s`); other kfuncs, iterators in subprograms or \
         callbacks, nested iterators and iterator pointers not at a constant stack offset \
         give `unsupported`. The RCU and preemption sections (`bpf_rcu_read_lock`/`_unlock` \
         from 6.2, `bpf_preempt_disable`/`_enable` from 6.10; `walk/kfunc.rs`) are tracked \
         on the path and refused nested, unmatched or open at an exit or tail call; the \
         casts `bpf_cast_to_kern_ctx` and `bpf_rdonly_cast` check their arguments and \
         return pointers into the kernel that are only copied or returned (any other use, \
         `bpf_rdonly_cast` of a type id other than 0: `unsupported`; \
         `tests/spec/verifier/kfuncs.s`, `crates/verifier/tests/kfuncs_kernel.rs`); the \
         read-only string kfuncs (`bpf_strlen`, ..., 6.17) check their scalar arguments \
         and none of their strings (`__ign`). 5.10.y takes no pointer parameter of a global \
         function, the context included (row below).
",
        UNMODELLED_GAP.0, UNMODELLED_GAP.1
    );
    let proven: Vec<String> = PROVEN.iter().map(|v| v.to_string()).collect();
    let _ = writeln!(
        s,
        "Proven against the kernels the tests run on ({}: the host's kernel, Debian's \
         images under qemu by default, Debian's 5.10.262 and Ubuntu's 5.15.225 images of \
         `.ci/kernels --extra` on demand): every r6/r7 state of the level-2 log on random and directed \
         programs (`crates/verifier/tests/kernel.rs`), and verdict, rejected instruction \
         and message on random and generated programs (`walk_random.rs`, \
         `walk_kernel.rs`); the spec corpus on every release a case names \
         (`walk_corpus.rs`). The columns below are the named releases and those builds.\n",
        proven.join(", ")
    );
    scalar_domain(&mut s, &cols);
    walk_queries(&mut s, &cols);
    s
}

/// The modelled kfunc `name`.
fn kfunc(name: &str) -> &'static skctx::Kfunc {
    skctx::kfunc_by_name(name).expect("a modelled kfunc")
}
