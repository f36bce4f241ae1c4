# Runtime cases: ring buffers a program fills. Nothing reads the ring while a program runs
# (in BPF_PROG_TEST_RUN nothing reads it at all), so its records fill it: a record takes its
# size with an 8-byte header, rounded up to 8, and fits while the producer position stays
# below the ring's size (kernel/bpf/ringbuf.c `__bpf_ringbuf_reserve`, `bpf_ringbuf_has_space`);
# a discarded record keeps its place. `bpf_ringbuf_query` reads the positions. Each case has
# one run: the ring is not emptied between runs.
.skmap ring, type=ringbuf, key=0, value=0, max_entries=4096
.license "GPL"

# test: ringbuf_fills_and_query_reads_its_positions
# note: 2008 + 2008 bytes reserved (one submitted, one discarded), then a 100-byte record
# note: (112) does not fit; four 8-byte outputs (16 each) fit up to 4080, with flags 0-3
# note: (BPF_RB_NO_WAKEUP, BPF_RB_FORCE_WAKEUP), flags 4 is -EINVAL, and a fifth is -EAGAIN
# note: (4096 is not below the ring's 4096). AVAIL_DATA (0) and PROD_POS (3) are 4080,
# note: RING_SIZE (1) 4096, CONS_POS (2) 0, an unknown flag 0. Anything else: SK_DROP.
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass
    r1 = ring ll
    r2 = 2000
    r3 = 0
    call 131                    # bpf_ringbuf_reserve
    if r0 == 0 goto drop
    r1 = r0
    r2 = 0
    call 132                    # bpf_ringbuf_submit
    r1 = ring ll
    r2 = 2000
    r3 = 0
    call 131
    if r0 == 0 goto drop
    r1 = r0
    r2 = 0
    call 133                    # bpf_ringbuf_discard: the record keeps its place
    r1 = ring ll
    r2 = 100
    r3 = 0
    call 131
    if r0 == 0 goto full
    r1 = r0
    r2 = 0
    call 133
    goto drop
full:
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r1 = ring ll
    r2 = r10
    r2 += -8
    r3 = 8
    r4 = 0
    call 130                    # bpf_ringbuf_output
    if r0 != 0 goto drop
    r1 = ring ll
    r2 = r10
    r2 += -8
    r3 = 8
    r4 = 4
    call 130                    # bpf_ringbuf_output
    if r0 != -22 goto drop
    r1 = ring ll
    r2 = r10
    r2 += -8
    r3 = 8
    r4 = 3
    call 130                    # bpf_ringbuf_output
    if r0 != 0 goto drop
    r1 = ring ll
    r2 = r10
    r2 += -8
    r3 = 8
    r4 = 1
    call 130                    # bpf_ringbuf_output
    if r0 != 0 goto drop
    r1 = ring ll
    r2 = r10
    r2 += -8
    r3 = 8
    r4 = 2
    call 130                    # bpf_ringbuf_output
    if r0 != 0 goto drop
    r1 = ring ll
    r2 = r10
    r2 += -8
    r3 = 8
    r4 = 0
    call 130                    # bpf_ringbuf_output
    if r0 != -11 goto drop
    r1 = ring ll
    r2 = 0
    call 134                    # bpf_ringbuf_query
    if r0 != 4080 goto drop
    r1 = ring ll
    r2 = 3
    call 134                    # bpf_ringbuf_query
    if r0 != 4080 goto drop
    r1 = ring ll
    r2 = 1
    call 134                    # bpf_ringbuf_query
    if r0 != 4096 goto drop
    r1 = ring ll
    r2 = 2
    call 134                    # bpf_ringbuf_query
    if r0 != 0 goto drop
    r1 = ring ll
    r2 = 5
    call 134                    # bpf_ringbuf_query
    if r0 != 0 goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit
