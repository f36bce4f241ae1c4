# Runtime cases: steering lookups to sockets from a SOCKMAP by port, address, prefix and
# protocol. Every case runs under BPF_PROG_TEST_RUN; `pass NAME` means the program returned
# SK_PASS and NAME's cookie came back in ctx_out (sk_lookup-runtime.md §5).
.skmap sock_map, type=sockmap, key=4, value=8, max_entries=8
.license "GPL"

# test: steer_all_to_one
# note: unconditional steering: every tuple of the listener's protocol goes to it, whatever
# note: the destination address or port (the helper does not check the bound address/port).
# socket: s1 = tcp listen 127.0.0.1:8080
# map: sock_map[0] = s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:443 => pass s1
# run: tcp 198.51.100.7:1 -> 127.0.0.1:8080 => pass s1
# run: tcp 10.0.0.1:65535 -> 203.0.113.1:0 => pass s1
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
    if r8 == 0 goto out
drop:
    r0 = 0
out:
    exit

# test: steer_by_local_port
# note: local_port is host order: compare with the plain number.
# socket: web = tcp listen 127.0.0.1:8080
# socket: tls = tcp listen 127.0.0.1:8443
# map: sock_map[0] = web
# map: sock_map[1] = tls
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass web
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:443 => pass tls
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:22 => pass
# run: tcp 10.0.0.1:80 -> 192.0.2.10:8080 => pass
    r6 = r1
    r2 = *(u32 *)(r6 + 60)      # local_port
    r9 = 0
    if r2 == 80 goto assign
    r9 = 1
    if r2 == 443 goto assign
    r0 = 1
    exit
assign:
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

# test: steer_by_port_range
# note: ports 7000..7999 go to one socket, everything else is refused; the bounds are
# note: inclusive and checked with unsigned compares.
# socket: s1 = tcp listen 127.0.0.1:7000
# map: sock_map[0] = s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:7000 => pass s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:7500 => pass s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:7999 => pass s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:6999 => drop
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8000 => drop
# run: tcp 10.0.0.1:7100 -> 192.0.2.10:80 => drop
    r6 = r1
    r2 = *(u32 *)(r6 + 60)
    if r2 < 7000 goto drop
    if r2 > 7999 goto drop
    r2 = 0
    *(u32 *)(r10 - 4) = r2
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

# test: steer_by_local_ip4
# note: local_ip4 is network order: 192.0.2.10 reads as the little-endian word 0x0a0200c0.
# socket: s1 = tcp listen 127.0.0.1:8080
# map: sock_map[0] = s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:9999 => pass s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.11:80 => pass
# run: tcp 192.0.2.10:4242 -> 10.0.0.1:80 => pass
    r6 = r1
    r2 = *(u32 *)(r6 + 40)      # local_ip4
    if w2 != 0x0a0200c0 goto pass
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto pass
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124
    r1 = r7
    call 86
pass:
    r0 = 1
    exit

# test: steer_by_local_prefix24
# note: 192.0.2.0/24: the first three address bytes are the low three bytes of the word.
# socket: s1 = tcp listen 127.0.0.1:8080
# map: sock_map[0] = s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.0:80 => pass s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.1:80 => pass s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.255:443 => pass s1
# run: tcp 10.0.0.1:4242 -> 192.0.3.1:80 => drop
# run: tcp 10.0.0.1:4242 -> 198.51.100.1:80 => drop
# run: tcp 10.0.0.1:4242 -> 193.0.2.1:80 => drop
    r6 = r1
    r2 = *(u32 *)(r6 + 40)
    r2 &= 0xffffff
    if r2 != 0x0200c0 goto drop
    r2 = 0
    *(u32 *)(r10 - 4) = r2
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

# test: steer_by_remote_prefix8
# note: only clients from 10.0.0.0/8 (first byte of remote_ip4) are steered; others refused.
# socket: s1 = tcp listen 127.0.0.1:8080
# map: sock_map[0] = s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass s1
# run: tcp 10.255.255.254:1 -> 192.0.2.10:80 => pass s1
# run: tcp 11.0.0.1:4242 -> 192.0.2.10:80 => drop
# run: tcp 192.0.2.10:4242 -> 10.0.0.1:80 => drop
    r6 = r1
    r2 = *(u8 *)(r6 + 16)       # remote_ip4, first address byte
    if r2 != 10 goto drop
    r2 = 0
    *(u32 *)(r10 - 4) = r2
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

# test: steer_by_remote_port
# note: remote_port is a __be16: source port 53 (0x0035) loads as 0x3500.
# socket: s1 = udp 127.0.0.1:5353
# map: sock_map[0] = s1
# run: udp 10.0.0.1:53 -> 192.0.2.10:5353 => pass s1
# run: udp 10.0.0.1:53 -> 192.0.2.10:9 => pass s1
# run: udp 10.0.0.1:13568 -> 192.0.2.10:5353 => pass
# run: udp 10.0.0.1:5353 -> 192.0.2.10:53 => pass
    r6 = r1
    r2 = *(u16 *)(r6 + 36)      # remote_port
    if r2 != 0x3500 goto pass
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto pass
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124
    r1 = r7
    call 86
