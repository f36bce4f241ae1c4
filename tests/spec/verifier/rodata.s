# Read-only maps (`BPF_F_RDONLY_PROG`, 0x80: what libbpf creates for `.rodata`, then writes
# and freezes) and the map value accesses user programs make of global data. A program may
# read such a map's values and may not write them (`check_map_access_type`, same message
# 6.1 to 6.18): a store, an atomic and a helper's output are each refused with the value
# size and the access's fixed offset (the instruction's plus the pointer's). The C programs
# tests/c/campaign/bad_rodata_*.c make the same mistakes on real `.rodata`.
.skmap ro, type=array, key=4, value=16, max_entries=1, flags=0x80
.skmap rw, type=array, key=4, value=16, max_entries=1

# test: rodata_read
# note: reading a read-only map's value is what it is for.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = ro ll
    call 1
    if r0 == 0 goto out
    r1 = *(u64 *)(r0 + 8)
out:
    r0 = 1
    exit

# test: rodata_store
# note: a plain store, the C `*(volatile __u32 *)&cfg = x` (bad_rodata_write.c).
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = ro ll
    call 1
    if r0 == 0 goto out
    r1 = 1
    *(u32 *)(r0 + 4) = r1   # error[map-write-forbidden]: write into map forbidden, value_size=16 off=4 size=4
out:
    r0 = 1
    exit

# test: rodata_store_imm_fixed_offset
# note: the offset printed is the instruction's plus the pointer's fixed offset.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = ro ll
    call 1
    if r0 == 0 goto out
    r0 += 8
    *(u32 *)(r0 + 4) = 0   # error[map-write-forbidden]: write into map forbidden, value_size=16 off=12 size=4
out:
    r0 = 1
    exit

# test: rodata_atomic
# note: an atomic add reads (allowed), then writes (refused): `__sync_fetch_and_add` on a
# note: const counter (bad_rodata_atomic.c).
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = ro ll
    call 1
    if r0 == 0 goto out
    r1 = 1
    lock *(u64 *)(r0 + 8) += r1   # error[map-write-forbidden]: write into map forbidden, value_size=16 off=8 size=8
out:
    r0 = 1
    exit

# test: rodata_lookup_key_is_read
# note: a read-only map's value passed where a helper only reads (a lookup key) is fine.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = ro ll
    call 1
    if r0 == 0 goto out
    r2 = r0
    r1 = rw ll
    call 1
out:
    r0 = 1
    exit

# test: writable_store_and_atomic
# note: the same store and atomic on an ordinary ARRAY (`.data`, `.bss`) are accepted.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = rw ll
    call 1
    if r0 == 0 goto out
    r1 = 1
    *(u32 *)(r0 + 4) = r1
    lock *(u64 *)(r0 + 8) += r1
out:
    r0 = 1
    exit

# test: return_stack_pointer
# note: a static subprogram returning a pointer to its own stack (`prepare_func_exit`), as
# note: bad_ret_stack_ptr.c does.
    call key_for
    r0 = 1
    exit
key_for:
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r0 = r10
    r0 += -4
    exit   # error[retval-pointer, EINVAL]: cannot return stack pointer to the caller

# test: index_shifted_before_check
# note: a u32 index scaled before any bounds check (clang hoists `&arr[i]` above `if (i < N)`,
# note: return_ptr.c; bad_bss_index.c never checks): the arithmetic is allowed, the access not.
    r6 = *(u32 *)(r1 + 60)
    r6 <<= 3
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = rw ll
    call 1
    if r0 == 0 goto out
    r0 += r6
    r0 = *(u64 *)(r0 + 0)   # error[map-value-bounds]: R0 unbounded memory access, make sure to bounds check any such access
out:
    r0 = 1
    exit

# test: index_bounded_first
# note: the same index bounded first: accepted.
    r6 = *(u32 *)(r1 + 60)
    r6 &= 1
    r6 <<= 3
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = rw ll
    call 1
    if r0 == 0 goto out
    r0 += r6
    r0 = *(u64 *)(r0 + 0)
out:
    r0 = 1
    exit
