# The 512-byte stack below R10: bounds, alignment, uninitialised reads (verifier-messages.md
# #25, #26). Uninitialised reads are allowed with CAP_PERFMON and rejected without it.
.skmap sx_map, type=array, key=4, value=16, max_entries=1

# test: stack_write_read
# note: a written slot can be read back.
    r0 = 1
    *(u64 *)(r10 - 8) = r0
    r0 = *(u64 *)(r10 - 8)
    exit

# test: stack_bottom
# note: fp-512 is the lowest valid byte.
    r1 = 0
    *(u64 *)(r10 - 512) = r1
    r0 = 1
    exit

# test: stack_below_bottom
# note: fp-520 is below the 512-byte stack.
    r0 = 0
    *(u64 *)(r10 - 520) = r0    # error[stack-bounds]: invalid write to stack R10 off=-520 size=8
    r0 = 1
    exit

# test: stack_below_bottom_byte
# note: a 1-byte store at fp-513 is out of bounds.
    r0 = 0
    *(u8 *)(r10 - 513) = r0     # error[stack-bounds]: invalid write to stack R10 off=-513 size=1
    r0 = 1
    exit

# test: stack_straddles_bottom
# note: an 8-byte store at fp-516 straddles the bottom.
    r0 = 0
    *(u32 *)(r10 - 516) = r0    # error[stack-bounds]: invalid write to stack R10 off=-516 size=4
    r0 = 1
    exit

# test: stack_write_at_fp
# note: fp+0 is above the stack.
    r0 = 0
    *(u64 *)(r10 + 0) = r0      # error[stack-bounds]: invalid write to stack R10 off=0 size=8
    r0 = 1
    exit

# test: stack_read_above_fp
# note: reading at fp+8 is out of bounds.
    r0 = *(u64 *)(r10 + 8)      # error[stack-bounds]: invalid read from stack R10 off=8 size=8
    r0 = 1
    exit

# test: stack_read_below_bottom
# note: reading below the stack.
    r0 = *(u32 *)(r10 - 516)    # error[stack-bounds]: invalid read from stack R10 off=-516 size=4
    r0 = 1
    exit

# test: stack_st_imm
# note: BPF_ST into the stack.
    *(u32 *)(r10 - 4) = 7
    r0 = *(u32 *)(r10 - 4)
    r0 &= 1
    exit

# test: stack_misaligned
# kernel: since 6.12
# kernel: before 7.1
# note: version: confirmed on Debian 6.12.118 under qemu and on 6.18; Debian 6.1.0-57 (6.1.192)
# note: version: prints the constant variable offset as a tnum (twin `stack_misaligned_tnum`). The release of
# note: version: the change is UNCONFIRMED (after 6.1, by 6.12): the case claims 6.12 on.
# note: stack accesses must be aligned to their size (always, unlike other memory).
    r0 = 0
    *(u64 *)(r10 - 4) = r0      # error[stack-misaligned]: misaligned stack access off 0+0+-4 size 8
    r0 = 1
    exit

# test: stack_misaligned_v7_1
# kernel: since 7.1
# note: version: 7.1 folds a pointer's fixed offset into its `var_off` (`reg->off` is gone), so the message prints one term less or the `var_off` with the offset in it; confirmed in Debian's 7.1.13 image.
    r0 = 0
    *(u64 *)(r10 - 4) = r0      # error[stack-misaligned]: misaligned stack access off 0+-4 size 8
    r0 = 1
    exit

# test: stack_misaligned_tnum
# kernel: before 6.2
# note: version: the older wording, confirmed on Debian 6.1.0-57 (6.1.192) under qemu; sources
# note: version: print the tnum since 5.9. The release of the change is UNCONFIRMED (after 6.1,
# note: version: by 6.12).
# note: stack accesses must be aligned to their size (always, unlike other memory).
    r0 = 0
    *(u64 *)(r10 - 4) = r0      # error[stack-misaligned]: misaligned stack access off (0x0; 0x0)+0+-4 size 8
    r0 = 1
    exit

# test: stack_misaligned_through_copy
# kernel: since 6.12
# kernel: before 7.1
# note: version: confirmed on Debian 6.12.118 under qemu and on 6.18; Debian 6.1.0-57 (6.1.192)
# note: version: prints the constant variable offset as a tnum (twin `stack_misaligned_through_copy_tnum`). The release of
# note: version: the change is UNCONFIRMED (after 6.1, by 6.12): the case claims 6.12 on.
# note: the alignment is checked on the final offset; the message prints the variable part,
# note: the register's offset and the instruction's offset (0+-6+0 here, 0+0+-4 above).
    r2 = r10
    r2 += -6
    r0 = 0
    *(u32 *)(r2 + 0) = r0       # error[stack-misaligned]: misaligned stack access off 0+-6+0 size 4
    r0 = 1
    exit

