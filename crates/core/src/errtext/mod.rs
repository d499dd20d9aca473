//! Reading a pasted error message: which host and port, what kind of failure, which
//! program printed it.
//!
//! The rules are ordered from the most specific message format to the most generic, so
//! that a format we know (psql's "connection to server at", Go's "dial tcp", Kafka's
//! "node -1 (host/addr:port)") wins over a loose `host:port` match, and decoys (DNS
//! server addresses, error numbers, PIDs, line numbers, timestamps) are never taken.
//!
//! Once a location is found, the rest of the message may complete it: the port of a host
//! named without one (`I tried localhost:3307`, `mysql -h db1 -P 3307`, the URL beside
//! it), the address of a name or the name of an address where a client prints both
//! (`Connected to db1 (10.0.0.5)`, `localhost/127.0.0.1`), and the name of the URL the
//! address was dialled for.

use std::borrow::Cow;
use std::net::Ipv6Addr;
use std::sync::LazyLock;

use crate::pattern::Captures;

use crate::pattern::Pattern;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::services;
use crate::target::validate_host;

pub mod fold;
mod phrases;
mod signs;
mod table;

/// The most text we read; a longer paste is a log file, not an error message.
pub const MAX_TEXT_LEN: usize = 200_000;

/// The kind of failure a message reports. Serialized names are part of the JSON contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
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

/// What stood between the client and the server, as the message says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Through {
    /// A proxy failed: the host and port read are the proxy's.
    Proxy,
    /// `kubectl port-forward`: the port read is the pod's.
    PortForward,
}

/// The pod's port of a kubectl port-forward failure ("error forwarding port 6000 to
/// pod …"), when the text is one.
pub fn port_forward_pod_port(text: &str) -> Option<u16> {
    let c = PORT_FORWARD.captures(text)?;
    c.get(1).or(c.get(2))?.as_str().parse().ok()
}

/// What we read from a pasted error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
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
    /// The message as it was pasted, for whoever reads the report: its secrets
    /// masked ([`crate::secrets`]), control and direction characters left out, at
    /// most [`KEPT_TEXT_LEN`] characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub text: Option<String>,
    /// What the message says stood in between (a proxy, kubectl port-forward).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub through: Option<Through>,
}

/// How much of a pasted message a report keeps.
pub const KEPT_TEXT_LEN: usize = 4000;

/// The pasted text as a report keeps it: secrets masked, no control characters but
/// line breaks and tabs, no bidi controls, cut at [`KEPT_TEXT_LEN`] characters.
pub fn kept_text(text: &str) -> String {
    let plain: String = text
        .chars()
        .filter(|c| (!c.is_control() || matches!(c, '\n' | '\t')) && !is_bidi_control(*c))
        .take(KEPT_TEXT_LEN)
        .collect();
    crate::secrets::mask(plain.trim())
}

/// Unicode's bidirectional formatting characters (they reorder what is shown).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
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

/// A pattern of the parser, case-insensitive, compiled for a text that may match it.
fn re(pattern: &str) -> Pattern {
    Pattern::new(pattern)
}

static ANSI: LazyLock<Pattern> = LazyLock::new(|| re(r"\x1b\[[0-9;?]*[A-Za-z]"));

/// Firefox's error page puts the error and the address tried in its own URL, encoded:
/// `about:neterror?e=connectionFailure&u=http%3A//localhost%3A56900/&...&d=Firefox%20can...`
static NETERROR: LazyLock<Pattern> =
    LazyLock::new(|| re(r"about:neterror\?(?P<query>[^\s<>\x22']+)"));

/// Client programs, most specific first: kubectl before Go, MongoDB before Node, a Java
/// or Python stack trace before the database it talks to, ... A name that is only
/// `None` marks a format whose program is not in our vocabulary.
static CLIENTS: LazyLock<Vec<(&'static str, Pattern)>> = LazyLock::new(|| {
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
            // git prints its own "fatal: ..." line (in the user's language) after the ssh
            // or libcurl error; Ansible's "fatal: [host]: ..." is not git.
            re(
                r"fatal: unable to access|fatal: could not read from remote repository|git clone|git (fetch|pull|push)\b|rpc failed; curl \d+|(?m:^[\s*\x22]*(?-i:fatal): [^\[\s])",
            ),
        ),
        (
            "kafka",
            re(r"broker may not be available|connection to node -?\d+|kafka"),
        ),
        (
            // A Java stack trace names the program even when the message names the
            // database driver (com.mysql.cj..., org.postgresql...).
            "java",
            re(
                r"\bat [\w$./]+\((?:[\w$]+\.java:\d+|Native Method|Unknown Source)\)|check that the hostname and port are correct",
            ),
        ),
        (
            "php",
            re(
                r#"sqlstate\[|\bphp (warning|fatal|error)|pdoexception|mysqli|\.php(?:\(\d+\)|:\d+| on line)|(?-i:cURL error \d+)|\bcurl error \d+ while downloading|guzzle|\bstring\(\d+\) "|connection to tcp://\S+ failed: (?:connection refused|connection timed out|network is unreachable|no route to host|connection reset)"#,
            ),
        ),
        ("mongodb", re(r"mongo|serverselectiontimeout")),
        (
            "redis",
            // redis-py: "Error 111 connecting to localhost:6379."
            re(r"redis|\berror -?\d+ connecting to \S+:\d+\."),
        ),
        (
            "postgresql",
            re(
                r"psql|libpq|is the server running on|pgsql|could not connect to server|connection to server (at|on)|postgres|psycopg",
            ),
        ),
        ("mysql", re(r"mysql|error 200[235]\b|mariadb")),
        (
            "ssh",
            re(
                r"(^|\n)\s*ssh:|ssh: connect to host|ssh: could not resolve|\bssh\b.*port 22|during banner exchange",
            ),
        ),
        ("curl", re(r"curl: ?\(\d+\)|\bcurl:|\bcurl \d+\.\d+")),
        (
            "wget",
            re(
                r"\bwget\b|connecting to \S+ \([^)]*\)\|[^|]+\|:\d+\.\.\.|\bresolving \S+\.\.\. failed",
            ),
        ),
        ("netcat", re(r"(^|\n)\s*nc: |\bncat: |\bnetcat\b")),
        (
            "telnet",
            // telnet's own "telnet: ..." lines or its command line, not Python's telnetlib.
            re(r"\btelnet: |(?:^|[\s$>#%])telnet [\w\[:]"),
        ),
        (
            "powershell",
            re(
                r#"test-netconnection|tcptestsucceeded|invoke-webrequest|invoke-restmethod|powershell|tcp connect to \(|exception calling "\w+" with "\d+" argument|fullyqualifiederrorid"#,
            ),
        ),
        ("rdp", re(r"remote desktop|\bmstsc\b|freerdp")),
        (
            "browser",
            re(
                r"err_connection|err_name_not_resolved|err_address_unreachable|err_network|refused to connect|this site can.t be reached|(?m:^\s*unable to connect\s*$)|firefox|can.t establish a connection|took too long to respond|is taking too long to respond|server ip address could not be found|can't find that site|dns_probe|err_timed_out|about:neterror",
            ),
        ),
        (
            // "actively refused" alone is the Windows error text, which every program on
            // Windows prints; .NET's own exceptions say where they come from.
            "dotnet",
            re(
                r"system\.net|sqlclient|\.cs:line|httprequestexception|\bdotnet\b|socketexception(?: \([0-9a-fx]+\))?: (?:no connection|because|a connection attempt|no such host)",
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
            re(
                r"\bdial (tcp|udp|unix)[46]?\b|\b(read|write) tcp[46]? \S+->|\bgoroutine\b|\.go:\d+",
            ),
        ),
        (
            "ruby",
            re(r"errno::|\.rb:\d+|faraday|\bruby\b|\bgems/|\bconnect\(2\)"),
        ),
        (
            "node",
            re(
                r#"\bnode:|tcpconnectwrap|node_modules|\binternal/|"?syscall"?: ['"](?:connect|getaddrinfo|read|write)\b|errno: -\d+|\b(connect|getaddrinfo|read) (econnrefused|etimedout|enotfound|econnreset|ehostunreach|enetunreach|eai_again)\b|\bcode: '(?-i:E[A-Z]+)'|socket hang up|\bnpm err!|\b\d+ error (?:code|errno) "#,
            ),
        ),
        (
            "python",
            re(
                r"traceback \(most recent call last\)|\[errno -?\d+\]|\[winerror \d+\]|urllib3|requests\.|https?connectionpool|\.py\x22, line|connectionrefusederror|(?:connection(?:reset|refused|aborted)|brokenpipe)error\(|gaierror|aiohttp|\bpython",
            ),
        ),
        (
            "rust",
            re(
                r"os error \d+|\bos \{ code: -?\d+|panicked at|reqwest|hyper::|\btokio\b|error trying to connect",
            ),
        ),
        (
            // libcurl's own words without the curl tool's "curl: (7)" prefix were printed
            // by a program embedding libcurl; in pasted errors that is PHP's curl_error().
            "php",
            re(r"\bfailed to connect to \S+ port \d+"),
        ),
    ]
});

/// The raw code a message carries, for the helpdesk line; else [`trailing_errno`].
static ERROR_CODE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\b(E(?:CONNREFUSED|TIMEDOUT|HOSTUNREACH|NETUNREACH|CONNRESET|NOTFOUND|AI_AGAIN)|ERR_[A-Z_]+|WSA[A-Z]+|1006[015]|10051|10054|11001)\b|\[errno (-?\d+)\]|os error (\d+)",
    )
});

/// MySQL's errno in parentheses where the text ends (`… on 'db1' (111)`): 1xx or
/// 60/61. Read by hand: as a pattern, the `(` that nearly every message holds made it
/// search every text.
fn trailing_errno(text: &str) -> Option<String> {
    let (_, n) = text.trim_end().strip_suffix(')')?.rsplit_once('(')?;
    let digits = n.bytes().all(|b| b.is_ascii_digit());
    (digits && ((n.len() == 3 && n.starts_with('1')) || n == "60" || n == "61"))
        .then(|| n.to_string())
}

static SOCKET_PATH: LazyLock<Pattern> =
    LazyLock::new(|| re(r#"(?:unix://)?(/[\w.\-/]*(?:\.sock|\.s\.PGSQL\.\d+|\.socket))\b"#));

/// A URL. One that follows "see" is documentation ("(see https://curl.haxx.se/...)"),
/// and one in a version banner is the program's home page ("Ncat: Version 7.93 (
/// https://nmap.org/ncat )"), not the address tried.
static URL: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r#"(?P<see>\bsee:?\s+|\bbackground on this error at:?\s+|\bmore (?:info(?:rmation)?|details) (?:at|on|here):?\s+|\bversion [\w.\-]+ \(\s*)?(?P<url>\b[a-z][a-z0-9+.\-]*://(?:\[[0-9a-f:.%]+\])?[^\s'"<>()\[\]{}`]*)"#,
    )
});

/// A host as the patterns catch it: a name, an IPv4 address, a bracketed or bare IPv6
/// address, or a bracketed placeholder such as `[ServerIP]`.
const HOST: &str = r#"[A-Za-z0-9_\-.]+|\[[0-9A-Fa-f:.%\w]+\]|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]+"#;
/// An IP address literal, unbracketed.
const ADDR: &str = r"\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*[0-9A-Fa-f]";

/// The host and optional port that .NET writes in parentheses after the system's
/// message: an IPv4 address, localhost, a dotted name or a bracketed IPv6 address.
const PARENTHESISED: &str = r"(?:\d{1,3}(?:\.\d{1,3}){3}|localhost|[A-Za-z0-9][\w\-]*(?:\.[\w\-]+)+|\[[0-9A-Fa-f:.%]+\])(?::\d{1,5})?";

