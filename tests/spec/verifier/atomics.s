# Atomics on the stack and on map values (`check_atomic_rmw`): what the old value fetched from
# a spilled register is, and what precision and pruning make of it. Found by walk_random's
# wide programs (`tests/wide`); atomics on the context and sockets are in ctx.s and sock.s.
.skmap hash, type=hash, key=4, value=16, max_entries=4

# test: atomic_fetch_from_spill_enters_history
# kernel: since 5.12
# note: version: `BPF_ATOMIC` operations other than add (5ca419f2864a "bpf: Add BPF_FETCH field / create atomic_fetch_add instruction" and its series, 5.12): 5.10.262 refuses the imm before the walk (`BPF_STX uses reserved fields`, its sources).
# note: `w2 = atomic_fetch_and((u32 *)(r10 - 8), w2)` fetches the spilled r7 (a u16 field)
# note: with its id, so the branch on w2 also bounds fp-24 (another spill of r7) to 0xffff.
# note: The xchg on fp-24 then fetches that constant and decides the last branch, and the
# note: precision of w2 there goes back through the xchg to fp-24 (the fetch from a spilled
# note: slot is a fill in the jump history, INSN_F_STACK_ACCESS): fp-24 is precise in the
# note: checkpoint at L20, so the second path is not pruned there. 56 processed on
# note: 6.18.44; this verifier counted 39 while an atomic left no stack-access history entry.
# note: walk_random wide seed 101, root.
    r6 = r1
    r7 = *(u16 *)(r6 + 18)
    r5 = 0
    r9 = *(u16 *)(r6 + 46)
    *(u64 *)(r10 - 8) = r7
    r5 = 0
    *(u64 *)(r10 - 24) = r7
    r5 = 0
    r5 = 0
    r5 = 0
    r2 = r9
    w2 = atomic_fetch_and((u32 *)(r10 - 8), w2)
    if w2 s>= 0xffff goto L15
    r5 = 0
    r5 = 0
L15:
    r3 = *(u64 *)(r10 - 8)
    if w3 == 5 goto L20
    r5 = 0
    r5 = 0
    r5 = 0
L20:
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    r5 = 0
    w2 = xchg32_32(r10 - 24, w2)
    if w2 <= 0x7fffffff goto L28
    r5 = 0
L28:
    r5 = 0
    r5 = 0
    r0 = 1
    exit

# test: load_acquire_writes_its_register
# kernel: since 6.15
# note: The register liveness of 6.18 (`compute_insn_live_regs`) reads a load-acquire as a
# note: load: it writes w2 and reads only r10. So r2, a map value pointer on one path and
# note: fp-56 on the other, is dead at L19 although the only later use is the load-acquire
# note: (never walked: w8 is 6), and the NULL path is pruned there: 14 processed on 6.18.44.
# note: This verifier counted 17 while it read the load-acquire's destination as a use.
# note: walk_random wide seed 101, root (the lookup key at fp-56 is never written: root may
# note: read uninitialised stack).
    r6 = r1
    r7 = *(u16 *)(r6 + 28)
    r8 = 6
    r2 = r10
    r2 += -56
    r1 = hash ll
    call 1
    if r0 == 0 goto L19
    r2 = r7
L19:
    if w8 == 19 goto L21
    goto L24
L21:
    w2 = load_acquire((u32 *)(r10 - 64))
L24:
    r0 = 1
    exit
