/* Narrow context reads the kernel allows: a half of local_port, a byte of the IPv6 address,
 * the low half of remote_port. */
#include "campaign.h"

SEC("sk_lookup")
int narrow_reads(struct bpf_sk_lookup *ctx)
{
	__u16 port = *(volatile __u16 *)&ctx->local_port;
	__u8 top = *(volatile __u8 *)&ctx->local_ip6[0];
	__u16 rport = *(volatile __u16 *)&ctx->remote_port;

	if (port == 7 && top == 0x20)
		return SK_DROP;
	if (rport == bpf_htons(7))
		return SK_DROP;
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
