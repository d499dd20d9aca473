//! Windows: GetExtendedTcpTable's two layouts, a firewall rule's LocalPorts, and
//! `netsh int ipv4 show excludedportrange`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use portdoctor_probe::listeners::parse;

fuzz_target!(|data: &[u8]| {
    let _ = parse::parse_tcp_table_v4(data);
    let _ = parse::parse_tcp_table_v6(data);
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = portdoctor_core::firewall::windows::parse_local_ports(text);
        for (start, end) in portdoctor_core::local::parse_excluded_port_ranges(text) {
            assert!(start <= end);
        }
    }
});
