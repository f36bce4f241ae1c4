/* Global functions taking pointers to memory: the kernel verifies each once, on its own, with
 * a `mem_or_null` of the pointee's size in the argument (`struct pair *`: 8 bytes), which it
 * must NULL-check; `__arg_nonnull` (a BTF decl tag) makes it plain memory from 6.8, and 6.1,
 * which reads no tag, refuses bump's unchecked write. */
#include "sk_lookup_helpers.h"

#define __arg_nonnull __attribute__((btf_decl_tag("arg:nonnull")))

struct pair {
	__u32 port;
	__u32 seen;
};

__attribute__((noinline)) int note_port(struct pair *p, __u32 port)
{
	if (!p)
		return 0;
	p->seen = p->port == port;
	return 0;
}

__attribute__((noinline)) int bump(__u32 *counter __arg_nonnull)
{
	*counter += 1;
	return 0;
}

SEC("sk_lookup")
int global_mem(struct bpf_sk_lookup *ctx)
{
	struct pair p = { .port = 80, .seen = 0 };
	__u32 n = 0;

	note_port(&p, ctx->local_port);
	bump(&n);
	return p.seen && n == 1 ? SK_PASS : SK_DROP;
}

char _license[] SEC("license") = "GPL";
