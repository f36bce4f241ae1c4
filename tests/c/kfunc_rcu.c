/* A kfunc the kernel offers to SK_LOOKUP but this project does not model: the RCU read-side
 * critical section of bpf_rcu_read_lock/unlock (kernel/bpf/helpers.c's `common_btf_ids`),
 * declared as `extern ... __ksym` as libbpf's bpf_helpers.h declares kfuncs. libbpf loads
 * it; lint must not call it an undefined function, and calls the program unsupported. */
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
