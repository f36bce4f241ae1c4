# Malformed instructions and the early checks the walk makes on them, found by the
# mutation campaign (crates/verifier/tests/mutate_kernel.rs): raw slots (`.8byte`, the
# little-endian encoding) with fields `check_alu_op` refuses, atomics on memory that is
# not aligned, and the errno of stack accesses past the frame pointer.
.skmap arr, type=array, key=4, value=16, max_entries=4

# test: mov_reserved_off
# kernel: before 7.1
# note: `r2 = r1` with off 3: `check_alu_op` (kernel/bpf/verifier.c) allows off 0 before cpu
# note: v4 and 0, 8, 16 (and 32 for ALU64) from 6.6, when the walk reaches the instruction.
    r1 = 5
    .8byte 0x00000000000312bf   # error[reserved-fields, EINVAL]: BPF_MOV uses reserved fields
    r0 = 1
    exit

# test: mov_reserved_off_v7_1
# kernel: since 7.1
# note: version: 7.1 checks every instruction's registers and reserved fields before the walk (`check_and_resolve_insns`), so the refusal names no instruction; confirmed in Debian's 7.1.13 image.
    r1 = 5
# error[reserved-fields, EINVAL]: BPF_MOV uses reserved fields
    .8byte 0x00000000000312bf
    r0 = 1
    exit

# test: mov32_sext32_reserved
# kernel: before 7.1
# note: `w2 = (s32)w1`: a 32-bit move sign-extends from 8 or 16 bits only (`check_alu_op`).
    r1 = 5
    .8byte 0x00000000002012bc   # error[reserved-fields, EINVAL]: BPF_MOV uses reserved fields
    r0 = 1
    exit

# test: mov32_sext32_reserved_v7_1
# kernel: since 7.1
# note: version: 7.1 checks every instruction's registers and reserved fields before the walk (`check_and_resolve_insns`), so the refusal names no instruction; confirmed in Debian's 7.1.13 image.
    r1 = 5
# error[reserved-fields, EINVAL]: BPF_MOV uses reserved fields
    .8byte 0x00000000002012bc
    r0 = 1
    exit

# test: alu_reg_with_imm
# kernel: before 7.1
# note: `r1 += r2` with imm 1: a register-source ALU op must leave imm 0 (`check_alu_op`).
    r1 = 5
    r2 = 3
    .8byte 0x000000010000210f   # error[reserved-fields, EINVAL]: BPF_ALU uses reserved fields
    r0 = 1
    exit

# test: alu_reg_with_imm_v7_1
# kernel: since 7.1
# note: version: 7.1 checks every instruction's registers and reserved fields before the walk (`check_and_resolve_insns`), so the refusal names no instruction; confirmed in Debian's 7.1.13 image.
    r1 = 5
    r2 = 3
# error[reserved-fields, EINVAL]: BPF_ALU uses reserved fields
    .8byte 0x000000010000210f
    r0 = 1
    exit

# test: mul_off_1
# kernel: before 7.1
# note: `r1 *= r2` with off 1: off 1 means signed only for BPF_DIV and BPF_MOD (`check_alu_op`).
    r1 = 5
    r2 = 3
    .8byte 0x000000000001212f   # error[reserved-fields, EINVAL]: BPF_ALU uses reserved fields
    r0 = 1
    exit

# test: mul_off_1_v7_1
# kernel: since 7.1
# note: version: 7.1 checks every instruction's registers and reserved fields before the walk (`check_and_resolve_insns`), so the refusal names no instruction; confirmed in Debian's 7.1.13 image.
    r1 = 5
    r2 = 3
# error[reserved-fields, EINVAL]: BPF_ALU uses reserved fields
    .8byte 0x000000000001212f
    r0 = 1
    exit

# test: neg_with_imm
# kernel: before 7.1
# note: `r1 = -r1` with imm 5: BPF_NEG takes no operand (`check_alu_op`).
    r1 = 5
    .8byte 0x0000000500000187   # error[reserved-fields, EINVAL]: BPF_NEG uses reserved fields
    r0 = 1
    exit

