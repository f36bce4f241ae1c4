# Every plain context load (LDX) at offsets -4..75 with sizes 1, 2, 4 and 8: which
# (offset, size) pairs the 6.18 verifier accepts (sk_lookup-context.md §3.1; 106 accepted).
# One case per pair, named ctx_ldx_<size>_<offset> (m = minus). Generated from the §3.1
# table and confirmed against the live kernel by tests/corpus_kernel.rs. The set is the same
# on every kernel since 5.9 (the 5.18 remote_port split kept it) except ingress_ifindex
# (64..67), readable since 5.16.

# test: ctx_ldx_1_m4
# note: 1-byte load at offset -4 (before the start): rejected
    r0 = *(u8 *)(r1 - 4)            # error[ctx-bad-access]: invalid bpf_context access off=-4 size=1
    r0 = 1
    exit

# test: ctx_ldx_2_m4
# note: 2-byte load at offset -4 (before the start): rejected
    r0 = *(u16 *)(r1 - 4)           # error[ctx-bad-access]: invalid bpf_context access off=-4 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_m4
# note: 4-byte load at offset -4 (before the start): rejected
    r0 = *(u32 *)(r1 - 4)           # error[ctx-bad-access]: invalid bpf_context access off=-4 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_m4
# note: 8-byte load at offset -4 (before the start): rejected
    r0 = *(u64 *)(r1 - 4)           # error[ctx-bad-access]: invalid bpf_context access off=-4 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_m3
# note: 1-byte load at offset -3 (before the start): rejected
    r0 = *(u8 *)(r1 - 3)            # error[ctx-bad-access]: invalid bpf_context access off=-3 size=1
    r0 = 1
    exit

# test: ctx_ldx_2_m3
# note: 2-byte load at offset -3 (before the start): rejected
    r0 = *(u16 *)(r1 - 3)           # error[ctx-bad-access]: invalid bpf_context access off=-3 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_m3
# note: 4-byte load at offset -3 (before the start): rejected
    r0 = *(u32 *)(r1 - 3)           # error[ctx-bad-access]: invalid bpf_context access off=-3 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_m3
# note: 8-byte load at offset -3 (before the start): rejected
    r0 = *(u64 *)(r1 - 3)           # error[ctx-bad-access]: invalid bpf_context access off=-3 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_m2
# note: 1-byte load at offset -2 (before the start): rejected
    r0 = *(u8 *)(r1 - 2)            # error[ctx-bad-access]: invalid bpf_context access off=-2 size=1
    r0 = 1
    exit

# test: ctx_ldx_2_m2
# note: 2-byte load at offset -2 (before the start): rejected
    r0 = *(u16 *)(r1 - 2)           # error[ctx-bad-access]: invalid bpf_context access off=-2 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_m2
# note: 4-byte load at offset -2 (before the start): rejected
    r0 = *(u32 *)(r1 - 2)           # error[ctx-bad-access]: invalid bpf_context access off=-2 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_m2
# note: 8-byte load at offset -2 (before the start): rejected
    r0 = *(u64 *)(r1 - 2)           # error[ctx-bad-access]: invalid bpf_context access off=-2 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_m1
# note: 1-byte load at offset -1 (before the start): rejected
    r0 = *(u8 *)(r1 - 1)            # error[ctx-bad-access]: invalid bpf_context access off=-1 size=1
    r0 = 1
    exit

# test: ctx_ldx_2_m1
# note: 2-byte load at offset -1 (before the start): rejected
    r0 = *(u16 *)(r1 - 1)           # error[ctx-bad-access]: invalid bpf_context access off=-1 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_m1
# note: 4-byte load at offset -1 (before the start): rejected
    r0 = *(u32 *)(r1 - 1)           # error[ctx-bad-access]: invalid bpf_context access off=-1 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_m1
# note: 8-byte load at offset -1 (before the start): rejected
    r0 = *(u64 *)(r1 - 1)           # error[ctx-bad-access]: invalid bpf_context access off=-1 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_0
# note: 1-byte load at offset 0 (sk): rejected
    r0 = *(u8 *)(r1 + 0)            # error[ctx-bad-access]: invalid bpf_context access off=0 size=1
    r0 = 1
    exit

# test: ctx_ldx_2_0
# note: 2-byte load at offset 0 (sk): rejected
    r0 = *(u16 *)(r1 + 0)           # error[ctx-bad-access]: invalid bpf_context access off=0 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_0
# note: 4-byte load at offset 0 (sk): rejected
    r0 = *(u32 *)(r1 + 0)           # error[ctx-bad-access]: invalid bpf_context access off=0 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_0
# note: 8-byte load at offset 0 (sk): accepted
    r0 = *(u64 *)(r1 + 0)
    r0 = 1
    exit

# test: ctx_ldx_1_1
# note: 1-byte load at offset 1 (sk+1): rejected
    r0 = *(u8 *)(r1 + 1)            # error[ctx-bad-access]: invalid bpf_context access off=1 size=1
    r0 = 1
    exit

# test: ctx_ldx_2_1
# note: 2-byte load at offset 1 (sk+1): rejected
    r0 = *(u16 *)(r1 + 1)           # error[ctx-bad-access]: invalid bpf_context access off=1 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_1
# note: 4-byte load at offset 1 (sk+1): rejected
    r0 = *(u32 *)(r1 + 1)           # error[ctx-bad-access]: invalid bpf_context access off=1 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_1
# note: 8-byte load at offset 1 (sk+1): rejected
    r0 = *(u64 *)(r1 + 1)           # error[ctx-bad-access]: invalid bpf_context access off=1 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_2
# note: 1-byte load at offset 2 (sk+2): rejected
    r0 = *(u8 *)(r1 + 2)            # error[ctx-bad-access]: invalid bpf_context access off=2 size=1
    r0 = 1
    exit

# test: ctx_ldx_2_2
# note: 2-byte load at offset 2 (sk+2): rejected
    r0 = *(u16 *)(r1 + 2)           # error[ctx-bad-access]: invalid bpf_context access off=2 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_2
# note: 4-byte load at offset 2 (sk+2): rejected
    r0 = *(u32 *)(r1 + 2)           # error[ctx-bad-access]: invalid bpf_context access off=2 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_2
# note: 8-byte load at offset 2 (sk+2): rejected
    r0 = *(u64 *)(r1 + 2)           # error[ctx-bad-access]: invalid bpf_context access off=2 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_3
# note: 1-byte load at offset 3 (sk+3): rejected
    r0 = *(u8 *)(r1 + 3)            # error[ctx-bad-access]: invalid bpf_context access off=3 size=1
    r0 = 1
    exit

# test: ctx_ldx_2_3
# note: 2-byte load at offset 3 (sk+3): rejected
    r0 = *(u16 *)(r1 + 3)           # error[ctx-bad-access]: invalid bpf_context access off=3 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_3
# note: 4-byte load at offset 3 (sk+3): rejected
    r0 = *(u32 *)(r1 + 3)           # error[ctx-bad-access]: invalid bpf_context access off=3 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_3
# note: 8-byte load at offset 3 (sk+3): rejected
    r0 = *(u64 *)(r1 + 3)           # error[ctx-bad-access]: invalid bpf_context access off=3 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_4
# note: 1-byte load at offset 4 (sk+4): rejected
    r0 = *(u8 *)(r1 + 4)            # error[ctx-bad-access]: invalid bpf_context access off=4 size=1
    r0 = 1
    exit

# test: ctx_ldx_2_4
# note: 2-byte load at offset 4 (sk+4): rejected
    r0 = *(u16 *)(r1 + 4)           # error[ctx-bad-access]: invalid bpf_context access off=4 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_4
# note: 4-byte load at offset 4 (sk+4): rejected
    r0 = *(u32 *)(r1 + 4)           # error[ctx-bad-access]: invalid bpf_context access off=4 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_4
# note: 8-byte load at offset 4 (sk+4): rejected
    r0 = *(u64 *)(r1 + 4)           # error[ctx-bad-access]: invalid bpf_context access off=4 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_5
