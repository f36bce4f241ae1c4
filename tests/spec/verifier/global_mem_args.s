# Global subprograms taking pointers to memory (`int *`, a pointer to a struct: `# func:
# LABEL global (mem:N)`, a `struct sN *` of N bytes). The kernel walks the callee with a
# `mem_or_null` of N bytes in the argument (`PTR_TO_MEM | PTR_MAYBE_NULL`, from
# `btf_prepare_func_args`), which it must NULL-check before use; with the `arg:nonnull` decl
# tag (`__arg_nonnull`, `mem:N nonnull`) from 6.8 a `mem`, never NULL. At the call site the
# argument must be NULL or point to N bytes the callee may read and write
# (`check_mem_reg`): a stack slot, a map value.
.skmap arr, type=array, key=4, value=16, max_entries=4

# test: global_mem_arg_null_checked
# kernel: since 6.1
# func: g global (mem:4)
# note: the callee checks the pointer, then reads and writes its 4 bytes.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r1 = r10
    r1 += -4
    call g
    r0 = 0
    exit
g:
    if r1 == 0 goto out
    r2 = *(u32 *)(r1 + 0)
    r2 += 1
    *(u32 *)(r1 + 0) = r2
out:
    r0 = 0
    exit

# test: global_mem_arg_not_null_checked
# kernel: since 6.1
# func: g global (mem:4)
# note: the argument may be NULL: a read before the check is refused.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r1 = r10
    r1 += -4
    call g
    r0 = 0
    exit
g:
    r0 = *(u32 *)(r1 + 0)       # error[invalid-mem-access]: R1 invalid mem access 'mem_or_null'
    r0 = 0
    exit

# test: global_mem_arg_past_end
# kernel: since 6.1
# func: g global (mem:8)
# note: 8 bytes: a 4-byte read at 8 is outside them.
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r1 = r10
    r1 += -8
    call g
    r0 = 0
    exit
g:
    if r1 == 0 goto out
    r0 = *(u32 *)(r1 + 8)       # error[map-value-bounds]: invalid access to memory, mem_size=8 off=8 size=4
out:
    r0 = 0
    exit

# test: global_mem_arg_nonnull
# kernel: since 6.8
# func: g global (mem:4 nonnull)
# note: `__arg_nonnull`: the callee reads without a NULL check.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r1 = r10
    r1 += -4
    call g
    r0 = 0
    exit
g:
    r0 = *(u32 *)(r1 + 0)
    r0 = 0
    exit

# test: global_mem_arg_nonnull_ignored
# kernel: since 6.1
# kernel: before 6.8
# func: g global (mem:4 nonnull)
# note: 6.1 reads no decl tags: the argument may still be NULL.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r1 = r10
    r1 += -4
    call g
    r0 = 0
    exit
g:
    r0 = *(u32 *)(r1 + 0)       # error[invalid-mem-access]: R1 invalid mem access 'mem_or_null'
    r0 = 0
    exit

# test: global_mem_arg_null_passed
# kernel: since 6.1
# func: g global (mem:4)
# note: NULL is a valid argument.
    r1 = 0
    call g
    r0 = 0
    exit
g:
    if r1 == 0 goto out
    r0 = *(u32 *)(r1 + 0)
out:
    r0 = 0
    exit

# test: global_mem_arg_null_passed_to_nonnull
# kernel: since 6.18.44
# kernel: before 6.19
# func: g global (mem:4 nonnull)
# note: NULL where `__arg_nonnull` wants memory: refused by 6.18.44, not by 6.12.118, nor by
# note: Debian's 6.17.13, 6.18.15 and 6.19.14 under qemu (`refuses_null_for_nonnull_global_arg`:
# note: 6.18.y from 6.18.44, the first 6.18.y UNCONFIRMED).
    r1 = 0
    call g                      # error[global-func-args]: arg#0 is expected to be non-NULL
    r0 = 0
    exit
g:
    if r1 == 0 goto out
    r0 = *(u32 *)(r1 + 0)
out:
    r0 = 0
    exit

# test: global_mem_arg_null_passed_to_nonnull_ignored
# kernel: since 6.1
# kernel: before 6.18.44
# func: g global (mem:4 nonnull)
# note: 6.1 reads no tag; 6.12.118 checks the memory before the tag, and NULL passes that.
    r1 = 0
    call g
    r0 = 0
    exit
g:
    if r1 == 0 goto out
    r0 = *(u32 *)(r1 + 0)
out:
    r0 = 0
    exit

