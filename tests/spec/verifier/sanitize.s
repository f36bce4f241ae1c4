# Pointer arithmetic without CAP_PERFMON (no `bypass_spec_v1`): `sanitize_ptr_alu`,
# `retrieve_ptr_limit`, `sanitize_check_bounds`, `sanitize_val_alu`. A pointer moved by a
# register must move in one direction, from inside its object; the moved pointer must
# stay inside it; each instruction keeps one masking window across paths. A variable
# offset pushes a speculative path with the pointer unmoved (the processed counts here
# pin it) and makes scalars prune only when equal (`explore_alu_limits`).
.skmap arr, type=array, key=4, value=16, max_entries=1

# test: san_map_value_plus_var_index
# privilege: no_perfmon
# note: the value pointer moved by an index in [0, 7]; one byte read through it.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r1 = *(u32 *)(r0 + 0)
    r1 &= 7
    r0 += r1
    r0 = *(u8 *)(r0 + 0)
out:
    r0 = 1
    exit

# test: san_scalar_plus_map_value
# privilege: no_perfmon
# note: `scalar += pointer`: the scalar register becomes the moved pointer.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r1 = *(u32 *)(r0 + 0)
    r1 &= 7
    r1 += r0
    r0 = *(u8 *)(r1 + 0)
out:
    r0 = 1
    exit

# test: san_map_value_minus_var_index
# privilege: no_perfmon
# kernel: before 7.1
# note: the value pointer at +8 moved back by an index in [0, 7]: its variable part
# note: 0 - [0, 7] may wrap as unsigned, so `sanitize_check_bounds` finds the one-byte
# note: access unbounded (the kernel logs that first, then the refusal).
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r1 = *(u32 *)(r0 + 0)
    r1 &= 7
    r0 += 8
    r0 -= r1                    # error[map-value-bounds]: R0 pointer arithmetic of map value goes out of range, prohibited for !root
    r0 = *(u8 *)(r0 + 0)
out:
    r0 = 1
    exit

# test: san_map_value_minus_var_index_v7_1
# privilege: no_perfmon
# kernel: since 7.1
# note: version: 7.1 folds the pointer's +8 into its `var_off`, so `8 - [0, 7]` is `[1, 8]` and does not wrap: `sanitize_check_bounds` passes and the program is accepted; confirmed in Debian's 7.1.13 image.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r1 = *(u32 *)(r0 + 0)
    r1 &= 7
    r0 += 8
    r0 -= r1
    r0 = *(u8 *)(r0 + 0)
out:
    r0 = 1
    exit

# test: san_mixed_signed_bounds
# privilege: no_perfmon
# note: an index in [-4, 3] may move the pointer either way.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r1 = *(u32 *)(r0 + 0)
    r1 &= 7
    r1 -= 4
    r0 += r1                    # error[ptr-arith]: R1 has unknown scalar with mixed signed bounds, pointer arithmetic with it prohibited for !root
out:
    r0 = 1
    exit

# test: san_mixed_signed_bounds_swapped
# kernel: since 5.11
# note: version: after 5.10.262, by 5.15.225 (their images): the case claims 5.11 on, the release UNCONFIRMED; twin `san_mixed_signed_bounds_swapped_v5_10`.
# privilege: no_perfmon
# kernel: before 6.19
# note: the same with the scalar as the destination: the message names the source
# note: register, here the pointer (the kernel compares the destination with a copy of
# note: the scalar, `sanitize_err`).
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r1 = *(u32 *)(r0 + 0)
    r1 &= 7
    r1 -= 4
    r1 += r0                    # error[ptr-arith]: R0 has unknown scalar with mixed signed bounds, pointer arithmetic with it prohibited for !root
out:
    r0 = 1
    exit

# test: san_mixed_signed_bounds_swapped_v6_19
# privilege: no_perfmon
# kernel: since 6.19
# kernel: before 7.1
# note: version: 6.19.14 and 7.0.13 hand the destination itself to `adjust_ptr_min_max_vals` as the offset (`sanitize_err_off_reg_is_dst`), so the message names the destination (Debian's images).
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r1 = *(u32 *)(r0 + 0)
    r1 &= 7
    r1 -= 4
    r1 += r0                    # error[ptr-arith]: R1 has unknown scalar with mixed signed bounds, pointer arithmetic with it prohibited for !root
