/* A static __noinline function returning a pointer into a map value (a per-port counter
 * slot of an ARRAY, NULL when the port is out of range): the caller checks and bumps it. */
#include "campaign2.h"

struct counters {
	__u64 hits[16];
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct counters);
} port_hits SEC(".maps");

static __noinline __u64 *slot_for(__u32 port)
{
	__u32 zero = 0;
	struct counters *c = bpf_map_lookup_elem(&port_hits, &zero);

	if (!c || port >= 16)
		return (void *)0;
	return &c->hits[port];
}

SEC("sk_lookup")
int return_ptr(struct bpf_sk_lookup *ctx)
{
	__u64 *n = slot_for(ctx->local_port - 80);

	if (!n)
		return SK_PASS;
	__sync_fetch_and_add(n, 1);
	return *n > 1000 ? SK_DROP : SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
