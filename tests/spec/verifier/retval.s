# Return value rules: at every exit of the main program R0 must be a scalar provably in
# [0, 1] (SK_DROP, SK_PASS); sk_lookup-runtime.md §6, verifier-messages.md #7-#10.
# The 6.8+ check uses signed 64-bit bounds; 5.9-6.7 used a tnum and printed it.
.skmap sock_map, type=sockmap, key=4, value=8, max_entries=4

# test: ret_pass
# note: SK_PASS.
    r0 = 1
    exit

# test: ret_drop
# note: SK_DROP.
    r0 = 0
    exit

# test: ret_w0
# note: a 32-bit write zero-extends, so w0 = 1 is exactly 1.
    w0 = 1
    exit

# test: ret_const_2
# kernel: since 6.8
# note: version: the [0, 1] wording is 6.8+; 5.9-6.7 printed a tnum (see ret_*_tnum).
# note: 2 is outside [0, 1].
    r0 = 2
    exit                        # error[retval-range]: At program exit the register R0 has smin=2 smax=2 should have been in [0, 1]

# test: ret_const_minus_1
# kernel: since 6.8
# note: version: the [0, 1] wording is 6.8+; 5.9-6.7 printed a tnum (see ret_*_tnum).
# note: -1 is outside [0, 1].
    r0 = -1
    exit                        # error[retval-range]: At program exit the register R0 has smin=-1 smax=-1 should have been in [0, 1]

# test: ret_w0_minus_1
# kernel: since 6.8
# note: version: the [0, 1] wording is 6.8+; 5.9-6.7 printed a tnum (see ret_*_tnum).
# note: w0 = -1 zero-extends to 0xffffffff.
    w0 = -1
    exit                        # error[retval-range]: At program exit the register R0 has smin=4294967295 smax=4294967295 should have been in [0, 1]

# test: ret_upper_bits
# kernel: since 6.8
# note: version: the [0, 1] wording is 6.8+; 5.9-6.7 printed a tnum (see ret_*_tnum).
# note: a 64-bit constant with upper bits set (0x100000001) is not 1.
    r0 = 0x100000001 ll
    exit                        # error[retval-range]: At program exit the register R0 has smin=4294967297 smax=4294967297 should have been in [0, 1]

# test: ret_w0_after_upper_bits
# note: a 32-bit move clears the upper half again.
    r0 = 0x100000001 ll
    w0 = w0
    exit

# test: ret_uninit
# note: R0 never written.
    exit                        # error[uninit-read]: R0 !read_ok

# test: ret_unknown_u32
# kernel: since 6.8
# note: version: the [0, 1] wording is 6.8+; 5.9-6.7 printed a tnum (see ret_*_tnum).
# note: a ctx field is a u32 to the verifier (it does not know family's real range).
    r0 = *(u32 *)(r1 + 8)
    exit                        # error[retval-range]: At program exit the register R0 has smin=0 smax=4294967295 should have been in [0, 1]

# test: ret_unknown_u8
# kernel: since 6.8
# note: version: the [0, 1] wording is 6.8+; 5.9-6.7 printed a tnum (see ret_*_tnum).
# note: a 1-byte load gives [0, 255].
    r0 = *(u8 *)(r1 + 12)
    exit                        # error[retval-range]: At program exit the register R0 has smin=0 smax=255 should have been in [0, 1]

# test: ret_masked
# note: masking with 1 bounds the value to [0, 1].
    r0 = *(u32 *)(r1 + 8)
    r0 &= 1
    exit

# test: ret_masked_3
# kernel: since 6.8
# note: version: the [0, 1] wording is 6.8+; 5.9-6.7 printed a tnum (see ret_*_tnum).
# note: masking with 3 gives [0, 3]: rejected.
    r0 = *(u32 *)(r1 + 8)
    r0 &= 3
    exit                        # error[retval-range]: At program exit the register R0 has smin=0 smax=3 should have been in [0, 1]

# test: ret_shift
# note: the top bit of a u32 is in [0, 1].
    r0 = *(u32 *)(r1 + 16)
    r0 >>= 31
    exit

# test: ret_branch_bounded
# note: `if r0 > 1` refines the fall-through to [0, 1].
    r0 = *(u32 *)(r1 + 8)
    if r0 > 1 goto other
    exit
other:
    r0 = 0
    exit

# test: ret_branch_bounded_signed
# kernel: since 6.8
# note: version: the [0, 1] wording is 6.8+; 5.9-6.7 printed a tnum (see ret_*_tnum).
# note: a signed test alone leaves negative values possible: rejected (only smax known).
    r0 = *(s32 *)(r1 + 8)
    if r0 s> 1 goto other
    exit                        # error[retval-range]: At program exit the register R0 has smin=-2147483648 smax=1 should have been in [0, 1]
other:
    r0 = 0
    exit

# test: ret_branch_bounded_both
# kernel: since 6.6
# note: version: the sign-extending load is cpu v4 (6.6); Debian 6.1.0-57 under qemu refuses it
# note: version: with `BPF_LDX uses reserved fields` before any return-value check.
# note: signed lower and upper bounds together.
    r0 = *(s32 *)(r1 + 8)
    if r0 s> 1 goto other
    if r0 s< 0 goto other
    exit
other:
    r0 = 0
    exit

# test: ret_branch_bounded_32
# note: a 32-bit comparison on a zero-extended 32-bit load bounds the 64-bit value too.
    r0 = *(u32 *)(r1 + 60)
    if w0 > 1 goto other
    exit
other:
    r0 = 0
    exit

