# bpf_for_each_map_elem (helper 164, bpf_base_func_proto, CAP_BPF) and its callback, loaded
# with BTF func_info (`# func:`). The callback gets R1 the map (the caller's R1), R2 a
# pointer to the key (`map_key`, read-only, key_size bytes), R3 a pointer to the value
# (`map_value`, value_size bytes, never NULL), R4 the caller's R3 (the callback context:
# stack or NULL) and R5 nothing (`map_set_for_each_callback_args`); it returns 0 (go on) or
# 1 (stop). Only maps whose ops iterate with a callback (array, percpu array, the four hash
# maps) may be passed; the flags are the helper's business at run time. 6.1 walks the
# callback once, from 6.7 until its iterations converge at the call (`callback_iteration`).
.skmap arr, type=array, key=4, value=16, max_entries=4
.skmap hash, type=hash, key=8, value=8, max_entries=4
.skmap pcpu, type=percpu_array, key=4, value=8, max_entries=2
.skmap pcpu_hash, type=percpu_hash, key=4, value=8, max_entries=2
.skmap lru, type=lru_hash, key=4, value=8, max_entries=2
.skmap lru_pcpu, type=lru_percpu_hash, key=4, value=8, max_entries=2
.skmap sock_map, type=sockmap, key=4, value=8, max_entries=4
.skmap progs, type=prog_array, key=4, value=4, max_entries=1
.skmap ring, type=ringbuf, key=0, value=0, max_entries=4096
.skmap lpm, type=lpm_trie, key=8, value=8, max_entries=16, flags=1

# test: for_each_array_accepted
# kernel: since 6.1
# func: cb static
# note: the callback reads the key and the whole value, and returns 0.
    r1 = arr ll
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 164                    # bpf_for_each_map_elem
    r0 = 0
    exit
cb:
    r0 = *(u32 *)(r2 + 0)
    r0 = *(u64 *)(r3 + 8)
    r0 = 0
    exit

# test: for_each_hash_accepted
# kernel: since 6.1
# func: cb static
# note: a hash map's key of 8 bytes, its value written by the callback.
    r1 = hash ll
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 164
    r0 = 0
    exit
cb:
    r0 = *(u64 *)(r2 + 0)
    *(u64 *)(r3 + 0) = r0
    r0 = 1
    exit

# test: for_each_percpu_and_lru_maps_accepted
# kernel: since 6.1
# func: cb static
# note: one callback for the other four map types whose ops iterate.
    r1 = pcpu ll
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 164
    r1 = pcpu_hash ll
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 164
    r1 = lru ll
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 164
    r1 = lru_pcpu ll
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 164
    r0 = 0
    exit
cb:
    r0 = *(u32 *)(r2 + 0)
    r0 = *(u64 *)(r3 + 0)
    r0 = 0
    exit

# test: for_each_key_past_end
# kernel: since 6.1
# func: cb static
# note: the key is key_size (4) bytes: a read at 4 is outside it.
    r1 = arr ll
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 164
    r0 = 0
    exit
cb:
    r0 = *(u32 *)(r2 + 4)       # error[map-value-bounds]: invalid access to map key, key_size=4 off=4 size=4
    r0 = 0
    exit

# test: for_each_value_past_end
# kernel: since 6.1
# func: cb static
    r1 = arr ll
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 164
    r0 = 0
    exit
cb:
    r0 = *(u32 *)(r3 + 16)      # error[map-value-bounds]: invalid access to map value, value_size=16 off=16 size=4
    r0 = 0
    exit

# test: for_each_key_written
# kernel: since 6.1
# func: cb static
# note: the key is read-only.
    r1 = arr ll
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 164
    r0 = 0
    exit
cb:
    r1 = 0
    *(u32 *)(r2 + 0) = r1       # error[invalid-mem-access]: write to change key R2 not allowed
    r0 = 0
    exit

