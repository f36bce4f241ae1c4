//! The few verifier facts the generator relies on to label its programs, as the 6.18 kernel
//! applies them to SK_LOOKUP (see `shared/spec/sk_lookup-context.md` §3.1 and §4).
//!
//! They are deliberately restated here rather than taken from `skctx`: the differential test
//! checks these claims against the live kernel, so an independent statement is the point
//! (a shared table would let a wrong fact agree with itself).

/// Size of `struct bpf_sk_lookup` (uapi, 5.16+).
pub const CTX_SIZE: i64 = 72;
/// Size of `struct bpf_sock` (uapi).
pub const SOCK_SIZE: i64 = 80;

/// Does the 6.18 verifier accept a load of `size` bytes at `off` from the SK_LOOKUP context
/// (`net/core/filter.c` `sk_lookup_is_valid_access`)? Applies to plain and sign-extending
/// loads alike (there is no 8-byte sign-extending load).
pub fn ctx_load_ok(off: i64, size: u32) -> bool {
    let size = size as i64;
    if !(0..CTX_SIZE).contains(&off) || off % size != 0 {
        return false;
    }
    match off {
        // `sk`: the whole pointer only.
        0..=7 => off == 0 && size == 8,
        // Every other field is read with 1, 2 or 4 bytes, never 8.
        _ if size == 8 => false,
        // remote_port: 4 @36 (compat), 2 @36, 1 @36/37; padding: 2 @38, 1 @38/39.
        36..=39 => size < 4 || off == 36,
        // tail padding after ingress_ifindex.
        68..=71 => false,
        _ => true,
    }
}

/// Does the 6.18 verifier accept a load of `size` bytes at `off` from a `struct bpf_sock`
/// (`bpf_sock_is_valid_access`; the matrix in sk_lookup-context.md §4)?
pub fn sock_load_ok(off: i64, size: u32) -> bool {
    if !(0..SOCK_SIZE).contains(&off) || off % size as i64 != 0 {
        return false;
    }
    let word = |base: i64| -> bool {
        // 4 @base, 2 @ even, 1 @ any (within one 4-byte word)
        let rel = off - base;
        (0..4).contains(&rel)
            && (size == 1 || (size == 2 && rel % 2 == 0) || (size == 4 && rel == 0))
    };
    let first_only = |at: i64| off == at && matches!(size, 1 | 2 | 4);
    match off {
        0..=3 => off == 0 && size == 4,
        4..=7 => first_only(4),
        8..=11 => first_only(8),
        12..=15 => first_only(12),
        16..=19 => off == 16 && size == 4,
        20..=23 => off == 20 && size == 4,
        24..=43 => word(off & !3),
        44..=47 => first_only(44),
        48..=51 => first_only(48) || (off == 49 && size == 1),
        52..=71 => word(off & !3),
        72..=75 => first_only(72),
        76..=79 => first_only(76),
        _ => false,
    }
}

/// The 106 accepted (offset, size) pairs for plain context loads.
pub fn ctx_valid_accesses() -> Vec<(i64, u32)> {
    let mut v = Vec::new();
    for off in 0..CTX_SIZE {
        for size in [1, 2, 4, 8] {
            if ctx_load_ok(off, size) {
                v.push((off, size));
            }
        }
    }
    v
}

/// Accepted `struct bpf_sock` (offset, size) pairs.
pub fn sock_valid_accesses() -> Vec<(i64, u32)> {
    let mut v = Vec::new();
    for off in 0..SOCK_SIZE {
        for size in [1, 2, 4, 8] {
            if sock_load_ok(off, size) {
                v.push((off, size));
            }
        }
    }
    v
}

/// `may_goto` (`BPF_JMP | BPF_JCOND`, "bpf: Introduce may_goto instruction", 011832b97b31)
/// is an instruction since 6.9; earlier kernels refuse its opcode.
pub fn has_may_goto(profile: skctx::KernelProfile) -> bool {
    profile.has(skctx::KernelVersion::new(6, 9))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ctx_matrix_matches_the_spec() {
        assert_eq!(ctx_valid_accesses().len(), 106);
        assert!(ctx_load_ok(0, 8));
        assert!(!ctx_load_ok(0, 4));
        assert!(!ctx_load_ok(8, 8));
        assert!(ctx_load_ok(36, 4));
        assert!(!ctx_load_ok(38, 4));
        assert!(ctx_load_ok(38, 2));
        assert!(ctx_load_ok(39, 1));
        assert!(ctx_load_ok(64, 4));
        assert!(!ctx_load_ok(68, 4));
        assert!(!ctx_load_ok(72, 4));
        assert!(!ctx_load_ok(-4, 4));
        assert!(!ctx_load_ok(2, 4));
        assert!(ctx_load_ok(10, 2));
    }

    #[test]
    fn sock_matrix_matches_the_spec() {
        assert!(sock_load_ok(0, 4));
        assert!(!sock_load_ok(0, 2));
        assert!(sock_load_ok(4, 1) && !sock_load_ok(5, 1));
        assert!(sock_load_ok(16, 4) && !sock_load_ok(16, 2));
        assert!(sock_load_ok(25, 1) && sock_load_ok(26, 2) && !sock_load_ok(26, 4));
        assert!(sock_load_ok(49, 1) && !sock_load_ok(50, 2));
        assert!(sock_load_ok(76, 4) && !sock_load_ok(80, 4) && !sock_load_ok(72, 8));
    }
}