# test: neg_with_imm_v7_1
# kernel: since 7.1
# note: version: 7.1 checks every instruction's registers and reserved fields before the walk (`check_and_resolve_insns`), so the refusal names no instruction; confirmed in Debian's 7.1.13 image.
    r1 = 5
# error[reserved-fields, EINVAL]: BPF_NEG uses reserved fields
    .8byte 0x0000000500000187
    r0 = 1
    exit

# test: end_width_8
# kernel: before 7.1
# note: `r1 = le8 r1`: a byte swap is of 16, 32 or 64 bits (`check_alu_op`).
    r1 = 5
    .8byte 0x00000008000001d4   # error[reserved-fields, EINVAL]: BPF_END uses reserved fields
    r0 = 1
    exit

# test: end_width_8_v7_1
# kernel: since 7.1
# note: version: 7.1 checks every instruction's registers and reserved fields before the walk (`check_and_resolve_insns`), so the refusal names no instruction; confirmed in Debian's 7.1.13 image.
    r1 = 5
# error[reserved-fields, EINVAL]: BPF_END uses reserved fields
    .8byte 0x00000008000001d4
    r0 = 1
    exit

# test: stack_read_past_fp_einval
# kernel: since 6.8
# kernel: before 7.1
# note: a stack read starting inside the frame and ending past the frame pointer fails with
# note: EINVAL (`check_stack_access_within_bounds`: max_off > 0), one starting outside
# note: `[-512, -1]` with EACCES (`check_stack_slot_within_bounds`). Stack accesses are
# note: strictly aligned, so only a variable offset gets there. The message as in
# note: stack.s's `stack_variable_offset_read_out_of_bounds`.
    r2 = *(u32 *)(r1 + 8)
    r2 &= 8
    r3 = r10
    r3 += -8
    r3 += r2
    r0 = *(u64 *)(r3 + 0)       # error[stack-bounds, EINVAL]: invalid variable-offset read from stack R3 var_off=(0x0; 0x8) off=-8 size=8
    r0 = 1
    exit

# test: stack_read_past_fp_einval_v7_1
# kernel: since 7.1
# note: version: 7.1 folds a pointer's fixed offset into its `var_off` (`reg->off` is gone), so the message prints one term less or the `var_off` with the offset in it; confirmed in Debian's 7.1.13 image.
    r2 = *(u32 *)(r1 + 8)
    r2 &= 8
    r3 = r10
    r3 += -8
    r3 += r2
    r0 = *(u64 *)(r3 + 0)       # error[stack-bounds, EINVAL]: invalid variable-offset read from stack R3 var_off=(0x0; 0xfffffffffffffff8) off=0 size=8
    r0 = 1
    exit

# test: stack_read_below_frame_eacces
    r0 = *(u32 *)(r10 - 516)    # error[stack-bounds, EACCES]: invalid read from stack R10 off=-516 size=4
    r0 = 1
    exit

# test: atomic_on_misaligned_scalar
# kernel: since 6.12
# kernel: before 7.1
# note: an atomic asks `check_mem_access` for strict alignment (`check_atomic`), and
# note: `check_ptr_alignment` checks it before the base's type: a scalar 1 is misaligned for a
# note: 4-byte access before it is found not to be a pointer. 6.1 prints the tnum (twin below).
    r0 = 0
    r1 = 1
    lock *(u32 *)(r1 + 0) += r0 # error[atomic-misaligned, EACCES]: misaligned access off 1+0+0 size 4
    r0 = 1
    exit

# test: atomic_on_misaligned_scalar_v7_1
# kernel: since 7.1
# note: version: 7.1 folds a pointer's fixed offset into its `var_off` (`reg->off` is gone), so the message prints one term less or the `var_off` with the offset in it; confirmed in Debian's 7.1.13 image.
    r0 = 0
    r1 = 1
    lock *(u32 *)(r1 + 0) += r0 # error[atomic-misaligned, EACCES]: misaligned access off 1+0 size 4
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
# kernel: before 7.1
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

# test: atomic_on_misaligned_map_value_v7_1
# kernel: since 7.1
# note: version: 7.1 folds a pointer's fixed offset into its `var_off` (`reg->off` is gone), so the message prints one term less or the `var_off` with the offset in it; confirmed in Debian's 7.1.13 image.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r1 = 1
    r2 = *(u32 *)(r0 + 2)
    lock *(u32 *)(r0 + 2) += r1 # error[atomic-misaligned, EACCES]: misaligned value access off 0+2 size 4
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

