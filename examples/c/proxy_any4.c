/* Seed use case 2, IPv4: TCP to 198.51.100.1, any port, goes to the L7 proxy socket. */
#include "common.h"

SEC("sk_lookup")
int proxy_any4(struct bpf_sk_lookup *ctx)
{
	__u32 key = PROXY;
	struct bpf_sock *sk;
	long err;

	if (ctx->family != AF_INET || ctx->protocol != IPPROTO_TCP)
		return SK_PASS;
	if (ctx->local_ip4 != ADDR_198_51_100_1)
		return SK_PASS;
	sk = bpf_map_lookup_elem(&sockets, &key);
	if (!sk)
		return SK_PASS;
	err = bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return err ? SK_DROP : SK_PASS;
}
