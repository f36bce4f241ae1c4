# Context (struct bpf_sk_lookup) access rules beyond the plain load matrix of ctx_matrix.s:
# the named rules of sk_lookup-context.md §3 (sk only 8-byte, remote_port and its padding,
# ingress_ifindex, narrow loads, sign-extending loads), stores, BPF_ST, atomics, modified and
# variable-offset context pointers. Messages: verifier-messages.md #1-#5.

# test: ctx_sk_load_u64
# note: ctx->sk (offset 0) is readable with an 8-byte load; the result is sock_or_null.
    r2 = *(u64 *)(r1 + 0)
    r0 = 1
    exit

# test: ctx_sk_load_u32
# note: sk is 8-byte only: a 4-byte load at offset 0 is rejected.
    r0 = *(u32 *)(r1 + 0)       # error[ctx-bad-access]: invalid bpf_context access off=0 size=4
    r0 = 1
    exit

# test: ctx_sk_load_u16
# note: sk is 8-byte only: a 2-byte load at offset 0 is rejected.
    r0 = *(u16 *)(r1 + 0)       # error[ctx-bad-access]: invalid bpf_context access off=0 size=2
    r0 = 1
    exit

# test: ctx_sk_load_u8_high_half
# note: no byte inside sk (offsets 1..7) is readable, e.g. a 1-byte load at offset 4.
    r0 = *(u8 *)(r1 + 4)        # error[ctx-bad-access]: invalid bpf_context access off=4 size=1
    r0 = 1
    exit

# test: ctx_u64_spanning_two_fields
# note: 8-byte loads are accepted only at offset 0; an aligned 8-byte load over family and
# note: protocol (offset 8) is rejected.
    r0 = *(u64 *)(r1 + 8)       # error[ctx-bad-access]: invalid bpf_context access off=8 size=8
    r0 = 1
    exit

# test: ctx_u64_local_ip6_words
# note: an 8-byte load of two local_ip6 words (offset 56) is rejected.
    r0 = *(u64 *)(r1 + 56)      # error[ctx-bad-access]: invalid bpf_context access off=56 size=8
    r0 = 1
    exit

# test: ctx_family_narrow_loads
# note: family (a 4-byte uapi field backed by a 2-byte kernel field) accepts 4 @8, 2 @8 and
# note: @10 (the "v at +2" quirk), and 1 @8..11.
    r0 = *(u32 *)(r1 + 8)
    r0 = *(u16 *)(r1 + 8)
    r0 = *(u16 *)(r1 + 10)
    r0 = *(u8 *)(r1 + 8)
    r0 = *(u8 *)(r1 + 11)
    r0 = 1
    exit

# test: ctx_family_u16_misaligned
# note: a 2-byte load must be 2-aligned: offset 9 is rejected.
    r0 = *(u16 *)(r1 + 9)       # error[ctx-bad-access]: invalid bpf_context access off=9 size=2
    r0 = 1
    exit

# test: ctx_local_port_loads
# note: local_port (offset 60, host order) accepts the 4/2/1 pattern.
    r0 = *(u32 *)(r1 + 60)
    r0 = *(u16 *)(r1 + 62)
    r0 = *(u8 *)(r1 + 63)
    r0 = 1
    exit

# test: ctx_ip_words_narrow
# note: every remote_ip6/local_ip6 word accepts 4 @start, 2 @even offsets and 1 anywhere.
    r0 = *(u32 *)(r1 + 32)
    r0 = *(u16 *)(r1 + 46)
    r0 = *(u8 *)(r1 + 59)
    r0 = *(u8 *)(r1 + 17)
    r0 = 1
    exit

# test: ctx_ip6_word_u32_misaligned
# note: a 4-byte load inside a remote_ip6 word (offset 22) is rejected.
    r0 = *(u32 *)(r1 + 22)      # error[ctx-bad-access]: invalid bpf_context access off=22 size=4
    r0 = 1
    exit

# test: ctx_remote_port_u32_compat
# note: remote_port is a __be16 since 5.18, but the 4-byte load at 36 stays accepted for
# note: backward compatibility.
    r0 = *(u32 *)(r1 + 36)
    r0 = 1
    exit

# test: ctx_remote_port_u16
# note: 2-byte load of remote_port.
    r0 = *(u16 *)(r1 + 36)
    r0 = 1
    exit

