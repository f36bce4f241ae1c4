# Global subprograms (BTF_FUNC_GLOBAL: clang's non-static `__noinline` functions), loaded
# with BTF func_info (`# func: LABEL global (ARGS)`: a FUNC whose prototype returns `int`
# and takes `int` (scalar) or `struct bpf_sk_lookup *` (ctx) parameters). The kernel walks
# a global function once, on its own, from its prototype (an unknown scalar per `int`, the
# context per ctx pointer), and at a call site only checks the arguments against the
# prototype and goes on with an unknown scalar in R0 and R1-R5 cleared. 6.1 verifies every
# global function before the program; from 6.8 (skctx's `verifies_global_subprogs_lazily`)
# the program first, then each global function a call reaches. Measured on 6.18.44 and
# inside Debian's 6.12.118 and 6.1.192 images.

# test: global_scalar_arg_accepted
# kernel: since 6.1
# func: g global (scalar)
# note: the callee returns its argument: any scalar is a valid return of a global function.
    r1 = 5
    call g
    r0 = 0
    exit
g:
    r0 = r1
    exit

# test: global_ctx_arg_loads_from_context
# kernel: since 6.1
# func: g global (ctx)
# note: the ctx parameter is the context in the callee's own walk: a field load is checked
# note: as in the program.
    call g
    r0 = 0
    exit
g:
    r0 = *(u32 *)(r1 + 12)
    exit

# test: global_ctx_arg_bad_context_offset
# kernel: since 6.1
# func: g global (ctx)
# note: the same load at an offset the context refuses, rejected inside the callee.
    call g
    r0 = 0
    exit
g:
    r0 = *(u32 *)(r1 + 2)       # error[ctx-bad-access]: invalid bpf_context access off=2 size=4
    exit

# test: global_body_variable_ctx_offset
# kernel: since 6.1
# func: g global (ctx, scalar)
# note: the callee is walked for any scalar in its int parameter: the context moved by it is
# note: refused at the load, though the only caller passes 0.
    r2 = 0
    call g
    r0 = 0
    exit
g:
    r2 &= 4
    r1 += r2
    r0 = *(u32 *)(r1 + 12)      # error[ctx-var-offset]: variable ctx access var_off=(0x0; 0x4) disallowed
    exit

# test: static_body_constant_ctx_offset
# kernel: since 6.1
# func: g static
# note: the static twin of global_body_variable_ctx_offset: walked inline with the caller's
# note: 0, the load is at a constant offset.
    r2 = 0
    call g
    r0 = 0
    exit
g:
    r2 &= 4
    r1 += r2
    r0 = *(u32 *)(r1 + 12)
    exit

# test: global_call_ctx_for_scalar
# kernel: since 6.1
# func: g global (scalar)
# note: R1 still holds the context where the prototype wants an int.
    call g                      # error[global-func-args]: R1 is not a scalar
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: global_call_uninit_for_scalar
# kernel: since 6.1
# func: g global (ctx, scalar)
# note: an argument register never written is no scalar either.
    call g                      # error[global-func-args]: R2 is not a scalar
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: global_call_scalar_for_ctx
# kernel: since 6.8
# func: g global (ctx)
    r1 = 0
    call g                      # error[global-func-args]: arg#0 expects pointer to ctx
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: global_call_scalar_for_ctx_6_1
# kernel: since 5.11
# note: version: after 5.10.262, by 5.15.225 (their images): the case claims 5.11 on, the release UNCONFIRMED; twin `global_call_scalar_for_ctx_v5_10`.
# kernel: before 6.8
# func: g global (ctx)
    r1 = 0
    call g                      # error[global-func-args]: arg#0 expected pointer to ctx, but got PTR
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: global_call_scalar_for_ctx_v5_10
# kernel: before 5.11
# note: version: the `struct bpf_sk_lookup *` parameter is refused before any instruction as a pointer it
# note: version: does not support; confirmed on Debian 11's 5.10.0-46 (5.10.262) under qemu.
# func: g global (ctx)
    r1 = 0
# error[global-func-proto]: Arg#0 type PTR in f1() is not supported yet.
    call g
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: global_result_unknown
# kernel: since 6.8
# func: g global ()
# note: the caller does not see the callee return 0: R0 is an unknown scalar after the call.
    call g
    exit                        # error[retval-range]: At program exit the register R0 has unknown scalar value should have been in [0, 1]
g:
    r0 = 0
    exit

# test: global_result_unknown_6_1
# kernel: before 6.8
# func: g global ()
    call g
    exit                        # error[retval-range]: At program exit the register R0 has unknown scalar value should have been in (0x0; 0x1)
g:
    r0 = 0
    exit

# test: static_result_known
# kernel: since 6.1
# func: g static
# note: the static twin of global_result_unknown: walked inline, the callee's 0 reaches the
# note: program's exit.
    call g
    exit
g:
    r0 = 0
    exit

# test: global_args_cleared_after_call
# kernel: since 6.1
# func: g global (scalar)
    r1 = 1
    call g
    r0 = r1                     # error[uninit-read]: R1 !read_ok
    exit
g:
    r0 = 0
    exit

# test: global_exit_needs_r0
# kernel: since 6.1
# func: g global ()
    call g
    r0 = 0
    exit
g:
    exit                        # error[uninit-read]: R0 !read_ok

# test: global_verified_before_program_on_6_1
# kernel: before 6.8
# func: g global ()
# note: the program and the callee both fail: 6.1 walks the global function first.
    call g
    r0 = r1
    exit
g:
    exit                        # error[uninit-read]: R0 !read_ok

# test: global_verified_after_program
# kernel: since 6.8
# func: g global ()
# note: global_verified_before_program_on_6_1 on later releases: the program fails first.
    call g
    r0 = r1                     # error[uninit-read]: R1 !read_ok
    exit
g:
    exit

# test: global_second_fails_after_first_passed
# kernel: since 6.1
# func: g global ()
# func: h global ()
# note: two global functions walked in order, the first passes and the second fails: the
# note: kernel's log keeps one line of the first's walk (`Func#1 ... is safe for any args
# note: that match its prototype`) before the second's (`Validating f2() func#2...`).
    call g
    call h
    r0 = 0
    exit
g:
    r0 = 0
    exit
h:
    exit                        # error[uninit-read]: R0 !read_ok

# test: global_called_from_static_function
# kernel: since 6.1
# func: s static
# func: g global ()
# note: a static function, walked inline in frame 1, calls a global one: the call is checked
# note: and skipped there as in the program (R1-R5 cleared in that frame).
    call s
    exit
s:
    r1 = 1
    call g
    r0 = r1                     # error[uninit-read]: R1 !read_ok
    exit
g:
    r0 = 0
    exit
