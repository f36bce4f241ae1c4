/* Global data: libbpf makes .bss, .data and .rodata internal ARRAY maps of one value and
 * loads their addresses with BPF_PSEUDO_MAP_VALUE. One program counts in .bss up to a limit
 * in .data, one reads past the end of .data (rejected), one reads .rodata. */
#include "sk_lookup_helpers.h"

__u32 hits;
__u32 limit = 100;
const volatile __u32 verdict = SK_PASS;

SEC("sk_lookup")
int count_hits(struct bpf_sk_lookup *ctx)
{
	if (hits < limit)
		__sync_fetch_and_add(&hits, 1);
	return SK_PASS;
}

SEC("sk_lookup")
int past_the_end(struct bpf_sk_lookup *ctx)
{
	volatile __u32 *p = &limit;

	return p[1] & 1;
}

SEC("sk_lookup")
int reads_rodata(struct bpf_sk_lookup *ctx)
{
	return verdict;
}

char _license[] SEC("license") = "GPL";
