/* Broken steer_http4: the mistake is a missing NULL check after the lookup. The map may
 * hold no socket at the key, so the kernel refuses to pass what the lookup returned to
 * bpf_sk_assign before it was compared with NULL. */
#include "common.h"

SEC("sk_lookup")
int steer_http4_no_null_check(struct bpf_sk_lookup *ctx)
{
	__u32 key = NGINX;
	struct bpf_sock *sk;
	long err;

	if (ctx->family != AF_INET || ctx->protocol != IPPROTO_TCP || ctx->local_port != 80)
		return SK_PASS;
	if ((ctx->local_ip4 & MASK_24) != NET_192_0_2)
		return SK_PASS;
	sk = bpf_map_lookup_elem(&sockets, &key);
	err = bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return err ? SK_DROP : SK_PASS;
}
