# Runtime cases: the values of context loads, including narrow loads
# (sk_lookup-context.md §3.2). Each program compares what it loads with the expected constant
# and returns SK_PASS only if every comparison holds; a second tuple with different values
# shows the comparison is real (DROP).
#
# Values used below (little-endian host):
#   10.1.2.3    -> remote_ip4 word 0x0302010a     192.0.2.10 -> local_ip4 word 0x0a0200c0
#   port 4660 = 0x1234 -> remote_port (__be16 read as u16) 0x3412
#   port 8080 = 0x1f90 -> local_port 0x1f90 (host order)
#   2001:db8::1 -> words 0xb80d0120, 0, 0, 0x01000000
.skmap sock_map, type=sockmap, key=4, value=8, max_entries=8
.license "GPL"

# test: ctx_family_v4
# run: tcp 10.1.2.3:4660 -> 192.0.2.10:8080 => pass
# run: udp 10.1.2.3:4660 -> 192.0.2.10:8080 => pass
# run: tcp [2001:db8::1]:4660 -> [2001:db8::2]:8080 => drop
    r2 = *(u32 *)(r1 + 8)  # family
    if r2 != 2 goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: ctx_family_v6
# run: tcp [2001:db8::1]:4660 -> [2001:db8::2]:8080 => pass
# run: udp [::1]:1 -> [::1]:2 => pass
# run: tcp 10.1.2.3:4660 -> 192.0.2.10:8080 => drop
    r2 = *(u32 *)(r1 + 8)
    if r2 != 0xa goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: ctx_family_narrow_loads
# note: family is a u16 in the kernel: the 2-byte load at +2 returns the value again (the
# note: verifier ignores the offset inside the field), 1-byte loads at +2/+3 return 0.
# run: tcp 10.1.2.3:4660 -> 192.0.2.10:8080 => pass
# run: tcp [2001:db8::1]:4660 -> [2001:db8::2]:8080 => drop
    r2 = *(u16 *)(r1 + 8)
    if r2 != 2 goto drop
    r2 = *(u16 *)(r1 + 10)  # quirk, not 0
    if r2 != 2 goto drop
    r2 = *(u8 *)(r1 + 8)
    if r2 != 2 goto drop
    r2 = *(u8 *)(r1 + 9)
    if r2 != 0 goto drop
    r2 = *(u8 *)(r1 + 10)
    if r2 != 0 goto drop
    r2 = *(u8 *)(r1 + 11)
    if r2 != 0 goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: ctx_family_narrow_v6
# run: udp [2001:db8::1]:4660 -> [2001:db8::2]:8080 => pass
# run: udp 10.1.2.3:4660 -> 192.0.2.10:8080 => drop
    r2 = *(u16 *)(r1 + 8)
    if r2 != 0xa goto drop
    r2 = *(u16 *)(r1 + 10)  # quirk
    if r2 != 0xa goto drop
    r2 = *(u8 *)(r1 + 8)
    if r2 != 0xa goto drop
    r2 = *(u8 *)(r1 + 9)
    if r2 != 0 goto drop
    r2 = *(u8 *)(r1 + 11)
    if r2 != 0 goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: ctx_protocol_udp
# run: udp 10.1.2.3:4660 -> 192.0.2.10:8080 => pass
# run: udp [2001:db8::1]:4660 -> [2001:db8::2]:8080 => pass
# run: tcp 10.1.2.3:4660 -> 192.0.2.10:8080 => drop
    r2 = *(u32 *)(r1 + 12)  # protocol
    if r2 != 0x11 goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: ctx_protocol_narrow_tcp
# note: protocol is a u16 in the kernel: 2 bytes at +2 give 6 again, not 0.
# run: tcp 10.1.2.3:4660 -> 192.0.2.10:8080 => pass
# run: tcp [2001:db8::1]:4660 -> [2001:db8::2]:8080 => pass
# run: udp 10.1.2.3:4660 -> 192.0.2.10:8080 => drop
    r2 = *(u16 *)(r1 + 12)
    if r2 != 6 goto drop
    r2 = *(u16 *)(r1 + 14)  # quirk
    if r2 != 6 goto drop
    r2 = *(u8 *)(r1 + 12)
    if r2 != 6 goto drop
    r2 = *(u8 *)(r1 + 13)
    if r2 != 0 goto drop
    r2 = *(u8 *)(r1 + 14)
    if r2 != 0 goto drop
    r2 = *(u8 *)(r1 + 15)
    if r2 != 0 goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: ctx_local_port
