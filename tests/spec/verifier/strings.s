# Format strings: `bpf_snprintf` (165) takes its format as `ARG_PTR_TO_CONST_STR`, a
# NUL-terminated string at a constant offset in a frozen read-only map's value (`.rodata`, as
# libbpf makes it: `BPF_F_RDONLY_PROG`, written, then frozen), and the verifier checks the
# format against `data_len / 8` arguments (`check_bpf_snprintf_call`, `bpf_bprintf_prepare`).
# `bpf_trace_vprintk` (177, what libbpf's `bpf_printk` calls past three arguments) takes any
# readable memory and checks its format only when it runs; `bpf_strncmp` (182) takes a
# constant string too. The C programs tests/c/campaign/snprintf_log.c, printk_ports.c and
# bad_snprintf_*.c make these calls; verifier/tests/fmtstr_kernel.rs tries generated formats.
.skmap fmt, type=array, key=4, value=16, max_entries=1, flags=0x80
.skmap rw, type=array, key=4, value=16, max_entries=1

# test: snprintf_one_arg
# kernel: since 5.16
# note: version: the output buffer is uninitialised stack, which only kernels where root reads it
# note: version: take (skctx `root_reads_uninit_stack`, 5.16 assumed); before, the call fails there
# note: version: (twin `snprintf_uninit_buffer_v5_15`).
# frozen: fmt = "port %u"
# note: the campaign's snprintf_log shape: a stack buffer, one u64 argument.
    r6 = r1
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = fmt ll
    call 1
    if r0 == 0 goto out
    r3 = r0
    r1 = *(u32 *)(r6 + 36)
    *(u64 *)(r10 - 32) = r1
    r1 = r10
    r1 += -24
    r2 = 16
    r4 = r10
    r4 += -32
    r5 = 8
    call 165
out:
    r0 = 1
    exit

# test: snprintf_uninit_buffer_v5_15
# kernel: since 5.13
# kernel: before 5.16
# note: version: `bpf_snprintf` (5.13) as root with an uninitialised stack buffer: the buffer is
# note: version: memory the helper reads (`ARG_PTR_TO_MEM_OR_NULL`), and before 5.16 root too must
# note: version: have written it; confirmed on Ubuntu 22.04's 5.15.0-208 (5.15.225) under qemu.
# frozen: fmt = "port %u"
    r6 = r1
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = fmt ll
    call 1
    if r0 == 0 goto out
    r3 = r0
    r1 = *(u32 *)(r6 + 36)
    *(u64 *)(r10 - 32) = r1
    r1 = r10
    r1 += -24
    r2 = 16
    r4 = r10
    r4 += -32
    r5 = 8
    call 165                    # error[stack-uninit-read]: invalid indirect read from stack R1 off -24+0 size 16
out:
    r0 = 1
    exit

# test: snprintf_too_few_args
# kernel: since 5.16
# note: version: the output buffer is uninitialised stack, which only kernels where root reads it
# note: version: take (skctx `root_reads_uninit_stack`, 5.16 assumed); before, the call fails there
# note: version: (twin `snprintf_uninit_buffer_v5_15`).
# frozen: fmt = "port %u %u"
# note: two conversions, one argument (bad_snprintf_format.c).
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = fmt ll
    call 1
    if r0 == 0 goto out
    r3 = r0
    r1 = 80
    *(u64 *)(r10 - 32) = r1
    r1 = r10
    r1 += -24
    r2 = 16
    r4 = r10
    r4 += -32
    r5 = 8
    call 165   # error[format-string, EINVAL]: Invalid format string
out:
    r0 = 1
    exit

# test: snprintf_unknown_conversion
# kernel: since 5.16
# note: version: the output buffer is uninitialised stack, which only kernels where root reads it
# note: version: take (skctx `root_reads_uninit_stack`, 5.16 assumed); before, the call fails there
# note: version: (twin `snprintf_uninit_buffer_v5_15`).
# frozen: fmt = "%f"
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = fmt ll
    call 1
    if r0 == 0 goto out
    r3 = r0
    r1 = 0
    *(u64 *)(r10 - 32) = r1
    r1 = r10
    r1 += -24
    r2 = 16
    r4 = r10
    r4 += -32
    r5 = 8
    call 165   # error[format-string, EINVAL]: Invalid format string
out:
    r0 = 1
    exit

# test: snprintf_no_args_null_data
# kernel: since 5.16
# note: version: the output buffer is uninitialised stack, which only kernels where root reads it
# note: version: take (skctx `root_reads_uninit_stack`, 5.16 assumed); before, the call fails there
# note: version: (twin `snprintf_uninit_buffer_v5_15`).
# frozen: fmt = "100%% text\n"
# note: `%%` takes no argument; the data may be NULL with length 0.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = fmt ll
    call 1
    if r0 == 0 goto out
    r3 = r0
    r1 = r10
    r1 += -24
    r2 = 16
    r4 = 0
    r5 = 0
    call 165
