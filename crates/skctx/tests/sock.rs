//! `struct bpf_sock` access rules and values (sk_lookup-context.md §4).
#![forbid(unsafe_code)]

use isa::Reg;
use skctx::sock::*;
use skctx::Code;
use skctx::{KernelProfile, KernelVersion};

/// The 6.18 matrix from the spec, written out: (offset, sizes).
fn spec_accepted() -> Vec<(i64, Vec<u32>)> {
    let mut v: Vec<(i64, Vec<u32>)> = vec![
        (0, vec![4]),
        (4, vec![1, 2, 4]),
        (8, vec![1, 2, 4]),
        (12, vec![1, 2, 4]),
        (16, vec![4]),
        (20, vec![4]),
        (44, vec![1, 2, 4]),
        (48, vec![1, 2, 4]),
        (49, vec![1]),
        (72, vec![1, 2, 4]),
        (76, vec![1, 2, 4]),
    ];
    // Address words: src_ip4, src_ip6[4], dst_ip4, dst_ip6[4].
    for w in [24, 28, 32, 36, 40, 52, 56, 60, 64, 68] {
        v.push((w, vec![1, 2, 4]));
        v.push((w + 1, vec![1]));
        v.push((w + 2, vec![1, 2]));
        v.push((w + 3, vec![1]));
    }
    v
}

#[test]
fn matrix_matches_spec() {
    let spec = spec_accepted();
    for (off, size, verdict) in sock_access_matrix(-4..=84) {
        let want = spec
            .iter()
            .any(|(o, sizes)| *o == off && sizes.contains(&size));
        assert_eq!(verdict.is_ok(), want, "off={off} size={size}");
        if let Err(e) = verdict {
            assert_eq!(
                e.kernel_message(),
                format!("R2 invalid sock access off={off} size={size}")
            );
            assert_eq!(e.code(), Code::SockBadAccess);
        }
    }
}

#[test]
fn messages() {
    assert_eq!(
        sock_access(Reg::R2, 2, 4, false)
            .unwrap_err()
            .kernel_message(),
        "R2 invalid sock access off=2 size=4"
    );
    assert_eq!(
        sock_access(Reg::R2, 16, 4, true)
            .unwrap_err()
            .kernel_message(),
        "R2 cannot write into sock"
    );
    assert_eq!(
        sock_pointer_arithmetic_message(Reg::R2),
        "R2 pointer arithmetic on sock prohibited"
    );
}

#[test]
fn values_of_a_tcp_listener() {
    let view = SockView {
        family: 2,
        sock_type: 1,
        protocol: 6,
        src_ip4: [127, 0, 0, 1],
        src_port: 0x1f90,
        dst_port: 0x1234,
        state: 10,
        rx_queue_mapping: None,
        mark: 7,
        ..SockView::default()
    };
    let p = KernelProfile::upstream(KernelVersion::with_patch(6, 18, 44)).unwrap();
    let v = |off, size| sock_load_value_on(p, &view, off, size, false).unwrap();
    assert_eq!(v(4, 4), 2);
    assert_eq!(v(4, 1), 2);
    assert_eq!(v(8, 2), 1);
    assert_eq!(v(12, 4), 6);
    assert_eq!(v(16, 4), 7);
    assert_eq!(v(24, 4), 0x0100007f);
    assert_eq!(v(27, 1), 1);
    assert_eq!(v(26, 2), 0x0100);
    assert_eq!(v(44, 4), 0x1f90);
    assert_eq!(v(44, 1), 0x90);
    assert_eq!(v(48, 4), 0x3412);
    assert_eq!(v(48, 1), 0x12);
    assert_eq!(v(49, 1), 0x34);
    assert_eq!(v(72, 4), 10);
    // Unset: -1 cut to the load's size, as the kernel reads it (tests/skctx_kernel.rs).
    for (size, all_ones) in [(1, 0xff), (2, 0xffff), (4, 0xffff_ffff)] {
        assert_eq!(v(76, size), all_ones, "rx_queue_mapping unset, size {size}");
    }
    // Before "bpf: Fix bpf_sock context code generation" (6.19.14 measured): -1 in the whole
    // register at the field's first 2 and 4 bytes, still cut for 1 byte.
    let old = KernelProfile::upstream(KernelVersion::with_patch(6, 19, 14)).unwrap();
    let o = |off, size| sock_load_value_on(old, &view, off, size, false).unwrap();
    assert_eq!([o(76, 1), o(76, 2), o(76, 4)], [0xff, u64::MAX, u64::MAX]);
    let mapped = SockView {
        rx_queue_mapping: Some(3),
        ..view
    };
    assert_eq!(sock_load_value_on(p, &mapped, 76, 4, false).unwrap(), 3);
    assert!(sock_load_value_on(p, &view, 50, 2, false).is_err());
}
