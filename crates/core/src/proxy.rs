//! Proxies: the settings each family of clients reads, which one applies to a target,
//! and what a proxy answered. Pure: the probe reads the settings (environment,
//! Windows' Internet settings, macOS's `scutil --proxy`, GNOME's gsettings, KDE's
//! kioslaverc) and hands their text here; a PAC script is reported, never run.
//!
//! A proxy setting keeps no credentials: `http://user:secret@host:8080` is read as
//! `host:8080`, and the rest is dropped before anything is stored.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::facts::ProbeResult;
use crate::target::{PortSource, Target};

/// How a client talks to the proxy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ProxyKind {
    /// An HTTP proxy: `CONNECT host:port` for https, the full URL for http.
    Http,
    /// A SOCKS proxy (4, 4a, 5).
    Socks,
}

/// Where a setting was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ProxySource {
    /// An environment variable (`HTTPS_PROXY`, `all_proxy`, ...): curl, wget, git,
    /// Python, Go, Node's tools, package managers.
    Environment,
    /// Windows' Internet settings (WinINET, the user's "Proxy" page): browsers,
    /// .NET, most Windows programs.
    Windows,
    /// Windows' WinHTTP proxy (`netsh winhttp show proxy`): services, updaters.
    Winhttp,
    /// macOS's network settings (`scutil --proxy`): Safari, Chrome, most Mac programs.
    Macos,
    /// GNOME's settings (gsettings `org.gnome.system.proxy`).
    Gnome,
    /// KDE's settings (`kioslaverc`).
    Kde,
    /// A pasted message said the connection went through a proxy.
    Message,
}

/// One proxy setting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProxySetting {
    pub source: ProxySource,
    /// The variable or key that holds it (`HTTPS_PROXY`, `ProxyServer`, `HTTPSProxy`).
    pub setting: String,
    pub kind: ProxyKind,
    pub host: String,
    pub port: u16,
    /// The schemes it serves (`http`, `https`), or `*` for every one.
    pub schemes: Vec<String>,
    /// Hosts that go direct (`NO_PROXY`, `ProxyOverride`, the exceptions list).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bypass: Vec<String>,
}

impl ProxySetting {
    /// `host:port`, IPv6 in brackets.
    pub fn address(&self) -> String {
        crate::facts::host_port(&self.host, self.port)
    }

    /// Whether the proxy runs on this computer (a loopback address or localhost).
    pub fn is_local(&self) -> bool {
        crate::target::is_loopback_host(&self.host)
    }
}

/// A proxy auto-configuration script that is set: reported, never fetched or run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PacSetting {
    pub source: ProxySource,
    pub setting: String,
    pub url: String,
}

impl PacSetting {
    /// A script that is set: its URL trimmed and cut at 2048 characters; None when empty.
    fn new(source: ProxySource, setting: &str, url: &str) -> Option<PacSetting> {
        let url = url.trim();
        (!url.is_empty()).then(|| PacSetting {
            source,
            setting: setting.to_string(),
            url: url.chars().take(2048).collect(),
        })
    }
}

/// What the proxy said when asked to connect to the target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ConnectOutcome {
    /// It connected (HTTP 2xx; SOCKS "succeeded").
    Connected,
    /// It answered that it would not or could not (HTTP 4xx/5xx; a SOCKS error).
    Refused,
    /// It closed the connection without an answer.
    Closed,
    /// No answer within the deadline.
    Timeout,
    /// It answered something that is not the protocol we spoke.
    Garbled,
}

/// The answer to `CONNECT target` (or its SOCKS equivalent).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ProxyConnect {
    pub outcome: ConnectOutcome,
    /// The HTTP status, or the SOCKS reply code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// The proxy's status line as it came (`HTTP/1.1 403 Forbidden`), at most 200
    /// characters, control characters left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_line: Option<String>,
    pub elapsed_ms: f64,
}

/// What a check learnt of proxies.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
pub struct ProxyFacts {
    /// Every proxy setting found.
    pub settings: Vec<ProxySetting>,
    /// Auto-configuration scripts that are set (not run: which proxy they pick for
    /// the target is unknown).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pac: Vec<PacSetting>,
    /// The setting that applies to the target (an index into `settings`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applies: Option<usize>,
    /// One connection attempt to that proxy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub probe: Option<ProbeResult>,
    /// When the proxy answered: what it said to `CONNECT` the target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connect: Option<ProxyConnect>,
    /// What could not be read (a settings tool that failed, ...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub limitations: Vec<String>,
}

