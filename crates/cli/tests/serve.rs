//! `portdoctor serve`: its security (token, Host, Origin) and its API, on a real
//! server process, with plain HTTP/1.1 over a socket.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod util;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use util::{bin, quiet_port};

struct Server {
    child: Child,
    port: u16,
    token: String,
}

impl Server {
    fn start() -> Server {
        let mut child = Command::new(bin())
            .args(["serve", "--port", "0"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start serve");
        let mut first = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut first)
            .expect("read url");
        let url = first
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .expect("a URL on the first line")
            .to_string();
        let rest = url.trim_start_matches("http://127.0.0.1:");
        let (port, token) = rest.split_once("/?token=").expect("port and token");
        Server {
            child,
            port: port.parse().expect("port"),
            token: token.to_string(),
        }
    }

    /// Sends one request; returns (status, body).
    fn request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &str,
    ) -> (u16, String) {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).expect("connect");
        s.set_read_timeout(Some(Duration::from_secs(30)))
            .expect("timeout");
        let mut req = format!(
            "{method} {path} HTTP/1.1\r\nConnection: close\r\nContent-Length: {}\r\n",
            body.len()
        );
        if !headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("host")) {
            req.push_str(&format!("Host: 127.0.0.1:{}\r\n", self.port));
        }
        for (k, v) in headers {
            req.push_str(&format!("{k}: {v}\r\n"));
        }
        req.push_str("\r\n");
        req.push_str(body);
        s.write_all(req.as_bytes()).expect("send");
        let mut raw = Vec::new();
        let _ = s.read_to_end(&mut raw);
        let text = String::from_utf8_lossy(&raw).to_string();
        let status = text
            .split_whitespace()
            .nth(1)
            .and_then(|c| c.parse().ok())
            .unwrap_or(0);
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let body = if head
            .to_ascii_lowercase()
            .contains("transfer-encoding: chunked")
        {
            unchunk(body)
        } else {
            body.to_string()
        };
        (status, body)
    }

    fn api(&self, path: &str, body: &str) -> (u16, String) {
        self.request(
            "POST",
            path,
            &[
                ("X-Portdoctor-Token", &self.token),
                ("Content-Type", "application/json"),
            ],
            body,
        )
    }
}

fn unchunk(body: &str) -> String {
    let mut out = String::new();
    let mut rest = body;
    while let Some((size, after)) = rest.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 || after.len() < n {
            break;
        }
        out.push_str(&after[..n]);
        rest = after[n..].trim_start_matches("\r\n");
    }
    out
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn listens_on_loopback_only_and_prints_a_token_url() {
    let s = Server::start();
    assert_eq!(s.token.len(), 32);
    let out = Command::new("ss")
        .args(["-Htln", &format!("sport = :{}", s.port)])
        .output()
        .expect("ss");
    let text = String::from_utf8_lossy(&out.stdout);
    let local: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split_whitespace().nth(3))
        .collect();
    assert_eq!(local, vec![format!("127.0.0.1:{}", s.port)], "{text}");
}

