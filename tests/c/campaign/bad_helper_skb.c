/* MISTAKE: tries to read packet bytes with bpf_skb_load_bytes (an skb helper; SK_LOOKUP
 * runs before there is a packet to read from the program's point of view). */
#include "campaign2.h"

static long (*bpf_skb_load_bytes)(const void *skb, __u32 offset, void *to,
				  __u32 len) = (void *)26;

SEC("sk_lookup")
int bad_helper_skb(struct bpf_sk_lookup *ctx)
{
	__u8 b[4];

	if (bpf_skb_load_bytes(ctx, 0, b, sizeof(b)))
		return SK_PASS;
	return b[0] == 0x45 ? SK_PASS : SK_DROP;
}

char LICENSE[] SEC("license") = "GPL";