# test: ctx_remote_port_bytes
# note: both bytes of remote_port are readable with 1-byte loads.
    r0 = *(u8 *)(r1 + 36)
    r0 = *(u8 *)(r1 + 37)
    r0 = 1
    exit

# test: ctx_remote_port_u16_at_37
# note: a 2-byte load at 37 is misaligned.
    r0 = *(u16 *)(r1 + 37)      # error[ctx-bad-access]: invalid bpf_context access off=37 size=2
    r0 = 1
    exit

# test: ctx_remote_port_padding_u16
# note: the zero padding after remote_port (offset 38) accepts a 2-byte load (reads 0).
    r0 = *(u16 *)(r1 + 38)
    r0 = 1
    exit

# test: ctx_remote_port_padding_u8
# note: both padding bytes accept 1-byte loads.
    r0 = *(u8 *)(r1 + 38)
    r0 = *(u8 *)(r1 + 39)
    r0 = 1
    exit

# test: ctx_remote_port_padding_u32
# note: a 4-byte load at 38 is rejected (only 36 has the 4-byte special case).
    r0 = *(u32 *)(r1 + 38)      # error[ctx-bad-access]: invalid bpf_context access off=38 size=4
    r0 = 1
    exit

# test: ctx_remote_port_u64
# note: 8-byte load over remote_ip6[3] and remote_port (offset 32) is rejected.
    r0 = *(u64 *)(r1 + 32)      # error[ctx-bad-access]: invalid bpf_context access off=32 size=8
    r0 = 1
    exit

# test: ctx_remote_port_padding_u16_old
# kernel: before 5.18
# note: 5.9-5.17: remote_port is a 4-byte field, so 2 @38 is a narrow load of it (source:
# note: net/core/filter.c history); same verdict as today, different reason.
    r0 = *(u16 *)(r1 + 38)
    r0 = 1
    exit

# test: ctx_ingress_ifindex_u32
# kernel: since 5.16
# note: ingress_ifindex (offset 64) exists since 5.16.
    r0 = *(u32 *)(r1 + 64)
    r0 = 1
    exit

# test: ctx_ingress_ifindex_narrow
# kernel: since 5.16
# note: ingress_ifindex accepts the 4/2/1 narrow-load pattern.
    r0 = *(u16 *)(r1 + 66)
    r0 = *(u8 *)(r1 + 65)
    r0 = 1
    exit

# test: ctx_ingress_ifindex_before_5_16
# kernel: before 5.16
# note: before 5.16 the context is 64 bytes and offset 64 is outside it (source).
    r0 = *(u32 *)(r1 + 64)      # error[ctx-bad-access]: invalid bpf_context access off=64 size=4
    r0 = 1
    exit

# test: ctx_ingress_ifindex_u64
# note: an 8-byte load of ingress_ifindex and the tail padding is rejected.
    r0 = *(u64 *)(r1 + 64)      # error[ctx-bad-access]: invalid bpf_context access off=64 size=8
    r0 = 1
    exit

# test: ctx_tail_padding
# note: the tail padding at 68..71 is not accessible.
    r0 = *(u32 *)(r1 + 68)      # error[ctx-bad-access]: invalid bpf_context access off=68 size=4
    r0 = 1
    exit

# test: ctx_past_end
# note: offset 72 (sizeof(struct bpf_sk_lookup)) is outside the context.
    r0 = *(u32 *)(r1 + 72)      # error[ctx-bad-access]: invalid bpf_context access off=72 size=4
    r0 = 1
    exit

# test: ctx_negative_offset
# note: negative offsets are outside the context.
    r0 = *(u32 *)(r1 - 8)       # error[ctx-bad-access]: invalid bpf_context access off=-8 size=4
    r0 = 1
    exit

# test: ctx_load_into_r1
# note: the destination may be the context register itself.
    r1 = *(u32 *)(r1 + 12)
    r0 = 1
    exit

# test: ctx_copy_keeps_type
# note: a copy of the context pointer is still ctx() and can be dereferenced.
    r2 = r1
    r0 = *(u32 *)(r2 + 60)
    r0 = 1
    exit

# test: ctx_spill_fill
# note: spilling the context pointer to the stack and filling it back keeps its type.
    *(u64 *)(r10 - 8) = r1
    r2 = *(u64 *)(r10 - 8)
    r0 = *(u32 *)(r2 + 8)
    r0 = 1
    exit

