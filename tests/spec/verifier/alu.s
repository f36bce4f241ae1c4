# Arithmetic and registers: division by zero, the read-only frame pointer, uninitialised
# registers, pointer arithmetic restrictions, shifts, and cpu v4 ALU forms.

# test: alu_div_reg_zero
# note: dividing by a register that holds 0 is accepted: at run time BPF defines x / 0 = 0
# note: (the kernel patches the division), so the verifier has nothing to reject.
    r0 = 1
    r2 = 0
    r0 /= r2
    r0 = 1
    exit

# test: alu_mod_reg_zero
# note: modulo by a zero register is accepted too (x % 0 = x at run time).
    r0 = 1
    r2 = 0
    r0 %= r2
    r0 = 1
    exit

# test: alu_mod_reg_zero_result_unknown
# kernel: since 6.8
# kernel: before 7.0
# note: version: the [0, 1] wording is 6.8+; 5.9-6.7 printed a tnum (see ret_*_tnum).
# note: the verifier does not fold a modulo by a known-zero register: 1 % 0 is 1 at run
# note: time, but the verifier only knows "unknown scalar", so returning it is rejected.
    r0 = 1
    r2 = 0
    r0 %= r2
    exit                        # error[retval-range]: At program exit the register R0 has unknown scalar value should have been in [0, 1]

# test: alu_div_reg_zero_result
# kernel: since 6.8
# kernel: before 7.0
# note: version: the [0, 1] wording is 6.8+; 5.9-6.7 printed a tnum (see ret_*_tnum).
# note: the same for division: 1 / 0 is 0 at run time, but the verifier treats the result
# note: as an unknown scalar.
    r0 = 1
    r2 = 0
    r0 /= r2
    exit                        # error[retval-range]: At program exit the register R0 has unknown scalar value should have been in [0, 1]

# test: alu_mod_reg_zero_result_known
# kernel: since 7.0
# note: version: with div_mod_tracking (mainline 7.0) a modulo by a known 0 leaves the
# note: dividend (x % 0 = x), so 1 is returned. Confirmed in Debian's 7.0.13 image.
    r0 = 1
    r2 = 0
    r0 %= r2
    exit

# test: alu_div_reg_zero_result_known
# kernel: since 7.0
# note: version: and a division by a known 0 gives the known 0.
    r0 = 1
    r2 = 0
    r0 /= r2
    exit

# test: alu_div_reg_unknown
# note: dividing by an unknown value (possibly 0) is accepted.
    r2 = *(u32 *)(r1 + 8)
    r0 = 10
    r0 /= r2
    r0 = 1
    exit

# test: alu_div_imm_zero
# note: dividing by the immediate 0 is rejected.
    r0 = 1
    r0 /= 0                     # error[div-by-zero]: div by zero
    exit

# test: alu_mod_imm_zero
# note: modulo by the immediate 0 is rejected.
    r0 = 1
    r0 %= 0                     # error[div-by-zero]: div by zero
    exit

# test: alu_div32_imm_zero
# note: the 32-bit form too.
    w0 = 1
    w0 /= 0                     # error[div-by-zero]: div by zero
    exit

# test: alu_sdiv_imm_zero
# kernel: since 6.6
# note: signed division (cpu v4) by the immediate 0.
    r0 = 1
    r0 s/= 0                    # error[div-by-zero]: div by zero
    exit

# test: alu_sdiv_reg_zero
# kernel: since 6.6
# note: signed division by a zero register is accepted like the unsigned one.
    r0 = 1
    r2 = 0
    r0 s/= r2
    r0 = 1
    exit

# test: alu_div_imm_one
# note: dividing by a non-zero immediate is fine.
    r0 = *(u32 *)(r1 + 8)
    r0 /= 2
    r0 = 1
    exit

# ----------------------------------------------------------------------------------------
# R10 is read-only.

# test: fp_write_mov
# note: R10 cannot be written.
    r10 = 0                     # error[frame-pointer-write]: frame pointer is read only
    r0 = 1
    exit

# test: fp_write_add
# note: not even by arithmetic on it.
    r10 += 8                    # error[frame-pointer-write]: frame pointer is read only
    r0 = 1
    exit

# test: fp_write_alu32
# note: nor by a 32-bit write.
    w10 = 1                     # error[frame-pointer-write]: frame pointer is read only
    r0 = 1
    exit

