# A call of a function the object does not define: libbpf looks for a kfunc of that name.
	.section sk_lookup,"ax",@progbits
	.globl prog
	.type prog,@function
prog:
	call lookup_port
	r0 = 1
	exit
	.size prog, .-prog
	.section license,"aw",@progbits
	.asciz "GPL"
