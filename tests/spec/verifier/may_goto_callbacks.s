# may_goto and callback helpers. `may_goto` (BPF_JMP | BPF_JCOND, 6.9) jumps on the walked
# path and pushes its fall-through (one more iteration, `may_goto_depth` + 1); a loop bounded
# by it converges when an iteration lies within the range of an earlier one still being
# explored (RANGE_WITHIN), or ends at the kernel's budget at run time. Callbacks (`bpf_loop`,
# `bpf_for_each_map_elem`) take a function's address (`r2 = callback ll`, which libbpf
# turns into a `BPF_PSEUDO_FUNC` ld_imm64), and the kernel refuses it without BTF function
# info: the cases with `# func:` lines are loaded with it. Measured on 6.18.44 and inside
# Debian's 6.12.118 and 6.1.192 images: `may_goto` from 6.12 (6.1 does not know the opcode),
# callbacks from 6.1; 6.1 walks a callback once (no iteration) and checks its return value
# as a tnum, 6.12 and 6.18 by its bounds.

# test: may_goto_bounds_an_endless_loop
# kernel: since 6.12
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
# kernel: since 6.12
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
# kernel: since 6.12
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
# kernel: since 6.12
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
# kernel: since 6.12
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
# kernel: since 6.12
# note: a forward may_goto is a branch like any other: both sides walked.
    may_goto +1
    r0 = 1
    r0 = 0
    exit

# test: may_goto_zero_offset
# kernel: since 6.14
# note: `may_goto +0` is allowed from 6.14 (aefaa4313b50 "bpf: Allow 'may_goto 0'
# note: instruction in verifier"; version: release from its merge window): both ways lead to
# note: the next instruction.
    may_goto +0
    r0 = 0
    exit

# test: may_goto_zero_offset_refused
# kernel: since 6.12
# kernel: before 6.14
# note: before 6.14 `check_cond_jmp_op` refuses `may_goto +0` (6.12.118's image).
    may_goto +0                 # error[reserved-fields, EINVAL]: invalid may_goto off 0 imm 0
    r0 = 0
    exit

# test: may_goto_uninit_after_loop
# kernel: since 6.12
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
# kernel: since 6.12
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
# kernel: since 6.1
# note: check_ld_imm: a function's address needs the program's BTF func_info.
    r2 = cb ll                  # error[subprog-needs-btf, EINVAL]: missing btf func_info
    r0 = 0
    exit
cb:
    r0 = 0
    exit

# test: bpf_loop_without_btf
# kernel: since 6.1
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
# kernel: since 6.1
# note: the callback argument must be a function (ARG_PTR_TO_FUNC).
    r1 = 1
    r2 = 0
    r3 = 0
    r4 = 0
    call 181                    # error[helper-arg-type]: R2 type=scalar expected=func
    r0 = 0
    exit

# test: bpf_loop_stack_callback
# kernel: since 6.1
    r1 = 1
    r2 = r10
    r2 += -8
    r3 = 0
    r4 = 0
    call 181                    # error[helper-arg-type]: R2 type=fp expected=func
    r0 = 0
    exit

# test: bpf_loop_uninit_callback
# kernel: since 6.1
    r1 = 1
    r3 = 0
    r4 = 0
    call 181                    # error[uninit-read]: R2 !read_ok
    r0 = 0
    exit

# Callbacks with BTF func_info: the program and each `# func:` label are FUNCs.

# test: bpf_loop_callback_accepted
# kernel: since 6.1
# func: cb static
# note: a constant count, a callback returning 0: 6.12 and 6.18 visit the callback until
# note: its iterations converge at the call, 6.1 once.
    r1 = 10
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 181                    # bpf_loop
    r0 = 0
    exit
cb:
    r0 = 0
    exit

# test: bpf_loop_flags_not_checked
# kernel: since 6.1
# func: cb static
# note: the verifier does not look at bpf_loop's flags (R4): only the helper refuses
# note: non-zero flags at run time (-EINVAL).
    r1 = 2
    r2 = cb ll
    r3 = 0
    r4 = 1
    call 181                    # bpf_loop
    r0 = 0
    exit
cb:
    r0 = 0
    exit

# test: bpf_loop_nr_loops_from_ctx
# kernel: since 6.1
# func: cb static
# note: an unknown count (a context field): the callback is visited while its depth is
# note: below nr_loops' maximum, or until the iterations converge.
    r1 = *(u32 *)(r1 + 12)
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 181                    # bpf_loop
    r0 = 0
    exit
cb:
    r0 = 1
    exit

# test: bpf_loop_callback_returns_two
# kernel: since 6.12
# func: cb static
# note: a callback returns 0 (go on) or 1 (stop): `callback_ret_range` [0, 1], checked by
# note: bounds (`retval_range_within`; version: 6.12.118 and 6.18.44 print them).
    r1 = 1
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 181                    # bpf_loop
    r0 = 0
    exit
cb:
    r0 = 2
    exit                        # error[retval-range, EINVAL]: At callback return the register R0 has smin=2 smax=2 should have been in [0, 1]

