/* Broken steer_http6: the mistake is a context field read with the wrong size. Family and
 * protocol, two adjacent 4-byte fields, are read as one 8-byte load; the kernel converts
 * context reads field by field and lets each be read 1, 2 or 4 bytes at a time only. */
#include "common.h"

SEC("sk_lookup")
int steer_http6_wide_read(struct bpf_sk_lookup *ctx)
{
	__u32 key = NGINX;
	struct bpf_sock *sk;
	long err;

	if (*(volatile __u64 *)&ctx->family != ((__u64)IPPROTO_TCP << 32 | AF_INET6))
		return SK_PASS;
	if (ctx->local_port != 80 || ctx->local_ip6[0] != NET6_2001_DB8 || ctx->local_ip6[1] != 0)
		return SK_PASS;
	sk = bpf_map_lookup_elem(&sockets, &key);
	if (!sk)
		return SK_DROP;
	err = bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return err ? SK_DROP : SK_PASS;
}
