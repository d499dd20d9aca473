//! The proxies this computer is set to use, and one look at the one a web target goes
//! through: a TCP attempt to the proxy, then, when it answers, `CONNECT target`
//! (HTTP) or a SOCKS5 connect request, each within the deadline. Nothing is sent
//! through the proxy beyond that request, and no PAC script is fetched or run.
//!
//! Where the settings are read: the environment (every system); Windows' Internet
//! settings in the user's registry; macOS's `scutil --proxy`; GNOME's gsettings and
//! KDE's `kioslaverc` on Linux. The text is parsed by [`portdoctor_core::proxy`].

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use portdoctor_core::facts::ProbeOutcome;
use portdoctor_core::proxy::{self, ConnectOutcome, ProxyConnect, ProxyFacts, ProxyKind};
use portdoctor_core::target::Target;

/// Every proxy setting of this computer (the environment's first).
pub fn settings(deadline: Duration) -> ProxyFacts {
    let vars: Vec<(String, String)> = std::env::vars()
        .filter(|(k, _)| k.to_ascii_lowercase().ends_with("_proxy"))
        .collect();
    let mut facts = ProxyFacts {
        settings: proxy::from_env(vars.iter().map(|(k, v)| (k.as_str(), v.as_str()))),
        ..ProxyFacts::default()
    };
    system_settings(&mut facts, deadline);
    facts
}

#[cfg(target_os = "linux")]
fn system_settings(facts: &mut ProxyFacts, deadline: Duration) {
    use crate::command::{ToolError, run};
    // GNOME: only where gsettings and its schema exist (a desktop session's computer).
    let deadline = deadline.min(Duration::from_secs(2));
    match run(
        "gsettings",
        &["list-recursively", "org.gnome.system.proxy"],
        deadline,
    ) {
        Ok(text) => add(facts, proxy::from_gsettings(&text)),
        // No GNOME schema: nothing of GNOME's to read; not a limitation.
        Err(ToolError::Failed(why)) if why.contains("No such schema") => {}
        Err(e) => facts
            .limitations
            .extend(e.limitation("gsettings", deadline)),
    }
    if let Some(home) = std::env::var_os("HOME") {
        let path = std::path::Path::new(&home).join(".config/kioslaverc");
        if let Some(text) = crate::read_small(&path) {
            add(facts, proxy::from_kioslaverc(&text));
        }
    }
}

#[cfg(target_os = "macos")]
fn system_settings(facts: &mut ProxyFacts, deadline: Duration) {
    let deadline = deadline.min(Duration::from_secs(2));
    match crate::command::run("scutil", &["--proxy"], deadline) {
        Ok(text) => add(facts, proxy::from_scutil(&text)),
        Err(e) => facts
            .limitations
            .extend(e.limitation("scutil --proxy", deadline)),
    }
}

#[cfg(windows)]
fn system_settings(facts: &mut ProxyFacts, _deadline: Duration) {
    let s = crate::platform::windows::internet_settings();
    add(
        facts,
        proxy::from_wininet(
            s.enable,
            s.server.as_deref(),
            s.bypass.as_deref(),
            s.auto_config.as_deref(),
        ),
    );
    let (named, proxy_list, bypass) = crate::platform::windows::winhttp_proxy();
    facts.settings.extend(proxy::from_winhttp(
        named,
        proxy_list.as_deref(),
        bypass.as_deref(),
    ));
}

#[cfg(not(any(target_os = "linux", target_os = "macos", windows)))]
fn system_settings(_facts: &mut ProxyFacts, _deadline: Duration) {}

#[allow(dead_code, reason = "not every system has settings files")]
fn add(
    facts: &mut ProxyFacts,
    (settings, pac): (Vec<proxy::ProxySetting>, Vec<proxy::PacSetting>),
) {
    facts.settings.extend(settings);
    facts.pac.extend(pac);
}

/// Looks at the proxy that applies to `target`: one attempt, then the connect
/// request. Does nothing when none applies.
pub async fn look(facts: &mut ProxyFacts, target: &Target, deadline: Duration) {
    facts.applies = proxy::applies(&facts.settings, target);
    let Some(setting) = facts.applied().cloned() else {
        return;
    };
    let resolved = crate::dns::resolve(&setting.host, deadline).await;
    let Some(ip) = (match &resolved.outcome {
        portdoctor_core::facts::ResolutionOutcome::Resolved { addresses } => {
            addresses.first().copied()
        }
        _ => None,
    }) else {
        facts
            .limitations
            .push(format!("the proxy's name {} did not resolve", setting.host));
        return;
    };
    let addr = SocketAddr::new(ip, setting.port);
    let probe = crate::tcp::probe(addr, deadline).await;
    let open = probe.outcome == ProbeOutcome::Open;
    facts.probe = Some(probe);
    if !open {
        return;
    }
    let (host, port, kind) = (target.host.clone(), target.port, setting.kind);
    let plain = proxy::scheme_of(target) == "http";
    let asked =
        tokio::task::spawn_blocking(move || connect(addr, kind, &host, port, plain, deadline));
    facts.connect = tokio::time::timeout(deadline + Duration::from_millis(500), asked)
        .await
        .ok()
        .and_then(Result::ok);
}

