# Kfuncs besides the number iterator (iter_num.s) that an SK_LOOKUP program may call, all in
# kernel/bpf/helpers.c's `common_btf_ids` (every program type): the RCU read-side section
# (`bpf_rcu_read_lock`/`_unlock`, 6.2), preemption (`bpf_preempt_disable`/`_enable`, 6.10)
# and the casts (`bpf_cast_to_kern_ctx`, `bpf_rdonly_cast`, 6.2). `check_kfunc_call` tracks
# the sections by the function's identity: an RCU section does not nest, preemption does
# (a count); exits and tail calls inside either are refused, in the main program and at a
# global function's exit, not at a static subprogram's. A tail call inside either names the
# region. From the "unify resource leak checks" change (~6.14, UNCONFIRMED between 6.12 and
# 6.18) an exit's refusal does too (`check_resource_leak`, after the reference leaks); before,
# the exit said what is missing, before any leak, and a global function could not be called
# with preemption disabled. Measured on 6.18.44 and in Debian's 6.12.118 image (6.1.192 has
# none of these kfuncs).

.skmap progs, type=prog_array, key=4, value=4, max_entries=1
.skmap sock_map, type=sockmap, key=4, value=8, max_entries=4

# test: rcu_lock_unlock
# kernel: since 6.2
    call bpf_rcu_read_lock
    call bpf_rcu_read_unlock
    r0 = 0
    exit

# test: rcu_unlock_missing
# kernel: since 6.14
    call bpf_rcu_read_lock
    r0 = 0
    exit                        # error[section-open]: BPF_EXIT instruction in main prog cannot be used inside bpf_rcu_read_lock-ed region

# test: rcu_unlock_missing_v6_2
# kernel: since 6.2
# kernel: before 6.14
    call bpf_rcu_read_lock
    r0 = 0
    exit                        # error[section-open]: bpf_rcu_read_unlock is missing

# test: rcu_unmatched_unlock
# kernel: since 6.2
    call bpf_rcu_read_unlock    # error[section-unmatched]: unmatched rcu read unlock (kernel function bpf_rcu_read_unlock)
    r0 = 0
    exit

# test: rcu_nested
# kernel: since 6.2
    call bpf_rcu_read_lock
    call bpf_rcu_read_lock      # error[section-unmatched]: nested rcu read lock (kernel function bpf_rcu_read_lock)
    call bpf_rcu_read_unlock
    call bpf_rcu_read_unlock
    r0 = 0
    exit

# test: rcu_lock_on_one_branch
# kernel: since 6.14
# note: the path that took the lock reaches the exit with it held.
    r2 = *(u32 *)(r1 + 12)
    if r2 == 80 goto skip
    call bpf_rcu_read_lock
skip:
    r0 = 0
    exit                        # error[section-open]: BPF_EXIT instruction in main prog cannot be used inside bpf_rcu_read_lock-ed region

# test: rcu_lock_on_one_branch_v6_2
# kernel: since 6.2
# kernel: before 6.14
    r2 = *(u32 *)(r1 + 12)
    if r2 == 80 goto skip
    call bpf_rcu_read_lock
skip:
    r0 = 0
    exit                        # error[section-open]: bpf_rcu_read_unlock is missing

# test: rcu_helpers_inside
# kernel: since 6.2
    r6 = r1
    call bpf_rcu_read_lock
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto out
    r1 = r6
    r2 = r0
    r3 = 0
    r7 = r0
    call 124
    r1 = r7
    call 86
out:
    call bpf_rcu_read_unlock
    r0 = 1
    exit

# test: rcu_lock_in_static_subprog
# kernel: since 6.2
# note: a static subprogram may return with the section open; the caller closes it.
    call lock
    call bpf_rcu_read_unlock
    r0 = 0
    exit
lock:
    call bpf_rcu_read_lock
    r0 = 0
    exit

# test: rcu_unlock_in_static_subprog
# kernel: since 6.2
    call bpf_rcu_read_lock
    call unlock
    r0 = 0
    exit
