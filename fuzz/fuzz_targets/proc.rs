//! Linux /proc files: /proc/net/netstat (queue overflows) and /proc/net/arp.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = portdoctor_core::local::parse_netstat_counters(text);
    #[cfg(target_os = "linux")]
    for ip in ["192.0.2.2", "10.0.0.1", "::1"] {
        if let Ok(ip) = ip.parse() {
            let _ = portdoctor_probe::platform::linux::arp_unanswered(text, ip);
        }
    }
});
