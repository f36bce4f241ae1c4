# Linked scalars with a delta (`BPF_ADD_CONST`): `r7 = r6; r7 += K` keeps r7 linked to r6,
# so a branch on either bounds the other (`sync_linked_regs`). Each program reads a u32
# context field into r6 (bounded to [0, 100] first), looks up the array value (16 bytes) and
# reads one byte at value + the linked register + 3: in bounds only when the link carried the
# branch's bound. The `_unlinked` twins are the same programs on releases without the link
# (`verifier::releases::CHANGES`: linked_add_const, linked_sub_alu32).
.skmap arr, type=array, key=4, value=16, max_entries=1

# test: linked_add_refines_copy
# kernel: since 6.11
# note: r6 <= 8 gives r7 = r6 + 4 in [4, 12].
# note: version: 98d7ca374ba4 "bpf: Track delta between linked registers" (6.11 UNCONFIRMED; 6.12.118, 6.18.44 confirmed)
    r6 = *(u32 *)(r1 + 12)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    if r6 > 100 goto out
    r7 = r6
    r7 += 4
    if r6 > 8 goto out
    r0 += r7
    r1 = *(u8 *)(r0 + 3)
out:
    r0 = 1
    exit

# test: linked_add_refines_copy_unlinked
# kernel: before 6.11
# note: without the link r7 stays in [4, 104]: off 104 + 3.
    r6 = *(u32 *)(r1 + 12)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    if r6 > 100 goto out
    r7 = r6
    r7 += 4
    if r6 > 8 goto out
    r0 += r7
    r1 = *(u8 *)(r0 + 3)   # error[map-value-bounds]: invalid access to map value, value_size=16 off=107 size=1
out:
    r0 = 1
    exit

# test: linked_add_refines_copy_no_perfmon
# privilege: no_perfmon
# kernel: since 6.11
# note: the same without CAP_PERFMON (sanitize_ptr_alu accepts the bounded offset).
# note: version: 98d7ca374ba4 "bpf: Track delta between linked registers" (6.11 UNCONFIRMED; 6.12.118, 6.18.44 confirmed)
    r6 = *(u32 *)(r1 + 12)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    if r6 > 100 goto out
    r7 = r6
    r7 += 4
    if r6 > 8 goto out
    r0 += r7
    r1 = *(u8 *)(r0 + 3)
out:
    r0 = 1
    exit

# test: linked_add_taken_branch
# kernel: since 6.11
# note: the bound comes on the taken side of the branch.
# note: version: 98d7ca374ba4 "bpf: Track delta between linked registers" (6.11 UNCONFIRMED; 6.12.118, 6.18.44 confirmed)
    r6 = *(u32 *)(r1 + 12)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    if r6 > 100 goto out
    r7 = r6
    r7 += 4
    if r6 < 9 goto use
    r0 = 1
    exit
use:
    r0 += r7
    r1 = *(u8 *)(r0 + 3)
out:
    r0 = 1
    exit

# test: linked_add_taken_branch_unlinked
# kernel: before 6.11
# note: without the link r7 stays in [4, 104].
    r6 = *(u32 *)(r1 + 12)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    if r6 > 100 goto out
    r7 = r6
    r7 += 4
    if r6 < 9 goto use
    r0 = 1
    exit
use:
    r0 += r7
    r1 = *(u8 *)(r0 + 3)   # error[map-value-bounds]: invalid access to map value, value_size=16 off=107 size=1
out:
    r0 = 1
    exit

# test: linked_add_refines_spilled_base
# kernel: since 6.11
# note: the branch on the copy with the delta bounds the spilled r6: r6 = r7 - 4 in [0, 8].
# note: version: 98d7ca374ba4 "bpf: Track delta between linked registers" (6.11 UNCONFIRMED; 6.12.118, 6.18.44 confirmed)
    r6 = *(u32 *)(r1 + 12)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    if r6 > 100 goto out
    r7 = r6
    r7 += 4
    *(u64 *)(r10 - 16) = r6
    if r7 > 12 goto out
    r6 = *(u64 *)(r10 - 16)
    r0 += r6
    r1 = *(u8 *)(r0 + 3)
out:
    r0 = 1
    exit

# test: linked_add_refines_spilled_base_unlinked
# kernel: before 6.11
# note: without the link the spilled r6 stays in [0, 100].
    r6 = *(u32 *)(r1 + 12)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    if r6 > 100 goto out
    r7 = r6
    r7 += 4
    *(u64 *)(r10 - 16) = r6
    if r7 > 12 goto out
    r6 = *(u64 *)(r10 - 16)
    r0 += r6
    r1 = *(u8 *)(r0 + 3)   # error[map-value-bounds]: invalid access to map value, value_size=16 off=103 size=1
