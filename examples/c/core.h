/* The CO-RE macros of libbpf's bpf_core_read.h that the CO-RE examples use, written out as
 * sk_lookup_helpers.h writes out bpf_helpers.h: each is one clang builtin, which leaves a
 * CO-RE relocation in .BTF.ext for the loader to resolve against the kernel's BTF. */
#ifndef EXAMPLES_CORE_H
#define EXAMPLES_CORE_H

#define __core __attribute__((preserve_access_index))
/* The second argument of __builtin_preserve_field_info: enum bpf_field_info_kind. */
#define bpf_core_field_exists(field) __builtin_preserve_field_info(field, 2)
#define bpf_core_field_size(field) __builtin_preserve_field_info(field, 1)
#endif
