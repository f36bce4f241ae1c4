# Runtime cases: maps. SOCKHASH lookups keyed by lookup fields, SOCKMAP/SOCKHASH updates and
# deletes from the program, and non-socket maps (array, hash, lpm_trie) used as configuration.
# The case format can only put sockets into maps (`# map: MAP[KEY] = SOCKET`), so the
# configuration maps here are either read at their initial state (array slots are zero) or
# filled by the program itself before it reads them; every run gives the same result no
# matter how often the case's maps were updated by earlier runs.
.skmap sock_map, type=sockmap, key=4, value=8, max_entries=8
.skmap sock_hash, type=sockhash, key=4, value=8, max_entries=8
.skmap sock_hash64, type=sockhash, key=8, value=8, max_entries=8
.skmap config, type=array, key=4, value=4, max_entries=4
.skmap port_cfg, type=hash, key=4, value=4, max_entries=16
.skmap prefixes, type=lpm_trie, key=8, value=4, max_entries=16, flags=1
.license "GPL"

# test: sockhash_by_local_port
# note: SOCKHASH keyed by the destination port (u32, host order).
# socket: web = tcp listen 127.0.0.1:8080
# socket: tls = tcp listen 127.0.0.1:8443
# map: sock_hash[80] = web
# map: sock_hash[443] = tls
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass web
# run: tcp 10.0.0.1:4242 -> 198.51.100.1:443 => pass tls
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:22 => drop
# run: tcp 10.0.0.1:80 -> 192.0.2.10:8080 => drop
    r6 = r1
    r2 = *(u32 *)(r6 + 60)
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_hash ll
    call 1
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

# test: sockhash_by_local_ip4
# note: SOCKHASH keyed by the 4 destination address bytes as stored in local_ip4: the key of
# note: 192.0.2.10 is the little-endian word 0x0a0200c0, 198.51.100.1 is 0x016433c6.
# socket: a = tcp listen 127.0.0.1:8080
# socket: b = udp 127.0.0.1:8080
# map: sock_hash[0x0a0200c0] = a
# map: sock_hash[0x016433c6] = b
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass a
# run: udp 10.0.0.1:4242 -> 198.51.100.1:53 => pass b
# run: tcp 10.0.0.1:4242 -> 198.51.100.1:53 => drop
# run: tcp 10.0.0.1:4242 -> 192.0.2.11:80 => drop
    r6 = r1
    r2 = *(u32 *)(r6 + 40)
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_hash ll
    call 1
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

# test: sockhash_by_protocol_and_port
# note: 8-byte SOCKHASH key = protocol << 32 | local_port: 0x600000035 is TCP/53,
# note: 0x1100000035 is UDP/53.
# socket: dns_tcp = tcp listen 127.0.0.1:5353
# socket: dns_udp = udp 127.0.0.1:5353
# map: sock_hash64[0x600000035] = dns_tcp
# map: sock_hash64[0x1100000035] = dns_udp
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:53 => pass dns_tcp
# run: udp 10.0.0.1:4242 -> 192.0.2.10:53 => pass dns_udp
# run: udp [2001:db8::1]:4242 -> [2001:db8::2]:53 => drop
# run: udp 10.0.0.1:4242 -> 192.0.2.10:54 => drop
    r6 = r1
    r2 = *(u32 *)(r6 + 12)
    r2 <<= 32
    r3 = *(u32 *)(r6 + 60)
    r2 |= r3
    *(u64 *)(r10 - 8) = r2
    r2 = r10
    r2 += -8
    r1 = sock_hash64 ll
    call 1
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

# test: sockhash_miss_falls_back_to_sockmap
# note: try a per-port SOCKHASH entry first, else the default socket in sock_map[0].
# socket: def = tcp listen 127.0.0.1:8080
# socket: special = tcp listen 127.0.0.1:8081
# map: sock_map[0] = def
# map: sock_hash[8081] = special
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8081 => pass special
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass def
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8080 => pass def
    r6 = r1
    r2 = *(u32 *)(r6 + 60)
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_hash ll
    call 1
    if r0 != 0 goto found
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
found:
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

