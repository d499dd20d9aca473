//! The precise lines of evidence for helpdesk, and the number formats they use.

use crate::facts::ProbeResult;
use crate::local::Listener;

/// Formats milliseconds the way people read them: `0.3`, `12`, `1500`.
pub fn ms(value: f64) -> String {
    if value < 10.0 {
        format!("{value:.1}")
    } else {
        format!("{value:.0}")
    }
}

/// One line of precise evidence for a probe: `10.0.0.5:5432 refused in 0.3 ms (ECONNREFUSED)`.
pub fn probe_evidence(p: &ProbeResult) -> String {
    let mut line = format!(
        "{} {} in {} ms",
        p.display_addr(),
        p.outcome.as_str(),
        ms(p.elapsed_ms)
    );
    if let Some(d) = &p.detail {
        let mut extra = Vec::new();
        if let Some(e) = &d.error {
            extra.push(e.clone());
        }
        if let Some(i) = &d.icmp {
            extra.push(format!(
                "ICMP type {} code {} from {}",
                i.icmp_type, i.icmp_code, i.sender
            ));
        }
        if !extra.is_empty() {
            line.push_str(&format!(" ({})", extra.join("; ")));
        }
    }
    line
}

/// `(postgres, PID 812, user postgres)`, with what we could see.
pub fn owner_text(l: &Listener) -> String {
    let mut parts = Vec::new();
    if let Some(p) = &l.process {
        parts.push(p.clone());
    }
    if let Some(pid) = l.pid {
        parts.push(format!("PID {pid}"));
    }
    if let Some(u) = &l.user {
        parts.push(format!("user {u}"));
    } else if let Some(uid) = l.uid {
        parts.push(format!("uid {uid}"));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("({})", parts.join(", "))
    }
}
