/* Seed use case 2, IPv6: TCP to 2001:db8::1, any port, goes to the L7 proxy socket. */
#include "common.h"

SEC("sk_lookup")
int proxy_any6(struct bpf_sk_lookup *ctx)
{
	__u32 key = PROXY;
	struct bpf_sock *sk;
	long err;

	if (ctx->family != AF_INET6 || ctx->protocol != IPPROTO_TCP)
		return SK_PASS;
	if (ctx->local_ip6[0] != NET6_2001_DB8 || ctx->local_ip6[1] != 0 ||
	    ctx->local_ip6[2] != 0 || ctx->local_ip6[3] != ADDR6_LAST_1)
		return SK_PASS;
	sk = bpf_map_lookup_elem(&sockets, &key);
	if (!sk)
		return SK_PASS;
	err = bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return err ? SK_DROP : SK_PASS;
}
