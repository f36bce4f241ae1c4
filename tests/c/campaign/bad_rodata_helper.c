/* MISTAKE: formats into a buffer declared const (in .rodata) with bpf_snprintf: the helper
 * would write into a read-only map. */
#include "campaign2.h"

const volatile char line[16] = "";

SEC("sk_lookup")
int bad_rodata_helper(struct bpf_sk_lookup *ctx)
{
	static const char fmt[] = "port %u";
	__u64 data[1] = { ctx->local_port };

	bpf_snprintf((char *)line, sizeof(line), fmt, data, sizeof(data));
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
