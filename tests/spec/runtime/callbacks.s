# Runtime cases: callbacks. `bpf_loop(nr_loops, callback, ctx, flags)` (kernel/bpf/bpf_iter.c)
# and `bpf_for_each_map_elem(map, callback, ctx, flags)` (the map_for_each_callback of
# kernel/bpf/arraymap.c and hashtab.c) call a static function of the program, which the
# kernel only accepts with BTF func_info (the `# func:` lines). Each program selects socket
# `a` only when the helper returned what the kernel returns and the callbacks ran as often
# (and, for arrays, in the order) the kernel runs them; anything else is SK_DROP.
.skmap sock_map, type=sockmap, key=4, value=8, max_entries=8
.skmap arr, type=array, key=4, value=8, max_entries=4
.skmap h, type=hash, key=4, value=8, max_entries=8
.skmap pa, type=percpu_array, key=4, value=8, max_entries=2
.skmap lru, type=lru_hash, key=4, value=8, max_entries=4
.license "GPL"

# test: bpf_loop_returns_the_callbacks_made
# kernel: since 6.1
# func: cb static
# note: nr_loops is the destination port's low 3 bits; the callback counts its calls in the
# note: caller's stack and returns 1 (stop) at index 2. bpf_loop returns the number of
# note: calls: 0, 1, and 3 for 7 loops (stopped at index 2); the program selects
# note: sock_map[that number] when the count agrees.
# socket: a = tcp listen 127.0.0.1:8080
# socket: b = tcp listen 127.0.0.1:8081
# socket: c = tcp listen 127.0.0.1:8083
# map: sock_map[0] = a
# map: sock_map[1] = b
# map: sock_map[3] = c
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8000 => pass a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8001 => pass b
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8002 => drop
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8007 => pass c
    r6 = r1
    r9 = *(u32 *)(r6 + 60)      # local_port: counters start there
    *(u64 *)(r10 - 8) = r9
    r1 = *(u32 *)(r6 + 60)      # local_port
    r1 &= 7
    r2 = cb ll
    r3 = r10
    r3 += -8
    r4 = 0
    call 181                    # bpf_loop
    r1 = *(u64 *)(r10 - 8)
    r1 -= r9
    if r1 != r0 goto drop
    *(u32 *)(r10 - 40) = r0
    r2 = r10
    r2 += -40
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
    r3 = *(u64 *)(r2 + 0)
    r3 += 1
    *(u64 *)(r2 + 0) = r3
    r0 = 0
    if r1 != 2 goto out
    r0 = 1
out:
    exit

# test: bpf_loop_flags_are_einval
# kernel: since 6.1
# func: cb static
# note: non-zero flags: -EINVAL, no callback.
# socket: a = tcp listen 127.0.0.1:8080
# map: sock_map[0] = a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass a
    r6 = r1
    r9 = *(u32 *)(r6 + 60)      # local_port: counters start there
    *(u64 *)(r10 - 8) = r9
    r1 = 3
    r2 = cb ll
    r3 = r10
    r3 += -8
    r4 = 1
    call 181                    # bpf_loop
    if r0 != -22 goto drop
    r1 = *(u64 *)(r10 - 8)
    r1 -= r9
    if r1 != 0 goto drop
    r1 = 0
    *(u32 *)(r10 - 40) = r1
    r2 = r10
    r2 += -40
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
    r3 = *(u64 *)(r2 + 0)
    r3 += 1
    *(u64 *)(r2 + 0) = r3
    r0 = 0
    if r1 != 2 goto out
    r0 = 1
out:
    exit

