# A map in `.maps` with no `.BTF` to describe it.
	.section sk_lookup,"ax",@progbits
	.globl prog
	.type prog,@function
prog:
	r0 = 1
	exit
	.size prog, .-prog
	.section .maps,"aw",@progbits
	.globl sockets
sockets:
	.zero 32
	.section license,"aw",@progbits
	.asciz "GPL"
