# A legacy `struct bpf_map_def` (SOCKMAP, key 4, value 8, 16 entries) in `maps`, which
# libbpf 1.0 and later refuse to open.
	.section sk_lookup,"ax",@progbits
	.globl prog
	.type prog,@function
prog:
	r0 = 1
	exit
	.size prog, .-prog
	.section maps,"aw",@progbits
	.globl sockets
sockets:
	.long 15, 4, 8, 16, 0
	.section license,"aw",@progbits
	.asciz "GPL"