# note: 1-byte load at offset 5 (sk+5): rejected
    r0 = *(u8 *)(r1 + 5)            # error[ctx-bad-access]: invalid bpf_context access off=5 size=1
    r0 = 1
    exit

# test: ctx_ldx_2_5
# note: 2-byte load at offset 5 (sk+5): rejected
    r0 = *(u16 *)(r1 + 5)           # error[ctx-bad-access]: invalid bpf_context access off=5 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_5
# note: 4-byte load at offset 5 (sk+5): rejected
    r0 = *(u32 *)(r1 + 5)           # error[ctx-bad-access]: invalid bpf_context access off=5 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_5
# note: 8-byte load at offset 5 (sk+5): rejected
    r0 = *(u64 *)(r1 + 5)           # error[ctx-bad-access]: invalid bpf_context access off=5 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_6
# note: 1-byte load at offset 6 (sk+6): rejected
    r0 = *(u8 *)(r1 + 6)            # error[ctx-bad-access]: invalid bpf_context access off=6 size=1
    r0 = 1
    exit

# test: ctx_ldx_2_6
# note: 2-byte load at offset 6 (sk+6): rejected
    r0 = *(u16 *)(r1 + 6)           # error[ctx-bad-access]: invalid bpf_context access off=6 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_6
# note: 4-byte load at offset 6 (sk+6): rejected
    r0 = *(u32 *)(r1 + 6)           # error[ctx-bad-access]: invalid bpf_context access off=6 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_6
# note: 8-byte load at offset 6 (sk+6): rejected
    r0 = *(u64 *)(r1 + 6)           # error[ctx-bad-access]: invalid bpf_context access off=6 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_7
# note: 1-byte load at offset 7 (sk+7): rejected
    r0 = *(u8 *)(r1 + 7)            # error[ctx-bad-access]: invalid bpf_context access off=7 size=1
    r0 = 1
    exit

# test: ctx_ldx_2_7
# note: 2-byte load at offset 7 (sk+7): rejected
    r0 = *(u16 *)(r1 + 7)           # error[ctx-bad-access]: invalid bpf_context access off=7 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_7
# note: 4-byte load at offset 7 (sk+7): rejected
    r0 = *(u32 *)(r1 + 7)           # error[ctx-bad-access]: invalid bpf_context access off=7 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_7
# note: 8-byte load at offset 7 (sk+7): rejected
    r0 = *(u64 *)(r1 + 7)           # error[ctx-bad-access]: invalid bpf_context access off=7 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_8
# note: 1-byte load at offset 8 (family): accepted
    r0 = *(u8 *)(r1 + 8)
    r0 = 1
    exit

# test: ctx_ldx_2_8
# note: 2-byte load at offset 8 (family): accepted
    r0 = *(u16 *)(r1 + 8)
    r0 = 1
    exit

# test: ctx_ldx_4_8
# note: 4-byte load at offset 8 (family): accepted
    r0 = *(u32 *)(r1 + 8)
    r0 = 1
    exit

# test: ctx_ldx_8_8
# note: 8-byte load at offset 8 (family): rejected
    r0 = *(u64 *)(r1 + 8)           # error[ctx-bad-access]: invalid bpf_context access off=8 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_9
# note: 1-byte load at offset 9 (family+1): accepted
    r0 = *(u8 *)(r1 + 9)
    r0 = 1
    exit

# test: ctx_ldx_2_9
# note: 2-byte load at offset 9 (family+1): rejected
    r0 = *(u16 *)(r1 + 9)           # error[ctx-bad-access]: invalid bpf_context access off=9 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_9
# note: 4-byte load at offset 9 (family+1): rejected
    r0 = *(u32 *)(r1 + 9)           # error[ctx-bad-access]: invalid bpf_context access off=9 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_9
# note: 8-byte load at offset 9 (family+1): rejected
    r0 = *(u64 *)(r1 + 9)           # error[ctx-bad-access]: invalid bpf_context access off=9 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_10
# note: 1-byte load at offset 10 (family+2): accepted
    r0 = *(u8 *)(r1 + 10)
    r0 = 1
    exit

# test: ctx_ldx_2_10
# note: 2-byte load at offset 10 (family+2): accepted
    r0 = *(u16 *)(r1 + 10)
    r0 = 1
    exit

# test: ctx_ldx_4_10
# note: 4-byte load at offset 10 (family+2): rejected
    r0 = *(u32 *)(r1 + 10)          # error[ctx-bad-access]: invalid bpf_context access off=10 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_10
# note: 8-byte load at offset 10 (family+2): rejected
    r0 = *(u64 *)(r1 + 10)          # error[ctx-bad-access]: invalid bpf_context access off=10 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_11
# note: 1-byte load at offset 11 (family+3): accepted
    r0 = *(u8 *)(r1 + 11)
    r0 = 1
    exit

# test: ctx_ldx_2_11
# note: 2-byte load at offset 11 (family+3): rejected
    r0 = *(u16 *)(r1 + 11)          # error[ctx-bad-access]: invalid bpf_context access off=11 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_11
# note: 4-byte load at offset 11 (family+3): rejected
    r0 = *(u32 *)(r1 + 11)          # error[ctx-bad-access]: invalid bpf_context access off=11 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_11
# note: 8-byte load at offset 11 (family+3): rejected
    r0 = *(u64 *)(r1 + 11)          # error[ctx-bad-access]: invalid bpf_context access off=11 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_12
# note: 1-byte load at offset 12 (protocol): accepted
    r0 = *(u8 *)(r1 + 12)
    r0 = 1
    exit

# test: ctx_ldx_2_12
# note: 2-byte load at offset 12 (protocol): accepted
    r0 = *(u16 *)(r1 + 12)
    r0 = 1
    exit

# test: ctx_ldx_4_12
# note: 4-byte load at offset 12 (protocol): accepted
    r0 = *(u32 *)(r1 + 12)
    r0 = 1
    exit

# test: ctx_ldx_8_12
# note: 8-byte load at offset 12 (protocol): rejected
    r0 = *(u64 *)(r1 + 12)          # error[ctx-bad-access]: invalid bpf_context access off=12 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_13
# note: 1-byte load at offset 13 (protocol+1): accepted
    r0 = *(u8 *)(r1 + 13)
    r0 = 1
    exit

# test: ctx_ldx_2_13
# note: 2-byte load at offset 13 (protocol+1): rejected
    r0 = *(u16 *)(r1 + 13)          # error[ctx-bad-access]: invalid bpf_context access off=13 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_13
# note: 4-byte load at offset 13 (protocol+1): rejected
    r0 = *(u32 *)(r1 + 13)          # error[ctx-bad-access]: invalid bpf_context access off=13 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_13
# note: 8-byte load at offset 13 (protocol+1): rejected
    r0 = *(u64 *)(r1 + 13)          # error[ctx-bad-access]: invalid bpf_context access off=13 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_14
# note: 1-byte load at offset 14 (protocol+2): accepted
    r0 = *(u8 *)(r1 + 14)
    r0 = 1
    exit

# test: ctx_ldx_2_14
# note: 2-byte load at offset 14 (protocol+2): accepted
    r0 = *(u16 *)(r1 + 14)
    r0 = 1
    exit

# test: ctx_ldx_4_14
# note: 4-byte load at offset 14 (protocol+2): rejected
    r0 = *(u32 *)(r1 + 14)          # error[ctx-bad-access]: invalid bpf_context access off=14 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_14
# note: 8-byte load at offset 14 (protocol+2): rejected
    r0 = *(u64 *)(r1 + 14)          # error[ctx-bad-access]: invalid bpf_context access off=14 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_15
# note: 1-byte load at offset 15 (protocol+3): accepted
    r0 = *(u8 *)(r1 + 15)
    r0 = 1
    exit

# test: ctx_ldx_2_15
# note: 2-byte load at offset 15 (protocol+3): rejected
    r0 = *(u16 *)(r1 + 15)          # error[ctx-bad-access]: invalid bpf_context access off=15 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_15
# note: 4-byte load at offset 15 (protocol+3): rejected
    r0 = *(u32 *)(r1 + 15)          # error[ctx-bad-access]: invalid bpf_context access off=15 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_15
