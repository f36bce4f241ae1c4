# Paths the kernel walks speculatively for a loader without CAP_PERFMON (Spectre v1 and v4):
# what ends them on 6.18 (a barrier after a fenced stack store, `nospec_result`; a check
# failing on a speculative path, the nospec fallback) and what they push. The verdict is the
# same as root's here; the processed count (analyze_kernel) is what these cases pin.

# test: speculative_ptr_alu_pushes_its_masked_path
# privilege: no_perfmon
# kernel: since 6.18
# note: r3 = 0xfffffff9 always jumps, so the fall-throughs are speculative paths (r3
# note: unknown). On the second one `r4 += r3` fails `sanitize_check_bounds` (variable stack
# note: access prohibited for !root): on a speculative path that only ends it (the nospec
# note: fallback), but `sanitize_ptr_alu` has already pushed the masked result, a speculative
# note: path after the instruction with r4 still fp-0, and that path is walked: 13 processed
# note: on 6.18.44. This verifier counted 11 while it did not push it. walk_random wide seed
# note: 101.
    r7 = 7
    r3 = r7
    w3 = -w3
    if r3 >= 41 goto L37
    if r3 >= 41 goto L37
    r4 = r10
    r4 += r3
    r5 = 0
L37:
    r0 = 1
    exit

# test: speculative_store_into_spilled_half_is_fenced
# privilege: no_perfmon
# kernel: since 6.13
# note: fp-48 holds r7 spilled, then its low half -298 spilled again by a 32-bit store. The
# note: u16 store at fp-48 on the speculative path (r8 > 15 never holds) overwrites bytes of
# note: that spill, so the kernel fences it (`nospec_result`: the bytes written are not all
# note: STACK_MISC or STACK_ZERO) and the path ends after it: 11 processed on 6.18.44. This
# note: verifier counted 15 while it looked at the slot's first two type bytes instead (misc,
# note: the unspilled half). walk_random wide seed 101. version: Debian's 6.19.14 and 7.0.13
# note: look at those first bytes (`slot_type[i]`, their sources): 15 processed in their images
# note: (analyze_kernel with ANALYZE_IMAGES=1); 7.1 looks at the bytes written (releases row
# note: nospec_checks_written_bytes). Kernels before b0e66977dc07 refuse
# note: the 32-bit store over the spilled scalar without CAP_PERFMON (6.1.192: `attempt to
# note: corrupt spilled pointer on stack`); 6.12.118 accepts.
    r6 = r1
    r7 = *(u32 *)(r6 + 56)
    r8 = -298
    *(u64 *)(r10 - 48) = r7
    *(u32 *)(r10 - 48) = r8
    if r8 > 15 goto L42
    r4 = r10
    r4 += -48
    *(u16 *)(r4 + 0) = r8
    r5 = 0
    r5 = 0
L42:
    r0 = 1
    exit

# test: speculative_store_into_misc_half_is_not_fenced
# privilege: no_perfmon
# kernel: since 6.13
# note: The twin: the u16 store at fp-44 overwrites only the slot's unspilled half
# note: (STACK_MISC), no barrier, and the speculative path goes on to the exit: 15 processed
# note: on 6.18.44.
    r6 = r1
    r7 = *(u32 *)(r6 + 56)
    r8 = -298
    *(u64 *)(r10 - 48) = r7
    *(u32 *)(r10 - 48) = r8
    if r8 > 15 goto L43
    r4 = r10
    r4 += -48
    *(u16 *)(r4 + 4) = r8
    r5 = 0
    r5 = 0
L43:
    r0 = 1
    exit

# test: decided_branch_has_no_speculative_path_from_7_1
# privilege: no_perfmon
# note: version: r1 is 0 on every path, so `if r1 != 0` is never taken. Up to 7.0 the walk
# note: decides it (`is_branch_taken`) and pushes the target as a speculative path
# note: (`sanitize_speculative_path`), walked to its exit: 8 processed on 6.18.44. 7.1
# note: rewrites the jump into `goto pc+0` before the walk (`bpf_prune_dead_branches`,
# note: kernel/bpf/const_fold.c; cfg::Change::ConstBranchesFolded), so nothing is pushed: 4.
    r1 = 0
    if r1 != 0 goto spec
    r0 = 0
    exit
spec:
    r0 = 1
    r0 = 1
    r0 = 1
    exit
