//! Keys the phrase table (`data/phrases.tsv`) once, at build time: see
//! `src/errtext/table.rs`. The same two source files make it here and in the crate.

use std::error::Error;
use std::path::PathBuf;

#[path = "src/errtext"]
mod errtext {
    #[allow(
        dead_code,
        reason = "the table is keyed with `key` and `fold`; the rest is the crate's"
    )]
    pub mod fold;
    pub mod table;
}

fn main() -> Result<(), Box<dyn Error>> {
    for input in [
        "data/phrases.tsv",
        "src/errtext/fold.rs",
        "src/errtext/table.rs",
    ] {
        println!("cargo::rerun-if-changed={input}");
    }
    let out = PathBuf::from(std::env::var("OUT_DIR")?);
    let source = std::fs::read_to_string("data/phrases.tsv")?;
    let keyed = errtext::table::write(&errtext::table::keyed(&source));
    std::fs::write(out.join("phrases.keyed"), keyed)?;

    // Each language's name in that language (its catalogue's `language-name`), known
    // without its catalogue: a build without every language built in still names
    // them all (the report's "their language", a language menu).
    println!("cargo::rerun-if-changed=i18n");
    let mut names = String::new();
    let mut files: Vec<_> = std::fs::read_dir("i18n")?.collect::<Result<_, _>>()?;
    files.sort_by_key(|f| f.file_name());
    for file in files {
        let path = file.path();
        let (Some(tag), Some("ftl")) = (
            path.file_stem().and_then(|s| s.to_str()),
            path.extension().and_then(|s| s.to_str()),
        ) else {
            continue;
        };
        println!("cargo::rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path)?;
        // Built in without its comments (for the translators, not the program): the web
        // edition's download is 0.8 KB smaller for English.
        let bare: String = text
            .lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(|l| [l, "\n"])
            .collect();
        std::fs::create_dir_all(out.join("i18n"))?;
        std::fs::write(out.join("i18n").join(format!("{tag}.ftl")), bare)?;
        let name = text
            .lines()
            .find_map(|l| l.strip_prefix("language-name = "))
            .ok_or_else(|| format!("{}: no language-name", path.display()))?;
        names.push_str(&format!("{tag}\t{}\n", name.trim()));
    }
    std::fs::write(out.join("language_names.tsv"), names)?;
    Ok(())
}
