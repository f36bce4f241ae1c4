/* bpf_loop (5.17): TCP to 198.51.100.1 goes to the first socket present among the map's
 * slots (the fallback chain of loop.c), found by a callback bpf_loop calls once per slot.
 * The callback returns 1 to stop the loop at the first slot holding a socket and leaves the
 * slot's index in the context it shares with the program; a socket reference cannot leave
 * the callback, so the program looks the slot up again. */
#include "common.h"

static long (*bpf_loop)(__u32 nr_loops, void *callback_fn, void *callback_ctx, __u64 flags) =
	(void *)181;

struct first {
	__u32 slot;
	__u32 found;
};

static int find_socket(__u32 index, void *data)
{
	struct first *first = data;
	struct bpf_sock *sk;
	__u32 key = index;

	sk = bpf_map_lookup_elem(&sockets, &key);
	if (!sk)
		return 0;
	bpf_sk_release(sk);
	first->slot = index;
	first->found = 1;
	return 1;
}

SEC("sk_lookup")
int loop_callback(struct bpf_sk_lookup *ctx)
{
	struct first first = {};
	struct bpf_sock *sk;
	__u32 key;
	long err;

	if (ctx->family != AF_INET || ctx->protocol != IPPROTO_TCP)
		return SK_PASS;
	if (ctx->local_ip4 != ADDR_198_51_100_1)
		return SK_PASS;
	bpf_loop(3, find_socket, &first, 0);
	if (!first.found)
		return SK_PASS;
	key = first.slot;
	sk = bpf_map_lookup_elem(&sockets, &key);
	if (!sk)
		return SK_PASS;
	err = bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return err ? SK_DROP : SK_PASS;
}
