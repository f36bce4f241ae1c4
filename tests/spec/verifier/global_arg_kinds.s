# Global functions whose prototypes go beyond `int`, the context and sized memory
# (`# func:` parameter words of skctx::proto): `void *`, pointers to pointers, to undefined
# structs and to functions, structs and unions by value, six parameters, non-int returns,
# and the `arg:` decl tags (`__arg_ctx`, `__arg_nonnull`, `__arg_nullable`,
# `__arg_untrusted`, `__arg_arena`, `__arg_trusted`). The kernel reads a global function's
# prototype in `btf_prepare_func_args`; a prototype it cannot use refuses the load (code
# `global-func-proto`): 6.1 verifies every global function up front, so the refusal names
# no instruction even when nothing calls the function; from 6.8 the prototype is read at
# the first call the walk reaches, and the refusal is that call's, with `Caller passes
# invalid args into func#1 ('f1')` after the reason. No release falls back to verifying
# such a function as if it were static. 6.1 reads no `arg:` tags (a `void *` tagged
# `__arg_ctx` is then a `void *` it cannot size); 6.12.118 does not know
# `arg:untrusted` (EOPNOTSUPP). Not here because the verifier calls them unsupported:
# `__arg_trusted` and `__arg_untrusted` on a struct pointer (the kernel looks the struct
# up in its own BTF: `reference type('STRUCT s4') has no matches`, ENOENT, for a struct it
# lacks), `__arg_arena` and `__arg_untrusted` on `void *` (accepted when the callee does
# not touch them), pointers to zero-sized structs (accepted by 6.18.44 with a stack
# pointer passed). Measured on 6.18.44 and inside Debian's 6.12.118 and 6.1.192 images.

# test: void_ptr_arg
# kernel: since 6.8
# func: g global (void*)
# note: a `void *` without a tag: no size to check (btf_resolve_size of void).
# note: refused at the first call the walk reaches.
    r1 = 0
    call g                      # error[global-func-proto]: arg#0 reference type('UNKNOWN ') size cannot be determined: -22
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: void_ptr_arg_6_1
# kernel: since 5.11
# note: version: 5.10.262 refuses a global function's pointer parameter before the walk (`Arg#0 type PTR in f1() is not supported yet.`, confirmed on Debian 11's 5.10.0-46 (5.10.262) under qemu); after 5.10.262, by 5.15.225: the case claims 5.11 on, the release UNCONFIRMED (twin `void_ptr_arg_v5_10`).
# kernel: before 6.8
# func: g global (void*)
# note: the same prototype where every global function is verified first: refused
# note: before any instruction.
    r1 = 0
# error[global-func-proto]: arg#0 reference type('UNKNOWN ') size cannot be determined: -22
    call g
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: void_ptr_arg_v5_10
# kernel: before 5.11
# note: version: a pointer parameter of a global function is refused before any instruction; confirmed on Debian 11's 5.10.0-46 (5.10.262) under qemu.
# func: g global (void*)
    r1 = 0
# error[global-func-proto]: Arg#0 type PTR in f1() is not supported yet.
    call g
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: fwd_ptr_arg
# kernel: since 6.8
# func: g global (fwd*)
# note: a pointer to a struct declared and never defined (`struct opaque;`).
# note: refused at the first call the walk reaches.
    r1 = 0
    call g                      # error[global-func-proto]: arg#0 reference type('FWD opaque') size cannot be determined: -22
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: fwd_ptr_arg_6_1
# kernel: since 5.11
# note: version: 5.10.262 refuses a global function's pointer parameter before the walk (`Arg#0 type PTR in f1() is not supported yet.`, confirmed on Debian 11's 5.10.0-46 (5.10.262) under qemu); after 5.10.262, by 5.15.225: the case claims 5.11 on, the release UNCONFIRMED (twin `void_ptr_arg_v5_10`).
# kernel: before 6.8
# func: g global (fwd*)
# note: the same prototype where every global function is verified first: refused
# note: before any instruction.
    r1 = 0
# error[global-func-proto]: arg#0 reference type('FWD opaque') size cannot be determined: -22
    call g
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: fn_ptr_arg
# kernel: since 6.8
# func: g global (fn*)
# note: a pointer to a function.
# note: refused at the first call the walk reaches.
    r1 = 0
    call g                      # error[global-func-proto]: arg#0 reference type('FUNC_PROTO ') size cannot be determined: -22
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: fn_ptr_arg_6_1
# kernel: since 5.11
# note: version: 5.10.262 refuses a global function's pointer parameter before the walk (`Arg#0 type PTR in f1() is not supported yet.`, confirmed on Debian 11's 5.10.0-46 (5.10.262) under qemu); after 5.10.262, by 5.15.225: the case claims 5.11 on, the release UNCONFIRMED (twin `void_ptr_arg_v5_10`).
# kernel: before 6.8
# func: g global (fn*)
# note: the same prototype where every global function is verified first: refused
# note: before any instruction.
    r1 = 0