out:
    r0 = 1
    exit

# test: linked_add_twice_breaks_link
# note: a second `r7 += K` drops the link (one delta per link): r7 in [4, 104].
    r6 = *(u32 *)(r1 + 12)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    if r6 > 100 goto out
    r7 = r6
    r7 += 2
    r7 += 2
    if r6 > 8 goto out
    r0 += r7
    r1 = *(u8 *)(r0 + 3)   # error[map-value-bounds]: invalid access to map value, value_size=16 off=107 size=1
out:
    r0 = 1
    exit

# test: linked_add_then_mul_breaks_link
# note: any ALU op other than adding a constant drops the link.
    r6 = *(u32 *)(r1 + 12)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    if r6 > 100 goto out
    r7 = r6
    r7 += 4
    r7 *= 1
    if r6 > 8 goto out
    r0 += r7
    r1 = *(u8 *)(r0 + 3)   # error[map-value-bounds]: invalid access to map value, value_size=16 off=107 size=1
out:
    r0 = 1
    exit

# test: linked_add_copy_breaks_link
# note: copying a register linked with a delta (`r8 = r7`) drops its link first (`assign_scalar_id_before_mov`).
    r6 = *(u32 *)(r1 + 12)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    if r6 > 100 goto out
    r7 = r6
    r7 += 4
    r8 = r7
    if r6 > 8 goto out
    r0 += r7
    r1 = *(u8 *)(r0 + 3)   # error[map-value-bounds]: invalid access to map value, value_size=16 off=107 size=1
out:
    r0 = 1
    exit

# test: linked_add_spill_breaks_link
# note: spilling a register linked with a delta drops its link too, so the filled value is not bounded.
    r6 = *(u32 *)(r1 + 12)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    if r6 > 100 goto out
    r7 = r6
    r7 += 4
    *(u64 *)(r10 - 16) = r7
    if r6 > 8 goto out
    r7 = *(u64 *)(r10 - 16)
    r0 += r7
    r1 = *(u8 *)(r0 + 3)   # error[map-value-bounds]: invalid access to map value, value_size=16 off=107 size=1
out:
    r0 = 1
    exit

# test: linked_add_const_register
# kernel: since 6.11
# note: a source register holding a known constant links as an immediate does.
# note: version: 98d7ca374ba4 "bpf: Track delta between linked registers" (6.11 UNCONFIRMED; 6.12.118, 6.18.44 confirmed)
    r6 = *(u32 *)(r1 + 12)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    if r6 > 100 goto out
    r7 = r6
    r8 = 4
    r7 += r8
    if r6 > 8 goto out
    r0 += r7
    r1 = *(u8 *)(r0 + 3)
out:
    r0 = 1
    exit

# test: linked_sub_refines_base
# kernel: since 7.0
# kernel: also since 6.18.33 before 6.19
# note: `r7 -= 4` links with delta -4: r7 <= 8 gives r6 in [4, 12].
# note: version: 7a433e519364 "bpf: Support negative offsets, BPF_SUB, and alu32 for linked register tracking", 6.18.y backport (first in 6.18.33, releases row linked_sub_alu32; 6.18.44 confirmed, 6.12.118 without it)
    r6 = *(u32 *)(r1 + 12)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    if r6 > 100 goto out
    if r6 < 4 goto out
    r7 = r6
    r7 -= 4
    if r7 > 8 goto out
    r0 += r6
    r1 = *(u8 *)(r0 + 3)
out:
    r0 = 1
    exit

# test: linked_sub_refines_base_unlinked
# kernel: before 6.18.33
# kernel: also since 6.19 before 7.0
# note: before, a subtraction drops the link: r6 stays in [4, 100].
    r6 = *(u32 *)(r1 + 12)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    if r6 > 100 goto out
    if r6 < 4 goto out
    r7 = r6
    r7 -= 4
    if r7 > 8 goto out
    r0 += r6
    r1 = *(u8 *)(r0 + 3)   # error[map-value-bounds]: invalid access to map value, value_size=16 off=103 size=1
out:
    r0 = 1
    exit

