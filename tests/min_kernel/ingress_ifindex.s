# Needs 5.16: `ingress_ifindex` (offset 64) is in the context from 5.16 on (skctx's context
# table); before, offset 64 is past the context's end.
.program ingress_ifindex
	r2 = *(u32 *)(r1 + 64)
	r0 = 1
	exit
.license "GPL"
