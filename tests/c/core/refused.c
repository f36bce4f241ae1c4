/* A CO-RE relocation libbpf cannot apply: a field of an anonymous struct read with
 * preserve_access_index. Candidates are found by name, an anonymous type has none, so
 * libbpf fails the relocation and loads no program of the object (lint's
 * `core-relocation`). */
#include "../sk_lookup_helpers.h"

struct bpf_sk_lookup___named {
	struct {
		__u32 family;
	} __attribute__((preserve_access_index)) *inner;
};

SEC("sk_lookup")
int refused(struct bpf_sk_lookup *ctx)
{
	struct bpf_sk_lookup___named *c = (void *)ctx;

	return c->inner->family == 2;
}

char _license[] SEC("license") = "GPL";