# test: global_mem_arg_scalar_passed
# kernel: since 6.1
# func: g global (mem:4)
# note: a scalar other than 0 is not memory.
    r1 = 8
    call g                      # error[global-func-args]: Caller passes invalid args into func#1
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: global_mem_arg_stack_too_small
# kernel: since 6.1
# func: g global (mem:8)
# note: 8 bytes from fp-4 run past the frame.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r1 = r10
    r1 += -4
    call g                      # error[global-func-args]: Caller passes invalid args into func#1
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: global_mem_arg_stack_uninit
# kernel: since 6.1
# func: g global (mem:8)
# note: the stack bytes the callee gets were never written.
    r1 = r10
    r1 += -8
    call g
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: global_mem_arg_map_value
# kernel: since 6.1
# func: g global (mem:16)
# note: a map value of 16 bytes.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r1 = r0
    call g
out:
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: global_mem_arg_map_value_too_small
# kernel: since 6.1
# func: g global (mem:16)
# note: the map value moved by 8: 8 bytes left of 16.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    if r0 == 0 goto out
    r1 = r0
    r1 += 8
    call g                      # error[global-func-args]: Caller passes invalid args into func#1
out:
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: global_mem_arg_map_value_or_null
# kernel: since 6.1
# func: g global (mem:16)
# note: the lookup's result before its NULL check.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    r1 = r0
    call g
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: global_mem_arg_map_value_or_null_to_nonnull
# kernel: since 6.8
# func: g global (mem:16 nonnull)
# note: key 7 is past max_entries: the lookup may give NULL on every release.
    r1 = 7
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call 1
    r1 = r0
    call g                      # error[global-func-args]: arg#0 is expected to be non-NULL
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: global_mem_arg_ctx_passed
# kernel: since 6.1
# func: g global (mem:4)
# note: the context is no memory argument.
    call g                      # error[global-func-args]: Caller passes invalid args into func#1
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: global_mem_arg_returns_loaded
# kernel: since 6.8
# func: g global (mem:4, scalar)
# note: the callee writes its scalar argument through the pointer, the caller reads the
# note: slot back: the zero stored before the call is unknown after it.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r1 = r10
    r1 += -4
    r2 = 1
    call g
    r0 = *(u32 *)(r10 - 4)
    exit                        # error[retval-range]: At program exit the register R0 has smin=0 smax=4294967295 should have been in [0, 1]
g:
    if r1 == 0 goto out
    *(u32 *)(r1 + 0) = r2
out:
    r0 = 0
    exit

# test: global_mem_arg_returns_loaded_tnum
# kernel: since 6.1
# kernel: before 6.8
# func: g global (mem:4, scalar)
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r1 = r10
    r1 += -4
    r2 = 1
    call g
    r0 = *(u32 *)(r10 - 4)
    exit                        # error[retval-range]: At program exit the register R0 has value (0x0; 0xffffffff) should have been in (0x0; 0x1)
g:
    if r1 == 0 goto out
    *(u32 *)(r1 + 0) = r2
out:
    r0 = 0
    exit

# test: global_mem_arg_spilled_scalar_clobbered
# kernel: since 6.1
# func: g global (mem:8)
# note: a spilled constant passed by address is unknown after the call.
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r1 = r10
    r1 += -8
    call g
    r0 = *(u64 *)(r10 - 8)
    r0 &= 3
    exit                        # error[retval-range]: should have been in
g:
    r0 = 0
    exit

# test: global_mem_arg_nonnull_compared
# kernel: since 6.8
# func: g global (mem:4 nonnull)
# note: is a `mem` compared with 0 decided? The NULL side reads R5, which is not set.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r1 = r10
    r1 += -4
    call g
    r0 = 0
    exit
g:
    if r1 != 0 goto ok
    r0 = r5
ok:
    r0 = 0
    exit

# test: global_mem_arg_or_null_arith
# kernel: since 6.1
# func: g global (mem:8)
# note: arithmetic before the NULL check.
    r1 = 0
    call g
    r0 = 0
    exit
g:
    r1 += 4                     # error[ptr-arith]: R1 pointer arithmetic on mem_or_null prohibited, null-check it first
    r0 = 0
    exit

# test: global_mem_arg_passed_on
# kernel: since 6.1
# func: g global (mem:8)
# func: h global (mem:8)
# note: a global function passes its checked memory argument to another.
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r1 = r10
    r1 += -8
    call g
    r0 = 0
    exit
g:
    if r1 == 0 goto out
    call h
out:
    r0 = 0
    exit
h:
    r0 = 0
    exit

# test: global_mem_arg_pointer_arith
# kernel: since 6.1
# func: g global (mem:8)
# note: the pointer moved inside its memory.
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r1 = r10
    r1 += -8
    call g
    r0 = 0
    exit
g:
    if r1 == 0 goto out
    r1 += 4
    r0 = *(u32 *)(r1 + 0)
out:
    r0 = 0
    exit
