//! What kind of failure a message reports, read from signs of three weights.
//!
//! - **Codes**, the same in every locale: errno and Winsock numbers in the frames programs
//!   print them in (`[Errno 111]`, `WinError 10061`, `SocketException (10061)`,
//!   `(os error 10054)`, `0x274D`, `errno: -4078`), error and exception names
//!   (`ECONNREFUSED`, `ERR_CONNECTION_REFUSED`, `ConnectionRefusedError`, `ORA-12541`,
//!   `UnknownHostException`), curl's exit codes, and Go's DNS frame (`lookup x on
//!   10.0.0.1:53: ... i/o timeout` is a failed lookup, whatever its last words say).
//! - **System messages** in any language: the texts of strerror and gai_strerror (glibc's
//!   translations), Chromium's error pages and Windows' socket messages, from the table
//!   that `scripts/l10n/gen-phrases.py` generates out of those sources
//!   ([`super::phrases`]).
//! - **Words**: English keywords (`refused`, `timeout`, `unreachable`, ...), which also
//!   catch what no table holds, and stand in class names and traceback lines as decoys
//!   (`ConnectTimeoutException` around a refusal, `sock.settimeout(timeout)` above
//!   `[Errno 104]`).
//!
//! The heaviest sign wins; among signs of one weight, the more specific kind
//! (Unix socket, then DNS, refused, unreachable, timeout, reset, TLS). A code that means
//! nothing about the cause (MariaDB's `(115)`, EINPROGRESS for every failure) is no sign.

use std::sync::LazyLock;

use super::{Failure, phrases, re};
use crate::pattern::Pattern;

/// How much a sign counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Weight {
    Word,
    Message,
    Code,
}

/// The order in which kinds of one weight win.
const PRECEDENCE: [Failure; 7] = [
    Failure::UnixSocket,
    Failure::Dns,
    Failure::Refused,
    Failure::Unreachable,
    Failure::Timeout,
    Failure::Reset,
    Failure::Tls,
];

/// A Unix socket that failed: its path or its words. Structural, so it counts as a code.
static UNIX_SOCKET: LazyLock<Pattern> = LazyLock::new(|| {
    // `http+docker://` is docker-py's name for the daemon's Unix socket.
    re(
        r#"unix://|unix:/|http\+(?:docker|unix)://|/[\w.\-]*\.sock\b|\.s\.pgsql\.\d+|on socket ["'/]|through socket|unix (domain )?socket|dial unix|\[2002\] no such file or directory"#,
    )
});

/// An errno number in a frame that says it is one: `[Errno 111]`, `errno 111`,
/// `errno: -111`, `os error 111`, MySQL's trailing `(111)` (groups `a`, `b`, `c`), and
/// the looser `Error 111 connecting`, `error=111`, `code: -4078` (group `d`: there the
/// two-digit BSD numbers are too common to count). curl's own codes (`curl: (7)`,
/// `cURL error 60`) are taken first, so they are never read as errno numbers.
static ERRNO: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?:\bcurl(?::| error)\s*\(?\d+\)?|\[errno\s*(?P<a>-?\d+)\]|\b(?:errno|os error)\s*[:=]?\s*(?P<b>-?\d+)\b|\b(?:error|err|code)\s*[:=]?\s*(?P<d>-?\d+)\b|\((?P<c>-?\d{2,5})\)\s*\.?\s*(?:$|\n|\x22|'))",
    )
});

/// What an errno number means, on Linux, BSD/macOS (both sets: they do not collide on
/// these numbers), in libuv on Windows (Node's negative `errno`), and getaddrinfo.
fn errno_kind(n: i64) -> Option<Failure> {
    Some(match n {
        111 | -111 | 61 | -61 | -4078 => Failure::Refused,
        110 | -110 | 60 | -60 | -4039 => Failure::Timeout,
        113 | -113 | 101 | -101 | 65 | -65 | 51 | -51 | 112 | 64 | -4074 | -4062 => {
            Failure::Unreachable
        }
        104 | -104 | 54 | -54 | -4077 => Failure::Reset,
        // getaddrinfo: EAI_NONAME, EAI_AGAIN, EAI_FAIL, EAI_NODATA (Linux); EAI_NONAME
        // (macOS); libuv's ENOTFOUND/EAI_AGAIN. 8 alone is too common a number.
        -2 | -3 | -4 | -5 | -3008 | -3001 => Failure::Dns,
        _ => winsock_kind(n)?,
    })
}