impl ProxyFacts {
    /// The setting that applies to the target, if any.
    pub fn applied(&self) -> Option<&ProxySetting> {
        self.settings.get(self.applies?)
    }
}

/// Programs that run a proxy on this computer, by the port they use unless told
/// otherwise. A refused `127.0.0.1` on one of these ports is most likely that program
/// not running.
pub const LOCAL_PROXY_PORTS: &[(u16, &str)] = &[
    (7890, "Clash"),
    (7891, "Clash"),
    (7897, "Clash Verge"),
    (10808, "v2rayN"),
    (10809, "v2rayN"),
    (1080, "Shadowsocks"),
    (1087, "ShadowsocksX-NG"),
    (8888, "Fiddler"),
    (8118, "Privoxy"),
    (9050, "Tor"),
    (9150, "Tor Browser"),
    (3128, "Squid"),
];

/// The program that usually runs a proxy on this computer's `port`.
pub fn local_proxy_program(port: u16) -> Option<&'static str> {
    LOCAL_PROXY_PORTS
        .iter()
        .find(|(p, _)| *p == port)
        .map(|(_, name)| *name)
}

/// Whether the target is something web clients connect to: an http(s) or ws(s) URL,
/// or a port that is web by default.
pub fn is_web(target: &Target) -> bool {
    if let PortSource::Scheme { scheme } = &target.port_source {
        return matches!(scheme.as_str(), "http" | "https" | "ws" | "wss");
    }
    let typed = target.input.trim_start().to_ascii_lowercase();
    ["http://", "https://", "ws://", "wss://"]
        .iter()
        .any(|s| typed.starts_with(s))
        || matches!(target.port, 80 | 443 | 8080 | 8443)
}

/// The scheme a web client would use for the target.
pub fn scheme_of(target: &Target) -> &'static str {
    let typed = target.input.trim_start().to_ascii_lowercase();
    let is = |s: &str| matches!(&target.port_source, PortSource::Scheme { scheme } if scheme == s);
    if typed.starts_with("http://") || typed.starts_with("ws://") || is("http") || is("ws") {
        "http"
    } else if typed.starts_with("https://") || typed.starts_with("wss://") || target.port != 80 {
        "https"
    } else {
        "http"
    }
}

/// The setting a web client would use for the target: the first that serves its
/// scheme and does not bypass it, in the order the settings were read (the
/// environment first: a shell's variables win over the desktop's settings for the
/// programs started there).
pub fn applies(settings: &[ProxySetting], target: &Target) -> Option<usize> {
    if !is_web(target) {
        return None;
    }
    let scheme = scheme_of(target);
    settings.iter().position(|s| {
        s.schemes.iter().any(|x| x == "*" || x == scheme) && !bypassed(&s.bypass, &target.host)
    })
}

/// Whether `host` goes direct by one of the bypass entries. The rules are what
/// curl, Go and Python share: `*` is everything; a name matches itself and its
/// subdomains (a leading `.` or `*.` changes nothing); an address matches itself or
/// a CIDR range; WinINET's `<local>` is every name without a dot.
pub fn bypassed(bypass: &[String], host: &str) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let ip: Option<std::net::IpAddr> = host.parse().ok();
    bypass.iter().any(|entry| {
        let e = entry.trim().to_ascii_lowercase();
        if e == "*" {
            return true;
        }
        if e == "<local>" {
            return ip.is_none() && !host.contains('.');
        }
        if let (Some(ip), Some((net, bits))) = (ip, e.split_once('/')) {
            return in_cidr(ip, net, bits);
        }
        let e = e.trim_start_matches("*.").trim_start_matches('.');
        // A port after the name (`example.com:8080`) restricts it; we match the name.
        let e = match e.rsplit_once(':') {
            Some((name, port)) if !name.contains(':') && port.parse::<u16>().is_ok() => name,
            _ => e,
        };
        let e = e.trim_start_matches('[').trim_end_matches(']');
        !e.is_empty() && (host == e || host.ends_with(&format!(".{e}")))
    })
}

