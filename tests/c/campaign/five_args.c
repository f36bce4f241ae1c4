/* Static functions with five arguments (the most BPF passes in registers): one
 * __noinline (a real BPF-to-BPF call), one __always_inline, deciding a SOCKMAP slot from
 * the lookup's fields. */
#include "campaign2.h"

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 3);
	__type(key, __u32);
	__type(value, __u64);
} backends SEC(".maps");

static __noinline int pick(__u32 family, __u32 proto, __u32 lport, __u32 rport, __u32 raddr)
{
	if (family != AF_INET)
		return -1;
	if (proto == IPPROTO_UDP)
		return lport == 53 ? 2 : -1;
	if (lport == 80 || lport == 443)
		return (raddr ^ rport) & 1;
	return -1;
}

static __always_inline int allowed(__u32 family, __u32 proto, __u32 lport, __u32 rport,
				   __u32 raddr)
{
	return !(family == AF_INET && proto == IPPROTO_TCP && lport == 23 &&
		 (raddr & 0xff) == 10 && rport != 0);
}

SEC("sk_lookup")
int five_args(struct bpf_sk_lookup *ctx)
{
	struct bpf_sock *sk;
	__u32 slot;
	int r;

	if (!allowed(ctx->family, ctx->protocol, ctx->local_port, ctx->remote_port,
		     ctx->remote_ip4))
		return SK_DROP;
	r = pick(ctx->family, ctx->protocol, ctx->local_port, bpf_htons(ctx->remote_port),
		 bpf_htonl(ctx->remote_ip4));
	if (r < 0)
		return SK_PASS;
	slot = r;
	sk = bpf_map_lookup_elem(&backends, &slot);
	if (!sk)
		return SK_PASS;
	bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
