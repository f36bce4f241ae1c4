/* Every CO-RE relocation kind, each in a program of its own, resolved against the running
 * kernel's types by libbpf (bpftool) and by corerelo in tests/core_kernel.rs, which compares
 * the instructions each produces. Local `___k` flavors name kernel types with only (or
 * other) fields; `not_in_kernel` and `struct no_such_type___k` exist in no kernel. */
#include "../sk_lookup_helpers.h"

#define FIELD(f, kind) __builtin_preserve_field_info(f, kind)
#define TYPE(t, kind) __builtin_preserve_type_info(*(typeof(t) *)0, kind)
#define ENUMVAL(e, kind) __builtin_preserve_enum_value(*(enum sk_action___k *)e, kind)
#define __k __attribute__((preserve_access_index))

struct bpf_sk_lookup___k {
	__u64 family;		/* 4 bytes in the kernel: the load narrowed */
	__u32 protocol;
	__u16 remote_port;
	__u32 remote_ip6[4];
	__u32 local_port;
	__u32 ingress_ifindex;
	__s64 local_ip4;	/* signed and wider than the kernel's: the load poisoned */
	__u32 not_in_kernel;
} __k;

struct bpf_sock___k {
	__s32 rx_queue_mapping;
	__u32 state;
	__u32 dst_ip6[4];
} __k;

struct sk_buff___k {
	__u8 cloned: 1, fclone: 2;
	__u8 pkt_type: 3;	/* in an anonymous struct of the kernel's sk_buff */
} __k;

struct no_such_type___k {
	int x;
} __k;

enum sk_action___k { SK_DROP___k = 0, SK_PASS___k = 1, SK_MAYBE___k = 2 };

/* byte_off (plain, array element, narrowed, poisoned), byte_sz, field_exists, signed. */
SEC("sk_lookup/field")
int field(struct bpf_sk_lookup *ctx)
{
	struct bpf_sk_lookup___k *c = (void *)ctx;
	__u64 v = 0;

	v += c->family + c->protocol + c->remote_port + c->remote_ip6[2] + c->local_port;
	v += FIELD(c->remote_port, 1) + FIELD(c->remote_ip6, 1) + FIELD(c->ingress_ifindex, 1);
	v += FIELD(c->local_port, 2) + FIELD(c->ingress_ifindex, 2);
	if (FIELD(c->not_in_kernel, 2))
		v += c->not_in_kernel + c->local_ip4;
	v += FIELD(((struct bpf_sock___k *)0)->rx_queue_mapping, 3);
	v += FIELD(((struct bpf_sock___k *)0)->state, 3);
	v += FIELD(((struct bpf_sock___k *)0)->dst_ip6[1], 0);
	return v & 1;
}

/* lshift_u64, rshift_u64, byte_off and byte_sz of bitfields. */
SEC("sk_lookup/bitfield")
int bitfield(struct bpf_sk_lookup *ctx)
{
	struct sk_buff___k *s = 0;
	__u64 v = ctx->family;

	v += FIELD(s->cloned, 4) + FIELD(s->cloned, 5) + FIELD(s->fclone, 4) + FIELD(s->fclone, 5);
	v += FIELD(s->pkt_type, 4) + FIELD(s->pkt_type, 5) + FIELD(s->pkt_type, 0);
	v += FIELD(s->fclone, 1) + FIELD(s->pkt_type, 3);
	return v & 1;
}

/* local_type_id, target_type_id, type_exists, type_size, type_matches. */
SEC("sk_lookup/type")
int type(struct bpf_sk_lookup *ctx)
{
	__u64 v = ctx->family;

	v += __builtin_btf_type_id(*(struct bpf_sock___k *)0, 0);
	v += __builtin_btf_type_id(*(struct bpf_sock___k *)0, 1);
	v += TYPE(struct bpf_sock___k, 0) + TYPE(struct no_such_type___k, 0);
	v += TYPE(struct bpf_sk_lookup___k, 1) + TYPE(struct bpf_sock___k, 1);
#if __clang_major__ >= 15
	v += TYPE(struct bpf_sock___k, 2) + TYPE(enum sk_action___k, 2);
#endif
	return v & 1;
}

/* enumval_exists, enumval_value (a missing enumerator's value poisoned, behind its check). */
SEC("sk_lookup/enumval")
int enumval(struct bpf_sk_lookup *ctx)
{
	__u64 v = ctx->family;

	v += ENUMVAL(SK_PASS___k, 0) + ENUMVAL(SK_MAYBE___k, 0);
	v += ENUMVAL(SK_PASS___k, 1) + ENUMVAL(SK_DROP___k, 1);
	if (ENUMVAL(SK_MAYBE___k, 0))
		v += ENUMVAL(SK_MAYBE___k, 1);
	return v & 1;
}

char _license[] SEC("license") = "GPL";
