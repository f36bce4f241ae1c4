/* Copies a record built on the stack into a ring buffer with bpf_ringbuf_output, and sends
 * the same record to a PERF_EVENT_ARRAY with bpf_perf_event_output (BPF_F_CURRENT_CPU). */
#include "campaign2.h"

struct record {
	__u64 when;
	__u32 cpu;
	__u32 local_port;
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} log_rb SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} log_perf SEC(".maps");

SEC("sk_lookup")
int ringbuf_output(struct bpf_sk_lookup *ctx)
{
	struct record r = {};

	r.when = bpf_ktime_get_ns();
	r.cpu = bpf_get_smp_processor_id();
	r.local_port = ctx->local_port;
	if (bpf_ringbuf_output(&log_rb, &r, sizeof(r), 0))
		return SK_DROP;
	bpf_perf_event_output(ctx, &log_perf, BPF_F_CURRENT_CPU, &r, sizeof(r));
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
