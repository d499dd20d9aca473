//! How long reading a pasted message takes (a rough figure, release build).
use std::time::Instant;

use portdoctor_core::Catalog;
use portdoctor_core::errtext::parse_error_text;
use portdoctor_core::report::{Report, ReportMeta};

fn main() {
    let texts = [
        "curl: (7) Failed to connect to 192.0.2.2 port 8080 after 0 ms: Couldn't connect to server",
        "由于目标计算机积极拒绝，无法连接。 127.0.0.1:7890",
        "psql: error: connection to server at \"db1\" (10.0.0.5), port 5432 failed: Connection refused",
        "x",
        "lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor",
    ];
    for t in texts {
        let _ = parse_error_text(t);
        let n = 2000;
        let start = Instant::now();
        for _ in 0..n {
            let _ = parse_error_text(t);
        }
        let us = start.elapsed().as_secs_f64() * 1e6 / f64::from(n);
        let c = Catalog::english();
        let meta = ReportMeta {
            id: "K7F3-QX9M".into(),
            created: "2026-12-02T10:00:00Z".into(),
            tool_version: "0.1.0".into(),
            os: "linux".into(),
            lang: "en".into(),
        };
        let Ok(parsed) = parse_error_text(t) else {
            continue;
        };
        let start = Instant::now();
        for _ in 0..200 {
            let report = Report::for_message(meta.clone(), parsed.clone(), &c);
            let _ = report.render_text(&c);
            let _ = report.render_markdown(&c);
        }
        let whole = start.elapsed().as_secs_f64() * 1e6 / 200.0;
        println!(
            "{us:8.1} µs to read, {whole:8.1} µs to explain and render  {}",
            t.chars().take(50).collect::<String>()
        );
    }
}