# test: bpf_loop_past_bpf_max_loops_is_e2big
# kernel: since 6.1
# func: cb static
# note: BPF_MAX_LOOPS (8M) + 1 iterations: -E2BIG, no callback. Flags are a known 0 and the
# note: callback known at the call, so the verifier inlines the loop (`inline_bpf_loop`,
# note: since 6.0), whose -E2BIG is a 32-bit move: R0 = 0xfffffff9.
# socket: a = tcp listen 127.0.0.1:8080
# map: sock_map[0] = a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass a
    r6 = r1
    r9 = *(u32 *)(r6 + 60)      # local_port: counters start there
    *(u64 *)(r10 - 8) = r9
    r1 = 8388609
    r2 = cb ll
    r3 = r10
    r3 += -8
    r4 = 0
    call 181                    # bpf_loop
    r1 = r0
    r1 >>= 32
    if r1 != 0 goto drop        # -E2BIG as a 32-bit move: the upper half is 0
    if w0 != -7 goto drop
    r1 = *(u64 *)(r10 - 8)
    r1 -= r9
    if r1 != 0 goto drop
    r1 = 0
    *(u32 *)(r10 - 40) = r1
    r2 = r10
    r2 += -40
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
    r3 = *(u64 *)(r2 + 0)
    r3 += 1
    *(u64 *)(r2 + 0) = r3
    r0 = 0
    if r1 != 2 goto out
    r0 = 1
out:
    exit

# test: bpf_loop_helper_past_bpf_max_loops_is_e2big
# kernel: since 6.1
# func: cb static
# note: flags 0 at run time but not a known 0 to the verifier: the helper runs, and its
# note: -E2BIG is a 64-bit -7; no callback.
# socket: a = tcp listen 127.0.0.1:8080
# map: sock_map[0] = a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass a
    r6 = r1
    r9 = *(u32 *)(r6 + 60)      # local_port: counters start there
    *(u64 *)(r10 - 8) = r9
    r1 = 8388609
    r2 = cb ll
    r3 = r10
    r3 += -8
    r4 = r9
    r4 >>= 31                   # 0, but not a known 0 to the verifier: no inlining
    call 181                    # bpf_loop
    if r0 != -7 goto drop
    r1 = *(u64 *)(r10 - 8)
    r1 -= r9
    if r1 != 0 goto drop
    r1 = 0
    *(u32 *)(r10 - 40) = r1
    r2 = r10
    r2 += -40
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
    r3 = *(u64 *)(r2 + 0)
    r3 += 1
    *(u64 *)(r2 + 0) = r3
    r0 = 0
    if r1 != 2 goto out
    r0 = 1
out:
    exit

# test: bpf_loop_at_bpf_max_loops_runs
# kernel: since 6.1
# func: cb static
# note: exactly BPF_MAX_LOOPS: the loop runs (and stops at index 2: 3 calls).
# socket: a = tcp listen 127.0.0.1:8080
# map: sock_map[0] = a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass a
    r6 = r1
    r9 = *(u32 *)(r6 + 60)      # local_port: counters start there
    *(u64 *)(r10 - 8) = r9
    r1 = 8388608
    r2 = cb ll
    r3 = r10
    r3 += -8
    r4 = 0
    call 181                    # bpf_loop
    if r0 != 3 goto drop
    r1 = *(u64 *)(r10 - 8)
    r1 -= r9
    if r1 != 3 goto drop
    r1 = 0
    *(u32 *)(r10 - 40) = r1
    r2 = r10
    r2 += -40
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
    r3 = *(u64 *)(r2 + 0)
    r3 += 1
    *(u64 *)(r2 + 0) = r3
    r0 = 0
    if r1 != 2 goto out
    r0 = 1
out:
    exit

# test: bpf_loop_inlined_compares_64_bits
# kernel: since 6.1
# func: cb static
# note: the inline loop compares all 64 bits of nr_loops with BPF_MAX_LOOPS: 2 + 2^32 is
# note: -E2BIG (32-bit), no callback.
# socket: a = tcp listen 127.0.0.1:8080
# map: sock_map[0] = a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass a
    r6 = r1
    r9 = *(u32 *)(r6 + 60)      # local_port: counters start there
    *(u64 *)(r10 - 8) = r9
    r1 = 0x100000002 ll
    r2 = cb ll
    r3 = r10
    r3 += -8
    r4 = 0
    call 181                    # bpf_loop
    r1 = r0
    r1 >>= 32
    if r1 != 0 goto drop        # -E2BIG as a 32-bit move: the upper half is 0
    if w0 != -7 goto drop
    r1 = *(u64 *)(r10 - 8)
    r1 -= r9
    if r1 != 0 goto drop
    r1 = 0
    *(u32 *)(r10 - 40) = r1
    r2 = r10
    r2 += -40
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
    r3 = *(u64 *)(r2 + 0)
    r3 += 1
    *(u64 *)(r2 + 0) = r3
    r0 = 0
    if r1 != 2 goto out
    r0 = 1
