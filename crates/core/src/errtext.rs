//! Reading a pasted error message: which host and port, what kind of failure, which
//! program printed it.
//!
//! The rules are ordered from the most specific message format to the most generic, so
//! that a format we know (psql's "connection to server at", Go's "dial tcp", Kafka's
//! "node -1 (host/addr:port)") wins over a loose `host:port` match, and decoys (DNS
//! server addresses, error numbers, PIDs, line numbers, timestamps) are never taken.

use std::net::Ipv6Addr;
use std::sync::LazyLock;

use regex::{Captures, Regex, RegexBuilder};
use serde::{Deserialize, Serialize};

use crate::services;
use crate::target::validate_host;

/// The most text we read; a longer paste is a log file, not an error message.
pub const MAX_TEXT_LEN: usize = 200_000;

/// The kind of failure a message reports. Serialized names are part of the JSON contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Failure {
    Refused,
    Timeout,
    Unreachable,
    Dns,
    Reset,
    UnixSocket,
    Tls,
    Other,
}

impl Failure {
    pub fn as_str(self) -> &'static str {
        match self {
            Failure::Refused => "refused",
            Failure::Timeout => "timeout",
            Failure::Unreachable => "unreachable",
            Failure::Dns => "dns",
            Failure::Reset => "reset",
            Failure::UnixSocket => "unix_socket",
            Failure::Tls => "tls",
            Failure::Other => "other",
        }
    }
}

/// What we read from a pasted error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParsedError {
    /// The host that was tried: the address when the message gives one, else the name.
    pub host: Option<String>,
    /// The name the user asked for, when the message also gives the address it became.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_name: Option<String>,
    pub port: Option<u16>,
    /// True when the port is not in the message but is the client's or scheme's default.
    pub port_implied: bool,
    pub failure: Failure,
    /// The program that printed the message (`curl`, `postgresql`, `node`, ...).
    pub client: Option<String>,
    /// The raw error code in the message (`ECONNREFUSED`, `10061`, `111`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    /// The Unix socket path, for Unix-socket failures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub socket_path: Option<String>,
}

/// Why a paste could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ErrorTextError {
    #[error("the text is empty")]
    Empty,
    #[error("the text is {len} characters long")]
    TooLong { len: usize },
}

impl ErrorTextError {
    pub fn code(&self) -> &'static str {
        match self {
            ErrorTextError::Empty => "empty",
            ErrorTextError::TooLong { .. } => "too-long",
        }
    }
}

#[allow(
    clippy::expect_used,
    reason = "constant patterns; every one is compiled by the tests"
)]
fn re(pattern: &str) -> Regex {
    RegexBuilder::new(pattern)
        .case_insensitive(true)
        .build()
        .expect("constant pattern compiles")
}

static ANSI: LazyLock<Regex> = LazyLock::new(|| re(r"\x1b\[[0-9;?]*[A-Za-z]"));

