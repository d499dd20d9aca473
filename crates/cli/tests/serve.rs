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
        Server::start_with(&[], &[])
    }

    /// `portdoctor serve --port 0 extra...`, with `env` set.
    fn start_with(extra: &[&str], env: &[(&str, &str)]) -> Server {
        let mut child = Command::new(bin())
            .args(["serve", "--port", "0"])
            .args(extra)
            .envs(env.iter().copied())
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
        // A server may answer (and stop reading) before a large body is all sent.
        let _ = s.write_all(req.as_bytes());
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

#[test]
fn a_request_head_that_never_comes_and_an_idle_connection_are_closed() {
    let s = Server::start();
    // Half a request head, then nothing: the server gives up after its header timeout.
    let mut slow = TcpStream::connect(("127.0.0.1", s.port)).expect("connect");
    slow.write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        .expect("send");
    slow.set_read_timeout(Some(Duration::from_secs(30)))
        .expect("timeout");
    let started = std::time::Instant::now();
    let mut sink = Vec::new();
    let _ = slow.read_to_end(&mut sink);
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_secs(5) && waited < Duration::from_secs(25),
        "closed after {waited:?}"
    );
    // A keep-alive connection that sent one request and then nothing is closed too.
    let mut idle = TcpStream::connect(("127.0.0.1", s.port)).expect("connect");
    idle.write_all(format!("GET / HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n\r\n", s.port).as_bytes())
        .expect("send");
    idle.set_read_timeout(Some(Duration::from_secs(30)))
        .expect("timeout");
    let started = std::time::Instant::now();
    let mut answer = Vec::new();
    let _ = idle.read_to_end(&mut answer);
    assert!(String::from_utf8_lossy(&answer).starts_with("HTTP/1.1 200"));
    assert!(
        started.elapsed() < Duration::from_secs(25),
        "idle for {:?}",
        started.elapsed()
    );
}

