# Programs as SK_LOOKUP users write them, written by hand (not by a generator): port
# dispatch into a SOCKMAP or SOCKHASH with keys of several widths, bpf_sk_assign with its
# flags, NULL checks (64-bit and JMP32), bounded indexes into map values, pointers spilled
# across helper calls, bpf_sk_release on every path, tail calls through a PROG_ARRAY,
# bpf_loop callbacks and global functions with BTF. analyze_kernel.rs also compares the
# processed count of every case both accept.
.skmap sock_map, type=sockmap, key=4, value=8, max_entries=16
.skmap hash4, type=sockhash, key=4, value=8, max_entries=16
.skmap hash8, type=sockhash, key=8, value=8, max_entries=16
.skmap hash16, type=sockhash, key=16, value=8, max_entries=16
.skmap ports, type=array, key=4, value=16, max_entries=4
.skmap progs, type=prog_array, key=4, value=4, max_entries=2
.skmap counters, type=array, key=4, value=8, max_entries=4

# test: user_port_range_dispatch
# kernel: since 6.1
# note: local ports 8000-8015 go to sock_map[port - 8000]; the lookup result is checked,
# note: assigned (flags 0) and released on both outcomes of bpf_sk_assign.
    r6 = r1
    r2 = *(u32 *)(r6 + 60)      # local_port
    if r2 < 8000 goto pass
    if r2 > 8015 goto pass
    r2 += -8000
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto pass
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124                    # bpf_sk_assign
    r8 = r0
    r1 = r7
    call 86                     # bpf_sk_release
    if r8 != 0 goto drop
pass:
    r0 = 1
    exit
drop:
    r0 = 0
    exit

# test: user_sk_assign_replace_flag
# kernel: since 6.1
# note: BPF_SK_LOOKUP_F_REPLACE | BPF_SK_LOOKUP_F_NO_REUSEPORT (3): the flags are the
# note: helper's run-time business, any scalar passes the verifier.
    r6 = r1
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto out
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 3
    call 124
    r1 = r7
    call 86
out:
    r0 = 1
    exit

# test: user_sk_assign_flags_from_ctx
# kernel: since 6.1
# note: flags computed from the packet (unknown scalar), a NULL socket also accepted by
# note: bpf_sk_assign (ARG_PTR_TO_SOCKET_OR_NULL): clearing a selection.
    r2 = *(u32 *)(r1 + 64)      # ingress_ifindex
    r3 = r2
    r3 &= 3
    r2 = 0
    call 124
    r0 = 1
    exit

# test: user_sockhash_key_u64
# kernel: since 6.1
# note: an 8-byte key built from two ctx fields: (local_ip4 << 32) | local_port.
    r6 = r1
    r2 = *(u32 *)(r6 + 40)      # local_ip4
    r2 <<= 32
    r3 = *(u32 *)(r6 + 60)
    r2 |= r3
    *(u64 *)(r10 - 8) = r2
    r2 = r10
    r2 += -8
    r1 = hash8 ll
    call 1
    if r0 == 0 goto out
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124
    r1 = r7
    call 86
out:
    r0 = 1
    exit

# test: user_sockhash_key_ip6
# kernel: since 6.1
# note: a 16-byte key: local_ip6 copied word by word onto the stack.
    r6 = r1
    r2 = *(u32 *)(r6 + 44)
    *(u32 *)(r10 - 16) = r2
    r2 = *(u32 *)(r6 + 48)
    *(u32 *)(r10 - 12) = r2
    r2 = *(u32 *)(r6 + 52)
    *(u32 *)(r10 - 8) = r2
    r2 = *(u32 *)(r6 + 56)
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -16
    r1 = hash16 ll
    call 1
    if r0 == 0 goto out
    r1 = r0
    call 86
out:
    r0 = 1
    exit

# test: user_sockhash_key_ip6_partly_written
# kernel: since 6.1
# note: the same with the last key word never written: root may read uninitialised stack
# note: (allow_uninit_stack), so the 16-byte key passes with 4 bytes never written.
    r6 = r1
    r2 = *(u32 *)(r6 + 44)
    *(u32 *)(r10 - 16) = r2
    r2 = *(u32 *)(r6 + 48)
    *(u32 *)(r10 - 12) = r2
    r2 = *(u32 *)(r6 + 52)
    *(u32 *)(r10 - 8) = r2
    r2 = r10
    r2 += -16
    r1 = hash16 ll
    call 1
    if r0 == 0 goto out
    r1 = r0
    call 86
out:
    r0 = 1
    exit

# test: user_sockhash_key_narrow_port
# kernel: since 6.1
# note: a 4-byte key from a 2-byte load of local_port (narrow load of the u32 field) and a
# note: 1-byte load of the protocol, packed.
    r6 = r1
    r2 = *(u16 *)(r6 + 60)
    r3 = *(u8 *)(r6 + 12)       # protocol
    r3 <<= 16
    r2 |= r3
    *(u32 *)(r10 - 4) = r2
    r2 = r10
    r2 += -4
    r1 = hash4 ll
    call 1
    if r0 == 0 goto out
    r1 = r0
    call 86