out:
    r0 = 1
    exit

# test: san_mixed_signed_bounds_swapped_v7_1
# privilege: no_perfmon
# kernel: since 7.1
# note: version: 7.1.13 answers as 6.18.44 (Debian's image).
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r1 = *(u32 *)(r0 + 0)
    r1 &= 7
    r1 -= 4
    r1 += r0                    # error[ptr-arith]: R0 has unknown scalar with mixed signed bounds, pointer arithmetic with it prohibited for !root
out:
    r0 = 1
    exit

# test: san_mixed_signed_bounds_swapped_v5_10
# kernel: before 5.11
# note: version: `adjust_reg_min_max_vals` passes the destination itself as the offset, so `sanitize_err` names it (row `sanitize_err_off_reg_is_dst`); confirmed on Debian 11's 5.10.0-46 (5.10.262) under qemu.
# privilege: no_perfmon
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r1 = *(u32 *)(r0 + 0)
    r1 &= 7
    r1 -= 4
    r1 += r0                    # error[ptr-arith]: R1 has unknown scalar with mixed signed bounds, pointer arithmetic with it prohibited for !root
out:
    r0 = 1
    exit

# test: san_ctx_plus_const_register
# privilege: no_perfmon
# note: the context moved by a register, even one holding 0: only the stack and map
# note: values have a masking limit.
    r2 = 0
    r1 += r2                    # error[ptr-arith]: R1 has pointer with unsupported alu operation, pointer arithmetic with it prohibited for !root
    r0 = 1
    exit

# test: san_scalar_plus_ctx
# privilege: no_perfmon
# kernel: since 5.11
# kernel: before 6.19
# note: `scalar += ctx` by a register: the context has no masking limit; the message names
# note: the destination, the kernel comparing it with a copy of the scalar (`sanitize_err`).
# note: Found by walk_random in Debian's 7.0.13 image.
    r2 = 0
    r2 += r1                    # error[ptr-arith]: R2 has pointer with unsupported alu operation, pointer arithmetic with it prohibited for !root
    r0 = 1
    exit

# test: san_scalar_plus_ctx_v6_19
# privilege: no_perfmon
# kernel: since 6.19
# kernel: before 7.1
# note: version: 6.19.14 and 7.0.13 hand the destination itself to `adjust_ptr_min_max_vals` as the offset (`sanitize_err_off_reg_is_dst`), so the message names the source (Debian's images).
    r2 = 0
    r2 += r1                    # error[ptr-arith]: R1 has pointer with unsupported alu operation, pointer arithmetic with it prohibited for !root
    r0 = 1
    exit

# test: san_scalar_plus_ctx_v7_1
# privilege: no_perfmon
# kernel: since 7.1
# note: version: 7.1.13 answers as 6.18.44 (Debian's image).
    r2 = 0
    r2 += r1                    # error[ptr-arith]: R2 has pointer with unsupported alu operation, pointer arithmetic with it prohibited for !root
    r0 = 1
    exit

# test: san_stack_bottom_plus_register
# privilege: no_perfmon
# note: fp-512 moved up by a register: already at the limit of the frame.
    r1 = *(u32 *)(r1 + 56)
    r1 &= 7
    r2 = r10
    r2 += -512
    r2 += r1                    # error[ptr-arith]: R2 tried to add beyond pointer bounds, pointer arithmetic with it prohibited for !root
    r0 = 1
    exit

# test: san_stack_plus_const_register
# privilege: no_perfmon
# note: a register holding -8 moves the frame pointer to a slot: accepted.
    r1 = -8
    r2 = r10
    r2 += r1
    *(u64 *)(r2 + 0) = r1
    r0 = 1
    exit

# test: san_stack_out_of_range_imm
# privilege: no_perfmon
# note: a constant moving the frame pointer above the frame.
    r2 = r10
    r2 += 8                     # error[ptr-arith]: R2 stack pointer arithmetic goes out of range, prohibited for !root; off=8
    r0 = 1
    exit

# test: san_two_windows_one_insn
# privilege: no_perfmon
# note: `r0 += r1` reached with r1 = 4 (an immediate window) and then with r1 in [6, 7].
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r1 = *(u32 *)(r0 + 0)
    if r1 > 5 goto var
    r1 = 4
    goto add
var:
    r1 &= 7
