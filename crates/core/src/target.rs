//! What the user wants to reach: parsing typed addresses, URLs and "host service".
//!
//! Accepted forms: `host:port`, `[v6]:port`, `[fe80::1%eth0]:port`, `v6addr port`,
//! a bare port (this computer), `scheme://host[:port]/...` with the scheme's default
//! port, `host service` ("db1 postgres") and `host port` ("db1 5432").

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::facts::{Family, address_port};
use crate::services;

/// The longest input we accept; anything longer is not an address.
pub const MAX_INPUT_LEN: usize = 2048;

/// What kind of host the user named.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum HostKind {
    Name,
    Ipv4,
    Ipv6,
}

/// How the port was decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PortSource {
    /// Written as a number.
    Given,
    /// The default port of a URL scheme (`https` → 443).
    Scheme { scheme: String },
    /// A service named by the user (`db1 postgres` → 5432).
    Service { service: String },
    /// The well-known port of the client in a pasted error (psql → 5432).
    Client { client: String },
}

/// Where the target came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    Typed,
    Url,
    ErrorText,
}

/// Whether `host` is this computer's loopback: `localhost` or a loopback address.
pub fn is_loopback_host(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost")
        || host
            .split('%')
            .next()
            .and_then(|a| a.parse::<IpAddr>().ok())
            .is_some_and(|ip| ip.is_loopback())
}

/// A host and port to diagnose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Target {
    /// A name, an IPv4 address, or an IPv6 address without brackets (zone after `%`).
    pub host: String,
    pub port: u16,
    pub host_kind: HostKind,
    /// The IPv6 zone (interface), when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    pub port_source: PortSource,
    /// True when the user gave only a port: the target is this computer.
    #[serde(default)]
    pub this_computer: bool,
    pub origin: Origin,
    /// Exactly what the user typed.
    pub input: String,
}

impl Target {
    /// The IP address when the host is a literal.
    pub fn ip(&self) -> Option<IpAddr> {
        let bare = self.host.split('%').next().unwrap_or(&self.host);
        bare.parse().ok()
    }

    /// `host:port`, with brackets around IPv6.
    pub fn display_addr(&self) -> String {
        let family = if self.host_kind == HostKind::Ipv6 {
            Family::Ipv6
        } else {
            Family::Ipv4
        };
        address_port(&self.host, family, self.port)
    }

    /// Builds a target from parts found in a pasted error.
    pub fn from_parts(
        host: &str,
        port: u16,
        port_source: PortSource,
        input: &str,
    ) -> Result<Target, TargetError> {
        let (host, host_kind, zone) = validate_host(host)?;
        Ok(Target {
            host,
            port,
            host_kind,
            zone,
            port_source,
            this_computer: false,
            origin: Origin::ErrorText,
            input: input.to_string(),
        })
    }
}

/// Why the input is not a usable target. Each variant has its own sentence in the
/// catalogue (`target-error-*`), named by [`TargetError::code`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TargetError {
    #[error("nothing was entered")]
    Empty,
    #[error("the input is {len} characters long; an address is much shorter")]
    TooLong { len: usize },
    #[error("the input contains a control character at position {position}")]
    ControlCharacter { position: usize },
    #[error("the input contains spaces")]
    Spaces,
    #[error("no port was given")]
    MissingPort { host: String },
    #[error("port 0 is not a real port")]
    PortZero,
    #[error("port {port} is out of range (1 to 65535)")]
    PortOutOfRange { port: String },
    #[error("'{port}' is not a port number or a known service name")]
    BadPort { port: String },
    #[error("the host name is empty")]
    EmptyHost,
    #[error("'{host}' is not a valid IPv4 address")]
    InvalidIpv4 { host: String },
    #[error("'{host}' is not a valid IPv6 address")]
    InvalidIpv6 { host: String },
    #[error("the host name contains '{character}'")]
    BadHostCharacter { character: char },
    #[error("the host name is too long")]
    HostTooLong,
    #[error("a part of the host name '{host}' starts with a dash")]
    LeadingDash { host: String },
    #[error("the scheme '{scheme}' has no default port")]
    UnknownScheme { scheme: String },
}

