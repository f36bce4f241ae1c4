//! Which license strings the kernel treats as GPL-compatible: GPL-only helpers are refused to
//! programs whose license is not (`cannot call GPL-restricted function ...`).

/// include/linux/license.h `license_is_gpl_compatible`: exact, case-sensitive matches.
pub const GPL_COMPATIBLE_LICENSES: &[&str] = &[
    "GPL",
    "GPL v2",
    "GPL and additional rights",
    "Dual BSD/GPL",
    "Dual MIT/GPL",
    "Dual MPL/GPL",
];

/// `license_is_gpl_compatible`. A program loaded without a license (libbpf passes an empty
/// string) is not GPL-compatible.
pub fn license_is_gpl_compatible(license: &str) -> bool {
    GPL_COMPATIBLE_LICENSES.contains(&license)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_matches_only() {
        assert!(license_is_gpl_compatible("GPL"));
        assert!(license_is_gpl_compatible("Dual MIT/GPL"));
        for other in ["", "gpl", "GPL v3", "GPL ", "MIT", "Proprietary"] {
            assert!(!license_is_gpl_compatible(other), "{other:?}");
        }
    }
}