out:
    exit

# test: bpf_loop_helper_nr_loops_is_32_bits
# kernel: since 6.1
# func: cb static
# note: the helper (flags not a known 0: no inlining) takes nr_loops as a u32: 2 + 2^32
# note: runs twice.
# socket: a = tcp listen 127.0.0.1:8080
# map: sock_map[0] = a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass a
    r6 = r1
    r9 = *(u32 *)(r6 + 60)      # local_port: counters start there
    *(u64 *)(r10 - 8) = r9
    r1 = 0x100000002 ll
    r2 = cb ll
    r3 = r10
    r3 += -8
    r4 = r9
    r4 >>= 31                   # 0, but not a known 0 to the verifier: no inlining
    call 181                    # bpf_loop
    if r0 != 2 goto drop
    r1 = *(u64 *)(r10 - 8)
    r1 -= r9
    if r1 != 2 goto drop
    r1 = 0
    *(u32 *)(r10 - 40) = r1
    r2 = r10
    r2 += -40
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
    r3 = *(u64 *)(r2 + 0)
    r3 += 1
    *(u64 *)(r2 + 0) = r3
    r0 = 0
    if r1 != 2 goto out
    r0 = 1
out:
    exit

# test: bpf_loop_nested_in_a_callback
# kernel: since 6.1
# func: outer static
# func: cb static
# note: a callback calling bpf_loop itself: three outer calls of two inner calls each, the
# note: inner callback counting in the main frame's stack (passed down as ctx): 6 calls,
# note: the outer bpf_loop returns 3.
# socket: a = tcp listen 127.0.0.1:8080
# map: sock_map[0] = a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass a
    r6 = r1
    r9 = *(u32 *)(r6 + 60)      # local_port: counters start there
    *(u64 *)(r10 - 8) = r9
    r1 = 3
    r2 = outer ll
    r3 = r10
    r3 += -8
    r4 = 0
    call 181                    # bpf_loop
    if r0 != 3 goto drop
    r1 = *(u64 *)(r10 - 8)
    r1 -= r9
    if r1 != 6 goto drop
    r1 = 0
    *(u32 *)(r10 - 40) = r1
    r2 = r10
    r2 += -40
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
outer:
    r3 = r2
    r1 = 2
    r2 = cb ll
    r4 = 0
    call 181                    # bpf_loop
    r0 = 0
    exit
cb:
    r3 = *(u64 *)(r2 + 0)
    r3 += 1
    *(u64 *)(r2 + 0) = r3
    r0 = 0
    if r1 != 2 goto out
    r0 = 1
out:
    exit

# test: for_each_array_walks_indexes_in_order
# kernel: since 6.1
# func: cb static
# note: arr[1] = 5, arr[2] = 7 (arr[0] stays 0); the callback gets (map, &key, &value, ctx),
# note: sums the values, records the keys in order and stops at key 2: 3 calls, sum 12,
# note: keys 0, 1, 2.
# socket: a = tcp listen 127.0.0.1:8080
# map: sock_map[0] = a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass a
    r6 = r1
    r1 = 1
    *(u32 *)(r10 - 20) = r1
    r1 = 5
    *(u64 *)(r10 - 32) = r1
    r1 = arr ll
    r2 = r10
    r2 += -20
    r3 = r10
    r3 += -32
    r4 = 0
    call 2                      # bpf_map_update_elem
    r1 = 2
    *(u32 *)(r10 - 20) = r1
    r1 = 7
    *(u64 *)(r10 - 32) = r1
    r1 = arr ll
    r2 = r10
    r2 += -20
    r3 = r10
    r3 += -32
    r4 = 0
    call 2                      # bpf_map_update_elem
    r9 = *(u32 *)(r6 + 60)      # local_port: sums and counts start there
    *(u64 *)(r10 - 16) = r9
    *(u64 *)(r10 - 8) = r9
    r1 = arr ll
    r2 = cb ll
    r3 = r10
    r3 += -16
    r4 = 0
    call 164                    # bpf_for_each_map_elem
    if r0 != 3 goto drop
    r1 = *(u64 *)(r10 - 16)
    r1 -= r9
    if r1 != 12 goto drop
    r1 = *(u64 *)(r10 - 8)
    r2 = r9
    r2 *= 1000
    r1 -= r2
    if r1 != 123 goto drop
    r1 = 0
    *(u32 *)(r10 - 40) = r1
    r2 = r10
    r2 += -40
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
    r6 = *(u32 *)(r2 + 0)       # key
    r7 = *(u64 *)(r3 + 0)       # value
    r8 = *(u64 *)(r4 + 0)
    r8 += r7
    *(u64 *)(r4 + 0) = r8       # the sum of the values
    r8 = *(u64 *)(r4 + 8)
    r8 *= 10
    r8 += r6
    r8 += 1
    *(u64 *)(r4 + 8) = r8       # the keys walked, as the digits key + 1
    r0 = 0
    if r6 != 2 goto out
    r0 = 1
