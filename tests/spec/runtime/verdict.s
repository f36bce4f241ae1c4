# Runtime cases: how the return value becomes the verdict (sk_lookup-runtime.md §6): only 0
# (SK_DROP) and 1 (SK_PASS) pass the verifier, so programs compute them.
.license "GPL"

# test: verdict_w0_32bit
# note: a 32-bit move zero-extends: `w0 = 1` is SK_PASS.
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass
# run: udp [2001:db8::1]:4242 -> [2001:db8::2]:53 => pass
    w0 = 1
    exit

# test: verdict_port_parity
# note: the verdict is computed, not constant: local_port & 1 (odd ports pass).
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:81 => pass
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => drop
# run: udp 10.0.0.1:4242 -> 192.0.2.10:65535 => pass
# run: udp 10.0.0.1:4242 -> 192.0.2.10:0 => drop
    r0 = *(u32 *)(r1 + 60)
    r0 &= 1
    exit

# test: verdict_bounded_by_branch
# note: R0 loaded from the context and bounded by a branch before exit: protocol - 16 is 1
# note: for UDP; for TCP it wraps and the branch returns 0.
# run: udp 10.0.0.1:4242 -> 192.0.2.10:53 => pass
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:53 => drop
    r0 = *(u32 *)(r1 + 12)
    r0 -= 16
    if r0 > 1 goto drop
    exit
drop:
    r0 = 0
    exit

# test: verdict_drop_source_port_range
# note: refuse clients using privileged source ports (< 1024); remote_port is network order,
# note: so it is swapped to host order first (be16).
# run: tcp 10.0.0.1:1023 -> 192.0.2.10:80 => drop
# run: tcp 10.0.0.1:1 -> 192.0.2.10:80 => drop
# run: tcp 10.0.0.1:0 -> 192.0.2.10:80 => drop
# run: tcp 10.0.0.1:1024 -> 192.0.2.10:80 => pass
# run: tcp 10.0.0.1:65535 -> 192.0.2.10:80 => pass
    r2 = *(u16 *)(r1 + 36)
    r2 = be16 r2
    r0 = 0
    if r2 < 1024 goto out
    r0 = 1
out:
    exit
