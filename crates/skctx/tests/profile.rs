//! Profile parsing and selection.
#![forbid(unsafe_code)]

use skctx::profile::*;

#[test]
fn releases_are_taken_as_given_not_rounded() {
    let named = [
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
        ("6.1+", KernelProfile::V6_1),
        ("6.1.0", KernelProfile::V6_1),
    ];
    for (s, p) in named {
        assert_eq!(s.parse::<KernelProfile>(), Ok(p), "{s}");
        assert_eq!(KernelProfile::from_release(s), Ok(p), "{s}");
    }
    let releases = [
        (" 6.18.44-fc-v509 ", (6, 18, 44)),
        ("5.15.0-91-generic", (5, 15, 0)),
        ("5.11", (5, 11, 0)),
        ("5.17.3", (5, 17, 3)),
        ("6.0", (6, 0, 0)),
        ("6.13-rc3", (6, 13, 0)),
        ("7.2.0", (7, 2, 0)),
    ];
    for (s, (major, minor, patch)) in releases {
        let p = s.parse::<KernelProfile>().unwrap();
        assert_eq!(
            p.version(),
            KernelVersion::with_patch(major, minor, patch),
            "{s}"
        );
        assert!(p.behaviours().is_empty(), "{s}: upstream has none");
        assert_eq!(p.to_string().parse::<KernelProfile>(), Ok(p));
    }
    for p in KernelProfile::ALL {
        assert_eq!(p.to_string().parse::<KernelProfile>(), Ok(p));
    }
    // What holds since which release comes from the tables, whatever the release: 5.17.3
    // has 5.16's ingress_ifindex but not 5.18's 2-byte remote_port.
    let p: KernelProfile = "5.17.3".parse().unwrap();
    assert!(p.has_ingress_ifindex() && !p.has_be16_remote_port());
    let ids_5_11 = "5.11".parse::<KernelProfile>().unwrap().helper_id_limit();
    assert!(
        ids_5_11 > KernelProfile::V5_10.helper_id_limit()
            && ids_5_11 < KernelProfile::V5_15.helper_id_limit()
    );
}

#[test]
fn behaviours_are_added_by_name_and_switch_their_facts() {
    let upstream: KernelProfile = "6.18.44".parse().unwrap();
    let built: KernelProfile = "6.18.44+sockmap-lookup-sock-or-null+percpu-ptr-needs-perfmon"
        .parse()
        .unwrap();
    assert_eq!(built.version(), upstream.version());
    assert_eq!(
        built.to_string(),
        "6.18.44+sockmap-lookup-sock-or-null+percpu-ptr-needs-perfmon"
    );
    assert_eq!(skctx::sockmap_lookup_type(upstream), "map_value_or_null");
    assert_eq!(skctx::sockmap_lookup_type(built), "sock_or_null");
    for id in [153, 154] {
        let h = skctx::helper_by_id(id).unwrap();
        assert!(h.offered(upstream, Privilege::NoPerfmon), "#{id}");
        assert!(!h.offered(built, Privilege::NoPerfmon), "#{id}");
        assert!(h.offered(built, Privilege::Root), "#{id}");
    }
    let e = "6.18+sockmap-lookup".parse::<KernelProfile>().unwrap_err();
    assert_eq!(e.code(), "kernel-unknown-behaviour");
    assert!(e.to_string().contains("sockmap-lookup-sock-or-null"), "{e}");
}

#[test]
fn host_needs_the_running_release() {
    assert_eq!("host".parse::<ProfileSpec>(), Ok(ProfileSpec::Host));
    assert_eq!("HOST".parse::<ProfileSpec>(), Ok(ProfileSpec::Host));
    assert_eq!(
        ProfileSpec::Host
            .resolve("6.18.44-fc-v509")
            .map(|p| p.version()),
        Ok(KernelVersion::with_patch(6, 18, 44))
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
    const V5_9: KernelProfile = KernelProfile::V5_9;
    const V5_10: KernelProfile = KernelProfile::V5_10;
    const V5_15: KernelProfile = KernelProfile::V5_15;
    const V5_16: KernelProfile = KernelProfile::V5_16;
    const V5_18: KernelProfile = KernelProfile::V5_18;
    const V6_1: KernelProfile = KernelProfile::V6_1;
    const V6_6: KernelProfile = KernelProfile::V6_6;
    const V6_8: KernelProfile = KernelProfile::V6_8;
    const V6_18: KernelProfile = KernelProfile::V6_18;
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

/// A distribution kernel numbered `X.Y.0-<abi>` is the stable release its version text names;
/// a kernel whose `uname -r` already names its release, or texts naming another series or an
/// older patch, keep `uname -r`'s version.
#[test]
fn stable_version_of_distribution_kernels() {
    use skctx::KernelVersion;
    let v = |r: &str, texts: &[&str]| KernelVersion::stable(r, texts).unwrap().to_string();
    let debian = "Linux version 6.1.0-57-cloud-amd64 (debian-kernel@lists.debian.org) \
                  (gcc-12 (Debian 12.2.0-14+deb12u1) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40) \
                  #1 SMP PREEMPT_DYNAMIC Debian 6.1.192-1 (2026-03-20)";
    assert_eq!(v("6.1.0-57-cloud-amd64", &[debian]), "6.1.192");
    let ubuntu_sig = "Ubuntu 5.15.0-91.101-generic 5.15.131";
    let ubuntu = "Linux version 5.15.0-91-generic (buildd@lcy02-amd64-045) (gcc (Ubuntu \
                  11.4.0-1ubuntu1~22.04) 11.4.0, GNU ld 2.38) #101-Ubuntu SMP Tue Nov 14 2023";
    assert_eq!(v("5.15.0-91-generic", &[ubuntu, ubuntu_sig]), "5.15.131");
    assert_eq!(v("5.15.0-91-generic", &[ubuntu]), "5.15");
    assert_eq!(
        v("6.12.118+deb12-cloud-amd64", &["... Debian 6.12.118-1 ..."]),
        "6.12.118"
    );
    assert_eq!(
        v(
            "6.18.44-fc-v1300",
            &["Linux version 6.18.44-fc-v1300 (gcc 12.2.0) #1"]
        ),
        "6.18.44"
    );
    assert_eq!(v("6.1.10", &["Debian 6.1.5-1", "6.2.30"]), "6.1.10");
    assert!(KernelVersion::stable("", &[]).is_err());
}
