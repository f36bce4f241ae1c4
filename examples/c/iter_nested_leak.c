/* Broken nested iterators: the mistake is an inner iterator not destroyed on one path. The
 * outer loop is a `bpf_for`, which destroys its iterator whichever way it is left; the inner
 * one calls the iterator kfuncs by hand, and the return on a socket found leaves without
 * bpf_iter_num_destroy: the inner iterator's reference leaks (found at the program's exit,
 * after the static function returns). */
#include "common.h"
#include "sk_lookup_iter.h"

static __attribute__((noinline)) int pick(struct bpf_sk_lookup *ctx, __u32 first)
{
	struct bpf_iter_num it;
	struct bpf_sock *sk;
	__u32 key;
	int pass, *i;

	bpf_for(pass, 0, 2) {
		bpf_iter_num_new(&it, 0, 3);
		while ((i = bpf_iter_num_next(&it))) {
			key = pass ? *i : (first + *i) % 3;
			sk = bpf_map_lookup_elem(&sockets, &key);
			if (!sk)
				continue;
			bpf_sk_release(sk);
			return SK_PASS;
		}
		bpf_iter_num_destroy(&it);
	}
	return SK_PASS;
}

SEC("sk_lookup")
int iter_nested_leak(struct bpf_sk_lookup *ctx)
{
	if (ctx->family != AF_INET || ctx->protocol != IPPROTO_TCP)
		return SK_PASS;
	return pick(ctx, ctx->local_port);
}
