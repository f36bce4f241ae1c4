/* Load balancing: picks one of three SOCKMAP slots with bpf_get_prandom_u32 for port 443,
 * falls back to slot 0 when the slot is empty, and records the CPU and time of the last pick. */
#include "campaign2.h"

#define N_BACKENDS 3

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, N_BACKENDS);
	__type(key, __u32);
	__type(value, __u64);
} lb SEC(".maps");

__u32 last_cpu;
__u64 last_pick_ns;

SEC("sk_lookup")
int random_pick(struct bpf_sk_lookup *ctx)
{
	__u32 idx, zero = 0;
	struct bpf_sock *sk;

	if (ctx->local_port != 443 || ctx->protocol != IPPROTO_TCP)
		return SK_PASS;
	idx = bpf_get_prandom_u32() % N_BACKENDS;
	sk = bpf_map_lookup_elem(&lb, &idx);
	if (!sk)
		sk = bpf_map_lookup_elem(&lb, &zero);
	if (!sk)
		return SK_PASS;
	bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	last_cpu = bpf_get_smp_processor_id();
	last_pick_ns = bpf_ktime_get_ns();
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