# test: ctx_add_zero
# note: adding 0 leaves the context pointer unmodified.
    r1 += 0
    r0 = *(u32 *)(r1 + 8)
    r0 = 1
    exit

# ----------------------------------------------------------------------------------------
# Sign-extending loads (BPF_MEMSX, cpu v4, 6.6+)

# test: ctx_ldsx_remote_ip4
# kernel: since 6.6
# note: 4-byte sign-extending load of a 4-byte field.
    r0 = *(s32 *)(r1 + 16)
    r0 = 1
    exit

# test: ctx_ldsx_local_port_quirk
# kernel: since 6.6
# note: 2-byte sign-extending load at local_port+2 (the "v at +2" position) is accepted.
    r0 = *(s16 *)(r1 + 62)
    r0 = 1
    exit

# test: ctx_ldsx_remote_port_byte
# kernel: since 6.6
# note: 1-byte sign-extending load of the second remote_port byte.
    r0 = *(s8 *)(r1 + 37)
    r0 = 1
    exit

# test: ctx_ldsx_padding_u32
# kernel: since 6.6
# note: MEMSX follows the plain-load rules: 4 @38 is rejected.
    r0 = *(s32 *)(r1 + 38)      # error[ctx-bad-access]: invalid bpf_context access off=38 size=4
    r0 = 1
    exit

# test: ctx_ldsx_sk
# kernel: since 6.6
# note: sk cannot be read with a narrow sign-extending load.
    r0 = *(s32 *)(r1 + 0)       # error[ctx-bad-access]: invalid bpf_context access off=0 size=4
    r0 = 1
    exit

# test: ctx_ldsx_ingress_ifindex
# kernel: since 6.6
# note: 2-byte sign-extending load of ingress_ifindex.
    r0 = *(s16 *)(r1 + 64)
    r0 = 1
    exit

# test: ctx_ldsx_tail_padding
# kernel: since 6.6
# note: the tail padding is inaccessible to MEMSX too.
    r0 = *(s8 *)(r1 + 70)       # error[ctx-bad-access]: invalid bpf_context access off=70 size=1
    r0 = 1
    exit

# ----------------------------------------------------------------------------------------
# Writes (the context is read-only, §3.5).

# test: ctx_stx_family
# note: a register store into the context is rejected with the access message.
    r2 = 1
    *(u32 *)(r1 + 8) = r2       # error[ctx-write]: invalid bpf_context access off=8 size=4
    r0 = 1
    exit

# test: ctx_stx_sk
# note: writing ctx->sk is rejected too (assign a socket with bpf_sk_assign instead).
    r2 = 0
    *(u64 *)(r1 + 0) = r2       # error[ctx-write]: invalid bpf_context access off=0 size=8
    r0 = 1
    exit

# test: ctx_stx_byte_local_port
# note: even a 1-byte store is rejected.
    r2 = 80
    *(u8 *)(r1 + 60) = r2       # error[ctx-write]: invalid bpf_context access off=60 size=1
    r0 = 1
    exit

# test: ctx_stx_past_end
# note: a store past the end reports the same message.
    r2 = 0
    *(u32 *)(r1 + 72) = r2      # error[ctx-write]: invalid bpf_context access off=72 size=4
    r0 = 1
    exit

# test: ctx_st_imm
# kernel: since 6.4
# note: BPF_ST (store immediate) into ctx: since 6.4 it goes through the same access check.
    *(u32 *)(r1 + 8) = 1        # error[ctx-write]: invalid bpf_context access off=8 size=4
    r0 = 1
    exit

# test: ctx_st_imm_u64
# kernel: since 6.4
# note: BPF_ST of 8 bytes at sk.
    *(u64 *)(r1 + 0) = 0        # error[ctx-write]: invalid bpf_context access off=0 size=8
    r0 = 1
    exit

# test: ctx_st_imm_before_6_4
# kernel: before 6.4
# note: before 6.4 BPF_ST into ctx had its own message (commit 0d80a619c113; source).
    *(u32 *)(r1 + 8) = 1        # error[ctx-write]: BPF_ST stores into R1 ctx is not allowed
    r0 = 1
    exit

