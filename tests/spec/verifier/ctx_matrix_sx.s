# Every sign-extending context load (BPF_MEMSX, cpu v4) at offsets -4..75 with sizes 1, 2
# and 4: accepted on exactly the (offset, size) set of plain loads (sk_lookup-context.md
# §3.3); there is no 8-byte MEMSX. MEMSX exists since 6.6. One case per pair, named
# ctx_ldsx_<size>_<offset>. Generated from the §3.1 table, confirmed by tests/corpus_kernel.rs.

# test: ctx_ldsx_1_m4
# kernel: since 6.6
# note: 1-byte sign-extending load at offset -4 (before the start): rejected
    r0 = *(s8 *)(r1 - 4)            # error[ctx-bad-access]: invalid bpf_context access off=-4 size=1
    r0 = 1
    exit

# test: ctx_ldsx_2_m4
# kernel: since 6.6
# note: 2-byte sign-extending load at offset -4 (before the start): rejected
    r0 = *(s16 *)(r1 - 4)           # error[ctx-bad-access]: invalid bpf_context access off=-4 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_m4
# kernel: since 6.6
# note: 4-byte sign-extending load at offset -4 (before the start): rejected
    r0 = *(s32 *)(r1 - 4)           # error[ctx-bad-access]: invalid bpf_context access off=-4 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_m3
# kernel: since 6.6
# note: 1-byte sign-extending load at offset -3 (before the start): rejected
    r0 = *(s8 *)(r1 - 3)            # error[ctx-bad-access]: invalid bpf_context access off=-3 size=1
    r0 = 1
    exit

# test: ctx_ldsx_2_m3
# kernel: since 6.6
# note: 2-byte sign-extending load at offset -3 (before the start): rejected
    r0 = *(s16 *)(r1 - 3)           # error[ctx-bad-access]: invalid bpf_context access off=-3 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_m3
# kernel: since 6.6
# note: 4-byte sign-extending load at offset -3 (before the start): rejected
    r0 = *(s32 *)(r1 - 3)           # error[ctx-bad-access]: invalid bpf_context access off=-3 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_m2
# kernel: since 6.6
# note: 1-byte sign-extending load at offset -2 (before the start): rejected
    r0 = *(s8 *)(r1 - 2)            # error[ctx-bad-access]: invalid bpf_context access off=-2 size=1
    r0 = 1
    exit

# test: ctx_ldsx_2_m2
# kernel: since 6.6
# note: 2-byte sign-extending load at offset -2 (before the start): rejected
    r0 = *(s16 *)(r1 - 2)           # error[ctx-bad-access]: invalid bpf_context access off=-2 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_m2
# kernel: since 6.6
# note: 4-byte sign-extending load at offset -2 (before the start): rejected
    r0 = *(s32 *)(r1 - 2)           # error[ctx-bad-access]: invalid bpf_context access off=-2 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_m1
# kernel: since 6.6
# note: 1-byte sign-extending load at offset -1 (before the start): rejected
    r0 = *(s8 *)(r1 - 1)            # error[ctx-bad-access]: invalid bpf_context access off=-1 size=1
    r0 = 1
    exit

# test: ctx_ldsx_2_m1
# kernel: since 6.6
# note: 2-byte sign-extending load at offset -1 (before the start): rejected
    r0 = *(s16 *)(r1 - 1)           # error[ctx-bad-access]: invalid bpf_context access off=-1 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_m1
# kernel: since 6.6
# note: 4-byte sign-extending load at offset -1 (before the start): rejected
    r0 = *(s32 *)(r1 - 1)           # error[ctx-bad-access]: invalid bpf_context access off=-1 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_0
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 0 (sk): rejected
    r0 = *(s8 *)(r1 + 0)            # error[ctx-bad-access]: invalid bpf_context access off=0 size=1
    r0 = 1
    exit

# test: ctx_ldsx_2_0
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 0 (sk): rejected
    r0 = *(s16 *)(r1 + 0)           # error[ctx-bad-access]: invalid bpf_context access off=0 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_0
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 0 (sk): rejected
    r0 = *(s32 *)(r1 + 0)           # error[ctx-bad-access]: invalid bpf_context access off=0 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_1
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 1 (sk+1): rejected
    r0 = *(s8 *)(r1 + 1)            # error[ctx-bad-access]: invalid bpf_context access off=1 size=1
    r0 = 1
    exit

# test: ctx_ldsx_2_1
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 1 (sk+1): rejected
    r0 = *(s16 *)(r1 + 1)           # error[ctx-bad-access]: invalid bpf_context access off=1 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_1
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 1 (sk+1): rejected
    r0 = *(s32 *)(r1 + 1)           # error[ctx-bad-access]: invalid bpf_context access off=1 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_2
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 2 (sk+2): rejected
    r0 = *(s8 *)(r1 + 2)            # error[ctx-bad-access]: invalid bpf_context access off=2 size=1
    r0 = 1
    exit

# test: ctx_ldsx_2_2
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 2 (sk+2): rejected
    r0 = *(s16 *)(r1 + 2)           # error[ctx-bad-access]: invalid bpf_context access off=2 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_2
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 2 (sk+2): rejected
    r0 = *(s32 *)(r1 + 2)           # error[ctx-bad-access]: invalid bpf_context access off=2 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_3
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 3 (sk+3): rejected
    r0 = *(s8 *)(r1 + 3)            # error[ctx-bad-access]: invalid bpf_context access off=3 size=1
    r0 = 1
    exit

