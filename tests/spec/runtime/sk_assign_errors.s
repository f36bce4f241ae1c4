# Runtime cases: every outcome of bpf_sk_assign (helper 124) that BPF_PROG_TEST_RUN can
# observe (sk_lookup-helpers.md §3.2). The helper's return value never changes the verdict by
# itself, so each program turns it into one: typically SK_PASS (with no selection) exactly when
# the helper returned the expected errno, SK_DROP otherwise. A `pass` expectation without a
# socket therefore also proves that the failed assign left nothing selected.
.skmap sock_map, type=sockmap, key=4, value=8, max_entries=8
.license "GPL"

# test: assign_bad_flags_4
# note: flags 4 is not a BPF_SK_LOOKUP_F_* bit: -EINVAL (-22), nothing selected.
# socket: s1 = tcp listen 127.0.0.1:8080
# map: sock_map[0] = s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 4
    call 124                    # bpf_sk_assign
    r8 = r0
    r1 = r7
    call 86                     # bpf_sk_release
    r0 = 1
    if r8 == -22 goto out
drop:
    r0 = 0
out:
    exit

# test: assign_bad_flags_high_bit
# note: flags 1<<63 (a 64-bit constant): -EINVAL.
# socket: s1 = tcp listen 127.0.0.1:8080
# map: sock_map[0] = s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0x8000000000000000 ll
    call 124                    # bpf_sk_assign
    r8 = r0
    r1 = r7
    call 86                     # bpf_sk_release
    r0 = 1
    if r8 == -22 goto out
drop:
    r0 = 0
out:
    exit

# test: assign_bad_flags_replace_plus_unknown
# note: REPLACE|NO_REUSEPORT|4 = 7: one unknown bit is enough for -EINVAL.
# socket: s1 = udp 127.0.0.1:5353
# map: sock_map[0] = s1
# run: udp 10.0.0.1:4242 -> 192.0.2.10:53 => pass
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 7
    call 124                    # bpf_sk_assign
    r8 = r0
    r1 = r7
    call 86                     # bpf_sk_release
    r0 = 1
    if r8 == -22 goto out
drop:
    r0 = 0
out:
    exit

# test: assign_bad_flags_null_sk
# note: the flags check comes first, even for a NULL socket.
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass
# run: udp [2001:db8::1]:4242 -> [2001:db8::2]:53 => pass
    r2 = 0
    r3 = 8
    call 124
    r8 = r0
    r0 = 1
    if r8 == -22 goto out
    r0 = 0
out:
    exit

# test: assign_bad_flags_before_protocol
# note: a UDP socket for a TCP lookup with bad flags: -EINVAL wins over -EPROTOTYPE.
# socket: u = udp 127.0.0.1:5353
# map: sock_map[0] = u
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 16
    call 124                    # bpf_sk_assign
    r8 = r0
    r1 = r7
    call 86                     # bpf_sk_release
    r0 = 1
    if r8 == -22 goto out
drop:
    r0 = 0
out:
    exit

# test: assign_tcp_established
# note: an established TCP socket is reference counted (not SOCK_RCU_FREE): -ESOCKTNOSUPPORT (-94).
# socket: srv = tcp listen 127.0.0.1:8080
# socket: est = tcp established 127.0.0.1:40000 connected=127.0.0.1:8080
# map: sock_map[0] = est
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass
# run: tcp 127.0.0.1:8080 -> 127.0.0.1:40000 => pass
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124                    # bpf_sk_assign
    r8 = r0
    r1 = r7
    call 86                     # bpf_sk_release
    r0 = 1
    if r8 == -94 goto out
drop:
    r0 = 0
out:
    exit

# test: assign_udp_connected
# note: a connect()ed UDP socket is not in state CLOSE: -ESOCKTNOSUPPORT.
# socket: cu = udp 127.0.0.1:5353 connected=127.0.0.1:9
# map: sock_map[0] = cu
# run: udp 10.0.0.1:4242 -> 192.0.2.10:53 => pass
# run: udp 127.0.0.1:9 -> 127.0.0.1:5353 => pass
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124                    # bpf_sk_assign
    r8 = r0
    r1 = r7
    call 86                     # bpf_sk_release
    r0 = 1
    if r8 == -94 goto out
drop:
    r0 = 0
out:
    exit

# test: assign_udp_connected_before_protocol
# note: connected UDP socket for a TCP lookup: the state check (-ESOCKTNOSUPPORT) precedes
# note: the protocol check (-EPROTOTYPE).
# socket: cu = udp 127.0.0.1:5353 connected=127.0.0.1:9
# map: sock_map[0] = cu
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124                    # bpf_sk_assign
    r8 = r0
    r1 = r7
    call 86                     # bpf_sk_release
    r0 = 1
    if r8 == -94 goto out
