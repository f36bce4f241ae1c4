# Raw encodings and data between instructions, as the kernel's selftests write them in
# inline assembly: llvm-mc assembles them where they stand, and so must skasm.
	.section	sk_lookup,"ax",@progbits
	.globl	prog
	.p2align	3
	.type	prog,@function
prog:
	r6 = r1
	.8byte	0x00000000000000b7	# r0 = 0
	if r6 == 0 goto .Lout
	.quad	0x00000001000000b7	# r0 = 1
	.byte	0x07, 0x00, 0x00, 0x00	# r0 += 2, in pieces
	.short	0x0002
	.2byte	0
	goto .Lout
	.long	.Lout - prog
	.4byte	0xffffffff
.Lodd:
	.byte	1
	.p2align	3, 0xff
.Lout:
	exit
	.quad	prog
	.long	.Lodd
	.ascii	"tail"
	.zero	3
.Lfunc_end0:
	.size	prog, .Lfunc_end0-prog
