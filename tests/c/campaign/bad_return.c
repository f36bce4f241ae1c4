/* MISTAKE: returns bpf_sk_assign's result (0 or a negative errno) as the verdict. */
#include "campaign.h"

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, __u64);
} socks SEC(".maps");

SEC("sk_lookup")
int bad_return(struct bpf_sk_lookup *ctx)
{
	__u32 zero = 0;
	struct bpf_sock *sk = bpf_map_lookup_elem(&socks, &zero);
	long err;

	if (!sk)
		return SK_PASS;
	err = bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return err;
}

char LICENSE[] SEC("license") = "GPL";
