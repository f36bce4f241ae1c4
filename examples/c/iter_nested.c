/* Nested open-coded iterator loops (`bpf_for` inside `bpf_for`, 6.4) in a static __noinline
 * function, a BPF-to-BPF call as clang emits a function it does not inline: TCP to
 * 198.51.100.1 goes to the first socket present among the map's slots, tried on a first
 * pass from the slot the destination port names and on a second pass from slot 0. Each
 * iterator lives in the callee's frame and is destroyed whichever way its loop is left. */
#include "common.h"
#include "sk_lookup_iter.h"

static __attribute__((noinline)) int pick(struct bpf_sk_lookup *ctx, __u32 first)
{
	struct bpf_sock *sk;
	__u32 key;
	int pass, i;

	bpf_for(pass, 0, 2) {
		bpf_for(i, 0, 3) {
			key = pass ? i : (first + i) % 3;
			sk = bpf_map_lookup_elem(&sockets, &key);
			if (!sk)
				continue;
			long err = bpf_sk_assign(ctx, sk, 0);
			bpf_sk_release(sk);
			return err ? SK_DROP : SK_PASS;
		}
	}
	return SK_PASS;
}

SEC("sk_lookup")
int iter_nested(struct bpf_sk_lookup *ctx)
{
	if (ctx->family != AF_INET || ctx->protocol != IPPROTO_TCP)
		return SK_PASS;
	if (ctx->local_ip4 != ADDR_198_51_100_1)
		return SK_PASS;
	return pick(ctx, ctx->local_port);
}
