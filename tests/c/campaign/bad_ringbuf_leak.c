/* MISTAKE: the early return for UDP forgets the reserved ring buffer record (neither
 * submitted nor discarded). */
#include "campaign2.h"

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events SEC(".maps");

SEC("sk_lookup")
int bad_ringbuf_leak(struct bpf_sk_lookup *ctx)
{
	__u32 *port = bpf_ringbuf_reserve(&events, sizeof(*port), 0);

	if (!port)
		return SK_PASS;
	if (ctx->protocol == IPPROTO_UDP)
		return SK_PASS;
	*port = ctx->local_port;
	bpf_ringbuf_submit(port, 0);
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
