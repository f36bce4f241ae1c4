/* MISTAKE: tries to rewrite the destination port in the context. */
#include "campaign.h"

SEC("sk_lookup")
int bad_ctx_write(struct bpf_sk_lookup *ctx)
{
	if (ctx->local_port == 8080)
		ctx->local_port = 80;
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
