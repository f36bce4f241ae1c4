/* A kfunc the kernel offers to SK_LOOKUP but this project does not model: the IRQ-disabled
 * section of bpf_local_irq_save/restore (6.14, kernel/bpf/helpers.c's `common_btf_ids`; the
 * flags live in a STACK_IRQ_FLAG slot), declared as `extern ... __ksym` as libbpf's
 * bpf_helpers.h declares kfuncs. libbpf loads it; lint must not call it an undefined
 * function, and calls the program unsupported. */
#include "sk_lookup_helpers.h"

#define __ksym __attribute__((section(".ksyms")))

extern void bpf_local_irq_save(unsigned long *flags) __ksym;
extern void bpf_local_irq_restore(unsigned long *flags) __ksym;

char _license[] SEC("license") = "GPL";

SEC("sk_lookup")
int irq_section(struct bpf_sk_lookup *ctx)
{
	unsigned long flags;

	bpf_local_irq_save(&flags);
	bpf_local_irq_restore(&flags);
	return SK_PASS;
}
