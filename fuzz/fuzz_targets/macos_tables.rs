//! macOS libproc: PROC_PIDLISTFDS and PROC_PIDFDSOCKETINFO buffers.
#![no_main]

use libfuzzer_sys::fuzz_target;
use portdoctor_probe::listeners::parse;

fuzz_target!(|data: &[u8]| {
    let _ = parse::parse_fd_list(data);
    let _ = parse::parse_socket_fdinfo(data);
});