fn in_cidr(ip: std::net::IpAddr, net: &str, bits: &str) -> bool {
    use std::net::IpAddr;
    let Ok(bits) = bits.parse::<u32>() else {
        return false;
    };
    match (ip, net.parse::<IpAddr>()) {
        (IpAddr::V4(a), Ok(IpAddr::V4(n))) if bits <= 32 => {
            let mask = u32::MAX.checked_shl(32 - bits).unwrap_or(0);
            u32::from(a) & mask == u32::from(n) & mask
        }
        (IpAddr::V6(a), Ok(IpAddr::V6(n))) if bits <= 128 => {
            let mask = u128::MAX.checked_shl(128 - bits).unwrap_or(0);
            u128::from(a) & mask == u128::from(n) & mask
        }
        _ => false,
    }
}

/// Reads a proxy as the environment and most settings write it:
/// `[scheme://][user[:password]@]host[:port][/...]`. Without a scheme it is an HTTP
/// proxy; without a port, 1080 (curl's default, and SOCKS's) or the scheme's own.
pub fn parse_proxy_url(value: &str) -> Option<(ProxyKind, String, u16)> {
    let v = value.trim();
    if v.is_empty() || v.len() > 2048 {
        return None;
    }
    let (scheme, rest) = match v.split_once("://") {
        Some((s, r)) => (s.to_ascii_lowercase(), r),
        None => (String::new(), v),
    };
    let (kind, default_port) = match scheme.as_str() {
        "" => (ProxyKind::Http, 1080),
        "http" => (ProxyKind::Http, 80),
        "https" => (ProxyKind::Http, 443),
        "socks" | "socks4" | "socks4a" | "socks5" | "socks5h" => (ProxyKind::Socks, 1080),
        _ => return None,
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    // Credentials are dropped here: nothing after this keeps them.
    let hostport = authority.rsplit('@').next().unwrap_or("");
    let (host, port) = split_host_port(hostport)?;
    let port = match port {
        Some(p) => p,
        None => default_port,
    };
    Some((kind, host, port))
}

/// `host`, `host:port`, `[v6]:port`; the host must be a plausible name or address.
fn split_host_port(s: &str) -> Option<(String, Option<u16>)> {
    let s = s.trim();
    let (host, port) = if let Some(rest) = s.strip_prefix('[') {
        let (h, after) = rest.split_once(']')?;
        let port = match after.strip_prefix(':') {
            Some(p) => Some(p.parse().ok()?),
            None if after.is_empty() => None,
            None => return None,
        };
        (h.to_string(), port)
    } else if s.matches(':').count() > 1 {
        (s.to_string(), None) // a bare IPv6 address
    } else {
        match s.split_once(':') {
            Some((h, p)) => (h.to_string(), Some(p.parse().ok()?)),
            None => (s.to_string(), None),
        }
    };
    let plausible = !host.is_empty()
        && host.len() <= 253
        && !host.starts_with('-')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ':' | '%'));
    (plausible && port != Some(0)).then_some((host, port))
}

fn list(value: &str, separators: &[char]) -> Vec<String> {
    value
        .split(separators)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .take(256)
        .map(str::to_string)
        .collect()
}

/// The environment's proxies, in the order clients prefer them: the lower-case name
/// first (curl reads only `http_proxy` in lower case), then upper case; `NO_PROXY`
/// applies to each.
pub fn from_env<'a>(vars: impl IntoIterator<Item = (&'a str, &'a str)>) -> Vec<ProxySetting> {
    let vars: Vec<(&str, &str)> = vars.into_iter().collect();
    let get = |name: &str| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| *v);
    let bypass = get("no_proxy")
        .or_else(|| get("NO_PROXY"))
        .map(|v| list(v, &[',', ' ']))
        .unwrap_or_default();
    let mut out: Vec<ProxySetting> = Vec::new();
    for (name, scheme) in [
        ("https_proxy", "https"),
        ("HTTPS_PROXY", "https"),
        ("http_proxy", "http"),
        ("HTTP_PROXY", "http"),
        ("all_proxy", "*"),
        ("ALL_PROXY", "*"),
    ] {
        let Some((kind, host, port)) = get(name).and_then(parse_proxy_url) else {
            continue;
        };
        // The same proxy under both spellings is one setting.
        if out
            .iter()
            .any(|s| s.setting.eq_ignore_ascii_case(name) && s.host == host && s.port == port)
        {
            continue;
        }
        out.push(ProxySetting {
            source: ProxySource::Environment,
            setting: name.to_string(),
            kind,
            host,
            port,
            schemes: vec![scheme.to_string()],
            bypass: bypass.clone(),
        });
    }
    out
}

