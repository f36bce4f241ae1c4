# Runtime cases: address families (sk_lookup-helpers.md §3.2 row 6, sk_lookup-runtime.md §4).
# An IPv4 lookup may select a dual-stack IPv6 socket (IPV6_V6ONLY off) but not a v6-only one;
# an IPv6 lookup may select only IPv6 sockets. The programs here steer and return SK_DROP when
# bpf_sk_assign refuses, so a refused family shows as `drop`.
.skmap sock_map, type=sockmap, key=4, value=8, max_entries=8
.license "GPL"

# test: family_v4_to_dual_stack_tcp
# socket: s6 = tcp listen [::]:8080
# map: sock_map[0] = s6
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass s6
# run: tcp 127.0.0.1:4242 -> 127.0.0.1:8080 => pass s6
# run: tcp [2001:db8::1]:4242 -> [2001:db8::2]:80 => pass s6
    r6 = r1
    r9 = 0
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

# test: family_v4_to_dual_stack_udp
# socket: u6 = udp [::]:5353
# map: sock_map[0] = u6
# run: udp 10.0.0.1:4242 -> 192.0.2.10:53 => pass u6
# run: udp [2001:db8::1]:4242 -> [2001:db8::2]:53 => pass u6
    r6 = r1
    r9 = 0
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

# test: family_v4_to_v6_socket_bound_to_v6_address
# note: binding an IPv6 socket to a specific non-v4-mapped address (here ::1) makes the
# note: kernel set sk_ipv6only (net/ipv6/af_inet6.c __inet6_bind) even without IPV6_V6ONLY,
# note: so bpf_sk_assign refuses it for IPv4 lookups with -EAFNOSUPPORT, like a v6only
# note: socket. Observed on 6.18; the spec docs only speak of the IPV6_V6ONLY option.
# socket: s6 = tcp listen [::1]:8080
# map: sock_map[0] = s6
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => drop
# run: tcp 127.0.0.1:4242 -> 127.0.0.1:8080 => drop
# run: tcp [2001:db8::1]:4242 -> [2001:db8::2]:80 => pass s6
    r6 = r1
    r9 = 0
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

# test: family_v6_socket_bound_to_v4_mapped_address
# note: an IPv6 socket bound to a v4-mapped address keeps sk_ipv6only off: it is an AF_INET6
# note: socket that accepts IPv4 lookups and (the helper does not check the bound address)
# note: IPv6 lookups too.
# socket: m6 = tcp listen [::ffff:127.0.0.1]:8080
# map: sock_map[0] = m6
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass m6
# run: tcp [2001:db8::1]:4242 -> [2001:db8::2]:80 => pass m6
    r6 = r1
    r9 = 0
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

# test: family_v4_to_v6only_tcp_refused
# socket: s6 = tcp listen [::]:8080 v6only
# map: sock_map[0] = s6
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => drop
# run: tcp [2001:db8::1]:4242 -> [2001:db8::2]:80 => pass s6
    r6 = r1
    r9 = 0
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

# test: family_v4_to_v6only_udp_refused
# socket: u6 = udp [::]:5353 v6only
# map: sock_map[0] = u6
# run: udp 10.0.0.1:4242 -> 192.0.2.10:53 => drop
# run: udp [::1]:4242 -> [::1]:53 => pass u6
    r6 = r1
    r9 = 0
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

# test: family_v6_to_v4_tcp_refused
# socket: s4 = tcp listen 0.0.0.0:8080
# map: sock_map[0] = s4
# run: tcp [2001:db8::1]:4242 -> [2001:db8::2]:80 => drop
# run: tcp [::1]:4242 -> [::1]:8080 => drop
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass s4
    r6 = r1
    r9 = 0
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

# test: family_v6_to_v4_udp_refused
# socket: u4 = udp 127.0.0.1:5353
# map: sock_map[0] = u4
# run: udp [2001:db8::1]:4242 -> [2001:db8::2]:53 => drop
# run: udp 10.0.0.1:4242 -> 192.0.2.10:53 => pass u4
    r6 = r1
    r9 = 0
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

# test: family_v4_mapped_lookup_is_ipv6
# note: a lookup with v4-mapped IPv6 addresses is an AF_INET6 lookup: an IPv4 socket is
# note: refused, a dual-stack IPv6 socket accepted. This is the test run's (it takes the
# note: context as given); a real packet for such a tuple is IPv4 (crates/vm/tests/
# note: deliver_kernel.rs, unusual tuples).
# socket: s4 = tcp listen 127.0.0.1:8080
# socket: s6 = tcp listen [::]:8081
# map: sock_map[0] = s4
# map: sock_map[1] = s6
# run: tcp [::ffff:10.0.0.1]:4242 -> [::ffff:192.0.2.10]:80 => drop
# run: tcp [::ffff:10.0.0.1]:4242 -> [::ffff:192.0.2.10]:81 => pass s6
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass s4
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:81 => pass s6
    r6 = r1
    r9 = *(u32 *)(r6 + 60)
    r9 -= 80
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

# test: family_v6only_and_dual_stack_for_v6
# note: both IPv6 sockets accept IPv6 lookups; only the dual-stack one accepts IPv4.
# socket: only6 = tcp listen [::]:8080 v6only
# socket: dual = tcp listen [::]:8081
# map: sock_map[0] = only6
# map: sock_map[1] = dual
# run: tcp [2001:db8::1]:4242 -> [2001:db8::2]:80 => pass only6
# run: tcp [2001:db8::1]:4242 -> [2001:db8::2]:81 => pass dual
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => drop
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:81 => pass dual
    r6 = r1
    r9 = *(u32 *)(r6 + 60)
    r9 -= 80
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

# test: family_dispatch_on_ctx_family
# note: choose the socket from ctx->family: IPv4 to an IPv4 listener, IPv6 to a v6-only one.
# socket: s4 = tcp listen 127.0.0.1:8080
# socket: s6 = tcp listen [::1]:8080 v6only
# map: sock_map[0] = s4
# map: sock_map[1] = s6
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass s4
# run: tcp [2001:db8::1]:4242 -> [2001:db8::2]:80 => pass s6
# run: tcp [::ffff:10.0.0.1]:4242 -> [::ffff:192.0.2.10]:80 => pass s6
    r6 = r1
    r9 = 0
    r2 = *(u32 *)(r6 + 8)
    if r2 == 2 goto pick
    r9 = 1
pick:
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