/// How a pattern's captures are read.
#[derive(Clone, Copy)]
enum Shape {
    /// Groups `h` (host), optional `p` (port) and `n` (name the host was resolved from,
    /// or a URL whose host is that name).
    Parts,
    /// Group `hp` is `host:port`, `[v6]:port` or a bare host; optional group `n` as above.
    HostPort,
    /// Group `hp` is `host:port` where an unbracketed IPv6 address ends in `:port`
    /// (Node's `ECONNREFUSED ::1:3000`).
    HostPortV6Suffix,
    /// Group `url`.
    Url,
    /// As [`Shape::Parts`], for a host named as configuration (urllib3's connection pool,
    /// a `host=…, port=…` pair): when a proxy failed, that is the server behind it, not
    /// where the connection went.
    Pool,
}

/// Where the host and port are, most specific format first.
static LOCATIONS: LazyLock<Vec<(Shape, Pattern)>> = LazyLock::new(|| {
    vec![
        // A server that could not bind names the address and port it wanted. Python's
        // asyncio (uvicorn, aiohttp): error while attempting to bind on address
        // ('0.0.0.0', 8080): ...; Go: listen tcp :28888: bind: ...
        (
            Shape::Parts,
            re(r"\bbind on address \('(?P<h>[^'\s]*)',\s*(?P<p>\d{1,5})"),
        ),
        (
            Shape::Parts,
            re(
                r"\blisten (?:tcp|udp)[46]? \[?(?P<h>[0-9A-Za-z_.:%\-]*?)\]?:(?P<p>\d{1,5}): bind\b",
            ),
        ),
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
            re(&format!(r"connection to (?P<hp>(?:{HOST}):\d+) refused")),
        ),
        // MySQL: Can't connect to MySQL server on 'db1:3306' (111) / Unknown MySQL server host 'x'
        // MariaDB: Can't connect to server on '192.0.2.2' (115) / Unknown server host 'x' (-2)
        (
            Shape::HostPort,
            re(
                r"(?:connect to (?:(?:MySQL|MariaDB) )?server on|(?:MySQL |MariaDB )?server host) [`'‘](?P<hp>[^'’`]+)[`'’]",
            ),
        ),
        // redis-cli: Could not connect to Redis at 127.0.0.1:6379: Connection refused
        (
            Shape::HostPort,
            re(&format!(r"connect to Redis at (?P<hp>(?:{HOST}):\d+)")),
        ),
        // redis-py: Error 111 connecting to localhost:6379. / Error -2 connecting to redis:6379.
        (
            Shape::HostPort,
            re(&format!(
                r"Error -?\d+ connecting to (?P<hp>(?:{HOST}):\d+)"
            )),
        ),
        // urllib3: HTTPConnectionPool(host='localhost', port=8000)
        (
            Shape::Pool,
            re(r"ConnectionPool\(host='(?P<h>[^']+)',? port=(?P<p>\d+)\)"),
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
                r"open TCP connection to (?P<hp>(?:{HOST})(?::\d+)?)"
            )),
        ),
        // Ruby: connect(2) for "localhost" port 3000 / connect(2) for nil port 80
        (
            Shape::Parts,
            re(r#"connect\(2\) for (?:"(?P<h>[^"]+)"|nil) port (?P<p>\d+)"#),
        ),
        // Apache HttpClient: Connect to localhost:8080 [localhost/127.0.0.1] failed
        (
            Shape::HostPort,
            re(&format!(
                r"\bConnect to (?:[a-z][\w+.\-]*://)?(?P<hp>(?:{HOST}):\d+) \["
            )),
        ),
        // Android / libcore: failed to connect to localhost/127.0.0.1 (port 5901) from ...
        (
            Shape::Parts,
            re(&format!(
                r"connect to (?P<n>[A-Za-z0-9][\w.\-]*)?/(?P<h>{ADDR}) ?\(port (?P<p>\d+)\)"
            )),
        ),
        // Kafka / Java InetSocketAddress: (localhost/127.0.0.1:9092), (/10.0.0.5:9092)
        (
            Shape::Parts,
            re(
                r"(?:^|[\s(\[,:])(?P<n>[A-Za-z0-9][\w.\-]*)?/(?P<h>\d{1,3}(?:\.\d{1,3}){3}|[0-9a-fA-F:]+:[0-9a-fA-F:]*[0-9a-fA-F]):(?P<p>\d{1,5})\b",
            ),
        ),
        // kubectl: The connection to the server localhost:8080 was refused
        (
            Shape::HostPort,
            re(r"connection to the server (?P<hp>\S+?) was refused"),
        ),
        // Go: dial tcp: lookup db1 on 10.96.0.10:53: no such host  (the :53 is the DNS server)
        (Shape::Parts, re(r"dial tcp[46]?: lookup (?P<h>[^\s:]+)")),
        // Go's resolver alone: lookup db1 on 192.0.2.99:53: read udp ...->192.0.2.99:53: i/o timeout
        (
            Shape::Parts,
            re(r"\blookup (?P<h>[A-Za-z0-9_\-.]+) on (?:\[[0-9a-fA-F:.%]+\]|[\d.]+):53\b"),
        ),
        // Go net/http: Get "https://name/x": dial tcp 10.0.0.5:443: ... (the dial was for that URL)
        (
            Shape::HostPort,
            re(&format!(
                r#"\b(?:Get|Post|Put|Patch|Delete|Head|Options) \\?"?(?P<n>[a-z][\w+.\-]*://[^\s"\\]+)\\?"?: dial tcp[46]? (?P<hp>(?:{HOST}):\d+)"#
            )),
        ),
        (
            Shape::HostPort,
            re(&format!(r"dial tcp[46]? (?P<hp>(?:{HOST}):\d+)")),
        ),
        (
            Shape::Parts,
            re(r"\blookup (?P<h>[A-Za-z0-9_\-.]+)(?: on \S+)?: no such host"),
        ),
        // LOCAL -> PEER (Go "read tcp 10.0.0.2:51640->10.0.0.5:7002", tunnels and proxies):
        // the peer is the far side.
        (
            Shape::HostPort,
            re(&format!(r"(?:{HOST}):\d+\s?->\s?(?P<hp>(?:{HOST}):\d+)")),
        ),
        // ssh -v: Connecting to db1 [10.0.0.5] port 22.
        (
            Shape::Parts,
            re(r"Connecting to (?P<n>[^\s\[]+) \[(?P<h>[^\]\s]+)\] port (?P<p>\d+)"),
        ),
        // ssh / curl / nc / telnet: connect to host x port 22 / Failed to connect to x port 443 /
        // connectx to x port 9021 / Failed to connect to port 81 (curl with no host)
        (
            Shape::Parts,
            re(r"\bconnectx? to (?:(?:host|address)\s+)?(?:(?P<h>\S+?)\s+)?port (?P<p>\d+)\b"),
        ),
        // Dart: SocketException: OS Error: ..., errno = 111, address = localhost, port = 43992
        // (that port is the local one Dart names, not the one tried)
        (
            Shape::Parts,
            re(r"\berrno = -?\d+\)?, address = (?P<h>[^\s,]+), port = \d+"),
        ),
        // gRPC: last error: UNKNOWN: ipv4:172.28.28.28:65000: Failed to connect to remote host
        (
            Shape::HostPort,
            re(&format!(r"\bipv[46]:(?P<hp>(?:{HOST}):\d+)")),
        ),
        // git: git.kali.org[0: 50.116.58.136]: errno=Connection refused
        (
            Shape::Parts,
            re(&format!(
                r"(?P<n>[A-Za-z0-9][\w.\-]*)\[\d+: (?P<h>{ADDR})\]: errno="
            )),
        ),
        // ssh/telnet: connect to address 10.0.0.5 and port 22: No route to host
        (
            Shape::Parts,
            re(&format!(
                r"\bconnect to address (?P<h>{ADDR}) and port (?P<p>\d+)"
            )),
        ),
        // getaddrinfo() for host perfsonar.example.edu failed / OpenBSD nc: getaddrinfo for host "x" port 80: ...
        (
            Shape::Parts,
            re(
                r#"\bgetaddrinfo(?:\(\))? for host ["']?(?P<h>[A-Za-z0-9][\w\-.]*[\w])["']?(?: port (?P<p>\d{1,5})\b)?"#,
            ),
        ),
        // OpenBSD nc: connect to localhost (127.0.0.1) port 8080 (tcp) failed
        (
            Shape::Parts,
            re(&format!(
                r"\bconnect to (?P<n>[A-Za-z0-9][\w.\-]*) \((?P<h>{ADDR})\) port (?P<p>\d+)"
            )),
        ),
        // ssh: Connection reset by 192.0.2.2 port 22 / Connection closed by authenticating user x 10.0.0.5 port 22
        (
            Shape::Parts,
            re(
                r"\bConnection (?:reset|closed|timed out) by (?:(?:authenticating|invalid) user \S+ )?(?P<h>[^\s\[]+|\[[^\]\s]+\]) port (?P<p>\d+)\b",
            ),
        ),
        // ... to host x port 22; Oracle in any language: ORA-12541: 无法连接。host
        // 10.0.0.11 port 1521 中没有监听程序。
        (
            Shape::Parts,
            re(r"\bhost (?P<h>[^\s'\x22]+?) port (?P<p>\d+)\b"),
        ),
        // Microsoft's JDBC driver in any language: The TCP/IP connection to the host
        // db1, port 1433 has failed; es "al host localhost, puerto 1433", de "mit dem
        // Host db1, Port 1433", fr "à l'hôte db1, port 1433"
        (
            Shape::Parts,
            re(
                r"\bh(?:ost|ôte) ['‘]?(?P<h>[A-Za-z0-9][\w.\-]*|\[[0-9A-Fa-f:.%]+\])['’]?, (?:port[aeo]?|puerto|poort|порт)\s+(?P<p>\d{1,5})\b",
            ),
        ),
        // old curl: Failed connect to github.com:443; No error
        (
            Shape::HostPort,
            re(&format!(r"Failed connect to (?P<hp>(?:{HOST}):\d+)")),
        ),
        // wget: unable to resolve host address 'db1'
        (
            Shape::Parts,
            re(r"resolve host address [`'‘](?P<h>[^'’`]+)[`'’]"),
        ),
        (
            Shape::Parts,
            // (the whole name or nothing: "testserver.a7:4a:3f" is no host to cut short)
            re(
                r#"(?:resolve host|resolve hostname)(?: name)?:? ['"]?(?P<h>[A-Za-z0-9_\-.]+)['"]?(?:[:,;]?\s|$)"#,
            ),
        ),
        // node_redis: Redis connection to redis:6379 failed - getaddrinfo ENOTFOUND redis
        (
            Shape::HostPort,
            re(&format!(
                r"\bRedis connection to (?P<hp>(?:{HOST}):\d+) failed\b"
            )),
        ),
        // libcurl built with c-ares: Could not resolve: todo.test (Domain name not found)
        (
            Shape::Parts,
            re(r"\bcould not resolve: (?P<h>[A-Za-z0-9][A-Za-z0-9_\-.]*) \("),
        ),
        // Java: java.net.UnknownHostException: db1.example.com (: Name or service not known)
        (
            Shape::Parts,
            re(r"UnknownHostException: (?P<h>[A-Za-z0-9][\w\-.]*)(?::|\s|$)"),
        ),
        // wget: Connecting to db1 (db1)|10.0.0.5|:8080... failed
        (
            Shape::Parts,
            re(r"Connecting to (?P<n>[^\s(|]+)(?: \([^)]*\))?\|(?P<h>[^|]+)\|:(?P<p>\d+)"),
        ),
        // BusyBox wget: can't connect to remote host (10.0.0.5): Connection refused
        (
            Shape::Parts,
            re(r"can't connect to remote host \((?P<h>[^)\s]+)\)"),
        ),
        (
            Shape::HostPort,
            re(&format!(r"Connecting to (?P<hp>(?:{HOST}):\d+)\.\.\.")),
        ),
        (
            Shape::Parts,
            re(r"Resolving (?P<h>[A-Za-z0-9_\-.]+?)(?: \([^)]*\))?\.\.\. failed"),
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
        // Node's error object, inspected or as JSON: address: '127.0.0.1', port: 5432;
        // and the same pair as a program's arguments or log: host='10.0.0.5', port=11111,
        // host:127.0.0.1 ,port:5555
        (
            Shape::Pool,
            re(
                r#""?\b(?:address|host)"?\s*[:=]\s*['"]?(?P<h>[^'"\s,]+)['"]?\s*,\s*"?port"?\s*[:=]\s*(?P<p>\d+)"#,
            ),
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
            re(r"TCP connect to \((?P<h>\[[^\]\s]*\]|[^\s:()]+|[0-9a-fA-F:]+) : (?P<p>\d+)\)"),
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
        // Copied from the page, the title runs into the host: "This site can’t be reachedlocalhost".
        (
            Shape::Parts,
            re(r"(?:can.t be reached\s*)?(?P<h>[A-Za-z0-9_\-.]+) refused to connect"),
        ),
        (
            Shape::Parts,
            re(
                r"(?P<h>[A-Za-z0-9_\-.]+?)(?:’|')s (?:server IP address|DNS address) could not be found",
            ),
        ),
        (
            Shape::Parts,
            re(r"(?:can.t be reached\s*)?(?P<h>[A-Za-z0-9_\-.]+) took too long to respond"),
        ),
        // Firefox: The server at example.com is taking too long to respond.
        (
            Shape::Parts,
            re(r"server at (?P<h>[A-Za-z0-9_\-.]+) is taking too long to respond"),
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
        // curl / OpenSSL: SSL_ERROR_SYSCALL in connection to example.com:443
        (
            Shape::HostPort,
            re(&format!(r"\bin connection to (?P<hp>(?:{HOST}):\d+)")),
        ),
        // FreeRDP: xfreerdp /v:host[:port]
        (Shape::HostPort, re(r"(?:^|\s)/v:(?P<hp>[^\s/]+)")),
        // An address or a dotted name that a connection failed to, with no port:
        // curl "Failed to connect to 2001:db8::1: Network is unreachable",
        // "Could not connect to 127.0.0.1: Connection refused", FreeRDP "failed to connect to db1.example.com"
        (
            Shape::Parts,
            re(&format!(
                r"(?m)\b(?:failed to|could not|couldn't|can't|cannot|unable to) connect to (?P<h>{ADDR}|localhost|[A-Za-z0-9][\w\-]*(?:\.[\w\-]+)+)(?::\s|\.?\s*$)"
            )),
        ),
        // libpq in any language: "localhost" (::1) ... — the name it was given and the
        // address it tried, in the words and the quotation marks of the user's language
        // around them (es «localhost» (::1), de „localhost“, ja 「localhost」)
        (
            Shape::Parts,
            re(&format!(
                r#"["«„“‚‘](?P<n>[A-Za-z0-9][\w.\-]*)["»“”‘’] \((?P<h>{ADDR})\)"#
            )),
        ),
    ]
});

/// Where the host and port are when no known format says: after the localised system
/// messages that name a host (see [`phrases::Matches::place`]), any URL, any `host:port`, a
/// command line's host option.
static LOOSE_LOCATIONS: LazyLock<Vec<(Shape, Pattern)>> = LazyLock::new(|| {
    vec![
        // .NET Framework ends the system's message with the address it tried, in any
        // language: "対象のコンピューターによって拒否されたため、接続できませんでした。
        // 194.223.146.160:443". That address, not a URL the program was asked for.
        (
            Shape::HostPort,
            re(r"(?m)[.!?]\s+(?P<hp>(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9A-Fa-f:.%]+\]):\d{1,5})\s*$"),
        ),
        // Any URL: https://db1:8443/x
        (Shape::Url, URL.clone()),
        // Python's socket address: ('127.0.0.1', 49151), ('::1', 8000, 0, 0)
        (
            Shape::Parts,
            re(r"\(\s*'(?P<h>[^'\s]+)',\s*(?P<p>\d{1,5})(?:,\s*\d+){0,2}\s*\)"),
        ),
        // .NET puts the host it tried in parentheses after the system's message, in any
        // language: "请求的名称有效，但是找不到请求的类型的数据。 (raw.githubusercontent.com:443)".
        (
            Shape::HostPort,
            re(&format!(r"[.!?]\s*\((?P<hp>{PARENTHESISED})\)")),
        ),
        // The same on the same line after a message without a full stop (on Linux:
        // "Host is unreachable (sonarr:8989)", "알려진 호스트가 없습니다 (db1.example)"),
        // where a name without dots counts too when a port follows it.
        (
            Shape::HostPort,
            re(&format!(
                r"[^\s\d(\[{{:/\\][ \t]+\((?P<hp>{PARENTHESISED}|[A-Za-z][\w\-]*:\d{{1,5}})\)"
            )),
        ),
        // Any host:port with a plausible host (an address, localhost, or a dotted name).
        (Shape::HostPort, GENERIC_HOST_PORT.clone()),
        // A command line's host option: mysql -h 127.0.0.1, ... --host db1.example.com
        (
            Shape::Parts,
            re(&format!(
                r"(?:^|\s)(?:(?-i:-h)\s*|--host[= ])(?P<h>{ADDR}|localhost|[A-Za-z0-9][\w\-]*(?:\.[\w\-]+)+)(?:\s|$)"
            )),
        ),
        // A program's call in the trace that failed: pymysql.connect(host='localhost', …)
        (
            Shape::Pool,
            re(r#"[(,]\s*host\s*=\s*['"](?P<h>[^'"\s]+)['"]"#),
        ),
    ]
});

/// ssh through a ProxyCommand has no socket and prints "Connection to UNKNOWN port 65535":
/// the peer and its port are not known.
static NO_PEER: LazyLock<Pattern> = LazyLock::new(|| re(r"\bUNKNOWN port 65535\b"));

/// An ssh message line, inside whatever ran ssh (git, Ansible, ...): its port is ssh's.
static SSH_MESSAGE: LazyLock<Pattern> = LazyLock::new(|| re(r"(?m:^[\s*>]*ssh: )"));

static GENERIC_HOST_PORT: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?:^|[\s(\[,'\x22=@`‘“«])(?P<hp>\[[0-9A-Fa-f:.%\w]+\]:\d{1,5}|\d{1,3}(?:\.(?:\d{1,3}|[x*]{1,3})){3}:\d{1,5}|localhost:\d{1,5}|[A-Za-z0-9][\w\-]*(?:\.[\w\-]+)+:\d{1,5})\b",
    )
});

/// Where else a message gives the port of a host it names without one: groups `h` and `p`,
/// used only when `h` is the host already found.
static PORT_HINTS: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    vec![
        // host:port anywhere (Node's "ENOTFOUND db1 db1:80", "I tried localhost:3307")
        re(r"(?:^|[^\w.\-:])(?P<h>[A-Za-z0-9_\-.]+):(?P<p>\d{1,5})\b"),
        re(r"\[(?P<h>[0-9A-Fa-f:.%]+)\]:(?P<p>\d{1,5})\b"),
        // Chrome: "Search Google for localhost 4200"
        re(r"Search Google for (?P<h>\S+) (?P<p>\d{1,5})\b"),
        // telnet host port / nc host port
        re(r"\b(?:telnet|nc|ncat)(?: -\w+)* (?P<h>[^\s\-]\S*) (?P<p>\d{1,5})\b"),
        // Command lines: mysql -h db1 -P 3307, --host db1 --port 3307 (on one line)
        re(
            r"(?:(?-i:-h)\s*|--host[= ])(?P<h>[^\s'\x22-][^\s'\x22]*)[^\n]*?\s(?:(?-i:-P)\s*|--port[= ])(?P<p>\d{1,5})\b",
        ),
        re(
            r"\s(?:(?-i:-P)\s*|--port[= ])(?P<p>\d{1,5})\b[^\n]*?(?:(?-i:-h)\s*|--host[= ])(?P<h>[^\s'\x22-][^\s'\x22]*)",
        ),
    ]
});

