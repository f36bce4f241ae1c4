/* Destination prefix in an LPM trie names the sockmap slot of the service. */
#include "campaign.h"

struct lpm_key {
	__u32 prefixlen;
	__u32 addr;
};

struct {
	__uint(type, BPF_MAP_TYPE_LPM_TRIE);
	__uint(max_entries, 16);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, struct lpm_key);
	__type(value, __u32);
} prefixes SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u64);
} services SEC(".maps");

SEC("sk_lookup/prefix4")
int lpm_prefix4(struct bpf_sk_lookup *ctx)
{
	struct lpm_key key = { .prefixlen = 32 };
	struct bpf_sock *sk;
	__u32 *slot;
	long err;

	if (ctx->family != AF_INET)
		return SK_PASS;
	key.addr = ctx->local_ip4;
	slot = bpf_map_lookup_elem(&prefixes, &key);
	if (!slot)
		return SK_PASS;
	sk = bpf_map_lookup_elem(&services, slot);
	if (!sk)
		return SK_DROP;
	err = bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return err == 0 ? SK_PASS : SK_DROP;
}

char LICENSE[] SEC("license") = "GPL";