# test: ctx_ldsx_2_3
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 3 (sk+3): rejected
    r0 = *(s16 *)(r1 + 3)           # error[ctx-bad-access]: invalid bpf_context access off=3 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_3
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 3 (sk+3): rejected
    r0 = *(s32 *)(r1 + 3)           # error[ctx-bad-access]: invalid bpf_context access off=3 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_4
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 4 (sk+4): rejected
    r0 = *(s8 *)(r1 + 4)            # error[ctx-bad-access]: invalid bpf_context access off=4 size=1
    r0 = 1
    exit

# test: ctx_ldsx_2_4
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 4 (sk+4): rejected
    r0 = *(s16 *)(r1 + 4)           # error[ctx-bad-access]: invalid bpf_context access off=4 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_4
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 4 (sk+4): rejected
    r0 = *(s32 *)(r1 + 4)           # error[ctx-bad-access]: invalid bpf_context access off=4 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_5
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 5 (sk+5): rejected
    r0 = *(s8 *)(r1 + 5)            # error[ctx-bad-access]: invalid bpf_context access off=5 size=1
    r0 = 1
    exit

# test: ctx_ldsx_2_5
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 5 (sk+5): rejected
    r0 = *(s16 *)(r1 + 5)           # error[ctx-bad-access]: invalid bpf_context access off=5 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_5
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 5 (sk+5): rejected
    r0 = *(s32 *)(r1 + 5)           # error[ctx-bad-access]: invalid bpf_context access off=5 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_6
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 6 (sk+6): rejected
    r0 = *(s8 *)(r1 + 6)            # error[ctx-bad-access]: invalid bpf_context access off=6 size=1
    r0 = 1
    exit

# test: ctx_ldsx_2_6
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 6 (sk+6): rejected
    r0 = *(s16 *)(r1 + 6)           # error[ctx-bad-access]: invalid bpf_context access off=6 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_6
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 6 (sk+6): rejected
    r0 = *(s32 *)(r1 + 6)           # error[ctx-bad-access]: invalid bpf_context access off=6 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_7
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 7 (sk+7): rejected
    r0 = *(s8 *)(r1 + 7)            # error[ctx-bad-access]: invalid bpf_context access off=7 size=1
    r0 = 1
    exit

# test: ctx_ldsx_2_7
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 7 (sk+7): rejected
    r0 = *(s16 *)(r1 + 7)           # error[ctx-bad-access]: invalid bpf_context access off=7 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_7
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 7 (sk+7): rejected
    r0 = *(s32 *)(r1 + 7)           # error[ctx-bad-access]: invalid bpf_context access off=7 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_8
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 8 (family): accepted
    r0 = *(s8 *)(r1 + 8)
    r0 = 1
    exit

# test: ctx_ldsx_2_8
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 8 (family): accepted
    r0 = *(s16 *)(r1 + 8)
    r0 = 1
    exit

# test: ctx_ldsx_4_8
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 8 (family): accepted
    r0 = *(s32 *)(r1 + 8)
    r0 = 1
    exit

# test: ctx_ldsx_1_9
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 9 (family+1): accepted
    r0 = *(s8 *)(r1 + 9)
    r0 = 1
    exit

# test: ctx_ldsx_2_9
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 9 (family+1): rejected
    r0 = *(s16 *)(r1 + 9)           # error[ctx-bad-access]: invalid bpf_context access off=9 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_9
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 9 (family+1): rejected
    r0 = *(s32 *)(r1 + 9)           # error[ctx-bad-access]: invalid bpf_context access off=9 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_10
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 10 (family+2): accepted
    r0 = *(s8 *)(r1 + 10)
    r0 = 1
    exit

# test: ctx_ldsx_2_10
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 10 (family+2): accepted
    r0 = *(s16 *)(r1 + 10)
    r0 = 1
    exit

# test: ctx_ldsx_4_10
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 10 (family+2): rejected
    r0 = *(s32 *)(r1 + 10)          # error[ctx-bad-access]: invalid bpf_context access off=10 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_11
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 11 (family+3): accepted
    r0 = *(s8 *)(r1 + 11)
    r0 = 1
    exit

# test: ctx_ldsx_2_11
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 11 (family+3): rejected
    r0 = *(s16 *)(r1 + 11)          # error[ctx-bad-access]: invalid bpf_context access off=11 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_11
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 11 (family+3): rejected
    r0 = *(s32 *)(r1 + 11)          # error[ctx-bad-access]: invalid bpf_context access off=11 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_12
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 12 (protocol): accepted
    r0 = *(s8 *)(r1 + 12)
    r0 = 1
    exit

# test: ctx_ldsx_2_12
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 12 (protocol): accepted
    r0 = *(s16 *)(r1 + 12)
    r0 = 1
    exit

# test: ctx_ldsx_4_12
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 12 (protocol): accepted
    r0 = *(s32 *)(r1 + 12)
    r0 = 1
    exit

# test: ctx_ldsx_1_13
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 13 (protocol+1): accepted
    r0 = *(s8 *)(r1 + 13)
    r0 = 1
    exit

# test: ctx_ldsx_2_13
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 13 (protocol+1): rejected
    r0 = *(s16 *)(r1 + 13)          # error[ctx-bad-access]: invalid bpf_context access off=13 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_13
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 13 (protocol+1): rejected
    r0 = *(s32 *)(r1 + 13)          # error[ctx-bad-access]: invalid bpf_context access off=13 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_14
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 14 (protocol+2): accepted
    r0 = *(s8 *)(r1 + 14)
    r0 = 1
    exit

