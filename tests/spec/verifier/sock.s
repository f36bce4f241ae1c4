# Sockets reached through ctx->sk: the NULL check, struct bpf_sock field access, writes and
# pointer arithmetic (sk_lookup-context.md §3.4 and §4; verifier-messages.md #11-#14).

# test: sock_deref_without_null_check
# note: ctx->sk is sock_or_null; it must be NULL-checked before a field is read.
    r2 = *(u64 *)(r1 + 0)
    r0 = *(u32 *)(r2 + 4)       # error[invalid-mem-access]: R2 invalid mem access 'sock_or_null'
    r0 = 1
    exit

# test: sock_family_after_null_check
# note: after `if r2 == 0` the fall-through branch holds a sock and family (4 @4) is readable.
    r2 = *(u64 *)(r1 + 0)
    if r2 == 0 goto out
    r0 = *(u32 *)(r2 + 4)
out:
    r0 = 1
    exit

# test: sock_null_check_ne
# note: the NULL check can be written the other way round.
    r2 = *(u64 *)(r1 + 0)
    if r2 != 0 goto read
    r0 = 1
    exit
read:
    r0 = *(u32 *)(r2 + 12)
    r0 = 1
    exit

# test: sock_null_branch_still_null
# kernel: since 5.18
# note: version: 'scalar' in this message since ~5.18; older kernels printed 'inv'
# note: (UNCONFIRMED release).
# note: on the branch where the pointer is NULL it becomes the scalar 0: dereferencing it
# note: there is an access through a scalar.
    r2 = *(u64 *)(r1 + 0)
    if r2 != 0 goto out
    r0 = *(u32 *)(r2 + 4)       # error[invalid-mem-access]: R2 invalid mem access 'scalar'
out:
    r0 = 1
    exit

# test: sock_second_load_not_checked
# note: each load of ctx->sk gets its own id: NULL-checking one copy does not validate a
# note: separately loaded copy.
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 0)
    if r2 == 0 goto out
    r0 = *(u32 *)(r3 + 4)       # error[invalid-mem-access]: R3 invalid mem access 'sock_or_null'
out:
    r0 = 1
    exit

# test: sock_copy_checked_together
# note: a register copy shares the id, so checking the original validates the copy.
    r2 = *(u64 *)(r1 + 0)
    r3 = r2
    if r2 == 0 goto out
    r0 = *(u32 *)(r3 + 4)
out:
    r0 = 1
    exit

# test: sock_fields_readable
# kernel: since 5.18
# note: version: the 16-bit dst_port layout of struct bpf_sock is 5.18+ (UNCONFIRMED).
# note: the bpf_sock fields with their accepted sizes: bound_dev_if 4, type, protocol, mark,
# note: priority, src_ip4 bytes, src_port 4 at 44, dst_port 2 at 48 and a byte at 49,
# note: dst_ip4 half at 54, src_ip6 and dst_ip6 words, state, rx_queue_mapping.
    r2 = *(u64 *)(r1 + 0)
    if r2 == 0 goto out
    r0 = *(u32 *)(r2 + 0)
    r0 = *(u16 *)(r2 + 8)
    r0 = *(u8 *)(r2 + 12)
    r0 = *(u32 *)(r2 + 16)
    r0 = *(u32 *)(r2 + 20)
    r0 = *(u8 *)(r2 + 25)
    r0 = *(u16 *)(r2 + 30)
    r0 = *(u32 *)(r2 + 44)
    r0 = *(u16 *)(r2 + 48)
    r0 = *(u8 *)(r2 + 49)
    r0 = *(u16 *)(r2 + 54)
    r0 = *(u32 *)(r2 + 68)
    r0 = *(u32 *)(r2 + 72)
    r0 = *(u8 *)(r2 + 76)
out:
    r0 = 1
    exit

# test: sock_bound_dev_if_narrow
# note: bound_dev_if (offset 0) is 4-byte only.
    r2 = *(u64 *)(r1 + 0)
    if r2 == 0 goto out
    r0 = *(u16 *)(r2 + 0)       # error[sock-bad-access]: R2 invalid sock access off=0 size=2
out:
    r0 = 1
    exit

# test: sock_mark_narrow
# note: mark (offset 16) is 4-byte only.
    r2 = *(u64 *)(r1 + 0)
    if r2 == 0 goto out
    r0 = *(u8 *)(r2 + 16)       # error[sock-bad-access]: R2 invalid sock access off=16 size=1
out:
    r0 = 1
    exit

# test: sock_misaligned_word
# note: a 4-byte load at offset 2 straddles two fields.
    r2 = *(u64 *)(r1 + 0)
    if r2 == 0 goto out
    r0 = *(u32 *)(r2 + 2)       # error[sock-bad-access]: R2 invalid sock access off=2 size=4
out:
    r0 = 1
    exit

# test: sock_src_port_upper_half
# note: src_port is readable only at 44 (a 2-byte load at 46 is rejected).
    r2 = *(u64 *)(r1 + 0)
    if r2 == 0 goto out
    r0 = *(u16 *)(r2 + 46)      # error[sock-bad-access]: R2 invalid sock access off=46 size=2
out:
    r0 = 1
    exit

