/* CO-RE: core_steer without the bpf_core_field_exists guard: `port_override` is a field no
 * kernel has, so the loader poisons its read (a call of the invalid helper 0xbad2310) and
 * the verifier refuses the program where the poisoned instruction is reached. */
#include "common.h"
#include "core.h"

struct bpf_sk_lookup___core {
	__u32 local_port;
	__u32 local_ip4;
	__u32 port_override;
	__u32 protocol;
	__u32 family;
} __core;

SEC("sk_lookup")
int core_steer_unguarded(struct bpf_sk_lookup *ctx)
{
	struct bpf_sk_lookup___core *c = (void *)ctx;
	__u32 key = NGINX, port = c->port_override;
	struct bpf_sock *sk;
	long err;

	if (c->family != AF_INET || c->protocol != IPPROTO_TCP || c->local_port != port)
		return SK_PASS;
	if ((c->local_ip4 & MASK_24) != NET_192_0_2)
		return SK_PASS;
	sk = bpf_map_lookup_elem(&sockets, &key);
	if (!sk)
		return SK_PASS;
	err = bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return err ? SK_DROP : SK_PASS;
}