out:
    r0 = 1
    exit

# test: snprintf_null_output
# kernel: since 5.13
# note: version: `bpf_snprintf` (165) from 5.13 (skctx's helper table); before, an unknown id
# frozen: fmt = "%pI4 %x"
# note: a NULL buffer of size 0 only measures the output; a format at an offset in the value.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = fmt ll
    call 1
    if r0 == 0 goto out
    r3 = r0
    r1 = 0
    *(u64 *)(r10 - 32) = r1
    *(u64 *)(r10 - 24) = r1
    r1 = 0
    r2 = 0
    r4 = r10
    r4 += -32
    r5 = 16
    call 165
out:
    r0 = 1
    exit

# test: snprintf_format_at_offset
# kernel: since 5.16
# note: version: the output buffer is uninitialised stack, which only kernels where root reads it
# note: version: take (skctx `root_reads_uninit_stack`, 5.16 assumed); before, the call fails there
# note: version: (twin `snprintf_uninit_buffer_v5_15`).
# frozen: fmt = "xx\0n=%u"
# note: the string starts at the constant offset 3, past a NUL.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = fmt ll
    call 1
    if r0 == 0 goto out
    r3 = r0
    r3 += 3
    r1 = 0
    *(u64 *)(r10 - 32) = r1
    r1 = r10
    r1 += -24
    r2 = 16
    r4 = r10
    r4 += -32
    r5 = 8
    call 165
out:
    r0 = 1
    exit

# test: snprintf_stack_format
# kernel: since 5.16
# note: version: the output buffer is uninitialised stack, which only kernels where root reads it
# note: version: take (skctx `root_reads_uninit_stack`, 5.16 assumed); before, the call fails there
# note: version: (twin `snprintf_uninit_buffer_v5_15`).
# note: a format built on the stack (bad_snprintf_stack_fmt.c).
    r1 = 0x7525
    *(u64 *)(r10 - 8) = r1
    r1 = r10
    r1 += -24
    r2 = 16
    r3 = r10
    r3 += -8
    r4 = 0
    r5 = 0
    call 165   # error[helper-arg-type, EACCES]: R3 type=fp expected=map_value
    r0 = 1
    exit

# test: snprintf_writable_map_format
# kernel: since 5.16
# note: version: the output buffer is uninitialised stack, which only kernels where root reads it
# note: version: take (skctx `root_reads_uninit_stack`, 5.16 assumed); before, the call fails there
# note: version: (twin `snprintf_uninit_buffer_v5_15`).
# note: a map the program may write is no constant string.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = rw ll
    call 1
    if r0 == 0 goto out
    r3 = r0
    r1 = r10
    r1 += -24
    r2 = 16
    r4 = 0
    r5 = 0
    call 165   # error[const-str, EACCES]: R3 does not point to a readonly map'
out:
    r0 = 1
    exit

# test: snprintf_unterminated_format
# kernel: since 5.16
# note: version: the output buffer is uninitialised stack, which only kernels where root reads it
# note: version: take (skctx `root_reads_uninit_stack`, 5.16 assumed); before, the call fails there
# note: version: (twin `snprintf_uninit_buffer_v5_15`).
# frozen: fmt = "0123456789abcdef"
# note: no NUL from the offset to the end of the value.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = fmt ll
    call 1
    if r0 == 0 goto out
    r3 = r0
    r3 += 4
    r1 = r10
    r1 += -24
    r2 = 16
    r4 = 0
    r5 = 0
    call 165   # error[const-str, EINVAL]: string is not zero-terminated
out:
    r0 = 1
    exit

# test: snprintf_variable_format_offset
# kernel: since 5.16
# note: version: the output buffer is uninitialised stack, which only kernels where root reads it
# note: version: take (skctx `root_reads_uninit_stack`, 5.16 assumed); before, the call fails there
# note: version: (twin `snprintf_uninit_buffer_v5_15`).
# frozen: fmt = "a\0b\0c\0d\0"
# note: one of several strings picked by a bounded index is not a constant address.
    r6 = r1
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = fmt ll
    call 1
    if r0 == 0 goto out
    r3 = r0
    r1 = *(u32 *)(r6 + 36)
    r1 &= 6
    r3 += r1
    r1 = r10
    r1 += -24
    r2 = 16
    r4 = 0
    r5 = 0
    call 165   # error[const-str, EACCES]: R3 is not a constant address'
out:
    r0 = 1
    exit

