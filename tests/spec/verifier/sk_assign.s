# bpf_sk_assign (helper 124) argument rules in SK_LOOKUP programs (sk_lookup-helpers.md §3.1,
# §3.4): R1 the unmodified ctx, R2 a socket or NULL, R3 any initialised value; R0 an unknown
# scalar afterwards; R1-R5 clobbered.
.skmap sock_map, type=sockmap, key=4, value=8, max_entries=4

# test: assign_null_const
# note: R2 may be the constant 0 (NULL).
    r2 = 0
    r3 = 0
    call 124
    r0 = 1
    exit

# test: assign_null_const_w
# note: a 32-bit move of 0 is the NULL constant too.
    w2 = 0
    r3 = 0
    call 124
    r0 = 1
    exit

# test: assign_ctx_sk_unchecked
# kernel: since 5.15
# note: version: from 5.15 (skctx `sk_assign_takes_sock_or_null`: a 5.15.y stable backport of 5.17's
# note: version: argument type flags, the first 5.15.y UNCONFIRMED); twin `assign_ctx_sk_unchecked_v5_10`.
# note: ctx->sk is accepted without a NULL check (the argument type is "socket or NULL").
    r2 = *(u64 *)(r1 + 0)
    r3 = 0
    call 124
    r0 = 1
    exit

# test: assign_ctx_sk_unchecked_v5_10
# kernel: before 5.15
# note: version: `ARG_PTR_TO_SOCKET_OR_NULL` takes a socket or NULL, not a maybe-NULL socket; confirmed on Debian 11's 5.10.0-46 (5.10.262) under qemu.
    r2 = *(u64 *)(r1 + 0)
    r3 = 0
    call 124                    # error[helper-arg-type]: R2 type=sock_or_null expected=sock
    r0 = 1
    exit

# test: assign_ctx_sk_checked
# note: a NULL-checked ctx->sk (a sock) is accepted.
    r2 = *(u64 *)(r1 + 0)
    if r2 == 0 goto out
    r3 = 1
    call 124
out:
    r0 = 1
    exit

# test: assign_any_flags
# note: R3 is ARG_ANYTHING: any value, even bits the helper rejects at run time.
    r2 = 0
    r3 = -1
    call 124
    r0 = 1
    exit

# test: assign_flags_from_ctx
# note: an unknown scalar is fine as flags.
    r2 = 0
    r3 = *(u32 *)(r1 + 60)
    call 124
    r0 = 1
    exit

# test: assign_ctx_copy
# note: R1 may be a copy of the context pointer.
    r6 = r1
    r1 = r6
    r2 = 0
    r3 = 0
    call 124
    r0 = 1
    exit

# test: assign_scalar_nonzero
# kernel: since 5.18
# note: version: `inv` before 5.18 (skctx `scalar_type_named_scalar`, release UNCONFIRMED): twin `assign_scalar_nonzero_inv`.
# note: a non-zero scalar is not a socket.
    r2 = 1
    r3 = 0
    call 124                    # error[helper-arg-type]: R2 type=scalar expected=sock
    r0 = 1
    exit

# test: assign_scalar_nonzero_inv
# kernel: before 5.18
# note: version: the register type of a scalar printed `inv` (`reg_type_str` of 5.15.225's sources);
# note: version: confirmed on Ubuntu 22.04's 5.15.0-208 (5.15.225) under qemu; the release of the rename UNCONFIRMED (5.18 assumed, skctx).
    r2 = 1
    r3 = 0
    call 124                    # error[helper-arg-type]: R2 type=inv expected=sock
    r0 = 1
    exit

# test: assign_scalar_unknown
# kernel: since 5.18
# note: version: `inv` before 5.18 (skctx `scalar_type_named_scalar`, release UNCONFIRMED): twin `assign_scalar_unknown_inv`.
# note: an unknown scalar (could be 0 or not) is not accepted either.
    r2 = *(u32 *)(r1 + 8)
    r3 = 0
    call 124                    # error[helper-arg-type]: R2 type=scalar expected=sock
    r0 = 1
    exit

# test: assign_scalar_unknown_inv
# kernel: before 5.18
# note: version: the register type of a scalar printed `inv` (`reg_type_str` of 5.15.225's sources);
# note: version: confirmed on Ubuntu 22.04's 5.15.0-208 (5.15.225) under qemu; the release of the rename UNCONFIRMED (5.18 assumed, skctx).
    r2 = *(u32 *)(r1 + 8)
    r3 = 0
    call 124                    # error[helper-arg-type]: R2 type=inv expected=sock
    r0 = 1
    exit

# test: assign_fp_as_sk
# note: a stack pointer is not a socket.
    r2 = r10
    r2 += -8
    r3 = 0
    call 124                    # error[helper-arg-type]: R2 type=fp expected=sock
    r0 = 1
    exit

# test: assign_ctx_as_sk
# note: the context pointer is not a socket.
    r2 = r1
    r3 = 0
    call 124                    # error[helper-arg-type]: R2 type=ctx expected=sock
    r0 = 1
    exit

# test: assign_map_ptr_as_sk
# note: a map pointer is not a socket.
    r6 = r1
    r2 = sock_map ll
    r3 = 0
    call 124                    # error[helper-arg-type]: R2 type=map_ptr expected=sock
    r0 = 1
    exit