# test: ctx_ldsx_2_14
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 14 (protocol+2): accepted
    r0 = *(s16 *)(r1 + 14)
    r0 = 1
    exit

# test: ctx_ldsx_4_14
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 14 (protocol+2): rejected
    r0 = *(s32 *)(r1 + 14)          # error[ctx-bad-access]: invalid bpf_context access off=14 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_15
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 15 (protocol+3): accepted
    r0 = *(s8 *)(r1 + 15)
    r0 = 1
    exit

# test: ctx_ldsx_2_15
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 15 (protocol+3): rejected
    r0 = *(s16 *)(r1 + 15)          # error[ctx-bad-access]: invalid bpf_context access off=15 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_15
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 15 (protocol+3): rejected
    r0 = *(s32 *)(r1 + 15)          # error[ctx-bad-access]: invalid bpf_context access off=15 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_16
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 16 (remote_ip4): accepted
    r0 = *(s8 *)(r1 + 16)
    r0 = 1
    exit

# test: ctx_ldsx_2_16
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 16 (remote_ip4): accepted
    r0 = *(s16 *)(r1 + 16)
    r0 = 1
    exit

# test: ctx_ldsx_4_16
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 16 (remote_ip4): accepted
    r0 = *(s32 *)(r1 + 16)
    r0 = 1
    exit

# test: ctx_ldsx_1_17
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 17 (remote_ip4+1): accepted
    r0 = *(s8 *)(r1 + 17)
    r0 = 1
    exit

# test: ctx_ldsx_2_17
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 17 (remote_ip4+1): rejected
    r0 = *(s16 *)(r1 + 17)          # error[ctx-bad-access]: invalid bpf_context access off=17 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_17
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 17 (remote_ip4+1): rejected
    r0 = *(s32 *)(r1 + 17)          # error[ctx-bad-access]: invalid bpf_context access off=17 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_18
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 18 (remote_ip4+2): accepted
    r0 = *(s8 *)(r1 + 18)
    r0 = 1
    exit

# test: ctx_ldsx_2_18
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 18 (remote_ip4+2): accepted
    r0 = *(s16 *)(r1 + 18)
    r0 = 1
    exit

# test: ctx_ldsx_4_18
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 18 (remote_ip4+2): rejected
    r0 = *(s32 *)(r1 + 18)          # error[ctx-bad-access]: invalid bpf_context access off=18 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_19
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 19 (remote_ip4+3): accepted
    r0 = *(s8 *)(r1 + 19)
    r0 = 1
    exit

# test: ctx_ldsx_2_19
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 19 (remote_ip4+3): rejected
    r0 = *(s16 *)(r1 + 19)          # error[ctx-bad-access]: invalid bpf_context access off=19 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_19
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 19 (remote_ip4+3): rejected
    r0 = *(s32 *)(r1 + 19)          # error[ctx-bad-access]: invalid bpf_context access off=19 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_20
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 20 (remote_ip6[0]): accepted
    r0 = *(s8 *)(r1 + 20)
    r0 = 1
    exit

# test: ctx_ldsx_2_20
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 20 (remote_ip6[0]): accepted
    r0 = *(s16 *)(r1 + 20)
    r0 = 1
    exit

# test: ctx_ldsx_4_20
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 20 (remote_ip6[0]): accepted
    r0 = *(s32 *)(r1 + 20)
    r0 = 1
    exit

# test: ctx_ldsx_1_21
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 21 (remote_ip6[0]+1): accepted
    r0 = *(s8 *)(r1 + 21)
    r0 = 1
    exit

# test: ctx_ldsx_2_21
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 21 (remote_ip6[0]+1): rejected
    r0 = *(s16 *)(r1 + 21)          # error[ctx-bad-access]: invalid bpf_context access off=21 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_21
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 21 (remote_ip6[0]+1): rejected
    r0 = *(s32 *)(r1 + 21)          # error[ctx-bad-access]: invalid bpf_context access off=21 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_22
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 22 (remote_ip6[0]+2): accepted
    r0 = *(s8 *)(r1 + 22)
    r0 = 1
    exit

# test: ctx_ldsx_2_22
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 22 (remote_ip6[0]+2): accepted
    r0 = *(s16 *)(r1 + 22)
    r0 = 1
    exit

# test: ctx_ldsx_4_22
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 22 (remote_ip6[0]+2): rejected
    r0 = *(s32 *)(r1 + 22)          # error[ctx-bad-access]: invalid bpf_context access off=22 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_23
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 23 (remote_ip6[0]+3): accepted
    r0 = *(s8 *)(r1 + 23)
    r0 = 1
    exit

# test: ctx_ldsx_2_23
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 23 (remote_ip6[0]+3): rejected
    r0 = *(s16 *)(r1 + 23)          # error[ctx-bad-access]: invalid bpf_context access off=23 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_23
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 23 (remote_ip6[0]+3): rejected
    r0 = *(s32 *)(r1 + 23)          # error[ctx-bad-access]: invalid bpf_context access off=23 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_24
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 24 (remote_ip6[1]): accepted
    r0 = *(s8 *)(r1 + 24)
    r0 = 1
    exit

# test: ctx_ldsx_2_24
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 24 (remote_ip6[1]): accepted
    r0 = *(s16 *)(r1 + 24)
    r0 = 1
    exit

