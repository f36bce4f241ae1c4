/* Dispatch through an ARRAY of indices: protocol -> sockmap slot, 0xff for "leave alone". */
#include "campaign.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 256);
	__type(key, __u32);
	__type(value, __u32);
} proto_slot SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u64);
} slots SEC(".maps");

SEC("sk_lookup")
int array_dispatch(struct bpf_sk_lookup *ctx)
{
	__u32 proto = ctx->protocol;
	struct bpf_sock *sk;
	__u32 *slot;

	slot = bpf_map_lookup_elem(&proto_slot, &proto);
	if (!slot || *slot == 0xff)
		return SK_PASS;
	sk = bpf_map_lookup_elem(&slots, slot);
	if (!sk)
		return SK_PASS;
	if (bpf_sk_assign(ctx, sk, 0)) {
		bpf_sk_release(sk);
		return SK_DROP;
	}
	bpf_sk_release(sk);
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
