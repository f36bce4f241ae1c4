/* MISTAKE: builds bpf_snprintf's format on the stack (old bpf_trace_printk style): it must
 * be a constant string in a read-only map. */
#include "campaign2.h"

SEC("sk_lookup")
int bad_snprintf_stack_fmt(struct bpf_sk_lookup *ctx)
{
	char fmt[] = "port %u";
	char out[16];
	__u64 data[1] = { ctx->local_port };

	bpf_snprintf(out, sizeof(out), fmt, data, sizeof(data));
	bpf_trace_printk(out, sizeof(out));
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