# note: local_port is host order.
# run: tcp 10.1.2.3:4660 -> 192.0.2.10:8080 => pass
# run: udp 10.1.2.3:4660 -> 192.0.2.10:8080 => pass
# run: tcp 10.1.2.3:4660 -> 192.0.2.10:8081 => drop
# run: tcp 10.1.2.3:8080 -> 192.0.2.10:36895 => drop
    r2 = *(u32 *)(r1 + 60)
    if r2 != 0x1f90 goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: ctx_local_port_narrow_loads
# note: local_port is a u16 in the kernel: u16 at +2 is the port again (quirk); bytes are
# note: 0x90, 0x1f, 0, 0.
# run: tcp 10.1.2.3:4660 -> 192.0.2.10:8080 => pass
# run: tcp 10.1.2.3:4660 -> 192.0.2.10:8081 => drop
    r2 = *(u16 *)(r1 + 60)
    if r2 != 0x1f90 goto drop
    r2 = *(u16 *)(r1 + 62)  # quirk, not 0
    if r2 != 0x1f90 goto drop
    r2 = *(u8 *)(r1 + 60)
    if r2 != 0x90 goto drop
    r2 = *(u8 *)(r1 + 61)
    if r2 != 0x1f goto drop
    r2 = *(u8 *)(r1 + 62)
    if r2 != 0 goto drop
    r2 = *(u8 *)(r1 + 63)
    if r2 != 0 goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: ctx_remote_port_network_order
# note: remote_port is a __be16: port 0x1234 reads as 0x3412 with 2- and 4-byte loads; byte
# note: 36 is the high byte of the port number. The byte-swapped port 0x3412 must not match.
# run: tcp 10.1.2.3:4660 -> 192.0.2.10:8080 => pass
# run: udp 10.1.2.3:4660 -> 192.0.2.10:53 => pass
# run: tcp 10.1.2.3:13330 -> 192.0.2.10:8080 => drop
    r2 = *(u16 *)(r1 + 36)
    if r2 != 0x3412 goto drop
    r2 = *(u32 *)(r1 + 36)  # 4-byte compat load
    if r2 != 0x3412 goto drop
    r2 = *(u8 *)(r1 + 36)
    if r2 != 0x12 goto drop
    r2 = *(u8 *)(r1 + 37)
    if r2 != 0x34 goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: ctx_remote_port_padding_reads_zero
# kernel: since 5.18
# note: before 5.18 bytes 36..39 were one 4-byte remote_port field backed by a u16, and a 2-byte load at 38 returned the port again.
# note: bytes 38..39 after remote_port are padding and read 0, whatever the port.
# run: tcp 10.1.2.3:65535 -> 192.0.2.10:8080 => pass
# run: udp [2001:db8::1]:4660 -> [2001:db8::2]:8080 => pass
    r2 = *(u16 *)(r1 + 38)
    if r2 != 0 goto drop
    r2 = *(u8 *)(r1 + 38)
    if r2 != 0 goto drop
    r2 = *(u8 *)(r1 + 39)
    if r2 != 0 goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: ctx_remote_ip4_narrow_loads
# note: remote_ip4 is a real 4-byte field: narrow loads are plain byte/half-word reads.
# run: tcp 10.1.2.3:4660 -> 192.0.2.10:8080 => pass
# run: tcp 10.1.2.4:4660 -> 192.0.2.10:8080 => drop
    r2 = *(u32 *)(r1 + 16)
    if r2 != 0x302010a goto drop
    r2 = *(u16 *)(r1 + 16)
    if r2 != 0x10a goto drop
    r2 = *(u16 *)(r1 + 18)
    if r2 != 0x302 goto drop
    r2 = *(u8 *)(r1 + 16)
    if r2 != 0xa goto drop
    r2 = *(u8 *)(r1 + 17)
    if r2 != 1 goto drop
    r2 = *(u8 *)(r1 + 18)
    if r2 != 2 goto drop
    r2 = *(u8 *)(r1 + 19)
    if r2 != 3 goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: ctx_local_ip4_narrow_loads
