/* What the campaign's programs share: the helper declarations libbpf's bpf_helpers.h would
 * give them (the base set comes from tests/c/sk_lookup_helpers.h), written the way users
 * write them, and the protocol numbers. Each program defines its own maps, as users do. */
#ifndef CAMPAIGN_H
#define CAMPAIGN_H
#include "sk_lookup_helpers.h"

#define __noinline __attribute__((noinline))
#undef __always_inline
#define __always_inline inline __attribute__((always_inline))
#define AF_INET 2
#define AF_INET6 10
#define IPPROTO_TCP 6
#define IPPROTO_UDP 17

static long (*bpf_map_update_elem)(void *map, const void *key, const void *value,
				   __u64 flags) = (void *)2;
static long (*bpf_map_delete_elem)(void *map, const void *key) = (void *)3;

#define bpf_htons(x) __builtin_bswap16(x)
#define bpf_htonl(x) __builtin_bswap32(x)
#endif
