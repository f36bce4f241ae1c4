//! Profiles measured on a running kernel: the helper availability a probe found, and the
//! profile file `skasm probe` writes and every `--kernel FILE` reads.
//!
//! ```toml
//! # written by skasm probe
//! release = "6.18.44-fc-v1300"            # uname -r of the probed kernel
//! version = "6.18.44"
//! behaviours = ["sockmap-lookup-sock-or-null", "percpu-ptr-needs-perfmon"]
//!
//! [helpers]
//! id_limit = 212                          # ids at or above: `invalid func`
//! root = [1, 2, 3]                        # offered with all capabilities
//! no_perfmon = [1, 2, 3]                  # offered with CAP_BPF + CAP_NET_ADMIN only
//! gpl_only = [6]                          # refused to programs without a GPL-compatible license
//! might_sleep = [148]                     # refused: SK_LOOKUP programs never sleep
//! ```
//!
//! The behaviours are names from [`crate::profile::BEHAVIOURS`]; the helper lists replace the
//! helper table's availability columns for that profile, so a team can lint against a
//! kernel it does not have in CI. Parsing is pure: the caller reads the file.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::helpers::Tier;
use crate::profile::{Behaviour, Behaviours, KernelProfile, KernelVersion, Privilege};

/// The helper ids a probed kernel offers to SK_LOOKUP programs.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct ProbedHelpers {
    /// `__BPF_FUNC_MAX_ID`: ids at or above it (and negative ids) are `invalid func`.
    pub id_limit: i32,
    /// Offered with all capabilities (GPL license; might-sleep helpers included).
    pub root: BTreeSet<i32>,
    /// Offered with CAP_BPF + CAP_NET_ADMIN only.
    pub no_perfmon: BTreeSet<i32>,
    /// Offered, but refused to a program whose license is not GPL-compatible.
    pub gpl_only: BTreeSet<i32>,
    /// Offered, but refused because they might sleep.
    pub might_sleep: BTreeSet<i32>,
}

impl ProbedHelpers {
    /// The ids offered at `privilege`.
    pub fn offered(&self, privilege: Privilege) -> &BTreeSet<i32> {
        match privilege {
            Privilege::Root => &self.root,
            Privilege::NoPerfmon => &self.no_perfmon,
        }
    }

    /// The lowest privilege tier that is offered `id`, as the helper table would state it.
    pub fn tier(&self, id: i32) -> Option<Tier> {
        if self.no_perfmon.contains(&id) {
            Some(Tier::CapBpf)
        } else if self.root.contains(&id) {
            Some(Tier::CapPerfmon)
        } else {
            None
        }
    }
}

/// The contents of a profile file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileFile {
    /// The probed kernel's `uname -r`, verbatim.
    pub release: String,
    /// `X.Y.Z`, the release's numbers.
    pub version: String,
    /// Behaviour names.
    #[serde(default)]
    pub behaviours: Vec<String>,
    /// Helper availability, when the probe measured it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub helpers: Option<ProbedHelpers>,
}

/// Why a profile file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileFileError(pub String);

impl std::fmt::Display for ProfileFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ProfileFileError {}

impl ProfileFile {
    /// The file for a probed kernel.
    pub fn new(release: &str, profile: KernelProfile, helpers: Option<ProbedHelpers>) -> Self {
        ProfileFile {
            release: release.trim().to_string(),
            version: full_version(profile.version()),
            behaviours: profile
                .behaviours()
                .iter()
                .map(|b| b.name().to_string())
                .collect(),
            helpers,
        }
    }

    pub fn parse(text: &str) -> Result<ProfileFile, ProfileFileError> {
        toml::from_str(text).map_err(|e| ProfileFileError(e.to_string()))
    }

    /// The TOML text, with a header comment.
    pub fn to_toml(&self) -> String {
        let body = toml::to_string(self).expect("a profile file serializes");
        format!(
            "# Kernel profile written by `skasm probe`: release, behaviours and the helpers\n\
             # this kernel offers to SK_LOOKUP programs. Use it with `--kernel FILE`.\n{body}"
        )
    }

    /// The profile this file describes. Helper lists, when present, are kept for the life of
    /// the process (a profile is `Copy` and refers to them).
    pub fn profile(&self) -> Result<KernelProfile, ProfileFileError> {
        let version =
            KernelVersion::parse(&self.version).map_err(|e| ProfileFileError(e.to_string()))?;
        let base = KernelProfile::upstream(version).ok_or_else(|| {
            ProfileFileError(format!("version {version} predates SK_LOOKUP (5.9)"))
        })?;
        let mut behaviours = Behaviours::NONE;
        for name in &self.behaviours {
            let b = Behaviour::by_name(name)
                .ok_or_else(|| ProfileFileError(format!("unknown kernel behaviour `{name}`")))?;
            behaviours = behaviours.with(b);
        }
        let profile = base.with_behaviours(behaviours);
        Ok(match &self.helpers {
            Some(h) => profile.with_probed_helpers(Box::leak(Box::new(h.clone()))),
            None => profile,
        })
    }
}

fn full_version(v: KernelVersion) -> String {
    format!("{}.{}.{}", v.major, v.minor, v.patch)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_round_trips_to_the_same_profile() {
        let helpers = ProbedHelpers {
            id_limit: 212,
            root: [1, 2, 153].into(),
            no_perfmon: [1, 2].into(),
            gpl_only: [2].into(),
            might_sleep: BTreeSet::new(),
        };
        let profile: KernelProfile = "6.18.44+percpu-ptr-needs-perfmon".parse().unwrap();
        let file = ProfileFile::new("6.18.44-fc-v1300", profile, Some(helpers.clone()));
        let back = ProfileFile::parse(&file.to_toml()).unwrap();
        assert_eq!(back, file);
        let p = back.profile().unwrap();
        assert_eq!(p.version(), profile.version());
        assert_eq!(p.behaviours(), profile.behaviours());
        assert_eq!(p.probed_helpers(), Some(&helpers));
        assert_eq!(helpers.tier(153), Some(Tier::CapPerfmon));
        assert_eq!(helpers.tier(1), Some(Tier::CapBpf));
        assert_eq!(helpers.tier(7), None);
    }

    #[test]
    fn bad_files_say_why() {
        for (text, says) in [
            ("release = 1", "invalid type"),
            ("release = \"x\"\nversion = \"six\"", "not a kernel version"),
            ("release = \"x\"\nversion = \"4.19\"", "predates"),
            (
                "release = \"x\"\nversion = \"6.1\"\nbehaviours = [\"nope\"]",
                "unknown kernel behaviour",
            ),
            (
                "release = \"x\"\nversion = \"6.1\"\nextra = 1",
                "unknown field",
            ),
        ] {
            let e = ProfileFile::parse(text)
                .and_then(|f| f.profile())
                .unwrap_err();
            assert!(e.0.contains(says), "{text}: {e}");
        }
    }
}
