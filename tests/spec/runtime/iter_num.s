# Runtime cases: the open-coded number iterator (kernel/bpf/bpf_iter.c `bpf_iter_num_new`,
# `_next`, `_destroy`, kfuncs since 6.4). `new(&it, start, end)` returns 0, -EINVAL for
# start > end and -E2BIG for more than BPF_MAX_LOOPS (8M) values; after a failed `new` the
# first `next` returns NULL. The program selects sock_map[the number of values] when `new`
# returned 0, sock_map[6] for -EINVAL and sock_map[7] for -E2BIG.
.skmap sock_map, type=sockmap, key=4, value=8, max_entries=8
.license "GPL"

# test: iter_num_counts_and_errnos
# kernel: since 6.4
# note: end is (local_port & 7) - 2 from start 0; with bit 3 of the port set the range is
# note: [-8, INT_MAX), too long.
# socket: a = tcp listen 127.0.0.1:8080
# socket: b = tcp listen 127.0.0.1:8081
# socket: c = tcp listen 127.0.0.1:8082
# socket: d = tcp listen 127.0.0.1:8083
# map: sock_map[0] = a
# map: sock_map[3] = b
# map: sock_map[6] = c
# map: sock_map[7] = d
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8002 => pass a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8005 => pass b
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8000 => pass c
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8008 => pass d
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8007 => drop
    r6 = r1
    r7 = *(u32 *)(r6 + 60)      # local_port
    r2 = 0
    r3 = r7
    r3 &= 7
    r3 += -2
    r1 = r7
    r1 &= 8
    if r1 == 0 goto make
    r2 = -8
    r3 = 0x7fffffff
make:
    r1 = r10
    r1 += -8
    call bpf_iter_num_new
    r8 = r0
    r9 = 0
loop:
    r1 = r10
    r1 += -8
    call bpf_iter_num_next
    if r0 == 0 goto done
    r9 += 1
    goto loop
done:
    r1 = r10
    r1 += -8
    call bpf_iter_num_destroy
    if w8 == 0 goto look
    r9 = 6
    if w8 == -22 goto look
    r9 = 7
    if w8 == -7 goto look
    goto drop
look:
    *(u32 *)(r10 - 16) = r9
    r2 = r10
    r2 += -16
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

# test: iter_num_values_in_order
# kernel: since 6.4
# note: the values of [local_port & 3, 4) read through `next`'s pointer, each compared with
# note: a counter: sock_map[0] when all were in order, SK_DROP otherwise.
# socket: a = tcp listen 127.0.0.1:8080
# map: sock_map[0] = a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8000 => pass a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8003 => pass a
    r6 = r1
    r2 = *(u32 *)(r6 + 60)      # local_port
    r2 &= 3
    r9 = r2
    r3 = 4
    r1 = r10
    r1 += -8
    call bpf_iter_num_new
    r8 = 0
loop:
    r1 = r10
    r1 += -8
    call bpf_iter_num_next
    if r0 == 0 goto done
    r1 = *(u32 *)(r0 + 0)
    if r1 == r9 goto same
    r8 = 1
same:
    r9 += 1
    goto loop
done:
    r1 = r10
    r1 += -8
    call bpf_iter_num_destroy
    if r8 != 0 goto drop
    *(u32 *)(r10 - 16) = r8
    r2 = r10
    r2 += -16
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

# test: iter_num_nested_with_stepping_callee
# kernel: since 6.7
# note: nested `bpf_for` loops, the inner one stepped by a static function through a pointer
# note: to its caller's iterator: (local_port & 3) outer times (local_port >> 2 & 3) inner
# note: values, the product selecting the socket (slot 3 empty, 9 outside the map).
# socket: a = tcp listen 127.0.0.1:8080
# socket: b = tcp listen 127.0.0.1:8081
# socket: c = tcp listen 127.0.0.1:8082
# socket: d = tcp listen 127.0.0.1:8083
# map: sock_map[0] = a
# map: sock_map[1] = b
# map: sock_map[2] = c
# map: sock_map[4] = d
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8000 => pass a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8005 => pass b
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8006 => pass c
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8010 => pass d
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8007 => drop
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8015 => drop
    r6 = r1
    r7 = *(u32 *)(r6 + 60)      # local_port
    r8 = r7
    r8 &= 3
    r7 >>= 2
    r7 &= 3
    r9 = 0
    r1 = r10
    r1 += -8
    r2 = 0
    r3 = r8
    call bpf_iter_num_new
outer:
    r1 = r10
    r1 += -8
    call bpf_iter_num_next
    if r0 == 0 goto outer_done
    r1 = r10
    r1 += -24
    r2 = 0
    r3 = r7
    call bpf_iter_num_new
inner:
    r1 = r10
    r1 += -24
    call step
    if r0 == 0 goto inner_done
    r9 += 1
    goto inner
inner_done:
    r1 = r10
    r1 += -24
    call bpf_iter_num_destroy
    goto outer
outer_done:
    r1 = r10
    r1 += -8
    call bpf_iter_num_destroy
    *(u32 *)(r10 - 32) = r9
    r2 = r10
    r2 += -32
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
step:
    call bpf_iter_num_next
    if r0 == 0 goto drained
    r0 = 1
    exit
drained:
    r0 = 0
    exit

# test: iter_num_in_loop_callback
# kernel: since 6.4
# func: cb static
# note: `bpf_loop` calls a callback (local_port & 3) times, which adds the two values of its
# note: own `bpf_for(i, 0, 2)` to a counter on the caller's stack: the counter selects the
# note: socket (slot 6 empty).
# socket: a = tcp listen 127.0.0.1:8080
# socket: c = tcp listen 127.0.0.1:8082
# socket: d = tcp listen 127.0.0.1:8083
# map: sock_map[0] = a
# map: sock_map[2] = c
# map: sock_map[4] = d
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8000 => pass a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8001 => pass c
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8002 => pass d
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8003 => drop
    r6 = r1
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r1 = *(u32 *)(r6 + 60)      # local_port
    r1 &= 3
    r2 = cb ll
    r3 = r10
    r3 += -8
    r4 = 0
    call 181                    # bpf_loop
    r1 = *(u64 *)(r10 - 8)
    *(u32 *)(r10 - 16) = r1
    r2 = r10
    r2 += -16
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
cb:
    r6 = r2
    r1 = r10
    r1 += -8
    r2 = 0
    r3 = 2
    call bpf_iter_num_new
loop:
    r1 = r10
    r1 += -8
    call bpf_iter_num_next
    if r0 == 0 goto done
    r1 = *(u64 *)(r6 + 0)
    r1 += 1
    *(u64 *)(r6 + 0) = r1
    goto loop
done:
    r1 = r10
    r1 += -8
    call bpf_iter_num_destroy
    r0 = 0
    exit
