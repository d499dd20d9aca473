//! The bind test: can a server open this port? We open it the way a server would
//! (same family and address; SO_REUSEADDR on Unix as servers do, never on Windows,
//! where it could bind over a port in use), never listen, and close it at once.

use std::io;
use std::net::{IpAddr, SocketAddr};

use portdoctor_core::local::{BindOutcome, BindTest};
use socket2::{Domain, Protocol, Socket, Type};

use crate::platform::{Platform, This};

/// The first port a program without admin rights may open, where the system has
/// such a limit (Linux: net.ipv4.ip_unprivileged_port_start).
pub fn unprivileged_port_start() -> Option<u16> {
    This::unprivileged_port_start()
}

/// Tries to open `port` on `ip`. `v6only` copies the real server's setting.
pub fn test(ip: IpAddr, port: u16, v6only: Option<bool>) -> BindTest {
    let addr = SocketAddr::new(ip, port);
    let result = (|| -> io::Result<()> {
        let socket = Socket::new(Domain::for_address(addr), Type::STREAM, Some(Protocol::TCP))?;
        #[cfg(unix)]
        socket.set_reuse_address(true)?;
        if let (true, Some(only)) = (addr.is_ipv6(), v6only) {
            socket.set_only_v6(only)?;
        }
        socket.bind(&addr.into())
        // Dropped here: the port is never kept.
    })();
    let mut test = BindTest {
        address: ip.to_string(),
        port,
        outcome: BindOutcome::Free,
        error: None,
        unprivileged_port_start: This::unprivileged_port_start(),
        reserved_range: None,
    };
    if let Err(e) = result {
        test.error = Some(e.to_string());
        test.outcome = match e.kind() {
            io::ErrorKind::AddrInUse => BindOutcome::InUse,
            io::ErrorKind::AddrNotAvailable => BindOutcome::NotLocal,
            io::ErrorKind::PermissionDenied => {
                // Windows says "access denied" for excluded ranges and for ports held
                // with SO_EXCLUSIVEADDRUSE; the range list tells which.
                match This::reserved_range(port) {
                    Some(range) => {
                        test.reserved_range = Some(range);
                        BindOutcome::Reserved
                    }
                    None => BindOutcome::PermissionDenied,
                }
            }
            _ => BindOutcome::Other,
        };
    }
    test
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_free_port_is_free_and_not_kept() {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .unwrap_or(0);
        let t = test(IpAddr::from([127, 0, 0, 1]), port, None);
        assert_eq!(t.outcome, BindOutcome::Free, "{t:?}");
        // The test did not keep it: a real server can take it now.
        assert!(std::net::TcpListener::bind(("127.0.0.1", port)).is_ok());
    }

    #[test]
    fn a_listening_port_is_in_use() {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
        let port = l.local_addr().map(|a| a.port()).unwrap_or(0);
        assert_eq!(
            test(IpAddr::from([127, 0, 0, 1]), port, None).outcome,
            BindOutcome::InUse
        );
        // A wildcard server conflicts with it too.
        assert_eq!(
            test(IpAddr::from([0, 0, 0, 0]), port, None).outcome,
            BindOutcome::InUse
        );
    }

    #[test]
    fn a_foreign_address_is_not_local() {
        // 192.0.2.1 (TEST-NET-1) is on no interface here; binding sends nothing.
        assert_eq!(
            test(IpAddr::from([192, 0, 2, 1]), 40_000, None).outcome,
            BindOutcome::NotLocal
        );
    }
}
