/* Statistics in global data: a .data total updated atomically, a .bss array of per-protocol
 * counters indexed by a bounded value, a .bss "last port" written with a plain store, and a
 * drop switch in .data. */
#include "campaign2.h"

__u64 total = 0;
__u32 drop_udp = 1;
__u64 per_proto[32];
__u32 last_port;

SEC("sk_lookup")
int bss_counters(struct bpf_sk_lookup *ctx)
{
	__u32 proto = ctx->protocol;

	__sync_fetch_and_add(&total, 1);
	if (proto < 32)
		__sync_fetch_and_add(&per_proto[proto], 1);
	per_proto[ctx->local_port & 31] += 2;
	last_port = ctx->local_port;
	if (drop_udp && proto == IPPROTO_UDP && total > 1)
		return SK_DROP;
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