add:
    r0 += r1                    # error[ptr-arith]: R0 tried to add from different maps, paths or scalars, pointer arithmetic with it prohibited for !root
    r0 = *(u8 *)(r0 + 0)
out:
    r0 = 1
    exit

# test: san_scalar_then_pointer_add
# privilege: no_perfmon
# note: `r3 += r1` adds scalars on the first path (`sanitize_val_alu`) and moves a map
# note: value pointer on the second.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r1 = *(u32 *)(r0 + 0)
    r1 &= 7
    if r1 > 5 goto ptr
    r3 = 0
    goto add
ptr:
    r3 = r0
add:
    r3 += r1                    # error[ptr-arith]: R3 tried to add from different maps, paths or scalars, pointer arithmetic with it prohibited for !root
out:
    r0 = 1
    exit

# test: san_exact_scalars_after_var_move
# privilege: no_perfmon
# note: after a value pointer moved by an unknown index, the two sides of the diamond
# note: reach `r0 = 1` with r3 = 1 and r3 = 2 (not read after): the second is not pruned.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r1 = *(u32 *)(r0 + 0)
    r1 &= 7
    r0 += r1
    r4 = *(u8 *)(r0 + 0)
    r3 = 1
    if r4 > 3 goto join
    r3 = 2
join:
    r5 = r3
    r5 = 0
    r5 = 0
out:
    r0 = 1
    exit

# test: san_nospec_insn_skips_sanitation
# privilege: no_perfmon
# kernel: since 6.18
# note: the first path to reach `r0 += r3` is speculative (r7 >= 128 makes `r3 s> 8`
# note: always true, the fall-through is walked with r3 unknown): the moved pointer is
# note: unbounded, which on 6.18 ends that path with a barrier before the instruction (the
# note: nospec fallback), after its masked path was pushed. The later path with r7 < 128
# note: reaches it with r3 in [0, 8]: behind the barrier nothing is sanitized, so no
# note: speculative path is pushed there (`can_skip_alu_sanitation`). walk_wide seed 303,
# note: which counted two more instructions than 6.18.44 while it pushed one.
    r6 = r1
    r7 = *(u8 *)(r6 + 31)
    if r7 s< 128 goto lookup
    r5 = 1
lookup:
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r3 = r7
    if r3 s> 8 goto out
    if r3 s< 0 goto out
    r0 += r3
    *(u64 *)(r0 + 0) = r7
out:
    r0 = 1
    exit

# test: san_speculative_failure_rejects_before_nospec
# privilege: no_perfmon
# kernel: before 6.17
# note: the twin of san_nospec_insn_skips_sanitation for releases without the nospec
# note: fallback: the speculative path's unbounded move rejects the program.
    r6 = r1
    r7 = *(u8 *)(r6 + 31)
    if r7 s< 128 goto lookup
    r5 = 1
lookup:
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r3 = r7
    if r3 s> 8 goto out
    if r3 s< 0 goto out
    r0 += r3                    # error[map-value-bounds]: R0 pointer arithmetic of map value goes out of range, prohibited for !root
    *(u64 *)(r0 + 0) = r7
out:
    r0 = 1
    exit

# test: san_stack_plus_u32_root
# note: root: fp-48 moved by any u32 is a pointer the kernel keeps (only the minimum of
# note: the sum is checked, `check_reg_sane_offset`), refused where it is written through.
    r1 = *(u32 *)(r1 + 16)
    r4 = r10
    r4 += -48
    r4 += r1
    *(u8 *)(r4 + 0) = 1         # error[stack-bounds]: invalid unbounded variable-offset write to stack R4
    r0 = 1
    exit

# test: san_stack_plus_u32_no_perfmon
# privilege: no_perfmon
# kernel: before 7.1
# note: the same without CAP_PERFMON: the moved stack pointer is refused at once.
    r1 = *(u32 *)(r1 + 16)
    r4 = r10
    r4 += -48
    r4 += r1                    # error[ptr-arith]: R4 variable stack access prohibited for !root, var_off=(0x0; 0xffffffff) off=-48
    *(u8 *)(r4 + 0) = 1
    r0 = 1
    exit

