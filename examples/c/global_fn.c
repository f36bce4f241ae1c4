/* A program with a global subprogram: the match (192.0.2.0/24 or 198.51.100.1, TCP, the
 * given port) is a non-static __noinline function taking the context and an int, which the
 * kernel verifies once, on its own, from its BTF prototype (the context, any int); the call
 * is checked against that prototype only. Port 80 goes to nginx, 443 to the proxy. */
#include "common.h"

__attribute__((noinline)) int matches_port(struct bpf_sk_lookup *ctx, int port)
{
	if (ctx->family != AF_INET || ctx->protocol != IPPROTO_TCP)
		return 0;
	if (ctx->local_port != port)
		return 0;
	return (ctx->local_ip4 & MASK_24) == NET_192_0_2 || ctx->local_ip4 == ADDR_198_51_100_1;
}

SEC("sk_lookup")
int global_fn(struct bpf_sk_lookup *ctx)
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
