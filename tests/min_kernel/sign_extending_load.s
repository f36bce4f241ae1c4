# Needs 6.6: a sign-extending load (BPF_MEMSX, cpu v4) from the context; before 6.6 the
# mode is a reserved field (`BPF_LDX uses reserved fields`).
.program sign_extending_load
	r2 = *(s8 *)(r1 + 36)
	r0 = 1
	exit
.license "GPL"