# test: fp_write_load
# note: nor by a load into it.
    r10 = *(u32 *)(r1 + 8)      # error[frame-pointer-write]: frame pointer is read only
    r0 = 1
    exit

# test: fp_copy
# note: copying R10 to another register and moving that is fine.
    r2 = r10
    r2 += -8
    r0 = 1
    exit

# ----------------------------------------------------------------------------------------
# Uninitialised registers (R0, R2-R9 at entry).

# test: uninit_mov
# note: reading R2 at entry.
    r0 = r2                     # error[uninit-read]: R2 !read_ok
    exit

# test: uninit_alu_src
# note: R3 as an ALU source.
    r0 = 1
    r0 += r3                    # error[uninit-read]: R3 !read_ok
    exit

# test: uninit_alu_dst
# note: R0 as an ALU destination that is also read.
    r0 += 1                     # error[uninit-read]: R0 !read_ok
    exit

# test: uninit_jump
# note: R4 in a comparison.
    r0 = 1
    if r4 > 0 goto out          # error[uninit-read]: R4 !read_ok
out:
    exit

# test: uninit_jump_both_regs
# kernel: since 5.16
# note: version: after 5.15.225, by 6.1.192: the case claims 5.16 on, the release UNCONFIRMED; twin `uninit_jump_both_regs_v5_15`.
# note: both compared registers uninitialised: `check_cond_jmp_op` reads dst first.
    r0 = 1
    if r4 > r5 goto out         # error[uninit-read]: R4 !read_ok
out:
    exit

# test: uninit_jump_both_regs_v5_15
# kernel: before 5.16
# note: version: 5.15.225's `check_cond_jmp_op` reads src before dst (its sources).
    r0 = 1
    if r4 > r5 goto out         # error[uninit-read]: R5 !read_ok
out:
    exit

# test: uninit_store_value
# note: storing an uninitialised R5.
    *(u64 *)(r10 - 8) = r5      # error[uninit-read]: R5 !read_ok
    r0 = 1
    exit

# test: uninit_base_pointer
# note: R6 as the base of a load.
    r0 = *(u64 *)(r6 + 0)       # error[uninit-read]: R6 !read_ok
    r0 = 1
    exit

# test: uninit_overwrite_ok
# note: writing a register without reading it first is fine (mov does not read the old value).
    r9 = 1
    r0 = r9
    exit

# ----------------------------------------------------------------------------------------
# Pointer arithmetic.

# test: ptr_alu32
# note: 32-bit arithmetic on a pointer is prohibited.
    w1 += 8                     # error[ptr-arith]: R1 32-bit pointer arithmetic prohibited
    r0 = 1
    exit

# test: ptr_mul
# note: multiplying a pointer is prohibited.
    r1 *= 2                     # error[ptr-arith]: R1 pointer arithmetic with *= operator prohibited
    r0 = 1
    exit

# test: ptr_and
# note: bitwise operators on pointers are prohibited.
    r1 &= 7                     # error[ptr-arith]: R1 bitwise operator &= on pointer prohibited
    r0 = 1
    exit

# test: ptr_shift
# note: shifting a pointer is prohibited.
    r1 >>= 1                    # error[ptr-arith]: R1 pointer arithmetic with >>= operator prohibited
    r0 = 1
    exit

# test: ptr_minus_ptr_root
# note: subtracting two pointers of the same kind (stack) gives a scalar (root).
    r2 = r10
    r2 += -8
    r3 = r10
    r3 -= r2
    r0 = 1
    exit

# test: ptr_minus_ptr_different_root
# note: root (CAP_PERFMON): subtracting pointers of different kinds (fp - ctx) gives an
# note: unknown scalar. Prohibited without CAP_PERFMON (privilege.s).
    r0 = r10
    r0 -= r1
    r0 = 1
    exit

# test: scalar_minus_ptr
# note: scalar - pointer is prohibited.
    r0 = 0
    r0 -= r1                    # error[ptr-arith]: R0 tried to subtract pointer from scalar
    r0 = 1
    exit

# test: stack_ptr_minus_const
# note: a stack pointer may not be subtracted from, even by a constant (`adjust_ptr_min_max_vals`).
    r2 = r10
    r2 -= 8                     # error[ptr-arith]: R2 subtraction from stack pointer prohibited
    r0 = 1
    exit

