use skctx::*;
#[test]
fn counts() {
    let n = ctx_access_matrix(KernelProfile::V6_18, CtxAccessKind::Load, -4..=79)
        .filter(|c| c.verdict.is_ok())
        .count();
    assert_eq!(n, 106);
    assert_eq!(
        sk_lookup_helpers(KernelProfile::V6_18, Privilege::Root).count(),
        85
    );
    assert_eq!(
        sk_lookup_helpers(KernelProfile::V6_18, Privilege::NoPerfmon).count(),
        57
    );
    for p in KernelProfile::ALL {
        println!(
            "{p}: root {} noperf {} limit {}",
            sk_lookup_helpers(p, Privilege::Root).count(),
            sk_lookup_helpers(p, Privilege::NoPerfmon).count(),
            p.helper_id_limit()
        );
    }
}
