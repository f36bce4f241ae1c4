# Open-coded number iterators (libbpf's `bpf_for`/`bpf_repeat`): the kfuncs
# `bpf_iter_num_new`, `bpf_iter_num_next` and `bpf_iter_num_destroy` (kernel/bpf/bpf_iter.c,
# registered for every program type from 6.4; 6.1 has none). A call to the undefined symbol
# is resolved to the running kernel's BTF id as libbpf resolves an extern `__ksym` function.
# The iterator is 8 bytes of stack (`struct bpf_iter_num`, one STACK_ITER slot) holding a
# reference from `new` to `destroy`.

.skmap iter_values, type=array, key=4, value=8, max_entries=1

# test: iter_num_new_destroy
# kernel: since 6.4
# note: the smallest correct use: create, destroy, nothing else.
    r1 = r10
    r1 += -8
    r2 = 0
    r3 = 3
    call bpf_iter_num_new
    r1 = r10
    r1 += -8
    call bpf_iter_num_destroy
    r0 = 0
    exit

# test: iter_num_loop_counts
# kernel: since 6.4
# note: `bpf_for(i, 0, 10)` as clang emits it: `next` until NULL, the value read through the
# note: returned pointer; the count in r6 is never made precise, so the loop converges.
    r1 = r10
    r1 += -8
    r2 = 0
    r3 = 10
    call bpf_iter_num_new
    r6 = 0
loop:
    r1 = r10
    r1 += -8
    call bpf_iter_num_next
    if r0 == 0 goto done
    r2 = *(u32 *)(r0 + 0)
    r6 += r2
    goto loop
done:
    r1 = r10
    r1 += -8
    call bpf_iter_num_destroy
    r0 = 0
    exit

# test: iter_num_leak
# kernel: since 6.4
# note: an iterator never destroyed is a reference still held at exit.
    r1 = r10
    r1 += -8
    r2 = 0
    r3 = 3
    call bpf_iter_num_new
    r0 = 0
    exit                        # error[reference-leak]: Unreleased reference id=1 alloc_insn=4

# test: iter_num_next_uninit
# kernel: since 6.4
    r1 = r10
    r1 += -8
    call bpf_iter_num_next      # error[iter-arg]: expected an initialized iter_num as arg #0
    r0 = 0
    exit

# test: iter_num_new_twice
# kernel: since 6.4
    r1 = r10
    r1 += -8
    r2 = 0
    r3 = 3
    call bpf_iter_num_new
    r1 = r10
    r1 += -8
    r2 = 0
    r3 = 3
    call bpf_iter_num_new       # error[iter-arg]: expected uninitialized iter_num as arg #0
    r0 = 0
    exit

# test: iter_num_destroy_twice
# kernel: since 6.4
    r1 = r10
    r1 += -8
    r2 = 0
    r3 = 3
    call bpf_iter_num_new
    r1 = r10
    r1 += -8
    call bpf_iter_num_destroy
    r1 = r10
    r1 += -8
    call bpf_iter_num_destroy   # error[iter-arg]: expected an initialized iter_num as arg #0
    r0 = 0
    exit

# test: iter_num_value_unchecked
# kernel: since 6.4
# note: `next` may return NULL: the value is read before the check. The kernel walks the
# note: NULL (drained) branch first, where R0 is the scalar 0.
    r1 = r10
    r1 += -8
    r2 = 0
    r3 = 3
    call bpf_iter_num_new
    r1 = r10
    r1 += -8
    call bpf_iter_num_next
    r2 = *(u32 *)(r0 + 0)       # error[invalid-mem-access]: R0 invalid mem access 'scalar'
    r1 = r10
    r1 += -8
    call bpf_iter_num_destroy
    r0 = 0
    exit

# test: iter_num_value_write
# kernel: since 6.4
# note: the returned `int *` is read-only memory of 4 bytes.
    r1 = r10
    r1 += -8
    r2 = 0
    r3 = 3
    call bpf_iter_num_new
    r1 = r10
    r1 += -8
    call bpf_iter_num_next
    if r0 == 0 goto out
    *(u32 *)(r0 + 0) = 1        # error[rdonly-write]: R0 cannot write into rdonly_mem