impl TargetError {
    /// The stable code of this error, also its catalogue key (`target-error-<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            TargetError::Empty => "empty",
            TargetError::TooLong { .. } => "too-long",
            TargetError::ControlCharacter { .. } => "control-character",
            TargetError::Spaces => "spaces",
            TargetError::MissingPort { .. } => "missing-port",
            TargetError::PortZero => "port-zero",
            TargetError::PortOutOfRange { .. } => "port-out-of-range",
            TargetError::BadPort { .. } => "bad-port",
            TargetError::EmptyHost => "empty-host",
            TargetError::InvalidIpv4 { .. } => "invalid-ipv4",
            TargetError::InvalidIpv6 { .. } => "invalid-ipv6",
            TargetError::BadHostCharacter { .. } => "bad-host-character",
            TargetError::HostTooLong => "host-too-long",
            TargetError::LeadingDash { .. } => "leading-dash",
            TargetError::UnknownScheme { .. } => "unknown-scheme",
        }
    }

    /// The values the catalogue sentence needs.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            TargetError::TooLong { len } => vec![("length", len.to_string())],
            TargetError::ControlCharacter { position } => vec![("position", position.to_string())],
            TargetError::MissingPort { host } => vec![("host", host.clone())],
            TargetError::PortOutOfRange { port } | TargetError::BadPort { port } => {
                vec![("port", port.clone())]
            }
            TargetError::InvalidIpv4 { host }
            | TargetError::InvalidIpv6 { host }
            | TargetError::LeadingDash { host } => vec![("host", host.clone())],
            TargetError::BadHostCharacter { character } => {
                vec![("character", character.to_string())]
            }
            TargetError::UnknownScheme { scheme } => vec![("scheme", scheme.clone())],
            _ => vec![],
        }
    }
}

/// Parses what a user typed into a target.
pub fn parse_target(input: &str) -> Result<Target, TargetError> {
    if input.chars().count() > MAX_INPUT_LEN {
        return Err(TargetError::TooLong {
            len: input.chars().count(),
        });
    }
    let text = input.trim();
    if text.is_empty() {
        return Err(TargetError::Empty);
    }
    if let Some(position) = text.chars().position(char::is_control) {
        return Err(TargetError::ControlCharacter {
            position: position + 1,
        });
    }
    let make = |host: &str, port: u16, port_source: PortSource, origin: Origin| {
        let (host, host_kind, zone) = validate_host(host)?;
        Ok(Target {
            host,
            port,
            host_kind,
            zone,
            port_source,
            this_computer: false,
            origin,
            input: input.to_string(),
        })
    };

    if let Some((scheme, rest)) = text.split_once("://") {
        // A password in a URL never goes further than this (reports, screens, logs).
        return parse_url(scheme, rest, &mask_password(input));
    }

    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() == 2 {
        // "db1 postgres", "db1 5432", "::1 8080"
        let host = words[0].trim_start_matches('[').trim_end_matches(']');
        let (port, source) = parse_port_or_service(words[1])?;
        return make(host, port, source, Origin::Typed);
    }
    if words.len() > 2 {
        return Err(TargetError::Spaces);
    }

    if text.bytes().all(|b| b.is_ascii_digit()) {
        let (port, source) = parse_port_or_service(text)?;
        let mut t = make("localhost", port, source, Origin::Typed)?;
        t.this_computer = true;
        return Ok(t);
    }

    if let Some(rest) = text.strip_prefix('[') {
        let Some((host, after)) = rest.split_once(']') else {
            return Err(TargetError::InvalidIpv6 {
                host: text.to_string(),
            });
        };
        let Some(port) = after.strip_prefix(':') else {
            if after.is_empty() {
                return Err(TargetError::MissingPort {
                    host: host.to_string(),
                });
            }
            return Err(TargetError::InvalidIpv6 {
                host: text.to_string(),
            });
        };
        let (port, source) = parse_port_or_service(port)?;
        return make(host, port, source, Origin::Typed);
    }

    if text.matches(':').count() >= 2 {
        // A bare IPv6 address: there is no way to tell a port from the last group.
        validate_host(text)?;
        return Err(TargetError::MissingPort {
            host: text.to_string(),
        });
    }

    match text.rsplit_once(':') {
        Some((host, port)) => {
            let (port, source) = parse_port_or_service(port)?;
            make(host, port, source, Origin::Typed)
        }
        None => {
            validate_host(text)?;
            Err(TargetError::MissingPort {
                host: text.to_string(),
            })
        }
    }
}

