/* MISTAKE: waits for the context to change; it never does, and the loop has no way out. */
#include "campaign.h"

SEC("sk_lookup")
int bad_spin(struct bpf_sk_lookup *ctx)
{
	while (*(volatile __u32 *)&ctx->local_port == 8080)
		;
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
