/* CO-RE in the vmlinux.h style: struct bpf_sk_lookup and struct bpf_sock flavors with only
 * the fields used (preserve_access_index); the socket from the map is assigned only while
 * it listens (bpf_sock's state, TCP_LISTEN = 10), and a UDP destination port is compared
 * with as many bytes as the kernel's remote_port has (bpf_core_field_size: 2 since 5.18). */
#include "common.h"
#include "core.h"

#define TCP_LISTEN 10

struct bpf_sock___core {
	__u32 state;
	__u32 family;
} __core;

struct bpf_sk_lookup___core {
	__u32 family;
	__u32 protocol;
	__u32 local_ip4;
	__u32 local_port;
	__u16 remote_port;
} __core;

SEC("sk_lookup")
int core_sock(struct bpf_sk_lookup *ctx)
{
	struct bpf_sk_lookup___core *c = (void *)ctx;
	struct bpf_sock___core *s;
	__u32 key = PROXY;
	struct bpf_sock *sk;
	long err;

	if (c->family != AF_INET || c->local_ip4 != ADDR_198_51_100_1)
		return SK_PASS;
	if (c->protocol == IPPROTO_UDP && bpf_core_field_size(c->remote_port) == 2 &&
	    c->remote_port == 0)
		return SK_DROP;
	sk = bpf_map_lookup_elem(&sockets, &key);
	if (!sk)
		return SK_PASS;
	s = (void *)sk;
	if (s->state != TCP_LISTEN || s->family != AF_INET) {
		bpf_sk_release(sk);
		return SK_PASS;
	}
	err = bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return err ? SK_DROP : SK_PASS;
}