fn parse_url(scheme: &str, rest: &str, input: &str) -> Result<Target, TargetError> {
    let scheme = scheme.trim().to_ascii_lowercase();
    // Schemes are letters, digits, + - . ("postgresql", "mongodb+srv").
    if scheme.is_empty()
        || !scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    {
        return Err(TargetError::UnknownScheme { scheme });
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    // Drop credentials: user:pass@host.
    let hostport = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    // mongodb://h1:27017,h2:27017 — the first host is the one a client tries first.
    let hostport = hostport.split(',').next().unwrap_or("");
    let (host, port) = if let Some(inner) = hostport.strip_prefix('[') {
        let Some((h, after)) = inner.split_once(']') else {
            return Err(TargetError::InvalidIpv6 {
                host: hostport.to_string(),
            });
        };
        (h.replace("%25", "%"), after.strip_prefix(':'))
    } else {
        match hostport.rsplit_once(':') {
            Some((h, p)) => (h.to_string(), Some(p)),
            None => (hostport.to_string(), None),
        }
    };
    let base_scheme = scheme.split('+').next().unwrap_or(&scheme);
    let (port, source) = match port.filter(|p| !p.is_empty()) {
        Some(p) => (parse_port_number(p)?, PortSource::Given),
        None => match services::by_name(base_scheme) {
            Some(s) => (
                s.port,
                PortSource::Scheme {
                    scheme: scheme.clone(),
                },
            ),
            None => return Err(TargetError::UnknownScheme { scheme }),
        },
    };
    let (host, host_kind, zone) = validate_host(&host)?;
    Ok(Target {
        host,
        port,
        host_kind,
        zone,
        port_source: source,
        this_computer: false,
        origin: Origin::Url,
        input: input.to_string(),
    })
}

/// `postgres://app:secret@db1/x` → `postgres://app:***@db1/x`.
pub fn mask_password(input: &str) -> String {
    let Some((scheme, rest)) = input.split_once("://") else {
        return input.to_string();
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, path) = rest.split_at(end);
    match authority.rsplit_once('@') {
        Some((userinfo, host)) => match userinfo.split_once(':') {
            Some((user, _)) => format!("{scheme}://{user}:***@{host}{path}"),
            None => input.to_string(),
        },
        None => input.to_string(),
    }
}

fn parse_port_or_service(text: &str) -> Result<(u16, PortSource), TargetError> {
    if text.bytes().all(|b| b.is_ascii_digit()) && !text.is_empty() {
        return Ok((parse_port_number(text)?, PortSource::Given));
    }
    match services::by_name(text) {
        Some(s) => Ok((
            s.port,
            PortSource::Service {
                service: text.to_ascii_lowercase(),
            },
        )),
        None if text.is_empty() => Err(TargetError::MissingPort {
            host: String::new(),
        }),
        None if text.starts_with('-') && text[1..].bytes().all(|b| b.is_ascii_digit()) => {
            Err(TargetError::PortOutOfRange {
                port: text.to_string(),
            })
        }
        None => Err(TargetError::BadPort {
            port: shorten(text),
        }),
    }
}

/// Parses a decimal port, 1 to 65535.
pub fn parse_port_number(text: &str) -> Result<u16, TargetError> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(TargetError::BadPort {
            port: shorten(text),
        });
    }
    let digits = text.trim_start_matches('0');
    if digits.is_empty() {
        return Err(TargetError::PortZero);
    }
    if digits.len() > 5 {
        return Err(TargetError::PortOutOfRange {
            port: shorten(text),
        });
    }
    match digits.parse::<u32>() {
        Ok(p) if p <= 65_535 => Ok(p as u16),
        _ => Err(TargetError::PortOutOfRange {
            port: text.to_string(),
        }),
    }
}

fn shorten(text: &str) -> String {
    if text.chars().count() > 40 {
        let head: String = text.chars().take(40).collect();
        format!("{head}…")
    } else {
        text.to_string()
    }
}