# note: 8-byte load at offset 15 (protocol+3): rejected
    r0 = *(u64 *)(r1 + 15)          # error[ctx-bad-access]: invalid bpf_context access off=15 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_16
# note: 1-byte load at offset 16 (remote_ip4): accepted
    r0 = *(u8 *)(r1 + 16)
    r0 = 1
    exit

# test: ctx_ldx_2_16
# note: 2-byte load at offset 16 (remote_ip4): accepted
    r0 = *(u16 *)(r1 + 16)
    r0 = 1
    exit

# test: ctx_ldx_4_16
# note: 4-byte load at offset 16 (remote_ip4): accepted
    r0 = *(u32 *)(r1 + 16)
    r0 = 1
    exit

# test: ctx_ldx_8_16
# note: 8-byte load at offset 16 (remote_ip4): rejected
    r0 = *(u64 *)(r1 + 16)          # error[ctx-bad-access]: invalid bpf_context access off=16 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_17
# note: 1-byte load at offset 17 (remote_ip4+1): accepted
    r0 = *(u8 *)(r1 + 17)
    r0 = 1
    exit

# test: ctx_ldx_2_17
# note: 2-byte load at offset 17 (remote_ip4+1): rejected
    r0 = *(u16 *)(r1 + 17)          # error[ctx-bad-access]: invalid bpf_context access off=17 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_17
# note: 4-byte load at offset 17 (remote_ip4+1): rejected
    r0 = *(u32 *)(r1 + 17)          # error[ctx-bad-access]: invalid bpf_context access off=17 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_17
# note: 8-byte load at offset 17 (remote_ip4+1): rejected
    r0 = *(u64 *)(r1 + 17)          # error[ctx-bad-access]: invalid bpf_context access off=17 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_18
# note: 1-byte load at offset 18 (remote_ip4+2): accepted
    r0 = *(u8 *)(r1 + 18)
    r0 = 1
    exit

# test: ctx_ldx_2_18
# note: 2-byte load at offset 18 (remote_ip4+2): accepted
    r0 = *(u16 *)(r1 + 18)
    r0 = 1
    exit

# test: ctx_ldx_4_18
# note: 4-byte load at offset 18 (remote_ip4+2): rejected
    r0 = *(u32 *)(r1 + 18)          # error[ctx-bad-access]: invalid bpf_context access off=18 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_18
# note: 8-byte load at offset 18 (remote_ip4+2): rejected
    r0 = *(u64 *)(r1 + 18)          # error[ctx-bad-access]: invalid bpf_context access off=18 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_19
# note: 1-byte load at offset 19 (remote_ip4+3): accepted
    r0 = *(u8 *)(r1 + 19)
    r0 = 1
    exit

# test: ctx_ldx_2_19
# note: 2-byte load at offset 19 (remote_ip4+3): rejected
    r0 = *(u16 *)(r1 + 19)          # error[ctx-bad-access]: invalid bpf_context access off=19 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_19
# note: 4-byte load at offset 19 (remote_ip4+3): rejected
    r0 = *(u32 *)(r1 + 19)          # error[ctx-bad-access]: invalid bpf_context access off=19 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_19
# note: 8-byte load at offset 19 (remote_ip4+3): rejected
    r0 = *(u64 *)(r1 + 19)          # error[ctx-bad-access]: invalid bpf_context access off=19 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_20
# note: 1-byte load at offset 20 (remote_ip6[0]): accepted
    r0 = *(u8 *)(r1 + 20)
    r0 = 1
    exit

# test: ctx_ldx_2_20
# note: 2-byte load at offset 20 (remote_ip6[0]): accepted
    r0 = *(u16 *)(r1 + 20)
    r0 = 1
    exit

# test: ctx_ldx_4_20
# note: 4-byte load at offset 20 (remote_ip6[0]): accepted
    r0 = *(u32 *)(r1 + 20)
    r0 = 1
    exit

# test: ctx_ldx_8_20
# note: 8-byte load at offset 20 (remote_ip6[0]): rejected
    r0 = *(u64 *)(r1 + 20)          # error[ctx-bad-access]: invalid bpf_context access off=20 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_21
# note: 1-byte load at offset 21 (remote_ip6[0]+1): accepted
    r0 = *(u8 *)(r1 + 21)
    r0 = 1
    exit

# test: ctx_ldx_2_21
# note: 2-byte load at offset 21 (remote_ip6[0]+1): rejected
    r0 = *(u16 *)(r1 + 21)          # error[ctx-bad-access]: invalid bpf_context access off=21 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_21
# note: 4-byte load at offset 21 (remote_ip6[0]+1): rejected
    r0 = *(u32 *)(r1 + 21)          # error[ctx-bad-access]: invalid bpf_context access off=21 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_21
# note: 8-byte load at offset 21 (remote_ip6[0]+1): rejected
    r0 = *(u64 *)(r1 + 21)          # error[ctx-bad-access]: invalid bpf_context access off=21 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_22
# note: 1-byte load at offset 22 (remote_ip6[0]+2): accepted
    r0 = *(u8 *)(r1 + 22)
    r0 = 1
    exit

# test: ctx_ldx_2_22
# note: 2-byte load at offset 22 (remote_ip6[0]+2): accepted
    r0 = *(u16 *)(r1 + 22)
    r0 = 1
    exit

# test: ctx_ldx_4_22
# note: 4-byte load at offset 22 (remote_ip6[0]+2): rejected
    r0 = *(u32 *)(r1 + 22)          # error[ctx-bad-access]: invalid bpf_context access off=22 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_22
# note: 8-byte load at offset 22 (remote_ip6[0]+2): rejected
    r0 = *(u64 *)(r1 + 22)          # error[ctx-bad-access]: invalid bpf_context access off=22 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_23
# note: 1-byte load at offset 23 (remote_ip6[0]+3): accepted
    r0 = *(u8 *)(r1 + 23)
    r0 = 1
    exit

# test: ctx_ldx_2_23
# note: 2-byte load at offset 23 (remote_ip6[0]+3): rejected
    r0 = *(u16 *)(r1 + 23)          # error[ctx-bad-access]: invalid bpf_context access off=23 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_23
# note: 4-byte load at offset 23 (remote_ip6[0]+3): rejected
    r0 = *(u32 *)(r1 + 23)          # error[ctx-bad-access]: invalid bpf_context access off=23 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_23
# note: 8-byte load at offset 23 (remote_ip6[0]+3): rejected
    r0 = *(u64 *)(r1 + 23)          # error[ctx-bad-access]: invalid bpf_context access off=23 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_24
# note: 1-byte load at offset 24 (remote_ip6[1]): accepted
    r0 = *(u8 *)(r1 + 24)
    r0 = 1
    exit

# test: ctx_ldx_2_24
# note: 2-byte load at offset 24 (remote_ip6[1]): accepted
    r0 = *(u16 *)(r1 + 24)
    r0 = 1
    exit

# test: ctx_ldx_4_24
# note: 4-byte load at offset 24 (remote_ip6[1]): accepted
    r0 = *(u32 *)(r1 + 24)
    r0 = 1
    exit

# test: ctx_ldx_8_24
# note: 8-byte load at offset 24 (remote_ip6[1]): rejected
    r0 = *(u64 *)(r1 + 24)          # error[ctx-bad-access]: invalid bpf_context access off=24 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_25
# note: 1-byte load at offset 25 (remote_ip6[1]+1): accepted
    r0 = *(u8 *)(r1 + 25)
    r0 = 1
    exit

# test: ctx_ldx_2_25
# note: 2-byte load at offset 25 (remote_ip6[1]+1): rejected
    r0 = *(u16 *)(r1 + 25)          # error[ctx-bad-access]: invalid bpf_context access off=25 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_25
# note: 4-byte load at offset 25 (remote_ip6[1]+1): rejected
    r0 = *(u32 *)(r1 + 25)          # error[ctx-bad-access]: invalid bpf_context access off=25 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_25