unlock:
    call bpf_rcu_read_unlock
    r0 = 0
    exit

# test: rcu_static_call_inside
# kernel: since 6.2
    call bpf_rcu_read_lock
    call f
    call bpf_rcu_read_unlock
    r0 = 0
    exit
f:
    r0 = 0
    exit

# test: rcu_global_call_inside
# kernel: since 6.2
# func: g global (scalar)
    call bpf_rcu_read_lock
    r1 = 1
    call g
    call bpf_rcu_read_unlock
    r0 = 0
    exit
g:
    r0 = r1
    exit

# test: rcu_global_lock_leak
# kernel: since 6.14
# note: a global function is walked as a main program: its exit is checked as one.
# func: g global (scalar)
    r1 = 1
    call g
    r0 = 0
    exit
g:
    call bpf_rcu_read_lock
    r0 = 0
    exit                        # error[section-open]: BPF_EXIT instruction in main prog cannot be used inside bpf_rcu_read_lock-ed region

# test: rcu_global_lock_leak_v6_2
# kernel: since 6.2
# kernel: before 6.14
# func: g global (scalar)
    r1 = 1
    call g
    r0 = 0
    exit
g:
    call bpf_rcu_read_lock
    r0 = 0
    exit                        # error[section-open]: bpf_rcu_read_unlock is missing

# test: rcu_tail_call_inside
# kernel: since 6.2
    r6 = r1
    call bpf_rcu_read_lock
    r1 = r6
    r2 = progs ll
    r3 = 0
    call 12                     # error[section-open]: tail_call cannot be used inside bpf_rcu_read_lock-ed region
    call bpf_rcu_read_unlock
    r0 = 0
    exit

# test: rcu_iter_inside
# kernel: since 6.4
    call bpf_rcu_read_lock
    r1 = r10
    r1 += -8
    r2 = 0
    r3 = 3
    call bpf_iter_num_new
    r1 = r10
    r1 += -8
    call bpf_iter_num_destroy
    call bpf_rcu_read_unlock
    r0 = 0
    exit

# test: rcu_leak_and_unlock_missing
# kernel: since 6.14
# note: a reference and the section both open at exit: the reference is named first.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    call bpf_rcu_read_lock
    r0 = 0
    exit                        # error[reference-leak]: Unreleased reference id=2 alloc_insn=6

# test: rcu_leak_and_unlock_missing_v6_2
# kernel: since 6.2
# kernel: before 6.14
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    call bpf_rcu_read_lock
    r0 = 0
    exit                        # error[section-open]: bpf_rcu_read_unlock is missing

# test: rcu_lock_no_perfmon
# kernel: since 6.2
# privilege: no_perfmon
    call bpf_rcu_read_lock
    call bpf_rcu_read_unlock
    r0 = 0
    exit

# test: preempt_disable_enable
# kernel: since 6.10
    call bpf_preempt_disable
    call bpf_preempt_enable
    r0 = 0
    exit

# test: preempt_nested
# kernel: since 6.10
    call bpf_preempt_disable
    call bpf_preempt_disable
    call bpf_preempt_enable
    call bpf_preempt_enable
    r0 = 0
    exit

# test: preempt_enable_missing
# kernel: since 6.14
    call bpf_preempt_disable
    r0 = 0
    exit                        # error[section-open]: BPF_EXIT instruction in main prog cannot be used inside bpf_preempt_disable-ed region

# test: preempt_enable_missing_v6_10
# kernel: since 6.10
# kernel: before 6.14
    call bpf_preempt_disable
    r0 = 0
    exit                        # error[section-open]: 1 bpf_preempt_enable is missing

# test: preempt_two_enables_missing
# kernel: since 6.14
    call bpf_preempt_disable
    call bpf_preempt_disable
    r0 = 0
    exit                        # error[section-open]: BPF_EXIT instruction in main prog cannot be used inside bpf_preempt_disable-ed region

# test: preempt_two_enables_missing_v6_10
# kernel: since 6.10
# kernel: before 6.14
    call bpf_preempt_disable
    call bpf_preempt_disable
    r0 = 0
    exit                        # error[section-open]: 2 bpf_preempt_enable(s) are missing

