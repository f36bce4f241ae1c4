/* An open-coded iterator loop (libbpf's `bpf_for`, the kfuncs bpf_iter_num_*, 6.4): TCP to
 * 198.51.100.1 goes to the first socket present among the map's slots, tried in order; the
 * iterator is destroyed on every way out of the loop, the early return included. */
#include "common.h"
#include "sk_lookup_iter.h"

SEC("sk_lookup")
int iter_for(struct bpf_sk_lookup *ctx)
{
	struct bpf_sock *sk;
	__u32 key;
	int i;

	if (ctx->family != AF_INET || ctx->protocol != IPPROTO_TCP)
		return SK_PASS;
	if (ctx->local_ip4 != ADDR_198_51_100_1)
		return SK_PASS;
	bpf_for(i, 0, 3) {
		key = i;
		sk = bpf_map_lookup_elem(&sockets, &key);
		if (!sk)
			continue;
		long err = bpf_sk_assign(ctx, sk, 0);
		bpf_sk_release(sk);
		return err ? SK_DROP : SK_PASS;
	}
	return SK_PASS;
}
