/* MISTAKE: updates the .rodata configuration at run time (a cast drops the const): the
 * map is read-only to programs. */
#include "campaign2.h"

const volatile __u32 seen_port = 0;

SEC("sk_lookup")
int bad_rodata_write(struct bpf_sk_lookup *ctx)
{
	if (ctx->local_port == seen_port)
		return SK_DROP;
	*(volatile __u32 *)&seen_port = ctx->local_port;
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
