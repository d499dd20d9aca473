//! Linux: one datagram of a NETLINK_SOCK_DIAG dump.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    #[cfg(target_os = "linux")]
    let _ = portdoctor_probe::platform::linux::listeners::decode_datagram(data);
});
