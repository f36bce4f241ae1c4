/* A `__kconfig` extern (libbpf's bpf_helpers.h: section .kconfig, weak): libbpf fills
 * LINUX_KERNEL_VERSION and CONFIG_* in from the kernel's release and configuration at load
 * time, which lint does not model: the program is unsupported, naming the extern. */
#include "../sk_lookup_helpers.h"

extern unsigned int LINUX_KERNEL_VERSION __attribute__((section(".kconfig"), weak));

SEC("sk_lookup")
int kconfig(struct bpf_sk_lookup *ctx)
{
	return LINUX_KERNEL_VERSION >= (6 << 16) + (1 << 8);
}

char _license[] SEC("license") = "GPL";
