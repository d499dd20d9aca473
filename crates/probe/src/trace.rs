//! Traceroute to the port: TCP connection attempts with growing TTL, so the packets
//! look like the real ones (a firewall that lets ping through may still drop them).
//! Each hop comes from the platform ([`Platform::trace_hop`]; where a system has no
//! trace, `Capability::Trace` is missing and the check does not call this). All hops
//! are tried at once, each with the deadline, so the whole trace takes one deadline.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use portdoctor_core::path::{Hop, HopKind, TraceResult};

use crate::platform::{Platform, This};

/// The most routers we look through.
pub const MAX_HOPS: u8 = 16;

/// A trace that could not run to its end (it was stopped): no hops.
pub fn nothing(ip: IpAddr, port: u16) -> TraceResult {
    TraceResult {
        address: ip.to_string(),
        port,
        hops: Vec::new(),
        limitation: None,
    }
}

/// Traces the path to `ip:port`.
pub async fn trace(ip: IpAddr, port: u16, deadline: Duration) -> TraceResult {
    let mut set = tokio::task::JoinSet::new();
    for ttl in 1..=MAX_HOPS {
        set.spawn_blocking(move || This::trace_hop(SocketAddr::new(ip, port), ttl, deadline));
    }
    let mut hops: Vec<Hop> = Vec::new();
    // The hops stop at the deadline by themselves; the margin covers scheduling.
    let all = tokio::time::timeout(deadline + Duration::from_millis(300), async {
        while let Some(Ok(h)) = set.join_next().await {
            hops.push(h);
        }
    })
    .await;
    if all.is_err() {
        set.abort_all();
    }
    hops.sort_by_key(|h| h.ttl);
    // Past the first hop that reached the target, the rest are copies of it.
    if let Some(pos) = hops
        .iter()
        .position(|h| matches!(h.kind, HopKind::Reached { .. }))
    {
        hops.truncate(pos + 1);
    }
    TraceResult {
        hops,
        ..nothing(ip, port)
    }
}
