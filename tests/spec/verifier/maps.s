# Maps from SK_LOOKUP programs: map/helper compatibility, sock-map update/delete, map value
# access, key and value arguments (sk_lookup-helpers.md §5-§6; verifier-messages.md #16, #22).
.skmap sock_map, type=sockmap, key=4, value=8, max_entries=4
.skmap sock_hash, type=sockhash, key=4, value=8, max_entries=4
.skmap arr, type=array, key=4, value=16, max_entries=1
.skmap hash, type=hash, key=8, value=8, max_entries=4
.skmap progs, type=prog_array, key=4, value=4, max_entries=1
.skmap perf, type=perf_event_array, key=4, value=4, max_entries=1
.skmap ring, type=ringbuf, key=0, value=0, max_entries=4096
.skmap pcpu, type=percpu_array, key=4, value=8, max_entries=1
.skmap lpm, type=lpm_trie, key=8, value=8, max_entries=16, flags=1

# test: map_reference_only
# note: loading a map's address without calling anything is fine for every map type used here.
    r1 = sock_map ll
    r1 = sock_hash ll
    r1 = arr ll
    r1 = hash ll
    r1 = progs ll
    r1 = perf ll
    r1 = ring ll
    r1 = pcpu ll
    r1 = lpm ll
    r0 = 1
    exit

# test: map_array_lookup
# note: an array lookup gives map_value_or_null; after the NULL check the value is readable
# note: and writable within value_size.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r1 = *(u64 *)(r0 + 8)
    *(u64 *)(r0 + 0) = r1
out:
    r0 = 1
    exit

# test: map_array_value_past_end
# note: value_size is 16: a 4-byte access at 16 is outside the value.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r1 = *(u32 *)(r0 + 16)      # error[map-value-bounds]: invalid access to map value, value_size=16 off=16 size=4
out:
    r0 = 1
    exit

# test: map_array_value_negative
# note: negative offsets into a map value.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r1 = *(u8 *)(r0 - 1)        # error[map-value-bounds]: invalid access to map value, value_size=16 off=-1 size=1
out:
    r0 = 1
    exit

# test: map_lookup_arith_before_null_check
# note: a hash lookup result is map_value_or_null: no arithmetic before the NULL check.
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r2 = r10
    r2 += -8
    r1 = hash ll
    call 1
    r0 += 8                     # error[map-value-null-arith]: R0 pointer arithmetic on map_value_or_null prohibited, null-check it first
    r0 = 0
    exit

# test: map_array_const_key_non_null
# kernel: since 6.14
# note: version: "eliding map lookup nullness" for constant keys (Dec 2024, ~6.14,
# note: UNCONFIRMED release); older kernels return map_value_or_null here.
# note: not in the spec docs: 6.18 knows that an array lookup with a constant in-bounds key
# note: cannot return NULL, so the value may be used without a NULL check.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    r1 = *(u64 *)(r0 + 0)
    r0 = 1
    exit

# test: map_array_unknown_key_no_null_check
# note: with a key the verifier cannot bound (a ctx field), the array lookup result is
# note: map_value_or_null and must be NULL-checked.
    r1 = *(u32 *)(r1 + 60)
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    r1 = *(u64 *)(r0 + 0)       # error[invalid-mem-access]: R0 invalid mem access 'map_value_or_null'
    r0 = 1
    exit

# test: map_array_key_out_of_range_no_null_check
# note: a constant key past max_entries (1) gives map_value_or_null too.
    r1 = 1
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    r1 = *(u64 *)(r0 + 0)       # error[invalid-mem-access]: R0 invalid mem access 'map_value_or_null'
    r0 = 1
    exit

# test: map_hash_no_null_check
# note: hash lookups are always map_value_or_null.
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r2 = r10
    r2 += -8
    r1 = hash ll
    call 1
    r1 = *(u64 *)(r0 + 0)       # error[invalid-mem-access]: R0 invalid mem access 'map_value_or_null'
    r0 = 1
    exit

# test: map_hash_lookup_8byte_key
# note: the key pointer must cover key_size (8) initialised bytes.
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r2 = r10
    r2 += -8
    r1 = hash ll
    call 1
    r0 = 1
    exit