# test: preempt_unmatched_enable
# kernel: since 6.10
    call bpf_preempt_enable     # error[section-unmatched]: unmatched attempt to enable preemption (kernel function bpf_preempt_enable)
    r0 = 0
    exit

# test: preempt_global_call_inside
# kernel: since 6.14
# func: g global (scalar)
# note: 6.18.44 calls a global function that cannot sleep with preemption disabled.
    call bpf_preempt_disable
    r1 = 1
    call g
    call bpf_preempt_enable
    r0 = 0
    exit
g:
    r0 = r1
    exit

# test: preempt_global_call_inside_v6_10
# kernel: since 6.10
# kernel: before 6.14
# func: g global (scalar)
    call bpf_preempt_disable
    r1 = 1
    call g                      # error[section-open]: global function calls are not allowed with preemption disabled,
    call bpf_preempt_enable
    r0 = 0
    exit
g:
    r0 = r1
    exit

# test: preempt_disable_in_static_subprog
# kernel: since 6.10
    call f
    call bpf_preempt_enable
    r0 = 0
    exit
f:
    call bpf_preempt_disable
    r0 = 0
    exit

# test: preempt_tail_call_inside
# kernel: since 6.10
    r6 = r1
    call bpf_preempt_disable
    r1 = r6
    r2 = progs ll
    r3 = 0
    call 12                     # error[section-open]: tail_call cannot be used inside bpf_preempt_disable-ed region
    call bpf_preempt_enable
    r0 = 0
    exit

# test: preempt_rcu_interleaved
# kernel: since 6.10
    call bpf_preempt_disable
    call bpf_rcu_read_lock
    call bpf_preempt_enable
    call bpf_rcu_read_unlock
    r0 = 0
    exit

# test: cast_to_kern_ctx
# kernel: since 6.2
    call bpf_cast_to_kern_ctx
    r0 = 0
    exit

# test: cast_to_kern_ctx_load
# kernel: since 6.2
# note: `struct bpf_sk_lookup_kern` starts with `u16 family`: a load needs its BTF layout.
    call bpf_cast_to_kern_ctx
    r0 = *(u64 *)(r0 + 0)       # error[btf-ptr-access]: access beyond the end of member family (mend:2) in struct bpf_sk_lookup_kern with off 0 size 8
    r0 = 0
    exit

# test: cast_to_kern_ctx_load_beyond
# kernel: since 6.2
    call bpf_cast_to_kern_ctx
    r0 = *(u64 *)(r0 + 400)     # error[btf-ptr-access]: access beyond struct bpf_sk_lookup_kern at off 400 size 8
    r0 = 0
    exit

# test: cast_to_kern_ctx_store
# kernel: since 6.2
    call bpf_cast_to_kern_ctx
    r1 = 0
    *(u64 *)(r0 + 0) = r1       # error[btf-ptr-access]: only read is supported
    r0 = 0
    exit

# test: cast_to_kern_ctx_stack
# kernel: since 6.2
    r1 = r10
    r1 += -8
    call bpf_cast_to_kern_ctx   # error[kfunc-arg]: arg#0 expected pointer to ctx, but got fp
    r0 = 0
    exit

# test: cast_to_kern_ctx_null
# kernel: since 6.18
    r1 = 0
    call bpf_cast_to_kern_ctx   # error[kfunc-arg]: Possibly NULL pointer passed to trusted arg0
    r0 = 0
    exit

# test: cast_to_kern_ctx_null_v6_2
# kernel: since 6.2
# kernel: before 6.13
# note: NULL was refused as any scalar before a NULL check on KF_ARG_PTR_TO_CTX (between 6.13
# note: and 6.18, UNCONFIRMED).
    r1 = 0
    call bpf_cast_to_kern_ctx   # error[kfunc-arg]: arg#0 expected pointer to ctx, but got scalar
    r0 = 0
    exit