# test: ctx_ldsx_4_24
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 24 (remote_ip6[1]): accepted
    r0 = *(s32 *)(r1 + 24)
    r0 = 1
    exit

# test: ctx_ldsx_1_25
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 25 (remote_ip6[1]+1): accepted
    r0 = *(s8 *)(r1 + 25)
    r0 = 1
    exit

# test: ctx_ldsx_2_25
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 25 (remote_ip6[1]+1): rejected
    r0 = *(s16 *)(r1 + 25)          # error[ctx-bad-access]: invalid bpf_context access off=25 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_25
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 25 (remote_ip6[1]+1): rejected
    r0 = *(s32 *)(r1 + 25)          # error[ctx-bad-access]: invalid bpf_context access off=25 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_26
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 26 (remote_ip6[1]+2): accepted
    r0 = *(s8 *)(r1 + 26)
    r0 = 1
    exit

# test: ctx_ldsx_2_26
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 26 (remote_ip6[1]+2): accepted
    r0 = *(s16 *)(r1 + 26)
    r0 = 1
    exit

# test: ctx_ldsx_4_26
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 26 (remote_ip6[1]+2): rejected
    r0 = *(s32 *)(r1 + 26)          # error[ctx-bad-access]: invalid bpf_context access off=26 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_27
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 27 (remote_ip6[1]+3): accepted
    r0 = *(s8 *)(r1 + 27)
    r0 = 1
    exit

# test: ctx_ldsx_2_27
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 27 (remote_ip6[1]+3): rejected
    r0 = *(s16 *)(r1 + 27)          # error[ctx-bad-access]: invalid bpf_context access off=27 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_27
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 27 (remote_ip6[1]+3): rejected
    r0 = *(s32 *)(r1 + 27)          # error[ctx-bad-access]: invalid bpf_context access off=27 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_28
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 28 (remote_ip6[2]): accepted
    r0 = *(s8 *)(r1 + 28)
    r0 = 1
    exit

# test: ctx_ldsx_2_28
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 28 (remote_ip6[2]): accepted
    r0 = *(s16 *)(r1 + 28)
    r0 = 1
    exit

# test: ctx_ldsx_4_28
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 28 (remote_ip6[2]): accepted
    r0 = *(s32 *)(r1 + 28)
    r0 = 1
    exit

# test: ctx_ldsx_1_29
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 29 (remote_ip6[2]+1): accepted
    r0 = *(s8 *)(r1 + 29)
    r0 = 1
    exit

# test: ctx_ldsx_2_29
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 29 (remote_ip6[2]+1): rejected
    r0 = *(s16 *)(r1 + 29)          # error[ctx-bad-access]: invalid bpf_context access off=29 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_29
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 29 (remote_ip6[2]+1): rejected
    r0 = *(s32 *)(r1 + 29)          # error[ctx-bad-access]: invalid bpf_context access off=29 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_30
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 30 (remote_ip6[2]+2): accepted
    r0 = *(s8 *)(r1 + 30)
    r0 = 1
    exit

# test: ctx_ldsx_2_30
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 30 (remote_ip6[2]+2): accepted
    r0 = *(s16 *)(r1 + 30)
    r0 = 1
    exit

# test: ctx_ldsx_4_30
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 30 (remote_ip6[2]+2): rejected
    r0 = *(s32 *)(r1 + 30)          # error[ctx-bad-access]: invalid bpf_context access off=30 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_31
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 31 (remote_ip6[2]+3): accepted
    r0 = *(s8 *)(r1 + 31)
    r0 = 1
    exit

# test: ctx_ldsx_2_31
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 31 (remote_ip6[2]+3): rejected
    r0 = *(s16 *)(r1 + 31)          # error[ctx-bad-access]: invalid bpf_context access off=31 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_31
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 31 (remote_ip6[2]+3): rejected
    r0 = *(s32 *)(r1 + 31)          # error[ctx-bad-access]: invalid bpf_context access off=31 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_32
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 32 (remote_ip6[3]): accepted
    r0 = *(s8 *)(r1 + 32)
    r0 = 1
    exit

# test: ctx_ldsx_2_32
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 32 (remote_ip6[3]): accepted
    r0 = *(s16 *)(r1 + 32)
    r0 = 1
    exit

# test: ctx_ldsx_4_32
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 32 (remote_ip6[3]): accepted
    r0 = *(s32 *)(r1 + 32)
    r0 = 1
    exit

# test: ctx_ldsx_1_33
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 33 (remote_ip6[3]+1): accepted
    r0 = *(s8 *)(r1 + 33)
    r0 = 1
    exit

# test: ctx_ldsx_2_33
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 33 (remote_ip6[3]+1): rejected
    r0 = *(s16 *)(r1 + 33)          # error[ctx-bad-access]: invalid bpf_context access off=33 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_33
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 33 (remote_ip6[3]+1): rejected
    r0 = *(s32 *)(r1 + 33)          # error[ctx-bad-access]: invalid bpf_context access off=33 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_34
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 34 (remote_ip6[3]+2): accepted
    r0 = *(s8 *)(r1 + 34)
    r0 = 1
    exit

# test: ctx_ldsx_2_34
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 34 (remote_ip6[3]+2): accepted
    r0 = *(s16 *)(r1 + 34)
    r0 = 1
    exit

# test: ctx_ldsx_4_34
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 34 (remote_ip6[3]+2): rejected
    r0 = *(s32 *)(r1 + 34)          # error[ctx-bad-access]: invalid bpf_context access off=34 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_35
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 35 (remote_ip6[3]+3): accepted
    r0 = *(s8 *)(r1 + 35)
    r0 = 1
    exit

