/* Broken dispatch: the mistake is a missing NULL check after the first lookup. The service
 * id the LPM_TRIE returns is read (to build the SOCKHASH key) without checking that the
 * trie had an entry for the destination at all. */
#include "common.h"

struct dest {
	__u32 prefixlen;
	__u32 port;
	__u32 addr;
};

struct {
	__uint(type, BPF_MAP_TYPE_LPM_TRIE);
	__uint(max_entries, 1024);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, struct dest);
	__type(value, __u64);
} services SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_SOCKHASH);
	__uint(max_entries, 64);
	__type(key, __u64);
	__type(value, __u64);
} service_sockets SEC(".maps");

SEC("sk_lookup")
int dispatch_value_null(struct bpf_sk_lookup *ctx)
{
	struct dest key = { .prefixlen = 64 };
	struct bpf_sock *sk;
	__u64 *service;
	__u64 id;
	long err;

	if (ctx->family != AF_INET)
		return SK_PASS;
	key.port = ctx->local_port;
	key.addr = ctx->local_ip4;
	service = bpf_map_lookup_elem(&services, &key);
	id = *service;
	sk = bpf_map_lookup_elem(&service_sockets, &id);
	if (!sk)
		return SK_DROP;
	err = bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return err ? SK_DROP : SK_PASS;
}
