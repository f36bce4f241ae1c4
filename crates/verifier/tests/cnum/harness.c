/*
 * Prints kernel_vectors.txt: the answers of the kernel's own circular-interval functions
 * (kernel/bpf/cnum.c, 7.2) for arcs at the edges of 32- and 64-bit values and at random,
 * which tests/cnum.rs checks ours against. Built from a kernel tree, not from a copy:
 *
 *   LINUX=/path/to/linux-source-7.2
 *   gcc -O1 -I shim -I $LINUX/include -o /tmp/cnum-harness harness.c $LINUX/kernel/bpf/cnum.c
 *   /tmp/cnum-harness > kernel_vectors.txt
 *
 * kernel_vectors.txt is its output built on Debian's linux-source-7.2 7.2.12-1~bpo13+1 (the
 * 7.2.12 image's kernel); torvalds/linux's cnum.c b2128290 with cnum_defs.h 637315cb gives
 * the same file.
 *
 * shim/ stands in for the few kernel headers cnum.c includes (types, min, max, swap).
 * Lines: `op width args... = results...`, hexadecimal; bounds prints umin umax smin smax.
 */
#include <linux/cnum.h>
#include <stdio.h>

#define PER_OP 250

static u64 rng = 0x9e3779b97f4a7c15ULL;

static u64 next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* A value near a wrap point, a small one, or any. */
static u64 pick(u64 umax)
{
	static const u64 edges[] = { 0, 1, 2, ~0ULL, ~0ULL - 1, 0x7fffffffffffffffULL,
				     0x8000000000000000ULL, 0xffffffffULL, 0x100000000ULL,
				     0x7fffffffULL, 0x80000000ULL };
	u64 r = next();

	switch (r % 4) {
	case 0:
		return (edges[(r >> 8) % 11] + (r >> 32) % 5 - 2) & umax;
	case 1:
		return (r >> 16) % 40;
	case 2:
		return umax - (r >> 16) % 40;
	default:
		return next() & umax;
	}
}

/*
 * A base and a size; the second arc often starts near the first, and every eighth pair
 * adds up to a full circle that starts at the signed maximum or elsewhere (normalize).
 */
static void arcs(u64 umax, u64 *a, u64 *b)
{
	if (next() % 8 == 0) {
		a[0] = pick(umax);
		a[1] = next() % 64;
		b[0] = ((next() % 2 ? umax >> 1 : pick(umax)) - a[0]) & umax;
		b[1] = umax - a[1];
		return;
	}
	a[0] = pick(umax);
	a[1] = pick(umax);
	b[0] = next() % 2 ? (a[0] + pick(umax)) & umax : pick(umax);
	b[1] = pick(umax);
	if (next() % 16 == 0) {
		a[0] = umax;
		a[1] = umax;
	}
}

#define DEFINE_WIDTH(T, ST)                                                           \
	static void width##T(void)                                                     \
	{                                                                              \
		u64 umax = (u64)U##T##_MAX, a[2], b[2];                                \
		struct cnum##T x, y, r;                                                 \
		for (int i = 0; i < PER_OP; i++) {                                     \
			arcs(umax, a, b);                                              \
			x = (struct cnum##T){ a[0], a[1] };                            \
			y = (struct cnum##T){ b[0], b[1] };                            \
			r = cnum##T##_from_urange(a[0], b[0]);                         \
			printf("from_urange " #T " %llx %llx = %llx %llx\n",           \
			       (unsigned long long)a[0], (unsigned long long)b[0],     \
			       (unsigned long long)r.base, (unsigned long long)r.size);\
			r = cnum##T##_from_srange((ST)a[0], (ST)b[0]);                 \
			printf("from_srange " #T " %llx %llx = %llx %llx\n",           \
			       (unsigned long long)a[0], (unsigned long long)b[0],     \
			       (unsigned long long)r.base, (unsigned long long)r.size);\
			printf("bounds " #T " %llx %llx = %llx %llx %llx %llx\n",      \
			       (unsigned long long)x.base, (unsigned long long)x.size, \
			       (unsigned long long)cnum##T##_umin(x),                  \
			       (unsigned long long)cnum##T##_umax(x),                  \
			       (unsigned long long)(u##T)cnum##T##_smin(x),            \
			       (unsigned long long)(u##T)cnum##T##_smax(x));           \
			printf("contains " #T " %llx %llx %llx = %x\n",                \
			       (unsigned long long)x.base, (unsigned long long)x.size, \
			       (unsigned long long)b[0], cnum##T##_contains(x, b[0])); \
			r = cnum##T##_intersect(x, y);                                  \
			printf("intersect " #T " %llx %llx %llx %llx = %llx %llx\n",   \
			       (unsigned long long)x.base, (unsigned long long)x.size, \
			       (unsigned long long)y.base, (unsigned long long)y.size, \
			       (unsigned long long)r.base, (unsigned long long)r.size);\
			r = cnum##T##_add(x, y);                                        \
			printf("add " #T " %llx %llx %llx %llx = %llx %llx\n",         \
			       (unsigned long long)x.base, (unsigned long long)x.size, \
			       (unsigned long long)y.base, (unsigned long long)y.size, \
			       (unsigned long long)r.base, (unsigned long long)r.size);\
			r = cnum##T##_negate(x);                                        \
			printf("negate " #T " %llx %llx = %llx %llx\n",                \
			       (unsigned long long)x.base, (unsigned long long)x.size, \
			       (unsigned long long)r.base, (unsigned long long)r.size);\
			printf("is_subset " #T " %llx %llx %llx %llx = %x\n",          \
			       (unsigned long long)x.base, (unsigned long long)x.size, \
			       (unsigned long long)y.base, (unsigned long long)y.size, \
			       cnum##T##_is_subset(x, y));                             \
		}                                                                      \
	}

DEFINE_WIDTH(32, s32)
DEFINE_WIDTH(64, s64)

static void cross(void)
{
	u64 a[2], b[2];

	for (int i = 0; i < 2 * PER_OP; i++) {
		struct cnum64 x, r;
		struct cnum32 y, r32;

		arcs(U64_MAX, a, b);
		x = (struct cnum64){ a[0], a[1] };
		if (next() % 2)
			x.size = next() % 0x300000000ULL;
		y = (struct cnum32){ (u32)b[0], (u32)b[1] };
		if (next() % 2)
			y = (struct cnum32){ (u32)(x.base + next() % 64 - 32), next() % 64 };
		r32 = cnum32_from_cnum64(x);
		printf("from_cnum64 64/32 %llx %llx = %llx %llx\n", (unsigned long long)x.base,
		       (unsigned long long)x.size, (unsigned long long)r32.base,
		       (unsigned long long)r32.size);
		r = cnum64_cnum32_intersect(x, y);
		printf("cnum32_intersect 64/32 %llx %llx %llx %llx = %llx %llx\n",
		       (unsigned long long)x.base, (unsigned long long)x.size,
		       (unsigned long long)y.base, (unsigned long long)y.size,
		       (unsigned long long)r.base, (unsigned long long)r.size);
	}
}

int main(void)
{
	printf("# kernel/bpf/cnum.c's answers, printed by harness.c (see its header)\n");
	width32();
	width64();
	cross();
	return 0;
}
