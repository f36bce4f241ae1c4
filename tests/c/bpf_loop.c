/* A bpf_loop callback: a static function whose address clang loads with an ld_imm64 that
 * libbpf turns into BPF_PSEUDO_FUNC. libbpf passes the object's BTF func_info, which the
 * kernel wants for any callback; loaded without it the kernel refuses the address. */
#include "sk_lookup_helpers.h"

static long (*bpf_loop)(__u32 nr_loops, void *callback_fn, void *callback_ctx, __u64 flags) =
	(void *)181;

static int count(__u32 index, void *ctx)
{
	*(__u32 *)ctx += index;
	return 0;
}

SEC("sk_lookup")
int loop_callback(struct bpf_sk_lookup *ctx)
{
	__u32 sum = 0;

	bpf_loop(4, count, &sum, 0);
	return sum == 6 ? SK_PASS : SK_DROP;
}

char _license[] SEC("license") = "GPL";