# test: ctx_atomic_add_u32
# kernel: since 5.12
# note: version: `BPF_ATOMIC` from 5.12 (skctx `atomic_message_says_atomic`); before, `BPF_XADD` (twin `ctx_atomic_add_u32_xadd`).
# note: atomic read-modify-write on ctx is rejected before the access check.
    r2 = 1
    lock *(u32 *)(r1 + 8) += r2 # error[ctx-atomic]: BPF_ATOMIC stores into R1 ctx is not allowed
    r0 = 1
    exit

# test: ctx_atomic_add_u32_xadd
# kernel: before 5.12
# note: version: the atomic add was `BPF_XADD`; confirmed on Debian 11's 5.10.0-46 (5.10.262) under qemu.
    r2 = 1
    lock *(u32 *)(r1 + 8) += r2 # error[ctx-atomic]: BPF_XADD stores into R1 ctx is not allowed
    r0 = 1
    exit

# test: ctx_atomic_add_u64_sk
# kernel: since 5.12
# note: version: `BPF_ATOMIC` from 5.12 (skctx `atomic_message_says_atomic`); before, `BPF_XADD` (twin `ctx_atomic_add_u64_sk_xadd`).
# note: an 8-byte atomic add at sk (a readable field) is rejected too.
    r2 = 1
    lock *(u64 *)(r1 + 0) += r2 # error[ctx-atomic]: BPF_ATOMIC stores into R1 ctx is not allowed
    r0 = 1
    exit

# test: ctx_atomic_add_u64_sk_xadd
# kernel: before 5.12
# note: version: the atomic add was `BPF_XADD`; confirmed on Debian 11's 5.10.0-46 (5.10.262) under qemu.
    r2 = 1
    lock *(u64 *)(r1 + 0) += r2 # error[ctx-atomic]: BPF_XADD stores into R1 ctx is not allowed
    r0 = 1
    exit

# test: ctx_atomic_fetch_add
# kernel: since 5.12
# note: version: fetching atomics from 5.12; 5.10.262 refuses the opcode before the walk
# note: version: (`BPF_STX uses reserved fields`, no instruction; confirmed on Debian 11's 5.10.0-46 (5.10.262) under qemu).
# note: fetching atomics are atomics too.
    r2 = 1
    r2 = atomic_fetch_add((u64 *)(r1 + 0), r2) # error[ctx-atomic]: BPF_ATOMIC stores into R1 ctx is not allowed
    r0 = 1
    exit

# test: ctx_atomic_xchg
# kernel: since 5.12
# note: version: fetching atomics from 5.12; 5.10.262 refuses the opcode before the walk
# note: version: (`BPF_STX uses reserved fields`, no instruction; confirmed on Debian 11's 5.10.0-46 (5.10.262) under qemu).
# note: xchg on ctx.
    r2 = 1
    w2 = xchg32_32(r1 + 8, w2)  # error[ctx-atomic]: BPF_ATOMIC stores into R1 ctx is not allowed
    r0 = 1
    exit

# test: ctx_atomic_copy_register
# kernel: since 5.12
# note: version: `BPF_ATOMIC` from 5.12 (skctx `atomic_message_says_atomic`); before, `BPF_XADD` (twin `ctx_atomic_copy_register_xadd`).
# note: the register number in the message is the base register of the access.
    r3 = r1
    r2 = 1
    lock *(u32 *)(r3 + 12) += r2 # error[ctx-atomic]: BPF_ATOMIC stores into R3 ctx is not allowed
    r0 = 1
    exit

# test: ctx_atomic_copy_register_xadd
# kernel: before 5.12
# note: version: the atomic add was `BPF_XADD`; confirmed on Debian 11's 5.10.0-46 (5.10.262) under qemu.
    r3 = r1
    r2 = 1
    lock *(u32 *)(r3 + 12) += r2 # error[ctx-atomic]: BPF_XADD stores into R3 ctx is not allowed
    r0 = 1
    exit

# test: ctx_atomic_before_5_12
# kernel: before 5.12
# note: before 5.12 atomics were only BPF_XADD and the message said so (source; exact release
# note: UNCONFIRMED).
    r2 = 1
    lock *(u32 *)(r1 + 8) += r2 # error[ctx-atomic]: BPF_XADD stores into R1 ctx is not allowed
    r0 = 1
    exit

# ----------------------------------------------------------------------------------------
# Modified and variable-offset context pointers.

