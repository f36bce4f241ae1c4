/* Configuration in global data, as libbpf skeletons set it: the port in .rodata, the socket
 * slot in .data, a hit counter in .bss. */
#include "campaign.h"

const volatile __u32 steer_port = 8080;
__u32 slot = 0;
__u64 hits;

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, __u64);
} sockets SEC(".maps");

SEC("sk_lookup")
int global_config(struct bpf_sk_lookup *ctx)
{
	struct bpf_sock *sk;

	if (ctx->local_port != steer_port)
		return SK_PASS;
	sk = bpf_map_lookup_elem(&sockets, &slot);
	if (!sk)
		return SK_PASS;
	if (!bpf_sk_assign(ctx, sk, 0))
		__sync_fetch_and_add(&hits, 1);
	bpf_sk_release(sk);
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