drop:
    r0 = 0
out:
    exit

# test: assign_tcp_established_before_family
# note: an established IPv4 TCP socket for an IPv6 lookup: -ESOCKTNOSUPPORT, not -EAFNOSUPPORT.
# socket: est = tcp established 127.0.0.1:40001 connected=127.0.0.1:8081
# map: sock_map[0] = est
# run: tcp [2001:db8::1]:4242 -> [2001:db8::2]:80 => pass
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124                    # bpf_sk_assign
    r8 = r0
    r1 = r7
    call 86                     # bpf_sk_release
    r0 = 1
    if r8 == -94 goto out
drop:
    r0 = 0
out:
    exit

# test: assign_udp_for_tcp
# note: socket protocol UDP, lookup protocol TCP: -EPROTOTYPE (-91).
# socket: u = udp 127.0.0.1:5353
# map: sock_map[0] = u
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass
# run: tcp 10.0.0.1:4242 -> 127.0.0.1:5353 => pass
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124                    # bpf_sk_assign
    r8 = r0
    r1 = r7
    call 86                     # bpf_sk_release
    r0 = 1
    if r8 == -91 goto out
drop:
    r0 = 0
out:
    exit

# test: assign_tcp_for_udp
# note: a TCP listener for a UDP lookup: -EPROTOTYPE.
# socket: t = tcp listen 127.0.0.1:8053
# map: sock_map[0] = t
# run: udp 10.0.0.1:4242 -> 192.0.2.10:53 => pass
# run: udp [2001:db8::1]:4242 -> [2001:db8::2]:53 => pass
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124                    # bpf_sk_assign
    r8 = r0
    r1 = r7
    call 86                     # bpf_sk_release
    r0 = 1
    if r8 == -91 goto out
drop:
    r0 = 0
out:
    exit

# test: assign_protocol_before_family
# note: an IPv4 UDP socket for an IPv6 TCP lookup fails both checks: -EPROTOTYPE comes first.
# socket: u = udp 127.0.0.1:5353
# map: sock_map[0] = u
# run: tcp [2001:db8::1]:4242 -> [2001:db8::2]:80 => pass
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124                    # bpf_sk_assign
    r8 = r0
    r1 = r7
    call 86                     # bpf_sk_release
    r0 = 1
    if r8 == -91 goto out
drop:
    r0 = 0
out:
    exit

# test: assign_v4_socket_for_v6_lookup
# note: an IPv6 packet can never select an IPv4 socket: -EAFNOSUPPORT (-97).
# socket: s4 = tcp listen 127.0.0.1:8080
# map: sock_map[0] = s4
# run: tcp [2001:db8::1]:4242 -> [2001:db8::2]:80 => pass
# run: tcp [::1]:4242 -> [::ffff:127.0.0.1]:8080 => pass
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124                    # bpf_sk_assign
    r8 = r0
    r1 = r7
    call 86                     # bpf_sk_release
    r0 = 1
    if r8 == -97 goto out
drop:
    r0 = 0
out:
    exit

# test: assign_v6only_for_v4_lookup
# note: a v6-only IPv6 listener for an IPv4 lookup: -EAFNOSUPPORT.
# socket: s6 = tcp listen [::]:8080 v6only
# map: sock_map[0] = s6
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124                    # bpf_sk_assign
    r8 = r0
    r1 = r7
    call 86                     # bpf_sk_release
    r0 = 1
    if r8 == -97 goto out
drop:
    r0 = 0
out:
    exit

# test: assign_twice_eexist
# note: a second assign without REPLACE: -EEXIST (-17); the first selection stays.
# socket: s1 = tcp listen 127.0.0.1:8080
# socket: s2 = tcp listen 127.0.0.1:8081
# map: sock_map[0] = s1
# map: sock_map[1] = s2
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8081 => pass s1
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r7 = r0
    r2 = 1
    *(u32 *)(r10 - 8) = r2
    r2 = r10
    r2 += -8
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto release7
    r9 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124
    *(u64 *)(r10 - 16) = r0
    r1 = r6
    r2 = r9
    r3 = 0
    call 124
    r8 = r0
    r1 = r9
    call 86
    r1 = r7
    call 86
    r0 = 0
    r1 = *(u64 *)(r10 - 16)
    if r1 != 0 goto out
    if r8 != -17 goto out
    r0 = 1