/// Failure kinds, most specific first. The first that matches wins.
static FAILURES: LazyLock<Vec<(Failure, Regex)>> = LazyLock::new(|| {
    vec![
        (
            Failure::UnixSocket,
            re(
                r#"unix://|unix:/|\.sock\b|\.s\.pgsql\.\d+|on socket ["'/]|through socket|unix (domain )?socket|dial unix|\[2002\] no such file or directory"#,
            ),
        ),
        (
            Failure::Dns,
            re(
                r"enotfound|eai_again|eai_noname|eai_nodata|could not resolve|couldn't resolve|name or service not known|nodename nor servname|no such host|err_name_not_resolved|name resolution|could not translate host name|unknown mysql server host|unknownhostexception|getaddrinfo failed|gaierror|failed to lookup address|name does not resolve|server ip address could not be found|dns_probe|unable to resolve|\b11001\b|\bwsahost_not_found\b|host not found|nxdomain|no address associated with hostname|failed to resolve|can't find that site|cannot resolve|resolve host|not known\b",
            ),
        ),
        (
            Failure::Refused,
            re(
                r"refused|econnrefused|wsaeconnrefused|\b10061\b|errno 111\b|\[errno 111\]|\(111\)|os error 111\b|os error 61\b|error 111\b|errno 61\b|\(61\)|couldn't connect to server|unable to connect\b|can.t establish a connection|connection failed: connection refused",
            ),
        ),
        (
            Failure::Unreachable,
            re(
                r"no route to host|unreachable|ehostunreach|enetunreach|\b10065\b|\b10051\b|errno 113\b|errno 101\b|\(113\)|\(101\)|os error 113\b|os error 101\b|os error 65\b|os error 51\b",
            ),
        ),
        (
            Failure::Timeout,
            re(
                r"timed out|timedout|etimedout|timeout|\b10060\b|errno 110\b|\(110\)|os error 110\b|os error 60\b|took too long to respond|deadline exceeded|did not properly respond after a period of time|failed to respond",
            ),
        ),
        (
            Failure::Reset,
            re(
                r"reset by peer|econnreset|err_connection_reset|connection reset|\b10054\b|errno 104\b|os error 104\b|os error 54\b|forcibly closed by the remote host|connection was reset",
            ),
        ),
        (
            Failure::Tls,
            re(r"certificate|\bssl|\btls\b|handshake|x509|err_cert|pkix|sslerror"),
        ),
    ]
});

/// Client programs, most specific first: kubectl before Go, MongoDB before Node, ...
static CLIENTS: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    vec![
        ("docker", re(r"docker daemon|docker\.sock|docker engine")),
        (
            "kubectl",
            re(
                r"kubectl|the connection to the server \S+ was refused|unable to connect to the server:|kube-apiserver",
            ),
        ),
        (
            "git",
            re(
                r"fatal: unable to access|fatal: could not read from remote repository|git clone|git (fetch|pull|push)\b",
            ),
        ),
        (
            "kafka",
            re(r"broker may not be available|connection to node -?\d+|kafka"),
        ),
        (
            "php",
            re(r"sqlstate\[|\bphp (warning|fatal|error)|pdoexception|mysqli|\.php\b"),
        ),
        ("mongodb", re(r"mongo")),
        ("redis", re(r"redis")),
        (
            "postgresql",
            re(
                r"psql|libpq|is the server running on|pgsql|could not connect to server|connection to server (at|on)|postgres|psycopg",
            ),
        ),
        ("mysql", re(r"mysql|error 200[23]\b|mariadb")),
        (
            "ssh",
            re(r"(^|\n)\s*ssh:|ssh: connect to host|ssh: could not resolve|\bssh\b.*port 22"),
        ),
        (
            "curl",
            re(r"curl: ?\(\d+\)|\bcurl:|curl error|\bcurl \d+\.\d+"),
        ),
        (
            "wget",
            re(
                r"\bwget\b|connecting to \S+ \([^)]*\)\|[^|]+\|:\d+\.\.\.|\bresolving \S+\.\.\. failed",
            ),
        ),
        ("netcat", re(r"(^|\n)\s*nc: |\bncat: |\bnetcat\b")),
        ("telnet", re(r"\btelnet\b")),
        (
            "powershell",
            re(
                r"test-netconnection|tcptestsucceeded|invoke-webrequest|invoke-restmethod|powershell|tcp connect to \(",
            ),
        ),
        ("rdp", re(r"remote desktop|\bmstsc\b")),
        (
            "browser",
            re(
                r"err_connection|err_name_not_resolved|err_address_unreachable|err_network|refused to connect|this site can.t be reached|unable to connect\b|firefox|can.t establish a connection|took too long to respond|server ip address could not be found|can't find that site|dns_probe|err_timed_out",
            ),
        ),
        (
            "dotnet",
            re(
                r"system\.net|socketexception|actively refused|\.cs:line|httprequestexception|\bdotnet\b|sqlclient",
            ),
        ),
        (
            "java",
            re(
                r"\bjava\.|javax\.|exception in thread|\.java:\d+|connectexception|unknownhostexception|jdbc|springframework|netty|socketTimeoutException",
            ),
        ),
        (
            "go",
            re(r"\bdial (tcp|udp|unix)[46]?\b|\bgoroutine\b|\.go:\d+"),
        ),
        ("ruby", re(r"errno::|\.rb:\d+|faraday|\bruby\b|\bgems/")),
        (
            "node",
            re(
                r"\bnode:|tcpconnectwrap|node_modules|\binternal/|syscall: 'connect'|errno: -\d+|\b(connect|getaddrinfo|read) (econnrefused|etimedout|enotfound|econnreset|ehostunreach|enetunreach|eai_again)\b",
            ),
        ),
        (
            "python",
            re(
                r"traceback \(most recent call last\)|\[errno -?\d+\]|urllib3|requests\.|httpconnectionpool|\.py\x22, line|connectionrefusederror|gaierror|aiohttp|\bpython",
            ),
        ),
        (
            "rust",
            re(r"os error \d+|reqwest|hyper::|\btokio\b|error trying to connect"),
        ),
    ]
});

