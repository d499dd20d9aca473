//! Explains every message of a JSON list natively, with the same functions the web
//! edition's WebAssembly runs, and prints the answers as one JSON list: the native
//! side of scripts/web-differential.py.
//!
//! `cargo run -p portdoctor-web --example explain-all -- MESSAGES.json LANG`

use portdoctor_web::{Here, explain_here};

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [file, lang] = args.as_slice() else {
        eprintln!("usage: explain-all MESSAGES.json LANG");
        return std::process::ExitCode::from(2);
    };
    let texts: Vec<String> = match std::fs::read_to_string(file)
        .map_err(|e| e.to_string())
        .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
    {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{file}: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    // Only English is built in, as in the browser: the language's file is added the
    // way the embed adds it.
    if lang != "en" {
        let file = format!("{}/../core/i18n/{lang}.ftl", env!("CARGO_MANIFEST_DIR"));
        let added = std::fs::read_to_string(&file)
            .map_err(|e| e.to_string())
            .and_then(|s| {
                portdoctor_core::catalog::add_language(lang, &s).map_err(|e| e.to_string())
            });
        if let Err(e) = added {
            eprintln!("{file}: {e}");
            return std::process::ExitCode::from(2);
        }
    }
    let here = Here {
        os: "linux",
        now_ms: 0.0,
        random: 1,
    };
    let answers: Vec<String> = texts.iter().map(|t| explain_here(t, lang, here)).collect();
    println!("[{}]", answers.join(","));
    std::process::ExitCode::SUCCESS
}
