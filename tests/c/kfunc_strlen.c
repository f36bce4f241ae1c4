/* A string kfunc the kernel offers to SK_LOOKUP and this project models: bpf_strlen (6.17,
 * kernel/bpf/helpers.c's `common_btf_ids`) on a string on the stack, declared as
 * `extern ... __ksym` as libbpf's bpf_helpers.h declares kfuncs. libbpf loads it, and lint
 * verifies it. */
#include "sk_lookup_helpers.h"

#define __ksym __attribute__((section(".ksyms")))

extern int bpf_strlen(const char *s__ign) __ksym;

char _license[] SEC("license") = "GPL";

SEC("sk_lookup")
int string_length(struct bpf_sk_lookup *ctx)
{
	char s[8] = "ab";

	return bpf_strlen(s) == 2 ? SK_PASS : SK_DROP;
}
