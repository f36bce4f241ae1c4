# Runtime cases: map values holding a struct bpf_spin_lock (`# spin_lock:`: the map is
# created with BTF placing the lock, as libbpf creates it from clang's map definition; the
# kernel refuses bpf_spin_lock on a map without). bpf_spin_lock and bpf_spin_unlock return void;
# bpf_map_update_elem takes BPF_F_LOCK (4) only for a value with a lock (kernel/bpf/arraymap.c
# array_map_update_elem checks the index and BPF_NOEXIST first; hashtab.c refuses it at once),
# and copies the value without the lock's bytes. Before 6.4 the update's errno is a 32-bit
# value (the JIT calls the map's int operation), so errnos are compared on 32 bits (`w0 += 17`).
# Each program passes exactly when every return is the expected one, else drops.
.skmap locked_arr, type=array, key=4, value=16, max_entries=2
.skmap locked_hash, type=hash, key=4, value=16, max_entries=4
.skmap plain_arr, type=array, key=4, value=16, max_entries=2
.skmap plain_hash, type=hash, key=4, value=16, max_entries=4
.license "GPL"

# test: spin_lock_count_under_the_lock
# note: lookup, lock, count, unlock: the count is 1 after one run. Both helpers return void
# note: (R0 unreadable after them: `R0 !read_ok`).
# spin_lock: locked_arr = 8
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass
    r2 = 1
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = locked_arr ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r6 = r0
    r1 = r6
    r1 += 8
    call 93                     # bpf_spin_lock
    r1 = *(u32 *)(r6 + 0)
    r1 += 1
    *(u32 *)(r6 + 0) = r1
    r1 = r6
    r1 += 8
    call 94                     # bpf_spin_unlock
    r1 = *(u32 *)(r6 + 0)
    r0 = 1
    if r1 == 1 goto out
drop:
    r0 = 0
out:
    exit

# test: spin_lock_f_lock_update_array
# note: BPF_F_LOCK into an ARRAY whose value holds a lock: 0, and the value is there.
# spin_lock: locked_arr = 0
# run: udp 10.0.0.1:4242 -> 192.0.2.10:53 => pass
    r1 = 0x2a
    *(u64 *)(r10 - 16) = r1
    *(u64 *)(r10 - 8) = r1
    r1 = 0
    *(u32 *)(r10 - 20) = r1
    r1 = locked_arr ll
    r2 = r10
    r2 += -20
    r3 = r10
    r3 += -16
    r4 = 4
    call 2                      # bpf_map_update_elem
    if r0 != 0 goto drop
    r1 = locked_arr ll
    r2 = r10
    r2 += -20
    call 1
    if r0 == 0 goto drop
    r1 = *(u64 *)(r0 + 8)
    r0 = 1
    if r1 == 0x2a goto out
drop:
    r0 = 0
out:
    exit

# test: spin_lock_f_lock_update_hash
# note: BPF_F_LOCK | BPF_NOEXIST inserts into a HASH whose value holds a lock (0), then
# note: BPF_F_LOCK | BPF_EXIST replaces under the lock (0), BPF_F_LOCK | BPF_NOEXIST again is
# note: -EEXIST (-17): the flags besides the lock keep their meaning.
# spin_lock: locked_hash = 12
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass
    r1 = 7
    *(u64 *)(r10 - 16) = r1
    *(u64 *)(r10 - 8) = r1
    r1 = 3
    *(u32 *)(r10 - 20) = r1
    r1 = locked_hash ll
    r2 = r10
    r2 += -20
    r3 = r10
    r3 += -16
    r4 = 5
    call 2
    r6 = r0
    r1 = locked_hash ll
    r2 = r10
    r2 += -20
    r3 = r10
    r3 += -16
    r4 = 6
    call 2
    r6 |= r0
    r1 = locked_hash ll
    r2 = r10
    r2 += -20
    r3 = r10
    r3 += -16
    r4 = 5
    call 2
    w0 += 17
    r6 |= r0
    r0 = 1
    if r6 == 0 goto out
    r0 = 0
out:
    exit

# test: spin_lock_f_lock_without_lock_array
# note: BPF_F_LOCK into an ARRAY without a lock: -EINVAL (-22); with BPF_NOEXIST -EEXIST
# note: (-17) and with an index past max_entries -E2BIG (-7) come first.
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass
    r1 = 0
    *(u64 *)(r10 - 16) = r1
    *(u64 *)(r10 - 8) = r1
    *(u32 *)(r10 - 20) = r1
    r1 = plain_arr ll
    r2 = r10
    r2 += -20
    r3 = r10
    r3 += -16
    r4 = 4
    call 2
    r6 = r0
    w6 += 22
    r1 = plain_arr ll
    r2 = r10
    r2 += -20
    r3 = r10
    r3 += -16
    r4 = 5
    call 2
    w0 += 17
    r6 |= r0
    r1 = 9
    *(u32 *)(r10 - 20) = r1
    r1 = plain_arr ll
    r2 = r10
    r2 += -20
    r3 = r10
    r3 += -16
    r4 = 5
    call 2
    w0 += 7
    r6 |= r0
    r0 = 1
    if r6 == 0 goto out
    r0 = 0
out:
    exit

# test: spin_lock_f_lock_without_lock_hash
# note: BPF_F_LOCK into a HASH without a lock: -EINVAL (-22), nothing inserted (a lookup
# note: finds nothing).
# run: udp 10.0.0.1:4242 -> 192.0.2.10:53 => pass
    r1 = 0
    *(u64 *)(r10 - 16) = r1
    *(u64 *)(r10 - 8) = r1
    *(u32 *)(r10 - 20) = r1
    r1 = plain_hash ll
    r2 = r10
    r2 += -20
    r3 = r10
    r3 += -16
    r4 = 4
    call 2
    r6 = r0
    w6 += 22
    r1 = plain_hash ll
    r2 = r10
    r2 += -20
    call 1
    if r0 != 0 goto drop
    r0 = 1
    if r6 == 0 goto out
drop:
    r0 = 0
out:
    exit