/// What a Winsock (or WinINet/WinHTTP) error number means.
fn winsock_kind(n: i64) -> Option<Failure> {
    Some(match n {
        10061 => Failure::Refused,
        10060 | 12002 => Failure::Timeout,
        10065 | 10051 | 10050 => Failure::Unreachable,
        10054 | 10053 | 1236 => Failure::Reset,
        11001 | 11002 | 11004 | 12007 => Failure::Dns,
        // Win32 codes for the same (Dart and others print GetLastError's number).
        1225 => Failure::Refused,
        1231 | 1232 => Failure::Unreachable,
        _ => return None,
    })
}

/// Python's `[WinError N]` and `OSError(22, '…', None, N, None)`: a Windows system error
/// number, of Winsock or below it.
static WINERROR: LazyLock<Pattern> =
    LazyLock::new(|| re(r"\bwinerror\s*(?P<n>\d+)\b|\boserror\(\d+, '[^'\n]*', none, (?P<m>\d+)"));

/// What a Windows system error number means: Winsock's, and the Win32 ones a socket ends
/// in below it.
fn win32_kind(n: i64) -> Option<Failure> {
    match n {
        // ERROR_NETNAME_DELETED: the connection went away while in use (asyncio raises
        // it as ConnectionResetError).
        64 => Some(Failure::Reset),
        // ERROR_SEM_TIMEOUT: a connect that the network never answered.
        121 => Some(Failure::Timeout),
        _ => winsock_kind(n),
    }
}

/// Winsock numbers wherever they stand as a number of their own (not a port
/// `:10061`, not part of a longer number), and as hex (`0x274D`, HRESULT `0x80072746`).
static WINSOCK: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?:^|[^\w.:/\-])(?P<n>1006[015]|1005[0134]|1100[124])(?:$|[^\w.:/\-]|\.(?:$|\D))|\b0x(?:8007)?(?P<h>274[cdCD]|2751|2743|2746|2745|2af9|2afa|2afc)\b|\b0x80072ee(?P<i>[27])\b",
    )
});