# test: ctx_ldsx_2_35
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 35 (remote_ip6[3]+3): rejected
    r0 = *(s16 *)(r1 + 35)          # error[ctx-bad-access]: invalid bpf_context access off=35 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_35
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 35 (remote_ip6[3]+3): rejected
    r0 = *(s32 *)(r1 + 35)          # error[ctx-bad-access]: invalid bpf_context access off=35 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_36
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 36 (remote_port): accepted
    r0 = *(s8 *)(r1 + 36)
    r0 = 1
    exit

# test: ctx_ldsx_2_36
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 36 (remote_port): accepted
    r0 = *(s16 *)(r1 + 36)
    r0 = 1
    exit

# test: ctx_ldsx_4_36
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 36 (remote_port): accepted
    r0 = *(s32 *)(r1 + 36)
    r0 = 1
    exit

# test: ctx_ldsx_1_37
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 37 (remote_port+1): accepted
    r0 = *(s8 *)(r1 + 37)
    r0 = 1
    exit

# test: ctx_ldsx_2_37
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 37 (remote_port+1): rejected
    r0 = *(s16 *)(r1 + 37)          # error[ctx-bad-access]: invalid bpf_context access off=37 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_37
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 37 (remote_port+1): rejected
    r0 = *(s32 *)(r1 + 37)          # error[ctx-bad-access]: invalid bpf_context access off=37 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_38
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 38 (padding after remote_port): accepted
    r0 = *(s8 *)(r1 + 38)
    r0 = 1
    exit

# test: ctx_ldsx_2_38
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 38 (padding after remote_port): accepted
    r0 = *(s16 *)(r1 + 38)
    r0 = 1
    exit

# test: ctx_ldsx_4_38
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 38 (padding after remote_port): rejected
    r0 = *(s32 *)(r1 + 38)          # error[ctx-bad-access]: invalid bpf_context access off=38 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_39
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 39 (padding after remote_port+1): accepted
    r0 = *(s8 *)(r1 + 39)
    r0 = 1
    exit

# test: ctx_ldsx_2_39
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 39 (padding after remote_port+1): rejected
    r0 = *(s16 *)(r1 + 39)          # error[ctx-bad-access]: invalid bpf_context access off=39 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_39
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 39 (padding after remote_port+1): rejected
    r0 = *(s32 *)(r1 + 39)          # error[ctx-bad-access]: invalid bpf_context access off=39 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_40
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 40 (local_ip4): accepted
    r0 = *(s8 *)(r1 + 40)
    r0 = 1
    exit

# test: ctx_ldsx_2_40
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 40 (local_ip4): accepted
    r0 = *(s16 *)(r1 + 40)
    r0 = 1
    exit

# test: ctx_ldsx_4_40
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 40 (local_ip4): accepted
    r0 = *(s32 *)(r1 + 40)
    r0 = 1
    exit

# test: ctx_ldsx_1_41
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 41 (local_ip4+1): accepted
    r0 = *(s8 *)(r1 + 41)
    r0 = 1
    exit

# test: ctx_ldsx_2_41
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 41 (local_ip4+1): rejected
    r0 = *(s16 *)(r1 + 41)          # error[ctx-bad-access]: invalid bpf_context access off=41 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_41
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 41 (local_ip4+1): rejected
    r0 = *(s32 *)(r1 + 41)          # error[ctx-bad-access]: invalid bpf_context access off=41 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_42
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 42 (local_ip4+2): accepted
    r0 = *(s8 *)(r1 + 42)
    r0 = 1
    exit

# test: ctx_ldsx_2_42
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 42 (local_ip4+2): accepted
    r0 = *(s16 *)(r1 + 42)
    r0 = 1
    exit

# test: ctx_ldsx_4_42
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 42 (local_ip4+2): rejected
    r0 = *(s32 *)(r1 + 42)          # error[ctx-bad-access]: invalid bpf_context access off=42 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_43
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 43 (local_ip4+3): accepted
    r0 = *(s8 *)(r1 + 43)
    r0 = 1
    exit

# test: ctx_ldsx_2_43
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 43 (local_ip4+3): rejected
    r0 = *(s16 *)(r1 + 43)          # error[ctx-bad-access]: invalid bpf_context access off=43 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_43
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 43 (local_ip4+3): rejected
    r0 = *(s32 *)(r1 + 43)          # error[ctx-bad-access]: invalid bpf_context access off=43 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_44
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 44 (local_ip6[0]): accepted
    r0 = *(s8 *)(r1 + 44)
    r0 = 1
    exit

# test: ctx_ldsx_2_44
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 44 (local_ip6[0]): accepted
    r0 = *(s16 *)(r1 + 44)
    r0 = 1
    exit

# test: ctx_ldsx_4_44
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 44 (local_ip6[0]): accepted
    r0 = *(s32 *)(r1 + 44)
    r0 = 1
    exit

# test: ctx_ldsx_1_45
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 45 (local_ip6[0]+1): accepted
    r0 = *(s8 *)(r1 + 45)
    r0 = 1
    exit

# test: ctx_ldsx_2_45
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 45 (local_ip6[0]+1): rejected
    r0 = *(s16 *)(r1 + 45)          # error[ctx-bad-access]: invalid bpf_context access off=45 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_45
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 45 (local_ip6[0]+1): rejected
    r0 = *(s32 *)(r1 + 45)          # error[ctx-bad-access]: invalid bpf_context access off=45 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_46
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 46 (local_ip6[0]+2): accepted
    r0 = *(s8 *)(r1 + 46)
    r0 = 1
    exit

