/* What the second round's programs add to campaign.h: the helpers for output (trace_printk,
 * trace_vprintk, snprintf, perf_event_output, the ring buffer) and the processor number, as
 * libbpf's bpf_helper_defs.h declares them, and libbpf's bpf_printk (up to three arguments,
 * the format in .rodata). Kept apart so the first round's objects stay as they were built. */
#ifndef CAMPAIGN2_H
#define CAMPAIGN2_H
#include "campaign.h"

static long (*bpf_trace_printk)(const char *fmt, __u32 fmt_size, ...) = (void *)6;
static __u32 (*bpf_get_smp_processor_id)(void) = (void *)8;
static long (*bpf_perf_event_output)(void *ctx, void *map, __u64 flags, void *data,
				     __u64 size) = (void *)25;
static long (*bpf_ringbuf_output)(void *ringbuf, void *data, __u64 size,
				  __u64 flags) = (void *)130;
static void *(*bpf_ringbuf_reserve)(void *ringbuf, __u64 size, __u64 flags) = (void *)131;
static void (*bpf_ringbuf_submit)(void *data, __u64 flags) = (void *)132;
static void (*bpf_ringbuf_discard)(void *data, __u64 flags) = (void *)133;
static long (*bpf_snprintf)(char *str, __u32 str_size, const char *fmt, __u64 *data,
			    __u32 data_len) = (void *)165;
static long (*bpf_trace_vprintk)(const char *fmt, __u32 fmt_size, const void *data,
				 __u32 data_len) = (void *)177;

#define bpf_printk(fmt, ...)                                                   \
	({                                                                     \
		static const char ____fmt[] = fmt;                             \
		bpf_trace_printk(____fmt, sizeof(____fmt), ##__VA_ARGS__);     \
	})
#endif