# test: linked_add_negative_refines_base
# kernel: since 7.0
# kernel: also since 6.18.33 before 6.19
# note: `r7 += -4`: a negative delta.
# note: version: 7a433e519364 "bpf: Support negative offsets, BPF_SUB, and alu32 for linked register tracking", 6.18.y backport (first in 6.18.33, releases row linked_sub_alu32; 6.18.44 confirmed, 6.12.118 without it)
    r6 = *(u32 *)(r1 + 12)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    if r6 > 100 goto out
    if r6 < 4 goto out
    r7 = r6
    r7 += -4
    if r7 > 8 goto out
    r0 += r6
    r1 = *(u8 *)(r0 + 3)
out:
    r0 = 1
    exit

# test: linked_add_negative_refines_base_unlinked
# kernel: before 6.18.33
# kernel: also since 6.19 before 7.0
# note: before, only K in [0, S32_MAX] linked.
    r6 = *(u32 *)(r1 + 12)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    if r6 > 100 goto out
    if r6 < 4 goto out
    r7 = r6
    r7 += -4
    if r7 > 8 goto out
    r0 += r6
    r1 = *(u8 *)(r0 + 3)   # error[map-value-bounds]: invalid access to map value, value_size=16 off=103 size=1
out:
    r0 = 1
    exit

# test: linked_alu32_add_refines_copy
# kernel: since 7.0
# kernel: also since 6.18.33 before 6.19
# note: `w7 += 4` on a value whose upper half is zero links (`BPF_ADD_CONST32`).
# note: version: 7a433e519364 "bpf: Support negative offsets, BPF_SUB, and alu32 for linked register tracking", 6.18.y backport (first in 6.18.33, releases row linked_sub_alu32; 6.18.44 confirmed, 6.12.118 without it)
    r6 = *(u32 *)(r1 + 12)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    if r6 > 100 goto out
    r7 = r6
    w7 += 4
    if r6 > 8 goto out
    r0 += r7
    r1 = *(u8 *)(r0 + 3)
out:
    r0 = 1
    exit

# test: linked_alu32_add_refines_copy_unlinked
# kernel: before 6.18.33
# kernel: also since 6.19 before 7.0
# note: before, a 32-bit addition drops the link.
    r6 = *(u32 *)(r1 + 12)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    if r6 > 100 goto out
    r7 = r6
    w7 += 4
    if r6 > 8 goto out
    r0 += r7
    r1 = *(u8 *)(r0 + 3)   # error[map-value-bounds]: invalid access to map value, value_size=16 off=107 size=1
out:
    r0 = 1
    exit

# test: linked_alu32_sub_refines_base
# kernel: since 7.0
# kernel: also since 6.18.33 before 6.19
# note: `w7 -= 4`.
# note: version: 7a433e519364 "bpf: Support negative offsets, BPF_SUB, and alu32 for linked register tracking", 6.18.y backport (first in 6.18.33, releases row linked_sub_alu32; 6.18.44 confirmed, 6.12.118 without it)
    r6 = *(u32 *)(r1 + 12)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    if r6 > 100 goto out
    if r6 < 4 goto out
    r7 = r6
    w7 -= 4
    if r7 > 8 goto out
    r0 += r6
    r1 = *(u8 *)(r0 + 3)
out:
    r0 = 1
    exit

# test: linked_alu32_sub_refines_base_unlinked
# kernel: before 6.18.33
# kernel: also since 6.19 before 7.0
    r6 = *(u32 *)(r1 + 12)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    if r6 > 100 goto out
    if r6 < 4 goto out
    r7 = r6
    w7 -= 4
    if r7 > 8 goto out
    r0 += r6
    r1 = *(u8 *)(r0 + 3)   # error[map-value-bounds]: invalid access to map value, value_size=16 off=103 size=1
out:
    r0 = 1
    exit

# Branches the link decides: no map, so that both privileges are compared.

# test: linked_add_decides_branch
# kernel: since 6.11
# note: the link bounds r7 to [4, 12]: `r7 > 12` is never taken and the uninitialised read is dead (without CAP_PERFMON only a speculative path reaches it).
# note: version: as linked_add_refines_copy
    r6 = *(u32 *)(r1 + 12)
    if r6 > 100 goto out
    r7 = r6
    r7 += 4
    if r6 > 8 goto out
    if r7 > 12 goto bad
out:
    r0 = 1
    exit
bad:
    r0 = r9
    exit

# test: linked_add_decides_branch_unlinked
# kernel: before 6.11
# note: without the link r7 is in [4, 104] and the read is reached.
    r6 = *(u32 *)(r1 + 12)
    if r6 > 100 goto out
    r7 = r6
    r7 += 4
    if r6 > 8 goto out
    if r7 > 12 goto bad