# test: sock_dst_port_padding
# kernel: since 5.18
# note: version: the 16-bit dst_port layout of struct bpf_sock is 5.18+ (UNCONFIRMED).
# note: the 2 bytes after the __be16 dst_port (offset 50) are not readable with a 2-byte load.
    r2 = *(u64 *)(r1 + 0)
    if r2 == 0 goto out
    r0 = *(u16 *)(r2 + 50)      # error[sock-bad-access]: R2 invalid sock access off=50 size=2
out:
    r0 = 1
    exit

# test: sock_u64_load
# note: no bpf_sock field is 8 bytes wide.
    r2 = *(u64 *)(r1 + 0)
    if r2 == 0 goto out
    r0 = *(u64 *)(r2 + 0)       # error[sock-bad-access]: R2 invalid sock access off=0 size=8
out:
    r0 = 1
    exit

# test: sock_past_end
# note: struct bpf_sock is 80 bytes; offset 80 is outside.
    r2 = *(u64 *)(r1 + 0)
    if r2 == 0 goto out
    r0 = *(u32 *)(r2 + 80)      # error[sock-bad-access]: R2 invalid sock access off=80 size=4
out:
    r0 = 1
    exit

# test: sock_negative_offset
# note: a negative offset from a sock pointer.
    r2 = *(u64 *)(r1 + 0)
    if r2 == 0 goto out
    r0 = *(u32 *)(r2 - 4)       # error[sock-bad-access]: R2 invalid sock access off=-4 size=4
out:
    r0 = 1
    exit

# test: sock_write_stx
# note: sockets are read-only.
    r2 = *(u64 *)(r1 + 0)
    if r2 == 0 goto out
    r3 = 1
    *(u32 *)(r2 + 16) = r3      # error[sock-write]: R2 cannot write into sock
out:
    r0 = 1
    exit

# test: sock_write_st_imm
# note: a store immediate into a sock is rejected the same way.
    r2 = *(u64 *)(r1 + 0)
    if r2 == 0 goto out
    *(u32 *)(r2 + 16) = 7       # error[sock-write]: R2 cannot write into sock
out:
    r0 = 1
    exit

# test: sock_atomic
# kernel: since 5.12
# note: version: `BPF_ATOMIC` from 5.12 (skctx `atomic_message_says_atomic`); before, `BPF_XADD` (twin `sock_atomic_xadd`).
# note: atomics on a sock pointer are rejected before the access check.
    r2 = *(u64 *)(r1 + 0)
    if r2 == 0 goto out
    r3 = 1
    lock *(u32 *)(r2 + 16) += r3 # error[sock-write]: BPF_ATOMIC stores into R2 sock is not allowed
out:
    r0 = 1
    exit

# test: sock_atomic_xadd
# kernel: before 5.12
# note: version: the atomic add was `BPF_XADD`; confirmed on Debian 11's 5.10.0-46 (5.10.262) under qemu.
    r2 = *(u64 *)(r1 + 0)
    if r2 == 0 goto out
    r3 = 1
    lock *(u32 *)(r2 + 16) += r3 # error[sock-write]: BPF_XADD stores into R2 sock is not allowed
out:
    r0 = 1
    exit

# test: sock_ptr_arith
# note: no arithmetic on sock pointers.
    r2 = *(u64 *)(r1 + 0)
    if r2 == 0 goto out
    r2 += 4                     # error[sock-ptr-arith]: R2 pointer arithmetic on sock prohibited
    r0 = *(u32 *)(r2 + 0)
out:
    r0 = 1
    exit

# test: sock_or_null_ptr_arith
# kernel: since 5.11
# note: version: after 5.10.262, by 5.15.225 (their images): the case claims 5.11 on, the release UNCONFIRMED; twin `sock_or_null_ptr_arith_v5_10`.
# note: arithmetic on a not yet NULL-checked socket is rejected too.
    r2 = *(u64 *)(r1 + 0)
    r2 += 4                     # error[sock-ptr-arith]: R2 pointer arithmetic on sock_or_null prohibited, null-check it first
    r0 = 1
    exit

# test: sock_or_null_ptr_arith_v5_10
# kernel: before 5.11
# note: version: the message ends at `prohibited` (no `, null-check it first`); confirmed on Debian 11's 5.10.0-46 (5.10.262) under qemu.
    r2 = *(u64 *)(r1 + 0)
    r2 += 4                     # error[sock-ptr-arith]: R2 pointer arithmetic on sock_or_null prohibited
    r0 = 1
    exit

# test: sock_reread_after_assign
# note: ctx->sk may be re-read after bpf_sk_assign (it returns the new selection).
    r6 = r1
    r2 = 0
    r3 = 0
    call 124
    r2 = *(u64 *)(r6 + 0)
    if r2 == 0 goto out
    r0 = *(u32 *)(r2 + 72)
out:
    r0 = 1
    exit

# test: sock_spill_fill_keeps_check
# note: a NULL-checked sock spilled to the stack and filled back is still a sock.
    r2 = *(u64 *)(r1 + 0)
    if r2 == 0 goto out
    *(u64 *)(r10 - 8) = r2
    r3 = *(u64 *)(r10 - 8)
    r0 = *(u32 *)(r3 + 4)
out:
    r0 = 1
    exit
