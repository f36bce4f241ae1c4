/* Broken udp_dns: the mistake is using a socket after releasing it. The socket's protocol
 * is checked after bpf_sk_release dropped the reference; the kernel no longer lets the
 * program touch what the pointer pointed to. */
#include "common.h"

SEC("sk_lookup")
int udp_dns_use_after_release(struct bpf_sk_lookup *ctx)
{
	__u32 key = DNS;
	struct bpf_sock *sk;
	long err;

	if (ctx->family != AF_INET || ctx->protocol != IPPROTO_UDP || ctx->local_port != 53)
		return SK_PASS;
	if ((ctx->local_ip4 & MASK_24) != NET_192_0_2 || ctx->ingress_ifindex == 1)
		return SK_PASS;
	sk = bpf_map_lookup_elem(&sockets, &key);
	if (!sk)
		return SK_PASS;
	err = bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	if (sk->protocol != IPPROTO_UDP)
		return SK_DROP;
	return err ? SK_DROP : SK_PASS;
}
