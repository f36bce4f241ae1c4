# Runtime cases: what a privileged load leaves of a program's branches. After the walk the
# kernel rewrites a conditional jump whose fall-through no path reached as `goto` its target,
# and one whose target no path reached as `goto +0` (`opt_hard_wire_dead_code_branches`), so
# where the verifier's range of a register is not the value the program computes, the kernel
# runs the rewritten jump, not the comparison as written. The VM runs verified programs as
# rewritten (`vm::Program::verified`, from `verifier::Verified::seen`).
#
# The register: a 2-byte load of an unset `rx_queue_mapping`, which the verifier takes to be
# in [0, 0xffff]. Releases that cut it (`KernelProfile::cuts_unset_rx_queue_mapping`) give
# 0xffff; the others give all ones in the 64-bit register. Both programs store the load on
# the stack and read back its upper 4 bytes (unknown to the verifier, so that branch stays),
# and compare the whole register with -1 (a branch the verifier's range says is never taken,
# to code nothing else reaches: `seen` is per instruction, so a target other paths reach
# keeps its jump).
.skmap sock_map, type=sockmap, key=4, value=8, max_entries=4
.license "GPL"

# test: rx_queue_mapping_all_ones_compare_hard_wired
# kernel: since 6.19
# kernel: before 7.1
# note: version: Debian's 6.19.14 and 7.0.13 (images; their bpf_sock_convert_ctx_access
# note: writes a 64-bit -1 that a 2-byte load does not cut): the upper half is set, so the
# note: program passes, and `if r8 == r9` never drops though r8 is -1: the kernel hard-wired
# note: it to fall through. Run as written it would drop.
# socket: s = tcp listen 127.0.0.1:80
# map: sock_map[0] = s
# run: tcp 10.0.0.1:1 -> 127.0.0.1:80 => pass
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto drop
    r7 = r0
    r8 = *(u16 *)(r7 + 76)
    *(u64 *)(r10 - 16) = r8
    r1 = r7
    call 86  # bpf_sk_release
    r9 = -1
    if r8 == r9 goto minus_one
    r2 = *(u32 *)(r10 - 12)
    if r2 != 0 goto pass
drop:
    r0 = 0
    exit
pass:
    r0 = 1
    exit
minus_one:
    r0 = 0
    exit

# test: rx_queue_mapping_cut_compare_hard_wired
# kernel: since 6.18.44
# kernel: before 6.19
# kernel: also since 6.12.118 before 6.13
# kernel: also since 6.1.192 before 6.2
# note: version: the live 6.18.44 and Debian's 6.12.118 and 6.1.192 (images), which cut
# note: the load to 0xffff: the upper half is 0 and
# note: the register is not -1, so the program drops whichever way the compare is run (the
# note: twin of the case above, same program).
# socket: s = tcp listen 127.0.0.1:80
# map: sock_map[0] = s
# run: tcp 10.0.0.1:1 -> 127.0.0.1:80 => drop
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = sock_map ll
    call 1
    if r0 == 0 goto drop
    r7 = r0
    r8 = *(u16 *)(r7 + 76)
    *(u64 *)(r10 - 16) = r8
    r1 = r7
    call 86  # bpf_sk_release
    r9 = -1
    if r8 == r9 goto minus_one
    r2 = *(u32 *)(r10 - 12)
    if r2 != 0 goto pass
drop:
    r0 = 0
    exit
pass:
    r0 = 1
    exit
minus_one:
    r0 = 0
    exit