# test: stack_misaligned_through_copy_v7_1
# kernel: since 7.1
# note: version: 7.1 folds a pointer's fixed offset into its `var_off` (`reg->off` is gone), so the message prints one term less or the `var_off` with the offset in it; confirmed in Debian's 7.1.13 image.
    r2 = r10
    r2 += -6
    r0 = 0
    *(u32 *)(r2 + 0) = r0       # error[stack-misaligned]: misaligned stack access off -6+0 size 4
    r0 = 1
    exit

# test: stack_misaligned_through_copy_tnum
# kernel: before 6.2
# note: version: the older wording, confirmed on Debian 6.1.0-57 (6.1.192) under qemu; sources
# note: version: print the tnum since 5.9. The release of the change is UNCONFIRMED (after 6.1,
# note: version: by 6.12).
# note: the alignment is checked on the final offset.
    r2 = r10
    r2 += -6
    r0 = 0
    *(u32 *)(r2 + 0) = r0       # error[stack-misaligned]: misaligned stack access off (0x0; 0x0)+-6+0 size 4
    r0 = 1
    exit

# test: stack_read_uninit_root
# kernel: since 5.16
# note: version: root reads stack bytes never written from 5.16 on (skctx `root_reads_uninit_stack`; after 5.15.225, by 6.1.192, release UNCONFIRMED); twin `stack_read_uninit_root_v5_15`.
# note: with CAP_PERFMON an uninitialised stack slot may be read (it is an unknown scalar).
    r0 = *(u64 *)(r10 - 8)
    r0 = 1
    exit

# test: stack_read_uninit_root_v5_15
# kernel: since 5.11
# kernel: before 5.16
# note: version: Debian's 5.10.262 reads them as root (skctx `root_reads_uninit_stack`: a 5.10.y backport, its sources); twin `stack_read_uninit_root_v5_10`.
# note: version: as root too, a read of stack bytes never written is refused; confirmed on Ubuntu 22.04's 5.15.0-208 (5.15.225) under qemu.
    r0 = *(u64 *)(r10 - 8)      # error[stack-uninit-read]: invalid read from stack R10 off=-8 size=8
    r0 = 1
    exit

# test: stack_read_uninit_root_v5_10
# kernel: before 5.11
# note: version: root reads stack bytes never written on 5.10.262 only down to the deepest write (skctx `uninit_stack_reads_within_allocated`: `allocated_stack` bounds every read; its sources).
    r0 = *(u64 *)(r10 - 8)      # error[stack-uninit-read]: invalid read from stack R10 off=-8 size=8
    r0 = 1
    exit

# test: stack_read_partially_init_root
# kernel: since 5.16
# note: version: root reads stack bytes never written from 5.16 on (skctx `root_reads_uninit_stack`; after 5.15.225, by 6.1.192, release UNCONFIRMED); twin `stack_read_partially_init_root_v5_15`.
# note: root: reading 8 bytes of which 4 were written is fine.
    r1 = 0
    *(u32 *)(r10 - 8) = r1
    r0 = *(u64 *)(r10 - 8)
    r0 = 1
    exit

# test: stack_read_partially_init_root_v5_15
# kernel: since 5.11
# kernel: before 5.16
# note: version: as root too, a read of stack bytes never written is refused; confirmed on Ubuntu 22.04's 5.15.0-208 (5.15.225) under qemu.
    r1 = 0
    *(u32 *)(r10 - 8) = r1
    r0 = *(u64 *)(r10 - 8)      # error[stack-uninit-read]: invalid read from stack off -8+4 size 8
    r0 = 1
    exit

# test: stack_read_partially_init_root_v5_10
# kernel: before 5.11
# note: version: 5.10.262 accepts it as root (confirmed on Debian 11's 5.10.0-46 (5.10.262) under qemu): after 5.10.262, by 5.15.225, the read
# note: version: became refused, release UNCONFIRMED (5.11 assumed).
    r1 = 0
    *(u32 *)(r10 - 8) = r1
    r0 = *(u64 *)(r10 - 8)
    r0 = 1
    exit

# test: stack_pointer_arith
# note: stack pointers may be moved around and dereferenced within bounds.
    r2 = r10
    r2 += -16
    r2 += 8
    r1 = 1
    *(u64 *)(r2 + 0) = r1
    r0 = *(u64 *)(r10 - 8)
    exit

# test: stack_pointer_out_of_range_deref
# note: a stack pointer moved below the stack cannot be dereferenced.
    r2 = r10
    r2 += -600
    r0 = 0
    *(u64 *)(r2 + 0) = r0       # error[stack-bounds]: invalid write to stack R2 off=-600 size=8
    r0 = 1
    exit

# test: stack_variable_offset_write_root
# note: root may write through a stack pointer with a bounded variable offset.
    r2 = *(u32 *)(r1 + 8)
    r2 &= 8
    r3 = r10
    r3 += -16
    r3 += r2
    r0 = 0
    *(u64 *)(r3 + 0) = r0
    r0 = 1
    exit