pass:
    r0 = 1
    exit

# test: steer_by_protocol
# note: one address, two protocols: TCP lookups get the TCP listener, UDP the UDP socket.
# socket: t = tcp listen 127.0.0.1:8053
# socket: u = udp 127.0.0.1:8053
# map: sock_map[0] = t
# map: sock_map[1] = u
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:53 => pass t
# run: udp 10.0.0.1:4242 -> 192.0.2.10:53 => pass u
# run: tcp [2001:db8::1]:4242 -> [2001:db8::53]:53 => drop
# run: udp [2001:db8::1]:4242 -> [2001:db8::53]:53 => drop
    r6 = r1
    r9 = 0
    r2 = *(u32 *)(r6 + 12)      # protocol
    if r2 == 6 goto assign
    r9 = 1
    if r2 == 17 goto assign
    goto drop
assign:
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

# test: steer_by_local_ip6_prefix
# note: 2001:db8::/32 is the first local_ip6 word, bytes 20 01 0d b8 = 0xb80d0120; an IPv4
# note: lookup reads the IPv6 words as 0 and falls through.
# socket: s6 = tcp listen [::1]:8080
# map: sock_map[0] = s6
# run: tcp [2001:db8::1]:4242 -> [2001:db8::10]:80 => pass s6
# run: tcp [2001:db8:ffff::1]:4242 -> [2001:db8:1::1]:443 => pass s6
# run: tcp [2001:db8::1]:4242 -> [2001:db9::10]:80 => pass
# run: tcp [2001:db8::1]:4242 -> [::1]:80 => pass
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass
    r6 = r1
    r2 = *(u32 *)(r6 + 44)      # first word of local_ip6
    if w2 != 0xb80d0120 goto pass
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto pass
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124
    r1 = r7
    call 86
pass:
    r0 = 1
    exit

# test: steer_key_from_port
# note: the SOCKMAP index is computed from the port (port - 8000); an empty slot or an index
# note: past max_entries (port 7999 wraps to 0xffffffff) makes the lookup return NULL.
# socket: a = tcp listen 127.0.0.1:9000
# socket: b = tcp listen 127.0.0.1:9001
# socket: c = tcp listen 127.0.0.1:9002
# map: sock_map[0] = a
# map: sock_map[1] = b
# map: sock_map[2] = c
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8000 => pass a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8001 => pass b
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8002 => pass c
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8003 => pass
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8100 => pass
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:7999 => pass
    r6 = r1
    r2 = *(u32 *)(r6 + 60)
    r2 -= 8000
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto pass
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124
    r1 = r7
    call 86
pass:
    r0 = 1
    exit

# test: steer_empty_slot_refused
# note: the lookup of an empty slot returns NULL; this program refuses such lookups.
# socket: s1 = tcp listen 127.0.0.1:8080
# map: sock_map[0] = s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => drop
# run: udp 10.0.0.1:4242 -> 192.0.2.10:80 => drop
    r6 = r1
    r2 = 5
    *(u32 *)(r10 - 4) = r2
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
    r1 = r7
    call 86
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: steer_pass_no_selection
# note: SK_PASS without a selection: the test run reports PASS and cookie 0.
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass
# run: udp 10.0.0.1:4242 -> 192.0.2.10:53 => pass
# run: tcp [2001:db8::1]:4242 -> [2001:db8::2]:80 => pass
    r0 = 1
    exit

# test: steer_drop_all
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => drop
# run: udp 10.0.0.1:4242 -> 192.0.2.10:53 => drop
# run: udp [2001:db8::1]:4242 -> [2001:db8::2]:53 => drop
    r0 = 0
    exit

# test: steer_selection_discarded_on_drop
# note: the assign succeeds but the program returns SK_DROP: the run array discards the
# note: selection, so the verdict is DROP and ctx_out's cookie is 0.
# socket: s1 = tcp listen 127.0.0.1:8080
# map: sock_map[0] = s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => drop
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8080 => drop
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto pass
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124
    r8 = r0
    r1 = r7
    call 86
    r0 = 0
    if r8 == 0 goto out
pass:
    r0 = 1
out:
    exit

# test: steer_port_and_protocol
# note: DNS on port 53: UDP and TCP go to their own sockets, anything else on 53 or any
# note: other port is refused.
# socket: dns_udp = udp 127.0.0.1:5353
# socket: dns_tcp = tcp listen 127.0.0.1:5353
# map: sock_map[3] = dns_udp
# map: sock_map[4] = dns_tcp
# run: udp 10.0.0.1:4242 -> 192.0.2.53:53 => pass dns_udp
# run: tcp 10.0.0.1:4242 -> 192.0.2.53:53 => pass dns_tcp
# run: udp 10.0.0.1:4242 -> 192.0.2.53:54 => drop
# run: tcp 10.0.0.1:53 -> 192.0.2.53:80 => drop
    r6 = r1
    r2 = *(u32 *)(r6 + 60)
    if r2 != 53 goto drop
    r9 = 3
    r2 = *(u32 *)(r6 + 12)
    if r2 == 17 goto assign
    r9 = 4
assign:
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