# run: udp 10.1.2.3:4660 -> 192.0.2.10:8080 => pass
# run: udp 10.1.2.3:4660 -> 192.0.2.11:8080 => drop
    r2 = *(u32 *)(r1 + 40)
    if r2 != 0xa0200c0 goto drop
    r2 = *(u16 *)(r1 + 40)
    if r2 != 0xc0 goto drop
    r2 = *(u16 *)(r1 + 42)
    if r2 != 0xa02 goto drop
    r2 = *(u8 *)(r1 + 40)
    if r2 != 0xc0 goto drop
    r2 = *(u8 *)(r1 + 41)
    if r2 != 0 goto drop
    r2 = *(u8 *)(r1 + 42)
    if r2 != 2 goto drop
    r2 = *(u8 *)(r1 + 43)
    if r2 != 0xa goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: ctx_ip6_words_zero_for_v4
# note: for an IPv4 lookup every remote_ip6/local_ip6 word reads 0 (no v4-mapped form).
# run: tcp 10.1.2.3:4660 -> 192.0.2.10:8080 => pass
# run: udp 255.255.255.255:65535 -> 255.255.255.255:65535 => pass
# run: tcp [2001:db8::1]:4660 -> [2001:db8::2]:8080 => drop
    r2 = *(u32 *)(r1 + 20)
    if r2 != 0 goto drop
    r2 = *(u32 *)(r1 + 24)
    if r2 != 0 goto drop
    r2 = *(u32 *)(r1 + 28)
    if r2 != 0 goto drop
    r2 = *(u32 *)(r1 + 32)
    if r2 != 0 goto drop
    r2 = *(u32 *)(r1 + 44)
    if r2 != 0 goto drop
    r2 = *(u32 *)(r1 + 48)
    if r2 != 0 goto drop
    r2 = *(u32 *)(r1 + 52)
    if r2 != 0 goto drop
    r2 = *(u32 *)(r1 + 56)
    if r2 != 0 goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: ctx_ip4_zero_for_v6
# note: for an IPv6 lookup remote_ip4 and local_ip4 read 0, even for v4-mapped addresses.
# run: tcp [2001:db8::1]:4660 -> [2001:db8::2]:8080 => pass
# run: tcp [::ffff:10.1.2.3]:4660 -> [::ffff:192.0.2.10]:8080 => pass
# run: tcp 10.1.2.3:4660 -> 192.0.2.10:8080 => drop
    r2 = *(u32 *)(r1 + 16)
    if r2 != 0 goto drop
    r2 = *(u32 *)(r1 + 40)
    if r2 != 0 goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: ctx_remote_ip6_words
# note: 2001:db8::1 as four little-endian words of network-order bytes.
# run: tcp [2001:db8::1]:4660 -> [::1]:8080 => pass
# run: udp [2001:db8::1]:1 -> [2001:db8::1]:2 => pass
# run: tcp [2001:db8::2]:4660 -> [::1]:8080 => drop
    r2 = *(u32 *)(r1 + 20)
    if w2 != 0xb80d0120 goto drop
    r2 = *(u32 *)(r1 + 24)
    if r2 != 0 goto drop
    r2 = *(u32 *)(r1 + 28)
    if r2 != 0 goto drop
    r2 = *(u32 *)(r1 + 32)
    if r2 != 0x1000000 goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: ctx_local_ip6_narrow_loads
# note: 2001:db8:1:2:3:4:5:6 = bytes 20 01 0d b8 00 01 00 02 00 03 00 04 00 05 00 06.
# run: tcp [2001:db8::1]:4660 -> [2001:db8:1:2:3:4:5:6]:8080 => pass
# run: tcp [2001:db8::1]:4660 -> [2001:db8:1:2:3:4:5:7]:8080 => drop
    r2 = *(u32 *)(r1 + 44)
    if w2 != 0xb80d0120 goto drop
    r2 = *(u16 *)(r1 + 44)
    if r2 != 0x120 goto drop
    r2 = *(u16 *)(r1 + 46)
    if r2 != 0xb80d goto drop
    r2 = *(u8 *)(r1 + 47)
    if r2 != 0xb8 goto drop
    r2 = *(u32 *)(r1 + 48)
    if r2 != 0x2000100 goto drop
    r2 = *(u16 *)(r1 + 48)
    if r2 != 0x100 goto drop
    r2 = *(u16 *)(r1 + 50)
    if r2 != 0x200 goto drop
    r2 = *(u8 *)(r1 + 49)
    if r2 != 1 goto drop
    r2 = *(u32 *)(r1 + 52)
    if r2 != 0x4000300 goto drop
    r2 = *(u8 *)(r1 + 55)
    if r2 != 4 goto drop
    r2 = *(u16 *)(r1 + 58)
    if r2 != 0x600 goto drop
    r2 = *(u8 *)(r1 + 59)
    if r2 != 6 goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: ctx_v4_mapped_is_v6