out:
    r1 = r10
    r1 += -8
    call bpf_iter_num_destroy
    r0 = 0
    exit

# test: iter_num_value_too_wide
# kernel: since 6.4
    r1 = r10
    r1 += -8
    r2 = 0
    r3 = 3
    call bpf_iter_num_new
    r1 = r10
    r1 += -8
    call bpf_iter_num_next
    if r0 == 0 goto out
    r2 = *(u64 *)(r0 + 0)       # error[map-value-bounds]: invalid access to memory, mem_size=4 off=0 size=8
out:
    r1 = r10
    r1 += -8
    call bpf_iter_num_destroy
    r0 = 0
    exit

# test: iter_num_misaligned
# note: the kernel prints "cannot pass in iter at an offset=-12" on the line before.
# kernel: since 6.4
    r1 = r10
    r1 += -12
    r2 = 0
    r3 = 3
    call bpf_iter_num_new       # error[iter-arg]: expected uninitialized iter_num as arg #0
    r0 = 0
    exit

# test: iter_num_slot_overwritten
# kernel: since 6.4
# note: a store into the iterator's slot is allowed and destroys the iterator (its slot
# note: becomes the stored value), though its reference stays held.
    r1 = r10
    r1 += -8
    r2 = 0
    r3 = 3
    call bpf_iter_num_new
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r1 = r10
    r1 += -8
    call bpf_iter_num_destroy   # error[iter-arg]: expected an initialized iter_num as arg #0
    r0 = 0
    exit

# test: iter_num_kfunc_not_gpl
# kernel: since 6.4
# license: Proprietary
# note: `add_kfunc_call` refuses a kfunc call from a program whose license is not
# note: GPL-compatible when it meets the first one, in `add_subprog_and_kfunc`: before any
# note: other structural check (here the last instruction falling through), no instruction named.
# error[gpl-only]: cannot call kernel function from non-GPL compatible program
    r1 = r10
    r1 += -8
    r2 = 0
    r3 = 3
    call bpf_iter_num_new
    r1 = r10
    r1 += -8
    call bpf_iter_num_destroy
    r0 = 0

# test: iter_num_in_static_subprogram
# kernel: since 6.4
# note: `bpf_for` in a static function: the iterator on the subprogram's own stack, created,
# note: walked until it converges and destroyed before the subprogram returns.
    call sub
    r0 = 0
    exit
sub:
    r1 = r10
    r1 += -8
    r2 = 0
    r3 = 10
    call bpf_iter_num_new
loop:
    r1 = r10
    r1 += -8
    call bpf_iter_num_next
    if r0 == 0 goto done
    goto loop
done:
    r1 = r10
    r1 += -8
    call bpf_iter_num_destroy
    r0 = 0
    exit

# test: iter_num_static_subprogram_leak
# kernel: since 6.13
# note: a static subprogram may return holding the iterator's reference (it is the
# note: state's): the leak is found at the main program's exit.
    call sub
    r0 = 0
    exit                        # error[reference-leak]: BPF_EXIT instruction in main prog would lead to reference leak
sub:
    r1 = r10
    r1 += -8
    r2 = 0
    r3 = 3
    call bpf_iter_num_new
    r0 = 0
    exit

# test: iter_num_static_subprogram_leak_v6_12
# kernel: since 6.4
# kernel: before 6.13
# note: the same before 6.13, where the log names the reference (6.12.118's image).
    call sub
    r0 = 0
    exit                        # error[reference-leak]: Unreleased reference id=1 alloc_insn=7
sub:
    r1 = r10
    r1 += -8
    r2 = 0
    r3 = 3
    call bpf_iter_num_new
    r0 = 0
    exit

# test: iter_num_nested
# kernel: since 6.4
# note: `bpf_for` inside `bpf_for`: two iterators (fp-8 and fp-24), each its own slot, state
# note: and depth; the inner loop converges within each outer iteration.
    r1 = r10
    r1 += -8
    r2 = 0
    r3 = 3
    call bpf_iter_num_new
