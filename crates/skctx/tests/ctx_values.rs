//! Values returned by accepted ctx loads (sk_lookup-context.md §3.2, §3.3, §3.6).
#![forbid(unsafe_code)]

use skctx::ctx::{sign_extend, AF_INET, AF_INET6, IPPROTO_TCP, IPPROTO_UDP};
use skctx::*;

const P: KernelProfile = KernelProfile::V6_18;

fn v4_input() -> LookupInput {
    LookupInput {
        ingress_ifindex: 0x0403_0201,
        selected_sk: 0xffff_8881_0000_1234,
        ..LookupInput::v4(
            IPPROTO_TCP,
            ([10, 1, 2, 3], 0x1234),
            ([192, 0, 2, 10], 0xfedc),
        )
    }
}

fn load(input: &LookupInput, off: i64, size: u32) -> u64 {
    ctx_load_value(P, input, off, size).unwrap_or_else(|e| panic!("off={off} size={size}: {e}"))
}

#[test]
fn sixteen_bit_kernel_fields_family_protocol_local_port() {
    let i = v4_input();
    // (field offset, v)
    for (base, v) in [
        (8i64, AF_INET as u64),
        (12, IPPROTO_TCP as u64),
        (60, 0xfedc),
    ] {
        assert_eq!(load(&i, base, 4), v, "4 @+0");
        assert_eq!(load(&i, base, 2), v, "2 @+0");
        assert_eq!(load(&i, base + 2, 2), v, "2 @+2 quirk: not 0");
        assert_eq!(load(&i, base, 1), v & 0xff, "1 @+0");
        assert_eq!(load(&i, base + 1, 1), v >> 8, "1 @+1");
        assert_eq!(load(&i, base + 2, 1), 0, "1 @+2");
        assert_eq!(load(&i, base + 3, 1), 0, "1 @+3");
    }
}

#[test]
fn thirty_two_bit_words_addresses_and_ifindex() {
    let i = v4_input();
    // 10.1.2.3 reads as 0x0302010a.
    for (base, word) in [
        (16i64, 0x0302_010au64),
        (40, 0x0a02_00c0),
        (64, 0x0403_0201),
    ] {
        assert_eq!(load(&i, base, 4), word);
        assert_eq!(load(&i, base, 2), word & 0xffff);
        assert_eq!(load(&i, base + 2, 2), word >> 16);
        for b in 0..4 {
            assert_eq!(load(&i, base + b, 1), (word >> (8 * b)) & 0xff);
        }
    }
    let mut ip6 = [0u8; 16];
    for (k, b) in ip6.iter_mut().enumerate() {
        *b = 0x20 + k as u8;
    }
    let i6 = LookupInput::v6(IPPROTO_UDP, (ip6, 53), (ip6, 5353));
    for w in 0..4i64 {
        let bytes = &ip6[4 * w as usize..4 * w as usize + 4];
        let word = u32::from_le_bytes(bytes.try_into().unwrap()) as u64;
        for base in [20 + 4 * w, 44 + 4 * w] {
            assert_eq!(load(&i6, base, 4), word);
            assert_eq!(load(&i6, base + 2, 2), word >> 16);
            assert_eq!(load(&i6, base + 3, 1), bytes[3] as u64);
        }
    }
}

#[test]
fn remote_port_and_padding_5_18_plus() {
    let i = v4_input();
    let r = 0x3412u64; // port 0x1234 in network order, read little-endian
    assert_eq!(i.remote_port_raw() as u64, r);
    assert_eq!(load(&i, 36, 4), r);
    assert_eq!(load(&i, 36, 2), r);
    assert_eq!(load(&i, 36, 1), 0x12, "high byte of the port number");
    assert_eq!(load(&i, 37, 1), 0x34);
    assert_eq!(load(&i, 38, 2), 0);
    assert_eq!(load(&i, 38, 1), 0);
    assert_eq!(load(&i, 39, 1), 0);
}

#[test]
fn remote_port_before_5_18_is_a_narrow_four_byte_field() {
    let i = v4_input();
    let r = 0x3412u64;
    let old = |off, size| ctx_load_value(KernelProfile::V5_16, &i, off, size).unwrap();
    assert_eq!(old(36, 4), r);
    assert_eq!(old(36, 2), r);
    assert_eq!(old(38, 2), r, "2 @38 quirk");
    assert_eq!(old(36, 1), 0x12);
    assert_eq!(old(37, 1), 0x34);
    assert_eq!(old(38, 1), 0);
    assert_eq!(old(39, 1), 0);
}

#[test]
fn sk_pointer_and_family_dependent_zeros() {
    let i = v4_input();
    assert_eq!(load(&i, 0, 8), 0xffff_8881_0000_1234);
    // AF_INET: every IPv6 load is 0 even if bytes were stored.
    let mut both = i;
    both.remote_ip6 = [0xff; 16];
    both.local_ip6 = [0xff; 16];
    for off in 20..36 {
        assert_eq!(load(&both, off, 1), 0);
        assert_eq!(load(&both, off + 24, 1), 0);
    }
    // AF_INET6: the IPv4 fields read 0.
    let mut v6 = both;
    v6.family = AF_INET6;
    assert_eq!(load(&v6, 16, 4), 0);
    assert_eq!(load(&v6, 40, 4), 0);
    assert_eq!(load(&v6, 20, 4), u32::MAX as u64);
    assert_eq!(load(&v6, 8, 4), AF_INET6 as u64);
}

#[test]
fn sign_extending_loads() {
    let mut i = v4_input();
    i.remote_ip4 = [0xf0, 0, 0, 0xf0]; // word 0xf00000f0
    assert_eq!(
        ctx_load_value_sx(P, &i, 16, 4).unwrap(),
        0xffff_ffff_f000_00f0
    );
    assert_eq!(
        ctx_load_value_sx(P, &i, 60, 2).unwrap(),
        0xffff_ffff_ffff_fedc
    );
    assert_eq!(
        ctx_load_value_sx(P, &i, 62, 2).unwrap(),
        0xffff_ffff_ffff_fedc,
        "quirk then sign"
    );
    assert_eq!(
        ctx_load_value_sx(P, &i, 16, 1).unwrap(),
        0xffff_ffff_ffff_fff0
    );
    assert_eq!(ctx_load_value_sx(P, &i, 8, 4).unwrap(), 2);
    assert!(ctx_load_value_sx(KernelProfile::V6_1, &i, 16, 4).is_err());
    assert_eq!(sign_extend(0x80, 1), u64::MAX - 0x7f);
}

#[test]
fn refused_loads_have_no_value() {
    let i = v4_input();
    assert_eq!(
        ctx_load_value(P, &i, 2, 4).unwrap_err().kernel_message(),
        "invalid bpf_context access off=2 size=4"
    );
    assert!(ctx_load_value(KernelProfile::V5_15, &i, 64, 4).is_err());
}
