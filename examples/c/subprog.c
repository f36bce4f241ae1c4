/* A program with a subprogram: the match (192.0.2.0/24 or 198.51.100.1, TCP) is a static
 * __noinline function, called as a BPF-to-BPF call; the program steers port 80 to nginx
 * and every other matched port to the proxy. */
#include "common.h"

static __attribute__((noinline)) int matches(struct bpf_sk_lookup *ctx)
{
	if (ctx->family != AF_INET || ctx->protocol != IPPROTO_TCP)
		return 0;
	return (ctx->local_ip4 & MASK_24) == NET_192_0_2 || ctx->local_ip4 == ADDR_198_51_100_1;
}

SEC("sk_lookup")
int subprog(struct bpf_sk_lookup *ctx)
{
	__u32 key;
	struct bpf_sock *sk;
	long err;

	if (!matches(ctx))
		return SK_PASS;
	key = ctx->local_port == 80 ? NGINX : PROXY;
	sk = bpf_map_lookup_elem(&sockets, &key);
	if (!sk)
		return SK_PASS;
	err = bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return err ? SK_DROP : SK_PASS;
}