outer:
    r1 = r10
    r1 += -8
    call bpf_iter_num_next
    if r0 == 0 goto outer_done
    r1 = r10
    r1 += -24
    r2 = 0
    r3 = 3
    call bpf_iter_num_new
inner:
    r1 = r10
    r1 += -24
    call bpf_iter_num_next
    if r0 == 0 goto inner_done
    goto inner
inner_done:
    r1 = r10
    r1 += -24
    call bpf_iter_num_destroy
    goto outer
outer_done:
    r1 = r10
    r1 += -8
    call bpf_iter_num_destroy
    r0 = 0
    exit

# test: iter_num_nested_inner_leak
# kernel: since 6.13
# note: the inner iterator is not destroyed when its loop ends: the next outer iteration
# note: creates another one, and the outer loop's end holds both.
    r1 = r10
    r1 += -8
    r2 = 0
    r3 = 3
    call bpf_iter_num_new
outer:
    r1 = r10
    r1 += -8
    call bpf_iter_num_next
    if r0 == 0 goto outer_done
    r1 = r10
    r1 += -24
    r2 = 0
    r3 = 3
    call bpf_iter_num_new
inner:
    r1 = r10
    r1 += -24
    call bpf_iter_num_next
    if r0 == 0 goto outer
    goto inner
outer_done:
    r1 = r10
    r1 += -8
    call bpf_iter_num_destroy
    r0 = 0
    exit                        # error[reference-leak]: BPF_EXIT instruction in main prog would lead to reference leak

# test: iter_num_next_in_callee
# kernel: since 6.7
# note: a static function steps its caller's iterator (a pointer to the caller's stack):
# note: the iterator lives in the caller's frame and converges at the `next` in the callee
# note: (6.12.118 and 6.18.44). Before 6.7's convergence by range (`exact_loop_check`) the
# note: model does not converge (8193 jumps); no kernel of 6.4 to 6.6 was tried.
    r1 = r10
    r1 += -8
    r2 = 0
    r3 = 5
    call bpf_iter_num_new
    r6 = 0
loop:
    r1 = r10
    r1 += -8
    call step
    if r0 == 0 goto done
    r6 += 1
    goto loop
done:
    r1 = r10
    r1 += -8
    call bpf_iter_num_destroy
    r0 = 0
    exit
step:
    call bpf_iter_num_next
    if r0 == 0 goto drained
    r0 = 1
    exit
drained:
    r0 = 0
    exit

# test: iter_num_new_in_callee_leak
# kernel: since 6.13
# note: a static function creates the iterator on its caller's stack; nobody destroys it.
    r1 = r10
    r1 += -8
    call init
    r0 = 0
    exit                        # error[reference-leak]: BPF_EXIT instruction in main prog would lead to reference leak
init:
    r2 = 0
    r3 = 4
    call bpf_iter_num_new
    r0 = 0
    exit

# test: iter_num_in_loop_callback
# kernel: since 6.4
# func: cb static
# note: `bpf_for` inside a `bpf_loop` callback, on the callback's own stack.
    r1 = 3
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 181                    # bpf_loop
    r0 = 0
    exit
cb:
    r1 = r10
    r1 += -8
    r2 = 0
    r3 = 4
    call bpf_iter_num_new
loop:
    r1 = r10
    r1 += -8
    call bpf_iter_num_next
    if r0 != 0 goto loop
    r1 = r10
    r1 += -8
    call bpf_iter_num_destroy
    r0 = 0
    exit

# test: iter_num_callback_leak
# kernel: since 6.13
# func: cb static
# note: a callback returns holding the iterator it created: from 6.13 (UNCONFIRMED; 6.18.44)
# note: a callback's references are the program's, and the leak is found at the main exit.
    r1 = 2
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 181                    # bpf_loop
    r0 = 0
    exit                        # error[reference-leak]: BPF_EXIT instruction in main prog would lead to reference leak
cb:
    r1 = r10
    r1 += -8
    r2 = 0
    r3 = 4
    call bpf_iter_num_new
    r0 = 0
    exit

