//! Ping with a deadline: an unprivileged ICMP socket where the system allows it
//! (Linux net.ipv4.ping_group_range), a raw socket with admin rights, else the
//! system's ping with fixed arguments (an address, never text a user typed).
//!
//! Many hosts drop ICMP and still serve TCP: a silent ping alone means little.

use std::io;
use std::net::{IpAddr, SocketAddr};
use std::time::{Duration, Instant};

use portdoctor_core::path::{PingOutcome, PingResult};
use socket2::{Domain, Protocol, Socket, Type};

use crate::platform::{Platform, This};

/// Pings `ip` once, waiting at most `deadline`.
pub async fn ping(ip: IpAddr, deadline: Duration) -> PingResult {
    let task = tokio::task::spawn_blocking(move || ping_blocking(ip, deadline));
    match tokio::time::timeout(deadline + Duration::from_secs(1), task).await {
        Ok(Ok(r)) => r,
        _ => PingResult {
            address: ip.to_string(),
            method: "none".into(),
            outcome: PingOutcome::NoReply,
            rtt_ms: None,
        },
    }
}

fn ping_blocking(ip: IpAddr, deadline: Duration) -> PingResult {
    // Windows: the ICMP helper API needs no admin rights, unlike raw sockets.
    if let Some(r) = This::system_ping(ip, deadline) {
        return r;
    }
    let mut result = PingResult {
        address: ip.to_string(),
        method: String::new(),
        outcome: PingOutcome::NoReply,
        rtt_ms: None,
    };
    for (ty, method) in [(Type::DGRAM, "icmp-socket"), (Type::RAW, "icmp-raw")] {
        match echo(ip, ty, deadline) {
            Ok((outcome, rtt)) => {
                result.method = method.into();
                result.outcome = outcome;
                result.rtt_ms = rtt;
                return result;
            }
            Err(e) if e.kind() == io::ErrorKind::PermissionDenied => continue,
            // The echo was tried, and this computer has no way to send it: no reply,
            // not "could not be tried".
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::HostUnreachable | io::ErrorKind::NetworkUnreachable
                ) =>
            {
                result.method = method.into();
                return result;
            }
            Err(_) => continue,
        }
    }
    system_ping(ip, deadline, result)
}

/// The internet checksum (RFC 1071).
pub fn checksum(data: &[u8]) -> u16 {
    let mut sum: u32 = 0;
    for chunk in data.chunks(2) {
        let word = if chunk.len() == 2 {
            u16::from_be_bytes([chunk[0], chunk[1]])
        } else {
            u16::from(chunk[0]) << 8
        };
        sum += u32::from(word);
    }
    while sum >> 16 != 0 {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    !(sum as u16)
}

fn echo(ip: IpAddr, ty: Type, deadline: Duration) -> io::Result<(PingOutcome, Option<f64>)> {
    let v6 = ip.is_ipv6();
    let (domain, proto, request, reply) = if v6 {
        (Domain::IPV6, Protocol::ICMPV6, 128u8, 129u8)
    } else {
        (Domain::IPV4, Protocol::ICMPV4, 8u8, 0u8)
    };
    let socket = Socket::new(domain, ty, Some(proto))?;
    let id = (std::process::id() & 0xffff) as u16;
    let seq: u16 = fastrand_seq();
    let mut packet = vec![request, 0, 0, 0];
    packet.extend_from_slice(&id.to_be_bytes());
    packet.extend_from_slice(&seq.to_be_bytes());
    packet.extend_from_slice(b"portdoctor-ping");
    if !v6 {
        let c = checksum(&packet);
        packet[2..4].copy_from_slice(&c.to_be_bytes());
    }
    // A datagram view of the ICMP socket: plain byte buffers, no unsafe code.
    let socket: std::net::UdpSocket = socket.into();
    let start = Instant::now();
    socket.send_to(&packet, SocketAddr::new(ip, 0))?;
    let mut buf = [0u8; 1500];
    // Bounded: every loop waits on a receive deadline that shrinks to zero.
    loop {
        let left = deadline.saturating_sub(start.elapsed());
        if left.is_zero() {
            return Ok((PingOutcome::NoReply, None));
        }
        socket.set_read_timeout(Some(left))?;
        let (n, from) = match socket.recv_from(&mut buf) {
            Ok(x) => x,
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) =>
            {
                return Ok((PingOutcome::NoReply, None));
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if from.ip() != ip {
            continue;
        }
        let data = &buf[..n];
        // Raw IPv4 sockets hand us the IP header too.
        let header = if !v6 && ty == Type::RAW && !data.is_empty() {
            usize::from(data[0] & 0x0f) * 4
        } else {
            0
        };
        let icmp = data.get(header..).unwrap_or(&[]);
        // Unprivileged sockets rewrite the id to their port; match on the sequence.
        if icmp.len() >= 8 && icmp[0] == reply && u16::from_be_bytes([icmp[6], icmp[7]]) == seq {
            return Ok((PingOutcome::Reply, Some(crate::elapsed_ms(start))));
        }
    }
}

fn fastrand_seq() -> u16 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    (nanos & 0xffff) as u16
}

/// The system's ping: `ping -c 1 -W secs ADDRESS` (Unix) or `ping -n 1 -w ms ADDRESS`
/// (Windows). Only an address we resolved goes on the command line.
fn system_ping(ip: IpAddr, deadline: Duration, mut result: PingResult) -> PingResult {
    let secs = deadline.as_secs().max(1).to_string();
    let ms = deadline.as_millis().max(1).to_string();
    let addr = ip.to_string();
    let args: Vec<&str> = if cfg!(windows) {
        vec!["-n", "1", "-w", &ms, &addr]
    } else {
        vec!["-c", "1", "-W", &secs, "-n", &addr]
    };
    result.method = "system-ping".into();
    let start = Instant::now();
    match crate::command::run("ping", &args, deadline + Duration::from_secs(1)) {
        Ok(_) => {
            result.outcome = PingOutcome::Reply;
            result.rtt_ms = Some(crate::elapsed_ms(start));
        }
        Err(crate::command::ToolError::Missing) => result.outcome = PingOutcome::NotPossible,
        Err(_) => result.outcome = PingOutcome::NoReply,
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksum_of_a_known_echo_request() {
        // type 8, code 0, id 1, seq 1, no payload: checksum 0xf7fd.
        assert_eq!(checksum(&[8, 0, 0, 0, 0, 1, 0, 1]), 0xf7fd);
        assert_eq!(checksum(&[]), 0xffff);
    }

    #[tokio::test]
    async fn loopback_answers_ping() {
        let r = ping(IpAddr::from([127, 0, 0, 1]), Duration::from_secs(2)).await;
        assert_eq!(r.outcome, PingOutcome::Reply, "{r:?}");
        assert!(r.rtt_ms.is_some());
    }
}
