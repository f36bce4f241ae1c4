# Socket references from SOCKMAP/SOCKHASH lookups: bpf_sk_release (helper 86) argument
# rules, leaks, double release and use after release (sk_lookup-helpers.md §4, §5, §8;
# verifier-messages.md #11, #15-#18). Privilege differences live in privilege.s.
# The lookup prologue (key 0 on the stack at r10-4) is repeated in each case.
.skmap sock_map, type=sockmap, key=4, value=8, max_entries=4
.skmap sock_hash, type=sockhash, key=4, value=8, max_entries=4
.skmap progs, type=prog_array, key=4, value=4, max_entries=1

# test: ref_lookup_release
# note: a looked-up socket released on its non-NULL path: accepted.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto out
    r1 = r0
    call 86
out:
    r0 = 1
    exit

# test: ref_sockhash_lookup_release
# note: SOCKHASH lookups give referenced sockets too.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_hash ll
    call 1
    if r0 == 0 goto out
    r1 = r0
    call 86
out:
    r0 = 1
    exit

# test: ref_unreleased
# kernel: since 6.13
# note: version: the second leak line exists since the Nov 2024 leak-check rework (~6.13,
# note: UNCONFIRMED release; see references.s ref_leak_old_message).
# note: the reference is still held at exit on the non-NULL path. The kernel prints two
# note: lines (Unreleased reference id=2 alloc_insn=6, then this one) at the exit.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto out
out:
    r0 = 1
    exit                        # error[reference-leak]: BPF_EXIT instruction in main prog would lead to reference leak

# test: ref_unreleased_first_line
# note: the first line of the leak message names the reference and the call that made it
# note: (alloc_insn counts ld_imm64 as two slots).
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto out
out:
    r0 = 1
    exit                        # error[reference-leak]: Unreleased reference id=2 alloc_insn=6

# test: ref_unreleased_no_null_check
# note: without a NULL check the reference is still tracked: leak.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    r0 = 1
    exit                        # error[reference-leak]: Unreleased reference id=2 alloc_insn=6

# test: ref_null_branch_needs_no_release
# note: on the NULL branch the reference disappears; releasing only the non-NULL path is
# note: enough.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 != 0 goto release
    r0 = 0
    exit
release:
    r1 = r0
    call 86
    r0 = 1
    exit

# test: ref_release_one_path_only
# kernel: since 6.13
# note: version: the second leak line exists since the Nov 2024 leak-check rework (~6.13,
# note: UNCONFIRMED release; see references.s ref_leak_old_message).
# note: the verifier explores all paths: releasing on one branch is not enough.
    r6 = r1
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto out
    r7 = r0
    r1 = *(u32 *)(r6 + 8)
    if r1 == 2 goto out
    r1 = r7
    call 86
out:
    r0 = 1
    exit                        # error[reference-leak]: BPF_EXIT instruction in main prog would lead to reference leak

# test: ref_release_both_paths
# note: releasing on every branch is accepted.
    r6 = r1
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto out
    r7 = r0
    r1 = *(u32 *)(r6 + 8)
    if r1 == 2 goto other
    r1 = r7
    call 86
    goto out
other:
    r1 = r7
    call 86
out:
    r0 = 1
    exit

# test: ref_release_copy
# note: register copies share the reference: releasing a copy releases it.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto out
    r7 = r0
    r8 = r7
    r1 = r8
    call 86
out:
    r0 = 1
    exit

# test: ref_spill_fill_release
# note: a reference spilled to the stack and filled back keeps its identity.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto out
    *(u64 *)(r10 - 16) = r0
    r1 = *(u64 *)(r10 - 16)
    call 86
out:
    r0 = 1
    exit

# test: ref_two_lookups_one_release
# note: two lookups make two references; releasing only the first leaks the second (id 4,
# note: made by the call at slot 12).
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    r6 = r0
    r2 = r10
    r2 += -4
    r1 = sock_hash ll
    call 1
    r7 = r0
    if r6 == 0 goto second
    r1 = r6
    call 86
