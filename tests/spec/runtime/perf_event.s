# Runtime cases: bpf_perf_event_output's return value (SK_LOOKUP is offered the "data"
# flavour, net/core/filter.c `bpf_event_output_data`, which refuses flags past
# BPF_F_INDEX_MASK, then kernel/trace/bpf_trace.c `__bpf_perf_event_output`). Nothing opened
# a perf event into these maps, as in a test run with maps fresh from the loader: the index
# (BPF_F_CURRENT_CPU, 0xffffffff, is the running CPU) is checked against max_entries
# (-E2BIG), then the empty slot is -ENOENT. Each program passes exactly when the helper
# returned the expected errno, else drops.
.skmap events, type=perf_event_array, key=4, value=4, max_entries=0
.skmap events2, type=perf_event_array, key=4, value=4, max_entries=2
.license "GPL"

# test: perf_output_current_cpu_no_event
# note: BPF_F_CURRENT_CPU into a map sized to the possible CPUs with no event: -ENOENT (-2).
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass
    r2 = 7
    *(u64 *)(r10 - 8) = r2
    r4 = r10
    r4 += -8
    r2 = events ll
    r3 = 0xffffffff ll
    r5 = 8
    call 25                     # bpf_perf_event_output
    r1 = r0
    r0 = 1
    if r1 == -2 goto out
    r0 = 0
out:
    exit

# test: perf_output_index0_size0_no_event
# note: an explicit index 0 and a record of no bytes: still -ENOENT.
# run: udp 10.0.0.1:4242 -> 192.0.2.10:53 => pass
    r4 = r10
    r4 += -8
    r2 = events2 ll
    r3 = 0
    r5 = 0
    call 25
    r1 = r0
    r0 = 1
    if r1 == -2 goto out
    r0 = 0
out:
    exit

# test: perf_output_index_past_max_entries
# note: index 2 of a 2-entry map: -E2BIG (-7), before the empty slot is looked at.
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass
    r2 = 0
    *(u64 *)(r10 - 8) = r2
    r4 = r10
    r4 += -8
    r2 = events2 ll
    r3 = 2
    r5 = 8
    call 25
    r1 = r0
    r0 = 1
    if r1 == -7 goto out
    r0 = 0
out:
    exit

# test: perf_output_current_cpu_past_max_entries
# note: BPF_F_CURRENT_CPU is the running CPU, not an index: in a 2-entry map it is CPU 0,
# note: which is inside the map, so the empty slot answers -ENOENT, not -E2BIG.
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass
    r2 = 0
    *(u64 *)(r10 - 8) = r2
    r4 = r10
    r4 += -8
    r2 = events2 ll
    r3 = 0xffffffff ll
    r5 = 8
    call 25
    r1 = r0
    r0 = 1
    if r1 == -2 goto out
    r0 = 0
out:
    exit

# test: perf_output_flags_past_index_mask
# note: bit 32 (a BPF_F_CTXLEN_MASK bit, which only the skb and xdp flavours take): -EINVAL
# note: (-22), before the index is looked at.
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass
    r2 = 0
    *(u64 *)(r10 - 8) = r2
    r4 = r10
    r4 += -8
    r2 = events2 ll
    r3 = 0x100000000 ll
    r5 = 8
    call 25
    r1 = r0
    r0 = 1
    if r1 == -22 goto out
    r0 = 0
out:
    exit

# test: perf_output_flags_high_bit_and_bad_index
# note: bit 63 with an index past max_entries: -EINVAL wins over -E2BIG.
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass
    r2 = 0
    *(u64 *)(r10 - 8) = r2
    r4 = r10
    r4 += -8
    r2 = events2 ll
    r3 = 0x8000000000000005 ll
    r5 = 8
    call 25
    r1 = r0
    r0 = 1
    if r1 == -22 goto out
    r0 = 0
out:
    exit