# test: atomic_fetch_into_its_own_base
# kernel: since 5.12
# kernel: before 7.1
# note: version: fetching atomics from 5.12; 5.10.262 refuses the opcode before the walk
# note: version: (`BPF_STX uses reserved fields`, no instruction; confirmed on Debian 11's 5.10.0-46 (5.10.262) under qemu).
# note: `check_atomic` marks the fetch register unknown (`check_reg_arg(load_reg, DST_OP)`)
# note: before it checks the memory: with the base register as the fetch register, the base
# note: is an unknown scalar, misaligned for any size above 1.
    r2 = r10
    r2 += -8
    r0 = 0
    *(u64 *)(r10 - 8) = r0
    r2 = atomic_fetch_add((u64 *)(r2 + 0), r2) # error[atomic-misaligned, EACCES]: misaligned access off (0x0; 0xffffffffffffffff)+0+0 size 8
    r0 = 1
    exit

# test: atomic_fetch_into_its_own_base_v7_1
# kernel: since 7.1
# note: version: 7.1 folds a pointer's fixed offset into its `var_off` (`reg->off` is gone), so the message prints one term less or the `var_off` with the offset in it; confirmed in Debian's 7.1.13 image.
    r2 = r10
    r2 += -8
    r0 = 0
    *(u64 *)(r10 - 8) = r0
    r2 = atomic_fetch_add((u64 *)(r2 + 0), r2) # error[atomic-misaligned, EACCES]: misaligned access off (0x0; 0xffffffffffffffff)+0 size 8
    r0 = 1
    exit

# test: map_ptr_load_no_perfmon
# privilege: no_perfmon
# kernel: since 6.12
# note: a load through a map pointer reads the map's kernel struct (`ops->map_btf_id`), for
# note: CAP_PERFMON only (`check_ptr_to_map_access`, EPERM).
# note: version: 6.1.192 prints the bare name (twin below), 6.12.118 and 6.18.44 the struct;
# note: version: the release in between is UNCONFIRMED (`map_ptr_access_says_struct`).
    r1 = arr ll
    r0 = *(u32 *)(r1 + 24)      # error[map-ptr-access, EPERM]: 'struct bpf_array' access is allowed only to CAP_PERFMON and CAP_SYS_ADMIN
    r0 = 1
    exit

# test: map_ptr_load_no_perfmon_bare_name
# privilege: no_perfmon
# kernel: before 6.8
    r1 = arr ll
    r0 = *(u32 *)(r1 + 24)      # error[map-ptr-access, EPERM]: bpf_array access is allowed only to CAP_PERFMON and CAP_SYS_ADMIN
    r0 = 1
    exit

# test: map_ptr_negative_offset
# note: root: no offset below the struct (`check_ptr_to_map_access`).
    r1 = arr ll
    r0 = *(u32 *)(r1 - 8)       # error[map-ptr-access, EACCES]: R1 is bpf_array invalid negative access: off=-8
    r0 = 1
    exit

# test: map_ptr_store
# note: root: the map's struct is read-only (`check_ptr_to_map_access`).
    r1 = arr ll
    r0 = 0
    *(u32 *)(r1 + 24) = r0      # error[map-ptr-access, EACCES]: only read from bpf_array is supported
    r0 = 1
    exit

# test: map_ptr_load_sockmap_no_perfmon
# privilege: no_perfmon
# kernel: since 6.12
# note: a sockmap's struct is `bpf_stab`.
.skmap socks, type=sockmap, key=4, value=8, max_entries=4
    r1 = socks ll
    r0 = *(u64 *)(r1 + 0)       # error[map-ptr-access, EPERM]: 'struct bpf_stab' access is allowed only to CAP_PERFMON and CAP_SYS_ADMIN
    r0 = 1
    exit

# test: exit_with_off
# note: `exit` with off 5: `do_check` checks the source bit, imm, src and dst of an `exit`,
# note: never its off, so the program is accepted.
    r0 = 1
    .8byte 0x0000000000050095

