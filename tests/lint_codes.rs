//! The codes of `skasm lint`: README.md's table of lint codes is rendered from the one table
//! (`sk_lookup::lint::codes::LINT_CODES`; `UPDATE_DOCS=1` rewrites it).
#![forbid(unsafe_code)]

use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

const BEGIN: &str = "<!-- lint-codes -->\n";
const END: &str = "<!-- /lint-codes -->";

#[test]
fn readme_lists_the_lint_codes() {
    let path = root().join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let start = readme
        .find(BEGIN)
        .expect("README.md has the lint-codes markers")
        + BEGIN.len();
    let end = start + readme[start..].find(END).expect("the end marker");
    let table = sk_lookup::lint::codes::lint_code_table();
    if readme[start..end] == table {
        return;
    }
    if std::env::var_os("UPDATE_DOCS").is_some() {
        let updated = format!("{}{table}{}", &readme[..start], &readme[end..]);
        std::fs::write(&path, updated).unwrap();
        return;
    }
    panic!("README.md's lint code table is stale: run UPDATE_DOCS=1 cargo test --test lint_codes");
}
