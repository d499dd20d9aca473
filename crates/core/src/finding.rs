//! Findings: what the rules concluded, with a stable code, the evidence and next steps.
//!
//! The code is an API (reports and helpdesk scripts depend on it). The sentences are not
//! here: the catalogue turns `code` + `args` into words.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What a finding says about the problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// This is (or is probably) why the connection fails.
    Cause,
    /// Nothing is wrong with this part: it works.
    Ok,
    /// We checked this possible cause and it is not it.
    RuledOut,
    /// We could not check this.
    CantTell,
}

/// How sure we are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Only one of several explanations fits what we saw.
    Possible,
    /// The evidence points here, but another cause would look the same from here.
    Likely,
    /// Direct evidence (the listener table, a matching rule, the ICMP sender).
    Certain,
}

/// Something the user can do, which an app may offer as a button.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    CheckAgain,
    CheckOtherFamily,
    OpenTestListener,
    CopyAdminCommand,
    SendReport,
    /// Run a full check of the host and port found in a pasted error.
    RunCheck,
}

/// One conclusion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Finding {
    /// Stable kebab-case code, e.g. `no-listener`.
    pub code: String,
    pub verdict: Verdict,
    pub confidence: Confidence,
    /// Named values the explanation needs (host, port, address, sender, ...).
    #[serde(default)]
    pub args: BTreeMap<String, String>,
    /// The facts this rests on, in precise terms (one line each, for helpdesk).
    #[serde(default)]
    pub evidence: Vec<String>,
    /// Actions an app can offer as buttons, first one first.
    #[serde(default)]
    pub actions: Vec<Action>,
}

impl Finding {
    pub fn new(code: &str, verdict: Verdict, confidence: Confidence) -> Finding {
        Finding {
            code: code.to_string(),
            verdict,
            confidence,
            args: BTreeMap::new(),
            evidence: Vec::new(),
            actions: Vec::new(),
        }
    }

    pub fn arg(mut self, key: &str, value: impl ToString) -> Finding {
        self.args.insert(key.to_string(), value.to_string());
        self
    }

    pub fn evidence(mut self, line: impl Into<String>) -> Finding {
        self.evidence.push(line.into());
        self
    }

    pub fn actions(mut self, actions: &[Action]) -> Finding {
        self.actions.extend_from_slice(actions);
        self
    }
}

/// The stable finding codes. Adding one is fine; renaming one breaks users.
pub mod codes {
    pub const REACHABLE: &str = "reachable";
    pub const DNS_FAILURE: &str = "dns-failure";
    pub const DNS_NO_ADDRESS: &str = "dns-no-address";
    pub const DNS_NO_ANSWER: &str = "dns-no-answer";
    pub const DNS_ERROR: &str = "dns-error";
    pub const NO_LISTENER: &str = "no-listener";
    pub const BOUND_ELSEWHERE: &str = "bound-elsewhere";
    pub const WRONG_PORT: &str = "wrong-port";
    pub const SERVICE_NOT_RUNNING: &str = "service-not-running";
    pub const PORT_TAKEN: &str = "port-taken";
    pub const PRIVILEGED_PORT: &str = "privileged-port";
    pub const RESERVED_PORT_RANGE: &str = "reserved-port-range";
    pub const NEEDS_ADMIN: &str = "needs-admin";
    pub const BACKLOG_OVERFLOW: &str = "backlog-overflow";
    pub const IPV6_IPV4_MISMATCH: &str = "ipv6-ipv4-mismatch";
    pub const SOME_ADDRESSES_FAIL: &str = "some-addresses-fail";
    pub const TIMEOUT: &str = "timeout";
    pub const FIREWALL_REJECT: &str = "firewall-reject";
    pub const FIREWALL_DROP: &str = "firewall-drop";
    pub const FIREWALL_NOT_READ: &str = "firewall-not-read";
    pub const ICMP_BLOCKED_BUT_TCP_FINE: &str = "icmp-blocked-but-tcp-fine";
    pub const STEALTH_MODE: &str = "stealth-mode";
    pub const HOST_UNREACHABLE: &str = "host-unreachable";
    pub const NETWORK_UNREACHABLE: &str = "network-unreachable";
    pub const LOCAL_ERROR: &str = "local-error";
    pub const UNIX_SOCKET: &str = "unix-socket";
    pub const LOCALHOST_IPV6_FIRST: &str = "localhost-ipv6-first";
    pub const MESSAGE_REFUSED: &str = "message-refused";
    pub const MESSAGE_TIMEOUT: &str = "message-timeout";
    pub const MESSAGE_UNREACHABLE: &str = "message-unreachable";
    pub const MESSAGE_DNS: &str = "message-dns";
    pub const MESSAGE_RESET: &str = "message-reset";
    pub const MESSAGE_TLS: &str = "message-tls";
    pub const MESSAGE_UNRECOGNIZED: &str = "message-unrecognized";

    /// Every code, so tests can prove each has its sentences in every catalogue.
    pub const ALL: &[&str] = &[
        REACHABLE,
        DNS_FAILURE,
        DNS_NO_ADDRESS,
        DNS_NO_ANSWER,
        DNS_ERROR,
        NO_LISTENER,
        BOUND_ELSEWHERE,
        WRONG_PORT,
        SERVICE_NOT_RUNNING,
        PORT_TAKEN,
        PRIVILEGED_PORT,
        RESERVED_PORT_RANGE,
        NEEDS_ADMIN,
        BACKLOG_OVERFLOW,
        IPV6_IPV4_MISMATCH,
        SOME_ADDRESSES_FAIL,
        TIMEOUT,
        FIREWALL_REJECT,
        FIREWALL_DROP,
        FIREWALL_NOT_READ,
        ICMP_BLOCKED_BUT_TCP_FINE,
        STEALTH_MODE,
        HOST_UNREACHABLE,
        NETWORK_UNREACHABLE,
        LOCAL_ERROR,
        UNIX_SOCKET,
        LOCALHOST_IPV6_FIRST,
        MESSAGE_REFUSED,
        MESSAGE_TIMEOUT,
        MESSAGE_UNREACHABLE,
        MESSAGE_DNS,
        MESSAGE_RESET,
        MESSAGE_TLS,
        MESSAGE_UNRECOGNIZED,
    ];
}
