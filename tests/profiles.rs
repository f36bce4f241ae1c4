//! The reference profiles in `profiles/`: each parses, skctx's tables with the file's release
//! and behaviours give exactly the helper availability the file records (measured on that
//! kernel), and a file for the running kernel's release is what probing it gives today.

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