/// A name and the address it became, from formats that print both: groups `n` (a name,
/// or a URL whose host is the name), `h` (the address) and optional `p`.
static PAIRS: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    vec![
        // curl -v: Connected to example.com (93.184.216.34) port 443
        re(r"Connected to (?P<n>[^\s(]+) \((?P<h>[^)\s]+)\) port (?P<p>\d+)"),
        // wget: Connecting to db1 (db1)|10.0.0.5|:8080...
        re(r"Connecting to (?P<n>[^\s(|]+)(?: \([^)]*\))?\|(?P<h>[^|]+)\|:(?P<p>\d+)"),
        // BusyBox wget: Connecting to db1 (10.0.0.5:443)
        re(&format!(
            r"Connecting to (?P<n>[^\s(]+) \((?P<h>{ADDR}):(?P<p>\d+)\)"
        )),
        // ssh -v: Connecting to db1 [10.0.0.5] port 22.
        re(r"Connecting to (?P<n>[^\s\[]+) \[(?P<h>[^\]\s]+)\] port (?P<p>\d+)"),
        // Java InetAddress: localhost/127.0.0.1
        re(&format!(
            r"(?:^|[\s(\[,:])(?P<n>[A-Za-z][\w.\-]*)/(?P<h>{ADDR})(?::(?P<p>\d{{1,5}}))?\b"
        )),
        // libpq: host: 'localhost', port: '5433', hostaddr: '::1'
        re(r"host: '(?P<n>[^']+)', port: '(?P<p>\d+)', hostaddr: '(?P<h>[^']+)'"),
        // MongoDB (Node): failed to connect to server [localhost:27017] on first connect [MongoError: connect ECONNREFUSED 127.0.0.1:27017]
        re(&format!(
            r"server \[(?P<n>[^\]\s:]+):(?P<p>\d+)\] on first connect \[\w+: connect E[A-Z]+ (?P<h>{ADDR}):\d+"
        )),
        // telnet db1 23 ... Trying 10.0.0.5... / connect to address 10.0.0.5: ...
        re(&format!(
            r"\btelnet (?P<n>[A-Za-z0-9_\-.]+) (?P<p>\d{{1,5}})\b(?s:.*?)(?:Trying|connect to address) (?P<h>{ADDR})"
        )),
        // Go net/http: Get "https://name/x": dial tcp 10.0.0.5:443
        re(&format!(
            r#"\b(?:Get|Post|Put|Patch|Delete|Head|Options) \\?"?(?P<n>[a-z][\w+.\-]*://[^\s"\\]+)\\?"?: dial tcp[46]? \[?(?P<h>{ADDR})\]?:(?P<p>\d+)"#
        )),
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
    let kept = kept_text(clean);
    let mut clean = join_wrapped_urls(clean);
    if let Some(extra) = neterror_text(&clean) {
        clean.push('\n');
        clean.push_str(&extra);
    }
    // Everything below reads the folded text: full-width forms and CJK punctuation
    // as ASCII, CJK text apart from the Latin text glued to it.
    let clean = fold::fold(&unspaced_url(&unlinked(&clean)));
    let clean = clean.as_str();

    let messages = phrases::in_text(clean);
    let failure = signs::failure_of(clean, &messages);
    let client = CLIENTS
        .iter()
        .find(|(_, r)| r.is_match(clean))
        .map(|(c, _)| c.to_string())
        .or_else(|| messages.client().map(str::to_string));
    let error_code = ERROR_CODE
        .captures(clean)
        .and_then(|c| {
            c.get(1)
                .map(|m| m.as_str().to_ascii_uppercase())
                .or_else(|| c.get(2).or(c.get(3)).map(|m| m.as_str().to_string()))
        })
        .or_else(|| trailing_errno(clean));

    let mut parsed = ParsedError {
        host: None,
        host_name: None,
        port: None,
        port_implied: false,
        failure,
        client,
        error_code,
        socket_path: None,
        text: Some(kept),
        through: None,
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
                .and_then(|(_, p)| p.parse::<u16>().ok())
                .filter(|p| *p > 0)
        {
            parsed.port = Some(port);
        }
        return Ok(parsed);
    }

    let mut scheme_port = None;
    // A proxy that failed ("Cannot connect to proxy", urllib3's SOCKS pool) is where the
    // connection went; the server behind it that the pool and the URLs name is not.
    let behind_proxy = PROXY_FAILED.is_match(clean);
    parsed.through = if behind_proxy {
        Some(Through::Proxy)
    } else if PORT_FORWARD.is_match(clean) {
        Some(Through::PortForward)
    } else {
        None
    };
    let find = |list: &[(Shape, Pattern)], loose: bool| {
        list.iter().find_map(|(shape, regex)| {
            if behind_proxy && matches!(shape, Shape::Pool | Shape::Url) {
                return None;
            }
            regex.captures_iter(clean).find_map(|c| {
                // Loosely found, an address the program listens on or was reached from
                // ("proxy listening on 127.0.0.1:13129") is not the one it tried.
                if loose && !matches!(shape, Shape::Url) && own_address(clean, c.get(0)?.start()) {
                    return None;
                }
                read_location(*shape, &c)
            })
        })
    };
    let found = find(&LOCATIONS, false)
        .or_else(|| {
            let place = messages.place(clean)?;
            // Copied from a browser's page, the title runs into the host
            // ("Ce site est inaccessible127.0.0.1 n'autorise pas la connexion.").
            let name = place
                .host
                .map(|h| unglued_address(&h).map_or(h.clone(), str::to_string))
                .filter(|h| plausible_host(h));
            let address = place.address.filter(|a| is_address(a));
            Some(Location {
                host: Some(address.clone().or(name.clone())?),
                port: place.port,
                name: address.and(name),
                scheme_port: None,
            })
        })
        .or_else(|| find(&LOOSE_LOCATIONS, true))
        .or_else(|| lone_address(clean));
    if let Some(found) = found {
        parsed.host = found.host.map(|h| unmapped(&h));
        parsed.host_name = found.name.filter(|n| Some(n) != parsed.host.as_ref());
        parsed.port = found.port;
        scheme_port = found.scheme_port;
    }

    if let Some(host) = parsed.host.clone() {
        // The port of a host named without one, where the message gives it elsewhere.
        if parsed.port.is_none() {
            parsed.port = PORT_HINTS.iter().find_map(|r| {
                r.captures_iter(clean).find_map(|c| {
                    let h = clean_host(c.name("h")?.as_str());
                    let p = port_of(c.name("p")?.as_str())?;
                    h.eq_ignore_ascii_case(&host).then_some(p)
                })
            });
        }
        // "Could not resolve host: git.example.com" names no port, but the URL beside it may.
        if parsed.port.is_none()
            && let Some(url) = urls(clean).find(|l| {
                l.host
                    .as_deref()
                    .is_some_and(|h| h.eq_ignore_ascii_case(&host))
            })
        {
            parsed.port = url.port;
            scheme_port = url.scheme_port;
        }
        if parsed.host_name.is_none() {
            pair_name_and_address(clean, &mut parsed);
        }
        if parsed.host_name.is_none() {
            name_from_url(clean, &mut parsed, &mut scheme_port);
        }
    }

    // No port beside the host: one the words give, else the scheme's or client's own.
    if parsed.port.is_none() && !NO_PEER.is_match(clean) {
        parsed.port = worded_port(clean);
        if parsed.port.is_none() {
            let default = scheme_port
                .or_else(|| parsed.client.as_deref().and_then(client_default_port))
                .or_else(|| SSH_MESSAGE.is_match(clean).then_some(22));
            if let Some(port) = default {
                parsed.port = Some(port);
                parsed.port_implied = true;
            }
        }
    }
    Ok(parsed)
}