# error[global-func-proto]: arg#0 reference type('FUNC_PROTO ') size cannot be determined: -22
    call g
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: struct_by_value
# kernel: since 6.8
# func: g global (scalar, struct:8)
# note: a struct passed by value, after an int: the second parameter is named.
# note: refused at the first call the walk reaches.
    r1 = 0
    r2 = 0
    call g                      # error[global-func-proto]: Arg#1 type STRUCT in f1() is not supported yet.
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: struct_by_value_6_1
# kernel: before 6.8
# func: g global (scalar, struct:8)
# note: the same prototype where every global function is verified first: refused
# note: before any instruction.
    r1 = 0
    r2 = 0
# error[global-func-proto]: Arg#1 type STRUCT in f1() is not supported yet.
    call g
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: union_by_value
# kernel: since 6.8
# func: g global (union:4)
# note: a union passed by value.
# note: refused at the first call the walk reaches.
    r1 = 0
    call g                      # error[global-func-proto]: Arg#0 type UNION in f1() is not supported yet.
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: union_by_value_6_1
# kernel: before 6.8
# func: g global (union:4)
# note: the same prototype where every global function is verified first: refused
# note: before any instruction.
    r1 = 0
# error[global-func-proto]: Arg#0 type UNION in f1() is not supported yet.
    call g
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: six_args
# kernel: since 6.8
# func: g global (scalar, scalar, scalar, scalar, scalar, scalar)
# note: six parameters: more than the five argument registers.
# note: refused at the first call the walk reaches.
    r1 = 0
    call g                      # error[global-func-proto]: Global function f1() with 6 > 5 args. Buggy compiler.
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: six_args_6_1
# kernel: before 6.8
# func: g global (scalar, scalar, scalar, scalar, scalar, scalar)
# note: the same prototype where every global function is verified first: refused
# note: before any instruction.
    r1 = 0
# error[global-func-proto]: Global function f1() with 6 > 5 args. Buggy compiler.
    call g
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: void_return
# kernel: since 6.8
# func: g global () -> void
# kernel: before 7.1
# note: a global function returning void: refused by 6.1.192, 6.12.118 and 6.18.44 alike.
# note: refused at the first call the walk reaches.
    call g                      # error[global-func-proto]: Global function f1() doesn't return scalar. Only those are supported.
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: void_return_v7_1
# func: g global () -> void
# kernel: since 7.1
# note: version: 7.1's `btf_prepare_func_args` takes a `void` return (`return value not void or scalar`); confirmed in Debian's 7.1.13 image.
    call g
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: void_return_6_1
# kernel: before 6.8
# func: g global () -> void
# note: the same prototype where every global function is verified first: refused
# note: before any instruction.
# error[global-func-proto]: Global function f1() doesn't return scalar. Only those are supported.
    call g
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: ptr_return
# kernel: since 6.8
# func: g global () -> ptr
# kernel: before 7.1
# note: a global function returning a pointer.
# note: refused at the first call the walk reaches.
    call g                      # error[global-func-proto]: Global function f1() doesn't return scalar. Only those are supported.
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: ptr_return_v7_1
# func: g global () -> ptr
# kernel: since 7.1
# note: version: 7.1's `btf_prepare_func_args` words the refusal `return value not void or scalar` (a `void` return passes, `void_return_v7_1`); confirmed in Debian's 7.1.13 image.
    call g                      # error[global-func-proto]: Global function f1() return value not void or scalar. Only those are supported.
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: ptr_return_6_1
# kernel: before 6.8
# func: g global () -> ptr
# note: the same prototype where every global function is verified first: refused
# note: before any instruction.
# error[global-func-proto]: Global function f1() doesn't return scalar. Only those are supported.
    call g
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: void_ptr_arg_never_called
# kernel: since 6.8
# func: g global (void*)
# note: the only call is on a branch the walk never takes: the prototype is never read.
    r1 = 0
    if r1 != 0 goto call
    r0 = 0
    exit
    call:
    call g
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: void_ptr_arg_never_called_6_1
# kernel: since 5.11
# note: version: 5.10.262 refuses a global function's pointer parameter before the walk (`Arg#0 type PTR in f1() is not supported yet.`, confirmed on Debian 11's 5.10.0-46 (5.10.262) under qemu); after 5.10.262, by 5.15.225: the case claims 5.11 on, the release UNCONFIRMED (twin `void_ptr_arg_v5_10`).
# kernel: before 6.8
# func: g global (void*)
# note: every global function is verified, called or not.
    r1 = 0
    if r1 != 0 goto call