/// Names every locale prints as they are.
static NAMES: LazyLock<Vec<(Failure, Pattern)>> = LazyLock::new(|| {
    vec![
        (
            Failure::Dns,
            re(
                r"\b(?:enotfound|eai_again|eai_noname|eai_nodata|eai_fail|wsahost_not_found|wsano_data|wsatry_again|err_name_not_resolved|err_name_resolution_failed|dns_probe_finished_\w+|ns_error_unknown_host|unknownhostexception|unresolvedaddressexception|gaierror|hostnotfound|ora-12545)\b|\bcurl: ?\(6\)|\bcurl error 6\b",
            ),
        ),
        (
            Failure::Refused,
            re(
                r"\b(?:w?s?a?econnrefused|err_connection_refused|ns_error_connection_refused|connectionrefused(?:error)?|ora-12541)\b",
            ),
        ),
        (
            Failure::Unreachable,
            re(
                r"\b(?:w?s?a?e(?:host|net)unreach|wsaehostunreach|wsaenetunreach|e(?:host|net)down|err_address_unreachable|err_network_access_denied|noroutetohostexception|(?:host|network)unreachable|ora-12543)\b",
            ),
        ),
        (
            Failure::Timeout,
            re(
                r"\b(?:w?s?a?etimedout|err_connection_timed_out|err_timed_out|ns_error_net_timeout|ora-12170|ora-12535)\b|\bcurl: ?\(28\)|\bcurl error 28\b",
            ),
        ),
        (
            Failure::Reset,
            re(
                r"\b(?:w?s?a?econnreset|err_connection_reset|ns_error_net_reset|connectionreseterror|connectionreset|w?s?a?econnaborted)\b",
            ),
        ),
        (
            Failure::Tls,
            // curl 35 ("SSL connect error") says why in its words: often a reset.
            // Windows' Schannel and certificate errors, by name and by HRESULT in any
            // language (`Win32Exception (0x80090325): 证书链是由不受信任的颁发机构颁发的`):
            // SEC_E_UNSUPPORTED_FUNCTION, INVALID_TOKEN, WRONG_PRINCIPAL, UNTRUSTED_ROOT,
            // ILLEGAL_MESSAGE, CERT_UNKNOWN, CERT_EXPIRED, ALGORITHM_MISMATCH;
            // CERT_E_EXPIRED, CHAINING, UNTRUSTEDROOT, CN_NO_MATCH, UNTRUSTEDCA;
            // CRYPT_E_NO_REVOCATION_CHECK, REVOCATION_OFFLINE.
            re(
                r"\b(?:err_cert_\w+|err_ssl_\w+|sec_error_\w+|ssl_error_\w+|sec_e_(?:unsupported_function|invalid_token|wrong_principal|untrusted_root|illegal_message|cert_\w+|algorithm_mismatch)|cert_e_\w+|crypt_e_(?:no_revocation_check|revocation_offline))\b|\bcurl: ?\(60\)|\bcurl error 60\b|\b0x(?:8009030[28]|8009032[2578]|80090331|800b010[19af]|800b0112|8009201[23])\b",
            ),
        ),
    ]
});

/// An Oracle listener's own refusals: it runs, and does not know the service or is full.
static ORACLE_LISTENER: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\bora-(?:12505|12514|12516|12519|12520|12526|12528)\b|listener refused the connection|listener does not currently know of",
    )
});

/// Go's resolver: `lookup NAME on SERVER:53: ...` or `dial tcp: lookup NAME: ...` is a
/// failed lookup, even when it ends in `i/o timeout` or `connection refused` (the DNS
/// server's).
static GO_LOOKUP: LazyLock<Pattern> = LazyLock::new(|| {
    re(r"\blookup [A-Za-z0-9_\-.]+ on \S+:53\b|\bdial (?:tcp|udp)[46]?: lookup [A-Za-z0-9_\-.]+")
});

/// English keywords, most specific kind first.
static WORDS: LazyLock<Vec<(Failure, Pattern)>> = LazyLock::new(|| {
    vec![
        (
            Failure::Dns,
            re(
                // .NET on Linux says EAI_AGAIN as "Resource temporarily unavailable".
                r"httprequestexception: resource temporarily unavailable|could not resolve|couldn't resolve|name or service not known|nodename nor servname|no such host|name resolution|could not translate host name|unknown (?:mysql |mariadb )?server host|getaddrinfo failed|failed to lookup address|name does not resolve|server ip address could not be found|unable to resolve|host not found|nxdomain|no address associated with hostname|failed to resolve|can't find that site|cannot resolve|resolve host|not known\b",
            ),
        ),
        (
            Failure::Refused,
            // Firefox titles a refused connection "Unable to connect" on a line of its
            // own; the same words inside a sentence name no cause.
            re(
                r"refused|actively rejected|connection was rejected|(?m:^\s*unable to connect\s*$)|firefox (?:is )?unable to connect|can.t establish a connection",
            ),
        ),
        (Failure::Unreachable, re(r"no route to host|unreachable")),
        (
            Failure::Timeout,
            re(
                // .NET's HttpClient ends a request that ran out of time with a
                // TaskCanceledException; Windows' ERROR_SEM_TIMEOUT (121) is a connect
                // that the network never answered.
                r"timed out|timedout|timeout(?:exception|error)?\b|took too long to respond|taking too long to respond|deadline exceeded|did not properly respond after a period of time|failed to respond|semaphore timeout|taskcanceledexception",
            ),
        ),
        (
            Failure::Reset,
            re(
                r"reset by peer|connection reset|forcibly closed by the remote host|connection was reset",
            ),
        ),
        (
            Failure::Tls,
            // NSS and Node name certificate problems in their own words.
            re(
                r"certificate|\bssl|\btls\b|handshake|x509|pkix|sslerror|curl error 35\b|\bnss error\b|unable_to_verify|\bcert_has_expired\b|self_signed_cert",
            ),
        ),
    ]
});

