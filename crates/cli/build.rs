//! Builds the browser page into the binary: when ui/dist exists (the built UI), every
//! file in it is included; otherwise `portdoctor serve` says the page isn't built in.
//! The CLI never needs npm to compile.

use std::fs;
use std::path::{Path, PathBuf};

fn files(dir: &Path, base: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, base, out);
        } else if let Ok(rel) = path.strip_prefix(base) {
            out.push((rel.to_string_lossy().replace('\\', "/"), path.clone()));
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let dist = manifest.join("../../ui/dist");
    println!("cargo:rerun-if-changed={}", dist.display());
    let mut list = Vec::new();
    files(&dist, &dist, &mut list);
    list.sort();
    let mut code = String::from(
        "/// The built UI: (path, bytes).\npub static UI_FILES: &[(&str, &[u8])] = &[\n",
    );
    for (rel, path) in &list {
        let abs = path.canonicalize().unwrap_or_else(|_| path.clone());
        code.push_str(&format!(
            "    ({rel:?}, include_bytes!({:?})),\n",
            abs.display().to_string()
        ));
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("ui_files.rs");
    if let Err(e) = fs::write(&out, code) {
        println!("cargo:warning=could not write {}: {e}", out.display());
    }
}