# test: ld_imm64_with_off
# kernel: before 7.1
# note: `r1 = 7 ll` with off 3 in its first slot: `resolve_pseudo_ldimm64` checks the second
# note: slot's fields, `check_ld_imm` the first's off when the walk gets there.
    .8byte 0x0000000700030118   # error[reserved-fields, EINVAL]: BPF_LD_IMM64 uses reserved fields
    .8byte 0x0000000000000000
    r0 = r1
    r0 &= 1
    exit

# test: ld_imm64_with_off_v7_1
# kernel: since 7.1
# note: version: 7.1 checks every instruction's registers and reserved fields before the walk (`check_and_resolve_insns`), so the refusal names no instruction; confirmed in Debian's 7.1.13 image.
# error[reserved-fields, EINVAL]: BPF_LD_IMM64 uses reserved fields
    .8byte 0x0000000700030118
    .8byte 0x0000000000000000
    r0 = r1
    r0 &= 1
    exit

# test: call_with_dst
# kernel: before 7.1
# note: `call 7` with dst 1: a call's dst must be 0 (`do_check`).
    .8byte 0x0000000700000185   # error[reserved-fields, EINVAL]: BPF_CALL uses reserved fields
    r0 = 1
    exit

# test: call_with_dst_v7_1
# kernel: since 7.1
# note: version: 7.1 checks every instruction's registers and reserved fields before the walk (`check_and_resolve_insns`), so the refusal names no instruction; confirmed in Debian's 7.1.13 image.
# error[reserved-fields, EINVAL]: BPF_CALL uses reserved fields
    .8byte 0x0000000700000185
    r0 = 1
    exit

# test: exit_with_imm
# kernel: before 7.1
# note: `exit` with imm 1 (`do_check`).
    r0 = 1
    .8byte 0x0000000100000095   # error[reserved-fields, EINVAL]: BPF_EXIT uses reserved fields

# test: exit_with_imm_v7_1
# kernel: since 7.1
# note: version: 7.1 checks every instruction's registers and reserved fields before the walk (`check_and_resolve_insns`), so the refusal names no instruction; confirmed in Debian's 7.1.13 image.
    r0 = 1
# error[reserved-fields, EINVAL]: BPF_EXIT uses reserved fields
    .8byte 0x0000000100000095

# test: ja_with_imm
# kernel: before 7.1
# note: `goto +0` with imm 1: `ja` jumps by off and leaves imm 0 (`do_check`).
    r0 = 1
    .8byte 0x0000000100000005   # error[reserved-fields, EINVAL]: BPF_JA uses reserved fields
    exit

# test: ja_with_imm_v7_1
# kernel: since 7.1
# note: version: 7.1 checks every instruction's registers and reserved fields before the walk (`check_and_resolve_insns`), so the refusal names no instruction; confirmed in Debian's 7.1.13 image.
    r0 = 1
# error[reserved-fields, EINVAL]: BPF_JA uses reserved fields
    .8byte 0x0000000100000005
    exit

# test: jeq_imm_with_src
# kernel: before 7.1
# note: `if r1 == 0 goto +0` with src 1: an immediate comparison leaves src 0
# note: (`check_cond_jmp_op`, after it read dst).
    r1 = 1
    .8byte 0x0000000000001115   # error[reserved-fields, EINVAL]: BPF_JMP/JMP32 uses reserved fields
    r0 = 1
    exit

# test: jeq_imm_with_src_v7_1
# kernel: since 7.1
# note: version: 7.1 checks every instruction's registers and reserved fields before the walk (`check_and_resolve_insns`), so the refusal names no instruction; confirmed in Debian's 7.1.13 image.
    r1 = 1
# error[reserved-fields, EINVAL]: BPF_JMP/JMP32 uses reserved fields
    .8byte 0x0000000000001115
    r0 = 1
    exit

