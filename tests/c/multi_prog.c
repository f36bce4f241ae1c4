/* Several programs and a BPF-to-BPF call in one object, with a sockhash and an array map. */
#include "sk_lookup_helpers.h"

struct {
	__uint(type, BPF_MAP_TYPE_SOCKHASH);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, __u64);
} by_port SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u32);
} counters SEC(".maps");

static __attribute__((noinline)) int count(__u32 idx)
{
	__u32 *c = bpf_map_lookup_elem(&counters, &idx);
	if (c)
		__sync_fetch_and_add(c, 1);
	return 0;
}

SEC("sk_lookup")
int by_dest_port(struct bpf_sk_lookup *ctx)
{
	__u32 port = ctx->local_port;
	struct bpf_sock *sk;

	count(0);
	sk = bpf_map_lookup_elem(&by_port, &port);
	if (!sk)
		return SK_PASS;
	bpf_sk_assign(ctx, sk, BPF_SK_LOOKUP_F_NO_REUSEPORT);
	bpf_sk_release(sk);
	return SK_PASS;
}

SEC("sk_lookup")
int drop_odd_ports(struct bpf_sk_lookup *ctx)
{
	count(1);
	if (ctx->sk)
		return SK_PASS;
	return (ctx->local_port & 1) ? SK_DROP : SK_PASS;
}

SEC("sk_lookup")
int random_pass(struct bpf_sk_lookup *ctx)
{
	__u64 t = bpf_ktime_get_ns();
	__u32 r = bpf_get_prandom_u32();
	int i, acc = 0;

	for (i = 0; i < 8; i++)
		acc += (r >> i) & 1;
	return (acc + t) & 1;
}

char _license[] SEC("license") = "Dual BSD/GPL";