/// The raw code a message carries, for the helpdesk line.
static ERROR_CODE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(E(?:CONNREFUSED|TIMEDOUT|HOSTUNREACH|NETUNREACH|CONNRESET|NOTFOUND|AI_AGAIN)|ERR_[A-Z_]+|WSA[A-Z]+|1006[015]|10051|10054|11001)\b|\[errno (-?\d+)\]|os error (\d+)|\((1\d\d|6[01])\)\s*$",
    )
});

static SOCKET_PATH: LazyLock<Regex> =
    LazyLock::new(|| re(r#"(?:unix://)?(/[\w.\-/]*(?:\.sock|\.s\.PGSQL\.\d+|\.socket))\b"#));

static URL: LazyLock<Regex> = LazyLock::new(|| {
    re(r#"(?P<url>\b[a-z][a-z0-9+.\-]*://(?:\[[0-9a-f:.%]+\])?[^\s'"<>()\[\]{}`]*)"#)
});

/// How a pattern's captures are read.
#[derive(Clone, Copy)]
enum Shape {
    /// Groups `h` (host), optional `p` (port) and `n` (name the host was resolved from).
    Parts,
    /// Group `hp` is `host:port`, `[v6]:port` or a bare host.
    HostPort,
    /// Group `hp` is `host:port` where an unbracketed IPv6 address ends in `:port`
    /// (Node's `ECONNREFUSED ::1:3000`).
    HostPortV6Suffix,
    /// Group `url`.
    Url,
}

/// Where the host and port are, most specific format first.
static LOCATIONS: LazyLock<Vec<(Shape, Regex)>> = LazyLock::new(|| {
    let host = r#"[A-Za-z0-9_\-.]+|\[[0-9A-Fa-f:.%\w]+\]|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]+"#;
    vec![
        // libpq 14+: connection to server at "db1" (10.0.0.5), port 5432 failed
        (
            Shape::Parts,
            re(r#"connection to server at "(?P<n>[^"]+)" \((?P<h>[^)]+)\), port (?P<p>\d+)"#),
        ),
        (
            Shape::Parts,
            re(r#"connection to server at "(?P<h>[^"]+)",? port (?P<p>\d+)"#),
        ),
        // libpq before 14: Is the server running on host "db1" (10.0.0.5) and accepting TCP/IP connections on port 5432?
        (
            Shape::Parts,
            re(
                r#"server running on host "(?P<n>[^"]+)" \((?P<h>[^)]+)\) and accepting\s+TCP/IP connections on port (?P<p>\d+)"#,
            ),
        ),
        (
            Shape::Parts,
            re(
                r#"server running on host "(?P<h>[^"]+)" and accepting\s+TCP/IP connections on port (?P<p>\d+)"#,
            ),
        ),
        (
            Shape::Parts,
            re(r#"could not translate host name "(?P<h>[^"]+)""#),
        ),
        // JDBC: Connection to localhost:5432 refused
        (
            Shape::HostPort,
            re(&format!(r"connection to (?P<hp>(?:{host}):\d+) refused")),
        ),
        // MySQL: Can't connect to MySQL server on 'db1:3306' (111) / Unknown MySQL server host 'x'
        (
            Shape::HostPort,
            re(
                r"(?:connect to (?:MySQL|MariaDB) server on|MySQL server host) [`'‘](?P<hp>[^'’`]+)[`'’]",
            ),
        ),
        // redis-cli: Could not connect to Redis at 127.0.0.1:6379: Connection refused
        (
            Shape::HostPort,
            re(&format!(r"connect to Redis at (?P<hp>(?:{host}):\d+)")),
        ),
        // redis-py: Error 111 connecting to localhost:6379. / Error -2 connecting to redis:6379.
        (
            Shape::HostPort,
            re(&format!(
                r"Error -?\d+ connecting to (?P<hp>(?:{host}):\d+)"
            )),
        ),
        // urllib3: HTTPConnectionPool(host='localhost', port=8000)
        (
            Shape::Parts,
            re(r"ConnectionPool\(host='(?P<h>[^']+)', port=(?P<p>\d+)\)"),
        ),
        // Python asyncio: Connect call failed ('127.0.0.1', 8080)
        (
            Shape::Parts,
            re(r"Connect call failed \('(?P<h>[^']+)', (?P<p>\d+)"),
        ),
        // Ruby: Failed to open TCP connection to localhost:3000 (...)
        (
            Shape::HostPort,
            re(&format!(
                r"open TCP connection to (?P<hp>(?:{host})(?::\d+)?)"
            )),
        ),
        (
            Shape::Parts,
            re(r#"connect\(2\) for "(?P<h>[^"]+)" port (?P<p>\d+)"#),
        ),
        // Kafka / Java InetSocketAddress: (localhost/127.0.0.1:9092)
        (
            Shape::Parts,
            re(
                r"(?P<n>[A-Za-z0-9][\w.\-]*)/(?P<h>\d{1,3}(?:\.\d{1,3}){3}|[0-9a-fA-F:]+:[0-9a-fA-F:]*[0-9a-fA-F]):(?P<p>\d{1,5})\b",
            ),
        ),
        // kubectl: The connection to the server localhost:8080 was refused
        (
            Shape::HostPort,
            re(r"connection to the server (?P<hp>\S+?) was refused"),
        ),
        // Go: dial tcp: lookup db1 on 10.96.0.10:53: no such host  (the :53 is the DNS server)
        (Shape::Parts, re(r"dial tcp[46]?: lookup (?P<h>[^\s:]+)")),
        (
            Shape::HostPort,
            re(&format!(r"dial tcp[46]? (?P<hp>(?:{host}):\d+)")),
        ),
        (
            Shape::Parts,
            re(r"\blookup (?P<h>[A-Za-z0-9_\-.]+)(?: on \S+)?: no such host"),
        ),
        // ssh / curl / nc / git: connect to host x port 22 / Failed to connect to x port 443
        (
            Shape::Parts,
            re(r"connect to (?:host )?(?P<h>\S+?) port (?P<p>\d+)"),
        ),
        (
            Shape::Parts,
            re(r#"(?:resolve host|resolve hostname)(?: name)?:? ['"]?(?P<h>[A-Za-z0-9_\-.]+)"#),
        ),
        // wget: Connecting to db1 (db1)|10.0.0.5|:8080... failed
        (
            Shape::Parts,
            re(r"Connecting to (?P<n>[^\s(|]+)(?: \([^)]*\))?\|(?P<h>[^|]+)\|:(?P<p>\d+)"),
        ),
        (
            Shape::HostPort,
            re(&format!(r"Connecting to (?P<hp>(?:{host}):\d+)\.\.\.")),
        ),
        (
            Shape::Parts,
            re(r"Resolving (?P<h>[A-Za-z0-9_\-.]+?)(?: \([^)]*\))?\.\.\. failed"),
        ),
        (
            Shape::Parts,
            re(r"resolve host address [`'‘](?P<h>[^'’`]+)[`'’]"),
        ),
        // Node: connect ECONNREFUSED ::1:3000 / getaddrinfo ENOTFOUND db1
        (
            Shape::HostPortV6Suffix,
            re(
                r"\b(?:connect |read |write )?(?:ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ECONNRESET) (?P<hp>[\w.:\-\[\]%]+)",
            ),
        ),
        (
            Shape::Parts,
            re(r"\b(?:ENOTFOUND|EAI_AGAIN) (?P<h>[A-Za-z0-9_\-.]+)"),
        ),
        (
            Shape::Parts,
            re(r"address: '(?P<h>[^']+)',\s*port: (?P<p>\d+)"),
        ),
        // .NET: ... actively refused it. 127.0.0.1:5000 / No such host is known. (db1:80)
        (
            Shape::HostPortV6Suffix,
            re(
                r"(?:refused it|to respond|unreachable host|unreachable network)\.?\s+(?P<hp>[\w.:\-\[\]%]+:\d+)",
            ),
        ),
        (
            Shape::HostPort,
            re(r"host is known\.?\s*\((?P<hp>[^)\s]+)\)"),
        ),
        // PowerShell: WARNING: TCP connect to (10.0.0.1 : 3389) failed
        (
            Shape::Parts,
            re(r"TCP connect to \((?P<h>[^\s:()]+|[0-9a-fA-F:]+) : (?P<p>\d+)\)"),
        ),
        (
            Shape::Parts,
            re(r"ComputerName\s*:\s*(?P<h>\S+)(?s:.*?)RemotePort\s*:\s*(?P<p>\d+)"),
        ),
        // Firefox: can't establish a connection to the server at localhost:8080.
        (
            Shape::HostPort,
            re(r"connection to the server at (?P<hp>[^\s]+?)\.?(?:\s|$)"),
        ),
        // Chrome: localhost refused to connect. / db1’s server IP address could not be found.
        (
            Shape::Parts,
            re(r"(?P<h>[A-Za-z0-9_\-.]+) refused to connect"),
        ),
        (
            Shape::Parts,
            re(
                r"(?P<h>[A-Za-z0-9_\-.]+?)(?:’|')s (?:server IP address|DNS address) could not be found",
            ),
        ),
        (
            Shape::Parts,
            re(r"(?P<h>[A-Za-z0-9_\-.]+) took too long to respond"),
        ),
        (
            Shape::Parts,
            re(
                r"(?:find the server at|can't connect to the server at|find that site\.?\s+We can.t connect to the server at) (?P<h>[A-Za-z0-9_\-.]+)",
            ),
        ),
        // Docker: Cannot connect to the Docker daemon at tcp://10.0.0.5:2375.
        (
            Shape::Url,
            re(r"Docker daemon at (?P<url>[a-z]+://[^\s]+?)\.?(?:\s|$)"),
        ),
        // telnet: Trying 10.0.0.5...
        (
            Shape::Parts,
            re(r"\btelnet (?P<h>[A-Za-z0-9_\-.:]+) (?P<p>\d{1,5})\b"),
        ),
        (
            Shape::Parts,
            re(r"\bTrying (?P<h>\d{1,3}(?:\.\d{1,3}){3}|[0-9a-fA-F:]+:[0-9a-fA-F:]*)\.\.\."),
        ),
        // Any URL: https://db1:8443/x
        (Shape::Url, URL.clone()),
        // Any host:port with a plausible host (an address, localhost, or a dotted name).
        (
            Shape::HostPort,
            re(
                r"(?:^|[\s(,'\x22=@])(?P<hp>\[[0-9A-Fa-f:.%\w]+\]:\d{1,5}|\d{1,3}(?:\.\d{1,3}){3}:\d{1,5}|localhost:\d{1,5}|[A-Za-z0-9][\w\-]*(?:\.[\w\-]+)+:\d{1,5})\b",
            ),
        ),
    ]
});

/// File extensions that make `name.ext:123` a source line, not a host and port.
const SOURCE_EXTENSIONS: &[&str] = &[
    "js", "mjs", "cjs", "ts", "tsx", "jsx", "go", "py", "rb", "java", "kt", "scala", "rs", "cs",
    "php", "c", "h", "cc", "cpp", "hpp", "swift", "m", "ex", "exs", "erl", "lua", "pl", "sh",
    "vue", "dart", "groovy", "clj", "fs", "vb", "log", "txt", "json", "yaml", "yml", "toml", "xml",
    "html", "conf", "cfg", "ini", "jar", "class", "dll", "exe", "so", "sock",
];

/// Reads a pasted error message.
pub fn parse_error_text(text: &str) -> Result<ParsedError, ErrorTextError> {
    let len = text.chars().count();
    if len > MAX_TEXT_LEN {
        return Err(ErrorTextError::TooLong { len });
    }
    let clean = ANSI.replace_all(text, "");
    let clean = clean.trim();
    if clean.is_empty() {
        return Err(ErrorTextError::Empty);
    }

    let failure = FAILURES
        .iter()
        .find(|(_, r)| r.is_match(clean))
        .map_or(Failure::Other, |(f, _)| *f);
    let client = CLIENTS
        .iter()
        .find(|(_, r)| r.is_match(clean))
        .map(|(c, _)| c.to_string());
    let error_code = ERROR_CODE.captures(clean).and_then(|c| {
        c.get(1)
            .map(|m| m.as_str().to_ascii_uppercase())
            .or_else(|| {
                c.get(2)
                    .or(c.get(3))
                    .or(c.get(4))
                    .map(|m| m.as_str().to_string())
            })
    });

    let mut parsed = ParsedError {
        host: None,
        host_name: None,
        port: None,
        port_implied: false,
        failure,
        client,
        error_code,
        socket_path: None,
    };

    if failure == Failure::UnixSocket {
        parsed.socket_path = SOCKET_PATH
            .captures(clean)
            .and_then(|c| c.get(1))
            .map(|m| m.as_str().to_string());
        // A PostgreSQL socket name carries the port: /var/run/postgresql/.s.PGSQL.5432
        if let Some(path) = &parsed.socket_path
            && let Some(port) = path
                .rsplit_once(".s.PGSQL.")
                .and_then(|(_, p)| p.parse().ok())
        {
            parsed.port = Some(port);
        }
        return Ok(parsed);
    }

    let mut scheme_port = None;
    for (shape, regex) in LOCATIONS.iter() {
        if let Some(found) = regex
            .captures_iter(clean)
            .find_map(|c| read_location(*shape, &c))
        {
            parsed.host = Some(found.host);
            parsed.host_name = found.name.filter(|n| Some(n) != parsed.host.as_ref());
            parsed.port = found.port;
            scheme_port = found.scheme_port;
            break;
        }
    }

    // "Could not resolve host: git.example.com" names no port, but the URL beside it may.
    if parsed.port.is_none()
        && let Some(host) = parsed.host.clone()
        && let Some(url) = URL
            .captures_iter(clean)
            .filter_map(|c| read_location(Shape::Url, &c))
            .find(|l| l.host.eq_ignore_ascii_case(&host))
    {
        parsed.port = url.port;
        scheme_port = url.scheme_port;
    }

    if parsed.port.is_none() {
        let default =
            scheme_port.or_else(|| parsed.client.as_deref().and_then(client_default_port));
        if let Some(port) = default {
            parsed.port = Some(port);
            parsed.port_implied = true;
        }
    }
    Ok(parsed)
}

/// The port a client uses when none is given.
pub fn client_default_port(client: &str) -> Option<u16> {
    match client {
        "postgresql" => Some(5432),
        "mysql" | "php" => Some(3306),
        "redis" => Some(6379),
        "mongodb" => Some(27017),
        "ssh" => Some(22),
        "rdp" => Some(3389),
        "kafka" => Some(9092),
        _ => None,
    }
}

struct Location {
    host: String,
    port: Option<u16>,
    name: Option<String>,
    /// The default port of a URL's scheme, used when the URL has none.
    scheme_port: Option<u16>,
}

fn read_location(shape: Shape, caps: &Captures<'_>) -> Option<Location> {
    let get = |name: &str| caps.name(name).map(|m| m.as_str());
    let (host, port, name, scheme_port) = match shape {
        Shape::Parts => {
            let port = match get("p") {
                Some(p) => Some(port_of(p)?),
                None => None,
            };
            (clean_host(get("h")?), port, get("n").map(clean_host), None)
        }
        Shape::HostPort => {
            let (h, p) = split_host_port(get("hp")?, false)?;
            (h, p, None, None)
        }
        Shape::HostPortV6Suffix => {
            let (h, p) = split_host_port(get("hp")?, true)?;
            (h, p, None, None)
        }
        Shape::Url => {
            let url = get("url")?;
            let (scheme, rest) = url.split_once("://")?;
            let authority = rest.split(['/', '?', '#']).next()?;
            let authority = authority.rsplit_once('@').map_or(authority, |(_, a)| a);
            let (h, p) = split_host_port(authority, false)?;
            let scheme = scheme.to_ascii_lowercase();
            let base = scheme.split('+').next().unwrap_or(&scheme);
            let scheme_port = services::by_name(base).map(|s| s.port);
            if p.is_none() && scheme_port.is_none() {
                return None;
            }
            (h, p, None, scheme_port)
        }
    };
    if !plausible_host(&host) {
        return None;
    }
    Some(Location {
        host,
        port,
        name: name.filter(|n| plausible_host(n)),
        scheme_port,
    })
}

fn port_of(text: &str) -> Option<u16> {
    match text.parse::<u32>() {
        Ok(p) if (1..=65_535).contains(&p) => Some(p as u16),
        _ => None,
    }
}

fn clean_host(h: &str) -> String {
    h.trim()
        .trim_matches(|c| "\"'`‘’“”".contains(c))
        .trim_start_matches('[')
        .trim_end_matches(|c| c == ']' || c == '.' || c == ',' || c == ';')
        .to_string()
}

/// Splits `host:port`, `[v6]:port`, `host` and, with `v6_suffix`, `::1:3000`.
fn split_host_port(text: &str, v6_suffix: bool) -> Option<(String, Option<u16>)> {
    let t = text.trim().trim_end_matches(|c| ".,;)'\"’".contains(c));
    if let Some(inner) = t.strip_prefix('[') {
        let (h, after) = inner.split_once(']')?;
        let port = match after.strip_prefix(':') {
            Some(p) => Some(port_of(p)?),
            None => None,
        };
        return Some((h.to_string(), port));
    }
    match t.matches(':').count() {
        0 => Some((t.to_string(), None)),
        1 => {
            let (h, p) = t.split_once(':')?;
            Some((h.to_string(), Some(port_of(p)?)))
        }
        _ => {
            if v6_suffix
                && let Some((h, p)) = t.rsplit_once(':')
                && h.parse::<Ipv6Addr>().is_ok()
                && let Some(port) = port_of(p)
            {
                return Some((h.to_string(), Some(port)));
            }
            t.parse::<Ipv6Addr>().ok().map(|_| (t.to_string(), None))
        }
    }
}

/// Rejects what a loose pattern may catch that is no host: source files, keywords, numbers.
fn plausible_host(host: &str) -> bool {
    if host.is_empty() || validate_host(host).is_err() {
        return false;
    }
    let lower = host.to_ascii_lowercase();
    if let Some((_, ext)) = lower.rsplit_once('.')
        && SOURCE_EXTENSIONS.contains(&ext)
    {
        return false;
    }
    !matches!(
        lower.as_str(),
        "error"
            | "errno"
            | "err"
            | "warning"
            | "at"
            | "server"
            | "host"
            | "the"
            | "to"
            | "connect"
            | "port"
            | "failed"
            | "socket"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> ParsedError {
        match parse_error_text(text) {
            Ok(p) => p,
            Err(e) => panic!("{text:?}: {e}"),
        }
    }

    #[test]
    fn empty_and_huge_text_are_errors() {
        assert_eq!(parse_error_text("  \n\t "), Err(ErrorTextError::Empty));
        assert!(matches!(
            parse_error_text(&"x".repeat(MAX_TEXT_LEN + 1)),
            Err(ErrorTextError::TooLong { .. })
        ));
    }

    #[test]
    fn decoy_dns_server_is_not_the_host() {
        let p = parse("dial tcp: lookup db1.internal on 10.96.0.10:53: no such host");
        assert_eq!(p.host.as_deref(), Some("db1.internal"));
        assert_eq!(p.port, None);
        assert_eq!(p.failure, Failure::Dns);
        assert_eq!(p.client.as_deref(), Some("go"));
    }

    #[test]
    fn node_ipv6_with_port_suffix() {
        let p = parse(
            "Error: connect ECONNREFUSED ::1:3000\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16)",
        );
        assert_eq!((p.host.as_deref(), p.port), (Some("::1"), Some(3000)));
        assert_eq!(p.client.as_deref(), Some("node"));
        assert_eq!(p.error_code.as_deref(), Some("ECONNREFUSED"));
    }

    #[test]
    fn source_lines_are_not_hosts() {
        let p =
            parse("Error: something failed at main.go:42 and server.js:1234: connection refused");
        assert_eq!(p.host, None);
        assert_eq!(p.failure, Failure::Refused);
    }

    #[test]
    fn implied_port_is_marked() {
        let p = parse("ssh: Could not resolve hostname gitlab.internal: Name or service not known");
        assert_eq!(p.host.as_deref(), Some("gitlab.internal"));
        assert_eq!((p.port, p.port_implied), (Some(22), true));
        let p = parse(
            "fatal: unable to access 'https://git.example.com/x.git/': Could not resolve host: git.example.com",
        );
        assert_eq!((p.port, p.port_implied), (Some(443), true));
        assert_eq!(p.client.as_deref(), Some("git"));
    }

    #[test]
    fn unix_socket_path_and_port() {
        let p = parse(
            "psql: error: connection to server on socket \"/var/run/postgresql/.s.PGSQL.5432\" failed: No such file or directory",
        );
        assert_eq!(p.failure, Failure::UnixSocket);
        assert_eq!(
            p.socket_path.as_deref(),
            Some("/var/run/postgresql/.s.PGSQL.5432")
        );
        assert_eq!(p.port, Some(5432));
        assert_eq!(p.host, None);
    }

    #[test]
    fn ansi_colours_are_ignored() {
        let p = parse(
            "\u{1b}[31mcurl: (7) Failed to connect to localhost port 8080: Connection refused\u{1b}[0m",
        );
        assert_eq!((p.host.as_deref(), p.port), (Some("localhost"), Some(8080)));
    }

    #[test]
    fn garbage_is_other_with_nothing_found() {
        let p = parse("lorem ipsum dolor sit amet 12:34:56 v1.2.3");
        assert_eq!(p.failure, Failure::Other);
        assert_eq!((p.host, p.port, p.client), (None, None, None));
    }
}