# test: for_each_sockmap_refused
# kernel: since 6.1
# func: cb static
# note: a socket map's ops have no callback iteration.
    r1 = sock_map ll
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 164                    # error[map-func-incompatible, ENOTSUPP]: callback function not allowed for map
    r0 = 0
    exit
cb:
    r0 = 0
    exit

# test: for_each_prog_array_refused
# kernel: since 6.1
# func: cb static
    r1 = progs ll
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 164                    # error[map-func-incompatible, ENOTSUPP]: callback function not allowed for map
    r0 = 0
    exit
cb:
    r0 = 0
    exit

# test: for_each_ringbuf_refused
# kernel: since 6.1
# func: cb static
    r1 = ring ll
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 164                    # error[map-func-incompatible, ENOTSUPP]: callback function not allowed for map
    r0 = 0
    exit
cb:
    r0 = 0
    exit

# test: for_each_lpm_trie_refused
# kernel: since 6.1
# func: cb static
    r1 = lpm ll
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 164                    # error[map-func-incompatible, ENOTSUPP]: callback function not allowed for map
    r0 = 0
    exit
cb:
    r0 = 0
    exit

# test: for_each_callback_returns_two
# kernel: since 6.12
# func: cb static
    r1 = arr ll
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 164
    r0 = 0
    exit
cb:
    r0 = 2
    exit                        # error[retval-range, EINVAL]: At callback return the register R0 has smin=2 smax=2 should have been in [0, 1]

# test: for_each_callback_returns_two_tnum
# kernel: since 6.1
# kernel: before 6.2
# func: cb static
    r1 = arr ll
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 164
    r0 = 0
    exit
cb:
    r0 = 2
    exit                        # error[retval-range, EINVAL]: At callback return the register R0 has value (0x2; 0x0) should have been in (0x0; 0x1)

# test: for_each_flags_not_checked
# kernel: since 6.1
# func: cb static
# note: non-zero flags are refused by the helper at run time (-EINVAL), not by the verifier.
    r1 = arr ll
    r2 = cb ll
    r3 = 0
    r4 = 1
    call 164
    r0 = 0
    exit
cb:
    r0 = 0
    exit

# test: for_each_callback_reads_r5
# kernel: since 6.1
# func: cb static
# note: R5 is not initialised in the callback's frame.
    r1 = arr ll
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 164
    r0 = 0
    exit
cb:
    r0 = r5                     # error[uninit-read]: R5 !read_ok
    r0 = 0
    exit

# test: for_each_stack_context_counter
# kernel: since 6.1
# func: cb static
# note: the callback context (R3, a stack pointer) reaches the callback as R4; the callback
# note: counts the elements there. (Reading the count back into R0 makes the counter
# note: precise: the iterations never converge and 6.18.44 stops at 1M instructions.)
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r1 = arr ll
    r2 = cb ll
    r3 = r10
    r3 += -8
    r4 = 0
    call 164
    r0 = 0
    exit
cb:
    r1 = *(u64 *)(r4 + 0)
    r1 += 1
    *(u64 *)(r4 + 0) = r1
    r0 = 0
    exit

# test: for_each_null_context_read
# kernel: since 6.1
# func: cb static
# note: a NULL context is a scalar 0 in the callback: not memory.
    r1 = arr ll
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 164
    r0 = 0
    exit
cb:
    r0 = *(u64 *)(r4 + 0)       # error[invalid-mem-access]: R4 invalid mem access 'scalar'
    r0 = 0
    exit

# test: for_each_map_argument_scalar
# kernel: since 6.1
# func: cb static
    r1 = 0
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 164                    # error[helper-arg-type]: R1 type=scalar expected=map_ptr
    r0 = 0
    exit
cb:
    r0 = 0
    exit

# test: for_each_key_to_lookup
# kernel: since 6.1
# func: cb static
# note: the callback looks its own key up in its map (R1): the key pointer is a valid key
# note: argument.
    r1 = arr ll
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 164
    r0 = 0
    exit
cb:
    call 1
    r0 = 0
    exit

