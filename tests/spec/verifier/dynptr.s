# Local dynptrs (`struct bpf_dynptr`, 16 bytes: two STACK_DYNPTR slots) made by
# `bpf_dynptr_from_mem` (197) and used by `bpf_dynptr_read` (201), `bpf_dynptr_write` (202)
# and `bpf_dynptr_data` (203), helpers of `bpf_base_func_proto` for programs loaded with
# CAP_BPF (5.19). Confirmed on 6.18.44 and in the 6.12.118 and 6.1.192 images; the cases
# 6.1.192 answers differently claim `since 6.12` with a `_v6_1` twin.

.skmap vals, type=array, key=4, value=16, max_entries=1

# test: dynptr_from_map_value_read
# kernel: since 5.19
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r1 = r0
    r2 = 16
    r3 = 0
    r4 = r10
    r4 += -24
    call 197
    r1 = r10
    r1 += -32
    r2 = 8
    r3 = r10
    r3 += -24
    r4 = 0
    r5 = 0
    call 201
out:
    r0 = 0
    exit

# test: dynptr_from_stack
# kernel: since 5.19
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r1 = r10
    r1 += -8
    r2 = 8
    r3 = 0
    r4 = r10
    r4 += -24
    call 197                    # error[dynptr-arg, EACCES]: Unsupported reg type fp for bpf_dynptr_from_mem data
    r0 = 0
    exit

# test: dynptr_read_uninit
# kernel: since 6.12
    r1 = r10
    r1 += -32
    r2 = 8
    r3 = r10
    r3 += -24
    r4 = 0
    r5 = 0
    call 201                    # error[dynptr-arg, EINVAL]: Expected an initialized dynptr as arg #2
    r0 = 0
    exit

# test: dynptr_data_null_checked
# kernel: since 5.19
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r1 = r0
    r2 = 16
    r3 = 0
    r4 = r10
    r4 += -24
    call 197
    r1 = r10
    r1 += -24
    r2 = 0
    r3 = 8
    call 203
    if r0 == 0 goto out
    r1 = *(u64 *)(r0 + 0)
out:
    r0 = 0
    exit

# test: dynptr_data_not_null_checked
# kernel: since 5.19
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r1 = r0
    r2 = 16
    r3 = 0
    r4 = r10
    r4 += -24
    call 197
    r1 = r10
    r1 += -24
    r2 = 0
    r3 = 8
    call 203
    r1 = *(u64 *)(r0 + 0)       # error[invalid-mem-access]: R0 invalid mem access 'mem_or_null'
out:
    r0 = 0
    exit

# test: dynptr_data_past_len
# kernel: since 5.19
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r1 = r0
    r2 = 16
    r3 = 0
    r4 = r10
    r4 += -24
    call 197
    r1 = r10
    r1 += -24
    r2 = 0
    r3 = 8
    call 203
    if r0 == 0 goto out
    r1 = *(u64 *)(r0 + 8)       # error[map-value-bounds]: invalid access to memory, mem_size=8 off=8 size=8
out:
    r0 = 0
    exit

# test: dynptr_data_var_len
# kernel: since 5.19
# note: `bpf_dynptr_data`'s length is ARG_CONST_ALLOC_SIZE_OR_ZERO: a known constant.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r7 = *(u32 *)(r0 + 0)
    r7 &= 7
    r1 = r0
    r2 = 16
    r3 = 0
    r4 = r10
    r4 += -24
    call 197
    r1 = r10
    r1 += -24
    r2 = 0
    r3 = r7
    call 203                    # error[helper-mem-size]: R3 is not a known constant'
out:
    r0 = 0
    exit

# test: dynptr_slot_read
# kernel: since 5.19
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r1 = r0
    r2 = 16
    r3 = 0
    r4 = r10
    r4 += -24
    call 197
    r1 = *(u64 *)(r10 - 24)     # error[stack-uninit-read]: invalid read from stack off -24+0 size 8
out:
    r0 = 0
    exit

# test: dynptr_overwritten_then_read
# kernel: since 6.12
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r1 = r0
    r2 = 16
    r3 = 0
    r4 = r10
    r4 += -24
    call 197
    r1 = 0
    *(u64 *)(r10 - 16) = r1
    r1 = r10
    r1 += -32
    r2 = 8
    r3 = r10
    r3 += -24
    r4 = 0
    r5 = 0
    call 201                    # error[dynptr-arg, EINVAL]: Expected an initialized dynptr as arg #2
