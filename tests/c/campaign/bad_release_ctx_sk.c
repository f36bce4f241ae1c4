/* MISTAKE: releases the socket an earlier program selected (ctx->sk holds no reference). */
#include "campaign.h"

SEC("sk_lookup")
int bad_release_ctx_sk(struct bpf_sk_lookup *ctx)
{
	struct bpf_sock *sk = ctx->sk;

	if (sk)
		bpf_sk_release(sk);
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