# test: map_hash_key_past_stack_top
# kernel: since 6.14
# note: version: confirmed on 6.18.44. Debian 6.1.0-57 (6.1.192) and 6.12.118 under qemu print
# note: version: the older helper wording (twin `map_hash_key_past_stack_top_indirect`); the change is commit
# note: version: 37cce22dbd51 "bpf: verifier: Refactor helper access type tracking" (6.14 by its
# note: version: merge date, UNCONFIRMED on a 6.14 build).
# note: an 8-byte key at fp-4 would run past the top of the stack.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = hash ll
    call 1                      # error[stack-bounds]: invalid read from stack R2 off=-4 size=8
    r0 = 1
    exit

# test: map_hash_key_past_stack_top_indirect
# kernel: before 6.14
# note: version: the older helper wording, confirmed on Debian 6.1.0-57 (6.1.192) and 6.12.118
# note: version: under qemu; sources print it since 5.9. Commit 37cce22dbd51 (6.14,
# note: version: UNCONFIRMED on a 6.14 build) names the direction instead.
# note: an 8-byte key at fp-4 would run past the top of the stack.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = hash ll
    call 1                      # error[stack-bounds]: invalid indirect access to stack R2 off=-4 size=8
    r0 = 1
    exit

# test: map_hash_update
# note: bpf_map_update_elem on a hash map with stack key and value.
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    *(u64 *)(r10 - 16) = r1
    r2 = r10
    r2 += -8
    r3 = r10
    r3 += -16
    r4 = 0
    r1 = hash ll
    call 2
    r0 = 1
    exit

# test: map_key_is_ctx
# kernel: since 6.12
# kernel: before 7.1
# note: version: this wording confirmed on Debian 6.12.118 under qemu and on 6.18; Debian 6.1.0-57 (6.1.192) under qemu prints the
# note: version: 6.1 wording (twin `map_key_is_ctx_v6_1`). The release of the change is UNCONFIRMED
# note: version: (after 6.1, by 6.12): the case claims 6.12 on.
# note: a key must be memory (stack or map value), not the context.
    r2 = r1
    r1 = arr ll
    call 1                      # error[helper-arg-type]: R2 type=ctx expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
    r0 = 1
    exit

# test: map_key_is_ctx_v7_1
# kernel: since 7.1
# note: version: 7.1 lists `ctx` among a memory argument's types (`mem_types`), so the type check passes and `check_helper_mem_access` refuses the context as `expected=fp`; confirmed in Debian's 7.1.13 image.
    r2 = r1
    r1 = arr ll
    call 1                      # error[helper-arg-type]: R2 type=ctx expected=fp
    r0 = 1
    exit

# test: map_key_is_ctx_v6_1
# kernel: since 6.1
# kernel: before 6.2
# note: version: the 6.1 wording, confirmed on Debian 6.1.0-57 (6.1.192) under qemu; older releases UNCONFIRMED.
# note: a key must be memory (stack or map value), not the context.
    r2 = r1
    r1 = arr ll
    call 1                      # error[helper-arg-type]: R2 type=ctx expected=fp, pkt, pkt_meta, map_key, map_value
    r0 = 1
    exit

# test: map_key_is_scalar
# kernel: since 6.12
# note: version: this wording confirmed on Debian 6.12.118 under qemu and on 6.18; Debian 6.1.0-57 (6.1.192) under qemu prints the
# note: version: 6.1 wording (twin `map_key_is_scalar_v6_1`). The release of the change is UNCONFIRMED
# note: version: (after 6.1, by 6.12): the case claims 6.12 on.
# note: a scalar is not a key pointer.
    r2 = 0
    r1 = arr ll
    call 1                      # error[helper-arg-type]: R2 type=scalar expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
    r0 = 1
    exit

# test: map_key_is_scalar_v6_1
# kernel: since 6.1
# kernel: before 6.2
# note: version: the 6.1 wording, confirmed on Debian 6.1.0-57 (6.1.192) under qemu; older releases UNCONFIRMED.
# note: a scalar is not a key pointer.
    r2 = 0
    r1 = arr ll
    call 1                      # error[helper-arg-type]: R2 type=scalar expected=fp, pkt, pkt_meta, map_key, map_value
    r0 = 1
    exit