# test: ctx_modified_ptr
# note: the context pointer must have offset 0 when dereferenced.
    r1 += 8
    r0 = *(u32 *)(r1 + 0)       # error[ctx-modified-ptr]: dereference of modified ctx ptr R1 off=8 disallowed
    r0 = 1
    exit

# test: ctx_modified_ptr_back_to_zero
# note: +8 then -8 brings the offset back to 0: accepted.
    r1 += 8
    r1 += -8
    r0 = *(u32 *)(r1 + 8)
    r0 = 1
    exit

# test: ctx_modified_copy
# note: a modified copy is checked the same way (the message names the copy).
    r2 = r1
    r2 += 4
    r0 = *(u32 *)(r2 + 4)       # error[ctx-modified-ptr]: dereference of modified ctx ptr R2 off=4 disallowed
    r0 = 1
    exit

# test: ctx_modified_negative
# kernel: since 5.16
# note: version: after 5.15.225, by 6.1.192 (Debian's sources and image): the case claims 5.16 on, the release UNCONFIRMED; twin `ctx_modified_negative_v5_15`.
# note: subtracting from the context pointer is a modification too. The spec docs list only
# note: the "dereference of modified ctx ptr" message; 6.18 prints a different one for a
# note: negative offset (check_ptr_off_reg in kernel/bpf/verifier.c). The kernel wins.
    r1 -= 8
    r0 = *(u32 *)(r1 + 16)      # error[ctx-modified-ptr]: negative offset ctx ptr R1 off=-8 disallowed
    r0 = 1
    exit

# test: ctx_modified_negative_v5_15
# kernel: before 5.16
# note: version: no separate check of a negative offset: `check_ptr_off_reg` calls it a modification.
# note: version: the older answer, confirmed on Ubuntu 22.04's 5.15.0-208 (5.15.225) under qemu (and in 5.15.225's sources).
    r1 -= 8
    r0 = *(u32 *)(r1 + 16)      # error[ctx-modified-ptr]: dereference of modified ctx ptr R1 off=-8 disallowed
    r0 = 1
    exit

# test: ctx_modified_store
# note: a store through a modified context pointer fails on the modification first.
    r1 += 8
    r2 = 0
    *(u32 *)(r1 + 0) = r2       # error[ctx-modified-ptr]: dereference of modified ctx ptr R1 off=8 disallowed
    r0 = 1
    exit

# test: ctx_var_offset
# note: a context pointer with a variable offset cannot be dereferenced.
    r2 = *(u32 *)(r1 + 8)
    r2 &= 4
    r1 += r2
    r0 = *(u32 *)(r1 + 8)       # error[ctx-var-offset]: variable ctx access var_off=(0x0; 0x4) disallowed
    r0 = 1
    exit

# test: ctx_var_offset_known_zero
# note: adding a register known to be 0 keeps the offset constant.
    r2 = 0
    r1 += r2
    r0 = *(u32 *)(r1 + 8)
    r0 = 1
    exit

# test: ctx_var_offset_wider
# note: the tnum in the message reflects the mask (here 0..12 in steps of 4).
    r2 = *(u32 *)(r1 + 60)
    r2 &= 12
    r1 += r2
    r0 = *(u8 *)(r1 + 16)       # error[ctx-var-offset]: variable ctx access var_off=(0x0; 0xc) disallowed
    r0 = 1
    exit

# ----------------------------------------------------------------------------------------
# Legacy packet access.

# test: ld_abs
# note: BPF_LD_ABS is not allowed for SK_LOOKUP (there is no skb).
    r6 = r1
    r0 = *(u8 *)skb[0]          # error[ld-abs-not-allowed]: BPF_LD_[ABS|IND] instructions not allowed for this program type
    r0 = 1
    exit

# test: ld_abs_word
# note: 4-byte BPF_LD_ABS, same rule.
    r6 = r1
    r0 = *(u32 *)skb[12]        # error[ld-abs-not-allowed]: BPF_LD_[ABS|IND] instructions not allowed for this program type
    r0 = 1
    exit

# test: ld_ind
# note: BPF_LD_IND is rejected with the same message.
    r6 = r1
    r2 = 0
    r0 = *(u16 *)skb[r2]        # error[ld-abs-not-allowed]: BPF_LD_[ABS|IND] instructions not allowed for this program type
    r0 = 1
    exit
