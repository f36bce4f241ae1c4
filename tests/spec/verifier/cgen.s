# Cases found by the generated C campaign (proggen::cgen, tests/cgen_kernel.rs), reduced.
.skmap sock_map, type=sockmap, key=4, value=8, max_entries=4
.skmap arr, type=array, key=4, value=4, max_entries=1
.skmap pcpu, type=percpu_array, key=4, value=8, max_entries=4

# test: bpf_loop_ids_before_a_later_leak
# kernel: since 7.0
# kernel: also since 6.18.33 before 6.19
# func: cb static
# note: cgen seed 2 program 993 (c14-O2-v3), reduced: the leak's id counts every id the
# note: paths walked before it took, here the narrow spill in a bpf_loop callback. Back at
# note: the call, the callback's spill into the caller's STACK_MISC slot converges with the
# note: checkpoint there (loop_prunes_misc_stack, 840692326e92): one visit, id=4; compared
# note: slot type by slot type, a second visit would take id=4 and leave the leak id=5.
    r6 = r1
    r8 = *(u32 *)(r6 + 12)
    r1 = *(u32 *)(r6 + 40)
    *(u32 *)(r10 - 8) = r1
    *(u32 *)(r10 - 4) = r1
    if w8 == 17 goto leak
main:
    r1 = 28
    r2 = cb ll
    r3 = r10
    r3 += -8
    r4 = 0
    call 181
    r1 = 0
    *(u32 *)(r10 - 12) = r1
    r2 = r10
    r2 += -12
    r1 = arr ll
    call 1
    r0 = 1
    exit                        # error[reference-leak]: Unreleased reference id=4 alloc_insn=28
leak:
    r1 = 0
    *(u32 *)(r10 - 16) = r1
    r2 = r10
    r2 += -16
    r1 = sock_map ll
    call 1
    goto main
cb:
    r3 = *(u32 *)(r2 + 4)
    w3 ^= w1
    r4 = *(u32 *)(r2 + 0)
    w4 *= 33
    w3 += w4
    *(u32 *)(r2 + 0) = r3
    r0 = 0
    exit

# test: bpf_loop_ids_before_a_later_leak_two_visits
# kernel: since 6.19
# kernel: before 7.0
# func: cb static
# note: version: without loop_prunes_misc_stack (6.19.y; 7.0 has it) the callback is visited
# note: twice and the leak takes id=5. Confirmed in Debian's 6.19.14 image.
    r6 = r1
    r8 = *(u32 *)(r6 + 12)
    r1 = *(u32 *)(r6 + 40)
    *(u32 *)(r10 - 8) = r1
    *(u32 *)(r10 - 4) = r1
    if w8 == 17 goto leak
main:
    r1 = 28
    r2 = cb ll
    r3 = r10
    r3 += -8
    r4 = 0
    call 181
    r1 = 0
    *(u32 *)(r10 - 12) = r1
    r2 = r10
    r2 += -12
    r1 = arr ll
    call 1
    r0 = 1
    exit                        # error[reference-leak]: Unreleased reference id=5 alloc_insn=28
leak:
    r1 = 0
    *(u32 *)(r10 - 16) = r1
    r2 = r10
    r2 += -16
    r1 = sock_map ll
    call 1
    goto main
cb:
    r3 = *(u32 *)(r2 + 4)
    w3 ^= w1
    r4 = *(u32 *)(r2 + 0)
    w4 *= 33
    w3 += w4
    *(u32 *)(r2 + 0) = r3
    r0 = 0
    exit

# test: constant_map_key_is_precise
# note: cgen seed 31 program 250 (c19-O2-v3), reduced. On the fall-through the key is the
# note: constant 65536 & 7 = 0, in bounds, so from 6.14 the PERCPU_ARRAY lookup is not NULL
# note: (eliding map lookup nullness). get_constant_map_key marks the spilled key precise,
# note: so the branch's path, whose key is any of 0..7, is not pruned at `key` against
# note: that checkpoint (made there: two jumps and eight instructions since the last) and
# note: its unchecked store is refused. Before 6.14 both paths are.
    r6 = *(u32 *)(r1 + 16)
    r8 = *(u32 *)(r1 + 20)
    r7 = 0
    if w8 == 1 goto a
    r7 += 1
a:
    r7 += 2
    r7 += 3
    r7 += 4
    r7 += 5
    if w6 != 65536 goto key
    r7 += 6
    r7 += 7
key:
    w6 &= 7
    *(u32 *)(r10 - 16) = r6
    r2 = r10
    r2 += -16
    r1 = pcpu ll
    call 1
    *(u64 *)(r0 + 0) = r7       # error[invalid-mem-access]: R0 invalid mem access 'map_value_or_null'
    w0 = 1
    exit