# note: a v4-mapped IPv6 tuple is an AF_INET6 lookup: family 10, address in the last two words.
# run: udp [::ffff:10.1.2.3]:4660 -> [::ffff:192.0.2.10]:8080 => pass
# run: udp 10.1.2.3:4660 -> 192.0.2.10:8080 => drop
    r2 = *(u32 *)(r1 + 8)
    if r2 != 0xa goto drop
    r2 = *(u32 *)(r1 + 44)
    if r2 != 0 goto drop
    r2 = *(u32 *)(r1 + 48)
    if r2 != 0 goto drop
    r2 = *(u32 *)(r1 + 52)
    if w2 != 0xffff0000 goto drop
    r2 = *(u32 *)(r1 + 56)
    if r2 != 0xa0200c0 goto drop
    r2 = *(u32 *)(r1 + 32)
    if r2 != 0x302010a goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: ctx_ingress_ifindex_zero_in_test_run
# kernel: since 5.16
# note: BPF_PROG_TEST_RUN cannot set ingress_ifindex: it always reads 0 there.
# run: tcp 10.1.2.3:4660 -> 192.0.2.10:8080 => pass
# run: udp [2001:db8::1]:4660 -> [2001:db8::2]:8080 => pass
    r2 = *(u32 *)(r1 + 64)
    if r2 != 0 goto drop
    r2 = *(u16 *)(r1 + 64)
    if r2 != 0 goto drop
    r2 = *(u16 *)(r1 + 66)
    if r2 != 0 goto drop
    r2 = *(u8 *)(r1 + 64)
    if r2 != 0 goto drop
    r2 = *(u8 *)(r1 + 67)
    if r2 != 0 goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: ctx_memsx_local_port
# kernel: since 6.6
# note: sign-extending loads (cpu v4, BPF_MEMSX) use the plain value then sign-extend: port
# note: 0xfedc via s16 at +2 (quirk) is -292; port 0x80 via s8 is -128 only for port 128.
# run: tcp 10.1.2.3:4660 -> 192.0.2.10:65244 => pass
# run: tcp 10.1.2.3:4660 -> 192.0.2.10:8080 => drop
    r2 = *(s16 *)(r1 + 62)
    if r2 != -292 goto drop
    r2 = *(s16 *)(r1 + 60)
    if r2 != -292 goto drop
    r2 = *(s32 *)(r1 + 60)
    if r2 != 65244 goto drop
    r2 = *(s8 *)(r1 + 60)
    if r2 != -36 goto drop
    r2 = *(s8 *)(r1 + 61)
    if r2 != -2 goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: ctx_memsx_remote_ip4
# kernel: since 6.6
# note: 240.0.0.240 is the word 0xf00000f0; s32 gives 0xfffffffff00000f0, s16 at +2 gives
# note: 0xfffffffffffff000 (-4096), s8 at +3 gives -16.
# run: udp 240.0.0.240:4660 -> 192.0.2.10:8080 => pass
# run: udp 10.1.2.3:4660 -> 192.0.2.10:8080 => drop
    r2 = *(s32 *)(r1 + 16)
    if r2 != -268435216 goto drop
    r2 = *(s16 *)(r1 + 18)
    if r2 != -4096 goto drop
    r2 = *(s8 *)(r1 + 19)
    if r2 != -16 goto drop
    r2 = *(s8 *)(r1 + 17)
    if r2 != 0 goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: ctx_sk_null_before_assign
# note: no earlier program in a test run: ctx->sk starts NULL.
# run: tcp 10.1.2.3:4660 -> 192.0.2.10:8080 => pass
# run: udp [2001:db8::1]:4660 -> [2001:db8::2]:8080 => pass
    r2 = *(u64 *)(r1 + 0)
    if r2 != 0 goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: ctx_sk_fields_after_assign_tcp
