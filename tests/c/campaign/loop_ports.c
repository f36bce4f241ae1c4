/* A bounded loop over a list of ports in .rodata. */
#include "campaign.h"

#define NPORTS 6
const volatile __u16 ports[NPORTS] = { 22, 80, 443, 8080, 8443, 9000 };

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} sink SEC(".maps");

SEC("sk_lookup")
int loop_ports(struct bpf_sk_lookup *ctx)
{
	__u32 zero = 0;
	struct bpf_sock *sk;
	int i, found = 0;

	for (i = 0; i < NPORTS; i++) {
		if (ctx->local_port == ports[i]) {
			found = 1;
			break;
		}
	}
	if (!found)
		return SK_PASS;
	sk = bpf_map_lookup_elem(&sink, &zero);
	if (!sk)
		return SK_PASS;
	bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