# test: map_r1_not_map
# note: R1 of a map helper must be a map pointer.
    r2 = r10
    r2 += -4
    call 1                      # error[helper-arg-type]: R1 type=ctx expected=map_ptr
    r0 = 1
    exit

# test: map_ptr_arith
# note: no arithmetic on a map pointer.
    r1 = arr ll
    r1 += 8                     # error[map-ptr-arith]: R1 pointer arithmetic on map_ptr prohibited
    r0 = 1
    exit

# test: map_value_ptr_arith
# note: arithmetic on a map value pointer within bounds is fine.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r0 += 8
    r1 = *(u64 *)(r0 + 0)
out:
    r0 = 1
    exit

# test: map_percpu_lookup
# note: per-CPU array lookups return this CPU's value.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = pcpu ll
    call 1
    if r0 == 0 goto out
    r1 = *(u64 *)(r0 + 0)
out:
    r0 = 1
    exit

# test: map_lpm_trie_lookup
# note: an LPM trie (key: u32 prefix length + 4 address bytes) looked up with an address from
# note: the context, e.g. to match local_ip4 against prefixes.
    r2 = *(u32 *)(r1 + 40)
    *(u32 *)(r10 - 4) = r2
    r2 = 32
    *(u32 *)(r10 - 8) = r2
    r2 = r10
    r2 += -8
    r1 = lpm ll
    call 1
    if r0 == 0 goto out
    r1 = *(u64 *)(r0 + 0)
out:
    r0 = 1
    exit

# ----------------------------------------------------------------------------------------
# Map/helper compatibility (check_map_func_compatibility).

# test: map_lookup_perf_event_array
# note: PERF_EVENT_ARRAY (4) works only with the perf helpers.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = perf ll
    call 1                      # error[map-func-incompatible]: cannot pass map_type 4 into func bpf_map_lookup_elem#1
    r0 = 1
    exit

# test: map_lookup_prog_array
# note: PROG_ARRAY (3) works only with bpf_tail_call.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = progs ll
    call 1                      # error[map-func-incompatible]: cannot pass map_type 3 into func bpf_map_lookup_elem#1
    r0 = 1
    exit

# test: map_tail_call_wrong_map
# kernel: since 6.17
# note: version: confirmed on 6.18.44. Debian 6.1.0-57 (6.1.192) and 6.12.118 under qemu print
# note: version: `kernel subsystem misconfigured verifier` (twin `map_tail_call_wrong_map_misconfigured`);
# note: version: the change is commit 032547272eb0 "bpf: Avoid warning on unexpected map for
# note: version: tail call" (July 2025, modelled as 6.17, release UNCONFIRMED).
# note: bpf_tail_call needs a PROG_ARRAY. The spec docs expected the generic "cannot pass
# note: map_type" message; 6.18 fails earlier in the argument check with its own message,
# note: printed without a newline (the statistics line follows on the same line).
    r2 = arr ll
    r3 = 0
    call 12                     # error[map-func-incompatible, EINVAL]: expected prog array map for tail call
    r0 = 1
    exit

# test: map_tail_call_wrong_map_misconfigured
# kernel: before 6.17
# note: version: the older wording of the same check (`record_func_key`), confirmed on Debian
# note: version: 6.1.0-57 (6.1.192) and 6.12.118 under qemu; sources print it since 5.9.
# note: version: Commit 032547272eb0 (modelled as 6.17, UNCONFIRMED) changed the wording.
# note: bpf_tail_call needs a PROG_ARRAY.
    r2 = arr ll
    r3 = 0
    call 12                     # error[map-func-incompatible, EINVAL]: kernel subsystem misconfigured verifier
    r0 = 1
    exit

# test: map_tail_call
# note: bpf_tail_call with ctx, a PROG_ARRAY and an index.
    r2 = progs ll
    r3 = 0
    call 12
    r0 = 1
    exit

# test: map_tail_call_continues_after
# note: a tail call that fails returns: the path goes on with R1-R5 clobbered and R0 not
# note: set (bpf_tail_call is void), the context kept in R6 still readable.
    r6 = r1
    r2 = progs ll
    r3 = 0
    call 12
    r0 = *(u32 *)(r6 + 8)
    r0 = 1
    exit

