/* MISTAKE: the lookup key is only set for TCP; UDP looks up with uninitialised stack. */
#include "campaign.h"

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, __u64);
} socks SEC(".maps");

SEC("sk_lookup")
int bad_uninit_key(struct bpf_sk_lookup *ctx)
{
	__u32 key;
	struct bpf_sock *sk;

	if (ctx->protocol == IPPROTO_TCP)
		key = 0;
	sk = bpf_map_lookup_elem(&socks, &key);
	if (!sk)
		return SK_PASS;
	bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