# test: iter_num_callback_leak_v6_12
# kernel: since 6.4
# kernel: before 6.13
# func: cb static
# note: the same before 6.13: a reference the callback's own frame acquired is a leak at
# note: the callback's exit (`callback_ref`; 6.12.118's image).
    r1 = 2
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 181                    # bpf_loop
    r0 = 0
    exit
cb:
    r1 = r10
    r1 += -8
    r2 = 0
    r3 = 4
    call bpf_iter_num_new
    r0 = 0
    exit                        # error[reference-leak]: Unreleased reference id=1 alloc_insn=12

# test: iter_num_loop_callback_in_for
# kernel: since 6.4
# func: cb static
# note: `bpf_loop` inside a `bpf_for` loop: the callback returns while its caller holds the
# note: iterator, which is not the callback's to release.
    r1 = r10
    r1 += -8
    r2 = 0
    r3 = 3
    call bpf_iter_num_new
loop:
    r1 = r10
    r1 += -8
    call bpf_iter_num_next
    if r0 == 0 goto done
    r1 = 2
    r2 = cb ll
    r3 = 0
    r4 = 0
    call 181                    # bpf_loop
    goto loop
done:
    r1 = r10
    r1 += -8
    call bpf_iter_num_destroy
    r0 = 0
    exit
cb:
    r0 = 0
    exit

# test: iter_num_in_global_subprogram
# kernel: since 6.4
# func: g global ()
# note: `bpf_for` in a global function, verified on its own: its references are checked at
# note: its own exit.
    call g
    r0 = 0
    exit
g:
    r1 = r10
    r1 += -8
    r2 = 0
    r3 = 10
    call bpf_iter_num_new
loop:
    r1 = r10
    r1 += -8
    call bpf_iter_num_next
    if r0 == 0 goto done
    goto loop
done:
    r1 = r10
    r1 += -8
    call bpf_iter_num_destroy
    r0 = 0
    exit

# test: iter_num_global_subprogram_leak
# kernel: since 6.13
# func: g global ()
# note: a global function returning with its iterator alive: the leak is found at the
# note: function's exit, in its own walk.
    call g
    r0 = 0
    exit
g:
    r1 = r10
    r1 += -8
    r2 = 0
    r3 = 3
    call bpf_iter_num_new
    r0 = 0
    exit                        # error[reference-leak]: BPF_EXIT instruction in main prog would lead to reference leak

# test: iter_num_ctx_as_iterator
# kernel: since 6.4
# note: the context pointer (R1 at entry) passed as the iterator: `process_iter_arg` wants a
# note: pointer to the stack.
    call bpf_iter_num_next      # error[iter-arg]: arg#0 expected pointer to an iterator on stack
    r0 = 0
    exit

# test: iter_num_moved_ctx_as_new_iterator
# kernel: since 6.4
# note: the context moved back by 8: `check_func_arg_reg_off` refuses the pointer before
# note: `process_iter_arg` looks at its type. mutate_kernel seed 909, where this verifier
# note: named the iterator instead.
    r1 += -8
    r2 = 0
    r3 = 3
    call bpf_iter_num_new       # error[ctx-modified-ptr]: negative offset ctx ptr R1 off=-8 disallowed
    r0 = 0
    exit

# test: iter_num_ctx_as_new_iterator
# kernel: since 6.4
    r2 = 0
    r3 = 3
    call bpf_iter_num_new       # error[iter-arg]: arg#0 expected pointer to an iterator on stack
    r0 = 0
    exit

# test: iter_num_null_as_iterator
# kernel: since 7.0
# kernel: also since 6.18 before 6.19
# note: NULL as the iterator: `check_kfunc_args` refuses it before `process_iter_arg` (EACCES;
# note: 6.18.44 and 7.0.13; the first 6.18.y UNCONFIRMED, `iter_null_arg_trusted`).
    r1 = 0
    call bpf_iter_num_next      # error[iter-arg]: Possibly NULL pointer passed to trusted arg0
    r0 = 0
    exit

