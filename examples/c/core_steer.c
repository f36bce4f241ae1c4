/* CO-RE: seed use case 1 (IPv4 TCP to 192.0.2.0/24 port 80 -> nginx) reading the context
 * through a local flavor of struct bpf_sk_lookup (`___core`, preserve_access_index) whose
 * fields are declared in another order than the kernel's: the loader relocates each read
 * to the kernel's offset. `port_override` is a field no kernel has: its read is guarded by
 * bpf_core_field_exists, so the loader's poisoned instruction is never reached. */
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
int core_steer(struct bpf_sk_lookup *ctx)
{
	struct bpf_sk_lookup___core *c = (void *)ctx;
	__u32 key = NGINX, port = 80;
	struct bpf_sock *sk;
	long err;

	if (bpf_core_field_exists(c->port_override))
		port = c->port_override;
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
