/* A global (non-static) function the verifier checks on its own: is the tuple ours? */
#include "campaign.h"

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} proxy SEC(".maps");

__noinline int is_ours(struct bpf_sk_lookup *ctx)
{
	if (!ctx)
		return 0;
	if (ctx->family == AF_INET)
		return (ctx->local_ip4 & bpf_htonl(0xffffff00)) == bpf_htonl(0xc0000200);
	return ctx->local_ip6[0] == bpf_htonl(0x20010db8);
}

SEC("sk_lookup")
int global_func(struct bpf_sk_lookup *ctx)
{
	__u32 zero = 0;
	struct bpf_sock *sk;

	if (!is_ours(ctx))
		return SK_PASS;
	sk = bpf_map_lookup_elem(&proxy, &zero);
	if (!sk)
		return SK_PASS;
	bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
