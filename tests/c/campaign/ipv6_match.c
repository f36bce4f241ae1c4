/* IPv6 matching: the full local address against 2001:db8::1 word by word, a v4-mapped
 * local address (::ffff:a.b.c.d), and narrow loads of the last word of local_ip6 and of
 * the first byte of remote_ip6 (fc00::/7 remotes are dropped). */
#include "campaign2.h"

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, __u64);
} sockets SEC(".maps");

static __always_inline int is_v4_mapped(const struct bpf_sk_lookup *ctx)
{
	return ctx->local_ip6[0] == 0 && ctx->local_ip6[1] == 0 &&
	       ctx->local_ip6[2] == bpf_htonl(0x0000ffff);
}

SEC("sk_lookup")
int ipv6_match(struct bpf_sk_lookup *ctx)
{
	struct bpf_sock *sk;
	__u32 slot;

	if (ctx->family != AF_INET6)
		return SK_PASS;
	if ((*(__u8 *)&ctx->remote_ip6[0] & 0xfe) == 0xfc)
		return SK_DROP;
	if (is_v4_mapped(ctx))
		slot = 1;
	else if (ctx->local_ip6[0] == bpf_htonl(0x20010db8) && ctx->local_ip6[1] == 0 &&
		 ctx->local_ip6[2] == 0 && ctx->local_ip6[3] == bpf_htonl(1))
		slot = 0;
	else if (*((__u16 *)&ctx->local_ip6[3] + 1) == bpf_htons(0x53))
		slot = 1;
	else
		return SK_PASS;
	sk = bpf_map_lookup_elem(&sockets, &slot);
	if (!sk)
		return SK_PASS;
	bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
