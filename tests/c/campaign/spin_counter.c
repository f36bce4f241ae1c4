/* Counts lookups per local port in a HASH whose value holds a bpf_spin_lock: the entry is
 * created with BPF_NOEXIST, reset under the lock with BPF_F_LOCK | BPF_EXIST (copied without
 * the lock word), then counted between bpf_spin_lock and bpf_spin_unlock. Passes when the
 * locked update worked and the count is odd. */
#include "campaign.h"

struct port_stats {
	struct bpf_spin_lock lock;
	__u32 hits;
	__u64 last_remote;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, __u32);
	__type(value, struct port_stats);
} stats SEC(".maps");

static long (*bpf_spin_lock)(struct bpf_spin_lock *lock) = (void *)93;
static long (*bpf_spin_unlock)(struct bpf_spin_lock *lock) = (void *)94;

SEC("sk_lookup")
int spin_counter(struct bpf_sk_lookup *ctx)
{
	__u32 port = ctx->local_port;
	struct port_stats init = {}, *s;
	long err;

	bpf_map_update_elem(&stats, &port, &init, BPF_NOEXIST);
	err = bpf_map_update_elem(&stats, &port, &init, BPF_F_LOCK | BPF_EXIST);
	s = bpf_map_lookup_elem(&stats, &port);
	if (!s)
		return SK_DROP;
	bpf_spin_lock(&s->lock);
	s->hits++;
	s->last_remote = ctx->remote_port;
	bpf_spin_unlock(&s->lock);
	return !err && (s->hits & 1) ? SK_PASS : SK_DROP;
}

char LICENSE[] SEC("license") = "GPL";
