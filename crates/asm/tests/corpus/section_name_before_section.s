# A section named in an expression before it exists: llvm-mc places its section symbol
# where the name was first used.
	.text
	.globl	f
f:
	r0 = 0
	exit
	.section	.rodata,"a",@progbits
	.long	.foo
	.long	g
g:
	.long	7
	.section	.foo,"a",@progbits
h:
	.long	1
	.long	h
