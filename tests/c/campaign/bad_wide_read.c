/* MISTAKE: reads family and protocol as one 8-byte word (they are two 4-byte fields). */
#include "campaign.h"

SEC("sk_lookup")
int bad_wide_read(struct bpf_sk_lookup *ctx)
{
	__u64 both = *(volatile __u64 *)&ctx->family;

	return both == ((__u64)IPPROTO_UDP << 32 | AF_INET) ? SK_DROP : SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
