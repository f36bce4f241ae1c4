/* 192.0.2.0/24 TCP port 80 -> the socket at key 0 of nginx_socket. */
#include "sk_lookup_helpers.h"

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} nginx_socket SEC(".maps");

SEC("sk_lookup")
int steer_http(struct bpf_sk_lookup *ctx)
{
	__u32 key = 0;
	struct bpf_sock *sk;
	long err;

	if (ctx->family != 2 || ctx->protocol != 6 || ctx->local_port != 80)
		return SK_PASS;
	if ((ctx->local_ip4 & 0x00ffffff) != 0x0002c0)
		return SK_PASS;
	sk = bpf_map_lookup_elem(&nginx_socket, &key);
	if (!sk)
		return SK_DROP;
	err = bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return err ? SK_DROP : SK_PASS;
}

char _license[] SEC("license") = "GPL";
