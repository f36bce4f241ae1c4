# What the kernel's pruning makes of a program (its `processed N insns`, which
# analyze_kernel compares where both accept), found by walk_random's wide programs
# (`tests/wide`): what keeps two registers linked, and when the stack liveness that cleans
# a checkpoint is brought up to date.
.skmap hash, type=hash, key=4, value=16, max_entries=4
.skmap arr, type=array, key=4, value=16, max_entries=4

# test: le64_keeps_the_link
# note: `r3 = le64 r3` on a little-endian host changes nothing, and with the byte-swap
# note: tracking of 6.18.44 (`scalar_byte_swap`) r3 keeps its id: the branch on r3 bounds r7
# note: too, so `if r3 == 255` after `r3 = r7` is decided on the fall-through: 45 processed
# note: on 6.18.44. This verifier counted 46 while any byte swap broke the link (`le32`,
# note: `be64` and `bswap64` do break it: 46 on 6.18.44). walk_random wide seed 202, root.
    r6 = r1
    r7 = *(u16 *)(r6 + 56)
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    r3 = r7
    r3 = le64 r3
    if r3 > 1 goto L19
    r5 = 0
    r5 = 0
L19:
    r5 = 0
    r5 = 0
    r5 = 0
    r1 = hash ll
    r5 = 0
    r5 = 0
    r3 = r7
    r5 = 0
    if r3 == 255 goto L30
    r5 = 0
L30:
    r5 = 0
    r5 = 0
    r0 = 1
    exit

# test: stack_liveness_updates_when_a_path_is_pruned
# kernel: since 6.6
# note: The second lookup's key (fp-56, 4 bytes) is read at its call; the liveness learns it
# note: when a path ends, pruned paths included (`process_bpf_exit`: `bpf_update_live_stack`).
# note: No path walking that call reaches an exit, so a checkpoint at M26 cleaned with the
# note: liveness of the first exit forgets fp-56; 6.18.44 keeps it, and the path from the
# note: `w9 > 16` branch (fp-56 never written) is not pruned at M26: 67 processed on 6.18.44.
# note: This verifier counted 62 while only an exit brought the liveness up to date. walk_random
# note: wide seed 202 (found without CAP_PERFMON; the same count as root). `gotol` is cpu v4
# note: (6.6; 6.1.72 on as a backport: the 6.1.192 image agrees too).
    r6 = r1
    r5 = 0
    r8 = *(u8 *)(r6 + 26)
    r9 = *(u32 *)(r6 + 60)
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    if w9 > 16 goto M20
    *(u32 *)(r10 - 56) = 0
    r2 = r10
    r2 += -56
    r1 = hash ll
    call 1
    if r0 == 0 goto M20
    r5 = 0
    r5 = 0
M20:
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    if w8 == 5 goto M26
    gotol M35
M26:
    *(u32 *)(r10 - 56) = 0
    r2 = r10
    r2 += -56
    r1 = arr ll
    call 1
    r5 = 0
    r5 = 0
    r5 = 0
M35:
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    r0 = 1
    exit

# test: singular_ids_cleared_at_a_checkpoint
# note: version: the first path reaches `join` with r6 and r7 each linked to a register
# note: it then overwrites (ids no other register shares), the second with r7 = r6 (one id);
# note: both are precise there (the map-value offset below). 7.0 clears the singular ids when
# note: it stores the checkpoint (`clear_singular_ids`, releases row clears_singular_ids), so
# note: with the relaxed `check_scalar_ids` (row regsafe_relaxed_scalar_ids) the second path
# note: is pruned at `join`: 36 processed in Debian's 7.0.13 image. 6.18.44 and 6.19.14 map
# note: the old ids 1 and 2 both onto the new shared one, fail, and walk it again: 47.
    r6 = *(u32 *)(r1 + 12)
    r7 = *(u32 *)(r1 + 16)
    r0 = *(u32 *)(r1 + 8)
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    if r0 == 2 goto other
    r8 = r6
    r8 = 0
    r9 = r7
    r9 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    goto join
other:
    r7 = r6
join:
    r6 &= 7
    r7 &= 7
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r0 += r6
    r0 += r7
    r0 = *(u8 *)(r0 + 0)
out:
    r0 = 0
    exit

# test: old_scalar_without_id_covers_a_linked_one
# note: version: as above, but the first path reaches `join` with r7 never linked (id 0):
# note: 7.0's `check_scalar_ids` lets a precise old scalar without an id cover any current
# note: one by range (releases row regsafe_relaxed_scalar_ids), so the second path (r7 = r6)
# note: is pruned there: 34 processed on the live 6.18.44 (which has the change as a stable
# note: backport) and in Debian's 7.0.13 image. 6.19.14 gives the old r7 a fresh id, whose
# note: mapping onto the current r7's id (already r6's image) fails: 45.
    r6 = *(u32 *)(r1 + 12)
    r7 = *(u32 *)(r1 + 16)
    r0 = *(u32 *)(r1 + 8)
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    if r0 == 2 goto other
    r8 = r6
    r8 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    goto join
other:
    r7 = r6
join:
    r6 &= 7
    r7 &= 7
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r0 += r6
    r0 += r7
    r0 = *(u8 *)(r0 + 0)
out:
    r0 = 0
    exit
