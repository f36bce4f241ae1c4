//! Keeps docs/sk_lookup.md in sync with `skctx::render_docs()`.
//!
//! Fails when the committed copy is stale; run with `UPDATE_DOCS=1` to regenerate it.
#![forbid(unsafe_code)]

use std::path::PathBuf;

fn docs_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/sk_lookup.md")
}

#[test]
fn committed_docs_match_render_docs() {
    let expected = skctx::render_docs();
    let path = docs_path();
    if std::env::var_os("UPDATE_DOCS").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &expected).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != expected {
        let first_diff = committed
            .lines()
            .zip(expected.lines())
            .position(|(a, b)| a != b)
            .map(|i| i + 1)
            .unwrap_or(committed.lines().count().min(expected.lines().count()) + 1);
        panic!(
            "docs/sk_lookup.md is stale (first difference at line {first_diff}).\n\
             Regenerate it with: UPDATE_DOCS=1 cargo test -p skctx --test docs"
        );
    }
}