#[test]
fn many_silent_connections_do_not_lock_out_a_real_request() {
    let s = Server::start();
    // Three hundred connections that say nothing: the cap closes the extra ones at
    // once, and a real request still gets through once the header timeout frees room.
    let silent: Vec<TcpStream> = (0..300)
        .filter_map(|_| TcpStream::connect(("127.0.0.1", s.port)).ok())
        .collect();
    assert!(silent.len() > 64, "{} connections", silent.len());
    let started = std::time::Instant::now();
    let mut answered = false;
    while started.elapsed() < Duration::from_secs(30) && !answered {
        let (status, _) = s.api("/api/understand", r#"{"text":"db1:5432"}"#);
        answered = status == 200;
        if !answered {
            std::thread::sleep(Duration::from_millis(200));
        }
    }
    assert!(
        answered,
        "no answer within 30 s while 300 connections sat idle"
    );
    drop(silent);
}

#[test]
fn a_refused_request_gets_its_answer_even_with_a_body_still_coming() {
    let s = Server::start();
    let body = "x".repeat(2 * 1024 * 1024);
    let (status, text) = s.request("POST", "/api/understand", &[], &body);
    assert_eq!(status, 403, "the 403 arrives, not a reset: {text}");
    assert!(text.contains("forbidden"));
}

#[test]
fn a_report_too_large_says_so() {
    let s = Server::start();
    // Larger than a report may be, escaped as JSON larger than the body limit: a
    // sentence that says so either way, never a JSON parse error.
    for text in ["a".repeat(5 * 1024 * 1024), "\u{1}".repeat(3 * 1024 * 1024)] {
        let body = serde_json::json!({ "text": text }).to_string();
        let (status, answer) = s.api("/api/open-report", &body);
        assert!(status == 413 || status == 422, "{status}");
        assert!(
            answer.contains("too large"),
            "{}",
            &answer[..answer.len().min(300)]
        );
    }
}

#[test]
fn test_listeners_from_the_page_keep_to_their_limits() {
    let s = Server::start();
    let (status, body) = s.api("/api/test-listener", r#"{"port":80,"seconds":60}"#);
    assert_eq!(status, 422, "{body}");
    assert!(
        body.contains("listen-error-low-port") && body.contains("--allow-privileged-ports"),
        "{body}"
    );
    let ports: Vec<u16> = (0..5).map(|_| quiet_port()).collect();
    for p in &ports[..4] {
        let (status, body) = s.api(
            "/api/test-listener",
            &format!(r#"{{"port":{p},"seconds":60}}"#),
        );
        assert_eq!(status, 200, "{body}");
    }
    let (status, body) = s.api(
        "/api/test-listener",
        &format!(r#"{{"port":{},"seconds":60}}"#, ports[4]),
    );
    assert_eq!(status, 422, "{body}");
    assert!(body.contains("listen-error-too-many"), "{body}");
    // On the address the command line names, and only there.
    let only = Server::start_with(&["--test-listener-address", "127.0.0.1"], &[]);
    let p = quiet_port();
    let (status, body) = only.api(
        "/api/test-listener",
        &format!(r#"{{"port":{p},"seconds":60}}"#),
    );
    assert_eq!(status, 200, "{body}");
    assert!(TcpStream::connect(("127.0.0.1", p)).is_ok());
    assert!(
        TcpStream::connect(("::1", p)).is_err(),
        "::1 must not answer"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn open_gives_the_browser_a_one_time_code_never_the_token() {
    use std::os::unix::fs::PermissionsExt;
    // A stand-in for the desktop's opener that writes down the command line it got.
    let dir = std::env::temp_dir().join(format!("portdoctor-opener-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let seen = dir.join("argv");
    let opener = dir.join("xdg-open");
    std::fs::write(
        &opener,
        format!("#!/bin/sh\nprintf '%s\\n' \"$@\" > '{}'\n", seen.display()),
    )
    .expect("opener");
    std::fs::set_permissions(&opener, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let path = format!(
        "{}:{}",
        dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let s = Server::start_with(&["--open"], &[("PATH", &path)]);
    let started = std::time::Instant::now();
    while !seen.exists() && started.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(100));
    let argv = std::fs::read_to_string(&seen).expect("the opener ran");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        !argv.contains(&s.token),
        "the token is on a command line: {argv}"
    );
    let code = argv
        .trim()
        .rsplit_once("#code=")
        .map(|(_, c)| c.to_string())
        .expect("a one-time code in the fragment");
    assert_eq!(code.len(), 32);
    // A wrong code gets nothing and does not use the right one up.
    let (status, _) = s.request(
        "POST",
        "/api/session",
        &[],
        r#"{"code":"0123456789abcdef0123456789abcdef"}"#,
    );
    assert_eq!(status, 403);
    let (status, body) = s.request(
        "POST",
        "/api/session",
        &[],
        &format!(r#"{{"code":"{code}"}}"#),
    );
    assert_eq!(status, 200, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).expect("json");
    assert_eq!(v["token"], s.token.as_str());
    // Once only: whoever read it off the command line later gets nothing.
    let (status, body) = s.request(
        "POST",
        "/api/session",
        &[],
        &format!(r#"{{"code":"{code}"}}"#),
    );
    assert_eq!(status, 403);
    assert!(body.contains("code-used"), "{body}");
    // And never from another page.
    let (status, _) = s.request(
        "POST",
        "/api/session",
        &[("Origin", "http://evil.example")],
        &format!(r#"{{"code":"{code}"}}"#),
    );
    assert_eq!(status, 403);
}

#[cfg(target_os = "linux")]
#[test]
fn at_most_four_checks_run_at_once() {
    // A listener whose queue is full and that never accepts: Linux drops the SYNs of
    // further connections, so each check waits out its deadline.
    let full = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
    full.bind(
        &"127.0.0.1:0"
            .parse::<std::net::SocketAddr>()
            .unwrap()
            .into(),
    )
    .unwrap();
    full.listen(0).unwrap();
    let port = full.local_addr().unwrap().as_socket().unwrap().port();
    let _fill = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let _second = TcpStream::connect_timeout(
        &std::net::SocketAddr::from(([127, 0, 0, 1], port)),
        Duration::from_millis(300),
    );
    let s = std::sync::Arc::new(Server::start());
    let body = format!(r#"{{"input":"127.0.0.1:{port}","timeout":"6s","no_path":true}}"#);
    let running: Vec<_> = (0..4)
        .map(|_| {
            let (s, body) = (std::sync::Arc::clone(&s), body.clone());
            std::thread::spawn(move || s.api("/api/check", &body))
        })
        .collect();
    // The four are under way (each waits for its deadline): a fifth is turned away.
    std::thread::sleep(Duration::from_millis(1500));
    let (status, answer) = s.api("/api/check", &body);
    assert_eq!(status, 429, "{answer}");
    assert!(
        answer.contains("busy") && answer.contains("4 checks"),
        "{answer}"
    );
    for r in running {
        let (status, _) = r.join().unwrap();
        assert_eq!(status, 200);
    }
    // Once they are done, checks run again.
    let (status, _) = s.api("/api/understand", r#"{"text":"db1:5432"}"#);
    assert_eq!(status, 200);
}
