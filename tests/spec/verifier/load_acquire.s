# Load-acquire and store-release (`BPF_STX | BPF_ATOMIC` with `BPF_LOAD_ACQ` / `BPF_STORE_REL`,
# 8 to 64 bits, 6.15): `check_atomic_load` is `check_load_mem` with strict alignment, then
# `atomic_ptr_type_ok` on the source; `check_atomic_store` is `check_store_reg` with strict
# alignment. Before 6.15: malformed.s (`load_acquire_before_6_15`) and the `_before_6_15`
# twins here. Also the read-modify-write atomics with a pointer source (`check_atomic_rmw`'s
# `is_pointer_value`: refused without CAP_PERFMON only).
.skmap hash, type=hash, key=4, value=16, max_entries=4

# test: load_acquire_narrow_from_spill
# kernel: since 6.15
# note: a u8, u16 and u32 load-acquire of a spilled constant read its low bytes, zero-extended
# note: (little-endian): the branches to the bad return value are never taken.
    r1 = 0x1122334455667788 ll
    *(u64 *)(r10 - 8) = r1
    w2 = load_acquire((u8 *)(r10 - 8))
    if w2 != 0x88 goto bad
    w3 = load_acquire((u16 *)(r10 - 8))
    if r3 != 0x7788 goto bad
    w4 = load_acquire((u32 *)(r10 - 8))
    if r4 != 0x55667788 goto bad
    r5 = load_acquire((u64 *)(r10 - 8))
    if r5 != r1 goto bad
    r0 = 1
    exit
bad:
    r0 = 2
    exit

# test: load_acquire_fills_a_pointer
# kernel: since 6.15
# note: a 64-bit load-acquire of a spilled ctx pointer restores the pointer.
    *(u64 *)(r10 - 8) = r1
    r6 = load_acquire((u64 *)(r10 - 8))
    r0 = *(u32 *)(r6 + 8)
    r0 = 1
    exit

# test: load_acquire_narrow_fill_of_pointer
# kernel: since 6.15
# note: a narrower load-acquire of a spilled pointer is a register fill of the wrong size.
    *(u64 *)(r10 - 8) = r1
    w6 = load_acquire((u32 *)(r10 - 8)) # error[stack-fill-size]: invalid size of register fill
    r0 = 1
    exit

# test: load_acquire_uninit_stack
# kernel: since 6.15
# privilege: no_perfmon
# note: an unwritten stack slot, without CAP_PERFMON.
    w2 = load_acquire((u32 *)(r10 - 8)) # error[stack-uninit-read]: invalid read from stack R10 off=-8 size=4
    r0 = 1
    exit

# test: load_acquire_misaligned_stack
# kernel: since 6.15
# kernel: before 7.1
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    w2 = load_acquire((u32 *)(r10 - 6)) # error[stack-misaligned]: misaligned stack access off 0+0+-6 size 4
    r0 = 1
    exit

# test: load_acquire_misaligned_stack_v7_1
# kernel: since 7.1
# note: version: 7.1 folds a pointer's fixed offset into its `var_off` (`reg->off` is gone), so the message prints one term less or the `var_off` with the offset in it; confirmed in Debian's 7.1.13 image.
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    w2 = load_acquire((u32 *)(r10 - 6)) # error[stack-misaligned]: misaligned stack access off 0+-6 size 4
    r0 = 1
    exit

# test: load_acquire_map_value
# kernel: since 6.15
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = hash ll
    call 1
    if r0 == 0 goto out
    w3 = load_acquire((u32 *)(r0 + 12))
    r4 = load_acquire((u64 *)(r0 + 8))
    w5 = load_acquire((u16 *)(r0 + 14))
out:
    r0 = 1
    exit

# test: load_acquire_map_value_misaligned
# kernel: since 6.15
# kernel: before 7.1
# note: unlike a plain load, a load-acquire checks alignment strictly on a map value.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = hash ll
    call 1
    if r0 == 0 goto out
    w3 = load_acquire((u32 *)(r0 + 2)) # error[atomic-misaligned]: misaligned value access off 0+0+2 size 4