# note: 8-byte load at offset 25 (remote_ip6[1]+1): rejected
    r0 = *(u64 *)(r1 + 25)          # error[ctx-bad-access]: invalid bpf_context access off=25 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_26
# note: 1-byte load at offset 26 (remote_ip6[1]+2): accepted
    r0 = *(u8 *)(r1 + 26)
    r0 = 1
    exit

# test: ctx_ldx_2_26
# note: 2-byte load at offset 26 (remote_ip6[1]+2): accepted
    r0 = *(u16 *)(r1 + 26)
    r0 = 1
    exit

# test: ctx_ldx_4_26
# note: 4-byte load at offset 26 (remote_ip6[1]+2): rejected
    r0 = *(u32 *)(r1 + 26)          # error[ctx-bad-access]: invalid bpf_context access off=26 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_26
# note: 8-byte load at offset 26 (remote_ip6[1]+2): rejected
    r0 = *(u64 *)(r1 + 26)          # error[ctx-bad-access]: invalid bpf_context access off=26 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_27
# note: 1-byte load at offset 27 (remote_ip6[1]+3): accepted
    r0 = *(u8 *)(r1 + 27)
    r0 = 1
    exit

# test: ctx_ldx_2_27
# note: 2-byte load at offset 27 (remote_ip6[1]+3): rejected
    r0 = *(u16 *)(r1 + 27)          # error[ctx-bad-access]: invalid bpf_context access off=27 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_27
# note: 4-byte load at offset 27 (remote_ip6[1]+3): rejected
    r0 = *(u32 *)(r1 + 27)          # error[ctx-bad-access]: invalid bpf_context access off=27 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_27
# note: 8-byte load at offset 27 (remote_ip6[1]+3): rejected
    r0 = *(u64 *)(r1 + 27)          # error[ctx-bad-access]: invalid bpf_context access off=27 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_28
# note: 1-byte load at offset 28 (remote_ip6[2]): accepted
    r0 = *(u8 *)(r1 + 28)
    r0 = 1
    exit

# test: ctx_ldx_2_28
# note: 2-byte load at offset 28 (remote_ip6[2]): accepted
    r0 = *(u16 *)(r1 + 28)
    r0 = 1
    exit

# test: ctx_ldx_4_28
# note: 4-byte load at offset 28 (remote_ip6[2]): accepted
    r0 = *(u32 *)(r1 + 28)
    r0 = 1
    exit

# test: ctx_ldx_8_28
# note: 8-byte load at offset 28 (remote_ip6[2]): rejected
    r0 = *(u64 *)(r1 + 28)          # error[ctx-bad-access]: invalid bpf_context access off=28 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_29
# note: 1-byte load at offset 29 (remote_ip6[2]+1): accepted
    r0 = *(u8 *)(r1 + 29)
    r0 = 1
    exit

# test: ctx_ldx_2_29
# note: 2-byte load at offset 29 (remote_ip6[2]+1): rejected
    r0 = *(u16 *)(r1 + 29)          # error[ctx-bad-access]: invalid bpf_context access off=29 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_29
# note: 4-byte load at offset 29 (remote_ip6[2]+1): rejected
    r0 = *(u32 *)(r1 + 29)          # error[ctx-bad-access]: invalid bpf_context access off=29 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_29
# note: 8-byte load at offset 29 (remote_ip6[2]+1): rejected
    r0 = *(u64 *)(r1 + 29)          # error[ctx-bad-access]: invalid bpf_context access off=29 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_30
# note: 1-byte load at offset 30 (remote_ip6[2]+2): accepted
    r0 = *(u8 *)(r1 + 30)
    r0 = 1
    exit

# test: ctx_ldx_2_30
# note: 2-byte load at offset 30 (remote_ip6[2]+2): accepted
    r0 = *(u16 *)(r1 + 30)
    r0 = 1
    exit

# test: ctx_ldx_4_30
# note: 4-byte load at offset 30 (remote_ip6[2]+2): rejected
    r0 = *(u32 *)(r1 + 30)          # error[ctx-bad-access]: invalid bpf_context access off=30 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_30
# note: 8-byte load at offset 30 (remote_ip6[2]+2): rejected
    r0 = *(u64 *)(r1 + 30)          # error[ctx-bad-access]: invalid bpf_context access off=30 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_31
# note: 1-byte load at offset 31 (remote_ip6[2]+3): accepted
    r0 = *(u8 *)(r1 + 31)
    r0 = 1
    exit

# test: ctx_ldx_2_31
# note: 2-byte load at offset 31 (remote_ip6[2]+3): rejected
    r0 = *(u16 *)(r1 + 31)          # error[ctx-bad-access]: invalid bpf_context access off=31 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_31
# note: 4-byte load at offset 31 (remote_ip6[2]+3): rejected
    r0 = *(u32 *)(r1 + 31)          # error[ctx-bad-access]: invalid bpf_context access off=31 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_31
# note: 8-byte load at offset 31 (remote_ip6[2]+3): rejected
    r0 = *(u64 *)(r1 + 31)          # error[ctx-bad-access]: invalid bpf_context access off=31 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_32
# note: 1-byte load at offset 32 (remote_ip6[3]): accepted
    r0 = *(u8 *)(r1 + 32)
    r0 = 1
    exit

# test: ctx_ldx_2_32
# note: 2-byte load at offset 32 (remote_ip6[3]): accepted
    r0 = *(u16 *)(r1 + 32)
    r0 = 1
    exit

# test: ctx_ldx_4_32
# note: 4-byte load at offset 32 (remote_ip6[3]): accepted
    r0 = *(u32 *)(r1 + 32)
    r0 = 1
    exit

# test: ctx_ldx_8_32
# note: 8-byte load at offset 32 (remote_ip6[3]): rejected
    r0 = *(u64 *)(r1 + 32)          # error[ctx-bad-access]: invalid bpf_context access off=32 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_33
# note: 1-byte load at offset 33 (remote_ip6[3]+1): accepted
    r0 = *(u8 *)(r1 + 33)
    r0 = 1
    exit

# test: ctx_ldx_2_33
# note: 2-byte load at offset 33 (remote_ip6[3]+1): rejected
    r0 = *(u16 *)(r1 + 33)          # error[ctx-bad-access]: invalid bpf_context access off=33 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_33
# note: 4-byte load at offset 33 (remote_ip6[3]+1): rejected
    r0 = *(u32 *)(r1 + 33)          # error[ctx-bad-access]: invalid bpf_context access off=33 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_33
# note: 8-byte load at offset 33 (remote_ip6[3]+1): rejected
    r0 = *(u64 *)(r1 + 33)          # error[ctx-bad-access]: invalid bpf_context access off=33 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_34
# note: 1-byte load at offset 34 (remote_ip6[3]+2): accepted
    r0 = *(u8 *)(r1 + 34)
    r0 = 1
    exit

# test: ctx_ldx_2_34
# note: 2-byte load at offset 34 (remote_ip6[3]+2): accepted
    r0 = *(u16 *)(r1 + 34)
    r0 = 1
    exit

# test: ctx_ldx_4_34
# note: 4-byte load at offset 34 (remote_ip6[3]+2): rejected
    r0 = *(u32 *)(r1 + 34)          # error[ctx-bad-access]: invalid bpf_context access off=34 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_34
# note: 8-byte load at offset 34 (remote_ip6[3]+2): rejected
    r0 = *(u64 *)(r1 + 34)          # error[ctx-bad-access]: invalid bpf_context access off=34 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_35
# note: 1-byte load at offset 35 (remote_ip6[3]+3): accepted
    r0 = *(u8 *)(r1 + 35)
    r0 = 1
    exit

# test: ctx_ldx_2_35
# note: 2-byte load at offset 35 (remote_ip6[3]+3): rejected
    r0 = *(u16 *)(r1 + 35)          # error[ctx-bad-access]: invalid bpf_context access off=35 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_35
# note: 4-byte load at offset 35 (remote_ip6[3]+3): rejected
    r0 = *(u32 *)(r1 + 35)          # error[ctx-bad-access]: invalid bpf_context access off=35 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_35