# test: stack_variable_offset_out_of_bounds
# note: the variable range must stay inside the stack: fp-8 + [0, 8] reaches fp+0.
    r2 = *(u32 *)(r1 + 8)
    r2 &= 8
    r3 = r10
    r3 += -8
    r3 += r2
    r0 = 0
    *(u64 *)(r3 + 0) = r0       # error[stack-bounds]: invalid variable-offset write to stack R3
    r0 = 1
    exit

# test: stack_variable_offset_read_out_of_bounds
# kernel: since 6.8
# kernel: before 7.1
# note: version: the fixed offset (`off=-8`) is printed since commit 5bd90cdc65ef (6.8);
# note: version: before, `var_off=(0x0; 0x8) size=8`.
# note: a read whose variable range reaches fp+0 (root: a variable stack pointer is allowed).
    r2 = *(u32 *)(r1 + 8)
    r2 &= 8
    r3 = r10
    r3 += -8
    r3 += r2
    r0 = *(u64 *)(r3 + 0)       # error[stack-bounds]: invalid variable-offset read from stack R3 var_off=(0x0; 0x8) off=-8 size=8
    r0 = 1
    exit

# test: stack_variable_offset_read_out_of_bounds_v7_1
# kernel: since 7.1
# note: version: 7.1 folds a pointer's fixed offset into its `var_off` (`reg->off` is gone), so the message prints one term less or the `var_off` with the offset in it; confirmed in Debian's 7.1.13 image.
    r2 = *(u32 *)(r1 + 8)
    r2 &= 8
    r3 = r10
    r3 += -8
    r3 += r2
    r0 = *(u64 *)(r3 + 0)       # error[stack-bounds]: invalid variable-offset read from stack R3 var_off=(0x0; 0xfffffffffffffff8) off=0 size=8
    r0 = 1
    exit

# test: stack_var_read_zero
# note: root reads a byte at fp-4 + [0, 3] (`check_stack_read_var_off`): every byte of the
# note: range is STACK_ZERO, so the register is the constant 0 (`mark_reg_stack_read`) and
# note: the out-of-bounds read behind the branch is never walked.
    *(u32 *)(r10 - 4) = 0
    r2 = *(u32 *)(r1 + 8)
    r2 &= 3
    r3 = r10
    r3 += -4
    r3 += r2
    r0 = *(u8 *)(r3 + 0)
    if r0 == 0 goto +1
    r0 = *(u64 *)(r10 + 8)
    r0 = 1
    exit

# test: stack_var_read_uninit_root_v5_15
# kernel: since 5.15
# kernel: before 5.16
# note: version: `check_stack_range_initialized` refuses the first never-written byte of the
# note: range, printing the variable part and the byte's place in the range; confirmed in
# note: Ubuntu's 5.15.225 image (found by this branch's var-offset cases run there).
    r0 = 0
    *(u64 *)(r10 - 16) = r0
    r2 = *(u32 *)(r1 + 8)
    r2 &= 7
    r3 = r10
    r3 += -8
    r3 += r2
    r0 = *(u8 *)(r3 + 0)        # error[stack-uninit-read]: invalid read from stack R3 var_off (0x0; 0x7)+0 size 1
    if r0 == 0 goto +1
    r0 = *(u64 *)(r10 + 8)
    r0 = 1
    exit

# test: stack_var_read_one_misc_byte
# note: one STACK_MISC byte in the range: the register is unknown, the branch is walked.
    *(u32 *)(r10 - 4) = 0
    r6 = *(u32 *)(r1 + 8)
    *(u8 *)(r10 - 1) = r6
    r2 = *(u32 *)(r1 + 8)
    r2 &= 3
    r3 = r10
    r3 += -4
    r3 += r2
    r0 = *(u8 *)(r3 + 0)
    if r0 == 0 goto +1
    r0 = *(u64 *)(r10 + 8)      # error[stack-bounds]: invalid read from stack R10 off=8 size=8
    r0 = 1
    exit

# test: stack_var_read_uninit_root
# kernel: since 5.16
# kernel: also since 5.10 before 5.11
# note: version: 5.15.225 refuses the never-written byte (root reads them from 5.16; 5.10.262
# note: reads them down to the deepest write): twin `stack_var_read_uninit_root_v5_15`.
# note: root reads bytes never written (`allow_uninit_stack`): fp-8 + [0, 7], the slot
# note: allocated by the store at fp-16.
    r0 = 0
    *(u64 *)(r10 - 16) = r0
    r2 = *(u32 *)(r1 + 8)
    r2 &= 7
    r3 = r10
    r3 += -8
    r3 += r2
    r0 = *(u8 *)(r3 + 0)
    if r0 == 0 goto +1
    r0 = *(u64 *)(r10 + 8)      # error[stack-bounds]: invalid read from stack R10 off=8 size=8
    r0 = 1
    exit

# test: stack_var_read_spilled_pointer
# note: root reads bytes of a spilled pointer (`allow_ptr_leaks`): an unknown scalar.
    *(u64 *)(r10 - 8) = r1
    r2 = *(u32 *)(r1 + 8)
    r2 &= 6
    r3 = r10
    r3 += -8
    r3 += r2
    r0 = *(u16 *)(r3 + 0)
    if r0 == 0 goto +1
    r0 = *(u64 *)(r10 + 8)      # error[stack-bounds]: invalid read from stack R10 off=8 size=8
    r0 = 1
    exit

