/* MISTAKE: loops up to a count read from a map value, with no bound the verifier can see. */
#include "campaign.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u32);
} count SEC(".maps");

SEC("sk_lookup")
int bad_unbounded_loop(struct bpf_sk_lookup *ctx)
{
	__u32 zero = 0, i, sum = 0;
	__u32 *n = bpf_map_lookup_elem(&count, &zero);

	if (!n)
		return SK_PASS;
	for (i = 0; i < *n; i++)
		sum += ctx->local_port ^ i;
	return sum == 12345 ? SK_DROP : SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
