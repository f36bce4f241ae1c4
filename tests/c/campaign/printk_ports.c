/* Logs every lookup of port 80 with bpf_printk (the format in .rodata, three arguments:
 * bpf_trace_printk) and one with five arguments through bpf_trace_vprintk, as libbpf's
 * bpf_printk does past three, then steers port 80 to the web socket. */
#include "campaign2.h"

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} target SEC(".maps");

SEC("sk_lookup")
int printk_ports(struct bpf_sk_lookup *ctx)
{
	static const char fmt5[] = "sk_lookup %u %u -> %u:%u proto %u";
	__u64 args[5];
	__u32 zero = 0;
	struct bpf_sock *sk;

	if (ctx->local_port != 80)
		return SK_PASS;
	bpf_printk("lookup %x:%u from port %u", ctx->local_ip4, ctx->local_port,
		   bpf_htons(ctx->remote_port));
	args[0] = ctx->family;
	args[1] = ctx->remote_ip4;
	args[2] = ctx->local_ip4;
	args[3] = ctx->local_port;
	args[4] = ctx->protocol;
	bpf_trace_vprintk(fmt5, sizeof(fmt5), args, sizeof(args));
	sk = bpf_map_lookup_elem(&target, &zero);
	if (!sk)
		return SK_PASS;
	bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
