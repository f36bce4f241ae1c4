/* Reports each steered lookup in a BPF ring buffer (reserve, fill, submit; discarded when
 * the socket is missing), as tubular-like daemons do for their metrics. */
#include "campaign2.h"

struct event {
	__u32 local_ip4;
	__u32 local_port;
	__u16 remote_port;
	__u8 protocol;
	__u8 steered;
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} target SEC(".maps");

SEC("sk_lookup")
int ringbuf_events(struct bpf_sk_lookup *ctx)
{
	struct event *e;
	struct bpf_sock *sk;
	__u32 zero = 0;

	if (ctx->local_port != 80 && ctx->local_port != 81)
		return SK_PASS;
	e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e)
		return SK_PASS;
	e->local_ip4 = ctx->local_ip4;
	e->local_port = ctx->local_port;
	e->remote_port = ctx->remote_port;
	e->protocol = ctx->protocol;
	sk = bpf_map_lookup_elem(&target, &zero);
	if (!sk || ctx->local_port == 81) {
		if (sk)
			bpf_sk_release(sk);
		bpf_ringbuf_discard(e, 0);
		return SK_PASS;
	}
	e->steered = bpf_sk_assign(ctx, sk, 0) == 0;
	bpf_sk_release(sk);
	bpf_ringbuf_submit(e, 0);
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
