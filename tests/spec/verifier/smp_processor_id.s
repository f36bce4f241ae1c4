# `bpf_get_smp_processor_id` (8): 6.1.192 returns an unknown integer; 6.12.118 and 6.18.44
# bound it to `[0, nr_cpu_ids - 1]` (`do_refine_retval_range`), the machine's CPU count,
# which is why the verifier models it only on releases that do not bound it. The cases
# hold on any machine with at most 8192 possible CPUs (`CONFIG_NR_CPUS` of Debian's
# kernels); tests/c/campaign/random_pick.c and ringbuf_output.c call it.

# test: smp_id_unbounded
# kernel: since 6.1
# kernel: before 6.2
# note: 6.1.192: the result may be negative, so the branch to the bad read is walked.
    call 8
    if r0 s< 0 goto bad
    r0 = 1
    exit
bad:
    r0 = *(u64 *)(r10 + 8)   # error[stack-bounds, EACCES]: invalid read from stack R10 off=8 size=8
    r0 = 1
    exit

# test: smp_id_bounded
# kernel: since 6.12
# note: 6.12.118 and 6.18.44: never negative, never 8192 or more; the bad read is dead code.
    call 8
    if r0 s< 0 goto bad
    if r0 < 8192 goto ok
bad:
    r0 = *(u64 *)(r10 + 8)
ok:
    r0 = 1
    exit
