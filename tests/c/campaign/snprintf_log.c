/* Formats the lookup into a stack buffer with bpf_snprintf (the format a constant string in
 * .rodata, the arguments an array of u64) and drops the lookup when the text was cut short. */
#include "campaign2.h"

SEC("sk_lookup")
int snprintf_log(struct bpf_sk_lookup *ctx)
{
	static const char fmt[] = "%pI4:%u->%u";
	char out[16];
	__u64 data[3];
	__u32 ip = ctx->remote_ip4;
	long n;

	data[0] = (__u64)(long)&ip;
	data[1] = bpf_htons(ctx->remote_port);
	data[2] = ctx->local_port;
	n = bpf_snprintf(out, sizeof(out), fmt, data, sizeof(data));
	if (n > (long)sizeof(out))
		return SK_DROP;
	bpf_trace_printk(out, sizeof(out));
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