# note: after a successful assign ctx->sk is the selected socket; its struct bpf_sock fields:
# note: family 2, type 1 (SOCK_STREAM), protocol 6, src_port in host order, src_ip4
# note: 127.0.0.1 (0x0100007f), state 10 (BPF_TCP_LISTEN).
# socket: s1 = tcp listen 127.0.0.1:8080
# map: sock_map[0] = s1
# run: tcp 10.1.2.3:4660 -> 192.0.2.10:80 => pass s1
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
    r9 = *(u64 *)(r6 + 0)       # ctx->sk, after the assign
    if r9 == 0 goto drop
    r2 = *(u32 *)(r9 + 4)  # sk->family
    if r2 != 2 goto drop
    r2 = *(u32 *)(r9 + 8)  # sk->type
    if r2 != 1 goto drop
    r2 = *(u32 *)(r9 + 12)  # sk->protocol
    if r2 != 6 goto drop
    r2 = *(u32 *)(r9 + 44)  # sk->src_port
    if r2 != 0x1f90 goto drop
    r2 = *(u32 *)(r9 + 24)  # sk->src_ip4
    if r2 != 0x100007f goto drop
    r2 = *(u32 *)(r9 + 72)  # sk->state
    if r2 != 0xa goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: ctx_sk_fields_after_assign_udp
# note: an unconnected UDP socket: type 2 (SOCK_DGRAM), protocol 17, state 7 (BPF_TCP_CLOSE).
# socket: u = udp 127.0.0.1:5353
# map: sock_map[0] = u
# run: udp 10.1.2.3:4660 -> 192.0.2.10:53 => pass u
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
    r9 = *(u64 *)(r6 + 0)       # ctx->sk, after the assign
    if r9 == 0 goto drop
    r2 = *(u32 *)(r9 + 4)
    if r2 != 2 goto drop
    r2 = *(u32 *)(r9 + 8)
    if r2 != 2 goto drop
    r2 = *(u32 *)(r9 + 12)
    if r2 != 0x11 goto drop
    r2 = *(u32 *)(r9 + 44)
    if r2 != 0x14e9 goto drop
    r2 = *(u32 *)(r9 + 72)
    if r2 != 7 goto drop
    r2 = *(u16 *)(r9 + 48)  # sk->dst_port
    if r2 != 0 goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: ctx_sk_dual_stack_family
# note: an IPv4 lookup steered to a dual-stack IPv6 socket: ctx->family stays 2 while the
# note: selected socket's family is 10.
# socket: s6 = tcp listen [::]:8080
# map: sock_map[0] = s6
# run: tcp 10.1.2.3:4660 -> 192.0.2.10:80 => pass s6
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
    r9 = *(u64 *)(r6 + 0)       # ctx->sk, after the assign
    if r9 == 0 goto drop
    r2 = *(u32 *)(r6 + 8)
    if r2 != 2 goto drop
    r2 = *(u32 *)(r9 + 4)  # sk->family
    if r2 != 0xa goto drop
    r2 = *(u32 *)(r9 + 44)
    if r2 != 0x1f90 goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: ctx_sk_null_after_null_replace
# note: ctx->sk follows the selection: non-NULL after an assign, NULL after NULL|REPLACE.
# socket: s1 = tcp listen 127.0.0.1:8080
# map: sock_map[0] = s1
# run: tcp 10.1.2.3:4660 -> 192.0.2.10:80 => pass
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
    r9 = *(u64 *)(r6 + 0)       # ctx->sk, after the assign
    if r9 == 0 goto drop
    r1 = r6
    r2 = 0
    r3 = 1
    call 124
    if r0 != 0 goto drop
    r2 = *(u64 *)(r6 + 0)
    if r2 != 0 goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: ctx_sk_reassigned_with_replace
# note: ctx->sk passed unchecked: see ctx_sk_null_passed_to_assign for the kernel-version caveat.
# note: ctx->sk passed back to bpf_sk_assign (it may be NULL, no check needed) with REPLACE
# note: re-selects the same socket: 0, still selected.
# socket: s1 = udp 127.0.0.1:5353
# map: sock_map[0] = s1
# run: udp 10.1.2.3:4660 -> 192.0.2.10:53 => pass s1
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
    r9 = *(u64 *)(r6 + 0)       # ctx->sk, after the assign
    if r9 == 0 goto drop
    r1 = r6
    r2 = *(u64 *)(r6 + 0)
    r3 = 1
    call 124
    if r0 != 0 goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: ctx_sk_null_passed_to_assign
# note: the verifier accepts the unchecked ctx->sk (sock_or_null) as the socket argument on 6.18; 5.9 refused it (first release accepting it UNCONFIRMED).
# note: ctx->sk is NULL before any selection; assigning it (not NULL-checked) returns 0.
# run: tcp 10.1.2.3:4660 -> 192.0.2.10:8080 => pass
    r6 = r1
    r2 = *(u64 *)(r6 + 0)
    r3 = 0
    call 124
    if r0 != 0 goto drop
    r0 = 1
    exit
drop:
    r0 = 0
    exit
