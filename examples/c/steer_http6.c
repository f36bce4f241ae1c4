/* Seed use case 1, IPv6: TCP to 2001:db8::/64 port 80 goes to the nginx socket. */
#include "common.h"

SEC("sk_lookup")
int steer_http6(struct bpf_sk_lookup *ctx)
{
	__u32 key = NGINX;
	struct bpf_sock *sk;
	long err;

	if (ctx->family != AF_INET6 || ctx->protocol != IPPROTO_TCP || ctx->local_port != 80)
		return SK_PASS;
	if (ctx->local_ip6[0] != NET6_2001_DB8 || ctx->local_ip6[1] != 0)
		return SK_PASS;
	sk = bpf_map_lookup_elem(&sockets, &key);
	if (!sk)
		return SK_DROP;
	err = bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return err ? SK_DROP : SK_PASS;
}