#[test]
fn requests_without_the_token_are_refused() {
    let s = Server::start();
    let (status, body) = s.request("POST", "/api/understand", &[], r#"{"text":"db1:5432"}"#);
    assert_eq!(status, 403, "{body}");
    assert!(body.contains("forbidden"));
    let (status, _) = s.request(
        "POST",
        "/api/understand",
        &[("X-Portdoctor-Token", "0123456789abcdef0123456789abcdef")],
        r#"{"text":"x"}"#,
    );
    assert_eq!(status, 403);
}

#[test]
fn a_foreign_host_is_refused_even_with_the_token() {
    let s = Server::start();
    let host = format!("evil.example:{}", s.port);
    let (status, _) = s.request(
        "POST",
        "/api/understand",
        &[("Host", &host), ("X-Portdoctor-Token", &s.token)],
        r#"{"text":"x"}"#,
    );
    assert_eq!(
        status, 403,
        "DNS rebinding: a page on another name must not reach the API"
    );
    let (status, _) = s.request("GET", "/", &[("Host", &host)], "");
    assert_eq!(status, 403);
}

#[test]
fn a_foreign_origin_is_refused_even_with_the_token() {
    let s = Server::start();
    let (status, _) = s.request(
        "POST",
        "/api/understand",
        &[
            ("X-Portdoctor-Token", &s.token),
            ("Origin", "http://evil.example"),
        ],
        r#"{"text":"x"}"#,
    );
    assert_eq!(status, 403);
    let own = format!("http://127.0.0.1:{}", s.port);
    let (status, _) = s.request(
        "POST",
        "/api/understand",
        &[("X-Portdoctor-Token", &s.token), ("Origin", &own)],
        r#"{"text":"x"}"#,
    );
    assert_eq!(status, 200);
}

#[test]
fn understand_explain_and_broken_input() {
    let s = Server::start();
    let (status, body) = s.api("/api/understand", r#"{"text":"db1.example.com:5432"}"#);
    assert_eq!(status, 200);
    let v: serde_json::Value = serde_json::from_str(&body).expect("json");
    assert_eq!(v["kind"], "target");
    assert_eq!(v["target"]["port"], 5432);
    let (_, body) = s.api("/api/understand", r#"{"text":"172.16.23.277:80"}"#);
    let v: serde_json::Value = serde_json::from_str(&body).expect("json");
    assert_eq!(v["kind"], "invalid");
    assert!(
        v["message"]
            .as_str()
            .unwrap_or("")
            .contains("not a valid address")
    );
    let (status, body) = s.api(
        "/api/explain",
        r#"{"text":"connect ECONNREFUSED 127.0.0.1:3000"}"#,
    );
    assert_eq!(status, 200);
    assert!(body.contains("message-refused"));
    let (status, body) = s.api("/api/understand", "{not json");
    assert_eq!(status, 400);
    assert!(body.contains("could not be read"), "{body}");
    let (status, body) = s.api("/api/open-report", r#"{"text":"{\"schema\":\"nope\"}"}"#);
    assert_eq!(status, 422);
    assert!(body.contains("report-unreadable"), "{body}");
}

#[test]
fn check_streams_progress_then_the_report() {
    let s = Server::start();
    let port = quiet_port();
    let (status, body) = s.api("/api/check", &format!(r#"{{"input":"127.0.0.1:{port}"}}"#));
    assert_eq!(status, 200);
    let lines: Vec<serde_json::Value> = body
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert!(
        lines
            .iter()
            .any(|l| l["progress"]["step"] == "probe:127.0.0.1"),
        "{body}"
    );
    let last = lines.last().expect("a last line");
    assert_eq!(
        last["report"]["findings"][0]["code"], "no-listener",
        "{body}"
    );
    let (_, body) = s.api("/api/check", r#"{"input":"db1:0"}"#);
    assert!(
        body.contains("\"error\"") && body.contains("target-port-zero"),
        "{body}"
    );
}

#[test]
fn redact_hides_names_behind_the_token() {
    let s = Server::start();
    let (status, report) = s.api(
        "/api/explain",
        r#"{"text":"curl: (7) Failed to connect to db1.example.com port 5432 after 3 ms: Connection refused"}"#,
    );
    assert_eq!(status, 200, "{report}");
    let report: serde_json::Value = serde_json::from_str(&report).expect("json");
    let body = serde_json::json!({
        "report": report,
        "what": { "user_names": true, "host_names": true, "public_addresses": true, "target": true },
    })
    .to_string();
    let (status, red) = s.api("/api/redact", &body);
    assert_eq!(status, 200, "{red}");
    assert!(!red.contains("db1.example.com"), "{red}");
    let red: serde_json::Value = serde_json::from_str(&red).expect("json");
    assert_eq!(red["id"], report["id"]);
    assert_eq!(red["findings"][0]["code"], report["findings"][0]["code"]);
    assert_eq!(red["parsed"]["host"], "host-1");
    assert_eq!(red["redacted"]["host_names"], 1);
    // Same guard as every other call: no token, no answer.
    let (status, _) = s.request("POST", "/api/redact", &[], &body);
    assert_eq!(status, 403);
    let (status, text) = s.api("/api/redact", r#"{"report":{}}"#);
    assert_eq!(status, 400, "{text}");
}

#[test]
fn a_test_listener_opens_and_closes_through_the_api() {
    let s = Server::start();
    let port = quiet_port();
    let (status, body) = s.api(
        "/api/test-listener",
        &format!(r#"{{"port":{port},"seconds":60}}"#),
    );
    assert_eq!(status, 200, "{body}");
    let info: serde_json::Value = serde_json::from_str(&body).expect("json");
    let mut c = TcpStream::connect(("127.0.0.1", port)).expect("it answers");
    c.set_read_timeout(Some(Duration::from_secs(5)))
        .expect("timeout");
    let mut line = String::new();
    c.read_to_string(&mut line).expect("greeting");
    assert_eq!(line.trim_end(), info["greeting"]);
    let (status, body) = s.api("/api/test-listener/close", &format!(r#"{{"port":{port}}}"#));
    assert_eq!((status, body.as_str()), (200, "true"));
    let err = TcpStream::connect(("127.0.0.1", port)).expect_err("closed");
    assert_eq!(err.kind(), std::io::ErrorKind::ConnectionRefused);
    let (_, body) = s.api("/api/test-listener/close", &format!(r#"{{"port":{port}}}"#));
    assert_eq!(body, "false");
    let (status, _) = s.request(
        "POST",
        "/api/test-listener/close",
        &[],
        &format!(r#"{{"port":{port}}}"#),
    );
    assert_eq!(status, 403, "no token, no closing");
}
