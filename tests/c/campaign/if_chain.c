/* A long if / else-if chain over remote address, remote port and local port, the way rule
 * lists are hand-written, ending in a steer to the sink socket. */
#include "campaign2.h"

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} sink SEC(".maps");

SEC("sk_lookup")
int if_chain(struct bpf_sk_lookup *ctx)
{
	__u32 raddr = bpf_htonl(ctx->remote_ip4), lport = ctx->local_port;
	__u16 rport = bpf_htons(ctx->remote_port);
	struct bpf_sock *sk;
	__u32 zero = 0;

	if (ctx->family != AF_INET)
		return SK_PASS;
	if ((raddr & 0xff000000) == 0x0a000000)
		return SK_DROP;
	else if (rport < 1024 && lport != 53)
		return SK_DROP;
	else if (lport == 8500)
		goto steer;
	else if (lport >= 81 && lport <= 89)
		goto steer;
	else if ((raddr & 0xffffff00) == 0xcb007100 && lport == 443)
		goto steer;
	else if (raddr == 0xcb007108 && lport == 7000)
		return SK_DROP;
	else if (ctx->protocol == IPPROTO_UDP && lport == 8080)
		goto steer;
	else if (rport == 6666)
		return SK_DROP;
	return SK_PASS;
steer:
	sk = bpf_map_lookup_elem(&sink, &zero);
	if (!sk)
		return SK_PASS;
	bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
