# Runtime cases: the RCU read-side and preemption sections (kfuncs `bpf_rcu_read_lock`/
# `_unlock` since 6.2, `bpf_preempt_disable`/`_enable` since 6.10) around a sock-map lookup
# and `bpf_sk_assign`: they change nothing the program observes.
.skmap sock_map, type=sockmap, key=4, value=8, max_entries=2
.license "GPL"

# test: sections_around_a_steering_lookup
# kernel: since 6.10
# note: sock_map[local_port & 1] selected inside both sections, released after them.
# socket: a = tcp listen 127.0.0.1:8080
# socket: b = tcp listen 127.0.0.1:8081
# map: sock_map[0] = a
# map: sock_map[1] = b
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8000 => pass a
# run: tcp 10.0.0.1:4242 -> 192.0.2.10:8001 => pass b
    r6 = r1
    r7 = *(u32 *)(r6 + 60)      # local_port
    r7 &= 1
    *(u32 *)(r10 - 4) = r7
    call bpf_rcu_read_lock
    call bpf_preempt_disable
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    r8 = 0
    if r0 == 0 goto out
    r1 = r6
    r2 = r0
    r3 = 0
    r9 = r0
    call 124
    r1 = r9
    call 86
    r8 = 1
out:
    call bpf_preempt_enable
    call bpf_rcu_read_unlock
    r0 = r8
    exit
