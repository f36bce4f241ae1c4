# Loops: the verifier unrolls them, state by state, until a stored checkpoint covers the
# current state (pruning), an identical state is still being explored (an infinite loop), or a
# complexity limit fires. Which instruction the kernel names depends on where its checkpoints
# fell (research/verifier-experiments e6a.s, e6b.s). Measured on 6.18.44 and, with the
# same answers, inside Debian's 6.1.192 and 6.12.118 images (`skasm lint --cross-check-kernel
# --kernel-image`; those kernels prune with read marks, 6.18 with static liveness).

# test: loop_infinite_named_at_checkpoint
# kernel: since 6.1
# note: e6a.s: r3 &= 1 changes nothing after the first pass, so the state at the checkpoint on
# note: the jump at insn 10 repeats; the kernel names insn 9, where its checkpoint fell, and
# note: its log ends at the `goto` before (the marker's instruction).
    r2 = *(u32 *)(r1 + 60)
    r3 = 0
    r4 = 0
    r4 = 0
    r4 = 0
    r4 = 0
    r4 = 0
    r4 = 0
    r4 = 0
l:
    r3 &= 1
    if r2 > 3 goto out
    goto l                      # error[infinite-loop]: infinite loop detected at insn 9
out:
    r0 = 0
    exit

# test: loop_infinite_named_after_prefix
# kernel: since 6.1
# note: e6b.s: the same loop after two decided-nothing jumps; the checkpoints fall elsewhere,
# note: the kernel names insn 10 and its log ends at insn 9.
    r2 = *(u32 *)(r1 + 60)
    r3 = 0
    r5 = *(u32 *)(r1 + 16)
    if r5 == 7 goto +0
    if r5 == 8 goto +0
    r4 = 0
    r4 = 0
    r4 = 0
    r4 = 0
l:
    r3 &= 1                     # error[infinite-loop]: infinite loop detected at insn 10
    if r2 > 3 goto out
    goto l
out:
    r0 = 0
    exit

# test: loop_nested_bounded
# kernel: since 6.1
# note: a loop inside a loop, both counting to constants: every iteration is walked.
    r6 = 0
outer:
    r7 = 0
inner:
    r7 += 1
    if r7 < 4 goto inner
    r6 += 1
    if r6 < 3 goto outer
    r0 = 1
    exit

# test: loop_in_subprogram
# kernel: since 6.1
# note: a bounded loop inside a BPF-to-BPF callee, walked in the caller's path.
    call sub
    exit
sub:
    r2 = 0
l:
    r2 += 1
    if r2 < 8 goto l
    r0 = 0
    exit

# test: loop_bound_from_context
# kernel: since 6.1
# note: a counter bounded by a masked context field: the loop exits once the counter passes
# note: the mask, whatever the field holds.
    r3 = *(u32 *)(r1 + 36)
    r3 &= 15
    r2 = 0
l:
    r2 += 1
    if r2 < r3 goto l
    r0 = 1
    exit