# test: map_tail_call_r0_not_set
# note: bpf_tail_call returns nothing: R0 is not readable after it.
    r2 = progs ll
    r3 = 0
    call 12
    exit                        # error[uninit-read]: R0 !read_ok

# test: map_tail_call_r1_clobbered
# note: R1 is clobbered by the call like any helper's arguments.
    r2 = progs ll
    r3 = 0
    call 12
    r0 = *(u32 *)(r1 + 0)       # error[uninit-read]: R1 !read_ok
    r0 = 1
    exit

# test: map_tail_call_twice
# note: two tail calls in a row, the second with the context saved in R6.
    r6 = r1
    r2 = progs ll
    r3 = 0
    call 12
    r1 = r6
    r2 = progs ll
    r3 = 1
    call 12
    r0 = 0
    exit

# test: map_tail_call_branches_after
# kernel: since 6.8
# note: version: the `smin= smax=` wording of the exit check is 6.8's (retval.s).
# note: the walk goes on after the call: a branch after it is checked on both sides.
    r7 = *(u32 *)(r1 + 8)
    r2 = progs ll
    r3 = 0
    call 12
    if r7 > 5 goto big
    r0 = 1
    exit
big:
    r0 = 2
    exit                        # error[retval-range]: At program exit the register R0 has smin=2 smax=2 should have been in [0, 1]

# test: map_tail_call_index_unknown
# note: the index may be any value (ARG_ANYTHING).
    r3 = *(u32 *)(r1 + 8)
    r2 = progs ll
    call 12
    r0 = 1
    exit

# test: map_tail_call_r1_not_ctx
# note: the first argument must be the context.
    r1 = r10
    r2 = progs ll
    r3 = 0
    call 12                     # error[helper-arg-type]: R1 type=fp expected=ctx
    r0 = 1
    exit

# test: map_tail_call_sockmap
# kernel: since 6.17
# note: version: as map_tail_call_wrong_map (commit 032547272eb0, modelled as 6.17).
# note: a SOCKMAP is no PROG_ARRAY either.
    r2 = sock_map ll
    r3 = 0
    call 12                     # error[map-func-incompatible, EINVAL]: expected prog array map for tail call
    r0 = 1
    exit

# test: map_perf_output_wrong_map
# note: bpf_perf_event_output needs a PERF_EVENT_ARRAY.
    r2 = sock_map ll
    r3 = 0
    r4 = r10
    r4 += -8
    r5 = 0
    call 25                     # error[map-func-incompatible]: cannot pass map_type 15 into func bpf_perf_event_output#25
    r0 = 1
    exit

# test: map_perf_output
# note: bpf_perf_event_output with a size-0 record (ARG_CONST_SIZE_OR_ZERO).
    r2 = perf ll
    r3 = 0
    r4 = r10
    r4 += -8
    r5 = 0
    call 25
    r0 = 1
    exit

# test: map_perf_output_nongpl
# license: Proprietary
# note: bpf_perf_event_output is GPL-only (sk_lookup-helpers.md §7).
    r2 = perf ll
    r3 = 0
    r4 = r10
    r4 += -8
    r5 = 0
    call 25                     # error[gpl-only]: cannot call GPL-restricted function from non-GPL compatible program
    r0 = 1
    exit

# test: map_ringbuf_output
# note: bpf_ringbuf_output with an initialised 8-byte stack record.
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r1 = ring ll
    r2 = r10
    r2 += -8
    r3 = 8
    r4 = 0
    call 130
    r0 = 1
    exit

# test: map_ringbuf_lookup
# note: a ringbuf cannot be used with bpf_map_lookup_elem: its key size is 0, and the key
# note: argument check (a zero-sized read) fails before the compatibility check.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = ring ll
    call 1                      # error[helper-mem-size]: invalid zero-sized read
    r0 = 1
    exit

# test: map_ringbuf_output_on_array
# note: bpf_ringbuf_output needs a ringbuf.
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r1 = arr ll
    r2 = r10
    r2 += -8
    r3 = 8
    r4 = 0
    call 130                    # error[map-func-incompatible]: cannot pass map_type 2 into func bpf_ringbuf_output#130
    r0 = 1
    exit