# note: 8-byte load at offset 35 (remote_ip6[3]+3): rejected
    r0 = *(u64 *)(r1 + 35)          # error[ctx-bad-access]: invalid bpf_context access off=35 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_36
# note: 1-byte load at offset 36 (remote_port): accepted
    r0 = *(u8 *)(r1 + 36)
    r0 = 1
    exit

# test: ctx_ldx_2_36
# note: 2-byte load at offset 36 (remote_port): accepted
    r0 = *(u16 *)(r1 + 36)
    r0 = 1
    exit

# test: ctx_ldx_4_36
# note: 4-byte load at offset 36 (remote_port): accepted
    r0 = *(u32 *)(r1 + 36)
    r0 = 1
    exit

# test: ctx_ldx_8_36
# note: 8-byte load at offset 36 (remote_port): rejected
    r0 = *(u64 *)(r1 + 36)          # error[ctx-bad-access]: invalid bpf_context access off=36 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_37
# note: 1-byte load at offset 37 (remote_port+1): accepted
    r0 = *(u8 *)(r1 + 37)
    r0 = 1
    exit

# test: ctx_ldx_2_37
# note: 2-byte load at offset 37 (remote_port+1): rejected
    r0 = *(u16 *)(r1 + 37)          # error[ctx-bad-access]: invalid bpf_context access off=37 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_37
# note: 4-byte load at offset 37 (remote_port+1): rejected
    r0 = *(u32 *)(r1 + 37)          # error[ctx-bad-access]: invalid bpf_context access off=37 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_37
# note: 8-byte load at offset 37 (remote_port+1): rejected
    r0 = *(u64 *)(r1 + 37)          # error[ctx-bad-access]: invalid bpf_context access off=37 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_38
# note: 1-byte load at offset 38 (padding after remote_port): accepted
    r0 = *(u8 *)(r1 + 38)
    r0 = 1
    exit

# test: ctx_ldx_2_38
# note: 2-byte load at offset 38 (padding after remote_port): accepted
    r0 = *(u16 *)(r1 + 38)
    r0 = 1
    exit

# test: ctx_ldx_4_38
# note: 4-byte load at offset 38 (padding after remote_port): rejected
    r0 = *(u32 *)(r1 + 38)          # error[ctx-bad-access]: invalid bpf_context access off=38 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_38
# note: 8-byte load at offset 38 (padding after remote_port): rejected
    r0 = *(u64 *)(r1 + 38)          # error[ctx-bad-access]: invalid bpf_context access off=38 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_39
# note: 1-byte load at offset 39 (padding after remote_port+1): accepted
    r0 = *(u8 *)(r1 + 39)
    r0 = 1
    exit

# test: ctx_ldx_2_39
# note: 2-byte load at offset 39 (padding after remote_port+1): rejected
    r0 = *(u16 *)(r1 + 39)          # error[ctx-bad-access]: invalid bpf_context access off=39 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_39
# note: 4-byte load at offset 39 (padding after remote_port+1): rejected
    r0 = *(u32 *)(r1 + 39)          # error[ctx-bad-access]: invalid bpf_context access off=39 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_39
# note: 8-byte load at offset 39 (padding after remote_port+1): rejected
    r0 = *(u64 *)(r1 + 39)          # error[ctx-bad-access]: invalid bpf_context access off=39 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_40
# note: 1-byte load at offset 40 (local_ip4): accepted
    r0 = *(u8 *)(r1 + 40)
    r0 = 1
    exit

# test: ctx_ldx_2_40
# note: 2-byte load at offset 40 (local_ip4): accepted
    r0 = *(u16 *)(r1 + 40)
    r0 = 1
    exit

# test: ctx_ldx_4_40
# note: 4-byte load at offset 40 (local_ip4): accepted
    r0 = *(u32 *)(r1 + 40)
    r0 = 1
    exit

# test: ctx_ldx_8_40
# note: 8-byte load at offset 40 (local_ip4): rejected
    r0 = *(u64 *)(r1 + 40)          # error[ctx-bad-access]: invalid bpf_context access off=40 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_41
# note: 1-byte load at offset 41 (local_ip4+1): accepted
    r0 = *(u8 *)(r1 + 41)
    r0 = 1
    exit

# test: ctx_ldx_2_41
# note: 2-byte load at offset 41 (local_ip4+1): rejected
    r0 = *(u16 *)(r1 + 41)          # error[ctx-bad-access]: invalid bpf_context access off=41 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_41
# note: 4-byte load at offset 41 (local_ip4+1): rejected
    r0 = *(u32 *)(r1 + 41)          # error[ctx-bad-access]: invalid bpf_context access off=41 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_41
# note: 8-byte load at offset 41 (local_ip4+1): rejected
    r0 = *(u64 *)(r1 + 41)          # error[ctx-bad-access]: invalid bpf_context access off=41 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_42
# note: 1-byte load at offset 42 (local_ip4+2): accepted
    r0 = *(u8 *)(r1 + 42)
    r0 = 1
    exit

# test: ctx_ldx_2_42
# note: 2-byte load at offset 42 (local_ip4+2): accepted
    r0 = *(u16 *)(r1 + 42)
    r0 = 1
    exit

# test: ctx_ldx_4_42
# note: 4-byte load at offset 42 (local_ip4+2): rejected
    r0 = *(u32 *)(r1 + 42)          # error[ctx-bad-access]: invalid bpf_context access off=42 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_42
# note: 8-byte load at offset 42 (local_ip4+2): rejected
    r0 = *(u64 *)(r1 + 42)          # error[ctx-bad-access]: invalid bpf_context access off=42 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_43
# note: 1-byte load at offset 43 (local_ip4+3): accepted
    r0 = *(u8 *)(r1 + 43)
    r0 = 1
    exit

# test: ctx_ldx_2_43
# note: 2-byte load at offset 43 (local_ip4+3): rejected
    r0 = *(u16 *)(r1 + 43)          # error[ctx-bad-access]: invalid bpf_context access off=43 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_43
# note: 4-byte load at offset 43 (local_ip4+3): rejected
    r0 = *(u32 *)(r1 + 43)          # error[ctx-bad-access]: invalid bpf_context access off=43 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_43
# note: 8-byte load at offset 43 (local_ip4+3): rejected
    r0 = *(u64 *)(r1 + 43)          # error[ctx-bad-access]: invalid bpf_context access off=43 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_44
# note: 1-byte load at offset 44 (local_ip6[0]): accepted
    r0 = *(u8 *)(r1 + 44)
    r0 = 1
    exit

# test: ctx_ldx_2_44
# note: 2-byte load at offset 44 (local_ip6[0]): accepted
    r0 = *(u16 *)(r1 + 44)
    r0 = 1
    exit

# test: ctx_ldx_4_44
# note: 4-byte load at offset 44 (local_ip6[0]): accepted
    r0 = *(u32 *)(r1 + 44)
    r0 = 1
    exit

# test: ctx_ldx_8_44
# note: 8-byte load at offset 44 (local_ip6[0]): rejected
    r0 = *(u64 *)(r1 + 44)          # error[ctx-bad-access]: invalid bpf_context access off=44 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_45
# note: 1-byte load at offset 45 (local_ip6[0]+1): accepted
    r0 = *(u8 *)(r1 + 45)
    r0 = 1
    exit

# test: ctx_ldx_2_45
# note: 2-byte load at offset 45 (local_ip6[0]+1): rejected
    r0 = *(u16 *)(r1 + 45)          # error[ctx-bad-access]: invalid bpf_context access off=45 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_45
# note: 4-byte load at offset 45 (local_ip6[0]+1): rejected
    r0 = *(u32 *)(r1 + 45)          # error[ctx-bad-access]: invalid bpf_context access off=45 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_45
# note: 8-byte load at offset 45 (local_ip6[0]+1): rejected
    r0 = *(u64 *)(r1 + 45)          # error[ctx-bad-access]: invalid bpf_context access off=45 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_46
# note: 1-byte load at offset 46 (local_ip6[0]+2): accepted
    r0 = *(u8 *)(r1 + 46)
    r0 = 1
    exit

