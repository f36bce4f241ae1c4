# Which helpers an SK_LOOKUP program may call (sk_lookup-helpers.md §1-§2): not offered,
# unknown ids, GPL-only helpers with a non-GPL license, sleepable helpers, and argument
# checks of generic helpers. Privilege-tiered helpers are in privilege.s; map helpers in
# maps.s; bpf_sk_assign and bpf_sk_release in sk_assign.s and references.s.

# test: helper_ktime_get_ns
# note: a base helper without arguments.
    call 5
    r0 = 1
    exit

# test: helper_prandom
# note: bpf_get_prandom_u32.
    call 7
    r0 = 1
    exit

# test: helper_smp_processor_id
# note: bpf_get_smp_processor_id.
    call 8
    r0 = 1
    exit

# test: helper_jiffies64
# note: bpf_jiffies64.
    call 118
    r0 = 1
    exit

# test: helper_ktime_get_coarse_ns
# kernel: since 5.11
# note: version: `bpf_ktime_get_coarse_ns` (160) from 5.11 (skctx's helper table); before, an unknown id
# note: bpf_ktime_get_coarse_ns (160), offered through the socket base set.
    call 160
    r0 = 1
    exit

# test: helper_skb_load_bytes
# kernel: since 6.12
# note: version: `program of this type cannot use helper` confirmed on Debian 6.12.118 under qemu and on 6.18;
# note: version: `unknown func` on Debian 6.1.0-57 (6.1.192) under qemu (twin `helper_skb_load_bytes_unknown_func`). The release of the
# note: version: change is UNCONFIRMED (after 6.1, by 6.12): the case claims 6.12 on.
# note: an skb helper is not offered to SK_LOOKUP.
    r2 = 0
    r3 = r10
    r3 += -8
    r4 = 4
    call 26                     # error[helper-not-allowed]: program of this type cannot use helper bpf_skb_load_bytes#26
    r0 = 1
    exit

# test: helper_skb_load_bytes_unknown_func
# kernel: before 6.2
# note: version: the older wording, confirmed on Debian 6.1.0-57 (6.1.192) under qemu; sources print it since 5.9.
# note: version: The release of the change to `program of this type cannot use helper` is
# note: version: UNCONFIRMED (after 6.1, by 6.12).
# note: an skb helper is not offered to SK_LOOKUP.
    r2 = 0
    r3 = r10
    r3 += -8
    r4 = 4
    call 26                     # error[helper-not-allowed]: unknown func bpf_skb_load_bytes#26
    r0 = 1
    exit

# test: helper_redirect
# kernel: since 6.12
# note: version: `program of this type cannot use helper` confirmed on Debian 6.12.118 under qemu and on 6.18;
# note: version: `unknown func` on Debian 6.1.0-57 (6.1.192) under qemu (twin `helper_redirect_unknown_func`). The release of the
# note: version: change is UNCONFIRMED (after 6.1, by 6.12): the case claims 6.12 on.
# note: bpf_redirect (23) is not offered.
    r1 = 1
    r2 = 0
    call 23                     # error[helper-not-allowed]: program of this type cannot use helper bpf_redirect#23
    r0 = 1
    exit

# test: helper_redirect_unknown_func
# kernel: before 6.2
# note: version: the older wording, confirmed on Debian 6.1.0-57 (6.1.192) under qemu; sources print it since 5.9.
# note: version: The release of the change to `program of this type cannot use helper` is
# note: version: UNCONFIRMED (after 6.1, by 6.12).
# note: bpf_redirect (23) is not offered.
    r1 = 1
    r2 = 0
    call 23                     # error[helper-not-allowed]: unknown func bpf_redirect#23
    r0 = 1
    exit

# test: helper_sk_lookup_tcp
# kernel: since 6.12
# note: version: `program of this type cannot use helper` confirmed on Debian 6.12.118 under qemu and on 6.18;
# note: version: `unknown func` on Debian 6.1.0-57 (6.1.192) under qemu (twin `helper_sk_lookup_tcp_unknown_func`). The release of the
# note: version: change is UNCONFIRMED (after 6.1, by 6.12): the case claims 6.12 on.
# note: bpf_sk_lookup_tcp (84) is not offered to SK_LOOKUP (it cannot look sockets up).
    call 84                     # error[helper-not-allowed]: program of this type cannot use helper bpf_sk_lookup_tcp#84
    r0 = 1
    exit

