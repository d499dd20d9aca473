//! Port Doctor's web edition: the pure core as WebAssembly, for any web page.
//!
//! Nothing here touches the network or the computer: it reads a pasted message, opens
//! a report file, renders and redacts it, all in the visitor's browser. Each function
//! takes and gives JSON text (the same types as the app's, generated for TypeScript in
//! ui/src/lib/types/generated) and never throws: its answer is `{"ok": …}` or
//! `{"error": {"code", "message"}}`, the message in the chosen language. A report
//! handed in is read like a file someone sent (`open_report`): checked, built again
//! from its facts, never trusted as text.
//!
//! The functions are plain Rust too (`rlib`), so the differential test
//! (scripts/web-differential.py, with examples/explain-all.rs) runs them natively beside
//! the WebAssembly and the CLI.
//!
//! Only English is built in (the core without its `all-languages` feature): the page
//! adds another language's catalogue file when it is first wanted ([`add_language`]).
//!
//! Built without its `reports` feature, the module only explains (no `openReport`,
//! `render`, `redact`): reading a report file is most of serde's generic code, and a
//! page with only `<port-doctor-explain>` does not download it
//! (`portdoctor_explain_bg.wasm`, a quarter smaller).

use portdoctor_core::Catalog;
use portdoctor_core::app::{self, ApiError};
#[cfg(feature = "reports")]
use portdoctor_core::redact::Redaction;
use portdoctor_core::report::ReportMeta;
use serde::Serialize;
use wasm_bindgen::prelude::wasm_bindgen;

/// What the page knows of the visitor's computer and clock, for a new report.
#[derive(Debug, Clone, Copy)]
pub struct Here<'a> {
    /// `windows`, `macos`, `linux`, …: the visitor's system as the page read it; any
    /// other word is `unknown`.
    pub os: &'a str,
    /// Milliseconds since 1970 (`Date.now()`).
    pub now_ms: f64,
    /// Random bits for the report's ID (`crypto.getRandomValues`).
    pub random: u64,
}

/// The answer as the page receives it.
#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
enum Answer<T> {
    Ok(T),
    Error(ApiError),
}

fn answer<T: Serialize>(result: Result<T, ApiError>) -> String {
    let a = match result {
        Ok(v) => Answer::Ok(v),
        Err(e) => Answer::Error(e),
    };
    serde_json::to_string(&a).unwrap_or_else(|_| {
        r#"{"error":{"code":"internal","message":"The answer could not be written."}}"#.into()
    })
}

fn catalog(lang: &str) -> &'static Catalog {
    Catalog::shared(lang)
}

/// A new report's ID, time and versions, from what the page knows.
pub fn meta(here: Here<'_>, c: &Catalog) -> ReportMeta {
    let secs = if here.now_ms.is_finite() && here.now_ms > 0.0 {
        (here.now_ms / 1000.0) as u64
    } else {
        0
    };
    ReportMeta::new(here.random, secs, here.os, c)
}

/// The languages the catalogue has, as BCP 47 tags (JSON list).
#[wasm_bindgen]
pub fn languages() -> String {
    answer(Ok(portdoctor_core::catalog::languages().collect::<Vec<_>>()))
}

/// Adds the catalogue file of a language that is not built in (the embed fetches it
/// from beside its script the first time the language is wanted). Answers the tag.
#[wasm_bindgen(js_name = addLanguage)]
pub fn add_language(code: &str, source: &str) -> String {
    answer(
        portdoctor_core::catalog::add_language(code, source)
            .map(|()| code.to_string())
            .map_err(|e| {
                ApiError::new(
                    "bad-catalog",
                    catalog("en").get("serve-error-bad-request", &[("detail", &e.to_string())]),
                )
            }),
    )
}

/// A catalogue language's name in that language ("Deutsch"), known before its file is
/// added. Answers a string, or an error for a tag that is no catalogue language.
#[wasm_bindgen(js_name = languageName)]
pub fn language_name(tag: &str) -> String {
    answer(
        portdoctor_core::catalog::language_name(tag)
            .map(str::to_string)
            .ok_or_else(|| ApiError::new("unknown-language", tag.to_string())),
    )
}

/// Whether a language's catalogue is here, built in or added (JSON true or false).
#[wasm_bindgen(js_name = hasLanguage)]
pub fn has_language(code: &str) -> String {
    answer(Ok(portdoctor_core::catalog::has_language(code)))
}

/// What the text typed so far is: an address, a pasted message, or neither (the
/// as-you-type preview). Answers `Understood`.
#[wasm_bindgen]
pub fn understand(text: &str, lang: &str) -> String {
    answer(Ok(app::understand(text, catalog(lang))))
}

/// Explains a pasted message, as `portdoctor explain --json` does, with the
/// presentation model. Answers `Report`.
pub fn explain_here(text: &str, lang: &str, here: Here<'_>) -> String {
    let c = catalog(lang);
    answer(app::explain(text, meta(here, c), c))
}

/// [`explain_here`] for JavaScript: the random bits come as two 32-bit halves.
#[wasm_bindgen]
pub fn explain(
    text: &str,
    lang: &str,
    os: &str,
    now_ms: f64,
    random_hi: u32,
    random_lo: u32,
) -> String {
    let random = (u64::from(random_hi) << 32) | u64::from(random_lo);
    explain_here(text, lang, Here { os, now_ms, random })
}

#[cfg(feature = "reports")]
/// Opens a report file (the JSON or the Markdown ticket): checked and built again in
/// `lang`, with its presentation model. Answers `Report`.
#[wasm_bindgen(js_name = openReport)]
pub fn open_report(text: &str, lang: &str) -> String {
    answer(app::open_report(text, catalog(lang)))
}

#[cfg(feature = "reports")]
/// A report file rendered as `text`, `markdown` (the ticket) or `json`, in `lang`.
/// Answers a string.
#[wasm_bindgen]
pub fn render(report: &str, format: &str, lang: &str) -> String {
    answer(app::render_file(report, format, catalog(lang)))
}

#[cfg(feature = "reports")]
/// A report file with what `what` (a `Redaction` as JSON) names hidden, for sharing.
/// Answers `Report`.
#[wasm_bindgen]
pub fn redact(report: &str, what: &str, lang: &str) -> String {
    let c = catalog(lang);
    let what: Result<Redaction, ApiError> = serde_json::from_str(what).map_err(|e| {
        ApiError::new(
            "bad-request",
            c.get("serve-error-bad-request", &[("detail", &e.to_string())]),
        )
    });
    answer(what.and_then(|w| {
        app::read_report(report, c).map(|r: portdoctor_core::Report| app::redact(&r, &w, c))
    }))
}

/// One sentence of the catalogue in `lang`, for the elements' own labels: only the
/// screens' messages (`ui-…`, `embed-…`, `section-…`), with `args` a JSON object of
/// strings and numbers. Answers a string; an ID outside those answers an error.
#[wasm_bindgen]
pub fn say(id: &str, args: &str, lang: &str) -> String {
    let c = catalog(lang);
    if !["ui-", "embed-", "section-"]
        .iter()
        .any(|p| id.starts_with(p))
    {
        return answer::<String>(Err(ApiError::new("unknown-message", id.to_string())));
    }
    let values: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(args).unwrap_or_default();
    let owned: Vec<(String, String)> = values
        .into_iter()
        .map(|(k, v)| match v {
            serde_json::Value::String(s) => (k, s),
            other => (k, other.to_string()),
        })
        .collect();
    let pairs: Vec<(&str, &str)> = owned
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    answer(Ok(c.get(id, &pairs)))
}
