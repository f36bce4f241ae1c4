# A value of a percpu_hash map declared with `.skmap ..., spin_lock=8`, locked and unlocked.
# libbpf creates an ARRAY or HASH with the lock's BTF; the kernel refuses a lock in other
# types' values (EOPNOTSUPP), libbpf creates them without BTF, and the lock is refused.
	.skmap	locked, type=percpu_hash, key=4, value=16, max_entries=4, spin_lock=8
	.license "GPL"
	.program prog
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = locked ll
    call 1
    if r0 == 0 goto out
    r6 = r0
    r1 = r6
    r1 += 8
    call 93
    r1 = r6
    r1 += 8
    call 94
out:
    r0 = 1
    exit
