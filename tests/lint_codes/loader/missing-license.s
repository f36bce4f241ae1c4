# No `license` section.
	.section sk_lookup,"ax",@progbits
	.globl prog
	.type prog,@function
prog:
	r0 = 1
	exit
	.size prog, .-prog
