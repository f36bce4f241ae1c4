/* A libbpf-style configuration struct in .rodata (const volatile, set before load): the
 * port range, the socket slot and the behaviour for unmatched UDP. */
#include "campaign2.h"

struct config {
	__u16 port_lo;
	__u16 port_hi;
	__u32 slot;
	__u8 drop_other_udp;
	__u8 family;
};

const volatile struct config cfg = {
	.port_lo = 80,
	.port_hi = 90,
	.slot = 1,
	.drop_other_udp = 1,
	.family = AF_INET,
};

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, __u64);
} pair SEC(".maps");

SEC("sk_lookup")
int rodata_struct(struct bpf_sk_lookup *ctx)
{
	struct bpf_sock *sk;
	__u32 slot = cfg.slot;

	if (ctx->family != cfg.family)
		return SK_PASS;
	if (ctx->local_port < cfg.port_lo || ctx->local_port > cfg.port_hi)
		return cfg.drop_other_udp && ctx->protocol == IPPROTO_UDP ? SK_DROP : SK_PASS;
	sk = bpf_map_lookup_elem(&pair, &slot);
	if (!sk)
		return SK_PASS;
	bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