out:
    exit

# test: for_each_array_flags_are_einval
# kernel: since 6.4
# func: cb static
# note: non-zero flags: -EINVAL, no callback. Since 6.4 the map's walk returns a long.
# socket: a = tcp listen 127.0.0.1:8080
# map: sock_map[0] = a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass a
    r6 = r1
    r1 = 1
    *(u32 *)(r10 - 20) = r1
    r1 = 5
    *(u64 *)(r10 - 32) = r1
    r1 = arr ll
    r2 = r10
    r2 += -20
    r3 = r10
    r3 += -32
    r4 = 0
    call 2                      # bpf_map_update_elem
    r9 = *(u32 *)(r6 + 60)      # local_port: sums and counts start there
    *(u64 *)(r10 - 16) = r9
    *(u64 *)(r10 - 8) = r9
    r1 = arr ll
    r2 = cb ll
    r3 = r10
    r3 += -16
    r4 = 1
    call 164                    # bpf_for_each_map_elem
    if r0 != -22 goto drop
    r1 = *(u64 *)(r10 - 16)
    r1 -= r9
    if r1 != 0 goto drop
    r1 = *(u64 *)(r10 - 8)
    r1 -= r9
    if r1 != 0 goto drop
    r1 = 0
    *(u32 *)(r10 - 40) = r1
    r2 = r10
    r2 += -40
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
    r6 = *(u32 *)(r2 + 0)       # key
    r7 = *(u64 *)(r3 + 0)       # value
    r8 = *(u64 *)(r4 + 0)
    r8 += r7
    *(u64 *)(r4 + 0) = r8       # the sum of the values
    r8 = *(u64 *)(r4 + 8)
    r8 *= 10
    r8 += r6
    r8 += 1
    *(u64 *)(r4 + 8) = r8       # the keys walked, as the digits key + 1
    r0 = 0
    if r6 != 2 goto out
    r0 = 1
out:
    exit

# test: for_each_array_flags_are_einval_32_bits
# kernel: since 6.1
# kernel: before 6.4
# func: cb static
# note: non-zero flags: -EINVAL, no callback. The JIT calls the map's walk directly
# note: (do_misc_fixups), which returned an int before 6.4: R0 = 0xffffffea on 6.1.192.
# socket: a = tcp listen 127.0.0.1:8080
# map: sock_map[0] = a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass a
    r6 = r1
    r1 = 1
    *(u32 *)(r10 - 20) = r1
    r1 = 5
    *(u64 *)(r10 - 32) = r1
    r1 = arr ll
    r2 = r10
    r2 += -20
    r3 = r10
    r3 += -32
    r4 = 0
    call 2                      # bpf_map_update_elem
    r9 = *(u32 *)(r6 + 60)      # local_port: sums and counts start there
    *(u64 *)(r10 - 16) = r9
    *(u64 *)(r10 - 8) = r9
    r1 = arr ll
    r2 = cb ll
    r3 = r10
    r3 += -16
    r4 = 1
    call 164                    # bpf_for_each_map_elem
    r1 = r0
    r1 >>= 32
    if r1 != 0 goto drop
    if w0 != -22 goto drop
    r1 = *(u64 *)(r10 - 16)
    r1 -= r9
    if r1 != 0 goto drop
    r1 = *(u64 *)(r10 - 8)
    r1 -= r9
    if r1 != 0 goto drop
    r1 = 0
    *(u32 *)(r10 - 40) = r1
    r2 = r10
    r2 += -40
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
    r6 = *(u32 *)(r2 + 0)       # key
    r7 = *(u64 *)(r3 + 0)       # value
    r8 = *(u64 *)(r4 + 0)
    r8 += r7
    *(u64 *)(r4 + 0) = r8       # the sum of the values
    r8 = *(u64 *)(r4 + 8)
    r8 *= 10
    r8 += r6
    r8 += 1
    *(u64 *)(r4 + 8) = r8       # the keys walked, as the digits key + 1
    r0 = 0
    if r6 != 2 goto out
    r0 = 1