# test: san_stack_plus_u32_no_perfmon_v7_1
# privilege: no_perfmon
# kernel: since 7.1
# note: version: 7.1 folds a pointer's fixed offset into its `var_off` (`reg->off` is gone), so the message prints one term less or the `var_off` with the offset in it; confirmed in Debian's 7.1.13 image.
    r1 = *(u32 *)(r1 + 16)
    r4 = r10
    r4 += -48
    r4 += r1                    # error[ptr-arith]: R4 variable stack access prohibited for !root, var_off=(0x0; 0xffffffffffffffff) off=0
    *(u8 *)(r4 + 0) = 1
    r0 = 1
    exit

# test: san_map_value_minus_u32_root
# kernel: since 6.18.44
# kernel: before 6.19
# note: root: a value pointer moved back by any u32 has a minimum below -2^29
# note: (`check_reg_sane_offset` of the sum, before `reg_bounds_sync`). 6.18.44 words it as
# note: below (row `sane_offset_ptr_wording`); 6.1.192, 6.12.118, 6.19.14 and 7.0.13 say
# note: `value -4294967295 makes map_value pointer be out of bounds` (the _before twin).
    r6 = *(u32 *)(r1 + 16)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r0 -= r6                    # error[ptr-arith]: map_value pointer offset -4294967295 is not allowed
out:
    r0 = 1
    exit

# test: san_map_value_minus_u32_root_v7_1
# kernel: since 7.1
# note: version: 7.1.13 answers as 6.18.44 (Debian's image).
    r6 = *(u32 *)(r1 + 16)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r0 -= r6                    # error[ptr-arith]: map_value pointer offset -4294967295 is not allowed
out:
    r0 = 1
    exit

# test: san_map_value_minus_u32_no_perfmon
# privilege: no_perfmon
# note: the same without CAP_PERFMON: the masking checks before the move pass (one sign,
# note: the pointer at the start of the value), the sum is refused as for root.
# kernel: since 6.18.44
# kernel: before 6.19
    r6 = *(u32 *)(r1 + 16)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r0 -= r6                    # error[ptr-arith]: map_value pointer offset -4294967295 is not allowed
out:
    r0 = 1
    exit

# test: san_map_value_minus_u32_no_perfmon_v6_19
# privilege: no_perfmon
# kernel: since 6.19
# kernel: before 7.1
# note: version: 6.19.14 and 7.0.13 word it as 6.1.192 and 6.12.118 do (Debian's images); 6.18.44 and 7.1.13 as above.
    r6 = *(u32 *)(r1 + 16)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r0 -= r6                    # error[ptr-arith]: value -4294967295 makes map_value pointer be out of bounds
out:
    r0 = 1
    exit

# test: san_map_value_minus_u32_no_perfmon_v7_1
# privilege: no_perfmon
# kernel: since 7.1
# note: version: 7.1.13 answers as 6.18.44 (Debian's image).
    r6 = *(u32 *)(r1 + 16)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r0 -= r6                    # error[ptr-arith]: map_value pointer offset -4294967295 is not allowed
out:
    r0 = 1
    exit

# test: san_map_value_minus_u32_root_before
# kernel: before 6.18.44
# kernel: also since 6.19 before 7.1
# note: san_map_value_minus_u32_root's twin on 6.1, 6.12, 6.19 and 7.0.
    r6 = *(u32 *)(r1 + 16)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r0 -= r6                    # error[ptr-arith]: value -4294967295 makes map_value pointer be out of bounds
out:
    r0 = 1
    exit

# test: san_map_value_negative_index_root
# note: root moves a value pointer by an index in [-4, 3] (no masking for root); the load
# note: through it may read before the value (`check_mem_region_access`).
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r1 = *(u32 *)(r0 + 0)
    r1 &= 7
    r1 -= 4
    r0 += r1
    r0 = *(u8 *)(r0 + 0)        # error[map-value-bounds]: R0 min value is negative, either use unsigned index or do a if (index >=0) check.
out:
    r0 = 1
    exit

# test: san_map_value_negative_index_in_range_root
# note: the same index read at +4: the minimum passes (0), but as unsigned the index may
# note: be anything, so the maximum is unbounded.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r1 = *(u32 *)(r0 + 0)
    r1 &= 7
    r1 -= 4
    r0 += r1
    r0 = *(u8 *)(r0 + 4)        # error[map-value-bounds]: R0 unbounded memory access, make sure to bounds check any such access
out:
    r0 = 1
    exit
