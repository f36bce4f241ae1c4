/* MISTAKE: writes the record's last field after submitting it (the reference is gone). */
#include "campaign2.h"

struct event {
	__u32 port;
	__u32 proto;
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events SEC(".maps");

SEC("sk_lookup")
int bad_ringbuf_after_submit(struct bpf_sk_lookup *ctx)
{
	struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);

	if (!e)
		return SK_PASS;
	e->port = ctx->local_port;
	bpf_ringbuf_submit(e, 0);
	e->proto = ctx->protocol;
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