out:
    exit
release7:
    r1 = r7
    call 86
drop:
    r0 = 0
    exit

# test: assign_same_socket_twice_eexist
# note: assigning the already selected socket again without REPLACE is still -EEXIST.
# socket: s1 = udp 127.0.0.1:5353
# map: sock_map[0] = s1
# run: udp 10.0.0.1:4242 -> 192.0.2.10:53 => pass s1
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124
    r9 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124
    r8 = r0
    r1 = r7
    call 86
    r0 = 0
    if r9 != 0 goto out
    if r8 != -17 goto out
    r0 = 1
    exit
drop:
    r0 = 0
out:
    exit

# test: assign_replace_overrides
# note: BPF_SK_LOOKUP_F_REPLACE (1) replaces the selection: the second socket wins.
# socket: s1 = tcp listen 127.0.0.1:8080
# socket: s2 = tcp listen 127.0.0.1:8081
# map: sock_map[0] = s1
# map: sock_map[1] = s2
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass s2
# run: tcp 10.0.0.1:4242 -> 127.0.0.1:8080 => pass s2
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r7 = r0
    r2 = 1
    *(u32 *)(r10 - 8) = r2
    r2 = r10
    r2 += -8
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto release7
    r9 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124
    *(u64 *)(r10 - 16) = r0
    r1 = r6
    r2 = r9
    r3 = 1
    call 124
    r8 = r0
    r1 = r9
    call 86
    r1 = r7
    call 86
    r0 = 0
    r1 = *(u64 *)(r10 - 16)
    if r1 != 0 goto out
    if r8 != 0 goto out
    r0 = 1
out:
    exit
release7:
    r1 = r7
    call 86
drop:
    r0 = 0
    exit

# test: assign_replace_without_selection
# note: REPLACE is allowed when nothing is selected yet: returns 0 and selects.
# socket: s1 = tcp listen 127.0.0.1:8080
# map: sock_map[0] = s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass s1
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 1
    call 124                    # bpf_sk_assign
    r8 = r0
    r1 = r7
    call 86                     # bpf_sk_release
    r0 = 1
    if r8 == 0 goto out
drop:
    r0 = 0
out:
    exit

# test: assign_replace_and_no_reuseport
# note: flags 3 (REPLACE|NO_REUSEPORT) are both valid bits: returns 0.
# socket: s1 = tcp listen 127.0.0.1:8080
# map: sock_map[0] = s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass s1
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 3
    call 124                    # bpf_sk_assign
    r8 = r0
    r1 = r7
    call 86                     # bpf_sk_release
    r0 = 1
    if r8 == 0 goto out
drop:
    r0 = 0
out:
    exit

# test: assign_null_nothing_selected
# note: NULL with flags 0 and no selection: returns 0, still nothing selected.
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass
# run: udp [2001:db8::1]:4242 -> [2001:db8::2]:53 => pass
    r2 = 0
    r3 = 0
    call 124
    r8 = r0
    r0 = 1
    if r8 == 0 goto out
    r0 = 0
out:
    exit

# test: assign_null_after_selection_eexist
# note: NULL without REPLACE after a selection: -EEXIST, the selection stays.
# socket: s1 = tcp listen 127.0.0.1:8080
# map: sock_map[0] = s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass s1
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124
    r9 = r0
    r1 = r7
    call 86
    r1 = r6
    r2 = 0
    r3 = 0
    call 124
    r8 = r0
    r0 = 0
    if r9 != 0 goto out
    if r8 != -17 goto out
    r0 = 1
    exit
drop:
    r0 = 0
out:
    exit

# test: assign_null_replace_deselects
# note: NULL with REPLACE after a selection returns 0 and resets it: ctx->sk reads NULL and
# note: the test run reports no socket.
# socket: s1 = tcp listen 127.0.0.1:8080
# map: sock_map[0] = s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass
# run: tcp 10.0.0.1:4242 -> 127.0.0.1:8080 => pass
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124
    r9 = r0
    r1 = r7
    call 86
    if r9 != 0 goto drop
    r1 = r6
    r2 = 0
    r3 = 1
    call 124
    if r0 != 0 goto drop
    r2 = *(u64 *)(r6 + 0)       # ctx->sk
    if r2 != 0 goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: assign_failure_changes_nothing
