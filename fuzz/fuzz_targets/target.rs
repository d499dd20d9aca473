//! What a user types as a target, a port or a duration.
#![no_main]

use libfuzzer_sys::fuzz_target;
use portdoctor_core::duration::parse_duration;
use portdoctor_core::target::{parse_port_number, parse_target};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(t) = parse_target(text) {
        assert!(t.port >= 1);
        assert!(!t.host.is_empty());
        assert!(!t.host.starts_with('-'));
    }
    let _ = parse_port_number(text);
    let _ = parse_duration(text);
});