out:
    r0 = 1
    exit
bad:
    r0 = r9   # error[uninit-read]: R9 !read_ok
    exit

# test: linked_sub_decides_branch
# kernel: since 7.0
# kernel: also since 6.18.33 before 6.19
# note: `r7 -= 4`: r7 in [-4, 4].
# note: version: as linked_sub_refines_base
    r6 = *(u32 *)(r1 + 12)
    if r6 > 100 goto out
    r7 = r6
    r7 -= 4
    if r6 > 8 goto out
    if r7 s> 4 goto bad
out:
    r0 = 1
    exit
bad:
    r0 = r9
    exit

# test: linked_sub_decides_branch_unlinked
# kernel: before 6.18.33
# kernel: also since 6.19 before 7.0
    r6 = *(u32 *)(r1 + 12)
    if r6 > 100 goto out
    r7 = r6
    r7 -= 4
    if r6 > 8 goto out
    if r7 s> 4 goto bad
out:
    r0 = 1
    exit
bad:
    r0 = r9   # error[uninit-read]: R9 !read_ok
    exit

# test: linked_alu32_decides_branch
# kernel: since 7.0
# kernel: also since 6.18.33 before 6.19
# note: `w7 += 4`.
# note: version: as linked_sub_refines_base
    r6 = *(u32 *)(r1 + 12)
    if r6 > 100 goto out
    r7 = r6
    w7 += 4
    if r6 > 8 goto out
    if r7 > 12 goto bad
out:
    r0 = 1
    exit
bad:
    r0 = r9
    exit

# test: linked_alu32_decides_branch_unlinked
# kernel: before 6.18.33
# kernel: also since 6.19 before 7.0
    r6 = *(u32 *)(r1 + 12)
    if r6 > 100 goto out
    r7 = r6
    w7 += 4
    if r6 > 8 goto out
    if r7 > 12 goto bad
out:
    r0 = 1
    exit
bad:
    r0 = r9   # error[uninit-read]: R9 !read_ok
    exit

# test: linked_add_decides_branch_no_perfmon
# privilege: no_perfmon
# kernel: since 6.17
# note: the link bounds r7 to [4, 12]: `r7 > 12` is never taken; without CAP_PERFMON the
# note: speculative path still reads R9, which ends that path only since the nospec fallback
# note: ("bpf: Fall back to nospec for Spectre v1", 6.17 UNCONFIRMED).
# note: version: as linked_add_refines_copy
    r6 = *(u32 *)(r1 + 12)
    if r6 > 100 goto out
    r7 = r6
    r7 += 4
    if r6 > 8 goto out
    if r7 > 12 goto bad
out:
    r0 = 1
    exit
bad:
    r0 = r9
    exit

# test: linked_add_decides_branch_no_perfmon_unlinked
# privilege: no_perfmon
# kernel: before 6.17
# note: without the link r7 is in [4, 104] and the read is reached; with it (6.11 to 6.16)
# note: the speculative path reaches it and is rejected.
    r6 = *(u32 *)(r1 + 12)
    if r6 > 100 goto out
    r7 = r6
    r7 += 4
    if r6 > 8 goto out
    if r7 > 12 goto bad
out:
    r0 = 1
    exit
bad:
    r0 = r9   # error[uninit-read]: R9 !read_ok
    exit

# test: linked_sub_decides_branch_no_perfmon
# privilege: no_perfmon
# kernel: since 7.0
# kernel: also since 6.18.33 before 6.19
# note: `r7 -= 4`: r7 in [-4, 4].
# note: version: as linked_sub_refines_base
    r6 = *(u32 *)(r1 + 12)
    if r6 > 100 goto out
    r7 = r6
    r7 -= 4
    if r6 > 8 goto out
    if r7 s> 4 goto bad
out:
    r0 = 1
    exit
bad:
    r0 = r9
    exit

# test: linked_sub_decides_branch_no_perfmon_unlinked
# privilege: no_perfmon
# kernel: before 6.18.33
# kernel: also since 6.19 before 7.0
    r6 = *(u32 *)(r1 + 12)
    if r6 > 100 goto out
    r7 = r6
    r7 -= 4
    if r6 > 8 goto out
    if r7 s> 4 goto bad
out:
    r0 = 1
    exit
bad:
    r0 = r9   # error[uninit-read]: R9 !read_ok
    exit

