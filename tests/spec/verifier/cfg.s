# Control flow: the kernel's CFG checks (unreachable code, falling off the end, jumps out of
# range or into an ld_imm64), loops (bounded ones are accepted since 5.3; an infinite loop is
# detected), subprograms (verifier-messages.md #27-#30). CFG errors are printed before any
# instruction is walked; the index in the message is the instruction the marker sits on.

# test: cfg_unreachable_insn
# note: code after the last reachable exit.
    r0 = 1
    exit
    r0 = 0                      # error[unreachable-insn]: unreachable insn 2
    exit

# test: cfg_unreachable_skipped_by_goto
# note: an unconditional jump over an instruction makes it unreachable.
    r0 = 1
    goto out
    r0 = 0                      # error[unreachable-insn]: unreachable insn 2
out:
    exit

# test: cfg_dead_branch_not_walked
# note: a branch that can never be taken (known constants) is reachable in the CFG sense, but
# note: the verifier does not walk it: its bad return value is never seen.
    r0 = 1
    if r0 == 1 goto out
    r0 = 5
out:
    exit

# test: cfg_fall_off_end
# note: the last instruction must be an exit or a jump; the message names no instruction.
    r0 = 1
# error[fall-off-end]: last insn is not an exit or jmp

# test: cfg_fall_off_end_after_branch
# note: a branch that exits early does not help: the last instruction can fall through.
    r0 = 1
    if r0 == 1 goto out
    exit
out:
    r0 = 0
# error[fall-off-end]: last insn is not an exit or jmp

# test: cfg_jump_out_of_range
# note: a jump past the end of the program.
    r0 = 1
    goto +5                     # error[jump-out-of-range]: jump out of range from insn 1 to 7
    exit

# test: cfg_jump_out_of_range_backward
# note: a jump before the start of the program.
    r0 = 1
    goto -5                     # error[jump-out-of-range]: jump out of range from insn 1 to -3
    exit

# test: cfg_cond_jump_out_of_range
# note: conditional jumps are checked the same way.
    r0 = 1
    if r0 == 0 goto +10         # error[jump-out-of-range]: jump out of range from insn 1 to 12
    exit

# test: cfg_jump_into_ld_imm64
# kernel: since 6.7
# note: version: check_cfg refuses this since 6.7 (commit 3feb263bb516, also backported to
# note: 6.6.y, 6.1.y and older stable series at UNCONFIRMED point releases); before, the
# note: path walk refused the jump with another message.
# note: a jump may not land on the second slot of an ld_imm64 (the ld_imm64 itself is
# note: reachable through the fall-through, so this is not an unreachable-insn error). The
# note: message names the ld_imm64 (slot 2), not the jump or its target (slot 3).
    r0 = 1
    if r0 == 0 goto +1
    r1 = 5 ll                   # error[jump-into-ld-imm64]: jump into the middle of ldimm64 insn 2
    exit

# test: cfg_goto_zero
# note: `goto +0` is a no-op jump.
    r0 = 1
    goto +0
    exit

# test: cfg_infinite_loop
# note: a jump to itself revisits the same state (an exit after it would be unreachable).
    r0 = 1
l:
    goto l                      # error[infinite-loop]: infinite loop detected at insn 1

# test: cfg_infinite_loop_conditional
# note: a loop whose condition never changes.
    r0 = 0
l:
    if r0 == 0 goto l           # error[infinite-loop]: infinite loop detected at insn 1
    exit

# test: cfg_bounded_loop
# note: bounded loops are accepted (the verifier walks every iteration).
    r0 = 0
    r2 = 0
loop:
    r2 += 1
    if r2 < 16 goto loop
    r0 = 1
    exit

# test: cfg_bounded_loop_unknown_count
# kernel: since 6.12
# note: version: accepted on Debian 6.12.118 under qemu and on 6.18. Debian 6.1.0-57 (6.1.192)
# note: version: refuses it (twin `cfg_bounded_loop_unknown_count_v6_1`). The release of the
# note: version: change is UNCONFIRMED (after 6.1, by 6.12).
# note: a loop bounded by a masked unknown count.
    r2 = *(u32 *)(r1 + 60)
    r2 &= 7
loop:
    if r2 == 0 goto out
    r2 += -1
    goto loop
out:
    r0 = 1
    exit

# test: cfg_bounded_loop_unknown_count_v6_1
# kernel: since 6.1
# kernel: before 6.2
# note: version: confirmed on Debian 6.1.0-57 (6.1.192) under qemu: the `r2 == 0` branch does
# note: version: not narrow r2 there, so every iteration is a new state and pushes a pending
# note: version: branch until the 8193rd push is refused (EFAULT). The release of the change is
# note: version: UNCONFIRMED (after 6.1, by 6.12); older releases are not confirmed.
# note: a loop bounded by a masked unknown count.
    r2 = *(u32 *)(r1 + 60)
    r2 &= 7
loop:
    if r2 == 0 goto out         # error[too-many-branches, EFAULT]: The sequence of 8193 jumps is too complex.
    r2 += -1
    goto loop
out:
    r0 = 1
    exit

# test: cfg_loop_counting_up_to_unknown
# note: counting up to an unknown u32 bound: every iteration is a new state (r2 is a
# note: precise constant), so the verifier walks until its 1M-instruction budget runs out
# note: (E2BIG). Slow: about 4 s of kernel time per load with log level 1.
    r3 = *(u32 *)(r1 + 60)
    r2 = 0
loop:
    r2 += 1
    if r2 < r3 goto loop        # error[too-complex, E2BIG]: BPF program is too large. Processed 1000001 insn
    r0 = 1
    exit

# test: cfg_loop_pushes_too_many_branches
# note: research/verifier-experiments e4a.s: the loop continues on the taken branch, so every
# note: iteration pushes its fall-through as a pending branch; the 8193rd push is refused
# note: (after 32,772 processed instructions), at the jump that pushes it. The errno was E2BIG
# note: on 6.18.44 -fc-v1300; EFAULT was recorded once on -fc-v769 (kernel-builds.md: to
# note: re-measure), so the marker does not state it.
    r6 = 0
loop:
    r6 += 1
    call 7
    if r0 == 0 goto out         # error[too-many-branches]: The sequence of 8193 jumps is too complex.
    goto loop
out:
    r0 = 0
    exit

# test: cfg_subprog_call
# note: a bpf-to-bpf call; the subprogram's return value is not range-checked (only the
# note: main program's exit is).
    call sub
    r0 = 1
    exit
sub:
    r0 = 5
    exit

# test: cfg_subprog_fall_off_end
# note: each subprogram must end in an exit or a jump.
    call sub
    r0 = 1
    exit
sub:
    r0 = 5
# error[fall-off-end]: last insn is not an exit or jmp

# test: cfg_jump_into_subprog
# note: a jump may not cross into another subprogram.
    r0 = 1
    if r0 == 0 goto sub         # error[jump-out-of-range]: jump out of range from insn 1 to 4
    call sub
    exit
sub:
    r0 = 0
    exit

# test: cfg_subprog_ctx_arg
# note: the subprogram gets the caller's R1 (ctx) and may read the context.
    call sub
    r0 = 1
    exit
sub:
    r0 = *(u32 *)(r1 + 8)
    exit
