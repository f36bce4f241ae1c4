/* UDP: DNS (port 53) to 192.0.2.0/24 goes to the DNS server's socket, unless the packet
 * arrived on the loopback interface (ingress_ifindex 1), which keeps the normal lookup. */
#include "common.h"

SEC("sk_lookup")
int udp_dns(struct bpf_sk_lookup *ctx)
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
	return err ? SK_DROP : SK_PASS;
}
