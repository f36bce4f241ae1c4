# proxy-any-port.s: "198.51.100.1, any port -> the L7 proxy socket".
#
# TCP connections to 198.51.100.1 on ANY port go to the proxy's socket (key 0 of
# `proxy_socket`). The proxy listens on one port only; sk_lookup lets it serve every port
# without binding 65535 sockets. The accepted socket keeps the original destination port, so
# the proxy can read it with getsockname().

.license "GPL"
.skmap proxy_socket, type=sockmap, key=4, value=8, max_entries=1

.program proxy_any_port
    r6 = r1
    r2 = *(u32 *)(r6 + 8)           # ctx->family
    if r2 != 2 goto pass
    r2 = *(u32 *)(r6 + 12)          # ctx->protocol
    if r2 != 6 goto pass
    r2 = *(u32 *)(r6 + 40)          # ctx->local_ip4
    if r2 != 0x016433c6 goto pass   # 198.51.100.1: bytes c6 33 64 01, read little-endian

    r2 = 0
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = proxy_socket ll
    call bpf_map_lookup_elem
    if r0 == 0 goto pass            # proxy not running: let the normal lookup decide
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call bpf_sk_assign
    r1 = r7
    call bpf_sk_release
pass:
    r0 = 1
    exit