# test: ret_one_bad_path
# kernel: since 6.8
# note: version: the [0, 1] wording is 6.8+; 5.9-6.7 printed a tnum (see ret_*_tnum).
# note: every exit is checked: one path returning 2 is enough to reject (at that exit).
    r2 = *(u32 *)(r1 + 8)
    r0 = 1
    if r2 == 2 goto bad
    exit
bad:
    r0 = 2
    exit                        # error[retval-range]: At program exit the register R0 has smin=2 smax=2 should have been in [0, 1]

# test: ret_join_0_1
# note: two paths giving 0 and 1 joining at one exit.
    r2 = *(u32 *)(r1 + 8)
    r0 = 0
    if r2 != 2 goto out
    r0 = 1
out:
    exit

# test: ret_helper_result
# kernel: since 6.8
# note: version: the [0, 1] wording is 6.8+; 5.9-6.7 printed a tnum (see ret_*_tnum).
# note: a helper's return value is an unknown scalar.
    call 7
    exit                        # error[retval-range]: At program exit the register R0 has unknown scalar value should have been in [0, 1]

# test: ret_helper_result_masked
# note: masked helper result.
    call 7
    r0 &= 1
    exit

# test: ret_ctx_ptr
# note: a pointer is not a return value (root: "is not a known value").
    r0 = r1
    exit                        # error[retval-pointer]: At program exit the register R0 is not a known value (ctx)

# test: ret_sk_ptr
# note: ctx->sk returned directly.
    r0 = *(u64 *)(r1 + 0)
    exit                        # error[retval-pointer]: At program exit the register R0 is not a known value (sock_or_null)

# test: ret_sk_checked_ptr
# note: a NULL-checked socket is a pointer too.
    r0 = *(u64 *)(r1 + 0)
    if r0 == 0 goto out
    exit                        # error[retval-pointer]: At program exit the register R0 is not a known value (sock)
out:
    exit

# test: ret_fp
# note: the frame pointer.
    r0 = r10
    exit                        # error[retval-pointer]: At program exit the register R0 is not a known value (fp)

# test: ret_map_ptr
# note: a map pointer.
    r0 = sock_map ll
    exit                        # error[retval-pointer]: At program exit the register R0 is not a known value (map_ptr)

# test: ret_const_2_tnum
# kernel: before 6.8
# note: 5.9-6.7 checked the return value with a tnum and printed it (source).
    r0 = 2
    exit                        # error[retval-range]: At program exit the register R0 has value (0x2; 0x0) should have been in (0x0; 0x1)

# test: ret_unknown_tnum
# kernel: before 6.8
# note: 5.9-6.7 message for an unknown scalar (source).
    call 7
    exit                        # error[retval-range]: At program exit the register R0 has unknown scalar value should have been in (0x0; 0x1)

# test: ret_unknown_after_pruning
# kernel: since 6.8
# note: version: R0 is marked precise at exit since 6.8 (eabe518de533), so the second path
# note: (r6 > 5, R0 an unknown helper result) is not pruned against the first (R0 = 1) at `out`.
    call 7
    r6 = r0
    call 7
    if r6 > 5 goto out
    call 7
    call 7
    r1 = 0
    r2 = 0
    r3 = 0
    r4 = 0
    r5 = 0
    r0 = 1
out:
    exit                        # error[retval-range]: At program exit the register R0 has unknown scalar value should have been in [0, 1]

# test: ret_unknown_after_pruning_v6_1
# kernel: since 6.1
# kernel: before 6.8
# note: version: before 6.8 R0 was not marked precise at exit, so the second path reaches
# note: `out` with an unknown R0 and is pruned against the first path's checkpoint (R0 = 1,
# note: imprecise): the kernel accepts a program that returns a helper's result
# note: (verifier-fidelity.md §4). Confirmed on Debian 6.1.0-57 (6.1.192) under qemu, found by
# note: the random differential test inside that image.
    call 7
    r6 = r0
    call 7
    if r6 > 5 goto out
    call 7
    call 7
    r1 = 0
    r2 = 0
    r3 = 0
    r4 = 0
    r5 = 0
    r0 = 1
out:
    exit

# test: retval_checked_after_pruning
# kernel: since 6.12
# note: version: R0 is made precise at exit (eabe518de533, 6.8 per the research notes), so the
# note: checkpoint at `exit` keeps R0 = 0 by value and the pushed path with R0 = 2 is not
# note: pruned there; confirmed on Debian 6.12.118 under qemu and on 6.18. Debian 6.1.0-57
# note: (6.1.192) accepts it (twin `retval_checked_after_pruning_v6_1`).
# note: the fall-through path stores a checkpoint at `exit` (two jumps and eight instructions
# note: since the start) with R0 = 0; the branch path arrives there with R0 = 2.
    r2 = *(u32 *)(r1 + 60)
    r0 = 2
    r3 = 0
    r3 = 0
    r3 = 0
    r3 = 0
    goto l0
l0:
    if r2 == 7 goto l1
    r0 = 0
l1:
    exit                        # error[retval-range]: At program exit the register R0 has smin=2 smax=2 should have been in [0, 1]

# test: retval_checked_after_pruning_v6_1
# kernel: since 6.1
# kernel: before 6.2
# note: version: confirmed on Debian 6.1.0-57 (6.1.192) under qemu: R0 is not precise at exit,
# note: so the checkpoint at `exit` (R0 = 0, read there) covers the branch path's R0 = 2 and
# note: prunes it: the program is accepted. The release that stops this is UNCONFIRMED (6.8
# note: assumed, `marks_r0_precise_at_exit`).
    r2 = *(u32 *)(r1 + 60)
    r0 = 2
    r3 = 0
    r3 = 0
    r3 = 0
    r3 = 0
    goto l0
l0:
    if r2 == 7 goto l1
    r0 = 0
l1:
    exit