out:
    r0 = 1
    exit

# test: user_null_check_jmp32
# kernel: since 6.12
# note: a NULL check with a 32-bit compare does not narrow the pointer: the socket is still
# note: maybe NULL at bpf_sk_release.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if w0 == 0 goto out
    r1 = r0
    call 86                     # error[helper-arg-type] unless sockmap-lookup-sock-or-null: R1 type=map_value_or_null expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
                                # ^ error[helper-arg-type] if sockmap-lookup-sock-or-null: R1 type=sock_or_null expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
out:
    r0 = 1
    exit

# test: user_release_missing_on_one_path
# kernel: since 6.1
# note: the socket is released only when bpf_sk_assign fails: the other path leaks it.
    r6 = r1
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto out
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124
    if r0 == 0 goto out
    r1 = r7
    call 86
out:
    r0 = 1
    exit                        # error[reference-leak]: Unreleased reference id=2 alloc_insn=7

# test: user_release_twice
# kernel: since 6.12
# note: released on the common path and again on one branch.
    r6 = r1
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto out
    r7 = r0
    r1 = r7
    call 86
    r1 = *(u32 *)(r6 + 60)
    if r1 != 80 goto out
    r1 = r7
    call 86                     # error[helper-arg-type]: R1 type=scalar expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
out:
    r0 = 1
    exit

# test: user_map_value_bounded_index
# kernel: since 6.1
# note: ports[0] holds four u32 ports; an index from the packet, masked and bounds-checked,
# note: scaled to a byte offset into the 16-byte value.
    r6 = r1
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = ports ll
    call 1
    if r0 == 0 goto out
    r2 = *(u32 *)(r6 + 36)      # remote_port
    r2 &= 7
    if r2 > 3 goto out
    r2 <<= 2
    r0 += r2
    r3 = *(u32 *)(r0 + 0)
    r4 = *(u32 *)(r6 + 60)
    if r3 == r4 goto out
out:
    r0 = 1
    exit

# test: user_map_value_index_off_by_one
# kernel: since 6.1
# note: the same with `> 4`: index 4 reads bytes 16..19, past the 16-byte value.
    r6 = r1
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = ports ll
    call 1
    if r0 == 0 goto out
    r2 = *(u32 *)(r6 + 36)
    r2 &= 7
    if r2 > 4 goto out
    r2 <<= 2
    r0 += r2
    r3 = *(u32 *)(r0 + 0)       # error[map-value-bounds]: invalid access to map value, value_size=16 off=16 size=4
out:
    r0 = 1
    exit

# test: user_spilled_ctx_and_socket
# kernel: since 6.1
# note: ctx and the socket spilled across helper calls (bpf_ktime_get_ns clobbers R1-R5)
# note: and filled back for bpf_sk_assign and bpf_sk_release.
    *(u64 *)(r10 - 16) = r1
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto out
    *(u64 *)(r10 - 24) = r0
    call 5                      # bpf_ktime_get_ns
    r1 = *(u64 *)(r10 - 16)
    r2 = *(u64 *)(r10 - 24)
    r3 = 0
    call 124
    r1 = *(u64 *)(r10 - 24)
    call 86
out:
    r0 = 1
    exit

# test: user_spilled_socket_null_checked_after_fill
# kernel: since 6.1
# note: the lookup result spilled before its NULL check; the check on the filled copy
# note: narrows it (the spill keeps the id).
    *(u64 *)(r10 - 16) = r1
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    *(u64 *)(r10 - 24) = r0
    r7 = *(u64 *)(r10 - 24)
    if r7 == 0 goto out
    r1 = *(u64 *)(r10 - 16)
    r2 = r7
    r3 = 0
    call 124
    r1 = r7
    call 86
out:
    r0 = 1
    exit

# test: user_sock_fields_after_assign
# kernel: since 6.1
# note: ctx->sk read after bpf_sk_assign, NULL-checked, its fields read at their sizes.
    r6 = r1
    r7 = *(u64 *)(r6 + 0)
    if r7 == 0 goto out
    r2 = *(u32 *)(r7 + 4)       # family
    r3 = *(u32 *)(r7 + 12)      # protocol
    r4 = *(u16 *)(r7 + 44)      # src_port
    r5 = *(u8 *)(r7 + 64)       # state
out:
    r0 = 1
    exit

# test: user_ctx_narrow_and_sx_loads
# kernel: since 6.1
# note: narrow loads of remote_port and the addresses; the u8 at remote_ip6[15].
    r2 = *(u16 *)(r1 + 36)      # remote_port
    r3 = *(u8 *)(r1 + 16)       # remote_ip4 first byte
    r4 = *(u16 *)(r1 + 42)      # local_ip4 high half
    r5 = *(u8 *)(r1 + 35)       # remote_ip6 last byte
    r0 = *(u32 *)(r1 + 8)       # family
    if r0 == 2 goto v4
    r0 = 1
    exit