# test: stack_var_read_wide
# note: an 8-byte read at fp-24 + {0, 8} over spilled scalars: allowed, and unknown even
# note: where the read would restore the spill at a fixed offset.
    r6 = *(u32 *)(r1 + 8)
    *(u64 *)(r10 - 24) = r6
    *(u64 *)(r10 - 16) = r6
    *(u64 *)(r10 - 8) = r6
    r2 = *(u32 *)(r1 + 8)
    r2 &= 8
    r3 = r10
    r3 += -24
    r3 += r2
    r0 = *(u64 *)(r3 + 0)
    if r0 == 0 goto +1
    r0 = *(u64 *)(r10 + 8)      # error[stack-bounds]: invalid read from stack R10 off=8 size=8
    r0 = 1
    exit

# test: stack_var_write_makes_misc
# note: root writes 8 bytes at fp-16 + {0, 8} (`check_stack_write_var_off`): every byte of
# note: fp-16 .. fp-1 becomes STACK_MISC, the zeros at fp-4 too, so the read there is unknown.
    r6 = *(u32 *)(r1 + 8)
    *(u32 *)(r10 - 12) = r6
    r0 = 0
    *(u32 *)(r10 - 4) = r0
    r2 = *(u32 *)(r1 + 8)
    r2 &= 8
    r3 = r10
    r3 += -16
    r3 += r2
    *(u64 *)(r3 + 0) = r6
    r0 = *(u32 *)(r10 - 4)
    if r0 == 0 goto +1
    r0 = *(u64 *)(r10 + 8)      # error[stack-bounds]: invalid read from stack R10 off=8 size=8
    r0 = 1
    exit

# test: stack_var_write_zero_keeps_zero
# note: a zero register written at a variable offset leaves STACK_ZERO bytes zero (and is
# note: marked precise): the read at fp-4 is the constant 0, the branch is never walked.
    r0 = 0
    *(u32 *)(r10 - 4) = r0
    *(u32 *)(r10 - 12) = r0
    r2 = *(u32 *)(r1 + 8)
    r2 &= 8
    r3 = r10
    r3 += -16
    r3 += r2
    r4 = 0
    *(u64 *)(r3 + 0) = r4
    r0 = *(u32 *)(r10 - 4)
    if r0 == 0 goto +1
    r0 = *(u64 *)(r10 + 8)
    r0 = 1
    exit

# test: stack_var_write_joins_paths
# note: two paths leave different bytes at fp-4; a variable-offset write over them (and
# note: its liveness: it marks no slot written) before they meet again.
    r6 = *(u32 *)(r1 + 8)
    r7 = *(u32 *)(r1 + 8)
    r0 = 0
    *(u32 *)(r10 - 12) = r0
    if r6 > 5 goto +2
    *(u32 *)(r10 - 4) = r6
    goto +1
    *(u32 *)(r10 - 4) = r0
    r7 &= 8
    r3 = r10
    r3 += -16
    r3 += r7
    *(u64 *)(r3 + 0) = r6
    r0 = *(u32 *)(r10 - 4)
    r0 = 1
    exit

# test: stack_var_write_forgets_spill
# note: a variable-offset write covering a spilled constant's whole slot forgets it: the
# note: slot's bytes are STACK_MISC and the fill at fp-8 is unknown.
    r6 = 5
    *(u64 *)(r10 - 8) = r6
    *(u64 *)(r10 - 16) = r6
    r7 = *(u32 *)(r1 + 8)
    r2 = r7
    r2 &= 8
    r3 = r10
    r3 += -16
    r3 += r2
    *(u64 *)(r3 + 0) = r7
    r0 = *(u64 *)(r10 - 8)
    if r0 == 5 goto +1
    r0 = *(u64 *)(r10 + 8)      # error[stack-bounds]: invalid read from stack R10 off=8 size=8
    r0 = 1
    exit

# test: stack_var_write_forgets_spilled_pointer
# kernel: since 5.18
# note: version: the scalar type printed `scalar` from 5.18 (skctx `scalar_type_named_scalar`); twin `stack_var_write_forgets_spilled_pointer_inv`.
# note: root may write over a spilled pointer at a variable offset; the fill is then a scalar.
    *(u64 *)(r10 - 8) = r1
    *(u64 *)(r10 - 16) = r1
    r7 = *(u32 *)(r1 + 8)
    r7 &= 8
    r3 = r10
    r3 += -16
    r3 += r7
    r4 = 1
    *(u64 *)(r3 + 0) = r4
    r0 = *(u64 *)(r10 - 8)
    r0 = *(u32 *)(r0 + 0)       # error[invalid-mem-access]: R0 invalid mem access 'scalar'
    r0 = 1
    exit

