//! The listen-queue counters: how often a full queue dropped a connection.

use portdoctor_core::local::QueueCounters;

use crate::platform::{Platform, This};

/// Reads ListenOverflows and ListenDrops, where the system counts them.
pub fn counters() -> Option<QueueCounters> {
    This::queue_counters()
}

/// The most a listen() backlog may be (net.core.somaxconn).
pub fn somaxconn() -> Option<u32> {
    This::somaxconn()
}