# test: stack_ptr_minus_reg
# note: nor by a bounded register, after the sum's offset checks.
    r3 = *(u32 *)(r1 + 8)
    r3 &= 8
    r2 = r10
    r2 += -8
    r2 -= r3                    # error[ptr-arith]: R2 subtraction from stack pointer prohibited
    r0 = 1
    exit

# test: stack_ptr_minus_reg_no_perfmon
# privilege: no_perfmon
# note: without CAP_PERFMON the masking checks come first and pass for a constant register;
# note: then the same refusal.
    r3 = 8
    r2 = r10
    r2 += -8
    r2 -= r3                    # error[ptr-arith]: R2 subtraction from stack pointer prohibited
    r0 = 1
    exit

# test: ptr_plus_ptr
# note: pointer + pointer is prohibited.
    r2 = r10
    r2 += r1                    # error[ptr-ptr-arith]: R2 pointer += pointer prohibited
    r0 = 1
    exit

# test: ptr_or_ptr
# note: any operator but subtraction on two pointers is prohibited, even for root; the
# note: message names the operator.
    r0 = r10
    r0 |= r1                    # error[ptr-ptr-arith]: R0 pointer |= pointer prohibited
    r0 = 1
    exit

# test: ptr_neg_root
# note: root: negating a pointer gives an unknown scalar (allowed pointer leak); prohibited
# note: without CAP_PERFMON (privilege.s).
    r1 = -r1
    r0 = 1
    exit

# ----------------------------------------------------------------------------------------
# Shifts and other ALU forms.

# test: alu_shift_imm_63
# note: shifting a 64-bit register by 63 is fine.
    r0 = *(u32 *)(r1 + 8)
    r0 <<= 63
    r0 = 1
    exit

# test: alu_shift32_imm_32
# note: a 32-bit shift by 32 is rejected.
    w0 = 1
    w0 <<= 32                   # error[invalid-shift]: invalid shift 32
    exit

# test: alu_shift_reg_unknown
# note: shifting by an unknown register amount is allowed (the result is unknown).
    r2 = *(u32 *)(r1 + 8)
    r0 = 1
    r0 <<= r2
    r0 = 1
    exit

# test: alu_endian
# note: byte swaps on scalars.
    r0 = *(u32 *)(r1 + 60)
    r0 = be16 r0
    r0 = le32 r0
    r0 = 1
    exit

# test: alu_bswap_v4
# kernel: since 6.6
# note: the unconditional byte swap of cpu v4.
    r0 = *(u32 *)(r1 + 60)
    r0 = bswap64 r0
    r0 = 1
    exit

# test: alu_movsx_v4
# kernel: since 6.6
# note: sign-extending moves (cpu v4).
    r0 = *(u32 *)(r1 + 60)
    r2 = (s8)r0
    w3 = (s16)w0
    r0 = 1
    exit

# test: alu_endian_on_pointer_root
# note: root: a byte swap of a pointer gives an unknown scalar; prohibited without
# note: CAP_PERFMON (privilege.s).
    r1 = be64 r1
    r0 = 1
    exit

# test: movsx_before_cpu_v4
# kernel: before 6.6
# note: version: before cpu v4 a sign-extending move is `BPF_MOV` with `off` set, refused by
# note: `check_alu_op` when the walk reaches it. Confirmed on Debian 6.1.0-57 (6.1.192) under
# note: qemu; older releases UNCONFIRMED.
    r1 = 5
    r2 = (s8)r1                 # error[reserved-fields]: BPF_MOV uses reserved fields
    r0 = 1
    exit

# test: ldsx_before_cpu_v4
# kernel: before 6.6
# note: version: before cpu v4 a sign-extending load (`BPF_MEMSX`) is a `BPF_LDX` with a mode
# note: other than `BPF_MEM`, refused by `resolve_pseudo_ldimm64` before the walk, so the log
# note: names no instruction. Confirmed on Debian 6.1.0-57 (6.1.192) under qemu; older
# note: releases UNCONFIRMED.
# error[reserved-fields]: BPF_LDX uses reserved fields
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r0 = *(s8 *)(r10 - 8)
    r0 = 0
    exit

# test: sdiv_before_cpu_v4
# kernel: before 6.6
# note: version: before cpu v4 a signed division is `BPF_DIV` with `off` 1, refused by
# note: `check_alu_op` when the walk reaches it. Confirmed on Debian 6.1.0-57 (6.1.192) under
# note: qemu; older releases UNCONFIRMED.
    r1 = 5
    r1 s/= 2                    # error[reserved-fields]: BPF_ALU uses reserved fields
    r0 = 1
    exit