# test: helper_sk_lookup_tcp_unknown_func
# kernel: before 6.2
# note: version: the older wording, confirmed on Debian 6.1.0-57 (6.1.192) under qemu; sources print it since 5.9.
# note: version: The release of the change to `program of this type cannot use helper` is
# note: version: UNCONFIRMED (after 6.1, by 6.12).
# note: bpf_sk_lookup_tcp (84) is not offered to SK_LOOKUP (it cannot look sockets up).
    call 84                     # error[helper-not-allowed]: unknown func bpf_sk_lookup_tcp#84
    r0 = 1
    exit

# test: helper_get_socket_cookie
# kernel: since 6.12
# note: version: `program of this type cannot use helper` confirmed on Debian 6.12.118 under qemu and on 6.18;
# note: version: `unknown func` on Debian 6.1.0-57 (6.1.192) under qemu (twin `helper_get_socket_cookie_unknown_func`). The release of the
# note: version: change is UNCONFIRMED (after 6.1, by 6.12): the case claims 6.12 on.
# note: bpf_get_socket_cookie (46) is not offered.
    call 46                     # error[helper-not-allowed]: program of this type cannot use helper bpf_get_socket_cookie#46
    r0 = 1
    exit

# test: helper_get_socket_cookie_unknown_func
# kernel: before 6.2
# note: version: the older wording, confirmed on Debian 6.1.0-57 (6.1.192) under qemu; sources print it since 5.9.
# note: version: The release of the change to `program of this type cannot use helper` is
# note: version: UNCONFIRMED (after 6.1, by 6.12).
# note: bpf_get_socket_cookie (46) is not offered.
    call 46                     # error[helper-not-allowed]: unknown func bpf_get_socket_cookie#46
    r0 = 1
    exit

# test: helper_sk_select_reuseport
# kernel: since 6.12
# note: version: `program of this type cannot use helper` confirmed on Debian 6.12.118 under qemu and on 6.18;
# note: version: `unknown func` on Debian 6.1.0-57 (6.1.192) under qemu (twin `helper_sk_select_reuseport_unknown_func`). The release of the
# note: version: change is UNCONFIRMED (after 6.1, by 6.12): the case claims 6.12 on.
# note: bpf_sk_select_reuseport (82) is not offered.
    call 82                     # error[helper-not-allowed]: program of this type cannot use helper bpf_sk_select_reuseport#82
    r0 = 1
    exit

# test: helper_sk_select_reuseport_unknown_func
# kernel: before 6.2
# note: version: the older wording, confirmed on Debian 6.1.0-57 (6.1.192) under qemu; sources print it since 5.9.
# note: version: The release of the change to `program of this type cannot use helper` is
# note: version: UNCONFIRMED (after 6.1, by 6.12).
# note: bpf_sk_select_reuseport (82) is not offered.
    call 82                     # error[helper-not-allowed]: unknown func bpf_sk_select_reuseport#82
    r0 = 1
    exit

# test: helper_unspec
# kernel: since 6.12
# note: version: `program of this type cannot use helper` confirmed on Debian 6.12.118 under qemu and on 6.18;
# note: version: `unknown func` on Debian 6.1.0-57 (6.1.192) under qemu (twin `helper_unspec_unknown_func`). The release of the
# note: version: change is UNCONFIRMED (after 6.1, by 6.12): the case claims 6.12 on.
# note: id 0 (BPF_FUNC_unspec) is known but offered to nobody.
    call 0                      # error[helper-not-allowed]: program of this type cannot use helper bpf_unspec#0
    r0 = 1
    exit

# test: helper_unspec_unknown_func
# kernel: before 6.2
# note: version: the older wording, confirmed on Debian 6.1.0-57 (6.1.192) under qemu; sources print it since 5.9.
# note: version: The release of the change to `program of this type cannot use helper` is
# note: version: UNCONFIRMED (after 6.1, by 6.12).
# note: id 0 (BPF_FUNC_unspec) is known but offered to nobody.
    call 0                      # error[helper-not-allowed]: unknown func bpf_unspec#0
    r0 = 1
    exit

# test: helper_unknown_5000
# note: ids beyond the helper enum.
    call 5000                   # error[helper-unknown]: invalid func unknown#5000
    r0 = 1
    exit

