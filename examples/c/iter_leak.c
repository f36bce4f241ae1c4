/* Broken iterator: the mistake is an iterator not destroyed on one path. The loop calls the
 * iterator kfuncs by hand instead of through `bpf_for`, and the early return on a socket
 * found leaves without bpf_iter_num_destroy: the iterator's reference leaks. */
#include "common.h"
#include "sk_lookup_iter.h"

SEC("sk_lookup")
int iter_leak(struct bpf_sk_lookup *ctx)
{
	struct bpf_iter_num it;
	struct bpf_sock *sk;
	__u32 key;
	int *i;

	if (ctx->family != AF_INET || ctx->protocol != IPPROTO_TCP)
		return SK_PASS;
	bpf_iter_num_new(&it, 0, 3);
	while ((i = bpf_iter_num_next(&it))) {
		key = *i;
		sk = bpf_map_lookup_elem(&sockets, &key);
		if (!sk)
			continue;
		bpf_sk_release(sk);
		return SK_PASS;
	}
	bpf_iter_num_destroy(&it);
	return SK_PASS;
}
