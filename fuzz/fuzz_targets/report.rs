//! A report file someone sent: the JSON or the Markdown ticket file, opened, shown,
//! and redacted.
#![no_main]

use libfuzzer_sys::fuzz_target;
use portdoctor_core::Catalog;
use portdoctor_core::redact::{Redaction, redact_in};
use portdoctor_core::report::Report;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    thread_local! {
        static CATALOG: Catalog = Catalog::english();
    }
    CATALOG.with(|c| {
        let Ok(report) = Report::open(text, c) else {
            return;
        };
        let _ = report.render_text(c);
        let _ = report.render_markdown(c);
        let hidden = redact_in(&report, &Redaction::SHARE, c);
        // Redacting twice is the same as once.
        assert_eq!(redact_in(&hidden, &Redaction::SHARE, c).facts, hidden.facts);
    });
});
