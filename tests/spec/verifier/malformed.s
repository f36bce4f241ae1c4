# Malformed instructions and the early checks the walk makes on them, found by the
# mutation campaign (crates/verifier/tests/mutate_kernel.rs): raw slots (`.8byte`, the
# little-endian encoding) with fields `check_alu_op` refuses, atomics on memory that is
# not aligned, and the errno of stack accesses past the frame pointer.
.skmap arr, type=array, key=4, value=16, max_entries=4

# test: mov_reserved_off
# note: `r2 = r1` with off 3: `check_alu_op` (kernel/bpf/verifier.c) allows off 0 before cpu
# note: v4 and 0, 8, 16 (and 32 for ALU64) from 6.6, when the walk reaches the instruction.
    r1 = 5
    .8byte 0x00000000000312bf   # error[reserved-fields, EINVAL]: BPF_MOV uses reserved fields
    r0 = 1
    exit

# test: mov32_sext32_reserved
# note: `w2 = (s32)w1`: a 32-bit move sign-extends from 8 or 16 bits only (`check_alu_op`).
    r1 = 5
    .8byte 0x00000000002012bc   # error[reserved-fields, EINVAL]: BPF_MOV uses reserved fields
    r0 = 1
    exit

# test: alu_reg_with_imm
# note: `r1 += r2` with imm 1: a register-source ALU op must leave imm 0 (`check_alu_op`).
    r1 = 5
    r2 = 3
    .8byte 0x000000010000210f   # error[reserved-fields, EINVAL]: BPF_ALU uses reserved fields
    r0 = 1
    exit

# test: mul_off_1
# note: `r1 *= r2` with off 1: off 1 means signed only for BPF_DIV and BPF_MOD (`check_alu_op`).
    r1 = 5
    r2 = 3
    .8byte 0x000000000001212f   # error[reserved-fields, EINVAL]: BPF_ALU uses reserved fields
    r0 = 1
    exit

# test: neg_with_imm
# note: `r1 = -r1` with imm 5: BPF_NEG takes no operand (`check_alu_op`).
    r1 = 5
    .8byte 0x0000000500000187   # error[reserved-fields, EINVAL]: BPF_NEG uses reserved fields
    r0 = 1
    exit

# test: end_width_8
# note: `r1 = le8 r1`: a byte swap is of 16, 32 or 64 bits (`check_alu_op`).
    r1 = 5
    .8byte 0x00000008000001d4   # error[reserved-fields, EINVAL]: BPF_END uses reserved fields
    r0 = 1
    exit

# test: stack_read_past_fp_einval
# note: a stack read starting inside the frame and ending past the frame pointer fails with
# note: EINVAL (`check_stack_access_within_bounds`: max_off > 0), one starting outside
# note: `[-512, -1]` with EACCES (`check_stack_slot_within_bounds`).
    r0 = 0
    *(u64 *)(r10 - 8) = r0
    r0 = *(u32 *)(r10 - 2)      # error[stack-bounds, EINVAL]: invalid read from stack R10 off=-2 size=4
    r0 = 1
    exit

# test: stack_read_below_frame_eacces
    r0 = *(u32 *)(r10 - 516)    # error[stack-bounds, EACCES]: invalid read from stack R10 off=-516 size=4
    r0 = 1
    exit

# test: atomic_on_misaligned_scalar
# kernel: since 6.12
# note: an atomic asks `check_mem_access` for strict alignment (`check_atomic`), and
# note: `check_ptr_alignment` checks it before the base's type: a scalar 1 is misaligned for a
# note: 4-byte access before it is found not to be a pointer. 6.1 prints the tnum (twin below).
    r0 = 0
    r1 = 1
    lock *(u32 *)(r1 + 0) += r0 # error[atomic-misaligned, EACCES]: misaligned access off 1+0+0 size 4
    r0 = 1
    exit

# test: atomic_on_misaligned_scalar_tnum
# kernel: before 6.2
    r0 = 0
    r1 = 1
    lock *(u32 *)(r1 + 0) += r0 # error[atomic-misaligned, EACCES]: misaligned access off (0x1; 0x0)+0+0 size 4
    r0 = 1
    exit

# test: atomic_on_misaligned_map_value
# kernel: since 6.12
# note: a map value is `value ` in the message (`check_ptr_alignment`); plain loads and
# note: stores there need no alignment.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r1 = 1
    r2 = *(u32 *)(r0 + 2)
    lock *(u32 *)(r0 + 2) += r1 # error[atomic-misaligned, EACCES]: misaligned value access off 0+0+2 size 4
out:
    r0 = 1
    exit

# test: atomic_on_misaligned_map_value_tnum
# kernel: before 6.2
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out2
    r1 = 1
    lock *(u32 *)(r0 + 2) += r1 # error[atomic-misaligned, EACCES]: misaligned value access off (0x0; 0x0)+0+2 size 4
out2:
    r0 = 1
    exit
