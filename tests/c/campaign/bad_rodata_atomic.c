/* MISTAKE: counts lookups with an atomic add on a counter declared const (in .rodata). */
#include "campaign2.h"

const volatile struct {
	__u32 limit;
	__u32 pad;
	__u64 count;
} cfg = { .limit = 100 };

SEC("sk_lookup")
int bad_rodata_atomic(struct bpf_sk_lookup *ctx)
{
	__sync_fetch_and_add((__u64 *)&cfg.count, 1);
	return cfg.count > cfg.limit ? SK_DROP : SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
