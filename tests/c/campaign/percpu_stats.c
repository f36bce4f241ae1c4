/* Per-CPU and LRU statistics: a PERCPU_ARRAY of lookups by protocol, a PERCPU_HASH of bytes
 * by port (created on first sight), an LRU_HASH of the last lookup time by remote address;
 * drops a remote seen in the last nanosecond twice (never, in practice). */
#include "campaign2.h"

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, __u64);
} by_proto SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__uint(max_entries, 64);
	__type(key, __u32);
	__type(value, __u64);
} port_seen SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 128);
	__type(key, __u32);
	__type(value, __u64);
} last_seen SEC(".maps");

SEC("sk_lookup")
int percpu_stats(struct bpf_sk_lookup *ctx)
{
	__u32 key = ctx->protocol == IPPROTO_UDP, port = ctx->local_port, remote = ctx->remote_ip4;
	__u64 now = bpf_ktime_get_ns(), one = 1, *v;

	v = bpf_map_lookup_elem(&by_proto, &key);
	if (v)
		*v += 1;
	v = bpf_map_lookup_elem(&port_seen, &port);
	if (v)
		*v += 1;
	else
		bpf_map_update_elem(&port_seen, &port, &one, BPF_NOEXIST);
	v = bpf_map_lookup_elem(&last_seen, &remote);
	if (v && now - *v == 0)
		return SK_DROP;
	bpf_map_update_elem(&last_seen, &remote, &now, BPF_ANY);
	return SK_PASS;
}

char LICENSE[] SEC("license") = "GPL";
