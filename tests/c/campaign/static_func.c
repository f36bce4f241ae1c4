/* A static noinline helper function (checked with its caller's state) picking the slot. */
#include "campaign.h"

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 3);
	__type(key, __u32);
	__type(value, __u64);
} backends SEC(".maps");

static __noinline __u32 pick_slot(__u32 port, __u32 proto)
{
	if (proto == IPPROTO_UDP)
		return 2;
	return port == 80 ? 0 : 1;
}

SEC("sk_lookup")
int static_func(struct bpf_sk_lookup *ctx)
{
	__u32 key = pick_slot(ctx->local_port, ctx->protocol);
	struct bpf_sock *sk = bpf_map_lookup_elem(&backends, &key);

	if (!sk)
		return SK_PASS;
	bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