# test: ctx_ldx_2_46
# note: 2-byte load at offset 46 (local_ip6[0]+2): accepted
    r0 = *(u16 *)(r1 + 46)
    r0 = 1
    exit

# test: ctx_ldx_4_46
# note: 4-byte load at offset 46 (local_ip6[0]+2): rejected
    r0 = *(u32 *)(r1 + 46)          # error[ctx-bad-access]: invalid bpf_context access off=46 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_46
# note: 8-byte load at offset 46 (local_ip6[0]+2): rejected
    r0 = *(u64 *)(r1 + 46)          # error[ctx-bad-access]: invalid bpf_context access off=46 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_47
# note: 1-byte load at offset 47 (local_ip6[0]+3): accepted
    r0 = *(u8 *)(r1 + 47)
    r0 = 1
    exit

# test: ctx_ldx_2_47
# note: 2-byte load at offset 47 (local_ip6[0]+3): rejected
    r0 = *(u16 *)(r1 + 47)          # error[ctx-bad-access]: invalid bpf_context access off=47 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_47
# note: 4-byte load at offset 47 (local_ip6[0]+3): rejected
    r0 = *(u32 *)(r1 + 47)          # error[ctx-bad-access]: invalid bpf_context access off=47 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_47
# note: 8-byte load at offset 47 (local_ip6[0]+3): rejected
    r0 = *(u64 *)(r1 + 47)          # error[ctx-bad-access]: invalid bpf_context access off=47 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_48
# note: 1-byte load at offset 48 (local_ip6[1]): accepted
    r0 = *(u8 *)(r1 + 48)
    r0 = 1
    exit

# test: ctx_ldx_2_48
# note: 2-byte load at offset 48 (local_ip6[1]): accepted
    r0 = *(u16 *)(r1 + 48)
    r0 = 1
    exit

# test: ctx_ldx_4_48
# note: 4-byte load at offset 48 (local_ip6[1]): accepted
    r0 = *(u32 *)(r1 + 48)
    r0 = 1
    exit

# test: ctx_ldx_8_48
# note: 8-byte load at offset 48 (local_ip6[1]): rejected
    r0 = *(u64 *)(r1 + 48)          # error[ctx-bad-access]: invalid bpf_context access off=48 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_49
# note: 1-byte load at offset 49 (local_ip6[1]+1): accepted
    r0 = *(u8 *)(r1 + 49)
    r0 = 1
    exit

# test: ctx_ldx_2_49
# note: 2-byte load at offset 49 (local_ip6[1]+1): rejected
    r0 = *(u16 *)(r1 + 49)          # error[ctx-bad-access]: invalid bpf_context access off=49 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_49
# note: 4-byte load at offset 49 (local_ip6[1]+1): rejected
    r0 = *(u32 *)(r1 + 49)          # error[ctx-bad-access]: invalid bpf_context access off=49 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_49
# note: 8-byte load at offset 49 (local_ip6[1]+1): rejected
    r0 = *(u64 *)(r1 + 49)          # error[ctx-bad-access]: invalid bpf_context access off=49 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_50
# note: 1-byte load at offset 50 (local_ip6[1]+2): accepted
    r0 = *(u8 *)(r1 + 50)
    r0 = 1
    exit

# test: ctx_ldx_2_50
# note: 2-byte load at offset 50 (local_ip6[1]+2): accepted
    r0 = *(u16 *)(r1 + 50)
    r0 = 1
    exit

# test: ctx_ldx_4_50
# note: 4-byte load at offset 50 (local_ip6[1]+2): rejected
    r0 = *(u32 *)(r1 + 50)          # error[ctx-bad-access]: invalid bpf_context access off=50 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_50
# note: 8-byte load at offset 50 (local_ip6[1]+2): rejected
    r0 = *(u64 *)(r1 + 50)          # error[ctx-bad-access]: invalid bpf_context access off=50 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_51
# note: 1-byte load at offset 51 (local_ip6[1]+3): accepted
    r0 = *(u8 *)(r1 + 51)
    r0 = 1
    exit

# test: ctx_ldx_2_51
# note: 2-byte load at offset 51 (local_ip6[1]+3): rejected
    r0 = *(u16 *)(r1 + 51)          # error[ctx-bad-access]: invalid bpf_context access off=51 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_51
# note: 4-byte load at offset 51 (local_ip6[1]+3): rejected
    r0 = *(u32 *)(r1 + 51)          # error[ctx-bad-access]: invalid bpf_context access off=51 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_51
# note: 8-byte load at offset 51 (local_ip6[1]+3): rejected
    r0 = *(u64 *)(r1 + 51)          # error[ctx-bad-access]: invalid bpf_context access off=51 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_52
# note: 1-byte load at offset 52 (local_ip6[2]): accepted
    r0 = *(u8 *)(r1 + 52)
    r0 = 1
    exit

# test: ctx_ldx_2_52
# note: 2-byte load at offset 52 (local_ip6[2]): accepted
    r0 = *(u16 *)(r1 + 52)
    r0 = 1
    exit

# test: ctx_ldx_4_52
# note: 4-byte load at offset 52 (local_ip6[2]): accepted
    r0 = *(u32 *)(r1 + 52)
    r0 = 1
    exit

# test: ctx_ldx_8_52
# note: 8-byte load at offset 52 (local_ip6[2]): rejected
    r0 = *(u64 *)(r1 + 52)          # error[ctx-bad-access]: invalid bpf_context access off=52 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_53
# note: 1-byte load at offset 53 (local_ip6[2]+1): accepted
    r0 = *(u8 *)(r1 + 53)
    r0 = 1
    exit

# test: ctx_ldx_2_53
# note: 2-byte load at offset 53 (local_ip6[2]+1): rejected
    r0 = *(u16 *)(r1 + 53)          # error[ctx-bad-access]: invalid bpf_context access off=53 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_53
# note: 4-byte load at offset 53 (local_ip6[2]+1): rejected
    r0 = *(u32 *)(r1 + 53)          # error[ctx-bad-access]: invalid bpf_context access off=53 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_53
# note: 8-byte load at offset 53 (local_ip6[2]+1): rejected
    r0 = *(u64 *)(r1 + 53)          # error[ctx-bad-access]: invalid bpf_context access off=53 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_54
# note: 1-byte load at offset 54 (local_ip6[2]+2): accepted
    r0 = *(u8 *)(r1 + 54)
    r0 = 1
    exit

# test: ctx_ldx_2_54
# note: 2-byte load at offset 54 (local_ip6[2]+2): accepted
    r0 = *(u16 *)(r1 + 54)
    r0 = 1
    exit

# test: ctx_ldx_4_54
# note: 4-byte load at offset 54 (local_ip6[2]+2): rejected
    r0 = *(u32 *)(r1 + 54)          # error[ctx-bad-access]: invalid bpf_context access off=54 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_54
# note: 8-byte load at offset 54 (local_ip6[2]+2): rejected
    r0 = *(u64 *)(r1 + 54)          # error[ctx-bad-access]: invalid bpf_context access off=54 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_55
# note: 1-byte load at offset 55 (local_ip6[2]+3): accepted
    r0 = *(u8 *)(r1 + 55)
    r0 = 1
    exit

# test: ctx_ldx_2_55
# note: 2-byte load at offset 55 (local_ip6[2]+3): rejected
    r0 = *(u16 *)(r1 + 55)          # error[ctx-bad-access]: invalid bpf_context access off=55 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_55
# note: 4-byte load at offset 55 (local_ip6[2]+3): rejected
    r0 = *(u32 *)(r1 + 55)          # error[ctx-bad-access]: invalid bpf_context access off=55 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_55
# note: 8-byte load at offset 55 (local_ip6[2]+3): rejected
    r0 = *(u64 *)(r1 + 55)          # error[ctx-bad-access]: invalid bpf_context access off=55 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_56
# note: 1-byte load at offset 56 (local_ip6[3]): accepted
    r0 = *(u8 *)(r1 + 56)
    r0 = 1
    exit

# test: ctx_ldx_2_56
# note: 2-byte load at offset 56 (local_ip6[3]): accepted
    r0 = *(u16 *)(r1 + 56)
    r0 = 1
    exit