# test: stack_var_write_forgets_spilled_pointer_inv
# kernel: before 5.18
# note: version: the scalar type printed `inv`; confirmed on Debian 11's 5.10.0-46 (5.10.262) under qemu.
    *(u64 *)(r10 - 8) = r1
    *(u64 *)(r10 - 16) = r1
    r7 = *(u32 *)(r1 + 8)
    r7 &= 8
    r3 = r10
    r3 += -16
    r3 += r7
    r4 = 1
    *(u64 *)(r3 + 0) = r4
    r0 = *(u64 *)(r10 - 8)
    r0 = *(u32 *)(r0 + 0)       # error[invalid-mem-access]: R0 invalid mem access 'inv'
    r0 = 1
    exit

# test: stack_var_write_over_half_a_spill
# kernel: since 7.0
# kernel: also since 6.12.118 before 6.13
# kernel: also since 6.18.44 before 6.19
# note: version: row `var_write_scrubs_spill_slot` (6.12.118, 6.18.44, 7.0.13 scrub;
# note: version: 6.1.192 and 6.19.14 do not: the _unscrubbed twin).
# note: a 2-byte write at fp-8 + {0, 2} covers half of a spilled constant's slot: the slot is
# note: scrubbed whole (`scrub_special_slot`), every byte STACK_MISC, the fill unknown.
    r6 = 5
    *(u64 *)(r10 - 8) = r6
    r7 = *(u32 *)(r1 + 8)
    r2 = r7
    r2 &= 2
    r3 = r10
    r3 += -8
    r3 += r2
    *(u16 *)(r3 + 0) = r7
    r0 = *(u64 *)(r10 - 8)
    if r0 == 5 goto +1
    r0 = *(u64 *)(r10 + 8)      # error[stack-bounds]: invalid read from stack R10 off=8 size=8
    r0 = 1
    exit

# test: stack_var_write_over_half_a_spill_unscrubbed
# kernel: before 6.12.118
# kernel: also since 6.13 before 6.18.44
# kernel: also since 6.19 before 7.0
# note: without `var_write_scrubs_spill_slot` the register is forgotten but fp-4 .. fp-1 stay
# note: STACK_SPILL, so the 8-byte fill is refused (unsupported here: not modelled).
    r6 = 5
    *(u64 *)(r10 - 8) = r6
    r7 = *(u32 *)(r1 + 8)
    r2 = r7
    r2 &= 2
    r3 = r10
    r3 += -8
    r3 += r2
    *(u16 *)(r3 + 0) = r7
    r0 = *(u64 *)(r10 - 8)      # error[stack-uninit-read]: invalid read from stack off -8+4 size 8
    r0 = 1
    exit

# test: stack_var_write_over_half_a_spilled_pointer
# kernel: since 6.8
# note: root writes 4 bytes over half of a spilled context pointer at a variable offset: the
# note: slot is scrubbed, and its 8-byte fill is a scalar.
    *(u64 *)(r10 - 8) = r1
    r7 = *(u32 *)(r1 + 8)
    r7 &= 4
    r3 = r10
    r3 += -8
    r3 += r7
    r4 = 1
    *(u32 *)(r3 + 0) = r4
    r0 = *(u64 *)(r10 - 8)
    r0 = *(u32 *)(r0 + 0)       # error[invalid-mem-access]: R0 invalid mem access 'scalar'
    r0 = 1
    exit

# test: stack_var_write_zero_keeps_spilled_zero
# kernel: since 6.8
# note: a zero written at a variable offset over a spilled 8-byte zero keeps the spill (and
# note: the zero register is precise): the fill at fp-8 is 0, the branch never walked.
    r0 = 0
    *(u64 *)(r10 - 8) = r0
    *(u64 *)(r10 - 16) = r0
    r2 = *(u32 *)(r1 + 8)
    r2 &= 8
    r3 = r10
    r3 += -16
    r3 += r2
    r4 = 0
    *(u64 *)(r3 + 0) = r4
    r0 = *(u64 *)(r10 - 8)
    if r0 == 0 goto +1
    r0 = *(u64 *)(r10 + 8)
    r0 = 1
    exit

# test: stack_var_write_nonzero_over_spilled_zero
# note: a non-zero register written over spilled zeros at a variable offset forgets them:
# note: the fill at fp-8 is unknown (6.1.192 spills no zero: its STACK_ZERO bytes become
# note: STACK_MISC the same).
    r0 = 0
    *(u64 *)(r10 - 8) = r0
    *(u64 *)(r10 - 16) = r0
    r2 = *(u32 *)(r1 + 8)
    r2 &= 8
    r3 = r10
    r3 += -16
    r3 += r2
    r4 = 7
    *(u64 *)(r3 + 0) = r4
    r0 = *(u64 *)(r10 - 8)
    if r0 == 0 goto +1
    r0 = *(u64 *)(r10 + 8)      # error[stack-bounds]: invalid read from stack R10 off=8 size=8
    r0 = 1
    exit