out:
    r0 = 0
    exit

# test: dynptr_slice_after_overwrite
# kernel: since 6.12
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r1 = r0
    r2 = 16
    r3 = 0
    r4 = r10
    r4 += -24
    call 197
    r1 = r10
    r1 += -24
    r2 = 0
    r3 = 8
    call 203
    if r0 == 0 goto out
    r1 = 0
    *(u64 *)(r10 - 24) = r1
    r1 = *(u64 *)(r0 + 0)       # error[invalid-mem-access]: R0 invalid mem access 'scalar'
out:
    r0 = 0
    exit

# test: dynptr_misaligned
# kernel: since 6.12
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r1 = r0
    r2 = 16
    r3 = 0
    r4 = r10
    r4 += -28
    call 197                    # error[dynptr-arg, EINVAL]: cannot pass in dynptr at an offset=-28
out:
    r0 = 0
    exit

# test: dynptr_at_top_of_stack
# kernel: since 6.12
    r1 = 0
    *(u32 *)(r10 - 16) = r1
    r2 = r10
    r2 += -16
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r1 = r0
    r2 = 16
    r3 = 0
    r4 = r10
    r4 += -8
    call 197                    # error[dynptr-arg, EINVAL]: cannot pass in dynptr at an offset=-8
out:
    r0 = 0
    exit

# test: dynptr_arg_ctx
# kernel: since 5.19
    r3 = r1
    r1 = r10
    r1 += -32
    r2 = 8
    r4 = 0
    r5 = 0
    call 201                    # error[helper-arg-type]: R3 type=ctx expected=fp, dynptr_ptr
    r0 = 0
    exit

# test: dynptr_init_twice
# kernel: since 6.12
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r0
    r2 = 16
    r3 = 0
    r4 = r10
    r4 += -24
    call 197
    r1 = r6
    r2 = 8
    r3 = 0
    r4 = r10
    r4 += -24
    call 197
out:
    r0 = 0
    exit

# test: dynptr_write_from_stack
# kernel: since 5.19
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r1 = r0
    r2 = 16
    r3 = 0
    r4 = r10
    r4 += -24
    call 197
    r1 = 7
    *(u64 *)(r10 - 32) = r1
    r1 = r10
    r1 += -24
    r2 = 4
    r3 = r10
    r3 += -32
    r4 = 8
    r5 = 0
    call 202
out:
    r0 = 0
    exit

# test: dynptr_var_offset
# kernel: since 6.12
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r2 = *(u32 *)(r0 + 0)
    r2 &= 8
    r4 = r10
    r4 += -32
    r4 += r2
    r1 = r0
    r2 = 16
    r3 = 0
    call 197                    # error[dynptr-arg, EINVAL]: dynptr has to be at a constant offset
out:
    r0 = 0
    exit

# test: dynptr_read_into_uninit_stack
# kernel: since 5.19
# note: dynptr_read's destination is ARG_PTR_TO_UNINIT_MEM: never-written stack is fine.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r1 = r0
    r2 = 16
    r3 = 0
    r4 = r10
    r4 += -24
    call 197
    r1 = r10
    r1 += -40
    r2 = 16
    r3 = r10
    r3 += -24
    r4 = 0
    r5 = 0
    call 201
    r0 = *(u64 *)(r10 - 40)
    r0 = 0
out:
    r0 = 0
    exit

# test: dynptr_read_misaligned
# kernel: since 6.12
# note: an initialised dynptr's argument at an offset not a multiple of 8.
    r1 = r10
    r1 += -32
    r2 = 8
    r3 = r10
    r3 += -20
    r4 = 0
    r5 = 0
    call 201                    # error[dynptr-arg, EINVAL]: cannot pass in dynptr at an offset=-20
    r0 = 0
    exit

# test: dynptr_read_var_offset
# kernel: since 6.12
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r3 = *(u32 *)(r0 + 0)
    r3 &= 8
    r0 = r10
    r0 += -32
    r3 += r0
    r1 = r10
    r1 += -48
    r2 = 8
    r4 = 0
    r5 = 0
    call 201                    # error[dynptr-arg, EINVAL]: dynptr has to be at a constant offset
out:
    r0 = 0
    exit

