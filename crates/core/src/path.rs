//! Facts about the way to the target: ping and traceroute.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::facts::{IcmpKind, ProbeOutcome};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PingOutcome {
    Reply,
    NoReply,
    /// No way to ping from here (no ICMP socket, no ping program).
    NotPossible,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PingResult {
    pub address: String,
    /// `icmp-socket`, `icmp-raw`, `system-ping`, `icmp-send-echo`.
    pub method: String,
    pub outcome: PingOutcome,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rtt_ms: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum HopKind {
    /// A router on the way said our packet's time ran out there.
    Router,
    /// The target answered (open or refused).
    Reached { outcome: ProbeOutcome },
    /// A router or the target said "unreachable" (admin-prohibited, ...).
    Unreachable { icmp: IcmpKind },
    /// Nothing came back for this distance.
    Silent,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Hop {
    pub ttl: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    pub kind: HopKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rtt_ms: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TraceResult {
    pub address: String,
    pub port: u16,
    pub hops: Vec<Hop>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limitation: Option<String>,
}

impl TraceResult {
    /// The last router that answered before the packets went silent, when the target
    /// was never reached: where they stop.
    pub fn last_answer_before_silence(&self) -> Option<&Hop> {
        if self
            .hops
            .iter()
            .any(|h| !matches!(h.kind, HopKind::Router | HopKind::Silent))
        {
            return None;
        }
        let last = self.hops.iter().rposition(|h| h.kind == HopKind::Router)?;
        self.hops[last + 1..]
            .iter()
            .all(|h| h.kind == HopKind::Silent)
            .then(|| &self.hops[last])
    }
}