second:
    r0 = 1
    exit                        # error[reference-leak]: Unreleased reference id=4 alloc_insn=12

# test: ref_release_ctx_sk
# kernel: since 5.16
# note: version: after 5.15.225, by 6.1.192 (Debian's sources and image): the case claims 5.16 on, the release UNCONFIRMED; twin `ref_release_ctx_sk_v5_15`.
# note: ctx->sk is not a reference and cannot be released.
    r2 = *(u64 *)(r1 + 0)
    if r2 == 0 goto out
    r1 = r2
    call 86                     # error[release-unreferenced]: R1 must be referenced when passed to release function
out:
    r0 = 1
    exit

# test: ref_release_ctx_sk_v5_15
# kernel: before 5.16
# note: version: the helper's reference check (`check_func_call`) names the function, not the register.
# note: version: the older answer, confirmed on Ubuntu 22.04's 5.15.0-208 (5.15.225) under qemu (and in 5.15.225's sources).
    r2 = *(u64 *)(r1 + 0)
    if r2 == 0 goto out
    r1 = r2
    call 86                     # error[release-unreferenced]: func bpf_sk_release#86 reference has not been acquired before
out:
    r0 = 1
    exit

# test: ref_release_or_null
# kernel: since 6.12
# note: version: this wording confirmed on Debian 6.12.118 under qemu and on 6.18; Debian 6.1.0-57 (6.1.192) under qemu prints the
# note: version: 6.1 wording (twin `ref_release_or_null_v6_1`). The release of the change is UNCONFIRMED
# note: version: (after 6.1, by 6.12): the case claims 6.12 on.
# note: the lookup result must be NULL-checked before release. The register's type in the
# note: message is the lookup result's: `map_value_or_null` upstream (confirmed on 6.18.44
# note: -fc-v769), `sock_or_null` with behaviour sockmap-lookup-sock-or-null (confirmed on
# note: 6.18.44 -fc-v1272 and -fc-v1300).
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    r1 = r0
    call 86                     # error[helper-arg-type] unless sockmap-lookup-sock-or-null: R1 type=map_value_or_null expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
                                # ^ error[helper-arg-type] if sockmap-lookup-sock-or-null: R1 type=sock_or_null expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
    r0 = 1
    exit

# test: ref_release_or_null_v6_1
# kernel: since 6.1
# kernel: before 6.2
# note: version: the 6.1 wording, confirmed on Debian 6.1.0-57 (6.1.192) under qemu; older releases UNCONFIRMED.
# note: the lookup result must be NULL-checked before release. The register's type in the
# note: message is the lookup result's: `map_value_or_null` upstream (confirmed on 6.18.44
# note: -fc-v769), `sock_or_null` with behaviour sockmap-lookup-sock-or-null (confirmed on
# note: 6.18.44 -fc-v1272 and -fc-v1300).
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    r1 = r0
    call 86                     # error[helper-arg-type] unless sockmap-lookup-sock-or-null: R1 type=map_value_or_null expected=sock_common, sock, tcp_sock, xdp_sock, ptr_
                                # ^ error[helper-arg-type] if sockmap-lookup-sock-or-null: R1 type=sock_or_null expected=sock_common, sock, tcp_sock, xdp_sock, ptr_
    r0 = 1
    exit

# test: ref_release_null_const
# kernel: since 6.12
# note: version: this wording confirmed on Debian 6.12.118 under qemu and on 6.18; Debian 6.1.0-57 (6.1.192) under qemu prints the
# note: version: 6.1 wording (twin `ref_release_null_const_v6_1`). The release of the change is UNCONFIRMED
# note: version: (after 6.1, by 6.12): the case claims 6.12 on.
# note: NULL is not a socket for bpf_sk_release (its argument is not "or NULL").
    r1 = 0
    call 86                     # error[helper-arg-type]: R1 type=scalar expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
    r0 = 1
    exit

