/* What every example shares: the helper declarations (tests/c/sk_lookup_helpers.h, found
 * through the build script's -I), the map of sockets the seed use cases steer to, and the
 * addresses they match, written in network byte order as the context holds them. */
#ifndef EXAMPLES_COMMON_H
#define EXAMPLES_COMMON_H
#include "sk_lookup_helpers.h"

#define AF_INET 2
#define AF_INET6 10
#define IPPROTO_TCP 6
#define IPPROTO_UDP 17

/* 192.0.2.0/24: the first three bytes of the address (the context's u32 read little-endian). */
#define NET_192_0_2 0x0002c0
#define MASK_24 0x00ffffff
/* 198.51.100.1. */
#define ADDR_198_51_100_1 0x016433c6
/* 2001:db8::/32, the first word of an IPv6 address; 2001:db8::1's last word is 0x01000000. */
#define NET6_2001_DB8 0xb80d0120
#define ADDR6_LAST_1 0x01000000

/* The sockets: key 0 is nginx (port 80), key 1 the L7 proxy, key 2 the DNS server. */
#define NGINX 0
#define PROXY 1
#define DNS 2

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 3);
	__type(key, __u32);
	__type(value, __u64);
} sockets SEC(".maps");

char _license[] SEC("license") = "GPL";
#endif
