//! The reference profiles in `profiles/`: each parses, skctx's tables with the file's release
//! and behaviours give exactly the helper availability the file records (measured on that
//! kernel), a file for the running kernel's release is what probing it gives today, and a
//! file for each cached kernel image (`.ci/kernels`) is what `skasm probe --kernel-image`
//! gives inside it today.

use std::path::PathBuf;

use skctx::{KernelProfile, Privilege, ProfileFile};

macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

fn reference_profiles() -> Vec<(PathBuf, ProfileFile)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("profiles");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no profiles in {}", dir.display());
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let f = ProfileFile::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p, f)
        })
        .collect()
}

#[test]
fn the_tables_reproduce_every_reference_profile() {
    for (path, file) in reference_profiles() {
        let measured = file
            .helpers
            .clone()
            .expect("reference profiles record helpers");
        let modelled = file.profile().unwrap();
        let modelled = KernelProfile::upstream(modelled.version())
            .unwrap()
            .with_behaviours(modelled.behaviours());
        assert_eq!(
            modelled.helper_id_limit(),
            measured.id_limit,
            "{}",
            path.display()
        );
        for privilege in Privilege::ALL {
            let from_table: Vec<i32> = skctx::sk_lookup_helpers(modelled, privilege)
                .map(|h| h.id)
                .collect();
            let recorded: Vec<i32> = measured.offered(privilege).iter().copied().collect();
            assert_eq!(from_table, recorded, "{} {privilege}", path.display());
        }
        for h in skctx::sk_lookup_helpers(modelled, Privilege::Root) {
            let proto = h.proto.as_ref().unwrap();
            assert_eq!(
                proto.gpl_only,
                measured.gpl_only.contains(&h.id),
                "{} GPL-only #{}",
                path.display(),
                h.id
            );
            assert_eq!(
                proto.might_sleep,
                measured.might_sleep.contains(&h.id),
                "{} might-sleep #{}",
                path.display(),
                h.id
            );
        }
    }
}

#[test]
fn a_reference_profile_of_the_running_kernel_is_current() {
    if let Err(u) = kernel::availability() {
        say!("SKIPPED a_reference_profile_of_the_running_kernel_is_current: {u}");
        return;
    }
    let probe = kernel::probe_host().unwrap();
    let Some((path, file)) = reference_profiles()
        .into_iter()
        .find(|(_, f)| f.release == probe.release)
    else {
        say!(
            "SKIPPED a_reference_profile_of_the_running_kernel_is_current: no file in profiles/ for Linux {} (write one with `skasm probe -o profiles/{}.toml`)",
            probe.release,
            probe.release
        );
        return;
    };
    let now = ProfileFile::new(&probe.release, probe.profile, Some(probe.helpers));
    assert_eq!(file, now, "{} is stale", path.display());
    say!(
        "profiles: {} matches a fresh probe of the running kernel",
        path.display()
    );
}

/// The images `.ci/kernels` cached (or `$SK_KERNEL_IMAGES_DIR`'s).
fn kernel_images(test: &str) -> Vec<bootvm::Image> {
    if let Err(e) = bootvm::available() {
        say!("SKIPPED {test}: {e}");
        return Vec::new();
    }
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/kernels");
    let images = bootvm::images(&dir);
    if images.is_empty() {
        say!(
            "SKIPPED {test}: no kernel images in {} (run .ci/kernels, or set {})",
            dir.display(),
            bootvm::IMAGES_DIR_ENV
        );
    }
    images
}

#[test]
fn a_reference_profile_of_each_kernel_image_is_current() {
    let test = "a_reference_profile_of_each_kernel_image_is_current";
    for image in kernel_images(test) {
        let Some((path, file)) = reference_profiles()
            .into_iter()
            .find(|(_, f)| f.release == image.release)
        else {
            say!(
                "SKIPPED {test} for {}: no file in profiles/ for it (write one with `skasm probe --kernel-image {} -o profiles/debian-{}.toml`)",
                image.release,
                image.vmlinuz.display(),
                image.release
            );
            continue;
        };
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_skasm"))
            .args(["probe", "--kernel-image"])
            .arg(&image.vmlinuz)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{}: {stderr}", image.release);
        let now = ProfileFile::parse(&String::from_utf8_lossy(&out.stdout)).unwrap();
        assert_eq!(file, now, "{} is stale", path.display());
        say!(
            "profiles: {} matches a fresh probe inside {}",
            path.display(),
            image.vmlinuz.display()
        );
    }
}

#[test]
fn probing_a_missing_kernel_image_writes_nothing_and_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let output = dir.path().join("p.toml");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_skasm"))
        .args(["probe", "--kernel-image", "/nonexistent/vmlinuz", "-o"])
        .arg(&output)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("/nonexistent/vmlinuz"), "{stderr}");
    assert!(!output.exists());
}
