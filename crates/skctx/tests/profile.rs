//! Profile parsing and selection.
#![forbid(unsafe_code)]

use skctx::profile::*;

#[test]
fn exact_names_and_release_strings() {
    let cases = [
        ("5.9", KernelProfile::V5_9),
        ("5.10", KernelProfile::V5_10),
        ("5.15", KernelProfile::V5_15),
        ("5.16", KernelProfile::V5_16),
        ("5.18", KernelProfile::V5_18),
        ("6.1", KernelProfile::V6_1),
        ("6.6", KernelProfile::V6_6),
        ("6.8", KernelProfile::V6_8),
        ("6.12", KernelProfile::V6_12),
        ("6.18", KernelProfile::V6_18),
        ("v6.1", KernelProfile::V6_1),
        (" 6.18.44-fc-v509 ", KernelProfile::V6_18),
        ("5.15.0-91-generic", KernelProfile::V5_15),
        ("5.17.3", KernelProfile::V5_16),
        ("6.0", KernelProfile::V5_18),
        ("6.7.1", KernelProfile::V6_6),
        ("6.13-rc3", KernelProfile::V6_12),
        ("6.19", KernelProfile::V6_18),
        ("7.2.0", KernelProfile::V6_18),
        ("6.1+", KernelProfile::V6_1),
    ];
    for (s, p) in cases {
        assert_eq!(s.parse::<KernelProfile>(), Ok(p), "{s}");
        assert_eq!(KernelProfile::from_release(s), Ok(p), "{s}");
    }
    for p in KernelProfile::ALL {
        assert_eq!(p.to_string().parse::<KernelProfile>(), Ok(p));
    }
}

#[test]
fn host_needs_the_running_release() {
    assert_eq!("host".parse::<ProfileSpec>(), Ok(ProfileSpec::Host));
    assert_eq!("HOST".parse::<ProfileSpec>(), Ok(ProfileSpec::Host));
    assert_eq!(
        ProfileSpec::Host.resolve("6.18.44-fc-v509"),
        Ok(KernelProfile::V6_18)
    );
    assert_eq!(
        "6.1".parse::<ProfileSpec>().unwrap().resolve("ignored"),
        Ok(KernelProfile::V6_1)
    );
    let e = "host".parse::<KernelProfile>().unwrap_err();
    assert_eq!(e, ProfileError::HostNeedsRelease);
    assert!(e.to_string().contains("uname -r"));
    assert_eq!(ProfileSpec::Host.to_string(), "host");
}

#[test]
fn clear_errors() {
    let e = "".parse::<KernelProfile>().unwrap_err();
    assert_eq!(e, ProfileError::Empty);
    for bad in ["six", "6", "6.", ".1", "6.x", "6.1a", "61234.1"] {
        let e = bad.parse::<KernelProfile>().unwrap_err();
        assert!(matches!(e, ProfileError::Malformed(_)), "{bad}: {e:?}");
        assert_eq!(e.code(), "kernel-version-syntax");
        assert!(e.to_string().contains("6.18"), "lists profiles: {e}");
    }
    let e = "5.8.1".parse::<KernelProfile>().unwrap_err();
    assert!(matches!(e, ProfileError::TooOld { .. }));
    assert!(e.to_string().contains("5.9"), "{e}");
    assert_eq!(e.code(), "kernel-too-old");
    assert!(KernelProfile::from_release("4.19.0").is_err());
}

#[test]
fn feature_switches() {
    use KernelProfile::*;
    assert_eq!(V5_15.ctx_size(), 64);
    assert_eq!(V5_16.ctx_size(), 72);
    assert!(!V5_16.has_be16_remote_port() && V5_18.has_be16_remote_port());
    assert!(!V6_1.has_cpu_v4() && V6_6.has_cpu_v4());
    assert!(!V6_1.st_into_ctx_is_ctx_access() && V6_6.st_into_ctx_is_ctx_access());
    assert!(!V6_6.retval_message_uses_bounds() && V6_8.retval_message_uses_bounds());
    assert!(!V5_15.sk_assign_strict_state() && V5_16.sk_assign_strict_state());
    assert_eq!(V5_9.helper_id_limit(), 142);
    assert_eq!(V5_10.helper_id_limit(), 156);
    assert_eq!(V6_1.helper_id_limit(), 210);
    assert_eq!(V6_18.helper_id_limit(), 212);
    assert!(Privilege::Root.has_perfmon() && !Privilege::NoPerfmon.has_perfmon());
}