# test: dynptr_first_slot_overwritten
# kernel: since 6.12
# note: a byte stored into the dynptr's first (lower) slot destroys it too.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r1 = r0
    r2 = 16
    r3 = 0
    r4 = r10
    r4 += -24
    call 197
    r1 = 0
    *(u8 *)(r10 - 20) = r1
    r1 = r10
    r1 += -24
    r2 = 0
    r3 = 8
    call 203                    # error[dynptr-arg, EINVAL]: Expected an initialized dynptr as arg #0
out:
    r0 = 0
    exit

# test: dynptr_overwrite_then_reinit
# kernel: since 6.12
# note: a destroyed dynptr's slots can be written and read as plain stack, and made a
# note: dynptr again.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r0
    r2 = 16
    r3 = 0
    r4 = r10
    r4 += -24
    call 197
    r1 = 5
    *(u64 *)(r10 - 24) = r1
    r2 = *(u64 *)(r10 - 24)
    r1 = r6
    r2 = 8
    r3 = 0
    r4 = r10
    r4 += -24
    call 197
    r1 = r10
    r1 += -24
    r2 = 0
    r3 = 8
    call 203
out:
    r0 = 0
    exit

# test: dynptr_slot_read_second
# kernel: since 5.19
# note: the second slot's bytes are STACK_DYNPTR too.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r1 = r0
    r2 = 16
    r3 = 0
    r4 = r10
    r4 += -24
    call 197
    r1 = *(u32 *)(r10 - 12)     # error[stack-uninit-read]: invalid read from stack off -12+0 size 4
out:
    r0 = 0
    exit

# test: dynptr_helper_writes_dynptr
# kernel: since 6.12
# note: a helper's output buffer (`bpf_dynptr_read`'s ARG_PTR_TO_UNINIT_MEM) over a dynptr's
# note: bytes is refused at the first of them.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r0
    r2 = 16
    r3 = 0
    r4 = r10
    r4 += -24
    call 197
    r1 = r10
    r1 += -28
    r2 = 8
    r3 = r10
    r3 += -24
    r4 = 0
    r5 = 0
    call 201                    # error[dynptr-arg, EACCES]: potential write to dynptr at off=-24 disallowed
out:
    r0 = 0
    exit

# The answers of 6.1.192 where 6.12.118 and 6.18.44 differ (the dynptr fixes after 6.1).

# test: dynptr_read_uninit_v6_1
# kernel: since 6.1
# kernel: before 6.2
# note: version: 6.1.192 numbers the argument from 1.
    r1 = r10
    r1 += -32
    r2 = 8
    r3 = r10
    r3 += -24
    r4 = 0
    r5 = 0
    call 201                    # error[dynptr-arg, EINVAL]: Expected an initialized dynptr as arg #3
    r0 = 0
    exit

# test: dynptr_overwritten_then_read_v6_1
# kernel: since 6.1
# kernel: before 6.2
# note: version: 6.1.192 numbers the argument from 1.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r1 = r0
    r2 = 16
    r3 = 0
    r4 = r10
    r4 += -24
    call 197
    r1 = 0
    *(u64 *)(r10 - 16) = r1
    r1 = r10
    r1 += -32
    r2 = 8
    r3 = r10
    r3 += -24
    r4 = 0
    r5 = 0
    call 201                    # error[dynptr-arg, EINVAL]: Expected an initialized dynptr as arg #3
out:
    r0 = 0
    exit

# test: dynptr_first_slot_overwritten_v6_1
# kernel: since 6.1
# kernel: before 6.2
# note: version: 6.1.192 numbers the argument from 1.
# note: a byte stored into the dynptr's first (lower) slot destroys it too.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r1 = r0
    r2 = 16
    r3 = 0
    r4 = r10
    r4 += -24
    call 197
    r1 = 0
    *(u8 *)(r10 - 20) = r1
    r1 = r10
    r1 += -24
    r2 = 0
    r3 = 8
    call 203                    # error[dynptr-arg, EINVAL]: Expected an initialized dynptr as arg #1
out:
    r0 = 0
    exit

# test: dynptr_read_var_offset_v6_1
# kernel: since 6.1
# kernel: before 6.2
# note: version: 6.1.192 has no constant-offset check: the slots at the variable offset are not a dynptr.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r3 = *(u32 *)(r0 + 0)
    r3 &= 8
    r0 = r10
    r0 += -32
    r3 += r0
    r1 = r10
    r1 += -48
    r2 = 8
    r4 = 0
    r5 = 0
    call 201                    # error[dynptr-arg, EINVAL]: Expected an initialized dynptr as arg #3
out:
    r0 = 0
    exit