/// Windows' Internet settings (`HKCU\Software\Microsoft\Windows\CurrentVersion\
/// Internet Settings`): `ProxyEnable`, `ProxyServer` (`host:port` for every scheme,
/// or `http=host:port;https=host:port;socks=host:port`), `ProxyOverride` (`;`-separated,
/// `<local>`), `AutoConfigURL`.
pub fn from_wininet(
    enable: Option<u32>,
    server: Option<&str>,
    bypass: Option<&str>,
    auto_config: Option<&str>,
) -> (Vec<ProxySetting>, Vec<PacSetting>) {
    let pac = auto_config
        .and_then(|url| PacSetting::new(ProxySource::Windows, "AutoConfigURL", url))
        .into_iter()
        .collect();
    let mut out = Vec::new();
    if enable.unwrap_or(0) == 0 {
        return (out, pac);
    }
    let bypass = bypass.map(|b| list(b, &[';', ' '])).unwrap_or_default();
    for part in list(server.unwrap_or(""), &[';']) {
        let (schemes, value) = match part.split_once('=') {
            Some((scheme, value)) => (scheme.trim().to_ascii_lowercase(), value),
            None => ("*".to_string(), part.as_str()),
        };
        let (kind, schemes) = match schemes.as_str() {
            "socks" => (ProxyKind::Socks, vec!["*".to_string()]),
            "http" | "https" | "*" => (ProxyKind::Http, vec![schemes]),
            _ => continue, // ftp= and the like
        };
        // WinINET writes host:port; some tools write a URL.
        let parsed = if value.contains("://") {
            parse_proxy_url(value).map(|(_, h, p)| (h, Some(p)))
        } else {
            split_host_port(value)
        };
        let Some((host, port)) = parsed else { continue };
        out.push(ProxySetting {
            source: ProxySource::Windows,
            setting: "ProxyServer".into(),
            kind,
            host,
            // WinINET's default for a proxy without a port is 80.
            port: port.unwrap_or(80),
            schemes,
            bypass: bypass.clone(),
        });
    }
    // SOCKS serves what no explicit entry serves: WinINET prefers http=/https=.
    out.sort_by_key(|s| s.kind == ProxyKind::Socks);
    (out, pac)
}

/// Windows' WinHTTP default proxy (`WinHttpGetDefaultProxyConfiguration`): the
/// same `ProxyServer` syntax as WinINET, and its bypass list.
pub fn from_winhttp(named: bool, proxy: Option<&str>, bypass: Option<&str>) -> Vec<ProxySetting> {
    let (mut settings, _) = from_wininet(Some(u32::from(named)), proxy, bypass, None);
    for s in &mut settings {
        s.source = ProxySource::Winhttp;
        s.setting = "WinHTTP".into();
    }
    settings
}