# test: ref_release_null_const_v6_1
# kernel: since 6.1
# kernel: before 6.2
# note: version: the 6.1 wording, confirmed on Debian 6.1.0-57 (6.1.192) under qemu; older releases UNCONFIRMED.
# note: NULL is not a socket for bpf_sk_release (its argument is not "or NULL").
    r1 = 0
    call 86                     # error[helper-arg-type]: R1 type=scalar expected=sock_common, sock, tcp_sock, xdp_sock, ptr_
    r0 = 1
    exit

# test: ref_release_ctx
# kernel: since 6.12
# note: version: this wording confirmed on Debian 6.12.118 under qemu and on 6.18; Debian 6.1.0-57 (6.1.192) under qemu prints the
# note: version: 6.1 wording (twin `ref_release_ctx_v6_1`). The release of the change is UNCONFIRMED
# note: version: (after 6.1, by 6.12): the case claims 6.12 on.
# note: the context is not a socket.
    call 86                     # error[helper-arg-type]: R1 type=ctx expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
    r0 = 1
    exit

# test: ref_release_ctx_v6_1
# kernel: since 6.1
# kernel: before 6.2
# note: version: the 6.1 wording, confirmed on Debian 6.1.0-57 (6.1.192) under qemu; older releases UNCONFIRMED.
# note: the context is not a socket.
    call 86                     # error[helper-arg-type]: R1 type=ctx expected=sock_common, sock, tcp_sock, xdp_sock, ptr_
    r0 = 1
    exit

# test: ref_release_fp
# kernel: since 6.12
# note: version: this wording confirmed on Debian 6.12.118 under qemu and on 6.18; Debian 6.1.0-57 (6.1.192) under qemu prints the
# note: version: 6.1 wording (twin `ref_release_fp_v6_1`). The release of the change is UNCONFIRMED
# note: version: (after 6.1, by 6.12): the case claims 6.12 on.
# note: a stack pointer is not a socket.
    r1 = r10
    r1 += -8
    call 86                     # error[helper-arg-type]: R1 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
    r0 = 1
    exit

# test: ref_release_fp_v6_1
# kernel: since 6.1
# kernel: before 6.2
# note: version: the 6.1 wording, confirmed on Debian 6.1.0-57 (6.1.192) under qemu; older releases UNCONFIRMED.
# note: a stack pointer is not a socket.
    r1 = r10
    r1 += -8
    call 86                     # error[helper-arg-type]: R1 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_
    r0 = 1
    exit

# test: ref_release_uninit
# note: R1 clobbered by an earlier call.
    r2 = 0
    r3 = 0
    call 124
    call 86                     # error[uninit-read]: R1 !read_ok
    r0 = 1
    exit

# test: ref_double_release
# kernel: since 6.12
# note: version: this wording confirmed on Debian 6.12.118 under qemu and on 6.18; Debian 6.1.0-57 (6.1.192) under qemu prints the
# note: version: 6.1 wording (twin `ref_double_release_v6_1`). The release of the change is UNCONFIRMED
# note: version: (after 6.1, by 6.12): the case claims 6.12 on.
# note: the first release turns every copy into an unknown scalar (root), so the second
# note: release sees a scalar.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto out
    r7 = r0
    r1 = r7
    call 86
    r1 = r7
    call 86                     # error[helper-arg-type]: R1 type=scalar expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
out:
    r0 = 1
    exit

# test: ref_double_release_v6_1
# kernel: since 6.1
# kernel: before 6.2
# note: version: the 6.1 wording, confirmed on Debian 6.1.0-57 (6.1.192) under qemu; older releases UNCONFIRMED.
# note: the first release turns every copy into an unknown scalar (root), so the second
# note: release sees a scalar.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto out
    r7 = r0
    r1 = r7
    call 86
    r1 = r7
    call 86                     # error[helper-arg-type]: R1 type=scalar expected=sock_common, sock, tcp_sock, xdp_sock, ptr_
out:
    r0 = 1
    exit