out:
    exit

# test: for_each_hash_walks_every_element
# kernel: since 6.1
# func: cb static
# note: three elements: the kernel walks its buckets in an order of its own, so only the
# note: count (3) and the sum of the values (123) are checked.
# socket: a = tcp listen 127.0.0.1:8080
# map: sock_map[0] = a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass a
    r6 = r1
    r1 = 1
    *(u32 *)(r10 - 20) = r1
    r1 = 100
    *(u64 *)(r10 - 32) = r1
    r1 = h ll
    r2 = r10
    r2 += -20
    r3 = r10
    r3 += -32
    r4 = 0
    call 2                      # bpf_map_update_elem
    r1 = 2
    *(u32 *)(r10 - 20) = r1
    r1 = 20
    *(u64 *)(r10 - 32) = r1
    r1 = h ll
    r2 = r10
    r2 += -20
    r3 = r10
    r3 += -32
    r4 = 0
    call 2                      # bpf_map_update_elem
    r1 = 3
    *(u32 *)(r10 - 20) = r1
    r1 = 3
    *(u64 *)(r10 - 32) = r1
    r1 = h ll
    r2 = r10
    r2 += -20
    r3 = r10
    r3 += -32
    r4 = 0
    call 2                      # bpf_map_update_elem
    r9 = *(u32 *)(r6 + 60)      # local_port: sums and counts start there
    *(u64 *)(r10 - 16) = r9
    *(u64 *)(r10 - 8) = r9
    r1 = h ll
    r2 = cb ll
    r3 = r10
    r3 += -16
    r4 = 0
    call 164                    # bpf_for_each_map_elem
    if r0 != 3 goto drop
    r1 = *(u64 *)(r10 - 16)
    r1 -= r9
    if r1 != 123 goto drop
    r1 = *(u64 *)(r10 - 8)
    r1 -= r9
    if r1 != 3 goto drop
    r1 = 0
    *(u32 *)(r10 - 40) = r1
    r2 = r10
    r2 += -40
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
    r7 = *(u64 *)(r3 + 0)       # value
    r8 = *(u64 *)(r4 + 0)
    r8 += r7
    *(u64 *)(r4 + 0) = r8       # the sum of the values
    r8 = *(u64 *)(r4 + 8)
    r8 += 1
    *(u64 *)(r4 + 8) = r8       # the calls
    r0 = 0
    exit

# test: for_each_hash_stops_at_the_first
# kernel: since 6.1
# func: cb static
# note: the callback returns 1 at once: one call whichever element comes first; its value
# note: is one of the three.
# socket: a = tcp listen 127.0.0.1:8080
# map: sock_map[0] = a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass a
    r6 = r1
    r1 = 1
    *(u32 *)(r10 - 20) = r1
    r1 = 100
    *(u64 *)(r10 - 32) = r1
    r1 = h ll
    r2 = r10
    r2 += -20
    r3 = r10
    r3 += -32
    r4 = 0
    call 2                      # bpf_map_update_elem
    r1 = 2
    *(u32 *)(r10 - 20) = r1
    r1 = 100
    *(u64 *)(r10 - 32) = r1
    r1 = h ll
    r2 = r10
    r2 += -20
    r3 = r10
    r3 += -32
    r4 = 0
    call 2                      # bpf_map_update_elem
    r1 = 3
    *(u32 *)(r10 - 20) = r1
    r1 = 100
    *(u64 *)(r10 - 32) = r1
    r1 = h ll
    r2 = r10
    r2 += -20
    r3 = r10
    r3 += -32
    r4 = 0
    call 2                      # bpf_map_update_elem
    r9 = *(u32 *)(r6 + 60)      # local_port: sums and counts start there
    *(u64 *)(r10 - 16) = r9
    *(u64 *)(r10 - 8) = r9
    r1 = h ll
    r2 = cb ll
    r3 = r10
    r3 += -16
    r4 = 0
    call 164                    # bpf_for_each_map_elem
    if r0 != 1 goto drop
    r1 = *(u64 *)(r10 - 16)
    r1 -= r9
    if r1 != 100 goto drop
    r1 = *(u64 *)(r10 - 8)
    r1 -= r9
    if r1 != 1 goto drop
    r1 = 0
    *(u32 *)(r10 - 40) = r1
    r2 = r10
    r2 += -40
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
    r7 = *(u64 *)(r3 + 0)       # value
    r8 = *(u64 *)(r4 + 0)
    r8 += r7
    *(u64 *)(r4 + 0) = r8       # the sum of the values
    r8 = *(u64 *)(r4 + 8)
    r8 += 1
    *(u64 *)(r4 + 8) = r8       # the calls
    r0 = 1
    exit

