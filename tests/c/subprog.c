/* BPF-to-BPF calls into static __noinline functions of .text: a program whose callee calls
 * another function, and a program whose callee stores into the (read-only) context, which
 * the kernel rejects inside that callee. */
#include "sk_lookup_helpers.h"

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, __u64);
} socks SEC(".maps");

static __attribute__((noinline)) __u32 is_odd(__u32 port)
{
	return port & 1;
}

static __attribute__((noinline)) int pick(struct bpf_sk_lookup *ctx)
{
	__u32 key = is_odd(ctx->local_port);
	struct bpf_sock *sk = bpf_map_lookup_elem(&socks, &key);

	if (!sk)
		return SK_PASS;
	bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return SK_PASS;
}

SEC("sk_lookup")
int nested_calls(struct bpf_sk_lookup *ctx)
{
	return pick(ctx);
}

static __attribute__((noinline)) int clobber(struct bpf_sk_lookup *ctx)
{
	ctx->local_port = 80;
	return SK_PASS;
}

SEC("sk_lookup")
int writes_ctx(struct bpf_sk_lookup *ctx)
{
	if (ctx->protocol == 6)
		return clobber(ctx);
	return is_odd(ctx->remote_port) ? SK_DROP : SK_PASS;
}

char _license[] SEC("license") = "GPL";