# test: helper_unknown_212
# kernel: since 6.18
# note: __BPF_FUNC_MAX_ID is 212 on 6.18; the first id past the enum.
    call 212                    # error[helper-unknown]: invalid func unknown#212
    r0 = 1
    exit

# test: helper_unknown_negative
# note: negative ids are unknown too.
    call -1                     # error[helper-unknown]: invalid func unknown#-1
    r0 = 1
    exit

# test: helper_gpl_only_nongpl
# license: Proprietary
# note: bpf_probe_read_kernel (113) is GPL-only.
    r1 = r10
    r1 += -8
    r2 = 8
    r3 = 0
    call 113                    # error[gpl-only]: cannot call GPL-restricted function from non-GPL compatible program
    r0 = 1
    exit

# test: helper_gpl_only_gpl
# note: the same call with license GPL.
    r1 = r10
    r1 += -8
    r2 = 8
    r3 = 0
    call 113
    r0 = 1
    exit

# test: helper_gpl_only_dual_license
# license: Dual BSD/GPL
# note: "Dual BSD/GPL" is GPL-compatible.
    r1 = r10
    r1 += -8
    r2 = 8
    r3 = 0
    call 113
    r0 = 1
    exit

# test: helper_gpl_only_trace_printk
# license: MIT
# note: bpf_trace_printk (6) is GPL-only; the license check comes before the argument checks.
    call 6                      # error[gpl-only]: cannot call GPL-restricted function from non-GPL compatible program
    r0 = 1
    exit

# test: helper_gpl_only_get_current_task
# license: Proprietary
# note: bpf_get_current_task (35) is GPL-only.
    call 35                     # error[gpl-only]: cannot call GPL-restricted function from non-GPL compatible program
    r0 = 1
    exit

# test: helper_not_gpl_only_nongpl
# license: Proprietary
# note: non-GPL-only helpers (bpf_sk_assign) are fine with any license.
    r2 = 0
    r3 = 0
    call 124
    r0 = 1
    exit

# test: helper_copy_from_user_might_sleep
# kernel: since 6.16
# kernel: before 7.1
# note: version: bpf_base_func_proto offers it to every program type from 6.16 (skctx's helper
# note: version: table); on Debian 6.1.0-57 and 6.12.118 under qemu SK_LOOKUP is not offered it
# note: version: (twins `helper_copy_from_user_might_sleep_not_offered`, `helper_copy_from_user_might_sleep_unknown_func`).
# note: bpf_copy_from_user (148) is offered but sleepable; SK_LOOKUP programs are not.
    call 148                    # error[might-sleep]: helper call might sleep in a non-sleepable prog
    r0 = 1
    exit

# test: helper_copy_from_user_might_sleep_v7_1
# kernel: since 7.1
# note: version: 7.1 names the helper (`sleepable helper <name>#<id> in non-sleepable prog`); confirmed in Debian's 7.1.13 image.
    call 148                    # error[might-sleep]: sleepable helper bpf_copy_from_user#148 in non-sleepable prog
    r0 = 1
    exit

# test: helper_copy_from_user_might_sleep_not_offered
# kernel: since 6.12
# kernel: before 6.16
# note: version: before 6.16 bpf_copy_from_user (148) is not offered to SK_LOOKUP; confirmed on Debian
# note: version: 6.12.118 under qemu.
    call 148                    # error[helper-not-allowed]: program of this type cannot use helper bpf_copy_from_user#148
    r0 = 1
    exit

# test: helper_copy_from_user_might_sleep_unknown_func
# kernel: before 6.2
# note: version: not offered, in the older wording; confirmed on Debian 6.1.0-57 (6.1.192) under
# note: version: qemu.
    call 148                    # error[helper-not-allowed]: unknown func bpf_copy_from_user#148
    r0 = 1
    exit

# test: helper_copy_from_user_task_might_sleep
# kernel: since 6.16
# kernel: before 7.1
# note: version: bpf_base_func_proto offers it to every program type from 6.16 (skctx's helper
# note: version: table); on Debian 6.1.0-57 and 6.12.118 under qemu SK_LOOKUP is not offered it
# note: version: (twins `helper_copy_from_user_task_might_sleep_not_offered`, `helper_copy_from_user_task_might_sleep_unknown_func`).
# note: bpf_copy_from_user_task (191) likewise.
    call 191                    # error[might-sleep]: helper call might sleep in a non-sleepable prog
    r0 = 1
    exit

