# Runtime cases: BPF-to-BPF calls (subprograms in the same section, resolved pc-relative by
# the assembler) doing the steering work.
.skmap sock_map, type=sockmap, key=4, value=8, max_entries=8
.license "GPL"

# test: subprog_computes_index
# note: a subprogram maps the destination port to a SOCKMAP index (80 -> 0, 443 -> 1,
# note: anything else -> 7, an empty slot).
# socket: web = tcp listen 127.0.0.1:8080
# socket: tls = tcp listen 127.0.0.1:8443
# map: sock_map[0] = web
# map: sock_map[1] = tls
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass web
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:443 => pass tls
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:22 => drop
    r6 = r1
    r1 = *(u32 *)(r6 + 60)
    call port_to_index
    *(u32 *)(r10 - 4) = r0
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
port_to_index:
    r0 = 0
    if r1 == 80 goto ret
    r0 = 1
    if r1 == 443 goto ret
    r0 = 7
ret:
    exit

# test: subprog_assigns_from_slot
# note: the subprogram gets the context and a slot number, does lookup, assign and release
# note: itself and returns the helper's result (or 1 for an empty slot); the main program
# note: tries slot 0 and, when that fails, slot 1.
# socket: u = udp 127.0.0.1:5353
# socket: t = tcp listen 127.0.0.1:8080
# map: sock_map[0] = u
# map: sock_map[1] = t
# run: udp 10.0.0.1:4242 -> 192.0.2.10:53 => pass u
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:80 => pass t
# run: tcp [2001:db8::1]:4242 -> [2001:db8::2]:80 => drop
    r6 = r1
    r2 = 0
    call assign_slot
    if r0 == 0 goto pass
    r1 = r6
    r2 = 1
    call assign_slot
    if r0 == 0 goto pass
    r0 = 0
    exit
pass:
    r0 = 1
    exit
assign_slot:
    r6 = r1
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto empty
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124
    r8 = r0
    r1 = r7
    call 86
    r0 = r8
    exit
empty:
    r0 = 1
    exit
