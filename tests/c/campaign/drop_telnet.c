/* Firewall style: drop TCP to port 23 from outside 10.0.0.0/8, pass everything else; reads
 * the remote port (network byte order) and a byte of the remote address. */
#include "campaign.h"

SEC("sk_lookup")
int drop_telnet(struct bpf_sk_lookup *ctx)
{
	__u8 first = *(__u8 *)&ctx->remote_ip4;

	if (ctx->protocol == IPPROTO_TCP && ctx->local_port == 23 &&
	    ctx->family == AF_INET && first != 10)
		return SK_DROP;
	if (ctx->remote_port == bpf_htons(6666))
		return SK_DROP;
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
