//! macOS application firewall: `socketfilterfw --getglobalstate` and friends.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = portdoctor_core::firewall::socketfilterfw::parse_socketfilterfw(text);
    }
});