# test: ctx_ldsx_2_46
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 46 (local_ip6[0]+2): accepted
    r0 = *(s16 *)(r1 + 46)
    r0 = 1
    exit

# test: ctx_ldsx_4_46
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 46 (local_ip6[0]+2): rejected
    r0 = *(s32 *)(r1 + 46)          # error[ctx-bad-access]: invalid bpf_context access off=46 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_47
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 47 (local_ip6[0]+3): accepted
    r0 = *(s8 *)(r1 + 47)
    r0 = 1
    exit

# test: ctx_ldsx_2_47
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 47 (local_ip6[0]+3): rejected
    r0 = *(s16 *)(r1 + 47)          # error[ctx-bad-access]: invalid bpf_context access off=47 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_47
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 47 (local_ip6[0]+3): rejected
    r0 = *(s32 *)(r1 + 47)          # error[ctx-bad-access]: invalid bpf_context access off=47 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_48
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 48 (local_ip6[1]): accepted
    r0 = *(s8 *)(r1 + 48)
    r0 = 1
    exit

# test: ctx_ldsx_2_48
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 48 (local_ip6[1]): accepted
    r0 = *(s16 *)(r1 + 48)
    r0 = 1
    exit

# test: ctx_ldsx_4_48
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 48 (local_ip6[1]): accepted
    r0 = *(s32 *)(r1 + 48)
    r0 = 1
    exit

# test: ctx_ldsx_1_49
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 49 (local_ip6[1]+1): accepted
    r0 = *(s8 *)(r1 + 49)
    r0 = 1
    exit

# test: ctx_ldsx_2_49
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 49 (local_ip6[1]+1): rejected
    r0 = *(s16 *)(r1 + 49)          # error[ctx-bad-access]: invalid bpf_context access off=49 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_49
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 49 (local_ip6[1]+1): rejected
    r0 = *(s32 *)(r1 + 49)          # error[ctx-bad-access]: invalid bpf_context access off=49 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_50
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 50 (local_ip6[1]+2): accepted
    r0 = *(s8 *)(r1 + 50)
    r0 = 1
    exit

# test: ctx_ldsx_2_50
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 50 (local_ip6[1]+2): accepted
    r0 = *(s16 *)(r1 + 50)
    r0 = 1
    exit

# test: ctx_ldsx_4_50
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 50 (local_ip6[1]+2): rejected
    r0 = *(s32 *)(r1 + 50)          # error[ctx-bad-access]: invalid bpf_context access off=50 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_51
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 51 (local_ip6[1]+3): accepted
    r0 = *(s8 *)(r1 + 51)
    r0 = 1
    exit

# test: ctx_ldsx_2_51
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 51 (local_ip6[1]+3): rejected
    r0 = *(s16 *)(r1 + 51)          # error[ctx-bad-access]: invalid bpf_context access off=51 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_51
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 51 (local_ip6[1]+3): rejected
    r0 = *(s32 *)(r1 + 51)          # error[ctx-bad-access]: invalid bpf_context access off=51 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_52
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 52 (local_ip6[2]): accepted
    r0 = *(s8 *)(r1 + 52)
    r0 = 1
    exit

# test: ctx_ldsx_2_52
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 52 (local_ip6[2]): accepted
    r0 = *(s16 *)(r1 + 52)
    r0 = 1
    exit

# test: ctx_ldsx_4_52
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 52 (local_ip6[2]): accepted
    r0 = *(s32 *)(r1 + 52)
    r0 = 1
    exit

# test: ctx_ldsx_1_53
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 53 (local_ip6[2]+1): accepted
    r0 = *(s8 *)(r1 + 53)
    r0 = 1
    exit

# test: ctx_ldsx_2_53
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 53 (local_ip6[2]+1): rejected
    r0 = *(s16 *)(r1 + 53)          # error[ctx-bad-access]: invalid bpf_context access off=53 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_53
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 53 (local_ip6[2]+1): rejected
    r0 = *(s32 *)(r1 + 53)          # error[ctx-bad-access]: invalid bpf_context access off=53 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_54
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 54 (local_ip6[2]+2): accepted
    r0 = *(s8 *)(r1 + 54)
    r0 = 1
    exit

# test: ctx_ldsx_2_54
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 54 (local_ip6[2]+2): accepted
    r0 = *(s16 *)(r1 + 54)
    r0 = 1
    exit

# test: ctx_ldsx_4_54
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 54 (local_ip6[2]+2): rejected
    r0 = *(s32 *)(r1 + 54)          # error[ctx-bad-access]: invalid bpf_context access off=54 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_55
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 55 (local_ip6[2]+3): accepted
    r0 = *(s8 *)(r1 + 55)
    r0 = 1
    exit

# test: ctx_ldsx_2_55
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 55 (local_ip6[2]+3): rejected
    r0 = *(s16 *)(r1 + 55)          # error[ctx-bad-access]: invalid bpf_context access off=55 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_55
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 55 (local_ip6[2]+3): rejected
    r0 = *(s32 *)(r1 + 55)          # error[ctx-bad-access]: invalid bpf_context access off=55 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_56
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 56 (local_ip6[3]): accepted
    r0 = *(s8 *)(r1 + 56)
    r0 = 1
    exit