# note: a failed assign (UDP socket for TCP: -EPROTOTYPE) selects nothing, so a later assign
# note: without REPLACE succeeds.
# socket: s1 = tcp listen 127.0.0.1:8080
# socket: u = udp 127.0.0.1:5353
# map: sock_map[0] = s1
# map: sock_map[1] = u
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass s1
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r7 = r0
    r2 = 1
    *(u32 *)(r10 - 8) = r2
    r2 = r10
    r2 += -8
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto release7
    r9 = r0
    r1 = r6
    r2 = r9
    r3 = 0
    call 124
    *(u64 *)(r10 - 16) = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124
    r8 = r0
    r1 = r9
    call 86
    r1 = r7
    call 86
    r0 = 0
    r1 = *(u64 *)(r10 - 16)
    if r1 != -91 goto out
    if r8 != 0 goto out
    r0 = 1
out:
    exit
release7:
    r1 = r7
    call 86
drop:
    r0 = 0
    exit

# test: assign_failed_replace_keeps_selection
# note: REPLACE with a socket that fails a check (-EPROTOTYPE) leaves the earlier selection.
# socket: s1 = tcp listen 127.0.0.1:8080
# socket: u = udp 127.0.0.1:5353
# map: sock_map[0] = s1
# map: sock_map[1] = u
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass s1
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r7 = r0
    r2 = 1
    *(u32 *)(r10 - 8) = r2
    r2 = r10
    r2 += -8
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto release7
    r9 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124
    *(u64 *)(r10 - 16) = r0
    r1 = r6
    r2 = r9
    r3 = 1
    call 124
    r8 = r0
    r1 = r9
    call 86
    r1 = r7
    call 86
    r0 = 0
    r1 = *(u64 *)(r10 - 16)
    if r1 != 0 goto out
    if r8 != -91 goto out
    r0 = 1
out:
    exit
release7:
    r1 = r7
    call 86
drop:
    r0 = 0
    exit

# test: assign_family_before_eexist
# note: with a selection already made, an IPv4 socket for an IPv6 lookup without REPLACE
# note: fails the family check (-EAFNOSUPPORT) before the "already selected" check.
# socket: s6 = tcp listen [::1]:8080
# socket: s4 = tcp listen 127.0.0.1:8081
# map: sock_map[0] = s6
# map: sock_map[1] = s4
# run: tcp [2001:db8::1]:4242 -> [2001:db8::2]:80 => pass s6
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r7 = r0
    r2 = 1
    *(u32 *)(r10 - 8) = r2
    r2 = r10
    r2 += -8
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto release7
    r9 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124
    *(u64 *)(r10 - 16) = r0
    r1 = r6
    r2 = r9
    r3 = 0
    call 124
    r8 = r0
    r1 = r9
    call 86
    r1 = r7
    call 86
    r0 = 0
    r1 = *(u64 *)(r10 - 16)
    if r1 != 0 goto out
    if r8 != -97 goto out
    r0 = 1
out:
    exit
release7:
    r1 = r7
    call 86
drop:
    r0 = 0
    exit

# test: assign_bad_flags_before_eexist
# note: with a selection already made, a second assign with flags 4 gives -EINVAL, not -EEXIST.
# socket: s1 = tcp listen 127.0.0.1:8080
# map: sock_map[0] = s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass s1
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124
    r9 = r0
    r1 = r6
    r2 = r7
    r3 = 4
    call 124
    r8 = r0
    r1 = r7
    call 86
    r0 = 0
    if r9 != 0 goto out
    if r8 != -22 goto out
    r0 = 1
    exit
drop:
    r0 = 0
out:
    exit

# test: assign_errno_selects_fallback
# note: the helper's result drives the choice: try a v6-only socket first and fall back to
# note: an IPv4 one when the helper refuses it with -EAFNOSUPPORT (IPv4 lookups); IPv6
# note: lookups keep the v6-only socket.
# socket: s6 = tcp listen [::]:8080 v6only
# socket: s4 = tcp listen 127.0.0.1:8080
# map: sock_map[0] = s6
# map: sock_map[1] = s4
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass s4
# run: tcp [2001:db8::1]:4242 -> [2001:db8::2]:80 => pass s6
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r7 = r0
    r2 = 1
    *(u32 *)(r10 - 8) = r2
    r2 = r10
    r2 += -8
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto release7
    r9 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124
    r8 = r0
    if r8 != -97 goto done
    r1 = r6
    r2 = r9
    r3 = 0
    call 124
    r8 = r0
done:
    r1 = r9
    call 86
    r1 = r7
    call 86
    r0 = 1
    if r8 == 0 goto out
    r0 = 0
out:
    exit
release7:
    r1 = r7
    call 86
drop:
    r0 = 0
    exit