# test: linked_alu32_decides_branch_no_perfmon
# privilege: no_perfmon
# kernel: since 7.0
# kernel: also since 6.18.33 before 6.19
# note: `w7 += 4`.
# note: version: as linked_sub_refines_base
    r6 = *(u32 *)(r1 + 12)
    if r6 > 100 goto out
    r7 = r6
    w7 += 4
    if r6 > 8 goto out
    if r7 > 12 goto bad
out:
    r0 = 1
    exit
bad:
    r0 = r9
    exit

# test: linked_alu32_decides_branch_no_perfmon_unlinked
# privilege: no_perfmon
# kernel: before 6.18.33
# kernel: also since 6.19 before 7.0
    r6 = *(u32 *)(r1 + 12)
    if r6 > 100 goto out
    r7 = r6
    w7 += 4
    if r6 > 8 goto out
    if r7 > 12 goto bad
out:
    r0 = 1
    exit
bad:
    r0 = r9   # error[uninit-read]: R9 !read_ok
    exit

# test: linked_alu32_zext_from_the_refined_side
# kernel: since 7.0
# kernel: also since 6.18.33 before 6.19
# note: `w7 += -5` links r7 to r6 with BPF_ADD_CONST32; the branch refines r7 (the flagged
# note: side) and r6 gets r7's value plus 5, zero-extended because either side's link is
# note: 32-bit: r6 in [0, 3], so `r6 > 4` is decided and the uninitialised read never walked.
# note: version: bc308be380c1 "bpf: Fix sync_linked_regs regarding BPF_ADD_CONST32 zext propagation" (6.18.y with linked_sub_alu32; 6.18.44 confirmed: cgen seed 11 program 415, a false reject before)
    call 7
    r6 = r0
    r1 = 0x100000000 ll
    if r6 >= r1 goto safe
    r7 = r6
    w7 += -5
    if w7 < -4 goto safe
    if r6 > 4 goto bad
safe:
    r0 = 1
    exit
bad:
    r0 = *(u64 *)(r9 + 0)
    r0 = 1
    exit

# test: linked_alu32_zext_from_the_refined_side_unlinked
# kernel: before 6.18.33
# kernel: also since 6.19 before 7.0
# note: before, `w7 += -5` drops the link: r6 stays in [0, 0xffffffff].
    call 7
    r6 = r0
    r1 = 0x100000000 ll
    if r6 >= r1 goto safe
    r7 = r6
    w7 += -5
    if w7 < -4 goto safe
    if r6 > 4 goto bad
safe:
    r0 = 1
    exit
bad:
    r0 = *(u64 *)(r9 + 0)       # error[uninit-read]: R9 !read_ok
    r0 = 1
    exit


# test: linked_mixed_widths_refine_alu32_side
# note: r6 and r7 are linked copies, then `w7 += 1` (a 32-bit delta) and `r6 += 1` (a 64-bit
# note: one): copies added with different widths are not synced (bc308be380c1 on 6.18.44;
# note: 6.12.118 drops the 32-bit side's link, 6.1.192 both), so refining r7 leaves r6 in
# note: [1, 256] and the uninitialised read is walked, on every release.
    call 7
    r6 = r0
    r6 &= 0xff
    r7 = r6
    w7 += 1
    r6 += 1
    if r7 > 10 goto safe
    if r6 > 11 goto bad
safe:
    r0 = 1
    exit
bad:
    r0 = *(u64 *)(r9 + 0)       # error[uninit-read]: R9 !read_ok
    r0 = 1
    exit

# test: linked_mixed_widths_refine_alu64_side
# note: the same, refining the 64-bit side: r7 is not synced either.
    call 7
    r6 = r0
    r6 &= 0xff
    r7 = r6
    w7 += 1
    r6 += 1
    if r6 > 10 goto safe
    if r7 > 11 goto bad
safe:
    r0 = 1
    exit
bad:
    r0 = *(u64 *)(r9 + 0)       # error[uninit-read]: R9 !read_ok
    r0 = 1
    exit

# test: linked_same_width_deltas_synced
# note: the twin with both deltas 64-bit (from 6.11, `BPF_ADD_CONST`): refining r7 gives r6
# note: [1, 10] and the read is never walked.
# kernel: since 6.11
    call 7
    r6 = r0
    r6 &= 0xff
    r7 = r6
    r7 += 1
    r6 += 1
    if r7 > 10 goto safe
    if r6 > 11 goto bad
safe:
    r0 = 1
    exit
bad:
    r0 = *(u64 *)(r9 + 0)
    r0 = 1
    exit
