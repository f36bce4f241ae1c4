/* A typed `__ksym` variable (section .ksyms): libbpf gives its ld_imm64 the kernel's BTF id
 * of the variable (BPF_PSEUDO_BTF_ID), which lint does not model: the program is
 * unsupported, naming the variable. */
#include "../sk_lookup_helpers.h"

extern const int bpf_prog_active __attribute__((section(".ksyms")));
static void *(*bpf_this_cpu_ptr)(const void *percpu_ptr) = (void *)154;

SEC("sk_lookup")
int ksym(struct bpf_sk_lookup *ctx)
{
	const int *active = bpf_this_cpu_ptr(&bpf_prog_active);

	return *active == 0;
}

char _license[] SEC("license") = "GPL";
