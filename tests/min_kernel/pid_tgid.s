# Needs 6.10: bpf_get_current_pid_tgid is offered to every program type from 6.10 on
# (skctx's helper table); 6.1's verifier says `unknown func`, 6.2 to 6.9 refuse it for the
# program type. tests/lint_kernel.rs loads it into the host and both kernel images.
.program pid_tgid
	call bpf_get_current_pid_tgid
	r0 = 1
	exit
.license "GPL"