# ----------------------------------------------------------------------------------------
# Sock maps from SK_LOOKUP.

# test: sockmap_update_with_sk
# note: SK_LOOKUP may update a sock map with a socket (ctx->sk after a NULL check).
    r6 = r1
    r7 = *(u64 *)(r6 + 0)
    if r7 == 0 goto out
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r3 = r7
    r4 = 0
    r1 = sock_map ll
    call 2
out:
    r0 = 1
    exit

# test: sockhash_update_with_looked_up
# note: a socket looked up from one sock map may be inserted into another, then released.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto out
    r7 = r0
    r2 = r10
    r2 += -4
    r3 = r7
    r4 = 0
    r1 = sock_hash ll
    call 2
    r1 = r7
    call 86
out:
    r0 = 1
    exit

# test: sockmap_update_with_stack_value
# kernel: since 6.12
# note: version: this wording confirmed on Debian 6.12.118 under qemu and on 6.18; Debian 6.1.0-57 (6.1.192) under qemu prints the
# note: version: 6.1 wording (twin `sockmap_update_with_stack_value_v6_1`). The release of the change is UNCONFIRMED
# note: version: (after 6.1, by 6.12): the case claims 6.12 on.
# note: the value of a sock-map update must be a socket, not memory.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    *(u64 *)(r10 - 16) = r1
    r2 = r10
    r2 += -4
    r3 = r10
    r3 += -16
    r4 = 0
    r1 = sock_map ll
    call 2                      # error[helper-arg-type]: R3 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
    r0 = 1
    exit

# test: sockmap_update_with_stack_value_v6_1
# kernel: since 6.1
# kernel: before 6.2
# note: version: the 6.1 wording, confirmed on Debian 6.1.0-57 (6.1.192) under qemu; older releases UNCONFIRMED.
# note: the value of a sock-map update must be a socket, not memory.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    *(u64 *)(r10 - 16) = r1
    r2 = r10
    r2 += -4
    r3 = r10
    r3 += -16
    r4 = 0
    r1 = sock_map ll
    call 2                      # error[helper-arg-type]: R3 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_
    r0 = 1
    exit

# test: sockmap_update_with_sk_or_null
# kernel: since 6.12
# note: version: this wording confirmed on Debian 6.12.118 under qemu and on 6.18; Debian 6.1.0-57 (6.1.192) under qemu prints the
# note: version: 6.1 wording (twin `sockmap_update_with_sk_or_null_v6_1`). The release of the change is UNCONFIRMED
# note: version: (after 6.1, by 6.12): the case claims 6.12 on.
# note: an unchecked ctx->sk is not accepted as a sock-map value.
    r6 = r1
    r7 = *(u64 *)(r6 + 0)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r3 = r7
    r4 = 0
    r1 = sock_map ll
    call 2                      # error[helper-arg-type]: R3 type=sock_or_null expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
    r0 = 1
    exit

# test: sockmap_update_with_sk_or_null_v6_1
# kernel: since 6.1
# kernel: before 6.2
# note: version: the 6.1 wording, confirmed on Debian 6.1.0-57 (6.1.192) under qemu; older releases UNCONFIRMED.
# note: an unchecked ctx->sk is not accepted as a sock-map value.
    r6 = r1
    r7 = *(u64 *)(r6 + 0)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r3 = r7
    r4 = 0
    r1 = sock_map ll
    call 2                      # error[helper-arg-type]: R3 type=sock_or_null expected=sock_common, sock, tcp_sock, xdp_sock, ptr_
    r0 = 1
    exit

# test: sockmap_delete
# note: bpf_map_delete_elem on a sock map is accepted.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 3
    r0 = 1
    exit

# test: sockmap_push_elem
# kernel: since 6.12
# note: version: this wording confirmed on Debian 6.12.118 under qemu and on 6.18; Debian 6.1.0-57 (6.1.192) under qemu prints the
# note: version: 6.1 wording (twin `sockmap_push_elem_v6_1`). The release of the change is UNCONFIRMED
# note: version: (after 6.1, by 6.12): the case claims 6.12 on.
# note: push on a sock map: the value-argument check (a socket) fails before compatibility.
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r2 = r10
    r2 += -8
    r3 = 0
    r1 = sock_map ll
    call 87                     # error[helper-arg-type]: R2 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
    r0 = 1
    exit

