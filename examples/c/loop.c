/* A bounded loop: TCP to 198.51.100.1 goes to the first socket present among the map's
 * slots (a fallback chain: nginx, then the proxy, then the DNS server), tried in a loop
 * that the compiler is told not to unroll, so the kernel verifies a real back-edge. */
#include "common.h"

SEC("sk_lookup")
int loop(struct bpf_sk_lookup *ctx)
{
	struct bpf_sock *sk;
	__u32 i, key;
	long err;

	if (ctx->family != AF_INET || ctx->protocol != IPPROTO_TCP)
		return SK_PASS;
	if (ctx->local_ip4 != ADDR_198_51_100_1)
		return SK_PASS;
#pragma clang loop unroll(disable)
	for (i = 0; i < 3; i++) {
		key = i;
		sk = bpf_map_lookup_elem(&sockets, &key);
		if (!sk)
			continue;
		err = bpf_sk_assign(ctx, sk, 0);
		bpf_sk_release(sk);
		return err ? SK_DROP : SK_PASS;
	}
	return SK_PASS;
}
