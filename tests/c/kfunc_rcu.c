/* A kfunc the kernel offers to SK_LOOKUP and this project models: the RCU read-side
 * critical section of bpf_rcu_read_lock/unlock (kernel/bpf/helpers.c's `common_btf_ids`,
 * 6.2), declared as `extern ... __ksym` as libbpf's bpf_helpers.h declares kfuncs. libbpf
 * loads it, and lint verifies it. */
#include "sk_lookup_helpers.h"

#define __ksym __attribute__((section(".ksyms")))

extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym;

char _license[] SEC("license") = "GPL";

SEC("sk_lookup")
int rcu_section(struct bpf_sk_lookup *ctx)
{
	bpf_rcu_read_lock();
	bpf_rcu_read_unlock();
	return SK_PASS;
}