# test: sockmap_push_elem_v6_1
# kernel: since 6.1
# kernel: before 6.2
# note: version: the 6.1 wording, confirmed on Debian 6.1.0-57 (6.1.192) under qemu; older releases UNCONFIRMED.
# note: push on a sock map: the value-argument check (a socket) fails before compatibility.
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r2 = r10
    r2 += -8
    r3 = 0
    r1 = sock_map ll
    call 87                     # error[helper-arg-type]: R2 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_
    r0 = 1
    exit

# test: sockmap_push_elem_with_sock
# note: with a socket as value the compatibility check rejects push on a SOCKMAP.
    r6 = r1
    r2 = *(u64 *)(r6 + 0)
    if r2 == 0 goto out
    r3 = 0
    r1 = sock_map ll
    call 87                     # error[map-func-incompatible]: cannot pass map_type 15 into func bpf_map_push_elem#87
out:
    r0 = 1
    exit

# test: sockmap_store_sock_root
# note: with CAP_PERFMON a socket pointer may be stored into a map value (pointer leak allowed).
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto out
    r7 = r0
    r1 = 0
    *(u32 *)(r10 - 8) = r1
    r2 = r10
    r2 += -8
    r1 = arr ll
    call 1
    if r0 == 0 goto rel
    *(u64 *)(r0 + 0) = r7
rel:
    r1 = r7
    call 86
out:
    r0 = 1
    exit

# test: map_value_jmp32_null_check
# kernel: since 7.3
# kernel: also since 6.12.111 before 6.13
# kernel: also since 6.18.44 before 6.19
# kernel: also since 7.2.7 before 7.3
# note: version: a 32-bit comparison of a pointer is never decided (the low half of a valid
# note: pointer may be 0), so the `w0 == 0` side is walked and returns the pointer: "bpf: Don't
# note: predict JMP32 pointer vs zero comparisons", in 6.12.111 and 7.2.7 (Debian changelogs);
# note: confirmed on 6.12.118 and the live 6.18.44 (the first 6.18.y and 7.3 UNCONFIRMED).
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    if w0 == 0 goto leak
    r0 = 1
    exit
leak:
    exit                        # error[retval-pointer]: At program exit the register R0 is not a known value (map_value)
out:
    r0 = 1
    exit

# test: map_value_jmp32_null_check_v6_1
# kernel: since 6.1
# kernel: before 6.12.111
# kernel: also since 6.13 before 6.18.44
# kernel: also since 6.19 before 7.2.7
# note: version: before the fix above `is_branch_taken` decides a comparison of a non-NULL
# note: pointer with 0 at either width, so the `w0 == 0` side is dead and never walked (root:
# note: no speculative path). Confirmed on Debian 6.1.0-57 (6.1.192) under qemu and in
# note: Debian's 6.17.13, 6.18.15 and 6.19.14 images; 6.2 to 6.11 UNCONFIRMED.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    if w0 == 0 goto leak
    r0 = 1
    exit
leak:
    exit
out:
    r0 = 1
    exit

# test: mod_by_constant_bounds_a_map_index
# kernel: since 7.0
# note: version: "bpf: Add range tracking for BPF_DIV and BPF_MOD" (mainline 7.0, releases row
# note: div_mod_tracking): `r6 %= 16` is [0, 15], an index into the 16-byte value.
    r6 = *(u32 *)(r1 + 12)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r6 %= 16
    r0 += r6
    r0 = *(u8 *)(r0 + 0)
out:
    r0 = 1
    exit

# test: mod_by_constant_leaves_an_unknown_index
# kernel: since 6.1
# kernel: before 7.0
# note: version: before 7.0 a MOD result is unknown, so the pointer arithmetic is refused.
    r6 = *(u32 *)(r1 + 12)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r6 %= 16
    r0 += r6                    # error[ptr-arith, EINVAL]: math between map_value pointer and register with unbounded min value is not allowed
    r0 = *(u8 *)(r0 + 0)
out:
    r0 = 1
    exit