# test: for_each_hash_flags_are_einval
# kernel: since 6.4
# func: cb static
# note: non-zero flags: -EINVAL, no callback. Since 6.4 the map's walk returns a long.
# socket: a = tcp listen 127.0.0.1:8080
# map: sock_map[0] = a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass a
    r6 = r1
    r1 = 1
    *(u32 *)(r10 - 20) = r1
    r1 = 100
    *(u64 *)(r10 - 32) = r1
    r1 = h ll
    r2 = r10
    r2 += -20
    r3 = r10
    r3 += -32
    r4 = 0
    call 2                      # bpf_map_update_elem
    r9 = *(u32 *)(r6 + 60)      # local_port: sums and counts start there
    *(u64 *)(r10 - 16) = r9
    *(u64 *)(r10 - 8) = r9
    r1 = h ll
    r2 = cb ll
    r3 = r10
    r3 += -16
    r4 = 1
    call 164                    # bpf_for_each_map_elem
    if r0 != -22 goto drop
    r1 = *(u64 *)(r10 - 16)
    r1 -= r9
    if r1 != 0 goto drop
    r1 = *(u64 *)(r10 - 8)
    r1 -= r9
    if r1 != 0 goto drop
    r1 = 0
    *(u32 *)(r10 - 40) = r1
    r2 = r10
    r2 += -40
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
    r7 = *(u64 *)(r3 + 0)       # value
    r8 = *(u64 *)(r4 + 0)
    r8 += r7
    *(u64 *)(r4 + 0) = r8       # the sum of the values
    r8 = *(u64 *)(r4 + 8)
    r8 += 1
    *(u64 *)(r4 + 8) = r8       # the calls
    r0 = 0
    exit

# test: for_each_hash_flags_are_einval_32_bits
# kernel: since 6.1
# kernel: before 6.4
# func: cb static
# note: non-zero flags: -EINVAL, no callback. The JIT calls the map's walk directly
# note: (do_misc_fixups), which returned an int before 6.4: R0 = 0xffffffea on 6.1.192.
# socket: a = tcp listen 127.0.0.1:8080
# map: sock_map[0] = a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass a
    r6 = r1
    r1 = 1
    *(u32 *)(r10 - 20) = r1
    r1 = 100
    *(u64 *)(r10 - 32) = r1
    r1 = h ll
    r2 = r10
    r2 += -20
    r3 = r10
    r3 += -32
    r4 = 0
    call 2                      # bpf_map_update_elem
    r9 = *(u32 *)(r6 + 60)      # local_port: sums and counts start there
    *(u64 *)(r10 - 16) = r9
    *(u64 *)(r10 - 8) = r9
    r1 = h ll
    r2 = cb ll
    r3 = r10
    r3 += -16
    r4 = 1
    call 164                    # bpf_for_each_map_elem
    r1 = r0
    r1 >>= 32
    if r1 != 0 goto drop
    if w0 != -22 goto drop
    r1 = *(u64 *)(r10 - 16)
    r1 -= r9
    if r1 != 0 goto drop
    r1 = *(u64 *)(r10 - 8)
    r1 -= r9
    if r1 != 0 goto drop
    r1 = 0
    *(u32 *)(r10 - 40) = r1
    r2 = r10
    r2 += -40
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
    r7 = *(u64 *)(r3 + 0)       # value
    r8 = *(u64 *)(r4 + 0)
    r8 += r7
    *(u64 *)(r4 + 0) = r8       # the sum of the values
    r8 = *(u64 *)(r4 + 8)
    r8 += 1
    *(u64 *)(r4 + 8) = r8       # the calls
    r0 = 0
    exit

