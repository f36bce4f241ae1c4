/* Configuration in .rodata that only a frozen read-only map makes safe: which word of a
 * 16-byte ARRAY value to read is a `const volatile` offset. The verifier reads it from the
 * frozen map as a constant; were it unknown, the access would be unbounded. */
#include "campaign.h"

const volatile __u32 word_off = 12;

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u32[4]);
} words SEC(".maps");

SEC("sk_lookup")
int rodata_offset(struct bpf_sk_lookup *ctx)
{
	__u32 zero = 0;
	__u8 *value;

	value = bpf_map_lookup_elem(&words, &zero);
	if (!value)
		return SK_PASS;
	if (*(__u32 *)(value + word_off) == ctx->local_port)
		return SK_DROP;
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
