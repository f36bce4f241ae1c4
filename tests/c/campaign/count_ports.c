/* Counts lookups per local port in a HASH (update, then atomic add) and passes everything. */
#include "campaign.h"

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, __u32);
	__type(value, __u64);
} per_port SEC(".maps");

SEC("sk_lookup")
int count_ports(struct bpf_sk_lookup *ctx)
{
	__u32 port = ctx->local_port;
	__u64 one = 1, *n;

	n = bpf_map_lookup_elem(&per_port, &port);
	if (n) {
		__sync_fetch_and_add(n, 1);
		return *n > 3 ? SK_DROP : SK_PASS;
	}
	bpf_map_update_elem(&per_port, &port, &one, BPF_NOEXIST);
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
