/* Looks at the socket an earlier program selected (ctx->sk, NULL when none): keeps a
 * listening TCP selection on port 8080, takes any other selection back with
 * bpf_sk_assign(ctx, NULL, BPF_SK_LOOKUP_F_REPLACE), and otherwise clears with
 * bpf_sk_assign(ctx, NULL, 0) before steering to the fallback socket with REPLACE. */
#include "campaign2.h"

#define TCP_LISTEN 10

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} fallback SEC(".maps");

SEC("sk_lookup")
int selected_state(struct bpf_sk_lookup *ctx)
{
	struct bpf_sock *cur = ctx->sk, *sk;
	__u32 zero = 0;
	long err;

	if (cur) {
		if (cur->state == TCP_LISTEN && cur->src_port == 8080)
			return SK_PASS;
		bpf_sk_assign(ctx, (void *)0, BPF_SK_LOOKUP_F_REPLACE);
		return SK_PASS;
	}
	err = bpf_sk_assign(ctx, (void *)0, 0);
	if (err)
		return SK_DROP;
	if (ctx->local_port != 23)
		return SK_PASS;
	sk = bpf_map_lookup_elem(&fallback, &zero);
	if (!sk)
		return SK_PASS;
	err = bpf_sk_assign(ctx, sk, BPF_SK_LOOKUP_F_REPLACE);
	bpf_sk_release(sk);
	return err ? SK_DROP : SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
