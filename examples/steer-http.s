# steer-http.s: "192.0.2.0/24, TCP port 80 -> the nginx socket".
#
# Every TCP connection to any address in 192.0.2.0/24 on port 80 is handed to the one socket
# stored at key 0 of `nginx_socket`, whatever address that socket is bound to. Other traffic
# is left to the normal socket lookup. If the nginx socket is missing or cannot take the
# connection, the connection is refused rather than falling through to another listener.
#
#   skasm build examples/steer-http.s -o steer-http.o
#   bpftool prog load steer-http.o /sys/fs/bpf/steer_http type sk_lookup

.license "GPL"
.skmap nginx_socket, type=sockmap, key=4, value=8, max_entries=1

.program steer_http
    r6 = r1                         # r6 = ctx (r1 is clobbered by calls)
    r2 = *(u32 *)(r6 + 8)           # ctx->family
    if r2 != 2 goto pass            # AF_INET only
    r2 = *(u32 *)(r6 + 12)          # ctx->protocol
    if r2 != 6 goto pass            # IPPROTO_TCP only
    r2 = *(u32 *)(r6 + 60)          # ctx->local_port, host byte order
    if r2 != 80 goto pass
    r2 = *(u32 *)(r6 + 40)          # ctx->local_ip4, network order read as a little-endian u32
    r2 &= 0x00ffffff                # keep the first three bytes: the /24 prefix
    if r2 != 0x000200c0 goto pass   # 192.0.2.x: bytes c0 00 02, read little-endian

    r2 = 0
    *(u32 *)(r10 - 4) = r2          # key = 0
    r2 = r10
    r2 += -4
    r1 = nginx_socket ll
    call bpf_map_lookup_elem        # r0 = socket (a reference) or NULL
    if r0 == 0 goto drop
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0                          # flags: no REPLACE, reuseport groups honoured
    call bpf_sk_assign
    r8 = r0                         # 0 or a negative errno
    r1 = r7
    call bpf_sk_release             # the lookup's reference must be dropped on every path
    if r8 != 0 goto drop
pass:
    r0 = 1                          # SK_PASS (with the selection, if one was made)
    exit
drop:
    r0 = 0                          # SK_DROP: refuse the connection
    exit
