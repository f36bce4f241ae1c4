# libbpf 1.x takes no other SK_LOOKUP section than `sk_lookup` (bpftool prog load:
# "failed to guess program type from ELF section 'sk_lookup/steer'").
	.section sk_lookup/steer,"ax",@progbits
	.globl prog
	.type prog,@function
prog:
	r0 = 1
	exit
	.size prog, .-prog
	.section license,"aw",@progbits
	.asciz "GPL"
