/* Global functions whose parameters are not an int, the context or a pointer to a sized
 * type, as clang emits them: `void *` tagged `__arg_ctx` (the context from 6.8; 6.1 reads no
 * tag and cannot size a `void *`), a pointer to a pointer (8 bytes of memory), an untagged
 * `void *` (refused at the call from 6.8, before any instruction on 6.1) and a global
 * function returning void (refused by every release up to 6.18). One program each. */
#include "sk_lookup_helpers.h"

#define __arg_ctx __attribute__((btf_decl_tag("arg:ctx")))

__attribute__((noinline)) int port_of(void *ctx __arg_ctx)
{
	struct bpf_sk_lookup *c = ctx;

	return c->local_port;
}

SEC("sk_lookup")
int ctx_arg(struct bpf_sk_lookup *ctx)
{
	return port_of(ctx) == 80 ? SK_PASS : SK_DROP;
}

__attribute__((noinline)) int first_port(__u32 **ports)
{
	if (!ports || !*ports)
		return 0;
	return 1;
}

SEC("sk_lookup")
int ptr_ptr_arg(struct bpf_sk_lookup *ctx)
{
	__u32 port = ctx->local_port;
	__u32 *p = &port;

	return first_port(&p) ? SK_PASS : SK_DROP;
}

__attribute__((noinline)) int is_http(void *port)
{
	return port != 0;
}

SEC("sk_lookup")
int void_arg(struct bpf_sk_lookup *ctx)
{
	__u32 port = ctx->local_port;

	return is_http(&port) ? SK_PASS : SK_DROP;
}

volatile __u32 calls;

__attribute__((noinline)) void count(__u32 n)
{
	calls += n;
}

SEC("sk_lookup")
int void_return(struct bpf_sk_lookup *ctx)
{
	count(1);
	return SK_PASS;
}

char _license[] SEC("license") = "GPL";