/// macOS's `scutil --proxy` (a dictionary printed as `Key : value` lines, with the
/// exceptions as an `<array>` of `N : entry` lines).
pub fn from_scutil(text: &str) -> (Vec<ProxySetting>, Vec<PacSetting>) {
    let mut keys: Vec<(String, String)> = Vec::new();
    let mut exceptions = Vec::new();
    let mut in_exceptions = false;
    for line in text.lines().take(2000) {
        let line = line.trim();
        if in_exceptions {
            if line.starts_with('}') {
                in_exceptions = false;
            } else if let Some((_, v)) = line.split_once(" : ") {
                exceptions.push(v.trim().to_string());
            }
            continue;
        }
        if let Some((k, v)) = line.split_once(" : ") {
            let (k, v) = (k.trim(), v.trim());
            if k == "ExceptionsList" && v.starts_with("<array>") {
                in_exceptions = true;
            } else {
                keys.push((k.to_string(), v.to_string()));
            }
        }
    }
    let get = |k: &str| keys.iter().find(|(a, _)| a == k).map(|(_, v)| v.as_str());
    let mut out = Vec::new();
    for (prefix, kind, scheme) in [
        ("HTTPS", ProxyKind::Http, "https"),
        ("HTTP", ProxyKind::Http, "http"),
        ("SOCKS", ProxyKind::Socks, "*"),
    ] {
        if get(&format!("{prefix}Enable")) != Some("1") {
            continue;
        }
        let host = get(&format!("{prefix}Proxy")).and_then(split_host_port);
        let port = get(&format!("{prefix}Port")).and_then(|p| p.parse::<u16>().ok());
        let (Some((host, _)), Some(port)) = (host, port) else {
            continue;
        };
        out.push(ProxySetting {
            source: ProxySource::Macos,
            setting: format!("{prefix}Proxy"),
            kind,
            host,
            port,
            schemes: vec![scheme.to_string()],
            bypass: exceptions.clone(),
        });
    }
    let pac = get("ProxyAutoConfigURLString")
        .filter(|_| get("ProxyAutoConfigEnable") == Some("1"))
        .and_then(|url| PacSetting::new(ProxySource::Macos, "ProxyAutoConfigURLString", url))
        .into_iter()
        .collect();
    (out, pac)
}