# test: stack_var_st_zero_keeps_zero
# kernel: since 6.8
# note: a `BPF_ST` of 0 at a variable offset is a written zero: STACK_ZERO bytes stay zero,
# note: the read at fp-4 is 0 and the branch never walked.
    r0 = 0
    *(u32 *)(r10 - 4) = r0
    *(u32 *)(r10 - 12) = r0
    r2 = *(u32 *)(r1 + 8)
    r2 &= 8
    r3 = r10
    r3 += -16
    r3 += r2
    *(u64 *)(r3 + 0) = 0
    r0 = *(u32 *)(r10 - 4)
    if r0 == 0 goto +1
    r0 = *(u64 *)(r10 + 8)
    r0 = 1
    exit

# test: stack_var_st_zero_keeps_zero_v6_1
# kernel: before 6.8
# note: 6.1.192: a `BPF_ST` of 0 at a variable offset makes the bytes STACK_MISC, zeros
# note: included (only a zero register keeps them), so the read at fp-4 is unknown.
    r0 = 0
    *(u32 *)(r10 - 4) = r0
    *(u32 *)(r10 - 12) = r0
    r2 = *(u32 *)(r1 + 8)
    r2 &= 8
    r3 = r10
    r3 += -16
    r3 += r2
    *(u64 *)(r3 + 0) = 0
    r0 = *(u32 *)(r10 - 4)
    if r0 == 0 goto +1
    r0 = *(u64 *)(r10 + 8)      # error[stack-bounds]: invalid read from stack R10 off=8 size=8
    r0 = 1
    exit

# test: stack_var_read_below_allocated_stack
# kernel: since 6.1
# note: version: 5.10.262 and 5.15.225 keep a read within `allocated_stack` and do not grow
# note: it: twin `stack_var_read_below_allocated_stack_v5_15`.
# note: a variable-offset read at fp-16 + {0, 8} before any store: the stack grows to the
# note: range first (`grow_stack_state` in `check_stack_access_within_bounds`), root reads
# note: the bytes never written, and the value is unknown.
    r2 = *(u32 *)(r1 + 8)
    r2 &= 8
    r3 = r10
    r3 += -16
    r3 += r2
    r0 = *(u64 *)(r3 + 0)
    if r0 == 0 goto +1
    r0 = *(u64 *)(r10 + 8)      # error[stack-bounds]: invalid read from stack R10 off=8 size=8
    r0 = 1
    exit

# test: stack_var_read_below_allocated_stack_v5_15
# kernel: before 5.16
# note: version: the read's range must lie within `allocated_stack` (nothing written yet:
# note: none), which only writes grow; confirmed in Debian's 5.10.262 and Ubuntu's 5.15.225
# note: images. 5.16 to 5.18 (root reads never-written bytes there) are claimed by neither
# note: case: UNCONFIRMED, modelled as 6.1.
    r2 = *(u32 *)(r1 + 8)
    r2 &= 8
    r3 = r10
    r3 += -16
    r3 += r2
    r0 = *(u64 *)(r3 + 0)       # error[stack-bounds]: invalid variable-offset read from stack R3 var_off=(0x0; 0x8) size=8
    if r0 == 0 goto +1
    r0 = *(u64 *)(r10 + 8)
    r0 = 1
    exit

# test: stack_var_write_below_allocated_stack
# note: a variable-offset write at fp-24 + {0, 8} below the 8 allocated bytes: the stack
# note: grows to fp-24 first; the bytes become STACK_MISC and a read there is unknown.
    r0 = 0
    *(u64 *)(r10 - 8) = r0
    r6 = *(u32 *)(r1 + 8)
    r2 = r6
    r2 &= 8
    r3 = r10
    r3 += -24
    r3 += r2
    *(u64 *)(r3 + 0) = r6
    r0 = *(u64 *)(r10 - 16)
    if r0 == 0 goto +1
    r0 = *(u64 *)(r10 + 8)      # error[stack-bounds]: invalid read from stack R10 off=8 size=8
    r0 = 1
    exit

# test: stack_var_write_into_caller_frame
# note: a callee writes at a variable offset into its caller's frame (fp-16 + {0, 8} of the
# note: caller, the pointer passed in R1): `check_stack_write_var_off` works on the frame the
# note: pointer names, so the caller's spilled constants at fp-8 and fp-16 are forgotten and
# note: its fill at fp-8 is unknown after the call.
    r2 = *(u32 *)(r1 + 8)
    r0 = 5
    *(u64 *)(r10 - 8) = r0
    *(u64 *)(r10 - 16) = r0
    r1 = r10
    r1 += -16
    call write_it
    r0 = *(u64 *)(r10 - 8)
    if r0 == 5 goto +1
    r0 = *(u64 *)(r10 + 8)      # error[stack-bounds]: invalid read from stack R10 off=8 size=8
    r0 = 1
    exit
write_it:
    r2 &= 8
    r1 += r2
    r3 = 7
    *(u64 *)(r1 + 0) = r3
    r0 = 0
    exit

