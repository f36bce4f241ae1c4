//! Helper names in `call bpf_sk_assign`, resolved through the skctx helper table (the one
//! table of helper ids and names), and the warning for a call whose name looks like a
//! helper's but is none (`call bpf_sk_asign`), which llvm-mc silently assembles as a call to
//! an undefined function.

use crate::diag::{edit_distance, AsmError, ErrorCode};
use std::collections::HashMap;
use std::ops::Range;

/// The helper id for `name` (`bpf_sk_assign` or `sk_assign`), if it names a kernel helper.
/// `unspec` (id 0) is not a callable name.
pub fn helper_id(name: &str) -> Option<i32> {
    skctx::helper_by_name(name)
        .map(|h| h.id)
        .filter(|&id| id != 0)
}

/// Typos tolerated between a name and a helper's (both without `bpf_`): none for names of
/// up to 3 characters, one up to 7, then two.
fn typos_allowed(name: &str) -> usize {
    (name.chars().count() / 4).min(2)
}

/// The helper name nearest to `name`, spelled as `name` is (with or without `bpf_`), if it
/// is within [`typos_allowed`].
pub fn nearest_helper(name: &str) -> Option<String> {
    let (prefix, bare) = match name.strip_prefix("bpf_") {
        Some(bare) => ("bpf_", bare),
        None => ("", name),
    };
    let allowed = typos_allowed(bare);
    skctx::HELPERS
        .iter()
        .filter(|h| h.id != 0)
        .map(|h| (edit_distance(bare, h.name), h.name))
        .filter(|&(d, _)| d <= allowed)
        .min_by_key(|&(d, _)| d)
        .map(|(_, helper)| format!("{prefix}{helper}"))
}

/// Whether an unresolved `call NAME` deserves the `unknown-helper` warning, decided once
/// per name: names with the `bpf_` prefix, and names close to a helper's.
#[derive(Default)]
pub struct UnknownHelpers {
    /// For each name seen: `None` when it does not look like a helper, else the suggestion.
    seen: HashMap<String, Option<Option<String>>>,
}

impl UnknownHelpers {
    /// The warning for `call NAME` at `span`, where `NAME` is neither a helper nor defined in
    /// this file.
    pub fn check(&mut self, name: &str, span: Range<usize>) -> Option<AsmError> {
        if !self.seen.contains_key(name) {
            let nearest = nearest_helper(name);
            let verdict = (name.starts_with("bpf_") || nearest.is_some()).then_some(nearest);
            self.seen.insert(name.to_string(), verdict);
        }
        let nearest = self.seen.get(name)?.as_ref()?;
        let warning = AsmError::new(
            ErrorCode::UnknownHelper,
            span,
            format!("`{name}` is not a helper"),
            "assembled as a call to an undefined function, as llvm-mc does",
        );
        Some(match nearest {
            Some(helper) => warning.with_help(format!("did you mean `{helper}`?")),
            None => warning.with_help("`skasm helpers` lists the helpers"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_misses_of_helper_names_are_found_in_the_spelling_used() {
        assert_eq!(
            nearest_helper("bpf_sk_asign").as_deref(),
            Some("bpf_sk_assign")
        );
        assert_eq!(nearest_helper("sk_asign").as_deref(), Some("sk_assign"));
        assert_eq!(
            nearest_helper("bpf_map_lookup_elm").as_deref(),
            Some("bpf_map_lookup_elem")
        );
        assert_eq!(nearest_helper("my_function"), None);
        assert_eq!(nearest_helper("bpf_frobnicate_everything"), None);
        assert_eq!(nearest_helper("lop"), None, "too short to guess");
    }

    #[test]
    fn only_helper_like_names_warn() {
        let mut check = UnknownHelpers::default();
        let w = check.check("bpf_sk_asign", 3..15).expect("a warning");
        assert_eq!(w.code, ErrorCode::UnknownHelper);
        assert_eq!(w.help.as_deref(), Some("did you mean `bpf_sk_assign`?"));
        assert!(check.check("bpf_frobnicate_everything", 0..1).is_some());
        assert!(check.check("sk_asign", 0..1).is_some());
        assert!(check.check("my_function", 0..1).is_none());
        assert!(check.check("subprog", 0..1).is_none());
    }
}
