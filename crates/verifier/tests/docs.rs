//! Keeps `docs/verifier.md` equal to `verifier::modelled::render()`: fails when the
//! committed page is stale; `UPDATE_DOCS=1` rewrites it.

use std::path::PathBuf;

#[test]
fn verifier_page_is_current() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/verifier.md");
    let want = verifier::modelled::render();
    if std::env::var_os("UPDATE_DOCS").is_some_and(|v| v == "1") {
        std::fs::write(&path, &want).expect("write docs/verifier.md");
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "docs/verifier.md is stale. Regenerate it with: UPDATE_DOCS=1 cargo test -p verifier --test docs"
    );
}
