# Several code sections, cross-section and same-section calls, data with relocations, strings,
# .bss, weak and local symbols, alignment and size expressions.
	.text
	.globl	helper
	.p2align	3
	.type	helper,@function
helper:
	r0 = r1
	r0 += 7
	exit
.Lhelper_end:
	.size	helper, .Lhelper_end-helper

local_fn:
	w0 = w1
	w0 <<= 3
	exit

	.section	sk_lookup,"ax",@progbits
	.globl	prog_a
	.p2align	3
	.type	prog_a,@function
prog_a:
	r1 = 5
	call helper
	call local_fn
	r1 = table ll
	r1 = table + 8 ll
	r1 = counter ll
	r2 = *(u64 *)(r1 + 0)
	lock *(u64 *)(r1 + 0) += r2
	if r0 s> 1 goto out
	r0 = 1
out:
	r0 &= 1
	exit
	.size	prog_a, .-prog_a

	.section	sk_lookup/second,"ax",@progbits
	.weak	prog_b
	.p2align	3
	.type	prog_b,@function
prog_b:
	r0 = *(u32 *)(r1 + 60)
	if r0 == 80 goto +2
	r0 = 0
	exit
	r0 = 1
	exit

	.section	.rodata,"a",@progbits
	.p2align	3
table:
	.quad	1
	.quad	prog_a
	.long	0x11223344
	.short	7
	.byte	1, 2
	.asciz	"sk\tlookup\"\101"
	.ascii	"x"

	.section	.data.cfg,"aw",@progbits
	.globl	cfg
	.p2align	2
cfg:
	.long	table
	.long	.Lhelper_end-helper
	.zero	6

	.bss
	.globl	counter
	.p2align	3
counter:
	.zero	8

	.section	license,"aw",@progbits
	.globl	_license
_license:
	.asciz	"GPL"
	.size	_license, 4
	.addrsig
	.addrsig_sym	helper
