/* MISTAKE: a global (non-static) function returns a pointer into a map value; global
 * functions are verified alone and may only return a scalar. */
#include "campaign2.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} counter SEC(".maps");

__noinline __u64 *counter_slot(void)
{
	__u32 zero = 0;

	return bpf_map_lookup_elem(&counter, &zero);
}

SEC("sk_lookup")
int bad_global_ret_ptr(struct bpf_sk_lookup *ctx)
{
	__u64 *n = counter_slot();

	if (n)
		*n += 1;
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
