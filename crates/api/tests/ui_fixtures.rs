//! The UI's test fixtures (ui/src/fixtures/*.json) are reports recorded from real CLI
//! runs, as the api hands them to the UI: opened (facts read, findings, sentences and
//! commands built again) and with their presentation model. This test opens each one
//! again and fails when the file differs, so the UI's tests always play what the Rust
//! side says today: run `UPDATE_FIXTURES=1 cargo test -p portdoctor-api --test
//! ui_fixtures` to refresh them after a change of the rules or the catalogue.

#![allow(
    clippy::panic,
    reason = "a failing fixture should stop the test with its name"
)]

use std::fs;
use std::path::Path;

#[test]
fn ui_fixtures_are_what_the_api_says_today() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/fixtures");
    let c = portdoctor_api::catalog(Some("en"));
    let update = std::env::var_os("UPDATE_FIXTURES").is_some();
    let mut stale = Vec::new();
    let mut seen = 0;
    for entry in fs::read_dir(&dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        seen += 1;
        let text = fs::read_to_string(&path).unwrap_or_default();
        let report = portdoctor_api::open_report(&text, &c)
            .unwrap_or_else(|e| panic!("{}: {}", path.display(), e.message));
        let fresh = serde_json::to_string_pretty(&report).unwrap_or_default() + "\n";
        if fresh != text {
            if update {
                fs::write(&path, &fresh).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            } else {
                stale.push(path.display().to_string());
            }
        }
    }
    assert!(seen >= 7, "the fixtures are missing from {}", dir.display());
    assert!(
        stale.is_empty(),
        "these fixtures differ from what the api says today (refresh with UPDATE_FIXTURES=1): {stale:?}"
    );
}