# test: ptr_bitwise_constant_past_max_var_off
# kernel: since 6.1
# note: `check_reg_sane_offset` runs before the operator is looked at: a known scalar
# note: outside (-BPF_MAX_VAR_OFF, BPF_MAX_VAR_OFF) (1 << 29) is refused for any operator
# note: (found by walk_random seed 99, a map value pointer `&=` 879285977).
    r1 = r10
    r2 = 536870912
    r1 &= r2                    # error[ptr-arith, EINVAL]: math between fp pointer and 536870912 is not allowed
    r0 = 0
    exit

# test: ptr_add_constant_past_max_var_off
# kernel: since 6.1
    r1 = r10
    r2 = -536870912
    r1 += r2                    # error[ptr-arith, EINVAL]: math between fp pointer and -536870912 is not allowed
    r0 = 0
    exit

# test: ptr_add_unbounded_min
# kernel: since 6.1
# note: a helper's integer is any 64-bit value: smin is S64_MIN.
    call 7                      # bpf_get_prandom_u32
    r1 = r10
    r1 += r0                    # error[ptr-arith, EINVAL]: math between fp pointer and register with unbounded min value is not allowed
    r0 = 0
    exit

# test: ptr_add_min_past_max_var_off
# kernel: since 6.1
# note: an unknown 16-bit value plus 1 << 29: its minimum already leaves the range.
    call 7                      # bpf_get_prandom_u32
    r0 &= 65535
    r0 += 536870912
    r1 = r10
    r1 += r0                    # error[ptr-arith, EINVAL]: value 536870912 makes fp pointer be out of bounds
    r0 = 0
    exit

# test: ptr_bitwise_unknown_large_max
# kernel: since 6.1
# note: a minimum in range passes `check_reg_sane_offset` whatever the maximum: the
# note: operator is refused next.
    call 7                      # bpf_get_prandom_u32
    r0 &= 2147483647
    r1 = r10
    r1 &= r0                    # error[ptr-arith]: R1 bitwise operator &= on pointer prohibited
    r0 = 0
    exit

# test: same_reg_jge_decided
# kernel: since 6.19
# note: version: d43ad9da8052 (mainline 6.19, releases row same_reg_decided): a register
# note: compared with itself decides the branch, so the fall-through with the uninitialised
# note: read is dead. Confirmed in Debian's 6.19.14 image.
    r6 = *(u32 *)(r1 + 12)
    if w6 >= w6 goto ok
    r0 = r9
ok:
    r0 = 1
    exit

# test: same_reg_jge_walked
# kernel: since 6.1
# kernel: before 6.19
# note: version: before 6.19 both sides of `if w6 >= w6` are walked (no range of an unknown
# note: value is decided against itself).
    r6 = *(u32 *)(r1 + 12)
    if w6 >= w6 goto ok
    r0 = r9                     # error[uninit-read]: R9 !read_ok
ok:
    r0 = 1
    exit

# test: same_reg_jset_nonzero_decided
# kernel: since 6.19
# note: version: JSET of a register with itself is decided when its signed range excludes 0
# note: ([1, 255] here; `r6 |= 1` alone leaves a 32-bit signed range around 0, undecided).
    r6 = *(u32 *)(r1 + 12)
    r6 &= 255
    r6 |= 1
    if w6 & w6 goto ok
    r0 = r9
ok:
    r0 = 1
    exit

# test: same_reg_jset_maybe_zero_walked
# kernel: since 6.1
# note: a value that may be 0: both sides are walked on every release.
    r6 = *(u32 *)(r1 + 12)
    if w6 & w6 goto ok
    r0 = r9                     # error[uninit-read]: R9 !read_ok
ok:
    r0 = 1
    exit

# test: same_reg_jset_nonzero_walked
# kernel: since 6.1
# kernel: before 6.19
# note: version: before 6.19 JSET of two non-constant operands is never decided.
    r6 = *(u32 *)(r1 + 12)
    r6 &= 255
    r6 |= 1
    if w6 & w6 goto ok
    r0 = r9                     # error[uninit-read]: R9 !read_ok
ok:
    r0 = 1
    exit
