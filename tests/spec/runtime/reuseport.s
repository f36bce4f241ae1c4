# Runtime cases: SO_REUSEPORT sockets (sk_lookup-runtime.md §4, §5). bpf_sk_assign accepts a
# reuseport listener; BPF_PROG_TEST_RUN cannot run the group's selection, so a final selection
# in a reuseport group made without BPF_SK_LOOKUP_F_NO_REUSEPORT (2) fails the whole test run
# with EOPNOTSUPP, while with the flag the selected socket itself is reported.
.skmap sock_map, type=sockmap, key=4, value=8, max_entries=8
.license "GPL"

# test: reuseport_tcp_without_flag
# socket: r1 = tcp listen 127.0.0.1:9000 reuseport=g1
# socket: r2 = tcp listen 127.0.0.1:9000 reuseport=g1
# map: sock_map[0] = r1
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => errno EOPNOTSUPP
# run: tcp 10.0.0.1:4242 -> 127.0.0.1:9000 => errno EOPNOTSUPP
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
    r8 = r0
    r1 = r7
    call 86
    r0 = 1
    if r8 == 0 goto out
drop:
    r0 = 0
out:
    exit

# test: reuseport_tcp_no_reuseport
# socket: r1 = tcp listen 127.0.0.1:9000 reuseport=g1
# socket: r2 = tcp listen 127.0.0.1:9000 reuseport=g1
# map: sock_map[0] = r1
# map: sock_map[1] = r2
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass r1
# run: tcp 10.0.0.1:4243 -> 127.0.0.1:9000 => pass r1
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
    r3 = 2
    call 124
    r8 = r0
    r1 = r7
    call 86
    r0 = 1
    if r8 == 0 goto out
drop:
    r0 = 0
out:
    exit

# test: reuseport_single_member_group
# note: SO_REUSEPORT on a lone socket still makes it a (one-member) group: EOPNOTSUPP.
# socket: r1 = udp 127.0.0.1:5353 reuseport=solo
# map: sock_map[0] = r1
# run: udp 10.0.0.1:4242 -> 192.0.2.10:53 => errno EOPNOTSUPP
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
    r8 = r0
    r1 = r7
    call 86
    r0 = 1
    if r8 == 0 goto out
drop:
    r0 = 0
out:
    exit

# test: reuseport_udp_flag_by_port
# note: the same UDP group member selected with flags 0 on port 53 and NO_REUSEPORT on 54.
# socket: u1 = udp 127.0.0.1:5353 reuseport=dns
# socket: u2 = udp 127.0.0.1:5353 reuseport=dns
# map: sock_map[1] = u2
# run: udp 10.0.0.1:4242 -> 192.0.2.10:53 => errno EOPNOTSUPP
# run: udp 10.0.0.1:4242 -> 192.0.2.10:54 => pass u2
# run: udp 10.0.0.1:4242 -> 192.0.2.10:55 => pass
    r6 = r1
    r9 = *(u32 *)(r6 + 60)
    if r9 < 53 goto pass
    if r9 > 54 goto pass
    r9 -= 53
    r9 <<= 1
    r2 = 1
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto drop
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = r9
    call 124
    r8 = r0
    r1 = r7
    call 86
    r0 = 1
    if r8 == 0 goto out
drop:
    r0 = 0
out:
    exit
pass:
    r0 = 1
    exit

# test: reuseport_v6_group_for_v4_lookup
# note: a dual-stack IPv6 reuseport group selected for an IPv4 lookup behaves the same.
# socket: r1 = tcp listen [::]:9000 reuseport=g6
# socket: r2 = tcp listen [::]:9000 reuseport=g6
# map: sock_map[0] = r1
# map: sock_map[1] = r2
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => errno EOPNOTSUPP
# run: tcp [2001:db8::1]:4242 -> [2001:db8::2]:80 => errno EOPNOTSUPP
    r6 = r1
    r2 = 1
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
    r8 = r0
    r1 = r7
    call 86
    r0 = 1
    if r8 == 0 goto out
