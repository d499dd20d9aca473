//! The test listener: answers every connection with a one-line greeting, for a while.
//!
//! Helpdesk uses it to split "the network path is blocked" from "the service is not
//! running": if the client reaches the test listener, the path is fine.

use std::io;
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::time::Duration;

use socket2::{Domain, Protocol, Socket, Type};
use tokio::io::AsyncWriteExt;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

/// Binds the test listener. With no address: every address, IPv6 and IPv4 together.
pub fn bind(port: u16, address: Option<IpAddr>) -> io::Result<TcpListener> {
    let addr = SocketAddr::new(address.unwrap_or(IpAddr::V6(Ipv6Addr::UNSPECIFIED)), port);
    let socket = match Socket::new(Domain::for_address(addr), Type::STREAM, Some(Protocol::TCP)) {
        // No IPv6 on this machine: fall back to every IPv4 address.
        Err(_) if address.is_none() => return bind(port, Some(IpAddr::from([0, 0, 0, 0]))),
        other => other?,
    };
    if addr.is_ipv6() && address.is_none() {
        let _ = socket.set_only_v6(false);
    }
    #[cfg(unix)]
    socket.set_reuse_address(true)?;
    socket.set_nonblocking(true)?;
    socket.bind(&addr.into())?;
    socket.listen(128)?;
    TcpListener::from_std(socket.into())
}

/// Greets every connection until `duration` passes or `cancel` fires. Calls `on_connect`
/// with each peer. Returns how many connections were greeted.
pub async fn serve(
    listener: TcpListener,
    greeting: String,
    duration: Duration,
    cancel: &CancellationToken,
    on_connect: &(dyn Fn(SocketAddr) + Send + Sync),
) -> usize {
    let mut count = 0;
    let stop = tokio::time::sleep(duration);
    tokio::pin!(stop);
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                if let Ok((mut stream, peer)) = accepted {
                    count += 1;
                    on_connect(peer);
                    let line = greeting.clone();
                    tokio::spawn(async move {
                        let _ = tokio::time::timeout(Duration::from_secs(2), stream.write_all(line.as_bytes())).await;
                        let _ = stream.shutdown().await;
                    });
                }
            }
            () = &mut stop => break,
            () = cancel.cancelled() => break,
        }
    }
    count
}