# error[global-func-proto]: arg#0 reference type('UNKNOWN ') size cannot be determined: -22
    r0 = 0
    exit
    call:
    call g
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: ptr_ptr_arg
# kernel: since 6.1
# func: g global (ptr*)
# note: a pointer to a pointer is memory of 8 bytes, maybe NULL.
    r2 = 0
    *(u64 *)(r10 - 8) = r2
    r1 = r10
    r1 += -8
    call g
    r0 = 0
    exit
g:
    if r1 == 0 goto out
    r2 = *(u64 *)(r1 + 0)
    out:
    r0 = 0
    exit

# test: ptr_ptr_arg_read_past_end
# kernel: since 6.1
# func: g global (ptr*)
# note: 8 bytes: an 8-byte read at 4 leaves them.
    r2 = 0
    *(u64 *)(r10 - 8) = r2
    r1 = r10
    r1 += -8
    call g
    r0 = 0
    exit
g:
    if r1 == 0 goto out
    r2 = *(u64 *)(r1 + 4)       # error[map-value-bounds]: invalid access to memory, mem_size=8 off=4 size=8
    out:
    r0 = 0
    exit

# test: arg_ctx_on_void_ptr
# kernel: since 6.8
# func: g global (void* ctx)
# note: `__arg_ctx` on a `void *`: the context in the callee.
    call g
    r0 = 0
    exit
g:
    r0 = *(u32 *)(r1 + 12)
    exit

# test: arg_ctx_on_void_ptr_6_1
# kernel: since 5.16
# note: version: the BTF carries `arg:` decl tags (BTF_KIND_DECL_TAG, 5.16): 5.15.225 refuses the
# note: version: BTF itself (BPF_BTF_LOAD, EINVAL), so the load never reaches the verifier.
# kernel: before 6.8
# func: g global (void* ctx)
# note: 6.1 ignores the tag: a `void *` it cannot size.
# error[global-func-proto]: arg#0 reference type('UNKNOWN ') size cannot be determined: -22
    call g
    r0 = 0
    exit
g:
    r0 = *(u32 *)(r1 + 12)
    exit

# test: arg_ctx_on_void_ptr_stack_passed
# kernel: since 6.8
# func: g global (void* ctx)
# note: the tagged argument must be the context: the frame pointer is not.
    r1 = r10
    call g                      # error[global-func-args]: arg#0 expects pointer to ctx
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: arg_ctx_on_int
# kernel: since 6.8
# func: g global (scalar ctx)
# note: `__arg_ctx` on an int.
    call g                      # error[global-func-proto]: arg#0 has pointer tag, but is not a pointer type
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: arg_ctx_on_int_6_1
# kernel: since 5.16
# note: version: the BTF carries `arg:` decl tags (BTF_KIND_DECL_TAG, 5.16): 5.15.225 refuses the
# note: version: BTF itself (BPF_BTF_LOAD, EINVAL), so the load never reaches the verifier.
# kernel: before 6.8
# func: g global (scalar ctx)
# note: 6.1 ignores the tag: an int.
    r1 = 0
    call g
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: arg_ctx_with_nonnull
# kernel: since 6.8
# func: g global (ctx nonnull)
# note: `__arg_ctx` and `__arg_nonnull` together.
    call g                      # error[global-func-proto]: arg#0 has invalid combination of tags
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: arg_ctx_with_nonnull_6_1
# kernel: since 5.16
# note: version: the BTF carries `arg:` decl tags (BTF_KIND_DECL_TAG, 5.16): 5.15.225 refuses the
# note: version: BTF itself (BPF_BTF_LOAD, EINVAL), so the load never reaches the verifier.
# kernel: before 6.8
# func: g global (ctx nonnull)
# note: 6.1 ignores the tags: the context.
    call g
    r0 = 0
    exit
g:
    r0 = *(u32 *)(r1 + 12)
    exit

