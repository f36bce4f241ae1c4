/* MISTAKE: a static __noinline function returns a pointer to its own stack (the key it
 * built), which is gone when the caller uses it. */
#include "campaign2.h"

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, __u64);
} sockets SEC(".maps");

static __noinline __u32 *key_for(__u32 port)
{
	volatile __u32 key = port == 80 ? 0 : 1;

	return (__u32 *)&key;
}

SEC("sk_lookup")
int bad_ret_stack_ptr(struct bpf_sk_lookup *ctx)
{
	struct bpf_sock *sk = bpf_map_lookup_elem(&sockets, key_for(ctx->local_port));

	if (!sk)
		return SK_PASS;
	bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