# test: cast_to_kern_ctx_scalar
# kernel: since 6.2
    r1 = 5
    call bpf_cast_to_kern_ctx   # error[kfunc-arg]: arg#0 expected pointer to ctx, but got scalar
    r0 = 0
    exit

# test: cast_to_kern_ctx_socket
# kernel: since 6.2
    r1 = *(u64 *)(r1 + 0)
    if r1 == 0 goto out
    call bpf_cast_to_kern_ctx   # error[kfunc-arg]: arg#0 expected pointer to ctx, but got sock
out:
    r0 = 0
    exit

# test: cast_to_kern_ctx_uninit
# kernel: since 6.2
# note: R1 after a call: `check_func_arg_reg_off` reads the uninitialised register's offset.
    call bpf_rcu_read_lock
    call bpf_rcu_read_unlock
    call bpf_cast_to_kern_ctx   # error[kfunc-arg]: variable ? access var_off=(0x0; 0xffffffffffffffff) disallowed
    r0 = 0
    exit

# test: cast_to_kern_ctx_copied
# kernel: since 6.2
# note: the pointer copied, spilled and returned from a static subprogram stays itself.
    call f
    r6 = r0
    r0 = 0
    exit
f:
    call bpf_cast_to_kern_ctx
    exit

# test: cast_to_kern_ctx_modified
# kernel: since 6.2
    r1 += 8
    call bpf_cast_to_kern_ctx   # error[ctx-modified-ptr]: dereference of modified ctx ptr R1 off=8 disallowed
    r0 = 0
    exit

# test: cast_to_kern_ctx_return
# kernel: since 6.2
    call bpf_cast_to_kern_ctx
    exit                        # error[retval-pointer]: At program exit the register R0 is not a known value (trusted_ptr_)

# test: cast_to_kern_ctx_return_no_perfmon
# kernel: since 6.2
# privilege: no_perfmon
    call bpf_cast_to_kern_ctx
    exit                        # error[retval-pointer]: R0 leaks addr as return value

# test: rdonly_cast_void_v6_2
# kernel: since 6.2
# kernel: before 6.13
# note: before `void` was allowed (between 6.13 and 6.18, UNCONFIRMED) the type had to be
# note: a struct: 0 and ids of no type alike.
    r2 = 0
    call bpf_rdonly_cast        # error[kfunc-arg]: kfunc bpf_rdonly_cast type ID argument must be of a struct
    r0 = 0
    exit

# test: rdonly_cast_void
# kernel: since 6.18
    r2 = 0
    call bpf_rdonly_cast
    r0 = 0
    exit

# test: rdonly_cast_pointer_id
# kernel: since 6.2
    r2 = r10
    call bpf_rdonly_cast        # error[helper-arg-type]: R2 is not a scalar
    r0 = 0
    exit

# test: rdonly_cast_unknown_id
# kernel: since 6.2
    r2 = *(u32 *)(r1 + 12)
    call bpf_rdonly_cast        # error[kfunc-arg]: R2 must be a known constant
    r0 = 0
    exit

# test: rdonly_cast_uninit_obj
# kernel: since 6.18
    call bpf_rcu_read_lock
    call bpf_rcu_read_unlock
    r2 = 0
    call bpf_rdonly_cast
    r0 = 0
    exit

# test: rdonly_cast_bad_id
# kernel: since 6.18
    r2 = -1
    call bpf_rdonly_cast        # error[kfunc-arg]: Unknown type ID -1 passed to kfunc bpf_rdonly_cast
    r0 = 0
    exit

# test: rdonly_cast_void_load
# kernel: since 6.18
# note: type id 0 (`void`) gives untrusted read-only memory that any load reads (as
# note: `bpf_probe_read_kernel` would).
    r2 = 0
    call bpf_rdonly_cast
    r0 = *(u64 *)(r0 + 0)
    r0 = 0
    exit

