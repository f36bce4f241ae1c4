//! Every `# error[CODE]` marker of the spec corpus names a code of the registry
//! (`skctx::codes`: the parser refuses any other name, so reading the corpus checks it) and a
//! message that is one of that code's forms for a kernel of the case's
//! range at the case's privilege. The cases are read through this crate's parser, so
//! behaviour conditions and `# ^` markers are understood, not scanned.

use std::path::{Path, PathBuf};

use skctx::KernelProfile;
use speccase::format::Case;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Profiles for the releases the case claims: the named releases in its range and the
/// release its range starts at.
fn profiles(case: &Case) -> Vec<KernelProfile> {
    let mut out: Vec<KernelProfile> = case
        .kernel_since
        .and_then(KernelProfile::upstream)
        .into_iter()
        .chain(KernelProfile::ALL)
        .filter(|p| case.applies_to(*p))
        .collect();
    out.dedup();
    out
}

#[test]
fn every_corpus_marker_names_a_registered_code_and_one_of_its_messages() {
    let root = repo_root();
    let (files, mut problems) = speccase::corpus::read_corpus(&root);
    let mut markers = 0;
    for file in &files {
        for case in &file.cases {
            let profiles = profiles(case);
            for m in &case.markers {
                markers += 1;
                let at = file.at(m.at);
                let code = m.code;
                let fits = profiles.iter().any(|&p| {
                    code.forms()
                        .iter()
                        .any(|f| f.applies(p, case.privilege) && f.matches_fragment(&m.message))
                });
                if !fits {
                    problems.push(format!(
                        "{at}: `{}` is none of {code}'s messages for this case's kernels and privilege",
                        m.message
                    ));
                }
            }
        }
    }
    assert!(markers > 500, "only {markers} error markers found");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