# test: sockmap_reference_spilled_and_filled
# note: the socket reference survives a spill to the stack and a fill into another register;
# note: releasing the filled copy releases the reference.
# socket: s1 = tcp listen 127.0.0.1:8080
# map: sock_map[2] = s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass s1
    r6 = r1
    r2 = 2
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto drop
    *(u64 *)(r10 - 16) = r0
    r1 = r6
    r2 = *(u64 *)(r10 - 16)
    r3 = 0
    call 124
    r8 = r0
    r1 = *(u64 *)(r10 - 16)
    call 86
    r0 = 1
    if r8 == 0 goto out
drop:
    r0 = 0
out:
    exit

# test: sockmap_update_from_program
# kernel: since 5.10
# note: SK_LOOKUP may update a SOCKMAP with a socket pointer: copy sock_map[0] into slot 5,
# note: then steer through slot 5.
# socket: s1 = tcp listen 127.0.0.1:8080
# map: sock_map[0] = s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:81 => pass s1
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto drop
    r7 = r0
    r2 = 5
    *(u32 *)(r10 - 8) = r2
    r1 = sock_map ll
    r2 = r10
    r2 += -8
    r3 = r7
    r4 = 0
    call 2                      # bpf_map_update_elem
    r8 = r0
    r1 = r7
    call 86
    if r8 != 0 goto drop
    r2 = r10
    r2 += -8
    r1 = sock_map ll
    call 1
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

# test: sockmap_delete_from_program
# note: deleting slot 3 from the program (0 the first time, -ENOENT afterwards) leaves the
# note: slot empty: the lookup returns NULL and the program passes without a selection.
# socket: s1 = tcp listen 127.0.0.1:8080
# map: sock_map[3] = s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass
    r6 = r1
    r2 = 3
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 3                      # bpf_map_delete_elem
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto pass
    r1 = r0
    call 86
    r0 = 0
    exit
pass:
    r0 = 1
    exit

# test: array_config_defaults_to_zero
# note: an array slot nobody wrote reads 0; the program uses it as the SOCKMAP index.
# socket: s0 = tcp listen 127.0.0.1:8080
# socket: s1 = tcp listen 127.0.0.1:8081
# map: sock_map[0] = s0
# map: sock_map[1] = s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass s0
    r6 = r1
    r2 = 1
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = config ll
    call 1
    if r0 == 0 goto drop
    r2 = *(u32 *)(r0 + 0)
    *(u32 *)(r10 - 8) = r2
    r2 = r10
    r2 += -8
    r1 = sock_map ll
    call 1
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

# test: array_counter_atomic
# note: an atomic add on an array value, then the program reads it back: at least 1 after
# note: its own increment, whatever earlier runs did.
# socket: s1 = udp 127.0.0.1:5353
# map: sock_map[0] = s1
# run: udp 10.0.0.1:4242 -> 192.0.2.10:53 => pass s1
# run: udp 10.0.0.1:4242 -> 192.0.2.10:53 => pass s1
# run: udp 10.0.0.1:4242 -> 192.0.2.10:53 => pass s1
    r6 = r1
    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = config ll
    call 1
    if r0 == 0 goto drop
    r2 = 1
    lock *(u32 *)(r0 + 0) += r2
    r2 = *(u32 *)(r0 + 0)
    if r2 == 0 goto drop
    r2 = 0
    *(u32 *)(r10 - 8) = r2
    r2 = r10
    r2 += -8
    r1 = sock_map ll
    call 1
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

# test: hash_config_written_by_program
# note: the program records port -> SOCKMAP index (port - 9000) in a hash map for ports
# note: 9000..9003, then reads the entry back and steers with it; other ports find no entry.
# socket: a = tcp listen 127.0.0.1:9000
# socket: b = tcp listen 127.0.0.1:9001
# map: sock_map[0] = a
# map: sock_map[1] = b
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:9000 => pass a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:9001 => pass b
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:9002 => drop
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => drop
    r6 = r1
    r2 = *(u32 *)(r6 + 60)
    *(u32 *)(r10 - 4) = r2
    if r2 < 9000 goto lookup
    if r2 > 9003 goto lookup
    r2 -= 9000
    *(u32 *)(r10 - 8) = r2
    r1 = port_cfg ll
    r2 = r10
    r2 += -4
    r3 = r10
    r3 += -8
    r4 = 0
    call 2                      # bpf_map_update_elem
