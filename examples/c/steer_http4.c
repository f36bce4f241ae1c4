/* Seed use case 1, IPv4: TCP to 192.0.2.0/24 port 80 goes to the nginx socket. */
#include "common.h"

SEC("sk_lookup")
int steer_http4(struct bpf_sk_lookup *ctx)
{
	__u32 key = NGINX;
	struct bpf_sock *sk;
	long err;

	if (ctx->family != AF_INET || ctx->protocol != IPPROTO_TCP || ctx->local_port != 80)
		return SK_PASS;
	if ((ctx->local_ip4 & MASK_24) != NET_192_0_2)
		return SK_PASS;
	sk = bpf_map_lookup_elem(&sockets, &key);
	if (!sk)
		return SK_DROP;
	err = bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return err ? SK_DROP : SK_PASS;
}