# test: dynptr_misaligned_v6_1
# kernel: since 6.1
# kernel: before 6.2
# note: version: 6.1.192 does not print the offset.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r1 = r0
    r2 = 16
    r3 = 0
    r4 = r10
    r4 += -28
    call 197                    # error[dynptr-arg, EINVAL]: cannot pass in dynptr at an offset
out:
    r0 = 0
    exit

# test: dynptr_read_misaligned_v6_1
# kernel: since 6.1
# kernel: before 6.2
# note: version: 6.1.192 does not print the offset.
# note: an initialised dynptr's argument at an offset not a multiple of 8.
    r1 = r10
    r1 += -32
    r2 = 8
    r3 = r10
    r3 += -20
    r4 = 0
    r5 = 0
    call 201                    # error[dynptr-arg, EINVAL]: cannot pass in dynptr at an offset
    r0 = 0
    exit

# test: dynptr_at_top_of_stack_v6_1
# kernel: since 6.1
# kernel: before 6.2
# note: version: 6.1.192 checks the 16 bytes as a stack write first.
    r1 = 0
    *(u32 *)(r10 - 16) = r1
    r2 = r10
    r2 += -16
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r1 = r0
    r2 = 16
    r3 = 0
    r4 = r10
    r4 += -8
    call 197                    # error[stack-bounds, EACCES]: invalid write to stack R4 off=0 size=8
out:
    r0 = 0
    exit

# test: dynptr_init_twice_v6_1
# kernel: since 6.1
# kernel: before 6.2
# note: version: 6.1.192 refuses a dynptr made over an existing one.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r0
    r2 = 16
    r3 = 0
    r4 = r10
    r4 += -24
    call 197
    r1 = r6
    r2 = 8
    r3 = 0
    r4 = r10
    r4 += -24
    call 197                    # error[dynptr-arg, EINVAL]: Dynptr has to be an uninitialized dynptr
out:
    r0 = 0
    exit

# test: dynptr_overwrite_then_reinit_v6_1
# kernel: since 6.1
# kernel: before 6.2
# note: version: 6.1.192 leaves STACK_DYNPTR under a store: the second dynptr is refused.
# note: a destroyed dynptr's slots can be written and read as plain stack, and made a
# note: dynptr again.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r0
    r2 = 16
    r3 = 0
    r4 = r10
    r4 += -24
    call 197
    r1 = 5
    *(u64 *)(r10 - 24) = r1
    r2 = *(u64 *)(r10 - 24)
    r1 = r6
    r2 = 8
    r3 = 0
    r4 = r10
    r4 += -24
    call 197                    # error[dynptr-arg, EINVAL]: Dynptr has to be an uninitialized dynptr
    r1 = r10
    r1 += -24
    r2 = 0
    r3 = 8
    call 203
out:
    r0 = 0
    exit

# test: dynptr_var_offset_v6_1
# kernel: since 6.1
# kernel: before 6.2
# note: version: 6.1.192 accepts a dynptr at a variable offset.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r2 = *(u32 *)(r0 + 0)
    r2 &= 8
    r4 = r10
    r4 += -32
    r4 += r2
    r1 = r0
    r2 = 16
    r3 = 0
    call 197
out:
    r0 = 0
    exit

# test: dynptr_slice_after_overwrite_v6_1
# kernel: since 6.1
# kernel: before 6.2
# note: version: 6.1.192 keeps a local dynptr's slice after the dynptr is overwritten.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r1 = r0
    r2 = 16
    r3 = 0
    r4 = r10
    r4 += -24
    call 197
    r1 = r10
    r1 += -24
    r2 = 0
    r3 = 8
    call 203
    if r0 == 0 goto out
    r1 = 0
    *(u64 *)(r10 - 24) = r1
    r1 = *(u64 *)(r0 + 0)
out:
    r0 = 0
    exit

# test: dynptr_helper_writes_dynptr_v6_1
# kernel: since 6.1
# kernel: before 6.2
# note: version: 6.1.192 lets a helper write over a dynptr.
# note: a helper's output buffer (`bpf_dynptr_read`'s ARG_PTR_TO_UNINIT_MEM) over a dynptr's
# note: bytes is refused at the first of them.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r0
    r2 = 16
    r3 = 0
    r4 = r10
    r4 += -24
    call 197
    r1 = r10
    r1 += -28
    r2 = 8
    r3 = r10
    r3 += -24
    r4 = 0
    r5 = 0
    call 201
out:
    r0 = 0
    exit