static AIOHTTP_SSL: LazyLock<Pattern> =
    LazyLock::new(|| re(r"\bssl:(?:<[^>\n]*>|default|none|false|true)"));

/// Build tools resolve dependencies, not names: Maven's "Could not resolve dependencies
/// for project", Gradle's "Could not resolve all files for configuration" and "Could
/// not resolve com.example:lib:1.0" say which download failed, and the reason follows
/// ("Connect to repo:443 ... failed: connect timed out").
static BUILD_RESOLVE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\bcould not resolve (?:all )?(?:dependencies|dependency|artifacts?|plugins?|files|configurations?|[\w.\-]+:[\w.\-]+:)",
    )
});

/// curl 7.8x and 8 say only "Couldn't connect to server" for every failure to connect
/// that is not a timeout, with the time it took: a failure within a second and a half
/// is read as a refusal, the most common cause. (An unreachable host fails at once with
/// the same words, as tests/lab/clients.sh shows; an unanswered neighbour takes about
/// 3 s. The check then tells them apart.)
static CURL_QUICK: LazyLock<Pattern> =
    LazyLock::new(|| re(r"\bafter (?P<ms>\d+) ms: couldn.t connect to server"));

/// The kind of failure the text reports. `folded` is [`super::fold::fold`] of the text,
/// `messages` the system messages it holds ([`phrases::in_text`]).
pub fn failure_of(folded: &str, messages: &phrases::Matches<'_>) -> Failure {
    // aiohttp names its connection key `ssl:default` / `ssl:<ssl.SSLContext …>`: no TLS
    // problem in it.
    let folded = &AIOHTTP_SSL.replace_all(folded, " ");
    let folded = &BUILD_RESOLVE.replace_all(folded, " ");
    let mut signs: Vec<(Weight, Failure)> = Vec::new();
    if UNIX_SOCKET.is_match(folded) {
        return Failure::UnixSocket;
    }
    // An Oracle listener that answered and refused the service (ORA-12514, "Listener
    // refused the connection"): the connection was made.
    if ORACLE_LISTENER.is_match(folded) {
        return Failure::Other;
    }
    if GO_LOOKUP.is_match(folded) {
        signs.push((Weight::Code, Failure::Dns));
    }
    for c in ERRNO.captures_iter(folded) {
        let strict = c.name("a").or(c.name("b")).or(c.name("c"));
        let n = match (strict, c.name("d")) {
            (Some(n), _) => n.as_str().parse::<i64>().ok(),
            (None, Some(n)) => n.as_str().parse::<i64>().ok().filter(|n| n.abs() >= 100),
            (None, None) => None,
        };
        if let Some(kind) = n.and_then(errno_kind) {
            signs.push((Weight::Code, kind));
        }
    }
    for c in WINSOCK.captures_iter(folded) {
        let kind = if let Some(n) = c.name("n") {
            n.as_str().parse::<i64>().ok().and_then(winsock_kind)
        } else if let Some(h) = c.name("h") {
            i64::from_str_radix(h.as_str(), 16)
                .ok()
                .and_then(winsock_kind)
        } else {
            c.name("i").map(|i| match i.as_str() {
                "2" => Failure::Timeout,
                _ => Failure::Dns,
            })
        };
        if let Some(kind) = kind {
            signs.push((Weight::Code, kind));
        }
    }
    for c in WINERROR.captures_iter(folded) {
        if let Some(kind) = c
            .name("n")
            .or(c.name("m"))
            .and_then(|n| n.as_str().parse::<i64>().ok())
            .and_then(win32_kind)
        {
            signs.push((Weight::Code, kind));
        }
    }
    for (kind, regex) in NAMES.iter() {
        if regex.is_match(folded) {
            signs.push((Weight::Code, *kind));
        }
    }
    // Lighter signs count only where no heavier one is: they are not looked for then.
    if signs.is_empty() {
        for kind in messages.kinds() {
            signs.push((Weight::Message, kind));
        }
    }
    if signs.is_empty() {
        for (kind, regex) in WORDS.iter() {
            if regex.is_match(folded) {
                signs.push((Weight::Word, *kind));
            }
        }
    }
    if signs.is_empty()
        && CURL_QUICK
            .captures(folded)
            .and_then(|c| c.name("ms")?.as_str().parse::<u64>().ok())
            .is_some_and(|ms| ms < 1500)
    {
        return Failure::Refused;
    }
    let Some(top) = signs.iter().map(|(w, _)| *w).max() else {
        // Nothing said exactly: a system message retyped with words changed.
        return phrases::nearly_in_text(folded).unwrap_or(Failure::Other);
    };
    PRECEDENCE
        .into_iter()
        .find(|k| signs.contains(&(top, *k)))
        .unwrap_or(Failure::Other)
}

