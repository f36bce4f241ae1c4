/* UDP over IPv6 to port 53 of 2001:db8::53 goes to the resolver; everything else passes. */
#include "campaign.h"

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} resolver SEC(".maps");

SEC("sk_lookup")
int udp6_dns(struct bpf_sk_lookup *ctx)
{
	__u32 zero = 0;
	struct bpf_sock *sk;
	long err;

	if (ctx->family != AF_INET6 || ctx->protocol != IPPROTO_UDP)
		return SK_PASS;
	if (ctx->local_port != 53)
		return SK_PASS;
	if (ctx->local_ip6[0] != bpf_htonl(0x20010db8) || ctx->local_ip6[1] ||
	    ctx->local_ip6[2] || ctx->local_ip6[3] != bpf_htonl(0x53))
		return SK_PASS;
	sk = bpf_map_lookup_elem(&resolver, &zero);
	if (!sk)
		return SK_PASS;
	err = bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return err ? SK_DROP : SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
