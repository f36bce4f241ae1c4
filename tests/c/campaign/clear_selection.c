/* Selects the web socket, then takes the selection back (NULL with BPF_SK_LOOKUP_F_REPLACE)
 * for port 80, and tries flags the kernel does not know for port 81. */
#include "campaign.h"

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} target SEC(".maps");

SEC("sk_lookup")
int clear_selection(struct bpf_sk_lookup *ctx)
{
	__u32 zero = 0;
	struct bpf_sock *sk = bpf_map_lookup_elem(&target, &zero);
	long err;

	if (!sk)
		return SK_PASS;
	err = bpf_sk_assign(ctx, sk, ctx->local_port == 81 ? 4 : 0);
	bpf_sk_release(sk);
	if (err)
		return SK_DROP;
	if (ctx->local_port == 80)
		bpf_sk_assign(ctx, (void *)0, BPF_SK_LOOKUP_F_REPLACE);
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