# test: map_lookup_compared_with_nonzero
# note: a maybe-NULL map value compared with a constant other than 0 is no NULL check: the
# note: comparison is never decided (`is_branch_taken` wants a pointer known not NULL), both
# note: branches go on with the pointer still maybe NULL, and the later NULL check makes it usable.
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r2 = r10
    r2 += -8
    r1 = hash ll
    call 1
    if r0 > 5 goto next
    r1 = 0
next:
    if r0 == 0 goto out
    r0 = *(u64 *)(r0 + 0)
out:
    r0 = 1
    exit

# test: map_lookup_compared_with_nonzero_then_used
# note: after `if r0 != 5` the map value may still be NULL on either branch.
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r2 = r10
    r2 += -8
    r1 = hash ll
    call 1
    if r0 != 5 goto out
    r0 = *(u64 *)(r0 + 0)       # error[invalid-mem-access]: R0 invalid mem access 'map_value_or_null'
out:
    r0 = 1
    exit

# test: map_lookup_jmp32_compared_with_zero
# note: a 32-bit `w0 == 0` is no NULL check (only a 64-bit comparison with the immediate 0
# note: is): the pointer stays maybe NULL past it.
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r2 = r10
    r2 += -8
    r1 = hash ll
    call 1
    if w0 == 0 goto out
    r0 = *(u64 *)(r0 + 0)       # error[invalid-mem-access]: R0 invalid mem access 'map_value_or_null'
out:
    r0 = 1
    exit

# test: map_lookup_compared_with_scalar_register
# note: a maybe-NULL map value compared with an unknown scalar register: undecided, nothing
# note: refined on either side; NULL-checked afterwards it is usable.
    r6 = *(u32 *)(r1 + 8)
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r2 = r10
    r2 += -8
    r1 = hash ll
    call 1
    if r6 >= r0 goto next
    r6 = 0
next:
    if r0 == 0 goto out
    r0 = *(u64 *)(r0 + 0)
out:
    r0 = 1
    exit

# test: map_tail_call_beside_subprog
# note: a tail call in the main program of a program with a BPF-to-BPF call: refused only
# note: when the kernel interprets rather than JITs the program (`allow_tail_call_in_subprogs`);
# note: x86-64's JIT supports it, and the kernels here are JITed (bpf_jit_enable 1, or
# note: CONFIG_BPF_JIT_ALWAYS_ON).
    r6 = r1
    call sub
    r1 = r6
    r2 = progs ll
    r3 = 0
    call 12
    r0 = 1
    exit
sub:
    r0 = 0
    exit

# test: map_value_moved_below_start
# kernel: before 7.1
# note: a map value pointer moved back by a constant keeps it as its fixed offset: the
# note: access at -8 is outside the value.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r0 += -8
    r1 = *(u8 *)(r0 + 0)        # error[map-value-bounds]: invalid access to map value, value_size=16 off=-8 size=1
out:
    r0 = 1
    exit

# test: map_value_moved_below_start_v7_1
# kernel: since 7.1
# note: version: 7.1 folds a pointer's fixed offset into its bounds (`reg->off` is gone), so
# note: `check_mem_region_access` sees a negative minimum; confirmed in Debian's 7.1.13 image
# note: (reduced from walk_random there).
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r0 += -8
    r1 = *(u8 *)(r0 + 0)        # error[map-value-bounds]: R0 min value is negative, either use unsigned index or do a if (index >=0) check.
out:
    r0 = 1
    exit

# test: map_value_moved_back_read_ahead
# kernel: before 7.1
# note: a map value pointer moved back by 4 reads 4 bytes at +8: bytes 4 to 7 of the value.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r0 += -4
    r1 = *(u32 *)(r0 + 8)
out:
    r0 = 1
    exit

# test: map_value_moved_back_read_ahead_v7_1
# kernel: since 7.1
# note: version: with the offset in the bounds, the pointer's unsigned maximum is 2^64 - 4,
# note: past BPF_MAX_VAR_OFF, though the access is inside the value; confirmed in Debian's
# note: 7.1.13 image.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r0 += -4
    r1 = *(u32 *)(r0 + 8)       # error[map-value-bounds]: R0 unbounded memory access, make sure to bounds check any such access
out:
    r0 = 1
    exit