# test: helper_copy_from_user_task_might_sleep_v7_1
# kernel: since 7.1
# note: version: 7.1 names the helper (`sleepable helper <name>#<id> in non-sleepable prog`); confirmed in Debian's 7.1.13 image.
    call 191                    # error[might-sleep]: sleepable helper bpf_copy_from_user_task#191 in non-sleepable prog
    r0 = 1
    exit

# test: helper_copy_from_user_task_might_sleep_not_offered
# kernel: since 6.12
# kernel: before 6.16
# note: version: before 6.16 bpf_copy_from_user_task (191) is not offered to SK_LOOKUP; confirmed on Debian
# note: version: 6.12.118 under qemu.
    call 191                    # error[helper-not-allowed]: program of this type cannot use helper bpf_copy_from_user_task#191
    r0 = 1
    exit

# test: helper_copy_from_user_task_might_sleep_unknown_func
# kernel: since 5.18
# note: version: `bpf_copy_from_user_task` (191) from 5.18 (skctx's helper table); before, an unknown id
# kernel: before 6.2
# note: version: not offered, in the older wording; confirmed on Debian 6.1.0-57 (6.1.192) under
# note: version: qemu.
    call 191                    # error[helper-not-allowed]: unknown func bpf_copy_from_user_task#191
    r0 = 1
    exit

# test: helper_strtol_ctx
# kernel: since 6.12
# kernel: before 7.1
# note: version: this wording confirmed on Debian 6.12.118 under qemu and on 6.18; Debian 6.1.0-57 (6.1.192) under qemu prints the
# note: version: 6.1 wording (twin `helper_strtol_ctx_v6_1`). The release of the change is UNCONFIRMED
# note: version: (after 6.1, by 6.12): the case claims 6.12 on.
# note: memory arguments do not accept the context.
    r2 = 4
    r3 = 0
    r4 = r10
    r4 += -8
    call 105                    # error[helper-arg-type]: R1 type=ctx expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
    r0 = 1
    exit

# test: helper_strtol_ctx_v7_1
# kernel: since 7.1
# note: version: 7.1 lists `ctx` among a memory argument's types (`mem_types`), so the type check passes and `check_helper_mem_access` refuses the context as `expected=fp`; confirmed in Debian's 7.1.13 image.
    r2 = 4
    r3 = 0
    r4 = r10
    r4 += -8
    call 105                    # error[helper-arg-type]: R1 type=ctx expected=fp
    r0 = 1
    exit

# test: helper_strtol_ctx_v6_1
# kernel: since 6.1
# kernel: before 6.2
# note: version: the 6.1 wording, confirmed on Debian 6.1.0-57 (6.1.192) under qemu; older releases UNCONFIRMED.
# note: memory arguments do not accept the context.
    r2 = 4
    r3 = 0
    r4 = r10
    r4 += -8
    call 105                    # error[helper-arg-type]: R1 type=ctx expected=fp, pkt, pkt_meta, map_key, map_value, mem, alloc_mem, buf
    r0 = 1
    exit

# test: helper_trace_printk_stack
# note: bpf_trace_printk with a stack buffer (initialised) and a constant size.
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r1 = r10
    r1 += -8
    r2 = 8
    call 6
    r0 = 1
    exit

# test: helper_trace_printk_size_unknown
# kernel: since 6.12
# note: version: this wording confirmed on Debian 6.12.118 under qemu and on 6.18; Debian 6.1.0-57 (6.1.192) under qemu prints the
# note: version: 6.1 wording (twin `helper_trace_printk_size_unknown_v6_1`). The release of the change is UNCONFIRMED
# note: version: (after 6.1, by 6.12): the case claims 6.12 on.
# note: bpf_trace_printk's size is ARG_CONST_SIZE: it must be provably non-zero (and bounded);
# note: an unknown u32 may be 0, which is what the kernel reports first.
    r2 = *(u32 *)(r1 + 8)
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r1 = r10
    r1 += -8
    call 6                      # error[helper-mem-size]: R2 invalid zero-sized read: u64=[0,4294967295]
    r0 = 1
    exit

