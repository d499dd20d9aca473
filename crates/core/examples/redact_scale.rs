//! How redaction scales with the number of names in a report: builds reports of this
//! computer with N listeners, each owned by its own Windows domain user (the names
//! with a backslash, redaction's slowest kind) running from that user's home, and
//! times one redaction of each. `bench/redact.sh` runs it; linear work shows as a
//! time per name that stays flat as N grows.
//!
//!   cargo run --release -p portdoctor-core --example redact_scale -- 1000 2000 4000 8000
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::net::{IpAddr, Ipv4Addr};
use std::time::Instant;

use portdoctor_core::facts::{Environment, Facts, Resolution, ResolutionOutcome, ResolutionSource};
use portdoctor_core::local::{Listener, ListenerTable};
use portdoctor_core::redact::{Redaction, redact};
use portdoctor_core::report::{Report, ReportMeta};
use portdoctor_core::{Catalog, Family, ProbeOutcome, ProbeResult, parse_target};

/// A report of this computer whose listener table names `n` users.
pub fn report_with_users(n: u32) -> Report {
    let listeners = (0..n)
        .map(|i| Listener {
            user: Some(format!("CORP\\user{i}")),
            pid: Some(10_000 + i),
            process: Some(format!("app{i}.exe")),
            exe: Some(format!("C:\\Users\\user{i}\\AppData\\Local\\app{i}.exe")),
            ..Listener::new("0.0.0.0", 20_000 + (i % 40_000) as u16, Family::Ipv4)
        })
        .collect();
    let facts = Facts {
        resolution: Resolution {
            source: ResolutionSource::System,
            outcome: ResolutionOutcome::Resolved {
                addresses: vec![IpAddr::V4(Ipv4Addr::LOCALHOST)],
            },
            elapsed_ms: 0.1,
        },
        addresses: vec![ProbeResult {
            address: "127.0.0.1".into(),
            family: Family::Ipv4,
            port: 5432,
            outcome: ProbeOutcome::Refused,
            elapsed_ms: 0.1,
            detail: None,
        }],
        target: parse_target("localhost:5432").unwrap(),
        timeout_ms: 5000,
        listeners: Some(ListenerTable {
            listeners,
            source: "GetExtendedTcpTable".into(),
            hidden_owners: 0,
            limitation: None,
        }),
        service: None,
        bind: None,
        queue: None,
        firewall: None,
        ping: None,
        trace: None,
        proxy: None,
        containers: None,
        wsl: None,
        environment: Environment {
            os: "windows".into(),
            privileged: false,
            not_on_this_system: Vec::new(),
        },
    };
    let meta = ReportMeta {
        id: "K7F3-QX9M".into(),
        created: "2026-12-02T10:00:00Z".into(),
        tool_version: "0.1.0".into(),
        os: "windows".into(),
        lang: "en".into(),
    };
    Report::for_check(meta, facts, &Catalog::english())
}

fn main() {
    let sizes: Vec<u32> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![500, 1000, 2000, 4000]
    } else {
        sizes
    };
    println!(
        "{:>8} {:>10} {:>12} {:>14}",
        "names", "bytes", "seconds", "µs per name"
    );
    for n in sizes {
        let report = report_with_users(n);
        let bytes = report.to_json().len();
        let start = Instant::now();
        let hidden = redact(&report, &Redaction::SHARE);
        let secs = start.elapsed().as_secs_f64();
        assert_eq!(hidden.redacted.as_ref().and_then(|r| r.user_names), Some(n));
        println!(
            "{n:>8} {bytes:>10} {secs:>12.3} {:>14.1}",
            secs * 1e6 / f64::from(n)
        );
    }
}
