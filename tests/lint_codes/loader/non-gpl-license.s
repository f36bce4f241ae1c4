# Two calls of bpf_trace_printk (GPL-only) under an MIT license: the verifier stops at the
# first (`gpl-only`), the loader check names the second too.
	.section sk_lookup,"ax",@progbits
	.globl prog
	.type prog,@function
prog:
	r1 = 0
	*(u64 *)(r10 - 8) = r1
	r1 = r10
	r1 += -8
	r2 = 8
	call 6
	r1 = r10
	r1 += -8
	r2 = 8
	call 6
	r0 = 1
	exit
	.size prog, .-prog
	.section license,"aw",@progbits
	.asciz "MIT"