/// Checks a host and says what kind it is. IPv6 zones (`%eth0`) are kept.
pub fn validate_host(host: &str) -> Result<(String, HostKind, Option<String>), TargetError> {
    let host = host.trim();
    if host.is_empty() {
        return Err(TargetError::EmptyHost);
    }
    if host.contains(':') {
        let (addr, zone) = match host.split_once('%') {
            Some((a, z)) => (a, Some(z)),
            None => (host, None),
        };
        if addr.parse::<Ipv6Addr>().is_err() {
            return Err(TargetError::InvalidIpv6 {
                host: shorten(host),
            });
        }
        if let Some(z) = zone
            && (z.is_empty()
                || z.len() > 32
                || !z
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c)))
        {
            return Err(TargetError::InvalidIpv6 {
                host: shorten(host),
            });
        }
        return Ok((host.to_string(), HostKind::Ipv6, zone.map(str::to_string)));
    }
    // All-numeric dotted labels are an IPv4 address or a mistake, never a name.
    if host
        .trim_end_matches('.')
        .split('.')
        .all(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_digit()))
    {
        return match host.parse::<Ipv4Addr>() {
            Ok(_) => Ok((host.to_string(), HostKind::Ipv4, None)),
            Err(_) => Err(TargetError::InvalidIpv4 {
                host: shorten(host),
            }),
        };
    }
    if let Some(character) = host
        .chars()
        .find(|c| !(c.is_alphanumeric() || "-._".contains(*c)))
    {
        return Err(TargetError::BadHostCharacter { character });
    }
    let name = host.trim_end_matches('.');
    // No part of a name starts with a dash (RFC 952/1123); such a "host" would read as
    // an option to the commands we give (`nc -vz -o.profile 80`).
    if name.split('.').any(|l| l.starts_with('-')) {
        return Err(TargetError::LeadingDash {
            host: shorten(host),
        });
    }
    if name.len() > 253 || name.split('.').any(|l| l.len() > 63) {
        return Err(TargetError::HostTooLong);
    }
    if name.is_empty() || name.split('.').any(str::is_empty) {
        return Err(TargetError::EmptyHost);
    }
    Ok((host.to_string(), HostKind::Name, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(input: &str) -> Target {
        match parse_target(input) {
            Ok(t) => t,
            Err(e) => panic!("{input:?} should parse: {e}"),
        }
    }

    fn err(input: &str) -> TargetError {
        match parse_target(input) {
            Ok(t) => panic!("{input:?} should fail, got {t:?}"),
            Err(e) => e,
        }
    }

    #[test]
    fn host_and_port() {
        let t = ok("db1.example.com:5432");
        assert_eq!(
            (t.host.as_str(), t.port, t.host_kind),
            ("db1.example.com", 5432, HostKind::Name)
        );
        assert_eq!(t.port_source, PortSource::Given);
        let t = ok("10.1.2.3:80");
        assert_eq!((t.host.as_str(), t.host_kind), ("10.1.2.3", HostKind::Ipv4));
        assert_eq!(t.display_addr(), "10.1.2.3:80");
    }

    #[test]
    fn ipv6_forms() {
        let t = ok("[::1]:3000");
        assert_eq!(
            (t.host.as_str(), t.port, t.host_kind),
            ("::1", 3000, HostKind::Ipv6)
        );
        assert_eq!(t.display_addr(), "[::1]:3000");
        let t = ok("[fe80::1%eth0]:22");
        assert_eq!(t.host, "fe80::1%eth0");
        assert_eq!(t.zone.as_deref(), Some("eth0"));
        assert_eq!(
            t.ip(),
            Some(
                "fe80::1"
                    .parse()
                    .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED))
            )
        );
        let t = ok("2001:db8::5 443");
        assert_eq!((t.host.as_str(), t.port), ("2001:db8::5", 443));
        assert_eq!(
            err("2001:db8::5"),
            TargetError::MissingPort {
                host: "2001:db8::5".into()
            }
        );
        assert_eq!(
            err("[::1]"),
            TargetError::MissingPort { host: "::1".into() }
        );
        assert!(matches!(err("[::1:80"), TargetError::InvalidIpv6 { .. }));
        assert!(matches!(err("[::g]:80"), TargetError::InvalidIpv6 { .. }));
        assert!(matches!(
            err("[fe80::1%]:80"),
            TargetError::InvalidIpv6 { .. }
        ));
    }

    #[test]
    fn bare_port_is_this_computer() {
        let t = ok("8080");
        assert_eq!(
            (t.host.as_str(), t.port, t.this_computer),
            ("localhost", 8080, true)
        );
        assert_eq!(err("0"), TargetError::PortZero);
        assert!(matches!(err("70000"), TargetError::PortOutOfRange { .. }));
    }

    #[test]
    fn urls_use_scheme_ports() {
        for (url, host, port) in [
            ("http://example.com/x", "example.com", 80),
            ("https://example.com", "example.com", 443),
            ("HTTPS://Example.com:8443/path?q=1", "Example.com", 8443),
            ("ssh://git@github.com/x.git", "github.com", 22),
            ("postgres://u:p@db1/app", "db1", 5432),
            ("postgresql://db1:6543/app", "db1", 6543),
            ("mysql://root@127.0.0.1/db", "127.0.0.1", 3306),
            ("redis://localhost", "localhost", 6379),
            ("mongodb://a:27018,b:27019/db", "a", 27018),
            (
                "mongodb+srv://cluster0.example.net/db",
                "cluster0.example.net",
                27017,
            ),
            ("amqp://guest:guest@rabbit", "rabbit", 5672),
            ("ftp://files.example.org", "files.example.org", 21),
            ("smtp://mail", "mail", 25),
            ("rdp://desk1", "desk1", 3389),
            ("smb://fileserver/share", "fileserver", 445),
            ("ldap://dc1", "dc1", 389),
            ("http://[::1]:8080/", "::1", 8080),
            ("http://[fe80::1%25eth0]/", "fe80::1%eth0", 80),
        ] {
            let t = ok(url);
            assert_eq!((t.host.as_str(), t.port), (host, port), "{url}");
            assert_eq!(t.origin, Origin::Url);
        }
        assert_eq!(
            ok("https://x").port_source,
            PortSource::Scheme {
                scheme: "https".into()
            }
        );
        assert!(matches!(
            err("gopherish://x"),
            TargetError::UnknownScheme { .. }
        ));
        assert_eq!(err("http://:80/"), TargetError::EmptyHost);
        assert_eq!(err("http://h:0/"), TargetError::PortZero);
    }

    #[test]
    fn passwords_in_urls_are_masked() {
        let t = ok("postgres://app:s3cret@db1:5432/app?sslmode=require");
        assert_eq!(t.input, "postgres://app:***@db1:5432/app?sslmode=require");
        assert!(!format!("{t:?}").contains("s3cret"));
        assert_eq!(
            mask_password("https://alice@host/x"),
            "https://alice@host/x"
        );
        assert_eq!(mask_password("https://host/a@b"), "https://host/a@b");
        assert_eq!(mask_password("no url"), "no url");
    }

    #[test]
    fn host_and_service_name() {
        let t = ok("db1 postgres");
        assert_eq!((t.host.as_str(), t.port), ("db1", 5432));
        assert_eq!(
            t.port_source,
            PortSource::Service {
                service: "postgres".into()
            }
        );
        assert_eq!(ok("db1 5433").port, 5433);
        assert_eq!(ok("web:https").port, 443);
        assert!(matches!(err("db1 nonsense"), TargetError::BadPort { .. }));
    }

    #[test]
    fn bad_input_gets_a_named_error() {
        assert_eq!(err(""), TargetError::Empty);
        assert_eq!(err("   "), TargetError::Empty);
        assert_eq!(err("db1:0"), TargetError::PortZero);
        assert_eq!(err("db1:00000"), TargetError::PortZero);
        assert!(matches!(
            err("db1:65536"),
            TargetError::PortOutOfRange { .. }
        ));
        assert!(matches!(
            err("db1:99999999999999999999"),
            TargetError::PortOutOfRange { .. }
        ));
        assert!(matches!(err("db1:-1"), TargetError::PortOutOfRange { .. }));
        assert_eq!(err(":80"), TargetError::EmptyHost);
        assert_eq!(
            err("172.16.23.277:80"),
            TargetError::InvalidIpv4 {
                host: "172.16.23.277".into()
            }
        );
        assert_eq!(
            err("1.2.3:80"),
            TargetError::InvalidIpv4 {
                host: "1.2.3".into()
            }
        );
        assert_eq!(err("db one two:80"), TargetError::Spaces);
        assert_eq!(
            err("db\u{7}1:80"),
            TargetError::ControlCharacter { position: 3 }
        );
        assert!(matches!(
            err(&"a".repeat(5000)),
            TargetError::TooLong { len: 5000 }
        ));
        assert_eq!(err("db1"), TargetError::MissingPort { host: "db1".into() });
        assert_eq!(
            err("db1:"),
            TargetError::MissingPort {
                host: String::new()
            }
        );
        assert_eq!(
            err("d$b:80"),
            TargetError::BadHostCharacter { character: '$' }
        );
        assert_eq!(err("a..b:80"), TargetError::EmptyHost);
        assert_eq!(
            err(&format!("{}:80", "a".repeat(64))),
            TargetError::HostTooLong
        );
        assert!(matches!(err("db1:http2"), TargetError::BadPort { .. }));
    }

    #[test]
    fn every_error_has_a_code() {
        for e in [err(""), err("x:0"), err("x"), err("1.2.3.999:1")] {
            assert!(!e.code().is_empty());
        }
    }
}
