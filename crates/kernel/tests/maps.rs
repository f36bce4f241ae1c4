//! Map element updates and lookups as the kernel lays values out, per-CPU maps included.

mod common;

use kernel::{Map, MapSpec, BPF_ANY};

#[test]
fn a_per_cpu_update_sets_every_cpus_value() {
    require_kernel!("a_per_cpu_update_sets_every_cpus_value");
    for map_type in [skctx::MapType::PercpuArray, skctx::MapType::PercpuHash] {
        let map = Map::create(&MapSpec::new(map_type, 4, 4, 2)).unwrap();
        map.update(&0u32.to_le_bytes(), &[1, 2, 3, 4], BPF_ANY)
            .unwrap();
        let back = map.lookup(&0u32.to_le_bytes()).unwrap().unwrap();
        assert!(
            back.len() >= 8 && back.len().is_multiple_of(8),
            "{map_type:?}: {}",
            back.len()
        );
        for cpu in back.chunks_exact(8) {
            assert_eq!(cpu, [1, 2, 3, 4, 0, 0, 0, 0], "{map_type:?}");
        }
    }
    let plain = Map::create(&MapSpec::new(skctx::MapType::Array, 4, 4, 1)).unwrap();
    plain
        .update(&0u32.to_le_bytes(), &[9, 8, 7, 6], BPF_ANY)
        .unwrap();
    assert_eq!(
        plain.lookup(&0u32.to_le_bytes()).unwrap().as_deref(),
        Some(&[9u8, 8, 7, 6][..])
    );
}

/// This binary's tests inside each cached kernel image (Debian 6.1 and 6.12), under qemu.
#[test]
fn maps_tests_pass_in_each_kernel_image() {
    common::passes_in_each_kernel_image("kernel/maps", "maps_tests_pass_in_each_kernel_image");
}
