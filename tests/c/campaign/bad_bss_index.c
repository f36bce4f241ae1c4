/* MISTAKE: indexes a .bss array of 64 counters by the local port without a bound (fixed
 * twin: bss_counters). */
#include "campaign2.h"

__u64 per_port[64];

SEC("sk_lookup")
int bad_bss_index(struct bpf_sk_lookup *ctx)
{
	per_port[ctx->local_port] += 1;
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