drop:
    r0 = 0
out:
    exit

# test: reuseport_replaced_by_plain_socket
# note: only the final selection matters: a reuseport member replaced by a plain listener.
# socket: r1 = tcp listen 127.0.0.1:9000 reuseport=g1
# socket: s1 = tcp listen 127.0.0.1:8080
# map: sock_map[0] = r1
# map: sock_map[1] = s1
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

# test: reuseport_plain_replaced_by_member
# note: the reverse: the final selection is the reuseport member, without the flag.
# socket: r1 = tcp listen 127.0.0.1:9000 reuseport=g1
# socket: s1 = tcp listen 127.0.0.1:8080
# map: sock_map[0] = r1
# map: sock_map[1] = s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => errno EOPNOTSUPP
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

# test: reuseport_selection_dropped
# note: a reuseport selection discarded by SK_DROP never reaches the reuseport step: the
# note: test run succeeds with verdict DROP.
# socket: r1 = tcp listen 127.0.0.1:9000 reuseport=g1
# map: sock_map[0] = r1
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => drop
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
    r1 = r7
    call 86
drop:
    r0 = 0
    exit

# test: reuseport_deselected_with_null
# note: NULL|REPLACE after selecting a reuseport member leaves nothing selected: plain PASS.
# socket: r1 = udp 127.0.0.1:5353 reuseport=g1
# map: sock_map[0] = r1
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
    r3 = 0
    call 124
    r8 = r0
    r1 = r7
    call 86
    if r8 != 0 goto drop
    r1 = r6
    r2 = 0
    r3 = 1
    call 124
    r8 = r0
    r0 = 1
    if r8 == 0 goto out
drop:
    r0 = 0
out:
    exit

# test: reuseport_replace_clears_no_reuseport
# note: no_reuseport belongs to the last successful assign: re-selecting the member with
# note: REPLACE only (flags 1) drops the earlier NO_REUSEPORT, so the test run fails.
# socket: r1 = tcp listen 127.0.0.1:9000 reuseport=g1
# socket: r2 = tcp listen 127.0.0.1:9000 reuseport=g1
# map: sock_map[0] = r1
# map: sock_map[1] = r2
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => errno EOPNOTSUPP
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
    r3 = 2
    call 124
    *(u64 *)(r10 - 16) = r0
    r1 = r6
    r2 = r7
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

# test: reuseport_replace_sets_no_reuseport
# note: the reverse: select r1 plainly, then REPLACE with r2 and NO_REUSEPORT (flags 3).
# socket: r1 = tcp listen 127.0.0.1:9000 reuseport=g1
# socket: r2 = tcp listen 127.0.0.1:9000 reuseport=g1
# map: sock_map[0] = r1
# map: sock_map[1] = r2
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass r2
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
    r3 = 3
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

# test: reuseport_failed_replace_keeps_flag
# note: a REPLACE that fails (-EEXIST cannot happen with REPLACE; here -EINVAL from flags 5)
# note: changes neither the selection nor its NO_REUSEPORT flag.
# socket: r1 = tcp listen 127.0.0.1:9000 reuseport=g1
# socket: r2 = tcp listen 127.0.0.1:9000 reuseport=g1
# map: sock_map[0] = r1
# map: sock_map[1] = r2
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass r1
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
    r3 = 2
    call 124
    *(u64 *)(r10 - 16) = r0
    r1 = r6
    r2 = r9
    r3 = 5
    call 124
    r8 = r0
    r1 = r9
    call 86
    r1 = r7
    call 86
    r0 = 0
    r1 = *(u64 *)(r10 - 16)
    if r1 != 0 goto out
    if r8 != -22 goto out
    r0 = 1
out:
    exit
release7:
    r1 = r7
    call 86
drop:
    r0 = 0
    exit
