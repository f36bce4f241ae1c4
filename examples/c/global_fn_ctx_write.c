/* Broken global_fn: the mistake is writing the context, which an SK_LOOKUP program may only
 * read. The global subprogram "normalises" port 8080 by storing into ctx->local_port; the
 * kernel refuses the store in the subprogram's own verification, before or after the
 * program's depending on the release. */
#include "common.h"

__attribute__((noinline)) int matches_port(struct bpf_sk_lookup *ctx, int port)
{
	if (ctx->family != AF_INET || ctx->protocol != IPPROTO_TCP)
		return 0;
	if (ctx->local_port == 8080)
		ctx->local_port = 80;
	if (ctx->local_port != port)
		return 0;
	return (ctx->local_ip4 & MASK_24) == NET_192_0_2 || ctx->local_ip4 == ADDR_198_51_100_1;
}

SEC("sk_lookup")
int global_fn_ctx_write(struct bpf_sk_lookup *ctx)
{
	__u32 key;
	struct bpf_sock *sk;
	long err;

	if (matches_port(ctx, 80))
		key = NGINX;
	else if (matches_port(ctx, 443))
		key = PROXY;
	else
		return SK_PASS;
	sk = bpf_map_lookup_elem(&sockets, &key);
	if (!sk)
		return SK_PASS;
	err = bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return err ? SK_DROP : SK_PASS;
}