# test: ctx_ldsx_2_56
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 56 (local_ip6[3]): accepted
    r0 = *(s16 *)(r1 + 56)
    r0 = 1
    exit

# test: ctx_ldsx_4_56
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 56 (local_ip6[3]): accepted
    r0 = *(s32 *)(r1 + 56)
    r0 = 1
    exit

# test: ctx_ldsx_1_57
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 57 (local_ip6[3]+1): accepted
    r0 = *(s8 *)(r1 + 57)
    r0 = 1
    exit

# test: ctx_ldsx_2_57
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 57 (local_ip6[3]+1): rejected
    r0 = *(s16 *)(r1 + 57)          # error[ctx-bad-access]: invalid bpf_context access off=57 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_57
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 57 (local_ip6[3]+1): rejected
    r0 = *(s32 *)(r1 + 57)          # error[ctx-bad-access]: invalid bpf_context access off=57 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_58
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 58 (local_ip6[3]+2): accepted
    r0 = *(s8 *)(r1 + 58)
    r0 = 1
    exit

# test: ctx_ldsx_2_58
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 58 (local_ip6[3]+2): accepted
    r0 = *(s16 *)(r1 + 58)
    r0 = 1
    exit

# test: ctx_ldsx_4_58
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 58 (local_ip6[3]+2): rejected
    r0 = *(s32 *)(r1 + 58)          # error[ctx-bad-access]: invalid bpf_context access off=58 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_59
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 59 (local_ip6[3]+3): accepted
    r0 = *(s8 *)(r1 + 59)
    r0 = 1
    exit

# test: ctx_ldsx_2_59
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 59 (local_ip6[3]+3): rejected
    r0 = *(s16 *)(r1 + 59)          # error[ctx-bad-access]: invalid bpf_context access off=59 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_59
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 59 (local_ip6[3]+3): rejected
    r0 = *(s32 *)(r1 + 59)          # error[ctx-bad-access]: invalid bpf_context access off=59 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_60
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 60 (local_port): accepted
    r0 = *(s8 *)(r1 + 60)
    r0 = 1
    exit

# test: ctx_ldsx_2_60
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 60 (local_port): accepted
    r0 = *(s16 *)(r1 + 60)
    r0 = 1
    exit

# test: ctx_ldsx_4_60
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 60 (local_port): accepted
    r0 = *(s32 *)(r1 + 60)
    r0 = 1
    exit

# test: ctx_ldsx_1_61
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 61 (local_port+1): accepted
    r0 = *(s8 *)(r1 + 61)
    r0 = 1
    exit

# test: ctx_ldsx_2_61
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 61 (local_port+1): rejected
    r0 = *(s16 *)(r1 + 61)          # error[ctx-bad-access]: invalid bpf_context access off=61 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_61
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 61 (local_port+1): rejected
    r0 = *(s32 *)(r1 + 61)          # error[ctx-bad-access]: invalid bpf_context access off=61 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_62
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 62 (local_port+2): accepted
    r0 = *(s8 *)(r1 + 62)
    r0 = 1
    exit

# test: ctx_ldsx_2_62
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 62 (local_port+2): accepted
    r0 = *(s16 *)(r1 + 62)
    r0 = 1
    exit

# test: ctx_ldsx_4_62
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 62 (local_port+2): rejected
    r0 = *(s32 *)(r1 + 62)          # error[ctx-bad-access]: invalid bpf_context access off=62 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_63
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 63 (local_port+3): accepted
    r0 = *(s8 *)(r1 + 63)
    r0 = 1
    exit

# test: ctx_ldsx_2_63
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 63 (local_port+3): rejected
    r0 = *(s16 *)(r1 + 63)          # error[ctx-bad-access]: invalid bpf_context access off=63 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_63
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 63 (local_port+3): rejected
    r0 = *(s32 *)(r1 + 63)          # error[ctx-bad-access]: invalid bpf_context access off=63 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_64
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 64 (ingress_ifindex): accepted
    r0 = *(s8 *)(r1 + 64)
    r0 = 1
    exit

# test: ctx_ldsx_2_64
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 64 (ingress_ifindex): accepted
    r0 = *(s16 *)(r1 + 64)
    r0 = 1
    exit

# test: ctx_ldsx_4_64
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 64 (ingress_ifindex): accepted
    r0 = *(s32 *)(r1 + 64)
    r0 = 1
    exit

# test: ctx_ldsx_1_65
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 65 (ingress_ifindex+1): accepted
    r0 = *(s8 *)(r1 + 65)
    r0 = 1
    exit

# test: ctx_ldsx_2_65
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 65 (ingress_ifindex+1): rejected
    r0 = *(s16 *)(r1 + 65)          # error[ctx-bad-access]: invalid bpf_context access off=65 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_65
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 65 (ingress_ifindex+1): rejected
    r0 = *(s32 *)(r1 + 65)          # error[ctx-bad-access]: invalid bpf_context access off=65 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_66
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 66 (ingress_ifindex+2): accepted
    r0 = *(s8 *)(r1 + 66)
    r0 = 1
    exit

# test: ctx_ldsx_2_66
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 66 (ingress_ifindex+2): accepted
    r0 = *(s16 *)(r1 + 66)
    r0 = 1
    exit

# test: ctx_ldsx_4_66
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 66 (ingress_ifindex+2): rejected
    r0 = *(s32 *)(r1 + 66)          # error[ctx-bad-access]: invalid bpf_context access off=66 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_67
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 67 (ingress_ifindex+3): accepted
    r0 = *(s8 *)(r1 + 67)
    r0 = 1
    exit