out:
    r0 = 1
    exit

# test: load_acquire_map_value_misaligned_v7_1
# kernel: since 7.1
# note: version: 7.1 folds a pointer's fixed offset into its `var_off` (`reg->off` is gone), so the message prints one term less or the `var_off` with the offset in it; confirmed in Debian's 7.1.13 image.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = hash ll
    call 1
    if r0 == 0 goto out
    w3 = load_acquire((u32 *)(r0 + 2)) # error[atomic-misaligned]: misaligned value access off 0+2 size 4
out:
    r0 = 1
    exit

# test: load_acquire_map_value_bounds
# kernel: since 6.15
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = hash ll
    call 1
    if r0 == 0 goto out
    r3 = load_acquire((u64 *)(r0 + 16)) # error[map-value-bounds]: invalid access to map value, value_size=16 off=16 size=8
out:
    r0 = 1
    exit

# test: load_acquire_map_value_or_null
# kernel: since 6.15
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = hash ll
    call 1
    w3 = load_acquire((u32 *)(r0 + 0)) # error[invalid-mem-access]: R0 invalid mem access 'map_value_or_null'
    r0 = 1
    exit

# test: load_acquire_ctx
# kernel: since 6.15
# kernel: before 6.19
# note: `family`, a valid context field: `atomic_ptr_type_ok` refuses the context.
    w2 = load_acquire((u32 *)(r1 + 8)) # error[ctx-atomic]: BPF_ATOMIC loads from R1 ctx is not allowed
    r0 = 1
    exit

# test: load_acquire_ctx_bad_field
# kernel: since 6.15
# kernel: before 6.19
# note: 6.18.44 checks the pointer type before the access: an invalid context access is
# note: refused as an atomic on the context (later sources check the load first; 6.19 and on
# note: are unsupported for a load-acquire from the context or a socket).
    w2 = load_acquire((u32 *)(r1 + 2)) # error[ctx-atomic]: BPF_ATOMIC loads from R1 ctx is not allowed
    r0 = 1
    exit

# test: load_acquire_sock
# kernel: since 6.15
# kernel: before 6.19
# note: `family`, a valid `struct bpf_sock` field: the socket is refused by name.
    r2 = *(u64 *)(r1 + 0)
    if r2 == 0 goto out
    w3 = load_acquire((u32 *)(r2 + 4)) # error[sock-write]: BPF_ATOMIC loads from R2 sock is not allowed
out:
    r0 = 1
    exit

# test: load_acquire_sock_bad_field
# kernel: since 6.15
# kernel: before 6.19
# note: the pointer type first, as for the context.
    r2 = *(u64 *)(r1 + 0)
    if r2 == 0 goto out
    w3 = load_acquire((u32 *)(r2 + 2)) # error[sock-write]: BPF_ATOMIC loads from R2 sock is not allowed
out:
    r0 = 1
    exit

# test: load_acquire_into_r10
# kernel: since 6.15
    r10 = load_acquire((u64 *)(r10 - 8)) # error[frame-pointer-write]: frame pointer is read only
    r0 = 1
    exit

# test: load_acquire_u8_before_6_15
# kernel: since 5.12
# note: version: `BPF_ATOMIC` operations other than add (5ca419f2864a "bpf: Add BPF_FETCH field / create atomic_fetch_add instruction" and its series, 5.12): 5.10.262 refuses the imm before the walk (`BPF_STX uses reserved fields`, its sources).
# kernel: before 6.15
# note: 8- and 16-bit `BPF_STX | BPF_ATOMIC` opcodes are unknown before 6.15, refused before
# note: the walk with no instruction named (6.1.192 and 6.12.118).
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    w0 = load_acquire((u8 *)(r10 - 8))
# error[unknown-opcode, EINVAL]: unknown opcode d3
    r0 = 1
    exit

# test: store_release_spills
# kernel: since 6.15
# note: a 64-bit store-release of a pointer spills it, as a plain store does.
    store_release((u64 *)(r10 - 8), r1)
    r6 = *(u64 *)(r10 - 8)
    r0 = *(u32 *)(r6 + 8)
    r0 = 1
    exit

