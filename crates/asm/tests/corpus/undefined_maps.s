# Map references to symbols defined nowhere: llvm-mc emits R_BPF_64_64 relocations against
# undefined global symbols, which a loader resolves. So must we, byte for byte.
	.section	sk_lookup,"ax",@progbits
	.globl	steer
	.p2align	3
	.type	steer,@function
steer:
	r6 = r1
	r2 = 0
	*(u32 *)(r10 - 4) = r2
	r2 = r10
	r2 += -4
	r1 = sock_map ll
	call 1
	if r0 == 0 goto .LBB0_2
	r1 = r6
	r2 = r0
	r7 = r0
	r3 = 0
	call 124
	r1 = r7
	call 86
.LBB0_2:
	r1 = other_map ll
	r1 = sock_map ll
	r0 = 1
	exit
.Lfunc_end0:
	.size	steer, .Lfunc_end0-steer
