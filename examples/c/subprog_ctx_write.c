/* Broken subprog: the mistake is writing the context, which an SK_LOOKUP program may only
 * read. The subprogram "normalises" the port by storing into ctx->local_port; the kernel
 * refuses the store inside the subprogram. */
#include "common.h"

static __attribute__((noinline)) int matches(struct bpf_sk_lookup *ctx)
{
	if (ctx->family != AF_INET || ctx->protocol != IPPROTO_TCP)
		return 0;
	if (ctx->local_port == 8080)
		ctx->local_port = 80;
	return (ctx->local_ip4 & MASK_24) == NET_192_0_2 || ctx->local_ip4 == ADDR_198_51_100_1;
}

SEC("sk_lookup")
int subprog_ctx_write(struct bpf_sk_lookup *ctx)
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