# test: jeq_imm_with_src_uninit_dst
# kernel: since 5.16
# kernel: before 7.1
# note: version: after 5.15.225, by 6.1.192 (Debian's sources and image): the case claims 5.16 on, the release UNCONFIRMED; twin `jeq_imm_with_src_uninit_dst_v5_15`.
# note: the same on an uninitialised r3: `check_cond_jmp_op` reads dst before the fields.
    .8byte 0x0000000000001315   # error[uninit-read, EACCES]: R3 !read_ok
    r0 = 1
    exit

# test: jeq_imm_with_src_uninit_dst_v7_1
# kernel: since 7.1
# note: version: 7.1 checks every instruction's registers and reserved fields before the walk (`check_and_resolve_insns`), so the refusal names no instruction; confirmed in Debian's 7.1.13 image.
# error[reserved-fields, EINVAL]: BPF_JMP/JMP32 uses reserved fields
    .8byte 0x0000000000001315
    r0 = 1
    exit

# test: jeq_imm_with_src_uninit_dst_v5_15
# kernel: before 5.16
# note: version: `check_cond_jmp_op` checks the fields and src before reading dst.
# note: version: the older answer, confirmed on Ubuntu 22.04's 5.15.0-208 (5.15.225) under qemu (and in 5.15.225's sources).
    .8byte 0x0000000000001315   # error[reserved-fields, EINVAL]: BPF_JMP/JMP32 uses reserved fields
    r0 = 1
    exit

# test: stx_with_imm
# kernel: since 5.11
# kernel: before 7.1
# note: version: after 5.10.262, by 5.15.225 (their images): the case claims 5.11 on, the release UNCONFIRMED; twin `stx_with_imm_v5_10`.
# note: `*(u64 *)(r10 - 8) = r1` with imm 1: a register store leaves imm 0 (`do_check`).
    r1 = 1
    .8byte 0x00000001fff81a7b   # error[reserved-fields, EINVAL]: BPF_STX uses reserved fields
    r0 = 1
    exit

# test: stx_with_imm_v7_1
# kernel: since 7.1
# note: version: 7.1 checks every instruction's registers and reserved fields before the walk (`check_and_resolve_insns`), so the refusal names no instruction; confirmed in Debian's 7.1.13 image.
    r1 = 1
# error[reserved-fields, EINVAL]: BPF_STX uses reserved fields
    .8byte 0x00000001fff81a7b
    r0 = 1
    exit

# test: stx_with_imm_v5_10
# kernel: before 5.11
# note: version: the reserved field is refused before the walk, naming no instruction; confirmed on Debian 11's 5.10.0-46 (5.10.262) under qemu.
    r1 = 1
# error[reserved-fields, EINVAL]: BPF_STX uses reserved fields
    .8byte 0x00000001fff81a7b
    r0 = 1
    exit

# test: st_with_src
# kernel: before 7.1
# note: `*(u64 *)(r10 - 8) = 0` with src 1: an immediate store leaves src 0 (`do_check`).
    .8byte 0x00000000fff81a7a   # error[reserved-fields, EINVAL]: BPF_ST uses reserved fields
    r0 = 1
    exit

# test: st_with_src_v7_1
# kernel: since 7.1
# note: version: 7.1 checks every instruction's registers and reserved fields before the walk (`check_and_resolve_insns`), so the refusal names no instruction; confirmed in Debian's 7.1.13 image.
# error[reserved-fields, EINVAL]: BPF_ST uses reserved fields
    .8byte 0x00000000fff81a7a
    r0 = 1
    exit

# test: back_edge_on_fall_through
# kernel: before 6.7
# note: before 10e14e9652bf (6.7) `check_cfg`'s `push_insn` allowed a back-edge only on a
# note: jump's edges (`loop_ok`): here the fall-through of `r0 = 1` leads back to the
# note: conditional jump still being explored. Confirmed on Debian 6.1.0-57 (6.1.192) under
# note: qemu; 6.12.118 and 6.18.44 walk the loop (twin below).
    r0 = 0
    goto l2
l1:
    r0 = 1                      # error[back-edge, EINVAL]: back-edge from insn 2 to 3
l2:
    if r0 == 0 goto l1
    exit

# test: back_edge_on_fall_through_walked
# kernel: since 6.7
    r0 = 0
    goto l2b
l1b:
    r0 = 1
l2b:
    if r0 == 0 goto l1b
    exit

