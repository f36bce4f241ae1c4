/* Checks the socket before steering: it must be a listening TCP socket of the lookup's family
 * on a port other than the one asked for (bpf_sock fields after the lookup). */
#include "campaign.h"

struct {
	__uint(type, BPF_MAP_TYPE_SOCKHASH);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, __u64);
} by_port SEC(".maps");

SEC("sk_lookup")
int sock_fields(struct bpf_sk_lookup *ctx)
{
	__u32 port = ctx->local_port;
	struct bpf_sock *sk = bpf_map_lookup_elem(&by_port, &port);
	int ok;

	if (!sk)
		return SK_PASS;
	ok = sk->type == 1 /* SOCK_STREAM */ && sk->state == 10 /* TCP_LISTEN */ &&
	     sk->family == ctx->family && sk->src_port != port && sk->protocol == ctx->protocol;
	if (ok)
		ok = bpf_sk_assign(ctx, sk, 0) == 0;
	bpf_sk_release(sk);
	return ok || sk == 0 ? SK_PASS : SK_DROP;
}

char LICENSE[] SEC("license") = "GPL";