# test: assign_lookup_or_null
# note: upstream (6.18.44 -fc-v769), a sock-map lookup result must be NULL-checked before
# note: bpf_sk_assign (map_value_or_null is not sock). With sockmap-lookup-sock-or-null
# note: (6.18.44 -fc-v1272, -fc-v1300) it is `sock_or_null`, which ARG_PTR_TO_SOCKET_OR_NULL
# note: accepts: the call passes and the program fails at the exit, the reference never
# note: released (id=2, from the lookup at insn 7).
    r6 = r1
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    r1 = r6
    r2 = r0
    r3 = 0
    call 124                    # error[helper-arg-type] unless sockmap-lookup-sock-or-null: R2 type=map_value_or_null expected=sock
    r0 = 1
    exit                        # error[reference-leak] if sockmap-lookup-sock-or-null: Unreleased reference id=2 alloc_insn=7

# test: assign_lookup_unchecked_then_released
# note: kernel-builds.md: passing the unchecked lookup result to bpf_sk_assign, then
# note: NULL-checking and releasing it, is rejected upstream at the call and accepted with
# note: sockmap-lookup-sock-or-null.
    r6 = r1
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124                    # error[helper-arg-type] unless sockmap-lookup-sock-or-null: R2 type=map_value_or_null expected=sock
    if r7 == 0 goto out
    r1 = r7
    call 86
out:
    r0 = 1
    exit

# test: assign_lookup_checked_and_released
# note: the usual pattern: look up, NULL-check, assign, release.
    r6 = r1
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto out
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124
    r1 = r7
    call 86
out:
    r0 = 1
    exit

# test: assign_r1_not_ctx
# kernel: since 5.18
# note: version: `inv` before 5.18 (skctx `scalar_type_named_scalar`, release UNCONFIRMED): twin `assign_r1_not_ctx_inv`.
# note: R1 must be the context.
    r6 = r1
    r1 = 0
    r2 = 0
    r3 = 0
    call 124                    # error[helper-arg-type]: R1 type=scalar expected=ctx
    r0 = 1
    exit

# test: assign_r1_not_ctx_inv
# kernel: before 5.18
# note: version: the register type of a scalar printed `inv` (`reg_type_str` of 5.15.225's sources);
# note: version: confirmed on Ubuntu 22.04's 5.15.0-208 (5.15.225) under qemu; the release of the rename UNCONFIRMED (5.18 assumed, skctx).
    r6 = r1
    r1 = 0
    r2 = 0
    r3 = 0
    call 124                    # error[helper-arg-type]: R1 type=inv expected=ctx
    r0 = 1
    exit

# test: assign_r1_fp
# note: a stack pointer as R1.
    r1 = r10
    r2 = 0
    r3 = 0
    call 124                    # error[helper-arg-type]: R1 type=fp expected=ctx
    r0 = 1
    exit

# test: assign_r1_modified_ctx
# note: the context pointer passed to a helper must be unmodified.
    r1 += 8
    r2 = 0
    r3 = 0
    call 124                    # error[ctx-modified-ptr]: dereference of modified ctx ptr R1 off=8 disallowed
    r0 = 1
    exit

# test: assign_r1_uninit
# note: a helper call clobbers R1: a second call without reloading the context reads an
# note: uninitialised R1.
    r2 = 0
    r3 = 0
    call 124
    r2 = 0
    r3 = 0
    call 124                    # error[uninit-read]: R1 !read_ok
    r0 = 1
    exit

# test: assign_r2_uninit
# note: R2 never written.
    r3 = 0
    call 124                    # error[uninit-read]: R2 !read_ok
    r0 = 1
    exit

# test: assign_r3_uninit
# note: R3 never written.
    r2 = 0
    call 124                    # error[uninit-read]: R3 !read_ok
    r0 = 1
    exit

# test: assign_clobbers_r1
# note: after a helper call R1-R5 are uninitialised.
    r2 = 0
    r3 = 0
    call 124
    r0 = *(u32 *)(r1 + 8)       # error[uninit-read]: R1 !read_ok
    r0 = 1
    exit

# test: assign_clobbers_r5
# note: R5 is clobbered too, even though bpf_sk_assign has three arguments.
    r5 = 1
    r2 = 0
    r3 = 0
    call 124
    r0 = r5                     # error[uninit-read]: R5 !read_ok
    exit

# test: assign_keeps_r6
# note: callee-saved registers R6-R9 survive the call.
    r6 = 1
    r2 = 0
    r3 = 0
    call 124
    r0 = r6
    exit

# test: assign_ret_is_scalar
# kernel: since 6.8
# note: version: the [0, 1] wording is 6.8+; 5.9-6.7 printed a tnum (see ret_*_tnum).
# note: the helper returns an unknown scalar; returning it directly fails the [0, 1] check.
    r2 = 0
    r3 = 0
    call 124
    exit                        # error[retval-range]: At program exit the register R0 has unknown scalar value should have been in [0, 1]

# test: assign_ret_tested
# note: testing the return value and returning constants is the accepted shape.
    r2 = 0
    r3 = 0
    call 124
    if r0 == 0 goto pass
    r0 = 0
    exit
pass:
    r0 = 1
    exit

# test: assign_does_not_consume_reference
# kernel: since 6.13
# note: version: the second leak line exists since the Nov 2024 leak-check rework (~6.13,
# note: UNCONFIRMED release; see references.s ref_leak_old_message).
# note: bpf_sk_assign neither takes nor releases a reference: the looked-up socket must still
# note: be released.
    r6 = r1
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
    call 124
out:
    r0 = 1
    exit                        # error[reference-leak]: BPF_EXIT instruction in main prog would lead to reference leak

# test: assign_ctx_sk_old_kernel
# kernel: before 5.10
# note: on 5.9 the argument check wanted PTR_TO_SOCKET exactly, so an unchecked ctx->sk was
# note: rejected (source; the release that started accepting it is UNCONFIRMED, so this case
# note: only claims 5.9).
    r2 = *(u64 *)(r1 + 0)
    r3 = 0
    call 124                    # error[helper-arg-type]: R2 type=sock_or_null expected=sock
    r0 = 1
    exit