# test: helper_trace_printk_size_unknown_v6_1
# kernel: since 6.1
# kernel: before 6.2
# note: version: the 6.1 wording, confirmed on Debian 6.1.0-57 (6.1.192) under qemu; older releases UNCONFIRMED.
# note: bpf_trace_printk's size is ARG_CONST_SIZE: it must be provably non-zero (and bounded);
# note: an unknown u32 may be 0, which is what the kernel reports first.
    r2 = *(u32 *)(r1 + 8)
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r1 = r10
    r1 += -8
    call 6                      # error[helper-mem-size]: invalid zero-sized read
    r0 = 1
    exit

# test: helper_probe_read_size_too_big
# kernel: since 6.14
# note: version: confirmed on 6.18.44. Debian 6.1.0-57 (6.1.192) and 6.12.118 under qemu print
# note: version: the older helper wording (twin `helper_probe_read_size_too_big_indirect`); the change is commit
# note: version: 37cce22dbd51 "bpf: verifier: Refactor helper access type tracking" (6.14 by its
# note: version: merge date, UNCONFIRMED on a 6.14 build).
# note: a constant size that runs past the top of the stack (fp-8 + 16 > fp): the helper
# note: writes its memory argument, so the kernel reports a stack write.
    r1 = r10
    r1 += -8
    r2 = 16
    r3 = 0
    call 113                    # error[stack-bounds]: invalid write to stack R1 off=-8 size=16
    r0 = 1
    exit

# test: helper_probe_read_size_too_big_indirect
# kernel: before 6.14
# note: version: the older helper wording, confirmed on Debian 6.1.0-57 (6.1.192) and 6.12.118
# note: version: under qemu; sources print it since 5.9. Commit 37cce22dbd51 (6.14,
# note: version: UNCONFIRMED on a 6.14 build) names the direction instead.
# note: a constant size that runs past the top of the stack (fp-8 + 16 > fp).
    r1 = r10
    r1 += -8
    r2 = 16
    r3 = 0
    call 113                    # error[stack-bounds]: invalid indirect access to stack R1 off=-8 size=16
    r0 = 1
    exit

# test: helper_args_uninit
# note: bpf_probe_read_kernel with R3 never written.
    r1 = r10
    r1 += -8
    r2 = 8
    call 113                    # error[uninit-read]: R3 !read_ok
    r0 = 1
    exit

# test: helper_clobbers_r0_to_scalar
# kernel: since 5.18
# note: version: 'scalar' in this message since ~5.18; older kernels printed 'inv'
# note: (UNCONFIRMED release).
# note: after any helper R0 is a scalar: using it as a pointer is rejected.
    call 5
    r0 = *(u64 *)(r0 + 0)       # error[invalid-mem-access]: R0 invalid mem access 'scalar'
    r0 = 1
    exit

# test: helper_trace_printk_size_negative
# note: a size that may be negative (an unknown u32 minus 4, as 64 bits) is refused before
# note: its other bounds are looked at (`check_mem_size_reg`, 6.1 and 6.12 sources alike).
    r2 = *(u32 *)(r1 + 8)
    r2 += -4
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r1 = r10
    r1 += -8
    call 6                      # error[helper-mem-size]: R2 min value is negative, either use unsigned or 'var &= const'
    r0 = 1
    exit

# test: helper_trace_printk_size_unbounded
# note: a size of at least 1 with no upper bound below 2^29 (an unknown u32 plus 1).
    r2 = *(u32 *)(r1 + 8)
    r2 += 1
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r1 = r10
    r1 += -8
    call 6                      # error[helper-mem-size]: R2 unbounded memory access, use 'var &= const' or 'if (var < const)'
    r0 = 1
    exit

# test: helper_trace_printk_size_variable
# note: a variable size in [1, 8]: the kernel checks the largest (8 initialised bytes at fp-8).
    r2 = *(u32 *)(r1 + 8)
    r2 &= 7
    r2 += 1
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r1 = r10
    r1 += -8
    call 6
    r0 = 1
    exit

# test: helper_trace_printk_size_variable_too_big
# kernel: since 6.14
# note: version: confirmed on 6.18.44; the older helper wording is the twin
# note: version: `helper_trace_printk_size_variable_too_big_indirect` (commit 37cce22dbd51, 6.14 UNCONFIRMED).
# note: a variable size in [1, 16] from fp-8: the largest runs past the top of the stack.
    r2 = *(u32 *)(r1 + 8)
    r2 &= 15
    r2 += 1
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r1 = r10
    r1 += -8
    call 6                      # error[stack-bounds]: invalid read from stack R1 off=-8 size=16
    r0 = 1
    exit