# test: bpf_loop_callback_returns_two_tnum
# kernel: since 6.1
# kernel: before 6.2
# func: cb static
# note: version: 6.1.192 checks the callback's R0 with `tnum_in(tnum_range(0, 1), ...)` and
# note: prints tnums.
    r1 = 1
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 181                    # bpf_loop
    r0 = 0
    exit
cb:
    r0 = 2
    exit                        # error[retval-range, EINVAL]: At callback return the register R0 has value (0x2; 0x0) should have been in (0x0; 0x1)

# test: bpf_loop_callback_reads_uninit
# kernel: since 6.1
# func: cb static
# note: the callback gets R1 (the index) and R2 (the context argument); R3-R5 are not
# note: initialised in its frame.
    r1 = 1
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 181                    # bpf_loop
    r0 = 0
    exit
cb:
    r0 = r3                     # error[uninit-read]: R3 !read_ok
    r0 = 0
    exit

# test: bpf_loop_nr_loops_pointer_v6_1
# kernel: since 6.1
# kernel: before 6.6.15
# func: cb static
# note: `nr_loops` is ARG_ANYTHING and, before the callback iterations (6.7, 6.6.15), never
# note: made precise: the context as a count passes as root (6.1.192's image).
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 181                    # bpf_loop
    r0 = 0
    exit
cb:
    r0 = 0
    exit

# test: bpf_loop_nr_loops_pointer
# kernel: since 6.18
# func: cb static
# note: without `bpf-loop-count-scalar` R1 passes as ARG_ANYTHING, then
# note: `mark_chain_precision(R1)` meets a pointer: a verifier bug (EFAULT; 6.18.44). With
# note: it R1 is ARG_SCALAR, refused before R2 is looked at.
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 181                    # error[helper-arg-type, EFAULT] unless bpf-loop-count-scalar: verifier bug: backtracking misuse
                                # ^ error[helper-arg-type, EACCES] if bpf-loop-count-scalar: R1 type=ctx expected=scalar
    r0 = 0
    exit
cb:
    r0 = 0
    exit

# test: bpf_loop_nr_loops_pointer_v6_12
# kernel: since 6.12.111
# kernel: before 6.13
# func: cb static
# note: stable 6.12.111's "bpf: Reject non-scalar bpf_loop iteration counts" makes R1
# note: ARG_SCALAR (`bpf-loop-count-scalar`, 6.12.118's image).
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 181                    # error[helper-arg-type, EACCES]: R1 type=ctx expected=scalar
    r0 = 0
    exit
cb:
    r0 = 0
    exit

# test: bpf_loop_flags_pointer
# kernel: since 6.1
# func: cb static
# note: `flags` (R4) stays ARG_ANYTHING, also in 6.12.118 after its nr_loops fix: a pointer
# note: passes as root (the helper refuses non-zero flags at run time).
    r1 = 2
    r2 = cb ll
    r3 = 0
    r4 = r10
    call 181                    # bpf_loop
    r0 = 0
    exit
cb:
    r0 = 0
    exit

# test: may_goto_then_subprog_reads_caller_slot
# kernel: since 6.12
# note: a static subprogram reads the caller's fp-88 through R1 (and calls bpf_sk_assign and
# note: bpf_ktime_get_ns); fp-8, written on one path only, is never read. 6.18's stack
# note: liveness marks fp-88 in the callee's instance and hands it to the call site, so
# note: fp-8 is dead where the paths meet and the second one is pruned: 84 processed on
# note: 6.18.44 (this verifier counted 107 while it kept every caller slot live after such a
# note: read). One of callbacks_kernel's generated programs (its 200 with CALLBACKS_RANDOM=200).
	r6 = r1
	r7 = *(u16 *)(r6 + 14)
	r9 = 0
l0:
	may_goto l1
	r3 = *(u8 *)(r6 + 63)
	r4 = *(u8 *)(r6 + 27)
	r9 += 1
	if r9 < 2 goto l0
l1:
	if r7 > 24734 goto l3
	r4 = 0
	r5 = *(u64 *)(r6 + 0)
	if r5 == 0 goto l2
	r4 = *(u8 *)(r5 + 76)
l2:
	r7 = *(u16 *)(r6 + 18)
	*(u64 *)(r10 - 8) = r9
l3:
	*(u64 *)(r10 - 88) = r9
	r7 = le32 r7
	r1 = r6
	r2 = *(u64 *)(r1 + 0)
	r3 = 0
	call 124
	call 5
	r1 = r10
	r1 += -88
	r2 = r6
	r3 = r9
	call l4
	r4 = r0
	r0 = *(u8 *)(r10 - 86)
	r0 = 1
	exit
l4:
	r6 = r2
	r7 = *(u64 *)(r1 + 0)
	r3 = *(u8 *)(r6 + 59)
	if w3 != 170 goto l5
	r3 += r3
	r3 = 3869427289765824284 ll
	call 5
	goto l6
l5:
	r7 |= r3
l6:
	r1 = r6
	r2 = *(u64 *)(r1 + 0)
	r3 = 0
	call 124
	r7 s%= r7
	r0 = 49
	exit