/// GNOME's `gsettings list-recursively org.gnome.system.proxy`: lines of
/// `schema key value`, strings in single quotes, lists as `['a', 'b']`.
pub fn from_gsettings(text: &str) -> (Vec<ProxySetting>, Vec<PacSetting>) {
    let mut keys: Vec<(String, String)> = Vec::new();
    for line in text.lines().take(500) {
        let mut parts = line.trim().splitn(3, ' ');
        let (Some(schema), Some(key), Some(value)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        keys.push((format!("{schema} {key}"), value.trim().to_string()));
    }
    let get = |k: &str| {
        keys.iter()
            .find(|(a, _)| a == k)
            .map(|(_, v)| v.trim_matches('\'').to_string())
    };
    let mode = get("org.gnome.system.proxy mode").unwrap_or_default();
    let pac: Vec<PacSetting> = get("org.gnome.system.proxy autoconfig-url")
        .filter(|_| mode == "auto")
        .and_then(|url| PacSetting::new(ProxySource::Gnome, "autoconfig-url", &url))
        .into_iter()
        .collect();
    let mut out = Vec::new();
    if mode != "manual" {
        return (out, pac);
    }
    let bypass: Vec<String> = get("org.gnome.system.proxy ignore-hosts")
        .map(|v| {
            v.trim_matches(['[', ']'])
                .split(',')
                .map(|s| s.trim().trim_matches('\'').to_string())
                .filter(|s| !s.is_empty())
                .take(256)
                .collect()
        })
        .unwrap_or_default();
    for (schema, kind, scheme) in [
        ("https", ProxyKind::Http, "https"),
        ("http", ProxyKind::Http, "http"),
        ("socks", ProxyKind::Socks, "*"),
    ] {
        let host =
            get(&format!("org.gnome.system.proxy.{schema} host")).and_then(|h| split_host_port(&h));
        let port = get(&format!("org.gnome.system.proxy.{schema} port"))
            .and_then(|p| p.parse::<u16>().ok())
            .filter(|p| *p != 0);
        let (Some((host, _)), Some(port)) = (host, port) else {
            continue;
        };
        out.push(ProxySetting {
            source: ProxySource::Gnome,
            setting: format!("{schema}.host"),
            kind,
            host,
            port,
            schemes: vec![scheme.to_string()],
            bypass: bypass.clone(),
        });
    }
    (out, pac)
}

/// KDE's `~/.config/kioslaverc`, group `[Proxy Settings]`: `ProxyType` (1 manual,
/// 2 a PAC script, 3 WPAD, 4 the environment), `httpProxy`/`httpsProxy`/`socksProxy`
/// as `scheme://host port` or `host:port`, `NoProxyFor`, `Proxy Config Script`.
pub fn from_kioslaverc(text: &str) -> (Vec<ProxySetting>, Vec<PacSetting>) {
    let mut in_group = false;
    let mut keys: Vec<(String, String)> = Vec::new();
    for line in text.lines().take(2000) {
        let line = line.trim();
        if line.starts_with('[') {
            in_group = line == "[Proxy Settings]";
            continue;
        }
        if in_group && let Some((k, v)) = line.split_once('=') {
            keys.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    let get = |k: &str| keys.iter().find(|(a, _)| a == k).map(|(_, v)| v.as_str());
    let mut out = Vec::new();
    let mut pac = Vec::new();
    match get("ProxyType") {
        Some("1") => {
            let bypass = get("NoProxyFor")
                .map(|v| list(v, &[',', ' ']))
                .unwrap_or_default();
            for (key, kind, scheme) in [
                ("httpsProxy", ProxyKind::Http, "https"),
                ("httpProxy", ProxyKind::Http, "http"),
                ("socksProxy", ProxyKind::Socks, "*"),
            ] {
                let Some(value) = get(key).filter(|v| !v.is_empty()) else {
                    continue;
                };
                // KDE writes the port after a space: `http://127.0.0.1 7890`.
                let value = match value.rsplit_once(' ') {
                    Some((url, port)) if port.parse::<u16>().is_ok() => format!("{url}:{port}"),
                    _ => value.to_string(),
                };
                let Some((parsed_kind, host, port)) = parse_proxy_url(&value) else {
                    continue;
                };
                out.push(ProxySetting {
                    source: ProxySource::Kde,
                    setting: key.to_string(),
                    kind: if kind == ProxyKind::Socks {
                        kind
                    } else {
                        parsed_kind
                    },
                    host,
                    port,
                    schemes: vec![scheme.to_string()],
                    bypass: bypass.clone(),
                });
            }
        }
        Some("2") => pac.extend(
            get("Proxy Config Script")
                .and_then(|url| PacSetting::new(ProxySource::Kde, "Proxy Config Script", url)),
        ),
        _ => {}
    }
    (out, pac)
}

/// What the status of a plain-HTTP request through a proxy says of the proxy: 502,
/// 503 and 504 are the proxy's own "could not reach it", 407 its "who are you";
/// any other status came from the site (or was let through), so the way is open.
pub fn proxy_refused_plain_http(status: u16) -> bool {
    matches!(status, 407 | 502 | 503 | 504)
}

/// The status line of an HTTP answer to CONNECT: (status, the line as shown).
pub fn parse_status_line(head: &[u8]) -> Option<(u16, String)> {
    let line = head.split(|b| *b == b'\n').next()?;
    let line = String::from_utf8_lossy(line);
    let line: String = line
        .trim_end_matches('\r')
        .chars()
        .filter(|c| !c.is_control())
        .take(200)
        .collect();
    let mut words = line.split_whitespace();
    let version = words.next()?;
    if !version.starts_with("HTTP/") {
        return None;
    }
    let status = words.next()?.parse::<u16>().ok()?;
    (100..=599).contains(&status).then_some((status, line))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::target::parse_target;

    fn target(s: &str) -> Target {
        parse_target(s).unwrap_or_else(|e| panic!("{s}: {e:?}"))
    }

    #[test]
    fn proxy_urls_read_as_clients_read_them_and_keep_no_credentials() {
        assert_eq!(
            parse_proxy_url("http://127.0.0.1:7890"),
            Some((ProxyKind::Http, "127.0.0.1".into(), 7890))
        );
        assert_eq!(
            parse_proxy_url("http://alice:s3cret@proxy.corp.example:3128/"),
            Some((ProxyKind::Http, "proxy.corp.example".into(), 3128))
        );
        assert_eq!(
            parse_proxy_url("socks5h://[::1]:1080"),
            Some((ProxyKind::Socks, "::1".into(), 1080))
        );
        assert_eq!(
            parse_proxy_url("127.0.0.1:10809"),
            Some((ProxyKind::Http, "127.0.0.1".into(), 10809))
        );
        assert_eq!(
            parse_proxy_url("proxy.example"),
            Some((ProxyKind::Http, "proxy.example".into(), 1080)),
            "curl's default port"
        );
        for bad in [
            "",
            "ftp://x:21",
            "http://:8080",
            "http://x:0",
            "http://-x:1",
            "http://a b:1",
        ] {
            assert_eq!(parse_proxy_url(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_environment_lower_case_first_and_no_proxy_for_each() {
        let s = from_env([
            ("HTTPS_PROXY", "http://127.0.0.1:7890"),
            ("https_proxy", "http://127.0.0.1:7890"),
            ("ALL_PROXY", "socks5://127.0.0.1:7891"),
            ("NO_PROXY", "localhost,.corp.example, 10.0.0.0/8"),
            ("PATH", "/usr/bin"),
        ]);
        assert_eq!(s.len(), 2, "{s:?}");
        assert_eq!(s[0].setting, "https_proxy");
        assert_eq!(s[0].schemes, vec!["https"]);
        assert_eq!(s[1].kind, ProxyKind::Socks);
        assert_eq!(s[1].schemes, vec!["*"]);
        assert_eq!(
            s[0].bypass,
            vec!["localhost", ".corp.example", "10.0.0.0/8"]
        );
    }

    #[test]
    fn no_proxy_rules_are_what_clients_share() {
        let b: Vec<String> = [
            "localhost",
            ".corp.example",
            "*.intra",
            "10.0.0.0/8",
            "db:5432",
        ]
        .map(String::from)
        .to_vec();
        for direct in [
            "localhost",
            "corp.example",
            "a.corp.example",
            "x.intra",
            "10.1.2.3",
            "db",
        ] {
            assert!(bypassed(&b, direct), "{direct}");
        }
        for proxied in [
            "example.com",
            "notcorp.example",
            "11.0.0.1",
            "localhost.evil.example",
        ] {
            assert!(!bypassed(&b, proxied), "{proxied}");
        }
        assert!(bypassed(&["*".into()], "anything.example"));
        assert!(bypassed(&["<local>".into()], "intranet"));
        assert!(!bypassed(&["<local>".into()], "intranet.example"));
    }

    #[test]
    fn windows_proxy_server_in_both_forms() {
        let (s, pac) = from_wininet(
            Some(1),
            Some("127.0.0.1:7890"),
            Some("localhost;127.*;<local>"),
            None,
        );
        assert!(pac.is_empty());
        assert_eq!(s.len(), 1);
        assert_eq!(
            (s[0].address(), s[0].schemes.clone()),
            ("127.0.0.1:7890".into(), vec!["*".into()])
        );
        assert!(s[0].bypass.contains(&"<local>".to_string()));
        let (s, _) = from_wininet(
            Some(1),
            Some("socks=127.0.0.1:10808;http=127.0.0.1:10809;https=127.0.0.1:10809;ftp=x:21"),
            None,
            None,
        );
        let got: Vec<_> = s
            .iter()
            .map(|p| (p.kind, p.address(), p.schemes[0].clone()))
            .collect();
        assert_eq!(
            got,
            vec![
                (ProxyKind::Http, "127.0.0.1:10809".into(), "http".into()),
                (ProxyKind::Http, "127.0.0.1:10809".into(), "https".into()),
                (ProxyKind::Socks, "127.0.0.1:10808".into(), "*".into()),
            ]
        );
        // Turned off: nothing applies, but a PAC script is still reported.
        let (s, pac) = from_wininet(
            Some(0),
            Some("127.0.0.1:7890"),
            None,
            Some("http://wpad/wpad.dat"),
        );
        assert!(s.is_empty());
        assert_eq!(pac[0].url, "http://wpad/wpad.dat");
    }

    #[test]
    fn winhttp_uses_the_proxy_server_syntax() {
        let s = from_winhttp(true, Some("proxy.corp.example:8080"), Some("<local>"));
        assert_eq!(s.len(), 1);
        assert_eq!(
            (s[0].source, s[0].address()),
            (ProxySource::Winhttp, "proxy.corp.example:8080".into())
        );
        assert!(
            from_winhttp(false, Some("proxy.corp.example:8080"), None).is_empty(),
            "direct access"
        );
    }

    /// `scutil --proxy` as macOS 14 prints it with a manual HTTPS proxy set.
    const SCUTIL: &str = "<dictionary> {\n  ExceptionsList : <array> {\n    0 : *.local\n    1 : 169.254/16\n  }\n  FTPPassive : 1\n  HTTPEnable : 0\n  HTTPSEnable : 1\n  HTTPSPort : 7890\n  HTTPSProxy : 127.0.0.1\n  ProxyAutoConfigEnable : 1\n  ProxyAutoConfigURLString : http://pac.corp.example/proxy.pac\n  SOCKSEnable : 0\n}\n";

    #[test]
    fn scutil_proxy_dictionary() {
        let (s, pac) = from_scutil(SCUTIL);
        assert_eq!(s.len(), 1, "{s:?}");
        assert_eq!(s[0].address(), "127.0.0.1:7890");
        assert_eq!(s[0].setting, "HTTPSProxy");
        assert_eq!(s[0].bypass, vec!["*.local", "169.254/16"]);
        assert_eq!(pac[0].url, "http://pac.corp.example/proxy.pac");
    }

    /// `gsettings list-recursively org.gnome.system.proxy` on GNOME 43, manual mode.
    const GSETTINGS: &str = "org.gnome.system.proxy autoconfig-url ''\norg.gnome.system.proxy ignore-hosts ['localhost', '127.0.0.0/8', '::1']\norg.gnome.system.proxy mode 'manual'\norg.gnome.system.proxy use-same-proxy true\norg.gnome.system.proxy.ftp host ''\norg.gnome.system.proxy.ftp port 0\norg.gnome.system.proxy.http host '127.0.0.1'\norg.gnome.system.proxy.http port 7890\norg.gnome.system.proxy.https host '127.0.0.1'\norg.gnome.system.proxy.https port 7890\norg.gnome.system.proxy.socks host ''\norg.gnome.system.proxy.socks port 0\n";

    #[test]
    fn gnome_settings_in_manual_mode_only() {
        let (s, pac) = from_gsettings(GSETTINGS);
        assert!(pac.is_empty());
        assert_eq!(s.len(), 2, "{s:?}");
        assert_eq!(s[0].schemes, vec!["https"]);
        assert_eq!(s[0].bypass, vec!["localhost", "127.0.0.0/8", "::1"]);
        let (s, _) = from_gsettings(&GSETTINGS.replace("'manual'", "'none'"));
        assert!(s.is_empty(), "mode none: no proxy");
    }

    #[test]
    fn kde_settings_with_the_port_after_a_space() {
        let text = "[General]\nx=1\n[Proxy Settings]\nNoProxyFor=localhost,127.0.0.1\nProxyType=1\nhttpProxy=http://127.0.0.1 7890\nhttpsProxy=http://127.0.0.1 7890\nsocksProxy=\n";
        let (s, _) = from_kioslaverc(text);
        assert_eq!(s.len(), 2, "{s:?}");
        assert_eq!(s[0].address(), "127.0.0.1:7890");
        assert_eq!(s[0].setting, "httpsProxy");
        let (s, pac) = from_kioslaverc(
            "[Proxy Settings]\nProxyType=2\nProxy Config Script=http://wpad/wpad.dat\n",
        );
        assert!(s.is_empty());
        assert_eq!(pac.len(), 1);
    }

    #[test]
    fn which_setting_applies_to_a_web_target() {
        let s = from_env([
            ("https_proxy", "http://127.0.0.1:7890"),
            ("NO_PROXY", "intranet.example"),
        ]);
        assert_eq!(applies(&s, &target("https://example.com/")), Some(0));
        assert_eq!(applies(&s, &target("example.com:443")), Some(0));
        assert_eq!(
            applies(&s, &target("http://example.com/")),
            None,
            "https_proxy only"
        );
        assert_eq!(
            applies(&s, &target("https://intranet.example/")),
            None,
            "NO_PROXY"
        );
        assert_eq!(applies(&s, &target("db.example.com:5432")), None, "not web");
    }

    #[test]
    fn known_local_proxy_ports() {
        assert_eq!(local_proxy_program(7890), Some("Clash"));
        assert_eq!(local_proxy_program(10809), Some("v2rayN"));
        assert_eq!(local_proxy_program(5432), None);
    }

    #[test]
    fn status_lines() {
        assert_eq!(
            parse_status_line(b"HTTP/1.1 403 Forbidden\r\nServer: tinyproxy\r\n\r\n"),
            Some((403, "HTTP/1.1 403 Forbidden".into()))
        );
        assert_eq!(
            parse_status_line(b"HTTP/1.0 200 Connection established\r\n\r\n").map(|s| s.0),
            Some(200)
        );
        assert_eq!(parse_status_line(b"SSH-2.0-OpenSSH_9.2\r\n"), None);
        assert_eq!(parse_status_line(b"HTTP/1.1 999 x\r\n"), None);
    }
}
