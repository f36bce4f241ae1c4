/* Broken loop: the mistake is a socket reference not released on one path. The loop skips
 * a socket that is not a TCP socket with `continue`, without bpf_sk_release, so the
 * reference the lookup acquired leaks on that path. */
#include "common.h"

SEC("sk_lookup")
int loop_leak(struct bpf_sk_lookup *ctx)
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
		if (sk->protocol != IPPROTO_TCP)
			continue;
		err = bpf_sk_assign(ctx, sk, 0);
		bpf_sk_release(sk);
		return err ? SK_DROP : SK_PASS;
	}
	return SK_PASS;
}
