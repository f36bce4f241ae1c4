/* Broken loop_callback: the mistake is a callback return value outside [0, 1]. The callback
 * returns the slot's index + 1 to say where it stopped; bpf_loop's callback must return 0
 * (go on) or 1 (stop), and the verifier checks it at the callback's exit. */
#include "common.h"

static long (*bpf_loop)(__u32 nr_loops, void *callback_fn, void *callback_ctx, __u64 flags) =
	(void *)181;

static int find_socket(__u32 index, void *data)
{
	struct bpf_sock *sk;
	__u32 key = index;

	sk = bpf_map_lookup_elem(&sockets, &key);
	if (!sk)
		return 0;
	bpf_sk_release(sk);
	return index + 1;
}

SEC("sk_lookup")
int loop_callback_bad_return(struct bpf_sk_lookup *ctx)
{
	struct bpf_sock *sk;
	__u32 key;
	long n, err;

	if (ctx->family != AF_INET || ctx->protocol != IPPROTO_TCP)
		return SK_PASS;
	if (ctx->local_ip4 != ADDR_198_51_100_1)
		return SK_PASS;
	n = bpf_loop(3, find_socket, 0, 0);
	if (n <= 0)
		return SK_PASS;
	key = n - 1;
	sk = bpf_map_lookup_elem(&sockets, &key);
	if (!sk)
		return SK_PASS;
	err = bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return err ? SK_DROP : SK_PASS;
}
