/* MISTAKE: the early return for UDP forgets to release the socket. */
#include "campaign.h"

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, __u64);
} socks SEC(".maps");

SEC("sk_lookup")
int bad_leak(struct bpf_sk_lookup *ctx)
{
	__u32 zero = 0;
	struct bpf_sock *sk = bpf_map_lookup_elem(&socks, &zero);

	if (!sk)
		return SK_PASS;
	if (ctx->protocol == IPPROTO_UDP)
		return SK_PASS;
	bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
