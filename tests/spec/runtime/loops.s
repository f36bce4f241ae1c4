# Runtime cases: bounded loops (5.3+ verifier) in SK_LOOKUP programs, including loops that
# acquire and release socket references on every iteration.
.skmap sock_map, type=sockmap, key=4, value=8, max_entries=8
.license "GPL"

# test: loop_scan_sockmap_for_port
# note: walk sock_map[0..7], read each socket's bound port (struct bpf_sock src_port, host
# note: order) and select the first one bound to the lookup's destination port; release
# note: every socket looked at. No match: SK_DROP.
# socket: a = tcp listen 127.0.0.1:8081
# socket: b = tcp listen 127.0.0.1:8083
# socket: c = tcp listen 127.0.0.1:8086
# socket: u = udp 127.0.0.1:8083
# map: sock_map[1] = a
# map: sock_map[3] = b
# map: sock_map[6] = c
# map: sock_map[7] = u
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8081 => pass a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8083 => pass b
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8086 => pass c
# run: udp 10.0.0.1:4242 -> 192.0.2.10:8083 => drop
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8082 => drop
    r6 = r1
    r9 = 0
next:
    *(u32 *)(r10 - 4) = r9
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto skip
    r7 = r0
    r2 = *(u32 *)(r7 + 44)      # sk->src_port
    r3 = *(u32 *)(r6 + 60)      # local_port
    if r2 != r3 goto release
    r1 = r6
    r2 = r7
    r3 = 0
    call 124
    r8 = r0
    r1 = r7
    call 86
    r0 = 1
    if r8 == 0 goto out
    r0 = 0
out:
    exit
release:
    r1 = r7
    call 86
skip:
    r9 += 1
    if r9 < 8 goto next
    r0 = 0
    exit

# test: loop_first_socket_that_accepts
# note: try sock_map[0..7] in order and keep the first socket bpf_sk_assign accepts: a TCP
# note: lookup skips the UDP socket in slot 0, an IPv6 lookup also skips the IPv4 listener in
# note: slot 2 and lands on the IPv6 one in slot 5.
# socket: u = udp 127.0.0.1:5353
# socket: t4 = tcp listen 127.0.0.1:8080
# socket: t6 = tcp listen [::1]:8080
# map: sock_map[0] = u
# map: sock_map[2] = t4
# map: sock_map[5] = t6
# run: udp 10.0.0.1:4242 -> 192.0.2.10:53 => pass u
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass t4
# run: tcp [2001:db8::1]:4242 -> [2001:db8::2]:80 => pass t6
# run: udp [2001:db8::1]:4242 -> [2001:db8::2]:53 => drop
    r6 = r1
    r9 = 0
next:
    *(u32 *)(r10 - 4) = r9
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto skip
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
skip:
    r9 += 1
    if r9 < 8 goto next
    r0 = 0
out:
    exit

# test: loop_replace_keeps_last
# note: assign every socket found in sock_map[0..7] with REPLACE: the last one wins.
# socket: a = tcp listen 127.0.0.1:8080
# socket: b = tcp listen 127.0.0.1:8081
# socket: c = tcp listen 127.0.0.1:8082
# map: sock_map[0] = a
# map: sock_map[4] = b
# map: sock_map[6] = c
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass c
# run: tcp [2001:db8::1]:4242 -> [2001:db8::2]:80 => pass
    r6 = r1
    r9 = 0
next:
    *(u32 *)(r10 - 4) = r9
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto skip
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 1
    call 124
    r1 = r7
    call 86
skip:
    r9 += 1
    if r9 < 8 goto next
    r0 = 1
    exit

# test: loop_popcount_port_selects_slot
# note: count the set bits of local_port in a 16-round loop and use the count as the SOCKMAP
# note: index: 80 = 0b1010000 (2 bits), 443 = 0b110111011 (7 bits), 7 (3 bits, empty slot).
# socket: two = tcp listen 127.0.0.1:8080
# socket: seven = tcp listen 127.0.0.1:8081
# map: sock_map[2] = two
# map: sock_map[7] = seven
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass two
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:443 => pass seven
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:3 => pass two
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:7 => drop
    r6 = r1
    r2 = *(u32 *)(r6 + 60)
    r3 = 0
    r4 = 0
bit:
    r5 = r2
    r5 &= 1
    r3 += r5
    r2 >>= 1
    r4 += 1
    if r4 < 16 goto bit
    *(u32 *)(r10 - 4) = r3
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
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

# test: loop_port_table_on_stack
# note: a table of allowed ports written to the stack and searched with a variable stack
# note: offset; the matching entry's position is the SOCKMAP index.
# socket: p80 = tcp listen 127.0.0.1:8080
# socket: p443 = tcp listen 127.0.0.1:8443
# socket: p8080 = tcp listen 127.0.0.1:8081
# map: sock_map[0] = p80
# map: sock_map[1] = p443
# map: sock_map[2] = p8080
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass p80
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:443 => pass p443
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8080 => pass p8080
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8443 => drop
    r6 = r1
    r2 = 80
    *(u32 *)(r10 - 16) = r2
    r2 = 443
    *(u32 *)(r10 - 12) = r2
    r2 = 8080
    *(u32 *)(r10 - 8) = r2
    r9 = 0
    r3 = *(u32 *)(r6 + 60)
search:
    r2 = r9
    r2 <<= 2
    r1 = r10
    r1 += -16
    r1 += r2
    r2 = *(u32 *)(r1 + 0)
    if r2 == r3 goto found
    r9 += 1
    if r9 < 3 goto search
    goto drop
found:
    *(u32 *)(r10 - 4) = r9
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
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