v4:
    r0 = 0
    exit

# test: user_tail_call_then_fallback
# kernel: since 6.1
# note: dispatch by protocol into progs; when the slot is empty the program goes on.
    r6 = r1
    r3 = *(u32 *)(r6 + 12)
    r3 &= 1
    r1 = r6
    r2 = progs ll
    call 12                     # bpf_tail_call
    r0 = 1
    exit

# test: user_tail_call_holding_socket
# kernel: since 6.1
# note: a tail call while a looked-up socket is held is refused.
    r6 = r1
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto out
    r7 = r0
    r1 = r6
    r2 = progs ll
    r3 = 0
    call 12                     # error[tail-call-leak]: tail_call would lead to reference leak
    r1 = r7
    call 86
out:
    r0 = 1
    exit

# test: user_bpf_loop_scans_ports
# kernel: since 6.1
# func: cb static
# note: bpf_loop over four slots with a stack context (the local port): the callback
# note: counts matches in the context and returns 0 to go on.
    r2 = *(u32 *)(r1 + 60)
    *(u64 *)(r10 - 8) = r2
    r1 = 4
    r2 = cb ll
    r3 = r10
    r3 += -8
    r4 = 0
    call 181                    # bpf_loop
    r0 = *(u64 *)(r10 - 8)
    r0 &= 1
    exit
cb:
    r3 = *(u64 *)(r2 + 0)
    r3 += r1
    *(u64 *)(r2 + 0) = r3
    r0 = 0
    exit

# test: user_global_func_port_check
# kernel: since 6.1
# func: is_web global (scalar)
# note: a global function deciding on the port; its int return masked by the caller.
    r1 = *(u32 *)(r1 + 60)
    call is_web
    r0 &= 1
    exit
is_web:
    r0 = 0
    if r1 == 80 goto yes
    if r1 != 443 goto no
yes:
    r0 = 1
no:
    exit

# test: user_global_func_ctx_dispatch
# kernel: since 6.1
# func: pick global (ctx)
# note: a global function taking the context and doing the lookup and assignment itself.
    call pick
    r0 = 1
    exit
pick:
    r6 = r1
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto none
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call 124
    r1 = r7
    call 86
none:
    r0 = 0
    exit

# test: user_static_subprog_reads_caller_key
# kernel: since 6.1
# note: the caller's stack key passed to a static subprogram that does the lookup (the
# note: callee reads the caller's slot through its pointer).
    r2 = *(u32 *)(r1 + 60)
    *(u32 *)(r10 - 4) = r2
    r1 = r10
    r1 += -4
    call lookup
    r0 = 1
    exit
lookup:
    r2 = r1
    r1 = hash4 ll
    call 1
    if r0 == 0 goto miss
    r1 = r0
    call 86
miss:
    r0 = 0
    exit

# test: user_nospec_after_failed_speculative_exit
# kernel: since 6.17
# privilege: no_perfmon
# note: without CAP_PERFMON: the speculative path of a branch the verifier knows never taken
# note: reaches `exit` with R0 out of [0, 1]; from 6.17 that ends the path (nospec) instead of
# note: rejecting, and every later speculative path ends at that exit unchecked. Reduced
# note: from walk_random seed 37 (6.18.44 processes 43 instructions; this verifier walked 49,
# note: checking the exit again and marking R0 precise, so a checkpoint stopped pruning).
    r6 = r1
    r0 = *(u32 *)(r6 + 64)
    r2 = 2
    r3 = -256794669
    r4 = 6
    r9 = *(u8 *)(r6 + 21)
    if r3 == r4 goto l12
    if r0 s< r2 goto l14
l12:
    if r4 s> -1525405178 goto l15
    r5 = r3
l14:
    r0 = (s32)r0
l15:
    r4 <<= 8
    if r4 < r9 goto l19
    r0 = 1
l19:
    exit

# test: user_array_key_constant_on_one_path_only
# kernel: since 6.1
# note: the array key is 1 (in bounds: from 6.14 the lookup is then not NULL) only on the
# note: path where remote_ip4 is 1; on the other the value is used unchecked. 6.14+ marks the
# note: spilled key precise (get_constant_map_key), so the checkpoint at l1 keeps r6 = 1 and
# note: the second path is walked and rejected; before 6.14 the first path fails already.
# note: Reduced from a false accept here (cgen seed 31 program 250, lint accepted).
    r6 = *(u32 *)(r1 + 16)      # remote_ip4
    r7 = *(u32 *)(r1 + 60)
    if r7 == 1 goto a
    r7 = 2
a:
    if r7 == 3 goto b
    r7 = 4
b:
    if w6 != 1 goto l1
    r7 = 5
    r7 = 6
    r7 = 7
l1:
    *(u32 *)(r10 - 8) = r6
    r2 = r10
    r2 += -8
    r1 = counters ll
    call 1
    r1 = 1
    *(u64 *)(r0 + 0) = r1       # error[invalid-mem-access]: R0 invalid mem access 'map_value_or_null'
    r0 = 1
    exit