# test: store_release_narrow_scalar
# kernel: since 6.15
    r1 = 0x1234
    store_release((u16 *)(r10 - 2), w1)
    store_release((u8 *)(r10 - 3), w1)
    store_release((u32 *)(r10 - 8), w1)
    r2 = *(u64 *)(r10 - 8)
    r0 = 1
    exit

# test: store_release_misaligned_stack
# kernel: since 6.15
# kernel: before 7.1
    r1 = 0
    store_release((u32 *)(r10 - 6), w1) # error[stack-misaligned]: misaligned stack access off 0+0+-6 size 4
    r0 = 1
    exit

# test: store_release_misaligned_stack_v7_1
# kernel: since 7.1
# note: version: 7.1 folds a pointer's fixed offset into its `var_off` (`reg->off` is gone), so the message prints one term less or the `var_off` with the offset in it; confirmed in Debian's 7.1.13 image.
    r1 = 0
    store_release((u32 *)(r10 - 6), w1) # error[stack-misaligned]: misaligned stack access off 0+-6 size 4
    r0 = 1
    exit

# test: store_release_map_value_misaligned
# kernel: since 6.15
# kernel: before 7.1
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = hash ll
    call 1
    if r0 == 0 goto out
    r3 = 7
    store_release((u64 *)(r0 + 4), r3) # error[atomic-misaligned]: misaligned value access off 0+0+4 size 8
out:
    r0 = 1
    exit

# test: store_release_map_value_misaligned_v7_1
# kernel: since 7.1
# note: version: 7.1 folds a pointer's fixed offset into its `var_off` (`reg->off` is gone), so the message prints one term less or the `var_off` with the offset in it; confirmed in Debian's 7.1.13 image.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = hash ll
    call 1
    if r0 == 0 goto out
    r3 = 7
    store_release((u64 *)(r0 + 4), r3) # error[atomic-misaligned]: misaligned value access off 0+4 size 8
out:
    r0 = 1
    exit

# test: store_release_pointer_into_map
# kernel: since 6.15
# note: root may store a pointer into a map value.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = hash ll
    call 1
    if r0 == 0 goto out
    store_release((u64 *)(r0 + 8), r10)
out:
    r0 = 1
    exit

# test: store_release_pointer_into_map_no_perfmon
# kernel: since 6.15
# privilege: no_perfmon
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = hash ll
    call 1
    if r0 == 0 goto out
    store_release((u64 *)(r0 + 8), r10) # error[leaks-addr-into-map]: R10 leaks addr into map
out:
    r0 = 1
    exit

# test: load_acquire_into_r10_from_ctx
# kernel: since 6.15
# kernel: before 6.19
# note: on 6.18.44 the context is refused before the destination register is checked.
    r10 = load_acquire((u64 *)(r1 + 0)) # error[ctx-atomic]: BPF_ATOMIC loads from R1 ctx is not allowed
    r0 = 1
    exit

# test: store_release_ctx
# kernel: since 6.15
# note: the store is checked first (unlike a load-acquire): the context is read-only.
    r2 = 1
    store_release((u32 *)(r1 + 8), w2) # error[ctx-write]: invalid bpf_context access off=8 size=4
    r0 = 1
    exit

# test: store_release_ctx_uninit_src
# kernel: since 6.15
# note: the source register is read before the context is looked at.
    store_release((u32 *)(r1 + 8), w2) # error[uninit-read]: R2 !read_ok
    r0 = 1
    exit

# test: store_release_sock
# kernel: since 6.15
    r2 = *(u64 *)(r1 + 0)
    if r2 == 0 goto out
    r3 = 1
    store_release((u32 *)(r2 + 4), w3) # error[sock-write]: R2 cannot write into sock
out:
    r0 = 1
    exit

# test: store_release_before_6_15
# kernel: since 5.12
# note: version: `BPF_ATOMIC` operations other than add (5ca419f2864a "bpf: Add BPF_FETCH field / create atomic_fetch_add instruction" and its series, 5.12): 5.10.262 refuses the imm before the walk (`BPF_STX uses reserved fields`, its sources).
# kernel: before 6.15
    r1 = 0
    store_release((u64 *)(r10 - 8), r1) # error[reserved-fields, EINVAL]: BPF_ATOMIC uses invalid atomic opcode 110
    r0 = 1
    exit