# test: stack_var_read_in_loop_prunes
# note: a var-offset read in both arms of a branch: the slots it reads stay live, so the
# note: second path is compared on them (processed count checked against the kernel).
    r6 = *(u32 *)(r1 + 8)
    r0 = 0
    *(u64 *)(r10 - 8) = r0
    if r6 > 5 goto +2
    *(u64 *)(r10 - 16) = r6
    goto +1
    *(u64 *)(r10 - 16) = r0
    r2 = r6
    r2 &= 7
    r3 = r10
    r3 += -16
    r3 += r2
    r0 = *(u8 *)(r3 + 0)
    r0 = 1
    exit

# test: stack_spill_pointer_narrow
# note: a pointer can only be spilled whole: a 4-byte store of the ctx pointer.
    *(u32 *)(r10 - 8) = r1      # error[stack-spill-size]: invalid size of register spill
    r0 = 0
    exit

# test: stack_spill_partial_overwrite
# kernel: since 5.18
# note: version: 'scalar' in this message since ~5.18; older kernels printed 'inv'
# note: (UNCONFIRMED release).
# note: overwriting part of a spilled pointer turns the slot into data: filling it gives a
# note: scalar, not a pointer.
    *(u64 *)(r10 - 8) = r1
    r2 = 0
    *(u8 *)(r10 - 8) = r2
    r3 = *(u64 *)(r10 - 8)
    r0 = *(u32 *)(r3 + 8)       # error[invalid-mem-access]: R3 invalid mem access 'scalar'
    r0 = 1
    exit

# test: stack_spill_narrow_fill
# note: a narrower fill of a spilled pointer is rejected at the fill itself (not, as one
# note: might guess, turned into a scalar).
    *(u64 *)(r10 - 8) = r1
    r3 = *(u32 *)(r10 - 8)      # error[stack-fill-size]: invalid size of register fill
    r0 = *(u32 *)(r3 + 8)
    r0 = 1
    exit

# test: stack_depth_512
# note: using all 512 bytes is fine.
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    *(u64 *)(r10 - 256) = r1
    *(u64 *)(r10 - 512) = r1
    r0 = 1
    exit

# test: stack_helper_fill_is_not_a_read
# kernel: since 6.18
# note: bpf_probe_read_user fills fp-24..fp-1 (ARG_PTR_TO_UNINIT_MEM, raw mode): the kernel
# note: marks none of it read, so fp-24, spilled on one path only before the paths meet, is
# note: dead there and the second path is pruned: 61 processed on 6.18.44 (this verifier
# note: counted 83 while it took the helper's buffer for a read). walk_random seed 51, root.
    r6 = r1
    r0 = *(u8 *)(r6 + 19)
    r2 = -1953470430
    r3 = 31
    r4 = 5
    r5 = 547755327
    r7 = 10
    r8 = *(u16 *)(r6 + 48)
    w3 <<= w7
    if r8 > 8 goto L14
    r8 = r7
    *(u64 *)(r10 - 24) = r8
    r7 = *(u64 *)(r10 - 56)
    r5 -= 8
L14:
    r7 = -r7
    w4 = -w4
    if r2 != r1 goto L21
    if r2 >= 5 goto L19
    w1 s%= 6
L19:
    if r4 > 15 goto L21
    *(u64 *)(r10 - 40) = r5
L21:
    if w5 >= -197 goto L22
L22:
    call 7
    r1 = 255
    r3 = 1733321304
    r4 = 6
    r5 = -199
    r6 = *(u16 *)(r6 + 44)
    r1 = r10
    r1 += -24
    r2 = 24
    r3 = 0
    call 112
    r1 = 13
    r2 = 17
    r3 = 6
    r4 = -575
    r5 = 255
    r0 *= 9
    r0 = 1
    exit

# test: sx_fill_keeps_the_spills_link
# kernel: since 6.18.44
# kernel: before 6.19
# note: a sign-extending fill of a 4-byte spill copies the spilled register with its id
# note: ("bpf: Preserve boundaries and track scalars on narrowing fill") and
# note: `coerce_reg_to_size_sx` keeps it although the tnum changes ((0x0; 0xf1) becomes
# note: (0x0; 0xff)): the branch on w3 bounds r7, through the link, to [0, 12], and the map
# note: value access through r7 is in bounds. This verifier dropped the link when the sign
# note: extension changed the scalar (and refused the access); found by walk_random wide
# note: seed 202 (a misaligned-access message printing r7's tnum). Confirmed on 6.18.44 only.
    r7 = *(u8 *)(r1 + 34)
    if w7 & 0xe goto out
    *(u32 *)(r10 - 8) = w7
    r3 = *(s32 *)(r10 - 8)
    if w3 > 12 goto out
    *(u32 *)(r10 - 16) = 0
    r2 = r10
    r2 += -16
    r1 = sx_map ll
    call 1
    if r0 == 0 goto out
    r0 += r7
    r1 = *(u8 *)(r0 + 0)
out:
    r0 = 1
    exit

