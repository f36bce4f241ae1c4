/* MISTAKE: indexes a map value (a table of 8 slots) by the port without a bound check. */
#include "campaign.h"

struct table {
	__u32 slot[8];
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct table);
} tables SEC(".maps");

SEC("sk_lookup")
int bad_oob_value(struct bpf_sk_lookup *ctx)
{
	__u32 zero = 0;
	struct table *t = bpf_map_lookup_elem(&tables, &zero);

	if (!t)
		return SK_PASS;
	return t->slot[ctx->local_port & 0xf] ? SK_DROP : SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