# test: iter_num_null_as_iterator_v6_12
# kernel: since 6.4
# kernel: before 6.18
# kernel: also since 6.19 before 7.0
# note: the same on 6.12.118 and 6.19.14: `process_iter_arg` refuses it as not a stack pointer
# note: (EINVAL).
    r1 = 0
    call bpf_iter_num_next      # error[iter-arg]: arg#0 expected pointer to an iterator on stack
    r0 = 0
    exit

# test: iter_num_scalar_as_iterator
# kernel: since 6.4
# note: a scalar other than NULL: not a stack pointer.
    r1 = 5
    r2 = 0
    r3 = 3
    call bpf_iter_num_new       # error[iter-arg]: arg#0 expected pointer to an iterator on stack
    r0 = 0
    exit

# test: iter_num_map_value_as_iterator
# kernel: since 6.4
# note: a map value (8 bytes, after its NULL check): not a stack pointer.
    r6 = 0
    *(u32 *)(r10 - 4) = r6
    r2 = r10
    r2 += -4
    r1 = iter_values ll
    call 1                      # bpf_map_lookup_elem
    if r0 == 0 goto out
    r1 = r0
    r2 = 0
    r3 = 3
    call bpf_iter_num_new       # error[iter-arg]: arg#0 expected pointer to an iterator on stack
out:
    r0 = 0
    exit

# test: iter_num_socket_as_iterator
# kernel: since 6.4
# note: `ctx->sk` after its NULL check: not a stack pointer.
    r1 = *(u64 *)(r1 + 0)
    if r1 == 0 goto out
    call bpf_iter_num_next      # error[iter-arg]: arg#0 expected pointer to an iterator on stack
out:
    r0 = 0
    exit

# test: iter_num_variable_offset_new
# kernel: since 6.4
# note: the stack pointer moved by an unknown (masked) scalar: the kernel prints "iter has to
# note: be at a constant offset" on the line before (root; without CAP_PERFMON the variable
# note: stack pointer is refused at the addition).
    r6 = *(u32 *)(r1 + 60)      # local_port
    r6 &= 8
    r1 = r10
    r1 += -16
    r1 += r6
    r2 = 0
    r3 = 3
    call bpf_iter_num_new       # error[iter-arg]: expected uninitialized iter_num as arg #0
    r0 = 0
    exit

# test: iter_num_variable_offset_next
# kernel: since 6.4
# note: `next` on an iterator created at fp-16, through a pointer moved by an unknown scalar.
    r6 = *(u32 *)(r1 + 60)      # local_port
    r6 &= 8
    r1 = r10
    r1 += -16
    r2 = 0
    r3 = 3
    call bpf_iter_num_new
    r1 = r10
    r1 += -16
    r1 += r6
    call bpf_iter_num_next      # error[iter-arg]: expected an initialized iter_num as arg #0
    r1 = r10
    r1 += -16
    call bpf_iter_num_destroy
    r0 = 0
    exit

# test: iter_num_nested_no_perfmon
# kernel: since 6.17
# privilege: no_perfmon
# note: nested `bpf_for` without CAP_PERFMON. The drained inner `next`'s R0 == 0 branch
# note: pushes the other side as a speculative path; `new` writes its slot, which ends a
# note: speculative path after it (a speculation barrier, `nospec_result`, from 6.17); the
# note: speculative `goto B` after the drained inner `next` comes back to the inner loop's
# note: head in the state of a checkpoint still being explored: an infinite loop, found on
# note: the back edge.
    r1 = r10
    r1 += -8
    r2 = 0
    r3 = 3
    call bpf_iter_num_new
A:
    r1 = r10
    r1 += -8
    call bpf_iter_num_next
    if r0 == 0 goto a_done
    r1 = r10
    r1 += -16
    r2 = 0
    r3 = 3
    call bpf_iter_num_new
B:
    r1 = r10
    r1 += -16
    call bpf_iter_num_next
    if r0 == 0 goto b_done
    goto B                      # error[infinite-loop]: infinite loop detected at insn 14
b_done:
    r1 = r10
    r1 += -16
    call bpf_iter_num_destroy
    goto A
a_done:
    r1 = r10
    r1 += -8
    call bpf_iter_num_destroy
    r0 = 0
    exit
