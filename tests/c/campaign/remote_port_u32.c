/* Reads remote_port as the 4-byte word older headers declared (port and zero padding) and
 * the padding half on its own. */
#include "campaign.h"

SEC("sk_lookup")
int remote_port_u32(struct bpf_sk_lookup *ctx)
{
	__u32 word = *(volatile __u32 *)&ctx->remote_port;
	__u16 pad = *(volatile __u16 *)((char *)&ctx->remote_port + 2);

	if (pad != 0)
		return SK_DROP;
	return word == bpf_htons(6666) ? SK_DROP : SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
