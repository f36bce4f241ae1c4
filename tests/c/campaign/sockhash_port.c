/* A SOCKHASH keyed by the local port: one socket per port, both protocols. */
#include "campaign.h"

struct {
	__uint(type, BPF_MAP_TYPE_SOCKHASH);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, __u64);
} by_port SEC(".maps");

SEC("sk_lookup")
int sockhash_port(struct bpf_sk_lookup *ctx)
{
	__u32 port = ctx->local_port;
	struct bpf_sock *sk;

	sk = bpf_map_lookup_elem(&by_port, &port);
	if (!sk)
		return SK_PASS;
	bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