/// Every pattern here, for the tests that compile them all.
#[cfg(test)]
pub(super) fn patterns() -> Vec<&'static Pattern> {
    let mut all: Vec<&'static Pattern> = vec![
        &UNIX_SOCKET,
        &ERRNO,
        &WINSOCK,
        &WINERROR,
        &GO_LOOKUP,
        &AIOHTTP_SSL,
        &BUILD_RESOLVE,
        &CURL_QUICK,
        &ORACLE_LISTENER,
    ];
    all.extend(NAMES.iter().chain(WORDS.iter()).map(|(_, p)| p));
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::errtext::fold::fold;

    fn kind(text: &str) -> Failure {
        let folded = fold(text);
        failure_of(&folded, &phrases::in_text(&folded))
    }

    #[test]
    fn numbers_outweigh_words() {
        // A traceback line says "timeout"; the error number says reset.
        let text = "  File \"/usr/lib/python3/socket.py\", line 12, in create_connection\n    sock.settimeout(timeout)\nConnectionResetError: [Errno 104] Connection reset by peer";
        assert_eq!(kind(text), Failure::Reset);
        assert_eq!(kind("SocketException (10061)"), Failure::Refused);
        assert_eq!(kind("os error 10060"), Failure::Timeout);
        assert_eq!(kind("HRESULT 0x80072746"), Failure::Reset);
        assert_eq!(kind("errno: -4078, code: 'X'"), Failure::Refused);
    }

    #[test]
    fn a_port_is_no_winsock_number() {
        assert_eq!(kind("listening on 127.0.0.1:10061"), Failure::Other);
        assert_eq!(kind("id 110061 done"), Failure::Other);
    }

    #[test]
    fn go_lookup_is_dns_whatever_it_ends_in() {
        assert_eq!(
            kind(
                "dial tcp: lookup db on 192.0.2.99:53: read udp 10.0.0.2:40000->192.0.2.99:53: i/o timeout"
            ),
            Failure::Dns
        );
    }

    #[test]
    fn a_class_name_saying_timeout_loses_to_a_refusal() {
        assert_eq!(
            kind(
                "org.apache.http.conn.ConnectTimeoutException wraps java.net.ConnectException: Connection refused"
            ),
            Failure::Refused
        );
    }

    #[test]
    fn curl_without_words_by_its_time() {
        let quick = "curl: (7) Failed to connect to 192.0.2.2 port 8080 after 0 ms: Couldn't connect to server";
        assert_eq!(kind(quick), Failure::Refused);
        let slow = "curl: (7) Failed to connect to 192.0.2.2 port 8080 after 3071 ms: Couldn't connect to server";
        assert_eq!(kind(slow), Failure::Other);
    }

    #[test]
    fn einprogress_says_nothing() {
        assert_eq!(
            kind("ERROR 2002 (HY000): Can't connect to server on '192.0.2.2' (115)"),
            Failure::Other
        );
    }
}
