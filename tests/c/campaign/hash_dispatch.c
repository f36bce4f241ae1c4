/* Spreads connections over two sockets by a hash of the remote address and port (32-bit
 * arithmetic), as a user-space-free load balancer would. */
#include "campaign.h"

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, __u64);
} backends2 SEC(".maps");

static __always_inline __u32 mix(__u32 a, __u32 b)
{
	a ^= b;
	a -= (b << 14) | (b >> 18);
	a *= 0x9e3779b1;
	a ^= a >> 16;
	return a;
}

SEC("sk_lookup")
int hash_dispatch(struct bpf_sk_lookup *ctx)
{
	__u32 h, key;
	struct bpf_sock *sk;

	if (ctx->family == AF_INET)
		h = mix(ctx->remote_ip4, ctx->remote_port);
	else
		h = mix(ctx->remote_ip6[3] + ctx->remote_ip6[0], ctx->remote_port);
	key = h % 2;
	sk = bpf_map_lookup_elem(&backends2, &key);
	if (!sk)
		return SK_PASS;
	bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
