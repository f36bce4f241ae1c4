/* A map no helper offered to SK_LOOKUP takes (lint's `map-type-unusable`): a
 * REUSEPORT_SOCKARRAY is for SK_REUSEPORT programs' bpf_sk_select_reuseport. */
#include "sk_lookup_helpers.h"

struct {
	__uint(type, BPF_MAP_TYPE_REUSEPORT_SOCKARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u32);
} reuse_group SEC(".maps");

SEC("sk_lookup")
int pick_from_group(struct bpf_sk_lookup *ctx)
{
	__u32 key = 0;

	return bpf_map_lookup_elem(&reuse_group, &key) ? SK_PASS : SK_DROP;
}

char _license[] SEC("license") = "GPL";
