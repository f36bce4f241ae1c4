/*
 * Prints the verifier logs of three small SK_LOOKUP programs (a scalar dereferenced, two
 * subprograms with stack, a refusal inside a subprogram) at log levels 1 and 2 with
 * BPF_LOG_STATS, and one without stats. The *.log files beside it are its output inside
 * Debian's 7.2.12 and 7.3.4 images (`gcc -static -o /tmp/getlog getlog.c`, then run as the
 * guest's command through the bootvm crate, `Vm::new(vmlinuz, &["/tmp/getlog"])`), one file
 * per program and level (level5/level6: levels 1 and 2 with stats); read by
 * tests/log_formats.rs.
 */
#include <linux/bpf.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#define I(c,d,s,o,i) ((struct bpf_insn){c,d,s,o,i})
static char log[1<<20];
static void load(const char *name, struct bpf_insn *p, int n, int level) {
	union bpf_attr a; memset(&a,0,sizeof a);
	a.prog_type = BPF_PROG_TYPE_SK_LOOKUP; a.expected_attach_type = BPF_SK_LOOKUP;
	a.insns = (unsigned long)p; a.insn_cnt = n; a.license = (unsigned long)"GPL";
	a.log_buf = (unsigned long)log; a.log_size = sizeof log; a.log_level = level;
	log[0]=0;
	int fd = syscall(SYS_bpf, BPF_PROG_LOAD, &a, sizeof a);
	printf("=== %s level %d fd %d\n%s=== end\n", name, level, fd, log);
}
int main(void) {
	struct bpf_insn scalar_deref[] = {
		I(0xb7,7,0,0,5),          /* r7 = 5 */
		I(0x61,0,7,0,0),          /* r0 = *(u32 *)(r7 +0) */
		I(0x95,0,0,0,0),
	};
	struct bpf_insn subprogs[] = {
		I(0x7a,10,0,-8,0),        /* *(u64 *)(r10 -8) = 0 */
		I(0x85,0,1,0,2),          /* call pc+2 */
		I(0xb7,0,0,0,0),
		I(0x95,0,0,0,0),
		I(0x7a,10,0,-16,0),       /* *(u64 *)(r10 -16) = 0 */
		I(0xb7,0,0,0,0),
		I(0x95,0,0,0,0),
	};
	struct bpf_insn subprog_refused[] = {
		I(0x7a,10,0,-8,0),
		I(0x85,0,1,0,2),
		I(0xb7,0,0,0,0),
		I(0x95,0,0,0,0),
		I(0xb7,1,0,0,5),
		I(0x61,0,1,0,0),          /* r0 = *(u32 *)(r1 +0): scalar */
		I(0x95,0,0,0,0),
	};
	for (int lv = 1; lv <= 2; lv++) {
		load("scalar_deref", scalar_deref, 3, lv | 4);
		load("subprogs", subprogs, 7, lv | 4);
		load("subprog_refused", subprog_refused, 7, lv | 4);
	}
	load("scalar_deref_nostats", scalar_deref, 3, 1);
	return 0;
}
