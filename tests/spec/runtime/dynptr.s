# Runtime cases: local dynptrs over a map value (kernel/bpf/helpers.c `bpf_dynptr_from_mem`,
# `bpf_dynptr_read`, `bpf_dynptr_write`, `bpf_dynptr_data`; helpers for programs loaded with
# CAP_BPF). `from_mem` returns -EINVAL for flags and leaves a NULL dynptr, on which `read`
# and `write` return -EINVAL and `data` NULL; an offset and length past the dynptr's size
# are -E2BIG for `read` and `write` and NULL for `data`.
.skmap sock_map, type=sockmap, key=4, value=8, max_entries=4
.skmap vals, type=array, key=4, value=16, max_entries=1
.license "GPL"

# test: dynptr_write_read_data
# kernel: since 5.19
# note: k = local_port & 7: the dynptr over the 16-byte value is made with flags (k + 1) >> 3
# note: (1 for k = 7); the port's 4 bytes are written at offset 3k, read back and read
# note: through `data` at the same offset. sock_map[0]: all three succeeded and gave the port;
# note: sock_map[1]: write and read -E2BIG and data NULL (k = 5, 6: offsets 15 and 18);
# note: sock_map[2]: -EINVAL from from_mem, write and read, data NULL (k = 7).
# socket: a = tcp listen 127.0.0.1:8080
# socket: b = tcp listen 127.0.0.1:8081
# socket: c = tcp listen 127.0.0.1:8082
# map: sock_map[0] = a
# map: sock_map[1] = b
# map: sock_map[2] = c
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8000 => pass a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8004 => pass a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8005 => pass b
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8006 => pass b
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8007 => pass c
    r6 = r1
    r7 = *(u32 *)(r6 + 60)      # local_port
    *(u32 *)(r10 - 24) = r7
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r8 = r7
    r8 &= 7
    r3 = r8
    r3 += 1
    r3 >>= 3
    r8 *= 3
    r1 = r0
    r2 = 16
    r4 = r10
    r4 += -16
    call 197                    # bpf_dynptr_from_mem
    r9 = r0
    r1 = r10
    r1 += -16
    r2 = r8
    r3 = r10
    r3 += -24
    r4 = 4
    r5 = 0
    call 202                    # bpf_dynptr_write
    *(u64 *)(r10 - 40) = r0
    r1 = r10
    r1 += -32
    r2 = 4
    r3 = r10
    r3 += -16
    r4 = r8
    r5 = 0
    call 201                    # bpf_dynptr_read
    r1 = *(u64 *)(r10 - 40)
    if r0 != r1 goto drop
    r1 = r10
    r1 += -16
    r2 = r8
    r3 = 4
    call 203                    # bpf_dynptr_data
    if r0 != 0 goto slice
    r1 = *(u64 *)(r10 - 40)
    if r9 != 0 goto failed
    r9 = 1
    if r1 == -7 goto look
    goto drop
failed:
    r9 = 2
    if r1 != -22 goto drop
    goto look
slice:
    r1 = *(u32 *)(r0 + 0)
    if r1 != r7 goto drop
    r1 = *(u32 *)(r10 - 32)
    if r1 != r7 goto drop
    r9 = 0
look:
    *(u32 *)(r10 - 48) = r9
    r2 = r10
    r2 += -48
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124                    # bpf_sk_assign
    r1 = r7
    call 86                     # bpf_sk_release
    r0 = 1
    exit
drop:
    r0 = 0
    exit