# test: helper_trace_printk_size_variable_too_big_indirect
# kernel: before 6.14
# note: version: the older helper wording (Debian 6.1.192 and 6.12.118 under qemu).
# note: a variable size in [1, 16] from fp-8: the largest runs past the top of the stack.
    r2 = *(u32 *)(r1 + 8)
    r2 &= 15
    r2 += 1
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r1 = r10
    r1 += -8
    call 6                      # error[stack-bounds]: invalid indirect access to stack R1 off=-8 size=16
    r0 = 1
    exit


# test: helper_probe_read_size_variable
# kernel: since 5.16
# note: version: root reads never-written stack bytes from 5.16 (`root_reads_uninit_stack`, release UNCONFIRMED); twin `helper_probe_read_size_variable_v5_15`.
# note: bpf_probe_read_kernel writing a variable number of bytes ([1, 8]) to fp-8: without
# note: raw mode (`check_mem_size_reg` drops `meta` for a size that is not constant) the
# note: range is checked as initialised, which with CAP_PERFMON its never-written bytes are.
    r2 = *(u32 *)(r1 + 8)
    r2 &= 7
    r2 += 1
    r1 = r10
    r1 += -8
    r3 = 0
    call 113
    r0 = *(u64 *)(r10 - 8)
    r0 = 1
    exit

# test: helper_probe_read_size_variable_v5_15
# kernel: since 5.11
# kernel: before 5.16
# note: version: Debian's 5.10.262 reads them as root (skctx `root_reads_uninit_stack`: a 5.10.y backport, its sources); twin `helper_probe_read_size_variable_v5_10`.
# note: version: 5.15.225 refuses never-written stack bytes to root too (`check_stack_range_initialized` without `allow_uninit_stack`).
    r2 = *(u32 *)(r1 + 8)
    r2 &= 7
    r2 += 1
    r1 = r10
    r1 += -8
    r3 = 0
    call 113                    # error[stack-uninit-read]: invalid indirect read from stack R1 off -8+0 size 8
    r0 = *(u64 *)(r10 - 8)
    r0 = 1
    exit

# test: helper_probe_read_size_variable_v5_10
# kernel: before 5.11
# note: version: root reads stack bytes never written on 5.10.262 only down to the deepest write (skctx `uninit_stack_reads_within_allocated`: a helper's byte past `allocated_stack` is refused; its sources).
    r2 = *(u32 *)(r1 + 8)
    r2 &= 7
    r2 += 1
    r1 = r10
    r1 += -8
    r3 = 0
    call 113                    # error[stack-uninit-read]: invalid indirect read from stack R1 off -8+0 size 8
    r0 = *(u64 *)(r10 - 8)
    r0 = 1
    exit

# test: helper_probe_read_size_variable_clobbers_spill
# kernel: since 5.18
# note: version: the scalar type is printed `scalar` from 5.18 (release UNCONFIRMED); twin `helper_probe_read_size_variable_clobbers_spill_inv`.
# note: a pointer spilled in the range a variable-size helper write covers becomes an
# note: unknown scalar (the range is clobbered where it is checked), so filling and
# note: dereferencing it is refused.
    r2 = *(u32 *)(r1 + 8)
    r2 &= 7
    r2 += 1
    *(u64 *)(r10 - 8) = r1
    r1 = r10
    r1 += -8
    r3 = 0
    call 113
    r1 = *(u64 *)(r10 - 8)
    r0 = *(u32 *)(r1 + 0)       # error[invalid-mem-access]: R1 invalid mem access 'scalar'
    r0 = 1
    exit

# test: helper_probe_read_size_variable_clobbers_spill_inv
# kernel: before 5.18
# note: version: the scalar type printed `inv` (5.15.225).
    r2 = *(u32 *)(r1 + 8)
    r2 &= 7
    r2 += 1
    *(u64 *)(r10 - 8) = r1
    r1 = r10
    r1 += -8
    r3 = 0
    call 113
    r1 = *(u64 *)(r10 - 8)
    r0 = *(u32 *)(r1 + 0)       # error[invalid-mem-access]: R1 invalid mem access 'inv'
    r0 = 1
    exit