# test: sx_fill_of_a_full_width_value_drops_the_link
# kernel: since 6.18.44
# kernel: before 6.19
# note: the twin with a value that may have the sign bit of the read set: 6.18.44 gives the
# note: filled register no id, so the branch on w3 leaves r7 unbounded.
    r7 = *(u32 *)(r1 + 8)
    *(u32 *)(r10 - 8) = w7
    r3 = *(s32 *)(r10 - 8)
    if w3 > 12 goto out
    *(u32 *)(r10 - 16) = 0
    r2 = r10
    r2 += -16
    r1 = sx_map ll
    call 1
    if r0 == 0 goto out
    r0 += r7
    r1 = *(u8 *)(r0 + 0) # error[map-value-bounds]: R0 unbounded memory access, make sure to bounds check any such access
out:
    r0 = 1
    exit

# test: stack_combined_fits
# note: the stacks of a call chain add up to at most 512 bytes: 256 in the main program and
# note: 256 in the subprogram it calls (`check_max_stack_depth`, after the walk).
    r1 = 0
    *(u64 *)(r10 - 256) = r1
    call sub
    r0 = 1
    exit
sub:
    r1 = 0
    *(u64 *)(r10 - 256) = r1
    r0 = 0
    exit

# test: stack_combined_too_large
# note: 256 bytes in the main program and 264 in its callee: 520 and more however the frames
# note: are rounded. The kernel checks it after the walk and names no instruction.
    r1 = 0
    *(u64 *)(r10 - 256) = r1
    call sub
    r0 = 1
    exit
sub:
    r1 = 0
    *(u64 *)(r10 - 264) = r1
    r0 = 0
    exit
# error[combined-stack, EACCES]: combined stack size of 2 calls is

# test: stack_combined_rounded_to_16
# kernel: since 6.9
# note: version: a JITed program's frames are rounded up to 16 bytes from 6.9 (Feb 2024,
# note: `round_up_stack_depth`; release UNCONFIRMED, Debian's 6.12.118 sources and image have
# note: it), to 32 before (twin `stack_combined_rounded_to_32`, Debian 6.1.192).
# note: 264 bytes in the main program and 240 in its callee: 272 + 240 = 512 fits.
    r1 = 0
    *(u64 *)(r10 - 264) = r1
    call sub
    r0 = 1
    exit
sub:
    r1 = 0
    *(u64 *)(r10 - 240) = r1
    r0 = 0
    exit

# test: stack_combined_rounded_to_32
# kernel: before 6.9
# note: version: before 6.9 every frame is rounded up to 32 bytes (Debian 6.1.192), so the
# note: twin of `stack_combined_rounded_to_16` is refused: 288 + 256 = 544.
    r1 = 0
    *(u64 *)(r10 - 264) = r1
    call sub
    r0 = 1
    exit
sub:
    r1 = 0
    *(u64 *)(r10 - 240) = r1
    r0 = 0
    exit
# error[combined-stack, EACCES]: combined stack size of 2 calls is 544. Too large

# test: stack_combined_three_calls
# kernel: since 6.9
# note: version: frames rounded to 16 (twin `stack_combined_three_calls_v6_1`).
# note: 160 + 160 + 200 bytes down a chain of three: 528 with the callee's 200 rounded to 208;
# note: the message counts the frames of the chain.
    r1 = 0
    *(u64 *)(r10 - 160) = r1
    call sub1
    r0 = 1
    exit
sub1:
    r1 = 0
    *(u64 *)(r10 - 160) = r1
    call sub2
    r0 = 0
    exit
sub2:
    r1 = 0
    *(u64 *)(r10 - 200) = r1
    r0 = 0
    exit
# error[combined-stack, EACCES]: combined stack size of 3 calls is 528. Too large

# test: stack_combined_three_calls_v6_1
# kernel: before 6.9
# note: version: frames rounded to 32 before 6.9: 160 + 160 + 224 = 544.
    r1 = 0
    *(u64 *)(r10 - 160) = r1
    call sub1
    r0 = 1
    exit
sub1:
    r1 = 0
    *(u64 *)(r10 - 160) = r1
    call sub2
    r0 = 0
    exit
sub2:
    r1 = 0
    *(u64 *)(r10 - 200) = r1
    r0 = 0
    exit
# error[combined-stack, EACCES]: combined stack size of 3 calls is 544. Too large

# test: stack_combined_second_call
# kernel: since 6.9
# note: the chains are followed in instruction order, depth first: the first call fits, the
# note: second (through a callee of its own) does not, and the message counts its three
# note: frames: 208 + 208 + 112 = 528. The shape of cgen seed 11 (program 28: 2 calls, 528).
    r1 = 0
    *(u64 *)(r10 - 200) = r1
    call small
    call mid
    r0 = 1
    exit
small:
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r0 = 0
    exit
mid:
    r1 = 0
    *(u64 *)(r10 - 200) = r1
    call big
    r0 = 0
    exit
big:
    r1 = 0
    *(u64 *)(r10 - 112) = r1
    r0 = 0
    exit
# error[combined-stack, EACCES]: combined stack size of 3 calls is 528. Too large
