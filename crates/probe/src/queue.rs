//! The listen queue: the system's overflow counters (read before and after our probe,
//! to see whether our own connection attempt was dropped) and the queue size limit.
//!
//! On Linux a full accept queue drops the SYN: the client sees a timeout, not a
//! refusal. The counters are per network namespace (/proc/net/netstat, TcpExt).

use portdoctor_core::local::QueueCounters;

/// Reads ListenOverflows and ListenDrops, where the system counts them.
pub fn counters() -> Option<QueueCounters> {
    #[cfg(target_os = "linux")]
    {
        let text = std::fs::read_to_string("/proc/net/netstat").ok()?;
        portdoctor_core::local::parse_netstat_counters(&text)
    }
    #[cfg(not(target_os = "linux"))]
    {
        None
    }
}

/// The most a listen() backlog may be (net.core.somaxconn).
pub fn somaxconn() -> Option<u32> {
    #[cfg(target_os = "linux")]
    {
        std::fs::read_to_string("/proc/sys/net/core/somaxconn")
            .ok()?
            .trim()
            .parse()
            .ok()
    }
    #[cfg(not(target_os = "linux"))]
    {
        None
    }
}