# test: ctx_ldx_4_56
# note: 4-byte load at offset 56 (local_ip6[3]): accepted
    r0 = *(u32 *)(r1 + 56)
    r0 = 1
    exit

# test: ctx_ldx_8_56
# note: 8-byte load at offset 56 (local_ip6[3]): rejected
    r0 = *(u64 *)(r1 + 56)          # error[ctx-bad-access]: invalid bpf_context access off=56 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_57
# note: 1-byte load at offset 57 (local_ip6[3]+1): accepted
    r0 = *(u8 *)(r1 + 57)
    r0 = 1
    exit

# test: ctx_ldx_2_57
# note: 2-byte load at offset 57 (local_ip6[3]+1): rejected
    r0 = *(u16 *)(r1 + 57)          # error[ctx-bad-access]: invalid bpf_context access off=57 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_57
# note: 4-byte load at offset 57 (local_ip6[3]+1): rejected
    r0 = *(u32 *)(r1 + 57)          # error[ctx-bad-access]: invalid bpf_context access off=57 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_57
# note: 8-byte load at offset 57 (local_ip6[3]+1): rejected
    r0 = *(u64 *)(r1 + 57)          # error[ctx-bad-access]: invalid bpf_context access off=57 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_58
# note: 1-byte load at offset 58 (local_ip6[3]+2): accepted
    r0 = *(u8 *)(r1 + 58)
    r0 = 1
    exit

# test: ctx_ldx_2_58
# note: 2-byte load at offset 58 (local_ip6[3]+2): accepted
    r0 = *(u16 *)(r1 + 58)
    r0 = 1
    exit

# test: ctx_ldx_4_58
# note: 4-byte load at offset 58 (local_ip6[3]+2): rejected
    r0 = *(u32 *)(r1 + 58)          # error[ctx-bad-access]: invalid bpf_context access off=58 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_58
# note: 8-byte load at offset 58 (local_ip6[3]+2): rejected
    r0 = *(u64 *)(r1 + 58)          # error[ctx-bad-access]: invalid bpf_context access off=58 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_59
# note: 1-byte load at offset 59 (local_ip6[3]+3): accepted
    r0 = *(u8 *)(r1 + 59)
    r0 = 1
    exit

# test: ctx_ldx_2_59
# note: 2-byte load at offset 59 (local_ip6[3]+3): rejected
    r0 = *(u16 *)(r1 + 59)          # error[ctx-bad-access]: invalid bpf_context access off=59 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_59
# note: 4-byte load at offset 59 (local_ip6[3]+3): rejected
    r0 = *(u32 *)(r1 + 59)          # error[ctx-bad-access]: invalid bpf_context access off=59 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_59
# note: 8-byte load at offset 59 (local_ip6[3]+3): rejected
    r0 = *(u64 *)(r1 + 59)          # error[ctx-bad-access]: invalid bpf_context access off=59 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_60
# note: 1-byte load at offset 60 (local_port): accepted
    r0 = *(u8 *)(r1 + 60)
    r0 = 1
    exit

# test: ctx_ldx_2_60
# note: 2-byte load at offset 60 (local_port): accepted
    r0 = *(u16 *)(r1 + 60)
    r0 = 1
    exit

# test: ctx_ldx_4_60
# note: 4-byte load at offset 60 (local_port): accepted
    r0 = *(u32 *)(r1 + 60)
    r0 = 1
    exit

# test: ctx_ldx_8_60
# note: 8-byte load at offset 60 (local_port): rejected
    r0 = *(u64 *)(r1 + 60)          # error[ctx-bad-access]: invalid bpf_context access off=60 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_61
# note: 1-byte load at offset 61 (local_port+1): accepted
    r0 = *(u8 *)(r1 + 61)
    r0 = 1
    exit

# test: ctx_ldx_2_61
# note: 2-byte load at offset 61 (local_port+1): rejected
    r0 = *(u16 *)(r1 + 61)          # error[ctx-bad-access]: invalid bpf_context access off=61 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_61
# note: 4-byte load at offset 61 (local_port+1): rejected
    r0 = *(u32 *)(r1 + 61)          # error[ctx-bad-access]: invalid bpf_context access off=61 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_61
# note: 8-byte load at offset 61 (local_port+1): rejected
    r0 = *(u64 *)(r1 + 61)          # error[ctx-bad-access]: invalid bpf_context access off=61 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_62
# note: 1-byte load at offset 62 (local_port+2): accepted
    r0 = *(u8 *)(r1 + 62)
    r0 = 1
    exit

# test: ctx_ldx_2_62
# note: 2-byte load at offset 62 (local_port+2): accepted
    r0 = *(u16 *)(r1 + 62)
    r0 = 1
    exit

# test: ctx_ldx_4_62
# note: 4-byte load at offset 62 (local_port+2): rejected
    r0 = *(u32 *)(r1 + 62)          # error[ctx-bad-access]: invalid bpf_context access off=62 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_62
# note: 8-byte load at offset 62 (local_port+2): rejected
    r0 = *(u64 *)(r1 + 62)          # error[ctx-bad-access]: invalid bpf_context access off=62 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_63
# note: 1-byte load at offset 63 (local_port+3): accepted
    r0 = *(u8 *)(r1 + 63)
    r0 = 1
    exit

# test: ctx_ldx_2_63
# note: 2-byte load at offset 63 (local_port+3): rejected
    r0 = *(u16 *)(r1 + 63)          # error[ctx-bad-access]: invalid bpf_context access off=63 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_63
# note: 4-byte load at offset 63 (local_port+3): rejected
    r0 = *(u32 *)(r1 + 63)          # error[ctx-bad-access]: invalid bpf_context access off=63 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_63
# note: 8-byte load at offset 63 (local_port+3): rejected
    r0 = *(u64 *)(r1 + 63)          # error[ctx-bad-access]: invalid bpf_context access off=63 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_64
# kernel: since 5.16
# note: 1-byte load at offset 64 (ingress_ifindex): accepted
    r0 = *(u8 *)(r1 + 64)
    r0 = 1
    exit

# test: ctx_ldx_2_64
# kernel: since 5.16
# note: 2-byte load at offset 64 (ingress_ifindex): accepted
    r0 = *(u16 *)(r1 + 64)
    r0 = 1
    exit

# test: ctx_ldx_4_64
# kernel: since 5.16
# note: 4-byte load at offset 64 (ingress_ifindex): accepted
    r0 = *(u32 *)(r1 + 64)
    r0 = 1
    exit

# test: ctx_ldx_8_64
# note: 8-byte load at offset 64 (ingress_ifindex): rejected
    r0 = *(u64 *)(r1 + 64)          # error[ctx-bad-access]: invalid bpf_context access off=64 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_65
# kernel: since 5.16
# note: 1-byte load at offset 65 (ingress_ifindex+1): accepted
    r0 = *(u8 *)(r1 + 65)
    r0 = 1
    exit

# test: ctx_ldx_2_65
# note: 2-byte load at offset 65 (ingress_ifindex+1): rejected
    r0 = *(u16 *)(r1 + 65)          # error[ctx-bad-access]: invalid bpf_context access off=65 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_65
# note: 4-byte load at offset 65 (ingress_ifindex+1): rejected
    r0 = *(u32 *)(r1 + 65)          # error[ctx-bad-access]: invalid bpf_context access off=65 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_65
# note: 8-byte load at offset 65 (ingress_ifindex+1): rejected
    r0 = *(u64 *)(r1 + 65)          # error[ctx-bad-access]: invalid bpf_context access off=65 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_66
# kernel: since 5.16
# note: 1-byte load at offset 66 (ingress_ifindex+2): accepted
    r0 = *(u8 *)(r1 + 66)
    r0 = 1
    exit

# test: ctx_ldx_2_66
# kernel: since 5.16
# note: 2-byte load at offset 66 (ingress_ifindex+2): accepted
    r0 = *(u16 *)(r1 + 66)
    r0 = 1
    exit

