/* MISTAKE: asks for the current task's pid (bpf_get_current_pid_tgid, a tracing helper
 * SK_LOOKUP programs are not given). */
#include "campaign2.h"

static __u64 (*bpf_get_current_pid_tgid)(void) = (void *)14;

SEC("sk_lookup")
int bad_helper_pid(struct bpf_sk_lookup *ctx)
{
	return bpf_get_current_pid_tgid() >> 32 == 1 ? SK_DROP : SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