# test: ref_use_after_release
# kernel: since 5.18
# note: version: 'scalar' in this message since ~5.18; older kernels printed 'inv'
# note: (UNCONFIRMED release).
# note: reading a field of a released socket (root: the register became a scalar).
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto out
    r7 = r0
    r1 = r7
    call 86
    r0 = *(u32 *)(r7 + 4)       # error[invalid-mem-access]: R7 invalid mem access 'scalar'
out:
    r0 = 1
    exit

# test: ref_use_spilled_after_release
# kernel: since 5.18
# note: version: 'scalar' in this message since ~5.18; older kernels printed 'inv'
# note: (UNCONFIRMED release).
# note: a spilled copy is invalidated too: filling it gives a scalar.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto out
    *(u64 *)(r10 - 16) = r0
    r1 = r0
    call 86
    r7 = *(u64 *)(r10 - 16)
    r0 = *(u32 *)(r7 + 4)       # error[invalid-mem-access]: R7 invalid mem access 'scalar'
out:
    r0 = 1
    exit

# test: ref_assign_after_release
# kernel: since 5.18
# note: version: `inv` before 5.18 (skctx `scalar_type_named_scalar`, release UNCONFIRMED): twin `ref_assign_after_release_inv`.
# note: a released socket cannot be assigned (root: scalar).
    r6 = r1
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto out
    r7 = r0
    r1 = r7
    call 86
    r1 = r6
    r2 = r7
    r3 = 0
    call 124                    # error[helper-arg-type]: R2 type=scalar expected=sock
out:
    r0 = 1
    exit

# test: ref_assign_after_release_inv
# kernel: before 5.18
# note: version: the register type of a scalar printed `inv` (`reg_type_str` of 5.15.225's sources);
# note: version: confirmed on Ubuntu 22.04's 5.15.0-208 (5.15.225) under qemu; the release of the rename UNCONFIRMED (5.18 assumed, skctx).
    r6 = r1
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto out
    r7 = r0
    r1 = r7
    call 86
    r1 = r6
    r2 = r7
    r3 = 0
    call 124                    # error[helper-arg-type]: R2 type=inv expected=sock
out:
    r0 = 1
    exit

# test: ref_deref_or_null
# note: the lookup result must be NULL-checked before a field is read; the message names the
# note: lookup result's type (see ref_release_or_null for the two builds).
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    r0 = *(u32 *)(r0 + 4)       # error[invalid-mem-access] unless sockmap-lookup-sock-or-null: R0 invalid mem access 'map_value_or_null'
                                # ^ error[invalid-mem-access] if sockmap-lookup-sock-or-null: R0 invalid mem access 'sock_or_null'
    r0 = 1
    exit

# test: ref_read_fields
# note: a looked-up socket is a sock after the NULL check: bpf_sock fields are readable.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto out
    r6 = *(u32 *)(r0 + 72)
    r1 = r0
    call 86
out:
    r0 = 1
    exit

# test: ref_write_field
# note: looked-up sockets are read-only too.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto out
    r2 = 0
    *(u32 *)(r0 + 16) = r2      # error[sock-write]: R0 cannot write into sock
    r1 = r0
    call 86
out:
    r0 = 1
    exit

# test: ref_leak_via_tail_call
# note: no reference may be held across bpf_tail_call.
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
    r2 = progs ll
    r3 = 0
    call 12                     # error[tail-call-leak]: tail_call would lead to reference leak
    r1 = r7
    call 86
out:
    r0 = 1
    exit

# test: ref_tail_call_after_release
# note: releasing before bpf_tail_call is fine.
    r6 = r1
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto tail
    r1 = r0
    call 86
tail:
    r1 = r6
    r2 = progs ll
    r3 = 0
    call 12
    r0 = 1
    exit

# test: ref_leak_old_message
# kernel: before 6.13
# note: before the Nov 2024 "unify resource leak checks" change only the first line was
# note: printed (source; release UNCONFIRMED, so only the first line is claimed).
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    r0 = 1
    exit                        # error[reference-leak]: Unreleased reference id=2 alloc_insn=6
