/* Broken proxy_any4: the mistake is a return value outside [0, 1]. The program returns
 * bpf_sk_assign's result (0 or a negative errno) as its verdict; an SK_LOOKUP program must
 * return SK_DROP (0) or SK_PASS (1). */
#include "common.h"

SEC("sk_lookup")
int proxy_any4_bad_return(struct bpf_sk_lookup *ctx)
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
	return err;
}
