//! `portdoctor check` of a web target through a proxy set in the environment: a
//! proxy port where nothing listens, a real proxy that forbids the target
//! (`tests/lab/connect_proxy.py forbid`), one that connects (a plain-http request for
//! http, CONNECT for https), and `NO_PROXY`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod util;

use std::io::BufRead;
use std::process::{Child, Command, Stdio};

use util::{ChildListener, first_code, json, quiet_port};

/// `portdoctor check --json --no-path TARGET` with these environment variables (and
/// no proxy variable of the test's own environment).
fn check_with(env: &[(&str, &str)], target: &str) -> serde_json::Value {
    let mut cmd = Command::new(util::bin());
    for (k, _) in std::env::vars() {
        if k.to_ascii_lowercase().ends_with("_proxy") {
            cmd.env_remove(k);
        }
    }
    let out = cmd
        .args(["check", "--json", "--no-path", "--timeout", "3s", target])
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .expect("run portdoctor");
    json(&out)
}

/// The test tooling's CONNECT proxy, in a child process; killed on drop.
struct Proxy(Child, u16);

impl Proxy {
    fn start(mode: &str) -> Proxy {
        let port = quiet_port();
        let script = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/lab/connect_proxy.py"
        );
        let mut child = Command::new("python3")
            .args([script, &port.to_string(), mode])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .spawn()
            .expect("start the proxy");
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert_eq!(line.trim(), "ready");
        Proxy(child, port)
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn finding<'a>(r: &'a serde_json::Value, code: &str) -> &'a serde_json::Value {
    r["findings"]
        .as_array()
        .and_then(|f| f.iter().find(|f| f["code"] == code))
        .unwrap_or_else(|| panic!("no {code} in {}", r["findings"]))
}

#[test]
fn a_proxy_where_nothing_listens_is_the_answer() {
    let site = ChildListener::start("127.0.0.1", None);
    let dead = quiet_port();
    let r = check_with(
        &[("HTTP_PROXY", &format!("http://127.0.0.1:{dead}"))],
        &format!("http://127.0.0.1:{}/", site.port),
    );
    assert_eq!(first_code(&r), "proxy-not-running", "{}", r["findings"]);
    let f = &r["findings"][0];
    assert_eq!(f["args"]["proxy"], format!("127.0.0.1:{dead}"));
    assert_eq!(f["args"]["source"], "environment");
    assert_eq!(f["args"]["setting"], "HTTP_PROXY");
    assert_eq!(f["args"]["silent"], false);
    assert_eq!(r["proxy"]["probe"]["outcome"], "refused");
    // The site itself answered: the proxy is what stands in the way.
    assert_eq!(r["addresses"][0]["outcome"], "open");
}

#[test]
fn a_proxy_that_forbids_the_target_says_so_with_its_status_line() {
    let site = ChildListener::start("127.0.0.1", None);
    let proxy = Proxy::start("forbid");
    let r = check_with(
        &[("https_proxy", &format!("http://127.0.0.1:{}", proxy.1))],
        &format!("https://127.0.0.1:{}/", site.port),
    );
    assert_eq!(first_code(&r), "proxy-refused-target", "{}", r["findings"]);
    let f = &r["findings"][0];
    assert_eq!(f["args"]["status"], 403);
    assert_eq!(f["args"]["status_line"], "HTTP/1.1 403 Forbidden");
    assert_eq!(r["proxy"]["connect"]["outcome"], "refused");
}

#[test]
fn a_proxy_that_connects_is_ruled_out_and_no_proxy_skips_it() {
    let site = ChildListener::start("127.0.0.1", None);
    let proxy = Proxy::start("ok");
    let url = format!("http://127.0.0.1:{}/", site.port);
    let via = format!("http://127.0.0.1:{}", proxy.1);
    let r = check_with(&[("http_proxy", &via)], &url);
    assert_eq!(first_code(&r), "reachable", "{}", r["findings"]);
    assert_eq!(finding(&r, "proxy-not-running")["verdict"], "ruled_out");
    assert_eq!(r["proxy"]["connect"]["outcome"], "connected");
    assert_eq!(r["proxy"]["connect"]["status"], 200);

    // https goes through CONNECT, and connects too.
    let r = check_with(
        &[("https_proxy", &via)],
        &format!("https://127.0.0.1:{}/", site.port),
    );
    assert_eq!(
        r["proxy"]["connect"]["outcome"], "connected",
        "{}",
        r["proxy"]
    );
    assert_eq!(
        r["proxy"]["connect"]["status_line"],
        "HTTP/1.1 200 Connection established"
    );

    let r = check_with(&[("http_proxy", &via), ("NO_PROXY", "127.0.0.1")], &url);
    assert!(r["proxy"]["applies"].is_null(), "{}", r["proxy"]);
    assert!(
        r["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["code"] != "proxy-not-running"),
        "{}",
        r["findings"]
    );
    // Not a web target: no proxy is looked at.
    let r = check_with(&[("all_proxy", &via)], &format!("127.0.0.1:{}", site.port));
    assert!(r["proxy"].is_null(), "{}", r["proxy"]);
}