# test: back_edge_on_call
# kernel: before 6.7
# note: a call's edge into an instruction still being explored (here the entry point) is a
# note: back-edge before 6.7 too.
entry:
    r1 = 0
    call entry                  # error[back-edge, EINVAL]: back-edge from insn 1 to 0
    r0 = 0
    exit

# test: loop_nr_loops_any_value
# kernel: since 5.17
# note: version: `bpf_loop` (181) from 5.17 (skctx's helper table)
# kernel: before 6.12
# note: `bpf_loop`'s nr_loops is `ARG_ANYTHING` (kernel/bpf/bpf_iter.c): root may pass a
# note: pointer, and the check moves on to R2. Debian 6.12.118's source declares it
# note: `ARG_SCALAR` and the kernel refuses `R1 type=ctx expected=scalar` (seen under qemu;
# note: NOT MODELLED, which 6.12.y patch brought it is UNCONFIRMED), so 6.12.y is left out
# note: of both cases; 6.1.192 and 6.18.44 answer as here.
    call 181                    # error[uninit-read]: R2 !read_ok
    r0 = 0
    exit

# test: loop_nr_loops_any_value_6_13
# kernel: since 6.13
    call 181                    # error[uninit-read]: R2 !read_ok
    r0 = 0
    exit

# test: mov_into_r12
# kernel: before 7.1
# note: `r12 = 1`: `check_reg_arg` refuses a register above R10 when the walk reaches the
# note: instruction (its fields are checked first).
    .8byte 0x0000000100000cb7   # error[bad-register, EINVAL]: R12 is invalid
    r0 = 1
    exit

# test: mov_into_r12_v7_1
# kernel: since 7.1
# note: version: 7.1 checks every instruction's registers and reserved fields before the walk (`check_and_resolve_insns`), so the refusal names no instruction; confirmed in Debian's 7.1.13 image.
# error[bad-register, EINVAL]: R12 is invalid
    .8byte 0x0000000100000cb7
    r0 = 1
    exit

# test: add_from_r13
# kernel: before 7.1
# note: `r1 += r13`: the source is checked first (`check_alu_op`).
    r1 = 1
    .8byte 0x000000000000d10f   # error[bad-register, EINVAL]: R13 is invalid
    r0 = 1
    exit

# test: add_from_r13_v7_1
# kernel: since 7.1
# note: version: 7.1 checks every instruction's registers and reserved fields before the walk (`check_and_resolve_insns`), so the refusal names no instruction; confirmed in Debian's 7.1.13 image.
    r1 = 1
# error[bad-register, EINVAL]: R13 is invalid
    .8byte 0x000000000000d10f
    r0 = 1
    exit

# test: add_from_r13_uninit_dst
# kernel: before 7.1
# note: `r1 += r13` on an uninitialised r1: still R13 first.
    .8byte 0x000000000000d10f   # error[bad-register, EINVAL]: R13 is invalid
    r0 = 1
    exit

# test: add_from_r13_uninit_dst_v7_1
# kernel: since 7.1
# note: version: 7.1 checks every instruction's registers and reserved fields before the walk (`check_and_resolve_insns`), so the refusal names no instruction; confirmed in Debian's 7.1.13 image.
# error[bad-register, EINVAL]: R13 is invalid
    .8byte 0x000000000000d10f
    r0 = 1
    exit

# test: load_from_r11
# kernel: before 7.1
# note: `r0 = *(u32 *)(r11 + 0)`.
    .8byte 0x000000000000b061   # error[bad-register, EINVAL]: R11 is invalid
    r0 = 1
    exit

# test: load_from_r11_v7_1
# kernel: since 7.1
# note: version: 7.1 checks every instruction's registers and reserved fields before the walk (`check_and_resolve_insns`), so the refusal names no instruction; confirmed in Debian's 7.1.13 image.
# error[bad-register, EINVAL]: R11 is invalid
    .8byte 0x000000000000b061
    r0 = 1
    exit

# test: jeq_reg_r14
# kernel: before 7.1
# note: `if r1 == r14 goto +0`: dst is read first, then the fields, then src.
    r1 = 1
    .8byte 0x000000000000e11d   # error[bad-register, EINVAL]: R14 is invalid
    r0 = 1
    exit