/// "Connection refused on port 10872", "sulla porta 5432", "5432 포트로": the port the
/// words give when no address did, if they give one port only. Not one the program
/// itself listens on or connects from ("listening on port 3000", "local port").
fn worded_port(text: &str) -> Option<u16> {
    let mut found = None;
    for c in PORT_WORD.captures_iter(text) {
        let m = c.get(0)?;
        let line_start = text[..m.start()].rfind('\n').map_or(0, |i| i + 1);
        // Letter by letter (Cyrillic too): str::to_lowercase's final-sigma rule is a
        // few kilobytes of the web edition that no word here needs.
        let before: String = text[line_start..m.start()]
            .chars()
            .flat_map(char::to_lowercase)
            .collect();
        if PORT_WORD_NOT_TRIED.is_match(&before) {
            continue;
        }
        let port = ["a", "b", "c"]
            .iter()
            .find_map(|g| c.name(g))
            .and_then(|p| port_of(p.as_str()))?;
        match found {
            Some(f) if f != port => return None,
            _ => found = Some(port),
        }
    }
    found
}

static PORT_WORD: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\b(?:port|porta|puerto|porte|poort)\s+(?P<a>\d{1,5})\b|(?:порт[а-яё]*|端口|ポート)\s*(?P<b>\d{1,5})\b|\b(?P<c>\d{1,5})\s*(?:포트|番ポート)",
    )
});

/// Words before a port that make it the program's own, not the one it tried.
static PORT_WORD_NOT_TRIED: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"listen|serving|running|started|\blocal\b|\bsource\b|\bfrom\b|connected by|accepted|слуша|监听|本地",
    )
});

/// Whether the words just before `at` (on its line) make the address there the
/// program's own: one it listens on, serves on, or was reached from.
fn own_address(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let mut from = at.saturating_sub(40).max(line_start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    PORT_WORD_NOT_TRIED.is_match(&text[from..at])
}

/// A proxy that could not be reached: urllib3's "Cannot connect to proxy" and its
/// SOCKS pools, git's and curl's "proxy" failures.
static PROXY_FAILED: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"cannot connect to proxy|unable to connect to proxy|\bproxyerror\b|\bsocks(?:https?)?connectionpool\b|failed to connect to (?:the )?proxy|proxy connect(?:ion)? (?:failed|refused|aborted)|\berr_proxy_connection_failed\b|tunneling socket could not be established",
    )
});

/// kubectl port-forward's failure inside the pod ("error forwarding port 8080 to pod
/// …", "an error occurred forwarding 8080 -> 8080").
static PORT_FORWARD: LazyLock<Pattern> = LazyLock::new(|| {
    re(r"error forwarding port (\d+) to pod|an error occurred forwarding \d+ -> (\d+)")
});

/// The one IP address a text names, when no format says where the connection went
/// ("127.0.0.1 已拒绝连接。", "Подключено к маршрутизатору 192.168.0.220"): an address
/// literal standing as a word of its own, the same one every time it appears, not the
/// unspecified 0.0.0.0 or ::, and not a client or a value (`for 10.0.0.7`, `= 10.0.0.7`).
fn lone_address(text: &str) -> Option<Location> {
    let mut found: Option<String> = None;
    for m in LONE_ADDRESS.captures_iter(text) {
        // "Started POST for 127.0.0.1", "from 10.0.0.7": a server's log names its
        // client so; "id = 127.0.0.1" is a value. Neither is where a connection went.
        let a_match = m.name("a")?;
        let before = text[..a_match.start()].trim_end().to_ascii_lowercase();
        if before.ends_with('=')
            || before.ends_with(" for")
            || before.ends_with(" from")
            || own_address(text, a_match.start())
        {
            continue;
        }
        let a = a_match.as_str();
        let Ok(ip) = a.parse::<std::net::IpAddr>() else {
            continue;
        };
        if ip.is_unspecified() {
            continue;
        }
        match &found {
            Some(f) if f != a => return None,
            _ => found = Some(a.to_string()),
        }
    }
    Some(Location {
        host: Some(found?),
        port: None,
        name: None,
        scheme_port: None,
    })
}

static LONE_ADDRESS: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?:^|[\s(\[,'\x22=@:/])(?P<a>\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7})(?:$|[\s)\],'\x22.;:!?])",
    )
});

/// A message copied from a Markdown page (an issue, a ticket) has its host names made
/// links: `[www.okx.com](https://www.okx.com/)`. The link is the name again.
fn unlinked(text: &str) -> Cow<'_, str> {
    MARKDOWN_LINK.replace_all(text, |c: &Captures<'_>| {
        let (name, url) = (&c["t"], &c["u"]);
        let authority = url
            .split_once("://")
            .map_or(url, |(_, rest)| rest)
            .trim_end_matches('/');
        if authority.eq_ignore_ascii_case(name) {
            name.to_string()
        } else {
            c[0].to_string()
        }
    })
}

/// A URL with a space after its colons, as some editors and translators write it
/// ("[tcp: //127.0.0.1: 6379]"), is the URL without them.
fn unspaced_url(text: &str) -> Cow<'_, str> {
    SPACED_URL.replace_all(text, |c: &Captures<'_>| {
        let port = c
            .name("p")
            .map_or(String::new(), |p| format!(":{}", p.as_str()));
        format!("{}://{}{port}", &c["s"], &c["h"])
    })
}

static SPACED_URL: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\b(?P<s>[a-z][a-z0-9+.\-]*): //(?P<h>[A-Za-z0-9_\-.]+|\[[0-9A-Fa-f:.]+\])(?:: (?P<p>\d{1,5})\b)?",
    )
});

static MARKDOWN_LINK: LazyLock<Pattern> = LazyLock::new(|| {
    re(r"\[(?P<t>[^\]\s\[()]{1,255})\]\((?P<u>[a-z][a-z0-9+.\-]*://[^)\s]{1,300})\)")
});

/// An IPv4 address that a dual-stack socket shows as IPv6 (`::ffff:127.0.0.1`, as
/// .NET prints it) is that IPv4 address.
fn unmapped(host: &str) -> String {
    let lower = host.to_ascii_lowercase();
    match lower.strip_prefix("::ffff:") {
        Some(v4) if v4.parse::<std::net::Ipv4Addr>().is_ok() => v4.to_string(),
        _ => host.to_string(),
    }
}

/// Consoles hard-wrap long lines (PowerShell and cmd at 80 columns): a URL cut at the end
/// of a full line goes on at the start of the next, so the two are joined.
fn join_wrapped_urls(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        let Some(next) = lines.peek() else {
            out.push_str(line);
            break;
        };
        let line = line.strip_suffix('\r').unwrap_or(line);
        let full = (79..=80).contains(&line.chars().count());
        let cut_url = !line.ends_with(char::is_whitespace)
            && line
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|t| t.contains("://"));
        let continues = next.starts_with(|c: char| !c.is_whitespace());
        out.push_str(line);
        if !(full && cut_url && continues) {
            out.push('\n');
        }
    }
    out
}