# test: ctx_ldsx_2_67
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 67 (ingress_ifindex+3): rejected
    r0 = *(s16 *)(r1 + 67)          # error[ctx-bad-access]: invalid bpf_context access off=67 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_67
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 67 (ingress_ifindex+3): rejected
    r0 = *(s32 *)(r1 + 67)          # error[ctx-bad-access]: invalid bpf_context access off=67 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_68
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 68 (tail padding): rejected
    r0 = *(s8 *)(r1 + 68)           # error[ctx-bad-access]: invalid bpf_context access off=68 size=1
    r0 = 1
    exit

# test: ctx_ldsx_2_68
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 68 (tail padding): rejected
    r0 = *(s16 *)(r1 + 68)          # error[ctx-bad-access]: invalid bpf_context access off=68 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_68
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 68 (tail padding): rejected
    r0 = *(s32 *)(r1 + 68)          # error[ctx-bad-access]: invalid bpf_context access off=68 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_69
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 69 (tail padding+1): rejected
    r0 = *(s8 *)(r1 + 69)           # error[ctx-bad-access]: invalid bpf_context access off=69 size=1
    r0 = 1
    exit

# test: ctx_ldsx_2_69
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 69 (tail padding+1): rejected
    r0 = *(s16 *)(r1 + 69)          # error[ctx-bad-access]: invalid bpf_context access off=69 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_69
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 69 (tail padding+1): rejected
    r0 = *(s32 *)(r1 + 69)          # error[ctx-bad-access]: invalid bpf_context access off=69 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_70
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 70 (tail padding+2): rejected
    r0 = *(s8 *)(r1 + 70)           # error[ctx-bad-access]: invalid bpf_context access off=70 size=1
    r0 = 1
    exit

# test: ctx_ldsx_2_70
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 70 (tail padding+2): rejected
    r0 = *(s16 *)(r1 + 70)          # error[ctx-bad-access]: invalid bpf_context access off=70 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_70
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 70 (tail padding+2): rejected
    r0 = *(s32 *)(r1 + 70)          # error[ctx-bad-access]: invalid bpf_context access off=70 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_71
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 71 (tail padding+3): rejected
    r0 = *(s8 *)(r1 + 71)           # error[ctx-bad-access]: invalid bpf_context access off=71 size=1
    r0 = 1
    exit

# test: ctx_ldsx_2_71
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 71 (tail padding+3): rejected
    r0 = *(s16 *)(r1 + 71)          # error[ctx-bad-access]: invalid bpf_context access off=71 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_71
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 71 (tail padding+3): rejected
    r0 = *(s32 *)(r1 + 71)          # error[ctx-bad-access]: invalid bpf_context access off=71 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_72
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 72 (past the end): rejected
    r0 = *(s8 *)(r1 + 72)           # error[ctx-bad-access]: invalid bpf_context access off=72 size=1
    r0 = 1
    exit

# test: ctx_ldsx_2_72
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 72 (past the end): rejected
    r0 = *(s16 *)(r1 + 72)          # error[ctx-bad-access]: invalid bpf_context access off=72 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_72
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 72 (past the end): rejected
    r0 = *(s32 *)(r1 + 72)          # error[ctx-bad-access]: invalid bpf_context access off=72 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_73
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 73 (past the end+1): rejected
    r0 = *(s8 *)(r1 + 73)           # error[ctx-bad-access]: invalid bpf_context access off=73 size=1
    r0 = 1
    exit

# test: ctx_ldsx_2_73
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 73 (past the end+1): rejected
    r0 = *(s16 *)(r1 + 73)          # error[ctx-bad-access]: invalid bpf_context access off=73 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_73
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 73 (past the end+1): rejected
    r0 = *(s32 *)(r1 + 73)          # error[ctx-bad-access]: invalid bpf_context access off=73 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_74
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 74 (past the end+2): rejected
    r0 = *(s8 *)(r1 + 74)           # error[ctx-bad-access]: invalid bpf_context access off=74 size=1
    r0 = 1
    exit

# test: ctx_ldsx_2_74
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 74 (past the end+2): rejected
    r0 = *(s16 *)(r1 + 74)          # error[ctx-bad-access]: invalid bpf_context access off=74 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_74
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 74 (past the end+2): rejected
    r0 = *(s32 *)(r1 + 74)          # error[ctx-bad-access]: invalid bpf_context access off=74 size=4
    r0 = 1
    exit

# test: ctx_ldsx_1_75
# kernel: since 6.6
# note: 1-byte sign-extending load at offset 75 (past the end+3): rejected
    r0 = *(s8 *)(r1 + 75)           # error[ctx-bad-access]: invalid bpf_context access off=75 size=1
    r0 = 1
    exit

# test: ctx_ldsx_2_75
# kernel: since 6.6
# note: 2-byte sign-extending load at offset 75 (past the end+3): rejected
    r0 = *(s16 *)(r1 + 75)          # error[ctx-bad-access]: invalid bpf_context access off=75 size=2
    r0 = 1
    exit

# test: ctx_ldsx_4_75
# kernel: since 6.6
# note: 4-byte sign-extending load at offset 75 (past the end+3): rejected
    r0 = *(s32 *)(r1 + 75)          # error[ctx-bad-access]: invalid bpf_context access off=75 size=4
    r0 = 1
    exit
