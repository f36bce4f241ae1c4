/* MISTAKE: logs the socket's port after releasing it. */
#include "campaign.h"

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} target SEC(".maps");

__u32 last_port;

SEC("sk_lookup")
int bad_use_after_release(struct bpf_sk_lookup *ctx)
{
	__u32 zero = 0;
	struct bpf_sock *sk = bpf_map_lookup_elem(&target, &zero);

	if (!sk)
		return SK_PASS;
	bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	last_port = sk->src_port;
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