lookup:
    r2 = r10
    r2 += -4
    r1 = port_cfg ll
    call 1
    if r0 == 0 goto drop
    r2 = *(u32 *)(r0 + 0)
    *(u32 *)(r10 - 8) = r2
    r2 = r10
    r2 += -8
    r1 = sock_map ll
    call 1
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

# test: lpm_trie_prefix_match
# note: the program inserts 192.0.2.0/24 -> 1 into an LPM trie (key: u32 prefix length, 4
# note: address bytes) and looks up local_ip4 as a /32: inside the prefix it steers to
# note: sock_map[1], outside it refuses.
# socket: s1 = tcp listen 127.0.0.1:8080
# map: sock_map[1] = s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass s1
# run: tcp 10.0.0.1:4242 -> 192.0.2.255:80 => pass s1
# run: tcp 10.0.0.1:4242 -> 192.0.3.10:80 => drop
# run: tcp 10.0.0.1:4242 -> 10.0.0.1:80 => drop
    r6 = r1
    r2 = 24
    *(u32 *)(r10 - 8) = r2
    r2 = 0x0200c0
    *(u32 *)(r10 - 4) = r2
    r2 = 1
    *(u32 *)(r10 - 12) = r2
    r1 = prefixes ll
    r2 = r10
    r2 += -8
    r3 = r10
    r3 += -12
    r4 = 0
    call 2
    r2 = 32
    *(u32 *)(r10 - 8) = r2
    r2 = *(u32 *)(r6 + 40)
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -8
    r1 = prefixes ll
    call 1
    if r0 == 0 goto drop
    r2 = *(u32 *)(r0 + 0)
    *(u32 *)(r10 - 16) = r2
    r2 = r10
    r2 += -16
    r1 = sock_map ll
    call 1
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

# test: map_update_and_delete_errnos_are_64_bit
# kernel: since 6.4
# note: bpf_map_update_elem on an array past max_entries (-E2BIG), bpf_map_delete_elem on an
# note: array (-EINVAL) and of a missing hash key (-ENOENT), each compared as a 64-bit value:
# note: since 6.4 ("bpf: return long from bpf_map_ops funcs") the map operation the JIT calls
# note: directly returns a long.
# socket: a = tcp listen 127.0.0.1:8080
# map: sock_map[0] = a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass a
    r6 = r1
    r1 = 7
    *(u32 *)(r10 - 4) = r1
    *(u32 *)(r10 - 8) = r1
    r1 = config ll
    r2 = r10
    r2 += -4
    r3 = r10
    r3 += -8
    r4 = 0
    call 2                      # bpf_map_update_elem
    if r0 != -7 goto drop
    r1 = config ll
    r2 = r10
    r2 += -4
    call 3                      # bpf_map_delete_elem
    if r0 != -22 goto drop
    r1 = port_cfg ll
    r2 = r10
    r2 += -4
    call 3                      # bpf_map_delete_elem
    if r0 != -2 goto drop
    r1 = 0
    *(u32 *)(r10 - 12) = r1
    r2 = r10
    r2 += -12
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

# test: map_update_and_delete_errnos_are_32_bit_before_6_4
# kernel: before 6.4
# note: The same calls before 6.4: the map operation the JIT calls directly (do_misc_fixups)
# note: returns an int, so each errno reaches R0 as a 32-bit value (upper half 0).
# socket: a = tcp listen 127.0.0.1:8080
# map: sock_map[0] = a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass a
    r6 = r1
    r1 = 7
    *(u32 *)(r10 - 4) = r1
    *(u32 *)(r10 - 8) = r1
    r1 = config ll
    r2 = r10
    r2 += -4
    r3 = r10
    r3 += -8
    r4 = 0
    call 2                      # bpf_map_update_elem
    r1 = r0
    r1 >>= 32
    if r1 != 0 goto drop
    if w0 != -7 goto drop
    r1 = config ll
    r2 = r10
    r2 += -4
    call 3                      # bpf_map_delete_elem
    r1 = r0
    r1 >>= 32
    if r1 != 0 goto drop
    if w0 != -22 goto drop
    r1 = port_cfg ll
    r2 = r10
    r2 += -4
    call 3                      # bpf_map_delete_elem
    r1 = r0
    r1 >>= 32
    if r1 != 0 goto drop
    if w0 != -2 goto drop
    r1 = 0
    *(u32 *)(r10 - 12) = r1
    r2 = r10
    r2 += -12
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