# test: snprintf_into_rodata
# kernel: since 6.18
# frozen: fmt = "port %u"
# note: the output buffer in the read-only map itself (bad_rodata_helper.c): refused where
# note: the helper's output argument is a write (`MEM_WRITE`): 6.18.44 refuses, Debian
# note: 6.12.118 and 6.1.192 accept (twin `snprintf_into_rodata_before_mem_write`); Debian's
# note: 6.17.13 accepts and 6.18.15 refuses under qemu (`.ci/kernels --extra`): 6.18.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = fmt ll
    call 1
    if r0 == 0 goto out
    r1 = r0
    r3 = r0
    r2 = 0
    *(u64 *)(r10 - 32) = r2
    r2 = 16
    r4 = r10
    r4 += -32
    r5 = 8
    call 165   # error[map-write-forbidden, EACCES]: write into map forbidden, value_size=16 off=0 size=16
out:
    r0 = 1
    exit

# test: snprintf_into_rodata_before_mem_write
# kernel: since 6.1
# kernel: before 6.18
# frozen: fmt = "port %u"
# note: the same call where the output argument is checked as a read: accepted, and the
# note: helper writes into the read-only value when it runs (confirmed on Debian 6.1.192
# note: and 6.12.118 under qemu).
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = fmt ll
    call 1
    if r0 == 0 goto out
    r1 = r0
    r3 = r0
    r2 = 0
    *(u64 *)(r10 - 32) = r2
    r2 = 16
    r4 = r10
    r4 += -32
    r5 = 8
    call 165
out:
    r0 = 1
    exit

# test: snprintf_into_writable_map
# kernel: since 5.13
# note: version: `bpf_snprintf` (165) from 5.13 (skctx's helper table); before, an unknown id
# frozen: fmt = "%c"
# note: the output into a writable map value is fine.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = rw ll
    call 1
    if r0 == 0 goto out
    r7 = r0
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = fmt ll
    call 1
    if r0 == 0 goto out
    r3 = r0
    r1 = 65
    *(u64 *)(r10 - 32) = r1
    r1 = r7
    r2 = 8
    r4 = r10
    r4 += -32
    r5 = 8
    call 165
out:
    r0 = 1
    exit

# test: vprintk_stack_format
# kernel: since 5.16
# note: version: `bpf_trace_vprintk` (177) from 5.16 (skctx's helper table); before, an unknown id
# note: bpf_trace_vprintk reads its format as memory (a stack string is fine) and checks it
# note: only when it runs: a conversion without an argument loads.
    r1 = 0x7525
    *(u64 *)(r10 - 8) = r1
    r1 = r10
    r1 += -8
    r2 = 8
    r3 = 0
    r4 = 0
    call 177
    r0 = 1
    exit

# test: vprintk_unknown_v5_15
# kernel: before 5.16
# note: version: 177 is past the helper ids of 5.15 (`__BPF_FUNC_MAX_ID` 176); confirmed on Ubuntu 22.04's 5.15.0-208 (5.15.225) under qemu.
    r1 = 0x7525
    *(u64 *)(r10 - 8) = r1
    r1 = r10
    r1 += -8
    r2 = 8
    r3 = 0
    r4 = 0
    call 177                    # error[helper-unknown, EINVAL]: invalid func unknown#177
    r0 = 1
    exit

# test: vprintk_args
# kernel: since 5.16
# note: version: `bpf_trace_vprintk` (177) from 5.16 (skctx's helper table); before, an unknown id
# frozen: fmt = "%u %u %u %u %u"
# note: five arguments from the stack, the format in the read-only map (printk_ports.c).
    r6 = r1
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = fmt ll
    call 1
    if r0 == 0 goto out
    r1 = *(u32 *)(r6 + 36)
    *(u64 *)(r10 - 48) = r1
    *(u64 *)(r10 - 40) = r1
    *(u64 *)(r10 - 32) = r1
    *(u64 *)(r10 - 24) = r1
    *(u64 *)(r10 - 16) = r1
    r1 = r0
    r2 = 16
    r3 = r10
    r3 += -48
    r4 = 40
    call 177
out:
    r0 = 1
    exit

# test: strncmp_const_str
# kernel: since 5.17
# note: version: `bpf_strncmp` (182) from 5.17 (skctx's helper table); before, an unknown id
# frozen: fmt = "abc"
# note: bpf_strncmp's second string is a constant string too.
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = fmt ll
    call 1
    if r0 == 0 goto out
    r3 = r0
    r1 = 0x636261
    *(u64 *)(r10 - 16) = r1
    r1 = r10
    r1 += -16
    r2 = 4
    call 182
out:
    r0 = 1
    exit

# test: strncmp_stack_str
# kernel: since 5.17
# note: version: `bpf_strncmp` (182) from 5.17 (skctx's helper table); before, an unknown id
# note: a stack string is no constant string.
    r1 = 0x636261
    *(u64 *)(r10 - 16) = r1
    r1 = r10
    r1 += -16
    r2 = 4
    r3 = r10
    r3 += -16
    call 182   # error[helper-arg-type, EACCES]: R3 type=fp expected=map_value
    r0 = 1
    exit
