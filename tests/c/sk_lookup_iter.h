/* The open-coded number iterator as libbpf's bpf_helpers.h offers it (`bpf_for`,
 * `bpf_repeat`, the kfuncs bpf_iter_num_*, 6.4), written out for the iterator examples. A
 * header of its own, so that the other programs' objects do not change. */
#ifndef SK_LOOKUP_ITER_H
#define SK_LOOKUP_ITER_H
#include "sk_lookup_helpers.h"
/* Kernel functions (kfuncs) are extern declarations in the `.ksyms` section: clang records
 * them in BTF, and the loader gives each call the kernel's BTF id of the function. */
#define __ksym __attribute__((section(".ksyms")))

/* The open-coded number iterator (6.4; Debian bookworm's uapi headers predate it). */
struct bpf_iter_num {
	__u64 __opaque[1];
} __attribute__((aligned(8)));

extern int bpf_iter_num_new(struct bpf_iter_num *it, int start, int end) __ksym;
extern int *bpf_iter_num_next(struct bpf_iter_num *it) __ksym;
extern void bpf_iter_num_destroy(struct bpf_iter_num *it) __ksym;

/* bpf_for(i, start, end): `i` takes start, ..., end - 1 from a number iterator that is
 * destroyed when the loop's scope ends (the `cleanup` attribute, whichever way it is left).
 * The iterator is created in the declaration of a dummy pointer, so only once; naming
 * bpf_iter_num_destroy there makes clang emit its BTF, which it omits for a function named
 * only in `cleanup`. Each step takes the next value and re-checks it against the bounds, so
 * the verifier knows the range of `i` in the body. */
#define bpf_for(i, start, end)                                                   \
	for (struct bpf_iter_num __sk_it                                         \
		     __attribute__((aligned(8), cleanup(bpf_iter_num_destroy))), \
	     *__sk_once __attribute__((unused)) =                                \
		     (bpf_iter_num_new(&__sk_it, (start), (end)),                \
		      (void)bpf_iter_num_destroy, (void *)0);                     \
	     ({                                                                  \
		     int *__sk_v = bpf_iter_num_next(&__sk_it);                  \
		     __sk_v && ((i) = *__sk_v, (i) >= (start) && (i) < (end));   \
	     });)

/* bpf_repeat(n): the body runs n times (no index). */
#define bpf_repeat(n)                                                            \
	for (struct bpf_iter_num __sk_it                                         \
		     __attribute__((aligned(8), cleanup(bpf_iter_num_destroy))), \
	     *__sk_once __attribute__((unused)) =                                \
		     (bpf_iter_num_new(&__sk_it, 0, (n)),                        \
		      (void)bpf_iter_num_destroy, (void *)0);                     \
	     bpf_iter_num_next(&__sk_it);)
#endif
