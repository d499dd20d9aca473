//! The UI's TypeScript types are generated from these Rust types (ts-rs). This test
//! regenerates them into a temporary folder and fails when ui/src/lib/types/generated
//! differs: run `UPDATE_TYPES=1 cargo test -p portdoctor-api --test types` to refresh.

#![allow(
    clippy::panic,
    reason = "a failing export should stop the test with its reason"
)]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use portdoctor_api::{ApiError, CheckRequest, ProgressEvent, TestListenerInfo, Understood};
use portdoctor_core::Report;
use ts_rs::{Config, TS};

fn export(dir: &Path) {
    let cfg = Config::new()
        .with_large_int("number".to_string())
        .with_out_dir(dir);
    let results = [
        Report::export_all(&cfg),
        portdoctor_core::Facts::export_all(&cfg),
        Understood::export_all(&cfg),
        ProgressEvent::export_all(&cfg),
        ApiError::export_all(&cfg),
        CheckRequest::export_all(&cfg),
        TestListenerInfo::export_all(&cfg),
        portdoctor_core::redact::Redaction::export_all(&cfg),
        portdoctor_api::ops::export_types(&cfg),
    ];
    for r in results {
        r.unwrap_or_else(|e| panic!("export failed: {e}"));
    }
    fs::write(
        dir.join("Operations.ts"),
        portdoctor_api::ops::typescript(&cfg),
    )
    .unwrap_or_else(|e| panic!("Operations.ts: {e}"));
}

fn read_all(dir: &Path) -> BTreeMap<PathBuf, String> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "ts") {
                let rel = p.strip_prefix(dir).unwrap_or(&p).to_path_buf();
                out.insert(rel, fs::read_to_string(&p).unwrap_or_default());
            }
        }
    }
    out
}

#[test]
fn ui_types_match_the_rust_types() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/types/generated");
    let fresh = std::env::temp_dir().join(format!("pd-types-{}", std::process::id()));
    let _ = fs::remove_dir_all(&fresh);
    export(&fresh);
    if std::env::var_os("UPDATE_TYPES").is_some() {
        let _ = fs::remove_dir_all(&ui);
        export(&ui);
    }
    let want = read_all(&fresh);
    let have = read_all(&ui);
    let _ = fs::remove_dir_all(&fresh);
    assert!(want.len() > 20, "only {} types exported", want.len());
    let names: std::collections::BTreeSet<&PathBuf> = want.keys().chain(have.keys()).collect();
    let stale: Vec<String> = names
        .into_iter()
        .filter(|k| want.get(*k) != have.get(*k))
        .map(|k| k.display().to_string())
        .collect();
    assert!(
        stale.is_empty(),
        "the UI's generated types are stale ({}); run: UPDATE_TYPES=1 cargo test -p portdoctor-api --test types",
        stale.join(", ")
    );
}