# test: atomic_add_pointer_root
# kernel: since 5.18
# note: version: the scalar type is printed `scalar` from 5.18 (release UNCONFIRMED); twin `atomic_add_pointer_root_inv`.
# note: with pointer leaks allowed the stack slot gets an unknown scalar: the fill is a scalar,
# note: so dereferencing it is refused.
    r2 = 0
    *(u64 *)(r10 - 8) = r2
    lock *(u64 *)(r10 - 8) += r1
    r3 = *(u64 *)(r10 - 8)
    r0 = *(u32 *)(r3 + 4) # error[invalid-mem-access]: R3 invalid mem access 'scalar'
    r0 = 1
    exit

# test: atomic_add_pointer_root_inv
# kernel: before 5.18
# note: version: the scalar type printed `inv` (5.15.225).
    r2 = 0
    *(u64 *)(r10 - 8) = r2
    lock *(u64 *)(r10 - 8) += r1
    r3 = *(u64 *)(r10 - 8)
    r0 = *(u32 *)(r3 + 4) # error[invalid-mem-access]: R3 invalid mem access 'inv'
    r0 = 1
    exit

# test: atomic_add_pointer_no_perfmon
# privilege: no_perfmon
    r2 = 0
    *(u64 *)(r10 - 8) = r2
    lock *(u64 *)(r10 - 8) += r1 # error[leaks-addr-into-mem]: R1 leaks addr into mem
    r0 = 1
    exit

# test: xchg_pointer_into_map_root
# kernel: since 5.12
# note: version: `BPF_ATOMIC` operations other than add (5ca419f2864a "bpf: Add BPF_FETCH field / create atomic_fetch_add instruction" and its series, 5.12): 5.10.262 refuses the imm before the walk (`BPF_STX uses reserved fields`, its sources).
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = hash ll
    call 1
    if r0 == 0 goto out
    r3 = r10
    r3 = xchg_64(r0 + 8, r3)
out:
    r0 = 1
    exit

# test: cmpxchg_r0_pointer_no_perfmon
# kernel: since 5.12
# note: version: `BPF_ATOMIC` operations other than add (5ca419f2864a "bpf: Add BPF_FETCH field / create atomic_fetch_add instruction" and its series, 5.12): 5.10.262 refuses the imm before the walk (`BPF_STX uses reserved fields`, its sources).
# privilege: no_perfmon
    r2 = 0
    *(u64 *)(r10 - 8) = r2
    r0 = r10
    r0 = cmpxchg_64(r10 - 8, r0, r2) # error[leaks-addr-into-mem]: R0 leaks addr into mem
    r0 = 1
    exit

# test: cmpxchg_r0_pointer_root
# kernel: since 5.12
# note: version: `BPF_ATOMIC` operations other than add (5ca419f2864a "bpf: Add BPF_FETCH field / create atomic_fetch_add instruction" and its series, 5.12): 5.10.262 refuses the imm before the walk (`BPF_STX uses reserved fields`, its sources).
    r2 = 0
    *(u64 *)(r10 - 8) = r2
    r0 = r10
    r0 = cmpxchg_64(r10 - 8, r0, r2)
    r0 = 1
    exit

# test: store_release_of_zero_is_precise
# kernel: since 6.15
# note: a store-release of a register known to be zero into the stack writes `STACK_ZERO` and
# note: marks the register precise, as a plain store does (`check_stack_write_fixed_off`):
# note: r8 is precise in the checkpoint at L1, so the path with r8 = 1 is not pruned there.
# note: 28 processed on 6.18.44; this verifier counted 22 while only a plain store did it.
# note: Reduced from walk_random wide seed 909, root.
    r7 = *(u32 *)(r1 + 8)
    r6 = *(u32 *)(r1 + 12)
    r5 = 0
    if r6 == 7 goto L0
    r5 = 0
