/* Second program of a chain: steers only when no earlier program selected a socket (ctx->sk),
 * and reads the selected socket's port when one did. */
#include "campaign.h"

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} fallback SEC(".maps");

SEC("sk_lookup")
int check_selected(struct bpf_sk_lookup *ctx)
{
	__u32 zero = 0;
	struct bpf_sock *sk;

	if (ctx->sk) {
		if (ctx->sk->src_port == 9999)
			return SK_DROP;
		return SK_PASS;
	}
	sk = bpf_map_lookup_elem(&fallback, &zero);
	if (!sk)
		return SK_PASS;
	bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