# test: strlen_stack_string
# kernel: since 6.17
# note: the string kfuncs (6.17, bpf_strcasecmp 6.18) check no string argument (`__ign`):
# note: they read it with `__get_kernel_nofault` and return an error for a bad address.
    r1 = 0x6261
    *(u64 *)(r10 - 8) = r1
    r1 = r10
    r1 += -8
    call bpf_strlen
    if r0 != 2 goto out
    r0 = 1
    exit
out:
    r0 = 0
    exit

# test: strlen_scalar_string
# kernel: since 6.17
    r1 = 0
    call bpf_strlen
    r0 = 0
    exit

# test: strlen_uninit_string
# kernel: since 6.17
    call bpf_rcu_read_lock
    call bpf_rcu_read_unlock
    call bpf_strlen
    r0 = 0
    exit

# test: strcmp_ctx_and_stack
# kernel: since 6.17
    r2 = r10
    r2 += -8
    r3 = 0
    *(u64 *)(r10 - 8) = r3
    call bpf_strcmp
    r0 = 0
    exit

# test: strcasecmp_stack_strings
# kernel: since 6.18
    r1 = 0x41
    *(u64 *)(r10 - 8) = r1
    r1 = 0x61
    *(u64 *)(r10 - 16) = r1
    r1 = r10
    r1 += -8
    r2 = r10
    r2 += -16
    call bpf_strcasecmp
    r0 = 0
    exit

# test: strchr_char_not_scalar
# kernel: since 6.17
    r2 = r10
    call bpf_strchr              # error[helper-arg-type]: R2 is not a scalar
    r0 = 0
    exit

# test: strnchr_count_uninit
# kernel: since 6.17
    r3 = 0x61
    call bpf_strnchr             # error[helper-arg-type]: R2 is not a scalar
    r0 = 0
    exit

# test: strnstr_unknown_len
# kernel: since 6.17
    r3 = *(u32 *)(r1 + 60)
    r2 = r1
    call bpf_strnstr
    r0 &= 1
    exit

# test: string_kfuncs_each_once
# kernel: since 6.17
# note: every other string kfunc on two stack strings (R0 an unknown int each time).
    r1 = 0x6362
    *(u64 *)(r10 - 8) = r1
    r1 = 0x62
    *(u64 *)(r10 - 16) = r1
    r1 = r10
    r1 += -8
    r2 = 0x62
    call bpf_strchrnul
    r1 = r10
    r1 += -8
    r2 = 0x62
    call bpf_strrchr
    r1 = r10
    r1 += -8
    r2 = 4
    call bpf_strnlen
    r1 = r10
    r1 += -8
    r2 = r10
    r2 += -16
    call bpf_strspn
    r1 = r10
    r1 += -8
    r2 = r10
    r2 += -16
    call bpf_strcspn
    r1 = r10
    r1 += -8
    r2 = r10
    r2 += -16
    call bpf_strstr
    r0 = 0
    exit

# test: rcu_section_around_bpf_loop
# kernel: since 6.2
# func: cb static
# note: a `bpf_loop` callback runs inside the caller's section: the section is the path's.
    call bpf_rcu_read_lock
    r1 = 3
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 181                    # bpf_loop
    call bpf_rcu_read_unlock
    r0 = 0
    exit
cb:
    r0 = 0
    exit

# test: rcu_lock_in_bpf_loop_callback
# kernel: since 6.7
# func: cb static
# note: a callback that takes the lock and returns with it: the path going on after the
# note: call without entering the callback is walked first, and unlocks what it never locked
# note: (from 6.7, which walks callbacks as iterations; before, the callback was entered once
# note: from the call, not measured here).
    r1 = 3
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 181                    # bpf_loop
    call bpf_rcu_read_unlock    # error[section-unmatched]: unmatched rcu read unlock (kernel function bpf_rcu_read_unlock)
    r0 = 0
    exit
cb:
    call bpf_rcu_read_lock
    r0 = 0
    exit

# test: preempt_in_bpf_loop_callback_balanced
# kernel: since 6.10
# func: cb static
    r1 = 3
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 181                    # bpf_loop
    r0 = 0
    exit
cb:
    call bpf_preempt_disable
    call bpf_preempt_enable
    r0 = 0
    exit