/// Asks the proxy at `addr` to connect to `host:port`, within `deadline`: `CONNECT`
/// for https (and SOCKS), and for plain http (`plain`) a `HEAD` of the site's root
/// as web clients send it through a proxy (many proxies refuse CONNECT to port 80).
pub fn connect(
    addr: SocketAddr,
    kind: ProxyKind,
    host: &str,
    port: u16,
    plain: bool,
    deadline: Duration,
) -> ProxyConnect {
    let start = Instant::now();
    let answer = |outcome, status, status_line| ProxyConnect {
        outcome,
        status,
        status_line,
        elapsed_ms: crate::elapsed_ms(start),
    };
    let Ok(mut s) = TcpStream::connect_timeout(&addr, deadline) else {
        return answer(ConnectOutcome::Closed, None, None);
    };
    let left = deadline
        .saturating_sub(start.elapsed())
        .max(Duration::from_millis(1));
    let _ = s.set_read_timeout(Some(left));
    let _ = s.set_write_timeout(Some(left));
    match kind {
        ProxyKind::Http => {
            let authority = portdoctor_core::facts::host_port(host, port);
            let request = if plain {
                format!(
                    "HEAD http://{authority}/ HTTP/1.1\r\nHost: {authority}\r\nUser-Agent: portdoctor\r\nConnection: close\r\n\r\n"
                )
            } else {
                format!(
                    "CONNECT {authority} HTTP/1.1\r\nHost: {authority}\r\nUser-Agent: portdoctor\r\n\r\n"
                )
            };
            if s.write_all(request.as_bytes()).is_err() {
                return answer(ConnectOutcome::Closed, None, None);
            }
            let head = match read_head(&mut s, deadline.saturating_sub(start.elapsed())) {
                Ok(h) if h.is_empty() => return answer(ConnectOutcome::Closed, None, None),
                Ok(h) => h,
                Err(e) if is_timeout(&e) => return answer(ConnectOutcome::Timeout, None, None),
                Err(_) => return answer(ConnectOutcome::Closed, None, None),
            };
            match proxy::parse_status_line(&head) {
                Some((status, line)) if plain && !proxy::proxy_refused_plain_http(status) => {
                    answer(ConnectOutcome::Connected, Some(status), Some(line))
                }
                Some((status, line)) if !plain && (200..300).contains(&status) => {
                    answer(ConnectOutcome::Connected, Some(status), Some(line))
                }
                Some((status, line)) => answer(ConnectOutcome::Refused, Some(status), Some(line)),
                None => answer(ConnectOutcome::Garbled, None, None),
            }
        }
        ProxyKind::Socks => socks5(&mut s, host, port, start, deadline, answer),
    }
}

fn is_timeout(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock
    )
}

/// Reads an HTTP head (up to the blank line, at most 8 KB) until the deadline.
fn read_head(s: &mut TcpStream, left: Duration) -> std::io::Result<Vec<u8>> {
    let until = Instant::now() + left;
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while head.len() < 8192 && !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(std::io::ErrorKind::TimedOut.into());
        }
        s.set_read_timeout(Some(left))?;
        match s.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => head.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(head)
}

/// SOCKS5 without authentication: the greeting, then CONNECT by name (the proxy
/// resolves it, as `socks5h` clients ask).
fn socks5(
    s: &mut TcpStream,
    host: &str,
    port: u16,
    start: Instant,
    deadline: Duration,
    answer: impl Fn(ConnectOutcome, Option<u16>, Option<String>) -> ProxyConnect,
) -> ProxyConnect {
    let mut reply = [0u8; 2];
    if s.write_all(&[5, 1, 0]).is_err() {
        return answer(ConnectOutcome::Closed, None, None);
    }
    match s.read_exact(&mut reply) {
        Ok(()) if reply == [5, 0] => {}
        Ok(()) => return answer(ConnectOutcome::Garbled, None, None),
        Err(e) if is_timeout(&e) => return answer(ConnectOutcome::Timeout, None, None),
        Err(_) => return answer(ConnectOutcome::Closed, None, None),
    }
    let name = host.as_bytes();
    let Ok(len) = u8::try_from(name.len()) else {
        return answer(ConnectOutcome::Garbled, None, None);
    };
    let mut request = vec![5, 1, 0, 3, len];
    request.extend_from_slice(name);
    request.extend_from_slice(&port.to_be_bytes());
    let _ = s.set_read_timeout(Some(
        deadline
            .saturating_sub(start.elapsed())
            .max(Duration::from_millis(1)),
    ));
    let mut head = [0u8; 2];
    if s.write_all(&request).is_err() {
        return answer(ConnectOutcome::Closed, None, None);
    }
    match s.read_exact(&mut head) {
        Ok(()) if head[0] == 5 && head[1] == 0 => answer(ConnectOutcome::Connected, Some(0), None),
        Ok(()) if head[0] == 5 => answer(ConnectOutcome::Refused, Some(u16::from(head[1])), None),
        Ok(()) => answer(ConnectOutcome::Garbled, None, None),
        Err(e) if is_timeout(&e) => answer(ConnectOutcome::Timeout, None, None),
        Err(_) => answer(ConnectOutcome::Closed, None, None),
    }
}
