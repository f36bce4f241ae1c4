/* A dense switch on the local port (the kind of code a compiler may turn into a jump
 * table) choosing a SOCKMAP slot, and a sparse one choosing to drop. */
#include "campaign2.h"

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 3);
	__type(key, __u32);
	__type(value, __u64);
} backends SEC(".maps");

SEC("sk_lookup")
int switch_ports(struct bpf_sk_lookup *ctx)
{
	struct bpf_sock *sk;
	__u32 slot;

	switch (ctx->local_port) {
	case 20: case 21: case 23: case 25:
		return SK_DROP;
	case 22: slot = 1; break;
	case 24: case 26: slot = 0; break;
	case 27: case 29: slot = 2; break;
	case 28: slot = 1; break;
	default:
		switch (ctx->local_port) {
		case 80: slot = 0; break;
		case 443: slot = 0; break;
		case 8080: slot = 1; break;
		case 53: slot = 2; break;
		case 5353: return SK_DROP;
		default: return SK_PASS;
		}
	}
	sk = bpf_map_lookup_elem(&backends, &slot);
	if (!sk)
		return SK_PASS;
	bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
