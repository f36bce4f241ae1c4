/* Assigns a first socket, then overrides it with BPF_SK_LOOKUP_F_REPLACE for port 443. */
#include "campaign.h"

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, __u64);
} pair SEC(".maps");

static __always_inline long assign_slot(struct bpf_sk_lookup *ctx, __u32 key, __u64 flags)
{
	struct bpf_sock *sk = bpf_map_lookup_elem(&pair, &key);
	long err;

	if (!sk)
		return -1;
	err = bpf_sk_assign(ctx, sk, flags);
	bpf_sk_release(sk);
	return err;
}

SEC("sk_lookup")
int replace_flag(struct bpf_sk_lookup *ctx)
{
	if (ctx->protocol != IPPROTO_TCP)
		return SK_PASS;
	if (assign_slot(ctx, 0, 0))
		return SK_PASS;
	if (ctx->local_port == 443)
		assign_slot(ctx, 1, BPF_SK_LOOKUP_F_REPLACE);
	else if (ctx->local_port == 444)
		assign_slot(ctx, 1, 0); /* -EEXIST: the first stays */
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
