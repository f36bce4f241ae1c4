/* MISTAKE: the `const volatile` offset in .rodata (16) points past the 16-byte ARRAY value:
 * the verifier reads the constant from the frozen map and refuses the load. Fixed twin:
 * rodata_offset. */
#include "campaign.h"

const volatile __u32 word_off = 16;

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u32[4]);
} words SEC(".maps");

SEC("sk_lookup")
int bad_rodata_offset(struct bpf_sk_lookup *ctx)
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
