//! Helpers for black-box tests of the real `portdoctor` binary: run it, start a real
//! listener in a child process, and build network namespaces (root only).
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

pub mod netns;

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_portdoctor")
}

/// Runs `portdoctor args...` and returns its output.
pub fn run(args: &[&str]) -> Output {
    Command::new(bin())
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run portdoctor")
}

/// Runs `portdoctor args...` with `input` on standard input.
pub fn run_with_stdin(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(bin())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn portdoctor");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("wait portdoctor")
}

/// Parses the JSON a command printed.
pub fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// A port on 127.0.0.1 that nothing listens on right now.
pub fn free_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").expect("bind :0");
    l.local_addr().expect("local addr").port()
}

/// A real listener owned by a child process (`portdoctor listen`); killed on drop.
pub struct ChildListener {
    pub child: Child,
    pub port: u16,
}

impl ChildListener {
    /// Starts `portdoctor listen` on `address` (e.g. 127.0.0.1), optionally in a netns.
    pub fn start(address: &str, netns: Option<&str>) -> ChildListener {
        let port = free_port();
        let mut cmd = match netns {
            Some(ns) => {
                let mut c = Command::new("ip");
                c.args(["netns", "exec", ns, bin()]);
                c
            }
            None => Command::new(bin()),
        };
        cmd.args([
            "listen",
            &port.to_string(),
            "--address",
            address,
            "--for",
            "60s",
        ])
        .env("PORTDOCTOR_QUIET", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
        let child = cmd.spawn().expect("spawn listener");
        let mut l = ChildListener { child, port };
        l.wait_ready(address, netns);
        l
    }

    fn wait_ready(&mut self, address: &str, netns: Option<&str>) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("listener exited early: {status}");
            }
            let ready = match netns {
                // Inside a namespace we can't connect from here: ask `ss` there.
                Some(ns) => Command::new("ip")
                    .args([
                        "netns",
                        "exec",
                        ns,
                        "ss",
                        "-Htln",
                        &format!("sport = :{}", self.port),
                    ])
                    .output()
                    .map(|o| !o.stdout.is_empty())
                    .unwrap_or(false),
                None => {
                    let addr: SocketAddr =
                        format!("{address}:{}", self.port).parse().expect("addr");
                    TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok()
                }
            };
            if ready {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("listener on {address}:{} never became ready", self.port);
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for ChildListener {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The first finding's code.
pub fn first_code(report: &serde_json::Value) -> String {
    report["findings"][0]["code"]
        .as_str()
        .unwrap_or("")
        .to_string()
}
