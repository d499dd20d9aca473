//! macOS pf: `pfctl -sr`, `pfctl -s info`, `pfctl -s Interfaces -v`, /etc/services.
#![no_main]

use libfuzzer_sys::fuzz_target;
use portdoctor_core::firewall::pf;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let services = pf::parse_etc_services(text);
    let _ = pf::parse_pfctl_rules(text, &services);
    let _ = pf::parse_pf_status(text);
    let _ = pf::parse_pf_skipped(text);
});