# test: jeq_reg_r14_v7_1
# kernel: since 7.1
# note: version: 7.1 checks every instruction's registers and reserved fields before the walk (`check_and_resolve_insns`), so the refusal names no instruction; confirmed in Debian's 7.1.13 image.
    r1 = 1
# error[bad-register, EINVAL]: R14 is invalid
    .8byte 0x000000000000e11d
    r0 = 1
    exit

# test: jeq_reg_r14_uninit_dst
# kernel: since 5.16
# kernel: before 7.1
# note: version: after 5.15.225, by 6.1.192 (Debian's sources and image): the case claims 5.16 on, the release UNCONFIRMED; twin `jeq_reg_r14_uninit_dst_v5_15`.
    .8byte 0x000000000000e31d   # error[uninit-read, EACCES]: R3 !read_ok
    r0 = 1
    exit

# test: jeq_reg_r14_uninit_dst_v7_1
# kernel: since 7.1
# note: version: 7.1 checks every instruction's registers and reserved fields before the walk (`check_and_resolve_insns`), so the refusal names no instruction; confirmed in Debian's 7.1.13 image.
# error[bad-register, EINVAL]: R14 is invalid
    .8byte 0x000000000000e31d
    r0 = 1
    exit

# test: jeq_reg_r14_uninit_dst_v5_15
# kernel: before 5.16
# note: version: `check_cond_jmp_op` checks src before reading dst.
# note: version: the older answer, confirmed on Ubuntu 22.04's 5.15.0-208 (5.15.225) under qemu (and in 5.15.225's sources).
    .8byte 0x000000000000e31d   # error[bad-register, EINVAL]: R14 is invalid
    r0 = 1
    exit

# test: jeq_imm_r12
# kernel: before 7.1
# note: `if r12 == 0 goto +0`.
    .8byte 0x0000000000000c15   # error[bad-register, EINVAL]: R12 is invalid
    r0 = 1
    exit

# test: jeq_imm_r12_v7_1
# kernel: since 7.1
# note: version: 7.1 checks every instruction's registers and reserved fields before the walk (`check_and_resolve_insns`), so the refusal names no instruction; confirmed in Debian's 7.1.13 image.
# error[bad-register, EINVAL]: R12 is invalid
    .8byte 0x0000000000000c15
    r0 = 1
    exit

# test: atomic_unknown_operation
# kernel: since 5.12
# note: version: `BPF_ATOMIC` operations other than add (5ca419f2864a "bpf: Add BPF_FETCH field / create atomic_fetch_add instruction" and its series, 5.12): 5.10.262 refuses the imm before the walk (`BPF_STX uses reserved fields`, its sources).
# note: an atomic whose imm names no operation (0x02): `check_atomic` refuses it before it
# note: reads a register. Found by walk_random's wide programs (tests/wide).
    r1 = 1
    *(u64 *)(r10 - 8) = r1
    .8byte 0x00000002fff81adb   # error[reserved-fields, EINVAL]: BPF_ATOMIC uses invalid atomic opcode 02
    r0 = 1
    exit

# test: atomic_unknown_operation_v5_10
# kernel: before 5.12
# note: version: the atomic's imm is a reserved field before 5.12: refused before the walk (`resolve_pseudo_ldimm64`), naming no instruction; 5.10.262's sources.
    r1 = 1
    *(u64 *)(r10 - 8) = r1
# error[reserved-fields, EINVAL]: BPF_STX uses reserved fields
    .8byte 0x00000002fff81adb
    r0 = 1
    exit

# test: atomic_add_8bit
# kernel: since 6.15
# note: `lock *(u8 *)(r10 - 8) += r1`: from 6.15 the opcode is known (8- and 16-bit
# note: load-acquire and store-release), so the walk reaches it and `check_atomic_rmw` refuses
# note: the size; before, `unknown opcode d3` before the walk.
    r1 = 1
    *(u64 *)(r10 - 8) = r1
    .8byte 0x00000000fff81ad3   # error[reserved-fields, EINVAL]: invalid atomic operand size
    r0 = 1
    exit