L0:
    r5 = 0
    r5 = 0
    r8 = 1
    if r7 != 2 goto L1
    r8 = 0
L1:
    r2 = r8
    store_release((u32 *)(r10 - 12), w2)
    r0 = 0
    exit

# test: load_acquire_fill_backtracks_to_its_slot
# kernel: since 6.15
# note: precision goes back through a load-acquire that fills a spilled register as through
# note: a plain fill (`backtrack_insn`: `is_atomic_load_insn` is `BPF_LDX`): the zero stored
# note: from r2 makes fp-8, then r8, precise, and only them, so the path with r9 = 2 is pruned
# note: at L1 (r9 is live but imprecise). 26 processed on 6.18.44; this verifier counted 36
# note: while it gave up on the load-acquire and marked every scalar precise.
    r7 = *(u32 *)(r1 + 8)
    r6 = *(u32 *)(r1 + 12)
    r5 = 0
    if r6 == 7 goto L0
    r5 = 0
L0:
    r5 = 0
    r5 = 0
    r8 = 0
    r9 = 1
    if r7 != 2 goto L1
    r9 = 2
L1:
    *(u64 *)(r10 - 8) = r8
    r2 = load_acquire((u64 *)(r10 - 8))
    *(u32 *)(r10 - 12) = w2
    *(u32 *)(r10 - 16) = w9
    r0 = 0
    exit

# test: load_acquire_bad_src_register
# kernel: since 6.15
# kernel: before 7.1
# note: `r2 = load_acquire((u32 *)(r14 + 8))`: the source register is checked first.
    .8byte 0x000001000008e2c3   # error[bad-register, EINVAL]: R14 is invalid
    r0 = 1
    exit

# test: load_acquire_bad_src_register_v7_1
# kernel: since 7.1
# note: version: 7.1 checks every instruction's registers and reserved fields before the walk (`check_and_resolve_insns`), so the refusal names no instruction; confirmed in Debian's 7.1.13 image.
# error[bad-register, EINVAL]: R14 is invalid
    .8byte 0x000001000008e2c3
    r0 = 1
    exit

# test: load_acquire_bad_dst_register
# kernel: since 6.15
# kernel: before 7.1
# note: `r14 = load_acquire((u64 *)(r10 - 8))`: the destination after the source.
    *(u64 *)(r10 - 8) = r1
    .8byte 0x00000100fff8aedb   # error[bad-register, EINVAL]: R14 is invalid
    r0 = 1
    exit

# test: load_acquire_bad_dst_register_v7_1
# kernel: since 7.1
# note: version: 7.1 checks every instruction's registers and reserved fields before the walk (`check_and_resolve_insns`), so the refusal names no instruction; confirmed in Debian's 7.1.13 image.
    *(u64 *)(r10 - 8) = r1
# error[bad-register, EINVAL]: R14 is invalid
    .8byte 0x00000100fff8aedb
    r0 = 1
    exit

# test: load_acquire_bad_dst_register_from_ctx
# kernel: since 6.15
# kernel: before 6.19
# note: `r14 = load_acquire((u64 *)(r1 + 0))`: on 6.18.44 the context source is refused
# note: before the destination register is checked.
    .8byte 0x0000010000001edb   # error[ctx-atomic]: BPF_ATOMIC loads from R1 ctx is not allowed
    r0 = 1
    exit

# test: store_release_bad_register
# kernel: since 6.15
# kernel: before 7.1
# note: `store_release((u64 *)(r10 - 8), r14)` and `store_release((u64 *)(r14 + 0), r1)`:
# note: `check_store_reg` checks the source, then the destination.
    .8byte 0x00000110fff8eadb   # error[bad-register, EINVAL]: R14 is invalid
    r0 = 1
    exit

# test: store_release_bad_register_v7_1
# kernel: since 7.1
# note: version: 7.1 checks every instruction's registers and reserved fields before the walk (`check_and_resolve_insns`), so the refusal names no instruction; confirmed in Debian's 7.1.13 image.
# error[bad-register, EINVAL]: R14 is invalid
    .8byte 0x00000110fff8eadb
    r0 = 1
    exit