# test: for_each_percpu_array_walks_this_cpus_values
# kernel: since 6.1
# func: cb static
# note: a per-CPU array of 2: the program stores pa[1] = 9 on the CPU it runs on and the walk
# note: reads that CPU's values: 2 calls, sum 9.
# socket: a = tcp listen 127.0.0.1:8080
# map: sock_map[0] = a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass a
    r6 = r1
    r1 = 1
    *(u32 *)(r10 - 20) = r1
    r1 = 9
    *(u64 *)(r10 - 32) = r1
    r1 = pa ll
    r2 = r10
    r2 += -20
    r3 = r10
    r3 += -32
    r4 = 0
    call 2                      # bpf_map_update_elem
    r9 = *(u32 *)(r6 + 60)      # local_port: sums and counts start there
    *(u64 *)(r10 - 16) = r9
    *(u64 *)(r10 - 8) = r9
    r1 = pa ll
    r2 = cb ll
    r3 = r10
    r3 += -16
    r4 = 0
    call 164                    # bpf_for_each_map_elem
    if r0 != 2 goto drop
    r1 = *(u64 *)(r10 - 16)
    r1 -= r9
    if r1 != 9 goto drop
    r1 = *(u64 *)(r10 - 8)
    r1 -= r9
    if r1 != 2 goto drop
    r1 = 0
    *(u32 *)(r10 - 40) = r1
    r2 = r10
    r2 += -40
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
    r7 = *(u64 *)(r3 + 0)       # value
    r8 = *(u64 *)(r4 + 0)
    r8 += r7
    *(u64 *)(r4 + 0) = r8       # the sum of the values
    r8 = *(u64 *)(r4 + 8)
    r8 += 1
    *(u64 *)(r4 + 8) = r8       # the calls
    r0 = 0
    exit

# test: for_each_lru_hash_walks_every_element
# kernel: since 6.1
# func: cb static
# note: an LRU hash with two elements: 2 calls, sum 30 (order unchecked).
# socket: a = tcp listen 127.0.0.1:8080
# map: sock_map[0] = a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass a
    r6 = r1
    r1 = 5
    *(u32 *)(r10 - 20) = r1
    r1 = 10
    *(u64 *)(r10 - 32) = r1
    r1 = lru ll
    r2 = r10
    r2 += -20
    r3 = r10
    r3 += -32
    r4 = 0
    call 2                      # bpf_map_update_elem
    r1 = 6
    *(u32 *)(r10 - 20) = r1
    r1 = 20
    *(u64 *)(r10 - 32) = r1
    r1 = lru ll
    r2 = r10
    r2 += -20
    r3 = r10
    r3 += -32
    r4 = 0
    call 2                      # bpf_map_update_elem
    r9 = *(u32 *)(r6 + 60)      # local_port: sums and counts start there
    *(u64 *)(r10 - 16) = r9
    *(u64 *)(r10 - 8) = r9
    r1 = lru ll
    r2 = cb ll
    r3 = r10
    r3 += -16
    r4 = 0
    call 164                    # bpf_for_each_map_elem
    if r0 != 2 goto drop
    r1 = *(u64 *)(r10 - 16)
    r1 -= r9
    if r1 != 30 goto drop
    r1 = *(u64 *)(r10 - 8)
    r1 -= r9
    if r1 != 2 goto drop
    r1 = 0
    *(u32 *)(r10 - 40) = r1
    r2 = r10
    r2 += -40
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
    r7 = *(u64 *)(r3 + 0)       # value
    r8 = *(u64 *)(r4 + 0)
    r8 += r7
    *(u64 *)(r4 + 0) = r8       # the sum of the values
    r8 = *(u64 *)(r4 + 8)
    r8 += 1
    *(u64 *)(r4 + 8) = r8       # the calls
    r0 = 0
    exit