# test: load_acquire_before_6_15
# kernel: since 5.12
# note: version: `BPF_ATOMIC` operations other than add (5ca419f2864a "bpf: Add BPF_FETCH field / create atomic_fetch_add instruction" and its series, 5.12): 5.10.262 refuses the imm before the walk (`BPF_STX uses reserved fields`, its sources).
# kernel: before 6.15
# note: a 32-bit load-acquire is a known opcode (`BPF_STX | BPF_ATOMIC | BPF_W`) with an
# note: operation (0x100) `check_atomic` does not know before 6.15.
    r1 = 1
    *(u64 *)(r10 - 8) = r1
    w0 = load_acquire((u32 *)(r10 - 8)) # error[reserved-fields, EINVAL]: BPF_ATOMIC uses invalid atomic opcode 100
    r0 = 1
    exit

# test: load_acquire_before_5_12
# kernel: before 5.12
# note: version: a load-acquire's imm (0x100) is a reserved field before 5.12: refused before the walk, naming no instruction; 5.10.262's sources.
    r1 = 1
    *(u64 *)(r10 - 8) = r1
# error[reserved-fields, EINVAL]: BPF_STX uses reserved fields
    w0 = load_acquire((u32 *)(r10 - 8))
    r0 = 1
    exit

# test: atomic_add_bad_src_register
# kernel: before 7.1
# note: `lock *(u64 *)(r10 - 8) += r14`: `check_atomic_rmw` checks the size, then its source
# note: register (`check_reg_arg`: R14 does not exist). This verifier said `invalid atomic
# note: operand size` for any atomic the decoder refused with a known operation; found by
# note: mutate_kernel (seed 909) from load_acquire.s.
    r1 = 1
    *(u64 *)(r10 - 8) = r1
    .8byte 0x00000000fff8eadb   # error[bad-register, EINVAL]: R14 is invalid
    r0 = 1
    exit

# test: atomic_add_bad_src_register_v7_1
# kernel: since 7.1
# note: version: 7.1 checks every instruction's registers and reserved fields before the walk (`check_and_resolve_insns`), so the refusal names no instruction; confirmed in Debian's 7.1.13 image.
    r1 = 1
    *(u64 *)(r10 - 8) = r1
# error[bad-register, EINVAL]: R14 is invalid
    .8byte 0x00000000fff8eadb
    r0 = 1
    exit

# test: atomic_add_bad_dst_register
# kernel: before 7.1
# note: `lock *(u64 *)(r14 + 0) += r1`: the destination after the source.
    .8byte 0x0000000000001edb   # error[bad-register, EINVAL]: R14 is invalid
    r0 = 1
    exit

# test: atomic_add_bad_dst_register_v7_1
# kernel: since 7.1
# note: version: 7.1 checks every instruction's registers and reserved fields before the walk (`check_and_resolve_insns`), so the refusal names no instruction; confirmed in Debian's 7.1.13 image.
# error[bad-register, EINVAL]: R14 is invalid
    .8byte 0x0000000000001edb
    r0 = 1
    exit

# test: cmpxchg_bad_src_register
# kernel: since 5.12
# note: version: `BPF_ATOMIC` operations other than add (5ca419f2864a "bpf: Add BPF_FETCH field / create atomic_fetch_add instruction" and its series, 5.12): 5.10.262 refuses the imm before the walk (`BPF_STX uses reserved fields`, its sources).
# kernel: before 7.1
# note: `r0 = atomic64_cmpxchg((u64 *)(r10 - 8), r0, r14)`.
    r1 = 1
    *(u64 *)(r10 - 8) = r1
    .8byte 0x000000f1fff8eadb   # error[bad-register, EINVAL]: R14 is invalid
    r0 = 1
    exit

# test: cmpxchg_bad_src_register_v7_1
# kernel: since 7.1
# note: version: 7.1 checks every instruction's registers and reserved fields before the walk (`check_and_resolve_insns`), so the refusal names no instruction; confirmed in Debian's 7.1.13 image.
    r1 = 1
    *(u64 *)(r10 - 8) = r1
# error[bad-register, EINVAL]: R14 is invalid
    .8byte 0x000000f1fff8eadb
    r0 = 1
    exit
