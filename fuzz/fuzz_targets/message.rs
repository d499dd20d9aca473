//! A pasted error message: read, explained, and rendered as the report's text and
//! Markdown.
#![no_main]

use libfuzzer_sys::fuzz_target;
use portdoctor_core::Catalog;
use portdoctor_core::errtext::parse_error_text;
use portdoctor_core::report::{Report, ReportMeta};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(parsed) = parse_error_text(text) else {
        return;
    };
    if let Some(port) = parsed.port {
        assert!(port >= 1);
    }
    thread_local! {
        static CATALOG: Catalog = Catalog::english();
    }
    CATALOG.with(|c| {
        let meta = ReportMeta {
            id: "K7F3-QX9M".into(),
            created: "2026-12-02T10:00:00Z".into(),
            tool_version: "0.1.0".into(),
            os: "linux".into(),
            lang: "en".into(),
        };
        let report = Report::for_message(meta, parsed, c);
        let _ = report.render_text(c);
        let _ = report.render_markdown(c);
    });
});
