/* MISTAKE: a bpf_snprintf format with more conversions than
 * arguments (two %u, one u64). */
#include "campaign2.h"

SEC("sk_lookup")
int bad_snprintf_format(struct bpf_sk_lookup *ctx)
{
	static const char fmt[] = "port %u %u";
	char out[16];
	__u64 data[1] = { ctx->local_port };

	bpf_snprintf(out, sizeof(out), fmt, data, sizeof(data));
	bpf_trace_printk(out, sizeof(out));
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
