/* MISTAKE: counts lookups per port in a HASH but passes the map value pointer as the key of
 * another map without checking it for NULL. */
#include "campaign.h"

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, __u32);
	__type(value, __u64);
} per_port SEC(".maps");

SEC("sk_lookup")
int bad_map_update_sock(struct bpf_sk_lookup *ctx)
{
	__u32 port = ctx->local_port;
	__u64 one = 1, *n;

	n = bpf_map_lookup_elem(&per_port, &port);
	bpf_map_update_elem(&per_port, n, &one, BPF_ANY);
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
