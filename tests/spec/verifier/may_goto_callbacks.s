# may_goto and callback helpers. `may_goto` (BPF_JMP | BPF_JCOND, 6.9) jumps on the walked
# path and pushes its fall-through (one more iteration, `may_goto_depth` + 1); a loop bounded
# by it converges when an iteration lies within the range of an earlier one still being
# explored (RANGE_WITHIN), or ends at the kernel's budget at run time. Callbacks (`bpf_loop`,
# `bpf_for_each_map_elem`) take a function's address (`r2 = callback ll`, which libbpf
# turns into a `BPF_PSEUDO_FUNC` ld_imm64), and the kernel refuses it without BTF function
# info, which these loads never pass. Measured on 6.18.44 (`# kernel: since 6.18`).

# test: may_goto_bounds_an_endless_loop
# kernel: since 6.18
# note: the counter bounds nothing: the loop ends only through may_goto, and the walk
# note: converges when an iteration's state lies within an earlier one's (17 processed).
    r6 = 0
l:
    may_goto out
    r6 += 1
    goto l
out:
    r0 = 0
    exit

# test: may_goto_counted_loop
# kernel: since 6.18
# note: a counted loop with may_goto inside: both exits are walked (503 processed as root).
    r6 = 0
l:
    may_goto out
    r6 += 1
    if r6 < 100 goto l
out:
    r0 = 0
    exit

# test: may_goto_nested
# kernel: since 6.18
# note: two loops, each bounded by its own may_goto.
    r6 = 0
a:
    may_goto out
    r7 = 0
b:
    may_goto next
    r7 += 1
    goto b
next:
    r6 += 1
    goto a
out:
    r0 = 0
    exit

# test: may_goto_return_value_widened
# kernel: since 6.18
# note: R0 counts the iterations; the first exit the walk reaches has R0 = 2 (the loop's
# note: second pass, before the widened scalar converges), outside [0, 1].
    r0 = 0
l:
    may_goto out
    r0 += 1
    goto l
out:
    exit                        # error[retval-range]: At program exit the register R0 has smin=2 smax=2 should have been in [0, 1]

# test: may_goto_return_value_masked
# kernel: since 6.18
# note: R0 masked to a bit in every iteration: every exit returns 0 or 1.
    r0 = 0
l:
    may_goto out
    r0 += 1
    r0 &= 1
    goto l
out:
    exit

# test: may_goto_forward
# kernel: since 6.18
# note: a forward may_goto is a branch like any other: both sides walked.
    may_goto +1
    r0 = 1
    r0 = 0
    exit

# test: may_goto_zero_offset
# kernel: since 6.18
# note: `may_goto +0` is allowed (6.13's "permit may_goto 0", UNCONFIRMED release): both
# note: ways lead to the next instruction.
    may_goto +0
    r0 = 0
    exit

# test: may_goto_uninit_after_loop
# kernel: since 6.18
# note: the path that leaves the loop at once never wrote R7.
    r6 = 0
l:
    may_goto out
    r7 = 1
    r6 += 1
    goto l
out:
    r0 = r7                     # error[uninit-read]: R7 !read_ok
    r0 = 0
    exit

# test: may_goto_then_infinite_loop
# kernel: since 6.18
# note: a loop bounded by may_goto, then one bounded by nothing: the second is an infinite
# note: loop; the kernel names the instruction where its checkpoint fell.
    r6 = 0
l:
    may_goto out
    r6 += 1
    goto l
out:
    r0 = 0
m:
    r0 &= 1
    goto m                      # error[infinite-loop]: infinite loop detected at insn 5

# test: callback_address_without_btf
# kernel: since 6.18
# note: check_ld_imm: a function's address needs the program's BTF func_info.
    r2 = cb ll                  # error[subprog-needs-btf, EINVAL]: missing btf func_info
    r0 = 0
    exit
cb:
    r0 = 0
    exit

# test: bpf_loop_without_btf
# kernel: since 6.18
# note: the same refusal at the callback's ld_imm64, before bpf_loop is reached.
    r1 = 1
    r2 = cb ll                  # error[subprog-needs-btf]: missing btf func_info
    r3 = 0
    r4 = 0
    call 181                    # bpf_loop
    r0 = 0
    exit
cb:
    r0 = 0
    exit

# test: bpf_loop_scalar_callback
# kernel: since 6.18
# note: the callback argument must be a function (ARG_PTR_TO_FUNC).
    r1 = 1
    r2 = 0
    r3 = 0
    r4 = 0
    call 181                    # error[helper-arg-type]: R2 type=scalar expected=func
    r0 = 0
    exit

# test: bpf_loop_stack_callback
# kernel: since 6.18
    r1 = 1
    r2 = r10
    r2 += -8
    r3 = 0
    r4 = 0
    call 181                    # error[helper-arg-type]: R2 type=fp expected=func
    r0 = 0
    exit

# test: bpf_loop_uninit_callback
# kernel: since 6.18
    r1 = 1
    r3 = 0
    r4 = 0
    call 181                    # error[uninit-read]: R2 !read_ok
    r0 = 0
    exit