/// The decoded address and description of a Firefox error page URL, if the text has one.
fn neterror_text(text: &str) -> Option<String> {
    let query = NETERROR.captures(text)?.name("query")?.as_str();
    let parts: Vec<String> = query
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .filter(|(k, _)| matches!(*k, "u" | "d"))
        .map(|(_, v)| percent_decode(v))
        .collect();
    (!parts.is_empty()).then(|| parts.join("\n"))
}

/// Decodes `%XX` escapes; anything malformed is kept as it is.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let decoded = match (bytes.get(i), bytes.get(i + 1), bytes.get(i + 2)) {
            (Some(b'%'), Some(&hi), Some(&lo)) => match (hex_value(hi), hex_value(lo)) {
                (Some(hi), Some(lo)) => Some(hi * 16 + lo),
                _ => None,
            },
            _ => None,
        };
        match decoded {
            Some(b) => {
                out.push(b);
                i += 3;
            }
            None => {
                if let Some(&b) = bytes.get(i) {
                    out.push(b);
                }
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Every URL in the text that names a host and a port (given or the scheme's).
fn urls(text: &str) -> impl Iterator<Item = Location> + '_ {
    URL.captures_iter(text)
        .filter_map(|c| read_location(Shape::Url, &c))
}

fn is_address(host: &str) -> bool {
    host.parse::<std::net::IpAddr>().is_ok()
        || host
            .split_once('%')
            .is_some_and(|(a, _)| a.parse::<Ipv6Addr>().is_ok())
}

/// Fills in the name of an address, or the address of a name, where the message prints
/// both ("Connected to db1 (10.0.0.5)", "localhost/127.0.0.1", ...). The address is the
/// host; the name goes in `host_name`.
fn pair_name_and_address(text: &str, parsed: &mut ParsedError) {
    let Some(host) = parsed.host.clone() else {
        return;
    };
    let host_is_address = is_address(&host);
    for regex in PAIRS.iter() {
        for c in regex.captures_iter(text) {
            let (Some(n), Some(h)) = (c.name("n"), c.name("h")) else {
                continue;
            };
            let name = name_of(n.as_str());
            let addr = clean_host(h.as_str());
            let Some(name) = name.filter(|n| plausible_host(n) && !is_address(n)) else {
                continue;
            };
            if !is_address(&addr) {
                continue;
            }
            let port = c.name("p").and_then(|p| port_of(p.as_str()));
            let matches = if host_is_address {
                addr.eq_ignore_ascii_case(&host)
            } else {
                name.eq_ignore_ascii_case(&host)
            };
            if !matches || (parsed.port.is_some() && port.is_some() && parsed.port != port) {
                continue;
            }
            parsed.host = Some(addr);
            parsed.host_name = Some(name);
            if parsed.port.is_none() {
                parsed.port = port;
            }
            return;
        }
    }
}

/// An address with no name takes the name of the URL the message was about, when exactly
/// one name is in URLs for that port (`wscat -c ws://localhost:9001` ... `ECONNREFUSED ::1:9001`).
fn name_from_url(text: &str, parsed: &mut ParsedError, scheme_port: &mut Option<u16>) {
    if !parsed.host.as_deref().is_some_and(is_address) {
        return;
    }
    let mut found: Option<Location> = None;
    for url in urls(text) {
        let Some(name) = url.host.as_deref() else {
            continue;
        };
        if is_address(name) {
            continue;
        }
        let url_port = url.port.or(url.scheme_port);
        if parsed.port.is_some() && url_port != parsed.port {
            continue;
        }
        match &found {
            Some(f)
                if f.host
                    .as_deref()
                    .is_some_and(|h| !h.eq_ignore_ascii_case(name)) =>
            {
                return;
            }
            Some(_) => {}
            None => found = Some(url),
        }
    }
    if let Some(url) = found {
        parsed.host_name = url.host;
        if parsed.port.is_none() {
            parsed.port = url.port;
            *scheme_port = url.scheme_port;
        }
    }
}

/// The port a client uses when none is given. PHP is a language, not a server: its
/// messages name no default port.
pub fn client_default_port(client: &str) -> Option<u16> {
    match client {
        "postgresql" => Some(5432),
        "mysql" => Some(3306),
        "redis" => Some(6379),
        "mongodb" => Some(27017),
        "ssh" => Some(22),
        "rdp" => Some(3389),
        "kafka" => Some(9092),
        _ => None,
    }
}

struct Location {
    host: Option<String>,
    port: Option<u16>,
    name: Option<String>,
    /// The default port of a URL's scheme, used when the URL has none.
    scheme_port: Option<u16>,
}

/// What a captured host turned out to be.
enum HostRead {
    Host(String),
    /// No host, but the message format is right: an empty host, Ruby's `nil`, a
    /// placeholder such as `[ServerIP]` or a redacted `xx.xx.xx.xx`. The port still counts.
    Absent,
    /// Not a host: the pattern caught something else.
    Bad,
}

fn read_host(raw: &str, in_url: bool) -> HostRead {
    let t = raw
        .trim()
        .trim_matches(|c| "\"'`‘’“”".contains(c))
        .trim_end_matches(['.', ',', ';']);
    if let Some(inner) = t.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
        if !inner.contains(':') {
            return HostRead::Absent;
        }
    } else if (t.starts_with('<') && t.ends_with('>')) || (t.starts_with('{') && t.ends_with('}')) {
        return HostRead::Absent;
    }
    let host = clean_host(t);
    let host = unglued_address(&host).map(str::to_string).unwrap_or(host);
    let lower = host.to_ascii_lowercase();
    // `undefined`, `null`, `None`: the word a program wrote for a setting with no value
    // is the host it tried (the explanation says so: `message-host-unset`).
    if lower.is_empty() || redacted_address(&lower) {
        return HostRead::Absent;
    }
    let ok = if in_url {
        validate_host(&host).is_ok()
    } else {
        plausible_host(&host)
    };
    if ok {
        HostRead::Host(host)
    } else {
        HostRead::Bad
    }
}

/// `xx.xx.xx.xx`, `x.x.x.x`, `***.***.***.***`, `52.x.x.x`, `23.***.22.30`: an IPv4
/// address hidden, in whole or in part, by the poster.
fn redacted_address(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    let masked = |l: &&str| !l.is_empty() && l.chars().all(|c| c == 'x' || c == '*');
    let number = |l: &&str| (1..=3).contains(&l.len()) && l.chars().all(|c| c.is_ascii_digit());
    labels.len() == 4 && labels.iter().any(masked) && labels.iter().all(|l| masked(l) || number(l))
}

/// A name whose last label is a number is no DNS name; when it is words glued to an
/// IPv4 address (`erreichbar192.168.200.28`, a page's lines run together), the address.
fn unglued_address(host: &str) -> Option<&str> {
    let start = host.find(|c: char| c.is_ascii_digit())?;
    let (words, address) = host.split_at(start);
    (!words.is_empty()
        && words.chars().all(|c| c.is_alphabetic())
        && address.parse::<std::net::Ipv4Addr>().is_ok())
    .then_some(address)
}

/// The host of a name group, which may be a bare name or a URL.
fn name_of(text: &str) -> Option<String> {
    let text = text.trim();
    if text.contains("://") {
        return url_authority(text)
            .map(|(h, _, _)| h)
            .filter(|h| validate_host(h).is_ok());
    }
    let name = clean_host(text);
    plausible_host(&name).then_some(name)
}

/// Host, port and scheme of a URL.
fn url_authority(url: &str) -> Option<(String, Option<u16>, String)> {
    let (scheme, rest) = url.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let authority = authority.rsplit_once('@').map_or(authority, |(_, a)| a);
    let (h, p) = split_host_port(authority, false)?;
    Some((h, p, scheme.to_ascii_lowercase()))
}

fn read_location(shape: Shape, caps: &Captures<'_>) -> Option<Location> {
    let get = |name: &str| caps.name(name).map(|m| m.as_str());
    let (raw_host, port, scheme_port, in_url) = match shape {
        Shape::Parts | Shape::Pool => {
            // A setting the poster hid (`host='xxx'`) names nothing; the message may
            // name the host elsewhere.
            if matches!(shape, Shape::Pool)
                && get("h").is_some_and(|h| h.chars().all(|c| matches!(c, 'x' | 'X' | '*')))
            {
                return None;
            }
            let port = match get("p") {
                Some(p) => Some(port_of(p)?),
                None => None,
            };
            (get("h").map(str::to_string), port, None, false)
        }
        Shape::HostPort => {
            let (h, p) = split_host_port(get("hp")?, false)?;
            (Some(h), p, None, false)
        }
        Shape::HostPortV6Suffix => {
            let (h, p) = split_host_port(get("hp")?, true)?;
            (Some(h), p, None, false)
        }
        Shape::Url => {
            if get("see").is_some() {
                return None;
            }
            let (h, p, scheme) = url_authority(get("url")?)?;
            if documentation_site(&h) {
                return None;
            }
            let base = scheme.split('+').next().unwrap_or(&scheme);
            let scheme_port = services::by_name(base).map(|s| s.port);
            if p.is_none() && scheme_port.is_none() {
                return None;
            }
            (Some(h), p, scheme_port, true)
        }
    };
    let host = match raw_host.as_deref().map(|h| read_host(h, in_url)) {
        Some(HostRead::Host(h)) => Some(h),
        Some(HostRead::Bad) => return None,
        Some(HostRead::Absent) | None => {
            port?;
            None
        }
    };
    Some(Location {
        host,
        port,
        name: get("n").and_then(name_of),
        scheme_port,
    })
}

/// A site of documentation, which an error message links to for its code
/// ("https://docs.oracle.com/error-help/db/ora-12541/", "https://aka.ms/…"): not where
/// the connection went.
fn documentation_site(host: &str) -> bool {
    let h = host.to_ascii_lowercase();
    [
        "docs.",
        "doc.",
        "help.",
        "learn.",
        "support.",
        "developer.",
        "developers.",
    ]
    .iter()
    .any(|p| h.starts_with(p) && h.matches('.').count() >= 2)
        || matches!(h.as_str(), "aka.ms" | "go.microsoft.com")
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
        .trim_end_matches([']', '.', ',', ';'])
        .to_string()
}

/// Splits `host:port`, `[v6]:port`, `host` and, with `v6_suffix`, `::1:3000`. A bracketed
/// word that is no IPv6 address (`[ServerIP]:80`) keeps its brackets: it is a placeholder.
fn split_host_port(text: &str, v6_suffix: bool) -> Option<(String, Option<u16>)> {
    let t = text.trim().trim_end_matches(|c| ".,;)'\"’".contains(c));
    if let Some(inner) = t.strip_prefix('[') {
        let (h, after) = inner.split_once(']')?;
        let port = match after.strip_prefix(':') {
            Some(p) => Some(port_of(p)?),
            None => None,
        };
        let h = if h.contains(':') {
            h.to_string()
        } else {
            format!("[{h}]")
        };
        return Some((h, port));
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
            | "address"
    )
}

/// Every pattern of the parser, for the tests that compile them all.
#[cfg(test)]
pub(crate) fn patterns() -> Vec<&'static Pattern> {
    let mut all: Vec<&'static Pattern> = vec![
        &ANSI,
        &NETERROR,
        &ERROR_CODE,
        &SOCKET_PATH,
        &URL,
        &NO_PEER,
        &SSH_MESSAGE,
        &GENERIC_HOST_PORT,
        &PORT_WORD,
        &PORT_WORD_NOT_TRIED,
        &PORT_FORWARD,
        &LONE_ADDRESS,
        &PROXY_FAILED,
        &MARKDOWN_LINK,
        &SPACED_URL,
    ];
    all.extend(CLIENTS.iter().map(|(_, p)| p));
    all.extend(
        LOCATIONS
            .iter()
            .chain(LOOSE_LOCATIONS.iter())
            .map(|(_, p)| p),
    );
    all.extend(PORT_HINTS.iter().chain(PAIRS.iter()));
    all.extend(signs::patterns());
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[allow(clippy::panic, reason = "a test fails by panicking")]
    fn parse(text: &str) -> ParsedError {
        match parse_error_text(text) {
            Ok(p) => p,
            Err(e) => panic!("{text:?}: {e}"),
        }
    }

    fn read(text: &str) -> (Option<String>, Option<u16>, Failure) {
        let p = parse(text);
        (p.host, p.port, p.failure)
    }

    fn want(
        host: &str,
        port: Option<u16>,
        failure: Failure,
    ) -> (Option<String>, Option<u16>, Failure) {
        (Some(host.to_string()), port, failure)
    }

    #[test]
    fn localised_windows_messages_with_full_width_punctuation() {
        assert_eq!(
            read("由于目标计算机积极拒绝，无法连接。 127.0.0.1:7890"),
            want("127.0.0.1", Some(7890), Failure::Refused)
        );
        assert_eq!(
            read("由于目标计算机积极拒绝，无法连接。（127.0.0.1：7890）"),
            want("127.0.0.1", Some(7890), Failure::Refused)
        );
        assert_eq!(
            read("连接127.0.0.1:7890失败：拒绝连接"),
            want("127.0.0.1", Some(7890), Failure::Refused)
        );
        assert_eq!(
            read("curl: (7) Failed to connect to db1 port 5432: Verbindungsaufbau abgelehnt"),
            want("db1", Some(5432), Failure::Refused)
        );
        // psql in Spanish and German: libpq's own translations name host, address and port.
        let p = parse(
            "psql: error: falló la conexión al servidor en «db1.example.com» (10.0.0.5), puerto 5433: Conexión rehusada",
        );
        assert_eq!(
            (p.host.as_deref(), p.host_name.as_deref(), p.port, p.failure),
            (
                Some("10.0.0.5"),
                Some("db1.example.com"),
                Some(5433),
                Failure::Refused
            )
        );
        assert_eq!(p.client.as_deref(), Some("postgresql"));
        let p = parse(
            "psql: Fehler: Verbindung zum Server auf »db1« (10.0.0.5), Port 5432 fehlgeschlagen: Verbindungsaufbau abgelehnt",
        );
        assert_eq!(
            (p.host.as_deref(), p.port, p.failure),
            (Some("10.0.0.5"), Some(5432), Failure::Refused)
        );
        let p = parse("无法访问此网站\nlocalhost 拒绝了我们的连接请求。\nERR_CONNECTION_REFUSED");
        assert_eq!(
            (p.host.as_deref(), p.failure),
            (Some("localhost"), Failure::Refused)
        );
        assert_eq!(p.client.as_deref(), Some("browser"));
    }

    #[test]
    fn what_real_clients_here_print() {
        assert_eq!(
            read(
                "curl: (7) Failed to connect to 192.0.2.2 port 8080 after 0 ms: Couldn't connect to server"
            ),
            want("192.0.2.2", Some(8080), Failure::Refused)
        );
        let p = parse("ERROR 2002 (HY000): Can't connect to server on '192.0.2.2' (115)");
        assert_eq!(
            (p.host.as_deref(), p.failure),
            (Some("192.0.2.2"), Failure::Other)
        );
        assert_eq!(p.client.as_deref(), Some("mysql"));
        let p = parse("ERROR 2005 (HY000): Unknown server host 'nosuch.invalid' (-2)");
        assert_eq!(
            (p.host.as_deref(), p.failure),
            (Some("nosuch.invalid"), Failure::Dns)
        );
        let p = parse(
            "dial tcp: lookup db.example on 192.0.2.99:53: read udp 192.0.2.1:40000->192.0.2.99:53: i/o timeout",
        );
        assert_eq!(
            (p.host.as_deref(), p.failure),
            (Some("db.example"), Failure::Dns)
        );
        let p = parse(
            "lookup db.example on 192.0.2.99:53: read udp 192.0.2.1:40000->192.0.2.99:53: i/o timeout",
        );
        assert_eq!(
            (p.host.as_deref(), p.port, p.failure),
            (Some("db.example"), None, Failure::Dns)
        );
        assert_eq!(
            read("Connection reset by 192.0.2.2 port 22"),
            want("192.0.2.2", Some(22), Failure::Reset)
        );
        let p = parse(
            "nc: connect to localhost (127.0.0.1) port 8080 (tcp) failed: Connection refused",
        );
        assert_eq!(
            (p.host.as_deref(), p.host_name.as_deref(), p.port),
            (Some("127.0.0.1"), Some("localhost"), Some(8080))
        );
        let p = parse(
            "Exception in thread \"main\" java.net.UnknownHostException: db1.example.com\n\tat java.base/java.net.InetAddress.getAllByName0(InetAddress.java:1525)",
        );
        assert_eq!(
            (p.host.as_deref(), p.failure),
            (Some("db1.example.com"), Failure::Dns)
        );
        assert_eq!(
            parse("java.nio.channels.UnresolvedAddressException").failure,
            Failure::Dns
        );
        let p = parse("Ncat: Version 7.93 ( https://nmap.org/ncat )\nNcat: Connection refused.");
        assert_eq!((p.host, p.failure), (None, Failure::Refused));
    }

    #[test]
    fn more_client_formats_and_decoys() {
        // Dart names its own local port beside the address.
        let p = parse(
            "SocketException: OS Error: Connection refused, errno = 111, address = localhost, port = 43992",
        );
        assert_eq!(
            (p.host.as_deref(), p.port, p.failure),
            (Some("localhost"), None, Failure::Refused)
        );
        // The Win32 number of a refusal, as Dart on Windows prints it.
        assert_eq!(
            parse("(OS Error: x, errno = 1225), address = 127.0.0.1, port = 4160").failure,
            Failure::Refused
        );
        assert_eq!(
            read(
                "last error: UNKNOWN: ipv4:172.28.28.28:65000: Failed to connect to remote host: connect: Connection refused (61)"
            ),
            want("172.28.28.28", Some(65000), Failure::Refused)
        );
        let p = parse(
            "fatal: unable to connect to git.kali.org:\ngit.kali.org[0: 50.116.58.136]: errno=Connection refused",
        );
        assert_eq!(
            (p.host.as_deref(), p.host_name.as_deref()),
            (Some("50.116.58.136"), Some("git.kali.org"))
        );
        // .NET prints IPv4 through a dual-stack socket as ::ffff:a.b.c.d.
        assert_eq!(
            read(
                "No connection could be made because the target machine actively refused it. [::ffff:127.0.0.1]:10809"
            ),
            want("127.0.0.1", Some(10809), Failure::Refused)
        );
        // aiohttp's connection key names ssl without any TLS problem.
        assert_eq!(
            parse("Cannot connect to host 127.0.0.1:10809 ssl:<ssl.SSLContext object at 0x7f> [Connect call failed ('127.0.0.1', 10809)]").failure,
            Failure::Other
        );
    }

    #[test]
    fn what_clients_print_in_other_languages_here() {
        // psql in Chinese puts the port right after its word (tests/lab/clients.sh).
        assert_eq!(
            read(
                "psql: 错误: 连接到\"10.213.9.2\"上的服务器，端口80失败：拒绝连接\n\t服务器是否在该主机上运行并接受TCP/IP连接?"
            ),
            want("10.213.9.2", Some(80), Failure::Refused)
        );
        assert_eq!(
            read(
                "nc: getaddrinfo for host \"nosuch.invalid\" port 80: Temporary failure in name resolution"
            ),
            want("nosuch.invalid", Some(80), Failure::Dns)
        );
    }

    #[test]
    fn the_one_address_of_a_text_is_the_host_but_not_a_client_or_a_value() {
        assert_eq!(
            read("无法访问此页面 127.0.0.1 已拒绝连接。"),
            want("127.0.0.1", None, Failure::Refused)
        );
        assert_eq!(
            parse("Started POST \"/x\" for 127.0.0.1 at 2013-06-27 11:50:52: Connection refused")
                .host,
            None
        );
        assert_eq!(
            parse("select * from t where id = 127.0.0.1: Connection refused").host,
            None
        );
        // Two different addresses: none is the one.
        assert_eq!(
            parse("10.0.0.1 and 10.0.0.2: Connection refused").host,
            None
        );
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
    fn the_code_a_message_carries() {
        let code = |text: &str| parse(text).error_code;
        assert_eq!(
            code("ERROR 2003 (HY000): Can't connect to MySQL server on 'db1' (111)").as_deref(),
            Some("111")
        );
        assert_eq!(
            code("Can't connect to server on 'db1' (61)  \n").as_deref(),
            Some("61")
        );
        assert_eq!(
            code("Can't connect to server on 'db1' (115) at start").as_deref(),
            None
        );
        assert_eq!(code("failed (1234)"), None);
        assert_eq!(
            code("[Errno 111] Connection refused (104)").as_deref(),
            Some("111")
        );
        assert_eq!(code("os error 10061").as_deref(), Some("10061"));
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

    #[test]
    fn local_address_before_the_arrow_is_not_the_peer() {
        let p = parse("read tcp 10.0.0.2:51640->10.0.0.9:7002: read: connection reset by peer");
        assert_eq!((p.host.as_deref(), p.port), (Some("10.0.0.9"), Some(7002)));
        assert_eq!(p.client.as_deref(), Some("go"));
        assert_eq!(p.failure, Failure::Reset);
        // A redacted address still gives the port.
        let p =
            parse("read tcp xx.xx.xx.xx:51640->xx.xx.xx.xx:7002: read: connection reset by peer");
        assert_eq!((p.host, p.port), (None, Some(7002)));
    }

    #[test]
    fn keywords_glued_to_cjk_text_still_count() {
        let p = parse("日志一直是dial tcp 10.0.0.9:12984: connect: connection refused");
        assert_eq!(p.client.as_deref(), Some("go"));
        assert_eq!((p.host.as_deref(), p.port), (Some("10.0.0.9"), Some(12984)));
    }

    #[test]
    fn placeholders_are_no_host_but_keep_the_port() {
        let p = parse("WARNING: TCP connect to ([ServerIP] : 26900) failed");
        assert_eq!((p.host, p.port), (None, Some(26900)));
        let p = parse("Errno::ECONNREFUSED: Connection refused - connect(2) for nil port 80");
        assert_eq!((p.host, p.port), (None, Some(80)));
        assert_eq!(p.client.as_deref(), Some("ruby"));
    }

    #[test]
    fn documentation_links_are_not_the_host() {
        let p = parse(
            "cURL error 28: Connection timed out after 4514 milliseconds (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://api.example.com/x",
        );
        assert_eq!(p.host.as_deref(), Some("api.example.com"));
        assert_eq!((p.port, p.port_implied), (Some(443), true));
        assert_eq!(p.client.as_deref(), Some("php"));
    }

    #[test]
    fn generic_connect_failures_name_no_cause() {
        let p = parse("Invoke-WebRequest : Unable to connect to the remote server");
        assert_eq!(p.failure, Failure::Other);
        let p = parse("Unable to connect to the server: dial tcp 10.1.0.2:6443: i/o timeout");
        assert_eq!(p.failure, Failure::Timeout);
        assert_eq!(p.client.as_deref(), Some("kubectl"));
        let p = parse(
            "curl: (7) Failed to connect to example.com port 443 after 21048 ms: Couldn't connect to server",
        );
        assert_eq!(p.failure, Failure::Other);
        // A parameter name is no timeout.
        let p = parse("Invoke-WebRequest -TimeoutSec 5 : Unable to connect to the remote server");
        assert_eq!(p.failure, Failure::Other);
    }

    #[test]
    fn name_and_address_are_paired() {
        let p = parse(
            "HttpHostConnectException: Connect to localhost:8080 [localhost/127.0.0.1] failed: Connection refused",
        );
        assert_eq!(p.host.as_deref(), Some("127.0.0.1"));
        assert_eq!(p.host_name.as_deref(), Some("localhost"));
        assert_eq!(p.port, Some(8080));
        let p = parse(
            "telnet db1.example.com 2323\nTrying 10.0.0.5...\ntelnet: Unable to connect to remote host: Connection refused",
        );
        assert_eq!(p.host.as_deref(), Some("10.0.0.5"));
        assert_eq!(p.host_name.as_deref(), Some("db1.example.com"));
        assert_eq!(p.port, Some(2323));
    }

    #[test]
    fn an_address_takes_the_name_of_the_url_on_its_port() {
        let p = parse("$ wscat -c ws://localhost:9001\nerror: connect ECONNREFUSED ::1:9001");
        assert_eq!((p.host.as_deref(), p.port), (Some("::1"), Some(9001)));
        assert_eq!(p.host_name.as_deref(), Some("localhost"));
        // Another port: the URL is not what failed.
        let p = parse("GET https://example.com/x\nconnect ECONNREFUSED 127.0.0.1:7980");
        assert_eq!(p.host_name, None);
    }

    #[test]
    fn windows_error_text_alone_names_no_client() {
        let p = parse(
            "Error: No connection could be made because the target machine actively refused it. during attempt to connect to 127.0.0.1:6000",
        );
        assert_eq!(p.client, None);
        assert_eq!(p.failure, Failure::Refused);
        let p = parse(
            "SocketException: Connection refused (OS Error: Connection refused, errno = 111)",
        );
        assert_eq!(p.client, None);
    }

    #[test]
    fn chrome_title_glued_to_the_host() {
        let p = parse(
            "This site can’t be reachedlocalhost refused to connect.\nSearch Google for localhost 4200\nERR_CONNECTION_REFUSED",
        );
        assert_eq!((p.host.as_deref(), p.port), (Some("localhost"), Some(4200)));
        assert_eq!(p.client.as_deref(), Some("browser"));
    }

    #[test]
    fn firefox_error_page_address_is_decoded() {
        let p = parse(
            "DOMContentLoaded for about:neterror?e=connectionFailure&u=http%3A//localhost%3A56900/_test&c=UTF-8&d=Firefox%20can%E2%80%99t%20establish%20a%20connection%20to%20the%20server%20at%20localhost%3A56900.",
        );
        assert_eq!(
            (p.host.as_deref(), p.port),
            (Some("localhost"), Some(56900))
        );
        assert_eq!(p.failure, Failure::Refused);
        assert_eq!(percent_decode("%E2%80%99%zz%4%"), "’%zz%4%");
        assert_eq!(percent_decode("%ff%"), "\u{fffd}%");
    }

    #[test]
    fn url_cut_by_a_console_wrap_is_joined() {
        let first = format!("{}(\"http://db1.example.com:", "x".repeat(54));
        assert_eq!(first.chars().count(), 79);
        let p = parse(&format!(
            "Exception calling \"DownloadString\" with \"1\" argument(s): \"Unable to connect to the remote server\"\n{first}\n10000/index.asp\")"
        ));
        assert_eq!(p.host.as_deref(), Some("db1.example.com"));
        assert_eq!(p.port, Some(10000));
        assert_eq!(p.client.as_deref(), Some("powershell"));
    }

    #[test]
    fn ssh_inside_git_implies_port_22() {
        let p = parse(
            "ssh: Could not resolve hostname github.com: nodename nor servname provided, or not known\nfatal: Could not read from remote repository.",
        );
        assert_eq!(p.client.as_deref(), Some("git"));
        assert_eq!((p.port, p.port_implied), (Some(22), true));
        // Through a ProxyCommand ssh knows no peer.
        let p = parse(
            "Connection timed out during banner exchange\nConnection to UNKNOWN port 65535 timed out",
        );
        assert_eq!((p.client.as_deref(), p.port), (Some("ssh"), None));
    }

    #[test]
    fn odd_text_does_not_panic() {
        for text in [
            "about:neterror?",
            "about:neterror?u=%",
            "about:neterror?u=%E2%80&d=%",
            "Connecting to é (é:1)",
            "[]:80 [::]:0 []",
            "telnet ü 1\nTrying ü...",
            "\u{1b}[",
            "http://[",
            "x -> y:1",
            "Get \"http://[::1\": dial tcp [::1]:1",
        ] {
            let _ = parse_error_text(text);
        }
    }

    #[test]
    fn a_port_in_words_counts_but_not_the_programs_own() {
        let p = parse("Error: Connection refused on port 10872.");
        assert_eq!((p.port, p.failure), (Some(10872), Failure::Refused));
        let p = parse("Server listening on port 3000\nError: connect ECONNREFUSED");
        assert_eq!(p.port, None);
        // Two ports in words: which one is not said.
        let p = parse("connection refused on port 80, then refused on port 81");
        assert_eq!(p.port, None);
    }

    #[test]
    fn masked_addresses_are_no_host_but_keep_their_port() {
        let p = parse("SocketException: connection timed out 23.***.22.30:24569");
        assert_eq!((p.host, p.port), (None, Some(24569)));
        // A masked port is none (ssh's own 22 is only implied).
        let p = parse("ssh: connect to host 52.x.x.x port 3xx: Connection timed out");
        assert_eq!((p.host, p.port, p.port_implied), (None, Some(22), true));
        let p = parse("ssh: connect to host  port 22: Connection timed out");
        assert_eq!(p.port, Some(22));
    }

    #[test]
    fn words_glued_to_an_address_are_not_its_name() {
        let p = parse(
            "Die Website ist nicht erreichbar192.168.200.28:8080 hat die Verbindung abgelehnt.",
        );
        assert_eq!(p.host.as_deref(), Some("192.168.200.28"));
        assert_eq!(p.port, Some(8080));
    }

    #[test]
    fn pythons_address_tuple_and_libpqs_name_and_address() {
        let p = parse(
            "OSError: [Errno 98] error while attempting to bind on address ('127.0.0.1', 49151): address already in use",
        );
        assert_eq!(
            (p.host.as_deref(), p.port),
            (Some("127.0.0.1"), Some(49151))
        );
        let p = parse(
            "connessione al server fallita: Connessione rifiutata\n\tVerifica che il server all'indirizzo \"localhost\" (127.0.0.1) sia in funzione\n\te che accetti connessioni TCP/IP sulla porta 5432\n (Background on this error at: http://sqlalche.me/e/e3q8)",
        );
        assert_eq!(p.host.as_deref(), Some("127.0.0.1"));
        assert_eq!(p.host_name.as_deref(), Some("localhost"));
        assert_eq!((p.port, p.failure), (Some(5432), Failure::Refused));
    }

    #[test]
    fn build_tools_resolve_dependencies_not_names() {
        // Maven and Gradle say which download failed; the reason follows.
        assert_eq!(
            read("[ERROR] Failed to execute goal on project app: Could not resolve dependencies for project com.example:app:jar:1.0: Could not transfer artifact org.x:y:jar:2.0 from/to central (https://repo.example.org/maven2): Connect to repo.example.org:443 [repo.example.org/203.0.113.7] failed: connect timed out").2,
            Failure::Timeout
        );
        assert_eq!(
            read("> Could not resolve com.example:lib:1.0.\n  > Could not get resource 'https://repo.example.org/lib.pom'.\n  > Connect to repo.example.org:443 failed: Connection refused").2,
            Failure::Refused
        );
        // A name that does not resolve still says so.
        assert_eq!(
            read("Could not resolve host: repo.example.org").2,
            Failure::Dns
        );
    }

    #[test]
    fn curl_with_c_ares_and_node_redis_name_the_host() {
        let (host, _, failure) =
            read("cURL error 6: Could not resolve: api.example.test (Domain name not found)");
        assert_eq!(
            (host.as_deref(), failure),
            (Some("api.example.test"), Failure::Dns)
        );
        let (host, port, failure) =
            read("Error: Redis connection to cache:6380 failed - connect ECONNREFUSED");
        assert_eq!(
            (host.as_deref(), port, failure),
            (Some("cache"), Some(6380), Failure::Refused)
        );
        assert_eq!(
            read("The connection was rejected. Either the requested service isn't running on the requested server/port").2,
            Failure::Refused
        );
    }

    #[test]
    fn a_url_with_spaces_after_its_colons() {
        let (host, port, _) = read(
            "No connection could be made because the target machine actively refused it. [tcp: //10.1.2.3: 6390]",
        );
        assert_eq!((host.as_deref(), port), (Some("10.1.2.3"), Some(6390)));
        assert_eq!(
            unspaced_url("see http: //example.org/x"),
            "see http://example.org/x"
        );
        assert_eq!(unspaced_url("time: 10:30 ok"), "time: 10:30 ok");
    }

    #[test]
    fn dotnet_names_that_do_not_resolve_in_several_languages() {
        for text in [
            "System.Net.WebException: The remote name could not be resolved: 'api.example.com'",
            "WebException: Der Remotename konnte nicht aufgelöst werden: 'api.example.com'",
            "irm : 未能解析此远程名称: 'api.example.com'",
        ] {
            let p = parse(text);
            assert_eq!(p.failure, Failure::Dns, "{text}");
            assert_eq!(p.host.as_deref(), Some("api.example.com"), "{text}");
        }
    }

    /// Where the connection went, for the rules below.
    fn place(text: &str) -> (Option<String>, Option<u16>, Failure) {
        let p = parse(text);
        let port = if p.port_implied { None } else { p.port };
        (p.host, port, p.failure)
    }

    #[test]
    fn wget_and_git_in_the_users_language_name_the_host_they_tried() {
        // wget writes the name twice ("db1 (db1)") before the address it resolved to.
        let p = parse(
            "--2026-01-05 10:00:00--  http://db1.example.com:8080/x\nAuflösen des Hostnamens db1.example.com (db1.example.com)… 10.0.0.5\nVerbindungsaufbau zu db1.example.com (db1.example.com)|10.0.0.5|:8080 … fehlgeschlagen: Verbindungsaufbau abgelehnt.",
        );
        assert_eq!(
            (p.host.as_deref(), p.host_name.as_deref(), p.port, p.failure),
            (
                Some("10.0.0.5"),
                Some("db1.example.com"),
                Some(8080),
                Failure::Refused
            )
        );
        // git's own "unable to look up HOST (port N) (reason)".
        let (host, port, failure) = place(
            "fatal: Fehler bei Suche nach git.example.com (Port 9418) (Temporärer Fehler bei der Namensauflösung).",
        );
        assert_eq!(
            (host.as_deref(), port, failure),
            (Some("git.example.com"), Some(9418), Failure::Dns)
        );
    }

    #[test]
    fn a_system_message_cut_short_where_the_text_ends_still_says_its_kind() {
        // A title cut at its length limit, inside Windows' German WSAETIMEDOUT text.
        let (_, _, failure) = place(
            "System.Net.Http.HttpRequestException: Ein Verbindungsversuch ist fehlgeschlagen, da die Gegenstelle nach einer bestimmten Zeitspanne nicht richtig reagiert hat, oder die herge",
        );
        assert_eq!(failure, Failure::Timeout);
        // Too little of it left says nothing.
        let (_, _, failure) = place("Fehler: Ein Verbindungsversuch ist");
        assert_eq!(failure, Failure::Other);
    }

    #[test]
    fn a_system_message_garbled_by_a_code_page_still_says_its_kind() {
        for text in [
            // Replacement characters, UTF-8 read as Windows-1252, question marks.
            "SocketException: Aucune connexion n\u{FFFD}a pu \u{FFFD}tre \u{FFFD}tablie car l\u{FFFD}ordinateur cible l\u{FFFD}a express\u{FFFD}ment refus\u{FFFD}e [tcp://10.0.0.5:6379]",
            "Aucune connexion nâ€™a pu Ãªtre Ã©tablie car lâ€™ordinateur cible lâ€™a expressÃ©ment refusÃ©e. [tcp://10.0.0.5:6379]",
            "Aucune connexion n?a pu ?tre ?tablie car l?ordinateur cible l?a express?ment refus?e [tcp://10.0.0.5:6379]",
        ] {
            let (host, port, failure) = place(text);
            assert_eq!(
                (host.as_deref(), port, failure),
                (Some("10.0.0.5"), Some(6379), Failure::Refused),
                "{text}"
            );
        }
    }

    #[test]
    fn windows_error_numbers_below_winsock() {
        let (_, _, failure) = place("ConnectionResetError: [WinError 64] 指定的网络名不再可用。");
        assert_eq!(failure, Failure::Reset);
        let (_, _, failure) = place(
            "exception=OSError(22, 'Der angegebene Netzwerkname ist nicht mehr verfügbar.', None, 64, None)",
        );
        assert_eq!(failure, Failure::Reset);
        let (_, _, failure) = place("aiohttp.ClientOSError: [WinError 121] xyz");
        assert_eq!(failure, Failure::Timeout);
        let (host, port, failure) =
            place("Cannot connect to host 10.0.0.5:8188 ssl:default [远程计算机拒绝网络连接。]");
        assert_eq!(
            (host.as_deref(), port, failure),
            (Some("10.0.0.5"), Some(8188), Failure::Refused)
        );
    }

    #[test]
    fn the_address_dotnet_puts_after_the_message_is_the_one_tried_in_any_language() {
        let (host, port, failure) = place(
            "+ https://updates.example.com/app/setup.application のダウンロードに失敗しました。\n+ 対象のコンピューターによって拒否されたため、接続できませんでした。 10.20.30.40:443",
        );
        assert_eq!(
            (host.as_deref(), port, failure),
            (Some("10.20.30.40"), Some(443), Failure::Refused)
        );
    }

    #[test]
    fn hosts_in_the_forms_every_language_keeps() {
        // Microsoft's JDBC driver: "host NAME, <port> N" in the user's words.
        assert_eq!(
            read(
                "SQLServerException: No se pudo realizar la conexión TCP/IP al host db1, puerto 1433."
            ),
            want("db1", Some(1433), Failure::Other)
        );
        assert_eq!(
            read("Fehler beim Herstellen der TCP/IP-Verbindung mit dem Host 'db1', Port 1433."),
            want("db1", Some(1433), Failure::Other)
        );
        // libpq with the language's own quotation marks.
        let p = parse(
            "psql: no se pudo conectar con el servidor: Connection refused\n\t¿Está el servidor en ejecución en el servidor «db1» (10.0.0.5) y aceptando\n\tconexiones TCP/IP en el puerto 5432?",
        );
        assert_eq!(
            (p.host.as_deref(), p.host_name.as_deref(), p.port),
            (Some("10.0.0.5"), Some("db1"), Some(5432))
        );
        // .NET on Linux: the message has no full stop before the host and port.
        assert_eq!(
            read("System.Net.Http.HttpRequestException: Host is unreachable (cache:6379)"),
            want("cache", Some(6379), Failure::Unreachable)
        );
        assert_eq!(
            read("UnknownHostException: 알려진 호스트가 없습니다 (db1.example)"),
            want("db1.example", None, Failure::Dns)
        );
        // A word in parentheses is no host, nor is a name without a port.
        assert_eq!(read("Connection refused (see logs)").0, None);
        assert_eq!(read("Connection refused (server)").0, None);
    }

    #[test]
    fn windows_certificate_errors_by_their_code_in_any_language() {
        for text in [
            "System.ComponentModel.Win32Exception (0x80090325): 证书链是由不受信任的颁发机构颁发的",
            "Win32Exception (0x800B010F): Der Zertifikatname stimmt nicht überein",
            "SEC_E_WRONG_PRINCIPAL",
        ] {
            assert_eq!(read(text).2, Failure::Tls, "{text}");
        }
    }

    #[test]
    fn the_host_of_the_call_that_failed_in_a_trace() {
        let (host, _, failure) = place(
            "ConnectionRefusedError: [WinError 10061] 대상 컴퓨터에서 연결을 거부했으므로 연결하지 못했습니다\n  File \"app.py\", line 12, in <module>\n    conn = psycopg2.connect(dbname='x', host='db1.example.com', user='u')",
        );
        assert_eq!(
            (host.as_deref(), failure),
            (Some("db1.example.com"), Failure::Refused)
        );
        // A host the poster hid is none.
        let (host, _, _) = place(
            "HTTPConnectionPool(host='xxx', port=xxx): Max retries exceeded (Caused by NewConnectionError('[Errno 113] No route to host'))",
        );
        assert_eq!(host, None);
    }

    #[test]
    fn a_proxy_that_failed_is_where_the_connection_went_not_the_server_behind_it() {
        // urllib3 through a proxy: the pool and the URL name the server behind it.
        let (host, port, failure) = place(
            "HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded with url: /v1 (Caused by ProxyError('Cannot connect to proxy.', NewConnectionError('Failed to establish a new connection: [WinError 10061] 由于目标计算机积极拒绝，无法连接。')))",
        );
        assert_eq!((host, port, failure), (None, None, Failure::Refused));
        let (host, _, _) = place(
            "SOCKSHTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded (Caused by NewConnectionError('Failed to establish a new connection: [Errno 111] Connection refused'))",
        );
        assert_eq!(host, None);
        // Without a proxy the pool's host is the one tried.
        let (host, port, _) = place(
            "HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded (Caused by NewConnectionError('Failed to establish a new connection: [Errno 111] Connection refused'))",
        );
        assert_eq!(
            (host.as_deref(), port),
            (Some("api.example.com"), Some(443))
        );
    }

    #[test]
    fn an_address_the_program_listens_on_or_was_reached_from_is_not_the_one_it_tried() {
        let (host, _, failure) = place(
            "[INFO] Created proxy listening on 127.0.0.1:13129\n[ERROR] URLError: <urlopen error [WinError 10054] 远程主机强迫关闭了一个现有的连接。>",
        );
        assert_eq!((host, failure), (None, Failure::Reset));
        let (host, _, _) = place(
            "INFO Server is listening on 10.0.0.1:38438...\nINFO Connected by ('10.0.0.1', 51163)\nConnectionResetError: [WinError 10054] An existing connection was forcibly closed by the remote host",
        );
        assert_eq!(host, None);
    }

    #[test]
    fn a_server_that_could_not_bind_names_its_address_and_port() {
        let (host, port, _) = place(
            "ERROR:    [Errno 10048] error while attempting to bind on address ('0.0.0.0', 8080): 通常每个套接字地址(协议/网络地址/端口)只允许使用一次。",
        );
        assert_eq!((host.as_deref(), port), (Some("0.0.0.0"), Some(8080)));
        let (host, port, _) = place(
            "listen tcp :28888: bind: Only one usage of each socket address (protocol/network address/port) is normally permitted.",
        );
        assert_eq!((host, port), (None, Some(28888)));
        let (host, port, _) = place("listen tcp 127.0.0.1:8080: bind: address already in use");
        assert_eq!((host.as_deref(), port), (Some("127.0.0.1"), Some(8080)));
    }

    #[test]
    fn oracle_names_host_and_port_in_english_words_and_links_its_documentation() {
        let (host, port, failure) = place(
            "ORA-12541: 无法连接。host 10.0.0.11 port 1521 中没有监听程序。 (CONNECTION_ID=abc)\nhttps://docs.oracle.com/error-help/db/ora-12541/",
        );
        assert_eq!(
            (host.as_deref(), port, failure),
            (Some("10.0.0.11"), Some(1521), Failure::Refused)
        );
        // A listener that answered and refused the service: the connection was made.
        assert_eq!(
            place("ORA-12514: TNS:listener does not currently know of service requested").2,
            Failure::Other
        );
        assert_eq!(
            place("Listener refused the connection with the following error: ORA-12505").2,
            Failure::Other
        );
        // A documentation link is not where the connection went.
        let (host, _, _) = place(
            "connection refused, see the guide https://learn.microsoft.com/en-us/troubleshoot/x",
        );
        assert_eq!(host, None);
    }

    #[test]
    fn dotnet_puts_the_host_in_parentheses_after_the_message_in_any_language() {
        let (host, port, failure) = place(
            "System.Net.Http.HttpRequestException: 请求的名称有效，但是找不到请求的类型的数据。 (raw.example.com:443)",
        );
        assert_eq!(
            (host.as_deref(), port, failure),
            (Some("raw.example.com"), Some(443), Failure::Dns)
        );
        let (host, _, _) =
            place("Cannot resolve 请求的名称有效，但是找不到请求的类型的数据。（raw.example.com）");
        assert_eq!(host.as_deref(), Some("raw.example.com"));
        // A code in parentheses is no host.
        assert_eq!(place("Connection refused. (10061)").0, None);
    }

    #[test]
    fn a_host_and_port_given_as_a_pair_of_values() {
        let (host, port, _) = place(
            ">>> ctx = Client(host='10.0.0.5', port=11111)\nConnectionRefusedError: [WinError 10061] 无法联机，因为目标计算机拒绝联机。",
        );
        assert_eq!((host.as_deref(), port), (Some("10.0.0.5"), Some(11111)));
        let (host, port, _) =
            place("[socks5] connect failed! host:127.0.0.1 ,port:5555 ,timeout:1");
        assert_eq!((host.as_deref(), port), (Some("127.0.0.1"), Some(5555)));
    }

    #[test]
    fn markdown_links_and_quotes_around_a_host_are_not_part_of_it() {
        let (host, port, _) = place(
            "ConnectionError: HTTPSConnectionPool(host='[www.example.com](https://www.example.com/)', port=443): Max retries exceeded (Caused by NewConnectionError('Failed to establish a new connection: [Errno 101] Network is unreachable'))",
        );
        assert_eq!(
            (host.as_deref(), port),
            (Some("www.example.com"), Some(443))
        );
        let (host, port, _) = place(
            "DriverError { Could not connect to address `127.0.0.1:3306': Подключение не установлено, т.к. конечный компьютер отверг запрос на подключение. }",
        );
        assert_eq!((host.as_deref(), port), (Some("127.0.0.1"), Some(3306)));
        // A link to somewhere else stays a link.
        assert_eq!(
            unlinked("[the docs](https://example.com/x) said"),
            "[the docs](https://example.com/x) said"
        );
    }

    #[test]
    fn windows_semaphore_timeout_and_dotnet_cancelled_requests_are_timeouts() {
        assert_eq!(
            place("SocketException: OS Error: 信号灯超时时间已到, errno = 121").2,
            Failure::Timeout
        );
        assert_eq!(
            place("IOException: The semaphore timeout period has expired").2,
            Failure::Timeout
        );
        assert_eq!(
            place("System.Threading.Tasks.TaskCanceledException: The operation was canceled.").2,
            Failure::Timeout
        );
    }

    #[test]
    fn a_browser_title_glued_to_an_address_is_not_part_of_it() {
        let (host, _, failure) =
            place("Ce site est inaccessible127.0.0.1 n'autorise pas la connexion.");
        assert_eq!(
            (host.as_deref(), failure),
            (Some("127.0.0.1"), Failure::Refused)
        );
    }
}
