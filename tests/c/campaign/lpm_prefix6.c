/* The IPv6 twin: a /128 key of the local address, the value a SOCKHASH key. */
#include "campaign.h"

struct lpm6_key {
	__u32 prefixlen;
	__u32 addr[4];
};

struct {
	__uint(type, BPF_MAP_TYPE_LPM_TRIE);
	__uint(max_entries, 16);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, struct lpm6_key);
	__type(value, __u32);
} prefixes6 SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_SOCKHASH);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u64);
} services6 SEC(".maps");

SEC("sk_lookup")
int lpm_prefix6(struct bpf_sk_lookup *ctx)
{
	struct lpm6_key key;
	struct bpf_sock *sk;
	__u32 *id;
	long err;

	if (ctx->family != AF_INET6)
		return SK_PASS;
	key.prefixlen = 128;
	key.addr[0] = ctx->local_ip6[0];
	key.addr[1] = ctx->local_ip6[1];
	key.addr[2] = ctx->local_ip6[2];
	key.addr[3] = ctx->local_ip6[3];
	id = bpf_map_lookup_elem(&prefixes6, &key);
	if (!id)
		return SK_PASS;
	sk = bpf_map_lookup_elem(&services6, id);
	if (!sk)
		return SK_PASS;
	err = bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return err ? SK_DROP : SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
