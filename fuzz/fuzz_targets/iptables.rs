//! `iptables-save` and `ip6tables-save`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = portdoctor_core::firewall::parse_iptables_save(text, "iptables-save");
    }
});
