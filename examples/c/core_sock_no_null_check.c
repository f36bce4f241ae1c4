/* CO-RE: core_sock reading the socket's state through the bpf_sock flavor before the NULL
 * check: relocated or not, a load through a maybe-NULL socket pointer is refused. */
#include "common.h"
#include "core.h"

#define TCP_LISTEN 10

struct bpf_sock___core {
	__u32 state;
	__u32 family;
} __core;

struct bpf_sk_lookup___core {
	__u32 family;
	__u32 local_ip4;
} __core;

SEC("sk_lookup")
int core_sock_no_null_check(struct bpf_sk_lookup *ctx)
{
	struct bpf_sk_lookup___core *c = (void *)ctx;
	struct bpf_sock___core *s;
	__u32 key = PROXY;
	struct bpf_sock *sk;
	long err = 0;

	if (c->family != AF_INET || c->local_ip4 != ADDR_198_51_100_1)
		return SK_PASS;
	sk = bpf_map_lookup_elem(&sockets, &key);
	s = (void *)sk;
	if (s->state != TCP_LISTEN)
		return SK_PASS;
	if (sk) {
		err = bpf_sk_assign(ctx, sk, 0);
		bpf_sk_release(sk);
	}
	return err ? SK_DROP : SK_PASS;
}
