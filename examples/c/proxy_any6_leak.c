/* Broken proxy_any6: the mistake is a socket reference not released on one path. When
 * bpf_sk_assign fails the program returns before bpf_sk_release, and the kernel refuses a
 * program that can exit holding the reference the lookup acquired. */
#include "common.h"

SEC("sk_lookup")
int proxy_any6_leak(struct bpf_sk_lookup *ctx)
{
	__u32 key = PROXY;
	struct bpf_sock *sk;

	if (ctx->family != AF_INET6 || ctx->protocol != IPPROTO_TCP)
		return SK_PASS;
	if (ctx->local_ip6[0] != NET6_2001_DB8 || ctx->local_ip6[1] != 0 ||
	    ctx->local_ip6[2] != 0 || ctx->local_ip6[3] != ADDR6_LAST_1)
		return SK_PASS;
	sk = bpf_map_lookup_elem(&sockets, &key);
	if (!sk)
		return SK_PASS;
	if (bpf_sk_assign(ctx, sk, 0))
		return SK_DROP;
	bpf_sk_release(sk);
	return SK_PASS;
}