# test: arg_ctx_on_mem
# kernel: since 6.8
# func: g global (mem:4 ctx)
# note: `__arg_ctx` on a pointer to another struct (btf_validate_prog_ctx_type).
    call g                      # error[global-func-proto]: arg#0 should be `struct bpf_sk_lookup *`
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: arg_ctx_on_ctx
# kernel: since 6.8
# func: g global (ctx ctx)
# note: `__arg_ctx` on `struct bpf_sk_lookup *`: the context, as without it.
    call g
    r0 = 0
    exit
g:
    r0 = *(u32 *)(r1 + 12)
    exit

# test: arg_nullable_on_mem
# kernel: since 6.8
# func: g global (mem:4 nullable)
# note: `__arg_nullable` is for trusted pointers: on plain memory it is refused.
    r2 = 0
    *(u64 *)(r10 - 8) = r2
    r1 = r10
    r1 += -8
    call g                      # error[global-func-proto]: arg#0 has invalid combination of tags
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: arg_nullable_on_mem_6_1
# kernel: since 5.16
# note: version: the BTF carries `arg:` decl tags (BTF_KIND_DECL_TAG, 5.16): 5.15.225 refuses the
# note: version: BTF itself (BPF_BTF_LOAD, EINVAL), so the load never reaches the verifier.
# kernel: before 6.8
# func: g global (mem:4 nullable)
# note: 6.1 ignores the tag.
    r2 = 0
    *(u64 *)(r10 - 8) = r2
    r1 = r10
    r1 += -8
    call g
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: arg_unknown_tag
# kernel: since 6.8
# func: g global (mem:4 bogus)
# note: an `arg:` tag no release knows: EOPNOTSUPP.
    r2 = 0
    *(u64 *)(r10 - 8) = r2
    r1 = r10
    r1 += -8
    call g                      # error[global-func-proto, EOPNOTSUPP]: arg#0 has unsupported set of tags
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: arg_untrusted_with_nonnull
# kernel: since 6.17
# func: g global (mem:4 untrusted nonnull)
# note: `__arg_untrusted` with another tag.
    r2 = 0
    *(u64 *)(r10 - 8) = r2
    r1 = r10
    r1 += -8
    call g                      # error[global-func-proto]: arg#0 untrusted cannot be combined with any other tags
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: arg_untrusted_with_nonnull_6_12
# kernel: since 6.8
# kernel: before 6.17
# func: g global (mem:4 untrusted nonnull)
# note: a release that does not know `arg:untrusted`.
    r2 = 0
    *(u64 *)(r10 - 8) = r2
    r1 = r10
    r1 += -8
    call g                      # error[global-func-proto, EOPNOTSUPP]: arg#0 has unsupported set of tags
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: arg_arena_with_nonnull
# kernel: since 6.8
# func: g global (mem:4 arena nonnull)
# note: `__arg_arena` with another tag.
    r1 = 0
    call g                      # error[global-func-proto]: arg#0 arena cannot be combined with any other tags
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: arg_trusted_with_nonnull
# kernel: since 6.8
# func: g global (mem:4 trusted nonnull)
# note: `__arg_trusted` with `__arg_nonnull`.
    r1 = 0
    call g                      # error[global-func-proto]: arg#0 has invalid combination of tags
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: arg_tags_ignored_6_1
# kernel: since 5.16
# note: version: the BTF carries `arg:` decl tags (BTF_KIND_DECL_TAG, 5.16): 5.15.225 refuses the
# note: version: BTF itself (BPF_BTF_LOAD, EINVAL), so the load never reaches the verifier.
# kernel: before 6.8
# func: g global (mem:4 trusted nonnull)
# note: 6.1 reads no tags: memory of 4 bytes, NULL passed.
    r1 = 0
    call g
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: arg_ctx_on_mem_before_void_ptr
# kernel: since 6.8
# func: g global (mem:4 ctx, void*)
# note: two parameters the kernel refuses: the first one in order is named (the tag's type
# note: is checked with its parameter, before the next parameter is read).
    call g                      # error[global-func-proto]: arg#0 should be `struct bpf_sk_lookup *`
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: void_ptr_before_six_args
# kernel: since 6.8
# func: g global (void*, scalar, scalar, scalar, scalar, scalar)
# note: the parameter count is checked before any parameter.
    call g                      # error[global-func-proto]: Global function f1() with 6 > 5 args. Buggy compiler.
    r0 = 0
    exit
g:
    r0 = 0
    exit

# test: static_function_prototype_not_read
# kernel: since 6.1
# func: g static (void* ctx, fwd*) -> void
# note: a static function's prototype is not checked: it is verified with its caller, from
# note: the registers the call passes.
    r2 = 0
    call g
    r0 = 0
    exit
g:
    r0 = *(u32 *)(r1 + 12)
    exit