# test: ctx_ldx_4_66
# note: 4-byte load at offset 66 (ingress_ifindex+2): rejected
    r0 = *(u32 *)(r1 + 66)          # error[ctx-bad-access]: invalid bpf_context access off=66 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_66
# note: 8-byte load at offset 66 (ingress_ifindex+2): rejected
    r0 = *(u64 *)(r1 + 66)          # error[ctx-bad-access]: invalid bpf_context access off=66 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_67
# kernel: since 5.16
# note: 1-byte load at offset 67 (ingress_ifindex+3): accepted
    r0 = *(u8 *)(r1 + 67)
    r0 = 1
    exit

# test: ctx_ldx_2_67
# note: 2-byte load at offset 67 (ingress_ifindex+3): rejected
    r0 = *(u16 *)(r1 + 67)          # error[ctx-bad-access]: invalid bpf_context access off=67 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_67
# note: 4-byte load at offset 67 (ingress_ifindex+3): rejected
    r0 = *(u32 *)(r1 + 67)          # error[ctx-bad-access]: invalid bpf_context access off=67 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_67
# note: 8-byte load at offset 67 (ingress_ifindex+3): rejected
    r0 = *(u64 *)(r1 + 67)          # error[ctx-bad-access]: invalid bpf_context access off=67 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_68
# note: 1-byte load at offset 68 (tail padding): rejected
    r0 = *(u8 *)(r1 + 68)           # error[ctx-bad-access]: invalid bpf_context access off=68 size=1
    r0 = 1
    exit

# test: ctx_ldx_2_68
# note: 2-byte load at offset 68 (tail padding): rejected
    r0 = *(u16 *)(r1 + 68)          # error[ctx-bad-access]: invalid bpf_context access off=68 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_68
# note: 4-byte load at offset 68 (tail padding): rejected
    r0 = *(u32 *)(r1 + 68)          # error[ctx-bad-access]: invalid bpf_context access off=68 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_68
# note: 8-byte load at offset 68 (tail padding): rejected
    r0 = *(u64 *)(r1 + 68)          # error[ctx-bad-access]: invalid bpf_context access off=68 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_69
# note: 1-byte load at offset 69 (tail padding+1): rejected
    r0 = *(u8 *)(r1 + 69)           # error[ctx-bad-access]: invalid bpf_context access off=69 size=1
    r0 = 1
    exit

# test: ctx_ldx_2_69
# note: 2-byte load at offset 69 (tail padding+1): rejected
    r0 = *(u16 *)(r1 + 69)          # error[ctx-bad-access]: invalid bpf_context access off=69 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_69
# note: 4-byte load at offset 69 (tail padding+1): rejected
    r0 = *(u32 *)(r1 + 69)          # error[ctx-bad-access]: invalid bpf_context access off=69 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_69
# note: 8-byte load at offset 69 (tail padding+1): rejected
    r0 = *(u64 *)(r1 + 69)          # error[ctx-bad-access]: invalid bpf_context access off=69 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_70
# note: 1-byte load at offset 70 (tail padding+2): rejected
    r0 = *(u8 *)(r1 + 70)           # error[ctx-bad-access]: invalid bpf_context access off=70 size=1
    r0 = 1
    exit

# test: ctx_ldx_2_70
# note: 2-byte load at offset 70 (tail padding+2): rejected
    r0 = *(u16 *)(r1 + 70)          # error[ctx-bad-access]: invalid bpf_context access off=70 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_70
# note: 4-byte load at offset 70 (tail padding+2): rejected
    r0 = *(u32 *)(r1 + 70)          # error[ctx-bad-access]: invalid bpf_context access off=70 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_70
# note: 8-byte load at offset 70 (tail padding+2): rejected
    r0 = *(u64 *)(r1 + 70)          # error[ctx-bad-access]: invalid bpf_context access off=70 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_71
# note: 1-byte load at offset 71 (tail padding+3): rejected
    r0 = *(u8 *)(r1 + 71)           # error[ctx-bad-access]: invalid bpf_context access off=71 size=1
    r0 = 1
    exit

# test: ctx_ldx_2_71
# note: 2-byte load at offset 71 (tail padding+3): rejected
    r0 = *(u16 *)(r1 + 71)          # error[ctx-bad-access]: invalid bpf_context access off=71 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_71
# note: 4-byte load at offset 71 (tail padding+3): rejected
    r0 = *(u32 *)(r1 + 71)          # error[ctx-bad-access]: invalid bpf_context access off=71 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_71
# note: 8-byte load at offset 71 (tail padding+3): rejected
    r0 = *(u64 *)(r1 + 71)          # error[ctx-bad-access]: invalid bpf_context access off=71 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_72
# note: 1-byte load at offset 72 (past the end): rejected
    r0 = *(u8 *)(r1 + 72)           # error[ctx-bad-access]: invalid bpf_context access off=72 size=1
    r0 = 1
    exit

# test: ctx_ldx_2_72
# note: 2-byte load at offset 72 (past the end): rejected
    r0 = *(u16 *)(r1 + 72)          # error[ctx-bad-access]: invalid bpf_context access off=72 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_72
# note: 4-byte load at offset 72 (past the end): rejected
    r0 = *(u32 *)(r1 + 72)          # error[ctx-bad-access]: invalid bpf_context access off=72 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_72
# note: 8-byte load at offset 72 (past the end): rejected
    r0 = *(u64 *)(r1 + 72)          # error[ctx-bad-access]: invalid bpf_context access off=72 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_73
# note: 1-byte load at offset 73 (past the end+1): rejected
    r0 = *(u8 *)(r1 + 73)           # error[ctx-bad-access]: invalid bpf_context access off=73 size=1
    r0 = 1
    exit

# test: ctx_ldx_2_73
# note: 2-byte load at offset 73 (past the end+1): rejected
    r0 = *(u16 *)(r1 + 73)          # error[ctx-bad-access]: invalid bpf_context access off=73 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_73
# note: 4-byte load at offset 73 (past the end+1): rejected
    r0 = *(u32 *)(r1 + 73)          # error[ctx-bad-access]: invalid bpf_context access off=73 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_73
# note: 8-byte load at offset 73 (past the end+1): rejected
    r0 = *(u64 *)(r1 + 73)          # error[ctx-bad-access]: invalid bpf_context access off=73 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_74
# note: 1-byte load at offset 74 (past the end+2): rejected
    r0 = *(u8 *)(r1 + 74)           # error[ctx-bad-access]: invalid bpf_context access off=74 size=1
    r0 = 1
    exit

# test: ctx_ldx_2_74
# note: 2-byte load at offset 74 (past the end+2): rejected
    r0 = *(u16 *)(r1 + 74)          # error[ctx-bad-access]: invalid bpf_context access off=74 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_74
# note: 4-byte load at offset 74 (past the end+2): rejected
    r0 = *(u32 *)(r1 + 74)          # error[ctx-bad-access]: invalid bpf_context access off=74 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_74
# note: 8-byte load at offset 74 (past the end+2): rejected
    r0 = *(u64 *)(r1 + 74)          # error[ctx-bad-access]: invalid bpf_context access off=74 size=8
    r0 = 1
    exit

# test: ctx_ldx_1_75
# note: 1-byte load at offset 75 (past the end+3): rejected
    r0 = *(u8 *)(r1 + 75)           # error[ctx-bad-access]: invalid bpf_context access off=75 size=1
    r0 = 1
    exit

# test: ctx_ldx_2_75
# note: 2-byte load at offset 75 (past the end+3): rejected
    r0 = *(u16 *)(r1 + 75)          # error[ctx-bad-access]: invalid bpf_context access off=75 size=2
    r0 = 1
    exit

# test: ctx_ldx_4_75
# note: 4-byte load at offset 75 (past the end+3): rejected
    r0 = *(u32 *)(r1 + 75)          # error[ctx-bad-access]: invalid bpf_context access off=75 size=4
    r0 = 1
    exit

# test: ctx_ldx_8_75
# note: 8-byte load at offset 75 (past the end+3): rejected
    r0 = *(u64 *)(r1 + 75)          # error[ctx-bad-access]: invalid bpf_context access off=75 size=8
    r0 = 1
    exit
