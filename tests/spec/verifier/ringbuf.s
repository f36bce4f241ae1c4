# Ring buffer records (`bpf_ringbuf_reserve` / `_submit` / `_discard`, offered to SK_LOOKUP
# by `bpf_base_func_proto` from 5.9): the reserve returns `ringbuf_mem_or_null` (6.1:
# `alloc_mem_or_null`, before MEM_ALLOC became MEM_RINGBUF in 6.2) of the constant size asked
# for, holding a reference (id: the NULL-check id + 1) that submit or discard releases;
# after the release every copy is a scalar. tests/c/campaign/*ringbuf*.c make the same
# calls from C.
.skmap ring, type=ringbuf, key=0, value=0, max_entries=4096

# test: ringbuf_reserve_submit
# note: reserve, NULL check, fill within the size, submit.
    r1 = ring ll
    r2 = 8
    r3 = 0
    call 131
    if r0 == 0 goto out
    r1 = 7
    *(u64 *)(r0 + 0) = r1
    r1 = r0
    r2 = 0
    call 132
out:
    r0 = 1
    exit

# test: ringbuf_reserve_discard
# note: discard releases the record as submit does.
    r1 = ring ll
    r2 = 4
    r3 = 0
    call 131
    if r0 == 0 goto out
    r1 = r0
    r2 = 0
    call 133
out:
    r0 = 1
    exit

# test: ringbuf_write_past_size
# note: the record is as large as the constant size asked for.
    r1 = ring ll
    r2 = 4
    r3 = 0
    call 131
    if r0 == 0 goto out
    r1 = 7
    *(u64 *)(r0 + 0) = r1   # error[map-value-bounds]: invalid access to memory, mem_size=4 off=0 size=8
    r1 = r0
    r2 = 0
    call 132
out:
    r0 = 1
    exit

# test: ringbuf_no_null_check
# kernel: since 6.2
# note: the reservation may fail: the record must be NULL-checked first.
    r1 = ring ll
    r2 = 8
    r3 = 0
    call 131
    r1 = 7
    *(u64 *)(r0 + 0) = r1   # error[invalid-mem-access]: R0 invalid mem access 'ringbuf_mem_or_null'
    r0 = 1
    exit

# test: ringbuf_no_null_check_v6_1
# kernel: since 5.11
# note: version: after 5.10.262, by 5.15.225 (their images): the case claims 5.11 on, the release UNCONFIRMED; twin `ringbuf_no_null_check_v5_10`.
# kernel: before 6.2
# note: the same on 6.1, where the record is `MEM_ALLOC` memory.
    r1 = ring ll
    r2 = 8
    r3 = 0
    call 131
    r1 = 7
    *(u64 *)(r0 + 0) = r1   # error[invalid-mem-access]: R0 invalid mem access 'alloc_mem_or_null'
    r0 = 1
    exit

# test: ringbuf_no_null_check_v5_10
# kernel: before 5.11
# note: version: the record is plain `PTR_TO_MEM`, printed `mem_or_null`; confirmed on Debian 11's 5.10.0-46 (5.10.262) under qemu.
    r1 = ring ll
    r2 = 8
    r3 = 0
    call 131
    r1 = 7
    *(u64 *)(r0 + 0) = r1   # error[invalid-mem-access]: R0 invalid mem access 'mem_or_null'
    r0 = 1
    exit

# test: ringbuf_leak
# note: a path that neither submits nor discards leaks the reference (id 2: the NULL-check
# note: id is 1).
    r1 = ring ll
    r2 = 8
    r3 = 0
    call 131
    if r0 == 0 goto out
    r0 = 1
    exit   # error[reference-leak]: Unreleased reference id=2 alloc_insn=4
out:
    r0 = 1
    exit

# test: ringbuf_use_after_submit
# kernel: since 5.18
# note: version: `inv` before 5.18 (skctx `scalar_type_named_scalar`, release UNCONFIRMED): twin `ringbuf_use_after_submit_inv`.
# note: after the submit the record's copies are scalars.
    r1 = ring ll
    r2 = 8
    r3 = 0
    call 131
    if r0 == 0 goto out
    r6 = r0
    r1 = r0
    r2 = 0
    call 132
    r1 = 7
    *(u64 *)(r6 + 0) = r1   # error[invalid-mem-access]: R6 invalid mem access 'scalar'
out:
    r0 = 1
    exit

# test: ringbuf_use_after_submit_inv
# kernel: before 5.18
# note: version: the register type of a scalar printed `inv` (`reg_type_str` of 5.15.225's sources);
# note: version: confirmed on Ubuntu 22.04's 5.15.0-208 (5.15.225) under qemu; the release of the rename UNCONFIRMED (5.18 assumed, skctx).
    r1 = ring ll
    r2 = 8
    r3 = 0
    call 131
    if r0 == 0 goto out
    r6 = r0
    r1 = r0
    r2 = 0
    call 132
    r1 = 7
    *(u64 *)(r6 + 0) = r1   # error[invalid-mem-access]: R6 invalid mem access 'inv'
out:
    r0 = 1
    exit

# test: ringbuf_submit_stack
# kernel: since 6.8
# note: only a reserved record may be submitted (the `expected=` list is known from 6.8).
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r1 = r10
    r1 += -8
    r2 = 0
    call 132   # error[helper-arg-type]: R1 type=fp expected=ringbuf_mem
    r0 = 1
    exit
