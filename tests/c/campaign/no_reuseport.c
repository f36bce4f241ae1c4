/* Picks a socket of a reuseport group and asks the kernel not to balance over the group. */
#include "campaign.h"

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, __u64);
} group SEC(".maps");

SEC("sk_lookup")
int no_reuseport(struct bpf_sk_lookup *ctx)
{
	__u32 key = ctx->remote_port & 1;
	struct bpf_sock *sk;
	long err;

	sk = bpf_map_lookup_elem(&group, &key);
	if (!sk)
		return SK_PASS;
	err = bpf_sk_assign(ctx, sk, BPF_SK_LOOKUP_F_NO_REUSEPORT);
	bpf_sk_release(sk);
	return err ? SK_DROP : SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