# test: for_each_value_offset_past_end
# kernel: since 6.1
# func: cb static
# note: the value pointer moved by a constant, then read past value_size.
    r1 = hash ll
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 164
    r0 = 0
    exit
cb:
    r3 += 4
    r0 = *(u32 *)(r3 + 4)       # error[map-value-bounds]: invalid access to map value, value_size=8 off=8 size=4
    r0 = 0
    exit

# test: for_each_result_returned
# kernel: since 6.8
# func: cb static
# note: the helper returns the number of elements visited: an unknown scalar, not in [0, 1].
    r1 = arr ll
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 164
    exit                        # error[retval-range]: At program exit the register R0 has unknown scalar value should have been in [0, 1]
cb:
    r0 = 0
    exit

# test: for_each_result_returned_tnum
# kernel: since 6.1
# kernel: before 6.8
# func: cb static
    r1 = arr ll
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 164
    exit                        # error[retval-range]: At program exit the register R0 has unknown scalar value should have been in (0x0; 0x1)
cb:
    r0 = 0
    exit

# test: for_each_key_not_null
# kernel: since 6.1
# func: cb static
# note: the key pointer is never NULL: a comparison with 0 is decided and the branch that
# note: would read R5 is never walked.
    r1 = arr ll
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 164
    r0 = 0
    exit
cb:
    if r2 != 0 goto ok
    r0 = r5
ok:
    r0 = 0
    exit

# test: for_each_value_not_null
# kernel: since 6.1
# func: cb static
    r1 = hash ll
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 164
    r0 = 0
    exit
cb:
    if r3 == 0 goto bad
    r0 = 0
    exit
bad:
    r0 = r5
    exit

# test: for_each_short_key_for_a_longer_map
# kernel: since 6.1
# func: cb static
# note: the array's 4-byte key passed as the key of an 8-byte-key hash map: the helper
# note: reads 8 bytes of a 4-byte key.
    r1 = arr ll
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 164
    r0 = 0
    exit
cb:
    r1 = hash ll
    call 1                      # error[map-value-bounds]: invalid access to map key, key_size=4 off=0 size=8
    r0 = 0
    exit

# test: for_each_value_as_key
# kernel: since 6.1
# func: cb static
# note: the 8-byte value of one hash map as the key of another: a valid key argument.
    r1 = hash ll
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 164
    r0 = 0
    exit
cb:
    r1 = hash ll
    r2 = r3
    call 1
    r0 = 0
    exit

# test: for_each_no_perfmon
# kernel: since 6.1
# privilege: no_perfmon
# func: cb static
# note: CAP_BPF is enough for the helper.
    r1 = arr ll
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 164
    r0 = 0
    exit
cb:
    r0 = *(u32 *)(r2 + 0)
    r0 = 1
    exit

# test: for_each_key_atomic
# kernel: since 6.1
# func: cb static
# note: an atomic add through the key is a write.
    r1 = arr ll
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 164
    r0 = 0
    exit
cb:
    r1 = 1
    lock *(u32 *)(r2 + 0) += r1 # error[invalid-mem-access]: write to change key R2 not allowed
    r0 = 0
    exit

# test: for_each_nested_in_loop_callback
# kernel: since 6.1
# func: cb static
# func: inner static
# note: a bpf_loop callback that walks a map with a callback of its own.
    r1 = 3
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 181                    # bpf_loop
    r0 = 0
    exit
cb:
    r1 = arr ll
    r2 = inner ll
    r3 = 0
    r4 = 0
    call 164
    r0 = 0
    exit
inner:
    r0 = *(u64 *)(r3 + 8)
    r0 &= 1
    exit

# test: for_each_flags_pointer
# kernel: since 6.1
# func: cb static
# note: `flags` (R4) is ARG_ANYTHING: a pointer passes as root (6.1.192, 6.12.118, 6.18.44).
    r1 = arr ll
    r2 = cb ll
    r3 = 0
    r4 = r10
    call 164                    # bpf_for_each_map_elem
    r0 = 0
    exit
cb:
    r0 = 0
    exit
